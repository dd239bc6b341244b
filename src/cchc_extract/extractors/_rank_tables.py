"""Rankings written as tables or lists (a helper of ``rankings``; not an extractor).

The shapes: a pipe table (``| STT | Tỉnh | Điểm | Xếp hạng |`` then ``| 1 | Quảng Ninh | 91,00 | 1 |``,
or without the outer bars), with one or more header rows (a group row ``| Tỉnh | PAR INDEX 2023 | |
SIPAS 2023 | |`` over ``| | Điểm | Xếp hạng | Điểm | Xếp hạng |``); an HTML table flattened to one
cell a line (its rows as long as the distance between the lines naming provinces, else bodies or districts
(``Huyện Bàu Bàng``: ``body_heads``), or, in a table of components, between the lines of words; the lines before the first row its header, a line that is
no header word continuing the cell before; a long table cut by its header repeated is read on); rows
written one a line: numbered (``1. Quảng Ninh: 91,00 điểm``, ``1 Quảng Ninh 91,00``), after a rank
word (``Hạng 1 - Quảng Ninh (91,00 điểm)``), the province first (``Quảng Ninh 7.98 … 73,02 1 Rất
tốt``), under a header line cut before each header word (``STT Tỉnh, thành phố Điểm Xếp hạng``; before each
index too when that gives too few cells: ``Tỉnh PCI 2022 PCI 2023``), a signed change as a row's last cell (``2
TP. Hồ Chí Minh 0,6920 2 +1``); items numbered 1, 2, 3 … listed on the caption's own line after its colon (``Top
5 … 2023: 1. Hải Phòng 2. Quảng Ninh``, ``gồm: 1. A; 2. B``, ``1/ A; 2/ B``); a flattened table whose cell holds
the row's number and its province (``1. Quảng Ninh`` over ``45,10``). Name headers of departments, districts and
communes (``Sở, ngành``, ``Huyện``) head the name column; one that is also a name's first word counts only alone
in its cell (``name_headers_alone``).

A table or list ranks an index named in its header, in the caption (the two lines before it; the
title when it opens the body, also when only its header or a lead naming no index comes before it), or, when it is ranked, in the lead a few lines before (else the one
index of the article). Each row is one ranking: ``rank`` from a rank column (``Xếp hạng``,
``Thứ hạng``, ``Vị trí``; cells ``12/63`` or ``01 (0,727)``; one per such column, a year in its
header dating it and an index in it, else in the score columns on its left, naming it; an
unlabelled column of whole numbers rising while the scores fall), else the row's order number when
the caption ranks the rows (``xếp hạng``, ``dẫn đầu``, ``Top 10``) or the rows are numbered
provinces (or bodies and districts, under an index named) whose index-like scores (100 or less) fall — never when every score column rises, nor
under a caption of a rate or a count (``Tỷ lệ …``, ``Số …``). Rows with no number written are ranked
by their place only under a caption listing them in order (``lần lượt``): no rank is made up. Columns headed by indices under a caption of ranks (``Thứ hạng các chỉ số …``) hold their
ranks; an index a row and a year a column gives one ranking a cell, of the province the caption
names (the header of years written ``Năm 2023 2022 2021`` or ``Chỉ số Năm 2007 Năm 2008 …``). ``out_of`` from ``/63`` in the cell or a count stated for the table (``63 tỉnh, thành phố``),
never from the count of rows listed (``Top 10 tỉnh``); ``year`` from the column's header, the
index's mention, the caption (not a year compared with: ``so với năm 2022``), else the article's
year of the index; ``change`` from a ``Tăng/giảm`` column (of the latest year's rank column when the rank
columns are dated: ``Xếp hạng 2022 | Xếp hạng 2023 | Tăng/giảm``); ``subject`` the province named in the
row; rows naming components (``Chỉ số thành phần`` in the header or caption) are ``component``
ranks of the province the caption names. A table of scores with neither (departments' scores,
prices, amounts, votes, populations), a table of another topic (sport, exams: ``not_index_topics``)
and a list under a last-places caption (``xếp cuối``) give nothing. The fact's ``text`` is the rank
as written in the row (the rank cell's number, the item's number), or the ranked name when the rank
is only the row's place.

Rows may name administrative units of any level (``Ủy ban nhân dân Phường 4``, ``xã Tân Phú``, ``Quận 3``; a
row one a line ``1. xã Tân Phú: 91,5 điểm``): under a caption naming the index only by its topic (``kết quả chấm
điểm thi đua công tác cải cách hành chính năm 2019 đối với 14 phường:``) such rows ranked by a rank column or a
ranking caption rank that index; names without their kind under a name header (``Xã``, ``Đơn vị``) are units, not
components. A flattened table's last row missing one word cell inside (its grade cut off with the page) keeps its
other cells in place.

The words are in ``data/indices.json`` ``rank_tables``.
"""
from __future__ import annotations

import unicodedata
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
        rank=head(d["rank_headers"]), order=head(d["order_headers"]),
        # a header that is also a name's first word counts alone in its cell ("Huyện" over "Huyện Tiên Yên", not "Xã hội số")
        name=regex.compile(r"^\s*(?:(?:" + _alt(d["name_headers"]) + r")(?![\p{L}])|(?:" + _alt(d["name_headers_alone"]) +
                           r")\s*$)", regex.I),
        change=head(d["change_headers"]), score=head(d["score_headers"]),
        component=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["component_headers"]) + r")(?![\p{L}])", regex.I),
        measure=regex.compile(r"(?<![\p{L}])(?:" + _alt([m for m in load("indices")["rank_phrases"]["measure_topics"]
                                                          if m not in d["index_measures"]]) + r")(?![\p{L}])", regex.I),
        in_order=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["in_order_words"]) + r")(?![\p{L}])", regex.I),
        rank_any=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["rank_headers"]) + r")(?![\p{L}])", regex.I),
        any_head=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["rank_headers"] + d["order_headers"] + d["name_headers"] +
                                                     d["name_headers_alone"] + d["change_headers"] + d["score_headers"] + d["grade_headers"]) +
                               r")(?![\p{L}])", regex.I),
        grade=regex.compile(r"^\s*(?:" + _alt(d["grade_headers"]) + r")(?![\p{L}])\s*$", regex.I),
        caption=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["caption_words"]) + r")(?![\p{L}])", regex.I),
        last=regex.compile(r"(?<![\p{L}])(?:" + _alt(d["last_caption_words"]) + r")(?![\p{L}])", regex.I),
        count=regex.compile(r"(?<![\d.,/])(?P<n>\d{2,3})\s+(?:" + _alt(d["counted_nouns"]) + r")(?![\p{L}])", regex.I),
        not_count=regex.compile(r"(?:" + _alt(d["count_not_after"]) + r")\s*$", regex.I),
        leaders=regex.compile(r"\s*(?:" + _alt(d["count_not_before"]) + r")(?![\p{L}])", regex.I),
        down=regex.compile(r"^\s*(?:" + _alt(d["change_down"]) + r")", regex.I),
    )


