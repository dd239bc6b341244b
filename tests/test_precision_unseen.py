"""Precision on text in the shape of unseen pages (district and commune portals, legal-database
pages, provincial papers): made-up sentences for each class of false or missed fact met there,
with the counter-examples each rule must leave alone.

Targets: the parts a plan is made of are counted, not aimed at; a bare period heading in a history of
past programmes opens no goal list; an indicator's value reported after a result is a result.
Officials: a title, a dash, then the name; abbreviated titles (PBT, PCT, UV); a member's title
(Đảng ủy viên) in a chain; a council's head keeps its body. Legal references: the date of issue on a
header line or before the reference with a verb of issuing; the issuer after 'đề nghị của … tại',
after 'từ'; a zero-padded serial spoken of with its year. Quantities: '01 cửa' is the one-stop
desk; a number opening a quoted name. Organizations: 'Ban hành' is a verb; a member's title, a set
of indices are no bodies; a name does not end on 'năm', 'Số', 'việc'."""
import pytest

from conftest import facts_of


def values(text, type_):
    return [f.value for f in facts_of(text, type_)]


# ---- targets -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Mục tiêu: xây dựng nền hành chính hiện đại; tập trung thực hiện đồng bộ 06 nội dung trọng tâm.",
     "nội dung trọng tâm"),
    ("Mục tiêu của kế hoạch là thực hiện 3 nhóm giải pháp đột phá về chuyển đổi số.", "nhóm giải pháp đột phá"),
    ("Phấn đấu hoàn thành 4 lĩnh vực cải cách trọng tâm trong năm 2025.", "lĩnh vực cải cách trọng tâm"),
])
def test_the_parts_of_a_plan_are_counted_not_aimed_at(text, unit):
    assert values(text, "target") == []
    assert [f.unit for f in facts_of(text, "quantity")] == [unit]


def test_a_count_goal_of_things_stays_a_target():
    # counter-example: a goal counting what is to be reached, not what the plan is made of
    text = "Phấn đấu đến năm 2025 có 300 xã hoàn thành tiêu chí chuyển đổi số."
    assert [f.value for f in facts_of(text, "target")] == [300.0]


def test_a_period_heading_in_a_history_opens_no_goal_list():
    text = ("Chính sách xã hội hóa trong giai đoạn này còn chưa thực sự rõ nét.\n"
            "b) Giai đoạn 2001 – 2010:\n"
            "Chính phủ có một chương trình dài hạn, xác định rõ 4 lĩnh vực cải cách và 12 nhiệm vụ cụ thể.")
    assert values(text, "target") == []
    assert values(text, "quantity") == [4.0, 12.0]


def test_a_period_heading_after_goals_opens_a_goal_list():
    # counter-example: the heading follows a paragraph that names the goals
    text = ("Kế hoạch đề ra các chỉ tiêu cụ thể như sau.\n"
            "Giai đoạn 2021 - 2025:\n"
            "100% hồ sơ được số hóa; 80% dịch vụ công được cung cấp trực tuyến toàn trình.")
    assert [(f.value, f.period) for f in facts_of(text, "target")] == [(100.0, "2021-2025"), (80.0, "2021-2025")]


def test_a_second_period_heading_inside_a_goal_list_keeps_it_open():
    text = ("Các chỉ tiêu chủ yếu:\n"
            "Giai đoạn 2021 - 2025:\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 50%.\n"
            "Giai đoạn 2026 - 2030:\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 80%.")
    assert [(f.value, f.period) for f in facts_of(text, "target")] == [(50.0, "2021-2025"), (80.0, "2026-2030")]


@pytest.mark.parametrize("text", [
    "Trong đó, tỷ lệ thanh toán trực tuyến của huyện đạt bình quân 95%; chỉ tiêu số hóa hồ sơ đạt 100%.",
    "Cấp xã có tỷ lệ hồ sơ đúng hạn đạt 99,5%, chỉ tiêu hài lòng của người dân đều đạt 97%.",
])
def test_an_indicator_reported_after_a_result_is_a_result(text):
    assert values(text, "target") == []
    assert len(values(text, "percentage")) == 2


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu năm 2025: tỷ lệ hồ sơ trực tuyến đạt 80%; chỉ tiêu số hóa hồ sơ đạt 100%.", [80.0, 100.0]),
    ("Chỉ tiêu số hóa thành phần hồ sơ đạt 100% trong năm 2025.", [100.0]),
])
def test_an_indicator_goal_with_its_year_stays_a_target(text, expected):
    assert values(text, "target") == expected


