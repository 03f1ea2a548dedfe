#!/usr/bin/env python
"""Peak memory of ``quoteverify.parse`` (and ``extract_quotes``) per byte of text.

Each input is measured in a fresh subprocess, so one input's garbage never
counts against the next. The subprocess builds the text, then starts
:mod:`tracemalloc` and calls the parser once; the figure reported is

    ratio = peak bytes allocated during the call / UTF-8 bytes of the text

(the text itself was allocated before the call and is not counted). Before it,
the subprocess parses a few other texts untraced (:func:`warm_up_texts`), so that
lexicons loaded once per process are not charged to the input. The "kept" column
is what the returned object still holds (the traced bytes freed when it is
deleted);
the "RSS" column is the subprocess's peak resident size, interpreter
included, as a sanity check on the traced figures.

Inputs: real news (PolNeAR train articles joined by blank lines, when
``polnear-train.jsonl`` is in ``--data``, by default ``../shared/data`` beside
the repository; skipped otherwise), the
synthetic news of ``bench_spans.py``, and the adversarial families of
``bench_spans.py`` plus a few that flood the parser with diagnostics (a text
of nothing but ``"``, nothing but ``”``, a quote holding millions of dots).

Usage::

    python benchmarks/bench_memory.py [--sizes 100000,1000000] [--families news,dq]
                                       [--extract] [--json OUT]

``--extract`` measures ``extract_quotes`` instead of ``parse``. A run that
takes more than ``--timeout`` seconds (tracemalloc slows Python code about
threefold) is reported as a timeout.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_spans  # noqa: E402 - the families live there

#: The evaluation data (``--data``; by default ``../shared/data`` from the repository).
DATA = bench_spans.DATA
KB, MB = bench_spans.KB, bench_spans.MB

#: Inputs on top of bench_spans.FAMILIES: the diagnostic floods of issue 12.
EXTRA = {
    "real_news": "PolNeAR train articles joined by blank lines (real news)",
    "dq": 'nothing but `"` (an empty pair, so a diagnostic, every two characters)',
    "curly_close": "nothing but `”` (a stray closer, so a diagnostic, every character)",
    "dots_unclosed": 'an unclosed `"` then dots: `"......` (one quote, one huge gap)',
    "dots_spaced_unclosed": 'an unclosed `"` then spaced dots: `". . . .`',
}


def make_text(family: str, size: int, data: Path = DATA) -> str:
    """The input ``family`` at about ``size`` characters."""
    if family == "news":
        return bench_spans.NEWS(size)
    if family == "real_news":
        texts = [t for _, t in bench_spans.load_jsonl_texts(data / "polnear-train.jsonl")]
        joined = "\n\n".join(texts)
        while len(joined) < size:
            joined = joined + "\n\n" + joined
        return bench_spans.prefix_at_paragraph(joined, size)
    if family == "dq":
        return '"' * size
    if family == "curly_close":
        return "”" * size
    if family == "dots_unclosed":
        return '"' + "." * (size - 1)
    if family == "dots_spaced_unclosed":
        return '"' + bench_spans._repeat(". ", size - 1)
    made = bench_spans.FAMILY[family].make(size)
    return made if isinstance(made, str) else "\n\n".join(made)


def warm_up_texts(data: Path = DATA) -> list[str]:
    """Texts parsed, untraced, before the measured call: the demo corpus shipped in
    the package, 200 KB of synthetic news and, when ``polnear-dev.jsonl`` is in
    ``data``, its first 40 articles (never the train articles measured). The parser
    loads some lexicons only when a rare sentence needs them (a word-frequency table
    of 40,000 words, about 15 MB); without a warm-up that one-time load was counted
    as the measured text's cost, and as memory its result kept."""
    from importlib import resources  # noqa: PLC0415

    demo = resources.files("quoteverify") / "data" / "demo"
    texts = [f.read_text(encoding="utf-8") for f in demo.iterdir() if f.name.endswith(".txt")]
    texts.append(bench_spans.NEWS(200_000))
    dev = data / "polnear-dev.jsonl"
    if dev.exists():
        texts += [t for _, t in bench_spans.load_jsonl_texts(dev)][:40]
    return texts


