"""Clean stage: captions and photo blocks, read by where a line stands.

Names and roles at a caption's tail, page furniture, a cover's title, captions repeated or
restated from the body, scene and titled captions (an official shown at the event), split and
bar captions, chart captions; the headline's tail and headlines glued together or under a byline.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

from .. import rx as regex
from ..patterns import literal_alternation
from ..resources import load
from .linerules import _LIST_ITEM, _classify, _nwords, _over_table, _prose, _words_upto
from .shapes import _FOLD, _SENTENCE_END, _WORD, _casefold, _norm_line, _single_sentence, _word_key


_NAME_LINE = regex.compile(r"(?:\p{Lu}[\p{Ll}]*\.?\s*){1,5}(?:\([^()]{1,30}\))?")


_CUT_OFF = regex.compile(r"\s(?:\.{3}|…)$")
_TAIL_STAMP = regex.compile(r"\s*[|,-]?\s*(?:\d{1,2}:\d{2}\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2})?\s*$")
_SOURCE_PREFIX = regex.compile(r"\((?!(?:Theo|Nguồn|Ảnh|Video|Xem|Tin|Bài)\b)[\p{Lu}][\w.&+]*(?:\s[\w.&+]+){0,2}\)\s*[-–—]\s*(?=\S)"
                             r"|\((?!(?:Theo|Nguồn|Ảnh|Video|Xem|Tin|Bài)\b)[\p{Lu}][\w.&+]*(?:\s[\w.&+]+){0,2}\)\s+(?=\p{Lu})")
_DOMAIN_PREFIX = regex.compile(r"[\p{Lu}\d][\p{Lu}\d-]{1,30}(?:\.(?:VN|COM|NET|ORG|INFO))+\s*[-–—]\s*(?=\p{Lu})")
_PAREN_SOURCE = regex.compile(r"\s*\((?:(?:theo|nguồn)\b[^()]{1,60}|tổng hợp|tổng hợp và biên tập|biên tập|lược dịch|dịch)\)\s*$", regex.I)


@lru_cache(maxsize=1)
def _role_rx() -> "regex.Pattern[str]":
    b = load("boilerplate")["byline_with_date"]
    return regex.compile(r"(?:%s)(?:\s+[\p{L}&.]{1,12}){0,3}" % literal_alternation(b["roles"], ignore_case=True), regex.I)


@lru_cache(maxsize=1)
def _unit_rx() -> "regex.Pattern[str]":
    b = load("boilerplate")["byline_with_date"]
    return regex.compile(r"(?:%s)(?:\s+[\p{L}&.]{1,12}){1,6}" % literal_alternation(b["units"]))


def _tail_names(line: str, t: float, units: bool = True) -> bool:
    """A closing line of names only: ``Minh Sơn - Tất Đạt``, ``Vũ Hoàng (Theo Reuters, AFP)``;
    with ``units``, the author's unit after a dash too (``Nguyễn Văn Dũng - Sở Y tế``)."""
    if "(" in line and ")" in line:  # (what every match holds)
        line = _PAREN_SOURCE.sub("", line, timeout=t)
    if regex.search(r"\d", line):  # (a stamp has its digits)
        line = _TAIL_STAMP.sub("", line, timeout=t)  # "Lệ Thu 11/05/2022", "Võ Hồng Kha | 09:01 26/10/2024"
        if regex.search(r"\d", line):
            return False
    parts = [p.strip() for p in regex.split(r"\s[-–]\s|,\s", line)]
    if len(parts) >= 2 and (_role_rx().fullmatch(parts[-1], timeout=t)
                            or units and _unit_rx().fullmatch(parts[-1], timeout=t)):
        parts = parts[:-1]  # "Dương Thị Thu Huyền - Cán bộ VHTT": the author's post after the name
    # the words of a name, a paper's name in brackets after it not counted: "Minh Anh (Báo Thái Nguyên)"
    return 0 < len(parts) <= 3 and all(0 < len(regex.sub(r"\([^()]*\)", "", p).split()) <= 4
                                       and _NAME_LINE.fullmatch(p, timeout=t) for p in parts)


