"""Sentence breaks that know abbreviations ("Sen. Tim Kaine" is one sentence).

A break is sentence-final punctuation (with any closing marks) followed by
space and a capital, a digit or an opening mark, unless the word before the
full stop is a title, an initial or a common abbreviation.

>>> text = "Sen. Tim Kaine spoke. Then Mr. Pence did. U.S. officials agreed."
>>> [text[e:e + 4] for e in break_ends(text, 0, len(text))]
['Then', 'U.S.']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lexicons import load, select
from .marks import CLOSERS, OPENERS, char_class

__all__ = ["break_ends", "break_spans"]

# What may stand between a break's spaces and the capital that opens the next sentence.
OPENING = rf"[{char_class(OPENERS)}(\[]"
_BREAK = regex.compile(rf"[.!?…][{char_class(CLOSERS)})\]]*+\s++(?={OPENING}*+[\p{{Lu}}\d])")
_WORD_BEFORE = regex.compile(r"[\p{L}.\-]{1,12}$")
# English short titles ("Sen.", "Dr."); French ones ("Mme.", "Mlle.") still end a
# sentence, as they always have here (reading them as short forms changes PDNC).
_ABBREVIATIONS = select("titles", abbreviation=True, language="en") | load("abbreviations")


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation, not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if m is None:
        return False
    word = m.group().lower().lstrip("-")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Leonard E. Burman"
    if "." in word or (len(word) <= 3 and m.group()[:1].isupper() and "-" in m.group()):
        return True  # "U.S.", "D-Va."
    return word in _ABBREVIATIONS


def break_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets in ``[start, end]`` where a new sentence begins.

    The look-ahead may read a few characters past ``end`` to see the capital.
    """
    for _, after in break_spans(text, start, end):
        yield after


def break_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each sentence break in ``[start, end]``: where its punctuation is and where
    the next sentence begins (:func:`break_ends`).

    >>> list(break_spans("Dr. Ruiz left. She won.", 0, 23))
    [(13, 15)]
    """
    for m in _BREAK.finditer(text, start, min(len(text), end + 3)):
        if m.end() > end:
            break
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        yield m.span()
