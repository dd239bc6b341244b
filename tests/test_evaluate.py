"""Tests of cchc_extract.evaluate on small synthetic gold/pred dicts (docs/format.md)."""
from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cchc_extract.evaluate import (  # noqa: E402
    CORE_TYPES,
    evaluate,
    format_errors,
    format_table,
    load_gold,
)


def art(facts, text="", title=None, **kw):
    d = {"schema_version": "1", "doc_id": "d", "title": title, "text": text, "facts": facts}
    d.update(kw)
    return d


def gold_doc(facts, **kw):
    d = {"doc_id": "d", "facts": facts}
    d.update(kw)
    return d


PROV_TN = {"type": "province", "text": "Thái Nguyên", "name": "Thái Nguyên", "name_2025": "Thái Nguyên"}
PROV_BK = {"type": "province", "text": "Bắc Kạn", "name": "Bắc Kạn", "name_2025": "Thái Nguyên"}


def pct(v, **kw):
    d = {"type": "percentage", "text": f"{v}%", "value": v}
    d.update(kw)
    return d


# ---------------------------------------------------------------- basic P/R/F1

def test_perfect_match_gives_f1_one():
    facts = [
        PROV_TN,
        pct(99.82, comparator="eq", subject="Lạng Sơn"),
        {"type": "legal_ref", "number": "45/2020/NĐ-CP", "doc_type": "Nghị định", "issuer": "Chính phủ", "year": 2020},
        {"type": "official", "name": "Mai Tiến Dũng", "titles": ["Bộ trưởng"]},
        {"type": "date", "value": "2020-09-24", "precision": "day"},
        {"type": "period", "start_year": 2021, "end_year": 2030},
        {"type": "ranking", "index": "PAR INDEX", "rank": 14, "out_of": 63, "year": 2019, "subject": "Thái Nguyên"},
        {"type": "target", "value": 50, "unit": "%", "comparator": "gte", "deadline": None},
        {"type": "ratio", "numerator": 6, "denominator": 6, "unit": "tỉnh"},
        {"type": "quantity", "value": 1650, "unit": "dịch vụ công trực tuyến"},
        {"type": "region", "name": "Tây Nguyên"},
        {"type": "organization", "name": "Bộ Nội vụ"},
    ]
    r = evaluate({"d": gold_doc(facts)}, {"d": art(facts)})
    for t in ("province", "percentage", "legal_ref", "official", "date", "period", "ranking",
              "target", "ratio", "quantity", "region", "organization"):
        s = r.types[t]
        assert (s.gold, s.pred, s.tp) == (1, 1, 1), t
        assert s.f1 == 1.0, t
    assert r.micro().f1 == 1.0
    for a in r.attributes.values():
        assert a.correct == a.total
    assert not r.missed and not r.spurious


