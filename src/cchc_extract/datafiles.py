"""The data files' schema: which keys each file under ``data/`` may have, and how the examples
of each section are checked (``data/schema.json``).

Takes the data files and ``data/schema.json``; gives

- :func:`data_files`: the names of the data files (``schema`` excluded);
- :func:`validate`: the problems of one file (an unknown or missing key, a wrong type), empty
  when it follows its schema;
- :func:`example_cases`: every ``examples``/``counter_examples`` entry of every file, each
  with the check it must pass (run by ``tests/test_data_examples.py``).

A file not listed in the schema follows its ``default`` entry: a ``source`` and sections of
``words``/``patterns`` with a ``note``, ``examples``, ``counter_examples`` and the ``check``
of those examples, written in the data file itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any, Iterator, Optional

from .resources import load

_SCALARS = {"str": str, "int": int, "number": (int, float), "bool": bool, "list": list}
CHECK_KINDS = frozenset({"mentions", "pattern", "fact", "no_fact", "removed", "line_rule", "legacy", "sentences",
                         "quantity", "relative_date"})


def data_files() -> list[str]:
    """The names (without ``.json``) of the package's data files, the schema excluded."""
    folder = resources.files("cchc_extract").joinpath("data")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json") and p.name != "schema.json")


def schema_of(name: str) -> dict:
    s = load("schema")
    return s["files"].get(name, s["default"])


def _check_problems(check: Any, path: str) -> list[str]:
    if not isinstance(check, dict) or check.get("kind") not in CHECK_KINDS:
        return [f"{path}: a check is an object whose 'kind' is one of {', '.join(sorted(CHECK_KINDS))}"]
    return []


def _problems(value: Any, spec: Any, path: str) -> list[str]:
    if isinstance(spec, str):
        if spec.endswith("|null"):
            return [] if value is None else _problems(value, spec[:-5], path)
        if spec == "check":
            return _check_problems(value, path)
        if spec == "list[str]":
            ok = isinstance(value, list) and all(isinstance(x, str) for x in value)
            return [] if ok else [f"{path}: expected a list of strings"]
        typ = _SCALARS[spec]
        if isinstance(value, bool) and spec in ("int", "number"):
            return [f"{path}: expected {spec}, got a boolean"]
        return [] if isinstance(value, typ) else [f"{path}: expected {spec}, got {type(value).__name__}"]
    if "map" in spec:
        if not isinstance(value, dict):
            return [f"{path}: expected an object"]
        return [p for k, v in value.items() for p in _problems(v, spec["map"], f"{path}.{k}")]
    if "list" in spec:
        if not isinstance(value, list):
            return [f"{path}: expected a list"]
        return [p for i, v in enumerate(value) for p in _problems(v, spec["list"], f"{path}[{i}]")]
    return _object_problems(value, spec["keys"], path)


def _object_problems(value: Any, keys: dict, path: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{path}: expected an object"]
    out = []
    allowed = {k.rstrip("?"): (k.endswith("?"), spec) for k, spec in keys.items() if k != "*"}
    for k, (optional, _) in allowed.items():
        if not optional and k not in value:
            out.append(f"{path}: lacks the key {k!r}")
    for k, v in value.items():
        if k in allowed:
            out.extend(_problems(v, allowed[k][1], f"{path}.{k}"))
        elif "*" in keys:
            out.extend(_problems(v, keys["*"], f"{path}.{k}"))
        else:
            out.append(f"{path}: unknown key {k!r} (allowed: {', '.join(sorted(allowed))})")
    return out


def validate(name: str) -> list[str]:
    """The problems of ``data/<name>.json`` against its schema; empty when it follows it."""
    return _object_problems(load(name), schema_of(name), name)


@dataclass(frozen=True)
class ExampleCase:
    file: str
    path: str            # where the example is, e.g. "regions.regions[3].examples[0]"
    entry: dict          # the section or list entry the example belongs to
    example: Any         # a string, or for the table-like checks the row ([text, n], (text, hex))
    counter: bool        # True for a counter-example
    check: Optional[dict]

    def __str__(self) -> str:
        return self.path


def _sections(value: Any, spec: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, value, spec) of every object-with-keys section and every list/map under ``value``."""
    if not isinstance(spec, dict):
        return
    if "list" in spec and isinstance(value, list):
        yield path, value, spec
        for i, v in enumerate(value):
            yield from _sections(v, spec["list"], f"{path}[{i}]")
    elif "keys" in spec and isinstance(value, dict):
        yield path, value, spec
        keys = spec["keys"]
        for k, v in value.items():
            sub = keys.get(k, keys.get(k + "?", keys.get("*")))
            yield from _sections(v, sub, f"{path}.{k}")


def example_cases(name: str) -> list[ExampleCase]:
    """Every example and counter-example of ``data/<name>.json`` with its check."""
    out = []
    for path, value, spec in _sections(load(name), {"keys": schema_of(name)}, name):
        if "list" in spec:  # a table of examples (numbers.examples, segment.examples)
            if path.endswith(".examples"):
                out.extend(ExampleCase(name, f"{path}[{i}]", {}, row, False, spec.get("check"))
                           for i, row in enumerate(value))
            continue
        check = value.get("check") or spec.get("check")
        for key, counter in (("examples", False), ("counter_examples", True)):
            ex = value.get(key)
            if isinstance(ex, list) and all(isinstance(x, str) for x in ex):
                out.extend(ExampleCase(name, f"{path}.{key}[{i}]", value, x, counter, check) for i, x in enumerate(ex))
            elif isinstance(ex, dict):  # legacy_encodings: {text: hex bytes}
                out.extend(ExampleCase(name, f"{path}.{key}[{k!r}]", value, (k, v), counter, check)
                           for k, v in ex.items())
    return out
