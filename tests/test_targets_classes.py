"""Targets on made-up sentences: how far a goal word reaches, the shapes of text that use a goal word
and report results (the false targets of unseen articles), and goals in shapes the rules must keep
(docs/format.md ``target``; GUIDE §6)."""
import pytest

from conftest import facts_of, targets_of


facts = facts_of
targets = targets_of


# ---- not goals: a goal word whose numbers are results, counts, prices or rounds ------------------

@pytest.mark.parametrize("text", [
    # a count of goals
    "Thủ môn đã chọn sai mục tiêu khiến đội mất 2 bàn thắng.",
    'Hội nghị thống nhất "3 quyết tâm và 4 đột phá" trong năm 2024.',
    "Kế hoạch đặt ra 5 mục tiêu cụ thể, 20 nhiệm vụ trọng tâm.",
    "Tỉnh đề ra 12 mục tiêu và 35 chỉ tiêu cụ thể.",
    # quyết tâm as a noun or an adverb
    "Đội khách thi đấu đầy quyết tâm ở vòng 12 giải hạng Nhất.",
    "Với sự quyết tâm cao, tỉnh đã giải quyết 98% hồ sơ đúng hạn.",
    "Trong năm 2023, tỉnh quyết tâm cao và đã giải quyết 99% hồ sơ đúng hạn.",
    # a date before the verb: a result
    "Tính đến hết năm 2023, đã có 85 doanh nghiệp đăng ký nộp thuế điện tử.",
    "Đến hết năm 2023, toàn tỉnh đã có 120 xã đạt chuẩn nông thôn mới.",
    # compared with a goal, a share of a quota
    "Tổng thu năm 2023 đạt 2.500 tỷ đồng, vượt 10% so với chỉ tiêu được giao, bằng 20% dự toán.",
    "Trường tuyển 3.000 sinh viên, gồm xét tuyển tài năng (20% tổng chỉ tiêu), xét điểm thi (50%).",
    "Chỉ tiêu tỷ lệ hồ sơ trực tuyến đạt 52%, vượt 2% so với kế hoạch.",
    # a table header
    "Chỉ tiêu Quý II năm 2024 Quý II năm 2023 % tăng trưởng Doanh thu 1.345 253 332%",
    # a fronted purpose clause, then what was done
    "Để đảm bảo hoạt động của HĐND, dự thảo nghị quyết quy định tăng 9 đại biểu chuyên trách.",
    "Để thực hiện mục tiêu trên, tỉnh đã ban hành 15 văn bản chỉ đạo.",
    # the target of a transfer, a price
    "Cầu thủ này vẫn là mục tiêu nhưng CLB không muốn trả mức giá 50 triệu bảng.",
    "Tiền đạo này là mục tiêu của các cuộc đàm phán trị giá 25 triệu bảng.",
    # the scope ends at a present state, a glued sentence end, the comma after 'cho mục tiêu'
    "Đội bóng rất quyết tâm thực hiện mục tiêu và hiện đang kém đội đầu bảng 2 điểm sau 10 trận.",
    "HLV đến với mục tiêu vực dậy đội bóng.Trong 13 trận gần nhất, đội thua 8 trận.",
    "Đội nhì bảng đang sốt sắng cho mục tiêu thăng hạng, họ sẽ thắng với cách biệt 2 bàn trở lên.",
    "Đội chủ nhà cần thắng để tiếp tục cuộc đua vào Top 4 với Tottenham.",
    # a goal said in words, then results
    "Thực hiện mục tiêu của Chính phủ, năm 2023 tỉnh đã số hóa 85% hồ sơ.",
    "Với mục tiêu lấy người dân làm trung tâm, năm 2023 tỉnh đã tiếp nhận 120.000 hồ sơ, 99% đúng hạn.",
    "Hướng tới mục tiêu chính quyền số, tỉnh hiện có 95% cơ quan sử dụng văn bản điện tử.",
    "Mục tiêu của Kế hoạch là nâng cao chất lượng phục vụ; năm 2023 tỷ lệ hài lòng đạt 92%.",
    "Sau 3 năm thực hiện, mục tiêu cơ bản hoàn thành với 98% hồ sơ đúng hạn.",
    "Nhiều chỉ tiêu quan trọng đạt và vượt như: tỷ lệ hồ sơ đúng hạn 99%, tỷ lệ hài lòng 95%.",
    "Kết quả thực hiện các mục tiêu: 100% thủ tục hành chính được công khai; 95% hồ sơ đúng hạn.",
    "Đạt được mục tiêu trên, tỉnh có 1.200 dịch vụ công trực tuyến toàn trình.",
    "Tỉnh đã phấn đấu rất nhiều và năm 2023 tỷ lệ hài lòng đạt 92%.",
    # a plan exceeded, a quota followed, the cause of a result, an achieved column
    "Năm 2023, tỉnh hoàn thành vượt mức kế hoạch đề ra với tỷ lệ hồ sơ trực tuyến đạt 65%.",
    "Theo chỉ tiêu được giao, năm 2023 tỉnh tuyển quân 1.200 thanh niên, đạt 100%.",
    "Nhờ quyết tâm của cả hệ thống chính trị, tỷ lệ hộ nghèo giảm còn 2,1%.",
    # an obligation, a forecast
    "Các sở, ngành phải có trách nhiệm giải quyết 20 hồ sơ tồn đọng trong tháng qua.",
    "Trong tương lai, người dân sẽ hướng tới chăm sóc sức khoẻ 100% tại nhà với 1 siêu ứng dụng.",
])
def test_no_goal(text):
    assert targets(text) == []


