"""Precision on off-genre text (sport, celebrities, banking, lottery pages): made-up sentences for each
class of false fact met there, with the true facts of the same shape each rule must keep.

Quantities: a number that ends the name of a league, a film, a table or a plant before a verb or an
adverb ('Ligue 1 rạng sáng', 'Bảng 2 nhận thấy', 'Nhơn Trạch 3 và 4 triển khai'); a model's code
after a capital and a hyphen ('F-16'); a road junction ('ngã 3'); a spelled-out ordinal ('lần thứ
hai tỉnh …'). Officials: an ocean or a territory is no person ('châu Á - Thái Bình Dương').
Organizations: the verb of the clause after a body ends its name ('Quỹ … thành lập năm 1957',
'Công an tỉnh … bắt giữ'), and so does an address line glued to a company's name; a name is not
cut inside an open parenthesis; a press head with only a country after it ('Báo Mỹ') is no body;
'Đài Loan' is a place."""
import pytest

from conftest import facts_of


def qty(text):
    return [(f.text, f.value, f.unit) for f in facts_of(text, "quantity")]


def org_names(text):
    return [f.name for f in facts_of(text, "organization")]


def people(text):
    return [f.name for f in facts_of(text, "official")]


# ---- quantities: a number ending a name -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Đội khách thua ngược ở vòng 12 Ligue 1 rạng sáng qua.",
    "Sự ra đi của tiền đạo khiến cuộc đua Ligue 1 trở nên khó lường.",
    "Tay vợt người Serbia đã vô địch mỗi giải Masters 1000 ít nhất hai lần.",
    "Bộ phim Mộng Hoa 2 liên tục đứng đầu bảng xếp hạng lượt xem.",
    "Tập cuối của mùa 3 kết thúc bằng một cảnh bất ngờ.",
    "Dựa vào Bảng 4 nhận thấy dư nợ cho vay tăng đều qua các năm.",
    "Phim lên sóng lúc 20 giờ thứ 2, 3, 4 hàng tuần trên kênh VTV1.",
    "Dự án nhiệt điện Ô Môn 3 và 4 triển khai chậm so với kế hoạch.",
    "Bảo tàng trưng bày máy bay MiG 21 số hiệu 5121 ngoài sân.",
])
def test_a_number_ending_a_name_before_a_verb_is_no_count(text):
    assert qty(text) == []


@pytest.mark.parametrize("text", [
    "Không quân nước này được trang bị thêm tiêm kích F-16 từ năm sau.",
    "Máy bay Su-30 bay trình diễn trên bầu trời thủ đô.",
])
def test_a_model_code_after_a_capital_and_a_hyphen_is_no_count(text):
    assert qty(text) == []


def test_a_road_junction_is_no_count():
    assert qty("Xe tải gặp nạn tại ngã 4 giao cắt quốc lộ 1A.") == []


@pytest.mark.parametrize("text, expected", [
    # counter-examples: counts of the same shape stay
    ("Đội bóng đã thắng 3 trận liên tục trên sân nhà.", [("3", 3.0, "trận")]),
    ("Tỉnh có 12 dự án triển khai đúng tiến độ.", [("12", 12.0, "dự án")]),
    ("Huyện xây thêm 4 ngã ba có đèn tín hiệu.", [("4", 4.0, "ngã ba")]),
    ("Đội chủ nhà đã ghi 2 bàn thắng trong hiệp một.", [("2", 2.0, "bàn thắng")]),
])
def test_counts_of_the_same_shape_stay(text, expected):
    got = qty(text)
    assert [(t, v) for t, v, _ in got] == [(t, v) for t, v, _ in expected]
    assert all(u.startswith(e[2]) for (_, _, u), e in zip(got, expected))


# ---- quantities: spelled-out ordinals -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Đây là lần thứ hai tỉnh dẫn đầu cả nước về chỉ số này.",
    "Tại Hội nghị lần thứ tám Ban Chấp hành Trung ương, các đại biểu thảo luận.",
    "Đội tuyển của trường giành hạng ba tỉnh trong hội thi.",
])
def test_a_spelled_ordinal_is_no_count(text):
    assert qty(text) == []


def test_a_spelled_count_stays():
    # counter-example: the same words counting a noun, with no ordinal before them
    assert [(t, v) for t, v, _ in qty("Năm nay có thêm hai tỉnh đạt điểm tuyệt đối.")] == [("hai", 2.0)]
    assert [(t, v) for t, v, _ in qty("Tỉnh đã thành lập ba tổ công tác liên ngành.")] == [("ba", 3.0)]


# ---- officials: places that read like a name ------------------------------------------------------

def test_an_ocean_after_a_region_is_no_person():
    text = ("Ông Mark Lee, CEO của Deloitte châu Á - Thái Bình Dương, nhận định các công ty "
            "trong khu vực châu Á - Thái Bình Dương cần chuẩn bị kỹ.")
    assert "Thái Bình Dương" not in people(text)
    assert "Mark Lee" in people(text)


def test_a_person_named_with_a_title_stays():
    # counter-example: a Vietnamese name with the same words in another order is a person
    assert people("Phó Chủ tịch UBND tỉnh Dương Văn Bình phát biểu tại hội nghị.") == ["Dương Văn Bình"]


