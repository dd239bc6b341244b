"""Literal gates: what a text must contain for a pattern to match anywhere in it.

Most of the package's patterns are alternations of words run on every sentence, and most
sentences hold none of those words; the ``regex`` engine still tries every position. A gate is
derived from the pattern's text: clauses, each a set of strings one of which every match must
contain (the words of an alternation, a literal run such as ``xếp hạng``), or a digit for a
pattern that cannot match without one. When a text fails a clause, the pattern cannot match
anywhere in it, and ``search``/``finditer``/``findall`` answer without scanning.

The clauses are checked on the text case-folded (:func:`fold`), so that they hold for
case-insensitive patterns too: every character the ``regex`` module matches to a literal
character under ``IGNORECASE`` folds to what that character folds to (``tests/test_fast_paths.py``
checks this over every code point for the characters of the gates). The derivation reads the
pattern with Python's own parser (``re._parser``) after writing the ``regex``-only notations it
knows in ``re``'s terms (``\\p{…}`` as ``\\w``, ``(?|`` as ``(?:``); anything else it cannot read
for sure (fuzzy matching, POSIX classes, verbose or version-1 patterns) gets no gate. Only what is
certainly consumed by every match becomes a clause; the rest of the pattern is left out, which can
only let more texts through to the engine.

The engine scans a text position by position when a pattern does not start with one literal (an
alternation of words, a lookbehind first). :func:`starts` derives the strings every match starts
with (through optional parts, groups and branches, up to six characters); a gated ``search`` or
``finditer`` then finds where they are in the (folded) text with an automaton and tries the
pattern only there, with ``match`` at each such position after the end of the last match (what
the engine's own scan does at those positions, lookbehinds seeing the text before them). A text
whose folding changes its length, or with starts at more than a third of its positions, is left
to the engine, and so are a pattern's first 64 texts (a process that uses a pattern a few times
builds no automaton for it).
"""
from __future__ import annotations

import warnings
from itertools import starmap
from operator import add
from typing import Optional

import regex as _base

DIGIT = "\x00digit"          # a clause member: any character regex's \d matches
START_DIGIT = "\x00d"        # a start: a match may start at any character regex's \d matches
START_BEGIN = "\x00^"        # a start: a match may start at the beginning of the text
START_LINE = "\x00n"         # a start: a match may start at the beginning of the text or of a line
_START_MARKS = (START_DIGIT, START_BEGIN, START_LINE)
_MAXSET = 48                 # the most strings a finite run may hold
_MAXCLAUSE = 2000            # the most strings a clause may hold (a large one is an automaton)
_AUTOMATON = 8               # clauses of more strings are checked with an Aho-Corasick automaton
_MIN_TEXT = 24               # shorter texts are scanned without a gate (the check costs more)
# İ and ı: regex's IGNORECASE matches them to i/I; casefold does not. U+1DF95: newer releases of
# regex (a newer Unicode than this Python's) match it to ß/ẞ, which casefold to "ss"
_FIX = {0x130: "i", 0x131: "i", 0x1DF95: "ss"}
_DIGIT_RX = _base.compile(r"\d")
_FLAGS_OK = _base.I | _base.M | _base.S | _base.U | _base.A | _base.V0
_READING: list = []  # the patterns that read a pattern's text, compiled when one is first derived


def _reading():
    """(inline flags, fuzzy matching, an inline (?i) or (?i:…), a POSIX class): a process whose
    patterns all come from the store derives no gate, and compiles none of these."""
    if not _READING:
        _READING.extend((_base.compile(r"\(\?([a-zA-Z0-9-]+)[:)]"), _base.compile(r"\{\s*\d*\s*(?:<=?\s*)?[eisd]"),
                         _base.compile(r"\(\?[a-hj-zA-Z]*i"), _base.compile(r"\[:\^?[A-Za-z]+:\]")))
    return _READING


def fold(text: str) -> str:
    """The text as the clauses of a case-insensitive pattern are checked on: case-folded, with
    İ and ı as i and U+1DF95 as ss (``_FIX``)."""
    if "\u0130" in text or "\u0131" in text or "\U0001df95" in text:  # _FIX's characters
        text = text.translate(_FIX)
    return text.casefold()