def test_a_goal_heading_list_ends_at_a_section_heading():
    text = ("Mục tiêu cụ thể:\n- 100% hồ sơ được số hóa;\n- 90% người dân hài lòng.\nII. KẾT QUẢ THỰC HIỆN\n"
            "Năm 2023, tỷ lệ hồ sơ được số hóa đạt 78%, tỷ lệ hài lòng đạt 93%.")
    assert [v for v, *_ in targets(text)] == [100.0, 90.0]
    assert [f.value for f in facts(text, "percentage")] == [78.0, 93.0]
    text = "Mục tiêu cụ thể:\n- 100% hồ sơ được số hóa.\n2. Kết quả thực hiện\nNăm 2023, tỷ lệ hồ sơ được số hóa đạt 78%."
    assert [v for v, *_ in targets(text)] == [100.0]


def test_a_goal_heading_list_ends_at_a_report_of_results():
    text = ("Kế hoạch đề ra mục tiêu đến năm 2025:\nHoàn thành số hóa 100% hồ sơ còn hiệu lực.\n"
            "Kết nối 80% cơ sở dữ liệu chuyên ngành.\nKết quả, năm 2023 tỉnh số hóa 45% hồ sơ.")
    assert targets(text) == [(100.0, "%", "eq", "2025"), (80.0, "%", "eq", "2025")]


# ---- goals the rules keep ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu từ nay đến hết năm 2024, kết thúc điều tra, xét xử 30 vụ án; giải quyết 6 vụ việc.",
     [(30.0, "vụ án", "eq", "2024"), (6.0, "vụ việc", "eq", "2024")]),
    ("Mục tiêu đề ra là 50% nhưng đến nay mới đạt 35%.", [(50.0, "%", "eq", None)]),
    ("Mục tiêu năm 2023 là 60%, kết quả đạt 63,5%.", [(60.0, "%", "eq", "2023")]),
    ("Để đạt mục tiêu 100% hồ sơ được số hóa, tỉnh đã đầu tư 20 tỷ đồng.", [(100.0, "%", "eq", None)]),
    ("Bộ trưởng yêu cầu đến ngày 31/12/2024 phải hoàn thành 100% việc số hóa hồ sơ.",
     [(100.0, "%", "eq", "2024-12-31")]),
    ("Phấn đấu đến hết năm 2024, 90% hồ sơ đã được số hóa.", [(90.0, "%", "eq", "2024")]),
    ("Với mục tiêu đến năm 2025 có 80% người dân sử dụng dịch vụ công trực tuyến, tỉnh đã triển khai nhiều giải pháp.",
     [(80.0, "%", "eq", "2025")]),
    ("Tỉnh xác định mục tiêu: giảm 20% thời gian giải quyết thủ tục hành chính.", [(20.0, "%", "eq", None)]),
    ("Tỉnh đặt mục tiêu năm 2025 Chỉ số CCHC đạt 90 điểm trở lên.", [(90.0, "điểm", "gte", "2025")]),
    ("UBND tỉnh giao chỉ tiêu cho các huyện: mỗi huyện có ít nhất 5 mô hình dân vận khéo.",
     [(5.0, "mô hình dân vận khéo", "gte", None)]),
    ("Phấn đấu năm 2025, Chỉ số PAR INDEX của tỉnh xếp trong top 10 cả nước.", [(10.0, "rank", "lte", "2025")]),
    ("Quyết tâm đến năm 2025 có 80% người dân sử dụng dịch vụ công trực tuyến.", [(80.0, "%", "eq", "2025")]),
])
def test_goal(text, expected):
    assert targets(text) == expected


