"""Officials, titles, issuers, regions and subjects on made-up sentences in the shapes of
articles never seen by the rules (each test: a class of text, not one article)."""
from __future__ import annotations

import pytest

import cchc_extract as cx
from conftest import extract_in_body, officials_in_body
from cchc_extract.extractors.people import _foreign_syllable

BODY = "Tin tức trong ngày\n\n"  # a first line becomes the headline: the sentences below stay in the body


def run(text: str):
    return extract_in_body(text, BODY)


def officials(text: str):
    return officials_in_body(text, BODY)


def issuers(text: str):
    return [(f.number, f.issuer) for f in run(text).of_type("legal_ref")]


def regions(text: str):
    return [(r.text, r.name) for r in run(text).of_type("region")]


# ------------------------------------------------------------------ who is an official

@pytest.mark.parametrize("text", [
    "Chị Nguyễn Thị Hoa, người dân phường Tân Long, cho biết thủ tục nay rất nhanh.",
    "Anh Trần Minh Phúc chia sẻ rằng anh đã nộp hồ sơ qua mạng trong mười phút.",
    "| Người ký | Trần Văn An |\n| Ngày ban hành | 12/3/2024 |",
    "ThS. Nguyễn Thị Bích\nViện Khoa học Tổ chức nhà nước và Lao động",
    "Hôm qua, đồng chí Phó Bí thư Tỉnh ủy Lê Văn…",
    "Hôm qua, Giám đốc Khối Kinh doanh cho biết doanh thu tăng mạnh.",
])
def test_not_officials(text):
    assert officials(text) == []


def test_a_role_anywhere_makes_every_mention_an_official():
    got = officials("Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải chủ trì hội nghị. Sau đó, ông Hải đã ký quyết định.")
    assert [n for n, _ in got] == ["Nguyễn Văn Hải", "Nguyễn Văn Hải"]
    assert got[1][1] == []


@pytest.mark.parametrize("text,name,titles", [
    ("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Văn Xuân cho biết.",
     "Nguyễn Văn Xuân", ["Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("Thứ trưởng Bộ Khoa học và Công nghệ Bùi Hoàng Phương phát biểu.",
     "Bùi Hoàng Phương", ["Thứ trưởng Bộ Khoa học và Công nghệ"]),
    ("Hôm qua, TS. Lê Thị Dung, Tỉnh ủy viên, Hiệu trưởng Trường Đại học Cần Thơ cho biết.",
     "Lê Thị Dung", ["Tỉnh ủy viên", "Hiệu trưởng Trường Đại học Cần Thơ"]),
    ("Hôm qua, ông Trần Văn Em - Phó Chủ tịch UBND TP. Cần Thơ cho biết.",
     "Trần Văn Em", ["Phó Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"]),
    ("Phó Tư lệnh Quân khu 5, Thiếu tướng Hoàng Văn Hùng phát biểu.",
     "Hoàng Văn Hùng", ["Phó Tư lệnh Quân khu 5", "Thiếu tướng"]),
    ("Hôm qua, nguyên Thường trực Ban Bí thư Võ Văn Thưởng đến thăm tỉnh.",
     "Võ Văn Thưởng", ["nguyên Thường trực Ban Bí thư"]),
    ("Hôm qua, Chủ tịch UBND phường 1 Nguyễn Văn Long cho biết.",
     "Nguyễn Văn Long", ["Chủ tịch Ủy ban nhân dân phường 1"]),
    ("Hôm qua, ông Đặng Văn Diên, Giám đốc Sở Lao động – Thương binh và Xã hội cho biết tỉnh đã làm tốt.",
     "Đặng Văn Diên", ["Giám đốc Sở Lao động – Thương binh và Xã hội"]),
    ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hồ An Phong phát biểu.",
     "Hồ An Phong", ["Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"]),
    ("Bí thư Quận ủy Đống Đa Đinh Trường Thọ cho biết.",
     "Đinh Trường Thọ", ["Bí thư Quận ủy Đống Đa"]),
])
def test_titles_in_unseen_shapes(text, name, titles):
    got = officials(text)
    assert (name, titles) in got, got


def test_title_after_a_clause_word_that_follows_another_name():
    got = officials("Thủ tướng Lý Cường đã có cuộc hội kiến với Tổng Bí thư, Chủ tịch nước Tô Lâm tại Hà Nội.")
    assert ("Tô Lâm", ["Tổng Bí thư", "Chủ tịch nước"]) in got
    assert ("Lý Cường", ["Thủ tướng"]) in got


