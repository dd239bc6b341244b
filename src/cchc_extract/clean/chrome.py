"""Clean stage: page chrome read by position.

A crawl's title lines, the tail's bleed and trailing headlines, lists under a related-links
label, tabs above a legal text, sorted menus and tables of contents, lower-case slugs, isolated
numbers, captions of a person's action and captions made from one template.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from .. import rx as regex
from ..patterns import literal_alternation
from ..published import legal_date
from ..resources import load
from .linerules import _LIST_ITEM, _nwords, _prose, _vi_marks
from .shapes import _FOLD, _SENTENCE_END, _WORD, _kind_rules, _legal_header_line, _single_sentence
from .captions import _NAME_LINE, _fold_words, _headline_shaped, _scene_rx, _tail_names


def _mark_crawl_titles(lines: list, kind: list, cut: int, title: Optional[str], template: Any,
                       evidence: dict) -> None:
    """Related headlines with no marker, known from the crawl: a line that is the title of
    another page of the site (``template.title_of``) goes as ``related_link`` with that evidence
    when it stands in the page's tail (nothing but such lines and removed ones under it, or below
    the last of two paragraphs of prose or more, among headlines of pages not in the crawl), in a
    run of two such lines or more, or behind a list mark (``>>``, ``-``, ``•``); a line the page's
    own rules already took as ``related_link`` gets the evidence. A body line that
    happens to read like a title among prose stays, and so does the page's own title; and when
    the matches would leave less than a third of the page, it is a listing and nothing goes."""
    from ..templates import title_key

    own = title_key(title)[0] if title else None
    cand = [i for i in range(cut) if lines[i]]
    hit: dict = {}
    for i in cand:
        ln = lines[i]
        if kind[i] == "related_link" and i not in evidence:
            ev = template.title_of(ln)  # a marked related headline the page's own rules took: its evidence
            if ev:
                evidence[i] = ev
            continue
        if kind[i] is None and _nwords(ln) <= 40 and _single_sentence(ln, 40) \
                and title_key(ln)[0] != own:
            ev = template.title_of(ln)
            if ev:
                hit[i] = ev
    if not hit:
        return
    take: set = set()
    prose = [i for i in cand if kind[i] is None and i not in hit and _prose(lines[i])]
    if len(prose) >= 2:  # below the article's last paragraph of prose, among other headlines
        take.update(i for i in hit if i > prose[-1])
    for i in reversed(cand):  # the tail: only matches and removed lines down to the end
        if i in hit:
            take.add(i)
        elif kind[i] is None:
            break
    run: list = []
    for i in cand + [None]:  # runs of matches, removed lines between them
        if i is not None and i in hit:
            run.append(i)
        elif i is None or kind[i] is None:
            if len(run) >= 2:
                take.update(run)
            run = []
    take.update(i for i in hit if _LIST_ITEM.match(lines[i]) or lines[i].lstrip()[:1] in ">»►▶→")
    if not take:
        return
    body = sum(len(lines[i]) for i in cand if kind[i] is None)
    if 3 * sum(len(lines[i]) for i in take) > 2 * body:
        return
    for i in take:
        kind[i] = "related_link"
        evidence[i] = hit[i]


def _mark_tail_bleed(lines: list, kind: list, cut: int, t: float) -> None:
    """The next article's teaser bled under a topic or tag label that closes the page (``Chủ đề
    cải cách hành chính`` / ``Sáng 3/6, UBND tỉnh …``): the one to three lines left under the label,
    when two paragraphs of prose or more are above it, are a teaser, not the text."""
    topic = _chrome_rx()["topic_label"]
    prose_above = 0
    for i in range(cut):
        if not lines[i]:
            continue
        if kind[i] is None:
            prose_above += _prose(lines[i])
            continue
        if prose_above >= 2 and topic.match(lines[i], timeout=t):
            rest = [j for j in range(i + 1, cut) if lines[j] and kind[j] is None]
            if 1 <= len(rest) <= 3 and all(_nwords(lines[j]) <= 60 for j in rest):
                for j in rest:
                    kind[j] = "teaser"
            return


def _mark_trailing_headlines(lines: list, kind: list, cut: int) -> None:
    """Related headlines with no ``>>>`` marker, run together on one line with ``|``
    (``Tỉnh A dẫn đầu chỉ số PAR INDEX | Tỉnh B công bố DDCI 2023 |``). A run of headline-shaped
    lines closing a page is not taken: wrapped lines of a legal text and closing section
    headings look the same. A legal text's letterhead printed as a table row (``Số: 5473/BTTTT-KTS
    V/v … | Hà Nội, ngày 21 tháng 12 năm 2024 |``) is the text's: a cell holding its number or its
    place and date is no headline."""
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    for i in idx:
        parts = [p.strip() for p in lines[i].split("|") if p.strip()]
        if lines[i].count("|") >= 2 and len(parts) >= 2 and all(_headline_shaped(p) for p in parts) \
                and not any(_legal_header_line(p, 2.0, ("number",)) or legal_date([p]) for p in parts):
            kind[i] = "related_link"


@lru_cache(maxsize=1)
def _related_label_rx() -> "regex.Pattern[str]":
    return regex.compile(load("boilerplate")["related_list_under_label"]["label"], regex.I)


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: a full stop, ``!``, ``?`` or ``…``, maybe inside the closing
    quotation mark; a headline that ends on a quoted name (``… “Hiến giọt máu đào”``) does not."""
    line = line.rstrip()
    if line.endswith(('"', "”", "’", "'")):
        line = line[:-1].rstrip()
    return line.endswith((".", "!", "?", "…"))


