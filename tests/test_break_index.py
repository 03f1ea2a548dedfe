"""``BreakIndex``: the breaks of any window, read from chunks of the text found
once, are those that ``break_spans`` finds by reading the window itself."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text import sentences
from quoteverify.text.layer import TextLayer
from quoteverify.text.sentences import BreakIndex, break_ends, break_spans

# Stops, closing and opening marks, spaces, capitals, digits and the letters of a
# few short forms ("Dr.", "U.S."), so that breaks, their look-ahead and the
# abbreviations all occur, at chunk edges too.
_ALPHABET = st.sampled_from([*'.!?…"“”‘’)(][ \n\tADrUSx5', "Dr.", "U.S. "])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_ALPHABET, max_size=120).map("".join),
    st.lists(st.tuples(st.integers(-2, 125), st.integers(-2, 125)), max_size=12),
    st.sampled_from([(4, 1), (8, 3), (16, 2), (512, 64)]),
)
@example('x. ""  ((“A', [(0, 2), (0, 3), (0, 4), (0, 11)], (4, 1))
def test_break_index_equals_break_spans_on_any_window(
    text: str, windows: list[tuple[int, int]], sizes: tuple[int, int]
) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sentences, "_BREAK_CHUNK", sizes[0])
        mp.setattr(sentences, "_BREAK_SLACK", sizes[1])
        index = BreakIndex(text)
        for a, b in windows:
            start, end = max(0, min(a, len(text))), max(0, min(b, len(text)))
            assert index.spans(start, end) == list(break_spans(text, start, end)), (start, end)


def test_a_break_whose_marks_run_past_the_chunk_is_found() -> None:
    # The spaces and opening marks after the stop reach past the chunk and its slack.
    text = "We won." + " " * 40 + "“" * 20 + "They lost."
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sentences, "_BREAK_CHUNK", 8)
        mp.setattr(sentences, "_BREAK_SLACK", 4)
        index = BreakIndex(text)
        capital = text.index("They")
        for end, found in ((capital - 2, [(6, 47)]), (capital - 3, [])):
            # found only by a window whose search reaches the capital (end + 3)
            assert index.spans(0, end) == list(break_spans(text, 0, end)) == found


def test_the_layer_reads_a_long_line_by_the_index_with_the_same_breaks() -> None:
    sentence = 'Dr. Ada Roe spoke. "We won." U.S. aid rose!  “(Yes),” she said? No. '
    text = sentence * 120  # one line of about 8,000 characters
    layer = TextLayer(text)
    for start in range(0, len(text) - 400, 97):
        for end in (start + 5, start + 200, start + 320):
            assert layer.breaks(start, end) == list(break_ends(text, start, end))
    assert layer._break_index is not None  # the windows deep in the line used it


def _stops_of(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in ".!?…"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_ALPHABET, max_size=120).map("".join),
    st.lists(st.tuples(st.integers(-2, 125), st.integers(-2, 125)), max_size=12),
)
@example('x. ""  ((“A', [(0, 2), (0, 3), (0, 4), (0, 11)])
@example("Dr. U.S. A. x!? ..” B", [(0, 21), (3, 18), (4, 17), (0, 2)])
@example("x. A", [(0, 3)])  # the window ends where the next sentence begins
@example("x. (((A", [(0, 3), (0, 4)])  # its search reaches the capital, or falls short
def test_breaks_read_at_the_listed_stops_equal_break_spans_on_any_window(
    text: str, windows: list[tuple[int, int]]
) -> None:
    # Each stop read once, whatever window first holds it: the windows asked in any
    # order, overlapping or not, find what the window's own search finds.
    index = BreakIndex(text, _stops_of(text))
    for a, b in windows:
        start, end = max(0, min(a, len(text))), max(0, min(b, len(text)))
        assert index.spans(start, end) == list(break_spans(text, start, end)), (start, end)


def test_a_listed_stop_is_read_once_for_every_window_that_holds_it() -> None:
    text = "Dr. Ann Roe spoke. Then U.S. aid rose. “Yes,” she said! No."
    calls: list[int] = []
    read = BreakIndex._read_stop

    def counted(self: BreakIndex, at: int) -> tuple[int, int] | None:
        calls.append(at)
        return read(self, at)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(BreakIndex, "_read_stop", counted)
        index = BreakIndex(text, _stops_of(text))
        for start in range(0, len(text), 7):
            for end in (start + 10, start + 30, len(text)):
                assert index.spans(start, end) == list(break_spans(text, start, end))
    assert sorted(calls) == _stops_of(text)  # each stop once, none twice


def test_the_layer_reads_news_breaks_at_its_listed_stops() -> None:
    sentence = "Sen. Ada Roe spoke on Monday about the plan for the county roads. "
    text = "\n".join(sentence * 3 for _ in range(5))  # short lines, few stops
    layer = TextLayer(text)
    assert layer._stops.listed is not None
    for start in range(0, len(text) - 100, 31):
        for end in (start + 40, start + 200):
            assert layer.breaks(start, end) == list(break_ends(text, start, end))
    assert layer._break_index is not None and layer._break_index._read_stops
