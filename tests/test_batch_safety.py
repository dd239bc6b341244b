"""Batch never loses or duplicates a document: a fault-injection matrix that counts records
in and out (0 lost, 0 duplicated) for each way a run over real directory trees used to go
wrong while exiting 0 — the output inside the input, two writers on one output, ids that
depended on walk order, file names that are not UTF-8, Dask-written Parquet resumed,
truncated WARC files, invalid options, missing extras, an unguarded script. (Kill -9
mid-write: ``test_batch.py::test_kill_and_resume_*`` and
``test_batch_faults.py::test_sigkill_mid_run_then_resume``; a kill inside a Parquet commit:
below.)"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from cchc_extract.batch import BatchStats, extract_many, open_sink, read_results, worker_cap
from cchc_extract.cli import main as cli
from cchc_extract.readers import iter_records, plan

SEEDS = sorted(CORPUS.glob("*.txt"))
SHORT = ["Tỉnh Sơn La đạt 99,5% hồ sơ đúng hạn năm 2020.",
         "Thái Nguyên xếp thứ 14/63 về Chỉ số CCHC năm 2019.",
         "Năm 2021, Hà Giang có 1.650 dịch vụ công trực tuyến.",
         "Lạng Sơn (99,82%) dẫn đầu về tỷ lệ hồ sơ đúng hạn.",
         "Phấn đấu đến năm 2025 đạt 90% hồ sơ trực tuyến."]
SUFFIXES = [".jsonl", ".parquet", ".duckdb"]


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), e.get("PYTHONPATH", "")])
    return e


def run_cli(*args, timeout=180, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cchc_extract", *map(str, args)], env=env(),
                          capture_output=True, text=True, timeout=timeout, **kw)


def write_docs(d: Path, names, texts=SHORT) -> None:
    for i, name in enumerate(names):
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(texts[i % len(texts)] + f" Văn bản {i}.", encoding="utf-8")


def counted(out: Path) -> Counter:
    return Counter(r["doc_id"] for r in read_results(out))


def assert_exactly_once(out: Path, ids) -> Counter:
    c = counted(out)
    dup = sorted(k for k, n in c.items() if n > 1)
    assert not dup, f"duplicated: {dup}"
    assert set(c) == set(ids), f"lost: {sorted(set(ids) - set(c))}, unexpected: {sorted(set(c) - set(ids))}"
    return c


def snapshot(path: Path) -> dict:
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))
                if p.is_file() and p.name != "_lock"}
    return {"": path.read_bytes()}


# ================================================================== 1. output inside the input

@pytest.mark.parametrize("suffix", SUFFIXES)
def test_output_inside_an_input_directory_is_left_out(tmp_path, suffix):
    d = tmp_path / "crawl"
    write_docs(d, [f"p{i}.txt" for i in range(5)])
    out = d / f"out{suffix}"
    p = run_cli("batch", d, "-o", out, "--workers", "1", timeout=120)
    assert p.returncode == 0, p.stderr
    assert "left out of the inputs" in p.stderr
    assert_exactly_once(out, [f"p{i}" for i in range(5)])
    again = run_cli("batch", d, "-o", out, "--workers", "1", "--resume", timeout=120)
    assert again.returncode == 0 and "nothing to do" in again.stderr, again.stderr
    assert_exactly_once(out, [f"p{i}" for i in range(5)])


@pytest.mark.parametrize("flag", [[], ["--resume"], ["--overwrite"]])
def test_output_that_is_an_input_is_refused_and_untouched(tmp_path, flag):
    x = tmp_path / "x.jsonl"
    x.write_text("".join(json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) + "\n"
                         for i, t in enumerate(SHORT)), encoding="utf-8")
    before = x.read_bytes()
    assert cli(["batch", str(x), "-o", str(x), *flag]) == 2
    assert x.read_bytes() == before


def test_input_inside_the_parquet_output_is_refused(tmp_path):
    out = tmp_path / "o.parquet"
    write_docs(tmp_path / "in", ["a.txt"])
    assert cli(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "0"]) == 0
    assert cli(["batch", str(out / "articles"), "-o", str(out), "--resume"]) == 2


# ================================================================== 2. two writers, one output

@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_second_writer_is_refused_in_every_mode(tmp_path, suffix):
    """While one process holds the output open for writing, another batch is refused with
    a clear message in every mode — and the first one's rows survive."""
    a, b = tmp_path / "a", tmp_path / "b"
    write_docs(a, [f"a{i}.txt" for i in range(3)])
    write_docs(b, [f"b{i}.txt" for i in range(3)])
    out = tmp_path / f"out{suffix}"
    sink = open_sink(out, "new", flush_docs=1)
    try:
        for rec in extract_many([a], workers=0, as_json=True):
            from cchc_extract.batch import Done

            d = json.loads(rec)
            sink.write(Done(0, d["doc_id"], rec, {"format": "text", "kind": None}))
        sink.flush()
        for flag in ([], ["--resume"], ["--overwrite"]):
            p = run_cli("batch", b, "-o", out, "--workers", "1", *flag, timeout=120)
            assert p.returncode == 2, (flag, p.stderr)
            assert "being written by another process" in p.stderr, (flag, p.stderr)
            assert "Traceback" not in p.stderr
    finally:
        sink.close()
    assert_exactly_once(out, ["a0", "a1", "a2"])
    # once the first writer is done, --resume adds the other input: nothing lost or doubled
    p = run_cli("batch", b, "-o", out, "--workers", "1", "--resume", timeout=120)
    assert p.returncode == 0, p.stderr
    assert_exactly_once(out, ["a0", "a1", "a2", "b0", "b1", "b2"])


