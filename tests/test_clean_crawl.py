"""Cleaning real crawls: made-up pages of each kind of junk seen on unseen sites, markdown
posts, site templates learned from a crawl, page kinds, and the HTML road on real pages."""
import gzip
import json
from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract.html import markdown_to_text
from cchc_extract.templates import TemplateIndex, build_index, line_key, page_lines, site_keys

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CRAWL = SHARED / "crawl" / "trends-vn-2024.jsonl.gz"
HTML = SHARED / "html"

BODY = ("Ngày 12/3, UBND tỉnh Thái Nguyên tổ chức hội nghị công bố Chỉ số cải cách hành chính "
        "năm 2023 của các sở, ban, ngành và UBND các huyện, thành phố.")
BODY2 = ("Theo kết quả công bố, Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm; huyện Phú Bình "
         "xếp cuối khối huyện với 78,1 điểm.")
BODY3 = "Các đơn vị xếp cuối bảng được yêu cầu xây dựng kế hoạch khắc phục trong quý II năm 2024."
TITLE = "Thái Nguyên công bố Chỉ số cải cách hành chính năm 2023"


def _art(text, **kw):
    a = cx.extract(text, **kw)
    assert isinstance(a, cx.Article), a
    for f in a.facts:
        assert a.text[f.start:f.end] == f.text
    return a


def _body_kept(a):
    for s in (BODY, BODY2, BODY3):
        assert s in a.text, s


def _page(*junk_top, junk_bottom=(), title=TITLE):
    return "\n".join([*junk_top, title, "", BODY, "", BODY2, "", BODY3, "", *junk_bottom]) + "\n"


# ------------------------------------------------------------------ kinds of junk, made up

def test_legal_database_metadata_and_chrome():
    page = _page(junk_bottom=["| Lĩnh vực | Tài chính |", "Số hiệu | 27/2025/QĐ-UBND |",
                              "Tình trạng: Đã biết", "Nội dung toàn văn Quyết định 27/2025/QĐ-UBND",
                              "Tải về chi tiết", "Văn bản liên quan"])
    a = _art(page)
    _body_kept(a)
    for junk in ("Lĩnh vực", "27/2025/QĐ-UBND", "Đã biết", "Nội dung toàn văn", "Tải về", "Văn bản liên quan"):
        assert junk not in a.text, junk
    assert "legal_metadata" in {r.reason for r in a.removed}
    assert a.title == TITLE


def test_portal_widgets_navigation_and_aggregator_footers():
    page = _page("Mặc định Cỡ chữ", "English", "Đường dây nóng hỗ trợ 1900 54 54 81",
                 junk_bottom=["https://thainguyen.gov.vn/tin-tuc/cong-bo-par-index-2023.html",
                              "Nguồn trích dẫn", "No title", "- Cre: Tuấn Anh",
                              "A- A A+ | Tăng tương phản Giảm tương phản"])
    a = _art(page)
    _body_kept(a)
    assert a.title == TITLE
    for junk in ("Cỡ chữ", "English", "1900 54", "https://", "Nguồn trích dẫn", "No title", "Cre:", "A+"):
        assert junk not in a.text, junk


def test_headline_bleed_and_search_teaser():
    lead = ("Hơn 1.200 học sinh Trường Tiểu học Nguyễn Siêu đón lễ khai giảng năm học 2024-2025 "
            "vào sáng 4-9, sớm hơn một ngày so với nhiều trường học trên cả nước.")
    md = ("[Trường Tiểu học Nguyễn Siêu khai giảng năm học 2024-2025](https://hanoimoi.vn/a-1.html)\n\n"
          "![Trường Tiểu học Nguyễn Siêu khai giảng](https://hnm.1cdn.vn/thumbs/ns3(1).jpg)\n\n"
          "Hơn 1.200 học sinh Trường Tiểu học Nguyễn Siêu đón lễ khai giảng năm học 2024-2025 vào sáng 4-9, ...\n\n"
          "Giáo dục Trường Tiểu học Nguyễn Siêu khai giảng năm học 2024-2025 " + lead + "\n\n"
          + BODY2 + "\n")
    a = _art(md)
    assert a.title == "Trường Tiểu học Nguyễn Siêu khai giảng năm học 2024-2025"
    assert a.text.startswith(lead)  # the lead stays, the section label and headline before it go
    assert "Giáo dục" not in a.text and "..." not in a.text and "](" not in a.text
    reasons = [r.reason for r in a.removed]
    assert reasons.count("teaser") == 2 and "title_link" in reasons


def test_cut_off_copy_elsewhere_is_a_teaser_but_a_sentence_ending_in_dots_is_kept():
    page = _page(junk_bottom=["Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm; huyện Phú Bình ..."])
    a = _art(page)
    _body_kept(a)
    assert "Phú Bình ..." not in a.text
    kept = "Người dân còn phàn nàn về thời gian chờ đợi, thái độ của một số công chức ..."
    a = _art(_page(junk_bottom=[kept]))
    assert "thái độ của một số công chức" in a.text  # a copy of nothing: not a teaser


@pytest.mark.parametrize("byline", ["MINH ANH", "Q.HẢI |", "Thực hiện: Minh Anh - Hồng Hà",
                                    "Minh Sơn - Tất Đạt", "Vũ Hoàng (Theo Reuters, AFP)"])
def test_bare_bylines_at_the_end(byline):
    a = _art(_page(junk_bottom=[byline]))
    _body_kept(a)
    assert a.text.rstrip().endswith(BODY3)
    assert "byline" in {r.reason for r in a.removed}


def test_capitalised_heading_is_not_a_byline():
    heading = "KẾT QUẢ CẢI CÁCH HÀNH CHÍNH"
    a = _art(_page(junk_bottom=[heading, BODY.replace("Ngày 12/3", "Ngày 15/3")]))
    assert heading in a.text


def test_database_row_as_a_page():
    row = ("(12, 3, '" + TITLE + "', '2021-05-02', '" + BODY + "\\r\\n" + BODY2 + "\\r\\n" + BODY3 + "')")
    a = _art(row)
    assert a.title == TITLE
    assert a.published == "2021-05-02"
    _body_kept(a)
    assert "\\r\\n" not in a.text and not a.text.startswith("(")
    assert {"12", "3"} <= {r.text for r in a.removed}


