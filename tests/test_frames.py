"""to_frame / read_jsonl: one row per fact, stable typed columns for every fact type."""
from __future__ import annotations

import gzip
import time

import numpy as np
import pandas as pd
import pytest

from cchc_extract.frames import (BASE_COLUMNS, errors_frame, frame_columns, load_results, read_jsonl,
                                 to_frame)
from cchc_extract.models import (FACT_TYPES, Article, Date, ErrorInfo, ErrorRecord, LegalRef, Official,
                                 Organization, Percentage, Period, Province, Quantity, Ranking, Ratio,
                                 Region, Span, Target)

TEXT = ("Ngày 24/9/2020, UBND tỉnh Thái Nguyên họp. Lạng Sơn (99,82%) dẫn đầu Miền núi phía Bắc. "
        "Theo Nghị định 45/2020/NĐ-CP, ông Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm VPCP phát biểu. "
        "Giai đoạn 2021 - 2030 phấn đấu đạt ít nhất 90% hồ sơ; Thái Nguyên xếp thứ 14/63, "
        "6/6 tỉnh có 1.650 dịch vụ công trực tuyến.")


def _at(s: str) -> dict:
    i = TEXT.index(s)
    return {"text": s, "start": i, "end": i + len(s)}


def _sent(start: int) -> int:
    return sum(1 for e in _SENT_ENDS if e <= start)


_SENT_ENDS = [i + 1 for i, ch in enumerate(TEXT) if ch == "." and i + 1 < len(TEXT) and TEXT[i + 1] == " "]


def _sentences() -> list[Span]:
    bounds = [0] + [e + 1 for e in _SENT_ENDS] + [len(TEXT) + 1]
    return [Span(start=a, end=b - 1) for a, b in zip(bounds, bounds[1:])]


def F(cls, s: str, **kw):
    d = _at(s)
    return cls(sentence=_sent(d["start"]), **d, **kw)


# one fact of every type, every field set (expected column values follow from these)
FACTS = {
    "province": F(Province, "Thái Nguyên", name="Thái Nguyên", name_2025="Thái Nguyên", code="19"),
    "region": F(Region, "Miền núi phía Bắc", name="Miền núi phía Bắc"),
    "percentage": F(Percentage, "99,82%", value=99.82, comparator="gte", subject="Lạng Sơn",
                    subject_source="parenthesis", metric="tỷ lệ hồ sơ đúng hạn"),
    "legal_ref": F(LegalRef, "45/2020/NĐ-CP", number="45/2020/NĐ-CP", doc_type="Nghị định",
                   issuer="Chính phủ", serial="45", year=2020, date="2020-04-09"),
    "official": F(Official, "Mai Tiến Dũng", name="Mai Tiến Dũng",
                  titles=["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"],
                  organization="Văn phòng Chính phủ", province=None, honorific="ông", resolved=False),
    "organization": F(Organization, "UBND tỉnh Thái Nguyên", name="Ủy ban nhân dân tỉnh Thái Nguyên",
                      kind="people's committee", province="Thái Nguyên"),
    "date": F(Date, "24/9/2020", value="2020-09-24", precision="day", year_inferred=False),
    "period": F(Period, "Giai đoạn 2021 - 2030", start_year=2021, end_year=2030),
    "ranking": F(Ranking, "xếp thứ 14/63", index="PAR INDEX", component=None, rank=14, out_of=63,
                 year=2019, subject="Thái Nguyên", subject_source="sentence", change=40),
    "ratio": F(Ratio, "6/6", numerator=6, denominator=6, unit="tỉnh"),
    "quantity": F(Quantity, "1.650", value=1650.0, unit="dịch vụ công trực tuyến"),
    "target": F(Target, "90%", value=90.0, unit="%", comparator="gte", metric="hồ sơ",
                deadline="2025", period="2021-2030", subject="Thái Nguyên", subject_source="document"),
}

