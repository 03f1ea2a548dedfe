#!/usr/bin/env python
"""The attribution ranker against the hand-ordered choice, side by side.

Fits (or loads) ranker weights, then scores both choices of speaker
candidate on one gold file:

* ``by_priority``: the default, the candidate of the rule first in the table;
* ``weights``: :func:`quoteverify.speakers.ranker.choose_by_weights`.

For each it prints the strict and lenient speaker accuracy of
``quoteverify evaluate``, the share of the quotes with two or more candidates,
one of them right (its mention overlaps the gold one), where the chosen
candidate is that one, and the parse CPU time as a ratio of by_priority's.

Usage (from the repository root; fit on train, score on dev, never wikinews)::

    python benchmarks/bench_ranker.py --train ../shared/data/polnear-train.jsonl \\
        --test ../shared/data/polnear-dev.jsonl [--weights W.json] [--save W.json]
"""

from __future__ import annotations

import argparse
import functools
import time
from typing import Any

from quoteverify import Config, parse
from quoteverify.speakers.ranker import (
    choose_by_weights,
    fit,
    gold_choices,
    load_weights,
    training_examples,
)
from quoteverify.speakers.rules import by_priority
from quoteverify.surfaces.evaluate import evaluate, read_gold


def _chosen_right(choices: list[tuple[list[Any], int]], config: Config) -> float:
    """The share of quotes with a choice whose chosen candidate is the right one."""
    weights = config.attribution_weights
    choose = choose_by_weights(weights) if weights is not None else by_priority
    right = sum(choose(found) is found[index] for found, index in choices)
    return right / len(choices) if choices else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", help="gold JSONL to fit on (unless --weights)")
    ap.add_argument("--test", required=True, help="gold JSONL to score on")
    ap.add_argument("--weights", help="a weights file to score instead of fitting")
    ap.add_argument("--save", help="write the fitted weights here")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.weights:
        weights = load_weights(args.weights)
    else:
        if not args.train:
            ap.error("give --train or --weights")
        t0 = time.process_time()
        examples = list(training_examples(read_gold(args.train)))
        weights = fit(
            examples,
            epochs=args.epochs,
            seed=args.seed,
            description=f"fitted on {args.train} ({len(examples)} quotes with a choice), "
            f"{args.epochs} epochs, seed {args.seed}",
        )
        print(f"fitted on {len(examples)} quotes in {time.process_time() - t0:.1f} s CPU")
        if args.save:
            with open(args.save, "w", encoding="utf-8") as handle:
                handle.write(weights.to_json())
    docs = list(read_gold(args.test))
    choices = list(gold_choices(docs))
    rows = []
    configs = (("by_priority", Config()), ("weights", Config(attribution_weights=weights)))
    for name, config in configs:
        t0 = time.process_time()
        result = evaluate(docs, parser=functools.partial(parse, config=config))
        cpu = time.process_time() - t0
        rows.append((name, result.speakers, _chosen_right(choices, config), cpu))
    base_cpu = rows[0][3]
    print(f"{args.test}: {len(choices)} quotes with two or more candidates, one right")
    print(f"{'choice':<12} {'strict':>8} {'lenient':>8} {'chosen':>8} {'cpu':>6}")
    for name, s, chosen, cpu in rows:
        print(
            f"{name:<12} {s.strict_accuracy:8.4f} {s.accuracy:8.4f} {chosen:8.4f} "
            f"{cpu / base_cpu:6.2f}   (strict {s.strict_correct}/{s.strict_found}, "
            f"lenient {s.correct}/{s.found})"
        )


if __name__ == "__main__":
    main()
