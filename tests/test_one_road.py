"""One road for a single document: ``cx.extract`` (bytes, text, path), the ``extract`` command
and the batch worker (``process_record``) give the same record for the same page; HTML and
markdown-converted pages are turned into text first; every error record comes from one
builder."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract import errors, pipeline
from cchc_extract.batch import process_record
from cchc_extract.html import detect_format, markdown_to_text
from cchc_extract.models import Article, ErrorRecord
from cchc_extract.readers import Record

from conftest import ROOT, SEEDS, check_article

HTML_DIR = ROOT.parent / "shared" / "html"
PAGE = HTML_DIR / "p02_vnexpress_duongbay.html"
CRAWL = ROOT.parent / "shared" / "crawl" / "trends-vn-2024.jsonl.gz"
needs_page = pytest.mark.skipif(not PAGE.exists(), reason=f"{PAGE} not present (shared data)")


def _cli(*args, input=None):
    return subprocess.run([sys.executable, "-m", "cchc_extract", *args], input=input,
                          capture_output=True, timeout=300)


def _facts(rec) -> list[dict]:
    return [f.model_dump() for f in rec.facts]


@pytest.fixture(scope="module")
def page_article():
    art = cx.extract(PAGE)
    return check_article(art)


# ----------------------------------------------------------------------------- the same facts

@needs_page
def test_html_page_same_record_on_every_road(page_article, tmp_path):
    data = PAGE.read_bytes()
    by_bytes = check_article(cx.extract(data, doc_id=PAGE.stem, source=str(PAGE)))
    by_worker, info = process_record(Record(PAGE.stem, str(PAGE), data, {"format": "html"}))
    by_worker_sniffed, _ = process_record(Record(PAGE.stem, str(PAGE), data, {"format": "text"}))
    r = _cli("extract", str(PAGE), "--format", "jsonl")
    assert r.returncode == 0, r.stderr.decode()
    by_cli = check_article(cx.parse_result(r.stdout.decode().strip()))
    reference = page_article.model_dump()
    assert page_article.facts, "the page has facts"
    for rec in (by_bytes, by_worker, by_worker_sniffed, by_cli):
        assert rec.model_dump() == reference
    assert info["format"] == "html" and info["extractor"] == "trafilatura"


@needs_page
def test_html_page_same_record_through_the_batch_command(page_article, tmp_path):
    """``cchc-extract batch`` with a worker process writes the record ``cx.extract`` returns
    (the source differs: batch names the copy it read)."""
    from cchc_extract.cli import main

    d = tmp_path / "in"
    d.mkdir()
    (d / PAGE.name).write_bytes(PAGE.read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(d), "-o", str(out), "--workers", "1"]) == 0
    (line,) = out.read_text("utf-8").splitlines()
    rec = check_article(cx.parse_result(line))
    assert rec.source == str(d / PAGE.name)
    assert rec.model_dump(exclude={"source"}) == page_article.model_dump(exclude={"source"})


@needs_page
def test_html_markup_never_reaches_text(page_article):
    art = page_article
    for junk in ("<script", "</", "<!--", "{", "function(", "var ", "px;", "@media"):
        assert junk not in art.text, junk
    assert art.title and "<" not in art.title and "[if" not in art.title
    assert art.published == "2022-02-13"
    assert len(art.of_type("percentage")) < 10  # CSS numbers are not percentages


@needs_page
def test_html_string_is_detected_too(page_article):
    text = PAGE.read_bytes().decode("utf-8")
    art = check_article(cx.extract(text, doc_id=PAGE.stem, source=str(PAGE)))
    assert _facts(art) == _facts(page_article)


def test_gzipped_file_and_path_like(tmp_path):
    seed = SEEDS[2]
    gz = tmp_path / f"{seed.stem}.txt.gz"
    gz.write_bytes(gzip.compress(seed.read_bytes()))
    plain = check_article(cx.extract(seed))
    zipped = check_article(cx.extract(gz))
    assert plain.doc_id == zipped.doc_id == seed.stem and plain.source == str(seed)
    assert _facts(plain) == _facts(zipped)

    class Custom:  # any os.PathLike, not only pathlib.Path
        def __fspath__(self):
            return str(seed)

    assert _facts(check_article(cx.extract(Custom()))) == _facts(plain)


def test_a_str_is_text_never_a_path_but_warned():
    rec = cx.extract(str(SEEDS[0]))
    assert isinstance(rec, Article) and not rec.facts  # the file was not read
    # the string itself is the text: kept, or removed by cleaning as a bare address line
    assert rec.text.strip() == str(SEEDS[0]) or [r.text for r in rec.removed] == [str(SEEDS[0])]
    assert any("pathlib.Path" in w and "names an existing file" in w for w in rec.warnings)
    plain = cx.extract("Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn.")
    assert isinstance(plain, Article) and not plain.warnings


# ----------------------------------------------------------------------------- markdown

MD_PAGE = """[ Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn](https://example.vn/a-1.html)

![Ảnh minh họa](https://example.vn/img/1.jpg)

Theo báo cáo, **tỉnh Lạng Sơn** có tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,82%, xem [chi tiết](https://example.vn/b).

[![](https://example.vn/img/2.jpg)](https://example.vn/c)
"""


def test_markdown_page_detected_and_cleaned():
    assert detect_format(MD_PAGE) == "markdown"
    md = markdown_to_text(MD_PAGE)
    assert "](" not in md.text and "![" not in md.text and "**" not in md.text
    assert "xem chi tiết." in md.text
    assert [r for _, r in md.removed] == ["title_link", "image_marker", "image_marker"]
    assert md.title == "Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn"
    assert md.source_url == "https://example.vn/a-1.html"
    art = check_article(cx.extract(MD_PAGE))
    assert art.title == "Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn"
    assert "](" not in art.text and "https://" not in art.text
    assert [p.value for p in art.of_type("percentage")] == [99.82]
    assert sum(r.reason == "image_marker" for r in art.removed) == 2


def test_plain_text_and_corpus_are_not_markup():
    for p in SEEDS:
        assert detect_format(p.read_text("utf-8")) == "text", p
    assert detect_format("Điểm <b>cao</b> nhất là 5 < 7.") == "text"


@pytest.mark.skipif(not CRAWL.exists(), reason=f"{CRAWL} not present (shared data)")
def test_markdown_crawl_pages_lose_their_syntax():
    with gzip.open(CRAWL, "rt", encoding="utf-8") as f:
        rows = [json.loads(next(f)) for _ in range(20)]
    for row in rows:
        assert detect_format(row["text"]) == "markdown"
        art = cx.extract(row["text"], doc_id=row["id"])
        if isinstance(art, Article):
            check_article(art)
            assert "](http" not in art.text and "![" not in art.text


# ----------------------------------------------------------------------------- error records

def test_error_records_come_from_one_builder(monkeypatch, tmp_path):
    built = []
    real = errors.error_record

    def spy(*a, **kw):
        rec = real(*a, **kw)
        built.append(rec)
        return rec

    monkeypatch.setattr(errors, "error_record", spy)
    results = [
        cx.extract(b""),                                        # empty
        cx.extract(tmp_path / "missing.txt"),                   # read_error
        cx.extract(12345),                                      # wrong type
        cx.extract(b"a " * 100, limits=cx.Limits(max_bytes=10)),  # too_large
        process_record(Record("r1", None, b"", {"error": {"kind": "read_error", "message": "m"}}))[0],
        process_record(Record("r2", None, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, {}))[0],
    ]
    assert all(isinstance(r, ErrorRecord) for r in results)
    assert [r.error.kind for r in results] == ["empty", "read_error", "read_error", "too_large",
                                              "read_error", "binary"]
    assert [id(r) for r in results] == [id(r) for r in built]


def test_a_bug_is_an_internal_error_record(monkeypatch):
    def boom(*a, **kw):
        raise KeyError("bug")

    monkeypatch.setattr(pipeline, "clean", boom)
    rec = cx.extract("Tỉnh Lạng Sơn đạt 99,82%.", doc_id="x")
    assert isinstance(rec, ErrorRecord) and rec.error.kind == "internal"
    assert "KeyError" in rec.error.message and "report" in rec.error.message
    res, _ = process_record(Record("x", None, "Tỉnh Lạng Sơn đạt 99,82%.", {}))
    assert res.model_dump() == rec.model_dump()


def test_unknown_fmt_is_a_usage_error():
    with pytest.raises(ValueError, match="fmt must be one of"):
        cx.extract("x", fmt="pdf")


def test_doc_timeout_is_checked_between_stages(monkeypatch):
    """The deadline is behaviour, not speed: with a clock that jumps past it during cleaning,
    the document becomes a ``timeout`` record naming the stage."""
    ticks = iter([0.0] + [100.0] * 1000)
    monkeypatch.setattr(pipeline, "_clock", lambda: next(ticks))
    rec = cx.extract(SEEDS[2].read_bytes(), limits=cx.Limits(doc_timeout=60.0))
    assert isinstance(rec, ErrorRecord) and rec.error.kind == "timeout"
    assert rec.error.message.startswith("cleaning took longer than 60 s")
