"""Officials in shapes of text first met on pages the rules were not written on: one test per
class, each on sentences made up in that shape, with counter-examples (none is copied from an
article)."""
from __future__ import annotations

import pytest

from conftest import officials_in_body

BODY = ("Tin tức trong ngày\n\n"
        "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n")


def officials(text: str):
    return officials_in_body(text, BODY)


def titles_of(text: str, name: str):
    found = [ti for n, ti in officials(text) if n == name]
    assert found, (name, officials(text))
    return found[0]


# ------------------------------------------------------------------ a position stated through a verb

@pytest.mark.parametrize("text, name, title", [
    ("Ông Nguyễn Văn Khải được bầu giữ chức Chủ tịch UBND huyện Đông Sơn.",
     "Nguyễn Văn Khải", "Chủ tịch Ủy ban nhân dân huyện Đông Sơn"),
    ("Kết quả, ông Trần Văn Lực - Phó Bí thư Huyện ủy được bầu giữ chức vụ Chủ tịch UBND huyện Tân Phú.",
     "Trần Văn Lực", "Chủ tịch Ủy ban nhân dân huyện Tân Phú"),
    ("Bà Trần Thị Lụa được bổ nhiệm làm Phó Chánh Văn phòng UBND tỉnh.",
     "Trần Thị Lụa", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh"),
    ("Ông Lê Minh Đức được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Xây dựng.",
     "Lê Minh Đức", "Phó Giám đốc Sở Xây dựng"),
    ("Ông Phạm Tấn Hòa đã được điều động sang giữ chức Phó Viện trưởng Viện Nghiên cứu phát triển tỉnh.",
     "Phạm Tấn Hòa", "Phó Viện trưởng Viện Nghiên cứu phát triển tỉnh"),
    ("Ông Lương Văn Cường được bầu giữ chức Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam nhiệm kỳ 2021-2026.",
     "Lương Văn Cường", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Trao quyết định điều động ông Hà Văn Phúc, Giám đốc Sở Xây dựng làm Phó Bí thư Thành ủy.",
     "Hà Văn Phúc", "Phó Bí thư Thành ủy"),
    # the position written before "đối với" and the person
    ("HĐND huyện miễn nhiệm chức danh Chủ tịch UBND huyện đối với ông Hoàng Văn Tám do nghỉ hưu.",
     "Hoàng Văn Tám", "Chủ tịch Ủy ban nhân dân huyện"),
    ("Ban Bí thư chuẩn y chức danh Phó Bí thư Tỉnh ủy đối với đồng chí Lê Văn Hòa.",
     "Lê Văn Hòa", "Phó Bí thư Tỉnh ủy"),
])
def test_position_stated_through_a_verb(text, name, title):
    assert title in titles_of(text, name)


@pytest.mark.parametrize("text", [
    "Ông Lê Văn Nam làm việc với Sở Nội vụ.",
    "Ông Lê Văn Nam giữ chức trách nhiệm chung.",
    "Ông Lê Văn Nam được bầu với số phiếu cao.",
    "Bà Nguyễn Thị Hoa đối với công tác cải cách hành chính rất tâm huyết.",
    "Chính sách đối với ông Trần Văn Bảy, thương binh hạng 2, được giải quyết.",
])
def test_no_position_without_a_title_after_the_verb(text):
    assert officials(text) == []


# ------------------------------------------------------------------ names and address words

@pytest.mark.parametrize("text, expected", [
    ("Về tham dự có Ông Võ Văn Hòa - Phó Chủ tịch UBND tỉnh và Bà Lê Thị Hạnh - Giám đốc Sở Tư pháp.",
     [("Võ Văn Hòa", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]), ("Lê Thị Hạnh", ["Giám đốc Sở Tư pháp"])]),
    ("Tham dự có Ông Võ Văn Hòa, Phó Chủ tịch UBND tỉnh, Ông Trần Văn Nam, Giám đốc Sở Nội vụ.",
     [("Võ Văn Hòa", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]), ("Trần Văn Nam", ["Giám đốc Sở Nội vụ"])]),
    # a one-word organisation head ending a name
    ("Điều động ông Trần Thanh Trường, Phó giám đốc Sở Xây dựng đến nhận công tác tại Sở Tư pháp.",
     [("Trần Thanh Trường", ["Phó giám đốc Sở Xây dựng"])]),
    ("Ông Nguyễn Văn Trường, Giám đốc Sở Y tế nói.", [("Nguyễn Văn Trường", ["Giám đốc Sở Y tế"])]),
    ("Hiệu trưởng Lê Văn Viện cho biết nhà trường đã chuẩn bị.", [("Lê Văn Viện", ["Hiệu trưởng"])]),
    # surnames of few people
    ("Tham dự có Phó Chủ tịch Quốc hội Uông Chu Lưu.", [("Uông Chu Lưu", ["Phó Chủ tịch Quốc hội"])]),
    ("Chiều ngày 4/7, đồng chí Lô Văn Thao, Phó Bí thư Huyện ủy dự lễ.",
     [("Lô Văn Thao", ["Phó Bí thư Huyện ủy"])]),
])
def test_names_with_capitalised_address_words_and_rare_syllables(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Sinh viên Trường Đại học Luật tham dự.",
    "Đoàn công tác làm việc tại Trường Nguyễn Văn Trỗi.",
    "Lãnh đạo UBND huyện Văn Bàn Trường đã dự.",
    "Ông Ích Khiêm là danh tướng.",
])
def test_no_person_in_a_school_or_a_place(text):
    assert officials(text) == []


