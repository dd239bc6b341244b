"""Tests of the decode stage (bytes → str): every supported encoding round-trips a real
article, the legacy tables round-trip the Vietnamese alphabet, bad input gives the right
DecodeError kind, and large input is fast."""
from __future__ import annotations

import codecs
import dataclasses
import gzip
import importlib.util
import json
import random
import unicodedata
from pathlib import Path

import pytest

from cchc_extract.decode import (DecodeError, Decoded, _DECODERS, decode, encode_legacy,
                                 is_vietnamese_syllable)
from cchc_extract.errors import CchcError
from conftest import representable

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_PATH = ROOT / "corpus" / "002_97d673e06247b9f2.txt"
DATA_DIR = ROOT / "src" / "cchc_extract" / "data"
RAW = ARTICLE_PATH.read_text(encoding="utf-8")
ORIG = unicodedata.normalize("NFC", RAW)
TABLES = json.loads((DATA_DIR / "legacy_encodings.json").read_text(encoding="utf-8"))
ALPHABET = TABLES["alphabet"]

codecs.register_error("test_latin1_fallback",
                      lambda e: (e.object[e.start:e.end].decode("latin-1"), e.end))


def windows_mojibake(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (undefined bytes → U+0080-U+009F, as Windows does) and
    written again as UTF-8."""
    return text.encode("utf-8").decode("cp1252", "test_latin1_fallback").encode("utf-8")




def tcvn3_capitals() -> set[str]:
    """Upper-case letters TCVN3 writes with the lower-case code."""
    enc = TABLES["tcvn3"]["encode"]
    return {c for c in ALPHABET if c.isupper() and enc[c] == enc[c.lower()]}


# ---------------------------------------------------------------- Unicode encodings

def test_article_is_vietnamese():
    assert sum(1 for c in ORIG if ord(c) > 0x7F) > 1000


def test_utf8_plain():
    res = decode(RAW.encode("utf-8"))
    assert isinstance(res, Decoded)
    assert res.encoding == "utf-8"
    assert res.text == RAW
    assert res.warnings == []


def test_utf8_bom_dropped():
    res = decode(codecs.BOM_UTF8 + RAW.encode("utf-8"))
    assert res.encoding == "utf-8"
    assert res.text == RAW
    assert not res.text.startswith("\ufeff")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", codecs.BOM_UTF16_LE),
                                       ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(codec, bom):
    res = decode(bom + RAW.encode(codec))
    assert res.encoding == "utf-16"
    assert res.text == RAW


def test_utf16_python_default_bom():
    res = decode(RAW.encode("utf-16"))
    assert (res.encoding, res.text) == ("utf-16", RAW)


@pytest.mark.parametrize("codec,bom", [("utf-32-le", codecs.BOM_UTF32_LE),
                                       ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf32_with_bom(codec, bom):
    res = decode(bom + RAW.encode(codec))
    assert res.encoding == "utf-32"
    assert res.text == RAW


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    res = decode(RAW.encode(codec))
    assert res.encoding == "utf-16"
    assert res.text == RAW
    assert any("byte-order mark" in w for w in res.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_large_utf16_without_bom(codec):
    text = RAW * 40                                       # > the 96 KB sample
    res = decode(text.encode(codec))
    assert (res.encoding, res.text) == ("utf-16", text)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom(codec):
    res = decode(RAW.encode(codec))
    assert (res.encoding, res.text) == ("utf-32", RAW)


def test_plain_english_ascii_is_utf8():
    text = "The quick brown fox jumps over the lazy dog.\nSecond line, 42% done.\n"
    res = decode(text.encode("ascii"))
    assert (res.encoding, res.text, res.warnings) == ("utf-8", text, [])


def test_utf8_truncated_in_last_character():
    data = "cải cách hành chính nhà nước".encode("utf-8")
    cut = data[:-2]                                   # 'ớc' → the 'ớ' loses a byte
    res = decode(cut)
    assert res.encoding == "utf-8"
    assert res.text == "cải cách hành chính nhà nư"
    assert any("middle of a UTF-8 character" in w for w in res.warnings)


def test_utf8_with_a_few_invalid_bytes():
    data = bytearray(RAW.encode("utf-8"))
    for pos in (500, 2500, 4500):
        data[pos:pos] = b"\xff"
    res = decode(bytes(data))
    assert res.encoding == "utf-8"
    assert res.text.count("\ufffd") == 3
    assert res.text.replace("\ufffd", "") == RAW
    assert any("invalid byte" in w for w in res.warnings)


def test_sparse_nul_bytes_removed():
    data = RAW.encode("utf-8").replace(b"\n\n", b"\n\x00\n", 3)
    res = decode(data)
    assert res.encoding == "utf-8"
    assert "\x00" not in res.text
    assert any("NUL" in w for w in res.warnings)


def test_str_input_passes_through():
    assert decode(ORIG).text == ORIG            # type: ignore[arg-type]


def test_bytearray_and_memoryview_accepted():
    assert decode(bytearray(b"Xin chao")).text == "Xin chao"
    assert decode(memoryview(b"Xin chao")).text == "Xin chao"


def test_decoded_is_frozen():
    res = decode(b"abc")
    assert dataclasses.is_dataclass(res)
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.text = "x"                           # type: ignore[misc]


# ---------------------------------------------------------------- double-encoded UTF-8

def test_double_encoded_utf8_repaired():
    data = windows_mojibake(RAW)
    assert "TÃ´i".encode() in windows_mojibake("Tôi") and b"\xc3\x84\xe2\x80\x98" in windows_mojibake("đ")
    res = decode(data)
    assert res.encoding == "utf-8 (double-encoded, repaired)"
    assert res.text == RAW
    assert any("repaired" in w for w in res.warnings)


def test_double_encoded_twice_repaired():
    data = windows_mojibake(windows_mojibake(RAW).decode("utf-8"))
    res = decode(data)
    assert res.encoding == "utf-8 (double-encoded, repaired)"
    assert res.text == RAW


def test_mojibake_with_lost_undefined_bytes_recovers_d_stroke():
    """Python's cp1252 decoder with errors='replace' turns the 0x90 of 'Đ' into U+FFFD."""
    text = "Đồng chí Lê Quang Tiến, Phó Chủ tịch UBND tỉnh Thái Nguyên, Đảng ủy, Đoàn thanh niên"
    data = text.encode("utf-8").decode("cp1252", "replace").encode("utf-8")
    res = decode(data)
    assert res.encoding == "utf-8 (double-encoded, repaired)"
    assert res.text == text


def test_double_encoded_punctuation_only_repaired():
    text = "Ông nói: “Chúng tôi sẽ làm” – và… Bà nói “được”. It’s fine."
    data = "".join(c.encode("utf-8").decode("cp1252", "replace") if c in "“”–…’" else c
                   for c in text).encode("utf-8")
    assert "â€œ".encode("utf-8") in data
    res = decode(data)
    assert (res.encoding, res.text) == ("utf-8 (double-encoded, repaired)", text)


def test_legit_vietnamese_next_to_punctuation_not_touched():
    text = RAW.replace("à ", "à\u00a0").replace("a ", "a… ").replace("à,", "à”,")
    res = decode(text.encode("utf-8"))
    assert (res.encoding, res.text) == ("utf-8", text)


def test_partly_double_encoded_lines_repaired():
    lines = RAW.split("\n")
    mixed = "\n".join(windows_mojibake(line).decode() if i % 2 else line for i, line in enumerate(lines))
    res = decode(mixed.encode("utf-8"))
    assert res.encoding == "utf-8 (double-encoded, repaired)"
    assert res.text == RAW


def test_genuine_latin1_letters_not_repaired():
    text = "Café « Phở » à Paris — Nguyễn Văn Â, « déjà vu »"
    res = decode(text.encode("utf-8"))
    assert (res.encoding, res.text) == ("utf-8", text)


# ---------------------------------------------------------------- legacy 8-bit encodings

def test_cp1258_article():
    data = encode_legacy(ORIG, "cp1258")
    # Windows-1258 writes most toned vowels as base letter + combining tone byte
    assert b"\xf2" in data and b"\xec" in data                    # dot below, acute
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == representable(ORIG, "cp1258")
    res = decode(data)
    assert res.encoding == "cp1258"
    assert res.text == representable(ORIG, "cp1258")
    assert unicodedata.is_normalized("NFC", res.text)
    assert any("Windows-1258" in w for w in res.warnings)


def test_vni_article():
    data = encode_legacy(ORIG, "vni")
    assert "Vieät".encode("cp1252") in encode_legacy("Việt", "vni")
    res = decode(data)
    assert res.encoding == "vni"
    assert res.text == representable(ORIG, "vni")


def test_tcvn3_article():
    data = encode_legacy(ORIG, "tcvn3")
    res = decode(data)
    assert res.encoding == "tcvn3"
    expected = representable(ORIG, "tcvn3")
    assert len(res.text) == len(expected)
    caps = tcvn3_capitals()
    for i, (want, got) in enumerate(zip(expected, res.text)):
        # TCVN3 has no code for upper-case toned vowels: outside all-caps words they read
        # back lower-case; everything else is exact
        assert got == want or (want in caps and got == want.lower()), (i, want, got)


TCVN3_CAPS_TEXT = ("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\nBỘ NỘI VỤ\n"
                   "Hà Nội, ngày 24 tháng 9 năm 2020. Ông Lê Quang Tiến, Phó Chủ tịch UBND tỉnh, "
                   "chủ trì hội nghị về cải cách hành chính; Ủy ban nhân dân tỉnh Thái Nguyên.")


@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "vni"])
def test_legacy_text_after_a_long_ascii_preamble(encoding):
    preamble = ("<script>var x = 1; // " + "a" * 60 + "</script>\n") * 3000   # ~250 KB ASCII
    data = preamble.encode("ascii") + encode_legacy(ORIG, encoding)
    res = decode(data)
    assert res.encoding == encoding
    assert res.text.startswith(preamble)


