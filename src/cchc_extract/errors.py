"""One error hierarchy for the library. Each error has a ``kind`` (the ``error.kind`` of an
error record, SPEC §2) and a message that says what went wrong and what to do about it."""
from __future__ import annotations


class CchcError(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


class DataFileError(CchcError):
    """A bundled language-data file is missing or malformed (a packaging bug)."""

    def __init__(self, message: str):
        super().__init__("internal", message)


class InputTooLarge(CchcError):
    def __init__(self, size: int, limit: int):
        super().__init__("too_large", f"input is {size:,} bytes, over the limit of {limit:,} "
                                      f"bytes; raise Limits.max_bytes to process it")


class ExtractTimeout(CchcError):
    def __init__(self, stage: str, seconds: float):
        super().__init__("timeout", f"{stage} took longer than {seconds:g} s; raise "
                                    f"Limits.regex_timeout / Limits.doc_timeout or split the input")
