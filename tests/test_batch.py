"""Batch: extract_many, the three output formats, faults (crash, timeout), kill-and-resume."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract.batch import (BatchStats, extract_many, read_results, table_schemas)
from cchc_extract.cli import main as cli
from cchc_extract.limits import Limits
from cchc_extract.models import Article, ErrorRecord

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))

sys.path.insert(0, str(Path(__file__).parent))
from test_readers import html_page  # noqa: E402


def _key(rec: dict) -> str:
    return json.dumps(rec, sort_keys=True, ensure_ascii=False)


def _set(records) -> list[str]:
    return sorted(_key(r) for r in records)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The seeds as .txt, a few as HTML pages, a JSONL file with a bad line, a binary file."""
    d = tmp_path_factory.mktemp("mixed")
    for f in SEEDS:
        shutil.copy(f, d / f.name)
    (d / "html").mkdir()
    for f in SEEDS[:4]:
        (d / "html" / f"{f.stem}.html").write_text(html_page(f.read_text(encoding="utf-8")),
                                                   encoding="utf-8")
    with gzip.open(d / "html" / "gz_page.html.gz", "wt", encoding="utf-8") as g:
        g.write(html_page(SEEDS[5].read_text(encoding="utf-8")))
    lines = [json.dumps({"id": "j1", "text": SEEDS[6].read_text(encoding="utf-8")}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "j2", "html": html_page(SEEDS[7].read_text(encoding="utf-8")),
                         "url": "http://example.vn/j2"}, ensure_ascii=False)]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return d


N_MIXED = len(SEEDS) + 4 + 1 + 3 + 1  # txt + html + html.gz + jsonl lines + binary


@pytest.fixture(scope="module")
def reference(mixed):
    """Uninterrupted in-process run over ``mixed``: JSON dicts by doc_id."""
    return {r["doc_id"]: r for r in (json.loads(x) for x in
                                     extract_many([mixed], workers=2, as_json=True))}


# ----------------------------------------------------------------------------- extract_many

def test_extract_many_equals_extract(mixed, reference):
    assert len(reference) == N_MIXED
    for f in SEEDS:
        want = json.loads(cx.extract(f.read_bytes(), doc_id=f.stem, source=str(mixed / f.name)).to_json())
        assert reference[f.stem] == want
    kinds = {r["doc_id"]: r["error"]["kind"] for r in reference.values() if "error" in r}
    assert kinds == {"feed_L2": "read_error", "image": "binary"}
    html_ids = [f"html/{f.stem}" for f in SEEDS[:4]] + ["html/gz_page", "j2"]
    for i in html_ids:
        assert "SCRIPTLEAK" not in reference[i]["text"]
        assert reference[i]["published"] == "2020-10-01" or i == "j2"
    assert reference["j2"]["source"] == "http://example.vn/j2"


def test_extract_many_models_order_and_serial(mixed, reference):
    stats = BatchStats()
    got = list(extract_many(mixed, workers=2, stats=stats))
    assert all(isinstance(r, (Article, ErrorRecord)) for r in got)
    ids = [r.doc_id for r in got]
    # input order: sorted walk of the directory
    assert ids[:2] == [SEEDS[0].stem, SEEDS[1].stem] and ids[-1] == "image"
    assert stats.documents == N_MIXED and stats.articles == N_MIXED - 2
    assert stats.worker_peak_rss_kb and all(v > 0 for v in stats.worker_peak_rss_kb.values())
    serial = [json.loads(x) for x in extract_many(mixed, workers=0, as_json=True)]
    assert [r["doc_id"] for r in serial] == ids
    assert _set(serial) == _set(reference.values())
    unordered = list(extract_many(mixed, workers=2, ordered=False, as_json=True))
    assert _set(json.loads(x) for x in unordered) == _set(reference.values())


def test_extract_many_texts():
    texts = ["Tỉnh Sơn La đạt 99,5% hồ sơ đúng hạn.", b"T\xe1\xbb\x89nh H\xc3\xa0 Giang.", ""]
    got = list(extract_many(texts, workers=1))
    assert [type(r).__name__ for r in got] == ["Article", "Article", "ErrorRecord"]
    assert got[2].error.kind == "empty"
    assert got[0].doc_id == cx.extract(texts[0]).doc_id


# ----------------------------------------------------------------------------- faults

def test_worker_crash_costs_one_document(mixed, reference):
    from batch_faults_plugin import install

    crash, exit_ = SEEDS[3].stem, SEEDS[9].stem
    got = {r["doc_id"]: r for r in (json.loads(x) for x in extract_many(
        mixed, workers=2, as_json=True, initializer=install, initargs=([crash], [exit_])))}
    assert got.keys() == reference.keys()
    assert got[crash]["error"]["kind"] == "worker_died"
    assert "SIGSEGV" in got[crash]["error"]["message"]
    assert got[exit_]["error"]["kind"] == "worker_died"
    assert "code 70" in got[exit_]["error"]["message"]
    for k in got:
        if k not in (crash, exit_):
            assert got[k] == reference[k]


