"""Organisations (GUIDE §11), a third round of classes: a whole name or a party committee before
``và``; the place a party committee shares with the people's committee after it; a working group's
purpose; whole names of national bodies with lower-case words; units of an unnamed institution;
foreign parties; companies listed in parentheses; a congress's ordinal; things named after a body
(a cup, a law, a portal); ``BTV`` as an editor; a company head without a name; ``Trường`` + a
place or a person; a province's name with a dash inside a body's name. Sentences are made up in the
shape of each class, with counter-examples."""
from __future__ import annotations

import pytest

from conftest import extract_in_body

BODY = ("Tin tức trong ngày\n\n"
        "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n")


def orgs(text: str) -> list:
    art = extract_in_body(text, BODY)
    for f in art.of_type("organization"):
        assert art.text[f.start:f.end] == f.text
    return art.of_type("organization")


def org_names(text: str) -> list[str]:
    return [f.name for f in orgs(text)]


# --------------------------------------------------------------------------- a whole name before "và"

@pytest.mark.parametrize("text, name", [
    ("Thực hiện Nghị quyết 214 của Chính phủ và Đề án 06, các trung tâm đã số hóa hồ sơ.", "Chính phủ"),
    ("Theo chỉ đạo của Quốc hội và Chính phủ, các bộ rà soát lại quy định.", "Quốc hội"),
    ("Bộ Công an và Bộ Quốc phòng đã ký quy chế phối hợp.", "Bộ Công an"),
    ("Sự lãnh đạo của Tỉnh ủy và sự điều hành của UBND tỉnh đã mang lại kết quả.", "Tỉnh ủy"),
])
def test_a_whole_name_before_va_is_a_body(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text", [
    "Sở và các ngành liên quan phối hợp thực hiện kế hoạch.",
    "Bộ và các địa phương đã thống nhất lộ trình.",
])
def test_a_bare_head_before_va_is_still_no_body(text):
    assert org_names(text) == []


def test_the_words_after_a_whole_name_and_va_are_not_its_name():
    names = org_names("Căn cứ Nghị định của Chính phủ và Thông tư hướng dẫn, tỉnh ban hành kế hoạch.")
    assert names == ["Chính phủ"]


# --------------------------------------------------------------------------- a party committee shares the place

@pytest.mark.parametrize("text, name", [
    ("Ông Tam cho biết, Tỉnh ủy và UBND tỉnh Bến Tre đã ban hành Nghị quyết về chuyển đổi số.", "Tỉnh ủy Bến Tre"),
    ("Chuyển đổi số là mục tiêu được Thành ủy, Hội đồng nhân dân thành phố Hải Phòng xác định.",
     "Thành ủy Hải Phòng"),
    ("Huyện ủy, HĐND, UBND huyện Điện Biên Đông đã chỉ đạo quyết liệt.", "Huyện ủy Điện Biên Đông"),
])
def test_a_party_committee_shares_the_place_of_the_committee_after_it(text, name):
    found = orgs(text)
    assert name in [f.name for f in found]
    first = next(f for f in found if f.name == name)
    assert first.text == name.split()[0] + " " + name.split()[1]  # the mention stays as written


def test_a_party_committee_of_another_level_keeps_its_name():
    names = org_names("Tỉnh ủy và UBND huyện Điện Biên Đông đã họp liên tịch.")
    assert "Tỉnh ủy" in names and "Tỉnh ủy Điện Biên Đông" not in names


# --------------------------------------------------------------------------- a working group's purpose

@pytest.mark.parametrize("text, name", [
    ("Quyết định thành lập Ban chỉ đạo thực hiện Kế hoạch hành động giai đoạn 2016-2020 được ký ngày 8/9.",
     "Ban Chỉ đạo thực hiện Kế hoạch hành động"),
    ("Tỉnh bám sát chỉ đạo của Tổ Công tác triển khai Đề án 06 của Chính phủ; đồng thời đẩy mạnh số hóa.",
     "Tổ công tác triển khai Đề án 06 của Chính phủ"),
    ("Tổ công tác Đề án 06 tỉnh họp định kỳ hằng tháng.", "Tổ công tác Đề án 06 tỉnh"),
    ("Ban Chỉ đạo triển khai Chương trình chuyển đổi số đã họp phiên thứ nhất.",
     "Ban Chỉ đạo triển khai Chương trình chuyển đổi số"),
])
def test_a_working_group_is_named_with_its_purpose(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text", [
    "Chủ tịch huyện chỉ đạo Tổ công tác Đề án 06 các cấp tổ chức họp dân.",
    "Tổ trưởng Tổ công tác Đề án 06 cấp huyện chỉ đạo rà soát dữ liệu.",
])
def test_a_kind_of_working_group_is_no_body(text):
    assert not any(n.startswith("Tổ công tác") for n in org_names(text))


