#!/usr/bin/env python
"""Does any of the package's patterns read past the place it is anchored at?

``regex`` may look for a pattern's literal words through the rest of the text before
it tries a match at the given position: ``_P.match(text, pos)`` then costs time in
proportion to what follows ``pos``, not to what the pattern reads, and a rule that asks
it once per quote becomes quadratic in a long document (stop 32 found one such
pattern, the cleft row's, by profiling a joined text). This benchmark finds them all at
once: every compiled pattern held at module level in ``quoteverify`` is matched at the
same random positions of a long text twice, once with the text's end as its bound and
once with a bound a few thousand characters on, and the two times are compared. A
pattern that reads only near its anchor takes about as long both ways; one that scans
ahead reads many times slower without the bound.

    python benchmarks/anchored_patterns.py --data ../shared/data/polnear-train.jsonl

Prints the patterns with the largest ratio, and exits with status 1 when one is over
``--limit`` (default 5; timings of microseconds are noisy, so read a ratio under about
4 as noise). The text is the file's texts joined (PolNeAR train: 3.85 MB); without
``--data`` a long synthetic text of sentences and quotes, which lacks words that news
prints often (*by*, a colon after a name), so that a pattern needing one of them shows
its scan. This is a screen of the patterns, not of their calls: a pattern flagged here
is harmless where the code only ever matches it on a short slice (a window after a
quote), and a bug where it is matched on the whole text once per quote; read its
callers.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import random
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import quoteverify
from quoteverify.errors import MissingExtraError

_PATTERN = type(regex.compile(""))


def patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled ``regex`` pattern held at module level in the package, by name."""
    found: dict[str, regex.Pattern[str]] = {}
    for info in pkgutil.walk_packages(quoteverify.__path__, "quoteverify."):
        if info.name.endswith("__main__"):
            continue  # (importing it runs the command line)
        try:
            module = importlib.import_module(info.name)
        except MissingExtraError:
            continue  # an optional extra's module (spaCy, Dask) without the extra
        for name, value in vars(module).items():
            if isinstance(value, _PATTERN) and isinstance(value.pattern, str):
                found.setdefault(f"{info.name}.{name}", value)
    return found


def synthetic(size: int) -> str:
    """A long text of short paragraphs with quotes and cue words, ``size`` characters."""
    rng = random.Random(7)
    names = ["Ana Roe", "Tom Hale", "the mayor", "a spokesman", "It was Ana"]
    verbs = ["said", "told reporters", "added", "wrote", "asked"]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        who, verb = rng.choice(names), rng.choice(verbs)
        parts.append(f'"The pier will close on {rng.randint(1, 28)} May," {who} {verb}.\n\n')
    return "".join(parts)[:size]


def ratios(text: str, *, positions: int, window: int, seed: int) -> list[tuple[float, str]]:
    """For each pattern, its time matched unbounded over its time bounded at ``window``
    characters past each of ``positions`` random anchors, largest first."""
    rng = random.Random(seed)
    at = [rng.randrange(0, max(1, len(text) - window)) for _ in range(positions)]
    out: list[tuple[float, str]] = []
    for name, pattern in patterns().items():
        t0 = time.process_time()
        for pos in at:
            pattern.match(text, pos)
        free = time.process_time() - t0
        t0 = time.process_time()
        for pos in at:
            pattern.match(text, pos, pos + window)
        bounded = time.process_time() - t0
        out.append((free / max(bounded, 1e-6), name))
    return sorted(out, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="JSONL with a text field")
    parser.add_argument("--size", type=int, default=4_000_000, help="synthetic text size")
    parser.add_argument("--positions", type=int, default=300)
    parser.add_argument("--window", type=int, default=3_000)
    parser.add_argument("--limit", type=float, default=5.0)
    parser.add_argument("--show", type=int, default=10, help="patterns printed")
    args = parser.parse_args(argv)
    if args.data is not None:
        with args.data.open(encoding="utf-8") as fh:
            text = "\n\n".join(json.loads(line)["text"] for line in fh if line.strip())
    else:
        text = synthetic(args.size)
    got = ratios(text, positions=args.positions, window=args.window, seed=0)
    print(f"{len(got)} patterns, {len(text):,} characters, {args.positions} anchors")
    for ratio, name in got[: args.show]:
        print(f"{ratio:8.1f}  {name}")
    over = [name for ratio, name in got if ratio > args.limit]
    if over:
        print(f"over {args.limit}: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
