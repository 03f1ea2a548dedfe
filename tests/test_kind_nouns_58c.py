"""A company named in full once, then returned to by its kind (h58c-shortform).

*the carrier*, *the insurer*, *the broadcaster*, *the retailer* go back to the body
named last whose name holds a word of that kind (``lexicons/body_nouns.tsv``), through
the one path *the company said* takes (``identity._Registry._body_named``).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            'Northwind Airways cut 400 jobs on Monday.\n\n"We had no choice," the carrier said.',
            "Northwind Airways",
        ),
        (
            "Talbot Insurance Group raised its premiums.\n\n"
            '"Claims have doubled," the insurer said.',
            "Talbot Insurance Group",
        ),
        (
            "Halvern Broadcasting Corp dropped the show.\n\n"
            '"Viewers moved on," the broadcaster said.',
            "Halvern Broadcasting Corp",
        ),
        (
            'Marlow Stores Ltd shut ten shops.\n\n"Rents rose too fast," the retailer said.',
            "Marlow Stores Ltd",
        ),
    ],
)
def test_kind_noun_names_the_body_whose_name_fits(text: str, body: str) -> None:
    # fails without the carrier, insurer and broadcaster rows of body_nouns.tsv
    assert _speakers(text) == [body]


def test_two_bodies_of_the_kind_the_nearer_one() -> None:
    text = (
        "Northwind Airways and Skylane Airlines both cut flights. Skylane Airlines cut more."
        '\n\n"We had no choice," the carrier said.'
    )
    assert _speakers(text) == ["Skylane Airlines"]


@pytest.mark.parametrize(
    "text",
    [
        # no body printed before: the phrase stays
        'Prices rose on Monday.\n\n"We had no choice," the carrier said.',
        # a body whose name says another kind
        'Harlan Aerospace Holdings cut jobs.\n\n"We had no choice," the insurer said.',
    ],
)
def test_kind_noun_with_no_fitting_body_stays(text: str) -> None:
    assert _speakers(text)[0] in {"the carrier", "the insurer"}


def test_title_of_the_kind_is_a_person() -> None:
    text = (
        "Talbot Insurance Group raised its premiums.\n\n"
        '"Claims have doubled," the insurer\'s chief executive said.'
    )
    assert _speakers(text) == ["the insurer's chief executive"]


def test_a_group_of_people_is_no_body() -> None:
    text = (
        "Talbot Insurance Group raised its premiums. Police met the group of protesters."
        '\n\n"We had no choice," the group of protesters said.'
    )
    assert _speakers(text) == ["the group of protesters"]


@given(st.sampled_from(["carrier", "insurer", "broadcaster", "retailer"]))
def test_kind_noun_without_a_body_keeps_its_phrase(noun: str) -> None:
    text = f'The weather turned on Monday.\n\n"We had no choice," the {noun} said.'
    assert _speakers(text) == [f"the {noun}"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Coastal Pilots' Association, which speaks for most of the crews, said the "
            'rota was unsafe. "Our members are tired," the union said in a statement.',
            "Coastal Pilots' Association",
        ),
        (
            "The Rail Signal Federation called a strike.\n\n"
            '"We were left no choice," the union said.',
            "Rail Signal Federation",
        ),
    ],
)
def test_union_names_an_association_or_federation(text: str, body: str) -> None:
    # fails without association and federation in the union row of body_nouns.tsv
    assert _speakers(text) == [body]


def test_a_political_union_named_in_full_keeps_its_name() -> None:
    text = (
        "The Dock Workers Union called a strike.\n\n"
        '"We are watching the ports," the European Union said.'
    )
    assert _speakers(text) == ["European Union"]
