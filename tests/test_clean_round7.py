"""Cleaning kinds met on a seventh round of sites never seen: captions printed bare (a person's
post after a dash with the act shown, a post before the name, a caption over two lines, its head
over its own caption line, a second caption placing the scene at the event), the headline
printed twice at the top under site chrome (a hotline, a slogan printed again, a breadcrumb
opening with the site's name, a language switch), an organisation's two-line letterhead above a
news item, a scholar's byline marked with a footnote and its affiliation, another story's
headline and teaser closing the page under the site's lead tag, widgets (a view counter naming
its unit twice, a blog's visit counter, a comment box's label, photo file names), a card cut off
above its 'Đọc thêm' link; and a line that names what an all-caps headline names stays whole.
Every page is made up in the shape of its kind; each kind has counter-examples whose body must
stay whole."""
from test_clean_unseen_kinds import HEAD, P1, P2, P3, _art, _body_whole  # the same made-up page parts
from test_clean_unseen_kinds2 import _gone, _lines, _page

LEAD = ("Sáng 12/6, Ủy ban nhân dân phường Tân Lập tổ chức hội nghị đối thoại giữa Chủ tịch UBND "
        "phường với Nhân dân về công tác cải cách hành chính năm 2024.")
P4 = ("Tại hội nghị, các đại biểu đã nêu 14 ý kiến về thủ tục đất đai, trật tự xây dựng và vệ sinh "
      "môi trường; các ý kiến đều được lãnh đạo phường trả lời ngay tại hội nghị.")


def _lines_page(*lines):
    """A page printed one paragraph a line, with no blank lines between (a caption over two lines
    stands so)."""
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ bare captions

def test_a_person_shown_by_a_post_after_a_dash_acting_goes():
    cap = "Đồng chí Trần Văn Kiên - TUV, Giám đốc Sở Nội vụ giải trình về công tác tinh giản biên chế"
    a = _art(_page(cap))
    _gone(a, cap)
    assert any(r.text == cap and r.reason == "photo_caption" for r in a.removed)
    _body_whole(a, P1, P2, P3)


def test_a_dc_caption_with_the_act_after_a_dash_goes():
    cap = "Đ/c Lê Văn Hòa, Phó Bí thư Đảng ủy, Chủ tịch UBND phường - Chủ trì hội nghị"
    a = _art(_page(cap))
    _gone(a, cap)
    _body_whole(a, P1, P2, P3)


def test_a_list_of_attendees_and_a_sentence_about_a_person_stay():
    for line in ["Đồng chí Nguyễn Văn An - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh",
                 "Ông Trần Văn Bình - Giám đốc Sở Nội vụ cho biết tỷ lệ hồ sơ đúng hạn đạt 98%."]:
        a = _art(_page(line))
        assert line in a.text, line
        _body_whole(a, P1, P2, P3)


def test_a_caption_over_two_lines_goes_both_lines():
    first = "Đồng chí Hoàng Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam phường"
    second = "báo cáo tổng hợp ý kiến của cử tri trước hội nghị"
    a = _art(_lines_page(HEAD, LEAD, first, second, P4, P2))
    _gone(a, first, second)
    _body_whole(a, LEAD, P4, P2)


def test_a_caption_going_on_after_a_dash_goes_both_lines():
    first = "Đồng chí Nguyễn Thị Hạnh - Bí thư Đảng ủy phường và đồng chí Vũ Văn Lâm"
    second = "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì hội nghị"
    a = _art(_lines_page(HEAD, LEAD, first, second, P4, P2))
    _gone(a, first, second)
    _body_whole(a, LEAD, P4, P2)


