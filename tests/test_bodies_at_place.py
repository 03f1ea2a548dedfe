"""Bodies of a kind at a place speak as a group, never the place: *Unions in
Leeds said* is the unions in Leeds, an unnamed group (issue 14, h50-leads), as
*Teachers in Leeds said* already was. Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse
from quoteverify.model import SpeakerKind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Unions in Harrowgate said "the strike goes ahead on Monday."', "Unions in Harrowgate"),
        ('Charities in Pelham said "the winter will be hard."', "Charities in Pelham"),
        ('Firms from Dunmore said "orders have dried up."', "Firms from Dunmore"),
        ('Teachers in Pelham said "the term starts late."', "Teachers in Pelham"),
    ],
)
def test_a_group_at_a_place_is_the_group(text: str, name: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, SpeakerKind.ANONYMOUS)


def test_a_body_named_at_its_seat_stays_the_body() -> None:
    (quote,) = parse('The Green Party in Pelham said "we will stand."').quotes
    assert quote.speaker is not None and quote.speaker.kind is SpeakerKind.ORGANIZATION
