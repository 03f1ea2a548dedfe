"""The dialogue pass's shortcuts give what the plain computations give.

``turns.converse`` reads a long text as one conversation when it holds many
alternating exchanges (a novel, or many news articles joined into one). Two of
its steps no longer read the whole text per question: the narration beside a
turn skips the quote spans before it by bisection, and the words the text writes
in lower case are looked up one at a time. Each test runs both ways on
generated input; each fails when its shortcut answers differently.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import turns

_WORDS = ["Will", "will", "come", "Come", "é", "Émile", "émile", "o'neil", "ß", "x", ""]
_GLUE = [" ", ", ", ". ", "\n", "’", "-", "\u0301", "1"]
_TEXTS = st.lists(st.sampled_from(_WORDS + _GLUE), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    _TEXTS, st.lists(st.sampled_from([*_WORDS, "ill", "wil", "e"]), max_size=12), st.integers(0, 4)
)
def test_lower_words_is_the_set_of_lower_case_words(
    text: str, asked: list[str], direct: int
) -> None:
    whole = frozenset(turns._LOWER.findall(text))
    words = turns._LowerWords(text, direct=direct)
    for word in asked:  # before and after it has switched to the whole set
        assert (word in words) == (word in whole), word


def _spans(draw: st.DrawFn, n: int) -> list[tuple[int, int]]:
    """Spans sorted by start, which may overlap or nest (converse's only promise)."""
    starts = sorted(draw(st.lists(st.integers(0, n), max_size=12)))
    return [(s, draw(st.integers(s, n))) for s in starts]


@st.composite
def _outside_case(draw: st.DrawFn) -> tuple[str, int, int, list[tuple[int, int]]]:
    text = draw(st.text("ab .", max_size=40))
    lo = draw(st.integers(0, len(text)))
    hi = draw(st.integers(lo, len(text)))
    return text, lo, hi, _spans(draw, len(text))


@settings(max_examples=300, deadline=None)
@given(_outside_case())
def test_outside_with_reach_is_the_plain_scan(
    case: tuple[str, int, int, list[tuple[int, int]]],
) -> None:
    text, lo, hi, spans = case
    reach = list(itertools.accumulate((e for _, e in spans), max))
    assert list(turns._outside(text, lo, hi, spans, reach)) == list(
        turns._outside(text, lo, hi, spans)
    )


def test_lower_words_reads_edges() -> None:
    words = turns._LowerWords("Will you come, Will? we will-see")
    assert "will" in words  # "will-see": the hyphen ends the word
    assert "ill" not in words and "wil" not in words and "Will" not in words