def _same(text: str) -> str:
    return text


def _to_re(pattern: str) -> Optional[str]:
    """The pattern in ``re``'s notation, or None when it uses what ``re`` would read otherwise."""
    inline, fuzzy, _, posix = _reading()
    if fuzzy.search(pattern) or posix.search(pattern):
        return None
    for m in inline.finditer(pattern):
        if not set(m.group(1)) <= set("imsua-"):
            return None
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            d = pattern[i + 1]
            if d in "pP":
                j = i + 2
                if j < n and pattern[j] == "{":
                    k = pattern.find("}", j)
                    if k < 0:
                        return None
                    i = k + 1
                elif j < n and pattern[j].isalpha():
                    i = j + 1
                else:
                    return None
                out.append("\\w")  # a class of letters: never a literal of a gate
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if pattern.startswith("(?|", i):
            out.append("(?:")
            i += 3
            continue
        if pattern.startswith(("(?<", "(?P<"), i):  # a named group: unnamed (regex allows a name twice)
            j = i + (3 if pattern[i + 2] == "<" else 4)
            if j < n and pattern[j] not in "=!":
                k = pattern.find(">", j)
                if k < 0:
                    return None
                out.append("(")
                i = k + 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _product(a: set, b: set) -> Optional[set]:
    if len(a) * len(b) > _MAXSET * 4:
        return None
    out = {x + y for x in a for y in b}
    return out if len(out) <= _MAXSET else None


