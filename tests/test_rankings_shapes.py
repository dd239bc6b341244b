"""Ranking tables and lists in the shapes real pages give them (docs/format.md ``ranking``, GUIDE §8):
HTML tables flattened to one cell a line, rows written on one line (numbered, ``Hạng N -``, province
first, a grade after the numbers), header rows grouping the columns of several indices or years,
tables of one province's components, and respective lists said after the ranks. Every shape is
written for the test, with the tables and lists that must give no ranking (scores without ranks,
amounts, populations, votes, groups)."""
import pytest

import cchc_extract as cx

from conftest import check_article

LEAD = ("Sáng 15/4, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các tỉnh, thành phố trực thuộc "
        "Trung ương tại Hà Nội.\n")
KEYS = ("text", "index", "rank", "out_of", "year", "subject")


def ranks(text, keys=KEYS):
    art = check_article(cx.extract(text))
    return [tuple(getattr(f, k) for k in keys) for f in art.of_type("ranking")]


def cells(*rows):
    """A table as an HTML page's text gives it: one cell a line, a blank line between cells."""
    return "\n\n".join(c for row in rows for c in row) + "\n\n"


# ---- one cell a line ------------------------------------------------------------------------------

def test_one_cell_a_line_with_its_header():
    text = LEAD + "\nKết quả Chỉ số PAR INDEX 2023 của 63 tỉnh, thành phố như sau:\n\n" + cells(
        ("STT", "Tỉnh, thành phố", "Điểm", "Xếp hạng"),
        ("1", "Quảng Ninh", "91,00", "1"), ("2", "Hải Phòng", "89,50", "2"), ("3", "TP. Hồ Chí Minh", "89,50", "2"),
        ("4", "Bắc Giang", "88,10", "4")) + "Bộ Nội vụ đề nghị các địa phương tiếp tục cải thiện chỉ số."
    art = check_article(cx.extract(text))
    # the rank column, not the order number (two provinces share the 2nd place); out_of from the caption
    assert [(f.text, f.index, f.rank, f.out_of, f.year, f.subject) for f in art.of_type("ranking")] == [
        ("1", "PAR INDEX", 1, 63, 2023, "Quảng Ninh"), ("2", "PAR INDEX", 2, 63, 2023, "Hải Phòng"),
        ("2", "PAR INDEX", 2, 63, 2023, "Hồ Chí Minh"), ("4", "PAR INDEX", 4, 63, 2023, "Bắc Giang")]
    # the rank cells are the ones after the scores
    assert [art.text[f.start - 7:f.start] for f in art.of_type("ranking")] == ["\n91,00\n", "\n89,50\n", "\n89,50\n",
                                                                                "\n88,10\n"]
    assert [f.value for f in art.of_type("quantity")] == []  # "63 tỉnh" is the table's out_of


def test_a_header_cell_on_two_lines_and_ranks_with_their_scores():
    text = LEAD + "\nBảng xếp hạng Chỉ số SIPAS của các tỉnh, thành phố:\n\n" + cells(
        ("TT", "Tỉnh, thành phố trực thuộc", "Trung ương", "Năm 2022"),
        ("1", "Quảng Ninh", "01 (0,900)"), ("2", "Hải Phòng", "02 (0,893)"), ("3", "Long An", "02 (0,893)"),
        ("4", "Đà Nẵng", "04 (0,880)")) + "Nguồn: Bộ Nội vụ"
    assert ranks(text) == [("01", "SIPAS", 1, None, 2022, "Quảng Ninh"), ("02", "SIPAS", 2, None, 2022, "Hải Phòng"),
                           ("02", "SIPAS", 2, None, 2022, "Long An"), ("04", "SIPAS", 4, None, 2022, "Đà Nẵng")]


def test_province_first_cells_without_a_header():
    text = LEAD + "\nBảng xếp hạng PAPI 2023:\n\n" + cells(
        ("Thừa Thiên - Huế", "46,04", "1"), ("Thái Nguyên", "45,78", "2"), ("Bắc Ninh", "45,70", "3")) + \
        "Ghi chú: theo UNDP."
    assert ranks(text) == [("1", "PAPI", 1, None, 2023, "Thừa Thiên Huế"), ("2", "PAPI", 2, None, 2023, "Thái Nguyên"),
                           ("3", "PAPI", 3, None, 2023, "Bắc Ninh")]


