"""Link stage: attach each percentage, ranking and target to what it is about.

Takes the article and its extracted facts; gives the same facts, sorted by offset, with
- ``subject`` (a canonical province) and ``subject_source``, from the first that applies:
  ``parenthesis`` — the province right before an opening bracket (``Lạng Sơn (99,82%)``);
  ``list`` — the province right before the value in a list (``Gia Lai 99,1%``, ``Huế: 98%``);
  ``sentence`` — the province right after the value with ``là`` (``Xếp thứ 2 là TP. Hải
  Phòng``); the province named last before the sentence when the sentence points back to it
  (``tỉnh này``, ``địa phương này``); the nearest province before the value in its sentence, unless the value is
  said of two provinces at once (``A và B chỉ đạt dưới 10%`` → null) or a region stands
  closer (``khu vực Tây Nguyên đứng thứ 5/6`` → null);
  ``sentence`` also — in an article about several provinces, the one province the sentence right
  before names, in the same paragraph, when the sentence names no place and does not speak of many
  bodies (``Năm 2023, Quảng Ninh dẫn đầu. Tỷ lệ … đạt 98%``);
  (a ranking read from a table row or list item keeps the row's province, or none when the row
  names a body);
  ``document`` — the article's main province, when the sentence names no place and does not
  speak of many bodies (nor, for a ranking, ranks a body or a district: ``Sở Tài chính xếp thứ 3``) (``các địa phương``, ``cả nước``, ``bình quân``…);
- ``metric`` for percentages and targets: the measured phrase (``tỷ lệ hồ sơ giải quyết đúng
  hạn``) before the value, or the noun phrase after it (``100% đơn vị hành chính …``); for a
  percentage that is a change (``tăng 1,44% so với năm 2019``) ``mức tăng`` and the phrase;
- ``issuer`` of a legal reference read from a local code (``…/KH-UBND``) completed with the
  main province (``Ủy ban nhân dân tỉnh Kon Tum``); a party committee (``Tỉnh ủy``, ``Ban Thường
  vụ Tỉnh ủy``: ``party_issuers``) keeps the name as written or as the code gives it.

The main province is the extract stage's (``Context.main_province``). The words are in
``data/link.json`` (many bodies, pairs, list items, metric heads and stops) and
``data/legal_codes.json`` (``local_issuers``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from . import rx as regex

from .extractors.titles import local_issuers
from .gazetteer import main_province, province_kind, title_provinces
from .models import Article
from .resources import load

__all__ = ["link", "main_province"]

def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in words)


@lru_cache(maxsize=1)
def _patterns() -> dict:
    """The patterns of the link stage, with the words of ``data/link.json``."""
    d = load("link")
    c = d["collective"]
    collective = (r"(?<![\p{L}])(?:" + _alt(c["words"]) + "|"
                  r"(?<!(?:" + "|".join(c["nationwide_not_after"]) + r")\s)(?:" + _alt(c["nationwide"]) + ")|" +
                  "|".join(c["averages"]) + "|(?:" + _alt(c["bodies"]) + r")(?!\s+(?:" + _alt(c["bodies_not_before"]) + r")(?![\p{L}]))"
                  r"|(?<![/\d])(?<!(?:" + _alt(c["counted_not_after"]) + r")\s+)\d{1,2}(?:/\d{1,2})? (?:" + _alt([c["counted_noun"], *c["counted_nouns"]]) + ")|" +
                  "|".join(c["superlatives"]) +
                  r")(?![\p{L}])")
    ma = d["metric_after"]
    return dict(
        collective=regex.compile(collective, regex.I),
        collective_rank=regex.compile(r"(?<![\p{L}])(?:" + _alt(c["rank_words"]) + r")(?![\p{L}])", regex.I),
        two=regex.compile(r"^\s*(?:" + _alt(d["pair_joiners"]["words"]) + r")\s*$"),
        list_gap=regex.compile(r"^[\s:–-]*(?:" + _alt(d["list_gap_words"]["words"]) + r")?[\s:]*$"),
        metric_head=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["metric_heads"]["words"]) + r")\s", regex.I),
        metric_stop=regex.compile(r"\s(?:" + "|".join(d["metric_stops"]["patterns"]) + r")(?![\p{L}])|[:;(),]|\s[-–]\s", regex.I),
        not_metric_after=regex.compile(r"\s*(?:" + _alt(d["not_metric_after"]["words"]) + r"|,|\.|;|\)|$)", regex.I),
        # a kind written in lower case ranks a unit only before its capitalised name ("huyện Lộc Ninh", not "xã hội số")
        ranked_unit=regex.compile(r"(?<![\p{L}])(?:(?:" + _alt([w for w in d["ranked_units"]["words"] if not w[:1].islower()]) +
                                  r")(?![\p{L}])|(?:" + _alt([w for w in d["ranked_units"]["words"] if w[:1].islower()]) +
                                  r")(?=\s+\p{Lu}))"),
        province_body=regex.compile(r"(?:" + _alt(d["ranked_units"]["province_bodies"]) + r")(?![\p{L}])", regex.I),
        ranked_unit_after=regex.compile(r"(?:\s*(?:vẫn\s+|tiếp tục\s+)?(?:là|thuộc về)\s+)?(?:" + _alt(d["ranked_units"]["words"]) +
                                        r")(?![\p{L}])"),
        anaphor=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["anaphors"]["words"]) + r")(?![\p{L}])", regex.I),
        nationwide_after=regex.compile("|".join(f"(?:{p})" for p in d["nationwide_after"]["patterns"]), regex.I),
        named_district=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["named_districts"]["words"]) + r")\s+\p{Lu}"),
        main_anaphor=regex.compile("|".join(f"(?:{p})" for p in d["main_anaphors"]["patterns"]), regex.I),
        subject_after=regex.compile(r"\s*(?:" + _alt(d["subject_after"]["words"]) + r")\s+(?P<p>)(?:(?:tỉnh|thành phố|TP\.?)\s*)?"),
        change=regex.compile(r"(?<![\p{L}])(?P<w>" + _alt(d["change_metric"]["words"]) + r")\s*$", regex.I),
        change_lead=d["change_metric"]["lead"],
        metric_after=regex.compile(r"\s*(?:" + regex.escape(ma["lead"]) + r"\s*)?(?P<m>[\p{Ll}\p{Lu}][^,;:.()]{3,90}?)"
                                   r"(?=\s*(?:[,;:.()]|$|\s(?:" + _alt(ma["ends"]) + r")\s))"),
    )


_OPEN_PAREN_GAP = regex.compile(r"\s*\(\s*")


def _subject(text: str, f, provinces: list, regions: list, sent_span, main: Optional[str], t: float = 2.0,
             earlier: Optional[str] = None, previous: Optional[str] = None):
    """``provinces`` and ``regions``: the mentions in ``f``'s sentence; ``earlier``: the province
    named last in the sentences before it; ``previous``: the one province the sentence right before
    names, when it is in the same paragraph and names no region."""
    rx = _patterns()
    s0, s1 = sent_span
    if f.type == "ranking" and f.component is None:
        # a ranked component is the province's; "Sở Giáo dục và Đào tạo Lai Châu xếp thứ nhất": a body heading the clause is what is ranked,
        # even when its name holds the province's
        lead = text[max(max(text.rfind(c, s0, f.start) for c in ",;:") + 1, s0):f.start].lstrip()
        if rx["ranked_unit"].match(lead, timeout=t) and not rx["province_body"].match(lead, timeout=t):
            return None, None
    if f.type == "percentage" and rx["nationwide_after"].match(text, f.end, timeout=t):
        return None, None  # "mức bình quân 7,27%/năm của cả nước": the country's value
    # "Xếp vị trí thứ 2 là TP. Hải Phòng": the province right after the value
    m = rx["subject_after"].match(text, f.end, timeout=t)
    if m:
        after = next((p for p in provinces if m.start("p") <= p.start <= m.end()), None)
        if after is not None:
            return after.name, "sentence"
    before = [p for p in provinces if s0 <= p.start and p.end <= f.start]
    if not before and earlier:
        # "Tỉnh này đạt 98%": the province named before
        clause_start = max(text.rfind(";", s0, f.start) + 1, s0)
        if rx["anaphor"].search(text, clause_start, f.start, timeout=t):
            return earlier, "sentence"
    if before:
        p = before[-1]
        gap = text[p.end:f.start]
        if _OPEN_PAREN_GAP.fullmatch(gap):
            return p.name, "parenthesis"
        if len(gap) <= 12 and rx["list_gap"].match(gap, timeout=t):
            return p.name, "list"
        near_regions = [r for r in regions if p.end <= r.start and r.end <= f.start]
        if near_regions:
            return None, None
        if len(before) >= 2 and before[-2].name != p.name and rx["two"].match(text[before[-2].end:p.start], timeout=t):
            return None, None
        clause_start = max(text.rfind(";", s0, f.start), s0)
        if p.start >= clause_start or len({q.name for q in before}) == 1:
            return p.name, "sentence"
        return None, None
    clause_start = max(text.rfind(";", s0, f.start) + 1, s0)
    if any(clause_start <= r.start and r.end <= f.start for r in regions):
        return None, None
    if any(s0 <= p.start < s1 for p in provinces):
        later = [p for p in provinces if f.end <= p.start < s1]
        if len({p.name for p in later}) == 1:
            return later[0].name, "sentence"
        return None, None
    collective = rx["collective_rank"] if f.type == "ranking" else rx["collective"]
    clause_end = text.find(";", f.end, s1)
    clause_end = s1 if clause_end < 0 else clause_end
    if f.type == "ranking":
        item = max(text.rfind(c, s0, f.start) for c in ",;:") + 1
        if rx["ranked_unit"].search(text, max(item, s0), f.start, timeout=t) or \
                rx["ranked_unit_after"].match(text, f.start, timeout=t) or rx["ranked_unit_after"].match(text, f.end, timeout=t):
            # "Sở Tài chính xếp thứ 3", "phường Hải An xếp thứ 2", a listed "Viện Hàn lâm …", "dẫn đầu vẫn
            # là Viện Hàn lâm …": not the province
            return None, None
    if main and f.type == "percentage":
        # "So với trung bình cả nước, tỉnh thấp hơn 2,19%": a bare "tỉnh" naming the article's province
        # before the value, with no word of many bodies between them
        own = None
        for own in rx["main_anaphor"].finditer(text, clause_start, f.start, timeout=t):
            pass
        if own is not None and not collective.search(text, own.end(), f.start, timeout=t):
            return main, "document"
    if f.type == "percentage" and rx["named_district"].search(text, s0, f.start, timeout=t):
        return None, None  # "Tại huyện Bát Xát, 100% công dân …": a district's value, not the province's
    if main and not collective.search(text, clause_start, clause_end, timeout=t):
        return main, "document"
    if not main and previous and not collective.search(text, clause_start, clause_end, timeout=t):
        # an article about several provinces: "Năm 2023, Quảng Ninh dẫn đầu cả nước. Tỷ lệ hồ sơ
        # trực tuyến đạt 98%" — the one province of the sentence before, in the same paragraph
        return previous, "sentence"
    return None, None


def _metric(text: str, f, sent_span, t: float = 2.0) -> Optional[str]:
    """The measured phrase of ``f``; for a change (``tăng 1,44%``) ``mức tăng <phrase>``."""
    rx = _patterns()
    base = _level_metric(text, f, sent_span, t)
    ch = rx["change"].search(text[max(sent_span[0], f.start - 16):f.start], timeout=t) if f.type == "percentage" else None
    if ch and base:
        return f"{rx['change_lead']} {ch.group('w').casefold()} {base}"
    return base


def _level_metric(text: str, f, sent_span, t: float = 2.0) -> Optional[str]:
    rx = _patterns()
    s0, _ = sent_span
    # "90% hồ sơ công việc tại cấp tỉnh": the noun phrase right after the value
    m = rx["metric_after"].match(text, f.end, timeout=t)
    if m and not rx["not_metric_after"].match(text, f.end, timeout=t) and m.group("m")[:1].islower() \
            and len(m.group("m").split()) >= 2:
        return " ".join(m.group("m").split())
    clause_start = max(s0, text.rfind(";", s0, f.start) + 1)
    before = text[clause_start:f.start]
    heads = list(rx["metric_head"].finditer(before, timeout=t))
    if heads:
        phrase = before[heads[-1].start():]
        head = " ".join(heads[-1].group().split())
        # the head match ends with its space: a stop right after the head starts one character before
        stop = rx["metric_stop"].search(phrase, heads[-1].end() - heads[-1].start() - 1, timeout=t)
        phrase = phrase[:stop.start()] if stop else phrase
        phrase = " ".join(phrase.strip(" ,.").split())
        if len(phrase.split()) >= 2 and phrase.casefold() != head.casefold():
            return phrase  # "Chỉ số từ 80%", "chỉ số này": only the head names nothing
    return None


@lru_cache(maxsize=1)
def _local_offices() -> frozenset:
    return frozenset(load("legal_codes")["local_offices"]["words"])


@lru_cache(maxsize=1)
def _party_issuers() -> frozenset:
    return frozenset(load("legal_codes")["party_issuers"]["words"])


def _local_issuer(issuer: Optional[str], province: Optional[str]) -> Optional[str]:
    """``Ủy ban nhân dân`` (from a ``…/KH-UBND`` code) → ``Ủy ban nhân dân tỉnh Kon Tum`` when the
    article's province is known; a national or already-qualified issuer is returned as is."""
    if not issuer or not province:
        return issuer
    bare = regex.sub(r"\s+(?:tỉnh|thành phố)$", "", issuer)
    if bare in _party_issuers() or (bare not in local_issuers() and bare not in _local_offices()):
        return issuer  # "của Ban Thường vụ Tỉnh ủy", "…/TU": a party committee is named as written
    return f"{bare} {province_kind(province)} {province}"


