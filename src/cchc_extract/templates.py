"""Site templates learned from a whole crawl: lines that repeat across many pages of one site.

One page alone cannot tell a site's chrome (``Nghe nội dung bài viết``, ``Mời quý độc giả theo
dõi …``, a section label, a signature block) from its body; a crawl can. :class:`TemplateIndex`
counts, per site, on how many distinct pages each line appears; a line found on at least
``min_pages`` pages (and on at least ``min_share`` of the site's pages), mostly among the first
or last four lines of those pages (a quarter of a short page) (where chrome sits; a sub-heading every match preview of a
sports site repeats sits mid-page and stays body), is that site's template.
Cleaning then removes such lines with reason ``site_template`` and the evidence
(``"on 12 of 40 pages of vtv.vn"``) in ``Removed.evidence``. A page cleans on its own without
an index; the index only adds removals.

Two ways to use it:

- two passes (batch): :meth:`TemplateIndex.add` every record, then :meth:`TemplateIndex.freeze`
  and pass ``index.lookup(keys)`` to :func:`cchc_extract.pipeline.run_document` (``template=``);
- streaming: :meth:`TemplateIndex.observe` each page as it comes, which gives its template
  from what has been seen so far (a line only counts once it has repeated on enough pages).

Page titles: the index also keeps each site's page titles (the headline the input gives: a
crawled post's opening link, the HTML ``<title>``, a record's ``title``; else the one cleaning
finds), normalised by :func:`title_key` (case, where the tone mark sits, spacing, punctuation and
markdown left out; a teaser cut with ``...`` matches as a prefix of at least six words).
A line of a page that is the title of ANOTHER page of its site is a related headline: cleaning
removes it with reason ``related_link`` and the evidence (``"the title of another page of
vtv.vn: <id>"``) when it stands in the page's tail, in a run of such lines or behind a list
mark — never the page's own title nor a line of its body among prose. At most ``max_titles``
titles are kept per site (memory stays bounded on any crawl); streaming sees the titles of the
pages seen so far.

Pages that are copies of one another (a story republished twice) count once: a page's
fingerprint is its longest lines, and a repeated fingerprint adds nothing. Guards against
removing body: a line longer than ``max_words`` words or ending in ``:`` (a heading that
introduces what follows) is never template, and cleaning keeps a
page's template lines when removing them would leave less than a third of its text.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence
from urllib.parse import urlsplit

__all__ = ["TemplateIndex", "SiteTemplate", "site_keys", "line_key", "page_lines", "build_index",
           "index_records", "with_templates", "title_key", "page_title_lines"]

_MIN_WORDS_FINGERPRINT = 12
_TITLE_WORDS = (5, 40)  # a title shorter than five words ("Tin tức") is a section's label
_HEAD_WORDS = 6  # titles are looked up by their first six words; a cut teaser keeps at least those
_TONE_MARKS = {0x0300: None, 0x0301: None, 0x0303: None, 0x0309: None, 0x0323: None}
_CUT_ENDS = ("...", "…")
_SEND_TITLES = 256  # above this many titles a site's list is narrowed to the page's matches before it is sent
_EDGE = 4  # lines at the top and at the bottom of a page where a site's chrome sits


def line_key(line: str) -> str:
    """The form a line is counted under: case-folded, spaces folded, closing dots dropped."""
    return " ".join(line.casefold().rstrip(" .").split())


def title_key(line: str) -> tuple[str, bool]:
    """The form a title is matched under, and whether it was cut (it ended in ``...``): case-folded,
    tone marks dropped (``hoà`` and ``hòa`` are one word; the vowel letters ``ă â ê ô ơ ư đ``
    stay), markdown and punctuation dropped, spaces folded."""
    s = line.strip().rstrip(" .")
    cut = False
    for end in _CUT_ENDS:
        if line.rstrip().endswith(end):
            cut = True
            s = line.rstrip()[:-len(end)]
            break
    s = unicodedata.normalize("NFD", s.casefold()).translate(_TONE_MARKS)
    s = unicodedata.normalize("NFC", s)
    return " ".join("".join(c if c.isalnum() else " " for c in s).split()), cut


def site_keys(url: Optional[str] = None, source: Optional[str] = None) -> tuple[str, ...]:
    """The sites a page belongs to: the host of its URL (``vnexpress.net``, without ``www.``)
    and the collection it was read from (``crawl:trends-vn-2024/<id>`` → ``trends-vn-2024``;
    a file path → its directory). A line is template when it repeats within either."""
    keys = []
    if url:
        try:
            host = urlsplit(url.strip() if "://" in url else "http://" + url.strip()).hostname or ""
        except ValueError:
            host = ""
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            keys.append(host)
    if source:
        s = source.strip()
        if s.startswith("crawl:") and "/" in s:
            keys.append(s[len("crawl:"):].split("/", 1)[0])
        elif "/" in s and "://" not in s:
            keys.append(s.rsplit("/", 1)[0] or "/")
        elif "://" in s and not url:
            return site_keys(s, None)
    return tuple(dict.fromkeys(k for k in keys if k))


def page_lines(text: str, fmt: Optional[str] = None) -> list[str]:
    """The lines cleaning will see for ``text``: markdown resolved, normalized, stripped."""
    from .html import detect_format, markdown_to_text
    from .normalize import normalize

    fmt = fmt or detect_format(text)
    if fmt == "markdown":
        text = markdown_to_text(text).text
    elif fmt == "html":
        from .html import html_to_text

        text = html_to_text(text).text
    return [ln.strip() for ln in normalize(text).split("\n") if ln.strip()]


def page_title_lines(text: str, fmt: Optional[str] = None,
                     title: Optional[str] = None) -> tuple[Optional[str], list[str]]:
    """The page's title and the lines cleaning will see (:func:`page_lines`): the title is
    ``title`` when the input gives it, else the markdown post's opening link or the HTML
    ``<title>``, else the headline cleaning finds in the text."""
    from .html import detect_format, markdown_to_text
    from .normalize import normalize

    fmt = fmt or detect_format(text)
    if fmt == "markdown":
        md = markdown_to_text(text)
        text, title = md.text, title or md.title
    elif fmt == "html":
        from .html import html_to_text

        h = html_to_text(text)
        text, title = h.text, title or h.title
    text = normalize(text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not title and lines:
        from .clean import clean

        title = clean(text).title
    return (normalize(title).strip() or None) if title else None, lines


@dataclass
class SiteTemplate:
    """The template lines of one page's sites: ``{line_key: evidence}``; and the page titles of
    its site (``titles``: ``[(site, {title_key: doc_id}, {first words: [(title_key, cut, doc_id)]})]``),
    ``doc_id`` the page's own id (its own title is never another page's)."""

    lines: dict = field(default_factory=dict)
    titles: list = field(default_factory=list)
    doc_id: Optional[str] = None
    narrowed: bool = False

    def evidence(self, line: str) -> Optional[str]:
        return self.lines.get(line_key(line))

    def title_of(self, line: str) -> Optional[str]:
        """The evidence that ``line`` is the title of another page of the site, or None."""
        if not self.titles:
            return None
        key, cut = title_key(line)
        words = key.split()
        if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] or (cut and len(words) < _HEAD_WORDS):
            return None
        for site, full, heads in self.titles:
            doc = full.get(key)
            if doc is not None and self.narrowed:
                return doc  # the evidence, found when the template was narrowed to the page
            if doc is not None and doc != self.doc_id:
                return f"the title of another page of {site}: {doc}"
            if len(words) < _HEAD_WORDS:
                continue
            for tkey, tcut, doc in heads.get(" ".join(words[:_HEAD_WORDS]), ()):
                if doc == self.doc_id:
                    continue
                if (cut and tkey.startswith(key)) or (tcut and key.startswith(tkey)):
                    return f"the title of another page of {site}: {doc}"
        return None

    def narrow(self, lines: Iterable[str]) -> "SiteTemplate":
        """The same template with only the titles some of ``lines`` match (what a worker needs to
        clean that page: a site's thousands of titles are not copied to it with every page)."""
        if not self.titles:
            return self
        found: dict = {}
        for ln in lines:
            ev = self.title_of(ln)
            if ev is not None:
                found[title_key(ln)[0]] = ev
        return SiteTemplate(self.lines, [("", found, {})] if found else [], self.doc_id, narrowed=True)

    def for_page(self, doc_id: Optional[str]) -> "SiteTemplate":
        """The same template for the page ``doc_id``."""
        return SiteTemplate(self.lines, self.titles, doc_id, self.narrowed)

    def __bool__(self) -> bool:
        return bool(self.lines) or bool(self.titles)


class TemplateIndex:
    """Per-site counts of the pages each line appears on (see the module docstring)."""

    def __init__(self, min_pages: int = 4, min_share: float = 0.05, max_words: int = 40,
                 min_site_pages: int = 5, max_titles: int = 20000) -> None:
        self.min_pages = min_pages
        self.min_share = min_share
        self.max_words = max_words
        self.min_site_pages = min_site_pages
        self._pages: dict = defaultdict(int)  # site -> distinct pages
        self._counts: dict = defaultdict(lambda: defaultdict(int))  # site -> line -> pages
        self._seen: dict = defaultdict(set)  # site -> page fingerprints
        self._edges: dict = defaultdict(lambda: defaultdict(int))  # site -> line -> pages at an edge
        self.max_titles = max_titles
        self._titles: dict = defaultdict(dict)  # site -> title_key -> doc_id
        self._heads: dict = defaultdict(dict)  # site -> first words -> [(title_key, cut, doc_id)]
        self._cuts: dict = defaultdict(set)  # site -> the title keys that were cut teasers

    def add_title(self, keys: Sequence[str], title: Optional[str], doc_id: Optional[str]) -> bool:
        """Keep ``title`` as the title of page ``doc_id`` of its site (the first of ``keys``: the
        host when known); False when it is too short, already kept or the site has its
        ``max_titles``."""
        if not keys or not title:
            return False
        key, cut = title_key(title)
        words = key.split()
        if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] or (cut and len(words) < _HEAD_WORDS):
            return False
        site = keys[0]
        full = self._titles[site]
        if key in full or len(full) >= self.max_titles:
            return False
        doc = doc_id if doc_id is not None else f"#{len(full) + 1}"
        full[key] = doc
        if cut:
            self._cuts[site].add(key)
        if len(words) >= _HEAD_WORDS:
            bucket = self._heads[site].setdefault(" ".join(words[:_HEAD_WORDS]), [])
            if len(bucket) < 8:
                bucket.append((key, cut, doc))
        return True

    def titles(self, site: str) -> dict:
        """``{title_key: doc_id}`` of the titles kept for ``site``."""
        return self._titles.get(site, {})

    def add(self, keys: Sequence[str], lines: Iterable[str]) -> bool:
        """Count one page's ``lines`` under each of its site ``keys``; False when the page is
        a copy of one already counted (it adds nothing)."""
        lines = [ln for ln in lines if ln.strip()]
        uniq = {line_key(ln) for ln in lines
                if len(ln.split()) <= self.max_words and not ln.rstrip().endswith(":")}
        uniq.discard("")
        e = max(1, min(_EDGE, len(lines) // 4))  # a short page has short edges
        edge = {line_key(ln) for ln in lines[:e] + lines[-e:]}
        longest = sorted((ln for ln in lines if len(ln.split()) >= _MIN_WORDS_FINGERPRINT),
                         key=len, reverse=True)[:3]
        fp = hashlib.blake2b("\n".join(sorted(line_key(x) for x in longest)).encode("utf-8"),
                             digest_size=12).hexdigest() if longest else None
        added = False
        for k in keys:
            if fp is not None:
                if fp in self._seen[k]:
                    continue
                self._seen[k].add(fp)
            added = True
            self._pages[k] += 1
            counts, edges = self._counts[k], self._edges[k]
            for key in uniq:
                counts[key] += 1
                if key in edge:
                    edges[key] += 1
        return added

    def observe(self, keys: Sequence[str], lines: Sequence[str], title: Optional[str] = None,
                doc_id: Optional[str] = None) -> SiteTemplate:
        """Streaming use: count this page (and keep its ``title``), then give its template as far
        as the crawl seen so far shows it (early pages of a site get little or none)."""
        self.add(keys, lines)
        self.add_title(keys, title, doc_id)
        return self.lookup(keys).for_page(doc_id)

    def pages(self, site: str) -> int:
        return self._pages.get(site, 0)

    def _threshold(self, site: str) -> Optional[int]:
        n = self._pages.get(site, 0)
        if n < self.min_site_pages:
            return None
        return max(self.min_pages, int(self.min_share * n + 0.999))

    def lookup(self, keys: Sequence[str]) -> SiteTemplate:
        """The template lines of a page of sites ``keys``, each with its evidence."""
        out: dict = {}
        for k in keys:
            need = self._threshold(k)
            if need is None:
                continue
            n = self._pages[k]
            edges = self._edges[k]
            for key, c in self._counts[k].items():
                if c >= need and key not in out and 2 * edges.get(key, 0) > c:
                    out[key] = f"on {c} of {n} pages of {k}"
        titles = [(keys[0], self._titles[keys[0]], self._heads[keys[0]])] \
            if keys and self._titles.get(keys[0]) else []
        return SiteTemplate(out, titles)

    def template_lines(self, site: str) -> dict:
        """``{line_key: pages}`` of the lines that are ``site``'s template."""
        need = self._threshold(site)
        if need is None:
            return {}
        edges = self._edges[site]
        return {key: c for key, c in self._counts[site].items() if c >= need and 2 * edges.get(key, 0) > c}

    def freeze(self) -> "TemplateIndex":
        """Drop the counts of lines seen once (they can never be template): memory after pass 1."""
        for k, counts in self._counts.items():
            self._counts[k] = defaultdict(int, {key: c for key, c in counts.items() if c > 1})
            self._edges[k] = defaultdict(int, {key: c for key, c in self._edges[k].items()
                                               if key in self._counts[k]})
        self._seen.clear()
        return self

    def to_json(self) -> str:
        """The index (template lines only, with their counts) as JSON, to keep as evidence."""
        return json.dumps({"min_pages": self.min_pages, "min_share": self.min_share,
                           "sites": {k: {"pages": self._pages[k], "lines": self.template_lines(k)}
                                     for k in sorted(self._pages) if self.template_lines(k)},
                           "titles": {k: {key + ("..." if key in self._cuts.get(k, ()) else ""): doc
                                          for key, doc in v.items()}
                                      for k, v in sorted(self._titles.items()) if v}},
                          ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, data: str) -> "TemplateIndex":
        d = json.loads(data)
        idx = cls(min_pages=d.get("min_pages", 4), min_share=d.get("min_share", 0.05))
        for k, site in d.get("sites", {}).items():
            idx._pages[k] = int(site["pages"])
            idx._counts[k] = defaultdict(int, {key: int(c) for key, c in site["lines"].items()})
            idx._edges[k] = defaultdict(int, dict(idx._counts[k]))  # stored lines passed the edge test
        for k, titles in d.get("titles", {}).items():
            for key, doc in titles.items():
                idx.add_title((k,), key, doc)
        return idx


def build_index(records: Iterable[Mapping], **kw) -> TemplateIndex:
    """Pass one over ``records`` (mappings with ``text`` and optionally ``url``, ``source``,
    ``format``): the :class:`TemplateIndex` of the crawl."""
    idx = TemplateIndex(**kw)
    for rec in records:
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        keys = site_keys(rec.get("url"), rec.get("source"))
        if keys:
            title, lines = page_title_lines(text, rec.get("format"), rec.get("title"))
            idx.add(keys, lines)
            idx.add_title(keys, title, rec.get("id"))
    return idx.freeze()


def _record_text(data) -> Optional[str]:
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray)):
        try:
            from .decode import decode

            return decode(bytes(data)).text
        except Exception:  # noqa: BLE001 - an undecodable record just adds nothing
            return None
    return None