def test_components_of_one_province_one_cell_a_line():
    text = LEAD + "\nKết quả các chỉ số thành phần PAPI 2023 của tỉnh Lâm Đồng:\n" + cells(
        ("Chỉ số thành phần", "Điểm", "Xếp hạng"), ("Công khai minh bạch", "5,8", "12"),
        ("Trách nhiệm giải trình", "4,3", "20"), ("Kiểm soát tham nhũng", "6,1", "33"))
    assert ranks(text, ("index", "component", "rank", "year", "subject")) == [
        ("PAPI", "Công khai minh bạch", 12, 2023, "Lâm Đồng"), ("PAPI", "Trách nhiệm giải trình", 20, 2023, "Lâm Đồng"),
        ("PAPI", "Kiểm soát tham nhũng", 33, 2023, "Lâm Đồng")]


# ---- rows written on one line -----------------------------------------------------------------------

@pytest.mark.parametrize("rows, expected_text", [
    ("1 Quảng Ninh 91,00\n2 Hải Phòng 89,50\n3 Hà Nội 88,10", ["1", "2", "3"]),
    ("1. Quảng Ninh: 91,00 điểm\n2. Hải Phòng: 89,50 điểm\n3. Hà Nội: 88,10 điểm", ["1", "2", "3"]),
    ("Hạng 1 - Quảng Ninh (91,00 điểm)\nHạng 2 - Hải Phòng (89,50 điểm)\nHạng 3 - Hà Nội (88,10 điểm)", ["1", "2", "3"]),
    ("Hạng 1: Quảng Ninh (91,00)\nHạng 2: Hải Phòng (89,50)\nHạng 3: Hà Nội (88,10)", ["1", "2", "3"]),
    ("1. Quảng Ninh: đạt 91,00%\n2. Hải Phòng: đạt 89,50%\n3. Hà Nội: đạt 88,10%", ["1", "2", "3"]),
])
def test_rows_on_one_line_under_an_index_caption(rows, expected_text):
    # the scores fall with the numbers: a ranking even when the caption only says "Kết quả"
    text = LEAD + "Kết quả Chỉ số PAR INDEX 2023 của 63 tỉnh, thành phố như sau:\n" + rows
    assert ranks(text) == [(t, "PAR INDEX", k + 1, 63, 2023, p) for k, (t, p) in
                           enumerate(zip(expected_text, ["Quảng Ninh", "Hải Phòng", "Hà Nội"]))]


def test_a_header_line_of_words_cuts_the_columns():
    # tabs come out of the page reader as spaces; the header's words still name the columns
    text = LEAD + ("Bảng xếp hạng PAR INDEX 2023:\nSTT\tTỉnh, thành phố\tĐiểm\tXếp hạng\n1\tQuảng Ninh\t91,00\t1\n"
                   "2\tHải Phòng\t89,50\t2\n3\tHà Nội\t89,50\t2")
    assert ranks(text, ("rank", "subject")) == [(1, "Quảng Ninh"), (2, "Hải Phòng"), (2, "Hà Nội")]


def test_province_first_rows_with_an_unlabelled_rank_column():
    text = LEAD + "Bảng xếp hạng PAR INDEX 2023:\nQuảng Ninh | 91,00 | 1\nHải Phòng | 89,50 | 2\nHà Nội | 89,50 | 2\n"
    assert ranks(text) == [("1", "PAR INDEX", 1, None, 2023, "Quảng Ninh"), ("2", "PAR INDEX", 2, None, 2023, "Hải Phòng"),
                           ("2", "PAR INDEX", 2, None, 2023, "Hà Nội")]


def test_wide_rows_of_component_scores_with_the_rank_and_a_grade():
    text = ("Sáng 11/4, VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh năm 2023 tại Hà Nội.\nBảng chỉ số PCI 2023\n"
            "Tỉnh Gia nhập thị trường Tiếp cận đất đai Tính minh bạch Điểm số PCI Bảng xếp hạng Xếp loại PCI\n"
            "Quảng Ninh 7.98 7.39 6.31 73.02 1 Rất tốt\nHải Phòng 6.52 6.77 6.82 70.61 2 Tốt\n"
            "TT-Huế 7.02 7.05 6.47 69.24 3 Khá\nBRVT 6.48 7.01 6.07 69.24 3 Khá\n")
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("PCI", 1, 2023, "Quảng Ninh"), ("PCI", 2, 2023, "Hải Phòng"), ("PCI", 3, 2023, "Thừa Thiên Huế"),
        ("PCI", 3, 2023, "Bà Rịa - Vũng Tàu")]


def test_numbered_names_only_under_a_ranking_heading():
    text = LEAD + "XẾP HẠNG DTI 2022 CÁC TỈNH, THÀNH PHỐ\n1 TP. Đà Nẵng\n2 TP. Hồ Chí Minh\n3 Quảng Ninh\n"
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("DTI", 1, 2022, "Đà Nẵng"), ("DTI", 2, 2022, "Hồ Chí Minh"), ("DTI", 3, 2022, "Quảng Ninh")]


