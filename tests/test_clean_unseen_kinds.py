"""Cleaning kinds of chrome first met on sites never seen: document-sharing pages, page widgets,
legal-database listings, spelled-out date lines, breadcrumbs, tables of contents, category menus,
aggregator lines, captions without their credit, alt texts. Every page here is made up in the
shape of its kind; each kind has counter-examples whose body must stay whole."""
import cchc_extract as cx
from conftest import check_article

HEAD = "Nâng cao chất lượng phục vụ tại Bộ phận một cửa cấp xã"
P1 = ("Những năm qua, tỉnh đã đẩy mạnh cải cách thủ tục hành chính, đưa 100% thủ tục đủ điều kiện "
      "lên dịch vụ công trực tuyến toàn trình.")
P2 = ("Trong 6 tháng đầu năm, Trung tâm đã tiếp nhận hơn 20.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt "
      "98,5%, tăng 2,1% so với cùng kỳ năm trước.")
P3 = "Các đơn vị xếp cuối bảng được yêu cầu xây dựng kế hoạch khắc phục trong quý III năm 2024."


def _art(text):
    return check_article(cx.extract(text))


def _reasons(a):
    return {r.text: r.reason for r in a.removed}


def _body_whole(a, *paras):
    for p in paras:
        assert p in a.text, p


# ------------------------------------------------------------------ document-sharing pages

def test_document_site_chrome_goes_and_the_document_title_is_found():
    page = ("123tailieu.vn Học tiếng Anh miễn phí 123tailieu.vn\nADSENSE\n\n"
            f"{HEAD}\n\nChia sẻ: minhtam | Ngày: | Loại File: PDF | Số trang:24\n\n31\nlượt xem\n2\ndownload\n"
            "Download Vui lòng tải xuống để xem tài liệu đầy đủ\n\n"
            f"{P1}\n\nChủ đề:\nLưu\n\nNội dung Text: {HEAD}\n\n{P2}\n"
            "12 trang |\nChia sẻ: minhtam | Lượt xem: 312 | Lượt tải: 0\n"
            f"Bạn đang xem nội dung tài liệu {HEAD}, để tải tài liệu về máy bạn click vào nút DOWNLOAD ở trên\n{P3}\n")
    a = _art(page)
    assert a.title == HEAD
    _body_whole(a, P1, P2, P3)
    for junk in ("ADSENSE", "123tailieu.vn", "Loại File", "lượt xem", "Vui lòng tải", "Nội dung Text",
                 "Lượt tải", "Bạn đang xem", "12 trang", "Lưu\n", "Chủ đề"):
        assert junk not in a.text, junk
    assert "\n31\n" not in "\n" + a.text + "\n" and "\n2\n" not in "\n" + a.text + "\n"


def test_numbers_and_sites_in_the_body_stay():
    # a bare number that is no counter (a table cell), a sentence naming two sites, "Lưu ý:"
    page = (f"{HEAD}\n\n{P1}\n\nXếp hạng\n31\nQuảng Ninh\n\n"
            "Người dân có thể nộp hồ sơ tại dichvucong.gov.vn hoặc dichvucong.quangninh.gov.vn.\n\n"
            "Lưu ý: hồ sơ nộp trực tuyến được giải quyết trong 3 ngày làm việc.\n\n"
            "Năm 2023, Cổng dịch vụ công của tỉnh có 7.331 lượt xem mỗi ngày.\n\n" + P2 + "\n")
    a = _art(page)
    _body_whole(a, "31", "dichvucong.quangninh.gov.vn", "Lưu ý: hồ sơ", "7.331 lượt xem mỗi ngày", P2)


# ------------------------------------------------------------------ widgets