def test_two_real_batch_processes_on_one_jsonl(tmp_path):
    """The reported case with two live processes: the second is refused, exit 2."""
    from test_batch_faults import FAULTY_CLI

    a, b = tmp_path / "a", tmp_path / "b"
    write_docs(a, [f"a{i}.txt" for i in range(4)])
    write_docs(b, [f"b{i}.txt" for i in range(2)])
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen([sys.executable, str(FAULTY_CLI), json.dumps({"sleep": ["a2"]}), "batch",
                              str(a), "-o", str(out), "--workers", "1", "--timeout", "20"],
                             env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        import time

        t = time.monotonic()
        while not (out.exists() and out.read_bytes().count(b"\n") >= 2):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() - t < 60
            time.sleep(0.1)
        for flag in ([], ["--resume"], ["--overwrite"]):
            p = run_cli("batch", b, "-o", out, "--workers", "1", *flag, timeout=60)
            assert p.returncode == 2 and "another process" in p.stderr, (flag, p.stderr)
        _, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 0, err
    c = assert_exactly_once(out, ["a0", "a1", "a2", "a3"])
    assert sum(c.values()) == 4


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_existing_output_needs_resume_or_overwrite(tmp_path, suffix, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    write_docs(a, ["x.txt", "y.txt"])
    write_docs(b, ["z.txt"])
    out = tmp_path / f"out{suffix}"
    assert cli(["batch", str(a), "-o", str(out), "--workers", "0"]) == 0
    before = snapshot(out)
    capsys.readouterr()
    assert cli(["batch", str(b), "-o", str(out), "--workers", "0"]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--resume" in err and "--overwrite" in err
    assert snapshot(out) == before  # not replaced
    assert cli(["batch", str(b), "-o", str(out), "--resume", "--overwrite"]) == 2  # exclusive
    assert cli(["batch", str(b), "-o", str(out), "--workers", "0", "--overwrite"]) == 0
    assert_exactly_once(out, ["z"])


# ================================================================== 3. stable ids

def test_ids_do_not_depend_on_walk_order(tmp_path):
    site = tmp_path / "site"
    write_docs(site, ["a/index.txt", "c/index.txt"])
    out = tmp_path / "out.jsonl"
    assert cli(["batch", str(site), "-o", str(out), "--workers", "0"]) == 0
    assert set(counted(out)) == {"a/index", "c/index"}
    write_docs(site, ["a/index.txt", "b/index.txt", "c/index.txt"])  # b added in the middle
    assert cli(["batch", str(site), "-o", str(out), "--workers", "0", "--resume"]) == 0
    c = assert_exactly_once(out, ["a/index", "b/index", "c/index"])
    src = {r["doc_id"]: Path(r["source"]).relative_to(site).as_posix() for r in read_results(out)}
    assert src == {"a/index": "a/index.txt", "b/index": "b/index.txt", "c/index": "c/index.txt"}
    assert sum(c.values()) == 3


def test_corpus_ids_are_the_file_stems():
    ids = [t.doc_id for t in plan([CORPUS])]
    assert ids == [p.stem for p in sorted(CORPUS.glob("*.txt"))]


def test_id_rule_cases(tmp_path):
    d = tmp_path / "d"
    write_docs(d, ["index.txt", "index.html", "x/page.html", "only.txt"])
    with gzip.open(d / "x" / "z.txt.gz", "wt", encoding="utf-8") as f:
        f.write(SHORT[0])
    (d / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "dup", "text": SHORT[0]}), json.dumps({"id": "dup", "text": SHORT[1]}),
        json.dumps({"text": SHORT[2]}), json.dumps({"id": "dup", "text": SHORT[3]})]) + "\n",
        encoding="utf-8")
    ids = [r.doc_id for r in iter_records([d])]
    assert ids == ["dup", "dup~2", "feed_L3", "dup~3", "index.html", "index.txt", "only",
                   "x/page", "x/z"]
    # an explicit file argument: its name without suffix
    assert [r.doc_id for r in iter_records([d / "x" / "page.html"])] == ["page"]
    # occurrence suffixes are per file: a second file with the same ids does not shift them
    (tmp_path / "other.jsonl").write_text(json.dumps({"id": "solo", "text": SHORT[4]}) + "\n")
    again = [r.doc_id for r in iter_records([tmp_path / "other.jsonl", d])]
    assert again == ["solo", *ids]


