"""Readers for batch input: files/dirs, .gz (bomb guard), HTML via trafilatura, JSONL, WARC."""
from __future__ import annotations

import gzip
import html
import io
import json
import socket
from pathlib import Path

import pytest

from cchc_extract.limits import Limits
from cchc_extract.readers import (IdAllocator, ReadStats, Record, classify, html_to_text,
                                  iter_records, plan)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "002_97d673e06247b9f2.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def html_page(text: str, *, title: str | None = None, date: str = "2020-10-01",
              charset: str = "utf-8") -> str:
    """A portal page: head scripts/styles, nav, sidebar, the article, a footer, more script."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    title = title or paras[0]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}">
<title>{html.escape(title)} - Cổng thông tin điện tử</title>
<meta property="article:published_time" content="{date}T08:00:00+07:00">
<meta name="author" content="Trung Thành">
<style>body {{ color: #333 }} .x::after {{ content: "STYLELEAK" }}</style>
<script>var SCRIPTLEAK = "alert('xss')"; document.write(SCRIPTLEAK);</script>
<script src="http://tracker.invalid/t.js"></script>
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="javascript:alert(1)">Liên hệ</a></li>
<li><a href="/tin">Tin tức</a></li></ul></nav>
<aside><h3>Các tin khác</h3><ul><li><a href="/a">Tin cũ về cải cách hành chính 1</a></li>
<li><a href="/b">Tin cũ về cải cách hành chính 2</a></li></ul></aside>
<iframe src="http://ads.invalid/frame"></iframe>
<article><h1>{html.escape(title)}</h1><div class="content">{body}</div>
<img src="data:image/png;base64,{'QUJD' * 500}"></article>
<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Email: a@b.vn</footer>
<script>console.log("SCRIPTLEAK2")</script></body></html>"""


# ----------------------------------------------------------------------------- planning

def test_classify():
    assert classify("a/b/x.txt") == ("text", False, "x")
    assert classify("x.HTML.gz") == ("html", True, "x")
    assert classify("x.htm") == ("html", False, "x")
    assert classify("dump.jsonl.gz") == ("jsonl", True, "dump")
    assert classify("crawl.warc.gz") == ("warc", True, "crawl")
    assert classify("old.arc") == ("warc", False, "old")
    assert classify("notes.pdf")[0] is None


def test_ids_are_unique_and_deterministic():
    ids = IdAllocator()
    assert [ids(x) for x in ["a", "b", "a", "a", "a~2"]] == ["a", "b", "a~2", "a~3", "a~2~2"]


def test_directory_walk_recursive_sorted_ids_are_relative_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Tỉnh Sơn La.", encoding="utf-8")
    (tmp_path / "a" / "x.txt").write_text("Tỉnh Hà Giang.", encoding="utf-8")
    (tmp_path / "a" / "y.html").write_text("<p>Tỉnh Lào Cai.</p>", encoding="utf-8")
    (tmp_path / "a" / "skip.pdf").write_bytes(b"%PDF-1.4")
    with gzip.open(tmp_path / "a" / "z.txt.gz", "wb") as f:
        f.write("Tỉnh Yên Bái.".encode())
    stats = ReadStats()
    recs = list(iter_records([tmp_path], stats=stats))
    assert [(r.doc_id, Path(r.source).relative_to(tmp_path).as_posix()) for r in recs] == [
        ("a/x", "a/x.txt"), ("a/y", "a/y.html"), ("a/z", "a/z.txt.gz"), ("b/x", "b/x.txt")]
    assert [r.meta["format"] for r in recs] == ["text", "html", "text", "text"]
    assert recs[2].data == "Tỉnh Yên Bái.".encode()
    assert isinstance(recs[0].data, bytes)  # decoding is the decode stage's job
    assert stats.files == 4
    # the same inputs always give the same ids (what --resume relies on)
    assert [r.doc_id for r in iter_records([tmp_path])] == [r.doc_id for r in recs]


def test_skip_does_not_read_skipped_files(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"Tài liệu {i}", encoding="utf-8")
    stats = ReadStats()
    recs = list(iter_records([tmp_path], skip={"d0", "d2"}, stats=stats))
    assert [r.doc_id for r in recs] == ["d1"]
    assert stats.skipped_resume == 2


