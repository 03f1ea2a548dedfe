"""A title's short form after a body's name and *and* opens a person's name (stop
59, found by ``test_registry_memo``'s property): *the Department of Health and
Sen. Ann Roe* is a department, then a senator, not a department named *... and
Sen* nor an office *Department of Health and Sen.* held by Ann Roe. Every story is
invented."""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers.mentions import PhraseKind, name_rows


@pytest.mark.parametrize("gap", [" ", "  ", "   "])
def test_the_body_and_the_senator_are_two_rows(gap: str) -> None:
    text = f"They met the Department of Health{gap}and Sen. Ann Roe."
    rows = [(r[2], r[3], r[5]) for r in name_rows(text, lone=True)]
    assert rows == [
        ("Department of Health", PhraseKind.ORGANIZATION, ""),
        ("Sen. Ann Roe", PhraseKind.NAME, "Sen"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Officials of the Housing Board and Sen. Ann Roe met. "We agreed on nothing," Roe said.',
        'The Housing Board and Gov. Ann Roe disagreed. "It is a bad bill," the governor said.',
    ],
)
def test_the_person_after_the_body_keeps_her_full_name(text: str) -> None:
    (quote,) = qv.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Roe"


def test_a_body_named_with_a_title_word_reads_on() -> None:
    # Near miss: "Senate" after "and" is a word of the body's name, no short title.
    rows = name_rows("They met the Committee on Finance and Senate Affairs.", lone=True)
    assert [(r[2], r[3]) for r in rows] == [
        ("Committee on Finance and Senate Affairs", PhraseKind.ORGANIZATION)
    ]
