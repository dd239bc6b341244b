"""Cleaning keeps the lines that carry the article's facts (made-up pages in the shapes of the
classes), and still removes the junk of the same shape."""
import pytest

import cchc_extract as cx

BODY = ("Sáng 15/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị công bố các chỉ "
        "số năm 2023 tại Hà Nội với sự tham dự của đại diện các bộ, ngành và địa phương.\n")


def _facts(art, kind):
    return [f.text for f in art.facts if f.type == kind]


def _removed(art):
    return [r.text for r in art.removed]


@pytest.mark.parametrize("line,date", [
    ("Thứ Hai, 12/02/2024 UBND tỉnh tổ chức hội nghị.", "12/02/2024"),
    ("Chủ nhật, ngày 5/5/2024 Sở Nội vụ công bố kết quả xếp hạng.", "5/5/2024"),
    ("Thứ sáu, 03/11/2023 Tỉnh Yên Bái đạt 98,5% hồ sơ đúng hạn.", "03/11/2023"),
    ("Thứ Hai, ngày 12 tháng 2 năm 2024 UBND tỉnh tổ chức hội nghị.", "ngày 12 tháng 2 năm 2024"),
    ("Chủ nhật, 12/02/2024: UBND tỉnh tổ chức hội nghị.", "12/02/2024"),
    ("Thứ Hai, 12/02/2024 tỉnh Lào Cai xếp thứ 5/63 về PAPI.", "12/02/2024"),
])
def test_weekday_date_followed_by_a_sentence_is_body(line, date):
    for text in (line, "Hội nghị tổng kết công tác năm\n\n" + line + "\n\n" + BODY):
        art = cx.extract(text)
        assert line not in _removed(art)
        assert line in art.text
        assert date in _facts(art, "date")


@pytest.mark.parametrize("line", [
    "Thứ Năm, 28/04/2022 Lượt xem: 3604 In bài viết",
    "Thứ Hai, 12/02/2024 Tin tức sự kiện",
    "Thứ tư, 17/04/2024 14:49 (GMT+7)",
    "Chủ nhật, 21/04/2024",
    "Thứ ba, ngày 12 tháng 3 năm 2024",
    "Thứ Hai, 12/02/2024 In bài viết.",
])
def test_weekday_date_stamps_still_go(line):
    art = cx.extract("Hội nghị tổng kết công tác năm\n\n" + line + "\n\n" + BODY)
    assert line not in art.text
    assert line in _removed(art)


LEGAL_BODY = ("Thi hành Nghị định số 204/2004/NĐ-CP ngày 14/12/2004 của Chính phủ về chế độ tiền lương, "
              "Bộ Nội vụ hướng dẫn thực hiện chế độ phụ cấp như sau.\n")


@pytest.mark.parametrize("head", [
    "Số: 08/2004/TT-BNV\nĐộc lập - Tự do - Hạnh phúc\n",
    "Số: 08/2004/TT-BNV\n\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 18 tháng 02 năm 2004\n\n",
    "Độc lập - Tự do - Hạnh phúc\nSố: 08/2004/TT-BNV\n",
    "BỘ NỘI VỤ\n-------\nSố: 08/2004/TT-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nHà Nội, ngày 18 tháng 02 năm 2004\n",
    "Trang chủ > Văn bản pháp luật\n\nBỘ NỘI VỤ\n\nSố: 08/2004/TT-BNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "Độc lập - Tự do - Hạnh phúc\n\n",
])
def test_a_legal_texts_own_number_line_is_kept_and_is_no_headline(head):
    art = cx.extract(head + LEGAL_BODY)
    assert "08/2004/TT-BNV" in _facts(art, "legal_ref")
    assert "Số: 08/2004/TT-BNV" in art.text
    assert art.title is None or ("Số:" not in art.title and "Độc lập" not in art.title)
    if "Hà Nội, ngày 18 tháng 02 năm 2004" in head:
        assert "ngày 18 tháng 02 năm 2004" in _facts(art, "date")


