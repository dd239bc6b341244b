"""Cleaning kinds of junk met on sites never seen, fourth round: chrome lines of a page's tools
(dangling source tags, relative time stamps, counter bars, font-size buttons, more-links,
'tại đây' file links, comment boxes, bare link addresses, blog author lines, source lines naming a
site, bracketed category labels, paywall prompts, banner alt text), captions found by where they
stand (under a photo's file name, in a photo table's cell, made from one template, a named official
at the event, a caption sentence printed twice), isolated view counts, arrow-marked links, and
headlines found by the page's shape (over the date line, named by a reading notice, under a
blog's date line). Every page is made up in the shape of its kind; each kind has counter-examples
whose body must stay whole."""
import pytest

from test_clean_unseen_kinds import HEAD, P1, P2, P3, _art, _body_whole  # the same made-up page parts
from test_clean_unseen_kinds2 import _gone, _lines, _page

LEAD = ("Sáng 21/10, tại chương trình chào mừng Ngày Chuyển đổi số quốc gia, Bộ Khoa học và Công nghệ "
        "công bố xếp hạng mức độ chuyển đổi số năm 2024 của các tỉnh, thành phố.")
BODY = ("Theo đó, thành phố dẫn đầu với giá trị chỉ số đạt 0,8241, đứng thứ hai là tỉnh với giá trị "
        "0,7951, các địa phương xếp sau lần lượt có giá trị trên 0,77.")


# ------------------------------------------------------------------ chrome lines of a page's tools

@pytest.mark.parametrize("tag", ["(VTC News) -", "laodong.com.vn -", "[VOV2] -", "(Dân trí) –"])
def test_a_source_tag_left_alone_on_its_line_goes(tag):
    a = _art("\n\n".join([HEAD, tag, LEAD, BODY]))
    _gone(a, tag)
    _body_whole(a, LEAD, BODY)


def test_a_source_tag_opening_its_lead_is_cut_and_the_lead_stays():
    a = _art("\n\n".join([HEAD, "(Dân trí) - " + LEAD, BODY]))
    _body_whole(a, LEAD, BODY)


@pytest.mark.parametrize("junk", ["3 giờ trước", "15 phút trước", "05/09/2015 Lượt xem: 3409 In bài viết",
                                  "Chia sẻ: Mr Hưng | Lượt xem: 1043 | Lượt tải: 0", "Xem với cỡ chữ : A- A A+",
                                  "Xem chi tiết »", "Xem Quyết định và phụ lục tại đây.", "Không có nhận xét nào:",
                                  "Đăng nhận xét", "/portal/Home/Gop-y/default.aspx", "By admin",
                                  "(Nguồn dữ liệu theo: pcivietnam.vn", "[Cải cách hành chính]", "(29/03/2017)",
                                  "Banner Tỉnh ủy Nghệ An (Home-latest-1)", "You may also like",
                                  "Vui lòng đăng nhập để bình luận"])
def test_tool_chrome_lines_go(junk):
    a = _art(_page(junk))
    _gone(a, junk)
    _body_whole(a, P1, P2, P3)


@pytest.mark.parametrize("line", [
    "- Số lượt truy cập: 1.234.567 lượt",
    "Loại A và loại A+ được xếp hạng cao nhất trong kỳ đánh giá năm 2023.",
    "Người dân có thể xem kết quả giải quyết hồ sơ ngay tại đây.",
    "Không có ý kiến nào phản đối dự thảo nghị quyết tại kỳ họp.",
    "Tăng trưởng 2023 → 2024 đạt 8%.",
    "Người dân cần đăng ký tài khoản trên Cổng dịch vụ công quốc gia để nộp hồ sơ trực tuyến.",
    "Banner tuyên truyền Đại hội Đảng bộ tỉnh được treo trên các tuyến phố chính.",
    "3 năm trước, tỉnh đã đưa Trung tâm Phục vụ hành chính công vào hoạt động.",
])
def test_sentences_in_the_shape_of_tool_chrome_stay(line):
    a = _art(_page(line))
    _body_whole(a, P1, P2, P3, line)


# ------------------------------------------------------------------ captions found by where they stand

def test_a_caption_under_a_photos_file_name_goes():
    cap = "Tỉnh tụt sâu trong bảng xếp hạng chỉ số mới nhất."
    a = _art("\n\n".join([HEAD, P1, "qq-1681286950.jpg\n" + cap, P2, P3]))
    _gone(a, cap, "qq-1681286950.jpg")
    _body_whole(a, P1, P2, P3)


