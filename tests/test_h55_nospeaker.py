"""Speech quotes given no speaker in profiles (issue 14, h55-nospeaker).

A feature story often frames a long quote with a long sentence of narration in the
quote's own paragraph (*She sets down the plane and runs a thumb along the keel,
checking the seam she glued last week.*). The row ``framing-paragraph`` reads such a
sentence up to ``_FRAMING_REACH_OWN`` tokens; a sentence in the paragraph before, or
a lead-in before a colon, keeps the short reach. Invented articles only; each test
reads the resolved name (``q.speaker.name``), as strict scoring does.
"""

from __future__ import annotations

import pytest

from .conftest import resolved

# A long framing sentence opening on *she* or *he* in the quote's own paragraph:
# each of these fails with the short reach (24 tokens) alone.
LONG_OWN = [
    (
        "Mara Velde builds wooden boats in a shed by the harbour.\n\n"
        "She sits down on an old crate and looks at the hull growing in front of her, "
        "a small dinghy ordered by a family from the next village. "
        "\u201cPeople think wood is old. It is not old, it is patient.\u201d",
        "it is patient",
        "Mara Velde",
    ),
    (
        "Oskar Lind was born in Bergen to a family of organists.\n\n"
        "He leans forward on his chair when he talks about Brahms, and his hands move "
        "as if the orchestra were in the room. "
        "\u201cBrahms is always saying goodbye. Every piece knows it will end.\u201d",
        "always saying goodbye",
        "Oskar Lind",
    ),
    (
        "Ines Karst has kept bees on the hill above Dorn since 1998. "
        "Her sister sells the honey at the market.\n\n"
        "She walks the rows of hives in her veil with a smoker in one hand, "
        "counting the frames and listening for the low hum of a queen. "
        "\u201cA quiet hive is a worried hive. You learn to hear it before you see it.\u201d",
        "quiet hive",
        "Ines Karst",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), LONG_OWN)
def test_long_framing_sentence_in_own_paragraph(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the long sentence stands in the paragraph before a quote-only paragraph:
        # the short reach still holds there
        (
            "Mara Velde builds wooden boats in a shed by the harbour.\n\n"
            "She sits down on an old crate and looks at the hull growing in front of "
            "her, a small dinghy ordered by a family from the next village.\n\n"
            "\u201cPeople think wood is old. It is not old, it is patient.\u201d",
            "it is patient",
        ),
        # a long sentence that runs past the longer reach (over 40 tokens)
        (
            "Mara Velde builds wooden boats in a shed by the harbour.\n\n"
            "She sits down on an old crate and looks at the hull, the clamps, the "
            "shavings, the kettle, the radio, the charts, the oars, the paint tins and "
            "the long bench her father built in the winter before the war. "
            "\u201cPeople think wood is old. It is not old, it is patient.\u201d",
            "it is patient",
        ),
        # a long scene sentence that names nobody frames nothing
        (
            "Mara Velde builds wooden boats in a shed by the harbour.\n\n"
            "The light comes in through a high window and falls across the half-built "
            "hull, the clamps, the shavings and the kettle that never quite boils. "
            "\u201cPeople think wood is old. It is not old, it is patient.\u201d",
            "it is patient",
        ),
    ],
)
def test_long_sentence_near_misses_keep_no_speaker(text: str, words: str) -> None:
    assert resolved(text, words) is None
