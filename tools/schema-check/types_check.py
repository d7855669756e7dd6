"""Imports the generated Python typed dicts and checks their shape; run by .ci/run.

    python3 types_check.py target/ssd-generated/python
"""
import pathlib
import sys
import typing

sys.path.insert(0, str(pathlib.Path(sys.argv[1])))
import ssd_types  # noqa: E402  (generated)

assert len(ssd_types.TABLES) > 0
for name, row in ssd_types.TABLES.items():
    hints = typing.get_type_hints(row)
    assert hints, f"{name} has no columns"
assert ssd_types.Person.__required_keys__ == frozenset({"pers_person_id"}), ssd_types.Person.__required_keys__
assert "F" in typing.get_args(ssd_types.Sex)
print(f"python: {len(ssd_types.TABLES)} table row types import and resolve")
