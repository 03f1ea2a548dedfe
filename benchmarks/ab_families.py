#!/usr/bin/env python
"""Two versions of quoteverify on the adversarial families, in one process, CPU time.

The families are those of ``bench_adversarial.py``; news is PolNeAR train (or the
package's demo and synthetic articles when ``../shared/data`` is absent), cut to the
same size. Like ``ab_parse.py``, both versions are copied under other names
(``qv_old``, ``qv_new``), warmed up on every input, and then parse each input back to
back, the order swapped on every pass, with the garbage collector off while timing.
For each input it prints the best CPU time (``time.process_time``) per MB of each
version, its ratio to news parsed by the same version, and the speed-up::

    mkdir -p /tmp/old /tmp/new
    git archive 43c5b45 quoteverify | tar -x -C /tmp/old
    git archive HEAD quoteverify | tar -x -C /tmp/new
    python benchmarks/ab_families.py /tmp/old/quoteverify /tmp/new/quoteverify --size 100000

Needs only the standard library.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench_adversarial import FAMILY, articles_up_to, news_articles

NAMES = ("qv_old", "qv_new")


def arguments(description: str) -> argparse.ArgumentParser:
    """The options every side-by-side family script takes: two package folders,
    the families and the size of each input."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("old", type=Path, help="the old package folder (…/quoteverify)")
    ap.add_argument("new", type=Path, help="the new package folder")
    ap.add_argument("--families", default="", help="comma-separated family keys (default all)")
    ap.add_argument("--size", type=int, default=100_000, help="characters per input")
    return ap


def side_by_side(args: argparse.Namespace) -> tuple[Path, list[tuple[str, list[str]]]]:
    """Copy both versions under ``NAMES`` into a temporary folder on ``sys.path``;
    return that folder (the caller removes it) and the inputs: news, then each
    family, cut to ``args.size``."""
    # News is always the first row: naming it among the families is allowed.
    keys = [k for k in args.families.split(",") if k and k != "news"] or list(FAMILY)
    unknown = sorted(set(keys) - set(FAMILY))
    if unknown:
        raise SystemExit(f"unknown families {unknown}; known: news, {', '.join(FAMILY)}")
    root = Path(tempfile.mkdtemp(prefix="qv_side_by_side_"))
    for name, src in zip(NAMES, (args.old, args.new), strict=True):
        shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(root))
    inputs = [("news", articles_up_to(news_articles()[1], args.size))]
    inputs += [(k, [FAMILY[k].make(args.size)]) for k in keys]
    return root, inputs


def each_input(args: argparse.Namespace) -> Iterator[tuple[str, list[str]]]:
    """:func:`side_by_side`'s inputs one by one, its folder removed at the end (the
    versions can be imported by their ``NAMES`` once the first input is given)."""
    root, inputs = side_by_side(args)
    try:
        yield from inputs
    finally:
        shutil.rmtree(root, ignore_errors=True)


def best_times(run: Callable[[str], None], passes: int) -> dict[str, float]:
    """The best CPU time of ``run(name)`` for each version in ``passes`` passes: the
    two run back to back, the order swapped on every pass, the garbage collector off
    while timing."""
    best = dict.fromkeys(NAMES, float("inf"))
    gc.disable()
    try:
        for rep in range(passes):
            for n in NAMES if rep % 2 == 0 else NAMES[::-1]:
                start = time.process_time()
                run(n)
                best[n] = min(best[n], time.process_time() - start)
            gc.collect()
    finally:
        gc.enable()
    return best


def main(argv: list[str] | None = None) -> int:
    ap = arguments(__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=3, help="timed passes (best kept)")
    args = ap.parse_args(argv)
    root, inputs = side_by_side(args)
    parse: dict[str, Callable[[str], Any]] = {n: importlib.import_module(n).parse for n in NAMES}
    news: dict[str, float] = {}
    try:
        for key, texts in inputs:
            chars = sum(map(len, texts))
            for n in NAMES:  # warm
                for text in texts:
                    parse[n](text)

            def run(n: str, texts: list[str] = texts) -> None:
                for text in texts:
                    parse[n](text)

            best = best_times(run, args.passes)
            per_mb = {n: best[n] / chars * 1e6 for n in NAMES}
            if key == "news":
                news = per_mb
            old, new = per_mb["qv_old"], per_mb["qv_new"]
            print(
                f"{key:16} old {old:6.2f} s/MB (x{old / news['qv_old']:.1f})  "
                f"new {new:6.2f} s/MB (x{new / news['qv_new']:.1f})  speed-up x{old / new:.2f}",
                flush=True,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