# how each model field appears as a column (only the date's value is renamed)
COLUMN_OF = {("date", "value"): "date_value"}


@pytest.fixture(scope="module")
def article() -> Article:
    facts = sorted(FACTS.values(), key=lambda f: f.start)
    art = Article(doc_id="hand_1", title="Bài thử", published="2020-10-01", text=TEXT,
                  sentences=_sentences(), facts=facts)
    for f in art.facts:  # the fixture itself keeps the offset invariant
        assert TEXT[f.start:f.end] == f.text
        s = art.sentences[f.sentence]
        assert s.start <= f.start and f.end <= s.end
    return art


def test_every_fact_type_is_covered():
    assert set(FACTS) == set(FACT_TYPES)


@pytest.mark.parametrize("ftype", FACT_TYPES)
def test_columns_dtypes_and_values_per_type(article, ftype):
    df = to_frame([article], type=ftype)
    fact = FACTS[ftype]
    expected_cols = frame_columns(ftype)
    assert list(df.columns) == list(expected_cols)
    assert {c: str(df[c].dtype) for c in df.columns} == {c: str(pd.Series([], dtype=d).dtype)
                                                           for c, d in expected_cols.items()}
    assert len(df) == 1
    row = df.iloc[0]
    # base columns
    assert row["doc_id"] == "hand_1" and row["title"] == "Bài thử" and row["published"] == "2020-10-01"
    assert row["type"] == ftype and row["text"] == fact.text
    assert (row["start"], row["end"], row["sentence"]) == (fact.start, fact.end, fact.sentence)
    assert row["sentence_text"] == article.sentence_text(fact.sentence)
    assert fact.text in row["sentence_text"]
    # every field of the model is a column holding its value
    for field in type(fact).model_fields:
        if field in ("type", "text", "start", "end", "sentence"):
            continue
        col = COLUMN_OF.get((ftype, field), field)
        assert col in df.columns, f"{ftype}.{field} has no column"
        got, want = row[col], getattr(fact, field)
        if want is None:
            assert got is None or pd.isna(got), (col, got)
        elif isinstance(want, list):
            assert list(got) == want
        elif isinstance(want, float):
            assert got == pytest.approx(want)
        else:
            assert got == want, (col, got, want)


def test_typed_columns():
    cols = frame_columns()
    assert list(cols)[:len(BASE_COLUMNS)] == list(BASE_COLUMNS)
    assert cols["value"] == "float64" and cols["date_value"] == "string"
    for c in ("rank", "out_of", "change", "year", "start_year", "end_year", "numerator",
              "denominator", "sentence"):
        assert cols[c] == "Int64", c
    for c in ("resolved", "year_inferred"):
        assert cols[c] == "boolean"
    assert cols["titles"] == "object"
    for c in ("name", "subject", "metric", "number", "index", "unit", "deadline", "period", "comparator"):
        assert cols[c] == "string", c


def test_all_types_frame_is_the_union(article):
    df = to_frame([article])
    assert list(df.columns) == list(frame_columns())
    assert len(df) == len(FACTS)
    assert list(df["type"]) == [f.type for f in article.facts]
    # a column that a type does not have is null on its rows
    prov = df[df["type"] == "province"].iloc[0]
    assert pd.isna(prov["value"]) and pd.isna(prov["rank"]) and prov["titles"] is None
    pct = df[df["type"] == "percentage"].iloc[0]
    assert pct["value"] == 99.82 and pct["subject"] == "Lạng Sơn"
    assert df.loc[df["type"] == "date", "date_value"].iloc[0] == "2020-09-24"
    assert df["value"].dtype == np.float64
    # filtering and arithmetic work on typed columns
    assert df["rank"].dropna().tolist() == [14]
    assert df.groupby("type").size().sum() == len(FACTS)


