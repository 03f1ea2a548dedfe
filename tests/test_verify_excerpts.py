"""Excerpts with light edits are printed words: spelling, and repeated words in the source."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import Corpus, compare
from quoteverify.matching.compare import _flip, _opcodes, _to_edges
from quoteverify.model import EditKind, Relation


def test_ise_and_ize_spellings_are_one_word() -> None:
    m = compare("they were radicalised online", "they were radicalized online")
    assert m.relation is Relation.EXACT
    assert compare("a promise", "a promize").relation is not Relation.EXACT


SOURCE = "We can wait for the ferry, or we can build the bridge that the island needs before winter"


def test_an_excerpt_starting_with_repeated_words_is_cut_not_gapped() -> None:
    # "the" dropped: not a contiguous part, so the alignment decides; the first
    # "we can" of the source must not be taken for the claim's.
    m = compare("we can build bridge that the island needs", SOURCE)
    assert m.neutral, [(e.kind.value, e.b_text) for e in m.edits]
    assert m.edits[0].kind is EditKind.TRUNCATED
    assert "wait" in m.edits[0].b_text


def test_repeated_words_inside_the_source_words_are_found_too() -> None:
    # the claim drops "the": the later "I'd love" is inside the words the claim
    # leaves out, not at their end
    m = compare(
        "love automobile workers to be better off",
        "I'd love the pilots to be better off. I'd love the automobile workers to be better off.",
    )
    assert m.neutral, [(e.kind.value, e.b_text) for e in m.edits]
    assert m.edits[0].kind is EditKind.TRUNCATED and "pilots" in m.edits[0].b_text


def test_an_excerpt_ending_with_repeated_words_is_cut_not_gapped() -> None:
    m = compare(
        "We can wait for ferry, or we", "We can wait for the ferry, or we will not go, or we"
    )
    assert m.neutral, [(e.kind.value, e.b_text) for e in m.edits]
    assert m.edits[-1].kind is EditKind.TRUNCATED


def test_such_an_excerpt_is_supported() -> None:
    corpus = Corpus()
    corpus.add(f"“{SOURCE},” Dana Lee said.", doc_id="d0")
    v = corpus.verify("we can build bridge that the island needs", speaker="Lee")
    assert v.verdict.supported, v.explanation


_WORDS = st.lists(st.sampled_from(["we", "can", "go", "wait", "the", "ferry", "or"]), max_size=9)


@given(_WORDS, _WORDS)
def test_moving_words_to_the_edges_keeps_the_alignment_whole(a: list[str], b: list[str]) -> None:
    blocks = _opcodes(a, b)
    moved = _flip(_to_edges(_flip(_to_edges(blocks, b)), a))
    same = [op for op in moved if op.tag == "equal"]
    assert sum(op.src_end - op.src_start for op in same) == sum(
        op.src_end - op.src_start for op in blocks if op.tag == "equal"
    )
    for op in same:
        assert a[op.src_start : op.src_end] == b[op.dest_start : op.dest_end]
    # the blocks still tile both sides, in order
    assert [op.src_start for op in moved[1:]] == [op.src_end for op in moved[:-1]]
    assert [op.dest_start for op in moved[1:]] == [op.dest_end for op in moved[:-1]]
    if moved:
        assert (moved[0].src_start, moved[0].dest_start) == (0, 0)
        assert (moved[-1].src_end, moved[-1].dest_end) == (len(a), len(b))
