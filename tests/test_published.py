"""Publication dates from metadata values (``cchc_extract.published.parse_published``).

The test set ``tests/data/published_dates.json`` holds date values as sites, crawls, RSS and
JSON-LD carry them, each with the date a reader gives it; every case must come out right.
``python benchmarks/published_dates.py`` compares the same cases with dateparser alone and
with the former numeric pattern.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from cchc_extract.published import parse_published
from cchc_extract.resources import load

ROOT = Path(__file__).resolve().parents[1]
CASES = json.loads((ROOT / "tests" / "data" / "published_dates.json").read_text("utf-8"))["cases"]


def test_the_test_set_is_large_and_varied():
    assert len([c for c in CASES if not c.get("held_out")]) >= 30
    assert len({c["site"].split()[0] for c in CASES}) >= 15
    assert sum(c["expected"] is None for c in CASES) >= 5


def _case(c):
    marks = [pytest.mark.xfail(strict=True, reason=c["known_bug"])] if c.get("known_bug") else []
    return pytest.param(c, marks=marks, id=f"{str(c['value'])[:40]}|{c['base']}")


@pytest.mark.parametrize("case", [_case(c) for c in CASES])
def test_published_test_set(case):
    assert parse_published(case["value"], base=case["base"]) == case["expected"]


@pytest.mark.parametrize("value", ["14/05", "tháng 3/2020", "Thứ hai", "4 giờ trước", "hôm qua",
                                   "10 Feb", "19:23 (GMT+7)", "năm 2020"])
def test_nothing_is_filled_from_today(value):
    # a value missing its day, month or year, or relative to an unknown moment, has no date
    assert parse_published(value) is None


@pytest.mark.parametrize("base", [dt.date(2024, 5, 14), "2024-05-14",
                                  dt.datetime(2024, 5, 14, 23, 0), "2024-05-14T23:00:00+07:00",
                                  dt.datetime(2024, 5, 14, 16, 0, tzinfo=dt.timezone.utc)])
def test_base_forms(base):
    assert parse_published("hôm qua", base=base) == "2024-05-13"
    assert parse_published("2 giờ trước", base=base) == "2024-05-14"
    # an absolute value ignores the base
    assert parse_published("Thứ ba, 14/05/2024 14:41 (GMT+7)", base=base) == "2024-05-14"
    assert parse_published("03/11/2024", base=base) == "2024-11-03"


def test_hours_ago_crosses_midnight_with_a_crawl_time():
    assert parse_published("4 giờ trước", base="2024-04-23T01:30:00+07:00") == "2024-04-22"
    assert parse_published("4 giờ trước", base="2024-04-23") == "2024-04-23"  # a bare date: that day


@pytest.mark.parametrize("value", [None, True, object(), b"14/05/2024", ["14/05/2024"], "x" * 10_000,
                                   "\x00\ud800", float("nan"), -1, 10**30, "9" * 40, "2024-02-30T10:00"])
def test_odd_input_gives_none_never_an_exception(value):
    assert parse_published(value) is None


def test_dates_and_epochs():
    assert parse_published(dt.date(2024, 5, 14)) == "2024-05-14"
    assert parse_published(dt.datetime(2024, 5, 14, 20, 0, tzinfo=dt.timezone.utc)) == "2024-05-15"
    assert parse_published(1768485774) == "2026-01-15"
    assert parse_published("1768485774") == "2026-01-15"


def test_iso_values_do_not_import_dateparser():
    code = ("import sys; import cchc_extract as cx; from cchc_extract.published import parse_published;"
            "assert parse_published('2024-08-04T07:54:29.000 +07:00') == '2024-08-04';"
            "cx.extract('Tiêu đề bài viết về cải cách hành chính\\nNgày 24/9/2020, UBND tỉnh họp.');"
            "print('dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("key", ["date_start", "weekday", "separators", "tail_junk", "relative_end"])
def test_data_file_examples(key):
    rule = load("published")[key]
    rx = regex.compile(rule["pattern"], regex.I)
    for ex in rule["examples"]:
        assert rx.search(ex), (key, ex)


@pytest.mark.parametrize("line, expected", [
    ("TAM NGUYÊN - Thứ tư, 03/04/2024 19:23 (GMT+7)", "2024-04-03"),
    ("Thứ Năm 19/09/2024 , 16:58 (GMT+7)", "2024-09-19"),
    ("Ngày đăng: 19/04/2023 | 10:43 | View count: 104058", "2023-04-19"),
    ("Cập nhật: 31/02/2024 10:00", None),  # an impossible date is not copied
])
def test_clean_reads_metadata_lines_with_parse_published(extract_checked, line, expected):
    text = ("Tỉnh Thái Nguyên công bố Chỉ số cải cách hành chính năm 2023\n" + line + "\n"
            "Ngày 24/9, UBND tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác cải cách hành chính.\n"
            "Hội nghị đã đánh giá kết quả đạt được trong năm qua.")
    art = extract_checked(text)
    assert art.published == expected
    assert any(r.reason == "metadata" and r.text == line for r in art.removed)
