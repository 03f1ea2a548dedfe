"""Paragraphs read with ``str.splitlines``: the same spans and the same hard-wrap
verdict as the reference split on ``_LINE_BREAK``, the pattern that names the line
ends (the split by lines is the one in C that ``paragraphs`` now makes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.text.paragraphs import (
    _LINE_BREAK,
    _hard_wrapped,
    _split_on,
    looks_hard_wrapped,
    paragraphs,
)

# Every character _LINE_BREAK ends a line at, and whitespace that ends none (the
# unit separator U+001F and the no-break and ideographic spaces are whitespace to
# str.strip but no line end).
_BREAKS = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
_SPACES = [" ", "\t", "\x1f", "\u00a0", "\u3000"]


def _reference_wrapped(text: str) -> bool:
    lines = wrapped = longest = 0
    for line in _LINE_BREAK.split(text):
        length = len(line.strip())
        if not length:
            continue
        lines += 1
        longest = max(longest, length)
        if 45 <= length <= 90:
            wrapped += 1
    return lines >= 4 and wrapped / lines >= 0.5 and longest <= 120


def _reference_paragraphs(text: str, mode: str = "auto") -> list[tuple[int, int]]:
    if mode == "auto":
        mode = "blank_line" if _reference_wrapped(text) else "newline"
    if mode == "blank_line":
        return paragraphs(text, "blank_line")  # (that path is unchanged)
    return _split_on(text, _LINE_BREAK)  # the split as it was made by lines


_piece = st.one_of(
    st.sampled_from(_BREAKS),
    st.sampled_from(_SPACES),
    st.text(alphabet="ab .", min_size=1, max_size=8),
    # Lines near the widths the hard-wrap test reads: 45, 90 and 120 characters.
    st.integers(40, 130).map(lambda n: "w" * n),
    st.integers(115, 130).map(lambda n: " " * 6 + "x" * (n - 6)),
)
_texts = st.lists(_piece, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_paragraphs_as_split_on_line_breaks(text: str) -> None:
    assert looks_hard_wrapped(text) == _reference_wrapped(text)
    assert paragraphs(text) == _reference_paragraphs(text)
    assert paragraphs(text, "newline") == _reference_paragraphs(text, "newline")


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_splitlines_breaks_where_the_pattern_does(text: str) -> None:
    # The equivalence the fast path rests on: the same lines, but for the empty one
    # after a final break, which neither reading counts.
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    assert text.splitlines() == lines
    assert _hard_wrapped(text.splitlines(keepends=True)) == _reference_wrapped(text)


def test_a_long_line_that_strips_short_does_not_decide() -> None:
    # 125 characters, 120 once stripped: not over the limit, so the lines decide.
    lines = ["     " + "x" * 120] + ["y" * 60] * 5
    text = "\n".join(lines)
    assert looks_hard_wrapped(text) is _reference_wrapped(text) is True
    assert looks_hard_wrapped(text + "\n" + "z" * 121) is False


def test_paragraphs_of_every_line_end() -> None:
    text = " One. \r\nTwo.\x85\x1f\x1fThree\x1f\u2028\n\u2029Four\x1c"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two.", "Three", "Four"]
    assert paragraphs(text) == _reference_paragraphs(text)
