"""Two people named in one phrase that share a surname (h46b-names): *twins Priya
and Anjali Raman*, *the couple Tom and Ada Lin*: after a plural noun of kin, the
lone given name before *and* takes the surname of the full name after it
(``identity._shared_surname``, ``lexicons/pair_kin_nouns.txt``)."""

from __future__ import annotations

import quoteverify as qv
from quoteverify.speakers.identity import _name_rows_seen, _shared_surname


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


def test_twins_named_in_one_phrase_each_take_the_surname() -> None:
    text = (
        "The sisters Nadia and Leila Farrokh won the junior pairs title in Perth on "
        'Sunday. "We argue about everything except tennis," Nadia said. "That is '
        'not quite true," Leila said.'
    )
    assert _names(text) == ["Nadia Farrokh", "Leila Farrokh"]


def test_a_couple_and_a_later_given_name() -> None:
    text = (
        "The restaurant is run by the couple Tom and Ada Lin, who opened it in 2009. "
        '"We never planned a second site," Tom said on Friday.'
    )
    assert _names(text) == ["Tom Lin"]


def test_a_surname_before_and_shares_nothing() -> None:
    text = "The siblings Ruiz and Ada Lin broke down."
    rows = _name_rows_seen(text)[0]
    assert _shared_surname(text, text.index(" and"), "Ruiz", rows) == ""


def test_without_a_noun_of_kin_the_two_are_two_families() -> None:
    # A guest and her host: "and" alone does not say they share a surname.
    text = "At dinner Clara and Peter Voss spoke of the mill."
    rows = _name_rows_seen(text)[0]
    assert _shared_surname(text, text.index(" and"), "Clara", rows) == ""


def test_a_longer_name_after_and_shares_nothing() -> None:
    text = "The firm hired the brothers Tom and Ada Maria Lin last year."
    rows = _name_rows_seen(text)[0]
    assert _shared_surname(text, text.index(" and"), "Tom", rows) == ""
