"""Date classes of pages the rules had not seen, second round (made-up sentences in their shape).

A page's time stamp at the end of a teaser line, a score after a score's word, and days in a
sentence that runs across the turn of the year to a day written in full.
"""
from __future__ import annotations

import pytest

import cchc_extract as cx


from test_dates_unseen_classes import dates, values  # the same helpers


LEAD = "Tỉnh tổ chức hội nghị.\n"
TAIL = "\nNội dung hội nghị tập trung vào cấp xã."


# ---------------------------------------------------------------- a time stamp ending a line

@pytest.mark.parametrize("line", [
    "Đội tuyển “đá nháp” hòa đối thủ, huấn luyện viên trưởng chuẩn bị cho trận đấu quyết định 02/06/2024 19:35",
    "Cải cách hành chính tạo chuyển biến rõ nét trong thu hút đầu tư của tỉnh miền núi phía Bắc 15/09/2023 - 08:15",
    "Đẩy mạnh chuyển đổi số ở cấp xã, hướng tới nền hành chính phục vụ người dân và doanh nghiệp 05/11/2023 10:20 (GMT+7)",
    "Chủ tịch UBND tỉnh đối thoại với doanh nghiệp về thủ tục hành chính trong lĩnh vực đất đai 20/10/2024 | 14:05",
    "Nhiều địa phương hoàn thành sớm việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính 7/3/2024 9h05",
])
def test_time_stamp_at_the_end_of_a_line_is_no_date(line):
    assert dates(LEAD + line + TAIL) == []


@pytest.mark.parametrize("line, value", [
    ("Sở Nội vụ cho biết, kỳ thi tuyển công chức năm nay sẽ bắt đầu vào ngày 12/06/2024 07:30", "2024-06-12"),
    ("Theo thông báo của Ban tổ chức, hội nghị tổng kết công tác cải cách hành chính sẽ khai mạc lúc 12/03/2024 08:00",
     "2024-03-12"),
    ("Theo thông báo, đợt tiếp nhận hồ sơ kéo dài từ ngày 01/06/2024 08:00 đến 15/06/2024 17:00", "2024-06-15"),
    ("Hội nghị trực tuyến toàn quốc diễn ra ngày 12/03/2024 08:00 tại 63 điểm cầu trên cả nước.", "2024-03-12"),
])
def test_day_of_the_story_with_its_hour_stays_a_date(line, value):
    assert value in values(LEAD + line + TAIL)


# ---------------------------------------------------------------- a score after a score's word

@pytest.mark.parametrize("text", [
    "Đội chủ nhà thắng liền 3 trận với tổng tỷ số bàn thắng lên tới 10-1.",
    "Họ thắng áp đảo với cách biệt tới 5-0.",
    "Hai đội hòa nhau sau khi đội khách dẫn trước tới 2-0.",
    "Trận lượt đi kết thúc với tỉ số nghiêng về đội khách tới 4-1, khép lại hy vọng của chủ nhà.",
])
def test_score_after_a_score_word_is_no_date(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, value", [
    ("Từ 1/7, đội thắng giải sẽ được thưởng; chương trình kéo dài đến 30/9.", "--07-01"),
    ("Hồ sơ được tiếp nhận đến 30/9.", "--09-30"),
    ("Người dân được nộp hồ sơ trực tuyến kể từ 15/8, không phải đến trụ sở.", "--08-15"),
])
def test_day_after_a_preposition_still_a_date(text, value):
    assert value in values(text)


# ---------------------------------------------------------------- across the turn of the year

@pytest.mark.parametrize("text, expected", [
    ("Vòng bảng kết thúc vào ngày 21/12, bán kết từ ngày 26 đến 30/12, chung kết vào ngày 2 và 5/1/2025.",
     {"2024-12-21", "2024-12-26", "2024-12-30", "2025-01-02", "2025-01-05"}),
    ("Đợt cao điểm bắt đầu từ ngày 15/12 và kéo dài tới hết ngày 28/2/2025.", {"2024-12-15", "2025-02-28"}),
    ("Chiều 30/11, tỉnh khởi công dự án, dự kiến hoàn thành ngày 15/3/2025.", {"2024-11-30", "2025-03-15"}),
    ("Sáng 28-12, Sở Nội vụ triển khai kế hoạch, hạn chót nộp báo cáo là ngày 10-1-2024.",
     {"2023-12-28", "2024-01-10"}),
])
def test_days_before_the_turn_of_the_year_take_the_year_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Ngày 20/12, tòa xét xử vụ án xảy ra ngày 5/1/2024 tại huyện.", "2024-12-20"),
    ("Ngày 10/6, tỉnh tổng kết đợt thi đua bắt đầu từ ngày 1/2/2024.", "2024-06-10"),
    ("Sáng 15/11, đoàn kiểm tra làm việc tại xã, nơi hồi tháng trước đã phát hiện sai phạm ngày 2/1/2024.",
     "2024-11-15"),
])
def test_a_past_event_written_in_full_keeps_its_year(text, value):
    assert value in values(text)


