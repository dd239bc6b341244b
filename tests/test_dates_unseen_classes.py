"""Date classes found on pages of the genre the rules had not seen (made-up sentences in their shape).

Each class has sentences that must give the date and counter-examples that must not: a lunar day,
a count of days, a fraction, a score, a birth date or a past story's year.
"""
from __future__ import annotations

import pytest

import cchc_extract as cx


def dates(text: str, published: str | None = None) -> list[tuple[str, str]]:
    art = cx.extract(text, published=published)
    for f in art.facts:
        assert art.text[f.start:f.end] == f.text
    return [(f.text, f.value) for f in art.facts if f.type == "date"]


def values(text: str, published: str | None = None) -> set[str]:
    return {v for _, v in dates(text, published)}


# ---------------------------------------------------------------- days and months written in words

@pytest.mark.parametrize("text, value", [
    ("Lễ ký kết diễn ra ngày 26 tháng 4 tại Hà Nội.", "--04-26"),
    ("Sáng mùng 2 tháng 9, người dân đổ về quảng trường.", "--09-02"),
    ("Quyết định được ký ngày 22 tháng 4 2015 tại Hà Nội.", "2015-04-22"),
    ("Quyết định được ký ngày 22 tháng 4, 2015.", "2015-04-22"),
])
def test_day_and_month_in_words(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Lễ hội diễn ra ngày 15 tháng 8 âm lịch.",
    "Lễ hội diễn ra ngày 10 tháng 3 (ÂL) hằng năm.",
    "Giỗ Tổ diễn ra ngày 10 tháng 3 năm Giáp Thìn.",
    "Thời gian lưu trú tối đa là 15 ngày 3 tháng một lần.",
])
def test_lunar_days_and_counts_in_words_are_no_dates(text):
    assert dates(text) == []


def test_a_day_in_words_takes_the_published_year():
    assert values("Lễ ký kết diễn ra ngày 26 tháng 4 tại Hà Nội.", "2024-05-02") == {"2024-04-26"}


# ---------------------------------------------------------------- en dash, weekdays, holiday breaks

@pytest.mark.parametrize("text, expected", [
    ("Ngày 19 – 4, UBND tỉnh tổ chức phiên họp thường kỳ.", {"--04-19"}),
    ("(BBT) Ngày 17 – 9, UBND tỉnh họp phiên thường kỳ tháng 9.", {"--09-17"}),
    ("Người lao động làm bù vào thứ hai 29/4.", {"--04-29"}),
    ("Ngày làm việc thứ sáu 2-5 được hoán đổi sang thứ bảy 26-4.", {"--05-02", "--04-26"}),
    ("Lịch thi đấu: Chủ nhật, 12/5 tại sân vận động tỉnh.", {"--05-12"}),
    ("Bộ đề xuất hoán đổi ngày làm việc để kỳ nghỉ lễ 30/4-1/5 kéo dài 5 ngày.", {"--04-30", "--05-01"}),
    ("Năm nay, dịp nghỉ Lễ 30/4 – 1/5 trùng với cuối tuần.", {"--04-30", "--05-01"}),
])
def test_time_words_of_the_unseen_pages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Giỗ Tổ Hùng Vương được nghỉ 1 ngày (ngày 10/3 âm lịch).",
    "Hội nghị diễn ra ngày 5 – 6/3 tại tỉnh.",  # a range, not 5 June
])
def test_en_dash_and_lunar_counter_examples(text):
    assert "--06-05" not in values(text) and "--03-10" not in values(text)


@pytest.mark.parametrize("text", [
    "Đội bóng xếp thứ năm 5/12 đội tham dự.",
    "Dự thảo được thông qua ở lần thứ hai 2/3 số phiếu.",
])
def test_an_ordinal_is_no_weekday(text):
    assert dates(text) == []


def test_a_range_with_an_en_dash_gives_both_days():
    assert values("Hội nghị diễn ra ngày 5 – 6/3 tại tỉnh.") == {"--03-05", "--03-06"}


# ---------------------------------------------------------------- bare days after a preposition

@pytest.mark.parametrize("text, expected", [
    ("Từ 1/7, tỉnh áp dụng bảng giá đất mới.", {"--07-01"}),
    ("Kể từ 1/7, người dân nộp hồ sơ trực tuyến.", {"--07-01"}),
    ("Trước 30/6, các đơn vị phải gửi báo cáo.", {"--06-30"}),
    ("Tỉnh đã giải ngân 50% vốn tính đến hết 30/6.", {"--06-30"}),
    ("Hội nghị được tổ chức vào 12/5 vừa qua.", {"--05-12"}),
    ("Từ 20/5 - 10/7, tỉnh tổ chức đợt cao điểm.", {"--05-20", "--07-10"}),
    ("Người lao động được nghỉ 5 ngày, kéo dài từ 30-4 đến hết 4-5 (đã hoán đổi ngày làm việc).",
     {"--04-30", "--05-04"}),
    ("Tuần lễ từ 12 đến 18/5, tỉnh tổ chức hội chợ.", {"--05-12", "--05-18"}),
    ("Hội nghị diễn ra trong hai ngày 5 và 6/3 tại tỉnh.", {"--03-05", "--03-06"}),
])
def test_bare_days_after_a_preposition(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Tỷ lệ che phủ tăng từ 2/3 lên 3/4 diện tích.",
    "Số xã đạt chuẩn tăng từ 3/5 đến 5/5 tiêu chí.",
    "Thời gian điều trị kéo dài từ 1-2 đến 3-4 tuần.",
    "Mỗi lớp có từ 6-8 đến 10-12 người.",
    "Thể Công Viettel vượt lên dẫn trước 2-1.",
    "Hai đội hòa sau 1-1.",
    "Hồ sơ đạt 5/6 tiêu chí trước 3/4 số xã.",
])
def test_fractions_counts_and_scores_after_a_preposition_are_no_dates(text):
    assert dates(text) == []


