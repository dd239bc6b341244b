"""Dask integration: the batch pipeline on a ``dask.distributed`` cluster.

Recipe (a laptop, or any cluster that has ``cchc_extract`` installed on its workers)::

    from dask.distributed import Client, LocalCluster
    import cchc_extract.dask as cxd

    client = Client(LocalCluster(n_workers=4, threads_per_worker=1))   # or Client("tcp://…")
    bag = cxd.extract_bag(["crawl/", "pages.jsonl", "crawl.warc.gz"])    # lazy
    facts = cxd.to_dataframe(bag, "facts")                               # dask DataFrame
    facts[facts.type == "percentage"].groupby("subject").value.mean().compute()
    cxd.to_parquet(bag, "out.parquet")      # the same layout as `cchc-extract batch -o out.parquet`
    bag.map(json.dumps).to_textfiles("out/*.jsonl")                      # JSONL parts

:func:`extract_bag` gives a :class:`dask.bag.Bag` whose elements are the result dicts —
exactly the JSON objects ``cchc-extract batch -o OUT.jsonl`` writes (an article, or an error
record ``{"doc_id", "source", "error": {"kind", "message"}}``), one per input document.

How work is split: the inputs are planned on the client without reading them (directories
walked, file documents given their ids — the same ids as ``batch``); each text/HTML file is
one bag element read on a worker, each JSONL or WARC/ARC file one task that reads its own
records.  In-memory inputs (``str``/``bytes`` documents, ``{"id", "text"|"html"}`` dicts,
reader ``Record`` tuples) are partitioned as given; a ready :class:`dask.bag.Bag` of such
items is mapped as is.

Differences from ``batch``: Dask runs documents in its worker threads, so there is no
per-document kill — the pipeline's own regex time limits still apply, but use ``batch`` for
hostile input where one page could hang or crash a process (a crash kills the Dask worker,
Dask retries the task elsewhere and finally raises ``KilledWorker``).  Doc ids follow the
rule of :mod:`cchc_extract.readers`; an id repeated inside one JSONL/WARC file is suffixed
by occurrence within that file, as in ``batch``, but the same id in two *different* JSONL/WARC
files is not disambiguated here (``batch`` does that over the whole run).

:func:`to_parquet` writes the layout of ``batch -o OUT.parquet`` including its commit
markers, so ``cchc-extract batch … -o OUT.parquet --resume`` continues a Dask-written output
(and never deletes its parts).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from .limits import DEFAULT_LIMITS, Limits
from .batch.schema import TABLES, empty_frame, frame_of
from .readers import ContainerTask, FileTask, IdAllocator, Record, plan, read_task

__all__ = ["extract_bag", "to_dataframe", "to_parquet", "process_partition"]


def _process_one(task, limits: Limits) -> list[dict]:
    from .batch.process import process_record

    out = []
    ids = IdAllocator()
    for rec in read_task(task, limits, ids):
        res, info = process_record(rec, limits)
        d = json.loads(res.to_json())
        out.append(d)
    return out


def process_partition(tasks: Iterable[Any], limits: Limits = DEFAULT_LIMITS) -> list[dict]:
    """Results (dicts) of one partition of planned tasks or in-memory items."""
    out: list[dict] = []
    for task in tasks:
        if isinstance(task, (FileTask, ContainerTask, Record)):
            out.extend(_process_one(task, limits))
        else:  # raw items (str/bytes/dict/tuple) from a user's bag
            for t in plan([task], IdAllocator()):
                out.extend(_process_one(t, limits))
    return out


def extract_bag(inputs: Any, *, limits: Limits = DEFAULT_LIMITS,
                partition_size: int = 64, npartitions: Optional[int] = None):
    """A :class:`dask.bag.Bag` of result dicts, one per input document (lazy).

    ``inputs``: paths (files/directories), in-memory documents or a :class:`dask.bag.Bag`
    of in-memory documents.  ``partition_size`` documents (file tasks) per partition, or a
    fixed ``npartitions``.
    """
    from .errors import require

    db = require("dask.bag", "dask", "cchc_extract.dask.extract_bag")
    if isinstance(inputs, db.Bag):
        return inputs.map_partitions(process_partition, limits)
    tasks = list(plan(inputs, IdAllocator()))
    if not tasks:
        return db.from_sequence([], npartitions=1)
    # a container file is a partition of its own (it may hold thousands of documents)
    files = [t for t in tasks if not isinstance(t, ContainerTask)]
    containers = [t for t in tasks if isinstance(t, ContainerTask)]
    parts = []
    if files:
        kw = {"npartitions": npartitions} if npartitions else {"partition_size": partition_size}
        parts.append(db.from_sequence(files, **kw).map_partitions(process_partition, limits))
    if containers:
        parts.append(db.from_sequence(containers, partition_size=1)
                     .map_partitions(process_partition, limits))
    return parts[0] if len(parts) == 1 else db.concat(parts)


def _table_partition(records: Iterable[dict], table: str):
    return frame_of(records, table)


def _empty(table: str):
    return empty_frame(table)


def to_dataframe(bag, table: str = "facts"):
    """One of the tables of ``batch``'s tabular outputs (``articles``, ``facts``, ``removed``,
    ``errors``; same columns and types) as a :class:`dask.dataframe.DataFrame`.

    ``input_format``/``extractor``/``url`` are null here: the result dicts do not carry them.
    """
    from .errors import require

    dd = require("dask.dataframe", "dask", "cchc_extract.dask.to_dataframe")
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    parts = [_delayed_table(p, table) for p in bag.to_delayed()]
    return dd.from_delayed(parts, meta=_empty(table), verify_meta=False)


def _delayed_table(part, table):
    from dask import delayed

    return delayed(_table_partition)(part, table)


def _write_partition(records: Iterable[dict], path: str, index: int) -> int:
    from .batch.schema import flatten, rows_to_tables
    from .batch.sinks import commit_part

    rows: dict[str, list] = {t: [] for t in TABLES}
    n = 0
    for r in records:
        n += 1
        for t, rs in flatten(r, {"format": None}).items():
            rows[t].extend(rs)
    commit_part(Path(path), index, rows_to_tables(rows))
    return n


def to_parquet(bag, path: Union[str, Path], *, overwrite: bool = False) -> int:
    """Write ``OUT.parquet/{articles,facts,removed,errors}/part-NNNNN.parquet`` — the tables,
    types and commit markers of ``batch -o OUT.parquet`` — one part per partition and table,
    written by the workers (``path`` must be visible to them: a shared or local filesystem).
    Returns the number of documents written.

    An existing output is refused (:class:`FileExistsError`) unless ``overwrite=True``; to
    add documents to it, use ``cchc-extract batch … --resume``. The directory is locked
    against a concurrent ``batch`` while the graph runs.
    """
    import os

    from dask import compute, delayed

    from .batch.sinks import OutputError, prepare_parquet_dir

    path = Path(path).resolve()
    try:
        fd, _seq, _notes = prepare_parquet_dir(path, "overwrite" if overwrite else "new")
    except OutputError as exc:
        msg = str(exc).replace("rerun with --resume", "use `cchc-extract batch --resume`").replace(
            "--overwrite", "overwrite=True")
        raise (FileExistsError if "already exists" in msg else RuntimeError)(msg) from exc
    try:
        parts = [delayed(_write_partition)(p, str(path), i) for i, p in enumerate(bag.to_delayed())]
        return int(sum(compute(*parts)))
    finally:
        os.close(fd)
