"""Rankings of units of any level on pages the rules were not written against, second round: general
mechanisms rather than phrases. For each, sentences and tables written for these tests (none is copied from a
page) in several shapes, and the confusable shapes that must give no ranking or no extra one. Each expected
ranking is (index, rank, out_of, year, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article

P, S, A, C, D = "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"
KEYS = ("index", "rank", "out_of", "year", "subject")


def ranks(text):
    art = check_article(cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in KEYS) for f in art.of_type("ranking")), key=repr)


def texts(text):
    art = check_article(cx.extract(text))
    return [f.text for f in sorted(art.of_type("ranking"), key=lambda f: f.start)]


def _ranked(index, year, n, first=1):
    return [(index, k, None, year, None) for k in range(first, first + n)]


# ---- (a) tables of any administrative unit or body, with a rank column, under a caption naming a ranking

TABLES = [
    # pipe table, committees of communes and a town, index named
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023 của các xã, thị trấn như sau:\n'
     '| STT | Đơn vị | Điểm | Xếp hạng |\n|---|---|---|---|\n| 1 | UBND xã Tân Phú | 91,5 | 1 |\n'
     '| 2 | UBND thị trấn Long Thành | 90,2 | 2 |\n| 3 | UBND xã An Hòa | 88,0 | 3 |',
     _ranked(P, 2023, 3)),
    # tab-separated rows, wards named by their number, the index named by its topic alone
    ('Kết quả đánh giá công tác cải cách hành chính năm 2022 của các phường:\n'
     'STT\tPhường\tTổng điểm\tThứ hạng\n1\tPhường 1\t92,10\t1\n2\tPhường 7\t90,50\t2\n3\tPhường 12\t89,75\t3',
     _ranked(P, 2022, 3)),
    # one cell a line, no order column, districts by their number and by name
    ('Kết quả chấm điểm Chỉ số CCHC năm 2021 của các quận, huyện:\nQuận, huyện\nĐiểm\nXếp hạng\nQuận 1\n89,1\n1\n'
     'Quận 3\n88,4\n2\nHuyện Củ Chi\n85,2\n3\nHuyện Cần Giờ\n80,0\n4',
     _ranked(P, 2021, 4)),
    # one cell a line, the committee of each ward, a grade column, a tie, the emulation's score as the caption
    ('Ban Chỉ đạo ban hành thông báo về kết quả chấm điểm thi đua công tác cải cách hành chính năm 2019 đối với '
     'Ủy ban nhân dân 5 phường:\nSTT\nĐơn vị\nĐiểm\nXếp loại\nXếp hạng\n1\nỦy ban nhân dân Phường 4\n96\nA\n1\n'
     '2\nỦy ban nhân dân Phường 3\n94\nA\n2\n3\nỦy ban nhân dân Phường 5\n92,5\nA\n3\n4\nỦy ban nhân dân Phường 10\n'
     '92,5\nA\n3\n5\nỦy ban nhân dân Phường 6\n92,25\nB\n4',
     [(P, 1, None, 2019, None), (P, 2, None, 2019, None), (P, 3, None, 2019, None), (P, 3, None, 2019, None),
      (P, 4, None, 2019, None)]),
    # lower-case districts, a transformation index named by its topic
    ('Kết quả xếp hạng chuyển đổi số năm 2023 của các huyện:\nSTT\nHuyện\nĐiểm\nXếp hạng\n1\nhuyện Bình Sơn\n0,712\n1\n'
     '2\nhuyện Sơn Tịnh\n0,650\n2\n3\nhuyện Tư Nghĩa\n0,601\n3',
     _ranked(D, 2023, 3)),
    # numbered departments under a ranking caption
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành:\n1. Sở Tư pháp: 92,10 điểm\n'
     '2. Sở Nội vụ: 91,80 điểm\n3. Văn phòng UBND tỉnh: 90,50 điểm',
     _ranked(P, 2023, 3)),
]

NOT_TABLES = [
    # participants, not ranks
    ('Danh sách các xã tham gia hội nghị tập huấn năm 2023:\nSTT\nĐơn vị\nSố người\n1\nUBND xã Tân Phú\n12\n2\n'
     'UBND xã An Hòa\n10\n3\nUBND xã Bình Minh\n8', []),
    # statistics of wards, no ranking word
    ('Thống kê hồ sơ trực tuyến của các phường năm 2023:\n| STT | Phường | Số hồ sơ | Tỷ lệ |\n|---|---|---|---|\n'
     '| 1 | Phường 1 | 1.200 | 95% |\n| 2 | Phường 2 | 1.100 | 90% |\n| 3 | Phường 3 | 900 | 85% |', []),
    # scores of communes, no rank column, no ranking word, scores not falling
    ('Điểm cải cách hành chính năm 2023 của các xã:\n| STT | Xã | Điểm |\n|---|---|---|\n| 1 | xã Tân Phú | 88,5 |\n'
     '| 2 | xã An Hòa | 90,2 |\n| 3 | xã Bình Minh | 87,1 |', []),
    # an exam's marks: "điểm thi" is still another topic ("chấm điểm thi đua" is not)
    ('Kết quả điểm thi tốt nghiệp năm 2023 của các huyện:\n| STT | Huyện | Điểm | Xếp hạng |\n|---|---|---|---|\n'
     '| 1 | Huyện Bình Sơn | 7,2 | 1 |\n| 2 | Huyện Sơn Tịnh | 7,1 | 2 |\n| 3 | Huyện Tư Nghĩa | 6,9 | 3 |', []),
    # a menu of a portal's sections
    ('Chuyên mục\nTin tức\nXã Tân Phú\nXã An Hòa\nPhường 1\nLiên hệ', []),
]


@pytest.mark.parametrize("text,expected", TABLES + NOT_TABLES)
def test_tables_of_units(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


def test_a_table_row_ranks_are_its_rank_cells():
    text = TABLES[3][0]
    assert texts(text) == ["1", "2", "3", "3", "4"]


def test_the_last_row_without_its_grade_keeps_its_rank():
    # the grade of the last row is cut off with the page's end ("… / 75 / 13")
    text = ('Kết quả chấm điểm công tác cải cách hành chính năm 2019 đối với các phường:\nSTT\nĐơn vị\nĐiểm\nXếp loại\n'
            'Xếp hạng\n1\nPhường 4\n96\nA\n1\n2\nPhường 3\n94\nA\n2\n3\nPhường 7\n75\n3')
    assert ranks(text) == _ranked(P, 2019, 3)


# ---- (b) lists said to be in order: "theo thứ tự", "các vị trí dẫn đầu lần lượt thuộc về"

ORDERED = [
    ('Về Chỉ số PAPI 2023, 3 địa phương dẫn đầu theo thứ tự là Quảng Ninh, Hải Phòng và Bắc Ninh.',
     [(A, 1, None, 2023, 'Quảng Ninh'), (A, 2, None, 2023, 'Hải Phòng'), (A, 3, None, 2023, 'Bắc Ninh')]),
    ('Kết quả Chỉ số CCHC năm 2023 của các xã: 3 xã dẫn đầu lần lượt là xã Tân Phú, xã Tân Lập và xã Hòa Bình.',
     _ranked(P, 2023, 3)),
    ('Kết quả Chỉ số CCHC năm 2023 của các xã: 3 xã dẫn đầu theo thứ tự là xã Tân Phú, xã Tân Lập và xã Hòa Bình.',
     _ranked(P, 2023, 3)),
    ('Về PAR INDEX 2023, các vị trí dẫn đầu theo thứ tự thuộc về Hải Phòng, Quảng Ninh, Bắc Ninh.',
     [(P, 1, None, 2023, 'Hải Phòng'), (P, 2, None, 2023, 'Quảng Ninh'), (P, 3, None, 2023, 'Bắc Ninh')]),
    ('Về PAR INDEX 2023, các vị trí dẫn đầu lần lượt thuộc về Hải Phòng, Quảng Ninh, Bắc Ninh.',
     [(P, 1, None, 2023, 'Hải Phòng'), (P, 2, None, 2023, 'Quảng Ninh'), (P, 3, None, 2023, 'Bắc Ninh')]),
    ('Xếp hạng PCI 2023 theo thứ tự từ cao xuống thấp: Quảng Ninh, Hải Phòng, Long An.',
     [(C, 1, None, 2023, 'Quảng Ninh'), (C, 2, None, 2023, 'Hải Phòng'), (C, 3, None, 2023, 'Long An')]),
    ('Kết quả Chỉ số SIPAS năm 2022 của các huyện theo thứ tự từ cao đến thấp là huyện Đông Anh, huyện Sóc Sơn, '
     'huyện Mê Linh.',
     _ranked(S, 2022, 3)),
]

NOT_ORDERED = [
    # a group, not an order
    ('Top 10 tỉnh, thành phố đứng đầu về DTI 2023 gồm: Đà Nẵng, Hà Nội, Bình Dương và Hải Phòng.', []),
    ('Các tỉnh dẫn đầu Chỉ số PAPI 2023 gồm Quảng Ninh, Hải Phòng và Bắc Ninh.', []),
    # an order of business, no ranking
    ('Hội nghị thảo luận theo thứ tự các nội dung: Quảng Ninh, Hải Phòng, Long An báo cáo về PAR INDEX 2023.', []),
    ('Các đại biểu phát biểu theo thứ tự: Sở Nội vụ, Sở Tư pháp, Sở Tài chính.', []),
]


@pytest.mark.parametrize("text,expected", ORDERED + NOT_ORDERED)
def test_lists_in_order(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- (c) the last place, the total of the units ranked stated before it in the paragraph

LAST = [
    ('Theo kết quả xếp hạng Chỉ số cải cách hành chính năm 2018, trong số 19 đơn vị được đánh giá, Sở Giao thông '
     'Vận tải đứng đầu, đứng cuối bảng xếp hạng là Ban Quản lý các Khu công nghiệp tỉnh.',
     [(P, 1, None, 2018, None), (P, 19, 19, 2018, None)]),
    ('Về Chỉ số CCHC năm 2018 của các địa phương, 08/08 huyện đều được xếp loại khá, huyện Ngân Sơn đứng đầu danh '
     'sách, đứng cuối bảng xếp hạng là huyện Bạch Thông.',
     [(P, 1, None, 2018, None), (P, 8, 8, 2018, None)]),
    ('Năm 2023, Sở Nội vụ công bố chỉ số cải cách hành chính của 13 huyện, thị xã. Thị xã Ninh Hòa đứng đầu với 90,5 '
     'điểm, huyện Khánh Sơn xếp cuối bảng với 75,1 điểm.',
     [(P, 1, None, 2023, None), (P, 13, 13, 2023, None)]),
    ('Kết quả Chỉ số CCHC năm 2023 của 141 xã, phường, thị trấn: xã Quảng Thái đứng đầu, xếp chót là xã Hồng Kim.',
     [(P, 1, None, 2023, None), (P, 141, 141, 2023, None)]),
    ('Theo kết quả PAR INDEX 2023, trong số 63 tỉnh, thành phố, tỉnh Quảng Ninh dẫn đầu, tỉnh Hà Giang xếp cuối cùng.',
     [(P, 1, None, 2023, 'Quảng Ninh'), (P, 63, 63, 2023, 'Hà Giang')]),
]

NOT_LAST = [
    # no total stated before
    ('Về Chỉ số PAPI 2023, tỉnh Đắk Nông đứng cuối bảng với 38,97 điểm.', []),
    # a group of last places, not the last one
    ('Trong 63 tỉnh, thành phố, theo Chỉ số PAPI 2023, các tỉnh đứng cuối bảng là Kon Tum và Quảng Ngãi.', []),
    ('Trong 34 tỉnh, thành phố, theo DTI 2024, Cao Bằng, Quảng Trị và Hưng Yên là 3 địa phương đứng cuối bảng.', []),
    ('Trong 63 tỉnh, theo PCI 2021, hai tỉnh xếp cuối bảng xếp hạng lần lượt là Hòa Bình (hạng 62) và Cao Bằng '
     '(hạng 63).', [(C, 62, 63, 2021, 'Hòa Bình'), (C, 63, 63, 2021, 'Cao Bằng')]),
    # a total after the last place is not read back
    ('Về PAR INDEX 2023, Bộ Công Thương đứng cuối bảng xếp hạng; 10/17 đơn vị có chỉ số tăng.', []),
    # a sport's last place
    ('Năm 2023 có 20/20 sở đạt điểm trên 80. Đội bóng Sở Y tế đứng cuối bảng xếp hạng giải bóng đá.', []),
]


@pytest.mark.parametrize("text,expected", LAST + NOT_LAST)
def test_last_place_of_a_stated_total(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- more shapes of unit tables: names without their kind under a name header, lower-case kinds in rows one a
# line, a rank label before a ward's number, tabs, ministries

MORE_TABLES = [
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023 cấp xã:\n| STT | Xã | Điểm | Xếp hạng |\n|---|---|---|---|\n'
     '| 1 | Tân Phú | 91,5 | 1 |\n| 2 | Long Thành | 90,2 | 2 |\n| 3 | An Hòa | 88,0 | 3 |',
     _ranked(P, 2023, 3)),
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023 của các xã:\n1. xã Tân Phú: 91,5 điểm\n'
     '2. xã Long Thành: 90,2 điểm\n3. thị trấn An Hòa: 88,0 điểm',
     _ranked(P, 2023, 3)),
    ('Xếp hạng Chỉ số CCHC năm 2022 các phường:\nHạng 1 - Phường 3 (92,1 điểm)\nHạng 2 - Phường 9 (90,4 điểm)\n'
     'Hạng 3 - Phường 1 (89,0 điểm)',
     _ranked(P, 2022, 3)),
    ('Bảng xếp hạng Chỉ số SIPAS năm 2023 của các huyện:\nHuyện\tĐiểm\tXếp hạng\nHuyện Bình Sơn\t88,1\t1\n'
     'Huyện Sơn Tịnh\t85,0\t2\nHuyện Tư Nghĩa\t84,2\t3',
     _ranked(S, 2023, 3)),
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023 của các bộ:\nSTT\nBộ, ngành\nĐiểm\nXếp hạng\n1\nBộ Tư pháp\n'
     '89,95\n1\n2\nNgân hàng Nhà nước Việt Nam\n89,20\n2\n3\nBộ Tài chính\n88,10\n3',
     _ranked(P, 2023, 3)),
]


@pytest.mark.parametrize("text,expected", MORE_TABLES)
def test_more_tables_of_units(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


def test_units_under_a_name_header_are_no_components():
    art = check_article(cx.extract(MORE_TABLES[0][0]))
    assert [f.component for f in art.of_type("ranking")] == [None, None, None]


# ---- a change said inside a move goes to the rank the move led to

MOVES = [
    ('Cụ thể, từ xếp hạng thứ 20 năm 2016, Bảo hiểm xã hội Việt Nam đã tăng 18 bậc, lên hạng hai năm 2017 về ICT Index.',
     [("ICT INDEX", 20, 2016, None), ("ICT INDEX", 2, 2017, 18)]),
    ('Về PCI, từ vị trí 40 năm 2021, tỉnh đã tăng 10 bậc và vươn lên vị trí 30 năm 2022.',
     [(C, 40, 2021, None), (C, 30, 2022, 10)]),
    # no move: the change stays with the rank before it
    ('Về PCI 2022, tỉnh xếp thứ 30, tăng 10 bậc so với năm 2021.', [(C, 30, 2022, 10)]),
    ('Về PAR INDEX 2023, tỉnh từ vị trí 25 lên vị trí 20, tăng 5 bậc.', [(P, 25, 2022, None), (P, 20, 2023, 5)]),
]


@pytest.mark.parametrize("text,expected", MOVES)
def test_change_inside_a_move(text, expected):
    art = check_article(cx.extract(text))
    got = sorted(((f.index, f.rank, f.year, f.change) for f in art.of_type("ranking")), key=repr)
    assert got == sorted(expected, key=repr)


# ---- the words of a last place read whole; units in sentences of ranks; a group's last is no last place

UNITS_IN_SENTENCES = [
    ('Về Chỉ số CCHC năm 2023, trong 9 huyện, thị xã, thành phố, huyện Tuần Giáo xếp cuối cùng.',
     [(P, 9, 9, 2023, None)], ['xếp cuối cùng']),
    ('Năm 2023, Chỉ số cải cách hành chính của 24 quận, huyện được công bố; quận Hoàn Kiếm xếp thứ nhất, huyện Ba Vì '
     'đứng cuối.',
     [(P, 1, None, 2023, None), (P, 24, 24, 2023, None)], ['xếp thứ nhất', 'đứng cuối']),
    ('Về Chỉ số CCHC năm 2023 của các xã, xã Tân Phú đứng đầu, tiếp theo là xã An Hòa và thị trấn Long Thành.',
     _ranked(P, 2023, 3), ['đứng đầu', 'xã An Hòa', 'thị trấn Long Thành']),
    ('Về Chỉ số CCHC năm 2023 khối phường, Phường 4 dẫn đầu, theo sau là Phường 3 và Phường 5.',
     _ranked(P, 2023, 3), ['dẫn đầu', 'Phường 3', 'Phường 5']),
    ('Về PAR INDEX 2023, trong 10 tỉnh dẫn đầu, Long An đứng cuối.', [], []),
    ('Về PAR INDEX 2023, nhóm 10 tỉnh có điểm cao, Long An xếp cuối.', [], []),
]


@pytest.mark.parametrize("text,expected,spans", UNITS_IN_SENTENCES)
def test_units_in_sentences(text, expected, spans):
    assert ranks(text) == sorted(expected, key=repr)
    assert texts(text) == spans


# ---- ties: units named before a word of sharing and one rank give one ranking each

TIES = [
    ('Về Chỉ số CCHC năm 2019 của các phường, Phường 5 và Phường 10 cùng xếp thứ 3 với 92,5 điểm.',
     [(P, 3, None, 2019, None), (P, 3, None, 2019, None)]),
    ('Về PAR INDEX 2023, Hải Phòng và Quảng Ninh cùng xếp thứ 2.',
     [(P, 2, None, 2023, 'Hải Phòng'), (P, 2, None, 2023, 'Quảng Ninh')]),
    ('Về Chỉ số CCHC năm 2019 của các sở, Sở Tư pháp và Sở Nội vụ đồng hạng nhất.',
     [(P, 1, None, 2019, None), (P, 1, None, 2019, None)]),
    ('Về PAPI 2022, Bến Tre và Đồng Tháp đồng hạng 2.',
     [(A, 2, None, 2022, 'Bến Tre'), (A, 2, None, 2022, 'Đồng Tháp')]),
    ('Về PAR INDEX 2023, Hải Phòng, Quảng Ninh và Bắc Ninh đều xếp thứ nhất.',
     [(P, 1, None, 2023, 'Hải Phòng'), (P, 1, None, 2023, 'Quảng Ninh'), (P, 1, None, 2023, 'Bắc Ninh')]),
    # a count of units, or one unit, is no tie of named units
    ('Về PAR INDEX 2023, cả nước có 3 tỉnh cùng xếp thứ 2.', [(P, 2, None, 2023, None)]),
    ('Về PAR INDEX 2023, Quảng Ninh xếp thứ nhất và Hải Phòng cùng xếp thứ 2.',
     [(P, 1, None, 2023, 'Quảng Ninh'), (P, 2, None, 2023, 'Hải Phòng')]),
]


@pytest.mark.parametrize("text,expected", TIES)
def test_ties(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- items numbered on the caption's line naming units in lower case; a plural of units before a lead word

INLINE_UNITS = [
    ('Top 3 đơn vị dẫn đầu Chỉ số CCHC năm 2023 khối xã: 1. xã Tân Phú 2. xã An Hòa 3. thị trấn Long Thành.',
     _ranked(P, 2023, 3)),
    ('Kết quả xếp hạng Chỉ số CCHC năm 2022 các xã dẫn đầu gồm: 1. xã Tân Phú (92,1 điểm); 2. xã An Hòa (91,0 điểm); '
     '3. xã Bình Minh (90,5 điểm).',
     _ranked(P, 2022, 3)),
    ('Kết quả Chỉ số CCHC năm 2022: các xã dẫn đầu có nhiều mô hình hay.', []),
    ('Về Chỉ số CCHC năm 2022, những huyện dẫn đầu đều có Trung tâm hành chính công.', []),
]


@pytest.mark.parametrize("text,expected", INLINE_UNITS)
def test_inline_items_of_units(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- the unit with the top score: any unit, with its kind in lower case or its number

TOP_SCORE = [
    ('Về Chỉ số CCHC năm 2023, đơn vị đạt điểm cao nhất là xã Tân Phú (92,1 điểm).', [(P, 1, None, 2023, None)]),
    ('Về Chỉ số CCHC năm 2023, phường có điểm số cao nhất là Phường 4 với 96 điểm.', [(P, 1, None, 2023, None)]),
    ('Về Chỉ số CCHC năm 2023, sở có tổng điểm cao nhất là Sở Tư pháp.', [(P, 1, None, 2023, None)]),
    ('Về Chỉ số PAPI 2021, tỉnh có điểm số cao nhất là Bình Dương với 8,15 điểm.', [(A, 1, None, 2021, 'Bình Dương')]),
    # a rate's top, and a top score that names no unit after it
    ('Về Chỉ số CCHC năm 2023, tỷ lệ hồ sơ cao nhất là xã Tân Phú (92,1%).', []),
    ('Về Chỉ số CCHC năm 2023, xã có điểm cao nhất là những xã có Bộ phận một cửa hiện đại.', []),
]


@pytest.mark.parametrize("text,expected", TOP_SCORE)
def test_unit_with_the_top_score(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- a table cut by the headings of its groups ("I" / "Khối sở, ngành", "II" / "Khối huyện"): its rows go on

GROUPED = [
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023 như sau:\nSTT\nĐơn vị\nĐiểm\nXếp hạng\nI\nKhối sở, ngành\n'
     '1\nSở Tư pháp\n92,1\n1\n2\nSở Nội vụ\n91,0\n2\n3\nSở Tài chính\n89,5\n3\nII\nKhối huyện\n1\nHuyện Bình Sơn\n'
     '90,2\n1\n2\nHuyện Sơn Tịnh\n88,4\n2\n3\nHuyện Tư Nghĩa\n85,0\n3',
     _ranked(P, 2023, 3) * 2),
    ('Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023:\n| STT | Đơn vị | Điểm | Xếp hạng |\n|---|---|---|---|\n'
     '| **I** | **Khối sở, ngành** | | |\n| 1 | Sở Tư pháp | 92,1 | 1 |\n| 2 | Sở Nội vụ | 91,0 | 2 |\n'
     '| **II** | **Khối huyện** | | |\n| 1 | Huyện Bình Sơn | 90,2 | 1 |\n| 2 | Huyện Sơn Tịnh | 88,4 | 2 |',
     _ranked(P, 2023, 2) * 2),
]


@pytest.mark.parametrize("text,expected", GROUPED)
def test_tables_cut_by_group_headings(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- a last place with its total said right after it

LAST_WITH_TOTAL = [
    ('Về Chỉ số CCHC năm 2023, Sở Y tế đứng cuối bảng xếp hạng trong số 20 đơn vị.', [(P, 20, 20, 2023, None)]),
    ('Về Chỉ số CCHC năm 2023, huyện Mê Linh xếp cuối bảng của 30 huyện, thị xã.', [(P, 30, 30, 2023, None)]),
    ('Về PAR INDEX 2023, tỉnh Hà Giang đứng cuối cùng trên tổng số 63 tỉnh.', [(P, 63, 63, 2023, 'Hà Giang')]),
    # a percentage after the last place is no total
    ('Về PAR INDEX 2023, tỉnh Hà Giang đứng cuối với 80,5%.', []),
]


@pytest.mark.parametrize("text,expected", LAST_WITH_TOTAL)
def test_last_place_with_its_total_after(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- units listed in an article about a province keep no province; the index named in the paragraph before

UNITS_OF_A_PROVINCE = [
    ('UBND tỉnh Quảng Ngãi công bố Chỉ số CCHC năm 2023 của các xã: 3 xã dẫn đầu theo thứ tự là xã Tân Phú, xã Tân '
     'Lập và xã Hòa Bình.', _ranked(P, 2023, 3)),
    ('UBND tỉnh Quảng Ngãi công bố Chỉ số CCHC năm 2023 các huyện. Xếp hạng theo thứ tự từ cao xuống thấp: huyện Bình '
     'Sơn, huyện Sơn Tịnh, huyện Tư Nghĩa.', _ranked(P, 2023, 3)),
    ('UBND tỉnh Quảng Ngãi công bố Chỉ số CCHC năm 2023 của 13 huyện, thị xã, thành phố. Huyện Bình Sơn đứng đầu, '
     'tiếp theo là huyện Sơn Tịnh, huyện Lý Sơn xếp cuối bảng.',
     [(P, 1, None, 2023, None), (P, 2, None, 2023, None), (P, 13, 13, 2023, None)]),
    ('Tỉnh Quảng Ngãi: về Chỉ số CCHC năm 2023, huyện Bình Sơn và huyện Sơn Tịnh cùng xếp thứ 3.',
     [(P, 3, None, 2023, None), (P, 3, None, 2023, None)]),
]


@pytest.mark.parametrize("text,expected", UNITS_OF_A_PROVINCE)
def test_units_of_a_province(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- lists one item a line: after "lần lượt là:", numbered under a ranking caption, rank labels of units

LINES = [
    ('Về Chỉ số CCHC năm 2023, 3 xã dẫn đầu lần lượt là:\n- xã Tân Phú (92,1 điểm);\n- xã An Hòa (91,0 điểm);\n'
     '- xã Bình Minh (90,5 điểm).', _ranked(P, 2023, 3)),
    ('Kết quả xếp hạng Chỉ số CCHC năm 2023 khối huyện:\n1. Huyện Bình Sơn\n2. Huyện Sơn Tịnh\n3. Huyện Tư Nghĩa',
     _ranked(P, 2023, 3)),
    ('Kết quả xếp hạng Chỉ số CCHC năm 2023 khối phường:\nThứ nhất: Phường 4 (96 điểm)\nThứ hai: Phường 3 (94 điểm)\n'
     'Thứ ba: Phường 5 (92,5 điểm)', _ranked(P, 2023, 3)),
    # participants, a duty roster: no ranking said
    ('Danh sách các huyện tham gia hội thi năm 2023:\n1. Huyện Bình Sơn\n2. Huyện Sơn Tịnh\n3. Huyện Tư Nghĩa', []),
    ('Lịch trực cơ quan tuần này:\nThứ hai: Sở Tư pháp\nThứ ba: Sở Nội vụ\nThứ tư: Sở Tài chính', []),
]


@pytest.mark.parametrize("text,expected", LINES)
def test_lists_one_item_a_line(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- the rank column first, the rows unsorted by their number: the rank cell is the rank

RANK_COLUMNS = [
    ('Kết quả Chỉ số cải cách hành chính năm 2023 của các phường, xã:\n| Xếp hạng | Tên đơn vị | Tổng điểm |\n|---|---|---|\n'
     '| 1 | UBND phường Tân An | 92,5 |\n| 2 | UBND xã Hòa Lợi | 90,1 |\n| 3 | UBND phường Chánh Nghĩa | 89,7 |',
     _ranked(P, 2023, 3)),
    ('Bảng xếp hạng Chỉ số CCHC năm 2023 các đơn vị cấp xã\nXếp hạng\nĐơn vị\nĐiểm\n1\nPhường Tân An\n92,5\n2\nXã Hòa Lợi\n'
     '90,1\n3\nPhường Chánh Nghĩa\n89,7', _ranked(P, 2023, 3)),
    ('Kết quả Chỉ số CCHC năm 2023 của các cơ quan:\n| STT | Cơ quan | Điểm | Xếp hạng |\n|---|---|---|---|\n'
     '| 1 | Sở Nội vụ | 92,5 | 2 |\n| 2 | Sở Tư pháp | 93,1 | 1 |\n| 3 | Ban Quản lý Khu kinh tế | 85,0 | 3 |',
     _ranked(P, 2023, 3)),
]


@pytest.mark.parametrize("text,expected", RANK_COLUMNS)
def test_rank_columns_of_units(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


def test_the_rank_cell_not_the_row_number():
    assert texts(RANK_COLUMNS[2][0]) == ["2", "1", "3"]
    art = check_article(cx.extract(RANK_COLUMNS[2][0]))
    line = lambda f: art.text[art.text.rfind("\n", 0, f.start) + 1:art.text.find("\n", f.start) % (len(art.text) + 1)]  # noqa: E731
    got = {line(f).split("|")[2].strip(): f.rank for f in art.of_type("ranking")}
    assert got == {"Sở Nội vụ": 2, "Sở Tư pháp": 1, "Ban Quản lý Khu kinh tế": 3}