_PIPE_ROW = regex.compile(r"^\s*\|(?P<cells>.*)\|\s*$|^(?P<cells>[^|]+(?:\|[^|]*){2,})$")
_RULE_ROW = regex.compile(r"^[\s|:+-]*-{2,}[\s|:+-]*$")
_NUM = r"\d{1,4}(?:[.,]\d{1,4})?(?:\s?/\s?\d{1,3})?"
_SIGN = r"(?:[+−↑↓▲▼]\s?)?"  # a change in a row's last cells: "… 2 +1", "… 3 ↓2"


@lru_cache(maxsize=1)
def _line_patterns() -> tuple:
    """A row written on one line: "1. Quảng Ninh: 90,12 điểm", "1 Quảng Ninh 90,12 1", "Hạng 1 - Quảng Ninh
    (90,12 điểm)", "Quảng Ninh: 90,12 điểm", "TP. Đà Nẵng 0,7812 0,9000", "… 73,02 1 Rất tốt" (a grade
    after the numbers: ``row_grades``); the name holds no digit, the tail only numbers. Also the pattern
    of a tail's numbers and the one of a year compared with (``so với năm 2022``)."""
    d = load("indices")
    rt, rp = d["rank_tables"], d["rank_phrases"]
    rank_w = _alt(rt["row_rank_words"])
    line = regex.compile(
        r"^\s*(?:[-–•*+]\s*)?(?:(?P<pw>(?i:" + rank_w + r"))\s*)?(?:(?P<n>\d{1,2})(?:\s*[.):]\s*|/\s+|\s*[-–]\s+|\s+))?"
        r"(?P<name>(?:(?:" + _alt(rp["unit_kinds"]) + r")\s+(?=\p{Lu}))?\p{Lu}[^\d:()|;]{1,60}?)"  # "xã Tân Phú" too
        r"(?P<tail>(?>(?:(?:\s*[:–,-]\s*|\s+)" + _SIGN + r"|\s*\(\s*)(?:(?i:" + _alt(rt["score_lead_words"] + rt["row_rank_words"]) +
        r")\s+)?" + _NUM + r"(?:\s*(?:điểm|%))?(?:\s*\))?)*+)"
        r"(?:\s*[,(]\s*(?P<chg>(?i:" + _alt(rp["change_verbs"]) + r")\s+\d{1,2}\s*(?i:" + _alt(rp["change_units"]) +
        r")?|[+−-]\s?\d{1,2})\s*\)?)?"
        r"(?:(?<=\d)\s+(?P<grade>\p{L}{1,6}(?:\s\p{L}{1,6}){0,2}))?\s*[.;]?\s*$")
    tail = regex.compile(r"(?P<mark>(?i:" + rank_w + r")\s+)?(?P<v>(?:(?<=\s)[+−↑↓▲▼]\s?|(?<=\s)-(?=\d))?" + _NUM + r")")
    cmp_year = regex.compile(r"(?<![\p{L}])(?i:" + _alt(rp["comparison_words"]) + r")\s+(?:(?i:năm)\s+)?$")
    return line, tail, cmp_year


_HEADING_MAX = 40  # a heading line of a table's caption split over lines ("BẢNG XẾP HẠNG DTI NĂM 2022" / "XẾP HẠNG")
_DIGIT_END = regex.compile(r"\d[^\d]{0,12}$")
_CELL_LINE_MAX = 50  # a cell of an HTML table flattened to one cell per line
_INT = regex.compile(r"^\s*(?:(?i:xếp thứ|thứ|hạng)\s+)?(?P<r>\d{1,3})(?:\s?/\s?(?P<o>\d{1,3}))?"
                     r"(?:\s*\(\s*\d{1,4}(?:[.,]\d{1,4})?\s*(?:điểm|%)?\s*\))?\s*$")
_RANK_SCORE = regex.compile(r"^\s*\d{1,3}\s*\(\s*\d{1,4}[.,]\d{1,4}\s*(?:điểm|%)?\s*\)\s*$")  # "01 (0,727)"
_SCORE = regex.compile(r"^\s*(?P<v>\d{1,4}(?:[.,]\d{1,4})?)\s*(?:%|điểm)?\s*$")
_CHANGE = regex.compile(r"^\s*(?P<sign>[+↑▲-]|−|↓|▼|\p{L}+(?:\s\p{L}+)?)?\s*(?P<n>\d{1,2})\s*(?:bậc|hạng)?\s*$")
_YEAR = regex.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/])")


@dataclass
class Row:
    """One row of a ranking table or list."""
    start: int
    end: int
    cells: list  # (start, end) of each cell's text, in the document
    number: Optional[tuple] = None  # a numbered item's (start, end, n)
    marked: bool = False  # the item's number follows "hạng"/"thứ": a rank, not an order number
    change: Optional[tuple] = None  # a row's "(tăng 2 bậc)" after its numbers
    years: bool = False  # a header line of years over the columns ("Chỉ số Năm 2007 Năm 2008 …")


@dataclass
class Block:
    """A run of rows read as one table or list."""
    start: int
    end: int
    kind: str  # "pipe", "items" (one row a line) or "cells" (one cell a line)
    rows: list = field(default_factory=list)
    header: Optional[list] = None  # (start, end) of each header cell, when read apart from the rows


# the header of a table of one body's figures over the years, one row a line: "Chỉ số Năm 2007 Năm 2008 Năm 2009"
# (a label, then a year a column, each with or without "Năm"); its label cell is "Năm" as in "Năm 2023 2022 2021"
_YEAR_HEADER = regex.compile(r"^\s*(?:(?P<label>\p{Lu}[\p{L} ]{0,24}?)\s+)?(?P<years>(?:(?i:năm)\s+)?(?:19|20)\d{2}"
                             r"(?:\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}){2,})\s*$")


