#!/usr/bin/env python
"""CPU time of the text readers ``parse`` runs once per text or per window, each
alone on the texts: the mark scan (``iter_marks``), the stop index (made once per
text, read by the kinds and then the text layer), the registry's ``visible``, the
Unicode check of ``parse``'s text, and the tokeniser on the windows a parse of the
first 300 texts asks it for (recorded first). Each reader is reported by its fastest
of ``--passes`` passes, in ms. Run it once with ``PYTHONPATH`` set to each of two
exported versions to compare them (h41-speed's table in ``docs/performance.md``)::

    python benchmarks/text_readers.py --passes 5

Needs only the standard library; the texts are PolNeAR train by default
(``../shared/data/polnear-train.jsonl``), skipped with a note when absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from quoteverify import parse
from quoteverify.errors import check_unicode
from quoteverify.text import layer
from quoteverify.text.marks import iter_marks
from quoteverify.text.sentences import StopIndex

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear-train.jsonl"


def windows_of(texts: list[str]) -> list[tuple[str, int, int]]:
    """The ``(text, start, end)`` of every call ``parse`` makes of the tokeniser."""
    calls: list[tuple[str, int, int]] = []
    tokenize = layer._tokenize

    def recording(text: str, start: int, end: int) -> tuple[list[layer.Token], bool]:
        calls.append((text, start, end))
        return tokenize(text, start, end)

    layer._tokenize = recording
    try:
        for text in texts:
            parse(text)
    finally:
        layer._tokenize = tokenize
    return calls


def fastest(run: Callable[[], object], passes: int) -> float:
    """The CPU time of ``run``'s fastest of ``passes`` calls, in ms."""
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    ap.add_argument("--passes", type=int, default=5, help="passes of each reader")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"note: {args.data} not found: nothing to measure")
        return 0
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8") if line.strip()]
    first = texts[:300]
    calls = windows_of(first)
    readers: dict[str, Callable[[], object]] = {
        f"_tokenize ({len(calls)} windows of {len(first)} texts)": lambda: [
            layer._tokenize(*call) for call in calls
        ],
        "visible": lambda: [layer.visible(text) for text in texts],
        "StopIndex": lambda: [StopIndex(text) for text in texts],
        "iter_marks": lambda: [list(iter_marks(text)) for text in texts],
        "check_unicode": lambda: [check_unicode(text, "text") for text in texts],
    }
    total = 0.0
    for label, run in readers.items():
        ms = fastest(run, args.passes)
        total += ms
        print(f"{label}: {ms:.1f} ms")
    print(f"together: {total:.1f} ms ({len(texts)} texts, CPU time, fastest of {args.passes})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
