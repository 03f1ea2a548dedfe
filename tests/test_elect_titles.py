"""An office won but not yet taken (*Mayor-elect*, *Governor-elect*) as a title
(issue 14). ``titles.tsv`` holds each office's *-elect* form, so the title before a
name is read as one and *the mayor-elect* names that person again, while *the
mayor* stays the one in office. Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.lexicons import select


def speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Mayor-elect Ana Lee toured the depot. "The buses will run on time," '
            "the mayor-elect said.",
            "Ana Lee",
        ),
        (
            'Ana Lee, the governor-elect, met the board. "The budget comes first," '
            "the governor-elect said.",
            "Ana Lee",
        ),
        ('"We start on day one," Senator-elect Tom Hale told reporters.', "Tom Hale"),
    ],
)
def test_an_elect_title_names_its_bearer_again(text: str, name: str) -> None:
    assert speakers(text)[-1] == name


def test_the_office_holder_is_not_the_one_elected() -> None:
    text = (
        "Mayor Tom Roe left office on Friday. Mayor-elect Ana Lee toured the depot. "
        '"It is a mess," the mayor said. "We will fix it," the mayor-elect said.'
    )
    assert speakers(text) == ["Tom Roe", "Ana Lee"]


def test_every_elect_title_is_an_office() -> None:
    elect = {t for t in select("titles", kind="office") if t.endswith("-elect")}
    assert {"mayor-elect", "governor-elect", "president-elect"} <= elect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Ana Lee was elected mayor on Tuesday. "I will serve everyone," the mayor-elect said.',
            "Ana Lee",
        ),
        (
            "Voters chose a new council. Ana Lee, who was elected as the city's mayor, "
            'met Tom Hale. "I will serve everyone," the mayor-elect said.',
            "Ana Lee",
        ),
        (
            'Joe Roe was elected president in November. "We start today," the '
            "president-elect said.",
            "Joe Roe",
        ),
        (
            'Ana Lee was elected prime minister. "We start now," the prime minister-elect said.',
            "Ana Lee",
        ),
    ],
)
def test_the_elect_form_names_the_one_the_article_says_was_elected(text: str, name: str) -> None:
    assert speakers(text)[-1] == name


def test_the_elect_form_of_another_office_names_nobody_elected_to_it() -> None:
    text = 'Ana Lee was elected senator. "The city is ready," the mayor-elect said.'
    assert speakers(text)[-1] == "the mayor-elect"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The candidate of the Green alliance, Rosa Marin, won the runoff on Sunday. "
            'Before a crowd in the capital, the president-elect promised "a government '
            'for everyone."',
            "Rosa Marin",
        ),
        (
            'Rosa Marin narrowly won the second round. "We start tomorrow," the '
            "president-elect said.",
            "Rosa Marin",
        ),
    ],
)
def test_the_elect_form_names_the_winner_of_the_contest(text: str, name: str) -> None:
    # won_contests.txt: the winner of the election the article reports holds the
    # office's -elect form without the article printing "elected" and the office
    assert speakers(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # a prize is no contest for an office
        'Rosa Marin won the award on Sunday. "We start tomorrow," the president-elect said.',
        # the one elected after the race is the later introduction
        "Rosa Marin won the race. Tom Hale was elected governor. "
        '"We start tomorrow," the governor-elect said.',
    ],
)
def test_a_win_that_is_no_election_or_an_earlier_one_names_no_new_holder(text: str) -> None:
    assert speakers(text)[-1] != "Rosa Marin"