def test_detailed_rows_whose_first_score_is_not_the_total():
    text = LEAD + ("Xếp hạng chi tiết DTI 2022 các tỉnh, thành phố:\n1 TP. Đà Nẵng 1.0000 0.9000 0.8253\n"
                   "2 TP. Hồ Chí Minh 0.8917 0.9000 0.8258\n3 Quảng Ninh 0.9581 0.9000 0.7648\n")
    assert ranks(text, ("rank", "subject")) == [(1, "Đà Nẵng"), (2, "Hồ Chí Minh"), (3, "Quảng Ninh")]


# ---- columns of several indices and years; the year of the table ----------------------------------

def test_header_rows_grouping_the_columns_of_two_indices():
    text = LEAD + ("Kết quả của các tỉnh Tây Nguyên:\n| Tỉnh | PAR INDEX 2023 | | SIPAS 2022 | |\n"
                   "| | Điểm | Xếp hạng | Điểm | Xếp hạng |\n| Lâm Đồng | 88,1 | 10 | 85,0 | 20 |\n"
                   "| Gia Lai | 86,2 | 15 | 87,3 | 8 |\n")
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("PAR INDEX", 10, 2023, "Lâm Đồng"), ("SIPAS", 20, 2022, "Lâm Đồng"),
        ("PAR INDEX", 15, 2023, "Gia Lai"), ("SIPAS", 8, 2022, "Gia Lai")]


def test_a_rank_column_takes_the_index_of_the_score_column_on_its_left():
    text = LEAD + ("Kết quả của các tỉnh như sau:\n| Tỉnh | PAR INDEX 2023 | Xếp hạng | SIPAS 2023 | Xếp hạng |\n"
                   "| Quảng Ninh | 91,00 | 1 | 89,2 | 1 |\n| Hải Phòng | 89,50 | 2 | 88,5 | 3 |\n")
    assert ranks(text, ("index", "rank", "subject")) == [
        ("PAR INDEX", 1, "Quảng Ninh"), ("SIPAS", 1, "Quảng Ninh"), ("PAR INDEX", 2, "Hải Phòng"), ("SIPAS", 3, "Hải Phòng")]


def test_a_rank_column_of_an_earlier_year_keeps_it():
    text = LEAD + ("Thứ hạng PAR INDEX của các tỉnh qua các năm:\n| Tỉnh | Xếp hạng 2022 | Xếp hạng 2023 |\n"
                   "| Lâm Đồng | 12 | 10 |\n| Gia Lai | 20 | 15 |\n")
    assert ranks(text, ("rank", "year", "subject")) == [
        (12, 2022, "Lâm Đồng"), (10, 2023, "Lâm Đồng"), (20, 2022, "Gia Lai"), (15, 2023, "Gia Lai")]


def test_a_year_compared_with_in_the_caption_is_not_the_tables_year():
    text = ("Chỉ số cải cách hành chính năm 2023 được công bố sáng nay tại Hà Nội.\n"
            "Bảng xếp hạng Chỉ số CCHC của các tỉnh, nhiều tỉnh tăng bậc so với năm 2022:\n"
            "| Tỉnh | Điểm | Xếp hạng |\n| Lâm Đồng | 88,1 | 10 |\n| Gia Lai | 86,2 | 15 |\n")
    assert ranks(text, ("rank", "year")) == [(10, 2023), (15, 2023)]


def test_the_year_of_the_heading_carries_to_the_rows():
    text = LEAD + ("Chỉ số PAPI năm 2022\nBảng xếp hạng các tỉnh dẫn đầu:\n| STT | Tỉnh | Điểm |\n"
                   "| 1 | Quảng Ninh | 47,1 |\n| 2 | Hải Phòng | 46,5 |\n")
    assert ranks(text, ("index", "rank", "year")) == [("PAPI", 1, 2022), ("PAPI", 2, 2022)]


def test_components_of_one_province_in_a_pipe_table():
    text = LEAD + ("Kết quả các chỉ số thành phần PAPI 2023 của tỉnh Lâm Đồng:\n| Chỉ số thành phần | Điểm | Xếp hạng |\n"
                   "| Công khai, minh bạch | 5,8 | 12 |\n| Trách nhiệm giải trình | 4,3 | 20 |\n")
    assert ranks(text, ("component", "rank", "subject")) == [
        ("Công khai, minh bạch", 12, "Lâm Đồng"), ("Trách nhiệm giải trình", 20, "Lâm Đồng")]


