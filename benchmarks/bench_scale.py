#!/usr/bin/env python
"""Benchmark the corpus at scale: build, verify one claim, group, grouping recall, parse.

Corpora come from the library's own generator,
``quoteverify.synthetic.synthetic_articles(n_quotes // 4, seed=...)`` (4 quotes
per article), at the sizes of ``--sizes`` (quotes; default ``10000,100000``;
``1000000`` works by hand, peaks at about 1.7 GB of RAM and is refused when
``/proc/meminfo`` shows less than 8 GB available). Each size runs in a fresh
subprocess, so that its peak RSS (``resource.getrusage().ru_maxrss``, a
process-wide high-water mark) belongs to that size alone. Per size:

1. **build**: ``Corpus.add_article`` over ``iter_parse(texts, workers=1)``;
   seconds, quotes/s, peak RSS after the build (the generated texts included).
2. **verify**: p50 and p95 latency of ``corpus.verify(text)`` over ~200 claims
   drawn from the corpus's own quotes with a small edit (a word dropped, or the
   case changed) and ~50 invented utterances that are not in the corpus.
   Baseline in the same process: brute force
   ``rapidfuzz.process.extractOne(claim, all_quote_texts, scorer=fuzz.ratio)``
   over every quote (p50 of a few claims), and ``fuzz.partial_ratio`` timed on a
   sample of at most ``--partial-sample`` quotes and extrapolated linearly to
   the whole corpus (stated in the output).
3. **group**: ``corpus.variant_groups()``; median of 3 runs below 1M quotes
   (the machine is shared: one run at 100k varied from 4.1 to 5.6 s), one run
   at 1M; groups found; peak RSS after grouping. Baseline: all
   pairs, extrapolated: ``quoteverify.matching.groups.judge_pair`` timed over every pair
   of a random sample of ``--pair-sample`` representatives, times the
   ``R * (R - 1) / 2`` pairs of the corpus's ``R`` representatives.

Then, in its own subprocess, **grouping recall** on ``--recall-size`` quotes
(20,000): the blocked groups of ``corpus.variant_groups()`` against all-pairs
groups made exactly as ``groups.variant_groups`` makes them (one
``Grouping``; ``judge_pair`` and ``grouping.link`` on pairs of
representatives; ``grouping.groups()``), except that every pair is a candidate.
Judging ~10**8 pairs in Python is too slow, so an exact prefilter drops pairs
that cannot link: ``rapidfuzz.process.cdist`` with
``scorer=rapidfuzz.distance.LCSseq.similarity`` over the representatives'
word-id lists, in row blocks, gives ``L``, the longest common subsequence of
words of each pair. Every link ``relate_words`` can make needs ``L >= 1``, and
more precisely (lengths ``s <= l`` in words):

* exact or fragment: the shorter is a run of the longer, ``L == s``;
* variant by score: ``2L / (s + l) >= 0.6``, i.e. ``10L >= 3(s + l)``;
* variant by containment: ``L / s >= 0.75``;
* variant by window: ``2Lw / (s + w) >= 0.6`` for a window of ``w >= Lw``
  words of the longer, with ``Lw <= L``: so ``7L >= 3s``.

A pair is judged when ``L >= 1`` and (``10L >= 3(s + l) - 1`` or
``7L >= 3s - 1``; the ``- 1`` is slack for rounding); two empty word lists
are judged too. ``--recall-check`` pairs among those with ``L >= 1`` that the
bound drops are judged as well, to show that none of them links.
Recall = the share of the pairs of quotes that all-pairs puts in one group that
the blocked path also puts in one group; precision = the converse. Both
groupings are also scored against the generator's own truth, the pool
utterance each quote was printed from (``synthetic.synthetic_labels``), and the
all-pairs links that the blocked path never considered are counted by the
number of content words the two quotes share, and by whether the two quotes
were printed from the same utterance.

Last, **parse**: MB/s (10**6 characters) of ``iter_parse(texts, workers=1)``
and ``workers=2`` over the texts of the smallest size's corpus and of
``../shared/data/polnear-dev.jsonl`` when it exists, and the 2-worker speedup.

Results go to ``--json`` (default ``benchmarks/results/scale.json``) with the
machine and the command line; ``--svg`` (default ``docs/images/scale.svg``) is a
log-log chart of seconds against corpus size, written as plain SVG text from
the JSON (``--chart-only [JSON ...]`` only redraws it, from one or more
results files, their sizes merged). Needs rapidfuzz
and numpy (both already there with quoteverify) and the standard library.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import itertools
import json
import math
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from _chart import LogLogChart
from _machine import cpu_model, dirty_files, git_head

REPO = Path(__file__).resolve().parent.parent
DEFAULT_JSON = REPO / "benchmarks" / "results" / "scale.json"
DEFAULT_SVG = REPO / "docs" / "images" / "scale.svg"
DEFAULT_DATA = REPO.parent / "shared" / "data"
MB = 1_000_000
MIN_FREE_GB_1M = 8.0


# --------------------------------------------------------------------------- helpers


def peak_rss_mb() -> float:
    """The process's peak resident set so far, in MB (ru_maxrss is in KiB on Linux)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib * (1 if sys.platform != "darwin" else 1 / 1024) / 1024


def current_rss_mb() -> float | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def available_gb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return None


