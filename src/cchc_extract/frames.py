"""Facts as a pandas DataFrame, and batch output (JSONL) back into Articles.

    import cchc_extract as cx
    arts = [cx.extract(p.read_bytes(), doc_id=p.stem) for p in paths]
    df = cx.to_frame(arts)                       # every fact, one row each
    pct = cx.to_frame(arts, type="percentage")   # only percentages, only their columns
    arts = cx.read_jsonl("out.jsonl")            # what `cchc-extract batch/extract` wrote

Columns (stable: the same names and dtypes whatever the input, also for zero rows):

- per fact: ``doc_id``, ``title``, ``published`` (strings, the article's), ``sentence``
  (Int64, index into ``Article.sentences``), ``sentence_text``, ``type``, ``text``, ``start``,
  ``end`` (int64 character offsets: ``article.text[start:end] == text``);
- then every field of every fact type (``docs/format.md``), flattened under its own name. Fields that
  several types share are one column (``name``: province/region/official/organization;
  ``subject``, ``metric``, ``comparator``, ``unit``, ``value``, ``year``, ``province``, …).
  One exception: a ``date`` fact's ``value`` is a string (``2020-09-24``, ``2020-Q3``,
  ``--09-02``) while ``value`` is numeric for percentage/quantity/target, so the date's value
  is in the column ``date_value``;
- dtypes: integers are nullable ``Int64``, floats ``float64`` (NaN when absent), booleans
  nullable ``boolean``, strings pandas ``string`` (``<NA>`` when absent); ``titles`` (official)
  stays a Python list per row (``object`` column; ``df.titles.str.join("; ")`` for text).

With ``type="percentage"`` (or a list of types) only those facts and only the base columns plus
those types' columns come back. Error records in the input are skipped (they have no facts);
see :func:`errors_frame` for them.
"""
from __future__ import annotations

import gzip
import io
import json
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Union

from .errors import require
from .models import FACT_CLASSES, FACT_TYPES, Article, ErrorRecord, parse_result

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["to_frame", "read_jsonl", "errors_frame", "frame_columns", "BASE_COLUMNS"]

#: The per-fact columns that come before the type-specific ones, with their dtypes.
BASE_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "title": "string",
    "published": "string",
    "sentence": "Int64",
    "sentence_text": "string",
    "type": "string",
    "text": "string",
    "start": "int64",
    "end": "int64",
}
_BASE_FACT_FIELDS = {"type", "text", "start", "end", "sentence"}

#: Show a progress bar by default from this many articles / this many bytes of JSONL on.
PROGRESS_MIN_ITEMS = 2000
PROGRESS_MIN_BYTES = 20_000_000


def _dtype_of(annotation: Any) -> str:
    """pandas dtype for a pydantic field annotation."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (list, tuple, set, dict) or annotation in (list, tuple, set, dict):
        return "object"
    if origin is typing.Literal:
        return "string"
    if args and origin is not None and origin is not typing.Literal:  # Optional[X] / Union
        if len(args) == 1:
            return _dtype_of(args[0])
        return "object"
    if annotation is bool:
        return "boolean"
    if annotation is int:
        return "Int64"
    if annotation is float:
        return "float64"
    return "string"


def _build_schema() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """(all type columns → dtype, type → [(field, column)])."""
    columns: dict[str, str] = {}
    per_type: dict[str, list[tuple[str, str]]] = {}
    for cls in FACT_CLASSES:
        t = cls.model_fields["type"].default
        pairs = []
        for field, info in cls.model_fields.items():
            if field in _BASE_FACT_FIELDS:
                continue
            dtype = _dtype_of(info.annotation)
            col = field
            if col in BASE_COLUMNS or (col in columns and columns[col] != dtype):
                col = f"{t}_{field}"
            columns.setdefault(col, dtype)
            pairs.append((field, col))
        per_type[t] = pairs
    return columns, per_type


_TYPE_COLUMNS, _TYPE_FIELDS = _build_schema()


def frame_columns(type: Union[str, Iterable[str], None] = None) -> dict[str, str]:
    """The columns (name → dtype) that :func:`to_frame` returns for ``type``."""
    types = _types(type)
    cols = dict(BASE_COLUMNS)
    if types is None:
        cols.update(_TYPE_COLUMNS)
    else:
        wanted = {c for t in types for _, c in _TYPE_FIELDS[t]}
        cols.update({c: d for c, d in _TYPE_COLUMNS.items() if c in wanted})
    return cols


def _types(type: Union[str, Iterable[str], None]) -> Optional[list[str]]:
    if type is None:
        return None
    types = [type] if isinstance(type, str) else list(type)
    for t in types:
        if t not in FACT_TYPES:
            raise ValueError(f"unknown fact type {t!r}; known: {', '.join(FACT_TYPES)}")
    return types


def _progress(it: Iterable, enabled: Optional[bool], total: Optional[int], desc: str, **kw):
    """Wrap ``it`` in tqdm's notebook-aware bar when asked (or when long, for None)."""
    if enabled is None:
        enabled = total is not None and total >= kw.pop("auto_min", PROGRESS_MIN_ITEMS)
    kw.pop("auto_min", None)
    if not enabled:
        return it
    try:
        from tqdm.auto import tqdm
    except ImportError:  # tqdm is optional: no bar, same result
        return it
    return tqdm(it, total=total, desc=desc, **kw)