def test_page_widgets_go():
    page = (f"Skip Ribbon Commands\nSkip Navigation Linkstin-tuc-chi-tiet\nDòng sự kiện:\n{HEAD}\n"
            f"Đánh giá post\n{P1}\n{P2}\nTìm kiếm theo ngày\nTin bài liên quan\n")
    a = _art(page)
    assert a.title == HEAD
    _body_whole(a, P1, P2)
    assert not any(w in a.text for w in ("Skip", "Dòng sự kiện", "Đánh giá post", "Tìm kiếm theo ngày", "Tin bài"))


def test_sentences_opening_like_widgets_stay():
    lines = ["Dòng sự kiện chính trong năm là việc sáp nhập các xã, thị trấn của huyện.",
             "Chủ đề của hội nghị năm nay là chuyển đổi số trong giải quyết thủ tục hành chính.",
             "Bạn đang đọc những dòng chia sẻ của một cán bộ một cửa ở vùng cao."]
    a = _art(f"{HEAD}\n\n{P1}\n\n" + "\n\n".join(lines) + f"\n\n{P2}\n")
    _body_whole(a, P1, P2, *lines)


# ------------------------------------------------------------------ legal-database listings

def test_legal_listing_column_headings_go_and_no_row_is_a_title():
    page = ("Thứ hai, ngày 16 tháng 12 năm 2019\nNgày ban hành\nNgày hiệu lực\n"
            "STT Số ký hiệu Cơ quan ban hành Trích yếu Ngày ban hành\n"
            "Mã văn bản Tên văn bản Ngày ban hành Ngày hiệu lực\n"
            "61/2018/NĐ-CP Nghị định về thực hiện cơ chế một cửa 23/04/2018 21/06/2018\n"
            "45/2020/NĐ-CP Nghị định về thủ tục hành chính trên môi trường điện tử 08/04/2020 22/05/2020\n"
            "Ngày ban hành: 20/09/2021\nHiệu lực: 20/09/2021\n")
    a = _art(page)
    assert a.title is None  # a row of the table (two dates) is no headline
    assert "Nghị định về thực hiện cơ chế một cửa" in a.text
    assert not any(w in a.text for w in ("Trích yếu", "Ngày hiệu lực", "Hiệu lực: 20/09/2021", "Mã văn bản"))


def test_sentences_about_legal_fields_stay():
    lines = ["Ngày ban hành quyết định là ngày 15/3/2024, sau khi lấy ý kiến các sở, ngành.",
             "Hiệu lực thi hành: Quyết định này có hiệu lực kể từ ngày ký.",
             "Số ký hiệu của văn bản phải ghi đúng quy định tại Nghị định 30/2020/NĐ-CP."]
    a = _art(f"{HEAD}\n\n{P1}\n\n" + "\n\n".join(lines) + "\n")
    _body_whole(a, P1, *lines)


# ------------------------------------------------------------------ dates spelled out alone

def test_spelled_out_date_line_is_the_date():
    for line, iso in (("Ngày 22 tháng 05 năm 2018", "2018-05-22"), ("Tháng 5 13, 2025", "2025-05-13")):
        a = _art(f"{HEAD}\n\n{line}\n\n{P1}\n\n{P2}\n")
        assert a.published == iso and line not in a.text and a.title == HEAD
        _body_whole(a, P1, P2)
    # a sentence that opens with the date is the text's
    s = "Ngày 22 tháng 05 năm 2018, UBND tỉnh ban hành Kế hoạch cải cách hành chính giai đoạn mới."
    a = _art(f"{HEAD}\n\n{P1}\n\n{s}\n")
    assert s in a.text


# ------------------------------------------------------------------ breadcrumbs, banners, aggregators

def test_breadcrumb_set_apart_by_spaces_is_not_the_title():
    page = f"Trang chủ    Thực tiễn    {HEAD}\nThứ ba, 25/01/2022 16:22\n7331 Lượt xem\n\n{HEAD}\n\n{P1}\n\n{P2}\n"
    a = _art(page)
    assert a.title == HEAD and "Trang chủ" not in a.text and "Lượt xem" not in a.text
    _body_whole(a, P1, P2)


