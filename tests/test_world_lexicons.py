"""Lexicon rows for international news (issue 14): every UN member's country,
demonym and capital, titles printed abroad, role synonyms, bodies' short forms,
and a nation's adjective before a title of several words read as the title's.
Each story is invented; each needs the rows or the reading it names."""

from __future__ import annotations

import pytest

import quoteverify
from quoteverify.lexicons import load_table


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text, "t").quotes]


# --- nations.tsv --------------------------------------------------------------


def test_the_table_knows_every_member_state_of_the_united_nations() -> None:
    # the members, Kosovo, Taiwan, Palestine, Hong Kong, the EU, NATO and the UN
    assert len(set(load_table("nations").values())) >= 198


@pytest.mark.parametrize(
    ("word", "code"),
    [("kenya", "KE"), ("hungarian", "HU"), ("nairobi", "KE"), ("bolivia", "BO"), ("ugandan", "UG")],
)
def test_countries_of_every_continent_are_rows(word: str, code: str) -> None:
    assert load_table("nations")[word] == code


@pytest.mark.parametrize("word", ["jordan", "chad", "georgia", "israel", "sanaa"])
def test_names_that_are_also_given_names_are_not_rows(word: str) -> None:
    # "Michael Jordan", "Steve Israel"
    assert word not in load_table("nations")


@pytest.mark.parametrize(
    ("intro", "later"),
    [
        ("Ruth Monaco, the deputy attorney general,", "Monaco"),
        ("Dana Ireland, the coach,", "Ms. Ireland"),
        ("Paul Oman, the chairman,", "Oman"),
    ],
)
def test_a_surname_that_names_a_country_is_the_person(intro: str, later: str) -> None:
    # no row of nations.tsv for such a word: a government would take the person's place
    text = f'{intro} spoke on Friday. "We will act," {later} said.'
    (quote,) = quoteverify.parse(text, "t").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == (intro.partition(",")[0], "person")


def test_a_given_name_that_names_a_country_stays_in_the_name() -> None:
    text = '"We back the plan," said Trinidad Solano, the minister.'
    assert _speakers(text) == ["Trinidad Solano"]


@pytest.mark.parametrize("name", ["India Marsh", "Kenya Odhiambo", "America Solis"])
def test_a_country_before_one_or_two_name_words_is_a_given_name(name: str) -> None:
    # a row of nations.tsv; no title follows it, so it opens the name
    text = f'{name} spoke at the rally on Friday. "We will win this seat," she said.'
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("intro", "name"),
    [("Senegal President Awa Ndiaye", "Awa Ndiaye"), ("Kenya Airways", "Kenya Airways")],
)
def test_a_country_before_a_title_or_a_body_is_not_a_given_name(intro: str, name: str) -> None:
    text = f'{intro} said on Friday: "We will not sign."'
    assert _speakers(text) == [name]


def _story(intro: str, name: str, later: str) -> list[str | None]:
    """The speakers of ``name`` introduced in ``intro``, then named by surname, then
    by the descriptor ``later``."""
    surname = name.rsplit(maxsplit=1)[-1]
    return _speakers(
        f'{intro} spoke to reporters on Friday. "We are ready," {surname} said.\n\n'
        f'Later, {later} added: "The plan holds."'
    )


# The person, then the descriptor that finds them, by the rows or reading that link them.
_FOUND = [
    (
        "Hungarian Foreign Minister Zsofia Balogh",
        "Zsofia Balogh",
        "Hungary's foreign minister",
    ),  # nations
    ("President Ama Owusu of Ghana", "Ama Owusu", "the Ghanaian president"),  # nations (country)
    ("Taoiseach Ciaran Doyle", "Ciaran Doyle", "the taoiseach"),  # titles
    (
        "Kenyan Foreign Minister Ruth Wanjiku",
        "Ruth Wanjiku",
        "Kenya's top diplomat",
    ),  # role_synonyms
    ("Canadian Ambassador Lena Moreau", "Lena Moreau", "the Canadian envoy"),  # role_synonyms
    (
        "German Finance Minister Olaf Brandt",
        "Olaf Brandt",
        "Germany's finance minister",
    ),  # the reading
    (
        "In Berlin, German Finance Minister Olaf Brandt",
        "Olaf Brandt",
        "the German finance minister",
    ),
]


@pytest.mark.parametrize(("intro", "name", "later"), _FOUND)
def test_a_descriptor_finds_the_person_titled_before(intro: str, name: str, later: str) -> None:
    assert _story(intro, name, later) == [name, name]


@pytest.mark.parametrize(
    ("intro", "name", "later"),
    [
        ("Kenyan Health Minister Ruth Wanjiku", "Ruth Wanjiku", "Kenya's top diplomat"),
        ("Canadian Ambassador Lena Moreau", "Lena Moreau", "the Mexican envoy"),
        ("Finance Minister Olaf Brandt", "Olaf Brandt", "the German finance minister"),
    ],
)
def test_a_descriptor_of_another_office_or_country_is_not_the_person(
    intro: str, name: str, later: str
) -> None:
    assert _story(intro, name, later) != [name, name]


@pytest.mark.parametrize("seat", ["Kampala", "The Planalto", "Malacañang"])
def test_a_capital_or_a_seat_of_government_speaks_for_its_government(seat: str) -> None:
    text = f'{seat} said in a statement on Friday: "We reject the report."'
    (quote,) = quoteverify.parse(text, "t").quotes
    assert quote.speaker is not None
    assert quote.speaker.kind.value == "organization"
    assert quote.speaker.name == seat.removeprefix("The ")


# --- titles.tsv -----------------------------------------------------------------


@pytest.mark.parametrize("title", ["Taoiseach", "Premier", "Vice-Premier", "Tánaiste", "Brigadier"])
def test_a_title_printed_abroad_is_not_part_of_the_name(title: str) -> None:
    text = (
        f"{title} Ciaran Doyle spoke to reporters in the capital on Friday. "
        '"The talks were frank," Doyle said.'
    )
    assert _speakers(text) == ["Ciaran Doyle"]


# --- organizations.tsv -----------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [("IMF", "International Monetary Fund"), ("IAEA", "International Atomic Energy Agency")],
)
def test_a_bodys_short_form_is_named_by_its_full_name(short: str, full: str) -> None:
    text = f'The {short} said in a statement on Thursday: "The outlook has darkened."'
    assert _speakers(text) == [full]


@pytest.mark.parametrize(
    "body", ["Nigeria Police Force", "Kenya Defence Forces", "Kenya Airways", "Premier League"]
)
def test_a_country_or_a_title_word_opening_a_bodys_name_stays_in_it(body: str) -> None:
    # "Nigeria", "Kenya" are title words before a name; "Force", "Forces" end a body's
    text = f'"The plan holds," the {body} said in a statement.'
    (quote,) = quoteverify.parse(text, "t").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == (body, "organization")


# --- a nation's adjective before a title of several words --------------------------


def test_a_body_after_the_adjective_keeps_its_name() -> None:
    # "the European Space Agency": a nation word and a body's head is the body's name
    text = 'The European Space Agency said on Friday: "The launch is delayed."'
    assert _speakers(text) == ["European Space Agency"]
