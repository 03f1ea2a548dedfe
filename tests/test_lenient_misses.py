"""Speakers from PolNeAR train's lenient misses, issue 14 (h32-lenient, h33-lenient).

Invented articles only. Each behaviour has a control that must keep its answer.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    """The resolved name and the mention of the quote holding ``words``."""
    (q,) = [q for q in parse(text).quotes if words in q.text]
    return (
        q.speaker_name,
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


# A share of a poll's respondents reports the poll's answers: the poll is the source.
@pytest.mark.parametrize(
    ("text", "poll"),
    [
        (
            'In a new harbour survey, 62 percent of anglers said the pier was "past saving."',
            "a new harbour survey",
        ),
        (
            'The spring poll finds that six in 10 ferry users call the timetable "a mess."',
            "The spring poll",
        ),
        (
            "In a county poll released Friday, 48% of renters and young families said they "
            'were "very worried" about rents.',
            "a county poll",
        ),
    ],
)
def test_a_share_of_respondents_yields_to_the_poll(text: str, poll: str) -> None:
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.kind is SpeakerKind.DOCUMENT
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith(poll)


# A dash and a name after a fragment whose sentence has a cue of its own credit the
# story (an outlet, a reporter), not the fragment.
def test_a_dash_credit_after_a_fragment_is_not_its_speaker() -> None:
    text = (
        'Ana Ruiz said on Monday that the council was "still the best hope for the '
        'pier."--Tom Hale.\n\nThe vote is next week.'
    )
    assert _speaker(text, "best hope") == ("Ana Ruiz", "Ana Ruiz")


def test_a_dash_line_after_a_fragment_is_not_its_speaker() -> None:
    text = 'The mayor has called the new pier "a monument to waste."\n\n- Harbour Gazette.'
    assert _speaker(text, "monument")[0] != "Harbour Gazette"


def test_a_dash_name_after_a_whole_quote_still_speaks() -> None:
    text = '"Every village deserves a library." - Priya Nair\n\nShe opened it.'
    assert _speaker(text, "library")[0] == "Priya Nair"
    text = "“Every village deserves a library.”\n\n– Priya Nair, at the opening"
    assert _speaker(text, "library")[0] == "Priya Nair"


@given(
    st.integers(min_value=2, max_value=98),
    st.sampled_from(["percent of", "% of"]),
    st.sampled_from(["anglers", "ferry users", "local drivers"]),
)
def test_a_poll_share_never_takes_the_quote_from_the_poll(n: int, unit: str, group: str) -> None:
    share = f"{n}{unit}" if unit.startswith("%") else f"{n} {unit}"
    text = f'In a harbour poll, {share} {group} said the pier was "past saving."'
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.kind is SpeakerKind.DOCUMENT


# A day's name between a subject and its cue, with no "on" before it, is a time phrase.
@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz Thursday told the Harbour Gazette: "We will meet next week."',
        'Ana Ruiz later Thursday said: "We will meet next week."',
        'Ana Ruiz Thursday called the plan "a mess."',
    ],
)
def test_a_bare_day_between_a_subject_and_its_cue(text: str) -> None:
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_a_time_phrase_with_no_day_keeps_its_old_reading() -> None:
    text = 'Ana Ruiz earlier this week said: "We will meet next week."'
    assert _speaker(text, "meet next week")[0] == "Ana Ruiz"


# A pronoun opening the clause a cue reports stands for the cue's subject: when that
# subject is a description, a body or an unnamed source, it is the mention.
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Another said she hoped with her "whole heart" that the pier reopens.', "Another"),
        (
            'The longtime mayor said he rarely asks for help, "except from old friends."',
            "The longtime mayor",
        ),
        ('Critics say she had planned to "gut" the ferry service.', "Critics"),
        (
            'The ferry company said it expects the route to stay open "for years."',
            "The ferry company",
        ),
    ],
)
def test_a_pronoun_in_a_reported_clause_gives_way_to_its_reporter(text: str, mention: str) -> None:
    (q,) = parse(text).quotes
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_named_reporter_is_left_to_the_pronoun() -> None:
    text = 'Ana Ruiz said she hoped with her "whole heart" that the pier reopens.'
    assert _speaker(text, "whole heart") == ("Ana Ruiz", "she")


def test_a_nested_saying_keeps_the_inner_speaker() -> None:
    # The words are what the pronoun's person said; the reporter only relays them.
    text = 'Tom Hale was arrested on Monday. Officers said he told them, "I was only fishing."'
    assert _speaker(text, "only fishing") == ("Tom Hale", "he")


# A body's noun before "document" is the document's modifier, not the speaker cut short.
def test_a_court_document_is_read_whole() -> None:
    text = '"The gate was open," according to a harbour court document.'
    (q,) = parse(text).quotes
    assert q.speaker is not None and q.speaker.kind is SpeakerKind.DOCUMENT
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("document")


# A paragraph between two dashes is a subheading, not a byline of the quote before it.
def test_a_subheading_between_dashes_names_no_speaker() -> None:
    text = (
        '"The tide took the road," Ana Ruiz says.\n\n"We rebuild in May."\n\n'
        "- Harbour plans -\n\nThe council meets on Friday."
    )
    assert _speaker(text, "rebuild")[0] == "Ana Ruiz"


def test_a_byline_paragraph_still_names_the_speaker() -> None:
    text = '"We rebuild in May."\n\n- Ana Ruiz, harbour master\n\nThe council meets on Friday.'
    assert _speaker(text, "rebuild")[0] == "Ana Ruiz"


# Controls and readings beside the rules above: each quote keeps (or gets) the speaker
# and the mention given.
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        pytest.param(
            'Asked about the pier, 62 percent of anglers said it was "past saving."',
            "past saving",
            ("62 percent of anglers", "62 percent of anglers"),
            id="a share with no poll in its sentence stays the speaker",
        ),
        pytest.param(
            'The poll puts Hale at 40 percent, Ana Ruiz said, calling it "a fluke."',
            "a fluke",
            ("Ana Ruiz", "Ana Ruiz"),
            id="a name after a share and a comma keeps its quote",
        ),
        pytest.param(
            '"The gate was open," according to a court document filed by prosecutor Ana Ruiz.',
            "gate was open",
            ("Ana Ruiz", "prosecutor Ana Ruiz"),
            id="a document filed by someone is theirs",
        ),
        pytest.param(
            'Officials will document the damage, calling it "severe."',
            "severe",
            ("Officials", "Officials"),
            id="document as a verb is no speaker",
        ),
    ],
)
def test_speakers_beside_polls_and_documents(
    text: str, words: str, expected: tuple[str, str]
) -> None:
    assert _speaker(text, words) == expected
