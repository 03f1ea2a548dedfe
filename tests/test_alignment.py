"""One alignment, computed once: Match.alignment, compare_prepared, QuoteIndex.prepared.

compare() keeps the word alignment it read its edits from (render draws it);
the index keeps each quote's words with their offsets, so find() compares a claim
with stored quotes without normalising them again (tests/test_prune.py holds the
bound that skips candidates before aligning them).
"""

from __future__ import annotations

import itertools
import json
import pickle

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, compare
from quoteverify.errors import InputFormatError, QuoteVerifyError, TextTypeError
from quoteverify.matching.compare import compare_prepared
from quoteverify.matching.index import QuoteIndex
from quoteverify.model import WordPair
from quoteverify.surfaces.records import verification_from_record, verification_record
from quoteverify.text.normalize import prepare, words

# Words that exercise every path of the decision: function words, negations,
# numbers, stems shared by different words, spelling variants, names, contractions.
_VOCAB = st.sampled_from(
    [
        "we",
        "the",
        "of",
        "will",
        "not",
        "never",
        "won't",
        "two",
        "2",
        "17",
        "taxes",
        "tax",
        "pressure",
        "pressured",
        "pressures",
        "families",
        "family",
        "Moscow",
        "Zelensky",
        "Zelenskyy",
        "neighbour",
        "neighbor",
        "security",
        "national",
        "peace",
        "way",
        "...",
        ",",
    ]
)
_TEXTS = st.lists(_VOCAB, max_size=16).map(" ".join)


def pair_texts(m: object, p: WordPair) -> tuple[str, str]:
    return m.a[p.a_start : p.a_end], m.b[p.b_start : p.b_end]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- Match.alignment


def test_a_match_carries_the_words_it_aligned() -> None:
    m = compare("We won't stop the talks", "we will not stop talks now")
    assert [pair_texts(m, p) for p in m.alignment] == [
        ("We", "we"),
        ("won't", "will"),
        ("won't", "not"),
        ("stop", "stop"),
        ("talks", "talks"),
    ]
    # the words between the aligned ones are in the edits: "the" and "now"
    assert {e.a_text or e.b_text for e in m.edits if e.kind.value in ("deleted", "truncated")} == {
        "the",
        "now",
    }


def test_one_printed_word_of_two_normalised_words_is_one_pair() -> None:
    m = compare("I'll see you", "I'll see you there")
    expected = [("I'll", "I'll"), ("see", "see"), ("you", "you")]
    assert [pair_texts(m, p) for p in m.alignment] == expected


def test_the_alignment_pickles_and_stays_out_of_the_repr() -> None:
    m = compare("fundamental threats to our security", "threats to our national security")
    assert pickle.loads(pickle.dumps(m)) == m
    assert "alignment" not in repr(m)
    assert m.alignment and isinstance(m.alignment[0], WordPair)


@settings(max_examples=300)
@given(_TEXTS, _TEXTS)
@example("we will not pay", "we won't pay")
@example("... peace", "peace ...")
def test_aligned_words_are_the_same_word_in_order_and_seen_from_both_sides(a: str, b: str) -> None:
    m = compare(a, b)
    for p in m.alignment:
        assert 0 <= p.a_start < p.a_end <= len(a) and 0 <= p.b_start < p.b_end <= len(b)
        in_a = {w.norm for w in words(a[p.a_start : p.a_end])}
        in_b = {w.norm for w in words(b[p.b_start : p.b_end])}
        assert in_a & in_b, (p, in_a, in_b)
    for p, q in itertools.pairwise(m.alignment):
        assert (p.a_start, p.b_start) <= (q.a_start, q.b_start)
        assert p.a_start <= q.a_start and p.b_start <= q.b_start
    back = compare(b, a)
    assert back.alignment == tuple(
        WordPair(p.b_start, p.b_end, p.a_start, p.a_end) for p in m.alignment
    )


def test_identical_texts_align_every_word() -> None:
    text = "We hope to pave the way for peace"
    m = compare(text, text)
    assert [pair_texts(m, p) for p in m.alignment] == [(w, w) for w in text.split()]


def test_an_approximate_alignment_is_kept_too() -> None:
    a = "the talks on the ceasefire went on late into the night"
    m = compare(a, a.replace("night", "morning"), max_cells=100)
    assert m.approximate
    assert [pair_texts(m, p)[0] for p in m.alignment] == a.split()[:-1]


# --------------------------------------------------------------------------- records


def lee_corpus() -> Corpus:
    corpus = Corpus()
    corpus.add("“We will never trust the polls,” Ms Lee said.", doc_id="wire")
    corpus.add("Lee said: “we won't ever trust the polls”", doc_id="daily")
    return corpus


