"""cchc_extract.dask on a real local cluster (2 worker processes) gives batch's records."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import cchc_extract.dask as cxd  # noqa: E402
from cchc_extract.batch import read_results  # noqa: E402
from cchc_extract.cli import main as cli  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).parent))
from test_readers import html_page  # noqa: E402


def _set(records) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("dask_in")
    for f in SEEDS:
        shutil.copy(f, d / f.name)
    (d / "web").mkdir()
    for f in SEEDS[:3]:
        (d / "web" / f"{f.stem}.html").write_text(html_page(f.read_text(encoding="utf-8")),
                                                  encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": SEEDS[4].read_text(encoding="utf-8")}, ensure_ascii=False),
             "{broken", json.dumps({"id": "j2", "html": html_page(SEEDS[5].read_text(encoding="utf-8"))},
                                   ensure_ascii=False)]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def batch_records(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("dask_ref") / "ref.jsonl"
    assert cli(["batch", str(corpus), "-o", str(out), "--workers", "2"]) == 0
    return list(read_results(out))


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_bag_equals_batch(client, corpus, batch_records):
    bag = cxd.extract_bag([corpus], partition_size=8)
    assert bag.npartitions >= 2
    got = bag.compute()
    assert len(got) == len(batch_records) == len(SEEDS) + 3 + 3
    assert _set(got) == _set(batch_records)
    # the work ran on the cluster's two worker processes
    assert len(client.scheduler_info()["workers"]) == 2


def test_dataframe_and_parquet(client, corpus, batch_records, tmp_path):
    bag = cxd.extract_bag([corpus], partition_size=8).persist()  # computed once, reused 3x
    facts = cxd.to_dataframe(bag, "facts").compute()
    assert len(facts) == sum(len(r.get("facts", ())) for r in batch_records)
    assert str(facts["value"].dtype) == "Float64"
    errors = cxd.to_dataframe(bag, "errors").compute()
    assert errors["kind"].tolist() == ["read_error"]
    out = tmp_path / "d.parquet"
    assert cxd.to_parquet(bag, out) == len(batch_records)
    assert _set(read_results(out)) == _set(batch_records)


def test_in_memory_records(client):
    texts = ["Tỉnh Sơn La đạt 99,5% hồ sơ đúng hạn.", {"id": "x", "text": "Tỉnh Hà Giang."}]
    got = cxd.extract_bag(texts).compute()
    assert [r["doc_id"] for r in got][1] == "x"
    assert {f["name"] for f in got[0]["facts"] if f["type"] == "province"} == {"Sơn La"}
