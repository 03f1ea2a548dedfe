#!/usr/bin/env python
"""Benchmark cleaning scraped text (``quoteverify.clean``) and the hints in ``parse``.

Three measurements, each the median of ``--runs`` timed calls:

* ``clean(text)`` (the default steps) on PolNeAR articles (``../shared/data/
  polnear-train.jsonl``, when present) and on a synthetic scraped page: news-like
  sentences from :mod:`quoteverify.synthetic` with their marks written as HTML
  entities, wrapped in paragraph and inline tags;
* the cost of the ``looks_like_html`` / ``looks_like_mojibake`` checks that
  ``parse`` runs on every text (``html_hint`` + ``mojibake_hint``), beside
  ``parse`` itself, on the same PolNeAR articles;
* adversarial inputs for linear time (unterminated tags, comments and
  ``<script>`` elements, runs of ``&``, long numeric references, runs of
  mojibake lead characters) at 10 KB, 100 KB and 1 MB: the time per MB should
  stay flat, and the max/min ratio across sizes is printed (near 1 is linear).
  These take the fastest run rather than the median, which is steadier on a
  busy machine.

Usage::

    python benchmarks/bench_clean.py [--runs 5] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from quoteverify import parse
from quoteverify.synthetic import synthetic_articles
from quoteverify.text.clean import clean, html_hint, mojibake_hint

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
MB = 1_000_000
SIZES = (10_000, 100_000, 1_000_000)

ADVERSARIAL: dict[str, str] = {
    "unclosed tags": "<a href=x ",
    "unclosed comments": "<!-- x ",
    "unclosed scripts": "<script>x ",
    "ampersands": "&&&& ",
    "long numeric refs": "&#" + "9" * 40 + " ",
    "mojibake leads": "â€Ã Â ",
    "angle soup": "<<>><b <i ",
}


def timed(fn: Callable[[], object], runs: int, *, best: bool = False) -> float:
    """The median time of ``runs`` calls (the fastest with ``best``)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) if best else statistics.median(times)


def scraped_page(size: int) -> str:
    parts = []
    total = 0
    for _doc_id, text in synthetic_articles(10_000, seed=7):
        body = text.replace("“", "&ldquo;").replace("”", "&rdquo;")
        body = body.replace("\n", "</p>\n<p>")
        piece = f"<div><p>{body}</p><!-- ad slot --><b>More</b></div>\n"
        parts.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=DATA, help="the folder of polnear-train.jsonl")
    args = parser.parse_args()

    page = scraped_page(MB)
    t = timed(lambda: clean(page), args.runs)
    print(f"clean(), synthetic scraped page of 1 MB: {len(page) / MB / t:.1f} MB/s")

    path = args.data / "polnear-train.jsonl"
    if path.exists():
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        size = sum(map(len, texts)) / MB
        t_clean = timed(lambda: [clean(x) for x in texts], args.runs)
        t_hint = timed(lambda: [(html_hint(x), mojibake_hint(x)) for x in texts], args.runs)
        t_parse = timed(lambda: [parse(x) for x in texts], max(1, args.runs // 2))
        print(f"PolNeAR train ({len(texts)} articles, {size:.1f} MB):")
        print(f"  clean()              {size / t_clean:8.1f} MB/s")
        print(f"  hints in parse()     {size / t_hint:8.1f} MB/s  ({100 * t_hint / t_parse:.1f} %)")
        print(f"  parse()              {size / t_parse:8.1f} MB/s")
    else:
        print(f"({path} not found: the PolNeAR figures are skipped)")

    print("adversarial inputs, fastest seconds per MB at 10 KB / 100 KB / 1 MB (max/min):")
    for name, unit in ADVERSARIAL.items():
        per_mb = []
        for n in SIZES:
            text = (unit * (n // len(unit) + 1))[:n]
            per_mb.append(timed(lambda text=text: clean(text), args.runs, best=True) / (n / MB))
        cells = " / ".join(f"{s:.3f}" for s in per_mb)
        print(f"  {name:<20} {cells}  ({max(per_mb) / min(per_mb):.2f})")


if __name__ == "__main__":
    main()
