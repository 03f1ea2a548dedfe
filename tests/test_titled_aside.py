"""A speaker named before an apposition that ends in a quoted title, the apposition's
closing comma printed inside the title's marks (*Ana Roe, author of "Salt," said*):
once the title is left out, no comma closes the apposition, and the cue's subject
is the name before it, not *author of ...*. Invented sentences (issue 14).
"""

from __future__ import annotations

import pytest

from quoteverify import parse


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Marrow, author of "The Salt Roads," said: "Nobody reads the small print."',
        'As Ivo Marrow, a lawyer and author of "Dry Land," put it, "Nobody reads the small print."',
        "As Ivo Marrow, a lawyer and author of ''Dry Land,'' put it, ''Nobody reads the "
        "small print.''",
        'Ivo Marrow, the host of "Night Desk," warned that the rollout was "a mess."',
    ],
)
def test_the_name_before_a_titled_apposition_speaks(text: str) -> None:
    quote = parse(text).quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivo Marrow"


def test_a_title_closing_no_apposition_leaves_the_subject_alone() -> None:
    text = 'In "Dry Land," Ivo Marrow wrote: "Water is power."'
    assert parse(text).quotes[-1].speaker.name == "Ivo Marrow"
