"""Rankings on text never seen: each class of phrase on sentences written for the tests (docs/format.md,
GUIDE §8), with the confusable shapes that must not give a ranking."""
import pytest

import cchc_extract as cx

from conftest import check_article

KEYS = ("index", "rank", "out_of", "year", "change", "subject")


def ranks(text, keys=KEYS):
    art = check_article(cx.extract(text))
    return [tuple(getattr(f, k) for k in keys) for f in art.of_type("ranking")]


# ---- the index: variants, own acronyms, asides -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chỉ số PARINDEX năm 2024 của tỉnh Phú Yên xếp thứ 37/63.",
    "Tỉnh Phú Yên được đánh giá cao. Theo kết quả Par-Index 2024, tỉnh Phú Yên xếp thứ 37/63.",
    "Chỉ số cải cách hành chính (PARINDEX) năm 2024 của tỉnh Phú Yên xếp thứ 37/63.",
])
def test_par_index_variants(text):
    assert ranks(text, ("index", "rank", "out_of", "year")) == [("PAR INDEX", 37, 63, 2024)]


def test_a_sub_index_in_an_aside_does_not_take_the_rank():
    text = ("Chỉ số PARINDEX 2024 của Phú Yên đạt 85 điểm (gồm Chỉ số SIPAS 8,1/10 điểm), "
            "xếp hạng thứ 37/63 tỉnh, thành phố.")
    assert ranks(text, ("index", "rank", "out_of", "year")) == [("PAR INDEX", 37, 63, 2024)]


def test_a_sub_index_in_an_aside_does_not_carry_to_the_next_sentence():
    text = "Chỉ số PARINDEX 2024 của Phú Yên đạt 85,2 điểm (gồm Chỉ số SIPAS 8,1/10 điểm)… Xếp hạng thứ 37/63 tỉnh, thành phố."
    assert ranks(text, ("index", "rank", "out_of", "year")) == [("PAR INDEX", 37, 63, 2024)]


def test_an_index_of_its_own_keeps_its_acronym():
    text = ("VCCI công bố Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số Xanh cấp tỉnh (PGI) năm 2023. "
            "Về PGI, Bắc Ninh xếp thứ 3; về PCI, Bắc Ninh xếp thứ 5.")
    assert ranks(text, ("index", "rank")) == [("PGI", 3), ("PCI", 5)]


def test_a_component_abbreviation_is_not_an_index():
    text = "Về Chỉ số PCI 2023, chỉ số thành phần (CSTP) Chi phí thời gian của tỉnh Nam Định đứng thứ 2 cả nước."
    assert ranks(text, ("index", "rank")) == [("PCI", 2)]


# ---- ordered lists -----------------------------------------------------------------------------

def test_a_list_headed_by_its_count_ranks_in_order():
    text = "Về DTI năm 2023, 3 địa phương dẫn đầu lần lượt là Long An, Tây Ninh, Bình Phước."
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("DTI", 1, 2023, "Long An"), ("DTI", 2, 2023, "Tây Ninh"), ("DTI", 3, 2023, "Bình Phước")]


def test_a_list_of_bodies_keeps_names_joined_by_va():
    text = ("Về DTI năm 2023, 3 vị trí dẫn đầu lần lượt thuộc về Viện Khoa học và Công nghệ, "
            "Đài Truyền hình Việt Nam và Ủy ban Dân tộc.")
    art = check_article(cx.extract(text))
    assert [(f.rank, f.text) for f in art.of_type("ranking")] == [
        (1, "Viện Khoa học và Công nghệ"), (2, "Đài Truyền hình Việt Nam"), (3, "Ủy ban Dân tộc")]
    # the ranked names are still read as organisations
    assert [f.text for f in art.of_type("organization")] == [
        "Viện Khoa học và Công nghệ", "Đài Truyền hình Việt Nam", "Ủy ban Dân tộc"]


def test_a_list_shorter_than_its_count_gives_no_ranks():
    assert ranks("Về DTI năm 2023, 5 địa phương dẫn đầu lần lượt là Long An và Tây Ninh.") == []


def test_followers_continue_the_ranks():
    text = "Theo DTI 2023, Thái Nguyên dẫn đầu (0,85), theo sau là Hưng Yên (0,79) và Thái Bình (0,77)."
    assert ranks(text, ("rank", "subject")) == [(1, "Thái Nguyên"), (2, "Hưng Yên"), (3, "Thái Bình")]


def test_lan_luot_ranks_given_as_numbers():
    text = "Về PCI năm 2022, Bình Dương và Long An lần lượt xếp thứ 2 và 3."
    assert ranks(text, ("rank", "subject")) == [(2, "Bình Dương"), (3, "Long An")]


# ---- rank idioms and words -------------------------------------------------------------------------

@pytest.mark.parametrize("text,rank,out_of", [
    ("Về Chỉ số PAPI năm 2022, tỉnh Bình Định chiếm ngôi đầu cả nước.", 1, None),
    ("Về Chỉ số PAPI năm 2022, tỉnh Bình Định về nhì.", 2, None),
    ("Chỉ số PAPI năm 2022 của tỉnh Bình Định xếp vị trí thứ nhất trong 63 tỉnh.", 1, 63),
    ("Chỉ số PAPI năm 2022 của tỉnh Bình Định xếp thứ ba cả nước.", 3, None),
    ("Tỉnh Bình Định giành vị trí á quân trong bảng xếp hạng PAPI 2022.", 2, None),
    ("Chỉ số PAPI năm 2022 của tỉnh Bình Định đứng thứ 6 trong bảng xếp hạng của 63 tỉnh, thành phố.", 6, 63),
])
def test_rank_idioms(text, rank, out_of):
    assert ranks(text, ("index", "rank", "out_of", "year", "subject")) == [("PAPI", rank, out_of, 2022, "Bình Định")]


