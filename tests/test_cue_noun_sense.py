"""A cue word in its bare form that closes a noun phrase before a comma and a cue
clause of its own subject is a noun (*the growth rate, Ann Roe said*), so the quote
before it runs on to that clause (``attribution._noun_before_cue_clause``). Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from quoteverify import parse


def speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prices will keep rising “for a while yet” because of the growth rate, "
            "Ann Roe said on Monday.",
            "Ann Roe",
        ),
        (
            "The governor is a “steady hand” who has run twice in the state, the "
            "newspaper's editors wrote.",
            "the newspaper's editors",
        ),
        (
            "Exports fell “sharply and fast” after the quarterly report, the minister told "
            "lawmakers.",
            "the minister",
        ),
    ],
)
def test_a_noun_before_a_comma_and_a_cue_clause_is_no_cue(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The verb the row is for: a cue with its object before the quote.
        ("Critics rated it “a disaster for the city.”", "Critics"),
        ("Voters rate the plan “a waste of money,” the poll found.", "Voters"),
        # A verb before a comma with no subject after it stays the cue.
        ("“We lost the vote,” critics say, citing the count.", "critics"),
    ],
)
def test_the_verb_stays_a_cue(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
