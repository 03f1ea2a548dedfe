"""Variant groups: which pairs of long quotes are joined, and which are kept apart."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Corpus
from quoteverify.compare import relate_words
from quoteverify.groups import Grouping, judge_pair, may_link


def _corpus(*texts: str) -> Corpus:
    corpus = Corpus()
    for i, text in enumerate(texts):
        corpus.add(text, doc_id=f"d{i}")
    return corpus


def _groups(corpus: Corpus) -> list[list[str]]:
    return [sorted(m.quote.doc_id or "" for m in g.members) for g in corpus.variant_groups()]


def _judged(corpus: Corpus) -> object:
    grouping = Grouping.of_corpus(corpus)
    r, v = grouping.representatives
    assert grouping.is_long(r) and grouping.is_long(v)
    return judge_pair(grouping, r, v)


def test_long_quotes_sharing_a_negation_and_one_word_stay_apart() -> None:
    # "will not raise" lines up, but one is about taxes and the other about the age
    corpus = _corpus(
        "“We will not raise taxes on working families,” the minister said.",
        "“I will not raise the retirement age,” the senator said.",
    )
    assert _judged(corpus) is None
    assert _groups(corpus) == []


def test_long_quotes_sharing_a_number_and_one_word_stay_apart() -> None:
    corpus = _corpus(
        "“We will send 500 more troops to the border,” the general said.",
        "“We will send 500 tons of grain,” the envoy said.",
    )
    assert _judged(corpus) is None
    assert _groups(corpus) == []


def test_a_weak_variant_does_not_chain_two_groups() -> None:
    corpus = _corpus(
        "“We will not raise taxes on working families,” the minister said.",
        "“We will not raise taxes on families,” the minister told reporters.",
        "“I will not raise the retirement age this year,” the senator said.",
        "“I will not raise the retirement age,” the senator added.",
    )
    assert _groups(corpus) == [["d0", "d1"], ["d2", "d3"]]


def test_a_variant_sharing_two_topic_words_besides_a_negation_is_linked() -> None:
    corpus = _corpus(
        "“We will not sign this treaty before the summer,” the minister said.",
        "“We will not sign the treaty,” she said.",
    )
    link = _judged(corpus)
    assert link is not None
    assert _groups(corpus) == [["d0", "d1"]]


def test_a_topic_word_both_quotes_repeat_counts_twice() -> None:
    # besides "no", the two share only "ceasefire", but each says it twice
    corpus = _corpus(
        "“There will be no ceasefire until the ceasefire is signed by both armies,” he said.",
        "“No ceasefire until there is a ceasefire,” she said.",
    )
    assert _judged(corpus) is not None
    assert _groups(corpus) == [["d0", "d1"]]


_VOCAB = ["we", "will", "not", "the", "talks", "peace", "meet", "soon", "4", "lee", "of", "a"]


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12),
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12),
)
@example(["talks", "talks", "the"], ["talks", "the", "talks", "soon"])
def test_may_link_never_rules_out_a_link_relate_words_makes(a: list[str], b: list[str]) -> None:
    relation, _score, _meaning = relate_words(
        a, b, stop={"we", "will", "the", "of", "a"}, sensitive={"not", "4"}
    )
    if relation.linked:
        assert may_link(a, b), (a, b, relation)
