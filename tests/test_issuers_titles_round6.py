"""Issuers of legal references and titles of officials, class by class, on made-up sentences in the
shapes met on new pages: a province-level party body named by its level only keeps that name
(SPEC: `TU` → `Tỉnh ủy`), a công văn of the office of the province's committee (``…/VP-KGVX``), a
chairman signing for the committee, a central body right after a reference with no ``của``, a
reference in a numbered list of provinces; titles with abbreviated fields of a name (``Cục
PBGDPL và Trợ giúp pháp lý``, ``Cục Cảnh sát QLHC về TTXH``), with an acronym the article defines,
a lower-case steering committee and a secretary after a dash — with counter-examples where the
rule must not fire."""
from __future__ import annotations

import pytest

from conftest import facts_of


def _issuer(text, number):
    refs = {f.number: f for f in facts_of(text, "legal_ref")}
    assert number in refs, (number, list(refs))
    return refs[number].issuer


def _titles(text, name):
    people = {f.name: f for f in facts_of(text, "official")}
    assert name in people, (name, list(people))
    return people[name].titles


# an article about one province: a party body named by its level keeps that name, as SPEC's `TU` → `Tỉnh ủy`
PARTY = [
    ("Tỉnh Thái Nguyên triển khai Chỉ thị số 20-CT/TU ngày 26/4/2023 của Ban Thường vụ Tỉnh ủy về cải cách "
     "hành chính. Năm 2024, tỉnh Thái Nguyên đạt nhiều kết quả.", "20-CT/TU", "Ban Thường vụ Tỉnh ủy"),
    ("Thực hiện Chỉ thị số 11-CT/TU, tỉnh Bình Thuận đã rà soát thủ tục. Bình Thuận đứng thứ 10 cả nước.",
     "11-CT/TU", "Tỉnh ủy"),
    ("Tỉnh Lai Châu quán triệt Nghị quyết số 08-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển "
     "đổi số. Lai Châu phấn đấu hoàn thành mục tiêu.", "08-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Thành phố Hà Nội thực hiện Kế hoạch số 45-KH/TU về cải cách hành chính. Hà Nội dẫn đầu về chuyển đổi số.",
     "45-KH/TU", "Tỉnh ủy"),
    ("Hà Nội triển khai Chương trình số 16-CTr/TU của Ban Thường vụ Thành ủy. Thành phố Hà Nội đạt kết quả tốt.",
     "16-CTr/TU", "Ban Thường vụ Thành ủy"),
    ("Sơn La triển khai Nghị quyết số 05-NQ/TU của BCH Đảng bộ tỉnh về cải cách. Tỉnh Sơn La đạt kết quả.",
     "05-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh"),
]


@pytest.mark.parametrize("text,number,issuer", PARTY)
def test_party_body_named_by_its_level_keeps_that_name(text, number, issuer):
    assert _issuer(text, number) == issuer


PARTY_COUNTERS = [
    # several provinces, none the article's: the level-only name stays
    ("Thái Nguyên, Bắc Giang và Lạng Sơn đều triển khai Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy.",
     "20-CT/TU", "Ban Thường vụ Tỉnh ủy"),
    # a committee below the province keeps its name as written
    ("Tỉnh Thái Nguyên: Kế hoạch số 78-KH/HU của Ban Thường vụ Huyện ủy về học tập nghị quyết. Thái Nguyên "
     "đạt kết quả tốt.", "78-KH/HU", "Ban Thường vụ Huyện ủy"),
    # a province written with the body is kept, not replaced by the article's
    ("Tỉnh Thái Nguyên học tập Nghị quyết số 22-NQ/TU ban hành bởi Tỉnh ủy Hà Giang. Thái Nguyên sẽ áp dụng.",
     "22-NQ/TU", "Tỉnh ủy Hà Giang"),
]


@pytest.mark.parametrize("text,number,issuer", PARTY_COUNTERS)
def test_party_body_rule_does_not_fire(text, number, issuer):
    assert _issuer(text, number) == issuer


OFFICE = [
    ("Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh Lạng Sơn tại Công văn số "
     "2881/VP-KGVX, ngày 07/5/2025. Tỉnh Lạng Sơn yêu cầu các sở thực hiện.", "2881/VP-KGVX",
     "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn"),
    ("Thực hiện Công văn số 145/VP-TH về việc rà soát thủ tục hành chính, các sở đã báo cáo.", "145/VP-TH",
     "Văn phòng Ủy ban nhân dân"),
    # VP as a later code is a body's own section
    ("Sở Tư pháp có Công văn số 12/STP-VP về việc tổng hợp báo cáo.", "12/STP-VP", "Sở Tư pháp"),
    ("Văn bản số 1234/VPCP-KSTT ngày 2/3/2024 yêu cầu các bộ báo cáo.", "1234/VPCP-KSTT", "Văn phòng Chính phủ"),
]


@pytest.mark.parametrize("text,number,issuer", OFFICE)
def test_office_code(text, number, issuer):
    assert _issuer(text, number) == issuer


