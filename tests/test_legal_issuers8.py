"""Legal references and their issuers, class by class, on made-up sentences in the shapes met in
unannotated posts: Party personnel codes (``-QĐNS/TW``, ``-CVNS/BTCTW``), issuer codes of the Party's
Government committee, the older ``UB`` of a people's committee and the Academy of Social Sciences; a
Deputy Prime Minister signing (the code names the issuer, not the ``Chính phủ`` of his title); a code
followed by a spaced dash and a word; a type code written as a word before a bare number; with
counter-examples where a rule must not fire."""
from __future__ import annotations

import pytest

from conftest import facts_of


def _refs(text):
    return {f.number: f for f in facts_of(text, "legal_ref")}


def _check(text, number, doc_type, issuer, year):
    refs = _refs(text)
    assert number in refs, (number, list(refs))
    f = refs[number]
    assert (f.doc_type, f.issuer, f.year) == (doc_type, issuer, year)


PARTY_PERSONNEL = [
    ("Tại hội nghị, đồng chí Trưởng ban đã trao Quyết định số 2045-QĐNS/TW ngày 12-3-2024 của Bộ Chính trị "
     "về công tác cán bộ.", "2045-QĐNS/TW", "Quyết định", "Bộ Chính trị", 2024),
    ("Ban Tổ chức Trung ương có ý kiến tại Công văn số 1534-CVNS/BTCTW về việc bổ nhiệm lại cán bộ.",
     "1534-CVNS/BTCTW", "Công văn", "Ban Tổ chức Trung ương", None),
    ("Theo Quyết định số 318-QĐNS/TW, đồng chí được chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh.",
     "318-QĐNS/TW", "Quyết định", "Ban Chấp hành Trung ương Đảng", None),
]

CODES = [
    ("Ban cán sự đảng Chính phủ đã thống nhất có Công văn số 3107-CV/BCSĐCP ngày 14/5/2024 đề nghị bộ rà soát.",
     "3107-CV/BCSĐCP", "Công văn", "Ban cán sự đảng Chính phủ", 2024),
    ("Thực hiện Công văn số 88-CV/BCSĐCP, các bộ đã báo cáo kết quả sắp xếp bộ máy.",
     "88-CV/BCSĐCP", "Công văn", "Ban cán sự đảng Chính phủ", None),
    ("Khu đất được giao cho hợp tác xã theo Quyết định số 712/QĐ-UB ngày 03/4/1998.",
     "712/QĐ-UB", "Quyết định", "Ủy ban nhân dân", 1998),
    ("Viện đã có Tờ trình số 2150/TTr-KHXH ngày 5/10/2023 đề nghị bổ nhiệm lại Viện trưởng.",
     "2150/TTr-KHXH", "Tờ trình", "Viện Hàn lâm Khoa học xã hội Việt Nam", 2023),
]

SIGNER = [
    # the signer's title names the Government; the code names the issuer
    ("Phó Thủ tướng thường trực Chính phủ Lê Văn Thành đã ký Quyết định số 875/QĐ-TTg phê duyệt đề án.",
     "875/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", None),
    ("Phó Thủ tướng Chính phủ Trần Lưu Quang vừa ký Quyết định số 1209/QĐ-TTg về việc thành lập hội đồng.",
     "1209/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", None),
    ("Hôm qua, Phó thủ tướng Chính phủ Nguyễn Văn An đã ký Chỉ thị số 07/CT-TTg về cải cách thủ tục.",
     "07/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", None),
]

# counter-examples: the Government itself before a reference is still its issuer
GOVERNMENT = [
    ("Chính phủ đã ban hành Nghị quyết số 58/NQ-CP về tháo gỡ khó khăn cho doanh nghiệp.",
     "58/NQ-CP", "Nghị quyết", "Chính phủ", None),
    ("Thay mặt Chính phủ, Thủ tướng đã ký Nghị định số 63/2024/NĐ-CP quy định chi tiết luật.",
     "63/2024/NĐ-CP", "Nghị định", "Chính phủ", 2024),
]

SPACED_DASH = [
    ("Theo Điều 6 Nghị định 168/2024/NĐ-CP - Quy định xử phạt vi phạm hành chính về trật tự giao thông, người lái xe bị phạt.",
     "168/2024/NĐ-CP", "Nghị định", "Chính phủ", 2024),
    ("Căn cứ Thông tư 12/2022/TT-BGDĐT - Hướng dẫn tuyển sinh, nhà trường công bố đề án.",
     "12/2022/TT-BGDĐT", "Thông tư", "Bộ Giáo dục và Đào tạo", 2022),
    # counter-example: an upper-case code after a spaced dash is still the number's
    ("Theo Thông tư liên tịch số 03/2016/TTLT-BNV - BTC, các đơn vị bố trí kinh phí.",
     "03/2016/TTLT-BNV-BTC", "Thông tư liên tịch", "Bộ Nội vụ, Bộ Tài chính", 2016),
]


@pytest.mark.parametrize("text,number,doc_type,issuer,year",
                         PARTY_PERSONNEL + CODES + SIGNER + GOVERNMENT + SPACED_DASH)