def _mark_list_under_related_label(lines: list, kind: list, cut: int, legal: bool = False) -> None:
    """Under a bare label that announces related items (``Văn bản liên quan``, ``Tin khác``),
    the run of lines that are not sentences (no closing full stop, thirty words or fewer) is
    that list of headlines; the first sentence ends the run."""
    for i in range(cut):
        if not lines[i] or kind[i] not in ("navigation", "legal_metadata", "related_link") \
                or not _related_label_rx().fullmatch(lines[i].strip(" -–•*|")):
            continue
        above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        if not legal and above is not None and kind[above] is None and _tail_names(lines[above], 2.0):
            kind[above] = "byline"  # the author's name closing the article (a legal text's is its signer's)
        run = [j for j in range(i + 1, cut) if lines[j] and kind[j] is None]
        bullet = None
        for p, j in enumerate(run):
            ln = lines[j].rstrip()
            if _nwords(ln) > 30 or _ends_sentence(ln) or ln.endswith((";", ":")):
                break
            marked = bool(_LIST_ITEM.match(ln))
            if bullet is None:
                bullet = marked
            elif marked != bullet:
                break  # the list's items share their shape; a line without the bullet ends it
            nxt = lines[run[p + 1]] if p + 1 < len(run) else ""
            if _nwords(nxt) >= 15 and _ends_sentence(nxt.rstrip()):
                break  # a line heading a paragraph is the article's sub-heading: the list is over
            kind[j] = "related_link"


def _mark_tabs_above_legal_text(lines: list, kind: list, cut: int, t: float) -> None:
    """On a legal-database page, the short labels above the legal text itself (its tabs and
    menus: ``Nội dung``, ``Tiếng Anh``, ``Mục lục``) are chrome: the text begins at its first
    marker (the national motto, ``Số: …``, the document-type heading, a recital or an article)."""
    legal_rx, _ = _kind_rules()
    start = None
    for i in range(cut):
        if lines[i] and kind[i] in (None, "navigation"):
            try:
                m = legal_rx.search(lines[i], timeout=t)
            except TimeoutError:
                continue
            if m and m.lastgroup in ("motto", "number", "heading", "basis", "article"):
                start = i
                break
    if start is None:
        return
    for i in range(start):
        ln = lines[i]
        if ln and kind[i] is None and len(_WORD.findall(ln)) <= 5 and not ln.rstrip().endswith(_SENTENCE_END) \
                and ln != ln.upper():
            kind[i] = "navigation"


_NAME_DATE = regex.compile(r"(.+?)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2})?\s*$")


def _name_under_title(line: str, t: float) -> bool:
    """The author's name, alone or followed by the date: ``Lệ Thu``, ``Lệ Thu 11/05/2022``."""
    not_names = load("boilerplate")["byline_with_date"]["not_names"]
    if _nwords(line) <= 4 and _NAME_LINE.fullmatch(line, timeout=t) and not re.search(r"\d", line):
        return not any(line.casefold().startswith(w.casefold() + " ") for w in not_names)
    m = _NAME_DATE.fullmatch(line, timeout=t)
    if not m:
        return False
    name = m.group(1)
    return 2 <= _nwords(name) <= 4 and _NAME_LINE.fullmatch(name, timeout=t) is not None \
        and not any(name.casefold().startswith(w.casefold()) for w in not_names)


