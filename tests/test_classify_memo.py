"""``mentions._classify``'s memo (``Reads.classified``, issue 14, h58b-dense): a span
asked again of the same :class:`Reads`, from any token list of any window of the text,
gives the answer the reading with no memo gives, whatever was asked before it and in
whatever order. Invented pieces of text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import mentions
from quoteverify.speakers.mentions import PhraseKind, Reads, phrase_after, phrase_before
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
        "Ruth City, a retired teacher, said. ",
        "Kansas City, a city whose mayor is new, said. ",
        "Kansas City, one official said. ",
        "x",
        " ",
    ]
)


def _readings(text: str, asks: list[tuple[int, int]], reads: Reads) -> list[object]:
    """Each ask: (which token list, token index), read before and after."""
    n = len(text)
    lists = [tokenize(text, 0, n), tokenize(text, 0, n // 2), tokenize(text, n // 3, n)]
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
@example(["Ruth City, a retired teacher, said. "], [(0, 0), (1, 0)])  # the list's end
@given(
    st.lists(_PIECES, max_size=8),
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 40)), max_size=24),
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


def test_a_span_asked_from_another_list_of_its_window_is_read_once() -> None:
    text = "Pete King spoke. King said."
    reads = Reads(text)
    a, b = tokenize(text, 0, len(text)), tokenize(text, 0, len(text))
    phrase_before(a, 5, text=text, reads=reads)
    n = len(reads.classified)
    phrase_before(b, 5, text=text, reads=reads)
    assert len(reads.classified) == n


def test_a_list_cut_within_six_tokens_after_the_span_is_read_again() -> None:
    # the apposition after a city's name says a person: what the list holds after
    # the span is part of the reading, so part of the key
    text = "said Ruth City, a retired teacher, on Monday"
    reads = Reads(text)
    whole = tokenize(text, 0, len(text))
    cut = tokenize(text, 0, whole[3].end)
    found = phrase_after(whole, 1, text=text, reads=reads)
    assert found is not None and found.kind is PhraseKind.NAME
    again = phrase_after(cut, 1, text=text, reads=reads)
    assert again == phrase_after(cut, 1, text=text, reads=None)
    assert again is None or again.kind is not PhraseKind.NAME
