"""Page kinds and headlines, second round, on made-up pages in the shapes met on unseen sites:
work calendars and administrative-procedure records (``other``), tag and section cards showing one teaser (``listing``,
no title), and headlines that were missed or taken wrong: a short headline in title case, a
headline printed with a full stop above its date line, a heading in capitals above a table, the
site's name after the headline, a markdown heading link. Every class has its counter-example."""
from __future__ import annotations

from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract.pagekind import is_procedure_card, is_schedule, procedure_title, site_suffix

from test_pagekind_titles import HEAD, LEAD, P2, P3  # the same made-up page parts

HTML = Path(__file__).resolve().parents[1].parent / "shared" / "html"


def _art(text):
    return cx.extract(text)


# --- work calendars: other ---

def test_a_weekly_work_calendar_is_other():
    page = ("Lịch công tác của lãnh đạo UBND huyện Tân Lập\n\nTừ ngày 10/03/2025 đến ngày 14/03/2025\n\n"
            "Thứ 2\n\n10/3\n\nSáng\n\n(8h) Họp giao ban Chủ tịch, các Phó Chủ tịch UBND huyện\n\nPhòng họp số 1\n\n"
            "Thứ 3\n\n11/3\n\nChiều\n\n(14h) Kiểm tra tiến độ xây dựng trường tiểu học xã Tân Hòa\n\nXã Tân Hòa\n")
    a = _art(page)
    assert a.page_kind == "other"
    assert a.title == "Lịch công tác của lãnh đạo UBND huyện Tân Lập"


def test_a_day_plan_with_one_day_line_is_other():
    page = ("Lịch làm việc ngày thứ Tư\nĐóng\n\nTHỨ TƯ, NGÀY 12/3:\n\n"
            "- Chủ tịch: 7 giờ 30’, họp Ban Chỉ đạo chuyển đổi số huyện, điểm tại phòng họp số 2 UBND huyện.\n\n"
            "- PCT. Thường trực: 14 giờ, làm việc với Phòng Nội vụ về công tác cải cách hành chính, điểm tại "
            "Hội trường UBND huyện.\n")
    assert _art(page).page_kind == "other"


def test_a_story_about_a_new_schedule_stays_an_article():
    page = ("Lịch làm việc mới của bộ phận một cửa huyện Tân Lập từ tháng 4\n\n"
            "Từ ngày 1/4/2025, bộ phận một cửa huyện Tân Lập làm việc cả sáng thứ Bảy để người dân nộp hồ sơ "
            f"thuận tiện hơn, theo thông báo của UBND huyện.\n\n{P2}\n\n{P3}\n")
    a = _art(page)
    assert a.page_kind == "article" and a.title.startswith("Lịch làm việc mới")


def test_schedule_needs_a_day_line_and_a_schedule_heading():
    lines = ["Lịch công tác tuần của lãnh đạo Sở", "Thứ 2", "(8h) Họp giao ban"]
    assert is_schedule(lines, [None] * 3, None)
    assert not is_schedule(["Lịch công tác tuần của lãnh đạo Sở", "(8h) Họp giao ban"], [None] * 2, None)
    assert not is_schedule(["Hội nghị giao ban tuần", "Thứ 2", "(8h) Họp giao ban"], [None] * 3, None)


# --- administrative-procedure records: other, without the service level in the title ---

def test_a_procedure_record_is_other_and_its_title_loses_the_service_level():
    page = ("Toàn trình  Cấp giấy phép kinh doanh karaoke\n\nKý hiệu thủ tục: 1.001029.000.00.00.H12\n"
            "Lượt xem: 41\nCơ quan thực hiện\nỦy ban nhân dân cấp huyện\nLĩnh vực Văn hóa\n"
            "Cách thức thực hiện\nThời hạn giải quyết\n05 ngày làm việc\nPhí, lệ phí\nCăn cứ pháp lý:\n")
    a = _art(page)
    assert a.page_kind == "other"
    assert a.title == "Cấp giấy phép kinh doanh karaoke"


def test_an_empty_procedure_form_is_other():
    page = ("Nơi tiếp nhận và hoàn trả kết quả:\nThành phần, số lượng hồ sơ:\n\nThời gian xử lý:\n"
            "Đối tượng thực hiện:\nThẩm quyền xử lý:\n\nKết quả thủ tục:\n\nCác khoản phí và lệ phí:\n")
    assert _art(page).page_kind == "other"


