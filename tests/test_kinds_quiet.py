"""What a dense paragraph lacks (``kinds._Reader.quiet``) is read from its runs of
letters, apostrophes and hyphens; an ASCII paragraph's runs are found by a ``re``
twin of the ``regex`` pattern. These tests pin that the two find the same runs."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.text import kinds

# Words, apostrophes of both kinds, hyphens, digits, NUL and other control
# characters, letters beyond ASCII (a capital whose lower case is ASCII among them).
_PIECES = st.sampled_from(
    ["said", "Ana", "o'clock", "well-known", "’", "'", "-", " ", "\x00", "\x1f", "9",
     "_", "é", "K", "İ", "ß", "\u200d", "\u0301", ",", '"', "\n"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=40).map("".join))
@example("the mayor's well-known \x00 plan_9")
@example("K is the kelvin sign")
def test_the_ascii_twin_finds_the_runs_the_pattern_finds(text: str) -> None:
    lowered = text.lower()
    assert kinds._letter_runs(lowered) == kinds._LETTER_RUN.findall(lowered)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_on_ascii_text_the_twin_is_used_and_agrees(text: str) -> None:
    assert text.isascii()
    assert kinds._ASCII_LETTER_RUN.findall(text) == kinds._LETTER_RUN.findall(text)
