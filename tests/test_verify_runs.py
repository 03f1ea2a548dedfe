"""The shortcuts of verify's eleventh pass (issue 13, speed) give what the long way gives.

A shorter text printed word for word at one place of the longer is not aligned: its
alignment, score and containment are read from that place (``compare._run_blocks``).
The bound reads a quote's letters as the index counted them when it added the quote
(``QuoteIndex.letters_of``), also in an index pickled before they were kept. Each test
holds a shortcut to the computation it replaces and fails when the shortcut is broken
(checked by breaking it).
"""

from __future__ import annotations

import pickle
from unittest import mock

from hypothesis import assume, example, given
from hypothesis import strategies as st

from quoteverify.matching import compare as compare_module
from quoteverify.matching.compare import (
    QueryComparer,
    _Frame,
    _only_place,
    _Op,
    compare_prepared,
)
from quoteverify.matching.index import QuoteIndex
from quoteverify.text.normalize import prepare, words

_WORD = st.sampled_from(
    ["we", "We", "will", "won't", "cut", "taxes", "the", "not", "colour", "color", "2", "..."]
)
_RUN = st.lists(_WORD, min_size=1, max_size=6)
_AROUND = st.lists(_WORD, max_size=6)


def _frame_fields(frame: _Frame) -> tuple[object, ...]:
    return (
        frame.blocks,
        frame.approximate,
        frame.contiguous,
        frame.score,
        frame.containment,
        frame.reordered,
        frame.flags,
        frame.window(),
    )


@given(_RUN, _AROUND, _AROUND)
@example(["we", "can", "deal"], ["we", "can", "try,", "or"], [])
@example(["it", "is", "a", "sickness"], ["it", "is", "not", "a", "crime,"], [])
@example(["we", "cut"], ["we"], ["cut", "we"])
@example(["will", "...", "we"], [], ["we"])  # a word printed again beside the ellipsis
def test_a_run_printed_at_one_place_compares_as_when_aligned(
    run: list[str], before: list[str], after: list[str]
) -> None:
    short = prepare(" ".join(run))
    long_ = prepare(" ".join([*before, *run, *after]))
    assume(short.norms and long_.norms)  # (compare() frames no empty side)
    fast_frame = _frame_fields(_Frame(short, long_, compare_module.MAX_CELLS))
    fast = compare_prepared(short, long_), compare_prepared(long_, short)
    fast_query = QueryComparer(short).compare(long_), QueryComparer(long_).compare(short)
    with mock.patch.object(compare_module, "_only_place", return_value=None):
        assert _frame_fields(_Frame(short, long_, compare_module.MAX_CELLS)) == fast_frame
        assert (compare_prepared(short, long_), compare_prepared(long_, short)) == fast
        assert (
            QueryComparer(short).compare(long_),
            QueryComparer(long_).compare(short),
        ) == fast_query


def test_the_one_place_of_a_run() -> None:
    words = ["we", "can", "try", "or", "we", "can", "deal"]
    assert _only_place(["we", "can", "deal"], words) == 4
    assert _only_place(["we", "can"], words) is None  # twice
    assert _only_place(["we", "deal"], words) is None  # apart
    assert _only_place(["we", "can"], ["we", "can"]) is None  # as long: not a part
    assert _only_place(["can", "we"], ["we", "can"]) is None


def test_an_excerpt_printed_once_takes_the_shortcut_and_is_a_fragment() -> None:
    short = prepare("we can deal")
    long_ = prepare("We can try, or we can deal with it")
    frame = _Frame(short, long_, compare_module.MAX_CELLS)
    assert frame.blocks == [
        _Op("insert", 0, 0, 0, 4),
        _Op("equal", 0, 3, 4, 7),
        _Op("insert", 3, 3, 7, 9),
    ]
    assert frame.contiguous
    assert frame.containment == 1.0
    assert compare_prepared(short, long_).relation.value == "fragment"


_QUOTES = st.lists(st.lists(_WORD, max_size=8).map(" ".join), min_size=1, max_size=6)


@given(_QUOTES, st.booleans())
def test_a_quote_s_letters_are_those_of_its_words_also_in_an_older_pickle(
    texts: list[str], as_strings: bool
) -> None:
    index = QuoteIndex()
    for text in texts:
        ws = words(text)
        index.add([w.norm for w in ws] if as_strings else ws)
    expected = [len("".join(index.words_of(q))) for q in range(len(index))]
    assert [index.letters_of(q) for q in range(len(index))] == expected
    state = dict(index.__dict__)
    del state["_letters"]  # as pickled before the letters were kept
    older = QuoteIndex.__new__(QuoteIndex)
    older.__setstate__(pickle.loads(pickle.dumps(state)))
    assert [older.letters_of(q) for q in range(len(older))] == expected


def test_the_letters_of_a_quote_leave_its_gaps_out() -> None:
    index = QuoteIndex()
    index.add(words("We won't ... stop"))  # we, will, not, stop
    assert index.letters_of(0) == len("wewillnotstop")
