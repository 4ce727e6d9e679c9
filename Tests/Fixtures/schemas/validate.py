#!/usr/bin/env python3
"""Validates YAML files against a JSON Schema with an independent validator (python-jsonschema).

Usage: validate.py SCHEMA FILE...   Exit 0 when every document of every file is valid, 1 otherwise,
2 when jsonschema or PyYAML is missing. YAML is read the way Apertura reads it: dates stay strings
and only true/false are booleans (no YAML 1.1 yes/no/on/off).
"""
import json
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:  # pragma: no cover
    print(f"missing python package: {error.name}", file=sys.stderr)
    sys.exit(2)


class Loader(yaml.SafeLoader):
    pass


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            for number, document in enumerate(yaml.load_all(handle, Loader=Loader), start=1):
                for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
                    where = "/".join(str(p) for p in error.path)
                    print(f"{path} (document {number}) at /{where}: {error.message}")
                    failures += 1
    sys.exit(1 if failures else 0)


main()
