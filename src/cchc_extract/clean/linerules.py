"""Clean stage: the line-rule bank and its data, inline spam, and the per-line tests.

The rules of ``data/boilerplate.json`` compiled once (:func:`_rules`) and grouped by the number
of words they admit (:func:`_rules_by_words`); :func:`_classify`, which gives a line's kind;
inline spam (gambling terms, glued runs, SEO brackets: :func:`_strip_spam`) with its cheap
pre-checks; bulleted bylines and portrait captions; the foreign-script test and the page's
prose balance; word counts and the shapes of a headline, a prose line and a byline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Optional

from .. import gate
from .. import rx as regex
from ..models import Removed
from ..patterns import literal_alternation
from ..resources import load


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
