"""Rankings on text never seen, second round: for each class of phrase and each shape of rank table,
sentences and tables written for these tests (none is copied from a page), with the confusable shapes
that must give no ranking. Each expected ranking is (index, rank, out_of, year, change, subject)."""
import pytest

import cchc_extract as cx

from conftest import check_article

P, S, A, C, D = "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"
KEYS = ("index", "rank", "out_of", "year", "change", "subject")

LEAD = "Ngày 10/4/2024, Bộ Nội vụ công bố các chỉ số năm 2023 của các tỉnh, thành phố.\n"


def ranks(text):
    art = check_article(cx.extract(text))
    return sorted((tuple(getattr(f, k) for k in KEYS) for f in art.of_type("ranking")), key=repr)


# ---- the index written glued, as a variant, paraphrased, an acronym of its own, or beside a sub-index in an aside

INDEX = [
    ('Theo kết quả PAR-INDEX 2023 vừa công bố, Bắc Giang xếp thứ 8/63.',
     [(P, 8, 63, 2023, None, 'Bắc Giang')]),
    ('Chỉ số ParIndex năm 2022 của tỉnh Kon Tum đứng thứ 45/63.',
     [(P, 45, 63, 2022, None, 'Kon Tum')]),
    ('Với Chỉ số Xanh cấp tỉnh (PGI) năm 2022, Đồng Nai xếp thứ 2/63.',
     [('PGI', 2, 63, 2022, None, 'Đồng Nai')]),
    ('Chỉ số Đổi mới sáng tạo cấp địa phương (PII) năm 2023 của Bắc Ninh đứng thứ 3 cả nước.',
     [('PII', 3, None, 2023, None, 'Bắc Ninh')]),
    ('Chỉ số cải cách hành chính 2023 của Lào Cai đạt 87,5% (trong đó chỉ số SIPAS đạt 83,2%), đứng thứ 11/63 tỉnh, thành phố.',
     [(P, 11, 63, 2023, None, 'Lào Cai')]),
    ('Về năng lực cạnh tranh cấp tỉnh năm 2023, Long An đứng thứ 2 cả nước.',
     [(C, 2, None, 2023, None, 'Long An')]),
    ('Chỉ số Sipas năm 2021 của tỉnh Hà Giang xếp thứ 5/63.',
     [(S, 5, 63, 2021, None, 'Hà Giang')]),
    ('Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT-Index) 2020 của Đà Nẵng xếp thứ 1/63.',
     [('ICT INDEX', 1, 63, 2020, None, 'Đà Nẵng')]),
    ('Bảng xếp hạng Par Index 2021 cho thấy Thái Bình xếp hạng 12/63.',
     [(P, 12, 63, 2021, None, 'Thái Bình')]),
    ('Chỉ số PAR INDEX 2022 của Quảng Trị đạt 84,12% (cao hơn chỉ số PAPI), xếp thứ 36/63.',
     [(P, 36, 63, 2022, None, 'Quảng Trị')]),
    ('Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh năm 2022 của Quảng Bình đứng thứ 14/63.',
     [(A, 14, 63, 2022, None, 'Quảng Bình')]),
    ('Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành (DDCI) năm 2023 của tỉnh Lào Cai, Sở Tư pháp xếp thứ 1.',
     [('DDCI', 1, None, 2023, None, None)]),
    ('Theo Chỉ số cải cách hành chính cấp tỉnh (PAR Index) 2020, Vĩnh Phúc xếp vị trí thứ 13.',
     [(P, 13, None, 2020, None, 'Vĩnh Phúc')]),
    ('Chỉ số PAR INDEX của tỉnh Cao Bằng năm 2021 là 82,35%, đứng thứ 50/63, trong đó SIPAS đạt 80,1%.',
     [(P, 50, 63, 2021, None, 'Cao Bằng')]),
    ('Kết quả Chỉ số Quản trị môi trường cấp tỉnh (PEGI) năm 2023, Hà Giang xếp thứ 6.',
     [('PEGI', 6, None, 2023, None, 'Hà Giang')]),
    ('Năm 2022, PAPI của Quảng Trị xếp hạng 28/63; chỉ số SIPAS đạt 82%.',
     [(A, 28, 63, 2022, None, 'Quảng Trị')]),
    ('Về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2019, Bắc Ninh đứng thứ 8 và là tỉnh dẫn đầu vùng đồng bằng sông Hồng.',
     [(C, 8, None, 2019, None, 'Bắc Ninh'), (C, 1, None, 2019, None, 'Bắc Ninh')]),
    ('Năm 2023, Bắc Ninh xếp thứ 3 cả nước về PII.',
     [('PII', 3, None, 2023, None, 'Bắc Ninh')]),
    ('Theo bảng xếp hạng PGI 2022, Đồng Tháp đứng thứ 2.',
     [('PGI', 2, None, 2022, None, 'Đồng Tháp')]),
    ('Quảng Ninh dẫn đầu Chỉ số Xanh cấp tỉnh năm 2023.',
     [('PGI', 1, None, 2023, None, 'Quảng Ninh')]),
    ('Chỉ số đổi mới sáng tạo cấp địa phương năm 2023 của Hà Nội xếp thứ nhất.',
     [('PII', 1, None, 2023, None, 'Hà Nội')]),
    ('Chỉ số PAR-Index năm 2022 của Thanh Hóa xếp hạng 10/63 (trong đó, SIPAS xếp thứ 7/63).',
     [(P, 10, 63, 2022, None, 'Thanh Hóa'), (S, 7, 63, 2022, None, 'Thanh Hóa')]),
]


