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
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any, Optional

from . import gate, watchdog
from . import rx as regex

from .limits import DEFAULT_LIMITS, Limits
from .models import Removed
from .patterns import literal_alternation
from .published import is_clock_line, is_related_heading, labelled_date, legal_date, parse_published
from .resources import load


@dataclass
class Cleaned:
    title: Optional[str]
    published: Optional[str]
    byline: Optional[str]
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    spam: bool = False
    page_kind: str = "article"


@dataclass(frozen=True)
class _Rule:
    reason: str
    mode: str
    rx: "regex.Pattern[str]"
    max_words: int
    uppercase_only: bool
    needs_evidence: bool
    not_if: "Optional[regex.Pattern[str]]"


@lru_cache(maxsize=1)
def _rules() -> tuple[list[_Rule], "regex.Pattern[str]", float, dict]:
    data = load("boilerplate")
    rules = []
    for r in data["line_rules"]:
        rules.append(_Rule(r["reason"], r["mode"], regex.compile(r["pattern"], regex.I | regex.V0),
                           int(r.get("max_words", 40)), bool(r.get("uppercase_only")),
                           bool(r.get("require_colon_or_domain_or_tail")),
                           regex.compile(r["not_if"], regex.I) if r.get("not_if") else None))
    foreign = regex.compile(data["foreign_scripts"])
    spam = data["spam"]
    terms = sorted(spam["gambling_terms"], key=len, reverse=True)
    spam_rx = {
        "bracket": regex.compile(spam["bracket_pattern"]),
        "terms": regex.compile(r"(?<![\p{L}\d])(?:" + literal_alternation(terms, ignore_case=True) + r")(?![\p{L}\d])", regex.I),
        "any_term": regex.compile(literal_alternation(terms, ignore_case=True), regex.I),
        "brand": regex.compile(spam["brand_pattern"]),
        "ascii_run": regex.compile(r"(?<![A-Za-z0-9])[a-z0-9]+(?:[ ]+[a-z0-9]+){1,10}(?![A-Za-z0-9])"),
        "glued": regex.compile(r"\p{L}{%d,}" % int(spam["glued_min_letters"])),
        "line_marks": regex.compile(spam["line_marks"]) if spam.get("line_marks") else None,
    }
    return rules, foreign, float(data["foreign_line_ratio"]), spam_rx


@lru_cache(maxsize=1)
def _glued_terms() -> tuple[str, ...]:
    terms = load("boilerplate")["spam"]["gambling_terms"]
    return tuple(sorted({t.replace(" ", "") for t in terms if len(t.replace(" ", "")) >= 5}))


_SLUG = re.compile(r"[a-z]+(?: [a-z]+){0,4}(?: \d{1,3})?")
_TITLE_DATE = re.compile(r"\s*[(\[]\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*[)\]]\s*$")
_ANY_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:vn|com|net|org|gov|info)\b", re.I)
_WS = re.compile(r"[ ]{2,}")
_URL = re.compile(r"(?:https?://|www\.)\S+")


def _iso(d: int, m: int, y: int) -> Optional[str]:
    if 1 <= d <= 31 and 1 <= m <= 12 and 1900 <= y <= 2100:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _date_in(line: str) -> Optional[str]:
    m = _ANY_DATE.search(line)
    if not m:
        return None
    if m.group(1):
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return _iso(int(m.group(4)), int(m.group(5)), int(m.group(6)))


# the characters that ``regex``'s case-insensitive matching takes for a letter of the gambling
# terms while ``str.lower`` does not give that letter ("İ" for "i", "ſ" for "s"); a text holding
# one is searched with the pattern
_LOWER_IS_NOT_REGEX_CASE = ("\u0130", "\u017f")


@lru_cache(maxsize=1)
def _spam_gates() -> tuple[tuple[str, ...], int]:
    """The gambling terms in lower case, and the fewest letters of a glued run."""
    spam = load("boilerplate")["spam"]
    return tuple(t.lower() for t in spam["gambling_terms"]), int(spam["glued_min_letters"])


