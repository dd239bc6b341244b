"""Normalize stage: str → str of the same meaning in one canonical writing.

Takes the decoded text; gives text that is
- Unicode NFC;
- written in one tone-mark convention for the open syllables ``oa oe uy`` (``hoà``→``hòa``,
  ``thuỷ``→``thủy``; ``quý``/``quỹ`` untouched), the convention of the gazetteers;
- free of the ``Ð`` (U+00D0, Icelandic eth) and ``ð`` that some sites use for ``Đ``/``đ``;
- free of odd spaces (NBSP, thin, ideographic → space), zero-width characters and C0/C1
  control characters other than newline; line ends are ``\\n``.
Curly quotes and dashes are kept as written.
"""
from __future__ import annotations

import re as _re
import unicodedata

from . import rx as regex

_SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
_DROP_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_TRANSLATE = {ord(c): " " for c in _SPACE_CHARS}
_TRANSLATE.update({ord(c): None for c in _DROP_CHARS})
_TRANSLATE.update({0x00D0: "Đ", 0x00F0: "đ"})
# lone surrogates (from broken JSON or UTF-16) cannot be encoded: replacement character
_TRANSLATE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})
# other C0/C1 controls except \n (and \r, handled below)
_TRANSLATE.update({c: None for c in list(range(0, 9)) + list(range(14, 32)) + list(range(127, 160))
                   if c not in (10, 13)})


def _class_of(codes) -> str:
    """A character class of the code points, as ranges."""
    out, codes = [], sorted(codes)
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(f"\\U{codes[i]:08x}" if i == j else f"\\U{codes[i]:08x}-\\U{codes[j]:08x}")
        i = j + 1
    return "[" + "".join(out) + "]"


# whether a text has a character to translate: most have none, and translating a text with a
# dict costs a lookup per character (about 10x the search)
_TO_TRANSLATE = _re.compile(_class_of(_TRANSLATE))

# tone placed on the second vowel of an open "oa/oe/uy" syllable → on the first vowel.
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
_OLD_TONE = regex.compile(r"(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\p{L})")


def _move_tone(m: "regex.Match[str]") -> str:
    first, second = m.group(1), m.group(2)
    pair = (first.lower(), unicodedata.normalize("NFD", second)[0].lower())
    if pair not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return m.group(0)
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    if not tone or tone[0] not in _TONES:
        return m.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def normalize(text: str) -> str:
    """Return ``text`` in the canonical form described in the module docstring."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TO_TRANSLATE.search(text) is not None:
        text = text.translate(_TRANSLATE)
    text = unicodedata.normalize("NFC", text)
    return tone_convention(text)


def tone_convention(text: str) -> str:
    """``hoà``→``hòa``, ``Thuỷ``→``Thủy``, ``khoẻ``→``khỏe``; ``quý``, ``quỹ``, ``hoàng`` unchanged."""
    return _OLD_TONE.sub(_move_tone, text, timeout=5)


def fold_key(text: str) -> str:
    """A matching key: normalized, case-folded, whitespace folded (accents kept: ``Hà`` ≠ ``Hạ``)."""
    return " ".join(tone_convention(unicodedata.normalize("NFC", text)).casefold().split())
