"""Page kinds and headlines on made-up pages in the shapes met on real sites: document-sharing
previews and journal papers (``other``), section pages of cut-off leads (``listing``, no title),
official reports with the national header (``legal_document``), and headlines under a date or
counter line, a placeholder, or taken by a caption rule. Each class has its counter-example: a
normal article stays an ``article`` with its headline."""
from __future__ import annotations

import cchc_extract as cx
from cchc_extract.pagekind import is_placeholder, is_preview, is_stamp

HEAD = "Huyện Tân Lập rút ngắn thời gian giải quyết hồ sơ đất đai còn 10 ngày"
LEAD = ("Từ đầu năm 2024, huyện Tân Lập đã rút ngắn thời gian giải quyết hồ sơ đất đai từ 30 ngày "
        "xuống còn 10 ngày, tỷ lệ hồ sơ đúng hạn đạt 98,5%.")
P2 = ("Theo Phòng Tài nguyên và Môi trường huyện, trong quý I đơn vị đã tiếp nhận 1.240 hồ sơ, "
      "trong đó 86% được nộp trực tuyến qua Cổng dịch vụ công của tỉnh.")
P3 = ("Ông Trần Văn Bình, Chủ tịch UBND huyện, cho biết huyện sẽ tiếp tục số hóa hồ sơ địa chính "
      "và công khai tiến độ giải quyết để người dân theo dõi.")


def _art(text):
    return cx.extract(text)


def _article_page():
    return f"{HEAD}\n\n{LEAD}\n\n{P2}\n\n{P3}\n"


def test_a_normal_article_keeps_its_kind_and_headline():
    a = _art(_article_page())
    assert a.page_kind == "article" and a.title == HEAD and LEAD in a.text


# --- document-sharing previews and journal papers: other ---

def test_a_document_sharing_preview_is_other():
    page = (f"Luận văn Nâng cao chất lượng cải cách thủ tục hành chính tại huyện Tân Lập\n\n{LEAD}\n\n"
            "pdf98 trang | Chia sẻ: hoangmai | Ngày: 12/03/2023 | Lượt xem: 310 | Lượt tải: 2\n"
            "Bạn đang xem trước 15 trang tài liệu Luận văn Nâng cao chất lượng cải cách thủ tục hành chính "
            "tại huyện Tân Lập, để xem tài liệu hoàn chỉnh bạn click vào nút DOWNLOAD ở trên\n"
            f"{P2}\n")
    assert _art(page).page_kind == "other"


def test_a_file_card_of_two_lines_is_other_and_one_line_is_not():
    card = "Kích thước: px\nBắt đầu hiển thị từ trang:\n\nDownload \"Báo cáo cải cách hành chính năm 2023\"\n\n"
    assert _art(f"BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2023\n\n{card}{LEAD}\n\n{P2}\n").page_kind == "other"
    assert is_preview(["Download \"Báo cáo cải cách hành chính năm 2023\"", LEAD], 2.0) is False
    assert is_preview(["Người dân có thể xem trước kết quả trên Cổng dịch vụ công.", LEAD], 2.0) is False


def test_a_journal_paper_page_is_other():
    page = ("Tóm tắt: Nghiên cứu mô tả quy trình tiếp nhận hồ sơ tại bộ phận một cửa cấp huyện và những "
            "khó khăn của người dân khi thực hiện thủ tục. Phương pháp: điều tra 300 người dân.\n\n"
            "Từ khóa: một cửa; thủ tục hành chính; cấp huyện.\n\n1. Đặt vấn đề\n\n" + P2 + "\n")
    assert _art(page).page_kind == "other"


def test_an_article_summing_up_is_not_a_paper():
    page = f"{HEAD}\n\n{LEAD}\n\nTóm lại: huyện đã hoàn thành các chỉ tiêu đề ra trong quý I.\n\n{P2}\n\n{P3}\n"
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


# --- section pages of cut-off leads: listing, no title ---

TEASERS = [
    "Một huyện miền núi vừa công bố kết quả giải quyết hồ sơ đất đai trong quý I, với tỷ lệ đúng hạn cao nhất từ trước…",
    "Sau ba tháng thí điểm, bộ phận một cửa của xã đã tiếp nhận hơn một nghìn hồ sơ trực tuyến, phần lớn là hộ…",
    "Ngày 3/12, tại hội nghị sơ kết, lãnh đạo tỉnh yêu cầu các sở, ngành rà soát lại toàn bộ thủ tục còn chồng…",
    "Người dân phản ánh việc phải đi lại nhiều lần để làm thủ tục cấp đổi giấy tờ, trong khi cổng dịch vụ công…",
]


def test_leads_cut_off_make_a_listing_without_title():
    a = _art("\n".join(TEASERS) + "\n")
    assert a.page_kind == "listing" and a.title is None
    assert all(t in a.text for t in TEASERS)  # the first lead is a teaser, kept as body


def test_an_article_with_one_trailing_ellipsis_stays_an_article():
    page = f"{HEAD}\n\n{LEAD}\n\n{P2[:-1]}...\n\n{P3}\n"
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


