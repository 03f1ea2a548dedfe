"""Governments speaking through their seats and capitals, and a nation's office as a
descriptor (h42b-gov): a seat or a capital that speaks is a typed organisation,
after its cue as before it; a nationality before an office noun finds the person the
article gave that nation's office, and only that person."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.lexicons import load_table, select

_ORG = SpeakerKind.ORGANIZATION
_SEATS = {"white house", "downing street", "kremlin", "elysee", "élysée"}


def _speaker(text: str, at: int = 0) -> tuple[str, SpeakerKind] | None:
    speaker = parse(text).quotes[at].speaker
    return None if speaker is None else (speaker.name, speaker.kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The offer stands," said the Kremlin.', "Kremlin"),
        ('"The door is open," said the White House on Friday.', "White House"),
        ('"The drill was planned long ago," said the Pentagon.', "Pentagon"),
        ('"Nothing was signed," according to the Kremlin.', "Kremlin"),
    ],
)
def test_a_seat_after_its_cue_is_the_body(text: str, name: str) -> None:
    assert _speaker(text) == (name, _ORG)


def test_a_seat_after_its_cue_is_no_leader_named_before() -> None:
    text = (
        'Vladimir Putin met the envoy for an hour. "The offer stands," said the Kremlin. '
        '"We will reply soon," said the White House.'
    )
    assert _speaker(text, 0) == ("Kremlin", _ORG)
    assert _speaker(text, 1) == ("White House", _ORG)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We reject the claim," Tokyo said.', "Tokyo"),
        ('"We reject the claim," said Tehran.', "Tehran"),
        ('"We reject the claim," Helsinki said in a note.', "Helsinki"),
        ('"We reject the claim," Whitehall said.', "Whitehall"),
    ],
)
def test_a_capital_that_speaks_is_its_government(text: str, name: str) -> None:
    assert _speaker(text) == (name, _ORG)


def test_the_elysee_with_its_accents_is_the_body() -> None:
    name, kind = _speaker('"The talks went well," the Élysée said.') or ("", None)
    assert kind is _ORG and name.lower().startswith(("elysee", "élysée"))


def test_a_capital_after_in_is_where_a_person_speaks() -> None:
    assert _speaker('In Tokyo, Ana Roe said: "We are ready to talk."') == (
        "Ana Roe",
        SpeakerKind.PERSON,
    )


def test_a_demonym_is_no_government() -> None:
    # "Briton" names a person of a nation, never the nation's government.
    assert _speaker('"No comment," the Briton said.') != ("Briton", _ORG)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'US envoy Tom Hale landed at dawn.\n\n"Progress is slow," the American envoy said.',
            "Tom Hale",
        ),
        (
            'Russian envoy Ivan Sokol landed.\n\n"We came to listen," the Kremlin envoy said.',
            "Ivan Sokol",
        ),
    ],
)
def test_a_nation_word_finds_the_office_of_the_same_country(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.PERSON)


def test_a_nation_word_never_finds_another_nations_office() -> None:
    text = 'US envoy Tom Hale landed in the morning.\n\n"Progress is slow," the Russian envoy said.'
    found = _speaker(text)
    assert found is not None and found[0] != "Tom Hale"


def test_every_capital_belongs_to_a_country_the_lexicon_knows_by_another_word() -> None:
    table = load_table("nations")
    codes = {
        table[w] for w in select("nations", kind="demonym") | select("nations", kind="country")
    }
    capitals = select("nations", kind="capital")
    assert capitals and all(table[c] in codes for c in capitals)


@given(st.sampled_from(sorted(select("nations", kind="capital") - {"moscow's"})))
@example("addis ababa")
@example("kuala lumpur")
def test_any_capital_that_speaks_is_an_organisation(capital: str) -> None:
    # A seat is printed with its article (*the White House*, *the Kremlin*), a city
    # bare (*Tokyo*, *Addis Ababa*: a capital of several words is a city too).
    printed = " ".join(w.capitalize() for w in capital.split())
    the = "the " if capital in _SEATS else ""
    found = _speaker(f'"We disagree," {the}{printed} said.')
    assert found is not None and found[1] is _ORG


@pytest.mark.parametrize(
    "text",
    [
        'Joe Roe met reporters at noon. "We talked for hours," the Russian leader said.',
        'Joe Roe met reporters at noon. "We talked for hours," the French president said.',
    ],
)
def test_a_nations_office_the_article_never_gave_is_nobody_in_view(text: str) -> None:
    found = _speaker(text)
    assert found is not None and found[0] != "Joe Roe"


def test_a_nations_office_is_never_another_nations_leader() -> None:
    text = 'US President Joe Roe met the press.\n\n"We talked for hours," the Russian leader said.'
    found = _speaker(text)
    assert found is not None and found[0] != "Joe Roe"


def test_an_office_of_a_country_after_the_name_is_that_countrys() -> None:
    text = (
        "President Ivan Sokol of Russia met President Joe Roe of the United States.\n\n"
        '"We talked for hours," the Russian leader said.\n\n'
        '"It was useful," the American president said.'
    )
    assert _speaker(text, 0) == ("Ivan Sokol", SpeakerKind.PERSON)
    assert _speaker(text, 1) == ("Joe Roe", SpeakerKind.PERSON)


def test_an_office_of_a_state_gives_no_nation() -> None:
    # Texas is no country: the senator's office stays his, read by the state rule.
    text = 'Sen. Joe Roe of Texas spoke. "No," the Texas senator said.'
    assert _speaker(text) == ("Joe Roe", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are open to talks," the Chinese foreign ministry said.', "Chinese foreign ministry"),
        (
            '"The flights were routine," said the Russian defence ministry.',
            "Russian defence ministry",
        ),
    ],
)
def test_a_nations_body_is_an_organisation(text: str, name: str) -> None:
    assert _speaker(text) == (name, _ORG)
