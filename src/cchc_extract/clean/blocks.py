"""Clean stage: blocks of a page's head and tail.

Counters (a number above its label), an author's block, English lines, page numbers, metadata
bullets, a cover block, a stamped tail, chrome above a repeated headline, a description above a
reprint; and the per-page keys of lines (bare key, letter counts, :class:`_Keys`).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Optional

from .. import rx as regex
from ..patterns import literal_alternation
from ..resources import load
from .linerules import _LIST_ITEM, _nwords, _prose, _vi_marks, _words_upto
from .shapes import _SENTENCE_END, _word_key
from .captions import _paginated_rules
from .chrome import _BARE_NUMBER, _COUNTER_KEY, _COUNTER_LINE, _chrome_rx


def _mark_counters(lines: list, kind: list, cut: int, t: float) -> None:
    """A bare number right above a counter's label (``17`` / ``lượt xem``) is the counter's; under
    a visit-counter box's label (``Thống kê truy cập``), its ``label : number`` lines are its
    counters (``Trực tuyến : 5257``); under a bare tags label (``Tags:``), the short lines that are
    no sentence are the tags."""
    chrome = _chrome_rx()
    label = chrome["counter_label"]
    nonempty = [i for i in range(cut) if lines[i]]
    for a, b in zip(nonempty, nonempty[1:]):
        if kind[a] is None and _BARE_NUMBER.fullmatch(lines[a]) and kind[b] is not None \
                and label.match(lines[b], timeout=t):
            kind[a] = "navigation"
    def counters_under(p: int) -> list:
        # a counter box's lines: "label : number" on one line, or the label and its number on two
        # ("Hôm nay:" / "1"); the labels a line rule took already are passed over
        run = []
        for j in nonempty[p + 1:p + 17]:
            if kind[j] == "navigation":
                continue
            if kind[j] is not None or len(lines[j].split()) > 6 or not (
                    _COUNTER_LINE.fullmatch(lines[j], timeout=t) or _BARE_NUMBER.fullmatch(lines[j])
                    or _COUNTER_KEY.fullmatch(lines[j], timeout=t)):
                break
            run.append(j)
        return run

    for p, i in enumerate(nonempty):
        ln = lines[i].strip(" -–•*|")
        if kind[i] is None:
            if len(ln) <= 30 and chrome["counter_block"].match(ln, timeout=t):
                # a bare label no rule took ("Truy cập"): a counter box when figures stand under it
                run = counters_under(p)
                if sum(1 for j in run if any(c.isdigit() for c in lines[j])) >= 2:
                    for j in [i] + run:
                        kind[j] = "navigation"
            continue
        if chrome["counter_block"].match(ln, timeout=t):
            for j in counters_under(p):
                kind[j] = "navigation"
        elif chrome["tags_label"].match(ln, timeout=t):
            for j in nonempty[p + 1:p + 9]:
                tag = lines[j].strip()
                if kind[j] is not None or _nwords(tag) > 6 or tag.endswith(_SENTENCE_END) or _LIST_ITEM.match(tag):
                    break
                kind[j] = "navigation"


@lru_cache(maxsize=1)
def _affiliation_rx() -> "regex.Pattern[str]":
    words = load("boilerplate")["author_block"]["affiliation_words"]
    return regex.compile(r"(?:%s)(?![\p{L}\d])" % literal_alternation(words, ignore_case=True), regex.I)


_FOOTNOTE_MARK = regex.compile(r"\(\s*\*{1,3}\s*\)\s*|\*{1,3}\s+")


def _mark_author_block(lines: list, kind: list, cut: int, t: float) -> None:
    """Above the text, the one or two short lines under a byline (ten words or fewer, no sentence
    end) that open with a post or an institution (``Phó trưởng Khoa Xã hội học`` / ``Học viện Báo chí
    và Tuyên truyền``) are the author's affiliation: a scholar's byline block."""
    for i in range(cut):
        if not lines[i]:
            continue
        if kind[i] is None and _prose(lines[i]):
            return  # the text has begun
        if kind[i] != "byline":
            continue
        below = [j for j in range(i + 1, cut) if lines[j]][:2]
        for j in below:
            ln = lines[j].strip()
            mark = _FOOTNOTE_MARK.match(ln)  # "(*) Nguyên Vụ trưởng Vụ …": the mark the name carries
            if mark:
                ln = ln[mark.end():]
            if kind[j] is not None or _nwords(ln) > (14 if mark else 10) or ln.endswith(_SENTENCE_END) \
                    or not _affiliation_rx().match(ln, timeout=t):
                break
            kind[j] = "byline"


@lru_cache(maxsize=1)
def _english_words() -> frozenset:
    return frozenset(w.casefold() for w in load("boilerplate")["english_chrome"]["words"])


_ASCII_WORD = regex.compile(r"[A-Za-z]+")


def _mark_english_lines(lines: list, kind: list, cut: int, t: float) -> None:
    """On a Vietnamese page (most of its lines of eight words or more carry three Vietnamese marks),
    a line written in English is the portal's chrome or an English summary (``Our Story``,
    ``Monday - Friday 08:00AM-17:00PM``, ``No posts were found.``): a line with no letter outside
    ASCII whose words are a third English words of ``data/boilerplate.json`` ``english_chrome``
    (six words or fewer) or a fifth (longer), two of them at least, twelve words at most. Vietnamese
    written without its marks has none of those words; an English term inside a Vietnamese sentence
    has the sentence's marks around it; a longer English line is a quotation, and a line ending in a
    colon is a heading announcing its item (a film's title)."""
    long_lines = list(islice((ln for ln in lines[:cut] if ln and _words_upto(ln, 8) >= 8), 40))
    if len(long_lines) < 2 or sum(1 for ln in long_lines if _vi_marks(ln, 3)) * 2 <= len(long_lines):
        return
    english = _english_words()
    for i in range(cut):
        ln = lines[i]
        if not ln or kind[i] is not None or _nwords(ln) > 16 or ln.rstrip().endswith(":") \
                or (not ln.isascii() and any(c.isalpha() and ord(c) > 127 for c in ln)):
            continue  # a heading announcing its item ("The Wrestler (Bangladesh):"), a Vietnamese line
        words = _ASCII_WORD.findall(ln, timeout=t)
        if len(words) > 12:
            continue  # a quotation in English
        n = sum(1 for w in words if w.casefold() in english)
        if n >= 2 and ((len(words) <= 6 and n * 3 >= len(words)) or n * 5 >= len(words)):
            kind[i] = "navigation"


def _mark_leading_english(lines: list, kind: list, cut: int, t: float) -> None:
    """On a Vietnamese page, English paragraphs above its first Vietnamese line: a template's
    filler text or an English summary (``boilerplate`` ``leading_english``)."""
    long_lines = list(islice((ln for ln in lines[:cut] if ln and _words_upto(ln, 8) >= 8), 40))
    if len(long_lines) < 3 or sum(1 for ln in long_lines if _vi_marks(ln, 3)) * 2 <= len(long_lines):
        return
    least = int(load("boilerplate")["leading_english"]["min_words"])
    english = _english_words()
    for i in range(cut):
        ln = lines[i]
        if not ln or kind[i] is not None:
            continue
        if any(c.isalpha() and ord(c) > 127 for c in ln):
            return  # the first Vietnamese line: the article has begun
        words = _ASCII_WORD.findall(ln, timeout=t)
        if len(words) >= least and sum(1 for w in words if w.casefold() in english) * 5 >= len(words):
            kind[i] = "navigation"


_META_BULLET = regex.compile(r"[-–•*]\s+[\p{L}\d][\p{L}\d&+]*(?:\s[\p{L}\d&+]+){0,2}")
_CELL_NUMBER = regex.compile(r"[\d.,]{1,12}\s*%?")


@lru_cache(maxsize=1)
def _furniture_rx() -> tuple:
    d = load("boilerplate")
    stamped = d["stamped_related_headlines"]
    return (regex.compile(d["page_number_line"]["pattern"], regex.I),
            regex.compile(stamped["stamp"], regex.I), int(stamped["min_run"]), int(stamped["max_words"]))


def _mark_page_numbers(lines: list, kind: list, cut: int, t: float) -> None:
    """A bare page number (``12``, ``- 5 -``) or a zoom widget's ``100%`` alone on its line between
    two lines of text of eight words or more (or chrome already taken) is the page's furniture; a
    number among short lines is a table's cell or a list's and stays."""
    rx = _furniture_rx()[0]
    nonempty = [i for i in range(cut) if lines[i]]

    def fits(j: Optional[int]) -> bool:
        return j is None or kind[j] is not None or _nwords(lines[j]) >= 8

    for p, i in enumerate(nonempty):
        if kind[i] is not None or len(lines[i]) > 12 or not rx.fullmatch(lines[i].strip(), timeout=t):
            continue
        prev = nonempty[p - 1] if p else None
        nxt = nonempty[p + 1] if p + 1 < len(nonempty) else None
        if prev is None and nxt is None:
            continue
        if prev is not None and lines[prev].rstrip().endswith(":"):
            continue  # "Số hồ sơ tiếp nhận:" / "12": the number is the label's value
        near = nonempty[max(0, p - 3):p] + nonempty[p + 1:p + 4]
        if _CELL_NUMBER.fullmatch(lines[i].strip()) and any(_CELL_NUMBER.fullmatch(lines[j].strip()) for j in near):
            continue  # another bare number near it: a table printed one cell a line ("- 5 -" is no cell)
        if fits(prev) and fits(nxt):
            kind[i] = "navigation"


def _mark_meta_bullets(lines: list, kind: list, cut: int) -> None:
    """Above the body, a bulleted block of the article's metadata (``- 01/02/2023``, ``- 2367
    lượt xem``) may hold its category as one more item (``- PAPI``): a bulleted item of three
    words or fewer, without punctuation, next to a bulleted line already taken as metadata."""
    nonempty = [i for i in range(cut) if lines[i]]
    for p, i in enumerate(nonempty):
        if _prose(lines[i]):
            break  # the body has begun
        if kind[i] is not None or not _META_BULLET.fullmatch(lines[i]):
            continue
        near = [nonempty[q] for q in (p - 1, p + 1) if 0 <= q < len(nonempty)]
        if any(kind[j] in ("metadata", "navigation") and _LIST_ITEM.match(lines[j]) for j in near):
            kind[i] = "navigation"


@lru_cache(maxsize=1)
def _cover_rx() -> tuple:
    d = load("boilerplate")["cover_block"]
    return regex.compile(d["field"], regex.I), regex.compile(d["place_year"], regex.I), \
        regex.compile(d["page_prefix"], regex.I)


@lru_cache(maxsize=64)
def _start_only(p: "regex.Pattern[str]") -> bool:
    """Whether the pattern can match at the start of a text only (it opens with ``^``, no ``|``
    outside its groups, no multi-line flag)."""
    from ..pagekind import _anchored

    return _anchored(p.pattern) and not p.flags & regex.M


def _sub_start(p: "regex.Pattern[str]", line: str, t: Optional[float], count: int = 1) -> str:
    """``p.sub("", line, count=count, timeout=t)``: for a pattern that can match at the start only,
    a match and a slice (``sub`` would try every position of the line)."""
    if _start_only(p):
        m = p.match(line, timeout=t)
        return line[m.end():] if m else line
    return p.sub("", line, count=count, timeout=t)


def _mark_cover_block(lines: list, kind: list, start: int, cut: int, t: float, top: bool = False) -> None:
    """A thesis's or report's cover printed inside the page, under text already read (a preview
    site prints its description first): around the degree line (``LUẬN VĂN THẠC SĨ``), the run of
    upper-case lines (institution, author, title), labelled fields (``Chuyên ngành :``,
    ``Người hướng dẫn:``) and the place-and-year line (``Nghệ An, năm 2022``) that closes it. Upper-
    case lines after the fields with no place-and-year line under them are the text's headings
    (``MỞ ĐẦU``) and stay. Above any prose (a preview that opens on the cover), only a cover that
    its place-and-year line closes is taken, and only when the page has no headline (``top``): a
    cover whose title is the page's headline stays the headline's."""
    field, place_year, prefix = _cover_rx()
    _, degree = _paginated_rules()
    idx = [i for i in range(start, cut) if lines[i]]
    prose_seen = False

    def upper(ln: str) -> bool:
        ln = _sub_start(prefix, ln, t)
        return ln == ln.upper() and _nwords(ln) <= 30 and regex.search(r"\p{L}", ln) is not None

    def cover_line(ln: str) -> bool:
        return upper(ln) or bool(field.match(ln, timeout=t)) or bool(place_year.fullmatch(ln, timeout=t))

    p = 0
    while p < len(idx):
        i = idx[p]
        ln = _sub_start(prefix, lines[i], t)
        if kind[i] is not None or not (degree.match(ln, timeout=t) and ln == ln.upper()):
            prose_seen = prose_seen or (kind[i] is None and _prose(lines[i]))
            p += 1
            continue
        lo = p
        while lo > 0 and kind[idx[lo - 1]] is None and upper(lines[idx[lo - 1]]):
            lo -= 1
        hi, closed = p, False
        while hi + 1 < len(idx) and kind[idx[hi + 1]] is None and cover_line(lines[idx[hi + 1]]):
            hi += 1
            if place_year.fullmatch(lines[idx[hi]], timeout=t):
                closed = True
                break
        if not prose_seen and not (closed and top):
            p += 1  # above any prose, only a cover closed by its place and year, on a page with no headline
            continue
        if not closed:
            while hi > p and upper(lines[idx[hi]]) and not field.match(lines[idx[hi]], timeout=t):
                hi -= 1  # "MỞ ĐẦU" under the fields: the text's heading
        if hi - lo >= 2:
            for q in range(lo, hi + 1):
                kind[idx[q]] = "navigation"
        p = hi + 1


def _mark_stamped_tail(lines: list, kind: list, cut: int, t: float) -> None:
    """Other articles' headlines closing the page with no label above them, each with its date,
    time or view count (``Sở Nội vụ triển khai kế hoạch năm 2024 (12/03/2024)``): a run of two
    or more such lines after the last line of the body goes as related links. A headline is
    short, opens in upper case and has no sentence end before its stamp."""
    _, stamp, min_run, max_words = _furniture_rx()
    run: list = []
    for i in range(cut - 1, -1, -1):
        if not lines[i] or kind[i] is not None:
            continue
        tail = lines[i][-80:]  # the stamp closes the line: only its end is searched (linear on long lines)
        m = stamp.search(tail, timeout=t)
        head = lines[i][:len(lines[i]) - len(tail) + m.start()].rstrip(" -–|,") if m else ""
        if m and head[:1].isupper() and 3 <= _nwords(head) <= max_words \
                and not head.endswith(_SENTENCE_END) and not _LIST_ITEM.match(head):
            run.append(i)
            continue
        break
    if len(run) >= min_run:
        for i in run:
            kind[i] = "related_link"


@lru_cache(maxsize=1)
def _suffix_rx() -> "regex.Pattern[str]":
    return regex.compile(load("boilerplate")["line_suffix_strip"]["pattern"], regex.I)


def _mark_chrome_above_repeat(lines: list, kind: list, title_i: int, cut: int) -> None:
    """Short label lines between the headline and its repeat ("Chính trị - Ngoại giao" above
    the headline printed again) are the portal's chrome: the article has not begun yet."""
    rep = next((i for i in range(title_i + 1, cut) if lines[i] and kind[i] == "duplicate_title"), None)
    if rep is None:
        return
    between = [i for i in range(title_i + 1, rep) if lines[i] and kind[i] is None]
    if 0 < len(between) <= 3 and all(_nwords(lines[i]) <= 8 and not lines[i].endswith(_SENTENCE_END) for i in between):
        for i in between:
            kind[i] = "navigation"


def _mark_description_above_reprint(lines: list, kind: list, start: int, cut: int, head_lines: list) -> None:
    """The page's description above the headline printed again: when the article proper opens
    with a section label and the headline run into its lead (``Kinh tế <headline> Sáng 26-6,
    …``), the one paragraph between the top and that line which restates the lead (half its
    words or more are in that lead) is the description a portal puts before
    the article, not its text. A headline repeated alone (an image's alt text) is not taken: the
    lead above it is the article's."""
    reprint = min(head_lines, default=None)
    if reprint is None:
        return
    before = [i for i in range(start, reprint) if lines[i] and kind[i] is None]
    if len(before) != 1 or _nwords(lines[before[0]]) > 60:
        return
    pool = set(_word_key(lines[reprint]).split()) if kind[reprint] is None else set()
    if not pool:
        return
    for i in before:
        words = _word_key(lines[i]).split()
        if len(words) >= 8 and sum(w in pool for w in words) * 2 >= len(words):
            kind[i] = "teaser"


def _bare_key(line: str) -> str:
    """The line's word characters, case-folded: ``"".join(_WORD.findall(line.casefold()))``, read
    off its word key (kept for the page; its words hold no space)."""
    return _word_key(line).replace(" ", "")


# ASCII letters frequent in Vietnamese: word characters, so a line's word key and bare key hold
# each of them exactly as often as the case-folded line does
_COUNTED = "nhtcgi"


def _counts(folded: str) -> tuple:
    """How often each letter of ``_COUNTED`` occurs in a case-folded text or a key: a cheap test
    before a line's key is made (two keys whose counts differ differ)."""
    return tuple(map(folded.count, _COUNTED))


class _Keys(dict):
    """The word keys of lines as they were when this was made, each made on first use."""

    def __init__(self, lines: list) -> None:
        super().__init__()
        self.lines = list(lines)

    def __missing__(self, i: int) -> str:
        v = self[i] = _word_key(self.lines[i])
        return v
