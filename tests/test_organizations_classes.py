"""Organisations (GUIDE §11): one test per class of text, each on sentences made up in several
shapes of that class (none is copied from an article), with counter-examples."""
from __future__ import annotations

import pytest

from conftest import extract_in_body

# a headline and a first paragraph: the sentences below are read as body text
BODY = ("Tin tức trong ngày\n\n"
        "Hội nghị tổng kết công tác cải cách hành chính năm 2024 diễn ra với nhiều đại biểu tham dự.\n\n")


def orgs(text: str) -> list[tuple[str, str]]:
    art = extract_in_body(text, BODY)
    for f in art.of_type("organization"):
        assert art.text[f.start:f.end] == f.text
    return [(f.text, f.name) for f in art.of_type("organization")]


def org_names(text: str) -> list[str]:
    return [n for _, n in orgs(text)]


# ------------------------------------------------------------------ names as written

@pytest.mark.parametrize("text, name", [
    ("Sáng nay, UBND tỉnh ban hành kế hoạch cải cách hành chính năm 2025 của Thái Nguyên.", "Ủy ban nhân dân tỉnh"),
    ("Nghị quyết của Hội đồng nhân dân tỉnh về phát triển kinh tế của Lạng Sơn đã được thông qua.",
     "Hội đồng nhân dân tỉnh"),
    ("Đoàn công tác đến dâng hương tại Nhà truyền thống, sau đó làm việc với Tỉnh ủy về chuyển đổi số ở Yên Bái.",
     "Tỉnh ủy"),
])
def test_a_committee_without_its_province_is_named_as_written(text, name):
    got = org_names(text)
    assert name in got
    assert not any(n.startswith(name + " ") for n in got)


@pytest.mark.parametrize("text, name", [
    ("Sở Tư pháp Lai Châu là đơn vị dẫn đầu về chỉ số năng lực cạnh tranh cấp sở.", "Sở Tư pháp Lai Châu"),
    ("Thời gian qua, Cục Thuế Quảng Ngãi đã đẩy mạnh hiện đại hóa công tác quản lý thuế.", "Cục Thuế Quảng Ngãi"),
    ("Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo Hà Nội, các trường tổ chức lễ khai giảng gọn nhẹ.",
     "Sở Giáo dục và Đào tạo Hà Nội"),
])
def test_a_place_written_after_a_department_is_kept_as_written(text, name):
    assert name in org_names(text)


def test_a_written_administrative_word_stays():
    # counter-example: the province's word is in the text, the name keeps it
    assert "Sở Nội vụ tỉnh Thái Nguyên" in org_names("Sở Nội vụ tỉnh Thái Nguyên tổ chức hội nghị sơ kết.")


def test_a_committee_with_its_province_is_named_with_it():
    assert "Ủy ban nhân dân tỉnh Bến Tre" in org_names("Chiều 5/3, UBND tỉnh Bến Tre ban hành kế hoạch mới.")


# ------------------------------------------------------------------ where a name ends

@pytest.mark.parametrize("text, name", [
    ("Căn cứ Nghị định số 42/2022/NĐ-CP của Chính phủ Quy định về việc cung cấp thông tin trên môi trường mạng.",
     "Chính phủ"),
    ("Căn cứ Thông tư số 01/2023/TT-VPCP của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Quy định một số nội dung.",
     "Văn phòng Chính phủ"),
    ("Căn cứ Nghị quyết số 76/NQ-CP của Chính phủ Ban hành Chương trình tổng thể cải cách hành chính.", "Chính phủ"),
    ("Căn cứ Quyết định số 12/QĐ-BNV của Bộ Nội vụ Hướng dẫn chấm điểm chỉ số cải cách hành chính.", "Bộ Nội vụ"),
])
def test_a_legal_titles_verb_ends_its_issuers_name(text, name):
    got = org_names(text)
    assert name in got
    assert not any(n.startswith(name + " ") for n in got)


def test_a_concept_of_government_is_no_body_even_before_a_capitalised_verb():
    assert "Chính phủ" not in org_names("Tỉnh xây dựng Chính phủ điện tử Quy định mới về dữ liệu.")


# ------------------------------------------------------------------ bare abbreviations and local levels

@pytest.mark.parametrize("text", [
    "Bí thư đề nghị các đại biểu HĐND phát huy trí tuệ, tập trung thảo luận.",
    "UBND cấp tỉnh xây dựng, trình HĐND cùng cấp quyết định bảng giá đất.",
    "Các thành viên UBND đã thống nhất với nội dung tờ trình.",
])
def test_a_bare_abbreviation_names_no_body(text):
    assert org_names(text) == []


