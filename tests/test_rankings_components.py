"""Rankings of components and of several indices sharing a rank, on sentences written for these tests
(none copied from a page): a list of component ranks going on after a rank (``…, trong đó chỉ số chính
quyền số xếp thứ 1, kinh tế số thứ 9, xã hội số thứ 9``; ``X: thứ 5; Y: thứ 12``; ``X (thứ 5), Y (thứ
12)``; ``X hạng 5, Y hạng 12``), components named behind their head after a count of them, ``lần lượt``
after the names, indices joined after a rank and ``về``; and the shapes that must add no rank (scores,
weekdays, ``lần thứ 2``, numbered tasks). Each expected ranking is (index, component, rank, out_of,
year, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article

KEYS = ("index", "component", "rank", "out_of", "year", "subject")


def ranks(text):
    art = check_article(cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in KEYS) for f in art.of_type("ranking")), key=repr)


# ---- a list of component ranks going on after a rank (elliptical items, `X: thứ N`, `X (thứ N)`, a list on new lines, an item naming an index)

E = [
    ('Năm 2023, chỉ số chuyển đổi số (DTI) của tỉnh Hà Giang xếp thứ 20/63, trong đó chỉ số chính quyền số xếp thứ 1, kinh tế số thứ 9, xã hội số thứ 9.',
     [('DTI', None, 20, 63, 2023, 'Hà Giang'), ('DTI', 'chính quyền số', 1, None, 2023, 'Hà Giang'), ('DTI', 'kinh tế số', 9, None, 2023, 'Hà Giang'), ('DTI', 'xã hội số', 9, None, 2023, 'Hà Giang')]),
    ('Năm 2022, chỉ số DTI của Bình Dương xếp thứ 5/63; trụ cột chính quyền số xếp thứ 4, kinh tế số thứ 7; xã hội số thứ 12.',
     [('DTI', None, 5, 63, 2022, 'Bình Dương'), ('DTI', 'chính quyền số', 4, None, 2022, 'Bình Dương'), ('DTI', 'kinh tế số', 7, None, 2022, 'Bình Dương'), ('DTI', 'xã hội số', 12, None, 2022, 'Bình Dương')]),
    ('Chỉ số PCI năm 2023 của Quảng Ninh xếp thứ 1/63, trong đó chỉ số chi phí thời gian xếp hạng 3, tính minh bạch hạng 5, đào tạo lao động hạng 12.',
     [('PCI', None, 1, 63, 2023, 'Quảng Ninh'), ('PCI', 'chi phí thời gian', 3, None, 2023, 'Quảng Ninh'), ('PCI', 'tính minh bạch', 5, None, 2023, 'Quảng Ninh'), ('PCI', 'đào tạo lao động', 12, None, 2023, 'Quảng Ninh')]),
    ('Chỉ số DTI năm 2023 của Long An xếp thứ 15/63. Các trụ cột: chính quyền số: thứ 5; kinh tế số: thứ 12; xã hội số: thứ 30.',
     [('DTI', None, 15, 63, 2023, 'Long An'), ('DTI', 'chính quyền số', 5, None, 2023, 'Long An'), ('DTI', 'kinh tế số', 12, None, 2023, 'Long An'), ('DTI', 'xã hội số', 30, None, 2023, 'Long An')]),
    ('Chỉ số DTI năm 2023 của Long An xếp thứ 15/63, với chính quyền số (thứ 5), kinh tế số (thứ 12), xã hội số (thứ 30).',
     [('DTI', None, 15, 63, 2023, 'Long An'), ('DTI', 'chính quyền số', 5, None, 2023, 'Long An'), ('DTI', 'kinh tế số', 12, None, 2023, 'Long An'), ('DTI', 'xã hội số', 30, None, 2023, 'Long An')]),
    # a name holding a comma keeps no name (its rank is still found)
    ('Năm 2022, chỉ số PAPI của Đồng Tháp xếp thứ 3/63; trong đó chỉ số công khai, minh bạch xếp thứ 2, trách nhiệm giải trình với người dân thứ 6, kiểm soát tham nhũng thứ 11.',
     [('PAPI', None, 3, 63, 2022, 'Đồng Tháp'), ('PAPI', None, 2, None, 2022, 'Đồng Tháp'), ('PAPI', 'trách nhiệm giải trình với người dân', 6, None, 2022, 'Đồng Tháp'), ('PAPI', 'kiểm soát tham nhũng', 11, None, 2022, 'Đồng Tháp')]),
    ('Năm 2023, Chỉ số CCHC của tỉnh Nam Định xếp thứ 10/63. Trong đó, lĩnh vực cải cách thể chế xếp thứ 12, cải cách tổ chức bộ máy thứ 7, xây dựng chính quyền số thứ 21.',
     [('PAR INDEX', None, 10, 63, 2023, 'Nam Định'), ('PAR INDEX', 'cải cách thể chế', 12, None, 2023, 'Nam Định'), ('PAR INDEX', 'cải cách tổ chức bộ máy', 7, None, 2023, 'Nam Định'), ('PAR INDEX', 'xây dựng chính quyền số', 21, None, 2023, 'Nam Định')]),
    ('Năm 2023, Chỉ số CCHC của tỉnh Nam Định xếp thứ 10/63, chỉ số SIPAS xếp thứ 8/63, PAPI thứ 20/63.',
     [('PAR INDEX', None, 10, 63, 2023, 'Nam Định'), ('SIPAS', None, 8, 63, 2023, 'Nam Định'), ('PAPI', None, 20, 63, 2023, 'Nam Định')]),
    ('Năm 2023, Chỉ số DTI của Yên Bái xếp thứ 11/63. Cụ thể:\n- Chính quyền số: xếp thứ 4;\n- Kinh tế số: xếp thứ 20;\n- Xã hội số: xếp thứ 9.',
     [('DTI', None, 11, 63, 2023, 'Yên Bái'), ('DTI', 'Chính quyền số', 4, None, 2023, 'Yên Bái'), ('DTI', 'Kinh tế số', 20, None, 2023, 'Yên Bái'), ('DTI', 'Xã hội số', 9, None, 2023, 'Yên Bái')]),
    ('Chỉ số PCI năm 2022 của Bình Định xếp thứ 14/63. Các chỉ số thành phần: gia nhập thị trường: thứ 5; tiếp cận đất đai: thứ 12; tính minh bạch: thứ 30.',
     [('PCI', None, 14, 63, 2022, 'Bình Định'), ('PCI', 'gia nhập thị trường', 5, None, 2022, 'Bình Định'), ('PCI', 'tiếp cận đất đai', 12, None, 2022, 'Bình Định'), ('PCI', 'tính minh bạch', 30, None, 2022, 'Bình Định')]),
    ('Năm 2022, PCI của Bình Định xếp thứ 14/63; trong đó chỉ số tiếp cận đất đai hạng 5, tính năng động hạng 12, hỗ trợ doanh nghiệp hạng 30.',
     [('PCI', None, 14, 63, 2022, 'Bình Định'), ('PCI', 'tiếp cận đất đai', 5, None, 2022, 'Bình Định'), ('PCI', 'tính năng động', 12, None, 2022, 'Bình Định'), ('PCI', 'hỗ trợ doanh nghiệp', 30, None, 2022, 'Bình Định')]),
    ('Năm 2023, Chỉ số CCHC của Phú Yên xếp thứ 40/63, trong đó lĩnh vực cải cách thể chế (thứ 8), cải cách TTHC (thứ 25), cải cách công vụ (thứ 51).',
     [('PAR INDEX', None, 40, 63, 2023, 'Phú Yên'), ('PAR INDEX', 'cải cách thể chế', 8, None, 2023, 'Phú Yên'), ('PAR INDEX', 'cải cách TTHC', 25, None, 2023, 'Phú Yên'), ('PAR INDEX', 'cải cách công vụ', 51, None, 2023, 'Phú Yên')]),
    ('Năm 2023, Chỉ số DTI của Lâm Đồng xếp thứ 22/63; trụ cột chính quyền số xếp thứ 10 và kinh tế số xếp thứ 40.',
     [('DTI', None, 22, 63, 2023, 'Lâm Đồng'), ('DTI', 'chính quyền số', 10, None, 2023, 'Lâm Đồng'), ('DTI', 'kinh tế số', 40, None, 2023, 'Lâm Đồng')]),
]


@pytest.mark.parametrize("text, expected", E)
def test_component_items_after_a_rank(text, expected):
    assert ranks(text) == sorted(expected, key=repr)

# ---- component names behind their head (`lĩnh vực`, `trụ cột`, `chỉ số`) after a count of components

N = [
    ('Năm 2023, Chỉ số CCHC của Hà Tĩnh xếp thứ 20/63. Trong 8 lĩnh vực thành phần, lĩnh vực cải cách thể chế xếp thứ 12, cải cách TTHC xếp thứ 40.',
     [('PAR INDEX', None, 20, 63, 2023, 'Hà Tĩnh'), ('PAR INDEX', 'cải cách thể chế', 12, None, 2023, 'Hà Tĩnh'), ('PAR INDEX', 'cải cách TTHC', 40, None, 2023, 'Hà Tĩnh')]),
    ('Năm 2023, Chỉ số PCI của Hà Tĩnh xếp thứ 20/63. Trong 10 chỉ số thành phần, chỉ số gia nhập thị trường xếp thứ 5, chi phí không chính thức xếp thứ 30.',
     [('PCI', None, 20, 63, 2023, 'Hà Tĩnh'), ('PCI', 'gia nhập thị trường', 5, None, 2023, 'Hà Tĩnh'), ('PCI', 'chi phí không chính thức', 30, None, 2023, 'Hà Tĩnh')]),
    ('Năm 2023, Chỉ số DTI của Hà Tĩnh xếp thứ 20/63. Ở 3 trụ cột, trụ cột chính quyền số xếp thứ 15, kinh tế số xếp thứ 33.',
     [('DTI', None, 20, 63, 2023, 'Hà Tĩnh'), ('DTI', 'chính quyền số', 15, None, 2023, 'Hà Tĩnh'), ('DTI', 'kinh tế số', 33, None, 2023, 'Hà Tĩnh')]),
    ('Năm 2022, Chỉ số PAPI của Hà Tĩnh xếp thứ 20/63. Trong 8 chỉ số nội dung, chỉ số tham gia của người dân ở cấp cơ sở xếp thứ 5, quản trị môi trường xếp thứ 50.',
     [('PAPI', None, 20, 63, 2022, 'Hà Tĩnh'), ('PAPI', 'tham gia của người dân ở cấp cơ sở', 5, None, 2022, 'Hà Tĩnh'), ('PAPI', 'quản trị môi trường', 50, None, 2022, 'Hà Tĩnh')]),
]


@pytest.mark.parametrize("text, expected", N)
def test_components_named_behind_their_head(text, expected):
    assert ranks(text) == sorted(expected, key=repr)

# ---- `lần lượt` after the names listed in the clause after `;`

R = [
    ('Năm 2023, Chỉ số DTI của Cà Mau xếp thứ 30/63; các trụ cột chính quyền số, kinh tế số và xã hội số lần lượt xếp thứ 5, 12 và 30.',
     [('DTI', None, 30, 63, 2023, 'Cà Mau'), ('DTI', 'chính quyền số', 5, None, 2023, 'Cà Mau'), ('DTI', 'kinh tế số', 12, None, 2023, 'Cà Mau'), ('DTI', 'xã hội số', 30, None, 2023, 'Cà Mau')]),
    ('Năm 2023, Chỉ số CCHC của Cà Mau xếp thứ 30/63; cải cách thể chế, cải cách TTHC và cải cách tài chính công lần lượt xếp thứ 5, 12 và 30.',
     [('PAR INDEX', None, 30, 63, 2023, 'Cà Mau'), ('PAR INDEX', 'cải cách thể chế', 5, None, 2023, 'Cà Mau'), ('PAR INDEX', 'cải cách TTHC', 12, None, 2023, 'Cà Mau'), ('PAR INDEX', 'cải cách tài chính công', 30, None, 2023, 'Cà Mau')]),
]


@pytest.mark.parametrize("text, expected", R)
def test_respectively_after_the_names(text, expected):
    assert ranks(text) == sorted(expected, key=repr)

# ---- several indices sharing one rank (`về Chỉ số A và Chỉ số B`, `cả hai chỉ số`)

L = [
    ('Năm 2021, Sóc Trăng dẫn đầu khu vực Đồng bằng sông Cửu Long về Chỉ số SIPAS và Chỉ số CCHC.',
     [('SIPAS', None, 1, None, 2021, 'Sóc Trăng'), ('PAR INDEX', None, 1, None, 2021, 'Sóc Trăng')]),
    ('Năm 2022, Quảng Ninh tiếp tục đứng đầu cả hai chỉ số PAR INDEX và SIPAS.',
     [('PAR INDEX', None, 1, None, 2022, 'Quảng Ninh'), ('SIPAS', None, 1, None, 2022, 'Quảng Ninh')]),
    ('Năm 2023, Hải Phòng xếp thứ 2/63 về cả Chỉ số PAR INDEX và Chỉ số SIPAS.',
     [('PAR INDEX', None, 2, 63, 2023, 'Hải Phòng'), ('SIPAS', None, 2, 63, 2023, 'Hải Phòng')]),
    ('Năm 2022, Bến Tre dẫn đầu cả nước về Chỉ số PAPI và PCI.',
     [('PAPI', None, 1, None, 2022, 'Bến Tre'), ('PCI', None, 1, None, 2022, 'Bến Tre')]),
    ('Năm 2020, tỉnh Thừa Thiên Huế đứng thứ 3 toàn quốc về các Chỉ số PAR INDEX, SIPAS và DTI.',
     [('PAR INDEX', None, 3, None, 2020, 'Thừa Thiên Huế'), ('SIPAS', None, 3, None, 2020, 'Thừa Thiên Huế'), ('DTI', None, 3, None, 2020, 'Thừa Thiên Huế')]),
    ('Chỉ số PAR INDEX và Chỉ số SIPAS năm 2022 của Quảng Ninh cùng xếp thứ 1/63.',
     [('PAR INDEX', None, 1, 63, 2022, 'Quảng Ninh'), ('SIPAS', None, 1, 63, 2022, 'Quảng Ninh')]),
    ('Năm 2022, Quảng Ninh tiếp tục đứng đầu cả hai chỉ số PAR INDEX và SIPAS.',
     [('PAR INDEX', None, 1, None, 2022, 'Quảng Ninh'), ('SIPAS', None, 1, None, 2022, 'Quảng Ninh')]),
    ('Năm 2023, Đà Nẵng xếp thứ nhất cả nước về Chỉ số PAR INDEX, Chỉ số SIPAS và Chỉ số DTI.',
     [('PAR INDEX', None, 1, None, 2023, 'Đà Nẵng'), ('SIPAS', None, 1, None, 2023, 'Đà Nẵng'), ('DTI', None, 1, None, 2023, 'Đà Nẵng')]),
    ('Năm 2023, Bình Dương xếp thứ 4/63 ở cả hai Chỉ số PCI và PAPI.',
     [('PCI', None, 4, 63, 2023, 'Bình Dương'), ('PAPI', None, 4, 63, 2023, 'Bình Dương')]),
]


@pytest.mark.parametrize("text, expected", L)
def test_indices_sharing_a_rank(text, expected):
    assert ranks(text) == sorted(expected, key=repr)

# ---- counter-examples: scores with no rank, weekdays, `lần thứ 2`, numbered tasks

Z = [
    # points of a plan numbered at the head of their clauses ("thứ 3, …") are no ranks
    ('Năm 2023, Chỉ số CCHC của Phú Yên xếp thứ 40/63. Kế hoạch nêu các nhiệm vụ trọng tâm: thứ nhất, cải cách thể chế; thứ hai, cải cách TTHC; thứ 3, cải cách công vụ.',
     [('PAR INDEX', None, 40, 63, 2023, 'Phú Yên')]),
    ('Năm 2023, Chỉ số CCHC của Phú Yên xếp thứ 40/63. Tỉnh đề ra các giải pháp: thứ 1, cải cách thể chế; thứ 2, cải cách TTHC.',
     [('PAR INDEX', None, 40, 63, 2023, 'Phú Yên')]),
    ('Năm 2023, Chỉ số DTI của Yên Bái đạt 0,55 điểm; chính quyền số đạt 0,6 điểm, kinh tế số 0,4 điểm, xã hội số 0,5 điểm.',
     []),
    ('Sáng thứ Năm, lãnh đạo tỉnh họp bàn về Chỉ số CCHC, chính quyền số, kinh tế số.',
     []),
    ('Đây là lần thứ 2 tỉnh tổ chức hội nghị về Chỉ số PAPI, kinh tế số thứ yếu.',
     []),
    ('Kế hoạch cải thiện Chỉ số CCHC gồm các nhiệm vụ: thứ nhất, cải cách thể chế; thứ hai, cải cách TTHC; thứ ba, xây dựng chính quyền số.',
     []),
    ('Năm 2023, Chỉ số CCHC của tỉnh Bắc Kạn xếp thứ 40/63; ngày thứ 5 hằng tuần là ngày không hẹn, kinh tế số phát triển.',
     [('PAR INDEX', None, 40, 63, 2023, 'Bắc Kạn')]),
    ('Năm 2023, Chỉ số CCHC của Phú Yên xếp thứ 40/63; các lĩnh vực: cải cách thể chế đạt 8,5 điểm, cải cách TTHC đạt 10 điểm.',
     [('PAR INDEX', None, 40, 63, 2023, 'Phú Yên')]),
    ('Năm 2023, Chỉ số CCHC của Phú Yên xếp thứ 40/63, trong đó lĩnh vực cải cách TTHC được rà soát lần thứ 2, các cuộc họp vào thứ 5 hằng tuần.',
     [('PAR INDEX', None, 40, 63, 2023, 'Phú Yên')]),
    ('Năm 2023, Chỉ số PAPI của Kon Tum xếp thứ 30/63. Tỉnh tổ chức hội nghị vào thứ Năm, ngày 5/10, bàn về trụ cột chính quyền số, kinh tế số.',
     [('PAPI', None, 30, 63, 2023, 'Kon Tum')]),
]


@pytest.mark.parametrize("text, expected", Z)
def test_no_rank_added(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- a rank followed by a count of indices: the ones named (after the count, or before it and not ranked so already)

COUNTED = [
    ('Năm 2022, Quảng Ninh đứng đầu Chỉ số SIPAS và Chỉ số CCHC. Cùng với Chỉ số PAPI và Chỉ số PCI công bố trước đó, '
     'Quảng Ninh là tỉnh đứng đầu cả 4 chỉ số.',
     [('SIPAS', None, 1, None, 2022, 'Quảng Ninh'), ('PAR INDEX', None, 1, None, 2022, 'Quảng Ninh'),
      ('PAPI', None, 1, None, None, 'Quảng Ninh'), ('PCI', None, 1, None, None, 'Quảng Ninh')]),
    ('Năm 2023, Chỉ số CCHC của Bắc Ninh xếp thứ 5/63, Chỉ số SIPAS xếp thứ 9/63. Trong vùng, tỉnh xếp thứ 2 cả 3 chỉ số PCI, PAPI, DTI.',
     [('PAR INDEX', None, 5, 63, 2023, 'Bắc Ninh'), ('SIPAS', None, 9, 63, 2023, 'Bắc Ninh'),
      ('PCI', None, 2, None, 2023, 'Bắc Ninh'), ('PAPI', None, 2, None, 2023, 'Bắc Ninh'), ('DTI', None, 2, None, 2023, 'Bắc Ninh')]),
    # a count with no rank before it is no rank
    ('Năm 2023, Chỉ số CCHC của Bắc Ninh xếp thứ 5/63. Tỉnh có 3 chỉ số thuộc nhóm khá, cả 3 chỉ số đều tăng điểm.',
     [('PAR INDEX', None, 5, 63, 2023, 'Bắc Ninh')]),
]


@pytest.mark.parametrize("text, expected", COUNTED)
def test_a_rank_of_counted_indices(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- more shapes of the same classes: `đứng thứ` items after `trong đó`, `X: hạng N`, items with `/63`,
# an index item without its verb, two ranks each `về` its index, changes between items; and a lesson count,
# a meeting weekday and scores that add no rank

MORE = [
    ('Năm 2023, PAPI của Thanh Hóa xếp thứ 12/63. Trong 8 chỉ số nội dung, Thanh Hóa có chỉ số công khai, minh bạch xếp thứ 3; kiểm soát tham nhũng xếp thứ 8; thủ tục hành chính công xếp thứ 20.',
     [('PAPI', None, 12, 63, 2023, 'Thanh Hóa'), ('PAPI', None, 3, None, 2023, 'Thanh Hóa'), ('PAPI', 'kiểm soát tham nhũng', 8, None, 2023, 'Thanh Hóa'), ('PAPI', 'thủ tục hành chính công', 20, None, 2023, 'Thanh Hóa')]),
    ('PCI 2022 của Vĩnh Phúc xếp thứ 9/63; các chỉ số thành phần gia nhập thị trường, tiếp cận đất đai và tính minh bạch lần lượt xếp thứ 5, 12 và 30.',
     [('PCI', None, 9, 63, 2022, 'Vĩnh Phúc'), ('PCI', 'gia nhập thị trường', 5, None, 2022, 'Vĩnh Phúc'), ('PCI', 'tiếp cận đất đai', 12, None, 2022, 'Vĩnh Phúc'), ('PCI', 'tính minh bạch', 30, None, 2022, 'Vĩnh Phúc')]),
    ('Năm 2023, Chỉ số DTI của Ninh Bình xếp thứ 18/63, trong đó chính quyền số đứng thứ 6, kinh tế số đứng thứ 25, xã hội số đứng thứ 31.',
     [('DTI', None, 18, 63, 2023, 'Ninh Bình'), ('DTI', 'chính quyền số', 6, None, 2023, 'Ninh Bình'), ('DTI', 'kinh tế số', 25, None, 2023, 'Ninh Bình'), ('DTI', 'xã hội số', 31, None, 2023, 'Ninh Bình')]),
    ('Năm 2023, Chỉ số CCHC của Ninh Bình xếp thứ 18/63. Các lĩnh vực thành phần: cải cách thể chế xếp hạng 9/63; cải cách TTHC xếp hạng 14/63; cải cách tài chính công xếp hạng 40/63.',
     [('PAR INDEX', None, 18, 63, 2023, 'Ninh Bình'), ('PAR INDEX', 'cải cách thể chế', 9, 63, 2023, 'Ninh Bình'), ('PAR INDEX', 'cải cách TTHC', 14, 63, 2023, 'Ninh Bình'), ('PAR INDEX', 'cải cách tài chính công', 40, 63, 2023, 'Ninh Bình')]),
    ('Năm 2023, Tây Ninh đứng thứ 2 cả nước về Chỉ số DTI và thứ 5 về Chỉ số PCI.',
     [('DTI', None, 2, None, 2023, 'Tây Ninh'), ('PCI', None, 5, None, 2023, 'Tây Ninh')]),
    ('Năm 2023, Chỉ số SIPAS của Tây Ninh xếp thứ 7/63, Chỉ số CCHC thứ 11/63.',
     [('SIPAS', None, 7, 63, 2023, 'Tây Ninh'), ('PAR INDEX', None, 11, 63, 2023, 'Tây Ninh')]),
    ('Năm 2023, Chỉ số DTI của Tây Ninh xếp thứ 3/63; chính quyền số: hạng 2; kinh tế số: hạng 6.',
     [('DTI', None, 3, 63, 2023, 'Tây Ninh'), ('DTI', 'chính quyền số', 2, None, 2023, 'Tây Ninh'), ('DTI', 'kinh tế số', 6, None, 2023, 'Tây Ninh')]),
    ('Năm 2023, Chỉ số PCI của Tây Ninh xếp thứ 3/63, trong đó chỉ số tiếp cận đất đai đạt 7,2 điểm, tính minh bạch đạt 6,5 điểm.',
     [('PCI', None, 3, 63, 2023, 'Tây Ninh')]),
    ('Năm 2023, Chỉ số CCHC của Tây Ninh xếp thứ 3/63. Trong lĩnh vực cải cách TTHC, tỉnh tổ chức hội nghị lần thứ 3, họp định kỳ ngày thứ 2 hằng tuần.',
     [('PAR INDEX', None, 3, 63, 2023, 'Tây Ninh')]),
    ('Năm 2023, Chỉ số DTI của Tây Ninh xếp thứ 3/63, trong đó trụ cột chính quyền số xếp thứ 2, giảm 1 bậc, kinh tế số thứ 6, tăng 4 bậc.',
     [('DTI', None, 3, 63, 2023, 'Tây Ninh'), ('DTI', 'chính quyền số', 2, None, 2023, 'Tây Ninh'), ('DTI', 'kinh tế số', 6, None, 2023, 'Tây Ninh')]),
]


@pytest.mark.parametrize("text, expected", MORE)
def test_more_shapes(text, expected):
    assert ranks(text) == sorted(expected, key=repr)