def test_a_short_sentence_of_the_text_without_a_photo_above_stays():
    s = "Tỉnh tụt sâu trong bảng xếp hạng chỉ số mới nhất."
    a = _art(_page(s))
    _body_whole(a, P1, P2, P3, s)


def test_a_photo_tables_caption_cell_goes_a_table_row_stays():
    cap = "| Đoàn kiểm tra công vụ thành phố kiểm tra đột xuất tại UBND phường Nghĩa Tân |"
    a = _art("\n".join([HEAD, P1, "![]() |", cap, P2, P3]))
    assert "Đoàn kiểm tra công vụ thành phố kiểm tra đột xuất" not in a.text
    _body_whole(a, P1, P2, P3)
    b = _art("\n".join([HEAD, P1, "| Năm | Điểm | Xếp hạng |", "| 2022 | 63,67 | 47 |", P2, P3]))
    assert "63,67" in b.text


def test_captions_made_from_one_template_go():
    caps = ["Tổ chức kiểm tra CCHC tại phường Đức Thuận", "Tổ chức kiểm tra CCHC tại phường Nam Hồng"]
    a = _art("\n\n".join([HEAD, P1, caps[0], P2, caps[1], P3]))
    _gone(a, *caps)
    _body_whole(a, P1, P2, P3)


def test_section_headings_that_differ_in_a_year_or_a_common_word_stay():
    heads = ["Kết quả cải cách hành chính năm 2022", "Kết quả cải cách hành chính năm 2023"]
    a = _art("\n\n".join([HEAD, P1, heads[0], P2, heads[1], P3]))
    assert set(heads) <= _lines(a)
    heads2 = ["Về cải cách thể chế của tỉnh", "Về cải cách thủ tục hành chính của tỉnh"]
    b = _art("\n\n".join([HEAD, P1, heads2[0], P2, heads2[1], P3]))
    assert set(heads2) <= _lines(b)


def test_a_named_official_at_the_event_is_a_caption_a_telling_sentence_stays():
    cap = "PGS.TS. Nguyễn Văn Chiến phát biểu khai mạc Hội thảo."
    a = _art(_page(cap))
    _gone(a, cap)
    _body_whole(a, P1, P2, P3)
    told = "Ông Nguyễn Văn Chiến đã phát biểu khai mạc Hội thảo."
    b = _art(_page(told))
    _body_whole(b, told)


def test_a_caption_under_the_date_line_goes():
    cap = "Bộ trưởng Tô Lâm phát biểu tại phiên họp."
    a = _art("\n".join([HEAD, "18:26 06/07/2022", cap, P1, P2, P3]))
    assert a.title == HEAD
    _gone(a, cap)
    _body_whole(a, P1, P2, P3)


def test_a_caption_sentence_printed_twice_on_its_line_goes():
    cap = "Người dân đánh giá tốt về chất lượng dịch vụ của các cơ quan hành chính tại thành phố."
    a = _art(_page(cap + cap))
    assert cap not in a.text
    _body_whole(a, P1, P2, P3)


def test_english_photo_credit_closes_a_caption():
    cap = "Vietnamese technology enterprises are asked to participate in building e-government. (Photo for illustration)"
    text = ("The development of e-government saw many positive changes in 2019, and the rate of online "
            "public services at level 4 doubled.")
    text2 = ("Quang Ninh has taken the lead in applying the e-government model, and all public agencies "
             "in the province use digital signatures.")
    a = _art("\n\n".join(["Cities and provinces active in implementing e-government", text, cap, text2]))
    assert "(Photo for illustration)" not in a.text
    _body_whole(a, text, text2)


# ------------------------------------------------------------------ counts, arrow links, related lists

def test_a_view_count_under_the_headline_goes_a_figure_under_a_label_stays():
    a = _art("\n\n".join([HEAD, "4790", P1, P2, P3]))
    _gone(a, "4790")
    _body_whole(a, P1, P2, P3)
    b = _art(_page("Tổng số hồ sơ tiếp nhận trong năm của toàn tỉnh", "12.345.678"))
    assert "12.345.678" in _lines(b)
    c = _art("\n".join([HEAD, "Địa phương", "Điểm số", "Xếp hạng", "Quảng Ninh", "73.40", "1",
                        "Đồng Tháp", "72.10", "2", P1]))
    assert {"73.40", "72.10"} <= _lines(c)


