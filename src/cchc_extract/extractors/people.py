"""Officials (docs/format.md ``official``; GUIDE §10).

Takes the sentences and the ``province`` facts; gives ``official`` facts (``name``,
``titles``, ``organization``, ``province``, ``honorific``, ``resolved``), and leaves in
``ctx.person_spans`` what the ``organizations`` stage needs: for each sentence index, the spans
of its person names and the title spans of each official emitted (sentence-relative,
:class:`~cchc_extract.extractors.base.SentencePeople`). Rules and
gazetteers, no statistical model; the language data is in ``data/people.json`` (surnames,
honorifics, title heads and prefixes, words after which a name is a place, clause words …) and
``data/abbreviations.json``; what is shared with ``organizations`` is in :mod:`.titles`.

Persons
    A *name* is a run of 2–5 capitalised syllables (``Mai Tiến Dũng``, ``Y Thanh Hà Niê Kđăm``,
    ``H'Hen Niê``) that starts with a known surname, or any such run right after an address
    word (``ông``, ``bà``, ``đồng chí``, ``Mr.``). Syllables covered by a province mention, a
    title head, an honorific or an organisation head are never part of a name, which splits
    ``Tỉnh ủy Thái Nguyên Nguyễn Thanh Hải`` correctly. Two-syllable names need an anchor (a
    title or honorific before, or a title after). Not persons: a name right after a place or
    school word (``đường Lê Lợi``, ``trường THPT Nguyễn Trãi``, ``Quảng trường Hồ Chí Minh``),
    a bare ``Hồ Chí Minh`` (the city is ``TP Hồ Chí Minh``; ``Chủ tịch Hồ Chí Minh`` IS the
    person), a name that is the body of an organisation (``Đại học Tôn Đức Thắng``).
    Names in all-capital headline lines inside the body are read too (``BÍ THƯ TỈNH ỦY
    NGUYỄN THANH HẢI`` → ``Nguyễn Thanh Hải``). A name with no Vietnamese surname is a person
    after an address word, or after or before a title when it reads as foreign (a syllable no
    Vietnamese word has: ``Tổng thống Joe Biden``, ``Thống đốc Pennsylvania Josh Shapiro`` →
    its last two words); a foreign surname alone resolves to the full name written elsewhere
    in the article (``Phó tổng thống Harris`` → ``Kamala Harris``). A name ending in a middle
    name (``Lê Văn…``), or of two syllables right before an ellipsis (``Lê Quang…``), is cut off
    and not read. Foreign names may hold lower-case particles (``Erik ten Hag``) and hyphens
    (``Kim Sang-sik``). A country, continent or US state written between a title and a name
    belongs to the title (``Tổng thống Nga Vladimir Putin``, ``Chủ tịch Hội đồng châu Âu Charles
    Michel``; ``data/people.json`` ``countries``), and alone after a title is no person
    (``Thủ tướng New Zealand``); a first word that stands alone elsewhere in the article is the
    title's body (``CEO Apple Tim Cook``). After ``huyện``, ``xã`` … the place comes first
    (``Chủ tịch UBND huyện Đại Từ Phạm Văn Ích``). Not persons either: a name without a surname
    inside the title chain of a person already read (``ông A, Tổng giám đốc Bamboo Airways``), one
    foreign word after the head of a body (``Chủ tịch Vingroup``), a group after a plural
    (``các thành viên Hezbollah``), the surnames and initials of a line-up table.

Officials
    Only a person given a role somewhere in the article is an official (GUIDE §12): a citizen
    quoted (``chị Nguyễn Thị Hoa, người dân …``), a signer row, an author with a degree only are
    not, nor is a lower-case membership of an unnamed group (``thành viên tổ hợp tác``); once a
    role is given, every mention of the person is emitted. A line opened by a metadata label
    (``Tác giả:``, ``Người ký:``, ``| Người ký |``, ``Bài và ảnh:``; ``metadata_labels``) gives no
    official, whatever role it states.

Mentions
    Titles before the name (``Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng``; ``đồng chí Phó Chủ
    tịch UBND tỉnh Nguyễn Văn A``), after it, separated by a comma or dash (``ông Nguyễn Văn
    A, Giám đốc Sở Nội vụ tỉnh X cho biết``; ``Ông Nguyễn Văn Hiển – Phó Giám đốc …``), or in
    parentheses after it. A title is a head (``Giám đốc``, with prefixes ``Phó``, ``Quyền`` …)
    and a body (the organisation) that ends at punctuation, a clause word (``đã``, ``cho
    biết``, ``chủ trì`` …) or another name. Titles are split at commas and dashes between
    positions, parentheticals dropped, abbreviations expanded. A bare parent body after a
    comma (``Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ``) belongs to the mention but is
    not a title. ``organization`` is the body of the first executive title (not ``Ủy viên``,
    ``Đại biểu`` …: ``non_executive_titles``). A title after a plural word is shared by the bare
    names listed after it (``các Phó Chủ tịch UBND tỉnh: A, B và C``; ``shared_title_lists``), also a
    chain of titles, a former holder's (``các đồng chí nguyên Phó Chủ tịch …: A, B``) and a list opened
    by ``là`` (``các đồng chí Tỉnh ủy viên, Phó Chủ tịch UBMTTQ tỉnh là A, B``). After an addressed name,
    a lower-case title of several words that leads a body may follow without a comma (``đồng chí A ủy
    viên ban thường vụ huyện ủy``). In
    a parenthesis that opens with a birth year or an address (``sinh năm 1973, trú …``), the
    position comes after them (``bio_parentheses``). A title right after one person's name is
    that person's, not the next one's (``ông A, Tổng thống X, Bộ trưởng Y B``; a name opening the
    next line), and a title said of another person in its clause (``dù bà A được đề cử làm Phó
    Chủ tịch, ông B …``) is not the next person's either.

Coreference
    ``ông Dũng``, ``Bộ trưởng Dũng``, ``đồng chí Hải`` (an address word or title and one
    capitalised syllable) resolve to the one full name introduced earlier in the article
    whose last syllable is that given name (``resolved=True``); so do the end of one earlier full
    name (``đại biểu Kim Yến`` after ``Trần Kim Yến``) and a foreign name without its last word
    (``Manuel Tovar`` after ``Manuel Tovar Rivera``). The names accepted in a sentence, and the
    given names of people named earlier, end the title chains of the others (``đại biểu Cường,
    Bộ trưởng Khánh cho hay``). Decision: when two earlier
    people share the given name, or none was introduced, the short reference is NOT
    emitted — a wrong name is worse for a researcher than a missing mention.

Captions
    A paragraph wrapped in parentheses is a photo caption: no facts are read from it.

Line wraps
    A line that ends inside a title chain (no final punctuation, a title head in its last words,
    ending with it or a lower-case word) is read with the next line (``… Phó Chủ tịch⏎UBND
    tỉnh …``); the mention's text is the part in the sentence of the name (a fact stays inside
    its sentence), its titles the whole chain.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Optional

from .. import rx as regex

from ..gazetteer import lookup_province, province_names
from ..models import Official
from ..resources import load
from .base import Sentence, SentencePeople, extractor
from .titles import (SPACES, WORD, alt, captions, decap, drop_parens, expand, is_cap, nfc, org_name, place_of,
                     scan_body, vocab, words_before, workplace)

__all__ = ["extract", "expand", "decap"]

_SYL = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]*(?:-[\p{Ll}\p{M}]+|-\p{Lu}[\p{Ll}\p{M}]+)?"  # "Kim Sang-sik", "Walter-Steinmeier"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’&])(?:{_SYL})(?:[ ](?:{_SYL})){{0,7}}(?![\p{{L}}\p{{M}}\p{{N}}'’&])")


@lru_cache(maxsize=1)
def _run_rx() -> "regex.Pattern[str]":
    """A run of capitalised syllables, with the lower-case particles of foreign names between two
    of them (``Erik ten Hag``, ``Ursula von der Leyen``)."""
    parts = alt(nfc(w) for w in load("people")["name_particles"]["words"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’&])(?:{_SYL})(?:[ ](?:(?:{parts})[ ]){{0,2}}(?:{_SYL})){{0,7}}"
                         rf"(?![\p{{L}}\p{{M}}\p{{N}}'’&])")
_UPPER_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}+(?:[ ]\p{Lu}+){1,9}(?![\p{L}\p{M}\p{N}])")
_PAREN_BEFORE = regex.compile(r"\([^()\n]{1,40}\)[ ]*$")
_ABBR_HEAD = regex.compile(r"[ ]+(\p{Lu}{2,6})(?![\p{L}\p{M}\p{N}])")  # an abbreviated title right after a name
_SEP_AFTER = regex.compile(r"[ \t]*(?:,|[-–—]|:)[ \t]*")
_DASH_BEFORE = regex.compile(r"[ ]+[-–—][ ]+$")
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
_NONSPACE = regex.compile(r"\S+")


@dataclass
class _Data:
    """The name and title word lists, compiled."""
    surnames: frozenset
    multi_surnames: frozenset
    hon_rx: "regex.Pattern[str]"        # an address word, degree or honour (not a rank)
    hon: dict                           # word → honorifics entry
    cap_address_rx: "regex.Pattern[str]"    # "Ông", "Đồng chí" … opening a sentence or clause
    cap_address_end_rx: "regex.Pattern[str]"  # the same, right before a name
    not_title_after: frozenset
    non_executive: tuple
    province_words: frozenset
    not_place_compounds: frozenset
    middle_only: frozenset
    person_after_admin: frozenset
    countries: frozenset                # country and continent names ("Nga", "New Zealand", "châu Âu")
    subject_verbs: frozenset            # one-word verbs after the subject of a clause ("nói", "đã")
    plural_words: frozenset             # "các", "những": a title after them names a group
    leader_heads: tuple = ()            # "Chủ tịch", "CEO": one foreign word after them is a body
    bare_non_roles: frozenset = frozenset()  # "đội trưởng" alone: a captain, no role
    work_title_words: frozenset = frozenset()  # "By", "Over": a capitalised run holding them names a work
    body_words: frozenset = frozenset()  # "League", "Hotspur", "Fed": a capitalised run holding them names a body
    cap_words: frozenset = frozenset()  # "Ông", "Bà" … written with a capital
    role_after_rx: Optional["regex.Pattern[str]"] = None   # "được bầu giữ chức" after a mention
    role_before_rx: Optional["regex.Pattern[str]"] = None  # "chức danh" before a position and "đối với"
    role_link_rx: Optional["regex.Pattern[str]"] = None    # "đối với" right before a mention
    role_trailing_rx: Optional["regex.Pattern[str]"] = None  # "nhiệm kỳ" left at the end of a position
    list_lead_rx: Optional["regex.Pattern[str]"] = None   # "đồng chí" between "các" and a shared title
    name_list_rx: Optional["regex.Pattern[str]"] = None   # bare names, each closed by "," or "và"
    list_opener_rx: Optional["regex.Pattern[str]"] = None  # " là " opening a list of names after a shared title
    former_prefixes: frozenset = frozenset()               # "nguyên", "cựu": a former holder's title
    label_line_rx: Optional["regex.Pattern[str]"] = None  # "Tác giả:", "| Người ký |" opening a line
    head_not_after: frozenset = frozenset()               # "Ban", "Phủ": a title head after them is a name
    bio_rx: Optional["regex.Pattern[str]"] = None         # "sinh năm 1973," opening a parenthesis
    title_prefix_words: frozenset = frozenset()           # "nguyên", "cựu" before a position


@lru_cache(maxsize=1)
def _data() -> _Data:
    p = load("people")
    surnames = frozenset(nfc(s["name"]) for s in p["surnames"])
    hon = {nfc(h["word"]): h for h in p["honorifics"]}
    non_rank = [w for w, h in hon.items() if not h.get("is_title")]
    hon_rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alt(non_rank)})(?![\p{{L}}\p{{M}}\p{{N}}])")
    cap = alt(nfc(w) for w in p["capitalised_address_words"]["words"])

    def words(key):
        return [nfc(w) for w in p[key]["words"]]

    return _Data(
        surnames=surnames,
        multi_surnames=frozenset(s for s in surnames if " " in s),
        hon_rx=hon_rx,
        hon=hon,
        cap_address_rx=regex.compile(rf"(?:^|(?<=[.:;,“\"(\[–—-]\s*))({cap})(?=\s)"),
        cap_address_end_rx=regex.compile(rf"(?<![\p{{L}}\p{{M}}])({cap})[ ]+$"),
        not_title_after=frozenset(words("not_title_after")),
        non_executive=tuple(words("non_executive_titles")),
        province_words=frozenset(words("province_words")),
        not_place_compounds=frozenset(words("not_place_compounds")),
        middle_only=frozenset(words("middle_only")),
        person_after_admin=frozenset(nfc(w) for w in words("person_after_admin_surnames")),
        countries=frozenset(words("countries")),
        subject_verbs=frozenset(words("subject_verbs")),
        plural_words=frozenset(words("plural_words")),
        leader_heads=tuple(words("org_leader_heads")),
        bare_non_roles=frozenset(w.casefold() for w in words("bare_non_roles")),
        work_title_words=frozenset(words("work_title_words")),
        body_words=frozenset(words("english_body_words")),
        cap_words=frozenset(nfc(w) for w in p["capitalised_address_words"]["words"]),
        role_after_rx=regex.compile(
            rf"[ ]+(?:(?:{alt(nfc(w) for w in p['role_verbs_after']['auxiliaries'])})[ ]+){{0,2}}"
            rf"(?:{alt(words('role_verbs_after'))})[ ]+"),
        role_before_rx=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{alt(words('role_words_before'))})[ ]+"),
        role_trailing_rx=regex.compile(
            rf"[ ]+(?:{alt(nfc(w) for w in p['role_verbs_after']['trailing'])})$"),
        role_link_rx=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{alt(nfc(w) for w in p['role_words_before']['links'])})[ ]+$"),
        head_not_after=frozenset(words("head_not_after")),
        bio_rx=regex.compile(rf"[ ]*(?i:{alt(nfc(w) for w in p['bio_parentheses']['words'])})[ ]"),
        title_prefix_words=frozenset(nfc(w) for w in p['bio_parentheses']['prefixes']),
        label_line_rx=regex.compile(
            rf"[ |]*(?i:{alt(nfc(w) for w in p['metadata_labels']['words'])})[ ]*[:|]"),
        list_lead_rx=regex.compile(
            rf"[ ]+(?:(?:{alt(nfc(w) for w in p['shared_title_lists']['words'])})[ ]+)?"),
        list_opener_rx=regex.compile(
            rf"[ ]+(?:{alt(nfc(w) for w in p['shared_title_lists']['openers'])})[ ]+(?=\p{{Lu}})"),
        former_prefixes=frozenset(nfc(w).casefold() for w in p['shared_title_lists']['former']),
        name_list_rx=regex.compile(
            rf"[ ]*(?:(?:{alt(nfc(w) for w in p['shared_title_lists']['address'])})[ ]+)?"
            rf"{_SYL}(?:[ ]{_SYL}){{1,4}}"
            rf"(?:[ ]*,[ ]*|[ ]+(?:{alt(nfc(w) for w in p['shared_title_lists']['joiners'])})[ ]+)"
            rf"(?:(?:(?:{alt(nfc(w) for w in p['shared_title_lists']['address'])})[ ]+)?"
            rf"{_SYL}(?:[ ]{_SYL}){{1,4}}"
            rf"(?:[ ]*,[ ]*|[ ]+(?:{alt(nfc(w) for w in p['shared_title_lists']['joiners'])})[ ]+))*"),
    )


# --------------------------------------------------------------------------- entry point

@extractor(produces=("official", "person_spans"),
           requires=("province",))
def extract(ctx) -> None:
    text = ctx.text
    prov_by_sentence: dict[int, list] = {}  # province mentions per sentence: no scan of the whole article
    for f in ctx.facts:
        if f.type == "province":
            prov_by_sentence.setdefault(f.sentence, []).append((f.start, f.end, f.name))
    main = ctx.main_province
    introduced: list[str] = []          # full names, in order of first mention
    t = ctx.timeout
    acronyms = _defined_acronyms(ctx)
    org_kind = vocab().org_kind
    caps = captions(ctx)
    pending: list[tuple] = []   # officials, added once the whole article is read (a role anywhere counts)
    with_role: set[str] = set()
    for s, parts in _units(ctx):
        prov_spans = [p for q in parts for p in prov_by_sentence.get(q.index, [])]
        if any(a <= s.start and s.end <= b for a, b in caps):
            continue  # a paragraph wrapped in parentheses is a photo caption
        if _data().label_line_rx.match(s.text, timeout=t):
            continue  # "Tác giả: …", "Người ký: …": an author's or signer's line is metadata
        names = _find_names(ctx, s, prov_spans)
        accepted: list[_Name] = []
        mentions: list[_Mention] = []
        given = {full.split()[-1] for full in introduced}
        # where a person's name starts: a full name, or the given name of someone named earlier
        # ("đại biểu Cường, Bộ trưởng Khánh cho hay": "Khánh" is not the body of a title)
        strong = sorted(n.start for n in names if (not n.weak and not n.short and not _after_place_word(s.text, n))
                        or (n.short and n.name in given and _ends_name(s.text, n.end)))
        in_paren = {n.start for n in names if n.syllables == 2 and not n.placed and not n.short
                    and _in_paren_after_name(s.text, n, strong)}
        strong = [a for a in strong if a not in in_paren]
        taken: list[tuple[int, int]] = []   # the title spans of the mentions accepted so far
        for nm in names:
            if (nm.weak or nm.short) and not _directly_after_anchor(ctx, s.text, nm.start):
                # a foreign name may have its title further before or after it
                if not (nm.weak and not nm.short and _foreign_name(ctx, s.text, nm)):
                    continue
            if nm.weak and nm.syllables >= 3 and not nm.placed and _after_place_word(s.text, nm):
                continue  # "cuộc thi Miss Grand International": the name of the thing
            if nm.weak and nm.syllables >= 3 and not nm.placed and not _honorific_before(ctx, s.text, nm.start):
                nm = _trim_named_elsewhere(ctx, s.text, nm)  # "CEO Apple Tim Cook"
                nm = _trim_to_tail_written(ctx, s.text, nm)  # "nhà sáng lập Amazon Jeff Bezos"
            if nm.weak and not nm.short:
                nm = _trim_body_words(s.text, nm)  # "Chủ tịch Fed Jerome Powell"
            if (nm.weak or nm.syllables == 2) and not nm.placed and _inside_title(ctx, s.text, nm, taken):
                continue  # "ông Lương Hoài Nam, Tổng giám đốc Bamboo Airways": the body of his title
            if nm.start in in_paren:
                continue  # "ông A (Chủ tịch Công ty Giáo dục Văn Lang)": the end of the body of A's title
            mn = _build_mention(ctx, s, nm, strong)
            if not _accept(ctx, s, nm, mn):
                continue
            accepted.append(nm)
            mentions.append(mn)
            taken.extend(mn.titles)
        extra = sorted({n.start for n in accepted} - set(strong))
        if extra:
            # a foreign or short name accepted is where another person's title chain ends too
            starts = sorted(set(strong) | set(extra))
            mentions = [_build_mention(ctx, s, mn.name, starts) for mn in mentions]
        chains: list[list] = []
        listed = sorted(set(strong) | {n.start for n in accepted})  # where each accepted person's name starts
        for mn in mentions:
            nm = mn.name
            resolved = False
            name = nm.name
            if nm.short:
                cands = {full for full in introduced if full.split()[-1] == name}
                if not cands and nm.weak:
                    # "Thủ tướng Kishida Fumio" … "ông Kishida": a foreign family name written first
                    cands = {full for full in introduced if full.split()[0] == name
                             and full.split()[0] not in _data().surnames}
                if not cands and nm.weak and _foreign_syllable(name):
                    # "Phó tổng thống Harris": the full name written elsewhere ("Kamala Harris"), or
                    # a one-word foreign name after its title ("huấn luyện viên Xavi"), but not after
                    # the head of a body ("Chủ tịch Vingroup", "CEO Apple")
                    cands = _written_full_names(ctx, name) or \
                        (set() if _after_leader_head(s.text, nm.start) else {name})
                if len(cands) != 1:
                    continue
                name = cands.pop()
                resolved = name != nm.name
                if name not in introduced:
                    introduced.append(name)
            else:
                # "đại biểu Kim Yến" after "Trần Kim Yến": the end of one full name written earlier
                longer = {full for full in introduced if full.endswith(" " + name)} or \
                    ({full for full in introduced if full.startswith(name + " ")} if nm.weak else set())
                # a foreign name without its last word: "Manuel Tovar" after "Manuel Tovar Rivera"
                if len(longer) == 1:
                    name = longer.pop()
                    resolved = True
                elif name not in introduced:
                    introduced.append(name)
            titles: list[str] = []
            for a, b in _list_title(ctx, s.text, mn, listed) + mn.titles + _verb_roles(ctx, s.text, mn, strong):
                for ti in _split_title(ctx, text[s.start + a:s.start + b]):
                    if ti not in titles:
                        titles.append(ti)
            titles = _written_out(titles, acronyms, t)
            org = _main_org(ctx, titles)
            chain_prov = place_of(ctx, s.start, mn.start, mn.end, prov_spans)
            prov = chain_prov
            org_name_ = None
            if org:
                head = next((h for h in sorted(org_kind, key=len, reverse=True) if org.startswith(h)), "")
                org_name_, oprov = org_name(ctx, org, chain_prov or main, head, liberal=True)
                prov = prov or oprov
            elif titles and any(regex.search(r"\btỉnh\b|Tỉnh ủy|\bSở\b", ti, timeout=t) for ti in titles):
                prov = main
            if any(_is_role(ti) for ti in titles):
                with_role.add(name)
            a, b = s.start + mn.start, s.start + mn.end
            home = next((q for q in parts if q.start <= s.start + nm.start < q.end + 1), parts[0])
            a, b = max(a, home.start), min(b, home.end)  # a fact stays inside its sentence
            pending.append((a, b, dict(
                name=name, titles=titles, organization=org_name_, province=prov, honorific=mn.honorific,
                resolved=resolved)))
            chains.append((mn.name.start, mn.titles))
        for q in parts:  # offsets relative to each sentence of the unit
            shift = q.start - s.start
            ctx.person_spans[q.index] = SentencePeople(
                [(n.start - shift, n.end - shift) for n in accepted if q.start <= s.start + n.start < q.end + 1],
                [[(a - shift, b - shift) for a, b in ch] for at, ch in chains if q.start <= s.start + at < q.end + 1])
    # a person never given a role in the article (a citizen quoted, an athlete) is not an official
    for a, b, fields in pending:
        if fields["name"] in with_role:
            ctx.add(Official, a, b, claim=False, **fields)


_END_PUNCT = frozenset(".!?…:;\"”)]")


def _units(ctx):
    """The sentences, with a line broken inside a title chain joined to the next one
    (``… Phó Chủ tịch\\nUBND tỉnh …``): a sentence that does not end in punctuation, with a title
    head in its last words and ending with it or with a lower-case or administrative word (not
    with a name: ``Chủ tịch Hồ Chí Minh`` ends a heading), followed on the next line by a
    capitalised word; or ending with a capitalised word and followed by a line starting in lower
    case (``… Sở Nông nghiệp và Phát triển⏎nông thôn …``). The joined text has spaces for the line breaks (offsets unchanged)."""
    sents = list(ctx.sentences())
    text = ctx.text
    v = vocab()
    i = 0
    while i < len(sents):
        parts = [sents[i]]
        while i + 1 < len(sents):
            cur, nxt = parts[-1], sents[i + 1]
            gap = text[cur.end:nxt.start]
            tail = cur.text.rstrip()
            first = nxt.text.split(" ", 1)[0]
            lower_next = nxt.text[:1].islower()
            if not tail or tail[-1] in _END_PUNCT or gap.count("\n") != 1 or gap.strip() or len(tail) > 400:
                break  # "… Sở Nội vụ⏎tỉnh Thái Nguyên …", "… Sở Thông tin⏎và Truyền thông …" go on
            last = tail.split()[-1]
            cap_end = any(is_cap(x) for x in tail.split()[-2:])  # "Phát triển": a name's last syllables
            heads = list(v.title_rx.finditer(tail, max(0, len(tail) - 60), timeout=ctx.timeout))
            ends_title = bool(heads) and (heads[-1].end() == len(tail) or not is_cap(last) or last in v.admin or
                                          bool(v.org_rx.fullmatch(last, timeout=ctx.timeout)) or  # "… UBND⏎tỉnh …"
                                          (lower_next and cap_end))  # "… và Phát triển⏎nông thôn …"
            # a head broken by the line ("… Ủy ban nhân⏎dân tỉnh …"), or a chain going on after a
            # comma ("Bà Nguyễn Thị Hà,⏎Phó Giám đốc Sở Tư pháp …")
            left = tail[-30:]
            joined = f"{left} {nxt.text[:30]}"
            crosses = any(m.start() < len(left) < m.end()
                          for rx in (v.org_rx, v.title_rx) for m in rx.finditer(joined, timeout=ctx.timeout))
            chain_on = tail[-1] == "," and nxt.text[:1].isupper() and \
                bool(v.title_rx.match(nxt.text, timeout=ctx.timeout))
            ends_title = ends_title or crosses or chain_on
            if not (nxt.text[:1].isupper() or first in v.admin or first in v.links or (lower_next and cap_end)
                    or crosses):
                break
            if not ends_title or _data().cap_address_rx.match(nxt.text):
                break  # "… Cộng sản⏎Ông Minh cho biết": a new sentence
            if v.title_rx.match(nxt.text, timeout=ctx.timeout) and nxt.text[:1].isupper() and tail[-1] not in ",-–—":
                break  # "… hai tân Phó thủ tướng Chính phủ⏎Phó thủ tướng Trần Hồng Hà …": a new paragraph
            parts.append(nxt)
            i += 1
        i += 1
        if len(parts) == 1:
            yield parts[0], parts
        else:
            a, b = parts[0].start, parts[-1].end
            yield Sentence(parts[0].index, a, b, text[a:b].replace("\n", " ")), parts


# --------------------------------------------------------------------------- names

class _StartSet:
    """Membership in a sorted list of offsets (no set built per mention)."""

    def __init__(self, starts: list) -> None:
        self.starts = starts

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_left(self.starts, pos)
        return k < len(self.starts) and self.starts[k] == pos


@dataclass
class _Name:
    """A personal name found in a sentence."""
    start: int
    end: int
    name: str
    syllables: int
    short: bool = False   # one syllable after an address word or title: a coreference
    weak: bool = False    # no surname: a name only right after an address word
    upper: bool = False   # read from an all-capital line
    placed: bool = False  # a country was cut off before it ("Thủ tướng Hà Lan Mark Rutte")


def _blocked_spans(ctx, s, prov_spans) -> list[tuple[int, int]]:
    v = vocab()
    d = _data()
    t = ctx.timeout
    spans = [(a - s.start, b - s.start) for a, b, _ in prov_spans if a >= s.start and b <= s.end]
    for m in v.title_rx.finditer(s.text, timeout=t):
        g = m.group()
        if len(g.split()) == 1 and not g[0].isupper() and g.casefold() == "trưởng":
            continue
        spans.append(m.span())
    for m in d.hon_rx.finditer(s.text, timeout=t):
        spans.append(m.span())
    for m in d.cap_address_rx.finditer(s.text, timeout=t):
        spans.append(m.span(1))
    for m in v.org_rx.finditer(s.text, timeout=t):
        if " " not in m.group() and _inside_name(s.text, m.start(), m.end(), d):
            continue  # "Đinh Trường Thọ": an organisation head word as a middle name
        spans.append(m.span())
    return spans


_NEXT_CAP = regex.compile(r"[ ]\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")


def _inside_name(text: str, a: int, b: int, d: "_Data") -> bool:
    """A one-word head right after a surname and before a capitalised syllable, or ending a name
    of three syllables (``ông Trần Thanh Trường, Phó Giám đốc …``): a surname, a capitalised
    middle syllable, the head, then no capitalised word."""
    prev = text[max(0, a - 24):a]
    if not prev.endswith(" "):
        return False
    ws = prev.split()
    w = ws[-1] if ws else ""
    if w in d.surnames and bool(_NEXT_CAP.match(text, b)):
        return True
    if _NEXT_CAP.match(text, b):
        return False
    for k in (2, 3):  # the surname two or three words before the head, capitalised words between
        if len(ws) >= k and ws[-k] in d.surnames and all(is_cap(x) for x in ws[-k + 1:]):
            lead = ws[-k - 1] if len(ws) > k else ""
            return not is_cap(lead) or lead in d.cap_words
    return False


class _Mask:
    """Which characters of a sentence are covered by some span (constant-time look-ups)."""

    def __init__(self, n: int, spans) -> None:
        self.bits = bytearray(n + 1)
        for a, b in spans:
            self.bits[max(0, a):max(0, b)] = b"\x01" * (max(0, b) - max(0, a))

    def hits(self, a: int, b: int) -> bool:
        return 1 in self.bits[a:b]


def _find_names(ctx, s, prov_spans) -> list[_Name]:
    """Candidate person names of a sentence (offsets within the sentence)."""
    d = _data()
    t = ctx.timeout
    text = s.text
    blocked = _Mask(len(text), _blocked_spans(ctx, s, prov_spans))
    out: list[_Name] = []
    for m in _run_rx().finditer(text, timeout=t):
        syls = [(x.start() + m.start(), x.end() + m.start()) for x in _NONSPACE.finditer(m.group(), timeout=t)]
        # split into pieces of unblocked syllables
        piece: list[tuple[int, int]] = []
        pieces = []
        for a, b in syls:
            if blocked.hits(a, b):
                if piece:
                    pieces.append(piece)
                piece = []
            else:
                piece.append((a, b))
        if piece:
            pieces.append(piece)
        for pc in pieces:
            pc = _skip_place(text, pc, d)
            cut = _strip_country(text, pc, d)
            if cut:
                found = _names_in_piece(text, cut, d)
                if len(cut) < len(pc):
                    for n in found:
                        n.placed = True
                out.extend(found)
    if _mostly_upper(text, t):
        out.extend(_upper_names(ctx, text, blocked, d))
    out.sort(key=lambda n: n.start)
    return out


_PLACE_ADMIN = ("huyện", "xã", "quận", "phường", "thị xã", "thị trấn")
# the units a title may end in before its holder's name ("Trưởng thôn Lường Văn Tấn")
_TITLE_UNITS = _PLACE_ADMIN + ("thôn", "bản", "tổ dân phố", "khu phố")


def _skip_place(text: str, pc, d: _Data):
    """After ``huyện``, ``xã`` … the first syllables name the place: a name starts at a surname
    from the third syllable on (``Chủ tịch UBND huyện Đại Từ Phạm Văn Ích``: not ``Từ Phạm …``)."""
    if len(pc) < 4 or not text[max(0, pc[0][0] - 10):pc[0][0]].rstrip().endswith(_PLACE_ADMIN):
        return pc
    for k in range(2, len(pc) - 1):
        if _surname_at(text, pc, k, d):
            return pc[k:]
    return pc


def _strip_country(text: str, pc, d: _Data):
    """A piece of capitalised syllables that starts with a country (``Nga Vladimir Putin``,
    ``Hà Lan Mark Rutte``, ``Âu Charles Michel`` after ``châu``): the country belongs to the
    title before it. A country alone that reads as foreign or has two words (``New Zealand``,
    ``Israel``) is no name at all; a country word that is also a given name (``Nga``, ``Đức``,
    ``Mỹ``) is cut off only before a surname or a foreign name."""
    words = [text[a:b] for a, b in pc]
    before = text[max(0, pc[0][0] - 12):pc[0][0]].split()
    for n in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[:n])
        # "châu Âu Charles Michel": a lower-case lead word; "châu Á - Thái Bình Dương": a region of
        # several words whose last part reads like a name
        lower_lead = any(f"{' '.join(before[-k:])} {cand}" in d.countries and (k > 1 or before[-k][:1].islower())
                         for k in range(1, min(3, len(before)) + 1))
        if cand not in d.countries and not lower_lead:
            continue
        rest = pc[n:]
        if not rest:
            return [] if (n > 1 or lower_lead or _foreign_syllable(cand)) else pc
        first = text[rest[0][0]:rest[0][1]]
        if n > 1 or lower_lead or _foreign_syllable(cand) or first in d.surnames or \
                any(_foreign_syllable(text[a:b]) for a, b in rest):
            return rest
        return pc
    return pc


def _mostly_upper(text: str, timeout: float = 1.0) -> bool:
    upper = len(_UPPER.findall(text, timeout=timeout))
    if upper < 12:
        return False
    # upper >= 0.85 * (upper + lower), the lower-case letters counted only as far as the test
    # needs: it fails for every count above the largest that passes
    most = 0
    while upper >= 0.85 * (upper + most + 1):
        most += 1
    return sum(1 for _ in islice(_LOWER.finditer(text, timeout=timeout), most + 1)) <= most


def _upper_names(ctx, text: str, blocked, d: _Data) -> list[_Name]:
    out = []
    for m in _UPPER_RUN.finditer(text, timeout=ctx.timeout):
        syls = [(x.start() + m.start(), x.end() + m.start()) for x in _NONSPACE.finditer(m.group(), timeout=ctx.timeout)]
        i = 0
        while i < len(syls):
            a, b = syls[i]
            w = text[a:b].capitalize()
            if not blocked.hits(a, b) and w in d.surnames and w not in d.multi_surnames:
                run = [syls[i]]
                for x, y in syls[i + 1:i + 3]:
                    if blocked.hits(x, y):
                        break
                    run.append((x, y))
                if len(run) == 3:
                    name = " ".join(text[x:y].capitalize() for x, y in run)
                    out.append(_Name(run[0][0], run[-1][1], name, 3, upper=True))
                    i += 3
                    continue
            i += 1
    return out


def _surname_at(text: str, pc, i: int, d: _Data) -> int:
    """Number of syllables of the surname starting at piece index ``i`` (0 if none)."""
    w = text[pc[i][0]:pc[i][1]]
    if i + 1 < len(pc) and f"{w} {text[pc[i + 1][0]:pc[i + 1][1]]}" in d.multi_surnames:
        return 2
    if w in d.surnames and " " not in w:
        return 1
    if len(w) > 2 and w[:2] in ("H'", "H’"):
        return 1
    return 0


def _names_in_piece(text: str, pc, d: _Data) -> list[_Name]:
    out = []
    i = 0
    if len(pc) >= 3 and text[pc[0][0]:pc[0][1]] in d.cap_words and _surname_at(text, pc, 1, d):
        i = 1  # "… có Ông Võ Văn Hòa": an address word written with a capital inside a sentence
    while i < len(pc):
        if _surname_at(text, pc, i, d):
            j = len(pc)
            # a second surname after 2+ syllables starts another name ("… Hiển Nguyễn Văn …")
            if len(pc) - i > 5:  # too long for one name: a second surname starts another
                for k in range(i + 2, len(pc)):
                    if _surname_at(text, pc, k, d) and len(pc) - k >= 2:
                        j = k
                        break
            j = min(j, i + 5)
            if j - i >= 2:
                out.append(_Name(pc[i][0], pc[j - 1][1], " ".join(text[a:b] for a, b in pc[i:j]), j - i))
                i = j
                continue
            if j - i == 1 and i == 0 and len(pc) == 1:
                out.append(_Name(pc[i][0], pc[i][1], text[pc[i][0]:pc[i][1]], 1, short=True))
            i = j
            continue
        i += 1
    if not out and 1 <= len(pc) <= 5:
        # no surname: a name only after an address word (checked by the caller)
        nm = " ".join(text[a:b] for a, b in pc)
        out.append(_Name(pc[0][0], pc[-1][1], nm, len(pc), short=len(pc) == 1, weak=True))
    return out


_VOWELS = regex.compile(r"[aeiouy]+")
_ONSET = regex.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?(?=[aeiouy])")
_CODA = regex.compile(r"(?:ch|ng|nh|[cmnpt])?$")


def _plain(w: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", w.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))


_FJWZ = regex.compile(r"[fjwz]")


def _foreign_syllable(w: str) -> bool:
    """A syllable no Vietnamese word has: f/j/w/z, two vowel groups, a consonant cluster
    (``Biden``, ``Harris``, ``Trump``, ``Xavi``)."""
    b = _plain(w)
    if not b.isalpha() or _FJWZ.search(b):
        return bool(b.isalpha())
    groups = _VOWELS.findall(b)
    if len(groups) != 1:
        return True
    onset = _ONSET.match(b)
    if onset is None:
        return True
    v = _VOWELS.search(b, onset.end())
    return v is None or v.start() != onset.end() or _CODA.fullmatch(b[v.end():]) is None


def _ends_name(text: str, end: int) -> bool:
    """Nothing after ``end`` goes on as one word: punctuation, the end, a capitalised word, or a
    clause or link word (``Trung ương``: ``ương`` goes on)."""
    m = WORD.match(text, SPACES.match(text, end).end())
    if not m or m.start() == end or is_cap(m.group()):
        return True
    v = vocab()
    nxt = WORD.match(text, SPACES.match(text, m.end()).end()) if text[m.end():m.end() + 1] == " " else None
    two = f"{m.group()} {nxt.group()}" if nxt else ""  # "… nhấn mạnh.": the second word before its full stop
    return m.group() in v.clause_1 or m.group() in v.links or two in v.clause_2


def _written_full_names(ctx, given: str) -> set:
    """Two-word foreign names ending in ``given`` written anywhere in the article (``Kamala
    Harris`` for ``Harris``)."""
    # "Mỹ Joe Biden" holds no full name "Mỹ Joe": the run goes on after the given word
    rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(\p{{Lu}}[\p{{Ll}}\p{{M}}]+)[ ]{regex.escape(given)}"
                       rf"(?![\p{{L}}\p{{M}}])(?![ ]\p{{Lu}})")
    v = vocab()
    out = set()
    for m in rx.finditer(ctx.text, timeout=ctx.timeout):
        first = m.group(1)
        if not (v.title_rx.fullmatch(first) or v.org_rx.fullmatch(first) or first.casefold() in _data().hon
                or _data().cap_address_end_rx.search(first + " ") or first in _data().countries):
            out.add(f"{first} {given}")
    if not out:
        # "Tổng thống Joe." cut at the end of a teaser, "Joe Biden" written in the body
        rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(given)}[ ](\p{{Lu}}[\p{{Ll}}\p{{M}}]+)"
                           rf"(?![\p{{L}}\p{{M}}])(?![ ]\p{{Lu}})")
        for m in rx.finditer(ctx.text, timeout=ctx.timeout):
            last = m.group(1)
            if not (v.title_rx.fullmatch(last) or v.org_rx.fullmatch(last) or last in _data().countries
                    or last.casefold() in _data().hon):
                out.add(f"{given} {last}")
    return out


def _foreign_name(ctx, text: str, nm: _Name) -> bool:
    """A name with no Vietnamese surname is a person after a title only when it reads as a
    foreign name and the word after it does not go on a lower-case compound
    (``Giám đốc Khối Kinh doanh`` is not a name)."""
    words = nm.name.split()
    if not any(_foreign_syllable(w) for w in words) or any(w in vocab().en_heads for w in words):
        return False  # "… Public Administration Service Center": an English name of a body
    return _foreign_syllable(nm.name.split()[-1]) or _ends_name(text, nm.end)


def _trim_named_elsewhere(ctx, text: str, nm: _Name) -> _Name:
    """A foreign name of three words or more whose first word stands elsewhere in the article
    without the rest (``CEO Apple Tim Cook`` and ``Apple`` alone elsewhere): that word names a
    body or place (the title's), the name is the rest. A first word seen only inside the name
    (``Gibran Rakabuming Raka``), inside another name (``Yoon Ji Oh``) or alone after a title or
    address word (``Tổng thống Yoon``: the family name) stays."""
    words = nm.name.split()
    first, second = words[0], words[1]
    rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(first)}(?![\p{{L}}\p{{M}}])(?![ ]{regex.escape(second)})"
                     r"(?![ ]\p{Lu}[\p{Ll}\p{M}])")  # "Yoon Ji Oh": part of another name
    v = vocab()
    d = _data()

    def after_title(pos: int) -> bool:
        # "Tổng thống Yoon", "ông Yoon": the person's family name alone, not a body or a place
        before = words_before(ctx.text, max(0, pos - 40), pos, 3)
        for k in (1, 2, 3):
            if len(before) >= k:
                w = " ".join(before[-k:])
                if w.casefold() in d.hon or v.title_rx.fullmatch(w, timeout=ctx.timeout):
                    return True
        return False

    if not any(not after_title(m.start()) for m in rx.finditer(ctx.text, timeout=ctx.timeout)):
        return nm
    a = nm.start + len(first) + 1
    return _Name(a, nm.end, text[a:nm.end], nm.syllables - 1, weak=True, placed=True)


def _trim_to_tail_written(ctx, text: str, nm: _Name) -> _Name:
    """A foreign name of three words or more whose last words stand elsewhere in the article as a
    whole name without the first (``nhà sáng lập Amazon Jeff Bezos`` and ``Jeff Bezos`` alone
    elsewhere): the first word names the body of the title, the name is the rest."""
    words = nm.name.split()
    if len(words) < 3 or not is_cap(words[1]):
        return nm
    tail = " ".join(words[1:])
    rx = regex.compile(rf"(?<!{regex.escape(words[0])}[ ])(?<![\p{{L}}\p{{M}}]){regex.escape(tail)}"
                       rf"(?![\p{{L}}\p{{M}}])(?![ ]\p{{Lu}})")
    if not rx.search(ctx.text, timeout=ctx.timeout):
        return nm
    a = nm.start + len(words[0]) + 1
    return _Name(a, nm.end, text[a:nm.end], nm.syllables - 1, weak=True, placed=True)


def _trim_body_words(text: str, nm: _Name) -> _Name:
    """A foreign run that opens with the name of a body (``Fed Jerome Powell``, ``Newcastle United
    Eddie Howe``): the name is the two words or more after its last body word. A run that ends in
    one (``Tottenham Hotspur``) is left whole, and ``_accept`` drops it."""
    words = nm.name.split()
    body = _data().body_words
    last = max((i for i, w in enumerate(words) if w in body), default=None)
    if last is None or len(words) - last - 1 < 2:
        return nm
    a = nm.start + len(" ".join(words[:last + 1])) + 1
    return _Name(a, nm.end, text[a:nm.end], len(words) - last - 1, weak=True, placed=True)


def _trim_foreign(text: str, nm: _Name) -> _Name:
    """A foreign name after a title and a place (``Pennsylvania Josh Shapiro``): its last two words."""
    syls = [m for m in regex.finditer(r"\S+", text[nm.start:nm.end])]
    if len(syls) < 3:
        return nm
    a = nm.start + syls[-2].start()
    return _Name(a, nm.end, text[a:nm.end], 2, weak=True)


# --------------------------------------------------------------------------- mentions

@dataclass
class _Mention:
    """A name with its titles and honorific."""
    start: int
    end: int
    name: _Name
    titles: list = field(default_factory=list)      # raw title spans (sentence-relative)
    honorific: Optional[str] = None
    anchor: str = ""                                # "honorific", "title", "after", ""


def _lower_title_of_body(ctx, text: str, q: int) -> bool:
    """A title written in lower case right after a name (no comma) that leads a body named after it:
    a head of several words (``ủy viên``, ``phó chủ tịch``) followed by an organisation head or its
    abbreviation in any case (``ban thường vụ huyện ủy``, ``UBND huyện``)."""
    t = ctx.timeout
    v = vocab()
    th = v.title_rx.match(text, q, timeout=t)
    if not th or th.start() == len(text) or not th.group()[0].islower() or len(th.group().split()) < 2:
        return False
    after = SPACES.match(text, th.end(), timeout=t).end()
    if after == th.end():
        return False
    folded = text[after:after + 40].casefold()
    return any(folded.startswith(h.casefold() + " ") or folded.startswith(h.casefold() + ",")
               for h in list(v.org_kind) + list(v.org_abbr))


def _honorific_before(ctx, text: str, pos: int, lo: int = 0) -> Optional[tuple[int, dict]]:
    """An honorific ending right before ``pos`` (only spaces between): (start, entry)."""
    d = _data()
    seg_lo = max(lo, pos - 30)
    seg = text[seg_lo:pos]
    best = None
    for m in d.hon_rx.finditer(seg, timeout=ctx.timeout):
        if seg[m.end():].strip() == "":
            if best is None or m.start() < best[0]:
                best = (m.start(), m.group())
    if best is None:
        # capitalised address word at the start of a sentence/clause ("Ông Minh", "Đồng chí …")
        m = d.cap_address_end_rx.search(seg, timeout=ctx.timeout)
        if m:
            best = (m.start(1), m.group(1).lower())
    if best is None:
        return None
    word = best[1]
    entry = d.hon.get(word) or d.hon.get(word.lower()) or d.hon.get(word[0].lower() + word[1:])
    if entry is None:
        return None
    return seg_lo + best[0], entry


def _after_place_word(text: str, nm: _Name) -> bool:
    """The name comes right after a place, school or company word (``Công ty CP Hoàng Gia``):
    it names that, and does not stop the title of the person named after it."""
    v = vocab()
    wb = [w.casefold() for w in words_before(text, 0, nm.start, 2)]
    return any(" ".join(wb[-n:]) in v.not_after and " ".join(wb[-n:]) not in _data().province_words
               for n in (1, 2) if len(wb) >= n)


def _directly_after_anchor(ctx, text: str, pos: int) -> bool:
    """An honorific or a title head ends right before ``pos`` (only spaces between)."""
    if _honorific_before(ctx, text, pos):
        return True
    seg_lo = max(0, pos - 40)
    for m in vocab().title_rx.finditer(text, seg_lo, pos, timeout=ctx.timeout):
        if text[m.end():pos].strip() == "" and (len(m.group().split()) > 1 or m.group()[0].isupper()):
            return True
    return False


def _prev_sep(text: str, lo: int, hi: int, inside=()) -> tuple[int, str]:
    """Position and kind of the last separator in ``text[lo:hi]`` (``lo - 1``, ``""`` if none).

    Only the last 200 characters are looked at: a title is never longer. A separator inside one
    of the spans ``inside`` (a name with a comma or dash in it) does not count.
    """
    lo = max(lo, hi - 200)
    k = hi - 1
    while k >= lo:
        span = next(((a, b) for a, b in inside if a <= k < b), None)
        if span:
            k = span[0] - 1
            continue
        c = text[k]
        if c in ",;:()“”\"\n[]":
            return k, c
        if c in "-–—" and k > lo and text[k - 1] == " " and text[k + 1:k + 2] == " ":
            return k, "-"
        k -= 1
    return lo - 1, ""


def _title_in_segment(ctx, text: str, a: int, b: int, name_starts: list, adjacent: bool) -> Optional[int]:
    """Where the title that ends at ``b`` inside the segment ``text[a:b]`` starts, or None.

    ``name_starts`` (sorted) are where the sentence's names start: a segment holding another
    name is that person's, not a title of this one.
    """
    v = vocab()
    t = ctx.timeout
    k = bisect.bisect_left(name_starts, a)
    other = None
    if k < len(name_starts) and name_starts[k] < b:
        # another person's name in the segment: a title only after a clause word that follows it
        # ("Thủ tướng Lý Cường đã hội kiến với Tổng Bí thư, Chủ tịch nước Tô Lâm")
        other = name_starts[bisect.bisect_left(name_starts, b) - 1]
    # after the last clause word of the segment
    floor = a
    words = list(WORD.finditer(text, a, b, timeout=t))
    for k, w in enumerate(words):
        g = w.group()
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if g in v.clause_1 and g not in v.links and not is_cap(g) and g not in v.admin:
            if g == "tại" and is_cap(nxt) and any(v.posted_rx.search(text, a, x.end(), timeout=t)
                                                   for x in v.title_rx.finditer(text, a, w.start(), timeout=t)):
                continue  # "Đại sứ Trung Quốc tại Việt Nam": the place of posting
            floor = w.end()
        if f"{g} {nxt}" in v.clause_2:
            floor = words[k + 1].end()
        if g == "và" and other is not None and w.start() > other:
            floor = w.end()  # "Josh Shapiro và thượng nghị sĩ John Fetterman"
    if other is not None and floor <= other:
        # a lower-case word after the other name starts a clause ("Thủ tướng Israel Benjamin
        # Netanyahu bất ngờ cách chức Bộ trưởng Quốc phòng Yoav Gallant")
        low = next((w for w in words if w.start() > other and not is_cap(w.group()) and w.group() not in v.links
                    and w.group() not in v.admin), None)
        if low is None:
            return None
        floor = low.end()
    for m in v.title_rx.finditer(text, floor, b, timeout=t):
        g = m.group()
        if len(g.split()) == 1 and not g[0].isupper():
            continue
        prev = words_before(text, a, m.start(), 1)
        if prev and prev[-1] in _data().head_not_after:
            continue  # "Ban Tổng giám đốc Công ty …": a board; "tại Phủ Chủ tịch": a building, not a position
        if not adjacent and prev and prev[-1] in _data().not_title_after:
            continue
        body = scan_body(ctx, text, m.end(), b, set(), max_words=16)
        if text[body.end:b].strip() == "":
            if _title_after_cua(ctx, text, m.end(), b):
                continue  # "Người phát ngôn của Tổng thống Putin": the later title is the person's
            return m.start()
        # the body stopped early: try a later head
    return None


_PREFIXES = frozenset(w.casefold() for w in load("people")["title_prefixes"])
_INITIAL_END = regex.compile(r"\p{Lu}\.")
_ELLIPSIS = regex.compile(r"[ ]*(?:…|\.\.\.)")


def _is_role(title: str) -> bool:
    """A title that gives a role: not a membership of an unnamed group written in lower case
    (``thành viên tổ hợp tác rau sạch``, ``thành viên câu lạc bộ xe đạp``)."""
    words = title.split()
    while words and words[0].casefold() in _PREFIXES:
        words = words[1:]  # "cựu thành viên nhóm EXO"
    low = " ".join(words).casefold()
    if low in _data().bare_non_roles:
        return False  # "đội trưởng Bruno Fernandes": a team captain is an athlete
    head = next((h for h in _data().non_executive if low.startswith(h)), None)
    if head is None or not words or not words[0][:1].islower():
        return True
    rest = [w for w in " ".join(words)[len(head):].split() if w not in vocab().links]
    return not rest or is_cap(rest[0])  # "thành viên của Hội đồng giám sát hạt Maricopa" is a role


def _after_leader_head(text: str, pos: int) -> bool:
    """A head of ``org_leader_heads`` ends right before ``pos``."""
    before = text[max(0, pos - 30):pos].rstrip()
    for h in _data().leader_heads:
        if before.endswith(h) and (len(before) == len(h) or not before[-len(h) - 1].isalnum()):
            return True
    return False


def _inside_title(ctx, text: str, nm: _Name, taken) -> bool:
    """A name without a surname inside the title chain of a person already read is the body of
    that title (``Tổng giám đốc Bamboo Airways``, ``nhà sáng lập Gumball 3000``), unless it ends
    the chain and a clause goes on after it: then it is the next person (``Tổng thống Costa Rica
    Rodrigo Chaves, Bộ trưởng Ngoại thương Costa Rica Manuel Tovar đã …``)."""
    for a, b in taken:
        if a <= nm.start < b:
            if nm.end >= b and nm.syllables >= 2:  # one word ending a title is its body ("… Viettel cho biết")
                m = WORD.match(text, SPACES.match(text, nm.end).end())
                v = vocab()
                if m and m.start() > nm.end and (m.group() in v.clause_1 or
                                                 " ".join(text[m.start():m.start() + 30].split()[:2]) in v.clause_2):
                    return False
            return True
    return False


def _title_after_cua(ctx, text: str, a: int, b: int) -> bool:
    """A capitalised title head right after ``của`` inside ``text[a:b]``."""
    if not text[a:b].lstrip().startswith("của "):
        return False  # "Tổ trưởng Tổ công tác của Thủ tướng Chính phủ": a body of his own first
    for m in vocab().title_rx.finditer(text, a, b, timeout=ctx.timeout):
        # only a bare head right before the name: in "người phát ngôn của Tổng thống Palestine Nabil
        # Abu Rudeina" the name may be the spokesman's, and the first title stays
        if m.group()[0].isupper() and text[max(a, m.start() - 4):m.start()].rstrip().endswith("của") and \
                text[m.end():b].strip() == "":
            return True
    return False


def _with_address_words(ctx, text: str, name_starts: list, after: int) -> list:
    """``name_starts`` with, for each name after ``after``, where a capitalised address word
    right before it starts (``… UBND tỉnh và Bà Lê Thị Hạnh``: a body stops before ``Bà``)."""
    d = _data()
    extra = []
    for ns in name_starts[bisect.bisect_right(name_starts, after):]:
        m = d.cap_address_end_rx.search(text, max(after, ns - 12), ns, timeout=ctx.timeout)
        if m:
            extra.append(m.start(1))
    return sorted(set(name_starts) | set(extra)) if extra else name_starts


def _in_paren_after_name(text: str, nm: _Name, name_starts: list) -> bool:
    """Is ``nm`` inside a parenthesis opened right after another person's name, after a title head
    (``Nguyễn Văn A (Chủ tịch Công ty X Văn Lang)``)?"""
    op = text.rfind("(", max(0, nm.start - 120), nm.start)
    if op < 0 or ")" in text[op:nm.start] or not vocab().title_rx.match(text, op + 1):
        return False
    return _name_ends_at(text, len(text[:op].rstrip()), [a for a in name_starts if a != nm.start])


def _lower_tail(text: str, end: int, close: int) -> int:
    """Inside parentheses, a title body stopped before lower-case words that run on to the next comma
    or the closing parenthesis (``Chi cục Kiểm tra sau thông quan)``): they are the body's end."""
    if close < 0:
        return end
    stop = text.find(",", end, close)
    stop = close if stop < 0 else stop
    tail = text[end:stop].split()
    if tail and len(tail) <= 4 and all(w[:1].islower() for w in tail):
        return end + len(text[end:stop].rstrip())
    return end


