"""Clean stage: crawl rows and the headline.

A crawl record's row (fields and date), the site's clock line, a title's site chrome, the
shapes of a headline (long, stopped, short, with a name), a headline twice at the top, a
caption taken for a headline, the menu under a headline, and :func:`_find_title`, which
chooses the page's headline.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Optional

from .. import rx as regex
from ..published import is_clock_line
from ..resources import load
from .linerules import (_ANY_DATE, _LIST_ITEM, _VI_MARKS, _iso, _looks_like_headline, _nwords, _prose,
    _vi_marks, _words_upto)
from .shapes import _SENTENCE_END, _WORD, _legal_header_line, _norm_line, _single_sentence, _word_key
from .captions import _SENTENCE_SPLIT, _headline_shaped


def _clock(lines: list, kind: list, i: int, body: list) -> bool:
    """Whether the date line ``lines[i]`` is the site's clock: labelled ``Hôm nay``, or a weekday and
    a date without a time above the body with the navigation right under it."""
    if not is_clock_line(lines[i]):
        return False
    if regex.match(r"\W*(?:Hôm nay|Today)", lines[i], regex.I):
        return True
    nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    return not body and nxt is not None and kind[nxt] == "navigation"
_MOTTO = regex.compile(r"(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)\s*\|?")


_ROW_FIELD = regex.compile(r"\s*(?:'((?:[^'\\]++|\\.|'')*+)'|\"((?:[^\"\\]++|\\.)*+)\"|(-?\d{1,20}(?:\.\d+)?)|(NULL|None|null))\s*(?:,|(?=\)))",
                         regex.S)
_ROW_ESCAPES = {"\\r\\n": "\n", "\\n": "\n", "\\r": "\n", "\\t": " ", "\\'": "'", '\\"': '"', "''": "'"}
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:]{5,8})?$")


def _unpack_row(text: str, t: float):
    """A page that is one database row as a crawler dumped it — ``(12, 3, 'Tiêu đề', '2021-05-02',
    'Nội dung…\\r\\n…')`` — as ``(body, title, date, other fields)``; None for anything else.

    The body is the longest quoted field (escaped line breaks resolved), the title the
    headline-like field before it, the date an ISO date field; ids and the rest are reported."""
    s = text.strip()
    if not (s.startswith("(") and s.endswith((")", ");", "),"))) or len(s) > 5_000_000:
        return None
    inner = s[1:s.rstrip(";,").rfind(")")]
    fields: list = []
    pos = 0
    try:
        while pos < len(inner):
            m = _ROW_FIELD.match(inner + ")", pos, timeout=t)
            if m is None or m.end() == pos:
                return None
            val = m.group(1) if m.group(1) is not None else m.group(2)
            fields.append(("s", val) if val is not None else ("n", m.group(3) or m.group(4)))
            pos = m.end()
    except TimeoutError:
        return None
    strings = [(i, v) for i, (k, v) in enumerate(fields) if k == "s"]
    if len(fields) < 2 or not strings:
        return None
    bi, body = max(strings, key=lambda x: len(x[1]))
    if _nwords(body) < 12:
        return None
    for a, b in _ROW_ESCAPES.items():
        body = body.replace(a, b)
    title = date = None
    rest = []
    for i, (k, v) in enumerate(fields):
        if i == bi:
            continue
        if k == "s" and date is None and _ISO_DAY.match(v.strip()):
            m = _ISO_DAY.match(v.strip())
            date = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            rest.append(v)
        elif k == "s" and title is None and i < bi and 2 <= _nwords(v) <= 40 and "\\n" not in v:
            title = v.replace("\\'", "'").replace("''", "'").strip()
        elif v:
            rest.append(v)
    return body, title, date, rest


def _crawl_date(prefix: str) -> Optional[str]:
    m = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", prefix)
    if not m:
        return None
    if m.group(3):
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return f"{m.group(1)}-{m.group(2)}" if 1 <= int(m.group(2)) <= 12 else None


@lru_cache(maxsize=1)
def _title_chrome_rx():
    return regex.compile(load("boilerplate")["title_chrome"]["pattern"], regex.I)


_QUOTED_STOP = regex.compile(r"[.!?…][”\"’»]+\s*$")


def _title_chrome(line: str, nxt: str, vietnamese: bool, t: float) -> bool:
    """Whether ``line``, with the headline-like ``nxt`` under it, is chrome above the headline:
    a banner or slogan, the site or section name in capitals, an English line on a Vietnamese
    page, a section label above a longer headline in capitals, or a short section label or
    breadcrumb (eight words at most) above a headline half as long again."""
    if _title_chrome_rx().match(line, timeout=t):
        return True
    if line == line.upper() and nxt != nxt.upper() and ":" not in nxt \
            and (len(_WORD.findall(nxt)) > 4 or not _VI_MARKS.search(nxt)):
        return True  # the site or section name in capitals above a headline (not above a field: "Kích thước: px",
        # nor a heading in capitals above the short cells of its table: "Trường hợp")
    if vietnamese and not _VI_MARKS.search(line) and _VI_MARKS.search(nxt):
        return True
    if nxt == nxt.upper() and line != line.upper() and 5 <= _nwords(nxt) and _nwords(line) <= 12 \
            and _nwords(nxt) >= _nwords(line) and not line.endswith(":") \
            and not regex.search(r"\d|\s[-–/]{1,2}\s", nxt):
        return True  # a section label above a headline in capitals (not a byline of names in capitals)
    return len(_WORD.findall(line)) <= 8 and _nwords(nxt) >= max(8, 1.5 * len(_WORD.findall(line))) \
        and not line.endswith(":") \
        and not _QUOTED_STOP.search(nxt)  # words, not the dashes between sections: "Chính trị - Xã hội Cải cách hành chính";
    # a sentence quoted under it ("“Bộ máy … quyền lực.”") is the text's, the line above it the headline


def _lead_above_headline(line: str, nxt: str) -> bool:
    """Whether ``line`` is a lead printed above the headline ``nxt``: a sentence of twelve words
    or more, then a headline-shaped line of six to thirty words at least four fifths of whose
    words are in the lead (a headline restates its lead; a sub-heading opens something new). The
    lead is one sentence: a paragraph of two or more opening the page is the text, and a
    sub-heading under it in its words stays the text's."""
    if not line.rstrip().endswith((".", "!", "?", "…")) or _nwords(line) < 12 or not _headline_shaped(nxt) \
            or sum(1 for x in _SENTENCE_SPLIT.split(line.rstrip()) if len(x.split()) >= 5) > 1 \
            or "|" in nxt or _nwords(nxt) < 6:
        return False
    have = set(_word_key(line).split())
    words = set(_word_key(nxt).split())  # distinct words: a short heading of common words
    return len(words) >= 8 and sum(w in have for w in words) * 5 >= 4 * len(words)  # shares them by chance


