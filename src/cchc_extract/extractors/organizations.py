"""Organizations (docs/format.md ``organization``; GUIDE §11).

Takes the sentences, the ``province`` facts and what the ``people`` stage left in
``ctx.person_spans`` (for each sentence: where its person names are, and the title spans of each
official it emitted); gives ``organization`` facts (``name``, ``kind``, ``province``). Runs
after ``people``: a person's name is never part of an organisation's body, and bodies named
in titles come from the officials' title chains. Rules and gazetteers, no statistical model;
the vocabulary is in ``data/people.json`` (``org_heads`` and the word lists named below).

Mentions
    A capitalised organisation head (``Bộ``, ``Sở``, ``Ủy ban nhân dân``/``UBND``, ``Tỉnh ủy``,
    ``Trung tâm``, ``Tập đoàn``, ``Tổ công tác`` …, or an abbreviation that expands to one,
    ``VPCP``) and its body (:func:`~cchc_extract.extractors.titles.scan_body`). A head of
    ``standalone_org_heads`` names a body on its own (``Chính phủ``, ``Tỉnh ủy``).

Not organisations
    Generic plurals (``các bộ, ngành``, ``UBND các huyện``, ``các Sở, ban, ngành``:
    ``not_org_after``, ``not_org_before``), a type of body (``Trung tâm Phục vụ hành chính
    công cấp tỉnh``), concepts (``Chính phủ điện tử``: ``government_concept_next``), ``Thủ
    tướng Chính phủ`` (a position), a body named after a street or ward word (``đường Trường
    Thi``), a head inside a title head (``Bộ trưởng``).

Names
    ``name`` is expanded (``UBND TP.HCM`` → ``Ủy ban nhân dân thành phố Hồ Chí Minh``); a
    parent named after ``của`` is an organisation too (``Đoàn công tác của Văn phòng Chính
    phủ`` gives both). Names are as written (GUIDE §11; 16 of the 26 dev documents with such a
    mention read it so): a people's committee or council or a party committee written without
    its province (``UBND tỉnh``, ``Tỉnh ủy``) keeps that name and gets the article's main
    province in ``province``, as do other provincial bodies (``Sở Nội vụ``, ``Công an tỉnh``);
    a place written after a body without its administrative word stays so (``Sở Tư pháp Lai
    Châu``, ``Cục Thuế Quảng Ngãi``); a body ``của tỉnh`` is named with the main province;
    national bodies (``national_org_heads``) get no province unless one is written.

Levels, brands (``data/organizations.json``)
    A district's or ward's body named by its level only (``Ủy ban nhân dân huyện ban hành …``)
    is one body, not when another level follows or a plural opens its clause (``UBND xã,
    phường``, ``các sở, ngành và UBND huyện``); a bare ``UBND``/``HĐND`` names no body. Banks,
    companies and media named by their brand alone (``Agribank``, ``VnExpress``) are
    organisations, not inside a product or a longer name (``FPT Play``, ``VTV.vn``).

Bodies in titles
    Bodies whose head word ends a title head (``Trưởng đoàn ĐBQH tỉnh X`` → ``Đoàn Đại biểu
    Quốc hội tỉnh X``: ``implied_org_heads``), found in the officials' title chains; an
    organisation mention starting inside one of them is not read again.

Where a name ends
    A whole name of a body (``complete_org_names``: ``Bộ Công an``, ``Chính phủ``) or a name
    closed by its acronym ends before a lower-case word (``Bộ Công an thông báo``) unless a
    term, level or place follows (``Quốc hội khóa XV``); a capitalised preposition of a heading
    ends a name (``capitalised_prepositions``); ``… quốc gia về`` + topic (``topic_leads``) and
    ``và``/a dash + lower-case words up to ``Việt Nam`` (``national_name_ends``) go on. A line
    broken inside a name is read with the next line (the text stays in the sentence).

Whole names, purposes, parties (``data/organizations.json``)
    ``và`` after a whole name or a party committee starts another body (``Chính phủ và Đề án 06``,
    ``Tỉnh ủy và UBND tỉnh Bến Tre``), and a party committee shares the place of the people's committee
    after it (``Tỉnh ủy Bến Tre``: ``party_committee_levels``). A working group is named with its
    purpose when a plan follows (``Ban chỉ đạo thực hiện Kế hoạch hành động``: ``working_group_*``).
    Whole national names run over their lower-case words (``Cục Cảnh sát quản lý hành chính về trật
    tự xã hội``: ``fixed_org_names``); a congress's ordinal and words of the clause cut a name
    (``ordinal_leads``, ``name_breaking_words``). Foreign parties after ``đảng`` (``party_names``),
    companies listed in parentheses after their kind (``brand_list_kinds``) and foreign media after
    their classifier (``foreign_media_cues``) are organisations.

Not bodies either
    A unit of an institution named by its kind only (``Hội đồng Học viện``, ``Văn phòng Bộ``:
    ``unnamed_institutions``), ``cơ quan thuộc Chính phủ`` (``government_categories``), things named
    after a body (``cúp Liên đoàn Anh``, ``Luật Tổ chức Chính phủ``: ``named_after_leads``), ``BTV``
    before a person (``abbreviations_with_next``), a company or hospital head with lower-case words
    only (``heads_need_a_name``), ``Trường`` + one name word (``name_like_heads``).

Departments by field
    ``các sở: Tư pháp; Y tế`` and ``Sở KH&ĐT, TN&MT``: each field is a department
    (``department_lists``).

Standing bodies, district departments, missions
    ``Thường trực`` before a local committee names its standing members as a body (``Thường trực HĐND
    huyện``; not in a title: ``Phó Chủ tịch Thường trực UBND tỉnh``; ``standing_bodies``). A district's
    department written with a lower-case ``phòng`` before its field is read as ``Phòng …``
    (``lower_case_departments``). A mission abroad keeps its host country (``Đại sứ quán Hoa Kỳ tại Việt
    Nam``: ``country_office_heads``). A body followed by ``các xã``, ``các cấp`` … is a kind of body in
    each unit, no body (``plural_scope_after``). A full date's year before a head is no count (``Ngày 29
    tháng 01 năm 2021 BCH Đảng bộ xã …``).

English
    English names on English-language pages (``Ministry of Science and Technology``):
    ``english_org_heads``, with a leading position (``Head of the …``: ``english_title_leads``)
    cut off.

Captions
    A paragraph wrapped in parentheses is a photo caption: no facts are read from it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import lookup_province
from ..models import Organization
from ..resources import load, word_set
from .base import Sentence, SentencePeople, extractor
from .titles import (SPACES, WORD, Body, _field_names, alt, captions, expand, is_cap, nfc, org_name, place_of,
                     scan_body, vocab, words_before)

# labels of the ``kind`` field (GUIDE §11) for the fine kinds of people.json
_KIND_LABEL = {
    "ministry": "ministry", "government": "government", "peoples_committee": "people's committee",
    "peoples_council": "people's council", "party_committee": "party committee",
    "department": "department", "agency": "department", "general_department": "department",
    "sub_department": "department", "ministry_division": "department", "division": "department",
    "inspectorate": "department", "treasury": "department", "social_insurance": "department",
    "office": "office", "centre": "centre", "enterprise": "enterprise", "bank": "enterprise",
    "association": "association", "union": "association", "youth_union": "association",
    "front": "association", "working_group": "working group", "steering_committee": "working group",
    "police": "police",
}

# a brand followed by a capitalised word, a number or a domain ("FPT Play", "Samsung 4K", "VTV.vn")
_NEXT_NAME_WORD = regex.compile(r"[ ]+[\p{Lu}\p{N}]|\.\p{L}")
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)[ ]+$")
_COUNTRY_OFFICE = regex.compile(r"[ ]+(tại Việt Nam)(?![\p{L}\p{M}])")
_EN_RUN = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}'-]*(?:[ ]+(?:(?:of|and|the|for)[ ]+)*\p{Lu}[\p{L}'-]*)*")


class _OrgWords:
    def __init__(self) -> None:
        p = load("people")
        words = {k: frozenset(nfc(w) for w in p[k]["words"]) for k in (
            "standalone_org_heads", "committee_heads", "government_concept_next", "not_org_after",
            "not_org_before", "national_org_heads")}
        self.standalone = words["standalone_org_heads"]
        self.committee = words["committee_heads"]
        self.gov_concept_next = words["government_concept_next"]
        self.not_after = words["not_org_after"]
        self.not_before = words["not_org_before"]
        self.national = words["national_org_heads"]
        phrases, verbs, ends = (p.get(k, {}).get("words", []) for k in
                                ("not_org_phrases", "org_verb_heads", "org_name_never_ends"))
        # "Bộ Chỉ số CCHC", "Bộ tiêu chí": a set of things, not a ministry
        self.not_before_phrase = regex.compile(rf"[ ]+(?i:{alt(phrases)})(?![\p{{L}}\p{{M}}])") if phrases else None
        # "Ban hành kèm theo …": a verb, not a board
        self.verb = regex.compile(rf"(?:{alt(verbs)})(?![\p{{L}}\p{{M}}])") if verbs else None
        # "Ủy ban Quốc gia về chuyển đổi số năm 2023": a name does not end on "năm"
        self.never_ends = regex.compile(rf"[ ]+(?:{alt(ends)})$") if ends else None
        # "HĐND - UBND tỉnh", "HĐND và UBND tỉnh Yên Bái": a qualifier shared by two committees
        self.shared_qualifier = regex.compile(
            rf"[ ]*(?:[-–,]|và)[ ]*(?:{alt(self.committee)})(?![\p{{L}}\p{{M}}])")
        leads = p["english_title_leads"]
        self.en_title_lead = regex.compile(
            rf"^(?:(?:{alt(leads['prefixes'])})[ ]+)?(?:{alt(leads['heads'])})[ ]+of[ ]+(?:the[ ]+)?")


@lru_cache(maxsize=1)
def _words() -> _OrgWords:
    return _OrgWords()


# --------------------------------------------------------------------------- entry point

@extractor(produces=("organization",),
           requires=("province", "person_spans", "legal_ref", "date", "period", "ranking", "percentage",
                    "ratio", "quantity", "target"))
def extract(ctx) -> None:
    prov_by_sentence: dict[int, list] = {}  # province mentions per sentence: no scan of the whole article
    for f in ctx.facts:
        if f.type == "province":
            prov_by_sentence.setdefault(f.sentence, []).append((f.start, f.end, f.name))
    main = ctx.main_province
    caps = captions(ctx)
    sents = list(ctx.sentences())
    for k, s in enumerate(sents):
        prov_spans = prov_by_sentence.get(s.index, [])
        if any(a <= s.start and s.end <= b for a, b in caps):
            continue  # a paragraph wrapped in parentheses is a photo caption
        here = ctx.person_spans.get(s.index) or SentencePeople()
        name_spans, chains = here.names, here.title_chains
        wrapped = _wrapped(ctx, s, sents[k + 1] if k + 1 < len(sents) else None)
        if wrapped is not None:
            # "… Bộ Khoa học và⏎Công nghệ …": the name is read on the next line, the text stays here
            nxt = sents[k + 1]
            shift = nxt.start - s.start
            after = ctx.person_spans.get(nxt.index) or SentencePeople()
            name_spans = list(name_spans) + [(a + shift, b + shift) for a, b in after.names]
            prov_spans = prov_spans + prov_by_sentence.get(nxt.index, [])
        in_titles: list[tuple[int, int]] = []
        for titles in chains:
            for a, b, name, kind, prov in _implied_orgs(ctx, s, titles, prov_spans, main):
                ctx.add(Organization, a, b, claim=False, name=name, kind=kind, province=prov)
                in_titles.append((a, b))
        found = _find_orgs(ctx, wrapped or s, name_spans, prov_spans, main)
        found += _department_lists(ctx, s, found, name_spans, prov_spans, main)
        found += _known_names(ctx, s, found, name_spans, in_titles)
        found += _parties(ctx, s, found, name_spans)
        found += _foreign_media(ctx, s, found, name_spans)
        found += _listed_brands(ctx, s, found, name_spans)
        found += _lower_case_departments(ctx, s, found, name_spans, prov_spans, main)
        found = _standing_bodies(ctx, s, found, chains)
        for a, b, name, kind, prov in found + _english_orgs(ctx, s, prov_spans):
            if any(x <= s.start + a < y for x, y in in_titles) or a >= len(s.text.rstrip()):
                continue  # a body starting on the next line is read with that line
            b = min(b, len(s.text.rstrip()))
            ctx.add(Organization, s.start + a, s.start + b, claim=False, name=name, kind=kind, province=prov)


_END_PUNCT = frozenset(".!?…:;\"”)]")


def _wrapped(ctx, s, nxt) -> Optional[Sentence]:
    """``s`` joined with the next line when the line is broken inside a name: ``s`` has no final
    punctuation and ends with a link word, or with an administrative word and the next line with
    a province, or the next line starts with a link or administrative word (``Bộ Khoa học và⏎Công nghệ``, ``Sở Nội vụ⏎tỉnh Thái Nguyên``, ``Sở Thông tin⏎và
    Truyền thông``), or it ends with a capitalised word after an organisation head and the next line
    starts in lower case (``… và Phát triển⏎nông thôn``); the line break becomes a space (offsets unchanged). None otherwise."""
    if nxt is None or ctx.text[s.end:nxt.start] != "\n":
        return None
    tail = s.text.rstrip()
    if not tail or tail[-1] in _END_PUNCT or len(tail) != len(s.text):
        return None
    d = vocab()
    last = tail.split()[-1]
    first = nxt.text.split(" ", 1)[0]
    second = (nxt.text.split(" ", 2) + ["", ""])[1]
    tail_words = tail.split()
    if is_cap(last) and is_cap(first) and any(
            lookup_province(" ".join(tail_words[-n:] + [first] + ([second] if k else [])))
            for n in (1, 2) if len(tail_words) >= n for k in (0, 1)):
        pass  # "… Ủy ban nhân dân tỉnh Bình⏎Thuận …": a province's name broken by the wrap
    elif last.casefold() in ("và", "của"):
        if not (first[:1].isupper() or first in d.admin):
            return None
    elif last in d.admin:
        # "UBND tỉnh⏎Thái Nguyên": a province starts the next line (else a caption ends "… tỉnh")
        starts = getattr(ctx, "_province_starts", None)
        if starts is None:  # the places extractor has run: its provinces are found once per document
            starts = {f.start for f in ctx.facts if f.type == "province"}
            ctx._province_starts = starts
        if nxt.start not in starts:
            return None
    elif first[:1].islower() and first not in d.admin and first != "và":
        # "… Sở Nông nghiệp và Phát triển⏎nông thôn …": a line starting in lower case after a
        # capitalised word, with an organisation head in the last words
        if not (any(is_cap(x) for x in tail.split()[-2:]) and d.org_rx.search(tail, max(0, len(tail) - 60), timeout=ctx.timeout)):
            return None
    elif not ((first in d.admin or first == "và") and is_cap(second)):
        return None
    return Sentence(s.index, s.start, nxt.end, ctx.text[s.start:nxt.end].replace("\n", " "))


# --------------------------------------------------------------------------- mentions

def _overlaps(a: int, b: int, spans) -> bool:
    return any(x < b and a < y for x, y in spans)


def _find_orgs(ctx, s, name_spans, prov_spans, main: Optional[str]):
    """Organisation facts of one sentence: (start, end, name, kind, province) sentence-relative."""
    out = []
    pos = 0
    for m in vocab().org_rx.finditer(s.text, timeout=ctx.timeout):
        if m.start() < pos:
            continue
        found = _org_at(ctx, s, m, name_spans, prov_spans, main)
        if found:
            out.extend(found)
            pos = found[0][1]
            # "Cục An toàn thông tin (Bộ Thông tin và Truyền thông)": a parent body in parentheses
            for pm in _PARENS.finditer(s.text, m.end(), pos, timeout=ctx.timeout):
                im = vocab().org_rx.match(s.text, pm.start() + 1, timeout=ctx.timeout)
                inner = _org_at(ctx, s, im, name_spans, prov_spans, main) if im else None
                out.extend(x for x in inner or [] if x[1] <= pm.end() - 1)
    return out


_PARENS = regex.compile(r"\([^()]{2,80}\)")


_LOCAL_BODY_WORD = regex.compile(r"\b(?:tỉnh|thành phố|huyện|Tỉnh ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\b")


def _org_at(ctx, s, m, name_spans, prov_spans, main):
    """The organisation that starts with the head match ``m`` (and the parents named in it)."""
    d = vocab()
    w = _words()
    t = ctx.timeout
    text = s.text
    g = m.group()
    if ctx.is_claimed(s.start + m.start(), s.start + m.end()) or _overlaps(m.start(), m.end(), name_spans):
        return None
    head = g
    full_abbr = d.org_abbr.get(g)
    if full_abbr:
        head = full_abbr[1]
        # an abbreviation defined in parentheses after the full name: "Mặt trận Tổ quốc (MTTQ)"
        if text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip().startswith(")"):
            return None
        if regex.match(r"-\p{L}", text[m.end():m.end() + 2], timeout=t):
            return None  # "VNPT-iOffice": a product named after the body
        if regex.search(r"\p{Lu}[-/]$", text[max(0, m.start() - 2):m.start()], timeout=t):
            return None  # "Kế hoạch số 1492 KH-UBND": the issuer's part of a document's code
    elif g not in d.org_kind:
        head = next((h for h in d.org_kind if h.casefold() == g.casefold()), g)
    kind = d.org_kind.get(head)
    if _inside_country(text, m.start(), m.end(), t):
        return None  # "Tây Ban Nha": a country, not a board
    prev = words_before(text, 0, m.start(), 3)
    prevw = prev[-1] if prev else ""
    year_before = len(prevw) == 4 and len(prev) > 1 and prev[-2].casefold() == "năm" and \
        "tháng" in [x.casefold() for x in words_before(text, 0, m.start(), 5)]
    if prevw in w.not_after or (prevw.isdigit() and not year_before):
        # a generic plural: "các Sở, ban, ngành", "63 UBND tỉnh, thành phố"; not a date's year before the
        # subject: "Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã … đã họp"
        return None
    low_prev = [x.casefold() for x in prev]
    for n in (1, 2, 3):
        if len(low_prev) >= n and " ".join(low_prev[-n:]) in d.not_after and head not in ("Bộ", "Sở") \
                and low_prev[-1] not in ("tỉnh", "thành", "phố", "tp", "tp."):
            return None  # "đường Trường Thi", "phường Tân Long"
    nxt_m = WORD.match(text, SPACES.match(text, m.end(), timeout=t).end(), timeout=t)
    nxt = nxt_m.group() if nxt_m and text[m.end():nxt_m.start()].strip() == "" else ""
    if nxt in w.not_before and not (nxt == "và" and _whole_before_and(head)) and \
            not _fixed_rx().match(text, m.start(), timeout=t):  # "Ban Quản lý các khu công nghiệp"
        return None  # "Sở và các ngành"; not a whole name: "Chính phủ và Thủ tướng", "Tỉnh ủy và UBND tỉnh"
    if w.not_before_phrase is not None and w.not_before_phrase.match(text, m.end(), timeout=t):
        return None
    if w.verb is not None and w.verb.match(text, m.start(), timeout=t):
        return None
    if " ".join(text[max(0, m.start() - 40):m.start()].casefold().split()[-6:]).endswith(_named_after_leads()):
        return None  # "cúp Liên đoàn Anh", "Luật Tổ chức Chính phủ", "Cổng thông tin … Chính phủ"
    if g in _abbr_needs_next() and not text[SPACES.match(text, m.end(), timeout=t).end():].startswith(
            _abbr_needs_next()[g]):
        return None  # "BTV Hoài Anh": an editor (biên tập viên), not a standing committee
    if head == "Chính phủ":
        if "tướng" in [x.casefold() for x in prev[-3:]] or nxt in w.gov_concept_next:
            return None
        if " ".join(text[max(0, m.start() - 30):m.start()].casefold().split()[-4:]).endswith(_government_categories()):
            return None  # "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": a kind of body
    # a head word inside a title head ("Bộ trưởng") is a position, not a body
    th = d.title_rx.match(text, m.start(), timeout=t)
    if th and th.end() > m.end():
        return None
    stops = {a for a, _ in name_spans}
    if kind == "international":
        # a complete name; "tại Việt Nam" after it names the country office
        body = Body(m.end())
        cm = None if full_abbr else _COUNTRY_OFFICE.match(text, m.end(), timeout=t)
        if cm:  # ("UNDP tại Việt Nam": the acronym alone names the body)
            body = Body(cm.end(), [(cm.start(1), cm.end())])
    else:
        body = None
        fm = _fixed_rx().match(text, m.start(), timeout=t)
        if fm and fm.end() > m.end():
            # "Cục Cảnh sát quản lý hành chính về trật tự xã hội": a whole name with lower-case words
            body = Body(fm.end(), [wm.span() for wm in WORD.finditer(text, m.end(), fm.end(), timeout=t)])
            # … and its place after it ("Đảng ủy Khối các cơ quan tỉnh")
            rest = scan_body(ctx, text, fm.end(), len(text), stops, max_words=6)
            extra = text[fm.end():rest.end].split()
            if extra and not rest.overflow and (extra[0] in vocab().admin or is_cap(extra[0])) and \
                    "cấp" not in [x.casefold() for x in extra]:
                # not "… trật tự xã hội cấp ngày 17-5-2023": a verb of the clause
                body = Body(rest.end, body.words + rest.words)
        elif kind in ("working_group", "steering_committee"):
            body = _purpose(ctx, text, m.end(), stops)
        if body is None:
            body = _before_joiner(text, scan_body(ctx, text, m.end(), len(text), stops, max_words=18,
                                                  head_start=m.start()), m.end())
    if body.overflow:
        return None
    if body.end > m.end():
        cut = _ordinal_rx().search(text, m.end(), min(len(text), body.end + 12), timeout=t)
        if cut and cut.start() < body.end:
            # "Đảng bộ Thủy Nguyên lần thứ XXIII", "Cục Cảnh sát giao thông sáng nay cho biết": over
            at = cut.start()
            seg = text[m.end():at]
            if "(" in seg and ")" not in seg[seg.rfind("("):]:
                # "UBND TP Thủy Nguyên (dự kiến thành lập …)": the name ends before the open parenthesis
                at = m.end() + len(seg[:seg.rfind("(")].rstrip())
            body = Body(at, [(a, b) for a, b in body.words if b <= at])
    words = [text[a:b] for a, b in body.words]
    if not words and head in w.committee:
        # "HĐND - UBND tỉnh", "HĐND và UBND tỉnh Yên Bái": the qualifier is shared
        pm = w.shared_qualifier.match(text, m.end(), timeout=t)
        if pm:
            pb = scan_body(ctx, text, pm.end(), len(text), stops)
            if pb.words and text[pb.words[0][0]:pb.words[0][1]] in d.admin:
                shared = text[pb.words[0][0]:pb.end]
                return [(m.start(), m.end(), *_named(ctx, head + " " + shared, head, kind, main,
                                                      place_of(ctx, s.start, pm.end(), pb.end, prov_spans)))]
    if not words and head in _party_levels():
        # "Tỉnh ủy và UBND tỉnh Bến Tre", "Thành ủy, HĐND thành phố Hải Phòng": the place is shared
        pm = w.shared_qualifier.match(text, m.end(), timeout=t)
        while pm and w.shared_qualifier.match(text, pm.end(), timeout=t):
            pm = w.shared_qualifier.match(text, pm.end(), timeout=t)
        if pm:
            pb = scan_body(ctx, text, pm.end(), len(text), stops)
            level = _party_levels()[head].split()
            lw = [text[a:b] for a, b in pb.words]
            if len(lw) > len(level) and [x.casefold() for x in lw[:len(level)]] == level:
                place = text[pb.words[len(level)][0]:pb.end]
                return [(m.start(), m.end(), " ".join((head + " " + place).split()), _kind_label(kind, head),
                         place_of(ctx, s.start, pm.end(), pb.end, prov_spans) or main)]
    if len(head.split()) == 1 and head not in ("Ban", "UBND", "HĐND") and not full_abbr and \
            not (words and (is_cap(words[0]) or words[0] in d.admin)):
        return None
    standalone = head in w.standalone or kind == "international" or (full_abbr and full_abbr[0] != full_abbr[1])
    if not words and not standalone:
        return None
    if not words and g in word_set("organizations", "bare_abbreviations"):
        return None  # "các đại biểu HĐND phát huy …", "trình HĐND cùng cấp": no body named
    if "cấp" in [x.casefold() for x in words]:  # (also in an all-capital heading: "UBND CẤP HUYỆN")
        return None  # a type of body: "Trung tâm Phục vụ hành chính công cấp tỉnh"
    if words and " ".join(words) in word_set("organizations", "bare_legal_forms"):
        return None  # "một Công ty TNHH ở Hà Nội": a company's legal form without its name
    # "UBND xã, phường", "các sở, ngành và UBND huyện": a level of bodies, not one body; "Ủy ban nhân
    # dân huyện ban hành …", "Chủ tịch HĐND phường": the body of the article's district or ward
    if words and words[-1].casefold() in ("xã", "huyện", "phường", "quận", "thị", "trấn") and len(words) <= 2 \
            and not _one_local_body(text, m.start(), body.end, t):
        return None
    end = max(body.end, m.end())
    if w.never_ends is not None and end > m.end():
        cut = w.never_ends.search(text, m.end(), end, timeout=t)
        if cut:
            end = cut.start()  # "Ủy ban Quốc gia về chuyển đổi số năm 2023": the name ends before "năm"
            kept = [text[a:b] for a, b in body.words if b <= end]
            if kept and kept[-1].casefold() in ("xã", "huyện", "phường", "quận", "thị", "trấn") and len(kept) <= 2:
                return None  # "Chủ tịch UBND xã ủy quyền …": no name, not one body
    for pa, pb, _ in prov_spans:
        if m.start() <= pa - s.start < end < pb - s.start and text[end:pb - s.start].strip(" -–") and \
                regex.fullmatch(r"[ ]*[-–][ ]*\S.*", text[end:pb - s.start], timeout=t):
            end = pb - s.start  # "Công an tỉnh Bà Rịa - Vũng Tàu": a name does not end inside a province's
    if head in word_set("organizations", "country_office_heads"):
        cm = _host_rx().match(text, end, timeout=t)
        end = cm.end() if cm else end  # "Đại sứ quán Hoa Kỳ tại Việt Nam": the host country is in the name
    body_words = [text[a:b] for a, b in body.words if b <= end]
    if _plural_scope_rx().match(text, end, timeout=t):
        return None  # "Trung tâm VHTT-HTCĐ các xã, thị trấn": a kind of body in each unit, not one body
    if head in word_set("organizations", "heads_need_a_name") and body_words and not any(
            x[:1].isupper() or x[:1].isdigit() or x in vocab().admin for x in body_words):
        return None  # "Công ty xổ số sẽ trả thưởng", "được Tập đoàn nghiên cứu": a kind, no name
    if head in word_set("organizations", "country_press_heads") and body_words and \
            " ".join(body_words) in word_set("people", "countries"):
        return None  # "Báo Mỹ giải mã …", "Đài Hàn Quốc": the press of a country, no one body
    if " ".join(body_words[:body_words.index("của")] if "của" in body_words else body_words) in \
            _room_names().get(head, ()):
        return None  # "Phòng Đỏ", "Phòng Bầu dục": a room of a building, no body
    if head in _name_like_heads() and 0 < len(body_words) <= 2 and is_cap(body_words[0]) and \
            (len(body_words) == 1 or body_words[1] in _name_like_heads()[head]):
        return None  # "Trường Sơn", "đường Trường Chinh", "Trường Sơn Tây": a place or a person
    if head == "Quốc hội" and body_words and " ".join(low_prev[-2:]) == "đại biểu":
        return None  # "Trưởng đoàn đại biểu Quốc hội TP. Hà Nội": a delegation named in a title
    raw = text[m.start():end]
    if g != head and not full_abbr:
        raw = head + text[m.end():end]
    prov_here = place_of(ctx, s.start, m.start(), end, prov_spans)
    name, prov = org_name(ctx, raw, main, head)
    if head == "Chính phủ" and name[len(head):].strip() in word_set("organizations", "own_country"):
        name = head  # "Chính phủ Việt Nam" is the Government (GUIDE §11)
    if prov_here:
        prov = prov_here
    if head in w.national and not prov_here:
        if not _LOCAL_BODY_WORD.search(raw, timeout=t):
            prov = None
    if _unnamed_institution(name):
        return None  # "Hội đồng Học viện", "Văn phòng Bộ", "Công đoàn công ty": a unit of no named body
    out = [(m.start(), end, name, _kind_label(kind, raw), prov)]
    # a parent body named inside: "Đoàn công tác của Văn phòng Chính phủ", "… của Chính phủ"
    for k, (a, b) in enumerate(body.words[:-1]):
        if text[a:b] == "của":
            pm = d.org_rx.match(text, body.words[k + 1][0], timeout=t)
            if pm:
                sub = _org_at(ctx, s, pm, name_spans, prov_spans, main)
                if sub:
                    out.extend(sub)
            break
    return out


@lru_cache(maxsize=1)
def _host_rx() -> "regex.Pattern[str]":
    """``tại``/``ở`` + a country or a big city (``data/people.json`` ``countries``), or Việt Nam (``own_country``)."""
    d = load("organizations")
    places = [nfc(w) for w in load("people")["countries"]["words"] + d["own_country"]["words"] if w[:1].isupper()]
    leads = [nfc(w) for w in d["country_office_host_leads"]["words"]]
    return regex.compile(rf"[ ]+(?:{alt(leads)})[ ]+(?:{alt(places)})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=1)
def _plural_scope_rx() -> "regex.Pattern[str]":
    words = [nfc(w) for w in load("organizations")["plural_scope_after"]["words"]]
    return regex.compile(rf"[ ]+(?:{alt(words)})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=1)
def _party_levels() -> dict:
    """Party committees and the level word of their place (``data/organizations.json`` ``party_committee_levels``)."""
    out = {}
    for w in load("organizations")["party_committee_levels"]["words"]:
        head, _, level = nfc(w).partition(":")
        out[head.strip()] = level.strip().casefold()
    return out


@lru_cache(maxsize=1)
def _whole_before_and_set() -> frozenset:
    """Heads that are a whole body's name: ``và`` after them starts another body (``complete_org_names`` of
    ``data/people.json`` and the party committees)."""
    return frozenset(" ".join(nfc(w).casefold().split()) for w in load("people")["complete_org_names"]["words"]) | \
        frozenset(h.casefold() for h in _party_levels())


@lru_cache(maxsize=1)
def _purpose_rx() -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """A working group's purpose (``data/organizations.json`` ``working_group_purposes``): the verb, the
    plan it carries out and the plan's number; and the words that end the purpose."""
    d = load("organizations")
    verbs = [nfc(w) for w in d["working_group_purposes"]["words"]]
    plans = [nfc(w) for w in d["working_group_plans"]["words"]]
    ends = [nfc(w) for w in d["working_group_purpose_ends"]["words"]]
    lead = regex.compile(rf"(?:[ ]+(?:{alt(verbs)}))?[ ]+(?P<plan>{alt(plans)})(?![\p{{L}}\p{{M}}])"
                         rf"(?:[ ]+(?:số[ ]+)?(?P<num>\d{{1,4}}[a-z]?)(?![\w/.-]))?(?![ ]*[/-]|[ ]+(?:số[ ]+)?\d)")
    end = regex.compile(rf"[ ]+(?:{alt(ends)})(?![\p{{L}}\p{{M}}])")
    return lead, end