def _headline_shaped(line: str) -> bool:
    w = _words_upto(line, 30)
    return 5 <= w <= 30 and not line.rstrip().endswith(_SENTENCE_END) and not _LIST_ITEM.match(line)


@lru_cache(maxsize=1)
def _paginated_rules():
    d = load("boilerplate")
    return (regex.compile(d["page_marker"]["pattern"], regex.I),
            regex.compile(d["cover_degree_line"]["pattern"], regex.I))


def _mark_page_furniture(lines: list, kind: list, cut: int, t: float) -> bool:
    """Whether the page is a paginated document's text (two or more page numbers alone on their
    line, ``data/boilerplate.json`` ``page_marker``); then the page numbers and the running
    header or footer (a short line that is no sentence, printed twice or more, each time next to
    a page number) are navigation."""
    marker, _ = _paginated_rules()
    idx = [i for i in range(cut) if lines[i] and len(lines[i]) <= 20 and marker.match(lines[i], timeout=t)]
    if len(idx) < 2:
        return False
    near: dict = {}
    for i in idx:
        kind[i] = "navigation"
        for step in (-1, 1):
            j = i + step
            while 0 <= j < cut and not lines[j]:
                j += step
            if 0 <= j < cut and kind[j] is None:
                near.setdefault(lines[j], set()).add(j)
    for ln, js in near.items():
        if len(js) >= 2 and sum(1 for i in range(cut) if lines[i] == ln) == len(js) \
                and _nwords(ln) <= 20 and not ln.rstrip().endswith(_SENTENCE_END):
            for j in js:
                kind[j] = "navigation"
    return True


def _cover_title(lines: list, kind: list, cut: int, t: float):
    """(line indexes, title) of a paginated document's cover: the run of capitalised lines of four
    words or more right above the degree line (``LUẬN VĂN THẠC SĨ``), or None."""
    _, degree = _paginated_rules()
    top = [i for i in range(cut) if lines[i] and kind[i] is None][:15]
    for pos, i in enumerate(top):
        if not degree.match(lines[i], timeout=t) or lines[i] != lines[i].upper():
            continue
        run: list = []
        for j in reversed(top[:pos]):
            ln = lines[j]
            if ln != ln.upper() or _nwords(ln) < 4 or not regex.search(r"\p{L}", ln):
                break
            run.insert(0, j)
        if run and any(kind[j] is None for j in range(run[-1] + 1, cut)):
            return run, " ".join(lines[j] for j in run)
        return None
    return None


def _mark_repeated_caption(lines: list, kind: list, cut: int) -> None:
    """A photo's alt text and its caption printed apart: a headline-shaped line of ten to thirty
    words (a scene described; a section heading is shorter) that the body prints exactly twice,
    a paragraph or three between the two, under prose (a headline printed twice is above it).
    A body does not repeat a line that close, but for a series of headings that open alike,
    which is not taken."""
    body = [i for i in range(cut) if lines[i] and kind[i] is None]
    pos: dict = {}
    for p, i in enumerate(body):
        pos.setdefault(_norm_line(lines[i]), []).append(p)
    opening: dict = {}  # a series of headings ("Kết quả … hôm nay 2/6", "… 1/6") is the text's
    for key in pos:
        opening.setdefault(" ".join(key.split()[:4]), set()).add(key)
    for key, ps in pos.items():
        if len(ps) != 2 or not 2 <= ps[1] - ps[0] <= 4 or len(opening[" ".join(key.split()[:4])]) > 1:
            continue
        ln = lines[body[ps[0]]]
        if not 10 <= _nwords(ln) <= 30 or not _headline_shaped(ln) or ln.rstrip().endswith(":") \
                or not any(_prose(lines[body[q]]) for q in range(ps[0])):
            continue
        for p in ps:
            kind[body[p]] = "photo_caption"


