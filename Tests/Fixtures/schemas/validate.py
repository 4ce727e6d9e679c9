#!/usr/bin/env python3
"""Validates YAML files against a JSON Schema with an independent validator (python-jsonschema).

Usage: validate.py SCHEMA FILE...   Exit 0 when every document of every file is valid, 1 otherwise,
2 when jsonschema or PyYAML is missing. YAML is read the way Apertura reads it (YAML 1.2 core, as editors
do): dates stay strings, only true/false are booleans (no YAML 1.1 yes/no/on/off), and numbers are
YAML 1.2 numbers (`1e3` is one; `1_000`, `0x10`, `017` as octal and `1:30` are not YAML 1.1 numbers here);
`<<` is a key like any other, not YAML 1.1's merge key.
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
Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:merge")]
    for first, resolvers in Loader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def construct_int(loader, node):
    return int(loader.construct_scalar(node))  # decimal only: `017` is 17, as in YAML 1.2


Loader.add_constructor("tag:yaml.org,2002:int", construct_int)


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
