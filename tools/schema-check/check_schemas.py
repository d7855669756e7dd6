"""Checks every generated JSON Schema with Python's jsonschema (Draft 2020-12), when installed.

    python3 check_schemas.py DIR

Exits 0 with a message when the jsonschema module is absent (it is optional on CI machines).
"""
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python jsonschema is not installed; schema check skipped")
    sys.exit(0)

folder = pathlib.Path(sys.argv[1])
files = sorted(folder.glob("*.schema.json"))
if not files:
    sys.exit(f"no *.schema.json in {folder}")
failed = 0
for file in files:
    try:
        Draft202012Validator.check_schema(json.loads(file.read_text(encoding="utf-8")))
    except Exception as e:  # a schema error, or a file that is not JSON
        failed += 1
        print(f"{file.name}: {e}", file=sys.stderr)
print(f"python jsonschema: {len(files) - failed} of {len(files)} schemas are valid Draft 2020-12")
sys.exit(1 if failed else 0)