# ---- prose lists ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Quảng Ninh dẫn đầu PAR INDEX 2023. Đứng thứ 2, 3 lần lượt là Hải Phòng và Hà Nội.",
     [(1, "Quảng Ninh"), (2, "Hải Phòng"), (3, "Hà Nội")]),
    ("Về SIPAS 2023, xếp thứ 2, 3 và 4 lần lượt thuộc về Thái Nguyên, Hải Dương và Bắc Giang.",
     [(2, "Thái Nguyên"), (3, "Hải Dương"), (4, "Bắc Giang")]),
])
def test_ranks_said_before_the_provinces_listed_after_lan_luot(text, expected):
    assert ranks(text, ("rank", "subject")) == expected


@pytest.mark.parametrize("text, expected", [
    # a range of places, as many provinces after it
    ("Về PAR INDEX 2023, các vị trí từ 2 đến 4 lần lượt thuộc về Hải Phòng, Hà Nội và Bắc Giang.",
     [("Hải Phòng", 2, "Hải Phòng"), ("Hà Nội", 3, "Hà Nội"), ("Bắc Giang", 4, "Bắc Giang")]),
    # words between the count's noun and "cao nhất"; "TP.HCM" is one name, not the clause's end
    ("3 tỉnh, thành phố có chỉ số DTI cao nhất năm 2023 lần lượt là Đà Nẵng, TP.HCM và Thừa Thiên Huế.",
     [("Đà Nẵng", 1, "Đà Nẵng"), ("TP.HCM", 2, "Hồ Chí Minh"), ("Thừa Thiên Huế", 3, "Thừa Thiên Huế")]),
    ("3 tỉnh dẫn đầu DTI 2023 lần lượt là Đà Nẵng, TP. Hồ Chí Minh và Thừa Thiên Huế.",
     [("Đà Nẵng", 1, "Đà Nẵng"), ("TP. Hồ Chí Minh", 2, "Hồ Chí Minh"), ("Thừa Thiên Huế", 3, "Thừa Thiên Huế")]),
    # the province after the index named after the rank word
    ("Đứng đầu bảng xếp hạng PCI 2023 là Quảng Ninh, tiếp theo lần lượt là Long An, Hải Phòng.",
     [("Đứng đầu", 1, "Quảng Ninh"), ("Long An", 2, "Long An"), ("Hải Phòng", 3, "Hải Phòng")]),
    ("Quảng Ninh dẫn đầu PAR INDEX 2023, tiếp theo lần lượt là Hải Phòng (89,50), Hà Nội (88,10)... Các tỉnh khác "
     "thấp hơn.", [("dẫn đầu", 1, "Quảng Ninh"), ("Hải Phòng", 2, "Hải Phòng"), ("Hà Nội", 3, "Hà Nội")]),
])
def test_prose_lists(text, expected):
    assert ranks(text, ("text", "rank", "subject")) == expected


@pytest.mark.parametrize("text", [
    "Về PAR INDEX 2023, các vị trí từ 2 đến 4 lần lượt thuộc về Hải Phòng và Hà Nội.",  # fewer names than ranks
    "Về PAR INDEX 2023, các vị trí từ 2 đến 4 lần lượt thuộc về các tỉnh miền Bắc.",
])
def test_a_range_without_as_many_provinces_is_no_ranking(text):
    assert ranks(text) == []


@pytest.mark.parametrize("text", [
    # a group of leaders or of last places, with no rank for each (GUIDE: a list ranks in order after "lần lượt",
    # or after a first place: tests/test_rankings_round6.py)
    "Về PAR INDEX 2023, nhóm cuối bảng gồm Quảng Ngãi, Kon Tum và Bình Phước.",
    "Các tỉnh dẫn đầu về chỉ số PAPI năm 2023 là: Thừa Thiên Huế (46,04 điểm), Thái Nguyên (45,78 điểm), "
    "Bắc Ninh (45,70 điểm).",
])
def test_groups_are_not_ranked(text):
    assert [r for r in ranks(text, ("rank", "subject")) if r[0] != 1] == []


