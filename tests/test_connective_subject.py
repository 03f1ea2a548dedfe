"""A name right after a connective that opens its sentence (*And Tom, then at
college, did not approve*) is the sentence's first name, and so its subject for a
pronoun after it, as a name at the sentence's start is (issue 14, h40-pron). Every
sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _after_opening_connective, _subject_at

STORY = (
    'Tom Hale runs the family firm. "We worked hard," Hale said.\n\n'
    "His older brother, Jack Hale, left the firm to fly planes for an airline.\n\n"
    "But as Jack reached his thirties, he began drinking. {opener}Tom, then at "
    "college, did not approve, scolding his brother about his habits.\n\n"
    '"I was too young to understand," he said.'
)


@pytest.mark.parametrize("opener", ["And ", "But ", "Yet ", "Still "])
def test_a_name_after_an_opening_connective_takes_the_next_pronoun(opener: str) -> None:
    quote = parse(STORY.format(opener=opener)).quotes[-1]
    assert quote.speaker_name == "Tom Hale"


def test_the_same_name_with_no_connective_takes_it_too() -> None:
    quote = parse(STORY.format(opener="")).quotes[-1]
    assert quote.speaker_name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ed left. And Roe did not approve.", True),
        ("Ed left.\n\nBut Roe did not go.", True),
        ('"We lost," Ed said. "Yet Roe did not."', True),
        # a lower-case "and" inside a sentence opens no sentence
        ("Ed left, and Roe did not approve.", False),
        # a capitalised word that is no connective is a name's own word
        ("Ed left. Dame Roe did not approve.", False),
    ],
)
def test_after_opening_connective(text: str, expected: bool) -> None:
    assert _after_opening_connective(text, text.index("Roe")) is expected


def test_an_object_after_a_connective_verb_phrase_is_no_subject() -> None:
    text = "Ed left. And then he thanked Roe for it."
    start = text.index("Roe")
    assert not _subject_at(text, start, start + 3)


@given(
    st.sampled_from(["And", "But", "Yet", "Still", "So", "Then"]),
    st.sampled_from(["did not approve", "would not say", "had no answer", "was away"]),
)
def test_the_connective_subject_is_read_as_a_sentence_start(word: str, rest: str) -> None:
    # whatever follows the name, it is read as the name opening the sentence is
    plain = f"Ed left. Roe {rest}."
    joined = f"Ed left. {word} Roe {rest}."
    a, b = plain.index("Roe"), joined.index("Roe")
    assert _subject_at(joined, b, b + 3) == _subject_at(plain, a, a + 3)
