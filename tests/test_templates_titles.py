"""Related headlines known from the crawl: a line that is the title of another page of the same
site goes as ``related_link`` with its evidence, on made-up crawls of markdown posts."""
import gzip
import json
import pickle
from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract.pipeline import run_document
from cchc_extract.templates import (SiteTemplate, TemplateIndex, build_index, index_records, page_lines,
                                    page_title_lines, site_keys, title_key, with_templates)

ROOT = Path(__file__).resolve().parents[1]
CRAWL = ROOT.parent / "shared" / "crawl" / "trends-vn-2024.jsonl.gz"

BODY = ["Ngày 12/3, UBND tỉnh Thái Nguyên tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2023 "
        "của các sở, ban, ngành và UBND các huyện, thành phố.",
        "Theo kết quả công bố, Sở Tư pháp dẫn đầu khối sở, ngành với 92,5 điểm; huyện Phú Bình xếp cuối "
        "khối huyện với 78,1 điểm.",
        "Các đơn vị xếp cuối bảng được yêu cầu xây dựng kế hoạch khắc phục trong quý II năm 2024 và báo cáo "
        "kết quả cho UBND tỉnh."]
TITLES = ["Thái Nguyên công bố Chỉ số cải cách hành chính năm 2023",
          "Quảng Ninh dẫn đầu bảng xếp hạng chỉ số hài lòng của người dân",
          "Bắc Giang khai trương trung tâm phục vụ hành chính công mới",
          "Hòa Bình rút ngắn thời gian giải quyết thủ tục đất đai cho doanh nghiệp",
          "Lạng Sơn đưa 95% thủ tục hành chính lên cổng dịch vụ công trực tuyến"]


def _md(k, middle=(), tail=(), site="vtv.vn"):
    parts = [f"[{TITLES[k]}](https://{site}/bai-{k}.htm)", BODY[0], *middle, BODY[1], BODY[2], *tail]
    return "\n\n".join(parts) + "\n"


def _recs(pages, site="vtv.vn"):
    return [{"id": f"d{k}", "url": f"https://{site}/bai-{k}.htm", "text": p} for k, p in enumerate(pages)]


def _run(idx, rec):
    tpl = idx.lookup(site_keys(rec["url"])).for_page(rec["id"]).narrow(page_lines(rec["text"]))
    a = run_document(rec["text"], doc_id=rec["id"], template=tpl)
    assert isinstance(a, cx.Article), a
    for f in a.facts:
        assert a.text[f.start:f.end] == f.text
    return a


def _related(a):
    return [(r.text, r.evidence) for r in a.removed if r.reason == "related_link" and r.evidence]


def test_a_related_headline_equal_to_another_pages_title_goes_with_its_evidence():
    pages = [_md(0, tail=[TITLES[1]]), _md(1), _md(2)]
    recs = _recs(pages)
    idx = build_index(recs)
    a = _run(idx, recs[0])
    assert a.title == TITLES[0]
    assert TITLES[1] not in a.text and all(s in a.text for s in BODY)
    assert _related(a) == [(TITLES[1], "the title of another page of vtv.vn: d1")]
    # the same page cleaned alone keeps the line: one page cannot tell it from a closing heading
    alone = run_document(recs[0]["text"], doc_id="d0")
    assert TITLES[1] in alone.text and not _related(alone)


def test_the_titles_match_across_case_tone_marks_markdown_and_a_cut_teaser():
    assert title_key("Hòa Bình rút ngắn")[0] == title_key("HOÀ BÌNH RÚT NGẮN")[0]
    assert title_key("**Hòa Bình** rút ngắn...") == (title_key("Hòa Bình rút ngắn")[0], True)
    assert title_key("Hoà Bình")[0] != title_key("Hoa Binh ăn")[0]
    tail = ["HOÀ BÌNH RÚT NGẮN THỜI GIAN GIẢI QUYẾT THỦ TỤC ĐẤT ĐAI CHO DOANH NGHIỆP",
            "Lạng Sơn đưa 95% thủ tục hành chính lên cổng dịch vụ ..."]
    pages = [_md(0, tail=tail), _md(3), _md(4)]
    recs = _recs(pages)
    a = _run(build_index(recs), recs[0])
    assert [ev for _, ev in _related(a)] == ["the title of another page of vtv.vn: d1",  # pages 3 and 4
                                             "the title of another page of vtv.vn: d2"]
    assert "THỦ TỤC ĐẤT ĐAI" not in a.text and "Lạng Sơn" not in a.text
    # a cut prefix of fewer than six words is too short to say whose title it is
    short = [_md(0, tail=["Lạng Sơn đưa 95% thủ ..."]), _md(4)]
    b = _run(build_index(_recs(short)), _recs(short)[0])
    assert "Lạng Sơn đưa 95% thủ" in b.text


