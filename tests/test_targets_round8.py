"""Targets and legal references on made-up text in the shapes met on unseen genre pages (docs/format.md
``target``, ``legal_ref``; GUIDE §6, §9): a goal met said after a verb of striving (``phấn đấu đạt và
vượt chỉ tiêu … hơn 60 nghìn tỷ đồng``) is the goal; a requirement for a year (``năm 2026 cần huy động
ít nhất …``) and the breakdown after a goal (``Trong đó, …``) are goals; a band of countries with its
field (``thuộc nhóm 70 nước về Chính phủ điện tử``) is a rank goal; a year compared with (``bằng năm
2015``) is no deadline; a date after a count is no part of its noun; goals under a heading with no year
take the year of the one-year plan the article reports; an issuer's term (``khóa XIV``) between the body
and its verb before a reference. With counter-examples: goals met, results, plans of an earlier year,
requirements with no year and a band of countries that reports a result stay what they are."""
import pytest

from conftest import facts_of, targets_of


def _ref(text, number):
    refs = {f.number: f for f in facts_of(text, "legal_ref")}
    assert number in refs, (number, list(refs))
    return refs[number]


# a goal met after a verb of striving is the goal itself
@pytest.mark.parametrize("text, expected", [
    ("Tỉnh phấn đấu đạt và vượt chỉ tiêu thu ngân sách hơn 45 nghìn tỷ đồng năm 2026.",
     [(45.0, "nghìn tỷ đồng", "gt", "2026")]),
    ("Huyện quyết tâm hoàn thành chỉ tiêu 95% hồ sơ được giải quyết trực tuyến trong năm 2026.",
     [(95.0, "%", "eq", "2026")]),
    ("Ngành thuế phấn đấu hoàn thành và vượt chỉ tiêu thu 8.000 tỷ đồng được giao năm 2026.",
     [(8000.0, "tỷ đồng", "eq", "2026")]),
])
def test_goal_met_after_striving_is_a_goal(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2025, tỉnh đã vượt chỉ tiêu thu ngân sách 45 nghìn tỷ đồng.",
    "Huyện hoàn thành chỉ tiêu 95% hồ sơ được giải quyết trực tuyến.",
    "Các chỉ tiêu thu ngân sách đều đạt và vượt, tổng thu đạt 12.000 tỷ đồng.",
])
def test_goal_met_stays_a_result(text):
    assert targets_of(text) == []


# a requirement for a year, and the breakdown of a goal after it
def test_requirement_for_a_year_and_its_breakdown():
    text = ("Thành phố giao Sở Tài chính triển khai các đề án huy động nguồn lực. Vốn đầu tư phát triển năm 2026 "
            "cần huy động ít nhất 450.000 tỷ đồng. Trong đó, vốn từ ngân sách khoảng 90.000 tỷ đồng, các nguồn "
            "vốn xã hội khoảng 360.000 tỷ đồng.")
    assert targets_of(text) == [(450000.0, "tỷ đồng", "gte", "2026"), (90000.0, "tỷ đồng", "approx", "2026"),
                                (360000.0, "tỷ đồng", "approx", "2026")]


def test_breakdown_of_a_percentage_goal():
    text = "Mục tiêu đến năm 2026 tỷ lệ hồ sơ trực tuyến đạt 80%. Trong đó, cấp tỉnh đạt 90%, cấp xã đạt 70%."
    assert targets_of(text) == [(80.0, "%", "eq", "2026"), (90.0, "%", "eq", "2026"), (70.0, "%", "eq", "2026")]


@pytest.mark.parametrize("text", [
    "Mỗi bộ hồ sơ cần nộp ít nhất 2 bản sao có chứng thực.",
    "Theo quy định năm 2023, mỗi xã phải bố trí tối thiểu 2 công chức địa chính.",
    # a breakdown of a result, and one that reports a result after a goal
    "Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%. Trong đó, cấp tỉnh đạt 90%, cấp xã đạt 70%.",
])
def test_requirement_without_a_year_and_result_breakdowns_are_no_goals(text):
    assert targets_of(text) == []


