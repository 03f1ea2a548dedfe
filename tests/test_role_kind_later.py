"""A role printed alone later, back to the person introduced with a near wording
(issue 14, h59d-roles).

Weather copy names a meteorologist *the forecaster* once she is introduced
(``lexicons/role_synonyms.tsv``). The noun names only someone introduced with
the office.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import speakers


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


_NAMES = st.sampled_from(["Helen Rourke", "Owen Tully", "Mira Hask", "Ravi Dunmore"])
_TITLES = st.sampled_from(["Meteorologist", "Chief meteorologist", "Senior meteorologist"])


@given(name=_NAMES, title=_TITLES)
def test_the_forecaster_names_whoever_the_title_introduced(name: str, title: str) -> None:
    text = (
        f"{title} {name} spoke on Friday. The warning covers the whole coast. "
        '"Stay indoors tonight," the forecaster said.'
    )
    assert speakers(text) == [name]
