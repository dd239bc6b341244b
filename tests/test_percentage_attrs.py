"""Subject and comparator of percentage facts on made-up sentences (SPEC §3, GUIDE on subject)."""
import pytest

from cchc_extract.pipeline import extract

HEAD = ("Vĩnh Long công bố kết quả Chỉ số SIPAS năm 2024\n\n"
        "Sở Nội vụ tỉnh Vĩnh Long vừa công bố kết quả đo lường sự hài lòng năm 2024 tại Vĩnh Long.\n\n")


def _pcts(sentence):
    a = extract(HEAD + sentence, doc_id="pct")
    out = {}
    for f in a.facts:
        if f.type == "percentage":
            assert a.text[f.start:f.end] == f.text
            out[f.value] = (f.subject, f.comparator)
    return out


@pytest.mark.parametrize("sentence,value", [
    ("Chỉ số SIPAS năm 2024 của tỉnh đạt 81,75%, đứng thứ 53/63 tỉnh, thành cả nước.", 81.75),
    ("So với giá trị trung bình cả nước, tỉnh thấp hơn 2,19% (cả nước là 83,94%).", 2.19),
    ("Khoảng cách chênh lệch giữa tỉnh với đơn vị cao nhất cả nước là 12,93%.", 12.93),
    ("So với bình quân cả nước, tỉnh đạt 85,5%.", 85.5),
    ("Trong khi đó, tỉnh đạt 85% nhưng cả nước chỉ đạt 80%.", 85.0),
])
def test_bare_tinh_is_the_main_province(sentence, value):
    assert _pcts(sentence)[value][0] == "Vĩnh Long"


@pytest.mark.parametrize("sentence,value", [
    ("So với giá trị trung bình cả nước, tỉnh thấp hơn 2,19% (cả nước là 83,94%).", 83.94),
    ("Tỉnh tăng cao nhất cả nước là 9,39%.", 9.39),
    ("Có 5 tỉnh, thành đạt trên 90%.", 90.0),
    ("Trong khi đó, tỉnh đạt 85% nhưng cả nước chỉ đạt 80%.", 80.0),
])
def test_many_bodies_after_the_bare_tinh_keep_no_subject(sentence, value):
    assert _pcts(sentence)[value][0] is None


@pytest.mark.parametrize("sentence,value", [
    ("Tỷ lệ doanh nghiệp phải chi trả chi phí không chính thức tăng từ 50% (2013) lên 64,5% (2014).", 50.0),
    ("Tỷ lệ hồ sơ trễ hạn giảm từ 12% (năm 2022) xuống 3%.", 12.0),
    ("Tỷ lệ thanh toán trực tuyến tăng từ 30% (2021) lên tới 55%.", 30.0),
    ("Tỷ lệ hồ sơ trễ hạn giảm từ 5% xuống 2%.", 5.0),
])
def test_old_value_of_a_change_is_eq(sentence, value):
    assert _pcts(sentence)[value][1] == "eq"


@pytest.mark.parametrize("sentence,value,comp", [
    ("Tỷ lệ giải ngân đạt từ 50% (2013) trở lên.", 50.0, "gte"),
    ("Có 12 đơn vị đạt từ 70% trở lên.", 70.0, "gte"),
    ("Chỉ số của tỉnh đạt trên 90% (năm 2023).", 90.0, "gt"),
])
def test_a_lower_bound_without_a_change_stays_a_bound(sentence, value, comp):
    assert _pcts(sentence)[value][1] == comp


@pytest.mark.parametrize("sentence,value", [
    ("So với giá trị trung bình cả nước, tỉnh thấp hơn 2,19% (cả nước là 83,94%).", 2.19),
    ("So với năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh cao hơn 4,5%.", 4.5),
    ("So với bình quân khu vực, chỉ số của tỉnh thấp hơn 1,2%.", 1.2),
])
def test_a_difference_after_an_opening_so_voi_is_eq(sentence, value):
    assert _pcts(sentence)[value][1] == "eq"


@pytest.mark.parametrize("sentence,value,comp", [
    ("So với năm trước, tỷ lệ hồ sơ đúng hạn đạt hơn 90%.", 90.0, "gt"),
    ("Tỷ lệ hồ sơ trễ hạn thấp hơn 5%.", 5.0, "lt"),
    ("So với năm trước, tỷ lệ đạt 80%; năm nay tỷ lệ cao hơn 85%.", 85.0, "gt"),
])
def test_a_bound_without_an_opening_comparison_stays_a_bound(sentence, value, comp):
    assert _pcts(sentence)[value][1] == comp


@pytest.mark.parametrize("sentence,value", [
    ("Tốc độ tăng trưởng của Vĩnh Long đạt 11,30%/năm so với mức bình quân 7,27%/năm của cả nước.", 7.27),
    ("Vĩnh Long đạt 92%, cao hơn mức 85% cả nước.", 85.0),
    ("Tại Vĩnh Long tỷ lệ này là 70%, so với 60% toàn quốc.", 60.0),
])
def test_a_value_followed_by_ca_nuoc_is_the_countrys(sentence, value):
    assert _pcts(sentence)[value][0] is None


@pytest.mark.parametrize("sentence,value", [
    ("Tốc độ tăng trưởng của Vĩnh Long đạt 11,30%/năm so với mức bình quân 7,27%/năm của cả nước.", 11.3),
    ("Vĩnh Long đạt 98%, dẫn đầu cả nước.", 98.0),
    ("Vĩnh Long đạt 95% cao nhất cả nước.", 95.0),
])
def test_the_province_value_before_ca_nuoc_keeps_its_province(sentence, value):
    assert _pcts(sentence)[value][0] == "Vĩnh Long"


@pytest.mark.parametrize("sentence,value", [
    ("Có 14 bộ, cơ quan ngang bộ đạt Chỉ số cải cách hành chính trên 80%.", 80.0),
    ("Các cơ quan ngang bộ có kết quả trung bình 85,2%.", 85.2),
    ("Chỉ số của các bộ, cơ quan ngang bộ đạt 87,5%.", 87.5),
])
def test_ministries_and_ministry_level_bodies_have_no_province(sentence, value):
    assert _pcts(sentence)[value][0] is None


@pytest.mark.parametrize("sentence,value", [
    ("Chỉ số cải cách hành chính của tỉnh đạt 88,5%.", 88.5),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.", 99.0),
])
def test_a_sentence_without_bodies_keeps_the_main_province(sentence, value):
    assert _pcts(sentence)[value][0] == "Vĩnh Long"


@pytest.mark.parametrize("sentence,value", [
    ("Tại huyện Bát Xát, 100% công dân đủ điều kiện đã được cấp thẻ căn cước.", 100.0),
    ("Tại huyện Si Ma Cai, 10/10 xã đã hoàn thành, tỷ lệ đạt 98%.", 98.0),
    ("Phường Hải An đạt 97,5% hồ sơ giải quyết đúng hạn.", 97.5),
])
def test_a_named_district_value_has_no_province(sentence, value):
    assert _pcts(sentence)[value][0] is None


@pytest.mark.parametrize("sentence,value", [
    ("Tỷ lệ hồ sơ cấp huyện giải quyết đúng hạn đạt 96%.", 96.0),
    ("Có 100% xã, phường, thị trấn đã triển khai dịch vụ này, đạt 100%.", 100.0),
])
def test_district_level_words_without_a_name_keep_the_main_province(sentence, value):
    assert _pcts(sentence)[value][0] == "Vĩnh Long"