CHAIRMAN = [
    ("Ngày 23/12/2024, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1694/QĐ-UBND về Kế hoạch cải cách "
     "hành chính tỉnh Ninh Thuận năm 2025. Ninh Thuận đặt mục tiêu cao.", "1694/QĐ-UBND",
     "Ủy ban nhân dân tỉnh Ninh Thuận"),
    ("Phó Chủ tịch UBND huyện đã ký Quyết định số 25/QĐ-UBND về việc kiện toàn tổ công tác.", "25/QĐ-UBND",
     "Ủy ban nhân dân huyện"),
    # written after the reference, the decision is the chairman's own
    ("Quyết định số 77/QĐ-UBND của Chủ tịch UBND huyện về việc kiện toàn tổ công tác.", "77/QĐ-UBND",
     "Chủ tịch Ủy ban nhân dân huyện"),
]


@pytest.mark.parametrize("text,number,issuer", CHAIRMAN)
def test_chairman_signs_for_the_committee(text, number, issuer):
    assert _issuer(text, number) == issuer


DIRECT = [
    ("Thư ký Tổ công tác triển khai Đề án 06 Chính phủ cùng đại diện các đơn vị dự hội nghị.", "06", "Chính phủ"),
    ("Các nhiệm vụ của Tổ công tác triển khai Đề án 06 Chính phủ và Chủ tịch UBND tỉnh được giao.", "06",
     "Chính phủ"),
    # the body opens a new clause: not the issuer
    ("Thực hiện Đề án 06 Chính phủ đã giao, tỉnh đã triển khai nhiều mô hình.", "06", None),
]


@pytest.mark.parametrize("text,number,issuer", DIRECT)
def test_central_body_right_after_the_reference(text, number, issuer):
    assert _issuer(text, number) == issuer


_LIST = ("Phúc đáp của chính quyền các tỉnh\n\n"
         "  STT Tỉnh/Thành phố Văn bản\n"
         "  1 Bắc Ninh – Kế hoạch hành động số 30/KH-UBND ngày 9/6/2024\n\n"
         "  – Quyết định số 45/QĐ-UBND ngày 1/7/2024 thành lập tổ công tác\n\n"
         "  2 Hà Giang Kế hoạch hành động tổ chức hội nghị về Chỉ số PAPI\n\n"
         "  Quyết định số 2922/QĐ-UBND ban hành Kế hoạch hành động cải thiện Chỉ số PAPI\n"
         "  3 Bà Rịa – Vũng Tàu Kế hoạch số 77/KH-UBND về cải thiện chỉ số\n")