def test_breakdown_reporting_a_result_after_a_goal_is_no_goal():
    text = "Mục tiêu đến năm 2026 tỷ lệ hồ sơ trực tuyến đạt 80%. Trong đó, hiện cấp tỉnh đã đạt 75%."
    assert targets_of(text) == [(80.0, "%", "eq", "2026")]


# a band of countries with its field after "về"
def test_country_band_with_its_field_is_a_rank_goal():
    text = "Mục tiêu đến năm 2030, Việt Nam thuộc nhóm 40 nước về Chính phủ số (EGDI)."
    assert targets_of(text) == [(40.0, "rank", "lte", "2030")]


@pytest.mark.parametrize("text", [
    "Năm 2024, Việt Nam thuộc nhóm 70 nước về Chính phủ điện tử.",
    "Phấn đấu có thêm 2 huyện thuộc nhóm 10 địa phương miền núi được hỗ trợ.",
])
def test_country_band_reporting_a_result_is_no_rank_goal(text):
    assert not [t for t in targets_of(text) if t[1] == "rank"]


# a year compared with is no deadline; a date after a count is no part of its noun
def test_compared_year_is_no_deadline():
    text = ("Phấn đấu năm 2026 tổng đàn gia súc, gia cầm: đàn trâu, bò 300 con, tăng 0,1 lần so với năm 2021; "
            "đàn lợn 2.000 con, bằng năm 2021; đàn gia cầm 35.000 con, cao hơn năm 2021.")
    assert targets_of(text) == [(300.0, "con", "eq", "2026"), (2000.0, "con", "eq", "2026"),
                                (35000.0, "con", "eq", "2026")]


@pytest.mark.parametrize("text, unit", [
    ("Tỉnh phấn đấu thu ngân sách đạt 30 nghìn tỷ đồng năm 2026.", "nghìn tỷ đồng"),
    ("Xã phấn đấu tiếp nhận 500 hồ sơ trực tuyến tháng 6/2026.", "hồ sơ trực tuyến"),
])
def test_date_after_a_count_ends_its_noun(text, unit):
    assert [t[1] for t in targets_of(text)] == [unit]


# goals under a heading with no year in an article on a one-year plan
def test_goal_heading_takes_the_reported_plans_year():
    text = ("Sở Tư pháp đẩy mạnh chuyển đổi số\n"
            "Ngày 15/3/2026, Sở Tư pháp ban hành Kế hoạch số 210/KH-STP về chuyển đổi số năm 2026 nhằm nâng cao "
            "hiệu quả hoạt động.\n"
            "Mục tiêu và nhiệm vụ trọng tâm\n"
            "Kế hoạch tập trung vào các nhiệm vụ cốt lõi: 100% hồ sơ công việc được xử lý trên môi trường mạng; "
            "tỷ lệ người dân hài lòng đạt tối thiểu 90%.")
    assert targets_of(text) == [(100.0, "%", "eq", "2026"), (90.0, "%", "gte", "2026")]


def test_goal_heading_without_a_reported_plan_keeps_no_deadline():
    text = ("Sở Tư pháp đẩy mạnh chuyển đổi số\n"
            "Sở Tư pháp tiếp tục đẩy mạnh ứng dụng công nghệ trong quản lý, điều hành.\n"
            "Mục tiêu và nhiệm vụ trọng tâm\n"
            "Sở tập trung vào các nhiệm vụ cốt lõi: 100% hồ sơ công việc được xử lý trên môi trường mạng.")
    assert targets_of(text) == [(100.0, "%", "eq", None)]


