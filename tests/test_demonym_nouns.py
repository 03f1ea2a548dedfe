"""A people's noun after *the* is a descriptor, never a name (issue 14, h56b-openers).

*The Pole*, *the Swede*, *the Tyrolean*: the demonym nouns of
``lexicons/nations.tsv`` and ``region_demonyms.txt`` that differ from the
country's adjective. Invented articles; each test reads the resolved name.
"""

from __future__ import annotations

import pytest

from .conftest import resolved

LOSS = "Ana Kowal lost the semi-final in three sets to Rita Gold. "


@pytest.mark.parametrize("noun", ["Pole", "Swede", "Luxembourger"])
def test_a_demonym_noun_after_the_is_the_person_in_view(noun: str) -> None:
    text = LOSS + f'"She served better on the big points," the {noun} said.'
    assert resolved(text, "big points") == "Ana Kowal"


@pytest.mark.parametrize("noun", ["Tyrolean", "Bavarian"])
def test_a_region_noun_after_the_names_nobody(noun: str) -> None:
    text = LOSS + f'"She served better on the big points," the {noun} said.'
    assert resolved(text, "big points") != noun


@pytest.mark.parametrize("surname", ["Turk", "Dane", "Finn"])
def test_a_surname_spelt_as_a_demonym_stays_the_person_named_in_full(surname: str) -> None:
    # Demonym nouns that are common surnames or given names are left out of the
    # lexicons: the surname alone, after the full name, stays hers.
    text = (
        f"Councillor Ruth {surname} opened the new library on Friday.\n\n"
        f'"Books are the cheapest holiday there is," {surname} said.'
    )
    assert resolved(text, "cheapest holiday") == f"Ruth {surname}"


def test_a_lower_case_pole_is_no_nation() -> None:
    text = (
        "Marta Olano took pole position in Valencia on Saturday.\n\n"
        '"The car felt alive today," Olano said.'
    )
    assert resolved(text, "felt alive") == "Marta Olano"