_OPEN_TRAIL = regex.compile(r"\s[>›»/]\s*$")


def _under_open_trail(lines: list, kind: list, cut: int, t: float) -> Optional[int]:
    """The index of the headline under a breadcrumb trail left open (its last crumb a separator:
    ``Gốc > Tin tức-Sự kiện > Văn bản lưu >``), the trail among the page's first sixty lines, the
    line under it headline-shaped (five words or more, no list item), else None. A trail that
    ends on a crumb names a section, not the page."""
    from ..pagekind import is_menu_line

    shown = [i for i in range(cut) if lines[i]][:60]
    for pos, i in enumerate(shown):
        ln = lines[i].rstrip()
        if kind[i] not in (None, "navigation") or not _OPEN_TRAIL.search(ln) \
                or not is_menu_line(ln[:_OPEN_TRAIL.search(ln).start()] + " > x", t):
            continue
        nxt = shown[pos + 1] if pos + 1 < len(shown) else None
        if nxt is not None and kind[nxt] is None and _looks_like_headline(lines[nxt]) \
                and _nwords(lines[nxt]) >= 5 and not _LIST_ITEM.match(lines[nxt]):
            return nxt
        return None
    return None


_BULLETS = "•●▪◦·"


def _bulleted_pair(line: str, date_line: str) -> bool:
    """Whether ``line`` and the date line under it both open with the same bullet (``•``): a
    page's header printed as a list, each of its lines (headline, date, lead) a list item."""
    a, b = line.lstrip()[:1], date_line.lstrip()[:1]
    return bool(a) and a in _BULLETS and a == b and _ANY_DATE.search(date_line) is not None


