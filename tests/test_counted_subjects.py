"""A number word standing alone (*One said*, *Two: "..."*) counts people or points; it
is never a person's name (``mentions._QUANTIFIERS``, ``attribution._before_in``).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, SpeakerKind, parse


def only(text: str) -> tuple[QuoteKind, str | None, SpeakerKind | None]:
    """The kind, speaker's name and speaker's kind of the last quote of ``text``."""
    q = parse(text).quotes[-1]
    return q.kind, q.speaker_name, q.speaker.kind if q.speaker is not None else None


def test_a_number_word_as_a_subject_is_an_unnamed_member() -> None:
    text = "The panel heard two witnesses. One said the plan was “dead on arrival.”"
    assert only(text) == (QuoteKind.PARTIAL, "One", SpeakerKind.ANONYMOUS)


def test_a_number_word_after_the_cue_is_one_of_a_crowd() -> None:
    text = "Dozens of pickets stood at the gate. “We lost the vote,” said one."
    assert only(text) == (QuoteKind.DIRECT, "one", SpeakerKind.ANONYMOUS)


def test_a_number_word_gives_a_term_no_speaker() -> None:
    """A verb the lexicon does not know gives a non-speech span only a named subject."""
    text = "The bill had two aims. One was staying “revenue neutral” for a decade."
    assert only(text) == (QuoteKind.NON_SPEECH, None, None)


@pytest.mark.parametrize("marker", ["One", "Two", "Second", "Third"])
def test_a_list_marker_before_a_colon_names_nobody(marker: str) -> None:
    text = f"Roe gave her reasons. {marker}: “nobody asked the voters.”"
    assert only(text)[1:] == (None, None)


@settings(max_examples=30, deadline=None)
@given(
    number=st.sampled_from(["One", "Two", "Three", "Five", "Eleven", "Twenty"]),
    verb=st.sampled_from(["said", "argued", "added", "wrote"]),
)
def test_no_number_word_is_a_person(number: str, verb: str) -> None:
    text = f"Reporters asked the crowd. {number} {verb} the rally was “too long by half.”"
    assert only(text)[2] is not SpeakerKind.PERSON
