"""Cleaning the kinds of page first met on unseen sites: section and tag pages showing one
teaser, print-view headers, headlines glued to their lead or printed twice, paginated document
previews. Every page here is made up in the shape of its class; each class has counter-examples
that must stay articles with their body whole."""
import cchc_extract as cx
from cchc_extract.clean import clean

LEAD = ("Những năm gần đây, công tác cải cách hành chính trên địa bàn tỉnh đã có nhiều chuyển biến "
        "mạnh mẽ, thể hiện qua việc Chỉ số PAR INDEX tăng dần.")
P2 = ("Theo kết quả công bố, Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm; huyện Phú Bình "
      "xếp cuối khối huyện với 78,1 điểm.")
P3 = "Các đơn vị xếp cuối bảng được yêu cầu xây dựng kế hoạch khắc phục trong quý II năm 2024."
HEAD = "Hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính"


def _art(text):
    a = cx.extract(text)
    assert isinstance(a, cx.Article), a
    for f in a.facts:
        assert a.text[f.start:f.end] == f.text
    return a


# ------------------------------------------------------------------ one-teaser section pages

def test_section_page_with_one_teaser_is_a_listing_without_title():
    for page in (f"{HEAD}\n\n{LEAD}\n",
                 f"Chính trị - Xã hội Cải cách hành chính\n\n{HEAD}\n\n{LEAD}\n",
                 f"cải cách bộ máy\n{HEAD}\n{LEAD}\n"):
        a = _art(page)
        assert a.page_kind == "listing" and a.title is None, page
        assert HEAD in a.text and LEAD in a.text  # the teaser's headline and lead are body
        assert "Chính trị - Xã hội" not in a.text and "cải cách bộ máy" not in a.text


def test_short_articles_are_not_one_teaser_pages():
    for page in (f"{HEAD}\n12/03/2024 08:15\n{LEAD}\n",           # the page's own date
                 f"{HEAD}\n{LEAD}\nMinh Anh\n",                     # its author
                 f"{HEAD}\n\n{LEAD}\n\n{P2}\n",                     # two paragraphs
                 f"{HEAD}\n\n{LEAD} {P2} {P3} {LEAD} {P2}\n"):      # one long paragraph
        a = _art(page)
        assert a.page_kind == "article" and a.title == HEAD, page
        assert LEAD in a.text
    # a long line above the headline is prose, not a section label
    a = _art(f"{P3[:-1]} và tăng cường kiểm tra công vụ\n{HEAD}\n{LEAD}\n")
    assert a.page_kind == "article"
    # a headline known from elsewhere (HTML metadata, a database row) is the page's own
    c = clean(f"{HEAD}\n\n{LEAD}\n", title_hint=HEAD)
    assert c.page_kind == "article" and c.title == HEAD


# ------------------------------------------------------------------ print-view header

def test_place_and_date_line_above_a_print_view_is_its_date_not_its_title():
    page = (f"Hải Phòng, ngày 18 tháng 11 năm 2019\n\n{LEAD}\n\n{P2}\n\nTệp đính kèm:\n"
            "Kế hoạch cải cách hành chính huyện năm 2024.doc\n")
    a = _art(page)
    assert a.title is None and a.published == "2019-11-18"
    assert "Hải Phòng, ngày 18" not in a.text and ".doc" not in a.text
    assert LEAD in a.text and P2 in a.text


def test_place_and_date_line_of_a_legal_text_or_under_prose_stays():
    legal = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 42/KH-UBND\n"
             "Hải Phòng, ngày 18 tháng 11 năm 2019\nKẾ HOẠCH\nCải cách hành chính năm 2020\n"
             "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
             "Căn cứ Quyết định số 1291/QĐ-BNV ngày 22/12/2020 của Bộ Nội vụ;\n" + P2 + "\n")
    a = _art(legal)
    assert a.page_kind == "legal_document" and "Hải Phòng, ngày 18 tháng 11 năm 2019" in a.text
    # a letter quoted under the story's prose keeps its place and date
    a = _art(f"{HEAD}\n\n{LEAD}\n\nHà Nội, ngày 5 tháng 3 năm 2024\n\n{P2}\n")
    assert "Hà Nội, ngày 5 tháng 3 năm 2024" in a.text