def _year_header(line: str, a: int, t: float) -> Optional[Row]:
    """A header line of years over a table's columns (``_YEAR_HEADER``), or None: the cells of its years,
    flagged ``years``."""
    m = _YEAR_HEADER.match(line, timeout=t)
    if not m or m.group("label") and not regex.search(r"(?i:năm)\s", m.group("years"), timeout=t):
        return None  # "Quảng Ninh 2019 2020 2021": a row's numbers, not a header of years (unless said "Năm …")
    ys = [(a + m.start("years") + x.start(), a + m.start("years") + x.end())
          for x in _YEAR.finditer(m.group("years"), timeout=t)]
    label = (a + m.start("label"), a + m.end("label")) if m.group("label") else (ys[0][0], ys[0][0])
    return Row(a, a + len(line), [(a, a), label] + ys, years=True)


def _line_row(line: str, a: int, t: float) -> Optional[Row]:
    """A row written on one line (``_line_patterns``) naming a province or a body, or None; a header of
    years (``_year_header``)."""
    line_rx, tail_rx, _ = _line_patterns()
    m = line_rx.match(line, timeout=t)
    if not m:
        return _year_header(line, a, t)
    if not (m.group("n") or m.group("tail").strip()):
        return None
    if m.group("grade") and (not m.group("tail").strip() or m.group("grade").casefold() not in _grades()):
        return None  # "1. Hà Giang: 95 phiếu": a count of something else
    if m.group("pw") and not m.group("n"):
        return None
    if not m.group("n") and _YEAR.fullmatch(m.group("tail").strip(" :–-"), timeout=t):
        return None  # "Xếp hạng chi tiết DTI năm 2022": a caption ending with its year, not a row
    name = m.group("name").rstrip(" -–.,")
    na = a + m.start("name")
    cells = [(a + m.start("n"), a + m.end("n")) if m.group("n") else (na, na), (na, na + len(name))]
    ts = m.start("tail")
    for x in tail_rx.finditer(m.group("tail"), timeout=t):
        cells.append((a + ts + x.start("v"), a + ts + x.end("v")))
    number = (a + m.start("n"), a + m.end("n"), int(m.group("n"))) if m.group("n") else None
    change = (a + m.start("chg"), a + m.end("chg")) if m.group("chg") else None
    return Row(a, a + len(line), cells, number, bool(m.group("pw")), change)


# the numbered items listed on one line after a colon: "…: 1. Hải Phòng 2. Quảng Ninh", "gồm: 1. A; 2. B; 3. C", "1/ A; 2/ B"
@lru_cache(maxsize=1)
def _inline_item():
    """An item's number on a caption's line, before a name (``1. Hải Phòng``, ``2. xã Tân Phú``)."""
    kinds = _alt(load("indices")["rank_phrases"]["unit_kinds"])
    return regex.compile(r"(?:(?<=:[ \t]*)|(?<=[;,.][ \t]+)|(?<=[\p{L}\d)][ \t]+))(?P<n>\d{1,2})[.)/][ \t]+"
                         r"(?=\p{Lu}|(?:" + kinds + r")\s+\p{Lu})")


def _inline_items(line: str, a: int, t: float) -> Optional[Block]:
    """The items numbered 1, 2, 3 … listed on one line after its colon (``Top 5 địa phương dẫn đầu PAR INDEX
    2023: 1. Hải Phòng 2. Quảng Ninh 3. Bắc Ninh``), each read as a row written on one line; or None."""
    found = [m for m in _inline_item().finditer(line, timeout=t)]
    first = next((k for k, m in enumerate(found) if m.group("n") == "1" and
                  line[:m.start()].rstrip(" \t").endswith(":")), None)
    if first is None:
        return None
    items = [found[first]]
    for m in found[first + 1:]:
        if int(m.group("n")) != int(items[-1].group("n")) + 1:
            break
        items.append(m)
    if len(items) < 2:
        return None
    rows = []
    for k, m in enumerate(items):
        end = items[k + 1].start() if k + 1 < len(items) else len(line)
        piece = line[m.start():end].rstrip(" \t;,")
        row = _line_row(piece, a + m.start(), t)
        if row is None:
            break
        rows.append(row)
    if len(rows) < 2:
        return None
    return Block(rows[0].start, rows[-1].end, "items", rows)


def blocks(text: str, t: float) -> list[Block]:
    """The pipe tables, lists of rows one a line and tables of one cell a line of ``text``."""
    out: list[Block] = []
    pos = 0
    cur: Optional[Block] = None
    run: list = []  # consecutive short lines: the cells of a flattened HTML table
    lines = text.split("\n")

    def close_run():
        if len(run) < 6 or not any(text[a:a + 1].isdigit() for a, _ in run):
            run.clear()  # a table's cells hold numbers
            return
        info = _RunInfo(text, run, t)
        i = 0
        while len(run) - i >= 6:  # a long table cut by its header repeated goes on after it
            bl, stop = _cell_block(text, info, i, min(len(run), i + _CELL_WINDOW), t)
            if bl is not None and i and out and out[-1].kind == "cells" and out[-1].header and bl.header and \
                    [text[a:b] for a, b in out[-1].header] == [text[a:b] for a, b in bl.header] and \
                    not _YEAR.search(text[out[-1].end:bl.header[0][0]], timeout=t):
                # the same table, its header repeated (not under a caption of another year: "Top 10 … năm 2017")
                out[-1].rows += bl.rows
                out[-1].end = bl.end
            elif bl is not None and i and bl.header is None and out and out[-1].kind == "cells" and out[-1].header and \
                    len(out[-1].header) == len(bl.rows[0].cells) == len(out[-1].rows[-1].cells) and \
                    text[out[-1].end:bl.start].count("\n") <= 4 and not _YEAR.search(text[out[-1].end:bl.start], timeout=t):
                # the same table, a group's heading between its rows ("II" / "Khối huyện"): the rows go on under its header
                out[-1].rows += bl.rows
                out[-1].end = bl.end
            elif bl is not None:
                out.append(bl)
            if stop <= i:
                break
            i = stop
        run.clear()

    for line in lines:
        a, b = pos, pos + len(line)
        pos = b + 1
        kind, row = None, None
        stripped = line.strip()
        m = _PIPE_ROW.match(line, timeout=t)
        if m:
            kind = "pipe"
            if not _RULE_ROW.match(line, timeout=t):
                cells, off = [], a + m.start("cells")
                for part in m.group("cells").split("|"):
                    s = part.strip(" \t*_")  # markdown emphasis around a cell: "**1**"
                    cs = off + part.find(s) if s else off
                    cells.append((cs, cs + len(s)))
                    off += len(part) + 1
                if len(cells) >= 2:
                    row = Row(a, b, cells)
        elif stripped and len(stripped) <= 160 and (stripped[0].isdigit() or _DIGIT_END.search(stripped[-14:]) or
                                                   stripped[:5].lower() in ("hạng ", "thứ ", "xếp ", "vị tr")):
            row = _line_row(line, a, t)
            if row is not None:
                kind = "items"
        if 0 < len(stripped) <= _CELL_LINE_MAX and kind != "pipe":
            run.append((a + line.find(stripped), a + line.find(stripped) + len(stripped)))
        elif stripped or kind == "pipe":
            close_run()
        if kind is None:
            cur = None
            inline = _inline_items(line, a, t) if ":" in line else None
            if inline is not None:
                out.append(inline)  # "Top 5 …: 1. Hải Phòng 2. Quảng Ninh 3. Bắc Ninh": rows listed on the caption's line
            continue
        if cur is None or cur.kind != kind:
            cur = Block(a, b, kind)
            out.append(cur)
        cur.end = b
        if row is not None:
            cur.rows.append(row)
    close_run()
    return [bl for bl in out if len(bl.rows) >= 2]