def test_tcvn3_capitals_restored_in_all_caps_words_and_lines():
    res = decode(encode_legacy(TCVN3_CAPS_TEXT, "tcvn3"))
    assert res.encoding == "tcvn3"
    lines = res.text.split("\n")
    want = TCVN3_CAPS_TEXT.split("\n")
    assert lines[0] == want[0]                       # ỦY … TỈNH … THÁI: all-caps line
    assert lines[1] == want[1]                       # BỘ NỘI VỤ
    assert "Hà Nội" in lines[2] and "Phó Chủ tịch UBND" in lines[2]
    assert "ủy ban nhân dân tỉnh Thái Nguyên" in lines[2]     # 'Ủy' cannot be told from 'ủy'


@pytest.mark.parametrize("encoding,data,text", [
    ("tcvn3", b"H\xb5 N\xe9i", "Hà Nội"),
    ("tcvn3", b"C\xb8c c\xb8n b\xe9 c\xe3 tr\xb8ch nhi\xd6m", "Các cán bộ có trách nhiệm"),
    ("vni", "Vieät Nam".encode("cp1252"), "Việt Nam"),
    ("vni", "Chính phuû ñieän töû".encode("cp1252"), "Chính phủ điện tử"),
    ("cp1258", b"Vi\xea\xf2t Nam", "Việt Nam"),
    ("cp1258", "Chi\u0301nh phu\u0309 điê\u0323n tư\u0309".encode("cp1258"), "Chính phủ điện tử"),
])
def test_short_legacy_samples(encoding, data, text):
    res = decode(data)
    assert (res.encoding, res.text) == (encoding, text)


