"""Two members of one family with the same surname and the same initial (h56-blind39):
a short given name that is a listed given name of its own ("Kofi", "Mark") is not
taken for a short form of the other ("Kwame", "Maria"), unless
``lexicons/short_given_names.tsv`` pairs them ("Jim" of "James")
(``identity._two_given_names``, read by ``_first_names_clash``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.lexicons import load_table
from quoteverify.speakers.identity import _first_names_clash, _two_given_names


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


def test_a_son_quoted_in_his_fathers_obituary_keeps_his_own_name() -> None:
    text = (
        "Kwame Boadu, the goalkeeper who won two league titles with Eastgate, has died "
        'at 63.\nHis son, Kofi Boadu, wrote on Facebook: "He taught me to catch before '
        'I could walk."'
    )
    assert _names(text) == ["Kofi Boadu"]


def test_a_mother_and_her_son_are_two_people() -> None:
    text = (
        "Maria Tellner, the sculptor, died in Vienna on Monday. She was 88.\n"
        'Mark Tellner said his mother had worked until March. "She had clay under '
        'her nails at breakfast," he said.'
    )
    assert _names(text) == ["Mark Tellner"]


def test_a_brother_named_after_the_quote() -> None:
    text = (
        "John Pryce, 19, was named in the squad on Tuesday.\n"
        '"He has wanted this since he was six," said his brother, Jake Pryce.'
    )
    assert _names(text) == ["Jake Pryce"]


def test_a_listed_short_form_stays_the_same_person() -> None:
    text = (
        "James Corrin, the fire chief, spoke to reporters on Friday.\n"
        '"The wind turned at noon," Jim Corrin said.'
    )
    assert _names(text) == ["James Corrin"]


def test_short_forms_that_the_letters_tie_stay_the_same_person() -> None:
    text = (
        "Michael Dorsey, the council's treasurer, presented the budget.\n"
        '"There is no slack left," Mike Dorsey said.\n'
        "Thomas Leck, his deputy, agreed.\n"
        '"None at all," Tom Leck said.'
    )
    assert _names(text) == ["Michael Dorsey", "Thomas Leck"]


def test_the_rule_reads_the_lexicons() -> None:
    assert _two_given_names("kofi", "kwame")
    assert _two_given_names("mark", "maria")
    assert not _two_given_names("jim", "james")
    # a name the given-name list does not hold may still be a short form
    assert not _two_given_names("mike", "michael")
    assert load_table("short_given_names")["jack"] == "john"


_GIVEN = sorted(load_table("given_names"))


@given(st.sampled_from(_GIVEN), st.sampled_from(_GIVEN), st.sampled_from(["lee", "boadu"]))
def test_a_clash_of_first_names_is_symmetric(a: str, b: str, surname: str) -> None:
    assert _first_names_clash([a, surname], [b, surname]) == _first_names_clash(
        [b, surname], [a, surname]
    )


@given(st.sampled_from(sorted(load_table("short_given_names").items())))
def test_every_listed_short_form_may_be_its_full_name(pair: tuple[str, str]) -> None:
    short, full = pair
    assert not _first_names_clash([short, "lee"], [full, "lee"])