# ---------------------------------------------------------------- the year of a day written in full nearby

def test_a_day_takes_the_year_of_the_same_day_written_in_full():
    text = "Dự kiến ngày 16/4 tổ chức Hội nghị toàn quốc.\nBộ sẽ tổ chức Hội nghị vào ngày 16/4/2025."
    assert ("ngày 16/4", "2025-04-16") in dates(text)


def test_a_day_shortly_before_a_date_written_in_full_takes_its_year():
    text = ("Ngày 30/9, UBND tỉnh có công văn về việc vận hành Trung tâm.\n\n"
            "Trung tâm bắt đầu hoạt động từ ngày 02 tháng 10 năm 2020.")
    assert ("Ngày 30/9", "2020-09-30") in dates(text)
    text = "Ngày 25-2, Bộ khai trương hệ thống. Sau khi khai trương, mục tiêu đến ngày 1-7-2021, Bộ cấp 50 triệu thẻ."
    assert ("Ngày 25-2", "2021-02-25") in dates(text)


@pytest.mark.parametrize("text, day", [
    # a past day written in full: the story's day is later
    ("Sáng 11/4, tại TAND tỉnh, bị cáo nói lời sau cùng.\nTheo cáo trạng, ngày 3/2/2023, bị cáo nhận tiền.",
     "Sáng 11/4"),
    # a birth date
    ("Tối 2/6, ca sĩ lên tiếng về tai nạn.\nCa sĩ tên thật là Nguyễn Văn An, sinh ngày 22/06/1985.", "Tối 2/6"),
    # the issuing date of a legal reference
    ("Ngày 30/9, UBND tỉnh có công văn.\nTrung tâm được thành lập theo Quyết định số 2525/QĐ-UBND ngày 05/7/2019.",
     "Ngày 30/9"),
    # an anniversary of a year long before the one the body writes
    ("Chương trình dự kiến diễn ra vào tối 19/7 tại Quảng Trị.\n"
     "Đây là hoạt động kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 2024).", "vào tối 19/7"),
    # a day long before the date written in full, in another paragraph
    ("Vào ngày 28/5, nội các sẽ thông qua quyết định.\n\nÔng mô tả vụ đột kích ngày 7/10/2023 là khủng bố.",
     "Vào ngày 28/5"),
])
def test_no_year_is_lent_by_an_unrelated_date(text, day):
    got = dict(dates(text))
    assert got[day].startswith("--")


def test_the_published_date_wins_over_the_written_dates():
    text = "Ngày 30/9, UBND tỉnh có công văn.\nTrung tâm hoạt động từ ngày 02 tháng 10 năm 2020."
    assert ("Ngày 30/9", "2021-09-30") in dates(text, "2021-10-01")


# ---------------------------------------------------------------- a holiday written with its year

def test_a_holiday_written_with_its_year_is_that_full_date():
    assert values("Thủ tướng đồng ý lịch nghỉ lễ Quốc tế lao động 1-5-2025.") == {"2025-05-01"}
    assert values("Chào mừng Quốc khánh 2/9.") == {"--09-02"}


# ---------------------------------------------------------------- lunar days written with digits

@pytest.mark.parametrize("text, expected", [
    ("Lễ dâng hương diễn ra ngày 06/3 năm Quý Mão.", set()),
    ("Lễ hội diễn ra từ mùng 1 - 10 tháng 3 âm lịch.", set()),
    ("Lễ khai mạc lúc 20 giờ ngày 09/9/2016 (9/8/2016 ÂL).", {"2016-09-09"}),
    ("Lễ dâng hương diễn ra từ ngày 20/4 - 29/4/2023 (tức từ ngày 1/3 - 10/3 năm Quý Mão).",
     {"2023-04-20", "2023-04-29"}),
    ("Ngày giỗ Tổ 10/3 Âm lịch là ngày 29/4 dương lịch.", {"--04-29"}),
    ("Sáng 5/9 năm ngoái, trường khai giảng năm học mới.", {"--09-05"}),
])
def test_lunar_days_are_no_dates(text, expected):
    assert values(text) == expected
