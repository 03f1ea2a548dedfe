"""Honorifics of the English-language press of South and Southeast Asia and Africa
(blind set 44, issue 14) as rows of ``titles.tsv``: a Speaker's *Rt. Hon.*, *Hajji*,
*Begum*, *Clr*, *Tengku* and *Tunku*, Brunei's *Pehin* and *Yang Berhormat*, a
Filipino lawyer's *Atty.* and a Nigerian barrister's *Barr.* stand before the name and
are not part of it, and an office apposed to a name behind one of them comes back as
that person. Every sentence is invented."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Members will resume at noon," said Rt. Hon. Kwesi Amoako, the Speaker.', "Kwesi Amoako"),
        ('Rt Hon Kwesi Amoako opened the sitting. "Order, order," Mr Amoako said.', "Kwesi Amoako"),
        ('"Pay your market dues," said Hajji Musa Ssekandi, a trader in Kampala.', "Musa Ssekandi"),
        ('"The new wage is fair," said Begum Rokeya Sultana, a labour official.', "Rokeya Sultana"),
        ('"We will fix the pipes," said Clr Farai Ndoro, the deputy mayor.', "Farai Ndoro"),
        ('"Investors are coming back," said Tengku Amir Shah, the trade minister.', "Amir Shah"),
        ('"Investors are coming back," said Tunku Amir Shah, the trade minister.', "Amir Shah"),
        ('"Titles will be issued online," said Pehin Rosli Yaakub, a minister.', "Rosli Yaakub"),
        (
            '"Titles will be issued online," said Yang Berhormat Rosli Yaakub, a minister.',
            "Rosli Yaakub",
        ),
        ('"The bill protects parents," said Atty. Jose Mari Lacson, a clerk.', "Jose Mari Lacson"),
        ('"The budget is too ambitious," said Barr. Emeka Nwosu, a legislator.', "Emeka Nwosu"),
    ],
)
def test_the_honorific_is_not_part_of_the_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    "intro",
    [
        "The Speaker, Rt. Hon. Kwesi Amoako, opened the sitting on Tuesday.",
        "The Speaker, Rt Hon Kwesi Amoako, opened the sitting on Tuesday.",
    ],
)
def test_an_office_apposed_behind_rt_hon_comes_back_as_the_person(intro: str) -> None:
    text = f'{intro}\n"We will not sit late tonight," the Speaker said.'
    assert _speakers(text) == ["Kwesi Amoako"]


def test_an_office_apposed_behind_hajji_comes_back_as_the_person() -> None:
    text = (
        "The presidential adviser, Hajji Musa Ssekandi, toured the market on Friday.\n"
        'He urged traders to register. "A receipt protects you," said the adviser.'
    )
    assert _speakers(text) == ["Musa Ssekandi"]


def test_a_broadcaster_in_capitals_still_ends_its_sentence() -> None:
    # "rt" is no short form with a dot: "said of RT." closes the sentence, and the
    # quote after it stands on its own
    text = '"Their aim is plain," Ann Roe, a fellow, said of RT. "Famous hosts help them."'
    quotes = parse(text).quotes
    assert [q.kind.value for q in quotes] == ["direct", "direct"]


def test_haji_inside_a_malay_patronymic_stays_in_the_name() -> None:
    # "bin Haji Ahmad": the father's pilgrim title is part of the patronymic, no row
    text = 'Village head Jumat bin Haji Ahmad welcomed the move. "We waited long," he said.'
    assert _speakers(text) == ["Jumat bin Haji Ahmad"]
