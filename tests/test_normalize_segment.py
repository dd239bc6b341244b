import unicodedata

import pytest

from cchc_extract.normalize import fold_key, normalize
from cchc_extract.resources import load
from cchc_extract.segment import join_paragraphs, split_sentences


@pytest.mark.parametrize("raw,expected", [
    ("Hoà Bình", "Hòa Bình"), ("thuỷ lợi", "thủy lợi"), ("Uỷ ban", "Ủy ban"), ("Khánh Hoà.", "Khánh Hòa."),
    ("khoẻ", "khỏe"), ("quý III", "quý III"), ("quỹ đất", "quỹ đất"), ("hoàng", "hoàng"), ("QUỶ", "QUỶ"),
    ("TRANG THÔNG TIN ÐIỆN TỬ", "TRANG THÔNG TIN ĐIỆN TỬ"), ("a\u00a0b\u2009c", "a b c"), ("x\u200by", "xy"),
    ("dòng 1\r\ndòng 2", "dòng 1\ndòng 2"),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_nfd_input_becomes_nfc():
    s = "Thái Nguyên đạt 99,82% hồ sơ đúng hạn"
    assert normalize(unicodedata.normalize("NFD", s)) == s


def test_fold_key_keeps_accents():
    assert fold_key("Hoà  BÌNH") == fold_key("hòa bình")
    assert fold_key("Hà Nam") != fold_key("Hạ Nam")


@pytest.mark.parametrize("text,n", [tuple(x) for x in load("segment")["examples"]])
def test_sentence_examples_from_data(text, n):
    body, paras = join_paragraphs([text])
    assert len(split_sentences(body, paras)) == n


def test_sentences_do_not_cross_paragraphs_and_cover_text():
    body, paras = join_paragraphs(["Câu một. Câu hai tại TP. Hồ Chí Minh.", "PGS.TS. Nguyễn Văn A nói 99.44% là cao./."])
    sents = split_sentences(body, paras)
    assert [body[s.start:s.end] for s in sents] == [
        "Câu một.", "Câu hai tại TP. Hồ Chí Minh.", "PGS.TS. Nguyễn Văn A nói 99.44% là cao./."]


def test_words_have_offsets():
    from cchc_extract.segment import words

    t = "Tổ công tác làm việc tại tỉnh Thái Nguyên."
    spans = [t[w.start:w.end] for w in words(t)]
    assert "Thái Nguyên" in spans and "công tác" in spans


def test_underthesea_import_does_not_configure_root_logging():
    import logging

    from cchc_extract.segment import import_underthesea

    before = list(logging.getLogger().handlers)
    import_underthesea()
    assert logging.getLogger().handlers == before