@lru_cache(maxsize=1)
def _scene_rx():
    d = load("boilerplate")["scene_caption"]
    return (regex.compile(r"(?:%s)(?![\p{L}\d])" % literal_alternation(d["agents"], ignore_case=True), regex.I),
            regex.compile(r"\b(?:%s)\b" % literal_alternation(d["scene_words"], ignore_case=True), regex.I),
            regex.compile(r"\b(?:%s)\b" % literal_alternation(d["not_words"], ignore_case=True), regex.I),
            regex.compile(r"(?:%s)(?![\p{L}\d])" % literal_alternation(d["person_agents"], ignore_case=True), regex.I),
            regex.compile(r"\b(?:%s)\b" % literal_alternation(d["person_scene_words"], ignore_case=True), regex.I))


_NAME_AFTER = regex.compile(r"\s*(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*(?=\s*[,–-])")  # "Nguyễn Anh Tú" before its title


def _mark_scene_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """A photo's caption without its ``Ảnh:`` credit: one sentence of nine to thirty words, with or
    without its full stop, standing between two paragraphs of prose, that opens with the people
    or the place shown (``Người dân``, ``Cán bộ``, ``Quang cảnh``, ``Bộ phận``) and places or
    shows them acting (``tại``, ``hướng dẫn``, ``trao``) in the present of the photo (no tense or
    modal word, condition or negation: ``đã``, ``có thể``, ``không``). A section heading states a
    topic."""
    agents, scene, telling, persons, acting = _scene_rx()
    body = [i for i in range(cut) if lines[i] and kind[i] is None]

    def paragraph(ln: str) -> bool:  # prose, or a long paragraph the page cut off mid-sentence
        return _prose(ln) or _words_upto(ln, 40) > 40

    for p in range(0, len(body) - 1):
        i = body[p]
        ln = lines[i].rstrip()
        agent = agents.match(ln, timeout=t)
        person = persons.match(ln, timeout=t) if agent is None else None
        agent = agent or person
        if agent is None or not 9 <= _nwords(ln) <= 30 or _LIST_ITEM.match(ln) \
                or ln.endswith((":", "?", "!", ";", '"', "”", "…", ",")) \
                or not _single_sentence(ln[agent.end():], 30):  # "TS. Lê Minh Khang, …": a title's full stop
            continue
        if p == 0:
            # right under the headline, above the lead: a caption when the person it shows is named
            # again in the text ("Đồng chí Nguyễn Anh Tú – Phó Chủ tịch UBND huyện chủ trì cuộc họp.")
            above = [j for j in range(i) if lines[j]]
            name = _NAME_AFTER.match(ln, agent.end(), timeout=t)
            if not above or kind[above[-1]] != "title" or name is None or not paragraph(lines[body[1]]) \
                    or not any(name.group(0).strip() in lines[j] for j in body[1:]):
                continue
        elif not (paragraph(lines[body[p - 1]]) and paragraph(lines[body[p + 1]])):
            continue
        if (acting if person else scene).search(ln, timeout=t) and not telling.search(ln, timeout=t):
            kind[i] = "photo_caption"


@lru_cache(maxsize=1)
def _titled_rx():
    d = load("boilerplate")["scene_caption"]
    return (regex.compile(r"(?:%s)(?![\p{L}\d])" % literal_alternation(d["title_agents"], ignore_case=True), regex.I),
            regex.compile(d["event_tail"], regex.I))


_NAME_IN = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}(?![\p{L}\d])")


