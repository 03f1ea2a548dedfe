"""A dense run's quotes share one kind (``kinds._Reader.shared_key``): what that
rests on, tested against the full path.

Two things make it safe. No test of ``kinds._classify`` reads which ASCII digit
stands where (a run numbered ``b1``, ``b2``, ... reads the same to it), and in a
paragraph with no sentence punctuation a quote whose windows are whole reads
nothing else but what its key holds. The first is checked by writing other
digits into generated texts, the second by comparing a reader that shares
answers with one that decides every quote. Quotes nested in a quote left open
before a run are read in its words, and share there too.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind
from quoteverify.config import Config
from quoteverify.text import kinds
from quoteverify.text.spans import extract_with_paragraphs

_DIGITS = "0123456789"

# Numbered pieces of dense runs ({} is the piece's number), each with variants that
# differ in a letter or two (a cue word or not, a naming word or not, a capital):
# a run mixes them, so windows that differ in letters stand at the same offsets.
_NUMBERED = st.sampled_from(
    [
        ('"a\x00b{}," she said\x00 \x00"c\x00", ', '"a\x00b{}," she sand\x00 \x00"c\x00", '),
        ('"a\u200fb{}," she said\u200f \u200f"c\u200f", ',
         '"a\u200fb{}," She said\u200f \u200f"C\u200f", '),
        ('"a\u0301b{}," she said\u0301 \u0301"c\u0301", ',),
        ('"Yes {}," Ana said, "no," Ben replied, ', '"yes {}," Ana said, "No," Ben replies, '),
        ('the mayor called it "plan {}" and then "step {}" while ',
         'the mayor culled it "plan {}" and then "Step {}" while '),
        ('The gala shows "Film {}", ', 'The gala shows "film {}", '),
        ('"key{}": "value {}", ', '"key{}": "Value {}", '),
        ('fans call B{} "Iron Jon", ', 'fans coll B{} "Iron Jon", '),
        ('known as the "Big Grab" B{} and ', 'known as the "big grab" B{} and '),
        ('he sang "Go Team{}" and ', 'he sang "go team{}" but '),
        ('"w{}" ', '"W{}" '),
        ("«{}» ",),
    ]
)  # fmt: skip
# What stands before a run: nothing, a new paragraph (one that opens on a speaker and
# a colon), a stop, spaces, a long word, a cue, a number with a stop in it, a quote
# left open (the run's quotes are read in its words: a speaker and a colon open them
# or not).
_BEFORE_RUN = st.sampled_from(
    ["", "\n\n", "\n\nAna: ", ". ", "She won.\n\n", "Dr. ", " " * 30, "x" * 40 + " ", "said ",
     "3.5 ", 'Lena Park said: "', "\n\nAna said “", "\n\n“Ana: ", " and “"]
)  # fmt: skip

_Span = tuple[int, int, tuple[int, int], "tuple[int, int] | None"]


def _spans(text: str) -> tuple[list[_Span], list[tuple[int, int]]]:
    # Each quote's words, its span with the marks and, nested, the words around it.
    extraction, paras = extract_with_paragraphs(text, Config())
    quotes = list(extraction.quotes)
    spans = [
        (
            q.start,
            q.end,
            (q.outer_start, q.close_mark.end if q.close_mark else q.end),
            None if q.parent is None else (quotes[q.parent].start, quotes[q.parent].end),
        )
        for q in quotes
    ]
    return spans, paras


def _shares_as_each_is_decided(text: str) -> None:
    """The reader that shares answers gives every quote of ``text`` the answer of the
    reference, which decides each quote alone."""
    spans, paras = _spans(text)
    shared = kinds._Reader(text, paras)
    alone = kinds._Reader(text, paras, shared=False)
    for start, end, outer, inside in spans:
        assert kinds._classify(shared, start, end, outer, inside) == kinds._classify(
            alone, start, end, outer, inside
        ), (text[outer[0] - 40 : outer[1] + 40], start)


def _count_decisions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """``kinds._decide`` counted from now on: the one item of the list returned."""
    decided = [0]
    decide = kinds._decide

    def counting(*args: Any, **kwargs: Any) -> Any:
        decided[0] += 1
        return decide(*args, **kwargs)

    monkeypatch.setattr(kinds, "_decide", counting)
    return decided


@st.composite
def _runs(draw: st.DrawFn) -> str:
    """A text of one or more dense runs, numbered from some start, each piece one of
    its variants, with other text before each run."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        parts.append(draw(_BEFORE_RUN))
        variants = draw(_NUMBERED)
        first = draw(st.integers(0, 120))
        count = draw(st.integers(1, 45))
        parts.extend(
            draw(st.sampled_from(variants)).format(n, n) for n in range(first, first + count)
        )
    return "".join(parts)


@settings(max_examples=120, deadline=None)
@given(_runs(), st.lists(st.sampled_from(_DIGITS), min_size=10, max_size=10))
@example('"a\x00b{}," she said\x00 \x00"c\x00", ' * 3, list("9876543210"))
@example("Ana: " + '"Yes 7," Ana said, "no," Ben replied, ' * 30, list("1111111111"))
def test_no_reading_of_a_quote_tells_which_digit_stands(text: str, digits: list[str]) -> None:
    # Every ASCII digit replaced by another (some may merge): the same spans read in
    # the new text give the same kind and confidence, and the reason with the same
    # replacement made (a reason that quotes the window quotes its digits).
    table = str.maketrans(_DIGITS, "".join(digits))
    other = text.translate(table)
    spans, paras = _spans(text)
    before = kinds._Reader(text, paras, shared=False)
    after = kinds._Reader(other, paras, shared=False)
    for start, end, outer, inside in spans:
        kind, confidence, reason = kinds._classify(before, start, end, outer, inside)
        assert kinds._classify(after, start, end, outer, inside) == (
            kind,
            confidence,
            reason.translate(table),
        )


