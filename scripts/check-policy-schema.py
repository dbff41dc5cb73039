#!/usr/bin/env python3
"""Validate policy files against policies/schema/policy.schema.json.

Usage: check-policy-schema.py FILE...

Prints one line per file, "FILE: valid" or "FILE: invalid: MESSAGE" for the
first error the JSON Schema validator finds, and exits with status 1 when any
file is invalid or cannot be read. Needs the jsonschema package
(pip install jsonschema; 4.26.0 was used).
"""

import json
import pathlib
import sys

import jsonschema

SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "policies/schema/policy.schema.json"


def main(paths: list[str]) -> int:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in paths:
        try:
            document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"{path}: invalid: {error}")
            status = 1
            continue
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        if error is None:
            print(f"{path}: valid")
        else:
            print(f"{path}: invalid: {error.message}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
