"""Questions and their answers: who asks, who hears, and who replies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse

# Three short exchanges of our own: enough alternating turns to make a dialogue.
_TALK = (
    '"Coffee?" asked Mrs Ada Vance.\n\n"Black," said Nils Brody.\n\n'
    '"Toast?" asked Mrs Ada Vance.\n\n"Later," said Nils Brody.\n\nRain hit the glass.\n\n'
) * 3


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_the_reply_after_an_asked_question_is_the_other_persons() -> None:
    # The clause that closes the question's paragraph is that question's cue,
    # not a cue for the reply that opens the next one.
    text = _TALK + '"Where did you park?" Nils Brody asked.\n\n"Behind the bakery."'
    assert _speakers(text)[-2:] == ["Nils Brody", "Ada Vance"]


def test_a_reply_in_the_askers_own_paragraph_stays_the_askers() -> None:
    text = _TALK + '"Where did you park?" Nils Brody asked. "I looked everywhere."'
    assert _speakers(text)[-2:] == ["Nils Brody", "Nils Brody"]


def test_news_keeps_one_speaker_over_paragraphs_after_a_question() -> None:
    # Outside a dialogue a speaker's rhetorical question and the next paragraph
    # are still one speaker's.
    text = (
        'The budget passed on Tuesday.\n\n"Who pays for the bridge?" Mayor Ivo Brandt '
        'asked.\n\n"The state does, and it should have said so."'
    )
    assert _speakers(text) == ["Ivo Brandt", "Ivo Brandt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The one asked or told hears the words; nobody is named to say them.
        ('"Will the plant close?" Rosa Imre was asked.', None),
        ('Rosa Imre was asked, "Will the plant close?"', None),
        ('Rosa Imre was told: "The plant will close."', None),
        ('"The plant will close," the workers were told on Friday.', None),
        # With *by*, the agent asks.
        ('"Will the plant close?" Rosa Imre was asked by a reporter.', "a reporter"),
        ('Rosa Imre was asked by Tom Gale, "Will the plant close?"', "Tom Gale"),
        # Not every passive: the one interrupted was speaking.
        ('"We will not close the--" Rosa Imre was interrupted by a heckler.', "Rosa Imre"),
        # The active voice is unchanged.
        ('"Will the plant close?" Rosa Imre asked.', "Rosa Imre"),
    ],
)
def test_a_question_or_order_in_the_passive_is_not_its_hearers(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text) == [speaker]


def test_the_answer_after_a_passive_question_is_the_one_asked() -> None:
    text = '"Will the plant close?" she was asked.\n\n"Not this year," said Rosa Imre.'
    assert _speakers(text) == [None, "Rosa Imre"]


_NAMES = st.sampled_from(["Rosa Imre", "Tom Gale", "Ivo Brandt", "Dr Lena Ost", "the mayor"])


@settings(max_examples=25, deadline=None)
@given(
    name=_NAMES,
    aux=st.sampled_from(["was", "is", "were"]),
    verb=st.sampled_from(["asked", "told", "warned"]),
)
def test_the_subject_of_a_passive_cue_never_speaks_the_quote(
    name: str, aux: str, verb: str
) -> None:
    text = f'"Is the bridge safe?" {name} {aux} {verb}.'
    (quote,) = parse(text).quotes
    assert quote.speaker_name is None