class _Deriver:
    def __init__(self, c) -> None:
        self.c = c  # re._constants
        none = object()  # (Python 3.10 has no atomic groups nor possessive repeats)
        self.atomic = getattr(c, "ATOMIC_GROUP", none)
        self.repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", none))

    def exact(self, items) -> Optional[set]:
        """The finite set of strings a sequence matches, when it is small."""
        out = {""}
        for op, av in items:
            s = self.exact_node(op, av)
            if s is None:
                return None
            out = _product(out, s)
            if out is None:
                return None
        return out

    def exact_node(self, op, av) -> Optional[set]:
        c = self.c
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            chars = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] < 16:
                    chars.update(chr(x) for x in range(a[0], a[1] + 1))
                else:
                    return None
            return chars if 0 < len(chars) <= _MAXSET else None
        if op is c.SUBPATTERN:
            return self.exact(av[3])
        if op is self.atomic:
            return self.exact(av)
        if op is c.BRANCH:
            out: set = set()
            for b in av[1]:
                s = self.exact(b)
                if s is None:
                    return None
                out |= s
                if len(out) > _MAXSET:
                    return None
            return out
        if op in self.repeats:
            lo, hi, p = av
            if hi is c.MAXREPEAT or hi > 3:
                return None
            s = self.exact(p)
            if s is None:
                return None
            out, power = set(), {""}
            for k in range(hi + 1):
                if k >= lo:
                    out |= power
                if k < hi:
                    power = _product(power, s)
                    if power is None:
                        return None
            return out if len(out) <= _MAXSET else None
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}  # zero-width: the text around it is still contiguous
        return None

    begin_ok = False  # ``^`` is the beginning of the text only (no MULTILINE anywhere)

    def starts(self, items, need: int = 6) -> Optional[set]:
        """Non-empty strings one of which every match of the sequence starts with (up to ``need``
        characters long), or None. Two marks stand for starts no string says: :data:`START_DIGIT`
        (a match starting with ``\\d``), :data:`START_BEGIN` (a match at ``^`` or ``\\A``) and
        :data:`START_LINE` (a match at ``^`` where MULTILINE may hold: the beginning of a line)."""
        c = self.c
        items = list(items)
        run = {""}
        for i, (op, av) in enumerate(items):
            if op is c.AT and run == {""} and (av is c.AT_BEGINNING_STRING or
                                               (av is c.AT_BEGINNING and self.begin_ok)):
                return {START_BEGIN}
            if op is c.AT and run == {""} and av is c.AT_BEGINNING:
                return {START_LINE}  # ``^`` under MULTILINE somewhere: the beginning of a line (or of the text)
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: the match starts where the next item starts
            if "" not in run and min(map(len, run)) >= need:
                return run
            s = self.exact_node(op, av)
            if s is not None:
                joined = _product(run, s)
                if joined is not None:
                    run = joined
                    continue
            # what follows, from this item on: a branch or a group is read with the items after it
            rest = None
            if op is c.IN and av and all(o is c.CATEGORY and a is c.CATEGORY_DIGIT for o, a in av):
                rest = {START_DIGIT}
            elif op is c.SUBPATTERN:
                rest = self.starts(list(av[3]) + items[i + 1:], need)
            elif op is self.atomic:
                rest = self.starts(list(av) + items[i + 1:], need)
            elif op is c.BRANCH:
                rest = set()
                for b in av[1]:
                    sb = self.starts(list(b) + items[i + 1:], need)
                    if sb is None:
                        rest = None
                        break
                    rest |= sb
                    if len(rest) > _MAXSTARTS:
                        rest = None
                        break
            elif op in self.repeats:
                lo, _, body = av
                # (the first repetition only: another may follow it, not what comes after)
                rest = self.starts(list(body), need) if lo >= 1 else None
                if lo == 0:  # none of it, or once at least
                    once, after = self.starts(list(body), need), self.starts(items[i + 1:], need)
                    rest = None if once is None or after is None else once | after
            if rest is None:
                return run if "" not in run else None
            if run != {""} and any(b in _START_MARKS for b in rest):
                return run if "" not in run else None  # after a string, a mark adds nothing
            joined = {(a + b)[:need] for a in run for b in rest} if len(run) * len(rest) <= _MAXSTARTS else None
            if joined is None:
                return run if "" not in run else None
            return joined
        return run if "" not in run else None

    def need(self, items) -> list:
        """Clauses every match of the sequence satisfies."""
        clauses: list = []
        run = {""}

        def flush(r) -> None:
            if "" not in r:
                clauses.append(frozenset(r))

        for op, av in items:
            s = self.exact_node(op, av)
            if s is not None:
                joined = _product(run, s)
                if joined is not None:
                    run = joined
                else:
                    flush(run)
                    run = s
                continue
            flush(run)
            run = {""}
            clauses.extend(self.need_node(op, av))
        flush(run)
        return clauses

    def need_node(self, op, av) -> list:
        c = self.c
        if op is c.IN:
            if all(o is c.CATEGORY and a is c.CATEGORY_DIGIT for o, a in av):
                return [frozenset((DIGIT,))]
            return []
        if op is c.SUBPATTERN:
            return self.need(av[3])
        if op is self.atomic:
            return self.need(av)
        if op is c.BRANCH:
            # a clause of each branch, joined, is a clause of the alternation: the best one of
            # each, and (when every branch has one) the best of the strings alone
            unions: list = [set(), set()]
            for b in av[1]:
                cl = self.need(b)
                if not cl:
                    return []
                words = [c for c in cl if DIGIT not in c]
                for u, pick in zip(unions, (cl, words)):
                    if u is None:
                        continue
                    if not pick:
                        unions[1] = None
                        continue
                    u |= _best(pick)
                    if len(u) > _MAXCLAUSE:
                        u.intersection_update(_minimal(u))
                if len(unions[0]) > _MAXCLAUSE:
                    return []
                if unions[1] is not None and len(unions[1]) > _MAXCLAUSE:
                    unions[1] = None
            return [_minimal(u) for u in unions if u]
        if op in self.repeats:
            lo, _, p = av
            return self.need(p) if lo >= 1 else []
        return []


def _minimal(clause, f=_same) -> frozenset:
    """The clause (through f), without the strings that hold a shorter one of it (that one suffices)."""
    cl = {s if s == DIGIT else f(s) for s in clause}
    return frozenset(s for s in cl if s == DIGIT or not any(o != s and o != DIGIT and o in s for o in cl))


def _score(clause) -> tuple:
    return (min(2 if s == DIGIT else len(s) for s in clause), -len(clause))


def _best(clauses) -> frozenset:
    return max((_minimal(c) for c in clauses), key=_score)


_PARSED: tuple = (None, None)  # the last pattern read, and what it read to (derive, then starts)