def _name_ends_at(text: str, pos: int, name_starts: list) -> bool:
    """Does a person's name (one of ``name_starts``, capitalised words only) end right before ``pos``?"""
    k = bisect.bisect_left(name_starts, pos) - 1
    return k >= 0 and pos - name_starts[k] <= 40 and all(is_cap(w) for w in text[name_starts[k]:pos].split())


def _title_before_address(ctx, text: str, comma: int, name_starts: list) -> Optional[int]:
    """Where a title ending at ``comma`` right before an address word starts
    (``Chủ tịch UBND xã Tân Lập, ông Nguyễn Văn Bình báo cáo``), or None: only a title that opens
    its clause, not one that ends a name or another title before it (``ông A, Giám đốc Sở X, ông
    B``: the title is A's), nor one said of another person in its clause (``dù bà A được đề cử làm
    Phó Chủ tịch UBND tỉnh, ông B …``)."""
    sep, kind = _prev_sep(text, 0, comma)
    hs = _title_in_segment(ctx, text, sep + 1, comma, name_starts, True)
    if hs is None:
        return None
    v = vocab()
    head = v.title_rx.match(text, hs, timeout=ctx.timeout)
    body = text[head.end():comma] if head else ""
    if body.strip() and not v.org_rx.search(body, timeout=ctx.timeout):
        return None  # "Chủ tịch Tập Cận Bình, ông Orban": a name no surname list knows, not a body
    j = bisect.bisect_right(name_starts, sep)
    if j < len(name_starts) and name_starts[j] < hs:
        # "ông A sẽ trở thành Tổng Bí thư, ông B dự đoán": the title ends the clause of another person
        return None
    if kind == "":
        return hs
    if kind != ",":
        return hs if kind in ":\n" else None
    k = bisect.bisect_left(name_starts, sep) - 1
    if k >= 0 and sep - name_starts[k] <= 40 and all(is_cap(w) for w in text[name_starts[k]:sep].split()):
        return None  # a name right before: the title is that person's
    sep2, _ = _prev_sep(text, 0, sep)
    if _title_in_segment(ctx, text, sep2 + 1, sep, name_starts, True) is not None:
        return None  # a chain of titles of someone named earlier
    return hs


