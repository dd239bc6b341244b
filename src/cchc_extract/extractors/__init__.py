"""Extract stage: sentences → typed facts (docs/format.md).

Every module of this package with an ``extract(ctx)`` function decorated by
:func:`~cchc_extract.extractors.base.extractor` is an extractor; nothing else has to be
registered (a module without ``extract`` holds shared helpers, like ``titles``). :func:`plan`
reads their declarations once and orders them: an extractor runs after every extractor that
produces what it ``requires`` (ties in the order of the module names). It refuses, with a message naming the module, a product that is neither a fact type
(:data:`cchc_extract.models.FACT_TYPES`) nor a context product, a product declared twice, a
requirement nothing produces, and a cycle.

The extractors share a :class:`~cchc_extract.extractors.base.Context`, in which a span
claimed by one extractor (a legal reference, a date, a ranking) is not read again as another
type: one number is one fact.
"""
from __future__ import annotations

import pkgutil
import sys
from dataclasses import replace
from contextlib import nullcontext
from functools import lru_cache, partial
from importlib import import_module
from typing import Optional

from ..limits import Limits
from ..models import FACT_TYPES, Article
from .. import watchdog
from ..watchdog import Watchdog
from .base import CONTEXT_PRODUCTS, DECLARED, Context, Extractor


class PlanError(RuntimeError):
    """The extractors' declarations cannot be satisfied (a packaging or programming error)."""


def declared() -> list[Extractor]:
    """The declarations of every extractor module of this package, by module name."""
    out = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        mod = import_module(f"{__name__}.{info.name}")
        spec = DECLARED.get(mod.__name__)
        if spec is None:
            if hasattr(mod, "extract"):
                raise PlanError(f"extractors/{info.name}.py has an extract() not declared with @extractor(...)")
            continue  # a module of shared helpers (base, titles)
        # the module's function is looked up when it runs, so that it can be replaced (tests, debugging)
        out.append(replace(spec, run=partial(_call, mod.__name__, spec.run.__name__)))
    return out


def _call(module: str, function: str, ctx: Context) -> None:
    getattr(sys.modules[module], function)(ctx)


def order(extractors: list[Extractor]) -> list[Extractor]:
    """``extractors`` in an order that satisfies their ``requires`` (see the module docstring)."""
    known = set(FACT_TYPES) | set(CONTEXT_PRODUCTS)
    producer: dict[str, str] = {}
    for e in extractors:
        for p in e.produces:
            if p not in known:
                raise PlanError(f"extractor {e.name!r} produces {p!r}, which is neither a fact type of "
                                f"models.FACT_TYPES nor a context product of base.CONTEXT_PRODUCTS")
            if p in producer:
                raise PlanError(f"{p!r} is produced by both {producer[p]!r} and {e.name!r}")
            producer[p] = e.name
    for e in extractors:
        for r in e.requires:
            if r not in producer:
                raise PlanError(f"extractor {e.name!r} requires {r!r}, which no extractor produces")
            if producer[r] == e.name:
                raise PlanError(f"extractor {e.name!r} requires {r!r}, which it produces itself")
    done: set[str] = set()
    todo = list(extractors)
    out: list[Extractor] = []
    while todo:
        ready = [e for e in todo if all(producer[r] in done for r in e.requires)]
        if not ready:
            raise PlanError("the extractors' requirements form a cycle: " + ", ".join(
                f"{e.name} requires {', '.join(e.requires)}" for e in todo))
        nxt = min(ready, key=lambda e: e.name)
        out.append(nxt)
        done.add(nxt.name)
        todo.remove(nxt)
    return out


@lru_cache(maxsize=1)
def plan() -> tuple[Extractor, ...]:
    """The extractors of this package, in the order they run (checked once, then cached)."""
    return tuple(order(declared()))


def run(article: Article, limits: Limits, deadline: Optional[float] = None) -> Context:
    """Run every extractor on ``article``; the returned context holds the facts (``ctx.facts``)
    and what the link stage reuses (``ctx.main_province``).

    A pattern that runs over ``Limits.regex_timeout`` costs only the rest of that extractor's
    work (a warning says which; :mod:`cchc_extract.watchdog` enforces it where it can, at no
    cost per call); passing ``deadline`` (monotonic time) abandons the document
    with :class:`~cchc_extract.errors.ExtractTimeout`."""
    ctx = Context(article, limits, deadline=deadline)
    armed = watchdog.active()  # the pipeline's, for all its stages: used as it is
    with (nullcontext(armed) if armed is not None else Watchdog.arm(limits.regex_timeout)) as ctx.watchdog:
        for e in plan():
            ctx.check_deadline()
            ctx.producing = e.produces
            try:
                if ctx.watchdog is not None:
                    ctx.watchdog.watch()
                e.run(ctx)
            except TimeoutError:
                article.warnings.append(f"{e.name} extractor stopped: a pattern ran over "
                                        f"Limits.regex_timeout={limits.regex_timeout:g}s; its facts may be incomplete")
            finally:
                if ctx.watchdog is not None:
                    ctx.watchdog.rest()
            ctx.available.update(e.produces)
    ctx.watchdog = None
    ctx.producing = ()
    return ctx


def extract_facts(article: Article, limits: Limits, deadline: Optional[float] = None) -> list:
    """All facts of ``article`` (see :func:`run`)."""
    return run(article, limits, deadline).facts
