"""Normalise a quote into comparable words, keeping each word's offsets.

Matching compares words, not characters: case, punctuation, quote marks and
dashes are dropped; diacritics are removed; British and other spellings map to
one form (``lexicons/spelling_variants.tsv``, kept by hand, and
``lexicons/british_spellings.tsv``, imported); contractions are expanded
(*I'll* → *i will*); number words become digits. Every normalised word keeps
the offsets of the characters it came from, so an alignment can point back into
the original text. Ellipses and ``[...]`` become *gaps*, where matching allows
words to be left out.

>>> [(w.norm, w.start, w.end) for w in words("I'll see the Neighbour… four times")]
... # doctest: +NORMALIZE_WHITESPACE
[('i', 0, 4), ('will', 0, 4), ('see', 5, 8), ('the', 9, 12), ('neighbor', 13, 22),
 ('…', 22, 23), ('4', 24, 28), ('times', 29, 34)]
>>> [w.norm for w in words("We won't [...] stop")]
['we', 'will', 'not', '…', 'stop']
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ..errors import check_text
from ..lexicons import load, load_table, load_zipf

_CLITICS = load_table("contraction_tails")

__all__ = [
    "GAP",
    "Prepared",
    "Word",
    "content_norms",
    "content_words",
    "is_function_word",
    "normal_form",
    "prepare",
    "words",
]

GAP = "…"  # the normalised form of an ellipsis or "[...]": words may be missing here

_WORD_RE = regex.compile(
    r"\[\s*+(?:\.\s*+){2,}+\]|\[\s*+…\s*+\]|(?<!\.)\.(?:\s?\.){2,}+|…"  # gaps
    r"|[\p{L}\p{N}]++(?:['’][\p{L}]++)*+"  # words, with inner apostrophes
    r"|(?<=[\p{L}\p{N}]\s?)['’](?:t|s|ll|re|ve|d|m)\b"  # tokenised clitics: "don 't"
)


class Word(NamedTuple):
    """One normalised word and the ``[start, end)`` of the text it came from."""

    norm: str
    start: int
    end: int

    @property
    def is_gap(self) -> bool:
        """True for an ellipsis or ``[...]``."""
        return self.norm == GAP


class Prepared(NamedTuple):
    """A text made ready for :func:`~quoteverify.matching.compare.compare_prepared`, computed once.

    ``words`` are its normalised words without the gaps, ``gaps`` the indices (in
    ``words``) that a gap stands before, and ``norms`` the normalised forms of
    ``words``. The lists are shared and must not be changed.

    >>> p = prepare("We won't ... stop")
    >>> p.norms, sorted(p.gaps), p.words[1]
    (['we', 'will', 'not', 'stop'], [3], Word(norm='will', start=3, end=8))
    """

    text: str
    words: list[Word]
    gaps: frozenset[int]
    norms: list[str]


def prepare(text: str) -> Prepared:
    """The :class:`Prepared` form of ``text`` (its words, gaps and normalised forms)."""
    ws: list[Word] = []
    gaps: set[int] = set()
    for w in words(text):
        if w.norm == GAP:
            gaps.add(len(ws))
        else:
            ws.append(w)
    return Prepared(text, ws, frozenset(gaps), [w.norm for w in ws])


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    # the hand-kept table wins over the imported one where both list a word
    spelling = load_table("british_spellings") | load_table("spelling_variants")
    return spelling, load_table("contractions"), load_table("number_words")


def normal_form(token: str) -> tuple[str, ...]:
    """The normalised word(s) of one token (a contraction gives two).

    >>> normal_form("Neighbour"), normal_form("won’t"), normal_form("Zelenskyy")
    (('neighbor',), ('will', 'not'), ('zelensky',))
    """
    return _normal_form(check_text(token, "normal_form"))


@functools.lru_cache(maxsize=1 << 16)
def _normal_form(token: str) -> tuple[str, ...]:
    spelling, contractions, numbers = _tables()
    low = token.casefold().replace("’", "'")
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    expanded = contractions.get(low)
    if expanded is not None:
        return tuple(expanded.split())
    if low.endswith("n't"):
        return (low[:-3], "not")
    if "'" in low:
        head, _, tail = low.partition("'")
        if tail in _CLITICS:
            return (head, _CLITICS[tail])
        if tail == "s":
            low = head  # a possessive or "is": the name is what matters
    low = _ize(spelling.get(low, low))
    return (numbers.get(low, low),)


# British -ise spellings and their American -ize forms, longest ending first.
_ISE = (
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("isers", "izers"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("iser", "izer"),
    ("ise", "ize"),
)


def _ize(low: str) -> str:
    """``low`` in its -ize spelling when that word or its verb is an English word
    ("radicalised" -> "radicalized"), else unchanged ("promise", "exercise": no
    "promize" is listed).

    >>> _ize("radicalised"), _ize("revolutionising"), _ize("promise"), _ize("wise")
    ('radicalized', 'revolutionizing', 'promise', 'wise')
    """
    for end, us in _ISE:
        if low.endswith(end) and len(low) > len(end) + 3:
            stem = low[: -len(end)]
            listed = _listed()
            return stem + us if stem + us in listed or stem + "ize" in listed else low
    return low


@functools.cache
def _listed() -> frozenset[str]:
    return frozenset(load_zipf("word_frequency"))


def words(text: str) -> list[Word]:
    """The normalised words of ``text`` with their offsets (gaps included)."""
    check_text(text, "words")
    out: list[Word] = []
    for m in _WORD_RE.finditer(text):
        token = m.group()
        start, end = m.span()
        if token[0] in "[.…":
            out.append(Word(GAP, start, end))
            continue
        if token[0] in "'’" and out:
            # "don 't" (tokenised text): join the clitic to the word before it.
            prev = out.pop()
            while out and out[-1].start == prev.start:
                prev = out.pop()
            joined = text[prev.start : prev.end].replace(" ", "") + token
            for norm in _normal_form(joined.replace(" ", "")):
                out.append(Word(norm, prev.start, end))
            continue
        for norm in _normal_form(token):
            out.append(Word(norm, start, end))
    return out


@functools.cache
def _stop() -> frozenset[str]:
    return load("stopwords") | load("matching_stopwords")


def is_function_word(norm: str) -> bool:
    """True for a normalised function word (not a negation): *the*, *we*, *very*.

    >>> is_function_word("the"), is_function_word("not"), is_function_word("polls")
    (True, False, False)
    """
    return norm in _stop() and norm not in load("negations")


def content_words(ws: list[Word]) -> list[str]:
    """The words that carry meaning: no gaps, no function words."""
    return content_norms([w.norm for w in ws])


def content_norms(norms: Sequence[str]) -> list[str]:
    """:func:`content_words` of words normalised already (their ``norm`` strings).

    >>> content_norms(["we", "will", "not", "trust", "the", "polls"])
    ['not', 'trust', 'polls']
    """
    stop = _stop()
    negations = load("negations")
    return [w for w in norms if w != GAP and (w not in stop or w in negations)]