def test_a_goal_range_of_counts_is_one_target_at_its_lower_bound():
    assert targets("Công ty không đạt được mục tiêu giao hàng hằng năm là 40.000-50.000 chiếc.") == [
        (40000.0, "chiếc", "gte", None)]


def test_năm_nay_without_a_published_date_is_the_year_of_the_dates_written():
    text = ("Tính đến ngày 30/6/2024, doanh thu của công ty đạt 4.000 tỷ đồng. "
            "Năm nay, công ty đề ra mục tiêu doanh thu 11.069 tỷ đồng. "
            "Công ty dự kiến đạt lợi nhuận sau thuế 150 tỷ đồng.")
    assert targets(text) == [(11069.0, "tỷ đồng", "eq", "2024"), (150.0, "tỷ đồng", "eq", "2024")]


def test_a_rank_goal_needs_a_goal_and_not_a_race():
    assert targets("Phấn đấu năm 2025, tỉnh vào top 10 về Chỉ số DTI.") == [(10.0, "rank", "lte", "2025")]
    assert targets("Đội bóng đặt mục tiêu thắng để tiếp tục cuộc đua vào Top 4.") == []


def test_a_rank_band_to_head_for():
    assert targets("Tỉnh phấn đấu hướng đến nhóm 10 địa phương dẫn đầu về Chỉ số cải cách hành chính.") == [
        (10.0, "rank", "lte", None)]


@pytest.mark.parametrize("text, expected", [
    # (the heading names no year: the goals take the year of the plan reported before it)
    ("UBND tỉnh ban hành kế hoạch năm 2025.\n2. Mục tiêu cụ thể\n- 100% thủ tục hành chính được công khai đầy đủ.\n"
     "- Tối thiểu 80% hồ sơ được số hóa.", [(100.0, "eq", "2025"), (80.0, "gte", "2025")]),
    ("UBND tỉnh ban hành kế hoạch.\n2. Mục tiêu cụ thể\n- 100% thủ tục hành chính được công khai đầy đủ.\n"
     "- Tối thiểu 80% hồ sơ được số hóa.", [(100.0, "eq", None), (80.0, "gte", None)]),
    ("UBND tỉnh ban hành kế hoạch.\nb) Mục tiêu cụ thể đến năm 2025\n- 90% người dân hài lòng.\n- 70% hồ sơ trực tuyến toàn trình.",
     [(90.0, "eq", "2025"), (70.0, "eq", "2025")]),
])
def test_a_goal_heading_line_without_its_colon(text, expected):
    assert [(v, c, dl) for v, _, c, dl in targets(text)] == expected


def test_a_planned_and_an_achieved_column_under_a_goal_heading():
    text = "UBND tỉnh báo cáo.\nCác mục tiêu năm 2023:\n- Tỷ lệ hồ sơ trực tuyến: kế hoạch 50%, thực hiện 55%."
    assert targets(text) == [(50.0, "%", "eq", "2023")]


def test_a_heading_line_of_results_is_no_goal_heading():
    text = "UBND tỉnh tổng kết năm 2023.\n2. Kết quả thực hiện\n- 98% hồ sơ được giải quyết đúng hạn."
    assert targets(text) == []


# ---- classes read on plans, ranking reports and Đề án 06 news -----------------------------------

