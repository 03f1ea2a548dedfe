#!/usr/bin/env python
"""How many of a claim's candidates are word-for-word copies of another: counted, not timed.

On the realistic corpus of ``bench_scale --realistic`` (real sentences in families of
edited copies), each claim of ``bench_scale.realistic_claims`` is verified once while
``Corpus.find``'s steps are counted as they happen: the quotes retrieval returns
(``QuoteIndex.candidates``), the candidates the bound is asked about
(``QueryBound.allows``: those left after the overlap cut), how many distinct word-id
lists they hold, how many the bound allows (and their distinct word-id lists), and the
distinct texts aligned (``QuoteIndex.prepared``). What runs once per distinct word-id
list (the bound's tests, the alignment) or per distinct text (the labelling of edits)
is shared already; what runs per candidate is what a store of distinct entries would
save. Counts do not move with the machine's load, unlike timings.

Each claim's CPU time is recorded too, only to pick the claims of median cost (between
the 35th and 65th percentile), whose mean counts are printed beside those of all claims
(that band is picked by timings, so its means move a little from run to run).

    python benchmarks/count_copies.py --realistic 1000000 --cache /tmp/verify-corpus1M.pkl

``--cache FILE`` reads (or writes) the corpus pickle of ``ab_verify.py --cache``.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import ab_verify
import bench_scale

from quoteverify import Corpus
from quoteverify.article import iter_parse
from quoteverify.matching.index import QuoteIndex
from quoteverify.matching.prune import QueryBound

COUNTS = ("retrieved", "asked", "asked_lists", "allowed", "allowed_lists", "aligned_texts")


def _corpus(n: int, variants: int, data: Path, seed: int, cache: Path | None) -> Corpus:
    if cache is not None and cache.exists():
        corpus: Corpus = ab_verify._Renamed(cache.read_bytes(), "quoteverify").load()
        return corpus
    sentences, _ = bench_scale.real_sentences(data, max(1, n // variants), seed)
    corpus = Corpus()
    for article in iter_parse(bench_scale.realistic_texts(sentences, variants, seed), workers=1):
        corpus.add_article(article)
    if cache is not None:
        cache.write_bytes(pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL))
    return corpus


@contextmanager
def counting() -> Iterator[dict[str, Any]]:
    """Patch find's steps to record what they see (restored on exit)."""
    seen: dict[str, Any] = {}
    originals = (QuoteIndex.candidates, QueryBound.allows, QuoteIndex.prepared)

    def candidates(self: QuoteIndex, words: Any, *, limit: int = 100) -> list[int]:
        out = originals[0](self, words, limit=limit)
        seen["retrieved"] = seen.get("retrieved", 0) + len(out)
        return out

    def allows(self: QueryBound, qid: int, ids: Any = None) -> bool:
        ok = originals[1](self, qid, ids)
        key = self._index.word_ids(qid).tobytes()
        seen.setdefault("asked", []).append(key)
        if ok:
            seen.setdefault("allowed", []).append(key)
        return ok

    def prepared(self: QuoteIndex, qid: int, text: str) -> Any:
        seen.setdefault("aligned", set()).add(text)
        return originals[2](self, qid, text)

    patched: tuple[Callable[..., Any], ...] = (candidates, allows, prepared)
    for name, f in zip(("candidates", "allows", "prepared"), patched, strict=True):
        setattr(QuoteIndex if name != "allows" else QueryBound, name, f)
    try:
        yield seen
    finally:
        QuoteIndex.candidates, QueryBound.allows, QuoteIndex.prepared = originals  # type: ignore[method-assign]


def count_claim(corpus: Corpus, claim: str) -> tuple[float, dict[str, int]]:
    """Verify ``claim`` once; its CPU time and the counts of :data:`COUNTS`."""
    with counting() as seen:
        start = time.process_time()
        corpus.verify(claim)
        cpu = time.process_time() - start
    asked, allowed = seen.get("asked", []), seen.get("allowed", [])
    return cpu, {
        "retrieved": seen.get("retrieved", 0),
        "asked": len(asked),
        "asked_lists": len(set(asked)),
        "allowed": len(allowed),
        "allowed_lists": len(set(allowed)),
        "aligned_texts": len(seen.get("aligned", ())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ab_verify.corpus_arguments(ap)
    args = ap.parse_args(argv)
    if not (args.data / "polnear-train.jsonl").exists():
        print(f"note: {args.data} has no polnear-train.jsonl: nothing to count")
        return 0
    corpus = _corpus(args.realistic, args.variants, args.data, args.seed, args.cache)
    sentences, _ = bench_scale.real_sentences(
        args.data, max(1, args.realistic // args.variants), args.seed
    )
    claims = [
        c
        for _k, c in bench_scale.realistic_claims(sentences, args.claims, args.invented, args.seed)
    ]
    corpus.verify("warm up the parser and the lexicons")
    rows = [count_claim(corpus, c) for c in claims]
    order = sorted(range(len(rows)), key=lambda i: rows[i][0])
    band = order[int(0.35 * len(order)) : int(0.65 * len(order))] or order

    def means(sel: list[int]) -> dict[str, float]:
        return {k: round(statistics.mean(rows[i][1][k] for i in sel), 1) for k in COUNTS}

    out = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "quotes_indexed": len(corpus.index),
        "claims": len(claims),
        "median_claims": means(band),
        "all_claims": means(order),
    }
    ab_verify.report(out, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