def _parse(pattern: str):
    """(re's constants, the pattern read by re's parser in re's notation), or None."""
    global _PARSED
    last = _PARSED  # one tuple, replaced whole: another thread's pattern is never read as this one
    if last[0] == pattern:
        return last[1]
    out = None
    src = _to_re(pattern)
    if src is not None:
        try:
            from re import _constants as c, _parser as parser
        except ImportError:  # Python before 3.11
            try:
                import sre_constants as c
                import sre_parse as parser
            except ImportError:
                c = None
        if c is not None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    out = (c, parser.parse(src, 0))
            except Exception:  # noqa: BLE001 - regex-only syntax: no gate
                out = None
    _PARSED = (pattern, out)
    return out


def _readable(pattern: str, flags: int) -> Optional[tuple]:
    """The parsed pattern a gate or its starts are derived from, or None when it cannot be read."""
    if not isinstance(pattern, str) or flags & ~_FLAGS_OK:
        return None
    return _parse(pattern)


def derive(pattern: str, flags: int = 0) -> Optional[tuple]:
    """The gate of a pattern: a tuple of clauses (tuples of strings, folded, or :data:`DIGIT`),
    or None when none is known."""
    read = _readable(pattern, flags)
    if read is None:
        return None
    c, parsed = read
    try:
        clauses = _Deriver(c).need(list(parsed))
    except Exception:  # noqa: BLE001 - a tree this reading does not know: no gate
        return None
    folded = bool(flags & _base.I) or _reading()[2].search(pattern) is not None
    seen, out = set(), ["f" if folded else "r"]
    for cl in sorted((_minimal(cl, fold if folded else _same) for cl in clauses), key=_score, reverse=True):
        if cl in seen or any(s == "" for s in cl):
            continue
        seen.add(cl)
        # the longest strings first: the likeliest to be absent
        out.append(tuple(sorted(cl, key=lambda s: (s == DIGIT, -len(s), s))))
        if len(out) == 4:
            break
    return tuple(out) if len(out) > 1 else None


def starts(pattern: str, flags: int = 0) -> Optional[tuple]:
    """Where a match of a gated pattern can start: ``("f" or "r", strings…)``, every match
    starting with one of the strings (case-folded for ``"f"``, checked on the folded text), or
    None. Only for patterns the engine scans position by position (an alternation of words, a
    lookbehind first): two strings or more."""
    read = _readable(pattern, flags) if "\\G" not in str(pattern) else None
    if read is None:
        return None
    c, parsed = read
    deriver = _Deriver(c)
    deriver.begin_ok = not flags & _base.M and _MULTILINE_RX.search(pattern) is None
    try:
        found = deriver.starts(list(parsed), _START_LEN)
    except Exception:  # noqa: BLE001 - a tree this reading does not know: no starts
        return None
    if not found:
        return None
    folded = bool(flags & _base.I) or _reading()[2].search(pattern) is not None
    out, marks = set(), set()
    for w in found:
        if w in _START_MARKS:
            marks.add(w)
            continue
        if w.startswith("\x00"):
            return None  # a literal start that reads as a mark: none
        f = fold(w) if folded else w
        if len(f) != len(w):
            return None  # one character folded to two: positions would not match the text's
        out.add(f[:_START_LEN])
    out = {w for w in out if not any(o != w and w.startswith(o) for o in out)}  # the shortest suffices
    if len(out) + len(marks) < 2:
        return None  # one string: the engine's own search for it is fast
    if START_DIGIT in marks and len(out) < _DIGIT_MARK_MIN:
        return None  # every digit a candidate: the engine's own scan is faster, but past many words
    return ("f" if folded else "r",) + tuple(sorted(out)) + tuple(sorted(marks))


_DIGIT_MARK_MIN = 8  # the fewest strings a pattern with a digit start keeps its starts with


_MULTILINE_RX = _base.compile(r"\(\?[a-zA-Z\-]*m")  # an inline MULTILINE (or its removal: read alike)


def valid_starts(st) -> bool:
    """Whether stored starts have the shape :func:`starts` gives."""
    return st is None or (type(st) is tuple and len(st) >= 3 and st[0] in ("f", "r") and _strings(st[1:]))


_START_LEN = 6  # the longest start kept (longer ones only cost automaton states)
_MAXSTARTS = 4000  # the most starts a pattern may have
_CANDIDATES = 3  # candidates at more than one position in this many: the engine scans instead
_WARM = 64  # the engine scans the first texts of a pattern (its automaton is built after them)