def test_a_sentence_wrapped_over_lines_stays():
    wrapped = ["Năm 2024, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành rà soát",
               "và cắt giảm 120 thủ tục hành chính, đưa 95% thủ tục lên Cổng dịch vụ công",
               "trực tuyến toàn trình, góp phần tiết kiệm chi phí cho người dân."]
    a = _art(_lines_page(HEAD, LEAD, *wrapped, P4))
    for ln in wrapped:
        assert ln in a.text, ln
    _body_whole(a, LEAD, P4)
    # a list of attendees with their posts on the next line is the text's
    names = ["Tham dự hội nghị có:", "Đồng chí Phạm Văn Sơn - Phó Chủ tịch UBND tỉnh", "- Giám đốc Sở Nội vụ"]
    a = _art(_lines_page(HEAD, LEAD, *names, P4))
    for ln in names[1:]:
        assert ln in a.text, ln


def test_the_head_of_a_wrapped_caption_goes_with_its_credit_line():
    page = _lines_page(HEAD, "Hội nghị Cấp cao đặc biệt được tổ chức tại Melbourne với sự tham dự",
                       "của lãnh đạo các nước ASEAN và Australia.",
                       "Các nhà lãnh đạo ASEAN và Australia",
                       "chụp ảnh lưu niệm. (Ảnh: TTXVN)",
                       P4)
    a = _art(page)
    _gone(a, "Các nhà lãnh đạo ASEAN và Australia", "chụp ảnh lưu niệm. (Ảnh: TTXVN)")
    assert "của lãnh đạo các nước ASEAN và Australia." in a.text
    _body_whole(a, P4)


def test_a_bare_caption_naming_a_post_before_the_name_goes_even_last():
    cap = "Phó Chủ tịch UBND tỉnh Trần Văn Minh tặng hoa chúc mừng đại diện các cơ quan báo chí trên địa bàn tỉnh"
    a = _art("\n\n".join((HEAD, P1, P2, cap)) + "\n")
    _gone(a, cap)
    _body_whole(a, P1, P2)
    a = _art(_page(cap))
    _gone(a, cap)
    _body_whole(a, P1, P2, P3)


def test_a_sentence_about_an_official_ending_like_one_stays():
    for line in ["Phó Chủ tịch UBND tỉnh Trần Văn Minh đã tặng hoa chúc mừng các cơ quan báo chí trên địa bàn tỉnh.",
                 "Chủ tịch UBND tỉnh Nguyễn Văn Hùng trao Bằng khen cho 12 tập thể có thành tích xuất sắc.",
                 "Giám đốc Sở Nội vụ Lê Thị Thu cho biết tỉnh sẽ tiếp tục cắt giảm thủ tục"]:
        a = _art(_page(line))
        assert line in a.text, line
        _body_whole(a, P1, P2, P3)


def test_a_second_caption_placing_the_scene_at_the_event_goes():
    cap1 = "Đ/c Lê Văn Hòa, Phó Bí thư Đảng ủy, Chủ tịch UBND phường - Chủ trì hội nghị"
    cap2 = "Sôi nổi các ý kiến kiến nghị, phản ánh của các tổ trưởng tổ dân phố tại hội nghị"
    a = _art(_page(cap1, cap2))
    _gone(a, cap1, cap2)
    _body_whole(a, P1, P2, P3)


def test_a_section_heading_under_a_caption_stays():
    cap = "Đồng chí Trần Văn Kiên - TUV, Giám đốc Sở Nội vụ giải trình về công tác tinh giản biên chế"
    heading = "Sử dụng hiệu quả đội ngũ công chức sau sắp xếp"
    a = _art(_page(cap, heading))
    assert heading in a.text
    _gone(a, cap)
    # a heading ending like a place stays when no caption stands above it
    heading2 = "Nhiều ý kiến tâm huyết tại hội nghị"
    a = _art(_page(heading2))
    assert heading2 in a.text
    _body_whole(a, P1, P2, P3)


# ------------------------------------------------------------------ the headline at the top

