"""Integrity tests for the language data files under ``src/cchc_extract/data``.

Each table is checked for its schema (keys and types), NFC strings, unique
keys, and that every rule's ``examples`` really contain the rule's word, code
or abbreviation.  ``provinces.json`` is also checked against the 2025 merger
and against ``build_provinces.py`` when the source package is installed.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "cchc_extract" / "data"
FILES = ["provinces.json", "regions.json", "legal_codes.json", "abbreviations.json", "people.json"]


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def walk_strings(obj, path="$"):
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            yield from walk_strings(x, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_strings(k, f"{path}.<key>")
            yield from walk_strings(v, f"{path}.{k}")


def has_token(text: str, token: str) -> bool:
    """``token`` occurs in ``text`` not glued to a letter on either side (case-sensitive)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(token)}(?![^\W\d_])", text) is not None


def check_entries(entries, required: dict[str, type], optional: dict[str, type] | None = None):
    optional = optional or {}
    assert isinstance(entries, list) and entries
    for e in entries:
        assert isinstance(e, dict), e
        for key, typ in required.items():
            assert key in e, f"{e!r} lacks {key!r}"
            assert isinstance(e[key], typ), f"{e!r}: {key!r} is not {typ}"
        for key in e:
            assert key in required or key in optional, f"{e!r}: unexpected key {key!r}"
            if key in optional:
                assert isinstance(e[key], optional[key]), f"{e!r}: {key!r} is not {optional[key]}"
        if "examples" in e:
            assert e["examples"] and all(isinstance(x, str) and x.strip() for x in e["examples"]), e


def unique(values) -> bool:
    values = list(values)
    return len(values) == len(set(values))


# ---------------------------------------------------------------- all files


