"""Quote marks: which characters can be quote marks, and what each one does here.

:func:`scan` finds every candidate mark in a text and decides from its context
whether it opens, closes, may do either (straight marks, decided later by what
is open), or is an apostrophe. It never pairs marks: that is :mod:`.spans`.

>>> [(m.char, m.role.name) for m in scan("“It’s fine,” he said of the ’90s.")]
[('“', 'OPEN'), ('”', 'CLOSE')]
>>> [(m.char, m.role.name) for m in scan("rock 'n' roll, 'Tis true, Jones' dog")]
[("'", 'CLOSE_OR_APOSTROPHE')]
>>> scan("the mayor‘s plan")  # an apostrophe set the wrong way round
[]

The regex matches only characters that may be marks, and skips apostrophes
between two letters inside the regex engine, so a scan is one linear pass.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import regex

from ..lexicons import load

__all__ = [
    "CLOSERS",
    "MARKS",
    "OPENERS",
    "Direction",
    "MarkInfo",
    "MarkRole",
    "ScannedMark",
    "Weight",
    "iter_marks",
    "mark_chars",
    "scan",
]


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


class Direction(enum.Enum):
    """Which way a mark faces in print (its role in a text is read from context)."""

    OPENING = "opening"
    CLOSING = "closing"
    BOTH = "both"  # straight marks face neither way


class MarkInfo(NamedTuple):
    """What a mark character is: its typographic style, weight and direction."""

    style: str  # "straight", "curly", "guillemet" or "corner"
    weight: Weight
    direction: Direction


#: The one table of quote marks: every other set of mark characters derives from it.
MARKS: dict[str, MarkInfo] = {
    '"': MarkInfo("straight", Weight.DOUBLE, Direction.BOTH),
    "''": MarkInfo("straight", Weight.DOUBLE, Direction.BOTH),  # NYT archives, either way
    "``": MarkInfo("straight", Weight.DOUBLE, Direction.OPENING),  # wire style
    "“": MarkInfo("curly", Weight.DOUBLE, Direction.OPENING),
    "”": MarkInfo("curly", Weight.DOUBLE, Direction.CLOSING),
    "„": MarkInfo("curly", Weight.DOUBLE, Direction.OPENING),
    "«": MarkInfo("guillemet", Weight.DOUBLE, Direction.OPENING),
    "»": MarkInfo("guillemet", Weight.DOUBLE, Direction.CLOSING),
    "'": MarkInfo("straight", Weight.SINGLE, Direction.BOTH),
    "`": MarkInfo("straight", Weight.SINGLE, Direction.BOTH),
    "‘": MarkInfo("curly", Weight.SINGLE, Direction.OPENING),
    "’": MarkInfo("curly", Weight.SINGLE, Direction.CLOSING),
    "‚": MarkInfo("curly", Weight.SINGLE, Direction.OPENING),
    "‹": MarkInfo("guillemet", Weight.SINGLE, Direction.OPENING),
    "›": MarkInfo("guillemet", Weight.SINGLE, Direction.CLOSING),
    "「": MarkInfo("corner", Weight.CORNER, Direction.OPENING),
    "」": MarkInfo("corner", Weight.CORNER, Direction.CLOSING),
    "『": MarkInfo("corner", Weight.WHITE_CORNER, Direction.OPENING),
    "』": MarkInfo("corner", Weight.WHITE_CORNER, Direction.CLOSING),
}


def mark_chars(
    *,
    faces: frozenset[Direction] = frozenset(Direction),
    weights: frozenset[Weight] = frozenset(Weight),
    straight: bool = True,
) -> str:
    """The one-character marks of :data:`MARKS` that face one of ``faces`` and have
    one of ``weights`` (``straight=False`` leaves out ``"``, ``'`` and the backtick).

    >>> mark_chars(faces=frozenset({Direction.CLOSING}), weights=frozenset({Weight.DOUBLE}))
    '”»'
    >>> mark_chars(faces=frozenset({Direction.OPENING}), straight=False)
    '“„«‘‚‹「『'
    """
    return "".join(
        c
        for c, info in MARKS.items()
        if len(c) == 1
        and info.direction in faces
        and info.weight in weights
        and (straight or info.style != "straight")
    )


DOUBLE_OR_SINGLE = frozenset({Weight.DOUBLE, Weight.SINGLE})
#: Marks that may close a quote, and marks that may open one (corners left out).
CLOSERS = mark_chars(faces=frozenset({Direction.CLOSING, Direction.BOTH}), weights=DOUBLE_OR_SINGLE)
OPENERS = mark_chars(faces=frozenset({Direction.OPENING, Direction.BOTH}), weights=DOUBLE_OR_SINGLE)
#: Marks of one typographic style; a quote continued over paragraphs keeps its style.
STYLE = {char: info.style for char, info in MARKS.items()}


def char_class(chars: str) -> str:
    """``chars`` as the inside of a regex character class (``[...]``)."""
    return "".join(regex.escape(c, special_only=True) for c in chars)


class ScannedMark(NamedTuple):
    """A candidate mark: ``text[start:end] == char``."""

    start: int
    end: int
    char: str
    role: MarkRole
    weight: Weight


# Two backticks (wire style) open; two apostrophes are a straight double mark
# (NYT archives use them for both directions). A single ', ’ or ‘ is a mark only
# when it is not between a letter/digit and a letter, so "don't" costs nothing; a
# ‘ there is an apostrophe set the wrong way round (Trump‘s, don‘t), never an opening.
# The marks are read as this pattern's matches would be (``tests/test_mark_spans.py``
# keeps it as the reference):
#     ''|``|[every other one-character mark]|(?<![\p{L}\p{N}])['’‘]|['’‘](?!\p{L})
# found from their candidates, every character that may open a mark, by ``re``
# (about three times faster than ``regex`` at the pattern), the letters beside a
# single mark read only there (_in_word), in :func:`iter_marks`.
_APOSTROPHES = "'’‘"
_MARK_START = re.compile("[" + re.escape("".join(dict.fromkeys(c[0] for c in MARKS))) + "]")
# The two-character mark that opens with a character, tried first where one does.
_LONG_BY_FIRST = {c[0]: c for c in MARKS if len(c) > 1}
assert len(_LONG_BY_FIRST) == sum(len(c) > 1 for c in MARKS)  # (one per character)
_SINGLE = frozenset(_APOSTROPHES)
# \p{L} or \p{N} before a single mark, \p{L} after it (asked of ``regex`` only for a
# character outside ASCII, where ``str.isalnum`` and ``str.isalpha`` tell it).
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_LETTER = regex.compile(r"\p{L}")


def _in_word(text: str, at: int) -> bool:
    """True when the single mark at ``at`` (neither end of ``text``) stands between a
    letter or digit and a letter (*don't*): no mark.

    >>> _in_word("don't", 3), _in_word("dons' x", 4), _in_word("Zoë’s", 3)
    (True, False, True)
    """
    before, after = text[at - 1], text[at + 1]
    return bool(
        (before.isalnum() if before.isascii() else _LETTER_OR_DIGIT.match(before))
        and (after.isalpha() if after.isascii() else _LETTER.match(after))
    )


_WEIGHT = {char: info.weight for char, info in MARKS.items()}

_CHARS = {char: char for char in _WEIGHT}

_QUOTE_CHARS = mark_chars()
# Characters after which a mark reads as opening, and before which as closing.
_OPENING_CONTEXT = frozenset("([{<—–-/" + _QUOTE_CHARS)
_CLOSING_CONTEXT = frozenset(")]}>.,;:!?…—–-/*" + _QUOTE_CHARS)

# A ScannedMark made without the named tuple's own __new__ (a Python function).
_new_mark = tuple.__new__

_ELISION_WORD = regex.compile(r"\p{L}{1,8}")
_TWO_DIGIT_YEAR = regex.compile(r"\d\d(?:s\b|(?!\d))")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


@functools.cache
def _elision_starts() -> frozenset[str]:
    """The first letter of each elided word (``elisions``)."""
    return frozenset(word[:1] for word in load("elisions"))


def _leading_apostrophe(text: str, end: int) -> bool:
    """True if a mark ending at ``end`` elides letters: 'Tis, ’90s, 'n'.

    An ASCII character after the mark that is no digit and starts no elided word
    (lower-cased) settles it without the patterns (the opening mark of most quotes).
    """
    nxt = text[end : end + 1]
    if nxt.isascii() and not nxt.isdigit() and nxt.lower() not in _elision_starts():
        return False
    return _elides(text, end)


def _elides(text: str, end: int) -> bool:
    """:func:`_leading_apostrophe` read by the patterns alone."""
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


def _role(prev: str, char: str, nxt: str) -> MarkRole | None:
    """The role of a mark ``char`` (no single apostrophe) between ``prev`` and ``nxt``
    (each one character, or ``""`` at an end of the text); None: no quote mark.

    Nothing else is read, and ``""`` reads as a space on either side.

    >>> _role(" ", '"', "H").name, _role('"', '"', '"').name, _role("a", "‚", "b")
    ('OPEN', 'EITHER', None)
    """
    # (_is_space inline: it is asked twice for every mark.)
    open_ctx = prev == "" or prev.isspace() or prev in _OPENING_CONTEXT
    close_ctx = nxt == "" or nxt.isspace() or nxt in _CLOSING_CONTEXT
    if char in ('"', "''", "`"):
        if open_ctx == close_ctx:
            return MarkRole.EITHER
        return MarkRole.OPEN if open_ctx else MarkRole.CLOSE
    if char in ("“", "«", "‹"):
        return MarkRole.CLOSE if close_ctx and not open_ctx else MarkRole.OPEN
    if char in ("”", "»", "›"):
        if char != "”" and _is_space(prev) and _is_space(nxt):
            # "Home » News": a separator unless a guillemet quote is open.
            return MarkRole.CLOSE_OR_APOSTROPHE
        return MarkRole.OPEN if open_ctx and not close_ctx else MarkRole.CLOSE
    if char == "‚":
        # A comma-like glyph after a word is no quote mark.
        return MarkRole.OPEN if open_ctx else None
    if char in ("」", "』"):
        return MarkRole.CLOSE
    return MarkRole.OPEN  # „ 「 『 ``


# The (char, role, weight) of a mark, by the text from the character before it to
# the one after it (a space standing for an end of the text, which reads the same):
# a text made of marks asks the same few contexts over and over. A single apostrophe
# is kept only where those characters settle it (_read_beside). Capped, so that a
# text of many contexts costs no memory past the cap.
_KNOWN: dict[str, tuple[str, MarkRole, int] | None] = {}
_KNOWN_CAP = 4096
_UNKNOWN: tuple[str, MarkRole, int] = ("", MarkRole.EITHER, -1)  # not in _KNOWN


def _read_beside(prev: str, nxt: str) -> bool:
    """True when a single apostrophe between ``prev`` and ``nxt`` (one character each,
    ``""`` at an end) has its role from those two characters and its own alone: after
    a letter or digit no elided word is read (``Jones'``), nor before an ASCII
    character that is no digit and starts no elided word (:func:`_leading_apostrophe`
    says no without reading on). Else (*'Tis*, *’90s*, *'n'*) the text after is read.

    >>> [_read_beside(prev, nxt) for prev, nxt in [(" ", "w"), ("s", " "), (" ", "t"), (" ", "9")]]
    [True, True, False, False]
    """
    if prev.isalnum():
        return True
    return nxt.isascii() and not nxt.isdigit() and nxt.lower() not in _elision_starts()


def iter_marks(text: str) -> Iterator[ScannedMark]:
    """:func:`scan`, one mark at a time: the pairing stage never holds every mark at once."""
    n = len(text)
    last = n - 1
    skip_until = -1
    known = _KNOWN
    done = 0  # the end of the last mark: no mark starts inside it
    for m in _MARK_START.finditer(text):  # (the candidates: see _MARK_START)
        start = m.start()
        if start < done:
            continue
        c = text[start]
        long = _LONG_BY_FIRST.get(c)
        if long is not None and text.startswith(long, start):
            end = done = start + len(long)
        elif c in _SINGLE and 0 < start < last and _in_word(text, start):
            continue
        else:
            end = done = start + 1
        if start < skip_until:
            continue
        if start > 0 and end < n:
            around = text[start - 1 : end + 1]
        else:
            around = (
                (text[start - 1] if start else " ")
                + text[start:end]
                + (text[end] if end < n else " ")
            )
        got = known.get(around, _UNKNOWN)
        if got is None:
            continue  # a ‚ after a word
        if got is not _UNKNOWN:
            yield _new_mark(ScannedMark, (start, end, *got))  # ScannedMark(...)
            continue
        char = _CHARS[text[start:end]]  # one shared string per mark character
        prev = text[start - 1] if start else ""
        nxt = text[end] if end < n else ""
        weight = _WEIGHT[char]
        role: MarkRole | None
        if char in ("'", "’", "‘"):
            if not prev.isalnum() and _leading_apostrophe(text, end):
                # rock 'n' roll: the closing half of 'n' is an apostrophe too.
                if text[end : end + 2] in ("n'", "n’"):
                    skip_until = end + 2
                continue
            open_ctx = prev == "" or prev.isspace() or prev in _OPENING_CONTEXT
            close_ctx = nxt == "" or nxt.isspace() or nxt in _CLOSING_CONTEXT
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
            if len(known) < _KNOWN_CAP and _read_beside(prev, nxt):
                known[around] = (char, role, weight)
        else:
            role = _role(prev, char, nxt)
            if len(known) < _KNOWN_CAP:
                known[around] = None if role is None else (char, role, weight)
            if role is None:
                continue
        yield _new_mark(ScannedMark, (start, end, char, role, weight))  # ScannedMark(...)


#: Every character that may be (part of) a quote mark.
QUOTE_CHARS = _QUOTE_CHARS