def test_a_line_pointing_to_two_different_sites_is_body_not_a_banner():
    pointer = "Kết quả được công bố trên diemthi.hanoi.edu.vn hoặc thisinh.thitotnghiepthpt.edu.vn"
    page = f"{HEAD}\n\n{P1}\n\n{pointer}\n\n{P2}\n"
    a = _art(page)
    _body_whole(a, P1, pointer, P2)
    banner = "zunia.vn Tuyển sinh 2024 dành cho Gen-Z zunia.vn"
    a = _art(f"{banner}\n{HEAD}\n\n{P1}\n\n{P2}\n")
    assert "zunia.vn" not in a.text and a.title == HEAD


def test_reading_now_line_names_the_headline():
    page = (f"{P1}\nBạn đang đọc: {HEAD}\n1. Bộ phận một cửa là gì?\n{P2}\n"
            "Tìm hiểu thêm: Xây dựng mối quan hệ công sở cho nhân viên mới\n2. Kết quả đạt được\n" + P3 + "\n")
    a = _art(page)
    assert a.title == HEAD
    _body_whole(a, P1, P2, P3, "1. Bộ phận một cửa là gì?")
    assert "Bạn đang đọc" not in a.text and "Tìm hiểu thêm" not in a.text


def test_headline_printed_three_times_on_one_line():
    page = f"{HEAD} {HEAD} {HEAD}\nTỔNG QUAN VỀ ĐỀ TÀI\n{P1}\n{P2}\n"
    a = _art(page)
    assert a.title == HEAD and HEAD not in a.text
    _body_whole(a, P1, P2, "TỔNG QUAN VỀ ĐỀ TÀI")
    # a headline whose words repeat inside it is not cut
    twice = "Một cửa, một cửa liên thông: kết quả và bài học"
    assert _art(f"{twice}\n\n{P1}\n\n{P2}\n").title == twice


def test_teaser_with_read_more_link_is_a_listing():
    page = (f"{HEAD}\nViệc nâng cao chất lượng phục vụ tại Bộ phận một cửa cần bám sát các nghị quyết, "
            f"kết luận của cấp ủy, phải tạo… Đọc tiếp »{HEAD}\n")
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None and "Đọc tiếp" not in a.text


# ------------------------------------------------------------------ tables of contents and menus

def test_table_of_contents_entries_go_and_the_first_section_stays():
    page = (f"{HEAD}\n\nMục lục bài viết\n- 1. Bộ phận một cửa là gì?\n- 2. Quy trình tiếp nhận hồ sơ\n"
            f"- 3. Kết quả đạt được\n1. Bộ phận một cửa là gì?\n{P1}\n2. Quy trình tiếp nhận hồ sơ\n{P2}\n")
    a = _art(page)
    assert a.title == HEAD and "Mục lục" not in a.text and "- 2. Quy trình" not in a.text
    _body_whole(a, "1. Bộ phận một cửa là gì?", "2. Quy trình tiếp nhận hồ sơ", P1, P2)


def test_a_list_under_a_contents_label_with_a_paragraph_under_each_item_stays():
    page = f"{HEAD}\n\nMục lục\n1. Bộ phận một cửa là gì?\n{P1}\n2. Kết quả\n{P2}\n"
    a = _art(page)
    _body_whole(a, "1. Bộ phận một cửa là gì?", P1, "2. Kết quả", P2)


MENU = ["Âm nhạc", "An ninh trật tự", "An toàn giao thông", "Bảo hiểm xã hội", "Bảo trợ xã hội",
        "Bưu chính - Viễn thông", "Cải cách hành chính", "Cấp Huyện", "Chính sách xã hội",
        "Công chứng", "Đất đai", "Đấu giá", "Dịch vụ thương mại"]


def test_alphabetical_category_menu_goes():
    a = _art("Skip to main content\n" + "\n".join(MENU) + f"\n{HEAD}\n{P1}\n{P2}\n")
    assert a.title == HEAD and not any(m in a.text for m in ("Âm nhạc", "Đấu giá", "Cấp Huyện"))
    _body_whole(a, P1, P2)


