"""Second read of stop 59's third wave (issue 14, h59d-review): a trade's role noun
that opens a body's name (*GP Holdings*, *Dentist Supplies Ltd*,
`mentions._members_before_body`), the token reading's initial after a body's *and*
(`mentions._cap_run`), and the spokesperson noun `identity._Registry._modifier_body`
asks for. Every story is invented."""

from __future__ import annotations

import pytest

import quoteverify as qv


def _speaker(text: str) -> str | None:
    (quote,) = qv.parse(text).quotes
    return quote.speaker_name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Profits fell in the spring," GP Holdings said.', "GP Holdings"),
        ('GP Holdings said, "Profits fell in the spring."', "GP Holdings"),
        ('"We are open as usual," said Dentist Supplies Ltd.', "Dentist Supplies Ltd"),
        ('"We are open as usual," Nurse Holdings said.', "Nurse Holdings"),
    ],
)
def test_a_role_noun_before_a_bodys_head_is_part_of_its_name(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # before a person's name the role noun is still her title
        ('"Rest and plenty of fluids," GP Ana Roe said.', "Ana Roe"),
        ('"Rest and plenty of fluids," Dentist Ana Roe said.', "Ana Roe"),
        ('"Brush twice a day," said dentist Ana Roe.', "Ana Roe"),
        # a title is never part of a body's name
        ('"We are open as usual," Minister Ana Roe said.', "Ana Roe"),
    ],
)
def test_near_miss_a_role_noun_before_a_persons_name_stays_a_title(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will rebuild the pier," said the Bank of Vale and J. Roe.', "Bank of Vale"),
        (
            '"We will rebuild the pier," said a lawyer for the Bank of Vale and J. Roe.',
            "a lawyer for the Bank of Vale",
        ),
    ],
)
def test_said_the_body_and_an_initialled_person_names_the_body(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize("noun", ["lawyer", "director"])
def test_near_miss_a_body_noun_before_another_role_is_no_spokesperson(noun: str) -> None:
    # *a company lawyer* is a person of the company, not its voice: the descriptor stays
    text = f'Brellan Foods Ltd recalled its pies. "No one was harmed," a company {noun} said.'
    assert _speaker(text) == f"a company {noun}"