@lru_cache(maxsize=1)
def _title_shape() -> dict:
    return load("pagekind")["title_shape"]


def _long_headline(line: str, nxt: str) -> bool:
    """Whether the page's first line ``line`` is a headline longer than forty words (up to
    ``title_shape`` ``long_max_words``): no sentence's end inside it nor at its end, no list
    item, and a paragraph of prose under it (a sentence running on has a lower-case line under it)."""
    n = _words_upto(line, 200)
    if not 40 < n <= _title_shape()["long_max_words"] or line.rstrip().endswith(_SENTENCE_END) \
            or regex.search(r"[.!?…;]\s+\p{Lu}", line) or _LIST_ITEM.match(line):
        return False
    return _prose(nxt) and nxt[:1].isupper()


def _headline_with_stop(line: str, nxt: str) -> bool:
    """Whether ``line`` is a headline printed with a full stop: one sentence of six to twenty-five
    words ending in ``.``, above a paragraph of prose that holds four fifths of its distinct words
    (the lead restates its headline; two sentences of a text in a row do not repeat each other)."""
    if not line.endswith(".") or line.endswith(("..", "./.")) or not 6 <= _nwords(line) <= 25 \
            or not _single_sentence(line, 25) or not _prose(nxt) or len(nxt) <= len(line):
        return False
    words = set(_word_key(line).split())
    have = set(_word_key(nxt).split())
    return len(words) >= 6 and sum(w in have for w in words) * 5 >= 4 * len(words)


def _dated_teaser_head(lines: list, kind: list, i: int, chosen: int) -> bool:
    """Whether the line ``i`` above the chosen headline is another teaser's headline: a
    headline-shaped line right above a date line, with a lead of prose under that date."""
    nxt = [j for j in range(i + 1, chosen) if lines[j]][:2]
    return _headline_shaped(lines[i]) and len(nxt) == 2 and kind[nxt[0]] == "metadata" and kind[nxt[1]] is None \
        and _prose(lines[nxt[1]])


def _stopped_headline(line: str, max_words: int = 25) -> bool:
    """Whether ``line`` reads as a headline printed with a full stop: one sentence of six to
    ``max_words`` (twenty-five) words ending in a single ``.`` (not ``..`` nor ``./.``), not a list
    item."""
    return line.endswith(".") and not line.endswith(("..", "./.")) and 6 <= _nwords(line) <= max_words \
        and _single_sentence(line, max_words) and not _LIST_ITEM.match(line)


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return frozenset(x["name"] for x in load("people")["surnames"])


def _short_headline(line: str, nxt: str, t: float) -> bool:
    """Whether the short first line ``line`` (three or four words) is the page's headline: every
    word capitalised ("Hoa Ngày Tựu Trường", not all capitals: a site or section name), no
    chrome or placeholder, and the text starts under it — a paragraph of prose or a sentence
    wrapped onto lines, not another headline-like line."""
    words = line.split()
    if not 3 <= len(words) <= 4 or line == line.upper() or line.rstrip().endswith(_SENTENCE_END + (",", "|")) \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words) or not _VI_MARKS.search(line):
        return False
    from ..pagekind import is_placeholder

    if is_placeholder(line, t) or _title_chrome_rx().match(line, timeout=t) or not nxt or words[0] in _surnames():
        return False  # (a person's name above the lead is the author: "Nguyễn Minh Anh")
    return _prose(nxt) or (_nwords(nxt) >= 8 and not nxt.rstrip().endswith(_SENTENCE_END))


