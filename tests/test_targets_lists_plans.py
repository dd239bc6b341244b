"""Targets on made-up text in the shapes of unseen plan, resolution and congress pages (docs/format.md
``target``; GUIDE §6): goal lists named by the headline, grouped under year headings and numbered
lines, counted-goal headings, fronted deadlines with a bound, plan-style directives, plan pages for a
period, tables with a plan's column; and, kept as percentages, goals reported as met and results
written near goals."""
import pytest

from conftest import facts_of, targets_of

LEAD = "Ngày 12/01/2026, UBND tỉnh ban hành văn bản chỉ đạo.\n"


def values(text, type_, **kw):
    return [f.value for f in facts_of(text, type_, **kw)]


# a headline that names a list of goals: the body lists them, with the headline's deadline
@pytest.mark.parametrize("title, body, expected", [
    ("Các chỉ tiêu chủ yếu đến năm 2030",
     "Về kinh tế: (1) Tỷ trọng kinh tế số trong GRDP đạt khoảng 35%. (2) Tỷ lệ đô thị hóa từ 55 đến 58%.",
     [(35.0, "%", "approx", "2030"), (55.0, "%", "gte", "2030")]),
    ("Những mục tiêu lớn của thành phố đến năm 2028",
     "Về xã hội: tỷ lệ lao động qua đào tạo 80%; tỷ lệ thất nghiệp thành thị dưới 3%.",
     [(80.0, "%", "eq", "2028"), (3.0, "%", "lt", "2028")]),
    ("12 chỉ tiêu phấn đấu năm 2027",
     "- Tỷ lệ trường đạt chuẩn quốc gia: 72%\n- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%",
     [(72.0, "%", "eq", "2027"), (95.0, "%", "gt", "2027")]),
])
def test_headline_names_the_goal_list(title, body, expected):
    assert targets_of(body, title=title) == expected


@pytest.mark.parametrize("title, body", [
    ("Kết quả thực hiện các chỉ tiêu năm 2025", "Tỷ lệ hồ sơ trực tuyến đạt 65%; tỷ lệ hài lòng đạt 91%."),
    ("Các chỉ tiêu đã hoàn thành trong năm 2025", "Tỷ lệ hồ sơ trực tuyến đạt 65%."),
    ("Mục tiêu kép của ngành y tế", "Ngày 5/3/2026, Sở tổng kết năm 2025.\nNăm 2025, 92% người dân tham gia bảo hiểm y tế."),
    ("Các chỉ tiêu kinh tế - xã hội năm 2025 đều đạt và vượt kế hoạch", "Tỷ lệ hồ sơ trực tuyến là 65%."),
    ("Những mục tiêu còn khó hoàn thành", "Tỷ lệ thanh toán trực tuyến mới ở mức 41%."),
])
def test_headlines_that_name_no_goal_list(title, body):
    assert values(body, "target", title=title) == []


def test_an_item_on_an_earlier_year_reports_a_result():
    facts = facts_of("Năm 2026, tỷ lệ hồ sơ trực tuyến đạt 58%.\nTỷ lệ hồ sơ trực tuyến 75%; tỷ lệ hài lòng trên 92%.",
                     title="Các chỉ tiêu chủ yếu năm 2027")
    assert [(f.value, f.deadline) for f in facts if f.type == "target"] == [(75.0, "2027"), (92.0, "2027")]
    assert [f.value for f in facts if f.type == "percentage"] == [58.0]


