"""The issuer and year of legal references in the shapes met on unseen pages (made-up sentences):
the issuer stated in the text wins over the code's (party committees below the province, joint
issuers, one issuer stated for two references, a ministry's short name), and the year comes from
the number, a date after the reference, a date before it in the clause that issues it, or the
document's own header; with counter-examples where none of these applies."""
from __future__ import annotations

import pytest

from conftest import facts_of


def _ref(text, number, **kw):
    refs = {f.number: f for f in facts_of(text, "legal_ref", **kw)}
    assert number in refs, (number, list(refs))
    return refs[number]


ISSUERS = [
    # a party committee below the province, with its level and place as written
    ("Kế hoạch số 78-KH/HU ngày 24/11/2022 của Ban Thường vụ Huyện ủy về học tập nghị quyết.",
     "78-KH/HU", "Ban Thường vụ Huyện ủy"),
    ("Chỉ thị 05-CT/TU, ngày 25/12/2020 của Ban Thường vụ Thị ủy về đón Tết.", "05-CT/TU", "Ban Thường vụ Thị ủy"),
    ("Kế hoạch số 126-KH/HU ngày 01/12/2023 của Huyện ủy Ninh Giang về tuyên truyền.",
     "126-KH/HU", "Huyện ủy Ninh Giang"),
    ("Thực hiện Kế hoạch số 25-KH/ĐU ngày 07/12/2023 của Ban Chấp hành Đảng bộ xã Ninh Hải, các chi bộ đã học tập.",
     "25-KH/ĐU", "Ban Chấp hành Đảng bộ xã Ninh Hải"),
    ("Ngày 22/12/2023, Ủy ban nhân dân Quận Ngô Quyền đã ban hành Quyết định số 3986/QĐ-UBND về cưỡng chế.",
     "3986/QĐ-UBND", "Ủy ban nhân dân Quận Ngô Quyền"),
    # the case of the committee's words made regular
    ("Thực hiện Kế hoạch số 183-KH/TU ngày 28/11/2023 của tỉnh ủy Hải Dương về học tập nghị quyết.",
     "183-KH/TU", "Tỉnh ủy Hải Dương"),
    ("Nghị quyết số 08-NQ/TU ngày 20/5/2021 của Ban chấp hành Đảng bộ tỉnh về cải cách hành chính đã đi vào cuộc sống.",
     "08-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ chính trị về công nghệ thông tin.", "36-NQ/TW", "Bộ Chính trị"),
    # abbreviated committees (BCH, BTV)
    ("Thực hiện Nghị quyết số 08-NQ/TU của BCH Đảng bộ tỉnh về chuyển đổi số, các địa phương đã vào cuộc.",
     "08-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Chỉ thị số 05-CT/TU của BTV Tỉnh ủy đã được quán triệt đến các chi bộ.", "05-CT/TU", "Ban Thường vụ Tỉnh ủy"),
    # "ban hành bởi" names the issuer after the reference
    ("Nghị quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về chuyển đổi số.",
     "22/NQ-TU", "Tỉnh ủy Kiên Giang"),
    # a ministry's short name written out
    ("Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT về nước sạch.",
     "2191/BNN-TCTL", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Công văn số 1145/BTTTT-CĐSQG của Bộ TT&TT hướng dẫn chuyển đổi số.", "1145/BTTTT-CĐSQG",
     "Bộ Thông tin và Truyền thông"),
    # two bodies stated together
    ("Căn cứ Thông tư liên tịch số 01/2011/TTLT-VPCP-BNV ngày 26/01/2011 của Văn phòng Chính phủ - Bộ Nội vụ "
     "hướng dẫn về chức năng.", "01/2011/TTLT-VPCP-BNV", "Văn phòng Chính phủ - Bộ Nội vụ"),
    ("Thực hiện Kết luận 137-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy, tỉnh đã hoàn thành.",
     "137-KL/TW", "Bộ Chính trị, Ban Bí thư"),
    # one issuer stated for two references
    ("Thực hiện Nghị quyết 60-NQ/TW ngày 12/4/2025 và Kết luận 137-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư "
     "về sắp xếp bộ máy, tỉnh đã hoàn thành.", "60-NQ/TW", "Bộ Chính trị, Ban Bí thư"),
    ("Kế hoạch số 12/KH-UBND và Quyết định số 34/QĐ-UBND của UBND huyện Phú Lương đã được triển khai.",
     "12/KH-UBND", "Ủy ban nhân dân huyện Phú Lương"),
    # a central Party code alone
    ("Thực hiện Nghị quyết 42-NQ/TW về chính sách xã hội, huyện đã ban hành kế hoạch.", "42-NQ/TW",
     "Ban Chấp hành Trung ương Đảng"),
    # a central Party body as the subject right after the reference's clause
    ("Tại Kết luận 169-KL/TW, Bộ Chính trị giao tỉnh ủy tổ chức lễ công bố vào ngày 30/6/2025.", "169-KL/TW",
     "Bộ Chính trị"),
    ("Tại Kết luận 170-KL/TW, Ban Bí thư yêu cầu rà soát kế hoạch tổ chức lễ công bố.", "170-KL/TW", "Ban Bí thư"),
    # the stated issuer, before the reference with a verb
    ("Mục tiêu này được Chính phủ đề ra tại Nghị quyết 25 về chuyển đổi số quốc gia.", "25", "Chính phủ"),
]


