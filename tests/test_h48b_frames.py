"""Stop 48's frames left by the first wave (issue 14, h48b-frames), in our own words.

- a name and a person's apposition before a colon with no verb (*For Ivo Marsh, the
  treasurer, the sum is plain:*; *Marsh, the treasurer, on the debt:*): the row
  ``colon-name`` reads the lead-in with the apposition left out
  (``attribution._without_appositions``);
- a short form of a double given name (*Anna Maria* after *Anna Maria Volpe*): the
  full name it opens (``identity._Registry._double_given_name``).
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
