"""Page kind: whether a cleaned page is an ``article``, a ``listing``, a ``legal_document`` or ``other``.

Runs inside the clean stage (:func:`cchc_extract.clean.clean`), on the page's lines once each
line has its kind (``None`` for body, ``"title"``, ``"metadata"``, ``"navigation"``, …):

- ``legal_document``: the page shows several kinds of evidence of a legal text
  (:func:`is_legal`; the patterns are ``boilerplate.json`` ``legal_markers``);
- ``listing``: a homepage, section, tag or search page of teasers — teasers under their own
  dates, mostly headline lines, many link lines, runs of headline + short paragraph
  (:func:`page_kind`), a page showing one teaser (:func:`one_teaser`) or one teaser card
  (:func:`teaser_card`), a legal database's list of documents, a list of dated headlines
  (:func:`dated_headlines`);
- ``other``: paginated documents (slides, theses, decided by the caller), document-sharing
  previews and journal papers (:func:`is_preview`), administrative-procedure records
  (:func:`is_procedure_card`) and work calendars (:func:`is_schedule`);
- else ``article``.

The thresholds are in ``boilerplate.json`` ``listing``. The headline's helpers live here too: the
site name a title appends (:func:`site_suffix`), letterhead lines (:func:`is_letterhead`,
:func:`under_letterhead`) and Q&A labels (:func:`is_qa_line`), patterns in ``pagekind.json``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from . import rx as regex

from .clean import (_CAP_WORD, _SENTENCE_END, _headline_shaped, _kind_rules, _looks_like_headline, _nwords,
                    _prose, _word_key)
from .published import labelled_date
from .resources import load


@lru_cache(maxsize=1)
def _rules() -> dict:
    """The patterns and thresholds of ``data/pagekind.json``, compiled."""
    d = load("pagekind")
    rx = {k: regex.compile("|".join(f"(?:{p})" for p in d[k]["patterns"]), regex.I)
          for k in ("preview_strong", "preview_weak", "title_placeholder")}
    for k in ("preview_strong", "preview_weak"):
        rx[k + ":split"] = _split_anchored(d[k]["patterns"])
    rx["abstract"] = [regex.compile(p, regex.I) for p in d["paper_abstract"]["patterns"]]
    rx["stamp_words"] = frozenset(d["stamp_words"]["words"])
    rx["cut_off"] = d["cut_off_teasers"]
    rx["listing_label"] = regex.compile("|".join(f"(?:{p})" for p in d["listing_label"]["patterns"]), regex.I)
    rx["dated_teasers"] = d["dated_teasers"]
    rx["site_suffix"] = [regex.compile(x) for x in d["title_site_suffix"]["patterns"]]
    rx["label_prefix"] = regex.compile("|".join(f"(?:{p})" for p in d["title_label_prefix"]["patterns"]), regex.I)
    pc = d["procedure_card"]
    rx["procedure"] = (regex.compile("|".join(f"(?:{p})" for p in pc["patterns"]), regex.I), int(pc["min_fields"]),
                       int(pc["max_words"]), regex.compile(pc["level_prefix"]))
    sc = d["schedule"]
    rx["schedule"] = (regex.compile("|".join(f"(?:{p})" for p in sc["patterns"]), regex.I),
                      regex.compile(sc["day_line"], regex.I), int(sc["min_day_lines"]))
    rx["letterhead"] = (regex.compile("|".join(f"(?:{p})" for p in d["letterhead"]["patterns"])),
                        int(d["letterhead"]["max_words"]))
    rx["qa"] = regex.compile("|".join(f"(?:{p})" for p in d["qa_labels"]["patterns"]), regex.I)
    rx["dated_headlines"] = int(d["dated_headlines"]["min_pairs"])
    m = d["menu_line"]
    rx["menu"] = (regex.compile("|".join(f"(?:{p})" for p in m["patterns"]), regex.I), regex.compile(m["separators"]),
                  int(m["min_items"]), int(m["max_item_words"]),
                  regex.compile(r"\b(?:%s)\b" % "|".join(regex.escape(w) for w in sorted(m["menu_words"], key=len, reverse=True)),
                                regex.I), int(m["min_menu_words"]))
    rx["menu_dash"] = (regex.compile(m["dash_separators"]), int(m["min_dash_items"]), int(m["max_dash_item_words"]))
    return rx


def is_menu_line(line: str, t: float = 2.0) -> bool:
    """Whether ``line`` is navigation above a headline (``menu_line``): a breadcrumb, a menu of
    short items between separators, or a run of the site's section names."""
    label, seps, min_items, max_words, words, min_words = _rules()["menu"]
    if len(line) > 300:
        return False
    if label.match(line, timeout=t):
        return True
    items = [x for x in seps.split(line, timeout=t) if x.strip()]
    if len(items) >= min_items and all(_nwords(x) <= max_words for x in items) \
            and not line.rstrip().endswith((".", "!", "?")):
        return True
    dash, min_dash, dash_words = _rules()["menu_dash"]
    items = [x.strip() for x in dash.split(line, timeout=t)]
    if len(items) >= min_dash and all(x[:1].isupper() and _nwords(x) <= dash_words and not any(c.isdigit() for c in x)
                                      for x in items) and not line.rstrip().endswith((".", "!", "?", ":")):
        return True
    return _nwords(line) <= 20 and len({m.group(0).casefold() for m in words.finditer(line, timeout=t)}) >= min_words