# ---- officials -----------------------------------------------------------------------------------

def officials(text):
    return [(f.name, f.titles) for f in facts_of(text, "official")]


def test_a_title_a_dash_then_the_name():
    text = "Chủ tịch UBND huyện – Lê Thị Mai cùng lãnh đạo Văn phòng đến khảo sát hoạt động tại Bộ phận Một cửa."
    assert officials(text) == [("Lê Thị Mai", ["Chủ tịch Ủy ban nhân dân huyện"])]


@pytest.mark.parametrize("text", [
    "Hội nghị có Ban tổ chức – Nguyễn Văn An báo cáo tình hình.",
    "Tại Hà Nội – Nguyễn Văn An cho biết như vậy.",
])
def test_a_body_or_a_place_before_a_dash_is_no_title(text):
    assert officials(text) == []


def test_abbreviated_titles():
    text = "Về dự có đồng chí Nguyễn Văn Tư - PBT thường trực Đảng ủy; đồng chí Trần Anh Tú - PCT HĐND phường."
    got = facts_of(text, "official")
    assert [(f.name, f.titles) for f in got] == [
        ("Nguyễn Văn Tư", ["Phó Bí thư thường trực Đảng ủy"]),
        ("Trần Anh Tú", ["Phó Chủ tịch Hội đồng nhân dân phường"])]
    assert [f.organization for f in got] == ["Đảng ủy", "Hội đồng nhân dân phường"]


def test_a_member_title_in_a_chain():
    text = "Tham dự có ông Phạm Quốc Bình, Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam phường."
    assert officials(text) == [("Phạm Quốc Bình", ["Đảng ủy viên", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường"])]
    assert [f.text for f in facts_of(text, "organization")] == ["Ủy ban MTTQ Việt Nam phường"]


def test_a_listed_member_with_an_abbreviated_member_title():
    text = ("Các đồng chí: Hoàng Văn Hải, UV BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh; "
            "Đinh Văn Lâm, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.")
    assert officials(text) == [
        ("Hoàng Văn Hải", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Hội đồng nhân dân tỉnh"]),
        ("Đinh Văn Lâm", ["Phó Chủ tịch Hội đồng nhân dân tỉnh"])]


def test_a_council_head_keeps_its_body():
    got = facts_of("Ông Nguyễn Văn Thành, Chủ tịch Hội đồng thành viên Tập đoàn VNPT phát biểu.", "official")
    assert [f.organization for f in got] == ["Hội đồng thành viên Tập đoàn VNPT"]


# ---- legal references ----------------------------------------------------------------------------

def refs(text):
    return [(f.number, f.issuer, f.year) for f in facts_of(text, "legal_ref")]


def test_the_date_on_the_header_line_dates_the_reference():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 1234/KH-UBND | Bình Phước, ngày 12 tháng 9 năm 2018 |\n"
            "Căn cứ Quyết định số 2090/QĐ-UBND của Ủy ban nhân dân tỉnh Bình Phước về việc phê duyệt Đề án.")
    got = {f.number: f for f in facts_of(text, "legal_ref")}
    assert got["1234/KH-UBND"].year == 2018 and got["1234/KH-UBND"].date == "2018-09-12"
    assert got["2090/QĐ-UBND"].year is None  # counter-example: not on the header line


def test_the_place_and_date_on_the_line_after_the_number():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 3310/KH-UBND\n\nQuảng Nam, ngày 14 tháng 8 năm 2023\n\n"
            "KẾ HOẠCH\n\nThực hiện nội dung chỉ đạo của Tỉnh ủy về chuyển đổi số, UBND tỉnh ban hành Kế hoạch như sau.")
    assert ("3310/KH-UBND", 2023) in [(n, y) for n, _, y in refs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 09/02/2023, UBND phường Tân An đã có Quyết định số 07/QĐ-UBND về việc phân công nhiệm vụ.",
     ("07/QĐ-UBND", "Ủy ban nhân dân phường Tân An", 2023)),
    ("Kế hoạch được Chính phủ ban hành ngày 12/4/2016 tại Quyết định số 225/QĐ-TTg.",
     ("225/QĐ-TTg", "Thủ tướng Chính phủ", 2016)),
    # counter-example: the date of a meeting, no verb of issuing
    ("Ngày 12/3/2024, Sở Nội vụ tổ chức hội nghị triển khai Quyết định số 25/QĐ-TTg.",
     ("25/QĐ-TTg", "Thủ tướng Chính phủ", None)),
])
def test_a_date_of_issue_before_the_reference(text, expected):
    assert refs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 215/TTr-TT&TT ngày 20/6/2023, UBND tỉnh ban hành kế hoạch.",
     ("215/TTr-TT&TT", "Sở Thông tin và Truyền thông", 2023)),
    ("Thực hiện chỉ đạo của Ủy ban Quốc gia về chuyển đổi số tại Quyết định số 17/QĐ-UBQGCĐS ngày 04/4/2023.",
     ("17/QĐ-UBQGCĐS", "Ủy ban Quốc gia về chuyển đổi số", 2023)),
    ("Đây là nội dung được đề cập trong Thông báo số 71 từ Văn phòng Chính phủ.", ("71", "Văn phòng Chính phủ", None)),
    ("Báo cáo thẩm định số 27/BCTĐ-STP ngày 14 tháng 3 năm 2019 của Sở Tư pháp đã được gửi.",
     ("27/BCTĐ-STP", "Sở Tư pháp", 2019)),
])
def test_a_stated_issuer(text, expected):
    assert refs(text) == [expected]