# ---- tables and lists that rank nothing --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # scores without ranks, not in order
    "Điểm Chỉ số PAR INDEX 2023 của một số tỉnh như sau:\nQuảng Ninh: 91,00 điểm\nHải Phòng: 89,50 điểm\n"
    "Hà Nội: 92,10 điểm\n",
    "Điểm Chỉ số PAR INDEX 2023 của một số tỉnh:\n" + cells(("Tỉnh", "Điểm"), ("Quảng Ninh", "91,00"),
                                                         ("Hà Nội", "92,10"), ("Hải Phòng", "89,50")),
    # numbered rows whose scores rise: a list, not a ranking
    "Kết quả Chỉ số PAR INDEX 2023 của các tỉnh:\n1 Hà Giang 80,00\n2 Lào Cai 85,50\n3 Sơn La 88,10\n",
    # amounts, not index scores, under an index named in the caption
    "Kinh phí thực hiện PAR INDEX 2023 của các tỉnh (triệu đồng):\n1 Hà Nội 420.000\n2 Hồ Chí Minh 400.000\n"
    "3 Bình Dương 170.000\n",
    # budget and population tables
    "Dự toán thu ngân sách năm 2024 của các tỉnh (tỷ đồng):\n1 Hà Nội 420.000\n2 Hồ Chí Minh 400.000\n"
    "3 Bình Dương 70.000\n",
    "Dân số các tỉnh năm 2023 (nghìn người):\n" + cells(("STT", "Tỉnh", "Dân số"), ("1", "Hà Nội", "8.435"),
                                                      ("2", "Hồ Chí Minh", "9.389"), ("3", "Thanh Hóa", "3.722")),
    # vote counts
    "Kết quả bầu chọn tỉnh có Chỉ số PAPI ấn tượng nhất:\n1. Hà Giang: 1.250 phiếu\n2. Lào Cai: 1.100 phiếu\n"
    "3. Sơn La: 900 phiếu\n",
    # numbered provinces by a rate, under a caption naming the index the rate belongs to
    "Tỷ lệ hồ sơ trực tuyến, một tiêu chí của Chỉ số DTI 2023, của các tỉnh:\n1. Hà Nội 95%\n2. Hải Phòng 90%\n"
    "3. Bắc Ninh 85%\n",
    # a list of provinces taking part
    "Các tỉnh tham gia khảo sát PAPI 2023 gồm:\n1. Hà Giang\n2. Lào Cai\n3. Sơn La\n",
    # a schedule: dates, not ranks
    "Lịch công bố PAR INDEX 2023 tại các tỉnh:\nQuảng Ninh 15/4\nHải Phòng 16/4\nHà Nội 17/4\n",
    # sport, one cell a line
    "Bảng xếp hạng V-League 2023 sau vòng 10, Chỉ số PAR INDEX không liên quan:\n" + cells(
        ("Hạng", "CLB", "Điểm"), ("1", "Nam Định", "25"), ("2", "Hà Nội", "22"), ("3", "Thanh Hóa", "20")),
])
def test_tables_that_are_no_ranking(body):
    assert ranks(LEAD + body) == []


def test_the_index_of_the_lead_a_few_lines_before_the_table():
    text = ("Sáng 15/4, Bộ Nội vụ công bố Chỉ số PAR INDEX và SIPAS năm 2023 tại Hà Nội, nhiều tỉnh tăng bậc.\n"
            "Về SIPAS 2023, kết quả của các tỉnh dẫn đầu được công bố như sau, theo báo cáo của Bộ.\n"
            "Bảng 2\nNguồn: Bộ Nội vụ\n| Tỉnh | Điểm | Xếp hạng |\n| Quảng Ninh | 89,2 | 1 |\n| Thái Nguyên | 88,5 | 2 |\n")
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("SIPAS", 1, 2023, "Quảng Ninh"), ("SIPAS", 2, 2023, "Thái Nguyên")]


def test_a_long_table_with_its_header_repeated_is_one_table():
    head = ("STT", "Tỉnh, thành phố", "Điểm", "Xếp hạng")
    text = LEAD + "\nBảng xếp hạng Chỉ số PAR INDEX 2023 của 63 tỉnh, thành phố:\n\n" + cells(
        head, ("1", "Quảng Ninh", "91,00", "1"), ("2", "Hải Phòng", "89,50", "2"),
        head, ("3", "Hồ Chí Minh", "88,10", "3"), ("4", "Bắc Giang", "87,00", "4")) + "Nguồn: Bộ Nội vụ"
    assert ranks(text, ("rank", "out_of", "year", "subject")) == [
        (1, 63, 2023, "Quảng Ninh"), (2, 63, 2023, "Hải Phòng"), (3, 63, 2023, "Hồ Chí Minh"), (4, 63, 2023, "Bắc Giang")]


def test_columns_headed_by_indices_under_a_caption_of_ranks():
    text = LEAD + ("Thứ hạng các chỉ số năm 2023 của các tỉnh Tây Nguyên:\n| Tỉnh | PAR INDEX | SIPAS | PAPI |\n"
                   "| Lâm Đồng | 12 | 20 | 30 |\n| Gia Lai | 40 | 8 | 33 |\n")
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("PAR INDEX", 12, 2023, "Lâm Đồng"), ("SIPAS", 20, 2023, "Lâm Đồng"), ("PAPI", 30, 2023, "Lâm Đồng"),
        ("PAR INDEX", 40, 2023, "Gia Lai"), ("SIPAS", 8, 2023, "Gia Lai"), ("PAPI", 33, 2023, "Gia Lai")]


