"""A role printed alone later, back to the person introduced with a near wording
(issue 14, h59d-roles).

British copy names a head teacher *the head* and a meteorologist *the forecaster*
once the person is introduced (``lexicons/office_kinds.tsv``); *headmaster* and
*headmistress* are role nouns, so they are no part of the name they stand before.
The kind noun names only someone introduced with the office, and not when *of*
follows it (*the head of the council* heads something else).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import speakers

_SCHOOL = "Snow cut off the village school on Monday. {intro} kept 80 pupils overnight. "


@pytest.mark.parametrize(
    "intro",
    [
        "Headteacher Joanne Pell",
        "Head teacher Joanne Pell",
        "Headmistress Joanne Pell",
        "Joanne Pell, the headteacher,",
    ],
)
def test_the_head_later_is_the_head_teacher(intro: str) -> None:
    text = _SCHOOL.format(intro=intro) + '"We had fish fingers and sleeping bags," the head said.'
    assert speakers(text) == ["Joanne Pell"]


def test_the_head_after_a_headmaster_and_a_parent_between() -> None:
    text = (
        "Headmaster Owen Tully shut the gates at noon. Sara Vane, a parent, agreed "
        'with him. "It was the only safe choice," the head said.'
    )
    assert speakers(text) == ["Owen Tully"]


@pytest.mark.parametrize(
    "intro",
    [
        "Chief meteorologist Helen Rourke",
        "The agency's chief meteorologist, Helen Rourke,",
        "Helen Rourke, a meteorologist at the agency,",
    ],
)
def test_the_forecaster_later_is_the_meteorologist(intro: str) -> None:
    text = (
        f"Gales are due on the coast tonight. {intro} said the worst would come at "
        'dawn. "Do not drive unless you must," the forecaster added.'
    )
    assert speakers(text) == ["Helen Rourke"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" after the noun: the head of something else, not the teacher
        (
            'Headteacher Joanne Pell closed the school. "It was right," the head of '
            "the council said.",
            "the head",
        ),
        # a teacher is no head teacher
        ('Teacher Joanne Pell closed the school. "It was right," the head said.', "the head"),
        # no meteorologist named: the forecaster is the service's voice
        (
            'The weather service issued a gale warning on Sunday. "Do not drive unless '
            'you must," the forecaster said.',
            "the forecaster",
        ),
        # the kind noun does not name the other way round
        (
            'Forecaster Helen Rourke warned of rain. "Stay home," the meteorologist said.',
            "the meteorologist",
        ),
    ],
)
def test_role_kind_near_misses(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_two_meteorologists_the_forecaster_as_the_meteorologist() -> None:
    intro = (
        "Chief meteorologist Helen Rourke and meteorologist Tom Vale said the rain "
        'would last. "Stay home," the {noun} added.'
    )
    assert speakers(intro.format(noun="forecaster")) == speakers(intro.format(noun="meteorologist"))


_NAMES = st.sampled_from(["Joanne Pell", "Owen Tully", "Mira Hask", "Ravi Dunmore"])
_TITLES = st.sampled_from(["Headteacher", "Head teacher", "Headmistress", "Headmaster"])


@given(name=_NAMES, title=_TITLES)
def test_the_head_names_whoever_the_title_introduced(name: str, title: str) -> None:
    text = (
        f"{title} {name} wrote to parents on Friday. The letter set out the new "
        'term dates. "We will open on Tuesday," the head said.'
    )
    assert speakers(text) == [name]