def test_unsorted_short_lists_in_the_body_stay():
    items = ["Tiếp nhận hồ sơ", "Thẩm định hồ sơ", "Phê duyệt kết quả", "Trả kết quả", "Lưu trữ hồ sơ",
             "Đánh giá mức độ hài lòng", "Báo cáo định kỳ", "Công khai tiến độ", "Xin lỗi khi trễ hạn",
             "Số hóa kết quả", "Kết nối dữ liệu", "Chia sẻ dữ liệu"]
    a = _art(f"{HEAD}\n\n{P1}\n\n" + "\n".join(items) + f"\n\n{P2}\n")
    _body_whole(a, P1, P2, *items)


# ------------------------------------------------------------------ what is no headline

def test_list_items_wrapped_lines_and_table_rows_are_no_headline():
    wrapped = ("DDCI là bộ chỉ số đánh giá năng lực cạnh tranh của các sở, ban, ngành và\n"
               "địa phương thuộc tỉnh, dựa trên khảo sát mức độ hài lòng của các doanh\n"
               "nghiệp, hộ kinh doanh và hợp tác xã đang hoạt động trên địa bàn tỉnh.\n"
               "Trong những năm trở lại đây, việc khảo sát bộ chỉ số DDCI đã được nhiều\n"
               "tỉnh thành trong cả nước triển khai với nhiều cách làm khác nhau.\n")
    a = _art(wrapped)
    assert a.title is None and a.page_kind == "article"
    assert "DDCI là bộ chỉ số" in a.text
    a = _art(f"1. Chỉ số năng lực cạnh tranh cấp tỉnh là gì?\n\n{P1}\n\n{P2}\n")
    assert a.title is None and "1. Chỉ số năng lực cạnh tranh" in a.text
    # a headline that opens with a number (no full stop after it) is still a headline
    h = "10 địa phương dẫn đầu Chỉ số cải cách hành chính năm 2023"
    assert _art(f"{h}\n\n{P1}\n\n{P2}\n").title == h


# ------------------------------------------------------------------ captions

def test_headline_repeated_under_a_photo_goes():
    head = "Công bố kết quả đánh giá mức độ chuyển đổi số cấp tỉnh năm 2023 và Chỉ số DTI của các huyện"
    cap = "Kết quả đánh giá mức độ chuyển đổi số cấp tỉnh năm 2023 và Chỉ số DTI của các huyện"
    a = _art(f"{head}\n\n{P1}\n\n{cap}\n\n{P2}\n\n{head} ảnh 1\n\n{P3}\n")
    assert a.title == head and cap not in a.text and "ảnh 1" not in a.text
    _body_whole(a, P1, P2, P3)


def test_caption_without_credit_between_paragraphs_goes():
    for cap in ("Cán bộ và đoàn viên thanh niên phường hướng dẫn người dân sử dụng ứng dụng VNeID",
                "Bộ phận tiếp nhận và giải quyết thủ tục hành chính tại Trung tâm Hành chính công tỉnh."):
        a = _art(f"{HEAD}\n\n{P1}\n\n{cap}\n\n{P2}\n")
        assert cap not in a.text and _reasons(a).get(cap) == "photo_caption"
        _body_whole(a, P1, P2)


def test_section_headings_and_one_sentence_paragraphs_stay():
    for line in ("Người dân là trung tâm của mọi chính sách cải cách thủ tục hành chính",
                 "Nâng cao chất lượng phục vụ tại bộ phận một cửa các cấp",
                 "Cán bộ tại Trung tâm đã tiếp nhận và giải quyết đúng hạn toàn bộ hồ sơ trong tháng 5 "
                 "vừa qua, không để tồn đọng hồ sơ nào kéo dài."):
        a = _art(f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}\n")
        assert line in a.text, line