def _candidates(st: list, e: list):
    """The sorted positions where a match may start, or None (the engine scans): the starts
    found in the text, folded when they are (a text whose folding changes its length is
    scanned by the engine), its digits, its beginning and the beginnings of its lines when the
    starts' marks say so."""
    text = e[0]
    if st[1]:
        if st[0]:
            f = e[1]
            if f is None:
                f = e[1] = fold(text)
            if len(f) != len(text):
                return None
        else:
            f = text
        auto = st[2]
        if auto is None:
            st[3] += 1
            if st[3] < _WARM:
                return None  # a pattern a process uses a few times is not worth its automaton
            auto = st[2] = _start_automaton(st[1])
        found = set(starmap(add, auto.iter(f)))  # each found string's end plus (1 - its length)
    else:
        found = set()
    if st[4]:
        if e[2] is None:
            e[2] = _DIGIT_RX.search(text) is not None
        if e[2]:
            found.update(m.start() for m in _DIGIT_RX.finditer(text))
    if st[5]:
        found.add(0)
    if st[6]:
        found.add(0)
        i = text.find("\n")
        while i >= 0:
            found.add(i + 1)
            i = text.find("\n", i + 1)
    if len(found) * _CANDIDATES > len(text):
        return None
    return sorted(found)


def _window_candidates(st: list, text: str, pos, endpos):
    """:func:`_candidates` between ``pos`` and ``endpos`` (a search in a window: the fold of the
    window only), or None (the engine scans)."""
    n = len(text)
    pos = 0 if pos is None else pos
    endpos = n if endpos is None else endpos
    if type(pos) is not int or type(endpos) is not int or pos < 0 or endpos < 0:
        return None  # regex's own reading of these
    endpos = min(endpos, n)
    if pos >= endpos:
        return None
    w = text[pos:endpos]
    if st[1]:
        f = fold(w) if st[0] else w
        if len(f) != len(w):
            return None
        auto = st[2]
        if auto is None:
            st[3] += 1
            if st[3] < _WARM:
                return None
            auto = st[2] = _start_automaton(st[1])
        found = set(map(pos.__add__, starmap(add, auto.iter(f))))
    else:
        found = set()
    if st[4]:
        found.update(pos + m.start() for m in _DIGIT_RX.finditer(w))
    if st[5] and pos == 0:
        found.add(0)
    if st[6]:
        found.add(pos)  # (whether ``^`` holds at ``pos`` is the engine's to say)
        i = w.find("\n")
        while i >= 0:
            found.add(pos + i + 1)
            i = w.find("\n", i + 1)
    if len(found) * _CANDIDATES > len(w):
        return None
    return sorted(found)


def _matches(p, string, cands, concurrent, timeout, endpos=None):
    """``p.finditer(string, …, endpos)`` when every match starts at one of ``cands``: a match
    tried at each candidate after the end of the last one (the text before a candidate is seen
    by lookbehinds as the engine's own scan sees it)."""
    end = 0
    for c in cands:
        if c < end:
            continue
        m = p.match(string, c, endpos, concurrent, False, timeout)
        if m is not None:
            end = m.end()
            yield m


def _first(p, string, cands, concurrent, timeout, endpos=None):
    """``next(_matches(…), None)``: the first match at a candidate (a search), without a generator."""
    match = p.match
    for c in cands:
        m = match(string, c, endpos, concurrent, False, timeout)
        if m is not None:
            return m
    return None


_cache: dict = {}  # text -> [text, folded text or None, has a digit or None]
_MIN_WINDOW = 256  # a search between pos and endpos closer than this is not gated
_CACHE_MAX = 100_000  # longer texts are not kept (each call folds what it reads)
_CACHE_ENTRIES = 4096  # the sentences of a document, which every extractor reads in turn


def _facts(text: str) -> list:
    if len(text) > _CACHE_MAX:
        return [text, None, None]
    e = _cache.get(text)  # by value: each extractor slices its own copy of a sentence
    if e is None:
        if len(_cache) >= _CACHE_ENTRIES:
            _cache.clear()
        e = _cache[text] = [text, None, None]
    return e


