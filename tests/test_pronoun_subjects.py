"""Who a pronoun or a descriptor stands for when the subject test misreads a name
(issue 14, h38c-pron): a descriptor whose modifiers a comma parts, a name that only
says whose role the next name holds, and a subject before a negated auxiliary. Every
sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _names_owner_of_role, _subject_at
from quoteverify.speakers.mentions import _listed_modifier
from quoteverify.text.layer import tokenize

from .conftest import speaker_of

LEAD = (
    "Ana Ruiz has led the agency since 2010. Her staff call her tireless. "
    "When she took office, she made water her first cause. "
)


@pytest.mark.parametrize(
    "descriptor",
    [
        "the bespectacled, 71-year-old diplomat",
        "the soft-spoken, silver-haired diplomat",
        "the embattled, long-serving diplomat",
    ],
)
def test_modifiers_a_comma_parts_are_read_with_their_descriptor(descriptor: str) -> None:
    text = LEAD + f'"It was my aim from the start," {descriptor} said.'
    quote = parse(text).quotes[-1]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == descriptor
    assert quote.speaker_name == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # a noun and a verb before the comma: the role after it stands alone
        'Ana Ruiz spoke first. After the bill passed, officials said "It is law now."',
        # a role before the comma is no modifier of the next
        'Ana Ruiz spoke first. To the senator, diplomats said "We will wait."',
    ],
)
def test_a_comma_after_no_modifier_ends_the_descriptor(text: str) -> None:
    quote = parse(text).quotes[-1]
    assert quote.speaker_mention is not None
    assert "," not in quote.speaker_mention.text


def test_listed_modifier_shapes() -> None:
    words = "bespectacled silver-haired soft-spoken 71-year-old long-serving"
    assert all(_listed_modifier(t) for t in tokenize(words, 0, len(words)))
    others = "bill speed sit-in run-up senator passes Dover"
    assert not any(_listed_modifier(t) for t in tokenize(others, 0, len(others)))


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Hale campaign manager Ann Cole called it fair.", True),
        ("Hale spokeswoman Ann Cole called it fair.", True),
        ("Hale told reporter Ann Cole it was fair.", False),
        ("Hale thanked aide Ann Cole for the work.", False),
        ("Hale hugs aide Ann Cole.", False),
        ("Hale called it fair.", False),
    ],
)
def test_a_name_that_says_whose_role_is_no_subject(sentence: str, owner: bool) -> None:
    text = "Tom Reed spoke first. " + sentence
    start = text.index("Hale")
    assert _names_owner_of_role(text, start + 4) is owner
    assert _subject_at(text, start, start + 4) is not owner


def test_subject_before_a_negated_auxiliary_takes_the_pronoun() -> None:
    text = (
        "Tom Reed told his staff on Friday that the vote would pass. Reed spokesman "
        'Dan Ford wouldn\'t say when it would be held. "I have nothing to add," he said.'
    )
    assert speaker_of(text) == "Dan Ford"


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        ("wouldn't say when", True),
        ("doesn't want to go", True),
        ("didn’t answer", True),
        ("isn't a fan", False),
        ("wasn't there", False),
    ],
)
def test_negated_auxiliary_before_a_verb(after: str, subject: bool) -> None:
    text = f"The vote was close, and Ann Cole {after} in the end."
    start = text.index("Ann Cole")
    assert _subject_at(text, start, start + 8) is subject


@given(st.sampled_from(["senator", "diplomat", "mayor", "spokesman"]))
def test_owner_name_before_any_role_and_name(role: str) -> None:
    text = f"Reed {role} Ann Cole said it was fair."
    assert _names_owner_of_role(text, 4)
    assert not _subject_at(text, 0, 4)


def test_a_negated_auxiliary_in_a_reported_clause_keeps_the_earlier_speaker() -> None:
    # the name after "that" and a fronted phrase opens what the speaker recalls
    text = (
        "Tom Reed, a radio host in Dover, recalled in 2009 that before the vote, Ann "
        'Cole wasn\'t trusted by his callers. "Folks just doubted her," he said.'
    )
    assert speaker_of(text) == "Tom Reed"
    start = text.index("Ann Cole")
    assert not _subject_at(text, start, start + 8)
