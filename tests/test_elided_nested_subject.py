"""A partial quote that opens on a cue with no subject goes on the clause the
narration reports (h38-inner): in *Ruiz said the mayor stopped her "and said, 'we
will fix it'"* the mayor says the inner words, not Ruiz, who would say *I*. Every
sentence here is our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _inner(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes if q.depth]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ana Ruiz said Tom Hale came up to her “and said, ‘We will fix the roof.’”",
            ["Tom Hale"],
        ),
        (
            "Ana Ruiz recalled that Tom Hale stopped her in the street “and told me, "
            "‘Go home.’ And said, ‘It is not safe.’”",
            ["Tom Hale", "Tom Hale"],
        ),
        (
            "Kay Lund said the inspector walked in “but said, ‘Nothing is wrong here.’”",
            ["the inspector"],
        ),
    ],
)
def test_the_reported_clauses_subject_speaks_the_inner_quote(
    text: str, speakers: list[str]
) -> None:
    assert _inner(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # the outer quote gives the inner cue its own subject: the nested-cue row as before
        "Ana Ruiz said Tom Hale came up to her “and I said, ‘We will fix the roof.’”",
        # a whole sentence of the speaker's (direct), not words that go on a clause
        "Ana Ruiz said Tom Hale came by. “And said, ‘We will fix the roof.’ I laughed.”",
        # more than an object pronoun between the cue and the inner quote
        "Ana Ruiz said Tom Hale came up to her “and said to the whole street, ‘We are fixing it.’”",
    ],
)
def test_other_shapes_are_not_read_as_an_elided_subject(text: str) -> None:
    assert "Tom Hale" not in _inner(text)


NAMES = ["Tom Hale", "Omar Haddad", "Lina Osei"]
VERBS = ["came up to her", "stopped her", "walked over", "phoned"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(["said", "told me"]))
def test_any_reported_subject_and_cue(name: str, verb: str, cue: str) -> None:
    text = f"Kay Lund said {name} {verb} “and {cue}, ‘We will fix the roof.’”"
    assert _inner(text) == [name]
