"""Shared test helpers. ``check_article`` is the one place the offset invariant is checked:
every test that gets an Article from the pipeline passes it through here."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("00[0-4]_*.txt"))


def check_article(art):
    """Assert the docs/format.md invariants of one Article and return it."""
    from cchc_extract.models import Article

    assert isinstance(art, Article), f"expected an Article, got {art!r}"
    text = art.text
    for p in art.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)
    prev_end = 0
    for s in art.sentences:
        assert prev_end <= s.start <= s.end <= len(text)
        prev_end = s.end
    for f in art.facts:
        assert text[f.start:f.end] == f.text, f"offsets broken for {f!r}"
        s = art.sentences[f.sentence]
        assert s.start <= f.start and f.end <= s.end, f"fact {f.text!r} not inside its sentence {f.sentence}"
    return art


def facts_of(text, type_=None, **kw):
    """The facts (of one type, or all) the pipeline finds in ``text``, the invariants checked."""
    import cchc_extract as cx

    art = check_article(cx.extract(text, **kw))
    return [f for f in art.facts if type_ is None or f.type == type_]


def targets_of(text, **kw):
    """``(value, unit, comparator, deadline)`` of each target found in ``text``."""
    return [(f.value, f.unit, f.comparator, f.deadline) for f in facts_of(text, "target", **kw)]


def extract_in_body(text, body):
    """The Article of ``text`` placed under ``body`` (a first line becomes the headline, so the
    sentences under it stay in the body), the invariants checked."""
    import cchc_extract as cx

    return check_article(cx.extract(body + text))


def officials_in_body(text, body):
    """``(name, titles)`` of each official found in ``text`` placed under ``body``."""
    return [(o.name, o.titles) for o in extract_in_body(text, body).of_type("official")]


@pytest.fixture
def extract_checked():
    import cchc_extract as cx

    def run(data, **kw):
        return check_article(cx.extract(data, **kw))

    return run


@pytest.fixture(scope="session")
def seed_articles():
    import cchc_extract as cx

    return {p.stem: check_article(cx.extract(p.read_bytes(), doc_id=p.stem, source=str(p))) for p in SEEDS}


def representable(text: str, encoding: str) -> str:
    """``text`` with each character a legacy encoding cannot write replaced by '?'."""
    from cchc_extract.decode import encode_legacy

    out = []
    for ch in text:
        try:
            encode_legacy(ch, encoding, errors="strict")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)
