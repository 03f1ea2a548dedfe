#!/usr/bin/env python
"""Where ``parse`` spends its CPU time, per stage: the articles one by one, and the
same articles joined by blank lines into one document, interleaved in one process.

Each stage function that ``quoteverify.article`` calls is wrapped to add up its
CPU time (``time.process_time``): span and kind extraction, attribution,
``resolve_speakers`` (and within it the name registry, ``identity._Registry``) and
the dialogue pass (``alternate_turns``, and within it ``turns.converse``). Passes
alternate which of the two modes runs first; the last line is the fastest joined
pass over the fastest one-by-one pass, per MB. Run it with ``PYTHONPATH`` set to an
exported version to measure that version::

    python benchmarks/parse_stages.py --passes 4

Needs only the standard library; the texts are PolNeAR train by default
(``../shared/data/polnear-train.jsonl``), skipped with a note when absent.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quoteverify import article, parse
from quoteverify.speakers import identity, turns

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear-train.jsonl"
SPENT: dict[str, float] = {}
_INSIDE: set[str] = set()  # the labels whose wrapper is running


def _timed(owner: Any, name: str, label: str) -> None:
    """Replace ``owner.name`` by a wrapper that adds its CPU time to ``SPENT[label]``
    (once, for a call made inside another call of the same label)."""
    func: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if label in _INSIDE:
            return func(*args, **kwargs)
        _INSIDE.add(label)
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _INSIDE.discard(label)
            SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - start

    setattr(owner, name, wrapper)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    ap.add_argument("--passes", type=int, default=4, help="passes of each mode")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"note: {args.data} not found: nothing to measure")
        return 0
    _timed(article, "extract_with_paragraphs", "extract")
    _timed(article, "attribute", "attribute")
    _timed(article, "resolve_speakers", "resolve_speakers")
    _timed(identity._Registry, "__init__", "registry")
    _timed(article, "alternate_turns", "alternate_turns")
    _timed(turns, "converse", "converse")
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8") if line.strip()]
    joined = "\n\n".join(texts)
    for text in texts:  # lexicons loaded, caches warm
        parse(text)
    best: dict[str, float] = {}
    for rep in range(args.passes):
        for mode in ("one", "joined") if rep % 2 == 0 else ("joined", "one"):
            SPENT.clear()
            gc.collect()
            start = time.process_time()
            for text in texts if mode == "one" else [joined]:
                parse(text)
            total = time.process_time() - start
            best[mode] = min(best.get(mode, total), total)
            stages = ", ".join(f"{k} {v:.3f}" for k, v in SPENT.items())
            print(f"{mode:6} {total:.3f} s ({total / len(joined) * 1e6:.3f} s/MB): {stages}")
    print(f"one document / one by one, fastest passes: {best['joined'] / best['one']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
