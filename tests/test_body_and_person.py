"""A person's name after a body's name and *and* is a second mention (stop 59,
h59b-bodyand): *the Harbor Council and Ana Roe* is the council, then Ana Roe, not
one body named *Harbor Council and Ana Roe*. A run after *and* that ends on a body's
head word stays the body's own (*the Rowntree and Grace Trust*). Every story is
invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.speakers.mentions import PhraseKind, name_rows


def _speaker(text: str) -> str | None:
    """The resolved speaker of the one quote in ``text``."""
    (quote,) = qv.parse(text).quotes
    return None if quote.speaker is None else quote.speaker.name


def _rows(text: str) -> list[tuple[str, PhraseKind]]:
    return [(r[2], r[3]) for r in name_rows(text, lone=True)]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("They met the Harbor Council and Ana Roe on Friday.", "Harbor Council", "Ana Roe"),
        ("They met the Tidewater Board & Simon Kell today.", "Tidewater Board", "Simon Kell"),
        ("The Vale Commission and Grace Ormond wrote to him.", "Vale Commission", "Grace Ormond"),
    ],
)
def test_a_person_after_a_bodys_and_is_a_second_name(text: str, body: str, person: str) -> None:
    assert _rows(text)[:2] == [(body, PhraseKind.ORGANIZATION), (person, PhraseKind.NAME)]


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("the council said.", "Harbor Council"),
        ("Roe said.", "Ana Roe"),
    ],
)
def test_the_body_and_the_person_each_speak(tail: str, speaker: str) -> None:
    text = f'The Harbor Council and Ana Roe disagreed on the levy. "It is a bad bill," {tail}'
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the run after "and" ends on a body's head word: one body's name
        "They met the Rowntree and Grace Trust on Friday.",
        "They met the Tomas and Flora Penhale Foundation on Friday.",
        # no given name after "and": fields of one name
        "They met the Department of Roads and Harbor Works on Friday.",
        "They met the Food and Drug Administration on Friday.",
    ],
)
def test_a_body_named_with_and_stays_whole(text: str) -> None:
    (row,) = _rows(text)
    assert row[1] is PhraseKind.ORGANIZATION
    assert " and " in row[0]


def test_a_given_name_alone_after_and_is_no_person() -> None:
    # Near miss: a given name with no capitalised word after it opens no person's name.
    rows = _rows("They met the Board of Grace and Hope on Friday.")
    assert rows == [("Board of Grace and Hope", PhraseKind.ORGANIZATION)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Rural Caucus met on Friday. "We will vote no," the caucus said.', "Rural Caucus"),
        (
            'The Rural Caucus and Sen. Ana Roe met. "We will vote no," Roe said.',
            "Ana Roe",
        ),
        ('The Rural Caucus and Ana Roe met. "We will vote no," Roe said.', "Ana Roe"),
    ],
)
def test_a_caucus_is_a_body(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


_GIVEN = ["Ana", "Simon", "Grace", "Hugh", "Maria", "Tomas"]
_SURNAMES = ["Roe", "Kell", "Ormond", "Brask", "Vidal", "Penrose"]
_BODIES = ["Harbor Council", "Tidewater Board", "Vale Commission", "Rural Caucus"]


@given(
    st.sampled_from(_BODIES),
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["and", "&"]),
)
def test_no_body_swallows_a_person(body: str, first: str, last: str, joined: str) -> None:
    rows = _rows(f"Officials of the {body} {joined} {first} {last} met on Friday.")
    assert (body, PhraseKind.ORGANIZATION) in rows
    assert (f"{first} {last}", PhraseKind.NAME) in rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the token reading after the cue: the body named first, whole
        ('"We will vote no," said the Harbor Council and Ana Roe.', "Harbor Council"),
        # before the cue: the name nearest it
        ('"We will vote no," the Harbor Council and Ana Roe said.', "Ana Roe"),
        ('The Harbor Council and Ana Roe said: "We will vote no."', "Ana Roe"),
    ],
)
def test_a_joint_subject_names_one_of_its_two(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
