"""Validates every <table>.jsonl file of an extract folder against its generated JSON Schema.

    python3 validate_rows.py SCHEMA_DIR EXTRACT_DIR

Exit 0 when every row is valid, 1 when some row is not; 0 with a message when the jsonschema
module is not installed.
"""
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python jsonschema is not installed; row check skipped")
    sys.exit(0)

schema_dir, extract_dir = (pathlib.Path(a) for a in sys.argv[1:3])
rows = refused = 0
for schema_file in sorted(schema_dir.glob("ssd_*.schema.json")):
    table = schema_file.name[: -len(".schema.json")]
    data = extract_dir / f"{table}.jsonl"
    if not data.exists():
        continue
    validator = Draft202012Validator(json.loads(schema_file.read_text(encoding="utf-8")))
    lines = [l for l in data.read_text(encoding="utf-8").splitlines() if l.strip()]
    for number, line in enumerate(lines, start=1):
        rows += 1
        error = next(validator.iter_errors(json.loads(line)), None)
        if error is not None:
            refused += 1
            print(f"{table} row {number}: {error.json_path} {error.message}")
print(f"python jsonschema: {rows - refused} of {rows} rows valid")
sys.exit(1 if refused else 0)
