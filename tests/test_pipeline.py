import codecs
import json
import subprocess
import sys
import unicodedata

import pytest

import cchc_extract as cx
from cchc_extract.decode import encode_legacy
from cchc_extract.models import ErrorRecord, json_schema, parse_result

from conftest import CORPUS, SEEDS, check_article


def test_every_corpus_file_gives_an_article():
    for p in sorted(CORPUS.glob("*.txt")):
        art = cx.extract(p.read_bytes(), doc_id=p.stem, source=str(p))
        check_article(art)
        # cleaning never empties a page: at least 200 characters, or most of a page shorter than that
        assert art.doc_id == p.stem and len(art.text) >= min(200, len(p.read_text("utf-8")) // 2)


@pytest.mark.parametrize("data,kind", [(b"", "empty"), (b"   \n\t ", "empty"), ("", "empty"),
                                       (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary")])
def test_bad_input_is_an_error_record(data, kind):
    rec = cx.extract(data, doc_id="bad")
    assert isinstance(rec, ErrorRecord) and rec.error.kind == kind and rec.error.message


def test_random_binary_is_an_error_record():
    import random

    rnd = random.Random(7)
    rec = cx.extract(bytes(rnd.randrange(256) for _ in range(5000)))
    assert isinstance(rec, ErrorRecord) and rec.error.kind in ("binary", "undecodable")


def test_too_large_is_an_error_record():
    rec = cx.extract(b"a " * 1000, limits=cx.Limits(max_bytes=100))
    assert isinstance(rec, ErrorRecord) and rec.error.kind == "too_large"


def test_wrong_type_is_an_error_record_not_an_exception():
    rec = cx.extract(12345)  # type: ignore[arg-type]
    assert isinstance(rec, ErrorRecord)


SEED = SEEDS[2]


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    lambda s: s.encode("utf-16"),
    lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
    lambda s: encode_legacy(s, "cp1258"),
    lambda s: encode_legacy(s, "vni"),
], ids=["utf8", "utf8-bom", "utf16", "nfd", "cp1258", "vni"])
def test_encodings_give_the_same_facts(encode):
    text = SEED.read_text("utf-8")
    # keep to what every legacy encoding can represent
    text = text.replace("“", '"').replace("”", '"').replace("…", "...").replace("Ð", "Đ")
    ref = check_article(cx.extract(text))
    got = check_article(cx.extract(encode(text)))
    key = lambda a: [(f.type, f.text) for f in a.facts]
    assert key(got) == key(ref)


def test_tcvn3_gives_the_same_facts_on_lowercase_safe_text():
    text = "Ngày 24/9/2020, tỉnh Thái Nguyên đạt 99,44% hồ sơ đúng hạn; xếp thứ 14/63 về Chỉ số cải cách hành chính."
    got = check_article(cx.extract(encode_legacy(text, "tcvn3")))
    ref = check_article(cx.extract(text))
    assert [(f.type, f.text) for f in got.facts] == [(f.type, f.text) for f in ref.facts]


def test_json_round_trip_and_schema(seed_articles):
    for art in seed_articles.values():
        again = parse_result(art.to_json())
        assert again == art
    schema = json_schema()
    assert schema["title"].startswith("cchc_extract output record")
    assert "Article" in json.dumps(schema) and "ErrorRecord" in json.dumps(schema)


def test_stable_doc_id_for_strings():
    a, b = cx.extract("Tỉnh Thái Nguyên đạt 99%."), cx.extract("Tỉnh Thái Nguyên đạt 99%.")
    assert a.doc_id == b.doc_id and a.doc_id.startswith("doc_")


def test_repr_is_one_line(seed_articles):
    r = repr(seed_articles["002_97d673e06247b9f2"])
    assert "\n" not in r and "002_97d673e06247b9f2" in r and "facts" in r


def test_idempotent_on_own_text(seed_articles):
    for art in seed_articles.values():
        again = check_article(cx.extract(art.text))
        assert [(f.type, f.text) for f in again.facts] == [(f.type, f.text) for f in art.facts]


def _cli(*args, input=None):
    return subprocess.run([sys.executable, "-m", "cchc_extract", *args], input=input,
                          capture_output=True, timeout=300)


def test_cli_extract_corpus_jsonl():
    r = _cli("extract", str(CORPUS), "--format", "jsonl")
    assert r.returncode == 0, r.stderr.decode()
    lines = r.stdout.decode().splitlines()
    assert len(lines) == len(list(CORPUS.glob("*.txt")))
    for ln in lines:
        check_article(parse_result(ln))


def test_cli_exit_codes(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = _cli("extract", str(empty))
    assert r.returncode == 1 and json.loads(r.stdout)["error"]["kind"] == "empty"
    good = tmp_path / "good.txt"
    good.write_text("Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn.", "utf-8")
    r = _cli("extract", str(good), str(empty), "--format", "jsonl")
    assert r.returncode == 0 and b"1 article, 1 error record\n" in r.stderr
    assert _cli("extract").returncode == 2
    assert _cli("nonsense").returncode == 2


def test_cli_stdin_and_output_file(tmp_path):
    out = tmp_path / "o.json"
    r = _cli("extract", "-", "-o", str(out), input="Nghị định số 45/2020/NĐ-CP của Chính phủ.".encode())
    assert r.returncode == 0
    art = parse_result(out.read_text("utf-8"))
    assert art.of_type("legal_ref")[0].number == "45/2020/NĐ-CP"


def test_cli_schema():
    r = _cli("schema")
    assert r.returncode == 0 and json.loads(r.stdout)["$schema"].startswith("https://json-schema.org")