def test_an_index_a_row_and_a_year_a_column():
    text = LEAD + ("Thứ hạng các chỉ số của tỉnh Lâm Đồng qua các năm:\n| Chỉ số | 2021 | 2022 | 2023 |\n"
                   "| PAR INDEX | 20 | 15 | 12 |\n| SIPAS | 30 | 25 | 10/63 |\n")
    assert ranks(text) == [
        ("20", "PAR INDEX", 20, None, 2021, "Lâm Đồng"), ("15", "PAR INDEX", 15, None, 2022, "Lâm Đồng"),
        ("12", "PAR INDEX", 12, None, 2023, "Lâm Đồng"), ("30", "SIPAS", 30, None, 2021, "Lâm Đồng"),
        ("25", "SIPAS", 25, None, 2022, "Lâm Đồng"), ("10/63", "SIPAS", 10, 63, 2023, "Lâm Đồng")]


def test_columns_headed_by_years_under_a_caption_of_ranks():
    text = LEAD + ("Thứ hạng PAR INDEX của các tỉnh Tây Nguyên qua các năm:\n| Tỉnh | 2021 | 2022 | 2023 |\n"
                   "| Lâm Đồng | 20 | 15 | 12 |\n| Gia Lai | 30 | 25 | 10 |\n")
    assert ranks(text, ("rank", "year", "subject")) == [
        (20, 2021, "Lâm Đồng"), (15, 2022, "Lâm Đồng"), (12, 2023, "Lâm Đồng"),
        (30, 2021, "Gia Lai"), (25, 2022, "Gia Lai"), (10, 2023, "Gia Lai")]


@pytest.mark.parametrize("body", [
    # scores by year, the caption says "điểm", not ranks
    "Điểm PAR INDEX của các tỉnh Tây Nguyên qua các năm:\n| Tỉnh | 2021 | 2022 | 2023 |\n| Lâm Đồng | 80 | 85 | 87 |\n"
    "| Gia Lai | 79 | 82 | 86 |\n",
    # rows in the order of a count or a rate, under a caption that names the index
    "Số thủ tục hành chính PAR INDEX ghi nhận, xếp hạng theo năm:\n| Tỉnh | 2021 | 2022 |\n| Lâm Đồng | 120 | 150 |\n"
    "| Gia Lai | 90 | 95 |\n",
    "Tỷ lệ hồ sơ trực tuyến của các tỉnh dẫn đầu về DTI 2023:\n1. Hà Nội: 95%\n2. Hải Phòng: 90%\n3. Bắc Ninh: 85%\n",
    # scores of several indices, the caption says "điểm", not ranks
    "Điểm các chỉ số năm 2023 của các tỉnh Tây Nguyên:\n| Tỉnh | PAR INDEX | SIPAS | PAPI |\n"
    "| Lâm Đồng | 82 | 80 | 43 |\n| Gia Lai | 80 | 81 | 42 |\n",
    "Điểm các chỉ số của tỉnh Lâm Đồng qua các năm:\n| Chỉ số | 2021 | 2022 | 2023 |\n| PAR INDEX | 80 | 82 | 85 |\n"
    "| PAPI | 42 | 43 | 44 |\n",
])
def test_scores_of_indices_by_column_or_row_are_no_ranks(body):
    assert ranks(LEAD + body) == []


def test_a_change_after_the_score_of_a_numbered_row():
    text = LEAD + ("Theo đó, Quảng Ninh dẫn đầu PAR INDEX 2023.\nBảng xếp hạng PAR INDEX 2023 của 63 tỉnh:\n"
                   "1. Quảng Ninh: 91,00 điểm (tăng 2 bậc)\n2. Hải Phòng: 89,50 điểm (giảm 1 bậc)\n3. Hà Nội: 88,10 điểm (+3)\n"
                   "4. Bắc Giang: 87,00 điểm")
    assert ranks(text, ("text", "rank", "out_of", "change")) == [
        ("dẫn đầu", 1, None, None), ("1", 1, 63, 2), ("2", 2, 63, -1), ("3", 3, 63, 3), ("4", 4, 63, None)]