def test_captions_with_video_and_archive_credits():
    page = _page(junk_bottom=[])
    caps = ["Shipper giao hoa hồng ở Tứ Xuyên ngày 9/6. Video: Sichuan Guancha",
            "Cán bộ đến tận nhà thu nhận hồ sơ cho công dân (Ảnh: Tống Huệ).",
            "Lính thủy đánh bộ tập trận ngày 17/4/2024. Ảnh tư liệu: Yonhap/TTXVN"]
    a = _art(page.replace(BODY2, BODY2 + "\n" + "\n".join(caps)))
    _body_kept(a)
    for c in caps:
        assert c not in a.text


def test_theo_do_is_body_not_a_byline():
    line = "Theo đó, Sở Tư pháp dẫn đầu với 92,5 điểm."
    a = _art(_page(junk_bottom=[line]))
    assert line in a.text


def test_korean_and_japanese_list_items_inside_the_body_are_not_a_footer():
    page = _page(junk_bottom=[
        "Tại buổi làm việc, phía bạn giới thiệu các dịch vụ:",
        "- 정부24 (Chính phủ 24), cổng dịch vụ công của Hàn Quốc",
        "- マイナンバー (Mã số cá nhân của Nhật Bản)",
        "- Ứng dụng định danh điện tử được người dân sử dụng rộng rãi trong các giao dịch hằng ngày.",
        "- Tỉnh sẽ nghiên cứu áp dụng mô hình này cho Trung tâm Phục vụ hành chính công năm 2025."])
    a = _art(page)
    _body_kept(a)
    assert "Tỉnh sẽ nghiên cứu áp dụng mô hình này" in a.text
    assert "Ứng dụng định danh điện tử" in a.text


def test_foreign_footer_with_headline_list_still_goes():
    page = _page(junk_bottom=["本文地址：http://example.cn/a.html", "全站热门",
                              "Tiêu thụ điện ở miền Bắc 2 tháng đầu năm tăng 12%",
                              "Thủ tướng yêu cầu bảo đảm cung ứng đủ xăng dầu dịp Tết"])
    a = _art(page)
    _body_kept(a)
    assert "Tiêu thụ điện" not in a.text


# ------------------------------------------------------------------ markdown posts

def test_markdown_title_link_summary_and_teaser():
    md = ("[Quảng Ngãi: Gần 19 nghìn cá nhân đăng ký nộp thuế qua ứng dụng ...](https://baoquangngai.vn/a-1.htm)\n\n"
          "![Quảng Ngãi](https://baoquangngai.vn/img/a.jpg)\n\n"
          "> The province promotes e-tax\n\n"
          "Gần 19 nghìn cá nhân trên địa bàn tỉnh đã đăng ký nộp thuế qua ứng dụng eTax Mobile ...\n\n"
          "Gần 19 nghìn cá nhân trên địa bàn tỉnh đã đăng ký nộp thuế qua ứng dụng eTax Mobile, đạt 80% kế hoạch.\n\n"
          "Xem [hướng dẫn](https://example.vn/huong-dan) cài đặt ứng dụng trên điện thoại.\n")
    m = markdown_to_text(md)
    assert m.title == "Quảng Ngãi: Gần 19 nghìn cá nhân đăng ký nộp thuế qua ứng dụng"
    assert m.source_url == "https://baoquangngai.vn/a-1.htm"
    assert [r for _, r in m.removed] == ["title_link", "image_marker", "summary", "teaser"]
    a = _art(md)
    assert a.title == m.title
    assert a.text.startswith("Gần 19 nghìn cá nhân trên địa bàn tỉnh đã đăng ký nộp thuế qua ứng dụng eTax Mobile, đạt 80%")
    assert "Xem hướng dẫn cài đặt ứng dụng" in a.text  # anchor text of a body link stays
    assert "The province" not in a.text


def test_markdown_first_body_line_that_is_not_a_teaser_stays():
    md = ("[Tiêu đề bài viết về cải cách hành chính tỉnh](https://example.vn/a.html)\n\n"
          "![](https://example.vn/a.jpg)\n\n" + BODY + "\n\n" + BODY2 + "\n")
    a = _art(md)
    assert a.text.startswith(BODY)


# ------------------------------------------------------------------ site templates

def _site_pages(n=6):
    pages = []
    for k in range(n):
        body = [f"Bài số {k}: ngày {k + 1}/3, tỉnh đã tiếp nhận {100 + k} hồ sơ trực tuyến, "
                f"đạt {90 + k % 5}% kế hoạch đề ra cho quý I năm 2024.",
                "Đội hình dự kiến",  # a sub-heading every page repeats mid-page: body
                f"Lãnh đạo Sở cho biết trong tháng {k + 2} sẽ mở thêm {k + 3} điểm tiếp nhận hồ sơ "
                f"tại các xã vùng sâu, vùng xa của tỉnh.",
                f"Người dân xã {k} đánh giá cao thái độ phục vụ của công chức bộ phận một cửa, "
                f"với {k + 10} ý kiến góp ý được tiếp nhận."]
        pages.append("\n".join(["Nghe nội dung bài viết", f"Tiêu đề bài số {k} về dịch vụ công trực tuyến",
                                body[0], body[1], body[2], body[3],
                                "Mời quý độc giả theo dõi các chương trình của đài trên ứng dụng VTVGo!",
                                "Hồng Duy"]))
    return pages


def test_site_template_lines_are_learned_from_the_crawl_and_removed_with_evidence():
    pages = _site_pages()
    recs = [{"text": p, "url": f"https://vtv.vn/a-{k}.htm"} for k, p in enumerate(pages)]
    idx = build_index(recs)
    assert idx.pages("vtv.vn") == 6
    tl = idx.template_lines("vtv.vn")
    assert line_key("Nghe nội dung bài viết") in tl and line_key("Hồng Duy") in tl
    assert line_key("Đội hình dự kiến") not in tl  # mid-page: not chrome
    tpl = idx.lookup(site_keys("https://vtv.vn/a-0.htm"))
    from cchc_extract.pipeline import run_document

    a = run_document(pages[0], doc_id="p0", template=tpl)
    assert "Mời quý độc giả" not in a.text and "Nghe nội dung" not in a.text
    assert "Đội hình dự kiến" in a.text and "Bài số 0" in a.text
    ev = [r for r in a.removed if r.reason == "site_template"]
    assert ev and all(r.evidence == "on 6 of 6 pages of vtv.vn" for r in ev)
    # the same page alone cleans on its own, and keeps what only the crawl shows is chrome
    alone = run_document(pages[0], doc_id="p0")
    assert "Bài số 0" in alone.text and not any(r.reason == "site_template" for r in alone.removed)


