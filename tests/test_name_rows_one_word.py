"""The name scan's short path for a run of one word (h60c-registry) against the full
reading: the same rows for every text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import mentions

# Words that start every branch of the scan: months after a preposition of time, an
# organisation's head word read on with "of", an office before a name, a possessive,
# a pronoun after a name, a title on its own line.
_WORDS = st.sampled_from(
    [
        "In",
        "since",
        "March",
        "June",
        "Ruiz",
        "Tove",
        "Brandt",
        "Bank",
        "of",
        "Norland",
        "Governor",
        "the",
        "Department",
        "Fisheries",
        "Minister",
        "for",
        "Harbours",
        "Marsh'",
        "Holt's",
        "I",
        "believe",
        "said",
        "Ms",
        "and",
        "Council",
        "Ferris",
    ]
)
_GAPS = st.sampled_from([" ", " ", " ", "\xa0", ", ", ". ", "\n", "\n\n", " & "])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=14))
    gaps = draw(st.lists(_GAPS, min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, gaps, strict=True))


def _full(text: str, lone: bool) -> list[tuple[object, ...]]:
    mentions._ONE_WORD_PATH = False
    try:
        return list(mentions.name_rows(text, lone=lone))
    finally:
        mentions._ONE_WORD_PATH = True


@settings(max_examples=300, deadline=None)
@given(_texts(), st.booleans())
def test_one_word_path_keeps_the_full_readings_rows(text: str, lone: bool) -> None:
    assert mentions.name_rows(text, lone=lone) == _full(text, lone)


@pytest.mark.parametrize(
    "text",
    [
        "Since June\xa0Ferris said no.",  # a no-break space after a month
        "The Bank of Norland said so.",  # one word read on as a body's name
        "Marsh' aide and Holt said no.",  # a possessive's apostrophe cut first
        "Ms Brandt met Tove Ferris.",
    ],
)
def test_one_word_path_examples(text: str) -> None:
    assert mentions.name_rows(text) == _full(text, False)