def test_a_body_line_equal_to_a_title_among_prose_stays():
    # a sub-heading between two paragraphs that reads like another page's headline
    pages = [_md(0, middle=[TITLES[2]]), _md(2)]
    recs = _recs(pages)
    idx = build_index(recs)
    a = _run(idx, recs[0])
    assert TITLES[2] in a.text and not _related(a)
    # a sentence of a paragraph that contains another page's title is no title line
    para = f"{TITLES[2]} vào sáng 5/4, với 120 cán bộ được điều động từ các sở, ngành về làm việc tại trung tâm."
    pages = [_md(0, tail=[para]), _md(2)]
    recs = _recs(pages)
    a = _run(build_index(recs), recs[0])
    assert para in a.text and not _related(a)


def test_a_run_of_titles_mid_page_and_a_marked_one_go():
    pages = [_md(0, middle=[TITLES[1], TITLES[2]]), _md(1), _md(2), _md(3, middle=["- " + TITLES[4]]), _md(4)]
    recs = _recs(pages)
    idx = build_index(recs)
    a = _run(idx, recs[0])
    assert TITLES[1] not in a.text and TITLES[2] not in a.text and all(s in a.text for s in BODY)
    assert len(_related(a)) == 2
    b = _run(idx, recs[3])
    assert TITLES[4] not in b.text and [ev for _, ev in _related(b)] == ["the title of another page of vtv.vn: d4"]
    # a line the page's own rules take as a related headline (">> …") gets the crawl's evidence
    recs[3]["text"] = _md(3, middle=[">> " + TITLES[4]])
    c = _run(idx, recs[3])
    assert TITLES[4] not in c.text and [ev for _, ev in _related(c)] == ["the title of another page of vtv.vn: d4"]


def test_the_pages_own_title_and_other_sites_titles_stay():
    # the page's headline printed again at its end is its own, not another page's
    pages = [_md(0, tail=[TITLES[0]]), _md(1)]
    recs = _recs(pages)
    a = _run(build_index(recs), recs[0])
    assert not _related(a)
    # a title of a page of another site says nothing about this site's lines
    recs = _recs([_md(0, tail=[TITLES[1]])]) + _recs([_md(1)], site="dantri.com.vn")
    recs[1]["id"] = "x1"
    a = _run(build_index(recs), recs[0])
    assert TITLES[1] in a.text and not _related(a)


def test_titles_among_headlines_of_pages_not_in_the_crawl_go_below_the_last_paragraph():
    other = "Hà Giang tổ chức tập huấn kỹ năng số cho cán bộ cấp xã"  # a page the crawl does not have
    pages = [_md(0, tail=[TITLES[1], other, TITLES[2]]), _md(1), _md(2)]
    recs = _recs(pages)
    a = _run(build_index(recs), recs[0])
    assert [t for t, _ in _related(a)] == [TITLES[1], TITLES[2]]
    assert all(s in a.text for s in BODY)
    # the three headlines closing the page are a related list by the page's own rule; only the two
    # the crawl knows carry its evidence
    assert other not in a.text and [r.evidence for r in a.removed if r.text == other] == [None]


def test_a_single_page_alone_is_unchanged():
    page = _md(0, tail=[TITLES[1], TITLES[2]])
    recs = _recs([page])
    idx = build_index(recs)
    assert list(idx.titles("vtv.vn").values()) == ["d0"]
    a = _run(idx, recs[0])
    plain = run_document(page, doc_id="d0")
    assert a.text == plain.text and a.title == plain.title
    assert [(r.text, r.reason) for r in a.removed] == [(r.text, r.reason) for r in plain.removed]


def test_a_listing_of_other_pages_titles_is_not_emptied():
    page = "\n\n".join([TITLES[1], TITLES[2], TITLES[3], TITLES[4]]) + "\n"
    recs = _recs([page, _md(1), _md(2), _md(3), _md(4)])
    recs[0]["url"] = "https://vtv.vn/chuyen-muc.htm"
    a = _run(build_index(recs), recs[0])
    assert not _related(a)