def _as_results(articles: Any) -> Iterable[Any]:
    if isinstance(articles, (Article, ErrorRecord, dict, str, bytes)):
        articles = [articles]
    for a in articles:
        if isinstance(a, (dict, str, bytes)):
            a = parse_result(a)
        yield a


def require_pandas(what: str = "this function") -> Any:
    """pandas, or :class:`~cchc_extract.errors.MissingExtra` naming the extra that installs it."""
    return require("pandas", "frames", what)


def to_frame(articles: Any, type: Union[str, Iterable[str], None] = None, *,
             progress: Optional[bool] = None) -> pd.DataFrame:
    """One row per fact of ``articles`` (Articles, error records, dicts or JSON lines).

    ``type``: a fact type (``"percentage"``) or a list of them; only those facts and their
    columns come back. ``progress``: show a tqdm bar (default: when there are
    ≥ ``PROGRESS_MIN_ITEMS`` articles). Columns and dtypes are described in the module doc and
    returned by :func:`frame_columns`; an empty input gives them with zero rows. Needs pandas
    (``pip install 'cchc_extract[frames]'``).
    """
    require_pandas("cx.to_frame")
    types = _types(type)
    wanted = None if types is None else set(types)
    columns = frame_columns(type)
    data: dict[str, list] = {c: [] for c in columns}
    n = len(articles) if hasattr(articles, "__len__") and not isinstance(articles, (Article, ErrorRecord, dict, str, bytes)) else None
    nrows = 0
    for art in _progress(_as_results(articles), progress, n, "facts", unit="doc"):
        if not isinstance(art, Article):
            continue  # error records carry no facts
        facts = art.facts if wanted is None else [f for f in art.facts if f.type in wanted]
        if not facts:
            continue
        text = art.text
        sents = [text[s.start:s.end] for s in art.sentences]
        k = len(facts)
        data["doc_id"].extend([art.doc_id] * k)
        data["title"].extend([art.title] * k)
        data["published"].extend([art.published] * k)
        d_sent, d_stext, d_type = data["sentence"], data["sentence_text"], data["type"]
        d_text, d_start, d_end = data["text"], data["start"], data["end"]
        for i, f in enumerate(facts):
            row = nrows + i
            d_sent.append(f.sentence)
            d_stext.append(sents[f.sentence] if 0 <= f.sentence < len(sents) else None)
            d_type.append(f.type)
            d_text.append(f.text)
            d_start.append(f.start)
            d_end.append(f.end)
            fd = f.__dict__
            for field, col in _TYPE_FIELDS[f.type]:
                colv = data[col]
                # pad the column up to this row, then set this fact's value
                if len(colv) < row:
                    colv.extend([None] * (row - len(colv)))
                v = fd.get(field)
                colv.append(list(v) if isinstance(v, list) else v)
        nrows += k
    for c, v in data.items():
        if len(v) < nrows:
            v.extend([None] * (nrows - len(v)))
    return _typed_frame(data, columns, nrows)


def _typed_frame(data: dict[str, list], columns: dict[str, str], nrows: int) -> pd.DataFrame:
    import numpy as np

    pd = require_pandas("cx.to_frame")

    series = {}
    for c, dtype in columns.items():
        vals = data[c]
        if dtype == "object":
            arr = np.empty(nrows, dtype=object)
            arr[:] = vals if nrows else []
            series[c] = pd.Series(arr, dtype=object)
        elif dtype == "float64":
            series[c] = pd.Series(np.array([np.nan if v is None else v for v in vals], dtype="float64"))
        else:
            series[c] = pd.Series(vals, dtype=dtype)
    return pd.DataFrame(series, columns=list(columns))