def has_digit(text: str) -> bool:
    """Whether the text has a character regex's ``\\d`` matches (kept for the text, as the gates
    ask it)."""
    e = _facts(text)
    if e[2] is None:
        e[2] = _DIGIT_RX.search(text) is not None
    return e[2]


def compiled(gate: tuple) -> tuple:
    """The gate as :func:`passes` checks it: whether the text is folded, then the clauses as
    [a digit suffices, the strings, their Aho-Corasick automaton when there are many (built on
    first use: a new process pays only for the gates its documents reach)]."""
    return gate[0] == "f", tuple([DIGIT in clause, tuple(s for s in clause if s != DIGIT), None]
                                 for clause in gate[1:])


def _automaton(strs: tuple):
    import ahocorasick

    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for s in strs:
        auto.add_word(s)
    auto.make_automaton()
    return auto


def _start_automaton(strs: tuple):
    """An automaton of the starts whose value for each string is 1 minus its length: a match's
    end plus its value is where the string starts (summed in C, not in a loop of Python)."""
    import ahocorasick

    auto = ahocorasick.Automaton(ahocorasick.STORE_ANY)
    for s in strs:
        auto.add_word(s, 1 - len(s))
    auto.make_automaton()
    return auto


def passes(gate: tuple, text: str, pos=None, endpos=None) -> bool:
    """False only when no match of the pattern of this (:func:`compiled`) gate can be in the
    text, or between ``pos`` and ``endpos`` as ``search`` reads them (every clause string lies
    inside a match: what lookarounds see outside it is never a clause)."""
    if pos is not None or endpos is not None:
        n = len(text)
        if pos is None:
            pos = 0
        if endpos is None:
            endpos = n
        if type(pos) is not int or type(endpos) is not int or pos < 0 or endpos < 0:
            return True  # regex's own reading of these: leave it the scan
        if pos > 0 or endpos < n:
            if min(endpos, n) - pos < _MIN_WINDOW:
                return True  # a short window: scanning it costs less than checking it
            return _passes(gate, [text[pos:endpos], None, None])
    return _passes(gate, _facts(text))


def _passes(gate: tuple, e: list) -> bool:
    text = e[0]
    folded, checks = gate
    f = None
    for check in checks:
        has_digit, strs, auto = check
        if has_digit:
            if e[2] is None:
                e[2] = _DIGIT_RX.search(text) is not None
            if e[2]:
                continue
        if f is None:
            if folded:
                f = e[1]
                if f is None:
                    f = e[1] = fold(text)
            else:
                f = text
        if auto is None and len(strs) > _AUTOMATON:
            auto = check[2] = _automaton(strs)
        if auto is not None:
            for _ in auto.iter(f):
                break
            else:
                return False
            continue
        for s in strs:
            if s in f:
                break
        else:
            return False
    return True


def _digit_of(e: list) -> bool:
    d = e[2]
    if d is None:
        d = e[2] = _DIGIT_RX.search(e[0]) is not None
    return d


def _fold_of(e: list) -> str:
    f = e[1]
    if f is None:
        f = e[1] = fold(e[0])
    return f


def _any_of(check: list, f: str) -> bool:
    auto = check[2]
    if auto is None:
        auto = check[2] = _automaton(check[1])
    for _ in auto.iter(f):
        return True
    return False


def checker(gate: tuple):
    """:func:`_passes` for one (:func:`compiled`) gate as a function of the text's entry,
    written out for its clauses (the strings as constants: no loop over the clauses and their
    strings for each text, the gate's most frequent work). The same answer, in the same order
    of checks: a clause's digit first, then its strings (on the folded text for a folded gate)."""
    folded, checks = gate
    body = []
    env = {"_digit_of": _digit_of, "_fold_of": _fold_of, "_any_of": _any_of, "C": checks}
    have_f = False
    for k, (has_digit, strs, _) in enumerate(checks):
        indent = "    "
        if has_digit:
            body.append("    if not _digit_of(e):")
            indent = "        "
        if not have_f and strs:
            body.append(indent + ("f = _fold_of(e)" if folded else "f = e[0]"))
            have_f = not has_digit  # a digit clause may skip this assignment: assign again after
        if len(strs) > _AUTOMATON:
            cond = f"_any_of(C[{k}], f)"
        elif strs:
            cond = " or ".join(f"{s!r} in f" for s in strs)
        else:
            cond = "False"
        body.append(f"{indent}if not ({cond}):")
        body.append(f"{indent}    return False")
    body.append("    return True")
    code = "def check(e):\n" + "\n".join(body) + "\n"
    exec(compile(code, "<gate>", "exec"), env)  # noqa: S102 - the gate's own strings, as repr() constants
    return env["check"]


