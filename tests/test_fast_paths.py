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
