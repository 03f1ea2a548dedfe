"""The attribution budget: a long run of quotes with no sentence stop between them
gets only the cue-beside-the-quote rows past ``Config.attribution_budget`` quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify import Config
from quoteverify.errors import OptionError, OptionTypeError
from quoteverify.speakers import attribution
from quoteverify.speakers.rules import fired
from quoteverify.text.spans import extract_with_paragraphs


def _runs(text: str) -> list[int]:
    ex, paras = extract_with_paragraphs(text, Config())
    quotes = list(ex.quotes)
    return attribution._run_lengths(text, quotes, attribution._Context(text, quotes, paras))


def test_a_stop_between_quotes_or_a_new_paragraph_starts_a_new_run() -> None:
    assert _runs('"a" "b" "c"') == [0, 1, 2]
    assert _runs('"a" "b". "c" "d"') == [0, 1, 0, 1]
    assert _runs('"a" "b"\n"c" "d"') == [0, 1, 0, 1]
    # A stop inside a quote does not end the run: only the text between quotes counts.
    assert _runs('"a." "b!" "c?"') == [0, 1, 2]


def test_a_nested_quote_takes_the_run_of_the_quote_that_holds_it() -> None:
    assert _runs('"a" "b \'c\' d" "e"') == [0, 1, 1, 2]


def test_past_the_budget_only_the_rows_beside_the_quote_are_tried() -> None:
    # A cue clause closing the sentence after a dozen quotes: without the budget the
    # cue-closes-sentence row answers every quote, with it only the first four and
    # the last (whose cue is right after it).
    text = " ".join(f'"w{i}"' for i in range(12)) + ", Ana Ruiz said."
    unbounded = fired(text, config=Config(attribution_budget=None))
    bounded = fired(text, config=Config(attribution_budget=3))
    assert [rule.name for _q, rule, _f in unbounded if rule is not None][:11] == [
        "cue-closes-sentence"
    ] * 11
    assert bounded[:4] == unbounded[:4]
    assert [rule for _q, rule, _f in bounded[4:11]] == [None] * 7
    assert bounded[-1] == unbounded[-1]
    assert bounded[-1][1] is not None and bounded[-1][1].name == "after-quote"


def test_a_cue_beside_a_quote_past_the_budget_still_names_its_speaker() -> None:
    text = ", ".join(f'"Point {i}," Ana Ruiz said' for i in range(40))
    art = quoteverify.parse(text, config=Config(attribution_budget=2))
    assert len(art.quotes) == 40
    assert all(q.speaker is not None and q.speaker.name == "Ana Ruiz" for q in art.quotes)
    last = " ".join(f'"w{i}"' for i in range(40)) + ' and Ana Ruiz said "we will win" today'
    quote = quoteverify.parse(last, config=Config(attribution_budget=2)).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("bad", [0, -1])
def test_a_budget_must_be_a_positive_whole_number_or_none(bad: object) -> None:
    with pytest.raises(ValueError, match="attribution_budget") as info:
        Config(attribution_budget=bad)  # type: ignore[arg-type]
    assert isinstance(info.value, OptionError)


@pytest.mark.parametrize("bad", [True, 2.5, "16"])
def test_a_budget_of_another_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="attribution_budget") as info:
        Config(attribution_budget=bad)  # type: ignore[arg-type]
    assert isinstance(info.value, OptionTypeError)


_PIECE = st.sampled_from(
    [
        '"We won," ',
        "Ana Ruiz said ",
        "she told me ",
        '"yes" ',
        "and ",
        ", ",
        ". ",
        "\n",
        '"It is over." ',
        "according to Ben Cole, ",
        "“fine” ",
        "he added: ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECE, max_size=40), st.integers(min_value=1, max_value=6))
def test_below_the_budget_the_answers_are_those_without_it(pieces: list[str], budget: int) -> None:
    text = "".join(pieces)
    free = quoteverify.parse(text, config=Config(attribution_budget=None)).quotes
    bounded = quoteverify.parse(text, config=Config(attribution_budget=budget)).quotes
    runs = _runs(text)
    over = next((i for i, r in enumerate(runs) if r > budget), len(runs))
    # Every quote before the first one past the budget is answered as without it
    # (the turns pass reads later quotes, so only the attribution is compared there).
    for a, b in zip(free[:over], bounded[:over], strict=True):
        assert (a.speaker_mention, a.cue) == (b.speaker_mention, b.cue)
    if over == len(runs):
        assert free == bounded


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECE, max_size=40), st.integers(min_value=1, max_value=4))
def test_past_the_budget_a_quote_is_answered_by_a_beside_row_or_not_at_all(
    pieces: list[str], budget: int
) -> None:
    text = "".join(pieces)
    rows = fired(text, config=Config(attribution_budget=budget))
    for (_q, rule, _found), run in zip(rows, _runs(text), strict=True):
        if run > budget and rule is not None:
            assert rule.name in attribution._BUDGET_ROWS


_DENSE_PIECE = st.sampled_from(
    ['"k": ', '"v", ', "“t” ", "'s' ", ", ", ": ", "— ", "Ana said ", "said Ben, ", "(", ") "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_DENSE_PIECE, min_size=5, max_size=60), st.integers(min_value=1, max_value=3))
def test_skipping_a_quote_with_no_word_beside_it_gives_what_its_rows_give(
    pieces: list[str], budget: int
) -> None:
    text = "".join(pieces)
    fast = fired(text, config=Config(attribution_budget=budget))
    real = attribution._no_word_beside
    try:
        attribution._no_word_beside = lambda *_: False  # type: ignore[assignment]
        slow = fired(text, config=Config(attribution_budget=budget))
    finally:
        attribution._no_word_beside = real  # type: ignore[assignment]
    assert fast == slow
