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
    # the members (New Zealand's name holds a common word, see nations.tsv), Kosovo,
    # Taiwan, Palestine, Hong Kong, the EU, NATO and the UN
    assert len(set(load_table("nations").values())) >= 198


@pytest.mark.parametrize(
    ("word", "code"),
    [("kenya", "KE"), ("hungarian", "HU"), ("nairobi", "KE"), ("bolivia", "BO"), ("ugandan", "UG")],
)
def test_countries_of_every_continent_are_rows(word: str, code: str) -> None:
    assert load_table("nations")[word] == code


@pytest.mark.parametrize("word", ["jordan", "chad", "georgia", "israel", "new zealand", "sanaa"])
def test_names_that_are_also_given_names_or_hold_common_words_are_not_rows(word: str) -> None:
    # "Michael Jordan", "Steve Israel"; "new" would tell holders of a title apart
    assert word not in load_table("nations")


def test_a_nations_possessive_resolves_for_a_country_the_fit_data_never_printed() -> None:
    text = (
        "Hungarian Foreign Minister Zsofia Balogh flew to Vienna on Tuesday. "
        '"We came to listen," Balogh said.\n\n'
        'Hungary\'s foreign minister added: "Nothing is agreed yet."'
    )
    assert _speakers(text) == ["Zsofia Balogh", "Zsofia Balogh"]


def test_a_leader_of_a_named_country_answers_for_its_adjective() -> None:
    text = (
        "President Ama Owusu of Ghana opened the summit in Accra. "
        '"Trade is our bridge," Owusu said.\n\n'
        'The Ghanaian president later told delegates: "We will host again."'
    )
    assert _speakers(text) == ["Ama Owusu", "Ama Owusu"]


@pytest.mark.parametrize("seat", ["Kampala", "The Planalto", "Malacañang"])
def test_a_capital_or_a_seat_of_government_speaks_for_its_government(seat: str) -> None:
    text = f'{seat} said in a statement on Friday: "We reject the report."'
    (quote,) = quoteverify.parse(text, "t").quotes
    assert quote.speaker is not None
    assert quote.speaker.kind.value == "organization"
    assert quote.speaker.name == seat.removeprefix("The ")


# --- titles.tsv -----------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Taoiseach", "Premier", "Vice-Premier", "Chief Minister", "Brigadier"]
)
def test_a_title_printed_abroad_is_not_part_of_the_name(title: str) -> None:
    text = (
        f"{title} Ciaran Doyle spoke to reporters in the capital on Friday. "
        '"The talks were frank," Doyle said.'
    )
    assert _speakers(text) == ["Ciaran Doyle"]


def test_the_taoiseach_descriptor_finds_the_titled_person() -> None:
    text = (
        "Taoiseach Ciaran Doyle met union leaders on Friday. "
        '"We heard them out," Doyle said.\n\n'
        'The taoiseach then told reporters: "A deal is close."'
    )
    assert _speakers(text) == ["Ciaran Doyle", "Ciaran Doyle"]


# --- role_synonyms.tsv -----------------------------------------------------------


def test_a_top_diplomat_is_the_foreign_minister() -> None:
    text = (
        "Kenyan Foreign Minister Ruth Wanjiku met her counterparts on Monday. "
        '"We want calm at the border," Wanjiku said.\n\n'
        'Kenya\'s top diplomat added: "The talks will go on."'
    )
    assert _speakers(text) == ["Ruth Wanjiku", "Ruth Wanjiku"]


def test_a_top_diplomat_is_nobody_without_a_foreign_minister() -> None:
    text = (
        "Health Minister Ruth Wanjiku toured the clinic on Monday. "
        '"We need nurses," Wanjiku said.\n\n'
        'Kenya\'s top diplomat added: "The talks will go on."'
    )
    assert _speakers(text)[1] != "Ruth Wanjiku"


def test_an_envoy_is_the_ambassador_of_the_same_country_only() -> None:
    said = 'The {who} told reporters: "The embassy stays open."'
    text = (
        "Canadian Ambassador Lena Moreau met the minister on Tuesday. "
        '"We raised the visas," Moreau said.\n\n'
    )
    assert _speakers(text + said.format(who="Canadian envoy")) == ["Lena Moreau"] * 2
    assert _speakers(text + said.format(who="Mexican envoy"))[1] != "Lena Moreau"


# --- organizations.tsv -----------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [("IMF", "International Monetary Fund"), ("IAEA", "International Atomic Energy Agency")],
)
def test_a_bodys_short_form_is_named_by_its_full_name(short: str, full: str) -> None:
    text = f'The {short} said in a statement on Thursday: "The outlook has darkened."'
    assert _speakers(text) == [full]


# --- a nation's adjective before a title of several words --------------------------


@pytest.mark.parametrize("opener", ["", "On Monday, "])
def test_a_nations_adjective_and_a_title_before_a_name_are_the_title(opener: str) -> None:
    text = (
        f"{opener}German Finance Minister Olaf Brandt presented the budget in Berlin. "
        '"We will not borrow more," Brandt said.\n\n'
        'Later, Germany\'s finance minister added: "The budget is final." '
        'The German finance minister also said, "We expect growth."'
    )
    assert _speakers(text) == ["Olaf Brandt"] * 3


def test_a_body_after_the_adjective_keeps_its_name() -> None:
    # "the European Space Agency": a nation word and a body's head is the body's name
    text = 'The European Space Agency said on Friday: "The launch is delayed."'
    assert _speakers(text) == ["European Space Agency"]