def _purpose(ctx, text: str, pos: int, stops) -> Optional[Body]:
    """The purpose written after a working group's head: ``Ban Chỉ đạo thực hiện Kế hoạch hành động``,
    ``Tổ Công tác triển khai Đề án 06 của Chính phủ``, ``Tổ công tác Đề án 06``; None when no plan
    follows."""
    lead, end_rx = _purpose_rx()
    t = ctx.timeout
    pm = lead.match(text, pos, timeout=t)
    if not pm:
        return None
    words = [wm.span() for wm in WORD.finditer(text, pos, pm.end(), timeout=t)]
    rest = scan_body(ctx, text, pm.end(), len(text), stops, head_start=pm.start("plan"))
    if rest.overflow:
        return Body(pm.end(), words)
    end = rest.end
    if _next_word_is(text, end, _words().not_before, t):
        return Body(end, words, overflow=True)  # "Tổ công tác Đề án 06 các cấp": a kind of group
    cut = end_rx.search(text, pm.end(), end, timeout=t)
    if cut:
        end = cut.start()  # "… Kế hoạch hành động giai đoạn 2016-2020": the period is not the name's
    return Body(end, words + [(a, b) for a, b in rest.words if b <= end])


def _next_word_is(text: str, at: int, words, t: float) -> bool:
    nm = WORD.match(text, SPACES.match(text, at, timeout=t).end(), timeout=t)
    return bool(nm) and text[at:nm.start()].strip() == "" and nm.group() in words


