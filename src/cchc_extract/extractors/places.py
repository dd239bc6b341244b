"""Provinces and regions (SPEC §3 ``province``, ``region``).

One compiled alternation over every surface form of the gazetteer (``data/provinces.json``,
``data/regions.json``: names, variants, upper-case headline forms, city prefixes) finds all
candidates of a sentence in one pass; ``data/places_rules.json`` then drops the ones that are
not the province: a name after a street/ward/school/person word (``đường Lê Lợi``,
``Chủ tịch Hồ Chí Minh``), a name that continues a person's name (``Trương Hòa Bình``,
``Nguyễn Thị Huế``), a name inside a longer non-place name (``Thái Bình Dương``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

import regex

from ..models import Province, Region
from ..resources import load


@dataclass(frozen=True)
class Place:
    kind: str  # "province" | "region" | "blocker"
    name: str
    name_2025: Optional[str] = None
    code: Optional[str] = None


def _case_forms(form: str) -> set[str]:
    return {form, form.upper()}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple["regex.Pattern[str]", dict[str, Place], frozenset[str], frozenset[str]]:
    rules = load("places_rules")
    bare_excluded = set(rules["bare_name_not_province"]["names"])
    prefixes = rules["city_prefixes"]["forms"]
    forms: dict[str, Place] = {}
    for p in load("provinces")["provinces"]:
        place = Place("province", p["name"], p["name_2025"], p["code"])
        names = [p["name"], *p["variants"]]
        for n in names:
            if n not in bare_excluded:
                for f in _case_forms(n):
                    forms.setdefault(f, place)
            if p["kind"] == "thành phố" or n in bare_excluded:
                for pre in prefixes:
                    sep = "" if pre.endswith(".") else " "
                    for f in {f"{pre}{sep}{n}", f"{pre} {n}"}:
                        for g in _case_forms(f):
                            forms.setdefault(g, place)
    long_regions: dict[str, Place] = {}
    for r in load("regions")["regions"]:
        place = Place("region", r["name"])
        for n in [r["name"], *r["variants"]]:
            if len(n.split()) >= 3:  # "đồng bằng sông Cửu Long", "miền núi phía bắc": any case
                long_regions[n.casefold()] = place
            else:
                for f in _case_forms(n):
                    forms.setdefault(f, place)
    for b in rules["blockers"]["forms"]:
        for f in _case_forms(b):
            forms[f] = Place("blocker", b)
    alternation = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    region_alt = "|".join(regex.escape(f) for f in sorted(long_regions, key=len, reverse=True))
    rx = regex.compile(r"(?<![\p{L}\d])(?:(?i:" + region_alt + r")|" + alternation + r")(?![\p{L}\d])")
    for k, v in long_regions.items():
        forms.setdefault("\0" + k, v)
    not_after = frozenset(rules["not_after"]["words"])
    try:
        surnames = frozenset(s["name"] for s in load("people")["surnames"])
    except Exception:  # people.json absent in a partial install: no person check
        surnames = frozenset()
    return rx, forms, not_after, surnames


_PREV_WORDS = regex.compile(r"((?:\S+\s+){0,3})$")


def _previous_words(text: str, pos: int) -> list[str]:
    m = _PREV_WORDS.search(text[max(0, pos - 60):pos])
    return m.group(1).split() if m else []


def _is_person_or_place_context(text: str, start: int, not_after: frozenset[str], surnames: frozenset[str]) -> bool:
    prev = _previous_words(text, start)
    if not prev:
        return False
    last = prev[-1]
    if last[-1:] in ",;:()\"“”.":
        return False
    low2 = " ".join(prev[-2:]).lower()
    if last.lower() in not_after or low2 in not_after:
        return True
    # continuing a person's name: "Trương Hòa Bình", "Nguyễn Thị Huế"
    titled = [w for w in prev[-2:] if w[:1].isupper() and not w.isupper()]
    if last[:1].isupper() and not last.isupper():
        if last in surnames:
            return True
        if len(prev) >= 2 and prev[-2] in surnames and prev[-2][:1].isupper() and titled == prev[-2:]:
            return True
    return False


def find_places(text: str, timeout: float = 2.0) -> Iterator[tuple[int, int, Place]]:
    """Every province/region mention of ``text`` as ``(start, end, Place)``."""
    rx, forms, not_after, surnames = _gazetteer()
    for m in rx.finditer(text, timeout=timeout):
        place = forms.get(m.group(0)) or forms.get("\0" + m.group(0).casefold())
        if place is None or place.kind == "blocker":
            continue
        if place.kind == "province" and _is_person_or_place_context(text, m.start(), not_after, surnames):
            continue
        yield m.start(), m.end(), place


def lookup_province(name: str) -> Optional[Place]:
    """The province a surface form names (``TP.HCM`` → Hồ Chí Minh), or None."""
    _, forms, _, _ = _gazetteer()
    p = forms.get(name.strip())
    return p if p is not None and p.kind == "province" else None


def extract(ctx) -> None:
    for s in ctx.sentences():
        for start, end, place in find_places(s.text, ctx.timeout):
            a, b = s.start + start, s.start + end
            if place.kind == "province":
                ctx.add(Province, a, b, claim=False, name=place.name, name_2025=place.name_2025, code=place.code)
            else:
                ctx.add(Region, a, b, claim=False, name=place.name)
