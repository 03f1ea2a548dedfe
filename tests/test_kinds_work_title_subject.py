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

from quoteverify import QuoteKind, parse
from quoteverify.model import Quote


def _quote_opening(text: str, quoted: str) -> Quote:
    """The parsed quote of ``text`` whose words open on ``quoted``."""
    found = [q for q in parse(text).quotes if q.text.startswith(quoted)]
    assert len(found) == 1, [q.text for q in parse(text).quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A charity's study, its verb of speech right after the title.
        (
            'The charity spoke on Monday.\nThe study, "Rivers at Risk", says the water '
            "in most of the county is worse than in 2019.",
            "Rivers",
        ),
        # A paper's name, the comma inside the marks, a warning verb after it.
        (
            'Councillors met on Tuesday.\nThe paper, "Roads Left Behind," warns the '
            "county that repairs are falling years behind.",
            "Roads",
        ),
        # A report's title and "says the" opening a clause about the world.
        (
            'The agency published its findings.\nThe report, "State of the Northern Seas", '
            "says the ice was thinner than in any year on record.",
            "State",
        ),
    ],
)
def test_title_before_its_work_speaking_is_no_speech(text: str, quoted: str) -> None:
    q = _quote_opening(text, quoted)
    assert q.kind is QuoteKind.NON_SPEECH
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # No work's noun: a pair of words that someone said, the cue after them.
        ('The players tried new calls.\nAnother pair, "Snap Back," said Ada Lorne.', "Snap"),
        # A quote after the work's noun that does not open the sentence: what was said.
        (
            'The mayor praised the report, "Good Work All Round," said Tom Ferry, her deputy.',
            "Good",
        ),
    ],
)
def test_near_misses_stay_said(text: str, quoted: str) -> None:
    q = _quote_opening(text, quoted)
    assert q.kind is not QuoteKind.NON_SPEECH
