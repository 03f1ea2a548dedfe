"""The one reader of offices printed before a holder's name (issue 14, h51-offices):
``quoteverify/speakers/offices.py``. The mention reader, the registry's title walk
and the office-alone resolver all read an office through it; these are the unit
tests of its parts that stops 49 and 50 wrote against the four readers it replaced
(``office_of``, ``office_holder``'s chain, ``office_of_tail``, ``holder_office``,
``_holder_in_run``, ``_office_of_before``), moved here. Every story is invented."""

from __future__ import annotations

import pytest

from quoteverify.speakers.offices import (
    Office,
    Shape,
    holder_cut,
    holder_office,
    holder_start,
    office_opening,
    office_words,
    opens_holder,
    read_office,
    title_head,
    titles_for_office,
)


@pytest.mark.parametrize(
    ("words", "office"),
    [
        (["the", "deputy", "chief", "of", "staff"], "chief of staff"),
        (["as", "minister", "of", "finance"], "minister of finance"),
        (["the", "head", "of", "data", "science"], "head of data science"),
        (["chief", "of", "staff,"], "chief of staff"),  # a comma text kept on its word
    ],
)
def test_a_lower_case_office_ends_before_its_holder(words: list[str], office: str) -> None:
    found = read_office(words, len(words), Shape.LOWER)
    assert found is not None and found.text == office


@pytest.mark.parametrize(
    "words",
    [
        ["the", "wife", "of", "farmer"],  # a relation, and a role after it
        ["the", "lawyer", "of", "candidate"],  # another person's role
        ["the", "secretary", "of", "state", "mocked"],  # a verb
        ["the", "head", "of", "the", "farmers"],  # a plural role
        ["president", "of", "policy", "in"],  # a function word
    ],
)
def test_no_lower_case_office(words: list[str]) -> None:
    assert read_office(words, len(words), Shape.LOWER) is None


def test_a_chain_reads_to_its_farthest_office_word() -> None:
    words = ["Yesterday", "the", "chairman", "of", "the", "board", "of", "Corvane", "Shipping"]
    found = read_office(words, len(words), Shape.CHAIN)
    assert found == Office(("chairman", "of", "the", "board", "of", "Corvane", "Shipping"))
    assert found.head == "chairman"
    # only joining words after the office: a body's name, no holder's office
    assert read_office(["the", "leader", "of", "the"], 4, Shape.CHAIN) is None


def test_a_chain_in_capitals_stops_at_its_last_of() -> None:
    words = ["the", "head", "of", "the", "Ministry", "of", "Trade", "of"]
    found = read_office(words, len(words), Shape.CAPITAL)
    assert found is not None and found.text == "head of the Ministry of Trade"
    # a lower-case noun breaks a chain in capitals
    assert read_office(["the", "head", "of", "trade", "of"], 5, Shape.CAPITAL) is None


def test_the_holder_starts_at_a_given_name_or_after_a_body() -> None:
    assert holder_start(["Central", "Bank", "Oleh", "Marchuk"]) == 2
    assert holder_start(["Corvane", "Shipping", "Paul", "Rennick"]) == 2
    assert holder_start(["Tarsk", "Water", "Board", "Mira", "Voss"]) == 3
    assert holder_start(["England"]) == 0


def test_a_holder_after_a_place_opens_with_a_given_name() -> None:
    assert opens_holder(["Ivan", "Tarkov", "said"])
    assert not opens_holder(["Velaria"])


def test_the_office_before_the_holder_is_read_as_a_title() -> None:
    assert holder_office("The governor of the central bank Mei Lin", 33) == (
        "governor of the central bank"
    )
    assert holder_office("He met the bank Mei Lin", 16) == ""
    assert holder_office("The head of the unit said Mei Lin", 26) == ""
    assert holder_office("the agent of singer Mei Lin", 20) == ""  # Lin is the singer


def test_the_name_reader_cuts_the_body_off_the_holder() -> None:
    text = "the head of the Central Bank Oleh Marchuk"
    assert holder_cut(text, 16, "Central Bank Oleh Marchuk") == len("Central Bank ")
    # no office before the run: a body's name and a person's are left as read
    assert holder_cut("He met the Central Bank Oleh Marchuk.", 11, "Central Bank Oleh Marchuk") == 0


def test_an_office_for_a_seat_before_the_holder() -> None:
    assert office_opening("Minister for Housing Ann Lee", 13, "Housing Ann Lee") == (
        8,
        "Minister for Housing",
    )
    assert office_opening("a Fund for Peace Ann Lee", 11, "Peace Ann Lee") == (0, "")


def test_the_seat_takes_its_compass_word() -> None:
    # (a given name the lexicon does not know, so the seat's end is not found by it)
    text = "MP for Dunmore West Ann Carrow"
    assert office_opening(text, 7, "Dunmore West Ann Carrow") == (13, "MP for Dunmore West")


def test_an_office_through_a_chain_of_of_in_capitals() -> None:
    text = "the head of the Ministry of Trade of Velaria Ivan Tarkov"
    at = text.index("Velaria")
    assert office_opening(text, at, "Velaria Ivan Tarkov") == (
        len("Velaria "),
        "head of the Ministry of Trade of Velaria",
    )
    # a body's head in the run: the chain names a body, not an office
    assert office_opening("the head of the Bank of Velaria Trust Ana", 32, "Velaria Trust Ana") == (
        0,
        "",
    )


def test_office_words_and_titles() -> None:
    assert {"minister", "head", "governor"} <= office_words()
    assert "mrs" not in office_words() and "king" not in office_words()
    assert title_head("secretary of state") == "secretary"
    assert titles_for_office("head of the Foreign Ministry") == [
        "foreign minister",
        "foreign secretary",
    ]


@pytest.mark.parametrize("gap", [" ", "   "])
def test_a_short_title_after_and_ends_the_portfolio(gap: str) -> None:
    # A title written short with its dot opens the next name: it is never a
    # portfolio's last word, however the spaces before "and" fall.
    text = f"the Department of Health{gap}and Sen. Ann Roe"
    at = text.index("Sen.")
    assert office_opening(text, at, text[at:]) == (0, "")


def test_a_portfolio_word_after_and_still_reads() -> None:
    # Near miss: a capitalised portfolio word after "and" stays the office's.
    text = "Minister of Trade and Industry Ann Roe"
    at = text.index("Industry")
    assert office_opening(text, at, text[at:]) == (9, "Minister of Trade and Industry")