def test_a_headline_above_a_legal_number_line_stays_the_title():
    art = cx.extract("Hướng dẫn chế độ phụ cấp cho cán bộ\n\nSố: 08/2004/TT-BNV\n\n" + LEGAL_BODY)
    assert art.title == "Hướng dẫn chế độ phụ cấp cho cán bộ"
    assert "08/2004/TT-BNV" in _facts(art, "legal_ref")


def test_a_news_portals_motto_without_a_document_number_still_goes():
    art = cx.extract("Tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính\n\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + LEGAL_BODY)
    assert "Độc lập - Tự do - Hạnh phúc" in _removed(art)
    assert "Độc lập" not in art.text


@pytest.mark.parametrize("heading", ["THÔNG TƯ", "NGHỊ ĐỊNH", "CHỈ THỊ"])
def test_a_legal_texts_type_heading_is_no_byline(heading):
    art = cx.extract("BỘ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                     "Số: 08/2004/TT-BNV\n\nHà Nội, ngày 18 tháng 02 năm 2004\n\n" + heading
                     + "\n\nHướng dẫn chế độ phụ cấp\n\n" + LEGAL_BODY)
    assert art.byline != heading
    assert (heading, "byline") not in [(r.text, r.reason) for r in art.removed]
    assert heading in art.text.splitlines()


def test_an_authors_name_in_capitals_is_still_a_byline():
    art = cx.extract("Hội nghị tổng kết công tác cải cách hành chính\n\n" + BODY + "\nMINH ANH")
    assert art.byline == "MINH ANH"


def test_a_quoted_documents_closing_date_line_is_body():
    text = ("Tỉnh ban hành thông báo khẩn về phòng chống lũ\n\n" + BODY
            + "\nThông báo nêu rõ: \"Các cơ quan, đơn vị phải tổ chức trực ban 24/24 giờ trong suốt thời gian mưa lũ.\n\n"
            "Chủ tịch Ủy ban nhân dân tỉnh,\n\nThứ ba, ngày 3-12-2024\".\n\n"
            "Sau khi thông báo được ban hành, các huyện đã triển khai lực lượng xuống cơ sở để hỗ trợ người dân.\n")
    art = cx.extract(text)
    assert "Thứ ba, ngày 3-12-2024\"." in art.text
    assert "3-12-2024" in _facts(art, "date")


def test_a_tables_header_row_under_the_headline_is_no_byline():
    art = cx.extract("Bảng xếp hạng Chỉ số SIPAS năm 2023\n\nSTT Tỉnh Điểm\n\n1 Hải Phòng 91,25\n\n2 Quảng Ninh 90,10\n\n"
                     "Theo kết quả công bố, tỉnh Hải Phòng dẫn đầu với 91,25 điểm, tỉnh Quảng Ninh xếp thứ hai "
                     "với 90,10 điểm.")
    assert art.byline is None
    assert "STT Tỉnh Điểm" in art.text


def test_a_name_under_the_headline_is_still_the_byline():
    art = cx.extract("Tỉnh công bố kết quả Chỉ số SIPAS năm 2023\n\nMinh Anh\n\n" + BODY)
    assert art.byline == "Minh Anh"


TABLE = ("| STT | Tỉnh | Điểm | Xếp hạng |\n|---|---|---|---|\n| 1 | Hải Phòng | 91,25 | 1 |\n"
         "| 2 | Quảng Ninh | 90,10 | 2 |\n")


@pytest.mark.parametrize("text", [
    "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023\n\n" + TABLE,
    "Trang chủ\n\nBẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023\n\n" + TABLE,
    "Kết quả công bố Chỉ số CCHC năm 2023 của 63 tỉnh, thành phố\n\n" + BODY
    + "\nBẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023\n\n" + TABLE,
])
def test_a_heading_over_a_rank_table_keeps_the_tables_index(text):
    art = cx.extract(text)
    heading = "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"
    assert heading not in _removed(art)
    assert heading == art.title or heading in art.text
    ranks = [f for f in art.facts if f.type == "ranking"]
    assert len(ranks) == 2 and all(f.index == "PAR INDEX" for f in ranks)


@pytest.mark.parametrize("line", [
    "Ngày 12/4/2024, tỉnh Lào Cai xếp thứ 5/63 tỉnh, thành phố về Chỉ số PAPI năm 2023.",
    "Ngày 12/4/2024, tỉnh Lào Cai xếp thứ 5/63 về Chỉ số SIPAS …",
    "12/4/2024 - Tỉnh Lào Cai xếp thứ 5/63 về Chỉ số PAR INDEX năm 2023.",
])
def test_a_one_line_page_opening_with_a_date_is_body(line):
    art = cx.extract(line)
    assert art.removed == []
    assert "xếp thứ 5/63" in _facts(art, "ranking")
    assert "12/4/2024" in _facts(art, "date")


HEAD = "Lào Cai tăng 5 bậc về Chỉ số cải cách hành chính năm 2023\n\n"
BODY2 = "Theo kết quả công bố, tỉnh Lào Cai đạt 88,5 điểm, xếp thứ 12/63 tỉnh, thành phố, tăng 5 bậc so với năm 2022.\n"


@pytest.mark.parametrize("junk", [
    ">>> Chỉ số PAPI năm 2023: Thái Bình bứt phá xếp thứ 2 cả nước",
    "Xem thêm: Quảng Ninh dẫn đầu Chỉ số SIPAS năm 2023",
    "Tỉnh Lào Cai xếp thứ 12/63 về Chỉ số cải cách hành chính năm 2023. Ảnh: Internet",
    "Bảng xếp hạng Chỉ số cải cách hành chính năm 2023 của các tỉnh. Ảnh: Bộ Nội vụ",
    "Thứ năm, 20/04/2023 06:58 (GMT+7)",
    "Ngày đăng: 24/08/2023 | Lượt xem: 1200",
])
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_junk_holding_a_rank_or_a_date_still_goes(junk, where):
    text = (HEAD + (junk + "\n\n" if where == "top" else "") + BODY + ("\n" + junk + "\n\n" if where == "middle" else "")
            + BODY2 + ("\n" + junk + "\n" if where == "end" else ""))
    art = cx.extract(text)
    assert junk[:30] not in art.text
    assert any(junk.endswith(r) for r in _removed(art))
    assert "xếp thứ 12/63" in _facts(art, "ranking")


RANK = ("Tỉnh Lạng Sơn xếp thứ 6/63 về Chỉ số cải cách hành chính năm 2023, tăng 4 bậc so với năm 2022.\n\n"
        "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh cho biết tỉnh sẽ tiếp tục đẩy mạnh cải cách hành chính.\n")


@pytest.mark.parametrize("dateline,iso", [
    ("Hà Nội, ngày 5/3/2024", "2024-03-05"),
    ("Lạng Sơn, 05/03/2024", "2024-03-05"),
    ("TP. Hồ Chí Minh, ngày 12-4-2024", "2024-04-12"),
])
@pytest.mark.parametrize("headline", ["", "Lạng Sơn tăng 4 bậc về Chỉ số cải cách hành chính\n\n"])
def test_a_dateline_at_the_top_is_the_pages_date_not_its_headline(dateline, iso, headline):
    art = cx.extract(headline + dateline + "\n\n" + RANK)
    assert art.title != dateline
    assert art.published == iso
    assert (dateline, "metadata") in [(r.text, r.reason) for r in art.removed]
    assert "xếp thứ 6/63" in _facts(art, "ranking")


def test_a_sentence_opening_with_a_place_and_date_is_body():
    line = "Hà Nội, ngày 5/3/2024, UBND thành phố tổ chức hội nghị tổng kết công tác cải cách hành chính."
    art = cx.extract(line + "\n\n" + RANK)
    assert line in art.text
    assert "5/3/2024" in _facts(art, "date")
