#!/usr/bin/env python
"""Benchmark ``quoteverify.compare`` on inputs from 1 KB to 1 MB.

``compare()`` aligns two texts word by word, which is quadratic; above
``max_cells`` (words of one text times words of the other,
``quoteverify.matching.compare.MAX_CELLS`` by default) it aligns on anchors instead (see
``compare.py``). This measures that the time per KB stays flat as the inputs
grow, for these families of pairs, each at 1 KB, 10 KB, 100 KB and 1 MB per
side (MB = 10**6 characters):

* ``different``: two unrelated texts made of sentences of synthetic news
  (``quoteverify.synthetic.synthetic_utterances``);
* ``near``: a text and a copy with one word in a hundred replaced;
* ``excerpt``: a text and its middle half;
* ``random``: two texts of words drawn at random from 5,000 invented words;
* ``shuffled``: a text and the same words in another order;
* ``repetitive``: ``"alpha beta " * n`` against ``"beta alpha " * n`` (no word
  or n-gram printed once: no anchors at all).

For each pair it reports the median time of ``compare(a, b)`` over the runs,
the time per KB of input (both sides), and the ratio to a baseline measured in
the same run on the same pair: ``normalize.words(a)`` and ``normalize.words(b)``,
the normalisation that any comparison must do once. Then, per family, the
largest over the smallest time per KB across sizes (near 1 means linear time).

Usage::

    python benchmarks/bench_compare.py [--quick] [--runs N] [--json OUT]

``--quick`` stops at 100 KB. Only quoteverify and the standard library are needed.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import platform
import random
import statistics
import string
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import cpu_model, dirty_files, git_head

import quoteverify
from quoteverify.synthetic import synthetic_utterances
from quoteverify.text.normalize import words

SIZES = (1_000, 10_000, 100_000, 1_000_000)
compare_module = importlib.import_module("quoteverify.matching.compare")  # not the function
MAX_CELLS = getattr(compare_module, "MAX_CELLS", None)  # None: a version with no bound


def _sentences(seed: int) -> Iterator[str]:
    """An endless stream of synthetic news sentences."""
    n = 0
    while True:
        for _, text in synthetic_utterances(2000, seed=seed * 1000 + n):
            yield text[:1].upper() + text[1:] + "."
        n += 1


def _text(size: int, seed: int) -> str:
    out: list[str] = []
    total = 0
    for s in _sentences(seed):
        out.append(s)
        total += len(s) + 1
        if total >= size:
            break
    return " ".join(out)[:size]


def _random_words(size: int, rng: random.Random) -> str:
    vocab = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
        for _ in range(5000)
    ]
    out: list[str] = []
    total = 0
    while total < size:
        w = rng.choice(vocab)
        out.append(w)
        total += len(w) + 1
    return " ".join(out)


def pairs(size: int) -> Iterator[tuple[str, str, str]]:
    """(family, a, b) for one size."""
    rng = random.Random(size)
    a, b = _text(size, 1), _text(size, 2)
    yield "different", a, b
    ws = a.split()
    near = list(ws)
    for _ in range(max(1, len(ws) // 100)):
        near[rng.randrange(len(near))] = rng.choice(ws)
    yield "near", a, " ".join(near)
    yield "excerpt", a, " ".join(ws[len(ws) // 4 : 3 * len(ws) // 4])
    yield "random", _random_words(size, rng), _random_words(size, rng)
    shuffled = list(ws)
    rng.shuffle(shuffled)
    yield "shuffled", a, " ".join(shuffled)
    yield "repetitive", "alpha beta " * (size // 11), "beta alpha " * (size // 11)


def _median_time(fn: Callable[[], object], runs: int, *, warm: bool = True) -> float:
    """The median of at least ``runs`` runs, more (up to 50) while they take under 0.3 s."""
    if warm:
        fn()  # warm up: lexicons, caches
    times: list[float] = []
    while len(times) < runs or (sum(times) < 0.3 and len(times) < 50):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="stop at 100 KB")
    parser.add_argument("--runs", type=int, default=3, help="runs per input below 1 MB")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    sizes = SIZES[:3] if args.quick else SIZES
    rows: list[dict[str, Any]] = []
    print(f"compare() with max_cells={MAX_CELLS}; times are medians; KB = 1,000 characters")
    print(
        f"{'family':<11} {'size':>9} {'words':>15} {'seconds':>9} {'ms/KB':>8} "
        f"{'base ms/KB':>10} {'ratio':>6} {'approx':>6}  relation"
    )
    for size in sizes:
        runs = 1 if size >= 1_000_000 else max(1, args.runs)  # plus the warm-up
        for family, a, b in pairs(size):
            warm = size < 1_000_000
            base = _median_time(lambda a=a, b=b: (words(a), words(b)), runs, warm=warm)
            # compare() caches the normalised words of recent texts: measure
            # copies, so that every run normalises as the baseline does.
            elapsed = _median_time(
                lambda a=a, b=b: quoteverify.compare(a + " ", b + " "), runs, warm=warm
            )
            m = quoteverify.compare(a, b)
            approximate = bool(getattr(m, "approximate", False))
            kb = (len(a) + len(b)) / 1000
            row = {
                "family": family,
                "size": size,
                "words": [len(a.split()), len(b.split())],
                "seconds": elapsed,
                "ms_per_kb": 1000 * elapsed / kb,
                "baseline_ms_per_kb": 1000 * base / kb,
                "ratio": elapsed / base if base else float("nan"),
                "approximate": approximate,
                "relation": m.relation.value,
                "score": m.score,
            }
            rows.append(row)
            print(
                f"{family:<11} {size:>9,} {row['words'][0]:>7,}/{row['words'][1]:<7,} "
                f"{elapsed:>9.4f} {row['ms_per_kb']:>8.3f} {row['baseline_ms_per_kb']:>10.3f} "
                f"{row['ratio']:>6.1f} {'yes' if approximate else 'no':>6}  "
                f"{m.relation.value} ({m.score})",
                flush=True,
            )
    print(
        "\nPer family, over the sizes aligned approximately (all sizes if none): time per KB"
        "\nand ratio to the baseline, largest over smallest (1 = linear)"
    )
    for family in dict.fromkeys(r["family"] for r in rows):
        mine = [r for r in rows if r["family"] == family]
        mine = [r for r in mine if r["approximate"]] or mine
        per_kb = [r["ms_per_kb"] for r in mine]
        ratio = [r["ratio"] for r in mine]
        print(
            f"  {family:<11} ms/KB {min(per_kb):6.3f} .. {max(per_kb):6.3f} "
            f"({max(per_kb) / min(per_kb):4.2f})   ratio {min(ratio):4.1f} .. {max(ratio):4.1f} "
            f"({max(ratio) / min(ratio):4.2f})"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "cpu": cpu_model(),
                    "git": git_head(),
                    "dirty": dirty_files(),
                    "max_cells": MAX_CELLS,
                    "rows": rows,
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
