"""Paragraph boundaries, which the quote parser needs to recover and to continue quotes.

>>> paragraphs("One.\\n\\nTwo.\\nThree.")
[(0, 4), (6, 10), (11, 17)]
>>> paragraphs("A line that wraps\\nhere.\\n\\nNext.", mode="blank_line")
[(0, 23), (25, 30)]
"""

from __future__ import annotations

import bisect

import regex

__all__ = ["ParagraphCursor", "paragraphs"]

_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_BLANK_BREAK = regex.compile(
    r"(?:\r\n|[\n\r\x85\u2028\u2029])[^\S\r\n\x85\u2028\u2029]*"
    r"(?:(?:\r\n|[\n\r\x85\u2028\u2029])[^\S\r\n\x85\u2028\u2029]*)+"
    r"|[\f\v\x1c-\x1e\u2029]"
)


def looks_hard_wrapped(text: str) -> bool:
    """True when most lines are broken at a similar width (novels, e-mail, plain-text archives)."""
    lines = 0
    wrapped = 0
    longest = 0
    for line in _LINE_BREAK.split(text):
        length = len(line.strip())
        if not length:
            continue
        lines += 1
        longest = max(longest, length)
        if 45 <= length <= 90:
            wrapped += 1
    return lines >= 4 and wrapped / lines >= 0.5 and longest <= 120


def paragraphs(text: str, mode: str = "auto") -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph's content, surrounding whitespace excluded.

    Empty paragraphs are omitted; the spans are disjoint and in order.
    """
    if mode == "auto":
        mode = "blank_line" if looks_hard_wrapped(text) else "newline"
    splitter = _BLANK_BREAK if mode == "blank_line" else _LINE_BREAK
    out: list[tuple[int, int]] = []
    start = 0
    for m in splitter.finditer(text):
        _add(text, start, m.start(), out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.lstrip()
    if not stripped:
        return
    s = start + len(chunk) - len(stripped)
    out.append((s, s + len(stripped.rstrip())))


class ParagraphCursor:
    """Which paragraph holds a position, for positions asked mostly in text order.

    :meth:`index` gives ``bisect.bisect_right(paras, (pos, len(text) + 1)) - 1``
    (the last paragraph starting at or before ``pos``, ``-1`` for none); the one found
    last is tried first, so the quotes of a paragraph, asked in turn, cost no search.

    >>> cursor = ParagraphCursor([(0, 4), (6, 10)], 10)
    >>> cursor.index(2), cursor.index(7), cursor.index(3)
    (0, 1, 0)
    """

    __slots__ = ("_at", "_limit", "paras")

    def __init__(self, paras: list[tuple[int, int]], n: int) -> None:
        self.paras = paras
        self._limit = n + 1
        self._at = -1

    def index(self, pos: int) -> int:
        """The index of the last paragraph starting at or before ``pos`` (``-1``: none)."""
        paras, at = self.paras, self._at
        if (at < 0 or paras[at][0] <= pos) and (at + 1 == len(paras) or paras[at + 1][0] > pos):
            return at
        at = self._at = bisect.bisect_right(paras, (pos, self._limit)) - 1
        return at
