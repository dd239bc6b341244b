"""Regenerate ``legacy_encodings.json``: byte <-> Unicode tables for the two legacy
Vietnamese 8-bit encodings that Python has no codec for, TCVN3 (ABC) and VNI-Windows.

    python3 src/cchc_extract/data/build_legacy_encodings.py          # writes the JSON beside it
    python3 src/cchc_extract/data/build_legacy_encodings.py --check  # exit 1 if the JSON is stale

Sources (the data below was written from them and cross-checked against them):

* TCVN 5712:1993.  The standard defines VN1 (full 8-bit set, upper-case toned vowels in C0
  and 0x80-0x9F), VN2 and VN3.  VN3 -- the "ABC" encoding of the ``.VnTime`` fonts, what
  people call TCVN3 -- keeps only bytes 0xA1-0xFF and has *no* codes for the upper-case
  toned vowels (the ``.VnTimeH`` fonts draw the lower-case codes as capitals).  The high
  half (0xA0-0xFF) is identical in VN1 and VN3 for every VN3 letter; VN1 additionally puts
  16 upper-case letters and the five combining tone marks into the slots VN3 leaves free.
  Byte values: glibc iconv ``TCVN5712-1`` and XFree86/X-TrueType ``TCVN/TCVNtoUCS2.c``
  (github.com/apple-open-source/macos, X11/xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c) -- both
  agree on all 96 bytes 0xA0-0xFF.  Which upper-case letters VN3 lacks, and that bytes
  0x80-0x9F of a TCVN3 file are Windows-1252 punctuation: UniKey's VnConv converter
  (github.com/vn-input/ibus-unikey, ukengine/data.cpp, ``SingleByteTables`` TCVN3 row).
* VNI-Windows (VNI-Times fonts): a base letter followed by one byte carrying the
  diacritic(s); a few letters (đ, ơ, ư, the toned i's, ỵ) are single bytes.  The rules
  below reproduce UniKey's VnConv ``DoubleByteTables`` VNI-WIN row
  (github.com/vn-input/ibus-unikey, ukengine/data.cpp) entry for entry; the build asserts
  the sample ``Việt Nam`` -> ``Vieät Nam``.

The JSON holds, per encoding, ``decode`` (hex bytes -> Unicode) and ``encode`` (Unicode ->
hex bytes) for the 134 Vietnamese letters (67 lower + 67 upper case, đ/Đ included).
Bytes that are not in ``decode`` are read as Windows-1252 (that is what a Windows
application wrote there).
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("legacy_encodings.json")

# ---------------------------------------------------------------- the Vietnamese alphabet
TONES = {"": "", "acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303",
         "dot": "\u0323"}
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]


def toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + TONES[tone])


def alphabet() -> list[str]:
    """The 67 lower-case Vietnamese letters that are not plain ASCII, then their capitals."""
    lower = [toned(v, t) for v in VOWELS for t in TONES if toned(v, t) not in "aeiouy"]
    lower.append("đ")
    return lower + [c.upper() for c in lower]


# ---------------------------------------------------------------- TCVN 5712:1993, 0xA0-0xFF
# Unicode code points of bytes 0xA0..0xFF (VN1 = VN3 + the upper-case/combining extras).
TCVN_HIGH = [
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,   # A0
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,   # A8
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,   # B0
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,   # B8
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,   # C0
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,   # C8
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,   # D0
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,   # D8
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,   # E0
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,   # E8
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,   # F0
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,   # F8
]
# The only upper-case letters VN3 (ABC) encodes; every other capital is written with the
# lower-case code (UniKey does the same), so it reads back as lower case.
VN3_CAPITALS = set("ĂÂÊÔƠƯĐ")


def build_tcvn3() -> dict:
    decode: dict[str, str] = {}
    vn1_only: list[str] = []
    for i, cp in enumerate(TCVN_HIGH):
        b = 0xA0 + i
        ch = chr(cp)
        decode[f"{b:02x}"] = ch
        if unicodedata.combining(ch) or (ch.isupper() and ch not in VN3_CAPITALS):
            vn1_only.append(f"{b:02x}")
    encode: dict[str, str] = {}
    for ch in alphabet():
        lower_code = [k for k, v in decode.items() if v == ch.lower() and k not in vn1_only]
        own = [k for k, v in decode.items() if v == ch and k not in vn1_only]
        if own:
            encode[ch] = own[0]
        elif ch.isupper():
            # upper-case toned vowel: VN3 has no code, write the lower-case one
            assert lower_code, ch
            encode[ch] = lower_code[0]
        else:
            raise AssertionError(f"no TCVN3 code for {ch!r}")
    return {
        "name": "TCVN3 (ABC; TCVN 5712:1993 VN3, the .VnTime fonts)",
        "source": ("TCVN 5712:1993 byte values from glibc iconv TCVN5712-1 and XFree86 "
                   "X-TrueType TCVN/TCVNtoUCS2.c (github.com/apple-open-source/macos, "
                   "X11/xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c), which agree on 0xA0-0xFF; "
                   "VN3 subset and Windows-1252 for 0x80-0x9F as in UniKey VnConv "
                   "(github.com/vn-input/ibus-unikey, ukengine/data.cpp, TCVN3 table)"),
        "notes": ("Bytes not listed decode as Windows-1252. VN3 has no codes for the 60 "
                  "upper-case toned vowels: encode writes the lower-case code, so they read "
                  "back as lower case (the decoder restores capitals inside all-caps words and "
                  "lines). Bytes listed in vn1_only are VN1 extras (16 capitals, 5 combining "
                  "tone marks) that VN3 leaves unused; they are decoded but never encoded."),
        "vn1_only": vn1_only,
        "decode": decode,
        "encode": encode,
        "examples": {"Hà Nội": "48b5204ee969", "Việt Nam": "5669d674204e616d"},
    }


# ---------------------------------------------------------------- VNI-Windows
# Diacritic byte after a base letter: (lower-case byte, upper-case byte).
VNI_TONE = {"acute": (0xF9, 0xD9), "grave": (0xF8, 0xD8), "hook": (0xFB, 0xDB),
            "tilde": (0xF5, 0xD5), "dot": (0xEF, 0xCF)}
# circumflex (â ê ô) combined with each tone
VNI_CIRC = {"": (0xE2, 0xC2), "acute": (0xE1, 0xC1), "grave": (0xE0, 0xC0),
            "hook": (0xE5, 0xC5), "tilde": (0xE3, 0xC3), "dot": (0xE4, 0xC4)}
# breve (ă) combined with each tone
VNI_BREVE = {"": (0xEA, 0xCA), "acute": (0xE9, 0xC9), "grave": (0xE8, 0xC8),
             "hook": (0xFA, 0xDA), "tilde": (0xFC, 0xDC), "dot": (0xEB, 0xCB)}
# letters that are one byte on their own: (lower, upper)
VNI_SINGLE = {"đ": (0xF1, 0xD1), "ơ": (0xF4, 0xD4), "ư": (0xF6, 0xD6),
              "í": (0xED, 0xCD), "ì": (0xEC, 0xCC), "ỉ": (0xE6, 0xC6), "ĩ": (0xF3, 0xD3),
              "ị": (0xF2, 0xD2), "ỵ": (0xEE, 0xCE)}


def build_vni() -> dict:
    encode: dict[str, bytes] = {}
    for ch in alphabet():
        low = ch.lower()
        upper = ch.isupper()
        pick = (lambda pair: pair[1] if upper else pair[0])
        if low in VNI_SINGLE:
            encode[ch] = bytes([pick(VNI_SINGLE[low])])
            continue
        nfd = unicodedata.normalize("NFD", low)
        base, marks = nfd[0], nfd[1:]
        tone = next((t for t, m in TONES.items() if m and m in marks), "")
        modifier = marks.replace(TONES[tone], "") if tone else marks
        base_byte = ord(base.upper() if upper else base)
        if modifier == "\u0302":            # â ê ô
            out = [base_byte, pick(VNI_CIRC[tone])]
        elif modifier == "\u0306":          # ă
            out = [base_byte, pick(VNI_BREVE[tone])]
        elif modifier == "\u031b":          # ơ ư (+ tone)
            out = [pick(VNI_SINGLE[unicodedata.normalize("NFC", base + modifier)])]
            if tone:
                out.append(pick(VNI_TONE[tone]))
        elif modifier == "":
            out = [base_byte, pick(VNI_TONE[tone])]
        else:
            raise AssertionError(f"unexpected letter {ch!r}")
        encode[ch] = bytes(out)
    decode = {v.hex(): k for k, v in encode.items()}
    assert len(decode) == len(encode), "VNI table is not one-to-one"
    sample = "Việt Nam"
    enc = b"".join((encode[c] if c in encode else c.encode("ascii")) for c in sample)
    assert enc == "Vieät Nam".encode("cp1252"), enc
    return {
        "name": "VNI-Windows (VNI-Times fonts)",
        "source": ("VNI-Windows layout as in UniKey VnConv DoubleByteTables VNI-WIN "
                   "(github.com/vn-input/ibus-unikey, ukengine/data.cpp); reproduced here by "
                   "rule and checked entry by entry"),
        "notes": ("A letter is its base byte followed by a diacritic byte, or a single byte "
                  "(đ ơ ư í ì ỉ ĩ ị ỵ and capitals). Bytes not listed decode as Windows-1252."),
        "decode": decode,
        "encode": {k: v.hex() for k, v in encode.items()},
        "examples": {"Việt Nam": "Vieät Nam".encode("cp1252").hex()},
    }


def build() -> dict:
    letters = alphabet()
    assert len(letters) == 134 and len(set(letters)) == 134
    return {
        "source": ("see each table; generated by build_legacy_encodings.py in this directory "
                   "-- edit that script, not this file"),
        "alphabet": "".join(letters),
        "tcvn3": build_tcvn3(),
        "vni": build_vni(),
    }


def main(argv: list[str]) -> int:
    text = json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text("utf-8") != text:
            print(f"{OUT.name} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
