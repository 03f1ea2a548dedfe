"""Grouping's shortcuts give what the plain reading gives.

Each test pins one equivalence a faster step of ``matching.groups`` relies on:
the candidate pairs read from blocks decided once per key are the pairs the
plain blocking finds; a link recorded once is what judging the pair again
gives (either way round); a pair whose longer side lacks the shorter's content
words is one relate_words leaves unrelated (and both bounds read together are
each read alone); the may-link bound read from a table per length is the one
decision's bound; the informative overlap adds the same floats in the same
order, and negations and numbers compared sorted differ exactly when their
counts do; the function words of a vocabulary read in one call are those each
word gives on its own.
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter
from collections.abc import Callable, Hashable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Corpus
from quoteverify.lexicons import load
from quoteverify.matching import groups
from quoteverify.matching.compare import (
    THRESHOLDS,
    _sensitive_differ,
    informative_overlap,
    relate_words,
)
from quoteverify.matching.groups import (
    Grouping,
    judge_pair,
    may_link,
    may_share,
    pair_keys,
    variant_groups,
    word_classes_of,
)
from quoteverify.model import Relation
from quoteverify.synthetic import synthetic_articles
from quoteverify.text.normalize import GAP, Word, content_words

# Copies of a few statements with words changed, some printed twice word for word
# (copies that are not representatives), sharing words and pairs among many quotes.
_WORDS = ["the", "ferry", "will", "not", "close", "before", "summer", "harbour", "old", "a", "4"]


def _corpus_of(statements: list[list[str]]) -> Corpus:
    corpus = Corpus()
    for i, words in enumerate(statements):
        corpus.add(f"“{' '.join(words)},” Lee said.", doc_id=f"d{i}")
    return corpus


def _synthetic(articles: int, seed: int) -> Corpus:
    corpus = Corpus()
    corpus.add_many(synthetic_articles(articles, seed=seed))
    return corpus


def _plain_candidates(grouping: Grouping) -> set[tuple[int, int]]:
    """The candidates of the blocking over representatives' own keys (no index)."""
    index = grouping._index
    grouping._index = None
    try:
        return set(grouping.candidates())
    finally:
        grouping._index = index


@pytest.mark.parametrize("cap", [2, 3, 64])
@pytest.mark.parametrize("seed", [3, 8])
def test_indexed_candidates_are_the_plain_blocking(
    cap: int, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small cap makes most lists long: filtered to representatives, or dropped.
    monkeypatch.setattr(groups, "BLOCK_CAP", cap)
    corpus = _synthetic(150, seed)
    # the first articles again, under new ids: copies, which are not representatives
    corpus.add_many((f"again-{i}", text) for i, text in synthetic_articles(40, seed=seed))
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    indexed = list(grouping.candidates())
    assert len(indexed) == len(set(indexed))
    assert all(r < v for r, v in indexed)
    assert set(indexed) == _plain_candidates(grouping)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), min_size=2, max_size=9))
def test_indexed_candidates_are_the_plain_blocking_on_drawn_quotes(
    statements: list[list[str]],
) -> None:
    corpus = _corpus_of(statements)
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    assert set(grouping.candidates()) == _plain_candidates(grouping)


@given(st.lists(st.integers(0, 2**32 - 1), max_size=12))
def test_pair_keys_are_the_adjacent_pairs(ids: list[int]) -> None:
    expected = {a | b << 32 for a, b in itertools.pairwise(ids)}
    assert pair_keys(array("I", ids)) == expected


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8), min_size=2, max_size=6))
def test_judge_pair_is_the_same_either_way_round(statements: list[list[str]]) -> None:
    corpus = _corpus_of(statements)
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    reps = grouping.representatives
    for i, r in enumerate(reps):
        for v in reps[i + 1 :]:
            assert judge_pair(grouping, r, v) == judge_pair(grouping, v, r)


def _linked(corpus: Corpus) -> Grouping:
    """A grouping with every candidate pair judged and its links recorded."""
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    for r, v in grouping.candidates():
        link = judge_pair(grouping, r, v)
        if link is not None:
            grouping.link(r, v, link)
    return grouping


def test_recorded_links_are_what_judging_again_gives() -> None:
    corpus = _synthetic(200, 6)
    grouping = _linked(corpus)
    assert grouping._links
    for key, link in grouping._links.items():
        r, v = key >> 32, key & 0xFFFFFFFF
        assert judge_pair(grouping, r, v) == link
        assert grouping.judged(v, r) is link


