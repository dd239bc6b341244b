"""The spaCy component (``cchc_extract.spacy_component``): every fact of ``cx.extract`` as a span
with its fact, on clean text and on raw pages cleaned first; alignment to token boundaries;
displaCy's span rendering of overlapping facts; serialisation."""
from __future__ import annotations

import re

import pytest

spacy = pytest.importorskip("spacy", reason="pip install 'cchc_extract[spacy]'")

import cchc_extract as cx  # noqa: E402
from cchc_extract.spacy_component import displacy_options, extract_clean_text, nlp_article  # noqa: E402

from conftest import CORPUS, SEEDS, check_article  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("xx")
    nlp.add_pipe("cchc_extract")
    return nlp


def dumped(facts):
    return [f.model_dump() for f in facts]


def check_spans(doc, facts):
    """Every fact is a span of its type covering it; span._.cchc is the fact."""
    spans = list(doc.spans["cchc"])
    assert len(spans) == len(facts)
    for span, fact in zip(spans, facts):
        assert span.label_ == fact.type
        assert span.start_char <= fact.start and fact.end <= span.end_char
        assert doc.text[fact.start:fact.end] == fact.text
        assert span._.cchc == fact


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_articles_clean_text(nlp, path):
    art = check_article(cx.extract(path.read_bytes(), doc_id=path.stem))
    doc = nlp.make_doc(art.text)
    doc._.cchc_published = art.published  # days without a year take the article's year
    doc = nlp(doc)
    got = doc._.cchc_article
    assert got.text == doc.text == art.text
    assert dumped(got.facts) == dumped(art.facts)
    check_spans(doc, art.facts)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_articles_raw_page_cleaned_first(nlp, path):
    raw = path.read_bytes()
    art = cx.extract(raw, doc_id=path.stem)
    for doc in (nlp_article(nlp, art), nlp_article(nlp, raw, doc_id=path.stem)):
        got = doc._.cchc_article
        assert doc.text == art.text
        assert (got.title, got.published, got.removed) == (art.title, art.published, art.removed)
        assert dumped(got.facts) == dumped(art.facts)
        check_spans(doc, art.facts)


def test_plain_call_on_clean_text(nlp):
    text = "Hôm qua, UBND tỉnh Thái Nguyên công bố Chỉ số cải cách hành chính năm 2023 xếp thứ 6/63."
    doc = nlp(text)
    labels = [s.label_ for s in doc.spans["cchc"]]
    assert "ranking" in labels and "province" in labels and "date" not in labels  # no published
    doc = nlp.make_doc(text)
    doc._.cchc_published = "Thứ ba, 14/05/2024 14:41 (GMT+7)"  # any metadata form
    doc = nlp(doc)
    rel = [s._.cchc for s in doc.spans["cchc"] if s.label_ == "date"]
    assert [(f.text, f.value, f.relative) for f in rel] == [("Hôm qua", "2024-05-13", True)]
    assert doc._.cchc_article.published == "2024-05-14"


def test_offsets_off_token_boundaries_are_expanded(nlp):
    text = "Ngày24/9/2020, UBND tỉnh Thái Nguyên tổ chức hội nghị."
    doc = nlp(text)
    date = next(s for s in doc.spans["cchc"] if s.label_ == "date")
    fact = date._.cchc
    assert fact.text == "24/9/2020" and text[fact.start:fact.end] == "24/9/2020"
    assert doc.char_span(fact.start, fact.end) is None  # not on token boundaries …
    assert date.text == "Ngày24/9/2020"                  # … so the span takes the whole token


def test_expanded_span_in_the_corpus(nlp):
    path = next(CORPUS.glob("031_*.txt"), None)
    if path is None:
        pytest.skip("corpus/031 absent")
    art = cx.extract(path.read_bytes())
    doc = nlp_article(nlp, art)
    glued = [(s, s._.cchc) for s in doc.spans["cchc"] if (s.start_char, s.end_char) != (s._.cchc.start, s._.cchc.end)]
    assert glued and all(s.start_char <= f.start and f.end <= s.end_char for s, f in glued)
    assert len(doc.spans["cchc"]) == len(art.facts)


