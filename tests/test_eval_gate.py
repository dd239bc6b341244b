"""The accuracy gate: the pipeline's scores on the annotated corpus may not fall below the
floors committed in benchmarks/eval_floors.json (raise a floor when a change earns it)."""
import json

from cchc_extract.evaluate import evaluate, load_gold

import cchc_extract as cx

from conftest import CORPUS, ROOT


def test_eval_floors():
    gold = load_gold(ROOT / "annotations")
    pred = {}
    for doc_id in gold:
        path = CORPUS / f"{doc_id}.txt"
        pred[doc_id] = json.loads(cx.extract(path.read_bytes(), doc_id=doc_id, source=str(path)).to_json())
    report = evaluate(gold, pred).to_dict()
    floors = json.loads((ROOT / "benchmarks" / "eval_floors.json").read_text("utf-8"))
    failures = []
    for ftype, floor in floors["f1"].items():
        got = report["micro"]["f1"] if ftype == "micro" else report["types"][ftype]["f1"]
        if got is None or got < floor:
            failures.append(f"{ftype}: F1 {got} < floor {floor}")
    for name, floor in floors.get("cleaning", {}).items():
        got = report["cleaning"][name]["accuracy"]
        if got < floor:
            failures.append(f"cleaning {name}: {got} < floor {floor}")
    assert not failures, failures
