"""Stop 59's second read of the first wave (h59b-review): near misses in news
shapes the first wave did not test. Two bodies after *the* each named whole (*the
Harbor Council and Tide University*), a title's short form other than *Sen.* after
a body and *and*, and bare possessives that are no document's owner. Every story
is invented."""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers.mentions import PhraseKind, name_rows


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r[2], r[3].name) for r in name_rows(text, lone=True)]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Talks between the Harbor Council and Tide University ended.",
            ["Harbor Council", "Tide University"],
        ),
        (
            "The Marlow Institute and Kestrel Foundation signed the pact.",
            ["Marlow Institute", "Kestrel Foundation"],
        ),
        (
            "Staff at the Velaria Port Authority and Corran Rail Company walked out.",
            ["Velaria Port Authority", "Corran Rail Company"],
        ),
    ],
)
def test_two_bodies_after_the_stay_two(text: str, names: list[str]) -> None:
    # Two words or more ending on a head word before "and", then a name of two
    # words or more: two bodies, after "the" as without it.
    assert [name for name, kind in _rows(text) if kind == "ORGANIZATION"] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one field before "and": one body named for two fields
        ("The Food and Drug Administration said so.", "Food and Drug Administration"),
        ("The University and College Union said so.", "University and College Union"),
        # a head word alone before "and" reads on through it, as before
        ("The Museum and Art Gallery Trust met.", "Museum and Art Gallery Trust"),
        # two words before "and" that end on no head word: fields of one name
        ("The Senate Ways and Means Committee met.", "Senate Ways and Means Committee"),
        ("The Harbor Roads and Bridges Board met.", "Harbor Roads and Bridges Board"),
    ],
)
def test_one_body_named_for_two_fields_stays_whole(text: str, name: str) -> None:
    assert _rows(text) == [(name, "ORGANIZATION")]


@pytest.mark.parametrize(("short", "title"), [("Dr.", "Dr"), ("Gen.", "Gen"), ("Rep.", "Rep")])
def test_any_short_title_after_a_body_and_and_opens_a_name(short: str, title: str) -> None:
    text = f"They met the Department of Health and {short} Ann Roe."
    rows = [(r[2], r[3], r[5]) for r in name_rows(text, lone=True)]
    assert rows == [
        ("Department of Health", PhraseKind.ORGANIZATION, ""),
        (f"{short} Ann Roe", PhraseKind.NAME, title),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The Housing Board and Rep. Ann Roe disagreed. "It is a bad bill," Roe said.',
        'The Housing Board and Gen. Ann Roe disagreed. "It is a bad bill," Roe said.',
        'The Department of Health and Dr Ann Roe met. "We agreed," Roe said.',
    ],
)
def test_the_person_after_a_body_and_a_short_title_keeps_her_name(text: str) -> None:
    assert _speakers(text) == ["Ann Roe"]


def test_a_short_title_that_ends_the_sentence_still_opens_the_name() -> None:
    text = "They met the Department of Health and Dr. Roe."
    assert _rows(text) == [("Department of Health", "ORGANIZATION"), ("Dr. Roe", "NAME")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will appeal," the Workers\' Party said.', "Workers' Party"),
        ('"Wages must rise," the Builders\' Guild report said.', "Builders' Guild"),
        ('"Wages must rise," Sanders\' report said.', "Sanders"),
        ('"Wages must rise," the Halden Times\' report said.', "Halden Times"),
    ],
)
def test_bare_possessives_in_names_and_of_names(text: str, name: str) -> None:
    # A plural's apostrophe inside a body's name stays the name's; a surname's or
    # an outlet's in s takes the apostrophe alone and owns the report.
    assert _speakers(text) == [name]


def test_a_family_plurals_possessive_owns_no_document() -> None:
    # Near miss: "the Smiths'" is a plural's possessive, no named owner.
    text = 'The Smiths\' report was read aloud. "We were never told," the report said.'
    assert _speakers(text) == ["the report"]


@pytest.mark.parametrize("lead", ["", "the "])
def test_one_head_word_after_and_is_the_same_bodys(lead: str) -> None:
    # Near miss of _two_bodies_at's "two words or more after the connector": a
    # bank "and Trust" is one firm, with "the" before it or not.
    text = f"They sued {lead}Harlow Bank and Trust on Monday."
    assert _rows(text) == [("Harlow Bank and Trust", "ORGANIZATION")]
