#!/usr/bin/env python3
"""Validate FHIR R4 JSON with the independent `fhir.resources` package (pinned in .ci/requirements.txt).

Usage: validate_fhir.py [--check] FILE_OR_FOLDER...
  Each file holds a Bundle or a resource (JSON), or one per line (NDJSON). Every Bundle is parsed,
  and every entry resource is parsed again on its own, so each resource is validated.
Exit codes: 0 all valid; 1 validation failed; 2 wrong FHIR version; 3 fhir.resources not installed.
--check only reports whether the validator can run.
"""
import importlib
import json
import pathlib
import pkgutil
import sys

EXPECTED_FHIR_VERSION = "4.0.1"


def load_fhir_resources():
    """Import fhir.resources 6.x (pydantic v1 API). Under pydantic 2, its bundled v1 API is used."""
    try:
        import pydantic
    except ImportError:
        return None
    if pydantic.VERSION.startswith("2."):
        import pydantic.v1 as v1

        sys.modules["pydantic"] = v1
        for module in pkgutil.iter_modules(v1.__path__):
            if module.name in ("mypy", "_hypothesis_plugin"):
                continue
            try:
                sys.modules["pydantic." + module.name] = importlib.import_module("pydantic.v1." + module.name)
            except Exception:  # optional plugins need packages we do not use
                pass
    try:
        import fhir.resources as resources
    except ImportError:
        return None
    return resources


def documents(path):
    text = path.read_text(encoding="utf-8")
    try:
        yield "", json.loads(text)
    except json.JSONDecodeError:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield f" line {number}", json.loads(line)


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    resources = load_fhir_resources()
    if resources is None:
        print("fhir.resources is not installed: python3 -m pip install -r .ci/requirements.txt")
        return 3
    version = getattr(resources, "__fhir_version__", "?")
    if version != EXPECTED_FHIR_VERSION:
        print(f"fhir.resources {resources.__version__} validates FHIR {version}, not R4 {EXPECTED_FHIR_VERSION}")
        return 2
    if check:
        print(f"fhir.resources {resources.__version__} (FHIR {version}) ready")
        return 0
    files = []
    for name in paths:
        p = pathlib.Path(name)
        files += sorted(p.glob("*.json")) + sorted(p.glob("*.ndjson")) if p.is_dir() else [p]
    failures = 0
    count = 0
    for file in files:
        for where, document in documents(file):
            items = [("", document)]
            if document.get("resourceType") == "Bundle":
                items += [(f" entry[{i}]", e.get("resource", {})) for i, e in enumerate(document.get("entry", []))]
            for place, resource in items:
                label = f"{file}{where}{place} {resource.get('resourceType')}/{resource.get('id')}"
                try:
                    model = resources.get_fhir_model_class(resource.get("resourceType"))
                    model.parse_obj(resource)
                    count += 1
                except Exception as error:  # report every failure, then fail
                    failures += 1
                    print(f"INVALID {label}: {error}")
    print(f"{count} resources valid, {failures} invalid (fhir.resources {resources.__version__}, FHIR {version})")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