def _kind(s: str, t: float) -> str:
    if _RANK_SCORE.match(s, timeout=t):
        return "rs"
    if _INT.match(s, timeout=t):
        return "int"
    if _score(s, t) is not None:
        return "num"
    return "text" if s[:1].isalpha() else "other"


_NUMBERED = regex.compile(r"^(?P<n>\d{1,2})\s*[.)]\s+(?=\p{Lu})")  # "1. Quảng Ninh": a row's number and name in one cell


def _split_numbered(text: str, cells: list, t: float) -> list:
    """The cells of a row, a cell holding the row's number and its name (``1. Quảng Ninh``) cut in two."""
    out = []
    for a, b in cells:
        m = _NUMBERED.match(text[a:b], timeout=t) if text[a:a + 1].isdigit() else None
        if m and _province(text[a + m.end():b], t) is not None:
            out += [(a, a + m.end("n")), (a + m.end(), b)]
        else:
            out.append((a, b))
    return out


class _RunInfo:
    """The lines of a run of short lines, read once: their text, kind, province and header words."""

    def __init__(self, text: str, run: list, t: float):
        self.run = run
        self.vals = [text[a:b] for a, b in run]
        self.kinds = [_kind(v, t) for v in self.vals]
        self.prov = [k == "text" and _province(v, t) is not None for v, k in zip(self.vals, self.kinds)]
        for i, v in enumerate(self.vals):
            m = _NUMBERED.match(v, timeout=t) if self.kinds[i] == "other" else None
            if m and _province(v[m.end():], t) is not None:
                self.kinds[i], self.prov[i] = "text", True  # "1. Quảng Ninh" over its score: the number and the name
        self.head = [k == "text" and _header_word(v, t) for v, k in zip(self.vals, self.kinds)]
        body = _body_rx()
        self.body = [k == "text" and not p and body.match(v, timeout=t) is not None and len(v.split()) <= 6
                     for v, k, p in zip(self.vals, self.kinds, self.prov)]  # "Huyện Bàu Bàng", "Sở Tư pháp"


@lru_cache(maxsize=1)
def _body_rx():
    """The start of a body's name (``data/indices.json`` ``rank_phrases`` ``body_heads``): ``Sở …``, ``Huyện …``;
    or of a unit's, in any case, with its number or name, after its council or committee or not (``unit_kinds``,
    ``unit_owners``): ``phường Tân An``, ``Phường 4``, ``Ủy ban nhân dân Phường 4``, ``UBND xã Tân Phú``."""
    return regex.compile(_unit_name_start())


def _unit_name_start() -> str:
    r = load("indices")["rank_phrases"]
    return (r"(?:" + _alt(r["body_heads"]) + r")\s+\p{Lu}|(?:(?:" + _alt(r["unit_owners"]) + r")\s+)?(?i:" +
            _alt(r["unit_kinds"]) + r")\s+(?:\p{Lu}|\d{1,2}(?![\d.,/]))")


_HEADER_WORDS_MAX = 5  # a header cell is short; a longer line over the header is the table's caption
_CELL_WINDOW = 1500  # lines looked at for one table (63 rows of up to 16 cells, and a header)


def _cell_block(text: str, info: _RunInfo, lo: int, hi: int, t: float) -> tuple[Optional[Block], int]:
    """A table flattened to one cell a line among the lines ``lo``..``hi`` of a run: rows are as long
    as the distance between the lines naming provinces (else bodies: ``Huyện …``, ``Sở …``); the lines
    before the first row are its header. Also the line after the table (``lo`` when there is none)."""
    run, kinds = info.run, info.kinds
    provs = [i for i in range(lo, hi) if info.prov[i]]
    named = len(provs) >= 2
    if not named:  # the rows of bodies or districts ("1" / "Huyện Bàu Bàng" / "80,27"): their names mark the rows
        bodies = [i for i in range(lo, hi) if info.body[i]]
        if len(bodies) >= 3:
            provs, named = bodies, True
    if not named:  # the rows of a table of components: the lines of words after the header's
        first_head = next((i for i in range(lo, hi) if info.head[i]), hi)
        provs = [i for i in range(first_head + 1, hi) if kinds[i] == "text" and not info.head[i]]
        if len(provs) < 3:
            return None, lo
    gaps = [y - x for x, y in zip(provs, provs[1:])]
    p = max(set(gaps), key=gaps.count)
    if p < 2 or p > 16 or gaps.count(p) * 2 < len(gaps):
        return None, lo
    first = provs[0]
    off = 0  # the name's place in its row: the numbers right before the first name
    while off < p - 1 and first - off - 1 >= lo and kinds[first - off - 1] in ("int", "num", "rs"):
        off += 1
    start = first - off
    shape = kinds[start:start + p]
    rows: list[Row] = []
    k = start
    while k + p <= hi:
        if any((x == "text") != (y == "text") for x, y in zip(kinds[k:k + p], shape)):
            break
        cells = _split_numbered(text, run[k:k + p], t)
        rows.append(Row(cells[0][0], cells[-1][1], cells))
        k += p
    if p > 2 and hi - k == p - 1 and shape[-1] == "text" and rows and \
            not any((x == "text") != (y == "text") for x, y in zip(kinds[k:hi], shape)):
        cells = run[k:hi]  # the last row without its last word ("Tốt"), cut with the page's end
        rows.append(Row(cells[0][0], cells[-1][1], list(cells)))
        k = hi
    elif p > 3 and hi - k == p - 1 and rows:
        # the last row without a word of its own inside ("… / 75 / 13" under "… / 80,25 / B / 12": its grade cut
        # off with the page's end): an empty cell where the one text cell it lacks stands
        got = [x == "text" for x in kinds[k:hi]]
        gap = next((j for j in range(1, p) if shape[j] == "text" and j != first - start and
                    [x == "text" for x in shape[:j] + shape[j + 1:]] == got), None)
        if gap is not None:
            cells = list(run[k:hi])
            cells.insert(gap, (cells[gap - 1][1], cells[gap - 1][1]))
            rows.append(Row(cells[0][0], cells[-1][1], cells))
            k = hi
    if len(rows) < 2:
        return None, lo
    head = run[lo:start]
    header = _fit_header(text, head, p, t) if head else None
    if not named and (header is None or len(rows) < 3):
        return None, lo
    return Block(header[0][0] if header else rows[0].start, rows[-1].end, "cells", rows, header), k


