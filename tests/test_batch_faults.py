"""Batch faults (issue 10): an unwritable output directory, a full disk, an input deleted
mid-run, a hanging document, SIGTERM and SIGKILL mid-run. Each ends with a clear message and
the exit code of docs/format.md (0 processed, 1 nothing processed / output failed mid-run, 2 usage
error — which includes an output that cannot be opened; 128+N after signal N), and after
``--resume`` the output holds every input document exactly once.

The signal tests run the real CLI in its own session (so the test can clean up every process
it started, by process group) through ``tests/batch_cli_with_faults.py``, which makes the
workers hang on one doc id (a test-only worker initializer) while the signal arrives.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

try:
    from cchc_extract import readers
    from cchc_extract.batch import sinks
    HAVE_BATCH = True
except ImportError:  # pragma: no cover - the batch module is written in parallel
    HAVE_BATCH = False

pytestmark = pytest.mark.skipif(not HAVE_BATCH, reason="cchc_extract.batch is not there yet")

N_DOCS = 16


@pytest.fixture
def inputs(tmp_path) -> tuple[Path, list[str]]:
    d = tmp_path / "in"
    d.mkdir()
    files = sorted(CORPUS.glob("*.txt"))[:N_DOCS]
    for p in files:
        shutil.copy(p, d / p.name)
    return d, [p.stem for p in files]


FAULTY_CLI = Path(__file__).with_name("batch_cli_with_faults.py")


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), e.get("PYTHONPATH", "")])
    return e


def cli(*args, faults=None, timeout=180) -> subprocess.CompletedProcess:
    cmd = ([sys.executable, str(FAULTY_CLI), json.dumps(faults)] if faults else
           [sys.executable, "-m", "cchc_extract"])
    return subprocess.run([*cmd, "batch", *map(str, args)],
                          env=env(), capture_output=True, text=True, timeout=timeout)


def ids_in(out: Path) -> Counter:
    c: Counter = Counter()
    for line in out.read_text(encoding="utf-8").splitlines():
        c[json.loads(line)["doc_id"]] += 1
    return c


def assert_complete(out: Path, ids: list[str]) -> None:
    c = ids_in(out)
    dup = [k for k, n in c.items() if n > 1]
    assert not dup, f"duplicated documents: {dup}"
    assert set(c) == set(ids), f"lost: {sorted(set(ids) - set(c))}, unexpected: {sorted(set(c) - set(ids))}"


def resume_and_check(inp: Path, out: Path, ids: list[str]) -> subprocess.CompletedProcess:
    p = cli(inp, "-o", out, "--resume", "--workers", "2")
    assert p.returncode == 0, p.stderr
    assert_complete(out, ids)
    return p


# ------------------------------------------------------------------ baseline

def test_uninterrupted_run_and_idempotent_resume(inputs, tmp_path):
    inp, ids = inputs
    out = tmp_path / "out.jsonl"
    p = cli(inp, "-o", out, "--workers", "2")
    assert p.returncode == 0, p.stderr
    assert_complete(out, ids)
    p = cli(inp, "-o", out, "--resume", "--workers", "2")
    assert p.returncode == 0 and "already" in p.stderr, p.stderr
    assert_complete(out, ids)


# ------------------------------------------------------------------ unwritable output

def _make_readonly(d: Path) -> bool:
    """A directory nobody (root included) can create files in; False if impossible here."""
    d.mkdir()
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(d)], capture_output=True).returncode:
            return False
    else:
        d.chmod(0o555)
    try:
        (d / "probe").write_text("x")
    except OSError:
        return True
    (d / "probe").unlink()
    return False


def _undo_readonly(d: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(d)], capture_output=True)
    d.chmod(0o755)


def test_read_only_output_directory(inputs, tmp_path):
    inp, _ = inputs
    ro = tmp_path / "ro"
    if not _make_readonly(ro):
        pytest.skip("cannot make a read-only directory here (root without chattr +i)")
    try:
        p = cli(inp, "-o", ro / "out.jsonl", "--workers", "1")
    finally:
        _undo_readonly(ro)
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert "cannot write" in p.stderr and str(ro / "out.jsonl") in p.stderr
    assert "Traceback" not in p.stderr
    assert not (ro / "out.jsonl").exists()


@pytest.mark.parametrize("where", ["parent is a file", "missing parent directory"])
def test_output_path_that_cannot_exist(inputs, tmp_path, where):
    inp, _ = inputs
    if where == "parent is a file":
        (tmp_path / "file").write_text("x")
        out = tmp_path / "file" / "out.jsonl"
    else:
        out = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    p = cli(inp, "-o", out, "--workers", "1")
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert "cannot write" in p.stderr and "Traceback" not in p.stderr


# ------------------------------------------------------------------ disk full

def _enospc_after(n_ok: int, torn: bool):
    """A replacement for the JSONL sink's write: n_ok lines succeed, then the disk is full
    (with ``torn``, half of the next line reaches the file first, as a real ENOSPC may)."""
    real = sinks.JsonlSink.write
    calls = {"n": 0}

    def write(self, d):
        calls["n"] += 1
        if calls["n"] <= n_ok:
            return real(self, d)
        if torn:
            data = (d.json + "\n").encode("utf-8")
            os.write(self.fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return write


@pytest.mark.parametrize("torn", [False, True], ids=["clean", "torn line"])
def test_disk_full_mid_run_then_resume(inputs, tmp_path, monkeypatch, capsys, torn):
    from cchc_extract.cli import main

    inp, ids = inputs
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(sinks.JsonlSink, "write", _enospc_after(5, torn))
    code = main(["batch", str(inp), "-o", str(out), "--workers", "0"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "No space left on device" in err and "--resume" in err and "Traceback" not in err
    monkeypatch.undo()
    lines = out.read_bytes().split(b"\n")
    assert len([ln for ln in lines if ln.strip()]) == 5 + torn
    code = main(["batch", str(inp), "-o", str(out), "--workers", "0", "--resume"])
    assert code == 0, capsys.readouterr().err
    assert_complete(out, ids)


# ------------------------------------------------------------------ input deleted mid-run

def test_input_deleted_mid_run(inputs, tmp_path, monkeypatch, capsys):
    """A file listed, then deleted before it is read, is one read_error record — the run
    goes on and nothing else is lost."""
    from cchc_extract.cli import main

    inp, ids = inputs
    victim = ids[4]
    real = readers._read_file

    def read_file(task, limits):
        if task.doc_id == victim and os.path.exists(task.path):
            os.unlink(task.path)
        return real(task, limits)

    monkeypatch.setattr(readers, "_read_file", read_file)
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(inp), "-o", str(out), "--workers", "0"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert_complete(out, ids)
    rows = {json.loads(ln)["doc_id"]: json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()}
    assert rows[victim]["error"]["kind"] == "read_error"
    assert victim in rows[victim]["error"]["message"]
    assert "1 error record" in err or "read_error 1" in err, err


def test_input_directory_deleted_mid_run(inputs, tmp_path, monkeypatch, capsys):
    """Every file gone after listing: every document is a read_error record; exit 1
    (nothing could be processed), and the message says so."""
    from cchc_extract.cli import main

    inp, ids = inputs
    real = readers._read_file

    def read_file(task, limits):
        if inp.exists():
            shutil.rmtree(inp)
        return real(task, limits)

    monkeypatch.setattr(readers, "_read_file", read_file)
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(inp), "-o", str(out), "--workers", "0"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert_complete(out, ids)
    assert "no document could be processed" in err


# ------------------------------------------------------------------ hangs and signals

def _start(inp: Path, out: Path, sleep_id: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(FAULTY_CLI), json.dumps({"sleep": [sleep_id]}),
                             "batch", str(inp), "-o", str(out),
                             "--workers", "2", "--timeout", "120"], env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_lines(out: Path, n: int, proc: subprocess.Popen, limit: float = 90) -> None:
    t = time.monotonic()
    while time.monotonic() - t < limit:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            raise AssertionError(f"batch ended early ({proc.returncode}): {proc.stderr.read()}")
        time.sleep(0.1)
    raise AssertionError(f"fewer than {n} lines after {limit} s")


def _cleanup(proc: subprocess.Popen) -> None:
    """Kill whatever is left of the process group this test started (a hung worker)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        pass


