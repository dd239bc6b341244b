"""Features of an experimental learned line scorer (benchmarks/line_scorer.py): how much a line
the cleaning rules keep looks like page junk (a headline teaser, a byline, a widget label, a
caption) rather than article body. Not used by the package: leave-site-out cross-validation
on the development pages showed no gain without body loss (benchmarks/line_scorer_results.txt).

The features describe the line's SHAPE only, never a site's words: its length, its share of
capitals, digits and punctuation, whether it ends a sentence, where it stands in the page and
next to what, whether it repeats text found elsewhere in the page, separators and link
remnants, and how many common Vietnamese function words it has (a sentence of body text is
made of them; a headline, a name or a menu is not; the words are in line_scorer_words.json).
"""
from __future__ import annotations

import json
import math
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*")
_SEP = regex.compile(r"[|»>•·/\\–—_=~*#]")
_LINK = regex.compile(r"https?://|www\.|\]\(|\[|\]|\.(?:vn|com|net|org)\b", regex.I)
_DATE = regex.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b")
_CLOCK = regex.compile(r"\b\d{1,2}[:h]\d{2}\b")
_END = regex.compile(r"[.!?…;]['\"”’)»\]]*\s*$")
_BULLET = regex.compile(r"^\s*(?:[-+*•–—]|\d{1,2}[.)])\s")
LONG = 25  # words: a line this long is a paragraph of body text for the position features

FEATURES = (
    "log_words", "log_chars", "upper_share", "digit_share", "punct_share", "ends_sentence",
    "ends_colon", "rel_pos", "after_last_long", "before_first_long", "dist_long",
    "log_prev_words", "log_next_words", "repeated", "separators", "link", "dates", "clock",
    "function_share", "title_case", "all_caps", "bullet", "commas_per_word", "sentences",
    "short", "short_no_end", "no_function", "prev_removed", "next_removed", "removed_around",
)


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    words = json.loads((Path(__file__).with_name("line_scorer_words.json")).read_text("utf-8"))["words"]
    return frozenset(w.casefold() for w in words)


def _fold(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def features(lines: Sequence[str], removed: Optional[Sequence[bool]] = None) -> list[list[float]]:
    """One feature vector (in the order of :data:`FEATURES`) for each line of ``lines`` (the page's
    non-empty lines in order); ``removed[i]``: the rules already took line ``i`` out of the body."""
    fw = _function_words()
    words = [_words(ln) for ln in lines]
    nw = [len(w) for w in words]
    n = len(lines)
    rem = list(removed) if removed is not None else [False] * n
    long_idx = [i for i, k in enumerate(nw) if k >= LONG and not rem[i]]
    first_long = long_idx[0] if long_idx else n
    last_long = long_idx[-1] if long_idx else -1
    folded = [_fold(ln) for ln in lines]
    rows = []
    for i, ln in enumerate(lines):
        w = words[i]
        k = nw[i]
        chars = len(ln.strip())
        letters = [c for c in ln if c.isalpha()]
        upper = sum(c.isupper() for c in letters) / max(1, len(letters))
        digits = sum(c.isdigit() for c in ln) / max(1, chars)
        punct = sum(unicodedata.category(c).startswith("P") or unicodedata.category(c).startswith("S")
                    for c in ln) / max(1, chars)
        ends = 1.0 if _END.search(ln) else 0.0
        colon = 1.0 if ln.rstrip().endswith(":") else 0.0
        f = folded[i]
        repeated = 0.0
        if len(f) >= 12:
            repeated = 1.0 if any(j != i and (f in folded[j] or (len(folded[j]) >= 12 and folded[j] in f))
                                  for j in range(n)) else 0.0
        if long_idx:
            dist = min(abs(i - j) for j in long_idx)
        else:
            dist = n
        fshare = sum(x.casefold() in fw for x in w) / max(1, k)
        title = sum(x[:1].isupper() for x in w) / max(1, k)
        all_caps = 1.0 if len(letters) >= 3 and upper > 0.9 else 0.0
        prev_k = nw[i - 1] if i > 0 else 0
        next_k = nw[i + 1] if i + 1 < n else 0
        rows.append([
            math.log1p(k), math.log1p(chars), upper, digits, punct, ends,
            colon, i / max(1, n - 1), 1.0 if i > last_long else 0.0, 1.0 if i < first_long else 0.0,
            math.log1p(dist), math.log1p(prev_k), math.log1p(next_k), repeated,
            min(5, len(_SEP.findall(ln))), min(3, len(_LINK.findall(ln))), min(3, len(_DATE.findall(ln))),
            1.0 if _CLOCK.search(ln) else 0.0,
            fshare, title, all_caps, 1.0 if _BULLET.match(ln) else 0.0,
            ln.count(",") / max(1, k), min(5, len(regex.findall(r"[.!?…](?:\s|$)", ln))),
            1.0 if k <= 8 else 0.0, 1.0 if k <= 12 and not ends else 0.0, 1.0 if fshare == 0 else 0.0,
            1.0 if i > 0 and rem[i - 1] else 0.0, 1.0 if i + 1 < n and rem[i + 1] else 0.0,
            sum(rem[max(0, i - 3):i] + rem[i + 1:i + 4]) / max(1, len(rem[max(0, i - 3):i] + rem[i + 1:i + 4])),
        ])
    return rows


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def score(lines: Sequence[str], removed: Optional[Sequence[bool]], model: dict) -> list[float]:
    """The junk score (0..1) of each line of ``lines`` under a logistic-regression ``model``."""
    mean, scale, w, b = model["mean"], model["scale"], model["weights"], model["bias"]
    out = []
    for row in features(lines, removed):
        z = b + sum(wi * (x - mu) / sd for wi, x, mu, sd in zip(w, row, mean, scale))
        out.append(_sigmoid(z))
    return out
