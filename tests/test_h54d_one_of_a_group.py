"""One person taken from a group opens a sentence as a cue's subject (*One of his
aides said ...*): the *he* or *she* of the quote after it is that unnamed person,
not the person named before (``speakers/identity.py``, ``_one_person``)."""

from __future__ import annotations

import quoteverify as qv


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


def test_one_of_his_aides_is_the_he_after_him() -> None:
    text = (
        "Governor Paul Ostrander conceded shortly after midnight. One of his aides said "
        'the rural vote had collapsed. "We never saw it coming," he said.'
    )
    assert _speakers(text) == ["One of his aides"]


def test_one_of_the_nurses_at_a_clinic_is_the_she_after_her() -> None:
    text = (
        "Dr Miriam Okafor ran the ward for a decade. One of the nurses at the clinic said "
        'staffing had halved since spring. "We are running on goodwill," she said.'
    )
    assert _speakers(text) == ["One of the nurses at the clinic"]


def test_one_of_a_group_of_things_leaves_the_named_speaker() -> None:
    # Near miss: a report is no person, so "he" stays with the governor.
    text = (
        "Governor Paul Ostrander conceded shortly after midnight. One of the reports said "
        'the rural vote had collapsed. "We never saw it coming," he said.'
    )
    assert _speakers(text) == ["Paul Ostrander"]


def test_a_person_named_between_keeps_the_pronoun() -> None:
    # Near miss: the aide's sentence names the governor, who may be the "he".
    text = (
        "The count ran late. One of his aides said Paul Ostrander would speak at dawn. "
        '"We never saw it coming," he said.'
    )
    assert _speakers(text) != ["One of his aides"]
