"""Dates relative to the article's date (docs/format.md): resolved against ``published``, flagged
``relative``, left out when the article has no date. The words and their examples are in
``data/relative_dates.json``; the sentences below marked *crawl* are real (trends-vn-2024)."""
from __future__ import annotations

import pytest

from cchc_extract.resources import load

TITLE = "Tiêu đề bài viết về cải cách hành chính\n"
DATA = load("relative_dates")


def dates(extract_checked, text, published="2024-05-14"):
    art = extract_checked(TITLE + text, published=published)
    return [(f.text, f.value, f.precision, f.relative) for f in art.of_type("date")]


@pytest.mark.parametrize("ex", DATA["examples"], ids=lambda e: e["text"][:30])
def test_data_file_examples(extract_checked, ex):
    got = [d for d in dates(extract_checked, ex["text"], ex["published"]) if d[3]]
    assert [(v, p) for _, v, p, _ in got] == [(ex["value"], ex["precision"])]


@pytest.mark.parametrize("text", DATA["counter_examples"])
def test_data_file_counter_examples(extract_checked, text):
    assert not [d for d in dates(extract_checked, text) if d[3]]


@pytest.mark.parametrize("text, published, expected", [
    # crawl: laodong.vn, vtv.vn, bongdaplus.vn … sentences with the page's own date
    ("Đã 5 ngày kể từ khi EURO 2024 khai mạc tại Đức vào thứ Sáu tuần trước và người hâm mộ bắt đầu thích nghi.",
     "2024-06-18", [("thứ Sáu tuần trước", "2024-06-14", "day")]),
    ("Một vụ cháy nhà dân xảy ra vào rạng sáng nay tại ngõ Trại Cá, Hoàng Mai, Hà Nội.",
     "2024-06-14", [("rạng sáng nay", "2024-06-14", "day")]),
    ("Do đó, ngoài đêm nay và rạng sáng mai, những ngày tiếp theo sẽ đều có 3 trận.",
     "2024-06-18", [("đêm nay", "2024-06-18", "day"), ("rạng sáng mai", "2024-06-19", "day")]),
    ("Trận đấu gần nhất của hậu vệ người Hà Lan diễn ra cách đây 14 tháng.",
     "2024-07-14", [("cách đây 14 tháng", "2023-05", "month")]),
    ("Man Utd đã công bố hợp đồng mới của Evans vào đầu tháng này.",
     "2024-07-28", [("tháng này", "2024-07", "month")]),
    ("Hôm qua, thị trường vàng thế giới tăng lên ngưỡng 2.627,5 USD/ounce.",
     "2024-09-24", [("Hôm qua", "2024-09-23", "day")]),
    # written for the test
    ("Hôm kia, Sở Nội vụ đã kiểm tra 12 xã.", "2024-03-01", [("Hôm kia", "2024-02-28", "day")]),
    ("Ba ngày trước, tỉnh đã khai trương Trung tâm Phục vụ hành chính công.", "2024-01-02",
     [("Ba ngày trước", "2023-12-30", "day")]),
    ("Tháng 12 năm ngoái, tỉnh đã cắt giảm 30 thủ tục.", "2024-01-15", [("Tháng 12 năm ngoái", "2023-12", "month")]),
    ("Tháng trước, tỉnh đã cắt giảm 20 thủ tục hành chính.", "2024-01-15", [("Tháng trước", "2023-12", "month")]),
])
def test_relative_dates(extract_checked, text, published, expected):
    got = [d for d in dates(extract_checked, text, published) if d[3]]
    assert [(t, v, p) for t, v, p, _ in got] == expected


@pytest.mark.parametrize("text", [
    "Hôm qua, UBND tỉnh tổ chức hội nghị trực tuyến.",
    "Tháng trước, tỉnh đã cắt giảm 20 thủ tục hành chính.",
    "Cách đây 3 ngày, tỉnh đã khai trương Trung tâm Phục vụ hành chính công.",
])
def test_left_out_without_published(extract_checked, text):
    assert dates(extract_checked, text, published=None) == []


def test_month_published_resolves_months_only(extract_checked):
    text = "Hôm qua, tỉnh đã họp. Tháng trước, tỉnh đã cắt giảm 20 thủ tục hành chính."
    assert [(v, p) for _, v, p, r in dates(extract_checked, text, "2020-10") if r] == [("2020-09", "month")]


@pytest.mark.parametrize("text", [
    "Tuần trước, tỉnh đã họp.",                                # a week: no day, month or quarter
    "Anh nhận bài 3 ngày trước khi biểu diễn.",                # before another event
    "Tỷ lệ hồ sơ trực tuyến tăng mạnh trong 2 ngày qua.",      # a duration
    "Hồ sơ phải nộp trước 3 ngày.",
    "Ngày nay, người dân có thể nộp hồ sơ trực tuyến.",
    "Sau khi về nước, ông làm việc tại Bộ Nội vụ một tuần trước đó.",
])
def test_not_relative_dates(extract_checked, text):
    assert [d for d in dates(extract_checked, text) if d[3]] == []


def test_explicit_date_wins(extract_checked):
    got = dates(extract_checked, "Sáng nay (12/4), tại Hà Nội, hội nghị được tổ chức.", "2024-04-12")
    assert got == [("Sáng nay (12/4)", "2024-04-12", "day", False)]
    got = dates(extract_checked, "Giá vàng hôm nay 24/9/2024 tăng mạnh so với hôm qua.", "2024-09-24")
    assert got == [("24/9/2024", "2024-09-24", "day", False), ("hôm qua", "2024-09-23", "day", True)]


def test_relative_field_in_json(extract_checked):
    art = extract_checked(TITLE + "Hôm qua, UBND tỉnh họp. Ngày 24/9/2020, tỉnh ban hành kế hoạch.",
                          published="2024-05-14")
    by_text = {f.text: f.model_dump() for f in art.of_type("date")}
    assert by_text["Hôm qua"]["relative"] is True and by_text["Hôm qua"]["year_inferred"] is False
    assert by_text["24/9/2020"]["relative"] is False


def test_data_words_are_normalized_and_lower_case():
    # the text the patterns run on is normalized (NFC, one tone-mark convention)
    from cchc_extract.normalize import normalize

    for key in ("day_words", "month_words", "week_words", "weekdays", "year_words", "counted_units",
                "spelled_numbers"):
        for w in DATA[key]:
            assert w == normalize(w) == w.lower(), (key, w)
    for w in DATA["not_after"] + DATA["not_before_count"]:
        assert w == normalize(w), w
