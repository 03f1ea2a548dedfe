"""An office of the shape *role of complement* printed before a name titles that
name, in lower case as in capitals: *chief of staff Dana Ito said* is Dana Ito,
and a later *the chief of staff* goes back to her (issue 14, h50-leads). A
relation (*the wife of*) or a complement that is itself a role (*the lawyer of
farmer*) is no office. Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.speakers.identity import _Registry


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The board met late. Then chief of staff Dana Ito said "the budget is shut."', "Dana Ito"),
        ('The board met late. Chief of Staff Dana Ito said "the budget is shut."', "Dana Ito"),
        ('Then minister of finance Rui Costa said "the levy stays."', "Rui Costa"),
        ('"The levy stays," minister of finance Rui Costa said.', "Rui Costa"),
        ('"Talks went well," secretary of state Alma Mora told the press.', "Alma Mora"),
        ('Then deputy chief of staff Ines Prado said "the data are clean."', "Ines Prado"),
    ],
)
def test_an_office_of_a_role_and_its_complement_titles_the_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "descriptor", "name"),
    [
        ("chief of staff Dana Ito", "the chief of staff", "Dana Ito"),
        ("secretary of state Alma Mora", "the secretary of state", "Alma Mora"),
    ],
)
def test_the_office_named_later_goes_back_to_its_holder(
    text: str, descriptor: str, name: str
) -> None:
    story = f'The mayor met {text} on Monday. Talks began. "It went well," {descriptor} said.'
    assert _speakers(story) == [name]


def test_the_registry_keeps_the_lower_case_office_as_a_title() -> None:
    reg = _Registry("The mayor met chief of staff Dana Ito on Monday.")
    assert [(e.name, e.titles) for e in reg.entities] == [("Dana Ito", ["chief of staff"])]


@pytest.mark.parametrize(
    "text",
    [
        'Then the wife of farmer Tom Hale said "the crop failed."',
        'Then the lawyer of candidate Tom Hale said "the case is weak."',
        'The chief executive of the tile maker Tom Hale Ltd said "sales fell."',
    ],
)
def test_a_relation_or_a_role_after_of_is_no_office(text: str) -> None:
    assert _speakers(text) != ["Tom Hale"]
