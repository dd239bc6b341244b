"""The store of compiled patterns (cchc_extract.rx): a pattern from the store is the pattern
compiled from the same text and flags; a damaged or hostile store is ignored; the pipeline
gives the same records with the store, without it and while building it."""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from cchc_extract import rx

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("CCHC_EXTRACT_CACHE_DIR", str(tmp_path))
    rx._reset()
    yield tmp_path
    monkeypatch.undo()
    rx._reset()


PATTERNS = [
    (r"(?<![\p{L}])(?:phấn đấu|mục tiêu)\s+(?P<v>\d+(?:,\d+)?)\s*%", regex.I),
    (r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?", 0),
    (r"^\W*(?:Hôm nay|Today)\b", regex.M),
]
TEXT = "Mục tiêu 50% năm 2025; phấn đấu 99,5 % đến 12/5/2020.\nHôm nay trời đẹp. 3/4"


def _matches(p):
    return [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]


def test_a_stored_pattern_matches_as_the_compiled_one(store):
    with rx.record():
        for pat, flags in PATTERNS:
            rx.compile(pat, flags)
    assert rx.save()
    files = list(store.iterdir())
    assert len(files) == 1 and files[0].name.startswith("patterns-py")
    rx._reset()
    for pat, flags in PATTERNS:
        p = rx.compile(pat, flags)
        assert (pat, int(flags)) in rx._compiled  # taken from the store, not compiled
        fresh = regex.compile(pat, flags)
        assert p.pattern == fresh.pattern and p.flags == fresh.flags
        assert p.groupindex == fresh.groupindex
        assert _matches(p) == _matches(fresh) and _matches(p)


def test_other_flags_are_another_pattern(store):
    with rx.record():
        rx.compile("mục tiêu", regex.I)
    rx.save()
    rx._reset()
    p = rx.compile("mục tiêu")
    assert ("mục tiêu", 0) not in rx._compiled
    assert p.search("MỤC TIÊU") is None and rx.compile("mục tiêu", regex.I).search("MỤC TIÊU")


def test_a_damaged_store_is_ignored(store):
    with rx.record():
        rx.compile(*PATTERNS[0])
    rx.save()
    path = rx.store_path()
    path.write_bytes(path.read_bytes()[:40])
    rx._reset()
    p = rx.compile(*PATTERNS[0])
    assert _matches(p) == _matches(regex.compile(*PATTERNS[0]))
    assert rx.stale()  # the next document rebuilds it


def test_a_store_that_calls_anything_else_is_refused(store):
    marker = store / "ran"

    class Evil:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    pat, flags = PATTERNS[1]
    doc = {"format": 1, "fingerprint": rx.fingerprint(),
           "patterns": {(pat, flags): pickle.dumps(Evil())}}
    rx.store_path().parent.mkdir(parents=True, exist_ok=True)
    rx.store_path().write_bytes(pickle.dumps(doc))
    rx._reset()
    p = rx.compile(pat, flags)
    assert not marker.exists()
    assert _matches(p) == _matches(regex.compile(pat, flags))
    rx.store_path().write_bytes(pickle.dumps(Evil()))  # the outer layer too
    rx._reset()
    rx.compile(pat, flags)
    assert not marker.exists()


def test_a_store_entry_for_another_text_is_not_used(store):
    pat, flags = PATTERNS[1]
    doc = {"format": 1, "fingerprint": rx.fingerprint(),
           "patterns": {(pat, flags): pickle.dumps(regex.compile("x"))}}
    rx.store_path().parent.mkdir(parents=True, exist_ok=True)
    rx.store_path().write_bytes(pickle.dumps(doc))
    rx._reset()
    assert rx.compile(pat, flags).pattern == pat


def test_the_store_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_EXTRACT_CACHE_DIR", "")
    rx._reset()
    try:
        with rx.record():
            rx.compile(*PATTERNS[0])
        assert rx.store_path() is None and not rx.save() and not rx.stale()
    finally:
        monkeypatch.undo()
        rx._reset()


def test_an_unwritable_store_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CCHC_EXTRACT_CACHE_DIR", str(blocker / "sub"))  # under a file
    rx._reset()
    try:
        with rx.record():
            rx.compile(*PATTERNS[0])
        assert rx.save() is False
    finally:
        monkeypatch.undo()
        rx._reset()


_RUN = r"""
import json, sys
from pathlib import Path
import cchc_extract as cx
from cchc_extract import rx
out = [cx.extract(Path(p)).to_json() for p in sys.argv[1:]]
print(json.dumps({"records": out, "from_store": len(rx._compiled)}))
"""


def test_the_pipeline_gives_the_same_records_with_and_without_the_store(tmp_path):
    files = sorted(str(p) for p in (ROOT / "corpus").glob("00*.txt"))[:4]
    assert files
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))

    def run(cache):
        env["CCHC_EXTRACT_CACHE_DIR"] = cache
        p = subprocess.run([sys.executable, "-c", _RUN, *files], capture_output=True, text=True,
                           env=env, cwd=ROOT, timeout=600)
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)

    off = run("")
    building = run(str(tmp_path))  # no store yet: built by the first document
    assert list(tmp_path.iterdir())
    warm = run(str(tmp_path))
    assert off["from_store"] == building["from_store"] == 0
    assert warm["from_store"] > 100
    assert off["records"] == building["records"] == warm["records"]