def test_reference_and_issuer(text, number, doc_type, issuer, year):
    _check(text, number, doc_type, issuer, year)


@pytest.mark.parametrize("text,wrong", [
    ("Theo Điều 6 Nghị định 168/2024/NĐ-CP - Quy định xử phạt, người lái xe bị phạt.", "168/2024/NĐ-CP-Quy"),
    ("Căn cứ Thông tư 12/2022/TT-BGDĐT - Hướng dẫn tuyển sinh, nhà trường công bố đề án.", "12/2022/TT-BGDĐT-Hướng"),
])
def test_word_after_spaced_dash_not_in_number(text, wrong):
    assert wrong not in _refs(text)


@pytest.mark.parametrize("text", [
    "Chiếc tàu NĐ 4172 cập cảng lúc 6 giờ sáng với 20 tấn hàng.",
    "Sau đó tàu cá NĐ 90315 được lai dắt vào bờ an toàn.",
    "Đoàn tàu QĐ 205 và tàu NQ 18 đã rời bến.",
])
def test_type_code_as_word_before_bare_number_not_a_reference(text):
    assert _refs(text) == {}


@pytest.mark.parametrize("text,number,doc_type", [
    # a type code written as a word still names a reference with "số" or a coded number
    ("Thực hiện NĐ 45/2020/NĐ-CP, tỉnh đã cung cấp dịch vụ công.", "45/2020/NĐ-CP", "Nghị định"),
    ("Theo QĐ số 1291 của tỉnh, các sở phải công khai thủ tục.", "1291", "Quyết định"),
    # a type word in full before a bare number stays a reference
    ("Năm 2012, Nghị định 24 ra đời nhằm quản lý thị trường vàng.", "24", "Nghị định"),
])
def test_type_code_as_word_with_number(text, number, doc_type):
    refs = _refs(text)
    assert number in refs, list(refs)
    assert refs[number].doc_type == doc_type


SIGNER_OF_ANOTHER_PLACE = [
    # the chairman of another place's committee signs, a comma closing his title: that committee issues,
    # not the people's committee of the province the article is about
    ("Sau đề nghị của Tỉnh ủy Bình Dương, ông Lê Văn C, Chủ tịch UBND TP.HCM, ký ban hành Quyết định số "
     "2210/QĐ-UBND điều động cán bộ về tỉnh Bình Dương công tác.",
     "2210/QĐ-UBND", "Quyết định", "Ủy ban nhân dân thành phố Hồ Chí Minh", None),
    ("Theo Quyết định số 4105/QĐ-UBND của UBND TP.HCM, cán bộ được điều động về tỉnh Tây Ninh.",
     "4105/QĐ-UBND", "Quyết định", "Ủy ban nhân dân thành phố Hồ Chí Minh", None),
    ("Ông Trần Văn D, Chủ tịch UBND tỉnh Bến Tre, đã ký Quyết định số 980/QĐ-UBND công bố thủ tục hành chính, "
     "theo báo cáo gửi tỉnh Vĩnh Long.",
     "980/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Bến Tre", None),
]

CENTRAL_PARTY = [
    ("Đơn vị đã sơ kết 3 năm thực hiện Nghị quyết 1657 của Quân ủy Trung ương về công tác huấn luyện.",
     "1657", "Nghị quyết", "Quân ủy Trung ương", None),
    ("Thực hiện Nghị quyết số 230-NQ/QUTW, các đơn vị đã tổ chức học tập.",
     "230-NQ/QUTW", "Nghị quyết", "Quân ủy Trung ương", None),
]


@pytest.mark.parametrize("text,number,doc_type,issuer,year", SIGNER_OF_ANOTHER_PLACE + CENTRAL_PARTY)
def test_signer_place_and_central_party(text, number, doc_type, issuer, year):
    _check(text, number, doc_type, issuer, year)


def test_comma_before_a_verb_other_than_signing_is_not_an_issuer():
    # "Theo Sở Nội vụ, ban hành …": the comma closes an attribution, not a signer's title
    f = _refs("Theo Sở Nội vụ, ban hành Quyết định số 77/QĐ-UBND là cần thiết.")["77/QĐ-UBND"]
    assert f.issuer == "Ủy ban nhân dân"


@pytest.mark.parametrize("text,number,doc_type,issuer,year", [
    # a bare serial followed by its full date of issue is a reference
    ("Thủ tướng Chính phủ đã ban hành Quyết định 1131 ngày 12/10/2023 phê duyệt đề án.",
     "1131", "Quyết định", "Thủ tướng Chính phủ", 2023),
    ("Theo Nghị quyết 18 ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng, bộ máy được sắp xếp lại.",
     "18", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", 2017),
])
def test_bare_serial_with_issue_date(text, number, doc_type, issuer, year):
    _check(text, number, doc_type, issuer, year)


@pytest.mark.parametrize("text", [
    "Tỉnh phát động Kế hoạch 100 ngày đêm cao điểm cải cách hành chính.",
    "Chương trình 90 ngày 1/5 bắt đầu từ sáng nay.",
])
def test_days_after_a_type_word_not_a_reference(text):
    assert _refs(text) == {}
