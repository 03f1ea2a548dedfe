"""Two people of one surname (h42b-family): never one person, and the surname alone
to the right one.

News quotes couples and relatives (a mayor and her husband, a father and his son
*Jr.*), novels whole households (*Mr.*, *Mrs.* and the daughters of one surname). The
registry's matching keeps them apart: a title that says a sex, a given name, *Jr.*
and *Sr.* each tell two people apart, and a family's surname alone, where the text
gives it to a man and to a woman both, is one of its men only once one is named: before
that it is the person the text has named in full. Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import speakers


def test_a_family_surname_before_the_husband_is_named_is_hers() -> None:
    text = (
        'Mayor Ana Ruiz opened the bridge on Friday. "This took ten years," Ruiz said.\n\n'
        "Her husband, Tom Ruiz, an engineer, worked on its design. "
        '"The steel came from Ohio," Mr. Ruiz said.\n\n'
        '"We are grateful," Ms. Ruiz said.'
    )
    assert speakers(text) == ["Ana Ruiz", "Tom Ruiz", "Ana Ruiz"]


def test_a_family_surname_once_a_man_is_named_is_his() -> None:
    # (The rule novels keep: *said Morland* is one of the family's men, once named.)
    text = (
        "Tom Ruiz and Ana Ruiz run the inn. Mr. Ruiz keeps the books; Mrs. Ruiz cooks.\n\n"
        '"The roof leaks," said Ruiz.'
    )
    assert speakers(text) == ["Tom Ruiz"]


@given(
    st.sampled_from(["Ana", "Maria", "Susan", "Grace"]),
    st.sampled_from(["Ruiz", "Okafor", "Lindqvist", "Hale"]),
    st.sampled_from(["Tom", "Peter", "David"]),
)
def test_any_woman_named_first_keeps_her_surname(woman: str, surname: str, man: str) -> None:
    text = (
        f'Councillor {woman} {surname} spoke on Monday. "We will vote," {surname} said.\n\n'
        f'{man} {surname}, her husband, agreed. "She is right," Mr. {surname} said.\n\n'
        f'"Thank you," Mrs. {surname} said.'
    )
    assert speakers(text) == [f"{woman} {surname}", f"{man} {surname}", f"{woman} {surname}"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # Jr. keeps the son apart from the father, both ways round
            'Donald Trump Jr. spoke first. "My father builds," Donald Trump Jr. said.\n\n'
            'Donald Trump took the stage. "We will win," Donald Trump said.\n\n'
            '"It was a great night," Trump Jr. said.',
            ["Donald Trump Jr", "Donald Trump", "Donald Trump Jr"],
        ),
        (  # a given name never joins a person of another given name
            'Maria Lopez and Carlos Lopez run a bakery. "We bake at four," Maria Lopez said.'
            '\n\n"The ovens are old," Carlos Lopez said.',
            ["Maria Lopez", "Carlos Lopez"],
        ),
        (  # a title that says a sex picks the one member of that sex
            'Bill Clinton spoke first. "I am glad to be here," Bill Clinton said.\n\n'
            'Hillary Clinton followed him. "This is our moment," Hillary Clinton said.\n\n'
            '"We have work to do," Mrs. Clinton added.\n\n"She is right," Mr. Clinton said.',
            ["Bill Clinton", "Hillary Clinton", "Hillary Clinton", "Bill Clinton"],
        ),
        (  # a household: Mr., Mrs. and the daughters by their given names
            'Mr. Bennet sat in the library. "Leave me in peace," said Mr. Bennet.\n\n'
            'Mrs. Bennet came in. "You must go to him," said Mrs. Bennet.\n\n'
            'Elizabeth Bennet laughed. "He will not go," said Elizabeth.\n\n'
            '"I will not," said Mr. Bennet.',
            ["Mr Bennet", "Mrs Bennet", "Elizabeth Bennet", "Mr Bennet"],
        ),
    ],
)
def test_members_of_one_family_stay_apart(text: str, names: list[str]) -> None:
    assert speakers(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # the surname alone: the one named most recently before it
            "Helen Marsh toured the plant in March. Peter Marsh visited the same plant "
            'in May. "The plant will stay open," Marsh said.',
            ["Peter Marsh"],
        ),
        (  # both ways round
            "Peter Marsh toured the plant in March. Helen Marsh visited the same plant "
            'in May. "The plant will stay open," Marsh said.',
            ["Helen Marsh"],
        ),
        (  # printed more often does not outrank named last
            "Helen Marsh toured the plant. Helen Marsh then met the workers. Peter Marsh "
            'came in May. "The plant will stay open," Marsh said.',
            ["Peter Marsh"],
        ),
    ],
)
def test_a_shared_surname_alone_is_the_one_named_last(text: str, names: list[str]) -> None:
    assert speakers(text) == names


@pytest.mark.parametrize(
    ("title", "name"), [("Mrs.", "Helen Marsh"), ("Ms.", "Helen Marsh"), ("Mr.", "Peter Marsh")]
)
def test_a_title_that_says_a_sex_outranks_the_one_named_last(title: str, name: str) -> None:
    # the sex comes from the given names alone; the other is named last each time
    first, last = ("Peter", "Helen") if name.startswith("Peter") else ("Helen", "Peter")
    text = (
        f"{first} Marsh toured the plant in March. {last} Marsh visited it in May. "
        f'"The plant will stay open," {title} Marsh said.'
    )
    assert speakers(text) == [name]
