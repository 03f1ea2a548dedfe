"""A title-case headline's verb is no word of the name before it.

"Ana Ruiz Slams Council And The Press" once read as one capitalised run, so the
person the article goes on to quote was named *Ana Ruiz Slams Council And The*;
the verb (``lexicons/name_breaking_verbs.txt``) now ends the name after one or two
words, and a longer run, which may hold the headline's description of the person,
is left whole.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import load
from quoteverify.speakers.mentions import name_rows

_BODY = (
    "\n\nSpeaking on Tuesday, the mayor said the budget was fair.\n\n"
    "\u201cI have no problem with questions,\u201d she said."
)


def _heads(text: str) -> list[str]:
    return [row[4] for row in name_rows(text, lone=True)]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Ana Ruiz Slams Council And The Press Over Budget.", "Ana Ruiz"),
        ("Ana Ruiz Says The Budget Is Fair.", "Ana Ruiz"),
    ],
)
def test_the_quoted_person_is_named_without_the_headline_verb(headline: str, name: str) -> None:
    doc = quoteverify.parse(headline + _BODY)
    assert [q.speaker_name for q in doc.quotes] == [name]


def test_the_run_is_cut_at_the_verb() -> None:
    heads = _heads("Tom Vance Praises New Bridge.")
    assert heads[0] == "Tom Vance"
    assert all("Praises" not in head for head in heads)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # More than two words before the verb: a description may open the run.
        ("Local Hero Tom Vance Praises New Bridge.", "Local Hero Tom Vance Praises"),
        ("City Hero Vance Praises New Bridge.", "City Hero Vance Praises"),
        # Nouns of names that are verbs too are not in the lexicon.
        ("Autism Speaks welcomed the plan.", "Autism Speaks"),
        ("The United States Reports Growth.", "United States Reports Growth"),
    ],
)
def test_other_runs_are_read_whole(text: str, head: str) -> None:
    assert any(found.startswith(head) for found in _heads(text))


@given(
    st.sampled_from(sorted(load("name_breaking_verbs"))),
    st.sampled_from(["Ana Ruiz", "Ruiz", "Tom Vance"]),
)
def test_every_verb_ends_a_short_name(verb: str, name: str) -> None:
    heads = _heads(f"{name} {verb.title()} Plan For Harbour.")
    assert heads[0] == name