def test_published_date_wins_over_the_turn_of_the_year():
    text = "Vòng bảng kết thúc vào ngày 21/12, chung kết vào ngày 5/1/2025."
    assert "2024-12-21" in values(text, published="2024-12-09")


# ---------------------------------------------------------------- periods of a record

@pytest.mark.parametrize("text, expected", [
    ("Quảng Ninh có 6 lần đứng đầu bảng xếp hạng (2017 đến năm 2020 và 2022 - 2023).", {(2017, 2020), (2022, 2023)}),
    ("Tỉnh dẫn đầu Chỉ số PAPI trong các giai đoạn 2015-2018 và 2020-2021.", {(2015, 2018), (2020, 2021)}),
    ("Tỉnh xếp thứ nhất các năm 2012 - 2016; 2019-2020 theo báo cáo.", {(2012, 2016), (2019, 2020)}),
    ("Tỉnh đứng đầu trong các năm 2018 đến 2021, nay tụt hạng.", {(2018, 2021)}),
])
def test_periods_of_a_record(text, expected):
    art = cx.extract(text)
    for f in art.facts:
        assert art.text[f.start:f.end] == f.text
    assert {(f.start_year, f.end_year) for f in art.facts if f.type == "period"} == expected


@pytest.mark.parametrize("text", [
    "Trường khai giảng năm học 2023-2024 và 2024-2025.",
    "Đội bóng thi đấu tại V-League 2023-2024, 2024-2025.",
    "Tỉnh có 2017 đến 2020 hồ sơ mỗi tháng.",
    "Mỗi ngày tiếp nhận từ 2015 đến 2030 lượt người.",
])
def test_not_periods(text):
    assert [f for f in cx.extract(text).facts if f.type == "period"] == []


# ---------------------------------------------------------------- "hồi tháng N" with the article's date

@pytest.mark.parametrize("text, value", [
    ("Hồi tháng 8, ứng viên đã chọn thành phố này để mở đầu chiến dịch.", "2024-08"),
    ("Cơ quan điều tra đã khởi tố vụ án hồi tháng 3.", "2024-03"),
    ("Như đã đưa tin hồi tháng 9, tỉnh đã thí điểm mô hình một cửa.", "2024-09"),
])
def test_month_after_hoi_takes_the_articles_year(text, value):
    assert value in values(text, published="2024-10-20")


def test_month_after_hoi_without_the_articles_date_is_left_out():
    assert dates("Hồi tháng 8, ứng viên đã chọn thành phố này. Năm 2016, ông thua cuộc.") == []


# ---------------------------------------------------------------- a date after a metadata label

@pytest.mark.parametrize("line", [
    "Lượt xem: 2.345 | Ngày in: 15/03/2024",
    "Tác giả: Minh Anh – Cập nhật lúc 10:20 15/03/2024",
    "Nguồn: Sở Nội vụ | Ngày xuất bản: 15/03/2024 | Chia sẻ",
    "Lượt đọc: 120 • Ngày cập nhật: 15/03/2024",
])
def test_date_after_a_metadata_label_is_no_date(line):
    assert dates("UBND tỉnh tổ chức hội nghị về cải cách hành chính.\n" + line + "\nTỉnh đạt nhiều kết quả.") == []


@pytest.mark.parametrize("text, value", [
    ("Sở Nội vụ đã cập nhật ngày 15/03/2024 danh mục thủ tục hành chính mới.", "2024-03-15"),
    ("Cuốn sách được xuất bản ngày 15/03/2024 tại Hà Nội.", "2024-03-15"),
    ("Văn bản được ban hành ngày 15/03/2024 và có hiệu lực ngay.", "2024-03-15"),
])
def test_a_sentence_about_updating_keeps_its_date(text, value):
    assert value in values(text)


# ---------------------------------------------------------------- day ranges in parentheses or with a year

@pytest.mark.parametrize("text, expected", [
    ("Trong 2 ngày (15-16/3), đoàn công tác làm việc tại tỉnh.", {"--03-15", "--03-16"}),
    ("Đoàn công tác làm việc tại tỉnh từ 15-16/3/2024.", {"2024-03-15", "2024-03-16"}),
    ("Trong hai ngày (20 – 21/8/2023), hội nghị được tổ chức tại Hà Nội.", {"2023-08-20", "2023-08-21"}),
])
def test_day_range_in_parentheses_or_with_its_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Giá trị tăng từ 1-2/3 lên 3/4 diện tích.",
    "Tỷ lệ đạt (1-2/3) số xã.",
    "Mỗi tổ có từ 3-4/5 thành viên là nữ.",
])
def test_fractions_are_not_day_ranges(text):
    assert dates(text) == []


# ---------------------------------------------------------------- quarters listed with one year

