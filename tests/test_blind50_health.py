"""Health copy, the shapes of blind set 50 (issue 14, h59c-blind50).

Clinical people named by what they do (*GP*, *matron*, *pharmacist*,
*neurologist*, *psychiatrist*, *physiotherapist*, *dentist* and the like) are
roles (``lexicons/role_nouns.txt``): before a name they are not part of it, and
"A GP in Brindle, Dr Rosa Quell," is a descriptor with the person in apposition,
so the town is never the speaker.
"""

from __future__ import annotations

import pytest

from .conftest import speakers


@pytest.mark.parametrize("where", ["", " in Brindle", " at the Mill Lane practice"])
def test_a_gp_in_a_town_then_the_name_is_the_speaker(where: str) -> None:
    text = (
        "Surgeries across the county ran out of flu jabs on Friday. "
        f"A GP{where}, Dr Rosa Quell, said some families were "
        '"tired of being told to come back".'
    )
    assert speakers(text) == ["Rosa Quell"]


def test_a_gp_in_a_town_then_a_colon_quote() -> None:
    text = (
        "The practice has lost three doctors since June. "
        'A GP in Brindle, Dr Rosa Quell, said: "We cannot see everyone who rings."'
    )
    assert speakers(text) == ["Rosa Quell"]


@pytest.mark.parametrize(
    "role",
    ["Pharmacist", "Neurologist", "Psychiatrist", "Physiotherapist", "Dentist", "Matron"],
)
def test_a_clinical_role_before_the_name_is_not_part_of_it(role: str) -> None:
    text = (
        "The new wing opened to patients on Tuesday after two years of delays. "
        f"{role} Konrad Ashby said the wait had been worth it. "
        '"The rooms are light and quiet," he said.'
    )
    assert speakers(text) == ["Konrad Ashby"]


@pytest.mark.parametrize("role", ["pharmacist", "psychologist", "cardiologist"])
def test_a_role_at_a_place_then_the_name(role: str) -> None:
    text = (
        "Shortages of the tablets were reported in several towns. "
        f"A {role} in Corley, Hana Petrov, said the shelves were "
        '"almost bare by lunchtime".'
    )
    assert speakers(text) == ["Hana Petrov"]


def test_the_matron_later_is_the_woman_introduced_as_matron() -> None:
    text = (
        "The children's ward was full for a third night. "
        "The matron, Ines Calder, said the staff were exhausted. "
        "A union organiser, Ken Lowe, said pay was the real issue. "
        '"We need more nurses on every shift," the matron said.'
    )
    assert speakers(text) == ["Ines Calder"]


def test_near_miss_a_gp_after_the_name_keeps_the_name() -> None:
    text = (
        "Waiting times for appointments rose again in March. "
        'Dr Rosa Quell, a GP in Brindle, said patients were "waiting weeks, not days".'
    )
    assert speakers(text) == ["Rosa Quell"]


def test_near_miss_a_lawyer_in_a_city_was_already_a_role() -> None:
    text = (
        "The claim was filed on Monday. "
        'A lawyer in Corley, Hana Petrov, said the case was "far from over".'
    )
    assert speakers(text) == ["Hana Petrov"]
