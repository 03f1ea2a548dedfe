"""A given name set between commas after a possessive name and a noun of kin (h37-desc).

*Roe's husband, Tom,* names Tom Roe: the given name takes the possessor's surname
(``lexicons/kin_nouns.txt``), so a quote of his resolves to a full name, and the
surname alone still names the person the article named in full. Every sentence
here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify.speakers.identity import _kin_surname

from .conftest import speakers

_OPENING = "Ana Roe spoke in Leeds on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _OPENING + 'Roe\'s husband, Tom, told the crowd the plan was "a fair deal".',
        _OPENING + 'Roe\'s husband, Tom, stood by her.\n\n"We are proud of her," Tom said.',
        _OPENING + 'Roe’s younger brother, Tom, was there. "She earned it," Tom said.',
    ],
)
def test_a_given_name_after_kin_takes_the_surname(text: str) -> None:
    assert speakers(text)[-1] == "Tom Roe"


def test_the_surname_alone_still_names_the_person_named_in_full() -> None:
    text = 'Ana Roe\'s son, Tom, was there.\n\n"It was a long day," Roe said.'
    assert speakers(text) == ["Ana Roe"]


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("Roe's husband, ", "Tom", " and"),  # no comma after the name
        ("Roe's lawyer, ", "Tom", ","),  # no kin
        ("Roe's husband, ", "Dover", ","),  # no given name
        ("the husband, ", "Tom", ","),  # no possessive name
    ],
)
def test_other_shapes_take_no_surname(before: str, name: str, after: str) -> None:
    text = before + name + after
    assert _kin_surname(text, len(before), len(before) + len(name), name) == ""


@given(
    st.sampled_from(["wife", "husband", "son", "daughter", "sister", "brother"]),
    st.sampled_from(["", "younger ", "eldest "]),
    st.sampled_from(["Hale", "Okafor", "Lindqvist"]),
)
def test_any_kin_noun_gives_the_possessor_surname(kin: str, modifier: str, surname: str) -> None:
    before = f"Later {surname}'s {modifier}{kin}, "
    text = before + "Tom, waved."
    assert _kin_surname(text, len(before), len(before) + 3, "Tom") == surname