def test_several_types_and_unknown_type(article):
    df = to_frame([article], type=["percentage", "target"])
    assert set(df["type"]) == {"percentage", "target"}
    assert "deadline" in df.columns and "rank" not in df.columns
    with pytest.raises(ValueError, match="unknown fact type"):
        to_frame([article], type="percent")


def test_empty_inputs_keep_the_schema(article):
    for arg in ([], iter([]), [ErrorRecord(doc_id="e", error=ErrorInfo(kind="empty", message="x"))]):
        df = to_frame(arg)
        assert len(df) == 0 and list(df.columns) == list(frame_columns())
        assert {c: str(df[c].dtype) for c in df.columns} == {c: str(pd.Series([], dtype=d).dtype)
                                                           for c, d in frame_columns().items()}
    empty_art = article.model_copy(update={"facts": []})
    assert len(to_frame([empty_art], type="ranking")) == 0


def test_accepts_single_article_dicts_and_json_lines(article):
    assert len(to_frame(article)) == len(FACTS)
    assert len(to_frame([article.model_dump()])) == len(FACTS)
    assert len(to_frame([article.to_json()])) == len(FACTS)


def test_real_pipeline_articles(seed_articles):
    df = to_frame(list(seed_articles.values()))
    assert len(df) == sum(len(a.facts) for a in seed_articles.values())
    for _, r in df.sample(min(50, len(df)), random_state=0).iterrows():
        art = seed_articles[r["doc_id"]]
        assert art.text[r["start"]:r["end"]] == r["text"]
    # the percentage frame has numbers
    pct = to_frame(list(seed_articles.values()), type="percentage")
    assert len(pct) and pct["value"].between(0, 1000).all()


def test_read_jsonl_round_trip(tmp_path, article, seed_articles):
    err = ErrorRecord(doc_id="bad", source="bad.bin", error=ErrorInfo(kind="binary", message="NUL bytes"))
    recs = [article, err, *seed_articles.values()]
    p = tmp_path / "out.jsonl"
    p.write_text("".join(r.to_json() + "\n" for r in recs) + "\n", encoding="utf-8")
    back = read_jsonl(p)
    assert [type(r) for r in back] == [type(r) for r in recs]
    assert [r.model_dump() for r in back] == [r.model_dump() for r in recs]
    pd.testing.assert_frame_equal(to_frame(back), to_frame(recs))
    # lazily, and gzip-compressed
    it = read_jsonl(p, lazy=True)
    assert not isinstance(it, list) and next(iter(it)).doc_id == "hand_1"
    gz = tmp_path / "out.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(p.read_text(encoding="utf-8"))
    assert len(read_jsonl(gz)) == len(recs)
    ef = errors_frame(back)
    assert ef.to_dict("records") == [{"doc_id": "bad", "source": "bad.bin", "kind": "binary", "message": "NUL bytes"}]
    assert len(load_results(p)) == len(recs)


def test_read_jsonl_reports_bad_lines(tmp_path, article):
    p = tmp_path / "broken.jsonl"
    p.write_text(article.to_json() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:2"):
        read_jsonl(p)
    assert len(read_jsonl(p, skip_invalid=True)) == 1


def test_progress_bar_does_not_change_the_result(article, capsys):
    a = to_frame([article] * 3, progress=True)
    b = to_frame([article] * 3, progress=False)
    pd.testing.assert_frame_equal(a, b)


def test_timing_100k_facts(article, capsys):
    """Not asserted (machines differ): prints how long 100,000 facts take."""
    n_articles = 100_000 // len(FACTS) + 1
    arts = [article.model_copy(update={"doc_id": f"hand_{i}"}) for i in range(n_articles)]
    n_facts = n_articles * len(FACTS)
    t0 = time.perf_counter()
    df = to_frame(arts, progress=False)
    dt = time.perf_counter() - t0
    assert len(df) == n_facts
    with capsys.disabled():
        print(f"\nto_frame: {n_facts} facts in {dt:.2f}s ({dt / n_facts * 10_000:.3f}s per 10,000 facts)")