def test_a_plan_with_its_code_is_not_read_into_the_name():
    names = org_names("Đoàn kiểm tra thực hiện Kế hoạch số 45/KH-UBND đã làm việc tại huyện.")
    assert not any("Kế hoạch" in n for n in names)


def test_a_purpose_without_a_plan_is_the_clause():
    names = org_names("Sau hội nghị, Ban Chỉ đạo thực hiện kiểm tra tại 5 huyện.")
    assert not any("kiểm tra" in n for n in names)


# --------------------------------------------------------------------------- whole names of national bodies

@pytest.mark.parametrize("text, name", [
    ("Hồ sơ được chuyển đến Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an để cấp căn cước.",
     "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
    ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu đã khởi tố vụ án.",
     "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
    ("Đứng đầu khối bộ ngành là Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.",
     "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"),
    ("Chi cục trưởng Chi cục Kiểm tra sau thông quan bị bắt tạm giam.", "Chi cục Kiểm tra sau thông quan"),
])
def test_a_whole_national_name_runs_over_its_lower_case_words(text, name):
    assert name in org_names(text)


def test_a_department_before_a_clause_with_ve_stays_short():
    names = org_names("Cục Thuế về làm việc với doanh nghiệp trong tuần tới.")
    assert names == ["Cục Thuế"]


# --------------------------------------------------------------------------- units of an unnamed institution

@pytest.mark.parametrize("text", [
    "Bà Anh cảm ơn Hội đồng trường, Ban Giám đốc Học viện đã tin tưởng giao nhiệm vụ.",
    "Bộ phận kiểm soát thủ tục hành chính thuộc Văn phòng Bộ, cơ quan ngang Bộ được kiện toàn.",
    "Chúng tôi đã phối hợp cùng Công đoàn công ty chuyển quà trung thu tới các em.",
])
def test_a_unit_of_an_unnamed_institution_is_no_body(text):
    assert org_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("Văn phòng Bộ Nội vụ tổ chức hội nghị giao ban.", "Văn phòng Bộ Nội vụ"),
    ("Bộ Tài nguyên và Môi trường công bố kết quả.", "Bộ Tài nguyên và Môi trường"),
    ("Cục Quản lý thị trường tỉnh kiểm tra 20 cửa hàng.", "Cục Quản lý thị trường tỉnh"),
    ("Chi cục Bảo vệ môi trường phối hợp với huyện.", "Chi cục Bảo vệ môi trường"),
])
def test_a_named_institution_or_a_field_is_kept(text, name):
    assert name in org_names(text)


def test_the_agencies_attached_to_the_government_are_a_kind():
    text = "Chỉ số được đánh giá cho các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh."
    assert "Chính phủ" not in org_names(text)


# --------------------------------------------------------------------------- parties, listed companies

@pytest.mark.parametrize("text, name", [
    ("Phó tổng thống tập trung vào các thành trì lớn của đảng Dân chủ như Atlanta.", "Đảng Dân chủ"),
    ("Thành phố này lâu nay có xu hướng nghiêng về đảng Cộng hòa.", "Đảng Cộng hòa"),
    ("Thủ tướng thuộc đảng Bảo thủ đã từ chức.", "Đảng Bảo thủ"),
])
def test_a_foreign_party_after_dang_is_a_body(text, name):
    assert name in org_names(text)


def test_a_party_member_is_no_party():
    assert org_names("Các đảng viên trong chi bộ đã đóng đảng phí đầy đủ.") == []


def test_companies_listed_in_parentheses_after_their_kind():
    names = org_names("Công ty đã ký kết hợp tác với các tập đoàn toàn cầu (Landing AI, Schaeffler, "
                      "Konica, SC Ventures, Olympus…) trong năm nay.")
    assert {"Landing AI", "Schaeffler", "Konica", "SC Ventures", "Olympus"} <= set(names)


def test_places_listed_in_parentheses_are_no_companies():
    assert org_names("Các doanh nghiệp tại hai tỉnh (Bắc Ninh, Bắc Giang) đã ký cam kết.") == []


# --------------------------------------------------------------------------- where a name ends

def test_a_congress_ordinal_is_not_part_of_the_name():
    names = org_names("Thực hiện Nghị quyết Đại hội Đảng bộ Thủy Nguyên lần thứ XXIII, huyện đẩy mạnh cải cách.")
    assert "Đảng bộ Thủy Nguyên" in names


