"""Draw the PolNeAR quotes whose gold source names nobody, for annotation.

PolNeAR's gold source is the mention as printed. This picks the speech quotes whose
mention is a pronoun (every word a pronoun of the scorer's list) or a descriptor
(no name in it: ``gold_name`` finds none), a fixed rule on the mention's words
alone, then samples them with a fixed seed: at most ``--per-article`` per article,
articles in a shuffled order until ``--size`` quotes are drawn. It prints a
worksheet (the text before each quote, for a person to read) to stdout; keep it
out of the project. The gold file made from it holds offsets and names only
(``benchmarks/coref_gold/``).

    python benchmarks/coref_sample.py ../shared/data/polnear-train.jsonl > /tmp/sheet.txt

A second draw (h32-desc) added descriptors of the *fit* half only, leaving out the
quotes the gold file already holds:

    git show c317286^:benchmarks/coref_gold/polnear-train.tsv > /tmp/gold-before.tsv
    python benchmarks/coref_sample.py ../shared/data/polnear-train.jsonl --half fit \
        --type descriptor --exclude /tmp/gold-before.tsv \
        --seed 32 --per-article 2 --size 110 > /tmp/sheet.txt
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Iterator, Mapping
from typing import Any

from coref_check import half

from quoteverify.surfaces.evaluate import _PRONOUNS, _words, gold_name, read_gold


def mention_type(mention: str) -> str | None:
    """``pronoun``, ``descriptor`` or None (the mention holds a name)."""
    words = _words(mention)
    if not words:
        return None
    if all(w in _PRONOUNS for w in words):
        return "pronoun"
    if gold_name(mention) is None:
        return "descriptor"
    return None


def eligible(doc: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], str]]:
    """The gold speech quotes of ``doc`` whose source names nobody, with the type."""
    for q in doc["quotes"]:
        if q.get("kind") == "non_speech" or not q.get("speaker"):
            continue
        if q.get("speaker_start") is None:
            continue
        kind = mention_type(q["speaker"])
        if kind is not None:
            yield q, kind


def sample(path: str, *, seed: int, per_article: int, size: int) -> list[tuple[Any, ...]]:
    """(doc_id, quote, type) rows, drawn reproducibly; each article's in text order."""
    rng = random.Random(seed)
    docs = [(d["doc_id"], list(eligible(d))) for d in read_gold(path)]
    docs = [(i, qs) for i, qs in docs if qs]
    rng.shuffle(docs)
    rows: list[tuple[Any, ...]] = []
    for doc_id, qs in docs:
        if len(rows) >= size:
            break
        picked = rng.sample(qs, min(per_article, len(qs)))
        picked.sort(key=lambda p: p[0]["start"])
        rows.extend((doc_id, q, kind) for q, kind in picked)
    return rows


def sample_half(
    path: str,
    *,
    which: str,
    kind: str,
    exclude: set[tuple[str, int]],
    seed: int,
    per_article: int,
    size: int,
) -> list[tuple[Any, ...]]:
    """Like ``sample``, from the articles of one half, quotes of one type not in ``exclude``.

    Every article of the half is shuffled (those with no quote to draw included), then
    read in that order until ``size`` quotes are drawn.
    """
    rng = random.Random(seed)
    docs = [d for d in read_gold(path) if half(d["doc_id"]) == which]
    rng.shuffle(docs)
    rows: list[tuple[Any, ...]] = []
    for d in docs:
        if len(rows) >= size:
            break
        qs = [
            (q, k) for q, k in eligible(d) if k == kind and (d["doc_id"], q["start"]) not in exclude
        ]
        if not qs:
            continue
        picked = rng.sample(qs, min(per_article, len(qs)))
        picked.sort(key=lambda p: p[0]["start"])
        rows.extend((d["doc_id"], q, k) for q, k in picked)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--per-article", type=int, default=3)
    ap.add_argument("--size", type=int, default=260)
    ap.add_argument("--context", type=int, default=900, help="characters shown before a quote")
    ap.add_argument("--half", choices=("fit", "check"), help="draw from one half's articles only")
    ap.add_argument("--type", default="descriptor", help="with --half: the mention type drawn")
    ap.add_argument("--exclude", help="with --half: a gold TSV whose quotes are not drawn again")
    args = ap.parse_args(argv)
    texts = {d["doc_id"]: d["text"] for d in read_gold(args.path)}
    if args.half:
        exclude: set[tuple[str, int]] = set()
        if args.exclude:
            with open(args.exclude, encoding="utf-8", newline="") as f:
                rows_in = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                exclude = {(r["doc_id"], int(r["quote_start"])) for r in rows_in}
        rows = sample_half(
            args.path,
            which=args.half,
            kind=args.type,
            exclude=exclude,
            seed=args.seed,
            per_article=args.per_article,
            size=args.size,
        )
    else:
        rows = sample(args.path, seed=args.seed, per_article=args.per_article, size=args.size)
    for n, (doc_id, q, kind) in enumerate(rows):
        text = texts[doc_id]
        lo = max(0, min(q["start"], q["speaker_start"]) - args.context)
        hi = max(q["end"], q["speaker_end"])
        snippet = text[lo:hi].replace("\n", " / ")
        offsets = [q["start"], q["end"], q["speaker_start"], q["speaker_end"]]
        fields = [f"## {n}", doc_id, *map(str, offsets), kind, repr(q["speaker"])]
        print("\t".join(fields))
        print(f"TITLE: {text[:120].splitlines()[0]}")
        print(snippet)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