def test_out_of_from_the_ranking_table_is_not_a_quantity():
    art = check_article(cx.extract("Chỉ số PAPI năm 2022 của tỉnh xếp thứ 6 trong bảng xếp hạng của 63 tỉnh, thành phố."))
    assert [f.value for f in art.of_type("quantity")] == []


def test_the_subject_after_the_verb():
    text = "Về Chỉ số PAPI năm 2022, Quảng Ninh dẫn đầu, đứng thứ hai là Bình Dương, thứ ba là tỉnh Thanh Hóa."
    assert ranks(text, ("rank", "subject")) == [(1, "Quảng Ninh"), (2, "Bình Dương"), (3, "Thanh Hóa")]


@pytest.mark.parametrize("text", [
    "Từ năm 2012 đến nay, Quảng Ninh có 6 lần đứng đầu về Chỉ số CCHC.",
    "Các lĩnh vực của Chỉ số CCHC của tỉnh nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước.",
    "Bộ Công Thương đạt 78% Chỉ số CCHC, thấp hơn 11,92% so với đơn vị dẫn đầu.",
    "Giám đốc Sở Nội vụ dẫn đầu đoàn công tác của tỉnh học tập kinh nghiệm về Chỉ số CCHC.",
    "Ông được tặng Huân chương Lao động hạng Ba vì thành tích cải cách hành chính theo Chỉ số CCHC.",
    "Sáng thứ Hai, tỉnh tổ chức hội nghị phân tích Chỉ số PAPI năm 2023.",
])
def test_not_ranks(text):
    assert ranks(text) == []


# ---- moves: both ranks, each with its year ---------------------------------------------------------

def test_a_move_gives_both_ranks():
    text = "Về Chỉ số CCHC năm 2023, tỉnh Yên Bái từ vị trí 20 lên 17 trong cả nước."
    assert ranks(text) == [("PAR INDEX", 20, None, 2022, None, "Yên Bái"), ("PAR INDEX", 17, None, 2023, 3, "Yên Bái")]


def test_a_move_down_in_a_parenthesis():
    text = "Năm 2023, Chỉ số PCI của tỉnh Yên Bái lùi 2 bậc (từ 3 xuống 5)."
    assert ranks(text, ("rank", "year", "change")) == [(3, 2022, None), (5, 2023, -2)]


def test_a_move_with_the_earlier_year_written():
    text = "Chỉ số PAPI năm 2023 của tỉnh Yên Bái từ vị trí thứ 12 năm 2019 lên thứ 8."
    assert ranks(text, ("rank", "year", "change")) == [(12, 2019, None), (8, 2023, 4)]


def test_an_earlier_year_in_a_parenthesis():
    text = "Chỉ số PAPI năm 2023 của tỉnh Yên Bái xếp thứ 20/63 (năm 2022 là 25)."
    assert ranks(text, ("rank", "out_of", "year")) == [(20, 63, 2023), (25, None, 2022)]


# ---- shared ranks and earlier indices ---------------------------------------------------------------

def test_one_rank_shared_by_two_indices():
    text = "Năm 2022, Quảng Ninh cùng đứng đầu cả PAR INDEX lẫn SIPAS."
    assert ranks(text, ("index", "rank", "year")) == [("PAR INDEX", 1, 2022), ("SIPAS", 1, 2022)]


def test_both_indices_named_before():
    text = ("Bộ Nội vụ công bố Chỉ số SIPAS 2022 và Chỉ số CCHC năm 2022. "
            "Ở cả hai chỉ số này, Quảng Ninh đều là địa phương đứng đầu.")
    assert ranks(text, ("index", "rank", "year")) == [("SIPAS", 1, 2022), ("PAR INDEX", 1, 2022)]


def test_the_ranking_table_of_an_index_named_before():
    text = ("Bộ Nội vụ công bố Chỉ số CCHC năm 2023 của các tỉnh, thành phố. "
            "Tỉnh Quảng Ninh tiếp tục dẫn đầu bảng xếp hạng với 92,18%.")
    assert ranks(text, ("index", "rank", "year", "subject")) == [("PAR INDEX", 1, 2023, "Quảng Ninh")]


# ---- change: the rank it is said of ------------------------------------------------------------------

def test_change_goes_to_the_rank_said_before_it():
    text = ("Chỉ số CCHC năm 2019 của tỉnh An Giang xếp hạng 11/63, giảm 3 bậc so năm 2018, nhưng tăng 25 bậc "
            "so năm 2016 (năm 2016 xếp thứ 36/63).")
    assert ranks(text, ("rank", "year", "change")) == [(11, 2019, -3), (36, 2016, None)]


def test_change_before_the_rank_of_a_new_index():
    text = ("Chỉ số SIPAS năm 2023 xếp vị thứ 51/63; Chỉ số Cải cách hành chính (PAR Index) năm 2023, "
            "tỉnh Phú Yên tăng 11 bậc, xếp 52/63.")
    assert ranks(text, ("index", "rank", "change")) == [("SIPAS", 51, None), ("PAR INDEX", 52, 11)]


# ---- years --------------------------------------------------------------------------------------

