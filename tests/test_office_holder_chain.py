"""A holder printed right after an office of the shape *office of complement*, with
no comma (issue 14, h50b-offices): *The head of the National Bank Taras Melnyk
said*, *said the head of the regulator Ana Ruiz*. Plain news and translated agency
copy both print it; at the base the speaker stopped at *the head* or took the body's
name into the holder's. Every story is invented."""

from __future__ import annotations

import pytest

from quoteverify.speakers.mentions import office_holder
from quoteverify.text.layer import TextLayer

from .conftest import speakers

CASES = [
    (
        'The head of the Central Bank Oleh Marchuk said: "Rates will not move this spring."',
        "Oleh Marchuk",
    ),
    (
        'The governor of the central bank Mei Lin told the committee: "Prices are calming."',
        "Mei Lin",
    ),
    (
        'The chairman of the board of Corvane Shipping Paul Rennick said: "The yard stays open."',
        "Paul Rennick",
    ),
    (
        'The leader of the Teal bloc in parliament Irene Sova said: "We vote no."',
        "Irene Sova",
    ),
    (
        '"Tariffs will rise in May," said the head of the energy regulator Dana Kell.',
        "Dana Kell",
    ),
    (
        '"Tariffs will rise in May," the head of the Energy Board Carla Wendt said.',
        "Carla Wendt",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_holder_after_an_office_chain_is_the_speaker(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_the_holder_takes_the_office_as_title() -> None:
    text = "The head of the Central Bank Oleh Marchuk"
    found = office_holder(TextLayer(text).tokens(0, len(text)), 0, 2, 7, text)
    assert found is not None
    assert (found.head, found.title) == ("Oleh Marchuk", "head of the Central Bank")


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Bank of England",  # a body's name, no holder
        "the mayor of the city New York",  # a place after the complement
        "the head of the unit said Dana Kell",  # a verb in the complement
    ],
)
def test_no_holder_where_none_is_printed(text: str) -> None:
    toks = TextLayer(text).tokens(0, len(text))
    assert office_holder(toks, 0, 2, len(toks) - 1, text) is None


LATER = [
    (
        "The head of the Central Bank Oleh Marchuk met the press on Friday. "
        '"The reserves are ample," the head of the bank said.',
        "Oleh Marchuk",
    ),
    (
        "The head of the Central Bank Oleh Marchuk met the press on Friday. "
        '"The reserves are ample," the bank\'s head said.',
        "Oleh Marchuk",
    ),
    (
        "The head of the Ministry of Foreign Affairs of Velaria Ivan Tarkov met the envoys. "
        '"Our door stays open," said the minister after the talks.',
        "Ivan Tarkov",
    ),
    (
        "The chairman of the board of Corvane Shipping Paul Rennick spoke at the yard. "
        '"Orders are up," the chairman of the company told workers.',
        "Paul Rennick",
    ),
]


@pytest.mark.parametrize(("text", "name"), LATER)
def test_the_office_alone_later_names_its_holder(text: str, name: str) -> None:
    assert speakers(text)[-1] == name


CUES = [
    (
        'The vice-premier pointed that the grants will come "without red tape", and more besides.',
        "The vice-premier",
    ),
    ('The ministry assessed the ruling as "timely".', "The ministry"),
    ('The union chief, Teo Barra, assessed that wages had risen "too slowly".', "Teo Barra"),
]


@pytest.mark.parametrize(("text", "name"), CUES)
def test_cue_words_of_translated_copy_frame_a_partial(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        'Later the husband of nurse Lia Fenn said "the ward was full."',  # a relation
        'Later the agent of singer Lia Fenn said "the tour is off."',  # her role before her
    ],
)
def test_a_relation_or_a_persons_role_before_the_name_holds_no_office(text: str) -> None:
    assert speakers(text) != ["Lia Fenn"]