def test_evidence_records_keep_the_alignment_and_read_it_back() -> None:
    v = lee_corpus().verify("We will never trust the polls", speaker="Lee")
    record = json.loads(json.dumps(verification_record(v)))
    assert record["evidence"][0]["alignment"][0] == [0, 2, 0, 2]
    assert verification_from_record(record) == v


def test_a_record_written_before_alignments_were_kept_still_reads() -> None:
    v = lee_corpus().verify("We will never trust the polls", speaker="Lee")
    record = json.loads(json.dumps(verification_record(v)))
    for ev in record["evidence"]:
        del ev["alignment"]
    back = verification_from_record(record)
    assert back.evidence[0].match.alignment == ()
    assert back.verdict is v.verdict


def test_a_bad_alignment_in_a_record_is_a_clear_error() -> None:
    v = lee_corpus().verify("We will never trust the polls", speaker="Lee")
    record = json.loads(json.dumps(verification_record(v)))
    record["evidence"][0]["alignment"] = [[0, 2]]
    with pytest.raises(InputFormatError, match=r"alignment\[0\] must be"):
        verification_from_record(record)


# --------------------------------------------------------------------------- compare_prepared


@settings(max_examples=200)
@given(_TEXTS, _TEXTS)
def test_compare_prepared_is_compare(a: str, b: str) -> None:
    assert compare_prepared(prepare(a), prepare(b)) == compare(a, b)


@pytest.mark.parametrize("bad", ["text", None, ("a", [], frozenset(), [])])
def test_compare_prepared_takes_prepared_texts_only(bad: object) -> None:
    with pytest.raises(TextTypeError, match=r"normalize\.prepare") as info:
        compare_prepared(bad, prepare("x"))  # type: ignore[arg-type]
    assert isinstance(info.value, QuoteVerifyError) and isinstance(info.value, TypeError)


# --------------------------------------------------------------------------- QuoteIndex.prepared


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["We", "won't", "don 't", "…", "[...]", "peace", ",", "2"])))
def test_the_index_gives_a_quote_back_prepared(tokens: list[str]) -> None:
    text = " ".join(tokens)
    index = QuoteIndex()
    index.add(["unrelated", "words"])
    qid = index.add(words(text))
    assert index.prepared(qid, text) == prepare(text)
    assert index.words_of(qid) == prepare(text).norms


def test_offsets_past_16_bits_are_kept() -> None:
    text = "x" * 70_000 + " we will not stop"
    index = QuoteIndex()
    qid = index.add(words(text))
    assert index.prepared(qid, text) == prepare(text)


def test_a_quote_added_as_strings_is_prepared_from_its_text() -> None:
    index = QuoteIndex()
    qid = index.add(["we", "will", "win"])
    assert index.prepared(qid, "We will win") == prepare("We will win")
    with pytest.raises(IndexError):
        index.prepared(5, "x")
    with pytest.raises(TextTypeError):
        index.add(["we", *words("will win")])  # type: ignore[list-item]


def test_an_index_pickled_before_offsets_were_kept_still_prepares() -> None:
    index = QuoteIndex()
    text = "We won't ... stop"
    index.add(words(text))
    state = dict(index.__dict__)
    for name in ("_offsets", "_wide", "_gaps", "_bare", "_bare_below"):
        del state[name]
    old = QuoteIndex.__new__(QuoteIndex)
    old.__setstate__(state)
    assert old.prepared(0, text) == prepare(text)
    qid = old.add(words("we will win"))
    assert old.prepared(qid, "we will win") == prepare("we will win")
    assert pickle.loads(pickle.dumps(old)).prepared(qid, "we will win") == prepare("we will win")


def test_find_gives_what_comparing_every_candidate_gives() -> None:
    corpus = lee_corpus()
    corpus.add("“The polls are wrong and we will never trust them,” Lee said.", doc_id="c")
    corpus.add("“It was a long night for the party,” a spokesman said.", doc_id="d")
    corpus.add("Ms Lee told us: “We will never trust the polls,”", doc_id="copy")  # same words
    found = corpus.find("we will never trust the polls", limit=10)
    brute = [
        (q, m)
        for q in (corpus.indexed_quote(i) for i in range(len(corpus.index)))
        if (m := compare("we will never trust the polls", q)).linked
    ]
    assert {(q.doc_id, m) for q, m in found} == {(q.doc_id, m) for q, m in brute}
    assert {"wire", "copy"} <= {q.doc_id for q, _m in found}
    assert all(attrs.has(type(m)) for _q, m in found)