def _mark_titled_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """Bare captions (no punctuation at their end) the scene rule does not open: a person shown by
    a post before the name (``Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng tặng hoa chúc mừng …``),
    acting at the event, between two paragraphs or under the last one; and, right under a
    caption, a second line that places its scene at the event (``… tại hội nghị``) above a
    paragraph. A sentence of the text ends like one; a section heading names a topic, not a
    person, and does not stand under a caption saying where."""
    _, _, telling, _, acting = _scene_rx()
    titles, event = _titled_rx()
    body = [i for i in range(cut) if lines[i] and kind[i] is None]

    def paragraph(ln: str) -> bool:
        return _prose(ln) or _words_upto(ln, 40) > 40

    for p, i in enumerate(body):
        ln = lines[i].rstrip()
        if p == 0 or ln.endswith(_SENTENCE_END + (",",)) or not 6 <= _nwords(ln) <= 30 or _LIST_ITEM.match(ln):
            continue
        if not paragraph(lines[body[p - 1]]) or (p + 1 < len(body) and not paragraph(lines[body[p + 1]])):
            continue
        m = titles.match(ln, timeout=t)
        if m is not None:
            if _NAME_IN.search(ln[m.end():m.end() + 80], timeout=t) and acting.search(ln, timeout=t) \
                    and not telling.search(ln, timeout=t):
                kind[i] = "photo_caption"
            continue
        above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        if above is not None and kind[above] == "photo_caption" and above != body[p - 1] \
                and p + 1 < len(body) and event.search(ln, timeout=t) and not telling.search(ln, timeout=t):
            kind[i] = "photo_caption"


@lru_cache(maxsize=1)
def _lead_tag_rx() -> "regex.Pattern[str]":
    return regex.compile(load("boilerplate")["second_lead_tag"]["pattern"])


def _mark_second_lead_tail(lines: list, kind: list, cut: int, t: float) -> None:
    """Another story's headline and teaser closing the page: the site's tag that opened the lead
    (``VTV.vn - Lực lượng …``) opens one of the last two paragraphs again, under a bare headline
    line (no sentence end, twenty-five words or fewer). An article opens with its tag once."""
    body = [i for i in range(cut) if lines[i] and kind[i] is None]
    if len(body) < 4:
        return
    rx = _lead_tag_rx()
    first = next((p for p, i in enumerate(body[:4]) if rx.match(lines[i], timeout=t)), None)
    if first is None:
        return
    tag = _norm_line(rx.match(lines[body[first]], timeout=t).group(0))
    for p in range(max(first + 2, len(body) - 2), len(body)):
        i = body[p]
        m = rx.match(lines[i], timeout=t)
        head = lines[body[p - 1]].rstrip()
        if m is None or _norm_line(m.group(0)) != tag or head.endswith(_SENTENCE_END) \
                or not 3 <= _nwords(head) <= 25 or rx.match(head, timeout=t):
            continue
        if any(_prose(lines[j]) for j in body[p + 1:]):
            return  # the text goes on under it: a paragraph quoting the site
        kind[body[p - 1]] = "related_link"
        for j in body[p:]:
            kind[j] = "related_link"
        return


_DASH_ON = regex.compile(r"[-–]\s+(?=\S)")


def _mark_split_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """A caption printed over two lines with no blank line between (``Đồng chí X - Chủ tịch Ủy ban
    MTTQ phường`` / ``báo cáo tổng hợp ý kiến …``; ``… và đồng chí Y`` / ``- Phó Bí thư …, chủ trì
    Hội nghị``): the first line ends in no punctuation, the second goes on in lower case or after a
    dash, the line above ends a sentence and the line below starts one, and the two read together
    are a caption for the line rules. A caption's head over its own caption line (``Các nhà lãnh
    đạo ASEAN và Australia`` / ``chụp ảnh lưu niệm. (Ảnh: CPV)``) goes with it. A sentence the page
    wraps runs on over more lines, or is no caption read whole."""
    for i in range(cut - 1):
        a, b = lines[i], lines[i + 1]
        if not a or not b or kind[i] is not None or a.rstrip().endswith(_SENTENCE_END + (",",)):
            continue
        dash = _DASH_ON.match(b)
        if not (b[:1].islower() or dash):
            continue
        above = lines[i - 1] if i else ""
        if above and kind[i - 1] is None and not above.rstrip().endswith(_SENTENCE_END):
            continue  # the sentence began above: a wrapped paragraph
        if kind[i + 1] == "photo_caption":
            if b[:1].islower() and _nwords(a) <= 15:
                kind[i] = "photo_caption"
            continue
        if kind[i + 1] is not None or (i + 2 < cut and lines[i + 2][:1].islower()):
            continue
        joined = a.rstrip() + " " + (b[dash.end():] if dash else b)
        if _nwords(joined) <= 40 and _classify(joined, False, t) == "photo_caption":
            kind[i] = kind[i + 1] = "photo_caption"


