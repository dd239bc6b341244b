"""Date classes of pages the rules had not seen, eighth round (made-up sentences in their shape).

The open end of a range or list takes the year its other end is given; a congress of a term meets
in the term's first year; a score scale (``thang điểm từ 1-10``) is no date; a year written in full
is not lent to a day when the body writes a later year.
"""
from __future__ import annotations

import pytest

from test_dates_unseen_classes import dates, values  # the same helpers


# ---------------------------------------------------------------- the ends of a range share a year

@pytest.mark.parametrize("text, expected", [
    ("Chiến dịch diễn ra từ ngày 29/5 đến ngày 15/8.\n"
     "Các đơn vị báo cáo kết quả trước ngày 15/8 để tổng kết vào cuối năm 2025.",
     {"2025-05-29", "2025-08-15"}),
    ("Đợt thi đua kéo dài từ ngày 20/12 đến ngày 10/1.\n"
     "Hồ sơ nộp trước ngày 10/1 để tổng kết trong năm 2025.",
     {"2024-12-20", "2025-01-10"}),
    ("Người lao động được nghỉ ngày 30/4-1/5.\nNăm 2024, ngày 30/4 rơi vào thứ ba.",
     {"2024-04-30", "2024-05-01"}),
    ("Lượng khách tăng mạnh dịp 30/4 và 1/5.\nNăm 2024, ngày 30/4 rơi vào thứ ba.",
     {"2024-04-30", "2024-05-01"}),
    ("Tỉnh tiếp nhận hồ sơ từ ngày 3/6 đến hết ngày 20/6.\n"
     "Các xã gửi danh sách trước ngày 20/6 để tổng hợp trong năm 2024.",
     {"2024-06-03", "2024-06-20"}),
])
def test_open_end_of_a_range_takes_the_other_ends_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # neither end has a year: both stay --MM-DD
    ("Chiến dịch diễn ra từ ngày 29/5 đến ngày 15/8.", {"--05-29", "--08-15"}),
    # a day farther off than a joiner is not the range's end
    ("Hội chợ mở cửa từ ngày 29/5, sau đó tạm nghỉ đến ngày 15/8.\n"
     "Các đơn vị báo cáo trước ngày 15/8 để tổng kết vào cuối năm 2025.",
     {"--05-29", "2025-08-15"}),
    # a holiday keeps no year even next to a dated day
    ("Người dân nghỉ lễ Quốc khánh 2/9 và 3/9/2024.", {"--09-02", "2024-09-03"}),
])
def test_no_year_from_a_day_that_is_not_the_other_end(text, expected):
    assert values(text) == expected


def test_months_too_far_apart_are_not_one_range():
    text = ("Đợt một diễn ra từ ngày 2/1 đến ngày 30/11.\n"
            "Các đơn vị báo cáo trước ngày 30/11 để tổng kết trong năm 2025.")
    got = values(text)
    assert "2025-11-30" in got and "--01-02" in got


# ---------------------------------------------------------------- a congress of a term

@pytest.mark.parametrize("text, value", [
    ("Ngày 15.10, Thành ủy họp báo thông tin về kết quả Đại hội đại biểu Đảng bộ thành phố lần thứ I, "
     "nhiệm kỳ 2025 - 2030.", "2025-10-15"),
    ("Sáng 20/9, tỉnh khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020-2025.", "2020-09-20"),
    ("Chiều 8/10, Thành ủy TP.HCM thông tin về kết quả Đại hội đại biểu Đảng bộ TP.HCM lần thứ I, "
     "nhiệm kỳ 2025 - 2030.", "2025-10-08"),
    ("Ngày 27/6, huyện tổ chức thành công Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2025 - 2030.",
     "2025-06-27"),
    ("Chiều nay (17/10), Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX tiến hành bầu Ban Chấp hành khóa mới, "
     "nhiệm kỳ 2020 - 2025.", "2020-10-17"),
    ("Chiều 2/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030 đã chính thức khai mạc phiên trù bị.",
     "2025-10-02"),
    ("Sáng 24/6, Đảng bộ Sở Nội vụ đã tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030.", "2025-06-24"),
])
def test_congress_of_a_term_meets_in_its_first_year(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text, value", [
    # a resolution of the congress carried out later
    ("Chiều 12/5, tỉnh triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025.", "--05-12"),
    # a term without a congress
    ("Ngày 3/4, huyện sơ kết giữa nhiệm kỳ 2020 - 2025.", "--04-03"),
    # a term of two consecutive years is no party term here
    ("Sáng 5/3, chi bộ tổ chức Đại hội nhiệm kỳ 2025-2026.", "--03-05"),
    # a resolution the congress passed, a committee serving it, a congress being prepared
    ("Sáng 5/3, tỉnh quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX thông qua, nhiệm kỳ 2020 - 2025.", "--03-05"),
    ("Ngày 28-2, Tiểu ban phục vụ Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 họp triển khai nhiệm vụ.",
     "--02-28"),
    ("Sáng 9/1, huyện họp chuẩn bị tổ chức Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2025 - 2030.", "--01-09"),
])
def test_no_congress_year_outside_a_congress_held(text, value):
    assert value in values(text)