def test_missed_and_spurious():
    gold = {"d": gold_doc([pct(99.5), pct(80.0)])}
    pred = {"d": art([pct(99.5), pct(70.0)])}
    r = evaluate(gold, pred)
    s = r.types["percentage"]
    assert (s.gold, s.pred, s.tp) == (2, 2, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5
    assert [m["key"] for m in r.missed] == ["80.0"]
    assert [m["key"] for m in r.spurious] == ["70.0"]
    out = format_errors(r)
    assert "FN  d  percentage" in out and "80.0" in out
    assert "FP  d  percentage" in out and "70.0" in out


def test_empty_prediction_scores_zero_not_none():
    r = evaluate({"d": gold_doc([PROV_TN])}, {"d": art([])})
    s = r.types["province"]
    assert s.precision is None and s.recall == 0.0 and s.f1 == 0.0
    # a type absent on both sides is n/a, not 0
    assert r.types["period"].f1 is None


# ---------------------------------------------------------------- distinct vs multiset

def test_province_said_twice_counts_once():
    gold = {"d": gold_doc([PROV_TN, PROV_TN, PROV_BK])}
    pred = {"d": art([PROV_TN])}
    s = evaluate(gold, pred).types["province"]
    assert (s.gold, s.pred, s.tp) == (2, 1, 1)
    # predicting it three times is still one distinct prediction
    s = evaluate(gold, {"d": art([PROV_TN, PROV_TN, PROV_TN, PROV_BK])}).types["province"]
    assert (s.gold, s.pred, s.tp) == (2, 2, 2)


def test_percentage_said_twice_counts_twice():
    gold = {"d": gold_doc([pct(100.0), pct(100.0)])}
    s = evaluate(gold, {"d": art([pct(100.0)])}).types["percentage"]
    assert (s.gold, s.pred, s.tp) == (2, 1, 1)
    s = evaluate(gold, {"d": art([pct(100.0)] * 3)}).types["percentage"]
    assert (s.gold, s.pred, s.tp) == (2, 3, 2)


def test_ranking_is_multiset_and_index_case_insensitive():
    g = {"type": "ranking", "index": "PAR INDEX", "rank": 6, "out_of": 63}
    p = {"type": "ranking", "index": "Par Index", "rank": 6, "out_of": 63}
    s = evaluate({"d": gold_doc([g, g])}, {"d": art([p])}).types["ranking"]
    assert (s.gold, s.pred, s.tp) == (2, 1, 1)
    # out_of null vs 63 is a different key
    p2 = dict(p, out_of=None)
    s = evaluate({"d": gold_doc([g])}, {"d": art([p2])}).types["ranking"]
    assert s.tp == 0


def test_period_and_date_distinct():
    per = {"type": "period", "start_year": 2021, "end_year": 2030}
    d1 = {"type": "date", "value": "2020-09-24", "precision": "day"}
    r = evaluate({"d": gold_doc([per, per, d1, d1])}, {"d": art([per, d1])})
    assert (r.types["period"].gold, r.types["period"].tp) == (1, 1)
    assert (r.types["date"].gold, r.types["date"].tp) == (1, 1)
    assert r.types["period"].f1 == 1.0


# ---------------------------------------------------------------- key normalisation

def test_float_rounding():
    s = evaluate({"d": gold_doc([pct(99.82)])}, {"d": art([pct(99.8200000001)])}).types["percentage"]
    assert s.tp == 1
    s = evaluate({"d": gold_doc([pct(2)])}, {"d": art([pct(2.0)])}).types["percentage"]
    assert s.tp == 1
    s = evaluate({"d": gold_doc([pct(99.82)])}, {"d": art([pct(99.8)])}).types["percentage"]
    assert s.tp == 0
    s = evaluate({"d": gold_doc([pct(99.444)])}, {"d": art([pct(99.44)])}).types["percentage"]
    assert s.tp == 1


def test_legal_ref_normalisation():
    g = {"type": "legal_ref", "number": "45/2020/NĐ-CP"}
    # spaces, U+00D0 Ð for Đ, decomposed Unicode
    p = {"type": "legal_ref", "number": "45/ 2020/N\u00d0 - CP"}
    s = evaluate({"d": gold_doc([g])}, {"d": art([p])}).types["legal_ref"]
    assert s.tp == 1
    g2 = {"type": "legal_ref", "number": "60-NQ/TW"}
    p2 = {"type": "legal_ref", "number": "60- NQ/TW"}
    assert evaluate({"d": gold_doc([g2])}, {"d": art([p2])}).types["legal_ref"].tp == 1
    # different serial is a different reference
    p3 = {"type": "legal_ref", "number": "46/2020/NĐ-CP"}
    assert evaluate({"d": gold_doc([g])}, {"d": art([p3])}).types["legal_ref"].tp == 0


def test_nfc_normalisation_of_names():
    import unicodedata
    decomposed = unicodedata.normalize("NFD", "Thái Nguyên")
    p = dict(PROV_TN, name=decomposed)
    assert evaluate({"d": gold_doc([PROV_TN])}, {"d": art([p])}).types["province"].tp == 1


def test_organization_casefolded():
    g = {"type": "organization", "name": "Sở Nội vụ tỉnh Thái Nguyên"}
    p = {"type": "organization", "name": "Sở Nội Vụ Tỉnh Thái Nguyên"}
    assert evaluate({"d": gold_doc([g])}, {"d": art([p])}).types["organization"].tp == 1


def test_quantity_unit_word_prefix_rule():
    g = {"type": "quantity", "value": 1650, "unit": "dịch vụ công trực tuyến"}

    def tp(unit, value=1650):
        p = {"type": "quantity", "value": value, "unit": unit}
        return evaluate({"d": gold_doc([g])}, {"d": art([p])}).types["quantity"].tp

    assert tp("dịch vụ công") == 1          # pred is a word-prefix of gold
    assert tp("Dịch vụ công trực tuyến") == 1  # casefolded
    assert tp("dịch vụ công trực tuyến mức độ 4") == 1  # gold is a word-prefix of pred
    assert tp("dịch vụ cô") == 0            # not a whole-word prefix
    assert tp("thủ tục hành chính") == 0
    assert tp("dịch vụ công", value=165) == 0
    assert tp(None) == 0


def test_quantity_prefers_exact_units_in_one_to_one_matching():
    g1 = {"type": "quantity", "value": 10, "unit": "dịch vụ công"}
    g2 = {"type": "quantity", "value": 10, "unit": "dịch vụ công trực tuyến"}
    p1 = {"type": "quantity", "value": 10, "unit": "dịch vụ công trực tuyến", "start": 0}
    p2 = {"type": "quantity", "value": 10, "unit": "dịch vụ", "start": 5}
    s = evaluate({"d": gold_doc([g1, g2])}, {"d": art([p1, p2])}).types["quantity"]
    assert s.tp == 2  # maximum matching, not greedy
    s = evaluate({"d": gold_doc([g1])}, {"d": art([p1, p2])}).types["quantity"]
    assert (s.tp, s.pred) == (1, 2)


# ---------------------------------------------------------------- attributes

def test_title_accuracy():
    gold = {"d": gold_doc([
        {"type": "official", "name": "Mai Tiến Dũng",
         "titles": ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ", "Tổ trưởng Tổ công tác"]},
        {"type": "official", "name": "Mai Tiến Dũng", "titles": ["Bộ trưởng"]},
        {"type": "official", "name": "Trịnh Việt Hùng", "titles": ["Chủ tịch Ủy ban nhân dân tỉnh"]},
    ])}
    pred = {"d": art([
        {"type": "official", "name": "Mai Tiến Dũng", "start": 10,
         "titles": ["bộ  trưởng", "Chủ nhiệm VPCP"]},
        {"type": "official", "name": "Mai Tiến Dũng", "start": 50, "titles": ["Bộ trưởng"]},
    ])}
    r = evaluate(gold, pred)
    s = r.types["official"]
    assert (s.gold, s.pred, s.tp) == (2, 1, 1)  # distinct names
    a = r.attributes[("official", "titles")]
    # paired mentions: both Mai Tiến Dũng mentions; 4 gold titles, found: Bộ trưởng ×2
    assert (a.correct, a.total) == (2, 4)
    # the unmatched official's titles are not in the denominator
    assert any(m["gold"] == "Chủ nhiệm Văn phòng Chính phủ" for m in r.attr_mismatches)


def test_attributes_only_scored_when_present_in_gold_and_null_equals_null():
    gold = {"d": gold_doc([
        pct(99.5, comparator="eq", subject=None),
        pct(80.0, comparator="gt"),            # no subject key: subject not scored
        pct(70.0),                             # nothing scored
    ])}
    pred = {"d": art([
        pct(99.5, comparator="eq"),            # subject absent == null
        pct(80.0, comparator="gte", subject="Lạng Sơn"),
        pct(70.0, comparator="lt", subject="Hà Nội"),
    ])}
    r = evaluate(gold, pred)
    comp = r.attributes[("percentage", "comparator")]
    subj = r.attributes[("percentage", "subject")]
    assert (comp.correct, comp.total) == (1, 2)
    assert (subj.correct, subj.total) == (1, 1)


def test_attribute_pairing_follows_document_order():
    gold = {"d": gold_doc([pct(100.0, subject="Lạng Sơn"), pct(100.0, subject="Cao Bằng")])}
    pred = {"d": art([pct(100.0, subject="Cao Bằng", start=40), pct(100.0, subject="Lạng Sơn", start=3)])}
    a = evaluate(gold, pred).attributes[("percentage", "subject")]
    assert (a.correct, a.total) == (2, 2)


def test_legal_ref_and_province_attributes():
    gold = {"d": gold_doc([
        {"type": "legal_ref", "number": "411/QĐ-TTg", "doc_type": "Quyết định",
         "issuer": "Thủ tướng Chính phủ", "year": None},
        PROV_BK,
    ])}
    pred = {"d": art([
        {"type": "legal_ref", "number": "411/QĐ-TTg", "doc_type": "Quyết định",
         "issuer": "Chính phủ", "year": None},
        dict(PROV_BK, name_2025="Bắc Kạn"),
    ])}
    r = evaluate(gold, pred)
    assert r.attributes[("legal_ref", "doc_type")].correct == 1
    assert r.attributes[("legal_ref", "issuer")].correct == 0
    assert r.attributes[("legal_ref", "year")].correct == 1
    assert (r.attributes[("province", "name_2025")].correct, r.attributes[("province", "name_2025")].total) == (0, 1)


# ---------------------------------------------------------------- cleaning

def test_cleaning_checks():
    gold = {"d": gold_doc([], title="Tổ công tác  kiểm tra 6 địa phương",
                          must_remove=["ca cuoc the thao m88", "本文地址"],
                          must_keep=["Không để nhiệm vụ nào quá hạn", "câu bị thiếu"])}
    text = "Thủ tướng yêu cầu: Không để nhiệm vụ\nnào quá hạn. ca cuoc the thao m88 là rác."
    r = evaluate(gold, {"d": art([], text=text, title="Tổ công tác kiểm tra 6 địa phương")})
    c = r.cleaning
    assert (c["must_remove"].correct, c["must_remove"].total) == (1, 2)  # the m88 spam is still there
    assert (c["must_keep"].correct, c["must_keep"].total) == (1, 2)      # whitespace folded
    assert (c["title"].correct, c["title"].total) == (1, 1)
    probs = {(f["check"], f["string"]) for f in r.cleaning_failures}
    assert probs == {("must_remove", "ca cuoc the thao m88"), ("must_keep", "câu bị thiếu")}


def test_title_none_and_mismatch():
    r = evaluate({"a": gold_doc([], title=None), "b": gold_doc([], title="X")},
                 {"a": art([], title=None), "b": art([], title="X【spam】")})
    assert (r.cleaning["title"].correct, r.cleaning["title"].total) == (1, 2)


# ---------------------------------------------------------------- error records, micro

def test_error_record_counts_as_empty_and_is_listed():
    gold = {"ok": gold_doc([PROV_TN, pct(50.0)], must_keep=["abc def"]),
            "bad": gold_doc([PROV_BK, pct(60.0)], must_keep=["xyz"], must_remove=["junk"])}
    pred = {"ok": art([PROV_TN, pct(50.0)], text="abc def"),
            "bad": {"schema_version": "1", "doc_id": "bad", "source": "x.txt",
                    "error": {"kind": "decode", "message": "cannot decode"}}}
    r = evaluate(gold, pred)
    assert r.types["province"].gold == 2 and r.types["province"].tp == 1
    assert r.types["percentage"].recall == 0.5 and r.types["percentage"].precision == 1.0
    assert r.errors == [{"doc_id": "bad", "kind": "decode", "message": "cannot decode"}]
    assert r.cleaning["must_keep"].correct == 1 and r.cleaning["must_keep"].total == 2
    assert "bad: decode" in format_table(r)


def test_missing_prediction_and_unscored_docs():
    r = evaluate({"a": gold_doc([PROV_TN])}, {"z": art([PROV_TN])})
    assert r.types["province"].tp == 0 and r.types["province"].gold == 1
    assert r.errors[0]["doc_id"] == "a" and r.errors[0]["kind"] == "missing"
    assert r.unscored == ["z"]


def test_micro_average_over_core_types_only():
    gold = {"d": gold_doc([
        PROV_TN,                                                    # core, TP
        pct(10.0),                                                  # core, FN
        {"type": "quantity", "value": 5, "unit": "xã"},            # not core
        {"type": "region", "name": "Tây Nguyên"},                   # not core
    ])}
    pred = {"d": art([
        PROV_TN,
        {"type": "quantity", "value": 5, "unit": "xã"},
        {"type": "quantity", "value": 7, "unit": "xã"},
        {"type": "ratio", "numerator": 6, "denominator": 6},
        {"type": "organization", "name": "Bộ Nội vụ"},
    ])}
    r = evaluate(gold, pred)
    m = r.micro()
    assert (m.gold, m.pred, m.tp) == (2, 1, 1)
    assert m.precision == 1.0 and m.recall == 0.5
    assert m.f1 == pytest.approx(2 / 3)
    assert set(CORE_TYPES) == {"province", "percentage", "legal_ref", "official", "date",
                               "period", "ranking", "target"}
    d = r.to_dict()
    assert d["micro"]["tp"] == 1 and d["micro"]["gold"] == 2
    json.dumps(d)  # JSON-serialisable


def test_target_key_value_and_unit():
    g = {"type": "target", "value": 90, "unit": "%", "deadline": "2025", "comparator": "gte"}
    p_ok = {"type": "target", "value": 90.0, "unit": "%", "deadline": "2030", "comparator": "gte"}
    p_rank = {"type": "target", "value": 90, "unit": "rank"}
    r = evaluate({"d": gold_doc([g, g])}, {"d": art([p_ok, p_rank])})
    s = r.types["target"]
    assert (s.gold, s.pred, s.tp) == (2, 2, 1)
    assert r.attributes[("target", "deadline")].correct == 0
    assert r.attributes[("target", "comparator")].correct == 1


# ---------------------------------------------------------------- loading & formatting

def test_load_gold(tmp_path):
    (tmp_path / "GUIDE.md").write_text("# guide", encoding="utf-8")
    (tmp_path / "001_x.json").write_text(json.dumps({"doc_id": "001_x", "facts": [PROV_TN]}), encoding="utf-8")
    g = load_gold(tmp_path)
    assert list(g) == ["001_x"] and g["001_x"]["facts"][0]["name"] == "Thái Nguyên"
    # the parent of annotations/ also works
    root = tmp_path / "proj"
    (root / "annotations").mkdir(parents=True)
    (root / "annotations" / "a.json").write_text('{"facts": []}', encoding="utf-8")
    assert list(load_gold(root)) == ["a"]


def test_load_gold_names_invalid_file(tmp_path):
    (tmp_path / "good.json").write_text('{"facts": []}', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"facts": [', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json"):
        load_gold(tmp_path)


def test_format_table_layout():
    r = evaluate({"d": gold_doc([PROV_TN, pct(1.0)], title="T", must_keep=["a"])},
                 {"d": art([PROV_TN], text="a", title="T")})
    t = format_table(r)
    lines = t.splitlines()
    assert any(l.startswith("province *") for l in lines)
    assert any(l.startswith("percentage.comparator") for l in lines)
    assert any(l.startswith("must_keep") for l in lines)
    assert lines[-1].startswith("micro (core types)")
    # fixed width: all per-type rows have the same length
    rows = [l for l in lines if l.split() and l.split()[0] in
            ("province", "percentage", "legal_ref", "quantity", "region")]
    assert len({len(l) for l in rows}) == 1


def test_run_with_fake_pipeline(tmp_path, monkeypatch):
    """run() end to end with a stub `cchc_extract.extract` (no dependency on the real pipeline)."""
    import types

    import cchc_extract
    from cchc_extract import evaluate as ev

    ann = tmp_path / "annotations"
    ann.mkdir()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (ann / "a.json").write_text(json.dumps({"doc_id": "a", "facts": [PROV_TN]}), encoding="utf-8")
    (corpus / "a.txt").write_text("Tỉnh Thái Nguyên", encoding="utf-8")
    (corpus / "b.txt").write_text("no gold", encoding="utf-8")

    class Rec:
        def __init__(self, d):
            self.d = d

        def model_dump(self, mode="json"):
            return self.d

    def fake_extract(data, doc_id=None, source=None):
        if doc_id == "boom":
            raise RuntimeError("kaput")
        return Rec(art([dict(PROV_TN, start=5, end=16)], text=data.decode("utf-8"), doc_id=doc_id))

    monkeypatch.setattr(cchc_extract, "extract", fake_extract, raising=False)
    buf = io.StringIO()
    assert ev.run(ann, None, show_errors=True, out=buf) == 0
    out = buf.getvalue()
    assert "province *" in out and "1.000" in out
    buf = io.StringIO()
    assert ev.run(ann, [str(corpus)], as_json=True, out=buf) == 0
    d = json.loads(buf.getvalue())
    assert d["types"]["province"]["tp"] == 1 and d["unscored"] == ["b"]
    # an exception from extract becomes an error record, not a crash
    (corpus / "boom.txt").write_text("x", encoding="utf-8")
    (ann / "boom.json").write_text('{"facts": []}', encoding="utf-8")
    buf = io.StringIO()
    assert ev.run(ann, [str(corpus / "boom.txt")], as_json=True, out=buf) == 0
    d = json.loads(buf.getvalue())
    assert d["errors"][0]["kind"] == "exception" and d["not_evaluated"] == ["a"]


def test_underthesea_per_spans_joined():
    from cchc_extract.evaluate import _per_spans
    tagged = [("Đồng chí", "N", "B-NP", "O"), ("Lê Quang", "Np", "B-NP", "B-PER"),
              ("Tiến", "Np", "B-NP", "I-PER"), (",", "CH", "O", "O"),
              ("Phạm Minh Hùng", "Np", "B-NP", "B-PER")]
    assert _per_spans(tagged) == ["Lê Quang Tiến", "Phạm Minh Hùng"]


def test_underthesea_import_keeps_root_logger_clean():
    pytest.importorskip("underthesea")
    from cchc_extract import evaluate as ev
    root = logging.getLogger()
    before = list(root.handlers)
    ev._NER = None
    ev._underthesea_ner()
    assert root.handlers == before


# --------------------------------------------------------------------------- splits, crawl sources, agreement

def _write(p: Path, obj) -> None:
    p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")


def test_splits_crawl_sources_and_against(tmp_path):
    import gzip

    import cchc_extract.evaluate as ev

    repo = tmp_path / "repo"
    ann, corpus = repo / "annotations", repo / "corpus"
    ann.mkdir(parents=True)
    corpus.mkdir()
    crawl = tmp_path / "shared" / "crawl"
    crawl.mkdir(parents=True)
    (corpus / "a.txt").write_text("Tỉnh Thái Nguyên đạt 95%.", encoding="utf-8")
    with gzip.open(crawl / "posts.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "p1", "text": "Tỉnh Thái Nguyên đạt 95%.", "url": "https://x.vn/1"}) + "\n")
        f.write(json.dumps({"id": "p2", "text": "other"}) + "\n")
    _write(ann / "a.json", {"doc_id": "a", "facts": [PROV_TN]})
    _write(ann / "p1.json", {"doc_id": "p1", "source": "crawl:posts/p1", "facts": [PROV_TN]})
    _write(ann / "p9.json", {"doc_id": "p9", "source": "crawl:posts/p9", "facts": [PROV_TN]})
    _write(ann / "splits.json", {"test": ["p1"]})
    gold = ev.load_gold(ann)
    assert set(gold) == {"a", "p1", "p9"}  # splits.json is not a document
    assert ev.load_splits(ann, gold) == {"dev": ["a", "p9"], "test": ["p1"]}
    buf = io.StringIO()
    assert ev.run(ann, out=buf, as_json=True) == 0
    d = json.loads(buf.getvalue())
    assert set(d["splits"]) == {"dev", "test"}
    assert d["splits"]["test"]["doc_ids"] == ["p1"] and d["splits"]["dev"]["doc_ids"] == ["a"]
    assert d["missing_inputs"] == ["p9"]  # its record is not in the crawl file: reported, not scored
    assert d["splits"]["test"]["types"]["province"]["tp"] == 1
    buf = io.StringIO()
    ev.run(ann, out=buf)
    assert "=== split: dev (1 documents) ===" in buf.getvalue() and "=== split: test" in buf.getvalue()
    # a test id with no gold file is a usage error
    _write(ann / "splits.json", {"test": ["nope"]})
    assert ev.run(ann, out=io.StringIO()) == 2
    _write(ann / "splits.json", {"test": ["p1"]})
    # agreement: a second reader's set scored against the first, on the documents both annotated
    second = tmp_path / "second"
    second.mkdir()
    _write(second / "p1.json", {"doc_id": "p1", "facts": [PROV_TN, {"type": "region", "name": "Tây Nguyên"}]})
    buf = io.StringIO()
    assert ev.run(ann, against=second, as_json=True, out=buf) == 0
    d = json.loads(buf.getvalue())
    assert d["doc_ids"] == ["p1"] and d["types"]["province"]["tp"] == 1 and d["types"]["region"]["pred"] == 1


def test_relative_dates_change_and_page_kind_are_scored():
    g = gold_doc([{"type": "date", "text": "hôm qua", "value": "2024-05-13", "precision": "day", "relative": True},
                  {"type": "date", "text": "ngày 2/5/2024", "value": "2024-05-02", "precision": "day"},
                  {"type": "ranking", "text": "xếp thứ 9/63", "index": "PAR INDEX", "rank": 9, "out_of": 63,
                   "change": 3}],
                 page_kind="listing")
    p = art([{"type": "date", "text": "ngày 2/5/2024", "value": "2024-05-02", "precision": "day", "start": 0},
             {"type": "date", "text": "x", "value": "2024-05-10", "precision": "day", "relative": True, "start": 9},
             {"type": "ranking", "text": "xếp thứ 9/63", "index": "PAR INDEX", "rank": 9, "out_of": 63,
              "change": -3, "start": 20}])
    r = evaluate({"d": g}, {"d": p})
    rel = r.types["date (relative)"]
    assert (rel.gold, rel.pred, rel.tp) == (1, 1, 0)
    assert r.micro().gold == 3  # the pseudo-type is not counted twice in the micro average
    assert r.attributes[("ranking", "change")].correct == 0 and r.attributes[("ranking", "change")].total == 1
    assert r.cleaning["page_kind"].total == 1 and r.cleaning["page_kind"].correct == 0


def test_cleaning_checks_fold_the_tone_mark_convention():
    # gold copies the page's spelling ("hoá"); the output text is normalized ("hóa")
    from cchc_extract.evaluate import evaluate
    gold = {"d": {"doc_id": "d", "facts": [], "title": "Chuyển đổi số văn hoá",
                  "must_keep": ["xã Thuỷ An đã số hoá hồ sơ"], "must_remove": ["Quảng cáo hoà nhạc"]}}
    pred = {"d": {"doc_id": "d", "facts": [], "title": "Chuyển đổi số văn hóa",
                  "text": "Năm nay, xã Thủy An đã số hóa hồ sơ."}}
    report = evaluate(gold, pred).to_dict()
    assert report["cleaning"]["must_keep"]["accuracy"] == 1.0
    assert report["cleaning"]["title"]["accuracy"] == 1.0
    pred["d"]["text"] = "Năm nay, xã Thủy An đã số hóa hồ sơ. Quảng cáo hòa nhạc"
    assert evaluate(gold, pred).to_dict()["cleaning"]["must_remove"]["accuracy"] == 0.0