@lru_cache(maxsize=1)
def _unnamed_rx() -> "regex.Pattern[str]":
    d = load("organizations")
    words = [nfc(w) for w in d["unnamed_institutions"]["words"]]
    firsts = [nfc(w) for w in d["unnamed_institution_compounds"]["words"]]
    # the unit: one to four words, no "và" (a field: "Bộ Tài nguyên và Môi trường"); the institution's kind
    # not the end of a compound ("Cục Quản lý thị trường")
    return regex.compile(rf"^(?:(?!và[ ])[\p{{L}}\p{{M}}&]+[ ]+){{1,4}}"
                         rf"(?<!(?<![\p{{L}}\p{{M}}])(?i:{alt(firsts)})[ ]+)"
                         rf"(?:{alt(words)})$")


def _unnamed_institution(name: str) -> bool:
    """Whether ``name`` is a unit of an institution named by its kind only (``data/organizations.json``
    ``unnamed_institutions``): ``Hội đồng Học viện``, ``Văn phòng Bộ``, ``Công đoàn công ty``."""
    return bool(_unnamed_rx().match(name, timeout=1))


def _before_joiner(text: str, body: Body, start: int) -> Body:
    """A title's body goes on over ``kiêm`` to a second position; an organisation's ends before it
    (``Bí thư Đảng ủy kiêm Giám đốc Sở Nội vụ``, ``Trưởng ban Pháp chế … kiêm Phó tổng giám đốc``)."""
    cut_at = next((k for k, (a, b) in enumerate(body.words) if text[a:b] in vocab().joiners), None)
    if cut_at is None:
        return body
    return Body(body.words[cut_at - 1][1] if cut_at else start, body.words[:cut_at])