# ------------------------------------------------------------------ headlines printed twice, captions

def test_headline_printed_twice_across_chrome_is_the_title():
    head = "Bình Định đứng thứ 21 trong danh sách 30 tỉnh có chất lượng điều hành tốt nhất."
    page = f"{head}\nノンホイ工業団地 ホットライン:0936 356 656\n{head}\n\n{LEAD}\n\n{P2}\n\n{P3}\n"
    a = _art(page)
    assert a.title == head and head not in a.text
    assert LEAD in a.text and P3 in a.text


def test_line_printed_twice_under_prose_is_a_caption_not_the_title():
    cap = "Người dân thư giãn tại ghế massage khi đến Trung tâm Phục vụ hành chính công xã"
    page = f"{LEAD}\n\n{cap}\n\n{P2}\n\n{P3}\n\n{cap}\n\n{LEAD.replace('tỉnh', 'huyện')}\n"
    a = _art(page)
    assert a.title is None and cap not in a.text
    assert LEAD in a.text and P2 in a.text and P3 in a.text


def test_section_heading_said_once_or_far_apart_stays():
    sub = "Kết quả nổi bật về cải cách hành chính năm 2024"
    page = f"{HEAD}\n\n{LEAD}\n\n{sub}\n\n{P2}\n\n{P3}\n"
    assert sub in _art(page).text
    short = "Lịch sử đối đầu Real Madrid vs Getafe"  # a heading, then the same words under a photo
    assert _art(f"{HEAD}\n\n{LEAD}\n\n{short}\n\n{P2}\n\n{P3}\n\n{short}\n\n{LEAD}x\n").text.count(short) == 2
    far = f"{HEAD}\n\n{LEAD}\n\n{sub}\n\n{P2}\n\n{P3}\n\n{LEAD[:-1]} hơn.\n\n{P2[:-1]} nữa.\n\n{sub}\n\n{P3}\n"
    assert _art(far).text.count(sub) == 2


# ------------------------------------------------------------------ headline glued to its lead

def test_headline_glued_to_its_lead_is_cut_off_as_title():
    head = "Phổ biến pháp luật trong kỷ nguyên số: Xây dựng văn hóa tuân thủ pháp luật trong từng công dân"
    page = f"15/05/2025\nXem cỡ chữ\nIn\nGửi email\n{head}{LEAD}\n\n{P2}\n\n{P3}\n"
    a = _art(page)
    assert a.title == head and a.published == "2025-05-15"
    assert a.text.startswith(LEAD) and P3 in a.text


def test_brands_and_body_lines_are_not_cut():
    for line in ("Người dân cài đặt ứng dụng VNeID trên điện thoại để làm thủ tục hành chính trực tuyến "
                 "tại nhà, không phải đến Bộ phận một cửa như trước đây.",
                 "Ứng dụng eKYC giúp xác thực danh tính người dùng iPhone và Android nhanh chóng khi "
                 "đăng ký tài khoản dịch vụ công trên Cổng Dịch vụ công quốc gia."):
        a = _art(f"{HEAD}\n\n{line}\n\n{P2}\n")
        assert a.title == HEAD and line in a.text


# ------------------------------------------------------------------ paginated document previews

FOOTER = "Trường Đại học Nội vụ – Luận văn Thạc sĩ Quản lý công"
COVER = ["BỘ NỘI VỤ", "TRƯỜNG ĐẠI HỌC NỘI VỤ", "NGUYỄN VĂN AN",
         "CẢI CÁCH THỦ TỤC HÀNH CHÍNH TẠI", "ỦY BAN NHÂN DÂN HUYỆN PHÚ BÌNH", "LUẬN VĂN THẠC SĨ",
         "HÀ NỘI NĂM 2020"]


