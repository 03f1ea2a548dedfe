"""A body's kind in apposition after a place-based modifier (h60-blind51).

``identity._NAME_KIND`` reads *Name, a ... company,* as the apposition that gives a
one-word name its kind, so that the kind's noun there is not read as printed again
before a later *the company said*. A modifier made of a capitalised place and a
lower-case tail (*Leeds-based*, *Oslo-listed*) is one word of that description, as
*Swiss* or *fast-growing* are; a capitalised pair of names is not.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv


def _last(text: str) -> str | None:
    q = qv.parse(text).quotes[-1]
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize(
    "modifier",
    [
        # a capitalised place with a lower-case tail (the mend)
        "a Leeds-based",
        "the Oslo-listed",
        "a Leeds-based software",
        "an Oslo-listed ferry",
        # modifiers read before it, which must not change
        "a Swiss",
        "a fast-growing",
        "the",
    ],
)
def test_the_apposition_keeps_the_body(modifier: str) -> None:
    text = (
        f"Brakkel, {modifier} company, said on Monday it had found a fault.\n\n"
        '"No customer data left our systems," the company said.'
    )
    assert _last(text) == "Brakkel"


def test_another_company_named_in_between_is_still_the_company() -> None:
    text = (
        "Brakkel, a Leeds-based company, said on Monday it had found a fault. "
        "Its rival Tormund Systems Ltd said it had seen no such fault.\n\n"
        '"Our systems were not affected," the company said.'
    )
    assert _last(text) != "Brakkel"


@given(st.sampled_from(["Leeds", "Oslo", "Lagos", "Perth"]), st.sampled_from(["based", "listed"]))
def test_the_place_and_tail_do_not_matter(place: str, tail: str) -> None:
    text = (
        f"Brakkel, a {place}-{tail} company, said it would appeal.\n\n"
        '"We disagree with the ruling," the company said.'
    )
    assert _last(text) == "Brakkel"
