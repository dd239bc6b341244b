"""The column schema of the tabular outputs — one definition for the Arrow tables of
``batch -o OUT.parquet``/``OUT.duckdb``, the pandas frames of :mod:`cchc_extract.dask`, and
:func:`~cchc_extract.batch.read_results`.

Four tables, joinable on ``doc_id``:

- ``articles``: one row per article — every :class:`~cchc_extract.models.Article` field
  except ``facts``/``removed`` (``paragraphs``/``sentences`` are lists of ``{start, end}``),
  plus ``input_format`` (text/html), ``extractor`` and ``url``;
- ``facts``: one row per fact — ``doc_id``, ``fact_index`` (order in ``Article.facts``),
  ``type``, ``text``, ``start``, ``end``, ``sentence`` and one typed column per fact field
  of any type (``value`` DOUBLE, ``rank`` BIGINT, ``titles`` VARCHAR[], …; null where the
  field does not belong to the row's type); a field name that two fact types use with
  different types is prefixed by the type for the later one (``date_value`` for the
  ``date`` fact's ISO string);
- ``removed``: ``doc_id``, ``removed_index``, ``text``, ``reason``;
- ``errors``: one row per error record — ``doc_id``, ``source``, ``kind``, ``message``,
  ``input_format``, ``url``.

Derived from the pydantic models, so a field added to a model becomes a column.
"""
from __future__ import annotations

import json
from typing import Iterator, Optional

from ..models import Article

__all__ = ["TABLES", "table_schemas", "flatten", "rows_to_tables", "unflatten",
           "pandas_types_mapper", "empty_frame", "frame_of"]

TABLES = ("articles", "facts", "removed", "errors")

_schema_cache: dict = {}


def _arrow_type(ann, json_cols: set, name: str):
    import typing

    import pyarrow as pa
    from pydantic import BaseModel

    origin, args = typing.get_origin(ann), typing.get_args(ann)
    if origin is typing.Annotated:
        return _arrow_type(args[0], json_cols, name)
    if origin is typing.Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return _arrow_type(rest[0], json_cols, name)
        json_cols.add(name)
        return pa.string()
    if origin is typing.Literal:
        if all(isinstance(a, bool) for a in args):
            return pa.bool_()
        if all(isinstance(a, int) and not isinstance(a, bool) for a in args):
            return pa.int64()
        return pa.string()
    if origin in (list, tuple, set, frozenset) and args:
        return pa.list_(_arrow_type(args[0], set(), name))
    if ann is str:
        return pa.string()
    if ann is bool:
        return pa.bool_()
    if ann is int:
        return pa.int64()
    if ann is float:
        return pa.float64()
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return pa.struct([(k, _arrow_type(f.annotation, set(), k))
                          for k, f in ann.model_fields.items()])
    json_cols.add(name)
    return pa.string()


def table_schemas() -> dict:
    """The Arrow schemas of the four tables plus the column maps used to (un)flatten."""
    if "s" in _schema_cache:
        return _schema_cache["s"]
    import pyarrow as pa

    from ..models import FACT_CLASSES, FactBase, Removed

    meta_cols = [("input_format", pa.string()), ("extractor", pa.string()), ("url", pa.string())]
    art_json: set = set()
    art_fields = [(k, _arrow_type(f.annotation, art_json, k)) for k, f in Article.model_fields.items()
                  if k not in ("facts", "removed")]
    articles = pa.schema(art_fields + meta_cols)
    errors = pa.schema([("schema_version", pa.string()), ("doc_id", pa.string()),
                        ("source", pa.string()), ("kind", pa.string()), ("message", pa.string()),
                        ("input_format", pa.string()), ("url", pa.string())])
    removed = pa.schema([("doc_id", pa.string()), ("removed_index", pa.int32())] +
                        [(k, _arrow_type(f.annotation, set(), k)) for k, f in Removed.model_fields.items()])
    fact_json: set = set()
    cols: dict = {}
    colmap: dict = {}  # (type, field) -> column
    base = list(FactBase.model_fields)
    fields = [("doc_id", pa.string()), ("fact_index", pa.int32())]
    for k in base:
        t = _arrow_type(FactBase.model_fields[k].annotation, fact_json, k)
        cols[k] = t
        fields.append((k, t))
    for cls in FACT_CLASSES:
        tname = cls.model_fields["type"].default
        for k, f in cls.model_fields.items():
            if k in base:
                colmap[(tname, k)] = k
                continue
            js: set = set()
            t = _arrow_type(f.annotation, js, k)
            col = k if (k not in cols or cols[k] == t) else f"{tname}_{k}"
            if col not in cols:
                cols[col] = t
                fields.append((col, t))
                if js:
                    fact_json.add(col)
            colmap[(tname, k)] = col
    facts = pa.schema(fields)
    out = {"articles": articles, "facts": facts, "removed": removed, "errors": errors,
           "_art_json": art_json, "_fact_json": fact_json, "_fact_cols": colmap}
    _schema_cache["s"] = out
    return out


