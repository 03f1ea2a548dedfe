"""Quotes whose speaker is not in their own sentence (issue 14, h33-carry).

The row ``framing-paragraph`` reads a framing sentence further than
``framing-sentence`` does: a quote that is a paragraph of its own is framed by the
last sentence of the paragraph before, and a framing sentence may open on a
descriptor with a name in apposition, or on *he* or *she* in the quote's own
paragraph. Invented articles only; each test reads the resolved name
(``q.speaker.name``), as strict scoring does.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse

from .conftest import resolved


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # a paragraph that is only a quote, after a sentence opening on a name
        (
            "The mill closed in June.\n\nTom Hale ran it for thirty years.\n\n"
            "“We lost money every single week for two years.”",
            "every single week",
            "Tom Hale",
        ),
        # ... on a descriptor with the name in apposition
        (
            "A bus in the town square now serves as a clinic. Its founder, Dr Ana Ruiz, "
            "had the idea in March.\n\n“Some of our patients have not seen a doctor in years.”",
            "not seen a doctor",
            "Ana Ruiz",
        ),
        # a pronoun opening the sentence before, in the quote's own paragraph
        (
            "Nell Ward finished the race in the dark. She was met by her brother at the "
            "gate. “My legs have never been this tired.”",
            "never been this tired",
            "Nell Ward",
        ),
    ],
)
def test_a_quote_is_framed_by_the_sentence_before_it(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a heading in quotes: fewer than five words
        ("Ana Ruiz ran the firm for ten years.\n\n“A fresh start.”", "A fresh start"),
        # a capitalised word that opens a sentence and was never printed as a name
        (
            "Based on the new figures, the plan works.\n\n“We have checked every number twice.”",
            "every number",
        ),
        # the quote's paragraph goes on after it: who follows may be the speaker
        (
            "Tom Hale ran the mill for thirty years.\n\n"
            "“It was the loudest noise I ever heard.” Ana Ruiz lives next door.",
            "loudest noise",
        ),
        # a pronoun opening the paragraph before: it frames its own paragraph only
        (
            "Ivo Brant ran the bookshop for forty years. He closed it on Friday.\n\n"
            "“Nobody buys books on paper any more.”",
            "on paper",
        ),
        # a quote that lost its closing mark: where it ended is a guess
        (
            "Tom Hale ran the mill for thirty years.\n\n"
            "“We lost money every single week for two years.\n\nThe plant shut in May.",
            "every single week",
        ),
        # a descriptor with no name in apposition
        (
            "The clinic opened in March. Its founder had the idea after a long night.\n\n"
            "“Some of our patients have not seen a doctor in years.”",
            "not seen a doctor",
        ),
    ],
)
def test_no_framing_without_a_person_who_frames_a_whole_quote(text: str, words: str) -> None:
    assert resolved(text, words) is None


def test_the_rule_is_named_on_the_cue() -> None:
    text = "Tom Hale ran the mill for thirty years.\n\n“We lost money every single week.”"
    (quote,) = parse(text).quotes
    assert quote.cue is not None and quote.cue.rule == "framing-paragraph"


_NAMES = st.sampled_from(["Tom Hale", "Ana Ruiz", "Ivo Brant", "Nell Ward"])
_WORDS = st.lists(
    st.sampled_from(["rain", "soon", "never", "again", "home", "late", "well"]),
    min_size=1,
    max_size=4,
)


@given(name=_NAMES, words=_WORDS, pronoun=st.booleans())
def test_a_short_quote_alone_takes_no_framing_speaker(
    name: str, words: list[str], pronoun: bool
) -> None:
    # A quote of fewer than five words that is a paragraph of its own (a heading,
    # a slogan) is never given the person of the sentence before it.
    lead = f"{name} came home late." + (" She sat down." if pronoun else "")
    text = f"{lead}\n\n“{' '.join(words).capitalize()}.”"
    (quote,) = parse(text).quotes
    assert quote.cue is None or quote.cue.rule != "framing-paragraph"


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # (h48c-salience) a scene sentence naming nobody between the framing sentence
        # and the quote: the sentence before it frames
        (
            "Ruth Okonjo keeps bees on the roof of a car park. The hives face south, "
            "away from the wind. “Bees hate a draught more than they hate rain.”",
            "hate a draught",
            "Ruth Okonjo",
        ),
        (
            "Marek Zielny repairs accordions in a cellar. A radio plays all day in the "
            "corner. “Every bellows leaks in the end, the trick is knowing where.”",
            "Every bellows",
            "Marek Zielny",
        ),
        # (h49-salience) a month or a day is the one capitalised word a scene may hold
        (
            "Tove Halvorsen ferries mail to the islands. The crossing closes in January "
            "and opens again in April. “Winter out there is a wall of grey water.”",
            "wall of grey",
            "Tove Halvorsen",
        ),
        (
            "Arlo Finch bakes rye bread for the market. The stall opens every Saturday at "
            "six. “Rye sulks if you rush it.”",
            "Rye sulks",
            "Arlo Finch",
        ),
    ],
)
def test_a_scene_sentence_between_frame_and_quote(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


@pytest.mark.parametrize(
    "text",
    [
        # the sentence between names another person: no frame two back
        "Ruth Okonjo keeps bees on a roof. The hives belong to Ivo Mares. “Bees hate a draught.”",
        # ... or points at one
        "Ruth Okonjo keeps bees on a roof. The hives were her father's. “Bees hate a draught.”",
        # ... or names a place or a body beside its month: no scene
        "Ruth Okonjo keeps bees on a roof. The hives came from Dorset in March. "
        "“Bees hate a draught.”",
    ],
)
def test_a_sentence_between_that_names_someone_is_no_scene(text: str) -> None:
    assert resolved(text, "hate a draught") is None
