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


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A style of address (*His Highness*, *His Majesty*) is a descriptor of the
        # titled person named before, never the channel the interview was given to.
        (
            "The energy minister, Prince Omar bin Salim, opened the talks. And His"
            " Highness said, in an interview to the channel Nova Plus aired on Monday:"
            ' "We chase no price, only balance."',
            "Omar bin Salim",
        ),
        ('King Arvid of Norland toured the port. "The sea feeds us," His Majesty said.', "Arvid"),
        ('Pope Leo met the pilgrims. "Peace is patient," His Holiness said.', "Leo"),
    ],
)
def test_a_style_of_address_names_the_titled_person(text: str, who: str) -> None:
    assert speaker(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A prepositional aside and a time phrase between the subject and its verb.
        (
            'Ola Berg at the weekly briefing on Monday said the delay was "regrettable".',
            "Ola Berg",
        ),
        (
            "OSLO, 3 May (Wire) — Finance Minister Ola Berg at the regular press"
            ' conference on Monday expressed "deep regret" over the delay.',
            "Ola Berg",
        ),
        ('Ola Berg at a briefing expressed "deep regret" over the delay.', "Ola Berg"),
    ],
)
def test_a_subject_before_an_aside_speaks(text: str, who: str) -> None:
    assert speaker(text) == who


def test_an_object_before_an_aside_does_not_speak() -> None:
    # "charging Berg at a press conference": Berg is the object of "charging".
    text = (
        "Agency chief Ivo Dane decided not to recommend charging Berg at a press"
        " conference Tuesday even though he found \u201cevidence\u201d that Berg broke the rules."
    )
    assert speaker(text) != "Berg"