def test_an_abbreviation_with_its_level_and_place_is_a_body():
    assert "Hội đồng nhân dân quận Đống Đa" in org_names("HĐND quận Đống Đa tổ chức kỳ họp thứ 14.")


@pytest.mark.parametrize("text, name", [
    ("Ngày 13/5, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về cải cách hành chính.",
     "Ủy ban nhân dân huyện"),
    ("Phát biểu tại buổi lễ, ông Lê Bá Hải, Chủ tịch HĐND phường đề nghị cán bộ tận tụy với dân.",
     "Hội đồng nhân dân phường"),
    ("Nghị quyết tạo tiền đề để UBND quận triển khai thực hiện hiệu quả các nhiệm vụ.", "Ủy ban nhân dân quận"),
])
def test_a_local_body_named_by_its_level_is_one_body(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text", [
    "Dịch vụ công thuộc thẩm quyền giải quyết của cấp tỉnh và UBND xã, phường được tích hợp.",
    "Tỉnh yêu cầu các sở, ban, ngành và UBND huyện tiếp tục quán triệt công chức.",
    "Mỗi UBND xã phải bố trí đủ công chức tại bộ phận một cửa.",
    "Kết quả xếp loại của UBND huyện, thị xã, thành phố được công bố công khai.",
])
def test_a_level_of_local_bodies_is_no_body(text):
    assert org_names(text) == []


# ------------------------------------------------------------------ international bodies

@pytest.mark.parametrize("text, name", [
    ("VCCI phối hợp với Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) công bố Chỉ số PCI năm 2023.",
     "Cơ quan Phát triển Quốc tế Hoa Kỳ"),
    ("Chỉ số PAPI do CECODES thực hiện với sự hỗ trợ của nhiều đối tác.",
     "Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng"),
    ("Báo cáo PAPI năm nay được UNDP công bố tại Hà Nội.", "Chương trình Phát triển Liên Hợp Quốc"),
    ("Hai bên cam kết tôn trọng Công ước của Liên Hợp Quốc về Luật Biển năm 1982.", "Liên Hợp Quốc"),
    ("Đại diện các cơ quan của Liên hợp quốc tham dự hội nghị.", "Liên hợp quốc"),
])
def test_international_bodies_and_their_acronyms(text, name):
    assert name.casefold() in [n.casefold() for n in org_names(text)]


def test_an_acronym_alone_does_not_take_the_country_office():
    assert org_names("Kết quả là sản phẩm hợp tác nghiên cứu của UNDP tại Việt Nam từ năm 2009.") == \
        ["Chương trình Phát triển Liên Hợp Quốc"]


@pytest.mark.parametrize("text, name", [
    ("Cơ quan Cảnh sát điều tra Bộ Công an đã tống đạt quyết định khởi tố bị can.",
     "Cơ quan Cảnh sát điều tra Bộ Công an"),
    ("Ngày 27/11, Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam đã khởi tố vụ án.",
     "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam"),
    ("Hồ sơ đã được chuyển cho Cơ quan Cảnh sát điều tra Công an thành phố Cần Thơ để xử lý.",
     "Cơ quan Cảnh sát điều tra Công an thành phố Cần Thơ"),
])
def test_the_investigating_police_body_with_its_parent(text, name):
    assert name in org_names(text)


# ------------------------------------------------------------------ brands without a head word

@pytest.mark.parametrize("text, expected", [
    ("Với vàng miếng, 4 ngân hàng quốc doanh (Agribank, BIDV, Vietcombank, VietinBank) niêm yết giá mới.",
     ["Agribank", "BIDV", "Vietcombank", "VietinBank"]),
    ("Hơn 3 thập kỷ qua, FPT đã nỗ lực đem sức mạnh của trí tuệ nhân tạo tới khách hàng.", ["FPT"]),
    ("Huawei Việt Nam vừa trao chứng nhận tốt nghiệp cho 40 sinh viên.", ["Huawei Việt Nam"]),
    ("Nói với VnExpress, một chuyên gia cho biết giá vàng còn biến động.", ["VnExpress"]),
    ("Theo Reuters, cuộc đàm phán sẽ tiếp tục vào tuần tới.", ["Reuters"]),
])
def test_brands_named_alone(text, expected):
    assert org_names(text) == expected


@pytest.mark.parametrize("text", [
    "Người dân dùng phần mềm FPT-eOffice để gửi hồ sơ trực tuyến.",
    "Tỷ lệ sử dụng phần mềm quản lý văn bản (VNPT-iOffice) đạt trên 90%.",
    "Khách hàng chuyển tiền qua ứng dụng VTV-Go mỗi ngày.",
])
def test_a_brand_glued_to_a_product_is_no_body(text):
    assert org_names(text) == []


