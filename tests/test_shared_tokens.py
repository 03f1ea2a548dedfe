"""Windows read from an earlier plain window's tokens (``TextLayer._read``) are
the tokens a fresh ``tokenize`` of the window gives, whatever windows came before."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text import layer as layer_module
from quoteverify.text.layer import TextLayer, tokenize

# Where a token's end depends on what follows it: hyphens (one is part of a word,
# two are a dash), initials with dots (U.S. against U.S), apostrophes, spaces of
# several kinds, the control characters that are tokens, and a few characters that
# send a window off the plain path (NUL, a joiner, an accented letter).
_PIECES = st.sampled_from(
    [
        "a", "b", "U", "S", "7", ".", "-", "--", "'", "’", " ", "  ", "\n", "\u00a0",
        "U.S.", "A.B", "Ann", "said", "don't", "“", "”", "(", "\x1c", "\x00", "\u200d", "é",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=50).map("".join)


_WINDOWS = st.lists(st.tuples(st.integers(-1, 90), st.integers(0, 90)), max_size=14)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, windows=_WINDOWS)
@example(text="Hale--who said", windows=[(0, 14), (0, 5)])  # "Hale-" when cut there
@example(text="x U.S.A and", windows=[(0, 11), (0, 6), (2, 9)])  # "U.S." cut, "U.S.A"
@example(text="x U.S. y", windows=[(0, 5), (0, 8)])  # "U" where the first ends, "U.S." on
@example(text="AB.C. we", windows=[(0, 8), (1, 8)])  # from inside a token: "B.C."
@example(text="ab cd-ef gh", windows=[(0, 6), (0, 11), (3, 11)])  # running on past it
def test_a_window_read_from_earlier_windows_equals_tokenize(
    text: str, windows: list[tuple[int, int]]
) -> None:
    layer = TextLayer(text)
    for a, width in windows:
        start = min(a, len(text))
        end = min(len(text), max(start, 0) + width)
        assert layer.tokens(start, end) == tokenize(text, start, end), (start, end)


def test_a_window_inside_an_earlier_one_is_not_tokenised_again() -> None:
    text = "Ann Roe, the county clerk, said on Monday that the roads would open."
    layer = TextLayer(text)
    layer.tokens(0, len(text))
    seen: list[tuple[int, int]] = []
    plain = layer_module._tokenize

    def counted(text: str, start: int, end: int) -> tuple[list[layer_module.Token], bool]:
        seen.append((start, end))
        return plain(text, start, end)

    original = layer_module._tokenize
    layer_module._tokenize = counted
    try:
        inner = layer.tokens(9, 40)
    finally:
        layer_module._tokenize = original
    assert inner == tokenize(text, 9, 40)
    assert seen and all(end - start < 10 for start, end in seen)  # only the cut tail
