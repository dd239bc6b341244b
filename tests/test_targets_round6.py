"""Targets on made-up text in the shapes the unseen plan pages write their goals in (docs/format.md
``target``; GUIDE §6): rank bands and places to reach written ``vị thứ`` or ``thuộc nhóm N tỉnh … trong
cả nước``; a rank to reach listed under a goal heading (a target, not a ranking); a heading without a
number under a goal heading (``*Phát triển chính quyền số:``) that groups the goals; the rate a goal
requires (``Để đạt được mục tiêu năm 2025, … phải …``). And, kept as results, the same words reporting
a year's rank, a list of results, a task, a staffing quota and a value not yet reached."""
import pytest

from conftest import facts_of, targets_of


def kinds(text, **kw):
    return [(f.type, f.value) for f in facts_of(text, **kw) if f.type in ("target", "percentage", "ranking", "quantity")]


# a band of ranks or a place to reach, inside a goal
@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu năm 2026, Chỉ số SIPAS của tỉnh duy trì vị thứ trong TOP 15 tỉnh, thành phố.",
     [(15.0, "rank", "lte", "2026")]),
    ("Tỉnh đặt mục tiêu đến năm 2027 Chỉ số DTI thuộc nhóm 25 tỉnh/thành trong cả nước.",
     [(25.0, "rank", "lte", "2027")]),
    ("Huyện phấn đấu đến năm 2028 Chỉ số chuyển đổi số thuộc nhóm 10 địa phương của cả nước.",
     [(10.0, "rank", "lte", "2028")]),
    ("Phấn đấu năm 2026 Chỉ số PAR INDEX của tỉnh xếp vị thứ 18/63 tỉnh, thành phố.",
     [(18.0, "rank", "eq", "2026")]),
    ("Phấn đấu năm 2026, Chỉ số PGI của tỉnh giữ vững vị thứ 5/63 tỉnh, thành phố.",
     [(5.0, "rank", "eq", "2026")]),
    ("Phấn đấu năm 2026 Chỉ số SIPAS của tỉnh đạt TOP 10 cả nước.",
     [(10.0, "rank", "lte", "2026")]),
    ("Phấn đấu năm 2026 Chỉ số hài lòng SIPAS của tỉnh duy trì thứ hạng trong nhóm 10 tỉnh dẫn đầu.",
     [(10.0, "rank", "lte", "2026")]),
])
def test_rank_goals_written_in_words(text, expected):
    assert targets_of(text) == expected
    assert [f for f in facts_of(text, "ranking")] == []


@pytest.mark.parametrize("text", [
    "Năm 2025, Chỉ số PAR INDEX của tỉnh xếp vị thứ 25/63 tỉnh, thành phố.",
    "Năm 2025, Chỉ số DTI của tỉnh thuộc nhóm 20 tỉnh/thành trong cả nước.",
    "Tỉnh tiếp tục duy trì vị thứ trong TOP 10 về Chỉ số PCI năm 2025.",
    "Phấn đấu có thêm 2 huyện thuộc nhóm 10 địa phương miền núi được hỗ trợ vốn.",
    "Năm 2025, Chỉ số SIPAS của tỉnh đạt TOP 10 cả nước.",
    "Tỉnh đã hoàn thành mục tiêu năm 2025 khi Chỉ số SIPAS đạt TOP 10 cả nước.",
])
def test_the_same_words_reporting_a_rank_are_no_rank_goal(text):
    assert [t for t in targets_of(text) if t[1] == "rank"] == []


def test_a_reported_place_stays_a_ranking():
    facts = facts_of("Năm 2025, Chỉ số PAR INDEX của tỉnh xếp vị thứ 25/63 tỉnh, thành phố.")
    assert [(f.type, f.rank, f.out_of) for f in facts if f.type == "ranking"] == [("ranking", 25, 63)]


# a rank to reach written as an item of a goal list (the sentence has no goal word of its own)
PLAN = ("UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026. Theo đó, xác định các chỉ tiêu chủ yếu "
        "năm 2026 như sau:\n"
        "- Chỉ số PAR INDEX tăng từ 03 bậc trở lên so với năm 2025, xếp vị thứ 22/63 tỉnh, thành phố; Chỉ số "
        "PAPI tiếp tục duy trì trong TOP 25 tỉnh, thành phố.\n"
        "- Chỉ số SIPAS duy trì vị thứ trong TOP 20 tỉnh, thành phố.\n"
        "- 100% cán bộ, công chức cấp xã đạt chuẩn.")


