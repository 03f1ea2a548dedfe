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

With ``--sklearn`` (scikit-learn installed by hand: it is no dependency, not
even an optional one) it also fits the same features with scikit-learn's
``LogisticRegression`` on pairs of candidates (the right one against each wrong
one, as a difference, no intercept: the usual way to fit a ranker with a binary
classifier) and prints both fits' CPU time and their share of test quotes
whose chosen candidate is right, to show whether fitting needs a library.

Usage (from the repository root; fit on train, score on dev, never wikinews)::

    python benchmarks/bench_ranker.py --train ../shared/data/polnear-train.jsonl \\
        --test ../shared/data/polnear-dev.jsonl [--weights W.json] [--save W.json] [--sklearn]
"""

from __future__ import annotations

import argparse
import functools
import time
from typing import Any

from quoteverify import Config, parse
from quoteverify.speakers.ranker import (
    Example,
    choose_by_weights,
    fit,
    gold_choices,
    training_examples,
)
from quoteverify.speakers.rules import by_priority
from quoteverify.surfaces.evaluate import evaluate, read_gold
from quoteverify.weights import Weights, load_weights


def _chosen_right(choices: list[tuple[list[Any], int]], config: Config) -> float:
    """The share of quotes with a choice whose chosen candidate is the right one."""
    weights = config.attribution_weights
    choose = choose_by_weights(weights) if weights is not None else by_priority
    right = sum(choose(found) is found[index] for found, index in choices)
    return right / len(choices) if choices else 0.0


def _fit_sklearn(examples: list[Example], c: float) -> Weights:
    """The weights scikit-learn's logistic regression fits on pairs of candidates."""
    from scipy import sparse  # noqa: PLC0415 - only with --sklearn
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    vec = DictVectorizer()
    vec.fit(dict.fromkeys(names, 1.0) for cands, _ in examples for names in cands)
    diffs, labels = [], []
    for cands, right in examples:
        x = vec.transform([dict.fromkeys(names, 1.0) for names in cands])
        for i in range(len(cands)):
            if i != right:
                diffs += [x[right] - x[i], x[i] - x[right]]
                labels += [1, 0]
    model = LogisticRegression(C=c, max_iter=1000, fit_intercept=False)
    model.fit(sparse.vstack(diffs), labels)
    names = vec.get_feature_names_out()
    return Weights(
        values={str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True) if w},
        description=f"scikit-learn LogisticRegression on candidate pairs, C={c}",
    )


def _right_share(weights: Weights, examples: list[Example]) -> float:
    """The share of ``examples`` whose best-scored candidate (ties: the first) is right."""
    right = 0
    for cands, index in examples:
        scores = [sum(weights.values.get(n, 0.0) for n in names) for names in cands]
        right += max(range(len(cands)), key=lambda i: (scores[i], -i)) == index
    return right / len(examples) if examples else 0.0


def _compare_fits(train: list[Example], test: list[Example], weights: Weights) -> Weights:
    """Print the pure-Python fit beside scikit-learn's; return scikit-learn's weights."""
    t0 = time.process_time()
    fit(train, epochs=10, seed=0)
    ours = time.process_time() - t0
    t0 = time.process_time()
    theirs = _fit_sklearn(train, 1.0)
    sk_cpu = time.process_time() - t0
    print(f"{'fit':<28} {'cpu s':>6} {'train':>7} {'test':>7}   (chosen candidate right)")
    for name, w, cpu in (
        ("pure Python, softmax SGD", weights, ours),
        ("scikit-learn, pairs, C=1", theirs, sk_cpu),
    ):
        print(f"{name:<28} {cpu:6.2f} {_right_share(w, train):7.4f} {_right_share(w, test):7.4f}")
    return theirs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", help="gold JSONL to fit on (unless --weights)")
    ap.add_argument("--test", required=True, help="gold JSONL to score on")
    ap.add_argument("--weights", help="a weights file to score instead of fitting")
    ap.add_argument("--save", help="write the fitted weights here")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sklearn", action="store_true", help="also fit with scikit-learn and compare")
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
    configs = [("by_priority", Config()), ("weights", Config(attribution_weights=weights))]
    if args.sklearn:
        if args.weights:
            ap.error("--sklearn fits: give --train, not --weights")
        test_examples = list(training_examples(docs))
        theirs = _compare_fits(examples, test_examples, weights)
        configs.append(("scikit-learn", Config(attribution_weights=theirs)))
    rows = []
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