def test_a_zero_padded_serial_with_its_year():
    text = "Đây là kết quả tổng kết hoạt động của Ủy ban Quốc gia về chuyển đổi số và Đề án 06 năm 2024."
    assert [(f.number, f.doc_type) for f in facts_of(text, "legal_ref")] == [("06", "Đề án")]


@pytest.mark.parametrize("text", [
    "Kế hoạch 05 năm 2021-2025 của tỉnh được triển khai đồng bộ.",
    "Tỉnh xây dựng Kế hoạch 5 năm 2021 - 2025 về chuyển đổi số.",
])
def test_a_duration_is_no_serial(text):
    assert refs(text) == []


# ---- quantities ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cán bộ tại bộ phận tiếp dân (01 cửa) của xã luôn niềm nở với người dân.",
    "Chi bộ triển khai mô hình “05 xin” tại bộ phận một cửa.",
])
def test_names_and_the_one_stop_desk_are_no_counts(text):
    assert values(text, "quantity") == []


def test_counts_next_to_a_one_stop_desk_stay_counts():
    assert [(f.value, f.unit) for f in facts_of("Tỉnh có 177 bộ phận một cửa cấp xã.", "quantity")] == \
        [(177.0, "bộ phận một cửa cấp xã")]


# ---- organizations -------------------------------------------------------------------------------

def orgs(text):
    return [f.text for f in facts_of(text, "organization")]


@pytest.mark.parametrize("text", [
    "Điều 1. Ban hành kèm theo Quyết định này Quy định trách nhiệm của người đứng đầu.",
    "Tham dự có ông Cao Hồng Sơn, Đảng ủy viên, phát biểu ý kiến.",
    "Nội dung phù hợp với các tiêu chí trong Bộ Chỉ số CCHC quốc gia.",
])
def test_verbs_member_titles_and_sets_are_no_bodies(text):
    assert orgs(text) == []


def test_a_name_ends_before_the_year():
    text = "Kế hoạch hoạt động của Ủy ban Quốc gia về chuyển đổi số năm 2023 được ban hành."
    assert orgs(text) == ["Ủy ban Quốc gia về chuyển đổi số"]


