"""What a pronoun may stand for, read from descriptions (issue 14).

A one-word name such as *Velmora* looks like a surname, so the registry makes it a
person; when the article then says what it is (*Velmora, the state news agency,*,
*Port Avelon, which hosts the summit,*), *he* and *she* may not stand for it. And a
titled person named again by a descriptor as a subject (*the admiral said*, *The
admiral rejected it*) is in view for the pronoun after it, though other names came
between. Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.lexicons import load, load_table
from quoteverify.speakers.identity import _described_body
from tests.test_descriptors import speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A body's noun in apposition: the pronoun goes on to the person named before.
        (
            "Tom Hale ran the ministry for six years.\n\n“Growth will return this year,” "
            "Velmora, the state news agency, wrote on Monday. “Prices are stable,” he said.",
            [("Velmora", "Velmora"), ("Tom Hale", "he")],
        ),
        # A relative "which" after the name.
        (
            "Tom Hale has run the ministry since May.\n\nOn Monday Port Avelon, which hosts "
            "the summit, closed its harbour. “We are ready for it,” he said.",
            [("Tom Hale", "he")],
        ),
    ],
)
def test_a_described_body_is_no_he(text: str, want: list[tuple[str, str]]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # A person's role with a body in it: the body is another's, the name a person's.
        "Brian Osei, a spokesman for the campaign, spoke first. “We are ready,” he said.",
        "Ana Ruiz, the company's founder, spoke first. “We are ready,” she said.",
        # "which" after a name with a given name goes with another noun.
        "Talks between Hale and Ana Ruiz, which began in May, stalled. “We are ready,” she said.",
    ],
)
def test_a_person_described_by_a_role_stays_a_person(text: str) -> None:
    name = speakers(text)[-1][0]
    assert name is not None
    assert name in text.split(",", 1)[0]


def test_described_body_reads_the_apposition_only() -> None:
    text = "Korvex, the carmaker, said"
    assert _described_body(text, 6)
    assert not _described_body("Korvex, a spokesman for the carmaker, said", 6)
    assert not _described_body("Korvex, the carmaker's founder, said", 6)
    assert not _described_body("Korvex, the winner, said", 6)  # not a body's noun
    assert _described_body("Port Avelon, which hosts it", 11)


_MODIFIER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).filter(
    lambda w: w not in load("affiliation_prepositions")
)


@given(
    modifiers=st.lists(_MODIFIER, max_size=3),
    noun=st.sampled_from(sorted(load_table("body_kinds"))),
    link=st.sampled_from(["", "for", "of", "at"]),
)
def test_a_body_noun_in_apposition_unless_a_preposition_comes_first(
    modifiers: list[str], noun: str, link: str
) -> None:
    words = ["the", *modifiers, *([link, "the"] if link else []), noun]
    text = "Korvex, " + " ".join(words) + ", said"
    assert _described_body(text, 6) is (not link and len(words) <= 6)


_ADMIRAL = "Admiral Tom Hale took command of the fleet in May.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # After a comma, before a cue verb.
        _ADMIRAL + "Sam Reyes, a lawyer for the sailors, filed the suit on Monday. "
        "The drills had two aims, the admiral said. “We will not stop them,” he said.",
        # After an aside between dashes.
        _ADMIRAL + "Sam Reyes filed the suit on Monday. Asked about the drills - war or "
        "not - the admiral laughed. “We will not stop the drills,” he said.",
        # At a sentence's start, before its verb.
        _ADMIRAL + "Sam Reyes filed the suit on Monday. The admiral rejected it within "
        "the hour. “We will not stop the drills,” he said.",
    ],
)
def test_a_titled_person_named_again_as_a_subject_is_in_view(text: str) -> None:
    assert speakers(text) == [("Tom Hale", "he")]


@pytest.mark.parametrize(
    "text",
    [
        # Inside a quote, a descriptor is the speaker's words.
        _ADMIRAL + "Sam Reyes filed the suit on Monday.\n\n“It was never weak. The admiral "
        "rejected it within the hour,” he told reporters.",
        # After a comma, a word that is no cue verb.
        _ADMIRAL + "Sam Reyes filed the suit on Monday, the admiral aside. "
        "“We will not stop,” he said.",
    ],
)
def test_a_descriptor_that_is_no_subject_leaves_the_last_name(text: str) -> None:
    assert {name for name, _ in speakers(text)} == {"Sam Reyes"}


@pytest.mark.parametrize(
    "text",
    [
        "The bill drew fire from employers such as Korlan, which opposed it from the start. "
        "“We call on other firms to join us,” the company said.",
        "The bill drew fire from employers such as Korlan, which opposed it from the start."
        "\n\n“We call on other firms to join us,” the company said on Tuesday.",
    ],
)
def test_a_body_named_by_one_word_then_described_is_the_company(text: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Korlan", SpeakerKind.ORGANIZATION)


def test_a_given_name_before_which_is_no_body() -> None:
    text = (
        "The plan came from Maria, which surprised the board. "
        "“We call on other firms to join us,” the company said."
    )
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name != "Maria"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A state's name, which the registry reads as a person's.
        (
            "Tom Reyes grew up in Dover.\n\nNorth Carolina, he said, was where he learned "
            "to swim. “You never forget a place like that,” he said.",
            [("Tom Reyes", "he")],
        ),
        # A titled person whose name is a state's.
        (
            "Sen. Georgia spoke to the board on Monday.\n\n“It is time,” she said.",
            [("Georgia", "she")],
        ),
    ],
)
def test_a_state_is_no_he(text: str, want: list[tuple[str, str]]) -> None:
    assert speakers(text) == want


_RALLY_NIGHT = (
    "Tom Reyes spoke to the crowd in Dover for an hour on Monday night, and most of the "
    "several hundred people who had come out to the old market hall stayed to the end "
    "despite the rain and the cold wind off the harbour. "
)


def test_a_subject_pronoun_before_carries_its_person() -> None:
    # "He" stands for Reyes; the governor named after it is no subject.
    text = _RALLY_NIGHT + (
        "He praised the harbour deal signed last year by Governor Sam Hale, who he said "
        "was “a friend to this town.”"
    )
    assert speakers(text) == [("Tom Reyes", "he")]


def test_a_person_named_as_a_subject_after_the_pronoun_comes_first() -> None:
    text = _RALLY_NIGHT + (
        "“Hale is a friend,” he said. Governor Sam Hale signed the harbour deal. "
        "“It was a team effort,” he said."
    )
    assert speakers(text) == [("Tom Reyes", "he"), ("Sam Hale", "he")]