def errors_frame(results: Any) -> pd.DataFrame:
    """One row per error record in ``results``: doc_id, source, kind, message."""
    pd = require_pandas("errors_frame")

    rows = {"doc_id": [], "source": [], "kind": [], "message": []}
    for r in _as_results(results):
        if isinstance(r, ErrorRecord):
            rows["doc_id"].append(r.doc_id)
            rows["source"].append(r.source)
            rows["kind"].append(r.error.kind)
            rows["message"].append(r.error.message)
    return pd.DataFrame({k: pd.Series(v, dtype="string") for k, v in rows.items()})


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return open(path, encoding="utf-8")


def _iter_jsonl(path: Path, progress: Optional[bool], skip_invalid: bool) -> Iterator[Union[Article, ErrorRecord]]:
    size = path.stat().st_size
    if progress is None:
        progress = size >= PROGRESS_MIN_BYTES
    with _open_text(path) as fh:
        lines = _progress(fh, progress, None, path.name, unit=" docs")
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield parse_result(line)
            except Exception as exc:
                if skip_invalid:
                    continue
                raise ValueError(f"{path}:{lineno}: not a cchc_extract record: {exc}") from exc


def read_jsonl(path: Union[str, Path], *, lazy: bool = False, progress: Optional[bool] = None,
               skip_invalid: bool = False
               ) -> Union[list[Union[Article, ErrorRecord]], Iterator[Union[Article, ErrorRecord]]]:
    """Load a JSONL file written by ``cchc-extract extract --format jsonl`` or ``batch``.

    Returns a list of :class:`Article` and :class:`ErrorRecord` in file order, or an iterator
    over them with ``lazy=True`` (for files larger than memory). ``.jsonl.gz`` is read too.
    A line that is not a valid record raises ``ValueError`` naming file and line, unless
    ``skip_invalid=True``. ``progress``: a tqdm bar (default: for files ≥ 20 MB).
    """
    p = Path(path)
    it = _iter_jsonl(p, progress, skip_invalid)
    return it if lazy else list(it)


def load_results(path: Union[str, Path]) -> list[Union[Article, ErrorRecord]]:
    """Whatever a user points a command at: JSONL/JSON output, a raw article, or a directory.

    ``.jsonl``/``.jsonl.gz`` → :func:`read_jsonl`; ``OUT.parquet``/``OUT.duckdb`` (``batch``
    outputs) → their records; ``.json`` → one record or a list of records
    (``extract --format json``); a directory → every ``.txt`` in it, extracted; any other file
    → extracted as one raw article (its stem is the doc_id).
    """
    from .pipeline import extract

    p = Path(path)
    if p.suffix.lower() in (".parquet", ".duckdb"):  # a batch output
        from .batch.sinks import read_results

        return [parse_result(r) for r in read_results(p)]
    if p.is_dir():
        return [extract(f) for f in sorted(p.rglob("*")) if f.is_file()
                and f.suffix.lower() in (".txt", ".text", ".html", ".htm", ".md")]
    name = p.name.lower()
    if name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        return read_jsonl(p)
    data = p.read_bytes()
    if name.endswith(".json") or data.lstrip()[:20].startswith(b'{"schema_version"'):
        try:
            obj = json.loads(data.decode("utf-8-sig"))
        except ValueError:
            # several objects one per line under a .json name
            return [parse_result(ln) for ln in data.decode("utf-8-sig").splitlines() if ln.strip()]
        objs = obj if isinstance(obj, list) else [obj]
        return [parse_result(o) for o in objs]
    return [extract(p)]


def load_for_cli(path_arg: str, command: str) -> "list | int":
    """Results for a CLI subcommand, or its exit code (1) after printing why there are none."""
    import sys

    path = Path(path_arg)
    if not path.exists():
        print(f"cchc-extract {command}: {path_arg}: no such file or directory", file=sys.stderr)
        return 1
    try:
        results = load_results(path)
    except (ValueError, OSError) as exc:
        print(f"cchc-extract {command}: {exc}", file=sys.stderr)
        return 1
    return results
