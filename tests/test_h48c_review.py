"""Near misses of stop 48's second wave found in review (issue 14, h48c-review).

A body described in lower case that opens its sentence speaks in the participle after
a comma only when it is the sentence's actor: in the passive (*The ministry was
criticised by ..., calling it*) the participle belongs to the agent, or to no one
named. Invented articles only.
"""

from __future__ import annotations

import pytest

from .conftest import speakers


@pytest.mark.parametrize(
    "opening",
    [
        "The ministry was criticised by Rolf Ardent on Friday",
        "The inspectorate has been criticised by Rolf Ardent for months",
    ],
)
def test_a_body_in_the_passive_does_not_speak_in_the_participle(opening: str) -> None:
    text = f'{opening}, calling it "a scandal with no end in sight".'
    assert speakers(text)[0] == "Rolf Ardent"


def test_a_name_printed_after_a_line_break_was_printed_after_a_word() -> None:
    # A text wrapped at a fixed width (novels, wire copy) breaks a line between a
    # word and a one-word name: the name was still printed after a word, so a
    # framing sentence that opens on it later names the speaker.
    text = (
        "Kit walked home with a glance back at\nPoppy, who was in a temper.\n\n"
        "Kit drove them to the station. Poppy sat up front, ready for a fight. "
        "“Where did you go all night?” she kept asking."
    )
    assert speakers(text) == ["Poppy"]