def test_the_headline_printed_twice_under_a_hotline_slogan_and_breadcrumb_is_the_headline():
    slogan = "TẬN TÂM - CHUYÊN NGHIỆP - HIỆN ĐẠI"
    head = "Hội nghị trực tuyến “Nâng cao chất lượng phục vụ người dân tại Bộ phận một cửa”"
    page = "\n".join([
        "Điện thoại: 0203.3825.111", slogan, "Giờ làm việc: sáng 7h30-11h30, chiều 13h30-17h (thứ 2 - thứ 6)",
        slogan, slogan, "Sở Nội vụ tỉnh Tân Lập > TIN TỨC > Cải cách hành chính > " + head, "",
        head, "", head, "", P1, P2, P3]) + "\n"
    a = _art(page)
    assert a.title == head
    _gone(a, slogan)
    assert not any(ln.startswith("Giờ làm việc") for ln in _lines(a))
    _body_whole(a, P1, P2, P3)


def test_the_headline_twice_under_a_language_switch_is_the_headline():
    page = "\n\n".join(["VI | ENG", "Quá trình hình thành", "Quá trình hình thành", P1, P2]) + "\n"
    a = _art(page)
    assert a.title == "Quá trình hình thành"
    _gone(a, "VI | ENG", "Quá trình hình thành")
    _body_whole(a, P1, P2)


def test_a_photo_caption_pair_under_the_headline_leaves_the_headline():
    cap = "Người dân làm thủ tục tại Bộ phận một cửa phường Tân Lập"
    page = "\n\n".join([HEAD, cap, cap, P1, P2]) + "\n"
    a = _art(page)
    assert a.title == HEAD
    _body_whole(a, P1, P2)


def test_the_headline_again_with_its_date_in_brackets_goes():
    head = "Phường Tân Lập tổ chức Hội nghị “Đối thoại giữa người đứng đầu cấp ủy với nhân dân năm 2024\""
    page = "\n".join([head, head + " (22/08/2024)", P1, P2]) + "\n"
    a = _art(page)
    assert a.title == head
    _gone(a, head + " (22/08/2024)")
    _body_whole(a, P1, P2)


def test_an_organisations_two_line_letterhead_above_a_news_item_is_chrome():
    head = "HỘI NGHỊ ĐỐI THOẠI GIỮA BÍ THƯ ĐẢNG ỦY VÀ CHỦ TỊCH UBND PHƯỜNG VỚI NHÂN DÂN"
    lead = ("Ngày 16/5/2024, Ủy ban Mặt trận Tổ quốc Việt Nam Phường phối hợp Ủy ban nhân dân Phường tổ "
            "chức hội nghị đối thoại với nhân dân về công tác cải cách hành chính.")
    page = "\n\n".join(["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nQUẬN 7 - THÀNH PHỐ HỒ CHÍ MINH", head, lead, P2]) + "\n"
    a = _art(page)
    assert a.title == head
    assert a.page_kind == "article"
    _gone(a, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "QUẬN 7 - THÀNH PHỐ HỒ CHÍ MINH")
    _body_whole(a, lead, P2)


def test_a_lead_naming_what_an_all_caps_headline_names_stays_whole():
    lead = ("Ngày 16/5/2024, Ủy ban Mặt trận Tổ quốc Việt Nam Phường phối hợp Ủy ban nhân dân Phường tổ "
            "chức hội nghị đối thoại với nhân dân về công tác cải cách hành chính.")
    page = "\n\n".join(["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", lead, P2]) + "\n"
    a = _art(page)
    _body_whole(a, lead, P2)
    assert not any(r.reason == "teaser" for r in a.removed)


def test_a_short_headline_above_a_quoted_sentence_is_the_headline():
    head = "Tinh gọn bộ máy: “Cần quyết tâm làm”"
    quote = ("“Bộ máy hành chính phải được tinh gọn, hoạt động hiệu lực, hiệu quả và một giải pháp quan "
             "trọng là giám sát quyền lực.”")
    a = _art("\n\n".join([head, quote, P2]) + "\n")
    assert a.title == head
    _body_whole(a, quote, P2)


# ------------------------------------------------------------------ bylines

