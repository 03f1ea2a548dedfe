"""Descriptors of a person running for office (issue 14, h31b-desc).

Election coverage names a candidate again by the contest (*the candidate*, *the
front-runner*, *the Democratic nominee*) or by the party alone (*the Republican
said*), often without ever printing that noun as the person's title. Such a
descriptor is the one person the paragraph names, else the person a pronoun there
would be, never a person named earlier in its own sentence; failing that, the person
given a contest noun as a title before it. Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _contest_descriptor, _party_member


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(resolved name, mention as printed) of each quote of ``text``."""
    return [
        (
            q.speaker.name if q.speaker is not None else None,
            q.speaker_mention.text if q.speaker_mention is not None else None,
        )
        for q in parse(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A party noun alone, the person introduced in the paragraph before.
        (
            "Governor Ana Roe spoke in Dover on Monday.\n\n"
            "“We will win this state,” the Republican said this week.",
            ("Ana Roe", "the Republican"),
        ),
        (
            "Ana Roe toured three factories on Monday.\n\n"
            "“Jobs come first,” the Democrat told the crowd.",
            ("Ana Roe", "the Democrat"),
        ),
        # A contest noun nobody holds as a title: the speaker in view, whatever
        # office she holds.
        (
            "Sen. Mara Quist spoke to a radio host on Friday. "
            "“I'll tell you what, we will win,” the candidate said.",
            ("Mara Quist", "the candidate"),
        ),
        (
            "“A deal is good for both sides,” Quist told Channel 9's Morning Hour. "
            "“I'll tell you what, it is,” the front-runner said.",
            ("Quist", "the front-runner"),
        ),
        # With a party word before the contest noun.
        (
            "Dina Holm wants the county to build more homes.\n\n"
            "The Democratic nominee told voters that rents were “far too high.”",
            ("Dina Holm", "The Democratic nominee"),
        ),
    ],
)
def test_a_contest_descriptor_is_the_person_in_view(text: str, want: tuple[str, str]) -> None:
    assert speakers(text)[-1] == want


def test_a_person_given_a_contest_title_before_is_meant_when_none_is_in_view() -> None:
    # Hale is named in the descriptor's own sentence, so he is not "the candidate";
    # Roe was introduced as a nominee before it.
    text = (
        "On Monday, Democratic nominee Ana Roe held a rally in Dover.\n\n"
        "Tom Hale, who runs her campaign, was on stage when the candidate said the race "
        "was “wide open.”"
    )
    assert speakers(text) == [("Ana Roe", "the candidate")]


def test_a_contest_title_printed_only_later_introduces_nobody() -> None:
    # Hale is named before the descriptor but given the noun "candidate" only after
    # it, and the paragraph names nobody: the descriptor stays as printed.
    text = (
        "Ana Roe and Tom Hale met in Dover.\n\n"
        "On Friday, the nominee said the plan was “a friend to farmers.”\n\n"
        "Later, candidate Tom Hale left for the airport."
    )
    assert speakers(text)[0] == ("the nominee", "the nominee")


def test_the_party_itself_is_no_member() -> None:
    # "the Republicans", "the GOP": the party speaks, not one person.
    assert not _party_member("the Republicans")
    assert not _party_member("the GOP")
    assert not _party_member("the republican")
    assert _party_member("the Democrat")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the candidate", True),
        ("the GOP front-runner", True),
        ("The Democratic nominee", True),
        ("the Republican", True),
        ("a candidate", False),
        ("the former candidate", False),
        ("the candidate's wife", False),
        ("the minister", False),
    ],
)
def test_which_descriptors_name_someone_running(text: str, want: bool) -> None:
    assert _contest_descriptor(text) is want


@given(st.text(alphabet="abcdefghij -", max_size=30))
def test_an_indefinite_or_bare_phrase_is_never_a_contest_descriptor(words: str) -> None:
    # Only a definite descriptor ("the ...") names someone again.
    assert not _contest_descriptor(words)
    assert not _contest_descriptor("a " + words)