def test_site_template_thresholds_duplicates_and_json():
    pages = _site_pages(6)
    idx = TemplateIndex(min_pages=4)
    for p in pages[:3]:
        idx.add(["vtv.vn"], page_lines(p, "text"))
    assert idx.template_lines("vtv.vn") == {}  # three pages: too few to say
    assert idx.add(["vtv.vn"], page_lines(pages[0], "text")) is False  # a copy counts once
    for p in pages[3:]:
        idx.add(["vtv.vn"], page_lines(p, "text"))
    assert idx.template_lines("vtv.vn")[line_key("Hồng Duy")] == 6
    again = TemplateIndex.from_json(idx.freeze().to_json())
    assert again.lookup(["vtv.vn"]).lines == idx.lookup(["vtv.vn"]).lines
    assert site_keys("https://www.vnexpress.net/a.html", "crawl:trends-vn-2024/x") == ("vnexpress.net", "trends-vn-2024")


def test_template_never_takes_most_of_a_page():
    pages = ["\n".join([f"Câu chuyện số {k} về hồ sơ trực tuyến của tỉnh trong năm 2024.",
                        "Dòng lặp lại của trang web ở cuối mọi trang để kiểm tra quy tắc."])
             for k in range(6)]
    idx = build_index([{"text": p, "url": "https://a.vn/x"} for p in pages])
    from cchc_extract.pipeline import run_document

    short = "Dòng lặp lại của trang web ở cuối mọi trang để kiểm tra quy tắc.\nMột dòng."
    a = run_document(short, doc_id="s", template=idx.lookup(["a.vn"]))
    assert "Dòng lặp lại" in a.text  # would leave less than a third of the page


@pytest.mark.skipif(not CRAWL.exists(), reason="../shared/crawl is not here")
def test_crawl_templates_are_chrome():
    splits = json.loads((ROOT / "annotations" / "splits.json").read_text("utf-8"))["test"]
    recs = []
    with gzip.open(CRAWL, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] not in splits:
                recs.append({"text": r["text"], "url": r.get("url"), "source": "crawl:trends-vn-2024/" + r["id"]})
    idx = build_index(recs)
    assert line_key("Nghe nội dung bài viết") in idx.template_lines("thethao247.vn")
    assert any("mời quý độc giả" in k for k in idx.template_lines("vtv.vn"))
    assert idx.template_lines("trends-vn-2024") == {}  # nothing repeats on 5% of the whole crawl


# ------------------------------------------------------------------ page kinds

def test_legal_document_page_kind():
    page = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 7384/KH-UBND | Quảng Nam, ngày 30 tháng 10 năm 2023 |\n"
            "KẾ HOẠCH\nThực hiện các mô hình của Đề án 06 năm 2024\n"
            "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;\n" + BODY + "\n")
    assert _art(page).page_kind == "legal_document"
    quote = "Độc lập - Tự do - Hạnh phúc\n" + _page()
    assert _art(quote).page_kind == "article"


def test_listing_of_dated_teasers_and_of_headlines():
    teasers = "\n".join(["14:57 06/04/2016", BODY, "16:47 07/03/2012", BODY2, "09:10 01/02/2015", BODY3])
    a = _art(teasers)
    assert a.page_kind == "listing" and any("listing" in w for w in a.warnings)
    heads = "\n".join(f"Tỉnh số {k} công bố kết quả chỉ số cải cách hành chính năm 2023" for k in range(12))
    assert _art(heads).page_kind == "listing"
    assert _art(_page()).page_kind == "article"


# ------------------------------------------------------------------ HTML, real pages

@pytest.mark.skipif(not HTML.exists(), reason="../shared/html is not here")
@pytest.mark.parametrize("name,lead", [
    ("p01_vnexpress_lymphoma.html", "Người đàn ông 63 tuổi đau bụng kéo dài"),
    ("p02_vnexpress_duongbay.html", "Cục Hàng không Việt Nam đã thông báo"),
    ("p03_vnexpress_congnhan_tet.html", "Nếu có ít tiền, chị Huyền sẽ nấu nồi thịt kho"),
])
def test_html_article_keeps_its_lead(name, lead):
    a = _art(HTML / name)
    assert lead in a.text
    assert a.text.index(lead) < 40  # at the top, where the page has it
    assert a.page_kind == "article"
    assert any(r.reason == "html_chrome" for r in a.removed)  # what the extractor left out is listed
    assert not any(lead in r.text for r in a.removed)


@pytest.mark.skipif(not HTML.exists(), reason="../shared/html is not here")
@pytest.mark.parametrize("name", ["p05_dantri_home.html", "p06_dantri_home_2013.html",
                                  "p07_vnexpress_home_edited.html", "p08_tuoitre_thoisu_section.html",
                                  "p09_vnexpress_thoisu_section.html"])
def test_html_homepages_and_sections_are_listings(name):
    a = _art(HTML / name)
    assert a.page_kind == "listing"
    assert any("listing" in w for w in a.warnings)


@pytest.mark.skipif(not HTML.exists(), reason="../shared/html is not here")
def test_html_edited_article_is_an_article():
    assert _art(HTML / "p04_vietnamnet_edited.html").page_kind == "article"


def test_batch_two_passes_with_site_templates():
    from cchc_extract.batch import process_record
    from cchc_extract.readers import Record
    from cchc_extract.templates import index_records, with_templates

    recs = [Record(f"d{k}", f"crawl:site/d{k}", p, {"url": f"https://vtv.vn/a-{k}.htm", "format": "text"})
            for k, p in enumerate(_site_pages())]
    idx = index_records(recs)
    out = [process_record(r)[0] for r in with_templates(recs, idx)]
    assert all(isinstance(a, cx.Article) for a in out)
    for k, a in enumerate(out):
        assert "Nghe nội dung" not in a.text and f"Bài số {k}" in a.text
        assert any(r.reason == "site_template" and r.evidence for r in a.removed)
    plain = process_record(recs[0])[0]  # without pass one: the page cleans on its own
    assert not any(r.reason == "site_template" for r in plain.removed)


