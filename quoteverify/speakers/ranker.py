"""A linear ranker over the attribution rules' candidates, and its fitting.

Every rule that fires on a quote proposes a :class:`.rules.Candidate`; a
ranker scores each by the sum of the weights of its features (:func:`features`:
the rule's name, the mention's kind, where it stands, binned distance, ...) and
keeps the best. :class:`Weights` (defined with the data model, in
:mod:`quoteverify.weights`, and exported here too) are plain data, read from
and written to JSON, so a user with annotated articles can refit them
(``quoteverify train``) and pass them to the parser as
``Config(attribution_weights=...)``.

Fitting (:func:`fit`) is a softmax logistic regression over each quote's
candidates, trained with seeded stochastic gradient descent in pure Python.

>>> w = Weights(values={"rule=after-quote": 2.0}, description="by hand")
>>> choose = choose_by_weights(w)
>>> from quoteverify.speakers.rules import candidates
>>> _quote, found = candidates("Ana Ruiz said, “We won,” the coach added.")[0]
>>> choose(found).found.mention.text
'the coach'
>>> Weights.from_json(w.to_json()) == w
True
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..weights import Weights

if TYPE_CHECKING:
    from .rules import Candidate, Choice

__all__ = [
    "choose_by_weights",
    "features",
    "fit",
    "gold_choices",
    "score",
    "training_examples",
]

_DISTANCE_BINS = (0, 2, 5, 15, 40, 100, 300)
_ORDER_BINS = 3


def _bin(value: float, edges: Sequence[float]) -> str:
    """The first edge ``value`` is at most, as text (``">LAST"`` above them all)."""
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def features(candidate: Candidate, order: int = 0) -> list[str]:
    """The names of the features a :class:`.rules.Candidate` has (each worth 1).

    ``order`` is the candidate's place among its quote's candidates in the
    table's order: the first (what :func:`.rules.by_priority` picks) has a
    feature of its own, so a ranker can learn to agree with the table.

    >>> from quoteverify.speakers.rules import candidates
    >>> _quote, found = candidates("“We won,” the coach said.")[0]
    >>> features(found[0])[:4]
    ['rule=after-quote', 'kind=descriptor', 'position=after', 'distance<=2']
    """
    kind = candidate.mention_kind.value if candidate.mention_kind is not None else "none"
    out = [
        f"rule={candidate.rule.name}",
        f"kind={kind}",
        f"position={candidate.position}",
        f"distance{_bin(candidate.distance, _DISTANCE_BINS)}",
        f"confidence{_bin(candidate.confidence, (0.5, 0.7, 0.8, 0.9))}",
        f"order={min(order, _ORDER_BINS)}",
        f"rule={candidate.rule.name}&position={candidate.position}",
    ]
    for name in ("same_sentence", "same_paragraph", "clause_start", "previous_speaker"):
        if getattr(candidate, name):
            out.append(name)
    return out


def score(weights: Weights, candidate: Candidate, order: int = 0) -> float:
    """The sum of the weights of ``candidate``'s :func:`features`."""
    values = weights.values
    return sum(values.get(name, 0.0) for name in features(candidate, order))


def choose_by_weights(weights: Weights) -> Choice:
    """A ``choose=`` function for :func:`.attribution.attribute`: the best-scored candidate.

    Ties go to the candidate first in the table; no candidates give ``None``.
    """

    def choose(found: Sequence[Candidate]) -> Candidate | None:
        best: Candidate | None = None
        best_score = -math.inf
        for order, candidate in enumerate(found):
            s = score(weights, candidate, order)
            if s > best_score:
                best, best_score = candidate, s
        return best

    return choose


Example = tuple[list[list[str]], int]
"""One quote for fitting: each candidate's feature names, and the index of the right one."""


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_choices(
    documents: Iterable[Mapping[str, Any]],
) -> Iterator[tuple[list[Candidate], int]]:
    """Each quote of gold ``documents`` (as :func:`.evaluate.read_gold` yields) with a choice.

    A gold quote is matched to the parsed quote with the same core (marks and
    edge punctuation stripped, as :func:`.evaluate.evaluate` does); the right
    candidate is the first whose mention overlaps the gold ``speaker_start`` /
    ``speaker_end``. Quotes with fewer than two candidates, or none right, teach
    a ranker nothing and are left out. Yields the candidates and the right one's index.
    """
    from ..surfaces.evaluate import _core  # noqa: PLC0415 - evaluate imports the parser
    from .rules import candidates  # noqa: PLC0415 - rules imports attribution

    for doc in documents:
        text = doc["text"]
        gold = {}
        for gq in doc["quotes"]:
            start, end = gq.get("speaker_start"), gq.get("speaker_end")
            if start is not None and end is not None and end > start:
                gold[_core(text, gq["start"], gq["end"])] = (start, end)
        if not gold:
            continue
        for quote, found in candidates(text):
            span = gold.get(_core(text, quote.start, quote.end))
            if span is None or len(found) < 2:
                continue
            right = [
                i
                for i, c in enumerate(found)
                if c.found.mention is not None
                and _overlaps((c.found.mention.start, c.found.mention.end), span)
            ]
            if right:
                yield found, right[0]


def training_examples(documents: Iterable[Mapping[str, Any]]) -> Iterator[Example]:
    """:func:`gold_choices` as :func:`fit` takes them: each candidate's feature names."""
    for found, right in gold_choices(documents):
        yield [features(c, i) for i, c in enumerate(found)], right


def fit(
    examples: Iterable[Example],
    *,
    epochs: int = 10,
    seed: int = 0,
    learning_rate: float = 0.1,
    l2: float = 1e-4,
    description: str = "",
) -> Weights:
    """Fit weights by softmax logistic regression over each quote's candidates.

    Plain stochastic gradient descent: the examples are shuffled with ``seed``
    each epoch and the step size decays as ``learning_rate / sqrt(epoch)``, so
    the same examples and seed give the same weights.

    >>> ex = [([["a"], ["b"]], 1)] * 5
    >>> w = fit(ex, epochs=5)
    >>> w.values["b"] > w.values["a"]
    True
    """
    data = list(examples)
    rng = random.Random(seed)
    w: dict[str, float] = {}
    for epoch in range(1, epochs + 1):
        rng.shuffle(data)
        rate = learning_rate / math.sqrt(epoch)
        for cands, right in data:
            scores = [sum(w.get(f, 0.0) for f in fs) for fs in cands]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            grad: dict[str, float] = {}
            for i, fs in enumerate(cands):
                g = exps[i] / total - (1.0 if i == right else 0.0)
                for f in fs:
                    grad[f] = grad.get(f, 0.0) + g
            for f, g in grad.items():
                old = w.get(f, 0.0)
                w[f] = old - rate * (g + l2 * old)
    return Weights(values={k: v for k, v in w.items() if v != 0.0}, description=description)