def _header_word(s: str, t: float) -> bool:
    w = _words()
    return any(w[k].match(s, timeout=t) for k in ("rank", "order", "name", "change", "score", "grade")) or \
        bool(_YEAR.search(s, timeout=t))


def _fit_header(text: str, head: list, p: int, t: float) -> Optional[list]:
    """The ``p`` header cells among the lines before the first row: a line that is no header
    word continues the header cell before it (``Tỉnh, thành phố trực thuộc`` / ``Trung ương``);
    the lines before the header are the caption."""
    cells: list = []  # [start, end, is a header word]
    for a, b in head:
        hw = _header_word(text[a:b], t)
        if not hw and cells and cells[-1][2]:
            cells[-1][1] = b
        else:
            cells.append([a, b, hw])
    cells = cells[-p:]
    caption_first = len(text[cells[0][0]:cells[0][1]].split()) > _HEADER_WORDS_MAX if cells else False
    if len(cells) == p and sum(1 for c in cells if c[2]) * 2 >= p and not caption_first:
        return [(a, b) for a, b, _ in cells]
    # a caption taken as the first cell ("Top 15 bảng xếp hạng PCI năm 2018" over "Địa phương" / "PCI" /
    # "Xếp hạng" / "Nhóm xếp hạng"): the header is the last lines, one a cell
    # many columns named by words of their own ("Gia nhập thị trường", "Tiếp cận đất đai", …): a line a cell
    if len(head) >= p and any(_header_word(text[a:b], t) for a, b in head[-p:]):
        return list(head[-p:])
    return None


def _split_header(text: str, a: int, b: int, n: int, t: float, numbered: bool = True,
                  mentions_of: Optional[Callable] = None) -> Optional[list]:
    """A header line of a table whose rows are written on one line (``STT Tỉnh, thành phố Điểm
    Xếp hạng``): cut before each header word; ``n`` cells or nothing. The header of a grade written
    after the numbers (``Nhóm xếp hạng``: ``grade_headers``) heads no cell; over rows without an order
    number (``numbered`` false) the header starts at the name (``Tỉnh, Thành phố Điểm PCI Hạng``).
    Cut so into too few cells, the line is cut before each index named too (``Tỉnh PCI 2022 PCI 2023``)."""
    s = text[a:b]
    if len(s) > 100 or s.rstrip().endswith((":", ".")):
        return None  # a caption, not a header
    cuts = [m.start() for m in _words()["any_head"].finditer(s, timeout=t)]
    if not cuts or s[:cuts[0]].strip():
        return None
    out = _cut_header(text, a, s, cuts, n, t, numbered)
    if out is None and mentions_of is not None:
        more = sorted(set(cuts) | {m.start for m in mentions_of(s)})
        if len(more) > len(cuts):
            out = _cut_header(text, a, s, more, n, t, numbered)
    return out


def _cut_header(text: str, a: int, s: str, cuts: list, n: int, t: float, numbered: bool) -> Optional[list]:
    cuts = cuts + [len(s)]
    cells = []
    for x, y in zip(cuts, cuts[1:]):
        part = s[x:y].rstrip()
        if len(part) > 40:
            return None
        cells.append((a + x, a + x + len(part)))
    while cells and _words()["grade"].match(text[cells[-1][0]:cells[-1][1]], timeout=t):
        cells.pop()
    if not numbered and len(cells) == n - 1:
        cells.insert(0, (cells[0][0], cells[0][0]))  # the rows' empty order-number cell
    return cells if len(cells) == n else None


def _score(s: str, t: float = 2.0) -> Optional[float]:
    m = _SCORE.match(s, timeout=t)
    return float(m.group("v").replace(",", ".")) if m else None


def _is_data(s: str, t: float) -> bool:
    """A cell holding a rank or a score (a bare year is a header's)."""
    return bool(_INT.match(s, timeout=t)) or (_score(s, t) is not None and not _YEAR.fullmatch(s.strip(), timeout=t))


@dataclass
class TableRank:
    """A rank read from a table row."""
    start: int
    end: int
    index: str
    rank: int
    out_of: Optional[int]
    year: Optional[int]
    change: Optional[int]
    subject: Optional[str]
    claim: bool
    component: Optional[str] = None
    link: bool = False  # the subject is left to the link stage (the article's province)


def _pipe_header(text: str, rows: list, t: float) -> tuple[Optional[list], list]:
    """The header rows of a pipe table (rows with no number), merged column by column; an empty
    cell of a group row (``| Tỉnh | PAR INDEX 2023 | | SIPAS 2023 | |``) takes the cell on its left."""
    hrows = []
    while rows and len(hrows) < 3:
        cells = [text[a:b] for a, b in rows[0].cells]
        if any(_is_data(c, t) for c in cells):
            break
        hrows.append(cells)
        rows = rows[1:]
    if not hrows:
        return None, rows
    n = max(len(h) for h in hrows)
    merged = [""] * n
    for k, h in enumerate(hrows):
        last = ""
        for j in range(n):
            c = h[j] if j < len(h) else ""
            if not c and k < len(hrows) - 1:
                c = last  # a group cell spanning the columns after it
            last = c or last
            merged[j] = (c + " " + merged[j]).strip() if c else merged[j]  # "Xếp hạng PAR INDEX 2023"
    return merged, rows


