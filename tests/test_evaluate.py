"""Accuracy on the real annotated corpora (skipped when ../shared is absent)."""

from __future__ import annotations

from quoteverify.evaluate import evaluate_spans, read_gold

from .conftest import shared_file


def test_polnear_dev_span_recall() -> None:
    scores = evaluate_spans(read_gold(shared_file("data", "polnear-dev.jsonl")))
    assert scores.gold == 918
    assert scores.exact_recall >= 0.97
    assert scores.overlap_recall >= 0.99


def test_pdnc_span_recall() -> None:
    scores = evaluate_spans(read_gold(shared_file("data", "pdnc-train.jsonl")))
    assert scores.exact_recall >= 0.97
    assert scores.overlap_recall >= 0.99


def test_scores_on_a_small_gold_set() -> None:
    docs = [
        {"text": 'A "one" and "two" here.', "quotes": [{"start": 2, "end": 7}]},
        {"text": "Nothing quoted.", "quotes": []},
    ]
    s = evaluate_spans(docs)
    assert (s.documents, s.gold, s.predicted) == (2, 1, 2)
    assert s.exact_recall == 1.0 and s.exact_precision == 0.5