@pytest.mark.parametrize("text, expected", [
    # 'là' before a verb of striving states the goal; before a goal noun it is a predicate
    ("Kế hoạch đề ra là phấn đấu giai đoạn 2021 - 2025 đưa tỉnh nằm trong top 15 tỉnh về PCI.", [(15.0, "rank", "lte", None)]),
    ("Mục tiêu chung là phấn đấu đến năm 2025 có 80% hồ sơ được giải quyết trực tuyến.", [(80.0, "%", "eq", "2025")]),
    ("Đây là mục tiêu quan trọng, năm 2023 tỉnh đạt 95%.", []),
    # a band to be in, written 'trong Top N' right after the goal word
    ("Năm 2026, thành phố phấn đấu trong Top 3 địa phương dẫn đầu cả nước về cải cách hành chính.",
     [(3.0, "rank", "lte", "2026")]),
    ("Thành phố quyết tâm trong top 5 địa phương dẫn đầu về Chỉ số SIPAS năm 2025.", [(5.0, "rank", "lte", "2025")]),
    ("Năm 2023, tỉnh đứng trong top 10 về Chỉ số PCI.", []),
])
def test_a_goal_stated_after_là_and_a_band_after_trong(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text", [
    "Theo quy định, xã phải đạt tiêu chuẩn dân số từ 16.000 người trở lên.",
    "Theo quy định, mỗi xã phải có ít nhất 2 công chức tư pháp - hộ tịch.",
    "Theo Thông tư, mỗi cơ quan phải có ít nhất 2 công chức làm đầu mối.",
    "Theo tiêu chuẩn đơn vị hành chính, thành phố trực thuộc trung ương phải đạt quy mô dân số từ 1,5 triệu người trở lên.",
    "Nghị định yêu cầu các cơ sở đào tạo phải đảm bảo tỷ lệ giảng viên có trình độ tiến sĩ đạt ít nhất 20%.",
    "Nghị định yêu cầu tỷ lệ hồ sơ được số hóa phải đạt 100%.",
    "Nghị quyết quy định đơn vị hành chính cấp xã phải đảm bảo diện tích đạt 100% tiêu chuẩn.",
])
def test_what_a_law_requires_is_no_goal(text):
    assert targets(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND tỉnh yêu cầu các sở đảm bảo tỷ lệ hồ sơ đúng hạn đạt 100%.", [(100.0, "%", "eq", None)]),
    ("Theo Kế hoạch, đến năm 2025 tỉnh phải đạt 80% hồ sơ trực tuyến.", [(80.0, "%", "eq", "2025")]),
    ("Nghị quyết số 68/NQ-CP nêu rõ, mục tiêu là cắt giảm ít nhất 20% chi phí tuân thủ.", [(20.0, "%", "gte", None)]),
    ("Thực hiện Nghị quyết 01, các địa phương phải quyết tâm đạt được 30% dịch vụ công trực tuyến.",
     [(30.0, "%", "eq", None)]),
])
def test_a_demand_of_a_plan_or_an_official_stays_a_goal(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch cải cách hành chính tỉnh Lai Châu năm 2025\n1. Cải cách thể chế\n"
     "- Trên 95% văn bản quy phạm pháp luật của tỉnh được ban hành đúng quy định.\n"
     "- 100% văn bản được kiểm tra. Trong đó, ít nhất 50% được thực hiện trên môi trường số.",
     [(95.0, "%", "gt", "2025"), (100.0, "%", "eq", "2025"), (50.0, "%", "gte", "2025")]),
    ("Chương trình hành động năm 2024 của UBND huyện\n- 100% thủ tục được công khai trên Cổng dịch vụ công.\n"
     "- Ít nhất 60% hồ sơ được nộp trực tuyến.", [(100.0, "%", "eq", "2024"), (60.0, "%", "gte", "2024")]),
    ("Kế hoạch chuyển đổi số năm 2024 của tỉnh\n- Tối thiểu 80% hồ sơ được nộp trực tuyến.", [(80.0, "%", "gte", "2024")]),
    # a section of results, a result item, an item on an earlier year, a page that is no plan, an item opening on a noun
    ("Kế hoạch số hóa hồ sơ năm 2025\nII. Tình hình thực hiện năm 2024\n- 85% hồ sơ được số hóa.", []),
    ("Kế hoạch cải cách hành chính tỉnh Lai Châu năm 2025\n1. Kết quả năm 2024\n- 98% hồ sơ được giải quyết đúng hạn.", []),
    ("Kế hoạch số hóa hồ sơ năm 2025\n- Đến nay 85% hồ sơ được số hóa.", []),
    ("Kế hoạch cải cách hành chính tỉnh Lai Châu năm 2025\n- 98% hồ sơ đã được giải quyết đúng hạn trong năm 2024.", []),
    ("Báo cáo công tác cải cách hành chính năm 2024\n- 98% hồ sơ được giải quyết đúng hạn.", []),
    ("Kế hoạch số hóa hồ sơ năm 2025\n- Các sở có 85% hồ sơ được số hóa.", []),
])
def test_the_bullet_items_of_a_plan_page(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Một số chỉ tiêu chủ yếu đạt được như sau:\n- 98% hồ sơ được giải quyết đúng hạn.\n- 45% hồ sơ nộp trực tuyến.", []),
    ("Kết quả thực hiện các chỉ tiêu năm 2023 như sau:\n- 98% hồ sơ được giải quyết đúng hạn.", []),
    ("Các chỉ tiêu cụ thể năm 2023 đã đạt:\n- 98% hồ sơ được giải quyết đúng hạn.", []),
    ("Kết quả đạt được so với mục tiêu:\n- 98% hồ sơ được giải quyết đúng hạn.", []),
    ("Đánh giá kết quả thực hiện mục tiêu năm 2023:\n- 98% hồ sơ được giải quyết đúng hạn.\n- 45% hồ sơ nộp trực tuyến.", []),
    ('Năm 2023, với mục tiêu "lấy người dân làm trung tâm", tỉnh đã đạt được những kết quả:\n'
     "- 98% hồ sơ được giải quyết đúng hạn.", []),
    # goal headings keep their lists
    ("Phấn đấu đến năm 2025 đạt được các chỉ tiêu sau:\n- 100% xã có bộ phận một cửa.", [(100.0, "%", "eq", "2025")]),
    ("Các mục tiêu chủ yếu năm 2025 như sau:\n- 100% xã có bộ phận một cửa.\n- 80% hồ sơ trực tuyến.",
     [(100.0, "%", "eq", "2025"), (80.0, "%", "eq", "2025")]),
    ("Mục tiêu, chỉ tiêu năm 2024:\n- 100% hồ sơ được số hóa.\n- Tối thiểu 80% hồ sơ trực tuyến toàn trình.",
     [(100.0, "%", "eq", "2024"), (80.0, "%", "gte", "2024")]),
])
def test_a_heading_of_results_opens_no_goal_list(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chỉ số PCI được xây dựng với mục tiêu đánh giá chất lượng điều hành kinh tế của 63 tỉnh, thành phố.", []),
    ("Khảo sát PAPI năm 2023 được thực hiện với mục tiêu thu thập ý kiến của 19.536 người dân.", []),
    ("Cuộc khảo sát hướng tới mục tiêu lấy ý kiến tại 30 xã của 5 huyện.", []),
    ("Tỉnh phấn đấu năm 2025 có 100% hồ sơ của 9 huyện được số hóa.", [(100.0, "%", "eq", "2025")]),
    # the count a goal is about stays a count; a count to reach stays a goal
    ("Mục tiêu của Bộ Công an là cấp được 50 triệu thẻ căn cước công dân trước ngày 1/7/2021.",
     [(50.0, "triệu thẻ căn cước công dân", "eq", "2021-07-01")]),
    ("Tỉnh phấn đấu hỗ trợ 500 doanh nghiệp chuyển đổi số trong năm 2025.", [(500.0, "doanh nghiệp chuyển đổi số", "eq", "2025")]),
])
def test_a_count_after_của_tại_ở_names_what_the_goal_is_about(text, expected):
    assert targets(text) == expected


