"""The content-aware link (issue 13): words weighed by how informative they are.

A pair of quotes is *linked* (``Match.linked``, ``compare.match_links``) when
one prints the other (exact, fragment), when it is a paraphrase (which itself
needs shared informative content), or when it is a variant whose lighter side's
informative weight is mostly printed in the other. A shared frame of common
words ("we are proud of our ...") is not enough.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, compare
from quoteverify.lexicons import load_zipf
from quoteverify.matching.compare import (
    IDF_MIN_QUOTES,
    THRESHOLDS,
    idf_weights,
    informative_overlap,
    interior_substitutions,
    match_links,
    relate_words,
    window_printed,
    word_weight,
)
from quoteverify.matching.groups import Grouping, weight_table
from quoteverify.matching.index import QuoteIndex
from quoteverify.model import Relation

_WORDS = [
    "we", "are", "proud", "of", "our", "nurses", "record", "on", "taxes", "the",
    "will", "never", "trust", "polls", "referee", "harbour", "ferry", "safe", "not",
]  # fmt: skip
_sentences = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10).map(" ".join)


def test_common_words_weigh_less_than_rare_ones() -> None:
    assert word_weight("the") == 0.0  # a function word
    assert word_weight("proud") < word_weight("nurses") < word_weight("zelenskyy")
    assert word_weight("zelenskyy") > max(word_weight(w) for w in ("proud", "taxes", "ferry"))
    zipf = load_zipf()
    assert zipf["the"] > zipf["harbour"] > 0  # the shipped background table


def test_idf_weights_fall_as_words_get_common() -> None:
    w = idf_weights([1, 10, 100, 1000], 1000)
    assert w == sorted(w, reverse=True)
    assert w[0] == math.log(1001 / 1.5)
    assert w[-1] < 0.001  # a word in every quote says (almost) nothing


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_WORDS)), st.lists(st.sampled_from(_WORDS)))
def test_informative_overlap_is_symmetric_and_a_share(a: list[str], b: list[str]) -> None:
    one = informative_overlap(a, b, word_weight)
    assert one == pytest.approx(informative_overlap(b, a, word_weight))
    assert all(0.0 <= x <= 1.0 + 1e-9 for x in one)
    assert informative_overlap(a, list(reversed(a)), word_weight) == pytest.approx((1.0, 1.0))


def test_a_shared_frame_is_not_shared_content() -> None:
    # The examples: the same frame, other content.
    assert not compare("We are proud of our nurses.", "We are proud of our record on taxes.").linked
    day = compare("It is a great day for farmers", "It is a great day for the opposition")
    assert day.relation is Relation.VARIANT  # close in wording ...
    assert not day.linked  # ... but not one utterance
    # The same statement, lightly edited, still links.
    assert compare("We are proud of our nurses", "we are so proud of our nurses").linked
    assert compare("pave the path towards peace", "they will pave the way for peace").linked


def test_a_swapped_word_is_a_close_variant_that_does_not_link() -> None:
    m = compare("We will never trust the referee", "We will never trust the polls")
    # verify() reads this close match to answer `altered`, naming both words ...
    assert m.relation is Relation.VARIANT
    # ... while as a pair of reports it is not one utterance.
    assert not m.linked


def test_interior_substitutions_count_words_swapped_inside_a_frame_only() -> None:
    inside = interior_substitutions(
        ["a", "b", "x", "d", "e"], ["a", "b", "y", "d", "e"], lambda w: 1.0
    )
    at_end = interior_substitutions(["a", "b", "c", "x"], ["a", "b", "c", "y"], lambda w: 1.0)
    assert inside == (1.0, 1.0)
    assert at_end == (0.0, 0.0)


@settings(max_examples=200)
@given(_sentences, _sentences)
@example("We are proud of our nurses", "we are proud of our record on taxes")
@example("record proud nurses we we", "record nurses record we we")  # ties in the alignment
def test_linking_ignores_the_order(a: str, b: str) -> None:
    assert compare(a, b).linked == compare(b, a).linked


@settings(max_examples=200)
@given(_sentences, _sentences)
@example("we will never trust the polls", "we will never trust the polls on the ferry")
def test_a_match_verify_counts_as_support_is_always_a_link(claim: str, source: str) -> None:
    # verify() supports a claim when the relation is exact, fragment or variant and
    # every edit is neutral: the source prints all the claim says. Such a pair must
    # be a link too, so that verify, grouping and the pair figures agree.
    m = compare(claim, source)
    if m.relation in (Relation.EXACT, Relation.FRAGMENT, Relation.VARIANT) and m.neutral:
        assert m.linked, m


@settings(max_examples=200)
@given(_sentences, _sentences)
def test_relate_words_links_a_variant_only_with_shared_content(a: str, b: str) -> None:
    na, nb = a.lower().split(), b.lower().split()
    relation, _score, _meaning = relate_words(na, nb)
    if relation is Relation.VARIANT:
        lighter = min(
            sum(word_weight(w) for w in na if word_weight(w)),
            sum(word_weight(w) for w in nb if word_weight(w)),
        )
        shared = sum(word_weight(w) * n for w, n in (Counter(na) & Counter(nb)).items())
        swapped = max(interior_substitutions(na, nb, word_weight))
        assert shared + swapped >= THRESHOLDS.variant_informative * lighter - 1e-9


def test_relate_words_reads_the_weights_it_is_given() -> None:
    a, b = ["today", "we", "trust", "the", "polls"], ["today", "we", "trust", "the", "referee"]
    heavy_trust = {"trust": 10.0, "today": 10.0, "polls": 1.0, "referee": 1.0}.get
    light_trust = {"trust": 1.0, "today": 1.0, "polls": 10.0, "referee": 10.0}.get
    stop = {"we", "the"}
    assert relate_words(a, b, stop=stop, weight=lambda w: heavy_trust(w, 0.0))[0] is (
        Relation.VARIANT
    )
    assert relate_words(a, b, stop=stop, weight=lambda w: light_trust(w, 0.0))[0] is (
        Relation.UNRELATED
    )


def test_match_links_is_the_decision_match_linked_reads() -> None:
    for a, b in [("We are proud of our nurses", "We are proud of our record"), ("a b", "a b")]:
        m = compare(a, b)
        assert m.linked == match_links(m)


@settings(max_examples=100)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=6), max_size=8))
def test_document_frequencies_count_quotes_not_occurrences(quotes: list[list[str]]) -> None:
    index = QuoteIndex()
    for q in quotes:
        index.add(q)
    df = dict(zip(index.vocabulary(), index.document_frequencies(), strict=True))
    assert df == Counter(w for q in quotes for w in set(q))


def test_weight_table_uses_the_corpus_once_it_is_large_enough() -> None:
    words = ["the", "ferry", "harbour"]
    small = weight_table(words, [3, 2, 1], 3)
    assert small == [word_weight(w) for w in words]
    large = weight_table(words, [IDF_MIN_QUOTES, 2, IDF_MIN_QUOTES // 2], IDF_MIN_QUOTES)
    assert large[0] == 0.0
    assert large[1] > large[2] > 0.0  # the corpus says ferry is rarer, whatever the table says


def test_grouping_weighs_words_by_the_corpus_index() -> None:
    corpus = Corpus()
    corpus.add("“We will never trust the polls,” Ms Lee said.", doc_id="a")
    corpus.add("“We will never trust the referee,” Ms Lee said.", doc_id="b")
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    assert grouping.weight is not None
    vocabulary = corpus.index.vocabulary()
    weights = {w: grouping.weight(i) for i, w in enumerate(vocabulary)}
    assert weights["the"] == 0.0 and weights["polls"] == word_weight("polls")
    # The same frame with another last word: not one utterance, so no group.
    assert corpus.variant_groups() == []


# A loose variant (its whole less alike than Thresholds.loose_score) rests on the
# shorter quote found in order inside the longer: it links only when the shorter
# says nothing of its own inside the stretch it aligns with (window_printed).
_VALLEY = (
    "Out in the valley many voters, young and old alike, trust the mayor to fix the "
    "roads and the schools before winter"
)
_STOP = {"the", "and", "to", "of", "in", "out", "that", "we", "they", "i", "do", "a", "will"}


def _split(text: str) -> list[str]:
    return text.lower().replace(",", "").replace("[", "").replace("]", "").split()


def test_a_loose_variant_that_swaps_a_word_inside_its_window_does_not_link() -> None:
    m = compare("many voters like the mayor", _VALLEY)
    assert m.relation is Relation.VARIANT and THRESHOLDS.is_loose(m.score)
    assert not m.linked
    relation, _score, _meaning = relate_words(_split("many voters like the mayor"), _split(_VALLEY))
    assert relation is Relation.UNRELATED  # grouping makes the same decision


def test_a_loose_variant_that_only_leaves_words_out_links() -> None:
    m = compare("many voters trust the mayor", _VALLEY)
    assert THRESHOLDS.is_loose(m.score)
    assert m.linked
    assert relate_words(_split("many voters trust the mayor"), _split(_VALLEY), stop=_STOP)[0] is (
        Relation.VARIANT
    )


def test_a_loose_variant_may_name_what_a_pronoun_stands_for() -> None:
    claim = "they will bomb them into oblivion"
    source = "we said that they will bomb [the rebel militants] into oblivion before a long winter"
    m = compare(claim, source)
    assert THRESHOLDS.is_loose(m.score)
    assert m.linked
    assert relate_words(_split(claim), _split(source), stop=_STOP)[0] is Relation.VARIANT


def test_a_loose_variant_that_adds_a_negation_inside_does_not_link() -> None:
    claim = "I do not trust the harbour ferry"
    source = (
        "Every morning I trust the harbour ferry to reach the far side of the bay before "
        "the wind rises"
    )
    assert not compare(claim, source).linked


def test_a_loose_variant_may_reword_a_few_words_inside_a_frame() -> None:
    claim = "they will pave the path towards peace"
    source = "we hope that the talks we held this week will pave the way for peace in the region"
    m = compare(claim, source)
    assert THRESHOLDS.is_loose(m.score)
    assert m.linked


def test_a_close_variant_is_not_held_to_the_loose_rule() -> None:
    # alike as a whole, with one word of its own inside: it links, though the
    # loose rule would refuse it
    a = "we will never trust the old polls on the ferry"
    b = "today we will never trust the polls on the ferry again"
    m = compare(a, b)
    assert not THRESHOLDS.is_loose(m.score)
    assert m.linked
    assert not window_printed(_split(a), _split(b), lambda w: w not in _STOP)


@settings(max_examples=200)
@given(_sentences, _sentences)
@example("no referee until there is a referee", "we will see no referee until the referee is safe")
def test_window_printed_ignores_the_order(a: str, b: str) -> None:
    na, nb = a.split(), b.split()

    def content(w: object) -> bool:
        return w not in _STOP

    assert window_printed(na, nb, content) == window_printed(nb, na, content)
