"""A fragment nested in a quote whose own words hold a cue before it is that cue's
subject's words, even when the outer quote's sentence closes on a cue of its own
(``attribution._inside_row``). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse
from quoteverify.speakers.rules import by_priority, fired

P, N = QuoteKind.PARTIAL, QuoteKind.NON_SPEECH


def inner(text: str) -> tuple[QuoteKind, str | None]:
    """The kind and speaker's name of the one quote nested in ``text``."""
    (q,) = [q for q in parse(text).quotes if q.depth > 0]
    return q.kind, q.speaker_name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Ruiz said the plan was ‘dead on arrival,’ and I agree,” Vega said.", "Ruiz"),
        (
            "“The mayor urges us not to be ‘fooled by the numbers,’ and she is right,” "
            "Tom Hale said.",
            "The mayor",
        ),
        ("“Then Ruiz said the plan was ‘dead on arrival’ and left,” said Vega.", "Ruiz"),
    ],
)
def test_a_cue_inside_the_outer_quote_gives_the_fragment_its_speaker(
    text: str, speaker: str
) -> None:
    """The outer quote's later cue (*Vega said*) is read first and set aside; the
    cue inside the outer quote's words is read next."""
    assert inner(text) == (P, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # A determiner before it: a word of the outer speaker's own phrase.
        "“We were told the ‘temporary’ closure would last a week,” Roe said.",
        # No cue inside the outer quote at all.
        "“It was a ‘review’ in name only, nothing more,” Roe said.",
    ],
)
def test_with_no_cue_inside_the_fragment_stays_a_term(text: str) -> None:
    assert inner(text) == (N, None)


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(["Ruiz", "Tom Hale", "The mayor", "Dr Okafor"]),
    verb=st.sampled_from(["said", "argued", "wrote", "insisted"]),
    fragment=st.sampled_from(["dead on arrival", "a costly mistake", "far too late"]),
)
def test_the_outer_cue_after_the_quote_changes_nothing(name: str, verb: str, fragment: str) -> None:
    """The inner fragment gets the same kind and speaker whether the outer quote's
    cue comes before it (after a colon) or after it, closing the sentence."""
    words = f"{name} {verb} the plan was ‘{fragment},’ and I agree"
    before = f"Vega said: “{words}.”"
    after = f"“{words},” Vega said."
    assert inner(after) == inner(before)


def _nested_rows(text: str, *, ranked: bool) -> list[tuple[str | None, str | None]]:
    """Each nested quote's row name and speaker's words, by the default path or by a
    ranker that always takes the table's first candidate (:func:`.rules.by_priority`)."""
    choose = by_priority if ranked else None
    return [
        (
            rule.name if rule is not None else None,
            found.mention.text if found.mention is not None else None,
        )
        for q, rule, found in fired(text, choose=choose)
        if q.depth > 0
    ]


def test_a_ranker_asks_for_a_cue_inside_the_outer_quote_too() -> None:
    """``attribute(..., choose=...)`` gave the fragment nobody: the ranker's choice,
    read outside the outer quote, was set aside with no other asked."""
    text = "“Ruiz said the plan was ‘dead on arrival,’ and I agree,” Vega said."
    assert _nested_rows(text, ranked=True) == [("cue-before", "Ruiz")]


@settings(max_examples=30, deadline=None)
@given(
    name=st.sampled_from(["Ruiz", "Tom Hale", "The mayor", "Dr Okafor"]),
    verb=st.sampled_from(["said", "argued", "wrote", "insisted"]),
    fragment=st.sampled_from(["dead on arrival", "a costly mistake", "far too late"]),
    outer=st.sampled_from(["“{w},” Vega said.", "Vega said: “{w}.”", "“{w},” said Vega."]),
    lead=st.sampled_from(["{n} {v} the plan was", "We were told the", "It was, as {n} {v},"]),
)
def test_the_ranked_and_default_paths_agree_on_a_nested_fragment(
    name: str, verb: str, fragment: str, outer: str, lead: str
) -> None:
    """With the table's first row as the ranker's choice, both paths give every
    nested fragment the same row and speaker, a cue inside the outer quote or none."""
    words = lead.format(n=name, v=verb) + f" ‘{fragment},’ and I agree"
    text = outer.format(w=words)
    assert _nested_rows(text, ranked=True) == _nested_rows(text, ranked=False)
