"""Stop 48's frames left by the first wave (issue 14, h48b-frames), in our own words.

- a name and a person's apposition before a colon with no verb (*For Ivo Marsh, the
  treasurer, the sum is plain:*; *Marsh, the treasurer, on the debt:*): the row
  ``colon-name`` reads the lead-in with the apposition left out
  (``attribution._without_appositions``);
- a short form of a double given name (*Anna Maria* after *Anna Maria Volpe*): the
  full name it opens (``identity._Registry._double_given_name``);
- a document opened by a person's possessive pronoun (*His letter was short:*):
  the person the pronoun stands for (``documents._author_before``).
"""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speaker(text: str) -> str | None:
    quotes = [q for q in parse(text).quotes if q.depth == 0]
    assert quotes, text
    return quotes[-1].speaker_name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'For Ivo Marsh, the treasurer, the sum is plain: "We spend less than we earn."',
            "Ivo Marsh",
        ),
        (
            'The debt doubled in a year.\n\nIvo Marsh, the treasurer, on the debt: "It '
            'will be paid off by the autumn, not before."',
            "Ivo Marsh",
        ),
        (
            'For Priya Nand, a nurse at the clinic, the nights are worst: "We are four '
            'where we should be nine."',
            "Priya Nand",
        ),
        (
            "Okka Lind, the fire chief, on the dry summer: \u201cEvery spark is a risk now.\u201d",
            "Okka Lind",
        ),
        (
            'Wards closed at night.\n\nKofi Mensah, the clinic director, on the cuts: "We '
            'cannot staff a single bed after ten."',
            "Kofi Mensah",
        ),
    ],
)
def test_a_name_and_its_apposition_before_a_colon(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_place_and_its_description_before_a_colon_is_no_speaker() -> None:
    # "Dunmore, a town of mills,": a place's own description, not a person's.
    text = 'For Dunmore, a town of mills, the choice is stark: "Close the mill or lose the river."'
    assert _speaker(text) != "Dunmore"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Antônio Carlos Mendes grows coffee near the border. "The frost took half '
            'of it," Antônio Carlos said.',
            "Antônio Carlos Mendes",
        ),
        (
            'The co-op is run by María José Ortega. "Prices fell again," María José said.',
            "María José Ortega",
        ),
        (
            'Anna Maria Volpe opened the bakery in 1990. "We bake at four," said Anna Maria.',
            "Anna Maria Volpe",
        ),
        (
            'The farm is run by Jean Pierre Lacombe. "The rain came late," Jean Pierre said.',
            "Jean Pierre Lacombe",
        ),
    ],
)
def test_two_given_names_are_the_full_name_they_open(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_two_people_who_share_the_double_given_name_stay_apart() -> None:
    text = (
        "Anna Maria Volpe and Anna Maria Rossi both bake in the square. "
        '"Flour costs double," Anna Maria said.'
    )
    assert _speaker(text) not in ("Anna Maria Volpe", "Anna Maria Rossi")


def test_a_given_name_and_a_surname_are_not_a_double_given_name() -> None:
    # "Maria Lund" names a person of her own: "Lund" is no given name.
    text = 'Maria Lund Berg spoke first. Later, "We wait," Maria Lund said.'
    assert _speaker(text) == "Maria Lund"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tomas Ede left the council on Monday. His letter was short: "I can no '
            'longer serve under this chair."',
            "Tomas Ede",
        ),
        (
            'Mara Quint stepped down as coach. Her letter said: "The club deserves '
            'someone with more time."',
            "Mara Quint",
        ),
        (
            'Mara Quint stepped down as coach. "The club deserves better," her '
            "resignation letter said.",
            "Mara Quint",
        ),
    ],
)
def test_a_possessive_pronoun_names_the_author_of_a_document(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_document_with_no_possessive_stays_a_document() -> None:
    text = 'Mara Quint stepped down as coach. "The club deserves better," the letter said.'
    quote = parse(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.kind.value == "document"


def test_a_possessive_before_a_role_holding_a_document_noun_is_no_author() -> None:
    # "policy" is a document noun, but "adviser" ends the phrase: the adviser speaks.
    text = (
        "Ana Roe backed the treaty. In a note to the paper, her senior policy adviser, "
        'Ivo Brent, said: "She has always backed it."'
    )
    assert _speaker(text) == "Ivo Brent"