def _build_mention(ctx, s, nm: _Name, name_starts: list) -> _Mention:
    v = vocab()
    t = ctx.timeout
    text = s.text
    mn = _Mention(nm.start, nm.end, nm)
    # ---- right before the name: honorific, degree or rank
    chain_end = nm.start
    # a country was cut off before the name: "Thủ tướng Anh Rishi Sunak" ("Anh" is no address word)
    h = None if nm.placed else _honorific_before(ctx, text, nm.start)
    if h:
        hstart, entry = h
        mn.start = hstart
        mn.anchor = "honorific"
        if entry.get("honorific"):
            mn.honorific = entry["honorific"]
        chain_end = hstart
    # ---- titles before (segments separated by commas/dashes)
    seg_end = chain_end
    first = True
    titles_before = []
    dash = None if h else _DASH_BEFORE.search(text, max(0, chain_end - 4), chain_end, timeout=t)
    if dash and dash.start() > 0:
        seg_end = dash.start()  # "Chủ tịch UBND huyện – Trần Thị Quý": the title, a dash, the name
    if not (h and h[1]["kind"] == "address"):
        inside = [m.span() for m in v.dash_rx.finditer(text, max(0, chain_end - 200), chain_end, timeout=t)]
        pm = _PAREN_BEFORE.search(text, max(0, chain_end - 60), chain_end, timeout=t)
        if pm:
            inside.append(pm.span())  # "Thứ trưởng … Trung Quốc (cấp Bộ trưởng) Mã Triều Húc"
        while seg_end > 0:
            sep, kind = _prev_sep(text, 0, seg_end, inside)
            a = sep + 1
            hs = _title_in_segment(ctx, text, a, seg_end, name_starts, first)
            if hs is None:
                break
            if kind == "," and (not first or "\n" in ctx.text[s.start + hs:s.start + nm.start]) and _name_ends_at(text, sep, name_starts):
                # "ông A, Tổng thống X, Bộ trưởng Y B": the title after A's name is A's (and so is a
                # title on the line of A's name, before a line that starts with B)
                break
            if not first and text[a:hs].strip().casefold() in _data().not_title_after and \
                    all(text[x:y].strip() in _data().hon for x, y in titles_before):
                break  # "Theo Chủ tịch nước, Thượng tướng A …": the one who speaks, then A's rank
            titles_before.insert(0, (hs, seg_end))
            mn.start = min(mn.start, hs)
            mn.anchor = mn.anchor or "title"
            lead = text[a:hs].strip()
            if lead:
                h2 = _honorific_before(ctx, text, hs, a)
                if h2 and h2[1]["kind"] == "address":
                    mn.start = h2[0]
                    if h2[1].get("honorific") and not mn.honorific:
                        mn.honorific = h2[1]["honorific"]
                break
            if kind not in (",", "-"):
                break
            seg_end = sep
            first = False
    elif text[:chain_end].rstrip().endswith(","):
        hs = _title_before_address(ctx, text, text[:chain_end].rstrip().rfind(","), name_starts)
        if hs is not None:
            titles_before.append((hs, text[:chain_end].rstrip().rfind(",")))
            mn.start = hs
    # ---- titles after: ", Giám đốc …", " – Phó Giám đốc …", "(Giám đốc …)"
    titles_after = []
    pos = nm.end
    end = len(text)
    while True:
        m = _SEP_AFTER.match(text, pos, timeout=t)
        paren = False
        if m and m.end() > m.start() and text[m.start():m.end()].strip():
            q = m.end()
        elif text[pos:pos + 2].lstrip().startswith("(") and not titles_after:
            q = text.index("(", pos) + 1
            paren = True
        elif pos == nm.end and _ABBR_HEAD.match(text, pos, timeout=t) and \
                v.title_rx.fullmatch(_ABBR_HEAD.match(text, pos).group(1), timeout=t):
            q = SPACES.match(text, pos).end()  # "Nguyễn Công Châu UVBTV – PCT UBND huyện": no comma
        elif pos == nm.end and mn.anchor == "honorific" and _lower_title_of_body(ctx, text, SPACES.match(text, pos).end()):
            q = SPACES.match(text, pos).end()  # "Đồng chí Phạm Thị Hoa ủy viên ban thường vụ huyện ủy": no comma
        else:
            break
        th = v.title_rx.match(text, q, timeout=t)
        if paren and not th and _data().bio_rx.match(text, q, timeout=t):
            # "Nguyễn Văn A (sinh năm 1973, trú phường X, Cục trưởng Cục Y)": the position after the
            # birth year and the address
            close = text.find(")", q)
            for cm in regex.finditer(r",[ ]+", text[q:close] if close > 0 else "", timeout=t):
                th2 = v.title_rx.match(text, q + cm.end(), timeout=t)
                if th2 and th2.group()[0].isupper() or (th2 and th2.group().split()[0] in _data().title_prefix_words):
                    q, th = q + cm.end(), th2
                    break
        if th and (len(th.group().split()) > 1 or th.group()[0].isupper()):
            stops = _StartSet(_with_address_words(ctx, text, name_starts, nm.end))
            body = scan_body(ctx, text, th.end(), end, stops, max_words=16)
            tend = max(body.end, th.end())
            if not body.words and th.group()[0].islower() and not paren:
                nw = WORD.match(text, SPACES.match(text, tend, timeout=t).end(), timeout=t)
                if nw and nw.start() > tend and (nw.group() in _data().subject_verbs or " ".join(
                        text[nw.start():nw.start() + 30].split()[:2]) in v.clause_2):
                    break  # "đại biểu Kim Yến, bộ trưởng nói …": the subject of the next clause
            nxt = SPACES.match(text, tend, timeout=t).end()
            if nxt in stops and "\n" not in ctx.text[s.start + tend:s.start + nxt]:
                break  # the title of the next person ("A, Chủ tịch UBND tỉnh B"), unless B opens the next line
            nw = WORD.match(text, SPACES.match(text, th.end(), timeout=t).end(), timeout=t)
            if not body.words and nw and nw.group().casefold() in _data().plural_words:
                break  # "ông A, Giám đốc các sở đều đồng tình": the heads of many bodies, a new subject
            if paren:
                close = text.find(")", tend)
                tend = _lower_tail(text, tend, close)
                inner = [(q, tend)]
                while 0 <= close and text[tend:close].strip() and text[tend:tend + 1] == ",":
                    # "(Bí thư Huyện ủy, Chủ tịch HĐND huyện Hải Hà)": titles in a row inside
                    q2 = SPACES.match(text, tend + 1).end()
                    th2 = v.title_rx.match(text, q2, timeout=t)
                    if not th2 or not th2.group()[0].isupper():
                        om2 = v.org_rx.match(text, q2, timeout=t)
                        if om2:  # "(…, Chi cục trưởng Chi cục X, Cục Hải quan Y)": a bare parent body, no title
                            body2 = scan_body(ctx, text, om2.end(), close, stops, max_words=16)
                            if not text[max(body2.end, om2.end()):close].strip():
                                tend = close
                        break
                    body2 = scan_body(ctx, text, th2.end(), close, stops, max_words=16)
                    tend = _lower_tail(text, max(body2.end, th2.end()), close)
                    inner.append((q2, tend))
                if close < 0 or text[tend:close].strip():
                    break
                titles_after.extend(inner)
                mn.end = close + 1
                break
            titles_after.append((q, tend))
            mn.end = pos = tend
            mn.anchor = mn.anchor or "after"
            continue
        om = v.org_rx.match(text, q, timeout=t)
        if om and titles_after and not paren:
            # a bare parent body: part of the mention, not a title
            body = scan_body(ctx, text, om.end(), end, _StartSet(name_starts))
            mn.end = pos = max(body.end, om.end())
            continue
        break
    mn.titles = titles_before + titles_after
    return mn


