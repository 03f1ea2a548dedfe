#!/usr/bin/env python
"""MSRP by halves (issue 13): same-meaning recall on each half of the file, and the whole.

``quoteverify evaluate ../shared/data/msrp-quotes-train.jsonl`` scores the whole
file. A rule fitted by reading the misses of the whole file has no held-out check,
so the file is split by line parity (0-based line index: even lines to fit on,
odd lines to check) and each half is scored with the same
:func:`~quoteverify.surfaces.evaluate.evaluate_pairs` (same-meaning recall only:
the random pairs are drawn over the whole file, 20,000 at seed 0 as ``evaluate``
draws them, and 20,000 more at seed 1 as a second sample).

``--misses`` lists the line numbers of the same-meaning pairs not linked, per
half, never their words (the file's text stays outside the project).

Usage (from the repository root)::

    python benchmarks/bench_msrp.py [--data ../shared/data] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
FILE = "msrp-quotes-train.jsonl"


def misses(rows: Sequence[dict[str, Any]]) -> list[int]:
    """The 0-based line numbers of the same-meaning pairs whose quotes differ and
    that ``compare`` does not link (the pairs ``linked_raw`` counts)."""
    from quoteverify import compare  # noqa: PLC0415

    out = []
    for n, r in enumerate(rows):
        a = " ".join(str(q["text"]) for q in r["quotes_a"])
        b = " ".join(str(q["text"]) for q in r["quotes_b"])
        if r.get("label") == 1 and a != b and not compare(a, b).linked:
            out.append(n)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from quoteverify.surfaces.evaluate import evaluate_pairs, read_pairs  # noqa: PLC0415

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--misses", action="store_true", help="list the pairs not linked (lines)")
    args = ap.parse_args(argv)
    path = args.data / FILE
    if not path.exists():
        sys.exit(f"{path} not found: this benchmark needs ../shared/data")
    rows = list(read_pairs(path))
    print("| part | same-meaning pairs | linked | random pairs linked |")
    print("| --- | ---: | ---: | ---: |")
    for name, part in (("even lines (fit)", rows[0::2]), ("odd lines (check)", rows[1::2])):
        s = evaluate_pairs(part, random_pairs=0)
        linked = round(s.linked_raw * s.raw_pairs)
        print(f"| {name} | {s.raw_pairs} | {s.linked_raw:.3f} ({linked}) | |")
    whole = evaluate_pairs(rows)
    second = evaluate_pairs(rows, seed=1)
    linked = round(whole.linked_raw * whole.raw_pairs)
    hits = [round(s.random_link_rate * s.random_pairs) for s in (whole, second)]
    print(
        f"| whole | {whole.raw_pairs} | {whole.linked_raw:.3f} ({linked}) | "
        f"{hits[0]} (seed 0), {hits[1]} (seed 1) of {whole.random_pairs:,} each |"
    )
    if args.misses:
        lines = misses(rows)
        print(f"\nnot linked, even lines: {[n for n in lines if n % 2 == 0]}")
        print(f"not linked, odd lines: {[n for n in lines if n % 2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