# --- reports and notices with the national header: legal_document ---

def test_a_commune_report_with_the_national_header_is_a_legal_document():
    page = ("Báo cáo\n\n12.04.2025 09:1524 đã xem\n\nỦY BAN NHÂN DÂN\n\nXÃ TÂN LẬP\n\nSố: 42  /BC-UBND\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Tân Lập, ngày 10 tháng 4 năm 2025\n\nBÁO CÁO\n\nKết quả công tác cải cách hành chính Quý I năm 2025\n\n"
            "Căn cứ Quyết định số 15/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện về việc ban hành Kế hoạch "
            "cải cách hành chính năm 2025;\n\n" + P2 + "\n")
    a = _art(page)
    assert a.page_kind == "legal_document"
    assert a.title != "12.04.2025 09:1524 đã xem"


def test_a_news_article_quoting_a_notice_heading_stays_an_article():
    page = f"{HEAD}\n\n{LEAD}\n\nTHÔNG BÁO\n\n{P2}\n\n{P3}\n"
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEAD


# --- headlines under chrome ---

def test_a_weekday_date_line_above_the_headline_is_not_the_headline():
    for stamp in ("Thứ Hai, 30 tháng 4, 2024", "12.04.2025 09:1524 đã xem", "2048"):
        a = _art(f"{stamp}\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n")
        assert a.title == HEAD and a.page_kind == "article", stamp


def test_stamp_and_placeholder_lines():
    assert is_stamp("Thứ năm, 30/05/2024 11:24 (GMT+7)") and is_stamp("01/04/2014 00:00:00 (Xem: 7657)")
    assert not is_stamp("Năm 2024 tỉnh có 12 huyện đạt chuẩn")
    assert not is_stamp("Thứ Hai")  # no number: a weekday alone is a label, not a stamp
    assert is_placeholder("Không có tiêu đề") and is_placeholder("(Untitled)")
    assert not is_placeholder("Tiêu đề mới cho dịch vụ công trực tuyến")


