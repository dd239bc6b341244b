"""Clean stage: normalized page text → article title, body paragraphs and metadata.

Takes the normalized text of one page; gives a :class:`Cleaned` with the headline (spam
stripped, or ``None``), ``published`` when the page states the article's date, the byline /
source line, the body paragraphs, and every removed piece with its reason. Nothing leaves the
body silently: whatever is not a paragraph is in ``removed``.

Order of work:
1. inline spam: SEO keywords in 【…】 brackets (learned, then removed everywhere), runs of
   unaccented words around a gambling term, and runs of words glued without spaces;
2. lines: each line is matched against the rules of ``data/boilerplate.json`` (navigation,
   related links, photo captions, portal footers, metadata, bylines); a line mostly in a
   foreign script starts a foreign site footer that runs to the end of the page;
3. the first remaining line is the headline when it reads as one.

The rules describe kinds of junk, not the strings of any one site; the examples in the data
file are checked by the tests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .limits import DEFAULT_LIMITS, Limits
from .models import Removed
from .resources import load


@dataclass
class Cleaned:
    title: Optional[str]
    published: Optional[str]
    byline: Optional[str]
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    spam: bool = False


@dataclass(frozen=True)
class _Rule:
    reason: str
    mode: str
    rx: "regex.Pattern[str]"
    max_words: int
    uppercase_only: bool
    needs_evidence: bool


@lru_cache(maxsize=1)
def _rules() -> tuple[list[_Rule], "regex.Pattern[str]", float, dict]:
    data = load("boilerplate")
    rules = []
    for r in data["line_rules"]:
        rules.append(_Rule(r["reason"], r["mode"], regex.compile(r["pattern"], regex.I | regex.V0),
                           int(r.get("max_words", 40)), bool(r.get("uppercase_only")),
                           bool(r.get("require_colon_or_domain_or_tail"))))
    foreign = regex.compile(data["foreign_scripts"])
    spam = data["spam"]
    terms = sorted(spam["gambling_terms"], key=len, reverse=True)
    spam_rx = {
        "bracket": regex.compile(spam["bracket_pattern"]),
        "terms": regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(regex.escape(t) for t in terms) + r")(?![\p{L}\d])", regex.I),
        "brand": regex.compile(spam["brand_pattern"]),
        "ascii_run": regex.compile(r"(?<![A-Za-z0-9])[a-z0-9]+(?:[ ]+[a-z0-9]+){1,10}(?![A-Za-z0-9])"),
        "glued": regex.compile(r"\p{L}{%d,}" % int(spam["glued_min_letters"])),
    }
    return rules, foreign, float(data["foreign_line_ratio"]), spam_rx


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


def _strip_spam(text: str, removed: list[Removed], t: float) -> tuple[str, bool]:
    """Remove SEO/gambling spam and glued garbage from the whole text."""
    _, _, _, rx = _rules()
    keywords = {kw.strip() for m in rx["bracket"].finditer(text, timeout=t)
                for kw in m.groups() if kw and kw.strip()}
    found = False
    for m in rx["bracket"].finditer(text, timeout=t):
        removed.append(Removed(text=m.group(0), reason="spam"))
        found = True
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

    text = rx["ascii_run"].sub(_ascii_spam, text, timeout=t)

    def _glued(m: "regex.Match[str]") -> str:
        run = m.group(0)
        accented = sum(1 for c in run if ord(c) > 127)
        humps = sum(1 for a, b in zip(run, run[1:]) if a.islower() and b.isupper())
        if accented >= 3 or humps >= 2:
            removed.append(Removed(text=run, reason="spam"))
            return ""
        return run

    text = rx["glued"].sub(_glued, text, timeout=t)
    if removed:
        found = True
        text = "\n".join(_WS.sub(" ", ln).strip() for ln in text.split("\n"))
    return text, found


def _classify(line: str, is_tail: bool, t: float) -> Optional[str]:
    rules, _, _, _ = _rules()
    words = len(line.split())
    for r in rules:
        if words > r.max_words:
            continue
        if r.uppercase_only and line != line.upper():
            continue
        if r.mode == "fullmatch":
            m = r.rx.fullmatch(line, timeout=t)
        elif r.mode == "match":
            m = r.rx.match(line, timeout=t)
        else:
            m = r.rx.search(line, timeout=t)
        if not m:
            continue
        if r.needs_evidence and not (":" in line[:25] or _DOMAIN.search(line) or is_tail):
            continue
        return r.reason
    return None


def _is_foreign(line: str, t: float) -> bool:
    _, foreign, ratio, _ = _rules()
    line = _URL.sub(" ", line)
    letters = sum(1 for c in line if not c.isspace())
    if not letters:
        return False
    n = len(foreign.findall(line, timeout=t))
    return n >= 2 and (n / letters >= ratio or bool(foreign.match(line.lstrip())))


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 40 and not line.rstrip().endswith((".", ";", ":", ",", "./."))


def _byline_value(line: str) -> str:
    m = re.match(r"(?i)(?:nguồn|theo|bài(?:,| và) ảnh|tin(?:,| và) ảnh|pv|phóng viên|tác giả)\s*:?\s*(.+)", line)
    return (m.group(1) if m else line).strip()


_NAME_LINE = regex.compile(r"(?:\p{Lu}[\p{Ll}]*\.?\s*){1,5}(?:\([^()]{1,30}\))?")


def clean(text: str, limits: Limits = DEFAULT_LIMITS) -> Cleaned:
    """Split ``text`` (normalized) into title, body paragraphs, metadata and removed junk."""
    t = limits.regex_timeout
    removed: list[Removed] = []
    text, spam = _strip_spam(text, removed, t)
    lines = [ln.strip() for ln in text.split("\n")]
    n = len(lines)
    title: Optional[str] = None
    published: Optional[str] = None
    byline: Optional[str] = None
    body: list[tuple[int, str]] = []  # (line number, text)
    kind: list[Optional[str]] = [None] * n

    # a foreign-script site footer runs from its first line to the end of the page
    total = sum(len(ln) for ln in lines) or 1
    seen = 0
    cut = n
    for i, ln in enumerate(lines):
        if ln and _is_foreign(ln, t) and seen / total > 0.3:
            cut = i
            break
        seen += len(ln)
    for i in range(cut, n):
        if lines[i]:
            kind[i] = "foreign_footer"
    for i in range(cut):
        if lines[i] and _is_foreign(lines[i], t):
            kind[i] = "foreign_text"

    content = [i for i in range(cut) if lines[i] and kind[i] is None]
    tail = set(content[-3:])
    prev_caption_slug = False
    for idx, i in enumerate(range(cut)):
        ln = lines[i]
        if not ln:
            prev_caption_slug = False
            continue
        if kind[i] is not None:
            continue
        if _SLUG.fullmatch(ln):
            kind[i] = "photo_caption" if len(ln.split()) >= 2 else "noise"
            prev_caption_slug = kind[i] == "photo_caption"
            continue
        if prev_caption_slug and len(ln.split()) <= 45 and len(re.findall(r"[.!?](?:\s|$)", ln)) <= 1:
            kind[i] = "photo_caption"
            prev_caption_slug = False
            continue
        prev_caption_slug = False
        reason = _classify(ln, i in tail, t)
        if reason is not None:
            kind[i] = reason

    # headline: the first content line, when it reads as one
    first = next((i for i in range(cut) if lines[i] and kind[i] is None), None)
    if first is not None and first == next((i for i in range(cut) if lines[i] and kind[i] not in ("metadata", "navigation", "noise", "portal_footer")), None):
        cand = lines[first]
        m = _TITLE_DATE.search(cand)
        if m:
            published = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            cand = cand[:m.start()].rstrip()
        if _looks_like_headline(cand) and any(kind[j] is None and lines[j] for j in range(first + 1, cut)):
            title = cand
            kind[first] = "title"
        elif m:
            published = None

    # a short name-only line closing the article is its author
    last = max((i for i in range(cut) if lines[i] and kind[i] is None), default=None)
    if last is not None and last != first and len(lines[last].split()) <= 5 \
            and _NAME_LINE.fullmatch(lines[last], timeout=t) and not re.search(r"\d", lines[last]):
        kind[last] = "byline"

    for i, ln in enumerate(lines):
        k = kind[i]
        if not ln or k == "title":
            continue
        if k is None:
            body.append((i, ln))
            continue
        if k == "byline" and byline is None:
            byline = _byline_value(ln)
        if k == "metadata" and published is None and not spam:
            published = _date_in(ln)
        removed.append(Removed(text=ln, reason=k))
    return Cleaned(title=title, published=published, byline=byline,
                   paragraphs=[ln for _, ln in body], removed=removed, spam=spam)