def test_a_comparison_year_is_not_the_ranks_year():
    text = "Năm 2023, Chỉ số PAPI của tỉnh Sơn La xếp thứ 9/63, tăng 3 bậc so với năm 2021."
    assert ranks(text, ("rank", "year", "change")) == [(9, 2023, 3)]


def test_a_comparison_before_the_rank_is_not_its_year():
    text = "Năm 2024, Chỉ số CCHC của tỉnh Sơn La tăng 1 bậc so với năm 2023, xếp thứ 12/63."
    assert ranks(text, ("rank", "year", "change")) == [(12, 2024, 1)]


def test_a_rank_after_so_voi_nam_in_a_parenthesis_keeps_that_year():
    text = "Năm 2019, Chỉ số PCI của tỉnh Hòa Bình xếp thứ 29, tụt 9 bậc so với năm 2018 (đứng thứ 20)."
    assert ranks(text, ("rank", "year", "change")) == [(29, 2019, -9), (20, 2018, None)]


def test_a_year_in_a_closed_parenthesis_does_not_date_the_next_rank():
    text = ("Kết quả năm 2023: Bộ chỉ số phục vụ người dân, doanh nghiệp xếp 25/63 (năm 2022 xếp vị trí 61/63); "
            "Chỉ số SIPAS của tỉnh đạt 79,66%, tăng 1,71 điểm so với năm 2022, xếp vị thứ 51/63.")
    assert ranks(text, ("index", "rank", "year")) == [("BỘ CHỈ SỐ 766", 25, 2023), ("BỘ CHỈ SỐ 766", 61, 2022),
                                                      ("SIPAS", 51, 2023)]


def test_the_year_of_an_earlier_sentence_carries():
    text = ("Năm 2022, Bộ Thông tin và Truyền thông công bố Chỉ số DTI.\n"
            "Theo kết quả, tỉnh Hòa Bình xếp thứ 3 khu vực Tây Bắc.")
    assert ranks(text, ("index", "rank", "year")) == [("DTI", 3, 2022)]


def test_the_year_written_with_the_index_in_a_parenthesis():
    text = "Hải Phòng đứng đầu cả nước về chỉ số cải cách hành chính (PAR Index 2024), xếp thứ hai là Bà Rịa - Vũng Tàu."
    assert ranks(text, ("rank", "year", "subject")) == [(1, 2024, "Hải Phòng"), (2, 2024, "Bà Rịa - Vũng Tàu")]


def test_a_range_start_is_not_the_ranks_year():
    text = "Chỉ số PAPI năm 2023 của tỉnh đứng thứ 4/63. Kể từ năm 2017, tỉnh luôn đứng thứ 5."
    assert ranks(text, ("rank", "year")) == [(4, 2023), (5, 2023)]


# ---- components listed after the rank ---------------------------------------------------------------

def test_one_rank_of_each_listed_component():
    text = "Về DTI năm 2023, Đà Nẵng xếp thứ nhất trong 3/8 chỉ số chính, bao gồm nhận thức số, thể chế số và nhân lực số."
    assert ranks(text, ("index", "rank", "out_of")) == [("DTI", 1, None)] * 3
    art = check_article(cx.extract(text))
    assert [f.component for f in art.of_type("ranking")] == ["nhận thức số", "thể chế số", "nhân lực số"]


def test_out_of_from_the_group_before_the_clause():
    text = "Trong 3 tỉnh khu vực Tây Bắc về Chỉ số PCI năm 2021, Điện Biên đứng thứ 2."
    assert ranks(text, ("rank", "out_of", "subject")) == [(2, 3, "Điện Biên")]


def test_a_change_in_the_next_sentence_goes_to_the_national_rank():
    text = ("Chỉ số CCHC năm 2021 của tỉnh Nam Định xếp thứ 40/63 tỉnh, thành phố, xếp thứ 3 khu vực đồng bằng sông Hồng. "
            "Theo kết quả này, Chỉ số CCHC của tỉnh tăng 7 bậc so với năm 2020.")
    assert ranks(text, ("rank", "year", "change")) == [(40, 2021, 7), (3, 2021, None)]


# ---- the index written "Chỉ số PAR INDEX", years of sibling indices, shared ranks -------------------

@pytest.mark.parametrize("text, expected", [
    ("Chỉ số PAR INDEX 2023: 3 địa phương dẫn đầu lần lượt là Hải Phòng, Quảng Ninh, Bắc Ninh.",
     [(1, 2023), (2, 2023), (3, 2023)]),
    ("Chỉ số PAR INDEX 2023 của tỉnh xếp thứ 18/63 (năm 2022 là 25).", [(18, 2023), (25, 2022)]),
    ("Chỉ số PAR-INDEX năm 2022 của tỉnh đứng thứ 30/63.", [(30, 2022)]),
])
def test_chỉ_số_par_index_keeps_its_year(text, expected):
    assert ranks(text, ("rank", "year")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh Quảng Trị có PAR INDEX 2023 đạt 85,1%, xếp hạng 30/63; SIPAS đạt 82%, xếp hạng 40/63.",
     [("PAR INDEX", 30, 2023), ("SIPAS", 40, 2023)]),
    ("Chỉ số SIPAS 2023 của tỉnh xếp thứ 7/63, Chỉ số PAR INDEX xếp thứ 9/63.",
     [("SIPAS", 7, 2023), ("PAR INDEX", 9, 2023)]),
])
def test_a_year_written_with_another_index_of_the_sentence_dates_the_rank(text, expected):
    assert ranks(text, ("index", "rank", "year")) == expected


