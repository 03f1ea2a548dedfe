#!/usr/bin/env python
"""Two versions of quoteverify side by side: ``parse`` and the name registry, CPU time.

On a machine shared with other work, two benchmark runs minutes apart see different
loads, and CPU time itself grows with the load (shared caches and cores). This
script compares two copies of the package in one process instead: each is copied
under another name (``qv_old``, ``qv_new``; the package imports itself relatively),
both are warmed up on every text, and then, article by article, the old and the
new code parse the same text back to back (the order swapped on every pass), so
that both see the same load. It reports, per version, the summed CPU time
(``time.process_time``) of ``parse`` and of ``identity._Registry`` over the texts,
the median over the passes, the speed-ups, and the registry's share of ``parse``.
The garbage collector is off while timing (it would fire in one version's turn for
garbage made by both).

Export the versions to compare first, for example::

    mkdir -p /tmp/old /tmp/new
    git archive b79077e quoteverify | tar -x -C /tmp/old
    git archive HEAD quoteverify | tar -x -C /tmp/new
    python benchmarks/ab_parse.py /tmp/old/quoteverify /tmp/new/quoteverify --passes 3

Needs only the standard library; the texts are PolNeAR train by default
(``../shared/data/polnear-train.jsonl``), skipped with a note when absent.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear-train.jsonl"
NAMES = ("qv_old", "qv_new")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path, help="the old package folder (…/quoteverify)")
    ap.add_argument("new", type=Path, help="the new package folder")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    ap.add_argument("--passes", type=int, default=3, help="timed passes over the texts")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"note: {args.data} not found: nothing to measure")
        return 0
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8") if line.strip()]
    chars = sum(map(len, texts))
    root = Path(tempfile.mkdtemp(prefix="qv_ab_"))
    for name, src in zip(NAMES, (args.old, args.new), strict=True):
        shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(root))
    parse = {n: importlib.import_module(n).parse for n in NAMES}
    registry = {n: importlib.import_module(n + ".speakers.identity")._Registry for n in NAMES}
    for n in NAMES:  # lexicons loaded, caches warm
        for text in texts:
            parse[n](text)
    clock = time.process_time
    totals: dict[str, dict[str, list[float]]] = {"parse": {}, "registry": {}}
    gc.disable()
    try:
        for rep in range(args.passes):
            order = NAMES if rep % 2 == 0 else NAMES[::-1]
            for what, funcs in (("parse", parse), ("registry", registry)):
                acc = dict.fromkeys(NAMES, 0.0)
                for text in texts:
                    for n in order:
                        func: Callable[[str], Any] = funcs[n]
                        start = clock()
                        func(text)
                        acc[n] += clock() - start
                for n in NAMES:
                    totals[what].setdefault(n, []).append(acc[n])
            gc.collect()
    finally:
        gc.enable()
        shutil.rmtree(root, ignore_errors=True)
    print(f"{len(texts)} texts, {chars:,} chars, {args.passes} passes, CPU time, medians")
    for what in ("parse", "registry"):
        old, new = (statistics.median(totals[what][n]) for n in NAMES)
        print(
            f"{what:9} old {old:.3f} s ({chars / old / 1e6:.3f} MB/s)  "
            f"new {new:.3f} s ({chars / new / 1e6:.3f} MB/s)  speed-up {old / new:.3f}"
        )
    for n in NAMES:
        share = statistics.median(totals["registry"][n]) / statistics.median(totals["parse"][n])
        print(f"registry / parse, {n[3:]}: {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
