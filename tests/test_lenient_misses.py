"""Speakers from PolNeAR train's lenient misses, issue 14 (h32-lenient).

Invented articles only. Each behaviour has a control that must keep its answer.
"""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    """The resolved name and the mention of the quote holding ``words``."""
    (q,) = [q for q in parse(text).quotes if words in q.text]
    return (
        q.speaker.name if q.speaker is not None else None,
        q.speaker_mention.text if q.speaker_mention is not None else None,
    )


# One more member of a crowd, unnamed, speaks: the quote is not the last speaker's.
@pytest.mark.parametrize(
    "text",
    [
        '"The river is rising," said one farmer. Yet another said, "We have sandbags."',
        '"The river is rising," said one farmer. Another said, "We have sandbags."',
        '"The river is rising," one farmer wrote online. "We have sandbags," posted another.',
        '"The river is rising," one farmer wrote online. "We have sandbags," added others.',
    ],
)
def test_another_member_of_a_crowd_is_an_unnamed_speaker(text: str) -> None:
    (q,) = [q for q in parse(text).quotes if "sandbags" in q.text]
    assert q.speaker is not None and q.speaker.kind is SpeakerKind.ANONYMOUS
    assert q.speaker_mention is not None
    assert q.speaker_mention.text.lower() in ("another", "others")


def test_another_before_a_noun_is_still_read_whole() -> None:
    text = '"The river is rising," said one farmer. "We have sandbags," said another farmer.'
    assert _speaker(text, "sandbags")[1] == "another farmer"


def test_a_named_speaker_carries_on_when_no_other_is_named() -> None:
    text = '"The river is rising," said Ana Ruiz. "We have sandbags," she added.'
    assert _speaker(text, "sandbags")[0] == "Ana Ruiz"


# A headline naming its speaker by role and name before a colon, four capitalised words.
def test_a_role_and_a_name_before_a_headline_colon() -> None:
    text = "Harbour Mayor Ana Ruiz: Shut The Old Pier, ‘Before It Falls In.’\n\nShe spoke."
    assert _speaker(text, "Falls In") == ("Ana Ruiz", "Harbour Mayor Ana Ruiz")


def test_five_capitalised_words_before_a_colon_name_nobody() -> None:
    text = "Live Blog From The Hearing: Shut The Old Pier, ‘Before It Falls In.’\n\nIt ran late."
    assert _speaker(text, "Falls In")[0] is None


# A finding in a title-case headline is its finder's.
def test_a_board_that_finds_in_a_headline() -> None:
    text = "Old Pier Is ‘Unsafe For Anyone,’ Harbour Board Finds.\n\nThe board met."
    assert _speaker(text, "Unsafe")[1] == "Harbour Board"


# A place opening the sentence is no speaker; the subject after it may be.
@pytest.mark.parametrize("opener", ["Outside", "Inside", "Near"])
def test_a_fronted_place_is_no_speaker(opener: str) -> None:
    text = (
        f"{opener} the town hall in Dover, about 300 residents gathered on Monday, "
        'holding banners and chanting "Save our ferry."'
    )
    assert _speaker(text, "ferry")[0] != opener


def test_the_subject_after_a_fronted_place_speaks() -> None:
    text = 'Outside the town hall, Ana Ruiz spoke for an hour, calling the plan "a disgrace."'
    assert _speaker(text, "disgrace")[0] == "Ana Ruiz"


# A phrase after "with" is the subject of the participle that follows, named or not.
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'The council met, with a spokesman for the port telling reporters "the ferry stays."',
            "a spokesman for the port",
        ),
        (
            'The march ended at the quay, with the mayor of Dover saying "Save our ferry."',
            "the mayor of Dover",
        ),
        ('The march ended at the quay, with Ana Ruiz saying "Save our ferry."', "Ana Ruiz"),
    ],
)
def test_the_subject_of_a_participle_after_with(text: str, mention: str) -> None:
    assert _speaker(text, "ferry")[1] == mention


def test_an_object_before_a_participle_is_not_its_speaker() -> None:
    text = 'The port issued a statement calling the strike "a disgrace."'
    assert _speaker(text, "disgrace")[1] != "a statement"


# An office speaks for its holder: "her office said" names a speaker, as "her
# campaign said" does.
@pytest.mark.parametrize(
    "text",
    [
        'Senator Ana Ruiz missed the vote. His office said, "The senator is ill."',
        'Senator Ana Ruiz missed the vote. "The senator is ill," her office said.',
        'Senator Ana Ruiz missed the vote. Her office put out a statement saying she "is ill."',
    ],
)
def test_an_office_is_a_speaker(text: str) -> None:
    assert (_speaker(text, "ill")[1] or "").lower().endswith("office")


def test_running_for_office_names_no_office() -> None:
    text = 'She ran for office, saying the port "needs a champion."'
    assert _speaker(text, "champion")[1] == "She"