def test_a_rank_shared_by_both_indices_with_a_year_after_the_second():
    text = "Hải Phòng cùng đứng đầu cả PAR INDEX lẫn SIPAS năm 2023."
    assert ranks(text, ("index", "rank", "year")) == [("PAR INDEX", 1, 2023), ("SIPAS", 1, 2023)]


# ---- changes: more verbs, and a change said just before the sentence of its rank ----------------------

@pytest.mark.parametrize("text, change", [
    ("Chỉ số PCI 2023 của Bình Định xếp thứ 10, thăng 6 bậc so với năm 2022.", 6),
    ("Chỉ số SIPAS năm 2023 của tỉnh đạt 85,6%, xếp thứ 20/63, cao hơn 3 bậc so với năm trước.", 3),
    ("Long An nhảy vọt 8 bậc, giành vị trí á quân PCI 2023.", 8),
    ("Chỉ số PAPI 2023 của tỉnh xếp thứ 30/63, sụt giảm 4 bậc.", -4),
])
def test_change_verbs(text, change):
    assert ranks(text, ("change",)) == [(change,)]


def test_a_change_said_before_the_sentence_of_its_rank():
    text = ("Long An có bước tiến lớn, nhảy vọt 8 bậc so với năm 2022. "
            "Kết quả, địa phương giành vị trí á quân trong bảng xếp hạng PCI 2023.")
    assert ranks(text, ("index", "rank", "year", "change")) == [("PCI", 2, 2023, 8)]


# ---- not rankings of the index: sport, exams; goals ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chỉ số PCI của tỉnh đạt 65 điểm. Đội bóng của tỉnh xếp thứ 3 giải hạng Nhất.",
    "Chỉ số PAR INDEX của tỉnh tăng 4 bậc. Năm 2024, tỉnh xếp thứ 12 cả nước về điểm thi tốt nghiệp THPT.",
    "Tỉnh phấn đấu Chỉ số PAPI xếp thứ 10/63 vào năm 2025.",
    "Tỉnh phấn đấu giữ vững vị trí dẫn đầu về Chỉ số PCI.",
])
def test_no_ranking(text):
    assert ranks(text) == []


def test_a_rank_to_reach_or_keep_is_a_rank_target():
    art = check_article(cx.extract("Tỉnh phấn đấu Chỉ số PAPI xếp thứ 10/63 vào năm 2025."))
    assert [(f.value, f.unit, f.deadline) for f in art.of_type("target")] == [(10.0, "rank", "2025")]
    art = check_article(cx.extract("Tỉnh phấn đấu giữ vững vị trí dẫn đầu về Chỉ số PCI."))
    assert [(f.value, f.unit) for f in art.of_type("target")] == [(1.0, "rank")]


# ---- lists without "lần lượt", a rank said as a title ---------------------------------------------------

def test_ranks_listed_after_as_many_provinces():
    text = "Về DTI 2023, Thanh Hóa, Điện Biên và Hà Tĩnh giữ vị trí thứ 5, 6, 7."
    assert ranks(text, ("rank", "subject")) == [(5, "Thanh Hóa"), (6, "Điện Biên"), (7, "Hà Tĩnh")]


def test_no_further_ranks_without_their_provinces():
    assert ranks("Chỉ số PCI 2023 của tỉnh xếp thứ 5, tăng 3 bậc.", ("rank", "change")) == [(5, 3)]
    assert ranks("Về DTI 2023, Hà Tĩnh giữ vị trí thứ 5, 6 chỉ số chính tăng điểm.", ("rank",)) == [(5,)]


def test_the_province_after_a_rank_title():
    text = "Với 73,40 điểm, Quảng Ninh chiếm ngôi quán quân PCI 2019, á quân Đồng Tháp đạt 72,10 điểm."
    assert ranks(text, ("rank", "subject")) == [(1, "Quảng Ninh"), (2, "Đồng Tháp")]


def test_năm_nay_is_the_articles_index_year():
    text = "Kết quả Chỉ số PAPI năm 2023 vừa được công bố. Năm 2022, tỉnh xếp thứ 20; năm nay tỉnh xếp thứ 12."
    assert ranks(text, ("rank", "year")) == [(20, 2022), (12, 2023)]


def test_a_rank_in_a_parenthesis_after_each_province():
    text = "Chỉ số PCI 2023, Quảng Ninh 71,25 điểm (thứ 1), Long An 70,94 điểm (thứ 2)."
    art = check_article(cx.extract(text))
    assert [(f.text, f.rank, f.subject) for f in art.of_type("ranking")] == [
        ("thứ 1", 1, "Quảng Ninh"), ("thứ 2", 2, "Long An")]


@pytest.mark.parametrize("text", [
    "Bộ Nội vụ công bố Chỉ số PAR INDEX 2023 vào sáng nay, thứ 2 ngày 15/4/2024.",
    "Chỉ số SIPAS 2023 của tỉnh đạt 86%. Huyện A dẫn đầu toàn tỉnh về tỷ lệ hồ sơ trực tuyến.",
])
def test_a_weekday_or_a_lead_on_another_topic_is_no_ranking(text):
    assert ranks(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Về hiệu quả quản trị và hành chính công cấp tỉnh năm 2023, Bắc Ninh xếp thứ 5/63.", [("PAPI", 5, 63, 2023)]),
    ("Về kết quả chuyển đổi số năm 2023, tỉnh xếp thứ 12/63.", [("DTI", 12, 63, 2023)]),
    ("Về mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023, tỉnh xếp thứ 7/63.",
     [("SIPAS", 7, 63, 2023)]),
])
def test_indices_paraphrased(text, expected):
    assert ranks(text, ("index", "rank", "out_of", "year")) == expected