def test_the_count_a_goal_is_about_is_a_quantity():
    qs = [(f.value, f.unit) for f in facts("Chỉ số PCI được xây dựng với mục tiêu đánh giá chất lượng điều hành "
                                           "kinh tế của 63 tỉnh.", "quantity")]
    assert qs == [(63.0, "tỉnh")]


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu được giao là 80%, hiện tỉnh đạt 62%.", [(80.0, "%", "eq", None)]),
    ("Chỉ tiêu được giao là 80%, tỉnh đạt 62%, vượt 2%.", [(80.0, "%", "eq", None)]),
    ("Mục tiêu đề ra là 90%, năm 2024 tỉnh đạt 93,5%.", [(90.0, "%", "eq", "2024")]),
    ("Mục tiêu của tỉnh là nằm trong top 20, năm 2023 tỉnh đứng thứ 18/63 về Chỉ số PAPI.", [(20.0, "rank", "lte", "2023")]),
    ("Tỉnh đặt mục tiêu 80% người dân có tài khoản định danh, hiện toàn tỉnh đạt 72%.", [(80.0, "%", "eq", None)]),
    # a list of goals after 'là', a clause with its own deadline, 'hiện đại hóa' (no 'hiện')
    ("Mục tiêu là 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp huyện được xử lý trên môi trường mạng.",
     [(90.0, "%", "eq", None), (80.0, "%", "eq", None)]),
    ("Mục tiêu đến năm 2025 là 50%, đến năm 2030 đạt 80%.", [(50.0, "%", "eq", "2025"), (80.0, "%", "eq", "2030")]),
    ("Tỉnh phấn đấu đến năm 2025, hiện đại hóa 100% bộ phận một cửa cấp xã.", [(100.0, "%", "eq", "2025")]),
])
def test_a_goal_given_its_value_then_the_result(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đối với chỉ tiêu về thời gian giải quyết thủ tục, có 72% doanh nghiệp hài lòng.", []),
    ("Đối với chỉ tiêu về tính minh bạch, có 68% doanh nghiệp đánh giá tích cực.", []),
    ("Ở chỉ tiêu tiếp cận đất đai, tỉnh đạt 7,1 điểm.", []),
    ("Về chỉ tiêu tỷ lệ doanh nghiệp phải chi trả chi phí không chính thức, tỉnh có 42% doanh nghiệp trả lời có.", []),
    ('Chỉ tiêu "Tỷ lệ người dân hài lòng" của tỉnh đạt 92%, tăng 3% so với năm 2022.', []),
    # a goal's 'chỉ tiêu', and a goal after an indicator topic
    ("Chỉ tiêu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 50%.", [(50.0, "%", "eq", "2024")]),
    ("Về chỉ tiêu, tỉnh phấn đấu 100% xã đạt chuẩn tiếp cận pháp luật.", [(100.0, "%", "eq", None)]),
])
def test_an_indicator_of_an_index_is_no_goal(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Với quyết tâm đổi mới, năm 2023 tỉnh vươn lên xếp thứ 5/63 về Chỉ số PAR Index.", []),
    ("Hướng tới mục tiêu cải thiện thứ hạng, năm 2023 tỉnh xếp thứ 15/63 về SIPAS.", []),
    ("Sở Nội vụ cho biết, để đạt mục tiêu trên, năm 2024 tỉnh tổ chức 12 lớp tập huấn cho 1.200 cán bộ.", []),
    ("Nhằm mục tiêu nâng cao chất lượng phục vụ, tỉnh tổ chức 20 lớp tập huấn.", []),
    ("Hướng tới mục tiêu chính quyền số, năm 2023 tỉnh có 95% cơ quan dùng văn bản điện tử.", []),
    # a number in the fronted phrase, or a goal word after the comma, keeps the goal
    ("Với mục tiêu đến năm 2025, 80% người dân sử dụng dịch vụ công trực tuyến, tỉnh đã triển khai nhiều giải pháp.",
     [(80.0, "%", "eq", "2025")]),
    ("Hướng tới mục tiêu Chính phủ số, tỉnh phấn đấu 100% hồ sơ được số hóa.", [(100.0, "%", "eq", None)]),
])
def test_a_goal_said_in_words_before_a_comma(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu năm 2025 Chỉ số SIPAS đạt trên 85%; năm 2024 Chỉ số SIPAS đạt 82%.", [(85.0, "%", "gt", "2025")]),
    ("Phấn đấu năm 2024 Chỉ số SIPAS đạt trên 85%, Chỉ số PAR Index đạt trên 88%; năm 2023 Chỉ số SIPAS đạt 82%.",
     [(85.0, "%", "gt", "2024"), (88.0, "%", "gt", "2024")]),
    ("Năm 2025, tỉnh quyết tâm giữ vững vị trí trong top 10 về PCI; năm 2024 tỉnh xếp thứ 8.",
     [(10.0, "rank", "lte", "2025")]),
    # a later year is another goal
    ("Phấn đấu đến năm 2025 đạt 50% hồ sơ trực tuyến, năm 2030 đạt 80%.", [(50.0, "%", "eq", "2025"), (80.0, "%", "eq", "2030")]),
])
def test_a_clause_on_an_earlier_year_reports_a_result(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Theo dự báo của Ngân hàng Thế giới, tăng trưởng GDP năm 2024 của Việt Nam sẽ đạt 6%.", []),
    ("Ước cả năm 2024, tỷ lệ hồ sơ trực tuyến sẽ đạt 65%.", []),
    ("Việc triển khai nền tảng số giúp nâng tỷ lệ hồ sơ trực tuyến lên 75%.", []),
    ("Mô hình này góp phần nâng tỷ lệ hài lòng của người dân lên 95%.", []),
    # a company's own plan, a goal to raise a rate
    ("Công ty dự kiến đạt lợi nhuận sau thuế 150 tỷ đồng trong năm 2024.", [(150.0, "tỷ đồng", "eq", "2024")]),
    ("Tỉnh phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên 80% vào năm 2025.", [(80.0, "%", "eq", "2025")]),
])
def test_a_forecast_an_estimate_or_an_effect_is_no_goal(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ngày 12/3/2024, UBND tỉnh tổ chức hội nghị. Đến năm 2023, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.", []),
    ("Ngày 12/3/2024, UBND tỉnh tổ chức hội nghị. Đến hết năm 2023, tỷ lệ hồ sơ trực tuyến đạt 45%.", []),
    ("Ngày 12/3/2024, UBND tỉnh tổ chức hội nghị. Đến năm 2025, tỉnh phấn đấu có 80% hồ sơ trực tuyến.",
     [(80.0, "%", "eq", "2025")]),
    ("Ngày 12/3/2024, UBND tỉnh tổ chức hội nghị. Đến hết năm 2024, tỷ lệ hồ sơ trực tuyến đạt 60%.",
     [(60.0, "%", "eq", "2024")]),
])
def test_a_year_before_the_dates_of_an_undated_article_is_a_result(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, tỉnh quyết tâm giữ vững vị trí trong top 10 về PCI.", [(10.0, "rank", "lte", "2025")]),
    ("Phấn đấu Chỉ số PAPI của tỉnh xếp hạng trong top 20 cả nước.", [(20.0, "rank", "lte", None)]),
    ("Mục tiêu năm 2025 tỉnh vươn lên top 15 về Chỉ số DTI.", [(15.0, "rank", "lte", "2025")]),
    ("Năm 2023, tỉnh giữ vững vị trí trong top 10 về PCI.", []),
])
def test_a_band_to_keep_or_to_reach(text, expected):
    assert targets(text) == expected