def _has_term(text: str, t: float) -> bool:
    """Whether a gambling term occurs anywhere in ``text``, in any case: ``any_term.search(text)``,
    answered by looking for each term in the text in lower case (the same answer, see
    ``_LOWER_IS_NOT_REGEX_CASE``)."""
    if any(c in text for c in _LOWER_IS_NOT_REGEX_CASE):
        return _rules()[3]["any_term"].search(text, timeout=t) is not None
    for _ in _term_automaton().iter(text.lower()):
        return True  # the first term found
    return False


@lru_cache(maxsize=4)
def _long_word(n: int) -> "re.Pattern[str]":
    """A run of ``n`` characters or more that are not white space: a word of ``str.split`` that
    long (``re``'s ``\\s`` is ``str.isspace``)."""
    return re.compile(r"\S{%d,}" % n)


@lru_cache(maxsize=1)
def _term_automaton():
    """The gambling terms in lower case as one Aho-Corasick automaton: one pass over a text tells
    whether any of them occurs in it (``any(term in low for term in terms)``)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for term in _spam_gates()[0]:
        auto.add_word(term, term)
    auto.make_automaton()
    return auto


def _is_spam_line(line: str, t: float) -> bool:
    """A gambling gateway's line: a gambling term or a betting brand on a line carrying the
    gateway's marks (stars or ticks, or three keywords parted by '·', '•' or '|'); see
    ``data/boilerplate.json`` ``spam.line_marks``."""
    rx = _rules()[3]
    if rx["line_marks"] is None or not rx["line_marks"].search(line, timeout=t):
        return False
    plain = regex.sub(r"[^\p{L}\p{N}.]+", " ", line.lower(), timeout=t)  # "⭐️ww88.game⭐️": a brand between marks
    return _has_term(line, t) or rx["brand"].search(plain, timeout=t) is not None


@lru_cache(maxsize=1)
def _bullet_byline_rx() -> "regex.Pattern[str]":
    return regex.compile(load("boilerplate")["bullet_byline"]["pattern"])


def _mark_bullet_byline(lines: list, kind: list, cut: int, t: float) -> None:
    """A bulleted name right under the bulleted date stamp the rules took as metadata is the
    author (``data/boilerplate.json`` ``bullet_byline``)."""
    prev = None
    for i in range(cut):
        if not lines[i]:
            continue
        ln = lines[i].strip()
        if kind[i] is None and prev is not None and kind[prev] == "metadata" \
                and lines[prev].strip()[:1] == ln[:1] and _bullet_byline_rx().match(ln, timeout=t):
            kind[i] = "byline"
        prev = i


@lru_cache(maxsize=1)
def _portrait_caption_rules() -> tuple:
    d = load("boilerplate")["portrait_caption"]
    hon = literal_alternation(sorted(d["honorifics"], key=len, reverse=True), ignore_case=True)
    head = regex.compile(r"(?:(?:%s)\s*)+(?P<name>(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}))\s*:\s+(?=\S)" % hon,
                         regex.I)
    labels = regex.compile(r"(?:%s)\s*:" % literal_alternation(d["interview_labels"], ignore_case=True), regex.I)
    return head, labels, int(d["max_words"]), int(d["min_words_above"])


def _mark_portrait_captions(lines: list, kind: list, cut: int, t: float) -> None:
    """A portrait's caption: the speaker's name, a colon and one sentence, right under the
    paragraph that reports that person's words (``data/boilerplate.json`` ``portrait_caption``).
    Not on a page with interview labels, where such lines are answers."""
    head, labels, max_words, min_above = _portrait_caption_rules()
    if not any(":" in ln for ln in lines[:cut] if ln):
        return
    if any(ln and labels.match(ln.strip(), timeout=t) for ln in lines[:cut]):
        return
    prev = None
    for i in range(cut):
        if not lines[i]:
            continue
        ln = lines[i].strip()
        if kind[i] is None and prev is not None and kind[prev] is None and ":" in ln[:60] \
                and _nwords(ln) <= max_words and _nwords(lines[prev]) >= min_above \
                and not ln.endswith("?"):
            m = head.match(ln, timeout=t)
            if m and m.group("name") in lines[prev] \
                    and not regex.search(r"[.!?…][”\"]?\s+\p{Lu}", ln[m.end():], timeout=t):  # one sentence
                kind[i] = "photo_caption"
        prev = i


def _mark_spam_lines(lines: list, kind: list, cut: int, t: float) -> bool:
    """Mark the gambling gateway's lines (:func:`_is_spam_line`) as spam; whether any was."""
    found = False
    for i in range(cut):
        if kind[i] is None and lines[i] and _is_spam_line(lines[i], t):
            kind[i] = "spam"
            found = True
    return found


