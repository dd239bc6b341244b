"""Fast forms of the patterns the extractors share.

:func:`literal_alternation` writes a set of literal words as a trie-shaped regular expression
(``Phó (?:Chủ tịch|Giám đốc)`` instead of ``Phó Chủ tịch|Phó Giám đốc``) that matches exactly
what the plain alternation, longest word first, matches — same spans at the same positions,
the same backtracking order into shorter words — but lets the ``regex`` engine reject a
position after its first character instead of trying every word there. The plain form,
:func:`plain_alternation`, stays as the reference that the tests compare it with.

Why the two are the same: at one position, the words that match the text there are prefixes of
one another along the text (two words that differ at some character cannot both match), and
the trie tries a longer continuation before stopping at a shorter word, which is the order of
the longest-first alternation. With ``ignore_case`` the trie is built on the lower-case words,
so that two words differing only in case share a branch; when lower-casing is not one
character for one character, or two words fold to the same key differently, the plain
alternation is returned instead.

:func:`has_digit` tells whether a text has an ASCII or other decimal digit: patterns that
need one (dates, legal numbers) skip the sentences without any (about four in ten).
"""
from __future__ import annotations

from typing import Iterable

from . import gate as _gate
from . import rx as regex

__all__ = ["literal_alternation", "plain_alternation", "has_digit"]

_END = ""  # a key of the trie nodes: a word ends here


def plain_alternation(words: Iterable[str]) -> str:
    """``w1|w2|…``, escaped, longest first (the reference form)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def literal_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A pattern (no enclosing group) matching what :func:`plain_alternation` of ``words``
    matches, in the same order of preference; ``ignore_case`` when it will run under
    ``(?i)``/``regex.I``."""
    words = set(words)
    if not words:
        return plain_alternation(words)
    ordered = sorted(words)
    return regex.text("literal_alternation", (ignore_case, *ordered), lambda: _trie(words, ignore_case))


def _trie(words: set, ignore_case: bool) -> str:
    keys = words
    if ignore_case:
        keys = {w.lower() for w in words}
        if any(len(w.lower()) != len(w) for w in words) or \
                len({k.casefold() for k in keys}) != len(keys) or \
                any(len(c.casefold()) != 1 or c.upper().lower() != c for k in keys for c in k if c.isalpha()):
            return plain_alternation(words)
    root: dict = {}
    for k in keys:
        node = root
        for c in k:
            node = node.setdefault(c, {})
        node[_END] = True
    return _emit(root)


def _emit(node: dict) -> str:
    # the branches differ at their first character, so their order does not change what
    # matches; sorted, the pattern is reproducible
    branches = [(_ESCAPED.get(c) or _escape(c)) + _emit(node[c]) for c in sorted(k for k in node if k != _END)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if _END in node else body  # greedy: a longer word first


_ESCAPED: dict = {}  # a character -> regex.escape of it (a trie escapes thousands, one by one)


def _escape(c: str) -> str:
    e = _ESCAPED[c] = regex.escape(c)
    return e


def has_digit(text: str) -> bool:
    """True when ``text`` has a decimal digit (``\\d`` of the patterns, any script); the answer
    is kept with the text's other facts for the gates (:mod:`cchc_extract.gate`), which ask it too."""
    return _gate.has_digit(text)

