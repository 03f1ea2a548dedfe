"""Offices before a holder that reach further than one office word and its link
(issue 14, h51b-offices). Every story is invented.

- a chain of *of* then *for* (*Minister of State for Fisheries*), with a style
  (*Dr*, *Prof.*) between the office and the name, before or after a cue
  (``offices._office_lead``, ``mentions.capital_office_holder``);
- a portfolio of several words joined by commas and *and* (*Minister for Roads,
  Ports and Inland Waterways X*), whose last words the name reader took for the
  name;
- a seat and its tag, then a holder of three words (*MP for Hougang SMC Lee Kah
  Wen said*);
- a style that ends a stored office (*Health Cabinet Secretary Dr X* ... *the CS
  said*): the office and the style are two titles
  (``offices.style_after_office``).
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.offices import _office_lead, style_after_office

from .conftest import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Junior Minister of State for Fisheries Dr Maya Pillai said: "
            '"No boat sails without a licence."',
            "Maya Pillai",
        ),
        (
            'Minister of State for Fisheries Ravi Menon said: "The quota stays."',
            "Ravi Menon",
        ),
        (
            '"The quota stays," said Minister of State for Fisheries Dr Maya Pillai.',
            "Maya Pillai",
        ),
        (
            "Minister for Roads, Ports and Inland Waterways Imran Qureshi said: "
            '"The bridge opens in May."',
            "Imran Qureshi",
        ),
        (
            '"The bridge opens in May," said Minister for Culture and Heritage Imran Qureshi.',
            "Imran Qureshi",
        ),
        (
            'MP for Hougang SMC Lee Kah Wen said: "The market will stay open."',
            "Lee Kah Wen",
        ),
    ],
)
def test_a_holder_after_a_long_office(text: str, name: str) -> None:
    assert speakers(text)[0] == name


def test_the_office_alone_after_a_style() -> None:
    text = (
        "Health Cabinet Secretary Prof. Amina Odhiambo visited the wards on Friday. "
        '"Nurses will be hired by March," the CS said.'
    )
    assert speakers(text)[-1] == "Amina Odhiambo"


def test_the_minister_after_a_chain_and_a_style() -> None:
    text = (
        "Minister of State for Fisheries Dr Maya Pillai opened the harbour on Monday. "
        '"Every boat will be counted," the minister said.'
    )
    assert speakers(text)[-1] == "Maya Pillai"


def test_office_lead_shapes() -> None:
    assert _office_lead(["Minister", "of", "State", "for"]) == "Minister of State for"
    lead = ["Minister", "for", "Roads,", "Ports", "and"]
    assert _office_lead(lead) == "Minister for Roads, Ports and"
    assert _office_lead(["the", "Fund", "for"]) == ""
    assert _office_lead(["Kay", "Roe", "and"]) == ""  # no office before a link
    assert _office_lead(["Bank", "of", "England", "for"]) == ""  # no office word


def test_style_after_office() -> None:
    assert style_after_office("Health Cabinet Secretary Dr") == len("Health Cabinet Secretary ")
    assert style_after_office("Dr") == 0
    assert style_after_office("Prime Minister") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The envoy of the Ministry of Trade of the Federal Republic of Velaria Korvan "
        'Tessly-Mar said: "The talks were a waste of time."',
        "ORSKA, 3 May (Velpress) — The spokesman of the Ministry of Trade of Velaria Korvan "
        'Tessly called the talks "a waste of time".',
    ],
)
def test_a_holder_after_an_office_over_a_body_and_its_country(text: str) -> None:
    # the holder's given name is one the lexicon does not know
    assert speakers(text)[0] in ("Korvan Tessly-Mar", "Korvan Tessly")


def test_a_body_of_a_country_keeps_its_name_after_an_office() -> None:
    assert speakers('The head of the Bank of England said: "Rates will hold."') == [
        "The head of the Bank of England"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The member for Eastmoor, Dilys Parrow, opened the debate. "
        '"The rail line must reopen," the member for Eastmoor said.',
        "Dilys Parrow, the member for Eastmoor, opened the debate. "
        '"The rail line must reopen," said the member for Eastmoor.',
    ],
)
def test_the_member_for_a_seat_named_before(text: str) -> None:
    assert speakers(text)[-1] == "Dilys Parrow"


def test_the_member_of_a_family_is_still_nobody_named() -> None:
    text = 'Dilys Parrow met Ola Brent. "This is sad," the member of the family said.'
    assert speakers(text)[-1] != "Dilys Parrow"
