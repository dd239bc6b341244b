"""Targets on made-up sentences in the shapes of unseen plan and report pages: a goal list that goes
on without goal words in the next sentences and paragraph, and a purpose clause naming a goal
(docs/format.md ``target``; GUIDE §6), with the results written after a goal that must stay
percentages."""
import pytest

from conftest import facts_of, targets_of

LEAD = "UBND tỉnh ban hành kế hoạch phát triển kinh tế số.\n"


@pytest.mark.parametrize("text, expected", [
    # the next sentence of the paragraph: an expectation, a lower bound
    ("Đến cuối năm 2025, tỉnh phấn đấu kinh tế số chiếm 20% GRDP. Thương mại điện tử được kỳ vọng "
     "sẽ chiếm trên 10% tổng mức bán lẻ, và năng suất lao động tăng tối thiểu 7%.",
     [(20.0, "%", "eq", "2025"), (10.0, "%", "gt", "2025"), (7.0, "%", "gte", "2025")]),
    ("Kế hoạch đặt chỉ tiêu năm 2024 tỷ lệ thuê bao dùng điện thoại thông minh trên 80%. Tỷ lệ hộ gia đình "
     "có cáp quang trên 85%. Tỷ lệ dân số có tài khoản định danh điện tử trên 30%.",
     [(80.0, "%", "gt", "2024"), (85.0, "%", "gt", "2024"), (30.0, "%", "gt", "2024")]),
    # the next paragraph, opening on a percentage or a lower bound
    ("Mục tiêu đến năm 2026, tỷ trọng thương mại điện tử trên 12%.\n100% sở, ngành ban hành kế hoạch "
     "chuyển đổi số. Trên 60% doanh nghiệp nhỏ sử dụng nền tảng số.",
     [(12.0, "%", "gt", "2026"), (100.0, "%", "eq", "2026"), (60.0, "%", "gt", "2026")]),
    # goals announced with no number, then listed after 'Theo đó'
    ("Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70%.\nKế hoạch cũng đề ra các mục tiêu cụ thể "
     "về xã hội số.\nTheo đó, trên 40% người dân có chữ ký số; 75% người dân có tài khoản ngân hàng.",
     [(70.0, "%", "eq", "2025"), (40.0, "%", "gt", "2025"), (75.0, "%", "eq", "2025")]),
    # a purpose clause naming the goal: 'nhằm thực hiện mục tiêu … đạt'
    ("Nhằm thực hiện mục tiêu tăng trưởng năm 2025 đạt 8% trở lên, tạo nền tảng cho tăng trưởng năm 2026 "
     "đạt 10% trở lên, Chính phủ yêu cầu các địa phương nỗ lực cao nhất.",
     [(8.0, "%", "gte", "2025"), (10.0, "%", "gte", "2026")]),
    ("Để thực hiện mục tiêu tỷ lệ hồ sơ trực tuyến năm 2024 đạt 60%, huyện mở lớp tập huấn.",
     [(60.0, "%", "eq", "2024")]),
])
def test_goal_list_goes_on(text, expected):
    assert targets_of(LEAD + text) == expected


@pytest.mark.parametrize("text, n_targets, n_percentages", [
    # a result of another year, a present state, a marker of a result after the goal
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Năm 2024, tỷ lệ này đạt trên 65%.", 1, 1),
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Hiện tỷ lệ này mới đạt trên 60%.", 1, 1),
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Tỷ lệ này ước đạt trên 70%.", 1, 1),
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Trên 70% hồ sơ đã được số hóa.", 1, 1),
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Tỷ lệ này tăng trên 5% so với năm trước.", 1, 1),
    # a statement with no mark of a goal (no bound, no future, not opening on the number)
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Toàn tỉnh có 45% hồ sơ được số hóa.", 1, 1),
    # not the next sentence: a sentence without a number between
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%. Nhiều xã còn khó khăn về hạ tầng. "
     "Trên 30% hộ dân chưa có điện thoại thông minh.", 1, 1),
    # a section heading ends the list
    ("Tỉnh phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%.\nII. KẾT QUẢ NĂM 2024\n"
     "Trên 70% hồ sơ được giải quyết trực tuyến.", 1, 1),
    # a sentence with no goal before it
    ("Năm 2024, kinh tế số chiếm 15% GRDP. Trên 60% doanh nghiệp sử dụng hóa đơn điện tử.", 0, 2),
    # 'đã thực hiện mục tiêu': a result
    ("Tỉnh đã thực hiện mục tiêu số hóa, đạt 95% hồ sơ được số hóa.", 0, 1),
])
def test_results_after_a_goal_stay_percentages(text, n_targets, n_percentages):
    facts = facts_of(LEAD + text)
    assert len([f for f in facts if f.type == "target"]) == n_targets
    assert len([f for f in facts if f.type == "percentage"]) == n_percentages


