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
    rules = clean_mod._rules()
    monkeypatch.setitem(rules[3], "any_term", regex.compile(""))  # matches every text: the full pass
    slow = [clean_mod.clean(cx.pipeline.normalize(t)) for t in texts]
    assert fast == slow
    assert any(r.reason == "spam" for c in slow for r in c.removed)


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
    monkeypatch.setattr(gate_mod, "passes", lambda *a: True)
    assert [cx.extract(d).to_json() for d in docs] == gated


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


def test_gate_characters_fold_as_regex_ignorecase_matches_them():
    """A case-insensitive gate is checked on the folded text: every character regex's IGNORECASE
    matches to a character of a gate string must fold to what that character folds to (checked
    over every code point, for every character whose fold is one of the gates' characters)."""
    pats = _gated_patterns()
    alphabet = {ch for g in pats.values() if g._gate[0] for _, strs, _ in g._gate[1] for s in strs for ch in s}
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    sources = {c for c in everything if gate_mod.fold(c) and set(gate_mod.fold(c)) <= alphabet}
    assert len(sources) > 40
    for c in sources:
        for x in regex.findall("(?i)" + regex.escape(c), everything):
            assert gate_mod.fold(x) == gate_mod.fold(c), (c, x)


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


def test_random_patterns_gates_never_refuse_a_matching_text():
    """Made-up patterns over a small alphabet (with the letters IGNORECASE matches across
    scripts) and random texts: a refused text never matches."""
    rng = random.Random(7)
    letters = ["a", "b", "K", "k", "ı", "i", "İ", "ſ", "s", "Đ", "đ", "ứ", "1", " "]
    text_letters = letters + ["K", "I", "S", "Ứ", "9", "٣"]

    def atom(depth):
        r = rng.random()
        if depth > 2 or r < 0.4:
            return regex.escape(rng.choice(letters[:-1]))
        if r < 0.5:
            return r"\d"
        if r < 0.6:
            return "[" + "".join(rng.sample(letters[:-2], 2)) + "]"
        if r < 0.8:
            return "(?:" + "|".join(seq(depth + 1) for _ in range(rng.randint(2, 3))) + ")"
        return "(?:" + seq(depth + 1) + ")" + rng.choice(["?", "*", "+", "{2}", "{0,2}", "{1,3}"])

    def seq(depth):
        return "".join(atom(depth) for _ in range(rng.randint(1, 4)))

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
