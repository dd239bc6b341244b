"""The issuer (and doc_type, year) of legal references, class by class, on made-up sentences in the
shapes met on unseen pages: the issuer stated before the reference with a verb, abbreviated bodies,
a stated issuer over the code's, provinces named with their bodies, ministries with ``và``, district
and commune bodies, party organs and congresses, a series of references with one issuer, a row of a
table of documents, numbers copied without their hyphen or cut from their type word by a line wrap;
with counter-examples where the rule must not fire."""
from __future__ import annotations

import pytest

from conftest import facts_of


def _ref(text, number, **kw):
    refs = {f.number: f for f in facts_of(text, "legal_ref", **kw)}
    assert number in refs, (number, list(refs))
    return refs[number]


def _check(text, number, doc_type, issuer, year):
    f = _ref(text, number)
    assert (f.doc_type, f.issuer, f.year) == (doc_type, issuer, year)


BEFORE = [
    ("Sở Tư pháp vừa có văn bản số 567/STP-HCTP đề nghị các xã rà soát thủ tục.",
     "567/STP-HCTP", "Công văn", "Sở Tư pháp", None),
    ("Thủ tướng Chính phủ đã ký ban hành Chỉ thị số 12 về tăng cường kỷ luật hành chính.",
     "12", "Chỉ thị", "Thủ tướng Chính phủ", None),
    ("Bộ Nội vụ vừa ban hành Thông tư 03 quy định chi tiết về tuyển dụng.", "03", "Thông tư", "Bộ Nội vụ", None),
    ("Chính phủ đã ban hành Nghị quyết số 131 về đẩy mạnh cải cách thủ tục hành chính.",
     "131", "Nghị quyết", "Chính phủ", None),
    ("HĐND tỉnh đã thông qua Nghị quyết số 15/2023/NQ-HĐND quy định mức thu phí.",
     "15/2023/NQ-HĐND", "Nghị quyết", "Hội đồng nhân dân tỉnh", 2023),
    ("Ngày 5/4/2024, Văn phòng Chính phủ có Thông báo số 150/TB-VPCP kết luận của Phó Thủ tướng.",
     "150/TB-VPCP", "Thông báo", "Văn phòng Chính phủ", 2024),
]

ABBREVIATED = [
    ("Thực hiện Nghị quyết số 05-NQ/TU của BCH Đảng bộ tỉnh khóa XX về chuyển đổi số, các ngành đã vào cuộc.",
     "05-NQ/TU", "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh", None),
    ("BTV Tỉnh ủy đã ban hành Chỉ thị số 21-CT/TU về tăng cường lãnh đạo công tác cải cách hành chính.",
     "21-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy", None),
    ("Thực hiện Kết luận số 45-KL/TU của BTV Huyện ủy về công tác cán bộ.", "45-KL/TU", "Kết luận",
     "Ban Thường vụ Huyện ủy", None),
    ("UBND TP đã ban hành Kế hoạch số 210/KH-UBND về cải cách hành chính.", "210/KH-UBND", "Kế hoạch",
     "Ủy ban nhân dân thành phố", None),
    ("Kế hoạch số 77/KH-UBND ngày 3/3/2023 của UBND TP về chuyển đổi số.", "77/KH-UBND", "Kế hoạch",
     "Ủy ban nhân dân thành phố", 2023),
    ("Quyết định số 31/QĐ-UBND của UBND TP. về việc giao chỉ tiêu.", "31/QĐ-UBND", "Quyết định",
     "Ủy ban nhân dân thành phố", None),
]

STATED_OVER_CODE = [
    ("Quyết định số 1234/QĐ-UBND của Chủ tịch UBND tỉnh về việc công bố danh mục thủ tục hành chính.",
     "1234/QĐ-UBND", "Quyết định", "Chủ tịch Ủy ban nhân dân tỉnh", None),
    ("Theo Quyết định số 89/QĐ-UBND ngày 3/2/2023 của Chủ tịch UBND huyện Yên Sơn, tổ công tác được thành lập.",
     "89/QĐ-UBND", "Quyết định", "Chủ tịch Ủy ban nhân dân huyện Yên Sơn", 2023),
    ("Kế hoạch số 12/KH-BCĐ của Ban Chỉ đạo cải cách hành chính tỉnh đã được ban hành.", "12/KH-BCĐ",
     "Kế hoạch", "Ban Chỉ đạo cải cách hành chính tỉnh", None),
    # the head of the body written before it: the body issues
    ("Căn cứ Thông tư số 02/2024/TT-VPCP ngày 10 tháng 3 năm 2024 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
     "hướng dẫn thi hành.", "02/2024/TT-VPCP", "Thông tư", "Văn phòng Chính phủ", 2024),
    ("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 215/TTr-VP ngày 2 tháng 8 năm 2024.",
     "215/TTr-VP", "Tờ trình", "Văn phòng Ủy ban nhân dân tỉnh", 2024),
    ("Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 88/TTr-SYT ngày 5/6/2024, UBND tỉnh quyết định.",
     "88/TTr-SYT", "Tờ trình", "Sở Y tế", 2024),
]

