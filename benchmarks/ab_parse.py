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
garbage made by both). By default each registry is made of the text alone; with
``--as-parse-calls`` it is given what ``parse`` gives it (the spans of the text's
quotes, which keep names inside quotes out of its mentions), and only the texts
``parse`` makes a registry for are timed: the registry's share as ``parse`` pays it.

Export the versions to compare first, for example::

    mkdir -p /tmp/old /tmp/new
    git archive b79077e quoteverify | tar -x -C /tmp/old
    git archive HEAD quoteverify | tar -x -C /tmp/new
    python benchmarks/ab_parse.py /tmp/old/quoteverify /tmp/new/quoteverify --passes 3

With ``--long-document``, it also times, per version, the texts one by one and
the texts joined by blank lines into one document, interleaved, with the garbage
collector as a user has it (on, unless the version pauses it itself), and reports
each version's time per MB of the one document over that of the texts one by one
(the fastest of the passes, which is the least disturbed by other work, and the
median pass).

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
    ap.add_argument(
        "--long-document", action="store_true", help="also time the texts joined into one"
    )
    ap.add_argument(
        "--as-parse-calls",
        action="store_true",
        help="time the registry with the quotes' spans parse gives it (not the text alone)",
    )
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
    # What each text's registry is given: the text alone, or (--as-parse-calls) what
    # parse gives it, the spans of the text's quotes too (read from the new version).
    given: list[dict[str, Any] | None] = [{} for _ in texts]
    if args.as_parse_calls:
        given = parse_calls(importlib.import_module(NAMES[1]), texts)
    if args.long_document:  # first, while the package folders exist
        long_document(parse, texts, args.passes)
    clock = time.process_time
    totals: dict[str, dict[str, list[float]]] = {"parse": {}, "registry": {}}
    gc.disable()
    try:
        for rep in range(args.passes):
            order = NAMES if rep % 2 == 0 else NAMES[::-1]
            for what, funcs in (("parse", parse), ("registry", registry)):
                acc = dict.fromkeys(NAMES, 0.0)
                for text, asked in zip(texts, given, strict=True):
                    if what == "registry" and asked is None:
                        continue  # (parse makes no registry for this text)
                    kwargs = asked if what == "registry" and asked else {}
                    for n in order:
                        func: Callable[..., Any] = funcs[n]
                        start = clock()
                        func(text, **kwargs)
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


def parse_calls(package: Any, texts: list[str]) -> list[dict[str, Any] | None]:
    """For each text, the keyword arguments ``parse`` gives the name registry (the
    quotes' spans), or None when its parse makes no registry."""
    identity = importlib.import_module(package.__name__ + ".speakers.identity")
    init = identity._Registry.__init__
    seen: list[dict[str, Any]] = []

    def spy(self: Any, text: str, **kwargs: Any) -> None:
        # Only the quotes' spans: a shared object parse hands the registry (the
        # text's lower-case word counts, from h29) may be filled by then, and an
        # older registry takes no such argument.
        seen.append({k: v for k, v in kwargs.items() if k == "quoted"})
        init(self, text, **kwargs)

    out: list[dict[str, Any] | None] = []
    identity._Registry.__init__ = spy
    try:
        for text in texts:
            seen.clear()
            package.parse(text)
            out.append(dict(seen[0]) if seen else None)
    finally:
        identity._Registry.__init__ = init
    return out


def long_document(parse: dict[str, Callable[[str], Any]], texts: list[str], passes: int) -> None:
    """Per version: the texts one by one and joined into one text, interleaved,
    collector as users have it; the fastest pass of each and the median pass, and their
    ratios per MB."""
    joined = "\n\n".join(texts)
    chars = sum(map(len, texts))
    jobs = [(n, one) for n in NAMES for one in (True, False)]
    times: dict[tuple[str, bool], list[float]] = {job: [] for job in jobs}
    for rep in range(passes):
        for n, one in jobs if rep % 2 == 0 else jobs[::-1]:
            gc.collect()
            start = time.process_time()
            for text in texts if one else [joined]:
                parse[n](text)
            times[n, one].append(time.process_time() - start)
    for label, pick in (("fastest", min), ("median", statistics.median)):
        print(f"one document of {len(joined):,} chars, CPU time, {label} of {passes} passes")
        for n in NAMES:
            single, whole = pick(times[n, True]), pick(times[n, False])
            print(
                f"{n[3:]:4} one by one {single / chars * 1e6:.3f} s/MB ({chars / single / 1e6:.3f} "
                f"MB/s), one document {whole / len(joined) * 1e6:.3f} s/MB: "
                f"{(whole / len(joined)) / (single / chars):.2f}x"
            )


if __name__ == "__main__":
    sys.exit(main())
