"""Officials and organisations on pages of sites never seen: the classes found on such pages (standing
bodies of a committee, district departments written with a lower-case head, a date's year before the
subject, lists of names opened by a copula, titles of former holders, kinds of body in each unit,
sentences glued without a space, verbs of the clause after a body, foreign cities after a title …).
One test per class, on sentences made up in the shape of the class (none is copied from a page),
with counter-examples."""
from __future__ import annotations

import pytest

from conftest import extract_in_body

BODY = ("Tin tức trong ngày\n\n"
        "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n")


def article(text: str):
    return extract_in_body(text, BODY)


def orgs(text: str) -> list[tuple[str, str]]:
    art = article(text)
    return [(f.name, f.text) for f in art.of_type("organization")]


def org_names(text: str) -> list[str]:
    return [n for n, _ in orgs(text)]


def officials(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in article(text).of_type("official"):
        out.setdefault(f.name, f.titles)
    return out


# ------------------------------------------------------------------ standing bodies

@pytest.mark.parametrize("text, name", [
    ("Thường trực HĐND huyện đã giám sát việc giải quyết thủ tục hành chính.", "Thường trực Hội đồng nhân dân huyện"),
    ("Dự thảo được trình xin ý kiến Thường trực Tỉnh ủy Quảng Trị trước kỳ họp.", "Thường trực Tỉnh ủy Quảng Trị"),
    ("Sáng 5/6, Thường trực UBND tỉnh nghe báo cáo tiến độ giải ngân.", "Thường trực Ủy ban nhân dân tỉnh"),
])
def test_a_standing_body_is_named_with_its_lead(text, name):
    names = org_names(text)
    assert name in names
    assert name.split(" ", 2)[2] not in names  # the committee alone is not a second body here


@pytest.mark.parametrize("text, body", [
    ("Ông Lê Văn An, Phó Chủ tịch Thường trực HĐND huyện phát biểu.", "Hội đồng nhân dân huyện"),
    ("Bà Trần Thị Bình, Ủy viên Thường trực HĐND huyện chủ trì hội nghị.", "Hội đồng nhân dân huyện"),
    ("Cùng dự có Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Hòa.", "Tỉnh ủy"),
    ("Thường trực Ban Bí thư đã làm việc với Ban Tổ chức Trung ương.", "Ban Bí thư"),
])
def test_thuong_truc_in_a_title_or_before_a_central_body_is_no_standing_body(text, body):
    names = org_names(text)
    assert not any(n.startswith("Thường trực") for n in names), names
    assert body in names


# ------------------------------------------------------------------ district departments, lower-case head

@pytest.mark.parametrize("text, name, written", [
    ("UBND huyện giao phòng Nội vụ huyện chủ trì tham mưu.", "Phòng Nội vụ huyện", "phòng Nội vụ huyện"),
    ("Hội nghị nghe tham luận của phòng Tài chính-Kế hoạch về nguồn kinh phí.", "Phòng Tài chính-Kế hoạch",
     "phòng Tài chính-Kế hoạch"),
    ("Cán bộ phòng Văn hóa và Thông tin huyện Châu Thành hướng dẫn người dân.",
     "Phòng Văn hóa và Thông tin huyện Châu Thành", "phòng Văn hóa và Thông tin huyện Châu Thành"),
    ("Đồng chí đề nghị phòng Nội vụ huyện Chủ trì, phối hợp với các đơn vị liên quan.", "Phòng Nội vụ huyện",
     "phòng Nội vụ huyện"),
])
def test_a_district_department_written_with_a_lower_case_head(text, name, written):
    assert (name, written) in orgs(text)


@pytest.mark.parametrize("text", [
    "Hội nghị diễn ra tại phòng họp số 2 của trụ sở huyện.",
    "Huyện đẩy mạnh công tác phòng chống dịch bệnh.",
    "Lãnh đạo các phòng Nội vụ cấp huyện dự tập huấn.",
])
def test_a_room_a_verb_or_a_plural_is_no_department(text):
    assert not [n for n in org_names(text) if n.startswith("Phòng")]


# ------------------------------------------------------------------ a date's year before the subject

def test_a_full_dates_year_before_a_body_is_not_a_count():
    text = "Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Tân Lập đã họp phiên thường kỳ."
    assert "Ban Chấp hành Đảng bộ xã Tân Lập" in org_names(text)


@pytest.mark.parametrize("text", [
    "Cả nước có 63 UBND tỉnh, thành phố tham gia đánh giá.",
    "Khảo sát DDCI năm 2023 Hiệp hội doanh nghiệp tỉnh tổ chức tiếng hát doanh nhân.",
])
def test_a_count_or_a_bare_year_before_a_head_still_gives_no_body(text):
    assert not [n for n in org_names(text) if n.startswith(("Ủy ban", "Hiệp hội"))]


# ------------------------------------------------------------------ verbs of the clause after a body

@pytest.mark.parametrize("text, name", [
    ("Ban Quản lý Khu kinh tế Phú Yên trực thuộc UBND tỉnh được thành lập.", "Ban Quản lý Khu kinh tế Phú Yên"),
    ("Đồng chí Lê Văn An dự họp cùng Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020-2025.", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("Phương án được Tỉnh ủy Bình Định thống nhất cao.", "Tỉnh ủy Bình Định"),
    ("Nhờ Thành ủy quan tâm chỉ đạo, dự án về đích sớm.", "Thành ủy"),
    ("Hồ sơ được gửi Sở Tư pháp thẩm quyền thẩm định trong 10 ngày.", "Sở Tư pháp"),
    ("Ban Tổ chức Trung ương xin ý kiến các địa phương về đề án.", "Ban Tổ chức Trung ương"),
    ("Công ty Tân Hải Phát tìm gặp ông Minh để bàn giao.", "Công ty Tân Hải Phát"),
    ("Đại diện Bệnh viện Đa khoa tỉnh.Trưởng đoàn là ông Lê Văn Tâm.", "Bệnh viện Đa khoa tỉnh"),
])
def test_a_name_ends_before_the_clause(text, name):
    assert name in org_names(text)


def test_an_abbreviated_level_glued_to_its_place_stays_in_the_name():
    assert "Sở Nội vụ thành phố Hải Phòng" in org_names("Sở Nội vụ tp.Hải Phòng ký kết quy chế phối hợp.")


# ------------------------------------------------------------------ whole names, kinds of body, media

def test_a_long_lower_case_national_name_is_read_whole_in_a_title():
    text = ("Ông Lê Văn Bình, Phó Viện trưởng Viện kiểm sát nhân dân tối cao, Phó Trưởng ban Chỉ đạo Hội nghị "
            "chủ trì buổi họp báo.")
    assert officials(text)["Lê Văn Bình"] == ["Phó Viện trưởng Viện kiểm sát nhân dân tối cao",
                                              "Phó Trưởng ban Chỉ đạo Hội nghị"]
    assert ("Ban Chỉ đạo Hội nghị", "ban Chỉ đạo Hội nghị") in orgs(text)


def test_a_service_centre_with_lower_case_words():
    assert "Trung tâm Dịch vụ việc làm tỉnh Hà Nam" in org_names(
        "Trung tâm Dịch vụ việc làm tỉnh Hà Nam tổ chức phiên giao dịch việc làm tháng 5.")


@pytest.mark.parametrize("text", [
    "Lãnh đạo Đảng ủy, UBND và Ban Chủ nhiệm Trung tâm VHTT-HTCĐ các xã, thị trấn dự hội nghị.",
    "Hội nghị bàn giải pháp cho Trung tâm Học tập cộng đồng các xã trong huyện.",
    "Đại diện Hiệp hội Doanh nghiệp các nước có hoạt động tại Việt Nam dự.",
])
def test_a_kind_of_body_in_each_unit_is_no_body(text):
    assert not [n for n in org_names(text) if n.startswith(("Trung tâm", "Ban Chủ nhiệm", "Hiệp hội"))]


def test_one_unit_body_is_still_a_body():
    assert "Trung tâm Học tập cộng đồng xã Tân Lập" in org_names(
        "Trung tâm Học tập cộng đồng xã Tân Lập khai giảng lớp tin học.")


@pytest.mark.parametrize("text, name", [
    ("Đại diện Tạp chí kiểm sát cùng các phóng viên dự họp báo.", "Tạp chí kiểm sát"),
    ("Ông Nguyễn Văn An, Tổng biên tập Tạp chí Quản lý nhà nước phát biểu.", "Tạp chí Quản lý nhà nước"),
])
def test_a_journal_is_a_body(text, name):
    assert name in org_names(text)


# ------------------------------------------------------------------ officials: lists, former holders, abbreviations

def test_a_list_opened_by_a_copula_shares_a_chain_of_titles():
    text = "Đoàn đã thăm các đồng chí Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ tỉnh là Trần Văn An, Lê Thị Bình."
    got = officials(text)
    for name in ("Trần Văn An", "Lê Thị Bình"):
        assert got[name] == ["Tỉnh ủy viên", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"]


def test_a_list_of_former_holders():
    got = officials("Đoàn thăm các đồng chí nguyên Phó Chủ tịch UBND tỉnh: Hoàng Văn Tú, Đỗ Thị Lan.")
    assert got == {"Hoàng Văn Tú": ["nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh"],
                   "Đỗ Thị Lan": ["nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh"]}


@pytest.mark.parametrize("text", [
    "Những người dân xã Tân Lập là Nguyễn Văn An, Trần Văn Bình đã nộp hồ sơ trực tuyến.",
    "Các Phó Chủ tịch UBND tỉnh là những người đã gặp bà Trần Thị Hòa, Lê Văn Tư.",
])
def test_a_copula_after_no_title_opens_no_list(text):
    assert officials(text) == {}


def test_du_is_the_party_committee_in_a_title():
    got = officials("Dự buổi lễ có đồng chí Trần Văn Dũng - Bí thư ĐU - Chủ tịch HĐND xã.")
    assert got["Trần Văn Dũng"] == ["Bí thư Đảng ủy", "Chủ tịch Hội đồng nhân dân xã"]


def test_a_foreign_city_after_a_title_is_no_person():
    text = "Thị trưởng Seoul: Phải rút lại lệnh thiết quân luật. Thị trưởng Seoul Oh Se Hoon tuyên bố phản đối."
    assert officials(text) == {"Oh Se Hoon": ["Thị trưởng Seoul"]}


# ------------------------------------------------------------------ supervision delegations, joint offices, missions

@pytest.mark.parametrize("text, name", [
    ("Đoàn giám sát của HĐND Thành phố làm việc với UBND quận.", "Đoàn giám sát của Hội đồng nhân dân Thành phố"),
    ("Đoàn Giám sát HĐND tỉnh đề nghị Sở Nội vụ báo cáo.", "Đoàn Giám sát Hội đồng nhân dân tỉnh"),
    ("Văn phòng HĐND và UBND huyện tham mưu tổ chức hội nghị.",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    ("Phóng viên trường quay của Đài Tiếng nói Việt Nam đưa tin về sự kiện.", "Đài Tiếng nói Việt Nam"),
    ("Đại sứ quán Hoa Kỳ tại Việt Nam tài trợ dự án nâng cao năng lực cạnh tranh.", "Đại sứ quán Hoa Kỳ tại Việt Nam"),
    ("Đại sứ quán Việt Nam ở Hàn Quốc sẽ có phương án bảo hộ công dân.", "Đại sứ quán Việt Nam ở Hàn Quốc"),
])
def test_delegations_joint_offices_and_missions(text, name):
    assert name.casefold() in [n.casefold() for n in org_names(text)]  # names are matched casefolded (SPEC §5)


def test_a_mission_in_a_place_that_is_no_country_keeps_its_name_alone():
    assert "Đại sứ quán Nhật Bản" in org_names("Đại sứ quán Nhật Bản tại Hà Nội tổ chức lễ kỷ niệm.")


def test_co_chairing_ends_a_title():
    text = ("Buổi họp báo do ông Lê Văn Tâm, Trưởng ban Tuyên giáo và Dân vận Thành ủy đồng chủ trì.")
    assert officials(text)["Lê Văn Tâm"] == ["Trưởng ban Tuyên giáo và Dân vận Thành ủy"]
    assert "Ban Tuyên giáo và Dân vận Thành ủy" in org_names(text)


def test_an_address_word_ends_a_body_before_the_name():
    names = org_names("Phát biểu tại buổi lễ, Ban Tuyên giáo Thành ủy đồng chí Trần Văn Hải chúc mừng các tập thể.")
    assert "Ban Tuyên giáo Thành ủy" in names
    assert not [n for n in names if "đồng" in n]


# ------------------------------------------------------------------ a lower-case title right after a name

def test_a_lower_case_title_of_a_body_right_after_an_addressed_name():
    text = ("Tham dự có đồng chí Đinh Văn Hậu, Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Phạm Thị Hoa ủy viên "
            "ban thường vụ huyện ủy, phó chủ tịch UBND huyện.")
    assert officials(text)["Phạm Thị Hoa"] == ["ủy viên ban thường vụ huyện ủy", "phó chủ tịch Ủy ban nhân dân huyện"]


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An đại diện cho người dân phát biểu ý kiến.",
    "Anh Trần Văn Tư phó mặc mọi việc cho người nhà.",
])
def test_no_title_of_a_body_after_the_name_makes_no_official(text):
    assert officials(text) == {}
