// The ajv peer of the benchmark: validates every row of every <table>.jsonl in an extract
// directory with Ajv2020 against the generated JSON Schema of its table (<table>.schema.json in
// the schema directory): JSON.parse plus a compiled schema per row, one thread, as a node user
// would write it. Prints one line: rows, invalid rows, seconds, rows/s.
//
// strict: false, because the generated schemas are not yet ajv-strict-clean (another change of
// issue 10 makes them so); ajv-formats checks the "format" keywords (date, date-time) so that the
// peer checks dates as our validator does.
//
// Usage: node validate.mjs <extract-dir> <schema-dir> [max-rows]
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [dir, schemaDir, maxArg] = process.argv.slice(2);
if (!dir || !schemaDir) {
  console.error('usage: node validate.mjs <extract-dir> <schema-dir> [max-rows]');
  process.exit(2);
}
const maxRows = maxArg ? Number(maxArg) : Infinity;

const start = process.hrtime.bigint();
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);

let rows = 0;
let invalid = 0;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
for (const file of files) {
  const table = file.slice(0, -'.jsonl'.length);
  const schemaFile = path.join(schemaDir, `${table}.schema.json`);
  if (!fs.existsSync(schemaFile)) {
    console.error(`ajv peer: no schema for ${table} at ${schemaFile}`);
    process.exit(2);
  }
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  // Read in 4 MB chunks: a 10M extract has tables larger than the biggest string V8 allows.
  const fd = fs.openSync(path.join(dir, file), 'r');
  const buf = Buffer.allocUnsafe(4 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let n;
  const check = (line) => {
    if (line.length === 0 || rows >= maxRows) return;
    rows++;
    if (!validate(JSON.parse(line))) invalid++;
  };
  while (rows < maxRows && (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
    const text = rest + decoder.write(buf.subarray(0, n));
    const lines = text.split('\n');
    rest = lines.pop();
    for (const line of lines) check(line);
  }
  check(rest + decoder.end());
  fs.closeSync(fd);
  if (rows >= maxRows) break;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`ajv peer: ${rows} rows, ${invalid} invalid, ${seconds.toFixed(2)} s, ${Math.round(rows / seconds)} rows/s`);
