"""An experiment: does a small LEARNED line scorer remove the junk lines the cleaning rules leave,
on sites it never saw, without losing body? Trained and cross-validated on the DEV documents
only (every annotated document not listed under "test" in annotations/splits.json; test gold
files and test pages are never opened). Features: benchmarks/line_scorer_features.py.

Each line the cleaning rules keep is labelled from the gold: junk if it contains a
``must_remove`` snippet, body if it contains a ``must_keep`` snippet (both: body); unlabelled
lines are left out of training. Folds are grouped by SITE (corpus/SOURCES.md, the crawl URL's
host): the figures are for pages of sites the model never saw.

    python3 benchmarks/line_scorer.py collect         # runs the rules on dev, caches the page lines
    python3 benchmarks/line_scorer.py cv [--kept-only] [--gbm] [--nested] [--margin=M] [--l2=L]
    python3 benchmarks/line_scorer.py crawl [--gbm]   # fit on all dev, list what it removes in the crawl
Needs only numpy (not a dependency of the package). Results: benchmarks/line_scorer_results.txt.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CACHE = Path("/tmp/line_scorer_dev.json")

sys.path.insert(0, str(ROOT / "benchmarks"))
from cchc_extract import evaluate as ev  # noqa: E402
import line_scorer_features as linescore  # noqa: E402

TEST_IDS = set(json.loads((ROOT / "annotations" / "splits.json").read_text("utf-8"))["test"])


def _sites() -> dict[str, str]:
    out = {}
    for row in (ROOT / "corpus" / "SOURCES.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].endswith(".txt"):
            site = cells[2].lower().removeprefix("www.")
            out[cells[0][:-4]] = site if site and site not in ("—", "-") else "seed:" + cells[0][:-4]
    return out


def dev_gold() -> dict[str, dict]:
    gold = {}
    for p in sorted((ROOT / "annotations").glob("*.json")):
        if p.name != "splits.json" and p.stem not in TEST_IDS:  # test gold files are never opened
            gold[p.stem] = json.loads(p.read_text("utf-8-sig"))
    return gold


def _page_lines(payload, doc_id: str, src: str):
    """Run the rules on one page: its non-empty lines (above a foreign footer) and whether the rules
    removed each, or None when the page is not an article (legal text, listing, other)."""
    import cchc_extract as cx
    from cchc_extract import pagekind, pipeline

    real_clean, real_decide = pipeline.clean, pagekind.decide
    got = {}

    def decide(lines, kind, cut, title, body, legal, *rest):
        k = real_decide(lines, kind, cut, title, body, legal, *rest)
        if k == "article" and not legal:
            idx = [i for i in range(cut) if lines[i]]
            got["page"] = ([lines[i] for i in idx], [kind[i] is not None for i in idx])
        return k

    def clean(*a, **kw):
        c = real_clean(*a, **kw)
        c.paragraphs = []  # the kept lines are all that is wanted: skip the extractors
        return c

    pipeline.clean, pagekind.decide = clean, decide
    try:
        if isinstance(payload, dict):
            data = payload.get("text") if payload.get("text") is not None else payload.get("html") or ""
            cx.extract(data, doc_id=doc_id, source=src)
        else:
            cx.extract(Path(payload).read_bytes(), doc_id=doc_id, source=src)
    finally:
        pipeline.clean, pagekind.decide = real_clean, real_decide
    return got.get("page")


def collect() -> None:
    gold = dev_gold()
    sites = _sites()
    found, missing = ev._locate(ROOT / "annotations", gold, None, None)
    docs = []
    for doc_id, src, payload in found:
        page = _page_lines(payload, doc_id, src) or ([], [])
        g = gold[doc_id]
        url = g.get("url") or (payload.get("url") if isinstance(payload, dict) else None)
        site = urlparse(url).netloc.lower().removeprefix("www.") if url else sites.get(doc_id, "doc:" + doc_id)
        docs.append({"doc_id": doc_id, "site": site, "lines": page[0], "removed": page[1],
                     "must_remove": g.get("must_remove") or [], "must_keep": g.get("must_keep") or []})
    CACHE.write_text(json.dumps(docs, ensure_ascii=False), "utf-8")
    print(len(docs), "dev documents,", len({d["site"] for d in docs}), "sites; missing", len(missing))


def _labels(doc: dict) -> list[int]:
    """1 junk, 0 body, -1 unlabelled, per kept line."""
    rm = [ev._fold(s) for s in doc["must_remove"] if ev._fold(s)]
    kp = [ev._fold(s) for s in doc["must_keep"] if ev._fold(s)]
    out = []
    for ln in doc["lines"]:
        f = ev._fold(ln)
        if any(s in f for s in kp):
            out.append(0)
        elif any(s in f for s in rm):
            out.append(1)
        else:
            out.append(-1)
    return out


def load() -> list[dict]:
    docs = json.loads(CACHE.read_text("utf-8"))
    for d in docs:
        d["X"] = linescore.features(d["lines"], d["removed"]) if d["lines"] else []
        d["y"] = _labels(d)
    return docs


def train_lr(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 3000):
    """Logistic regression (standardized features, L2, batch gradient descent): a scorer of rows."""
    mean = X.mean(0)
    scale = X.std(0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    w = np.zeros(Z.shape[1])
    b = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = p - y
        w -= 0.5 * (Z.T @ g / len(y) + l2 * w / len(y))
        b -= 0.5 * g.mean()
    return lambda A: 1 / (1 + np.exp(-(((A - mean) / scale) @ w + b)))


def _tree(X, g, h, depth: int, minleaf: int = 5, lam: float = 1.0):
    def build(idx, d):
        G, H = g[idx].sum(), h[idx].sum()
        if d == 0 or len(idx) < 2 * minleaf:
            return ("leaf", -G / (H + lam))
        best = None
        for f in range(X.shape[1]):
            order = np.argsort(X[idx, f], kind="stable")
            xs = X[idx, f][order]
            cg, ch = np.cumsum(g[idx][order]), np.cumsum(h[idx][order])
            for k in range(minleaf - 1, len(idx) - minleaf):
                if xs[k] == xs[k + 1]:
                    continue
                gain = cg[k] ** 2 / (ch[k] + lam) + (G - cg[k]) ** 2 / (H - ch[k] + lam) - G * G / (H + lam)
                if best is None or gain > best[0]:
                    best = (gain, f, (xs[k] + xs[k + 1]) / 2)
        if best is None or best[0] <= 1e-6:
            return ("leaf", -G / (H + lam))
        _, f, th = best
        return ("split", f, th, build(idx[X[idx, f] <= th], d - 1), build(idx[X[idx, f] > th], d - 1))
    return build(np.arange(len(g)), depth)


def _tree_predict(t, X):
    if t[0] == "leaf":
        return np.full(len(X), t[1])
    _, f, th, left, right = t
    out = np.empty(len(X))
    m = X[:, f] <= th
    out[m] = _tree_predict(left, X[m])
    out[~m] = _tree_predict(right, X[~m])
    return out


def train_gbm(X: np.ndarray, y: np.ndarray, n: int = 60, depth: int = 2, eta: float = 0.2):
    """A small gradient-boosted tree ensemble (logistic loss, Newton leaves): a scorer of rows
    (a margin, not a probability)."""
    F = np.zeros(len(y))
    trees = []
    for _ in range(n):
        p = 1 / (1 + np.exp(-F))
        t = _tree(X, p - y, p * (1 - p), depth)
        trees.append(t)
        F += eta * _tree_predict(t, X)
    return lambda A: sum(eta * _tree_predict(t, A) for t in trees)


def _stack(docs, kept_only: bool):
    X, y = [], []
    for d in docs:
        for row, lab, rem in zip(d["X"], d["y"], d["removed"]):
            if lab >= 0 and not (kept_only and rem):
                X.append(row)
                y.append(lab)
    return np.array(X, float), np.array(y, float)


def _scores(model, docs):
    return [list(model(np.array(d["X"], float))) if d["lines"] else [] for d in docs]


def _max_body(model, docs) -> float:
    """The highest score of a kept line carrying a must_keep snippet."""
    return max((s for d, sc in zip(docs, _scores(model, docs)) for s, lab, r in zip(sc, d["y"], d["removed"])
                if lab == 0 and not r), default=0.0)


def _threshold(docs, trainer, kept_only: bool, nested: bool, margin: float) -> float:
    """Lowest score that removes no body line of the training pages: on the model's own training
    pages, or (nested) on their sites held out in an inner leave-site-out split."""
    if not nested:
        X, y = _stack(docs, kept_only)
        return _max_body(trainer(X, y), docs) + margin
    top = 0.0
    for sites in folds(docs, 4):
        inner = [d for d in docs if d["site"] not in sites]
        X, y = _stack(inner, kept_only)
        top = max(top, _max_body(trainer(X, y), [d for d in docs if d["site"] in sites]))
    return top + margin


def _check(docs, scores, thr):
    """Snippet counts on the kept text, before and after removing lines scoring >= thr."""
    res = {"rm_total": 0, "rm_before": 0, "rm_after": 0, "kp_total": 0, "kp_before": 0, "kp_after": 0,
           "lines_removed": 0, "unlabelled_removed": 0, "junk_lines_removed": 0, "body_lines_removed": 0}
    for d, sc in zip(docs, scores):
        before = ev._fold("\n".join(ln for ln, r in zip(d["lines"], d["removed"]) if not r))
        keep = [ln for ln, s, r in zip(d["lines"], sc, d["removed"]) if s < thr and not r]
        after = ev._fold("\n".join(keep))
        for s, lab, r in zip(sc, d["y"], d["removed"]):
            if s >= thr and not r:
                res["lines_removed"] += 1
                res[{1: "junk_lines_removed", 0: "body_lines_removed", -1: "unlabelled_removed"}[lab]] += 1
        for s in d["must_remove"]:
            f = ev._fold(s)
            if not f:
                continue
            res["rm_total"] += 1
            res["rm_before"] += f not in before
            res["rm_after"] += f not in after
        for s in d["must_keep"]:
            f = ev._fold(s)
            if not f:
                continue
            res["kp_total"] += 1
            res["kp_before"] += f in before
            res["kp_after"] += f in after
    return res


def folds(docs, k: int = 5):
    """Sites into k groups of about equal line counts (largest sites first)."""
    size: dict[str, int] = {}
    for d in docs:
        size[d["site"]] = size.get(d["site"], 0) + len(d["lines"])
    groups = [[] for _ in range(k)]
    load_ = [0] * k
    for site in sorted(size, key=lambda s: (-size[s], s)):
        j = load_.index(min(load_))
        groups[j].append(site)
        load_[j] += size[site]
    return groups


def cv(trainer, kept_only: bool = False, nested: bool = False, margin: float = 0.02) -> dict:
    docs = load()
    tot = None
    oof = []
    for j, sites in enumerate(folds(docs)):
        held = [d for d in docs if d["site"] in sites]
        trn = [d for d in docs if d["site"] not in sites]
        thr = _threshold(trn, trainer, kept_only, nested, margin)
        X, y = _stack(trn, kept_only)
        model = trainer(X, y)
        sc = _scores(model, held)
        r = _check(held, sc, thr)
        oof += [(s, lab, j) for d, ss in zip(held, sc) for s, lab, rem in zip(ss, d["y"], d["removed"])
                if lab >= 0 and not rem]
        print(f"fold {j}: {len(held)} docs, {len(sites)} sites, threshold {thr:.3f}: "
              f"must_remove {r['rm_before']}->{r['rm_after']}/{r['rm_total']}, "
              f"must_keep {r['kp_before']}->{r['kp_after']}/{r['kp_total']}, lines removed {r['lines_removed']} "
              f"(junk {r['junk_lines_removed']}, body {r['body_lines_removed']}, unlabelled {r['unlabelled_removed']})")
        tot = r if tot is None else {k: tot[k] + r[k] for k in tot}
    print("total:", json.dumps(tot))
    s = np.array([o[0] for o in oof])
    y = np.array([o[1] for o in oof])
    pos, neg = s[y == 1], s[y == 0]
    auc = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
    print(f"held-out kept lines: {len(pos)} junk, {len(neg)} body; AUC {auc:.3f}; "
          f"junk lines above every body line of their fold (best threshold in hindsight): "
          f"{sum(int((s[(y == 1) & (np.array([o[2] for o in oof]) == j)] > s[(y == 0) & (np.array([o[2] for o in oof]) == j)].max()).sum()) for j in range(5))}")
    return tot


def crawl(trainer, kept_only: bool = False, nested: bool = True, margin: float = 0.02, limit: int = 0) -> None:
    """Fit on all dev pages; list every line it would remove from the non-test crawl posts
    that are not annotated (the reader counts body lines among them)."""
    import gzip

    docs = load()
    thr = _threshold(docs, trainer, kept_only, nested, margin)
    X, y = _stack(docs, kept_only)
    model = trainer(X, y)
    annotated = {p.stem for p in (ROOT / "annotations").glob("*.json")}
    path = ev.shared_dir(ROOT / "annotations") / "crawl" / "trends-vn-2024.jsonl.gz"
    posts = lines = 0
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for raw in f:
            rec = json.loads(raw)
            rid = str(rec.get("id"))
            if rid in TEST_IDS or rid in annotated:
                continue
            posts += 1
            page = _page_lines(rec, rid, "crawl:" + rid)
            if not page or not page[0]:
                continue
            sc = model(np.array(linescore.features(*page), float))
            for ln, r, v in zip(page[0], page[1], sc):
                if not r:
                    lines += 1
                    if v >= thr:
                        out.append(f"{v:.2f}\t{rid}\t{ln}")
            if limit and posts >= limit:
                break
    Path("/tmp/line_scorer_crawl.tsv").write_text("\n".join(out) + "\n", "utf-8")
    print(f"threshold {thr:.3f}; {posts} posts, {lines} kept lines, {len(out)} would be removed "
          f"(listed in /tmp/line_scorer_crawl.tsv)")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "cv"
    kw = {"kept_only": "--kept-only" in sys.argv}
    l2 = 1.0
    for a in sys.argv[2:]:
        if a.startswith("--margin="):
            kw["margin"] = float(a.split("=")[1])
        if a.startswith("--l2="):
            l2 = float(a.split("=")[1])
    trainer = train_gbm if "--gbm" in sys.argv else (lambda X, y: train_lr(X, y, l2))
    if cmd == "collect":
        collect()
    elif cmd == "cv":
        cv(trainer, nested="--nested" in sys.argv, **kw)
    elif cmd == "crawl":
        crawl(trainer, **kw)