# ---------------------------------------------------------------- a score scale

@pytest.mark.parametrize("text", [
    "Khoảng cách giữa tỉnh cao nhất và thấp nhất tương đối xa trên thang điểm từ 1-10, cụ thể tỉnh thấp nhất đạt 5,4 điểm.",
    "Người dân chấm mức độ hài lòng trên thang điểm từ 1-5, kết quả trung bình đạt 4,2 điểm.",
    "Mỗi tiêu chí được đánh giá theo thang đo từ 1-7, điểm càng cao càng tốt.",
])
def test_score_scale_is_no_date(text):
    assert dates(text) == []


def test_day_after_from_still_a_date_without_a_scale():
    assert "--10-01" in values("Từ 1-10, người dân nộp hồ sơ trực tuyến.")


# ---------------------------------------------------------------- a later year written in the body

def test_no_year_lent_when_the_body_writes_a_later_year():
    text = ("Hôm nay (23-4), tòa xét xử vụ án.\nNgày 8-6-2023, cơ quan điều tra khởi tố vụ án.\n"
            "Đầu năm 2024, tòa cấp cao hủy bản án sơ thẩm.")
    assert values(text) == {"--04-23", "2023-06-08"}


def test_year_still_lent_when_it_is_the_latest():
    text = "Hôm nay (23-4), tòa xét xử vụ án.\nNgày 8-6-2023, cơ quan điều tra khởi tố vụ án."
    assert values(text) == {"2023-04-23", "2023-06-08"}


# ---------------------------------------------------------------- a weekday with its day in parentheses

@pytest.mark.parametrize("text, expected", [
    ("Người lao động được nghỉ chủ nhật (28/4), thứ ba (30/4) và thứ tư (1/5).", {"--04-28", "--04-30", "--05-01"}),
    ("Hội nghị diễn ra vào thứ Hai (15/7) tại trụ sở UBND tỉnh.", {"--07-15"}),
    ("Kết quả được công bố thứ sáu ( 9-8 ) trên cổng thông tin của tỉnh.", {"--08-09"}),
])
def test_weekday_with_its_day_in_parentheses_is_a_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Đội bóng vào vòng thứ hai (1/8) của giải.",
    "Tỉnh đứng ở vị trí thứ ba (3/63) cả nước về chỉ số này.",
])
def test_ordinal_with_parentheses_is_no_date(text):
    assert dates(text) == []


# ---------------------------------------------------------------- days listed with commas

@pytest.mark.parametrize("text, expected", [
    ("Khu du lịch mở cửa miễn phí vào các ngày 29/9, 6/10, 13/10 và 20/10.", {"--09-29", "--10-06", "--10-13", "--10-20"}),
    ("Tỉnh tổ chức tiếp công dân vào các ngày 5/3, 12/3 hoặc 19/3 tại trụ sở.", {"--03-05", "--03-12", "--03-19"}),
])
def test_days_listed_with_commas_and_a_closing_joiner(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tính đến ngày 30/6, 6/6 tỉnh đã hoàn thành và 5/5 huyện đạt chuẩn.", {"--06-30"}),
    ("Ngày 12/5, 3/4 số xã và 2/3 số huyện đạt chuẩn nông thôn mới.", {"--05-12"}),
])
def test_comma_without_a_closing_joiner_keeps_ratios(text, expected):
    assert values(text) == expected


# ---------------------------------------------------------------- more words of the day's time

@pytest.mark.parametrize("text, value", [
    ("Dự báo đêm nay (21-7), khu vực Bắc Bộ có mưa to.", "--07-21"),
    ("Bão dự kiến đổ bộ vào sáng sớm 23.7.", "--07-23"),
])
def test_tonight_and_early_morning(text, value):
    assert values(text) == {value}