def test_in_memory_items():
    recs = list(iter_records(["Tỉnh Sơn La đạt 99%.", "Tỉnh Sơn La đạt 99%.".encode(),
                              {"id": 7, "html": "<p>x</p>", "url": "http://e.vn/a"},
                              Record("mine", "src", "text", {}), 3.5]))
    assert recs[0].doc_id.startswith("doc_") and recs[0].data == "Tỉnh Sơn La đạt 99%."
    assert recs[1].doc_id == recs[0].doc_id + "~2"  # same content → same hash → suffixed
    assert recs[2].doc_id == "7" and recs[2].meta == {"format": "html", "url": "http://e.vn/a"}
    assert recs[3].doc_id == "mine"
    assert recs[4].meta["error"]["kind"] == "read_error"


def test_explicit_file_with_unknown_suffix_is_sniffed(tmp_path):
    p = tmp_path / "page.php"
    p.write_text(html_page(seed_text()), encoding="utf-8")
    q = tmp_path / "notes.dat"
    q.write_text("Tỉnh Sơn La.", encoding="utf-8")
    kinds = [(t.doc_id, t.kind) for t in plan([str(p), q])]
    assert kinds == [("page", "html"), ("notes", "text")]
    # inside a directory walk, unknown suffixes are ignored
    assert list(plan([tmp_path])) == []


# ----------------------------------------------------------------------------- size guards

def test_gzip_bomb_is_capped(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as f:
        for _ in range(50):
            f.write(b"a" * 1_000_000)  # 50 MB of 'a' in ~50 KB
    assert bomb.stat().st_size < 200_000
    (rec,) = iter_records([bomb], Limits(max_bytes=1_000_000))
    assert rec.meta["error"]["kind"] == "too_large"
    assert "after decompression" in rec.meta["error"]["message"]
    assert rec.data == b""


def test_corrupt_gzip_is_a_read_error(tmp_path):
    p = tmp_path / "bad.html.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    (rec,) = iter_records([p])
    assert rec.meta["error"]["kind"] == "read_error" and rec.doc_id == "bad"


def test_plain_file_over_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 5000)
    (rec,) = iter_records([p], Limits(max_bytes=1000))
    assert rec.meta["error"]["kind"] == "too_large"


# ----------------------------------------------------------------------------- JSONL

def test_jsonl_with_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Tỉnh Thái Nguyên đạt 99,5%.", "url": "http://x.vn/1"}),
        "",
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "h1", "html": "<html><body><p>Tỉnh Sơn La.</p></body></html>",
                    "title": "Tiêu đề", "published": "2021-01-02"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "nothing"}),
        json.dumps({"url": "http://x.vn/2", "text": "Không có id."}),
        json.dumps({"id": "a1", "text": "Trùng id."}),
    ]
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = list(iter_records([p]))
    got = [(r.doc_id, r.meta.get("format"), (r.meta.get("error") or {}).get("kind")) for r in recs]
    assert got[0] == ("a1", "text", None)
    assert got[1] == ("dump_L3", "text", "read_error")
    assert "line 3" in recs[1].meta["error"]["message"]
    assert got[2] == ("h1", "html", None)
    assert recs[2].meta["title"] == "Tiêu đề" and recs[2].meta["published"] == "2021-01-02"
    assert got[3] == ("dump_L5", "text", "read_error")
    assert got[4] == ("nothing", "text", "read_error")
    assert got[5][0].startswith("url_") and got[5][2] is None
    assert got[6] == ("a1~2", "text", None)
    assert len(recs) == 7  # one record per non-blank line
    assert recs[0].source == "http://x.vn/1" and recs[1].source.endswith("dump.jsonl:3")


def test_jsonl_gz_and_oversized_line(tmp_path):
    p = tmp_path / "d.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "ok1", "text": "Tỉnh Hà Nam."}) + "\n")
        f.write(json.dumps({"id": "huge", "text": "x" * 50_000}) + "\n")
        f.write(json.dumps({"id": "ok2", "text": "Tỉnh Hà Nam."}) + "\n")
    recs = list(iter_records([p], Limits(max_bytes=10_000)))
    assert [r.doc_id for r in recs] == ["ok1", "d_L2", "ok2"]
    assert recs[1].meta["error"]["kind"] == "too_large"


# ----------------------------------------------------------------------------- WARC

