"""A dense run's quotes share their whole answer (issue 12): past the attribution
budget, a quote at depth 0 whose rows read the same things as an earlier quote's
(:func:`attribution._answer_key`: its kind and length, the window before it, the
after-quote key, the comma test, the word in the gap before it, a first-person word
in it) takes that quote's row and answer, moved to its own offsets. Each answer must
be the one the rows give the quote when nothing is shared."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import attribution
from tests.test_dense_lead_in import _PIECE as LEAD_IN_PIECES
from tests.test_dense_lead_in import _rows

# More pieces: quotes of other lengths and with first-person words, pronouns for more
# than one person or for a thing as subjects of a cue after the quote, lower-case
# fragments and titles (other kinds), numbered quotes as the benchmark's families write
# them, and a quote right after a paragraph's start.
_PIECE = st.one_of(
    LEAD_IN_PIECES,
    st.sampled_from(
        ['"I go," ', '"A go," ', '"me too," ', '"my way," ', '"Mel," ', "they said ",
         "it read ", " they told us, ", '"a\x00b7," ', '"a\x00b17," ', '"a\x00b170," ',
         "she said\x00 \x00", '"c\x00", ', '"go on" ', '"The Long Road" ', "\n"]
    ),
)  # fmt: skip


def _unshared(text: str, budget: int) -> list[Any]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_answer_key", lambda *_, **__: None)
        return _rows(text, budget)


# Two quotes of the same shape, one speaking as one person: *they* is no speaker of
# the first. (A short quote between them, so that what follows each cue is the same.)
_SINGULAR = ['"x", ', '"I go," ', "they said ", '"x", ', '"A go," ', "they said "] * 6
# Windows before a quote, and after it, of the same length that differ in a letter.
_BEFORE = ['"x" ', "Ana said, ", '"a," ', '"x" ', "Ben said, ", '"a," '] * 6
_AFTER = ['"x", ', '"a," ', "Ana said ", '"x", ', '"a," ', "Ben said "] * 6
# The same window after quotes of three lengths: the cue's offsets are counted from
# the quote's end.
_LENGTHS = ['"a\x00b7," ', "she said\x00 \x00", '"c\x00", '] * 4 + [
    '"a\x00b17," ',
    "she said\x00 \x00",
    '"c\x00", ',
    '"a\x00b170," ',
    "she said\x00 \x00",
    '"c\x00", ',
] * 4
# The benchmark's character family: two shapes of quote, one answer each.
_FAMILY = ['"a\x00b7," ', "she said\x00 \x00", '"c\x00", '] * 30


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_PIECE, min_size=4, max_size=80), budget=st.sampled_from([1, 2, 3]))
@example(pieces=_SINGULAR, budget=1).via("two quotes alike but for a first-person word")
@example(pieces=_BEFORE, budget=1).via("windows before the quote of one length")
@example(pieces=_AFTER, budget=1).via("windows after the quote of one length")
@example(pieces=_LENGTHS, budget=1).via("one window after quotes of three lengths")
@example(pieces=_FAMILY, budget=2).via("the benchmark's family")
def test_a_shared_answer_is_the_answer_of_the_rows(pieces: list[str], budget: int) -> None:
    text = "".join(pieces)
    assert _rows(text, budget) == _unshared(text, budget)


def test_the_examples_share_answers_and_keep_their_own_offsets() -> None:
    # The examples above do share (a key read for each quote past the budget, and
    # answers taken from it), and each speaker stands at the quote's own offsets.
    for pieces in (_SINGULAR, _BEFORE, _AFTER, _LENGTHS, _FAMILY):
        text = "".join(pieces)
        rows = _rows(text, 1)
        assert rows == _unshared(text, 1)
        said = [f for _q, _r, f in rows if f.mention is not None]
        assert said and all(text[f.mention.start : f.mention.end] == f.mention.text for f in said)
    rows = _rows("".join(_SINGULAR), 1)
    assert {f.mention.text for _q, _r, f in rows if f.mention is not None} == {"they"}
    assert any(q.text == "I go," and f.mention is None for q, _r, f in rows)
    for pieces in (_BEFORE, _AFTER):
        rows = _rows("".join(pieces), 1)
        assert {f.mention.text for _q, _r, f in rows if f.mention is not None} == {"Ana", "Ben"}


def rows_and_asked(text: str, budget: int) -> tuple[list[Any], int]:
    """The rows of ``text`` and how many times the rows were asked for a quote
    (:func:`attribution._attribute_one`)."""
    calls: list[int] = []
    real = attribution._attribute_one

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_attribute_one", counted)
        return _rows(text, budget), len(calls)


def test_a_dense_run_asks_the_rows_once_per_shape() -> None:
    # 600 quotes of the character family past a budget of 16: the rows are asked for
    # the quotes within the budget and once for each shape of quote (the digits' count
    # changes the quote's length), not for every quote.
    text = "".join(f'"a\x00b{i}," she said\x00 \x00"c\x00", ' for i in range(300))
    rows, asked = rows_and_asked(text, 16)
    assert len(rows) == 600
    assert asked <= 17 + 2 * 4
    assert all(f.mention is not None for _q, _r, f in rows)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [("I go", True), ("give me that", True), ("my way", True), ("Mel", False),
     ("a\x00b17,", False), ("Imagine", False), ("", False)],
)  # fmt: skip
def test_a_first_person_word_is_found_as_the_pattern_finds_it(quote: str, expected: bool) -> None:
    assert attribution._speaks_as_one(quote) is expected
    assert (attribution._FIRST_SINGULAR.search(quote) is not None) is expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="IiMmeyn \x00,'’\u0301aé", max_size=12))
def test_the_first_letter_check_never_hides_a_first_person_word(quote: str) -> None:
    assert attribution._speaks_as_one(quote) is (
        attribution._FIRST_SINGULAR.search(quote) is not None
    )
