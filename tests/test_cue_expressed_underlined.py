"""Two cue shapes of agency copy (issue 14, h50c-groups): *X expressed hope /
concern / confidence that ... "..."* and *X underlined that ... "..."*. Bare
*expressed* stays out of the cue lexicon (it gave a judge's word to another person
and a one-word partial to a group); only the *expressed <feeling> that* phrases are
rows. At the base the partials below had no speaker. Every story is invented."""

from __future__ import annotations

import pytest

from .conftest import speakers

CASES = [
    (
        'Premier Aldo Venn on Monday expressed hope that the strike "will end before the harvest."',
        "Aldo Venn",
    ),
    ('The council on Monday expressed concern that rents "are out of reach."', "The council"),
    (
        'Ivo Rask, the port chief, on Monday underlined that ships "must pay their dues."',
        "Ivo Rask",
    ),
    ('The ministry underlined that the grants "come without delay."', "The ministry"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_expressed_feeling_that_and_underlined_frame_a_partial(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_a_bare_expressed_is_no_cue() -> None:
    assert speakers('Critics expressed the view that the law is "a trap."') == [None]