def test_numbered_votes_that_fall_are_no_ranking():
    # only a grade may follow a row's numbers ("Rất tốt", "Khá"), not a unit of something else
    text = LEAD + ("Kết quả bầu chọn tỉnh có Chỉ số PAPI ấn tượng nhất:\n1. Hà Giang: 95 phiếu\n2. Lào Cai: 90 phiếu\n"
                   "3. Sơn La: 85 phiếu\n")
    assert ranks(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kết quả DTI cấp tỉnh năm 2020, Hải Dương xếp thứ 14. Về xếp hạng chính quyền số, kinh tế số, xã hội số, thứ hạng "
     "của tỉnh so với cả nước lần lượt là 22, 9, 13.",
     [(None, 14), ("chính quyền số", 22), ("kinh tế số", 9), ("xã hội số", 13)]),
    ("Về DTI 2023, xếp hạng các trụ cột chính quyền số, kinh tế số và xã hội số của tỉnh lần lượt là 12, 13 và 14.",
     [("chính quyền số", 12), ("kinh tế số", 13), ("xã hội số", 14)]),
    ("Về PAPI 2023, vị trí của tỉnh ở các trục công khai minh bạch và kiểm soát tham nhũng lần lượt là 12 và 30.",
     [("công khai minh bạch", 12), ("kiểm soát tham nhũng", 30)]),
])
def test_numbers_listed_after_lan_luot_rank_the_components_named_before(text, expected):
    assert ranks(text, ("component", "rank")) == expected


def test_numbers_listed_after_lan_luot_rank_the_provinces_named_before():
    assert ranks("Về PAR INDEX 2023, thứ hạng của Hà Nội, Hải Phòng lần lượt là 3 và 2.", ("text", "rank", "subject")) == [
        ("3", 3, "Hà Nội"), ("2", 2, "Hải Phòng")]


@pytest.mark.parametrize("text", [
    "Về PAR INDEX 2023, thứ hạng của tỉnh qua 3 năm lần lượt là 22, 9, 13.",  # no names listed
    "Về PAR INDEX 2023, số hồ sơ của 3 huyện lần lượt là 22, 9, 13.",  # counts, not ranks
    "Về PAR INDEX 2023, điểm của Hà Nội, Hải Phòng lần lượt là 91 và 90 điểm.",
])
def test_numbers_after_lan_luot_that_are_no_ranks(text):
    assert ranks(text) == []


def test_a_respective_list_of_provinces_written_with_their_kind():
    text = ("Cụ thể, 3 vị trí dẫn đầu Chỉ số SIPAS năm 2023 lần lượt thuộc về tỉnh Quảng Ninh, tỉnh Thái Nguyên và "
            "thành phố Hải Phòng. Các tỉnh khác có kết quả thấp hơn.")
    assert ranks(text, ("text", "rank", "subject")) == [
        ("tỉnh Quảng Ninh", 1, "Quảng Ninh"), ("tỉnh Thái Nguyên", 2, "Thái Nguyên"), ("thành phố Hải Phòng", 3, "Hải Phòng")]


def test_a_count_of_years_before_a_rank_word_is_no_count_of_leaders():
    # "5 năm liên tiếp giữ vững vị trí đầu tiên": the top place; a range in the index's parenthesis dates it by its end
    text = "Tỉnh Quảng Ninh đã 5 năm liên tiếp giữ vững vị trí đầu tiên trên bảng xếp hạng Chỉ số SIPAS (2019-2023)."
    assert ranks(text, ("index", "rank", "year")) == [("SIPAS", 1, 2023)]
    # a count of provinces still is one
    assert ranks("Tỉnh nằm trong nhóm 10 tỉnh dẫn đầu về Chỉ số SIPAS năm 2023.") == []


def test_the_value_of_an_index_is_its_score_not_a_measure():
    text = ("Bộ TT&TT công bố Chỉ số chuyển đổi số năm 2023 của các tỉnh hôm nay tại Hà Nội.\n"
            "Bảng xếp hạng giá trị DTI 2023 các tỉnh dẫn đầu:\n1. Đà Nẵng: 0,78\n2. Hà Nội: 0,70\n3. Bắc Ninh: 0,65")
    assert ranks(text, ("index", "rank", "subject")) == [("DTI", 1, "Đà Nẵng"), ("DTI", 2, "Hà Nội"), ("DTI", 3, "Bắc Ninh")]


def test_markdown_emphasis_around_cells():
    text = LEAD + ("Bảng xếp hạng PAR INDEX 2023:\n| **STT** | **Tỉnh** | **Điểm** | **Xếp hạng** |\n|---|---|---|---|\n"
                   "| 1 | **Quảng Ninh** | 91,00 | **1** |\n| 2 | Hải Phòng | 89,50 | 2 |")
    assert ranks(text) == [("1", "PAR INDEX", 1, None, 2023, "Quảng Ninh"), ("2", "PAR INDEX", 2, None, 2023, "Hải Phòng")]