def test_a_heading_on_an_earlier_year_in_a_plan_lists_results():
    assert targets("Kế hoạch số hóa hồ sơ năm 2025\nTheo báo cáo, trong năm 2024:\n- 85% hồ sơ được số hóa.") == []
    assert targets("Kế hoạch số hóa hồ sơ năm 2025\nMục tiêu năm 2025:\n- 95% hồ sơ được số hóa.") == [
        (95.0, "%", "eq", "2025")]


@pytest.mark.parametrize("text, expected", [
    ("Yêu cầu hỗ trợ của doanh nghiệp được tiếp nhận với tỷ lệ đạt 97%.", []),
    ("Các yêu cầu của người dân được giải quyết kịp thời, tỷ lệ hài lòng đạt 98%.", []),
    ("Việc đảm bảo chất lượng hồ sơ đạt 99,5% trong năm 2023.", []),
    ("Năm 2023, tỉnh phấn đấu và đạt được tỷ lệ 95% hồ sơ trực tuyến.", []),
    # a demand, a list of goals opened by 'gồm'
    ("UBND tỉnh yêu cầu các sở bảo đảm tỷ lệ hồ sơ đúng hạn đạt 100%.", [(100.0, "%", "eq", None)]),
    ("Những chỉ tiêu phấn đấu năm 2025 gồm 100% hồ sơ được số hóa và 80% dịch vụ công toàn trình.",
     [(100.0, "%", "eq", "2025"), (80.0, "%", "eq", "2025")]),
])
def test_requests_handled_and_goals_met_are_no_goals(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Quyết định ban hành quy chế.\nĐiều 7. Tổ kiểm tra phải có ít nhất 03 thành viên.", []),
    ("Quyết định ban hành quy chế.\nĐiều 4. Các sở, ngành bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.", []),
    ("Mỗi đơn vị hành chính cấp xã sau sắp xếp phải đạt 300% tiêu chuẩn diện tích.", []),
    ("Khoản 2 Điều 10 quy định hồ sơ phải có 02 bản sao có chứng thực.", []),
    # a party resolution's or a scheme's demand, a goal to meet a standard
    ("Theo Nghị quyết Đại hội Đảng bộ tỉnh, đến năm 2025 tỉnh phải đạt 80% hồ sơ trực tuyến.", [(80.0, "%", "eq", "2025")]),
    ("Đề án 06 yêu cầu đến năm 2025 phải có 100% người dân đủ điều kiện được cấp căn cước.", [(100.0, "%", "eq", "2025")]),
    ("Phấn đấu 100% trường học đạt tiêu chuẩn quốc gia vào năm 2025.", [(100.0, "%", "eq", "2025")]),
    ("Quyết định ban hành kế hoạch.\n3. Tổ kiểm tra phải có ít nhất 03 thành viên.", [(3.0, "thành viên", "gte", None)]),
])
def test_an_article_of_a_legal_text_or_a_standard_requires(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Về mục tiêu cải cách thủ tục hành chính, năm 2023 có 98% hồ sơ giải quyết đúng hạn.", []),
    ("Đối với mục tiêu số hóa, tỉnh có 85% hồ sơ được số hóa.", []),
    ("Về mục tiêu đến năm 2025, tỉnh phấn đấu 100% hồ sơ được số hóa.", [(100.0, "%", "eq", "2025")]),
])
def test_a_goal_named_as_a_topic(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đề án 06 với mục tiêu phát triển ứng dụng dữ liệu dân cư gồm 25 dịch vụ công thiết yếu và 5 nhóm tiện ích.", []),
    ("Kế hoạch với mục tiêu nâng cao chất lượng phục vụ bao gồm 12 nhiệm vụ, 30 giải pháp cụ thể.", []),
    # counts to reach, joined
    ("Phấn đấu năm 2025 hỗ trợ 500 doanh nghiệp và 200 hợp tác xã chuyển đổi số.",
     [(500.0, "doanh nghiệp", "eq", "2025"), (200.0, "hợp tác xã chuyển đổi số", "eq", "2025")]),
])
def test_what_a_goal_is_made_of_is_no_goal(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh phấn đấu hoàn thành các chỉ tiêu sau:\n- 100% xã có bộ phận một cửa.\n- 80% hồ sơ trực tuyến.",
     [(100.0, "%", "eq", None), (80.0, "%", "eq", None)]),
    ("Để thực hiện mục tiêu trên, tỉnh đề ra các chỉ tiêu sau:\n- 100% xã có bộ phận một cửa.", [(100.0, "%", "eq", None)]),
    ("Nhiệm vụ, chỉ tiêu năm 2025:\n- 100% xã có bộ phận một cửa.", [(100.0, "%", "eq", "2025")]),
    ("Quyết tâm đến năm 2025:\n- 100% xã có bộ phận một cửa.", [(100.0, "%", "eq", "2025")]),
    ("Có 9/17 mục tiêu thực hiện đến năm 2025 đạt và vượt gồm: 100% hồ sơ công việc được xử lý trên môi trường mạng.", []),
])
def test_goal_headings_the_result_rules_keep(text, expected):
    assert targets(text) == expected
