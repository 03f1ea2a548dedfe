"""Rows of the rule table that turn a window down before its tokens are made.

``_Context.opens_quote`` tells that the tokens of a window hold one inside a quote
(the mark that opens it), which is all the previous-sentence and framing-sentence rows
need to know about a sentence before a quote that holds another quote: each would
read its tokens only to give up on that. These tests pin both halves: the claim
itself, against the tokens, and the rows' answers, the same when the tokens are
always read (``opens_quote`` made to say nothing).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.model import Quote
from quoteverify.speakers import attribution
from quoteverify.text.spans import extract_with_paragraphs

# Pieces of text with quotes of every mark, apostrophes glued to words and set apart,
# sentence stops, paragraph breaks and cues, so that a sentence before a quote often
# holds another quote.
_PIECES = st.sampled_from(
    [
        "Ana Roe said ",
        "the film “Deep Water” ",
        '"We won," ',
        "Roe’s ",
        "“Not ‘yet’ here,” ",
        "’tis ",
        "‘one’ ",
        "don't ",
        "«Oui» ",
        "x’",
        '"open ',
        "and Lee Park replied:\n\n",
        "she said. ",
        "\"He told me 'no' twice,\" ",
        "Lee Park was calm. ",
        "”",
        "Then ",
        ": ",
        "\n\n",
        "'",
        "\n",
        ", ",
        "x ",
    ]
)


def _read(text: str) -> tuple[attribution._Context, list[Quote], list[tuple[int, int]]]:
    """The context attribution makes for ``text``, with its quotes and paragraphs."""
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    return attribution._Context(text, quotes, paras), quotes, paras


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join), st.data())
@example("x’‘one’ ", None)
@example('Ana Roe said "We won," x ', None)
def test_a_window_said_to_open_a_quote_holds_a_token_inside_one(
    text: str, data: st.DataObject | None
) -> None:
    ctx = _read(text)[0]
    windows = [(0, len(text))]
    windows += [(s, len(text)) for s in ctx.quote_starts]
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        windows.append((start, data.draw(st.integers(start, len(text)))))
    for start, end in windows:
        if ctx.opens_quote(start, end):
            assert ctx.last_inside(ctx.tokens(start, end)) >= 0, (start, end)


def test_a_quote_opens_in_a_window_only_from_its_mark() -> None:
    text = "Ruiz said “yes” and left. Roe’s “no” came later."
    ctx = _read(text)[0]
    opens = text.index("“")
    assert ctx.opens_quote(0, opens + 1)
    assert not ctx.opens_quote(0, opens)  # the mark past the window's end
    assert not ctx.opens_quote(opens + 1, len(text) - 20)  # no quote opens in it
    assert ctx.opens_quote(text.index("no") - 1, len(text))


def test_a_mark_a_word_may_run_into_tells_nothing() -> None:
    # A quote said to open at an apostrophe glued to a word: the word may hold the mark
    # (one token, "abc’def’"), so nothing is claimed, unless the window starts at it.
    text = "abc’def’ ghi"
    ctx = attribution._Context(text, [], [(0, len(text))])
    ctx.quote_starts = [3]  # (opens_quote reads only where the quotes open)
    assert [t.text for t in ctx.tokens(0, len(text))] == ["abc’def’", "ghi"]
    assert not ctx.opens_quote(0, len(text))
    assert ctx.opens_quote(3, len(text))
    assert ctx.tokens(3, len(text))[0].text == "’"


_NEWS = [
    (
        "Ana Roe said “the vote was close.” It was late. “We will try again,” she added.\n\n"
        "“Nobody expected it,” Lee Park said. “Not me.”\n\n"
        "Mr. Park spoke at noon. “Then ‘yes’ came,” he wrote. “And that was it.”\n\n"
        "The council met on Monday, as it said “it would.” Roe was not convinced. "
        "“It is built on sand.”"
    ),
    "They watched the film “Deep Water” and Lee Park said:\n\n“We will see.”",
]


def test_a_sentence_whose_quote_has_no_speaker_is_still_read() -> None:
    # The sentence before holds a title, which has no speaker: its words after the
    # title are read, and name the speaker of the next paragraph's quote.
    text = _NEWS[1]
    title, quote = quoteverify.parse(text).quotes
    assert title.speaker is None
    assert quote.speaker is not None and quote.speaker.name == "Lee Park"
    assert quote.cue is not None and quote.cue.rule == "previous-sentence"


@pytest.mark.parametrize("text", _NEWS)
def test_the_rows_answer_as_when_every_sentence_is_read(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = quoteverify.parse(text)
    monkeypatch.setattr(attribution._Context, "opens_quote", lambda self, start, end: False)
    assert quoteverify.parse(text) == kept


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
@example('Lee Park was calm. "We won," she said. "open \n\n"We won," ')
def test_attribution_is_the_same_when_every_sentence_is_read(text: str) -> None:
    ctx_cls = attribution._Context
    _ctx, quotes, paras = _read(text)
    kept = attribution.attribute_rows(text, quotes, paras, budget=16)
    gated = ctx_cls.opens_quote
    try:
        ctx_cls.opens_quote = lambda self, start, end: False  # type: ignore[method-assign]
        read = attribution.attribute_rows(text, quotes, paras, budget=16)
    finally:
        ctx_cls.opens_quote = gated  # type: ignore[method-assign]
    assert [(r and r.name, f) for r, f in read] == [(r and r.name, f) for r, f in kept]
