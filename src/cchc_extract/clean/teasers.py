"""Clean stage: teasers and glued text.

Search teasers and headline bleed (cut-off copies of other lines), captions and headlines glued
to the text, markdown link lines, and the folded letters that compare two lines' heads.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from .. import rx as regex
from .linerules import _classify, _date_in, _nwords, _prose
from .shapes import _casefold, _word_key
from .captions import _CUT_OFF, _headline_shaped
from .blocks import _Keys


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
                    from ..pagekind import site_suffix

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