def test_ranks_to_reach_in_a_goal_list_are_targets_not_rankings():
    facts = facts_of(PLAN)
    assert [(f.value, f.unit, f.comparator, f.deadline) for f in facts if f.type == "target"] == [
        (3.0, "bậc", "gte", "2026"), (22.0, "rank", "eq", "2026"), (25.0, "rank", "lte", "2026"),
        (20.0, "rank", "lte", "2026"), (100.0, "%", "eq", "2026")]
    assert [f for f in facts if f.type == "ranking"] == []


def test_a_rank_in_a_list_of_results_stays_a_ranking():
    facts = facts_of("Sở Nội vụ báo cáo kết quả năm 2025.\nKết quả thực hiện các chỉ tiêu năm 2025 như sau:\n"
                     "- Chỉ số PAR INDEX của tỉnh xếp vị thứ 30/63 tỉnh, thành phố.")
    assert [f.type for f in facts if f.type in ("ranking", "target")] == ["ranking"]


# a heading with no number under a goal heading groups the goals: the list and its deadline go on
GROUPED = ("Đề án chuyển đổi số của tỉnh được ban hành.\n"
           "Mục tiêu đến năm 2030:\n"
           "*Phát triển chính quyền số, nâng cao hiệu quả hoạt động:\n"
           "Phấn đấu 100% dịch vụ công trực tuyến toàn trình; 70% hồ sơ được xử lý trực tuyến.\n"
           "Kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước, giảm 20% thủ tục hành chính.\n"
           "Số hóa 100% hồ sơ lưu trữ tại các sở, ngành.\n"
           "*Phát triển kinh tế số:\n"
           "Kinh tế số chiếm 25% GRDP của tỉnh.")


def test_bulleted_headings_group_the_goals_of_a_list():
    assert targets_of(GROUPED) == [(100.0, "%", "eq", "2030"), (70.0, "%", "eq", "2030"), (20.0, "%", "eq", "2030"),
                                   (100.0, "%", "eq", "2030"), (25.0, "%", "eq", "2030")]
    assert [f for f in facts_of(GROUPED, "percentage")] == []


def test_a_heading_right_under_the_goal_heading_groups_its_goals():
    text = ("Huyện triển khai kế hoạch phát triển hạ tầng số.\nMục tiêu cụ thể đến năm 2028:\nPhát triển hạ tầng số:\n"
            "Tỷ lệ hộ gia đình có cáp quang 95%.")
    assert targets_of(text) == [(95.0, "%", "eq", "2028")]


def test_headings_like_the_first_group_go_on_with_the_list_until_a_section_of_tasks():
    text = ("Tỉnh ban hành đề án chuyển đổi số.\nMục tiêu đến năm 2030:\nPhát triển chính quyền số:\n"
            "Phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.\nSố hóa 90% hồ sơ lưu trữ.\n"
            "Phát triển kinh tế số:\nKinh tế số chiếm 25% GRDP.\nNhiệm vụ, giải pháp:\n"
            "Sở Thông tin và Truyền thông hướng dẫn 100% xã triển khai nền tảng số.")
    assert targets_of(text) == [(100.0, "%", "eq", "2030"), (90.0, "%", "eq", "2030"), (25.0, "%", "eq", "2030")]
    assert [f.value for f in facts_of(text, "percentage")] == [100.0]


def test_plus_bullets_group_the_goals_and_a_heading_of_difficulties_closes_them():
    text = ("Tỉnh ban hành đề án chuyển đổi số.\nMục tiêu cụ thể đến năm 2027:\n+ Chính quyền số:\n- 100% hồ sơ được số hóa.\n"
            "+ Kinh tế số:\n- Tỷ trọng kinh tế số đạt 20% GRDP.\nKhó khăn, hạn chế:\nToàn tỉnh mới có 45% hồ sơ được số hóa.")
    assert targets_of(text) == [(100.0, "%", "eq", "2027"), (20.0, "%", "eq", "2027")]
    assert [f.value for f in facts_of(text, "percentage")] == [45.0]


@pytest.mark.parametrize("text, expected", [
    # a heading of results under the goal heading opens no group
    ("Tỉnh ban hành đề án.\nMục tiêu đến năm 2030:\nKết quả thực hiện năm 2025:\nTỷ lệ hồ sơ trực tuyến đạt 62%.",
     [("percentage", 62.0)]),
    # after the goals are listed, a heading without a bullet closes the list
    ("Tỉnh ban hành đề án.\nMục tiêu đến năm 2030:\nPhấn đấu 100% hồ sơ được số hóa.\nNhững khó khăn, vướng mắc:\n"
     "Toàn tỉnh có 45% hồ sơ được số hóa.",
     [("target", 100.0), ("percentage", 45.0)]),
    # a bulleted heading of results closes it too
    ("Tỉnh ban hành đề án.\nMục tiêu đến năm 2030:\nPhấn đấu 100% hồ sơ được số hóa.\n*Kết quả năm 2025:\n"
     "Toàn tỉnh có 45% hồ sơ được số hóa.",
     [("target", 100.0), ("percentage", 45.0)]),
])
def test_headings_that_close_a_goal_list(text, expected):
    assert kinds(text) == expected