def test_cut_off_headline_completed_from_the_page_and_its_url():
    lead = "Huawei Việt Nam vừa trao chứng nhận tốt nghiệp cho 40 sinh viên công nghệ thông tin xuất sắc."
    md = ("[Vietnam Digital Talents Summit 2024: Vinh danh các tài năng công ...]"
          "(https://ictvietnam.vn/vietnam-digital-talents-summit-2024-vinh-danh-cac-tai-nang-cong-nghe-tre-68528.html)\n\n"
          "![](https://ictv.1cdn.vn/a.png)\n\n"
          "Chuyển động ICT Vietnam Digital Talents Summit 2024: Vinh danh các tài năng công nghệ trẻ " + lead + "\n\n"
          + BODY2 + "\n")
    a = _art(md)
    assert a.title == "Vietnam Digital Talents Summit 2024: Vinh danh các tài năng công nghệ trẻ"
    assert a.text.startswith(lead)
    # a caption or a sentence that goes on past the cut headline does not complete it
    md2 = ("[Thủ tướng chủ trì lễ đón Thủ tướng Trung Quốc ...](https://dantri.com.vn/thu-tuong-chu-tri-le-don-thu-tuong-trung-quoc-ly-cuong-2024.htm)\n\n"
           "Sáng 13/10, Thủ tướng chủ trì lễ đón Thủ tướng Trung Quốc Lý Cường thăm chính thức Việt Nam.\n\n"
           "Thủ tướng chủ trì lễ đón Thủ tướng Trung Quốc Lý Cường (Ảnh: Thành Đông)\n\n" + BODY2 + "\n")
    assert _art(md2).title == "Thủ tướng chủ trì lễ đón Thủ tướng Trung Quốc"


def test_lead_restating_the_headline_is_kept_whole():
    title = "Phê duyệt Đề án cải cách thủ tục hành chính tỉnh Lạng Sơn giai đoạn 2021 - 2025"
    lead1 = "UBND tỉnh phê duyệt Đề án cải cách thủ tục hành chính tỉnh Lạng Sơn giai đoạn 2021 - 2025 với 12 nhiệm vụ."
    lead2 = title + ", UBND tỉnh yêu cầu các sở hoàn thành trong quý III."
    for lead in (lead1, lead2):
        a = _art("\n".join([title, "", lead, "", BODY2, ""]))
        assert a.title == title
        assert lead in a.text


@pytest.mark.parametrize("chrome", ["Chào mừng Đại hội Đảng bộ Sở Khoa học và Công nghệ, Nhiệm kỳ 2025 - 2030",
                                    "CỔNG THÔNG TIN SỞ NỘI VỤ", "The Provincial Competitiveness Index (PCI)",
                                    "Thông tin kế hoạch", "Nhảy đến nội dung"])
def test_chrome_above_the_headline_is_not_the_title(chrome):
    a = _art(_page(chrome))
    assert a.title == TITLE
    _body_kept(a)


def test_post_with_only_headline_image_and_teaser_is_an_article_without_body():
    md = ("[Miền Bắc chuẩn bị đón không khí lạnh đầu tiên](https://thanhtra.com.vn/a-231827.html)\n\n"
          "![Miền Bắc](https://thanhtra.com.vn/a.jpg)\n\n"
          "Địa chỉ tòa soạn: 100 Tô Hiệu, Hà Đông, Hà Nội. Email: toasoan@thanhtra.com.vn. Hotline: 090.456.3399 ...\n")
    a = cx.extract(md)
    assert isinstance(a, cx.Article) and a.text == "" and a.facts == []
    assert a.title == "Miền Bắc chuẩn bị đón không khí lạnh đầu tiên" and a.page_kind == "other"
    assert "no article body left after cleaning" in a.warnings
    assert {r.reason for r in a.removed} == {"title_link", "image_marker", "teaser"}


def test_headlines_run_together_with_bars_are_related_links():
    bleed = "Tỉnh Bắc Giang dẫn đầu chỉ số DDCI năm 2023 | Hà Nội công bố kết quả SIPAS năm 2023 của các quận |"
    a = _art(_page(junk_bottom=[bleed]))
    _body_kept(a)
    assert "Bắc Giang" not in a.text
    table = "Chỉ tiêu | Năm 2022 | Năm 2023 |"
    assert table in _art(_page(junk_bottom=[table])).text  # a table row is not a headline list


def test_streaming_templates_grow_with_the_crawl():
    idx = TemplateIndex(min_pages=4)
    got = [idx.observe(["vtv.vn"], page_lines(p, "text")) for p in _site_pages(6)]
    assert not got[0] and not got[3]  # fewer than five pages of the site: nothing yet
    assert got[4].evidence("Hồng Duy") == "on 5 of 5 pages of vtv.vn"
    assert got[5].evidence("Hồng Duy") == "on 6 of 6 pages of vtv.vn"


def test_caption_cell_repeating_a_body_sentence_and_topic_line():
    cap = "Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm |"
    a = _art(_page(junk_bottom=["Chủ đề Cải cách hành chính", cap]))
    _body_kept(a)
    assert cap not in a.text and "Chủ đề" not in a.text


def test_paper_name_before_the_lead_and_name_with_date_at_the_end():
    a = _art(_page(junk_bottom=["Lệ Thu 11/05/2022"]).replace(BODY, "(Dân trí) - " + BODY))
    _body_kept(a)
    assert "(Dân trí)" not in a.text and "Lệ Thu" not in a.text
    assert any(r.text.startswith("(Dân trí)") for r in a.removed)
    kept = "(Theo số liệu của Sở Nội vụ) tỉnh đạt 92,5 điểm."  # not a paper's name: no capitalised words only
    assert kept in _art(_page(junk_bottom=[kept])).text


def test_html_title_without_the_site_name():
    from cchc_extract.html import _without_site_name

    assert _without_site_name("Công nhân mất việc chật vật lo Tết - VnExpress", "vnexpress.net") == \
        "Công nhân mất việc chật vật lo Tết"
    assert _without_site_name("Hà Nội - Hải Phòng nối chuyến tàu mới", "vnexpress.net") == \
        "Hà Nội - Hải Phòng nối chuyến tàu mới"
    if HTML.exists():
        assert _art(HTML / "p03_vnexpress_congnhan_tet.html").title == "Công nhân mất việc chật vật lo Tết"


def test_batch_command_site_templates(tmp_path):
    """`cchc-extract batch --site-templates`: two passes over a JSONL crawl; without the flag
    each page cleans on its own. Both runs give one record per input."""
    from cchc_extract.batch import read_results
    from cchc_extract.cli import main

    src = tmp_path / "crawl.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for k, p in enumerate(_site_pages()):
            f.write(json.dumps({"id": f"d{k}", "text": p, "url": f"https://vtv.vn/a-{k}.htm"},
                               ensure_ascii=False) + "\n")
    on, off = tmp_path / "on.jsonl", tmp_path / "off.jsonl"
    assert main(["batch", str(src), "-o", str(on), "--workers", "0", "--site-templates"]) == 0
    assert main(["batch", str(src), "-o", str(off), "--workers", "0"]) == 0
    got_on, got_off = list(read_results(on)), list(read_results(off))
    assert [r["doc_id"] for r in got_on] == [r["doc_id"] for r in got_off] == [f"d{k}" for k in range(6)]
    for a in got_on:
        assert "Nghe nội dung" not in a["text"]
        assert any(r["reason"] == "site_template" and "of vtv.vn" in (r.get("evidence") or "")
                   for r in a["removed"])
    assert not any(r["reason"] == "site_template" for a in got_off for r in a["removed"])


