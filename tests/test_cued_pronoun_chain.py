"""A pronoun before a cue verb in the narration carries its person on (issue 14).

A subject pronoun at a sentence's start already stood, for the pronoun after it, as
the person it resolves to. A lower-case *he* or *she* followed by a cue verb (*the
new job, he told reporters, ...*) is a subject too: the person just reported as
speaking is in view for the next *He said*, though a name came between as an
object. A quote opening between the two breaks the chain, since in a run of turns
the next *he said* may be another speaker's. Every sentence here is our own.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.lexicons import load_table
from quoteverify.speakers import identity
from quoteverify.speakers.identity import _last_opening_before

_FILL = " and the pensions of the staff of the regional offices in the north" * 2


def _story(cue: str, middle: str = ", is mostly paperwork") -> str:
    return (
        "Piotr Kowalski no longer backs the union. The new job, he "
        f"{cue} reporters on Friday{middle}, with long meetings on the budget of the "
        f"ministry{_FILL} for Jan Brandt. He said he did not read the report because "
        '"nobody sent it to me."'
    )


def _last_speaker(text: str) -> str | None:
    quote = parse(text).quotes[-1]
    return quote.speaker_name


def test_a_cued_pronoun_carries_the_subject_past_an_object() -> None:
    # Without the chain the object named last (Brandt) takes the "He".
    assert _last_speaker(_story("told")) == "Piotr Kowalski"


def test_a_pronoun_before_a_word_that_is_no_cue_carries_nothing() -> None:
    assert _last_speaker(_story("met")) == "Jan Brandt"


def _chained(text: str) -> str | None:
    # The quotes' spans, as the parser hands them to the registry.
    quoted = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]
    registry = identity._Registry(text, quoted=quoted)
    held, _ = registry._chained(text.rindex("He said"), "he", ())
    return held.name if held is not None else None


def test_a_quote_between_breaks_the_chain() -> None:
    assert _chained(_story("told")) == "Piotr Kowalski"
    assert _chained(_story("told", middle=', is "mostly paperwork"')) is None


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["said", "told", "added", "explained", "insisted"]))
def test_any_cue_verb_carries_the_subject(cue: str) -> None:
    assert cue in load_table("cue_verbs")
    assert _last_speaker(_story(cue)) == "Piotr Kowalski"


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 50)), max_size=8),
    st.integers(0, 260),
    st.integers(0, 60),
)
def test_last_opening_before_matches_a_plain_search(
    raw: list[tuple[int, int]], lo: int, width: int
) -> None:
    spans = sorted((start, start + length) for start, length in raw)
    hi = lo + width
    assert _last_opening_before(spans, hi) == max(
        (start for start, _ in spans if start < hi), default=0
    )