def test_a_placeholder_above_the_headline_is_not_the_headline():
    a = _art(f"Không có tiêu đề\n\n{HEAD}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == HEAD


def test_a_headline_printed_twice_with_a_blank_line_between_is_the_headline():
    head = "Tin nổi bật trong tháng 3/2025 của huyện Tân Lập"
    page = f"{head}\n\n{head}\nNguồn ảnh: Cổng thông tin huyện.\n\nCác sự kiện nổi bật trong tháng:\n\n{LEAD}\n\n{P2}\n"
    a = _art(page)
    assert a.title == head and a.text.count(head) == 0


def test_an_image_alt_and_caption_on_consecutive_lines_are_no_headline():
    cap = "Người dân thực hiện thủ tục hành chính tại Trung tâm phục vụ hành chính công tỉnh"
    a = _art(f"{cap}\n{cap}\n\n{LEAD}\n\n{P2}\n\n{P3}\n")
    assert a.title is None


def test_a_headline_shaped_like_a_scene_caption_above_its_lead_is_the_headline():
    head = "Đại biểu HĐND xã Tân Lập tiếp xúc cử tri trước kỳ họp thứ Bảy"
    lead = ("Trong hai ngày 12 và 13/6, các đại biểu HĐND xã Tân Lập đã tiếp xúc cử tri tại ba thôn, "
            "báo cáo kết quả phát triển kinh tế - xã hội của xã.")
    a = _art(f"{head}\n\n{lead}\n\n{P2}\n")
    assert a.title == head and lead in a.text


def test_a_scene_caption_above_an_unrelated_paragraph_stays_a_caption():
    cap = "Đại biểu tham dự hội nghị tại hội trường UBND xã"
    a = _art(f"{cap}\n\n{P2}\n\n{P3}\n")
    assert a.title != cap


def test_a_site_name_in_capitals_and_a_hotline_above_the_headline_are_chrome():
    a = _art(f"CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẬP\nHotline: 0123.456.789\n{HEAD}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == HEAD and a.page_kind == "article"


def test_a_section_label_above_a_headline_in_capitals_is_chrome():
    head = "TẬP QUÁN THỜ CÚNG TỔ NGHỀ CỦA NGƯỜI DÂN HUYỆN TÂN LẬP"
    a = _art(f"Những di sản thuộc loại hình tập quán xã hội\n{head}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == head


def test_a_byline_in_capitals_under_the_headline_stays_a_byline():
    a = _art(f"{HEAD}\nVĂN HÀO - TRẦN HỮU\n\n{LEAD}\n\n{P2}\n")
    assert a.title == HEAD


def test_a_breadcrumb_of_eight_words_above_the_headline_is_chrome():
    head = "Đi từ Bắc vào Nam để khám phá đặc sản của ba miền"
    a = _art(f"Cẩm nang du lịch Du lịch Địa danh\n\n{head}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == head


def test_another_storys_teaser_at_the_top_is_no_headline():
    teaser = ("Nước Pháp được biết đến với di sản văn hóa quan trọng, ẩm thực đặc biệt và cảnh quan hấp dẫn, "
              "khiến nơi đây trở thành quốc gia được ghé thăm nhiều nhất. Từ việc ngắm nhìn những…")
    a = _art(f"Top 10 địa điểm nhất định phải ghé thăm ở Pháp\n{teaser}\n{LEAD}\n{P2}\n")
    assert a.title is None and a.page_kind == "article"


def test_a_lead_closing_an_open_list_with_an_ellipsis_is_no_cut_teaser():
    lead = ("Kết quả năm 2024, huyện Tân Lập dẫn đầu khối cấp huyện, tiếp đến là các huyện: Yên Lạc, "
            "Sông Lô, Tam Dương, Vĩnh Tường…")
    a = _art(f"{HEAD}\n{lead}\n{P2}\n{P3}\n")
    assert a.title == HEAD and lead in a.text
    # the page read again from its own output gives the same headline and text (a fixed point)
    b = cx.extract(f"{a.title}\n{a.text}", title=a.title)
    assert b.title == a.title and b.text == a.text


def test_a_headline_above_its_own_search_teaser_stays():
    teaser = LEAD[:80].rsplit(" ", 1)[0] + "…"
    a = _art(f"{HEAD}\n{teaser}\n{LEAD}\n{P2}\n")
    assert a.title == HEAD


def test_an_e_book_viewer_page_is_other():
    page = "Page 218 - Lễ hội Việt Nam\nP. 218\n" + P2 + "\n" + P3 + "\n218\n"
    assert _art(page).page_kind == "other"
    assert _art(f"{HEAD}\n\n{LEAD}\n\nTrang 3 của báo cáo nêu rõ tỷ lệ hồ sơ đúng hạn.\n\n{P2}\n").page_kind == "article"


def test_a_headline_in_capitals_english_navigation_and_a_lead_printed_above():
    assert _art(f"{HEAD.upper()}\n\n{LEAD}\n\n{P2}\n").title == HEAD.upper()
    a = _art(f"Home | About us | Contact | Sitemap\nNews and events of the district\n{HEAD}\n\n{LEAD}\n\n{P2}\n")
    assert a.title == HEAD
    a = _art(f"{LEAD}\n{HEAD}\n{P2}\n{P3}\n")
    assert a.title == HEAD and LEAD in a.text  # the lead printed above its headline stays body


def test_a_title_in_capitals_above_a_file_field_is_the_title():
    page = ("BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2023\n\nKích thước: px\nBắt đầu hiển thị từ trang:\n\n"
            f"{LEAD}\n\n{P2}\n")
    a = _art(page)
    assert a.page_kind == "other" and a.title == "BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2023"
    # the site's name in capitals above a headline is still chrome
    assert _art(f"CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẬP\n{HEAD}\n\n{LEAD}\n\n{P2}\n").title == HEAD


# --- search, tag and section pages of a few teasers: listing, no title ---

HEADS = ["Tỉnh công bố kết quả Chỉ số cải cách hành chính năm 2023 của các sở",
         "Huyện miền núi rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất",
         "Bộ phận một cửa cấp xã tiếp nhận hơn nghìn hồ sơ trực tuyến trong quý"]
LEADS = ["Sáng 12/4, UBND tỉnh tổ chức hội nghị công bố kết quả xếp hạng các sở, ngành năm 2023.",
         "Thời gian giải quyết hồ sơ đất đai tại huyện đã giảm từ 30 ngày xuống còn 12 ngày.",
         "Trong quý I, bộ phận một cửa của xã đã tiếp nhận 1.240 hồ sơ, phần lớn qua mạng."]


def test_a_search_page_of_two_teasers_is_a_listing():
    page = "Kết quả tìm kiếm cho: một cửa\n\n" + "\n\n".join(f"{h}\n{l}" for h, l in zip(HEADS[:2], LEADS[:2]))
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None and HEADS[0] in a.text


def test_a_section_page_of_three_dated_teasers_is_a_listing():
    page = "\n\n".join(f"{h}\n12/04/2024 08:30\n{l}" for h, l in zip(HEADS, LEADS))
    a = _art(page)
    assert a.page_kind == "listing" and a.title is None


def test_an_article_with_short_sections_under_a_site_search_box_stays_an_article():
    page = (f"Tìm kiếm tin tức\n\n{HEADS[0]}\n12/04/2024 08:30\n{LEADS[0]}\n\nKết quả nổi bật của các sở năm 2023\n"
            f"{LEADS[1]}\n\nNhững hạn chế cần khắc phục trong năm tới\n{LEADS[2]}\n")
    a = _art(page)
    assert a.page_kind == "article" and a.title == HEADS[0]
    # two undated teasers without a search or tag label: an article with one section
    page = "\n\n".join(f"{h}\n{l}" for h, l in zip(HEADS[:2], LEADS[:2]))
    assert _art(page).page_kind == "article"