@pytest.mark.parametrize("text, expected", INDEX)
def test_index(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- ordered lists: a count of leaders and 'lần lượt là', 'theo sau là', 'xếp sau lần lượt là', ranks said before the names, 'Top 3'

LIST = [
    ('Năm 2023, ba tỉnh dẫn đầu Chỉ số PAPI lần lượt là Quảng Ninh, Bình Định và Thừa Thiên Huế.',
     [(A, 1, None, 2023, None, 'Quảng Ninh'), (A, 2, None, 2023, None, 'Bình Định'), (A, 3, None, 2023, None, 'Thừa Thiên Huế')]),
    ('Về DTI 2022, Đà Nẵng giữ ngôi đầu với 0,70 điểm, theo sau là Thừa Thiên Huế (0,63) và Bắc Ninh (0,59).',
     [(D, 1, None, 2022, None, 'Đà Nẵng'), (D, 2, None, 2022, None, 'Thừa Thiên Huế'), (D, 3, None, 2022, None, 'Bắc Ninh')]),
    ('Top 3 địa phương có Chỉ số PAR INDEX 2023 cao nhất lần lượt là Hải Phòng, Quảng Ninh, Bắc Ninh.',
     [(P, 1, None, 2023, None, 'Hải Phòng'), (P, 2, None, 2023, None, 'Quảng Ninh'), (P, 3, None, 2023, None, 'Bắc Ninh')]),
    ('Năm địa phương đứng đầu về PCI 2023 lần lượt là Quảng Ninh, Long An, Hải Phòng, Bắc Ninh và Đồng Tháp.',
     [(C, 1, None, 2023, None, 'Quảng Ninh'), (C, 2, None, 2023, None, 'Long An'), (C, 3, None, 2023, None, 'Hải Phòng'), (C, 4, None, 2023, None, 'Bắc Ninh'), (C, 5, None, 2023, None, 'Đồng Tháp')]),
    ('Về SIPAS năm 2022, Quảng Ninh đứng đầu với 89,5%; xếp sau lần lượt là Hải Dương và Nam Định.',
     [(S, 1, None, 2022, None, 'Quảng Ninh'), (S, 2, None, 2022, None, 'Hải Dương'), (S, 3, None, 2022, None, 'Nam Định')]),
    ('Bảng xếp hạng PCI 2021 ghi nhận Quảng Ninh ở vị trí quán quân, theo sau là Hải Phòng và Đồng Tháp.',
     [(C, 1, None, 2021, None, 'Quảng Ninh'), (C, 2, None, 2021, None, 'Hải Phòng'), (C, 3, None, 2021, None, 'Đồng Tháp')]),
    ('Các vị trí thứ 2, thứ 3 và thứ 4 về Chỉ số CCHC năm 2023 lần lượt thuộc về Quảng Ninh, Bắc Ninh và Hà Nội.',
     [(P, 2, None, 2023, None, 'Quảng Ninh'), (P, 3, None, 2023, None, 'Bắc Ninh'), (P, 4, None, 2023, None, 'Hà Nội')]),
    ('Trong Chỉ số PAPI 2022, 2 tỉnh dẫn đầu lần lượt là Bình Định (45,3 điểm) và Quảng Ninh (44,9 điểm).',
     [(A, 1, None, 2022, None, 'Bình Định'), (A, 2, None, 2022, None, 'Quảng Ninh')]),
    ('Đứng đầu bảng xếp hạng PAPI 2021 là Thừa Thiên Huế, tiếp theo lần lượt là Quảng Ninh và Bình Định.',
     [(A, 1, None, 2021, None, 'Thừa Thiên Huế'), (A, 2, None, 2021, None, 'Quảng Ninh'), (A, 3, None, 2021, None, 'Bình Định')]),
    ('Theo PCI 2022, hai tỉnh đứng đầu lần lượt là Quảng Ninh và Long An.',
     [(C, 1, None, 2022, None, 'Quảng Ninh'), (C, 2, None, 2022, None, 'Long An')]),
    ('Về SIPAS 2023, bốn địa phương dẫn đầu lần lượt là: Hải Phòng, Quảng Ninh, Bắc Ninh và Hà Giang.',
     [(S, 1, None, 2023, None, 'Hải Phòng'), (S, 2, None, 2023, None, 'Quảng Ninh'), (S, 3, None, 2023, None, 'Bắc Ninh'), (S, 4, None, 2023, None, 'Hà Giang')]),
    ('Trong bảng xếp hạng DTI 2023, Hải Phòng, Đà Nẵng và Quảng Ninh lần lượt xếp thứ nhất, thứ hai và thứ ba.',
     [(D, 1, None, 2023, None, 'Hải Phòng'), (D, 2, None, 2023, None, 'Đà Nẵng'), (D, 3, None, 2023, None, 'Quảng Ninh')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề Chỉ số PAR INDEX 2022, Top 3 lần lượt là Hải Phòng, Quảng Ninh và Bắc Ninh.',
     [(P, 1, None, 2022, None, 'Hải Phòng'), (P, 2, None, 2022, None, 'Quảng Ninh'), (P, 3, None, 2022, None, 'Bắc Ninh')]),
    # GUIDE §12: an ordered list after a first place gives the next ranks
    ('Tỉnh làm tốt công tác cải cách.\nTheo PAPI 2023, dẫn đầu là Thừa Thiên Huế, kế đến là Thái Nguyên và Bắc Ninh.',
     [(A, 1, None, 2023, None, 'Thừa Thiên Huế'), (A, 2, None, 2023, None, 'Thái Nguyên'),
      (A, 3, None, 2023, None, 'Bắc Ninh')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số SIPAS năm 2021 có ba tỉnh dẫn đầu là Hà Giang, Lạng Sơn và Quảng Ninh.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nVề DTI 2023, top 3 địa phương có chỉ số cao nhất lần lượt là Đà Nẵng, Hồ Chí Minh và Thừa Thiên Huế.',
     [(D, 1, None, 2023, None, 'Đà Nẵng'), (D, 2, None, 2023, None, 'Hồ Chí Minh'), (D, 3, None, 2023, None, 'Thừa Thiên Huế')]),
    ('Tỉnh làm tốt công tác cải cách.\nQuảng Ninh dẫn đầu PCI 2023 với 73 điểm. Xếp sau Quảng Ninh lần lượt là Long An và Hải Phòng.',
     [(C, 1, None, 2023, None, 'Quảng Ninh'), (C, 2, None, 2023, None, 'Long An'), (C, 3, None, 2023, None, 'Hải Phòng')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề SIPAS 2023, Hải Phòng đứng đầu; ba vị trí tiếp theo lần lượt thuộc về Quảng Ninh, Hà Giang và Lạng Sơn.',
     [(S, 1, None, 2023, None, 'Hải Phòng'), (S, 2, None, 2023, None, 'Quảng Ninh'), (S, 3, None, 2023, None, 'Hà Giang'), (S, 4, None, 2023, None, 'Lạng Sơn')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PAPI 2022, Quảng Ninh dẫn đầu, đứng sau lần lượt là Bình Dương và Thanh Hóa.',
     [(A, 1, None, 2022, None, 'Quảng Ninh'), (A, 2, None, 2022, None, 'Bình Dương'), (A, 3, None, 2022, None, 'Thanh Hóa')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PAR INDEX 2023, ba tỉnh dẫn đầu lần lượt là Hải Phòng (91,9%), Quảng Ninh (91,7%) và TP.HCM (90,1%).',
     [(P, 1, None, 2023, None, 'Hải Phòng'), (P, 2, None, 2023, None, 'Quảng Ninh'), (P, 3, None, 2023, None, 'Hồ Chí Minh')]),
    ('Tỉnh làm tốt công tác cải cách.\nTheo DTI 2022, 3 địa phương dẫn đầu lần lượt là: TP. Đà Nẵng, TP. Hồ Chí Minh, tỉnh Quảng Ninh.',
     [(D, 1, None, 2022, None, 'Đà Nẵng'), (D, 2, None, 2022, None, 'Hồ Chí Minh'), (D, 3, None, 2022, None, 'Quảng Ninh')]),
    ('Tỉnh làm tốt công tác cải cách.\nỞ Chỉ số PCI 2020, 5 tỉnh có điểm số cao nhất lần lượt là Quảng Ninh, Đồng Tháp, Long An, Bình Dương và Bắc Ninh.',
     [(C, 1, None, 2020, None, 'Quảng Ninh'), (C, 2, None, 2020, None, 'Đồng Tháp'), (C, 3, None, 2020, None, 'Long An'), (C, 4, None, 2020, None, 'Bình Dương'), (C, 5, None, 2020, None, 'Bắc Ninh')]),
]


@pytest.mark.parametrize("text, expected", LIST)
def test_list(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- rank idioms and words: 'chiếm ngôi đầu', 'về nhì', 'vị trí số một', 'đứng hạng nhì', the subject after the verb

IDIOM = [
    ('Với 91,2 điểm, Quảng Ninh tiếp tục chiếm ngôi đầu bảng xếp hạng PAR INDEX 2023.',
     [(P, 1, None, 2023, None, 'Quảng Ninh')]),
    ('Trong bảng xếp hạng PCI 2021, Long An về nhì, chỉ sau Quảng Ninh.',
     [(C, 2, None, 2021, None, 'Long An')]),
    ('Chỉ số SIPAS năm 2022 của tỉnh Hà Giang xếp vị trí thứ nhất trong 63 tỉnh, thành phố.',
     [(S, 1, 63, 2022, None, 'Hà Giang')]),
    ('Đứng thứ 2 về Chỉ số PAPI 2023 là tỉnh Bình Định.',
     [(A, 2, None, 2023, None, 'Bình Định')]),
    ('Xếp thứ ba trong bảng xếp hạng DTI 2023 là Bắc Ninh.',
     [(D, 3, None, 2023, None, 'Bắc Ninh')]),
    ('Về PCI 2020, vị trí số một thuộc về Quảng Ninh.',
     [(C, 1, None, 2020, None, 'Quảng Ninh')]),
    ('Hà Nội xếp vị trí thứ 2 trong số 63 tỉnh, thành phố về Chỉ số CCHC năm 2021.',
     [(P, 2, 63, 2021, None, 'Hà Nội')]),
    ('Chỉ số PAPI 2022 của Thừa Thiên Huế đứng hạng nhì toàn quốc.',
     [(A, 2, None, 2022, None, 'Thừa Thiên Huế')]),
    ('Về PCI 2022, Đồng Tháp xếp thứ tư cả nước.',
     [(C, 4, None, 2022, None, 'Đồng Tháp')]),
    ('Năm 2023, Bến Tre giữ vững ngôi vị quán quân Chỉ số SIPAS.',
     [(S, 1, None, 2023, None, 'Bến Tre')]),
    ('Về Chỉ số CCHC năm 2022, tỉnh Bắc Giang vươn lên vị trí thứ nhất cả nước.',
     [(P, 1, None, 2022, None, 'Bắc Giang')]),
    ('Tại bảng xếp hạng DTI năm 2023, đứng đầu cả nước tiếp tục là Đà Nẵng.',
     [(D, 1, None, 2023, None, 'Đà Nẵng')]),
    ('Năm 2021, Chỉ số PAR INDEX của Hải Phòng về đích ở vị trí thứ 3/63.',
     [(P, 3, 63, 2021, None, 'Hải Phòng')]),
    ('Chỉ số SIPAS 2022 của Lạng Sơn chiếm vị trí số 1 cả nước.',
     [(S, 1, None, 2022, None, 'Lạng Sơn')]),
    ('Năm 2023, Quảng Ninh một lần nữa về nhất Chỉ số PAR INDEX với 91,66 điểm.',
     [(P, 1, None, 2023, None, 'Quảng Ninh')]),
    ('Xếp thứ hai cả nước về Chỉ số CCHC năm 2022 là Hải Phòng.',
     [(P, 2, None, 2022, None, 'Hải Phòng')]),
    ('Về DTI 2021, xếp vị trí thứ 5 trong 63 tỉnh, thành phố là tỉnh Thừa Thiên Huế.',
     [(D, 5, 63, 2021, None, 'Thừa Thiên Huế')]),
    ('Trong Chỉ số PAPI 2020, Bến Tre đứng ở vị trí thứ nhì toàn quốc.',
     [(A, 2, None, 2020, None, 'Bến Tre')]),
    ('Về PAPI 2021, ngôi đầu thuộc về Thừa Thiên Huế.',
     [(A, 1, None, 2021, None, 'Thừa Thiên Huế')]),
    ('Trong bảng xếp hạng PAR INDEX 2022, vị trí cuối cùng thuộc về Quảng Ngãi.',
     []),
    ('Chỉ số SIPAS 2021 của Hà Giang dẫn đầu cả nước, với 89,6%.',
     [(S, 1, None, 2021, None, 'Hà Giang')]),
    ('Năm 2023, Hậu Giang bứt phá lên vị trí thứ 5 về Chỉ số PAPI.',
     [(A, 5, None, 2023, None, 'Hậu Giang')]),
    ('Đồng Tháp lọt vào vị trí thứ 4 trong bảng xếp hạng PCI 2022.',
     [(C, 4, None, 2022, None, 'Đồng Tháp')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAR INDEX năm 2020 của Sơn La đứng ở vị trí 27/63 tỉnh, thành.',
     [(P, 27, 63, 2020, None, 'Sơn La')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2022, Lạng Sơn giữ vững vị trí số 1 về Chỉ số SIPAS.',
     [(S, 1, None, 2022, None, 'Lạng Sơn')]),
    ('Tỉnh làm tốt công tác cải cách.\nThứ hạng PCI 2023 của tỉnh Vĩnh Phúc là 15/63.',
     [(C, 15, 63, 2023, None, 'Vĩnh Phúc')]),
    ('Tỉnh làm tốt công tác cải cách.\nVĩnh Phúc có thứ hạng 15/63 về PCI 2023.',
     [(C, 15, 63, 2023, None, 'Vĩnh Phúc')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PCI 2023, các tỉnh phía Bắc có kết quả tốt: Vĩnh Phúc (vị trí 15/63), Phú Thọ (vị trí 20/63).',
     [(C, 15, 63, 2023, None, 'Vĩnh Phúc'), (C, 20, 63, 2023, None, 'Phú Thọ')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2022, Quảng Ninh tiếp tục giữ ngôi vương PCI.',
     [(C, 1, None, 2022, None, 'Quảng Ninh')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề SIPAS 2023, Bình Phước xếp cuối cùng trong 63 tỉnh, thành phố.',
     [(S, 63, 63, 2023, None, 'Bình Phước')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAPI 2022 của Cao Bằng đứng chót bảng trong 63 tỉnh.',
     [(A, 63, 63, 2022, None, 'Cao Bằng')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PCI 2022, Quảng Ninh số 1, Bắc Giang số 2.',
     [(C, 1, None, 2022, None, 'Quảng Ninh'), (C, 2, None, 2022, None, 'Bắc Giang')]),
]


@pytest.mark.parametrize("text, expected", IDIOM)
def test_idiom(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- moves: both ranks, the earlier with its own (or the compared) year and no change, the later with the change

MOVE = [
    ('Chỉ số PAPI 2023 của Hà Tĩnh vươn từ vị trí 35 lên vị trí 22.',
     [(A, 35, None, 2022, None, 'Hà Tĩnh'), (A, 22, None, 2023, 13, 'Hà Tĩnh')]),
    ('Về PCI, Lâm Đồng tụt 4 bậc, từ hạng 12 năm 2022 xuống hạng 16 năm 2023.',
     [(C, 12, None, 2022, None, 'Lâm Đồng'), (C, 16, None, 2023, -4, 'Lâm Đồng')]),
    ('Chỉ số SIPAS năm 2023 của tỉnh Tiền Giang tăng 5 bậc (từ 30 lên 25).',
     [(S, 30, None, 2022, None, 'Tiền Giang'), (S, 25, None, 2023, 5, 'Tiền Giang')]),
    ('Chỉ số CCHC năm 2022 của Sóc Trăng xếp thứ 40/63 (năm 2021 xếp thứ 44/63).',
     [(P, 40, 63, 2022, None, 'Sóc Trăng'), (P, 44, 63, 2021, None, 'Sóc Trăng')]),
    ('Chỉ số PCI của Hậu Giang đã tăng từ hạng 50 năm 2021 lên hạng 38 năm 2022.',
     [(C, 50, None, 2021, None, 'Hậu Giang'), (C, 38, None, 2022, 12, 'Hậu Giang')]),
    ('Năm 2023, Chỉ số DTI của Cà Mau xếp hạng 18/63 (năm trước là 27/63).',
     [(D, 18, 63, 2023, None, 'Cà Mau'), (D, 27, 63, 2022, None, 'Cà Mau')]),
    ('Năm 2022, Chỉ số PAR INDEX của Điện Biên giảm 3 bậc, từ vị trí thứ 51 xuống thứ 54/63.',
     [(P, 51, None, 2021, None, 'Điện Biên'), (P, 54, 63, 2022, -3, 'Điện Biên')]),
    ('Chỉ số PCI 2022 của Đắk Nông tụt từ vị trí 41 xuống 56.',
     [(C, 41, None, 2021, None, 'Đắk Nông'), (C, 56, None, 2022, -15, 'Đắk Nông')]),
    ('Năm 2023, Chỉ số SIPAS của Nghệ An tăng 9 bậc, từ hạng 35/63 lên hạng 26/63.',
     [(S, 35, 63, 2022, None, 'Nghệ An'), (S, 26, 63, 2023, 9, 'Nghệ An')]),
    ('Chỉ số CCHC của Kon Tum năm 2023 xếp thứ 53/63, giảm 4 bậc so với năm 2022 (năm 2022 xếp thứ 49/63).',
     [(P, 53, 63, 2023, -4, 'Kon Tum'), (P, 49, 63, 2022, None, 'Kon Tum')]),
    ('Năm 2021, Chỉ số PAPI của Phú Yên đứng thứ 38; năm 2022 là 31.',
     [(A, 38, None, 2021, None, 'Phú Yên'), (A, 31, None, 2022, None, 'Phú Yên')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAPI 2021 của Sóc Trăng tăng vọt từ thứ hạng 51 lên thứ hạng 31.',
     [(A, 51, None, 2020, None, 'Sóc Trăng'), (A, 31, None, 2021, 20, 'Sóc Trăng')]),
]


@pytest.mark.parametrize("text, expected", MOVE)
def test_move(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- the index named in an earlier sentence (or the lead), its year carried

CARRY = [
    ('Ngày 6/5, Bộ TT&TT công bố Chỉ số DTI năm 2022. Đà Nẵng tiếp tục dẫn đầu bảng xếp hạng.',
     [(D, 1, None, 2022, None, 'Đà Nẵng')]),
    ('VCCI vừa công bố PCI 2023. Quảng Ninh đứng đầu bảng xếp hạng với 73,02 điểm.',
     [(C, 1, None, 2023, None, 'Quảng Ninh')]),
    ('Kết quả Chỉ số SIPAS 2023 được công bố chiều 15/4. Dẫn đầu bảng xếp hạng là Hải Phòng.',
     [(S, 1, None, 2023, None, 'Hải Phòng')]),
    ('Bộ Nội vụ công bố Chỉ số CCHC năm 2021 của các bộ, ngành, địa phương. Trong khối tỉnh, Hải Phòng vươn lên dẫn đầu.',
     [(P, 1, None, 2021, None, 'Hải Phòng')]),
    ('Chỉ số DTI 2023 vừa được công bố.\nTheo đó, tỉnh Bắc Ninh đứng đầu bảng xếp hạng với 0,75 điểm.',
     [(D, 1, None, 2023, None, 'Bắc Ninh')]),
    ('Năm 2022, Thanh Hóa có PCI đạt 67,2 điểm. Tỉnh xếp thứ 8 bảng xếp hạng.',
     [(C, 8, None, 2022, None, 'Thanh Hóa')]),
    ('Kết quả PAR INDEX 2023 được công bố ngày 15/4. Quảng Ninh đứng đầu với 91,66%. Hải Phòng xếp thứ hai.',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng')]),
    ('Chỉ số SIPAS năm 2022 vừa được công bố.\n\nKết quả xếp hạng cho thấy Lạng Sơn đứng thứ 5/63.',
     [(S, 5, 63, 2022, None, 'Lạng Sơn')]),
    ('Tỉnh làm tốt công tác cải cách.\nNgày 4/4/2024, VCCI công bố Chỉ số PCI 2023. Năm nay, Quảng Ninh tiếp tục giữ ngôi quán quân, Long An về nhì.',
     [(C, 1, None, 2023, None, 'Quảng Ninh'), (C, 2, None, 2023, None, 'Long An')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAPI 2023 được công bố sáng 2/4/2024.\n\nTheo bảng xếp hạng, Thừa Thiên Huế đứng đầu toàn quốc với 46 điểm.',
     [(A, 1, None, 2023, None, 'Thừa Thiên Huế')]),
]


@pytest.mark.parametrize("text, expected", CARRY)
def test_carry(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- one rank of two indices

SHARED = [
    ('Năm 2023, Hải Phòng đồng thời dẫn đầu cả Chỉ số CCHC và Chỉ số SIPAS.',
     [(P, 1, None, 2023, None, 'Hải Phòng'), (S, 1, None, 2023, None, 'Hải Phòng')]),
    ('Quảng Ninh đứng đầu cả hai bảng xếp hạng PAR INDEX và SIPAS năm 2022.',
     [(P, 1, None, 2022, None, 'Quảng Ninh'), (S, 1, None, 2022, None, 'Quảng Ninh')]),
    ('Về PAR INDEX và SIPAS 2023, Hải Phòng đều xếp thứ nhất.',
     [(P, 1, None, 2023, None, 'Hải Phòng'), (S, 1, None, 2023, None, 'Hải Phòng')]),
    ('Năm 2022, Chỉ số PAPI và Chỉ số PCI của Bình Định cùng xếp thứ 9.',
     [(A, 9, None, 2022, None, 'Bình Định'), (C, 9, None, 2022, None, 'Bình Định')]),
    ('Hà Giang dẫn đầu cả hai chỉ số SIPAS và PAPI năm 2021.',
     [(S, 1, None, 2021, None, 'Hà Giang'), (A, 1, None, 2021, None, 'Hà Giang')]),
    ('Năm 2023, Quảng Ninh xếp thứ nhất cả về PAR INDEX lẫn SIPAS.',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (S, 1, None, 2023, None, 'Quảng Ninh')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2023, Yên Bái có PCI xếp thứ 10 và PAPI xếp thứ 20.',
     [(C, 10, None, 2023, None, 'Yên Bái'), (A, 20, None, 2023, None, 'Yên Bái')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2023, Yên Bái xếp thứ 10 về PCI và thứ 20 về PAPI.',
     [(C, 10, None, 2023, None, 'Yên Bái'), (A, 20, None, 2023, None, 'Yên Bái')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PCI và PAPI năm 2023 của Yên Bái lần lượt xếp thứ 10 và 20.',
     [(C, 10, None, 2023, None, 'Yên Bái'), (A, 20, None, 2023, None, 'Yên Bái')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2023, PAR INDEX, SIPAS và DTI của Yên Bái lần lượt đứng thứ 12, 9 và 30.',
     [(P, 12, None, 2023, None, 'Yên Bái'), (S, 9, None, 2023, None, 'Yên Bái'), (D, 30, None, 2023, None, 'Yên Bái')]),
]


@pytest.mark.parametrize("text, expected", SHARED)
def test_shared(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- 'out_of' from a count written after the rank or before its clause

OUTOF = [
    ('Chỉ số PCI 2022 của Vĩnh Long đứng thứ 25 trong bảng xếp hạng của 63 tỉnh, thành.',
     [(C, 25, 63, 2022, None, 'Vĩnh Long')]),
    ('Chỉ số PAPI 2023 của Yên Bái xếp hạng 14 trên tổng số 63 tỉnh, thành phố.',
     [(A, 14, 63, 2023, None, 'Yên Bái')]),
    ('Về DTI năm 2023, Nghệ An đứng vị trí 15 trên bảng xếp hạng 63 tỉnh, thành phố.',
     [(D, 15, 63, 2023, None, 'Nghệ An')]),
    ('Trong số 63 tỉnh, thành phố, Chỉ số CCHC 2023 của Tuyên Quang xếp thứ 9.',
     [(P, 9, 63, 2023, None, 'Tuyên Quang')]),
    ('Chỉ số SIPAS năm 2022 của Hòa Bình đứng thứ 60 trong danh sách 63 tỉnh, thành phố.',
     [(S, 60, 63, 2022, None, 'Hòa Bình')]),
    ('Về PCI 2023, Lai Châu đứng thứ 40 trên tổng số 63 tỉnh, thành.',
     [(C, 40, 63, 2023, None, 'Lai Châu')]),
    ('Năm 2023, Chỉ số DTI của Bắc Kạn xếp thứ 50 so với 63 tỉnh, thành phố.',
     [(D, 50, 63, 2023, None, 'Bắc Kạn')]),
]


@pytest.mark.parametrize("text, expected", OUTOF)
def test_outof(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- a change belongs to the rank it is said of (not the earlier-year rank in a parenthesis); changes in words

CHANGE = [
    ('Chỉ số CCHC năm 2022 của Ninh Thuận đứng thứ 21/63, giảm 5 bậc so với năm 2021 (xếp thứ 16/63).',
     [(P, 21, 63, 2022, -5, 'Ninh Thuận'), (P, 16, 63, 2021, None, 'Ninh Thuận')]),
    ('Chỉ số PAPI năm 2021 của Kiên Giang tăng 12 bậc, lên thứ 15/63.',
     [(A, 15, 63, 2021, 12, 'Kiên Giang')]),
    ('Năm 2023, Phú Thọ xếp thứ 7/63 về Chỉ số PCI, tăng 2 bậc; về Chỉ số PAPI xếp thứ 20/63, giảm 4 bậc.',
     [(C, 7, 63, 2023, 2, 'Phú Thọ'), (A, 20, 63, 2023, -4, 'Phú Thọ')]),
    ('Chỉ số SIPAS 2021 của Gia Lai xếp thứ 18/63, tăng 6 bậc; riêng năm 2019 tỉnh xếp thứ 40/63.',
     [(S, 18, 63, 2021, 6, 'Gia Lai'), (S, 40, 63, 2019, None, 'Gia Lai')]),
    ('Chỉ số PCI 2023 của Hà Nam đạt 69,5 điểm, tăng 11 bậc so với năm 2022, xếp thứ 9/63.',
     [(C, 9, 63, 2023, 11, 'Hà Nam')]),
    ('Năm 2022, Chỉ số SIPAS của Lào Cai xếp thứ 4, giảm 1 bậc; Chỉ số PAR INDEX xếp thứ 6, tăng 3 bậc.',
     [(S, 4, None, 2022, -1, 'Lào Cai'), (P, 6, None, 2022, 3, 'Lào Cai')]),
    ('Chỉ số PAPI 2022 của Hậu Giang xếp thứ 27/63 (năm 2021 xếp thứ 33/63), tăng 6 bậc.',
     [(A, 27, 63, 2022, 6, 'Hậu Giang'), (A, 33, 63, 2021, None, 'Hậu Giang')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAPI 2022 của Sơn La đứng thứ 50/63, tụt 15 bậc so với năm 2021 (đứng thứ 35/63) và tụt 2 bậc so với năm 2020.',
     [(A, 50, 63, 2022, -15, 'Sơn La'), (A, 35, 63, 2021, None, 'Sơn La')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số SIPAS 2023 của Bình Phước tăng vọt 30 bậc, từ vị trí 55 lên vị trí 25.',
     [(S, 55, None, 2022, None, 'Bình Phước'), (S, 25, None, 2023, 30, 'Bình Phước')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PCI 2023, Thái Bình xếp thứ 16, còn Nam Định xếp thứ 28, giảm 5 bậc.',
     [(C, 16, None, 2023, None, 'Thái Bình'), (C, 28, None, 2023, -5, 'Nam Định')]),
    ('Tỉnh làm tốt công tác cải cách.\nCao Bằng là địa phương dẫn đầu bảng xếp hạng SIPAS năm 2022 với 90,3%, lên một bậc so với năm 2021.',
     [(S, 1, None, 2022, 1, 'Cao Bằng')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PCI 2021 của Hòa Bình xếp thứ 47, tụt hai bậc so với năm 2020.',
     [(C, 47, None, 2021, -2, 'Hòa Bình')]),
    ('Tỉnh làm tốt công tác cải cách.\nSo với năm 2022, xếp hạng PAPI 2023 của Kon Tum vẫn tăng được 6 bậc, đứng ở vị trí 33/63.',
     [(A, 33, 63, 2023, 6, 'Kon Tum')]),
    ('Tỉnh làm tốt công tác cải cách.\nTheo PAPI 2021, Hậu Giang đứng thứ 12 với 44,1 điểm. Tỉnh đã vượt 30 thứ hạng so với năm 2020 (xếp thứ 42).',
     [(A, 12, None, 2021, 30, 'Hậu Giang'), (A, 42, None, 2020, None, 'Hậu Giang')]),
]


@pytest.mark.parametrize("text, expected", CHANGE)
def test_change(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- years: a comparison is not the rank's year; an earlier year's rank keeps it; a year carried from the lead

YEAR = [
    ('Chỉ số DTI năm 2022 của tỉnh Hà Nam xếp thứ 16/63, tăng 8 bậc so với năm 2021.',
     [(D, 16, 63, 2022, 8, 'Hà Nam')]),
    ('So với năm 2020, Chỉ số PAPI năm 2021 của Trà Vinh xếp thứ 30, tăng 3 bậc.',
     [(A, 30, None, 2021, 3, 'Trà Vinh')]),
    ('Chỉ số PCI của Bình Thuận năm 2023 xếp thứ 31, trong khi năm 2020 tỉnh đứng thứ 41.',
     [(C, 31, None, 2023, None, 'Bình Thuận'), (C, 41, None, 2020, None, 'Bình Thuận')]),
    ('Năm 2023, Bộ Nội vụ công bố Chỉ số SIPAS 2022. Theo đó, Lạng Sơn xếp thứ 10/63.',
     [(S, 10, 63, 2022, None, 'Lạng Sơn')]),
    ('Ngày 12/4/2023, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2022.\nTheo kết quả, tỉnh Quảng Bình xếp thứ 33/63, tăng 4 bậc.',
     [(P, 33, 63, 2022, 4, 'Quảng Bình')]),
    ('Kết quả Chỉ số PAPI 2023 cho thấy Thừa Thiên Huế đứng đầu. So với năm 2022, tỉnh tăng 2 bậc.',
     [(A, 1, None, 2023, 2, 'Thừa Thiên Huế')]),
    ('Chỉ số PAR INDEX 2021 của Hưng Yên xếp thứ 24, tăng 10 bậc so với năm 2019 và giảm 2 bậc so với năm 2020.',
     [(P, 24, None, 2021, 10, 'Hưng Yên')]),
    ('Năm 2022, Chỉ số SIPAS của Tây Ninh xếp thứ 3/63, cao nhất từ năm 2017 đến nay.',
     [(S, 3, 63, 2022, None, 'Tây Ninh')]),
    ('Bộ Nội vụ vừa công bố kết quả năm 2023. Theo đó, Chỉ số PAR INDEX của Bình Phước xếp thứ 60/63, tăng 1 bậc so với năm 2022.',
     [(P, 60, 63, 2023, 1, 'Bình Phước')]),
    ('Chỉ số PAR INDEX năm 2022 của Bình Dương xếp thứ 19. Trước đó, năm 2021, tỉnh xếp thứ 25.',
     [(P, 19, None, 2022, None, 'Bình Dương'), (P, 25, None, 2021, None, 'Bình Dương')]),
    ('Năm 2023, tỉnh Lâm Đồng có Chỉ số PAPI xếp thứ 11/63, tăng 20 bậc so với năm 2020 và 2021.',
     [(A, 11, 63, 2023, 20, 'Lâm Đồng')]),
    ('Năm 2024, Bộ TT&TT công bố DTI năm 2023.\nLong An xếp thứ 3/63, tăng 5 bậc so với năm 2022.',
     [(D, 3, 63, 2023, 5, 'Long An')]),
    ('Chỉ số CCHC năm 2019 của Lai Châu xếp thứ 40, tăng 15 bậc so với năm 2018 (xếp thứ 55).',
     [(P, 40, None, 2019, 15, 'Lai Châu'), (P, 55, None, 2018, None, 'Lai Châu')]),
    ('Chỉ số DTI của Vĩnh Long (công bố năm 2024) xếp thứ 30/63.',
     [(D, 30, 63, None, None, 'Vĩnh Long')]),
    ('Năm 2019, Chỉ số PAPI của Bạc Liêu xếp thứ 12; đến năm 2023, tỉnh vươn lên thứ 5.',
     [(A, 12, None, 2019, None, 'Bạc Liêu'), (A, 5, None, 2023, None, 'Bạc Liêu')]),
    ('Tỉnh làm tốt. Theo PCI 2022 công bố ngày 11/4/2023, Bắc Giang xếp thứ 2.',
     [(C, 2, None, 2022, None, 'Bắc Giang')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2021, Bộ Nội vụ công bố Chỉ số CCHC năm 2020. Bắc Kạn xếp thứ 58/63, giảm 2 bậc so với năm 2019.',
     [(P, 58, 63, 2020, -2, 'Bắc Kạn')]),
    ('Tỉnh làm tốt công tác cải cách.\nSo với kết quả năm 2020, Chỉ số SIPAS năm 2021 của Lai Châu tăng 11 bậc, đứng thứ 26/63.',
     [(S, 26, 63, 2021, 11, 'Lai Châu')]),
    ('Tỉnh làm tốt công tác cải cách.\nPAPI 2022 của Quảng Nam xếp thứ 41; kết quả này thấp hơn 8 bậc so với PAPI 2021.',
     [(A, 41, None, 2022, -8, 'Quảng Nam')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PCI năm 2023 của Cao Bằng xếp thứ 62, thấp hơn năm 2022 (xếp thứ 59).',
     [(C, 62, None, 2023, None, 'Cao Bằng'), (C, 59, None, 2022, None, 'Cao Bằng')]),
    ('Tỉnh làm tốt công tác cải cách.\nTừ năm 2018 đến năm 2022, Chỉ số PAR INDEX của Bình Định luôn đứng trong top 20; năm 2022 tỉnh xếp thứ 15.',
     [(P, 15, None, 2022, None, 'Bình Định')]),
    ('Tỉnh làm tốt công tác cải cách.\nNgày 19/5/2023, Bộ TT&TT công bố kết quả DTI năm 2022.\n\nTheo đó, Tuyên Quang đứng thứ 40/63 tỉnh, thành phố.',
     [(D, 40, 63, 2022, None, 'Tuyên Quang')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2019, chỉ số PAPI của Lâm Đồng đứng thứ 52/63; tới năm 2020, tỉnh đứng thứ 63/63.',
     [(A, 52, 63, 2019, None, 'Lâm Đồng'), (A, 63, 63, 2020, None, 'Lâm Đồng')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAPI 2023 (công bố tháng 4/2024) của Hà Nam xếp thứ 20.',
     [(A, 20, None, 2023, None, 'Hà Nam')]),
    ('Tỉnh làm tốt công tác cải cách.\nNgày 2/4/2024, UNDP công bố PAPI 2023. Đồng Nai xếp thứ 50, tụt 10 bậc so với năm 2022.',
     [(A, 50, None, 2023, -10, 'Đồng Nai')]),
    ('Tỉnh làm tốt công tác cải cách.\nTừ năm 2020 đến nay, Chỉ số PCI của Bình Dương luôn nằm trong top 10; năm 2023 xếp thứ 6.',
     [(C, 6, None, 2023, None, 'Bình Dương')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số SIPAS năm 2022 của Hưng Yên xếp thứ 12, năm 2021 xếp thứ 20 và năm 2020 xếp thứ 31.',
     [(S, 12, None, 2022, None, 'Hưng Yên'), (S, 20, None, 2021, None, 'Hưng Yên'), (S, 31, None, 2020, None, 'Hưng Yên')]),
    ('Tỉnh làm tốt công tác cải cách.\nKết quả PCI năm 2023 do VCCI công bố ngày 16/5/2024 cho thấy Cần Thơ xếp thứ 18.',
     [(C, 18, None, 2023, None, 'Cần Thơ')]),
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2024, Bộ Nội vụ công bố Chỉ số CCHC năm 2023; theo đó Nam Định xếp thứ 27, tăng 2 bậc so với năm trước.',
     [(P, 27, None, 2023, 2, 'Nam Định')]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số DTI của Hà Tĩnh năm 2022 đứng thứ 37; năm 2023 tỉnh vươn lên thứ 30, tăng 7 bậc.',
     [(D, 37, None, 2022, None, 'Hà Tĩnh'), (D, 30, None, 2023, 7, 'Hà Tĩnh')]),
    ('Tỉnh làm tốt công tác cải cách.\nSo với năm 2021 (xếp thứ 45), Chỉ số PAPI năm 2022 của Đắk Lắk xếp thứ 38.',
     [(A, 45, None, 2021, None, 'Đắk Lắk'), (A, 38, None, 2022, None, 'Đắk Lắk')]),
]


@pytest.mark.parametrize("text, expected", YEAR)
def test_year(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- no ranking: enumerations, group leaders, scores of an earlier year, indices that only rise together, tables of other topics

NONE = [
    ('Năm 2023, tỉnh phấn đấu Chỉ số PAR INDEX tăng từ 3 đến 5 bậc.',
     []),
    ('Chỉ số PCI 2023 có 10 chỉ số thành phần, thứ 2 là chi phí thời gian.',
     []),
    ('Bảng xếp hạng PAPI 2023 được công bố tại Hà Nội ngày 2/4.',
     []),
    ('Về DTI 2023, tỉnh có 3 trụ cột nằm trong nhóm 10 tỉnh dẫn đầu.',
     []),
    ('Chỉ số SIPAS năm 2023 của tỉnh đạt 82%, cao hơn 3 điểm so với năm 2022.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nVề PAR INDEX và SIPAS 2023, các tỉnh đều tăng điểm so với năm 2022.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PCI 2023 của tỉnh đạt 65,2 điểm, năm trước là 63,1 điểm.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nĐể cải thiện Chỉ số PAPI, thứ nhất là công khai ngân sách; thứ hai là đối thoại với dân.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nTop 3 lần lượt là Hà Nội, Đà Nẵng và Khánh Hòa về lượng du khách quốc tế.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nDân số của tỉnh qua các năm:\nNăm 2021 2022 2023\nDân số 1,21 1,25 1,30\nXếp hạng 25 24 24',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nBảng xếp hạng V-League 2023:\nHạng 1: Nam Định – 40 điểm\nHạng 2: Hà Nội – 38 điểm\nHạng 3: Bình Định – 35 điểm',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PAR INDEX 2023 của tỉnh đạt 88 điểm.\nGiá xăng hôm nay:\n1. RON 95 23.500\n2. E5 22.100\n3. Dầu 20.000',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số PCI 2023 đạt 65 điểm; số vị trí việc làm là 15/20.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nVề PAR INDEX 2023, Quảng Ninh, Hải Phòng và Hà Nội là 3 địa phương có điểm cao.',
     []),
]


@pytest.mark.parametrize("text, expected", NONE)
def test_none(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- rank tables in the shapes portals print

TABLE = [
    (LEAD + 'Bảng xếp hạng Chỉ số SIPAS 2023 (trích):\nSTT | Tỉnh/thành phố | Điểm | Xếp hạng\n:---:|:---|:---:|:---:\n1 | Quảng Ninh | 89,2 | 1\n2 | Hải Phòng | 88,5 | 2\n3 | Bắc Ninh | 87,9 | 3',
     [(S, 1, None, 2023, None, 'Quảng Ninh'), (S, 2, None, 2023, None, 'Hải Phòng'), (S, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + '| STT | Tỉnh | Điểm | Xếp hạng |\n|---|---|---|---|\n| 1 | Quảng Ninh | 91,2 | 1 |\n| 2 | Hải Phòng | 89,9 | 2 |\n| 3 | Bắc Ninh | 88,0 | 3 |\nBảng: Chỉ số PAR INDEX 2023 của một số tỉnh dẫn đầu.',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng'), (P, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Top 3 Chỉ số PAR INDEX 2023:\n1. Quảng Ninh 92,1 điểm\n2. Hải Phòng 90,4 điểm\n3. Bắc Ninh 89,7 điểm',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng'), (P, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Kết quả xếp hạng Chỉ số PAPI 2023 của các tỉnh dẫn đầu:\nSTT\tTỉnh\tĐiểm\tXếp hạng\n1\tQuảng Ninh\t47,2\t1\n2\tHải Phòng\t46,8\t2\n3\tBắc Ninh\t46,1\t3',
     [(A, 1, None, 2023, None, 'Quảng Ninh'), (A, 2, None, 2023, None, 'Hải Phòng'), (A, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Chỉ số PCI 2023 của các tỉnh dẫn đầu:\n| Tỉnh | Điểm PCI | Xếp hạng |\n|---|---|---|\n| Quảng Ninh | 73,0 | 1 |\n| Hải Phòng | 71,4 | 2 |\n| Bắc Ninh | 70,8 | 3 |',
     [(C, 1, None, 2023, None, 'Quảng Ninh'), (C, 2, None, 2023, None, 'Hải Phòng'), (C, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Kết quả Chỉ số CCHC năm 2023 của 63 tỉnh, thành phố (trích):\n| Tỉnh | Chỉ đạo điều hành | Thể chế | Thủ tục hành chính | Tổng điểm | Xếp hạng |\n|---|---|---|---|---|---|\n| Quảng Ninh | 9,5 | 8,9 | 9,1 | 91,2 | 1 |\n| Hải Phòng | 9,2 | 8,7 | 9,0 | 89,9 | 2 |\n| Bắc Ninh | 9,0 | 8,5 | 8,8 | 88,0 | 3 |',
     [(P, 1, 63, 2023, None, 'Quảng Ninh'), (P, 2, 63, 2023, None, 'Hải Phòng'), (P, 3, 63, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Bảng xếp hạng DTI 2023:\nHạng 1: Quảng Ninh – 0,78 điểm\nHạng 2: Hải Phòng – 0,74 điểm\nHạng 3: Bắc Ninh – 0,71 điểm',
     [(D, 1, None, 2023, None, 'Quảng Ninh'), (D, 2, None, 2023, None, 'Hải Phòng'), (D, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Xếp hạng Chỉ số SIPAS năm 2023:\n| Hạng 1 | Quảng Ninh | 91,2% |\n| Hạng 2 | Hải Phòng | 89,9% |\n| Hạng 3 | Bắc Ninh | 88,0% |',
     [(S, 1, None, 2023, None, 'Quảng Ninh'), (S, 2, None, 2023, None, 'Hải Phòng'), (S, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Bảng xếp hạng PAR INDEX 2023 của 63 tỉnh, thành phố\nSTT\nTỉnh\nĐiểm\nXếp hạng\n1\nQuảng Ninh\n91,2\n1\n2\nHải Phòng\n89,9\n2\n3\nBắc Ninh\n88,0\n3',
     [(P, 1, 63, 2023, None, 'Quảng Ninh'), (P, 2, 63, 2023, None, 'Hải Phòng'), (P, 3, 63, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Xếp hạng Chỉ số PAPI 2023\nTỉnh\nĐiểm\nXếp hạng\nQuảng Ninh\n47,2\n1\nHải Phòng\n46,8\n2\nBắc Ninh\n46,1\n3',
     [(A, 1, None, 2023, None, 'Quảng Ninh'), (A, 2, None, 2023, None, 'Hải Phòng'), (A, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Chỉ số PCI 2023 - top 3:\nQuảng Ninh\t73,0\t1\nHải Phòng\t71,4\t2\nBắc Ninh\t70,8\t3',
     [(C, 1, None, 2023, None, 'Quảng Ninh'), (C, 2, None, 2023, None, 'Hải Phòng'), (C, 3, None, 2023, None, 'Bắc Ninh')]),
    (LEAD + 'Thứ hạng Chỉ số SIPAS 2023 của các tỉnh khu vực Tây Bắc:\n| Tỉnh | Điểm (%) | Thứ hạng |\n| Lào Cai | 84,1 | 12/63 |\n| Sơn La | 82,0 | 30/63 |\n| Điện Biên | 80,9 | 41/63 |',
     [(S, 12, 63, 2023, None, 'Lào Cai'), (S, 30, 63, 2023, None, 'Sơn La'), (S, 41, 63, 2023, None, 'Điện Biên')]),
    (LEAD + 'Kết quả PAR INDEX 2023 của các tỉnh Tây Nguyên:\n| Tỉnh | Điểm | Xếp hạng 2023 | Xếp hạng 2022 |\n| Lâm Đồng | 86,2 | 10 | 14 |\n| Gia Lai | 83,1 | 35 | 31 |',
     [(P, 10, None, 2023, None, 'Lâm Đồng'), (P, 14, None, 2022, None, 'Lâm Đồng'), (P, 35, None, 2023, None, 'Gia Lai'), (P, 31, None, 2022, None, 'Gia Lai')]),
]


@pytest.mark.parametrize("text, expected", TABLE)
def test_table(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- rank tables of further shapes: years as columns, rank-and-name rows, headings over the table, rank with its score, component rows and columns

TABLE2 = [
    (LEAD + 'Chỉ số PCI của tỉnh Tây Ninh qua các năm:\nNăm 2023 2022 2021 2020\nPCI 66,10 63,05 62,40 64,90\nXếp hạng 18 44 51 29',
     [(C, 18, None, 2023, None, 'Tây Ninh'), (C, 44, None, 2022, None, 'Tây Ninh'), (C, 51, None, 2021, None, 'Tây Ninh'), (C, 29, None, 2020, None, 'Tây Ninh')]),
    (LEAD + 'BẢNG XẾP HẠNG DTI NĂM 2022\nXẾP HẠNG\nDTI\nCÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TW\n1 TP. Đà Nẵng\n2 TP. Hồ Chí Minh\n3 Quảng Ninh\n4 Thừa Thiên - Huế\n5 TP. Cần Thơ',
     [(D, 1, None, 2022, None, 'Đà Nẵng'), (D, 2, None, 2022, None, 'Hồ Chí Minh'), (D, 3, None, 2022, None, 'Quảng Ninh'), (D, 4, None, 2022, None, 'Thừa Thiên Huế'), (D, 5, None, 2022, None, 'Cần Thơ')]),
    (LEAD + 'Xếp hạng chi tiết DTI năm 2022\n1 TP. Đà Nẵng 0.9500 0.8800 0.8100 0.7900\n2 TP. Hồ Chí Minh 0.8700 0.9100 0.8000 0.7400\n3 Quảng Ninh 0.9300 0.8500 0.7700 0.7100',
     [(D, 1, None, 2022, None, 'Đà Nẵng'), (D, 2, None, 2022, None, 'Hồ Chí Minh'), (D, 3, None, 2022, None, 'Quảng Ninh')]),
    (LEAD + 'Kết quả xếp hạng Chỉ số ICT Index năm 2020 của các tỉnh, thành phố\n\nTT\n\nTỉnh, thành phố trực thuộc\nTrung ương\n\nNăm 2020\n\n1\n\nTP. Đà Nẵng\n\n01 (0,801)\n\n2\n\nTP. Hồ Chí Minh\n\n02 (0,775)\n\n3\n\nQuảng Ninh\n\n03 (0,760)',
     [('ICT INDEX', 1, None, 2020, None, 'Đà Nẵng'), ('ICT INDEX', 2, None, 2020, None, 'Hồ Chí Minh'), ('ICT INDEX', 3, None, 2020, None, 'Quảng Ninh')]),
    (LEAD + 'Chỉ số thành phần PCI của Quảng Ninh năm 2022:\nChỉ số thành phần\tĐiểm số\tThứ hạng\nGia nhập thị trường\t7,40\t1\nTiếp cận đất đai\t7,10\t1\nTính minh bạch\t6,90\t1',
     [(C, 1, None, 2022, None, 'Quảng Ninh'), (C, 1, None, 2022, None, 'Quảng Ninh'), (C, 1, None, 2022, None, 'Quảng Ninh')]),
    ('Ngày 10/4/2024, Bộ TT&TT công bố kết quả DTI năm 2023.\nThứ hạng DTI 2023 và các trụ cột của một số tỉnh:\n| Tỉnh | Chính quyền số | Kinh tế số | Xã hội số | Xếp hạng DTI |\n|---|---|---|---|---|\n| Đà Nẵng | 1 | 1 | 1 | 1 |\n| Hồ Chí Minh | 2 | 2 | 3 | 2 |\n| Thừa Thiên Huế | 4 | 3 | 2 | 3 |',
     [(D, 1, None, 2023, None, 'Đà Nẵng'), (D, 1, None, 2023, None, 'Đà Nẵng'), (D, 1, None, 2023, None, 'Đà Nẵng'), (D, 1, None, 2023, None, 'Đà Nẵng'), (D, 2, None, 2023, None, 'Hồ Chí Minh'), (D, 2, None, 2023, None, 'Hồ Chí Minh'), (D, 2, None, 2023, None, 'Hồ Chí Minh'), (D, 3, None, 2023, None, 'Hồ Chí Minh'), (D, 4, None, 2023, None, 'Thừa Thiên Huế'), (D, 3, None, 2023, None, 'Thừa Thiên Huế'), (D, 2, None, 2023, None, 'Thừa Thiên Huế'), (D, 3, None, 2023, None, 'Thừa Thiên Huế')]),
    ('Ngày 10/4/2024, Bộ TT&TT công bố kết quả DTI năm 2023.\nThứ hạng DTI 2023 của một số tỉnh:\n| Tỉnh | Số hồ sơ | Xếp hạng DTI |\n|---|---|---|\n| Đà Nẵng | 12 | 1 |\n| Hồ Chí Minh | 40 | 2 |\n| Thừa Thiên Huế | 7 | 3 |',
     [(D, 1, None, 2023, None, 'Đà Nẵng'), (D, 2, None, 2023, None, 'Hồ Chí Minh'), (D, 3, None, 2023, None, 'Thừa Thiên Huế')]),
]


@pytest.mark.parametrize("text, expected", TABLE2)
def test_table2(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- the ranked province named after the rank

SUBJ = [
    ('Tỉnh làm tốt công tác cải cách.\nVề Chỉ số SIPAS 2023, đứng ở vị trí thứ hai là tỉnh Quảng Ninh.',
     [(S, 2, None, 2023, None, 'Quảng Ninh')]),
    ('Tỉnh làm tốt công tác cải cách.\nDẫn đầu Chỉ số DTI năm 2022 vẫn là thành phố Đà Nẵng.',
     [(D, 1, None, 2022, None, 'Đà Nẵng')]),
    ('Tỉnh làm tốt công tác cải cách.\nXếp cuối bảng PAPI 2023 là Đắk Nông.',
     []),
    ('Tỉnh làm tốt công tác cải cách.\nTrong bảng xếp hạng PCI 2022, xếp thứ 3 là TP. Hải Phòng, thứ 4 là Bà Rịa - Vũng Tàu.',
     [(C, 3, None, 2022, None, 'Hải Phòng'), (C, 4, None, 2022, None, 'Bà Rịa - Vũng Tàu')]),
    ('Tỉnh làm tốt công tác cải cách.\nVới bảng xếp hạng SIPAS năm 2021, đứng đầu vẫn là tỉnh Hà Giang (89,1%), xếp ở vị trí thứ hai là TP.Hải Phòng (88,7%), xếp thứ ba là Lạng Sơn (88,0%).',
     [(S, 1, None, 2021, None, 'Hà Giang'), (S, 2, None, 2021, None, 'Hải Phòng'), (S, 3, None, 2021, None, 'Lạng Sơn')]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PAR INDEX 2021 của các bộ, đứng đầu là Bộ Tài chính (90,1%), xếp thứ nhì Bộ Tư pháp (89,4%).',
     [(P, 1, None, 2021, None, None), (P, 2, None, 2021, None, None)]),
    ('Tỉnh làm tốt công tác cải cách.\nVề PCI 2021, đứng thứ tư là tỉnh Bình Dương với 70,1 điểm; xếp thứ năm là Đồng Tháp với 69,8 điểm.',
     [(C, 4, None, 2021, None, 'Bình Dương'), (C, 5, None, 2021, None, 'Đồng Tháp')]),
]


@pytest.mark.parametrize("text, expected", SUBJ)
def test_subj(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- rank tables: rank first, numbered rows with the score in a parenthesis or after a slash, rank words, bullets, ties, bodies

TABLE3 = [
    (LEAD + 'Bảng xếp hạng SIPAS 2023:\n| Xếp hạng | Tỉnh, thành phố | Điểm số |\n|---|---|---|\n| 1 | Quảng Ninh | 91,2 |\n| 2 | Hải Phòng | 89,9 |\n| 3 | Hà Nội | 88,0 |',
     [(S, 1, None, 2023, None, 'Quảng Ninh'), (S, 2, None, 2023, None, 'Hải Phòng'), (S, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Kết quả PAR INDEX 2023 của các tỉnh dẫn đầu:\n1. Quảng Ninh (91,2 điểm)\n2. Hải Phòng (89,9 điểm)\n3. Hà Nội (88,0 điểm)',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng'), (P, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Xếp hạng Chỉ số PAPI 2023:\nThứ 1: Quảng Ninh - 47,2 điểm\nThứ 2: Hải Phòng - 46,8 điểm\nThứ 3: Hà Nội - 46,1 điểm',
     [(A, 1, None, 2023, None, 'Quảng Ninh'), (A, 2, None, 2023, None, 'Hải Phòng'), (A, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Các tỉnh dẫn đầu PAR INDEX 2023:\n- Quảng Ninh: xếp thứ 1 với 91,2 điểm\n- Hải Phòng: xếp thứ 2 với 89,9 điểm\n- Hà Nội: xếp thứ 3 với 88,0 điểm',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng'), (P, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Bảng xếp hạng PCI 2023 (top 3):\n1/ Quảng Ninh 73,0\n2/ Hải Phòng 71,4\n3/ Hà Nội 70,8',
     [(C, 1, None, 2023, None, 'Quảng Ninh'), (C, 2, None, 2023, None, 'Hải Phòng'), (C, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Xếp hạng SIPAS 2023 của các tỉnh dẫn đầu:\n| STT | Tỉnh | Điểm (%) | Xếp hạng |\n|---|---|---|---|\n| 1 | Quảng Ninh | 91,2 | 1 |\n| 2 | Hải Phòng | 89,9 | 2 |\n| 3 | Hà Nội | 89,9 | 2 |',
     [(S, 1, None, 2023, None, 'Quảng Ninh'), (S, 2, None, 2023, None, 'Hải Phòng'), (S, 2, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Kết quả Chỉ số PAR INDEX 2023 của 63 tỉnh, thành phố\nXếp hạng\nTỉnh\nĐiểm\nHạng 1\nQuảng Ninh\n91,2\nHạng 2\nHải Phòng\n89,9\nHạng 3\nHà Nội\n88,0',
     [(P, 1, 63, 2023, None, 'Quảng Ninh'), (P, 2, 63, 2023, None, 'Hải Phòng'), (P, 3, 63, 2023, None, 'Hà Nội')]),
    (LEAD + 'Bảng xếp hạng DTI 2023 khối bộ, ngành có dịch vụ công:\n| STT | Bộ, ngành | Điểm | Xếp hạng |\n|---|---|---|---|\n| 1 | Bộ Tư pháp | 0,78 | 1 |\n| 2 | Bộ Tài chính | 0,74 | 2 |',
     [(D, 1, None, 2023, None, None), (D, 2, None, 2023, None, None)]),
    (LEAD + 'Chỉ số PAR INDEX 2023 các tỉnh:\nQuảng Ninh – 91,2 điểm – hạng 1\nHải Phòng – 89,9 điểm – hạng 2\nHà Nội – 88,0 điểm – hạng 3',
     [(P, 1, None, 2023, None, 'Quảng Ninh'), (P, 2, None, 2023, None, 'Hải Phòng'), (P, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Bảng xếp hạng SIPAS 2023 của các tỉnh khu vực miền núi phía Bắc:\nTỉnh\nĐiểm (%)\nXếp hạng\nTăng/giảm\nLạng Sơn\n88,1\n5\n+3\nHà Giang\n86,0\n9\n-2\nLào Cai\n85,2\n14\n0',
     [(S, 5, None, 2023, 3, 'Lạng Sơn'), (S, 9, None, 2023, -2, 'Hà Giang'), (S, 14, None, 2023, 0, 'Lào Cai')]),
    (LEAD + 'Kết quả Chỉ số PAR INDEX 2023 (trích):\n| STT | Tỉnh, thành phố | Điểm | Xếp hạng | Tăng/giảm so với 2022 |\n|---|---|---|---|---|\n| 1 | Thành phố Hải Phòng | 91,9 | 1 | ↑1 |\n| 2 | Tỉnh Quảng Ninh | 91,7 | 2 | ↓1 |\n| 3 | TP. Hồ Chí Minh | 90,1 | 3 | ↑5 |',
     [(P, 1, None, 2023, 1, 'Hải Phòng'), (P, 2, None, 2023, -1, 'Quảng Ninh'), (P, 3, None, 2023, 5, 'Hồ Chí Minh')]),
    (LEAD + 'Bảng chỉ số PCI 2021\nTỉnh Gia nhập thị trường Tiếp cận đất đai Tính minh bạch Điểm số PCI Bảng xếp hạng Xếp loại PCI\nQuảng Ninh 7.90 7.30 6.20 72.10 1 Rất tốt\nHải Phòng 6.50 6.70 6.80 70.20 2 Tốt\nĐồng Tháp 7.70 7.20 6.90 70.00 3 Tốt',
     [(C, 1, None, 2021, None, 'Quảng Ninh'), (C, 2, None, 2021, None, 'Hải Phòng'), (C, 3, None, 2021, None, 'Đồng Tháp')]),
    (LEAD + 'Kết quả Chỉ số SIPAS 2023 của các tỉnh dẫn đầu:\nQuảng Ninh: 91,2% (hạng 1)\nHải Phòng: 89,9% (hạng 2)\nHà Nội: 88,0% (hạng 3)',
     [(S, 1, None, 2023, None, 'Quảng Ninh'), (S, 2, None, 2023, None, 'Hải Phòng'), (S, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Bảng xếp hạng PAPI 2023 (10 tỉnh dẫn đầu)\n#\tTỉnh\tĐiểm\n1\tQuảng Ninh\t47,2\n2\tHải Phòng\t46,8\n3\tHà Nội\t46,1',
     [(A, 1, None, 2023, None, 'Quảng Ninh'), (A, 2, None, 2023, None, 'Hải Phòng'), (A, 3, None, 2023, None, 'Hà Nội')]),
    (LEAD + 'Kết quả xếp hạng DTI 2023 cấp tỉnh:\n| TT | Địa phương | DTI | Chính quyền số | Kinh tế số | Xã hội số | Xếp hạng |\n|---|---|---|---|---|---|---|\n| 1 | Quảng Ninh | 0,71 | 0,80 | 0,62 | 0,66 | 1 |\n| 2 | Hải Phòng | 0,68 | 0,75 | 0,61 | 0,64 | 2 |\n| 3 | Hà Nội | 0,66 | 0,70 | 0,65 | 0,58 | 3 |',
     [(D, 1, None, 2023, None, 'Quảng Ninh'), (D, 2, None, 2023, None, 'Hải Phòng'), (D, 3, None, 2023, None, 'Hà Nội')]),
]


@pytest.mark.parametrize("text, expected", TABLE3)
def test_table3(text, expected):
    assert ranks(text) == sorted(expected, key=repr)


# ---- ranks of departments and districts (no province subject), an index written after capital 'Chỉ số'

BODY = [
    ('Tỉnh làm tốt công tác cải cách.\nNăm 2023, Chỉ số CCHC của Sở Tư pháp đạt 92,5 điểm, xếp thứ nhất khối sở, ngành.',
     [(P, 1, None, 2023, None, None)]),
    ('Tỉnh làm tốt công tác cải cách.\nTrong khối huyện, thị xã, thành phố, huyện Đông Anh dẫn đầu Chỉ số CCHC 2023 với 90,1 điểm.',
     [(P, 1, None, 2023, None, None)]),
    ('Tỉnh làm tốt công tác cải cách.\nKết quả Chỉ số CCHC năm 2023 của các sở:\n| STT | Đơn vị | Điểm | Xếp hạng |\n|---|---|---|---|\n| 1 | Sở Nội vụ | 92,5 | 1 |\n| 2 | Sở Tư pháp | 91,0 | 2 |',
     [(P, 1, None, 2023, None, None), (P, 2, None, 2023, None, None)]),
    ('Tỉnh làm tốt công tác cải cách.\nUBND huyện Krông Pắc xếp thứ 3/15 huyện về Chỉ số CCHC năm 2022.',
     [(P, 3, 15, 2022, None, None)]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số DDCI năm 2023 của huyện Gia Lâm đứng thứ 1/30.',
     [('DDCI', 1, 30, 2023, None, None)]),
    ('Tỉnh làm tốt công tác cải cách.\nChỉ số hài lòng (SIPAS) của Sở Xây dựng năm 2023 xếp thứ 5/19 sở, ngành.',
     [(S, 5, 19, 2023, None, None)]),
]


@pytest.mark.parametrize("text, expected", BODY)
def test_body(text, expected):
    assert ranks(text) == sorted(expected, key=repr)

# ---- one rank of several components: named each with its head, or listed after a plural head before 'đều'/'cùng'

@pytest.mark.parametrize("text, expected", [
    ("Tỉnh làm tốt.\nVề PCI 2023, chỉ số thành phần Tính minh bạch và chỉ số Chi phí thời gian của Lào Cai cùng xếp thứ 2.",
     [("PCI", "Tính minh bạch", 2), ("PCI", "Chi phí thời gian", 2)]),
    ("Tỉnh làm tốt.\nỞ PAPI 2022, trục nội dung Kiểm soát tham nhũng và trục Quản trị điện tử của Quảng Ninh đều dẫn đầu cả nước.",
     [("PAPI", "Kiểm soát tham nhũng", 1), ("PAPI", "Quản trị điện tử", 1)]),
    ("Tỉnh làm tốt.\nVề DTI 2023, các trụ cột chính quyền số, kinh tế số và xã hội số của Đà Nẵng đều xếp thứ nhất.",
     [("DTI", "chính quyền số", 1), ("DTI", "kinh tế số", 1), ("DTI", "xã hội số", 1)]),
    # a component whose own name holds "và" stays one
    ("Tỉnh làm tốt.\nVề PCI 2023, chỉ số thành phần Tiếp cận đất đai và sự ổn định trong sử dụng đất của Lào Cai xếp thứ 2.",
     [("PCI", "Tiếp cận đất đai và sự ổn định trong sử dụng đất", 2)]),
])
def test_components_sharing_a_rank(text, expected):
    art = check_article(cx.extract(text))
    assert [(f.index, f.component, f.rank) for f in art.of_type("ranking")] == expected