def test_plan_of_an_earlier_year_gives_no_deadline():
    text = ("Sở Tư pháp đẩy mạnh chuyển đổi số\n"
            "Ngày 20/3/2026, Sở tổng kết việc triển khai Kế hoạch chuyển đổi số năm 2025 với nhiều kết quả.\n"
            "Mục tiêu và nhiệm vụ trọng tâm\n"
            "Sở tập trung vào các nhiệm vụ cốt lõi: 100% hồ sơ công việc được xử lý trên môi trường mạng.")
    assert [t[3] for t in targets_of(text, published="2026-03-21")] == [None]


# an issuer's term between the body and its verb before a reference
@pytest.mark.parametrize("text, number, issuer", [
    ("Để chuyển đổi số đi vào cuộc sống, Ban Chấp hành Đảng bộ tỉnh khóa XV đã ban hành Nghị quyết số 09-NQ/TU, "
     "ngày 12/10/2026 về chuyển đổi số.", "09-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Ban Thường vụ Huyện ủy khoá XXIII ban hành Kế hoạch số 45-KH/HU ngày 3/5/2026 về chuyển đổi số.",
     "45-KH/HU", "Ban Thường vụ Huyện ủy"),
    ("Thị ủy (khóa XII) đã ban hành Kế hoạch số 82-KH/TU ngày 13/6/2026 để triển khai nghị quyết.",
     "82-KH/TU", "Thị ủy"),
])
def test_issuer_with_its_term_before_the_reference(text, number, issuer):
    assert _ref(text, number).issuer == issuer


def test_term_of_another_body_is_not_an_issuer():
    # the term belongs to a congress named in the clause before, the code gives the issuer
    text = ("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh khóa XV, ngày 3/5/2026, UBND tỉnh ban hành Kế hoạch số "
            "45/KH-UBND về chuyển đổi số.")
    assert _ref(text, "45/KH-UBND").issuer.startswith("Ủy ban nhân dân")


# a steering committee named in full after its abbreviation or with its field
@pytest.mark.parametrize("text, number, issuer", [
    ("Kế hoạch số 345/KH-BCĐ ngày 2/3/2026 của BCĐ CCHC tỉnh về kiểm tra cải cách hành chính.",
     "345/KH-BCĐ", "Ban Chỉ đạo cải cách hành chính tỉnh"),
    ("Kế hoạch số 15/KH-BCĐ ngày 3/2/2026 của Ban Chỉ đạo Đề án 06 tỉnh về triển khai nhiệm vụ.",
     "15/KH-BCĐ", "Ban Chỉ đạo Đề án 06 tỉnh"),
    # a bare steering committee keeps its bare name
    ("Kế hoạch số 16/KH-BCĐ ngày 3/2/2026 của Ban Chỉ đạo về triển khai nhiệm vụ.", "16/KH-BCĐ", "Ban Chỉ đạo"),
])
def test_steering_committee_issuer_in_full(text, number, issuer):
    assert _ref(text, number).issuer == issuer


# a programme's name and a past effort as a noun hold no goal word
@pytest.mark.parametrize("text", [
    "Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025 giải ngân đạt 72% kế hoạch vốn.",
    "Với sự nỗ lực phấn đấu của cả hệ thống chính trị, năm 2025 tỷ lệ hồ sơ đúng hạn đạt 99,1%.",
    "Bằng sự cố gắng và phấn đấu không ngừng, huyện đã có 85% hồ sơ được số hóa.",
])
def test_programme_name_and_past_effort_are_no_goals(text):
    assert targets_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Chương trình mục tiêu quốc gia giảm nghèo đặt mục tiêu đến năm 2026 giảm tỷ lệ hộ nghèo xuống dưới 2%.",
     [(2.0, "%", "lt", "2026")]),
    ("Tỉnh tiếp tục nỗ lực phấn đấu năm 2026 đạt 90% hồ sơ trực tuyến.", [(90.0, "%", "eq", "2026")]),
])
def test_goals_beside_a_programme_name_or_an_effort_stay(text, expected):
    assert targets_of(text) == expected


