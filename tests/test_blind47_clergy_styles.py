"""Clergy, academic and knightly styles (blind set 47, issue 14): a knight's or a
sheikh's style printed after an office (*Culture Secretary Dame Ann Roe*,
*Vice-Chancellor Sir Howard Bell*) stays a title, so a later *Dame Ann* or *Sir
Howard* is the same person; and *archdeacon*, *patriarch*, *swami* and
*vice-chancellor* are role nouns, so *the archdeacon said* goes back to the person
given that office. Every sentence is invented."""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.offices import style_after_office


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Culture Secretary Dame Ann Roe opened the gallery.\n"We will act," Dame Ann said.',
            "Dame Ann Roe",
        ),
        (
            "Transport Secretary Sir Peter Quill toured the depot.\n"
            '"The trains are late," Sir Peter told reporters.',
            "Sir Peter Quill",
        ),
        (
            "Foreign Minister Sheikh Khalid bin Rashid Al Nasser met the envoys.\n"
            '"Talks will resume," Sheikh Khalid said.',
            "Sheikh Khalid bin Rashid Al Nasser",
        ),
    ],
)
def test_a_knights_style_after_an_office_names_him_later(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_a_knights_style_after_a_role_noun_names_him_later() -> None:
    text = (
        "Vice-Chancellor Sir Howard Bell of the University of Kettering spoke first.\n"
        '"Some colleges are broke," Sir Howard said.'
    )
    assert _speakers(text) == ["Sir Howard Bell"]


def test_the_office_after_the_knight_still_reads_alone() -> None:
    text = (
        "Transport Secretary Sir Peter Quill toured the depot.\n"
        '"The trains are late," the transport secretary said.'
    )
    assert _speakers(text) == ["Sir Peter Quill"]


@pytest.mark.parametrize(
    ("title", "cut"),
    [("Vice-Chancellor Sir", 16), ("Culture Secretary Dame", 18), ("Sir", 0), ("Mr Sir", 0)],
)
def test_style_after_office_cuts_a_knights_style(title: str, cut: int) -> None:
    assert style_after_office(title) == cut


def test_a_lone_word_after_the_knights_style_is_no_name_of_two() -> None:
    # Near miss: one word after "Sir" is the knight's given name, so "Sir Quill" stays
    # the name as printed (never a title and a one-word name).
    text = 'Transport Secretary Sir Quill toured the depot.\n"The trains are late," Sir Quill said.'
    assert _speakers(text) == ["Sir Quill"]


def test_another_man_of_the_same_first_name_is_not_the_knight() -> None:
    text = (
        "Culture Secretary Sir Peter Quill opened the gallery, and Peter Marsh, its director,"
        ' showed him round.\n"We are open," Peter Marsh said.'
    )
    assert _speakers(text) == ["Peter Marsh"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ven. Helen Marsh, Archdeacon of Castleford, called it a mess.\n"
            '"He knew every warden," the archdeacon said.',
            "Helen Marsh",
        ),
        (
            "Nikos Daskalos, Patriarch of Alexandria, called it "
            '"a shame."\n"These are not numbers," the patriarch said.',
            "Nikos Daskalos",
        ),
        (
            'Ravi Menon, the swami of the hill temple, called the lamps "a reminder."\n'
            '"Light simply arrives," the swami said.',
            "Ravi Menon",
        ),
    ],
)
def test_a_clergy_office_alone_names_its_holder(text: str, name: str) -> None:
    assert _speakers(text)[-1] == name


def test_an_office_nobody_was_given_names_nobody() -> None:
    # Near miss: no one in the text was called the archdeacon.
    text = 'Helen Marsh ran the fete.\n"It rained," the archdeacon said.'
    assert _speakers(text)[-1] != "Helen Marsh"