def _strip_spam(text: str, removed: list[Removed], t: float) -> tuple[str, bool]:
    """Remove SEO/gambling spam and glued garbage from the whole text."""
    _, _, _, rx = _rules()
    keywords = {kw.strip() for m in rx["bracket"].finditer(text, timeout=t)
                for kw in m.groups() if kw and kw.strip()}
    found = False
    for m in rx["bracket"].finditer(text, timeout=t):
        removed.append(Removed(text=m.group(0), reason="spam"))
        found = True
    if found:  # (no bracket found: nothing to replace)
        text = rx["bracket"].sub(" ", text, timeout=t)
    for kw in sorted(keywords, key=len, reverse=True):
        kw_rx = regex.compile(regex.escape(kw), regex.I)
        for m in kw_rx.finditer(text, timeout=t):
            removed.append(Removed(text=m.group(0), reason="spam"))
        text = kw_rx.sub(" ", text, timeout=t)

    def _ascii_spam(m: "regex.Match[str]") -> str:
        run = m.group(0)
        if rx["terms"].search(run, timeout=t):
            removed.append(Removed(text=run, reason="spam"))
            return " "
        return run

    if _has_term(text, t):  # no term anywhere: no run to remove
        text = rx["ascii_run"].sub(_ascii_spam, text, timeout=t)

    glued_terms = _glued_terms()

    def _glued(m: "regex.Match[str]") -> str:
        run = m.group(0)
        accented = sum(1 for c in run if ord(c) > 127)
        humps = sum(1 for a, b in zip(run, run[1:]) if a.islower() and b.isupper())
        low = run.lower()
        if accented >= 3 or humps >= 2 or any(term in low for term in glued_terms):
            keep = regex.match(r"[A-ZĐ]{2,}(?=[a-z])", run)  # an acronym the spam was glued to: "DDCIkeonhacai…"
            prefix = keep.group(0) if keep else ""
            removed.append(Removed(text=run[len(prefix):], reason="spam"))
            return prefix
        return run

    # a run of letters lies inside a word (a run of characters other than white space) that long:
    # the runs are replaced word by word, in the order of the text
    pieces, pos = [], 0
    long_enough = max(map(len, text.split()), default=0) >= _spam_gates()[1]
    for m in _long_word(_spam_gates()[1]).finditer(text) if long_enough else ():
        pieces.append(text[pos:m.start()])
        pieces.append(rx["glued"].sub(_glued, m.group(0), timeout=t))
        pos = m.end()
    if pieces:
        pieces.append(text[pos:])
        text = "".join(pieces)
    if removed:
        found = True
        text = "\n".join(_WS.sub(" ", ln).strip() for ln in text.split("\n"))
    return text, found


@lru_cache(maxsize=1)
def _rules_by_words() -> tuple:
    """The line rules' literal gates as one :class:`cchc_extract.gate.Bank` (checked together once
    per line: a rule whose gate the line fails cannot match it), and for each number of words
    ``w`` (the last entry for more words than any rule allows) the line rules whose ``max_words``
    admit ``w``, in their order, each with its pattern's bound ``fullmatch``, ``match`` or
    ``search`` and the mask of its gate in the bank (0: none)."""
    rules = _rules()[0]
    bank = gate.Bank([r.rx for r in rules])
    top = max([r.max_words for r in rules] + [0])
    return bank, tuple(tuple((r, _scan(r, bank.need[k]), bank.need[k])
                             for k, r in enumerate(rules) if w <= r.max_words) for w in range(top + 2))