def test_a_one_word_reference_must_end_there():
    got = officials("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn Trung cho biết. "
                    "Ông là Ủy viên Trung ương khóa XIII.")
    assert got == [("Nguyễn Văn Trung", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"])]


@pytest.mark.parametrize("text,name,titles", [
    ("Tổng thống Pháp Emmanuel Macron đã tới Hà Nội.", "Emmanuel Macron", ["Tổng thống Pháp"]),
    ("Hôm qua, cựu tổng thống Barack Obama phát biểu tại cuộc mít tinh.", "Barack Obama", ["cựu tổng thống"]),
    ("Hôm qua, thượng nghị sĩ John Fetterman cho biết.", "John Fetterman", ["thượng nghị sĩ"]),
    ("Thống đốc Pennsylvania Josh Shapiro cho biết.", "Josh Shapiro", ["Thống đốc Pennsylvania"]),
    ("Hôm qua, huấn luyện viên Luis Enrique cho biết đội bóng đã chơi tốt.", "Luis Enrique", ["huấn luyện viên"]),
])
def test_foreign_office_holders(text, name, titles):
    assert (name, titles) in officials(text)


@pytest.mark.parametrize("word,foreign", [
    ("Biden", True), ("Harris", True), ("Trump", True), ("Xavi", True), ("Walz", True), ("Josh", True),
    ("Nguyễn", False), ("Khuất", False), ("Nghiêm", False), ("Trường", False), ("Kinh", False), ("Quang", False),
])
def test_foreign_syllable(word, foreign):
    assert _foreign_syllable(word) is foreign


# ------------------------------------------------------------------ issuers

@pytest.mark.parametrize("text,issuer", [
    ("UBND tỉnh có công văn số 1234 về việc triển khai.", "Ủy ban nhân dân tỉnh"),
    ("UBND tỉnh Kon Tum đã ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.", "Ủy ban nhân dân tỉnh Kon Tum"),
    ("Mục tiêu được Chính phủ đề ra tại Nghị quyết 25 về chuyển đổi số.", "Chính phủ"),
    ("Thực hiện Chỉ thị số 05-CT/TU của BTV Tỉnh ủy về cải cách.", "Ban Thường vụ Tỉnh ủy"),
    ("Theo Nghị quyết số 12-NQ/TU của BCH Đảng bộ tỉnh về chuyển đổi số.", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Thông tư 01/2020/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn quy định.",
     "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Thông tư số 17/2024/TT-BCA của Bộ Công an quy định.", "Bộ Công an"),
    ("Quyết định số 5287/QĐ-BCA của Bộ trưởng Bộ Công an về việc.", "Bộ trưởng Bộ Công an"),
    ("Phó Chủ tịch UBND tỉnh Trịnh Văn Huy ký ban hành Kế hoạch số 2163/KH-UBND cải thiện chỉ số.",
     "Ủy ban nhân dân tỉnh"),
])
def test_stated_issuer_wins(text, issuer):
    got = issuers(text)
    assert len(got) == 1 and got[0][1] == issuer, got


def test_issuer_before_needs_a_verb():
    # a body named before the reference without a verb of issuing is not its issuer
    assert issuers("Sở Nội vụ phối hợp triển khai Kế hoạch số 45/KH-UBND.")[0][1] != "Sở Nội vụ"


# ------------------------------------------------------------------ regions

@pytest.mark.parametrize("text,name", [
    ("Tỉnh xếp thứ 3 trong vùng TD&MNPB về chỉ số.", "Trung du và miền núi phía Bắc"),
    ("Các tỉnh trung du và miền núi phía Bắc đều tăng điểm.", "Trung du và miền núi phía Bắc"),
    ("Lạng Sơn dẫn đầu các tỉnh Miền núi phía Bắc.", "Miền núi phía Bắc"),
    ("Tỉnh đứng đầu khu vực Bắc Trung Bộ – Duyên hải miền Trung về chỉ số PAR INDEX.",
     "Bắc Trung Bộ và Duyên hải miền Trung"),
    ("Các tỉnh vùng duyên hải miền Trung đẩy mạnh chuyển đổi số.", "Duyên hải Nam Trung Bộ"),
    ("Vùng Tây bắc còn nhiều khó khăn về hạ tầng số.", "Tây Bắc"),
])
def test_regions(text, name):
    got = regions(text)
    assert [n for _, n in got] == [name], got


def test_region_with_a_dash_is_one_region():
    got = regions("Tỉnh đứng đầu khu vực Bắc Trung Bộ – Duyên hải miền Trung về chỉ số PAR INDEX.")
    assert got == [("Bắc Trung Bộ – Duyên hải miền Trung", "Bắc Trung Bộ và Duyên hải miền Trung")]


def test_compass_direction_is_not_a_region():
    assert regions("Dự án nằm ở phía tây bắc thành phố.") == []


# ------------------------------------------------------------------ subjects

def test_subject_from_tinh_nay():
    a = run("Năm 2023, Quảng Ninh công bố kết quả chỉ số cải cách hành chính của các sở. "
            "Tỉnh này đạt 98,5% mức độ hài lòng của người dân.")
    p = a.of_type("percentage")
    assert [(f.subject, f.subject_source) for f in p] == [("Quảng Ninh", "sentence")]


def test_no_subject_from_an_earlier_province_without_a_pointer():
    a = run("Năm 2023, Quảng Ninh công bố kết quả chỉ số. Cả nước có 80% hồ sơ được giải quyết đúng hạn.")
    assert [f.subject for f in a.of_type("percentage")] == [None]


# ------------------------------------------------------------------ hard line wraps

WRAPPED = ("Tỉnh tổng kết cải cách hành chính\n\n"
           "Sáng nay, tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024 với nhiều đại biểu.\n\n"
           "Phát biểu tại hội nghị, ông Nguyễn Văn Hải, Phó Chủ tịch\nUBND tỉnh Thái Nguyên cho biết rằng "
           "tỉnh đã làm tốt các nhiệm vụ được giao trong năm qua.\n\n"
           "Đồng chí Phó Bí thư Tỉnh ủy\nLê Văn Minh đề nghị các sở tiếp tục đẩy mạnh cải cách hành chính.")


def test_title_broken_by_a_line_wrap():
    a = cx.extract(WRAPPED)
    got = [(o.name, o.titles) for o in a.of_type("official")]
    assert got == [("Nguyễn Văn Hải", ["Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên"]),
                   ("Lê Văn Minh", ["Phó Bí thư Tỉnh ủy"])]
    for f in a.facts:
        assert a.text[f.start:f.end] == f.text
        sent = a.sentences[f.sentence]
        assert sent.start <= f.start and f.end <= sent.end, f  # a fact stays inside its sentence
    # the organisations of the joined lines are still found, each in its own sentence
    assert {o.name for o in a.of_type("organization")} >= {"Ủy ban nhân dân tỉnh Thái Nguyên"}


def test_a_heading_ending_with_a_name_is_not_joined_to_the_next_line():
    a = cx.extract("Bảo tàng\n\nSáng nay, đoàn đại biểu của tỉnh đã đến thăm và làm việc tại bảo tàng ở thủ đô.\n\n"
                   "Tưởng nhớ Chủ tịch Hồ Chí Minh\n\nCông trình Bảo tàng được khởi công xây dựng tháng 8/1985.")
    assert [o.name for o in a.of_type("official")] == ["Hồ Chí Minh"]


def test_foreign_names_with_the_title_further_away_or_after():
    got = officials("Hôm qua, thượng nghị sĩ Dân chủ Laphonza Butler cho biết. "
                    "Ông Dan Kanninen, giám đốc chiến dịch, cho biết kết quả rất khả quan.")
    names = [n for n, _ in got]
    assert "Laphonza Butler" in names and "Dan Kanninen" in names


def test_foreign_surname_resolves_to_the_full_name_written_in_the_article():
    got = officials("Bà Kamala Harris đã có bài phát biểu tại bang Pennsylvania. "
                    "Theo Phó tổng thống Harris, cuộc bầu cử rất quan trọng.")
    assert ("Kamala Harris", ["Phó tổng thống"]) in got


def test_english_body_name_is_not_a_person():
    got = officials("Hôm qua, Director of the Can Tho City Public Administration Service Center said so.")
    assert all(n != "Service Center" for n, _ in got), got


@pytest.mark.parametrize("text,name,titles", [
    ("Tiếp Đại sứ Trung Quốc tại Việt Nam Hà Vĩ, ông cho biết.", "Hà Vĩ", ["Đại sứ Trung Quốc tại Việt Nam"]),
    ("Hôm qua, bà Nguyễn Thị Hằng, Tổng Lãnh sự Việt Nam tại Thượng Hải cho biết.",
     "Nguyễn Thị Hằng", ["Tổng Lãnh sự Việt Nam tại Thượng Hải"]),
    ("Hôm qua, Thứ trưởng phụ trách Bộ Ngoại giao Trung Quốc (cấp Bộ trưởng) Mã Triều Húc đến thăm.",
     "Mã Triều Húc", ["Thứ trưởng phụ trách Bộ Ngoại giao Trung Quốc"]),
    ("Hôm qua, ông Trần Quốc Hùng - Phó Tổng Giám đốc Công ty CP Hoàng Gia DL cho biết.",
     "Trần Quốc Hùng", ["Phó Tổng Giám đốc Công ty Cổ phần Hoàng Gia DL"]),
])
def test_postings_parentheses_and_companies(text, name, titles):
    assert (name, titles) in officials(text)


def test_tai_ends_an_ordinary_title():
    # only a posting abroad keeps "tại" and its place in the title
    assert officials("Hôm qua, Giám đốc Sở Nội vụ tại Hà Nội Trần Văn Bình cho biết.") == []


def test_a_company_named_like_a_person_is_not_one():
    assert officials("Hôm qua, Phó Tổng Giám đốc Công ty CP Hoàng Gia cho biết doanh thu tăng.") == []


# ------------------------------------------------------------------ metrics are phrases

@pytest.mark.parametrize("text,metric", [
    ("Chỉ số từ 80% đến dưới 90% có 12 tỉnh.", None),
    ("Năm 2023, chỉ số này đạt 85,5%.", None),
    ("Tỷ lệ hài lòng của người dân đối với dịch vụ công đạt 95%.", "Tỷ lệ hài lòng của người dân"),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
])
def test_metric_is_a_phrase(text, metric):
    p = run(text).of_type("percentage")
    assert p and p[0].metric == metric, [(f.text, f.metric) for f in p]


def test_no_metric_from_a_range_end_after_the_value():
    p = run("Có 12 tỉnh đạt từ 80% đến dưới 90% số điểm.").of_type("percentage")
    assert all(f.metric is None or not f.metric.startswith("đến") for f in p), [(f.text, f.metric) for f in p]


# ------------------------------------------------------------------ ranking subjects

def test_ranked_bodies_and_districts_are_not_the_province():
    a = run("Năm 2024, tỉnh Thái Nguyên công bố Chỉ số cải cách hành chính của các đơn vị. "
            "Về Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành: Sở Tài chính xếp thứ nhất, "
            "Sở Nội vụ xếp thứ 2; về các huyện: huyện Đồng Hỷ xếp thứ 3.")
    r = a.of_type("ranking")
    assert r and all(f.subject is None for f in r), [(f.text, f.subject) for f in r]


def test_ranked_province_after_la():
    a = run("Chỉ số PAR INDEX năm 2023 được công bố tại Hà Nội. Xếp vị trí thứ 2 là TP. Hải Phòng, đạt 91,87%.")
    r = a.of_type("ranking")
    assert [(f.subject) for f in r] == ["Hải Phòng"], [(f.text, f.subject) for f in r]


def test_a_ranking_of_the_province_itself_keeps_the_document_subject():
    a = run("Tỉnh Thái Nguyên công bố kết quả năm 2024. Chỉ số tham gia của người dân cấp cơ sở "
            "của tỉnh xếp thứ 5/63 tỉnh, thành phố về Chỉ số PAPI.")
    r = a.of_type("ranking")
    assert r and all(f.subject == "Thái Nguyên" for f in r), [(f.text, f.subject) for f in r]


def test_a_new_sentence_after_a_title_line_is_not_joined():
    a = cx.extract("Tin tức\n\nÔng Lê Hải Bình giữ chức Tổng Biên tập Tạp chí Cộng sản\n"
                   "Ông Minh cho biết công tác cải cách hành chính của tỉnh luôn được quan tâm.")
    assert "Ông Minh" not in [o.name for o in a.of_type("official")]
    for f in a.facts:
        sent = a.sentences[f.sentence]
        assert sent.start <= f.start and f.end <= sent.end, f