def _verb_roles(ctx, text: str, mn: _Mention, name_starts: list) -> list[tuple[int, int]]:
    """Positions stated through a verb around a mention (sentence-relative spans): after it
    (``ông X được bầu giữ chức Chủ tịch UBND huyện Y``) or before it, up to ``đối với``
    (``miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với ông X``)."""
    v = vocab()
    d = _data()
    t = ctx.timeout
    stops = _StartSet(name_starts)
    out = []
    m = d.role_after_rx.match(text, mn.end, timeout=t)
    if m:
        th = v.title_rx.match(text, m.end(), timeout=t)
        verb = text[m.start():m.end()].split()[-1]
        if th and th.group()[0].isupper() or (th and verb != "làm" and len(th.group().split()) > 1):
            body = scan_body(ctx, text, th.end(), len(text), stops, max_words=16)
            end = max(body.end, th.end())
            tm = d.role_trailing_rx.search(text, th.end(), end, timeout=t)
            out.append((th.start(), tm.start() if tm else end))
    lm = d.role_link_rx.search(text, max(0, mn.start - 12), mn.start, timeout=t)
    if lm:
        lo = max(0, lm.start() - 200)
        k = bisect.bisect_left(name_starts, lo)
        if k < len(name_starts) and name_starts[k] < lm.start():
            lo = name_starts[bisect.bisect_left(name_starts, lm.start()) - 1]  # no other person between
        last = None
        for w in d.role_before_rx.finditer(text, lo, lm.start(), timeout=t):
            last = w
        th = v.title_rx.match(text, last.end(), timeout=t) if last else None
        if th and (th.group()[0].isupper() or len(th.group().split()) > 1):
            body = scan_body(ctx, text, th.end(), lm.start(), stops, max_words=16)
            out.append((th.start(), max(body.end, th.end())))
    return out


