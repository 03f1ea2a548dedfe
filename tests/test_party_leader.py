"""A party's leader named by the party alone (issue 14, h54d-offices).

*Maya Orr, who leads the opposition, ... the Labour leader said*: election copy
names a leader again by the party (``lexicons/party_names.tsv``) and *leader*
when no title printed with the name says that party. With no holder of the title,
the descriptor is the person in view (``identity._Registry.resolve_descriptor``
calls ``_in_view``), never a person titled with another party.
"""

from __future__ import annotations

import pytest

from .conftest import speakers


def test_a_party_leader_is_the_person_in_view() -> None:
    text = (
        "Maya Orr, who leads the opposition, spoke to volunteers in a sports hall.\n\n"
        '"We will rebuild from here," the Labour leader said.'
    )
    assert speakers(text) == ["Maya Orr"]


@pytest.mark.parametrize("party", ["Coalition", "Greens", "Tory"])
def test_other_parties_by_name(party: str) -> None:
    # *Coalition* and *Greens* are rows of party_names.tsv added with the rule
    text = (
        "Ben Strang, who leads the opposition, spoke to volunteers in a town hall.\n\n"
        f'"We will be back," the {party} leader said.'
    )
    assert speakers(text) == ["Ben Strang"]


def test_a_leader_titled_with_another_party_is_not_taken() -> None:
    # near miss: the person in view leads the Conservatives, so *the Labour
    # leader* is nobody named
    text = (
        "Conservative leader Tom Hale toured a factory in the morning.\n\n"
        '"We will rebuild from here," the Labour leader said.'
    )
    assert speakers(text) != ["Tom Hale"]


def test_two_leaders_the_other_party_is_never_taken() -> None:
    # near miss: both leaders are named; *the Conservative leader* is his by
    # title, and *the Labour leader* is never the Conservative in view
    text = (
        "Labour leader Maya Orr and Conservative leader Tom Hale met at the count.\n\n"
        '"It was a close night," the Conservative leader said. '
        '"We will look at every ballot," the Labour leader said.'
    )
    got = speakers(text)
    assert got[0] == "Tom Hale"
    assert got[1] != "Tom Hale"


def test_a_party_word_in_the_sentence_before_is_not_the_leaders() -> None:
    # h54e-review: ``_printed_before`` reads 40 characters before the name, but
    # never past the start of its sentence; *Liberals* closes the sentence before
    # and says nothing about Tom Hale's party
    text = (
        "Ana Roe spoke for the Liberals. Tom Hale, who leads the Greens, spoke next. "
        '"We held every seat," the Green leader said.'
    )
    assert speakers(text) == ["Tom Hale"]


def test_a_party_word_in_the_same_sentence_still_counts() -> None:
    # near miss: the party printed before the name in its own sentence is his
    text = (
        "The vote went well. Liberal leader Tom Hale toured a factory.\n\n"
        '"We held every seat," the Green leader said.'
    )
    assert speakers(text) != ["Tom Hale"]
