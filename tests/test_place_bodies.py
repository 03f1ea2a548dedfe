"""Places inside bodies' names and governed places that speak (h45-leads).

A country printed after a body's word (*Air France*, *Team Kenya*, *Radio Free Asia*)
is part of the body's name, not a person's surname: the country alone that speaks
later stays its government. A city or county of several words that speaks (*Kansas
City said*, *Orange County warned*) is its government, an organisation, never a
person. Every story here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.model import SpeakerKind


def _speaker(text: str) -> tuple[str | None, SpeakerKind | None]:
    quote = quoteverify.parse(text).quotes[-1]
    speaker = quote.speaker
    return (None, None) if speaker is None else (speaker.name, speaker.kind)


@pytest.mark.parametrize(
    ("body", "land"),
    [
        ("Air France", "France"),
        ("Team Kenya", "Kenya"),
        ("Radio Free Japan", "Japan"),
        ("Bank Indonesia", "Indonesia"),
        ("Banco Brazil", "Brazil"),
    ],
)
def test_a_country_after_a_bodys_word_is_no_surname(body: str, land: str) -> None:
    text = (
        f"{body} changed its plans on Monday after the storm. "
        f'"We will not step in," {land} said on Tuesday.'
    )
    assert _speaker(text) == (land, SpeakerKind.ORGANIZATION)


def test_a_country_after_a_given_name_or_a_title_is_still_a_surname() -> None:
    # the body's word is read back only through capitalised words that are no
    # title and no given name: "Party Chairman Ngozi Kenya" is a person
    text = 'Party Chairman Ngozi Kenya spoke at the rally. "The vote will be fair," Kenya said.'
    assert _speaker(text) == ("Ngozi Kenya", SpeakerKind.PERSON)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["New York City", "Kansas City", "Quezon City", "Orange County"]),
    st.sampled_from(["said", "warned", "announced"]),
)
@example("Salt Lake City", "said")
def test_a_governed_place_that_speaks_is_its_government(place: str, verb: str) -> None:
    text = f'Heavy rain closed two bridges overnight. "Crews are out," {place} {verb}.'
    assert _speaker(text) == (place, SpeakerKind.ORGANIZATION)


def test_a_title_before_a_city_word_keeps_the_person() -> None:
    # a one-word place head with a title before it is a person's surname
    text = 'Mayor Ann City opened the fair. "Welcome," Mayor City said.'
    assert _speaker(text)[1] == SpeakerKind.PERSON


@pytest.mark.parametrize(
    "body", ["Air France", "Radio Free Asia", "Bank Indonesia", "Team Kenya", "Radio Free Europe"]
)
def test_a_body_that_ends_in_a_place_and_speaks_is_an_organisation(body: str) -> None:
    # a body's word first, a place last (a continent too): the body, never a person
    text = f'The schedule changed twice this week. "We regret the delay," {body} said.'
    assert _speaker(text) == (body, SpeakerKind.ORGANIZATION)


def test_a_place_word_as_a_surname_with_a_persons_apposition_is_a_person() -> None:
    # "City" ends governed places' names, but a comma and one person's role after the
    # name say a person (a surname that is also a place word)
    text = 'The school reopened on Monday. "Classes resume next week," said Ruth City, a teacher.'
    assert _speaker(text) == ("Ruth City", SpeakerKind.PERSON)
    text = 'Heavy rain closed two bridges overnight. "Crews are out," Kansas City said.'
    assert _speaker(text) == ("Kansas City", SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the apposition describes the place or the body: a noun of its kind comes first
        (
            '"Crews are out," said Kansas City, a city whose mayor took office in May.',
            "Kansas City",
        ),
        ('"Rates stay," said Bank Indonesia, a regulator that rarely moves.', "Bank Indonesia"),
        ('"We regret it," said Air France, a carrier whose chief quit.', "Air France"),
        # a cue's verb after the role: a new clause, not an apposition
        ('"Crews are out," said Kansas City, one official said.', "Kansas City"),
    ],
)
def test_an_apposition_of_a_place_or_a_body_keeps_the_organisation(text: str, name: str) -> None:
    assert _speaker(f"Rain fell all week. {text}") == (name, SpeakerKind.ORGANIZATION)