def _plural_title_before(ctx, text: str, at: int, stops: set) -> Optional[list]:
    """The spans of a capitalised title (or a chain of titles separated by commas) after a plural word
    (``các``, ``những``, …) in the 100 characters before ``at`` that runs, with its body, right up to
    ``at``: the titles a list of names starting at ``at`` shares; ``stops``: name starts the body may
    not run over."""
    d = _data()
    t = ctx.timeout
    for w in WORD.finditer(text, max(0, at - 100), at, timeout=t):
        if w.group().casefold() not in d.plural_words:
            continue
        th = vocab().title_rx.match(text, d.list_lead_rx.match(text, w.end()).end(), timeout=t)
        first = next((x for x in th.group().split() if x.casefold() not in d.former_prefixes), "") if th else ""
        if th and first[:1].isupper():  # "các đồng chí nguyên Phó Chủ tịch …": a former holder's title
            spans = []
            while True:
                body = scan_body(ctx, text, th.end(), at, stops, max_words=8)
                end = max(body.end, th.end())
                spans.append((th.start(), end))
                if text[end:at].strip() == "":
                    return spans
                # "các đồng chí Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ tỉnh là A, B": a chain of titles
                sep = _SEP_AFTER.match(text, end, timeout=t)
                th = vocab().title_rx.match(text, sep.end(), timeout=t) if sep and text[end:sep.end()].strip() == "," else None
                if not th or not th.group()[0].isupper() or th.start() >= at:
                    break
    return None


