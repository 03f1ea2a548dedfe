"""*someone* or *somebody* as a cue's subject is an unnamed speaker of its own.

Written in lower case after another word (*then someone shouted*, *heard somebody
yell*), the word was read as no mention at all, so the quote fell to the next row: a
quote inside a quote went to the outer speaker, a quote after *X heard someone shout*
to X. The word (``lexicons/indefinite_speakers.txt``) is now an anonymous mention,
named as written, the data's convention for anonymous sources.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import load
from quoteverify.model import SpeakerKind

_WORDS = sorted(load("indefinite_speakers"))


def _speakers(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    doc = quoteverify.parse(text)
    return [
        (q.speaker.name if q.speaker else None, q.speaker.kind if q.speaker else None)
        for q in doc.quotes
    ]


def test_a_quote_inside_a_quote_is_the_unnamed_persons() -> None:
    text = (
        "\u201cThe hall went quiet, then someone yelled, \u2018Open the doors,\u2019 "
        "and we all stood up,\u201d said Mara Quint."
    )
    assert _speakers(text) == [
        ("Mara Quint", SpeakerKind.PERSON),
        ("someone", SpeakerKind.ANONYMOUS),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Later somebody shouted, "Bring the ladder!"', "somebody"),
        ('Tomas Berg said he heard someone call out, "The bridge is closing."', "someone"),
        ('Then someone said: "We need more sandbags."', "someone"),
    ],
)
def test_the_word_names_the_speaker_at_the_top_level(text: str, name: str) -> None:
    assert _speakers(text) == [(name, SpeakerKind.ANONYMOUS)]


def test_an_object_is_not_the_speaker() -> None:
    # *someone* after *told* is the hearer; the subject before the cue speaks.
    assert _speakers('Mara Quint told someone, "The gate stays shut."') == [
        ("Mara Quint", SpeakerKind.PERSON)
    ]


@given(
    word=st.sampled_from(_WORDS),
    adverb=st.sampled_from(["", "then", "finally", "suddenly"]),
    nested=st.booleans(),
)
def test_every_word_of_the_lexicon_speaks_as_written_at_either_level(
    word: str, adverb: str, nested: bool
) -> None:
    # Lower case after an adverb or capitalised opening the sentence (where it was
    # read as a person's name), in a quote of its own or inside another's.
    said = f"{adverb} {word}" if adverb else word
    said = said[0].upper() + said[1:]
    name = said.split()[-1]
    inner = f"The room was full. {said} said,"
    if nested:
        text = f"\u201c{inner} \u2018Close the window,\u2019 and we left,\u201d said Mara Quint."
        want = [("Mara Quint", SpeakerKind.PERSON), (name, SpeakerKind.ANONYMOUS)]
    else:
        text, want = f'{inner} "Close the window."', [(name, SpeakerKind.ANONYMOUS)]
    assert _speakers(text) == want
