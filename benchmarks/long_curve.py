#!/usr/bin/env python
"""Time per MB of ``parse`` against the length of the document: the texts joined by
blank lines in groups of 1, 10, 30, 100, 300 and all of them, CPU time.

Each size is a pass over all the texts (in groups of that many, the last group
shorter), so every size reads the same characters; sizes alternate their order
from pass to pass, and each is reported by its fastest pass and its median pass,
per MB and over the texts one by one (the first size, 1). A curve that rises up to
some size and then stays flat is a one-time cost that long texts pay per MB
(whole-text indexes); one that keeps rising is work that grows with the length::

    python benchmarks/long_curve.py --passes 3
    python benchmarks/long_curve.py --sizes 1 10 844
    python benchmarks/long_curve.py --passes 3 --sizes 1 10 0 --readers

``--readers`` also times the registry's readers that grow with the document (each
wrapped by ``parse_stages.py``'s timer, each call counted once however deep it calls
itself) and prints each
one's CPU time in the fastest pass of every size.

Run it with ``PYTHONPATH`` set to an exported version to measure that version.
Needs only the standard library; the texts are PolNeAR train by default
(``../shared/data/polnear-train.jsonl``), skipped with a note when absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from parse_stages import SPENT, _timed

from quoteverify import parse
from quoteverify.speakers import identity, turns

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear-train.jsonl"

# (owner, attribute, label): the readers --readers times; two may share a label
READERS: tuple[tuple[Any, str, str], ...] = (
    (identity._Registry, "__init__", "the name registry"),
    (identity._WordUse, "_scan_lower", "word counts (_WordUse's scans and index)"),
    (identity._WordUse, "_scan_mid", "word counts (_WordUse's scans and index)"),
    (identity._NameCounts, "count", "name counts (_NameCounts)"),
    (identity._Entity, "pronoun_gender", "gender votes (pronoun_gender)"),
    (identity._Registry, "_surname_candidates", "surname candidates"),
    (turns, "converse", "the dialogue pass (converse)"),
    (turns._LowerWords, "__contains__", "the dialogue pass's lower-case words"),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    ap.add_argument("--passes", type=int, default=3, help="passes of each size")
    ap.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1, 10, 30, 100, 300, 0],
        help="texts a document (0: all)",
    )
    ap.add_argument(
        "--readers", action="store_true", help="also time the readers that grow with length"
    )
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"note: {args.data} not found: nothing to measure")
        return 0
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8") if line.strip()]
    sizes = [n if n > 0 else len(texts) for n in args.sizes]
    if args.readers:
        for owner, name, label in READERS:
            _timed(owner, name, label)
    for text in texts:  # lexicons loaded, caches warm
        parse(text)
    per_mb: dict[int, list[float]] = {n: [] for n in sizes}
    readers: dict[int, dict[str, float]] = {}  # size -> the readers' times, fastest pass
    for rep in range(args.passes):
        for n in sizes if rep % 2 == 0 else sizes[::-1]:
            groups = ["\n\n".join(texts[i : i + n]) for i in range(0, len(texts), n)]
            chars = sum(map(len, groups))
            gc.collect()
            SPENT.clear()
            start = time.process_time()
            for group in groups:
                parse(group)
            per_mb[n].append((time.process_time() - start) / chars * 1e6)
            if per_mb[n][-1] == min(per_mb[n]):
                readers[n] = dict(SPENT)
    first = sizes[0]
    fastest, median = min(per_mb[first]), statistics.median(per_mb[first])
    print(f"{len(texts)} texts, CPU time, fastest and median of {args.passes} passes")
    for n in sizes:
        best, mid = min(per_mb[n]), statistics.median(per_mb[n])
        print(
            f"{n:5} a document: fastest {best:.3f} s/MB ({best / fastest:.2f}x), "
            f"median {mid:.3f} s/MB ({mid / median:.2f}x)"
        )
        for label, seconds in sorted(readers[n].items()):
            print(f"      {label}: {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
