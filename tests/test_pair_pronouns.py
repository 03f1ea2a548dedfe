"""*They* for two people who open a sentence together (``_Registry._pair_before``).

With no organisation for *they* to stand for, two people named together as the
opening of a sentence before it (*Ana Ruiz and Tom Hale wrote ...*) are who *they*
are; the joint speaker goes by the one the article named first. Two names inside a
sentence are not read so: they may be a list, the objects of a verb, or the words
before a noun (*Ruiz and Hale supporters*).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _speaker(text: str) -> str | None:
    q = parse(text).quotes[-1]
    return q.speaker_name


@pytest.mark.parametrize(
    "text",
    [
        "Ina Corbel and Rafe Dunmore wrote the survey. In it, they write that the marsh "
        "is “past saving.”",
        # Named again by surname, in the other order, after a title: the first named
        # in the article still gives the joint speaker its name.
        "Ina Corbel and Rafe Dunmore, two ecologists, wrote the survey. Doctors Dunmore "
        "and Corbel doubt the plan. In the report, they write that the marsh is "
        "“past saving.”",
    ],
)
def test_they_for_two_people_opening_a_sentence(text: str) -> None:
    assert _speaker(text) == "Ina Corbel"


@pytest.mark.parametrize(
    "text",
    [
        # A list of names, and two names before a noun: no pair speaks.
        "Fans of Ina Corbel and Rafe Dunmore met on Monday. Later they said the marsh "
        "was “past saving.”",
        "Many Corbel and Dunmore voters came. Later they said the marsh was “past saving.”",
    ],
)
def test_two_names_inside_a_sentence_are_no_pair(text: str) -> None:
    assert _speaker(text) == "they"


_NAMES = st.sampled_from(["Ina Corbel", "Rafe Dunmore", "Oda Prine", "Cato Welk"])


@settings(max_examples=25, deadline=None)
@given(first=_NAMES, second=_NAMES)
def test_the_joint_speaker_is_one_of_the_pair(first: str, second: str) -> None:
    if first == second:
        return  # one person named twice is no pair
    text = f"{first} and {second} wrote the survey. They wrote that the marsh is “past saving.”"
    assert _speaker(text) in (first, second)
