"""Where a day without a year gets its year, on made-up text in the shape of the classes met on
real pages: the page's date (a crawler's month stamp and a listing's teaser dates are none), a
sentence about an index or a report, the sentence before, the same day said again; and days of
every year, which are no dates."""
import cchc_extract as cx
import pytest

from conftest import check_article


def run(text, **kw):
    return check_article(cx.extract(text, **kw))


def dates(text, **kw):
    return [(f.text, f.value) for f in run(text, **kw).facts if f.type == "date"]


def values(text, **kw):
    return [f.value for f in run(text, **kw).facts if f.type == "date"]


# ---- the page's date ---------------------------------------------------------------------------

def test_a_crawlers_month_stamp_is_no_publication_date():
    art = run(" date 2022-03 Tính đến ngày 15/3, Công an huyện đã cấp 12.000 thẻ căn cước cho người dân.\n\n"
              "Công an các xã tổ chức cấp thẻ lưu động tại nhà văn hóa thôn.")
    assert art.published is None
    assert [f.value for f in art.of_type("date")] == ["--03-15"]


def test_a_crawlers_day_stamp_is_still_the_date():
    art = run(" date 2022-03-16 Tính đến ngày 15/3, Công an huyện đã cấp 12.000 thẻ căn cước cho người dân.\n\n"
              "Công an các xã tổ chức cấp thẻ lưu động tại nhà văn hóa thôn.")
    assert art.published == "2022-03-16"
    assert [f.value for f in art.of_type("date")] == ["2022-03-15"]


LISTING = (
    "09:12 14/05/2019\n"
    "Chiều 10-5, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị trực tuyến sơ kết công tác cải cách hành chính với các "
    "bộ, ngành và địa phương trong cả nước.\n \n"
    "15:30 02/11/2015\n"
    "Tỉnh là một trong những địa phương có tốc độ tăng trưởng kinh tế khá cao trong vùng, với nhiều chính sách "
    "thu hút đầu tư vào các khu công nghiệp tập trung của tỉnh ...\n \n"
    "10:05 21/08/2014\n"
    "Sở Nội vụ vừa tổ chức lớp tập huấn nghiệp vụ cho công chức làm việc tại bộ phận một cửa của các huyện, "
    "thị xã và thành phố trên địa bàn tỉnh ...\n"
)


def test_a_listings_teaser_date_is_not_the_pages_date():
    art = run(LISTING)
    assert art.page_kind == "listing"
    assert art.published is None
    assert [f.value for f in art.of_type("date")] == ["--05-10"]


# ---- a sentence about an index or a report -----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Tại hội nghị sơ kết 6 tháng đầu năm 2024 về chuyển đổi số chiều ngày 15/7, Bộ đã công bố xếp hạng "
     "chuyển đổi số các địa phương năm 2023.", "2024-07-15"),
    ("Tại phiên họp thường kỳ tháng 3/2021 sáng 2/4, Văn phòng công bố Chỉ số SIPAS năm 2020.", "2021-04-02"),
    ("Ngày 20/2, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PCI của tỉnh năm 2024.", "2024-02-20"),
])
def test_an_index_sentence_can_still_date_its_day(text, value):
    assert values(text)[-1] == value


@pytest.mark.parametrize("text", [
    "Sáng 19/4, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2022 của các tỉnh.",
    "Năm 2023, Chỉ số PAPI của tỉnh tăng 5 bậc, sáng 12/4 Sở Nội vụ họp bàn giải pháp.",
    "Ngày 5/4, tỉnh ban hành kế hoạch cải thiện Chỉ số PAPI năm 2023 sau khi kết quả được công bố.",
])
def test_the_year_measured_is_not_the_days(text):
    assert values(text)[0].startswith("--")


# ---- the sentence before -----------------------------------------------------------------------

def test_a_day_takes_the_year_of_the_dates_of_the_sentence_before():
    text = ("Thành phố yêu cầu cán bộ hoàn thành cấp tài khoản định danh trong tháng 5-2022. "
            "Tính đến ngày 2-4 rồi, thành phố đã cấp 800.000 tài khoản.")
    assert values(text) == ["2022-05", "2022-04-02"]