@pytest.mark.parametrize("line, name, published", [
    ("Lệ Thu 11/05/2022", "Lệ Thu", "2022-05-11"),
    ("Nguyễn Minh Tâm 03/04/2024", "Nguyễn Minh Tâm", "2024-04-03"),
])
def test_name_with_date_under_the_headline_is_the_byline(line, name, published):
    a = _art(_page(title=TITLE + "\n" + line))
    assert a.title == TITLE and a.byline == name and a.published == published
    assert line not in a.text
    _body_kept(a)


@pytest.mark.parametrize("line", ["Thứ Hai 11/05/2022", "Hà Nội, 11/05/2022", "Ngày 11/05/2022"])
def test_a_date_line_under_the_headline_is_no_name(line):
    a = _art(_page(title=TITLE + "\n" + line))
    assert a.byline is None or a.byline not in line
    _body_kept(a)


def test_headline_without_its_punctuation_is_a_duplicate():
    title = "Hà Nam đứng thứ 40/61 tỉnh, thành phố về Chỉ số PAPI năm 2023"
    alt = "Hà Nam đứng thứ 4061 tỉnh thành phố về Chỉ số PAPI năm 2023"
    a = _art(_page(title=title + "\n\n" + alt))
    assert a.title == title and alt not in a.text
    assert ("duplicate_title", alt) in [(r.reason, r.text) for r in a.removed]
    _body_kept(a)


def test_a_body_line_opening_with_the_headline_words_stays():
    title = "Hà Nam đứng thứ 40/61 tỉnh, thành phố về Chỉ số PAPI năm 2023"
    longer = "Hà Nam đứng thứ 40/61 tỉnh, thành phố về Chỉ số PAPI năm 2023 và tăng 2 bậc so với năm 2022."
    a = _art(_page(title=title + "\n\n" + longer))
    assert longer in a.text
    _body_kept(a)


def test_long_overview_caption_goes_and_an_overview_sentence_stays():
    cap = ("(Quang cảnh ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh cùng các lãnh đạo sở, ngành "
           "tham dự Hội nghị tại điểm cầu UBND tỉnh)")
    prose = ("Toàn cảnh bức tranh cải cách hành chính của tỉnh năm 2023 cho thấy nhiều chuyển biến "
             "rõ nét, với tỷ lệ hồ sơ đúng hạn đạt 99%.")
    a = _art("\n".join([TITLE, "", BODY, "", cap, "", BODY2, "", prose, "", BODY3]) + "\n")
    assert cap not in a.text and prose in a.text
    assert ("photo_caption", cap) in [(r.reason, r.text) for r in a.removed]
    _body_kept(a)


def test_reader_poll_goes_and_a_question_in_the_body_stays():
    poll = ("Theo bạn đội nào sẽ lên ngôi vô địch? Hà Nội FC Công an Hà Nội Nam Định Đội khác "
            "BÌNH CHỌN Xem kết quả Chia sẻ")
    question = "Theo bạn, dịch vụ công trực tuyến của tỉnh đã thuận tiện chưa?"
    friend = "Theo bạn bè của anh Minh có mặt tại hiện trường, đám cháy bùng phát lúc 2 giờ sáng."
    a = _art("\n".join([TITLE, "", BODY, "", question, "", friend, "", poll, "", BODY2, "", BODY3,
                        "", question]) + "\n")
    assert poll not in a.text and friend in a.text
    assert a.text.count(question) == 1 and a.text.index(question) < a.text.index(BODY2)  # the closing one goes
    _body_kept(a)


def test_caption_closing_with_its_source_goes_a_paragraph_with_a_source_stays():
    cap = ("Thành phố Hà Nội xếp thứ 6 cả nước về chỉ số chuyển đổi số cấp tỉnh năm 2023. "
           "Nguồn: Bộ Thông tin và Truyền thông")
    para = ("Năm 2023, tỉnh đạt 88,5 điểm, tăng 5 bậc. Năm 2024, tỉnh đặt mục tiêu vào nhóm 10 tỉnh "
            "dẫn đầu. Nguồn: Bộ Nội vụ")
    a = _art("\n".join([TITLE, "", BODY, "", cap, "", BODY2, "", para, "", BODY3]) + "\n")
    assert cap not in a.text and "Năm 2024, tỉnh đặt mục tiêu vào nhóm 10 tỉnh dẫn đầu." in a.text
    _body_kept(a)


def test_alt_text_and_caption_one_word_apart_go_parallel_body_lines_stay():
    alt = "Top 30 tỉnh, thành phố có chất lượng điều hành tốt nhất PCI 2023."
    cap = "Top 30 tỉnh, thành phố có chất lượng điều hành tốt nhất năm 2023."
    a = _art("\n".join([TITLE, "", BODY, "", alt, "", cap, "", BODY2, "", BODY3]) + "\n")
    assert alt not in a.text and cap not in a.text
    _body_kept(a)
    two = ["Khối sở, ngành có 5 đơn vị đạt kết quả cải cách hành chính trên 90 điểm năm 2023.",
           "Khối sở, ngành có 7 đơn vị đạt kết quả cải cách hành chính trên 90 điểm năm 2024.",
           "Khối huyện có nhiều đơn vị đạt kết quả cải cách hành chính trên 90 điểm năm 2024."]
    a = _art("\n".join([TITLE, "", BODY, "", two[0], "", two[1], "", two[2], "", BODY2]) + "\n")
    assert all(x in a.text for x in two)  # a number apart, or two words apart: body


def test_read_more_label_closing_a_paragraph_is_cut_the_paragraph_stays():
    para = "57 địa phương có chỉ số cao hơn năm 2022, sáu địa phương có chỉ số giảm so với 2022."
    inner = "Người dân có thể xem thêm (chi tiết tại Cổng dịch vụ công quốc gia) trước khi nộp hồ sơ."
    a = _art("\n".join([TITLE, "", BODY, "", para + "(đọc thêm)", "", inner, "", BODY2, "", BODY3]) + "\n")
    assert para in a.text and "(đọc thêm)" not in a.text and inner in a.text
    assert ("navigation", "(đọc thêm)") in [(r.reason, r.text) for r in a.removed]
    _body_kept(a)


