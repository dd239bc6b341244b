"""Cross-article tables: rankings() and indicators(), merging, conflicts, the CLI, and the
rankings table of the seed corpus checked against the gold annotations."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from cchc_extract.models import Article, Percentage, Period, Ranking, Span, Target
from cchc_extract.tables import INDICATOR_COLUMNS, RANKING_COLUMNS, indicators, rankings

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "annotations"
SEED_IDS = sorted(p.stem for p in (ROOT / "corpus").glob("00[0-4]_*.txt"))


def make(doc_id: str, text: str, *facts: tuple, published: str | None = None) -> Article:
    """An article of one sentence per line; each fact is (cls, substring, fields)."""
    sents, pos = [], 0
    for line in text.split("\n"):
        sents.append(Span(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    out, seen = [], {}
    for cls, s, kw in facts:
        i = text.index(s, seen.get(s, -1) + 1)
        seen[s] = i
        sent = next(k for k, sp in enumerate(sents) if sp.start <= i <= sp.end)
        out.append(cls(text=s, start=i, end=i + len(s), sentence=sent, **kw))
    return Article(doc_id=doc_id, text=text, sentences=sents, facts=out, published=published)


def R(s, **kw):
    return (Ranking, s, kw)


# --------------------------------------------------------------------------- rankings: unit

def test_duplicates_across_articles_merge_and_fill_missing_values():
    a = make("a", "Chỉ số CCHC năm 2019 Thái Nguyên xếp thứ 14/63.",
             R("xếp thứ 14/63", index="PAR INDEX", rank=14, out_of=63, year=2019, subject="Thái Nguyên"))
    b = make("b", "Thái Nguyên xếp thứ 14, tăng 40 bậc.",
             R("xếp thứ 14", index="PAR INDEX", rank=14, year=2019, subject="Thái Nguyên", change=40))
    df = rankings([a, b])
    assert list(df.columns) == list(RANKING_COLUMNS)
    assert len(df) == 1
    r = df.iloc[0]
    assert (r["province"], r["index"], r["year"], r["rank"], r["out_of"], r["change"]) == \
        ("Thái Nguyên", "PAR INDEX", 2019, 14, 63, 40)
    assert r["n_mentions"] == 2 and r["doc_ids"] == ["a", "b"] and not r["conflict"]
    assert r["doc_id"] == "a" and "14/63" in r["sentence_text"]
    assert r["scope"] == "national"


def test_conflicting_values_are_kept_side_by_side_and_flagged():
    a = make("a", "Thái Nguyên xếp thứ 14/63.", R("xếp thứ 14/63", index="PAR INDEX", rank=14, out_of=63, year=2019, subject="Thái Nguyên"))
    b = make("b", "Thái Nguyên xếp thứ 15/63.", R("xếp thứ 15/63", index="PAR INDEX", rank=15, out_of=63, year=2019, subject="Thái Nguyên"))
    c = make("c", "Thái Nguyên xếp thứ 6/63.", R("xếp thứ 6/63", index="PAR INDEX", rank=6, out_of=63, year=2023, subject="Thái Nguyên"))
    df = rankings([a, b, c])
    y19 = df[df["year"] == 2019]
    assert sorted(y19["rank"].tolist()) == [14, 15] and y19["conflict"].all()
    assert sorted(y19["doc_id"].tolist()) == ["a", "b"]
    assert not df[df["year"] == 2023]["conflict"].any()
    # a different component is a different key, not a conflict
    d = make("d", "Chỉ số thành phần cải cách thể chế xếp thứ 55/63.",
             R("xếp thứ 55/63", index="PAR INDEX", component="Cải cách thể chế", rank=55, out_of=63,
               year=2023, subject="Thái Nguyên"))
    df = rankings([c, d])
    assert len(df) == 2 and not df["conflict"].any()


def test_null_subject_rows_are_kept_and_never_merged_or_flagged():
    a = make("a", "Tỉnh xếp thứ 14/63.", R("xếp thứ 14/63", index="PAR INDEX", rank=14, out_of=63, year=2019))
    b = make("b", "Tỉnh xếp thứ 20/63.", R("xếp thứ 20/63", index="PAR INDEX", rank=20, out_of=63, year=2019))
    c = make("c", "Tỉnh xếp thứ 14/63.", R("xếp thứ 14/63", index="PAR INDEX", rank=14, out_of=63, year=2019))
    df = rankings([a, b, c])
    assert len(df) == 3 and df["province"].isna().all() and not df["conflict"].any()
    assert (df["n_mentions"] == 1).all()


def test_regional_rank_is_its_own_scope():
    a = make("a", "Đắk Nông xếp thứ 2 khu vực Tây Nguyên, xếp thứ 37/63 tỉnh, thành phố.\n"
             "So với khu vực ĐBSCL, Cà Mau xếp ở vị trí thứ 3, chỉ sau Long An (hạng 7).\n"
             "An Giang xếp hạng 3/13 tỉnh.",
             R("xếp thứ 2", index="PAR INDEX", rank=2, year=2022, subject="Đắk Nông"),
             R("xếp thứ 37/63", index="PAR INDEX", rank=37, out_of=63, year=2022, subject="Đắk Nông"),
             R("xếp ở vị trí thứ 3", index="PAR INDEX", rank=3, year=2023, subject="Cà Mau"),
             R("hạng 7", index="PAR INDEX", rank=7, year=2023, subject="Long An"),
             R("xếp hạng 3/13", index="PAR INDEX", rank=3, out_of=13, year=2019, subject="An Giang"))
    df = rankings([a]).set_index("province")
    assert df.loc["Đắk Nông"].set_index("rank")["scope"].to_dict() == {2: "region", 37: "national"}
    assert not df.loc["Đắk Nông"]["conflict"].any()
    assert df.loc["Cà Mau", "scope"] == "region"
    assert df.loc["Long An", "scope"] == "national"
    assert df.loc["An Giang", "scope"] == "region"


def test_empty_input_keeps_columns():
    for fn, cols in ((rankings, RANKING_COLUMNS), (indicators, INDICATOR_COLUMNS)):
        df = fn([])
        assert len(df) == 0 and list(df.columns) == list(cols)


# --------------------------------------------------------------------------- indicators: unit

def test_indicators_results_targets_merge_and_conflict():
    a = make("a", "Năm 2023, tỷ lệ hồ sơ đúng hạn của Lạng Sơn đạt 99,82%.",
             (Percentage, "99,82%", dict(value=99.82, subject="Lạng Sơn", metric="tỷ lệ hồ sơ đúng hạn")),
             published="2024-01-05")
    b = make("b", "Năm 2023, Lạng Sơn có tỷ lệ hồ sơ đúng hạn 99,82%.",
             (Percentage, "99,82%", dict(value=99.82, subject="Lạng Sơn", metric="Tỷ lệ  hồ sơ đúng hạn")))
    c = make("c", "Năm 2023 tỷ lệ hồ sơ đúng hạn của Lạng Sơn là 98%.",
             (Percentage, "98%", dict(value=98.0, subject="Lạng Sơn", metric="tỷ lệ hồ sơ đúng hạn")))
    d = make("d", "Giai đoạn 2021 - 2025, Lạng Sơn phấn đấu 100% hồ sơ đúng hạn; cả nước đạt 90%.",
             (Period, "Giai đoạn 2021 - 2025", dict(start_year=2021, end_year=2025)),
             (Target, "100%", dict(value=100.0, unit="%", comparator="gte", subject="Lạng Sơn",
                                   metric="hồ sơ đúng hạn", period="2021-2025", deadline="2025")),
             (Percentage, "90%", dict(value=90.0)))
    df = indicators([a, b, c, d])
    assert list(df.columns) == list(INDICATOR_COLUMNS)
    res = df[(df["kind"] == "result") & (df["province"] == "Lạng Sơn")]
    assert sorted(res["value"].tolist()) == [98.0, 99.82]
    assert res["conflict"].all() and (res["year"] == 2023).all()
    merged = res[res["value"] == 99.82].iloc[0]
    assert merged["n_mentions"] == 2 and merged["doc_ids"] == ["a", "b"]
    assert merged["unit"] == "%" and merged["published"] == "2024-01-05"
    tgt = df[df["kind"] == "target"].iloc[0]
    assert (tgt["value"], tgt["unit"], tgt["comparator"], tgt["period"], tgt["year"], tgt["deadline"]) == \
        (100.0, "%", "gte", "2021-2025", 2025, "2025")
    assert not tgt["conflict"]
    # the null-subject result is kept, alone, with the sentence's period
    nul = df[df["province"].isna()].iloc[0]
    assert nul["value"] == 90.0 and nul["period"] == "2021-2025" and not nul["conflict"]


# --------------------------------------------------------------------------- the seed corpus vs gold

def _gold_rankings(doc_ids):
    out = []
    for d in doc_ids:
        p = ANNOTATIONS / f"{d}.json"
        if not p.exists():
            continue
        for f in json.loads(p.read_text(encoding="utf-8"))["facts"]:
            if f["type"] == "ranking":
                out.append({**f, "doc_id": d})
    return out


def _norm(v):
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return " ".join(str(v).casefold().split()) if isinstance(v, str) else int(v)


def _matches(row, g) -> bool:
    return (_norm(row["index"]) == _norm(g["index"]) and _norm(row["rank"]) == _norm(g["rank"])
            and (g.get("out_of") is None or _norm(row["out_of"]) == _norm(g["out_of"]))
            and _norm(row["year"]) == _norm(g.get("year"))
            and _norm(row["province"]) == _norm(g.get("subject"))
            and _norm(row["component"]) == _norm(g.get("component"))
            and g["doc_id"] in row["doc_ids"])


GOLD_SEED = _gold_rankings(SEED_IDS)
# gold ranking facts the extractor does not produce yet (components of PCI in 004)
KNOWN_GAPS: set = set()  # (doc, index, rank, component) the extractor misses; none on the seeds now


def _gid(g):
    return (g["doc_id"][:3], g["index"], g["rank"], g.get("component"))


@pytest.fixture(scope="module")
def seed_table(seed_articles_module):
    return rankings(list(seed_articles_module.values()))


@pytest.fixture(scope="module")
def seed_articles_module():
    import cchc_extract as cx

    return {d: cx.extract((ROOT / "corpus" / f"{d}.txt").read_bytes(), doc_id=d) for d in SEED_IDS}


def test_seed_gold_has_rankings():
    assert len(GOLD_SEED) >= 10


@pytest.mark.parametrize("gold", [
    pytest.param(g, id="{}-{}-{}-{}".format(*_gid(g)),
                 marks=[pytest.mark.xfail(strict=True, reason="extractor does not find this component rank yet")]
                 if _gid(g) in KNOWN_GAPS else [])
    for g in GOLD_SEED])
def test_seed_gold_ranking_is_a_table_row(seed_table, gold):
    hits = [r for _, r in seed_table.iterrows() if _matches(r, gold)]
    assert hits, f"no row for {gold}"
    r = hits[0]
    assert gold["text"].casefold() in (r["sentence_text"] or "").casefold() or r["n_mentions"] > 1


@pytest.mark.parametrize("province,index,year,rank,out_of", [
    ("Thái Nguyên", "PAR INDEX", 2019, 14, 63),
    ("Thái Nguyên", "PAR INDEX", 2023, 6, 63),
    ("Thái Nguyên", "SIPAS", 2023, 2, 63),
    ("Thái Nguyên", "PAPI", 2023, 2, None),
])
def test_seed_headline_rankings(seed_table, province, index, year, rank, out_of):
    rows = seed_table[(seed_table["province"] == province) & (seed_table["index"] == index)
                      & (seed_table["year"] == year) & seed_table["component"].isna()
                      & (seed_table["scope"] == "national")]
    assert rows["rank"].tolist() == [rank]
    r = rows.iloc[0]
    assert not r["conflict"]
    assert (None if pd.isna(r["out_of"]) else int(r["out_of"])) == out_of
    assert r["doc_id"] in SEED_IDS and r["sentence_text"]


# table rows from the seeds that are not in the gold (precision gaps of the extractor, known)
KNOWN_EXTRA = {("002", "PAR INDEX", 1)}  # "phấn đấu … đứng đầu" is part of a goal, not a ranking


def test_seed_rows_are_in_gold(seed_table):
    extra = []
    for _, r in seed_table.iterrows():
        if not any(_matches(r, g) for g in GOLD_SEED):
            key = (r["doc_id"][:3], r["index"], int(r["rank"]) if not pd.isna(r["rank"]) else None)
            if key not in KNOWN_EXTRA and not (r["doc_id"][:3] == "004" and r["index"] == "PCI"):
                extra.append(r[["doc_id", "province", "index", "year", "component", "rank", "out_of"]].to_dict())
    assert not extra, f"rows not in gold: {extra}"


# --------------------------------------------------------------------------- CLI

def test_cli_table_rankings_and_indicators(tmp_path, capsys, seed_articles_module):
    from cchc_extract.cli import main

    jl = tmp_path / "out.jsonl"
    jl.write_text("".join(a.to_json() + "\n" for a in seed_articles_module.values()), encoding="utf-8")
    assert main(["table", "rankings", str(jl)]) == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(RANKING_COLUMNS)
    tn = [r for r in rows if r["province"] == "Thái Nguyên" and r["index"] == "PAR INDEX" and r["year"] == "2019"]
    assert tn and tn[0]["rank"] == "14" and tn[0]["out_of"] == "63"
    assert tn[0]["doc_ids"] == "002_97d673e06247b9f2"
    csv_path = tmp_path / "ind.csv"
    assert main(["table", "indicators", str(jl), "-o", str(csv_path)]) == 0
    ind = pd.read_csv(csv_path)
    assert list(ind.columns) == list(INDICATOR_COLUMNS) and len(ind) > 0
    assert set(ind["kind"]) <= {"result", "target"}
    assert main(["table", "rankings", str(tmp_path / "nope.jsonl")]) == 1


# --------------------------------------------------------------------------- indicators: metric and year

@pytest.mark.parametrize("metric, phrase, year", [
    ("Chỉ số CCHC năm 2023 của các tỉnh", "Chỉ số CCHC", 2023),
    ("chỉ số cải cách hành chính năm 2020", "chỉ số cải cách hành chính", 2020),
    ("chỉ số SIPAS cũng tiếp tục", "chỉ số SIPAS", None),
    ("chỉ số PAPI của tỉnh Điện Biên được duy trì", "chỉ số PAPI", None),
    ("chỉ số CCHC tỉnh Hòa Bình", "chỉ số CCHC", None),
    ("cơ quan nhà nước liên tục cải tiến chất lượng dịch vụ", "cơ quan nhà nước", None),
    ("mức tăng chỉ số hài lòng năm 2021 của Tỉnh", "mức tăng chỉ số hài lòng", 2021),
    ("tỷ lệ hồ sơ giải quyết đúng hạn", "tỷ lệ hồ sơ giải quyết đúng hạn", None),
    ("thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình",
     "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình", None),
    ("tỷ lệ hài lòng của người dân", "tỷ lệ hài lòng của người dân", None),
    ("xếp vị trí thứ 12 trên cả nước", None, None),
    ("tại nhà với 1 ứng dụng", None, None),
    ("tỷ lệ 97", None, None),
    ("chỉ số >", None, None),
    ("tỷ đồng", None, None),
    (None, None, None),
])
def test_metric_is_a_phrase_and_its_year_is_the_rows(metric, phrase, year):
    from cchc_extract.tables import metric_phrase

    assert metric_phrase(metric) == (phrase, year)


def _result(doc_id, text, value_text, value, metric=None, subject="Hòa Bình"):
    return make(doc_id, text, (Percentage, value_text, dict(value=value, subject=subject, metric=metric)))


def test_indicator_row_takes_the_year_and_phrase_of_its_metric():
    a = _result("a", "Theo kết quả công bố ngày 10/4/2024, Chỉ số CCHC năm 2023 của tỉnh Hòa Bình đạt 88,5%.",
                "88,5%", 88.5, metric="Chỉ số CCHC năm 2023 của tỉnh Hòa Bình")
    row = indicators([a]).iloc[0]
    assert (row["metric"], row["year"]) == ("Chỉ số CCHC", 2023)


def test_indicator_row_takes_the_year_written_last_before_it_in_its_clause():
    text = "Năm 2023, tỷ lệ hồ sơ đúng hạn của Hòa Bình đạt 97,5%, năm 2022 là 95,1%; năm 2021 chỉ đạt 90,2%."
    a = make("a", text,
             (Percentage, "97,5%", dict(value=97.5, subject="Hòa Bình", metric="tỷ lệ hồ sơ đúng hạn")),
             (Percentage, "95,1%", dict(value=95.1, subject="Hòa Bình", metric="tỷ lệ hồ sơ đúng hạn")),
             (Percentage, "90,2%", dict(value=90.2, subject="Hòa Bình", metric="tỷ lệ hồ sơ đúng hạn")))
    df = indicators([a])
    assert dict(zip(df["value"], df["year"])) == {97.5: 2023, 95.1: 2022, 90.2: 2021}


def test_a_year_compared_with_or_a_days_year_is_not_the_rows():
    from cchc_extract.models import Date

    a = _result("a", "Tỷ lệ hồ sơ đúng hạn của Hòa Bình đạt 97,5%, cao hơn so với năm 2022.", "97,5%", 97.5,
                metric="Tỷ lệ hồ sơ đúng hạn")
    b = make("b", "Chỉ số SIPAS năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024, tỉnh Hòa Bình đạt 82,7%.",
             (Date, "ngày 17/4/2024", dict(value="2024-04-17", precision="day")),
             (Percentage, "82,7%", dict(value=82.7, subject="Hòa Bình", metric="chỉ số SIPAS")))
    years = indicators([a, b]).set_index("doc_id")["year"]
    assert pd.isna(years["a"])
    assert years["b"] == 2023
