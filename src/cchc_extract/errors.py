"""Errors, and the one place that turns them into error records.

Each error has a ``kind`` (the ``error.kind`` of an error record, see ``docs/format.md``) and
a message that says what went wrong and what to do about it. :func:`error_record` and
:func:`error_from_exception` build every :class:`~cchc_extract.models.ErrorRecord` the
library returns — from ``cx.extract``, the ``extract`` command and batch workers alike.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .limits import Limits
    from .models import ErrorRecord


def __getattr__(name: str) -> Any:
    if name == "log":  # the module's logger, made when first asked for: importing logging costs ~5 ms
        import logging

        return logging.getLogger(__name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ERROR_KINDS = ("empty", "undecodable", "binary", "too_large", "timeout", "read_error",
               "internal", "worker_died")
"""Every ``error.kind`` there is; ``docs/format.md`` says what each means."""


class CchcError(Exception):
    """An input the library cannot process; ``kind`` is one of :data:`ERROR_KINDS`."""

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
                                      f"bytes; raise Limits.max_bytes (--max-bytes) to process it")


class ExtractTimeout(CchcError):
    def __init__(self, stage: str, seconds: float):
        super().__init__("timeout", f"{stage} took longer than {seconds:g} s; raise "
                                    f"Limits.regex_timeout / Limits.doc_timeout or split the input")


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, extra: str, what: str, module: str):
        self.extra, self.what, self.module = extra, what, module
        super().__init__(f"{what} needs the '{extra}' extra ({module} is not installed): "
                         f"pip install 'cchc_extract[{extra}]'", name=module)


def require(module: str, extra: str, what: str) -> Any:
    """Import ``module`` or raise :class:`MissingExtra` naming the extra that provides it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        pass
    raise MissingExtra(extra, what, module.split(".")[0])  # one line, no chained traceback


def error_record(doc_id: str, source: Optional[str], kind: str, message: str) -> "ErrorRecord":
    """The error record of one document (``{"doc_id", "source", "error": {"kind", "message"}}``)."""
    from .models import ErrorInfo, ErrorRecord

    if kind not in ERROR_KINDS:
        message = f"{kind}: {message}"
        kind = "internal"
    return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(kind=kind, message=message))


def error_from_exception(exc: BaseException, doc_id: str, source: Optional[str],
                         limits: Optional["Limits"] = None) -> "ErrorRecord":
    """The error record for an exception raised while processing one document.

    :class:`CchcError` keeps its kind and message; a regex time-out is ``timeout``; an
    ``OSError`` is ``read_error``; anything else is ``internal`` (a bug: the message asks for
    the input to be reported).
    """
    if isinstance(exc, CchcError):
        return error_record(doc_id, source, exc.kind, exc.message)
    if isinstance(exc, TimeoutError):
        limit = f"Limits.regex_timeout={limits.regex_timeout:g}s" if limits else "Limits.regex_timeout"
        return error_record(doc_id, source, "timeout", f"a pattern ran over {limit} ({exc})")
    if isinstance(exc, OSError):
        return error_record(doc_id, source, "read_error", f"cannot read {source or doc_id}: {exc}")
    if isinstance(exc, RecursionError):
        return error_record(doc_id, source, "internal", f"recursion limit: {exc}")
    if isinstance(exc, MemoryError):
        return error_record(doc_id, source, "too_large", "out of memory while processing this "
                            "document; lower Limits.max_bytes or give the process more memory")
    import logging

    logging.getLogger(__name__).debug("internal error on %s", doc_id, exc_info=exc)
    return error_record(doc_id, source, "internal",
                        f"{type(exc).__name__}: {exc} (please report this input)")
