"""QueryBound: find() rules candidates out on their word ids, and never one compare() relates.

The bound is only a shortcut: find() must give the very matches it gave when it
aligned every candidate, and a verification built on them the very verdict,
evidence and explanation. These tests hold the bound to compare() on generated
pairs and on real quotes, and find() to its own answers with the bound switched off.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, Relation, compare
from quoteverify.matching.index import QuoteIndex
from quoteverify.matching.prune import QueryBound
from quoteverify.text.normalize import prepare, words
from tests.conftest import shared_file
from tests.test_index import bench_scale_module

# Function words, negations, numbers, words sharing a stem, spelling variants, names,
# rare words and gaps: every gate of the bound is reached by some pair.
_VOCAB = st.sampled_from(
    [
        "we",
        "the",
        "of",
        "and",
        "to",
        "will",
        "not",
        "never",
        "won't",
        "2",
        "taxes",
        "tax",
        "pressure",
        "pressured",
        "families",
        "family",
        "Moscow",
        "Zelensky",
        "Zelenskyy",
        "neighbour",
        "neighbor",
        "ceasefire",
        "talks",
        "resume",
        "Cairo",
        "winter",
        "...",
    ]
)
_TEXTS = st.lists(_VOCAB, max_size=14).map(" ".join)


def _bound_allows(query: str, other: str) -> bool:
    index = QuoteIndex()
    index.add(words("an unrelated quote about the weather in spring"))
    qid = index.add(words(other))
    return QueryBound(prepare(query), index).allows(qid)


@settings(max_examples=1000)
@given(_TEXTS, _TEXTS)
@example("we will cut taxes for the families", "the tax pressure on families will never ease")
@example("Zelensky will not cut 2 taxes", "Zelenskyy will not cut two taxes")
@example("neighbour ceasefire talks resume winter", "neighbor ceasefire talks resume winter")
@example("the talks the talks the talks", "the talks of the families of Cairo")
# Repeated words: compare() reads the alignment with words moved to the ends.
@example("we not not not we not not", "not we we not we the")
def test_the_bound_never_rules_out_a_relation(a: str, b: str) -> None:
    if not _bound_allows(a, b):
        assert compare(a, b).relation is Relation.UNRELATED, (a, b)


@settings(max_examples=300)
@given(_TEXTS, st.lists(_TEXTS, min_size=1, max_size=4))
@example("we will cut taxes", ["We will CUT taxes!", "we will cut taxes", "the talks"])
@example(
    "we will cut taxes for the families",
    ["the talks resume in Cairo this winter", "We will cut taxes for the families!"],
)
def test_a_bound_asked_again_answers_as_a_fresh_one(query: str, others: list[str]) -> None:
    # allows() keeps its answer by the candidate's word ids: copies that print the same
    # words with other case or punctuation, asked in any order, get what a bound built
    # for that candidate alone answers.
    index = QuoteIndex()
    qids = [index.add(words(o)) for o in others + others[::-1]]
    bound = QueryBound(prepare(query), index)
    for qid in qids:
        assert bound.allows(qid) is QueryBound(prepare(query), index).allows(qid)


def test_two_shared_rare_words_alone_are_ruled_out() -> None:
    """Another sentence that shares two rare words with the query, in another order
    and another frame (the cheap test before the bound kept it and aligned it for
    nothing)."""
    query = "the ceasefire talks in Cairo broke down on Tuesday night after the shelling"
    other = "Cairo said on Sunday that a ceasefire was not possible while the bombing went on"
    assert compare(query, other).relation is Relation.UNRELATED
    assert not _bound_allows(query, other)
    # a copy with one word swapped, a fragment, a reordering: kept
    assert _bound_allows(query, query.replace("Tuesday", "Monday"))
    assert _bound_allows(query, "the ceasefire talks in Cairo broke down")
    assert _bound_allows(query, "on Tuesday night after the shelling the talks broke down")


def test_a_query_word_the_index_does_not_hold_counts_once() -> None:
    """Two copies of an unknown word are one distinct content word, as compare() counts it."""
    query = "zorblat zorblat said the minister on the radio today"
    assert _bound_allows(query, "zorblat the minister said on the radio")


def test_the_bound_never_rules_out_a_relation_on_real_quotes() -> None:
    """Every candidate the index gives for real quotes that the bound drops is unrelated."""
    path = shared_file("data", "polnear-train.jsonl")
    corpus = Corpus()
    with path.open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, 60):
            d = json.loads(line)
            corpus.add(d["text"], doc_id=d["doc_id"])
    dropped = 0
    for qid in range(0, len(corpus.index), 3):
        quote = corpus.indexed_quote(qid)
        claim = prepare(" ".join(quote.text.split()[1:]))  # the quote less its first word
        bound = QueryBound(claim, corpus.index)
        for other in corpus.index.candidates(claim.norms, limit=400):
            if not bound.allows(other):
                dropped += 1
                text = corpus.indexed_quote(other).text
                assert compare(claim.text, text).relation is Relation.UNRELATED, (claim, text)
    assert dropped > 0  # the test reads candidates that the bound does drop


def _families() -> tuple[Corpus, Any, list[str]]:
    """The benchmark's corpus, small: 120 real sentences, each in 20 edited copies (with
    the benchmark module and the sentences, to make claims)."""
    from quoteverify.article import iter_parse

    data = shared_file("data", "polnear-train.jsonl").parent
    bench: Any = bench_scale_module()
    sentences, _ = bench.real_sentences(data, 120, 7)
    corpus = Corpus()
    for article in iter_parse(bench.realistic_texts(sentences, 20, 7), workers=1):
        corpus.add_article(article)
    return corpus, bench, sentences


def _answers(corpus: Corpus, claims: list[str]) -> list[Any]:
    return [corpus.find(c, limit=100) for c in claims] + [corpus.verify(c) for c in claims]


def test_find_and_verify_answer_as_if_every_candidate_were_aligned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On real sentences printed in families of edited copies (the benchmark's corpus,
    small): the matches, verdicts, evidence and explanations are the same with the
    bound and with every candidate aligned."""
    corpus, bench, sentences = _families()
    claims = [c for _kind, c in bench.realistic_claims(sentences, 60, 20, 7)]
    with_bound = _answers(corpus, claims)
    monkeypatch.setattr(QueryBound, "allows", lambda self, qid, ids=None: True)
    assert _answers(corpus, claims) == with_bound


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
@example("we will not cut taxes for families", "we won't cut taxes")
@example("Zelensky will cut two taxes", "Zelenskyy will cut 2 taxes on families")
def test_a_weak_source_is_told_from_the_alignment_as_from_its_words(a: str, b: str) -> None:
    """verify() reads "this source holds three content words of the claim" from the
    alignment instead of normalising the source again: the same answer either way."""
    from quoteverify import parse
    from quoteverify.matching.verify import _Claim
    from quoteverify.model import Evidence
    from quoteverify.text.normalize import content_words

    quotes = parse(f"“{b},” Lee said.").quotes if b.strip() else []
    if not quotes or not a.strip():
        return
    quote = quotes[0]
    claim = _Claim(a)
    evidence = Evidence(quote=quote, match=compare(a, quote.text))
    by_words = claim.content > 2 and len(content_words(words(quote.text))) <= 2
    assert claim.weak(evidence) == by_words


