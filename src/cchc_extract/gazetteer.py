"""The province and region gazetteer: loaded, indexed and compiled once for the whole library.

Takes ``data/provinces.json`` (the 63 provinces before the 2025 merger, their kind, code, 2025
province and variants), ``data/regions.json`` and ``data/places_rules.json`` (city prefixes,
blockers, words after which a name is not the province); gives

- :func:`find_places`: every province/region mention of a text as ``(start, end, Place)``;
- :func:`lookup_province` (a surface form → its province), :func:`province_kind`
  (``tỉnh``/``thành phố``), :func:`province_names` (the 63 canonical names);
- :func:`main_province`: the province an article is about, from its province mentions and
  its title.

Matching. Every surface form (names, variants, their upper-case headline forms, city
prefixes, blockers; regions of three words or more in any case) is a key of one
Aho-Corasick automaton built on first use. The automaton runs over the lower-cased text, so
one pass finds the candidates of both the exact-case forms and the any-case regions; each
candidate is then checked against the text as written, at a word boundary on both sides
(no letter or digit before or after). At one position an any-case region wins, then the
longest form; matches do not overlap and the scan goes on after each match — the same
matches as one regex alternation ``(?<![\\p{L}\\d])(?:(?i:regions)|forms)(?![\\p{L}\\d])``,
found without trying every literal at every position.

A match is then dropped when it is a blocker (``Thái Bình Dương``), a province after a
street/ward/school/person word or continuing a person's name (``đường Lê Lợi``, ``Trương
Hòa Bình``), or a region after a compass word (``gió Đông Bắc``: ``places_rules.json``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from . import rx as regex

from .resources import load


@dataclass(frozen=True)
class Place:
    """A province, a region, or a name that blocks one, as the gazetteer knows it."""
    kind: str  # "province" | "region" | "blocker"
    name: str
    name_2025: Optional[str] = None
    code: Optional[str] = None


_WORD_CHAR = regex.compile(r"[\p{L}\d]")
_PREV_WORDS = regex.compile(r"((?:\S+\s+){0,3})$")
# a name glued by a hyphen to a short Latin code is an app or an account ("Hue-S", "Hanoi-ID"); a
# one-letter code before it too ("C-Thainguyen")
_PRODUCT_AFTER = regex.compile(r"-[A-Z]{1,4}(?![\p{L}\d])")
_PRODUCT_BEFORE = regex.compile(r"(?<![\p{L}\d])[A-Za-z]{1,2}-$")


def _case_forms(form: str) -> set[str]:
    return {form, form.upper()}


class Gazetteer:
    """The data of the three place files, indexed; the automaton is compiled on first scan."""

    def __init__(self) -> None:
        rules = load("places_rules")
        bare_excluded = set(rules["bare_name_not_province"]["names"])
        prefixes = rules["city_prefixes"]["forms"]
        city_named = set(rules["city_named_provinces"]["names"])
        provinces = load("provinces")["provinces"]
        self.kinds: dict[str, str] = {p["name"]: p.get("kind") or "tỉnh" for p in provinces}
        self.names: frozenset[str] = frozenset(self.kinds)
        forms: dict[str, Place] = {}
        for p in provinces:
            place = Place("province", p["name"], p["name_2025"], p["code"])
            for n in [p["name"], *p["variants"]]:
                if n not in bare_excluded:
                    for f in _case_forms(n):
                        forms.setdefault(f, place)
                if p["kind"] == "thành phố" or n in bare_excluded or n in city_named:
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
        self.forms = forms
        """Exact surface form → place."""
        self.long_regions = long_regions
        """Case-folded region name of three words or more → region (matched in any case)."""
        self.not_after = frozenset(rules["not_after"]["words"])
        self.region_not_after = frozenset(w.casefold() for w in rules["region_not_after"]["words"])
        try:
            self.surnames = frozenset(s["name"] for s in load("people")["surnames"])
        except Exception:  # people.json absent in a partial install: no person check
            self.surnames = frozenset()
        self._automaton = None

    # ----------------------------------------------------------------- scanning

    def automaton(self):
        if self._automaton is None:
            import ahocorasick

            keys: dict[str, tuple[list, list]] = {}
            for k in self.long_regions:
                keys.setdefault(k.lower(), ([], []))[0].append(k)
            for f in self.forms:
                keys.setdefault(f.lower(), ([], []))[1].append(f)
            a = ahocorasick.Automaton(ahocorasick.STORE_ANY)
            for low, (regions, forms) in keys.items():
                a.add_word(low, (len(low), tuple(regions), tuple(forms)))
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def matches(self, text: str) -> Iterator[tuple[int, int, Place]]:
        """The textual matches (see the module docstring), blockers included, no context check."""
        if not text:
            return
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer ("İ"): keep it as is
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        by_start: dict[int, list] = {}
        for end, (n, regions, forms) in self.automaton().iter(low):
            by_start.setdefault(end - n + 1, []).append((n, regions, forms))
        pos = 0
        n_text = len(text)
        for start in sorted(by_start):
            if start < pos or (start and _WORD_CHAR.match(text, start - 1)):
                continue
            cands = sorted(by_start[start], key=lambda c: -c[0])
            found = None
            for n, regions, _ in cands:  # an any-case region first, longest first
                if regions and (start + n == n_text or not _WORD_CHAR.match(text, start + n)):
                    found = (n, self.long_regions.get(text[start:start + n].casefold()))
                    break
            if found is None:
                for n, _, forms in cands:  # then the exact forms, longest first
                    if start + n < n_text and _WORD_CHAR.match(text, start + n):
                        continue
                    piece = text[start:start + n]
                    if piece in forms:
                        found = (n, self.forms[piece])
                        break
            if found is None:
                continue
            n, place = found
            pos = start + n
            if place is not None:
                yield start, start + n, place

    def _in_person_or_place_context(self, text: str, start: int) -> bool:
        m = _PREV_WORDS.search(text[max(0, start - 60):start])
        prev = m.group(1).split() if m else []
        if not prev:
            return False
        last = prev[-1]
        if last[-1:] in ",;:()\"“”.":
            return False
        low2 = " ".join(prev[-2:]).lower()
        if last.lower() in self.not_after or low2 in self.not_after:
            return True
        # continuing a person's name: "Trương Hòa Bình", "Nguyễn Thị Huế"
        titled = [w for w in prev[-2:] if w[:1].isupper() and not w.isupper()]
        if last[:1].isupper() and not last.isupper():
            if last in self.surnames:
                return True
            if len(prev) >= 2 and prev[-2] in self.surnames and prev[-2][:1].isupper() and titled == prev[-2:]:
                return True
        return False

    def find(self, text: str) -> Iterator[tuple[int, int, Place]]:
        for start, end, place in self.matches(text):
            if place.kind == "blocker":
                continue
            if place.kind == "province" and self._in_person_or_place_context(text, start):
                continue
            if place.kind == "province" and (_PRODUCT_AFTER.match(text, end) or
                                             _PRODUCT_BEFORE.search(text[max(0, start - 3):start])):
                continue  # an app's name, not the province (GUIDE §3)
            if place.kind == "region" and self._compass(text, start):
                continue
            yield start, end, place

    def _compass(self, text: str, start: int) -> bool:
        """A region name after ``gió``, ``hướng``, ``Đông``…: a direction (``gió Đông Bắc``)."""
        m = _PREV_WORDS.search(text[max(0, start - 30):start])
        prev = m.group(1).split() if m else []
        return bool(prev) and prev[-1].casefold() in self.region_not_after


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def find_places(text: str, timeout: float = 2.0) -> Iterator[tuple[int, int, Place]]:
    """Every province/region mention of ``text`` as ``(start, end, Place)``.

    ``timeout`` is accepted for the callers' uniformity; the scan is linear in the text."""
    return gazetteer().find(text)


def lookup_province(name: str) -> Optional[Place]:
    """The province a surface form names (``TP.HCM`` → Hồ Chí Minh), or None."""
    p = gazetteer().forms.get(name.strip())
    return p if p is not None and p.kind == "province" else None


def province_kind(name: str) -> str:
    """``thành phố`` for a centrally-run city, else ``tỉnh`` (also for an unknown name)."""
    return gazetteer().kinds.get(name, "tỉnh")


def province_names() -> frozenset[str]:
    """The 63 canonical province names."""
    return gazetteer().names


def title_provinces(title: Optional[str]) -> list[str]:
    """The provinces named in an article's title, in order."""
    return [p.name for _, _, p in find_places(title or "") if p.kind == "province"]


def main_province(facts: Iterable, title_provinces: Iterable[str] = ()) -> Optional[str]:
    """The province the article is about: the most mentioned one (a mention in the title
    counts three), if it clearly leads."""
    counts = Counter(f.name for f in facts if f.type == "province")
    for name in title_provinces:
        counts[name] += 3
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if (n >= 2 or len(counts) == 1) and n >= 1.5 * second else None
