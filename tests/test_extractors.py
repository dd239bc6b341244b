"""Extractors I (issue 5): each shape and each confusable, on sentences written for the tests."""
import pytest

import cchc_extract as cx

from conftest import check_article


def facts(text, type_=None, **kw):
    art = check_article(cx.extract(text, **kw))
    return [f for f in art.facts if type_ is None or f.type == type_]


def one(text, type_, **kw):
    got = facts(text, type_, **kw)
    assert len(got) == 1, [(f.type, f.text) for f in facts(text, **kw)]
    return got[0]


# ---- provinces and regions -------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Đoàn công tác làm việc tại TP.HCM về chuyển đổi số.", "Hồ Chí Minh"),
    ("UBND TP. Hồ Chí Minh ban hành kế hoạch.", "Hồ Chí Minh"),
    ("Hội nghị tổ chức tại thành phố Hồ Chí Minh.", "Hồ Chí Minh"),
    ("Sở Nội vụ TP. Huế báo cáo kết quả.", "Thừa Thiên Huế"),
    ("Tỉnh Daklak đạt kết quả tốt.", "Đắk Lắk"),
    ("Tỉnh BR-VT tăng 5 bậc.", "Bà Rịa - Vũng Tàu"),
    ("Tỉnh Hoà Bình cải thiện chỉ số.", "Hòa Bình"),
    ("THÁI NGUYÊN DẪN ĐẦU VỀ CHUYỂN ĐỔI SỐ.", "Thái Nguyên"),
    ("Trung tâm điều hành của TP Thái Nguyên đi vào hoạt động.", "Thái Nguyên"),
    ("Lãnh đạo Đại học Thái Nguyên dự họp.", "Thái Nguyên"),
])
def test_province_variants(text, name):
    p = one(text, "province")
    assert p.name == name and p.code is not None and p.name_2025


def test_province_2025_map():
    assert one("Tỉnh Bắc Kạn báo cáo.", "province").name_2025 == "Thái Nguyên"
    assert one("Tỉnh Đắk Nông báo cáo.", "province").name_2025 == "Lâm Đồng"
    assert one("Tỉnh Bình Dương báo cáo.", "province").name_2025 == "Hồ Chí Minh"


@pytest.mark.parametrize("text", [
    "Đoàn đến dâng hương Chủ tịch Hồ Chí Minh tại Nhà truyền thống.",
    "Lễ chào cờ tại Quảng trường Hồ Chí Minh.",
    "Trụ sở đặt tại phường Trưng Vương.",
    "Phó Thủ tướng Trương Hòa Bình chủ trì hội nghị.",
    "Bà Nguyễn Thị Huế phát biểu.",
    "Hợp tác khu vực châu Á - Thái Bình Dương.",
    "Học sinh trường THPT Nguyễn Trãi tham gia.",
])
def test_not_a_province(text):
    assert facts(text, "province") == []


def test_regions():
    got = facts("Các tỉnh Tây Nguyên và miền núi phía bắc, vùng Đồng bằng sông Cửu Long (ĐBSCL).", "region")
    assert [r.name for r in got] == ["Tây Nguyên", "Miền núi phía Bắc", "Đồng bằng sông Cửu Long", "Đồng bằng sông Cửu Long"]
    assert facts("Các tỉnh Tây Nguyên đều tăng trưởng.", "province") == []


# ---- legal references ------------------------------------------------------------------

@pytest.mark.parametrize("text,number,doc_type,issuer,year", [
    ("Thực hiện Nghị định số 45/2020/NĐ-CP của Chính phủ.", "45/2020/NĐ-CP", "Nghị định", "Chính phủ", 2020),
    ("Theo Quyết định số 411/QĐ-TTg.", "411/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", None),
    ("Nghị quyết 30c/NQ-CP về cải cách.", "30c/NQ-CP", "Nghị quyết", "Chính phủ", None),
    ("Chỉ thị 20-CT/TU của Tỉnh ủy.", "20-CT/TU", "Chỉ thị", "Tỉnh ủy", None),
    ("Nghị quyết số 35-NQ/TW của Bộ Chính trị.", "35-NQ/TW", "Nghị quyết", "Bộ Chính trị", None),
    ("Thực hiện Nghị quyết 60- NQ/TW.", "60-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", None),
    ("Thông tư liên tịch số 01/2015/TTLT-BNV-BTC hướng dẫn.", "01/2015/TTLT-BNV-BTC", "Thông tư liên tịch", "Bộ Nội vụ, Bộ Tài chính", 2015),
    ("Theo Nghị định 61/2018/NÐ-CP về một cửa.", "61/2018/NĐ-CP", "Nghị định", "Chính phủ", 2018),
    ("Theo Nghị định 61 / 2018 / NĐ-CP về một cửa.", "61/2018/NĐ-CP", "Nghị định", "Chính phủ", 2018),
    ("Thực hiện Quyết định số 28 của Thủ tướng Chính phủ.", "28", "Quyết định", "Thủ tướng Chính phủ", None),
    ("Thực hiện tốt Nghị quyết 01 của Chính phủ.", "01", "Nghị quyết", "Chính phủ", None),
    ("Triển khai Đề án 06 của Chính phủ.", "06", "Đề án", "Chính phủ", None),
    ("UBND tỉnh có công văn hỏa tốc số 552 về việc vận hành.", "552", "Công văn", "Ủy ban nhân dân tỉnh", None),
])
def test_legal_shapes(text, number, doc_type, issuer, year):
    f = one(text, "legal_ref")
    assert (f.number, f.doc_type, f.issuer, f.year) == (number, doc_type, issuer, year)


