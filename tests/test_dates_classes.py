"""Day-month dates without a year in articles with no publication date: the year the body keeps
returning to (data/dates.json ``body_year``). Made-up sentences in the shape of the class."""
import cchc_extract as cx


def _dates(text):
    art = cx.extract(text)
    assert isinstance(art, cx.Article), art
    out = []
    for f in art.facts:
        assert art.text[f.start:f.end] == f.text
        if f.type == "date":
            out.append((f.text, f.value, f.year_inferred))
    return out


def test_body_year_written_twice_dates_the_day():
    text = ("Sáng 17/7, huyện tổ chức hội nghị sơ kết.\n"
            "Các nhiệm vụ 6 tháng cuối năm 2024 được giao cụ thể.\n"
            "Năm 2024, huyện phấn đấu hoàn thành kế hoạch.")
    assert ("Sáng 17/7", "2024-07-17", True) in _dates(text)


def test_body_year_beats_a_year_written_once():
    text = ("Chiều 18/7, công ty họp đại hội cổ đông thường niên.\n"
            "Năm 2022, công ty lỗ 100 tỷ đồng.\n"
            "Doanh thu năm 2024 giảm mạnh.\nKế hoạch năm 2024 chưa được thông qua.")
    assert ("Chiều 18/7", "2024-07-18", True) in _dates(text)


def test_single_mention_gives_no_year():
    text = "Ngày 21/10, Quốc hội khai mạc kỳ họp.\nCác mục tiêu của năm 2024 cơ bản hoàn thành."
    assert ("Ngày 21/10", "--10-21", False) in _dates(text)


def test_a_tie_takes_the_latest_year():
    text = ("Chiều 5/10, hội nghị diễn ra.\nNăm 2022 tỉnh đạt kết quả tốt, năm 2022 là năm bản lề.\n"
            "Năm 2023 tỉnh tiếp tục cải thiện, năm 2023 tăng 5 bậc.")
    assert ("Chiều 5/10", "2023-10-05", True) in _dates(text)


def test_a_goals_year_does_not_count():
    text = ("Sáng 12/10, hai bên hội đàm.\nĐến năm 2025, hai bên phấn đấu đạt kim ngạch 100 tỷ USD.\n"
            "Tầm nhìn 2025 được hai bên thống nhất.\nNăm 2024 là năm bản lề.")
    assert ("Sáng 12/10", "--10-12", False) in _dates(text)


def test_as_of_a_year_still_counts():
    text = ("Hôm 6/9, công ty công bố kết quả.\nĐến giữa năm 2024, tỷ lệ nợ tăng mạnh.\n"
            "Doanh thu nửa đầu năm 2024 giảm.\nNăm 2021 công ty có lãi, cuối năm 2021 lãi lớn.")
    assert ("Hôm 6/9", "2024-09-06", True) in _dates(text)


def test_index_ranking_and_law_years_do_not_count():
    text = ("Chiều 9/1, thành phố công bố kết quả.\n"
            "Chỉ số cải cách hành chính năm 2025 của các sở tăng.\n"
            "Sở Nội vụ xếp thứ 2 năm 2025, Sở Tài chính xếp thứ 3 năm 2025.\n"
            "Nội dung được đồng bộ với Luật Khám bệnh, chữa bệnh năm 2025.")
    assert ("Chiều 9/1", "--01-09", False) in _dates(text)


def test_year_ranges_do_not_count():
    # (a school year in the day's own sentence dates it: see test_a_school_year_dates_its_days)
    text = ("Ngày 9/6, trường tổ chức lễ tổng kết.\nNăm học 2024-2025 có nhiều đổi mới.\n"
            "Kế hoạch năm học 2024-2025 được ban hành.\nNhiệm kỳ 2021 - 2026 sắp kết thúc.")
    assert ("Ngày 9/6", "--06-09", False) in _dates(text)


def test_sentence_year_still_wins_over_body_year():
    text = ("Chiều 20-5, Ban Chỉ đạo họp tổng kết công tác năm 2017.\n"
            "Năm 2024 là năm bản lề.\nKế hoạch năm 2024 được phê duyệt.")
    assert ("Chiều 20-5", "2017-05-20", True) in _dates(text)


# ---- a byline line's date is the page's metadata (data/dates.json byline_date) ----------------

def test_a_byline_date_is_no_date():
    text = "Minh Anh 03/04/2023\nSở Nội vụ tổ chức hội nghị tổng kết công tác năm 2022."
    assert [d for d in _dates(text) if d[1] == "2023-04-03"] == []


def test_a_byline_date_with_a_time_is_no_date():
    text = "Trần Thu Hà 21/09/2024 08:30\nTỉnh triển khai dịch vụ công trực tuyến."
    assert [d for d in _dates(text) if d[1] == "2024-09-21"] == []


def test_a_date_in_a_sentence_after_a_name_stays_a_date():
    text = "Tỉnh triển khai dịch vụ công.\nTrần Văn Nam 11/05/2022 ký quyết định bổ nhiệm cán bộ."
    assert ("11/05/2022", "2022-05-11", False) in _dates(text)
