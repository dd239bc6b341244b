"""Cleaning kinds of junk met on sites never seen, third round: a portal's chrome written in
English, dates and bylines written in English, visit-counter boxes and tag lists under their
labels, phone-only contact lines, slogan banners, document-site chrome, a cover (letterhead)
opening the page, captions that say a sentence of the text again, photo-table caption cells,
related headlines glued into one line or closing the page with no marker, and bare bylines.
Every page here is made up in the shape of its kind; each kind has counter-examples whose body
must stay whole."""
import pytest

from test_clean_unseen_kinds import HEAD, P1, P2, P3, _art, _body_whole  # the same made-up page parts
from test_clean_unseen_kinds2 import _gone, _lines, _page

# ------------------------------------------------------------------ English chrome


def test_english_portal_chrome_on_a_vietnamese_page_goes():
    junk = ["About Us", "We serve the people. You are our priority.", "Working Hours",
            "Monday - Friday 07:30AM-17:00PM", "Saturday - Sunday CLOSED", "Latest News",
            "No posts were found."]
    a = _art("\n\n".join([*junk, HEAD, P1, P2, P3]))
    assert a.title == HEAD
    _body_whole(a, P1, P2, P3)
    _gone(a, *junk)


def test_english_words_inside_vietnamese_lines_and_english_pages_stay():
    s1 = "Chỉ số SIPAS (Satisfaction Index of Public Administrative Services) năm 2023 của tỉnh đạt 86,5%."
    s2 = "Smart City"
    a = _art(_page(s1, "Đề án được đặt tên là:", s2))
    _body_whole(a, P1, P2, P3, s1)
    assert s2 in _lines(a)
    english = ("The province opened a public service centre in 2023, and the centre received twelve "
               "thousand files in its first year of work.")
    b = _art("\n\n".join(["Public service centre opens", english, "Working Hours", english.replace("2023", "2024")]))
    assert english in b.text


# ------------------------------------------------------------------ dates, bylines, counters, tags

def test_english_date_lines_and_a_byline_with_an_english_date_go():
    junk = ["12 March, 2024", "Last updated on 12 March, 2024", "Post date: 06/06/2023"]
    a = _art("\n\n".join([HEAD, "Thu Trang March 12, 2024 09:15 AM", *junk, P1, P2, P3]))
    _body_whole(a, P1, P2, P3)
    _gone(a, *junk, "Thu Trang March 12, 2024 09:15 AM")


def test_sentences_with_dates_stay():
    s = "Ngày 12/3/2024, Thu Trang có bài viết về kết quả cải cách hành chính của huyện."
    a = _art(_page(s))
    _body_whole(a, P1, P2, P3, s)


def test_visit_counter_box_and_tags_list_go():
    junk = ["Thống kê truy cập", "Trực tuyến : 125", "Hôm qua : 3.456", "Tổng : 1.234.567",
            "Tổng truy cập 5.307.886", "Đã truy cập : 43590091", "Show all"]
    a = _art(_page(tail=["Tags:", "chuyển đổi số", "Nghệ An", *junk]))
    _body_whole(a, P1, P2, P3)
    _gone(a, "Tags:", "chuyển đổi số", "Nghệ An", *junk)


def test_figures_under_a_heading_that_is_no_counter_box_and_a_sentence_about_visits_stay():
    a = _art(_page("Kết quả tiếp nhận hồ sơ trong quý I:", "Trực tuyến: 1.234", "Trực tiếp: 567"))
    assert {"Trực tuyến: 1.234", "Trực tiếp: 567"} <= _lines(a)
    s = "Tổng truy cập vào Cổng dịch vụ công của tỉnh trong năm đạt 5,3 triệu lượt."
    b = _art(_page(s))
    _body_whole(b, s)


def test_phone_only_line_goes_a_table_figure_stays():
    a = _art(_page(tail=["UBND HUYỆN YÊN THÀNH", "(+84) 238 3844 555", "0238.3844.555"]))
    _body_whole(a, P1, P2, P3)
    _gone(a, "(+84) 238 3844 555", "0238.3844.555")
    b = _art(_page("Tổng số hồ sơ tiếp nhận trong năm của toàn tỉnh", "12.345.678"))
    assert "12.345.678" in _lines(b)