@pytest.mark.parametrize("name", FILES)
def test_file_is_utf8_json_with_source(name):
    raw = (DATA / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    doc = json.loads(raw.decode("utf-8"))
    assert isinstance(doc, dict)
    assert isinstance(doc.get("source"), str) and len(doc["source"]) > 20
    if "notes" in doc:
        assert all(isinstance(n, str) for n in doc["notes"])


@pytest.mark.parametrize("name", FILES)
def test_all_strings_nfc_and_trimmed(name):
    for path, s in walk_strings(load(name)):
        assert unicodedata.normalize("NFC", s) == s, f"{name} {path}: not NFC: {s!r}"
        assert s == s.strip(), f"{name} {path}: stray whitespace: {s!r}"
        assert "\u00d0" not in s, f"{name} {path}: U+00D0 Ð used for Đ: {s!r}"
        assert "\u00a0" not in s, f"{name} {path}: NBSP: {s!r}"


# ---------------------------------------------------------------- provinces


@pytest.fixture(scope="module")
def provinces():
    return load("provinces.json")["provinces"]


def test_province_schema(provinces):
    check_entries(
        provinces, {"code": str, "name": str, "kind": str, "name_2025": str, "variants": list}
    )
    for p in provinces:
        assert re.fullmatch(r"\d\d", p["code"]), p
        assert p["kind"] in {"tỉnh", "thành phố"}, p
        assert all(isinstance(v, str) and v for v in p["variants"]), p
        assert not p["name"].lower().startswith(("tỉnh ", "thành phố ")), p


def test_63_provinces_unique_codes_and_names(provinces):
    assert len(provinces) == 63
    assert unique(p["code"] for p in provinces)
    assert unique(p["name"] for p in provinces)
    assert sum(p["kind"] == "thành phố" for p in provinces) == 5  # HN, HP, ĐN, HCM, CT


def test_34_units_after_merger(provinces):
    assert len({p["name_2025"] for p in provinces}) == 34


def test_each_2025_unit_keeps_its_own_name(provinces):
    """The unit a 2025 province is named after maps to that same 2025 province."""
    for new in {p["name_2025"] for p in provinces}:
        holders = [p for p in provinces if p["name"] == new or new in p["variants"]]
        assert len(holders) == 1, (new, holders)
        assert holders[0]["name_2025"] == new, (new, holders[0])


@pytest.mark.parametrize(
    "old,new",
    [
        ("Bắc Kạn", "Thái Nguyên"),
        ("Thái Nguyên", "Thái Nguyên"),
        ("Đắk Nông", "Lâm Đồng"),
        ("Bình Thuận", "Lâm Đồng"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Thừa Thiên Huế", "Huế"),
        ("Hà Giang", "Tuyên Quang"),
        ("Hòa Bình", "Phú Thọ"),
        ("Yên Bái", "Lào Cai"),
        ("Hà Nội", "Hà Nội"),
    ],
)
def test_merger_examples(provinces, old, new):
    by_name = {p["name"]: p for p in provinces}
    assert by_name[old]["name_2025"] == new


def test_spec_canonical_names_and_codes(provinces):
    by_name = {p["name"]: p["code"] for p in provinces}
    for name, code in [
        ("Hà Nội", "01"),
        ("Thái Nguyên", "19"),
        ("Thừa Thiên Huế", "46"),
        ("Hồ Chí Minh", "79"),
        ("Bà Rịa - Vũng Tàu", "77"),
        ("Hòa Bình", "17"),
        ("Khánh Hòa", "56"),
        ("Thanh Hóa", "38"),
        ("Đắk Lắk", "66"),
        ("Đắk Nông", "67"),
        ("Cà Mau", "96"),
    ]:
        assert by_name[name] == code


def _variant_index(provinces) -> dict[str, str]:
    index: dict[str, str] = {}
    for p in provinces:
        for form in [p["name"], *p["variants"]]:
            key = form.casefold()
            assert index.get(key, p["name"]) == p["name"], (
                f"{form!r} maps to both {index[key]!r} and {p['name']!r}"
            )
            index[key] = p["name"]
    return index


def test_no_variant_maps_to_two_provinces(provinces):
    _variant_index(provinces)
    for p in provinces:
        keys = [v.casefold() for v in p["variants"]]
        assert unique(keys), p["name"]
        assert p["name"].casefold() not in keys, p["name"]


@pytest.mark.parametrize(
    "form,name",
    [
        ("TP.HCM", "Hồ Chí Minh"),
        ("TP HCM", "Hồ Chí Minh"),
        ("TPHCM", "Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Huế", "Thừa Thiên Huế"),
        ("TT-Huế", "Thừa Thiên Huế"),
        ("Daklak", "Đắk Lắk"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Đăk Nông", "Đắk Nông"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Hoà Bình", "Hòa Bình"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Thai Nguyen", "Thái Nguyên"),
        ("Kontum", "Kon Tum"),
        ("Bắc Cạn", "Bắc Kạn"),
    ],
)
def test_press_variants_resolve(provinces, form, name):
    assert _variant_index(provinces)[form.casefold()] == name


@pytest.mark.parametrize("form", ["Hà Tây", "Đà Lạt", "Nha Trang", "Tây Nguyên", "Buôn Ma Thuột"])
def test_not_provinces(provinces, form):
    assert form.casefold() not in _variant_index(provinces)


def test_every_province_has_an_unaccented_form(provinces):
    def strip(s: str) -> str:
        d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
        return "".join(c for c in d if not unicodedata.combining(c))

    for p in provinces:
        plain = strip(p["name"])
        assert plain == p["name"] or plain in p["variants"], p["name"]


@pytest.mark.skipif(
    importlib.util.find_spec("vietnamadminunits") is None, reason="vietnamadminunits not installed"
)
def test_provinces_json_matches_its_build_script():
    script = DATA / "build_provinces.py"
    run = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


# ---------------------------------------------------------------- regions


def test_regions():
    doc = load("regions.json")
    regions = doc["regions"]
    check_entries(
        regions,
        {"name": str, "level": str, "variants": list, "provinces": list, "examples": list},
        {"parent": str, "note": str},
    )
    names = {p["name"] for p in load("provinces.json")["provinces"]}
    assert unique(r["name"] for r in regions)
    for r in regions:
        assert r["level"] in {"macro", "sub", "traditional"}, r["name"]
        assert set(r["provinces"]) <= names, set(r["provinces"]) - names
        assert unique(r["provinces"]), r["name"]
        forms = [r["name"], *r["variants"]]
        for ex in r["examples"]:
            assert any(f.casefold() in ex.casefold() for f in forms), (r["name"], ex)
        if r["level"] == "sub":
            parent = next(x for x in regions if x["name"] == r["parent"])
            assert set(r["provinces"]) - set(parent["provinces"]) <= {"Quảng Ninh"}, r["name"]
    macro = [p for r in regions if r["level"] == "macro" for p in r["provinces"]]
    assert len(macro) == 63 and set(macro) == names, "macro regions must partition the 63"
    # Bắc Bộ, Trung Bộ, Nam Bộ: the traditional three parts partition the 63 too
    traditional = [p for r in regions if r["level"] == "traditional" for p in r["provinces"]]
    assert len(traditional) == 63 and set(traditional) == names, "the traditional parts must partition the 63"
    for wanted in ["Tây Nguyên", "Miền núi phía Bắc", "Đồng bằng sông Cửu Long", "Đông Nam Bộ", "Tây Bắc"]:
        assert wanted in {r["name"] for r in regions}


def test_region_forms_do_not_collide():
    index = _variant_index(load("provinces.json")["provinces"])
    seen: dict[str, str] = {}
    for r in load("regions.json")["regions"]:
        for f in [r["name"], *r["variants"]]:
            assert f.casefold() not in index, f"region form {f!r} is also a province"
            assert seen.setdefault(f.casefold(), r["name"]) == r["name"], f
    assert seen["đbscl"] == "Đồng bằng sông Cửu Long"
    assert seen["trung du và miền núi phía bắc"] == "Trung du và miền núi phía Bắc"
    assert seen["miền núi phía bắc"] == "Miền núi phía Bắc"


# ---------------------------------------------------------------- legal codes


@pytest.fixture(scope="module")
def legal():
    return load("legal_codes.json")


def test_legal_schema(legal):
    check_entries(legal["doc_types"], {"code": str, "name": str, "examples": list}, {"note": str})
    check_entries(legal["issuers"], {"code": str, "name": str, "examples": list}, {"note": str})
    assert unique(t["code"] for t in legal["doc_types"])
    assert unique(i["code"] for i in legal["issuers"])
    tw = legal["type_words"]
    assert isinstance(tw, list) and all(isinstance(w, str) for w in tw) and unique(tw)


@pytest.mark.parametrize("table", ["doc_types", "issuers"])
def test_legal_examples_contain_their_code(legal, table):
    for entry in legal[table]:
        for ex in entry["examples"]:
            assert has_token(ex, entry["code"]), (entry["code"], ex)


def test_legal_codes_from_spec(legal):
    types = {t["code"]: t["name"] for t in legal["doc_types"]}
    issuers = {i["code"]: i["name"] for i in legal["issuers"]}
    assert types["NĐ"] == "Nghị định"
    assert types["QĐ"] == "Quyết định"
    assert types["NQ"] == "Nghị quyết"
    assert types["CT"] == "Chỉ thị"
    assert types["TT"] == "Thông tư"
    assert types["KH"] == "Kế hoạch"
    assert types["L"] == "Lệnh"  # not Luật: see its note
    for code in ["QyĐ", "CTr", "TTr", "ĐA", "DA", "HD", "TB", "KL", "CĐ", "TTLT", "PL", "CV"]:
        assert code in types, code
    assert issuers["CP"] == "Chính phủ"
    assert issuers["TTg"] == "Thủ tướng Chính phủ"
    assert issuers["TU"] == "Tỉnh ủy"
    assert issuers["TW"] == issuers["TƯ"]
    for code in ["QH", "UBTVQH", "BNV", "BTTTT", "VPCP", "UBND", "HĐND", "HU", "BCĐ", "BTV", "NHNN"]:
        assert code in issuers, code


def test_type_words(legal):
    tw = set(legal["type_words"])
    for w in ["Nghị định", "Quyết định", "Nghị quyết", "Chỉ thị", "Thông tư", "Thông tư liên tịch",
              "Kế hoạch", "Công văn", "Đề án", "Luật", "Giấy phép", "Thông báo", "Kết luận",
              "Chương trình", "Hướng dẫn", "Báo cáo", "Tờ trình", "Quy chế", "Quy định",
              "Pháp lệnh", "Hiến pháp", "Công điện"]:
        assert w in tw, w
    for t in legal["doc_types"]:
        assert t["name"] in tw, f"doc type {t['name']!r} missing from type_words"
    check_entries(
        legal["type_word_aliases"], {"word": str, "doc_type": str, "examples": list}, {"note": str}
    )
    for a in legal["type_word_aliases"]:
        assert a["doc_type"] in tw, a
        assert all(a["word"].casefold() in ex.casefold() for ex in a["examples"]), a


# ---------------------------------------------------------------- abbreviations


@pytest.fixture(scope="module")
def abbreviations():
    return load("abbreviations.json")["abbreviations"]


def test_abbreviation_schema(abbreviations):
    check_entries(
        abbreviations,
        {"abbr": str, "full": str, "kind": str, "examples": list},
        {"expand": bool, "note": str},
    )
    assert unique(a["abbr"] for a in abbreviations)
    for a in abbreviations:
        assert a["kind"] in {"org", "title", "admin_unit", "term", "index"}, a


def test_abbreviation_examples_contain_abbr(abbreviations):
    for a in abbreviations:
        for ex in a["examples"]:
            assert has_token(ex, a["abbr"]), (a["abbr"], ex)


def test_required_abbreviations(abbreviations):
    full = {a["abbr"]: a["full"] for a in abbreviations}
    for abbr in ["UBND", "HĐND", "VPCP", "BCĐ", "MTTQ", "ĐBQH", "TU", "HU", "TTHC", "CCHC", "CNTT",
                 "DVC", "DVCTT", "HCC", "TTg", "TW", "TƯ", "BCH", "BTV", "CQNN", "CBCC", "CBCCVC",
                 "SNCL", "HQQT&HCC", "TT&TT", "TTTT", "KH&CN", "KHCN", "KH&ĐT", "KHĐT", "LĐ-TB&XH",
                 "NN&PTNT", "TN&MT", "VH-TT&DL", "GD&ĐT", "GTVT", "TTXVN", "VNPT", "PAR INDEX",
                 "SIPAS", "PAPI", "PCI", "DTI", "ICT", "TP", "TX", "Q.", "UBMTTQ", "LĐLĐ", "ĐTN",
                 "TNCS", "THPT", "THCS", "Bộ TT&TT"]:
        assert abbr in full, abbr
    assert full["UBND"] == "Ủy ban nhân dân"
    assert full["VPCP"] == "Văn phòng Chính phủ"
    assert full["TW"] == "Trung ương"
    assert full["Bộ TT&TT"] == "Bộ Thông tin và Truyền thông"
    assert "Viettel" not in full


# ---------------------------------------------------------------- people


@pytest.fixture(scope="module")
def people():
    return load("people.json")


def test_surnames(people):
    surnames = people["surnames"]
    check_entries(surnames, {"name": str, "rank": int}, {"note": str})
    assert len(surnames) >= 100
    assert unique(s["name"] for s in surnames)
    ranks = [s["rank"] for s in surnames]
    assert ranks[0] == 1 and all(r >= 1 for r in ranks) and ranks == sorted(ranks)
    names = {s["name"]: s["rank"] for s in surnames}
    assert names["Nguyễn"] == 1 and names["Trần"] == 2 and names["Lê"] == 3
    assert names["Hoàng"] == names["Huỳnh"] and names["Vũ"] == names["Võ"]
    for n in ["Phạm", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Mai", "Đinh",
              "Trịnh", "Đoàn", "Lâm", "Lương", "Hà", "Tạ", "Cao", "Chu", "Lưu", "Đào", "Văn",
              "Thái", "Tô", "Quách", "Triệu", "Lò", "Hầu", "Sầm", "Vi", "Nông", "Y", "Kpă",
              "Rơ Châm", "Ksor", "Siu", "Nay", "H'"]:
        assert n in names, n


def test_honorifics(people):
    hon = people["honorifics"]
    check_entries(
        hon,
        {"word": str, "canonical": str, "kind": str, "is_title": bool, "examples": list},
        {"honorific": (str, type(None))},
    )
    assert unique(h["word"] for h in hon)
    for h in hon:
        assert "honorific" in h, h
        assert h["honorific"] in {"đồng chí", "ông", "bà", None}, h
        assert h["kind"] in {"address", "degree", "honour", "rank"}, h
        assert h["is_title"] == (h["kind"] == "rank"), h
        for ex in h["examples"]:
            assert h["word"].casefold() in ex.casefold(), (h["word"], ex)
    by_word = {h["word"]: h for h in hon}
    assert by_word["đ/c"]["canonical"] == "đồng chí" and by_word["đ/c"]["honorific"] == "đồng chí"
    for w in ["đồng chí", "ông", "bà", "anh", "chị", "TS.", "ThS.", "PGS.TS.", "GS.TS.",
              "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá"]:
        assert w in by_word, w


def test_title_heads_and_prefixes(people):
    heads = people["title_heads"]
    check_entries(heads, {"word": str, "examples": list}, {"note": str})
    assert unique(h["word"] for h in heads)
    for h in heads:
        for ex in h["examples"]:
            assert h["word"].casefold() in ex.casefold(), (h["word"], ex)
    words = {h["word"] for h in heads}
    for w in ["Chủ tịch", "Bí thư", "Giám đốc", "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm",
              "Chánh Văn phòng", "Chánh án", "Trưởng ban", "Trưởng đoàn", "Trưởng phòng",
              "Tổ trưởng", "Ủy viên", "Cục trưởng", "Vụ trưởng", "Tổng Giám đốc", "Tổng Bí thư",
              "Thủ tướng", "Chủ tịch nước", "Chủ tịch Quốc hội", "Tổng cục trưởng", "Viện trưởng",
              "Hiệu trưởng", "Trưởng Công an", "Giám đốc Công an", "Chi cục trưởng", "Thường trực",
              "Đại biểu Quốc hội", "Tổng Biên tập", "Thành viên", "Người phát ngôn",
              "Trưởng đại diện", "Chuyên viên"]:
        assert w in words, w
    assert people["title_prefixes"] == ["Phó", "Quyền", "Nguyên", "Thường trực", "Thường vụ", "Cựu"]


def test_org_heads(people):
    heads = people["org_heads"]
    check_entries(heads, {"word": str, "kind": str, "examples": list}, {"note": str})
    assert unique(h["word"] for h in heads)
    kinds = set(people["org_kinds"])
    for h in heads:
        assert h["kind"] in kinds, h
        for ex in h["examples"]:
            assert h["word"].casefold() in ex.casefold(), (h["word"], ex)
    by_word = {h["word"]: h["kind"] for h in heads}
    assert by_word["Bộ"] == "ministry" and by_word["Sở"] == "department"
    assert by_word["Ủy ban nhân dân"] == "peoples_committee"
    assert by_word["Hội đồng nhân dân"] == "peoples_council"
    assert by_word["Tỉnh ủy"] == "party_committee" and by_word["Chính phủ"] == "government"
    for w in ["Ban", "Văn phòng", "Thành ủy", "Huyện ủy", "Đảng ủy", "Trung tâm", "Tập đoàn",
              "Tổng công ty", "Công ty", "Cục", "Tổng cục", "Vụ", "Viện", "Hiệp hội", "Hội",
              "Tổ công tác", "Công an", "Chi cục", "Phòng", "Thanh tra", "Kho bạc",
              "Bảo hiểm xã hội", "Ngân hàng", "Đài", "Báo", "Trường", "Bệnh viện",
              "Mặt trận Tổ quốc", "Quốc hội"]:
        assert w in by_word, w


def test_not_person_after(people):
    rules = people["not_person_after"]
    check_entries(rules, {"word": str, "examples": list})
    assert unique(r["word"] for r in rules)
    for r in rules:
        for ex in r["examples"]:
            assert r["word"].casefold() in ex.casefold(), (r["word"], ex)
    words = {r["word"] for r in rules}
    for w in ["đường", "phố", "phường", "xã", "huyện", "quận", "thị xã", "thị trấn", "tỉnh",
              "thành phố", "TP", "trường", "Trường THPT", "cầu", "Quảng trường", "lăng", "khu",
              "làng", "sân bay", "bến", "chợ"]:
        assert w in words, w


# word lists of the people and organizations extractors: {"words" | "heads", "note", "examples"}
WORD_LISTS = ["clause_words", "body_links", "admin_words", "not_title_after", "non_executive_titles",
              "government_concept_next", "standalone_org_heads", "province_words", "committee_heads",
              "capitalised_address_words", "not_org_after", "not_org_before", "national_org_heads",
              "english_function_words"]
WORD_MAPS = ["implied_org_heads", "english_org_heads"]


@pytest.mark.parametrize("key", WORD_LISTS + WORD_MAPS + ["english_title_leads"])
def test_people_word_lists(people, key):
    rule = people[key]
    assert isinstance(rule, dict), key
    assert isinstance(rule.get("note"), str) and rule["note"].strip(), key
    examples = rule.get("examples")
    assert isinstance(examples, list) and examples and all(isinstance(x, str) and x.strip() for x in examples)
    if key in WORD_LISTS:
        assert set(rule) == {"words", "note", "examples"}, key
        words = rule["words"]
    elif key in WORD_MAPS:
        assert set(rule) == {"heads", "note", "examples"}, key
        assert isinstance(rule["heads"], dict) and all(isinstance(v, str) and v for v in rule["heads"].values())
        words = list(rule["heads"])
    else:
        assert set(rule) == {"prefixes", "heads", "note", "examples"}, key
        assert rule["prefixes"] and all(isinstance(w, str) and w for w in rule["prefixes"])
        words = rule["heads"]
    assert isinstance(words, list) and words and all(isinstance(w, str) and w.strip() == w and w for w in words)
    assert unique(words), key
    for ex in examples:
        assert any(has_token(ex.casefold(), w.casefold()) for w in words), (key, ex)


def test_clause_words(people):
    words = people["clause_words"]["words"]
    for w in words:
        assert w == w.lower() and 1 <= len(w.split()) <= 2, w
    for w in ["đã", "đang", "sẽ", "tại", "cho biết", "chủ trì", "phát biểu", "nhấn mạnh"]:
        assert w in words, w
    # an administrative word never ends a body
    assert not set(words) & set(people["admin_words"]["words"])
    assert set(people["body_links"]["words"]) == {"của", "và"}
    assert people["implied_org_heads"]["heads"]["trưởng đoàn"] == "Đoàn"
