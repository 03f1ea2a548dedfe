"""Summit copy's leads after blind set 34 (issue 14, h54c-summits).

A document owned by a possessive (*the Tarn Council's statement said*) speaks for
its owner (``documents._possessive_owner``); a communique and a declaration are
documents (``lexicons/document_nouns.txt``); a leader titled after a country's
possessive (*Kenya's President Ana Roe*) holds that country's office, so a later
*the Kenyan leader* goes back to her (``identity._office_of_owner``); *PM* is a
role noun before a name (*PM Kebede*) and *the PM* a prime minister
(``lexicons/role_nouns.txt``, ``lexicons/office_equivalents.tsv``).
"""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse

from .conftest import speakers

# --- a possessive owner speaks for its document


def test_an_organisations_statement_is_the_organisation() -> None:
    text = (
        "Tenants packed the hall in Verrin on Monday. The Tarn Housing Board's "
        'statement said rents would "fall sharply" by the spring.'
    )
    assert speakers(text) == ["Tarn Housing Board"]


def test_a_persons_letter_is_the_person() -> None:
    text = 'Mira Castell stepped down on Friday. Mira Castell\'s letter said she was "worn out".'
    assert speakers(text) == ["Mira Castell"]


def test_an_owned_document_past_an_adjective_is_the_owner() -> None:
    text = (
        "Auditors visited the depot twice. The Tarn Council's annual report said "
        'repairs were "badly behind".'
    )
    assert speakers(text) == ["Tarn Council"]


def test_a_documents_part_is_no_owner() -> None:
    # near miss: the possessive's head is a document, the phrase ends on no
    # document noun, so nobody is read as its owner
    text = (
        'Auditors visited the depot twice. The report\'s summary said repairs were "badly behind".'
    )
    assert speakers(text) != ["report"]


def test_an_owners_spokesman_is_still_the_spokesman() -> None:
    # near miss: a person the owner employs, not a document, keeps the phrase
    text = (
        "Tenants packed the hall in Verrin. The Tarn Housing Board's spokesman said "
        'rents would "fall sharply".'
    )
    assert speakers(text) != ["Tarn Housing Board"]


# --- a communique and a declaration are documents


@pytest.mark.parametrize(
    "sentence",
    [
        'The communique said both sides wanted "a lasting settlement".',
        'The joint declaration called the accord "a lasting settlement".',
    ],
)
def test_a_communique_or_declaration_with_no_issuer_is_the_document(sentence: str) -> None:
    text = "Mira Castell and Otto Brenn met for five hours in Verrin. " + sentence
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.kind is SpeakerKind.DOCUMENT


def test_a_leagues_declaration_is_the_league() -> None:
    text = (
        "Delegates gathered in Verrin for two days. The Coastal League's declaration "
        'called the plan "realistic".'
    )
    assert speakers(text) == ["Coastal League"]


def test_a_leagues_final_declaration_is_the_league() -> None:
    text = (
        "Delegates gathered in Verrin for two days. The Coastal League's final "
        'declaration, agreed without a vote, called the plan "realistic".'
    )
    assert speakers(text) == ["Coastal League"]


def test_a_leagues_final_communique_is_the_league() -> None:
    text = (
        "Ministers met in Verrin for two days. The Coastal League's final communique "
        'said members would "act together".'
    )
    assert speakers(text) == ["Coastal League"]


# --- a leader titled after a country's possessive


def test_the_kenyan_leader_goes_back_to_kenyas_president() -> None:
    text = (
        "Kenya's President Ana Wekesa hosted Otto Brenn at State House on Tuesday. "
        'The Kenyan leader said the corridor would "open the region".'
    )
    assert speakers(text) == ["Ana Wekesa"]


def test_the_brazilian_leader_goes_back_to_brazils_president() -> None:
    text = (
        "Brazil's President Ana Lisboa received Otto Brenn in the capital. "
        'The Brazilian leader called the visit "overdue".'
    )
    assert speakers(text) == ["Ana Lisboa"]


def test_another_countrys_leader_is_not_kenyas_president() -> None:
    # near miss: a country the possessive did not name
    text = (
        "Kenya's President Ana Wekesa hosted Otto Brenn at State House on Tuesday. "
        'The Ugandan leader said the corridor would "open the region".'
    )
    assert speakers(text) != ["Ana Wekesa"]


def test_a_companys_president_holds_no_country() -> None:
    # near miss: the possessive is a company's, not a country's
    text = (
        "Acme's President Ana Wekesa hosted Otto Brenn on Tuesday. "
        'The Kenyan leader said the corridor would "open the region".'
    )
    assert speakers(text) != ["Ana Wekesa"]


# --- PM before a name and the PM


def test_pm_before_a_surname_is_a_title() -> None:
    text = (
        "Prime Minister Dawit Kebede flew in on Monday. PM Kebede thanked his hosts for "
        '"a warm welcome" and left.'
    )
    assert speakers(text) == ["Dawit Kebede"]


def test_the_pm_goes_back_to_the_prime_minister() -> None:
    text = 'Prime Minister Ana Roe landed in Oslo on Monday. The PM said a deal was "close".'
    assert speakers(text) == ["Ana Roe"]


def test_pm_as_a_time_is_no_title() -> None:
    # near miss: the afternoon's PM, a sentence before the name
    text = 'The talks end at 3 PM. Kebede said a deal was "close".'
    assert speakers(text) == ["Kebede"]