_NOTHING = iter(())  # what a refused finditer returns (an exhausted iterator stays exhausted)


_PATTERN_SLOTS = ("match", "fullmatch", "sub", "subn", "split", "splititer", "scanner", "pattern",
                  "flags", "groups", "groupindex", "named_lists")


class Gated:
    """A compiled pattern whose ``search``/``finditer``/``findall`` first check its gate;
    everything else is the pattern's own.

    Made with ``load`` (a function giving the pattern) instead of the pattern, it builds the
    pattern the first time anything but the gate is asked of it: a pattern from the store whose
    gate refuses every text of a process's documents is never built (building a stored pattern
    costs about 40 µs, and a new process holds about 500 of them). Until then its slots are
    empty, and an empty slot is what sends Python to ``__getattr__``, which fills them all: after
    that, every call goes straight to the pattern's own methods, as for a pattern given at once."""

    __slots__ = ("_p", "_gate", "_check", "_uses", "_starts", "_load") + _PATTERN_SLOTS

    def __init__(self, p, gate: tuple, starts: Optional[tuple] = None, load=None) -> None:
        self._gate = compiled(gate)
        self._check = None  # :func:`checker`, written once the gate has been asked _WARM times
        self._uses = 0
        # where a match can start (:func:`starts`): [folded, strings, automaton, texts before it,
        # at digits, at the beginning, at the beginning of a line]
        self._starts = [starts[0] == "f", tuple(w for w in starts[1:] if w not in _START_MARKS), None, 0,
                        START_DIGIT in starts, START_BEGIN in starts, START_LINE in starts] if starts else None
        if p is None and load is not None:
            self._load = load
        else:
            self._load = None
            self._fill(p)

    def _fill(self, p) -> None:
        for n in _PATTERN_SLOTS:
            object.__setattr__(self, n, getattr(p, n))
        self._p = p

    def __getattr__(self, name: str):
        if name == "_p" or name in _PATTERN_SLOTS:
            try:
                load = object.__getattribute__(self, "_load")
            except AttributeError:  # not initialised
                load = None
            if load is None:
                raise AttributeError(name)
            self._fill(load())  # two threads may both build it: the same pattern, twice
            self._load = None
            return object.__getattribute__(self, name)
        return getattr(self._p, name)

    def __reduce__(self):
        return (_base.compile, (self._p.pattern, self._p.flags))

    def __repr__(self) -> str:
        return repr(self._p)

    def _passes_early(self, e: list) -> bool:
        """The gate's answer by the loop over its clauses, until it has been asked often enough
        to be written out (a pattern a process uses a few times is not worth compiling a check)."""
        self._uses += 1
        if self._uses >= _WARM:
            self._check = checker(self._gate)
        return _passes(self._gate, e)

    def search(self, string, pos=None, endpos=None, concurrent=None, partial=False, timeout=None):
        if not partial and type(string) is str and len(string) >= _MIN_TEXT:
            if pos is None and endpos is None:
                e = _cache.get(string)
                if e is None:
                    e = _facts(string)
                check = self._check
                if not (check(e) if check is not None else self._passes_early(e)):
                    return None
                if self._starts is not None:
                    cands = _candidates(self._starts, e)
                    if cands is not None:
                        return _first(self._p, string, cands, concurrent, timeout)
            elif not passes(self._gate, string, pos, endpos):
                return None
            elif self._starts is not None:
                cands = _window_candidates(self._starts, string, pos, endpos)
                if cands is not None:
                    return _first(self._p, string, cands, concurrent, timeout, endpos)
        return self._p.search(string, pos, endpos, concurrent, partial, timeout)

    def finditer(self, string, pos=None, endpos=None, overlapped=False, concurrent=None, partial=False,
                 timeout=None):
        if not partial and type(string) is str and len(string) >= _MIN_TEXT:
            if pos is None and endpos is None:
                e = _cache.get(string)
                if e is None:
                    e = _facts(string)
                check = self._check
                if not (check(e) if check is not None else self._passes_early(e)):
                    return _NOTHING
                if self._starts is not None and not overlapped:
                    cands = _candidates(self._starts, e)
                    if cands is not None:
                        return _matches(self._p, string, cands, concurrent, timeout)
            elif not passes(self._gate, string, pos, endpos):
                return _NOTHING
            elif self._starts is not None and not overlapped:
                cands = _window_candidates(self._starts, string, pos, endpos)
                if cands is not None:
                    return _matches(self._p, string, cands, concurrent, timeout, endpos)
        return self._p.finditer(string, pos, endpos, overlapped, concurrent, partial, timeout)

    def findall(self, string, pos=None, endpos=None, overlapped=False, concurrent=None, timeout=None):
        if type(string) is str and len(string) >= _MIN_TEXT and not passes(self._gate, string, pos, endpos):
            return []
        return self._p.findall(string, pos, endpos, overlapped, concurrent, timeout)


