"""Rankings on text never seen, sixth round (second part): the classes of text the code missed on pages
of sites new to it — tables of ranks one a year (the year of a row is its table's), a table of ranks
closing the text, ranks in words up to ten (``xếp thứ tám``), ``vị trí số 58`` compared with, a list
``xếp sau đó lần lượt là`` after a second place, a count fronted in the sentence (``Trong số 34 tỉnh,
thành phố sau sáp nhập, …``; ``Cụ thể, trong 21 sở, ban, ngành: …``) as the ``out_of`` of its ranks —
each with sentences and tables written for these tests (none is copied from a page) and the
confusable shapes that must give no ranking. Each expected ranking is (index, rank, out_of, year,
change, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article
from test_rankings_round6 import expect, ranks  # the same reading of rankings

P, A, C, D, I = "PAR INDEX", "PAPI", "PCI", "DTI", "ICT INDEX"


LEAD = ("Chỉ số năng lực cạnh tranh cấp tỉnh được công bố hằng năm. Kết quả này được các địa phương quan tâm "
        "vì nó phản ánh chất lượng điều hành kinh tế của chính quyền tỉnh.\n")


def cells(caption, header, rows):
    """A table flattened one cell a line, under its caption."""
    out = [caption] + header
    for r in rows:
        out += [str(c) for c in r]
    return "\n".join(out) + "\n"


HEAD = ["Tỉnh, thành phố", "Điểm PCI", "Xếp hạng", "Nhóm xếp hạng"]
END = "Các tỉnh cần tiếp tục cải thiện môi trường kinh doanh trong thời gian tới.\n"


# ---- tables of ranks one a year, the same header repeated under each year's caption

def test_each_table_of_a_year_gives_its_rows_that_year():
    text = LEAD + cells("Bảng xếp hạng PCI năm 2021", HEAD, [
        ("Bắc Giang", "71,20", 1, "Rất tốt"), ("Lạng Sơn", "70,40", 2, "Rất tốt"), ("Cao Bằng", "69,90", 3, "Tốt")]) \
        + cells("Top 3 bảng xếp hạng PCI năm 2020", HEAD, [
            ("Lạng Sơn", "69,10", 1, "Tốt"), ("Cao Bằng", "68,70", 2, "Tốt"), ("Bắc Giang", "68,20", 3, "Tốt")]) \
        + cells("Top 3 bảng xếp hạng PCI năm 2019", HEAD, [
            ("Cao Bằng", "67,50", 1, "Tốt"), ("Bắc Giang", "67,00", 2, "Khá"), ("Lạng Sơn", "66,80", 3, "Khá")]) + END
    got = ranks(text, ("index", "rank", "year", "subject"))
    assert got == expect([
        (C, 1, 2021, "Bắc Giang"), (C, 2, 2021, "Lạng Sơn"), (C, 3, 2021, "Cao Bằng"),
        (C, 1, 2020, "Lạng Sơn"), (C, 2, 2020, "Cao Bằng"), (C, 3, 2020, "Bắc Giang"),
        (C, 1, 2019, "Cao Bằng"), (C, 2, 2019, "Bắc Giang"), (C, 3, 2019, "Lạng Sơn")])


def test_a_header_repeated_with_no_caption_between_goes_on_with_the_same_table():
    rows1 = [("Bắc Giang", "71,20", 1, "Rất tốt"), ("Lạng Sơn", "70,40", 2, "Rất tốt"), ("Cao Bằng", "69,90", 3, "Tốt")]
    rows2 = [("Hà Giang", "68,10", 4, "Tốt"), ("Tuyên Quang", "67,70", 5, "Tốt"), ("Yên Bái", "67,20", 6, "Khá")]
    text = LEAD + cells("Bảng xếp hạng PCI năm 2021", HEAD, rows1) + "\n".join(HEAD) + "\n" + \
        "\n".join(str(c) for r in rows2 for c in r) + "\n" + END
    got = ranks(text, ("index", "rank", "year"))
    assert got == expect([(C, r, 2021) for r in range(1, 7)])


def test_a_table_of_scores_with_no_rank_gives_no_ranking():
    text = LEAD + cells("Điểm PCI năm 2021 của một số tỉnh", ["Tỉnh, thành phố", "Điểm PCI", "Nhóm"], [
        ("Bắc Giang", "71,20", "Rất tốt"), ("Lạng Sơn", "70,40", "Rất tốt"), ("Cao Bằng", "69,90", "Tốt"),
        ("Hà Giang", "68,10", "Tốt")]) + \
        cells("Điểm PCI năm 2020 của một số tỉnh", ["Tỉnh, thành phố", "Điểm PCI", "Nhóm"], [
            ("Bắc Giang", "70,20", "Tốt"), ("Lạng Sơn", "69,40", "Tốt"), ("Cao Bằng", "68,90", "Tốt"),
            ("Hà Giang", "67,10", "Khá")]) + END
    assert ranks(text) == []


# ---- a table of ranks written one row a line closing the text (not a run of other stories' headlines)

def test_a_table_closing_the_text_is_kept_and_ranked():
    text = ("PCI là chỉ số đo chất lượng điều hành kinh tế của chính quyền cấp tỉnh. Chỉ số được xây dựng từ "
            "ý kiến của hàng nghìn doanh nghiệp mỗi năm.\n"
            "Chỉ số này giúp lãnh đạo các tỉnh biết mình cần cải thiện lĩnh vực nào để thu hút đầu tư.\n"
            "Chỉ số năng lực cạnh tranh cấp tỉnh 2022\n"
            "Tỉnh Điểm số PCI Xếp hạng Nhóm xếp hạng\n"
            "Bắc Giang 71.20 1 Rất tốt\n"
            "Lạng Sơn 70.45 2 Rất tốt\n"
            "Cao Bằng 69.90 3 Tốt\n"
            "Hà Giang 68.15 4 Tốt\n")
    art = check_article(cx.extract(text))
    assert "Hà Giang 68.15 4 Tốt" in art.text
    got = sorted((f.index, f.rank, f.year, f.subject) for f in art.of_type("ranking"))
    assert got == [(C, 1, 2022, "Bắc Giang"), (C, 2, 2022, "Lạng Sơn"), (C, 3, 2022, "Cao Bằng"),
                   (C, 4, 2022, "Hà Giang")]


def test_other_stories_headlines_closing_the_page_still_go():
    text = ("PCI là chỉ số đo chất lượng điều hành kinh tế của chính quyền cấp tỉnh. Chỉ số được xây dựng từ "
            "ý kiến của hàng nghìn doanh nghiệp mỗi năm.\n"
            "Chỉ số này giúp lãnh đạo các tỉnh biết mình cần cải thiện lĩnh vực nào để thu hút đầu tư.\n"
            "Giá lúa gạo hôm nay tăng nhẹ tại nhiều tỉnh miền Tây\n"
            "Khai mạc lễ hội hoa xuân lớn nhất từ trước tới nay ở Đà Lạt\n"
            "Nhiều trường đại học công bố điểm chuẩn năm học mới sớm hơn\n")
    art = check_article(cx.extract(text))
    assert "Khai mạc lễ hội hoa xuân" not in art.text


# ---- ranks in words up to ten

@pytest.mark.parametrize("text, expected", [
    ("Về Chỉ số DTI 2022, tỉnh Sóc Trăng tăng 9 bậc để xếp thứ bảy.", [(D, 7, None, 2022, 9, "Sóc Trăng")]),
    ("Ở Chỉ số PAPI 2021, Hậu Giang đứng thứ chín cả nước.", [(A, 9, None, 2021, None, "Hậu Giang")]),
    ("Năm 2023, Chỉ số PAR INDEX của Ninh Bình xếp thứ sáu trên 63.", [(P, 6, 63, 2023, None, "Ninh Bình")]),
])
def test_ranks_in_words_up_to_ten(text, expected):
    assert ranks(text) == expect(expected)


@pytest.mark.parametrize("text", [
    "Ngày thứ bảy, đoàn công tác của tỉnh Sóc Trăng làm việc về Chỉ số DTI 2022.",
    "Chỉ số PAPI 2021 được công bố vào thứ sáu tuần trước tại Hà Nội.",
    "Về Chỉ số PAR INDEX 2023, tỉnh Ninh Bình đề ra tám nhiệm vụ; thứ tám là đào tạo cán bộ.",
])
def test_weekdays_and_points_of_a_list_are_no_rank(text):
    assert ranks(text) == []


# ---- "vị trí số N": a rank, also one compared with

@pytest.mark.parametrize("text, expected", [
    ("Về ICT Index 2018, tỉnh Cao Bằng xếp thứ 40/63, vượt xa vị trí số 55 năm 2017.",
     [(I, 40, 63, 2018, None, "Cao Bằng"), (I, 55, None, 2017, None, "Cao Bằng")]),
    ("Năm 2022, Chỉ số PCI của Hà Giang ở vị trí số 60.", [(C, 60, None, 2022, None, "Hà Giang")]),
])
def test_a_rank_said_with_vi_tri_so(text, expected):
    assert ranks(text) == expect(expected)


def test_a_compared_rank_names_no_component():
    art = check_article(cx.extract("Về ICT Index 2018, Cao Bằng xếp thứ 40/63. Đây là bước tiến lớn so với vị trí số 55 năm 2017."))
    assert [f.component for f in art.of_type("ranking")] == [None, None]


@pytest.mark.parametrize("text", [
    "Về Chỉ số PCI 2022, tỉnh Hà Giang tuyển dụng 15 người vào vị trí số 3 của phòng kế hoạch.".replace("vị trí số 3", "vị trí việc làm số 3"),
    "Năm 2022, Hà Giang có 60 vị trí việc làm được phê duyệt theo đề án PCI.",
])
def test_job_positions_are_no_rank(text):
    assert ranks(text) == []


# ---- a list after the second place: "các tỉnh xếp sau đó lần lượt là"

def test_a_list_after_a_second_place_takes_the_next_ranks():
    text = ("Năm 2023, Bắc Giang dẫn đầu Chỉ số DTI. Đứng thứ hai là Lạng Sơn. Các tỉnh xếp sau đó lần lượt là "
            "Cao Bằng và Hà Giang.")
    assert ranks(text, ("index", "rank", "year", "subject")) == expect([
        (D, 1, 2023, "Bắc Giang"), (D, 2, 2023, "Lạng Sơn"), (D, 3, 2023, "Cao Bằng"), (D, 4, 2023, "Hà Giang")])


def test_provinces_listed_in_no_order_are_no_ranks():
    text = "Năm 2023, đoàn khảo sát Chỉ số DTI làm việc tại Cao Bằng, Hà Giang, Lạng Sơn và Bắc Giang."
    assert ranks(text) == []


# ---- a count fronted in the sentence is the out_of of the ranks after it

@pytest.mark.parametrize("text, expected", [
    ("Theo đó, trong số 34 tỉnh, thành phố sau sáp nhập, Cần Thơ dẫn đầu Chỉ số DTI 2024.",
     [(D, 1, 34, 2024, None, "Cần Thơ")]),
    ("Trong 63 tỉnh, thành phố, Chỉ số PAPI 2021 của Hậu Giang đứng thứ 12.",
     [(A, 12, 63, 2021, None, "Hậu Giang")]),
])
def test_a_fronted_count_is_the_out_of_of_a_province(text, expected):
    assert ranks(text) == expect(expected)


def test_a_fronted_count_of_departments_is_the_out_of_of_each_rank_in_the_sentence():
    text = ("Tỉnh Ninh Bình công bố Chỉ số cải cách hành chính năm 2023 của các sở, ngành. "
            "Cụ thể, trong 19 sở, ban, ngành cấp tỉnh: Sở Tư pháp dẫn đầu với 93,10 điểm; thứ hai là Sở Nội vụ "
            "92,85 điểm; thứ ba là Sở Tài chính 92,40 điểm. Đối với cấp huyện, UBND huyện Kim Sơn xếp thứ nhất "
            "với 88,20 điểm.")
    got = ranks(text, ("index", "rank", "out_of", "year"))
    assert got == expect([(P, 1, 19, 2023), (P, 2, 19, 2023), (P, 3, 19, 2023), (P, 1, None, 2023)])


@pytest.mark.parametrize("text, expected", [
    # the count is not fronted: a group, not the field
    ("Về Chỉ số PAPI 2021, Hậu Giang đứng thứ 12 và nằm trong 20 tỉnh có điểm tăng.",
     [(A, 12, None, 2021, None, "Hậu Giang")]),
    # a time span, not a count of units
    ("Trong 3 năm, tỉnh Hậu Giang đứng thứ 12 về Chỉ số PAPI 2021.",
     [(A, 12, None, 2021, None, "Hậu Giang")]),
])
def test_a_count_not_fronted_or_of_time_is_no_out_of(text, expected):
    assert ranks(text) == expect(expected)


def test_a_numbered_list_of_tasks_gives_no_ranking():
    text = ("Để nâng cao Chỉ số PAR INDEX năm 2024, tỉnh đề ra các nhiệm vụ sau:\n"
            "1. Rà soát thủ tục hành chính\n2. Đào tạo cán bộ công chức\n3. Đẩy mạnh dịch vụ công trực tuyến\n")
    assert ranks(text) == []


# ---- the one body with the top score, then the ones after it in order

def test_the_top_score_is_the_first_place_and_the_list_after_it_goes_on():
    text = ("Báo cáo PAPI 2022 vừa được công bố. Theo báo cáo, tỉnh có điểm số cao nhất về công khai, minh bạch "
            "là Quảng Trị với 6,1 điểm. Xếp sau là Bình Định (5,9 điểm), Nghệ An (5,8 điểm).")
    assert ranks(text, ("index", "rank", "year", "subject")) == expect([
        (A, 1, 2022, "Quảng Trị"), (A, 2, 2022, "Bình Định"), (A, 3, 2022, "Nghệ An")])


@pytest.mark.parametrize("text", [
    # a group of the best, not one first place
    "Theo báo cáo PAPI 2022, các tỉnh có điểm số cao nhất là Quảng Trị, Bình Định và Nghệ An.",
    "Theo báo cáo PAPI 2022, 3 tỉnh có điểm số cao nhất là Quảng Trị, Bình Định và Nghệ An.",
    # the top score itself, no body named
    "Theo báo cáo PAPI 2022, tỉnh có điểm số cao nhất là 6,1 điểm còn thấp nhất là 4,2 điểm.",
    # a measure of the province, not an index's score
    "Năm 2022, tỉnh có số điểm cao nhất trong kỳ thi học sinh giỏi là Nghệ An.",
])
def test_a_group_of_the_best_or_a_bare_top_score_is_no_first_place(text):
    assert ranks(text) == []


# ---- a change joined to the rank it led to ("tăng 28 bậc để xếp thứ tám")

@pytest.mark.parametrize("text, expected", [
    ("Về DTI 2021, chỉ số chính quyền số của Sóc Trăng tăng 11 bậc, xếp thứ 14; chỉ số kinh tế số tăng 20 bậc "
     "để xếp thứ chín.", [(14, 11), (9, 20)]),
    ("Năm 2023, PCI của Nghệ An xếp thứ 20, tăng 5 bậc để tiếp tục thu hút đầu tư.", [(20, 5)]),
    ("Năm 2023, PCI của Nghệ An xếp thứ 20, tăng 5 bậc so với năm 2022.", [(20, 5)]),
])
def test_a_change_goes_to_the_rank_it_led_to(text, expected):
    assert sorted(ranks(text, ("rank", "change"))) == sorted(expected)


# ---- lists and counts of the 34 provinces after the merger that rank no index

@pytest.mark.parametrize("text", [
    "Trong số 34 tỉnh, thành phố sau sáp nhập, TP.HCM có dân số đông nhất, thứ hai là Hà Nội.",
    ("Dưới đây là danh sách 34 tỉnh, thành phố sau sáp nhập:\n1. An Giang (gộp Kiên Giang và An Giang)\n"
     "2. Bắc Ninh (gộp Bắc Giang và Bắc Ninh)\n3. Cà Mau (gộp Bạc Liêu và Cà Mau)\n4. Cao Bằng\n"),
    ("Bảng xếp hạng GRDP 34 tỉnh, thành sau sáp nhập\nSTT\nTên tỉnh, thành phố\nTổng GRDP (tỷ đồng)\n"
     "1\nTP. Hồ Chí Minh\n2.715.782\n2\nTP. Hà Nội\n1.425.521\n3\nTP. Hải Phòng\n658.381\n"
     "Số liệu chỉ mang tính tham khảo.\n"),
])
def test_provinces_after_the_merger_listed_or_counted_rank_no_index(text):
    assert ranks(text) == []


def test_a_province_written_without_its_capitals_in_a_cell_is_the_rows_subject():
    text = LEAD + cells("Bảng xếp hạng PCI năm 2021", HEAD, [
        ("Bắc Giang", "71,20", 1, "Rất tốt"), ("Lạng sơn", "70,40", 2, "Rất tốt"), ("Cao Bằng", "69,90", 3, "Tốt")]) + END
    assert ranks(text, ("rank", "subject")) == expect([(1, "Bắc Giang"), (2, "Lạng Sơn"), (3, "Cao Bằng")])