def test_a_brand_inside_a_longer_name_is_not_read_again():
    assert org_names("Sinh viên Trường Đại học FPT tham gia cuộc thi lập trình.") == ["Trường Đại học FPT"]


@pytest.mark.parametrize("text", [
    "Trận đấu được truyền hình trực tiếp trên FPT Play và các kênh thể thao.",
    "Hôm nay Google Doodle tôn vinh các vận động viên khuyết tật.",
    "Chi tiết xem tại VTV.vn và các trang tin chính thức.",
    "Sản phẩm nổi bật nhất là Tivi Samsung 4K Crystal UHD 55 inch.",
    "Trận đấu giữa Hà Nội FC và Thể Công Viettel diễn ra tối nay.",
])
def test_a_brand_inside_a_product_or_a_longer_name_is_no_body(text):
    assert org_names(text) == []


# ------------------------------------------------------------------ acronyms close names; all-capital headings

@pytest.mark.parametrize("text, expected", [
    ("Giải thưởng do Hội Truyền thông số (VDCA) và Huawei Việt Nam tổ chức hôm nay.",
     ["Hội Truyền thông số", "Huawei Việt Nam"]),
    ("Báo cáo do Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES) và Chương trình Phát triển "
     "Liên Hợp Quốc công bố.",
     ["Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng", "Chương trình Phát triển Liên Hợp Quốc"]),
    ("Hội nghị do Sở Nội vụ (SNV) và Sở Tài chính phối hợp tổ chức.", ["Sở Nội vụ", "Sở Tài chính"]),
])
def test_an_acronym_in_parentheses_closes_the_name_before_va(text, expected):
    assert org_names(text) == expected


def test_va_inside_a_name_still_joins_its_fields():
    # counter-example: no acronym before "và"
    assert org_names("Sở Khoa học và Công nghệ tổ chức hội thảo.") == ["Sở Khoa học và Công nghệ"]


@pytest.mark.parametrize("text, expected", [
    ("QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG UBND TỈNH VỚI CÁC SỞ, BAN, NGÀNH", ["Văn phòng Ủy ban nhân dân tỉnh"]),
    ("KẾ HOẠCH PHỐI HỢP CỦA ỦY BAN NHÂN DÂN TỈNH TRONG CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", ["Ủy ban nhân dân tỉnh"]),
    ("TRÁCH NHIỆM CỦA UBND CẤP HUYỆN TRONG VIỆC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", []),
])
def test_an_all_capital_heading_ends_names_at_its_prepositions(text, expected):
    assert org_names(text) == expected


# ------------------------------------------------------------------ words read as bodies

@pytest.mark.parametrize("text", [
    "Ban đầu, tạp chí xuất bản hai tháng một số.",
    "Anh bị chấn thương gân. Ban đầu, anh xác định phải nghỉ thi đấu một tháng.",
    "Ban đầu dự án chỉ có năm thành viên.",
    "Dự báo thời tiết hôm nay:\nBan ngày\n- Sáng và chiều trời nắng.",
    "Ban đêm trời rét, nhiệt độ xuống dưới 10 độ.",
])
def test_the_adverb_ban_dau_is_no_board(text):
    assert org_names(text) == []


def test_a_board_named_after_ban_is_still_a_body():
    # counter-example
    assert "Ban Dân vận Tỉnh ủy" in org_names("Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban.")


# ------------------------------------------------------------------ a place ends a name; a field that reads as a verb

@pytest.mark.parametrize("text, name", [
    ("Sáng nay, Công ty Vàng bạc đá quý Sài Gòn niêm yết giá vàng nhẫn ở mức mới.", "Công ty Vàng bạc đá quý Sài Gòn"),
    ("Giải đấu được Đài Truyền hình Việt Nam tường thuật trực tiếp trên các kênh thể thao.",
     "Đài Truyền hình Việt Nam"),
    ("Hôm qua, Bệnh viện Đa khoa tỉnh Phú Thọ tiếp nhận ba bệnh nhân nặng.", "Bệnh viện Đa khoa tỉnh Phú Thọ"),
])
def test_a_name_ends_after_its_place_before_lower_case_words(text, name):
    assert name in org_names(text)


