"""``mentions._classify``'s memo (``Reads.classified``, issue 14, h58b-dense): a span of
one token list asked again of the same :class:`Reads` gives the answer the reading
with no memo gives, whatever was asked before it and in whatever order. Invented
pieces of text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import mentions
from quoteverify.speakers.mentions import Reads, phrase_after, phrase_before
from quoteverify.text.layer import tokenize

_PIECES = st.sampled_from(
    [
        "Ruth Pole spoke. ",
        "Pole said. ",
        "Chinese said. ",
        "He met Controllers. ",
        "Controllers said. ",
        "Rep. Ann Israel spoke. ",
        "Israel said. ",
        "Pete King spoke. ",
        "King said. ",
        "Vice President Ruiz spoke. ",
        "President said. ",
        "the Kremlin said. ",
        "Dr. Lena Voss, a chemist, said. ",
        "x",
        " ",
    ]
)


def _readings(text: str, asks: list[tuple[int, int]], reads: Reads) -> list[object]:
    """Each ask: (which token list, token index), read before and after."""
    lists = [tokenize(text, 0, len(text)), tokenize(text, 0, len(text) // 2)]
    out: list[object] = []
    for which, k in asks:
        toks = lists[which]
        if k >= len(toks):
            continue
        out.append(phrase_before(toks, k, text=text, reads=reads))
        out.append(phrase_after(toks, k, text=text, reads=reads))
    return out


@settings(max_examples=200, deadline=None)
@example(
    ["Pete King spoke. ", "King said. ", "King said. "],
    [(0, 3), (0, 5), (1, 3), (0, 3), (0, 8)],
)
@example(["Rep. Ann Israel spoke. ", "Israel said. "], [(1, 2), (0, 2), (0, 7), (0, 7)])
@given(
    st.lists(_PIECES, max_size=8),
    st.lists(st.tuples(st.integers(0, 1), st.integers(0, 30)), max_size=24),
)
def test_the_memo_answers_as_the_reading_without_it(
    pieces: list[str], asks: list[tuple[int, int]]
) -> None:
    text = "".join(pieces)
    memo = _readings(text, asks, Reads(text))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mentions, "_classify", mentions._classify_read)
        plain = _readings(text, asks, Reads(text))
    assert memo == plain


def test_a_span_asked_twice_is_read_once() -> None:
    text = "Pete King spoke. King said."
    toks = tokenize(text, 0, len(text))
    reads = Reads(text)
    first = phrase_before(toks, 5, text=text, reads=reads)
    assert reads.classified
    entries = dict(reads.classified)
    assert phrase_before(toks, 5, text=text, reads=reads) == first
    assert reads.classified == entries


def test_another_token_list_of_the_text_is_read_again() -> None:
    text = "Pete King spoke. King said."
    reads = Reads(text)
    a, b = tokenize(text, 0, len(text)), tokenize(text, 0, len(text))
    phrase_before(a, 5, text=text, reads=reads)
    n = len(reads.classified)
    phrase_before(b, 5, text=text, reads=reads)
    assert len(reads.classified) > n
