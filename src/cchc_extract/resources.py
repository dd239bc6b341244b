"""Loading of the language data files in ``cchc_extract/data`` (read once, cached).

Each file is JSON with a ``source`` field; a missing or malformed file is a packaging bug
and raises :class:`~cchc_extract.errors.DataFileError` naming the file.
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import DataFileError


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The parsed contents of ``data/<name>.json``."""
    try:
        raw = resources.files("cchc_extract").joinpath("data").joinpath(f"{name}.json").read_text("utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"data file {name}.json is missing from the package: reinstall "
                            f"cchc_extract") from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"data file {name}.json is not valid JSON ({exc})") from exc


@lru_cache(maxsize=None)
def word_set(name: str, section: str, key: str = "words") -> frozenset:
    """The strings of ``data/<name>.json`` ``[section][key]``, NFC-normalised, as a set (cached)."""
    return frozenset(unicodedata.normalize("NFC", w) for w in load(name)[section][key])
