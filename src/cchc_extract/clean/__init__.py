"""Clean stage: normalized page text → article title, body paragraphs and metadata.

Takes the normalized text of one page; gives a :class:`Cleaned` with the headline (spam
stripped, or ``None``), ``published`` when the page states the article's date (not the site's clock,
a teaser's or a related article's date line, nor a crawler's month stamp), the byline /
source line, the body paragraphs, and every removed piece with its reason. Nothing leaves the
body silently: whatever is not a paragraph is in ``removed``.

Order of work:
1. inline spam: SEO keywords in 【…】 brackets (learned, then removed everywhere), runs of
   unaccented words around a gambling term, and runs of words glued without spaces;
2. lines: each line is matched against the rules of ``data/boilerplate.json`` (navigation,
   related links, photo captions, portal footers, metadata, bylines); a line mostly in a
   foreign script starts a foreign site footer that runs to the end of the page;
3. the first remaining line is the headline when it reads as one;
4. the page's kind (article, listing, legal document, other): :mod:`cchc_extract.pagekind`.

The rules describe kinds of junk, not the strings of any one site; the examples in the data
file are checked by the tests.

The stage is a package of modules, each read in one sitting; :func:`clean` (here) runs their
passes in order:

- ``linerules``: the line rules of ``data/boilerplate.json`` and their loading, inline spam, the
  per-line classifier, the foreign-script test and the page's prose balance, word counts;
- ``shapes``: line keys and shapes several passes share (word keys, case folds, sentence ends,
  the legal-header test);
- ``captions``: captions and photo blocks read by position, and headline tails and glued headlines;
- ``chrome``: a crawl's title lines, tail bleed, related-link lists, menus, tables of contents,
  slugs, counters' numbers and template captions;
- ``blocks``: counters, author blocks, English lines, page numbers, cover blocks, stamped tails,
  and the per-page line keys;
- ``teasers``: teasers and headline bleed, glued captions and headlines, markdown link lines;
- ``titles``: crawl rows and dates, the site's clock, and the choice of the headline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from .. import gate, watchdog
from .. import rx as regex
from ..limits import DEFAULT_LIMITS, Limits
from ..models import Removed
from ..published import is_related_heading, labelled_date, legal_date, parse_published
# every name of the modules below is this package's too (the page-kind stage and the tests read them)
from .linerules import (_ANY_DATE, _DOMAIN, _LIST_ITEM, _LOWER_IS_NOT_REGEX_CASE, _Rule, _SAFE_RANGES, _SLUG,
    _TITLE_DATE, _URL, _VI_MARKS, _WS, _bullet_byline_rx, _byline_value, _classify, _date_in, _dateline_rx,
    _foreign_gate, _glued_terms, _has_term, _is_foreign, _is_spam_line, _iso, _long_word,
    _looks_like_headline, _mark_bullet_byline, _mark_portrait_captions, _mark_spam_lines, _nwords,
    _over_table, _portrait_caption_rules, _prefix_rules, _prose, _prose_balance, _prose_follows, _rules,
    _rules_by_words, _scan, _spam_gates, _strip_spam, _table_start, _term_automaton, _vi_marks, _words_upto)
from .shapes import (_FOLD, _SENTENCE_END, _WORD, _casefold, _kind_rules, _legal_header_line, _norm_line,
    _single_sentence, _word_key)
from .captions import (_CLAUSE_CAPITAL, _CUT_OFF, _DASH_ON, _DOMAIN_PREFIX, _INNER_STOP, _LETTER_ITEM,
    _NAME_AFTER, _NAME_IN, _NAME_LINE, _NUMBER_TOKEN, _PAREN_SOURCE, _SENTENCE_SPLIT, _SOURCE_PREFIX,
    _TAIL_STAMP, _chart_rx, _cover_title, _fold_words, _headline_runs, _headline_shaped, _lead_tag_rx,
    _mark_bar_captions, _mark_chart_captions, _mark_glued_headlines, _mark_headline_tail,
    _mark_headlines_under_byline, _mark_page_furniture, _mark_repeated_caption, _mark_restated_captions,
    _mark_scene_captions, _mark_second_lead_tail, _mark_split_captions, _mark_titled_captions,
    _paginated_rules, _role_rx, _scene_rx, _table_row, _tail_names, _titled_rx, _unit_rx)
from .chrome import (_ASCII_SLUG, _BARE_NUMBER, _COUNTER_KEY, _COUNTER_LINE, _LOWER_LINE, _NAME_DATE,
    _chrome_rx, _ends_sentence, _mark_crawl_titles, _mark_isolated_numbers, _mark_list_under_related_label,
    _mark_lowercase_slugs, _mark_person_action_captions, _mark_sorted_menu, _mark_tabs_above_legal_text,
    _mark_tail_bleed, _mark_template_captions, _mark_toc, _mark_trailing_headlines, _name_under_title,
    _one_word_apart, _page_signals, _person_action_rx, _related_label_rx, _shared_words, _sort_key, _unrepeat)
from .blocks import (_ASCII_WORD, _CELL_NUMBER, _COUNTED, _FOOTNOTE_MARK, _Keys, _META_BULLET,
    _affiliation_rx, _bare_key, _counts, _cover_rx, _english_words, _furniture_rx, _mark_author_block,
    _mark_chrome_above_repeat, _mark_counters, _mark_cover_block, _mark_description_above_reprint,
    _mark_english_lines, _mark_leading_english, _mark_meta_bullets, _mark_page_numbers, _mark_stamped_tail,
    _start_only, _sub_start, _suffix_rx)
from .teasers import (_CAP_WORD, _GLUED_CAPTION, _GLUED_HEAD, _HEAD, _INLINE_CAPTION, _LINK_LINE, _NOT_ALNUM,
    _fold_letters, _folded, _heads_agree, _letters, _mark_teasers, _split_glued_captions,
    _split_glued_headline)
from .titles import (_BULLETS, _ISO_DAY, _MENU_ITEM, _MOTTO, _OPEN_TRAIL, _QUOTED_STOP, _ROW_ESCAPES,
    _ROW_FIELD, _bulleted_pair, _caption_headline, _clock, _crawl_date, _dated_teaser_head, _find_title,
    _headline_twice_at_top, _headline_with_stop, _lead_above_headline, _long_headline,
    _mark_menu_under_headline, _open_list_end, _short_headline, _stopped_headline, _surnames, _teaser_under,
    _title_chrome, _title_chrome_rx, _title_shape, _under_open_trail, _unpack_row)


@dataclass
class Cleaned:
    title: Optional[str]
    published: Optional[str]
    byline: Optional[str]
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    spam: bool = False
    page_kind: str = "article"


_PAGE_MEMOS = (_nwords, _word_key, _casefold, _norm_line, _fold_words)


def clean(text: str, limits: Limits = DEFAULT_LIMITS, title_hint: Optional[str] = None,
          template: Any = None) -> Cleaned:
    """Split ``text`` (normalized) into title, body paragraphs, metadata and removed junk.

    ``title_hint``: the headline known from elsewhere (HTML metadata, a database row); then no
    headline is looked for in the text, and only lines repeating the hint are removed.
    ``template``: the page's site template learned from a crawl
    (:class:`cchc_extract.templates.SiteTemplate`, anything with ``evidence(line)``); its lines
    go with reason ``site_template`` unless that would leave less than a third of the page."""
    from .. import pagekind  # the page-kind stage reads this module's line shapes

    for memo in _PAGE_MEMOS:  # kept for one page only: a page's lines are not the next one's
        memo.cache_clear()
    # the patterns' timeout=, unless a watchdog guards the stage (the pipeline arms one where it
    # can: see cchc_extract.watchdog), which stops a runaway call without timeout='s cost per call
    t = None if watchdog.guarding() else limits.regex_timeout
    removed: list[Removed] = []
    row = _unpack_row(text, t)
    row_date = None
    if row is not None:
        text, row_title, row_date, rest = row
        removed.extend(Removed(text=x, reason="crawl_artifact") for x in rest)
        if title_hint is None and row_title:
            title_hint = row_title
    spam_removed: list[Removed] = []
    text, spam = _strip_spam(text, spam_removed, t)
    removed.extend(spam_removed)
    artifact_rx, bullet_rx = _prefix_rules()
    crawl_date: Optional[str] = None
    lines = []
    # each line below is a part of the text: a pattern the text's gate refuses matches in none
    read_more = _chrome_rx()["read_more_suffix"]
    read_more = None if gate.refuses(read_more, text) else read_more
    for ln in _split_glued_captions(text.split("\n"), t):
        ln = ln.strip()
        m = artifact_rx.match(ln, timeout=t)
        if m:
            removed.append(Removed(text=m.group(0).strip(), reason="crawl_artifact"))
            ln = ln[m.end():]
            crawl_date = crawl_date or _crawl_date(m.group(0))
        m = _suffix_rx().search(ln, timeout=t) if ln.endswith((")", "]")) else None
        if m and m.start() > 0:  # a link label closing the paragraph: "… so với 2022.(đọc thêm)"
            removed.append(Removed(text=m.group(0).strip(), reason="navigation"))
            ln = ln[:m.start()]
        m = read_more.search(ln, timeout=t) if read_more is not None else None
        if m and m.start() > 0:  # a teaser's link run into its lead: "… phải tạo… Đọc tiếp »<headline>"
            removed.append(Removed(text=m.group(0).strip(), reason="navigation"))
            ln = ln[:m.start()].rstrip()
        m = _SOURCE_PREFIX.match(ln, timeout=t) if ln.startswith("(") else _DOMAIN_PREFIX.match(ln, timeout=t)
        if m and len(ln) - m.end() > 30:  # the paper's name before its lead: "(Dân trí) - …", "ANTD.VN - …"
            removed.append(Removed(text=m.group(0).strip(), reason="metadata"))
            ln = ln[m.end():]
        m = _chrome_rx()["stamp_before_lead"].match(ln, timeout=t) if ln[:1].isdigit() else None
        if m and len(ln) - m.end() > 30:  # the page's time and date glued before its lead: a line of its own
            lines.append(ln[:m.end()].strip())
            ln = ln[m.end():]
        lines.append(ln)
    if title_hint is None:
        lines = _split_glued_headline(lines, t)
        top_lines = [i for i, ln in enumerate(lines) if ln][:20]
        for i in top_lines:  # the headline left as a markdown link in the page's top: its anchor text
            m = _LINK_LINE.fullmatch(lines[i]) if lines[i].startswith("[") else None
            if m and _nwords(m.group(1)) >= 4:
                removed.append(Removed(text=m.group(2).strip(), reason="navigation"))
                lines[i] = m.group(1).strip()
        seen_top = 0
        for i, ln in enumerate(lines):
            if not ln:
                continue
            seen_top += 1
            if seen_top > 3:
                break
            once = _unrepeat(ln)
            if once != ln:  # the headline printed three times on one line: once is the headline
                removed.append(Removed(text=ln[len(once):].strip(), reason="duplicate_title"))
                lines[i] = once
    n = len(lines)
    title: Optional[str] = None
    published: Optional[str] = None
    byline: Optional[str] = None
    kind: list[Optional[str]] = [None] * n

    # a foreign-script site footer runs from its first line to the end of the page
    total = sum(len(ln) for ln in lines) or 1
    seen = 0
    cut = n
    foreign: dict = {}  # each line looked at once
    balance: Optional[list] = None  # made once, at the first foreign line past 30 % of the page
    for i, ln in enumerate(lines):
        if ln and _is_foreign(ln, t, foreign) and seen / total > 0.3:
            if balance is None:
                balance = _prose_balance(lines, t, foreign)
            if _prose_follows(lines, i, t, foreign, balance):
                seen += len(ln)
                continue
            cut = i
            break
        seen += len(ln)
    for i in range(cut, n):
        if lines[i]:
            kind[i] = "foreign_footer"
    for i in range(cut):
        if lines[i] and _is_foreign(lines[i], t, foreign):
            kind[i] = "foreign_text"

    evidence: dict = {}
    if template:
        hits = [(i, template.evidence(lines[i])) for i in range(cut) if lines[i] and kind[i] is None]
        hits = [(i, ev) for i, ev in hits if ev]
        total_chars = sum(len(lines[i]) for i in range(cut) if lines[i] and kind[i] is None)
        if hits and sum(len(lines[i]) for i, _ in hits) * 3 <= 2 * total_chars:
            for i, ev in hits:
                kind[i] = "site_template"
                evidence[i] = ev

    legal_memo: dict = {}  # the legal marker of each line, for the page kind's second look
    legal = pagekind.is_legal(lines[:cut], t, legal_memo)
    # a legal text's own number line ("Số: 08/2004/TT-BNV") near the top marks its header even where
    # the page shows too little else to be taken for a legal text: the page's lines are read as a
    # legal text's (its motto and its place-and-date line stay, no headline is taken from them)
    legal = legal or any(lines[i] and _legal_header_line(lines[i], t, ("number",)) for i in range(min(cut, 40)))
    if not legal:
        # the national motto printed by a news portal is chrome; in a legal text it is the text's
        for i in range(cut):
            if lines[i] and kind[i] is None and _MOTTO.fullmatch(lines[i], timeout=t):
                kind[i] = "navigation"

    if not legal:
        # a print view's header above the text: "Hải Phòng, ngày 18 tháng 11 năm 2019" (in a legal
        # text the same line is the text's own and stays)
        for i in range(cut):
            if not lines[i] or kind[i] is not None:
                continue
            if _nwords(lines[i]) > 12 or _prose(lines[i]):
                break
            if (legal_date([lines[i]]) and regex.search(r",\s*\S+\s+\d", lines[i])) \
                    or _dateline_rx().fullmatch(lines[i], timeout=t):
                kind[i] = "metadata"  # or a news page's dateline: "Hà Nội, ngày 5/3/2024"
                break

    nonempty = [i for i in range(cut) if lines[i] and kind[i] is None]
    tail = set(nonempty[-3:])
    last_prose = next((i for i in reversed(nonempty) if _prose(lines[i])), None)
    below_prose = [i for i in nonempty if last_prose is not None and i > last_prose]
    if not legal and 10 < len(below_prose) <= 40:  # the footer's own lines (address, licence, labels)
        # are the page's widgets: not counted
        shown = [i for i in below_prose if _classify(lines[i], False, t) is None]
    else:
        shown = below_prose
    if not legal and len(shown) <= 10:  # the few short lines under the last paragraph: a byline
        # ("PV") among the page's widgets (a table or a text wrapped at every line runs on longer)
        tail |= {i for i in below_prose if _nwords(lines[i]) <= 3}
    # line rules, photo-file slugs and the captions glued under them
    after_caption = False
    for i in range(cut):
        ln = lines[i]
        if not ln or kind[i] is not None:
            continue
        if _SLUG.fullmatch(ln):
            kind[i] = "photo_caption" if _nwords(ln) >= 2 else "noise"
            after_caption = kind[i] == "photo_caption"
            continue
        if after_caption and not lines[i - 1] == "" and _single_sentence(ln, 45):
            kind[i] = "photo_caption"
            after_caption = False
            continue
        after_caption = False
        if "." in ln and _page_signals()["image_file"].fullmatch(ln, timeout=t):
            kind[i] = "image_marker"  # a photo's file name alone on a line: the photo; its caption may follow
            after_caption = True
            continue
        stripped = _sub_start(bullet_rx, ln, t, count=0)
        reason = _classify(stripped, i in tail, t)
        if reason == "photo_caption" and i + 1 < cut and lines[i + 1][:1].islower():
            continue  # a sentence hard-wrapped onto the next line goes on in lower case: body, not a caption
        if reason == "photo_caption" and _over_table(lines, i, cut, t):
            continue  # "Bảng xếp hạng PAR INDEX 2023 của 63 tỉnh" over the table's rows: its caption, body
        if reason is None and ln[:1] in "►▶":
            sig = _page_signals()
            m = sig["arrow"].match(ln, timeout=t)
            rest = ln[m.end():] if m else ""
            if rest and _nwords(rest) <= sig["arrow_words"] and not rest.rstrip().endswith((".", ";", ":", "…", ",")):
                reason = "related_link"  # "► Chuyển đổi số là gì?": a link to another article, its arrow cut as a bullet
        if reason is not None:
            kind[i] = reason
    # image alt text followed by the same caption: two identical consecutive lines; not a run
    # of three or more (a refrain or a prayer line said three times is the text's) nor an
    # exclamation or question, which a caption is not; nor a line without a letter (two equal
    # cells of a table flattened one cell a line: "1" / "1")
    for p, (a, b) in enumerate(zip(nonempty, nonempty[1:])):
        if p == 0 and title_hint is None and any(lines[j] for j in range(a + 1, b)):
            continue  # the page's first line printed again across a line of chrome: its headline twice
        if kind[a] is None and kind[b] is None and lines[a] == lines[b] and _nwords(lines[a]) <= 40 \
                and any(c.isalpha() for c in lines[a]) \
                and not lines[a].rstrip().endswith(("!", "?")) \
                and not (p > 0 and lines[nonempty[p - 1]] == lines[a]) \
                and not (p + 2 < len(nonempty) and lines[nonempty[p + 2]] == lines[a]):
            kind[a] = kind[b] = "photo_caption"
    # or the caption printed again with its tone marks scrambled (a copying site's filler):
    # "Đại diện lãnh đạo … thăm, tặng quà …" / "Đạì đìện lãnh đạô … thăm, tặng qùà …"
    folded: dict = {}  # each line folded once: it is the second of one pair and the first of the next
    heads: dict = {}  # and its first characters folded: two lines that differ there are not compared whole
    for a, b in zip(nonempty, nonempty[1:]):
        if kind[a] is None and kind[b] is None and _nwords(lines[a]) >= 6 \
                and not lines[a].rstrip().endswith(("!", "?")) \
                and _heads_agree(heads, lines[a], lines[b]) \
                and _folded(folded, lines[a]) == _folded(folded, lines[b]) \
                and _letters(lines[a]) != _letters(lines[b]):  # the marks differ, not only the punctuation
            kind[a] = kind[b] = "photo_caption"
    # or the caption is the alt text with one word changed ("… tốt nhất PCI 2023." / "… tốt nhất
    # năm 2023."): a body never says the same sentence twice in a row; list items and the
    # clauses of a legal text, which can differ by one word, are not taken
    if not legal:
        for a, b in zip(nonempty, nonempty[1:]):
            if kind[a] is None and kind[b] is None and _one_word_apart(lines[a], lines[b]):
                kind[a] = kind[b] = "photo_caption"

    _mark_counters(lines, kind, cut, t)
    if not legal:
        _mark_isolated_numbers(lines, kind, cut, t)
    _mark_english_lines(lines, kind, cut, t)
    _mark_leading_english(lines, kind, cut, t)
    _mark_author_block(lines, kind, cut, t)
    if not legal:
        _mark_page_numbers(lines, kind, cut, t)
    _mark_meta_bullets(lines, kind, cut)
    _mark_lowercase_slugs(lines, kind, cut)
    _mark_toc(lines, kind, cut, t)
    if not legal:
        _mark_sorted_menu(lines, kind, cut)
    paginated = not legal and _mark_page_furniture(lines, kind, cut, t)
    if title_hint is None and not legal:
        # the page's first line over its date line is its headline, whatever caption rule took it
        # ("Bảng xếp hạng PCI các tỉnh từ năm 2005 đến 2019" / "07/05/2020")
        top = [i for i in range(cut) if lines[i]][:2]
        if len(top) == 2 and kind[top[0]] == "photo_caption" and kind[top[1]] == "metadata" \
                and _ANY_DATE.search(lines[top[1]]) and _looks_like_headline(lines[top[0]]):
            kind[top[0]] = None
    # headline
    kind_before_title = list(kind)
    first_i = _find_title(lines, kind, cut, t) if title_hint is None else None
    if title_hint is None:
        first_i = _caption_headline(lines, kind, cut, first_i)
    if title_hint is None:
        reading = _chrome_rx()["reading_now"]
        for i in [i for i in range(cut) if lines[i]][:15]:
            m = reading.match(lines[i], timeout=t) if kind[i] == "navigation" else None
            if m:  # "Bạn đang đọc: <headline>": the aggregator names the page's headline
                if first_i is not None:
                    for j in first_i[0]:
                        kind[j] = None
                first_i = ([i], m.group("title"))
                rest = lines[i][m.end("title"):].strip()
                if rest:  # a re-hosting site's lead-in around the headline: "… được cập nhật … Hy vọng …"
                    removed.append(Removed(text=rest, reason="navigation"))
                break
    if title_hint is None and first_i is None:
        reading = _chrome_rx()["reading_now"]
        for i in range(cut):
            m = reading.match(lines[i], timeout=t) if lines[i] and kind[i] == "navigation" else None
            if m:  # "Bạn đang đọc bài viết <headline> tại chuyên mục …" closing the page: its headline
                first_i = ([i], m.group("title"))
                rest = lines[i][m.end("title"):].strip()
                if rest:
                    removed.append(Removed(text=rest, reason="navigation"))
                break
    if paginated and title_hint is None:
        first_i = _cover_title(lines, kind, cut, t) or first_i
    if legal and first_i is not None and pagekind.under_letterhead(lines, min(first_i[0]), cut, t):
        # a legal text that opens with its letterhead has no headline of the page (a database's
        # title line stands above the letterhead); its own lines stay the text's
        kind[:] = kind_before_title  # the letterhead lines taken for chrome above it are the text's too
        first_i = None
    if first_i is not None and not legal and title_hint is None:
        # a blog's post: its date line stands between the blog's tagline (taken for the headline)
        # and the post's headline ("Nắng thì cày ruộng …" / "02/01/2020" / "Về quê …" / text)
        after = [i for i in range(max(first_i[0]) + 1, cut) if lines[i]][:3]
        if len(after) == 3 and kind[after[0]] == "metadata" and _nwords(lines[after[0]]) <= 3 \
                and _ANY_DATE.search(lines[after[0]]) and kind[after[1]] is None and kind[after[2]] is None \
                and _nwords(lines[after[1]]) >= 4 and _looks_like_headline(lines[after[1]]) \
                and lines[after[2]].rstrip().endswith((".", "!", "?", "…")) and after[0] > min(first_i[0]) + 0 \
                and all(kind[j] is None for j in first_i[0]) and _nwords(first_i[1]) >= 4:
            text_below = " ".join(lines[i] for i in range(after[2], cut) if lines[i] and kind[i] is None)[:2000]
            shared_a, shared_b = _shared_words(first_i[1], text_below), _shared_words(lines[after[1]], text_below)
        else:
            shared_a = shared_b = None
        # only when the line taken shares (almost) no word with the text and the post's headline more:
        # a news page's headline over its date and a sub-heading speaks of its own text
        if shared_a is not None and shared_a < 0.15 and shared_b > shared_a:
            for j in first_i[0]:
                kind[j] = "navigation"
            first_i = ([after[1]], lines[after[1]].strip())
    if first_i is not None and not legal:
        _mark_menu_under_headline(lines, kind, max(first_i[0]), cut)
    if title_hint is not None:
        title = title_hint
        key = _norm_line(title_hint)
        for i in range(cut):
            if kind[i] is None and lines[i] and _norm_line(lines[i]) == key:
                kind[i] = "duplicate_title"
        again = next((i for i in range(min(cut, 40)) if kind[i] == "duplicate_title"), None)
        if again is not None and not legal:  # the site's menu above the headline printed again
            _mark_menu_under_headline(lines, kind, -1, cut, stop=again)
    if first_i is not None:
        idxs, cand = first_i
        m = _TITLE_DATE.search(cand)
        if m:
            published = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            cand = cand[:m.start()].rstrip()
        title = cand
        suffix = pagekind.site_suffix(lines[idxs[-1]], t) if lines[idxs[-1]].rstrip() != cand else None
        if suffix and not cand.endswith(suffix):
            removed.append(Removed(text=suffix.strip(" -–|"), reason="metadata"))  # the site's name after the headline
        label = pagekind.label_prefix(lines[idxs[-1]], t)
        if label and not cand.startswith(label.strip()):
            removed.append(Removed(text=label.strip(" :"), reason="navigation"))  # "Bạn đang xem:" before it
        for i in idxs:
            kind[i] = "title"
        key = _norm_line(title)
        for i in range(cut):
            if kind[i] is None and lines[i] and _norm_line(lines[i]) == key:
                kind[i] = "duplicate_title"
        # a short name-only line right under the headline is the author, a date may follow the
        # name: "Lệ Thu 11/05/2022"
        nxt = next((i for i in range(max(idxs) + 1, cut) if lines[i] and kind[i] is None), None)
        if nxt is not None and _name_under_title(lines[nxt], t) and not _table_start().search(lines[nxt], timeout=t):
            kind[nxt] = "byline"  # (not a table's first header cell: "STT" under a headline that is its caption)
    # the authors' names under the lead: "Tùng Quân, Anh Quân"
    top_body = [i for i in range(cut) if lines[i] and kind[i] is None][:3]
    for i in top_body[1:]:
        parts = [p.strip() for p in regex.split(r"\s[-–]\s|,\s", lines[i])]
        if 2 <= len(parts) <= 3 and all(2 <= _nwords(p) <= 4 for p in parts) and _tail_names(lines[i], t, units=False):
            kind[i] = "byline"
    if title and _nwords(title) >= 5:
        # the headline again with its punctuation dropped (an image's alt text or file name):
        # "Hà Nam đứng thứ 4061 tỉnh thành phố về Chỉ số PAPI năm 2023"
        bare = _bare_key(title)
        img = _chrome_rx()["image_suffix"]
        tkey_words = _word_key(title)
        tcounts = _counts(tkey_words)  # the keys' letter counts: lines that cannot match are not keyed
        for i in range(cut):
            if kind[i] is not None or not lines[i]:
                continue
            counts = _counts(_casefold(lines[i]))
            if (counts == tcounts and _bare_key(lines[i]) == bare) or (
                    lines[i][-1:].isdigit() and _bare_key(img.sub("", lines[i], timeout=t)) == bare):
                kind[i] = "duplicate_title"  # "… Ngọn lửa cải cách ở nhiều vùng quê ảnh 1"
                continue
            # the headline less its first words under a photo: "Kết quả đánh giá …" under
            # "Công bố báo cáo kết quả đánh giá …"
            if len(lines[i]) < len(title) and not lines[i].rstrip().endswith(("!", "?", ":", ";")) \
                    and all(a <= b for a, b in zip(counts, tcounts)):
                lkey = _word_key(lines[i])
                n = _nwords(lkey)  # most of the headline: a section heading that ends like it is shorter
                if n >= 8 and n * 3 >= 2 * _nwords(tkey_words) and tkey_words.endswith(" " + lkey):
                    kind[i] = "duplicate_title"

    slug_title = bool(title) and _nwords(title) == 1 and len(title) >= 5 and title == title.lower() \
        and regex.search(r"[-_.\d]", title) is not None  # a keyword slug: "xoilac-tv", "wy88.club"
    if title and (_nwords(title) >= 2 or slug_title):
        # the headline stuffed twice or more into one short line is an SEO gateway's filler
        # ("Cung cấp … của chelsea vs crystal palace. Tận hưởng … từ chelsea vs crystal palace.")
        tfold = _word_key(title)
        tcounts = _counts(tfold)  # a line holding the key twice holds its letters twice
        for i in range(cut):
            if kind[i] is None and lines[i] and _nwords(lines[i]) <= 40 \
                    and all(a >= 2 * b for a, b in zip(_counts(_casefold(lines[i])), tcounts)) \
                    and f" {_word_key(lines[i])} ".count(f" {tfold} ") >= 2:
                kind[i] = "spam"
                spam = True
    if _mark_spam_lines(lines, kind, cut, t):
        spam = True

    if first_i is not None:
        _mark_chrome_above_repeat(lines, kind, max(first_i[0]), cut)

    if not legal:
        _mark_cover_block(lines, kind, max(first_i[0]) + 1 if first_i else 0, cut, t, top=title is None)
    heads = _mark_teasers(lines, kind, cut, title, t)
    for _, head in heads:
        removed.append(Removed(text=head, reason="teaser"))
    _mark_description_above_reprint(lines, kind, max(first_i[0]) + 1 if first_i else 0, cut,
                                    [i for i, _ in heads])

    # captions: a short sentence under a caption/duplicate headline, or one repeating a body sentence
    body_idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    prose_seen = [i for i in body_idx if _prose(lines[i])][:2]
    second_prose = prose_seen[1] if len(prose_seen) == 2 else cut
    long_keys = [(i, _norm_line(lines[i])) for i in body_idx] if len(body_idx) <= 400 else []
    for pos, i in enumerate(body_idx):
        ln = lines[i]
        prev = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        if prev is not None and kind[prev] in ("duplicate_title", "image_marker") \
                and _single_sentence(ln, 15) and ln.endswith("."):
            kind[i] = "photo_caption"
            continue
        half = len(ln) // 2
        if pos > 0 and ln.endswith(".") and _nwords(ln) >= 12 and ln[half:].strip() == ln[:half].strip() \
                and ln[:half].rstrip().endswith("."):
            kind[i] = "photo_caption"  # one caption sentence printed twice on its line (alt text and caption)
            continue
        if prev is not None and kind[prev] == "image_marker" and len(ln) > 2 and ln[0] == ln[-1] == "|" \
                and "|" not in ln[1:-1] and _single_sentence(ln.strip("| "), 30):
            kind[i] = "photo_caption"  # the caption cell of a photo's table: "![]() |" then "| Đoàn … |"
            continue
        # two paragraphs of prose above the headline's copy: it is a photo's alt text, not a
        # headline printed again above the lead (a search teaser may stand above that)
        if prev is not None and kind[prev] == "duplicate_title" and 6 <= _nwords(ln) <= 25 \
                and _single_sentence(ln, 25) and not ln.rstrip().endswith(_SENTENCE_END + (",",)) \
                and second_prose < prev \
                and pos + 1 < len(body_idx) and _nwords(lines[body_idx[pos + 1]]) >= 12:
            kind[i] = "photo_caption"  # the headline as a photo's alt text under prose, its caption under it
            continue
        bar = ln.endswith("|")
        if bar:
            ln = ln.rstrip(" |")
        if long_keys and (ln.endswith(".") or bar) and _single_sentence(ln, 20 if not bar else 30) \
                and _nwords(ln) >= 4 and not (prev is not None and lines[prev].rstrip().endswith(":")) \
                and not (ln[:1].islower() and prev == i - 1
                         and not lines[prev].rstrip().endswith(_SENTENCE_END)):
            # a caption repeating a body sentence (checked on article-sized pages only); a
            # caption cell of a photo table ends in "|". A line going on in lower case under an
            # unfinished line is the end of a hard-wrapped sentence, whatever it repeats
            key = _norm_line(ln)
            if any(key in other for j, other in long_keys if j != i and len(other) > len(key)):
                kind[i] = "photo_caption"

    if not legal:
        # the headline and its lead printed again further down: the lead's copy under the
        # headline's copy goes (a prayer or a refrain repeats its lines with no headline above them)
        seen_par: set = set()
        prev_i = None
        for i in range(cut):
            if not lines[i]:
                continue
            if kind[i] is None and _nwords(lines[i]) >= 12:
                key = _norm_line(lines[i])
                if key in seen_par and prev_i is not None and kind[prev_i] == "duplicate_title":
                    kind[i] = "teaser"
                seen_par.add(key)
            prev_i = i
    if not legal:
        _mark_repeated_caption(lines, kind, cut)
        _mark_scene_captions(lines, kind, cut, t)
        _mark_split_captions(lines, kind, cut, t)
        _mark_titled_captions(lines, kind, cut, t)
        _mark_second_lead_tail(lines, kind, cut, t)
        _mark_restated_captions(lines, kind, cut, t)
        _mark_template_captions(lines, kind, cut)
        _mark_person_action_captions(lines, kind, cut, t)
        _mark_bar_captions(lines, kind, cut, t)
        _mark_chart_captions(lines, kind, cut, t)
        _mark_glued_headlines(lines, kind, cut, t)
    _mark_trailing_headlines(lines, kind, cut)
    if not legal:
        _mark_stamped_tail(lines, kind, cut, t)
    if not legal:
        _mark_tail_bleed(lines, kind, cut, t)
    _mark_list_under_related_label(lines, kind, cut, legal)
    if legal:
        _mark_tabs_above_legal_text(lines, kind, cut, t)

    if not legal:
        _mark_headlines_under_byline(lines, kind, cut, t)
        _mark_headline_tail(lines, kind, cut)
    if not legal and template is not None and getattr(template, "titles", None):
        _mark_crawl_titles(lines, kind, cut, title, template, evidence)
    # a short name-only line closing the article is its author
    last = max((i for i in range(cut) if lines[i] and kind[i] is None), default=None)
    if last is not None and not legal and _tail_names(lines[last].strip("*_ "), t):  # a legal text closes with its signer
        kind[last] = "byline"

    _mark_bullet_byline(lines, kind, cut, t)
    if not legal:
        _mark_portrait_captions(lines, kind, cut, t)

    teaser = pagekind.one_teaser(lines, kind, cut, first_i, legal, row is not None, crawl_date is not None)
    one_teaser = bool(teaser)
    if one_teaser:
        # a section or tag page showing one teaser: the headline is the teaser's, kept as body;
        # a line above it is the section's label
        title, published = None, None
        for i in teaser:
            kind[i] = "navigation"
        kind[teaser[-1]] = None

    kind_of_page = pagekind.decide(lines, kind, cut, title, [ln for i, ln in enumerate(lines) if ln and kind[i] is None],
                                   legal, one_teaser, paginated, row is not None, crawl_date is not None, t,
                                   memo=legal_memo)
    if kind_of_page == "other" and title and pagekind.is_procedure_card(lines[:cut], t):
        title = pagekind.procedure_title(title, t)  # "Một phần  Cấp lại Giấy phép …": the service level is no part of it
    if kind_of_page == "listing" and title is not None and first_i is not None and title_hint is None:
        # a page of teasers has no headline of its own: the line taken for it is the first teaser's
        title = None
        for i in first_i[0]:
            kind[i] = None

    body: list[str] = []
    related = False  # under "Tin liên quan": the date lines are other articles'
    for i, ln in enumerate(lines):
        k = kind[i]
        if not ln or k == "title":
            continue
        if k is None:
            body.append(ln)
            continue
        related = related or (bool(body) and k in ("navigation", "related_link") and is_related_heading(ln))
        if k == "byline" and byline is None:
            byline = _byline_value(ln)
            byline_date = _date_in(ln)
            if byline_date and not spam:
                byline = regex.sub(r"\s*(?:ngày\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}.*$", "", byline).strip() or byline
                published = published or byline_date
        if k == "metadata" and not spam and (published is None or (first_i and i > max(first_i[0]) and not body)) \
                and not related and not _clock(lines, kind, i, body):
            published = parse_published(ln, base=crawl_date) or published
        elif k == "navigation" and not spam and published is None and not body:
            # above the body, a section line with the page's labelled date: "Chuyên mục: … | Đăng ngày: 11/04/2017"
            published = labelled_date(ln, base=crawl_date)
        removed.append(Removed(text=ln, reason=k, evidence=evidence.get(i)))
    if published is None and not spam:
        # a crawler's stamp is the article's date only when it names a day: "date 2023-06" is a
        # month the crawler filed the page under, not the day the page states
        published = (crawl_date if crawl_date and len(crawl_date) == 10 else None) or row_date
    if kind_of_page == "listing":
        published = None  # a page of teasers has no article of its own: its date lines are the teasers'
    elif kind_of_page == "legal_document" and published is None and not spam:
        published = legal_date(lines[:cut])  # "Bình Dương, ngày 11 tháng 10 năm 2018" in its header
    return Cleaned(title=title, published=published, byline=byline,
                   paragraphs=body, removed=removed, spam=spam,
                   page_kind=kind_of_page)
