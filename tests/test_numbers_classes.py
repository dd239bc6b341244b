"""Targets, percentages, quantities and dates on made-up sentences in the shape of each class of
text (goal lists, rank goals, ranges, changes, split digits, money, truncated pages, day dates
without a year)."""
import pytest

from conftest import facts_of, targets_of


facts = facts_of
targets = targets_of


# ---- goal lists ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mục tiêu cụ thể: 100% hồ sơ được trả kết quả đúng hạn; tối thiểu 90% người dân hài lòng; cấp xã đạt 70%.",
    "Kế hoạch đặt mục tiêu cụ thể: 100% thủ tục được nhận kết quả trực tuyến; tối thiểu 90% hồ sơ được số hóa; cấp xã đạt 70%.",
])
def test_a_goal_heading_governs_its_whole_list_past_trả_kết_quả(text):
    assert [(v, c) for v, _, c, _ in targets(text)] == [(100.0, "eq"), (90.0, "gte"), (70.0, "eq")]
    assert facts(text, "percentage") == []


def test_a_goal_heading_governs_the_next_paragraphs():
    text = ("Ủy ban nhân dân tỉnh đặt các mục tiêu đến hết năm 2022 là:\n"
            "Đưa tỷ lệ hồ sơ trực tuyến đạt 40% trở lên; tích hợp 50% dịch vụ công lên Cổng quốc gia.\n"
            "Nội dung thực hiện gồm:\nNăm 2021, tỉnh đạt 35% hồ sơ trực tuyến.")
    assert targets(text) == [(40.0, "%", "gte", "2022"), (50.0, "%", "eq", "2022")]
    assert [f.value for f in facts(text, "percentage")] == [35.0]


@pytest.mark.parametrize("text, value, unit, comp", [
    ("Phấn đấu đến năm 2025, Chỉ số CCHC của tỉnh thuộc nhóm 15 tỉnh dẫn đầu cả nước.", 15.0, "rank", "lte"),
    ("Mục tiêu đến năm 2025, Việt Nam vào nhóm 3 nước dẫn đầu ASEAN về Chính phủ số.", 3.0, "rank", "lte"),
    ("Phấn đấu năm 2025 chỉ số PAPI của tỉnh tăng ít nhất 01 bậc so với năm 2024.", 1.0, "bậc", "gte"),
    ("Mục tiêu đến năm 2025 chỉ số PCI của tỉnh tăng từ 5 đến 8 bậc.", 5.0, "bậc", "gte"),
    ("Các xã nỗ lực trong năm 2025 để đạt được 19 tiêu chí nông thôn mới.", 19.0, "tiêu chí nông thôn mới", "eq"),
])
def test_rank_range_and_criteria_goals(text, value, unit, comp):
    [(v, u, c, deadline)] = targets(text)
    assert (v, u, c, deadline) == (value, unit, comp, "2025")
    assert [f for f in facts(text) if f.type in ("ranking", "percentage")] == []


def test_no_rank_change_goal_outside_a_goal():
    assert facts("Năm 2023, chỉ số PAPI của tỉnh tăng 5 bậc so với năm 2022.", "target") == []


@pytest.mark.parametrize("text", [
    "Mục tiêu năm 2023 là 60% hồ sơ trực tuyến. Đến cuối năm 2023, tỷ lệ này mới đạt 41,2%.",
    "Đến hết năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh chỉ đạt 41,2%.",
])
def test_an_achieved_value_after_a_year_is_no_goal(text):
    assert 41.2 in [f.value for f in facts(text, "percentage")]
    assert 41.2 not in [f.value for f in facts(text, "target")]


@pytest.mark.parametrize("text", [
    "Tỉnh giao chỉ tiêu biên chế 120 người cho các sở.",
    "Chỉ số gồm 8 lĩnh vực và hơn 120 chỉ tiêu thành phần của 63 tỉnh, thành phố.",
    "Thành phố đã hoàn thành 100% chỉ tiêu cấp căn cước công dân, đạt tỷ lệ 100%.",
    "Xã trả kết quả 278/278 hồ sơ theo yêu cầu của công dân (đạt tỷ lệ 100%).",
    "Để đạt được điều đó, Công an tỉnh đã huy động 45 cán bộ thành lập 11 tổ công tác.",
])
def test_trigger_words_used_as_nouns_are_no_goals(text):
    assert facts(text, "target") == []