@pytest.mark.parametrize("text", [
    # a bare year is the year reported on
    "Năm 2021, tỉnh cấp 50.000 thẻ. Tính đến ngày 2-4, tỉnh đã cấp thêm 8.000 thẻ.",
    # a day said recent is of the article's own time
    "Đến ngày 1/12/2019, bà bắt đầu thi hành án. Ngày 01/6 vừa qua bà được trả tự do.",
    # two years before
    "Kế hoạch tháng 5/2021 được thay bằng kế hoạch tháng 3/2022. Ngày 2/4, Sở họp bàn.",
])
def test_no_year_from_the_sentence_before(text):
    assert [v for v in values(text) if v.endswith(("-04-02", "-06-01"))][0].startswith("--")


def test_the_sentence_before_in_another_paragraph_gives_no_year():
    text = "Thành phố hoàn thành cấp thẻ trong tháng 5-2022.\n\nTính đến ngày 2-4, thành phố đã cấp 800.000 tài khoản."
    assert values(text) == ["2022-05", "--04-02"]


# ---- the same day said again ---------------------------------------------------------------------

def test_a_day_said_again_shares_the_year_its_context_gave_it():
    text = ("Hơn 900 học sinh dự lễ khai giảng năm học 2023-2024 vào sáng 5-9 tại trường.\n\n"
            "Sáng 5-9, nhà trường tổ chức lễ chào cờ và đón học sinh lớp 1.")
    assert values(text) == ["2023-09-05", "2023-09-05"]


def test_a_day_written_in_full_lends_no_year_to_the_same_day():
    text = ("Đêm ngày 12/9/2022, vụ cháy xảy ra tại một chung cư mini.\n\n"
            "Hôm 12/9, Ủy ban công bố danh sách ủng hộ người dân vùng bão.")
    assert values(text) == ["2022-09-12", "--09-12"]


def test_a_historic_year_is_not_the_days_year():
    assert values("Lúc 7h ngày 10-9, mực nước sông Thao cao hơn mức lũ lịch sử năm 1968 là 1,1m.") == ["--09-10"]


# ---- day ranges written with 'từ' alone ----------------------------------------------------------

def test_a_range_after_tu_alone_closed_by_punctuation():
    assert values("Chỉ trong 3 ngày, từ 6 – 8.4, các tổ công tác đã thu nhận 1.032 hồ sơ.") == ["--04-06", "--04-08"]


@pytest.mark.parametrize("text", [
    "Giá trị tăng từ 6 – 8.4 triệu đồng mỗi tháng.",
    "Điểm trung bình tăng từ 6 – 8/10 điểm.",
])
def test_a_range_of_numbers_is_no_range_of_days(text):
    assert values(text) == []


# ---- days of every year ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hằng năm, UBND cấp tỉnh công bố bảng giá đất áp dụng từ ngày 1/1 của năm tiếp theo.",
    "Người lao động được nghỉ thêm ngày 5/9 hằng năm.",
    "Lễ hội được tổ chức vào ngày 10/3 hàng năm tại đền.",
])
def test_a_day_of_every_year_is_no_date(text):
    assert values(text) == []


def test_a_day_of_this_year_stays_a_date():
    assert values("Bảng giá đất mới được áp dụng từ ngày 1/8 năm nay.", published="2024-07-30") == ["2024-08-01"]


# ---- a legal text's date and a labelled section line --------------------------------------------

LEGAL = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
         "TỈNH HÒA BÌNH | Độc lập - Tự do - Hạnh phúc |\n"
         "Số: 1234/KH-UBND | Hòa Bình, ngày 05 tháng 3 năm 2022 |\n"
         "KẾ HOẠCH\nCải cách hành chính năm 2022\n"
         "Căn cứ Quyết định số 567/QĐ-UBND ngày 20/12/2021 của Ủy ban nhân dân tỉnh;\n"
         "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
         "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2022 như sau:\n"
         "Điều 1. Các sở, ngành báo cáo kết quả trước ngày 15/12.\n")


def test_a_legal_texts_date_is_its_header_place_and_date():
    art = run(LEGAL)
    assert art.page_kind == "legal_document"
    assert art.published == "2022-03-05"
    assert ("trước ngày 15/12", "2022-12-15") in [(f.text, f.value) for f in art.of_type("date")]


