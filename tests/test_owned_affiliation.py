"""A person's name before a preposition whose body opens with a possessive."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speaker(text: str) -> str | None:
    quote = parse(text).quotes[0]
    return quote.speaker.name if quote.speaker else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dr Nell Parry of Queen's Medical Institute said the ward was “badly run”.", "Nell Parry"),
        ("Tomas Ferrand of St Anne’s College said the essay was “half finished”.", "Tomas Ferrand"),
        ("Prof Joan Weir of King's Harbour University said it was “a modest gain”.", "Joan Weir"),
    ],
)
def test_name_before_owned_body_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no name before the preposition: the descriptor stays whole
        (
            "A spokesman for St Anne's College said the essay was “half finished”.",
            "A spokesman for St Anne's College",
        ),
        # a name after the possessive, with no preposition before its owner
        ("Kerrow's Nell Parry said the ward was “badly run”.", "Nell Parry"),
    ],
)
def test_near_misses_keep_their_reading(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
