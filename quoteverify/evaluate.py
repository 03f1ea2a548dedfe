"""Measure the parser against annotated data (PolNeAR, PDNC, or your own gold JSONL).

A gold file has one document per line: ``{"doc_id", "text", "quotes": [...]}``,
each quote with ``start`` and ``end`` character offsets *including* its marks.

Span recall counts a gold quote as found when a predicted quote has the same
boundaries once quote marks, surrounding punctuation and spaces are stripped
from both ("exact"), or covers at least half of it ("overlap"). Precision is the
same from the predicted side; ``speech_precision`` restricts the predictions to
those the parser calls speech (direct or partial), which is the fair measure on
corpora such as PolNeAR that annotate only attributed quotes.

>>> gold = [{"doc_id": "d", "text": 'He said "yes" and left.',
...          "quotes": [{"start": 8, "end": 13}]}]
>>> scores = evaluate_spans(gold)
>>> scores.exact_recall, scores.gold
(1.0, 1)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .article import parse
from .errors import InputFormatError
from .model import Article

__all__ = ["SpanScores", "evaluate_spans", "read_gold"]

_STRIP = frozenset(" \t\r\n\u00a0\"'“”‘’«»„‚‹›「」『』`.,;:!?-—–…()[]")


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past marks, punctuation and spaces at both ends."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@attrs.frozen(kw_only=True)
class SpanScores:
    """Span recall and precision over a gold corpus, with the counts behind them."""

    documents: int
    gold: int
    predicted: int
    predicted_speech: int
    exact_found: int
    overlap_found: int
    exact_correct: int
    overlap_correct: int
    speech_correct: int
    speech_found: int

    @property
    def exact_recall(self) -> float:
        """Share of gold quotes found with the same boundaries."""
        return self.exact_found / self.gold if self.gold else 1.0

    @property
    def overlap_recall(self) -> float:
        """Share of gold quotes at least half covered by a predicted quote."""
        return self.overlap_found / self.gold if self.gold else 1.0

    @property
    def speech_recall(self) -> float:
        """Share of gold quotes found (overlap) by a quote the parser calls speech."""
        return self.speech_found / self.gold if self.gold else 1.0

    @property
    def exact_precision(self) -> float:
        """Share of predicted quotes that are gold quotes, same boundaries."""
        return self.exact_correct / self.predicted if self.predicted else 1.0

    @property
    def overlap_precision(self) -> float:
        """Share of predicted quotes that overlap a gold quote by half."""
        return self.overlap_correct / self.predicted if self.predicted else 1.0

    @property
    def speech_precision(self) -> float:
        """Share of predicted *speech* quotes (direct, partial) that are gold quotes."""
        return self.speech_correct / self.predicted_speech if self.predicted_speech else 1.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and ratios as a flat JSON-safe dict."""
        out: dict[str, float | int] = dict(attrs.asdict(self))
        for name in (
            "exact_recall",
            "overlap_recall",
            "speech_recall",
            "exact_precision",
            "overlap_precision",
            "speech_precision",
        ):
            out[name] = round(getattr(self, name), 4)
        return out


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the documents of a gold JSONL file, with a clear error on a bad line."""
    name = str(path)
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputFormatError(
                    f"not valid JSON ({err.msg})", source=name, line=number
                ) from None
            if (
                not isinstance(doc, dict)
                or not isinstance(doc.get("text"), str)
                or not (isinstance(doc.get("quotes"), list))
            ):
                raise InputFormatError(
                    'a gold record needs "text" (str) and "quotes" (list)', source=name, line=number
                )
            yield doc


def evaluate_spans(
    documents: Iterable[Mapping[str, Any]],
    *,
    parser: Callable[[str], Article] = parse,
    gold_filter: Callable[[Mapping[str, Any]], bool] | None = None,
) -> SpanScores:
    """Score ``parser`` on gold ``documents`` (dicts as read by :func:`read_gold`).

    ``gold_filter`` keeps only the gold quotes it returns True for (for example
    PDNC's Explicit quotes); predictions are scored against the kept ones.
    """
    n_docs = gold_total = predicted = predicted_speech = 0
    exact_found = overlap_found = exact_correct = overlap_correct = speech_correct = 0
    speech_found = 0
    for doc in documents:
        n_docs += 1
        text = doc["text"]
        gold = [
            _core(text, q["start"], q["end"])
            for q in doc["quotes"]
            if gold_filter is None or gold_filter(q)
        ]
        gold = [g for g in gold if g[0] < g[1]]
        article = parser(text)
        pred = [(_core(text, q.start, q.end), q.is_speech) for q in article.quotes]
        pred = [(p, s) for p, s in pred if p[0] < p[1]]
        gold_total += len(gold)
        predicted += len(pred)
        predicted_speech += sum(1 for _, s in pred if s)
        exact_pred = {p for p, _ in pred}
        exact_gold = set(gold)
        exact_found += sum(1 for g in gold if g in exact_pred)
        for g in gold:
            hits = [s for p, s in pred if 2 * _overlap(g, p) >= g[1] - g[0]]
            overlap_found += bool(hits)
            speech_found += any(hits)
        for p, speech in pred:
            if p in exact_gold:
                exact_correct += 1
            hit = any(2 * _overlap(g, p) >= p[1] - p[0] for g in gold)
            overlap_correct += hit
            speech_correct += hit and speech
    return SpanScores(
        documents=n_docs,
        gold=gold_total,
        predicted=predicted,
        predicted_speech=predicted_speech,
        exact_found=exact_found,
        overlap_found=overlap_found,
        exact_correct=exact_correct,
        overlap_correct=overlap_correct,
        speech_correct=speech_correct,
        speech_found=speech_found,
    )