def _headline_twice_at_top(lines: list, kind: list, cut: int, first_i):
    """The headline printed twice with a blank line between (the page's title and its heading),
    taken by the caption rule for an image's alt text and caption, under site chrome only: a
    hotline, a slogan the page prints again, a breadcrumb, a language switch. Then it is the
    headline (rather than a slogan or no headline) and the lines above it are navigation. An
    image's alt text and caption stand on consecutive lines; a headline found above them that the
    page does not print again stays, unless a breadcrumb above ends on the pair's line."""
    top = [i for i in range(cut) if lines[i]][:10]
    head = lines[first_i[0][-1]] if first_i is not None else None
    for p, i in enumerate(top[:-1]):
        if _prose(lines[i]):
            return None
        j = top[p + 1]
        ln = lines[i]
        if kind[i] == "photo_caption" and kind[j] == "photo_caption" and lines[j] == ln and j > i + 1 \
                and 4 <= _nwords(ln) <= 30 and not ln.rstrip().rstrip('”"').endswith(_SENTENCE_END) \
                and not _LIST_ITEM.match(ln) and sum(1 for k in range(cut) if lines[k] == ln) == 2:
            nxt = next((k for k in range(j + 1, cut) if lines[k] and kind[k] is None), None)
            if nxt is None or not _prose(lines[nxt]):
                return None
            if head is not None and sum(1 for k in range(cut) if lines[k] == head) < 2 and not any(
                    kind[k] == "navigation" and lines[k].endswith(ln) for k in top[:p]):
                return None  # a headline printed once above a photo's caption pair is the page's own,
                # unless a breadcrumb above ends on the pair's line

            for k in top[:p]:
                if kind[k] in (None, "photo_caption", "title"):
                    kind[k] = "navigation"
            kind[j] = "duplicate_title"
            return [i], ln
    return None


def _caption_headline(lines: list, kind: list, cut: int, first_i):
    """When no headline was found and a caption rule took the page's first line: that line, if it
    is the headline — printed twice at the top of the page with a blank line between (the page's
    title and its heading; an image's alt text and caption stand on consecutive lines), or
    headline-shaped above a lead that holds half its distinct words (a lead restates its
    headline). Else ``first_i`` unchanged."""
    twice_at_top = _headline_twice_at_top(lines, kind, cut, first_i)
    if twice_at_top is not None:
        return twice_at_top
    top = [i for i in range(cut) if lines[i]][:2]
    if first_i is not None or not top or kind[top[0]] != "photo_caption":
        return first_i
    i0, ln = top[0], lines[top[0]]
    if not 4 <= _nwords(ln) <= 30 or ln.rstrip().endswith(_SENTENCE_END) or _LIST_ITEM.match(ln):
        return first_i
    twice = len(top) == 2 and top[1] > i0 + 1 and lines[top[1]] == ln and kind[top[1]] == "photo_caption"
    nxt = next((j for j in range(i0 + 1, cut) if lines[j] and kind[j] is None), None)
    if nxt is None:
        return first_i
    words = set(_word_key(ln).split())
    have = set(_word_key(lines[nxt]).split())
    restated = _prose(lines[nxt]) and len(words) >= 4 and sum(w in have for w in words) * 2 >= len(words)
    if not (twice or restated):
        return first_i
    if twice:
        kind[top[1]] = "duplicate_title"
    return [i0], ln


def _open_list_end(line: str) -> bool:
    """Whether the ``…`` closing ``line`` ends an open list (``kế tiếp là các tỉnh: A, B, C…``: "and
    so on"), not a lead cut off mid-sentence: the last clause names two items or more, separated by
    commas, and the items after the first are names (six words or fewer each), not clauses."""
    clause = regex.split(r"[.!?;:]\s", line.rstrip(".… "))[-1]
    items = clause.split(",")
    if len(items) >= 3 and all(_nwords(x) <= 6 for x in items[1:]):
        return True
    # or a list of figures run on with semicolons: "… là 42,92%; tiếp đó là Bắc Giang (42,13%); Hải
    # Phòng (29,48%); Vĩnh Phúc (22,87%)...": its last three items are names, each with its figure
    items = regex.split(r";\s", regex.split(r"[.!?:]\s", line.rstrip(".… "))[-1])
    return len(items) >= 4 and all(len(x.split()) <= 6 and regex.search(r"\d", x) for x in items[-3:])


