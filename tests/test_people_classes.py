"""Officials, titles, issuers and organisation names: one test per class of text, each on
sentences made up in several shapes of that class (none is copied from an article)."""
from __future__ import annotations

import pytest

from conftest import extract_in_body, officials_in_body

# a headline and a first paragraph: the sentences below are read as body text
BODY = ("Tin tức trong ngày\n\n"
        "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n")


def run(text: str):
    return extract_in_body(text, BODY)


def officials(text: str):
    return officials_in_body(text, BODY)


def names(text: str):
    return [o.name for o in run(text).of_type("official")]


def issuers(text: str):
    return [(f.number, f.issuer) for f in run(text).of_type("legal_ref")]


# ------------------------------------------------------------------ not officials

@pytest.mark.parametrize("text", [
    # signer rows of legal-database tables, in several layouts
    "| Người ký | Trần Văn An |\n| Cơ quan ban hành | UBND tỉnh |",
    "| Số hiệu | 12/2024/QĐ-UBND |\n| Người ký | Nguyễn Thị Mai |\n| Ngày ban hành | 12/3/2024 |",
    "Người ký: Lê Văn Tám\n\nNgày ban hành: 12/3/2024",
    "| Người ký: | Phạm Minh Chiến |",
    # journal author blocks: a degree and an institute, no position
    "ThS. Lê Thị Hồng\nHọc viện Hành chính Quốc gia",
    "TS. Nguyễn Văn Nam - Trường Đại học Luật Hà Nội",
    "PGS.TS. Trần Thị Thu Hà\nViện Nhà nước và Pháp luật",
    "Tác giả: ThS. Nguyễn Văn Hải, Học viện Hành chính Quốc gia",
    # a name cut off at the end of a teaser
    "Sáng nay, Chủ tịch UBND tỉnh Nguyễn Văn…",
    "Phó Chủ tịch UBND tỉnh Trần Thị...",
    "Hôm qua, đồng chí Phó Bí thư Tỉnh ủy Lê Quang…",
    # "Trung" of "Trung ương" is no short reference
    "Ông là Ủy viên Trung ương Đảng khóa XIII.",
    "Đồng chí là Ủy viên Trung ương dự khuyết.",
    # private citizens quoted in a story
    "Ông Trần Văn Bình (65 tuổi, trú xã Tân Hòa) chia sẻ: thủ tục nay rất nhanh.",
    "Bà Nguyễn Thị Lan, tiểu thương chợ Đông Ba, phấn khởi nói.",
    "Theo ông Phạm Văn Đức, chủ một cửa hàng tạp hóa, việc nộp thuế điện tử rất tiện.",
    "Chị Lê Thị Mai, thành viên tổ hợp tác rau sạch, cho biết thu nhập tăng.",
    "Anh Nguyễn Văn Tùng, thành viên câu lạc bộ xe đạp, chia sẻ niềm vui.",
    "Chị Hoàng Thị Sáu chia sẻ: 'Tôi chỉ mất 10 phút để làm thủ tục'.",
    # a team captain is an athlete
    "Tiền vệ đội trưởng Bruno Fernandes đã ghi 2 bàn.",
    "Tân đội trưởng Đỗ Duy Mạnh khẳng định quyết tâm giành chiến thắng.",
])
def test_not_officials(text):
    assert officials(text) == []


# ------------------------------------------------------------------ titles in many shapes

