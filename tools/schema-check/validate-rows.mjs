// Validates every <table>.jsonl file of an extract folder against the table's generated JSON
// Schema with Ajv (JSON Schema 2020-12, default options), and prints the rows refused per table.
//
//   node validate-rows.mjs SCHEMA_DIR EXTRACT_DIR
//
// Exit 0 when every row is valid, 1 when some row is not (keys, foreign keys and the checks
// between columns are the ssd validator's: see README, "From other languages").
import Ajv2020 from "ajv/dist/2020.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [schemaDir, extractDir] = process.argv.slice(2);
if (!schemaDir || !extractDir) {
  console.error("usage: node validate-rows.mjs SCHEMA_DIR EXTRACT_DIR");
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true });
let rows = 0;
let refused = 0;
for (const file of readdirSync(schemaDir).filter((f) => /^ssd_.*\.schema\.json$/.test(f)).sort()) {
  const table = file.replace(".schema.json", "");
  const data = join(extractDir, `${table}.jsonl`);
  if (!existsSync(data)) continue;
  const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), "utf8")));
  readFileSync(data, "utf8").split("\n").filter((l) => l.trim() !== "").forEach((line, i) => {
    rows++;
    if (!validate(JSON.parse(line))) {
      refused++;
      const e = validate.errors[0];
      console.log(`${table} row ${i + 1}: ${e.instancePath} ${e.message}`);
    }
  });
}
console.log(`ajv: ${rows - refused} of ${rows} rows valid`);
process.exit(refused === 0 ? 0 : 1);
