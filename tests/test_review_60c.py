"""Near misses for stop 60's second wave, in news shapes its authors did not test
(h60c-review): food trade names beside people so surnamed, *whose* after an age, an
age before a capitalised word in a title.
"""

from __future__ import annotations

import pytest

import quoteverify as qv


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Blythe Poultry Farm said on Monday it would cull 2,000 birds.\n\n"
            '"It is a sad day," said Ana Poultry, who runs the farm.',
            "Ana Poultry",
        ),
        (
            'Jon Meats, 44, a butcher, said prices rose. "Beef costs double," Meats said.',
            "Meats",
        ),
        (
            'Brook Poultry said profits fell. "Feed costs more," the company said.',
            "Brook Poultry",
        ),
    ],
)
def test_near_miss_a_person_surnamed_for_a_food_trade(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The witness, Ana Ruiz, 78, whose son was killed in the crash, said she forgave "
        'the driver. "I have no anger," she said.',
        'The witness, Ana Ruiz, 78, whose son was killed, said: "I have no anger."',
    ],
)
def test_whose_after_an_age_keeps_the_name_the_subject(text: str) -> None:
    assert _speakers(text) == ["Ana Ruiz"]


def test_an_age_before_a_lower_case_verb_is_the_subject() -> None:
    text = 'Ana Ruiz, 34, wept as the verdict was read. "He was my brother," she said.'
    assert _speakers(text) == ["Ana Ruiz"]


def test_near_miss_an_age_before_a_capitalised_word_in_a_title_names_no_speaker() -> None:
    text = (
        'The film "Ana Ruiz, 34, Wept" opened on Friday. '
        '"It is a fine film," said the critic Tom Hale.'
    )
    assert _speakers(text) == [None, "Tom Hale"]
