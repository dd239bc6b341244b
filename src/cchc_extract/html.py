"""Markup → text: HTML pages and markdown-converted pages, before the text pipeline.

The pipeline (:mod:`cchc_extract.pipeline`) works on plain text. Input that is markup goes
through this module first, whoever calls it — ``cx.extract``, ``cchc-extract extract`` or a
batch worker:

- :func:`detect_format` says whether decoded input is ``"html"``, ``"markdown"`` (a page a
  crawler converted to markdown: ``[anchor](url)`` links, ``![](image)`` lines) or ``"text"``;
- :func:`html_to_text` gives the main text, title, date and author of an HTML page
  (trafilatura on the string — it never fetches anything — with a standard-library fallback);
- :func:`markdown_to_text` removes link and image syntax, keeping the anchor text, and
  returns what it removed so that the article can report it.

Offsets in an Article always refer to the text that comes out of here (and then out of
cleaning), so ``text[start:end] == fact.text`` holds whatever the input format was.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, NamedTuple, Optional, Union

from . import rx as regex

log = logging.getLogger(__name__)

__all__ = ["FORMATS", "HtmlText", "MarkdownText", "detect_format", "looks_like_html",
           "looks_like_markdown", "html_to_text", "markdown_to_text"]

FORMATS = ("text", "html", "markdown")
"""Input formats the pipeline knows (``fmt=`` of :func:`cchc_extract.pipeline.run_document`)."""

_TIMEOUT = 2.0

# ------------------------------------------------------------------------------ detection

_HTML_START = regex.compile(r"\A[\s\ufeff]*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*){0,5}"
                            r"<(?:!doctype\s+html|html|head|body|meta|title)\b", regex.I | regex.S)
_HTML_ROOT = regex.compile(r"<(?:html|head|body)\b[^<>]{0,2000}>", regex.I)
# structural tags only: inline ones (<b>, <em>, <span>) also appear in text and markdown snippets
_HTML_TAG = regex.compile(r"</?(?:div|p|script|style|table|tbody|tr|td|th|li|ul|ol|meta|link|img|"
                          r"h[1-6]|article|section|header|footer|nav|form|input|iframe|figure|"
                          r"figcaption|noscript)\b[^<>]{0,2000}>", regex.I)
_HTML_HEAD_CHARS = 65_536
_HTML_MIN_TAGS = 6

_ANCHOR = r"(?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,1000}"  # one level of [nested] brackets
_MD_IMAGE = regex.compile(r"!\[" + _ANCHOR + r"\]\((?:[^()\n]++|\([^()\n]{0,200}\)){1,400}\)")  # ( "title"), (1) in a file name
_MD_LINK = regex.compile(r"\[(" + _ANCHOR + r")\]\((?:https?://|/|\.{0,2}/|www\.|mailto:)[^()\n]{0,4000}\)")
_MD_HEAD_CHARS = 65_536


def looks_like_html(text: str) -> bool:
    """Whether decoded input is an HTML page or fragment rather than article text.

    True when it starts like a page (``<!DOCTYPE html>``, ``<html>``, ``<head>`` …), carries a
    ``<html>``/``<head>``/``<body>`` tag, or has at least six common HTML tags in its first
    64 KB. A text article quoting one ``<b>`` stays text.
    """
    head = text[:_HTML_HEAD_CHARS]
    try:
        if _HTML_START.search(head, timeout=_TIMEOUT) or _HTML_ROOT.search(head, timeout=_TIMEOUT):
            return True
        n = 0
        for _ in _HTML_TAG.finditer(head, timeout=_TIMEOUT):
            n += 1
            if n >= _HTML_MIN_TAGS:
                return True
    except TimeoutError:  # a pathological head: only a page that starts with a tag is HTML
        return head.lstrip("\ufeff \t\r\n")[:1] == "<"
    return False


def looks_like_markdown(text: str) -> bool:
    """Whether text is a page converted to markdown: at least one ``![alt](src)`` image, or two
    ``[anchor](url)`` links, or a link as its first line (a converted page's linked headline)."""
    head = text[:_MD_HEAD_CHARS]
    try:
        if _MD_IMAGE.search(head, timeout=_TIMEOUT):
            return True
        links = 0
        for _ in _MD_LINK.finditer(head, timeout=_TIMEOUT):
            links += 1
            if links >= 2:
                return True
        if links:
            first = next((ln for ln in head.split("\n") if ln.strip()), "")
            first = _MD_HEADING.sub("", first.strip(), timeout=_TIMEOUT)  # "# [Tiêu đề](url)": a heading link
            return bool(_MD_LINK.match(first, timeout=_TIMEOUT))
    except TimeoutError:
        return False
    return False


def detect_format(text: str) -> str:
    """``"html"``, ``"markdown"`` or ``"text"`` for decoded input: :func:`looks_like_html`
    first, then :func:`looks_like_markdown`."""
    if "<" in text[:_HTML_HEAD_CHARS] and looks_like_html(text):
        return "html"
    if "](" in text[:_MD_HEAD_CHARS] and looks_like_markdown(text):
        return "markdown"
    return "text"


# ------------------------------------------------------------------------------ markdown

class MarkdownText(NamedTuple):
    text: str
    """The page with link and image syntax removed (anchor text kept)."""
    removed: list
    """``(text, reason)`` for each image marker, empty link, headline link, summary and
    search teaser that was dropped."""
    title: Optional[str] = None
    """The headline when the page opens with it as a link (``[Tiêu đề ...](url)``), without
    the markdown and without a trailing ``...`` of a cut-off headline."""
    source_url: Optional[str] = None
    """The URL of that headline link (the article's origin)."""


_MD_IMAGE_LINE = regex.compile(r"[ \t]*(?:\[?" + _MD_IMAGE.pattern + r"\]?(?:\([^()\s]{0,4000}\))?[ \t]*)+")
_MD_HEADING = regex.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_MD_QUOTE = regex.compile(r"^[ \t]{0,3}>(?!>)[ \t]?")  # not ">>> related link"
_MD_RULE = regex.compile(r"[ \t]{0,3}(?:[-*_][ \t]*){3,}")
_INLINE_TAG = regex.compile(r"</?(?:b|strong|em|i|u|span|mark|br|small|sup|sub|details|summary|p|div)"
                            r"\b[^<>\n]{0,200}>", regex.I)
_WS_RUN = regex.compile(r"[ \t]{2,}")
_MD_STRONG = regex.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,1000}?)(?<=\S)\1")
_MD_LINK_LINE = regex.compile(r"[ \t]*(?:#{1,6}[ \t]+)?\[(" + _ANCHOR + r")\]\(((?:https?://|www\.)[^()\s]{1,4000})"
                              r'(?:[ \t]+"[^"\n]{0,300}")?\)[ \t]*')
