"""Food processors named for what they sell ("Harlan Dairies") are companies."""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse


def _speaker(text: str, at: int = 0) -> tuple[str | None, SpeakerKind | None]:
    """The name and kind of the speaker of the ``at``-th quote of ``text``."""
    speaker = parse(text).quotes[at].speaker
    return (None, None) if speaker is None else (speaker.name, speaker.kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # each trade word makes the name a body, so "the company" goes back to it
        (
            'Harlan Dairies cut its milk price on Monday. "Markets are weak," the company said.',
            "Harlan Dairies",
        ),
        (
            'Pennock Meats said two butchers had been sacked. "We are shocked," the firm said.',
            "Pennock Meats",
        ),
        (
            'Orme Poultry will shut its plant in May. "It is a sad day," the company said.',
            "Orme Poultry",
        ),
    ],
)
def test_the_company_goes_back_to_a_food_processor(text: str, name: str) -> None:
    assert _speaker(text, 0) == (name, SpeakerKind.ORGANIZATION)


def test_a_trade_word_inside_a_longer_body_name_keeps_the_whole_name() -> None:
    text = (
        'The Northern Poultry Council said stocks were fine. "Buy as usual," '
        "a spokesman for the council said."
    )
    assert _speaker(text)[0] == "Northern Poultry Council"


def test_the_lower_case_trade_word_names_no_body() -> None:
    # "poultry" and "meats" in lower case are food, not a company's name
    text = 'Keith Orme, who sells poultry and cured meats, said trade was "slow".'
    assert _speaker(text) == ("Keith Orme", SpeakerKind.PERSON)