def is_letterhead(line: str, t: float = 2.0) -> bool:
    """Whether ``line`` belongs to an official text's letterhead (``letterhead``): the issuing
    body in capitals, the national name and motto, a rule."""
    r, max_words = _rules()["letterhead"]
    return _nwords(line) <= max_words and r.match(line, timeout=t) is not None


def is_qa_line(line: str, t: float = 2.0) -> bool:
    """Whether ``line`` opens with a question's or an answer's label (``Hỏi: …``, ``Trả lời: …``)."""
    return _rules()["qa"].match(line, timeout=t) is not None


def under_letterhead(lines: list, i: int, cut: int, t: float = 2.0) -> bool:
    """Whether the line ``i`` is a letterhead line or stands under one (or under the legal text's
    motto, number or heading): in a legal text, not the page's headline."""
    legal_rx, _ = _kind_rules()
    for j in range(min(i + 1, cut)):
        if not lines[j]:
            continue
        if is_letterhead(lines[j], t):
            return True
        try:
            m = legal_rx.search(lines[j], timeout=t)
        except TimeoutError:
            continue
        if m and m.lastgroup in ("motto", "number", "heading", "basis", "article"):
            return True
    return False


def dated_headlines(lines: list, kind: list, cut: int) -> bool:
    """Whether the page is a list of headlines each with its own date line and nothing else
    (``dated_headlines``)."""
    body = [i for i in range(cut) if lines[i] and kind[i] in (None, "title")]
    seq = [i for i in range(cut) if lines[i] and kind[i] in (None, "title", "metadata")]
    pairs = 0
    for a, b in zip(seq, seq[1:]):
        if kind[a] in (None, "title") and kind[b] == "metadata" and 3 <= _nwords(lines[a]) <= 30 \
                and not lines[a].rstrip().endswith((".", ";", ":", ",")) and _nwords(lines[b]) <= 6:
            pairs += 1
    return pairs >= _rules()["dated_headlines"] and 2 * pairs >= len(body)


def label_prefix(line: str, t: float = 2.0) -> Optional[str]:
    """The label printed before the headline on its line (``Bạn đang xem: ``, ``Tiêu đề: ``), or None."""
    m = _rules()["label_prefix"].match(line, timeout=t)
    return m.group(0) if m and len(line) > m.end() else None