@settings(max_examples=150, deadline=None)
@given(_runs())
@example('"a\x00b1," she said\x00 \x00"c\x00", ' * 60)
@example("".join(f'the mayor called it "plan {n}" and then "step {n}" while '
                 for n in range(95, 140)))  # fmt: skip
@example("She won.\n\n" + " " * 30 + '"key1": "value 1", ' * 40)
# Two paragraphs, the same run in each: a speaker and a colon open the first (a cue for
# every quote in it), a naming word stands in the second (no longer quiet).
@example("Ana: " + '"w1" ' * 40 + "\n\n" + '"w1" ' * 40)
@example('"w1" ' * 40 + "\n\n" + '"w1" ' * 40 + "known as " + '"w1" ' * 40)
def test_a_dense_run_shares_the_answers_each_quote_would_get(text: str) -> None:
    # The reference decides every quote; the reader that shares answers must give
    # the same, for the quotes that share and for those (near a paragraph's edge,
    # before the run is dense) that do not.
    _shares_as_each_is_decided(text)


def test_the_quotes_of_a_numbered_run_share_one_key() -> None:
    text = "".join(f'"a\x00b{n}," she said\x00 \x00"c\x00", ' for n in range(100, 400))
    spans, paras = _spans(text)
    reader = kinds._Reader(text, paras)
    for start, end, outer, inside in spans:
        kinds._classify(reader, start, end, outer, inside)
    assert len(spans) == 600
    # Two answers for the run (its "a…b…," quotes and its "c…" ones), and one for each
    # of the last dozen quotes, whose windows the paragraph's end cuts short.
    assert len(reader._answers) <= 2 + 12


def test_the_phrases_of_a_quote_left_open_share_their_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every phrase is nested in the open quote: read in its words, and shared there.
    text = 'Lena Park said: "' + "".join(
        f'the coach kept saying "pass {n}" and then "run {n}" while ' for n in range(100, 400)
    )
    spans, paras = _spans(text)
    assert len(spans) == 601 and all(inside is not None for *_, inside in spans[1:])
    decided = _count_decisions(monkeypatch)
    reader = kinds._Reader(text, paras)
    for start, end, outer, inside in spans:
        kinds._classify(reader, start, end, outer, inside)
    # The first 17 (before the run is dense), then one answer for the "pass" phrases
    # and one for the "run" ones, and one for each of the last few (the quote's end
    # is near).
    assert len(reader._answers) <= 2 + 12
    assert decided[0] <= 17 + 2 + 12


def test_an_answer_whose_reason_prints_a_digit_is_not_shared() -> None:
    text = '"a," "b," ' * 40
    reader = kinds._Reader(text, [(0, len(text))])
    key = (0, 0, kinds._LOUD, 161, 162, 164, "x")
    reader.remember(key, (QuoteKind.NON_SPEECH, 0.7, "named by the frame 'plan 3'"))
    assert key not in reader._answers
    reader.remember(key, (QuoteKind.NON_SPEECH, 0.7, "named by the frame 'plan'"))
    assert key in reader._answers


# Sentence punctuation dropped between the pieces of a run, inside its paragraph: a
# stop of a sentence, of a title, of a number, of a question, of an ellipsis.
_STOPS_IN_RUN = st.sampled_from(["It rained. ", "Dr. ", "3.5 ", "Why? ", "so… ", "Go! ", "x."])


@st.composite
def _runs_with_stops(draw: st.DrawFn) -> str:
    """One paragraph: a dense run whose pieces are now and then followed by a stop,
    and which may end on one."""
    variants = draw(_NUMBERED)
    first = draw(st.integers(0, 120))
    parts = [draw(_BEFORE_RUN)]
    for n in range(first, first + draw(st.integers(18, 60))):
        parts.append(draw(st.sampled_from(variants)).format(n, n))
        if draw(st.integers(0, 14)) == 0:
            parts.append(draw(_STOPS_IN_RUN))
    parts.append(draw(st.sampled_from(["", ".", " now.", "\n\nThe end."])))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(_runs_with_stops())
@example("The gala shows " + "".join(f'"Film {n}", ' for n in range(40)) + ".")
@example("".join(f'"a\x00b{n}," she said\x00 \x00"c\x00", ' for n in range(30))
         + "It rained. " + '"w1" ' * 30)  # fmt: skip
@example('"w1" ' * 25 + "Dr. " + '"W1" ' * 25 + "3.5 " + '"w1" ' * 25)
def test_a_run_with_stops_in_its_paragraph_shares_what_each_quote_would_get(text: str) -> None:
    # A stop somewhere in the paragraph: a quote with none within its reach shares its
    # answer, one near a stop is decided alone, and both read as the reference does.
    _shares_as_each_is_decided(text)


def test_a_list_of_titles_ending_on_a_stop_shares_its_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The paragraph's only stop is its last character: every title but the last
    # dozen or so has none within reach, and shares one answer.
    text = "The gala shows " + "".join(f'"Film {n}", ' for n in range(100, 400)) + "."
    spans, paras = _spans(text)
    assert len(spans) == 300
    decided = _count_decisions(monkeypatch)
    reader = kinds._Reader(text, paras)
    answers = [kinds._classify(reader, *span) for span in spans]
    assert decided[0] <= 17 + 2 + 14
    assert answers == [kinds._classify(kinds._Reader(text, paras, shared=False), *s) for s in spans]
