"""An Article as HTML: the cleaned text with every fact highlighted, for eyes and for Jupyter.

    html = render_article_html(article)                  # a standalone page
    html = render_article_html(article, standalone=False) # a fragment (Article._repr_html_)
    $ cchc-extract render corpus/002_….txt -o 002.html

What the page shows, top to bottom: the title and metadata; a legend (one colour per fact
type, with counts); the cleaned text with each fact in a ``<mark>`` whose ``title`` attribute
(shown on hover) is its normalized value, e.g. ``percentage: 99.82 (gte) subject=Lạng Sơn``;
warnings; the removed boilerplate with the reason for each piece; and all facts as a table.

**Safety.** Every piece of article-derived text (body, title, metadata, removed pieces, fact
fields) goes through :func:`html.escape`, in element content and in attributes alike, so a
page that contains ``<script>``, ``onerror=`` or ``javascript:`` renders as inert text. The
standalone page also carries a Content-Security-Policy that allows no script at all
(``default-src 'none'``; inline styles only), so even a bug in escaping could not run code.
No external resources are loaded (no fonts, no scripts, no images).

**Overlapping facts** are all shown: a fact inside another (a ``province`` inside an
``organization``) is a ``<mark>`` nested in the outer one (outer = starts first, or is longer
when both start together). Two facts that cross (A = 0–10, B = 5–15) cannot nest in HTML, so
the later one is split at the boundary into pieces that share its ``data-fact`` number and
hover text; only its last piece carries the type label. Facts whose offsets do not fit the
text are listed in the table but not highlighted (with a warning).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from .models import FACT_TYPES, Article, ErrorRecord

__all__ = ["render_article_html", "render_articles_html", "fact_summary", "TYPE_COLOURS", "cli_main"]

#: One background colour per fact type (light enough for black text).
TYPE_COLOURS: dict[str, str] = {
    "province": "#7aecec",
    "region": "#bfeeb7",
    "percentage": "#feca74",
    "legal_ref": "#c887fb",
    "official": "#aa9cfc",
    "organization": "#9cc9cc",
    "date": "#bfe1d9",
    "period": "#e4e7d2",
    "ranking": "#ff8197",
    "ratio": "#f0d0ff",
    "quantity": "#ddd8c4",
    "target": "#ffeb80",
}
_DEFAULT_COLOUR = "#dddddd"

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
       "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def _e(v: Any) -> str:
    """Escape for HTML text and (double-quoted) attributes."""
    return html.escape("" if v is None else str(v), quote=True)


def _num(v: Optional[float]) -> str:
    if v is None:
        return "?"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


def _kv(pairs: Iterable[tuple[str, Any]]) -> str:
    return " ".join(f"{k}={v}" for k, v in pairs if v not in (None, "", []))


def fact_summary(f: Any) -> str:
    """The normalized value of a fact in one line (the hover text), e.g.
    ``percentage: 99.82 (gte) subject=Lạng Sơn metric=tỷ lệ hồ sơ đúng hạn``."""
    t = f.type
    if t == "province":
        extra = _kv([("name_2025", f.name_2025 if f.name_2025 != f.name else None), ("code", f.code)])
        body = f"{f.name}" + (f" {extra}" if extra else "")
    elif t == "region":
        body = f.name
    elif t == "percentage":
        body = f"{_num(f.value)} ({f.comparator}) " + _kv([
            ("subject", f.subject), ("subject_source", f.subject_source), ("metric", f.metric)])
    elif t == "legal_ref":
        body = f"{f.number} " + _kv([("doc_type", f.doc_type), ("issuer", f.issuer),
                                      ("serial", f.serial), ("year", f.year), ("date", f.date)])
    elif t == "official":
        body = f"{f.name} " + _kv([("titles", "; ".join(f.titles) if f.titles else None),
                                    ("organization", f.organization), ("province", f.province),
                                    ("honorific", f.honorific),
                                    ("resolved", "yes" if f.resolved else None)])
    elif t == "organization":
        body = f"{f.name} " + _kv([("kind", f.kind), ("province", f.province)])
    elif t == "date":
        body = f"{f.value} ({f.precision})" + (" year inferred" if f.year_inferred else "")
    elif t == "period":
        body = f"{f.start_year}-{f.end_year}"
    elif t == "ranking":
        rank = "?" if f.rank is None else str(f.rank)
        if f.out_of is not None:
            rank += f"/{f.out_of}"
        change = None if f.change is None else f"{f.change:+d}"
        body = f"{f.index or '?'} " + (f"{f.year} " if f.year is not None else "") + f"rank {rank} " + _kv([
            ("component", f.component), ("change", change), ("subject", f.subject),
            ("subject_source", f.subject_source)])
    elif t == "ratio":
        body = f"{f.numerator}/{f.denominator}" + (f" {f.unit}" if f.unit else "")
    elif t == "quantity":
        body = _num(f.value) + (f" {f.unit}" if f.unit else "")
    elif t == "target":
        unit = f.unit or ""
        val = (_num(f.value) + ("%" if unit == "%" else f" {unit}" if unit else "")) if f.value is not None else "?"
        body = f"{val} ({f.comparator}) " + _kv([
            ("metric", f.metric), ("deadline", f.deadline), ("period", f.period),
            ("subject", f.subject), ("subject_source", f.subject_source)])
    else:  # a type added later: show its fields generically
        fields = {k: v for k, v in f.model_dump().items() if k not in ("type", "text", "start", "end", "sentence")}
        body = _kv(fields.items())
    return f"{t}: {body.strip()}"


def _highlight(text: str, facts: list, warnings: list[str]) -> str:
    """The text as HTML with facts as (possibly nested / split) ``<mark>`` elements."""
    spans = []
    for i, f in enumerate(facts):
        if not (0 <= f.start < f.end <= len(text)):
            warnings.append(f"fact #{i} ({f.type} {f.text!r}) has offsets {f.start}-{f.end} outside the text; not highlighted")
            continue
        spans.append((f.start, f.end, i, f))
    if not spans:
        return _e(text)
    # nesting order: starts first, then longer first, then input order
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    order = {s[2]: k for k, s in enumerate(spans)}
    last_end = {s[2]: s[1] for s in spans}
    bounds = sorted({0, len(text)} | {s[0] for s in spans} | {s[1] for s in spans})
    out: list[str] = []
    stack: list[int] = []  # fact numbers of the open <mark>s, outermost first
    active: list[tuple[int, int, int, Any]] = []
    nxt = 0
    for a, b in zip(bounds, bounds[1:]):
        while nxt < len(spans) and spans[nxt][0] <= a:
            active.append(spans[nxt])
            nxt += 1
        active = [s for s in active if s[1] > a]
        want = [s[2] for s in sorted(active, key=lambda s: order[s[2]])]
        common = 0
        while common < len(stack) and common < len(want) and stack[common] == want[common]:
            common += 1
        for _ in range(len(stack) - common):
            out.append("</mark>")
        stack = stack[:common]
        for i in want[common:]:
            f = facts[i]
            colour = TYPE_COLOURS.get(f.type, _DEFAULT_COLOUR)
            out.append(f'<mark class="cx-fact cx-{_e(f.type)}" data-type="{_e(f.type)}" data-fact="{i}" '
                       f'title="{_e(fact_summary(f))}" style="background:{colour}">')
            stack.append(i)
        out.append(_e(text[a:b]))
        # close every mark that ends here, the type label going into a fact's last piece;
        # marks above it in the stack that go on are closed too and reopened next segment
        ending = [k for k, i in enumerate(stack) if last_end[i] == b]
        if ending:
            for k in range(len(stack) - 1, ending[0] - 1, -1):
                i = stack[k]
                if last_end[i] == b:
                    out.append(f'<span class="cx-label" aria-hidden="true">{_e(facts[i].type)}</span>')
                out.append("</mark>")
            stack = stack[:ending[0]]
    for _ in stack:
        out.append("</mark>")
    return "".join(out)


_CSS = """
.cx-article{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.6;color:#111;max-width:60rem}
.cx-article h2{font-size:1.3em;margin:.2em 0 .3em}
.cx-article h3{font-size:1.05em;margin:1.2em 0 .4em;border-bottom:1px solid #ddd}
.cx-article .cx-meta{color:#555;font-size:.9em;margin-bottom:.6em}
.cx-article .cx-meta code{background:#f4f4f4;padding:0 .25em;border-radius:3px}
.cx-article .cx-legend{display:flex;flex-wrap:wrap;gap:.3em;margin:.4em 0 .8em}
.cx-article .cx-chip{padding:.05em .5em;border-radius:.6em;font-size:.8em;border:1px solid rgba(0,0,0,.1)}
.cx-article .cx-text{white-space:pre-wrap;overflow-wrap:anywhere}
.cx-article mark.cx-fact{padding:.1em .15em;margin:0 .05em;border-radius:.3em;line-height:1.9;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:help;border:1px solid rgba(0,0,0,.12)}
.cx-article mark.cx-fact mark.cx-fact{border-color:rgba(0,0,0,.35)}
.cx-article .cx-label{font-size:.6em;font-weight:700;text-transform:uppercase;margin-left:.35em;vertical-align:middle;opacity:.65;user-select:none}
.cx-article table{border-collapse:collapse;font-size:.85em;margin:.3em 0;width:100%}
.cx-article th,.cx-article td{border:1px solid #ddd;padding:.2em .45em;text-align:left;vertical-align:top}
.cx-article th{background:#f6f6f6}
.cx-article .cx-warn{color:#8a4b00}
.cx-article .cx-removed td:first-child{white-space:nowrap;color:#555}
"""


def _body(article: Article) -> str:
    facts = list(article.facts)
    warnings: list[str] = []
    highlighted = _highlight(article.text, facts, warnings)
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.type] = counts.get(f.type, 0) + 1
    order = [t for t in FACT_TYPES if t in counts] + sorted(t for t in counts if t not in FACT_TYPES)
    legend = "".join(
        f'<span class="cx-chip" data-type="{_e(t)}" style="background:{TYPE_COLOURS.get(t, _DEFAULT_COLOUR)}">'
        f"{_e(t)} {counts[t]}</span>" for t in order)
    meta = [f"<code>{_e(article.doc_id)}</code>"]
    if article.published:
        meta.append(f"published {_e(article.published)}")
    if article.byline:
        meta.append(f"by {_e(article.byline)}")
    if article.source:
        meta.append(f"source <code>{_e(article.source)}</code>")
    meta.append(f"{len(article.text)} chars, {len(article.sentences)} sentences, {len(facts)} facts")
    parts = [
        '<div class="cx-article">',
        f'<h2 class="cx-title">{_e(article.title) if article.title else "<em>(no title)</em>"}</h2>',
        f'<div class="cx-meta">{" · ".join(meta)}</div>',
        f'<div class="cx-legend">{legend}</div>' if legend else "",
        f'<div class="cx-text">{highlighted}</div>',
    ]
    all_warnings = list(article.warnings) + warnings
    if all_warnings:
        parts.append('<h3>Warnings</h3><ul class="cx-warnings">'
                     + "".join(f'<li class="cx-warn">{_e(w)}</li>' for w in all_warnings) + "</ul>")
    parts.append(f'<h3>Removed ({len(article.removed)})</h3>')
    if article.removed:
        parts.append('<table class="cx-removed"><thead><tr><th>reason</th><th>text</th></tr></thead><tbody>'
                     + "".join(f"<tr><td>{_e(r.reason)}</td><td>{_e(r.text)}</td></tr>" for r in article.removed)
                     + "</tbody></table>")
    else:
        parts.append("<p>Nothing was removed.</p>")
    parts.append(f'<h3>Facts ({len(facts)})</h3>')
    if facts:
        rows = []
        for i, f in enumerate(facts):
            rows.append(
                f'<tr data-fact="{i}"><td>{i}</td>'
                f'<td><span class="cx-chip" style="background:{TYPE_COLOURS.get(f.type, _DEFAULT_COLOUR)}">{_e(f.type)}</span></td>'
                f"<td>{_e(f.text)}</td><td>{_e(fact_summary(f).split(': ', 1)[-1])}</td>"
                f"<td>{f.sentence}</td><td>{f.start}–{f.end}</td></tr>")
        parts.append('<table class="cx-facts"><thead><tr><th>#</th><th>type</th><th>text</th>'
                     '<th>normalized</th><th>sentence</th><th>offsets</th></tr></thead><tbody>'
                     + "".join(rows) + "</tbody></table>")
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def _error_body(rec: ErrorRecord) -> str:
    return ('<div class="cx-article"><h2 class="cx-title">Error record</h2>'
            f'<div class="cx-meta"><code>{_e(rec.doc_id)}</code> source <code>{_e(rec.source)}</code></div>'
            f'<p class="cx-warn"><b>{_e(rec.error.kind)}</b>: {_e(rec.error.message)}</p></div>')


def _page(title: str, bodies: list[str]) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>{_CSS}\nbody{{margin:1.5rem auto;max-width:62rem;padding:0 1rem}}"
            "\n.cx-article+.cx-article{margin-top:3rem;border-top:3px solid #ccc;padding-top:1rem}</style>\n"
            "</head>\n<body>\n" + "\n".join(bodies) + "\n</body>\n</html>\n")


def render_article_html(article: Union[Article, ErrorRecord], standalone: bool = True) -> str:
    """The article as HTML: a full page (``standalone=True``, with a no-script CSP) or a
    fragment with its own scoped ``<style>`` for Jupyter (``standalone=False``)."""
    body = _error_body(article) if isinstance(article, ErrorRecord) else _body(article)
    if not standalone:
        return f"<style>{_CSS}</style>\n{body}"
    title = (getattr(article, "title", None) or article.doc_id) + " — cchc_extract"
    return _page(title, [body])


def render_articles_html(articles: Iterable[Union[Article, ErrorRecord]], title: str = "cchc_extract") -> str:
    """Several articles (and error records) in one standalone page."""
    bodies = [_error_body(a) if isinstance(a, ErrorRecord) else _body(a) for a in articles]
    return _page(title, bodies)


def cli_main(ns) -> int:
    """``cchc-extract render FILE -o FILE.html``: FILE is a raw article (any supported
    encoding) or JSON/JSONL output (all its records go into one page)."""
    from .frames import load_for_cli
    from .outputs import open_output, refusal

    why = refusal(ns.output, [ns.input], getattr(ns, "overwrite", False))
    if why:
        print(f"cchc-extract render: {why}", file=sys.stderr)
        return 2
    results = load_for_cli(ns.input, "render")
    if isinstance(results, int):
        return results
    if not results:
        print(f"cchc-extract render: {ns.input}: no records", file=sys.stderr)
        return 1
    if len(results) == 1:
        page = render_article_html(results[0], standalone=True)
    else:
        page = render_articles_html(results, title=f"{Path(ns.input).name} — cchc_extract")
    errors = [r for r in results if isinstance(r, ErrorRecord)]
    for r in errors:
        print(f"cchc-extract render: {r.doc_id}: {r.error.kind}: {r.error.message}", file=sys.stderr)
    if ns.output == "-":
        sys.stdout.write(page)
    else:
        with open_output(ns.output) as out:
            out.write(page.encode("utf-8", "replace").decode("utf-8"))
        from .cli import plural

        n = len(results) - len(errors)
        print(f"cchc-extract render: {plural(n, 'article')} → {ns.output}", file=sys.stderr)
    return 1 if len(errors) == len(results) else 0
