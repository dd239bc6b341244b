"""Run ``cchc-extract`` with test-only worker faults (the package has no such hook).

    python tests/batch_cli_with_faults.py '{"sleep": ["doc_id"]}' batch IN -o OUT ...
"""
from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import batch_faults_plugin  # noqa: E402

import cchc_extract.batch  # noqa: E402
from cchc_extract.cli import main  # noqa: E402

faults = json.loads(sys.argv[1])
_real_run = cchc_extract.batch.run


def run(*args, **kw):
    kw["initializer"] = batch_faults_plugin.install
    kw["initargs"] = (faults.get("crash", ()), faults.get("exit", ()), faults.get("sleep", ()))
    return _real_run(*args, **kw)


cchc_extract.batch.run = run

if __name__ == "__main__":
    sys.exit(main(sys.argv[2:]))
