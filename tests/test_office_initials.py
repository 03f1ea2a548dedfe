"""Offices that news of Commonwealth countries prints with their initials or a
seat's tag (issue 14, h51-offices). Every story is invented.

- an office introduced with its initials in brackets before its holder, then
  called by them (*Director General of Police (DGP) X* ... *the DGP said*;
  ``offices.bracketed_office``, read by the registry's name loop; a body's
  initials, *the Kenya Ports Authority (KPA)*, are still the body's);
- *the CS* for a cabinet secretary (``role_synonyms.tsv``, ``titles.tsv``);
- a seat's tag after the seat (*MP for Tampines GRC X*; ``seat_directions.txt``).
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import initialisms
from quoteverify.speakers.offices import bracketed_office

from .conftest import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Director General of Police (DGP) Suresh Varma toured the border posts on "
            'Monday. "Every post will get a second patrol," the DGP said.',
            "Suresh Varma",
        ),
        (
            "Cabinet Secretary (CS) Wanjiru Kamau launched the clinics. "
            '"Every ward will have one by June," said the CS.',
            "Wanjiru Kamau",
        ),
    ],
)
def test_an_office_called_by_its_initials_later(text: str, name: str) -> None:
    assert speakers(text)[-1] == name


def test_the_cs_for_a_cabinet_secretary() -> None:
    text = (
        "Water Cabinet Secretary Otieno Barasa opened the dam. "
        '"The taps will run all year," the CS said.'
    )
    assert speakers(text)[-1] == "Otieno Barasa"


def test_a_body_s_initials_stay_the_body_s() -> None:
    text = 'The Lakeside Ports Authority (LPA) hired staff. "We need more cranes," the LPA said.'
    assert speakers(text)[-1] == "Lakeside Ports Authority"


def test_the_bracketed_office_and_its_initials() -> None:
    text = "Director General of Police (DGP) Suresh Varma"
    assert bracketed_office(text, text.index("Suresh")) == ("Director General of Police", "dgp")
    # no holder's name after the bracket, or a body's name before it: none
    assert bracketed_office("the Inspector General (IG) said", 25) == ()
    text = "the Lakeside Ports Authority (LPA) Omar Said"
    assert bracketed_office(text, text.index("Omar")) == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('MP for Tampines GRC Goh Boon said: "The lifts must be fixed."', "Goh Boon"),
        ('"The lifts must be fixed," said MP for Tampines GRC Tan Boon Lim.', "Tan Boon Lim"),
        ('MP for Hougang SMC Ravi Menon said: "The lifts must be fixed."', "Ravi Menon"),
    ],
)
def test_a_seat_s_tag_is_no_word_of_the_name(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_an_office_s_initials_are_no_body_s() -> None:
    # The registry's initialisms leave an office's initials before a holder to the
    # person (h51b-review: no test failed when the skip was taken out).
    text = "Cabinet Secretary (CS) Wanjiru Kamau met the Lakeside Ports Authority (LPA)."
    assert initialisms(text) == {"LPA": "Lakeside Ports Authority"}
