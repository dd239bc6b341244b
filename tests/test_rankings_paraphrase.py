"""Rankings whose index is named by a paraphrase of its name or by its topic (SPEC §4.1: an index "named or
clearly meant"): the official long name with words left out or reordered, or the topic a rank sentence ranks provinces,
departments or districts on ('xếp thứ 12/63 về công tác cải cách hành chính', 'bảng xếp hạng chuyển đổi số'); the
topic in the sentence before, in a heading or in the title carries to a later rank; a topic of index B in the rank's
sentence wins over index A named before it. Not rankings: a country's place, a contest, an award, a school, a measure
(a rate, a count) ranked on that topic. Sentences written for these tests. Each expected ranking is
(index, rank, out_of, year, change, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article

KEYS = ("index", "rank", "out_of", "year", "change", "subject")


def ranks(text, title=None):
    art = check_article(cx.extract(text, title=title) if title else cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in KEYS) for f in art.of_type("ranking")), key=repr)


P, S, A, C, D, I = "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "ICT INDEX"
POS = [
 # PAR INDEX by topic
 ("Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về công tác cải cách hành chính.", [(P, 12, 63, 2023, None, "Bắc Giang")]),
 ("Về kết quả cải cách hành chính năm 2023, Bắc Giang đứng thứ 12 cả nước.", [(P, 12, None, 2023, None, "Bắc Giang")]),
 ("Kết quả xếp hạng cải cách hành chính năm 2022, Hà Tĩnh tăng 9 bậc lên vị trí thứ 20/63.", [(P, 20, 63, 2022, 9, "Hà Tĩnh")]),
 ("Về cải cách hành chính, năm 2021 Quảng Trị đạt vị trí 28/63 tỉnh, thành phố.", [(P, 28, 63, 2021, None, "Quảng Trị")]),
 ("Sở Tư pháp xếp thứ 2/20 sở, ngành về cải cách hành chính năm 2023.", [(P, 2, 20, 2023, None, None)]),
 ("Năm 2023, huyện Tiên Yên xếp thứ 3/13 huyện, thị xã, thành phố về công tác cải cách hành chính.", [(P, 3, 13, 2023, None, None)]),
 ("Bộ Tư pháp đứng thứ 4/17 bộ, cơ quan ngang bộ trong xếp hạng cải cách hành chính năm 2022.", [(P, 4, 17, 2022, None, None)]),
 ("Năm 2023, Hải Phòng dẫn đầu cả nước về cải cách hành chính.", [(P, 1, None, 2023, None, "Hải Phòng")]),
 ("Theo kết quả đánh giá cải cách hành chính năm 2022, Ninh Bình đứng thứ 9/63.", [(P, 9, 63, 2022, None, "Ninh Bình")]),
 ("Trong bảng xếp hạng CCHC năm 2023, Lào Cai xếp thứ 15/63 tỉnh, thành phố.", [(P, 15, 63, 2023, None, "Lào Cai")]),
 ("Năm 2022, Sở Nội vụ dẫn đầu các sở, ngành của tỉnh về cải cách hành chính.", [(P, 1, None, 2022, None, None)]),
 ("Về công tác cải cách hành chính năm 2021, Kon Tum tụt 5 bậc, xếp thứ 45/63.", [(P, 45, 63, 2021, -5, "Kon Tum")]),
 # SIPAS by topic
 ("Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về mức độ hài lòng của người dân.", [(S, 12, 63, 2023, None, "Bắc Giang")]),
 ("Về sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính năm 2023, Bắc Giang đứng thứ 12 cả nước.", [(S, 12, None, 2023, None, "Bắc Giang")]),
 ("Về mức độ hài lòng của người dân, tổ chức năm 2022, Hà Giang xếp thứ 5/63.", [(S, 5, 63, 2022, None, "Hà Giang")]),
 ("Năm 2023, Quảng Ninh tiếp tục dẫn đầu cả nước về mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.", [(S, 1, None, 2023, None, "Quảng Ninh")]),
 ("Kết quả đo lường mức độ hài lòng năm 2023, Thái Nguyên đứng thứ 2/63 tỉnh, thành phố.", [(S, 2, 63, 2023, None, "Thái Nguyên")]),
 ("Năm 2021, Bạc Liêu tăng 10 bậc về sự hài lòng của người dân, xếp thứ 30/63.", [(S, 30, 63, 2021, 10, "Bạc Liêu")]),
 # PAPI by topic
 ("Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về hiệu quả quản trị và hành chính công.", [(A, 12, 63, 2023, None, "Bắc Giang")]),
 ("Về chỉ số quản trị công năm 2023, Bắc Giang đứng thứ 12 cả nước.", [(A, 12, None, 2023, None, "Bắc Giang")]),
 ("Theo báo cáo hiệu quả quản trị và hành chính công năm 2022, Quảng Bình đạt vị trí thứ 14/63.", [(A, 14, 63, 2022, None, "Quảng Bình")]),
 ("Năm 2020, Bắc Ninh vươn lên vị trí thứ 4 về quản trị và hành chính công cấp tỉnh.", [(A, 4, None, 2020, None, "Bắc Ninh")]),
 ("Khánh Hòa đứng thứ 16/61 tỉnh, thành phố về hiệu quả quản trị và hành chính công năm 2023.", [(A, 16, 61, 2023, None, "Khánh Hòa")]),
 ("Năm 2021, Thừa Thiên Huế đứng đầu cả nước về quản trị công.", [(A, 1, None, 2021, None, "Thừa Thiên Huế")]),
 # PCI by topic or name without "cấp tỉnh"
 ("Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về Chỉ số năng lực cạnh tranh.", [(C, 12, 63, 2023, None, "Bắc Giang")]),
 ("Về chỉ số môi trường kinh doanh năm 2023, Bắc Giang đứng thứ 12 cả nước.", [(C, 12, None, 2023, None, "Bắc Giang")]),
 ("Chỉ số năng lực cạnh tranh năm 2022 của Bình Định xếp thứ 25/63.", [(C, 25, 63, 2022, None, "Bình Định")]),
 ("Quảng Ninh số 1, Hải Phòng số 2 trong xếp hạng chỉ số cạnh tranh cấp tỉnh năm 2023.", [(C, 1, None, 2023, None, "Quảng Ninh"), (C, 2, None, 2023, None, "Hải Phòng")]),
 ("Về năng lực cạnh tranh năm 2023, Long An tăng 8 bậc lên vị trí á quân.", [(C, 2, None, 2023, 8, "Long An")]),
 ("Năm 2023, Thanh Hóa xếp thứ 30/63 về chất lượng điều hành kinh tế, tăng 17 bậc.", [(C, 30, 63, 2023, 17, "Thanh Hóa")]),
 ("Về môi trường kinh doanh, năm 2022 Đồng Tháp xếp thứ 5/63 tỉnh, thành phố.", [(C, 5, 63, 2022, None, "Đồng Tháp")]),
 # DTI by topic
 ("Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về chuyển đổi số.", [(D, 12, 63, 2023, None, "Bắc Giang")]),
 ("Về chuyển đổi số năm 2023, Bắc Giang đứng thứ 12 cả nước.", [(D, 12, None, 2023, None, "Bắc Giang")]),
 ("Theo bảng xếp hạng chuyển đổi số năm 2022, Ninh Bình đứng thứ 6/63.", [(D, 6, 63, 2022, None, "Ninh Bình")]),
 ("Quảng Ngãi tăng 5 bậc trong đánh giá chuyển đổi số năm 2023, xếp vị trí thứ 21/63 tỉnh, thành phố.", [(D, 21, 63, 2023, 5, "Quảng Ngãi")]),
 ("Năm 2022, Đà Nẵng tiếp tục là địa phương dẫn đầu cả nước về chuyển đổi số.", [(D, 1, None, 2022, None, "Đà Nẵng")]),
 ("Bộ Tài chính xếp thứ 2/17 bộ, cơ quan ngang bộ về chuyển đổi số năm 2022.", [(D, 2, 17, 2022, None, None)]),
 ("Năm 2023, Hà Nội lần đầu vào Top 10 về chuyển đổi số, xếp thứ 6/63 tỉnh, thành phố.", [(D, 6, 63, 2023, None, "Hà Nội")]),
 ("Năm 2023, thành phố Thủ Đức đứng thứ nhất về chuyển đổi số trong 22 quận, huyện.", [(D, 1, None, 2023, None, None)]),
 # ICT INDEX by paraphrase
 ("Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về mức độ sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.", [(I, 12, 63, 2023, None, "Bắc Giang")]),
 ("Về Chỉ số sẵn sàng ứng dụng CNTT năm 2019, Bắc Giang đứng thứ 12 cả nước.", [(I, 12, None, 2019, None, "Bắc Giang")]),
 ("Theo đó, ở xếp hạng về mức độ sẵn sàng cho phát triển và ứng dụng CNTT năm 2020, Hậu Giang xếp vị trí thứ 32, tăng 15 bậc.", [(I, 32, None, 2020, 15, "Hậu Giang")]),
 ("Năm 2018, Lạng Sơn đứng thứ 32/63 về mức độ sẵn sàng ứng dụng công nghệ thông tin.", [(I, 32, 63, 2018, None, "Lạng Sơn")]),
]
# paraphrase in the previous sentence, a heading line or the title; a paraphrase of B beats A named before
CARRY = [
 ("Bộ Nội vụ vừa công bố kết quả xếp hạng cải cách hành chính năm 2023 của các tỉnh, thành phố. Theo đó, Bắc Giang xếp thứ 12/63.", None, [(P, 12, 63, 2023, None, "Bắc Giang")]),
 ("Ngày 20/7/2023, Bộ Thông tin và Truyền thông công bố kết quả đánh giá của các bộ, ngành, địa phương.\n\nKết quả xếp hạng chuyển đổi số năm 2022:\n\nTheo công bố, Yên Bái đứng thứ 15/63 tỉnh, thành phố.", None, [(D, 15, 63, 2022, None, "Yên Bái")]),
 ("Theo công bố của Bộ Thông tin và Truyền thông, năm 2022 Yên Bái đứng thứ 15/63 tỉnh, thành phố.", "Yên Bái tăng 20 bậc trên bảng xếp hạng chuyển đổi số", [(D, 15, 63, 2022, None, "Yên Bái")]),
 ("Năm 2023, tỉnh xếp thứ 20/63 tỉnh, thành phố.", "Hà Tĩnh tăng 5 bậc về cải cách hành chính", [(P, 20, 63, 2023, None, "Hà Tĩnh")]),
 ("Chỉ số PAR INDEX năm 2023 của tỉnh xếp thứ 10/63. Về mức độ hài lòng của người dân, tỉnh đứng thứ 15/63.", None, [(P, 10, 63, 2023, None, None), (S, 15, 63, 2023, None, None)]),
 ("Chỉ số PCI năm 2022 của Hà Nam xếp thứ 40/63. Về chuyển đổi số năm 2022, tỉnh đứng thứ 34/63.", None, [(C, 40, 63, 2022, None, "Hà Nam"), (D, 34, 63, 2022, None, "Hà Nam")]),
 ("Chỉ số SIPAS năm 2023 của tỉnh xếp thứ 10/63, là một điểm sáng về cải cách hành chính.", None, [(S, 10, 63, 2023, None, None)]),
 ("Chỉ số PAR INDEX năm 2023 của Hải Dương xếp thứ 8/63; còn về mức độ hài lòng của người dân, tỉnh đứng thứ 3/63.", None, [(P, 8, 63, 2023, None, "Hải Dương"), (S, 3, 63, 2023, None, "Hải Dương")]),
 ("Kết quả đánh giá chuyển đổi số năm 2023:\nHà Giang xếp thứ 20/63, tăng 10 bậc.", None, [(D, 20, 63, 2023, 10, "Hà Giang")]),
 ("Về cải cách hành chính, năm 2022 Bình Phước xếp thứ 40/63. Năm 2023, tỉnh tăng 12 bậc, xếp thứ 28/63.", None, [(P, 40, 63, 2022, None, "Bình Phước"), (P, 28, 63, 2023, 12, "Bình Phước")]),
]
NEG = [
 "Việt Nam xếp thứ 71/193 về chuyển đổi số và chính phủ điện tử.",
 "Năm 2023, Việt Nam tăng 15 bậc về môi trường kinh doanh, đứng thứ 70/190 nền kinh tế.",
 "Huyện Tiên Yên dẫn đầu toàn tỉnh về tỷ lệ hồ sơ trực tuyến trong cải cách hành chính.",
 "Thành phố dẫn đầu với tỷ lệ 83% hồ sơ trực tuyến, góp phần vào công tác cải cách hành chính.",
 "Năm 2023, tỉnh đứng thứ 3 cả nước về số thủ tục hành chính được cắt giảm trong cải cách hành chính.",
 "Xã Hòa Bình đạt giải nhất Hội thi tìm hiểu về cải cách hành chính, xếp thứ 1/20 đội.",
 "Tại cuộc thi về chuyển đổi số năm 2023, đội của Sở Nội vụ xếp thứ 2/15 đội.",
 "Tập đoàn Viettel dẫn đầu về chuyển đổi số.",
 "Tỉnh đẩy mạnh cải cách hành chính và chuyển đổi số trong năm 2023.",
 "Trường THPT Chu Văn An xếp thứ 3 toàn tỉnh về chuyển đổi số trong giáo dục.",
 "Năm 2024, đội bóng của tỉnh xếp thứ 3 giải hạng Nhất, một thành công về chuyển đổi số trong thể thao.",
 "Hải Phòng phấn đấu nằm trong Top 3 địa phương dẫn đầu cả nước về cải cách hành chính.",
 "Tỉnh hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính.",
 "Tỉnh luôn có thứ hạng cao về cải cách hành chính.",
 "Năm 2023, Đồng Nai xếp thứ 5 cả nước về thu hút vốn FDI nhờ cải thiện môi trường kinh doanh.",
 "Năm 2023, Bình Dương xếp thứ 3 cả nước về thu ngân sách, một thành quả của cải cách hành chính.",
 "Theo Ban chỉ đạo quốc gia về chuyển đổi số, Đà Nẵng cùng Hòa Bình, Nam Định là những địa phương dẫn đầu về tỷ lệ hồ sơ trực tuyến.",
 "Hội nghị về cải cách hành chính diễn ra ngày 12/5, đồng chí Bí thư phát biểu tại vị trí trung tâm.",
 "Năm 2023, tỉnh có 12/15 sở, ngành hoàn thành kế hoạch cải cách hành chính.",
 "Sở Thông tin và Truyền thông dẫn đầu đoàn công tác khảo sát về chuyển đổi số tại Hàn Quốc.",
 "Ngân hàng Vietcombank dẫn đầu về chuyển đổi số trong ngành ngân hàng năm 2023.",
 "Học sinh Trường THCS Lê Lợi đạt giải nhì cuộc thi về chuyển đổi số, xếp thứ 2 toàn tỉnh.",
 "Năm 2023, mức độ hài lòng của người dân tại Bộ phận một cửa huyện đạt 98%.",
 "Việt Nam đứng thứ 3 ASEAN về chuyển đổi số năm 2023.",
 "Năm 2023, Singapore dẫn đầu thế giới về chuyển đổi số, Việt Nam xếp thứ 86.",
 "Doanh nghiệp dẫn đầu về chuyển đổi số được trao giải thưởng năm 2023.",
 "Ông được tặng Bằng khen vì có thành tích xuất sắc trong công tác cải cách hành chính, xếp loại hoàn thành tốt nhiệm vụ, đứng thứ 1 trong 15 cán bộ của phòng.",
]
POS += [
 ("Năm 2022, Cao Bằng đứng cuối cùng trong 63 tỉnh, thành phố về chuyển đổi số.", [(D, 63, 63, 2022, None, "Cao Bằng")]),
 ("Về cải cách hành chính năm 2023, Đắk Nông giữ vị trí thứ 37/63, giảm 3 bậc.", [(P, 37, 63, 2023, -3, "Đắk Nông")]),
 ("Năm 2021, Trà Vinh tăng 28 bậc lên vị trí thứ 8 về chuyển đổi số cấp tỉnh.", [(D, 8, None, 2021, 28, "Trà Vinh")]),
 ("Năm 2023, Sóc Trăng đạt vị trí thứ 2 khu vực Đồng bằng sông Cửu Long về mức độ hài lòng của người dân.", [(S, 2, None, 2023, None, "Sóc Trăng")]),
 ("Trong bảng xếp hạng về sự hài lòng của người dân năm 2020, Sơn La xếp hạng 1/63.", [(S, 1, 63, 2020, None, "Sơn La")]),
 ("Năm 2023, huyện Đông Anh xếp hạng 2/30 quận, huyện, thị xã về chuyển đổi số.", [(D, 2, 30, 2023, None, None)]),
 ("Về kết quả chỉ số cải cách hành chính của các sở năm 2023, Sở Tài chính xếp thứ 3/19.", [(P, 3, 19, 2023, None, None)]),
 ("Năm 2023, Hải Dương đứng thứ 3/63 về mức độ hài lòng của người dân đối với dịch vụ hành chính công.", [(S, 3, 63, 2023, None, "Hải Dương")]),
 ("Năm 2022, Vĩnh Phúc xếp thứ 5/63 tỉnh, thành phố về năng lực cạnh tranh.", [(C, 5, 63, 2022, None, "Vĩnh Phúc")]),
 ("Về hiệu quả quản trị và hành chính công năm 2019, Hà Tĩnh xếp thứ 3 cả nước.", [(A, 3, None, 2019, None, "Hà Tĩnh")]),
 ("Bắc Ninh đứng thứ 3 cả nước về chuyển đổi số năm 2023, tăng 4 bậc so với năm 2022.", [(D, 3, None, 2023, 4, "Bắc Ninh")]),
 ("Năm 2023, Tây Ninh đứng thứ 9/63 về công tác cải cách hành chính, tăng 11 bậc so với năm 2022.", [(P, 9, 63, 2023, 11, "Tây Ninh")]),
]


@pytest.mark.parametrize("text,expected", POS, ids=[t[:60] for t, _ in POS])
def test_paraphrased_index_in_the_rank_sentence(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


@pytest.mark.parametrize("text,title,expected", CARRY, ids=[t[:60] for t, _, _ in CARRY])
def test_paraphrase_before_in_a_heading_or_the_title(text, title, expected):
    assert ranks(text, title) == sorted(expected, key=repr)


@pytest.mark.parametrize("text", NEG, ids=[t[:60] for t in NEG])
def test_topic_ranked_as_a_measure_contest_or_country_is_no_ranking(text):
    assert ranks(text) == []


def test_the_topic_names_no_index_outside_a_rank_sentence():
    # a topic in a sentence with no rank word is not carried to a later rank: no index is named or clearly meant
    assert ranks("Năm 2023, tỉnh đẩy mạnh cải cách hành chính. Tỉnh xếp thứ 12/63.") == []
    # nor after an organisation's or an event's name
    assert ranks("Ban chỉ đạo quốc gia về chuyển đổi số cho biết Hòa Bình dẫn đầu với tỷ lệ 86,5%.") == []


def test_the_paraphrase_keeps_its_offsets_and_the_rank_phrase_as_text():
    text = "Năm 2023, tỉnh Bắc Giang được xếp thứ 12/63 tỉnh, thành phố về công tác cải cách hành chính."
    art = check_article(cx.extract(text))
    (f,) = art.of_type("ranking")
    assert f.text == "xếp thứ 12/63" and art.text[f.start:f.end] == f.text


# "Chỉ số năng lực cạnh tranh" without "cấp tỉnh" is the PCI, but not when what follows names another index
OTHER = [
    ("Chỉ số năng lực cạnh tranh cấp sở, ngành (DDCI) năm 2023, Sở Tư pháp xếp thứ 1.", [("DDCI", 1, None)]),
    ("Chỉ số năng lực cạnh tranh cấp huyện (DCI) năm 2023, huyện Tiên Yên xếp thứ 2/13.", [("DCI", 2, 13)]),
    ("Chỉ số năng lực cạnh tranh toàn cầu năm 2019, Việt Nam xếp thứ 67/141.", []),
    ("Chỉ số năng lực cạnh tranh du lịch năm 2019 của Việt Nam xếp thứ 63/140.", []),
    ("Năm 2023, tỉnh nằm trong nhóm 10 tỉnh dẫn đầu cả nước về chuyển đổi số.", []),
    ("Ông Nguyễn Văn A là người dẫn đầu về cải cách hành chính.", []),
]


@pytest.mark.parametrize("text,expected", OTHER, ids=[t[:60] for t, _ in OTHER])
def test_competitiveness_of_another_kind_or_a_group_is_not_the_pci(text, expected):
    art = check_article(cx.extract(text))
    assert [(f.index, f.rank, f.out_of) for f in art.of_type("ranking")] == expected


def test_a_list_under_a_caption_naming_the_topic_ranks_that_index():
    text = ("Bộ Thông tin và Truyền thông công bố kết quả năm 2023.\n\nXếp hạng chuyển đổi số năm 2023 của các tỉnh dẫn đầu:\n\n"
            "1. Đà Nẵng: 0,78 điểm\n2. Hà Nội: 0,70 điểm\n3. Huế: 0,69 điểm")
    assert [(r[0], r[1], r[5]) for r in ranks(text)] == [("DTI", 1, "Đà Nẵng"), ("DTI", 2, "Hà Nội"), ("DTI", 3, "Thừa Thiên Huế")]


@pytest.mark.parametrize("text", [
    "Sở Giáo dục công bố kết quả năm học 2023.\n\nXếp hạng các trường học về chuyển đổi số năm 2023:\n\n"
    "1. Trường THPT Chu Văn An: 95 điểm\n2. Trường THPT Lê Lợi: 90 điểm\n3. Trường THPT Nguyễn Du: 85 điểm",
    "Kết quả xếp hạng các quốc gia về chuyển đổi số năm 2023:\n| Hạng | Quốc gia | Điểm |\n|---|---|---|\n"
    "| 1 | Singapore | 0,9 |\n| 2 | Hàn Quốc | 0,8 |",
])
def test_a_list_of_schools_or_countries_on_the_topic_is_no_ranking(text):
    assert ranks(text) == []


@pytest.mark.parametrize("text,expected", [
    # "Việt Nam" inside a body's name is no country ranked
    ("Theo Liên đoàn Thương mại và Công nghiệp Việt Nam, về năng lực cạnh tranh năm 2023, Long An xếp thứ 2/63.",
     [("PCI", 2, 63, 2023, None, "Long An")]),
    ("Ngân hàng Nhà nước Việt Nam xếp thứ 3/17 bộ, cơ quan ngang bộ về chuyển đổi số năm 2022.",
     [("DTI", 3, 17, 2022, None, None)]),
    # the country ranked, or a measure in the topic's clause before it
    ("Theo báo cáo, Việt Nam đứng thứ 3 ASEAN về chuyển đổi số.", []),
    ("Năm 2023, Việt Nam tăng 15 bậc về môi trường kinh doanh.", []),
    ("Về tỷ lệ hồ sơ trực tuyến trong chuyển đổi số, huyện Tiên Yên dẫn đầu toàn tỉnh.", []),
])
def test_a_body_named_after_the_country_and_a_measure_before_the_topic(text, expected):
    assert ranks(text) == sorted(expected, key=repr)