# ================================================================== 4. names that are not UTF-8

@pytest.fixture
def bad_name_dir(tmp_path):
    d = tmp_path / "in"
    write_docs(d, ["a.txt", "b.txt", "c.txt"])
    try:
        with open(os.path.join(os.fsencode(str(d)), b"caf\xe9.txt"), "wb") as f:
            f.write(SHORT[3].encode("utf-8"))
    except OSError:
        pytest.skip("this filesystem refuses non-UTF-8 file names")
    return d


@pytest.mark.parametrize("workers", ["0", "1"])
def test_file_name_that_is_not_utf8(bad_name_dir, tmp_path, workers):
    out = tmp_path / f"out{workers}.jsonl"
    p = run_cli("batch", bad_name_dir, "-o", out, "--workers", workers, timeout=120)
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr
    c = assert_exactly_once(out, ["a", "b", "c", "caf\\xe9"])
    rec = next(r for r in read_results(out) if r["doc_id"] == "caf\\xe9")
    assert "error" not in rec and rec["source"].endswith("caf\\xe9.txt")
    p = run_cli("batch", bad_name_dir, "-o", out, "--workers", workers, "--resume", timeout=120)
    assert p.returncode == 0 and "nothing to do" in p.stderr, p.stderr
    assert counted(out) == c


def test_jsonl_ids_with_lone_surrogates(tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "x\\ud800y", "text": "T\\u1ec9nh S\\u01a1n La.", "title": "t\\udcff"}\n'
                   '{"id": "ok", "text": "T\\u1ec9nh H\\u00e0 Giang."}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert cli(["batch", str(src), "-o", str(out), "--workers", "0"]) == 0
    assert_exactly_once(out, ["x\\ud800y", "ok"])


# ================================================================== 5. Parquet written by Dask

def _dask_parquet(inp: Path, out: Path, npartitions=2) -> int:
    pytest.importorskip("dask.bag")
    import dask

    import cchc_extract.dask as cxd

    with dask.config.set(scheduler="synchronous"):
        return cxd.to_parquet(cxd.extract_bag([inp], npartitions=npartitions), out)