def _one_word_apart(a: str, b: str) -> bool:
    """Two one-sentence lines of 10 to 30 words, both ending in a full stop, that differ in one
    word (not a number)."""
    n = _nwords(a)
    if _nwords(b) != n or not 10 <= n <= 30 or not (a.endswith(".") and b.endswith(".")):
        return False
    wa, wb = a.split(), b.split()
    if _LIST_ITEM.match(a) or _LIST_ITEM.match(b) or not _single_sentence(a, 30) or not _single_sentence(b, 30):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(diff) == 1 and not re.search(r"\d", diff[0][0] + diff[0][1])


@lru_cache(maxsize=1)
def _chrome_rx() -> dict:
    d = load("boilerplate")["page_chrome"]
    return {k: regex.compile(d[k], regex.I) for k in ("reading_now", "counter_label", "image_suffix",
                                                      "read_more_suffix", "toc_label", "topic_label",
                                                      "counter_block", "tags_label",
                                                      "stamp_before_lead")}


def _unrepeat(line: str) -> str:
    """The line's text when it is one headline printed two to four times in a row on one line
    (a document page's SEO title: ``X X X``), else ``line``."""
    words = line.split()
    for k in (2, 3, 4):
        n = len(words) // k
        if n >= 4 and n * k == len(words) and " ".join(words[:n] * k).casefold() == " ".join(words).casefold():
            return " ".join(words[:n])
    return line