def link(article: Article, facts: list, timeout: float = 2.0, main: Optional[str] = None) -> list:
    """``facts`` sorted by offset, linked (see the module docstring). ``main`` is the article's
    main province as the extract stage computed it (``Context.main_province``); without it, it
    is computed here the same way."""
    text = article.text
    facts = sorted(facts, key=lambda f: (f.start, f.end))
    provinces: dict[int, list] = {}
    regions: dict[int, list] = {}
    for f in facts:
        if f.type == "province":
            provinces.setdefault(f.sentence, []).append(f)
        elif f.type == "region":
            regions.setdefault(f.sentence, []).append(f)
    if main is None:
        main = main_province([f for fs in provinces.values() for f in fs], title_provinces(article.title))
    last_named: dict[int, Optional[str]] = {}  # sentence → the province named last before it
    previous: dict[int, Optional[str]] = {}  # sentence → the one province of the sentence before
    prev = None
    for i, sp in enumerate(article.sentences):
        last_named[i] = prev
        if i and not regions.get(i - 1) and len({p.name for p in provinces.get(i - 1, [])}) == 1 \
                and "\n" not in text[article.sentences[i - 1].end:sp.start]:
            previous[i] = provinces[i - 1][0].name
        if provinces.get(i):
            prev = max(provinces[i], key=lambda p: p.start).name
    for f in facts:
        if f.type == "legal_ref":
            f.issuer = _local_issuer(f.issuer, main)
            continue
        if f.type not in ("percentage", "ranking", "target"):
            continue
        sp = article.sentences[f.sentence]
        span = (sp.start, sp.end)
        if f.subject is None and f.type == "ranking" and f.subject_source == "list":
            f.subject_source = None  # a row of a ranked table or list that names a body, not a province
        elif f.subject is None:
            f.subject, f.subject_source = _subject(text, f, provinces.get(f.sentence, []),
                                                   regions.get(f.sentence, []), span, main, timeout,
                                                   earlier=last_named.get(f.sentence),
                                                   previous=previous.get(f.sentence))
        wants_metric = f.type == "percentage" or (f.type == "target" and f.unit != "rank")
        if wants_metric and f.metric is None:
            f.metric = _metric(text, f, span, timeout)
    return facts
