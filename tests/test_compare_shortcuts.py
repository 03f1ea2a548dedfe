"""The shortcuts of compare()'s hot path (issue 13, speed) give what the long way gives.

compare() reads the content words of plain normalised strings, counts each text's
negations and numbers once, takes its score and common words from one Indel distance,
caches the significance of an edit by what it reads of it, reads the aligned window only
when the variant decision needs it, and looks for a contiguous part only where its first
word is printed. These tests hold each shortcut to the plain computation it replaces.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from quoteverify import compare
from quoteverify.matching import compare as compare_module
from quoteverify.matching.compare import MEANING_CAP, _is_part, _same_word, edit_significance
from quoteverify.model import Edit, EditKind, Relation
from quoteverify.text.normalize import GAP, content_norms, content_words, prepare, words

_VOCAB = st.sampled_from(
    [
        "we",
        "the",
        "will",
        "not",
        "never",
        "won't",
        "2",
        "17",
        "taxes",
        "tax",
        "Moscow",
        "peace",
        "way",
        "...",
        ",",
        "families",
        "no",
    ]
)
_TEXTS = st.lists(_VOCAB, max_size=14).map(" ".join)


@given(_TEXTS)
def test_content_norms_are_the_content_words(text: str) -> None:
    ws = words(text)
    assert content_norms([w.norm for w in ws]) == content_words(ws)


def test_content_norms_drop_gaps_and_function_words_but_keep_negations() -> None:
    assert content_norms(["we", GAP, "will", "never", "pay"]) == ["never", "pay"]


@given(_TEXTS, _TEXTS)
def test_the_score_is_the_indel_similarity_of_the_words(a: str, b: str) -> None:
    na, nb = prepare(a).norms, prepare(b).norms
    m = compare(a, b)
    if not na or not nb or m.approximate:
        return
    expected = Indel.normalized_similarity(na, nb) * 100.0
    if m.meaning_changed:
        expected = min(expected, MEANING_CAP)
    assert m.score == round(expected, 2)


def test_a_text_seen_before_is_still_read_afresh_against_each_other_text() -> None:
    # Its negations and numbers are counted once and kept: the flags still depend on
    # the text on the other side.
    assert compare("we will win in 2024", "we will not win in 2024").meaning_changed
    assert compare("we will win in 2024", "we will win in 2025").meaning_changed
    assert compare("we will win in 2024", "We will win in 2024!").relation is Relation.EXACT


@given(_TEXTS, _TEXTS)
def test_an_edit_means_what_it_says_wherever_it_is_printed(a: str, b: str) -> None:
    # The significance depends on the kind, the texts, and whether each side is at
    # the start of its quote; not on the other offsets.
    for e in compare(a, b).edits:
        if e.a_start == 0 or e.b_start == 0:
            continue
        moved = Edit(
            kind=e.kind,
            a_start=e.a_start + 7,
            a_end=e.a_end + 7,
            b_start=e.b_start + 3,
            b_end=e.b_end + 3,
            a_text=e.a_text,
            b_text=e.b_text,
        )
        assert edit_significance(moved) is edit_significance(e)


def test_the_first_word_of_a_claim_is_not_read_as_a_name() -> None:
    # Same texts, one edit at the start of the source: "Moscow" there is capitalised anyway.
    inner = Edit(
        kind=EditKind.DELETED, a_start=5, a_end=5, b_start=5, b_end=11, a_text="", b_text="Moscow"
    )
    first = Edit(
        kind=EditKind.DELETED, a_start=5, a_end=5, b_start=0, b_end=6, a_text="", b_text="Moscow"
    )
    assert edit_significance(inner).value == "changed"
    assert edit_significance(first).value == "omitted"


_SPELLED = st.lists(
    st.sampled_from(["we", "the", "peace", "zelensky", "zelenskyy", "neighbor", "neighbour"]),
    max_size=9,
)


def _is_part_word_by_word(na: list[str], nb: list[str], gaps: frozenset[int]) -> bool:
    """``_is_part`` as it was: every start of the longer tried with the full test."""
    if len(na) == len(nb):
        return False
    short, long_ = (na, nb) if len(na) < len(nb) else (nb, na)
    cuts = sorted(g for g in gaps if 0 < g < len(short))
    runs = [short[i:j] for i, j in zip([0, *cuts], [*cuts, len(short)], strict=True)]
    pos = 0
    for n, run in enumerate(runs):
        found = next(
            (
                s
                for s in range(pos, len(long_) - len(run) + 1)
                if all(_same_word(x, y) for x, y in zip(long_[s : s + len(run)], run, strict=True))
            ),
            -1,
        )
        if found < 0 or (n > 0 and not cuts and found != pos):
            return False
        pos = found + len(run)
    return True


@given(_SPELLED, _SPELLED, st.frozensets(st.integers(0, 9), max_size=2))
@example(["we", "the", "we"], ["we", "we"], frozenset({0, 1}))
def test_a_part_is_found_as_the_word_by_word_test_finds_it(
    na: list[str], nb: list[str], gaps: frozenset[int]
) -> None:
    # _is_part skips a start of the longer whose first word already differs. Its
    # gaps are those of the shorter side: a_gaps belong to na, b_gaps to nb.
    none: frozenset[int] = frozenset()
    a_gaps, b_gaps = (gaps, none) if len(na) < len(nb) else (none, gaps)
    expected = _is_part_word_by_word(na, nb, gaps)
    assert _is_part(na, nb, a_gaps, b_gaps) is expected


@given(_TEXTS, _TEXTS)
@example(
    "pave the path towards peace",
    "the talks went on all night long in the capital and so we pave the way for peace",
)
def test_the_window_read_only_when_needed_gives_the_relation_read_first(a: str, b: str) -> None:
    # compare() hands _relation the aligned window as a function, read only when the
    # score and containment leave a variant open; reading it first changes nothing.
    relation = compare_module._relation

    def read_first(*args: Any, window: Any, **kwargs: Any) -> Relation:
        return relation(*args, window=window() if callable(window) else window, **kwargs)

    lazy = compare(a, b)
    with mock.patch.object(compare_module, "_relation", read_first):
        assert compare(a, b) == lazy


_WORDS = st.lists(st.sampled_from(["we", "will", "cut", "taxes", "not", "the"]), max_size=12)


@given(_WORDS, _WORDS)
@example(["we", "cut", "taxes"], ["we", "will", "cut", "taxes", "we", "cut", "taxes"])
@example(["we", "will", "cut", "the", "taxes"], ["we", "cut", "taxes"])
@example(["we", "will", "cut"], ["we", "will", "not", "cut", "taxes"])
@example(["taxes", "we", "cut", "taxes"], ["we", "cut", "the", "taxes", "taxes"])
def test_the_alignment_moved_to_the_edges_skips_a_way_with_nothing_to_move(
    na: list[str], nb: list[str]
) -> None:
    # _edged() runs _to_edges() only the ways that have words one side alone prints:
    # the same blocks as running it both ways always.
    from quoteverify.matching.compare import _edged, _flip, _opcodes, _to_edges

    blocks = _opcodes(na, nb)
    both_ways = _flip(_to_edges(_flip(_to_edges(blocks, nb)), na))
    assert _edged(blocks, na, nb) == both_ways


@given(_WORDS, _WORDS)
@example(["we", "will", "cut", "taxes"], ["we", "cut", "taxes", "not"])
@example(["cut", "taxes"], ["we", "will", "cut", "taxes", "cut", "taxes"])
def test_an_alignment_with_nothing_to_move_is_only_joined(na: list[str], nb: list[str]) -> None:
    # When no word one side alone prints is an aligned word, _to_edges() moves nothing
    # either way: its blocks are the plain ones, joined (the shortcut _edged() takes).
    from quoteverify.matching.compare import _flip, _merged, _nothing_to_move, _opcodes, _to_edges

    blocks = _opcodes(na, nb)
    both_ways = _flip(_to_edges(_flip(_to_edges(blocks, nb)), na))
    if _nothing_to_move(blocks, na, nb):
        assert both_ways == _merged(blocks)
    else:
        # the shortcut is not taken where words may move (second example: they do)
        assert any(op.tag != "equal" for op in blocks)


_CASES = st.sampled_from(["{}", "{}!", "“{}”", "{}...", "... {}", "{}, he said"])
_COPIES = st.lists(
    st.tuples(_TEXTS, _CASES, st.booleans(), st.integers(0, 6)), min_size=1, max_size=6
)


def _printed(text: str, form: str, upper: bool, gap: int) -> str:
    """A copy of ``text`` as an outlet prints it: a form, capitals, an ellipsis inside."""
    ws = (text.upper() if upper else text).split()
    if 0 < gap < len(ws):
        ws.insert(gap, "...")
    return form.format(" ".join(ws))


@given(_TEXTS, _COPIES)
@example(
    "we will cut taxes",
    [("we will cut taxes", "{}!", True, 0), ("we will cut taxes", "{}", False, 2)],
)
@example(
    "we will cut taxes", [("we will taxes", "{}", False, 2), ("we will taxes", "{}", False, 0)]
)
# the same words, "won't" printed as one word: the cut drops a negation in one copy only
@example(
    "Moscow peace we will",
    [
        ("Moscow peace we will not pay", "{}", False, 0),
        ("Moscow peace we won't pay", "{}", False, 0),
    ],
)
@example("Moscow will cut 2 taxes", [("Moscow will cut 17 taxes", "{}", True, 0)])
def test_a_query_comparer_answers_as_compare_prepared(
    query: str, others: list[tuple[str, str, bool, int]]
) -> None:
    # Texts that print the same words with other case, punctuation or gaps share the work
    # their words fix; each match must still be compare_prepared()'s own, asked in any order.
    from quoteverify.matching.compare import QueryComparer, compare_prepared

    comparer = QueryComparer(prepare(query))
    texts = [_printed(*o) for o in others]
    for text in texts + texts[::-1]:
        assert comparer.compare(prepare(text)) == compare_prepared(prepare(query), prepare(text))


def test_a_head_printed_together_wins_over_one_with_a_function_word_among() -> None:
    # _head_at records both candidates in one walk: "pay a" printed together right
    # before an aligned block, and later "pay" and "a" with b's own "a" among them.
    # The first wins (h42-compare merged the two walks that tried them in this order).
    from quoteverify.matching.compare import _head_at, _opcodes

    na, nb = ["pay", "a", "pay"], ["pay", "pay", "a", "a", "pay", "now"]
    blocks = _head_at(_opcodes(na, nb), nb)
    assert [op.tag + str(op[1:]) for op in blocks] == [
        "insert(0, 0, 0, 1)",
        "equal(0, 2, 1, 3)",
        "insert(2, 2, 3, 4)",
        "equal(2, 3, 4, 5)",
        "insert(3, 3, 5, 6)",
    ]
