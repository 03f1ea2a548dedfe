"""The text layer: one scan of an article's tokens and sentence breaks, read by every rule.

Attribution asks many small questions of the same article: the tokens of a
window before a quote, of the sentence after it, where a sentence starts.
:class:`TextLayer` answers them from two scans of the whole text, made on first
need: the offsets of every token (:data:`.mentions.Token` objects are made only
for the tokens a rule reads, once each) and the sentence breaks of
:func:`.sentences.break_spans`, kept as arrays of ints. Every answer is the
same as the windowed call it replaces (``tokenize(text, start, end)``,
``break_ends(text, start, end)``), including at windows that cut a token.

>>> layer = TextLayer("Sen. Ann Roe spoke. “We won,” she said.")
>>> [t.text for t in layer.tokens(13, 24)]
['spoke', '.', '“', 'We']
>>> layer.breaks(0, 40)
[20]
>>> layer.sentence_of(25)
(20, 39)
"""

from __future__ import annotations

import bisect
from array import array

import regex

from .mentions import _TOKEN_RE, Token
from .sentences import OPENING, break_spans

__all__ = ["TextLayer"]

# ``break_ends`` looks at most three characters past its window for the capital that
# opens the next sentence: a break followed by nothing but opening marks up to there is
# one that the window cannot see.
_OPENING_RUN = regex.compile(rf"{OPENING}*+")


class TextLayer:
    """Token offsets and sentence breaks of one text, from one scan each."""

    __slots__ = ("_break_ends", "_break_starts", "_ends", "_starts", "_toks", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: array[int] | None = None
        self._ends: array[int] = array("i")
        self._toks: list[Token | None] = []
        self._break_starts: array[int] | None = None
        self._break_ends: array[int] = array("i")

    # ------------------------------------------------------------------ tokens

    def _scan_tokens(self) -> array[int]:
        if self._starts is None:
            starts, ends = array("i"), array("i")
            add_start, add_end = starts.append, ends.append
            for m in _TOKEN_RE.finditer(self.text):
                s, e = m.span()
                add_start(s)
                add_end(e)
            self._starts, self._ends = starts, ends
            self._toks = [None] * len(starts)
        return self._starts

    def token_count(self) -> int:
        """How many tokens the whole text has."""
        return len(self._scan_tokens())

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[j, k)`` of the whole-text tokens lying wholly inside ``[start, end)``."""
        starts = self._scan_tokens()
        j = bisect.bisect_left(starts, start)
        return j, max(j, bisect.bisect_right(self._ends, end, lo=j))

    def token(self, i: int) -> Token:
        """The ``i``-th token of the whole text (made once, on first need)."""
        tok = self._toks[i]
        if tok is None:
            s, e = self._starts[i], self._ends[i]  # type: ignore[index]
            word = self.text[s:e]
            tok = self._toks[i] = Token(s, e, word, word.lower())
        return tok

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``: the same as ``tokenize(text, start, end)``.

        A token cut by either edge is tokenised within the window, as the windowed call
        does; everything else is read from the whole-text scan.
        """
        if end <= start:
            return []
        starts = self._scan_tokens()
        ends = self._ends
        n = len(starts)
        text = self.text
        out: list[Token] = []
        j = bisect.bisect_left(starts, start)
        if j > 0 and ends[j - 1] > start:
            # The window opens inside a token: tokenise from there until a piece starts
            # where a whole-text token starts (from there both scans agree).
            j = -1
            for m in _TOKEN_RE.finditer(text, start, end):
                s = m.start()
                i = bisect.bisect_left(starts, s)
                if i < n and starts[i] == s:
                    j = i
                    break
                out.append(Token(s, m.end(), m.group(), m.group().lower()))
            if j < 0:
                return out
        k = bisect.bisect_right(ends, end, lo=j)
        token = self.token
        out.extend(token(i) for i in range(j, k))
        if k < n and starts[k] < end:
            # The window closes inside a token: its piece is tokenised within the window.
            out.extend(
                Token(m.start(), m.end(), m.group(), m.group().lower())
                for m in _TOKEN_RE.finditer(text, starts[k], end)
            )
        return out

    # --------------------------------------------------------------- sentences

    def _scan_breaks(self) -> array[int]:
        if self._break_starts is None:
            starts, ends = array("i"), array("i")
            for s, e in break_spans(self.text, 0, len(self.text)):
                starts.append(s)
                ends.append(e)
            self._break_starts, self._break_ends = starts, ends
        return self._break_starts

    def breaks(self, start: int, end: int) -> list[int]:
        """Offsets in ``[start, end]`` where a sentence begins: ``list(break_ends(text,
        start, end))``, from the one scan."""
        starts = self._scan_breaks()
        ends = self._break_ends
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(ends, end, lo=lo)
        found = list(ends[lo:hi])
        reach = min(len(self.text), end + 3)
        while found and _OPENING_RUN.fullmatch(self.text, found[-1], reach) is not None:
            found.pop()
        return found

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos`` (breaks inside quotes count:
        attribution skips those itself). The end is where the next sentence begins."""
        starts = self._scan_breaks()
        ends = self._break_ends
        i = bisect.bisect_right(ends, pos)
        begin = ends[i - 1] if i else 0
        return begin, ends[i] if i < len(starts) else len(self.text)
