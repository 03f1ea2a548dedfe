"""A window far into a dense paragraph is tokenised alone, not by reading the
paragraph up to it (issue 12: the last quote of a 4 MB run made the reader tokenise
the whole paragraph, which cost a tenth of the parse at 10 MB)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import attribution
from quoteverify.text.spans import extract_with_paragraphs


def _dense_context(n: int) -> tuple[str, attribution._Context, tuple[int, int]]:
    text = "".join(f'"Row {i}," Eva noted, "done," Jo added, ' for i in range(n))
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    return text, attribution._Context(text, list(extraction.quotes), paras), paras[0]


def test_a_window_far_into_a_dense_paragraph_does_not_read_the_paragraph_up_to_it() -> None:
    text, ctx, para = _dense_context(2_000)
    start = len(text) - 120
    assert ctx.tokens(start, start + 60) == attribution.tokenize(text, start, start + 60)
    read = ctx._tokens.get(para[0])
    assert read is None or read.read_to < start - attribution._READ_AHEAD


def test_a_window_near_what_was_read_is_still_sliced_from_the_reader() -> None:
    text, ctx, para = _dense_context(400)
    assert ctx.tokens(100, 160) == attribution.tokenize(text, 100, 160)
    assert ctx.tokens(300, 380) == attribution.tokenize(text, 300, 380)
    assert ctx._tokens[para[0]].read_to > 380  # both read from the paragraph's tokens


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30_000), st.integers(0, 200)), max_size=12))
def test_windows_asked_in_any_order_and_distance_equal_tokenize(
    asks: list[tuple[int, int]],
) -> None:
    text, ctx, para = _dense_context(900)
    for at, width in asks:
        start = min(at, para[1] - 1)
        end = min(start + width, para[1])
        assert ctx.tokens(start, end) == attribution.tokenize(text, start, end)
