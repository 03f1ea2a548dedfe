"""The marks of a text are found from their candidate characters, as the pattern that
spells out which characters are marks finds them (text/marks.py: iter_marks's scan)."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text.marks import (
    _LONG_BY_FIRST,
    _MARK_START,
    _SINGLE,
    MARKS,
    _in_word,
    char_class,
    iter_marks,
    mark_chars,
)

# The pattern the marks were found by, kept as the reference: the two-character marks,
# every other one-character mark, and a single mark unless it stands between a letter
# or digit and a letter.
_APOSTROPHES = "'’‘"
_REFERENCE = regex.compile(
    "|".join(c for c in MARKS if len(c) > 1)
    + "|["
    + char_class("".join(c for c in mark_chars() if c not in _APOSTROPHES))
    + r"]|(?<![\p{L}\p{N}])['’‘]|['’‘](?!\p{L})",
)


def _reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _REFERENCE.finditer(text)]


def _mark_spans(text: str) -> list[tuple[int, int]]:
    # The scan iter_marks makes of its candidates, step by step: past the last mark,
    # a two-character mark where one opens, else one character, unless a single mark
    # stands inside a word.
    out: list[tuple[int, int]] = []
    done = 0
    for m in _MARK_START.finditer(text):
        at = m.start()
        if at < done:
            continue
        long = _LONG_BY_FIRST.get(text[at])
        if long is not None and text.startswith(long, at):
            done = at + len(long)
        elif text[at] in _SINGLE and 0 < at < len(text) - 1 and _in_word(text, at):
            continue
        else:
            done = at + 1
        out.append((at, done))
    return out


_PIECES = st.sampled_from(
    [
        *("'", "’", "‘", "''", "``", "`", '"', "“", "”", "„", "«", "»", "‚", "‹", "›"),
        *("「", "」", "『", "』", "a", "Z", "7", "é", "Ж", "\u0663", "\u0301", "\u00b2"),
        *(" ", "\n", ".", ",", "-", "don", "t", "90s", "rock", "n", "Ana", "\u200d"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
@example("``Don't,'' she said. ‘It’s the 90’s,’ he wrote; 'rock 'n' roll'.")
@example("'''’’‘‘``` `'")
@example("Zoë’s café’s \u0663'x a\u0301'b Ж'Ж 9'9 x'\u00b2")
def test_the_marks_are_the_reference_pattern_s_matches(text: str) -> None:
    assert _mark_spans(text) == _reference(text)
    # iter_marks keeps no mark that the pattern does not find
    assert {(m.start, m.end) for m in iter_marks(text)} <= set(_reference(text))


def test_a_single_mark_beside_every_ascii_character_reads_as_the_reference() -> None:
    # A single mark after each character (letter, digit or neither) and before it
    # (letter or not): in ASCII the lookarounds are told by str.isalnum and
    # str.isalpha; outside it, by the pattern's own classes (a few here).
    for c in [*map(chr, range(0x80)), "é", "Ж", "\u0663", "\u0301", "\u00b2", "\u2019", "ǅ"]:
        for text in (f"{c}'{c}", f"{c}’a", f"a‘{c}"):
            assert _mark_spans(text) == _reference(text), hex(ord(c))


def test_iter_marks_reads_each_span_found() -> None:
    # Two apostrophes are one straight double mark; the apostrophe of a word is none.
    text = "She said ''no'' and didn't ‘care’."
    assert [(m.start, m.end, m.char) for m in iter_marks(text)] == [
        (9, 11, "''"),
        (13, 15, "''"),
        (27, 28, "‘"),
        (32, 33, "’"),
    ]
