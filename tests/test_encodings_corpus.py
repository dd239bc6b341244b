"""Encodings corpus (issue 10): the five seed articles written in every encoding a crawl meets
decode back to the same facts as the UTF-8 original; what cannot be decoded is refused cleanly.

How each variant is compared with the original:

- **lossless** (UTF-8 with BOM, UTF-16 LE/BE with BOM, UTF-16-LE without BOM, UTF-32, NFD,
  double-encoded UTF-8 ``TÃ´i``): the same ``text`` and the same facts (all fields);
- **Windows-1258, VNI**: these cannot write a few characters of the seeds (the Chinese
  spam footers, some symbols), which the encoder turns into ``?``. The expected article is
  therefore that of the original with each unwritable character replaced by ``?``
  (``representable``); facts must then be identical;
- **TCVN3 (ABC)**: besides the unwritable characters, TCVN3 has *no upper-case toned vowels*
  (``Ố``, ``Ả``, …: they are written with the lower-case code), so capitals are lost and
  the decoder restores them only in all-caps words and lines. Facts are compared on
  ``(type, casefolded text)``, and the comparison is exact wherever the original had no
  capital TCVN3 cannot write.
"""
from __future__ import annotations

import codecs
import random
import unicodedata
from functools import lru_cache

import pytest

import cchc_extract as cx
from cchc_extract.decode import encode_legacy
from cchc_extract.models import Article, ErrorRecord

from conftest import SEEDS, check_article
from conftest import representable

codecs.register_error("encodings_corpus_latin1",
                      lambda e: (e.object[e.start:e.end].decode("latin-1"), e.end))


def original(path) -> str:
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))




def mojibake(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (undefined bytes kept as U+0080-U+009F, as Windows does)
    and written again as UTF-8."""
    return text.encode("utf-8").decode("cp1252", "encodings_corpus_latin1").encode("utf-8")


LOSSLESS = {
    "utf-8-sig": lambda t: t.encode("utf-8-sig"),
    "utf-16": lambda t: t.encode("utf-16"),                       # BOM, native order
    "utf-16-le+bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be+bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le, no BOM": lambda t: t.encode("utf-16-le"),
    "utf-32": lambda t: t.encode("utf-32"),
    "nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "nfd str": lambda t: unicodedata.normalize("NFD", t),
    "mojibake": mojibake,
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
}
LEGACY = ("cp1258", "vni", "tcvn3")


@lru_cache(maxsize=None)
def _extract(key, data):
    return cx.extract(data)


def baseline(path, encoding=None) -> Article:
    text = original(path)
    if encoding is not None:
        text = representable(text, encoding)
    return check_article(_extract(("orig", path.stem, encoding), text))


def facts(art, fold=False):
    return [(f.type, f.text.casefold() if fold else f.text) for f in art.facts]


@pytest.mark.parametrize("enc", list(LOSSLESS))
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_lossless_encodings_give_the_same_article(path, enc):
    base = baseline(path)
    got = cx.extract(LOSSLESS[enc](original(path)), doc_id=path.stem)
    assert isinstance(got, Article), got
    check_article(got)
    assert got.text == base.text
    assert [f.model_dump() for f in got.facts] == [f.model_dump() for f in base.facts]


@pytest.mark.parametrize("enc", LEGACY)
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_legacy_encodings_give_the_same_facts(path, enc):
    base = baseline(path, enc)
    data = encode_legacy(original(path), enc)
    got = cx.extract(data, doc_id=path.stem)
    assert isinstance(got, Article), got
    check_article(got)
    label = {"cp1258": "Windows-1258", "vni": "VNI", "tcvn3": "TCVN3"}[enc]
    assert any(label in w for w in got.warnings), \
        f"the legacy decoding is not reported in warnings: {got.warnings}"
    if enc == "tcvn3":
        assert facts(got, fold=True) == facts(base, fold=True)
        assert got.text.casefold() == base.text.casefold()
    else:
        assert facts(got) == facts(base)
        assert got.text == base.text


def test_tcvn3_is_exact_when_the_text_has_no_capital_it_cannot_write():
    text = ("Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Thái Nguyên đạt 99,82% theo Nghị định "
            "số 45/2020/NĐ-CP ngày 8/4/2020 của Chính phủ.\n"
            "Tỉnh Lạng Sơn xếp thứ 6/63 về Chỉ số cải cách hành chính năm 2020.")
    base = check_article(cx.extract(text))
    got = check_article(cx.extract(encode_legacy(text, "tcvn3")))
    assert got.text == base.text and facts(got) == facts(base)


# ------------------------------------------------------------------ clean refusals

_rnd = random.Random(3)
REFUSE = {
    "Chinese GBK": ("本文地址 版权声明 全站热门 友情链接 " * 200).encode("gbk"),
    "Japanese Shift-JIS": ("日本語のテキストです。" * 200).encode("shift_jis"),
    "Russian cp1251": ("Административная реформа во Вьетнаме. " * 200).encode("cp1251"),
    "EBCDIC cp037": ("Tinh Ha Nam dat 99 phan tram. " * 100).encode("cp037"),
    "random high bytes": bytes(_rnd.randrange(128, 256) for _ in range(5000)),
    "UTF-8 with 10% of bytes damaged": bytes(
        b if random.Random(i).random() > 0.1 else 0xFF
        for i, b in enumerate(("Tỉnh Hà Nam đạt 99%. " * 100).encode("utf-8"))),
}


@pytest.mark.parametrize("name", list(REFUSE))
def test_undecodable_input_is_refused_cleanly(name):
    rec = cx.extract(REFUSE[name], doc_id="x", source="x.txt")
    assert isinstance(rec, ErrorRecord), f"decoded as {rec.text[:80]!r} ({rec.warnings})"
    assert rec.error.kind in ("undecodable", "binary")
    assert len(rec.error.message) > 20 and rec.doc_id == "x" and rec.source == "x.txt"
    assert cx.parse_result(rec.to_json()) == rec


def test_a_few_bad_bytes_do_not_lose_the_document():
    """One stray byte in a UTF-8 article is repaired, not a refusal."""
    path = SEEDS[2]
    data = bytearray(original(path).encode("utf-8"))
    data[len(data) // 2] = 0xFF
    got = cx.extract(bytes(data))
    assert isinstance(got, Article)
    check_article(got)
    assert len(facts(got)) >= len(facts(baseline(path))) - 2


def test_truncated_utf16_keeps_the_text():
    text = original(SEEDS[0])
    got = cx.extract(text.encode("utf-16")[:-1])
    assert isinstance(got, Article) and got.warnings
    check_article(got)
    assert facts(got)[:-1] == facts(baseline(SEEDS[0]))[:-1]


@pytest.mark.parametrize("enc", LEGACY)
def test_legacy_encodings_through_a_gzip_file(tmp_path, enc):
    """The batch reader path: a legacy-encoded .txt.gz decodes like the plain bytes."""
    import gzip

    from cchc_extract.readers import iter_records

    path = SEEDS[1]
    p = tmp_path / f"{path.stem}.txt.gz"
    p.write_bytes(gzip.compress(encode_legacy(original(path), enc)))
    (rec,) = list(iter_records([p]))
    assert rec.doc_id == path.stem and not rec.meta.get("error")
    got = check_article(cx.extract(rec.data, doc_id=rec.doc_id))
    assert facts(got, fold=True) == facts(baseline(path, enc), fold=True)