# criteria and conditions: a requirement that is no goal of a plan
@pytest.mark.parametrize("text", [
    "Để được công nhận đạt chuẩn, thị xã phải có ít nhất 80% số xã đạt chuẩn nông thôn mới nâng cao.",
    "Tiêu chí về thu nhập yêu cầu thu nhập bình quân đầu người đạt từ 52 triệu đồng/người/năm trở lên.",
    "Điều kiện để được xét khen thưởng là cơ quan phải đạt tỷ lệ hồ sơ đúng hạn từ 97% trở lên.",
    "Theo hướng dẫn của Sở, mỗi phường phải bố trí ít nhất 3 công chức làm công tác tư pháp.",
    "Theo Bộ tiêu chí, huyện nông thôn mới phải có tối thiểu 90% hộ dân dùng nước sạch.",
])
def test_criteria_and_conditions_are_no_goals(text):
    assert targets_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh yêu cầu đến năm 2026 các xã phải đạt tối thiểu 90% hồ sơ trực tuyến.", [(90.0, "%", "gte", "2026")]),
    # a criterion named after the requirement does not make it one
    ("Huyện yêu cầu các xã phải hoàn thành 100% tiêu chí nông thôn mới trong năm 2026.", [(100.0, "%", "eq", "2026")]),
])
def test_requirements_of_a_plan_stay_goals(text, expected):
    assert targets_of(text) == expected


# a clause after a goal said in words that opens on a time already passed reports results
@pytest.mark.parametrize("text", [
    "Các cấp, các ngành nỗ lực phấn đấu hoàn thành nhiệm vụ, 6 tháng đầu năm thu ngân sách đạt 52% dự toán.",
    "Huyện quyết tâm hoàn thành kế hoạch, từ đầu năm đến nay đã có 1.200 hồ sơ trực tuyến.",
    "Ngành phấn đấu về đích sớm, lũy kế giải ngân đạt 61% kế hoạch vốn.",
])
def test_clause_on_time_passed_after_a_goal_in_words_is_a_result(text):
    assert targets_of(text) == []


def test_goal_for_the_first_months_stays_a_goal():
    assert targets_of("Phấn đấu 6 tháng đầu năm 2026 giải ngân đạt 40% kế hoạch vốn.") == [(40.0, "%", "eq", "2026")]


def test_measure_with_its_unit_glued_on_inside_a_goal():
    text = ("Phương hướng, mục tiêu nhiệm kỳ 2026 - 2030:\n"
            "- Diện tích lúa năm 2030: 165ha; rau màu các loại: 25 ha.\n")
    assert targets_of(text) == [(165.0, "ha", "eq", "2030"), (25.0, "ha", "eq", "2030")]


def test_measure_with_its_unit_glued_on_outside_a_goal_stays_a_quantity():
    text = "Năm 2025, diện tích lúa của xã đạt 171ha."
    assert targets_of(text) == []
    assert [(f.value, f.unit) for f in facts_of(text, "quantity")] == [(171.0, "ha")]


@pytest.mark.parametrize("text, expected", [
    # what is always so is a state, not a goal
    ("Huyện luôn đảm bảo tỷ lệ giải quyết hồ sơ đúng hạn đạt trên 98%.", []),
    ("Các xã vẫn bảo đảm 100% hồ sơ được tiếp nhận trực tuyến.", []),
    # a plan's guarantee stays a goal
    ("Kế hoạch năm 2026 bảo đảm tỷ lệ giải quyết hồ sơ đúng hạn đạt trên 98%.", [(98.0, "%", "gt", "2026")]),
])
def test_always_ensured_is_a_state(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text, number, issuer", [
    ("Quyết định số 77/QĐ-UBND ngày 2/4/2026 của UBND TX. Phổ Yên về kiện toàn tổ công tác.", "77/QĐ-UBND",
     "Ủy ban nhân dân thị xã Phổ Yên"),
    ("Kế hoạch số 10-KH/ĐU của Đảng ủy Khối các cơ quan tỉnh về học tập nghị quyết.", "10-KH/ĐU",
     "Đảng ủy Khối các cơ quan tỉnh"),
    ("Kế hoạch số 11-KH/ĐU của Đảng ủy xã Tân Hòa về chuyển đổi số.", "11-KH/ĐU", "Đảng ủy xã Tân Hòa"),
])
def test_short_town_and_bloc_committee_issuers(text, number, issuer):
    assert _ref(text, number).issuer == issuer