def test_hanging_document_becomes_a_timeout_record(inputs, tmp_path):
    inp, ids = inputs
    out = tmp_path / "out.jsonl"
    p = cli(inp, "-o", out, "--workers", "2", "--timeout", "3",
            faults={"sleep": [ids[2]]})
    assert p.returncode == 0, p.stderr
    assert_complete(out, ids)
    rows = {json.loads(ln)["doc_id"]: json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()}
    assert rows[ids[2]]["error"]["kind"] == "timeout"
    assert "timeout 1" in p.stderr, p.stderr


def test_sigterm_mid_run_then_resume(inputs, tmp_path):
    inp, ids = inputs
    out = tmp_path / "out.jsonl"
    proc = _start(inp, out, ids[5])
    try:
        _wait_lines(out, 5, proc)
        time.sleep(1.0)   # let the other worker finish a few more (held behind the hung one)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 128 + signal.SIGTERM, (proc.returncode, err)
        assert "SIGTERM" in err and "--resume" in err and "Traceback" not in err
    finally:
        _cleanup(proc)
    c = ids_in(out)   # every line complete, no duplicate, the hung one absent
    assert max(c.values()) == 1 and ids[5] not in c and len(c) >= 5
    resume_and_check(inp, out, ids)


def test_sigkill_mid_run_then_resume(inputs, tmp_path):
    inp, ids = inputs
    out = tmp_path / "out.jsonl"
    proc = _start(inp, out, ids[5])
    try:
        _wait_lines(out, 3, proc)
        proc.kill()
        proc.wait(30)
    finally:
        _cleanup(proc)
    assert proc.returncode == -signal.SIGKILL
    resume_and_check(inp, out, ids)


def test_resume_repairs_a_torn_last_line(inputs, tmp_path):
    inp, ids = inputs
    out = tmp_path / "out.jsonl"
    assert cli(inp, "-o", out, "--workers", "2").returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:7]) + lines[7][: len(lines[7]) // 2], encoding="utf-8")
    resume_and_check(inp, out, ids)
