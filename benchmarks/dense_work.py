#!/usr/bin/env python
"""Work counted, not timed: what attribution does per quote in two versions of quoteverify.

On a shared machine an A/B timing moves by about 10 % from run to run; counts do not.
For news (PolNeAR train, cut to ``--size``) and each family of
``bench_adversarial.py``, this parses the text with each version and prints, per
quote, the calls of a few attribution functions (``_before``, ``_after_sentence``,
``_cue_at``, ``_Context.inside_quote``), and, per character of text, the characters
that the sentence-stop pattern (``sentences.STOP``) was asked to search. Each
version is imported under its own name, as in ``ab_families.py``::

    mkdir -p /tmp/old /tmp/new
    git archive 60c0b1a quoteverify | tar -x -C /tmp/old
    git archive HEAD quoteverify | tar -x -C /tmp/new
    python benchmarks/dense_work.py /tmp/old/quoteverify /tmp/new/quoteverify \
        --families transcript,rtl,combining,long_paragraph,json_kv

Needs only the standard library.
"""

from __future__ import annotations

import collections
import importlib
import shutil
import sys
from collections.abc import Callable
from typing import Any

from ab_families import NAMES, arguments, side_by_side

COUNTED = ("_before", "_after_sentence", "_cue_at")


class _CountedPattern:
    """A compiled pattern whose ``search`` adds the characters it is asked to read."""

    def __init__(self, pattern: Any, counts: collections.Counter[str]) -> None:
        self.pattern = pattern
        self.counts = counts

    def search(self, text: str, start: int = 0, end: int | None = None) -> Any:
        stop = len(text) if end is None else min(end, len(text))
        self.counts["stop chars"] += max(0, stop - max(start, 0))
        return self.pattern.search(text, start, len(text) if end is None else end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _counting(fn: Callable[..., Any], key: str, counts: collections.Counter[str]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        counts[key] += 1
        return fn(*args, **kwargs)

    return wrapper


def instrument(name: str, counts: collections.Counter[str]) -> Callable[[str], Any]:
    """Import version ``name`` with its counted functions; return its ``parse``."""
    package = importlib.import_module(name)
    sentences = importlib.import_module(name + ".text.sentences")
    attribution = importlib.import_module(name + ".speakers.attribution")
    sentences.STOP = _CountedPattern(sentences.STOP, counts)  # type: ignore[attr-defined]
    for fn in COUNTED:
        setattr(attribution, fn, _counting(getattr(attribution, fn), fn, counts))
    context = attribution._Context  # type: ignore[attr-defined]
    context.inside_quote = _counting(context.inside_quote, "inside_quote", counts)
    parse: Callable[[str], Any] = package.parse
    return parse


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__.split("\n\n")[0]).parse_args(argv)
    root, inputs = side_by_side(args)
    counts = {n: collections.Counter[str]() for n in NAMES}
    parse = {n: instrument(n, counts[n]) for n in NAMES}
    try:
        for key, texts in inputs:
            chars = sum(map(len, texts))
            quotes = {}
            for n in NAMES:
                counts[n].clear()
                quotes[n] = sum(len(parse[n](text).quotes) for text in texts)
            per = max(1, quotes["qv_new"])
            cells = [f"stop chars/char {counts[n]['stop chars'] / chars:.2f}" for n in NAMES]
            for fn in (*COUNTED, "inside_quote"):
                old, new = counts["qv_old"][fn] / per, counts["qv_new"][fn] / per
                cells.append(f"{fn}/quote {old:.1f} -> {new:.1f}")
            print(
                f"{key:16} quotes {per:6}  old {cells[0]}  new {cells[1]}  " + "  ".join(cells[2:])
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
