"""A cue inside a quote may name the inner quote's speaker across a time phrase
(h38-inner): *"As Tom said the other day, 'we never give up,'" Ana said* — the inner
words are Tom's. Every sentence here is our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _inner_speaker(text: str) -> str | None:
    [q] = [q for q in parse(text).quotes if q.depth]
    return q.speaker_name


@pytest.mark.parametrize(
    "time",
    ["the other day", "last week", "on Monday", "in 2019", "this morning", "yesterday"],
)
def test_a_time_phrase_between_the_inner_cue_and_its_quote(time: str) -> None:
    text = f"\"As Tom Hale said {time}, 'we never give up on the pier,'\" Ana Ruiz said."
    assert _inner_speaker(text) == "Tom Hale"


@pytest.mark.parametrize(
    "between",
    [
        # words that are no time phrase: the cue is too far to lead the quote
        "to a crowd of dockers",
        "when the vote was lost",
        # a time phrase with no comma or colon after it
        "last week and then",
    ],
)
def test_other_words_between_leave_the_inner_quote_to_the_outer_speaker(between: str) -> None:
    text = f"\"As Tom Hale said {between}, 'we never give up on the pier,'\" Ana Ruiz said."
    assert _inner_speaker(text) != "Tom Hale"


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["last", "this", "week", "Monday", "morning", "on", "the", "other", "day"]),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([",", ":"]),
)
def test_any_short_run_of_time_words_keeps_the_inner_cue(words: list[str], stop: str) -> None:
    time = " ".join(words)
    text = f"\"As Tom Hale said {time}{stop} 'we never give up on the pier,'\" Ana Ruiz said."
    assert _inner_speaker(text) == "Tom Hale"