# a type word and a body with each word capitalised, as small portals write them
def test_title_cased_type_word_and_body():
    ref = _ref("Xã được thành lập theo Nghị Quyết 831 của Ủy ban Thường vụ Quốc Hội ngày 17/12/2019.", "831")
    assert (ref.doc_type, ref.issuer) == ("Nghị quyết", "Ủy ban Thường vụ Quốc hội")
    assert _ref("Thực hiện Quyết Định 1200 của UBND huyện về kiện toàn.", "1200").doc_type == "Quyết định"


@pytest.mark.parametrize("text", [
    "Huyện triển khai Kế Hoạch 5 Năm về phát triển kinh tế.",
    "Xã ban hành Kế Hoạch 12 Tháng đầu năm.",
])
def test_title_cased_type_word_before_a_duration_is_no_reference(text):
    assert facts_of(text, "legal_ref") == []


def test_goal_list_told_field_by_field():
    text = ("Huyện triển khai kế hoạch chuyển đổi số\n"
            "Theo đó, huyện phấn đấu về hạ tầng số, 100% cơ quan cấp xã kết nối mạng truyền số liệu chuyên dùng.\n"
            "Về chính quyền số, 85% cán bộ, công chức được bồi dưỡng kỹ năng số; 100% phòng, ban quản lý hồ sơ điện tử.\n"
            "Về kinh tế số, 60% hợp tác xã có ứng dụng sàn thương mại điện tử.\n")
    assert [t[0] for t in targets_of(text)] == [100.0, 85.0, 100.0, 60.0]


def test_field_after_a_goal_reporting_a_result_is_no_goal():
    text = ("Huyện triển khai kế hoạch chuyển đổi số\n"
            "Theo đó, huyện phấn đấu về hạ tầng số, 100% cơ quan cấp xã kết nối mạng truyền số liệu chuyên dùng.\n"
            "Về chính quyền số, 95% hồ sơ đã được xử lý trên môi trường mạng.\n")
    assert [t[0] for t in targets_of(text)] == [100.0]


def test_goal_sentence_in_an_article_on_a_one_year_plan_takes_its_year():
    text = ("Huyện đặt mục tiêu chuyển đổi số\n"
            "Ngày 3/4, UBND huyện ban hành kế hoạch chuyển đổi số năm 2026, tập trung vào ba trụ cột.\n"
            "Về phát triển chính quyền số, huyện đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.\n"
            "Trong lĩnh vực kinh tế số, huyện phấn đấu đạt tỷ trọng kinh tế số tối thiểu 5% GRDP.\n")
    assert targets_of(text) == [(100.0, "%", "eq", "2026"), (5.0, "%", "gte", "2026")]


@pytest.mark.parametrize("text", [
    # the plan's results are reported: its year is no deadline of a later goal
    "Tin chuyển đổi số\nHuyện tổng kết việc triển khai Kế hoạch chuyển đổi số năm 2025.\n"
    "Thời gian tới, huyện phấn đấu 100% hồ sơ được xử lý trên môi trường mạng.\n",
    # a plan for several years gives a period, not a deadline
    "Tin chuyển đổi số\nHuyện ban hành Kế hoạch chuyển đổi số giai đoạn 2026 - 2030.\n"
    "Theo đó, huyện phấn đấu 100% hồ sơ được xử lý trên môi trường mạng.\n",
    # a goal before the plan is reported
    "Tin chuyển đổi số\nHuyện phấn đấu 100% hồ sơ được xử lý trên môi trường mạng.\n"
    "Ngày 3/4, UBND huyện ban hành kế hoạch chuyển đổi số năm 2026.\n",
])
def test_no_plan_year_for_goals_outside_a_reported_one_year_plan(text):
    assert [t[3] for t in targets_of(text)] == [None]