def _mark_headlines_under_byline(lines: list, kind: list, cut: int, t: float) -> None:
    """Related headlines printed with no marker under the article's closing byline (``Minh Anh``
    / ``Quảng Ninh dẫn đầu …`` / ``Bắc Giang công bố …``): after the last paragraph of prose, a
    line of names only (or a byline the line rules know: ``MINH ANH``, ``Theo Báo Lào Cai``), then nothing but headline-shaped lines (five to twenty-five words,
    capitalised, no sentence end, no list mark or colon) to the end of the page. The byline ends
    the article; a section heading would have its paragraph under it."""
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    prose = [i for i in idx if _prose(lines[i])]
    if len(prose) < 2:
        return
    run = [i for i in range(prose[-1] + 1, cut) if lines[i] and kind[i] in (None, "byline")]
    if len(run) < 2 or any(kind[i] is not None for i in run[1:]) or not (
            kind[run[0]] == "byline" or _tail_names(lines[run[0]], t) or _classify(lines[run[0]], True, t) == "byline"):
        return
    for i in run[1:]:
        ln = lines[i].rstrip()
        if not 5 <= _nwords(ln) <= 25 or ln.endswith(_SENTENCE_END) or _LIST_ITEM.match(ln) \
                or ":" in ln or not ln[:1].isupper():
            return
    kind[run[0]] = "byline"
    for i in run[1:]:
        kind[i] = "related_link"


@lru_cache(maxsize=1)
def _headline_runs() -> dict:
    return load("boilerplate")["headline_runs"]


_CLAUSE_CAPITAL = regex.compile(r"(?<=[\p{Ll}\d] )\p{Lu}\p{Ll}*(?= \p{Ll}+ \p{Ll}+ \p{Ll})")
_INNER_STOP = regex.compile(r"[.!?;…](?:\s|$)")


def _mark_headline_tail(lines: list, kind: list, cut: int) -> None:
    """Other articles' headlines closing the page with no marker, date or count: after the last
    paragraph of prose (two or more on the page), a run of ``headline_runs.min_tail_lines`` lines or
    more to the end of the page, each headline-shaped (five to twenty-five words, opening with a
    capital, no sentence end, list mark or colon) and opening with other words than the rest (the
    items of a list in the text open alike), and written, on average, less than
    ``max_shared_words`` in the words of the text above (a preview's closing headings and figures —
    ``Hàn Quốc thắng 3, hoà 1 ở 4 trận đấu gần nhất`` — are in its words; other stories are not).
    The text does not close on headings with nothing under them."""
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    prose = [i for i in idx if _prose(lines[i])]
    if len(prose) < 2:
        return
    run = [i for i in idx if i > prose[-1]]
    if len(run) < int(_headline_runs()["min_tail_lines"]):
        return
    if any(_table_row(lines[i]) for i in run):
        return  # a table of the text flattened into lines ("Quảng Ninh 75.09 1 Rất tốt"), not headlines
    openings = set()
    text_words = {w for i in idx if i <= prose[-1] for w in _word_key(_fold_words(lines[i])).split()}
    shared = 0.0
    for i in run:
        ln = lines[i].rstrip()
        if not 5 <= _nwords(ln) <= 25 or ln.endswith(_SENTENCE_END + (",",)) or _LIST_ITEM.match(ln) \
                or ":" in ln or not ln[:1].isupper():
            return
        opening = " ".join(_word_key(ln).split()[:2])
        if opening in openings:
            return
        openings.add(opening)
        words = set(_word_key(_fold_words(ln)).split())
        shared += sum(w in text_words for w in words) / len(words)
    if shared / len(run) >= float(_headline_runs()["max_shared_words"]):
        return  # lines in the words of the text above: its closing headings or figures, not other stories
    for i in run:
        kind[i] = "related_link"