def test_streaming_and_two_passes_agree():
    # each page links to pages published before it: what streaming has seen already
    pages = [_md(0), _md(1, tail=[TITLES[0]]), _md(2, tail=[TITLES[0], TITLES[1]]),
             _md(3, middle=[TITLES[1], TITLES[2]]), _md(4, tail=["- " + TITLES[3]])]
    recs = _recs(pages)
    two = build_index(recs)
    stream = TemplateIndex()
    for r in recs:
        title, lines = page_title_lines(r["text"])
        tpl = stream.observe(site_keys(r["url"]), lines, title, r["id"])
        s = run_document(r["text"], doc_id=r["id"], template=tpl)
        t = _run(two, r)
        assert s.text == t.text and _related(s) == _related(t)
    assert len(_related(_run(two, recs[2]))) == 2


def test_titles_kept_per_site_are_capped():
    idx = TemplateIndex(max_titles=50)
    for k in range(500):
        idx.add_title(("vtv.vn",), f"Tin số {k} về cải cách hành chính của tỉnh", f"d{k}")
        idx.add_title(("vov.vn",), f"Bài số {k} về chuyển đổi số của thành phố", f"v{k}")
    assert len(idx.titles("vtv.vn")) == 50 and len(idx.titles("vov.vn")) == 50
    assert sum(len(b) for b in idx._heads["vtv.vn"].values()) <= 50
    # what a worker gets with a page is the few titles its lines match, not the site's list
    tpl = idx.lookup(("vtv.vn",)).narrow(["Tin số 7 về cải cách hành chính của tỉnh", BODY[0]])
    assert len(tpl.titles[0][1]) == 1
    assert tpl.title_of("Tin số 7 về cải cách hành chính của tỉnh") == "the title of another page of vtv.vn: d7"
    assert tpl.title_of("Tin số 499 về cải cách hành chính của tỉnh") is None
    assert len(pickle.dumps(tpl)) < 2000


def test_batch_two_passes_and_json_keep_the_titles():
    from cchc_extract.batch import process_record
    from cchc_extract.readers import Record

    pages = [_md(0, tail=[TITLES[1]]), _md(1), _md(2)]
    recs = [Record(f"d{k}", f"crawl:site/d{k}", p, {"url": f"https://vtv.vn/bai-{k}.htm", "format": "markdown"})
            for k, p in enumerate(pages)]
    idx = index_records(recs)
    out = [process_record(r)[0] for r in with_templates(recs, idx)]
    assert [(r.text, r.evidence) for r in out[0].removed if r.reason == "related_link"] == \
        [(TITLES[1], "the title of another page of vtv.vn: d1")]
    assert not any(r.reason == "related_link" for a in out[1:] for r in a.removed)
    # a site with hundreds of titles: each page is sent with the few its lines match
    for k in range(300):
        idx.add_title(("vtv.vn",), f"Tin số {k} về cải cách hành chính của tỉnh", f"t{k}")
    sent = list(with_templates(recs, idx))
    assert len(sent[0].meta["site_template"].titles[0][1]) == 1
    assert not any(r.meta.get("site_template") for r in sent[1:])  # nothing of the site's to remove there
    out = [process_record(r)[0] for r in sent]
    assert [(r.text, r.evidence) for r in out[0].removed if r.reason == "related_link"] == \
        [(TITLES[1], "the title of another page of vtv.vn: d1")]
    idx.add_title(("vtv.vn",), "Hòa Bình rút ngắn thời gian giải quyết thủ tục ...", "cut1")
    again = TemplateIndex.from_json(idx.to_json())
    assert again.titles("vtv.vn") == idx.titles("vtv.vn")
    # a cut title read back is still a prefix
    assert again.lookup(("vtv.vn",)).title_of(TITLES[3]) == "the title of another page of vtv.vn: cut1"
    assert isinstance(SiteTemplate().title_of(TITLES[1]), type(None))


@pytest.mark.skipif(not CRAWL.exists(), reason="../shared/crawl is not here")
def test_crawl_titles_are_learned_per_site():
    test_ids = set(json.loads((ROOT / "annotations" / "splits.json").read_text("utf-8"))["test"])
    recs = []
    with gzip.open(CRAWL, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] not in test_ids:
                recs.append({"id": r["id"], "text": r["text"], "url": r.get("url")})
    idx = build_index(recs)
    assert len(idx.titles("dantri.com.vn")) >= 50
    assert idx.titles("trends-vn-2024") == {}  # the collection is no site: titles go to the host