def test_thesis_preview_is_other_with_cover_title_and_no_page_furniture():
    page = "\n".join(COVER + ["CHUYÊN NGÀNH: QUẢN LÝ CÔNG", FOOTER, "Page i", "LỜI CAM ĐOAN",
                              "Tôi xin cam đoan đây là công trình nghiên cứu của riêng tôi. Các số",
                              "liệu nêu trong luận văn là trung thực.", FOOTER, "Page ii", "LỜI CẢM ƠN",
                              P2, FOOTER, "Page iii", P3]) + "\n"
    a = _art(page)
    assert a.page_kind == "other"
    assert a.title == "CẢI CÁCH THỦ TỤC HÀNH CHÍNH TẠI ỦY BAN NHÂN DÂN HUYỆN PHÚ BÌNH"
    assert FOOTER not in a.text and "Page i" not in a.text
    assert "CHUYÊN NGÀNH: QUẢN LÝ CÔNG" in a.text and "Tôi xin cam đoan" in a.text and P3 in a.text


def test_one_page_number_or_a_line_said_twice_elsewhere_is_not_furniture():
    # one page number: an article, its body whole
    a = _art(f"{HEAD}\n\n{LEAD}\n\nTrang 2\n\n{P2}\n\n{P3}\n")
    assert a.page_kind == "article" and LEAD in a.text and P3 in a.text
    # a line next to a page number that the page also prints elsewhere is body
    page = "\n".join([HEAD, LEAD, P2, "Page 1", P3, "Page 2", P2]) + "\n"
    a = _art(page)
    assert a.page_kind == "other" and a.text.count(P2) == 2 and P3 in a.text


def test_paper_domain_before_the_lead_is_metadata():
    a = _art(f"{HEAD}\n\nANTD.VN - {LEAD}\n\n{P2}\n")
    assert a.text.startswith(LEAD) and "ANTD.VN" not in a.text
    # a place or an abbreviation before a dash stays
    for lead in (f"TP.HCM - {LEAD}", f"Hà Nội - {LEAD}"):
        assert lead in _art(f"{HEAD}\n\n{lead}\n\n{P2}\n").text


# ------------------------------------------------------------------ caption credits without a colon

def test_caption_credits_without_colon_are_junk():
    for cap in ("Người dân thực hiện thủ tục hành chính tại trung tâm. Ảnh Cổng TTĐT Hậu Giang",
                "Bảng Chỉ số SIPAS năm 2023 của các tỉnh, thành phố. Ảnh. Báo Quảng Ninh",
                "Bộ Nội vụ tổ chức Hội nghị tập huấn cho công chức địa phương. Ảnh minh họa |",
                "Sở Nội vụ sáp nhập hai phòng thành Phòng Tổ chức biên chế - Nguồn: baolaichau.vn"):
        a = _art(f"{HEAD}\n\n{LEAD}\n\n{cap}\n\n{P2}\n\n{P3}\n")
        assert cap not in a.text and LEAD in a.text and P2 in a.text and P3 in a.text, cap


def test_lead_then_a_short_section_heading_keeps_the_heading_as_body():
    lead = ("Xây dựng nền công vụ chuyên nghiệp, trách nhiệm, năng động và thực tài là mục tiêu cải cách "
            "chế độ công vụ, công chức; hoạt động công vụ của công chức phải công khai, minh bạch.")
    sub = "Công vụ và hoạt động công vụ của công chức"
    a = _art(f"{lead}\n\n{sub}\n\n{P2}\n\n{P3}\n")
    assert a.title is None and sub in a.text and lead in a.text


def test_series_of_headings_printed_twice_stays():
    days = [f"Kết quả xổ số miền Nam hôm nay {d}/6/2024" for d in (3, 2, 1)]
    page = [HEAD, "", LEAD]
    for d in days:
        page += [d, P2, d, P3]
    a = _art("\n".join(page) + "\n")
    for d in days:
        assert a.text.count(d) == 2


# ------------------------------------------------------------------ section pages of undated teasers

