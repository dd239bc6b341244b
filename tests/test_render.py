"""render_article_html / `cchc-extract render`: highlights, hover values, escaping — checked as
markup and in a real headless Chromium (Debian package `chromium`; skipped when absent).

Set CCHC_UPDATE_SCREENSHOT=1 to refresh docs/render-seed-002.png from the browser test.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cchc_extract.models import (Article, Date, ErrorInfo, ErrorRecord, LegalRef, Official,
                                 Organization, Percentage, Province, Ranking, Removed, Span, Target)
from cchc_extract.render import CSP, TYPE_COLOURS, cli_main, fact_summary, render_article_html

ROOT = Path(__file__).resolve().parents[1]
SEED_002 = ROOT / "corpus" / "002_97d673e06247b9f2.txt"
SCREENSHOT = ROOT / "docs" / "render-seed-002.png"

PAYLOAD_IMG = "<img src=x onerror=\"document.title='PWNED'\">"
PAYLOAD_SCRIPT = "<script>document.body.innerHTML='PWNED'</script>"
PAYLOAD_LINK = "<a href=\"javascript:document.title='PWNED'\">bấm vào đây</a>"
PAYLOAD_ATTR = "\"><script>document.title='PWNED'</script><x y=\""


# --------------------------------------------------------------------------- helpers

class DomScan(HTMLParser):
    """Collects what the tests look at: tags by name, <mark> facts with their text, <title>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, int] = {}
        self.attrs_seen: list[tuple[str, dict]] = []
        self.title = ""
        self._in_title = False
        self.marks: dict[str, dict] = {}   # data-fact -> {"type", "title", "text", "pieces"}
        self._mark_stack: list[str | None] = []
        self._in_label = 0
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs_seen.append((tag, a))
        if tag == "title":
            self._in_title = True
        if tag == "mark":
            fid = a.get("data-fact")
            self._mark_stack.append(fid)
            if fid is not None:
                m = self.marks.setdefault(fid, {"type": a.get("data-type"), "title": a.get("title"),
                                                "text": "", "pieces": 0, "titles": set()})
                m["pieces"] += 1
                m["titles"].add(a.get("title"))
        if tag == "span" and "cx-label" in (a.get("class") or ""):
            self._in_label += 1
        self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "mark" and self._mark_stack:
            self._mark_stack.pop()
        if tag == "span" and self._in_label and self._stack and self._stack[-1] == "span":
            self._in_label -= 1
        while self._stack:
            if self._stack.pop() == tag:
                break

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_label:
            return
        for fid in self._mark_stack:
            if fid is not None:
                self.marks[fid]["text"] += data


def scan(html: str) -> DomScan:
    p = DomScan()
    p.feed(html)
    p.close()
    return p


