"""Moves and changes of rank (a helper of ``rankings``; not an extractor).

A move from one place to another (``từ vị trí 20 lên 17``: :func:`_move_rx`, :func:`_move_ends`)
and a change said of an earlier rank rather than of the one next to it
(:func:`_change_of_earlier_rank`).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..resources import load
from ._rank_phrases import _alt_long, _extra


@lru_cache(maxsize=1)
def _move_rx() -> tuple:
    r = load("indices")["rank_phrases"]["move_words"]
    return (regex.compile(r"(?<![\p{L}])(?:" + _alt_long(r["from"]) + r")\s+$", regex.I),
            regex.compile(r"(?:" + _alt_long(r["to"]) + r")(?![\p{L}])", regex.I))


def _move_ends(text: str, start_hit, pos: int, hits: list, t: float):
    """The rank a move leads to (``lên hạng hai``) within a few words after ``pos``, when ``start_hit`` is the rank
    the move starts from (``từ xếp hạng thứ 20``); else None."""
    frm, to = _move_rx()
    if not frm.search(text, max(0, start_hit.a - 12), start_hit.a, timeout=t):
        return None
    after = [h for h in hits if 0 <= h.a - pos <= 30 and not h.earlier and h.change is None and
             (to.match(text, h.a, timeout=t) or to.search(text, pos, h.a, timeout=t))]
    return after[0] if after else None


def _change_of_earlier_rank(ctx, s, mentions, n: int, t: float, earlier=frozenset()) -> bool:
    """``… xếp thứ 40/63. Theo kết quả này, Chỉ số CCHC của tỉnh tăng 7 bậc so với năm 2020``: a change
    in a sentence without a rank goes to the national rank of the same index said in one of the two
    sentences before, in the same paragraph, when that rank has no change yet."""
    names = {m.index for m in mentions}
    para = ctx.paragraph_of(s.start)
    for f in reversed(ctx.facts):
        if f.sentence < s.index - 2 or ctx.paragraph_of(f.start) != para:
            break
        if f.type != "ranking" or f.sentence >= s.index:
            continue
        if (names and f.index not in names) or f.change is not None or f.component is not None or id(f) in earlier:
            continue  # (not the rank of an earlier year: "… tăng 7 bậc so với năm 2021 (30/63)")
        if _extra()["regional"].match(ctx.text, f.end, timeout=t):
            continue
        f.change = n
        return True
    return False