def test_groups_read_from_recorded_links_are_the_groups_judged_afresh() -> None:
    corpus = _synthetic(200, 6)
    grouping = _linked(corpus)
    recorded = grouping.groups()
    grouping._links.clear()  # every pair of the star split judged again
    assert grouping.groups() == recorded
    assert variant_groups(corpus.index, corpus.indexed_quotes()) == recorded


@pytest.mark.parametrize("shorter", range(1, 60))
def test_the_bound_per_length_is_the_decision_bound(shorter: int) -> None:
    assert groups._least_common(shorter) == THRESHOLDS.min_common(shorter) - 1 / 7 - 1e-9


_VOCAB = ["we", "will", "not", "the", "talks", "peace", "meet", "soon", "4", "lee", "of", "a"]
_STOP = frozenset({"we", "will", "the", "of", "a"})


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=10),
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=10),
)
def test_may_share_never_rules_out_a_link_relate_words_makes(a: list[str], b: list[str]) -> None:
    relation, _score, _meaning = relate_words(a, b, stop=_STOP, sensitive={"not", "4"})
    if relation is not Relation.UNRELATED:
        assert may_share(a, b, _STOP), (a, b, relation)


def _overlap_by_generators(
    a: list[str], b: list[str], weight: Callable[[Hashable], float]
) -> tuple[float, float]:
    """informative_overlap as first written (sums over generators), no interior."""
    ca, cb = Counter(a), Counter(b)
    wa = sum(weight(x) * n for x, n in ca.items())
    wb = sum(weight(x) * n for x, n in cb.items())
    if min(wa, wb) <= 0.0:
        return 1.0, 1.0 if max(wa, wb) <= 0.0 else 0.0
    shared = sum(weight(x) * n for x, n in (ca & cb).items())
    return min(1.0, shared / min(wa, wb)), 2.0 * shared / (wa + wb)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_VOCAB), max_size=12),
    st.lists(st.sampled_from(_VOCAB), max_size=12),
    st.lists(st.floats(0.0, 20.0), min_size=len(_VOCAB), max_size=len(_VOCAB)),
)
def test_informative_overlap_adds_the_same_floats(
    a: list[str], b: list[str], weights: list[float]
) -> None:
    table: dict[Hashable, float] = dict(zip(_VOCAB, weights, strict=True))
    weight = table.__getitem__
    assert informative_overlap(a, b, weight) == _overlap_by_generators(a, b, weight)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_VOCAB), max_size=12),
    st.lists(st.sampled_from(_VOCAB), max_size=12),
)
def test_sensitive_words_differ_as_their_counts_do(a: list[str], b: list[str]) -> None:
    sensitive = {"not", "4", "soon"}
    counted = Counter(w for w in a if w in sensitive) != Counter(w for w in b if w in sensitive)
    assert _sensitive_differ(a, b, sensitive) is counted
    ids = {w: i for i, w in enumerate(_VOCAB)}
    as_ids = {ids[w] for w in sensitive}
    assert _sensitive_differ([ids[w] for w in a], [ids[w] for w in b], as_ids) is counted
    # words that do not order among themselves are counted instead
    mixed = [3 if w == "4" else w for w in a]
    mixed_b = [3 if w == "4" else w for w in b]
    assert _sensitive_differ(mixed, mixed_b, {"not", 3, "soon"}) is counted


def _classes_word_by_word(norms: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """word_classes_of as first written: each distinct word tested on its own."""
    negations = load("negations") | {"not"}
    stop = {w for w in set(norms) if not content_words([Word(w, 0, 0)])}
    sensitive = {w for w in set(norms) if w in negations or any(c.isdigit() for c in w)}
    return frozenset(stop), frozenset(sensitive)


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from([*_VOCAB, GAP, "never", "no", "2nd", "x4y", "ferry", "ourselves", ""]),
        max_size=15,
    )
)
def test_word_classes_read_together_are_the_classes_word_by_word(norms: list[str]) -> None:
    assert word_classes_of(norms) == _classes_word_by_word(norms)


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12),
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12),
)
def test_one_reading_of_shared_words_is_both_bounds(a: list[str], b: list[str]) -> None:
    assert groups._may_relate(a, b, _STOP) is (may_link(a, b) and may_share(a, b, _STOP))
