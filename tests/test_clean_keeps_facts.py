"""Cleaning keeps the lines that carry the article's facts (made-up pages in the shapes of the
classes), and still removes the junk of the same shape."""
import pytest

import cchc_extract as cx

BODY = ("Sáng 15/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị công bố các chỉ "
        "số năm 2023 tại Hà Nội với sự tham dự của đại diện các bộ, ngành và địa phương.\n")


def _facts(art, kind):
    return [f.text for f in art.facts if f.type == kind]


def _removed(art):
    return [r.text for r in art.removed]


@pytest.mark.parametrize("line,date", [
    ("Thứ Hai, 12/02/2024 UBND tỉnh tổ chức hội nghị.", "12/02/2024"),
    ("Chủ nhật, ngày 5/5/2024 Sở Nội vụ công bố kết quả xếp hạng.", "5/5/2024"),
    ("Thứ sáu, 03/11/2023 Tỉnh Yên Bái đạt 98,5% hồ sơ đúng hạn.", "03/11/2023"),
])
def test_weekday_date_followed_by_a_sentence_is_body(line, date):
    for text in (line, "Hội nghị tổng kết công tác năm\n\n" + line + "\n\n" + BODY):
        art = cx.extract(text)
        assert line not in _removed(art)
        assert line in art.text
        assert date in _facts(art, "date")


@pytest.mark.parametrize("line", [
    "Thứ Năm, 28/04/2022 Lượt xem: 3604 In bài viết",
    "Thứ Hai, 12/02/2024 Tin tức sự kiện",
    "Thứ tư, 17/04/2024 14:49 (GMT+7)",
    "Chủ nhật, 21/04/2024",
])
def test_weekday_date_stamps_still_go(line):
    art = cx.extract("Hội nghị tổng kết công tác năm\n\n" + line + "\n\n" + BODY)
    assert line not in art.text
    assert line in _removed(art)
