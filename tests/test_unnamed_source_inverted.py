"""The inverted unnamed source (issue 14, h50c-groups): *"...," said a source
familiar with the talks.* and, later, *"...," the source said.* The later *the
source* is that same unnamed person, typed anonymous, as it already was for the
order *"...," a source close to him said.* Every story is invented."""

from __future__ import annotations

import pytest

from quoteverify import parse

from .conftest import speakers

CASES = [
    (
        '"No deal is near," said a source familiar with the talks. Officials met again on'
        ' Tuesday. "Both sides are tired," the source said.',
        "a source familiar with the talks",
    ),
    (
        '"The budget will slip," says an official at the finance ministry. The vote is on'
        ' Friday. "Nobody wants a fight," the official added.',
        # (the whole description since h51-leads: *at the* before a body's noun)
        "an official at the finance ministry",
    ),
]


@pytest.mark.parametrize(("text", "first"), CASES)
def test_the_later_descriptor_is_the_inverted_source(text: str, first: str) -> None:
    assert speakers(text) == [first, first]
    later = parse(text).quotes[-1].speaker
    assert later is not None and later.kind.value == "anonymous"


def test_a_second_source_between_names_neither() -> None:
    text = (
        '"No deal is near," said a source familiar with the talks. A second source'
        ' disagreed. "Both sides are tired," the source said.'
    )
    assert speakers(text)[-1] != "a source familiar with the talks"