def test_deadlines():
    assert targets("Phấn đấu hoàn thành trước ngày 30/11/2025 100% hồ sơ được số hóa.") == [(100.0, "%", "eq", "2025-11-30")]
    assert [t[3] for t in targets("Phấn đấu đến năm 2025 đạt 50% hồ sơ trực tuyến, đến năm 2030 đạt 80%.")] == ["2025", "2030"]
    assert [t[3] for t in targets("Tỉnh phấn đấu đạt 60% hồ sơ trực tuyến vào năm 2025.")] == ["2025"]
    # a value before the year and across ';' does not take it
    got = targets("Một số mục tiêu cụ thể: bảo đảm 100% quy định được công khai; đến năm 2025, tối thiểu 90% người dân hài lòng.")
    assert [t[3] for t in got] == [None, "2025"]
    # a compared year is no deadline
    assert [t[3] for t in targets("Năm nay, công ty đề ra mục tiêu doanh thu 11.069 tỷ đồng, tăng 44% so với năm 2023.")] == [None, None]
    # a goal in brackets keeps the deadline of the sentence before
    text = "Phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 50%. Hiện tỷ lệ này đạt 30% (mục tiêu 35%)."
    assert [(v, d) for v, _, _, d in targets(text)] == [(50.0, "2025"), (35.0, "2025")]
    assert [f.value for f in facts(text, "percentage")] == [30.0]


def test_money_goal_is_a_target_but_money_is_no_quantity():
    got = targets("Công ty đề ra mục tiêu doanh thu 11.069 tỷ đồng trong năm 2024.")
    assert got == [(11069.0, "tỷ đồng", "eq", "2024")]
    text = "Doanh thu đạt 1.680 tỷ đồng, vốn 60 triệu USD, giá vàng giảm 250.000 đồng/lượng; tỉnh có 12 ha rừng và 45 xã."
    assert [(f.value, f.unit) for f in facts(text, "quantity")] == [(12.0, "ha rừng"), (45.0, "xã")]


# ---- percentages ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, value_max, comp", [
    ("Nhóm B đạt kết quả Chỉ số từ 80% - dưới 90%, gồm 56 tỉnh.", 80.0, 90.0, "gte"),
    ("Tốc độ tăng trưởng các chỉ số đạt 45% - 55%.", 45.0, 55.0, "eq"),
    ("Một số mỹ phẩm giảm giá từ 50 - 80%.", 50.0, 80.0, "gte"),
    ("Lợi nhuận dự báo tăng 15-25%.", 15.0, 25.0, "eq"),
    ("Tỷ lệ dao động khoảng 15 - 25%.", 15.0, 25.0, "approx"),
])
def test_a_range_is_one_percentage_with_both_bounds(text, value, value_max, comp):
    [f] = facts(text, "percentage")
    assert (f.value, f.value_max, f.comparator) == (value, value_max, comp)


def test_a_range_with_a_bound_of_its_own_stays_two_and_a_goal_range_is_its_lower_bound():
    got = facts("Nhóm B đạt từ 80% đến dưới 90%.", "percentage")
    assert [(f.value, f.value_max, f.comparator) for f in got] == [(80.0, None, "gte"), (90.0, None, "lt")]
    assert targets("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 15-25% trong năm 2025.") == [(15.0, "%", "gte", "2025")]
    assert facts("Chỉ số năm 2021-2022 tăng 5%.", "percentage")[0].value_max is None


def test_a_change_from_to_is_two_plain_values():
    got = facts("Tỷ lệ hồ sơ trễ hạn giảm từ 5% xuống 2%; tỷ lệ trực tuyến tăng từ 30% lên 45%.", "percentage")
    assert [(f.value, f.comparator) for f in got] == [(5.0, "eq"), (2.0, "eq"), (30.0, "eq"), (45.0, "eq")]
    assert [f.comparator for f in facts("Tỷ lệ đạt từ 90% trở lên.", "percentage")] == ["gte"]
    got = facts("Số đơn vị sự nghiệp giảm từ 902 xuống còn 802 đơn vị.", "quantity")
    assert [(f.value, f.unit) for f in got] == [(902.0, "đơn vị"), (802.0, "đơn vị")]


@pytest.mark.parametrize("text, value", [
    ("Tỷ lệ hài lòng của tỉnh (7, 45%) thấp nhất khu vực.", 7.45),
    ("Tỷ lệ hồ sơ đúng hạn đạt 9 8 ,5% trong quý.", 98.5),
])
def test_digits_split_by_a_space(text, value):
    [f] = facts(text, "percentage")
    assert f.value == value


def test_comma_lists_of_numbers_are_not_joined():
    assert facts("Dịch vụ công mức độ 3, 45% hồ sơ trực tuyến.", "percentage")[0].value == 45.0


def test_differences_and_symbols():
    got = facts("Giá trị trung bình đạt 86,98%, cao hơn 2,19% so với năm 2022; Hải Phòng đạt kết quả >90%; "
                "tỉnh đạt trên 80%.", "percentage")
    assert [(f.value, f.comparator) for f in got] == [(86.98, "eq"), (2.19, "eq"), (90.0, "gt"), (80.0, "gt")]


