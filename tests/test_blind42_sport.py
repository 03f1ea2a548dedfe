"""Sport copy, the genre of blind set 42 (issue 14, h57-blind42).

A British or Irish club printed bare (*Lynmouth United*, *Harwick Athletic*:
``lexicons/club_suffixes.txt``) is kept by the registry as a name it may later call
*the club*, but it is nobody a *he* or a *she* can be, and it is no rival when a
descriptor (*the 54-year-old*, *the former striker*) is read as the person in view:
*Pryce will stay as Lynmouth United manager. "...," the 54-year-old said* is Pryce.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import speakers


def test_he_after_a_club_printed_bare_is_the_manager_not_the_club() -> None:
    text = (
        "Lynmouth United have dismissed their manager, Tobias Wren, a week after "
        'he called his squad "the best I have had."'
    )
    assert speakers(text) == ["Tobias Wren"]


def test_he_after_the_club_as_subject_in_a_paragraph_of_its_own() -> None:
    text = (
        "Tobias Wren spoke after the draw.\n\n"
        "Harwick Athletic supporters booed at the final whistle.\n\n"
        '"I understand the anger," he told BBC Radio Kent.'
    )
    assert speakers(text) == ["Tobias Wren"]


def test_an_age_after_a_club_in_the_managers_sentence_is_the_manager() -> None:
    text = (
        "Tobias Wren says he will stay on as Northgate City manager after a fifth "
        'straight defeat.\n\n"I do not walk away," the 51-year-old said.'
    )
    assert speakers(text) == ["Tobias Wren"]


def test_an_epithet_after_a_club_in_the_managers_sentence_is_the_manager() -> None:
    text = (
        "Tobias Wren says he will stay on as Ashworth Town manager after a fifth "
        'straight defeat.\n\n"I do not walk away," the former striker said.'
    )
    assert speakers(text) == ["Tobias Wren"]


def test_near_miss_two_people_in_view_leave_the_age_a_phrase() -> None:
    # A second person named as often as the first: the descriptor may be either.
    text = (
        "Tobias Wren says he will stay on as Northgate City manager, and Colm Reilly "
        'agrees with him.\n\n"I do not walk away," the 51-year-old said.'
    )
    assert speakers(text) == ["the 51-year-old"]


def test_near_miss_a_she_after_a_named_woman_and_a_club() -> None:
    # The club is no rival, and the woman named before it still is hers.
    text = 'Maria Olsen joined Brookfield Rovers in June. "It feels like home," she said.'
    assert speakers(text) == ["Maria Olsen"]


@settings(max_examples=30, deadline=None)
@given(
    town=st.sampled_from(["Lynmouth", "Harwick", "Eastbury", "Millbrook"]),
    suffix=st.sampled_from(["United", "Athletic", "Rovers", "Town", "City", "Wanderers"]),
)
def test_a_club_printed_bare_is_never_a_pronouns_speaker(town: str, suffix: str) -> None:
    text = f'{town} {suffix} lost again on Saturday. "We were poor," he said.'
    assert speakers(text) != [f"{town} {suffix}"]