_CUT_OFF = regex.compile(r"[ \t\u00a0]*(?:\.{3}|…)\s*$")
_TEASER_SITE = regex.compile(r"\s[-–|]\s*[\w.]{2,40}\.?\s*$")
_WORDS = regex.compile(r"\w+")
_TOP_LINES = 8


def _words(s: str) -> list:
    return _WORDS.findall(s.casefold())


def _is_teaser(line: str, later: list) -> bool:
    """Whether ``line`` (the first text line under a crawled post's headline and image) is the
    search teaser: a cut-off copy of the lead (``… ...``), or a copy of a later line's start."""
    if _CUT_OFF.search(line):
        return True
    words = _words(_TEASER_SITE.sub("", line))
    if len(words) < 6:
        return False
    key = "".join(words[:8])  # compared without spaces: the lead may glue its dateline on ("ĐứcBỉ …")
    return any("".join(_words(other)[:len(words) + 2]).startswith(key) for other in later[:6])


def _site_suffix(line: str, url: Optional[str]) -> Optional[int]:
    """Where the site's own name closes ``line`` (``… vòng 1/8 Euro 2024. - VnExpress.``, cut off
    as ``- VnExp``), or None: the name must be part of the host of the post's ``url``."""
    m = _TEASER_SITE.search(line)
    if not m or not url:
        return None
    name = _plain(m.group(0).strip(" -–|.\t"))
    host = _plain((regex.sub(r"^[a-z]+://", "", url.casefold()).split("/", 1)[0]))
    return m.start() if len(name) >= 4 and name in host and len(line) - len(m.group(0)) > 40 else None