def test_a_legal_texts_date_broken_over_lines_or_in_a_database_row():
    from cchc_extract.published import legal_date

    assert legal_date(["Số: 3612/KH-UBND", "|", "Bình Thuận, ngày", "29 tháng 9 năm 2021", "|", "KẾ HOẠCH"]) == "2021-09-29"
    assert legal_date(["Số hiệu | 27/2025/QĐ-UBND |", "Ngày ban hành | 12/09/2025 |",
                       "Ngày có hiệu lực | 22/09/2025 |"]) == "2025-09-12"
    # a recital's date is another document's
    assert legal_date(["KẾ HOẠCH", "Căn cứ Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh;",
                       "Bình Dương, ngày 11 tháng 10 năm 2018"]) is None


def test_a_section_line_above_the_body_gives_its_labelled_date():
    art = run("Công bố Chỉ số hài lòng của người dân năm 2016\n\n"
              "Chuyên mục: Cải cách hành chính | Đăng ngày: 11/04/2017\n\n"
              "Ngày 04/4, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị công bố Chỉ số hài lòng của người dân năm 2016.")
    assert art.published == "2017-04-11"
    assert [f.value for f in art.of_type("date")] == ["2017-04-04"]


# ---- seasons and tournaments ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Theo lịch, trận đấu tại vòng 8 V-League 2024/2025 diễn ra vào lúc 19h15 tối 16/11.", "2024-11-16"),
    ("Trận đấu diễn ra ngày 20/3 tại vòng 29 Ngoại hạng Anh 2024/2025.", "2025-03-20"),
    ("Lịch thi đấu hôm nay 11/6, lượt cuối vòng loại World Cup 2026 khu vực châu Á diễn ra.", "--06-11"),
    ("Từ 20 giờ tối 16/9, kỳ thủ đánh bại nhà vô địch thế giới 2023 của Trung Quốc.", "--09-16"),
])
def test_a_season_or_a_tournaments_edition(text, value):
    assert values(text) == [value]


# ---- the site's clock and other articles' dates ----------------------------------------------------

BODY = ("Sáng 14/1, UBND tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024 "
        "và triển khai nhiệm vụ năm 2025.\n\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.")


@pytest.mark.parametrize("head", [
    "Hôm nay: Thứ hai, 07/12/2026\n\nHòa Bình tổng kết cải cách hành chính năm 2024\n\n",
    "Thứ hai, ngày 07/12/2026\nTrang chủ\nGiới thiệu\nTin tức\n\nHòa Bình tổng kết cải cách hành chính năm 2024\n\n",
])
def test_the_sites_clock_is_not_the_articles_date(head):
    art = run(head + BODY)
    assert art.published is None
    assert [f.value for f in art.of_type("date")] == ["2025-01-14"]


def test_the_articles_own_date_line_stays():
    art = run("Hòa Bình tổng kết cải cách hành chính năm 2024\n\nThứ tư, 15/01/2025 14:41 (GMT+7)\n\n" + BODY)
    assert art.published == "2025-01-15"


@pytest.mark.parametrize("dated", ["", "Thứ tư, 15/01/2025 14:41 (GMT+7)\n\n"])
def test_a_related_articles_date_is_not_the_articles(dated):
    art = run("Hòa Bình tổng kết cải cách hành chính năm 2024\n\n" + dated + BODY +
              "\n\nTin liên quan\n\n10:20 05/03/2019\n\nHòa Bình ra mắt Trung tâm phục vụ hành chính công của tỉnh.")
    assert art.published == ("2025-01-15" if dated else None)
    assert [f.value for f in art.of_type("date")] == ["2025-01-14"]


def test_a_headline_saying_today_is_no_clock():
    from cchc_extract.published import is_clock_line

    assert not is_clock_line("Hôm nay 23-9, hồ Trị An xả lũ 23/09/2024 11:42")
    assert is_clock_line("Hôm nay: Thứ hai, 07/12/2026")


def test_next_years_day_stays_a_date():
    assert values("Cầu thủ sẽ chuyển đến câu lạc bộ mới sau ngày 30/6 năm sau.") == ["--06-30"]