@pytest.mark.parametrize("markers", [True, False], ids=["with markers", "older, no markers"])
def test_resume_on_dask_parquet_keeps_its_parts(tmp_path, markers, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    write_docs(a, [f"a{i}.txt" for i in range(6)])
    write_docs(b, [f"b{i}.txt" for i in range(3)])
    out = tmp_path / "out.parquet"
    assert _dask_parquet(a, out) == 6
    assert (out / "_commits").is_dir()
    if not markers:  # what cchc_extract.dask wrote before it had commit markers
        shutil.rmtree(out / "_commits")
    before = snapshot(out)
    assert cli(["batch", str(a), str(b), "-o", str(out), "--workers", "0", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "6 already in out.parquet, skipped" in err
    after = snapshot(out)
    for name, data in before.items():  # every part Dask wrote is still there, unchanged
        assert after.get(name) == data, name
    c = assert_exactly_once(out, [f"a{i}" for i in range(6)] + [f"b{i}" for i in range(3)])
    assert sum(c.values()) == 9


def test_dask_to_parquet_refuses_an_existing_output(tmp_path):
    a = tmp_path / "a"
    write_docs(a, ["x.txt"])
    out = tmp_path / "out.parquet"
    _dask_parquet(a, out, npartitions=1)
    with pytest.raises(FileExistsError, match="overwrite=True"):
        _dask_parquet(a, out, npartitions=1)
    import dask

    import cchc_extract.dask as cxd

    with dask.config.set(scheduler="synchronous"):
        assert cxd.to_parquet(cxd.extract_bag([a]), out, overwrite=True) == 1
    assert_exactly_once(out, ["x"])


def test_parquet_resume_never_deletes_uncommitted_parts_and_finishes_a_commit(tmp_path, capsys):
    """A kill inside a commit: parts renamed without marker are moved aside (not deleted);
    a marker whose parts are still temporary is completed."""
    a = tmp_path / "a"
    write_docs(a, [f"a{i}.txt" for i in range(4)])
    out = tmp_path / "out.parquet"
    assert cli(["batch", str(a), "-o", str(out), "--workers", "0", "--flush-every", "2"]) == 0
    # seq 1 (a2, a3): marker present, parts still temporary (killed between marker and rename)
    for t in ("articles", "facts", "removed", "errors"):
        os.replace(out / t / "part-00001.parquet", out / t / ".part-00001.parquet.tmp")
    # seq 0 (a0, a1): parts visible but marker gone (an older writer killed before its marker)
    (out / "_commits" / "00000").unlink()
    assert set(counted(out)) == {"a2", "a3"}  # readers see committed data only
    capsys.readouterr()
    assert cli(["batch", str(a), "-o", str(out), "--workers", "0", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "moved to" in err and "_uncommitted" in err
    assert (out / "_uncommitted" / "articles" / "part-00000.parquet").exists()
    assert_exactly_once(out, ["a0", "a1", "a2", "a3"])


# ================================================================== 6. truncated WARC

def _warc_bytes(n: int, gz: bool) -> tuple[bytes, list[int]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i in range(n):
        body = (f"<html><head><title>Tin {i}</title></head><body><article><p>{SHORT[i % 5]}</p>"
                f"<p>{'Nội dung bài viết số ' + str(i) + '. ' * 3}</p></article></body></html>").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"http://e.vn/{i}", "response",
                                            payload=io.BytesIO(body), http_headers=http))
        if i == 1:  # a non-HTML record in between (skipped, not a document)
            w.write_record(w.create_warc_record("http://e.vn/req", "request",
                                                payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    data = buf.getvalue()
    it = ArchiveIterator(io.BytesIO(data))
    ends = []
    for rec in it:
        rec.content_stream().read()
        ends.append((it.get_record_offset() + it.get_record_length(), rec.rec_type == "response"))
    return data, ends


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_truncated_warc_never_loses_a_record_silently(tmp_path, gz):
    pytest.importorskip("warcio")
    data, ends = _warc_bytes(6, gz)
    cuts = sorted(set(random.Random(7).sample(range(1, len(data)), 150)) - {e for e, _ in ends})
    p = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    silent = []
    for cut in cuts:
        p.write_bytes(data[:cut])
        recs = list(iter_records([p]))
        ok = [r for r in recs if not r.meta.get("error")]
        errors = [r for r in recs if r.meta.get("error")]
        complete = sum(1 for e, is_doc in ends if e <= cut and is_doc)
        # every record wholly before the cut is read; the damage is one error record
        if not (complete <= len(ok) <= complete + 1 and len(errors) == 1):
            silent.append((cut, complete, len(ok), len(errors)))
        assert len({r.doc_id for r in recs}) == len(recs)
    assert not silent, f"(cut, complete records, read, error records): {silent[:10]}"
    p.write_bytes(data)
    assert [bool(r.meta.get("error")) for r in iter_records([p])] == [False] * 6


def test_truncated_warc_end_to_end(tmp_path):
    pytest.importorskip("warcio")
    data, ends = _warc_bytes(4, True)
    cut = (ends[2][0] + ends[3][0]) // 2  # inside the third response
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(data[:cut])
    out = tmp_path / "o.jsonl"
    assert cli(["batch", str(p), "-o", str(out), "--workers", "0"]) == 0
    recs = list(read_results(out))
    assert [("error" in r) for r in recs] == [False, False, True]
    assert "truncated" in recs[-1]["error"]["message"]


# ================================================================== 7. options, extras, scripts

@pytest.mark.parametrize("args", [["--max-bytes", "-5"], ["--flush-every", "-3"], ["--timeout", "0"],
                                  ["--workers", "-1"], ["--max-bytes", "0"], ["--timeout", "nan"]])
def test_invalid_options_are_refused(tmp_path, args, capsys):
    write_docs(tmp_path / "in", ["a.txt"])
    out = tmp_path / "o.jsonl"
    assert cli(["batch", str(tmp_path / "in"), "-o", str(out), *args]) == 2
    assert args[0] in capsys.readouterr().err
    assert not out.exists()


def test_worker_count_is_capped_and_started_on_demand(tmp_path, capsys):
    write_docs(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "o.jsonl"
    assert cli(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "100000"]) == 0
    assert f"capped to {worker_cap()}" in capsys.readouterr().err
    assert_exactly_once(out, ["a", "b"])
    stats = BatchStats()
    got = list(extract_many(SHORT[:2], workers=100000, stats=stats))
    assert len(got) == 2 and 1 <= stats.workers_started <= 2  # not one per requested worker


def test_published_from_jsonl_is_validated(tmp_path):
    src = tmp_path / "p.jsonl"
    vals = ["not a date", "2020-13-45", "2020-10-01T08:00:00+07:00", "2021-03", [2020]]
    src.write_text("".join(json.dumps({"id": f"p{i}", "text": SHORT[i], "published": v},
                                      ensure_ascii=False) + "\n" for i, v in enumerate(vals)),
                   encoding="utf-8")
    got = {r.doc_id: r for r in extract_many([src], workers=0)}
    assert [got[f"p{i}"].published for i in range(5)] == [None, None, "2020-10-01", "2021-03", None]
    for i in (0, 1, 4):
        assert any("'published'" in w and "not a date" in w for w in got[f"p{i}"].warnings)
    assert not any("published" in w for w in got["p2"].warnings)


def test_parse_published():
    from cchc_extract.published import parse_published

    assert parse_published("2020-10-01") == "2020-10-01"
    assert parse_published(" 2020-10 ") == "2020-10"
    assert parse_published("2020-10-01T08:00:00+07:00") == "2020-10-01"
    assert parse_published("2020-10-01T23:30:00Z") == "2020-10-02"  # Vietnam's day
    assert parse_published("2020-10-01 08:00:00.123+07:00") == "2020-10-01"
    for bad in ("not a date", "2020-13-45", "2020-02-30", "2020-00", "2020-10-01T25:00", "", None,
                20201001, "2020-10-01" * 20):
        assert parse_published(bad) is None, bad


@pytest.mark.parametrize("suffix", [".parquet", ".duckdb"])
def test_table_reads_tabular_outputs(tmp_path, suffix):
    pytest.importorskip("pandas")
    out = tmp_path / f"o{suffix}"
    src = tmp_path / "in"
    write_docs(src, ["a.txt", "b.txt"], texts=[SHORT[1], "Tỉnh Sơn La xếp thứ 20/63 về Chỉ số PAR INDEX năm 2020."])
    assert cli(["batch", str(src), "-o", str(out), "--workers", "0"]) == 0
    p = run_cli("table", "rankings", out)
    assert p.returncode == 0, p.stderr
    rows = p.stdout.strip().splitlines()
    assert len(rows) == 3 and rows[0].startswith("province,"), p.stdout


_MISSING = "import sys; sys.modules[{mod!r}] = None; from cchc_extract.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.mark.parametrize("mod,args", [
    ("pyarrow", ["batch", "{in}", "-o", "{tmp}/o.parquet"]),
    ("duckdb", ["batch", "{in}", "-o", "{tmp}/o.duckdb"]),
    ("pandas", ["table", "rankings", "{tmp}/r.jsonl"]),
])
def test_missing_extra_is_one_line(tmp_path, mod, args):
    write_docs(tmp_path / "in", ["a.txt"])
    (tmp_path / "r.jsonl").write_text(cx_json(SHORT[1]) + "\n", encoding="utf-8")
    argv = [a.format(**{"in": tmp_path / "in", "tmp": tmp_path}) for a in args]
    p = subprocess.run([sys.executable, "-c", _MISSING.format(mod=mod), *argv], env=env(),
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2, p.stderr
    lines = p.stderr.strip().splitlines()
    extra = "frames" if mod == "pandas" else "batch"
    assert len(lines) == 1 and f"pip install 'cchc_extract[{extra}]'" in lines[0] and mod in lines[0], p.stderr


def cx_json(text: str) -> str:
    import cchc_extract as cx

    return cx.extract(text, doc_id="r").to_json()


def test_extract_many_from_a_script_without_main_guard(tmp_path):
    script = tmp_path / "plain.py"
    script.write_text(textwrap.dedent("""
        import cchc_extract as cx
        texts = ["Tỉnh Sơn La đạt 99,5% hồ sơ đúng hạn.", "Thái Nguyên xếp thứ 14/63 năm 2019.",
                 "Hà Giang có 1.650 dịch vụ công trực tuyến."]
        got = list(cx.extract_many(texts, workers=2))
        print("RESULTS", len(got), sum(type(r).__name__ == "Article" for r in got))
    """), encoding="utf-8")
    p = subprocess.run([sys.executable, str(script)], env=env(), capture_output=True, text=True,
                       timeout=180, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.split().count("RESULTS") == 1, p.stdout  # the script ran once, not per worker
    assert "RESULTS 3 3" in p.stdout


def test_extract_cli_faults_give_one_line(tmp_path):
    p = run_cli("extract", SEEDS[0], "-o", tmp_path / "no" / "dir" / "x.json")
    assert p.returncode == 2 and "Traceback" not in p.stderr and "cannot write" in p.stderr, p.stderr
    p = subprocess.run([sys.executable, "-m", "cchc_extract", "extract", str(SEEDS[0])], env=env(),
                       capture_output=True, text=True, preexec_fn=lambda: os.close(1))
    assert p.returncode == 2 and "standard output is closed" in p.stderr, p.stderr
    p = subprocess.run([sys.executable, "-m", "cchc_extract", "extract", "-"], env=env(),
                       capture_output=True, text=True, preexec_fn=lambda: os.close(0))
    assert "Traceback" not in p.stderr and p.returncode in (0, 1), p.stderr
    p = subprocess.run([sys.executable, "-m", "cchc_extract", "batch", str(SEEDS[0]), "-o",
                        str(tmp_path / "o.jsonl"), "--workers", "0"], env=env(),
                       capture_output=True, text=True, preexec_fn=lambda: (os.close(1), os.close(2)))
    assert p.returncode == 0
    assert_exactly_once(tmp_path / "o.jsonl", [SEEDS[0].stem])


# ---------------------------------------------------------------- case 4 and 7 on `extract`

@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_extract_with_a_file_name_that_is_not_utf8(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text("Tỉnh Sơn La đạt 95%.", encoding="utf-8")
    with open(os.path.join(os.fsencode(d), b"caf\xe9.txt"), "wb") as f:
        f.write("Tỉnh Thái Nguyên đạt 90%.".encode("utf-8"))
    assert cli(["extract", str(d), "--format", "jsonl"]) == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["doc_id"] for r in recs) == ["caf\\xe9", "ok"]  # both documents, a visible escape
    assert all("error" not in r for r in recs)


@pytest.mark.parametrize("opt", [["--max-bytes", "-5"], ["--timeout", "0"]])
def test_extract_refuses_invalid_limits(tmp_path, opt):
    (tmp_path / "a.txt").write_text("Tỉnh Sơn La.", encoding="utf-8")
    assert cli(["extract", str(tmp_path / "a.txt"), *opt]) == 2


def test_an_earlier_output_inside_the_input_tree_is_not_read_again(tmp_path):
    tree = tmp_path / "tree"
    write_docs(tree, ["a.txt", "sub/b.txt"])
    first = tree / "out.jsonl"
    assert cli(["batch", str(tree), "-o", str(first), "--workers", "0"]) == 0
    second = tmp_path / "again.jsonl"
    assert cli(["batch", str(tree), "-o", str(second), "--workers", "0"]) == 0
    ids = [r["doc_id"] for r in read_results(second)]
    assert ids == ["a", "sub/b"]  # the earlier out.jsonl is not input: no duplicates, no ~2 ids


def test_extract_reads_jsonl_like_batch_and_names_files_like_batch(tmp_path, capsys):
    tree = tmp_path / "tree"
    write_docs(tree, ["a.txt", "sub/b.txt"])
    assert cli(["extract", str(tree), "--format", "jsonl"]) == 0
    assert [json.loads(x)["doc_id"] for x in capsys.readouterr().out.splitlines()] == ["a", "sub/b"]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{k}", "text": t}, ensure_ascii=False) + "\n"
                           for k, t in enumerate(SHORT[:2])), encoding="utf-8")
    assert cli(["extract", str(src), "--format", "jsonl"]) == 0
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    out = tmp_path / "o.jsonl"
    assert cli(["batch", str(src), "-o", str(out), "--workers", "0"]) == 0
    ref = list(read_results(out))
    assert [r["doc_id"] for r in got] == [r["doc_id"] for r in ref] == ["r0", "r1"]
    assert [r["facts"] for r in got] == [r["facts"] for r in ref]


@pytest.mark.parametrize("args", [
    ["tree", "tree"],                          # the same directory twice
    ["tree", "tree/sub"],                      # a directory inside another argument
    ["tree/sub", "tree"],                      # ... given first
    ["tree/a.txt", "tree"],                    # a file, then the directory that holds it
    ["tree", "tree/sub/b.txt", "./tree/a.txt"],  # files inside a directory given before
    ["tree/a.txt", "tree/a.txt", "tree/../tree/a.txt"],  # one file under three spellings
])
def test_overlapping_inputs_are_read_once(tmp_path, capsys, monkeypatch, args):
    tree = tmp_path / "tree"
    write_docs(tree, ["a.txt", "sub/b.txt"])
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    assert cli(["batch", *args, "-o", str(out), "--workers", "0"]) == 0
    recs = list(read_results(out))
    names = Counter(Path(r["source"]).name for r in recs)
    expected = {"a.txt", "b.txt"} if any(a.rstrip("/").endswith(("tree", "sub")) for a in args) else {"a.txt"}
    assert set(names) == expected and set(names.values()) == {1}  # each file once, none lost
    assert not any("~" in r["doc_id"] for r in recs)
    assert "read once" in capsys.readouterr().err
    # the same command line again, resumed: nothing added, nothing lost
    assert cli(["batch", *args, "-o", str(out), "--resume", "--workers", "0"]) == 0
    assert len(list(read_results(out))) == len(recs)


def test_a_copy_of_a_file_is_its_own_document_not_a_repeat(tmp_path):
    tree = tmp_path / "tree"
    write_docs(tree, ["a.txt"])
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(tree / "a.txt", other / "copy.txt")
    out = tmp_path / "out.jsonl"
    assert cli(["batch", str(tree / "a.txt"), str(other), str(tree), "-o", str(out), "--workers", "0"]) == 0
    assert sorted(r["doc_id"] for r in read_results(out)) == ["a", "copy"]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_resume_with_other_inputs_under_the_same_ids_loses_nothing(tmp_path, suffix, capsys,
                                                                     monkeypatch):
    """``batch A -o OUT`` then ``batch B -o OUT --resume`` where A and B hold files of the same
    names: B's files are other documents, so they are read (under ``id~N``), not skipped as
    if OUT had them; resuming again adds nothing; the first inputs spelled another way (an
    absolute path) are still recognised as done."""
    monkeypatch.chdir(tmp_path)
    write_docs(tmp_path / "A", ["a.txt", "sub/c.txt"], texts=SHORT[:2])
    write_docs(tmp_path / "B", ["a.txt", "b.txt", "sub/c.txt"], texts=SHORT[2:])
    out = tmp_path / f"out{suffix}"
    assert cli(["batch", "A", "-o", str(out), "--workers", "0"]) == 0
    assert cli(["batch", "B", "-o", str(out), "--workers", "0", "--resume"]) == 0
    assert "gives to another source" in capsys.readouterr().err
    sources = Counter(r["source"] for r in read_results(out))
    assert sources == Counter({"A/a.txt": 1, "A/sub/c.txt": 1, "B/a.txt": 1, "B/b.txt": 1,
                               "B/sub/c.txt": 1})
    ids = assert_exactly_once(out, ["a", "sub/c", "a~2", "b", "sub/c~2"])
    assert cli(["batch", "B", "-o", str(out), "--workers", "0", "--resume"]) == 0
    assert cli(["batch", str(tmp_path / "A"), "-o", str(out), "--workers", "0", "--resume"]) == 0
    assert counted(out) == ids


def test_resume_of_the_same_inputs_still_skips_what_is_done(tmp_path):
    write_docs(tmp_path / "A", ["a.txt", "b.txt"])
    out = tmp_path / "out.jsonl"
    assert cli(["batch", str(tmp_path / "A"), "-o", str(out), "--workers", "0"]) == 0
    before = out.read_bytes()
    assert cli(["batch", str(tmp_path / "A"), "-o", str(out), "--workers", "0", "--resume"]) == 0
    assert out.read_bytes() == before


@pytest.mark.parametrize("flag", [[], ["--overwrite"], ["--resume"]])
@pytest.mark.parametrize("how", ["symlink_to_a_document", "a_users_jsonl_in_the_tree"])
def test_output_that_is_a_document_of_an_input_tree_is_refused(tmp_path, how, flag, capsys):
    """``-o`` reaching, through a link or by name, a file the directory walk reads as a
    document is refused before anything is written; an earlier output in the tree is not."""
    tree = tmp_path / "tree"
    write_docs(tree, ["a.txt", "sub/b.txt"])
    (tree / "user.jsonl").write_text(json.dumps({"id": "u", "text": SHORT[2]}) + "\n", encoding="utf-8")
    before = snapshot(tree)
    if how == "symlink_to_a_document":
        out = tmp_path / "out.jsonl"
        out.symlink_to(tree / "sub" / "b.txt")
    else:
        out = tree / "user.jsonl"
    assert cli(["batch", str(tree), "-o", str(out), "--workers", "0", *flag]) == 2
    assert "cannot also be an input" in capsys.readouterr().err
    assert snapshot(tree) == before


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_resume_names_files_changed_since_their_record(tmp_path, suffix, capsys):
    """--resume skips a file the output already holds; when the file was modified after the
    output was last written, the skip is said, with the file's name and the way to re-extract."""
    d = tmp_path / "in"
    write_docs(d, ["x.txt", "y.txt"])
    out = tmp_path / f"out{suffix}"
    assert cli(["batch", str(d), "-o", str(out), "--workers", "0"]) == 0
    old = os.stat(d / "x.txt").st_mtime - 3600
    for name in ("x.txt", "y.txt"):  # both older than the output
        os.utime(d / name, (old, old))
    capsys.readouterr()
    assert cli(["batch", str(d), "-o", str(out), "--workers", "0", "--resume"]) == 0
    assert "modified after" not in capsys.readouterr().err
    (d / "y.txt").write_text("Tỉnh Lào Cai đạt 97% hồ sơ đúng hạn.", encoding="utf-8")
    new = max(p.stat().st_mtime for p in ([out] if out.is_file() else out.iterdir())) + 10
    os.utime(d / "y.txt", (new, new))
    assert cli(["batch", str(d), "-o", str(out), "--workers", "0", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "1 skipped file modified after" in err and "y.txt" in err and "x.txt" not in err
    assert "--overwrite" in err
    assert_exactly_once(out, ["x", "y"])  # nothing duplicated by the notice