def test_clause_under_a_colon_is_not_a_caption():
    head = "Chỉ số chuyển đổi số DTI gồm những gì"
    lines = ["Chỉ số chuyển đổi số cấp tỉnh được cấu trúc theo 3 trụ cột chính gồm:",
             "Chính quyền số, kinh tế số và xã hội số.",
             "- Cấu trúc DTI cấp tỉnh: 03 trụ cột là chính quyền số, kinh tế số và xã hội số."]
    a = _art(f"{head}\n" + "\n".join(lines) + f"\n{P2}\n")
    _body_whole(a, *lines)


def test_lower_case_alt_text_goes_but_a_wrapped_sentence_stays():
    a = _art(f"{HEAD}\n\n{P1}\n\nmột cửa là gì\n{HEAD}\n\n{P2}\n")
    assert "một cửa là gì" not in a.text
    _body_whole(a, P1, P2)
    wrapped = ("Trung tâm đã tiếp nhận hơn 20.000 hồ sơ trong 6 tháng đầu năm, tỷ lệ giải quyết đúng\n"
               "hạn đạt 98,5%, cao hơn\n"
               "cùng kỳ năm trước.\n")
    a = _art(f"{HEAD}\n\n{P1}\n\n{wrapped}")
    assert "hạn đạt 98,5%, cao hơn" in a.text


def test_an_instruction_step_that_names_the_address_stays():
    step = "Bước 1: Truy cập Cổng Dịch vụ công quốc gia tại địa chỉ: https://dichvucong.gov.vn"
    a = _art(f"{HEAD}\n\n{P1}\n\n{step}\nBước 2: Đăng nhập bằng tài khoản định danh điện tử VNeID.\n\n{P2}\n")
    assert step in a.text
    # a bare link line is still chrome
    a = _art(f"{HEAD}\n\n{P1}\n\nXem chi tiết tại: https://dichvucong.gov.vn\n\n{P2}\n")
    assert "https://dichvucong.gov.vn" not in a.text


# ------------------------------------------------------------------ bleed under a closing tag line

def test_teaser_under_a_closing_topic_label_goes():
    teaser = "Sáng 3/6, UBND tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024."
    a = _art(f"{HEAD}\n\n{P1}\n\n{P2}\n\nChủ đề cải cách hành chính\n{teaser}\n")
    assert teaser not in a.text and _reasons(a).get(teaser) == "teaser"
    _body_whole(a, P1, P2)


def test_text_under_a_topic_label_high_on_the_page_stays():
    # one paragraph above the label: the label is the page's section, the text under it its own
    a = _art(f"{HEAD}\n\n{P1}\n\nChủ đề cải cách hành chính\n{P2}\n")
    _body_whole(a, P1, P2)
    # four paragraphs under it: the article goes on
    a = _art(f"{HEAD}\n\n{P1}\n\n{P2}\n\nTừ khóa: một cửa\n{P3}\n{P1}\n{P2}\n{P3}\n")
    assert a.text.count(P3) == 2


def test_view_and_reply_counters_labelled_first_go():
    a = _art(f"- 12/05/2016 04:00:00 PM\n- Đã xem: 128\n- Phản hồi: 0\n{P1}\n{P2}\n")
    assert "Đã xem" not in a.text and "Phản hồi" not in a.text and a.published == "2016-05-12"
    line = "Phản hồi: Sở Nội vụ đã trả lời kiến nghị của cử tri về thời gian giải quyết hồ sơ."
    a = _art(f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}\n")
    assert line in a.text


