"""Shapes of news leads (issue 14, h47b-leads): a body named by its initialism, a
one-word city that speaks, a one-word company that speaks; all sentences invented."""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse
from quoteverify.speakers import mentions
from quoteverify.text.layer import tokenize


def _speaker(text: str, at: int = -1) -> tuple[str, SpeakerKind]:
    """The name and kind of the speaker of the ``at``-th quote of ``text``."""
    speaker = parse(text).quotes[at].speaker
    assert speaker is not None
    return speaker.name, speaker.kind


_BODY, _PERSON = SpeakerKind.ORGANIZATION, SpeakerKind.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Agents searched the depot at dawn. "We found nothing," the FBI confirmed.', "FBI"),
        ('The capsule landed safely. "The crew is well," NASA said.', "NASA"),
        ('"Vaccines are on the way," said the WHO, after a week of talks.', "WHO"),
        ('Fares rose again. "Costs are up," the KVTA also said on Monday.', "KVTA"),
    ],
)
def test_an_initialism_that_speaks_is_a_body(text: str, name: str) -> None:
    assert _speaker(text) == (name, _BODY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's initials: the article spells the name out
        (
            'Jonah Kellan Ferris toured the plant. "We will build more," JKF said.',
            "JKF",
        ),
        # a surname set in capitals, as a transcript prints its speakers
        ('Senator Vost took the floor.\n\nVOST: "We will not yield."', "Vost"),
        # a double surname gives two of the initials (h47c-review)
        (
            'Alina Okafor-Castell won the seat in June. "We will win again," AOC said.',
            "AOC",
        ),
    ],
)
def test_an_initialism_of_a_person_stays_a_person(text: str, name: str) -> None:
    assert _speaker(text) == (name, _PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Jonah Ferris took the award. "I owe the team," the MVP said.', "the MVP"),
        ('Shares fell again. "We are cutting costs," the CFO said.', "the CFO"),
        ('The app crashed twice. "We found the bug," the CTO said.', "the CTO"),
    ],
)
def test_a_role_in_capitals_is_no_body(text: str, name: str) -> None:
    """*the MVP said*, *the CFO said*: a person's role or title printed in capitals
    (``role_nouns.txt``, ``titles.tsv``), not a body's initialism (h47c-review)."""
    assert _speaker(text) == (name, _PERSON)


def test_a_transcript_label_in_capitals_is_no_body() -> None:
    """*KAB:* opens a transcript's line with no cue verb beside it: the speaker's
    initials, though the article prints no middle name to spell them (h47c-review:
    fails when ``_cue_beside`` always says yes)."""
    text = (
        "Reporter Lina Marsh spoke to the harbour master, Kofi Boateng.\n\n"
        'LM: "Why now?"\n\nKAB: "Because the port is failing."'
    )
    assert _speaker(text)[1] is _PERSON


def test_an_initialism_as_a_modifier_is_no_body() -> None:
    """*the ABC reply*: the capitals modify a noun; the pronoun after keeps its person."""
    text = 'Rowan Fitch, who signed the ABC reply, spoke first. "It was late," she said.'
    assert _speaker(text) == ("Rowan Fitch", _PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The bridge reopened in May. "We paid for it," Chicago said.', "Chicago"),
        ('Tolls went up. "The fund is empty," Pittsburgh warned on Friday.', "Pittsburgh"),
        ('The case went to court. "The law is void," Los Angeles argued.', "Los Angeles"),
    ],
)
def test_a_large_city_that_speaks_is_its_government(text: str, name: str) -> None:
    assert _speaker(text) == (name, _BODY)


def test_a_city_printed_before_as_a_surname_stays_the_person() -> None:
    text = 'Councillor Mara Seattle spoke first. "We are ready," Seattle said.'
    assert _speaker(text) == ("Mara Seattle", _PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Shares slid after the recall. "We regret the delay," Zentrix said in a statement.',
            "Zentrix",
        ),
        (
            'Orvelle, a Lisbon start-up, doubled its staff. "We are hiring," Orvelle said.',
            "Orvelle",
        ),
        ('The carmaker Velnor cut prices. "Demand is soft," Velnor said on Tuesday.', "Velnor"),
        ('Quillo is a brand that sells tea. "Sales are up," Quillo said.', "Quillo"),
    ],
)
def test_a_one_word_company_that_speaks_is_a_body(text: str, name: str) -> None:
    assert _speaker(text) == (name, _BODY)


@pytest.mark.parametrize(
    "text",
    [
        # nothing calls the word a company: a person, for want of a kind
        'Sales rose in March. "The product is safe," Quillo said.',
        # a company's modifier, not the word's kind
        'Quillo, a company spokesman, took questions. "The product is safe," Quillo said.',
    ],
)
def test_a_one_word_name_not_called_a_company_stays_a_person(text: str) -> None:
    assert _speaker(text) == ("Quillo", _PERSON)


def test_a_person_with_the_name_keeps_it() -> None:
    text = (
        'Dana Velnor, who founded the carmaker, spoke first. "We will grow," Velnor '
        "said in a statement."
    )
    assert _speaker(text) == ("Dana Velnor", _PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Counting ended at dawn. "We won the city," said Pau Ferrer i Puig.', "Pau Ferrer i Puig"),
        (
            'Pau Ferrer i Puig led the count. "We won the city," Ferrer i Puig said.',
            "Pau Ferrer i Puig",
        ),
    ],
)
def test_catalan_joined_surnames_are_one_name(text: str, name: str) -> None:
    assert _speaker(text) == (name, _PERSON)


def test_the_pronoun_i_is_no_particle() -> None:
    """Catalan *i* joins a name only as printed in lower case: *I* is the pronoun."""
    toks = tokenize("Pau Ferrer i Puig and I", 0, 23)
    assert [mentions._particle(t) for t in toks] == [False, False, True, False, False, False]
