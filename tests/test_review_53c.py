"""Guards for wave 2 of stop 53, from its review (issue 14, h53c-review).

A definite descriptor read by its head noun (*the Rovers manager*, *the finance
minister*) asks first the people of that noun mentioned in its reach, and looks the
others up by the words of their titles: the answer is the plain scan's over every
holder of the noun.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

_PIECES = [
    "Rovers manager Tom Hale spoke.",
    "City manager Ana Roe spoke.",
    "Ida Berg, the Rovers manager, spoke.",
    "Finance Minister Rosa Vela spoke.",
    "Spanish Foreign Minister Lena Duro spoke.",
    "Texas Sen. Bo Lund spoke.",
    "Sen. Ann Moss spoke.",
    "US envoy Carl Penn spoke.",
    "Ana Roe was second.",
    "Tom Hale left.",
    "x" * 900 + ".",
    "\n\n",
]

_DESCRIPTORS = [
    "the Rovers manager",
    "the manager",
    "the City manager",
    "the Spanish minister",
    "the finance minister",
    "the minister",
    "the Texas senator",
    "the Vermont senator",
    "the senator",
    "the American envoy",
]


def _answer(text: str, desc: str, at: int) -> str | None:
    r = identity._Registry(text)
    r._read_titles()
    found = Found(start=at, end=at + len(desc), text=desc, kind=PhraseKind.DESCRIPTOR, head="")
    got = r._by_role_head(found)
    return got.name if got is not None else None


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan before the review: every holder of the noun, no look-up by word."""

    def everyone(self: Any, group: dict[int, Any], wanted: list[str]) -> dict[int, Any]:
        return group

    monkeypatch.setattr(identity._Registry, "_holding", everyone)
    monkeypatch.setattr(identity._Registry, "_role_holder_in_reach", lambda *a: None)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
    st.lists(st.sampled_from(_PIECES), max_size=4),
    st.sampled_from(_DESCRIPTORS),
)
def test_role_head_in_reach_answers_as_the_plain_scan(
    before: list[str], after: list[str], desc: str
) -> None:
    head = " ".join(before) + " "
    text = f"{head}{desc.capitalize()} said so. " + " ".join(after)
    got = _answer(text, desc.capitalize(), len(head))
    with pytest.MonkeyPatch.context() as mp:
        _plain(mp)
        want = _answer(text, desc.capitalize(), len(head))
    assert got == want


@pytest.mark.parametrize(
    ("pieces", "desc", "name"),
    [
        # named in reach: the latest holder of the modifier
        (
            ["Rovers manager Tom Hale spoke.", "Ida Berg, the Rovers manager, spoke."],
            "the Rovers manager",
            "Ida Berg",
        ),
        # named before the reach: the scan behind it still finds her
        (
            ["Finance Minister Rosa Vela spoke.", "x" * 2500 + "."],
            "the finance minister",
            "Rosa Vela",
        ),
        # a nation word held by a title's country
        (
            ["Spanish Foreign Minister Lena Duro spoke.", "Finance Minister Rosa Vela spoke."],
            "the Spanish minister",
            "Lena Duro",
        ),
        # a nation word the title's words do not hold: its country does
        (
            ["US envoy Carl Penn spoke.", "Finance Minister Rosa Vela spoke."],
            "the American envoy",
            "Carl Penn",
        ),
        # nobody holds the modifier: none, however many hold the noun
        (["Finance Minister Rosa Vela spoke."] * 3, "the Dutch minister", None),
    ],
)
def test_role_head_examples(pieces: list[str], desc: str, name: str | None) -> None:
    head = " ".join(pieces) + " "
    text = f"{head}{desc} said so."
    assert _answer(text, desc, len(head)) == name