def rankings(text: str, title: str, block: Block, mentions_of: Callable, topics_rx, only_index: Optional[str],
             year_of: Callable[[int, Optional[str]], Optional[int]], t: float,
             out_of_spans: Optional[list] = None, goal_rx=None, body_rx=None,
             topic_of: Optional[Callable[[str], Optional[str]]] = None) -> list[TableRank]:
    """The rankings of one table or list (module docstring). ``mentions_of(s)``: the index
    mentions of a string; ``year_of(pos, index)``: the index year the article carries at ``pos``;
    the span of a count in the caption taken as ``out_of`` is added to ``out_of_spans`` (it is no
    quantity); ``topic_of(s)``: the one index a string names by its topic alone (``cải cách hành chính``), or None."""
    out_of_spans = out_of_spans if out_of_spans is not None else []
    body_rx = body_rx if body_rx is not None else regex.compile(r"(?!)")
    w = _words()
    # the caption: the two lines before the block (the title when the block opens the body)
    before = text[:block.start].rstrip("\n")
    cap_start = 0
    for n in range(5):
        if n >= 2 and len(before[cap_start:].split("\n", 1)[0]) > _HEADING_MAX:
            break  # past the two lines before, only short heading lines ("XẾP HẠNG" / "DTI") join the caption
        k = before.rfind("\n", 0, cap_start - 1 if cap_start else len(before))
        if n >= 2 and (k < 0 or len(before[k + 1:cap_start - 1]) > _HEADING_MAX):
            break
        cap_start = k + 1
        if k < 0:
            break
    caption = before[cap_start:] if before.strip() else (title or "")
    in_text = bool(before.strip())
    title_len = 0  # the title's part of the caption (its offsets are not the text's)
    if in_text and cap_start == 0 and title and not mentions_of(caption):
        # only the header (or a lead "Kết quả như sau:") opens the body before the table: the title is its caption too
        caption = title + "\n" + caption
        title_len = len(title) + 1
    rows = block.rows
    header: Optional[list[str]] = None
    ncol = max(len(r.cells) for r in rows)
    if block.header is not None:
        header = [text[a:b] for a, b in block.header]
    elif block.kind == "pipe":
        header, rows = _pipe_header(text, rows, t)
    elif in_text:  # a header line right before rows written one a line: "STT Tỉnh, thành phố Điểm Xếp hạng"
        k = before.rfind("\n") + 1
        hc = _split_header(text, k, len(before), ncol, t, numbered=any(r.number for r in rows), mentions_of=mentions_of)
        header = [text[a:b] for a, b in hc] if hc else None
    if not rows:
        return []
    ncol = max(len(r.cells) for r in rows)
    if block.kind == "items":
        by_year = _year_columns(text, rows, caption, mentions_of, t)
        if by_year:
            return by_year
    scope = caption + " " + " ".join(header or [])
    if topics_rx.search(scope, timeout=t) or (goal_rx is not None and goal_rx.search(caption, timeout=t)):
        return []  # sport, exams; a goal ("mục tiêu vào top 10 …:") lists tasks, not ranks
    cols = (header or []) + [""] * max(0, ncol - len(header or []))
    cell = lambda r, i: text[r.cells[i][0]:r.cells[i][1]] if 0 <= i < len(r.cells) else ""  # noqa: E731
    column = lambda i: [cell(r, i) for r in rows]  # noqa: E731
    rank_cols = [i for i, h in enumerate(cols) if w["rank"].match(h, timeout=t)]
    order_cols = [i for i, h in enumerate(cols) if w["order"].match(h, timeout=t)]
    name_cols = [i for i, h in enumerate(cols) if w["name"].match(h, timeout=t)]
    change_cols = [i for i, h in enumerate(cols) if w["change"].match(h, timeout=t)]
    # "01 (0,727)": a rank with its score in a parenthesis
    rank_cols += [i for i in range(ncol) if i not in rank_cols and all(_RANK_SCORE.match(c, timeout=t) for c in column(i))]
    if block.kind == "items" and any(r.marked for r in rows):
        rank_cols = sorted(set(rank_cols) | {0})  # "Hạng 1 - Quảng Ninh"
    lead_ints = all(_INT.match(cell(r, 0), timeout=t) for r in rows)
    if not order_cols and 0 not in rank_cols and lead_ints and (header is None or not cols[0].strip()):
        order_cols = [0]  # "| 1 | Quảng Ninh | 91,00 |", "1. Quảng Ninh": the leading number is the row's place
    if not name_cols:  # the first column holding words
        name_cols = [next((i for i in range(ncol) if i not in rank_cols + order_cols + change_cols
                           and sum(1 for r in rows if cell(r, i)[:1].isalpha()) * 2 > len(rows)), -1)]
    name_col = name_cols[0]
    if name_col < 0:
        return []
    if block.kind == "items" and not w["component"].search(cols[name_col], timeout=t) and \
            not all(_province(cell(r, name_col), t) or body_rx.match(cell(r, name_col), timeout=t) for r in rows):
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
    provs = sum(1 for r in rows if _province(cell(r, name_col), t))
    if header and not provs and w["rank_any"].search(caption, timeout=t):
        # "Thứ hạng các chỉ số của tỉnh Lâm Đồng:" over "| Chỉ số | 2022 | 2023 |": an index a row
        by_index = _index_rows(text, rows, cols, name_col, caption, mentions_of, None, t)
        if by_index:
            return by_index
    # the units ranked: provinces, else bodies and administrative units ("Ủy ban nhân dân Phường 4", "xã Tân Phú")
    units = provs + sum(1 for r in rows if not _province(cell(r, name_col), t) and body_rx.match(cell(r, name_col).strip(), timeout=t))
    if idx is None and (ranked_caption or rank_cols) and in_text and provs * 2 > len(rows):
        # the index of the lead a little before ("Kết quả PAR INDEX 2023 … như sau." then a heading, then the table)
        ms = mentions_of(text[max(0, cap_start - 400):cap_start])
        idx = ms[-1] if ms else None
    index = idx.index if idx is not None else None
    if index is None:
        if only_index and ranked_caption and provs * 2 > len(rows):
            index = only_index
        elif topic_of is not None and (ranked_caption or rank_cols) and units * 2 > len(rows) and \
                topic_of(caption) is not None:
            # units ranked under a caption naming the index by its topic alone ("kết quả chấm điểm công tác cải
            # cách hành chính năm 2019 đối với 14 phường:" over "| Đơn vị | Điểm | Xếp hạng |")
            index = topic_of(caption)
        else:
            return []
    year = idx.year if idx is not None and idx.year else None
    if year is None:  # the caption's year, not one compared with ("so với năm 2022")
        ys = [int(m.group("y")) for m in _YEAR.finditer(caption, timeout=t)
              if not _line_patterns()[2].search(caption[max(0, m.start() - 20):m.start()], timeout=t)]
        year = ys[-1] if ys else year_of(block.start, index)
    # out of: a count stated for the table ("của 63 tỉnh, thành phố"), not a count of the rows listed
    out_of, count_span = None, None
    for m in w["count"].finditer(caption, timeout=t):
        if not w["not_count"].search(caption[:m.start()], timeout=t) and not w["leaders"].match(caption, m.end(), timeout=t):
            out_of = int(m.group("n"))
            count_span = (cap_start + m.start("n") - title_len, cap_start + m.end("n") - title_len) \
                if in_text and m.start() >= title_len else None
    num_cols = [i for i in range(ncol) if i not in order_cols + rank_cols and i != name_col
                and all(_score(c, t) is not None for c in column(i))]
    whole = [i for i in num_cols if all(_INT.match(c, timeout=t) and not regex.search(r"[.,]", c, timeout=t)
                                        for c in column(i))]
    scores = [[_score(c, t) for c in column(i)] for i in ([i for i in num_cols if i not in whole] or num_cols)]
    # the total is any of the score columns (the last in tables of components)
    falling_cols = [col for col in scores if all(x >= y for x, y in zip(col, col[1:]))]
    falling = bool(falling_cols)
    if not rank_cols and len(rows) >= 3 and falling and len(whole) < len(num_cols):
        # an unlabelled column of whole numbers rising with the rows while the scores fall:
        # "Quảng Ninh | 90,12 | 1", "1 Quảng Ninh 91,00 1"
        for i in whole:
            if header and cols[i].strip() and not w["rank"].match(cols[i], timeout=t):
                continue
            ns = [int(_INT.match(c, timeout=t).group("r")) for c in column(i)]
            if 1 <= ns[0] <= 3 and all(x <= y <= x + 3 for x, y in zip(ns, ns[1:])):
                rank_cols.append(i)
                break
    ranks_said = bool(w["rank_any"].search(caption, timeout=t))
    if not rank_cols and ranks_said and header:
        # "Thứ hạng các chỉ số của các tỉnh năm 2023:" over "| Tỉnh | PAR INDEX | SIPAS |" (or "| Tỉnh | 2022 |
        # 2023 |"): a column of whole numbers headed by an index (a year) holds its ranks
        rank_cols = [i for i in whole if (mentions_of(cols[i]) or _YEAR.search(cols[i], timeout=t))
                     and all(1 <= int(_INT.match(c, timeout=t).group("r")) <= (out_of or 63) for c in column(i))]
    # the components of one province ranked in the rows ("| Chỉ số thành phần | Điểm | Xếp hạng |"),
    # that province the one named in the caption
    components = not provs and not w["name"].match(cols[name_col], timeout=t) and \
        (w["component"].search(cols[name_col], timeout=t) is not None or w["component"].search(caption, timeout=t) is not None) \
        and not any(body_rx.match(cell(r, name_col), timeout=t) for r in rows)
    lead = caption.rsplit("\n", 1)[-1]
    cap_provs = {p.name for _, _, p in find_places(lead, t) if p.kind == "province"} if components else set()
    owner = next(iter(cap_provs)) if len(cap_provs) == 1 else None
    # the rank columns (each with its year and index), else the row's order when the caption ranks the rows
    sources: list[tuple[int, Optional[int], Optional[str]]] = []  # (column, year, index)
    for k, i in enumerate(rank_cols):
        hy = _YEAR.search(cols[i], timeout=t)
        hm = mentions_of(cols[i])
        if not hm:  # "| PAR INDEX 2023 | Xếp hạng | SIPAS 2023 | Xếp hạng |": the index of the cells on its left
            lo = rank_cols[k - 1] + 1 if k else 0
            for j in range(i - 1, lo - 1, -1):
                hm = mentions_of(cols[j])
                if hm:
                    break
            if hm and hy is None and hm[0].year is None:
                hy = _YEAR.search(cols[j], timeout=t)
        col_year = int(hy.group("y")) if hy else (hm[0].year if hm and hm[0].year else None)
        sources.append((i, col_year, hm[0].index if hm else None))
    if not sources:
        # the row's order ranks the rows under a ranking caption, or when every row names a province (or a
        # body, under an index named: "| STT | Huyện | Chỉ số CCHC 2017 |") and the scores fall
        # ("Kết quả PAR INDEX 2023 của 63 tỉnh:" then "1 Quảng Ninh 91,00")
        if w["measure"].search(caption, timeout=t):
            return []  # rows in the order of a rate or a count ("Tỷ lệ hồ sơ …", "Số thủ tục …"), not of the index
        bodies = sum(1 for r in rows if body_rx.match(cell(r, name_col).strip(), timeout=t))  # "Huyện A", "Sở B"
        if not ranked_caption and not (order_cols and falling and len(rows) >= 3 and provs + bodies == len(rows)
                                       and (provs == len(rows) or idx is not None and not idx.topic)
                                       and all(v <= 100 for v in falling_cols[0])  # index scores, not amounts
                                       and not _alphabetical([cell(r, name_col) for r in rows])):
            return []  # (rows listed by name, whose scores fall by chance, are numbered, not ranked)
        if scores and not falling:
            return []  # scores that rise are not in rank order
        if not order_cols and not w["in_order"].search(caption, timeout=t):
            return []  # no number written in the rows: their place is a rank only when the caption lists them in order
        sources.append((order_cols[0] if order_cols else -1, None, None))
    # "Thứ hạng DTI 2023 và các trụ cột …" over "| Tỉnh | Chính quyền số | Kinh tế số | … | Xếp hạng DTI |": a column
    # of whole numbers headed by a component's name holds that component's ranks
    comp_cols = []
    if header and ranks_said and provs * 2 > len(rows) and w["component"].search(caption, timeout=t):
        taken = {c for c, _, _ in sources} | set(order_cols) | {name_col} | set(change_cols)
        comp_cols = [i for i in whole if i not in taken and cols[i].strip() and not _header_word(cols[i], t)
                     and not mentions_of(cols[i]) and all(1 <= int(_INT.match(c, timeout=t).group("r")) <= (out_of or 63)
                                                          for c in column(i))]
    # a change column is the change of the rank column of the latest year ("Xếp hạng 2022 | Xếp hạng 2023 | Tăng/giảm"),
    # else of the first
    dated = [y for _, y, _ in sources]
    changed = dated.index(max(dated)) if len(dated) > 1 and all(dated) and len(set(dated)) == len(dated) else 0
    out: list[TableRank] = []
    for k, r in enumerate(rows):
        name = cell(r, name_col)
        for i in comp_cols:
            m = _INT.match(cell(r, i), timeout=t)
            a = r.cells[i][0] + m.start("r")
            out.append(TableRank(a, r.cells[i][0] + m.end("r"), index, int(m.group("r")), out_of, year, None,
                                 _province(name, t), True, cols[i].strip()))
        subject = _province(name, t)
        component = name.strip() if components and name.strip() else None
        subject = owner if component else subject
        link = bool(component) and owner is None
        for j, (col, col_year, col_index) in enumerate(sources):
            if col >= 0:
                m = _INT.match(cell(r, col), timeout=t)
                if not m:
                    continue
                rank, of = int(m.group("r")), int(m.group("o")) if m.group("o") else out_of
                a = r.cells[col][0] + m.start("r")
                b = r.cells[col][0] + (m.end("o") if m.group("o") else m.end("r"))
                claim = True
            else:
                a, b = r.cells[name_col]
                rank, of, claim = k + 1, out_of, False
            if of is not None and not 0 < rank <= of:
                continue
            change = None
            if j == changed and change_cols:
                change = _change(cell(r, change_cols[0]), t)
            elif j == 0 and r.change is not None:
                change = _change(text[r.change[0]:r.change[1]], t)
            out.append(TableRank(a, b, col_index or index, rank, of, col_year or year, change, subject, claim,
                                 component, link))
    if out and count_span and any(r.out_of == out_of for r in out):
        out_of_spans.append(count_span)
    return out


