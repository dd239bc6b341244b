"""Every fast path of the pipeline against the slower form it replaces, in the same process:
the trie-shaped literal alternations against the plain ones, the digit-free sentence skips
against running every pattern, the sentence index of the context against walking every fact,
the spam pre-check of the cleaning against the full pass, the regex watchdog against a
timeout on every call, the rankings' parenthesis and index-name look-ups against the walks
they replace, and what extract(str) no longer loads against the checks it skips. The same
facts, or the test fails."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

import cchc_extract as cx
from cchc_extract import clean as clean_mod
from cchc_extract import patterns
from cchc_extract.extractors import base, dates, legal, numbers, titles
from cchc_extract.resources import load

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus_articles():
    return [cx.extract(p) for p in CORPUS]


@pytest.fixture(scope="module")
def sentences(corpus_articles):
    out = []
    for a in corpus_articles:
        if getattr(a, "error", None) is None:
            out += [a.text[s.start:s.end] for s in a.sentences]
    assert len(out) > 500
    return out


def _facts(records):
    return [r.model_dump_json() for r in records]


# ----------------------------------------------------------------------- literal alternations

def _word_lists():
    """The literal word lists the pipeline writes as tries, with the case mode they run in."""
    p = load("people")
    lc = load("legal_codes")
    abbr = [a["abbr"] for a in load("abbreviations")["abbreviations"]]
    legal_words = sorted(set(lc["type_words"]) | {a["word"] for a in lc.get("type_word_aliases", [])})
    heads = [h["word"] for h in p["title_heads"]] + [h["word"] for h in p["honorifics"] if h.get("is_title")]
    return {
        "title prefixes": (p["title_prefixes"], True),
        "title heads": (heads, True),
        "honorifics": ([h["word"] for h in p["honorifics"]], False),
        "organisation heads": ([h["word"] for h in p["org_heads"]], False),
        "abbreviations": (abbr, False),
        "legal type words": (legal_words, False),
        "legal type words, any case": (legal_words, True),
        "spam terms": (load("boilerplate")["spam"]["gambling_terms"], True),
    }


@pytest.mark.parametrize("name", list(_word_lists()))
def test_trie_alternation_matches_the_plain_one_on_the_corpus(name, sentences):
    words, ignore_case = _word_lists()[name]
    words = [titles.nfc(w) for w in words]
    flags = regex.I if ignore_case else 0
    edge = r"(?<![\p{L}\p{M}\p{N}])(?:%s)(?![\p{L}\p{M}\p{N}])"
    fast = regex.compile(edge % patterns.literal_alternation(words, ignore_case), flags)
    slow = regex.compile(edge % patterns.plain_alternation(words), flags)
    # and inside a longer pattern, where the engine backtracks into a shorter word
    fast2 = regex.compile(r"(?:%s)\s+\p{Lu}" % patterns.literal_alternation(words, ignore_case), flags)
    slow2 = regex.compile(r"(?:%s)\s+\p{Lu}" % patterns.plain_alternation(words), flags)
    hits = 0
    for s in sentences:
        a = [m.span() for m in fast.finditer(s)]
        assert a == [m.span() for m in slow.finditer(s)], s
        assert [m.span() for m in fast2.finditer(s)] == [m.span() for m in slow2.finditer(s)], s
        hits += len(a)
    assert hits or name == "spam terms"


def test_trie_alternation_prefers_the_longer_word_like_the_plain_one():
    rnd = random.Random(7)
    alphabet = "aAbBđĐ ờ"
    for _ in range(300):
        words = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(1, 8))}
        text = "".join(rnd.choice(alphabet + "x") for _ in range(60))
        for ignore_case in (False, True):
            flags = regex.I if ignore_case else 0
            for tail in ("", "x", r"\s"):
                fast = regex.compile("(?:" + patterns.literal_alternation(words, ignore_case) + ")" + tail, flags)
                slow = regex.compile("(?:" + patterns.plain_alternation(words) + ")" + tail, flags)
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], \
                    (words, text, ignore_case, tail)


def test_trie_alternation_is_shorter_and_falls_back_when_case_folding_is_not_one_to_one():
    heads = _word_lists()["title heads"][0]
    assert len(patterns.literal_alternation(heads, True)) < len(patterns.plain_alternation(heads))
    fast = patterns.literal_alternation(["Phó Chủ tịch", "Phó Giám đốc", "Phó", "Chủ tịch"])
    assert regex.fullmatch(fast, "Phó Giám đốc") and not regex.fullmatch(fast, "Phó Giám")
    # "İ" lower-cases to two characters: the plain alternation is kept
    assert patterns.literal_alternation(["İstanbul", "ab"], ignore_case=True) == patterns.plain_alternation(["İstanbul", "ab"])


# ----------------------------------------------------------------------- digit-free sentences

def test_has_digit_is_the_patterns_digit():
    for s in ["không có số", "năm 2020", "٣ ngày", "x²", "１２"]:
        assert patterns.has_digit(s) == (regex.search(r"\d", s) is not None), s


def test_skipping_digit_free_sentences_changes_no_fact(monkeypatch, corpus_articles):
    always = lambda text: True  # noqa: E731 - the reference: every pattern on every sentence
    for mod in (dates, legal, numbers):
        monkeypatch.setattr(mod, "has_digit", always)
    reference = [cx.extract(p) for p in CORPUS]
    assert _facts(reference) == _facts(corpus_articles)
    assert sum(len(a.facts) for a in reference) > 1000


# ----------------------------------------------------------------------- facts by sentence

def _period_reference(ctx, s, index=None):
    best = None
    for f in ctx.facts:
        if f.type == "period" and f.sentence == s.index:
            return f"{f.start_year}-{f.end_year}"
        if f.type == "period" and f.sentence < s.index and "\n" not in ctx.text[f.start:s.start]:
            best = f"{f.start_year}-{f.end_year}"
    return best


def test_goal_period_from_the_sentence_index_as_from_every_fact(monkeypatch, corpus_articles):
    monkeypatch.setattr(numbers, "_period", _period_reference)
    reference = [cx.extract(p) for p in CORPUS]
    assert _facts(reference) == _facts(corpus_articles)
    targets = [f for a in reference for f in a.facts if f.type == "target"]
    assert any(f.period for f in targets) and any(f.deadline for f in targets)


def test_context_index_follows_the_facts():
    text = "Giai đoạn 2021-2025.\nNăm 2023 đạt 50%. Giai đoạn 2026-2030 và 2031-2035. Mục tiêu 90%."
    art = cx.extract(text, published="2024-01-01")
    ctx = base.Context(art, cx.Limits())
    ctx.producing = ("period",)
    assert ctx.last_before("period", 5) is None and ctx.in_sentence(0) == []
    spans = [(0, 19, 2021, 2025), (40, 59, 2026, 2030), (63, 72, 2031, 2035)]
    from cchc_extract.models import Period

    for a, b, y1, y2 in spans:
        ctx.add(Period, a, b, start_year=y1, end_year=y2)
    for i in range(len(art.sentences) + 1):
        brute = [f for f in ctx.facts if f.sentence < i]
        last = None
        if brute:
            nearest = max(f.sentence for f in brute)
            last = [f for f in brute if f.sentence == nearest][-1]
        assert ctx.last_before("period", i) is last
        assert ctx.in_sentence(i) == [f for f in ctx.facts if f.sentence == i]


# ----------------------------------------------------------------------- cleaning

def test_spam_precheck_changes_no_cleaning(monkeypatch):
    texts = [p.read_text(encoding="utf-8-sig", errors="replace") for p in CORPUS]
    texts.append("Tin mới: vao xem ca cuoc bong da tai day.\n\nTỉnh Lạng Sơn đạt 99,82%.")
    fast = [clean_mod.clean(cx.pipeline.normalize(t)) for t in texts]
    for where in (clean_mod, clean_mod.linerules):  # the package and the module that reads them
        monkeypatch.setattr(where, "_has_term", lambda text, t: True)  # the full pass on every text
    terms, _ = clean_mod._spam_gates()
    for where in (clean_mod, clean_mod.linerules):
        monkeypatch.setattr(where, "_spam_gates", lambda: (terms, 0))  # glued runs looked for everywhere
    slow = [clean_mod.clean(cx.pipeline.normalize(t)) for t in texts]
    assert fast == slow
    assert any(r.reason == "spam" for c in slow for r in c.removed)


# made-up lines for the cleaning's fast paths: case and folding edge cases, other scripts, runs
# that make a backtracking pattern work hard
_MADE_UP = [
    "", " ", "_", "a_b", "Tỉnh Lạng Sơn đạt 99,82%.", "CA CUOC BONG DA", "Ca Cuoc", "KÈO NHÀ CÁI hôm nay",
    "soi kèo", "SOI KÈO", "taİ xİu", "TAİ XİU", "caſino", "CAſINO", "po\u212aer", "xo\u00a0so", "xo  so",
    "đá gà", "ĐÁ GÀ", "Đá Gà", "ﬁle ﬂow ß straße ǅ", "x\u0301y\u0323z", "١٢٣ ٤٥", "ⅫⅣ ½ ²",
    "Đại diện lãnh đạo thăm, tặng quà", "Đạì đìện lãnh đạô thăm, tặng qùà", "日本語の文章です。テスト",
    "Привет мир, это тест", "한국어 문장 입니다", "ภาษาไทย ทดสอบ", "https://example.vn/日本 abc",
    "abcdefghijklmnopq", "abcdefghijklmnop", "abc123defghijklmnopqrstu", "xin\u200bchaotatcacacbanhomnay",
    "DDCIkeonhacaionlinehomnay.", " " * 3000 + "x", "a " * 2000, "Ảnh: " + "ab " * 500,
    "( " * 400 + ")", "Số: 12/2024/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1. Phạm vi",
    "Căn cứ Luật Tổ chức chính quyền địa phương;", "- " * 300, "|" * 50, "1.1.1.1.1.1.1.1.1.1.1.1",
]


def _corpus_lines():
    out = []
    for p in CORPUS:
        out += [ln.strip() for ln in cx.pipeline.normalize(p.read_text(encoding="utf-8-sig", errors="replace")).split("\n")]
    return [ln for ln in out if ln]


def test_gambling_term_precheck_is_the_patterns_search():
    texts = [p.read_text(encoding="utf-8-sig", errors="replace") for p in CORPUS] + _MADE_UP
    texts += [a + " " + b for a in _MADE_UP for b in ("ca cuoc", "CÁ CƯỢC", "")]
    rx = clean_mod._rules()[3]["any_term"]
    for text in texts:
        assert clean_mod._has_term(text, 2.0) == (rx.search(text) is not None), text[:80]


def test_the_letters_where_lower_case_and_regex_case_differ_are_all_known():
    """Every character that ``regex`` matches case-insensitively with a letter of the gambling
    terms, but whose ``str.lower`` is not that letter's, sends the text to the pattern."""
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    letters = sorted(set("".join(clean_mod._spam_gates()[0])))
    odd = {x for a in letters for x in regex.findall(regex.escape(a), every, flags=regex.I | regex.V0)
           if x.lower() != a}
    assert odd <= set(clean_mod._LOWER_IS_NOT_REGEX_CASE), odd
    assert {"\u0130", "\u017f"} <= odd  # the check finds what it is there to find