@lru_cache(maxsize=1)
def _fixed_rx() -> "regex.Pattern[str]":
    """Whole names of national bodies with lower-case words after a preposition or a comma
    (``data/organizations.json`` ``fixed_org_names``), matched case-insensitively."""
    names = sorted((nfc(w) for w in load("organizations")["fixed_org_names"]["words"]), key=len, reverse=True)
    alts = [r"[ ]*".join(r"[ ]+".join(regex.escape(x) for x in part.split()) for part in regex.split(r"(?<=,)", n))
            for n in names]
    return regex.compile(rf"(?i:{'|'.join(alts)})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=1)
def _ordinal_rx() -> "regex.Pattern[str]":
    d = load("organizations")
    words = [nfc(w) for w in d["ordinal_leads"]["words"] + d["name_breaking_words"]["words"]]
    return regex.compile(rf"[ ]+(?:{alt(words)})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=1)
def _named_after_leads() -> tuple:
    return tuple(" " + nfc(w).casefold() for w in load("organizations")["named_after_leads"]["words"]) + \
        tuple(nfc(w).casefold() for w in load("organizations")["named_after_leads"]["words"])


@lru_cache(maxsize=1)
def _abbr_needs_next() -> dict:
    """Abbreviations of a body that need one of the given words after them (``data/organizations.json``
    ``abbreviations_with_next``: ``BTV: Tỉnh ủy | Thành ủy …``)."""
    out = {}
    for w in load("organizations")["abbreviations_with_next"]["words"]:
        abbr, _, nxt = nfc(w).partition(":")
        out[abbr.strip()] = tuple(x.strip() for x in nxt.split("|"))
    return out


@lru_cache(maxsize=1)
def _name_like_heads() -> dict:
    """Heads whose one-word body is a place's or a person's name (``data/organizations.json``
    ``name_like_heads``: ``Trường: Đông | Tây …``, with the words that may follow that name)."""
    out = {}
    for w in load("organizations")["name_like_heads"]["words"]:
        head, _, nxt = nfc(w).partition(":")
        out[head.strip()] = frozenset(x.strip() for x in nxt.split("|") if x.strip())
    return out


@lru_cache(maxsize=1)
def _room_names() -> dict:
    """Heads whose body, when it is one of the given names, names a room (``data/organizations.json``
    ``room_names``: ``Phòng: Đỏ | Xanh Lam …``)."""
    out = {}
    for w in load("organizations")["room_names"]["words"]:
        head, _, names = nfc(w).partition(":")
        out[head.strip()] = frozenset(x.strip() for x in names.split("|") if x.strip())
    return out


@lru_cache(maxsize=1)
def _government_categories() -> tuple:
    return tuple(nfc(w).casefold() for w in load("organizations")["government_categories"]["words"])


def _whole_before_and(head: str) -> bool:
    return " ".join(head.casefold().split()) in _whole_before_and_set()


@lru_cache(maxsize=1)
def _known_rx() -> tuple["regex.Pattern[str]", dict]:
    """Organisations named by their brand alone (``data/organizations.json`` ``known_*``): the
    pattern and each name's kind label."""
    d = load("organizations")
    kinds = {nfc(w): label for key, label in (("known_enterprises", "enterprise"), ("known_media", "other"))
             for w in d[key]["words"]}
    rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&.-])(?P<n>{alt(kinds)})(?P<vn>[ ]+Việt Nam)?"
                       rf"(?![\p{{L}}\p{{M}}\p{{N}}&]|-\p{{L}})")
    return rx, kinds