def _list_title(ctx, text: str, mn: _Mention, name_starts: list = ()) -> list[tuple[int, int]]:
    """A title shared by a list of people: introduced after a colon (``các Ủy viên Trung ương Đảng:
    A, Bộ trưởng …; B, Bí thư …``; ``các Phó Chủ tịch UBND tỉnh: A, B, C``), the title between the
    plural word (and an address word: ``các đồng chí``) and the colon, for each person who opens an
    item of the list (after the colon, a semicolon, or a comma or ``và`` after a bare name); or
    without a colon (``các Phó Chủ tịch UBND tỉnh A và B``), for each person after the first."""
    d = _data()
    t = ctx.timeout
    colon = text.rfind(":", max(0, mn.start - 400), mn.start)
    opener = None
    for om in d.list_opener_rx.finditer(text, max(0, mn.start - 400), min(len(text), mn.start + 1), timeout=t):
        if om.end() <= mn.start:
            opener = om  # "các đồng chí Phó Chủ tịch … là A, B, C": the list opened by a copula
    if opener is not None and opener.start() > colon and not any(c in text[opener.end():mn.start] for c in ".!?:;") and \
            (not text[opener.end():mn.start].strip() or
             d.name_list_rx.fullmatch(text, opener.end(), mn.start, timeout=t)):
        spans = _plural_title_before(ctx, text, opener.start(), set())
        if spans:
            return spans
    if colon >= 0 and not any(c in text[colon + 1:mn.start] for c in ".!?"):
        lead = text[colon + 1:mn.start].rstrip()
        if not lead or lead.endswith(";") or d.name_list_rx.fullmatch(text, colon + 1, mn.start, timeout=t):
            spans = _plural_title_before(ctx, text, colon, set())
            if spans:
                return spans
        return []
    # no colon: "các Phó Chủ tịch UBND tỉnh Nguyễn Văn A, Trần Văn B và Lê Văn C cùng dự"
    lo = max(0, mn.start - 300)
    k = bisect.bisect_left(name_starts, lo)
    firsts = [a for a in name_starts[k:] if a < mn.start]
    for first in firsts:
        if not d.name_list_rx.fullmatch(text, first, mn.start, timeout=t):
            continue
        spans = _plural_title_before(ctx, text, first, set(name_starts))
        if spans:
            return spans
        return []
    return []


