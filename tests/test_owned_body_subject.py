"""A body owned by a place or another body and described by lower-case words
(*Aldoria's justice ministry said*, *the country's largest farm union warned*)
is the subject of the cue after it (issue 14, h56c-cues). Every sentence here is
our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.attribution import _owned_body
from quoteverify.text.layer import tokenize


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two men were flown out at night. Aldoria's justice ministry said it would \"read "
            'the ruling with care."',
            "Aldoria's justice ministry",
        ),
        (
            "Fuel prices rose again in March. Velmar's transport ministry said the rise was "
            '"hard on every driver".',
            "Velmar's transport ministry",
        ),
        (
            "The levy starts in May. The country's largest farm union said it would "
            '"fight it in every court".',
            "The country's largest farm union",
        ),
        (
            'Ostra\'s energy ministry said: "The cables will be ready by June."',
            "Ostra's energy ministry",
        ),
    ],
)
def test_an_owned_body_described_by_lower_case_words_speaks(text: str, speaker: str) -> None:
    quote = parse(text).quotes[-1]
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A person's name of two words before the possessive: the name scan's reading.
        ('Ana Ruiz\'s campaign office said it was "very sad".', "Ana Ruiz's campaign office"),
        # No modifier: read before this reader.
        ('Aldoria\'s ministry said it would "appeal".', "Aldoria's ministry"),
        # A role, not a body, after the owner: the person named before speaks.
        (
            'Mia Park runs the port. Ostra\'s harbour master said the quay was "safe for now".',
            None,
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, speaker: str | None) -> None:
    quote = parse(text).quotes[-1]
    if speaker is None:
        assert quote.speaker_name != "Ostra's harbour master"
    else:
        assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("They said Aldoria's justice ministry", 4),  # not at its clause's start
        ("Aldoria's justice minister", 2),  # a role, not a body's noun
        ("the country's largest union", 3),  # "the" lower case inside a clause: read
        ("country's largest union", 2),  # a common noun's possessive without "the"
        ("Aldoria's was ministry", 2),  # a verb between owner and noun
    ],
)
def test_owned_body_shapes(text: str, end: int) -> None:
    toks = tokenize(text, 0, len(text))
    found = _owned_body(toks, 0, end, text)
    if text.startswith("the country"):
        assert found is not None and found.text == text
    else:
        assert found is None


@given(st.text(alphabet="ab's ,.Ministry", max_size=40))
def test_owned_body_is_a_span_of_the_words(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    for end in range(len(toks)):
        found = _owned_body(toks, 0, end, text)
        if found is not None:
            assert text[found.start : found.end] == found.text
            assert found.end == toks[end].end
