"""A group of people of a kind at a body or a place (issue 14, h50c-groups): *Nurses
at Hale Hospital said* is a group of nurses, and *Unions at the plant said* the
unions there, each an unnamed source; at the base the first went to the hospital
(the rule that gives *Analysts at Brightbank said* to the bank) and the second to a
person named *Unions*. Staff who voice their body still speak for it. Every story
is invented."""

from __future__ import annotations

import pytest

from quoteverify import parse

from .conftest import speakers

GROUPS = [
    ('Nurses at Hale Hospital said "the wards are full again."', "Nurses at Hale Hospital"),
    ('Workers at Corvane Steel said "the pay is two weeks late."', "Workers at Corvane Steel"),
    ('Unions at the plant said "the shifts are far too long."', "Unions at the plant"),
    ('Charities in the region warned "the winter will be hard."', "Charities in the region"),
]


@pytest.mark.parametrize(("text", "name"), GROUPS)
def test_a_group_at_a_body_or_place_is_an_unnamed_source(text: str, name: str) -> None:
    quote = parse(text).quotes[0]
    assert quote.speaker_name == name
    assert quote.speaker is not None and quote.speaker.kind.value == "anonymous"


def test_staff_who_voice_their_body_still_speak_for_it() -> None:
    text = 'Economists at Brightbank said the dip was "only a pause" this spring.'
    assert speakers(text) == ["Brightbank"]
