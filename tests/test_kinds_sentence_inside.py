"""A whole sentence quoted inside a quote, with no cue of its own beside it: what
someone said or thought, given whole (direct), not a fragment. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, extract_quotes
from quoteverify.text.kinds import SENTENCE_INSIDE

D = QuoteKind.DIRECT


def inner(text: str) -> tuple[QuoteKind, str]:
    """The kind and reason of the one quote nested in ``text``."""
    (q,) = [q for q in extract_quotes(text) if q.depth > 0]
    return q.kind, q.kind_reason


@pytest.mark.parametrize(
    "text",
    [
        # A question after a copula, ending the outer quote's sentence.
        "“My first thought was ‘Who is at the door?’” Lena Ortiz said.",
        # Two sentences, the comma before the outer cue printed inside the marks.
        "“All that went through my head was ‘They lied. They knew it all along,’” Ortiz said.",
        # An order, its verb first.
        "“I had my arms up, kind of, ‘Don't shoot the messenger,’” Bram Kell said.",
        # A question after a comma, then a new sentence inside the outer quote.
        "“The mood in town is more, ‘Can we trust them this time?’ Nobody is sure,” Kell said.",
    ],
)
def test_a_whole_sentence_inside_a_quote_is_direct(text: str) -> None:
    assert inner(text) == (D, SENTENCE_INSIDE)


@pytest.mark.parametrize(
    "text",
    [
        # A headline or a show's name: title-cased.
        "“Every paper ran ‘Mayor Admits He Was Wrong.’ None of it was true,” Kell said.",
        # A fragment: no verb.
        "“It was ‘a total mess,’ as I told them,” Kell said.",
        # Lower case: the words run into the outer sentence.
        "“We said ‘we will be back,’ and left,” Kell said.",
        # The narrator's sentence runs on after the inner quote.
        "“She asked ‘Is it over?’ before anyone spoke,” Kell said.",
    ],
)
def test_titles_fragments_and_run_ons_are_not_sentences_inside(text: str) -> None:
    assert inner(text)[1] != SENTENCE_INSIDE


def test_the_same_sentence_outside_a_quote_keeps_the_narrators_rules() -> None:
    (q,) = extract_quotes("My first thought was ‘Who is at the door?’ Then I ran.")
    assert q.kind_reason != SENTENCE_INSIDE


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(["my only thought was", "the feeling was", "all I got was"]),
    rest=st.lists(st.sampled_from(["done", "here", "over", "now", "late", "home"]), max_size=4),
    stop=st.sampled_from([".", "?", "!", ","]),
)
def test_a_capitalised_clause_nested_at_the_end_is_direct(
    lead: str, rest: list[str], stop: str
) -> None:
    inner_words = " ".join(["We", "are", "not", *rest])
    text = f"“Then {lead} ‘{inner_words}{stop}’” Ana Roe said."
    (q,) = [q for q in extract_quotes(text) if q.depth > 0]
    assert q.kind is D
    assert q.text[:1].isupper()