def test_a_story_naming_procedure_fields_in_its_sentences_stays_an_article():
    page = (f"{HEAD}\n\n{LEAD}\n\nThời hạn giải quyết được niêm yết công khai tại bộ phận một cửa của huyện.\n\n"
            "Lĩnh vực đất đai có nhiều thủ tục được cắt giảm thành phần hồ sơ nhất trong năm qua.\n\n"
            f"Phí, lệ phí của các thủ tục trực tuyến được giảm 50% theo nghị quyết của HĐND tỉnh.\n\n{P3}\n")
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


def test_procedure_card_counts_distinct_labels_on_short_lines():
    assert is_procedure_card(["Cơ quan thực hiện", "Lĩnh vực Văn hóa", "Thời hạn giải quyết", "Phí, lệ phí"])
    assert not is_procedure_card(["Cơ quan thực hiện", "Cơ quan thực hiện", "Thời hạn giải quyết"])
    assert procedure_title("Một phần  Cấp lại Giấy phép kinh doanh") == "Cấp lại Giấy phép kinh doanh"
    assert procedure_title("Một phần ba số hồ sơ") == "Một phần ba số hồ sơ"


# --- recitals cited in a story: no legal text ---

def test_a_story_citing_two_documents_stays_an_article():
    page = (f"{HEAD}\n\n{LEAD}\n\nCăn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ, huyện đã rà soát quy trình.\n\n"
            f"Căn cứ Quyết định số 25/2023/QĐ-UBND của UBND tỉnh, huyện công khai 120 thủ tục.\n\n{P3}\n")
    assert _art(page).page_kind == "article"


# --- a tag or section card showing one teaser: listing, no title ---

def test_a_card_with_its_headline_twice_and_one_lead_is_a_listing():
    page = (f"{HEAD}\n\n{HEAD}\n\n{LEAD}\n")
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None
    assert HEAD in a.text


def test_a_card_with_a_caption_and_a_cut_off_lead_is_a_listing():
    page = (f"{HEAD}\nNgười dân nộp hồ sơ tại bộ phận một cửa huyện Tân Lập – Ảnh: MINH ANH Theo báo cáo của "
            "UBND huyện, trong quý I có 1.240 hồ sơ được tiếp nhận, 86% nộp trực tuyến và…\n")
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None


def test_an_article_with_its_headline_twice_and_several_paragraphs_stays_an_article():
    page = f"{HEAD}\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n\n{P3}\n"
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


def test_an_article_whose_paragraph_closes_an_open_list_stays_an_article():
    page = (f"{HEAD}\n\n{LEAD}\n\n{P2}\n\nCác xã dẫn đầu gồm: Tân Hòa, Tân Phú, Tân Mỹ…\n\n{P3}\n")
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


# --- headlines missed or taken wrong ---

def test_a_short_title_case_headline_above_wrapped_text():
    page = ("Mùa Lúa Vàng Tân Lập\n\nNhững ngày cuối thu, cánh đồng Tân Lập trải một màu vàng óng, người dân\n"
            "tất bật thu hoạch trong niềm vui được mùa, được giá sau một năm nhiều thiên tai.\n")
    assert _art(page).title == "Mùa Lúa Vàng Tân Lập"


def test_a_short_section_label_above_a_headline_is_still_chrome():
    page = f"Tin Tức Sự Kiện\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n"
    assert _art(page).title == HEAD


def test_a_short_label_in_capitals_or_lower_case_above_prose_is_not_a_headline():
    for label in ("TIN TỨC SỰ KIỆN", "tin tức sự kiện"):
        page = f"{label}\n\n{LEAD}\n\n{P2}\n\n{P3}\n"
        assert _art(page).title is None


def test_a_headline_with_a_full_stop_above_its_date_line():
    page = (f"{HEAD}.\n\nĐăng ngày 30 - 09 - 2024\n100%\n\n{LEAD}\n\n{P2}\n")
    a = _art(page)
    assert a.title == HEAD
    assert a.published == "2024-09-30"


def test_a_first_sentence_with_a_full_stop_above_a_date_line_inside_the_text_is_not_taken():
    page = (f"{LEAD}\n\n{P2}\n\nĐăng ngày 30 - 09 - 2024\n\n{P3}\n")
    assert _art(page).title != LEAD.rstrip(".")