@pytest.mark.parametrize("body, expected", [
    # no number written in the rows: no rank is made up from their place ...
    ("Bảng xếp hạng PAPI 2023 của các tỉnh dẫn đầu:\nQuảng Ninh: 47,2 điểm\nHải Phòng: 46,1 điểm\nHà Nội: 45,0 điểm\n", []),
    # ... unless the caption lists them in order
    ("Ba tỉnh dẫn đầu PAPI 2023 lần lượt là:\nQuảng Ninh: 47,2 điểm\nHải Phòng: 46,1 điểm\nHà Nội: 45,0 điểm\n",
     [("Quảng Ninh", 1, "Quảng Ninh"), ("Hải Phòng", 2, "Hải Phòng"), ("Hà Nội", 3, "Hà Nội")]),
])
def test_rows_without_a_number_are_ranked_only_in_a_stated_order(body, expected):
    assert ranks(LEAD + body, ("text", "rank", "subject")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ba tỉnh dẫn đầu PAPI 2023 gồm Quảng Ninh, Hải Phòng và Hà Nội.", []),  # a count in words of the leaders
    ("Về PAPI 2023, tỉnh xếp thứ ba khu vực và dẫn đầu về trục công khai minh bạch.", [3, 1]),  # an ordinal, no count
])
def test_a_count_of_leaders_written_in_words(text, expected):
    assert [r[0] for r in ranks(text, ("rank",))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Bình Định đứng thứ 21 trong danh sách 30 tỉnh, thành phố có chất lượng điều hành tốt nhất trong PCI 2022.",
     [(21, 30)]),
    ("Về PCI 2022, Bình Định thứ 21 trong danh sách 30 tỉnh, thành phố.", [(21, 30)]),
    ("Về PCI 2022, Hải Phòng đứng thứ hai, Bình Định thứ 3 trong 63 tỉnh.", [(2, None), (3, 63)]),
    ("Về PCI 2022, tỉnh xếp thứ 5 trong danh sách các tỉnh được khen.", [(5, None)]),
])
def test_out_of_a_list_of_n_provinces(text, expected):
    assert ranks(text, ("rank", "out_of")) == expected


def test_a_wide_table_one_cell_a_line_whose_last_word_the_page_lost():
    head = ("Tỉnh", "Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch", "Chi phí thời gian",
            "Chi phí không chính thức", "Cạnh tranh bình đẳng", "Tính năng động", "Hỗ trợ doanh nghiệp",
            "Đào tạo lao động", "Thiết chế pháp lý", "Điểm số PCI", "Xếp hạng", "Xếp loại")
    rows = [(p, *("7,%02d" % (3 * i) for i in range(10)), s, r, g) for p, s, r, g in
            [("Quảng Ninh", "73,02", "1", "Rất tốt"), ("Hải Phòng", "70,61", "2", "Tốt"), ("Đồng Tháp", "70,53", "3", "Tốt"),
             ("Đà Nẵng", "70,53", "3", "Tốt")]]
    text = ("Sáng 11/4, VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh năm 2023 tại Hà Nội.\n\n"
            "Bảng chỉ số PCI 2023 của các tỉnh, thành phố:\n\n" + cells(head, *rows) + "Nguồn: VCCI")
    # the header's own words name the 14 columns; the rank column, not the place, gives the tie
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("PCI", 1, 2023, "Quảng Ninh"), ("PCI", 2, 2023, "Hải Phòng"), ("PCI", 3, 2023, "Đồng Tháp"), ("PCI", 3, 2023, "Đà Nẵng")]


@pytest.mark.parametrize("body, expected", [
    # a bulleted list in order: each item's place; the head's "dẫn đầu" is no rank of its own
    ("Năm tỉnh dẫn đầu PAR INDEX 2023 lần lượt là:\n- Quảng Ninh: 91,00%\n- Hải Phòng: 89,50%\n- Hà Nội: 88,10%",
     [("Quảng Ninh", 1, "Quảng Ninh"), ("Hải Phòng", 2, "Hải Phòng"), ("Hà Nội", 3, "Hà Nội")]),
    ("3 tỉnh dẫn đầu PAR INDEX 2023 lần lượt là:\n1. Quảng Ninh: 91,00%\n2. Hải Phòng: 89,50%\n3. Hà Nội: 88,10%",
     [("1", 1, "Quảng Ninh"), ("2", 2, "Hải Phòng"), ("3", 3, "Hà Nội")]),
    ("Bảng xếp hạng PAR INDEX 2023:\n• 1. Quảng Ninh: 91,00%\n• 2. Hải Phòng: 89,50%",
     [("1", 1, "Quảng Ninh"), ("2", 2, "Hải Phòng")]),
    # bullets not in a stated order: a group
    ("Các tỉnh dẫn đầu PAR INDEX 2023:\n- Quảng Ninh: 91,00%\n- Hải Phòng: 89,50%\n- Hà Nội: 88,10%", []),
])
def test_bulleted_lists(body, expected):
    assert ranks(LEAD + body, ("text", "rank", "subject")) == expected
