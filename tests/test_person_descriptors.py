"""A person's descriptor (an age, a nation, an epithet) is the person in view when
what else the paragraph names is no person (issue 14, h55b-persons).

*the 29-year-old* after *Dana Whitcombe ... took the Harbor Open*: an event printed
after *the* is read as a name, but no descriptor of a person can be it. *the rookie*
after *Rookie quarterback Dan Corbin*: the epithet is a word the introduction printed
before the name. Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers.identity import _after_the, _another_named, _Entity


def names(text: str) -> list[str | None]:
    """The resolved speaker of each quote of ``text``."""
    return [q.speaker_name for q in parse(text).quotes]


WON = "Dana Whitcombe carded a closing 66 on Sunday to take the Harbor Open by three shots."
SAID = '"I kept waiting for it to go wrong," the 29-year-old said.'


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_an_age_passes_over_an_event_named_after_the_person(gap: str) -> None:
    assert names(WON + gap + SAID) == ["Dana Whitcombe"]


def test_a_nation_passes_over_an_event_named_after_the_person() -> None:
    text = (
        'Marta Olano won the Seabrook Trophy on Friday.\n\n"It was a long week," the Spaniard said.'
    )
    assert names(text) == ["Marta Olano"]


@pytest.mark.parametrize(
    "opening",
    [
        # a second person, not an event, before the descriptor's sentence
        "Dana Whitcombe and Lena Ortiz shared the lead on Sunday.",
        # the event (read as a name) is the paragraph's first naming
        "The Harbor Open went to Dana Whitcombe on Sunday.",
    ],
)
def test_an_age_stays_a_description_beside_another_name(opening: str) -> None:
    assert names(opening + "\n\n" + SAID) == ["the 29-year-old"]


@pytest.mark.parametrize(
    ("opening", "said", "want"),
    [
        ("Rookie quarterback Dan Corbin", "the rookie", "Dan Corbin"),
        ("Veteran striker Dan Corbin", "the veteran", "Dan Corbin"),
    ],
)
def test_an_epithet_printed_in_the_introduction_is_that_person(
    opening: str, said: str, want: str
) -> None:
    text = (
        f"{opening} had the best game of his career on Sunday.\n\n"
        f'Corbin, 23, was calm afterwards. "The line did the work," {said} said.'
    )
    assert names(text) == [want]


@pytest.mark.parametrize("opening", ["Quarterback Dan Corbin", "Coach Dan Corbin"])
def test_an_epithet_stays_a_description_for_a_person_given_another_role(
    opening: str,
) -> None:
    text = (
        f"{opening} had the best game of his career on Sunday.\n\n"
        f'Corbin was calm afterwards. "The line did the work," the rookie said.'
    )
    assert names(text) == ["the rookie"]


@given(st.integers(min_value=4, max_value=40))
def test_only_a_name_after_the_that_follows_the_person_is_passed_over(at: int) -> None:
    held = _Entity(name="Ana Roe", kind=SpeakerKind.PERSON)
    other = _Entity(name="Harbor Open", kind=SpeakerKind.PERSON)
    text = "x" * 100
    after_the = text[: at + 16] + "the " + text[at + 20 :]
    assert not _another_named(text, [(at, held, at + 7), (at + 20, held, at + 27)], held)
    assert _another_named(text, [(at, held, at + 7), (at + 20, other, at + 31)], held)
    assert not _another_named(after_the, [(at, held, at + 7), (at + 20, other, at + 31)], held)
    # the same name first, before the person: read as another
    first = text[: at - 4] + "the " + text[at:]
    assert _another_named(first, [(at, other, at + 11), (at + 20, held, at + 27)], held)


@given(st.text(alphabet="abc ", max_size=12))
def test_after_the_reads_only_the_word_before(prefix: str) -> None:
    text = prefix + "the Open"
    assert _after_the(text, len(text) - 4)
    assert not _after_the(prefix + "to Open", len(prefix) + 3)


BEAT = "HOVE — Marta Olano saved two set points to beat the top seed, Ivana Petrak, on Tuesday."


def test_a_nation_after_a_paragraph_break_is_the_subject_before() -> None:
    text = BEAT + '\n\n"I was ready to pack my bags," the Spaniard said.'
    assert names(text) == ["Marta Olano"]


def test_an_age_after_a_paragraph_break_picks_among_nobody() -> None:
    text = BEAT + '\n\n"I was ready to pack my bags," the 24-year-old said.'
    assert names(text) == ["the 24-year-old"]


@pytest.mark.parametrize(
    "opening",
    [
        # two subjects joined by "and": neither is meant
        "Marta Olano and Ivana Petrak won the doubles title on Tuesday.",
        # another age was given to the other person
        "HOVE — Marta Olano saved two set points to beat the top seed, Ivana Petrak, 31, "
        "in three sets.",
    ],
)
def test_a_descriptor_after_a_paragraph_break_stays_when_two_are_in_view(opening: str) -> None:
    text = opening + '\n\n"I was ready to pack my bags," the 24-year-old said.'
    assert names(text) == ["the 24-year-old"]


def test_an_age_given_to_the_object_is_that_person() -> None:
    text = (
        "HOVE — Marta Olano saved two set points to beat the top seed, Ivana Petrak, 24, "
        'in three sets.\n\n"I was ready to pack my bags," the 24-year-old said.'
    )
    assert names(text) == ["Ivana Petrak"]


def test_an_age_given_two_paragraphs_up_keeps_the_descriptor() -> None:
    text = (
        "Marta Olano, 31, reached her first final last month.\n\n"
        + BEAT
        + '\n\n"I was ready to pack my bags," the 24-year-old said.'
    )
    assert names(text) == ["the 24-year-old"]
