"""A newspaper and the voice it speaks in, named again by a common noun (issue 14).

*the paper*, *the editorial board*, *the column* go back to the outlet the article
named last: a name that holds a newspaper's last word (*the Daily Herald*), or a name
printed with an outlet noun (``lexicons/outlet_nouns.txt``). Every sentence here is
our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.lexicons import load


def speaker(text: str) -> tuple[str | None, SpeakerKind | None]:
    """The resolved name and kind of the last quote of ``text``."""
    q = parse(text).quotes[-1]
    return q.speaker_name, q.speaker.kind if q.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a newspaper's last word in its name, and the voice it speaks in
        (
            "The mayor spoke on Monday.\n\nThen came the Daily Herald. "
            '"He is selling a dream," the paper\'s editorial board wrote on Tuesday.',
            "Daily Herald",
        ),
        # a name printed right before an outlet noun
        (
            "A popular column in the national Kobe Shimbun newspaper attacked the remark."
            '\n\n"It was rough," the column noted.',
            "Kobe Shimbun",
        ),
        # a name set off by a comma before an apposition ending on the noun
        (
            "The Valley Ledger, the state's largest newspaper, ran a string of editorials. "
            '"He folded," the editorial board wrote.',
            "The Valley Ledger",
        ),
        # after the noun and "of", and named again by the same noun in between
        (
            "That angered the editors of The Beacon, who aimed their editorial at Ruiz."
            '\n\nThe newspaper said she should visit.\n\n"She should act," the newspaper said.',
            "The Beacon",
        ),
    ],
)
def test_an_outlet_noun_names_the_outlet_named_last(text: str, name: str) -> None:
    assert speaker(text) == (name, SpeakerKind.ORGANIZATION)


def test_the_later_of_two_outlets_is_meant() -> None:
    text = (
        "The Daily Herald backed the mayor. The Valley Ledger, a rival newspaper, did not."
        '\n\n"She has failed," the paper wrote.'
    )
    assert speaker(text)[0] == "The Valley Ledger"


@pytest.mark.parametrize(
    "text",
    [
        # a person before a preposition and the noun is no outlet
        'Okafor, a reporter for the paper, called.\n\n"It was rough," the column said.',
        # a time word before the noun
        'Ana Roe read the Sunday paper.\n\n"It was rough," the paper said.',
        # a given name: a person set off by a comma
        'We met Carla Mendes, who runs a newspaper.\n\n"It was rough," the newspaper said.',
    ],
)
def test_no_outlet_is_read_where_none_is_named(text: str) -> None:
    assert speaker(text)[1] is not SpeakerKind.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "The Daily Herald printed it on Monday.\n\nAna Roe wrote an editorial on the plan."
        '\n\n"It will fail," the editorial said.',
        "The Daily Herald ran it.\n\nAna Roe wrote a column for the Daily Herald on Monday."
        '\n\n"It will fail," the column said.',
        'The Daily Herald ran a column by Ana Roe on Monday.\n\n"It will fail," the column said.',
    ],
)
def test_a_piece_whose_writer_is_named_is_the_writers(text: str) -> None:
    assert speaker(text)[0] == "Ana Roe"


@given(st.sampled_from(sorted(load("outlet_nouns"))))
def test_every_outlet_noun_names_a_newspaper_named_before(noun: str) -> None:
    text = f'The Daily Herald weighed in on Monday.\n\n"The plan will fail," the {noun} said.'
    assert speaker(text) == ("Daily Herald", SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The leak spread fast. "The talks are over," Der Spiegel reported.', "Der Spiegel"),
        ('Few saw it coming. "He knew in May," Le Monde wrote on Friday.', "Le Monde"),
        ('The minister quit. "It was a long week," El País said.', "El País"),
        ('"The port will reopen," Xinhua, the state news agency, said.', "Xinhua"),
    ],
)
def test_an_outlet_abroad_named_with_its_own_article_is_a_body(text: str, name: str) -> None:
    # a newspaper or agency abroad (``organizations``), *Der*, *Le*, *El* and all,
    # speaks as a body, not as a person named *Der Spiegel*
    assert speaker(text) == (name, SpeakerKind.ORGANIZATION)


def test_a_pronoun_passes_over_an_outlet_abroad() -> None:
    text = (
        "Ana Brandt, the chancellor, spoke on Monday. In an interview, Der Spiegel "
        'pressed her on the plan.\n\nShe said voters should shun "the merchants of fear."'
    )
    assert speaker(text) == ("Ana Brandt", SpeakerKind.PERSON)


def test_a_surname_that_is_an_outlets_word_stays_a_person() -> None:
    text = 'Ed Spiegel runs the shop. "We open at nine," Spiegel said.'
    assert speaker(text) == ("Ed Spiegel", SpeakerKind.PERSON)
