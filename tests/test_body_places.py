"""A body whose name ends in a place, and the place's name alone after it.

A run of capitalised words that opens on a body's word (``org_openers``,
``org_suffixes``, ``org_name_heads``) and ends on a place's name (*Radio Free Asia*,
*Bank Oceania*) is a body wherever the text names it, not only at a cue
(``mentions._body_land_words``). A continent's or a region's name alone as a subject
later (*Asia said*) names that body: no government speaks for a continent
(``identity._Registry._body_by_last_word``). A country's name alone stays its government
(*Canada said* after *Air Canada*), and a given name before a surname stays a person.
"""

from __future__ import annotations

import pytest

from .test_court_documents import _speaker


def test_a_body_named_in_running_text_is_a_body() -> None:
    text = 'Radio Free Asia carried the report first. "Two boats were seized," it said.'
    assert _speaker(text) == ("Radio Free Asia", "organization")


@pytest.mark.parametrize(
    "text",
    [
        'Radio Free Asia carried the report first. "Two boats were seized," Asia said.',
        'Editors at Radio Free Asia checked it twice. Asia said "two boats were seized."',
        'Radio Free Europe ran the story on Monday. "The border is shut," Europe said.',
    ],
)
def test_a_continent_alone_after_its_body_is_the_body(text: str) -> None:
    name, kind = _speaker(text)
    assert kind == "organization"
    assert name is not None and name.startswith("Radio Free")


def test_a_country_alone_after_a_body_is_still_its_government() -> None:
    text = 'Air Canada cancelled the flight. "We regret the delay," Canada said.'
    assert _speaker(text) == ("Canada", "organization")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Asia Moreno opened the shop in May. "We stay open late," Asia said.', "Asia Moreno"),
        ('"We are tired," Georgia Mayfield said.', "Georgia Mayfield"),
        ('Kenya Oduor runs the clinic. "We are full," Kenya Oduor said.', "Kenya Oduor"),
    ],
)
def test_a_place_as_a_given_name_is_a_person(text: str, want: str) -> None:
    assert _speaker(text) == (want, "person")


def test_a_person_with_the_continent_as_given_name_keeps_it_after_the_body() -> None:
    # (h47b-review) the body is named first, then a person whose given name is the
    # continent: "Asia said" names her, not the broadcaster.
    text = (
        "Radio Free Asia ran the report on Monday. Its reporter, Asia Lindqvist, was in "
        'the port.\n\n"We saw soldiers on every pier," Asia said.'
    )
    assert _speaker(text) == ("Asia Lindqvist", "person")
