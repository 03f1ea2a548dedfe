"""The text layer: where every rule reads an article's tokens and sentence breaks.

Attribution asks many small questions of the same article: the tokens of a
window before a quote, of the sentence after it, where a sentence starts.
:class:`TextLayer` answers them all, the same as the windowed calls they
replace (``tokenize(text, start, end)``, ``break_ends(text, start, end)``), and
answers a window asked twice from memory (about a quarter of attribution's
windows on news are asked again by another rule).

Why windows and not one scan of the whole article: on PolNeAR train the windows
rules read hold about 37 % of the text, and are mostly disjoint; scanning every
token of the article (even lazily, in chunks of 96 or 512 characters, with each
token object made once) cost attribution 30 to 60 % more CPU time than
tokenising the windows (``docs/performance.md``).

>>> layer = TextLayer("Sen. Ann Roe spoke. “We won,” she said.")
>>> [t.text for t in layer.tokens(13, 24)]
['spoke', '.', '“', 'We']
>>> layer.breaks(0, 39)
[20]
>>> layer.sentence_of(25)
(20, 39)
"""

from __future__ import annotations

import bisect
import re
from array import array
from typing import NamedTuple

import regex

from .sentences import StopIndex, break_ends, break_spans

__all__ = ["TextLayer", "Token", "tokenize"]


class Token(NamedTuple):
    """A word or one punctuation character, with its offsets and its lower-case form."""

    start: int
    end: int
    text: str
    lower: str


_TOKEN_RE = regex.compile(
    r"(?:\p{Lu}\.){2,}"  # U.S.
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*+"  # a word, with inner apostrophes and hyphens
    r"|[^\s\p{L}\p{N}]"  # one punctuation character
)


# _TOKEN_RE for a window with no letter, digit or mark outside ASCII: the same tokens
# (tests/test_layer.py checks every code point), found by ``re``, faster than ``regex``
# at many short matches. Spaces are what ``regex`` calls spaces: ``re`` also calls the
# separators U+001C to U+001F spaces, so they are punctuation here by name.
_ASCII_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Za-z0-9][A-Za-z0-9'’\-]*+|[^\sA-Za-z0-9]|[\x1c-\x1f]"
)
# A character that sends a window to _TOKEN_RE.
_NOT_PLAIN = regex.compile(r"[[\p{L}\p{N}\p{M}]--[\x00-\x7f]]", regex.V1)

_new_tuple = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with their offsets."""
    # tuple.__new__ makes the same Token without the Python frame of Token.__new__
    # (a third of this function's time: attribution makes hundreds of thousands).
    out: list[Token] = []
    append = out.append
    if _NOT_PLAIN.search(text, start, end) is None:
        # The ASCII pattern's tokens cover every character but spaces, so a token
        # starts at the first place at or after the last one's end where its text
        # is found: findall and str.find cost less than a match object per token.
        find = text.find
        pos = max(start, 0)  # (``re`` reads a negative start as 0; str.find would not)
        for word in _ASCII_TOKEN_RE.findall(text, start, end):
            at = find(word, pos)
            pos = at + len(word)
            append(_new_tuple(Token, (at, pos, word, word.lower())))
        return out
    for m in _TOKEN_RE.finditer(text, start, end):
        at, stop = m.span()
        word = text[at:stop]
        append(_new_tuple(Token, (at, stop, word, word.lower())))
    return out


# Windows remembered per layer: a rule asks again for a window another rule read.
_MEMO = 4096


class TextLayer:
    """Tokens and sentence breaks of one text, each window computed once."""

    __slots__ = ("_break_ends", "_break_memo", "_stops", "_token_memo", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._token_memo: dict[tuple[int, int], list[Token]] = {}
        self._break_memo: dict[tuple[int, int], list[int]] = {}
        self._break_ends: array[int] | None = None
        self._stops = StopIndex(text)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` with their offsets (``tokenize``), as a new
        list the caller may change."""
        key = (start, end)
        got = self._token_memo.get(key)
        if got is None:
            got = tokenize(self.text, start, end)
            if len(self._token_memo) < _MEMO:
                self._token_memo[key] = got
        return list(got)

    def breaks(self, start: int, end: int) -> list[int]:
        """Offsets in ``[start, end]`` where a sentence begins (``break_ends``: titles,
        initials and abbreviations end no sentence)."""
        key = (start, end)
        got = self._break_memo.get(key)
        if got is None:
            # A break opens with sentence punctuation read within [start, end + 3).
            if not self.has_stop(start, end + 3):
                return []
            got = list(break_ends(self.text, start, end))
            if len(self._break_memo) < _MEMO:
                self._break_memo[key] = got
        return list(got)

    def has_stop(self, start: int, end: int) -> bool:
        """``STOP.search(text, start, end) is not None`` (:class:`.sentences.StopIndex`).

        >>> TextLayer("No stop here. One.").has_stop(0, 12), TextLayer("a. b").has_stop(2, 4)
        (False, False)
        """
        return self._stops.any(start, end)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``, from one scan of the whole
        text made on first need (breaks inside quotes count: attribution skips those
        itself). The end is where the next sentence begins."""
        if self._break_ends is None:
            self._break_ends = array("i", (e for _, e in break_spans(self.text, 0, len(self.text))))
        ends = self._break_ends
        i = bisect.bisect_right(ends, pos)
        return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(self.text))
