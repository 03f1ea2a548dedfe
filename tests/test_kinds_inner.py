"""Kinds of a quote nested in another quote: words a speaker voices inside his own
quote, after a cue and a comma or a quotative (*he's like,*), are direct however they
open. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, extract_quotes, parse
from quoteverify.text.kinds import NESTED_TERM, VOICED_INSIDE

D, P, N = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.NON_SPEECH


def inner(text: str) -> tuple[QuoteKind, str]:
    """The kind and reason of the one quote nested in ``text``."""
    (q,) = [q for q in extract_quotes(text) if q.depth > 0]
    return q.kind, q.kind_reason


@pytest.mark.parametrize(
    "text",
    [
        # Lower-case words after a cue and a comma, inside the outer quote.
        "“The other towns just say, ‘fix it, fix it.’ Then they leave,” Ana Roe said.",
        "“She never paid and now says, ‘oh, I want it all back.’ Nobody buys it,” Tom Hale said.",
        # A quotative before the comma, capital or not.
        "“He is like, ‘Let us cut the second verse,’ and we did,” the singer said.",
        "“The mayor is just like, ‘no, I want this.’ He owes nobody,” said Ana Roe.",
        "“We looked at each other like, ‘Really, again?’ and laughed,” Roe said.",
        # A sentence of its own after a comma, the cue earlier in the outer sentence.
        "“She told me, on the way out, as the bell rang, ‘Mum, it will all be fine.’” Roe said.",
    ],
)
def test_words_voiced_inside_a_quote_are_direct(text: str) -> None:
    assert inner(text) == (D, VOICED_INSIDE)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The same words at depth 0 keep the rules of the narrator's sentence.
        ("The mayor is just like, ‘no, I want this.’ He owes nobody.", P),
        # A word after a cue with no comma is a word the speaker marks, not voiced.
        ("“Nobody would ever say ‘queue’ here,” Roe said.", P),
        # After *like* with no comma, a comparison, not a quotative.
        ("“It felt like ‘home’ to us,” Roe said.", N),
    ],
)
def test_words_not_voiced_keep_their_kind(text: str, kind: QuoteKind) -> None:
    quotes = extract_quotes(text)
    target = [q for q in quotes if q.depth > 0] or [q for q in quotes if q.depth == 0]
    assert target[0].kind is kind
    assert target[0].kind_reason != VOICED_INSIDE


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(["He is like,", "They just say,", "She told us,", "We were like,"]),
    words=st.lists(
        st.sampled_from(["no", "yes", "fine", "wait", "again", "now", "go"]), min_size=1, max_size=4
    ),
)
def test_voiced_inside_only_ever_names_nested_quotes(lead: str, words: list[str]) -> None:
    """The reason is given to nested quotes only; at depth 0 the same lead and words
    are read as the narrator's sentence."""
    said = " ".join(words) + "."
    nested = f"“{lead} ‘{said}’ And that was it,” Roe said."
    bare = f"{lead} ‘{said}’ And that was it."
    assert inner(nested) == (D, VOICED_INSIDE)
    assert all(q.kind_reason != VOICED_INSIDE for q in extract_quotes(bare))


@pytest.mark.parametrize(
    "text",
    [
        "“Anyone who gave that year was named a ‘Gold Patron.’” Roe wrote.",
        "“The law asks for less than intent – ‘gross neglect.’” Roe wrote.",
        "“So was the loss a crime, or was it only ‘careless?’” Tom Hale asked.",
    ],
)
def test_a_term_that_ends_its_outer_quote_is_still_a_term(text: str) -> None:
    """The outer quote's stop, printed inside the inner marks, does not make a term
    into a sentence: with no word after it, the term gets no speaker."""
    (q,) = [q for q in parse(text).quotes if q.depth > 0]
    assert (q.kind, q.speaker) == (N, None)


@pytest.mark.parametrize(
    "text",
    [
        # Words of the outer quote follow: the stop ends the inner words.
        "“They listed him as ‘main sponsor.’ I never did,” Ana Roe said.",
        # An exclamation is the inner words' own.
        "“The whole hall was chanting ‘no more cuts!’” Roe said.",
        # Two sentences inside the marks.
        "“All the sign said was ‘Closed. Sorry.’” Roe said.",
    ],
)
def test_a_stop_with_words_after_it_or_its_own_ends_the_inner_words(text: str) -> None:
    (q,) = [q for q in parse(text).quotes if q.depth > 0]
    assert q.kind_reason != NESTED_TERM