def test_a_bare_rank_right_after_a_province():
    text = ("Năm 2023, Chỉ số cải cách hành chính (PAR Index) của Quảng Ninh tiếp tục dẫn đầu, "
            "Hải Phòng đứng thứ hai, Bắc Ninh thứ ba.")
    assert ranks(text, ("rank", "subject")) == [(1, "Quảng Ninh"), (2, "Hải Phòng"), (3, "Bắc Ninh")]
    assert ranks("Chỉ số PAR INDEX 2023 được công bố tại Đại hội thứ ba của Hiệp hội.") == []


@pytest.mark.parametrize("text", [
    "Tỉnh Trà Vinh tiếp tục đẩy mạnh chuyển đổi số. Về DTI 2023, ở khối bộ, ngành có dịch vụ công, "
    "Bộ Kế hoạch và Đầu tư vươn lên dẫn đầu.",
    "Tỉnh Trà Vinh tiếp tục đẩy mạnh chuyển đổi số. Về DTI 2023, ở khối bộ, ngành không có dịch vụ công, "
    "dẫn đầu vẫn là Viện Hàn lâm Khoa học và Công nghệ Việt Nam.",
    "Tỉnh Trà Vinh tiếp tục đẩy mạnh chuyển đổi số. Về DTI 2023, 3 vị trí dẫn đầu lần lượt thuộc về "
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam, Đài Truyền hình Việt Nam và Ủy ban Dân tộc.",
])
def test_a_ranked_ministry_or_institute_takes_no_province(text):
    got = ranks(text, ("rank", "subject"))
    assert got and all(subject is None for _, subject in got)


def test_a_body_heading_the_clause_is_ranked_not_its_province():
    text = ("Về Chỉ số CCHC năm 2022 của các sở, Sở Nội vụ xếp thứ nhất; "
            "Sở Giáo dục và Đào tạo Lai Châu xếp thứ nhất về Chỉ số SIPAS năm 2022.")
    assert ranks(text, ("index", "rank", "subject")) == [("PAR INDEX", 1, None), ("SIPAS", 1, None)]
    assert ranks("Ủy ban nhân dân tỉnh Lai Châu xếp thứ 24/63 về Chỉ số PAR INDEX 2022.", ("rank", "subject")) == [
        (24, "Lai Châu")]


@pytest.mark.parametrize("text, expected", [
    ("Bộ Nội vụ công bố Chỉ số PAR INDEX 2023. Quảng Ninh tiếp tục dẫn đầu cả nước về cải cách hành chính.",
     [("PAR INDEX", 1, 2023)]),
    ("Chỉ số DTI 2023 được công bố. Đà Nẵng tiếp tục dẫn đầu cả nước về chuyển đổi số.", [("DTI", 1, 2023)]),
])
def test_a_lead_in_the_field_of_the_index_named_before(text, expected):
    assert ranks(text, ("index", "rank", "year")) == expected


# ---- tables and numbered lists ranking an index named in their caption or header ---------------------

PAR_TABLE = ("Chiều 15/4, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các tỉnh, thành phố.\n"
             "Bảng xếp hạng Chỉ số PAR INDEX 2023 của 63 tỉnh, thành phố như sau:\n"
             "| STT | Tỉnh | Điểm | Xếp hạng |\n|---|---|---|---|\n"
             "| 1 | Quảng Ninh | 91,00 | 1 |\n| 2 | Hải Phòng | 89,50 | 2 |\n| 3 | TP. Hồ Chí Minh | 88,10 | 3 |\n"
             "Các tỉnh còn lại có điểm số thấp hơn.")


def test_a_pipe_table_with_a_rank_column():
    art = check_article(cx.extract(PAR_TABLE))
    got = [(f.text, f.index, f.rank, f.out_of, f.year, f.subject) for f in art.of_type("ranking")]
    assert got == [("1", "PAR INDEX", 1, 63, 2023, "Quảng Ninh"), ("2", "PAR INDEX", 2, 63, 2023, "Hải Phòng"),
                   ("3", "PAR INDEX", 3, 63, 2023, "Hồ Chí Minh")]
    # the count stated for the table is its out_of, not a quantity; the caption stays in the body
    assert [f.value for f in art.of_type("quantity")] == []
    assert "Bảng xếp hạng Chỉ số PAR INDEX 2023" in art.text


def test_a_table_from_an_html_page():
    html = ("<html><head><title>Công bố PAR INDEX 2023</title></head><body><article>"
            "<h1>Công bố Chỉ số cải cách hành chính năm 2023</h1>"
            "<p>Ngày 15/4/2024, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các tỉnh, thành phố "
            "trực thuộc Trung ương. Kết quả cụ thể như sau.</p>"
            "<p>Kết quả xếp hạng Chỉ số SIPAS năm 2023 của các tỉnh dẫn đầu:</p>"
            "<table><tr><th>Tỉnh</th><th>Chỉ số SIPAS (%)</th><th>Thứ hạng</th></tr>"
            "<tr><td>Quảng Ninh</td><td>89,2</td><td>1/63</td></tr>"
            "<tr><td>Hải Phòng</td><td>88,5</td><td>2/63</td></tr></table>"
            "<p>Năm nay, nhiều tỉnh có bước tiến lớn trong công tác cải cách hành chính so với năm trước.</p>"
            "</article></body></html>")
    assert ranks(html.encode(), ("index", "rank", "out_of", "year", "subject")) == [
        ("SIPAS", 1, 63, 2023, "Quảng Ninh"), ("SIPAS", 2, 63, 2023, "Hải Phòng")]


