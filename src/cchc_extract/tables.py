"""Cross-article tables: what many articles say about each province, merged into one table.

    import cchc_extract as cx
    arts = cx.read_jsonl("out.jsonl")        # or [cx.extract(...) for ...]
    cx.rankings(arts)     # province × index × year (× component × scope) → rank, out_of, change
    cx.indicators(arts)   # province × metric × year/period × kind → value

    $ cchc-extract table rankings out.jsonl -o rankings.csv

Both tables keep, for each row, where it came from: ``doc_id`` and ``sentence_text`` of the
first mention, ``doc_ids`` (every article that says it, a list) and ``n_mentions``.

**Merging.** Facts with the same key and compatible values are one row: the same
(province, index, year, component, scope) and the same rank, with ``out_of``/``change`` equal
or missing on one side (``xếp thứ 14`` and ``xếp thứ 14/63`` merge into 14/63). Facts with
the same key and *different* values are kept side by side, one row each, all with
``conflict=True`` — the table never picks one silently.

**Unlinked facts.** A fact whose ``subject`` (province) is null — the extractor could not tell
which province it is about — is kept with ``province`` null, never merged with anything and
never flagged as a conflict (two null-province ranks are about unknown, possibly different,
provinces). The same holds in :func:`indicators` for facts whose ``metric`` is null. Filter
them out with ``df.dropna(subset=["province"])``.

**Scope** (rankings): ``region`` for ranks within a region (``thứ 3 khu vực Tây Nguyên``,
``So với khu vực ĐBSCL, … xếp thứ 3``, or an ``out_of`` below 30, e.g. ``3/13``), else
``national``. A regional and a national rank of the same year are different rows, not a
conflict.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Optional

from .models import Article
from .resources import load

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["rankings", "indicators", "metric_phrase", "cli_main", "RANKING_COLUMNS", "INDICATOR_COLUMNS"]

RANKING_COLUMNS: dict[str, str] = {
    "province": "string",
    "index": "string",
    "year": "Int64",
    "component": "string",
    "scope": "string",
    "rank": "Int64",
    "out_of": "Int64",
    "change": "Int64",
    "conflict": "bool",
    "n_mentions": "int64",
    "doc_id": "string",
    "sentence_text": "string",
    "text": "string",
    "subject_source": "string",
    "doc_ids": "object",
}

INDICATOR_COLUMNS: dict[str, str] = {
    "province": "string",
    "metric": "string",
    "kind": "string",          # "result" (a percentage) or "target"
    "year": "Int64",
    "period": "string",
    "value": "float64",
    "unit": "string",
    "comparator": "string",
    "deadline": "string",
    "conflict": "bool",
    "n_mentions": "int64",
    "doc_id": "string",
    "published": "string",
    "sentence_text": "string",
    "text": "string",
    "subject_source": "string",
    "doc_ids": "object",
}

_REGION_WORDS = r"(?:khu vực|vùng|miền|các tỉnh(?: thành)? (?:khu vực |vùng |miền )?(?:Tây Nguyên|Bắc Trung Bộ|Nam Trung Bộ|Đông Nam Bộ|Tây Nam Bộ|Tây Bắc|Đông Bắc|trung du|đồng bằng|duyên hải|ĐBSCL|ĐBSH)|Tây Nguyên|ĐBSCL|ĐBSH|Đồng bằng sông|Bắc Trung Bộ|Đông Nam Bộ)"
_REGION_AFTER = re.compile(r"^[\s,]*(?:trong\s+|tại\s+|ở\s+|của\s+)?(?:số\s+)?(?:các tỉnh,?\s*(?:thành phố\s*)?)?" + _REGION_WORDS, re.I)
_REGION_IN_FACT = re.compile(_REGION_WORDS, re.I)
_REGION_LEAD = re.compile(r"^\W*(?:so với|trong|ở|tại|đối với|riêng)\s+(?:các tỉnh\s+)?(?:khu vực|vùng|miền)", re.I)
_YEAR = re.compile(r"(?<!\d)(?:năm\s+)(19[89]\d|20[0-4]\d)(?!\d)", re.I)


def _articles(articles: Any) -> list[Article]:
    from .frames import _as_results

    return [a for a in _as_results(articles) if isinstance(a, Article)]


def _sentence_text(art: Article, i: int) -> Optional[str]:
    if 0 <= i < len(art.sentences):
        s = art.sentences[i]
        return art.text[s.start:s.end]
    return None


def _scope(art: Article, f, facts_in_sentence: list) -> str:
    if f.out_of is not None and f.out_of < 30:
        return "region"
    if _REGION_IN_FACT.search(f.text):
        return "region"
    if _REGION_AFTER.match(art.text[f.end:f.end + 80]):
        return "region"
    if 0 <= f.sentence < len(art.sentences):
        s0 = art.sentences[f.sentence].start
        earlier = [g for g in facts_in_sentence if g is not f and g.end <= f.start]
        if not earlier and _REGION_LEAD.match(art.text[s0:f.start]):
            return "region"
    return "national"


def _compatible(a: Optional[Any], b: Optional[Any]) -> bool:
    return a is None or b is None or a == b


def _merge(rows: list[dict], key_fields: tuple[str, ...], exact: tuple[str, ...],
           loose: tuple[str, ...], mergeable) -> list[dict]:
    """Merge rows with the same key and compatible values; flag keys with >1 distinct value.

    ``exact``: fields that must be equal (None == None); ``loose``: fields that may be missing
    on one side (filled from the other). Rows for which ``mergeable(row)`` is false stay alone.
    """
    groups: dict[tuple, list[list[dict]]] = {}
    alone: list[dict] = []
    for r in rows:
        if not mergeable(r):
            r["n_mentions"] = 1
            r["doc_ids"] = [r["doc_id"]]
            r["conflict"] = False
            alone.append(r)
            continue
        key = tuple(_keynorm(r[k]) for k in key_fields)
        clusters = groups.setdefault(key, [])
        for c in clusters:
            head = c[0]
            if all(head[k] == r[k] for k in exact) and all(_compatible(head[k], r[k]) for k in loose):
                for k in loose:
                    if head[k] is None:
                        head[k] = r[k]
                c.append(r)
                break
        else:
            clusters.append([r])
    out = list(alone)
    for clusters in groups.values():
        conflict = len(clusters) > 1
        for c in clusters:
            head = dict(c[0])
            head["n_mentions"] = len(c)
            ids: list[str] = []
            for r in c:
                if r["doc_id"] not in ids:
                    ids.append(r["doc_id"])
            head["doc_ids"] = ids
            head["conflict"] = conflict
            out.append(head)
    return out


def _keynorm(v: Any) -> Any:
    if isinstance(v, str):
        return " ".join(v.casefold().split())
    return v


def _frame(rows: list[dict], columns: dict[str, str], sort_by: list[str]) -> pd.DataFrame:
    pd = _pandas()  # first: a missing extra is named before numpy is imported
    import numpy as np

    data = {}
    for c, dtype in columns.items():
        vals = [r.get(c) for r in rows]
        if dtype == "object":
            arr = np.empty(len(vals), dtype=object)
            arr[:] = vals if vals else []
            data[c] = pd.Series(arr, dtype=object)
        elif dtype == "float64":
            data[c] = pd.Series(np.array([np.nan if v is None else v for v in vals], dtype="float64"))
        else:
            data[c] = pd.Series(vals, dtype=dtype)
    df = pd.DataFrame(data, columns=list(columns))
    if len(df):
        df = df.sort_values(sort_by, na_position="last", kind="stable").reset_index(drop=True)
    return df


def _pandas() -> Any:
    from .frames import require_pandas

    return require_pandas("cx.rankings / cx.indicators / cchc-extract table")


def rankings(articles: Any) -> pd.DataFrame:
    """Province × index × year → rank, out_of, change; one row per distinct claim.

    Columns: ``province, index, year, component, scope, rank, out_of, change, conflict,
    n_mentions, doc_id, sentence_text, text, subject_source, doc_ids``. ``component`` is null
    for the overall index; ``scope`` is ``national`` or ``region`` (see the module doc).
    Merging, conflicts and null provinces are described in the module doc. Needs pandas
    (``pip install 'cchc_extract[frames]'``).
    """
    _pandas()
    rows: list[dict] = []
    for art in _articles(articles):
        rk = art.of_type("ranking")
        by_sentence: dict[int, list] = {}
        for f in rk:
            by_sentence.setdefault(f.sentence, []).append(f)
        for f in rk:
            rows.append({
                "province": f.subject, "index": f.index, "year": f.year, "component": f.component,
                "scope": _scope(art, f, by_sentence[f.sentence]),
                "rank": f.rank, "out_of": f.out_of, "change": f.change,
                "doc_id": art.doc_id, "sentence_text": _sentence_text(art, f.sentence),
                "text": f.text, "subject_source": f.subject_source,
            })
    merged = _merge(rows, ("province", "index", "year", "component", "scope"),
                    exact=("rank",), loose=("out_of", "change"),
                    mergeable=lambda r: r["province"] is not None and r["index"] is not None)
    return _frame(merged, RANKING_COLUMNS,
                  ["province", "index", "year", "component", "scope", "rank", "doc_id"])


def _time_of_sentence(art: Article, i: int, facts_by_sentence: dict[int, list],
                      at: Optional[int] = None) -> tuple[Optional[int], Optional[str]]:
    """(year, period) a result in sentence ``i`` refers to, when the sentence says it clearly: its
    one year; else, of several, the year (not a day's) written last before the value at ``at`` in its clause
    (``Năm 2023 đạt 98%, năm 2022 là 95%``); a year compared with (``so với năm 2022``) never counts."""
    periods = {(f.start_year, f.end_year) for f in facts_by_sentence.get(i, []) if f.type == "period"}
    dated = [(f.start, int(f.value[:4]), f.precision == "day") for f in facts_by_sentence.get(i, [])
             if f.type == "date" and f.value[:4].isdigit()]
    st = _sentence_text(art, i) or ""
    s0 = art.sentences[i].start if 0 <= i < len(art.sentences) else 0
    written = [(s0 + m.start(), int(m.group(1)), False) for m in _YEAR.finditer(st)]
    compared = _metric_rules()["compared"]
    said = [x for x in dated + written if not compared.search(art.text[max(s0, x[0] - 40):x[0]], timeout=1.0)]
    years = {y for _, y, _ in said}
    period = None
    if len(periods) == 1:
        a, b = next(iter(periods))
        period = f"{a}-{b}"
    if len(years) == 1:
        return next(iter(years)), period
    if at is None or not years:
        return None, period
    # a day is when something was done or announced ("công bố ngày 17/4/2024"), not the year measured
    before = [(pos, y) for pos, y, day in sorted(said) if not day and pos < at
              and not _CLAUSE_END.search(art.text, pos, at)]
    return (before[-1][1] if before else None), period


_CLAUSE_END = re.compile(r"[;:.!?]\s")


@lru_cache(maxsize=1)
def _metric_rules() -> dict:
    import regex

    d = load("tables")

    def one(name: str):
        return regex.compile("|".join(f"(?:{p})" for p in d[name]["patterns"]), regex.I)

    return {"year": one("metric_year"), "owner": one("metric_owner"), "predicate": one("metric_predicate"),
            "not": one("not_metric"), "compared": one("year_compared")}


def metric_phrase(metric: Optional[str]) -> tuple[Optional[str], Optional[int]]:
    """The measured phrase of a fact's ``metric`` and the year written in it: ``Chỉ số CCHC năm
    2023 của các tỉnh`` → (``Chỉ số CCHC``, 2023); ``chỉ số SIPAS cũng tiếp tục`` → (``chỉ số
    SIPAS``, None); words that are no phrase (``xếp vị trí thứ 40 trên cả nước``, ``tỷ lệ 99``,
    ``tỷ đồng``) → (None, None). Words and patterns: ``data/tables.json``."""
    if not metric:
        return None, None
    rules = _metric_rules()
    phrase = " ".join(metric.split())
    years = {int(m.group(1)) for m in rules["year"].finditer(phrase, timeout=1.0)}
    year = years.pop() if len(years) == 1 else None
    phrase = " ".join(rules["year"].sub(" ", phrase, timeout=1.0).split())
    for name in ("predicate", "owner"):
        phrase = rules[name].sub("", phrase, timeout=1.0).strip(" ,-–")
    if not phrase or rules["not"].search(phrase, timeout=1.0):
        return None, year
    return phrase, year


def indicators(articles: Any) -> pd.DataFrame:
    """Province × metric × year/period → value, from percentages (results) and targets.

    Columns: ``province, metric, kind, year, period, value, unit, comparator, deadline,
    conflict, n_mentions, doc_id, published, sentence_text, text, subject_source, doc_ids``.
    ``kind`` is ``result`` for a ``percentage`` fact (unit ``%``) and ``target`` for a
    ``target`` fact (its own unit: ``%``, ``rank``, ``điểm``, …). ``metric`` is the measured
    noun phrase (:func:`metric_phrase`: without the year, the owner — ``của các tỉnh``,
    ``tỉnh Sơn La`` — and the predicate a fact's ``metric`` may run into; null when the words are no
    phrase). ``year``/``period``: for a target its ``deadline`` year and ``period``; for a result
    the year written in its metric (``Chỉ số CCHC năm 2023``), else the one year (``năm 2023``, a
    date) its sentence names, else the year written last before the value in its clause (not a
    year compared with: ``so với năm 2022``), and the one period (``giai đoạn 2016-2020``) its
    sentence names; else null — then ``published`` is the best hint. Rows merge only when
    province and metric are both known.
    """
    rows: list[dict] = []
    for art in _articles(articles):
        by_sentence: dict[int, list] = {}
        for f in art.facts:
            if f.type in ("period", "date"):
                by_sentence.setdefault(f.sentence, []).append(f)
        for f in art.facts:
            if f.type not in ("percentage", "target"):
                continue
            metric, metric_year = metric_phrase(f.metric)
            if f.type == "percentage":
                year, period = _time_of_sentence(art, f.sentence, by_sentence, f.start)
                year = metric_year or year
                kind, unit, deadline = "result", "%", None
            else:
                kind, unit, deadline, period = "target", f.unit, f.deadline, f.period
                year = int(f.deadline[:4]) if f.deadline and f.deadline[:4].isdigit() else None
            rows.append({
                "province": f.subject, "metric": metric, "kind": kind, "year": year,
                "period": period, "value": f.value, "unit": unit, "comparator": f.comparator,
                "deadline": deadline, "doc_id": art.doc_id, "published": art.published,
                "sentence_text": _sentence_text(art, f.sentence), "text": f.text,
                "subject_source": f.subject_source,
            })
    merged = _merge(rows, ("province", "metric", "kind", "year", "period", "unit"),
                    exact=("value", "comparator"), loose=("deadline",),
                    mergeable=lambda r: r["province"] is not None and r["metric"] is not None)
    return _frame(merged, INDICATOR_COLUMNS,
                  ["province", "metric", "kind", "year", "period", "value", "doc_id"])


def to_csv(df: pd.DataFrame, path_or_buf: Any = None) -> Optional[str]:
    """CSV of a table; list columns (``doc_ids``) become ``;``-separated text."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(lambda v: ";".join(map(str, v)) if isinstance(v, list) else v)
    return out.to_csv(path_or_buf, index=False)


def cli_main(ns) -> int:
    """``cchc-extract table {rankings,indicators} INPUT [-o CSV]``.

    INPUT is JSONL from ``extract --format jsonl``/``batch``, a ``batch`` output
    ``OUT.parquet``/``OUT.duckdb`` (also ``.json``, a raw ``.txt`` article or a directory of
    them, which are extracted first).
    """
    from .frames import load_for_cli
    from .outputs import open_output, refusal

    why = refusal(getattr(ns, "output", None), [ns.input], getattr(ns, "overwrite", False))
    if why:
        print(f"cchc-extract table: {why}", file=sys.stderr)
        return 2
    results = load_for_cli(ns.input, "table")
    if isinstance(results, int):
        return results
    arts = [r for r in results if isinstance(r, Article)]
    if results and not arts:
        print(f"cchc-extract table: {ns.input}: only error records, no articles", file=sys.stderr)
        return 1
    df = rankings(arts) if ns.kind == "rankings" else indicators(arts)
    if getattr(ns, "output", None) and ns.output != "-":
        with open_output(ns.output) as out:
            to_csv(df, out)
        from .cli import plural

        print(f"cchc-extract table: {plural(len(df), ns.kind[:-1] + ' row')} from "
              f"{plural(len(arts), 'article')} → {ns.output}", file=sys.stderr)
    else:
        sys.stdout.write(to_csv(df))
    return 0