def refuses(p, text: str) -> bool:
    """True when the pattern ``p`` (as :mod:`cchc_extract.rx` compiles it) has a gate and the gate
    refuses ``text``: the pattern can match nowhere in it, nor in any part of it (a gate's strings
    lie inside every match). The text is not kept in the cache of :func:`passes` (a whole page)."""
    return isinstance(p, Gated) and not _passes(p._gate, [text, None, None])


class Bank:
    """The gates of several patterns checked together on one text, for code that runs a list of
    patterns on each line: one pass of an Aho-Corasick automaton over the text (folded, and as
    it is for the patterns whose gates are not folded) finds every clause string it holds, and
    each pattern's gate is then a comparison of bit masks.

    ``need[k]`` is the mask of the clauses of ``patterns[k]`` (0 when it has no gate); with
    ``got = bank.satisfied(text)``, the pattern can match in the text only if
    ``need[k] & got == need[k]`` — the answer of :func:`passes` for that pattern."""

    __slots__ = ("need", "_digit", "_autos")

    def __init__(self, patterns) -> None:
        need: list = []
        words: dict = {True: {}, False: {}}  # folded or not -> clause string -> mask of its clauses
        digit, bit = 0, 1
        for p in patterns:
            mask = 0
            if isinstance(p, Gated):
                folded, checks = p._gate
                for has_digit, strs, _ in checks:
                    if has_digit:
                        digit |= bit
                    table = words[folded]
                    for s in strs:
                        table[s] = table.get(s, 0) | bit
                    mask |= bit
                    bit <<= 1
            need.append(mask)
        self.need = tuple(need)
        self._digit = digit
        autos = []
        for folded, table in words.items():
            if table:
                import ahocorasick

                auto = ahocorasick.Automaton()
                for s, m in table.items():
                    auto.add_word(s, m)
                auto.make_automaton()
                autos.append((folded, auto))
        self._autos = tuple(autos)

    def satisfied(self, text: str) -> int:
        """The mask of the clauses (of all the patterns) that ``text`` satisfies."""
        e = _facts(text)  # the text folded and its digit test, shared with the gated patterns' checks
        got = 0
        if self._digit:
            if e[2] is None:
                e[2] = _DIGIT_RX.search(text) is not None
            if e[2]:
                got = self._digit
        for folded, auto in self._autos:
            if folded:
                f = e[1]
                if f is None:
                    f = e[1] = fold(text)
            else:
                f = text
            for _, m in auto.iter(f):
                got |= m
        return got


def valid(gate) -> bool:
    """Whether a stored gate has the shape :func:`derive` gives (None, or a case mode then
    clauses of strings)."""
    return gate is None or (type(gate) is tuple and 1 < len(gate) <= 5 and gate[0] in ("f", "r") and all(
        type(cl) is tuple and cl and _strings(cl) for cl in gate[1:]))


def _strings(items: tuple) -> bool:
    """Every item a non-empty str (checked in C: the stored gates hold thousands of strings)."""
    return set(map(type, items)) == {str} and "" not in items