def _known_names(ctx, s, found, name_spans, in_titles):
    """Banks, companies and media named by their brand alone (``Agribank``, ``VnExpress``), not inside a
    body already found nor a person's name."""
    rx, kinds = _known_rx()
    taken = [(a, b) for a, b, *_ in found] + list(name_spans) + [(a - s.start, b - s.start) for a, b in in_titles]
    out = []
    for m in rx.finditer(s.text, timeout=ctx.timeout):
        a, b = m.span()
        if _overlaps(a, b, taken) or ctx.is_claimed(s.start + a, s.start + b):
            continue
        kind = kinds[m.group("n")]
        if m.group("vn") and kind != "enterprise":
            b = m.end("n")
        before = _LAST_WORD.search(s.text, 0, a, timeout=ctx.timeout)
        if _NEXT_NAME_WORD.match(s.text, b, timeout=ctx.timeout) or (
                before and is_cap(before.group(1)) and before.start() > 0 and before.group(1) not in word_set("people", "capitalised_prepositions")):
            continue  # "FPT Play", "Google Search", "VTV.vn", "Tivi Samsung", "Thể Công Viettel": a product or a longer name
        out.append((a, b, s.text[a:b], kind, None))
    return out


@lru_cache(maxsize=1)
def _party_rx() -> "regex.Pattern[str]":
    d = load("organizations")
    names = [nfc(w) for w in d["party_names"]["words"]]
    countries = [nfc(w) for w in load("people")["countries"]["words"]]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:đảng|Đảng)[ ]+(?P<n>{alt(names)})"
                         rf"(?:[ ]+(?P<c>{alt(countries)}))?(?![\p{{L}}\p{{M}}])")