# ---- quantities ----------------------------------------------------------------------------

def test_quantity_ranges_keep_both_bounds():
    got = facts("Mỗi hộ nhận 2-3 kg gạo; các thăm dò dự báo liên minh giành 184-198 ghế.", "quantity")
    assert [(f.value, f.value_max, f.unit) for f in got] == [(2.0, 3.0, "kg gạo"), (184.0, 198.0, "ghế")]


@pytest.mark.parametrize("text", [
    "Nhà nước đầu tư dự án lớn tại tỉnh.",
    "Hội nghị sáng thứ tư tỉnh họp bàn.",
])
def test_tư_is_no_four(text):
    assert facts(text, "quantity") == []


def test_a_unit_cut_by_a_truncated_page_is_no_unit():
    lead = ("Công tác cải cách hành chính của tỉnh trong năm qua có nhiều chuyển biến tích cực, "
            "người dân và doanh nghiệp đánh giá cao thái độ phục vụ của cán bộ, công chức. ") * 3
    text = lead + "Tỉnh có 45 đơn vị hành chính. Trong năm, huyện tiếp nhận 12 ng"
    assert [(f.value, f.unit) for f in facts(text, "quantity")] == [(45.0, "đơn vị hành chính")]
    cut = facts(lead + "Tỉnh có 45 đơn vị hành chính. Trong năm, huyện tiếp nhận 12 hồ sơ trực...", "quantity")
    assert [(f.value, f.unit) for f in cut] == [(45.0, "đơn vị hành chính"), (12.0, "hồ sơ")]
    # a line or two is no cut page: whether its last noun is a unit does not hang on a headline line
    short = "Tỉnh có 45 đơn vị hành chính. Trong năm, huyện tiếp nhận 12 hồ sơ"
    assert [(f.value, f.unit) for f in facts(short, "quantity")] == [(45.0, "đơn vị hành chính"), (12.0, "hồ sơ")]
    # a single line ending on its noun is complete
    assert [(f.value, f.unit) for f in facts("02 Chi cục", "quantity")] == [(2.0, "Chi cục")]


def test_decades_are_durations():
    assert facts("Sau 3 thập kỷ phát triển, công ty có 200 sản phẩm.", "quantity")[0].value == 200.0


# ---- dates ---------------------------------------------------------------------------------

def test_a_day_takes_the_one_year_of_its_sentence_without_the_article_date():
    [d] = facts("Chiều 20-5, Ban Chỉ đạo họp tổng kết công tác năm 2017.", "date")
    assert (d.value, d.year_inferred) == ("2017-05-20", True)
    [d] = facts("Tại hội nghị sơ kết 6 tháng đầu năm 2023 chiều ngày 12/7, Bộ đánh giá kết quả.", "date")
    assert d.value == "2023-07-12"
    # two years, or the year of an index or report: none
    assert [d.value for d in facts("Chiều 20-5, Bộ so sánh kết quả năm 2016 với năm 2017.", "date")] == ["--05-20"]
    assert [d.value for d in facts("Sáng 19/4, Bộ Nội vụ công bố Chỉ số CCHC năm 2022.", "date")] == ["--04-19"]
    # the article's date wins
    assert [d.value for d in facts("Chiều 20-5, Ban Chỉ đạo họp tổng kết năm 2017.", published="2018-05-21")
            if d.type == "date"] == ["2018-05-20"]


def test_as_of_a_day():
    [d] = facts("Tính đến 15/11, tỉnh đã tiếp nhận 12.000 hồ sơ.", "date", published="2024-11-20")
    assert (d.value, d.text) == ("2024-11-15", "Tính đến 15/11")
    assert facts("Tỉnh xếp thứ 15/11 trong khu vực.", "date") == []


def test_counts_after_words_that_otherwise_name():
    got = facts("Theo đó, ở nhóm 17 bộ, ngành đứng đầu là Bộ Tài chính. Ban Quản lý xếp thứ 14 trong tổng số 14 sở, ban, "
                "ngành.", "quantity")
    assert [(f.value, f.unit) for f in got] == [(17.0, "bộ"), (14.0, "sở")]
    # not before a word that is not a count noun
    assert facts("Tỉnh thuộc nhóm 2 về chỉ số này.", "quantity") == []
    assert facts("Trụ sở tại số 17 đường Lê Lợi.", "quantity") == []


def test_các_mục_tiêu_opening_a_list_is_a_goal_heading():
    got = targets("Các mục tiêu chủ yếu năm 2025 như sau: 100% xã có bộ phận một cửa; 80% hồ sơ trực tuyến.")
    assert got == [(100.0, "%", "eq", "2025"), (80.0, "%", "eq", "2025")]
    assert facts("Tỉnh đã hoàn thành các mục tiêu sau: 100% xã có bộ phận một cửa.", "target") == []
    assert facts("Tỉnh hoàn thành các mục tiêu đề ra, tỷ lệ hài lòng đạt 90%.", "target") == []