def _sort_key(line: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFD", line.casefold().translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _mark_sorted_menu(lines: list, kind: list, cut: int) -> None:
    """A category menu printed as text: a run of consecutive short labels (ten words or fewer, no
    sentence end; twelve of them or more without a digit) in alphabetical order (accents aside; one
    label in ten may be out of place). A list in an article's text is neither that long nor
    sorted, and a table printed one cell a line (a name, then its score) is not sorted."""
    run: list = []

    def flush():
        if sum(1 for j in run if not regex.search(r"\d", lines[j])) >= 12:
            keys = [_sort_key(lines[j]) for j in run]
            out = sum(1 for a, b in zip(keys, keys[1:]) if b < a)
            if out * 10 <= len(run):
                for j in run:
                    kind[j] = "navigation"
        run.clear()

    for i in range(cut):
        ln = lines[i]
        if not ln:
            continue
        if kind[i] is None and _nwords(ln) <= 10 and not ln.rstrip().endswith(_SENTENCE_END):
            run.append(i)
        else:
            flush()
    flush()


def _mark_toc(lines: list, kind: list, cut: int, t: float) -> None:
    """Under a table of contents' label (``Mục lục bài viết``), its entries: the list items of one
    shape (bullet or number) right under it, thirty words or fewer; an item with a paragraph under
    it is the text's own first section heading, which ends the run."""
    toc = _chrome_rx()["toc_label"]
    for i in range(cut):
        if not lines[i] or not toc.match(lines[i].strip(" -–•*|"), timeout=t):
            continue
        kind[i] = "navigation"
        run = []  # the lines under the label, taken while they are list items (and the one after)
        for j in range(i + 1, cut):
            if lines[j] and kind[j] is None:
                run.append(j)
                if not _LIST_ITEM.match(lines[j]) or len(run) > 200:
                    break
        shape = None
        for p, j in enumerate(run):
            ln = lines[j]
            if not _LIST_ITEM.match(ln) or _nwords(ln) > 30:
                break
            this = ln.lstrip()[:1].isdigit()
            if shape is None:
                shape = this
            elif this != shape:
                break
            nxt = lines[run[p + 1]] if p + 1 < len(run) else ""
            if _nwords(nxt) >= 15 and nxt.rstrip().endswith((".", "!", "?", "…")):
                break
            kind[j] = "navigation"


_LOWER_LINE = regex.compile(r"\p{Ll}[\p{Ll}\d\s,'’-]{3,80}")
_ASCII_SLUG = regex.compile(r"[a-z][a-z\d\s,-]{10,250}")


def _mark_lowercase_slugs(lines: list, kind: list, cut: int) -> None:
    """An image's alt text or a keyword slug left as a line of its own: a line of four to
    twenty-five unaccented lower-case words on a Vietnamese page, or two to eight words in lower
    case only (``pci là gì``, ``hut be phot, thong tac ve sinh``), not a sentence, with a sentence end
    (or nothing) above it, so that it does not go on a sentence wrapped from the line above, and a
    capital (or nothing) below it. A list item (``a)``, ``-``) does not open with a letter alone."""
    nonempty = [i for i in range(cut) if lines[i]]
    if sum(1 for i in nonempty if kind[i] is None) < 2:
        return  # the page's only line (a tag page's name) is what the page says
    slugs = [i for i in nonempty if kind[i] is None and 4 <= _nwords(lines[i]) <= 25
             and _ASCII_SLUG.fullmatch(lines[i].rstrip())]
    if slugs and sum(1 for i in nonempty if _vi_marks(lines[i], 3)) >= 2:
        for i in slugs:  # a file or image name spelled without accents on a Vietnamese page: "… hinh 1"
            kind[i] = "noise"
    for p, i in enumerate(nonempty):
        ln = lines[i].rstrip()
        if kind[i] is not None or not 2 <= _nwords(ln) <= 8 or not _LOWER_LINE.fullmatch(ln):
            continue
        prev = lines[nonempty[p - 1]].rstrip() if p > 0 else ""
        nxt = lines[nonempty[p + 1]].lstrip() if p + 1 < len(nonempty) else ""
        if prev and not prev.endswith(_SENTENCE_END) and kind[nonempty[p - 1]] is None:
            continue  # a sentence wrapped onto this line
        if nxt and not (nxt[:1].isupper() or nxt[:1].isdigit() or not nxt[:1].isalpha()):
            continue
        kind[i] = "noise"


_BARE_NUMBER = regex.compile(r"[\d.,]{1,9}")


_COUNTER_LINE = regex.compile(r"[-–•*]?\s*[^\d\n:]{1,30}?\s*:?\s*[\d.,]{1,12}")
_COUNTER_KEY = regex.compile(r"[-–•*]?\s*\p{L}+(?:\s\p{L}+){0,2}\s*:")  # a counter's label alone: "Tuần này:"


@lru_cache(maxsize=1)
def _page_signals() -> dict:
    """The patterns and bounds of the general page signals (``boilerplate`` sections
    ``caption_after_image``, ``template_captions``, ``isolated_counter``)."""
    d = load("boilerplate")
    return {"image_file": regex.compile(d["caption_after_image"]["image_file"], regex.I),
            "template": d["template_captions"],
            "counter": regex.compile(d["isolated_counter"]["pattern"]),
            "near": int(d["isolated_counter"]["near_lines"]),
            "arrow": regex.compile(d["arrow_links"]["pattern"]),
            "arrow_words": int(d["arrow_links"]["max_words"])}


def _shared_words(line: str, text: str) -> float:
    """The share of ``line``'s distinct pairs of neighbouring syllables (folded, punctuation
    dropped) found in ``text``: Vietnamese words are mostly two syllables, and single syllables
    ("thì", "và", "ra") are shared by any two lines."""
    def pairs(s: str) -> set:
        w = _WORD.findall(_fold_words(s))
        return {(a, b) for a, b in zip(w, w[1:])}
    mine = pairs(line)
    if not mine:
        return 0.0
    have = pairs(text)
    return sum(x in have for x in mine) / len(mine)


def _mark_isolated_numbers(lines: list, kind: list, cut: int, t: float) -> None:
    """A view or visitor count alone on its line ("4790", "9.660.859"): a bare number right under
    the page's first line or next to chrome, with no other short line holding a figure near it (a
    table printed one cell a line has its figures side by side), and not under a label ending in
    ':' nor under a line of the text (the label's value)."""
    sig = _page_signals()
    rx, near = sig["counter"], sig["near"]
    shown = [i for i in range(cut) if lines[i]]
    for p, i in enumerate(shown):
        ln = lines[i].strip()
        if kind[i] is not None or not ln[:1].isdigit() or not rx.fullmatch(ln, timeout=t):
            continue
        if p > 0 and lines[shown[p - 1]].rstrip().endswith(":"):
            continue
        prev_chrome = p == 1 or (p > 1 and kind[shown[p - 1]] is not None)  # under the headline or chrome
        next_chrome = p + 1 < len(shown) and kind[shown[p + 1]] is not None
        if not (prev_chrome or next_chrome):
            continue  # a figure under a label of the text ("Tổng số hồ sơ tiếp nhận …" / "12.345.678")
        around = shown[max(0, p - near):p] + shown[p + 1:p + 1 + near]
        if any(_nwords(lines[j]) <= 3 and any(c.isdigit() for c in lines[j]) and kind[j] is None for j in around):
            continue
        kind[i] = "navigation"


@lru_cache(maxsize=1)
def _person_action_rx() -> "regex.Pattern[str]":
    sc = load("boilerplate")["scene_caption"]
    titles = literal_alternation(sc["person_agents"] + sc["title_agents"], ignore_case=True)
    acts = literal_alternation(sc["person_scene_words"], ignore_case=True)
    return regex.compile(r"(?:(?:%s)(?:(?<=\.)|(?![\p{L}\d]))\s*)+(?:\p{Lu}\p{Ll}*\s+){1,4}(?:%s)\b" % (titles, acts), regex.I)


def _mark_person_action_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """A short caption of a photo of one named official at the event ("Bộ trưởng Tô Lâm phát
    biểu tại phiên họp."): one sentence of few words closed by a full stop, titles and a name
    then an act at the event, no tense, modal or negation word, between two paragraphs or
    between the page's date line and its lead (``boilerplate`` ``person_action_caption``)."""
    cfg = load("boilerplate")["person_action_caption"]
    lo, hi = int(cfg["min_words"]), int(cfg["max_words"])
    rx = _person_action_rx()
    telling = _scene_rx()[2]
    shown = [i for i in range(cut) if lines[i]]
    for p, i in enumerate(shown):
        ln = lines[i].strip()
        if kind[i] is not None or not lo <= _nwords(ln) <= hi or not ln.endswith(".") or p + 1 >= len(shown):
            continue
        m = rx.match(ln, timeout=t)  # (the titles' own full stops, "PGS.TS.", are no sentence's end)
        if m is None or not _single_sentence(ln[m.end():], hi) or telling.search(ln, timeout=t):
            continue
        before, after = shown[p - 1] if p else None, shown[p + 1]
        if not (_prose(lines[after]) or _nwords(lines[after]) > 40):
            continue
        if before is not None and (kind[before] in ("metadata", "photo_caption", "image_marker")
                                   or _prose(lines[before]) or _nwords(lines[before]) > 40):
            kind[i] = "photo_caption"


def _mark_template_captions(lines: list, kind: list, cut: int) -> None:
    """Photo captions made from one template between the paragraphs ("Tổ chức kiểm tra CCHC tại
    phường Đức Thuận" / "… tại phường Nam Hồng"): short lines with no sentence's end, each
    between two paragraphs of prose, opening with the same words and differing only in a
    closing proper name (``boilerplate`` ``template_captions``)."""
    cfg = _page_signals()["template"]
    k, top, tail_max = int(cfg["min_shared_words"]), int(cfg["max_words"]), int(cfg["max_tail_words"])
    shown = [i for i in range(cut) if lines[i]]
    cands = []
    for p, i in enumerate(shown):
        ln = lines[i].strip()
        if kind[i] is not None or not k + 1 <= _nwords(ln) <= top or ln.endswith(_SENTENCE_END + (",",)) \
                or not ln[:1].isupper() or p == 0 or p + 1 >= len(shown):
            continue
        before, after = lines[shown[p - 1]], lines[shown[p + 1]]
        if (_prose(before) or _nwords(before) >= 15) and (_prose(after) or _nwords(after) >= 15):
            cands.append(i)
    groups: dict = {}
    for i in cands:
        groups.setdefault(tuple(lines[i].casefold().split()[:k]), []).append(i)
    for idxs in groups.values():
        if len(idxs) < 2:
            continue
        words = [lines[i].split() for i in idxs]
        shared = 0
        while all(len(w) > shared for w in words) and len({w[shared].casefold() for w in words}) == 1:
            shared += 1
        tails = [w[shared:] for w in words]
        if shared < k or len({" ".join(x).casefold() for x in tails}) < len(tails):
            continue
        if all(1 <= len(x) <= tail_max and all(w[:1].isupper() for w in x) for x in tails):
            for i in idxs:
                kind[i] = "photo_caption"
