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

Pages that are copies of one another (a story republished twice) count once: a page's
fingerprint is its longest lines, and a repeated fingerprint adds nothing. Guards against
removing body: a line longer than ``max_words`` words or ending in ``:`` (a heading that
introduces what follows) is never template, and cleaning keeps a
page's template lines when removing them would leave less than a third of its text.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence
from urllib.parse import urlsplit

__all__ = ["TemplateIndex", "SiteTemplate", "site_keys", "line_key", "page_lines", "build_index",
           "index_records", "with_templates"]

_MIN_WORDS_FINGERPRINT = 12
_EDGE = 4  # lines at the top and at the bottom of a page where a site's chrome sits


def line_key(line: str) -> str:
    """The form a line is counted under: case-folded, spaces folded, closing dots dropped."""
    return " ".join(line.casefold().rstrip(" .").split())


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


@dataclass
class SiteTemplate:
    """The template lines of one page's sites: ``{line_key: evidence}``."""

    lines: dict = field(default_factory=dict)

    def evidence(self, line: str) -> Optional[str]:
        return self.lines.get(line_key(line))

    def __bool__(self) -> bool:
        return bool(self.lines)


class TemplateIndex:
    """Per-site counts of the pages each line appears on (see the module docstring)."""

    def __init__(self, min_pages: int = 4, min_share: float = 0.05, max_words: int = 40,
                 min_site_pages: int = 5) -> None:
        self.min_pages = min_pages
        self.min_share = min_share
        self.max_words = max_words
        self.min_site_pages = min_site_pages
        self._pages: dict = defaultdict(int)  # site -> distinct pages
        self._counts: dict = defaultdict(lambda: defaultdict(int))  # site -> line -> pages
        self._seen: dict = defaultdict(set)  # site -> page fingerprints
        self._edges: dict = defaultdict(lambda: defaultdict(int))  # site -> line -> pages at an edge

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

    def observe(self, keys: Sequence[str], lines: Sequence[str]) -> SiteTemplate:
        """Streaming use: count this page, then give its template as far as the crawl seen so
        far shows it (early pages of a site get little or none)."""
        self.add(keys, lines)
        return self.lookup(keys)

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
        return SiteTemplate(out)

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
                                     for k in sorted(self._pages) if self.template_lines(k)}},
                          ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, data: str) -> "TemplateIndex":
        d = json.loads(data)
        idx = cls(min_pages=d.get("min_pages", 4), min_share=d.get("min_share", 0.05))
        for k, site in d.get("sites", {}).items():
            idx._pages[k] = int(site["pages"])
            idx._counts[k] = defaultdict(int, {key: int(c) for key, c in site["lines"].items()})
            idx._edges[k] = defaultdict(int, dict(idx._counts[k]))  # stored lines passed the edge test
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
            idx.add(keys, page_lines(text, rec.get("format")))
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
        _, source, data, meta = rec
        meta = meta or {}
        if meta.get("error"):
            continue
        keys = site_keys(meta.get("url"), source)
        text = _record_text(data)
        if keys and text and text.strip():
            try:
                idx.add(keys, page_lines(text, meta.get("format") if meta.get("format") != "text" else None))
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
        if tpl:
            meta = dict(meta or {}, site_template=tpl)
            rec = type(rec)(doc_id, source, data, meta) if hasattr(rec, "_fields") else (doc_id, source, data, meta)
        yield rec
