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
        caller = inspect.stack()[1].function
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
