#!/usr/bin/env python
"""Two versions of quoteverify verifying the same claims on one realistic corpus, CPU time.

``bench_scale.py --realistic N`` times one version per run; on a shared machine two
runs see different loads, and at a million quotes each run builds its corpus for
a quarter of an hour. This script builds the corpus of ``bench_scale --realistic``
once (real sentences in families of edited copies, ``--variants`` per family) with
the new version, hands a copy of it to the old version (the corpus is pickled and
read back under the old package's name, so both versions must store their index
alike), and then verifies each claim of ``bench_scale.realistic_claims`` with the
old and the new code back to back, the order swapped on every claim and pass, so
that both see the same load. Each version is copied under another name (``qv_old``,
``qv_new``; the package imports itself relatively), and each keeps its own caches.

It reports, per version, the p50, p95 and mean CPU time (``time.process_time``) of
``Corpus.verify`` per claim (each claim's fastest pass, and its first pass alone: a claim
asked once, as ``bench_scale --realistic`` times it), the ratio of the means, and
how many verifications are equal (verdict, explanation, speakers and evidence): a
speed change must not change an answer. The garbage collector is off while timing
(it would fire in one version's turn for garbage made by both).

Export the versions first, for example::

    mkdir -p /tmp/old /tmp/new
    git archive 43c5b45 quoteverify | tar -x -C /tmp/old
    git archive HEAD quoteverify | tar -x -C /tmp/new
    python benchmarks/ab_verify.py /tmp/old/quoteverify /tmp/new/quoteverify --realistic 100000

``--cache FILE`` keeps the built corpus (a pickle) for the next run at that size.
Needs ``../shared/data`` (the sentences); without it, prints a note and stops.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import json
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import bench_scale

REPO = Path(__file__).resolve().parent.parent
NAMES = ("qv_old", "qv_new")


class _Renamed(pickle.Unpickler):
    """Reads a corpus pickled by ``qv_new`` (or ``quoteverify``) as one of package ``name``."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(io.BytesIO(data))
        self.name = name

    def find_class(self, module: str, name: str) -> Any:
        for pkg in (NAMES[1], "quoteverify"):  # a cache may come from the installed package
            if module == pkg or module.startswith(pkg + "."):
                module = self.name + module[len(pkg) :]
                break
        return super().find_class(module, name)


def _build(n: int, variants: int, data: Path, seed: int) -> tuple[bytes, list[str]]:
    """The realistic corpus of ``n`` quotes built by ``qv_new``, pickled, and its sentences."""
    new = importlib.import_module(NAMES[1])
    iter_parse = importlib.import_module(NAMES[1] + ".article").iter_parse
    sentences, _ = bench_scale.real_sentences(data, max(1, n // variants), seed)
    corpus = new.Corpus()
    for article in iter_parse(bench_scale.realistic_texts(sentences, variants, seed), workers=1):
        corpus.add_article(article)
    return pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL), sentences


def _answer(v: Any) -> tuple[Any, ...]:
    """What a verification says, comparable across the two packages."""
    speakers = tuple(None if s is None else s.name for s in (v.claimed_speaker, v.real_speaker))
    evidence = tuple(
        (e.quote.doc_id, e.quote.start, e.quote.text, e.match.relation.value, e.match.score)
        for e in v.evidence
    )
    return v.verdict.value, v.explanation, speakers, evidence


def corpus_arguments(ap: argparse.ArgumentParser) -> None:
    """The options that choose the realistic corpus and its claims (``count_copies.py``
    takes them too), and ``--json``."""
    ap.add_argument("--realistic", type=int, default=100_000, help="quotes in the corpus")
    ap.add_argument("--variants", type=int, default=40, help="copies per family")
    ap.add_argument("--claims", type=int, default=200, help="edited corpus quotes to verify")
    ap.add_argument("--invented", type=int, default=50, help="invented claims to verify")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", type=Path, default=bench_scale.DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, help="pickle of the built corpus, reused at its size")
    ap.add_argument("--json", type=Path, help="results JSON to write")


def report(out: dict[str, Any], path: Path | None) -> None:
    """Print the results and write them to ``path`` (JSON), if given."""
    print(json.dumps(out, indent=1))
    if path is not None:
        path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path, help="the old package folder (…/quoteverify)")
    ap.add_argument("new", type=Path, help="the new package folder")
    ap.add_argument("--passes", type=int, default=2, help="timed passes over the claims")
    corpus_arguments(ap)
    args = ap.parse_args(argv)
    if not (args.data / "polnear-train.jsonl").exists():
        print(f"note: {args.data} has no polnear-train.jsonl: nothing to measure")
        return 0
    root = Path(tempfile.mkdtemp(prefix="qv_ab_"))
    for name, src in zip(NAMES, (args.old, args.new), strict=True):
        shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(root))
    t0 = time.perf_counter()
    if args.cache is not None and args.cache.exists():
        raw = args.cache.read_bytes()
        sentences, _ = bench_scale.real_sentences(
            args.data, max(1, args.realistic // args.variants), args.seed
        )
    else:
        raw, sentences = _build(args.realistic, args.variants, args.data, args.seed)
        if args.cache is not None:
            args.cache.write_bytes(raw)
    corpora = {n: _Renamed(raw, n).load() for n in NAMES}
    del raw
    built_s = time.perf_counter() - t0
    claims = [
        c
        for _k, c in bench_scale.realistic_claims(sentences, args.claims, args.invented, args.seed)
    ]
    for corpus in corpora.values():
        corpus.verify("warm up the parser and the lexicons")
    cpu: dict[str, list[list[float]]] = {n: [[] for _ in claims] for n in NAMES}
    answers: dict[str, list[Any]] = {n: [] for n in NAMES}
    clock = time.process_time
    gc.disable()
    try:
        for rep in range(args.passes):
            for i, claim in enumerate(claims):
                order = NAMES if (i + rep) % 2 == 0 else NAMES[::-1]
                for n in order:
                    start = clock()
                    v = corpora[n].verify(claim)
                    cpu[n][i].append(clock() - start)
                    if rep == 0:
                        answers[n].append(_answer(v))
            gc.collect()
    finally:
        gc.enable()
    out: dict[str, Any] = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": bench_scale.machine_info(),
        "quotes_indexed": len(corpora[NAMES[1]].index),
        "corpus_ready_s": round(built_s, 1),
        "claims": len(claims),
        "passes": args.passes,
        "equal_verifications": sum(
            a == b for a, b in zip(answers[NAMES[0]], answers[NAMES[1]], strict=True)
        ),
    }
    for n in NAMES:
        best = [min(xs) for xs in cpu[n]]
        first = [xs[0] for xs in cpu[n]]  # each claim asked once, as bench_scale times it
        out[n] = {
            "cpu_p50_ms": round(bench_scale.pct(best, 50) * 1e3, 2),
            "cpu_p95_ms": round(bench_scale.pct(best, 95) * 1e3, 2),
            "cpu_mean_ms": round(statistics.mean(best) * 1e3, 3),
            "first_pass_cpu_p50_ms": round(bench_scale.pct(first, 50) * 1e3, 2),
            "first_pass_cpu_p95_ms": round(bench_scale.pct(first, 95) * 1e3, 2),
            "first_pass_cpu_mean_ms": round(statistics.mean(first) * 1e3, 3),
        }
    out["new_over_old_mean"] = round(out[NAMES[1]]["cpu_mean_ms"] / out[NAMES[0]]["cpu_mean_ms"], 3)
    report(out, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
