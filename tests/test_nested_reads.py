"""Quotes inside a quote read a bounded stretch of it (issue 12: a quote left open
before many quoted phrases made every phrase read back to the open mark)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import Config, parse
from quoteverify.model import Quote
from quoteverify.speakers import attribution
from quoteverify.text import kinds
from quoteverify.text.spans import extract_with_paragraphs


def _open_before_phrases(n: int) -> str:
    # One mark left open, then n sentences' worth of quoted phrases: all nested in it.
    return 'Lena Park said: "' + "".join(
        f'the coach kept saying "pass {i}" and then "run {i}" while ' for i in range(n)
    )


def _widest_windows(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    import inspect

    widest: dict[str, int] = {}
    tokens = attribution._Context.tokens

    def recording(self: Any, start: int, end: int) -> Any:
        stack = inspect.stack()
        caller = stack[1].function
        if caller == "words_before":  # a site's reading, for the row that asked it
            caller = stack[2].function
        widest[caller] = max(widest.get(caller, 0), end - start)
        return tokens(self, start, end)

    monkeypatch.setattr(attribution._Context, "tokens", recording)
    parse(text)
    monkeypatch.setattr(attribution._Context, "tokens", tokens)
    return widest


def test_phrases_inside_an_open_quote_read_windows_that_do_not_grow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _widest_windows(_open_before_phrases(30), monkeypatch)
    large = _widest_windows(_open_before_phrases(240), monkeypatch)
    assert small["find_nested_cue"] <= attribution._BEFORE
    assert large == small  # four times the phrases, no window wider


def test_every_phrase_inside_an_open_quote_is_still_nested_and_found() -> None:
    art = parse(_open_before_phrases(60))
    assert len(art.quotes) == 121
    assert all(q.depth == 1 and q.parent == 0 for q in art.quotes[1:])


def test_a_cue_inside_a_long_outer_quote_still_names_the_inner_speaker() -> None:
    # The cue stands near the inner quote; the outer quote's first 400 characters are
    # beyond the window and do not matter.
    filler = " ".join(["we rowed past the mill and spoke of the old harbour"] * 8)
    text = f"Tom Hale said: \"{filler}, and my uncle always told me 'keep rowing' then.\""
    inner = parse(text).quotes[1]
    assert inner.text == "keep rowing"
    assert inner.speaker is not None and inner.speaker.name.lower() == "my uncle"


def _walk_back(q: Quote, quotes: list[Quote]) -> Quote | None:
    # The definition: the latest-starting quote before q whose words hold q.
    if q.depth == 0:
        return None
    for outer in reversed([o for o in quotes if o.outer_start < q.outer_start]):
        if outer.start <= q.outer_start and q.outer_end <= outer.end:
            return outer
    return None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,\"'“”‘’«»", max_size=80))
@example("“He called it ‘the «best» deal, and left,” she said.")
@example('"a \'b "c" d\' e "f" g"')
def test_the_holder_of_a_quote_is_the_latest_quote_before_it_that_holds_it(text: str) -> None:
    ex, paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    ctx = attribution._Context(text, quotes, paras)
    for q in quotes:
        assert attribution._holder(q, ctx) is _walk_back(q, quotes)


# Texts whose marks nest deeply: words, stops and every pairing of marks, so that
# many quotes sit inside others (the case ``outside_around`` answers).
_NESTING = st.lists(
    st.sampled_from(
        [
            *("Ana said: ", "told me ", "and ", "x1 ", ". ", ", "),
            *('"', "'", "“", "”", "‘", "’", "«", "»"),
        ]
    ),
    max_size=40,
).map("".join)


def _per_token(toks: list[Any], ctx: Any, q: Quote) -> list[Any]:
    # The definition: each token asked on its own.
    return [t for t in toks if not ctx.inside_quote(t.start, around=q)]


@settings(max_examples=300, deadline=None)
@given(_NESTING, st.integers(min_value=0, max_value=40))
@example('Lena Park said: "the coach kept saying "pass 1" and then "run 1" while ', 0)
@example("“He called it ‘the «best» deal, and left,” she said.", 3)
@example('"a \'b "c" d\' e "f" g"', 0)
def test_tokens_outside_the_quotes_around_a_nested_quote_match_the_per_token_answer(
    text: str, back: int
) -> None:
    ex, paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    ctx = attribution._Context(text, quotes, paras)
    if not ctx.nested:
        return
    for q in quotes:
        if q.depth == 0:
            continue
        for start in (0, max(0, q.outer_start - back), q.outer_start // 2):
            toks = ctx.tokens(start, q.outer_start)
            assert ctx.outside_around(toks, q) == _per_token(toks, ctx, q)
        # A window reaching past the quote too: stretches on both sides of it.
        toks = ctx.tokens(0, len(text))
        assert ctx.outside_around(toks, q) == _per_token(toks, ctx, q)


def _answers(text: str, config: Config | None = None) -> list[Quote]:
    # Each quote whole: its span, kind, cue and speaker.
    return list(parse(text, config=config).quotes)


# Every row on every quote: past the budget a phrase reads only the gaps beside it.
_NO_BUDGET = Config(attribution_budget=None)


def test_the_cue_before_a_nested_quote_is_read_once_for_two_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The nested row and the cue-before row read the same tokens for most phrases:
    # the second reading is the first's, and each answer is what a fresh reading gives.
    text = _open_before_phrases(120)
    calls = 0
    before = attribution._before

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return before(*args)

    monkeypatch.setattr(attribution, "_before", counting)
    shared = _answers(text, _NO_BUDGET)
    once = calls
    monkeypatch.setattr(
        attribution.Site,
        "before_in",
        lambda site, toks: attribution._before(site.q, site.ctx, site.lo, toks),
    )
    calls = 0
    assert _answers(text, _NO_BUDGET) == shared
    # Past the paragraph's first 1,000 characters the two windows are one (the
    # sentence is read from 320 characters back): each phrase there is read once.
    assert once < calls * 0.6


# Pieces of generated texts: stops, commas and quote marks of two styles.
_MARKS_AND_STOPS = (". ", ", ", '"', "'", "“", "”")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Ana Ruiz said: ",
                "my aunt told me ",
                "the coach kept saying ",
                "and then ",
                "he added ",
                "while ",
                *_MARKS_AND_STOPS,
                "pass 1 ",
                "\n",
            ]
        ),
        max_size=50,
    ).map("".join)
)
def test_answers_with_the_shared_reading_are_the_fresh_ones(text: str) -> None:
    fresh = attribution.Site.before_in

    def unshared(site: Any, toks: list[Any]) -> Any:
        return attribution._before(site.q, site.ctx, site.lo, toks)

    shared = _answers(text)
    setattr(attribution.Site, "before_in", unshared)  # noqa: B010 - a test's stand-in
    try:
        assert _answers(text) == shared
    finally:
        setattr(attribution.Site, "before_in", fresh)  # noqa: B010


_TWO_INNER = "Lena Park said: \"Tom Hale told me 'go' and the wind blew 'stop'\""


def _site_of_stop() -> tuple[str, Any, Quote, Any]:
    # The text, its context, the quote 'stop' nested in Lena Park's, and its site.
    text = _TWO_INNER
    ex, paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    ctx = attribution._Context(text, quotes, paras)
    q = quotes[2]
    assert q.text == "stop"
    return text, ctx, q, attribution.Site(q, ctx, ctx.para_of(q.outer_start), quotes, None, idx=2)


def test_a_site_reads_each_new_list_of_tokens_afresh() -> None:
    # Two lists of four tokens each, asked in turn: the second is read, not taken for
    # the first; asking the first again gives its own answer again.
    text, ctx, q, site = _site_of_stop()
    told = ctx.tokens(text.index("Tom"), text.index(" 'go'"))
    wind = ctx.tokens(text.index("and"), text.index(" 'stop'"))
    assert len(told) == len(wind) == 4
    for toks in (told, wind, told, list(wind)):
        fresh = attribution._before(q, ctx, site.lo, toks)
        assert site.before_in(toks) == fresh
    found = site.before_in(told)
    assert found is not None and found.mention is not None
    assert found.mention.text == "Tom Hale"
    assert site.before_in(wind) is None


def test_a_site_reads_the_words_before_it_from_each_start_asked() -> None:
    text, ctx, q, site = _site_of_stop()
    for start in (0, text.index("and"), text.index("and"), 17, 0):
        words = site.words_before(start)
        assert words == attribution._strip_quote_tokens(ctx.tokens(start, q.outer_start), ctx, q)
    # The words of the quote that holds it stay; those of 'go' do not.
    assert [t.text for t in site.words_before(17)] == [
        *("Tom", "Hale", "told", "me", "and", "the", "wind", "blew")
    ]


def _fragment_unbounded(text: str, q: Quote, outer: Quote) -> str | None:
    # The definition: the outer quote's words before and after the fragment, whole.
    lead = text[outer.start : q.outer_start]
    if not kinds.nested_fragment(q.text, lead, text[q.outer_end : outer.end]):
        return None
    return "none" if kinds._after_determiner(kinds._words(lead[-20:])) else "inside"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Ana said: ",
                "we were told the ",
                "he called it ",
                "I heard ",
                "and ",
                "the coach kept saying ",
                "a long stretch of words without any cue at all ",
                "pass 1",
                "me ",
                "said ",
                "extraordinarily ",
                "          ",
                *_MARKS_AND_STOPS,
            ]
        ),
        max_size=40,
    ).map("".join)
)
@example('Lena Park said: "the coach kept saying "pass 1" and then "run 1" while ')
@example("\"We were told the 'temporary' closure and a long stretch of words would last\"")
@example("\"He said extraordinarily unbelievably 'odd' then\"")  # a cue 33 characters back
@example("\"'odd'                               then\"")  # a word 36 characters on
def test_a_fragment_reads_the_words_beside_it_as_the_whole_outer_quote_tells(text: str) -> None:
    ex, _paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    for q in quotes:
        if q.parent is not None:
            outer = quotes[q.parent]
            assert kinds.fragment_in_quote(text, q, outer) == _fragment_unbounded(text, q, outer)


def test_a_fragment_late_in_a_long_outer_quote_copies_a_bounded_stretch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widest = 0
    nested = kinds.nested_fragment

    def recording(content: str, lead: str, tail: str) -> bool:
        nonlocal widest
        widest = max(widest, len(lead), len(tail))
        return nested(content, lead, tail)

    monkeypatch.setattr(kinds, "nested_fragment", recording)
    parse(_open_before_phrases(200))  # about 11,000 characters in one open quote
    assert 0 < widest <= kinds._FRAGMENT_REACH