def test_an_inline_goal_heading_governs_the_rest_of_its_paragraph():
    text = ("Mục tiêu cụ thể đến năm 2025: 100% hồ sơ được số hóa. Tối thiểu 90% người dân hài lòng. Cấp xã đạt 70%. "
            "Kết quả năm 2023 đạt 60%.\nNăm 2022 tỉnh đạt 55%.")
    assert targets(text) == [(100.0, "%", "eq", "2025"), (90.0, "%", "gte", "2025"), (70.0, "%", "eq", "2025")]
    assert [f.value for f in facts(text, "percentage")] == [60.0, 55.0]
    # a goal sentence without a heading colon does not reach the next sentence
    assert [f.type for f in facts("Tỉnh phấn đấu đạt 80% hồ sơ trực tuyến. Năm 2023 tỉnh đạt 60%.")
            if f.type in ("target", "percentage")] == ["target", "percentage"]


def test_an_expected_amount_is_a_goal():
    assert targets("Năm 2024, công ty dự kiến đạt lợi nhuận sau thuế 150 tỷ đồng.") == [(150.0, "tỷ đồng", "eq", "2024")]


# ---- numbers that are no counts: list items, numbered places, plenums, multiples, top bands ----

def quantities(text):
    return [(f.text, f.value, f.unit) for f in facts(text, "quantity")]


@pytest.mark.parametrize("text", [
    "Thu hồi đất theo quy định tại các điều 12, 15, 17 và 20 Luật Đất đai.",
    "Xử lý vi phạm tại các khoản 1, 2 và 7 Điều 81 của Luật.",
    "Quốc hội cho ý kiến về Điều 26 và 27 sửa đổi, bổ sung.",
    "Các chương 3 đến 5 của dự thảo được giữ nguyên.",
])
def test_later_items_of_a_numbered_list_are_no_counts(text):
    assert quantities(text) == []


def test_a_count_after_a_list_of_years_stays_a_count():
    assert [(t, v) for t, v, _ in quantities("Trong năm 2022, tỉnh và 5 tỉnh khác được khen thưởng.")] == [("5", 5.0)]
    assert [(t, v) for t, v, _ in quantities("Điều 5 quy định rõ, có 3 cơ quan phối hợp.")] == [("3", 3.0)]


@pytest.mark.parametrize("text", [
    "UBND Quận 7 trao khen thưởng cho các cá nhân.",
    "Chủ tịch UBND phường 3 công bố quyết định cưỡng chế.",
    "Thể chế hóa Nghị quyết Hội nghị Trung ương 8 khóa XIII.",
])
def test_numbered_places_and_plenums_are_no_counts(text):
    assert quantities(text) == []


def test_a_count_of_wards_stays_a_count():
    assert [v for _, v, _ in quantities("Thành phố có 45 phường và 12 xã.")] == [45.0, 12.0]


@pytest.mark.parametrize("text", [
    "Tỷ lệ nợ trên vốn chủ sở hữu của công ty đạt 4 lần.",
    "Hệ số nợ vay trên vốn chủ sở hữu là 2,35 lần.",
    "Doanh thu năm nay cao gấp 3 lần năm trước.",
    "Năng suất tăng 1,5 lần so với cùng kỳ.",
])
def test_multiples_are_no_counts(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, value", [
    ("Từ năm 2012 đến nay, tỉnh có 6 lần đứng đầu bảng xếp hạng.", 6.0),
    ("Đội tuyển đã 3 lần vô địch khu vực.", 3.0),
])
def test_counts_of_times_stay_counts(text, value):
    assert [(v, u.split()[0]) for _, v, u in quantities(text)] == [(value, "lần")]


@pytest.mark.parametrize("text", [
    "Tỉnh tiếp tục nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước.",
    "Năm 2022, tỉnh đạt 44,31 điểm, nằm trong nhóm 20 tỉnh, thành phố có điểm số cao nhất.",
    "Huyện lọt vào nhóm 5 địa phương đứng đầu về chuyển đổi số.",
])
def test_a_top_band_is_no_count(text):
    assert [u for _, _, u in quantities(text) if u.startswith(("tỉnh", "địa phương"))] == []


@pytest.mark.parametrize("text, value", [
    ("Đồng Nai thuộc nhóm 14 tỉnh đạt điểm cao về chuyển đổi số.", 14.0),
    ("Năm 2023, tỉnh thuộc nhóm 9 tỉnh, thành có chỉ số thấp nhất.", 9.0),
])
def test_a_group_without_a_top_word_stays_a_count(text, value):
    assert [v for _, v, u in quantities(text) if u.startswith("tỉnh")] == [value]