def _parties(ctx, s, found, name_spans):
    """Political parties named by their kind (``data/organizations.json`` ``party_names``): ``đảng Dân chủ``,
    ``đảng Cộng hòa``, ``đảng Lao động Anh``; named with a capital ``Đảng``."""
    taken = [(a, b) for a, b, *_ in found] + list(name_spans)
    out = []
    for m in _party_rx().finditer(s.text, timeout=ctx.timeout):
        a, b = m.span()
        if _overlaps(a, b, taken) or ctx.is_claimed(s.start + a, s.start + b):
            continue
        if _NEXT_NAME_WORD.match(s.text, b, timeout=ctx.timeout) and not m.group("c"):
            continue  # "Đảng Dân chủ Tự do": a longer name, read by its head
        out.append((a, b, "Đảng " + s.text[m.start("n"):b], "other", None))
    return out


@lru_cache(maxsize=1)
def _media_rx() -> "regex.Pattern[str]":
    cues = [nfc(w) for w in load("organizations")["foreign_media_cues"]["words"]]
    word = r"[A-Z][A-Za-z'&.-]*"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(cues)})[ ]+(?P<n>{word}(?:[ ]+{word}){{0,4}})"
                         rf"(?![\p{{L}}\p{{M}}\p{{N}}])")


def _foreign_media(ctx, s, found, name_spans):
    """Foreign papers, sites and agencies named after their classifier (``data/organizations.json``
    ``foreign_media_cues``): ``tờ The Guardian``, ``theo trang Sichuan Guancha``, ``hãng tin AP``."""
    taken = [(a, b) for a, b, *_ in found] + list(name_spans)
    out = []
    for m in _media_rx().finditer(s.text, timeout=ctx.timeout):
        a, b = m.span("n")
        if _overlaps(a, b, taken) or ctx.is_claimed(s.start + a, s.start + b):
            continue
        out.append((a, b, s.text[a:b], "other", None))
    return out


@lru_cache(maxsize=1)
def _listed_brands_rx() -> "regex.Pattern[str]":
    kinds = [nfc(w) for w in load("organizations")["brand_list_kinds"]["words"]]
    item = r"\p{Lu}[\p{L}\p{M}\p{N}&.'-]*(?:[ ]+[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&.'-]*){0,3}"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(kinds)})(?:[ ]+[\p{{Ll}}\p{{M}}]+){{0,4}}[ ]*\("
                         rf"(?P<items>{item}(?:[ ]*,[ ]*{item})+)(?:[ ]*(?:…|\.\.\.))?\)")