def index_records(records: Iterable, **kw) -> TemplateIndex:
    """Pass one of a batch: the :class:`TemplateIndex` of reader records
    (``(doc_id, source, data, meta)``, meta with ``url`` and ``format``)."""
    idx = TemplateIndex(**kw)
    for rec in records:
        doc_id, source, data, meta = rec
        meta = meta or {}
        if meta.get("error"):
            continue
        keys = site_keys(meta.get("url"), source)
        text = _record_text(data)
        if keys and text and text.strip():
            try:
                title, lines = page_title_lines(text, meta.get("format") if meta.get("format") != "text" else None,
                                                meta.get("title") if isinstance(meta.get("title"), str) else None)
                idx.add(keys, lines)
                idx.add_title(keys, title, doc_id)
            except Exception:  # noqa: BLE001 - pass one never loses pass two a document
                continue
    return idx.freeze()


def with_templates(records: Iterable, index: TemplateIndex):
    """Pass two of a batch: the same records, each with ``meta["site_template"]`` (its sites'
    template lines and their evidence) for :func:`cchc_extract.batch.process_record`."""
    cache: dict = {}
    for rec in records:
        doc_id, source, data, meta = rec
        keys = site_keys((meta or {}).get("url"), source)
        if keys not in cache:
            cache[keys] = index.lookup(keys) if keys else SiteTemplate()
        tpl = cache[keys]
        if tpl.titles and sum(len(full) for _, full, _ in tpl.titles) > _SEND_TITLES:
            text = _record_text(data) if not (meta or {}).get("error") else None
            try:
                lines = page_lines(text, (meta or {}).get("format") if (meta or {}).get("format") != "text" else None) \
                    if text else []
            except Exception:  # noqa: BLE001 - a page that cannot be read here keeps its site template
                lines = []
            tpl = tpl.for_page(doc_id).narrow(lines)
        elif tpl.titles:
            tpl = tpl.for_page(doc_id)  # a site's few titles travel with the page as they are
        if tpl:
            meta = dict(meta or {}, site_template=tpl)
            rec = type(rec)(doc_id, source, data, meta) if hasattr(rec, "_fields") else (doc_id, source, data, meta)
        yield rec
