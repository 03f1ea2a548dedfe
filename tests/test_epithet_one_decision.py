"""A headline's epithet (*Jailed Hale:*, *Embattled Ana Ruiz*) is decided once, by
``mentions._epithet_opens``: the head walk of ``mentions._classify`` and the registry's
name rows ask the same function, so a body's name that opens with an epithet's word
keeps that word in both."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.lexicons import load
from quoteverify.speakers.mentions import name_rows


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(text).quotes]


def test_a_body_whose_name_opens_with_an_epithet_word_keeps_it() -> None:
    # The head walk alone once dropped *Troubled* here; the name rows never did.
    text = 'Troubled Asset Relief Program said it was "on track" for the spring.\n'
    assert _speakers(text) == ["Troubled Asset Relief Program"]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ('Jailed Ruiz: "I would do it all again"', "Ana Ruiz"),
        ('Embattled Ana Ruiz says she will "fight on"', "Ana Ruiz"),
        ('Sacked Ruiz vows to "fight on"', "Ana Ruiz"),
    ],
)
def test_an_epithet_before_a_name_is_still_dropped(headline: str, name: str) -> None:
    text = headline + "\n\nAna Ruiz, the former mayor, spoke to reporters on Friday.\n"
    assert _speakers(text) == [name]


def test_an_epithet_before_four_name_words_is_dropped_from_the_name_rows() -> None:
    # The speaker's reading dropped it already; the rows once stopped at three words.
    text = 'Axed Ana Maria Ruiz Hale says she "did nothing wrong"\n\nShe spoke on Friday.\n'
    assert _speakers(text) == ["Ana Maria Ruiz Hale"]
    assert "Ana Maria Ruiz Hale" in [row[4] for row in name_rows(text, lone=True)]


# Near misses: what reads as before.


def test_an_epithet_word_inside_a_name_is_no_epithet() -> None:
    text = 'The choir sang "Bridge Over Troubled Water" and Ana Ruiz said it was "lovely".\n'
    assert _speakers(text)[-1] == "Ana Ruiz"


def test_a_title_after_the_epithet_reads_as_the_title() -> None:
    text = 'Ousted Mayor Ana Ruiz: "I will be back"\n\nAna Ruiz left office on Friday.\n'
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize("epithet", ["Troubled", "Embattled", "Defiant"])
def test_the_name_rows_and_the_speaker_agree_on_a_body(epithet: str) -> None:
    text = f'{epithet} Asset Relief Program said it was "on track" for the spring.\n'
    rows = [row[4] for row in name_rows(text, lone=True)]
    speaker = _speakers(text)[0]
    assert speaker == f"{epithet} Asset Relief Program"
    assert speaker in rows


_EPITHETS = sorted(load("headline_epithets"))
_NAMES = ["Hale", "Ruiz", "Ana", "Marta", "Maria", "Okafor"]


@settings(max_examples=60, deadline=None)
@given(
    epithet=st.sampled_from(_EPITHETS),
    names=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=4),
    body=st.sampled_from(["", " Harbour Authority", " Relief Program"]),
)
def test_the_speaker_is_one_of_the_name_rows(epithet: str, names: list[str], body: str) -> None:
    text = f'{epithet.capitalize()} {" ".join(names)}{body} said it was "on track" on Friday.\n'
    speaker = _speakers(text)[0]
    if speaker is not None:
        assert speaker in [row[4] for row in name_rows(text, lone=True)]