def site_suffix(line: str, t: float = 2.0) -> Optional[str]:
    """The site's name a page's title appends to its headline (`` - Cổng thông tin điện tử
    tỉnh X``, `` | Báo Y``, `` - baoy.vn``), with its separator, or None; the headline before it
    keeps four words or more."""
    if len(line) > 400:
        return None
    for r in _rules()["site_suffix"]:
        try:
            m = r.search(line, timeout=t)
        except TimeoutError:
            continue
        if m and len(line[:m.start()].split()) >= 4:
            return line[m.start():]
    return None


def is_procedure_card(lines: list, t: float = 2.0) -> bool:
    """Whether the page is the record of an administrative procedure (``procedure_card``):
    several distinct field labels, each on a short line of its own."""
    field_rx, min_fields, max_words, _ = _rules()["procedure"]
    seen = set()
    for ln in [x for x in lines if x][:120]:
        if _nwords(ln) > max_words:
            continue
        try:
            m = field_rx.match(ln, timeout=t)
        except TimeoutError:
            continue
        if m:
            seen.add(m.group(0).strip(" :").casefold())
    return len(seen) >= min_fields


def procedure_title(title: Optional[str], t: float = 2.0) -> Optional[str]:
    """A procedure record's title without the service level printed before the procedure's
    name (``Một phần  Cấp lại Giấy phép …`` → ``Cấp lại Giấy phép …``)."""
    if not title:
        return title
    return _rules()["procedure"][3].sub("", " ".join(title.split()), timeout=t) or title


def is_schedule(lines: list, kind: list, title: Optional[str], t: float = 2.0) -> bool:
    """Whether the page is a work calendar (``schedule``): its heading (the title, or one of
    its first lines) names a schedule, and day lines (``Thứ 2``, ``THỨ BA, NGÀY 28/5:``) head
    its entries."""
    head_rx, day_rx, min_days = _rules()["schedule"]
    top = [ln for ln in lines if ln][:6]
    if not any(head_rx.match(x, timeout=t) for x in ([title] if title else []) + top if _nwords(x) <= 40):
        return False
    days = 0
    for ln in lines:
        if ln and _nwords(ln) <= 8 and day_rx.match(ln, timeout=t):
            days += 1
            if days >= min_days:
                return True
    return False


