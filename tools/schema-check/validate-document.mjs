// Validates one JSON document against a JSON Schema with Ajv (2020-12, default options), for
// example the spec document against its schema:
//
//   node validate-document.mjs ssd-spec.schema.json ssd-spec.json
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";

const [schemaFile, documentFile] = process.argv.slice(2);
if (!schemaFile || !documentFile) {
  console.error("usage: node validate-document.mjs SCHEMA DOCUMENT");
  process.exit(2);
}
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(schemaFile, "utf8")));
if (!validate(JSON.parse(readFileSync(documentFile, "utf8")))) {
  validate.errors.slice(0, 20).forEach((e) => console.error(`${documentFile}: ${e.instancePath} ${e.message}`));
  process.exit(1);
}
console.log(`ajv: ${documentFile} is valid against ${schemaFile}`);