def test_headlines_under_the_closing_byline_go():
    heads = ["Quảng Ninh dẫn đầu Chỉ số PAR INDEX năm 2023", "Bắc Giang công bố Chỉ số DDCI năm 2023"]
    for by in ("Minh Anh", "MINH ANH", "Q.HẢI |"):
        a = _art(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{by}\n" + "\n".join(heads) + "\n")
        assert not any(h in a.text for h in heads) and a.byline and by.rstrip(" |") in a.byline, by
        _body_whole(a, P1, P2, P3)


def test_closing_headings_and_lists_without_a_byline_above_stay():
    tail = ["Đội hình dự kiến của hai đội trong trận chung kết", "Lịch thi đấu vòng bảng giải futsal châu Á"]
    a = _art(f"{HEAD}\n\n{P1}\n\n{P2}\n\n" + "\n".join(tail) + "\n")
    _body_whole(a, P1, P2, *tail)
    # under a byline, a line with a sentence end or a colon is no headline: the run is not taken
    a = _art(f"{HEAD}\n\n{P1}\n\n{P2}\n\nMinh Anh\nGhi chú: số liệu tính đến hết tháng 6\n")
    assert "Ghi chú: số liệu tính đến hết tháng 6" in a.text


def test_a_legal_database_list_of_documents_is_a_listing():
    rows = "".join(f"Ngày ban hành: {d}/02/2023\nNgày hiệu lực: {d}/03/2023\n" for d in (10, 14, 21, 28))
    a = _art(rows)
    assert a.page_kind == "listing"
    # one document's fields, each printed once, are a legal page's, not a list
    a = _art("Số hiệu: 95/QĐ-UBND\nNgày ban hành: 28/02/2022\nNgày hiệu lực: 28/02/2022\n"
             f"Loại văn bản: Quyết định\n{HEAD}\n{P1}\n{P2}\n")
    assert a.page_kind != "listing"


def test_a_ranking_table_printed_one_cell_a_line_stays():
    cells = []
    for k, (name, score) in enumerate([("Quảng Ninh", "92,18"), ("Hải Phòng", "91,87"), ("Hà Nội", "91,43"),
                                       ("Bắc Giang", "91,16"), ("Bà Rịa - Vũng Tàu", "91,03"), ("Đồng Nai", "90,87"),
                                       ("Bình Dương", "90,64"), ("Cần Thơ", "90,51"), ("Đà Nẵng", "90,40"),
                                       ("Thừa Thiên Huế", "90,12"), ("Lạng Sơn", "89,97")], 1):
        cells += [str(k), name, score]
    a = _art(f"{HEAD}\n\n{P1}\n\n" + "\n".join(cells) + f"\n\n{P2}\n")
    _body_whole(a, "Quảng Ninh", "Bắc Giang", "Lạng Sơn", "89,97")
    # a sorted menu with a label holding a number is still a menu
    a = _art("\n".join(MENU[:6] + ["Đề án 30"] + MENU[6:]) + f"\n{HEAD}\n{P1}\n{P2}\n")
    assert "Đề án 30" not in a.text and "Âm nhạc" not in a.text


def test_a_line_with_an_open_bracket_is_a_wrapped_sentence_not_a_headline():
    page = ("Ngày 8/8/2024, Bộ Thông tin và Truyền thông (Bộ\n"
            "TT&TT) đã ban hành Công văn số 3240/BTTTT-CĐSQG gửi UBND các tỉnh, thành phố\n"
            "trực thuộc trung ương về thúc đẩy hoạt động của Tổ công nghệ số cộng đồng.\n" + P2 + "\n")
    a = _art(page)
    assert a.title is None and "Ngày 8/8/2024, Bộ Thông tin và Truyền thông (Bộ" in a.text
    # a headline with its bracket closed is a headline
    h = "Chỉ số cải cách hành chính (PAR INDEX) của tỉnh tăng 5 bậc"
    assert _art(f"{h}\n\n{P1}\n\n{P2}\n").title == h


def test_caption_under_the_headline_repeated_as_alt_text_goes():
    cap = "Người dân cài đặt, sử dụng ứng dụng VNeID để nộp hồ sơ trực tuyến tại nhà văn hóa thôn"
    a = _art(f"{HEAD}\n\n{P1}\n\n{HEAD}\n{cap}\n\n{P2}\n")
    assert cap not in a.text and a.title == HEAD
    _body_whole(a, P1, P2)
    # the headline printed again above the lead, with no prose above: the lead stays
    lead = "Trung tâm Phục vụ hành chính công tỉnh vừa tổng kết 6 tháng đầu năm 2024 với nhiều kết quả"
    a = _art(f"{HEAD}\nChuyên mục: Cải cách hành chính\n{HEAD}\n{lead}\n\n{P2}\n")
    assert lead in a.text and a.title == HEAD
    # a paragraph under the headline's copy is no caption (it ends like a sentence)
    a = _art(f"{HEAD}\n\n{P1}\n\n{HEAD}\n{P3}\n\n{P2}\n")
    _body_whole(a, P1, P2, P3)


def test_unaccented_file_name_line_and_rule_lines_go():
    slug = "truyen thong tot hon ve ket qua cai cach thu tuc hanh chinh den nguoi dan hinh 1"
    a = _art(f"{HEAD}\n\n{P1}\n\n{slug}\n\n------------  ------------\n\n{P2}\n")
    assert slug not in a.text and "----" not in a.text
    _body_whole(a, P1, P2)
    # an English page keeps its lower-case lines; a code or a list item stays
    eng = ("the province ranked first in the public administration reform index this year\n"
           "The Government released the outcomes of the index in Ha Noi on April 17.\n")
    assert "the province ranked first" in _art(eng).text


def test_headline_printed_with_a_full_stop_above_the_lead_restating_it():
    head = "Chỉ số cải cách hành chính tỉnh Lạng Sơn năm 2023 xếp thứ 12 trên 63 tỉnh, thành phố."
    lead = ("Theo kết quả do Ban Chỉ đạo cải cách hành chính của Chính phủ công bố, năm 2023 Chỉ số cải "
            "cách hành chính tỉnh Lạng Sơn đạt 89,1%, xếp thứ 12/63 tỉnh, thành phố, tăng 4 bậc.")
    a = _art(f"{head}\n\n{lead}\n\n{P2}\n")
    assert a.title == head[:-1] and lead in a.text and head not in a.text
    # a first sentence that the next paragraph does not restate is the text's
    first = "Năm nay, tỉnh tiếp tục đẩy mạnh cải cách hành chính ở cả ba cấp chính quyền."
    a = _art(f"{first}\n\n{P1}\n\n{P2}\n")
    assert a.title is None and first in a.text


def test_body_shapes_met_on_the_crawl_stay():
    # a round's fixtures, sorted by the home side: ten lines is a list of the text, not a menu
    fixtures = ["Bournemouth vs Leicester City", "Fulham vs Man City", "Ipswich vs West Ham",
                "Liverpool vs Crystal Palace", "Man Utd vs Aston Villa", "Newcastle vs Everton",
                "Nottingham Forest vs Chelsea", "Southampton vs Arsenal", "Tottenham vs Brighton",
                "Wolves vs Brentford"]
    a = _art(f"{HEAD}\n\n{P1}\n\n" + "\n".join(fixtures) + f"\n\n{P2}\n")
    _body_whole(a, *fixtures)
    # a section heading that ends like the headline, but is a small part of it
    head = "Georgia rung chuyển bởi biểu tình, Nga so sánh với cuộc đảo chính Maidan"
    sec = "Nga so sánh với cuộc đảo chính Maidan"
    a = _art(f"{head}\n\n{P1}\n\n{P2}\n\n{sec}\n\n{P3} {P1}\n")
    assert sec in a.text
    # a section heading under the headline printed again below a search teaser
    teaser = "Nhiều chính sách mới về hỗ trợ hợp tác xã có hiệu lực từ tháng 11/2024..."
    h = "Chính sách mới có hiệu lực từ tháng 11/2024"
    sec = "Quy định về hệ thống thông tin, cơ sở dữ liệu quốc gia về hoạt động xây dựng"
    a = _art(f"{h}\n\n{teaser}\n\n{h}.\n\n{sec}\n\n{P2}\n")
    assert sec in a.text