def flatten(record: dict, info: Optional[dict] = None) -> dict[str, list[dict]]:
    """One result (the JSON object of ``extract``) → rows of the four tables."""
    sch = table_schemas()
    info = info or {}
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    doc_id = record["doc_id"]
    if "error" in record:
        rows["errors"].append({"schema_version": record.get("schema_version"), "doc_id": doc_id,
                               "source": record.get("source"), "kind": record["error"]["kind"],
                               "message": record["error"]["message"],
                               "input_format": info.get("format"), "url": info.get("url")})
        return rows
    art = {k: v for k, v in record.items() if k not in ("facts", "removed")}
    for k in sch["_art_json"]:
        if k in art:
            art[k] = json.dumps(art[k], ensure_ascii=False)
    art["input_format"] = info.get("format")
    art["extractor"] = info.get("extractor")
    art["url"] = info.get("url")
    rows["articles"].append(art)
    for i, r in enumerate(record.get("removed") or ()):
        rows["removed"].append({"doc_id": doc_id, "removed_index": i, **r})
    colmap, fjson = sch["_fact_cols"], sch["_fact_json"]
    for i, f in enumerate(record.get("facts") or ()):
        t = f.get("type")
        row = {"doc_id": doc_id, "fact_index": i}
        for k, v in f.items():
            col = colmap.get((t, k), k)
            row[col] = json.dumps(v, ensure_ascii=False) if col in fjson else v
        rows["facts"].append(row)
    return rows


def rows_to_tables(rows: dict[str, list[dict]]) -> dict:
    """Rows of the four tables → Arrow tables with the shared schema."""
    import pyarrow as pa

    sch = table_schemas()
    return {t: pa.Table.from_pylist(rows[t], schema=sch[t]) for t in TABLES}


def unflatten(tables: dict[str, list[dict]]) -> Iterator[dict]:
    """Rows of the four tables → result objects (inverse of :func:`flatten`)."""
    from ..models import FACT_CLASSES, Removed

    sch = table_schemas()
    classes = {c.model_fields["type"].default: c for c in FACT_CLASSES}
    facts: dict[str, list] = {}
    for r in tables["facts"]:
        facts.setdefault(r["doc_id"], []).append(r)
    removed: dict[str, list] = {}
    for r in tables["removed"]:
        removed.setdefault(r["doc_id"], []).append(r)
    colmap, fjson = sch["_fact_cols"], sch["_fact_json"]
    for a in tables["articles"]:
        doc_id = a["doc_id"]
        out = {}
        for k in Article.model_fields:
            if k == "facts":
                fl = []
                for r in sorted(facts.get(doc_id, ()), key=lambda r: r["fact_index"]):
                    cls = classes.get(r["type"])
                    if cls is None:
                        continue
                    f = {}
                    for fk in cls.model_fields:
                        v = r.get(colmap[(r["type"], fk)])
                        f[fk] = json.loads(v) if colmap[(r["type"], fk)] in fjson and v is not None else v
                    fl.append(f)
                out[k] = fl
            elif k == "removed":
                out[k] = [{rk: r[rk] for rk in Removed.model_fields}
                          for r in sorted(removed.get(doc_id, ()), key=lambda r: r["removed_index"])]
            else:
                v = a.get(k)
                out[k] = json.loads(v) if k in sch["_art_json"] and v is not None else v
        yield out
    for e in tables["errors"]:
        yield {"schema_version": e["schema_version"], "doc_id": e["doc_id"], "source": e["source"],
               "error": {"kind": e["kind"], "message": e["message"]}}


# ------------------------------------------------------------------ pandas

def pandas_types_mapper():
    """Arrow → pandas dtypes used for the tables as DataFrames (nullable integers, booleans,
    floats and strings, so a column's dtype does not depend on whether it holds a null)."""
    import pandas as pd
    import pyarrow as pa

    mapping = {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int32Dtype(),
               pa.bool_(): pd.BooleanDtype(), pa.float64(): pd.Float64Dtype(),
               pa.string(): pd.StringDtype()}
    return mapping.get


def empty_frame(table: str):
    """A zero-row DataFrame with the columns and dtypes of ``table``."""
    return table_schemas()[table].empty_table().to_pandas(types_mapper=pandas_types_mapper())


def frame_of(records, table: str, info: Optional[dict] = None):
    """Result dicts → one table as a pandas DataFrame (shared schema, also for zero rows)."""
    rows: dict[str, list] = {t: [] for t in TABLES}
    for r in records:
        for t, rs in flatten(r, info or {"format": None}).items():
            rows[t].extend(rs)
    tbl = rows_to_tables(rows)[table]
    return tbl.to_pandas(types_mapper=pandas_types_mapper()) if tbl.num_rows else empty_frame(table)