def test_glued_run_gate_never_skips_a_run():
    rx = clean_mod._rules()[3]["glued"]
    n = clean_mod._spam_gates()[1]
    for text in _MADE_UP + _corpus_lines()[:3000]:
        if rx.search(text):
            assert any(len(w) >= n for w in text.split()), text[:80]


def _fold_reference(line):
    import unicodedata
    base = unicodedata.normalize("NFD", line.translate(clean_mod._FOLD).casefold())
    return "".join(c for c in base if c.isalnum())


def _letters_reference(line):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFC", line.casefold()) if c.isalnum())


def test_folded_letters_as_the_character_loop():
    import sys

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for line in _MADE_UP + _corpus_lines() + [every]:
        assert clean_mod._fold_letters(line) == _fold_reference(line), line[:80]
        assert clean_mod._letters(line) == _letters_reference(line), line[:80]
    memo: dict = {}
    assert clean_mod._folded(memo, "Đạì đìện") == clean_mod._folded(memo, "Đại diện") == "daidien"


def test_three_vietnamese_letters_as_the_full_count():
    for line in _MADE_UP + _corpus_lines() + ["ă", "ăâ", "ăâđ", "ĂÂĐ", "a ă b â c", "ư" * 1000]:
        for n in (1, 3):
            assert clean_mod._vi_marks(line, n) == (len(clean_mod._VI_MARKS.findall(line)) >= n), line[:80]


def _is_foreign_reference(line, t):
    _, foreign, ratio, _ = clean_mod._rules()
    line = clean_mod._URL.sub(" ", line)
    letters = sum(map(len, line.split()))
    if not letters:
        return False
    n = len(foreign.findall(line, timeout=t))
    return n >= 2 and (n / letters >= ratio or bool(foreign.match(line.lstrip())))


def test_foreign_script_test_with_and_without_its_memo_as_before():
    memo: dict = {}
    lines = _MADE_UP + _corpus_lines()
    for line in lines + lines:
        want = _is_foreign_reference(line, 2.0)
        assert clean_mod._is_foreign(line, 2.0) == want, line[:80]
        assert clean_mod._is_foreign(line, 2.0, memo) == want, line[:80]


def test_legal_markers_with_and_without_the_memo():
    from cchc_extract import pagekind

    pages = [cx.pipeline.normalize(p.read_text(encoding="utf-8-sig", errors="replace")).split("\n") for p in CORPUS]
    pages.append(_MADE_UP)
    assert any(pagekind.is_legal(ls, 2.0) for ls in pages)
    for lines in pages:
        memo: dict = {}
        want = pagekind.is_legal(lines, 2.0)
        assert pagekind.is_legal(lines, 2.0, memo) == want
        assert pagekind.is_legal(lines, 2.0, memo) == want  # the second look, from the memo
        assert pagekind.is_legal(lines[:7], 2.0, memo) == pagekind.is_legal(lines[:7], 2.0)


def _classify_reference(line, is_tail, t):
    rules, _, _, _ = clean_mod._rules()
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
        if r.not_if is not None and r.not_if.search(line, timeout=t):
            continue
        if r.needs_evidence and not (":" in line[:25] or clean_mod._DOMAIN.search(line) or is_tail):
            continue
        return r.reason
    return None


def test_line_rules_grouped_by_words_as_the_rule_by_rule_loop():
    lines = _MADE_UP + _corpus_lines()
    lines += [ln.upper() for ln in lines[:400]] + ["Ảnh: " + " ".join(["x"] * k) for k in range(90)]
    got = {}
    for line in lines:
        for tail in (False, True):
            want = _classify_reference(line, tail, 2.0)
            assert clean_mod._classify(line, tail, 2.0) == want, line[:80]
            got[want] = got.get(want, 0) + 1
    assert len(got) >= 6  # most of the rules' reasons were given


