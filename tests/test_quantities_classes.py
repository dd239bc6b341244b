"""Classes of false quantities found on unannotated pages (GUIDE §4 'quantity' and 'unit'), each with
made-up sentences in the shape of the class and counter-examples that must stay counts."""
from __future__ import annotations

import pytest

import cchc_extract as cx


def quantities(text: str) -> list[tuple[str, float, str]]:
    art = cx.extract(text)
    for f in art.facts:
        assert text[f.start:f.end] == f.text
    return [(f.text, f.value, f.unit) for f in art.facts if f.type == "quantity"]


# A number before a proper name: a team sheet, player ratings, a house number, a numbered list of names,
# a standings row, a label of a statistics table.
NAMES = [
    "Đội hình dự bị: 20 Ahmed 11 Bair 17 Buchanan 24 Choiniere.",
    "Điểm số cầu thủ: Livramento 7.6 Krafth 6.9 Burn 7.1 Kelly.",
    "Lễ rước xuất phát từ trụ sở 73 Quán Sứ rồi đi qua các phố.",
    "Khu đất 72 Lạch Tray được thành phố thu hồi.",
    "Danh sách: 1 An Giang, 2 Bà Rịa - Vũng Tàu, 3 Bắc Giang.",
    "Họ hơn đội xếp 18 Luton Town đến 16 điểm.",
    "Thống kê trận đấu: 6 Số lần dứt điểm 13, 2 Sút trúng đích 7.",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_number_before_a_name_is_no_count(text):
    assert [q for q in quantities(text) if q[2][:1].isupper()] == []


@pytest.mark.parametrize("text, unit", [
    ("Năm nay có 3 Sở thực hiện tốt nhiệm vụ.", "Sở"),
    ("Tỉnh thành lập 02 Chi cục trực thuộc.", "Chi cục"),
    ("Tỉnh đã cắt giảm 12 TTHC trong năm.", "TTHC"),
    ("HĐND tỉnh thông qua 15 Nghị quyết chuyên đề.", "Nghị quyết chuyên đề"),
    ("Huyện có 4 Trường đạt chuẩn quốc gia.", "Trường"),
    ("Động cơ cho mô-men xoắn cực đại 210 Nm.", "Nm"),
])
def test_a_counted_noun_with_a_capital_or_an_abbreviation_stays_a_count(text, unit):
    assert unit in [q[2] for q in quantities(text)]


def test_a_count_after_a_name_is_still_a_count():
    # the place name comes before the number; the counted noun follows it
    assert ("16", 16.0, "người") in quantities("Thành phố Yên Bái 16 người, Lục Yên 10 người bị thương.")


# A counted noun ends before an adverb or a linking word that follows it.
@pytest.mark.parametrize("text, value, unit", [
    ("Đội khách chỉ thắng 1 trong 5 trận gần nhất.", 5.0, "trận"),
    ("Chỉ số chung mất 56,84 điểm tương ứng 4,42%.", 56.84, "điểm"),
    ("Có 4 cầu thủ từng được đào tạo tại tỉnh nhà.", 4.0, "cầu thủ"),
    ("Huyện đã khánh thành 9 công trình vừa qua.", 9.0, "công trình"),
    ("Hội trao 3 suất quà kèm theo tiền mặt.", 3.0, "suất quà"),
    ("Trung tâm đón thêm 6 đoàn khách nữa trong tháng.", 6.0, "đoàn khách"),
    ("Có 2 đội bóng vẫn chưa có điểm nào.", 2.0, "đội bóng"),
    ("Giá tăng ở cả 2 chiều mới đây.", 2.0, "chiều"),
])
def test_a_unit_ends_before_an_adverb(text, value, unit):
    assert (value, unit) in [q[1:] for q in quantities(text)]


@pytest.mark.parametrize("text, value, unit", [
    ("Tỉnh có 12 xã vùng gần biên giới.", 12.0, "xã vùng"),
    ("Huyện có 5 cơ sở khám bệnh mới.", 5.0, "cơ sở khám bệnh mới"),
    ("Sở tiếp nhận 1.650 hồ sơ trực tuyến.", 1650.0, "hồ sơ trực tuyến"),
])
def test_a_unit_without_an_ending_word_is_kept_whole(text, value, unit):
    assert (value, unit) in [q[1:] for q in quantities(text)]


@pytest.mark.parametrize("text, value, unit", [
    ("Đội sẽ hơn 8 điểm nếu thắng trận tới.", 8.0, "điểm"),
    ("Mưa lũ khiến 13.000 người phải sơ tán.", 13000.0, "người"),
    ("Ngân hàng huy động vốn của 350 nhà đầu tư thông qua trái phiếu.", 350.0, "nhà đầu tư"),
    ("Gió giật mạnh nhất 151 km/h lúc 7 giờ sáng.", 151.0, "km/h"),
])
def test_a_unit_ends_before_a_conjunction_or_a_verb_of_the_clause(text, value, unit):
    assert (value, unit) in [q[1:] for q in quantities(text)]


# A number after a grade, an alarm level, a military region or a calendar names it: no count.
@pytest.mark.parametrize("text", [
    "Học sinh khối 3 thi cắm hoa bằng vật liệu tái chế.",
    "Nước sông Thao lên trên báo động 2 khoảng trưa nay.",
    "Quân khu 7 huy động phương tiện hỗ trợ người dân.",
    "Giáo hội tổ chức đại lễ Phật lịch 2568 trang nghiêm.",
])
def test_a_number_after_a_level_label_is_no_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("Trường có 12 lớp thuộc 3 khối học.", 3.0, "khối học"),
    ("Tỉnh phát đi 4 báo động thiên tai trong tháng.", 4.0, "báo động thiên tai"),
    ("Trung tâm có 5 tổ công tác trực chiến.", 5.0, "tổ công tác trực chiến"),
])
def test_a_count_of_such_labels_stays_a_count(text, value, unit):
    assert (value, unit) in [q[1:] for q in quantities(text)]


# A number followed by an adjective or an adverb ends a name or a score, or means 'alone': no count.
@pytest.mark.parametrize("text", [
    "Võ sĩ này là một ngôi sao K-1 khác của khu vực.",
    "Đội nhà thua 0-2 ngay trên sân nhà.",
    "Chị không thể 1 mình nuôi hai con.",
    "Cầu thủ khống chế bước 1 gọn gàng rồi sút.",
])
def test_a_number_before_no_noun_is_no_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("Tỉnh có 5 đơn vị khác được khen thưởng.", 5.0, "đơn vị khác"),
    ("Đoàn có 5 diễn viên trẻ tham gia.", 5.0, "diễn viên trẻ"),
    ("Xã có 3 người mình quen.", 3.0, "người mình quen"),
])
def test_a_noun_before_such_a_word_is_still_counted(text, value, unit):
    assert (value, unit) in [q[1:] for q in quantities(text)]


@pytest.mark.parametrize("text, unit", [
    ("Việt Nam đã tham gia 16 Hiệp định thương mại tự do.", "Hiệp định"),
    ("Chính phủ ban hành 12 Nghị định hướng dẫn.", "Nghị định hướng dẫn"),
    ("Tỉnh triển khai 3 Đề án trọng điểm.", "Đề án trọng điểm"),
])
def test_a_count_of_documents_written_with_a_capital_stays_a_count(text, unit):
    assert any(q[2].startswith(unit) for q in quantities(text))