def test_lower_case_words_before_the_country_stay_in_the_name():
    # counter-example: the lower-case fields come before "Việt Nam"
    assert "Viện Hàn lâm khoa học và công nghệ Việt Nam" in org_names(
        "Viện Hàn lâm khoa học và công nghệ Việt Nam dẫn đầu bảng xếp hạng.")


@pytest.mark.parametrize("text", [
    "Để giảm thiểu tấn công mạng, Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã tăng cường rà soát.",
    "Cục An toàn thông tin đã cảnh báo người dùng về mã độc mới.",
    "Theo hướng dẫn của Cục An toàn thông tin (Bộ TT&TT), các cơ quan rà soát hệ thống.",
])
def test_a_field_that_reads_as_a_verb_stays_in_the_name(text):
    assert "Cục An toàn thông tin" in org_names(text)


def test_thong_tin_after_a_body_is_its_verb():
    assert org_names("Ngày 24/9, Công an tỉnh Thái Bình thông tin, một ngày trước đã bắt giữ nghi phạm.") == \
        ["Công an tỉnh Thái Bình"]


@pytest.mark.parametrize("text", [
    "Bắc Giang ban hành Kế hoạch hành động số 1492 KH-UBND ngày 6 tháng 6 năm 2014.",
    "Theo văn bản 215 CV-HĐND gửi các đại biểu, kỳ họp sẽ kéo dài hai ngày.",
    "Tỉnh thực hiện Kế hoạch 35 KH/UBND về chuyển đổi số.",
])
def test_an_abbreviation_inside_a_document_code_is_no_body(text):
    assert org_names(text) == []


# ------------------------------------------------------------------ a body written out after its title; glued names

@pytest.mark.parametrize("text, name", [
    ("Ông Nguyễn Văn An, Phó Trưởng ban Ban Chỉ đạo cải cách hành chính của Chính phủ cho biết kết quả.",
     "Ban Chỉ đạo cải cách hành chính của Chính phủ"),
    ("Bà Trần Thị Bình, Trưởng ban Ban Tuyên giáo Tỉnh ủy phát biểu khai mạc.", "Ban Tuyên giáo Tỉnh ủy"),
    ("Ông Lê Văn Cường, Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh Bến Tre làm việc với huyện.",
     "Đoàn Đại biểu Quốc hội tỉnh Bến Tre"),
])
def test_a_body_written_out_after_its_title_is_not_doubled(text, name):
    got = org_names(text)
    assert name in got
    assert not any(n.casefold().startswith(("ban ban", "đoàn đoàn")) for n in got)


@pytest.mark.parametrize("text", [
    "Theo đánh giá của Bộ Nội vụ-cơ quan Thường trực Ban chỉ đạo, chỉ số năm nay tăng.",
    "Văn bản của Bộ Nội vụ-cơ quan chủ trì đã gửi các địa phương.",
    "Bộ Nội vụ-cơ quan quản lý nhà nước về công vụ đã có hướng dẫn.",
])
def test_a_whole_name_glued_by_a_hyphen_ends_at_the_hyphen(text):
    assert "Bộ Nội vụ" in org_names(text)


def test_a_hyphen_inside_a_name_stays():
    # counter-example: the province's name has a hyphen
    assert "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu" in org_names("UBND tỉnh Bà Rịa-Vũng Tàu ban hành kế hoạch.")


@pytest.mark.parametrize("text", [
    "Ông Tuyên, Phó Cục trưởng, Cục Công nghiệp CNTT-TT, Bộ TT&TT cũng chia sẻ kinh nghiệm.",
    "Đại diện Cục Công nghiệp CNTT&TT giới thiệu chương trình.",
])
def test_the_field_of_a_department_abbreviated_with_a_hyphen(text):
    assert "Cục Công nghiệp Công nghệ thông tin và Truyền thông" in org_names(text)


@pytest.mark.parametrize("text, expected", [
    ("Cục An toàn thông tin (Bộ Thông tin và Truyền thông) đã tăng cường rà soát.",
     ["Cục An toàn thông tin", "Bộ Thông tin và Truyền thông"]),
    ("Theo Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ), số thủ tục đã giảm.",
     ["Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ"]),
    ("Ý kiến của Vụ Pháp chế (Bộ Nội vụ) được gửi tới các tỉnh.", ["Vụ Pháp chế", "Bộ Nội vụ"]),
])
def test_a_parent_body_in_parentheses_is_a_body_too(text, expected):
    assert org_names(text) == expected


def test_an_acronym_in_parentheses_is_not_a_second_body():
    # counter-example
    assert org_names("Ủy ban Mặt trận Tổ quốc Việt Nam (MTTQ) tỉnh Bến Tre tổ chức hội nghị.") == \
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre"]