def _warc(path: Path, items):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=str(path).endswith(".gz"))
        for url, status, ctype, body in items:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=http))
        req = w.create_warc_record("http://e.vn/req", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        w.write_record(req)


def test_warc_html_responses_only(tmp_path):
    page = html_page(seed_text()).encode("utf-8")
    p = tmp_path / "crawl.warc.gz"
    _warc(p, [("http://e.vn/a", "200 OK", "text/html; charset=utf-8", page),
              ("http://e.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
              ("http://e.vn/missing", "404 Not Found", "text/html", b"<p>not found</p>"),
              ("http://e.vn/b", "200 OK", "application/xhtml+xml", page)])
    stats = ReadStats()
    recs = list(iter_records([p], stats=stats))
    assert [r.source for r in recs] == ["http://e.vn/a", "http://e.vn/b"]
    assert all(r.meta["format"] == "html" and r.meta["url"] == r.source for r in recs)
    assert all(len(r.doc_id) == 36 for r in recs)  # the WARC-Record-ID's UUID
    assert recs[0].data == page
    assert stats.skipped_warc["non-HTML (image/png)"] == 1
    assert stats.skipped_warc["HTTP 404"] == 1
    assert stats.skipped_warc["request record"] == 1
    # deterministic ids for resume
    assert [r.doc_id for r in iter_records([p])] == [r.doc_id for r in recs]


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_is_an_error_record(tmp_path, gz):
    from warcio.archiveiterator import ArchiveIterator

    page = html_page(seed_text()).encode("utf-8")
    p = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    _warc(p, [("http://e.vn/a", "200 OK", "text/html", page)] * 3)
    data = p.read_bytes()
    it = ArchiveIterator(io.BytesIO(data))
    offsets = [it.get_record_offset() for _ in it]
    third, fourth = offsets[2], offsets[3]
    # cut inside the third record's header, in its body, and (gz) in its gzip trailer
    for cut in (third + 5, third + 60, (third + fourth) // 2):
        p.write_bytes(data[:cut])
        recs = list(iter_records([p]))
        assert [r.meta.get("error") is None for r in recs[:2]] == [True, True], cut
        assert len(recs) == 3, cut  # the damaged third record is reported, not dropped
        assert recs[2].meta["error"]["kind"] == "read_error", cut


# ----------------------------------------------------------------------------- HTML

@pytest.fixture
def no_network(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_html_to_text_trafilatura(no_network):
    text = seed_text()
    h = html_to_text(html_page(text).encode("utf-8"))
    assert h.extractor == "trafilatura"
    assert h.published == "2020-10-01"
    assert h.title and h.title.startswith("Thái Nguyên tổ chức Hội nghị")
    assert h.author == "Trung Thành"
    for junk in ("SCRIPTLEAK", "STYLELEAK", "alert(", "javascript:", "QUJDQUJD", "Trang chủ",
                 "tracker.invalid", "Bản quyền"):
        assert junk not in h.text, junk
    assert "Ngày 24/9/2020, UBND tỉnh Thái Nguyên" in h.text


def test_html_fallback_when_trafilatura_is_missing(monkeypatch, no_network):
    from cchc_extract import readers

    monkeypatch.setitem(readers._traf_state, "mod", None)
    h = html_to_text(html_page(seed_text()))
    assert h.extractor == "html-fallback"
    assert h.title.startswith("Thái Nguyên tổ chức")
    assert "SCRIPTLEAK" not in h.text and "STYLELEAK" not in h.text and "Trang chủ" not in h.text
    assert "Ngày 24/9/2020, UBND tỉnh Thái Nguyên" in h.text


def test_html_bytes_in_legacy_encoding_go_through_decode(no_network):
    from cchc_extract.decode import encode_legacy

    page = html_page(seed_text(), charset="windows-1258")
    h = html_to_text(encode_legacy(page, "cp1258"))
    assert "UBND tỉnh Thái Nguyên" in h.text


def test_html_record_through_pipeline(no_network):
    from cchc_extract.batch import process_record
    from cchc_extract.models import Article

    rec = Record("p1", "p1.html", html_page(seed_text()).encode("utf-8"), {"format": "html"})
    art, info = process_record(rec)
    assert isinstance(art, Article), art
    assert info["extractor"] == "trafilatura"
    assert art.published == "2020-10-01"
    assert art.title.startswith("Thái Nguyên tổ chức Hội nghị")
    assert "SCRIPTLEAK" not in art.text
    assert "Thái Nguyên" in {f.name for f in art.of_type("province")}


def test_binary_html_is_an_error_record():
    from cchc_extract.batch import process_record

    rec = Record("bin", "bin.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, {"format": "html"})
    res, _ = process_record(rec)
    assert res.error.kind == "binary"