def test_section_label_between_the_headline_and_its_repeat_goes():
    a = _art("\n".join([TITLE, "", "Chính trị - Ngoại giao", "", TITLE, "", BODY, "", BODY2, "", BODY3]) + "\n")
    assert "Ngoại giao" not in a.text and TITLE not in a.text
    _body_kept(a)
    # a short heading after the article has begun stays
    a = _art("\n".join([TITLE, "", BODY, "", "Kết quả cụ thể", "", BODY2, "", BODY3]) + "\n")
    assert "Kết quả cụ thể" in a.text


# ------------------------------------------------------------------ kinds seen on the unannotated crawl

def test_a_prayer_line_said_three_times_stays_body():
    refrain = "Nam mô A Di Đà Phật!"
    page = _page(junk_bottom=["Bài văn khấn như sau:", refrain, refrain, refrain,
                              "Con lạy chín phương Trời, lạy mười phương Đất.", refrain, refrain, refrain])
    a = _art(page)
    _body_kept(a)
    assert a.text.count(refrain) == 6
    # two identical lines alone are still an image's alt text and its caption
    cap = "Người dân làm thủ tục tại Bộ phận một cửa huyện Phú Bình."
    a = _art(_page(junk_bottom=[cap, cap]))
    assert cap not in a.text


def test_translated_copy_above_the_original_post():
    md = ("[ Thai Nguyen announces its PAR index](https://baothainguyen.vn/cong-bo-par-1.html)\n\n"
          "> Thai Nguyen announced the administrative reform index of its departments.\n\n"
          "On March 12, the provincial People's Committee held a conference.\n\n"
          "<details>\n  <summary>Origin content</summary>\n  ---\nlayout: post\n"
          "title: \" [PAR INDEX] " + TITLE + "\"\ndate: Fri, 05 Apr 2024 13:00:00 +0700\n"
          "categories: entries VN\n---\n"
          "[" + TITLE + "](https://baothainguyen.vn/cong-bo-par-1.html)\n\n"
          + BODY + "\n\n" + BODY2 + "\n\n" + BODY3 + "\n\n</details>\n")
    a = _art(md)
    assert a.title == TITLE
    _body_kept(a)
    for junk in ("conference", "layout:", "categories:", "Origin content", "details>"):
        assert junk not in a.text, junk
    assert "crawl_artifact" in {r.reason for r in a.removed}


def test_title_link_with_search_highlighting_tags():
    md = ("[Trực tiếp <b>Thái Nguyên</b> công bố <b>PAR INDEX</b> 2023](https://baothainguyen.vn/a-2.html)\n\n"
          + BODY + "\n\n" + BODY2 + "\n")
    a = _art(md)
    assert a.title == "Trực tiếp Thái Nguyên công bố PAR INDEX 2023"


def test_site_name_closing_the_lead_is_cut_and_a_glued_dateline_copy_is_a_teaser():
    lead = "Thái Nguyên- Sở Tư pháp dẫn đầu Chỉ số cải cách hành chính năm 2023 của các sở, ngành."
    md = ("[" + TITLE + "](https://vnexpress.net/thai-nguyen-1.html)\n\n" + lead + " - VnExpress.\n\n"
          + BODY + "\n\n" + BODY2 + "\n")
    a = _art(md)
    assert a.text.startswith(lead) and "VnExpress" not in a.text
    _body_kept_2 = [BODY, BODY2]
    assert all(s in a.text for s in _body_kept_2)
    # the same lead printed again with its dateline glued on: the first copy is the teaser
    md2 = md.replace(BODY + "\n", "Thái NguyênSở Tư pháp dẫn đầu Chỉ số cải cách hành chính năm 2023 "
                                  "của các sở, ngành.\n\n" + BODY + "\n")
    a = _art(md2)
    assert "VnExpress" not in a.text and a.text.count("dẫn đầu Chỉ số") == 1
    # a site whose name is not in the address keeps the line as written
    a = _art(md.replace("vnexpress.net", "baothainguyen.vn"))
    assert "VnExpress" in a.text


def test_section_label_headline_and_lead_printed_again():
    title = "'Một cửa' Thái Nguyên đón 1.200 hồ sơ trực tuyến"
    lead = ("Trong tháng 3, Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên tiếp nhận hơn 1.200 "
            "hồ sơ trực tuyến toàn trình.")
    page = "\n".join([title, "", lead, "", "Xã hội ‘Một cửa’ Thái Nguyên đón 1.200 hồ sơ trực tuyến " + lead,
                      "", BODY, "", BODY2, ""])
    a = _art(page)
    assert a.text.count("tiếp nhận hơn 1.200") == 1 and "Xã hội" not in a.text
    assert a.title == title


def test_headline_stuffed_into_filler_is_spam():
    md = ("[thai nguyen par index](https://hnue.edu.vn/x1.html)\n\n"
          "Cung cấp các dịch vụ và sản phẩm chất lượng của thai nguyen par index. "
          "Tận hưởng chất lượng và sự hài lòng từ thai nguyen par index.\n")
    a = cx.extract(md)
    assert "Cung cấp" not in a.text and any(r.reason == "spam" for r in a.removed)
    assert not a.facts


@pytest.mark.parametrize("junk", ["Tổng hợp", "Coin68 tổng hợp", "PV (tổng hợp)",
                                  "Nguồn tin: doisongphapluat.nguoiduatin.vn"])
def test_compiled_by_and_source_lines_at_the_end(junk):
    a = _art(_page(junk_bottom=[junk]))
    _body_kept(a)
    assert junk not in a.text and "byline" in {r.reason for r in a.removed}


def test_kết_quả_tổng_hợp_closing_heading_is_not_a_byline():
    a = _art(_page(junk_bottom=["Kết quả tổng hợp"]))
    assert "Kết quả tổng hợp" in a.text


@pytest.mark.parametrize("junk", [
    "- THỜI SỰ | KINH TẾ | GIÁO DỤC | THỂ THAO |",
    "TTO tiếp tục cập nhật!",
    "* ĐANG CẬP NHẬT...",
    "Tham gia thảo luận cùng các chuyên gia tại nhóm chat của chúng tôi nhé!!!",
    "Bạn đọc có thể xem trọn vẹn hội nghị trực tuyến tại: https://thainguyen.gov.vn/hoi-nghi",
])
def test_portal_widgets_closing_the_page(junk):
    a = _art(_page(junk_bottom=[junk]))
    _body_kept(a)
    assert junk not in a.text, junk
    assert "navigation" in {r.reason for r in a.removed}