def test_per_document_timeout(mixed, reference):
    from batch_faults_plugin import install

    slow = SEEDS[2].stem
    got = {r["doc_id"]: r for r in (json.loads(x) for x in
                                    extract_many(mixed, workers=2, limits=Limits(doc_timeout=2),
                                                 as_json=True, initializer=install,
                                                 initargs=((), (), [slow])))}
    assert got.keys() == reference.keys()
    assert got[slow]["error"]["kind"] == "timeout"
    assert "2 s" in got[slow]["error"]["message"]
    assert sum("error" in r for r in got.values()) == 3  # + the two input errors


# ----------------------------------------------------------------------------- outputs

@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".duckdb"])
def test_outputs_round_trip(mixed, reference, tmp_path, suffix, capsys):
    out = tmp_path / f"out{suffix}"
    assert cli(["batch", str(mixed), "-o", str(out), "--workers", "2"]) == 0
    err = capsys.readouterr().err
    assert f"{N_MIXED} documents" in err and "2 error records" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal
    got = list(read_results(out))
    assert len(got) == N_MIXED
    assert _set(got) == _set(reference.values())
    if suffix == ".jsonl":  # the same objects as extract, line by line, in input order
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0] == cx.extract(SEEDS[0].read_bytes(), doc_id=SEEDS[0].stem,
                                      source=str(mixed / SEEDS[0].name)).to_json()


def test_tabular_types_and_join(mixed, tmp_path):
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    pout, dout = tmp_path / "o.parquet", tmp_path / "o.duckdb"
    assert cli(["batch", str(mixed), "-o", str(pout), "--workers", "2"]) == 0
    assert cli(["batch", str(mixed), "-o", str(dout), "--workers", "2"]) == 0
    facts = pq.read_table(pout / "facts")
    s = facts.schema
    assert s.field("value").type == pa.float64()
    assert s.field("rank").type == pa.int64()
    assert s.field("titles").type == pa.list_(pa.string())
    assert s.field("date_value").type == pa.string()  # date.value is an ISO string
    arts = pq.read_table(pout / "articles")
    assert arts.num_rows == N_MIXED - 2
    assert arts.schema.field("sentences").type.value_type == pa.struct(
        [("start", pa.int64()), ("end", pa.int64())])
    assert set(pq.read_table(pout / "errors").column("kind").to_pylist()) == {"read_error", "binary"}
    fmts = dict(zip(arts.column("doc_id").to_pylist(), arts.column("extractor").to_pylist()))
    assert fmts["html/gz_page"] == "trafilatura" and fmts[SEEDS[0].stem] is None
    query = """
        SELECT f.subject AS province, substr(a.published, 1, 4) AS year,
               round(avg(f.value), 2) AS mean_pct, count(*) AS n
        FROM facts f JOIN articles a USING (doc_id)
        WHERE f.type = 'percentage' AND f.subject IS NOT NULL
        GROUP BY ALL ORDER BY province, year"""
    con = duckdb.connect(str(dout), read_only=True)
    try:
        rows = con.execute(query).fetchall()
        tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
        n_removed = con.execute("SELECT count(*) FROM removed").fetchone()[0]
    finally:
        con.close()
    assert tables == {"articles", "facts", "removed", "errors"}
    assert rows and all(isinstance(r[2], float) for r in rows)
    assert n_removed > 0
    con = duckdb.connect()
    prow = con.execute(query.replace("FROM facts f JOIN articles a",
                                     f"FROM read_parquet('{pout}/facts/*.parquet') f JOIN "
                                     f"read_parquet('{pout}/articles/*.parquet') a")).fetchall()
    assert prow == rows
    assert set(table_schemas()) >= {"articles", "facts", "removed", "errors"}