def hostile_article() -> Article:
    """A hand-built article whose text, title, removed pieces and fact fields carry payloads."""
    text = (f"Tỷ lệ hồ sơ đúng hạn của Lạng Sơn (99,82%) cao nhất. {PAYLOAD_IMG} "
            f"{PAYLOAD_SCRIPT} Xem {PAYLOAD_LINK} và Nghị định 45/2020/NĐ-CP ngày 24/9/2020. "
            f"Ông Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ phát biểu. "
            f"Tỉnh phấn đấu đạt ít nhất 90% hồ sơ. Thái Nguyên xếp thứ 14/63.")

    def at(s: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i, i + len(s)

    def span(s, **kw):
        a, b = at(s)
        return dict(text=s, start=a, end=b, sentence=0, **kw)

    facts = [
        Province(**span("Lạng Sơn", name="Lạng Sơn", name_2025="Lạng Sơn", code="20")),
        Percentage(**span("99,82%", value=99.82, comparator="gte", subject="Lạng Sơn",
                          subject_source="parenthesis", metric=PAYLOAD_ATTR)),
        LegalRef(**span("45/2020/NĐ-CP", number="45/2020/NĐ-CP", doc_type="Nghị định",
                        issuer="Chính phủ", year=2020)),
        Date(**span("24/9/2020", value="2020-09-24", precision="day")),
        # a fact over payload text itself: its text must stay inert inside a <mark>
        Organization(**span(PAYLOAD_SCRIPT, name=PAYLOAD_SCRIPT, kind="x")),
        Official(**span("Ông Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
                        name="Mai Tiến Dũng", titles=["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"],
                        honorific="ông")),
        # nested inside the official
        Organization(**span("Văn phòng Chính phủ", name="Văn phòng Chính phủ")),
        Target(**span("90%", value=90.0, unit="%", comparator="gte", metric="hồ sơ")),
        Province(**span("Thái Nguyên", name="Thái Nguyên", name_2025="Thái Nguyên", code="19")),
        Ranking(**span("xếp thứ 14/63", index="PAR INDEX", rank=14, out_of=63, year=2019,
                       subject="Thái Nguyên", change=40)),
    ]
    return Article(doc_id="hostile<1>", source="x/<script>.txt",
                   title=f"Tin {PAYLOAD_SCRIPT} {PAYLOAD_IMG}", published="2020-10-01",
                   byline=PAYLOAD_IMG, text=text,
                   removed=[Removed(text=PAYLOAD_IMG, reason="navigation"),
                            Removed(text=PAYLOAD_LINK, reason="<b>spam</b>")],
                   sentences=[Span(start=0, end=len(text))], facts=facts,
                   warnings=[PAYLOAD_SCRIPT])


def assert_inert(html: str) -> DomScan:
    d = scan(html)
    assert d.tags.get("script", 0) == 0, "a <script> element made it into the page"
    assert d.tags.get("img", 0) == 0, "an <img> element made it into the page"
    assert d.tags.get("a", 0) == 0, "an <a> element made it into the page"
    assert d.tags.get("x", 0) == 0
    for tag, attrs in d.attrs_seen:
        for k, v in attrs.items():
            assert not k.startswith("on"), f"event handler attribute {k} on <{tag}>"
            assert not (v or "").strip().lower().startswith("javascript:"), f"javascript: URL in <{tag} {k}>"
    return d


# --------------------------------------------------------------------------- markup tests

def test_hostile_article_is_escaped_everywhere():
    art = hostile_article()
    for standalone in (True, False):
        page = render_article_html(art, standalone=standalone)
        d = assert_inert(page)
        # the payloads are visible as text
        assert "&lt;script&gt;document.body.innerHTML=" in page
        assert "onerror=&quot;document.title=" in page
        assert "javascript:document.title" in page  # as text only (no <a>, checked above)
        if standalone:
            assert d.title == art.title + " — cchc_extract"


def test_standalone_page_has_a_no_script_csp_and_fragment_has_no_page():
    art = hostile_article()
    page = render_article_html(art)
    assert page.startswith("<!DOCTYPE html>")
    assert f'http-equiv="Content-Security-Policy" content="{CSP}"' in page
    assert "default-src 'none'" in CSP and "script-src 'none'" in CSP
    frag = render_article_html(art, standalone=False)
    assert "<html" not in frag and "<head" not in frag and 'class="cx-article"' in frag
    assert art._repr_html_() == frag


def test_every_fact_is_highlighted_with_its_hover_value():
    art = hostile_article()
    d = scan(render_article_html(art))
    assert set(d.marks) == {str(i) for i in range(len(art.facts))}
    for i, f in enumerate(art.facts):
        m = d.marks[str(i)]
        assert m["type"] == f.type
        assert m["titles"] == {fact_summary(f)}
        assert m["text"] == f.text, (f.type, m["text"], f.text)


def test_hover_texts():
    art = hostile_article()
    by_type = {}
    for f in art.facts:
        by_type.setdefault(f.type, f)
    assert fact_summary(by_type["percentage"]).startswith(
        "percentage: 99.82 (gte) subject=Lạng Sơn subject_source=parenthesis metric=")
    assert fact_summary(by_type["ranking"]) == \
        "ranking: PAR INDEX 2019 rank 14/63 change=+40 subject=Thái Nguyên"
    assert fact_summary(by_type["legal_ref"]) == \
        "legal_ref: 45/2020/NĐ-CP doc_type=Nghị định issuer=Chính phủ year=2020"
    assert fact_summary(by_type["date"]) == "date: 2020-09-24 (day)"
    assert fact_summary(by_type["target"]) == "target: 90% (gte) metric=hồ sơ"
    assert fact_summary(by_type["official"]) == \
        "official: Mai Tiến Dũng titles=Bộ trưởng; Chủ nhiệm Văn phòng Chính phủ honorific=ông"
    assert fact_summary(by_type["province"]) == "province: Lạng Sơn code=20"
    merged = Province(text="Bắc Kạn", start=0, end=7, sentence=0, name="Bắc Kạn", name_2025="Thái Nguyên")
    assert fact_summary(merged) == "province: Bắc Kạn name_2025=Thái Nguyên"


def test_nested_and_crossing_facts_make_well_formed_markup():
    text = "UBND tỉnh Thái Nguyên đạt 99%"
    org = Organization(text="UBND tỉnh Thái Nguyên", start=0, end=21, sentence=0, name="UBND tỉnh Thái Nguyên")
    prov = Province(text="Thái Nguyên", start=10, end=21, sentence=0, name="Thái Nguyên")
    # crosses the organization's end
    cross = Percentage(text="Nguyên đạt 99%", start=15, end=29, sentence=0, value=99.0)
    art = Article(doc_id="n", text=text, sentences=[Span(start=0, end=len(text))], facts=[org, prov, cross])
    html = render_article_html(art, standalone=False)
    body = html[html.index('<div class="cx-text">'):html.index("</div>", html.index('<div class="cx-text">'))]
    assert body.count("<mark") == body.count("</mark>")
    # province nested inside organization
    assert re.search(r'data-fact="0"[^>]*>UBND tỉnh <mark[^>]*data-fact="1"', body)
    d = scan(html)
    assert d.marks["2"]["pieces"] == 2 and d.marks["2"]["text"] == "Nguyên đạt 99%"
    assert d.marks["0"]["text"] == "UBND tỉnh Thái Nguyên" and d.marks["1"]["text"] == "Thái Nguyên"
    # the visible text is the article text, in order, labels aside
    visible = re.sub(r'<span class="cx-label"[^>]*>[^<]*</span>', "", body)
    visible = re.sub(r"<[^>]+>", "", visible)
    assert visible == text


def test_bad_offsets_are_listed_not_highlighted():
    text = "Lạng Sơn"
    bad = Province(text="Lạng Sơn", start=5, end=50, sentence=0, name="Lạng Sơn")
    art = Article(doc_id="b", text=text, sentences=[Span(start=0, end=8)], facts=[bad])
    html = render_article_html(art)
    assert "<mark" not in html and "outside the text" in html and 'class="cx-facts"' in html


def test_removed_and_facts_tables_and_legend(seed_articles):
    art = seed_articles["002_97d673e06247b9f2"]
    html = render_article_html(art)
    assert html.count('<tr data-fact="') == len(art.facts)
    for r in art.removed:
        assert f"<td>{r.reason}</td>" in html
    for t in {f.type for f in art.facts}:
        assert f'class="cx-chip" data-type="{t}" style="background:{TYPE_COLOURS[t]}"' in html


def test_error_record_renders():
    rec = ErrorRecord(doc_id="e", source=PAYLOAD_SCRIPT, error=ErrorInfo(kind="binary", message=PAYLOAD_IMG))
    page = render_article_html(rec)
    assert_inert(page)
    assert "binary" in page


def test_cli_render_from_text_and_jsonl(tmp_path, seed_articles):
    out = tmp_path / "a.html"
    assert cli_main(argparse.Namespace(input=str(SEED_002), output=str(out))) == 0
    page = out.read_text(encoding="utf-8")
    assert "Thái Nguyên" in page and "<mark" in page
    art = seed_articles["002_97d673e06247b9f2"]
    jl = tmp_path / "one.jsonl"
    jl.write_text(art.to_json() + "\n", encoding="utf-8")
    out2 = tmp_path / "b.html"
    assert cli_main(argparse.Namespace(input=str(jl), output=str(out2))) == 0
    assert out2.read_text(encoding="utf-8").count("<mark") == page.count("<mark")
    js = tmp_path / "one.json"
    js.write_text(art.to_json(), encoding="utf-8")
    assert cli_main(argparse.Namespace(input=str(js), output=str(tmp_path / "c.html"))) == 0
    assert cli_main(argparse.Namespace(input=str(tmp_path / "missing.txt"), output=str(tmp_path / "d.html"))) == 1


def test_cli_render_via_command_line(tmp_path):
    from cchc_extract.cli import main

    out = tmp_path / "x.html"
    assert main(["render", str(SEED_002), "-o", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_pipeline_output_with_payloads_is_inert(extract_checked):
    raw = ("Lạng Sơn đạt 99,82% hồ sơ đúng hạn.\n\n" + PAYLOAD_IMG + " " + PAYLOAD_SCRIPT
           + "\n\nXem " + PAYLOAD_LINK + " Thái Nguyên xếp thứ 14/63 về Chỉ số CCHC năm 2019.")
    art = extract_checked(raw, doc_id="hostile")
    assert_inert(render_article_html(art))


# --------------------------------------------------------------------------- in a real browser

def _chromium() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome",
                 "google-chrome-stable", "chrome", "headless_shell"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


CHROMIUM = _chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not installed (Debian: apt-get install -y chromium chromium-driver)")


def run_chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
           "--virtual-time-budget=3000", *extra, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def dump_dom(tmp_path: Path, html_file: Path) -> str:
    res = run_chromium(tmp_path, html_file.resolve().as_uri(), "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    assert "<html" in res.stdout, res.stderr[-2000:]
    return res.stdout


@needs_chromium
def test_browser_runs_scripts_in_an_unsafe_page(tmp_path):
    """Control: the same payloads in a raw page DO run here — so 'inert' below means something."""
    page = tmp_path / "unsafe.html"
    page.write_text("<!DOCTYPE html><html><head><title>ok</title></head><body>"
                    "<div id=x>ok</div>" + PAYLOAD_IMG +
                    "<script>document.getElementById('x').textContent='RAN'</script></body></html>",
                    encoding="utf-8")
    dom = dump_dom(tmp_path, page)
    assert "RAN" in dom
    assert "<title>PWNED</title>" in dom


@needs_chromium
@pytest.mark.parametrize("strip_csp", [False, True], ids=["with-csp", "escaping-only"])
def test_browser_hostile_article_is_inert(tmp_path, strip_csp):
    art = hostile_article()
    html = render_article_html(art)
    if strip_csp:  # escaping alone must be enough
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert "Content-Security-Policy" not in html
    page = tmp_path / "hostile.html"
    page.write_text(html, encoding="utf-8")
    dom = dump_dom(tmp_path, page)
    d = assert_inert(dom)
    assert d.title == art.title + " — cchc_extract"  # document.title='PWNED' did not run
    # the body was not replaced: the article and every highlight are still there
    assert 'class="cx-article"' in dom
    assert set(d.marks) == {str(i) for i in range(len(art.facts))}
    for i, f in enumerate(art.facts):
        assert d.marks[str(i)]["titles"] == {fact_summary(f)}
        assert d.marks[str(i)]["text"] == f.text


@needs_chromium
def test_browser_seed_002_highlights_and_screenshot(tmp_path, seed_articles):
    art = seed_articles["002_97d673e06247b9f2"]
    art = art.model_copy(update={"source": "corpus/" + SEED_002.name})  # no machine path in docs/
    page = tmp_path / "seed-002.html"
    page.write_text(render_article_html(art), encoding="utf-8")
    d = scan(dump_dom(tmp_path, page))
    assert len(d.marks) == len(art.facts)
    for i, f in enumerate(art.facts):
        m = d.marks[str(i)]
        assert m["type"] == f.type and m["titles"] == {fact_summary(f)} and m["text"] == f.text
    # the hover value of the headline number of this article
    ranks = [m for m in d.marks.values() if m["type"] == "ranking" and m["text"] == "xếp thứ 14/63"]
    assert ranks and ranks[0]["title"].startswith("ranking: PAR INDEX 2019 rank 14/63")
    if ranks[0]["title"].find("subject=") >= 0:
        assert "subject=Thái Nguyên" in ranks[0]["title"]
    pcts = [m["title"] for m in d.marks.values() if m["type"] == "percentage" and m["text"] == "99.44%"]
    assert pcts and pcts[0].startswith("percentage: 99.44 (eq)")

    shot = tmp_path / "shot.png"
    res = run_chromium(tmp_path, page.resolve().as_uri(), "--window-size=1280,2600", f"--screenshot={shot}")
    assert res.returncode == 0, res.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2600)
    assert len(data) > 50_000  # a page of coloured text, not a blank image
    if os.environ.get("CCHC_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        try:  # a palette PNG is a third of the size and looks the same for flat-coloured text
            from PIL import Image

            Image.open(shot).convert("RGB").quantize(colors=128).save(SCREENSHOT, optimize=True)
        except ImportError:
            shutil.copyfile(shot, SCREENSHOT)
