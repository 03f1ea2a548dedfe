"""The text between two quotes read once (issue 12): the gap after a quote past the
attribution budget is the gap before the next one, and the rows beside both quotes
read their windows from that one reading; a paragraph dense with quotes is
tokenised only as far as its windows reach."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify import Config
from quoteverify.speakers import attribution
from quoteverify.speakers.rules import fired
from quoteverify.text.layer import tokenize
from quoteverify.text.spans import extract_with_paragraphs

# Pieces of quote-dense text: quotes with and without cues, cue clauses on either
# side, stops, paragraph breaks, nested marks and the characters of the hostile
# families (NUL, a right-to-left mark, a joiner, a combining accent).
_PIECE = st.sampled_from(
    [
        '"Yes," ',
        '"no," ',
        '"It is over." ',
        "“fine” ",
        "'s' ",
        "\"a 'b' c\" ",
        "Ana said, ",
        "Ben replied ",
        "said Tom Hale, ",
        "the mayor called it ",
        " and then ",
        " while ",
        "she told reporters: ",
        ", ",
        ". ",
        "\n\n",
        "Roe's ",
        "U.S. ",
        "well-known ",
        "\x00",
        "\u200f",
        "\u200d",
        "\u0301",
        "— ",
    ]
)


def _rows(text: str, budget: int) -> list[Any]:
    return fired(text, config=Config(attribution_budget=budget))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, min_size=4, max_size=60), st.integers(min_value=1, max_value=3))
@example(['"Yes," ', "Ana said, ", '"no," ', "Ben replied ", ", "] * 6, 2)
@example(['"Yes," ', "she said", "\x00", " ", "\x00", '"no," '] * 6, 1)
@example(["the mayor called it ", '"Yes," ', " and then ", '"no," ', " while "] * 6, 1)
@example(["\"a 'b' c\" ", "said Tom Hale, ", "\"a 'b' c\" ", "Ana said, "] * 5, 1)
def test_the_shared_gap_reading_answers_as_each_row_reading_its_own_window(
    pieces: list[str], budget: int
) -> None:
    # Past the budget, the rows beside a quote read the gaps beside it from one
    # reading each (tokens, the first word); without the readings every row reads its
    # own window from the text, as before. The answers must be the same.
    text = "".join(pieces)
    shared = _rows(text, budget)
    real = attribution._gaps_beside
    try:
        attribution._gaps_beside = lambda *_: (None, None)  # type: ignore[assignment]
        own = _rows(text, budget)
    finally:
        attribution._gaps_beside = real  # type: ignore[assignment]
    assert shared == own


# A run of words with no stop, longer than the _FAR characters _wordless reads back.
_LONG_WORDS = "and so on " * 110


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(_PIECE, st.just(_LONG_WORDS)), min_size=4, max_size=60),
    st.integers(min_value=1, max_value=3),
)
@example(['"Yes," ', "she said", "\x00", " ", "\x00", '"no," ', ", "] * 6, 1)
@example(['"a," ', '"b," ', _LONG_WORDS, '"c," ', ", "] * 5, 1)
@example(["x ", '"a" ', '"b" '] * 12, 1)
@example(['"a" '] * 3 + ["x", " ," * 600, '"b" '] + ['"c" '] * 12, 1)  # a word past _FAR
def test_wordless_read_from_the_gap_before_answers_as_wordless(
    pieces: list[str], budget: int
) -> None:
    # Site.wordless answers from the gaps beside a quote past the budget where a word
    # stands in them; each answer must be the one _wordless gives reading the text.
    text = "".join(pieces)
    real = attribution.Site.wordless
    seen: list[tuple[bool, bool]] = []

    def both(site: attribution.Site) -> bool:
        got = real(site)
        seen.append((got, attribution._wordless(site.q, site.ctx, site.para, site.end_para)))
        return got

    try:
        attribution.Site.wordless = both  # type: ignore[method-assign]
        _rows(text, budget)
    finally:
        attribution.Site.wordless = real  # type: ignore[method-assign]
    assert all(got == plain for got, plain in seen)


def test_the_gap_after_a_quote_is_the_gap_before_the_next() -> None:
    text = ", ".join(f'"Point {i}," Ana Ruiz said' for i in range(8))
    ex, paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    ctx = attribution._Context(text, quotes, paras)
    lo, hi = attribution._gap_bounds(ctx, quotes, 4, paras[0])
    before, after = attribution._gaps_beside(ctx, quotes, 4, lo, hi)
    _, after_3 = attribution._gaps_beside(
        ctx, quotes, 3, *attribution._gap_bounds(ctx, quotes, 3, paras[0])
    )
    assert before is after_3  # one reading for both quotes
    assert after is not None and text[after.start : after.end] == " Ana Ruiz said, "
    assert text[after.first_word :].startswith("Ana")
    assert [t.text for t in after.window(after.start, after.end)] == ["Ana", "Ruiz", "said", ","]
    # The last quote has no quote after it: its rows read the text as before.
    last = len(quotes) - 1
    assert (
        attribution._gaps_beside(
            ctx, quotes, last, *attribution._gap_bounds(ctx, quotes, last, paras[0])
        )[1]
        is None
    )


def test_a_quote_past_the_budget_keeps_its_speaker_on_either_side() -> None:
    # The cue after one quote and the cue before the next come from the same gap.
    text = ", ".join(f'"Yes {i}," she said \x00"c {i}"' for i in range(30))
    art = quoteverify.parse(text, config=Config(attribution_budget=2))
    assert len(art.quotes) == 60
    rules = {q.cue.rule for q in art.quotes[10:] if q.cue is not None}
    assert rules == {"quote-X-said", "X-said-quote"}
    assert all(q.speaker_mention is not None for q in art.quotes[10:])


_TEXT = st.text(alphabet="ab U.S'’-\u0301 ,\n", max_size=120)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
@example("Ana said U.S. well-known Roe’s", None)
def test_a_window_of_a_gap_is_the_window_tokenised_on_its_own(text: str, data: Any) -> None:
    gap = attribution._Gap(text, 0, len(text), len(text))  # (its first word is not read here)
    pairs = [(0, len(text))]
    if data is not None:
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        pairs.append((start, data.draw(st.integers(min_value=start, max_value=len(text)))))
    for start, end in pairs:
        assert gap.window(start, end) == tokenize(text, start, end)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab U.S'’-\"“” ,\u0301", max_size=200),
    st.integers(min_value=1, max_value=12),
    st.lists(st.integers(min_value=0, max_value=200), max_size=4),
)
@example('"Yes 1," Ana said, "no," Ben replied, ' * 3, 5, [30, 0, 90])
@example("S.S.", 1, [])  # initials cut by the chunk's end: "S", "." and "S" then
@example("S.S.S.", 5, [])  # "S.S." and "S", where one scan reads "S.S.S."
@example("the U.S. and U.K. said", 9, [4, 12])
def test_a_paragraph_read_a_chunk_at_a_time_has_the_tokens_of_one_scan(
    text: str, chunk: int, asks: list[int]
) -> None:
    # Tokenised in chunks as far as each window asked reaches (asks in any order),
    # then to its end, a paragraph has the tokens of one tokenize of it, and the
    # tokens outside quotes are those inside_quote calls outside.
    ex, paras = extract_with_paragraphs(text, Config())
    ctx = attribution._Context(text, list(ex.quotes), paras)
    real = attribution._CHUNK
    try:
        attribution._CHUNK = chunk
        for para in paras:
            for pos in asks:
                pt = ctx._para_tokens(para, para[0] + pos)
                read = [t for t in tokenize(text, para[0], para[1]) if t.start < para[0] + pos]
                assert pt.toks[: len(read)] == read
            pt = ctx._para_tokens(para, para[1])
            assert pt.toks == tokenize(text, para[0], para[1])
            inside = ctx.inside_quote
            assert pt.outside == [i for i, t in enumerate(pt.toks) if not inside(t.start)]
            assert pt.outside_toks == [pt.toks[i] for i in pt.outside]
    finally:
        attribution._CHUNK = real


def test_a_long_run_of_cue_quotes_reads_only_the_start_of_its_paragraph(monkeypatch: Any) -> None:
    # The quotes before the budget read windows of the paragraph's tokens; the
    # quotes past it read their gaps: the paragraph is not tokenised to its end.
    made: list[attribution._Context] = []

    class Recording(attribution._Context):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(attribution, "_Context", Recording)
    text = ", ".join(f'"Yes {i}," Ana said, "no," Ben replied' for i in range(400))
    art = quoteverify.parse(text)
    assert art.quotes[-1].speaker is not None
    (pt,) = made[0]._tokens.values()
    assert pt.toks and pt.toks[-1].end < len(text) // 4


def test_the_quotes_before_the_budget_read_a_short_first_chunk(monkeypatch: Any) -> None:
    # A run of cue quotes with NUL inside: the quotes before the budget ask for the
    # tokens of the first few hundred characters of the paragraph, and the reader
    # tokenises a quarter of a chunk for them, then chunks twice as long, never the
    # full chunk at once (what a 10 KB text of such quotes paid for every parse).
    made: list[attribution._Context] = []
    asked: list[int] = []

    class Recording(attribution._Context):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    upto = attribution._ParaTokens.upto

    def recording_upto(self: attribution._ParaTokens, pos: int) -> attribution._ParaTokens:
        asked.append(pos)
        return upto(self, pos)

    monkeypatch.setattr(attribution, "_Context", Recording)
    monkeypatch.setattr(attribution._ParaTokens, "upto", recording_upto)
    text = "".join(f'"a\x00b{i}," she said\x00 \x00"c\x00", ' for i in range(300))
    art = quoteverify.parse(text)
    assert len(art.quotes) == 600 and art.quotes[-2].speaker is not None
    (pt,) = made[0]._tokens.values()
    assert max(asked) < attribution._CHUNK // 4
    assert pt.read_to <= attribution._CHUNK // 2
    assert pt.toks == [t for t in tokenize(text, 0, len(text)) if t.start < pt.read_to]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab1 \"“”'’,.\n\u0301\x00", max_size=120),
    st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40)), max_size=6),
)
@example('"a" b "c" "d" e', [(9, 3), (0, 2), (4, 1)])
@example("11", [(1, 0)])  # an empty window inside a run holds no run
def test_words_outside_found_gap_by_gap_answer_as_reading_every_character(
    text: str, asks: list[tuple[int, int]]
) -> None:
    # The runs of letters and digits between a paragraph's quotes are found only as
    # far as the questions reach, asked in any order: each answer is what reading
    # every character of the window outside quotes gives.
    ex, paras = extract_with_paragraphs(text, Config())
    ctx = attribution._Context(text, list(ex.quotes), paras)
    for para in paras:
        for offset, width in asks:
            start = min(para[1], para[0] + offset)
            end = min(para[1], start + width)
            expected = any(text[p].isalnum() and not ctx.inside_quote(p) for p in range(start, end))
            assert ctx.words_outside(para, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \"“”‘’'«»,.\n", max_size=120), st.integers(-1, 125))
@example('“a ‘b «c» d’ e” f "g" h', 9)  # nested spans
@example("“a b\n\n“c d” e", 3)  # a quote run on over paragraphs
def test_the_gaps_after_a_position_are_the_gaps_that_end_after_it(text: str, after: int) -> None:
    ex, paras = extract_with_paragraphs(text, Config())
    ctx = attribution._Context(text, list(ex.quotes), paras)
    for para in paras:
        expected = [gap for gap in ctx._gaps(para) if gap[1] > after]
        assert list(ctx._gaps(para, after)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \"“”‘’'«»,.\n", max_size=120), st.integers(0, 125), st.integers(0, 60))
@example('“a ‘b «c» d’ e” f "g" h', 2, 20)  # nested spans
@example('a "b c" d e', 0, 11)  # a quote among the tokens
@example('"a b c d" e', 1, 5)  # every token inside one quote
@example('a "b c" d e', 3, 8)  # from inside a quote to past its end
def test_stripping_quoted_tokens_drops_what_inside_quote_calls_inside(
    text: str, start: int, width: int
) -> None:
    # The window's tokens outside quotes, decided for all at once where no quote
    # opens among them, are the tokens that inside_quote calls outside one by one.
    ex, paras = extract_with_paragraphs(text, Config())
    ctx = attribution._Context(text, list(ex.quotes), paras)
    toks = tokenize(text, start, start + width)
    plain = [t for t in toks if not ctx.inside_quote(t.start)]
    assert attribution._strip_quote_tokens(list(toks), ctx) == plain


def test_stripping_quoted_tokens_from_a_window_with_and_without_quotes() -> None:
    text = 'Ana said "we won the vote" and Ben agreed.'
    ex, paras = extract_with_paragraphs(text, Config())
    ctx = attribution._Context(text, list(ex.quotes), paras)
    words = [t.text for t in attribution._strip_quote_tokens(tokenize(text, 0, len(text)), ctx)]
    assert words == ["Ana", "said", "and", "Ben", "agreed", "."]
    assert [t.text for t in attribution._strip_quote_tokens(tokenize(text, 0, 8), ctx)] == [
        "Ana",
        "said",
    ]
    assert attribution._strip_quote_tokens(tokenize(text, 10, 24), ctx) == []
    # From inside the quote to past it: only the words after it.
    after = attribution._strip_quote_tokens(tokenize(text, 14, 34), ctx)
    assert [t.text for t in after] == ["and", "Ben"]


@pytest.mark.parametrize(
    "text",
    [
        "S--",
        "S\x00--",
        "S-\u200d-",
        "ab-\x00\x00-cd",
        "a - - b",
        "x-" + "\u200b" * 70 + "-y",
        "S-x-y",
    ],
)
def test_a_window_cut_inside_a_dash_or_a_joined_word_reads_as_tokenised_alone(text: str) -> None:
    # Read on, "S--" is a word and a dash; cut after the first hyphen, "S-" is one
    # word: the gap's slice must not hand on the reading of the longer scan.
    gap = attribution._Gap(text, 0, len(text), len(text))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert gap.window(start, end) == tokenize(text, start, end), (start, end)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aS -\u200d\x00.", max_size=24))
@example("S--")
def test_every_window_of_a_short_gap_is_the_window_tokenised_on_its_own(text: str) -> None:
    gap = attribution._Gap(text, 0, len(text), len(text))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert gap.window(start, end) == tokenize(text, start, end), (start, end)