def _teaser_under(lines: list, kind: list, i: int, cut: int) -> bool:
    """Whether the line ``i``, the page's first, is another story's teaser headline: the line right
    under it is a lead cut off with ``…`` (twelve words or more) that the page does not print again
    in full (a page's own search teaser repeats its lead)."""
    if any(lines[j] for j in range(i)):
        return False  # only the page's first line: a headline under chrome or above a date is the page's
    nxt = next((j for j in range(i + 1, cut) if lines[j]), None)
    if nxt is None or kind[nxt] is not None:
        return False
    lead = lines[nxt].rstrip()
    if _nwords(lead) < 12 or not lead.endswith(("…", "...")) or _open_list_end(lead):
        return False
    if not any(lines[j] and kind[j] is None for j in range(nxt + 1, cut)):
        return False  # a headline and its cut-off lead alone: a page of one teaser (see pagekind)
    stem = _norm_line(lead.rstrip(".… "))[:60]
    return not any(kind[j] is None and stem in _norm_line(lines[j]) for j in range(nxt + 1, cut) if lines[j])


_MENU_ITEM = re.compile(r"[^\W\d_][^\d\n]{0,40}")


def _mark_menu_under_headline(lines: list, kind: list, head: int, cut: int, stop: Optional[int] = None) -> None:
    """A site's menu printed one item a line between the headline (a page's ``<title>`` line on
    top) and the text: a run of three or more lines of at most four words each, capitalised, no
    figure and no closing punctuation, before the first sentence of prose. A list of the text
    has its introducing sentence above it, so it stands after that first sentence; a table's
    header printed one cell a line has more short cells under it."""
    run: list = []
    for i in range(head + 1, min(cut, head + 40) if stop is None else stop + 1):
        ln = lines[i].strip()
        if not ln:
            continue
        if kind[i] is None and len(_WORD.findall(ln)) <= 4 and ln[:1].isupper() \
                and _MENU_ITEM.fullmatch(ln) and not ln.endswith((".", ":", ";", ",", "!", "?", "…")):
            run.append(i)
            continue
        if len(run) >= 3 and (kind[i] is not None or len(_WORD.findall(ln)) > 4):
            for j in run:  # (a table's header printed one cell a line goes on in short cells: not taken)
                kind[j] = "navigation"
        run = []
        if kind[i] is None and (_prose(ln) or _nwords(ln) > 30):
            return


