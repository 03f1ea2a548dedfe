"""A name that a renaming verb gives, cited inside a quote with the outer speaker's
stop or comma printed inside its marks, is a name, not somebody's words (issue 14,
non-speech spans given a speaker). Outside a quote the same shape stays a verdict
(partial, PolNeAR's reading). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind, parse

N, P = QuoteKind.NON_SPEECH, QuoteKind.PARTIAL


@pytest.mark.parametrize(
    "text",
    [
        "Nell Varga spoke in Derry. “He keeps calling me ‘Tiny Tom.’ I just laugh,” Varga said.",
        "Nell Varga spoke in Derry. “He always calls me ‘Tiny Tom,’ and I laugh,” Varga said.",
        "“The crews all call the bridge ‘Old Rusty.’ Nobody uses its real name,” Ivo Brand said.",
        "“She dubbed the storm ‘Big Wendy,’ and it stuck,” said Ivo Brand.",
    ],
)
def test_a_name_a_renaming_verb_gives_inside_a_quote_is_non_speech(text: str) -> None:
    (q,) = [q for q in parse(text).quotes if q.depth > 0]
    assert (q.kind, q.speaker) == (N, None)
    assert q.kind_reason.endswith("and its object")


@pytest.mark.parametrize(
    "text",
    [
        # A verdict in lower case stays somebody's words, nested or not.
        "“He called the plan ‘a disaster.’ I agree with him,” Nell Varga said.",
        # Outside a quote the stop inside the marks still reads as a verdict.
        "Nell Varga spoke in Derry. Her rival keeps calling her “Tiny Tom.” She laughs.",
    ],
)
def test_a_verdict_or_a_name_outside_a_quote_keeps_its_kind(text: str) -> None:
    quotes = [q for q in parse(text).quotes if q.kind is not QuoteKind.DIRECT]
    assert [q.kind for q in quotes] == [P]