def pct(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0-100) of ``values``, by linear interpolation."""
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def make_texts(n_quotes: int, seed: int) -> list[tuple[str, str]]:
    from quoteverify.synthetic import synthetic_articles  # noqa: PLC0415

    return list(synthetic_articles(max(1, n_quotes // 4), seed=seed))


def build_corpus(texts: list[tuple[str, str]]) -> Any:
    from quoteverify import Corpus  # noqa: PLC0415
    from quoteverify.article import iter_parse  # noqa: PLC0415

    corpus = Corpus()
    for article in iter_parse(texts, workers=1):
        corpus.add_article(article)
    return corpus


def make_grouping(corpus: Any) -> Any:
    """A ``Grouping`` constructed exactly as ``groups.variant_groups`` constructs it."""
    from quoteverify.matching.groups import Grouping  # noqa: PLC0415

    return Grouping.of_index(corpus.index, corpus.indexed_quotes())


# --------------------------------------------------------------------------- claims


def make_claims(
    quote_texts: list[str], n_edited: int, n_invented: int, seed: int
) -> list[tuple[str, str]]:
    """``(kind, claim)``: corpus quotes with a word dropped or the case changed, and
    invented utterances absent from the corpus."""
    from quoteverify.synthetic import synthetic_utterances  # noqa: PLC0415

    rng = random.Random(seed)
    claims: list[tuple[str, str]] = []
    pool = [t for t in quote_texts if len(t.split()) >= 4]
    for n in range(n_edited):
        ws = rng.choice(pool).strip(" ,.").split()
        if n % 2 == 0:
            del ws[rng.randrange(len(ws))]
            claims.append(("word dropped", " ".join(ws)))
        else:
            text = " ".join(ws)
            claims.append(("case changed", text.upper() if n % 4 == 1 else text.lower()))
    present = {t.strip(" ,.").casefold() for t in quote_texts}
    invented = [
        words
        for _speaker, words in synthetic_utterances(n_invented * 4, seed=seed + 7_777_777)
        if words.casefold() not in present
    ]
    claims.extend(("invented", w) for w in invented[:n_invented])
    return claims


# --------------------------------------------------------------------------- one size


def bench_size(args: argparse.Namespace) -> dict[str, Any]:
    """Everything measured on one corpus size (run in its own subprocess)."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415

    from quoteverify.matching.groups import judge_pair  # noqa: PLC0415

    n = args.worker_size
    out: dict[str, Any] = {"size_quotes_asked": n, "seed": args.seed}
    t0 = time.perf_counter()
    texts = make_texts(n, args.seed)
    out["generate_s"] = time.perf_counter() - t0
    out["articles"] = len(texts)
    out["chars"] = sum(len(t) for _, t in texts)
    out["rss_after_generate_mb"] = peak_rss_mb()

    # 1. build
    gc.collect()
    t0 = time.perf_counter()
    corpus = build_corpus(texts)
    build_s = time.perf_counter() - t0
    n_indexed = len(corpus.index)
    out["build"] = {
        "seconds": build_s,
        "quotes_indexed": n_indexed,
        "quotes_per_s": n_indexed / build_s,
        "mb_per_s": out["chars"] / build_s / MB,
        "peak_rss_mb": peak_rss_mb(),
        "current_rss_mb": current_rss_mb(),
    }
    print(f"  [{n}] build {build_s:.1f} s, {n_indexed} speech quotes", file=sys.stderr)

    # 2. verify one claim
    quote_texts = [corpus.indexed_quote(i).text for i in range(n_indexed)]
    claims = make_claims(quote_texts, args.claims, args.invented, args.seed)
    corpus.verify("warm up the parser and the lexicons")
    lat: dict[str, list[float]] = {}
    verdicts: Counter[str] = Counter()
    for kind, claim in claims:
        t0 = time.perf_counter()
        v = corpus.verify(claim)
        lat.setdefault(kind, []).append(time.perf_counter() - t0)
        verdicts[f"{kind}: {v.verdict.value}"] += 1
    all_lat = [x for xs in lat.values() for x in xs]
    verify: dict[str, Any] = {
        "claims": len(all_lat),
        "p50_ms": pct(all_lat, 50) * 1e3,
        "p95_ms": pct(all_lat, 95) * 1e3,
        "max_ms": max(all_lat) * 1e3,
        "by_kind": {
            k: {"n": len(xs), "p50_ms": pct(xs, 50) * 1e3, "p95_ms": pct(xs, 95) * 1e3}
            for k, xs in lat.items()
        },
        "verdicts": dict(sorted(verdicts.items())),
    }
    # baselines: brute force over every quote text (processed once, outside the timing)
    choices = [t.casefold() for t in quote_texts]
    base_claims = [c.casefold() for _, c in claims[:: max(1, len(claims) // args.ratio_claims)]]
    base_claims = base_claims[: args.ratio_claims]
    ratio_t = []
    for c in base_claims:
        t0 = time.perf_counter()
        process.extractOne(c, choices, scorer=fuzz.ratio, processor=None)
        ratio_t.append(time.perf_counter() - t0)
    sample = choices
    if len(choices) > args.partial_sample:
        sample = random.Random(args.seed).sample(choices, args.partial_sample)
    partial_t = []
    for c in base_claims[: args.partial_claims]:
        t0 = time.perf_counter()
        process.extractOne(c, sample, scorer=fuzz.partial_ratio, processor=None)
        partial_t.append((time.perf_counter() - t0) * len(choices) / len(sample))
    verify["baseline_ratio"] = {
        "what": "rapidfuzz.process.extractOne(claim, all quote texts, scorer=fuzz.ratio)",
        "claims": len(ratio_t),
        "p50_ms": statistics.median(ratio_t) * 1e3,
    }
    verify["baseline_partial_ratio"] = {
        "what": "extractOne(..., scorer=fuzz.partial_ratio)",
        "claims": len(partial_t),
        "timed_on_quotes": len(sample),
        "extrapolated": len(sample) < len(choices),
        "p50_ms": statistics.median(partial_t) * 1e3,
    }
    verify["speedup_vs_ratio"] = verify["baseline_ratio"]["p50_ms"] / verify["p50_ms"]
    verify["speedup_vs_partial_ratio"] = (
        verify["baseline_partial_ratio"]["p50_ms"] / (verify["p50_ms"])
    )
    out["verify"] = verify
    print(
        f"  [{n}] verify p50 {verify['p50_ms']:.2f} ms, p95 {verify['p95_ms']:.2f} ms",
        file=sys.stderr,
    )
    del choices, sample, quote_texts

    # 3. group
    runs = 3 if n_indexed < 1_000_000 else 1
    times = []
    cpu_times = []  # CPU time beside the wall clock: the machine is shared
    groups: list[Any] = []
    for _ in range(runs):
        groups = []
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        groups = corpus.variant_groups()
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
    grouped = sum(len(g.members) for g in groups)
    out["group"] = {
        "runs": runs,
        "times_s": times,
        "median_s": statistics.median(times),
        "cpu_times_s": cpu_times,
        "cpu_median_s": statistics.median(cpu_times),
        "loadavg_after": list(os.getloadavg()),
        "groups": len(groups),
        "quotes_in_groups": grouped,
        "largest_group": max((len(g.members) for g in groups), default=0),
        "peak_rss_mb": peak_rss_mb(),
        "current_rss_mb": current_rss_mb(),
    }
    del groups
    print(
        f"  [{n}] group {out['group']['median_s']:.2f} s "
        f"({out['group']['cpu_median_s']:.2f} s CPU)",
        file=sys.stderr,
    )

    # all-pairs baseline, extrapolated from a sample of representatives
    grouping = make_grouping(corpus)
    reps = grouping.representatives
    k = min(args.pair_sample, len(reps))
    picked = sorted(random.Random(args.seed + 1).sample(reps, k))
    pairs = 0
    t0 = time.perf_counter()
    for r, v in itertools.combinations(picked, 2):
        judge_pair(grouping, r, v)
        pairs += 1
    sample_s = time.perf_counter() - t0
    per_pair = sample_s / pairs
    all_pairs = len(reps) * (len(reps) - 1) // 2
    out["group"]["baseline_all_pairs"] = {
        "what": "judge_pair over all pairs of representatives, extrapolated",
        "representatives": len(reps),
        "sample_representatives": k,
        "sample_pairs": pairs,
        "sample_s": sample_s,
        "us_per_pair": per_pair * 1e6,
        "all_pairs": all_pairs,
        "extrapolated_s": per_pair * all_pairs,
    }
    out["group"]["speedup_vs_all_pairs"] = per_pair * all_pairs / out["group"]["median_s"]
    return out


# --------------------------------------------------------------------------- recall


def pair_count(sizes: Sequence[int]) -> int:
    return sum(s * (s - 1) // 2 for s in sizes)


def group_map(groups: Sequence[Any]) -> dict[int, int]:
    """``id(quote) -> group number`` for every member of every group."""
    return {id(m.quote): g for g, group in enumerate(groups) for m in group.members}


def truth_scores(groups: Sequence[Any], label: dict[int, int]) -> dict[str, float]:
    """Pairwise precision and recall of ``groups`` against the generator's utterances."""
    gmap = group_map(groups)
    by_group: Counter[int] = Counter(gmap[q] for q in label if q in gmap)
    by_both: Counter[tuple[int, int]] = Counter((gmap[q], u) for q, u in label.items() if q in gmap)
    truth = pair_count(list(Counter(label.values()).values()))
    grouped = pair_count(list(by_group.values()))
    right = pair_count(list(by_both.values()))
    return {
        "co_grouped_pairs": grouped,
        "co_grouped_same_utterance": right,
        "precision": right / grouped if grouped else 1.0,
        "recall": right / truth if truth else 1.0,
    }


def bench_recall(args: argparse.Namespace) -> dict[str, Any]:
    import numpy as np  # noqa: PLC0415
    from rapidfuzz.distance import LCSseq  # noqa: PLC0415
    from rapidfuzz.process import cdist  # noqa: PLC0415

    from quoteverify.matching.groups import judge_pair  # noqa: PLC0415

    n = args.worker_recall
    texts = make_texts(n, args.seed)
    t0 = time.perf_counter()
    corpus = build_corpus(texts)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    blocked = corpus.variant_groups()
    blocked_s = time.perf_counter() - t0
    print(f"  [recall {n}] blocked groups in {blocked_s:.2f} s", file=sys.stderr)

    grouping = make_grouping(corpus)
    reps = grouping.representatives
    ids = [list(grouping.ids[r]) for r in reps]
    lens = np.array([len(x) for x in ids], dtype=np.int64)
    n_reps = len(reps)
    t0 = time.perf_counter()
    any_word = 0
    kept_pairs: list[tuple[int, int]] = []
    dropped_sample: list[tuple[int, int]] = []
    dropped_seen = 0
    rng = random.Random(args.seed + 2)
    block = args.recall_block
    for lo in range(0, n_reps, block):
        hi = min(lo + block, n_reps)
        lcs = cdist(
            ids[lo:hi], ids[lo:], scorer=LCSseq.similarity, workers=-1, dtype=np.int32
        ).astype(np.int64)
        rows = np.arange(lo, hi)[:, None]
        cols = np.arange(lo, n_reps)[None, :]
        upper = cols > rows
        la = lens[lo:hi][:, None]
        lb = lens[lo:][None, :]
        short = np.minimum(la, lb)
        shares = (lcs >= 1) & upper
        bound = shares & ((10 * lcs >= 3 * (la + lb) - 1) | (7 * lcs >= 3 * short - 1))
        empty = upper & (la == 0) & (lb == 0)
        any_word += int(shares.sum())
        ri, ci = np.nonzero(bound | empty)
        kept_pairs.extend(zip((ri + lo).tolist(), (ci + lo).tolist(), strict=True))
        # reservoir sample of the pairs with a shared word that the bound drops
        di, dj = np.nonzero(shares & ~bound)
        for a, b in zip(di.tolist(), dj.tolist(), strict=True):
            dropped_seen += 1
            if len(dropped_sample) < args.recall_check:
                dropped_sample.append((a + lo, b + lo))
            else:
                x = rng.randrange(dropped_seen)
                if x < args.recall_check:
                    dropped_sample[x] = (a + lo, b + lo)
    prefilter_s = time.perf_counter() - t0
    print(
        f"  [recall {n}] prefilter {prefilter_s:.1f} s: {len(kept_pairs)} pairs to judge",
        file=sys.stderr,
    )

    t0 = time.perf_counter()
    linked: list[tuple[int, int]] = []
    for a, b in kept_pairs:
        r, v = reps[a], reps[b]
        link = judge_pair(grouping, r, v)
        if link is not None:
            grouping.link(r, v, link)
            linked.append((r, v))
    judge_s = time.perf_counter() - t0
    all_pairs_groups = grouping.groups()
    dropped_links = sum(
        1 for a, b in dropped_sample if judge_pair(grouping, reps[a], reps[b]) is not None
    )

    # ground truth: which pool utterance the generator printed in each quote
    from quoteverify.synthetic import synthetic_labels  # noqa: PLC0415

    labels = synthetic_labels(max(1, n // 4), seed=args.seed)
    label: dict[int, int] = {}
    for article in corpus.articles:
        speech = [q for q in article.quotes if q.is_speech]
        us = labels.get(article.doc_id or "")
        if us is not None and len(speech) == len(us):
            label.update((id(q), u) for q, u in zip(speech, us, strict=True))
    # the all-pairs links the blocked path never considered, by shared content words,
    # and how many of them join two quotes printed from the same utterance
    blocked_pairs = set(grouping.candidates())
    missed: Counter[str] = Counter()
    missed_same = 0
    for r, v, in_blocked in ((r, v, (r, v) in blocked_pairs) for r, v in linked):
        if not in_blocked:
            shared = len((set(grouping.ids[r]) & set(grouping.ids[v])) - grouping.stop)
            missed[str(min(shared, 3)) if shared < 3 else "3+"] += 1
            u = label.get(id(grouping.quotes[r]))
            missed_same += u is not None and u == label.get(id(grouping.quotes[v]))
    del blocked_pairs

    truth = None
    if label:
        truth = {
            "quotes_labelled": len(label),
            "blocked": truth_scores(blocked, label),
            "all_pairs": truth_scores(all_pairs_groups, label),
        }

    gb, ga = group_map(blocked), group_map(all_pairs_groups)
    both = Counter((ga[q], gb[q]) for q in ga.keys() & gb.keys())
    together_both = pair_count(list(both.values()))
    together_all = pair_count([len(g.members) for g in all_pairs_groups])
    together_blocked = pair_count([len(g.members) for g in blocked])
    total_pairs = n_reps * (n_reps - 1) // 2
    return {
        "size_quotes_asked": n,
        "seed": args.seed,
        "quotes_indexed": len(corpus.index),
        "build_s": build_s,
        "blocked_group_s": blocked_s,
        "representatives": n_reps,
        "pairs_of_representatives": total_pairs,
        "pairs_sharing_a_word": any_word,
        "pairs_judged": len(kept_pairs),
        "prefilter": "LCS >= 1 and (10 LCS >= 3 (s + l) - 1 or 7 LCS >= 3 s - 1); empty pairs",
        "prefilter_s": prefilter_s,
        "judge_s": judge_s,
        "links": len(linked),
        "links_not_blocked_candidates_by_shared_content_words": dict(sorted(missed.items())),
        "links_not_blocked_candidates_same_utterance": missed_same,
        "largest_group_blocked": max((len(g.members) for g in blocked), default=0),
        "largest_group_all_pairs": max((len(g.members) for g in all_pairs_groups), default=0),
        "truth": truth,
        "dropped_pairs_checked": len(dropped_sample),
        "dropped_pairs_that_link": dropped_links,
        "groups_blocked": len(blocked),
        "groups_all_pairs": len(all_pairs_groups),
        "co_grouped_pairs_all_pairs": together_all,
        "co_grouped_pairs_blocked": together_blocked,
        "co_grouped_pairs_both": together_both,
        "recall": together_both / together_all if together_all else 1.0,
        "precision": together_both / together_blocked if together_blocked else 1.0,
        "peak_rss_mb": peak_rss_mb(),
    }


# --------------------------------------------------------------------------- parse


def load_jsonl_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def bench_parse_workers(args: argparse.Namespace) -> dict[str, Any]:
    from quoteverify.article import iter_parse  # noqa: PLC0415

    inputs: list[tuple[str, list[str]]] = [
        (
            f"synthetic, {args.worker_parse} quotes",
            [t for _, t in make_texts(args.worker_parse, args.seed)],
        )
    ]
    notes = []
    dev = args.data / "polnear-dev.jsonl"
    if dev.exists():
        inputs.append(("PolNeAR dev", load_jsonl_texts(dev)))
    else:
        notes.append(f"{dev} not found: PolNeAR not measured")
    rows = []
    list(iter_parse(["“Warm up,” she said."]))  # lexicons loaded before timing
    for label, texts in inputs:
        chars = sum(map(len, texts))
        res: dict[str, Any] = {"input": label, "texts": len(texts), "chars": chars}
        for workers in (1, 2):
            times = []
            for _ in range(args.parse_runs):
                gc.collect()
                t0 = time.perf_counter()
                for _article in iter_parse(texts, workers=workers):
                    pass
                times.append(time.perf_counter() - t0)
            res[f"workers_{workers}"] = {
                "times_s": times,
                "median_s": statistics.median(times),
                "mb_per_s": chars / statistics.median(times) / MB,
            }
        res["speedup_2_workers"] = res["workers_1"]["median_s"] / res["workers_2"]["median_s"]
        rows.append(res)
        print(f"  [parse] {label}: speedup {res['speedup_2_workers']:.2f}", file=sys.stderr)
    return {"inputs": rows, "notes": notes, "runs": args.parse_runs}


# --------------------------------------------------------------------------- realistic verify

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_MARK_CHARS = '"“”„«»'
_SHORTEN = {
    "do not": "don't",
    "is not": "isn't",
    "it is": "it's",
    "we are": "we're",
    "i am": "I'm",
    "will not": "won't",
    "can not": "can't",
    "they are": "they're",
}
_LENGTHEN = {v.lower(): k for k, v in _SHORTEN.items()}
_UK = {
    "favor": "favour",
    "honor": "honour",
    "labor": "labour",
    "center": "centre",
    "defense": "defence",
    "program": "programme",
    "organize": "organise",
    "recognize": "recognise",
    "realize": "realise",
    "neighbor": "neighbour",
}


def real_sentences(data: Path, n: int, seed: int) -> tuple[list[str], dict[str, int]]:
    """``n`` distinct sentences of 6-40 words: gold quotes of polnear-train first,
    then sentences of its narration without quote marks, then generated ones."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    counts = {"gold_quote_sentences": 0, "narration_sentences": 0, "generated": 0}

    def take(text: str, kind: str) -> None:
        for piece in _SENTENCE_END.split(" ".join(text.split())):
            sent = piece.strip(_MARK_CHARS + "'‘’ ")
            key = " ".join(sent.lower().split())
            if (
                6 <= len(sent.split()) <= 40
                and key not in seen
                and not any(c in sent for c in _MARK_CHARS)
            ):
                seen.add(key)
                out.append(sent)
                counts[kind] += 1

    path = data / "polnear-train.jsonl"
    docs = []
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            docs = [json.loads(line) for line in fh if line.strip()]
    for d in docs:
        for q in d["quotes"]:
            take(q["text"], "gold_quote_sentences")
    rng.shuffle(out)
    if len(out) < n:
        for d in docs:
            for para in d["text"].split("\n"):
                if not any(c in para for c in _MARK_CHARS):
                    take(para, "narration_sentences")
                if len(out) >= n:
                    break
            if len(out) >= n:
                break
    if len(out) < n:
        from quoteverify.synthetic import synthetic_utterances  # noqa: PLC0415

        for _speaker, words in synthetic_utterances(n - len(out), seed=seed + 99):
            out.append(words + ".")
            counts["generated"] += 1
    return out[:n], counts


def light_edit(sentence: str, rng: random.Random) -> str:
    """A copy of ``sentence`` as another outlet might print it: zero to two light edits
    (a fragment, a word dropped, an ellipsis, a contraction, a spelling, a bracket, case)."""
    ws = sentence.split()
    for _ in range(rng.choice((0, 1, 1, 2))):
        kind = rng.randrange(7)
        if kind == 0 and len(ws) >= 10:  # a fragment of most of it
            k = rng.randint(max(6, len(ws) * 6 // 10), len(ws) - 1)
            i = rng.randint(0, len(ws) - k)
            ws = ws[i : i + k]
        elif kind == 1 and len(ws) >= 7:  # a word dropped
            del ws[rng.randrange(1, len(ws) - 1)]
        elif kind == 2 and len(ws) >= 12:  # an ellipsis for a few words
            i = rng.randint(3, len(ws) - 6)
            ws = [*ws[:i], "...", *ws[i + rng.randint(1, 3) :]]
        elif kind == 3:  # a contraction made or undone
            text = " ".join(ws)
            low = text.lower()
            for long, short in _SHORTEN.items():
                if f" {long} " in f" {low} ":
                    i = f" {low} ".index(f" {long} ")
                    text = text[:i] + short + text[i + len(long) :]
                    break
            else:
                for j, w in enumerate(ws):
                    if w.lower() in _LENGTHEN:
                        ws[j] = _LENGTHEN[w.lower()]
                        break
                text = " ".join(ws)
            ws = text.split()
        elif kind == 4:  # a US/UK spelling
            for j, w in enumerate(ws):
                if w.lower().strip(",.") in _UK:
                    ws[j] = w.lower().replace(w.lower().strip(",."), _UK[w.lower().strip(",.")])
                    break
        elif kind == 5 and len(ws) >= 6:  # an editor's bracket
            i = rng.randrange(1, len(ws))
            ws.insert(i, rng.choice(("[the]", "[he]", "[she]", "[they]", "[sic]")))
        elif kind == 6:  # case and final punctuation
            ws = [w.lower() for w in ws] if rng.random() < 0.5 else ws
            ws[-1] = ws[-1].rstrip(".!?,")
    return " ".join(ws).strip(_MARK_CHARS)


def realistic_texts(sentences: list[str], variants: int, seed: int) -> Iterator[tuple[str, str]]:
    """Articles of 4 quotes; every sentence printed ``variants`` times, each copy lightly
    edited and in a different article, under its family's speaker."""
    rng = random.Random(seed)
    from quoteverify.synthetic import synthetic_utterances  # noqa: PLC0415

    names = sorted({s for s, _ in synthetic_utterances(2_000, seed=seed)})
    speaker = [rng.choice(names) for _ in sentences]
    copies = [(f, v) for f in range(len(sentences)) for v in range(variants)]
    rng.shuffle(copies)
    for a in range(0, len(copies), 4):
        paras = []
        for f, _v in copies[a : a + 4]:
            q = light_edit(sentences[f], rng)
            if rng.random() < 0.5:
                paras.append(f"“{q},” {speaker[f]} said.")
            else:
                paras.append(f"{speaker[f]} said: “{q}”")
        yield f"real{a // 4}", "\n\n".join(paras) + "\n"


def realistic_claims(
    sentences: list[str], n_edited: int, n_invented: int, seed: int
) -> list[tuple[str, str]]:
    """``(kind, claim)``: family sentences with a light edit or cut to 5-12 words, and
    sentences of other words that no family prints."""
    rng = random.Random(seed + 5)
    claims: list[tuple[str, str]] = []
    for n in range(n_edited):
        s = rng.choice(sentences)
        if n % 2 == 0:
            claims.append(("edited copy", light_edit(s, rng)))
        else:
            ws = s.split()
            k = rng.randint(5, min(12, len(ws)))
            i = rng.randint(0, len(ws) - k)
            claims.append(("excerpt", " ".join(ws[i : i + k]).strip(",.;:")))
    from quoteverify.synthetic import synthetic_utterances  # noqa: PLC0415

    claims.extend(("invented", w) for _s, w in synthetic_utterances(n_invented, seed=seed + 1))
    return claims


def stage_times(corpus: Any, claims: list[tuple[str, str]]) -> dict[str, Any]:
    """cProfile of ``corpus.verify`` over ``claims``: cumulative seconds of its stages."""
    import cProfile  # noqa: PLC0415
    import pstats  # noqa: PLC0415

    prof = cProfile.Profile()
    prof.enable()
    for _kind, claim in claims:
        corpus.verify(claim)
    prof.disable()
    stats = pstats.Stats(prof)
    total = 0.0
    stages: dict[str, float] = {}
    wanted = {
        ("verify.py", "verify"): "verify (total)",
        ("verify.py", "parse_claim"): "parse_claim (the claim parsed for a speaker)",
        ("corpus.py", "find"): "Corpus.find",
        ("index.py", "candidates"): "QuoteIndex.candidates (retrieval)",
        ("index.py", "overlap"): "QuoteIndex.overlap (candidate ranking)",
        ("compare.py", "compare"): "compare() (alignment of each candidate)",
        ("compare.py", "compare_prepared"): "compare_prepared() (alignment on stored words)",
        ("prune.py", "allows"): "QueryBound.allows (candidates skipped before aligning)",
        ("index.py", "prepared"): "QuoteIndex.prepared (stored words of each candidate)",
        ("normalize.py", "words"): "normalize.words (all callers)",
    }
    calls: dict[str, int] = {}
    for (file, _line, func), (_cc, nc, _tt, ct, _callers) in stats.stats.items():
        key = (Path(file).name, func)
        if key in wanted:
            stages[wanted[key]] = stages.get(wanted[key], 0.0) + ct
            calls[wanted[key]] = calls.get(wanted[key], 0) + nc
            if key == ("verify.py", "verify"):
                total = max(total, ct)
    return {
        "claims": len(claims),
        "profiled_total_s": total,
        "stages": {
            k: {
                "cumulative_s": round(v, 4),
                "calls": calls[k],
                "share_of_verify": round(v / total, 3) if total else None,
                "ms_per_claim": round(v / len(claims) * 1e3, 3),
            }
            for k, v in sorted(stages.items(), key=lambda kv: -kv[1])
        },
        "note": "cProfile slows Python code by a similar factor everywhere; read shares, "
        "not absolute times",
    }


def bench_realistic(args: argparse.Namespace) -> dict[str, Any]:
    """Verify latency on ``n`` quotes of real sentences in families of edited copies."""
    n = args.worker_realistic
    variants = args.variants
    t0 = time.perf_counter()
    c0 = time.process_time()
    sentences, sources = real_sentences(args.data, max(1, n // variants), args.seed)
    out: dict[str, Any] = {
        "size_quotes_asked": n,
        "families": len(sentences),
        "variants_per_family": variants,
        "sentences_from": sources,
        "seed": args.seed,
    }
    print(f"  [realistic {n}] {len(sentences)} sentences", file=sys.stderr)
    from quoteverify import Corpus  # noqa: PLC0415
    from quoteverify.article import iter_parse  # noqa: PLC0415

    corpus = Corpus()
    chars = 0

    def texts() -> Iterator[tuple[str, str]]:
        nonlocal chars
        for doc_id, text in realistic_texts(sentences, variants, args.seed):
            chars += len(text)
            yield doc_id, text

    for article in iter_parse(texts(), workers=1):
        corpus.add_article(article)
    build_s = time.perf_counter() - t0
    n_indexed = len(corpus.index)
    out["build"] = {
        "seconds": build_s,
        "cpu_seconds": time.process_time() - c0,
        "chars": chars,
        "quotes_indexed": n_indexed,
        "quotes_per_s": n_indexed / build_s,
        "peak_rss_mb": peak_rss_mb(),
    }
    print(f"  [realistic {n}] build {build_s:.1f} s, {n_indexed} quotes", file=sys.stderr)
    claims = realistic_claims(sentences, args.claims, args.invented, args.seed)
    corpus.verify("warm up the parser and the lexicons")
    lat: dict[str, list[float]] = {}
    cpu: list[float] = []
    verdicts: Counter[str] = Counter()
    evidence: list[int] = []
    load_before = os.getloadavg()
    for kind, claim in claims:
        c0 = time.process_time()
        t0 = time.perf_counter()
        v = corpus.verify(claim)
        lat.setdefault(kind, []).append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        verdicts[f"{kind}: {v.verdict.value}"] += 1
        evidence.append(len(v.evidence))
    all_lat = [x for xs in lat.values() for x in xs]
    out["verify"] = {
        "claims": len(all_lat),
        "p50_ms": pct(all_lat, 50) * 1e3,
        "p95_ms": pct(all_lat, 95) * 1e3,
        "max_ms": max(all_lat) * 1e3,
        # CPU time of this process: what verify costs when it has a core to itself
        # (the wall-clock figures above include waiting for a core on a busy machine)
        "cpu_p50_ms": pct(cpu, 50) * 1e3,
        "cpu_p95_ms": pct(cpu, 95) * 1e3,
        "loadavg_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "by_kind": {
            k: {"n": len(xs), "p50_ms": pct(xs, 50) * 1e3, "p95_ms": pct(xs, 95) * 1e3}
            for k, xs in lat.items()
        },
        "verdicts": dict(sorted(verdicts.items())),
        "mean_evidence": statistics.mean(evidence),
    }
    print(
        f"  [realistic {n}] verify p50 {out['verify']['p50_ms']:.1f} ms, "
        f"p95 {out['verify']['p95_ms']:.1f} ms",
        file=sys.stderr,
    )
    out["retrieval"] = retrieval_times(corpus, claims)
    if args.ab:
        out["ab"] = retrieval_ab(corpus, claims)
        print(f"  [realistic {n}] old/new retrieval: {out['ab']}", file=sys.stderr)
    if args.ab_find:
        out["ab_find"] = find_ab(corpus, claims)
        print(f"  [realistic {n}] old/new find: {out['ab_find']}", file=sys.stderr)
    if args.ab_bound:
        out["ab_bound"] = find_ab(corpus, claims, could_link_find)
        print(f"  [realistic {n}] could_link/QueryBound find: {out['ab_bound']}", file=sys.stderr)
    out["profile"] = stage_times(corpus, claims[:: max(1, len(claims) // args.profile_claims)])
    return out


def retrieval_times(corpus: Any, claims: list[tuple[str, str]]) -> dict[str, Any]:
    """CPU time of ``QuoteIndex.candidates`` alone on each claim, as ``Corpus.find`` calls it
    (limit 200), and how many candidates it returns."""
    from quoteverify.text.normalize import words  # noqa: PLC0415

    cpu: list[float] = []
    found: list[int] = []
    for _kind, claim in claims:
        norms = [w.norm for w in words(claim)]
        c0 = time.process_time()
        found.append(len(corpus.index.candidates(norms, limit=200)))
        cpu.append(time.process_time() - c0)
    return {
        "cpu_p50_ms": pct(cpu, 50) * 1e3,
        "cpu_p95_ms": pct(cpu, 95) * 1e3,
        "mean_candidates": statistics.mean(found),
    }


def old_candidates(index: Any, words: list[str], *, limit: int) -> list[int]:
    """``QuoteIndex.candidates`` as it was before issue 13's rework (main at ``d15c038``):
    every adjacent pair's posting list read, however common, and every hit sorted."""
    from quoteverify.text.normalize import GAP  # noqa: PLC0415

    tables = index.postings()
    ids = [index.word_id(w) for w in words if w != GAP]
    known = sorted({w for w in ids if w is not None}, key=lambda w: len(tables.words[w]))
    if not known:
        return []
    cap = min(max(50, len(index) // 20), 1000)
    hits: Counter[int] = Counter()
    for wid in known[:12]:
        if len(tables.words[wid]) <= cap:
            hits.update(tables.words[wid])
    for a, b in itertools.pairwise(ids):
        if a is not None and b is not None:
            hits.update(index.pair(a, b))
    need = 1 if len(known) <= 3 else 2
    return [q for q, n in hits.most_common() if n >= need][:limit]


def retrieval_ab(corpus: Any, claims: list[tuple[str, str]]) -> dict[str, Any]:
    """``--ab``: each claim verified with the old retrieval and with the new one in turn, in
    this process (CPU time), so that the load of a shared machine cancels in the ratio."""
    from quoteverify.matching.index import QuoteIndex  # noqa: PLC0415

    new = QuoteIndex.candidates

    def old(self: Any, words: Any, *, limit: int = 100) -> list[int]:
        return old_candidates(self, list(words), limit=limit)

    cpu: dict[str, list[float]] = {"old": [], "new": []}
    same = 0
    try:
        for _kind, claim in claims:
            seen = []
            for tag, fn in (("old", old), ("new", new)):
                QuoteIndex.candidates = fn  # type: ignore[method-assign]
                c0 = time.process_time()
                v = corpus.verify(claim)
                cpu[tag].append(time.process_time() - c0)
                seen.append((v.verdict, [(e.quote.doc_id, e.quote.start) for e in v.evidence]))
            same += seen[0] == seen[1]
    finally:
        QuoteIndex.candidates = new  # type: ignore[method-assign]
    return {
        **{f"{t}_cpu_{p}_ms": pct(xs, p) * 1e3 for t, xs in cpu.items() for p in (50, 95)},
        "same_verdict_and_evidence": same,
        "claims": len(claims),
    }


def old_find(corpus: Any, text: Any, *, limit: int = 10, exclude_doc: Any = None) -> Any:
    """``Corpus.find`` as it was before the index kept its quotes prepared (main at
    ``b93821f``): every candidate's text normalised again and aligned, none skipped."""
    from quoteverify.corpus import _RANK  # noqa: PLC0415
    from quoteverify.matching.compare import compare, text_of  # noqa: PLC0415
    from quoteverify.text.normalize import words  # noqa: PLC0415

    query = text_of(text, "find")
    norms = [w.norm for w in words(query)]
    candidates = corpus.index.candidates(norms, limit=limit * 20)
    if len(candidates) > limit * 4:
        overlap = dict(zip(candidates, corpus.index.overlaps(norms, candidates), strict=True))
        candidates.sort(key=lambda qid: -overlap[qid])
        candidates = candidates[: limit * 4]
    found = []
    for qid in candidates:
        quote = corpus.indexed_quote(qid)
        if exclude_doc is not None and quote.doc_id == exclude_doc:
            continue
        match = compare(query, quote)
        if match.linked:
            found.append((quote, match))
    found.sort(
        key=lambda qm: (
            _RANK[qm[1].relation.value],
            qm[1].meaning_changed,
            -qm[1].score,
            qm[0].doc_id or "",
            qm[0].start,
        )
    )
    return found[:limit]


def _could_link_baseline(a: Any, b: Any) -> bool:
    """The cheap test ``Corpus.find`` ran before ``prune.QueryBound`` (main at ``b79077e``):
    False only when ``compare_prepared`` of ``a`` and ``b`` is sure to be unrelated.

    A test on the normalised words, far cheaper than the alignment, that
    :meth:`~quoteverify.corpus.Corpus.find` runs on each candidate first. When the
    shorter text has five words or more, every relation needs one of: its words all
    printed in the longer, or long enough to be spelling variants (exact,
    fragment); two content words in common, counted by stem as a paraphrase counts
    them (variant, paraphrase); one and a run of four words alike (paraphrase);
    at most one distinct content word and :meth:`Thresholds.min_common` words in
    order (variant); or the same letters (:data:`SPELLING_SCORE`). A property test
    holds this to :func:`compare`'s decision.
    """
    if len(a.norms) > len(b.norms):
        return _could_link_shorter(b, a)
    if len(a.norms) < len(b.norms):
        return _could_link_shorter(a, b)
    # Of two texts of one length, either may play the shorter: so that the answer
    # does not depend on the order, the pair may link when either way allows it.
    return _could_link_shorter(a, b) or _could_link_shorter(b, a)


def _could_link_shorter(a: Any, b: Any) -> bool:
    """The baseline test with ``a`` the text of fewer words (or as many)."""
    from collections import Counter  # noqa: PLC0415

    from rapidfuzz import fuzz  # noqa: PLC0415
    from rapidfuzz.distance import LCSseq  # noqa: PLC0415

    from quoteverify.matching.compare import (  # noqa: PLC0415
        _SHORT_ECHO,
        SPELLING_SCORE,
        THRESHOLDS,
        _stem,
    )
    from quoteverify.text.normalize import content_words  # noqa: PLC0415

    na, nb = a.norms, b.norms
    shorter, longer = na, nb
    if len(shorter) <= _SHORT_ECHO:
        return True  # short quotes link on one word: leave them to compare()
    held = set(longer)
    if all(w in held or len(w) >= 5 for w in shorter):
        return True  # a fragment, possibly with spelling variants
    content_a = content_words(a.words)
    content_b = content_words(b.words)
    shared = Counter(map(_stem, content_a)) & Counter(map(_stem, content_b))
    n_shared = sum(shared.values())
    if n_shared >= 2:
        return True
    distinct = set(content_a)
    lcs = -1
    if n_shared >= 1 or not distinct:
        lcs = LCSseq.similarity(na, nb)
        if n_shared >= 1 and lcs >= 4:
            return True  # a run of four words alike may make a paraphrase
        if len(distinct) <= 1 and lcs >= THRESHOLDS.min_common(len(shorter)):
            return True
    ja, jb = "".join(na), "".join(nb)
    if 200.0 * min(len(ja), len(jb)) < SPELLING_SCORE * (len(ja) + len(jb)):
        return False  # the letters differ in length too much to reach the spelling score
    return fuzz.ratio(ja, jb) >= SPELLING_SCORE


def could_link_find(corpus: Any, text: Any, *, limit: int = 10, exclude_doc: Any = None) -> Any:
    """``Corpus.find`` as it was before ``prune.QueryBound`` (main at ``b79077e``): each
    candidate prepared from the index and tested with the old cheap test
    (:func:`_could_link_baseline`, kept here as the baseline)."""
    from quoteverify.corpus import _RANK  # noqa: PLC0415
    from quoteverify.matching.compare import (  # noqa: PLC0415
        compare_prepared,
        text_of,
    )
    from quoteverify.text.normalize import prepare  # noqa: PLC0415

    prepared = prepare(text_of(text, "find"))
    norms = prepared.norms
    index = corpus.index
    candidates = index.candidates(norms, limit=limit * 20)
    if len(candidates) > limit * 4:
        overlap = dict(zip(candidates, index.overlaps(norms, candidates), strict=True))
        candidates.sort(key=lambda qid: -overlap[qid])
        candidates = candidates[: limit * 4]
    found = []
    seen: dict[str, Any] = {}
    for qid in candidates:
        quote = corpus.indexed_quote(qid)
        if exclude_doc is not None and quote.doc_id == exclude_doc:
            continue
        if quote.text in seen:
            match = seen[quote.text]
        else:
            other = index.prepared(qid, quote.text)
            match = (
                compare_prepared(prepared, other) if _could_link_baseline(prepared, other) else None
            )
            seen[quote.text] = match
        if match is not None and match.relation.linked:
            found.append((quote, match))
    found.sort(
        key=lambda qm: (
            _RANK[qm[1].relation.value],
            qm[1].meaning_changed,
            -qm[1].score,
            qm[0].doc_id or "",
            qm[0].start,
        )
    )
    return found[:limit]


def find_ab(corpus: Any, claims: list[tuple[str, str]], old_find: Any = old_find) -> dict[str, Any]:
    """``--ab-find``: each claim verified with the find() of before (``old_find``) and with
    today's in turn, in this process (CPU time), so that a shared machine's load cancels in
    the ratio; and whether the verdicts, explanations and evidence are the same."""
    from quoteverify.corpus import Corpus  # noqa: PLC0415

    new = Corpus.find
    cpu: dict[str, list[float]] = {"old": [], "new": []}
    same = 0
    try:
        for _kind, claim in claims:
            seen = []
            for tag, fn in (("old", old_find), ("new", new)):
                Corpus.find = fn  # type: ignore[method-assign]
                c0 = time.process_time()
                v = corpus.verify(claim)
                cpu[tag].append(time.process_time() - c0)
                seen.append(v)
            same += seen[0] == seen[1]
    finally:
        Corpus.find = new  # type: ignore[method-assign]
    out: dict[str, Any] = {
        f"{t}_cpu_{p}_ms": pct(xs, p) * 1e3 for t, xs in cpu.items() for p in (50, 95)
    }
    out["speedup_p50"] = out["old_cpu_50_ms"] / out["new_cpu_50_ms"]
    out["speedup_p95"] = out["old_cpu_95_ms"] / out["new_cpu_95_ms"]
    return {**out, "same_verification": same, "claims": len(claims)}


def print_realistic(rows: list[dict[str, Any]]) -> None:
    print("\nrealistic verify: real sentences in families of edited copies")
    print(
        "| quotes | families × copies | build | peak RSS | verify p50 | p95 | max | "
        "CPU p50 | CPU p95 | load | compare() share | retrieval share | retrieval CPU p50 / p95 |"
    )
    print("|" + " ---: |" * 13)
    for r in rows:
        b, v, st = r["build"], r["verify"], r["profile"]["stages"]

        def share(prefix: str, st: dict[str, Any] = st) -> str:
            for k, x in st.items():
                if k.startswith(prefix):
                    return f"{x['share_of_verify']:.0%}"
            return "–"

        print(
            f"| {b['quotes_indexed']:,} | {r['families']:,} × {r['variants_per_family']} | "
            f"{fmt_s(b['seconds'])} | {b['peak_rss_mb']:,.0f} MB | {v['p50_ms']:.2f} ms | "
            f"{v['p95_ms']:.2f} ms | {v['max_ms']:.1f} ms | {v['cpu_p50_ms']:.2f} ms | "
            f"{v['cpu_p95_ms']:.2f} ms | {v['loadavg_before_after'][0]:.1f} | {share('compare')} | "
            f"{share('QuoteIndex.candidates')} | {retrieval(r)} |"
        )


def retrieval(row: dict[str, Any]) -> str:
    r = row.get("retrieval")  # absent in results saved before it was measured
    return f"{r['cpu_p50_ms']:.2f} / {r['cpu_p95_ms']:.2f} ms" if r else "–"


# --------------------------------------------------------------------------- driver


def run_child(extra: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Run this script in a fresh interpreter with ``extra`` arguments; its JSON result."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--seed",
        str(args.seed),
        "--claims",
        str(args.claims),
        "--invented",
        str(args.invented),
        "--ratio-claims",
        str(args.ratio_claims),
        "--partial-claims",
        str(args.partial_claims),
        "--partial-sample",
        str(args.partial_sample),
        "--pair-sample",
        str(args.pair_sample),
        "--recall-block",
        str(args.recall_block),
        "--recall-check",
        str(args.recall_check),
        "--parse-runs",
        str(args.parse_runs),
        "--data",
        str(args.data),
        *extra,
    ]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(proc.stdout)


def machine_info() -> dict[str, Any]:
    from importlib import metadata  # noqa: PLC0415

    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "mem_available_gb": available_gb(),
        "loadavg_1_5_15": load,
        "packages": {
            d: v
            for d in ("quoteverify", "rapidfuzz", "regex", "attrs", "numpy")
            if (v := version(d))
        },
        "git_head": git_head(),
        "quoteverify_uncommitted": dirty_files(),
    }


# --------------------------------------------------------------------------- report


def fmt_s(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f} s"
    if x >= 1:
        return f"{x:.2f} s"
    return f"{x * 1e3:.1f} ms"


def print_report(res: dict[str, Any]) -> None:
    head = (
        "quotes",
        "build",
        "quotes/s",
        "RSS build",
        "verify p50",
        "p95",
        "ratio() p50",
        "x",
        "partial p50",
        "x",
        "group",
        "groups",
        "RSS group",
        "all-pairs (extrap.)",
        "x",
    )
    rows = []
    for s in res["sizes"]:
        b, v, g = s["build"], s["verify"], s["group"]
        rows.append(
            (
                f"{b['quotes_indexed']:,}",
                fmt_s(b["seconds"]),
                f"{b['quotes_per_s']:,.0f}",
                f"{b['peak_rss_mb']:,.0f} MB",
                f"{v['p50_ms']:.2f} ms",
                f"{v['p95_ms']:.2f} ms",
                f"{v['baseline_ratio']['p50_ms']:.1f} ms",
                f"{v['speedup_vs_ratio']:.1f}",
                f"{v['baseline_partial_ratio']['p50_ms']:,.0f} ms"
                + ("*" if v["baseline_partial_ratio"]["extrapolated"] else ""),
                f"{v['speedup_vs_partial_ratio']:,.0f}",
                fmt_s(g["median_s"]) + f" ({g['runs']})",
                f"{g['groups']:,}",
                f"{g['peak_rss_mb']:,.0f} MB",
                fmt_s(g["baseline_all_pairs"]["extrapolated_s"]),
                f"{g['speedup_vs_all_pairs']:,.0f}",
            )
        )
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
    print()
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
    print("x = baseline time / quoteverify time; * = timed on a sample, extrapolated linearly")
    rec = res.get("recall")
    if rec:
        print(
            f"\nrecall on {rec['quotes_indexed']:,} quotes: {rec['recall']:.4f}, "
            f"precision {rec['precision']:.4f} ({rec['co_grouped_pairs_both']:,} of "
            f"{rec['co_grouped_pairs_all_pairs']:,} all-pairs co-grouped pairs; blocked has "
            f"{rec['co_grouped_pairs_blocked']:,}); {rec['pairs_judged']:,} of "
            f"{rec['pairs_of_representatives']:,} pairs judged "
            f"({rec['pairs_sharing_a_word']:,} share a word); "
            f"{rec['dropped_pairs_that_link']} of {rec['dropped_pairs_checked']:,} dropped "
            f"pairs checked link"
        )
        print(
            f"largest group: blocked {rec['largest_group_blocked']}, all pairs "
            f"{rec['largest_group_all_pairs']}; all-pairs links that were not blocked "
            f"candidates, by shared content words: "
            f"{rec['links_not_blocked_candidates_by_shared_content_words']}, of which "
            f"{rec.get('links_not_blocked_candidates_same_utterance', '?')} join quotes of "
            f"one utterance"
        )
        t = rec.get("truth")
        if t:
            for k in ("blocked", "all_pairs"):
                print(
                    f"against the generator's utterances ({t['quotes_labelled']:,} quotes), "
                    f"{k}: precision {t[k]['precision']:.4f}, recall {t[k]['recall']:.4f}"
                )
    par = res.get("parse")
    if par:
        print()
        for p in par["inputs"]:
            print(
                f"parse {p['input']} ({p['chars']:,} chars): 1 worker "
                f"{p['workers_1']['mb_per_s']:.2f} MB/s, 2 workers "
                f"{p['workers_2']['mb_per_s']:.2f} MB/s, speedup {p['speedup_2_workers']:.2f}"
            )
        for note in par["notes"]:
            print(f"note: {note}")
    for note in res.get("notes", []):
        print(f"note: {note}")


# --------------------------------------------------------------------------- chart


def write_svg(res: dict[str, Any], path: Path) -> None:
    """A log-log chart of seconds against corpus size, as plain SVG text."""
    sizes = res["sizes"]
    n_of = [s["build"]["quotes_indexed"] for s in sizes]
    series = [
        ("build (parse + add)", "#1f77b4", [s["build"]["seconds"] for s in sizes]),
        ("variant_groups()", "#d62728", [s["group"]["median_s"] for s in sizes]),
        (
            "all pairs (extrapolated)",
            "#ff9896",
            [s["group"]["baseline_all_pairs"]["extrapolated_s"] for s in sizes],
        ),
        ("verify p50", "#2ca02c", [s["verify"]["p50_ms"] / 1e3 for s in sizes]),
        ("verify p95", "#98df8a", [s["verify"]["p95_ms"] / 1e3 for s in sizes]),
    ]
    targets = [
        ("group target", "#d62728", [(100_000, 5.0), (1_000_000, 90.0)]),
        ("verify p50 target", "#2ca02c", [(1_000_000, 0.005)]),
    ]
    xs = [*n_of, 1_000_000]
    ys = [y for _, _, ys_ in series for y in ys_ if y > 0]
    ys += [y for _, _, pts in targets for _, y in pts]
    chart = LogLogChart(xs, ys, width=720, height=460, margins=(70, 200, 20, 50))

    def label_s(e: int) -> str:
        v = 10.0**e
        if v >= 1:
            return f"{v:,.0f} s"
        if v >= 1e-3:
            return f"{v * 1e3:g} ms"
        return f"{v * 1e6:g} µs"

    chart.axes(
        x_label="corpus size (speech quotes), log scale",
        y_label="time, log scale",
        x_tick=lambda e: f"{10**e:,}",
        y_tick=label_s,
    )
    for name, colour, values in series:
        dash = ' stroke-dasharray="5 4"' if "extrapolated" in name else ""
        chart.series(name, list(zip(n_of, values, strict=True)), colour=colour, dash=dash)
    lx = chart.left + chart.pw
    for name, colour, pts in targets:
        for x, y in pts:
            cx, cy = chart.px(x), chart.py(y)
            chart.out.append(
                f'<path d="M{cx - 6:.1f},{cy - 6:.1f} L{cx + 6:.1f},{cy + 6:.1f} '
                f'M{cx - 6:.1f},{cy + 6:.1f} L{cx + 6:.1f},{cy - 6:.1f}" '
                f'stroke="{colour}" stroke-width="2"/>'
            )
        ly = chart.legend_y
        chart.out.append(
            f'<path d="M{lx + 18},{ly - 6} L{lx + 30},{ly + 6} '
            f'M{lx + 18},{ly + 6} L{lx + 30},{ly - 6}" '
            f'stroke="{colour}" stroke-width="2"/>'
            f'<text x="{lx + 42}" y="{ly + 4}">{name} (issue)</text>'
        )
        chart.legend_y += 20
    machine = res.get("machine", {})
    chart.note(f"{machine.get('date', '')[:10]}, {machine.get('cpu_count', '?')} CPUs")
    chart.write(path)


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sizes", default="10000,100000", help="corpus sizes in quotes, comma-separated"
    )
    ap.add_argument("--recall-size", type=int, default=20_000, help="quotes for recall (0: skip)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--claims", type=int, default=200, help="edited corpus quotes to verify")
    ap.add_argument("--invented", type=int, default=50, help="invented claims to verify")
    ap.add_argument("--ratio-claims", type=int, default=10, help="claims for the ratio baseline")
    ap.add_argument("--partial-claims", type=int, default=3, help="claims for partial_ratio")
    ap.add_argument(
        "--partial-sample", type=int, default=20_000, help="quotes partial_ratio is timed on"
    )
    ap.add_argument("--pair-sample", type=int, default=1_500, help="representatives, all pairs")
    ap.add_argument("--recall-block", type=int, default=1_000, help="cdist rows per block")
    ap.add_argument(
        "--recall-check", type=int, default=100_000, help="dropped pairs judged as a check"
    )
    ap.add_argument("--parse-runs", type=int, default=3)
    ap.add_argument("--no-parse", action="store_true", help="skip the parse MB/s measure")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of polnear-dev.jsonl")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="results JSON to write")
    ap.add_argument("--svg", default=str(DEFAULT_SVG), help="chart to write ('' for none)")
    ap.add_argument(
        "--chart-only",
        nargs="*",
        type=Path,
        metavar="JSON",
        help="only redraw --svg, from these results files (default: --json), sizes merged",
    )
    # internal: one measure in a fresh process, JSON on stdout
    ap.add_argument("--worker-size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--worker-recall", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--worker-parse", type=int, help=argparse.SUPPRESS)
    ap.add_argument(
        "--realistic",
        default="",
        help="only the realistic verify mode, at these sizes (quotes, comma-separated): "
        "real sentences in families of edited copies",
    )
    ap.add_argument("--variants", type=int, default=40, help="copies per family (--realistic)")
    ap.add_argument("--profile-claims", type=int, default=100, help="claims profiled with cProfile")
    ap.add_argument("--worker-realistic", type=int, help=argparse.SUPPRESS)
    ap.add_argument(
        "--ab",
        action="store_true",
        help="--realistic: also verify each claim with the retrieval of before issue 13 (A/B)",
    )
    ap.add_argument(
        "--ab-bound",
        action="store_true",
        help="--realistic: also verify each claim with the find() of before prune.QueryBound "
        "(could_link on prepared candidates), in turn with today's (A/B, CPU time)",
    )
    ap.add_argument(
        "--ab-find",
        action="store_true",
        help="--realistic: also verify each claim with the find() of before the index kept "
        "its quotes prepared (every candidate normalised and aligned) and today's (A/B)",
    )
    return ap.parse_args(argv)


def main_realistic(args: argparse.Namespace) -> int:
    """``--realistic SIZES``: each size in its own subprocess; JSON to ``--json``."""
    if args.json == DEFAULT_JSON:
        args.json = DEFAULT_JSON.with_name("scale-realistic.json")
    res: dict[str, Any] = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "machine": machine_info(),
        "realistic": [],
        "notes": [],
    }
    for n in (int(x) for x in args.realistic.split(",") if x.strip()):
        print(f"realistic {n:,} quotes ...", file=sys.stderr, flush=True)
        res["realistic"].append(
            run_child(
                [
                    "--worker-realistic",
                    str(n),
                    "--variants",
                    str(args.variants),
                    "--profile-claims",
                    str(args.profile_claims),
                    *(["--ab"] if args.ab else []),
                    *(["--ab-find"] if args.ab_find else []),
                    *(["--ab-bound"] if args.ab_bound else []),
                ],
                args,
            )
        )
    res["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    print_realistic(res["realistic"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker_size:
        print(json.dumps(bench_size(args)))
        return 0
    if args.worker_recall:
        print(json.dumps(bench_recall(args)))
        return 0
    if args.worker_parse:
        print(json.dumps(bench_parse_workers(args)))
        return 0
    if args.worker_realistic:
        print(json.dumps(bench_realistic(args)))
        return 0
    if args.realistic:
        return main_realistic(args)
    if args.chart_only is not None:
        merged: dict[str, Any] = {"sizes": []}
        for path in args.chart_only or [args.json]:
            part = json.loads(path.read_text(encoding="utf-8"))
            merged["sizes"].extend(part["sizes"])
            merged.setdefault("machine", part.get("machine", {}))
        merged["sizes"].sort(key=lambda s: s["build"]["quotes_indexed"])
        write_svg(merged, Path(args.svg))
        print(f"wrote {args.svg}")
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    notes: list[str] = []
    res: dict[str, Any] = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "machine": machine_info(),
        "sizes": [],
        "notes": notes,
    }
    started = time.perf_counter()
    for n in sizes:
        if n >= 1_000_000:
            free = available_gb()
            if free is not None and free < MIN_FREE_GB_1M:
                notes.append(f"{n} quotes skipped: {free:.1f} GB available, < {MIN_FREE_GB_1M}")
                continue
        print(f"size {n:,} quotes ...", file=sys.stderr, flush=True)
        res["sizes"].append(run_child(["--worker-size", str(n)], args))
    if args.recall_size:
        print(f"recall on {args.recall_size:,} quotes ...", file=sys.stderr, flush=True)
        res["recall"] = run_child(["--worker-recall", str(args.recall_size)], args)
    if not args.no_parse and sizes:
        print("parse MB/s, 1 and 2 workers ...", file=sys.stderr, flush=True)
        res["parse"] = run_child(["--worker-parse", str(min(sizes))], args)
    res["total_s"] = time.perf_counter() - started
    res["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    print_report(res)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    if args.svg and res["sizes"]:
        write_svg(res, Path(args.svg))
        print(f"wrote {args.svg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
