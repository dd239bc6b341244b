"""Clean stage: line keys and shapes that several passes share.

A line's word key and case fold (memoised for one page), its normalised form, the one-sentence
test, the characters that end a sentence, and the legal-header test on the ``legal_markers``
rules of ``data/boilerplate.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx as regex
from ..resources import load
from .linerules import _words_upto


_WORD = regex.compile(r"\w+")


_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _word_key(line: str) -> str:
    return " ".join(_WORD.findall(line.casefold()))


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _casefold(line: str) -> str:
    return line.casefold()


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _norm_line(line: str) -> str:
    return " ".join(line.casefold().rstrip(" .").split())


def _single_sentence(line: str, max_words: int) -> bool:
    return _words_upto(line, max_words) <= max_words and len(re.findall(r"[.!?](?:\s|$)", line)) <= 1


@lru_cache(maxsize=1)
def _kind_rules():
    d = load("boilerplate")
    return regex.compile(d["legal_markers"]["pattern"], regex.M | regex.V0), d["listing"]


_SENTENCE_END = (".", "!", "?", ";", ":", "…", '"', "”", ")")


def _legal_header_line(line: str, t: float, groups: tuple = ("number", "motto")) -> bool:
    """Whether ``line`` is one of a legal text's header lines in ``groups`` (the ``legal_markers``
    of ``boilerplate.json``: ``number`` ``Số: 08/2004/TT-BNV``, ``motto`` the national motto)."""
    if "Số" not in line and "Độc lập" not in line and "CỘNG H" not in line and "CHỦ NGHĨA" not in line:
        return False
    try:
        m = _kind_rules()[0].search(line, timeout=t)
    except TimeoutError:
        return False
    return m is not None and m.lastgroup in groups
