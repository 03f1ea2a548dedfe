"""Reads that cost a long document more per MB than its articles, cut, and the
equivalence each cut relies on.

- ``attribution.find_cleft_after`` matches the gap after a quote and then the
  words *It was*, in two patterns: the one pattern that held both looked for the
  words through the rest of the text before it tried the quote's end (a scan per
  quote in a long document). The gap is possessive, so the two steps match where
  the one pattern matched, and end where it ended.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import attribution

# The one pattern the cleft rule read before the cut: the reference.
_ONE_PATTERN = regex.compile(r"[ \t]*+(?:\r?+\n[ \t]*+){0,2}+It was[ \t]++")


def _two_steps(text: str, pos: int) -> int | None:
    """Where the cleft rule's two patterns end after ``pos`` (None: no match)."""
    gap = attribution._CLEFT_GAP.match(text, pos).end()
    m = attribution._CLEFT_HEAD.match(text, gap) if text.startswith("It was", gap) else None
    return None if m is None else m.end()


_PIECES = [" ", "\t", "\n", "\r", "\r\n", "It was", "It was ", "it was ", "I", "x", "It"]


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=12), pos=st.integers(0, 40))
def test_cleft_gap_then_head_match_as_the_one_pattern(pieces: list[str], pos: int) -> None:
    text = "".join(pieces)
    pos = min(pos, len(text))
    m = _ONE_PATTERN.match(text, pos)
    assert _two_steps(text, pos) == (None if m is None else m.end())


def test_cleft_after_a_quote_far_from_the_text_s_end() -> None:
    text = '"We will wait," ' + "she said. " * 5 + "\nIt was Ana Ruiz who said it." + " x" * 500
    assert _two_steps(text, 15) is None
    start = text.index("\nIt was") - 1
    assert _two_steps(text, start) == text.index("Ana")


def test_cleft_gap_takes_two_line_breaks_and_no_third() -> None:
    for text in ("\n \nIt was Ana", "\n\n\nIt was Ana", "\r\n\t\r\nIt was Ana", " It wasn't"):
        m = _ONE_PATTERN.match(text, 0)
        assert _two_steps(text, 0) == (None if m is None else m.end())
    assert _two_steps("\n\nIt was Ana", 0) == 9
    assert _two_steps("\n\n\nIt was Ana", 0) is None