@pytest.mark.parametrize("text, expected", [
    # headerless rows: the first column is the rank, the caption ranks them
    ("Theo bảng xếp hạng DTI năm 2022, các địa phương dẫn đầu gồm:\n| 1 | Đà Nẵng | 0,70 |\n| 2 | Thừa Thiên Huế | 0,63 |",
     [("DTI", 1, None, 2022, "Đà Nẵng"), ("DTI", 2, None, 2022, "Thừa Thiên Huế")]),
    # numbered items under a caption naming the index
    ("Top 3 tỉnh dẫn đầu Chỉ số PAPI năm 2023 như sau:\n1. Quảng Ninh: 47,2 điểm\n2. Hải Phòng: 46,1 điểm\n"
     "3. Bình Định (45,9 điểm)",
     [("PAPI", 1, None, 2023, "Quảng Ninh"), ("PAPI", 2, None, 2023, "Hải Phòng"), ("PAPI", 3, None, 2023, "Bình Định")]),
    # the index in the header, a year per rank column, a change column
    ("Kết quả của các tỉnh Tây Nguyên như sau:\n| Tỉnh | PCI 2023 | Xếp hạng 2023 | Tăng/giảm |\n"
     "| Lâm Đồng | 66,1 | 12/63 | +3 |\n| Đắk Lắk | 64,0 | 30/63 | giảm 2 |",
     [("PCI", 12, 63, 2023, "Lâm Đồng"), ("PCI", 30, 63, 2023, "Đắk Lắk")]),
    # rows without the outer bars
    ("Bảng xếp hạng Chỉ số PAPI 2023 của 63 tỉnh, thành phố như sau:\nSTT | Tỉnh | Điểm | Xếp hạng\n"
     "1 | Quảng Ninh | 47,2 | 1\n2 | Bình Định | 46,9 | 2",
     [("PAPI", 1, 63, 2023, "Quảng Ninh"), ("PAPI", 2, 63, 2023, "Bình Định")]),
    # ranked by order: a ranking caption, scores that do not rise, no rank column
    ("Bảng xếp hạng Chỉ số SIPAS 2022 của các tỉnh vùng Đồng bằng sông Cửu Long:\n| STT | Tỉnh | Điểm |\n"
     "| 1 | Đồng Tháp | 88,2 |\n| 2 | Long An | 86,5 |",
     [("SIPAS", 1, None, 2022, "Đồng Tháp"), ("SIPAS", 2, None, 2022, "Long An")]),
])
def test_table_and_list_shapes(text, expected):
    assert ranks(text, ("index", "rank", "out_of", "year", "subject")) == expected


def test_a_change_column_gives_the_change():
    text = ("Kết quả của các tỉnh Tây Nguyên như sau:\n| Tỉnh | PCI 2023 | Xếp hạng | Tăng/giảm |\n"
            "| Lâm Đồng | 66,1 | 12/63 | +3 |\n| Đắk Lắk | 64,0 | 30/63 | giảm 2 |")
    assert ranks(text, ("rank", "change")) == [(12, 3), (30, -2)]


def test_a_list_of_the_top_ten_does_not_give_out_of_ten():
    text = "Top 10 tỉnh dẫn đầu PAR INDEX 2023:\n1. Quảng Ninh: 91,00 điểm\n2. Hải Phòng: 89,50 điểm"
    assert ranks(text, ("rank", "out_of")) == [(1, None), (2, None)]


@pytest.mark.parametrize("text", [
    # scores of departments, no rank column, a caption that ranks nothing
    "Kết quả Chỉ số SIPAS năm 2023 của các sở, ngành như sau:\n| STT | Tên đơn vị | Điểm |\n|---|---|---|\n"
    "| 1 | Sở Nội vụ | 85,2 |\n| 2 | Sở Tài chính | 88,4 |",
    # a price table
    "Giá xăng dầu bán lẻ hôm nay được điều chỉnh như sau:\n| STT | Mặt hàng | Giá (đồng/lít) |\n|---|---|---|\n"
    "| 1 | Xăng RON 95 | 23.500 |\n| 2 | Dầu diesel | 20.100 |",
    # sport
    "Chỉ số PCI của tỉnh tăng 4 bậc. Bảng xếp hạng V-League sau vòng 10 như sau:\n| Hạng | CLB | Điểm |\n"
    "| 1 | Nam Định | 25 |\n| 2 | Hà Nội | 22 |",
    # exam results
    "Các tỉnh có điểm thi tốt nghiệp THPT năm 2024 cao nhất:\n| Xếp hạng | Tỉnh | Điểm trung bình |\n"
    "| 1 | Nam Định | 7,2 |\n| 2 | Ninh Bình | 7,1 |",
    # a ranking caption over scores that rise: not in rank order
    "Bảng xếp hạng Chỉ số PAPI 2023 của một số tỉnh:\n| STT | Tỉnh | Điểm |\n| 1 | Hà Giang | 40,1 |\n"
    "| 2 | Quảng Ninh | 47,2 |",
    # the last places: their order is no rank
    "Về PAR INDEX 2023, 3 tỉnh xếp cuối bảng gồm:\n1. Quảng Ngãi: 78,1 điểm\n2. Kon Tum: 77,5 điểm",
    # a numbered plan, not a list of ranks
    "Để cải thiện Chỉ số PAR INDEX 2023, tỉnh đề ra các nhiệm vụ sau:\n1. Quảng bá dịch vụ công trực tuyến\n"
    "2. Nâng cao chất lượng phục vụ",
])
def test_tables_that_rank_no_index(text):
    assert ranks(text) == []


