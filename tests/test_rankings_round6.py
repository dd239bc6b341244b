"""Rankings on text never seen, sixth round: the classes of phrase the code missed or misread on pages
of sites new to it (lists after a first place, provinces listed before ``lần lượt là … cao nhất``,
components named after a rank word, moves said with their whole verb or listed, years said after the
rank or only as a comparison, the index named by its topic), each with sentences written for these
tests (none is copied from a page) and the confusable shapes that must give no ranking. Each
expected ranking is (index, rank, out_of, year, change, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article

P, S, A, C, D = "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"
KEYS = ("index", "rank", "out_of", "year", "change", "subject")


def ranks(text, keys=KEYS):
    art = check_article(cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in keys) for f in art.of_type("ranking")), key=repr)


def expect(rows):
    return sorted(rows, key=repr)


# ---- an ordered list after a first place (GUIDE §12): "theo sau là", "tiếp theo là", "(3)" after each name

AFTER_FIRST = [
    ('Về Chỉ số PAR INDEX 2023, Hải Phòng xếp hạng nhất, tiếp theo là Quảng Ninh, Bắc Ninh và Hà Nội.',
     [(P, 1, None, 2023, None, 'Hải Phòng'), (P, 2, None, 2023, None, 'Quảng Ninh'),
      (P, 3, None, 2023, None, 'Bắc Ninh'), (P, 4, None, 2023, None, 'Hà Nội')]),
    ('Kết quả PCI 2021 cho thấy Quảng Ninh đứng đầu, tiếp đến là Bình Dương (2), Đồng Tháp (3) và Long An (4).',
     [(C, 1, None, 2021, None, 'Quảng Ninh'), (C, 2, None, 2021, None, 'Bình Dương'),
      (C, 3, None, 2021, None, 'Đồng Tháp'), (C, 4, None, 2021, None, 'Long An')]),
    ('Về SIPAS 2023, Hà Giang xếp thứ 3, kế đến là Bắc Kạn (4) và Lạng Sơn (5).',
     [(S, 3, None, 2023, None, 'Hà Giang'), (S, 4, None, 2023, None, 'Bắc Kạn'), (S, 5, None, 2023, None, 'Lạng Sơn')]),
    # in the sentence after the leader's
    ('Năm 2022, Đà Nẵng dẫn đầu bảng xếp hạng DTI với 0,72 điểm. Các vị trí tiếp theo là Thừa Thiên Huế '
     '(0,65 điểm), Bình Dương (0,62 điểm) và Quảng Ninh (0,6 điểm).',
     [(D, 1, None, 2022, None, 'Đà Nẵng'), (D, 2, None, 2022, None, 'Thừa Thiên Huế'),
      (D, 3, None, 2022, None, 'Bình Dương'), (D, 4, None, 2022, None, 'Quảng Ninh')]),
    ('Quảng Ninh dẫn đầu PAR INDEX 2023, các vị trí tiếp theo là Hải Phòng, Hà Nội.',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng'), (P, 3, None, 2023, None, 'Hà Nội')]),
    # the items of a list led by a colon keep the index named before the lead
    ('Chiều 15/1/2025, Bộ Khoa học và Công nghệ công bố bảng xếp hạng PII 2024. Kết quả cho thấy:\n'
     '  • Bắc Ninh dẫn đầu với 58,2 điểm.\n'
     '  • Hà Nội xếp thứ 2, tiếp theo là Hải Phòng (3) và Bình Dương (4).\n',
     [('PII', 1, None, 2024, None, 'Bắc Ninh'), ('PII', 2, None, 2024, None, 'Hà Nội'),
      ('PII', 3, None, 2024, None, 'Hải Phòng'), ('PII', 4, None, 2024, None, 'Bình Dương')]),
]


@pytest.mark.parametrize("text, expected", AFTER_FIRST)
def test_a_list_after_a_first_place_takes_the_next_ranks(text, expected):
    assert ranks(text) == expect(expected)


@pytest.mark.parametrize("text, expected", [
    # what follows is no province, or follows a group listed after the leader
    ('Về PAPI 2022, Bình Định đứng đầu. Tiếp theo là Hội nghị tổng kết công tác năm của Sở Nội vụ.',
     [(A, 1, None, 2022, None, 'Bình Định')]),
    ('Về PAPI 2022, Bình Định đứng đầu; tiếp theo là việc công bố các chỉ số thành phần.',
     [(A, 1, None, 2022, None, 'Bình Định')]),
    ('Về DTI 2023, Long An dẫn đầu; nhóm A gồm Long An, Tây Ninh. Tiếp theo là Bình Phước, Đồng Nai.',
     [(D, 1, None, 2023, None, 'Long An')]),
    # a list after no rank at all
    ('Tỉnh đã công bố Chỉ số SIPAS năm 2023. Tiếp theo là Hà Giang và Lạng Sơn.', []),
])
def test_what_follows_no_first_place_is_not_ranked(text, expected):
    assert ranks(text) == expect(expected)


# ---- provinces listed before "lần lượt là" and a top word

@pytest.mark.parametrize("text, expected", [
    ('Thái Bình, Nam Định và Ninh Bình lần lượt là các tỉnh có Chỉ số PAPI 2020 cao nhất cả nước.',
     [(A, 1, None, 2020, None, 'Thái Bình'), (A, 2, None, 2020, None, 'Nam Định'), (A, 3, None, 2020, None, 'Ninh Bình')]),
    ('Hải Dương, Hưng Yên và Bắc Ninh lần lượt là những địa phương dẫn đầu về Chỉ số SIPAS năm 2022.',
     [(S, 1, None, 2022, None, 'Hải Dương'), (S, 2, None, 2022, None, 'Hưng Yên'), (S, 3, None, 2022, None, 'Bắc Ninh')]),
    ('Bình Dương và Long An lần lượt là hai địa phương có điều hành kinh tế tốt nhất trong Báo cáo PCI 2019.',
     [(C, 1, None, 2019, None, 'Bình Dương'), (C, 2, None, 2019, None, 'Long An')]),
])
def test_provinces_listed_before_a_respective_top_rank_1_2_3(text, expected):
    assert ranks(text) == expect(expected)


@pytest.mark.parametrize("text", [
    # a plain rate, no index
    'Hải Dương, Hưng Yên và Bắc Ninh lần lượt là các địa phương có tỷ lệ hồ sơ trực tuyến cao nhất.',
    # scores, not places
    'Hải Dương, Hưng Yên và Bắc Ninh lần lượt đạt 92%, 91% và 90% về Chỉ số SIPAS năm 2022.',
    # the lowest, not the top
    'Về PAPI 2020, Kon Tum, Gia Lai và Bình Phước lần lượt là các tỉnh có điểm thấp nhất.',
])
def test_a_respective_list_without_a_top_is_no_ranking(text):
    assert ranks(text) == []


# ---- a rank word followed by the components it is said of

@pytest.mark.parametrize("text, expected", [
    ('Theo kết quả DTI 2022, Bắc Ninh dẫn đầu ở cả 3 trụ cột chính quyền số, kinh tế số và xã hội số.',
     [(D, 'chính quyền số', 1), (D, 'kinh tế số', 1), (D, 'xã hội số', 1)]),
    ('Về PAPI 2021, Bến Tre dẫn đầu cả nước ở 2 tiêu chí: Công khai minh bạch (6,1 điểm); '
     'Thủ tục hành chính công (7,5 điểm).',
     [(A, 'Công khai minh bạch', 1), (A, 'Thủ tục hành chính công', 1)]),
    ('Về PAPI 2021, Trà Vinh dẫn đầu cả nước ở tiêu chí Quản trị điện tử với 4,2 điểm.',
     [(A, 'Quản trị điện tử', 1)]),
    ('Về PCI 2022, Long An đứng đầu về lĩnh vực Đào tạo lao động.',
     [(C, 'Đào tạo lao động', 1)]),
])
def test_components_named_after_a_rank_word(text, expected):
    assert ranks(text, ("index", "component", "rank")) == expect(expected)


@pytest.mark.parametrize("text, expected", [
    # the index itself after "về", not a component
    ('Về PAPI 2021, Trà Vinh dẫn đầu cả nước về chỉ số PAPI.', [(A, None, 1)]),
    # a count that does not match the components listed
    ('Về DTI 2022, Bắc Ninh dẫn đầu ở cả 3 trụ cột chính quyền số và kinh tế số.', [(D, None, 1)]),
])
def test_no_component_without_its_list(text, expected):
    assert ranks(text, ("index", "component", "rank")) == expect(expected)


# ---- numbers of years or steps after a rank noun; ranks in a list of goals

@pytest.mark.parametrize("text", [
    'Về Chỉ số PAR INDEX, Quảng Ninh tiếp tục giữ vững vị trí 3 năm liên tiếp.',
    'Theo Chỉ số PAPI 2022, Hà Tĩnh thăng hạng 5 bậc trong năm nay.',
    'Về SIPAS, tỉnh giữ vị trí 2 lần liên tiếp trong nhóm khá.',
])
def test_years_or_steps_after_a_rank_noun_are_no_rank(text):
    assert ranks(text) == []


def test_steps_before_a_rank_word_are_its_change_not_a_count_of_leaders():
    text = 'Năm 2021, Hà Tĩnh thăng hạng 4 bậc, trở thành tỉnh dẫn đầu bảng xếp hạng PAPI 2021.'
    assert ranks(text) == [(A, 1, None, 2021, 4, 'Hà Tĩnh')]


GOALS = ('Ngày 20/12/2024, UBND tỉnh Phú Yên ban hành Kế hoạch cải cách hành chính năm 2025. Theo đó, xác định '
         'một số chỉ tiêu chủ yếu trong năm 2025, cụ thể như sau:\n'
         '- Chỉ số cải cách hành chính (PAR INDEX) tăng từ 03 bậc trở lên so với năm 2024, xếp vị thứ 25/63 tỉnh, '
         'thành phố.\n'
         '- Chỉ số SIPAS duy trì trong TOP 20 tỉnh, thành phố.\n')


def test_a_rank_in_a_list_of_goals_is_no_ranking():
    assert ranks(GOALS) == []


def test_a_rank_after_a_list_of_goals_is_a_ranking():
    text = GOALS + '\nNăm 2023, Chỉ số PAR INDEX của tỉnh Phú Yên xếp thứ 30/63.\n'
    assert ranks(text) == [(P, 30, 63, 2023, None, 'Phú Yên')]


# ---- moves: the whole verb, and moves listed after "lần lượt"

@pytest.mark.parametrize("text, expected", [
    ('Về PCI 2023, Thanh Hóa từ vị trí thứ 30 năm 2020 tụt xuống vị trí thứ 45.',
     [(C, 30, None, 2020, None, 'Thanh Hóa'), (C, 45, None, 2023, -15, 'Thanh Hóa')]),
    ('Theo PAPI 2023, tỉnh Kon Tum từ hạng 40 năm 2022 vươn lên hạng 25.',
     [(A, 40, None, 2022, None, 'Kon Tum'), (A, 25, None, 2023, 15, 'Kon Tum')]),
    ('Trong PCI 2022, Bắc Giang và Long An tăng lần lượt từ thứ 31 lên 2 và 16 lên 10.',
     [(C, 31, None, 2021, None, 'Bắc Giang'), (C, 2, None, 2022, 29, 'Bắc Giang'),
      (C, 16, None, 2021, None, 'Long An'), (C, 10, None, 2022, 6, 'Long An')]),
    ('Về SIPAS 2023, Sơn La và Điện Biên lần lượt từ vị trí 20 lên 12 và từ 33 xuống 40.',
     [(S, 20, None, 2022, None, 'Sơn La'), (S, 12, None, 2023, 8, 'Sơn La'),
      (S, 33, None, 2022, None, 'Điện Biên'), (S, 40, None, 2023, -7, 'Điện Biên')]),
])
def test_moves(text, expected):
    assert ranks(text) == expect(expected)


def test_a_further_move_without_lan_luot_is_not_read_as_a_list():
    # "và 16 lên 10" without "lần lượt": no list of moves, no second move invented
    text = 'Trong PCI 2022, Bắc Giang đi từ thứ 31 lên 2 và 16 lên 10 dự án mới được cấp phép.'
    assert [r for r in ranks(text) if r[1] in (16, 10)] == []


# ---- years

@pytest.mark.parametrize("text, expected", [
    # a rank in a parenthesis right after the year compared with is that year's, and takes no change
    ('Theo Chỉ số PAPI 2023, tỉnh Nghệ An đạt 44 điểm, xếp thứ 20/63, tăng 5 bậc so với năm 2022 (25/63).',
     [(A, 20, 63, 2023, 5, 'Nghệ An'), (A, 25, 63, 2022, None, 'Nghệ An')]),
    # a year after the rank's scope or score
    ('Về PCI, Hà Tĩnh xếp vị trí 27 của cả nước năm 2021.', [(C, 27, None, 2021, None, 'Hà Tĩnh')]),
    ('Về PCI, năm 2021 Hà Tĩnh xếp vị trí 27, nay vươn lên vị trí thứ 18 với 67,18 điểm trong năm 2022.',
     [(C, 27, None, 2021, None, 'Hà Tĩnh'), (C, 18, None, 2022, None, 'Hà Tĩnh')]),
    # no year but the one compared with: the rank is of the year after it
    ('Theo công bố Chỉ số cải cách hành chính, Yên Bái đạt 86,1%, xếp thứ 30/63, tăng 2 bậc so với năm 2021.',
     [(P, 30, 63, 2022, 2, 'Yên Bái')]),
    # an edition compared with names the index but does not date the rank; "cải thiện N bậc" is its change
    ('Hậu Giang lần đầu giành ngôi á quân PCI, sau khi cải thiện 20 bậc so với PCI 2020. Trong PCI 2021, '
     'tỉnh đạt 70 điểm.',
     [(C, 2, None, 2021, 20, 'Hậu Giang')]),
    # a year after the rank that is a comparison or a start is not its year
    ('Năm 2015, Đà Nẵng dẫn đầu cả nước về PCI kể từ khi chỉ số được công bố vào năm 2005.',
     [(C, 1, None, 2015, None, 'Đà Nẵng')]),
])
def test_years(text, expected):
    assert ranks(text) == expect(expected)


def test_a_change_said_alone_goes_to_the_latest_years_rank_of_the_next_sentence():
    text = ('Theo PCI 2022, Nghệ An xếp thứ 23/63, tăng 7 bậc so với năm 2021 (30/63). Hà Tĩnh tăng 9 bậc. '
            'Cụ thể, Hà Tĩnh xếp vị trí 27 của cả nước năm 2021, nay vươn lên vị trí thứ 18 trong năm 2022.')
    got = ranks(text)
    assert (C, 30, 63, 2021, None, 'Nghệ An') in got
    assert (C, 18, None, 2022, 9, 'Hà Tĩnh') in got
    assert (C, 27, None, 2021, None, 'Hà Tĩnh') in got


# ---- the index named by its topic alone, as what a rank verb ranks

@pytest.mark.parametrize("text, expected", [
    ('Đến năm 2022, chuyển đổi số của tỉnh Lào Cai xếp thứ 15/63 và tăng 8 bậc so với năm 2021.',
     [(D, 15, 63, 2022, 8, 'Lào Cai')]),
    ('Năm 2023, chuyển đổi số tỉnh Yên Bái đứng thứ 20/63.', [(D, 20, 63, 2023, None, 'Yên Bái')]),
])
def test_the_topic_of_an_index_before_a_rank_verb_names_it(text, expected):
    assert ranks(text) == expect(expected)


@pytest.mark.parametrize("text", [
    'Chuyển đổi số là nhiệm vụ trọng tâm; tỉnh Lào Cai xếp thứ 15/63 về thu hút đầu tư.',
    'Đề án chuyển đổi số tỉnh Bắc Ninh xếp thứ tự ưu tiên cao.',
    'Năm 2023, Đồng Nai xếp thứ 15 trong danh sách các tỉnh có nhiều dự án đầu tư nhất sau năm 2020.',
])
def test_the_topic_elsewhere_names_no_index(text):
    assert ranks(text) == []


@pytest.mark.parametrize("text, expected", [
    # what follows "tiếp theo là" is a clause or an event, not a ranked unit
    ('Về PAR INDEX 2023, tỉnh xếp thứ 5; tiếp theo là Sở Nội vụ sẽ tham mưu kế hoạch khắc phục các chỉ số thành phần.',
     [(P, 5, None, 2023, None, None)]),
    ('Về PCI 2023, Quảng Ninh dẫn đầu, tiếp theo là Hội nghị công bố của VCCI tại Hà Nội.',
     [(C, 1, None, 2023, None, 'Quảng Ninh')]),
    ('Theo PAPI 2023, Hà Giang xếp thứ 2, tiếp theo là Ông Nguyễn Văn A phát biểu.',
     [(A, 2, None, 2023, None, 'Hà Giang')]),
    # a rate, with the index named elsewhere in the sentence
    ('Theo Báo cáo PCI 2023, Hà Nội, Bắc Ninh và Hải Phòng lần lượt là các tỉnh có tỷ lệ doanh nghiệp mới cao nhất.',
     []),
])
def test_a_list_after_a_first_place_holds_only_ranked_units(text, expected):
    assert ranks(text) == expect(expected)


def test_bodies_listed_after_a_first_place_are_ranked():
    text = 'Về Chỉ số DDCI 2023, Sở Tư pháp dẫn đầu, tiếp theo là Sở Nội vụ và Sở Tài chính.'
    assert ranks(text, ("index", "rank", "text")) == [
        ('DDCI', 1, 'dẫn đầu'), ('DDCI', 2, 'Sở Nội vụ'), ('DDCI', 3, 'Sở Tài chính')]


def test_a_respective_top_list_about_a_topic_is_no_ranking_of_the_index():
    text = 'Quảng Ninh, Hải Phòng và Bắc Ninh lần lượt là ba địa phương dẫn đầu về thu hút FDI theo PCI 2023.'
    assert ranks(text) == []