def traced_call(fn: Callable[[str], Any], text: str) -> tuple[float, int, int, int, int]:
    """``fn(text)`` under :mod:`tracemalloc`: seconds, peak bytes, the bytes its result
    holds, and the result's quotes and diagnostics.

    The bytes held are those freed when the result is deleted, so a cache the call
    filled (a lexicon loaded on first use) is not counted as the result's
    (``tests/test_bench_memory.py`` checks both).
    """
    import gc  # noqa: PLC0415
    import time  # noqa: PLC0415
    import tracemalloc  # noqa: PLC0415

    gc.collect()
    tracemalloc.start()
    try:
        start = time.perf_counter()
        result = fn(text)
        seconds = time.perf_counter() - start
        traced, peak = tracemalloc.get_traced_memory()
        n_quotes = len(result.quotes) if hasattr(result, "quotes") else len(result)
        n_diagnostics = len(result.diagnostics)
        del result
        gc.collect()
        kept = traced - tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return seconds, peak, kept, n_quotes, n_diagnostics


def child(family: str, size: int, extract: bool, data: Path) -> dict[str, Any]:
    """Measure one input in this process (run as a subprocess by :func:`main`)."""
    import resource  # noqa: PLC0415 - only the child needs these

    import quoteverify  # noqa: PLC0415

    text = make_text(family, size, data)
    fn = quoteverify.extract_quotes if extract else quoteverify.parse
    for warm in warm_up_texts(data):
        fn(warm)
    seconds, peak, kept, n_quotes, n_diagnostics = traced_call(fn, text)
    n_bytes = len(text.encode("utf-8"))
    return {
        "family": family,
        "chars": len(text),
        "utf8_bytes": n_bytes,
        "quotes": n_quotes,
        "diagnostics": n_diagnostics,
        "peak_bytes": peak,
        "kept_bytes": kept,
        "ratio": peak / n_bytes,
        "kept_ratio": kept / n_bytes,
        "per_item": peak / max(1, n_quotes + n_diagnostics),
        "seconds_traced": seconds,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_one(family: str, size: int, extract: bool, timeout: float, data: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", family, str(size)]
    cmd += ["--data", str(data)]
    if extract:
        cmd.append("--extract")
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"family": family, "chars": size, "timeout": timeout}
    except subprocess.CalledProcessError as err:
        return {"family": family, "chars": size, "error": err.stderr.strip().splitlines()[-1]}
    row: dict[str, Any] = json.loads(out.stdout)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated sizes in chars")
    ap.add_argument("--families", default="", help="comma-separated; default: all")
    ap.add_argument("--extract", action="store_true", help="measure extract_quotes, not parse")
    ap.add_argument("--timeout", type=float, default=600.0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--data", type=Path, default=DATA, help="the folder of polnear-train.jsonl")
    ap.add_argument("--child", nargs=2, metavar=("FAMILY", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.extract, args.data)))
        return 0

    families = [f.key for f in bench_spans.FAMILIES] + list(EXTRA)
    if args.families:
        families = args.families.split(",")
    if "real_news" in families and not (args.data / "polnear-train.jsonl").exists():
        print(f"skipping real_news: {args.data / 'polnear-train.jsonl'} is absent", file=sys.stderr)
        families.remove("real_news")
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    what = "extract_quotes" if args.extract else "parse"
    print(f"peak traced bytes during {what}() / UTF-8 bytes of the text")
    header = (
        "| input | size | quotes | diagnostics | peak / byte | kept / byte | peak / item | RSS MB |"
    )
    print(header)
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for family in families:
        for size in sizes:
            row = run_one(family, size, args.extract, args.timeout, args.data)
            rows.append(row)
            if "ratio" not in row:
                note = f"timeout after {row['timeout']} s" if "timeout" in row else row["error"]
                print(f"| {family} | {size:,} | {note} | | | | | |", flush=True)
                continue
            print(
                f"| {family} | {row['chars']:,} | {row['quotes']:,} | {row['diagnostics']:,} "
                f"| {row['ratio']:.1f} | {row['kept_ratio']:.1f} | {row['per_item']:.0f} "
                f"| {row['maxrss_mb']:.0f} |",
                flush=True,
            )
    measured = [r for r in rows if "ratio" in r]
    if measured:
        worst = max(measured, key=lambda r: r["ratio"])
        print(
            f"\nworst: {worst['family']} at {worst['chars']:,} chars, "
            f"{worst['ratio']:.1f} bytes per byte"
        )
    if args.json:
        args.json.write_text(json.dumps({"function": what, "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