# ---- 'lần lượt' lists: ordinals, names over commas, continued in the next sentence ----------------------

def test_provinces_listed_before_lan_luot_take_ordinal_ranks():
    text = "Về PCI 2023, Quảng Ninh, Hải Phòng, Long An lần lượt đứng thứ nhất, thứ hai và thứ ba."
    assert ranks(text, ("index", "rank", "subject")) == [
        ("PCI", 1, "Quảng Ninh"), ("PCI", 2, "Hải Phòng"), ("PCI", 3, "Long An")]


@pytest.mark.parametrize("text", [
    "Về PAPI 2023, ba tỉnh dẫn đầu lần lượt là Quảng Ninh, Hải Phòng và Long An. "
    "Các vị trí tiếp theo lần lượt thuộc về Bắc Ninh và Đồng Tháp.",
    "Về PAPI 2023, 3 địa phương dẫn đầu lần lượt là Quảng Ninh, Hải Phòng, Long An. "
    "Tiếp theo lần lượt là Bắc Ninh, Đồng Tháp.",
])
def test_a_respective_list_continues_in_the_next_sentence(text):
    assert ranks(text, ("index", "rank", "year", "subject")) == [
        ("PAPI", 1, 2023, "Quảng Ninh"), ("PAPI", 2, 2023, "Hải Phòng"), ("PAPI", 3, 2023, "Long An"),
        ("PAPI", 4, 2023, "Bắc Ninh"), ("PAPI", 5, 2023, "Đồng Tháp")]


@pytest.mark.parametrize("text", [
    "Về DTI 2023, Long An dẫn đầu. Tiếp theo lần lượt là Hội nghị Chính phủ và phần thảo luận.",
    "Về DTI 2023, Long An dẫn đầu; các tỉnh trong nhóm A gồm Long An, Tây Ninh. Tiếp theo là Bình Phước, Đồng Nai.",
])
def test_what_follows_is_no_continued_list(text):
    assert ranks(text, ("rank",)) == [(1,)]


# ---- component ranks listed bare after 'lần lượt' ---------------------------------------------------

def test_components_named_before_lan_luot():
    text = ("Chỉ số PCI 2023 của tỉnh Nam Định xếp thứ 30/63. Các chỉ số thành phần Gia nhập thị trường, "
            "Tiếp cận đất đai, Tính minh bạch lần lượt xếp thứ 47, 39, 29.")
    assert ranks(text, ("index", "component", "rank", "year")) == [
        ("PCI", None, 30, 2023), ("PCI", "Gia nhập thị trường", 47, 2023), ("PCI", "Tiếp cận đất đai", 39, 2023),
        ("PCI", "Tính minh bạch", 29, 2023)]


def test_components_listed_in_the_sentence_before():
    text = ("Năm 2023, Chỉ số PAPI của tỉnh Hà Giang xếp thứ 20/63. Chỉ số gồm 3 chỉ số thành phần là Tham gia của "
            "người dân, Công khai minh bạch và Trách nhiệm giải trình. Các chỉ số thành phần này lần lượt xếp thứ 47, 39 và 29.")
    assert ranks(text, ("component", "rank")) == [
        (None, 20), ("Tham gia của người dân", 47), ("Công khai minh bạch", 39), ("Trách nhiệm giải trình", 29)]


def test_unnamed_components_are_ranked_without_a_made_up_name():
    text = "Năm 2023, Chỉ số CCHC của tỉnh Hà Giang xếp thứ 20/63; các chỉ số thành phần lần lượt xếp thứ 47, 39, 29."
    assert ranks(text, ("index", "component", "rank")) == [
        ("PAR INDEX", None, 20), ("PAR INDEX", None, 47), ("PAR INDEX", None, 39), ("PAR INDEX", None, 29)]


# ---- 'cao nhất cả nước' of an index's or component's score --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Chỉ số SIPAS 2023 của tỉnh Bắc Giang đạt 85%, cao nhất cả nước.", [("SIPAS", None, 1, None, "Bắc Giang")]),
    ("Chỉ số PAPI 2023 của Bình Định có điểm cao nhất toàn quốc.", [("PAPI", None, 1, None, "Bình Định")]),
    ("Chỉ số PCI 2023 của Long An đạt 70 điểm, cao nhất trong 63 tỉnh, thành phố.", [("PCI", None, 1, 63, "Long An")]),
    ("Năm 2023, Chỉ số PCI của Quảng Ninh tăng mạnh. Chỉ số thành phần (CSTP) Chi phí thời gian đạt 8,54 điểm, "
     "cao nhất cả nước.", [("PCI", "Chi phí thời gian", 1, None, "Quảng Ninh")]),
])
def test_highest_in_the_country(text, expected):
    assert ranks(text, ("index", "component", "rank", "out_of", "subject")) == expected