def test_arrow_marked_links_go_an_arrow_marked_sentence_stays():
    links = ["► Chuyển đổi số là gì và vì sao cần thực hiện ngay", "► Chuyển đổi số - chuyến tàu không nên bỏ lỡ"]
    a = _art(_page(*links))
    assert not any(x.lstrip("► ") in a.text for x in links)
    _body_whole(a, P1, P2, P3)
    s = "► Tỉnh đã ban hành 12 văn bản chỉ đạo về chuyển đổi số trong năm 2021."
    b = _art(_page(s))
    assert "Tỉnh đã ban hành 12 văn bản chỉ đạo về chuyển đổi số trong năm 2021." in b.text


def test_a_document_sites_related_list_goes_under_its_label():
    items = ["Báo cáo chỉ số hiệu quả quản trị và hành chính công cấp tỉnh năm 2010",
             "Hồ sơ năng lực cạnh tranh cấp tỉnh của 63 tỉnh thành"]
    a = _art(_page(tail=["Tài liệu tương tự", *items]))
    _gone(a, "Tài liệu tương tự", *items)
    _body_whole(a, P1, P2, P3)


# ------------------------------------------------------------------ headlines found by the page's shape

def test_the_first_line_over_the_date_line_is_the_headline_not_a_chart_caption():
    head = "Bảng xếp hạng PCI các tỉnh từ năm 2005 đến 2019"
    a = _art("\n".join([head, "07/05/2020", "Bảng xếp hạng PCI năm 2019", P1, P2]))
    assert a.title == head


def test_a_reading_notice_closing_the_page_names_its_headline():
    head = "Tỉnh tăng 21 bậc trong Chỉ số PAPI 2017"
    notice = f"Bạn đang đọc bài viết {head} tại chuyên mục Quản trị của Báo Doanh nghiệp."
    a = _art("\n\n".join([P1, P2, P3 + "\n" + notice]))
    assert a.title == head
    assert "tại chuyên mục" not in a.text
    _body_whole(a, P1, P2, P3)


def test_a_blogs_tagline_over_the_date_line_is_no_headline():
    head = "Về quê đương kim thủ tướng, lại được phóng xe máy qua đập tràn"
    text = ("Hồi ngày xưa, tới cả 20 năm trước, mình lần đầu nghe chữ đập tràn mà không hiểu ra làm sao, "
            "bởi người Quảng Nam phát âm chữ đập tràn rất khó nghe.")
    a = _art("\n\n".join(["Nắng thì cày ruộng, mưa thì đọc sách", "02/01/2020", head, text]))
    assert a.title == head
    _body_whole(a, text)


def test_a_news_headline_over_its_date_and_a_sub_heading_stays_the_headline():
    head = "Tỉnh qua chỉ số PCI và PAPI năm 2015"
    text = ("Kết quả điều tra Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2015 của tỉnh ghi nhận những "
            "cải thiện ở tiêu chí gia nhập thị trường và tính minh bạch, chỉ số PAPI cũng tăng.")
    a = _art("\n\n".join([head, "09/06/2016 23:00", "Xu thế biến đổi cấp quốc gia", text]))
    assert a.title == head
    assert "Xu thế biến đổi cấp quốc gia" in a.text


def test_english_filler_above_a_vietnamese_article_goes_an_english_quotation_inside_stays():
    en = ("The argument in favor of using filler text goes something like this: if you use real content in "
          "the design process, anytime you reach a review point you will end up reviewing the content.")
    a = _art("\n\n".join([en, HEAD, P1, P2, P3]))
    assert en not in a.text
    _body_whole(a, P1, P2, P3)
    b = _art("\n\n".join([HEAD, P1, en, P2, P3]))
    _body_whole(b, P1, en, P2, P3)


def test_a_web_links_box_label_run_into_a_byline_goes_a_sentence_about_links_stays():
    a = _art(_page(tail=["Thanh Mai Liên kết website"]))
    _gone(a, "Thanh Mai Liên kết website")
    s = "Tỉnh đã xây dựng liên kết website của các sở, ngành với Cổng thông tin điện tử tỉnh."
    b = _art(_page(s))
    _body_whole(b, P1, P2, P3, s)


def test_a_papers_authors_line_goes_a_sentence_naming_an_expert_stays():
    authors = ("PGS. TS. Nguyễn Văn Thắng (Trưởng Khoa Quản trị, Trường Đại học Công nghệ) "
               "Trần Văn Nam (Phó Chủ tịch UBND thị xã)")
    a = _art("\n\n".join([HEAD, authors, P1, P2, P3]))
    assert "Trưởng Khoa Quản trị" not in a.text
    _body_whole(a, P1, P2, P3)
    s = "TS. Nguyễn Văn An (Viện Nghiên cứu quản lý) cho biết tỉnh đã cải thiện 10 bậc trong năm 2023."
    b = _art(_page(s))
    _body_whole(b, s)