def _cut_and_plain(corpus: Corpus, query: str, limit: int) -> tuple[Any, Any]:
    prepared = prepare(query)
    return (
        corpus._find(prepared, limit, None, cut=True),
        corpus._find(prepared, limit, None, cut=False),
    )


@settings(max_examples=200, deadline=None)
@given(
    _TEXTS,
    st.lists(st.tuples(_TEXTS, st.integers(1, 3)), min_size=1, max_size=8),
    st.integers(1, 4),
)
@example(
    "we will cut taxes for the families",
    [("we will cut taxes", 3), ("We will cut taxes for the families!", 2), ("the talks", 1)],
    2,
)
def test_find_cut_at_its_limit_gives_what_aligning_every_candidate_gives(
    query: str, texts: list[tuple[str, int]], limit: int
) -> None:
    # Once ``limit`` matches are found, find() skips the candidates whose best possible
    # rank comes after them: the answer must be the plain one, copies and ties included.
    corpus = Corpus()
    n = 0
    for text, copies in texts:
        for _ in range(copies):
            n += 1
            corpus.add(f"“{text},” Lee said.", doc_id=f"d{n % 5}-{n}")
    cut, plain = _cut_and_plain(corpus, query, limit)
    assert cut == plain


def test_find_cut_on_families_of_real_sentences() -> None:
    """Short excerpts of common words match dozens of copies: with a small limit the cut
    skips most of them, and the answer is the one every candidate aligned gives."""
    corpus, bench, sentences = _families()
    claims = [c for _kind, c in bench.realistic_claims(sentences, 40, 10, 7)]
    claims += [" ".join(s.split()[:5]) for s in sentences[:20]]
    for limit in (1, 3, 10):
        for claim in claims:
            cut, plain = _cut_and_plain(corpus, claim, limit)
            assert cut == plain, (claim, limit)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _TEXTS)
@example("we will cut taxes", "we will not cut taxes")
@example("we will cut taxes for families", "we will cut taxes")
def test_support_read_once_per_match_is_match_neutral(a: str, b: str) -> None:
    """verify() reads whether a source supports the claim once per match, from each edit's
    significance: the answer Match.neutral gives."""
    from quoteverify import parse
    from quoteverify.matching.verify import _STRONG, _supports
    from quoteverify.model import Evidence

    quotes = parse(f"“{b},” Lee said.").quotes if b.strip() else []
    if not quotes:
        return
    match = compare(a, quotes[0].text)
    evidence = Evidence(quote=quotes[0], match=match)
    expected = match.relation in _STRONG and match.neutral
    assert _supports(evidence, {}) is expected
    assert _supports(evidence) is expected


@settings(max_examples=100, deadline=None)
@given(_TEXTS, st.lists(_TEXTS, min_size=1, max_size=4))
@example("we will cut taxes for the families", ["we will cut taxes", "taxes"])
def test_a_weak_source_read_once_per_match_answers_as_read_afresh(
    a: str, others: list[str]
) -> None:
    """_Claim.weak() keeps its answer by match and source text: asked again, and for copies
    that share one match, it answers as a fresh reading does."""
    from quoteverify import parse
    from quoteverify.matching.verify import _Claim
    from quoteverify.model import Evidence

    if not a.strip():
        return
    claim = _Claim(a)
    evidence = []
    for b in others:
        quotes = parse(f"“{b},” Lee said. “{b},” Ann said.").quotes if b.strip() else []
        if len(quotes) == 2:
            match = compare(a, quotes[0].text)  # one match for both copies, as find() gives
            evidence += [Evidence(quote=q, match=match) for q in quotes]
    for e in evidence + evidence[::-1]:
        assert claim.weak(e) == _Claim(a).weak(e)
