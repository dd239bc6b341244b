"""Whole made-up pages (benchmarks/page_generator.py) and the page shapes probing them found:
menus printed one item a line, search/login/counter widgets, pagers, site names after a
headline, a headline left as a markdown link, teasers under a tag label below the chrome,
closing author lines with a unit; and body text of the same shapes that must stay."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cchc_extract.pipeline import extract

_GEN = Path(__file__).resolve().parents[1] / "benchmarks" / "page_generator.py"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("page_generator", _GEN)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["page_generator"] = mod
    spec.loader.exec_module(mod)
    return mod


def run(text: str):
    art = extract(text, doc_id="probe7")
    assert hasattr(art, "text"), art
    return art


BODY = ("Theo báo cáo, trong năm 2024, toàn tỉnh đã tiếp nhận 41.400 hồ sơ thủ tục hành chính, trong đó "
        "98,5% hồ sơ được giải quyết đúng và trước hạn.\n"
        "Tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến đạt 87,6%, tăng 12 điểm phần trăm so với cùng kỳ "
        "năm trước.\n"
        "Trong thời gian tới, Sở Nội vụ sẽ tiếp tục tham mưu UBND tỉnh các giải pháp nâng cao Chỉ số PAR INDEX, "
        "SIPAS và PAPI.\n")
HEAD = "Huyện Hải Lăng đẩy mạnh chuyển đổi số trong cải cách hành chính"


# ----------------------------------------------------------------------------- generated pages

def test_generated_sample_keeps_every_body_line(gen):
    pages = gen.generate(2024, 80)
    out = gen.score(pages, gen.pipeline_run)
    r = out["res"]
    lost = [m for k, v in out["misses"].items() if k.startswith("body:") for m in v]
    assert r["body_kept"] == r["body"], lost[:5]


def test_generated_sample_titles_kinds_and_junk(gen):
    pages = gen.generate(2024, 80)
    r = gen.score(pages, gen.pipeline_run)["res"]
    assert r["title_ok"] >= 0.8 * r["pages"]
    assert r["kind_ok"] >= 0.9 * r["pages"]
    assert r["junk_gone"] >= 0.94 * r["junk"]


def test_generator_is_reproducible(gen):
    a = [p.text for p in gen.generate(5, 10)]
    b = [p.text for p in gen.generate(5, 10)]
    assert a == b and len(set(a)) == 10


# ----------------------------------------------------------------------------- chrome that goes

def test_menu_one_item_a_line_above_headline():
    page = "Giới thiệu\nTin tức - Sự kiện\nVăn bản\nDịch vụ công\nHỏi đáp\nLiên hệ\nThời sự\n" + HEAD + "\n" + BODY
    art = run(page)
    assert art.title == HEAD
    assert "Hỏi đáp" not in art.text.split("\n") and "Liên hệ" not in art.text.split("\n")


def test_menu_one_item_a_line_under_headline_on_top():
    page = HEAD + "\nChính trị\nKinh tế\nXã hội\nVăn hóa\n" + HEAD + "\n12/03/2024 08:15\n" + BODY
    art = run(page)
    assert art.title == HEAD
    assert not {"Chính trị", "Kinh tế", "Xã hội", "Văn hóa"} & set(art.text.split("\n"))


@pytest.mark.parametrize("widget", ["Tìm kiếm...", "Nhập từ khóa tìm kiếm", "Đăng nhập | Đăng ký", "Đăng ký nhận tin",
                                    "Online: 424", "In bài | Gửi bài | Chia sẻ", "Bản in  Gửi bài viết  Lưu bài"])
def test_page_widgets_go(widget):
    art = run(widget + "\n" + HEAD + "\n" + BODY + widget + "\n")
    assert widget not in art.text
    assert art.title == HEAD


@pytest.mark.parametrize("menu", ["Công chức - Viên chức - Cải cách hành chính - Thi đua khen thưởng - Văn thư lưu trữ",
                                  "Thực tiễn · Chính sách mới · Diễn đàn · Quốc tế"])
def test_joined_menu_is_not_the_headline(menu):
    art = run(menu + "\n" + HEAD + "\n" + BODY)
    assert art.title == HEAD


@pytest.mark.parametrize("site", ["Đài PT-TH Yên Bái", "Báo Đảng bộ tỉnh Thái Bình", "Tạp chí Tổ chức nhà nước",
                                  "Báo Bình Phước điện tử", "Sở Nội vụ tỉnh Bình Phước", "UBND huyện Hải Hậu"])
@pytest.mark.parametrize("sep", [" - ", " | "])
def test_site_name_after_headline_dropped(site, sep):
    art = run("TRANG CHỦ\n" + HEAD + sep + site + "\n" + BODY)
    assert art.title == HEAD


def test_headline_with_site_name_over_headline_leaves_no_site_name_in_text():
    art = run("BÁO KON TUM ĐIỆN TỬ\nTrang chủ / Thời sự\n" + HEAD + " - Báo Kon Tum điện tử\n" + HEAD + "\n"
              "Ngày đăng: 16/07/2022\n" + BODY)
    assert art.title == HEAD
    assert "Báo Kon Tum điện tử" not in art.text and "BÁO KON TUM" not in art.text


def test_headline_as_markdown_link():
    art = run("Trang chủ > Thời sự\n[" + HEAD + "](https://example.vn/tin-tuc/123.html)\n" + BODY)
    assert art.title == HEAD
    assert "https://example.vn" not in art.text


@pytest.mark.parametrize("line", ["BÁO HÀ GIANG ĐIỆN TỬ", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH YÊN BÁI", "TẠP CHÍ TỔ CHỨC NHÀ NƯỚC",
                                  "THƯ VIỆN PHÁP LUẬT"])
def test_site_banner_in_capitals_goes(line):
    art = run(line + "\n" + HEAD + "\n" + BODY)
    assert line not in art.text and art.title == HEAD


@pytest.mark.parametrize("author", ["Nguyễn Văn Dũng - Sở Y tế", "Trần Thị Phương (tổng hợp)",
                                    "Lê Thu Hà - Văn phòng UBND tỉnh"])
def test_closing_author_with_unit_goes(author):
    art = run(HEAD + "\n" + BODY + author + "\nNguồn: Sở Nội vụ\nTừ khóa: cải cách hành chính, PAR INDEX\n")
    assert author not in art.text


def test_name_and_date_line_goes():
    art = run(HEAD + "\nĐặng Ngọc Hương - 22/04/2024\n" + BODY)
    assert "Đặng Ngọc Hương" not in art.text


def test_dated_view_count_and_pager_go():
    art = run(HEAD + "\nNgày 14/05/2022 | Lượt xem: 1282\n" + BODY + "Trang 1 2 3 4 5 Sau »\n")
    assert "Lượt xem" not in art.text and "Sau »" not in art.text


def test_teasers_under_tag_label_below_chrome_are_a_listing():
    teasers = [
        ("Phát huy vai trò của Tổ công nghệ số cộng đồng ở Đăk Hà", None,
         "Huyện Đăk Hà đã thành lập 53 tổ công nghệ số cộng đồng với hơn 690 thành viên tham gia."),
        ("Cần tháo gỡ vướng mắc trong số hóa hồ sơ thủ tục hành chính", None, None),
        ("Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ cấp xã", None,
         "Kết quả kiểm tra cho thấy các đơn vị đã niêm yết công khai đầy đủ thủ tục hành chính."),
        ("Ban Dân tộc tỉnh công bố chỉ số cải cách hành chính các sở, ngành năm 2022", "21/07/2025",
         "Tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến đạt 98,96%, tăng 42 điểm phần trăm."),
        ("Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh", "03/01/2025",
         "Đơn vị đã rà soát, đơn giản hóa 26 thủ tục hành chính thuộc thẩm quyền giải quyết."),
    ]
    page = "SỞ NỘI VỤ TỈNH BẮC KẠN\nĐăng nhập | Đăng ký\nTag: nghiên cứu - trao đổi\n"
    for head, date, lead in teasers:
        page += head + "\n" + (date + "\n" if date else "") + (lead + "\n" if lead else "")
    art = run(page)
    assert art.page_kind == "listing" and art.title is None


# ----------------------------------------------------------------------------- body that stays

def test_wrapped_sentence_end_repeating_a_body_sentence_stays():
    page = (HEAD + "\n"
            "Đến nay, 13/74 xã, phường, thị trấn đã triển khai Bộ phận Một cửa hiện đại, kết nối với Hệ thống thông tin "
            "giải quyết thủ tục hành chính của tỉnh.\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 87,6%, tăng 12 điểm phần trăm so với cùng kỳ năm trước.\n"
            "Đến nay, 33/62 xã, phường, thị trấn đã triển khai Bộ phận Một cửa hiện\n"
            "đại, kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.\n" + BODY)
    art = run(page)
    assert "33/62 xã, phường, thị trấn đã triển khai Bộ phận Một cửa hiện" in art.text
    assert art.text.count("đại, kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.") == 2


def test_table_header_one_cell_a_line_under_headline_stays():
    page = ("Bảng xếp hạng PCI năm 2023\nXếp hạng\nĐịa phương\nĐiểm số PCI\n1\nQuảng Ninh\n73,02\n2\nHải Phòng\n"
            "71,26\n3\nLong An\n70,44\n" + BODY)
    art = run(page)
    lines = art.text.split("\n")
    assert {"Xếp hạng", "Địa phương", "Điểm số PCI"} <= set(lines)


def test_list_under_its_intro_stays():
    page = (HEAD + "\n" + BODY + "Các giải pháp chủ yếu gồm:\nRà soát thủ tục\nSố hóa hồ sơ\nĐào tạo cán bộ\n"
            "Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành tiếp tục nâng cao chất "
            "lượng giải quyết thủ tục hành chính.\n")
    art = run(page)
    assert "Rà soát thủ tục" in art.text and "Đào tạo cán bộ" in art.text


@pytest.mark.parametrize("sentence", [
    "Tìm kiếm giải pháp nâng cao chỉ số hài lòng của người dân là nhiệm vụ trọng tâm của năm 2024.",
    "Hôm nay: 25 hồ sơ được tiếp nhận trực tuyến tại Trung tâm Phục vụ hành chính công.",
    "Đăng ký nhận tin qua Zalo giúp người dân biết kết quả giải quyết hồ sơ.",
])
def test_sentences_shaped_like_widgets_stay(sentence):
    art = run(HEAD + "\n" + BODY + sentence + "\nĐoàn kiểm tra cũng chỉ ra một số tồn tại trong việc cập nhật, đồng bộ "
                                             "trạng thái hồ sơ trên hệ thống.\n")
    assert sentence in art.text


def test_report_heading_in_capitals_stays():
    page = (HEAD + "\n" + BODY + "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024\n" + BODY)
    assert "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024" in run(page).text


def test_headline_of_places_joined_by_dashes_is_the_title():
    head = "Lạng Sơn - Cao Bằng - Bắc Kạn - Thái Nguyên hợp tác phát triển du lịch"
    art = run(head + "\n" + BODY)
    assert art.title == head


def test_headline_with_site_like_tail_that_says_something_kept_whole():
    head = "Tỉnh tổ chức hội nghị cải cách hành chính - Sở Nội vụ tỉnh Bình Phước dẫn đầu"
    art = run(head + "\n" + BODY)
    assert art.title == head


def test_name_with_unit_inside_body_stays():
    line = "Nguyễn Văn Dũng - Sở Y tế"
    page = (HEAD + "\nHội nghị đã khen thưởng các cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm "
            "2024.\nDanh sách cá nhân được khen thưởng:\n" + line + "\nTrần Văn Bình - Sở Tư pháp\n" + BODY)
    art = run(page)
    assert line in art.text and art.title == HEAD