# ------------------------------------------------------------------ abbreviated titles

@pytest.mark.parametrize("text, name, titles", [
    ("Tại phiên thảo luận, ĐBQH Dương Trung Hiếu đề nghị tăng thời gian chất vấn.",
     "Dương Trung Hiếu", ["Đại biểu Quốc hội"]),
    ("Ông Trần Văn Hải ĐBQH khóa XV phát biểu.", "Trần Văn Hải", ["Đại biểu Quốc hội khóa XV"]),
    ("Đ/c Võ Văn Hòa - UVTV - PCT UBND tỉnh tặng hoa chúc mừng.",
     "Võ Văn Hòa", ["Ủy viên Ban Thường vụ", "Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ("Đồng chí Nguyễn Công Hải UVBTV – PCT UBND huyện trao huy hiệu Đảng.",
     "Nguyễn Công Hải", ["Ủy viên Ban Thường vụ", "Phó Chủ tịch Ủy ban nhân dân huyện"]),
    ("Ông Nguyễn Văn An, Giám đốc Sở VH-TT-DL dự họp.", "Nguyễn Văn An",
     ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]),
    ("Ông Lê Văn Bình, Phó Giám đốc Sở LĐ-TB-XH dự họp.", "Lê Văn Bình",
     ["Phó Giám đốc Sở Lao động - Thương binh và Xã hội"]),
])
def test_abbreviated_titles(text, name, titles):
    assert titles_of(text, name) == titles


@pytest.mark.parametrize("text", [
    "Các ĐBQH đã thảo luận sôi nổi.",
    "Đoàn ĐBQH tỉnh tiếp xúc cử tri.",
    "Ông Nguyễn Văn Nam UBND xã Tân Lập cho biết.",
])
def test_no_official_from_an_abbreviation_alone(text):
    assert officials(text) == []


# ------------------------------------------------------------------ a title shared by a list

