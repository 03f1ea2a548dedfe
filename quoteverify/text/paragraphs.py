"""Paragraph boundaries, which the quote parser needs to recover and to continue quotes.

>>> paragraphs("One.\\n\\nTwo.\\nThree.")
[(0, 4), (6, 10), (11, 17)]
>>> paragraphs("A line that wraps\\nhere.\\n\\nNext.", mode="blank_line")
[(0, 23), (25, 30)]
"""

from __future__ import annotations

import regex

__all__ = ["paragraphs"]

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