def test_a_scholars_byline_with_a_footnote_mark_and_its_affiliation_go():
    by = "PGS, TS. NGUYỄN VĂN THÀNH(*)"
    aff = "(*) Nguyên Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ"
    abstract = ("Tóm tắt: Bài viết làm rõ vai trò của chỉ số cải cách hành chính trong đánh giá kết quả "
                "thực hiện nhiệm vụ của các bộ, ngành và địa phương.")
    a = _art("\n\n".join([by, aff, abstract, P1, P2]) + "\n")
    assert a.title != aff
    _gone(a, by, aff)
    assert a.byline and a.byline.startswith("PGS, TS.")
    _body_whole(a, P1, P2)


# ------------------------------------------------------------------ widgets and tails

def test_widgets_met_on_unseen_sites_go():
    for line in ["• Lượt xem: 2646 lượt xem", "(Visited 9 times, 1 visits today)", "VI | ENG", "GÓP Ý KIẾN",
                 "Comments", "436200315 464503276256546 8007812124489057338 n",
                 "Sở Nội vụ tỉnh Tân Lập > TIN TỨC > Cải cách hành chính > Nâng cao chất lượng phục vụ"]:
        a = _art(_page(line))
        _gone(a, line)
        _body_whole(a, P1, P2, P3)


def test_body_lines_like_widgets_stay():
    for line in ["Góp ý kiến vào dự thảo Luật Đất đai sửa đổi được 1.200 người dân tham gia.",
                 "Tỷ lệ hồ sơ trực tuyến > 80% và tỷ lệ đúng hạn > 95% trong năm 2024.",
                 "Năm 2023 tỉnh thu 436200315 nghìn đồng từ phí, lệ phí."]:
        a = _art(_page(line))
        assert line in a.text, line
        _body_whole(a, P1, P2, P3)


def test_another_storys_headline_and_teaser_under_the_site_tag_go():
    lead = "TTH.vn - Lực lượng Công an tỉnh tập trung nhiều giải pháp để đẩy nhanh tiến độ cấp thẻ căn cước."
    other_head = "Những con đường xuống cấp giữa lòng thành phố"
    other = "TTH.vn - Hơn 7 năm qua, người dân ở một con đường tại thành phố phải sống chung với cảnh mưa lầy nắng bụi."
    page = "\n\n".join([HEAD, lead, P1, P2, "* Mời quý độc giả theo dõi các chương trình đã phát sóng trên TV Online!",
                        other_head, other]) + "\n"
    a = _art(page)
    _gone(a, other_head, other)
    _body_whole(a, lead, P1, P2)


def test_a_paragraph_quoting_the_site_tag_inside_the_text_stays():
    lead = "TTH.vn - Lực lượng Công an tỉnh tập trung nhiều giải pháp để đẩy nhanh tiến độ cấp thẻ căn cước."
    sub = "Đẩy nhanh tiến độ cấp căn cước"
    again = "TTH.vn - Trong tháng 5, toàn tỉnh đã cấp hơn 20.000 thẻ căn cước cho công dân đủ điều kiện."
    page = "\n\n".join([HEAD, lead, P1, sub, again, P2, P3]) + "\n"
    a = _art(page)
    _body_whole(a, lead, P1, again, P2, P3)


def test_a_card_cut_off_above_its_read_more_link_is_a_listing():
    head = "CÔNG TÁC TUYÊN GIÁO GÓP PHẦN TĂNG CƯỜNG KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC"
    lead = ("Với phương châm đi trước mở đường, ngành Tuyên giáo toàn tỉnh đã bám sát sự lãnh đạo của cấp "
            "ủy, chủ động tham mưu, nắm bắt và định hướng tư tưởng trong Đảng và trong Nhân dân. Với chức "
            "năng là cơ quan tham mưu của")
    a = _art("\n\n".join([head, lead, "Đọc thêm"]) + "\n")
    assert a.page_kind == "listing" and a.title is None
    _body_whole(a, lead)
    # an article whose last paragraph ends in full stays an article
    a = _art("\n\n".join([HEAD, P1, P2, "Đọc thêm"]) + "\n")
    assert a.page_kind == "article"


