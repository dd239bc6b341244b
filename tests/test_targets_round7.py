"""Targets and legal references on made-up text in the shapes met on unseen genre pages (docs/format.md
``target``, ``legal_ref``; GUIDE §6, §9): a deadline written as a bare year (``đến 2045``) or a month
(``đến tháng 6/2025``); the horizon of a programme's vision (``đến năm 2025, tầm nhìn đến năm 2030``)
that is not the goals' deadline; a goal before a later clause's own deadline that keeps the deadline of
the goal in the sentence before; a goal heading with no year of its own in a plan for a year (the plan's
header names it); and the office of a committee or a department stated before a reference as its
issuer. With counter-examples: achieved values, staffing quotas and past results stay no targets, and a
year that is a count or part of a period is no deadline."""
import pytest

from conftest import facts_of, targets_of


def _ref(text, number):
    refs = {f.number: f for f in facts_of(text, "legal_ref")}
    assert number in refs, (number, list(refs))
    return refs[number]


# a deadline written without "năm", or as a month
@pytest.mark.parametrize("text, expected", [
    ("Tỉnh phấn đấu đến 2026 có 85% hồ sơ được giải quyết trực tuyến.", [(85.0, "%", "eq", "2026")]),
    ("Huyện đặt mục tiêu đến năm 2027 kinh tế số đạt 25% GRDP, đến 2035 kinh tế số đạt tối thiểu 40%.",
     [(25.0, "%", "eq", "2027"), (40.0, "%", "gte", "2035")]),
    ("Mục tiêu chuyển đổi số của xã là 70% hộ gia đình có cáp quang vào 2026.", [(70.0, "%", "eq", "2026")]),
    ("Phấn đấu đến tháng 9/2026, 100% hồ sơ được số hóa.", [(100.0, "%", "eq", "2026-09")]),
    ("Thành phố phấn đấu trước tháng 11 năm 2026 có 95% hồ sơ trực tuyến.", [(95.0, "%", "eq", "2026-11")]),
    ("Phấn đấu trước ngày 31/12/2026, 100% thủ tục được công khai.", [(100.0, "%", "eq", "2026-12-31")]),
])
def test_deadline_bare_year_and_month(text, expected):
    assert targets_of(text) == expected


# a programme's horizon and its vision: the goals' deadline is the horizon
@pytest.mark.parametrize("text, expected", [
    ("Mục tiêu đến năm 2026, tầm nhìn đến năm 2035: 100% xã có điểm phục vụ bưu chính.",
     [(100.0, "%", "eq", "2026")]),
    ("Theo Đề án đến năm 2027, định hướng đến năm 2035, phấn đấu 90% hồ sơ được số hóa.",
     [(90.0, "%", "eq", "2027")]),
    # a vision year with a value of its own stays that value's deadline
    ("Phấn đấu đến năm 2026 đạt 50% hồ sơ trực tuyến, định hướng đến năm 2031 đạt 80%.",
     [(50.0, "%", "eq", "2026"), (80.0, "%", "eq", "2031")]),
    # alone, it is the deadline
    ("Tầm nhìn đến năm 2035, tỉnh phấn đấu kinh tế số đạt 35% GRDP.", [(35.0, "%", "eq", "2035")]),
])
def test_vision_horizon(text, expected):
    assert targets_of(text) == expected


def test_goal_before_a_later_clause_deadline_keeps_the_sentence_before():
    text = ("Theo đó, huyện đặt mục tiêu, đến hết năm 2026, tối thiểu 85% thủ tục được cung cấp trực tuyến. "
            "Bảo đảm ít nhất 70% thủ tục được tích hợp trên Cổng dịch vụ công quốc gia; phấn đấu đến năm 2027, "
            "tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.")
    assert targets_of(text) == [(85.0, "%", "gte", "2026"), (70.0, "%", "gte", "2026"), (60.0, "%", "gte", "2027")]