def test_the_government_of_viet_nam_is_the_government():
    assert org_names("Chủ tịch hội cho biết, Chính phủ Việt Nam đang quan tâm tới ngành công nghệ.") == ["Chính phủ"]
    assert org_names("Chính phủ Ireland sẽ họp báo trong hôm nay.") == ["Chính phủ Ireland"]


@pytest.mark.parametrize("text", [
    "Long bị Công an tỉnh Bà Rịa - Vũng Tàu bắt giữ tại quận Bình Tân.",
    "Vụ việc được Công an tỉnh Bà Rịa - Vũng Tàu tiếp tục điều tra, làm rõ.",
])
def test_a_province_with_a_dash_stays_whole_in_the_name(text):
    assert org_names(text) == ["Công an tỉnh Bà Rịa - Vũng Tàu"]


# --------------------------------------------------------------------------- no body

@pytest.mark.parametrize("text", [
    "Birmingham làm khách ở vòng 2 cúp Liên đoàn Anh tối nay.",
    "Quy định này không phù hợp với Luật Tổ chức Chính phủ hiện hành.",
    "Thông tin được đăng trên Cổng thông tin Điện tử Chính phủ sáng nay.",
    "BTV - MC Hoài Anh được nhiều người yêu mến. BTV Hoài Anh dẫn bản tin thời sự.",
    "Công ty xổ số sẽ phải trả thưởng cho người trúng thưởng trong 30 ngày.",
    "Các giải pháp được Tập đoàn nghiên cứu, tinh chỉnh và đầu tư đúng mực.",
    "Tuổi trẻ của ông gắn liền với những ca khúc viết về Trường Sơn.",
    "Đoạn đường trên cao nối từ Trường Chinh tới Ngã Tư Sở.",
    "Bà Hoài được bầu làm Trưởng đoàn đại biểu Quốc hội TP. Hà Nội.",
])
def test_things_named_after_a_body_and_look_alikes_are_no_body(text):
    assert org_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("Ông là Ủy viên BTV Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy.", "Ban Thường vụ Tỉnh ủy"),
    ("Công ty xổ số kiến thiết Hà Nội công bố kết quả.", "Công ty xổ số kiến thiết Hà Nội"),
    ("Học sinh Trường Tiểu học Nguyễn Siêu đón năm học mới.", "Trường Tiểu học Nguyễn Siêu"),
    ("Luật do Chính phủ trình Quốc hội thông qua.", "Chính phủ"),
])
def test_the_look_alikes_counter_examples_are_bodies(text, name):
    assert name in org_names(text)


# --------------------------------------------------------------------------- foreign media after a classifier

@pytest.mark.parametrize("text, name", [
    ("Theo trang Sichuan Guancha ngày 10/6, bộ phim mới chiếu được hai tuần.", "Sichuan Guancha"),
    ("Trả lời phỏng vấn tờ The Guardian, ông cho biết sẽ tranh cử.", "The Guardian"),
    ("Hãng tin AP dẫn lời một quan chức cho biết cuộc đàm phán đã kết thúc.", "AP"),
])
def test_a_foreign_medium_after_its_classifier_is_a_body(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text", [
    "Người dân điền tờ khai và nộp tại bộ phận một cửa.",
    "Cán bộ in tờ A4 để người dân điền thông tin.",
    "Ảnh đăng trên trang Mai Dịch thu hút nhiều lượt xem.",
])
def test_a_sheet_or_a_vietnamese_name_after_the_classifier_is_no_body(text):
    assert org_names(text) == []


# --------------------------------------------------------------------------- words that break a name

@pytest.mark.parametrize("text, name", [
    ("Cục Cảnh sát giao thông sáng nay cho biết khu vực này bị ngập.", "Cục Cảnh sát giao thông"),
    ("Bị cáo chỉ đạo giúp Công ty Setra phát hành trái phiếu.", "Công ty Setra"),
    ("Chiều nay, Trường Đại học Vinh chính thức công bố điểm chuẩn.", "Trường Đại học Vinh"),
])
def test_a_name_is_cut_before_a_word_of_the_clause(text, name):
    assert org_names(text) == [name]


@pytest.mark.parametrize("text", [
    "Tại hiện trường, lực lượng Công an thu giữ hơn 1,6g heroin.",
    "Bệnh viện điều trị được rất nhiều bệnh về xương khớp.",
])
def test_a_head_left_without_its_name_is_no_body(text):
    assert org_names(text) == []


def test_a_hospital_named_by_its_level_is_kept():
    assert org_names("Bệnh nhân được chuyển lên Bệnh viện đa khoa tỉnh.") == ["Bệnh viện đa khoa tỉnh"]