def _accept(ctx, s, nm: _Name, mn: _Mention) -> bool:
    """Is this candidate a person mention? (see the module docstring)"""

    v = vocab()
    d = _data()
    text = s.text
    anchored = bool(mn.anchor)
    if nm.weak and mn.anchor == "title" and words_before(text, 0, mn.start, 1) and \
            words_before(text, 0, mn.start, 1)[-1].casefold() in d.plural_words:
        return False  # "các thành viên Hezbollah": the members of a group, not one person
    if nm.short:
        # "Ủy viên Trung ương": a capitalised word that goes on in lower case is not a given name
        return mn.anchor in ("honorific", "title") and (_ends_name(text, nm.end) or
                                                         (nm.weak and _foreign_syllable(nm.name)))
    if nm.name.split()[-1] in d.middle_only:
        return False  # "Phó Bí thư Tỉnh ủy Lê Văn…": a name cut off
    if any(w in d.work_title_words for w in text[nm.start:nm.end].split() + words_before(text, 0, nm.start, 1)):
        return False  # "Call Me By Fire", "vở kịch Head Over Heels": the title of a song, a play, a film
    if nm.weak and any(w in d.body_words for w in nm.name.split()):
        return False  # "cựu huấn luyện viên Tottenham Hotspur", "Chủ tịch Fed Cleveland": a club, a bank
    if nm.syllables == 2 and _ELLIPSIS.match(text, nm.end):
        return False  # "… Phó Bí thư Tỉnh ủy Lê Quang…": a teaser cut inside the name
    if nm.weak and mn.anchor != "honorific" and not (mn.anchor in ("title", "after") and _foreign_name(ctx, text, nm)):
        return False
    if nm.weak and _INITIAL_END.match(text, nm.end - 1) and regex.fullmatch(r"\p{Lu}", nm.name.split()[-1]):
        return False  # "Huấn luyện viên Marsch J. Santin S.": a line-up table, surnames and initials
    # a name right after a place or school word is a street, ward, school …;
    # "Chủ tịch UBND tỉnh Nguyễn Văn A" is a person ("Hiệu trưởng trường Nguyễn Trãi" is not)
    wb = [w.casefold() for w in words_before(text, 0, nm.start, 3)]
    for n in (3, 2, 1):
        ngram = " ".join(wb[-n:])
        if len(wb) >= n and ngram in v.not_after:
            if " ".join(wb[-2:]) in d.not_place_compounds:
                break  # "Phát triển nông thôn Nguyễn Văn X": not a village
            # "Phó Chủ tịch UBND huyện Lê Văn Sáu": a district or commune is not named with a middle
            # name (a school or a street is: "Trường THPT Hoàng Văn Thụ")
            # nor with a full name of three syllables after a common surname ("Chủ tịch UBND huyện
            # Phạm Quang Huy", "… huyện Sùng A Hồ")
            middle = nm.syllables >= 3 and ngram in _TITLE_UNITS and (
                nm.name.split()[1] in d.middle_only or nm.name.split()[0] in d.person_after_admin)
            if not (mn.anchor == "title" and (ngram in d.province_words or middle)):
                return False
            break
    if (lookup_province(nm.name) or nm.name in province_names()) and mn.anchor not in ("title", "honorific"):
        return False  # "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": the President only with his title
    if mn.start < nm.start and mn.anchor == "title":
        # "lăng Chủ tịch Hồ Chí Minh", "Bảo tàng …": a place named after the person
        pb = [w.casefold() for w in words_before(text, 0, mn.start, 3)]
        for n in (3, 2, 1):
            if len(pb) >= n and " ".join(pb[-n:]) in v.not_after and " ".join(pb[-n:]) not in d.province_words:
                return False
    if nm.syllables < 2:
        return False
    if nm.upper and mn.anchor not in ("title", "honorific"):
        return False
    if nm.syllables == 2 and not anchored:
        return False
    # the body of an organisation ("Đại học Tôn Đức Thắng", "Công ty Nguyễn Kim")
    if not anchored:
        before = text[max(0, nm.start - 30):nm.start]
        om = None
        for m in v.org_rx.finditer(before, timeout=ctx.timeout):
            om = m
        if om and before[om.end():].strip() == "":
            return False
    return True