TEASERS = [("Thái Nguyên công bố Chỉ số cải cách hành chính năm 2023",
            "Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm."),
           ("Bắc Giang đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
            "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 65% trong quý I."),
           ("Hà Nam nâng cao chỉ số hài lòng của người dân",
            "Chỉ số SIPAS năm 2023 của tỉnh đạt 84,2%, tăng 3 bậc so với năm trước."),
           ("Lào Cai rút ngắn thời gian cấp phép xây dựng",
            "Thời gian giải quyết giảm từ 15 ngày xuống còn 7 ngày làm việc..."),
           ("Quảng Ninh giữ vững vị trí dẫn đầu Chỉ số PAR INDEX",
            "Tỉnh đạt 91,5 điểm, xếp thứ nhất cả nước năm thứ năm liên tiếp."),
           ("Đà Nẵng triển khai trợ lý ảo hỗ trợ người dân làm thủ tục",
            "Trợ lý ảo trả lời hơn 3.000 câu hỏi mỗi ngày về thủ tục hành chính.")]


def test_run_of_undated_teasers_is_a_listing_without_title():
    page = "\n\n".join(f"{h}\n{t}" for h, t in TEASERS) + "\n"
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None
    for h, t in TEASERS:
        assert h in a.text and t.rstrip(".…") in a.text


def test_article_with_short_sections_is_not_a_listing():
    long = f"{LEAD} {P2} {P3} {LEAD}"
    page = f"{HEAD}\n\n{LEAD}\n\n" + "\n\n".join(f"{h}\n{t}" for h, t in TEASERS[:3]) + f"\n\n{long}\n"
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD
    page = f"{HEAD}\n\n{LEAD}\n\n" + "\n\n".join(f"{h}\n{t}" for h, t in TEASERS[:4]) + "\n"
    assert _art(page).page_kind == "article"  # four short sections under a lead are an article's
    page = f"{HEAD}\n\n{LEAD}\n\n" + "\n\n".join(f"{h}\n{t}" for h, t in TEASERS[:3]) + "\n"
    assert _art(page).page_kind == "article"
    page = f"{HEAD}\n\n{LEAD}\n\n" + "\n\n".join(f"{h}\n{t}" for h, t in TEASERS[:3]) + f"\n\n{P2}\n\n{P3}\n"
    assert _art(page).page_kind == "article"  # three pairs and more lines than pairs


def test_tag_page_whose_one_line_is_a_teaser_card_is_a_listing():
    card = ("Hải Phòng phấn đấu Top 3 cả nước về cải cách hành chính năm 2026 Năm 2026, TP. Hải Phòng "
            "phấn đấu trong Top 3 địa phương dẫn đầu cả nước về cải cách hành chính.")
    a = _art(card + "\n")
    assert a.page_kind == "listing" and a.title is None and a.text == card
    # one sentence of prose, or a lead that does not restate what comes before it, is an article
    for line in (LEAD, "Theo kết quả công bố năm nay Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm; "
                       "huyện Phú Bình xếp cuối khối huyện với 78,1 điểm."):
        assert _art(line + "\n").page_kind == "article", line


def test_a_short_label_and_one_paragraph_is_not_a_teaser():
    # a label of five words or fewer is no teaser's headline; the page's date on a section line is its own
    a = _art(f"Tin cải cách hành chính\n{LEAD}\n")
    assert a.page_kind == "article"
    a = _art(f"{HEAD}\n\nChuyên mục: Cải cách hành chính | Đăng ngày: 11/04/2017\n\n{LEAD}\n")
    assert a.page_kind == "article" and a.published == "2017-04-11"


def test_a_hard_wrapped_body_sentence_is_no_caption():
    # a line naming a titled person with no full stop is a caption, unless its sentence goes on
    # in lower case on the next line (a hard wrap inside the body)
    page = ("Tin tức trong ngày\n\n"
            "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n"
            "Bà Trần Thị Mai, Phó Giám đốc Sở Nội vụ\nđánh giá cao kết quả của các xã.")
    art = cx.extract(page)
    assert "Bà Trần Thị Mai, Phó Giám đốc Sở Nội vụ" in art.text
    page = page.replace("\nđánh giá cao kết quả của các xã.", "\n\nNăm nay các xã đều đạt kết quả tốt.")
    art = cx.extract(page)
    assert "Bà Trần Thị Mai, Phó Giám đốc Sở Nội vụ" not in art.text
