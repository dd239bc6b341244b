"""Headlines and page kinds on stored pages of unseen sites, in the shapes met there (made-up
pages): a headline longer than forty words above its lead; the headline right above the page's
first date line under a menu printed one item a line and the portal's banners; a page header
printed as a list (bullet before the headline and before its date); a tag page's label over one
teaser whose lead the card cuts off mid-sentence; a procedure record whose labels name the
agencies. Every class has its counter-example."""
from __future__ import annotations

import cchc_extract as cx
from cchc_extract.pagekind import is_procedure_card


def _art(text):
    return cx.extract(text)


LEAD = ("Sáng 12/3, Ủy ban nhân dân tỉnh Tân Lập tổ chức hội nghị công bố kết quả đánh giá chỉ số cải cách "
        "hành chính năm 2024 của các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.")
P2 = ("Theo kết quả công bố, Sở Tư pháp dẫn đầu khối sở, ngành với 91,25 điểm; huyện Hòa An dẫn đầu khối "
      "huyện với 89,40 điểm, tăng 3 bậc so với năm 2023.")


# --- a headline longer than forty words ---

LONG = ("Sở Nội vụ tỉnh Tân Lập: Công bố kết quả xác định chỉ số cải cách hành chính của các sở, ban, ngành, "
        "Ủy ban nhân dân các huyện, thị xã, thành phố và Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn "
        "tỉnh năm 2024 và triển khai bộ tiêu chí đánh giá mới giai đoạn 2025 - 2030")


def test_a_headline_of_fifty_words_above_its_lead_is_the_title():
    assert 40 < len(LONG.split()) <= 70
    a = _art(LONG + "\n\n" + LEAD + "\n\n" + P2 + "\n")
    assert a.title == LONG
    assert a.page_kind == "article"
    assert LEAD in a.text


def test_a_long_first_paragraph_ending_in_a_full_stop_is_no_title():
    a = _art(LONG + ".\n\n" + LEAD + "\n\n" + P2 + "\n")
    assert a.title != LONG
    assert LONG in a.text  # the paragraph stays the text's


def test_a_long_first_line_holding_two_sentences_is_no_title():
    two = LONG.replace(" và triển khai", ". Tỉnh triển khai")
    a = _art(two + "\n\n" + LEAD + "\n\n" + P2 + "\n")
    assert a.title is None or a.title != two
    assert "Tỉnh triển khai bộ tiêu chí" in a.text


# --- a headline above the first date line under a menu and banners ---

MENU = ("Tìm kiếm tin tức\nLiên kết website\nSở, Ban, Ngành\nUBND Huyện, Thị xã, Thành phố\nTrường Học\n"
        "Văn bản quy phạm pháp luật\nBộ thủ tục hành chính\nDịch vụ công tỉnh Tân Lập\n"
        "Cổng Thông tin điện tử tỉnh Tân Lập\nKhảo sát mức độ hài lòng\n"
        "TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH TỈNH TÂN LẬP\n"
        "KÊNH PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN VÀ DOANH NGHIỆP TRÊN ĐỊA BÀN TỈNH\n")
HEAD = "Huyện Hòa An dẫn đầu khối cấp huyện về chỉ số cải cách hành chính năm 2024"


def test_the_headline_right_above_the_date_line_under_a_menu_is_the_title():
    a = _art(MENU + HEAD + "\nNgày cập nhật 14/03/2025\n\n" + LEAD + "\n\n" + P2 + "\n")
    assert a.title == HEAD
    assert LEAD in a.text and P2 in a.text
    assert "Khảo sát mức độ hài lòng" not in a.text
    assert "UBND Huyện, Thị xã, Thành phố" not in a.text


def test_a_unit_name_in_capitals_above_the_date_line_is_no_title():
    page = MENU + "SỞ NỘI VỤ TỈNH TÂN LẬP THÔNG BÁO KẾT QUẢ XẾP HẠNG\nNgày cập nhật 14/03/2025\n\n" + LEAD + "\n"
    a = _art(page)
    assert a.title != "SỞ NỘI VỤ TỈNH TÂN LẬP THÔNG BÁO KẾT QUẢ XẾP HẠNG"
    assert "UBND Huyện, Thị xã, Thành phố" != a.title


def test_a_line_above_a_date_under_prose_is_no_title():
    page = (LEAD + "\n\n" + P2 + "\n\nTin liên quan về cải cách hành chính của tỉnh năm nay\n"
            "Ngày cập nhật 14/03/2025\n")
    a = _art(page)
    assert a.title != "Tin liên quan về cải cách hành chính của tỉnh năm nay"
    assert LEAD in a.text


# --- a page header printed as a list ---

def test_a_bulleted_headline_over_a_bulleted_date_is_the_title_without_its_bullet():
    page = ("• Tiếp tục rà soát thủ tục hành chính ở những lĩnh vực còn chậm\n  • 04/11/2024 15:39\n"
            "  • " + LEAD + "\nViết bình luận mới\n")
    a = _art(page)
    assert a.title == "Tiếp tục rà soát thủ tục hành chính ở những lĩnh vực còn chậm"
    assert a.page_kind == "article"
    assert "Ủy ban nhân dân tỉnh Tân Lập tổ chức hội nghị" in a.text