# --------------------------------------------------------------------------- titles

_DEFINED = regex.compile(r"\((?P<acr>\p{Lu}[\p{Lu}\p{N}&]{1,11})\)")


def _defined_acronyms(ctx) -> dict:
    """Acronyms the article defines after a body's full name (``Hội Truyền thông số (VDCA)``) and
    that are not general abbreviations: acronym → the full name, to write out a title that uses the
    acronym alone (``Chủ tịch VDCA`` → ``Chủ tịch Hội Truyền thông số``)."""
    v = vocab()
    t = ctx.timeout
    text = ctx.text
    out: dict = {}
    for m in _DEFINED.finditer(text, timeout=t):
        acr = m.group("acr")
        if acr in v.abbr or acr in out:
            continue
        lo = max(0, m.start() - 120, text.rfind("\n", 0, m.start()) + 1)
        heads = [h for h in v.org_rx.finditer(text, lo, m.start(), timeout=t) if is_cap(h.group())]
        for h in reversed(heads):  # the nearest body head whose name runs up to the parenthesis
            head = v.org_abbr[h.group()][1] if h.group() in v.org_abbr else h.group()
            if v.org_kind.get(head) in _brand_kinds():
                break  # "Công ty Vàng bạc đá quý Sài Gòn (SJC)": a brand name, kept as written
            body = scan_body(ctx, text, h.end(), m.end(), set(), max_words=12)
            if body.words and text[body.words[-1][1]:m.start()].strip() == "":
                out[acr] = expand(text[h.start():body.words[-1][1]], t)
                break
    return out


@lru_cache(maxsize=1)
def _brand_kinds() -> frozenset:
    return frozenset(load("people")["defined_acronyms"]["brand_kinds"])


def _written_out(titles: list, acronyms: dict, t: float) -> list:
    """``titles`` with an acronym the article defined written out (:func:`_defined_acronyms`)."""
    if not acronyms:
        return titles
    rx = regex.compile(r"(?<![\p{L}\p{M}\p{N}&])(?:" + "|".join(regex.escape(a) for a in acronyms) + r")(?![\p{L}\p{M}\p{N}&])")

    def out(ti: str) -> str:
        m = rx.search(ti, timeout=t)
        if not m:
            return ti
        full = acronyms[m.group()]
        before = ti[:m.start()].split()
        names = full.split()
        # "Cục Thuế DNL" for "Cục Thuế Doanh nghiệp lớn (DNL)": the words already written are not repeated
        k = next((k for k in range(min(len(before), len(names) - 1), 0, -1) if before[-k:] == names[:k]), 0)
        return " ".join(before[:len(before) - k] + [full]) + ti[m.end():]

    return [out(ti) for ti in titles]


def _split_title(ctx, raw: str) -> list[str]:
    """A raw title string → titles: parentheticals dropped, split at dashes between positions."""
    v = vocab()
    t = ctx.timeout
    raw = drop_parens(raw, t)
    kept = [m.group() for m in v.dash_rx.finditer(raw, timeout=t)]  # a dash inside a name stays
    raw = v.dash_rx.sub("\x00", raw, timeout=t)
    parts = regex.split(r"[ ]+[-–—][ ]+", raw, timeout=t)
    out: list[str] = []
    for p in parts:
        while "\x00" in p and kept:
            p = p.replace("\x00", kept.pop(0), 1)
        p = p.strip(" ,;:")
        if not p:
            continue
        if out and not v.title_rx.match(p, timeout=t):
            out[-1] = f"{out[-1]} - {p}"
        else:
            out.append(p)
    return [expand(decap(p, t), t) for p in out]


def _main_org(ctx, titles: list[str]) -> Optional[str]:
    """The body of the first executive title: the official's ``organization`` (unexpanded)."""
    v = vocab()
    for ti in titles:
        if ti.casefold().startswith(_data().non_executive):
            continue
        m = v.title_rx.match(ti, timeout=ctx.timeout)
        if not m:
            continue
        body = ti[m.end():].strip()
        body = regex.sub(r"^(?i:thường trực|tại)\s+", "", body, timeout=ctx.timeout)  # "… tại Bảo tàng Hồ Chí Minh"
        at = body.find(" tại ")
        if at > 0 and workplace(body, at + len(" tại "), ctx.timeout):
            body = body[:at]  # "Trung tâm … tại Đại học …": the body of the title, not its workplace
        if not body:
            continue
        head = next((w for w in (" ".join(m.group().split()[-k:]) for k in (2, 1)) if w in v.org_kind), None)
        if head and body[:1].islower():
            body = f"{head} {body}"  # "Phó Chủ tịch Hội đồng nhân dân tỉnh": the council, not "nhân dân tỉnh"
        implied = v.implied_org.get(" ".join(m.group().split()[-2:]).casefold())
        return f"{implied} {body}" if implied else body
    return None