def test_title_shared_by_a_list_after_a_colon():
    text = ("Tham dự có các Ủy viên Trung ương Đảng: Lê Hồng Sơn, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; "
            "Trần Hải Nam, Bộ trưởng Bộ Tư pháp; Vũ Đức Thanh, Bí thư Tỉnh ủy Ninh Thuận.")
    assert officials(text) == [
        ("Lê Hồng Sơn", ["Ủy viên Trung ương Đảng", "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"]),
        ("Trần Hải Nam", ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Tư pháp"]),
        ("Vũ Đức Thanh", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Ninh Thuận"]),
    ]


@pytest.mark.parametrize("text, expected", [
    # an address word before the colon is no title
    ("Dự có các đồng chí: Lê Văn Sơn, Phó Bí thư Tỉnh ủy; Trần Thị Hà, Giám đốc Sở Nội vụ.",
     [("Lê Văn Sơn", ["Phó Bí thư Tỉnh ủy"]), ("Trần Thị Hà", ["Giám đốc Sở Nội vụ"])]),
    # a lower-case group is no title
    ("Dự có các đại biểu: Lê Văn Sơn, Giám đốc Sở Nội vụ; Trần Thị Hà, nông dân xã Tân Lập.",
     [("Lê Văn Sơn", ["Giám đốc Sở Nội vụ"])]),
    ("Hội nghị có các khách mời: Lê Văn Sơn, Giám đốc Sở Nội vụ; Trần Thị Hà, Phó Giám đốc Sở Tư pháp.",
     [("Lê Văn Sơn", ["Giám đốc Sở Nội vụ"]), ("Trần Thị Hà", ["Phó Giám đốc Sở Tư pháp"])]),
])
def test_no_shared_title_from_a_plain_list(text, expected):
    assert officials(text) == expected


# ------------------------------------------------------------------ line breaks

def test_a_line_opening_with_a_title_starts_a_new_paragraph():
    text = ("Phân công nhiệm vụ của hai tân Phó Thủ tướng Chính phủ\n"
            "Phó Thủ tướng Trần Hồng Minh theo dõi lĩnh vực giáo dục.")
    assert officials(text) == [("Trần Hồng Minh", ["Phó Thủ tướng"])]


def test_a_chain_broken_after_a_comma_goes_on():
    text = "Dự có đồng chí Lê Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy,\nPhó Chủ tịch UBND tỉnh Thái Nguyên."
    assert officials(text) == [("Lê Văn Nam", ["Ủy viên Ban Thường vụ Tỉnh ủy",
                                               "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên"])]


# ------------------------------------------------------------------ titles in parentheses

@pytest.mark.parametrize("text, expected", [
    ("Ủy viên Ban Thường vụ gồm: Vũ Văn Diện (Phó Chủ tịch UBND tỉnh) và Vi Ngọc Bích (Bí thư Huyện ủy, "
     "Chủ tịch HĐND huyện Hải Hà).",
     [("Vũ Văn Diện", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
      ("Vi Ngọc Bích", ["Bí thư Huyện ủy", "Chủ tịch Hội đồng nhân dân huyện Hải Hà"])]),
    ("Ông Lê Văn Tám (Giám đốc Sở Y tế, Bí thư Đảng ủy Sở) phát biểu.",
     [("Lê Văn Tám", ["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"])]),
    # a citizen's age and a lower-case remark are no chain of titles
    ("Ông Lê Văn Tám (65 tuổi, Chủ tịch Hội Nông dân xã) chia sẻ.", []),
])
def test_several_titles_inside_parentheses(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, name, titles", [
    ("Đến dự có ông Nguyễn Văn Giám – PBT thường trực huyện ủy, ông Lê Văn Sáu – CT HĐND huyện.",
     "Lê Văn Sáu", ["Chủ tịch Hội đồng nhân dân huyện"]),
    ("Ông Võ Văn Hy – CT UBND huyện đã lắng nghe.", "Võ Văn Hy", ["Chủ tịch Ủy ban nhân dân huyện"]),
    ("Ngô Văn Hải, Trợ lý Bộ trưởng Bộ Ngoại giao, cùng dự.", "Ngô Văn Hải", ["Trợ lý Bộ trưởng Bộ Ngoại giao"]),
])
def test_chairman_abbreviated_and_assistants(text, name, titles):
    assert titles_of(text, name) == titles


@pytest.mark.parametrize("text", [
    "Theo Chỉ thị số 05/CT-TTg, người dân được hỗ trợ.",
    "Trợ lý ảo giúp người dân tra cứu thủ tục.",
    # a personal assistant is no position
    "Chị Nguyễn Thị Hoa, trợ lý cá nhân của ca sĩ, cho biết.",
    "Chỉ thị 15-CT/TU của Tỉnh ủy về cải cách hành chính.",
])
def test_no_official_from_a_code_or_a_virtual_assistant(text):
    assert officials(text) == []


@pytest.mark.parametrize("text, name, titles", [
    ("Tham dự có Chủ nhiệm UB Kinh tế Trương Thị Mai.", "Trương Thị Mai", ["Chủ nhiệm Ủy ban Kinh tế"]),
    ("Ông Nguyễn Văn Trượng được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy.",
     "Nguyễn Văn Trượng", ["Phó Ban Dân vận Tỉnh ủy"]),
    ("Bà Lê Thị Hoa, Phó Ban Tuyên giáo Tỉnh ủy, phát biểu.", "Lê Thị Hoa", ["Phó Ban Tuyên giáo Tỉnh ủy"]),
])
def test_committee_abbreviation_and_deputy_head_of_a_ban(text, name, titles):
    assert titles_of(text, name) == titles


@pytest.mark.parametrize("text", ["Các phó ban đã họp bàn.", "Trưởng, Phó Ban Quản lý dự án dự họp."])
def test_no_official_from_a_ban_without_a_name(text):
    assert officials(text) == []


# ------------------------------------------------------------------ a title, a comma, an address word

@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch UBND xã Tân Lập, ông Nguyễn Văn Bình báo cáo.",
     [("Nguyễn Văn Bình", ["Chủ tịch Ủy ban nhân dân xã Tân Lập"])]),
    ("Phát biểu tại hội nghị, Giám đốc Sở Nội vụ, bà Lê Thị Hoa cho biết.",
     [("Lê Thị Hoa", ["Giám đốc Sở Nội vụ"])]),
    # the title after a name is that person's
    ("Dự có ông Lê Văn An, Giám đốc Sở Tư pháp, ông Trần Văn Bình cùng dự.",
     [("Lê Văn An", ["Giám đốc Sở Tư pháp"])]),
    ("Dự có ông Lê Văn An, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Y tế, ông Trần Văn Bình cùng dự.",
     [("Lê Văn An", ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"])]),
    # a name the surname list does not know is no body
    ("Sau cuộc gặp Chủ tịch Tập Cận Bình, ông Viktor Orban cho biết.", []),
    ("Trao đổi với phóng viên, ông Lê Văn An cho biết.", []),
])
def test_title_before_a_comma_and_an_address_word(text, expected):
    assert officials(text) == expected


def test_department_with_a_short_dash_name_is_kept_whole():
    assert titles_of("Ông Lê Văn An, Giám đốc Sở Thông tin- TT tỉnh cho biết.", "Lê Văn An") == \
        ["Giám đốc Sở Thông tin- TT tỉnh"]


# ------------------------------------------------------------------ hard line wraps

@pytest.mark.parametrize("text, expected", [
    ("Dự hội nghị có ông Lê Văn An, Phó Chủ tịch Ủy ban nhân\ndân tỉnh Thái Nguyên.",
     [("Lê Văn An", ["Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên"])]),
    ("Bà Nguyễn Thị Hà,\nPhó Giám đốc Sở Tư pháp cho biết thủ tục đã được rút gọn.",
     [("Nguyễn Thị Hà", ["Phó Giám đốc Sở Tư pháp"])]),
    # a line ending in a comma with no person before it gives none
    ("Hội nghị có nhiều ý kiến,\nGiám đốc các sở đều đồng tình.", []),
    # the heads of many bodies after a name are a new subject
    ("Hội nghị có nhiều ý kiến của ông Lê Văn An, Giám đốc các sở đều đồng tình.", []),
])
def test_titles_broken_by_a_line(text, expected):
    assert officials(text) == expected