def test_programme_name_with_vision_gives_no_deadline_to_a_list_before_its_year():
    # the sentence before names a programme with its period and vision: no deadline is carried
    text = ("Tỉnh ban hành Đề án cải cách thủ tục hành chính giai đoạn 2026 - 2030 và định hướng đến năm 2035. "
            "Mục tiêu cụ thể: bảo đảm 100% thủ tục được công khai đầy đủ; đến năm 2030, tối thiểu 90% người dân hài lòng.")
    got = targets_of(text)
    assert (100.0, "%", "eq", None) in got and (90.0, "%", "gte", "2030") in got


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 215/KH-UBND
Hòa Bình, ngày 12 tháng 12 năm 2025
KẾ HOẠCH
CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC NĂM 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phục vụ người dân và doanh nghiệp.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng chính quyền số hiện đại.
2. Mục tiêu cụ thể
a) 100% văn bản đi được ký số.
b) Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 55%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát 100% quy trình nội bộ.
"""


def test_goal_heading_in_a_plan_takes_the_plan_year():
    assert targets_of(PLAN) == [(100.0, "%", "eq", "2026"), (55.0, "%", "gte", "2026")]


def test_goal_heading_with_its_own_year_keeps_it_in_a_plan():
    text = PLAN.replace("2. Mục tiêu cụ thể", "2. Mục tiêu cụ thể đến năm 2027")
    assert targets_of(text) == [(100.0, "%", "eq", "2027"), (55.0, "%", "gte", "2027")]


# no targets: results, quotas and past values; no deadline from a count or a period
@pytest.mark.parametrize("text", [
    "Năm 2025, tỉnh đã hoàn thành 100% chỉ tiêu kế hoạch giao.",
    "Sở Nội vụ đã giao chỉ tiêu biên chế 1.350 công chức cho các cơ quan hành chính.",
    "Năm 2026, tổng chỉ tiêu biên chế công chức được giao là 2.310 biên chế, giảm 5% so với năm 2025.",
    "Trường được giao chỉ tiêu tuyển sinh 420 học sinh lớp 10.",
    "Kế hoạch năm 2026 đề ra 14 chỉ tiêu chủ yếu.",
    "Kết quả thực hiện các chỉ tiêu năm 2025: tỷ lệ hồ sơ đúng hạn 98%; tỷ lệ hài lòng 95%.",
    "Giai đoạn từ 2021 đến 2025, tỉnh đã số hóa 80% hồ sơ.",
])
def test_no_target(text):
    assert targets_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # a past year's result next to the goal stays a result
    ("Phấn đấu năm 2026 tỷ lệ hài lòng đạt trên 95%; năm 2025, tỷ lệ này đạt 93,2%.", [(95.0, "%", "gt", "2026")]),
    ("Tỉnh quyết tâm đến năm 2027 có 100% xã đạt chuẩn; hiện có 85% xã đạt chuẩn.", [(100.0, "%", "eq", "2027")]),
    # "từ 2021 đến 2025" is a period: no deadline from it
    ("Giai đoạn từ 2026 đến 2030, tỉnh phấn đấu tăng trưởng bình quân đạt 9%/năm.", [(9.0, "%", "eq", None)]),
])
def test_results_beside_goals(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text, number, issuer", [
    ("Văn phòng UBND tỉnh có Công văn số 4521/VP-KSTT đôn đốc các sở về số hóa hồ sơ.",
     "4521/VP-KSTT", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Ngày 3/4/2026, Văn phòng Ủy ban nhân dân tỉnh ban hành Thông báo số 98/TB-VP kết luận cuộc họp.",
     "98/TB-VP", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Cục Thuế tỉnh ban hành Quyết định số 713/QĐ-CT về giao chỉ tiêu thu ngân sách.", "713/QĐ-CT", "Cục Thuế tỉnh"),
    # not an office: the committee itself, and the Government's office from its code
    ("UBND tỉnh có Công văn số 2234/UBND-KT về thanh toán trực tuyến.", "2234/UBND-KT", "Ủy ban nhân dân tỉnh"),
    ("Văn bản số 1234/VPCP-KSTT ngày 2/3/2026 yêu cầu các bộ báo cáo.", "1234/VPCP-KSTT", "Văn phòng Chính phủ"),
])
def test_stated_issuer_before(text, number, issuer):
    assert _ref(text, number).issuer == issuer


def test_list_item_naming_an_earlier_deadline_of_the_goal_sentence_goes_on():
    # the goal sentence writes two deadlines; the next item names the first of them: one more goal
    text = ("Mục tiêu cụ thể: đến năm 2030 tỉnh thuộc nhóm dẫn đầu về năng lực số, đến 2040 kinh tế số đạt tối thiểu "
            "45%. - Tăng đầu tư: kinh phí nghiên cứu đạt 2% GRDP vào 2030, trong đó đầu tư xã hội hơn 55%.")
    got = targets_of(text)
    assert (45.0, "%", "gte", "2040") in got
    assert (2.0, "%", "eq", "2030") in got and (55.0, "%", "gt", "2030") in got


def test_list_item_of_an_earlier_year_is_a_result():
    text = "Tỉnh phấn đấu đến năm 2027 kinh tế số chiếm 25% GRDP. Năm 2024, tỷ lệ này đạt 12%."
    assert targets_of(text) == [(25.0, "%", "eq", "2027")]


def kinds(text):
    return [(f.type, f.value) for f in facts_of(text) if f.type in ("target", "percentage")]


# a result and its goal's value beside it: a percentage and a target
@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ hồ sơ trực tuyến đạt 47% so với chỉ tiêu 55%.", [("percentage", 47.0), ("target", 55.0)]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2025 là 41%, thấp so với chỉ tiêu đề ra (50%).",
     [("percentage", 41.0), ("target", 50.0)]),
    # a goal reported as met or exceeded is a percentage (docs/format.md)
    ("Năm 2025, tỷ lệ hồ sơ đúng hạn đạt 96%, vượt chỉ tiêu đề ra (92%).",
     [("percentage", 96.0), ("percentage", 92.0)]),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%, vượt 0,4% so với chỉ tiêu Nghị quyết (93,7%).",
     [("percentage", 94.1), ("percentage", 0.4), ("percentage", 93.7)]),
    ("Tỷ lệ hồ sơ đúng hạn đạt 99,1%, đã hoàn thành chỉ tiêu 96%.", [("percentage", 99.1), ("percentage", 96.0)]),
    # no result before: the goal said on its own and reported met stays a percentage
    ("Năm 2025, mục tiêu 78% hồ sơ trực tuyến đã vượt khi kết quả đạt 83%.",
     [("percentage", 78.0), ("percentage", 83.0)]),
    # values before the goal noun are results
    ("Thu ngân sách đạt 104% kế hoạch, vượt 4% so với chỉ tiêu.", [("percentage", 104.0), ("percentage", 4.0)]),
])
def test_goal_value_beside_its_result(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, number, issuer", [
    ("Ban Chỉ đạo Đề án 06 tỉnh ban hành Kế hoạch số 27/KH-BCĐ về triển khai nhiệm vụ năm 2026.",
     "27/KH-BCĐ", "Ban Chỉ đạo Đề án 06 tỉnh"),
    ("Công an tỉnh ban hành Kế hoạch số 412/KH-CAT về cấp căn cước cho học sinh.", "412/KH-CAT", "Công an tỉnh"),
    ("Bảo hiểm xã hội tỉnh có Công văn số 655/BHXH-QLT về thu bảo hiểm y tế học sinh.",
     "655/BHXH-QLT", "Bảo hiểm xã hội tỉnh"),
    # the ministry, not its province's police
    ("Bộ Công an ban hành Thông tư số 17/2026/TT-BCA quy định về cư trú.", "17/2026/TT-BCA", "Bộ Công an"),
])
def test_local_bodies_stated_before(text, number, issuer):
    assert _ref(text, number).issuer == issuer


# a sentence opening on a deadline and a comma, a percentage right after it: a goal (not a past year's result)
@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2031, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.", [(100.0, "%", "eq", "2031")]),
    ("Tới 2032, tối thiểu 85% hộ gia đình có kết nối cáp quang.", [(85.0, "%", "gte", "2032")]),
    # a year before the article's: a result
    ("Ngày 12/3/2026, sở báo cáo kết quả. Đến năm 2025, 100% xã có điểm bưu điện văn hóa.", []),
])
def test_sentence_opening_on_a_deadline(text, expected):
    assert targets_of(text) == expected


def test_issuer_before_with_its_term_in_brackets():
    text = "Thị ủy (khóa XII) đã ban hành Kế hoạch số 91-KH/TU, ngày 3/6/2026 để triển khai nghị quyết."
    assert _ref(text, "91-KH/TU").issuer == "Thị ủy"


def test_count_of_tasks_is_no_goal():
    text = ("Đoàn thanh niên tỉnh họp bàn chương trình công tác năm 2026 với nhiều nội dung mới.\n"
            "Các chỉ tiêu nổi bật bao gồm:\n- Đạt 100% cán bộ đoàn tham gia nâng cao năng lực số.\n"
            "Nhiệm vụ và phong trào đề xuất\nBí thư tỉnh đoàn đề ra 41 đầu việc cụ thể, tập trung vào ba phong trào.")
    assert targets_of(text) == [(100.0, "%", "eq", None)]


LIST = ("Trong năm 2026, UBND phường Hòa Phong đã ban hành các văn bản triển khai thực hiện: Quyết định số 31/QĐ-UBND "
        "ngày 19/01/2026 về kế hoạch cải cách hành chính; Kế hoạch số 12/KH-UBND ngày 18/01/2026 về thực hiện Nghị quyết "
        "số 130/NQ-HĐND ngày 04/11/2025 của HĐND tỉnh về chuyển đổi số; Kế hoạch số 16/KH-UBND ngày 20/01/2026 về khảo sát "
        "sự hài lòng.")


@pytest.mark.parametrize("number, issuer", [
    ("31/QĐ-UBND", "Ủy ban nhân dân phường Hòa Phong"),
    ("12/KH-UBND", "Ủy ban nhân dân phường Hòa Phong"),
    ("16/KH-UBND", "Ủy ban nhân dân phường Hòa Phong"),
    # a reference inside an item keeps its own issuer
    ("130/NQ-HĐND", "Hội đồng nhân dân tỉnh"),
])
def test_issuer_stated_before_a_list_of_documents(number, issuer):
    assert _ref(LIST, number).issuer == issuer


def test_no_list_no_shared_issuer():
    text = ("UBND phường Hòa Phong đã ban hành Quyết định số 31/QĐ-UBND về kế hoạch cải cách hành chính; "
            "các sở thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh.")
    assert _ref(text, "12/KH-UBND").issuer == "Ủy ban nhân dân tỉnh"