def _plain(word: str) -> str:
    import unicodedata

    w = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(c for c in w if c.isalnum() and not unicodedata.combining(c))


def _slug_words(url: Optional[str]) -> list:
    """The words of an article URL's slug (``…/vinh-danh-cac-tai-nang-cong-nghe-tre-68528.html``
    → ``vinh danh cac tai nang cong nghe tre``), numeric ids dropped."""
    if not url:
        return []
    seg = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    seg = re.sub(r"\.(?:html?|aspx?|php|vn)$", "", seg, flags=re.I)
    words = [w for w in re.split(r"[-_]+", seg.lower()) if w]
    while words and (words[-1].isdigit() or re.fullmatch(r"(?:post|p|a|d)?\d{3,}", words[-1])):
        words.pop()
    return words


def _full_title(cut: str, later: list, timeout: float, url: Optional[str] = None) -> str:
    """The whole headline when a cut-off one (``Vinh danh các tài năng công ...``) is printed
    in full further down (``Chuyển động ICT <headline> tài năng công nghệ trẻ``): a line that
    holds the cut headline and ends, at most eight words later, without a sentence's end; or,
    when the line runs on into the lead, as far as the words of the article URL's slug go."""
    words = cut.split()
    slug = _slug_words(url)
    if len(words) < 5:
        return cut
    rx = regex.compile(r"\W*".join(regex.escape(w) for w in words), regex.I)
    for ln in later:
        if "](" in ln or len(ln) > 600:
            continue
        try:
            m = rx.search(ln, timeout=timeout)
        except TimeoutError:
            return cut
        if m is None:
            continue
        label = ln[:m.start()]
        if (label.strip() and ln[m.start()] != cut[:1]) or len(label.split()) > 4 or regex.search(r"[,.;:!?]", label) or regex.search(r"\(?(?:Ảnh|Video)\s*:", ln):
            continue  # inside a sentence or a caption, not the headline printed again
        rest = ln[m.end():].strip()
        if 0 < len(rest.split()) <= 8 and not rest.endswith((".", "!", "?", "...", "…", ":", ";")):
            return ln[m.start():].strip()
        if slug and len(slug) > len(words):
            # follow the slug word by word from the headline's start
            line_words = ln[m.start():].split()
            k = j = 0
            while k < len(line_words) and j < len(slug):
                p = _plain(line_words[k])
                if not p:
                    k += 1
                    continue
                joined, e = slug[j], j + 1  # "9.300" is "9-300" in a slug
                while len(joined) < len(p) and e < len(slug):
                    joined, e = joined + slug[e], e + 1
                if p != joined:
                    break
                k += 1
                j = e
            if j == len(slug) and k > len(words):
                return " ".join(line_words[:k])
        return cut
    return cut


@lru_cache(maxsize=1)
def _translated_copy_rx():
    from .resources import load

    return regex.compile(load("boilerplate")["translated_copy"]["pattern"], regex.M | regex.I)


_DETAILS_END = regex.compile(r"\n[ \t]*</details>[ \t]*\s*\Z")