def test_legal_date_after():
    f = one("Chỉ thị số 20-CT/TU, ngày 26/4/2023 của Ban Thường vụ Tỉnh ủy về CCHC.", "legal_ref")
    assert f.date == "2023-04-26" and f.year == 2023 and f.issuer == "Ban Thường vụ Tỉnh ủy"
    assert one("Chỉ thị số 20-CT/TU, ngày 26/4/2023 của Ban Thường vụ Tỉnh ủy về CCHC.", "date").value == "2023-04-26"


def test_not_legal():
    assert facts("Có 6/6 tỉnh kết nối, xếp thứ 14/63, Kế hoạch CCHC năm 2024.", "legal_ref") == []


# ---- numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,comp", [
    ("Tỷ lệ hồ sơ đúng hạn đạt 99,82%.", 99.82, "eq"), ("Tỷ lệ trả đúng hẹn đạt 99.44%.", 99.44, "eq"),
    ("Tỷ lệ giảm còn 02%.", 2.0, "eq"), ("Mức hài lòng đạt trên 80%.", 80.0, "gt"),
    ("Còn dưới 10% hồ sơ trễ hạn.", 10.0, "lt"), ("Có khoảng 70% người dân sử dụng.", 70.0, "approx"),
    ("Đạt 50% trở lên so với cùng kỳ.", 50.0, "gte"), ("Tỷ lệ không quá 5% hồ sơ.", 5.0, "lte"),
])
def test_percentages(text, value, comp):
    f = one(text, "percentage")
    assert (f.value, f.comparator) == (value, comp)


def test_one_number_one_type():
    text = ("Năm 2022, tỉnh xếp thứ 14/63 về Chỉ số CCHC; 6/6 tỉnh đã kết nối; "
            "nhân dịp Quốc khánh 2/9 và ngày 24/9/2020 theo Nghị định 45/2020/NĐ-CP.")
    got = {(f.type, f.text) for f in facts(text) if f.type in ("ranking", "ratio", "date", "legal_ref")}
    assert ("ranking", "xếp thứ 14/63") in got
    assert ("ratio", "6/6") in got
    assert ("date", "Quốc khánh 2/9") in got and ("date", "24/9/2020") in got
    assert any(t == "legal_ref" for t, _ in got)
    assert len(got) == 5


def test_quantities_and_ratios():
    q = {(f.value, f.unit) for f in facts("Tỉnh cung cấp 1.650 dịch vụ công trực tuyến, 177 bộ phận một cửa cấp xã được đầu tư và 2.5 triệu hồ sơ.", "quantity")}
    assert q == {(1650.0, "dịch vụ công trực tuyến"), (177.0, "bộ phận một cửa cấp xã"), (2.5, "triệu hồ sơ")}
    r = one("Có 20/20 cơ quan thuộc UBND tỉnh đã xây dựng đề án.", "ratio")
    assert (r.numerator, r.denominator, r.unit) == (20, 20, "cơ quan")
    s = one("Tỉnh đạt 43,5/50 điểm.", "quantity")
    assert (s.value, s.unit) == (43.5, "điểm")
    assert facts("Kỷ niệm 75 năm Ngày Quốc khánh, trong 5 tháng đầu năm 2024.", "quantity") == []
    assert one("Năm tỉnh Tây Nguyên đều tham gia.", "quantity").value == 5.0


# ---- dates and periods ---------------------------------------------------------------------

