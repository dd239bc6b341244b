"""Targets on made-up sentences: how far a goal word reaches, the shapes of text that use a goal word
and report results (the false targets of unseen articles), and goals in shapes the rules must keep
(docs/format.md ``target``; GUIDE §6)."""
import cchc_extract as cx
import pytest

from conftest import check_article


def facts(text, type_=None, **kw):
    art = check_article(cx.extract(text, **kw))
    return [f for f in art.facts if type_ is None or f.type == type_]


def targets(text, **kw):
    return [(f.value, f.unit, f.comparator, f.deadline) for f in facts(text, "target", **kw)]


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
    ("UBND tỉnh ban hành kế hoạch năm 2025.\n2. Mục tiêu cụ thể\n- 100% thủ tục hành chính được công khai đầy đủ.\n"
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
