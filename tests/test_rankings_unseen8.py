"""Rankings of the forms found on pages the rules were not written against: for each class, sentences and
tables written for these tests (none is copied from a page), and the confusable shapes that must give no
ranking or no extra one. Each expected ranking is (index, rank, out_of, year, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article

P, S, A, C, D = "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"
KEYS = ("index", "rank", "out_of", "year", "subject")


def ranks(text):
    art = check_article(cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in KEYS) for f in art.of_type("ranking")), key=repr)


# ---- a list after the first place, said with "kế sau là" / "tiếp đó là": bodies too, also in the sentence after

LISTS = [
    ('Về Chỉ số CCHC năm 2015 của các bộ, Ngân hàng Nhà nước đứng đầu với 89,4%. Kế sau là Bộ Tài chính, '
     'Bộ Tư pháp và Bộ Nội vụ.',
     [(P, 1, None, 2015, None), (P, 2, None, 2015, None), (P, 3, None, 2015, None), (P, 4, None, 2015, None)]),
    ('Xếp hạng Chỉ số CCHC năm 2019 khối sở: Sở Tư pháp đứng đầu. Kế sau là Sở Nội vụ và Văn phòng UBND tỉnh.',
     [(P, 1, None, 2019, None), (P, 2, None, 2019, None), (P, 3, None, 2019, None)]),
    ('Về DTI năm 2021, Đà Nẵng xếp thứ nhất, tiếp đó là Thừa Thiên Huế, Bắc Ninh.',
     [(D, 1, None, 2021, 'Đà Nẵng'), (D, 2, None, 2021, 'Thừa Thiên Huế'), (D, 3, None, 2021, 'Bắc Ninh')]),
    ('Theo Chỉ số PAPI năm 2020, Bến Tre dẫn đầu, kế đó là Đồng Tháp và Quảng Ninh.',
     [(A, 1, None, 2020, 'Bến Tre'), (A, 2, None, 2020, 'Đồng Tháp'), (A, 3, None, 2020, 'Quảng Ninh')]),
    # the rank said last in the text goes on, whatever the order the ranks were found in
    ('Về Chỉ số CCHC năm 2012, Bộ Tư pháp đứng đầu (đạt 80,5%), xếp thứ 2 Bộ Tài chính (đạt 79,9%), tiếp đến là '
     'Bộ Xây dựng (đạt 79,1%).',
     [(P, 1, None, 2012, None), (P, 2, None, 2012, None), (P, 3, None, 2012, None)]),
]

NOT_LISTS = [
    # an event next, not a place
    ('Về Chỉ số CCHC năm 2019, Sở Tư pháp đứng đầu. Tiếp đó là hội nghị tổng kết công tác năm của tỉnh.',
     [(P, 1, None, 2019, None)]),
    ('Về Chỉ số CCHC năm 2019, Sở Tư pháp đứng đầu. Kế sau là phần phát biểu của lãnh đạo các sở, ngành.',
     [(P, 1, None, 2019, None)]),
    # bodies do not go on a list across sentences after a word that does not say "ranked after"
    ('Về Chỉ số CCHC năm 2019, Sở Tư pháp đứng đầu. Tiếp đó là Sở Nội vụ tổ chức tập huấn cho cán bộ.',
     [(P, 1, None, 2019, None)]),
    ('Tiếp đó là hội nghị tổng kết công tác năm 2023 của UBND tỉnh Quảng Ninh.', []),
]


@pytest.mark.parametrize("text,expected", LISTS + NOT_LISTS)
def test_lists_after_a_first_place(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- "xếp hạng thứ tự N/M"; the rank of the year compared with, right after a change

EARLIER = [
    ('Chỉ số CCHC năm 2016 của Ủy ban Dân tộc đạt 75,1 điểm, xếp hạng thứ tự 15/19 đơn vị, tăng 4 bậc so với năm '
     '2015 là 19/19 đơn vị.',
     [(P, 15, 19, 2016, None), (P, 19, 19, 2015, None)]),
    ('Chỉ số PCI năm 2021 của tỉnh Hà Nam xếp hạng thứ tự 30/63, giảm 2 bậc so với năm 2020 là 28/63.',
     [(C, 30, 63, 2021, 'Hà Nam'), (C, 28, 63, 2020, 'Hà Nam')]),
]

NOT_EARLIER = [
    # a score compared with, not a rank
    ('Chỉ số CCHC năm 2016 của tỉnh Hà Nam đạt 80 điểm, so với năm 2015 là 78 điểm.', []),
    # no change right before: the year compared with is no rank's
    ('Chỉ số PCI năm 2021 của tỉnh Hà Nam xếp thứ 30/63; so với năm 2020 là bước tiến lớn.', [(C, 30, 63, 2021, 'Hà Nam')]),
]


@pytest.mark.parametrize("text,expected", EARLIER + NOT_EARLIER)
def test_ordered_rank_and_the_year_compared_with(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- years joined right before one rank: one ranking a year

YEARS = [
    ('Về Chỉ số PCI, năm 2017 và 2018 tỉnh Cao Bằng đều xếp hạng 62, năm 2019 đứng thứ 60.',
     [(C, 62, None, 2017, 'Cao Bằng'), (C, 62, None, 2018, 'Cao Bằng'), (C, 60, None, 2019, 'Cao Bằng')]),
    ('Chỉ số SIPAS của tỉnh Ninh Bình các năm 2020, 2021 và 2022 đều xếp thứ 3/63.',
     [(S, 3, 63, 2020, 'Ninh Bình'), (S, 3, 63, 2021, 'Ninh Bình'), (S, 3, 63, 2022, 'Ninh Bình')]),
]

NOT_YEARS = [
    # years compared with are not ranked
    ('Chỉ số PCI của tỉnh Cao Bằng tăng mạnh so với năm 2019 và 2020 xếp hạng 50 cả nước.', 1),
    # a year of its own before the rank
    ('Sau các năm 2019 và 2020 khó khăn, năm 2021 Chỉ số PCI của tỉnh Cao Bằng xếp hạng 50.', 1),
]


@pytest.mark.parametrize("text,expected", YEARS)
def test_years_joined_share_a_rank(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


@pytest.mark.parametrize("text,n", NOT_YEARS)
def test_years_not_joined_to_the_rank(text, n):
    assert len(ranks(text)) == n


# ---- "xếp thứ hạng cao nhất": the first place, not the best place ever

TOP = [
    ('Ở khối UBND huyện, thị xã, UBND thị xã Hòa Thành là địa phương xếp thứ hạng cao nhất về Chỉ số CCHC năm 2022.',
     [(P, 1, None, 2022, None)]),
    ('Theo kết quả Chỉ số CCHC năm 2020 của các sở, Sở Công Thương đứng thứ hạng cao nhất với 95,2%.',
     [(P, 1, None, 2020, None)]),
]

TOP += [
    ('Về Chỉ số Xanh cấp tỉnh (PGI) 2023, Bắc Ninh có vị trí cao nhất. Các vị trí tiếp theo thuộc về Đà Nẵng và Hưng Yên.',
     [('PGI', 1, None, 2023, 'Bắc Ninh'), ('PGI', 2, None, 2023, 'Đà Nẵng'), ('PGI', 3, None, 2023, 'Hưng Yên')]),
    ('Theo Chỉ số PAPI năm 2021, Thừa Thiên Huế là tỉnh có vị trí cao nhất. Theo sau là Quảng Bình và Bình Định.',
     [(A, 1, None, 2021, 'Thừa Thiên Huế'), (A, 2, None, 2021, 'Quảng Bình'), (A, 3, None, 2021, 'Bình Định')]),
]

NOT_TOP = [
    ('Chỉ số PCI năm 2023 của tỉnh Bắc Ninh có vị trí cao nhất từ trước tới nay.', []),
    ('Năm 2021, Chỉ số CCHC của tỉnh tăng 5 bậc, xếp thứ hạng cao nhất từ trước đến nay.', []),
    ('Chỉ số PCI năm 2022 của tỉnh xếp thứ hạng cao nhất trong lịch sử tham gia xếp hạng.', []),
    ('Chỉ số PCI năm 2022 của tỉnh đạt thứ hạng cao nhất trong 10 năm qua.', []),
]


@pytest.mark.parametrize("text,expected", TOP + NOT_TOP)
def test_highest_rank_is_first(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- tables: a header of "Năm YYYY" columns over a "Xếp hạng" row; numbered bodies whose scores fall

YEAR_TABLE = ("Chỉ số PCI của tỉnh Hà Giang qua các năm\n"
              "Chỉ số Năm 2019 Năm 2020 Năm 2021\n"
              "Tính minh bạch 5.10 5.32 5.60\n"
              "PCI 60.11 61.16 62.02\n"
              "Xếp hạng 58 61 59\n")

DISTRICTS = ("Kết quả Chỉ số CCHC năm 2019 của các huyện, thị xã như sau:\n"
             "STT\nHuyện, thị xã\nTổng điểm\nChỉ số CCHC 2019\n"
             "1\nThị xã Ninh Hòa\n86,10\n86,10%\n"
             "2\nHuyện Vạn Ninh\n84,20\n84,20%\n"
             "3\nHuyện Diên Khánh\n80,05\n80,05%\n"
             "4\nHuyện Cam Lâm\n78,40\n78,40%\n")

DEPARTMENTS = ("Chỉ số CCHC năm 2020 của các sở, ban, ngành:\n\n"
               "| STT | Đơn vị | Tổng điểm | Chỉ số CCHC 2020 |\n|---|---|---|---|\n"
               "| 1 | Sở Tư pháp | 91,20 | 91,20% |\n| 2 | Sở Nội vụ | 90,05 | 90,05% |\n"
               "| 3 | Văn phòng UBND tỉnh | 88,70 | 88,70% |\n| 4 | Sở Y tế | 80,10 | 80,10% |\n")


def test_year_header_table():
    assert ranks(YEAR_TABLE) == sorted([(C, 58, None, 2019, 'Hà Giang'), (C, 61, None, 2020, 'Hà Giang'),
                                        (C, 59, None, 2021, 'Hà Giang')], key=repr)


def test_year_header_needs_years_each_a_column():
    # a row of a province's numbers that happen to be years is no header
    assert _rank_tables_year_header("Quảng Ninh 2019 2020 2021") is None
    assert _rank_tables_year_header("Chỉ số Năm 2019 Năm 2020 Năm 2021") is not None
    assert _rank_tables_year_header("Năm 2019 Năm 2020 Năm 2021") is not None


def _rank_tables_year_header(line):
    from cchc_extract.extractors import _rank_tables
    return _rank_tables._year_header(line, 0, 2.0)


def test_numbered_districts_one_cell_a_line():
    assert ranks(DISTRICTS) == [(P, k, None, 2019, None) for k in (1, 2, 3, 4)]


def test_numbered_departments_pipe_table():
    assert ranks(DEPARTMENTS) == [(P, k, None, 2020, None) for k in (1, 2, 3, 4)]


def test_numbered_bodies_with_rising_scores_are_not_ranked():
    rising = DISTRICTS.replace("86,10\n86,10%", "76,10\n76,10%").replace("78,40\n78,40%", "88,40\n88,40%")
    assert ranks(rising) == []


def test_numbered_bodies_without_an_index_are_not_ranked():
    table = ("Danh sách các đơn vị tham dự hội nghị năm 2019 như sau:\n"
             "STT\nĐơn vị\nSố đại biểu\n1\nHuyện Vạn Ninh\n12\n2\nHuyện Diên Khánh\n10\n"
             "3\nHuyện Cam Lâm\n8\n4\nThị xã Ninh Hòa\n5\n")
    assert ranks(table) == []
    scores = DEPARTMENTS.replace("Chỉ số CCHC năm 2020 của các sở, ban, ngành:", "Điểm thi đua năm 2020 của các sở:") \
                        .replace("Chỉ số CCHC 2020", "Điểm thi đua")
    assert ranks(scores) == []


# ---- counter-examples of the round: rates, scores without ranks, an unnamed international ranking

@pytest.mark.parametrize("text", [
    "Huyện Vạn Ninh dẫn đầu toàn tỉnh về tỷ lệ hồ sơ trực tuyến với 98,5%, kế sau là huyện Diên Khánh.",
    "Chỉ số CCHC năm 2022 của tỉnh đạt 86,78 điểm, cao hơn năm 2021 là 85,10 điểm.",
    "Việt Nam xếp hạng 55 toàn cầu về chỉ số đổi mới sáng tạo năm 2023, kế sau là Indonesia.",
])
def test_no_ranking(text):
    assert ranks(text) == []


# ---- an index of its own named by an acronym with its edition's year in the parentheses

def test_acronym_with_year_in_parentheses():
    text = ("Bộ TN&MT công bố kết quả Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm 2021 của các tỉnh, thành phố "
            "trực thuộc Trung ương (PEPI 2021). Theo đó, tỉnh Trà Vinh xếp thứ 3 với 77,52 điểm.")
    assert ranks(text) == [('PEPI', 3, None, 2021, 'Trà Vinh')]


def test_acronym_of_an_economic_figure_is_no_index():
    text = "Chỉ số giá tiêu dùng bình quân của tỉnh (CPI 2023) tăng 3,2%, xếp thứ 10 trong vùng."
    assert ranks(text) == []