@pytest.mark.parametrize("text,value,precision,inferred", [
    ("Ngày 24/9/2020, tỉnh tổ chức hội nghị.", "2020-09-24", "day", False),
    ("Quyết định ngày 09 tháng 10 năm 2018 có hiệu lực.", "2018-10-09", "day", False),
    ("Thời hạn là tháng 3/2020 theo kế hoạch.", "2020-03", "month", False),
    ("Trung tâm hoạt động từ quý III/2020.", "2020-Q3", "quarter", False),
    ("Dịp Quốc khánh 2/9 các tỉnh báo cáo.", "--09-02", "day", False),
    ("Sáng 19/4, Bộ Nội vụ công bố kết quả.", "--04-19", "day", False),
    ("Trước ngày 30-11, các địa phương phải kết nối trục liên thông trước cuối năm 2020.", "2020-11-30", "day", True),
])
def test_dates(text, value, precision, inferred):
    f = one(text, "date")
    assert (f.value, f.precision, f.year_inferred) == (value, precision, inferred)


def test_date_year_from_publication():
    art = cx.extract("Sáng 19/4, Bộ Nội vụ công bố kết quả.", published="2023-04-20")
    assert art.of_type("date")[0].value == "2023-04-19" and art.of_type("date")[0].year_inferred


def test_not_dates():
    assert facts("Năm 2020 có 6/6 tỉnh xếp thứ 14/63, 5 tháng đầu năm, cuối năm 2020.", "date") == []


@pytest.mark.parametrize("text,span", [
    ("Chương trình giai đoạn 2021 - 2030 đã được ban hành.", (2021, 2030)),
    ("Mục tiêu từ năm 2020 đến năm 2025 là cắt giảm chi phí.", (2020, 2025)),
    ("Kết thúc giai đoạn I (2011-2015) với nhiều kết quả.", (2011, 2015)),
])
def test_periods(text, span):
    f = one(text, "period")
    assert (f.start_year, f.end_year) == span


# ---- rankings ------------------------------------------------------------------------------

def test_rankings():
    text = ("Chỉ số cải cách hành chính tỉnh Thái Nguyên năm 2019 xếp thứ 14/63 tỉnh, thành phố, tăng 40 bậc so với năm 2016. "
            "Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) xếp thứ 6/63, Chỉ số SIPAS xếp thứ 02/63 và xếp thứ 2 toàn quốc về "
            "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI).")
    got = [(f.index, f.rank, f.out_of, f.year, f.change, f.subject) for f in facts(text, "ranking")]
    assert got == [("PAR INDEX", 14, 63, 2019, 40, "Thái Nguyên"), ("PAR INDEX", 6, 63, 2023, None, "Thái Nguyên"),
                   ("SIPAS", 2, 63, 2023, None, "Thái Nguyên"), ("PAPI", 2, None, 2023, None, "Thái Nguyên")]


def test_ranking_component_region_and_no_index():
    f = one("Theo Par Index 2019, chỉ số thành phần về cải cách thủ tục hành chính của khu vực Tây Nguyên đứng thứ 5/6 khu vực.", "ranking")
    assert (f.index, f.rank, f.out_of, f.year, f.component, f.subject) == ("PAR INDEX", 5, 6, 2019, "cải cách thủ tục hành chính", None)
    assert facts("Tỉnh đứng đầu với tỷ lệ 83% hồ sơ trực tuyến.", "ranking") == []
    assert facts("Bộ Nội vụ xếp hạng 17 bộ, cơ quan ngang bộ theo Chỉ số CCHC.", "ranking") == []
    assert facts("Đề cao trách nhiệm người đứng đầu trong thực hiện Chỉ số CCHC.", "ranking") == []


# ---- targets -------------------------------------------------------------------------------

def test_targets_enumeration_and_rank_goal():
    text = ("Giai đoạn 2021 - 2030, phấn đấu tỷ lệ hồ sơ giải quyết trực tuyến đạt 50% trở lên; 90% hồ sơ công việc tại cấp tỉnh, "
            "80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng. "
            "Phấn đấu tỉnh Thái Nguyên nằm trong Tốp 10 tỉnh, thành đứng đầu cả nước về Chỉ số CCHC.")
    got = [(f.value, f.unit, f.comparator, f.period) for f in facts(text, "target")]
    assert got == [(50.0, "%", "gte", "2021-2030"), (90.0, "%", "eq", "2021-2030"), (80.0, "%", "eq", "2021-2030"),
                   (60.0, "%", "eq", "2021-2030"), (10.0, "rank", "lte", "2021-2030")]  # the period of the paragraph carries over (GUIDE §6)
    assert facts(text, "percentage") == []


def test_target_and_result_side_by_side_and_deadline():
    got = facts("Tỷ lệ hồ sơ trực tuyến đạt 63,47% (mục tiêu 70%).")
    assert [(f.type, f.value) for f in got if f.type in ("percentage", "target")] == [("percentage", 63.47), ("target", 70.0)]
    t = one("Mục tiêu tới cuối năm 2020, ít nhất phải có 30% dịch vụ công được kết nối.", "target")
    assert (t.value, t.comparator, t.deadline) == (30.0, "gte", "2020")
    assert facts("Tỷ lệ hồ sơ đúng hạn đạt 99,76%, đã hoàn thành chỉ tiêu 95%.", "target") == []