def markdown_to_text(text: str, timeout: float = _TIMEOUT) -> MarkdownText:
    """Plain text of a markdown-converted page, line by line (``timeout``: seconds per pattern
    and line).

    Image lines (``![alt](src)``) are dropped and reported (reason ``image_marker``); inline
    images too; ``[anchor](url)`` becomes ``anchor``; heading ``#``, quote ``>`` and
    ``**bold**`` markers, inline tags such as ``<b>`` (search-result highlighting) and
    horizontal rules go. A page that opens with a link alone on its line (a crawled post's
    headline) gives ``title`` and ``source_url``; the ``> …`` summary at the top of the page
    and the search teaser right under the headline and image (a cut-off or repeated copy of
    the lead) are reported (``summary``, ``teaser``). Everything else — the words — stays as
    written.
    """
    removed: list[tuple[str, str]] = []
    title: Optional[str] = None
    source_url: Optional[str] = None

    def drop_image(m) -> str:
        removed.append((m.group(0), "image_marker"))
        return ""

    def link(m) -> str:
        anchor = m.group(1).strip()
        if not anchor:  # what is left of a linked image once the image is gone
            removed.append((m.group(0), "image_marker"))
        return anchor

    copy = _translated_copy_rx().search(text, timeout=timeout) if "<summary>" in text else None
    if copy is not None:
        # a re-hosting site's machine translation above the original post, which it folds
        # away under "<details><summary>Origin content</summary>" and its own front matter:
        # the original is the page, the translation and the front matter are reported
        for ln in text[:copy.end()].split("\n"):
            if ln.strip():
                removed.append((ln.strip(), "crawl_artifact"))
        text = _DETAILS_END.sub("", text[copy.end():], timeout=timeout)
    raw = text.split("\n")
    out: list[str] = []
    seen_text = 0  # text lines kept so far
    header = True  # still in the headline / image / summary block at the top
    for n, line in enumerate(raw):
        if "](" in line and _MD_IMAGE_LINE.fullmatch(line, timeout=timeout):
            removed.append((line.strip(), "image_marker"))
            continue
        if _MD_RULE.fullmatch(line, timeout=timeout):
            continue
        if not line.strip():
            out.append(line)
            continue
        if title is None and seen_text == 0 and header and "](" in line:
            m = _MD_LINK_LINE.fullmatch(line, timeout=timeout)
            if m and m.group(1).strip():
                anchor = _MD_STRONG.sub(r"\2", m.group(1).strip(), timeout=timeout)
                if "<" in anchor:  # search-result highlighting: "Trực tiếp <b>Thái Lan</b> …"
                    anchor = _WS_RUN.sub(" ", _INLINE_TAG.sub("", anchor, timeout=timeout)).strip()
                title = _CUT_OFF.sub("", anchor).strip() or None
                if title and title != anchor:
                    title = _full_title(title, raw[n + 1:n + 60], timeout, m.group(2))
                source_url = m.group(2)
                if title and "|" in title or " - " in (title or ""):  # "Tiêu đề | Tiếng Dân"
                    title = _without_site_name(title, regex.sub(r"^(?:https?://)?(?:www\.)?", "",
                                                                source_url).split("/", 1)[0])
                removed.append((line.strip(), "title_link"))
                continue
        if header and seen_text < _TOP_LINES and _MD_QUOTE.match(line, timeout=timeout) \
                and not line.lstrip().startswith(">>"):
            removed.append((_MD_QUOTE.sub("", line, count=1, timeout=timeout).strip(), "summary"))
            continue
        if "](" in line:
            line = _MD_IMAGE.sub(drop_image, line, timeout=timeout)
            line = _MD_LINK.sub(link, line, timeout=timeout)
        line = _MD_HEADING.sub("", line, count=1, timeout=timeout)
        line = _MD_QUOTE.sub("", line, count=1, timeout=timeout)
        if "**" in line or "__" in line:
            line = _MD_STRONG.sub(r"\2", line, timeout=timeout)
        if "<" in line:
            line = _INLINE_TAG.sub("", line, timeout=timeout)
        if header and title is not None and seen_text == 0 and line.strip():
            later = [ln for ln in raw[n + 1:n + 40] if ln.strip() and "](" not in ln]
            header = False
            if _is_teaser(line.strip(), later):
                removed.append((line.strip(), "teaser"))
                continue
            cut = _site_suffix(line.rstrip(), source_url)
            if cut is not None:  # the lead kept, the site's name after it reported
                removed.append((line.rstrip()[cut:].strip(), "metadata"))
                line = line.rstrip()[:cut]
        if line.strip():
            seen_text += 1
            if seen_text >= _TOP_LINES:
                header = False
        out.append(line)
    return MarkdownText(re.sub(r"\n{3,}", "\n\n", "\n".join(out)), removed, title, source_url)


# ------------------------------------------------------------------------------ HTML

