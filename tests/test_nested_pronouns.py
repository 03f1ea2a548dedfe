"""A pronoun inside a quote never stands for the speaker of that quote.

A speaker who reports what somebody else said inside their own quote calls
themselves *I*: the *he* or *she* that introduces the quote inside is somebody
else (``identity._outer_speaker``, ``outer`` of ``_Registry.resolve_pronoun``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse

from .conftest import speakers

_DEPOT = "Tilda Marsh {0} at the depot on Monday. “She {1}, ‘We will have them fixed,’” Marsh said."


@pytest.mark.parametrize(
    ("opening", "inside", "expected"),
    [
        # Another woman named before: she is the one the pronoun stands for.
        ("met Councillor Orla Venn", "looked at the trucks and told me", "Orla Venn"),
        # Nobody else of her sex named: the quote inside is left with no name.
        ("waited", "looked at me and said", "She"),
    ],
)
def test_the_quote_inside_is_not_the_outerspeakers(
    opening: str, inside: str, expected: str
) -> None:
    assert speakers(_DEPOT.format(opening, inside)) == ["Tilda Marsh", expected]


def test_a_pronoun_outside_any_quote_still_resolves_as_before() -> None:
    text = "Tilda Marsh went to the depot on Monday. She said, “We will have them fixed.”"
    assert speakers(text) == ["Tilda Marsh"]


_FIRST = st.sampled_from(["Tilda", "Orla", "Petra", "Ines", "Maren"])
_LAST = st.sampled_from(["Marsh", "Venn", "Quill", "Dorran", "Haskett"])


@settings(max_examples=25, deadline=None)
@given(first=_FIRST, last=_LAST, other=_FIRST, other_last=_LAST)
def test_the_outer_speaker_never_speaks_the_quote_inside(
    first: str, last: str, other: str, other_last: str
) -> None:
    text = (
        f"{first} {last} spoke to {other} {other_last} on Monday. "
        f"“She said to me, ‘The road stays shut,’ and that was all,” {last} said."
    )
    quotes = parse(text).quotes
    assert len(quotes) == 2
    outer, inner = quotes
    assert outer.speaker is not None
    assert inner.speaker is None or inner.speaker.name != outer.speaker.name