def _index_rows(text: str, rows: list, cols: list, name_col: int, caption: str, mentions_of: Callable,
                out_of: Optional[int], t: float) -> list:
    """A table of one province's ranks, an index a row and a year a column (``| Chỉ số | 2022 | 2023 |``
    then ``| PAR INDEX | 15 | 12 |``) under a caption saying they are ranks: one ranking a cell, of
    the province the caption names (else the article's)."""
    years = [(i, int(m.group("y"))) for i, h in enumerate(cols) if i != name_col
             for m in [_YEAR.search(h, timeout=t)] if m]
    if not years:
        return []
    cell = lambda r, i: text[r.cells[i][0]:r.cells[i][1]] if 0 <= i < len(r.cells) else ""  # noqa: E731
    names = [mentions_of(cell(r, name_col)) for r in rows]
    if not all(names):
        return []
    provs = {p.name for _, _, p in find_places(caption.rsplit("\n", 1)[-1], t) if p.kind == "province"}
    owner = next(iter(provs)) if len(provs) == 1 else None
    out = []
    for r, ms in zip(rows, names):
        for i, year in years:
            m = _INT.match(cell(r, i), timeout=t)
            if not m:
                continue
            rank, of = int(m.group("r")), int(m.group("o")) if m.group("o") else out_of
            if of is not None and not 0 < rank <= of:
                continue
            a = r.cells[i][0] + m.start("r")
            b = r.cells[i][0] + (m.end("o") if m.group("o") else m.end("r"))
            out.append(TableRank(a, b, ms[0].index, rank, of, year, None, owner, True, link=owner is None))
    return out