def _scan(rule: _Rule, need: int):
    """The rule's pattern's bound ``fullmatch``, ``match`` or ``search``; a search whose gate the
    bank checks (``need``) is the pattern's own, without its gate checked again."""
    if rule.mode in ("fullmatch", "match"):
        return getattr(rule.rx, rule.mode)
    return rule.rx._p.search if need and isinstance(rule.rx, gate.Gated) else rule.rx.search


def _classify(line: str, is_tail: bool, t: float) -> Optional[str]:
    bank, plan = _rules_by_words()
    rules = plan[min(_words_upto(line, len(plan) - 1), len(plan) - 1)]
    if not rules:
        return None
    got = bank.satisfied(line)  # the clauses of the rules' gates the line satisfies
    upper = None
    evidence = None
    for r, scan, need in [x for x in rules if x[2] & got == x[2]]:  # the rules whose gate it passes
        if r.uppercase_only:
            if upper is None:
                upper = line == line.upper()
            if not upper:
                continue
        if r.needs_evidence:
            if evidence is None:
                evidence = ":" in line[:25] or _DOMAIN.search(line) is not None or is_tail
            if not evidence:
                continue
        m = scan(line, timeout=t)
        if not m:
            continue
        if r.not_if is not None and r.not_if.search(line, timeout=t):
            continue
        return r.reason
    return None


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _dateline_rx() -> "regex.Pattern[str]":
    return regex.compile(load("boilerplate")["dateline_at_top"]["pattern"])


def _table_start() -> "regex.Pattern[str]":
    return regex.compile(load("boilerplate")["caption_over_table"]["pattern"])


def _over_table(lines: list, i: int, cut: int, t: float) -> bool:
    """Whether the next non-empty line after ``lines[i]`` starts a table (``data/boilerplate.json``
    ``caption_over_table``)."""
    for j in range(i + 1, min(cut, i + 6)):  # blank lines between (a caption, two empty lines, the table)
        if lines[j].strip():
            return bool(_table_start().search(lines[j], timeout=t))
    return False


# Latin letters and their marks, Vietnamese's letters, general punctuation: a Vietnamese line seldom
# holds a character outside these
_SAFE_RANGES = ((0x0000, 0x036F), (0x1E00, 0x1EFF), (0x2000, 0x206F))