class HtmlText(NamedTuple):
    text: str
    title: Optional[str]
    published: Optional[str]
    author: Optional[str]
    extractor: str
    """``"trafilatura"`` or ``"html-fallback"`` (the standard-library text dump)."""
    removed: tuple = ()
    """``(text, "html_chrome")`` for each visible line of the page left out of the main text."""
    page_kind: Optional[str] = None
    """``"listing"`` when the page's links are mostly teaser headlines (a homepage or section
    page), else None (decided from the text)."""


_SKIP_TAGS = frozenset({"script", "style", "noscript", "iframe", "object", "embed", "svg",
                        "template", "head", "nav", "footer", "form", "button", "select",
                        "canvas", "math", "video", "audio", "picture"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                         "tr", "table", "section", "article", "header", "blockquote", "pre",
                         "dd", "dt", "dl", "figcaption", "hr", "main", "aside"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base",
                   "col", "embed", "param", "track"})


class _TextDump(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS and tag not in _VOID:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS and tag not in _VOID:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


class _Structure(HTMLParser):
    """Links (their text), paragraphs and the lead element of a page, in one pass."""

    def __init__(self, lead_rx) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[str] = []
        self.paras: list[str] = []
        self.lead: Optional[str] = None
        self._lead_rx = lead_rx
        self._skip = 0
        self._a: Optional[list] = None
        self._p: Optional[list] = None
        self._lead_tag: Optional[str] = None
        self._lead_depth = 0
        self._lead_buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
            return
        if tag == "a":
            self._a = []
        elif tag == "p":
            self._p = []
        if self._lead_tag is not None:
            self._lead_buf.append(" ")  # a location stamp in its own <span> is a word apart
            if tag == self._lead_tag:
                self._lead_depth += 1
        elif self.lead is None and tag in ("p", "h2", "div", "span", "h3"):
            cls = dict(attrs).get("class") or ""
            try:
                hit = bool(cls) and self._lead_rx.search(cls, timeout=_TIMEOUT)
            except TimeoutError:
                hit = False
            if hit:
                self._lead_tag, self._lead_depth, self._lead_buf = tag, 1, []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
            return
        if tag == "a" and self._a is not None:
            self.anchors.append(" ".join("".join(self._a).split()))
            self._a = None
        elif tag == "p" and self._p is not None:
            self.paras.append(" ".join("".join(self._p).split()))
            self._p = None
        if self._lead_tag is not None:
            self._lead_buf.append(" ")
        if self._lead_tag == tag:
            self._lead_depth -= 1
            if self._lead_depth <= 0:
                text = " ".join("".join(self._lead_buf).split())
                self._lead_tag = None
                if len(text.split()) >= 8:
                    self.lead = text

    def handle_data(self, data):
        if self._skip:
            return
        if self._a is not None:
            self._a.append(data)
        if self._p is not None:
            self._p.append(data)
        if self._lead_tag is not None:
            self._lead_buf.append(data)


def _structure(page: str) -> _Structure:
    from .resources import load

    d = load("boilerplate")
    st = _Structure(regex.compile(d["html_lead_classes"]["pattern"], regex.I))
    try:
        st.feed(page)
        st.close()
    except Exception:  # noqa: BLE001 - lenient parser; whatever was read is used
        pass
    return st


def _is_listing(st: _Structure) -> bool:
    from .resources import load

    cfg = load("boilerplate")["listing"]
    heads = {a for a in st.anchors if len(a.split()) >= int(cfg["headline_link_words"])}
    head_words = sum(len(a.split()) for a in heads)
    prose = sum(len(p.split()) for p in st.paras if len(p.split()) >= 30)
    return len(heads) >= int(cfg["min_headline_links"]) and head_words >= float(cfg["link_word_ratio"]) * prose


def _without_site_name(title: Any, site: Any) -> Any:
    """``Công nhân mất việc chật vật lo Tết - VnExpress`` → without `` - VnExpress`` when the
    tail names the page's site (``vnexpress.net``)."""
    if not isinstance(title, str) or not isinstance(site, str) or not site.strip():
        return title
    m = re.search(r"\s[-–|]\s([^-–|]{2,40})$", title)
    if not m:
        return title
    tail = "".join(_plain(w) for w in m.group(1).split())
    name = "".join(_plain(w) for w in re.sub(r"\.(?:com\.vn|net\.vn|vn|com|net|org)$", "", site.strip(), flags=re.I).split())
    if name.startswith("bao") and len(name) > 6:  # baotiengdan.com: "Tiếng Dân"
        name = name[3:]
    if tail and name and (tail.startswith(name) or (name.startswith(tail) and len(tail) >= 0.8 * len(name))):
        return title[:m.start()].rstrip()
    return title


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _with_lead(text: str, lead: Optional[str]) -> str:
    """``text`` with the page's lead paragraph at its top when the extractor dropped it."""
    if not lead:
        return text
    # a location stamp glued to the lead (<span>TP HCM</span>Nếu có …) is not checked word for word
    key = _fold(" ".join(lead.split()[2:10]))
    if key and key in _fold(text):
        return text
    return lead + "\n" + text


def _left_out(page: str, text: str) -> tuple:
    """The visible lines of ``page`` that are not in the main ``text`` (each once)."""
    dump, _ = _fallback(page)
    main = "".join(_fold(text).split())  # inline tags glue words in the dump: compare unspaced
    out, seen = [], set()
    for ln in dump.split("\n"):
        k = "".join(_fold(ln).split())
        if not k or k in seen or k in main:
            continue
        seen.add(k)
        out.append((ln.strip(), "html_chrome"))
    return tuple(out)


def _fallback(html: str) -> tuple[str, Optional[str]]:
    p = _TextDump()
    try:
        p.feed(html)
        p.close()
    except Exception:  # noqa: BLE001 - the stdlib parser is lenient; be safe anyway
        pass
    text = "".join(p.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    title = re.sub(r"\s+", " ", "".join(p.title)).strip() or None
    return text, title


_traf_state: dict = {}


def _trafilatura():
    if "mod" not in _traf_state:
        try:
            import trafilatura  # noqa: PLC0415

            for name in ("trafilatura", "htmldate", "justext", "courlan", "readability"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
            _traf_state["mod"] = trafilatura
        except Exception as exc:  # noqa: BLE001 - ImportError or a broken install
            log.warning("trafilatura unavailable (%s): HTML pages get a plain text dump; "
                        "pip install 'cchc_extract[html]' for their main text", exc)
            _traf_state["mod"] = None
    return _traf_state["mod"]


def _iso_date(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    return m.group(0) if m else None


def html_to_text(data: Union[bytes, str]) -> HtmlText:
    """Main text and metadata of an HTML page, without any network access.

    Bytes are decoded by :func:`cchc_extract.decode.decode` (raises its ``DecodeError`` for
    binary/undecodable input). trafilatura gets the page as a string, so it cannot fetch
    anything; when it is missing or finds no main text, a standard-library dump of the
    visible text (scripts, styles, navigation, forms dropped) is used instead.
    """
    if isinstance(data, bytes):
        from .decode import decode

        page = decode(data).text
    else:
        page = data
    traf = _trafilatura()
    if traf is not None:
        try:
            doc = traf.bare_extraction(page, with_metadata=True, include_comments=False,
                                       include_tables=True, include_images=False,
                                       include_links=False, deduplicate=False)
        except Exception as exc:  # noqa: BLE001 - fall back on any extractor failure
            log.debug("trafilatura failed: %s", exc)
            doc = None
        if doc is not None:
            get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
            text = get("text") or ""
            if text.strip():
                title = _without_site_name(get("title"), get("sitename"))
                author = get("author")
                st = _structure(page)
                text = _with_lead(text, st.lead)
                return HtmlText(text, title.strip() if isinstance(title, str) and title.strip()
                                else None, _iso_date(get("date")),
                                author.strip() if isinstance(author, str) and author.strip()
                                else None, "trafilatura", _left_out(page, text),
                                "listing" if _is_listing(st) else None)
    text, title = _fallback(page)
    st = _structure(page)
    return HtmlText(text, title, None, None, "html-fallback", (),
                    "listing" if _is_listing(st) else None)