# ------------------------------------------------------------------ banners, letterheads, document sites

@pytest.mark.parametrize("banner", ["ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!",
                                    "Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm",
                                    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"])
def test_slogan_banners_go(banner):
    a = _art("\n\n".join([banner, HEAD, P1, P2, P3, banner]))
    assert a.title == HEAD
    _body_whole(a, P1, P2, P3)
    _gone(a, banner)


def test_sentences_with_a_slogan_stay():
    s1 = "Cả hội trường hô vang “Việt Nam muôn năm!” khi lá cờ được kéo lên."
    s2 = "Chi bộ tổ chức học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với chuyên đề năm 2024."
    a = _art(_page(s1, s2))
    _body_whole(a, P1, P2, P3, s1, s2)


def test_cover_opening_a_preview_goes_when_its_place_and_year_close_it():
    cover = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ NỘI VỤ", "HỌC VIỆN HÀNH CHÍNH QUỐC GIA", "TRẦN THỊ MAI",
             "CẢI CÁCH THỦ TỤC HÀNH CHÍNH TẠI UBND HUYỆN YÊN THÀNH", "LUẬN VĂN THẠC SĨ QUẢN LÝ CÔNG",
             "NGHỆ AN, 2022"]
    pledge = "Tác giả cam đoan đây là công trình nghiên cứu độc lập, các số liệu nêu trong luận văn là trung thực."
    preview = ["luận văn thạc sĩ cải cách thủ tục hành chính tại ubnd huyện yên thành – Tài liệu text",
               "luận văn thạc sĩ cải cách thủ tục hành chính tại ubnd huyện yên thành tỉnh nghệ an",
               "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (512 KB, 98 trang )"]
    a = _art("\n\n".join([*preview, *cover, "LỜI CAM ĐOAN", pledge, P1, P2]))
    _body_whole(a, pledge, P1, P2)
    _gone(a, *cover)
    # a cover whose title the page takes for its headline is left to the headline rules
    b = _art("\n\n".join([*cover, "LỜI CAM ĐOAN", pledge, P1, P2]))
    assert b.title and b.title in cover


def test_document_site_chrome_goes_the_heading_behind_the_artifact_stays():
    page = "\n".join([HEAD, "Preview text:", "lOMoAR cPSD| 45734214 A. PHẦN MỞ ĐẦU", P1,
                      "Tóm tắt tài liệu Giải pháp nâng cao chỉ số hài lòng, để xem tài liệu hoàn chỉnh bạn "
                      "click vào nút DOWNLOAD ở trên", P2, P3])
    a = _art(page)
    _body_whole(a, "A. PHẦN MỞ ĐẦU", P1, P2, P3)
    _gone(a, "Preview text:", "lOMoAR cPSD| 45734214 A. PHẦN MỞ ĐẦU")
    assert "DOWNLOAD" not in a.text


# ------------------------------------------------------------------ captions

LEAD = ("Sáng 12/3, Ủy ban nhân dân (UBND) huyện Yên Thành tổ chức hội nghị tổng kết công tác cải cách "
        "hành chính năm 2023.")


def test_caption_restating_a_sentence_of_the_text_goes():
    cap = "UBND huyện Yên Thành tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023."
    a = _art("\n\n".join([HEAD, LEAD, cap, P1, P2, P3]))
    _body_whole(a, LEAD, P1, P2, P3)
    _gone(a, cap)


def test_list_items_alike_a_numbered_heading_and_a_restating_sentence_with_a_new_clause_stay():
    s1 = "Đến năm 2025: tỷ lệ hài lòng của người dân với dịch vụ hành chính công đạt trên 90%."
    s2 = "Đến năm 2030: tỷ lệ hài lòng của người dân với dịch vụ hành chính công đạt tối thiểu 95% trở lên."
    h = "1.1 Khái niệm cải cách thủ tục hành chính ở cấp xã"
    body = "Cải cách thủ tục hành chính ở cấp xã là việc rà soát, đơn giản hóa các thủ tục mà người dân thực hiện tại xã."
    a = _art("\n\n".join([HEAD, P1, s1, s2, h, body, P2]))
    _body_whole(a, P1, s1, s2, h, body, P2)
    # a sentence summing up a clause of a longer one, a step, an item and a wrapped line stay
    long = ("Chính phủ ban hành Nghị định số 45/2024/NĐ-CP quy định về thủ tục hành chính trên môi trường điện tử, "
            "trong đó quy định rõ trách nhiệm của các bộ, ngành và có hiệu lực từ ngày 20/11/2024.")
    short = "Nghị định này có hiệu lực từ ngày 20/11/2024."
    step = "Bước 4: Chọn Quản lý hồ sơ và thủ tục hành chính."
    src = "Bước 5: Trong giao diện Quản lý hồ sơ và thủ tục hành chính, hãy chọn hồ sơ cần nộp và bấm Gửi hồ sơ."
    item = "e) Quyết định giá đất không đúng thẩm quyền theo quy định."
    src2 = "Các hành vi bị nghiêm cấm gồm quyết định giá đất không đúng thẩm quyền theo quy định của pháp luật hiện hành."
    b = _art("\n\n".join([HEAD, P1, long, short, P2, step, src, src2, item, P3]))
    _body_whole(b, short, step, item)
    # a bulletin's lines that open alike, one of them said again in a longer sentence, stay
    bulletin = ["Dự báo trong 12 giờ tới, lũ trên sông Hồng tại Hà Nội sẽ tiếp tục lên nhanh và đạt mức báo động 1 vào chiều nay.",
                "Lũ trên sông Lô tại Tuyên Quang tiếp tục lên và duy trì ở mức báo động 3.",
                "Lũ trên sông Hồng tại Hà Nội tiếp tục lên nhanh và đạt mức báo động 1.",
                "Lũ trên sông Cầu tại Bắc Giang xuống chậm nhưng vẫn trên mức báo động 2."]
    c = _art("\n\n".join([HEAD, P1, *bulletin, P2]))
    _body_whole(c, *bulletin)


def test_photo_table_caption_cell_goes_a_table_row_stays():
    cap = "Cán bộ bộ phận một cửa xã Hưng Tân hướng dẫn người dân nộp hồ sơ trực tuyến. |"
    a = _art(_page(cap))
    _body_whole(a, P1, P2, P3)
    _gone(a, cap)
    row = "Tổng số hồ sơ tiếp nhận | 1.234"
    b = _art(_page(row))
    assert row in _lines(b)


def test_caption_credit_is_a_name_an_acronym_closing_a_heading_stays():
    head = "II. Kết quả giải quyết hồ sơ cấp GCN QSDĐ"
    a = _art(_page(head))
    _body_whole(a, P1, P2, P3, head)
    cap = "Người dân làm thủ tục tại bộ phận một cửa của phường HOÀNG LAN"
    b = _art(_page(cap))
    _gone(b, cap)


# ------------------------------------------------------------------ related headlines without marker

GLUED = ("Tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 Triển khai phần mềm một cửa điện tử "
         "tại các xã vùng cao Nâng cao chất lượng phục vụ người dân tại bộ phận một cửa Đẩy mạnh thanh toán "
         "trực tuyến phí, lệ phí")


def test_headlines_glued_into_one_line_go():
    a = _art(_page(GLUED))
    _body_whole(a, P1, P2, P3)
    _gone(a, GLUED)


def test_long_sub_heading_naming_bodies_and_a_paragraph_with_its_stops_stay():
    sub = ("Vai trò của Mặt trận Tổ quốc Việt Nam các cấp trong việc tập hợp, phản ánh ý kiến, kiến nghị "
           "của nhân dân đối với Đảng và Nhà nước trong giai đoạn mới")
    par = ("Tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023. Triển khai phần mềm một cửa điện tử "
           "tại các xã vùng cao. Nâng cao chất lượng phục vụ người dân tại bộ phận một cửa.")
    a = _art(_page(sub, par))
    _body_whole(a, P1, P2, P3, sub, par)


def test_run_of_headlines_closing_the_page_goes():
    rel = ["Huyện Quỳnh Lưu đẩy mạnh chuyển đổi số cấp xã năm 2024",
           "Thành phố Vinh tổng kết công tác cải cách hành chính",
           "Nghệ An công bố Chỉ số PAR INDEX các sở, ngành năm 2023"]
    a = _art(_page(tail=rel))
    _body_whole(a, P1, P2, P3)
    _gone(a, *rel)
    b = _art(_page(tail=["(Theo Báo Nghệ An)", *rel[:2]]))
    _gone(b, "(Theo Báo Nghệ An)", *rel[:2])


def test_closing_items_that_open_alike_two_closing_lines_and_a_list_under_a_colon_stay():
    items = ["Xã Hưng Tân đạt 95 điểm về cải cách hành chính năm 2023",
             "Xã Hưng Tân hoàn thành chuyển đổi số ở cả 12 thôn",
             "Xã Hưng Tân được tặng bằng khen của tỉnh"]
    a = _art(_page(tail=items))
    assert set(items) <= _lines(a)
    two = ["Phụ lục kèm theo báo cáo kết quả cải cách hành chính", "Danh sách các xã đạt chuẩn năm 2023"]
    b = _art(_page(tail=two))
    assert set(two) <= _lines(b)
    figures = ["Quỳnh Lưu đạt 92,5 điểm về chỉ số cải cách hành chính năm 2023",
               "Yên Thành đạt 90,1 điểm, tăng 2 bậc so với năm 2022",
               "Ở 5 năm gần nhất, Quỳnh Lưu có 3 lần đứng đầu chỉ số cải cách hành chính"]
    text = ("Năm 2023, chỉ số cải cách hành chính của Quỳnh Lưu đạt 92,5 điểm, Yên Thành đạt 90,1 điểm; "
            "trong 5 năm gần nhất, Quỳnh Lưu có 3 lần đứng đầu, Yên Thành tăng 2 bậc so với năm 2022.")
    d = _art("\n\n".join([HEAD, P1, text, *figures]))
    assert set(figures) <= _lines(d)  # closing figures in the words of the text above stay
    listed = ["Các nhiệm vụ trọng tâm năm 2024:", "Rà soát toàn bộ thủ tục hành chính cấp xã",
              "Nâng cấp phần mềm một cửa điện tử của huyện", "Tập huấn kỹ năng số cho cán bộ bộ phận một cửa"]
    c = _art(_page(tail=listed))
    assert set(listed) <= _lines(c)


@pytest.mark.parametrize("byline", ["PV", "Thu Hà - Minh Tuấn", "(Theo Báo Nghệ An)", "Quyên Quyên"])
def test_bare_bylines_closing_the_page_go(byline):
    a = _art(_page(tail=[byline]))
    _body_whole(a, P1, P2, P3)
    _gone(a, byline)


def test_scholars_byline_block_above_the_text_goes():
    block = ["ThS. Trần Thị Mai", "Giảng viên Khoa Quản lý nhà nước", "Học viện Hành chính Quốc gia"]
    a = _art("\n\n".join([HEAD, *block, P1, P2, P3]))
    assert a.title == HEAD
    _body_whole(a, P1, P2, P3)
    _gone(a, *block)
    assert a.byline and "Trần Thị Mai" in a.byline


def test_a_sentence_about_a_scholar_and_an_institution_heading_in_the_text_stay():
    s = "TS. Lê Minh Khang phát biểu tại hội thảo về cải cách hành chính cấp xã."
    h = "Học viện Hành chính Quốc gia"
    a = _art(_page(s, h))
    _body_whole(a, P1, P2, P3, s, h)


def test_document_site_description_with_its_promotion_goes():
    desc = ("Văn hóa công sở là hệ thống giá trị của cơ quan hành chính.Tài liệu giúp bạn tham khảo ôn tập "
            "và đạt kết quả cao. Mời bạn đọc đón xem.")
    a = _art(_page(desc))
    _body_whole(a, P1, P2, P3)
    _gone(a, desc)