@pytest.mark.parametrize("text, expected", [
    ("Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("Ban hành chính của hội đồng và Ban Tổ chức Tỉnh ủy họp.", ["Ban Tổ chức Tỉnh ủy"]),
])
def test_bodies_next_to_those_words_stay_bodies(text, expected):
    assert orgs(text)[-1:] == expected


def test_a_generic_district_committee_in_capitals_is_no_body():
    text = "QUY ĐỊNH TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU CÁC SỞ, BAN, NGÀNH, ỦY BAN NHÂN DÂN QUẬN, HUYỆN TRONG CẢI CÁCH."
    assert orgs(text) == []


@pytest.mark.parametrize("text, title", [
    ("Đồng chí Trần Văn Khoa, Trưởng BCĐ cải cách hành chính tỉnh chủ trì Hội nghị.",
     "Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"),
    # counter-example: a verb after the acronym is no topic
    ("Ông Lê Văn Nam, Phó Trưởng BCĐ tỉnh cho biết kết quả.", "Phó Trưởng Ban Chỉ đạo tỉnh"),
])
def test_an_acronym_followed_by_its_topic(text, title):
    assert [f.titles for f in facts_of(text, "official")] == [[title]]


# ---- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Báo cáo tình hình quý I và quý II năm 2022 của phường.", ["2022-Q1", "2022-Q2"]),
    ("Kết quả quý III đến quý IV/2024 cho thấy hồ sơ tăng.", ["2024-Q3", "2024-Q4"]),
    ("Kết quả tháng 3 và tháng 4/2023 của tỉnh.", ["2023-03", "2023-04"]),
    # counter-examples: the first is not coordinated with the one carrying the year; durations
    ("Xã nêu kết quả quý 1 và bàn kế hoạch công tác quý 2 năm 2021.", ["2021-Q2"]),
    ("Trong 6 tháng và 9 tháng năm 2024 tỉnh đạt kết quả tốt.", []),
])
def test_a_month_or_quarter_shares_the_year_of_the_next(text, expected):
    assert values(text, "date") == expected


def test_an_abbreviated_title_with_a_full_stop_does_not_end_the_sentence():
    text = "Về dự có đồng chí Trần Anh Tú - PCT. HĐND phường; đồng chí Lê Quang Hiếu - Trưởng Công an phường."
    assert officials(text) == [("Trần Anh Tú", ["Phó Chủ tịch Hội đồng nhân dân phường"]),
                               ("Lê Quang Hiếu", ["Trưởng Công an phường"])]


def test_a_steering_committee_issuer_keeps_its_topic():
    text = "Trên cơ sở Báo cáo số 115/BC-BCĐ ngày 10/4/2019 của Ban Chỉ đạo Cải cách hành chính tỉnh báo cáo kết quả."
    assert refs(text) == [("115/BC-BCĐ", "Ban Chỉ đạo Cải cách hành chính tỉnh", 2019)]


def test_a_second_reference_with_the_same_codes_shares_the_issuer():
    text = ("Qua xem xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 215/TTr-TT&TT ngày 20/6/2023 "
            "và Tờ trình số 142/TTr-TT&TT ngày 30/5/2023, UBND tỉnh ban hành Kế hoạch.")
    assert refs(text) == [("215/TTr-TT&TT", "Sở Thông tin và Truyền thông", 2023),
                          ("142/TTr-TT&TT", "Sở Thông tin và Truyền thông", 2023)]


def test_different_codes_do_not_share_an_issuer():
    # counter-example: the second reference is of another body
    text = "Căn cứ Tờ trình số 215/TTr-TT&TT của Sở Thông tin và Truyền thông và Báo cáo số 12/BC-STP ngày 2/3/2024."
    assert [i for _, i, _ in refs(text)][1] != "Sở Thông tin và Truyền thông"


@pytest.mark.parametrize("text, expected", [
    ("Tổng số hồ sơ tiếp nhận là 48.210 hồ sơ, trong đó thuộc thẩm quyền cấp huyện là 1987 hồ sơ.", [48210.0, 1987.0]),
    # counter-examples: a year before a noun
    ("Năm 2020 hồ sơ tăng mạnh so với trước.", []),
    ("Trong năm 2023 hồ sơ trực tuyến tăng nhanh.", []),
])
def test_a_year_shaped_count(text, expected):
    assert values(text, "quantity") == expected


@pytest.mark.parametrize("text, expected", [
    ("Lễ khai mạc diễn ra lúc 8:30 sáng ngày 10/10 tại hội trường.", []),
    ("Tuy nhiên, mẫu xe Dio 110 lại có điểm yếu là động cơ.", []),
    ("Phim Joker 2 khiến các nhà phê bình thất vọng.", []),
    # counter-examples: a count followed by a verb keeps its noun
    ("Huyện có 12 xã đã hoàn thành tiêu chí.", [12.0]),
    ("Có 2 người vẫn chưa nộp hồ sơ.", [2.0]),
])
def test_times_and_names_before_a_verb_are_no_counts(text, expected):
    assert values(text, "quantity") == expected