@pytest.mark.parametrize("text, expected", [
    # a year written right after each value is that value's deadline
    ("Nghị quyết xác định mục tiêu kinh tế đô thị đóng góp vào GDP khoảng 75% vào năm 2025 và khoảng 85% "
     "vào năm 2030.", [(75.0, "%", "approx", "2025"), (85.0, "%", "approx", "2030")]),
    ("Mục tiêu năm 2025 tỷ lệ đô thị hóa đạt 45%, tăng lên 70% vào năm 2050.",
     [(45.0, "%", "eq", "2025"), (70.0, "%", "eq", "2050")]),
    # counter-examples: a comma or 'và' between the value and the next year keeps the year before
    ("Phấn đấu đến năm 2025 đạt 50%, đến năm 2030 đạt 80%.", [(50.0, "%", "eq", "2025"), (80.0, "%", "eq", "2030")]),
    ("Phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 50% và năm 2030 đạt 80%.",
     [(50.0, "%", "eq", "2025"), (80.0, "%", "eq", "2030")]),
    ("Phấn đấu đến năm 2025 tỷ lệ hồ sơ đạt 90% so với năm 2020.", [(90.0, "%", "eq", "2025")]),
])
def test_deadline_written_after_the_value(text, expected):
    assert targets_of(LEAD + text) == expected


def test_goal_list_goes_on_under_field_headings():
    text = ("Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025:\n- Về kinh tế:\n"
            "(1) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.\n- Về văn hóa – xã hội:\n"
            "(7) Tỷ lệ lao động qua đào tạo: trên 20%.\n(8) Tỷ lệ người dân tham gia bảo hiểm y tế: từ 90% trở lên.")
    got = [(f.value, f.unit, f.comparator, f.period) for f in facts_of(LEAD + text, "target")]
    assert got == [(45.0, "triệu đồng", "eq", "2020-2025"), (20.0, "%", "gt", "2020-2025"),
                   (90.0, "%", "gte", "2020-2025")]


def test_field_heading_after_a_results_heading_opens_no_goal_list():
    text = ("Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025:\n- Tỷ lệ lao động qua đào tạo: trên 20%.\n"
            "Kết quả thực hiện năm 2023:\n- Về kinh tế:\n- Tỷ lệ lao động qua đào tạo đạt 18%.")
    facts = facts_of(LEAD + text)
    assert [f.value for f in facts if f.type == "target"] == [20.0]
    assert [f.value for f in facts if f.type == "percentage"] == [18.0]


@pytest.mark.parametrize("heading, n_targets", [
    ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)", 2),
    ("Những chỉ tiêu chủ yếu năm 2025", 2),
    # counter-examples: results under a heading line
    ("Các chỉ tiêu chủ yếu đã đạt được", 0),
    ("Kết quả thực hiện các chỉ tiêu năm 2023", 0),
])
def test_heading_line_opening_on_a_determiner(heading, n_targets):
    text = heading + "\n- Tỷ lệ lao động qua đào tạo: trên 20%.\n- Tỷ lệ hộ dân dùng nước sạch: 98%."
    facts = facts_of(LEAD + text)
    assert len([f for f in facts if f.type == "target"]) == n_targets
    assert len([f for f in facts if f.type == "percentage"]) == 2 - n_targets