def test_text_needing_normalization_maps_back(nlp):
    text = "Tỉnh Hoà\u00a0Bình đạt 99,5%.\r\nUBND tỉnh Thái Nguyên\u200b họp ngày 24/9/2020."
    doc = nlp(text)
    facts = [s._.cchc for s in doc.spans["cchc"]]
    for f in facts:
        assert text[f.start:f.end] == f.text
    names = {f.name for f in facts if f.type == "province"}
    assert names == {"Hòa Bình", "Thái Nguyên"}
    assert {f.value for f in facts if f.type in ("percentage", "date")} == {99.5, "2020-09-24"}


def test_extract_clean_text_keeps_every_line():
    art = check_article(extract_clean_text("Thái Nguyên đạt 99,5%.\n\nCác tin khác\nBắc Kạn đạt 98%."))
    assert art.title is None and art.removed == []
    assert "Các tin khác" in art.text and len(art.paragraphs) == 3
    assert [f.value for f in art.of_type("percentage")] == [99.5, 98.0]


def test_displacy_draws_overlapping_facts(nlp):
    from spacy import displacy

    doc = nlp("Sở Nội vụ tỉnh Thái Nguyên đạt 99,5%. Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà dự họp.")
    spans = list(doc.spans["cchc"])
    overlapping = [(a, b) for i, a in enumerate(spans) for b in spans[i + 1:]
                   if a.start < b.end and b.start < a.end]
    assert overlapping  # a province inside an organisation, an organisation inside a title chain
    html = displacy.render(doc, style="span", options=displacy_options())
    labels = re.findall(r">\s*([a-z_]+)\s*</span>", html)
    assert labels == [s.label_ for s in spans]
    # the token "Thái" carries one bar per span over it, at different heights
    block = html[html.index("Thái"):html.index("Nguyên")]
    assert len(set(re.findall(r"top: (\d+)px", block))) >= 2
    assert "#" in html and "background" in html


def test_serialisation_round_trip(nlp):
    from spacy.tokens import Doc, DocBin

    doc = nlp_article(nlp, cx.extract(SEEDS[4].read_bytes()))  # two rankings over the same tokens
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert dumped(back._.cchc_article.facts) == dumped(doc._.cchc_article.facts)
    assert [s._.cchc for s in back.spans["cchc"]] == [s._.cchc for s in doc.spans["cchc"]]
    db = DocBin(store_user_data=True, docs=[doc])
    (back2,) = DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert len(back2.spans["cchc"]) == len(doc.spans["cchc"])
    assert back2._.cchc_article.removed == doc._.cchc_article.removed and back2._.cchc_article.removed


def test_pipe_and_empty_docs(nlp):
    docs = list(nlp.pipe(["", "   ", "Tỉnh Thái Nguyên đạt 99,5%."]))
    assert [len(d.spans["cchc"]) for d in docs] == [0, 0, 2]
    assert all(isinstance(d._.cchc_article, cx.Article) for d in docs)


@pytest.mark.parametrize("raw", [b"", b"\x00\x01\x02" * 100, "   "])
def test_raw_page_that_cannot_be_read_gives_an_error_record(nlp, raw):
    doc = nlp_article(nlp, raw, doc_id="bad")
    assert doc.text == "" and len(doc.spans["cchc"]) == 0
    assert isinstance(doc._.cchc_article, cx.ErrorRecord) and doc._.cchc_article.doc_id == "bad"


def test_on_a_vietnamese_pipeline_where_installed():
    try:
        nlp_vi = spacy.blank("vi")  # needs pyvi; a trained Vietnamese pipeline works the same way
        nlp_vi.make_doc("thử")
    except Exception as exc:  # noqa: BLE001 - pyvi missing or broken: optional
        pytest.skip(f"spacy.blank('vi') unavailable ({type(exc).__name__})")
    nlp_vi.add_pipe("cchc_extract")
    art = cx.extract(SEEDS[2].read_bytes())
    doc = nlp_article(nlp_vi, art)
    check_spans(doc, art.facts)
