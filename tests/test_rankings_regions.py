"""Regions ranked in a list after a first place (GUIDE §12 ordered lists; a region as subject is null):
each listed region takes the next rank; a clause or a body that only mentions a region ends the list."""
from __future__ import annotations

import cchc_extract as cx


def ranks(text):
    return [(f.index, f.rank, f.year, f.subject, f.text) for f in cx.extract(text).of_type("ranking")]


def test_regions_listed_after_the_leading_region_take_the_next_ranks():
    text = ("Xét theo vùng, Đồng bằng sông Hồng dẫn đầu về Chỉ số PAR INDEX 2023, tiếp theo là Đông Nam Bộ, "
            "Tây Nguyên, Bắc Trung Bộ và Duyên hải miền Trung.")
    assert ranks(text) == [("PAR INDEX", 1, 2023, None, "dẫn đầu"), ("PAR INDEX", 2, 2023, None, "Đông Nam Bộ"),
                           ("PAR INDEX", 3, 2023, None, "Tây Nguyên"),
                           ("PAR INDEX", 4, 2023, None, "Bắc Trung Bộ và Duyên hải miền Trung")]


def test_a_clause_about_a_region_is_no_item():
    for text in ("Đà Nẵng xếp hạng nhất về DTI 2022, theo sau là vùng Tây Nguyên sẽ được hỗ trợ thêm.",
                 "Đà Nẵng dẫn đầu DTI 2022, tiếp theo là Hội nghị triển khai tại Tây Nguyên."):
        assert [r[1] for r in ranks(text)] == [1]
