"""How long the decode stage takes on large inputs (the tests check only the result).

    python benchmarks/decode_speed.py

20 MB of UTF-8 and 10 MB in each legacy encoding (Windows-1258, TCVN3, VNI), built from the
seed articles; prints seconds and MB/s for each.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cchc_extract.decode import decode, encode_legacy  # noqa: E402


def timed(label: str, data: bytes) -> None:
    t = time.perf_counter()
    res = decode(data)
    dt = time.perf_counter() - t
    print(f"{label:10s} {len(data) / 1e6:5.1f} MB  {dt:6.2f} s  {len(data) / 1e6 / dt:6.1f} MB/s  "
          f"(decoded as {res.encoding})")


def main() -> None:
    text = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "corpus").glob("00[0-4]_*.txt")))
    one = text.encode("utf-8")
    timed("utf-8", one * (20_000_000 // len(one) + 1))
    for enc in ("cp1258", "tcvn3", "vni"):
        line = encode_legacy(text, enc, errors="replace") + b"\r\n"
        timed(enc, line * (10_000_000 // len(line) + 1))


if __name__ == "__main__":
    main()