def test_legacy_tables_have_sources_and_134_letters():
    assert len(ALPHABET) == 134 and len(set(ALPHABET)) == 134
    assert ALPHABET.count("đ") == 1 and ALPHABET.count("Đ") == 1
    assert sum(c.islower() for c in ALPHABET) == 67
    for name in ("tcvn3", "vni"):
        table = TABLES[name]
        assert "github.com" in table["source"]
        assert set(table["encode"]) == set(ALPHABET)
        for text, hexbytes in table["examples"].items():
            assert encode_legacy(text, name) == bytes.fromhex(hexbytes)
            assert _DECODERS[name](bytes.fromhex(hexbytes)) == text


@pytest.mark.parametrize("letter", list(ALPHABET))
def test_vni_round_trips_every_letter(letter):
    code = encode_legacy(letter, "vni", errors="strict")
    assert _DECODERS["vni"](code) == letter
    assert TABLES["vni"]["decode"][code.hex()] == letter


@pytest.mark.parametrize("letter", list(ALPHABET))
def test_cp1258_round_trips_every_letter(letter):
    code = encode_legacy(letter, "cp1258", errors="strict")
    assert _DECODERS["cp1258"](code) == letter


@pytest.mark.parametrize("letter", list(ALPHABET))
def test_tcvn3_round_trips_every_letter(letter):
    code = encode_legacy(letter, "tcvn3", errors="strict")
    assert len(code) == 1
    got = _DECODERS["tcvn3"](code)
    if letter in tcvn3_capitals():
        assert got == letter.lower()       # VN3 writes these capitals with the lower-case code
    else:
        assert got == letter


def test_tcvn3_lossy_capitals_are_exactly_the_60_toned_ones():
    caps = tcvn3_capitals()
    assert len(caps) == 60
    assert not caps & set("ĂÂÊÔƠƯĐ")


def test_tcvn3_alphabet_in_all_caps_context_round_trips():
    upper = "".join(c for c in ALPHABET if c.isupper())
    assert _DECODERS["tcvn3"](encode_legacy("ABC " + upper, "tcvn3")) == "ABC " + upper
    lower = "".join(c for c in ALPHABET if c.islower())
    assert _DECODERS["tcvn3"](encode_legacy("abc " + lower, "tcvn3")) == "abc " + lower


def test_tcvn3_vn1_extra_bytes_decode():
    # bytes VN3 leaves free: TCVN 5712 VN1 puts capitals and combining tone marks there
    assert _DECODERS["tcvn3"](b"\xc4") == "Ấ"
    assert _DECODERS["tcvn3"](b"\xff") == "Ố"
    assert _DECODERS["tcvn3"](b"a\xb3") == "á"          # a + combining acute, composed


