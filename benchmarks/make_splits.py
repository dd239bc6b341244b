"""Assign the annotated articles to the dev and test splits (writes annotations/splits.json).

dev: the articles rules may be written against. test: articles only ever scored, from sites
that have no article in dev. The rule, applied once when a batch of blind annotations lands:

* every article already in dev stays in dev (a test article never moves to dev unless it is
  re-scored blind first and the move is recorded);
* new articles are grouped by site (host of their ``url``, ``www.``/``m.`` dropped); a site with an
  article in dev puts all its new articles in dev;
* the remaining sites are ordered by a hash of their name and given to test until test holds
  ``--test-size`` articles; the rest go to dev.

Run: ``python benchmarks/make_splits.py --new ID [ID ...] --test-size 50`` (ids of the new batch).
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
ANN = ROOT / "annotations"


def site(url: str | None) -> str:
    host = urlparse(url or "").netloc.lower()
    for p in ("www.", "m."):
        if host.startswith(p):
            host = host[len(p):]
    return host or "?"


def corpus_urls() -> dict[str, str]:
    """doc_id → url from corpus/SOURCES.md (the table's first two columns)."""
    out = {}
    for line in (ROOT / "corpus" / "SOURCES.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0].endswith(".txt"):
            out[cells[0][:-4]] = cells[1]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--new", nargs="+", required=True, help="doc_ids of the new, blind-annotated batch")
    ap.add_argument("--test-size", type=int, default=50)
    ns = ap.parse_args()
    splits_path = ANN / "splits.json"
    old = json.loads(splits_path.read_text("utf-8")) if splits_path.is_file() else {}
    test = set(old.get("test", []))
    gold = {p.stem: json.loads(p.read_text("utf-8")) for p in ANN.glob("*.json") if p.name != "splits.json"}
    urls = corpus_urls()
    url_of = {d: g.get("url") or urls.get(d) for d, g in gold.items()}
    new = set(ns.new)
    dev_sites = {site(url_of[d]) for d in gold if d not in new and d not in test}
    by_site: dict[str, list[str]] = {}
    for d in sorted(new):
        by_site.setdefault(site(url_of.get(d)), []).append(d)
    for s in sorted(by_site, key=lambda s: hashlib.sha1(s.encode()).hexdigest()):
        if s in dev_sites or s == "?" or len(test) >= ns.test_size:
            continue
        test.update(by_site[s])
    splits = {"note": __doc__.split("\n\n")[1].replace("\n", " "), "test": sorted(test)}
    splits_path.write_text(json.dumps(splits, ensure_ascii=False, indent=1) + "\n", "utf-8")
    test_sites = {site(url_of[d]) for d in test}
    dev = [d for d in gold if d not in test]
    print(f"test: {len(test)} articles from {len(test_sites)} sites; dev: {len(dev)} articles "
          f"from {len({site(url_of[d]) for d in dev})} sites; shared sites: {len(test_sites & {site(url_of[d]) for d in dev})}")


if __name__ == "__main__":
    main()