@pytest.mark.parametrize("number, issuer", [
    ("17/QĐ-VKSTC", "Viện kiểm sát nhân dân tối cao"),
    ("22/QĐ-TCHQ", "Tổng cục Hải quan"),
    ("456/TCT-CS", "Tổng cục Thuế"),
    ("31/KH-CAT", "Công an tỉnh"),
])
def test_issuer_codes_of_central_and_police_bodies(number, issuer):
    assert _ref(f"Thực hiện văn bản số {number} về công tác năm 2026.", number).issuer == issuer


@pytest.mark.parametrize("text, expected", [
    # a goal named in a purpose clause is a goal
    ("Để hoàn thành mục tiêu 95% người dân hài lòng, Trung tâm bố trí thêm 20 cán bộ hướng dẫn.",
     [(95.0, "%", "eq", None)]),
    ("Tỉnh quyết tâm hoàn thành mục tiêu 90% hồ sơ trực tuyến trong năm 2026.", [(90.0, "%", "eq", "2026")]),
    # a goal reported as met is no goal
    ("Huyện đã hoàn thành mục tiêu 95% hồ sơ trực tuyến.", []),
])
def test_goal_to_complete_and_goal_completed(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rule from a year on, and a norm for each unit, are no goals
    ("Từ năm 2026, mỗi hồ sơ phải nộp ít nhất 2 bản sao.", []),
    ("Năm 2026, mỗi xã phải bố trí tối thiểu 2 công chức địa chính.", []),
    # what a body needs to reach in a year is a goal
    ("Năm 2026, ngành giáo dục cần tuyển dụng ít nhất 500 giáo viên.", [(500.0, "giáo viên", "gte", "2026")]),
])
def test_requirement_for_a_year_versus_a_rule(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a staffing quota with its number is an allocation
    ("Sở được giao chỉ tiêu 95 biên chế công chức năm 2026.", []),
    ("Huyện được giao chỉ tiêu là 1.150 biên chế sự nghiệp giáo dục.", []),
    # a revenue goal assigned is a goal
    ("Tỉnh giao chỉ tiêu thu ngân sách năm 2026 cho huyện là 520 tỷ đồng.", [(520.0, "tỷ đồng", "eq", "2026")]),
])
def test_staffing_quota_with_its_number(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan's figure for a year beside its result: the goal and a percentage
    ("Kế hoạch năm 2025 đề ra 85% hồ sơ trực tuyến; kết quả năm 2025 đạt 87%.", [(85.0, "%", "eq", "2025")]),
    # the number of goals a resolution set is no goal
    ("Nghị quyết năm 2025 đề ra 16 chỉ tiêu, đến nay đạt 14 chỉ tiêu.", []),
])
def test_plan_figure_of_a_year(text, expected):
    assert targets_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an estimate of what was reached, and the level a goal is compared with, are results
    ("Phấn đấu năm 2026 đạt 97% hồ sơ trực tuyến (năm 2025 ước đạt 95%).", [(97.0, "%", "eq", "2026")]),
    ("Năm 2026, tỉnh phấn đấu tăng trưởng 8,5%, cao hơn mức 7,2% của năm 2025.", [(8.5, "%", "eq", "2026")]),
    # a goal above a level stays a goal
    ("Tỉnh phấn đấu năm 2026 tỷ lệ hài lòng đạt cao hơn mức 90%.", [(90.0, "%", "gt", "2026")]),
])
def test_estimates_and_compared_levels_beside_a_goal(text, expected):
    assert targets_of(text) == expected
