"""Evaluation of extracted facts against gold annotations (docs/format.md).

Everything here except :func:`run` is a pure function over plain dicts: the
gold side is what ``annotations/<doc_id>.json`` contains, the predicted side is
an article as ``cx.extract(...).model_dump(mode="json")`` returns it (docs/format.md).

Matching (per document, per fact type)
--------------------------------------
Predicted and gold facts are matched one-to-one on a key.  Two counting modes:

* **distinct** – every distinct key counts once per document, however often it
  is mentioned (gold = number of distinct gold keys, pred = number of distinct
  predicted keys, TP = size of their intersection);
* **multiset** – every mention counts (a value said twice is two facts); TP is
  a maximum one-to-one matching of compatible mentions.

========== ============================ ========= ===============================
type       key                          counting  key normalisation
========== ============================ ========= ===============================
province   ``name``                     distinct  NFC, whitespace folded
region     ``name``                     distinct  NFC, whitespace folded
percentage ``value``                    multiset  float rounded to 2 decimals
legal_ref  ``number``                   distinct  NFC, all spaces removed, ``Ð``→``Đ``
official   ``name``                     distinct  NFC, whitespace folded
organiz.   ``name``                     distinct  NFC, whitespace folded, casefolded
date       ``value``                    distinct  string, stripped
period     ``(start_year, end_year)``   distinct  ints
ranking    ``(index, rank, out_of)``    multiset  index upper-cased, numbers as ints
target     ``(value, unit)``            multiset  value rounded to 2 decimals; unit NFC, ws-folded
ratio      ``(numerator, denominator)`` multiset  numbers rounded to 2 decimals
quantity   ``(value, unit)``            multiset  value rounded to 2 decimals; see below
========== ============================ ========= ===============================

**Quantity units** are compared after NFC, whitespace folding and casefolding,
and two units match when they are equal *or one is a word-prefix of the other*
(a leading run of whole words): ``dịch vụ công`` matches ``dịch vụ công trực
tuyến`` (the noun phrase a count belongs to has no sharp right edge), ``Hồ sơ``
matches ``hồ sơ trực tuyến``, but ``dịch vụ c`` does not match ``dịch vụ
công`` and ``thủ tục`` does not match ``hồ sơ``.  A missing/empty unit matches
only a missing/empty unit.  When pairing mentions, exact unit matches are
preferred; the pairing is a maximum one-to-one matching.

Attributes on matched pairs
---------------------------
Only attributes whose key is present in the gold fact are scored; a gold
``null`` against a predicted ``null`` (or a predicted fact without the key)
counts as correct.  Strings are compared after NFC and whitespace folding
(``Ð``→``Đ``); numbers after rounding to 2 decimals.  Scored attributes:
province ``name_2025``; percentage ``comparator``, ``subject``; legal_ref
``doc_type``, ``issuer``, ``year``; date ``precision``; ranking ``year``,
``subject``; target ``deadline``, ``comparator``; official ``titles``.

For attribute scoring, mentions with the same key are paired in document
order (gold in file order, predictions by ``start``), also for the *distinct*
types, so every paired mention contributes.  For officials the pairing is by
name as a multiset and a gold title counts as *found* when a title of the
paired predicted mention equals it after casefolding, NFC and whitespace
folding; title accuracy = found gold titles / all gold titles of paired
mentions.

Cleaning checks (per document)
------------------------------
Each ``must_remove`` string must be absent from the predicted ``text``, each
``must_keep`` string present (both compared after NFC, the tone-mark convention and whitespace folding);
``title`` must equal the predicted title after whitespace folding (gold
``null`` == predicted ``null``).  Checks are only made for keys present in
the gold file.

Error records (``{"error": …}``) and gold documents with no prediction count as
empty predictions and are listed in the report.  The micro-averaged line sums
TP/gold/pred over the core types (:data:`CORE_TYPES`).
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

from .models import FACT_TYPES as _FACT_TYPES
from .normalize import tone_convention

__all__ = [
    "ALL_TYPES",
    "CORE_TYPES",
    "Report",
    "TypeScore",
    "AttrScore",
    "evaluate",
    "format_errors",
    "format_table",
    "load_gold",
    "load_splits",
    "predict_gold",
    "run",
    "underthesea_officials",
]

CORE_TYPES: tuple[str, ...] = (
    "province", "percentage", "legal_ref", "official", "date", "period", "ranking", "target",
)
#: every fact type of the output, in the models' order (a new fact model is scored without an edit here)
ALL_TYPES: tuple[str, ...] = tuple(_FACT_TYPES)

#: the file in an annotations directory that assigns documents to splits (``{"test": [doc_id, …]}``);
#: every annotated document not listed under ``test`` belongs to ``dev``
SPLITS_FILE = "splits.json"
SPLITS: tuple[str, ...] = ("dev", "test")

#: attributes scored on matched pairs, per type (official ``titles`` is special-cased)
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "province": ("name_2025",),
    "percentage": ("comparator", "subject"),
    "legal_ref": ("doc_type", "issuer", "year"),
    "official": ("titles",),
    "date": ("precision",),
    "ranking": ("year", "subject", "change"),
    "target": ("deadline", "comparator"),
}

#: pseudo-type scored next to the fact types: dates said relative to the article's date
#: (``hôm qua``, ``3 ngày trước``; ``relative: true``), keyed like dates; not in the micro average
RELATIVE_DATE = "date (relative)"


# --------------------------------------------------------------------------- normalisation

def _fold(s: Any) -> str:
    """NFC, ``Ð``→``Đ``, the pipeline's tone-mark convention (``hoá``→``hóa``: gold copies the page's
    spelling, the output is normalized), odd spaces → space, runs of whitespace → one space, stripped."""
    if s is None:
        return ""
    s = tone_convention(unicodedata.normalize("NFC", str(s)).replace("\u00d0", "\u0110"))
    return " ".join(s.split())


def _num(v: Any) -> Any:
    """Numbers rounded to 2 decimals (ints and floats compare equal); other values as is."""
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 2)
    if isinstance(v, str):
        try:
            return round(float(v.strip()), 2)
        except ValueError:
            return v
    return v


def _int(v: Any) -> Any:
    if v is None or isinstance(v, bool):
        return v
    try:
        f = float(str(v).strip().replace(",", "."))
    except ValueError:
        return v
    return int(f) if f.is_integer() else f


def _legal_number(v: Any) -> str:
    return "".join(_fold(v).split())


def _unit_words(v: Any) -> tuple[str, ...]:
    return tuple(_fold(v).casefold().split())


def _key(ftype: str, f: dict) -> Any:
    """The matching key of a fact (docs/format.md)."""
    g = f.get
    if ftype in ("province", "region", "official"):
        return _fold(g("name"))
    if ftype == "organization":
        return _fold(g("name")).casefold()
    if ftype == "percentage":
        return _num(g("value"))
    if ftype == "legal_ref":
        return _legal_number(g("number"))
    if ftype == "date":
        v = g("value")
        return None if v is None else str(v).strip()
    if ftype == "period":
        return (_int(g("start_year")), _int(g("end_year")))
    if ftype == "ranking":
        idx = g("index")
        return (_fold(idx).upper() if idx is not None else None, _int(g("rank")), _int(g("out_of")))
    if ftype == "target":
        return (_num(g("value")), _fold(g("unit")))
    if ftype == "ratio":
        return (_num(g("numerator")), _num(g("denominator")))
    if ftype == "quantity":
        return (_num(g("value")), _unit_words(g("unit")))
    # unknown type: match on (text) so it is at least counted
    return _fold(g("text"))


DISTINCT_TYPES = frozenset({"province", "region", "legal_ref", "official", "organization", "date", "period"})


def _units_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _compatible(ftype: str, gk: Any, pk: Any) -> bool:
    if ftype == "quantity":
        return gk[0] == pk[0] and _units_compatible(gk[1], pk[1])
    return gk == pk


def _attr_norm(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str):
        return _fold(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return _num(v)
    if isinstance(v, list):
        return tuple(_attr_norm(x) for x in v)
    return v


def _title_norm(t: Any) -> str:
    return _fold(t).casefold()


def _key_repr(ftype: str, key: Any) -> str:
    if ftype == "quantity":
        return f"({key[0]!r}, {' '.join(key[1])!r})"
    return repr(key) if not isinstance(key, str) else key


# --------------------------------------------------------------------------- report

@dataclass
class TypeScore:
    type: str
    gold: int = 0
    pred: int = 0
    tp: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        if not self.gold and not self.pred:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"type": self.type, "gold": self.gold, "pred": self.pred, "tp": self.tp,
                "fp": self.pred - self.tp, "fn": self.gold - self.tp,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class AttrScore:
    type: str
    attr: str
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict:
        return {"type": self.type, "attr": self.attr, "correct": self.correct,
                "total": self.total, "accuracy": self.accuracy}


@dataclass
class Report:
    """Result of :func:`evaluate`.  ``to_dict()`` gives a JSON-ready view."""

    types: dict[str, TypeScore] = field(default_factory=dict)
    attributes: dict[tuple[str, str], AttrScore] = field(default_factory=dict)
    cleaning: dict[str, AttrScore] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)          # error records / missing predictions
    unscored: list[str] = field(default_factory=list)         # predicted docs with no gold
    missed: list[dict] = field(default_factory=list)          # FN: doc_id, type, key, text
    spurious: list[dict] = field(default_factory=list)        # FP: doc_id, type, key, text
    attr_mismatches: list[dict] = field(default_factory=list)  # doc_id, type, key, attr, gold, pred
    cleaning_failures: list[dict] = field(default_factory=list)  # doc_id, check, expected, got
    core_types: tuple[str, ...] = CORE_TYPES

    def micro(self, types: Iterable[str] | None = None) -> TypeScore:
        """Micro-average (summed TP/gold/pred) over ``types`` (default: the core types)."""
        types = self.core_types if types is None else tuple(types)
        m = TypeScore("micro")
        for t in types:
            s = self.types.get(t)
            if s:
                m.gold += s.gold
                m.pred += s.pred
                m.tp += s.tp
        return m

    def to_dict(self) -> dict:
        micro = self.micro().to_dict()
        micro["type"] = "micro (core)"
        micro["types"] = list(self.core_types)
        return {
            "documents": len(self.documents),
            "doc_ids": list(self.documents),
            "types": {t: s.to_dict() for t, s in self.types.items()},
            "attributes": [a.to_dict() for a in self.attributes.values()],
            "cleaning": {k: v.to_dict() for k, v in self.cleaning.items()},
            "micro": micro,
            "errors": list(self.errors),
            "unscored": list(self.unscored),
            "missed": list(self.missed),
            "spurious": list(self.spurious),
            "attribute_mismatches": list(self.attr_mismatches),
            "cleaning_failures": list(self.cleaning_failures),
        }


# --------------------------------------------------------------------------- gold loading

def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    """Read ``<gold_dir>/*.json`` (or ``<gold_dir>/annotations/*.json``) into ``{doc_id: gold}``.

    The key is the file stem (the corpus file name without ``.txt``); non-JSON
    files such as ``GUIDE.md`` are skipped.  An invalid file raises
    ``ValueError`` naming it.
    """
    d = Path(gold_dir)
    if not d.is_dir():
        raise FileNotFoundError(f"gold directory not found: {d}")
    files = sorted(d.glob("*.json"))
    if not files and (d / "annotations").is_dir():
        files = sorted((d / "annotations").glob("*.json"))
    gold: dict[str, dict] = {}
    for p in files:
        if p.name == SPLITS_FILE:
            continue
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ValueError(f"invalid gold annotation file {p}: {e}") from e
        if not isinstance(data, dict):
            raise ValueError(f"invalid gold annotation file {p}: top level is not a JSON object")
        facts = data.get("facts", [])
        if not isinstance(facts, list) or not all(isinstance(f, dict) and "type" in f for f in facts):
            raise ValueError(f"invalid gold annotation file {p}: 'facts' must be a list of objects with a 'type'")
        for k in ("must_remove", "must_keep"):
            if k in data and not isinstance(data[k], list):
                raise ValueError(f"invalid gold annotation file {p}: {k!r} must be a list of strings")
        gold[p.stem] = data
    return gold


# --------------------------------------------------------------------------- matching

def _max_matching(gkeys: list, pkeys: list, compat: Callable[[Any, Any], bool],
                  exact_first: bool = False) -> dict[int, int]:
    """Maximum one-to-one matching gold index -> pred index (Kuhn's algorithm).

    Gold items are processed in order and predicted items tried in order, so
    mentions with equal keys pair up in document order.  With ``exact_first``
    equal keys are matched in a first pass and compatible-but-unequal keys may
    only augment that.
    """
    adj = [[j for j, pk in enumerate(pkeys) if compat(gk, pk)] for gk in gkeys]
    if exact_first:
        adj = [sorted(a, key=lambda j, gk=gk: (pkeys[j] != gk, j)) for a, gk in zip(adj, gkeys)]
    match_p: dict[int, int] = {}

    def try_assign(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_p or try_assign(match_p[j], seen):
                match_p[j] = i
                return True
        return False

    for i in range(len(gkeys)):
        try_assign(i, set())
    return {i: j for j, i in match_p.items()}


def _facts_by_type(facts: Iterable[dict] | None) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for f in facts or []:
        if isinstance(f, dict) and f.get("type"):
            out[f["type"]].append(f)
    return out


def _pred_order(facts: list[dict]) -> list[dict]:
    return sorted(facts, key=lambda f: (f.get("start") if isinstance(f.get("start"), int) else 10**12))


def _score_attrs(report: Report, doc_id: str, ftype: str, key: Any, g: dict, p: dict) -> None:
    for attr in ATTRIBUTES.get(ftype, ()):
        if attr not in g:
            continue
        a = report.attributes.setdefault((ftype, attr), AttrScore(ftype, attr))
        if ftype == "official" and attr == "titles":
            gold_titles = [t for t in (g.get("titles") or []) if t is not None]
            pred_titles = {_title_norm(t) for t in (p.get("titles") or []) if t is not None}
            for t in gold_titles:
                a.total += 1
                if _title_norm(t) in pred_titles:
                    a.correct += 1
                else:
                    report.attr_mismatches.append({
                        "doc_id": doc_id, "type": ftype, "key": _key_repr(ftype, key), "attr": attr,
                        "gold": t, "pred": p.get("titles")})
            continue
        a.total += 1
        gv, pv = _attr_norm(g.get(attr)), _attr_norm(p.get(attr))
        if ftype == "ranking" and attr in ("year", "change") or ftype == "legal_ref" and attr == "year":
            gv, pv = _int(gv), _int(pv)
        if gv == pv:
            a.correct += 1
        else:
            report.attr_mismatches.append({
                "doc_id": doc_id, "type": ftype, "key": _key_repr(ftype, key), "attr": attr,
                "gold": g.get(attr), "pred": p.get(attr)})


def _score_type(report: Report, doc_id: str, ftype: str, gfacts: list[dict], pfacts: list[dict],
                key_type: str | None = None, attrs: bool = True) -> None:
    """Count one type of one document; ``key_type`` keys a pseudo-type like the type it filters."""
    s = report.types.setdefault(ftype, TypeScore(ftype))
    pfacts = _pred_order(pfacts)
    kt = key_type or ftype
    gkeys = [_key(kt, f) for f in gfacts]
    pkeys = [_key(kt, f) for f in pfacts]
    # mention-level pairing (used for attributes; and for counting in multiset mode)
    if ftype == "quantity":
        pairs = _max_matching(gkeys, pkeys, lambda a, b: _compatible(ftype, a, b), exact_first=True)
    else:  # keys are an equivalence: pair equal keys in document order
        free: dict[Any, list[int]] = defaultdict(list)
        for j, k in enumerate(pkeys):
            free[k].append(j)
        pairs = {}
        for i, k in enumerate(gkeys):
            if free.get(k):
                pairs[i] = free[k].pop(0)
    if attrs:
        for i, j in sorted(pairs.items()):
            _score_attrs(report, doc_id, ftype, gkeys[i], gfacts[i], pfacts[j])

    if kt in DISTINCT_TYPES:
        first_g: dict[Any, dict] = {}
        for k, f in zip(gkeys, gfacts):
            first_g.setdefault(k, f)
        first_p: dict[Any, dict] = {}
        for k, f in zip(pkeys, pfacts):
            first_p.setdefault(k, f)
        tp = len(first_g.keys() & first_p.keys())
        s.gold += len(first_g)
        s.pred += len(first_p)
        s.tp += tp
        for k, f in first_g.items():
            if k not in first_p:
                report.missed.append({"doc_id": doc_id, "type": ftype, "key": _key_repr(ftype, k),
                                      "text": f.get("text")})
        for k, f in first_p.items():
            if k not in first_g:
                report.spurious.append({"doc_id": doc_id, "type": ftype, "key": _key_repr(ftype, k),
                                        "text": f.get("text"), "start": f.get("start")})
    else:
        s.gold += len(gfacts)
        s.pred += len(pfacts)
        s.tp += len(pairs)
        matched_p = set(pairs.values())
        for i, f in enumerate(gfacts):
            if i not in pairs:
                report.missed.append({"doc_id": doc_id, "type": ftype, "key": _key_repr(ftype, gkeys[i]),
                                      "text": f.get("text")})
        for j, f in enumerate(pfacts):
            if j not in matched_p:
                report.spurious.append({"doc_id": doc_id, "type": ftype, "key": _key_repr(ftype, pkeys[j]),
                                        "text": f.get("text"), "start": f.get("start")})


def _check_cleaning(report: Report, doc_id: str, gold: dict, pred: dict) -> None:
    text = _fold(pred.get("text") or "")
    for name, want_present in (("must_remove", False), ("must_keep", True)):
        c = report.cleaning.setdefault(name, AttrScore("cleaning", name))
        for s in gold.get(name) or []:
            c.total += 1
            present = _fold(s) in text if _fold(s) else True
            if present == want_present:
                c.correct += 1
            else:
                report.cleaning_failures.append({
                    "doc_id": doc_id, "check": name, "string": s,
                    "problem": "still in text" if present else "missing from text"})
    if "page_kind" in gold:
        c = report.cleaning.setdefault("page_kind", AttrScore("cleaning", "page_kind"))
        c.total += 1
        got = pred.get("page_kind") or "article"
        if got == gold["page_kind"]:
            c.correct += 1
        else:
            report.cleaning_failures.append({"doc_id": doc_id, "check": "page_kind", "string": gold["page_kind"],
                                             "problem": f"predicted {got!r}"})
    if "title" in gold:
        c = report.cleaning.setdefault("title", AttrScore("cleaning", "title"))
        c.total += 1
        gt, pt = gold.get("title"), pred.get("title")
        ok = (gt is None and pt is None) or (gt is not None and pt is not None and _fold(gt) == _fold(pt))
        if ok:
            c.correct += 1
        else:
            report.cleaning_failures.append({"doc_id": doc_id, "check": "title", "string": gt,
                                             "problem": f"predicted {pt!r}"})


def evaluate(gold: dict[str, dict], pred: dict[str, dict],
             core_types: Iterable[str] = CORE_TYPES) -> Report:
    """Score predicted articles against gold annotations (docs/format.md); see the module docstring.

    ``gold`` maps doc_id → gold annotation dict, ``pred`` maps doc_id → article
    dict (or error record).  Every gold document is scored; a missing
    prediction or an error record counts as an empty article and is listed in
    ``report.errors``.  Predicted documents without gold are listed in
    ``report.unscored`` and otherwise ignored.
    """
    report = Report(core_types=tuple(core_types))
    for t in ALL_TYPES:
        report.types[t] = TypeScore(t)
    for t, attrs in ATTRIBUTES.items():
        for a in attrs:
            report.attributes[(t, a)] = AttrScore(t, a)
    for name in ("must_remove", "must_keep", "title", "page_kind"):
        report.cleaning[name] = AttrScore("cleaning", name)
    report.types[RELATIVE_DATE] = TypeScore(RELATIVE_DATE)

    for doc_id in sorted(gold):
        g = gold[doc_id] or {}
        report.documents.append(doc_id)
        p = pred.get(doc_id)
        if p is None:
            report.errors.append({"doc_id": doc_id, "kind": "missing", "message": "no prediction for this document"})
            p = {}
        elif p.get("error"):
            err = p.get("error") or {}
            if not isinstance(err, dict):
                err = {"kind": "error", "message": str(err)}
            report.errors.append({"doc_id": doc_id, "kind": err.get("kind"), "message": err.get("message")})
            p = {}
        gby, pby = _facts_by_type(g.get("facts")), _facts_by_type(p.get("facts"))
        for t in list(ALL_TYPES) + sorted((gby.keys() | pby.keys()) - set(ALL_TYPES)):
            if t in gby or t in pby:
                _score_type(report, doc_id, t, gby.get(t, []), pby.get(t, []))
        grel = [f for f in gby.get("date", []) if f.get("relative")]
        prel = [f for f in pby.get("date", []) if f.get("relative")]
        if grel or prel:
            _score_type(report, doc_id, RELATIVE_DATE, grel, prel, key_type="date", attrs=False)
        _check_cleaning(report, doc_id, g, p)
    report.unscored = sorted(set(pred) - set(gold))
    return report


# --------------------------------------------------------------------------- formatting

def _f(v: float | None) -> str:
    return "    —" if v is None else f"{v:5.3f}"


def _type_row(label: str, s: TypeScore) -> str:
    return (f"{label:<24}{s.gold:>6}{s.pred:>6}{s.tp:>6}{s.pred - s.tp:>6}{s.gold - s.tp:>6}"
            f"  {_f(s.precision)}  {_f(s.recall)}  {_f(s.f1)}")


_TYPE_HEADER = f"{'type':<24}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}  {'    P':>5}  {'    R':>5}  {'   F1':>5}"


def format_table(report: Report, extra_rows: Iterable[tuple[str, TypeScore]] = ()) -> str:
    """A fixed-width table: per-type P/R/F1, attribute accuracies, cleaning checks, micro line.

    ``extra_rows`` are (label, TypeScore) rows printed after the per-type rows
    (used for baselines).
    """
    lines: list[str] = []
    n_err = len(report.errors)
    lines.append(f"documents: {len(report.documents)}   error/missing records: {n_err}")
    for e in report.errors:
        lines.append(f"  ! {e['doc_id']}: {e.get('kind')}: {e.get('message')}")
    lines.append("")
    lines.append(_TYPE_HEADER)
    lines.append("-" * len(_TYPE_HEADER))
    for t, s in report.types.items():
        label = t + (" *" if t in report.core_types else "")
        lines.append(_type_row(label, s))
    for label, s in extra_rows:
        lines.append(_type_row(label, s))
    lines.append("(* core type, included in the micro average)")
    lines.append("")
    head = f"{'attribute (matched pairs)':<36}{'correct':>8}{'total':>8}{'acc':>8}"
    lines.append(head)
    lines.append("-" * len(head))
    for (t, a), sc in report.attributes.items():
        lines.append(f"{t + '.' + a:<36}{sc.correct:>8}{sc.total:>8}   {_f(sc.accuracy)}")
    lines.append("")
    head = f"{'cleaning check':<36}{'passed':>8}{'total':>8}{'acc':>8}"
    lines.append(head)
    lines.append("-" * len(head))
    for name, sc in report.cleaning.items():
        lines.append(f"{name:<36}{sc.correct:>8}{sc.total:>8}   {_f(sc.accuracy)}")
    lines.append("")
    lines.append(_TYPE_HEADER)
    lines.append("-" * len(_TYPE_HEADER))
    lines.append(_type_row("micro (core types)", report.micro()))
    return "\n".join(lines) + "\n"


def format_errors(report: Report) -> str:
    """List every missed (FN) and spurious (FP) fact, then attribute and cleaning failures."""
    lines: list[str] = []
    lines.append(f"missed facts (FN): {len(report.missed)}")
    for m in sorted(report.missed, key=lambda m: (m["doc_id"], m["type"])):
        lines.append(f"  FN  {m['doc_id']}  {m['type']:<12} {m['key']}   text={m.get('text')!r}")
    lines.append(f"spurious facts (FP): {len(report.spurious)}")
    for m in sorted(report.spurious, key=lambda m: (m["doc_id"], m["type"])):
        where = f" @{m['start']}" if m.get("start") is not None else ""
        lines.append(f"  FP  {m['doc_id']}  {m['type']:<12} {m['key']}   text={m.get('text')!r}{where}")
    lines.append(f"attribute mismatches on matched pairs: {len(report.attr_mismatches)}")
    for m in report.attr_mismatches:
        lines.append(f"  ATTR {m['doc_id']}  {m['type']}.{m['attr']}  [{m['key']}]  gold={m['gold']!r} pred={m['pred']!r}")
    lines.append(f"cleaning failures: {len(report.cleaning_failures)}")
    for m in report.cleaning_failures:
        lines.append(f"  CLEAN {m['doc_id']}  {m['check']}: {m['string']!r} — {m['problem']}")
    if report.errors:
        lines.append(f"error/missing records: {len(report.errors)}")
        for e in report.errors:
            lines.append(f"  ERR {e['doc_id']}: {e.get('kind')}: {e.get('message')}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- baseline

_NER = None


def _underthesea_ner():
    """Import ``underthesea.ner`` lazily without letting it configure the root logger."""
    global _NER
    if _NER is None:
        from .segment import import_underthesea  # noqa: PLC0415

        _NER = import_underthesea().ner
    return _NER


def _per_spans(tagged: list) -> list[str]:
    """Join runs of consecutive B-PER/I-PER tokens into names."""
    names, cur = [], []
    for tok in tagged:
        word, tag = tok[0], tok[-1]
        if tag in ("B-PER", "I-PER"):
            cur.append(word)
        elif cur:
            names.append(" ".join(cur))
            cur = []
    if cur:
        names.append(" ".join(cur))
    return names


def underthesea_officials(article: dict) -> list[dict]:
    """underthesea CRF ``ner`` PER spans over each sentence of ``article['text']``, as official facts."""
    ner = _underthesea_ner()
    text = article.get("text") or ""
    sents = article.get("sentences") or [{"start": 0, "end": len(text)}]
    facts: list[dict] = []
    for si, s in enumerate(sents):
        a, b = s.get("start", 0), s.get("end", len(text))
        chunk = text[a:b]
        if not chunk.strip():
            continue
        try:
            tagged = ner(chunk)
        except Exception:  # noqa: BLE001 - a baseline must not stop the evaluation
            continue
        for name in _per_spans(tagged):
            off = chunk.find(name)
            facts.append({"type": "official", "text": name, "name": name, "titles": [],
                          "start": a + off if off >= 0 else None, "sentence": si})
    return facts


# --------------------------------------------------------------------------- run

def load_splits(gold_dir: str | Path, gold: dict[str, dict]) -> dict[str, list[str]]:
    """``{"dev": [...], "test": [...]}`` for the documents of ``gold`` (see :data:`SPLITS_FILE`).

    Without a splits file every document is ``dev``.  A ``test`` id without a gold file is an error.
    """
    path = Path(gold_dir) / SPLITS_FILE
    test: set[str] = set()
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        test = set(data.get("test") or [])
        unknown = sorted(test - set(gold))
        if unknown:
            raise ValueError(f"{path}: test documents without a gold file: {', '.join(unknown)}")
    return {"dev": sorted(set(gold) - test), "test": sorted(test)}


def _repo_root(gold_dir: str | Path) -> Path:
    """The nearest directory above ``gold_dir`` that holds ``corpus/`` (else the gold dir's parent)."""
    d = Path(gold_dir).resolve()
    for up in d.parents:
        if (up / "corpus").is_dir():
            return up
    return d.parent


def shared_dir(gold_dir: str | Path) -> Path:
    """The data provided beside the repository (``<repo>/../shared``), where crawled posts live."""
    return _repo_root(gold_dir).parent / "shared"


def _jsonl_records(path: Path) -> dict[str, dict]:
    import gzip  # noqa: PLC0415

    opener = gzip.open if path.suffix == ".gz" else open
    out: dict[str, dict] = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                obj = json.loads(line)
                if isinstance(obj, dict) and obj.get("id") is not None:
                    out.setdefault(str(obj["id"]), obj)
    return out


def _locate(gold_dir: Path, gold: dict[str, dict], inputs: list[str] | None,
            shared: Path | None) -> tuple[list[tuple[str, str, Any]], list[str]]:
    """Find the raw input of every gold document (or of the given inputs).

    A gold file whose ``source`` is ``crawl:<name>/<id>`` is read from
    ``<shared>/crawl/<name>.jsonl.gz`` (record ``id``); ``shared:<path>`` from ``<shared>/<path>``;
    anything else from ``corpus/<doc_id>.txt`` beside the annotations.  Returns the inputs found
    and the doc_ids whose input is missing.
    """
    found: list[tuple[str, str, Any]] = []
    missing: list[str] = []
    if inputs:
        for s in inputs:
            p = Path(s)
            files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
            for f in files:
                if f.name.endswith((".jsonl", ".jsonl.gz")):
                    for rid, rec in _jsonl_records(f).items():
                        if rid in gold:
                            found.append((rid, f"{f}#{rid}", rec))
                else:
                    found.append((f.stem, str(f), f))
        return found, missing
    shared = shared or shared_dir(gold_dir)
    corpus_dirs = [_repo_root(gold_dir) / "corpus", Path.cwd() / "corpus"]
    corpus = next((c for c in corpus_dirs if c.is_dir()), corpus_dirs[0])
    jsonl_cache: dict[Path, dict[str, dict]] = {}
    for doc_id in sorted(gold):
        src = str(gold[doc_id].get("source") or "")
        if src.startswith("crawl:"):
            name, _, rid = src[len("crawl:"):].partition("/")
            path = shared / "crawl" / f"{name}.jsonl.gz"
            if path not in jsonl_cache:
                jsonl_cache[path] = _jsonl_records(path) if path.is_file() else {}
            rec = jsonl_cache[path].get(rid or doc_id)
            if rec is None:
                missing.append(doc_id)
            else:
                found.append((doc_id, src, rec))
            continue
        path = shared / src[len("shared:"):] if src.startswith("shared:") else corpus / f"{doc_id}.txt"
        if path.is_file():
            found.append((doc_id, str(path), path))
        else:
            missing.append(doc_id)
    return found, missing


def _predict(doc_id: str, source: str, payload: Any) -> dict:
    import cchc_extract as cx  # noqa: PLC0415 - the only dependency on the pipeline

    try:
        if isinstance(payload, dict):  # a JSONL record: {"id", "text" | "html", "url"?}
            data = payload.get("text") if payload.get("text") is not None else payload.get("html") or ""
            rec = cx.extract(data, doc_id=doc_id, source=source)
        else:
            rec = cx.extract(Path(payload).read_bytes(), doc_id=doc_id, source=source)
        return _as_dict(rec)
    except Exception as e:  # noqa: BLE001 - an evaluation run never stops on one document
        return {"doc_id": doc_id, "source": source,
                "error": {"kind": "exception", "message": f"{type(e).__name__}: {e}"}}


def predict_gold(gold_dir: str | Path, gold: dict[str, dict], inputs: list[str] | None = None,
                 shared: Path | None = None) -> tuple[dict[str, dict], list[str]]:
    """Run the pipeline on the input of every gold document: ``({doc_id: record}, missing ids)``."""
    found, missing = _locate(Path(gold_dir), gold, inputs, shared)
    return {doc_id: _predict(doc_id, src, payload) for doc_id, src, payload in found}, missing


def _as_dict(rec: Any) -> dict:
    if isinstance(rec, dict):
        return rec
    if hasattr(rec, "model_dump"):
        return rec.model_dump(mode="json")
    raise TypeError(f"extract() returned {type(rec).__name__}, expected a pydantic model or dict")


def _baseline_report(gold: dict[str, dict], pred: dict[str, dict]) -> Report:
    base_pred = {}
    for doc_id, rec in pred.items():
        if rec.get("error"):
            base_pred[doc_id] = rec
        else:
            base_pred[doc_id] = {"doc_id": doc_id, "text": rec.get("text"), "title": rec.get("title"),
                                 "facts": underthesea_officials(rec)}
    return evaluate(gold, base_pred)


def run(gold_dir: str | Path, inputs: list[str] | None = None, show_errors: bool = False,
        as_json: bool = False, out: TextIO = sys.stdout, baseline: str | None = None,
        against: str | Path | None = None, split: str | None = None,
        shared: str | Path | None = None) -> int:
    """Extract the input of every gold document, score it, print the tables (or JSON).

    Inputs default to each gold file's own source (``corpus/<doc_id>.txt``, or a crawled post in
    ``../shared/crawl`` for ``source: crawl:…``); given inputs restrict the run to them.  With a
    splits file the ``dev`` and ``test`` documents are scored and printed separately (``split``
    picks one).  ``against`` scores a second annotation set in place of the pipeline (agreement
    between two readers, on the documents both annotated).  ``baseline="underthesea"`` adds
    underthesea's CRF NER (PER spans) scored as ``official`` facts.  Returns the exit code.
    """
    gold_dir = Path(gold_dir)
    try:
        gold = load_gold(gold_dir)
        splits = load_splits(gold_dir, gold)
    except (FileNotFoundError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not gold:
        print(f"error: no gold annotation files (*.json) in {gold_dir}", file=sys.stderr)
        return 2
    if baseline and baseline != "underthesea":
        print(f"error: unknown baseline {baseline!r} (known: underthesea)", file=sys.stderr)
        return 2
    if split and split not in SPLITS:
        print(f"error: unknown split {split!r} (known: {', '.join(SPLITS)})", file=sys.stderr)
        return 2
    missing: list[str] = []
    not_evaluated: list[str] = []
    if against is not None:
        try:
            second = load_gold(against)
        except (FileNotFoundError, ValueError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        both = sorted(set(gold) & set(second))
        if not both:
            print(f"error: no document is annotated in both {gold_dir} and {against}", file=sys.stderr)
            return 2
        gold = {k: gold[k] for k in both}
        # a reader's annotation has no cleaned text: score facts only
        pred = {k: {"facts": second[k].get("facts", [])} for k in both}
        for k in both:
            gold[k] = {key: v for key, v in gold[k].items() if key not in ("must_remove", "must_keep")}
            for key in ("title", "page_kind"):
                if key in gold[k]:
                    pred[k][key] = second[k].get(key)
    else:
        pred, missing = predict_gold(gold_dir, gold, inputs, Path(shared) if shared else None)
        if inputs:
            not_evaluated = sorted(set(gold) - set(pred))
            gold = {k: v for k, v in gold.items() if k in pred}
        else:
            gold = {k: v for k, v in gold.items() if k not in missing}

    groups: list[tuple[str, dict[str, dict]]] = []
    # agreement between readers is one table unless a split is asked for
    has_test = any(d in gold for d in splits["test"]) and (against is None or split is not None)
    if not has_test and split is None:
        groups.append(("all", gold))
    for name in SPLITS:
        sub = {k: v for k, v in gold.items() if k in splits[name]}
        if split == name or (split is None and has_test):
            groups.append((name, sub))
    reports = [(name, evaluate(sub, pred), _baseline_report(sub, pred) if baseline else None)
               for name, sub in groups]

    if as_json:
        d: dict[str, Any] = {}
        if len(reports) == 1:
            d = reports[0][1].to_dict()
        else:
            d = evaluate(gold, pred).to_dict()
        d["splits"] = {name: r.to_dict() for name, r, _ in reports}
        d["missing_inputs"] = missing
        d["not_evaluated"] = not_evaluated
        for name, r, b in reports:
            if b is not None:
                d["splits"][name]["baseline"] = {"name": baseline, "official": b.types["official"].to_dict(),
                                                 "official_pipeline": r.types["official"].to_dict()}
        if len(reports) == 1 and reports[0][2] is not None:
            d["baseline"] = d["splits"][reports[0][0]]["baseline"]
        json.dump(d, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if missing:
        where = Path(shared) if shared else shared_dir(gold_dir)
        out.write(f"note: {len(missing)} gold documents not scored, their input was not found "
                  f"(crawled posts are read from {where}; see --shared); listed at the end\n\n")
    if against is not None:
        out.write(f"agreement: {gold_dir} (as gold) against {against} (as prediction), "
                  f"{len(gold)} documents annotated by both; cleaning checks not scored\n\n")
    for n, (name, report, base) in enumerate(reports):
        if n:
            out.write("\n")
        if has_test or split:
            out.write(f"=== split: {name} ({len(report.documents)} documents) ===\n")
        out.write(format_table(report))
        if base is not None:
            out.write(f"\nbaseline: {baseline} CRF ner, PER spans scored as official facts\n")
            out.write(_TYPE_HEADER + "\n" + "-" * len(_TYPE_HEADER) + "\n")
            out.write(_type_row("official", report.types["official"]) + "\n")
            out.write(_type_row(f"official[{baseline}]", base.types["official"]) + "\n")
        if show_errors:
            out.write("\n" + format_errors(report))
    if not_evaluated:
        out.write(f"\ngold documents not among the inputs (not evaluated): {', '.join(not_evaluated)}\n")
    if missing:
        out.write(f"\ngold documents whose input was not found (not evaluated): {', '.join(missing)}\n")
    unscored = sorted(set(pred) - set(gold))
    if unscored:
        out.write(f"\ninputs without gold (not scored): {', '.join(unscored)}\n")
    return 0


def add_arguments(v: Any) -> None:
    """The ``eval`` subcommand's arguments (kept beside :func:`run`)."""
    v.add_argument("--gold", required=True, metavar="DIR",
                   help="directory of gold annotations, one <doc_id>.json each, and splits.json (required)")
    v.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="restrict the run to these files, directories (*.txt) or JSONL files "
                        "(default: each gold file's own source: corpus/<doc_id>.txt or ../shared/crawl)")
    v.add_argument("--split", choices=list(SPLITS),
                   help="score one split only (default: dev and test, each in its own table)")
    v.add_argument("--against", metavar="DIR",
                   help="score a second reader's annotations in DIR against --gold, for agreement "
                        "(default: score the pipeline)")
    v.add_argument("--shared", metavar="DIR",
                   help="where crawled posts are read from (default: ../shared beside the repository)")
    v.add_argument("--errors", action="store_true", help="list each missed and spurious fact (default: off)")
    v.add_argument("--json", action="store_true", help="print the scores as JSON (default: a table)")
    v.add_argument("--baseline", choices=["underthesea"],
                   help="also score underthesea's NER as a baseline (needs the 'underthesea' extra; "
                        "default: none)")
