"""World news names, second pass (issue 14): a nation's name of several words read
whole, a generic head read with the word before it (*the UN chief*), and an owner's
role after a body's word (*Ruiz's campaign manager said*). Every story is invented."""

from __future__ import annotations

import pytest

import quoteverify
from quoteverify.lexicons import load_table
from quoteverify.speakers.identity import _distinguishing_words, _nations


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text, "t").quotes]


def _story(intro: str, name: str, later: str) -> list[str | None]:
    """The speakers of ``name`` introduced in ``intro``, then named by surname, then
    by the descriptor ``later``."""
    surname = name.rsplit(maxsplit=1)[-1]
    return _speakers(
        f'{intro} met the press in the capital. "We will sign," {surname} said.\n\n'
        f'On Monday, {later} added: "Nothing has changed."'
    )


# --- a nation's name of several words -------------------------------------------


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("new zealand", "NZ"),
        ("el salvador", "SV"),
        ("ivory coast", "CI"),
        ("czech republic", "CZ"),
        ("united arab emirates", "AE"),
        ("papua new guinea", "PG"),
    ],
)
def test_a_nation_of_several_words_is_a_row(word: str, code: str) -> None:
    assert load_table("nations")[word] == code


def test_the_words_of_a_nation_of_several_words_tell_no_holders_apart() -> None:
    words = _distinguishing_words()
    assert "zealand" not in words and "republic" not in words
    assert "russian" in words  # a nation of one word still does


def test_a_nation_of_several_words_is_read_whole() -> None:
    # not Sudan or Guinea as well: the longest name first
    assert _nations("South Sudan's envoy") == {"SS"}
    assert _nations("the Papua New Guinea leader") == {"PG"}


@pytest.mark.parametrize(
    ("word", "code"), sorted((k, c) for k, c in load_table("nations").items() if " " in k)
)
def test_every_nation_of_several_words_names_its_own_nation_only(word: str, code: str) -> None:
    assert _nations(word) == {code}
    assert _nations(f"{word.title()}'s foreign minister") == {code}


_FOUND = [
    ("New Zealand Prime Minister Hana Ropata", "Hana Ropata", "New Zealand's prime minister"),
    ("Prime Minister Hana Ropata of New Zealand", "Hana Ropata", "the New Zealand prime minister"),
    ("Salvadoran President Luis Ortega", "Luis Ortega", "El Salvador's president"),
    ("President Marie Kouassi of Ivory Coast", "Marie Kouassi", "the Ivorian president"),
    ("Czech Prime Minister Pavel Novak", "Pavel Novak", "the Czech Republic's prime minister"),
]


@pytest.mark.parametrize(("intro", "name", "later"), _FOUND)
def test_a_descriptor_naming_a_nation_of_several_words_finds_its_holder(
    intro: str, name: str, later: str
) -> None:
    assert _story(intro, name, later) == [name, name]


@pytest.mark.parametrize(
    ("intro", "name", "later"),
    [
        ("Australian Prime Minister Jack Moore", "Jack Moore", "New Zealand's prime minister"),
        ("Prime Minister Hana Ropata", "Hana Ropata", "the El Salvador president"),
    ],
)
def test_a_descriptor_of_another_nation_of_several_words_is_not_the_person(
    intro: str, name: str, later: str
) -> None:
    assert _story(intro, name, later) != [name, name]


@pytest.mark.parametrize(
    ("intro", "later"),
    [
        # the holder's title names the nation by its adjective, the descriptor by
        # its name of several words (_titles_hold reads that name's code)
        (
            "Emirati Foreign Minister Amal Haddad and Omani Foreign Minister Saif Darwish",
            "the United Arab Emirates foreign minister",
        ),
        (
            "South Sudanese Foreign Minister Nyandeng Aru and Sudanese Foreign Minister Omar Idris",
            "the South Sudan foreign minister",
        ),
    ],
)
def test_a_nation_of_several_words_is_held_by_its_adjective_in_a_title(
    intro: str, later: str
) -> None:
    text = f'{intro} met in the capital.\n\n"We will sign," {later} said.'
    assert _speakers(text) == [intro.split(" and ", maxsplit=1)[0].split(" Minister ")[1]]


def test_a_nation_of_three_words_before_a_title_of_two_is_read_whole() -> None:
    # before the cue and its colon, the nation's words are one modifier of the title
    text = (
        "The talks ended after midnight. The United Arab Emirates foreign minister "
        'said: "We are close."'
    )
    assert _speakers(text) == ["The United Arab Emirates foreign minister"]
    text = (
        "Prime Minister Ana Roe of Papua New Guinea arrived on Sunday. The Papua New "
        'Guinea prime minister said: "We are close."'
    )
    assert _speakers(text) == ["Ana Roe"]


# --- a generic head read with the word before it --------------------------------


@pytest.mark.parametrize(
    ("intro", "name", "later"),
    [
        ("UN Secretary-General Ana Ferreira", "Ana Ferreira", "the UN chief"),
        ("Police Commissioner Ann Roe", "Ann Roe", "the police chief"),
        ("FBI Director Tom Hale", "Tom Hale", "the FBI chief"),
    ],
)
def test_a_generic_head_with_the_word_before_it_finds_the_titles_holder(
    intro: str, name: str, later: str
) -> None:
    assert _story(intro, name, later) == [name, name]


@pytest.mark.parametrize(
    ("intro", "name", "later"),
    [
        ("NATO Secretary-General Ana Ferreira", "Ana Ferreira", "the UN chief"),
        ("Health Commissioner Ann Roe", "Ann Roe", "the police chief"),
        ("CIA Director Tom Hale", "Tom Hale", "the FBI chief"),
    ],
)
def test_a_generic_head_is_not_the_holder_of_another_bodys_title(
    intro: str, name: str, later: str
) -> None:
    assert _story(intro, name, later) != [name, name]


def test_a_holder_of_the_two_words_as_printed_keeps_them() -> None:
    text = (
        'Police Chief Ann Roe and Police Commissioner Tom Hale spoke. "We are ready," '
        'Hale said.\n\nLater, the police chief added: "The roads are open."'
    )
    assert _speakers(text) == ["Tom Hale", "Ann Roe"]


# --- an owner's role after a body's word ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Dana Ruiz runs for governor.\n\n"We will carry it," Ruiz\'s campaign manager said.',
        'Dana Ruiz runs for governor.\n\nRuiz\'s campaign manager said: "We will carry it."',
    ],
)
def test_an_owners_role_after_a_bodys_word_is_read_whole(text: str) -> None:
    assert _speakers(text) == ["Ruiz's campaign manager"]


def test_an_owners_body_without_a_role_stays_the_body() -> None:
    text = 'Dana Ruiz is running for governor.\n\n"We will carry the north," Ruiz\'s campaign said.'
    (quote,) = quoteverify.parse(text, "t").quotes
    assert quote.speaker is not None
    assert quote.speaker.kind.value == "organization"


def test_an_owners_role_finds_the_person_it_introduced() -> None:
    # the role read whole is still the title the article gave its holder
    text = (
        "Dana Ruiz won the primary on Tuesday. Ruiz's campaign manager, Tom Hale, "
        'spoke to reporters.\n\n"We will carry it," Ruiz\'s campaign manager said.'
    )
    assert _speakers(text) == ["Tom Hale"]