# the rate a goal requires, written after a purpose that names the goal
@pytest.mark.parametrize("text, expected", [
    ("Để đạt được mục tiêu năm 2027, tốc độ tăng trưởng doanh thu thương mại điện tử hằng năm phải đạt khoảng 25%.",
     [(25.0, "%", "approx", "2027")]),
    ("Năm 2025, tỷ trọng kinh tế số đạt 12%. Để hoàn thành mục tiêu năm 2026, thì tốc độ tăng trưởng kinh tế số hằng "
     "năm phải gấp 2 lần tốc độ tăng trưởng GRDP, tức là khoảng 18%/năm.",
     [(18.0, "%", "approx", "2026")]),
    ("Nhằm đạt các chỉ tiêu năm 2028, tỷ lệ hồ sơ trực tuyến của huyện cần tăng thêm ít nhất 15% mỗi năm.",
     [(15.0, "%", "gte", "2028")]),
])
def test_a_required_rate_is_a_target(text, expected):
    assert targets_of(text) == expected


def test_the_result_before_a_required_rate_and_the_multiple_stay_what_they_are():
    facts = facts_of("Năm 2025, tỷ trọng kinh tế số đạt 12%. Để hoàn thành mục tiêu năm 2026, thì tốc độ tăng trưởng "
                     "kinh tế số hằng năm phải gấp trên 2 lần tốc độ tăng trưởng GRDP, tức là khoảng 18%/năm.")
    assert [f.value for f in facts if f.type == "percentage"] == [12.0]
    assert [f for f in facts if f.type == "quantity"] == []


@pytest.mark.parametrize("text", [
    "Để đạt được mục tiêu năm 2024, tỉnh đã phải huy động 45 cán bộ và đạt 92% hồ sơ trực tuyến.",
    "Để đạt mục tiêu đề ra, các địa phương cần đẩy mạnh tuyên truyền; năm 2025 tỷ lệ hồ sơ trực tuyến đạt 61%.",
    "Để thực hiện các chỉ tiêu trên, huyện cần bố trí thêm 12 công chức cho bộ phận một cửa.",
    "Tỉnh giao chỉ tiêu biên chế 120 người cho các sở, ngành năm 2026.",
    "Đến cuối năm 2025, tỷ lệ thanh toán trực tuyến mới đạt 41,2%.",
    "Để đạt được mục tiêu này, năm 2025 tỉnh đã cần tới 300 tỷ đồng và mới đạt 41,2% kế hoạch.",
])
def test_tasks_quotas_and_results_near_goal_words_are_no_targets(text):
    assert targets_of(text) == []


# a rank its clause dates before the goal list's year is a result written in the list: a ranking;
# a change said after a goal word is the goal's, not the change of the rank before it
def test_a_rank_of_an_earlier_year_in_a_goal_list_stays_a_ranking():
    facts = facts_of("Các chỉ tiêu chủ yếu năm 2026 như sau:\n"
                     "- Chỉ số PAR INDEX năm 2025 xếp thứ 30/63, phấn đấu năm 2026 tăng 5 bậc.\n"
                     "- Chỉ số SIPAS xếp thứ 12/63.")
    assert [(f.rank, f.year, f.change) for f in facts if f.type == "ranking"] == [(30, 2025, None)]
    assert [(f.value, f.unit, f.deadline) for f in facts if f.type == "target"] == [(5.0, "bậc", "2026"),
                                                                                    (12.0, "rank", "2026")]


def test_a_change_inside_a_goal_is_no_change_of_the_rank_before_it():
    facts = facts_of("Năm 2025 Chỉ số PAR INDEX của tỉnh xếp thứ 30/63, phấn đấu năm 2026 tăng 5 bậc.")
    assert [(f.rank, f.change) for f in facts if f.type == "ranking"] == [(30, None)]
    assert targets_of("Năm 2025 Chỉ số PAR INDEX của tỉnh xếp thứ 30/63, phấn đấu năm 2026 tăng 5 bậc.") == [
        (5.0, "bậc", "eq", "2026")]


def test_a_change_after_a_goal_reported_as_exceeded_stays_the_ranks():
    facts = facts_of("Năm 2025 Chỉ số PAR INDEX của tỉnh xếp thứ 20/63, vượt mục tiêu đề ra, tăng 5 bậc so với năm 2024.")
    assert [(f.rank, f.change) for f in facts if f.type == "ranking"] == [(20, 5)]
    assert [f for f in facts if f.type == "target"] == []
