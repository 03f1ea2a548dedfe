"""Kinds by the shape of the sentence around a quote (h27b): where the narrator's
sentence goes on after the closing mark, and what that makes of the quote.

Every sentence and every name here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Quote, QuoteKind, parse

D, P, N = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.NON_SPEECH


def quote_of(text: str, quoted: str) -> Quote:
    """The quote of ``parse(text)`` whose text begins with ``quoted``."""
    quotes = parse(text).quotes
    for q in quotes:
        if q.text.startswith(quoted):
            return q
    raise AssertionError(f"{quoted!r} not found in {[q.text for q in quotes]}")


def describe(q: Quote) -> str:
    speaker = q.speaker.name if q.speaker is not None else None
    return f"{q.kind.value} ({q.kind_reason}); speaker {speaker!r}"


# After a speech cue, a quote whose closing mark is followed by the narrator's own
# lower-case words: the quote is a piece of the narrator's sentence, however it opens.
RUNS_ON_AFTER_CUE = [
    ('Mayor Ines Dorado said, "We have not seen that report" from the county yet.', "We have"),
    ('Dorado said "the budget is tighter than it looks" in every district.', "the budget"),
    ('Coach Tobin Reyes admitted, "we lost our nerve" in the last ten minutes.', "we lost"),
    ('Reyes told reporters that "nobody trained harder" than his goalkeeper.', "nobody"),
]


@pytest.mark.parametrize(("text", "quoted"), RUNS_ON_AFTER_CUE)
def test_quote_running_on_after_a_cue_is_partial(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is P, describe(q)
    assert q.speaker is not None, describe(q)


# The same cues with the quote ending its sentence, or handing over to a cue after
# it, stay direct.
ENDS_OR_HANDS_OVER = [
    ('Mayor Ines Dorado said, "We have not seen that report from the county yet."', "We have"),
    ('"We have not seen that report," Dorado said, "and we will not guess."', "and we"),
]


@pytest.mark.parametrize(("text", "quoted"), ENDS_OR_HANDS_OVER)
def test_quote_ending_its_sentence_after_a_cue_stays_direct(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is D, describe(q)


_LEADS = ["Ines Dorado said, ", "Ines Dorado said ", "Dorado told reporters that "]
_TAIL_WORDS = ["from", "in", "about", "the", "county", "board", "before", "every", "vote", "week"]


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(_LEADS),
    tail=st.lists(st.sampled_from(_TAIL_WORDS), min_size=1, max_size=5),
)
def test_any_narrator_tail_after_the_mark_makes_it_partial(lead: str, tail: list[str]) -> None:
    """Whatever plain words of the narrator follow the closing mark, the quote is a
    piece of the narrator's sentence, and it keeps the speaker the cue gives."""
    text = f'{lead}"we have not seen the report" {" ".join(tail)} yet.'
    q = quote_of(text, "we have")
    assert q.kind is P, describe(q)
    assert q.speaker is not None and q.speaker.name.endswith("Dorado"), describe(q)
