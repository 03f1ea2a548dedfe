"""Demonyms and adjectives of nationality are read as words about people, never
as a person's name (``lexicons/region_demonyms.txt``, ``nations.tsv``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.lexicons import load, select
from quoteverify.speakers.mentions import PhraseKind, _demonym_words, _land_speaks, find_names
from quoteverify.text.layer import tokenize

REGION = sorted(load("region_demonyms"))
NATION_ADJECTIVES = sorted(
    w for w in select("nations", kind="demonym") if w.endswith(("an", "ish", "ese"))
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    "run",
    ["South African", "Latin American", "Middle Eastern", "Southeast Asian", "North Korean"],
)
def test_a_compound_demonym_before_a_noun_is_no_name(run: str) -> None:
    text = f"Dora Pike toured a {run} port city last spring."
    assert [f.head for f in find_names(text)] == ["Dora Pike"]


def test_two_nation_adjectives_together_are_no_name() -> None:
    assert find_names("She met Chinese American bakers on Friday.") == []


@pytest.mark.parametrize("name", ["David French", "Ann English", "Mark Cuban", "Rosa Irish"])
def test_a_surname_that_is_also_a_demonym_stays_a_name(name: str) -> None:
    assert [f.head for f in find_names(f"Later {name} spoke to the board.")] == [name]


def test_a_title_of_nationality_still_opens_a_name() -> None:
    (found,) = find_names("Egyptian President Omar Saleh spoke first.")
    assert (found.head, found.title) == ("Omar Saleh", "Egyptian President")
    (found,) = find_names("Then Saudi Prince Faisal Adel arrived.")
    assert (found.head, found.title) == ("Faisal Adel", "Saudi Prince")


def test_the_pronoun_after_a_demonym_goes_to_no_adjective() -> None:
    text = 'A Middle Eastern envoy left the hall early. "Nothing was agreed today," she told us.'
    assert _speakers(text) != ["Middle Eastern"]


def test_a_demonym_used_as_a_noun_stays_a_descriptor() -> None:
    assert _speakers('"The harbour is too small," the South African said.') == ["the South African"]
    assert _speakers('"The harbour is too small," the Egyptian said.') == ["the Egyptian"]


def test_a_body_named_with_a_demonym_keeps_its_name() -> None:
    assert _speakers('"Flights resume on Monday," said South African Airways.') == [
        "South African Airways"
    ]


def test_a_list_of_people_after_a_demonym_is_not_cut_to_it() -> None:
    text = (
        "Forty Latin American poets, painters and chemists signed a letter about the "
        '"deep harm of the plan" last week.'
    )
    assert "Latin American" not in _speakers(text)


@given(st.sampled_from(REGION + NATION_ADJECTIVES), st.sampled_from(["", "'s", "."]))
def test_every_demonym_of_the_lexicons_reads_as_one(entry: str, tail: str) -> None:
    words = [w.capitalize() for w in entry.split()]
    words[-1] += tail
    assert _demonym_words(words)


@given(st.sampled_from(REGION + NATION_ADJECTIVES))
def test_a_given_name_before_a_demonym_makes_a_name(entry: str) -> None:
    words = ["Ruth", *(w.capitalize() for w in entry.split())]
    assert not _demonym_words(words)


def _state_kind(word: str) -> PhraseKind | None:
    text = f"{word} said"
    return _land_speaks(tokenize(text, 0, len(word)), word, text, {})


@pytest.mark.parametrize("word", ["Saudi", "Iraqi", "Greek", "Swiss", "Israeli", "Egyptian"])
def test_an_adjective_of_nationality_is_no_state(word: str) -> None:
    assert _state_kind(word) is None


def test_a_state_or_its_capital_still_is_one() -> None:
    assert _state_kind("Russia") is _state_kind("Beijing") is PhraseKind.ORGANIZATION


def test_a_capital_in_capitals_is_a_dateline_not_a_speaker() -> None:
    # a one-word nation printed in capitals heads a dateline (*OSLO --*): never its
    # government speaking
    assert _state_kind("OSLO") is _state_kind("KENYA") is None
    assert _speaker_kinds('"We will answer," OSLO said.') != [("OSLO", "organization")]


def test_a_nation_after_a_town_and_its_comma_is_read_alike_whatever_its_ending() -> None:
    # One reading of a state's name (_land_speaks): a country whose name ends in -s
    # (Philippines) is read as France is, never as a crowd of its people.
    def kinds(nation: str) -> list[tuple[str | None, str | None]]:
        text = f'Lena Cruz of Lyon, {nation} said the port was "ready".'
        return [(n.replace(nation, "X") if n else n, k) for n, k in _speaker_kinds(text)]

    assert kinds("Philippines") == kinds("France")
    assert ("Philippines", "anonymous") not in _speaker_kinds(
        'Lena Cruz of Lyon, Philippines said the port was "ready".'
    )


def _speaker_kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker_name, q.speaker.kind.value if q.speaker else None) for q in qv.parse(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Chileans say the new bridge is "long overdue."', ("Chileans", "anonymous")),
        ('"We waited ten years," the Chileans said.', ("the Chileans", "anonymous")),
        ('Many South Africans said the fee was "too high."', ("South Africans", "anonymous")),
    ],
)
def test_a_plural_demonym_speaks_as_a_crowd_written_as_it_is(
    text: str, want: tuple[str, str]
) -> None:
    # A people is nobody's name: an unnamed source, its words as the article writes them.
    assert _speaker_kinds(text) == [want]


@given(st.sampled_from([w for w in NATION_ADJECTIVES if w.endswith("an")]))
def test_every_plural_of_a_nation_adjective_is_a_crowd(adjective: str) -> None:
    # (An adjective in -an makes its plural with -s: Kenyans, Peruvians.)
    word = adjective.capitalize() + "s"
    [(name, kind)] = _speaker_kinds(f'"We are tired," the {word} said.')
    assert (name, kind) == (f"the {word}", "anonymous")


@pytest.mark.parametrize("name", ["Mark Cuban", "Ann English"])
def test_a_surname_that_ends_like_a_plural_demonym_stays_a_person(name: str) -> None:
    [(got, kind)] = _speaker_kinds(f'"We are tired," {name} said.')
    assert (got, kind) == (name, "person")