def test_tcvn3_table_matches_system_iconv_if_available():
    import subprocess
    try:
        out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
                             input=bytes(range(0xA0, 0x100)), capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("iconv not available")
    if out.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    expected = [TABLES["tcvn3"]["decode"][f"{b:02x}"] for b in range(0xA0, 0x100)]
    assert list(out.stdout.decode("utf-8")) == expected


def test_generated_json_is_up_to_date():
    spec = importlib.util.spec_from_file_location("build_legacy_encodings",
                                                  DATA_DIR / "build_legacy_encodings.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0


def test_western_cp1252_with_smart_quotes():
    text = "He said “hello” – and left… (see page 3)."
    res = decode(text.encode("cp1252"))
    assert (res.encoding, res.text) == ("cp1252", text)


# ---------------------------------------------------------------- errors

def _err(data: bytes) -> DecodeError:
    with pytest.raises(DecodeError) as info:
        decode(data)
    err = info.value
    assert isinstance(err, CchcError)
    assert err.kind in ("empty", "binary", "undecodable")
    assert err.message and str(err) == err.message
    return err


@pytest.mark.parametrize("data", [b"", b" ", b"   \n\t\r\n  ", b"\x00\x00\x00", b"\n\x00 \x00\n",
                                  codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n",
                                  codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"),
                                  "\u00a0 \u3000".encode("utf-8")])
def test_empty(data):
    assert _err(data).kind == "empty"


def test_random_binary():
    rnd = random.Random(20201001)
    err = _err(rnd.randbytes(8192))
    assert err.kind == "binary"
    assert "binary" in err.message


@pytest.mark.parametrize("data,word", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "PNG"),
    (gzip.compress(RAW.encode("utf-8")), "gzip"),
    (b"\x1f\x8b\x08\x00", "gzip"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(30), "ZIP"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "Office"),
    (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF"),
])
def test_known_binary_formats(data, word):
    err = _err(data)
    assert err.kind == "binary"
    assert word in err.message and "not text" in err.message


def test_nul_heavy_is_binary():
    data = b"".join(bytes([65 + i % 26]) + b"\x00\x00\x07\x03" for i in range(2000))
    assert _err(data).kind == "binary"


def test_undecodable_high_bytes():
    rnd = random.Random(7)
    words = [bytes(rnd.randrange(0x80, 0x100) for _ in range(rnd.randrange(2, 7)))
             for _ in range(400)]
    err = _err(b" ".join(words))
    assert err.kind == "undecodable"
    assert "UTF-8" in err.message and "Convert" in err.message


def test_never_raises_anything_but_decode_error():
    rnd = random.Random(99)
    pieces = [RAW.encode("utf-8"), encode_legacy(ORIG[:500], "vni"), b"\x00", b"\xff\xfe",
              b"\xef\xbb\xbf", b"\xc3", b"\xe1\xbb", b"\x1b[0m", b"%PDF", bytes(range(256))]
    for _ in range(300):
        parts = [rnd.choice(pieces)[: rnd.randrange(0, 300)] for _ in range(rnd.randrange(1, 5))]
        data = b"".join(parts)
        if rnd.random() < 0.3:
            data = rnd.randbytes(rnd.randrange(0, 200))
        try:
            res = decode(data)
        except DecodeError as err:
            assert err.kind in ("empty", "binary", "undecodable")
        else:
            assert isinstance(res.text, str) and res.text.strip()


def test_wrong_type_is_a_decode_error():
    with pytest.raises(DecodeError):
        decode(12345)                                # type: ignore[arg-type]


# ---------------------------------------------------------------- size (speed: benchmarks/)

def test_20mb_utf8_decodes_whole():
    data = RAW.encode("utf-8")
    big = data * (20_000_000 // len(data) + 1)
    res = decode(big)
    assert res.encoding == "utf-8" and res.text == big.decode("utf-8")


@pytest.mark.parametrize("encoding", ["cp1258", "tcvn3", "vni"])
def test_10mb_legacy_decodes_whole(encoding):
    one = encode_legacy(ORIG, encoding) + b"\r\n"
    n = 10_000_000 // len(one) + 1
    res = decode(one * n)
    assert res.encoding == encoding
    assert res.text == decode(one).text * n


# ---------------------------------------------------------------- the syllable check

@pytest.mark.parametrize("word", ["Việt", "người", "quốc", "khuya", "nghiêng", "giữ", "Hòa",
                                  "hoà", "Thủy", "thuỷ", "đường", "ĐẢNG", "tỉnh", "ủy", "gì"])
def test_valid_syllables(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["Vieät", "Néi", "bàt", "Hµ", "cafté", "xyzá", "việtt", "áá"])
def test_invalid_syllables(word):
    assert not is_vietnamese_syllable(word)
