"""List the quotes whose kind disagrees with a gold file, with their context.

For each predicted quote of each article this finds the gold kind: the kind of
the gold quote it overlaps most, or ``non_gold`` when it overlaps none (PolNeAR
annotates only quotes in attribution relations, so such a string is non-speech
by its conventions). It prints a table of (predicted, gold) counts, the reasons
behind each disagreement, and up to ``--show`` examples of a chosen pair, each
with the 200 characters around the quote. A work list for the rules of
``quoteverify.text.kinds``, to be read on training files only.

    python benchmarks/kind_misses.py ../shared/data/polnear-train.jsonl
    python benchmarks/kind_misses.py ../shared/data/polnear-train.jsonl \
        --pair partial:direct --show 40
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Mapping
from typing import Any

from quoteverify import parse
from quoteverify.surfaces.evaluate import _core, _overlap, read_gold


def _gold_kind(text: str, doc: Mapping[str, Any], p: tuple[int, int]) -> str:
    best, kind = 0, "non_gold"
    for q in doc["quotes"]:
        g = _core(text, q["start"], q["end"])
        o = _overlap(g, p)
        if 2 * o >= p[1] - p[0] and o > best:
            best, kind = o, q.get("kind") or "speech"
    return kind


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--pair", help="predicted:gold pair to show examples of")
    ap.add_argument("--reason", default="", help="only examples whose reason starts so")
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    pairs: Counter[tuple[str, str]] = Counter()
    reasons: Counter[tuple[str, str, str]] = Counter()
    examples: list[str] = []
    for doc in read_gold(args.path):
        text = doc["text"]
        for q in parse(text).quotes:
            p = _core(text, q.start, q.end)
            if p[0] >= p[1]:
                continue
            gold = _gold_kind(text, doc, p)
            predicted = q.kind.value
            pairs[predicted, gold] += 1
            reason = q.kind_reason.split("'")[0].split('"')[0].strip()
            reasons[predicted, gold, reason] += 1
            if args.pair == f"{predicted}:{gold}" and q.kind_reason.startswith(args.reason):
                ctx = text[max(0, q.outer_start - 100) : q.outer_end + 100]
                speaker = q.speaker.name if q.speaker else "-"
                examples.append(
                    f"[{predicted} / gold {gold}] {q.kind_reason} | {speaker}\n  "
                    + ctx.replace("\n", " ")
                )
    print("predicted   gold        count")
    for (predicted, gold), n in sorted(pairs.items()):
        print(f"{predicted:<11} {gold:<11} {n}")
    print("\nby reason: predicted kind, then the gold kinds of its quotes")
    by_reason: dict[tuple[str, str], Counter[str]] = {}
    for (predicted, gold, reason), n in reasons.items():
        by_reason.setdefault((predicted, reason), Counter())[gold] += n
    for (predicted, reason), golds in sorted(by_reason.items(), key=lambda kv: -kv[1].total()):
        spread = ", ".join(f"{g} {n}" for g, n in golds.most_common())
        print(f"{golds.total():5}  {predicted}: {reason[:60]}  ({spread})")
    random.Random(args.seed).shuffle(examples)
    for e in examples[: args.show]:
        print(e)


if __name__ == "__main__":
    main()