def test_table_rows_and_references_closing_the_page_are_kept():
    rows = ["| STT | Đơn vị | Điểm |", "| 1 | Sở Tư pháp | 92,5 |", "| 2 | Sở Nội vụ | 91,8 |"]
    a = _art(_page(junk_bottom=rows))
    assert "Sở Nội vụ" in a.text
    ref = "Nguyễn Văn A (2021). Cải cách hành chính cấp tỉnh. Truy cập tại https://tapchi.vn/cchc-1.html"
    a = _art(_page(junk_bottom=["TÀI LIỆU THAM KHẢO:", ref]))
    assert "Cải cách hành chính cấp tỉnh" in a.text


def test_bbc_style_captions_and_date_line():
    page = _page("21 tháng 7 2024, 12:39 +07",
                 junk_bottom=["Nguồn hình ảnh, Getty Images Chụp lại hình ảnh, Lãnh đạo tỉnh tại hội nghị"])
    a = _art(page)
    _body_kept(a)
    assert "Nguồn hình ảnh" not in a.text and "12:39" not in a.text


def test_markdown_title_without_the_site_name_but_a_place_name_kept():
    lead = "\n\n" + BODY + "\n\n" + BODY2 + "\n"
    a = _art("[Những bài học cải cách hành chính | Tiếng Dân](https://baotiengdan.com/2024/06/29/x/)" + lead)
    assert a.title == "Những bài học cải cách hành chính"
    a = _art("[Giao lưu văn hóa Lào - Việt Nam](https://vietnamnet.vn/a-1.html)" + lead)
    assert a.title == "Giao lưu văn hóa Lào - Việt Nam"
    a = _art("[Giao lưu văn hóa Lào - VietNamNet](https://vietnamnet.vn/a-1.html)" + lead)
    assert a.title == "Giao lưu văn hóa Lào"


def test_description_above_a_label_headline_lead_line():
    title = "Quận Đống Đa thu ngân sách đạt 9.300 tỷ đồng trong 6 tháng"
    desc = "Sáng 26-6, HĐND quận Đống Đa khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ mười bốn."
    lead = "Sáng 26-6, HĐND quận Đống Đa tổ chức kỳ họp thứ 14, để xem xét các báo cáo, tờ trình."
    md = ("[" + title + "](https://hanoimoi.vn/a-2.html)\n\n" + desc + "\n\nKinh tế " + title + " " + lead
          + "\n\n" + BODY2 + "\n")
    a = _art(md)
    assert a.text.startswith(lead) and desc not in a.text and "Kinh tế" not in a.text
    # a lead above the headline repeated alone (an image's alt text) is the article's
    a = _art(title + "\n\n" + desc + "\n\n" + title + "\n\n" + BODY2 + "\n")
    assert desc in a.text


def test_cut_off_headline_leaves_no_word_in_front_of_the_lead():
    lead = ("Tiếp nối chuỗi thành tích đáng tự hào, hội nghị chính thức diễn ra vào sáng 7-12, tại "
            "Trung tâm Hội nghị tỉnh Thái Nguyên.")
    md = ("[Đại biểu háo hức trước giờ khai mạc hội nghị tại Thái ...](https://baothainguyen.vn/a-3.html)\n\n"
          + lead + "\n\nXã hội Đại biểu háo hức trước giờ khai mạc hội nghị tại Thái Nguyên " + lead
          + " Hội nghị kéo dài hai ngày.\n\n" + BODY2 + "\n")
    a = _art(md)
    assert a.text.startswith(lead) and a.text.count("Tiếp nối") == 1
    assert "Nguyên Tiếp" not in a.text and "Hội nghị kéo dài hai ngày." in a.text


def test_headline_printed_twice_in_a_row_keeps_the_lead_above():
    title = "Văn khấn Rằm tháng 8 chuẩn nhất, đầy đủ nhất cho gia đình"
    lead = ("Hôm nay là Rằm tháng 8, mọi người sẽ muốn tìm hiểu văn khấn Rằm tháng 8 chuẩn nhất để "
            "hoàn tất lễ cúng của gia đình.")
    md = ("[" + title + "](https://danviet.vn/a-4.htm)\n\n" + lead + "\n\n" + title + " " + title
          + "\n\n" + BODY2 + "\n")
    a = _art(md)
    assert lead in a.text and title not in a.text


@pytest.mark.parametrize("junk", [
    "Nơi ban hành: Ủy ban nhân dân tỉnh Thái Nguyên", "Lĩnh vực: Bộ máy hành chính", "VB liên quan",
    "Văn bản đang xem", "Nội dung MIX", "Chia sẻ qua:", "Lên đầu trang", "--Chọn liên kết--",
    "Facebook Twitter Zalo", "Bài tiếp theo", "Xem toàn văn Quyết định tại đây", "Tập tin đính kèm:",
    "Người viết: Minh Anh", "Ban Biên tập", "Thứ ba, ngày 12 tháng 3 năm 2024",
    "Hồng Hà - Minh Anh (Báo Thái Nguyên)",
    "Để xem thêm các tin tức mới nhất về hội nghị, xin truy cập: Chuyên trang Cải cách hành chính",
    "Xem thêm tại: Thái Nguyên dẫn đầu chỉ số hài lòng của người dân năm 2023",
    "Tin liên quan Thái Nguyên dẫn đầu chỉ số hài lòng của người dân năm 2023",
])
def test_more_portal_and_legal_database_chrome_closing_the_page(junk):
    a = _art(_page(junk_bottom=[junk]))
    _body_kept(a)
    assert junk not in a.text, junk


@pytest.mark.parametrize("body", [
    "Lĩnh vực đất đai có số hồ sơ trễ hạn nhiều nhất trong quý I năm 2025.",
    "Góp ý của người dân được tổng hợp gửi các sở, ngành trước ngày 30/6.",
    "Ban Biên tập đã tiếp nhận 120 ý kiến góp ý của bạn đọc.",
    "Tài liệu đính kèm hồ sơ gồm bản sao giấy tờ tùy thân và tờ khai theo mẫu.",
    "Tin liên quan đến vụ việc đã được cơ quan chức năng xác minh và xử lý.",
])
def test_body_sentences_opening_with_chrome_words_are_kept(body):
    a = _art(_page(junk_bottom=[body]))
    assert body in a.text