# ---- organizations: the clause after a body -------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Quỹ Hỗ trợ Nông dân Việt Nam thành lập năm 1995 để giúp hộ nghèo.", "Quỹ Hỗ trợ Nông dân Việt Nam"),
    ("Nghi phạm bị Công an tỉnh Long An bắt giữ tại huyện Đức Hòa.", "Công an tỉnh Long An"),
    ("Công ty Cổ phần Xây dựng Hòa Bình liên danh với hai nhà thầu khác.", "Công ty Cổ phần Xây dựng Hòa Bình"),
    ("Báo Thanh Niên sẵn sàng hỗ trợ bạn đọc tra cứu điểm thi.", "Báo Thanh Niên"),
    ("Câu lạc bộ Hải Phòng ngược dòng thắng ở phút bù giờ.", "Câu lạc bộ Hải Phòng"),
    ("Báo Nhân Dân đăng tải toàn văn bài phát biểu.", "Báo Nhân Dân"),
    ("Công ty Xổ số kiến thiết tỉnh Bến Tre Địa chỉ: số 7 đường Đồng Khởi.",
     "Công ty Xổ số kiến thiết tỉnh Bến Tre"),
])
def test_the_verb_after_a_body_ends_its_name(text, name):
    assert org_names(text) == [name]


def test_a_name_is_not_cut_inside_an_open_parenthesis():
    text = "Chủ tịch UBND thị xã Kinh Môn (dự kiến thành lập năm 2026) chịu trách nhiệm chỉ đạo."
    got = [(f.text, f.name) for f in facts_of(text, "organization")]
    assert got == [("UBND thị xã Kinh Môn", "Ủy ban nhân dân thị xã Kinh Môn")]


def test_a_body_whose_name_holds_the_same_words_keeps_them():
    # counter-examples: the words inside a fixed name or a working group's purpose stay
    assert org_names("Ban Chỉ đạo thực hiện Nghị quyết 18 họp phiên thường kỳ.") == \
        ["Ban Chỉ đạo thực hiện Nghị quyết 18"]
    assert org_names("Sở Văn hóa, Thể thao và Du lịch tổ chức hội thi.") == ["Sở Văn hóa, Thể thao và Du lịch"]


# ---- organizations: no body -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Báo Mỹ giải mã lý do ứng viên rút lui.",
    "Truyền hình Hàn Quốc đưa tin về đám cưới của cặp đôi.",
    "Nữ ca sĩ công khai hẹn hò với bạn trai người Đài Loan.",
])
def test_a_country_press_or_a_territory_is_no_body(text):
    assert org_names(text) == []


def test_a_named_paper_or_broadcaster_stays():
    # counter-examples: the press head with a name
    assert org_names("Theo Báo Tuổi Trẻ, buổi lễ diễn ra trang trọng.") == ["Báo Tuổi Trẻ"]
    assert org_names("Đài Truyền hình Việt Nam tường thuật trực tiếp buổi lễ.") == ["Đài Truyền hình Việt Nam"]


# ---- offsets --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chủ tịch UBND thị xã Kinh Môn (dự kiến thành lập năm 2026) chịu trách nhiệm chỉ đạo.",
    "Công ty Xổ số kiến thiết tỉnh Bến Tre Địa chỉ: số 7 đường Đồng Khởi.",
    "Ông Mark Lee, CEO của Deloitte châu Á - Thái Bình Dương, nhận định.",
])
def test_offsets_hold(text):
    import cchc_extract as cx
    art = cx.extract(text)
    assert all(art.text[f.start:f.end] == f.text for f in art.facts)


# ---- organizations: rooms -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cây thông Noel lớn nhất được đặt tại Phòng Xanh Lam của Nhà Trắng.",
    "Tổng thống tiếp đoàn khách tại Phòng Bầu dục chiều qua.",
    "Buổi hòa nhạc diễn ra ở Phòng Đông (East Room) của dinh thự.",
])
def test_a_room_of_a_building_is_no_body(text):
    assert org_names(text) == []


def test_a_department_with_the_same_head_stays():
    # counter-example: a department names its field
    assert org_names("Phòng Nội vụ thành phố tham mưu công tác cải cách hành chính.") == ["Phòng Nội vụ thành phố"]


def test_a_verb_after_a_title_ends_the_title_and_its_body():
    text = "Đồng chí Trần Văn Nam, Ủy viên Bộ Chính trị, Trưởng ban Lễ tang đọc điếu văn tại lễ truy điệu."
    (off,) = facts_of(text, "official")
    assert off.titles == ["Ủy viên Bộ Chính trị", "Trưởng ban Lễ tang"]
    assert "Ban Lễ tang" in org_names(text)


@pytest.mark.parametrize("text", [
    "Phiên bản Android 14.1 hỗ trợ thêm tiếng Việt.",
    "Hệ điều hành iOS 18.2 cập nhật nhiều tính năng mới.",
])
def test_a_version_before_its_verb_is_no_count(text):
    assert qty(text) == []


def test_a_count_before_the_same_verb_stays():
    # counter-example: the verb follows a counted noun
    assert [(t, v) for t, v, _ in qty("Tỉnh bố trí 20 cán bộ hỗ trợ người dân làm thủ tục.")] == [("20", 20.0)]


def test_a_person_named_like_the_ocean_stays():
    # counter-example: without the region before it, the same three syllables are a person's name
    assert people("Ông Thái Bình Dương, Giám đốc Sở Nội vụ, phát biểu tại hội nghị.") == ["Thái Bình Dương"]