@pytest.mark.parametrize("text, kind", [
    ("Theo các chuyên gia, quyết tâm số hóa mạnh mẽ sẽ giúp doanh nghiệp tăng năng suất lên từ 20 đến 25%.",
     "percentage"),
    ("Theo kế hoạch, các chỉ tiêu số hóa được chia thành 4 nhóm, gồm dữ liệu và hạ tầng.", "quantity"),
])
def test_a_predicted_effect_and_groups_of_indicators_are_no_goals(text, kind):
    assert values(text, "target") == []
    assert len(facts_of(text, kind)) == 1


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh quyết tâm đạt 90% hồ sơ trực tuyến trong năm 2025.", [90.0]),
    ("Mục tiêu năm 2025 là 80% người dân sử dụng dịch vụ công trực tuyến.", [80.0]),
])
def test_goals_stay_goals(text, expected):
    assert values(text, "target") == expected


@pytest.mark.parametrize("text, expected", [
    ("Các thành viên Ban Chỉ đạo tích cực phối hợp với các phòng.", ["Ban Chỉ đạo"]),
    ("Kỳ họp thứ 12, HĐND thành phố khóa 15 đã thông qua nghị quyết.", ["HĐND thành phố"]),
    ("UBND thành phố Hải Phòng hoàn thiện văn bản trong ngày.", ["UBND thành phố Hải Phòng"]),
    ("Văn phòng UBND thành phố Hà Nội hoàn thiện văn bản trong ngày.", ["Văn phòng UBND thành phố Hà Nội"]),
    ("Trung tâm Phục vụ hành chính công thành phố Cần Thơ tiếp nhận hồ sơ.",
     ["Trung tâm Phục vụ hành chính công thành phố Cần Thơ"]),
    ("VKSND tỉnh Trà Vinh đạt giải Nhì tại hội thi năm nay.", ["VKSND tỉnh Trà Vinh"]),
    # counter-examples: the words inside a name stay
    ("Ban Chỉ đạo cải cách hành chính tỉnh họp phiên thứ nhất.", ["Ban Chỉ đạo cải cách hành chính tỉnh"]),
    ("Sở Nội vụ thành phố Hồ Chí Minh cho biết kết quả.", ["Sở Nội vụ thành phố Hồ Chí Minh"]),
])
def test_a_name_ends_before_the_clause_after_it(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Các địa phương phối hợp Văn phòng UBND thành phố hoàn thiện văn bản.", ["Văn phòng UBND thành phố"]),
    ("UBND thành phố phân công nhiệm vụ cho các sở.", ["UBND thành phố"]),
])
def test_a_city_committee_without_its_name_ends_at_the_verb(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, doc_type", [
    ("Căn cứ Luật hộ tịch số 60/2014/QH13 ngày 20 tháng 11 năm 2014;", "Luật"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 22/11/2019;", "Luật"),
    # counter-example: a type word far before another document's number is not its type
    ("Theo Kế hoạch của tỉnh, Công văn 12/UBND-VX nêu rõ nhiệm vụ.", "Công văn"),
])
def test_a_named_document_and_its_number(text, doc_type):
    assert [f.doc_type for f in facts_of(text, "legal_ref")] == [doc_type]


def test_a_periodic_count_is_no_term():
    text = "Lãnh đạo huyện đã tiếp 35 lượt, trong đó tiếp định kỳ 31 lượt, tiếp đột xuất 04 lượt công dân."
    assert values(text, "quantity") == [35.0, 31.0, 4.0]
    # counter-example: a term number
    assert values("Kỳ họp thứ 8 của HĐND tỉnh diễn ra trong kỳ 2 năm 2024.", "quantity") == []


def test_a_commune_committee_without_its_name_before_a_verb():
    assert orgs("Chủ tịch UBND xã ủy quyền cho một Phó Chủ tịch thực hiện việc tiếp dân.") == []
    assert orgs("Chủ tịch UBND xã Tân Mỹ ủy quyền cho Phó Chủ tịch.") == ["UBND xã Tân Mỹ"]
