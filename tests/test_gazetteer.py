"""The gazetteer module: one index of the place files, an automaton that finds the same
matches as the alternation it replaces, and the article's main province computed once."""
from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
import regex

import cchc_extract as cx
from cchc_extract import gazetteer as gz
from cchc_extract.extractors import places

ROOT = Path(__file__).resolve().parents[1]
CRAWL = ROOT.parent / "shared" / "crawl" / "trends-vn-2024.jsonl.gz"


def _reference():
    """The matching as one regex alternation (any-case regions first, then the forms longest
    first, word boundaries both sides): what the automaton must reproduce exactly."""
    g = gz.gazetteer()
    forms = "|".join(regex.escape(f) for f in sorted(g.forms, key=len, reverse=True))
    regions = "|".join(regex.escape(f) for f in sorted(g.long_regions, key=len, reverse=True))
    rx = regex.compile(r"(?<![\p{L}\d])(?:(?i:" + regions + r")|" + forms + r")(?![\p{L}\d])")

    def matches(text):
        out = []
        for m in rx.finditer(text):
            place = g.forms.get(m.group(0)) or g.long_regions.get(m.group(0).casefold())
            if place is not None:
                out.append((m.start(), m.end(), place))
        return out
    return matches


@pytest.fixture(scope="module")
def reference():
    return _reference()


TRICKY = [
    "Đoàn công tác làm việc tại TP.HCM, TP. Hồ Chí Minh và thành phố Hồ Chí Minh.",
    "THÁI NGUYÊN DẪN ĐẦU; Thái Nguyênx không phải; 2Thái Nguyên cũng không; Thái Nguyên2 không.",
    "Các tỉnh Tây Nguyên và miền núi phía bắc, MIỀN NÚI PHÍA BẮC, vùng Đồng Bằng Sông Cửu Long (ĐBSCL).",
    "Hợp tác khu vực châu Á - Thái Bình Dương; tỉnh Thái Bình; Báo Sài Gòn Giải Phóng; Sài Gòn.",
    "Trung du và miền núi phía Bắc gồm Bắc Kạn, Bắc Kạnh, Hà Nam Định, Bà Rịa - Vũng Tàu, BR-VT.",
    "Huế, TT-Huế, Thừa Thiên Huế, Thừa Thiên - Huế; Daklak, Đắc Lắc, Đăk Nông, Hoà Bình, Thanh Hoá.",
    "İstanbul và Hà Nội: ẞ chữ lạ trước Cần Thơ, Kelvin K trước Kon Tum.",
    "", "Hà", "Hà Nội", "hà nội", "HÀ NỘI",
]


@pytest.mark.parametrize("text", TRICKY)
def test_automaton_matches_the_alternation(reference, text):
    assert list(gz.gazetteer().matches(text)) == reference(text)


def test_automaton_matches_the_alternation_on_corpus_and_random_splices(reference):
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    assert texts
    names = [f for f in gz.gazetteer().forms][:400] + list(gz.gazetteer().long_regions)
    rnd = random.Random(7)
    for _ in range(300):  # forms glued to letters, digits, each other, in odd cases
        parts = [rnd.choice(names) for _ in range(4)]
        seps = [rnd.choice(["", " ", "x", "1", "-", ", ", "  ", "("]) for _ in range(4)]
        t = "".join(s + (p.upper() if rnd.random() < .2 else p.lower() if rnd.random() < .2 else p)
                    for s, p in zip(seps, parts))
        texts.append(t)
    for t in texts:
        assert list(gz.gazetteer().matches(t)) == reference(t), t[:200]


def test_automaton_matches_the_alternation_on_the_crawl(reference):
    if not CRAWL.exists():
        pytest.skip(f"{CRAWL} is absent")
    with gzip.open(CRAWL, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 8:
                continue
            for para in (json.loads(line).get("text") or "").split("\n"):
                assert list(gz.gazetteer().matches(para)) == reference(para), para[:200]


def test_context_rules_drop_blockers_people_and_streets():
    found = [(p.kind, p.name) for _, _, p in gz.find_places(
        "Phó Thủ tướng Trương Hòa Bình đến đường Lê Lợi, tỉnh Hòa Bình, châu Á - Thái Bình Dương.")]
    assert found == [("province", "Hòa Bình")]


def test_one_index_serves_every_lookup():
    assert gz.lookup_province("TP.HCM").name == "Hồ Chí Minh"
    assert gz.lookup_province("Tây Nguyên") is None  # a region, not a province
    assert gz.province_kind("Đà Nẵng") == "thành phố" and gz.province_kind("Kon Tum") == "tỉnh"
    assert gz.province_kind("Atlantis") == "tỉnh"
    assert len(gz.province_names()) == 63 and "Thừa Thiên Huế" in gz.province_names()
    assert places.find_places is gz.find_places and places.lookup_province is gz.lookup_province


def test_automaton_is_built_on_first_scan_only():
    g = gz.Gazetteer()
    assert g.forms.get("Hà Nội").name == "Hà Nội" and g._automaton is None  # lookups need no automaton
    list(g.find("Hà Nội"))
    a = g._automaton
    list(g.find("Cần Thơ"))
    assert a is not None and g._automaton is a


# ------------------------------------------------------------------------ main province

def test_main_province_counts_the_title():
    class F:
        type = "province"

        def __init__(self, name):
            self.name = name
    assert gz.main_province([F("Hà Nội"), F("Hà Nội"), F("Huế")]) == "Hà Nội"
    assert gz.main_province([F("Hà Nội"), F("Cần Thơ")]) is None
    assert gz.main_province([F("Hà Nội"), F("Cần Thơ")], ["Cần Thơ"]) == "Cần Thơ"
    assert gz.main_province([], ["Kon Tum"]) == "Kon Tum"
    assert gz.title_provinces("Kon Tum và TP.HCM ký kết") == ["Kon Tum", "Hồ Chí Minh"]


TITLED = ("Trao quyết định bổ nhiệm Phó Viện trưởng VKSND tỉnh Hà Giang\n\n"
          "Dự buổi Lễ có các đồng chí: Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
          "lãnh đạo các sở, ngành của tỉnh.\n\n"
          "Kế hoạch số 12/KH-UBND được triển khai trong toàn tỉnh.")


def test_people_organizations_and_link_share_the_main_province_of_the_title():
    art = cx.extract(TITLED)
    assert "Hà Giang" in (art.title or "") and "Hà Giang" not in art.text
    official = art.of_type("official")[0]
    assert official.organization == "Tỉnh ủy Hà Giang" and official.province == "Hà Giang"
    # an organization is named as written (GUIDE §11); the title's province goes into its `province`
    orgs = {(o.name, o.province) for o in art.of_type("organization")}
    assert {("Tỉnh ủy", "Hà Giang"), ("Ủy ban nhân dân tỉnh", "Hà Giang")} <= orgs
    assert art.of_type("legal_ref")[0].issuer == "Ủy ban nhân dân tỉnh Hà Giang"
