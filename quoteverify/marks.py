"""Quote marks: which characters can be quote marks, and what each one does here.

:func:`scan` finds every candidate mark in a text and decides from its context
whether it opens, closes, may do either (straight marks, decided later by what
is open), or is an apostrophe. It never pairs marks: that is :mod:`.spans`.

>>> [(m.char, m.role.name) for m in scan("“It’s fine,” he said of the ’90s.")]
[('“', 'OPEN'), ('”', 'CLOSE')]
>>> [(m.char, m.role.name) for m in scan("rock 'n' roll, 'Tis true, Jones' dog")]
[("'", 'CLOSE_OR_APOSTROPHE')]

The regex matches only characters that may be marks, and skips apostrophes
between two letters inside the regex engine, so a scan is one linear pass.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import NamedTuple

import regex

from .lexicons import load

__all__ = ["MarkRole", "ScannedMark", "Weight", "iter_marks", "scan"]


class MarkRole(enum.IntEnum):
    """What a mark does at its place in the text."""

    APOSTROPHE = 0  # not a quote mark at all
    OPEN = 1
    CLOSE = 2
    EITHER = 3  # a straight mark whose direction depends on what is open
    # ``Jones'`` or ``Home » News``: closes an open quote of its weight, else is
    # no quote mark at all (an apostrophe, a separator).
    CLOSE_OR_APOSTROPHE = 4


class Weight(enum.IntEnum):
    """Marks close only marks of the same weight: “ may close ", never ‘."""

    DOUBLE = 0
    SINGLE = 1
    CORNER = 2  # 「」
    WHITE_CORNER = 3  # 『』


#: Marks of one typographic style; a quote continued over paragraphs keeps its style.
STYLE = {
    '"': "straight",
    "''": "straight",
    "``": "straight",
    "“": "curly",
    "”": "curly",
    "„": "curly",
    "«": "guillemet",
    "»": "guillemet",
    "'": "straight",
    "`": "straight",
    "‘": "curly",
    "’": "curly",
    "‚": "curly",
    "‹": "guillemet",
    "›": "guillemet",
    "「": "corner",
    "」": "corner",
    "『": "corner",
    "』": "corner",
}


class ScannedMark(NamedTuple):
    """A candidate mark: ``text[start:end] == char``."""

    start: int
    end: int
    char: str
    role: MarkRole
    weight: Weight


# Two backticks (wire style) open; two apostrophes are a straight double mark
# (NYT archives use them for both directions). A single ' or ’ is matched only
# when it is not between a letter/digit and a letter, so "don't" costs nothing.
_MARK_RE = regex.compile(
    r"``|''|[\"“”‘„‚«»‹›「」『』`]|(?<![\p{L}\p{N}])['’]|['’](?!\p{L})",
)

_WEIGHT = {
    '"': Weight.DOUBLE,
    "''": Weight.DOUBLE,
    "``": Weight.DOUBLE,
    "“": Weight.DOUBLE,
    "”": Weight.DOUBLE,
    "„": Weight.DOUBLE,
    "«": Weight.DOUBLE,
    "»": Weight.DOUBLE,
    "'": Weight.SINGLE,
    "’": Weight.SINGLE,
    "‘": Weight.SINGLE,
    "‚": Weight.SINGLE,
    "‹": Weight.SINGLE,
    "›": Weight.SINGLE,
    "`": Weight.SINGLE,
    "「": Weight.CORNER,
    "」": Weight.CORNER,
    "『": Weight.WHITE_CORNER,
    "』": Weight.WHITE_CORNER,
}

_CHARS = {char: char for char in _WEIGHT}

_QUOTE_CHARS = "\"'“”‘’„‚«»‹›「」『』`"
# Characters after which a mark reads as opening, and before which as closing.
_OPENING_CONTEXT = frozenset("([{<—–-/" + _QUOTE_CHARS)
_CLOSING_CONTEXT = frozenset(")]}>.,;:!?…—–-/*" + _QUOTE_CHARS)

_ELISION_WORD = regex.compile(r"\p{L}{1,8}")
_TWO_DIGIT_YEAR = regex.compile(r"\d\d(?:s\b|(?!\d))")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _leading_apostrophe(text: str, end: int) -> bool:
    """True if a mark ending at ``end`` elides letters: 'Tis, ’90s, 'n'."""
    if _TWO_DIGIT_YEAR.match(text, end):
        return True
    word = _ELISION_WORD.match(text, end)
    if word is None or word.group().lower() not in load("elisions"):
        return False
    after = text[word.end() : word.end() + 1]
    # The elided word must end there: 'em, 'n' or 'tis, not 'emperor.
    return after == "" or not after.isalnum()


def scan(text: str) -> list[ScannedMark]:
    """Return every candidate quote mark in ``text`` with its role, in order.

    Apostrophes are dropped (``don't``, ``'Tis``, ``’90s``), except those
    that might also close a quote (``Jones'``), returned as
    ``CLOSE_OR_APOSTROPHE`` for the pairing stage to decide.
    """
    return list(iter_marks(text))


def iter_marks(text: str) -> Iterator[ScannedMark]:
    """:func:`scan`, one mark at a time: the pairing stage never holds every mark at once."""
    n = len(text)
    skip_until = -1
    for m in _MARK_RE.finditer(text):
        start, end = m.span()
        if start < skip_until:
            continue
        char = _CHARS[m.group()]  # one shared string per mark character
        prev = text[start - 1] if start else ""
        nxt = text[end] if end < n else ""
        open_ctx = _is_space(prev) or prev in _OPENING_CONTEXT
        close_ctx = _is_space(nxt) or nxt in _CLOSING_CONTEXT
        weight = _WEIGHT[char]
        role: MarkRole
        if char in ("'", "’", "‘"):
            if not prev.isalnum() and _leading_apostrophe(text, end):
                # rock 'n' roll: the closing half of 'n' is an apostrophe too.
                if text[end : end + 2] in ("n'", "n’"):
                    skip_until = end + 2
                continue
            if char == "‘":
                role = MarkRole.CLOSE if close_ctx and not open_ctx else MarkRole.OPEN
            elif open_ctx and not close_ctx:
                role = MarkRole.OPEN
            elif prev.isalnum():
                role = MarkRole.CLOSE_OR_APOSTROPHE
            elif char == "’" or close_ctx:
                role = MarkRole.CLOSE
            else:
                role = MarkRole.EITHER
        elif char in ('"', "''", "`"):
            if open_ctx == close_ctx:
                role = MarkRole.EITHER
            else:
                role = MarkRole.OPEN if open_ctx else MarkRole.CLOSE
        elif char in ("“", "«", "‹"):
            role = MarkRole.CLOSE if close_ctx and not open_ctx else MarkRole.OPEN
        elif char in ("”", "»", "›"):
            if char != "”" and _is_space(prev) and _is_space(nxt):
                # "Home » News": a separator unless a guillemet quote is open.
                role = MarkRole.CLOSE_OR_APOSTROPHE
            else:
                role = MarkRole.OPEN if open_ctx and not close_ctx else MarkRole.CLOSE
        elif char == "‚":
            if not open_ctx:
                continue  # a comma-like glyph after a word: not a quote mark
            role = MarkRole.OPEN
        elif char in ("」", "』"):
            role = MarkRole.CLOSE
        else:  # „ 「 『 ``
            role = MarkRole.OPEN
        yield ScannedMark(start, end, char, role, weight)


#: Every character that may be (part of) a quote mark.
QUOTE_CHARS = _QUOTE_CHARS