def test_a_bulleted_item_over_an_unbulleted_date_keeps_its_bullet_out_of_the_title():
    page = ("• Tiếp tục rà soát thủ tục hành chính ở những lĩnh vực còn chậm\n04/11/2024 15:39\n\n"
            + LEAD + "\n\n" + P2 + "\n")
    a = _art(page)
    assert a.title is None or not a.title.startswith("•")
    assert LEAD in a.text


# --- a tag page: label, one teaser, its lead cut off ---

def test_a_tag_label_over_one_teaser_with_a_cut_lead_is_a_listing():
    page = ("Bị cắt vốn\n\nĐầu tư công: nhu cầu lớn, giải ngân chậm ở nhiều huyện\n\n"
            "Tính đến cuối tháng 3/2024, tổng giá trị giải ngân vốn đầu tư công của tỉnh đạt trên 337 tỷ đồng, "
            "bằng 12% kế hoạch vốn của năm. Đáng chú ý là nguồn")
    a = _art(page)
    assert a.page_kind == "listing"
    assert a.title is None
    assert "Đầu tư công: nhu cầu lớn, giải ngân chậm ở nhiều huyện" in a.text  # the teaser stays as body


def test_a_headline_over_a_cut_lead_without_a_label_is_no_listing():
    page = ("Đầu tư công: nhu cầu lớn, giải ngân chậm ở nhiều huyện\n\n"
            "Tính đến cuối tháng 3/2024, tổng giá trị giải ngân vốn đầu tư công của tỉnh đạt trên 337 tỷ đồng, "
            "bằng 12% kế hoạch vốn của năm. Đáng chú ý là nguồn")
    assert _art(page).page_kind == "article"


def test_a_tag_label_over_a_teaser_with_more_below_is_not_this_class():
    page = ("Bị cắt vốn\n\nĐầu tư công: nhu cầu lớn, giải ngân chậm ở nhiều huyện\n\n"
            "Tính đến cuối tháng 3/2024, tổng giá trị giải ngân vốn đầu tư công của tỉnh đạt trên 337 tỷ đồng, "
            "bằng 12% kế hoạch vốn của năm. Đáng chú ý là nguồn\n\n" + P2 + "\n\n" + LEAD + "\n")
    assert _art(page).page_kind == "article"


# --- a procedure record naming its agencies ---

CARD = ("Thủ tục thi tuyển công chức\n\nLĩnh vực:Công chức, viên chức\n"
        "Cơ quan trực tiếp thực hiện TTHC:Cấp huyện\nCơ quan có thẩm quyền quyết định:Sở Nội vụ\n"
        "Nơi tiếp nhận:Cấp huyện\n\nBước 1. Thông báo tuyển dụng và tiếp nhận Phiếu đăng ký dự tuyển công chức:\n\n"
        "- Cơ quan có thẩm quyền tuyển dụng công chức phải thông báo công khai ít nhất 01 lần trên phương tiện "
        "thông tin đại chúng.\n")


def test_a_procedure_record_with_agency_labels_is_other():
    a = _art(CARD)
    assert a.page_kind == "other"
    assert a.title == "Thủ tục thi tuyển công chức"


def test_a_news_story_naming_the_deciding_agency_is_no_procedure_record():
    page = ("Tân Lập rút ngắn thời gian tuyển dụng công chức\n\n" + LEAD + "\n\n"
            "Cơ quan có thẩm quyền quyết định tuyển dụng là Sở Nội vụ, cơ quan trực tiếp thực hiện là Ủy ban nhân "
            "dân cấp huyện, nơi tiếp nhận hồ sơ là Bộ phận một cửa.\n\n" + P2 + "\n")
    assert not is_procedure_card([ln for ln in page.split("\n")])
    assert _art(page).page_kind == "article"


# --- a breadcrumb trail left open above the headline; a poll's question ---

PORTAL = ("Thông báo\n\nLịch vạn niên\n\nĐiều tra ý kiến\n\nBạn thấy trang này như thế nào?\nĐẹp\nBình thường\n"
          "Đơn điệu\nÝ kiến khác\n\nThống kê\n\n • truy cập\n  trong hôm nay\n • lượt xem\n\n"
          "Chào mừng quý vị đến với website của Phòng Nội vụ huyện Hòa An\n\n")


def test_the_line_under_an_open_breadcrumb_trail_is_the_title():
    head = "Huyện Hòa An công bố chỉ số cải cách hành chính các xã năm 2024"
    a = _art(PORTAL + "Gốc > Tin tức - Sự kiện > Cải cách hành chính >\n\n" + head + "\n\n" + LEAD + "\n\n" + P2 + "\n")
    assert a.title == head
    assert LEAD in a.text and P2 in a.text


def test_an_open_trail_over_a_paragraph_of_prose_gives_no_title_from_it():
    page = "Gốc > Tin tức - Sự kiện > Cải cách hành chính >\n\n" + LEAD + "\n\n" + P2 + "\n"
    a = _art(page)
    assert a.title != LEAD
    assert LEAD in a.text and P2 in a.text


def test_a_poll_question_over_its_options_is_no_title():
    a = _art(PORTAL + LEAD + "\n\n" + P2 + "\n")
    assert a.title != "Bạn thấy trang này như thế nào?"
    assert LEAD in a.text


def test_a_question_headline_over_its_lead_stays_the_title():
    head = "Vì sao chỉ số hài lòng của người dân tỉnh Tân Lập tăng mạnh năm 2024?"
    a = _art(head + "\n\n" + LEAD + "\n\n" + P2 + "\n")
    assert a.title == head
