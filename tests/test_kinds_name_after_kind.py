"""A name right after the noun of its kind: no speaker (issue 14).

*The exchange listed Brakka under the ticker "BRK"* names a thing by what it is; so
do *the booking portal "Open Desk"*, *the taxi service "Hoply"* and *the naval
exercises "Northern Wall"* (a drink's name, *the soft drink "Red Harbour"*, is read by
the product rule over ``product_nouns``). By the Wikinews convention
such a name is nobody's words, however close a speech cue stands, so the kinds layer
reads it as a title after ``title_nouns`` and attribution gives it no speaker. A
lower-case quote after the same nouns stays somebody's words. Every sentence here is
written for these tests.
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
        # A share's ticker after a debut, the company the subject of the sentence.
        (
            'The miner Brakka Resources began trading on Monday under the ticker "BRK," '
            "and its shares fell 4 percent by noon.",
            "BRK",
        ),
        # A state portal named in a ministry's sentence with a cue after it.
        (
            "Permits will be filed through the portal «Open Desk», the deputy minister "
            "Lena Vashko announced.",
            "Open Desk",
        ),
        # A service's name in a reported clause, an official the cue's subject.
        (
            'Transport official Ama Kesh said the city had approved the taxi service "Hoply" '
            "and two rivals.",
            "Hoply",
        ),
        # A drink's name after its kind, inside the regulator's reported clause.
        (
            'The regulator said it had banned adverts for the soft drink "Red Harbour" last week.',
            "Red Harbour",
        ),
        # Military drills after their noun, as agency copy writes them.
        (
            "The defence ministry informed on Friday about the start of the naval "
            "exercises „Northern Wall“ off the coast.",
            "Northern Wall",
        ),
    ],
)
def test_a_name_after_the_noun_of_its_kind_gets_no_speaker(text: str, quoted: str) -> None:
    q = _quote_opening(text, quoted)
    assert q.kind is QuoteKind.NON_SPEECH, q.kind_reason
    assert q.speaker_name is None, (q.kind_reason, q.speaker_name)


def test_lower_case_words_after_the_noun_stay_speech() -> None:
    # The quote is the spokesman's wording of the service, not its name.
    text = (
        'Spokesman Tom Areli said the service "will not stop until every town is '
        'covered," and added that fares would fall.'
    )
    q = _quote_opening(text, "will not stop")
    assert q.kind is not QuoteKind.NON_SPEECH, q.kind_reason
    assert q.speaker_name == "Tom Areli"