# inside a goal list: year headings give their deadline, deeper numbered lines group the goals,
# counted-goal headings group or open a list
@pytest.mark.parametrize("text, expected", [
    ("Mục tiêu cụ thể:\n1.1. Nhóm tiện ích phục vụ người dân\nNăm 2026:\nHoàn thành kết nối để 100% hồ sơ được "
     "xác thực điện tử.\nNăm 2027:\nBảo đảm 90% thủ tục có thanh toán trực tuyến.",
     [(100.0, "%", "eq", "2026"), (90.0, "%", "eq", "2027")]),
    ("2. Mục tiêu cụ thể đến năm 2028\na) Về chính quyền số\n- 95% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
     [(95.0, "%", "eq", "2028")]),
    ("Nghị quyết HĐND tỉnh thông qua các chỉ tiêu năm 2027.\n9 chỉ tiêu xã hội gồm:\n- Tỷ lệ hộ nghèo giảm còn dưới 2%\n"
     "4 chỉ tiêu môi trường gồm:\n- Tỷ lệ che phủ rừng 61%",
     [(2.0, "%", "lt", None), (61.0, "%", "eq", None)]),
    # a roman-numbered heading: its numbered fields group the goals until the next roman section
    ("II. MỤC TIÊU CỤ THỂ\n1. Cải cách thủ tục hành chính\n- Tỷ lệ hồ sơ đúng hạn đạt trên 98%.\n"
     "2. Xây dựng chính quyền số\n- 90% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.\n"
     "III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Năm 2025, huyện đã đạt 96,4% hồ sơ đúng hạn.",
     [(98.0, "%", "gt", None), (90.0, "%", "eq", None)]),
])
def test_subheadings_inside_a_goal_list(text, expected):
    assert targets_of(LEAD + text) == expected


@pytest.mark.parametrize("text, n_targets, n_percentages", [
    # a section heading that names results ends the list, and a year heading after it opens none
    ("Mục tiêu cụ thể:\n- Nâng cao chất lượng phục vụ người dân.\nII. KẾT QUẢ THỰC HIỆN\nNăm 2025:\n"
     "Tỷ lệ hồ sơ đúng hạn là 98%.", 0, 1),
    # a numbered line at the depth of the heading that opened the list ends it
    ("1. Mục tiêu cụ thể:\n- 100% xã có bộ phận một cửa hiện đại.\n2. Tình hình triển khai\n- 85% xã đã lắp camera.", 1, 1),
])
def test_subheadings_that_end_a_goal_list(text, n_targets, n_percentages):
    facts = facts_of(LEAD + text)
    assert len([f for f in facts if f.type == "target"]) == n_targets
    assert len([f for f in facts if f.type == "percentage"]) == n_percentages


# resolution and plan wording with no goal word
@pytest.mark.parametrize("text, expected", [
    ("Về môi trường: Đến năm 2029, tỷ lệ chất thải rắn được thu gom khoảng 95%; tỷ lệ dân nông thôn dùng nước sạch là 70%.",
     [(95.0, "%", "approx", "2029"), (70.0, "%", "eq", "2029")]),
    ("Đến năm 2028, tỉ trọng dịch vụ trong GRDP trên 45%, tỉ lệ đô thị hóa tối thiểu 40%.",
     [(45.0, "%", "gt", "2028"), (40.0, "%", "gte", "2028")]),
    ("Bảo đảm 100% hồ sơ được tiếp nhận và trả kết quả đúng hạn.", [(100.0, "%", "eq", None)]),
    ("Tối thiểu 85% người dân hài lòng với sự phục vụ của bộ phận một cửa.", [(85.0, "%", "gte", None)]),
    ("c) Đảm bảo tối thiểu 90% văn bản đi được ký số.", [(90.0, "%", "gte", None)]),
    ("Chậm nhất ngày 30/9/2026, 100% trạm y tế phải kết nối với hệ thống hồ sơ sức khỏe điện tử.",
     [(100.0, "%", "eq", "2026-09-30")]),
    ("Trong năm 2026, 100% cơ quan, đơn vị phải dùng chữ ký số cho văn bản đi.", [(100.0, "%", "eq", "2026")]),
])
def test_resolution_and_plan_wording(text, expected):
    assert targets_of(LEAD + text) == expected


