"""A work's title in apposition to the subject that then speaks (issue 14, h57-blind43).

*The study, "Rivers at Risk", says the water is worse* names the survey: the title
between commas after a work's noun that opens the sentence is nobody's words, even
when the verb after it is a verb of speech (*says*, *warns*) that reads like an
inverted cue ("..., says the minister"). Where the noun is no work's (*Another pair,
"Snap," said Ada*) or the phrase does not open the sentence, the cue after the quote
still makes it said. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse

from .test_kinds_name_after_kind import _quote_opening


@pytest.mark.parametrize(
    ("text", "quoted", "title"),
    [
        # A charity's study, its verb of speech right after the title.
        (
            'The charity spoke on Monday.\nThe study, "Rivers at Risk", says the water '
            "in most of the county is worse than in 2019.",
            "Rivers",
            True,
        ),
        # A paper's name, the comma inside the marks, a warning verb after it.
        (
            'Councillors met on Tuesday.\nThe paper, "Roads Left Behind," warns the '
            "county that repairs are falling years behind.",
            "Roads",
            True,
        ),
        # A report's title and "says the" opening a clause about the world.
        (
            'The agency published its findings.\nThe report, "State of the Northern Seas", '
            "says the ice was thinner than in any year on record.",
            "State",
            True,
        ),
        # Near miss, no work's noun: a pair of words someone said, the cue after them.
        ('The players tried new calls.\nAnother pair, "Snap Back," said Ada Lorne.', "Snap", False),
        # Near miss: after a work's noun that does not open the sentence, what was said.
        (
            'The mayor praised the report, "Good Work All Round," said Tom Ferry, her deputy.',
            "Good",
            False,
        ),
    ],
)
def test_a_title_before_its_work_speaking(text: str, quoted: str, title: bool) -> None:
    q = _quote_opening(text, quoted)
    assert (q.kind is QuoteKind.NON_SPEECH) is title, q.kind_reason
    if title:
        assert q.speaker is None


_TITLE_WORDS = ["Rivers", "Roads", "Harbour", "Northern", "Water", "Risk", "Ledger", "Winter"]


@given(
    st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=5),
    st.sampled_from(["report", "study", "paper"]),
    st.sampled_from(["says", "warns", "finds"]),
)
def test_any_title_of_a_work_that_opens_the_sentence_is_no_speech(
    title: list[str], noun: str, verb: str
) -> None:
    text = f'Officials met.\nThe {noun}, "{" ".join(title)}", {verb} the county is late.'
    (q,) = parse(text).quotes
    assert q.kind is QuoteKind.NON_SPEECH, q.kind_reason
