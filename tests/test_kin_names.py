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

from quoteverify import parse
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
    assert _kin_surname(text, len(before), len(before) + len(name), name) == ("", -1)


@given(
    st.sampled_from(["wife", "husband", "son", "daughter", "sister", "brother"]),
    st.sampled_from(["", "younger ", "eldest "]),
    st.sampled_from(["Hale", "Okafor", "Lindqvist"]),
)
def test_any_kin_noun_gives_the_possessor_surname(kin: str, modifier: str, surname: str) -> None:
    before = f"Later {surname}'s {modifier}{kin}, "
    text = before + "Tom, waved."
    assert _kin_surname(text, len(before), len(before) + 3, "Tom") == (surname, -1)


# h40c-kin: after "his" or "her", the person the pronoun stands for gives the surname.
_SENATOR = "Senator Omar Lindqvist toured a mill in Dayton on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _SENATOR
        + 'On radio Tuesday, his wife, Jane, backed the plan. "It helps every family," she said.',
        _SENATOR + 'Later his wife, Jane, spoke to workers.\n\n"We heard you," Jane said.',
    ],
)
def test_a_given_name_after_his_kin_takes_the_referent_surname(text: str) -> None:
    assert speakers(text)[-1] == "Jane Lindqvist"


def test_the_owner_keeps_his_own_quotes() -> None:
    text = _SENATOR + 'His wife, Jane, sat beside him. "We will win," Lindqvist said.'
    assert speakers(text) == ["Omar Lindqvist"]


def test_a_name_joined_to_the_pronoun_owns_it() -> None:
    text = (
        "Mayor Ana Ruiz opened the fair. Ruiz thanked Paul Okafor and his wife, Grace, "
        'for the gift.\n\n"We love this town," Grace said.'
    )
    assert speakers(text)[-1] == "Grace Okafor"


def test_a_given_name_of_someone_named_in_full_stays_that_person() -> None:
    text = (
        "Dana Hale and Tom Briggs ran the drive. Governor Ana Ruiz came by, and her "
        'husband, Tom, helped.\n\n"Good work," Tom Briggs said.'
    )
    assert speakers(text)[-1] == "Tom Briggs"


@pytest.mark.parametrize(
    ("before", "owner"),
    [("Later his wife, ", 6), ("So her younger son, ", 3), ("His father, ", 0)],
)
def test_the_pronoun_shape_gives_where_the_pronoun_starts(before: str, owner: int) -> None:
    text = before + "Tom, waved."
    assert _kin_surname(text, len(before), len(before) + 3, "Tom") == ("", owner)


@given(
    st.sampled_from(["wife", "husband", "son", "daughter", "sister", "brother"]),
    st.sampled_from(["Hale", "Okafor", "Lindqvist", "Ruiz"]),
    st.sampled_from(["Jane", "Tom", "Grace", "Paul"]),
)
def test_the_relative_is_a_person_of_their_own(kin: str, surname: str, given_name: str) -> None:
    text = (
        f"Senator Omar {surname} spoke on Monday. His {kin}, {given_name}, was there.\n\n"
        f'"It was a long day," {given_name} said. "We are proud," {surname} said.'
    )
    assert speakers(text) == [f"{given_name} {surname}", f"Omar {surname}"]


def test_kin_after_and_at_the_very_start_of_a_text_does_not_crash() -> None:
    # Nothing but white space before "and his wife, Jane,": no word to read there.
    text = ' and his wife, Jane, said: "We are home."'
    assert [q.text for q in parse(text).quotes] == ["We are home."]