@pytest.mark.parametrize("text", [
    "Tỉnh bảo đảm an ninh cho 100% điểm bỏ phiếu.",
    "Ít nhất 5 người bị thương trong vụ va chạm.",
    "Có thể thấy, 40% không cao nhưng cũng không phải quá thấp.",
    "Ai mà làm phiền con mình thì 100% bà mẹ nổi giận ngay, có gì mà phải lo.",
    "Nguồn vốn của dự án 60% từ ngân sách, 40% xã hội hóa, nên việc giải ngân là phải theo tiến độ.",
    "Điều 9. Cuộc họp phải có ít nhất 50% thành viên tham dự.",
    "Đến năm 2023, tỉ lệ lao động qua đào tạo là 70%.",
])
def test_no_goal_in_these(text):
    assert values(LEAD + text, "target", published="2026-01-12") == []


# a plan for a period, its items 'indicator: N%' and 'Giảm … xuống dưới N%'
def test_plan_page_for_a_period():
    text = ("Kế hoạch phát triển hạ tầng số của xã giai đoạn 2026-2028\n1. Mạng di động\n"
            "- Tỷ lệ dân số trưởng thành có điện thoại thông minh: 95%.\n- Tỷ lệ thôn có sóng 5G: 60%\n"
            "- Giảm số thuê bao chỉ dùng 2G xuống dưới 3%.\n2. Hạ tầng dữ liệu\n- Tỷ lệ cơ quan dùng điện toán đám mây: 80%.")
    facts = facts_of(text)
    targets = [(f.value, f.period) for f in facts if f.type == "target"]
    assert targets == [(95.0, "2026-2028"), (60.0, "2026-2028"), (3.0, "2026-2028"), (80.0, "2026-2028")]
    assert [f for f in facts if f.type == "percentage"] == []


def test_plan_page_results_stay_percentages():
    text = ("Kế hoạch phát triển hạ tầng số của xã giai đoạn 2026-2028\nI. KẾT QUẢ GIAI ĐOẠN 2023-2025\n"
            "- Tỷ lệ dân số trưởng thành có điện thoại thông minh: 88%.\n- Tỷ lệ thôn có sóng 4G: 100%.")
    assert values(text, "target") == []
    assert values(text, "percentage") == [88.0, 100.0]


# tables: the column decides
@pytest.mark.parametrize("text, targets, percentages", [
    ("Huyện báo cáo kết quả thực hiện các chỉ tiêu năm 2026.\n| Chỉ tiêu | Kế hoạch 2026 | Thực hiện | Tỷ lệ đạt |\n"
     "| Hồ sơ trực tuyến toàn trình | 55% | 61,2% | 111,3% |\n| Số hóa kết quả | 100% | 97% | 97% |",
     [(55.0, "2026"), (100.0, "2026")], [61.2, 111.3, 97.0, 97.0]),
    ("Các chỉ tiêu chuyển đổi số năm 2027 như sau:\nSTT | Chỉ tiêu | Mục tiêu năm 2027 | Kết quả năm 2026\n"
     "1 | Thanh toán trực tuyến | 70% | 52%\n2 | Hồ sơ sức khỏe điện tử | 95% | 88%",
     [(70.0, "2027"), (95.0, "2027")], [52.0, 88.0]),
    ("Các chỉ tiêu phấn đấu năm 2027 được giao như sau:\n| Chỉ tiêu | Ước TH 2026 |\n| Hồ sơ trực tuyến | 65% |",
     [], [65.0]),
])
def test_goal_tables(text, targets, percentages):
    facts = facts_of(text)
    assert [(f.value, f.deadline) for f in facts if f.type == "target"] == targets
    assert [f.value for f in facts if f.type == "percentage"] == percentages


