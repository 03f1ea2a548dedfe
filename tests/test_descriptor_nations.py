"""A descriptor opened by a demonym (*the Kenyan*, *the Kenyan runner*) names the one
person the article tied to that country before it: by a country's possessive before
the name, or a country after it through *of* or *from* (issue 14, h53-descriptors).
Two people tied to one country, or an office the person was never given, leave the
descriptor as it was."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("intro", "descriptor"),
    [
        # a country's possessive opening the sentence's mention
        ("OSLO - Chile's Rosa Quintana took the lead on the last lap.", "the Chilean"),
        # a possessive after other words
        ("The winner was Chile's Rosa Quintana, who led from the start.", "the Chilean"),
        # a country after the name through "of"
        ("Rosa Quintana of Chile took the lead on the last lap.", "the Chilean veteran"),
        # a country after the name through ", from"
        ("Rosa Quintana, from Chile, took the lead on the last lap.", "the Chilean"),
    ],
)
def test_demonym_names_the_person_tied_to_its_country(intro: str, descriptor: str) -> None:
    text = f'{intro} Greta Sund finished second.\n\n"The snow was fast," {descriptor} said.\n'
    assert _speakers(text) == ["Rosa Quintana"]


def test_two_people_of_one_country_no_guess() -> None:
    text = (
        "Rosa Quintana of Chile took the lead. Ines Barra of Chile finished second.\n\n"
        '"The snow was fast," the Chilean said.\n'
    )
    assert _speakers(text) == ["the Chilean"]


def test_office_the_person_never_held_no_guess() -> None:
    text = (
        "Rosa Quintana of Chile took the lead. Greta Sund finished second.\n\n"
        '"The snow was fast," the Chilean minister said.\n'
    )
    assert _speakers(text) == ["the Chilean minister"]


def test_a_country_in_a_longer_name_ties_nobody() -> None:
    # "of Chile Airlines" is a company's name, not the country
    text = (
        "Rosa Quintana of Chile Airlines spoke first. Greta Sund spoke second.\n\n"
        '"The fares will rise," the Chilean said.\n'
    )
    assert _speakers(text) == ["the Chilean"]


def test_a_noun_that_may_bring_in_somebody_new_no_guess() -> None:
    text = (
        "Rosa Quintana of Chile took the lead. Greta Sund finished second.\n\n"
        '"The snow was fast," the Chilean woman said.\n'
    )
    assert _speakers(text) == ["the Chilean woman"]
