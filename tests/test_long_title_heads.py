"""A title of several words printed in lower case before a name (*press secretary
Ana Roe*, *attorney general Ana Roe*) is read whole, so that *the press secretary*
later goes back to her as *the secretary* did (issue 14, h49d-bugs). Every
sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse


def _last(text: str) -> str | None:
    return parse(text).quotes[-1].speaker_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Press secretary Mia Dorn faced reporters at noon. The briefing ran long. "
            '"We have nothing to add," the press secretary said.',
            "Mia Dorn",
        ),
        (
            "City Hall press secretary Mia Dorn faced reporters at noon. "
            '"We have nothing to add," the press secretary said.',
            "Mia Dorn",
        ),
        (
            "The state attorney general Omar Reyes filed the suit on Friday. "
            '"The law is clear," the attorney general said.',
            "Omar Reyes",
        ),
    ],
)
def test_a_lower_case_title_of_two_words_names_its_holder_later(text: str, name: str) -> None:
    assert _last(text) == name


def test_the_head_noun_alone_still_goes_back() -> None:
    text = (
        "Press secretary Mia Dorn faced reporters at noon. "
        '"We have nothing to add," the secretary said.'
    )
    assert _last(text) == "Mia Dorn"
