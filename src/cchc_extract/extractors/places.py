"""Provinces and regions (docs/format.md ``province``, ``region``).

Takes the sentences; gives ``province`` and ``region`` facts. The matching is the
gazetteer's (:mod:`cchc_extract.gazetteer`: every surface form of ``data/provinces.json`` and
``data/regions.json`` found in one pass, then the ones that are not the province dropped by
``data/places_rules.json``); this module only turns its matches into facts.
"""
from __future__ import annotations

from ..gazetteer import Place, find_places, lookup_province
from ..models import Province, Region
from .base import extractor

__all__ = ["Place", "extract", "find_places", "lookup_province"]


@extractor(produces=("province", "region"))
def extract(ctx) -> None:
    for s in ctx.sentences():
        for start, end, place in find_places(s.text, ctx.timeout):
            a, b = s.start + start, s.start + end
            if place.kind == "province":
                ctx.add(Province, a, b, claim=False, name=place.name, name_2025=place.name_2025, code=place.code)
            else:
                ctx.add(Region, a, b, claim=False, name=place.name)