# goals reported as met are percentages; a bare 'đã' inside an item of a goal list modifies a noun
@pytest.mark.parametrize("text, n_targets, n_percentages", [
    ("Mục tiêu năm 2025 về tiêm chủng (95%) đã được hoàn thành với kết quả 97,1%.", 0, 2),
    ("Năm 2025, chỉ tiêu 60% hồ sơ trực tuyến đều đã vượt, kết quả đạt 66%.", 0, 2),
    ("Chỉ tiêu năm 2027:\na) Tái sử dụng dữ liệu đã số hóa đạt tối thiểu 65%;\nb) Hồ sơ đã tiếp nhận được giải quyết "
     "đúng hạn trên 98%.", 2, 0),
    # a result reported after the goal clause
    ("Huyện đặt mục tiêu giảm 10% số vụ vi phạm; kết thúc năm, số vụ vi phạm giảm 12,6%.", 1, 1),
    ("Mục tiêu là 75% hồ sơ trực tuyến; sau hai năm triển khai, tỷ lệ này đạt 69%.", 1, 1),
])
def test_goals_met_and_items_with_da(text, n_targets, n_percentages):
    facts = facts_of(LEAD + text)
    assert len([f for f in facts if f.type == "target"]) == n_targets
    assert len([f for f in facts if f.type == "percentage"]) == n_percentages


# rank goals: a range of places on an index; a rise said of anything else is none
@pytest.mark.parametrize("text, expected", [
    ("Tỉnh đề ra chỉ tiêu Chỉ số PAPI năm 2027 tăng tối thiểu từ 3 tới 6 bậc.", [(3.0, "bậc", "gte", "2027")]),
    ("Mục tiêu năm 2027 Chỉ số SIPAS của tỉnh cải thiện từ 2 - 5 bậc.", [(2.0, "bậc", "gte", "2027")]),
    ("Để đạt mục tiêu tăng trưởng 9%, quy mô kinh tế của tỉnh dự kiến đứng thứ 12 cả nước, tăng 3 bậc.",
     [(9.0, "%", "eq", None)]),
    # a forecast in a parenthesis is no goal; the index may be named in the sentence before
    ("Thủ tướng nhấn mạnh mục tiêu tăng trưởng 8% trở lên (dự kiến quy mô kinh tế đứng thứ 30 thế giới, tăng 2 bậc).",
     [(8.0, "%", "gte", None)]),
    ("Năm 2025, Chỉ số PAR INDEX của tỉnh xếp thứ 20/63. Tỉnh phấn đấu năm 2026 tăng ít nhất 3 bậc.",
     [(3.0, "bậc", "gte", "2026")]),
])
def test_rank_change_goals(text, expected):
    assert targets_of(LEAD + text) == expected


def test_range_of_decimals_is_no_date():
    facts = facts_of(LEAD + "Mục tiêu giai đoạn 2026–2030 là duy trì mức giảm nghèo đa chiều 1 - 1,5%/năm.")
    assert [f.text for f in facts if f.type == "date"] == ["12/01/2026"]
    assert [(f.value, f.comparator) for f in facts if f.type == "target"] == [(1.0, "gte")]


# the deadline of the goal in the sentence before, also across a paragraph break
@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2027, thành phố phấn đấu 70% hồ sơ được xử lý trực tuyến. Hiện tỷ lệ này đạt 52% (mục tiêu 60%).",
     [(70.0, "2027"), (60.0, "2027")]),
    ("Tỉnh đặt mục tiêu đến cuối năm 2026 có 85% người dân dùng tài khoản định danh.\nĐến nay tỷ lệ này là 71,3% "
     "(chỉ tiêu 85%).", [(85.0, "2026"), (85.0, "2026")]),
    ("Trước ngày 15/10/2026, các xã phải hoàn thành rà soát. Tỷ lệ xã hoàn thành hiện là 40% (mục tiêu 100%).",
     [(100.0, "2026-10-15")]),
])
def test_deadline_of_the_sentence_before(text, expected):
    facts = facts_of(LEAD + text)
    assert [(f.value, f.deadline) for f in facts if f.type == "target"] == expected
    assert len([f for f in facts if f.type == "percentage"]) == 1