@pytest.mark.parametrize("number,issuer", [
    ("30/KH-UBND", "Ủy ban nhân dân tỉnh Bắc Ninh"),
    ("45/QĐ-UBND", "Ủy ban nhân dân tỉnh Bắc Ninh"),
    ("2922/QĐ-UBND", "Ủy ban nhân dân tỉnh Hà Giang"),
    ("77/KH-UBND", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
])
def test_numbered_list_of_provinces(number, issuer):
    assert _issuer(_LIST, number) == issuer


def test_numbered_heading_that_is_no_province_gives_no_province():
    text = ("  2 Kết quả thực hiện năm 2024\n"
            "  Quyết định số 45/QĐ-UBND ngày 1/7/2024 thành lập tổ công tác được triển khai.")
    assert _issuer(text, "45/QĐ-UBND") == "Ủy ban nhân dân"


TITLES = [
    ("Ông Lê Văn Hùng – Cục trưởng Cục PBGDPL và Trợ giúp pháp lý – khẳng định như vậy.", "Lê Văn Hùng",
     ["Cục trưởng Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"]),
    ("Thượng tá Lê Văn Tám, Trưởng phòng Cảnh sát QLHC về TTXH Công an tỉnh cho biết.", "Lê Văn Tám",
     ["Thượng tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"]),
    ("Đại tá Phạm Văn Long, Phó Cục trưởng Cục Cảnh sát QLHC về TTXH Bộ Công an - Thư ký Hội đồng thẩm định "
     "cùng dự.", "Phạm Văn Long",
     ["Đại tá", "Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội Bộ Công an",
      "Thư ký Hội đồng thẩm định"]),
    ("Sự kiện do Hội Truyền thông số (VDCA) và Huawei Việt Nam tổ chức. Ông Nguyễn Văn An, Chủ tịch VDCA, "
     "đánh giá cao.", "Nguyễn Văn An", ["Chủ tịch Hội Truyền thông số"]),
    # the acronym stands for a part of the name: the words already written are not repeated
    ("Cục Thuế Doanh nghiệp lớn (DNL) luôn bám sát. Ông Nguyễn Bằng Thắng - Cục trưởng Cục Thuế DNL cho biết.",
     "Nguyễn Bằng Thắng", ["Cục trưởng Cục Thuế Doanh nghiệp lớn"]),
    ("Ông Lộc là chủ tịch Trung tâm Trọng tài quốc tế Việt Nam (VIAC). Theo ông Vũ Văn Lộc, chủ tịch VIAC, "
     "số vụ tranh chấp tăng.", "Vũ Văn Lộc", ["chủ tịch Trung tâm Trọng tài quốc tế Việt Nam"]),
    # a workplace after "tại" stays in the title; two names joined by "&" are one
    ("Anh Trần Văn Tú, hướng dẫn viên tại Bảo tàng Hồ Chí Minh cho biết, rất nhiều du khách đến.", "Trần Văn Tú",
     ["hướng dẫn viên tại Bảo tàng Hồ Chí Minh"]),
    ("Ông John Smith, giám đốc Trung tâm Nghiên cứu Ý kiến Công chúng tại Đại học Franklin & Marshall, cho biết "
     "chiến lược đúng.", "John Smith",
     ["giám đốc Trung tâm Nghiên cứu Ý kiến Công chúng tại Đại học Franklin & Marshall"]),
    # a deputy's portfolio "phụ trách, điều hành" is one title
    ("Đồng chí Hoàng Văn Nam, Phó Hiệu trưởng phụ trách, điều hành trường cho biết: năm nay trường đón nhiều quà.",
     "Hoàng Văn Nam", ["Phó Hiệu trưởng phụ trách, điều hành trường"]),
    ("Dự họp có đồng chí Nguyễn Văn Bình - Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo, các thành viên Ban Chỉ đạo.",
     "Nguyễn Văn Bình", ["Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng ban chỉ đạo"]),
    ("Ông Trần Văn Nam, Phó Trưởng ban chỉ đạo chuyển đổi số tỉnh cho biết.", "Trần Văn Nam",
     ["Phó Trưởng ban chỉ đạo chuyển đổi số tỉnh"]),
]


@pytest.mark.parametrize("text,name,titles", TITLES)
def test_titles(text, name, titles):
    assert _titles(text, name) == titles


TITLE_COUNTERS = [
    # an acronym closing a whole body's name: the next capitalised body after "và" is another
    ("Ông Lê Văn Hùng, Giám đốc Trung tâm Phục vụ HCC và Sở Nội vụ cùng dự.", "Lê Văn Hùng",
     ["Giám đốc Trung tâm Phục vụ hành chính công"]),
    # a company's acronym is its brand name
    ("Công ty Vàng bạc đá quý Sài Gòn (SJC) tạm ngưng bán. Bà Lê Thị Hà, Tổng giám đốc SJC cho biết.",
     "Lê Thị Hà", ["Tổng giám đốc SJC"]),
    # an acronym the article does not define stays as written
    ("Ông Nguyễn Văn An, Chủ tịch VDCA, đánh giá cao.", "Nguyễn Văn An", ["Chủ tịch VDCA"]),
    # "phụ trách" then another position after the comma: two titles
    ("Ông Lê Văn Hải, Phó Giám đốc phụ trách, Trưởng phòng Tổ chức cho biết.", "Lê Văn Hải",
     ["Phó Giám đốc phụ trách", "Trưởng phòng Tổ chức"]),
    # a meeting after "tại" is where the person is, not a workplace
    ("Ông Nguyễn Văn An, Giám đốc Sở Nội vụ tại Hội nghị tổng kết cho biết.", "Nguyễn Văn An",
     ["Giám đốc Sở Nội vụ"]),
    ("Ông Nguyễn Văn An, Giám đốc Sở Nội vụ tại Trung tâm Hội nghị tỉnh cho biết.", "Nguyễn Văn An",
     ["Giám đốc Sở Nội vụ"]),
    # the steering committee in capitals keeps its name
    ("Ông Trần Văn Nam, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh cho biết.", "Trần Văn Nam",
     ["Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"]),
]


@pytest.mark.parametrize("text,name,titles", TITLE_COUNTERS)
def test_title_rules_do_not_fire(text, name, titles):
    assert _titles(text, name) == titles


def test_organization_of_a_lower_case_steering_committee():
    people = {f.name: f for f in facts_of("Ông Trần Văn Nam, Phó Trưởng ban chỉ đạo chuyển đổi số tỉnh cho biết.",
                                          "official")}
    assert people["Trần Văn Nam"].organization == "Ban Chỉ đạo chuyển đổi số tỉnh"


def test_organization_of_a_title_at_a_workplace_is_the_body_not_the_workplace():
    people = {f.name: f for f in facts_of("Ông John Smith, giám đốc Trung tâm Nghiên cứu Ý kiến Công chúng tại Đại "
                                          "học Franklin & Marshall, cho biết chiến lược đúng.", "official")}
    assert people["John Smith"].organization == "Trung tâm Nghiên cứu Ý kiến Công chúng"
    orgs = [f.name for f in facts_of("Ông John Smith, giám đốc Trung tâm Nghiên cứu Ý kiến Công chúng tại Đại "
                                     "học Franklin & Marshall, cho biết chiến lược đúng.", "organization")]
    assert not any(" tại " in o for o in orgs), orgs
