"""An apposed name that carries its affiliation (issue 14, h56-othername).

News copy introduces a speaker as a role, then the name with the body they work
for, then the verb (*The camp manager, Ana Ruiz of Open Door, said*; *Another
pollster, Ana Ruiz of Delta Polling, urged caution*). The name is the sentence's
subject, so a *he* or *she* cue in the next sentence goes to it, not to the
body named nearer the cue (``identity._subject_at``, through ``_PREPOSITION_RUN``).
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import _subject_at

from .conftest import speakers

_BEFORE = 'Quarrie opened the hearing. "We start late," Quarrie said.\n'


@pytest.mark.parametrize(
    "intro",
    [
        "The camp manager, Ines Holm of Open Door, said the shelter was full.",
        "The camp manager, Ines Holm of the charity Open Door, said the shelter was full.",
        "Another pollster, Ines Holm of Delta Polling, urged caution.",
        "Her lawyer, Ines Holm from Holm Baird, told reporters the case was weak.",
    ],
)
def test_an_apposed_name_with_its_affiliation_is_the_next_she(intro: str) -> None:
    text = _BEFORE + intro + ' "We need more time," she said.'
    assert speakers(text)[-1] == "Ines Holm"


def test_the_name_is_the_subject_and_its_body_is_not() -> None:
    text = "The camp manager, Ines Holm of Open Door, said the shelter was full."
    at = text.index("Ines")
    assert _subject_at(text, at, at + len("Ines Holm"))
    body = text.index("Open")
    assert not _subject_at(text, body, body + len("Open Door"))


def test_an_affiliated_name_as_an_object_is_left_as_it_was() -> None:
    # near miss: no role before the name, which is the object of *thanked*
    text = "The mayor thanked Ines Holm of Open Door, and left."
    at = text.index("Ines")
    assert not _subject_at(text, at, at + len("Ines Holm"))


def test_a_place_after_the_name_is_left_as_it_was() -> None:
    # near miss: a place's region after the comma, no verb of the name's
    text = "The camp manager, Ines Holm of Dover, Kent, runs the shelter."
    at = text.index("Kent")
    assert not _subject_at(text, at, at + len("Kent"))
