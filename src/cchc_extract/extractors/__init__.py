"""Extract stage: sentences → typed facts (SPEC §3).

Each extractor module handles one family of fact types and exposes
``extract(ctx: Context) -> list[fact]``. They run in a fixed order over every sentence and share a
:class:`~cchc_extract.extractors.base.Context`, in which a span claimed by one extractor (a
legal reference, a date, a ranking) is not read again as another type: one number is one fact.
"""
from __future__ import annotations

from typing import Optional

from ..limits import Limits
from ..models import Article
from .base import Context

# organizations after people: a person's name is never part of an organisation body, and the
# bodies named in officials' title chains are organisations too (``ctx.people`` hands them over)
ORDER = ("legal", "dates", "rankings", "numbers", "places", "people", "organizations")


def extract_facts(article: Article, limits: Limits, deadline: Optional[float] = None) -> list:
    """All facts of ``article``. A pattern that runs over ``Limits.regex_timeout`` costs only the
    rest of that extractor's work (a warning says which); passing ``deadline`` (monotonic time)
    abandons the document with :class:`~cchc_extract.errors.ExtractTimeout`."""
    from importlib import import_module

    ctx = Context(article, limits, deadline=deadline)
    for name in ORDER:
        mod = import_module(f"{__name__}.{name}")
        ctx.check_deadline()
        try:
            mod.extract(ctx)
        except TimeoutError:
            article.warnings.append(f"{name} extractor stopped: a pattern ran over "
                                    f"Limits.regex_timeout={limits.regex_timeout:g}s; its facts may be incomplete")
    return ctx.facts