def test_a_pager_and_related_box_labels_go_and_a_closing_pv_is_the_byline():
    page = "\n\n".join([HEAD, P1, P2, "PV", "Chủ đề liên quan:", "Tin cùng nội dung", "Trước Sau"]) + "\n"
    a = _art(page)
    _gone(a, "PV", "Chủ đề liên quan:", "Tin cùng nội dung", "Trước Sau")
    assert a.byline == "PV"
    _body_whole(a, P1, P2)


def test_a_tag_card_with_its_pager_is_a_listing():
    head = "Quyết tâm giải ngân vốn đầu tư công với tỷ lệ cao nhất trong năm 2024"
    lead = ("Trước thực trạng tỷ lệ giải ngân còn thấp khi thời gian không còn nhiều, các địa phương đang "
            "chạy nước rút để đẩy nhanh tiến độ giải ngân vốn đầu tư công.")
    a = _art("\n".join([head, lead, "Trước Sau"]) + "\n")
    assert a.page_kind == "listing" and a.title is None
    _body_whole(a, lead)


def test_short_lines_of_a_long_run_under_the_last_paragraph_stay():
    # a text wrapped at every line (or a table) runs on under its last full sentence: its short
    # headings are the text's, not a byline
    wrapped = ["I. MỤC TIÊU,", "NHIỆM VỤ CHUNG", "1. Mục tiêu chung:", "Tiếp tục xây dựng nền hành",
               "chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả, có năng lực",
               "kiến tạo phát triển, liêm chính, phục vụ nhân dân; huy động và sử dụng hợp lý,",
               "các nguồn lực cho phát triển kinh tế - xã hội của tỉnh", "2. Nhiệm vụ cụ thể:",
               "a) Cải cách thể chế", "b) Cải cách thủ tục hành chính", "c) Cải cách tổ chức bộ máy",
               "d) Cải cách chế độ công vụ"]
    a = _art("\n".join([HEAD, P1, P2, *wrapped]) + "\n")
    assert "NHIỆM VỤ CHUNG" in a.text
    assert a.byline is None


def test_a_scholar_shown_by_title_and_post_after_a_dash_acting_goes():
    cap1 = "PGS.TS Bùi Văn Toàn - Bí thư Đảng ủy, Chủ tịch Hội đồng Học viện phát biểu giao nhiệm vụ tại buổi lễ"
    cap2 = ("PGS.TS Bùi Văn Toàn - Bí thư Đảng ủy, Chủ tịch Hội đồng Học viện trao quyết định và tặng hoa "
            "chúc mừng PGS.TS Phạm Thị Lan - Phó Giám đốc Học viện")
    a = _art(_page(cap1, tail=(cap2,)))
    _gone(a, cap1, cap2)
    _body_whole(a, P1, P2, P3)
    said = "PGS.TS Bùi Văn Toàn - Bí thư Đảng ủy, Chủ tịch Hội đồng Học viện phát biểu tại buổi lễ. Đây là dịp nhìn lại 60 năm."
    a = _art(_page(said))
    assert said in a.text



def test_the_headline_with_a_photo_number_goes_whole():
    """An image's alt text is the headline and the photo's number (``… tăng 7 bậc 1``): the whole
    line goes, not the headline alone with a bare ``1`` left in the body."""
    import cchc_extract as cx

    head = "Bình Định chỉ số cải cách hành chính tăng 5 bậc"
    page = "\n\n".join([head, "Chiều 12/3, lãnh đạo tỉnh Bình Định tổ chức họp báo định kỳ.",
                        "Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,1%.", head + " 2",
                        "Quang cảnh họp báo - Ảnh: Minh Anh.",
                        "Chỉ số cải cách hành chính của tỉnh tăng 5 bậc so với cùng kỳ."])
    art = cx.extract(page)
    assert art.title == head
    assert "2" not in art.text.split("\n")
    assert "Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,1%." in art.text
    assert "tăng 5 bậc so với cùng kỳ" in art.text