_NUMBER_TOKEN = regex.compile(r"(?<!\S)[(]?\d+(?:[.,]\d+)*%?[)]?(?!\S)")


def _table_row(line: str) -> bool:
    """A row of a table flattened into one line: ``headline_runs.table_row_numbers`` numbers or more,
    as a share of its words of ``table_row_number_share`` or more (``Quảng Ninh 75.09 1 Rất tốt``)."""
    words = line.split()
    n = len(_NUMBER_TOKEN.findall(line))
    h = _headline_runs()
    return n >= int(h["table_row_numbers"]) and n >= float(h["table_row_number_share"]) * len(words)


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _fold_words(line: str) -> str:
    """The line in lower case without tone or vowel marks, so that a word written with its tone
    mark placed the old or the new way (``hoà``, ``hòa``) is one word."""
    base = unicodedata.normalize("NFD", line.translate(_FOLD).casefold())
    return "".join(c for c in base if not unicodedata.combining(c))


def _mark_glued_headlines(lines: list, kind: list, cut: int, t: float) -> None:
    """Related headlines run together on one line with no separator (``… tại các Liên đoàn Lao
    động tỉnh, thành phố Sửa đổi Luật Bảo hiểm xã hội: … tốt hơn Thúc đẩy sự tham gia …``): a line
    of ``headline_runs.min_glued_words`` words or more with no sentence end anywhere, between two
    paragraphs of prose, in which ``min_clause_capitals`` words or more open a new headline (a
    capitalised word after a lower-case word or a number, three lower-case words after it: ``… năm
    2023 Triển khai phần mềm …``; a name goes on in capitals: ``của Mặt trận Tổ quốc``). A long
    sub-heading names its bodies in capitals, a paragraph has its full stops."""
    d = _headline_runs()
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    for p in range(1, len(idx) - 1):
        ln = lines[idx[p]].rstrip()
        if _nwords(ln) < int(d["min_glued_words"]) or ln.endswith(_SENTENCE_END + (",",)):
            continue
        words = ln.split()
        if len(words) < int(d["min_glued_words"]) or ln.endswith(_SENTENCE_END + (",",)) \
                or _INNER_STOP.search(ln, timeout=t) or _LIST_ITEM.match(ln) \
                or sum(1 for w in words if any(c.isdigit() for c in w)) * 10 > len(words):
            continue  # a table flattened onto one line has its figures
        if not (_prose(lines[idx[p - 1]]) and _prose(lines[idx[p + 1]])):
            continue
        if len(_CLAUSE_CAPITAL.findall(ln, timeout=t)) >= int(d["min_clause_capitals"]):
            kind[idx[p]] = "related_link"


_LETTER_ITEM = regex.compile(r"[a-zđ]\s?[).]\s")
_SENTENCE_SPLIT = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\d\"“])")


