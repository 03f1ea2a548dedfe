"""Whose words a quote is when one report holds another (issue 14, stop 51)."""

from __future__ import annotations

import pytest

from quoteverify import parse


def speaker(text: str, n: int = -1) -> str | None:
    return parse(text).quotes[n].speaker_name


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A participle's object opens the clause it reports: the quote goes on with
        # that clause's verb, so the phrase is not an inverted speaker.
        (
            "Tolbert's excesses are tiring, Ola Hollis said Tuesday in Oslo, noting"
            ' the council "has spent every reserve it had."',
            "Ola Hollis",
        ),
        (
            "Lund's budget is a fraud, Pia Marlowe told reporters in Bern, adding the"
            ' treasurer "never once warned us."',
            "Pia Marlowe",
        ),
        (
            "Dorn's tariffs are a mistake, Pia Marlowe said on Friday, arguing the"
            ' farmers "will pay for this twice."',
            "Pia Marlowe",
        ),
    ],
)
def test_a_participles_clause_subject_is_not_the_speaker(text: str, who: str) -> None:
    assert speaker(text) == who


def test_an_inverted_speaker_after_a_plain_cue_still_speaks() -> None:
    # "said Nadia Perl" is an inversion; only a participle's phrase is excluded.
    text = 'The plan was late, said Nadia Perl "and nobody asked why."'
    assert speaker(text) == "Nadia Perl"