def test_goal_heading_list():
    text = "Mục tiêu cụ thể đến năm 2025:\n- 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.\n- Tối thiểu 80% hồ sơ được xử lý trực tuyến.\nNội dung tuyên truyền gồm:\n- Đạt 90% người dân biết."
    got = [(f.value, f.comparator, f.deadline) for f in facts(text, "target")]
    assert got == [(100.0, "eq", "2025"), (80.0, "gte", "2025")]
    assert [f.value for f in facts(text, "percentage")] == [90.0]


# ---- subjects ------------------------------------------------------------------------------

def test_subjects():
    got = facts("Một số địa phương có tỷ lệ cao như Lạng Sơn (99,82%), Thái Nguyên (99,36%). Hà Giang và Cao Bằng chỉ đạt dưới 10%.", "percentage")
    assert [(f.value, f.subject, f.subject_source) for f in got] == [
        (99.82, "Lạng Sơn", "parenthesis"), (99.36, "Thái Nguyên", "parenthesis"), (10.0, None, None)]


def test_date_range_end_and_unnamed_index():
    art = check_article(cx.extract("Từ ngày 1/7 đến 30/11, tổng số hồ sơ là 730.000 hồ sơ.", published="2025-12-03"))
    assert [f.value for f in art.of_type("date")] == ["2025-07-01", "2025-11-30"]
    f = one("Về Bộ chỉ số phục vụ người dân, doanh nghiệp, tỉnh đạt 73/100 điểm, xếp 25/63 tỉnh, thành phố.", "ranking")
    assert (f.index, f.rank, f.out_of) == ("BỘ CHỈ SỐ 766", 25, 63)


def test_local_issuer_takes_the_article_province():
    art = check_article(cx.extract("UBND tỉnh Kon Tum ban hành Kế hoạch số 1084/KH-UBND ngày 03/04/2025 về dịch vụ công. "
                                   "Tỉnh Kon Tum phấn đấu đạt 80% hồ sơ trực tuyến."))
    assert art.of_type("legal_ref")[0].issuer == "Ủy ban nhân dân tỉnh Kon Tum"
    nat = check_article(cx.extract("Tỉnh Kon Tum thực hiện Nghị định số 45/2020/NĐ-CP. Tỉnh Kon Tum báo cáo."))
    assert nat.of_type("legal_ref")[0].issuer == "Chính phủ"


def test_month_without_year_needs_the_article_date_and_subjects_by_clause():
    dated = check_article(cx.extract("Từ tháng 7, tỉnh tiếp nhận 730.000 hồ sơ.", published="2025-12-03"))
    assert [(f.value, f.precision, f.year_inferred) for f in dated.of_type("date")] == [("2025-07", "month", True)]
    assert check_article(cx.extract("Từ tháng 7, tỉnh tiếp nhận 730.000 hồ sơ.")).of_type("date") == []
    art = check_article(cx.extract(
        "Tỉnh Thái Nguyên báo cáo kết quả. Chỉ số CCHC của tỉnh nằm trong các tỉnh đứng đầu khu vực Miền núi phía Bắc; "
        "tỷ lệ hài lòng của người dân đạt trên 80%. Nhóm B gồm 49 tỉnh, thành phố đạt từ 80% đến dưới 90%."))
    assert [(f.value, f.subject) for f in art.of_type("percentage")] == [(80.0, "Thái Nguyên"), (80.0, None), (90.0, None)]


def test_components_named_before_the_rank():
    text = ("Chỉ số PCI năm 2023 của tỉnh xếp thứ 23. Trong đó, chỉ số Tính năng động tiên phong và chỉ số Đào tạo lao động "
            "xếp thứ 3 toàn quốc; Tiếp cận đất đai xếp thứ 4; Chi phí thời gian xếp thứ 8.")
    got = [(f.index, f.rank, f.component) for f in facts(text, "ranking")]
    assert got == [("PCI", 23, None), ("PCI", 3, "Tính năng động tiên phong"), ("PCI", 3, "Đào tạo lao động"),
                   ("PCI", 4, "Tiếp cận đất đai"), ("PCI", 8, "Chi phí thời gian")]
    # a province before the rank is the ranked body, not a component
    assert [f.component for f in facts("Về Chỉ số PAPI, Gia Lai đứng thứ 19; Kon Tum xếp thứ 20.", "ranking")] == [None, None]
