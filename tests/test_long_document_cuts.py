"""Reads that cost a long document more per MB than its articles, cut, and the
equivalence each cut relies on.

- ``attribution.find_cleft_after`` matches the gap after a quote and then the
  words *It was*, in two patterns: the one pattern that held both looked for the
  words through the rest of the text before it tried the quote's end (a scan per
  quote in a long document). The gap is possessive, so the two steps match where
  the one pattern matched, and end where it ended.
- The lazy counts (``identity._NameCounts``, ``identity._WordUse``,
  ``turns._LowerWords``) read fewer names or words with whole-text scans before
  they index a text longer than any article (``identity._direct_reads``). Their
  answers do not depend on when the index is made: a text longer than the bound
  (the bound lowered here, so that short texts take that path) gets the plain
  answers, and a text of an article's length keeps its ``direct`` reads.
"""

from __future__ import annotations

import collections

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.speakers import attribution, identity, turns

# The one pattern the cleft rule read before the cut: the reference.
_ONE_PATTERN = regex.compile(r"[ \t]*+(?:\r?+\n[ \t]*+){0,2}+It was[ \t]++")


def _two_steps(text: str, pos: int) -> int | None:
    """Where the cleft rule's two patterns end after ``pos`` (None: no match)."""
    gap = attribution._CLEFT_GAP.match(text, pos)
    assert gap is not None  # the gap may be empty, never missing
    at = gap.end()
    m = attribution._CLEFT_HEAD.match(text, at) if text.startswith("It was", at) else None
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


def test_direct_reads_keep_an_article_s_and_shrink_with_a_long_text() -> None:
    # The longest PolNeAR train article is about 34,000 characters.
    assert identity._direct_reads("x" * 40_000, 16) == 16
    assert identity._direct_reads("x" * identity._DIRECT_TEXT, 64) == 64
    assert identity._direct_reads("x" * (identity._DIRECT_TEXT * 2), 64) == 32
    assert identity._direct_reads("x" * 4_000_000, 16) == 0
    assert identity._NameCounts("x" * 40_000).direct == 16
    assert identity._WordUse("x" * 40_000).direct == 64
    assert turns._LowerWords("x" * 40_000).direct == 64
    assert identity._NameCounts("Ana Ruiz. " * 400_000).direct == 0


_PIECES = ["Ana", "Ruiz", "Ana Ruiz", "ana", "poor", "Poor", "will", "Will", "William"]
_PIECES += [" ", ", ", ". ", "\n", "é", "Émile", "émile", "met", "and"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)
_ASKED = st.lists(st.sampled_from(["Ana", "Ana Ruiz", "Ruiz", "Poor", "Will", "Émile", "Zed"]))


@pytest.mark.parametrize("bound", [0, 8, 64])
@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, asked=_ASKED)
def test_lazy_counts_of_a_text_over_the_bound_give_the_plain_answers(
    bound: int, text: str, asked: list[str]
) -> None:
    saved = identity._DIRECT_TEXT
    identity._DIRECT_TEXT = bound
    try:
        names = identity._NameCounts(text)
        use = identity._WordUse(text)
        lower = turns._LowerWords(text)
    finally:
        identity._DIRECT_TEXT = saved
    low = collections.Counter(identity._LOWER_WORD.findall(text))
    mid = collections.Counter(identity._CAPITALISED_MID.findall(text))
    whole = frozenset(turns._LOWER.findall(text))
    for word in asked + [w.lower() for w in asked] + asked:
        assert names.count(word) == text.count(word), word
        assert use.lower_count(word) == low[word], word
        assert use.capitalised_mid_count(word) == mid[word], word
        assert (word in lower) == (word in whole), word
