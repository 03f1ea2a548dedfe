"""Poll respondents and dash credits after a fragment, issue 14 (h33-lenient).

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
        q.speaker.name if q.speaker is not None else None,
        q.speaker_mention.text if q.speaker_mention is not None else None,
    )


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


def test_a_share_with_no_poll_in_its_sentence_stays_the_speaker() -> None:
    text = 'Asked about the pier, 62 percent of anglers said it was "past saving."'
    assert _speaker(text, "past saving")[1] == "62 percent of anglers"


def test_a_name_after_a_share_and_a_comma_keeps_its_quote() -> None:
    text = 'The poll puts Hale at 40 percent, Ana Ruiz said, calling it "a fluke."'
    assert _speaker(text, "a fluke")[0] == "Ana Ruiz"


# A dash and a name after a fragment inside the writer's sentence credit the paragraph
# (an outlet, a reporter), not the fragment.
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


def test_a_document_filed_by_someone_is_theirs() -> None:
    text = '"The gate was open," according to a court document filed by prosecutor Ana Ruiz.'
    assert _speaker(text, "gate was open")[0] == "Ana Ruiz"


def test_document_as_a_verb_is_no_speaker() -> None:
    text = 'Officials will document the damage, calling it "severe."'
    assert _speaker(text, "severe")[1] == "Officials"


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