def test_a_heading_in_capitals_above_its_table_is_the_headline():
    page = ("THẨM QUYỀN CẤP GIẤY PHÉP XÂY DỰNG TẠI HUYỆN\n\nTrường hợp\n\nCơ quan\n\ntiếp nhận hồ sơ\n\n"
            "Nhà ở riêng lẻ tại đô thị thuộc huyện…\n\nỦy ban nhân dân huyện\n\n"
            "Đối với công trình cấp đặc biệt, cấp I, cơ quan cấp phép là Sở Xây dựng theo quy định hiện hành "
            "của pháp luật về xây dựng.\n")
    assert _art(page).title == "THẨM QUYỀN CẤP GIẤY PHÉP XÂY DỰNG TẠI HUYỆN"


def test_a_site_name_in_capitals_above_a_headline_is_still_chrome():
    page = f"CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẬP\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n"
    assert _art(page).title == HEAD


@pytest.mark.parametrize("tail", [" - Cổng thông tin điện tử huyện Tân Lập", " | Báo Tân Lập",
                                  " – Trang TTĐT Sở Nội vụ", " - baotanlap.vn"])
def test_the_site_name_after_the_headline_is_dropped_and_listed(tail):
    a = _art(f"{HEAD}{tail}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == HEAD
    assert any(r.text == tail.strip(" -–|") for r in a.removed)


@pytest.mark.parametrize("title", ["Tổng kết cải cách hành chính năm 2024 - Báo cáo kết quả của huyện",
                                   "Cải cách hành chính ở cơ sở | Kỳ 2: Những cách làm hay",
                                   "Tân Lập - Điểm sáng cải cách hành chính của tỉnh"])
def test_a_tail_that_belongs_to_the_headline_stays(title):
    assert site_suffix(title) is None


def test_a_markdown_heading_link_is_the_headline():
    page = f"# [{HEAD}](https://baotanlap.vn/tin-123.html)\n\n{LEAD}\n\n{P2}\n"
    a = _art(page)
    assert a.title == HEAD
    assert "](" not in a.text


# --- HTML homepages and section pages: no headline of their own ---

@pytest.mark.skipif(not HTML.exists(), reason="../shared/html is not here")
@pytest.mark.parametrize("name", ["p05_dantri_home.html", "p08_tuoitre_thoisu_section.html",
                                  "p09_vnexpress_thoisu_section.html"])
def test_html_listing_pages_have_no_title(name):
    a = cx.extract((HTML / name).read_bytes())
    assert a.page_kind == "listing" and a.title is None
    assert any(r.reason == "navigation" for r in a.removed)


@pytest.mark.skipif(not HTML.exists(), reason="../shared/html is not here")
def test_html_article_keeps_its_title():
    a = cx.extract((HTML / "p02_vnexpress_duongbay.html").read_bytes())
    assert a.page_kind == "article" and a.title == "Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế từ 15/2"


# --- letterheads, Q&A pages, search results, lists of announcements ---

def test_a_letterhead_above_a_news_item_is_chrome():
    page = f"ỦY BAN NHÂN DÂN TỈNH TÂN LẬP\nSỞ NỘI VỤ\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n"
    a = _art(page)
    assert a.title == HEAD and a.page_kind == "article"


def test_a_headline_in_capitals_naming_a_province_is_not_a_letterhead():
    head = "TỈNH TÂN LẬP RÚT NGẮN THỜI GIAN GIẢI QUYẾT HỒ SƠ ĐẤT ĐAI CÒN 10 NGÀY"
    assert _art(f"{head}\n\n{LEAD}\n\n{P2}\n").title == head


def _plan(top=""):
    return (f"{top}ỦY BAN NHÂN DÂN\nTỈNH TÂN LẬP\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 12/KH-UBND\nTân Lập, ngày 10 tháng 01 năm 2024\n"
            "KẾ HOẠCH\nCải cách hành chính năm 2024\n"
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 2/1/2024 của UBND tỉnh;\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2024 như sau:\n"
            "I. MỤC TIÊU\n1. Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân.\n")


def test_a_legal_text_opening_with_its_letterhead_has_no_title_and_keeps_the_letterhead():
    a = _art(_plan())
    assert a.page_kind == "legal_document" and a.title is None
    assert "ỦY BAN NHÂN DÂN" in a.text and "Độc lập - Tự do - Hạnh phúc" in a.text


def test_a_legal_database_title_above_the_letterhead_is_the_title():
    name = "Kế hoạch 12/KH-UBND năm 2024 về cải cách hành chính tỉnh Tân Lập"
    a = _art(_plan(f"{name}\nSố hiệu | 12/KH-UBND |\nLoại văn bản | Kế hoạch |\nNgày ban hành | 10/01/2024 |\n"))
    assert a.page_kind == "legal_document" and a.title == name


def test_a_question_and_its_answer_are_text_not_a_teaser():
    page = ("Hỏi đáp\nHỏi: Tôi muốn làm thủ tục cấp lại căn cước thì nộp hồ sơ ở đâu, thời gian giải quyết bao lâu?\n"
            "Trả lời: Theo quy định tại Luật Căn cước năm 2023, công dân nộp hồ sơ tại Công an cấp xã hoặc qua Cổng "
            "dịch vụ công quốc gia; thời hạn giải quyết không quá 7 ngày làm việc.\n")
    a = _art(page)
    assert a.page_kind == "article" and a.title is None
    assert a.text.startswith("Hỏi: Tôi muốn")


def test_a_search_page_of_dated_teasers_is_a_listing():
    page = ("Kết quả tìm kiếm cho: cải cách hành chính\n"
            "Tỉnh công bố chỉ số cải cách hành chính năm 2023\n12/04/2024\n"
            "Sáng 12/4, UBND tỉnh công bố chỉ số cải cách hành chính năm 2023 của các sở, ngành và địa phương.\n"
            "Huyện Tân Lập dẫn đầu chỉ số cải cách hành chính cấp huyện\n10/04/2024\n"
            "Huyện Tân Lập tiếp tục dẫn đầu chỉ số cải cách hành chính cấp huyện năm 2023 với 90,5 điểm.\n")
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None
    assert "Tỉnh công bố chỉ số cải cách hành chính năm 2023" in a.text  # the first teaser's headline stays


def test_a_list_of_dated_announcements_is_a_listing():
    page = ("Thông báo\nThông báo lịch tiếp công dân tháng 4/2024\n01/04/2024\n"
            "Thông báo tuyển dụng công chức năm 2024\n25/03/2024\nThông báo kết quả xét tuyển viên chức\n20/03/2024\n"
            "Thông báo nghỉ lễ Giỗ Tổ Hùng Vương\n15/03/2024\n")
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None


def test_an_article_with_a_short_list_of_dated_related_links_stays_an_article():
    page = (f"{HEAD}\n12/04/2024\n{LEAD}\n\n{P2}\n\n{P3}\n\nTin liên quan\n"
            "Huyện Tân Lập công bố kết quả cải cách hành chính\n10/04/2024\n")
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


# --- navigation lines above the headline ---

@pytest.mark.parametrize("top", ["Bạn đang ở: Trang chủ / Tin tức / Cải cách hành chính",
                                 "Thời sự | Chính trị | Kinh tế | Xã hội",
                                 "Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic",
                                 "Chính trị - Xã hội Cải cách hành chính"])
def test_a_breadcrumb_menu_or_section_run_above_the_headline_is_chrome(top):
    assert _art(f"{top}\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n").title == HEAD


def test_a_headline_naming_places_between_dashes_is_not_a_menu():
    head = "Tân Lập - Tân Hòa - Tân Phú ký kết hợp tác phát triển du lịch cộng đồng"
    assert _art(f"{head}\n\n{LEAD}\n\n{P2}\n").title == head


def test_an_authors_name_above_the_lead_is_not_a_short_headline():
    a = _art(f"Nguyễn Minh Anh\n\n{LEAD}\n\n{P2}\n\n{P3}\n")
    assert a.title != "Nguyễn Minh Anh"


def test_a_label_before_the_headline_on_its_line_is_dropped_and_listed():
    a = _art(f"Bạn đang xem: {HEAD}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == HEAD
    assert any(r.text == "Bạn đang xem" for r in a.removed)
    assert _art(f"Tiêu đề mới cho dịch vụ công trực tuyến của huyện\n\n{LEAD}\n\n{P2}\n").title.startswith("Tiêu đề mới")