@pytest.mark.parametrize("text, expected", [
    ("Trong quý I và II/2024, tỉnh tiếp nhận 5.000 hồ sơ.", {"2024-Q1", "2024-Q2"}),
    ("Kết quả quý III, IV/2023 cho thấy tỉnh tiến bộ.", {"2023-Q3", "2023-Q4"}),
    ("Số liệu quý II - III năm 2022 tăng mạnh.", {"2022-Q2", "2022-Q3"}),
])
def test_quarters_listed_share_the_year(text, expected):
    assert values(text) == expected


# ---------------------------------------------------------------- lunar days written with a dash or their solar day

@pytest.mark.parametrize("text, expected", [
    ("Đại lễ diễn ra từ ngày 1/4 đến 15/4 - Giáp Thìn (tức 8/5 đến 22/5/2024 dương lịch).", {"2024-05-22"}),
    ("Lễ hội diễn ra ngày 10/3 (tức ngày 17/4 dương lịch).", {"--04-17"}),
    ("Lễ giỗ tổ diễn ra vào ngày 10/3 – năm Quý Mão.", set()),
    ("Hội làng mở vào ngày 6/1 – Ất Tỵ, kéo dài ba ngày.", set()),
])
def test_lunar_days(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Hội nghị diễn ra ngày 15/4 - Tân Phú đăng cai.", "--04-15"),
    ("Chiều 15/4 – Thân Đức Hưng phát biểu.", "--04-15"),
    ("Sáng 2/9 - Quốc khánh, người dân treo cờ.", "--09-02"),
])
def test_a_name_after_a_dash_is_no_lunar_year(text, value):
    assert value in values(text)


# ---------------------------------------------------------------- the body's year of a past story

@pytest.mark.parametrize("text, value", [
    ("Năm 1966, nhà văn ra mắt tiểu thuyết đầu tay. Cuối năm 1966, bà chuyển nhà. Năm 2017, bà viết di chúc. "
     "Chiều 4-12, truyền thông đưa tin bà qua đời.", "--12-04"),
    ("Ông sinh ra ở làng này. Năm 1975, ông nhập ngũ; đến năm 1975 ông về quê. Năm 2020, ông nghỉ hưu. "
     "Sáng 3-5, gia đình tổ chức lễ mừng thọ.", "--05-03"),
    ("Ngôi chùa xây năm 1930. Năm 1930 là năm khởi công, và năm 2019 chùa được trùng tu. "
     "Ngày 12/2, chùa đón hàng nghìn du khách.", "--02-12"),
])
def test_a_past_story_year_is_not_the_articles(text, value):
    assert value in values(text)


def test_the_body_year_near_the_latest_is_still_used():
    text = ("Năm 2023, tỉnh đạt nhiều kết quả. Cuối năm 2023, tỉnh tổng kết. Năm 2024 tỉnh đặt mục tiêu mới. "
            "Sáng 3-5, tỉnh tổ chức hội nghị.")
    assert "2023-05-03" in values(text)


# ---------------------------------------------------------------- lists of days sharing one month; months in words

@pytest.mark.parametrize("text, expected", [
    ("Kỳ thi tốt nghiệp THPT năm 2024 được tổ chức vào các ngày 26, 27, 28 và 29/6/2024.",
     {"2024-06-26", "2024-06-27", "2024-06-28", "2024-06-29"}),
    ("Trong các ngày 8, 9 và 10/3, đoàn kiểm tra làm việc tại tỉnh năm 2024.", {"2024-03-08", "2024-03-09", "2024-03-10"}),
    ("Hội nghị diễn ra trong các ngày 5, 6, 7/12/2023 tại Hà Nội.", {"2023-12-05", "2023-12-06", "2023-12-07"}),
])
def test_days_listed_share_the_month(text, expected):
    assert values(text) == expected


def test_lunar_days_listed_are_no_dates():
    assert dates("Lễ hội diễn ra các ngày 8, 9 và 10/3 âm lịch.") == []


@pytest.mark.parametrize("text, value", [
    ("Trong tháng Ba năm 2024, tỉnh tiếp nhận 5.000 hồ sơ.", "2024-03"),
    ("Đến tháng Mười Hai năm 2023, tỉnh hoàn thành kế hoạch.", "2023-12"),
    ("Từ tháng sáu năm 2022, Trung tâm phục vụ hành chính công đi vào hoạt động.", "2022-06"),
])
def test_month_named_in_words(text, value):
    assert values(text) == {value}


@pytest.mark.parametrize("text", [
    "Trong những tháng năm 2024, tỉnh tiếp nhận nhiều hồ sơ.",
    "Tết diễn ra vào tháng Giêng năm Giáp Thìn.",
    "Các tháng Chạp năm 2023 và tháng Giêng năm 2024 là mùa lễ hội.",
])
def test_not_months_in_words(text):
    assert dates(text) == []
