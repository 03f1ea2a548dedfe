"""A time phrase before the speaker's name is no part of the name: a day (*On
Monday Ruiz said*), a month, *May* among them, after a preposition of time read
where a cue's subject is read (*In March Lopez said*, *Since May Lopez has argued
that*), *last week*, *this year*, *earlier* (issue 14, h50-leads). Every sentence
here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    "lead",
    [
        "In March Kell",
        "Since May Kell has argued that",
        "Since August Kell has argued that",
        "Last November Kell",
        "On Monday Kell",
        "Last week Kell",
        "This year Kell",
        "Earlier Kell",
        "Since Tuesday Kell has",
    ],
)
def test_a_time_phrase_before_a_surname_leaves_the_named_person(lead: str) -> None:
    said = "" if lead.endswith("that") else " said"
    text = f'Nadia Kell runs the ferry line. {lead}{said} "the boats will sail again soon."'
    assert _speakers(text) == ["Nadia Kell"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Since May Kell has argued that "the fares are too high."', "Kell"),
        ('In March Kell said "the fares are too high."', "Kell"),
        ('In May Olga Brandt said "the fares are too high."', "Olga Brandt"),
    ],
)
def test_a_month_after_a_time_preposition_is_not_read_into_the_subject(
    text: str, name: str
) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('May Kell opened the show. "Welcome to all of you," May Kell said.', "May Kell"),
        ('With May Kell beside him, Tor Ames said "we are ready."', "Tor Ames"),
    ],
)
def test_may_without_a_time_preposition_stays_a_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]