def test_headline_under_two_section_labels():
    a = _art(_page("Tin tức - Sự kiện", "Cải cách hành chính"))
    assert a.title == TITLE
    _body_kept(a)


def test_headline_printed_under_its_lead():
    lead = ("Ngày 12/3, UBND tỉnh Thái Nguyên tổ chức hội nghị công bố Chỉ số cải cách hành chính năm "
            "2023 của các sở, ban, ngành và UBND các huyện.")
    a = _art("\n\n".join([lead, TITLE, BODY2, BODY3]) + "\n")
    assert a.title == TITLE
    assert lead in a.text and BODY2 in a.text  # the lead stays body
    # a sub-heading under the first paragraph opens something new: not a headline
    sub = "Những kết quả nổi bật trong chuyển đổi số năm nay"
    a = _art("\n\n".join([lead, sub, BODY2, BODY3]) + "\n")
    assert sub in a.text and a.title != sub


@pytest.mark.parametrize("body", [
    "Theo Giám đốc Sở Nội vụ, tỉnh sẽ tiếp tục cải thiện chỉ số.",
    "Nguồn lực cho cải cách hành chính còn hạn chế.",
    "Ảnh hưởng của dịch bệnh khiến nhiều chỉ tiêu chưa đạt.",
    "Cảnh sát giao thông đã lập biên bản 12 trường hợp vi phạm.",
    "Các đại biểu cho rằng cần đẩy mạnh số hóa hồ sơ.",
    "Điện thoại đường dây nóng của tỉnh là 0208.3855.000, tiếp nhận phản ánh 24/7.",
    "Mọi thắc mắc xin liên hệ số điện thoại 0208.3855.000.",
    "Hình ảnh người dân xếp hàng từ sáng sớm cho thấy nhu cầu làm thủ tục rất lớn.",
    "Bảng xếp hạng năm nay có nhiều thay đổi, với 12 tỉnh tăng hạng.",
    "Sáng 12/3/2024 14:00, hội nghị khai mạc.",
    "Bài học kinh nghiệm từ Quảng Ninh",
])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_body_lines_that_open_like_bylines_captions_or_footers(body, where):
    page = _page(junk_bottom=[body]) if where == "end" else _page().replace(BODY2, body + "\n\n" + BODY2)
    a = _art(page)
    assert body in a.text, body
    _body_kept(a)


def test_headline_run_into_its_time_stamp_goes_as_metadata():
    md = ("[" + TITLE + "](https://plo.vn/a-5.html)\n\n" + TITLE + " 24/04/2024 15:50\n\n"
          + BODY + "\n\n" + BODY2 + "\n")
    a = _art(md)
    assert "15:50" not in a.text and a.text.startswith(BODY)


LEGAL_TEXT = ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "Số: 27/2025/QĐ-UBND", "QUYẾT ĐỊNH",
              "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
              "Điều 1. Vị trí và chức năng",
              "Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu về cải cách hành chính.",
              "Điều 2. Hiệu lực thi hành", "Quyết định này có hiệu lực kể từ ngày 22 tháng 3 năm 2025.",
              "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]


def test_legal_database_tabs_and_related_documents_around_the_legal_text():
    head = ["Quyết định 27/2025/QĐ-UBND quy định chức năng của Sở Nội vụ tỉnh Thái Nguyên", "Thuộc tính",
            "Nội dung", "Tiếng Anh", "Mục lục", "Liên quan hiệu lực", "Số hiệu: | 27/2025/QĐ-UBND",
            "Nội dung văn bản"]
    tail = ["Văn bản liên quan", "Quyết định 12/2020/QĐ-UBND quy định chức năng của Sở Nội vụ",
            "Nghị định 24/2014/NĐ-CP quy định tổ chức cơ quan chuyên môn"]
    a = _art("\n".join(head + LEGAL_TEXT + tail))
    assert a.page_kind == "legal_document"
    for line in LEGAL_TEXT:
        assert line in a.text, line  # the signer's name included
    for junk in head[1:] + tail:
        assert junk not in a.text, junk


def test_related_list_ends_at_the_articles_next_sub_heading():
    items = ["• 10 bộ phim đáng xem về cải cách hành chính", "• Những bộ phim tôn vinh công chức mẫu mực"]
    sub = "Chuyện về một công chức thời hiện đại"
    para = ("Đặt câu chuyện trong bối cảnh của bộ phim, có thể thấy định kiến về công chức từ lâu đã trở "
            "thành hiện tượng phổ biến trong xã hội.")
    a = _art(_page().replace(BODY2, "Xem thêm\n\n" + "\n\n".join(items) + "\n\n" + sub + "\n\n" + para
                             + "\n\n" + BODY2))
    _body_kept(a)
    assert sub in a.text and para in a.text
    assert not any(it in a.text for it in items)


def test_authors_under_the_lead_and_closing_invitations():
    lead = "VTV.vn - Sở Tư pháp tiếp tục dẫn đầu khối sở, ngành trong bảng xếp hạng năm nay."
    a = _art("\n\n".join([TITLE, lead, "Tùng Quân, Anh Quân", BODY, BODY2,
                          "Báo sẽ cập nhật đầy đủ kết quả các địa phương, mời bạn đọc đón theo dõi.",
                          "Link xem trực tiếp: https://www.thainguyen.gov.vn/truc-tiep"]) + "\n")
    assert "Tùng Quân" not in a.text and "mời bạn đọc" not in a.text and "Link xem" not in a.text
    assert lead in a.text and BODY2 in a.text
    # a portal's address in an instruction stays
    line = "- Cổng Dịch vụ công quốc gia: https://dichvucong.gov.vn"
    a = _art(_page().replace(BODY2, "Người dân có thể nộp hồ sơ tại:\n\n" + line + "\n\n" + BODY2))
    assert line in a.text


def test_highlights_video_titles_and_shouted_calls_to_click_but_not_live_report_lines():
    junk = ["Highlights Thái Nguyên 2-1 Bắc Kạn: Chủ nhà giành vé sớm", "XEM LẠI KẾT QUẢ CÔNG BỐ CÁC NĂM TRƯỚC!!!"]
    a = _art(_page().replace(BODY2, "\n\n".join(junk) + "\n\n" + BODY2))
    _body_kept(a)
    assert not any(j in a.text for j in junk)
    live = "90+5': HẾT GIỜ!!!"
    a = _art(_page().replace(BODY2, live + "\n\n" + BODY2))
    assert live in a.text