def _year_columns(text: str, rows: list, caption: str, mentions_of: Callable, t: float) -> list:
    """One province's ranks over the years, one row a line: ``Năm 2023 2022 2021`` over ``PCI 67,80 62,31
    63,90`` and ``Xếp hạng 20 55 37``: one ranking a year, of the index of a row (else of the caption) and
    of the province the caption names (else the article's)."""
    cell = lambda r, i: text[r.cells[i][0]:r.cells[i][1]] if 0 <= i < len(r.cells) else ""  # noqa: E731
    yrow = next((r for r in rows if (r.years or regex.fullmatch(r"\s*(?i:năm)\s*", cell(r, 1), timeout=t)) and len(r.cells) >= 4
                 and all(_YEAR.fullmatch(cell(r, i).strip(), timeout=t) for i in range(2, len(r.cells)))), None)
    if yrow is None:
        return []
    rank_w = _words()["rank"]
    rrow = next((r for r in rows if r is not yrow and rank_w.match(text[r.cells[1][0]:r.cells[2][0]], timeout=t)
                 and len(cell(r, 1).split()) <= 3 and len(r.cells) == len(yrow.cells)), None)
    if rrow is None:
        return []
    idx = next((ms[0] for r in rows for ms in [mentions_of(cell(r, 1))] if ms), None)
    if idx is None:
        ms = mentions_of(caption)
        idx = ms[-1] if ms else None
    if idx is None:
        return []
    provs = {p.name for _, _, p in find_places(caption.rsplit("\n", 1)[-1], t) if p.kind == "province"}
    owner = next(iter(provs)) if len(provs) == 1 else None
    out = []
    for i in range(2, len(rrow.cells)):
        m = _INT.match(cell(rrow, i), timeout=t)
        if not m or not 0 < int(m.group("r")) <= 63:
            continue
        a = rrow.cells[i][0] + m.start("r")
        out.append(TableRank(a, rrow.cells[i][0] + m.end("r"), idx.index, int(m.group("r")), None,
                             int(cell(yrow, i)), None, owner, True, link=owner is None))
    return out


_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))  # the tone marks (not ă â ê ô ơ ư's)


def _alphabetical(names: list) -> bool:
    """Whether four names or more are listed in alphabetical order (a table sorted by name, whose order
    number is no rank): letters compared without tone marks, ``đ`` after ``d``."""
    if len(names) < 4:
        return False
    keys = [unicodedata.normalize("NFD", n.casefold()).translate(_TONES).replace("đ", "d\uffff") for n in names]
    return all(x < y for x, y in zip(keys, keys[1:]))


def _change(s: str, t: float) -> Optional[int]:
    m = _CHANGE.match(s, timeout=t)
    if not m:
        return None
    sign = (m.group("sign") or "").strip()
    n = int(m.group("n"))
    if sign in ("-", "−", "↓", "▼") or (sign and _words()["down"].match(sign, timeout=t)):
        return -n
    return n


@lru_cache(maxsize=1)
def _grades() -> frozenset:
    return frozenset(w.casefold() for w in load("indices")["rank_tables"]["row_grades"])


@lru_cache(maxsize=1)
def _cell_names() -> dict:
    return {k.casefold(): v for k, v in load("indices")["rank_tables"]["cell_names"].items()}


def _province(name: str, t: float) -> Optional[str]:
    alone = _cell_names().get(name.strip(" .,").casefold())  # "Hồ Chí Minh" alone in a cell is the city
    if alone:
        return alone
    places = [(a, b, p) for a, b, p in find_places(name, t) if p.kind == "province"]
    if not places and name[:1].isupper() and len(name.split()) <= 4 and name.title() != name:
        # a cell written "Hà nội": the name with its words in capitals
        places = [(a, b, p) for a, b, p in find_places(name.title(), t) if p.kind == "province"]
    if len(places) != 1:
        return None
    a, b, p = places[0]
    rest = (name[:a] + name[b:]).strip(" .,")
    return p.name if not rest or regex.fullmatch(r"(?i:tỉnh|thành phố|TP\.?)", rest, timeout=t) else None
