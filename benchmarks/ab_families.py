#!/usr/bin/env python
"""Two versions of quoteverify on the adversarial families, in one process, CPU time.

The families are those of ``bench_adversarial.py``; news is PolNeAR train (or the
package's demo and synthetic articles when ``../shared/data`` is absent), at least
``--news-size`` characters of it (300 KB by default: a 100 KB sample of news moved by
a factor of two in an hour). Like ``ab_parse.py``, both versions are copied under
other names (``qv_old``, ``qv_new``), warmed up on every input, and then parse each
input back to back, the order swapped on every pass, with the garbage collector off
while timing. News is timed again beside every family, in the same pass and by the
same version. For each input it prints the best CPU time (``time.process_time``) per
MB of each version, its ratio to the best time of the news timed beside it, then
the median and the range of the ratios of each pass (a family and news timed
seconds apart), and the speed-up (best old / best new, then the median of the
passes). The ratio to news moves with the machine's load (news slows more than the
families): quote the load average with it (``docs/performance.md``)::

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
import statistics
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
    ap.add_argument(
        "--news-size",
        type=int,
        default=300_000,
        help="characters of news at least (never fewer than --size)",
    )
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
    news_size = max(args.size, getattr(args, "news_size", args.size))
    inputs = [("news", articles_up_to(news_articles()[1], news_size))]
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


def paired_times(
    runs: dict[str, Callable[[str], None]], passes: int
) -> dict[str, dict[str, list[float]]]:
    """CPU times of each ``runs[input](version)``, ``passes`` samples each: in every
    pass both versions, the order swapped on every pass, each version running every
    input back to back (the order of the inputs swapped too), the garbage collector
    off while timing. ``out[input][version]`` lists the samples in pass order, so
    that sample ``i`` of two inputs were taken seconds apart."""
    out = {key: {n: [] for n in NAMES} for key in runs}
    keys = list(runs)
    gc.disable()
    try:
        for rep in range(passes):
            for n in NAMES if rep % 2 == 0 else NAMES[::-1]:
                for key in keys if rep % 2 == 0 else keys[::-1]:
                    start = time.process_time()
                    runs[key](n)
                    out[key][n].append(time.process_time() - start)
            gc.collect()
    finally:
        gc.enable()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = arguments(__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=5, help="timed passes (medians kept)")
    args = ap.parse_args(argv)
    root, inputs = side_by_side(args)
    parse: dict[str, Callable[[str], Any]] = {n: importlib.import_module(n).parse for n in NAMES}

    def runner(texts: list[str]) -> Callable[[str], None]:
        def run(n: str) -> None:
            for text in texts:
                parse[n](text)

        return run

    try:
        news_texts = inputs[0][1]
        news_chars = sum(map(len, news_texts))
        for n in NAMES:  # warm
            runner(news_texts)(n)
        for key, texts in inputs:
            chars = sum(map(len, texts))
            for n in NAMES:  # warm
                runner(texts)(n)
            runs = {"news": runner(news_texts), key: runner(texts)}
            got = paired_times(runs, args.passes)
            line = [f"{key:16}"]
            for n, label in zip(NAMES, ("old", "new"), strict=True):
                ratios = [
                    (f / chars) / (w / news_chars)
                    for f, w in zip(got[key][n], got["news"][n], strict=True)
                ]
                best = (min(got[key][n]) / chars) / (min(got["news"][n]) / news_chars)
                line.append(
                    f"{label} {min(got[key][n]) / chars * 1e6:6.2f} s/MB (x{best:.2f} news; "
                    f"passes {statistics.median(ratios):.2f}, {min(ratios):.2f}-{max(ratios):.2f})"
                )
            speed = [o / w for o, w in zip(got[key]["qv_old"], got[key]["qv_new"], strict=True)]
            line.append(
                f"speed-up x{min(got[key]['qv_old']) / min(got[key]['qv_new']):.2f} "
                f"(passes {statistics.median(speed):.2f})"
            )
            print("  ".join(line), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
