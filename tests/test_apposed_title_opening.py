"""An apposed title with no article after a description that opens its sentence
(*The economist of the opposition, deputy Tom Hale, claimed*): the name is the
sentence's subject, so the next *he said* goes to him (issue 14, h57-newspeaker)."""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.identity import _apposed_title_start, _subject_at


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The economist of the opposition, deputy Tom Hale, claimed that prices were higher.",
        "The chairman, deputy Tom Hale, adjourned the sitting.",
        "Its new manager, coach Tom Hale, signed two players.",
        "The chairman of the review panel, Justice Tom Hale, closed the hearing.",
    ],
)
def test_a_name_after_an_opening_description_and_a_bare_title_is_the_subject(
    text: str,
) -> None:
    i = text.index("Tom Hale")
    assert _subject_at(text, i, i + len("Tom Hale"))


def test_the_next_he_goes_to_the_apposed_name() -> None:
    text = (
        "Dan Roe said: “We will not cut rates yet.”\n\n"
        "The economist of the opposition, deputy Tom Hale, claimed that prices were "
        "higher. “People see it in the market,” he said."
    )
    assert _speakers(text) == ["Dan Roe", "Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        # a reported clause's subject
        "Dan Roe said the chairman, deputy Tom Hale, had left.",
        "He said the headline act, singer Tom Hale, had sold out.",
        # the new person as an object
        "The mayor thanked the chairman, deputy Tom Hale, and left.",
        "The mayor told the chairman, deputy Tom Hale, to wait.",
        "The mayor asked the chairman, deputy Tom Hale, to wait.",
        # a description that is no role noun, or a place before the comma
        "The winner of the raffle, deputy Tom Hale, smiled.",
        "In Ely, deputy Tom Hale spoke.",
    ],
)
def test_a_description_that_does_not_open_its_sentence_is_left(text: str) -> None:
    i = text.index("Tom Hale")
    assert _apposed_title_start(text, i) is None


def test_a_reported_clauses_apposed_name_does_not_take_the_next_she() -> None:
    text = (
        "Lena Moss booked the hall. She said the headline act, singer Ana Ruiz, had "
        "sold out. “We are thrilled,” she added."
    )
    assert _speakers(text) == ["Lena Moss"]


def test_a_name_inside_a_quote_does_not_take_the_next_he() -> None:
    text = (
        "Dan Roe spoke first. “The chairman, deputy Tom Hale, has let us down,” Roe "
        "said. “We will vote him out,” he said."
    )
    assert _speakers(text) == ["Dan Roe", "Dan Roe"]