def test_no_home_directory_means_no_store(monkeypatch):
    monkeypatch.delenv("CCHC_EXTRACT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)  # "~" stays "~": no home
    assert rx.cache_dir() is None and rx.store_path() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert rx.cache_dir() == Path("/somewhere/cache/cchc_extract")


def test_a_read_only_store_directory_is_not_rebuilt_in_every_process(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir()
    monkeypatch.setenv("CCHC_EXTRACT_CACHE_DIR", str(ro / "cache"))
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as on a read-only disk
    rx._reset()
    try:
        rx.compile(*PATTERNS[0])
        assert not rx.stale() and not rx._recording
    finally:
        monkeypatch.undo()
        rx._reset()
    monkeypatch.setenv("CCHC_EXTRACT_CACHE_DIR", str(ro / "cache"))
    rx._reset()
    try:
        rx.compile(*PATTERNS[0])
        assert rx.stale()  # writable: the missing store is built
    finally:
        monkeypatch.undo()
        rx._reset()


_FIRST = """
import json, sys
from pathlib import Path
import cchc_extract as cx
from cchc_extract import rx
doc = Path(sys.argv[1]).read_bytes() if len(sys.argv) > 1 else "Tỉnh Thái Nguyên đạt 99,5%."
rec = cx.extract(doc, doc_id="d").to_json()
print(json.dumps({"record": rec, "compiled": len(rx._memo), "stored": len(rx._stored or {}),
                  "recorded": len(rx._recorded)}))
"""


def test_the_first_document_adds_the_patterns_the_store_lacked(tmp_path):
    article = str(ROOT / "corpus" / "002_97d673e06247b9f2.txt")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CCHC_EXTRACT_CACHE_DIR=str(tmp_path))

    def run(*args, seed="0"):
        p = subprocess.run([sys.executable, "-c", _FIRST, *args], capture_output=True, text=True,
                           env=dict(env, PYTHONHASHSEED=seed), cwd=ROOT, timeout=600)
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)

    built = run()  # builds the store on the warm-up text and a one-line document
    first = run(article)  # an article reaches patterns the warm-up text does not
    assert first["compiled"] > 0
    later = [run(article, seed=s) for s in ("1", "2", "3")]  # whatever the order of sets
    assert all(r["compiled"] == 0 for r in later)
    assert later[0]["stored"] == first["stored"] == built["recorded"] + first["compiled"]
    assert all(r["record"] == first["record"] for r in later)
    # turned off: nothing is written
    off = subprocess.run([sys.executable, "-c", _FIRST, article], capture_output=True, text=True,
                         env=dict(env, CCHC_EXTRACT_CACHE_DIR=""), cwd=ROOT, timeout=600)
    assert json.loads(off.stdout)["record"] == first["record"]


def test_a_full_store_takes_no_more_patterns(store, monkeypatch):
    with rx.record():
        rx.compile(*PATTERNS[0])
    assert rx.save()
    rx._reset()
    rx.compile(*PATTERNS[0])  # from the store: up to date
    assert rx._fresh
    monkeypatch.setattr(rx, "_STORE_MAX", 1)
    rx.compile(*PATTERNS[1])
    assert not rx.top_up()
    rx._reset()
    rx.compile(*PATTERNS[0])
    rx.compile(*PATTERNS[1])
    assert (PATTERNS[1][0], int(PATTERNS[1][1])) not in rx._compiled  # compiled again, not stored
    monkeypatch.setattr(rx, "_STORE_MAX", 3000)
    assert rx.top_up() and not rx.top_up()  # once per process
    rx._reset()
    for pat, flags in PATTERNS[:2]:
        rx.compile(pat, flags)
        assert (pat, int(flags)) in rx._compiled


def test_a_stored_gated_pattern_is_built_when_first_asked_past_its_gate(store):
    from cchc_extract import gate

    pat, flags = PATTERNS[0]
    with rx.record():
        rx.compile(pat, flags)
    assert rx.save()
    rx._reset()
    p = rx.compile(pat, flags)
    assert isinstance(p, gate.Gated) and p._load is not None
    assert p.search("nothing of the gate's words here, long enough to be checked") is None
    assert p._load is not None  # refused by the gate: not built
    fresh = regex.compile(pat, flags)
    assert _matches(p) == _matches(fresh) and _matches(p)
    assert p._load is None
    assert (p.pattern, p.flags, p.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
    # each attribute asked first, in a new process's pattern
    for name in ("match", "fullmatch", "sub", "pattern", "flags", "groups", "groupindex", "_p", "scanner"):
        rx._reset()
        q = rx.compile(pat, flags)
        assert q._load is not None
        getattr(q, name)
        assert q._load is None and q._p.pattern == pat
    rx._reset()
    assert rx.compile(pat, flags).match("Mục tiêu 50%").group("v") == "50"
    # a damaged entry is compiled from its text when it is first needed
    path = rx.store_path()
    doc = pickle.loads(path.read_bytes())
    key = (pat, int(flags))
    doc["patterns"][key] = (b"not a pickle",) + doc["patterns"][key][1:]
    path.write_bytes(pickle.dumps(doc))
    rx._reset()
    q = rx.compile(pat, flags)
    assert _matches(q) == _matches(fresh)


def test_a_store_built_by_other_code_is_not_used(store):
    pat, flags = PATTERNS[0]
    with rx.record():
        rx.compile(pat, flags)
    assert rx.save()
    path = rx.store_path()
    doc = pickle.loads(path.read_bytes())
    key = (pat, int(flags))
    doc["patterns"][key] = (doc["patterns"][key][0], ("f", ("never in any text",)), None)  # another gate
    doc["fingerprint"] = "another version of the package"
    path.write_bytes(pickle.dumps(doc))
    rx._reset()
    p = rx.compile(pat, flags)
    assert key not in rx._compiled  # compiled here, with the gate this code derives
    assert _matches(p) == _matches(regex.compile(pat, flags)) and _matches(p)
