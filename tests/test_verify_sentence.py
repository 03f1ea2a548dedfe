"""The sentence around a quote that verify reads for a title's author is found in a
bounded stretch of its paragraph, so a text of one long line is not read whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify.matching import verify
from quoteverify.matching.verify import _PARAGRAPH_REACH, _sentence_around

_PIECES = st.sampled_from(
    ["Ana Roe wrote ", "a memo titled ", "“We Will Win.” ", "It sold. ", "\n\n"]
)


@given(st.lists(_PIECES, max_size=40), st.data())
def test_within_reach_the_sentence_is_the_one_an_unbounded_read_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert len(text) < _PARAGRAPH_REACH  # every paragraph here is within reach
    got = _sentence_around(text, start, end)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(verify, "_PARAGRAPH_REACH", 10**9)
        assert _sentence_around(text, start, end) == got


def test_a_text_of_one_long_line_is_read_only_near_the_quote() -> None:
    filler = "The board met again and nothing was decided " * 500  # about 22,000 characters
    text = filler + "Ana Roe wrote a memo titled “We Will Win” for the staff " + filler
    start = text.index("“")
    end = text.index("”") + 1
    sentence = _sentence_around(text, start, end)
    assert "Ana Roe wrote a memo titled" in sentence
    assert len(sentence) <= 2 * _PARAGRAPH_REACH + 1  # the two sides, and a space
