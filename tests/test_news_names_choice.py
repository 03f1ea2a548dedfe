"""Resolved names on news nobody tuned on, fourth round (issue 14, h27b-names).

Invented articles only. Each test reads the resolved name (``q.speaker.name``),
as strict scoring does.
"""

from __future__ import annotations

import pytest

from .conftest import resolved


# A subordinating conjunction that opens a sentence is no name: the quote after
# it carries on from the speaker just named.
@pytest.mark.parametrize("opener", ["Unless", "Whereas", "Whenever", "Whilst"])
def test_a_conjunction_opening_a_sentence_is_no_speaker(opener: str) -> None:
    text = (
        '"It is a turning point," said Joel Marsh, a strategist for the party. '
        f'{opener} further rivals quit the contest, "it is hard to see who stops him."'
    )
    assert resolved(text, "who stops him") == "Joel Marsh"