_ITEM = regex.compile(r"[^,…()]+")


def _listed_brands(ctx, s, found, name_spans):
    """Companies listed by their names in parentheses after a plural of their kind (``data/organizations.json``
    ``brand_list_kinds``): ``các tập đoàn toàn cầu (Landing AI, Schaeffler, Konica…)``."""
    taken = [(a, b) for a, b, *_ in found] + list(name_spans)
    out = []
    for m in _listed_brands_rx().finditer(s.text, timeout=ctx.timeout):
        for im in _ITEM.finditer(s.text, m.start("items"), m.end("items"), timeout=ctx.timeout):
            a = im.start() + len(im.group()) - len(im.group().lstrip())
            b = im.end() - (len(im.group()) - len(im.group().rstrip()))
            if b <= a or _overlaps(a, b, taken) or ctx.is_claimed(s.start + a, s.start + b):
                continue
            if lookup_province(s.text[a:b]):
                continue  # "các doanh nghiệp (Hà Nội, Bắc Ninh)": places, not companies
            out.append((a, b, s.text[a:b], "enterprise", None))
    return out


@lru_cache(maxsize=1)
def _lower_department_rx() -> "regex.Pattern[str]":
    fields = [nfc(w) for w in load("organizations")["lower_case_departments"]["words"]]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])phòng(?=[ ]+(?:{_field_names(fields)})(?![\p{{L}}\p{{M}}]))")


def _lower_case_departments(ctx, s, found, name_spans, prov_spans, main):
    """A district's department written with a lower-case ``phòng`` before its field (``data/organizations.json``
    ``lower_case_departments``): read as if written ``Phòng`` (``phòng Nội vụ huyện`` → ``Phòng Nội vụ huyện``)."""
    t = ctx.timeout
    taken = [(a, b) for a, b, *_ in found]
    out = []
    for m in _lower_department_rx().finditer(s.text, timeout=t):
        a = m.start()
        if _overlaps(a, m.end(), taken):
            continue
        shadow = Sentence(s.index, s.start, s.end, s.text[:a] + "P" + s.text[a + 1:])
        hm = vocab().org_rx.match(shadow.text, a, timeout=t)
        if hm is None or hm.group() != "Phòng":
            continue
        for x in _org_at(ctx, shadow, hm, name_spans, prov_spans, main) or []:
            if not _overlaps(x[0], x[1], taken):
                out.append(x)
                taken.append((x[0], x[1]))
    return out


_STANDING_KINDS = frozenset({"people's committee", "people's council", "party committee"})


@lru_cache(maxsize=1)
def _standing_rx() -> "regex.Pattern[str]":
    leads = [nfc(w) for w in load("organizations")["standing_bodies"]["words"]]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(leads)})[ ]+$")


@lru_cache(maxsize=1)
def _standing_heads() -> frozenset:
    """The first words of the local committees a standing body is named after (not ``Ban Bí thư``, whose
    ``Thường trực`` is a position)."""
    return frozenset({"UBND", "HĐND", "Ủy", "Uỷ", "Hội", "Đảng"} | {h.split()[0] for h in _party_levels()})


def _standing_bodies(ctx, s, found, chains):
    """A committee or council named after ``Thường trực`` (``data/organizations.json`` ``standing_bodies``)
    is that body's standing members: ``Thường trực HĐND huyện`` → ``Thường trực Hội đồng nhân dân huyện``;
    not after a title head (``Phó Chủ tịch Thường trực UBND tỉnh``), ``Ban`` or inside a title chain."""
    t = ctx.timeout
    d = vocab()
    out = []
    for a, b, name, kind, prov in found:
        local = kind in _STANDING_KINDS and s.text[a:b].split(" ", 1)[0] in _standing_heads()
        lm = _standing_rx().search(s.text, max(0, a - 20), a, timeout=t) if local else None
        if lm is not None:
            lead = lm.start()
            before = s.text[:lead].rstrip()
            prevw = before.split()[-1] if before.split() else ""
            after_title = any(m.end() == len(before) for m in d.title_rx.finditer(
                before, max(0, len(before) - 60), overlapped=True, timeout=t))
            in_chain = any(x <= lead < y for titles in chains for x, y in titles)
            if not after_title and not in_chain and prevw.casefold() != "ban":
                lead_text = " ".join(s.text[lead:lm.end()].split())
                out.append((lead, b, lead_text + " " + name, kind, prov))
                continue
        out.append((a, b, name, kind, prov))
    return out


@lru_cache(maxsize=1)
def _local_levels() -> tuple[frozenset, frozenset, "regex.Pattern[str]"]:
    d = load("organizations")["local_level_bodies"]
    levels = frozenset(nfc(w) for w in d["words"])
    plural = frozenset(nfc(w) for w in load("organizations")["local_level_plurals"]["words"])
    listed = regex.compile(rf"[ ]*(?:,|và|hoặc|/)[ ]*(?:{alt(levels)})(?![\p{{L}}\p{{M}}])")
    return levels, plural, listed


def _one_local_body(text: str, a: int, b: int, t: float) -> bool:
    """Whether the body ``text[a:b]`` named by its level only (``UBND huyện``) is one body: not followed by
    another level (``UBND xã, phường``) nor said after a plural in its clause (``các sở, ngành và UBND xã``)."""
    _, plural, listed = _local_levels()
    if listed.match(text, b, timeout=t):
        return False
    clause = regex.split(r"[.;:!?\n]", text[max(0, a - 80):a], timeout=t)[-1]
    return not any(x.casefold() in plural for x in clause.split())


@lru_cache(maxsize=1)
def _countries_rx() -> "regex.Pattern[str]":
    words = [nfc(w) for w in load("people")["countries"]["words"] if " " in w]
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alt(words) + r")(?![\p{L}\p{M}])")


def _inside_country(text: str, a: int, b: int, t: float) -> bool:
    """Whether ``text[a:b]`` lies inside the name of a country of several words."""
    for cm in _countries_rx().finditer(text, max(0, a - 20), min(len(text), b + 20), timeout=t):
        if cm.start() < a < cm.end() or cm.start() < b < cm.end():
            return True
    return False


@lru_cache(maxsize=1)
def _department_fields() -> frozenset:
    """Fields of ministries and departments (``Tài chính``, ``Tài nguyên và Môi trường``), from
    ``complete_org_names`` and the organisation abbreviations, case-folded."""
    out = {" ".join(nfc(w)[len("Bộ "):].casefold().split()) for w in load("people")["complete_org_names"]["words"]
           if w.startswith("Bộ ")}
    out |= {" ".join(nfc(x["full"]).casefold().split()) for x in load("abbreviations")["abbreviations"]
            if x.get("kind") == "org"}
    return frozenset(out)


