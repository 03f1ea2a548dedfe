"""A body returned to by its kind after the kind was printed bare again (h58d-again).

``identity._Registry._noun_again`` gives up on *the airline said* when *the airline*
came again in between and something printed since the body's name may be what it
names. A body whose name says another kind (*a pilots' union*) or the body's own
short form is no such thing; another airline, a body of no kind or a one-word name
of its own still is.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv


def _last(text: str) -> str | None:
    q = qv.parse(text).quotes[-1]
    return q.speaker.name if q.speaker else None


_TAIL = '\n\n"There was no other way to keep flying," the airline said.'


@pytest.mark.parametrize(
    "middle",
    [
        # another body whose name says another kind, and the bare short form
        "Crews gathered outside the airline's offices. The Cabin Crew Union said "
        "its Brenmoor branch would vote. Brenmoor said the cuts were final.",
        # a later sentence, nothing named in between
        "By noon a crowd stood outside the airline's offices.",
        # the short form after the noun came again
        "Crews gathered outside the airline's offices. Brenmoor said talks were over.",
    ],
)
def test_the_noun_again_with_no_rival_in_between(middle: str) -> None:
    text = f"Brenmoor Airways cut 200 jobs on Friday. {middle}{_TAIL}"
    assert _last(text) == "Brenmoor Airways"


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        # another airline: the nearer one is the airline
        (
            "Halvard Airlines said it would hire some of the crews. The airline's "
            "offices were busy.",
            "Brenmoor Airways",
        ),
        # a body of no kind named in between may be the airline
        (
            "Ostrava Ventures said it would bid for the routes. Crews gathered "
            "outside the airline's offices.",
            "Brenmoor Airways",
        ),
    ],
)
def test_a_possible_rival_in_between_still_stops_it(middle: str, wrong: str) -> None:
    text = f"Brenmoor Airways cut 200 jobs on Friday. {middle}{_TAIL}"
    assert _last(text) != wrong


def test_the_trade_group_for_others_still_names_another() -> None:
    text = (
        'Pellam Group said profits were "thin". Later the trade group for '
        'the growers met. "We need rain," the group said.'
    )
    assert _last(text) != "Pellam Group"


@given(st.sampled_from(["Union", "Federation", "Association", "Council", "Bank"]))
def test_a_body_of_another_kind_never_takes_the_airline(kind: str) -> None:
    text = (
        "Brenmoor Airways cut 200 jobs on Friday. Crews gathered outside the "
        f"airline's offices. The Cabin Crew {kind} said its members would vote."
        f"{_TAIL}"
    )
    assert _last(text) == "Brenmoor Airways"