def _anchored(p: str) -> bool:
    """Whether the pattern ``p`` can match only at the start of the text: it opens with ``^`` and
    has no ``|`` outside brackets and character sets (nor an inline flag that could make ``^``
    match elsewhere)."""
    if not p.startswith("^") or regex.search(r"\(\?[a-zA-Z^-]*[mMxXwW]", p):
        return False
    depth, i, n = 0, 1, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character set: up to its closing bracket (one right after [ or [^ is literal)
            i += 1
            if i < n and p[i] == "^":
                i += 1
            if i < n and p[i] == "]":
                i += 1
            while i < n and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def _split_anchored(patterns: list) -> tuple:
    """The alternation of ``patterns`` as two: those anchored at the start (run with ``match``:
    only the first position is tried) and the others (``search``); either may be None."""
    start = [p for p in patterns if _anchored(p)]
    other = [p for p in patterns if not _anchored(p)]
    return tuple(regex.compile("|".join(f"(?:{p})" for p in ps), regex.I) if ps else None for ps in (start, other))


def _found(split: tuple, line: str, t: float) -> bool:
    """Whether one of the split alternation's patterns (:func:`_split_anchored`) matches in ``line``."""
    start, other = split
    return (start is not None and start.match(line, timeout=t) is not None) or \
        (other is not None and other.search(line, timeout=t) is not None)


def _teaser_head(line: str) -> bool:
    """A teaser's headline: headline-shaped, or closing on a quoted name (``… mô hình “Một cửa
    thân thiện”``) that is no quoted sentence."""
    if _headline_shaped(line):
        return True
    s = line.rstrip()
    return s.endswith(("”", '"', "’", "»")) and 5 <= _nwords(s) <= 30 and not _QUOTED_STOP.search(s)


def teaser_run(lines: list, kind: list, t: float) -> bool:
    """Whether the page is a search, tag or section page of a few teasers: teasers (a
    headline-shaped line, optionally its date line, then one short paragraph) each under its own
    date line (``dated_teasers`` ``min_pairs`` or more), or under a search/tag label that opens the
    page (``label_pairs`` or more). The first teaser's headline may have been taken for the
    page's headline (kind ``title``)."""
    rules = _rules()
    c = rules["dated_teasers"]
    def dated_caption(i: int) -> bool:  # a teaser's headline a caption rule took: a date line right under it
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
        return kind[i] == "photo_caption" and nxt is not None and kind[nxt] == "metadata" \
            and _headline_shaped(lines[i])

    seq = [i for i, ln in enumerate(lines) if ln and (kind[i] in (None, "title", "metadata") or dated_caption(i))]
    first = next((ln for ln in lines if ln), "")
    labelled = len(first) <= 120 and rules["listing_label"].match(first, timeout=t) is not None
    if not labelled and seq:  # or the label stands under the site's chrome, right above the first teaser
        above = next((i for i in range(seq[0] - 1, -1, -1) if lines[i]), None)
        labelled = above is not None and kind[above] == "navigation" and len(lines[above]) <= 120 \
            and rules["listing_label"].match(lines[above], timeout=t) is not None
    pairs = dated = bare = 0
    p = 0
    while p < len(seq):
        i = seq[p]
        if kind[i] == "metadata" or not _teaser_head(lines[i]):
            # a teaser's headline shown without its lead (one ending in a quote is no headline_shaped line)
            bare += kind[i] is None and _nwords(lines[i]) >= 4 and _looks_like_headline(lines[i]) \
                and not _prose(lines[i])
            p += 1
            continue  # (a dated caption counts as a headline here)
        q = p + 1
        has_date = q < len(seq) and kind[seq[q]] == "metadata"
        if has_date:
            q += 1
        if q < len(seq) and kind[seq[q]] is None and _nwords(lines[seq[q]]) <= int(c["max_lead_words"]) \
                and lines[seq[q]].rstrip().endswith((".", "!", "?", "…")) and not _teaser_head(lines[seq[q]]):
            pairs += 1
            dated += has_date
            p = q + 1
        else:
            bare += kind[i] is None  # a teaser's headline shown without its lead
            p += 1
    body = [i for i in seq if kind[i] is None]
    if 2 * pairs + min(bare, pairs // 2) < len(body):
        return False  # an article's text runs on beyond its sections
    return dated >= int(c["min_pairs"]) or (labelled and pairs >= int(c["label_pairs"]))


_TOKEN = regex.compile(r"\w+")


def is_stamp(line: str) -> bool:
    """Whether ``line`` is a date, time or counter line and nothing else (``Thứ Hai, 30 tháng 4,
    2012``, ``10.03.2025 15:02 11 đã xem``, ``2048``): numbers and ``stamp_words`` only."""
    words = _TOKEN.findall(line.casefold())
    if not words or len(words) > 14 or not any(w[:1].isdigit() for w in words):
        return False
    stamp = _rules()["stamp_words"]
    return all(w.isdigit() or w in stamp or (w[:1].isdigit() and w.rstrip("hgp").isdigit()) for w in words)


def is_placeholder(line: str, t: float = 2.0) -> bool:
    """Whether ``line`` is a placeholder printed where a headline would be (``Không có tiêu đề``)."""
    return len(line) <= 40 and _rules()["title_placeholder"].match(line, timeout=t) is not None


def is_preview(lines: list, t: float) -> bool:
    """Whether the page is a document-sharing site's preview of a file or a journal paper's page
    (``other``): one line only such a site prints above a preview, two lines of its file card, or
    a paper's abstract line and keywords line among the page's first lines."""
    rx = _rules()
    weak = 0
    abstract = [False] * len(rx["abstract"])
    for ln in [x for x in lines if x][:80]:
        if len(ln) > 400:
            ln = ln[:400]
        if _found(rx["preview_strong:split"], ln, t):
            return True
        if _found(rx["preview_weak:split"], ln, t):
            weak += 1
            if weak >= 2:
                return True
        for k, a in enumerate(rx["abstract"]):
            abstract[k] = abstract[k] or a.match(ln, timeout=t) is not None
    return all(abstract)


def cut_off_teasers(body: list) -> bool:
    """Whether the body is a section page's run of leads cut off with ``…`` (see
    ``pagekind.json`` ``cut_off_teasers``)."""
    c = _rules()["cut_off"]
    long_lines = [ln for ln in body if _nwords(ln) >= int(c["min_words"])]
    cut = [ln for ln in long_lines if ln.rstrip().endswith(("…", "..."))]
    return len(cut) >= int(c["min_lines"]) and len(cut) >= float(c["share"]) * len(body)


def is_legal(lines: list, t: float, memo: Optional[dict] = None) -> bool:
    """Whether the page shows the evidence of a legal text (see :func:`page_kind`). ``memo``: a
    dict kept over one page's calls, each line's marker kept in it (the page's lines are looked at
    twice: before and after they are classified)."""
    legal_rx, _ = _kind_rules()
    kinds: dict = {}
    for ln in lines[:600]:
        if not ln:
            continue
        if memo is not None and ln in memo:
            group = memo[ln]
        else:
            try:
                m = legal_rx.search(ln, timeout=t)
            except TimeoutError:
                continue
            group = m.lastgroup if m else None
            if memo is not None:
                memo[ln] = group
        if group:
            kinds[group] = kinds.get(group, 0) + 1
    return len(kinds) >= 3 or (len(kinds) >= 2 and (kinds.get("basis", 0) >= 2 or kinds.get("article", 0) >= 2
                                                     or kinds.get("dbrow", 0) >= 3))


def page_kind(lines: list, kind: list, title: Optional[str], t: float = 2.0,
              link_lines: int = 0, memo: Optional[dict] = None) -> str:
    """``article``, ``listing`` or ``legal_document`` for a page's classified lines.

    legal_document: three kinds of legal evidence (national motto, ``Số: …/KH-UBND``,
    ``Căn cứ …`` recitals, the document-type heading, ``Điều N.``, a legal-database metadata
    table), or two when recitals/articles repeat. listing: teasers under their own date lines
    (two or more, and no headline), mostly headline lines with little prose, or many markdown
    link lines (``link_lines``, counted by the markdown stage)."""
    _, listing = _kind_rules()
    if is_legal(lines, t, memo):
        return "legal_document"
    content = [i for i, ln in enumerate(lines) if ln and kind[i] in (None, "metadata")]
    dated = 0
    for a, b in zip(content, content[1:]):
        if kind[a] == "metadata" and kind[b] is None and _nwords(lines[b]) >= 12:
            dated += 1
    if title is None and dated >= int(listing["min_dated_teasers"]):
        return "listing"
    body = [lines[i] for i in content if kind[i] is None]
    heads = [ln for p, ln in enumerate(body) if 4 <= _nwords(ln) <= 25 and not ln.rstrip().endswith(_SENTENCE_END)
             and not (p + 1 < len(body) and body[p + 1][:1].islower())]  # a sentence wrapped onto the next line
    if len(heads) >= int(listing["min_headlines"]) and len(heads) >= float(listing["headline_share"]) * len(body) \
            and not any(_nwords(ln) > 60 for ln in body):
        return "listing"
    if link_lines >= int(listing["min_link_lines"]) and link_lines * 2 >= len(body):
        return "listing"
    if teaser_pairs(body, int(listing.get("min_teaser_pairs", 0)), int(listing.get("teaser_max_words", 0))):
        return "listing"
    return "article"


def teaser_pairs(body: list, min_pairs: int, max_words: int) -> bool:
    """Whether the body is a run of teasers without dates: ``min_pairs`` or more headline-shaped
    lines each followed by one short paragraph (``max_words`` words at most), every line of the
    body but one in such a pair. An article's sections run longer than a teaser."""
    if not min_pairs or not max_words or len(body) < 2 * min_pairs:
        return False
    if any(_nwords(ln) > max_words for ln in body):
        return False
    pairs, i = 0, 0
    while i + 1 < len(body):
        if _headline_shaped(body[i]) and body[i + 1].rstrip().endswith((".", "!", "?", "…")) \
                and not _headline_shaped(body[i + 1]):
            pairs += 1
            i += 2
        else:
            i += 1
    return pairs >= min_pairs and 2 * pairs + 1 >= len(body)


_QUOTED_STOP = regex.compile(r"[.!?…][”\"’»]+\s*$")  # a quoted sentence, not a headline
_READ_MORE = regex.compile(r"(?i)\W*(?:đọc thêm|xem thêm|xem tiếp|xem chi tiết|chi tiết|read more)\W*")


def one_teaser_page(lines: list, kind: list, cut: int) -> list:
    """The indexes of the section label (if any) and the headline when the page is a section or
    tag page showing one teaser, else ``[]``: its lines, junk aside, are at most one short label,
    the headline and one paragraph of prose (``listing`` ``one_teaser_max_words`` words at most),
    and nothing of an article's own (a date, a byline, a caption, a repeated headline) was found."""
    _, listing = _kind_rules()
    limit = int(listing.get("one_teaser_max_words", 0))
    if not limit:
        return []
    own = {"metadata", "byline", "photo_caption", "duplicate_title", "image_marker", "legal_metadata"}
    seq = [i for i in range(cut) if lines[i] and kind[i] in (None, "title")]
    shown = [i for i in range(cut) if lines[i]]
    if seq and kind[seq[-1]] is None and lines[seq[-1]].rstrip().endswith(("…", "...")) \
            and not lines[seq[-1]].rstrip().endswith("./..."):
        own = own - {"photo_caption", "duplicate_title", "image_marker"}  # a card's photo above a cut-off lead
    elif len(seq) == 2 and kind[seq[0]] == "title" and len(shown) == 3 and shown[0] == seq[0] \
            and kind[shown[1]] == "duplicate_title" and shown[2] == seq[1]:
        own = own - {"duplicate_title"}  # a card printing its headline twice (the photo's alt text and the link)
    if any(lines[i] and (kind[i] in own or kind[i] == "navigation" and labelled_date(lines[i])) for i in range(cut)):
        return []  # the page's own date, byline, photo or repeated headline: an article
    if not 2 <= len(seq) <= 3 or kind[seq[-1]] is not None or not any(kind[i] == "title" for i in seq):
        return []
    para = lines[seq[-1]]
    if para[:1].islower() or any(is_qa_line(lines[i]) for i in seq):
        return []  # a sentence wrapped onto the next line, not a headline above its lead
    below = next((lines[i] for i in range(seq[-1] + 1, cut) if lines[i]), "")
    cut_off = _READ_MORE.fullmatch(below) is not None and _nwords(para) >= 20  # "… Với chức năng là cơ quan
    # tham mưu của" / "Đọc thêm": a lead the card cuts off mid-sentence above its link
    head = [i for i in seq if kind[i] == "title"]
    above = [i for i in shown if head and i < head[0]]
    cut_lead = not below and len(above) == 1 and _nwords(lines[above[0]]) <= 5 and _nwords(para) >= 12 \
        and not para.rstrip().endswith((".", "!", "?", "…", ":", ";", ",", ")", "\"", "”"))  # a tag's label, the
    # teaser's headline and its lead the card cuts off mid-sentence, nothing under it
    if _nwords(para) > limit or not (para.rstrip().endswith((".", "!", "?", "…")) or cut_off or cut_lead) \
            or not all(_looks_like_headline(lines[i]) and not _QUOTED_STOP.search(lines[i]) for i in seq[:-1]) \
            or _nwords(lines[seq[-2]]) < 6:
        return []  # a teaser's headline says something: six words or more, a shorter line is a label
    # a line above the headline is a short section label, never prose
    if len(seq) == 3 and _nwords(lines[seq[0]]) > 10:
        return []
    return seq[:-1]


def teaser_card(line: str, t: float) -> bool:
    """Whether a page's only line is a teaser card: a headline of six to thirty words run into
    its lead with a space ("… năm 2026 Năm 2026, TP. Hải Phòng phấn đấu …"), the lead a sentence
    of at most ``listing`` ``one_teaser_max_words`` words holding four fifths of the headline's
    words (a lead restates its headline)."""
    _, listing = _kind_rules()
    if _nwords(line) > int(listing.get("one_teaser_max_words", 0)) or not line.rstrip().endswith((".", "!", "?", "…")):
        return False
    for m in _CAP_WORD.finditer(line, timeout=t):
        head, lead = line[:m.start()].rstrip(), line[m.start():]
        words = set(_word_key(head).split())
        if not 6 <= _nwords(head) <= 30 or len(words) < 6 or not _prose(lead):
            continue
        have = set(_word_key(lead).split())
        if sum(w in have for w in words) * 5 >= 4 * len(words):
            return True
    return False


def one_teaser(lines: list, kind: list, cut: int, first_i, legal: bool, unpacked_row: bool,
               crawl_stamp: bool) -> list:
    """The indexes to relabel when the page is a section/tag page of teasers whose first teaser
    was taken for a headline (see :func:`one_teaser_page` and :func:`teaser_pairs`), else
    ``[]``: the section label (navigation) and, last, the teaser's headline (body)."""
    if first_i is None or legal:
        return []
    teaser = one_teaser_page(lines, kind, cut) if not unpacked_row and not crawl_stamp else []
    if teaser:
        return teaser
    _, listing = _kind_rules()
    shown = [lines[i] for i in range(cut) if lines[i] and kind[i] in (None, "title")]
    if teaser_pairs(shown, int(listing.get("min_teaser_pairs", 0)), int(listing.get("teaser_max_words", 0))):
        for i in first_i[0]:
            kind[i] = None
        return [first_i[0][-1]]  # the "headline" is the first teaser's: a listing's title is null
    return []


def decide(lines: list, kind: list, cut: int, title: Optional[str], body: list, legal: bool,
           one_teaser_found: bool, paginated: bool, unpacked_row: bool, crawl_stamp: bool, t: float,
           memo: Optional[dict] = None) -> str:
    """The page's kind once its lines are classified and its headline chosen."""
    if one_teaser_found:
        return "listing"
    if paginated or (not legal and (is_preview(lines[:cut], t) or is_procedure_card(lines[:cut], t)
                                    or is_schedule(lines[:cut], kind, title, t))):
        return "other"
    kind_of_page = page_kind(lines, kind, title, t, memo=memo)
    if kind_of_page == "article" and not legal and (cut_off_teasers(body) or teaser_run(lines[:cut], kind, t)
                                                    or dated_headlines(lines, kind, cut)):
        return "listing"
    if kind_of_page == "article" and title is None and len(body) == 1 and not legal and not unpacked_row \
            and not crawl_stamp and teaser_card(body[0], t):
        kind_of_page = "listing"  # a tag page whose one teaser is its headline run into its lead
    if kind_of_page == "article" and not legal:
        labels: dict = {}
        for i in range(cut):
            if lines[i] and kind[i] == "legal_metadata" and ":" in lines[i]:
                key = lines[i].split(":", 1)[0].strip(" |-•").casefold()
                labels[key] = labels.get(key, 0) + 1
        if max(labels.values(), default=0) >= 3:
            kind_of_page = "listing"  # a legal database's list: one field printed for each document
    return kind_of_page