def _mark_restated_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """A photo's caption that says again a sentence of the text, shortened or abbreviated: a line
    of one sentence ending in a full stop inside the text (neither its first nor its last line, no
    number or list mark opening it, not under a colon) of ``restated_caption.min_words`` to ``max_words`` words,
    ``share`` of whose distinct words are in one sentence three words longer or more of another
    paragraph, that make ``source_share`` of that sentence's words, and that does not open with the
    same two words, nor do the lines next to it (the items of a list or a bulletin say alike things:
    ``Đến năm 2020: …`` / ``Đến năm 2030: …``). The text does not say a sentence twice; it may sum up a clause of a longer sentence
    (``Nghị định này có hiệu lực từ ngày …``), which a caption, restating the whole, does not; a
    numbered heading, a step (``Bước 4: …``), an item (``e) …``) and a wrapped line opening in lower
    case are text."""
    d = load("boilerplate")["restated_caption"]
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    if len(idx) > 400:
        return
    sentences: Optional[dict] = None  # made at the first candidate: most pages have none
    long_idx: list = []
    for p in range(1, len(idx) - 1):
        i = idx[p]
        ln = lines[i].rstrip()
        n = _nwords(ln)
        if not int(d["min_words"]) <= n <= int(d["max_words"]) or not _single_sentence(ln, n) \
                or not ln.endswith(".") or _LIST_ITEM.match(ln) or _LETTER_ITEM.match(ln, timeout=t) or not ln[:1].isupper() \
                or ":" in ln or lines[idx[p - 1]].rstrip().endswith(":"):  # a step's label, the clause a colon announces
            continue
        words = set(_word_key(ln).split())
        opening = _word_key(ln).split()[:2]
        if len(words) < int(d["min_words"]) or any(_word_key(lines[idx[q]]).split()[:2] == opening for q in (p - 1, p + 1)):
            continue  # one of a series of lines that open alike ("Lũ trên sông Hồng …" / "Lũ trên sông Lô …")
        if sentences is None:
            sentences = {}  # the words of each sentence of a line of twelve words or more, made on first use
            long_idx = [j for j in idx if _nwords(lines[j]) >= 12]
        need = float(d["share"]) * len(words)
        spare = len(words) - need  # the words that may be missing from a sentence
        for j in long_idx:
            if j == i:
                continue
            # a word of the sentence is in the case-folded line: a line holding too few of the
            # words has no such sentence, and its sentences are not made for it
            folded, miss = _casefold(lines[j]), 0
            for w in words:
                if w not in folded:
                    miss += 1
                    if miss > spare:
                        break
            if miss > spare:
                continue
            sents = sentences.get(j)
            if sents is None:
                # the words of each sentence: set(_word_key(x).split()) (no word character is white space)
                sents = sentences[j] = [set(_WORD.findall(x.casefold())) for x in _SENTENCE_SPLIT.split(lines[j], timeout=t)
                                        if _nwords(x) >= 6]
            if any(len(sent) >= len(words) + 3 and len(words & sent) >= need
                   and len(words & sent) >= float(d["source_share"]) * len(sent)  # most of that sentence, not a clause of it
                   and _word_key(lines[j]).split()[:2] != opening  # items of a list say alike things
                   for sent in sents):
                kind[i] = "photo_caption"
                break


def _mark_bar_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """A photo table's caption cell: a sentence of five to forty words whose only ``|`` closes it
    (``Trí thức trẻ giúp đồng bào … trồng dứa xuất khẩu. |``), with prose above it. A table row
    has more cells; a byline ending in ``|`` is taken by the line rules."""
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    for p in range(1, len(idx)):
        ln = lines[idx[p]].rstrip()
        if not ln.endswith("|") or ln.count("|") != 1:
            continue
        cell = ln[:-1].rstrip()
        if 5 <= _nwords(cell) <= 40 and cell[:1].isupper() and _prose(lines[idx[p - 1]]) \
                and len(_INNER_STOP.findall(cell, timeout=t)) <= 2:
            kind[idx[p]] = "photo_caption"


@lru_cache(maxsize=1)
def _chart_rx() -> tuple:
    d = load("boilerplate")["chart_caption"]
    return (regex.compile(d["opening"], regex.I), regex.compile(d["index"], regex.I),
            regex.compile(d["scope"], regex.I), int(d["max_words"]), regex.compile(d["not_words"], regex.I))


def _mark_chart_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """The caption of a chart or table printed as a picture (``chart_caption``): a one-sentence
    line opening with what the figure shows, naming an index and closing on the units or years it
    covers (``Kết quả PAPI 2020 của 63 tỉnh, thành phố``), prose above it, the text under it, no
    table's rows under it (there it is the table's caption)."""
    opening, index, scope, max_words, telling = _chart_rx()
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    for p in range(1, len(idx) - 1):
        ln = lines[idx[p]].strip()
        if _words_upto(ln, max_words) > max_words or ":" in ln or not _single_sentence(ln, max_words) \
                or not opening.match(ln, timeout=t) or not _prose(lines[idx[p - 1]]):
            continue
        if index.search(ln, timeout=t) and scope.search(ln, timeout=t) and not telling.search(ln, timeout=t) \
                and not _over_table(lines, idx[p], cut, t):
            kind[idx[p]] = "photo_caption"
