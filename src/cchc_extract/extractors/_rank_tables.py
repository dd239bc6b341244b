"""Rankings written as tables or numbered lists (a helper of ``rankings``; not an extractor).

A pipe table (``| STT | Tỉnh | Điểm | Xếp hạng |`` then ``| 1 | Quảng Ninh | 91,00 | 1 |``, as
HTML tables come out of the page reader, or without the outer bars: ``STT | Tỉnh | Điểm | Xếp hạng``) or a numbered list (``1. Quảng Ninh: 91,00 điểm``) is a
list of rankings of one index when the index is named in its header row or in the caption /
sentence right before it (``Bảng xếp hạng Chỉ số PAR INDEX 2023 của 63 tỉnh, thành phố:``). Each
row is one ranking: ``rank`` from the row's rank column (``Xếp hạng``, ``Thứ hạng``, ``Vị trí``;
one per such column, a year in its header dating it), else — only when the caption says the
rows are ranked (``xếp hạng``, ``dẫn đầu``, ``Top 10``) and their scores do not rise — the row's
order number or place; ``out_of`` from ``/63`` in the cell or a count stated for the table
(``63 tỉnh, thành phố``), never from the count of rows listed (``Top 10 tỉnh``); ``change`` from
a ``Tăng/giảm`` column; ``subject`` the province named in the row. A table of scores without a
rank column and without a ranking caption (departments' scores, prices), a table of another
topic (sport, exams: ``not_index_topics``) and a list under a last-places caption
(``xếp cuối``) give nothing. The fact's ``text`` is the rank as written in the row (the rank
cell, the item's number), or the ranked name when the rank is only the row's place.

The words are in ``data/indices.json`` ``rank_tables``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from .. import rx as regex

from ..gazetteer import find_places
from ..resources import load


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _words() -> dict:
    d = load("indices")["rank_tables"]
    head = lambda ws: regex.compile(r"^\s*(?:" + _alt(ws) + r")(?![\p{L}])", regex.I)  # noqa: E731
    return dict(
        rank=head(d["rank_headers"]), order=head(d["order_headers"]), name=head(d["name_headers"]),
        change=head(d["change_headers"]),
        caption=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["caption_words"]) + r")(?![\p{L}])", regex.I),
        last=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["last_caption_words"]) + r")(?![\p{L}])", regex.I),
        count=regex.compile(r"(?<![\d.,/])(?P<n>\d{2,3})\s+(?:" + _alt(d["counted_nouns"]) + r")(?![\p{L}])", regex.I),
        not_count=regex.compile(r"(?:" + _alt(d["count_not_after"]) + r")\s*$", regex.I),
        down=regex.compile(r"^\s*(?:" + _alt(d["change_down"]) + r")", regex.I),
    )


_PIPE_ROW = regex.compile(r"^\s*\|(?P<cells>.*)\|\s*$|^(?P<cells>[^|]+(?:\|[^|]*){2,})$")
_RULE_ROW = regex.compile(r"^[\s|:+-]*-{2,}[\s|:+-]*$")
_ITEM = regex.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<name>\p{Lu}[^:()\d]{1,60}?)\s*(?:(?:[:–-]|\()\s*(?P<score>\d{1,3}(?:[.,]\d{1,3})?)"
                      r"\s*(?:điểm|%)?\s*\)?\s*[.;]?)?\s*$")
_INT = regex.compile(r"^\s*(?:(?i:thứ|hạng)\s+)?(?P<r>\d{1,3})(?:\s?/\s?(?P<o>\d{1,3}))?\s*$")
_SCORE = regex.compile(r"^\s*(?P<v>\d{1,4}(?:[.,]\d{1,4})?)\s*(?:%|điểm)?\s*$")
_CHANGE = regex.compile(r"^\s*(?P<sign>[+↑▲-]|−|↓|▼|\p{L}+(?:\s\p{L}+)?)?\s*(?P<n>\d{1,2})\s*(?:bậc|hạng)?\s*$")
_YEAR = regex.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/])")


@dataclass
class Row:
    start: int
    end: int
    cells: list  # (start, end) of each cell's text, in the document
    number: Optional[tuple] = None  # a numbered item's (start, end, n)


@dataclass
class Block:
    start: int
    end: int
    kind: str  # "pipe" or "items"
    rows: list = field(default_factory=list)


def blocks(text: str, t: float) -> list[Block]:
    """The pipe tables and numbered lists of ``text`` (consecutive lines of one kind)."""
    out: list[Block] = []
    pos = 0
    cur: Optional[Block] = None
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        kind, row = None, None
        m = _PIPE_ROW.match(line, timeout=t)
        if m:
            kind = "pipe"
            if not _RULE_ROW.match(line, timeout=t):
                cells, off = [], a + m.start("cells")
                for part in m.group("cells").split("|"):
                    s = part.strip()
                    cs = off + part.find(s) if s else off
                    cells.append((cs, cs + len(s)))
                    off += len(part) + 1
                if len(cells) >= 2:
                    row = Row(a, b, cells)
        else:
            m = _ITEM.match(line, timeout=t)
            if m:
                kind = "items"
                cells = [(a + m.start("name"), a + m.end("name"))]
                if m.group("score"):
                    cells.append((a + m.start("score"), a + m.end("score")))
                row = Row(a, b, cells, (a + m.start("n"), a + m.end("n"), int(m.group("n"))))
        if kind is None:
            cur = None
            continue
        if cur is None or cur.kind != kind:
            cur = Block(a, b, kind)
            out.append(cur)
        cur.end = b
        if row is not None:
            cur.rows.append(row)
    return [bl for bl in out if len(bl.rows) >= 2]


def _score(s: str, t: float = 2.0) -> Optional[float]:
    m = _SCORE.match(s, timeout=t)
    return float(m.group("v").replace(",", ".")) if m else None


@dataclass
class TableRank:
    start: int
    end: int
    index: str
    rank: int
    out_of: Optional[int]
    year: Optional[int]
    change: Optional[int]
    subject: Optional[str]
    claim: bool


def rankings(text: str, title: str, block: Block, mentions_of: Callable, topics_rx, only_index: Optional[str],
             year_of: Callable[[int, Optional[str]], Optional[int]], t: float,
             out_of_spans: Optional[list] = None, goal_rx=None, body_rx=None) -> list[TableRank]:
    """The rankings of one table or list (module docstring). ``mentions_of(s)``: the index
    mentions of a string; ``year_of(pos, index)``: the index year the article carries at ``pos``;
    the span of a count in the caption taken as ``out_of`` is added to ``out_of_spans`` (it is no
    quantity)."""
    out_of_spans = out_of_spans if out_of_spans is not None else []
    body_rx = body_rx if body_rx is not None else regex.compile(r"(?!)")
    w = _words()
    # the caption: the two lines before the block (the title when the block opens the body)
    before = text[:block.start].rstrip("\n")
    cap_start = 0
    for _ in range(2):
        k = before.rfind("\n", 0, cap_start - 1 if cap_start else len(before))
        cap_start = k + 1
        if k < 0:
            break
    caption = before[cap_start:] if before.strip() else (title or "")
    in_text = bool(before.strip())
    rows = block.rows
    header: Optional[list[str]] = None
    if block.kind == "pipe":
        first = [text[a:b] for a, b in rows[0].cells]
        if not any(_INT.match(c, timeout=t) or _score(c, t) is not None for c in first):
            header, rows = first, rows[1:]
    if not rows:
        return []
    scope = caption + " " + " ".join(header or [])
    if topics_rx.search(scope, timeout=t) or (goal_rx is not None and goal_rx.search(caption, timeout=t)):
        return []  # sport, exams; a goal ("mục tiêu vào top 10 …:") lists tasks, not ranks
    ncol = max(len(r.cells) for r in rows)
    cols = header or [""] * ncol
    rank_cols = [i for i, h in enumerate(cols) if w["rank"].match(h, timeout=t)]
    order_cols = [i for i, h in enumerate(cols) if w["order"].match(h, timeout=t)]
    name_cols = [i for i, h in enumerate(cols) if w["name"].match(h, timeout=t)]
    change_cols = [i for i, h in enumerate(cols) if w["change"].match(h, timeout=t)]
    cell = lambda r, i: text[r.cells[i][0]:r.cells[i][1]] if i < len(r.cells) else ""  # noqa: E731
    if header is None and block.kind == "pipe" and all(_INT.match(cell(r, 0), timeout=t) for r in rows):
        order_cols = [0]  # "| 1 | Quảng Ninh | 91,00 |": the leading number is the row's place
    if not name_cols:  # the first column holding words
        name_cols = [next((i for i in range(ncol) if i not in rank_cols + order_cols + change_cols
                           and sum(1 for r in rows if cell(r, i)[:1].isalpha()) * 2 > len(rows)), -1)]
    name_col = name_cols[0]
    if name_col < 0:
        return []
    if block.kind == "items" and not all(_province(cell(r, name_col), t) or body_rx.match(cell(r, name_col), timeout=t)
                                         for r in rows):
        return []  # "1. Quảng bá dịch vụ công …": a numbered list of tasks, not of ranked bodies
    ranked_caption = bool(w["caption"].search(caption, timeout=t)) or any(w["caption"].search(h, timeout=t)
                                                                          for h in (header or []))
    if w["last"].search(caption, timeout=t):
        return []  # "5 tỉnh xếp cuối": the order of a list of last places is not their rank
    # the index: in the header, else the caption's last one, else the one index of the article
    idx = None
    for h in header or []:
        ms = mentions_of(h)
        if ms:
            idx = ms[0]
            break
    if idx is None:
        ms = mentions_of(caption)
        idx = ms[-1] if ms else None
    index = idx.index if idx is not None else None
    if index is None:
        provs = sum(1 for r in rows if _province(cell(r, name_col), t))
        if only_index and ranked_caption and provs * 2 > len(rows):
            index = only_index
        else:
            return []
    year = idx.year if idx is not None and idx.year else None
    if year is None:
        ys = [int(m.group("y")) for m in _YEAR.finditer(caption, timeout=t)]
        year = ys[-1] if ys else year_of(block.start, index)
    # out of: a count stated for the table ("của 63 tỉnh, thành phố"), not a count of the rows listed
    out_of, count_span = None, None
    for m in w["count"].finditer(caption, timeout=t):
        if not w["not_count"].search(caption[:m.start()], timeout=t):
            out_of = int(m.group("n"))
            count_span = (cap_start + m.start("n"), cap_start + m.end("n")) if in_text else None
    # the rank columns (each with its year), else the row's order when the caption ranks the rows
    sources: list[tuple[int, Optional[int], Optional[str]]] = []  # (column, year, index)
    for i in rank_cols:
        hy = _YEAR.search(cols[i], timeout=t)
        hm = mentions_of(cols[i])
        sources.append((i, int(hy.group("y")) if hy else None, hm[0].index if hm else None))
    if not sources:
        if not ranked_caption:
            return []
        scores = [[_score(cell(r, i), t) for r in rows] for i in range(ncol)
                  if i not in order_cols and i != name_col]
        scores = [col for col in scores if all(v is not None for v in col)]
        if scores and any(a < b for a, b in zip(scores[0], scores[0][1:])):
            return []  # scores that rise are not in rank order
        sources.append((order_cols[0] if order_cols else -1, None, None))
    out: list[TableRank] = []
    for k, r in enumerate(rows):
        name = cell(r, name_col)
        subject = _province(name, t)
        for j, (col, col_year, col_index) in enumerate(sources):
            if col >= 0:
                m = _INT.match(cell(r, col), timeout=t)
                if not m:
                    continue
                rank, of = int(m.group("r")), int(m.group("o")) if m.group("o") else out_of
                a, b = r.cells[col]
                claim = True
            elif r.number is not None:
                a, b, rank = r.number
                of, claim = out_of, True
            else:
                a, b = r.cells[name_col]
                rank, of, claim = k + 1, out_of, False
            if of is not None and not 0 < rank <= of:
                continue
            change = None
            if j == 0 and change_cols:
                change = _change(cell(r, change_cols[0]), t)
            out.append(TableRank(a, b, col_index or index, rank, of, col_year or year, change, subject, claim))
    if out and count_span and any(r.out_of == out_of for r in out):
        out_of_spans.append(count_span)
    return out


def _change(s: str, t: float) -> Optional[int]:
    m = _CHANGE.match(s, timeout=t)
    if not m:
        return None
    sign = (m.group("sign") or "").strip()
    n = int(m.group("n"))
    if sign in ("-", "−", "↓", "▼") or (sign and _words()["down"].match(sign, timeout=t)):
        return -n
    return n


def _province(name: str, t: float) -> Optional[str]:
    places = [(a, b, p) for a, b, p in find_places(name, t) if p.kind == "province"]
    if len(places) != 1:
        return None
    a, b, p = places[0]
    rest = (name[:a] + name[b:]).strip(" .,")
    return p.name if not rest or regex.fullmatch(r"(?i:tỉnh|thành phố|TP\.?)", rest, timeout=t) else None
