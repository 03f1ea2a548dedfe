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

# Where a line ends: the characters ``str.splitlines`` breaks at, ``\r\n`` as one
# (the split is made by ``str.splitlines``, in C; tests/test_paragraph_lines.py
# holds it to this pattern).
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_BLANK_BREAK = regex.compile(
    r"(?:\r\n|[\n\r\x85\u2028\u2029])[^\S\r\n\x85\u2028\u2029]*"
    r"(?:(?:\r\n|[\n\r\x85\u2028\u2029])[^\S\r\n\x85\u2028\u2029]*)+"
    r"|[\f\v\x1c-\x1e\u2029]"
)


def looks_hard_wrapped(text: str) -> bool:
    """True when most lines are broken at a similar width (novels, e-mail, plain-text archives)."""
    return _hard_wrapped(text.splitlines())


def _hard_wrapped(lines: list[str]) -> bool:
    """:func:`looks_hard_wrapped` of a text's lines (``str.splitlines``, with or without
    their ends: a line end is whitespace, which the test strips).

    ``str.splitlines`` breaks a text where ``_LINE_BREAK`` does (the same characters,
    ``\\r\\n`` as one), leaving out only the empty line after a final break, which the
    test skips. A line over 120 characters decides it at once (news prints whole
    paragraphs on one line): found in C before any line is stripped.
    """
    for line in lines:
        if len(line) > 120 and len(line.strip()) > 120:
            return False
    count = wrapped = 0
    for line in lines:
        length = len(line.strip())
        if not length:
            continue
        count += 1
        if 45 <= length <= 90:
            wrapped += 1
    return count >= 4 and wrapped / count >= 0.5


def paragraphs(text: str, mode: str = "auto") -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each paragraph's content, surrounding whitespace excluded.

    Empty paragraphs are omitted; the spans are disjoint and in order.
    """
    lines: list[str] | None = None
    if mode == "auto":
        lines = text.splitlines(keepends=True)
        mode = "blank_line" if _hard_wrapped(lines) else "newline"
    if mode != "blank_line":
        # One paragraph per non-blank line: ``str.splitlines`` breaks where
        # ``_LINE_BREAK`` does, and a line's end is whitespace, so the line stripped
        # with its end is what ``_add`` keeps of the text between two breaks.
        out: list[tuple[int, int]] = []
        pos = 0
        for line in lines if lines is not None else text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                start = pos + len(line) - len(line.lstrip())
                out.append((start, start + len(stripped)))
            pos += len(line)
        return out
    return _split_on(text, _BLANK_BREAK)


def _split_on(text: str, breaks: regex.Pattern[str]) -> list[tuple[int, int]]:
    """The paragraphs between the matches of ``breaks``, each stripped (the blank-line
    split; with ``_LINE_BREAK``, what the split by lines gives)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in breaks.finditer(text):
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