@pytest.mark.parametrize("text,number,issuer", ISSUERS)
def test_stated_issuer(text, number, issuer):
    assert _ref(text, number).issuer == issuer


ISSUER_COUNTERS = [
    # the next actor after a comma is not a joint issuer
    ("Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND triển khai.",
     "06/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("Thực hiện Kết luận 137-KL/TW của Bộ Chính trị, Ban Bí thư đã ban hành hướng dẫn triển khai.",
     "137-KL/TW", "Bộ Chính trị"),
    # a shared issuer needs the same code issuer and nothing but a date, a join and a type word between
    ("Nghị định 45/2020/NĐ-CP và Thông tư 01/2023/TT-VPCP của Văn phòng Chính phủ quy định về số hóa.",
     "45/2020/NĐ-CP", "Chính phủ"),
    ("Thực hiện Nghị quyết 60-NQ/TW, Chỉ thị 05/CT-TTg và Kết luận 137-KL/TW của Bộ Chính trị đã được quán triệt.",
     "60-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
    ("Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương Đảng và Kết luận 137-KL/TW của Bộ Chính trị đã được quán triệt.",
     "60-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
    ("Nghị quyết 60-NQ/TW về sắp xếp bộ máy và Kết luận 137-KL/TW của Bộ Chính trị đã được quán triệt.",
     "60-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
    # a body named later in the sentence, or after a code of another issuer, is not the issuer
    ("Thực hiện Nghị quyết 57-NQ/TW, tỉnh đã báo cáo Bộ Chính trị về kết quả.", "57-NQ/TW",
     "Ban Chấp hành Trung ương Đảng"),
    ("Theo Nghị quyết 06/NQ-CP, Bộ Chính trị giao các tỉnh thực hiện.", "06/NQ-CP", "Chính phủ"),
    # "Ủy ban Thường vụ Quốc hội" keeps its lower-case "ban"
    ("Nghị quyết số 1211/2016/UBTVQH13 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn đơn vị hành chính.",
     "1211/2016/UBTVQH13", "Ủy ban Thường vụ Quốc hội"),
]


@pytest.mark.parametrize("text,number,issuer", ISSUER_COUNTERS)
def test_issuer_not_taken_from_a_neighbour(text, number, issuer):
    assert _ref(text, number).issuer == issuer


YEARS = [
    # a date before the reference, in the clause that issues it
    ("Ngày 12/3/2021, UBND tỉnh đã ban hành Quyết định số 816/QĐ-UBND về việc công bố chỉ số cải cách hành chính.",
     "816/QĐ-UBND", 2021),
    ("Ngày 01/07/2020 UBND tỉnh đã ban hành Quyết định số 816/QĐ-UBND về chỉ số cải cách hành chính.",
     "816/QĐ-UBND", 2020),
    ("Ngày 28/3/2025, Bộ Nội vụ ban hành Quyết định số 268/QĐ-BNV về việc phê duyệt chỉ số.", "268/QĐ-BNV", 2025),
    ("Năm 2021, Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.", "05-NQ/TU", 2021),
    ("ngày 23-11-2017, Tỉnh ủy Lai Châu đã ban hành Kế hoạch số 116 về sắp xếp bộ máy.", "116", 2017),
    ("Ngày 3 tháng 5 năm 2019, UBND tỉnh Bình Định đã có văn bản số 2275/UBND-TH về cải thiện chỉ số PCI.",
     "2275/UBND-TH", 2019),
    # a year opening the clause, the verb after the reference
    ("Năm 2012, Nghị định 24 ra đời nhằm xử lý tình trạng vàng hóa nền kinh tế.", "24", 2012),
    # an issue date after who issued it
    ("Nghị quyết số 57-NQ/TW do Tổng Bí thư Tô Lâm ký ban hành ngày 22.12.2024 về đột phá phát triển khoa học.",
     "57-NQ/TW", 2024),
    # the number's own year wins over a date before
    ("Ngày 12/3/2021, Chính phủ ban hành Nghị định số 45/2020/NĐ-CP về thủ tục hành chính.", "45/2020/NĐ-CP", 2020),
    # a date after the reference wins over one before
    ("Năm 2022, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 5/3/2021 về chuyển đổi số.", "12/KH-UBND", 2021),
]


@pytest.mark.parametrize("text,number,year", YEARS)
def test_year_stated_near_the_reference(text, number, year):
    assert _ref(text, number).year == year


def test_a_day_without_year_takes_the_articles_year():
    text = "Ngày 31/3, UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1331/KH-UBND về chỉ số PAPI."
    assert _ref(text, "1331/KH-UBND", published="2025-04-10").year == 2025
    # a day after the article's date is last year's
    text = "Ngày 28/12, UBND tỉnh đã ban hành Kế hoạch số 15/KH-UBND về chuyển đổi số."
    assert _ref(text, "15/KH-UBND", published="2025-01-05").year == 2024
    assert _ref(text, "15/KH-UBND").year is None  # no article date: no year


def test_a_reference_written_again_takes_the_year_of_another_mention():
    text = ("Năm 2012, Nghị định 24 ra đời nhằm xử lý tình trạng vàng hóa nền kinh tế. "
            "Nhiều chuyên gia cho rằng cần sửa đổi Nghị định 24 để phù hợp thực tiễn.")
    assert [f.year for f in facts_of(text, "legal_ref")] == [2012, 2012]
    # another type with the same serial is another document
    text = ("Năm 2012, Nghị định 24 ra đời nhằm xử lý tình trạng vàng hóa nền kinh tế. "
            "Tỉnh cũng thực hiện Quyết định 24 về an ninh trật tự.")
    assert [f.year for f in facts_of(text, "legal_ref")] == [2012, None]


_BODY = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Ủy ban nhân dân tỉnh ban hành kế hoạch "
         "triển khai xác định Chỉ số cải cách hành chính của các sở, ban, ngành, cụ thể như sau: bảo đảm 100% hồ sơ "
         "được giải quyết đúng hạn.")


@pytest.mark.parametrize("head,number,year", [
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |\n",
     "4851/KH-UBND", 2018),
    ("ỦY BAN NHÂN DÂN | TỈNH BÌNH THUẬN | CỘNG HÒA XÃ HỘI |\nSố: 3612/KH-UBND | Bình Thuận, ngày | 29 tháng 9 năm 2021 |\n",
     "3612/KH-UBND", 2021),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 119/QĐ-UBND | Bắc Giang, ngày 23/11/2009 |\n",
     "119/QĐ-UBND", 2009),
])
def test_header_year(head, number, year):
    assert _ref(head + _BODY, number).year == year