def test_a_runaway_line_rule_is_still_stopped(monkeypatch):
    runaway = regex.compile(r"\s*\s*\s*\s*\s*\s*x[0-9]")
    rules, *rest = clean_mod._rules()
    bad = clean_mod._Rule("noise", "search", runaway, 100_000, False, False, None)
    for where in (clean_mod, clean_mod.linerules):  # the package and the module that reads them
        monkeypatch.setattr(where, "_rules", lambda: ([bad] + rules, *rest))
    clean_mod._rules_by_words.cache_clear()
    try:
        with pytest.raises(TimeoutError):
            clean_mod._classify(" " * 2000 + "xa", False, 0.2)   # minutes of matching without a limit
        rec = cx.extract("Tiêu đề bài viết ở đây\n\na" + " " * 2000 + "xa", limits=cx.Limits(regex_timeout=0.2))
        assert isinstance(rec, cx.ErrorRecord) and rec.error.kind == "timeout", rec
    finally:
        clean_mod._rules_by_words.cache_clear()


# ----------------------------------------------------------------------- rankings' glue

def _parens_reference(text):
    out, stack = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            out.append((stack.pop(), i))
    out += [(o, len(text)) for o in stack]
    return out


def test_parenthesis_spans_as_the_character_walk(sentences):
    from cchc_extract.extractors import rankings

    rnd = random.Random(3)
    texts = sentences + ["".join(rnd.choice("()a ") for _ in range(rnd.randint(0, 30))) for _ in range(2000)]
    assert sum(1 for t in texts if "(" in t) > 100
    for t in texts:
        assert rankings._parens(t) == _parens_reference(t), t


def test_index_name_of_a_mention_as_the_group_walk(corpus_articles):
    from cchc_extract.extractors import rankings

    names, index_rx = rankings._data()[:2]
    texts = [a.text for a in corpus_articles if getattr(a, "error", None) is None]
    seen = set()
    for text in texts:
        for m in index_rx.finditer(text):
            slow = next(names[i] for i in range(len(names)) if m.group(f"i{i}"))
            fast = next(names[i] for i, g in enumerate(m.group(*rankings._index_groups(len(names)))) if g)
            assert fast == slow, m.group()
            seen.add(slow)
    assert len(seen) >= 3


# ----------------------------------------------------------------------- cold start: what is not loaded