def _find_title(lines: list[str], kind: list[Optional[str]], cut: int, t: float):
    """(line indexes, headline text) of the page's headline, or None.

    The headline is the headline-like line right before the page's date line when the top of
    the page has one (``Tiêu đề`` / ``14:04, 12/04/2023``); else a line the page repeats (a
    headline printed twice); else the first content line when it reads as a headline. Short
    lines above it (``Analytic``, ``Trang địa phương``) are site chrome; a kicker ending in ``:``
    (``Cà Mau:``) joins the headline.
    """
    top: list = []  # the first ten lines that are not navigation, the navigation among them
    counted = 0  # (a menu printed one short item a line counts for nothing: at most 40 lines in all)
    for i in range(cut):
        if lines[i] and kind[i] in (None, "metadata", "navigation"):
            top.append(i)
            counted += kind[i] != "navigation" and (kind[i] != None or len(_WORD.findall(lines[i])) > 4)
            if counted >= 10 or len(top) >= 40:
                break
    content = [i for i in top if kind[i] is None]
    skipped: list = []  # chrome lines passed over above the headline
    stop = False  # the headline was printed with a full stop, which is not the headline's
    body = list(islice((ln for ln in lines[:cut] if ln and _words_upto(ln, 8) >= 8), 40))
    vietnamese = sum(1 for ln in body if _vi_marks(ln, 3)) * 2 > len(body)
    if not content:
        return None
    chosen = None
    metas = [i for i in top if kind[i] == "metadata" and i < (content[min(4, len(content) - 1)] + 2)]
    for mi in reversed(metas):
        before = [i for i in content if i < mi]
        if sum(1 for j in before[:-1] if _prose(lines[j])) >= 2:
            continue  # under the text's paragraphs: a related story's date line (a lead may stand above a headline)
        marked = bool(before) and _bulleted_pair(lines[before[-1]], lines[mi])
        if before and _looks_like_headline(lines[before[-1]]) and _nwords(lines[before[-1]]) >= 4 \
                and (not _LIST_ITEM.match(lines[before[-1]]) or marked):  # a breadcrumb's last item is no headline
            chosen = before[-1]  # (a page's header printed as a list, the date line bulleted too: its headline)
            break
        dated_above = any(kind[j] == "metadata" for j in top if j < before[0]) if before else True
        if len(before) == 1 and _stopped_headline(lines[before[0]], 25 if dated_above else 40) \
                and not any(lines[j] and kind[j] is None for j in range(before[0] + 1, mi)):
            # the headline printed with a full stop, the page's date under it: the only line above
            # the page's first date line, one sentence, may run to forty words (a speech's long
            # headline); under another date line it is a teaser's lead
            chosen, stop = before[0], True
            break
    if chosen is None:
        # a line printed twice (breadcrumb and heading) above any prose; a headline may end in
        # a full stop; a line first printed under prose is a photo's alt text and caption
        keys = {}
        for i in content[:6]:
            k = _norm_line(lines[i])
            if k in keys and (_looks_like_headline(lines[i]) or _single_sentence(lines[i], 30)) \
                    and i - keys[k] > 1 and not any(_prose(lines[j]) for j in content if j < keys[k]):
                chosen = keys[k]
                break
            keys.setdefault(k, i)
    if chosen is None and not metas:
        # the page's first date line under a run of site chrome (a menu printed one item a line,
        # the portal's banners): with no prose above it, the headline-shaped line right above it
        # is the headline and every line above that is chrome
        first_meta = next((i for i in top if kind[i] == "metadata"), None)
        before = [i for i in content if first_meta is not None and i < first_meta]
        if before and not any(_prose(lines[j]) for j in before) \
                and not any(lines[j] and kind[j] is None for j in range(before[-1] + 1, first_meta)) \
                and _looks_like_headline(lines[before[-1]]) and not _LIST_ITEM.match(lines[before[-1]]) \
                and _nwords(lines[before[-1]]) >= _title_shape()["dated_min_words"] \
                and lines[before[-1]] != lines[before[-1]].upper():
            chosen = before[-1]
            skipped.extend(before[:-1])
    if chosen is None:
        crumb = _under_open_trail(lines, kind, cut, t)
        if crumb is not None:
            chosen = crumb  # "Gốc > Tin tức > Văn bản >" / headline: the trail leads to the page's own headline
    if chosen is None:
        from ..pagekind import is_letterhead, is_menu_line, is_placeholder, is_qa_line, is_stamp, site_suffix

        longer = 0  # the first five lines that are not short chrome are looked at
        for pos, i in enumerate(content):
            ln = lines[i]
            nxt = lines[content[pos + 1]] if pos + 1 < len(content) else ""
            short = len(_WORD.findall(ln)) <= 4 and not ln.endswith(":")
            if not short:
                longer += 1
                if longer > 5:
                    break
            elif pos >= 5 and sum(1 for j in content[:pos] if len(_WORD.findall(lines[j])) <= 4) < pos:
                break  # past the fifth line, only a run of short lines (a menu, one item a line) is passed over
            if short:
                if pos == 0 and _short_headline(ln, nxt, t):
                    chosen = i  # a short headline in title case above the text ("Hoa Ngày Tựu Trường")
                    break
                continue  # site chrome above the headline ("Tin tức - Sự kiện")
            if is_stamp(ln) or is_placeholder(ln, t):
                continue  # the site's date or counter line ("Thứ Hai, 30 tháng 4, 2012"), an empty template field
            if is_qa_line(ln, t):
                break  # "Hỏi: …", "Trả lời: …": a question and its answer are the text, not its headline
            if ln.rstrip().endswith("?") and pos + 3 < len(content) \
                    and all(_nwords(lines[j]) <= 3 for j in content[pos + 1:pos + 4]):
                skipped.append(i)
                continue  # a poll's question over its options ("Bạn thấy trang này như thế nào?" / "Đẹp" / …)
            if _legal_header_line(ln, t):
                continue  # a legal text's number line or its motto ("Số: 08/2004/TT-BNV"): never its headline
            if is_menu_line(ln, t) and pos + 1 < len(content):
                skipped.append(i)
                continue  # a breadcrumb or a menu: "Bạn đang ở: Trang chủ / Tin tức", "Thời sự | Chính trị | …"
            if is_letterhead(ln, t) and (_nwords(ln) <= 7 or (
                    pos + 1 < len(content) and is_letterhead(nxt, t) and _nwords(nxt) <= 9)):
                skipped.append(i)
                continue  # an official letterhead above a news item: "ỦY BAN NHÂN DÂN TỈNH X", "SỞ NỘI VỤ"
                # (a long body's name with its place under it: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "QUẬN 5 - …")
            suffix = site_suffix(ln, t) if " " in ln else None
            if suffix:  # "Tiêu đề | Báo Thái Nguyên": the title the page's <title> gives, its site name dropped
                ln = ln[:-len(suffix)].rstrip()
            if _LIST_ITEM.match(ln) or (nxt[:1].islower() and not ln.rstrip().endswith(_SENTENCE_END)) \
                    or len(_ANY_DATE.findall(ln)) >= 2 or ln.count("(") > ln.count(")") or ln.count("“") > ln.count("”") + ln.count('"'):
                break  # a numbered section or list item, a sentence wrapped onto the next line (or one
                # whose bracket or quotation is left open), a table row
            nxt_wraps = pos + 2 < len(content) and lines[content[pos + 2]][:1].islower() and ln != ln.upper() \
                and not _title_chrome_rx().match(ln, timeout=t)  # the line under it is a sentence wrapped on
            if nxt and _looks_like_headline(nxt) and "|" not in nxt and not nxt_wraps \
                    and _title_chrome(ln, nxt, vietnamese, t):
                skipped.append(i)
                continue
            if _looks_like_headline(ln) and "|" not in ln and not ln.endswith(":"):
                chosen = i
            elif pos == 0 and _long_headline(ln, nxt):
                chosen = i  # a long headline (a kicker and a report's full name) above its lead
            elif pos == 0 and _headline_with_stop(ln, nxt):
                chosen = i  # a headline printed with a full stop, its lead restating it
                stop = True
            elif ln.endswith(":") and _nwords(ln) <= 5:
                continue
            elif pos == 0 and _lead_above_headline(ln, nxt) and pos + 2 < len(content):
                chosen = content[pos + 1]  # the lead printed above its headline: the lead stays
            break
    if chosen is None:
        return None
    if not any(kind[j] is None and lines[j] for j in range(chosen + 1, cut)):
        return None
    if not stop and _teaser_under(lines, kind, chosen, cut):
        return None  # another story's teaser above the page's text: the page shows no headline
    idxs = [chosen]
    cand = lines[chosen][:-1].rstrip() if stop else lines[chosen]
    nxt_line = next((lines[j] for j in range(chosen + 1, cut) if lines[j]), "")
    if _bulleted_pair(cand, nxt_line):
        cand = cand.lstrip()[1:].strip()  # "• Tiêu đề" above "• 04/11/2020 15:39": the mark is the layout's
    from ..pagekind import is_menu_line, label_prefix, site_suffix

    suffix = site_suffix(cand, t) if not stop else None
    if suffix:
        cand = cand[:-len(suffix)].rstrip()
    label = label_prefix(cand, t)
    if label:  # "Bạn đang xem: Nghị quyết là gì"
        cand = cand[len(label):].strip()
    prev = [i for i in content if i < chosen]
    if prev and lines[prev[-1]].endswith(":") and _nwords(lines[prev[-1]]) <= 5 \
            and not any(lines[j] for j in range(prev[-1] + 1, chosen)):  # a kicker stands right above its
        # headline; a label with the page's date line under it ("Thông báo:" / "Thái Bình, ngày …") is chrome
        idxs.insert(0, prev[-1])
        cand = lines[prev[-1]] + " " + cand
        prev = prev[:-1]
    for i in prev:
        if (_nwords(lines[i]) <= 12 or i in skipped or is_menu_line(lines[i], t)) \
                and not _dated_teaser_head(lines, kind, i, chosen) \
                and not _legal_header_line(lines[i], t, ("number",)):  # the text's own number is a legal reference
            kind[i] = "navigation"
    return idxs, cand