YEAR_COUNTERS = [
    # a date of another act before the reference
    ("Ngày 12/3/2021, UBND tỉnh tổ chức hội nghị triển khai Quyết định số 816/QĐ-UBND về chỉ số cải cách hành chính.",
     "816/QĐ-UBND"),
    ("Năm 2021, tỉnh tiếp tục thực hiện Nghị quyết số 05-NQ/TU về chuyển đổi số.", "05-NQ/TU"),
    ("Ngày 12/3/2021, Chủ tịch UBND tỉnh yêu cầu các sở thực hiện nghiêm Chỉ thị số 05/CT-TTg về cải cách hành chính.",
     "05/CT-TTg"),
    # only the reference right after the verb: the one the plan carries out is older
    ("Ngày 12/3/2021, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND thực hiện Quyết định số 34/QĐ-UBND về chuyển đổi số.",
     "34/QĐ-UBND"),
    # a number not after a header label: a date further on is not its date
    ("Theo Quyết định số 876/QĐ-UBND, tỉnh Yên Bái, ngày 22 tháng 6 năm 2018 tổ chức hội nghị.", "876/QĐ-UBND"),
    # a date that is not the issue date after the subject
    ("Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học do Bộ Chính trị ban hành, tổng kết ngày 22.12.2024.",
     "57-NQ/TW"),
    ("Thực hiện Nghị quyết số 68/NQ-CP, tỉnh đã cắt giảm thủ tục hành chính.", "68/NQ-CP"),
    ("Năm 2021, Nghị định 24 tiếp tục được thực hiện trên cả nước.", "24"),
]


@pytest.mark.parametrize("text,number", YEAR_COUNTERS)
def test_no_year_from_another_date(text, number):
    assert _ref(text, number).year is None


def test_the_year_before_is_read_in_linear_time():
    # a long clause of words between a date and a reference: the window is bounded
    text = "Ngày 12/3/2021, " + "các cơ quan " * 3000 + "ban hành Quyết định số 816/QĐ-UBND về chỉ số."
    assert _ref(text, "816/QĐ-UBND").year is None
