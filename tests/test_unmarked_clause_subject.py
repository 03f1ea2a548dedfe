"""The subject of what someone reports with no *that* (*Aides say Ana Ruiz
advises ...*, *The remarks suggest Ed Lamb is ...*) is a subject for a pronoun
after it, and a reported one, as after *that* (issue 14, h40-pron). Every sentence
here is our own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _opens_unmarked_clause, _reported, _subject_at


def test_a_person_aides_say_advises_is_the_next_she() -> None:
    text = (
        'Ed Lamb met the county officials on Monday. "We have a plan," Lamb said.\n\n'
        "Aides say Ana Ruiz also advises him on schools. "
        '"Every child deserves a good teacher," she said.'
    )
    assert parse(text).quotes[-1].speaker_name == "Ana Ruiz"


def test_a_pronoun_inside_the_reported_clause_is_its_subject() -> None:
    text = (
        'Tom Hale spoke to the board on Monday. "We will not sell," Hale said.\n\n'
        "The remarks suggest Ed Lamb is running two campaigns at once, railing "
        'against what he calls a "rigged" vote while courting the party.'
    )
    assert parse(text).quotes[-1].speaker_name == "Ed Lamb"


def test_the_reporter_keeps_what_he_said_of_another() -> None:
    text = (
        'Ed Lamb spoke to the caucus on Tuesday. He said Tom Hale has been "a loyal '
        'partner" for years.'
    )
    assert parse(text).quotes[-1].speaker_name == "Ed Lamb"


def test_a_cue_after_an_aside_keeps_its_subject() -> None:
    text = (
        "Tom Hale still has work to do at home. Ed Lamb, the county chairman, for "
        'example, said Hale hurt his cause by attacking the mayor. "It was a '
        'mistake," he said.'
    )
    assert parse(text).quotes[-1].speaker_name == "Ed Lamb"


def test_a_pronoun_reporter_keeps_the_next_pronoun() -> None:
    # (h48c-salience) The reporter is a pronoun, not a name: the next "he" goes on
    # with whom that pronoun stands for, not with the reported clause's subject.
    text = (
        "Leon Brandt ran the ferry for a decade. He says Karl Wiese, the harbour "
        "master, warned him about the engine. He was not worried at first. "
        '"The engine was older than me," he said.'
    )
    assert parse(text).quotes[-1].speaker_name == "Leon Brandt"


def test_a_pronoun_reporter_after_that_keeps_the_next_pronoun() -> None:
    # (Right before the rule too: a regression check of the *that* clause.)
    text = (
        "Leon Brandt ran the ferry for a decade. He said that Karl Wiese had warned "
        'him about the engine. He ignored it. "The engine was older than me," he said.'
    )
    assert parse(text).quotes[-1].speaker_name == "Leon Brandt"


def test_a_reporter_of_the_other_sex_leaves_the_reported_subject() -> None:
    text = (
        "Leon Brandt ran the ferry for a decade. He says Nina Okafor fixed the engine "
        'in a week. She was proud of it. "It was a puzzle," she said.'
    )
    assert parse(text).quotes[-1].speaker_name == "Nina Okafor"


def test_unmarked_clause_shapes() -> None:
    for text, expected in [
        ("Aides say Roe advises him.", True),
        ("The memo suggests Roe is wrong.", True),
        ('"No," said Roe.', False),  # the cue's own subject, set after it
        ("Ed left, said Roe.", False),
        ("Aides thanked Roe.", False),  # no cue verb
        ("But state Rep. Roe spoke.", False),  # a noun before a title
        ("Aides say Mr. Roe is wrong.", True),  # an honorific is no office
    ]:
        start = text.index("Roe") if "Mr." not in text else text.index("Mr.")
        assert _opens_unmarked_clause(text, start) is expected, text


@given(st.sampled_from(["say", "says", "said", "suggest", "suggests", "added", "claims"]))
def test_unmarked_clause_is_read_as_after_that(verb: str) -> None:
    bare = f"Aides {verb} Roe has left."
    marked = f"Aides {verb} that Roe has left."
    a, b = bare.index("Roe"), marked.index("Roe")
    assert _subject_at(bare, a, a + 3) == _subject_at(marked, b, b + 3)
    assert _reported(bare, a) == _reported(marked, b)