PROVINCES = [
    ("Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND tỉnh Quảng Ninh về cải cách hành chính.", "45/KH-UBND",
     "Kế hoạch", "Ủy ban nhân dân tỉnh Quảng Ninh", 2024),
    ("Thực hiện Quyết định số 555/QĐ-UBND của UBND tỉnh Bà Rịa - Vũng Tàu về cải cách hành chính.", "555/QĐ-UBND",
     "Quyết định", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", None),
    ("Nghị quyết số 12/2024/NQ-HĐND của HĐND tỉnh Đắk Lắk quy định mức hỗ trợ.", "12/2024/NQ-HĐND", "Nghị quyết",
     "Hội đồng nhân dân tỉnh Đắk Lắk", 2024),
    ("UBND thành phố Cần Thơ có Công văn số 456/UBND-KT về việc rà soát thủ tục.", "456/UBND-KT", "Công văn",
     "Ủy ban nhân dân thành phố Cần Thơ", None),
]

MINISTRIES = [
    ("Bộ Văn hóa, Thể thao và Du lịch vừa ban hành Quyết định số 345/QĐ-BVHTTDL về công bố thủ tục.",
     "345/QĐ-BVHTTDL", "Quyết định", "Bộ Văn hóa, Thể thao và Du lịch", None),
    ("Bộ Tài nguyên và Môi trường đã có văn bản số 1234/BTNMT-TCMT hướng dẫn các địa phương.", "1234/BTNMT-TCMT",
     "Công văn", "Bộ Tài nguyên và Môi trường", None),
    ("Theo Thông tư số 08/2024/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội, mức hỗ trợ tăng.",
     "08/2024/TT-BLĐTBXH", "Thông tư", "Bộ Lao động - Thương binh và Xã hội", 2024),
    ("Bộ Nông nghiệp và Phát triển nông thôn đã ban hành Quyết định số 100/QĐ-BNN-VP về cải cách hành chính.",
     "100/QĐ-BNN-VP", "Quyết định", "Bộ Nông nghiệp và Phát triển nông thôn", None),
]

LOCAL = [
    ("UBND xã Tân Hòa đã ban hành Kế hoạch số 25/KH-UBND về cải cách hành chính năm 2024.", "25/KH-UBND",
     "Kế hoạch", "Ủy ban nhân dân xã Tân Hòa", None),
    ("HĐND huyện Lục Nam đã thông qua Nghị quyết số 12/NQ-HĐND về phát triển kinh tế.", "12/NQ-HĐND",
     "Nghị quyết", "Hội đồng nhân dân huyện Lục Nam", None),
    ("Kế hoạch số 30/KH-UBND của UBND thị xã Phú Mỹ về chuyển đổi số.", "30/KH-UBND", "Kế hoạch",
     "Ủy ban nhân dân thị xã Phú Mỹ", None),
    ("Ban hành kèm theo Quyết định số: 61/QĐ-UBND Ngày 20 tháng 7 năm 2021 của Ủy ban nhân dân xã Tân Phú.",
     "61/QĐ-UBND", "Quyết định", "Ủy ban nhân dân xã Tân Phú", 2021),
]

PARTY = [
    ("Ban Tổ chức Tỉnh ủy đã ban hành Hướng dẫn số 15-HD/BTCTU về đánh giá cán bộ.", "15-HD/BTCTU", "Hướng dẫn",
     "Ban Tổ chức Tỉnh ủy", None),
    ("Kế hoạch số 14-KH/UBKTHU của Ủy ban Kiểm tra Huyện ủy về giám sát chuyên đề đã được triển khai.",
     "14-KH/UBKTHU", "Kế hoạch", "Ủy ban Kiểm tra Huyện ủy", None),
    ("Hướng dẫn số 08-HD/BTG của Ban Tuyên giáo Thành ủy về tuyên truyền được quán triệt.", "08-HD/BTG",
     "Hướng dẫn", "Ban Tuyên giáo Thành ủy", None),
    ("Nghị quyết số 06-NQ/ĐH của Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV đề ra mục tiêu.", "06-NQ/ĐH",
     "Nghị quyết", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV", None),
    ("Căn cứ Nghị quyết số 05-NQ/ĐH ngày 20/9/2020 của Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XIV, "
     "nhiệm kỳ 2020 - 2025;", "05-NQ/ĐH", "Nghị quyết", "Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XIV", 2020),
    ("Chương trình hành động số 120-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy về sắp xếp đơn vị hành chính.",
     "120-CTHĐ/TU", "Chương trình hành động", "Tỉnh ủy", 2019),
]

SERIES = [
    ("Thực hiện Nghị định số 45/2020/NĐ-CP, Nghị định 107/2021/NĐ-CP của Chính phủ về một cửa.", "107/2021/NĐ-CP",
     "Nghị định", "Chính phủ", 2021),
    ("Các Quyết định số 12/QĐ-UBND, 34/QĐ-UBND và 56/QĐ-UBND của UBND huyện Bảo Lâm đã được công khai.",
     "12/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Bảo Lâm", None),
    ("Nghị quyết số 01, Nghị quyết số 02 của Chính phủ đã đề ra nhiều giải pháp.", "01", "Nghị quyết",
     "Chính phủ", None),
    ("Chỉ thị số 05-CT/TU ngày 2/3/2021, Kế hoạch số 20-KH/TU ngày 5/5/2021 của Ban Thường vụ Tỉnh ủy đã được "
     "quán triệt.", "05-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy", 2021),
]

_HEAD = "Kế hoạch cải cách hành chính năm 2022\nỦy ban nhân dân tỉnh ban hành kế hoạch như sau.\n"

COPIED = [
    # the hyphen lost in a copy: the type code glued to the issuer's
    ("Căn cứ Nghị định số 63/2010/NĐCP ngày 08 tháng 6 năm 2010 Chính phủ về kiểm soát thủ tục hành chính;",
     "63/2010/NĐCP", "Nghị định", "Chính phủ", 2010),
    ("Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 về việc thành lập Trung tâm.", "2468/QĐUBND",
     "Quyết định", "Ủy ban nhân dân", 2018),
    ("Quyết định số 95/QĐ-TTG ngày 23/01/2017 về việc phê duyệt chương trình.", "95/QĐ-TTG", "Quyết định",
     "Thủ tướng Chính phủ", 2017),
    # the type word cut from its number by a line wrap (under a headline and a first paragraph)
    (_HEAD + "Căn cứ Hướng dẫn số\n3759/BNV-CCHC ngày 02/8/2021 của Bộ Nội vụ về triển khai Chương trình tổng thể;",
     "3759/BNV-CCHC", "Hướng dẫn", "Bộ Nội vụ", 2021),
    (_HEAD + "Căn cứ Chương trình hành động số\n16-CTr/TU ngày 4/5/2021 của Tỉnh ủy về chuyển đổi số;", "16-CTr/TU",
     "Chương trình hành động", "Tỉnh ủy", 2021),
    # a law named with a comma in its name
    ("Căn cứ Luật Cán bộ, công chức số 22/2008/QH12 ngày 13 tháng 11 năm 2008.", "22/2008/QH12", "Luật",
     "Quốc hội", 2008),
]


@pytest.mark.parametrize("text,number,doc_type,issuer,year",
                         BEFORE + ABBREVIATED + STATED_OVER_CODE + PROVINCES + MINISTRIES + LOCAL + PARTY + SERIES
                         + COPIED)
def test_issuer_class(text, number, doc_type, issuer, year):
    _check(text, number, doc_type, issuer, year)


_TABLE = ("Các văn bản chỉ đạo về cải cách hành chính:\n"
          "| 1 | 25/2023/QĐ-UBND | 12/05/2023 | Quy định về cải cách hành chính | UBND tỉnh Quảng Ninh |\n"
          "| 2 | 30/KH-UBND | 09/06/2024 | Kế hoạch chuyển đổi số | UBND tỉnh Bắc Ninh |\n"
          "| 3 | 45/QĐ-UBND | 09/06/2024 | Công bố thủ tục hành chính | Tỉnh Lâm Đồng |\n"
          "| 4 | 12/CT-TTg | 09/06/2024 | Chỉ thị về kỷ cương hành chính | Thủ tướng Chính phủ |\n"
          "| 5 | 18/CT-UBND | 29/12/2025 | Chỉ thị về kỷ cương hành chính | Thành phố Hà Nội |\n")


@pytest.mark.parametrize("number,issuer", [
    ("25/2023/QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ninh"),
    ("30/KH-UBND", "Ủy ban nhân dân tỉnh Bắc Ninh"),
    ("45/QĐ-UBND", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    ("12/CT-TTg", "Thủ tướng Chính phủ"),
    ("18/CT-UBND", "Ủy ban nhân dân thành phố Hà Nội"),
])
def test_the_issuer_cell_of_a_table_row(number, issuer):
    assert _ref(_TABLE, number).issuer == issuer


COUNTERS = [
    # a board named before the reference without a verb of issuing is not its issuer
    ("Ban Tổ chức Tỉnh ủy phối hợp triển khai Kế hoạch số 45/KH-UBND về cải cách.", "45/KH-UBND",
     "Ủy ban nhân dân"),
    # a position that is not the head of the body written before it is kept
    ("Quyết định số 77/QĐ-UBND của Chủ tịch UBND huyện về việc kiện toàn tổ công tác.", "77/QĐ-UBND",
     "Chủ tịch Ủy ban nhân dân huyện"),
    # a subject between two bare references: the issuer after the second is not the first's
    ("Nghị quyết số 01 về cải cách hành chính và Nghị quyết số 02 của Chính phủ đã được triển khai.", "01", None),
    # a province cell names the local body only for a local code
    ("| 4 | 12/CT-TTg | 09/06/2024 | Chỉ thị về kỷ cương hành chính | Tỉnh Bắc Ninh |", "12/CT-TTg",
     "Thủ tướng Chính phủ"),
    # a cell of other words (the document's subject) is no issuer
    ("| 2 | 30/KH-UBND | 09/06/2024 | Kế hoạch của Sở Nội vụ về cải cách hành chính |", "30/KH-UBND",
     "Ủy ban nhân dân"),
    # the last words of a sentence after a line wrap are no type word of the next number
    (_HEAD + "Tỉnh đã hoàn thành nhiệm vụ theo kế hoạch\n12/QĐ-UBND được công bố.", "12/QĐ-UBND", "Ủy ban nhân dân"),
]


@pytest.mark.parametrize("text,number,issuer", COUNTERS)
def test_issuer_rule_does_not_fire(text, number, issuer):
    assert _ref(text, number).issuer == issuer


@pytest.mark.parametrize("text,number,doc_type", [
    # a glued code is split only into a known type and a known issuer
    ("Theo Quyết định số 12/QĐHN về việc giao nhiệm vụ.", "12/QĐHN", "Quyết định"),
    # the legislature's numbers are no letters of a body
    ("Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh.", "202/2025/QH15", "Nghị quyết"),
    # a lower-case word ending the line before is no type word
    (_HEAD + "Tỉnh thực hiện theo kế hoạch\n12/QĐ-UBND về cải cách.", "12/QĐ-UBND", "Quyết định"),
])
def test_doc_type_counter_examples(text, number, doc_type):
    assert _ref(text, number).doc_type == doc_type


def test_a_glued_code_of_no_known_issuer_gives_no_issuer():
    assert _ref("Theo Quyết định số 12/QĐHN về việc giao nhiệm vụ.", "12/QĐHN").issuer is None


@pytest.mark.parametrize("text", [
    # a law cited by name and year has no number: no reference (docs/format.md §4.1)
    "Luật Đất đai 2024 có hiệu lực từ ngày 1/8/2024.",
    "Bộ luật Lao động 2019 đã quy định rõ vấn đề này.",
    "Luật Đất đai năm 2024 được Quốc hội thông qua.",
])
def test_a_law_without_number_is_no_reference(text):
    assert facts_of(text, "legal_ref") == []


@pytest.mark.parametrize("text,number,issuer,year", [
    # a numbered law: its issuer is the legislature of its code
    ("Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 1/8/2024.", "31/2024/QH15", "Quốc hội", 2024),
    ("Theo Luật số 87/2025/QH15, chính quyền địa phương tổ chức hai cấp.", "87/2025/QH15", "Quốc hội", 2025),
    ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15 quy định rõ thẩm quyền.", "72/2025/QH15", "Quốc hội", 2025),
])
def test_a_numbered_law(text, number, issuer, year):
    f = _ref(text, number)
    assert (f.doc_type, f.issuer, f.year) == ("Luật", issuer, year)


@pytest.mark.parametrize("text,number,date,year", [
    # the date before the reference, in the clause that issues it, gives the date as well as the year
    ("Ngày 29/7/2024,Chính phủ ban hành Nghị định số 100/2024/NĐ-CP về nhà ở xã hội.", "100/2024/NĐ-CP",
     "2024-07-29", 2024),
    ("Ngày 3 tháng 5 năm 2019, UBND tỉnh đã có văn bản số 2275/UBND-TH về cải thiện chỉ số.", "2275/UBND-TH",
     "2019-05-03", 2019),
    ("Kế hoạch được Thủ tướng ban hành ngày 12/4/2016 tại Quyết định số 225/QĐ-TTg.", "225/QĐ-TTg", "2016-04-12", 2016),
    # a year alone gives the year, no date
    ("Năm 2019, Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về chuyển đổi số.", "07-NQ/TU", None, 2019),
    # counter-example: the date of another act gives neither
    ("Ngày 3/5/2019, UBND tỉnh tổ chức hội nghị quán triệt Nghị quyết số 07-NQ/TU.", "07-NQ/TU", None, None),
])
def test_the_date_and_year_of_issue_come_from_one_path(text, number, date, year):
    f = _ref(text, number)
    assert (f.date, f.year) == (date, year)


@pytest.mark.parametrize("text,number,doc_type,issuer,year", [
    # a clause cut by a hard line wrap before the number: its verb, date and type word still count
    (_HEAD + "Trước đó, ngày 05/6/2020, UBND tỉnh Phú Yên đã có văn bản\nsố 1234/UBND-KT về việc cải thiện chỉ số.",
     "1234/UBND-KT", "Công văn", "Ủy ban nhân dân tỉnh Phú Yên", 2020),
    (_HEAD + "Năm 2021, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị\nsố 09-CT/TU về cải cách hành chính.",
     "09-CT/TU", "Chỉ thị", "Ban Thường vụ Tỉnh ủy", 2021),
    # counter-example: a stop ends the clause before the line break
    (_HEAD + "Ngày 05/6/2020, UBND tỉnh đã ban hành nhiều văn bản.\nKế hoạch số 12/KH-UBND về chuyển đổi số được "
             "triển khai.", "12/KH-UBND", "Kế hoạch", "Ủy ban nhân dân", None),
])
def test_a_clause_cut_by_a_line_wrap(text, number, doc_type, issuer, year):
    _check(text, number, doc_type, issuer, year)


@pytest.mark.parametrize("text,number,issuer", [
    # standing bodies, council boards, the delegation and the Front, named whole
    ("Thường trực HĐND tỉnh ban hành Kế hoạch số 30/KH-HĐND về giám sát chuyên đề.", "30/KH-HĐND",
     "Thường trực Hội đồng nhân dân tỉnh"),
    ("Kế hoạch số 41/KH-TTHĐND của Thường trực HĐND huyện về tiếp xúc cử tri.", "41/KH-TTHĐND",
     "Thường trực Hội đồng nhân dân huyện"),
    ("Ban Pháp chế HĐND tỉnh đã ban hành Kế hoạch số 12/KH-BPC về khảo sát thủ tục.", "12/KH-BPC",
     "Ban Pháp chế Hội đồng nhân dân tỉnh"),
    ("Đoàn ĐBQH tỉnh ban hành Kế hoạch số 15/KH-ĐĐBQH về giám sát.", "15/KH-ĐĐBQH", "Đoàn đại biểu Quốc hội tỉnh"),
    ("Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn số 05/HD-MTTQ-BTT về giám sát.", "05/HD-MTTQ-BTT",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    # a board of a commune's committee keeps the commune
    ("Ban Thường vụ Đảng ủy xã Tân Hòa ban hành Nghị quyết số 05-NQ/ĐU về cải cách.", "05-NQ/ĐU",
     "Ban Thường vụ Đảng ủy xã Tân Hòa"),
    ("Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy phường Quang Trung về chuyển đổi số.", "21-KH/ĐU",
     "Ban Thường vụ Đảng ủy phường Quang Trung"),
])
def test_councils_boards_and_fronts(text, number, issuer):
    assert _ref(text, number).issuer == issuer


@pytest.mark.parametrize("text,number,year", [
    # a year right after the number (a legal database's title line)
    ("Quyết định 119/QĐ-UBND năm 2009 bổ sung thủ tục hành chính thuộc thẩm quyền của Sở.", "119/QĐ-UBND", 2009),
    ("Nghị quyết số 01/NQ-CP năm 2024 của Chính phủ về nhiệm vụ chủ yếu.", "01/NQ-CP", 2024),
    # counter-examples: a range of years, a year of something else after a word
    ("Kế hoạch 87/KH-UBND năm 2021 - 2025 về cải cách hành chính đã được triển khai.", "87/KH-UBND", None),
    ("Thực hiện Kế hoạch 87/KH-UBND, năm 2021 tỉnh đạt nhiều kết quả.", "87/KH-UBND", None),
])
def test_a_year_right_after_the_number(text, number, year):
    assert _ref(text, number).year == year
