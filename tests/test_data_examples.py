"""Every data file follows its schema (``data/schema.json``), and every ``examples`` /
``counter_examples`` entry of every data file passes the check its schema names.

Every string example is also run through the whole pipeline: it gives an article whose facts
are anchored in its text.
"""
from __future__ import annotations

import json

import pytest
import regex

import cchc_extract as cx
from cchc_extract import datafiles
from cchc_extract.resources import load

CASES = [c for name in datafiles.data_files() for c in datafiles.example_cases(name)]


@pytest.mark.parametrize("name", datafiles.data_files())
def test_file_follows_its_schema(name):
    assert datafiles.validate(name) == []


def test_validate_reports_unknown_missing_and_mistyped_keys(monkeypatch):
    bad = {"source": "x" * 30, "time_words": {"words": "ngày", "note": "n", "examples": [], "counter_examples": [],
                                              "colour": "red"}}
    monkeypatch.setattr(datafiles, "load", lambda n: bad if n == "dates" else load(n))
    problems = datafiles.validate("dates")
    assert "dates.time_words.words: expected a list of strings" in problems
    assert any("unknown key 'colour'" in p for p in problems)
    assert any("lacks the key 'holidays'" in p for p in problems)


def test_an_unlisted_file_follows_the_default_schema(monkeypatch):
    new = {"source": "x" * 30, "triggers": {"words": ["phấn đấu"], "note": "n", "examples": ["Tỉnh phấn đấu đạt 90%."],
                                            "check": {"kind": "fact", "type": "target"}}}
    monkeypatch.setattr(datafiles, "load", lambda n: new if n == "newfile" else load(n))
    assert datafiles.validate("newfile") == []
    [case] = datafiles.example_cases("newfile")
    assert case.check == {"kind": "fact", "type": "target"} and case.example == "Tỉnh phấn đấu đạt 90%."
    new["triggers"]["check"] = {"kind": "guess"}
    assert datafiles.validate("newfile") != []


def test_every_section_with_examples_has_a_check():
    assert CASES and all(c.check is not None for c in CASES), [str(c) for c in CASES if c.check is None][:5]
    assert {c.file for c in CASES} >= {"regions", "dates", "indices", "legal_codes", "numbers", "people", "places_rules"}


# ------------------------------------------------------------------------------ the checks

def _article(text):
    art = cx.extract(text)
    assert isinstance(art, cx.Article), art
    for f in art.facts:
        assert art.text[f.start:f.end] == f.text
    return art


def _values(entry, fields):
    out = []
    for f in fields:
        v = entry.get(f)
        out.extend([v] if isinstance(v, str) else list(v or []))
    return out


def _mentions(case):
    words = _values(case.entry, case.check.get("fields", []))
    if not words:
        return case.example.strip() != ""
    low = case.example.casefold()
    return any(w.casefold() in low for w in words)


def _pattern(case):
    flags = regex.I if "i" in case.check.get("flags", "") else 0
    pats = _values(case.entry, case.check["fields"])
    return any(regex.search(p, case.example, flags) for p in pats)


def _fact(case):
    match = case.check.get("match", {})
    art = _article(case.example)
    return any(f.type == case.check["type"] and all(getattr(f, k) == case.entry.get(v, v) for k, v in match.items())
               for f in art.facts)


def _line_rule(case):
    from cchc_extract.clean import _classify
    from cchc_extract.normalize import normalize

    got = _classify(normalize(case.example), not case.counter, 2.0)
    return (got is None) if case.counter else (got is not None)


def _removed(case):
    art = _article(case.example)
    return any(r.reason == case.check["reason"] for r in art.removed)


def _legacy(case):
    from cchc_extract.decode import _DECODERS, encode_legacy

    text, hexbytes = case.example
    enc = case.check["encoding"]
    return encode_legacy(text, enc) == bytes.fromhex(hexbytes) and _DECODERS[enc](bytes.fromhex(hexbytes)) == text


def _sentences(case):
    from cchc_extract.segment import join_paragraphs, split_sentences

    text, n = case.example
    body, paras = join_paragraphs([text])
    return len(split_sentences(body, paras)) == n


def _quantity(case):
    text, value, unit = case.example
    art = _article(text)
    return [(f.value, f.unit) for f in art.facts if f.type == "quantity"] == [(value, unit)]


def _relative_date(case):
    row = case.example if isinstance(case.example, dict) else {"text": case.example, "published": "2024-05-14"}
    art = cx.extract(row["text"], published=row["published"])
    if isinstance(case.example, str):  # a counter-example: any relative date is a hit
        return any(f.type == "date" and f.relative for f in art.facts)
    return any(f.type == "date" and f.relative and (f.value, f.precision) == (row["value"], row["precision"])
               for f in art.facts)


CHECKS = {"mentions": _mentions, "pattern": _pattern, "fact": _fact, "no_fact": lambda c: not _fact(c),
          "line_rule": _line_rule, "removed": _removed, "legacy": _legacy, "sentences": _sentences,
          "quantity": _quantity, "relative_date": _relative_date}


def test_every_check_kind_has_a_runner():
    assert set(CHECKS) == datafiles.CHECK_KINDS


@pytest.mark.parametrize("case", CASES, ids=str)
def test_example(case):
    if isinstance(case.example, str):  # every example runs through the pipeline
        rec = cx.extract(case.example)
        if not (isinstance(rec, cx.ErrorRecord) and rec.error.kind == "empty"):  # a line of markup only
            _article(case.example)
    kind = case.check["kind"]
    ok = CHECKS[kind](case)
    if case.counter and kind not in ("line_rule",):
        ok = not ok
    assert ok, f"{case.path}: {json.dumps(case.example, ensure_ascii=False)} fails {case.check}"