@lru_cache(maxsize=1)
def _foreign_gate() -> "Optional[regex.Pattern[str]]":
    """A pattern that finds a character outside ``_SAFE_RANGES``, when the foreign-script pattern
    is an alternation of character properties none of whose characters is in them (then a line
    with no such character has no foreign character); else None."""
    foreign = _rules()[1]
    if not re.fullmatch(r"\\p\{\w+\}(?:\|\\p\{\w+\})*", foreign.pattern):
        return None
    if foreign.search("".join(chr(c) for lo, hi in _SAFE_RANGES for c in range(lo, hi + 1))):
        return None
    return regex.compile("[^%s]" % "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _SAFE_RANGES))


def _is_foreign(line: str, t: float, memo: Optional[dict] = None) -> bool:
    """Whether ``line`` is mostly in a foreign script; ``memo``: a dict kept over one page's calls."""
    if memo is not None:
        v = memo.get(line)
        if v is None:
            v = memo[line] = _is_foreign(line, t)
        return v
    gate = _foreign_gate()
    if gate is not None and gate.search(line, timeout=t) is None:
        return False  # no character of a foreign script
    _, foreign, ratio, _ = _rules()
    if "://" in line or "www." in line:  # what every match of _URL holds
        line = _URL.sub(" ", line)
    n = len(foreign.findall(line, timeout=t))
    if n < 2:
        return False
    letters = sum(map(len, line.split()))  # the characters that are not white space
    if not letters:
        return False
    return n / letters >= ratio or bool(foreign.match(line.lstrip()))


_LIST_ITEM = regex.compile(r"\s*(?:[-–•+*]|\d{1,2}[.)])\s+\S")
_VI_MARKS = regex.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", regex.I)


def _vi_marks(line: str, n: int) -> bool:
    """Whether ``line`` has ``n`` letters or more of Vietnamese's own (``len(_VI_MARKS.findall(line))
    >= n``, the scan stopped at the ``n``-th)."""
    return sum(1 for _ in islice(_VI_MARKS.finditer(line), n)) >= n


def _prose_balance(lines: list, t: float, memo: Optional[dict] = None) -> list:
    """For each ``i``, how many more Vietnamese lines of eight words or more (sentences or list
    items, not bare headlines) than foreign-script lines ``lines[i:]`` holds; one pass from the
    end, so that asking it after every foreign line of a page stays linear."""
    bal = [0] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        ln = lines[j]
        d = 0
        if ln:
            if _is_foreign(ln, t, memo):
                d = -1
            elif _nwords(ln) >= 8 and _vi_marks(ln, 3) \
                    and (ln.rstrip().endswith((".", "!", "?", ";", ":", "…")) or _LIST_ITEM.match(ln)):
                d = 1  # a sentence or a list item; the headline list of a footer is neither
        bal[j] = bal[j + 1] + d
    return bal


def _prose_follows(lines: list, i: int, t: float, memo: Optional[dict] = None,
                   balance: Optional[list] = None) -> bool:
    """Whether Vietnamese body text goes on after the foreign line ``i`` (a quotation in
    Korean or Japanese, or a list of such lines, inside the article): more Vietnamese lines of
    eight words or more (sentences or list items, not bare headlines) than foreign lines among
    the rest of the page. ``balance``: :func:`_prose_balance` of ``lines``, when already made."""
    if balance is None:
        balance = _prose_balance(lines, t, memo)
    return balance[i + 1] > 0


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _nwords(line: str) -> int:
    """The number of words of a line (split at white space)."""
    return len(line.split())


def _words_upto(line: str, n: int) -> int:
    """``min(_nwords(line), n + 1)``: the words of ``line`` counted up to ``n + 1`` (enough
    to compare the count with ``n``)."""
    w = _nwords(line)
    return w if w <= n else n + 1


def _looks_like_headline(line: str) -> bool:
    return 2 <= _words_upto(line, 40) <= 40 and not line.rstrip().endswith((".", ";", ":", ",", "./."))


def _prose(line: str) -> bool:
    """A sentence of prose: twelve words or more ending like a sentence."""
    return _words_upto(line, 12) >= 12 and line.rstrip().endswith((".", "!", "?", "…", ";"))


def _byline_value(line: str) -> str:
    m = re.match(r"(?i)(?:nguồn|theo|bài(?:,| và) ảnh|tin(?:,| và) ảnh|pv|phóng viên|tác giả)\s*:?\s*(.+)", line)
    return (m.group(1) if m else line).strip()


@lru_cache(maxsize=1)
def _prefix_rules():
    d = load("boilerplate")
    return (regex.compile(d["crawl_artifacts"]["pattern"], regex.I),
            regex.compile(d["line_prefix_strip"]["pattern"]))


_NAME_LINE = regex.compile(r"(?:\p{Lu}[\p{Ll}]*\.?\s*){1,5}(?:\([^()]{1,30}\))?")


_CUT_OFF = regex.compile(r"\s(?:\.{3}|…)$")
_WORD = regex.compile(r"\w+")
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
    from .templates import title_key

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


_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


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
    from .pagekind import _anchored

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


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _word_key(line: str) -> str:
    return " ".join(_WORD.findall(line.casefold()))


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _casefold(line: str) -> str:
    return line.casefold()


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


def _mark_teasers(lines: list, kind: list, cut: int, title: Optional[str], t: float = 2.0) -> list:
    """Search teasers and headline bleed: a cut-off copy of another line (``… trường học ...``),
    and a line that opens with the headline and runs on into a teaser (``Giáo dục <headline>
    Hơn 1.200 học sinh …``)."""
    heads: list = []
    idx = [i for i in range(cut) if lines[i] and kind[i] is None]
    if len(idx) > 400:
        return heads
    keys = _Keys(lines)  # {i: _word_key(lines[i])} for the lines as they are now
    tkey = _word_key(title) if title else ""
    # the words of the headline's key, each in the case-folded line of every line whose key holds it
    twords = sorted(tkey.split(), key=len, reverse=True)
    for i in idx:
        ln = lines[i]
        if ln.endswith(("...", "…")) and _CUT_OFF.search(ln) and _nwords(ln) >= 5:
            words = keys[i].split()[:-1]  # the last word may be cut
            probe = " ".join(words[-8:]) if len(words) >= 5 else ""
            if probe and any(probe in keys[j] for j in idx if j != i and len(keys[j]) > len(probe)):
                kind[i] = "teaser"
                continue
        if tkey and _nwords(tkey) >= 5 and all(w in _casefold(ln) for w in twords) and len(keys[i]) > len(tkey):
            pos = keys[i].find(tkey)
            if 0 <= pos and _nwords(keys[i][:pos]) <= 4:
                # the section label and headline go; the text after them is the lead
                rx = regex.compile(r"\W*".join(regex.escape(w) for w in tkey.split()), regex.I)
                m = rx.search(ln)
                # a headline copied in keeps its capital; a lead restating it does not
                # ("UBND tỉnh phê duyệt Đề án …" under "Phê duyệt Đề án …")
                first = regex.search(r"\w", title)
                if m is not None and m.start() <= 60 and (m.start() == 0 or ln[m.start()] == (first.group(0) if first else "")):
                    if m.start() and (ln[:m.start()].rstrip().endswith(",") or (
                            title.upper() == title and m.group(0).upper() != m.group(0))):
                        # a sentence naming what the headline names: "Ngày 16/5/2024, Ủy ban Mặt
                        # trận Tổ quốc Việt Nam Phường phối hợp …" under "ỦY BAN MẶT TRẬN …"
                        continue
                    rest = ln[m.end():].lstrip(" .:-–|")
                    if not rest.strip():  # a section label and the headline: the whole line goes
                        kind[i] = "duplicate_title"
                        continue
                    if _nwords(rest) <= 5 and _date_in(rest) and regex.fullmatch(r"[\"”’»]?\s*[(\[][\d/.\-:, ]+[)\]]\s*", rest):
                        kind[i] = "duplicate_title"  # the headline with its date: "… năm 2022" (22/08/2022)"
                        continue
                    rkey = _word_key(rest)
                    if rkey == tkey or rkey.startswith(tkey + " " + tkey):
                        kind[i] = "duplicate_title"  # the headline printed twice in a row
                        continue
                    # a cut-off headline leaves its last words in front of the lead ("… tại Hà"
                    # / "Nội Tiếp nối …"): the lead printed on its own line shows where it starts
                    for j in idx:
                        kj = keys[j]
                        pos = rkey.find(" " + kj[:60]) if j != i and _nwords(kj) >= 8 else -1
                        if 0 < pos and _nwords(rkey[:pos]) <= 2:
                            cutw = _nwords(rkey[:pos])
                            mw = regex.match(r"(?:\W*\w+){%d}\W*" % cutw, rest)
                            if mw is not None:
                                heads.append((i, ln[:m.end()] + " " + rest[:mw.end()].strip()))
                                lines[i] = rest[mw.end():]
                                kind[j] = "teaser" if keys[j] == _word_key(lines[i]) else kind[j]
                            break
                    else:
                        mw = None
                    if mw is not None:
                        continue
                    # the lead after it is printed again on its own line (a cut-off headline
                    # may leave its last word in front: "Nội Tiếp nối …" under "… tại Hà"):
                    # the whole line is a copy
                    if _nwords(rkey) >= 8 and any(
                            j != i and _nwords(keys[j]) >= 8 and (keys[j] == rkey or (
                                rkey.endswith(keys[j]) and len(rkey[:len(rkey) - len(keys[j])].split()) <= 2)
                                or keys[j].startswith(rkey)) for j in idx):
                        kind[i] = "teaser"
                        continue
                    if not (rest[:1].isupper() or rest[:1].isdigit()):
                        continue  # the sentence goes on: a lead that opens with the headline's words
                    if len(rest.strip()) <= 3 and not any(c.isalpha() for c in rest):
                        kind[i] = "duplicate_title"  # the headline and a photo's number (alt text): "… tăng 7 bậc 1"
                        continue
                    from .pagekind import site_suffix

                    sfx = site_suffix(ln, t)
                    if sfx is not None and sfx.strip(" -–|") == rest.strip(" -–|"):
                        kind[i] = "duplicate_title"  # the headline with the site's name after it
                        continue
                    heads.append((i, ln[:m.end()]))
                    lines[i] = rest
                    if _classify(rest, False, t) == "metadata":
                        kind[i] = "metadata"  # the headline and its time stamp: "… bị bắt 24/04/2024 15:50"
    return heads


_GLUED_CAPTION = regex.compile(r"(.{10,400}?\s(?:Ảnh|ẢNH|Video|VIDEO|Nguồn ảnh)\s*:\s*[\p{Lu}][\p{Lu} .\-/&]{1,40}?)"
                               r"\s+(?=[\p{Lu}][\p{Ll}]+\s+\p{L})")


_INLINE_CAPTION = regex.compile(r"(?<=[.!?…]\s|^)[^.!?…\n]{5,300}\((?:Ảnh|ảnh|Nguồn ảnh|Video)\s*:\s*[^()\n]{1,60}\)\.?(?=\s|$)")


def _split_glued_captions(lines: list, t: float) -> list:
    """A caption whose capitalised credit runs straight into the next paragraph (``… 20/10.
    Ảnh: HOÀNG LAN Chị Duyên - chủ cửa hàng …``) is split off onto its own line; so is a
    caption sentence a page ran into its paragraph (``… tại xã. Công an xã vận động người dân
    (Ảnh: Tống Huệ). Tại thành phố …``)."""
    out = []
    for ln in lines:
        if "(Ảnh" in ln or "(ảnh" in ln or "(Video" in ln:
            pieces, pos = [], 0
            for m in _INLINE_CAPTION.finditer(ln, timeout=t):
                if m.end() >= len(ln.rstrip()):
                    break  # a caption closing its line: the line rules see the whole line
                pieces.extend([ln[pos:m.start()].rstrip(), m.group(0).strip()])
                pos = m.end()
            if pieces:
                pieces.append(ln[pos:].strip())
                out.extend(p for p in pieces if p)
                continue
        m = _GLUED_CAPTION.match(ln, timeout=t) if ("Ảnh" in ln or "ẢNH" in ln or "Video" in ln
                                                    or "VIDEO" in ln) else None
        if m and len(ln) - m.end(1) > 40:
            out.extend([m.group(1), ln[m.end():]])
        else:
            out.append(ln)
    return out


_GLUED_HEAD = regex.compile(r"(?<=(?<![\p{L}\d])\p{Ll}{2,})(?=\p{Lu}\p{Ll})")


_CAP_WORD = regex.compile(r"(?<=[\p{L}\d] )\p{Lu}\p{Ll}")


_LINK_LINE = re.compile(r"\[([^\[\]\n]{1,400})\]\((\s*(?:https?://|/)[^()\s]{0,500}\s*)\)")


def _split_glued_headline(lines: list, t: float) -> list:
    """The headline glued to its lead with no space in one of the page's first three lines of five
    words or more: "… trong từng công dânTrong bối cảnh …" is cut where a word of lower-case
    letters runs into a capitalised word, when the part before is headline-shaped and the part
    after opens with a sentence of prose. A brand spelled so ("VNeID", "iPhone", "eKYC") does
    not start with two lower-case letters."""
    seen = 0
    for i, ln in enumerate(lines):
        if _nwords(ln) < 5:
            continue  # blank lines and the chrome's buttons
        seen += 1
        if seen > 3:
            break
        if _nwords(ln) < 18:
            continue
        m = _GLUED_HEAD.search(ln, timeout=t)
        if m is None:
            continue
        head, lead = ln[:m.start()], ln[m.start():]
        if 6 <= _nwords(head) <= 30 and _headline_shaped(head) and _prose(lead.split(". ")[0] + "."):
            return lines[:i] + [head, lead] + lines[i + 1:]
    return lines


# what ``str.isalnum`` rejects: ``\w`` of ``re`` is ``str.isalnum`` and the underscore
_NOT_ALNUM = re.compile(r"[\W_]+")


def _fold_letters(line: str) -> str:
    """The line's letters without tone or vowel marks, lower case: the same for a line and its
    copy with the marks scrambled."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "d").casefold()))


def _letters(line: str) -> str:
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFC", line.casefold()))


def _folded(memo: dict, line: str) -> str:
    """``_fold_letters(line)``, kept in ``memo``."""
    f = memo.get(line)
    if f is None:
        f = memo[line] = _fold_letters(line)
    return f


_HEAD = 48


def _heads_agree(memo: dict, a: str, b: str) -> bool:
    """False when ``_fold_letters(a) != _fold_letters(b)`` shows in the first ``_HEAD`` characters
    of each: a line's folded letters are the folded letters of its characters one after the other
    (a mark that canonical ordering moves is no letter nor digit, and is dropped), so the folded
    start of a line is the start of its folded letters, and of two equal ones, one starts the other."""
    ha = _folded(memo, a[:_HEAD])
    hb = _folded(memo, b[:_HEAD])
    return ha.startswith(hb) if len(ha) >= len(hb) else hb.startswith(ha)


@lru_cache(maxsize=8192)  # a pure function of a line, asked again by later passes (emptied per page)
def _norm_line(line: str) -> str:
    return " ".join(line.casefold().rstrip(" .").split())


def _single_sentence(line: str, max_words: int) -> bool:
    return _words_upto(line, max_words) <= max_words and len(re.findall(r"[.!?](?:\s|$)", line)) <= 1


_PAGE_MEMOS = (_nwords, _word_key, _casefold, _norm_line, _fold_words)


def clean(text: str, limits: Limits = DEFAULT_LIMITS, title_hint: Optional[str] = None,
          template: Any = None) -> Cleaned:
    """Split ``text`` (normalized) into title, body paragraphs, metadata and removed junk.

    ``title_hint``: the headline known from elsewhere (HTML metadata, a database row); then no
    headline is looked for in the text, and only lines repeating the hint are removed.
    ``template``: the page's site template learned from a crawl
    (:class:`cchc_extract.templates.SiteTemplate`, anything with ``evidence(line)``); its lines
    go with reason ``site_template`` unless that would leave less than a third of the page."""
    from . import pagekind  # the page-kind stage reads this module's line shapes

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


def _clock(lines: list, kind: list, i: int, body: list) -> bool:
    """Whether the date line ``lines[i]`` is the site's clock: labelled ``Hôm nay``, or a weekday and
    a date without a time above the body with the navigation right under it."""
    if not is_clock_line(lines[i]):
        return False
    if regex.match(r"\W*(?:Hôm nay|Today)", lines[i], regex.I):
        return True
    nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    return not body and nxt is not None and kind[nxt] == "navigation"


@lru_cache(maxsize=1)
def _kind_rules():
    d = load("boilerplate")
    return regex.compile(d["legal_markers"]["pattern"], regex.M | regex.V0), d["listing"]


_SENTENCE_END = (".", "!", "?", ";", ":", "…", '"', "”", ")")
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
    from .pagekind import is_menu_line

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
    from .pagekind import is_placeholder

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
        from .pagekind import is_letterhead, is_menu_line, is_placeholder, is_qa_line, is_stamp, site_suffix

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
    from .pagekind import is_menu_line, label_prefix, site_suffix

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


def _legal_header_line(line: str, t: float, groups: tuple = ("number", "motto")) -> bool:
    """Whether ``line`` is one of a legal text's header lines in ``groups`` (the ``legal_markers``
    of ``boilerplate.json``: ``number`` ``Số: 08/2004/TT-BNV``, ``motto`` the national motto)."""
    if "Số" not in line and "Độc lập" not in line and "CỘNG H" not in line and "CHỦ NGHĨA" not in line:
        return False
    try:
        m = _kind_rules()[0].search(line, timeout=t)
    except TimeoutError:
        return False
    return m is not None and m.lastgroup in groups