def test_cli_usage_errors(mixed, tmp_path, capsys):
    assert cli(["batch", str(mixed), "-o", str(tmp_path / "out.csv")]) == 2
    assert "unknown output format" in capsys.readouterr().err
    assert cli(["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "input not found" in capsys.readouterr().err
    assert cli(["batch", str(mixed), "-o", str(tmp_path / "no" / "dir" / "o.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert cli(["batch", str(mixed), "-o", "/proc/cchc-nope.jsonl"]) == 2
    assert "cannot write" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert cli(["batch", str(tmp_path / "empty"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "no input documents" in capsys.readouterr().err
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\x00" * 100)
    (bad / "b.txt").write_bytes(b"%PDF-1.4 junk")
    assert cli(["batch", str(bad), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"]) == 1
    foreign = tmp_path / "x.parquet"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me")
    assert cli(["batch", str(mixed), "-o", str(foreign)]) == 2
    assert (foreign / "mine.txt").exists()


def test_gzip_bomb_end_to_end(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEEDS[0], d / SEEDS[0].name)
    with gzip.open(d / "bomb.html.gz", "wb") as f:
        for _ in range(20):
            f.write(b"<p>" + b"a" * 1_000_000)
    out = tmp_path / "o.jsonl"
    assert cli(["batch", str(d), "-o", str(out), "--max-bytes", "2000000", "--workers", "1"]) == 0
    recs = {r["doc_id"]: r for r in read_results(out)}
    assert recs["bomb"]["error"]["kind"] == "too_large"
    assert "error" not in recs[SEEDS[0].stem]
    assert "too_large 1" in capsys.readouterr().err


# ----------------------------------------------------------------------------- resume

@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """A few hundred documents: copies of the seeds."""
    d = tmp_path_factory.mktemp("many")
    for k in range(8):
        sub = d / f"c{k:02d}"
        sub.mkdir()
        for f in SEEDS:
            shutil.copy(f, sub / f"c{k:02d}_{f.name}")
    return d


@pytest.fixture(scope="module")
def many_reference(many, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    assert cli(["batch", str(many), "-o", str(out), "--workers", "2"]) == 0
    return _set(read_results(out))


def _env(**extra):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def _start(inputs, out, *extra):
    return subprocess.Popen([sys.executable, "-m", "cchc_extract", "batch", str(inputs), "-o",
                             str(out), "--workers", "2", *extra], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(cond, proc, timeout=90):
    t = time.monotonic()
    while not cond():
        assert proc.poll() is None, f"batch finished before it could be interrupted: {proc.communicate()}"
        assert time.monotonic() - t < timeout, "batch made no progress"
        time.sleep(0.02)


def _lines(p: Path) -> int:
    return p.read_bytes().count(b"\n") if p.exists() else 0


def test_kill_and_resume_jsonl(many, many_reference, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = _start(many, out)
    _wait_for(lambda: _lines(out) >= 40, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _lines(out)
    assert 40 <= partial < len(many_reference)
    with open(out, "ab") as f:  # a torn last line, as a kill in mid-write would leave
        f.write(b'{"schema_version":"1","doc_id":"c07_torn')
    res = subprocess.run([sys.executable, "-m", "cchc_extract", "batch", str(many), "-o", str(out),
                          "--workers", "2", "--resume"], env=_env(), capture_output=True, text=True,
                         timeout=180)
    assert res.returncode == 0, res.stderr
    assert f"{partial} already in out.jsonl, skipped" in res.stderr
    got = list(read_results(out))
    ids = [r["doc_id"] for r in got]
    assert len(ids) == len(set(ids))  # no duplicates
    assert _set(got) == many_reference  # no gaps
    again = subprocess.run([sys.executable, "-m", "cchc_extract", "batch", str(many), "-o", str(out),
                            "--resume"], env=_env(), capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "nothing to do" in again.stderr
    assert _set(read_results(out)) == many_reference


@pytest.mark.parametrize("suffix", [".duckdb", ".parquet"])
def test_kill_and_resume_tabular(many, many_reference, tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    proc = _start(many, out, "--flush-every", "25")
    if suffix == ".parquet":
        _wait_for(lambda: len(list((out / "_commits").glob("*"))) >= 2
                  if (out / "_commits").is_dir() else False, proc)
    else:
        _wait_for(lambda: out.exists() and out.stat().st_size > 300_000, proc)
        time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    res = subprocess.run([sys.executable, "-m", "cchc_extract", "batch", str(many), "-o", str(out),
                          "--workers", "2", "--resume", "--flush-every", "25"], env=_env(),
                         capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr
    assert "already in" in res.stderr
    got = list(read_results(out))
    ids = [r["doc_id"] for r in got]
    assert len(ids) == len(set(ids))
    assert _set(got) == many_reference


def test_sigterm_flushes_and_says_resume(many, many_reference, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = _start(many, out)
    _wait_for(lambda: _lines(out) >= 30, proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "SIGTERM" in err and "--resume" in err
    done = list(read_results(out))  # every line is complete
    assert 30 <= len(done) < len(many_reference)
    assert set(_set(done)) <= set(many_reference)
    res = subprocess.run([sys.executable, "-m", "cchc_extract", "batch", str(many), "-o", str(out),
                          "--resume"], env=_env(), capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr
    assert _set(read_results(out)) == many_reference