@pytest.mark.parametrize("text,name,titles", [
    # ministry and department names with "và", a dash or a comma, in any case
    ("Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh cho biết.",
     "Đặng Quốc Khánh", ["Bộ trưởng Bộ Tài nguyên và Môi trường"]),
    ("Ông Nguyễn Mạnh Hùng, Bộ trưởng Bộ Thông tin và Truyền thông cho biết.",
     "Nguyễn Mạnh Hùng", ["Bộ trưởng Bộ Thông tin và Truyền thông"]),
    ("Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương dự hội nghị.",
     "Trần Quốc Phương", ["Thứ trưởng Bộ Kế hoạch và Đầu tư"]),
    ("Ông Lê Văn An, Giám đốc Sở Lao động, Thương binh và Xã hội cho biết.",
     "Lê Văn An", ["Giám đốc Sở Lao động, Thương binh và Xã hội"]),
    ("Ông Lê Văn An, Giám đốc Sở Tài nguyên - Môi trường tỉnh cho biết.",
     "Lê Văn An", ["Giám đốc Sở Tài nguyên - Môi trường tỉnh"]),
    ("Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Ngô Văn Xuân báo cáo.",
     "Ngô Văn Xuân", ["Phó Chánh Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]),
    # titles after the name, with a place written TP., Tp. or glued
    ("Ông Trần Văn Hòa, Thành ủy viên, Giám đốc Sở Nội vụ thành phố cho biết.",
     "Trần Văn Hòa", ["Thành ủy viên", "Giám đốc Sở Nội vụ thành phố"]),
    ("Ông Mai Văn Tám, tỉnh ủy viên, Giám đốc Sở Tư pháp cho biết.",
     "Mai Văn Tám", ["tỉnh ủy viên", "Giám đốc Sở Tư pháp"]),
    ("Ông Phan Văn Mãi, Chủ tịch UBND TP. Hồ Chí Minh, cho biết.",
     "Phan Văn Mãi", ["Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("Ông Lê Văn Ích, Phó Chủ tịch UBND Tp. Đà Nẵng cho biết.",
     "Lê Văn Ích", ["Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"]),
    ("Ông Trần Văn Khánh, Chủ tịch UBND TP.Cần Thơ cho biết.",
     "Trần Văn Khánh", ["Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"]),
    ("Ông Lê Văn Kha – Tỉnh ủy viên – Giám đốc Sở Nội vụ phát biểu.",
     "Lê Văn Kha", ["Tỉnh ủy viên", "Giám đốc Sở Nội vụ"]),
    ("Huyện ủy viên, Phó Chủ tịch UBND huyện Lê Văn Sáu phát biểu.",
     "Lê Văn Sáu", ["Huyện ủy viên", "Phó Chủ tịch Ủy ban nhân dân huyện"]),
    # a district or commune before the name: the place is not part of the name
    ("Bí thư Huyện ủy, Chủ tịch UBND huyện Đại Từ Phạm Văn Ích phát biểu.",
     "Phạm Văn Ích", ["Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân huyện Đại Từ"]),
    ("Chủ tịch UBND huyện Phú Lương Nguyễn Văn An cho biết.",
     "Nguyễn Văn An", ["Chủ tịch Ủy ban nhân dân huyện Phú Lương"]),
    # military ranks between the title and the name, military heads
    ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Đại tá Nguyễn Văn Nam báo cáo.",
     "Nguyễn Văn Nam", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Đại tá"]),
    ("Phó Giám đốc Công an tỉnh, Thượng tá Trần Minh Đức phát biểu.",
     "Trần Minh Đức", ["Phó Giám đốc Công an tỉnh", "Thượng tá"]),
    ("Phó Tư lệnh, Tham mưu trưởng Quân khu 5, Thiếu tướng Nguyễn Văn Nam dự lễ.",
     "Nguyễn Văn Nam", ["Phó Tư lệnh", "Tham mưu trưởng Quân khu 5", "Thiếu tướng"]),
    ("Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Đại tá Trần Văn Oanh phát biểu.",
     "Trần Văn Oanh", ["Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đại tá"]),
    # former office holders
    ("Dự lễ có đồng chí Trương Thị Mai, nguyên Thường trực Ban Bí thư.",
     "Trương Thị Mai", ["nguyên Thường trực Ban Bí thư"]),
    ("Tham dự có nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch Quốc hội Nguyễn Sinh Hùng.",
     "Nguyễn Sinh Hùng", ["nguyên Ủy viên Bộ Chính trị", "nguyên Chủ tịch Quốc hội"]),
    ("Ông Trần Văn Phú, nguyên Phó Chủ tịch UBND tỉnh, cho biết.",
     "Trần Văn Phú", ["nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    # two positions held together
    ("Thiếu tướng Tào Đức Thắng, Chủ tịch kiêm Tổng giám đốc Viettel cho biết.",
     "Tào Đức Thắng", ["Thiếu tướng", "Chủ tịch kiêm Tổng giám đốc Viettel"]),
    # a title head inside the name of a body ("Văn phòng Chủ tịch nước") does not end the body
    ("Đón đoàn có Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải; Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh.",
     "Lê Khánh Hải", ["Chủ nhiệm Văn phòng Chủ tịch nước"]),
    # a numbered body, and a captain of a public team
    ("Ông Trần Văn Hùng, Đội trưởng Đội Quản lý thị trường số 3, cho biết.",
     "Trần Văn Hùng", ["Đội trưởng Đội Quản lý thị trường số 3"]),
    # a verb of appointment ends the title of the one who appoints; the position after
    # "giữ chức" is the appointee's
    ("Cùng ngày, Thủ tướng bổ nhiệm thiếu tướng La Văn Phương giữ chức Chính ủy Quân khu 1.",
     "La Văn Phương", ["thiếu tướng", "Chính ủy Quân khu 1"]),
])
def test_titles_in_many_shapes(text, name, titles):
    got = officials(text)
    assert (name, titles) in got, got


@pytest.mark.parametrize("text,name,titles", [
    ("Giám đốc Sở Nội vụ\ntỉnh Thái Nguyên Nguyễn Văn Hải cho biết.",
     "Nguyễn Văn Hải", ["Giám đốc Sở Nội vụ tỉnh Thái Nguyên"]),
    ("Phó Chủ tịch UBND\ntỉnh Lê Văn Minh chủ trì hội nghị.",
     "Lê Văn Minh", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ("Bà Lê Thị Thu, Phó Giám đốc Sở Thông tin\nvà Truyền thông cho biết.",
     "Lê Thị Thu", ["Phó Giám đốc Sở Thông tin và Truyền thông"]),
    ("Ông Trần Văn Hùng - Giám đốc\nSở Nội vụ cho biết.", "Trần Văn Hùng", ["Giám đốc Sở Nội vụ"]),
])
def test_titles_broken_by_a_line_wrap(text, name, titles):
    a = run(text)
    assert (name, titles) in [(o.name, o.titles) for o in a.of_type("official")]
    for f in a.facts:
        sent = a.sentences[f.sentence]
        assert sent.start <= f.start and f.end <= sent.end  # a fact stays inside its sentence


def test_the_next_persons_title_is_not_taken():
    # a lower-case title with no body before a verb, or a title followed by a given name
    # introduced earlier, is the subject of the next clause
    got = officials("Đại biểu Trần Kim Yến nêu câu hỏi. Bộ trưởng Đặng Quốc Khánh trả lời. "
                    "Trả lời đại biểu Kim Yến, bộ trưởng nói việc dùng cát biển cần thận trọng. "
                    "Trả lời đại biểu Trần Kim Yến, Bộ trưởng Khánh cho biết đã có quy định.")
    assert ("Trần Kim Yến", ["đại biểu"]) in got   # "Kim Yến" is the end of the full name
    assert all(n != "Kim Yến" for n, _ in got)
    assert all("bộ trưởng" not in t.casefold() for n, ts in got if n == "Trần Kim Yến" for t in ts)
    assert ("Đặng Quốc Khánh", ["Bộ trưởng"]) in got


def test_the_title_after_cua_is_the_persons():
    got = officials("Người phát ngôn của Tổng thống Putin - ông Dmitry Peskov - cho biết. "
                    "Tổng thống Nga Vladimir Putin sẽ tới thăm.")
    assert ("Vladimir Putin", ["Tổng thống"]) in got
    assert all(ts != ["Người phát ngôn của Tổng thống"] for _, ts in got)
    # with more than a bare head between "của" and the name, the name may be the spokesman's
    assert officials("Theo người phát ngôn của Tổng thống Palestine Nabil Abu Rudeina, cuộc họp đã kết thúc.") == \
        [("Nabil Abu Rudeina", ["người phát ngôn của Tổng thống Palestine"])]


# ------------------------------------------------------------------ foreign office holders

@pytest.mark.parametrize("text,expected", [
    # a country or continent between the title and the name belongs to the title
    ("Tổng thống Nga Vladimir Putin thăm Bắc Kinh.", [("Vladimir Putin", ["Tổng thống Nga"])]),
    ("Thủ tướng Hà Lan Mark Rutte, Thủ tướng Anh Rishi Sunak cùng dự họp.",
     [("Mark Rutte", ["Thủ tướng Hà Lan"]), ("Rishi Sunak", ["Thủ tướng Anh"])]),
    ("Chủ tịch Hội đồng châu Âu Charles Michel, Chủ tịch Nghị viện châu Âu Roberta Metsola lên án vụ việc.",
     [("Charles Michel", ["Chủ tịch Hội đồng châu Âu"]), ("Roberta Metsola", ["Chủ tịch Nghị viện châu Âu"])]),
    ("Tổng thống Hàn Quốc Yoon Suk Yeol đã tới Hà Nội.", [("Yoon Suk Yeol", ["Tổng thống Hàn Quốc"])]),
    ("Thống đốc Pennsylvania Josh Shapiro cho biết.", [("Josh Shapiro", ["Thống đốc Pennsylvania"])]),
    # a country or a state alone after a title is no person
    ("Thủ tướng New Zealand công du Đông Nam Á.", []),
    ("Thống đốc South Dakota là ứng viên tiềm năng.", []),
    ("Trong tuyên bố, Thủ tướng Israel cho biết ông đã mất niềm tin.", []),
    # the body of a title is not a person; a name inside a chain ends the previous title
    ("Ông Lương Văn Nam, Tổng giám đốc Bamboo Airways, cho biết.",
     [("Lương Văn Nam", ["Tổng giám đốc Bamboo Airways"])]),
    ("Bà Phạm Kim Dung - Trưởng BTC Miss Grand Vietnam 2024 cho hay.",
     [("Phạm Kim Dung", ["Trưởng BTC Miss Grand Vietnam"])]),
    ("Được sự đồng ý của Tổng thống Costa Rica Rodrigo Chaves, Bộ trưởng Ngoại thương Costa Rica "
     "Manuel Tovar đã trao công hàm.",
     [("Rodrigo Chaves", ["Tổng thống Costa Rica"]), ("Manuel Tovar", ["Bộ trưởng Ngoại thương Costa Rica"])]),
    # a group, a line-up table, a contest
    ("Máy nhắn tin của các thành viên Hezbollah phát nổ.", []),
    ("Dự bị: 14 Felix 11 Madueke. Huấn luyện viên Schmidt F. Maresca E.", []),
    ("Cô từng là thành viên nhóm nhạc Wonder Girls.", []),
    ("Chủ tịch cuộc thi Miss Grand International đã tới.", []),
    # particles and hyphens inside foreign names
    ("Tối qua, huấn luyện viên Erik ten Hag có 2 sự thay đổi.", [("Erik ten Hag", ["huấn luyện viên"])]),
    ("Đội tuyển của huấn luyện viên Kim Sang-sik thắng trận.", [("Kim Sang-sik", ["huấn luyện viên"])]),
])
def test_foreign_office_holders(text, expected):
    assert officials(text) == expected


def test_a_body_named_alone_elsewhere_is_cut_from_a_name():
    got = officials("Apple vừa ra mắt sản phẩm mới. CEO Apple Tim Cook phát biểu tại sự kiện.")
    assert got == [("Tim Cook", ["CEO Apple"])]
    # a first word seen only inside the name stays
    assert officials("Ông nhậm chức cùng Phó Tổng thống Gibran Rakabuming Raka.") == \
        [("Gibran Rakabuming Raka", ["Phó Tổng thống"])]


def test_one_word_after_the_head_of_a_body_is_that_body():
    assert names("Chủ tịch Vingroup khẳng định sẽ đi đến cùng.") == []
    assert names("Hôm qua, CEO Apple gửi lời chào tới Việt Nam.") == []
    # a coach or a president named by one word is still a person
    assert names("Hôm qua, huấn luyện viên Xavi cho biết đội bóng đã chơi tốt.") == ["Xavi"]


def test_a_board_is_not_a_position():
    assert names("Theo báo cáo của Ban Tổng giám đốc Công ty cổ phần Đầu tư Hoàng Huy, lợi nhuận tăng.") == []


def test_quyen_closing_a_compound_is_no_prefix():
    got = officials("Chính quyền Tổng thống Joe Biden đã triển khai thêm nhân viên.")
    assert got == [("Joe Biden", ["Tổng thống"])]


def test_a_membership_of_a_named_body_is_a_role():
    got = officials("“Thật đáng buồn”, ông Bill Gates, thành viên của Hội đồng giám sát hạt Maricopa, chia sẻ.")
    assert [n for n, _ in got] == ["Bill Gates"]


# ------------------------------------------------------------------ issuers

@pytest.mark.parametrize("text,issuer", [
    # stated before the reference, with the type word between the verb and the number
    ("UBND tỉnh có công văn số 1234/UBND-KT về việc triển khai.", "Ủy ban nhân dân tỉnh"),
    ("Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.", "Tỉnh ủy"),
    ("Bộ Nội vụ đã có Công văn 123/BNV-CCHC gửi các tỉnh.", "Bộ Nội vụ"),
    ("HĐND tỉnh đã thông qua Nghị quyết 10/2023/NQ-HĐND về chính sách.", "Hội đồng nhân dân tỉnh"),
    ("Ban Bí thư ban hành Chỉ thị số 05-CT/TW về học tập.", "Ban Bí thư"),
    # stated after with "do … ban hành"
    ("Các sở thực hiện Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành.", "Ủy ban nhân dân tỉnh"),
    # a district body, a position before any body, a party body written in full
    ("Thực hiện Văn bản số 123/UBND-NC của UBND huyện Phú Lương, xã đã triển khai.",
     "Ủy ban nhân dân huyện Phú Lương"),
    ("Quyết định số 1360/QĐ-NHNN của Thống đốc Ngân hàng Nhà nước về việc giao nhiệm vụ.",
     "Thống đốc Ngân hàng Nhà nước"),
    ("Quyết định số 1360/QĐ-NHNN ngày 27/6/2024 của Thống đốc NHNN về việc giao nhiệm vụ.",
     "Thống đốc Ngân hàng Nhà nước"),
    ("Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp.",
     "Ban Chấp hành Trung ương Đảng"),
    # a ministry that is not listed: all its fields, never cut after the first word
    ("Theo Quyết định số 12/QĐ-BKHCN của Bộ Khoa học, Công nghệ và Môi trường, các tỉnh thực hiện.",
     "Bộ Khoa học, Công nghệ và Môi trường"),
    ("Thông tư 15/2023/TT-BGDĐT của Bộ Giáo dục - Đào tạo quy định.", "Bộ Giáo dục - Đào tạo"),
    ("Thông tư 5/2020/TT-BTTTT của Bộ Thông tin & Truyền thông về việc.", "Bộ Thông tin và Truyền thông"),
    # the signer's position before a pattern: the body issues
    ("Phó Chủ tịch UBND tỉnh Trịnh Văn Huy ký ban hành Kế hoạch số 2163/KH-UBND.", "Ủy ban nhân dân tỉnh"),
])
def test_stated_issuer_wins(text, issuer):
    got = issuers(text)
    assert len(got) == 1 and got[0][1] == issuer, got


@pytest.mark.parametrize("text,number,doc_type,issuer,year", [
    ("Nghị định 98/2024 của Chính phủ quy định chi tiết.", "98/2024", "Nghị định", "Chính phủ", 2024),
    ("Thông tư số 60/2023 của Bộ Tài chính hướng dẫn.", "60/2023", "Thông tư", "Bộ Tài chính", 2023),
    ("Nghị định số 88/2024 quy định về bồi thường.", "88/2024", "Nghị định", "Chính phủ", 2024),
    ("Thông tư số 46/2024 sửa đổi một số điều.", "46/2024", "Thông tư", None, 2024),
])
def test_a_type_word_with_serial_and_year(text, number, doc_type, issuer, year):
    refs = run(text).of_type("legal_ref")
    assert [(f.number, f.doc_type, f.issuer, f.year) for f in refs] == [(number, doc_type, issuer, year)]
    assert not run(text).of_type("date")  # "98/2024" is not a month


@pytest.mark.parametrize("text", [
    "Kế hoạch 2024/2025 của nhà trường đã được phê duyệt.",   # a school year
    "Báo cáo 6/2024 cho thấy tỷ lệ đạt 95%.",                   # a month's report
    "Nghị quyết 2024/2025 đã được thông qua.",
])
def test_no_reference_from_a_month_or_a_school_year(text):
    assert run(text).of_type("legal_ref") == []


@pytest.mark.parametrize("text,issuer", [
    # "của" after the subject of the document, not after its date: the code's issuer
    ("Thực hiện văn bản số 269/TB-UBND ngày 24/10/2024 về kết luận của Chủ tịch UBND thành phố, quận đã triển khai.",
     "Ủy ban nhân dân"),
    # a signer acting for a body: the code names the issuer
    ("Phó thủ tướng Nguyễn Hòa Bình thay mặt Chính phủ ký quyết định số 1521/QĐ-TTg về việc cấp bằng.",
     "Thủ tướng Chính phủ"),
    # the date between the reference and its issuer, in both shapes
    ("Kế hoạch số 12/KH-UBND ngày 5 tháng 3 năm 2021 của UBND tỉnh Kon Tum về cải cách.",
     "Ủy ban nhân dân tỉnh Kon Tum"),
])
def test_what_is_not_a_stated_issuer(text, issuer):
    got = issuers(text)
    assert len(got) == 1 and got[0][1] == issuer, got


# ------------------------------------------------------------------ organisation names

@pytest.mark.parametrize("text,name", [
    ("Hôm qua, Bộ Khoa học và công nghệ công bố kết quả.", "Bộ Khoa học và công nghệ"),
    ("Hôm qua, Bộ Tài nguyên và môi trường công bố kết quả.", "Bộ Tài nguyên và môi trường"),
    ("Hôm qua, Bộ Khoa học - Công nghệ công bố kết quả.", "Bộ Khoa học - Công nghệ"),
    ("Hôm qua, Bộ Tài nguyên và Môi trường, các tỉnh đã hoàn thành.", "Bộ Tài nguyên và Môi trường"),
    ("Hôm qua, Bộ Nông nghiệp và Môi trường công bố kết quả.", "Bộ Nông nghiệp và Môi trường"),
    ("Văn phòng Chính phủ và Bộ Khoa học và Công nghệ phối hợp.", "Bộ Khoa học và Công nghệ"),
    ("Hôm qua, đại diện Bộ Thông tin & Truyền thông phát biểu.", "Bộ Thông tin & Truyền thông"),
    ("Thông tư của Bộ Tài chính quy định rõ điều này.", "Bộ Tài chính"),  # a verb ends the name
])
def test_ministry_names_with_va_are_not_cut(text, name):
    assert name in [o.name for o in run(text).of_type("organization")]


# ------------------------------------------------------------------ issuers and the article's province

@pytest.mark.parametrize("text,number,issuer", [
    # a party committee stated after the reference stays as written
    ("Tỉnh Hà Giang đẩy mạnh cải cách. Tỉnh Hà Giang thực hiện Chỉ thị số 15-CT/TU ngày 3/5/2022 "
     "của Ban Thường vụ Tỉnh ủy về chuyển đổi số.", "15-CT/TU", "Ban Thường vụ Tỉnh ủy"),
    ("Tỉnh Phú Yên đẩy mạnh cải cách. Tỉnh Phú Yên thực hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy về chuyển đổi số.",
     "08-NQ/TU", "Tỉnh ủy"),
    ("TP Cần Thơ đẩy mạnh cải cách. Cần Thơ thực hiện Kết luận số 21-KL/TU của Ban Thường vụ Thành ủy về cải cách.",
     "21-KL/TU", "Ban Thường vụ Thành ủy"),
    # a party committee read from the code is named as the code gives it
    ("Tỉnh Hà Giang đẩy mạnh cải cách. Căn cứ Chỉ thị số 15-CT/TU, tỉnh Hà Giang triển khai.", "15-CT/TU", "Tỉnh ủy"),
    # a stated committee with its province keeps it
    ("Tỉnh Hà Giang đẩy mạnh cải cách. Tỉnh ủy Hà Giang ban hành Chỉ thị số 15-CT/TU về chuyển đổi số.",
     "15-CT/TU", "Tỉnh ủy Hà Giang"),
    # a secretary's name after the committee is the signer's, not a place
    ("Tỉnh Hà Giang đẩy mạnh cải cách. Bí thư Tỉnh ủy Nguyễn Văn Sơn ký ban hành Chỉ thị số 15-CT/TU về chuyển đổi số.",
     "15-CT/TU", "Tỉnh ủy"),
    ("Tỉnh Hà Giang đẩy mạnh. Thực hiện Chỉ thị số 15-CT/TU của Tỉnh ủy Hà Giang, các sở đã làm.",
     "15-CT/TU", "Tỉnh ủy Hà Giang"),
    # a people's committee read from the code is named with the article's province
    ("Tỉnh Hà Giang đẩy mạnh cải cách. Tỉnh Hà Giang thực hiện Kế hoạch số 45/KH-UBND về chuyển đổi số.",
     "45/KH-UBND", "Ủy ban nhân dân tỉnh Hà Giang"),
])
def test_party_committees_as_issuers_keep_their_written_name(text, number, issuer):
    got = issuers(text)
    assert (number, issuer) in got, got


# ------------------------------------------------------------------ names across a hard line wrap

@pytest.mark.parametrize("text,name", [
    ("Hôm qua, đại diện Bộ Khoa học và\nCông nghệ đã phát biểu tại hội nghị.", "Bộ Khoa học và Công nghệ"),
    ("Đại diện Sở Nội vụ\ntỉnh Hà Giang phát biểu.", "Sở Nội vụ tỉnh Hà Giang"),
    ("Đại diện Sở Thông tin\nvà Truyền thông phát biểu.", "Sở Thông tin và Truyền thông"),
    ("Đại diện UBND tỉnh\nHà Giang phát biểu.", "Ủy ban nhân dân tỉnh Hà Giang"),
    ("Trụ sở Bộ Nông nghiệp và Phát triển\nnông thôn đã được xây mới.", "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_organisation_names_across_a_line_wrap(text, name):
    a = run(text)
    orgs = a.of_type("organization")
    assert name in [o.name for o in orgs], [(o.text, o.name) for o in orgs]
    for f in a.facts:
        sent = a.sentences[f.sentence]
        assert sent.start <= f.start and f.end <= sent.end  # a fact stays inside its sentence


@pytest.mark.parametrize("text,name", [
    # a line ending after a complete name: the next paragraph is not part of it
    ("Báo cáo của Bộ Nội vụ\nÔng Minh cho biết tình hình.", "Bộ Nội vụ"),
    # a caption ending in "tỉnh" and a paragraph starting with a capital that is no province
    ("Người dân tại Trung tâm Phục vụ hành chính công tỉnh\nMột năm qua tỉnh đã làm tốt.",
     "Trung tâm Phục vụ hành chính công tỉnh"),
    ("Đại diện Bộ Tài nguyên và Môi trường\ncho biết kết quả.", "Bộ Tài nguyên và Môi trường"),
])
def test_a_line_break_after_a_whole_name_ends_it(text, name):
    names_ = [o.name for o in run(text).of_type("organization")]
    assert name in names_, names_


def test_a_title_across_a_wrap_before_a_lower_case_word():
    got = officials("Ông Lê Văn Minh, Giám đốc Sở Nông nghiệp và Phát triển\nnông thôn tỉnh Hà Giang cho biết.")
    assert ("Lê Văn Minh", ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang"]) in got, got
    got = officials("Ông Lê Văn Minh, Giám đốc Sở Nội vụ\ncho biết kết quả.")
    assert ("Lê Văn Minh", ["Giám đốc Sở Nội vụ"]) in got, got


# ------------------------------------------------------------------ where an organisation name ends

@pytest.mark.parametrize("text,name", [
    # a whole name of a body, then a verb or a time word
    ("Năm nay Chính phủ giao Sở Nội vụ chủ trì việc rà soát.", "Chính phủ"),
    ("Sáng nay Bộ Tài chính công bố dự thảo mới.", "Bộ Tài chính"),
    ("Hôm qua Quốc hội thảo luận dự án luật.", "Quốc hội"),
    ("Theo đó, Kho bạc Nhà nước chuyển tiền cho các đơn vị.", "Kho bạc Nhà nước"),
    ("Tháng trước, Tổng cục Thuế quyết liệt thu hồi nợ đọng.", "Tổng cục Thuế"),
    ("Trong đợt này, Ngân hàng Nhà nước siết chặt tín dụng.", "Ngân hàng Nhà nước"),
    ("Năm 2023, Bộ Giáo dục và Đào tạo sửa quy chế thi.", "Bộ Giáo dục và Đào tạo"),
    # a name closed by its acronym in parentheses, or ending in an acronym
    ("Công ty Cổ phần Sữa Việt Nam (Vinamilk) tăng giá bán.", "Công ty Cổ phần Sữa Việt Nam"),
    ("Ban điều hành FPT quyết định mở rộng thị trường.", "Ban điều hành FPT"),
])
def test_a_whole_name_ends_before_a_lower_case_word(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


@pytest.mark.parametrize("text,name", [
    # a term, a level or a place after a whole name goes on
    ("Kỳ họp thứ 8, Quốc hội khóa XV đã thông qua luật.", "Quốc hội khóa XV"),
    ("Đại diện Kho bạc Nhà nước tỉnh Hà Giang cho biết.", "Kho bạc Nhà nước tỉnh Hà Giang"),
    ("Tại Trung tâm Phục vụ hành chính công tỉnh Hà Giang, người dân đến nộp hồ sơ.",
     "Trung tâm Phục vụ hành chính công tỉnh Hà Giang"),
    # a name not in the list keeps its lower-case words
    ("Hôm qua Ban Chỉ đạo cải cách hành chính đã họp.", "Ban Chỉ đạo cải cách hành chính"),
])
def test_what_may_follow_a_whole_name(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


def test_a_type_of_body_after_a_whole_name_is_still_no_organisation():
    got = [o.name for o in run("Mô hình Trung tâm Phục vụ hành chính công cấp tỉnh được nhân rộng.").of_type("organization")]
    assert got == [], got


@pytest.mark.parametrize("text,name", [
    # fields joined by a comma or a dash, the name closed by its acronym
    ("Theo Trung tâm Nghiên cứu Kinh tế, Chính sách Công (VEPR), tăng trưởng chậm lại.",
     "Trung tâm Nghiên cứu Kinh tế, Chính sách Công"),
    ("Khảo sát của Trung tâm Nghiên cứu Phát triển – Hỗ trợ Cộng đồng (CECODES) cho thấy.",
     "Trung tâm Nghiên cứu Phát triển – Hỗ trợ Cộng đồng"),
])
def test_fields_joined_by_a_comma_before_an_acronym(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


def test_a_comma_before_another_body_separates_two_bodies():
    got = [o.name for o in run("Đại diện Sở Nội vụ, Sở Tài chính (STC) đã họp.").of_type("organization")]
    assert "Sở Nội vụ" in got and "Sở Tài chính" in got, got


@pytest.mark.parametrize("text,name,titles", [
    # "và" between fields counted after the organisation head, not the words of the head
    ("Ông Trần Văn Bình, Giám đốc Công ty cổ phần Đầu tư và Kinh doanh vàng Việt Nam cho biết.",
     "Trần Văn Bình", ["Giám đốc Công ty cổ phần Đầu tư và Kinh doanh vàng Việt Nam"]),
    ("Bà Lê Thị Hoa, Phó Giám đốc Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng cho biết.",
     "Lê Thị Hoa", ["Phó Giám đốc Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng"]),
])
def test_a_title_goes_on_through_va_after_a_long_head(text, name, titles):
    got = officials(text)
    assert (name, titles) in got, got


@pytest.mark.parametrize("text,name", [
    # a place in the name of a company, hospital or newspaper is part of the name as written
    ("Công ty Cao su Đồng Nai tăng vốn điều lệ.", "Công ty Cao su Đồng Nai"),
    ("Bệnh viện Vũng Tàu tiếp nhận bệnh nhân.", "Bệnh viện Vũng Tàu"),
    ("Đoàn thanh niên Công ty Điện lực Hưng Yên trao quà.", "Đoàn Thanh niên Công ty Điện lực Hưng Yên"),
    # a state body's place is kept as written (GUIDE §11 "name: as written")
    ("Sở Nội vụ Thái Nguyên tổ chức hội nghị.", "Sở Nội vụ Thái Nguyên"),
    # a city's word written before the place is kept, not doubled
    ("Công an TP Lào Cai bắt giữ nghi phạm.", "Công an thành phố Lào Cai"),
])
def test_places_inside_names(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


def test_a_province_going_on_with_a_capitalised_word_is_another_place():
    got = [o.name for o in run("Hôm qua, Cục Hải quan Hà Nam Ninh đã họp.").of_type("organization")]
    assert "Cục Hải quan Hà Nam Ninh" in got, got


def test_a_board_word_inside_a_country_is_no_organisation():
    got = [o.name for o in run("Đội tuyển Tây Ban Nha thắng trận. Sau đó Ban Chỉ đạo họp.").of_type("organization")]
    assert got == ["Ban Chỉ đạo"], got


def test_the_full_state_name_after_a_whole_name():
    got = [o.name for o in run("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua luật.").of_type("organization")]
    assert got == ["Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"], got


@pytest.mark.parametrize("text,name", [
    # a body named back by its head, then a verb or an adverb
    ("Năm nay, Trung tâm Phục vụ hành chính công tỉnh Hà Giang bắt đầu tiếp nhận hồ sơ.",
     "Trung tâm Phục vụ hành chính công tỉnh Hà Giang"),
    ("Ban Giám đốc Học viện Tài chính cam kết đổi mới.", "Ban Giám đốc Học viện Tài chính"),
])
def test_a_verb_after_a_body_ends_it(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


@pytest.mark.parametrize("text", [
    # a level of bodies (one body named by its level only is the article's: test_organizations_classes.py)
    "Trong năm, UBND xã, phường phân công cụ thể đối với cán bộ, công chức.",
    "Năm nay HĐND huyện, thị xã xem xét điều chỉnh kế hoạch.",
])
def test_an_administrative_word_without_its_place_is_no_body(text):
    got = [o.name for o in run(text).of_type("organization")]
    assert got == [], got


@pytest.mark.parametrize("text,name,titles", [
    # a portfolio in lower-case words, longer than a body's usual run, through "và" + lower case
    ("Ông Trần Văn Bình, Phó Giám đốc phụ trách lĩnh vực cải cách hành chính của Sở Nội vụ, cho biết.",
     "Trần Văn Bình", ["Phó Giám đốc phụ trách lĩnh vực cải cách hành chính của Sở Nội vụ"]),
    ("Bà Lê Thị Hoa, Phó Giám đốc phụ trách kế hoạch và tài chính của Sở Y tế, cho biết.",
     "Lê Thị Hoa", ["Phó Giám đốc phụ trách kế hoạch và tài chính của Sở Y tế"]),
    # a verb still ends it
    ("Ông Trần Văn Bình, Phó Giám đốc phụ trách cho biết sẽ làm tốt.", "Trần Văn Bình", ["Phó Giám đốc phụ trách"]),
])
def test_a_portfolio_in_lower_case_words(text, name, titles):
    got = officials(text)
    assert (name, titles) in got, got


def test_a_lower_case_party_committee_after_an_administrative_word():
    got = officials("Đồng chí Trần Minh Hòa, Ủy viên Ban chấp hành Đảng bộ tỉnh, Bí thư huyện ủy phát biểu.")
    assert ("Trần Minh Hòa", ["Ủy viên Ban chấp hành Đảng bộ tỉnh", "Bí thư huyện ủy"]) in got, got


# ------------------------------------------------------------------ departments named by their fields

@pytest.mark.parametrize("text,expected", [
    ("Đạt trên 90% gồm các sở: Nội vụ; Khoa học và Công nghệ; Xây dựng; Công an tỉnh.",
     ["Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Xây dựng"]),
    ("Số hồ sơ nhiều nhất thuộc các sở: GTVT, Tư pháp, Y tế.", ["Sở Giao thông vận tải", "Sở Tư pháp", "Sở Y tế"]),
    ("Kế đó là Sở KH&ĐT, TN&MT (mỗi sở 3 quầy).", ["Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"]),
    ("Kế đó là Sở GTVT, Tài chính (mỗi sở 2 quầy).", ["Sở Giao thông vận tải", "Sở Tài chính"]),
])
def test_departments_named_by_their_fields(text, expected):
    a = run(text)
    got = [o.name for o in a.of_type("organization")]
    for name in expected:
        assert name in got, got


@pytest.mark.parametrize("text,unexpected", [
    ("Theo báo cáo của Sở Nội vụ, Tuy nhiên vẫn còn hạn chế.", "Sở Tuy nhiên vẫn còn hạn chế"),
    ("Đại diện Sở Nội vụ, TX Phổ Yên cho biết.", "Sở thị xã Phổ Yên"),
    ("Đại diện Sở Tài chính, Hà Giang cho biết.", "Sở Hà Giang"),
])
def test_what_is_no_field_after_a_department(text, unexpected):
    got = [o.name for o in run(text).of_type("organization")]
    assert unexpected not in got and not any(n.startswith("Sở T") and "Tuy" in n for n in got), got


@pytest.mark.parametrize("text,name", [
    ("Báo Lai Châu Theo kết quả công bố, tỉnh xếp thứ 5.", "Báo Lai Châu"),
    ("Nghị định 12/2024/NĐ-CP của Chính phủ Về việc sửa đổi quy định.", "Chính phủ"),
])
def test_a_capitalised_preposition_ends_a_name(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


def test_a_capitalised_clause_word_inside_a_body_stays():
    got = officials("Ông Nguyễn Văn Bình, Phó Trưởng ban Ban Chỉ đạo cải cách hành chính của Chính phủ, phát biểu.")
    assert ("Nguyễn Văn Bình", ["Phó Trưởng ban Ban Chỉ đạo cải cách hành chính của Chính phủ"]) in got, got


@pytest.mark.parametrize("text,name", [
    ("Hôm qua Ban Chỉ đạo quốc gia về chuyển đổi số đã họp.", "Ban Chỉ đạo quốc gia về chuyển đổi số"),
    ("Số liệu của Trung tâm dữ liệu quốc gia về dân cư cho thấy hồ sơ tăng.", "Trung tâm dữ liệu quốc gia về dân cư"),
])
def test_a_national_body_about_a_topic(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


def test_a_province_name_broken_by_a_line_wrap():
    got = [o.name for o in run("Đại diện Ủy ban nhân dân tỉnh Bình\nThuận phát biểu.").of_type("organization")]
    assert "Ủy ban nhân dân tỉnh Bình Thuận" in got, got


@pytest.mark.parametrize("text,name", [
    ("Hoạt động của Ủy ban Quốc gia về chuyển đổi số và Đề án 06 được tổng kết.", "Ủy ban Quốc gia về chuyển đổi số"),
    ("Hôm qua, Ủy ban Quốc gia về người cao tuổi đã họp.", "Ủy ban Quốc gia về người cao tuổi"),
])
def test_a_national_committee_about_a_topic(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


@pytest.mark.parametrize("text,name", [
    ("Hôm qua, Viện Hàn lâm khoa học và công nghệ Việt Nam tổ chức hội thảo.", "Viện Hàn lâm khoa học và công nghệ Việt Nam"),
    ("Hôm qua, Liên hiệp các Hội khoa học và kỹ thuật Việt Nam tổ chức hội thảo.",
     "Liên hiệp các Hội khoa học và kỹ thuật Việt Nam"),
    ("Hôm qua, Liên hiệp các Hội Khoa học – Kỹ thuật Việt Nam tổ chức hội thảo.",
     "Liên hiệp các Hội Khoa học – Kỹ thuật Việt Nam"),
])
def test_a_national_name_through_va_or_a_dash(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


@pytest.mark.parametrize("text,name", [
    ("Hôm qua, Sở Nội vụ và nhiều cơ quan Việt Nam đã họp.", "Sở Nội vụ"),
    ("Hôm qua, Bộ Tài chính và ngân hàng Việt Nam đã họp.", "Bộ Tài chính"),
    ("Hôm qua, Bộ Nội vụ - Cơ quan thường trực Việt Nam đã họp.", "Bộ Nội vụ"),
])
def test_no_national_name_after_a_plural_or_a_whole_name(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got


def test_a_topic_running_into_a_clause_leaves_the_name():
    got = [o.name for o in run("Ban Chỉ đạo quốc gia về phòng chống thiên tai chiều nay có công văn hỏa tốc.").of_type("organization")]
    assert got == ["Ban Chỉ đạo quốc gia"], got


@pytest.mark.parametrize("text,name", [
    ("Đại diện Trường Tiểu học Lê Lợi đón học sinh từ sáng sớm.", "Trường Tiểu học Lê Lợi"),
    ("Bà Lê Thị Hoa, Phó Giám đốc Học viện Tài chính kể lại.", "Học viện Tài chính"),
])
def test_a_verb_of_telling_or_welcoming_ends_a_name(text, name):
    got = [o.name for o in run(text).of_type("organization")]
    assert name in got, got