def test_text_without_a_tag_or_a_link_is_text_as_detect_format_says():
    from cchc_extract.html import detect_format

    rnd = random.Random(5)
    texts = [p.read_text(encoding="utf-8-sig", errors="replace") for p in CORPUS]
    texts += ["".join(rnd.choice("<>]( a\n!") for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    plain = [t for t in texts if "<" not in t and "](" not in t]
    assert len(plain) > 100 and len(plain) < len(texts)
    assert all(detect_format(t) == "text" for t in plain)


def test_a_str_names_a_file_as_the_readers_guard_says(tmp_path):
    import os

    from cchc_extract import pipeline
    from cchc_extract.readers import _is_path

    f = tmp_path / "bài viết.txt"
    f.write_text("x", encoding="utf-8")
    cases = [str(f), f" {f}\n", str(tmp_path), "Tỉnh Thái Nguyên đạt 99,5%.", "", "a\x00b", "x" * 5000,
             str(f) + "\nsecond line", str(CORPUS[0]), "corpus/nope.txt"]
    for s in cases:
        assert pipeline._names_a_file(s) == (_is_path(s.strip()) and os.path.isfile(s.strip())), repr(s[:40])
    assert pipeline._names_a_file(str(f)) and not pipeline._names_a_file(str(tmp_path))


# ----------------------------------------------------------------------- regex watchdog

def test_the_watchdog_changes_no_fact(monkeypatch, corpus_articles):
    from cchc_extract import watchdog

    if not watchdog.usable():
        pytest.skip("no watchdog here (platform, thread or a SIGPROF handler in use)")
    monkeypatch.setattr(watchdog, "usable", lambda: False)  # the reference: timeout= on every call
    per_call = [cx.extract(p) for p in CORPUS]
    assert _facts(per_call) == _facts(corpus_articles)
    assert [a.warnings for a in per_call] == [a.warnings for a in corpus_articles]


def test_context_year_as_the_walk_over_every_date():
    """``năm nay`` without a publication date: the prefix maximum by sentence against the walk
    over every date fact written up to the sentence that it replaces."""
    from types import SimpleNamespace as NS

    rng = random.Random(7)
    for _ in range(200):
        facts = []
        for _ in range(rng.randrange(0, 12)):
            value = rng.choice(["2019-05-01", "2024-06", "2021-Q3", "--05-01", "2023-12-31"])
            facts.append(NS(type=rng.choice(["date", "date", "period"]), sentence=rng.randrange(0, 15),
                            value=value, relative=rng.random() < 0.2))
        index = numbers._Index(NS(facts=facts))
        for s in range(-1, 17):
            years = [int(f.value[:4]) for f in facts if f.type == "date" and f.sentence <= s
                     and f.value[:4].isdigit() and not f.relative]
            assert index.context_year(s) == (max(years) if years else None)


def test_goal_scope_nouns_found_only_for_a_trigger_changes_no_scope(sentences):
    """The non-trigger nouns of a goal sentence are looked for only in a sentence with a trigger
    (the only place they are read), and the scopes stay what they were."""
    d = numbers._data()
    calls = []
    real = d["not_trigger_rx"]

    class Counting:
        def finditer(self, *a, **k):
            calls.append(1)
            return real.finditer(*a, **k)

    scopes = [numbers._goal_scope(s, None) for s in sentences]
    try:
        d["not_trigger_rx"] = Counting()
        assert [numbers._goal_scope(s, None) for s in sentences] == scopes
    finally:
        d["not_trigger_rx"] = real
    with_trigger = sum(1 for s in sentences if d["trigger_rx"].search(s))
    assert 0 < len(calls) <= with_trigger < len(sentences)


def test_words_counted_up_to_n_as_the_full_split():
    import random

    spaces = [" ", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u2028",
              "\u202f", "\u3000", "\u200b", "\ufeff"]
    rnd = random.Random(7)
    lines = _MADE_UP + _corpus_lines()[:2000]
    lines += ["".join(rnd.choice(spaces + ["a", "ư", ".", "1"]) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
    for line in lines:
        words = len(line.split())
        for n in (0, 1, 5, 12, 30, 40, 81):
            assert clean_mod._words_upto(line, n) == min(words, n + 1), (line[:80], n)
        assert clean_mod._prose(line) == (words >= 12 and line.rstrip().endswith((".", "!", "?", "…", ";")))


def test_preview_lines_split_by_anchoring_as_the_one_alternation():
    from cchc_extract import pagekind

    rx = pagekind._rules()
    lines = _MADE_UP + _corpus_lines() + [
        "Bạn đang xem trước 20 trang tài liệu", "  bạn đang xem 3 trang", "x Bạn đang xem 3 trang",
        "Download \"bao-cao.pdf\"", "Tải về “Kế hoạch”", "Kích thước: px", "Trang 3 - Mục lục", "p. 12",
        "file pdf 12 trang", "Lượt tải: 5", "Người đăng: abc | Ngày 2/3", "a\nTrang 3 - x", "\nBạn đang xem 2 trang",
    ]
    for key in ("preview_strong", "preview_weak"):
        start, other = rx[key + ":split"]
        assert start is not None  # the data has patterns of both kinds
        for line in lines:
            assert pagekind._found(rx[key + ":split"], line, 2.0) == (rx[key].search(line) is not None), (key, line[:80])
    for p, anchored in (("^a|b", False), ("^(a|b)c", True), ("^[|]x", True), (r"^[\]|]|x", False), (r"^\|x|y", False),
                        ("^(?m)x", False), ("a^", False), ("^a[^]|]b", True)):
        assert pagekind._anchored(p) == anchored, p


def test_folded_heads_never_part_lines_whose_folded_letters_agree():
    import sys
    import unicodedata

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    # what the gate rests on: a line's folded letters are its characters' one after the other, and
    # no character that canonical ordering moves is kept
    assert clean_mod._fold_letters(every) == "".join(clean_mod._fold_letters(c) for c in every)
    assert not [c for c in every if unicodedata.combining(c) and c.isalnum()]
    lines = _MADE_UP + _corpus_lines()[:1500]
    scrambled = ["Đạì đìện lãnh đạô tỉnh thăm, tặng qùà các gia đình chính sách " * k for k in (1, 2)]
    pairs = list(zip(lines, lines[1:])) + [(ln, ln.upper()) for ln in lines[:500]] + [
        ("Đại diện lãnh đạo tỉnh thăm, tặng quà các gia đình chính sách " * k, s)
        for k, s in zip((1, 2), scrambled)] + [("x" * 47 + "\u0301abc", "x" * 47 + "abc"), ("ab" * 30, "a b" * 30)]
    agree = 0
    for a, b in pairs:
        same = clean_mod._fold_letters(a) == clean_mod._fold_letters(b)
        if same:
            agree += 1
            assert clean_mod._heads_agree({}, a, b), (a[:80], b[:80])
    assert agree >= 5


def test_foreign_script_gate_never_hides_a_foreign_character(monkeypatch):
    import sys

    gate = clean_mod._foreign_gate()
    assert gate is not None  # the data's pattern is an alternation of scripts: the gate runs
    foreign = clean_mod._rules()[1]
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    hidden = [c for c in foreign.findall(every) if gate.search(c) is None]
    assert not hidden, hidden[:10]
    # and a pattern of another shape (context, not characters) is not gated
    clean_mod._foreign_gate.cache_clear()
    rules, _, *rest = clean_mod._rules()
    for where in (clean_mod, clean_mod.linerules):  # the package and the module that reads them
        monkeypatch.setattr(where, "_rules", lambda: (rules, regex.compile(r"(?<=x)\p{Han}"), *rest))
    try:
        assert clean_mod._foreign_gate() is None
    finally:
        clean_mod._foreign_gate.cache_clear()
    lines = ["Tỉnh Lạng Sơn “đạt” 99,82% – …", "Xin chào 日本語の文章 テスト です", "日本語の文章です。", "Привет мир",
             "Ѐ Ѐ Ѐ", "ก ข ค ง", "ᄀ ᄁ", "a\u0370\u0370 b", "Ⓐ Ⓑ ⅰⅱ"]
    for line in lines + _MADE_UP:
        assert clean_mod._is_foreign(line, 2.0) == _is_foreign_reference(line, 2.0), line[:80]


# ----------------------------------------------------------------------- literal gates (rx, gate.py)

from cchc_extract import gate as gate_mod  # noqa: E402
from cchc_extract import rx  # noqa: E402


def _gated_patterns():
    out = {}
    for d in (rx._compiled, rx._memo):
        for key, p in list(d.items()):
            if isinstance(p, gate_mod.Gated):
                out[key] = p
    return out


def test_gates_change_no_record(monkeypatch):
    """Every gate let through (the patterns scanned on every text, as before): the same records."""
    docs = [p.read_text(encoding="utf-8") for p in CORPUS[:70]]
    gated = [cx.extract(d).to_json() for d in docs]
    assert len(_gated_patterns()) > 100
    monkeypatch.setattr(gate_mod, "_passes", lambda *a: True)
    monkeypatch.setattr(gate_mod, "passes", lambda *a: True)
    monkeypatch.setattr(gate_mod.Bank, "satisfied", lambda self, text: -1)  # every clause of a bank
    monkeypatch.setattr(gate_mod, "refuses", lambda *a: False)
    assert [cx.extract(d).to_json() for d in docs] == gated


def test_a_bank_of_gates_answers_as_each_gate(sentences, corpus_articles):
    """Several gates checked together (``gate.Bank``: one automaton pass, then bit masks) give
    each pattern the answer of its own gate, on corpus sentences and hostile variants of them."""
    pats = list(_gated_patterns().values())
    bank = gate_mod.Bank(pats + [regex.compile("x")])  # a pattern with no gate: no clause
    assert bank.need[-1] == 0
    texts = [v for s in random.Random(5).sample(sentences, 120) for v in _hostile(s)]
    texts += [a.title for a in corpus_articles[:40] if a.title] + ["", "7", "a"]
    refused = 0
    for t in texts:
        got = bank.satisfied(t)
        for p, need in zip(pats, bank.need):
            ok = need & got == need
            assert ok == gate_mod.passes(p._gate, t), (p.pattern[:80], t)
            refused += not ok
    assert refused > 1000


def test_written_gate_checks_answer_as_the_clause_loop(sentences, corpus_articles):
    """``gate.checker``: each gate written out as a function gives the answer of the loop over its
    clauses (``gate._passes``), on corpus sentences, hostile variants and short texts, for every
    gate of the pipeline and for made-up gates (digits, many strings, quotes and escapes)."""
    gates = [p._gate for p in _gated_patterns().values()]
    gates += [gate_mod.compiled(g) for g in [
        ("f", (gate_mod.DIGIT, "ab"), ("cd",), tuple("abcdefghijk")),
        ("r", ("'", '"', "\\", "\n"), (gate_mod.DIGIT,)),
        ("r", (gate_mod.DIGIT,), (gate_mod.DIGIT, "x"), ("y", "z")),
        ("f", tuple(f"w{k}" for k in range(20)) + (gate_mod.DIGIT,)),
    ]]
    texts = [v for s in random.Random(6).sample(sentences, 100) for v in _hostile(s)]
    texts += [a.title for a in corpus_articles[:40] if a.title]
    texts += ["", "7", "ab 1", "x1 cd a", "cd", "1cdz", "'\\", '"\n', "x 1 y", "W13", "w19 9", "İ1"]
    refused = 0
    for g in gates:
        check = gate_mod.checker(g)
        for t in texts:
            want = gate_mod._passes(g, [t, None, None])
            assert check([t, None, None]) == want, (g, t)
            refused += not want
    assert refused > 1000


def test_a_gate_refuses_a_text_only_when_it_refuses_its_parts(sentences):
    """``gate.refuses(p, text)``: the text's gate answer, not kept in the cache, and a text it
    refuses has no match of the pattern in any line of it."""
    pats = list(_gated_patterns().values())[:150]
    page = "\n".join(random.Random(9).sample(sentences, 60))
    refused = [gate_mod.refuses(p, page) for p in pats]
    assert page not in gate_mod._cache
    assert any(refused) and not all(refused)
    for p, r in zip(pats, refused):
        assert r == (not gate_mod.passes(p._gate, page))
        if r:
            assert all(p._p.search(ln) is None for ln in page.split("\n")), p.pattern[:80]
    assert not gate_mod.refuses(regex.compile("(?:x)"), "")  # no gate: never refused


def test_line_keys_hold_what_the_key_prefilters_assume():
    """The cleaning keys a line (word key, bare key) only when its case-folded text could hold
    the key looked for: the keys keep the case-folded line's ASCII letters, and each word of a
    key is in the case-folded line."""
    import unicodedata

    lines = _corpus_lines()[:3000]
    lines += [v for ln in lines[:300] for v in _hostile(ln)] + [unicodedata.normalize("NFD", "Đà Nẵng ß ﬁ K")]
    for ln in lines:
        folded = clean_mod._casefold(ln)
        key = clean_mod._word_key(ln)
        assert clean_mod._counts(folded) == clean_mod._counts(key) == clean_mod._counts(clean_mod._bare_key(ln)), ln
        assert all(w in folded for w in key.split()), ln
        assert clean_mod._bare_key(ln) == "".join(clean_mod._WORD.findall(ln.casefold()))
        assert set(clean_mod._WORD.findall(folded)) == set(key.split())


def test_prefix_stripped_by_match_as_by_sub():
    """A pattern that can match at the start only is stripped with match and a slice; others with
    sub, as before."""
    bullet = clean_mod._prefix_rules()[1]
    prefix = clean_mod._cover_rx()[2]
    other = regex.compile(r"[*-]+\s*")
    assert clean_mod._start_only(bullet) and clean_mod._start_only(prefix) and not clean_mod._start_only(other)
    lines = _corpus_lines()[:2000] + ["• * – a", "Trang 12Mở đầu", "page 3 X", "-- a -- b", "*"]
    for ln in lines:
        assert clean_mod._sub_start(bullet, ln, 2.0, count=0) == bullet.sub("", ln), ln
        assert clean_mod._sub_start(prefix, ln, 2.0) == prefix.sub("", ln, count=1), ln
        assert clean_mod._sub_start(other, ln, 2.0, count=0) == other.sub("", ln), ln


def test_long_words_found_as_the_split_finds_them():
    """The glued-run scan reads the words ``str.split`` gives of the spam's length or longer,
    found with ``re``'s ``\\S`` (``re``'s white space is ``str.isspace``, and no letter is white
    space)."""
    import sys

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert not any(c.isspace() for c in regex.findall(r"\p{L}", chars))  # a run of letters lies in one word
    assert set(clean_mod.re.findall(r"\s", chars)) == {c for c in chars if c.isspace()}
    n = clean_mod._spam_gates()[1]
    for text in [p.read_text(encoding="utf-8-sig", errors="replace") for p in CORPUS[:60]] + ["a" * n, "a\u3000" + "b" * n]:
        assert [m.group(0) for m in clean_mod._long_word(n).finditer(text)] == [w for w in text.split() if len(w) >= n]


def _hostile(s: str) -> list[str]:
    """A sentence as written, in upper case, with the characters regex's IGNORECASE matches to
    i, s and k in other scripts (İ ı ſ K), decomposed, and with a character dropped."""
    import unicodedata

    return [s, s.upper(), s.replace("i", "İ").replace("I", "ı"), s.replace("s", "ſ").replace("k", "K"),
            unicodedata.normalize("NFD", s), s[:len(s) // 2] + s[len(s) // 2 + 1:], s.swapcase()]


def test_a_gate_refuses_only_texts_its_pattern_cannot_match(sentences, corpus_articles):
    """For every gated pattern the pipeline compiled: on corpus sentences and hostile variants of
    them, a text the gate refuses has no match of the pattern (scanned without the gate)."""
    pats = _gated_patterns()
    rng = random.Random(18)
    texts = rng.sample(sentences, 250)
    texts = [v for s in texts for v in _hostile(s)] + [a.title for a in corpus_articles[:40] if a.title]
    refused = 0
    for key, g in pats.items():
        for t in texts:
            if not gate_mod.passes(g._gate, t):
                refused += 1
                assert g._p.search(t) is None, (key[0][:80], t)
    assert refused > 1000


def _assert_ignorecase_folds_into(alphabet: set) -> None:
    """Every character regex's IGNORECASE matches to a character whose fold is in ``alphabet``
    folds to what that character folds to (checked over every code point)."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    sources = {c for c in everything if gate_mod.fold(c) and set(gate_mod.fold(c)) <= alphabet}
    assert len(sources) > 40
    for c in sources:
        for x in regex.findall("(?i)" + regex.escape(c), everything):
            assert gate_mod.fold(x) == gate_mod.fold(c), (c, x)


def test_gate_characters_fold_as_regex_ignorecase_matches_them():
    """A case-insensitive gate is checked on the folded text: every character regex's IGNORECASE
    matches to a character of a gate string must fold to what that character folds to (checked
    over every code point, for every character whose fold is one of the gates' characters)."""
    for p in CORPUS[:70]:  # the pipeline's patterns compiled, whatever ran before
        cx.extract(p.read_text(encoding="utf-8"))
    pats = _gated_patterns()
    alphabet = {ch for g in pats.values() if g._gate[0] for _, strs, _ in g._gate[1] for s in strs for ch in s}
    _assert_ignorecase_folds_into(alphabet)


@pytest.mark.parametrize("pattern,flags,expect", [
    (r"(?<![\p{L}])(?:xếp|đứng)\s+thứ\s+(?P<n>\d{1,2})", 0, ("r", {"thứ"}, {"xếp", "đứng"}, {gate_mod.DIGIT})),
    (r"(?i:Chỉ số|bộ chỉ số)\s+[A-Z]{3}", 0, ("f", {"chỉ số"})),
    (r"PAR[ -]?INDEX|chỉ số CCHC", regex.I, ("f", {"par index", "par-index", "parindex", "chỉ số cchc"})),
    (r"(?|a(b)|c(d))x", 0, ("r", {"abx", "cdx"})),
    (r"(?<=năm )\d{4}", 0, ("r", {gate_mod.DIGIT})),
])
def test_gate_derivation(pattern, flags, expect):
    g = gate_mod.derive(pattern, flags)
    assert g is not None and g[0] == expect[0]
    assert sorted(map(frozenset, g[1:]), key=sorted) == sorted(map(frozenset, expect[1:]), key=sorted)


@pytest.mark.parametrize("pattern,flags", [
    (r"(?:abc){e<=1}", 0),        # fuzzy matching: re would read the braces as letters
    (r"[[:alpha:]]x", 0),         # a POSIX class: re would read a set of letters
    (r"(?x) a b c", 0),           # verbose
    (r"abc", regex.V1),           # version 1 (set operations)
    (r"abc", regex.X),
    (r"a*|b?", 0),                # matches the empty string
    (r"\p{L}+\s+\w+", 0),         # no literal
    (r"abc\K", 0),                # regex-only syntax re cannot read
])
def test_no_gate_where_it_cannot_be_derived_for_sure(pattern, flags):
    assert gate_mod.derive(pattern, flags) is None


def _pattern_maker(rng, letters, letter=0.4, look=None, cls=0.6, group=0.8, alts=3):
    """``seq(depth)``: a made-up pattern over ``letters`` (the last one a space, never a literal):
    letters, ``\\d``, look-arounds (when ``look``), classes, groups of ``2..alts`` branches and
    quantified groups, with these thresholds on one draw per atom."""
    def atom(depth):
        r = rng.random()
        if depth > 2 or r < letter:
            return regex.escape(rng.choice(letters[:-1]))
        if r < 0.5:
            return r"\d"
        if look is not None and r < look:
            return "(?<![ab])" if rng.random() < 0.5 else "(?=[kis])"
        if r < cls:
            return "[" + "".join(rng.sample(letters[:-2], 2)) + "]"
        if r < group:
            return "(?:" + "|".join(seq(depth + 1) for _ in range(rng.randint(2, alts))) + ")"
        return "(?:" + seq(depth + 1) + ")" + rng.choice(["?", "*", "+", "{2}", "{0,2}", "{1,3}"])

    def seq(depth):
        return "".join(atom(depth) for _ in range(rng.randint(1, 4)))

    return seq


def test_random_patterns_gates_never_refuse_a_matching_text():
    """Made-up patterns over a small alphabet (with the letters IGNORECASE matches across
    scripts) and random texts: a refused text never matches."""
    rng = random.Random(7)
    letters = ["a", "b", "K", "k", "ı", "i", "İ", "ſ", "s", "Đ", "đ", "ứ", "1", " "]
    text_letters = letters + ["K", "I", "S", "Ứ", "9", "٣"]

    seq = _pattern_maker(rng, letters)

    checked = refused = 0
    for _ in range(600):
        pat = (r"(?<![\p{L}])" if rng.random() < 0.3 else "") + seq(0)
        flags = regex.I if rng.random() < 0.5 else 0
        g = gate_mod.derive(pat, flags)
        if g is None:
            continue
        compiled_gate = gate_mod.compiled(g)
        p = regex.compile(pat, flags)
        for _ in range(40):
            t = "".join(rng.choice(text_letters) for _ in range(rng.randint(0, 30)))
            checked += 1
            if not gate_mod.passes(compiled_gate, t):
                refused += 1
                assert p.search(t) is None, (pat, flags, t, g)
    assert checked > 5000 and refused > 1000


def test_a_gated_pattern_answers_as_the_pattern():
    """search/finditer/findall through the gate, with pos/endpos, partial and bytes, as the pattern's own."""
    pat = r"(?<![\p{L}])(?:xếp|đứng)\s+thứ\s+(?P<n>\d{1,2})"
    p = regex.compile(pat, regex.I)
    g = gate_mod.Gated(p, gate_mod.derive(pat, regex.I))
    texts = ["Tỉnh ĐỨNG THỨ 5 cả nước năm nay, xếp thứ 12 về chỉ số", "không có gì ở đây cả, chỉ là một câu dài",
             "xếp thứ", "ĐỨNG THỨ 3", "x" * 30 + "Xếp  thứ 7"]
    for t in texts:
        for pos, endpos in [(None, None), (3, None), (0, 12), (5, 40), (None, 9), (-12, None), (4, -3),
                            (20, 5), (60, 70), (0, 10**6)]:
            assert [m.span() for m in g.finditer(t, pos, endpos)] == [m.span() for m in p.finditer(t, pos, endpos)]
            a, b = g.search(t, pos, endpos), p.search(t, pos, endpos)
            assert (a and a.span()) == (b and b.span())
            assert g.findall(t, pos, endpos) == p.findall(t, pos, endpos)
        assert [m.span() for m in g.finditer(t, partial=True)] == [m.span() for m in p.finditer(t, partial=True)]
    assert g.pattern == p.pattern and g.groupindex == p.groupindex and g.sub("X", texts[0]) == p.sub("X", texts[0])
    import pickle

    assert pickle.loads(pickle.dumps(g)).pattern == pat


def test_a_gate_reads_only_the_window_it_is_given():
    """search(text, pos, endpos): the gate looks between pos and endpos (so a call per fact on a
    long document costs what the window costs), and a word outside the window lets nothing in."""
    pat = r"(?<![\p{L}])(?:xếp|đứng)\s+thứ\s+(?P<n>\d{1,2})"
    p = regex.compile(pat)
    g = gate_mod.Gated(p, gate_mod.derive(pat, 0))
    text = "xếp thứ 5 " + "câu không liên quan. " * 5000 + "đứng thứ 7"
    calls = []
    real = gate_mod._passes
    try:
        gate_mod._passes = lambda gate, e: calls.append(len(e[0])) or real(gate, e)
        for k in range(0, 20000, 1000):
            a, b = g.search(text, 10 + k, 310 + k), p.search(text, 10 + k, 310 + k)
            assert (a and a.span()) == (b and b.span()) and a is None
        for k in range(0, 2000, 100):  # short windows: scanned without the gate
            a, b = g.search(text, 10 + k, 60 + k), p.search(text, 10 + k, 60 + k)
            assert (a and a.span()) == (b and b.span()) and a is None
        assert g.search(text, len(text) - 12).span() == p.search(text, len(text) - 12).span()
    finally:
        gate_mod._passes = real
    assert len(calls) == 20 and set(calls) == {300}


def test_stored_gates_of_a_foreign_shape_are_refused():
    assert gate_mod.valid(None) and gate_mod.valid(("f", ("abc",), (gate_mod.DIGIT, "x")))
    for bad in [("x", ("a",)), ("f",), ("f", ()), ("f", ("",)), ("f", (1,)), ["f", ("a",)], "f", ("f", "abc")]:
        assert not gate_mod.valid(bad)


# --------------------------------------------------------------------------- foreign footer: one pass

_KO = "한국 정부는 행정 개혁을 추진하고 있습니다 그리고 디지털 정부를 강화합니다"
_VI_SENT = "Tỉnh đã đẩy mạnh cải cách hành chính và chuyển đổi số trong năm qua, đạt nhiều kết quả rõ rệt."


def _prose_follows_by_rescan(lines, i, t):
    """The definition: more Vietnamese sentence lines than foreign lines after ``lines[i]``."""
    vi = foreign = 0
    for ln in lines[i + 1:]:
        if not ln:
            continue
        if clean_mod._is_foreign(ln, t):
            foreign += 1
        elif len(ln.split()) >= 8 and clean_mod._vi_marks(ln, 3) \
                and (ln.rstrip().endswith((".", "!", "?", ";", ":", "…")) or clean_mod._LIST_ITEM.match(ln)):
            vi += 1
    return vi > foreign


def test_prose_balance_answers_as_the_rescan_after_every_line():
    rnd = random.Random(11)
    for _ in range(60):
        lines = [rnd.choice([_KO, _VI_SENT, "", "Tin liên quan", "- " + _VI_SENT[:-1], _KO + "."])
                 for _ in range(rnd.randint(1, 25))]
        bal = clean_mod._prose_balance(lines, 2.0)
        for i in range(len(lines)):
            assert clean_mod._prose_follows(lines, i, 2.0, balance=bal) == _prose_follows_by_rescan(lines, i, 2.0)


def test_foreign_lines_page_balance_made_once(monkeypatch):
    """A page with many foreign lines after its first third, each followed by Vietnamese prose,
    asks for the balance once (not once per foreign line: that was quadratic in the page)."""
    calls = []
    real = clean_mod._prose_balance
    for where in (clean_mod, clean_mod.linerules):  # the package and the module that reads it
        monkeypatch.setattr(where, "_prose_balance", lambda *a, **k: calls.append(1) or real(*a, **k))
    vi = [f"Năm {2000 + k}, {_VI_SENT[0].lower()}{_VI_SENT[1:]}" for k in range(640)]
    page = "\n\n".join(vi[:40] + [x for k in range(200) for x in (f"{_KO} {k}", vi[40 + 3 * k], vi[41 + 3 * k])])
    art = cx.extract(page)
    assert len(calls) == 1
    assert vi[638] in art.text  # the Vietnamese after the quotations is no footer


def test_no_identity_test_of_a_match_pattern_in_the_package():
    """A gated pattern is a wrapper around the compiled one: ``m.re is p[...]`` is then always false
    (a rule silently switched off). The package compares ``m.re.pattern`` instead."""
    src = Path(cx.__file__).parent
    found = [f"{p.relative_to(src)}:{i}" for p in src.rglob("*.py")
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if regex.search(r"\.re\s+is\b", line)]
    assert not found, found


# ------------------------------------------------------- where a match can start (gate.starts)

def _emulated(g, t):
    """The matches of a gated pattern found at its starts only (its automaton built at once), or
    None when the text is left to the engine (a folding that changes its length, dense starts)."""
    st = [g._starts[0], g._starts[1], None, gate_mod._WARM] + g._starts[4:]
    cands = gate_mod._candidates(st, [t, None, None])
    return None if cands is None else list(gate_mod._matches(g._p, t, cands, None, None))


def _same_matches(a, b) -> bool:
    return [(m.span(), m.groups(), m.groupdict()) for m in a] == [(m.span(), m.groups(), m.groupdict()) for m in b]


def test_matches_at_the_starts_are_the_patterns_own(sentences, corpus_articles):
    """For every pattern the pipeline compiled with starts: on corpus sentences, whole articles
    and hostile variants (upper case, İ/ı/ſ/K, decomposed), the matches tried only at the starts
    are the engine's, group by group."""
    pats = {k: g for k, g in _gated_patterns().items() if g._starts}
    assert len(pats) > 50
    rng = random.Random(23)
    texts = [v for s in rng.sample(sentences, 150) for v in _hostile(s)]
    texts += [a.text for a in corpus_articles[:25] if getattr(a, "error", None) is None]
    emulated = 0
    for key, g in pats.items():
        for t in texts:
            got = _emulated(g, t)
            if got is None:
                continue
            emulated += 1
            assert _same_matches(got, g._p.finditer(t)), (key[0][:80], t[:80])
    assert emulated > 5000


def test_start_characters_fold_as_regex_ignorecase_matches_them():
    """The starts of a case-insensitive pattern are found in the folded text: every character
    regex's IGNORECASE matches to a character of a start folds to what that character folds to."""
    for p in CORPUS[:70]:  # the pipeline's patterns compiled and their starts read, whatever ran before
        cx.extract(p.read_text(encoding="utf-8"))
    pats = [g for g in _gated_patterns().values() if g._starts and g._starts[0]]
    alphabet = {ch for g in pats for s in g._starts[1] for ch in s}
    _assert_ignorecase_folds_into(alphabet)


@pytest.mark.parametrize("pattern,flags,expect", [
    (r"(?<![\p{L}])(?:xếp|đứng|ở)\s+thứ", regex.I, ("f", "xếp", "đứng", "ở")),
    (r"(?<=[\s(])hạng\s+\d|(?<=và\s)thứ\s+\d", 0, ("r", "hạng", "thứ")),
    (r"(?:PAR[ -]?INDEX|chỉ số CCHC)", regex.I, ("f", "chỉ số", "par in", "par-in", "parind")),
    (r"(?:ab|ac|b)x", 0, ("r", "abx", "acx", "bx")),
])
def test_starts_derivation(pattern, flags, expect):
    assert gate_mod.starts(pattern, flags) == expect


D, B = gate_mod.START_DIGIT, gate_mod.START_BEGIN


@pytest.mark.parametrize("pattern,flags,expect", [
    (r"(?<![\p{L}])(?:a1|b1|c1|d1|e1|f1|g1|h1|\d{1,3}\s?%)", regex.I,        # a digit first, after
     ("f", "a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1", D)),               # many words
    (r"(?<![\p{L}])(?:mục tiêu|\d{1,3}\s?%)", regex.I, None),                 # after few: the engine's scan
    (r"(?<=(?:^|[,;])\s*)\d+%|phải|a1|b1|c1|d1|e1|f1|g1", 0,                 # after a lookbehind
     ("r", "a1", "b1", "c1", "d1", "e1", "f1", "g1", "phải", D)),
    (r"^\W*(?:a|b)c|xy", 0, ("r", "xy", B)),                                # at the beginning only
    (r"\A\s*ab|a1|b1|c1|d1|e1|f1|g1|h1|\d", regex.M,                         # \A: even with MULTILINE
     ("r", "a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1", B, D)),
    (r"(?:ab|^)\s*cd|xy", 0, None),                                         # a mark after an optional start
    (r"ab\d|\d|a1|b1|c1|d1|e1|f1|g1", 0, ("r", "a1", "ab", "b1", "c1", "d1", "e1", "f1", "g1", D)),
])
def test_starts_derivation_with_marks(pattern, flags, expect):
    assert gate_mod.starts(pattern, flags) == expect


@pytest.mark.parametrize("pattern,flags", [
    (r"^\W*a|xy", regex.M),       # ^ at every line: no mark
    (r"(?m)^\W*a|xy", 0),         # the same, inline
    (r"(?im:^\W*a)|xy", 0),       # the same, scoped
])
def test_no_beginning_mark_with_multiline(pattern, flags):
    st = gate_mod.starts(pattern, flags)
    assert st is None or B not in st


@pytest.mark.parametrize("pattern,flags", [
    (r"(?:với|ở)?\s*vị trí", 0),   # an optional start: the match may start with a space
    (r"\d+\s*(?:ha|km)", 0),       # a class first
    (r"xếp hạng\s+\d", 0),         # one string: the engine's own search for it is fast
    (r"\Gab|cd", 0),               # \G: where the last match ended, not where it is tried
    (r"(?:ab|\w)d", 0),            # a branch that may start with any letter
    (r"(?x)ab|cd", 0),             # verbose: not read
])
def test_no_starts_where_not_sure(pattern, flags):
    assert gate_mod.starts(pattern, flags) is None


def test_random_patterns_matches_at_starts_are_the_engines(monkeypatch):
    """Made-up patterns over a small alphabet (with the letters IGNORECASE matches across
    scripts) and random texts: matches tried at the starts only are the engine's (digit starts
    taken after any number of words, as they are after many)."""
    monkeypatch.setattr(gate_mod, "_DIGIT_MARK_MIN", 0)
    rng = random.Random(29)
    letters = ["a", "b", "K", "k", "ı", "i", "İ", "ſ", "s", "Đ", "đ", "ứ", "1", " "]
    text_letters = letters + ["K", "I", "S", "Ứ", "9", "٣", "ß", "ǰ"]

    seq = _pattern_maker(rng, letters, letter=0.45, look=0.55, cls=0.65, group=0.85, alts=4)

    checked = 0
    for _ in range(1500):
        pat = (r"(?<![\p{L}])" if rng.random() < 0.3 else "") + seq(0)
        if rng.random() < 0.2:  # a branch anchored at the beginning (of the text, or of a line)
            pat = rng.choice(["(?m)", "", "", r"(?m:\w)?"]) + rng.choice(["^", r"\A"]) + seq(1) + "|" + pat
        flags = (regex.I if rng.random() < 0.5 else 0) | (regex.M if rng.random() < 0.1 else 0)
        st = gate_mod.starts(pat, flags)
        if st is None:
            continue
        p = regex.compile(pat, flags)
        g = gate_mod.Gated(p, ("r", ("\x00",)), st)  # a gate that is never asked here
        for _ in range(30):
            t = "".join(rng.choice(text_letters + ["\n"]) for _ in range(rng.randint(0, 40)))
            got = _emulated(g, t)
            if got is not None:
                checked += 1
                assert _same_matches(got, p.finditer(t)), (pat, flags, t, st)
    assert checked > 3000


def test_a_gated_pattern_with_starts_answers_as_the_pattern():
    """search/finditer through the gate and the starts, once the starts are in use, with and
    without pos/endpos, as the pattern's own."""
    pat = r"(?<![\p{L}])(?:xếp|đứng|giữ vững)\s+(?:vị trí\s+)?thứ\s+(?P<n>\d{1,2})"
    p = regex.compile(pat, regex.I)
    g = gate_mod.Gated(p, gate_mod.derive(pat, regex.I), gate_mod.starts(pat, regex.I))
    assert g._starts is not None
    texts = ["Tỉnh ĐỨNG THỨ 5 cả nước năm nay, xếp thứ 12 về chỉ số, giữ vững vị trí thứ 3",
             "không có gì ở đây cả, chỉ là một câu dài", "ĐỨNG THỨ 3 " * 5, "x" * 30 + "Xếp  thứ 7",
             "İstanbul xếp thứ 9 và đứng thứ 10 trên ǰ danh sách dài hơn"]
    for _ in range(gate_mod._WARM + 1):
        for t in texts:
            assert [(m.span(), m.groupdict()) for m in g.finditer(t)] == \
                [(m.span(), m.groupdict()) for m in p.finditer(t)]
            a, b = g.search(t), p.search(t)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
            for pos, endpos in [(3, None), (0, 40), (None, 9)]:
                assert [m.span() for m in g.finditer(t, pos, endpos)] == [m.span() for m in p.finditer(t, pos, endpos)]
    assert g._starts[2] is not None  # the automaton is in use


@pytest.mark.parametrize("pattern,flags,expect", [
    (r"(?:ab)+c|xy", 0, ("r", "ab", "xy")),                       # a repetition: not what comes after it
    (r"(?:(?:phó|quyền)[ ]+)*(?:chủ tịch|giám đốc)", regex.I,   # optional prefixes, then the heads
     ("f", "chủ tị", "giám đ", "phó ", "quyền ")),
    (r"(?:với|ở|tại)?\s*vị trí|xếp", 0, None),                 # the optional words, then a space
    (r"(?:ab|c)?de", 0, ("r", "abde", "cde", "de")),
    (r"(?:ab|c*)d", 0, ("r", "abd", "c", "d")),
])
def test_starts_derivation_through_optional_parts(pattern, flags, expect):
    assert gate_mod.starts(pattern, flags) == expect


def test_matches_at_the_starts_in_a_window_are_the_patterns_own(sentences):
    """search/finditer(text, pos, endpos) of every pattern with starts, its automaton in use: the
    matches of the window (lookbehinds seeing the text before it) are the engine's."""
    pats = {k: g for k, g in _gated_patterns().items() if g._starts}
    rng = random.Random(31)
    texts = [v for s in rng.sample(sentences, 60) for v in _hostile(s)[:4]]
    windows = 0
    for key, g in pats.items():
        st = g._starts
        saved, st[3] = st[3], max(st[3], gate_mod._WARM)
        try:
            for t in texts:
                for _ in range(3):
                    a = rng.randrange(0, len(t) + 1)
                    b = rng.choice([None, rng.randrange(a, len(t) + 5)])
                    cands = gate_mod._window_candidates(st, t, a, b)
                    if cands is None:
                        continue
                    windows += 1
                    assert _same_matches(gate_mod._matches(g._p, t, cands, None, None, b), g._p.finditer(t, a, b)), \
                        (key[0][:60], t[:60], a, b)
                    m1, m2 = g.search(t, a, b), g._p.search(t, a, b)
                    assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups()))
        finally:
            st[3] = saved
    assert windows > 2000


L = gate_mod.START_LINE


@pytest.mark.parametrize("pattern,flags,expect", [
    (r"(?m)^[ \t]*(?:\d|xếp\s)|\d[^\d\n]{0,12}$|:[ \t]*1[.)/][ \t]", regex.I,   # a line's beginning, not its spaces
     ("f", ":\t", ": ", ":1)\t", ":1) ", ":1.\t", ":1. ", ":1/\t", ":1/ ", D, L)),
    (r"^\W*a|xy", regex.M, ("r", "xy", L)),
    (r"(?im:^\W*a)|xy", 0, ("f", "xy", L)),                  # MULTILINE scoped: ^ elsewhere is a line's too
    (r"\A\s*a|^\s*b|xy", regex.M, ("r", "xy", B, L)),
    (r"(?m)^b|xy", 0, ("r", "b", "xy")),                     # a string after ^: the string is start enough
])
def test_starts_derivation_with_line_marks(pattern, flags, expect):
    assert gate_mod.starts(pattern, flags) == expect


def test_matches_at_line_starts_are_the_engines():
    """A pattern whose branches start at ``^`` under MULTILINE, tried only at the beginnings of
    the lines (and at its other starts), in whole texts and in windows, finds the engine's matches."""
    rng = random.Random(37)
    pats = [(r"(?m)^[ \t]*(?:\d|(?i:hạng|thứ)\s)|\d[^\d\n]{0,12}$|:[ \t]*1[.)/][ \t]|a1|b1|c1|d1|e1|f1", 0),
            (r"^\W*(?:ab|c)|xy|zz", regex.M), (r"(?m:^\s*x)|ab|cd", 0), (r"(?<=\n)ab|^\s*c|de", regex.M)]
    alphabet = ["a", "b", "c", "d", "x", "y", "z", "1", "9", " ", "\t", ":", ".", "\n", "\n", "\r", "\u2028",
                "h", "ạ", "n", "g", "thứ "]
    checked = 0
    for pat, flags in pats:
        st = gate_mod.starts(pat, flags)
        assert st is not None and L in st, pat
        p = regex.compile(pat, flags)
        g = gate_mod.Gated(p, ("r", ("\x00",)), st)
        g._starts[3] = gate_mod._WARM
        for _ in range(400):
            t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
            got = _emulated(g, t)
            if got is not None:
                checked += 1
                assert _same_matches(got, p.finditer(t)), (pat, t)
            a = rng.randrange(0, len(t) + 1)
            b = rng.choice([None, rng.randrange(a, len(t) + 5)])
            cands = gate_mod._window_candidates(g._starts, t, a, b)
            if cands is not None:
                checked += 1
                assert _same_matches(gate_mod._matches(p, t, cands, None, None, b), p.finditer(t, a, b)), (pat, t, a, b)
    assert checked > 1500


def test_normalize_translates_only_texts_with_a_character_to_translate():
    """The translation is skipped for a text without any character of the table: the check finds
    exactly the table's characters, and normalize gives what translating every text gives."""
    import unicodedata

    from cchc_extract import normalize as nm

    for c in range(0x110000):
        assert (nm._TO_TRANSLATE.search(chr(c)) is not None) == (c in nm._TRANSLATE), hex(c)
    texts = [p.read_text(encoding="utf-8", errors="surrogateescape") for p in CORPUS[:40]]
    texts += ["a\u00a0b", "x\u200by", "\ud800", "Ð", "plain", "tab\there", "\x85", ""]
    for t in texts:
        t2 = t.replace("\r\n", "\n").replace("\r", "\n")
        assert nm.normalize(t) == nm.tone_convention(unicodedata.normalize("NFC", t2.translate(nm._TRANSLATE)))