def test_highest_in_the_region_after_a_national_rank_keeps_the_change_on_the_national_rank():
    text = ("Chỉ số PAPI năm 2022 của tỉnh Lai Châu đạt 42,69 điểm, xếp vị trí thứ 27/63 tỉnh, thành phố, cao nhất "
            "khu vực các tỉnh Tây Bắc, tăng 3 bậc so với năm 2021.")
    assert ranks(text, ("rank", "out_of", "year", "change")) == [(27, 63, 2022, 3), (1, None, 2022, None)]


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 95%, cao nhất cả nước.",
    "Chỉ số PCI năm 2023 của tỉnh tăng mạnh; tỷ lệ doanh nghiệp hài lòng đạt 90%, cao nhất cả nước.",
    "Năm 2023, Chỉ số PAPI của tỉnh đạt 45 điểm, tỷ lệ hộ nghèo giảm 2%, cao nhất cả nước.",
    "Chỉ số PCI của tỉnh đạt 65 điểm. Tốc độ tăng trưởng GRDP đạt 9%, cao nhất cả nước.",
    "Về Chỉ số PAPI 2023, tỉnh có 1/8 chỉ số trong nhóm các tỉnh đạt điểm cao nhất toàn quốc.",
])
def test_highest_of_something_else(text):
    assert ranks(text) == []


# ---- sub-aspects: a PAPI axis, a DTI pillar, a PAR INDEX field are the rank's component ---------------

@pytest.mark.parametrize("text, expected", [
    ("Về Chỉ số PAPI 2023, ở trục nội dung Kiểm soát tham nhũng, tỉnh Bình Định xếp thứ 5.",
     [("PAPI", "Kiểm soát tham nhũng", 5)]),
    ("Về DTI 2023, trụ cột Chính quyền số của Đà Nẵng xếp thứ 2 cả nước.", [("DTI", "Chính quyền số", 2)]),
    ("Chỉ số PAR INDEX 2023 của tỉnh Lạng Sơn xếp thứ 15/63; trong đó lĩnh vực Cải cách thủ tục hành chính xếp thứ 8/63.",
     [("PAR INDEX", None, 15), ("PAR INDEX", "Cải cách thủ tục hành chính", 8)]),
    ("Về DTI 2022, ở 3 trụ cột chính: chính quyền số Trà Vinh đạt 0,66 điểm, xếp hạng thứ 29; kinh tế số đạt "
     "0,66 điểm, xếp thứ 27.", [("DTI", "chính quyền số", 29), ("DTI", None, 27)]),
])
def test_sub_aspect_components(text, expected):
    assert ranks(text, ("index", "component", "rank")) == expected


def test_a_rank_after_a_field_of_activity_has_no_component():
    text = "Chỉ số PAR INDEX 2023 của tỉnh xếp thứ 15/63, tỉnh đạt kết quả tốt trong lĩnh vực y tế."
    assert ranks(text, ("component", "rank")) == [(None, 15)]


def test_a_national_top_after_another_rank_is_no_rank():
    # "xếp thứ 3, cao nhất cả nước" contradicts itself: only a region's top follows another rank
    assert ranks("Về PCI 2023, chỉ số Tiếp cận đất đai của Long An xếp thứ 3, cao nhất cả nước.", ("rank",)) == [(3,)]


@pytest.mark.parametrize("text", [
    "Để vào top 10 PAR INDEX 2024, tỉnh xếp hạng các nhiệm vụ như sau:\n1. Quảng bá dịch vụ công trực tuyến\n"
    "2. Nâng cao chất lượng phục vụ",
    "Mục tiêu vào top 10 Chỉ số PAR INDEX 2025 của các tỉnh dẫn đầu:\n1. Quảng Ninh: 91,00 điểm\n2. Hải Phòng: 89,50 điểm",
])
def test_a_numbered_list_of_tasks_or_goals_is_no_ranking(text):
    assert ranks(text) == []


def test_numbered_departments_under_a_ranking_caption():
    text = ("Kết quả xếp hạng Chỉ số CCHC năm 2023 của các sở, ngành như sau:\n1. Sở Nội vụ: 92,5 điểm\n"
            "2. Sở Tư pháp: 90,1 điểm")
    assert ranks(text, ("text", "index", "rank", "year", "subject")) == [
        ("1", "PAR INDEX", 1, 2023, None), ("2", "PAR INDEX", 2, 2023, None)]


def test_ranked_departments_in_a_province_article_take_no_province():
    text = ("UBND tỉnh Nam Định công bố kết quả cải cách hành chính. Tỉnh Nam Định tiếp tục nỗ lực.\n"
            "Kết quả xếp hạng Chỉ số CCHC năm 2023 của các sở, ngành tỉnh Nam Định như sau:\n"
            "1. Sở Nội vụ: 92,5 điểm\n2. Sở Tư pháp: 90,1 điểm")
    art = check_article(cx.extract(text))
    assert [(f.rank, f.subject, f.subject_source) for f in art.of_type("ranking")] == [(1, None, None), (2, None, None)]


def test_numbered_components_with_their_rank_in_a_parenthesis():
    text = ("Về PAPI 2023 của tỉnh Kiên Giang, nhóm trung bình thấp: (1) Chỉ số công khai minh bạch và (2) Chỉ số quản trị "
            "điện tử (44/63), (3) Chỉ số cung ứng dịch vụ công (46/63); nhóm thấp: Chỉ số tham gia của người dân (55/63).")
    assert ranks(text, ("component", "rank", "out_of")) == [
        ("công khai minh bạch", 44, 63), ("quản trị điện tử", 44, 63), ("cung ứng dịch vụ công", 46, 63),
        ("tham gia của người dân", 55, 63)]
