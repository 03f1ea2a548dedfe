"""Attribution's walks over a window's tokens that ask which of them stand inside a
quote, read stretch by stretch between the quotes' starts, against the question asked
of every token (``_Context.inside_quote``); and the word before a full stop read
backwards from the stop, against the same pattern read forwards."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import attribution
from quoteverify.text import sentences
from quoteverify.text.layer import tokenize
from quoteverify.text.spans import extract_with_paragraphs

# Pieces of text with quotes of every mark, nested and left open, short and long.
_PIECES = st.sampled_from(
    [
        "Ana said ",
        '"We won," ',
        "“Not ‘yet’ here,” ",
        "‘one’ ",
        "«Oui» ",
        '"open ',
        "she said. ",
        "Then ",
        "\n\n",
        "x ",
        "\"He told me 'no' twice,\" ",
        "”",
        "'",
    ]
)


def _context(text: str) -> attribution._Context:
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    return attribution._Context(text, list(extraction.quotes), paras)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join), st.data())
@example('"We won," Ana said ‘one’ x ', None)
def test_stretch_walks_agree_with_every_token_asked(text: str, data: st.DataObject | None) -> None:
    ctx = _context(text)
    windows = [(0, len(text))]
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        windows.append((start, data.draw(st.integers(start, len(text)))))
    for start, end in windows:
        toks = tokenize(text, start, end)
        outside = [t for t in toks if not ctx.inside_quote(t.start)]
        assert ctx.outside_of_quotes(toks) == outside
        inside = [i for i, t in enumerate(toks) if ctx.inside_quote(t.start)]
        assert ctx.last_inside(toks) == (inside[-1] if inside else -1)


def test_last_inside_finds_a_token_before_the_quote_s_end_in_its_stretch() -> None:
    # The last token lies past the quote's end, the one before it inside the quote.
    text = '"Yes sir" Ana'
    ctx = _context(text)
    toks = tokenize(text, 0, len(text))
    assert [t.text for t in toks] == ['"', "Yes", "sir", '"', "Ana"]
    assert ctx.last_inside(toks) == 3
    assert [t.text for t in ctx.outside_of_quotes(toks)] == ["Ana"]


_FORWARD = regex.compile(r"(?<![\p{L}\p{N}.\-'’])[\p{L}.\-]{1,12}$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZé.-'’3 \n,", max_size=40), st.data())
@example("x\nDr\n.", None)
@example("abcdefghijklmnop.", None)
def test_word_before_read_backwards_is_the_forward_match(
    text: str, data: st.DataObject | None
) -> None:
    stops = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for stop in stops:
        lo = max(0, stop - 12)
        back = sentences._WORD_BEFORE.search(text, lo, stop)
        forward = _FORWARD.search(text, lo, stop)
        assert (back and back.span()) == (forward and forward.span())