_FIELD_ITEM_SEMI = regex.compile(r"[ ]*(?P<f>\p{Lu}[^;.…]{0,60}?)[ ]*(?=[;.…]|$)")
_FIELD_ITEM = regex.compile(r"[ ]*(?P<f>\p{Lu}[\p{L}\p{M}&]*(?:[ ]+[\p{L}\p{M}&]+){0,6}?)[ ]*(?=[;,.…(]|$)")


@lru_cache(maxsize=1)
def _list_lead_rx() -> "regex.Pattern[str]":
    return regex.compile("|".join(load("people")["department_lists"]["patterns"]))


def _department_lists(ctx, s, found, name_spans, prov_spans, main):
    """Departments named by their fields only (``data/people.json`` ``department_lists``):
    after ``các sở:`` (items split at ``;`` when there is one, else at ``,``), and after a named
    department with a comma (``Sở KH&ĐT, TN&MT``)."""
    d = vocab()
    t = ctx.timeout
    text = s.text
    taken = [(a, b) for a, b, *_ in found]
    starts: list[tuple[int, str]] = []
    for m in _list_lead_rx().finditer(text, timeout=t):
        end = text.find(".", m.end())
        end = len(text) if end < 0 else end
        sep = ";" if ";" in text[m.end():end] else ","
        starts.append((m.end(), sep))
    for a, b, name, *_ in found:
        if name.startswith("Sở ") and text[b:b + 1] == "," and not text[a:b].endswith(")"):
            starts.append((b + 1, "shared"))  # "Sở KH&ĐT, TN&MT": the head is shared
    out = []
    for pos, sep in starts:
        shared = sep == "shared"
        sep = "," if shared else sep
        first = True
        while pos < len(text):
            if not first:
                if text[pos:pos + 1] != sep:
                    break
                pos += 1
            first = False
            im = (_FIELD_ITEM if sep == "," else _FIELD_ITEM_SEMI).match(text, pos, timeout=t)
            if not im:
                break
            fa, fb = im.start("f"), im.end("f")
            item = text[fa:fb]
            pos = im.end()
            if d.org_rx.match(text, fa, timeout=t) or d.title_rx.match(text, fa, timeout=t) or \
                    _overlaps(fa, fb, taken) or _overlaps(fa, fb, name_spans):
                continue  # "Công an tỉnh": a body of its own
            if any(fa <= x - s.start and y - s.start <= fb for x, y, _ in prov_spans) or \
                    regex.search(r"\s(?:xếp|đạt|có|được|là)\s|\d", item, timeout=t):
                break  # a place, or a clause: the list is over
            if item.split()[0] in d.admin or (shared and expand(item, t).casefold() not in _department_fields()):
                break  # "Sở Nội vụ, TX Phổ Yên": no field of a department
            oname, oprov = org_name(ctx, "Sở " + item, main, "Sở")
            out.append((fa, fb, oname, "department", oprov))
            taken.append((fa, fb))
    return out


def _named(ctx, raw: str, head: str, kind, main, prov_here):
    name, prov = org_name(ctx, raw, main, head)
    return name, _kind_label(kind, raw), prov_here or prov


def _kind_label(kind: Optional[str], raw: str) -> str:
    label = _KIND_LABEL.get(kind or "", "other")
    if kind == "board":
        if regex.search(r"HĐND|Hội đồng nhân dân", raw, timeout=1):
            return "people's council"
        if regex.search(r"Tỉnh ủy|Thành ủy|Huyện ủy|Đảng", raw, timeout=1):
            return "party committee"
    return label


# --------------------------------------------------------------------------- bodies in titles

def _implied_orgs(ctx, s, titles, prov_spans, main):
    """Organisations whose head word is the end of a title head: ``Trưởng đoàn ĐBQH tỉnh X`` →
    ``Đoàn Đại biểu Quốc hội tỉnh X``; ``Phó Trưởng Ban Dân vận Trung ương`` → ``Ban Dân vận
    Trung ương``; with the parent named after ``của``. ``titles`` are one official's title
    spans (sentence-relative); the results are absolute offsets."""
    d = vocab()
    t = ctx.timeout
    text = ctx.text
    out = []
    for a, b in titles:
        th = d.title_rx.match(text, s.start + a, timeout=t)
        if not th:
            continue
        g = th.group().split()
        v = d.implied_org.get(" ".join(g[-2:]).casefold())
        if not v:
            continue
        ostart = th.end() - len(g[-1])
        at = th.group().casefold().rfind(v.casefold())
        if at >= 0 and " " in v:
            ostart = th.start() + at  # "Phó Trưởng ban Chỉ đạo Hội nghị": the body's text starts at "ban"
        body = _before_joiner(text, scan_body(ctx, text, th.end(), s.start + b, set()), th.end())
        if not body.words:
            continue
        raw = v + text[th.end():body.end]
        first = text[body.words[0][0]:body.words[0][1]]
        if first == v:
            # "Phó Trưởng ban Ban Chỉ đạo …", "Trưởng đoàn Đoàn …": the body is written out after the title
            ostart = body.words[0][0]
            raw = text[ostart:body.end]
        oname, oprov = org_name(ctx, raw, main, v)
        if _unnamed_institution(oname):
            continue
        head = next((h for h in sorted(d.org_kind, key=len, reverse=True)
                     if oname.casefold().startswith(h.casefold() + " ")), v)
        kind = _kind_label(d.org_kind.get(head), raw) if head != v or v != "Đoàn" else "working group"
        out.append((ostart, body.end, oname, kind, place_of(ctx, 0, ostart, body.end, prov_spans) or oprov))
        for q, (wa, wb) in enumerate(body.words[:-1]):
            if text[wa:wb] == "của":
                pm = d.org_rx.match(s.text, body.words[q + 1][0] - s.start, timeout=t)
                for sa, sb, sname, skind, sprov in (_org_at(ctx, s, pm, [], prov_spans, main) if pm else None) or []:
                    out.append((s.start + sa, s.start + sb, sname, skind, sprov))
                break
    return out


# --------------------------------------------------------------------------- English pages

def _english_orgs(ctx, s, prov_spans):
    """Organisation names on English-language pages (the English versions of government portals)."""
    # English text: (almost) no Vietnamese letters, i.e. UTF-8 hardly longer than the text
    if not s.text or len(s.text.encode("utf-8")) - len(s.text) > 0.03 * len(s.text):
        return []
    en_heads = vocab().en_heads
    lead_rx = _words().en_title_lead
    out = []
    for m in _EN_RUN.finditer(s.text, timeout=ctx.timeout):
        for piece in regex.finditer(r"(?:(?! and the ).)+", m.group(), timeout=ctx.timeout):
            txt = piece.group()
            strip = regex.match(r"(?:and[ ]+)?(?:[Tt]he[ ]+)?", txt, timeout=ctx.timeout).end()
            txt, pstart = txt[strip:], piece.start() + strip
            lead = lead_rx.match(txt, timeout=ctx.timeout)
            off = m.start() + pstart + (lead.end() if lead else 0)
            txt = txt[lead.end():] if lead else txt
            heads = [w for w in txt.split() if w in en_heads]
            if not heads or len(txt.split()) < 2:
                continue
            kind = en_heads[heads[-1]]
            out.append((off, off + len(txt), txt, kind, place_of(ctx, s.start, off, off + len(txt), prov_spans)))
    return out
