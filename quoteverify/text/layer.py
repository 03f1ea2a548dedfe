"""The text layer: where every rule reads an article's tokens and sentence breaks.

Attribution asks many small questions of the same article: the tokens of a
window before a quote, of the sentence after it, where a sentence starts.
:class:`TextLayer` answers them all, the same as the windowed calls they
replace (``tokenize(text, start, end)``, ``break_ends(text, start, end)``), and
answers a window asked twice from memory (about a quarter of attribution's
windows on news are asked again by another rule), and a window that starts inside
one of the last plain windows read from that window's tokens, as far as they are
the same (``shared_tokens``).

Why windows and not one scan of the whole article: on PolNeAR train the windows
rules read hold about 37 % of the text, and are mostly disjoint; scanning every
token of the article (even lazily, in chunks of 96 or 512 characters, with each
token object made once) cost attribution 30 to 60 % more CPU time than
tokenising the windows (``docs/journal/performance.md``).

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
import functools
import itertools
import operator
import re
import unicodedata
from array import array
from collections.abc import Iterator
from typing import NamedTuple

import regex

from ..lexicons import load
from .clean import CONTINUATION
from .marks import QUOTE_CHARS
from .sentences import BreakIndex, StopIndex, break_ends, break_spans, stops_of

__all__ = ["TextLayer", "Token", "entry_starts", "has_invisible", "tokenize", "visible"]


class Token(NamedTuple):
    """A word or one punctuation character, with its offsets and its lower-case form."""

    start: int
    end: int
    text: str
    lower: str


# Format characters (Unicode's Cf: joiners, direction marks, the byte-order mark...)
# and NUL print nothing, and a combining mark belongs to the letter it follows. Inside
# a word (before a letter, digit, mark, apostrophe or hyphen) a format character or NUL
# goes on the word; anywhere else it, and a mark with no letter before it, is read as
# spacing: no token. The soft hyphen (U+00AD, also Cf) prints as a hyphen where a line
# breaks and stays a punctuation token, as before (news holds it).
# A word's lower-case form drops them (see _lexical), so that *said* followed by a
# joiner is *said*, and the rows of attribution see what they see without them.
# Offsets stay offsets into the text. _FORMAT is \p{Cf} of ``regex`` and NUL, less the
# soft hyphen, spelt out for ``re`` (tests/test_layer.py checks every code point).
_FORMAT = (
    r"\x00\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    r"\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    r"\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    r"\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
# Mojibake: UTF-8 read as Windows-1252 or Latin-1 turns ``ñ`` (C3 B1) into ``Ã±``
# and ``’`` (E2 80 99) into ``â€™``, leaving a symbol or C1 control inside the
# word (PeÃ±a, GarcÃ\xada, FranÃ\x83Â§ois read twice wrong). As ftfy's detector does,
# a lead that opens a two-byte sequence of Latin letters (C2 to C5: Â Ã Ä Å, also
# decomposed, as a letter and its mark) followed by what a continuation byte reads
# as (in Windows-1252, or a C1 control as Latin-1 reads it) is taken for mojibake,
# and the word reads on through it: real text almost never puts a symbol or control
# right after these four capitals. Left out are the continuations a word already
# reads (letters, digits, marks, apostrophes), spaces, and the quote marks, dashes
# and ellipsis, which stay tokens of their own (``Ã“`` for Ó stays cut rather than
# hide a quote mark from the rows). ``â€™``, an apostrophe read as three characters,
# reads on too. The lookbehinds read only characters the word has already taken: no
# token looks further than it did.
_MOJIBAKE_TAIL = "".join(
    c
    for c in dict.fromkeys(CONTINUATION + "".join(map(chr, range(0x80, 0xA0))))
    if regex.match(r"[^\p{L}\p{N}\p{M}\s\p{Pd}\u2026]", c) and c not in QUOTE_CHARS
)
# (Also read inside the name words of speakers/mentions.py.) The tail is tried before
# the lead is looked for behind it: most words end at a character of no tail, and the
# class fails there faster than the lookbehind (on 300 train articles read whole by
# the Unicode pattern: 26 % slower than without mojibake the other way round, 7 % so;
# news rarely takes that pattern).
_LEAD = r"(?:[\u00c2-\u00c5]|A[\u0302\u0303\u0308\u030a])"
_TAIL = f"[{regex.escape(_MOJIBAKE_TAIL)}]"
MOJIBAKE_IN_WORD = rf"{_TAIL}(?<={_LEAD}{_TAIL})|\u20ac\u2122(?<=(?:\u00e2|a\u0302)\u20ac\u2122)"
_TOKEN_RE = regex.compile(
    r"(?:\p{Lu}\.){2,}"  # U.S.
    # a word, with inner apostrophes, hyphens, marks, format characters and mojibake;
    # two hyphens are a dash (Hale--who), not a hyphen inside a word, also with format
    # characters between them (the lookahead stops at the first other character)
    rf"|[\p{{L}}\p{{N}}](?:[\p{{L}}\p{{N}}\p{{M}}'’]|-(?![{_FORMAT}]*+-)|[{_FORMAT}]++(?=[\p{{L}}\p{{N}}\p{{M}}'’\-])|{MOJIBAKE_IN_WORD})*+"
    rf"|[^\s\p{{L}}\p{{N}}\p{{M}}{_FORMAT}]"  # one punctuation character
)


# _TOKEN_RE for a window with no letter, digit or mark outside ASCII: the same tokens
# (tests/test_layer.py checks every code point), found by ``re``, faster than ``regex``
# at many short matches. Spaces are what ``regex`` calls spaces: ``re`` also calls the
# separators U+001C to U+001F spaces, so they are punctuation here by name.
# A word's characters after its first are a run of letters, digits and apostrophes,
# then each hyphen or run of format characters with the run after it: the same
# words as one loop over single characters, which ``re`` tries a quarter slower. A
# word that opens in lower case or with a digit is tried first (most words), where
# the initials could not match anyway.
_ASCII_WORD_REST = (
    rf"[A-Za-z0-9'’]*+(?:(?:-(?![{_FORMAT}]*+-)|[{_FORMAT}]++(?=[A-Za-z0-9'’\-]))"
    rf"[A-Za-z0-9'’]*+)*+"
)
_ASCII_TOKEN_RE = re.compile(
    rf"[a-z0-9]{_ASCII_WORD_REST}"
    r"|(?:[A-Z]\.){2,}"
    rf"|[A-Z]{_ASCII_WORD_REST}"
    rf"|[^\sA-Za-z0-9{_FORMAT}]|[\x1c-\x1f]"
)
# The Unicode classes of the characters that make words: letters, digits, marks.
LETTER, DIGIT, MARK = r"\p{L}", r"\p{N}", r"\p{M}"


def beyond_ascii(*classes: str) -> str:
    """A ``regex`` (V1) class of one character of ``classes`` (:data:`LETTER`,
    :data:`DIGIT`, :data:`MARK`) outside ASCII: what sends a text to a slower path
    where its ASCII twin, read by ``re``, would not read it alike.

    >>> regex.compile(beyond_ascii(LETTER, MARK), regex.V1).findall("Zoë 9 \u0661")
    ['ë']
    """
    return rf"[[{''.join(classes)}]--[\x00-\x7f]]"


# A character that sends a window to _TOKEN_RE.
_NOT_PLAIN = regex.compile(beyond_ascii(LETTER, DIGIT, MARK), regex.V1)


def first_beyond(text: str, pos: int, wide: regex.Pattern[str], end: int | None = None) -> int:
    """The offset of the first character at or after ``pos`` (and before ``end``, the
    text's end by default) that ``wide`` matches, a class of characters outside ASCII
    (:func:`beyond_ascii`), or -1.

    The characters outside ASCII and common punctuation are found by ``re``
    (:data:`BEYOND_PUNCTUATION`: a class's own search by ``regex`` reads a long text
    about four times slower), and each is then tried by the class.

    >>> first_beyond("“Zoë” 9", 0, _NOT_PLAIN), first_beyond("“Zoe” 9", 0, _NOT_PLAIN)
    (3, -1)
    """
    search, match = BEYOND_PUNCTUATION.search, wide.match
    stop = len(text) if end is None else end
    hit = search(text, pos, stop)
    while hit is not None:
        at = hit.start()
        if match(text, at) is not None:
            return at
        hit = search(text, at + 1, stop)
    return -1


def line_stretches(
    text: str, hit: int, wide: regex.Pattern[str], start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, bool]]:
    """``text`` (or its lines from ``start`` to ``end``) cut at line breaks into
    stretches that cover it in order, each as ``(start, end, wide)``: a wide stretch
    is one line that holds a character of ``wide`` (a class of characters outside
    ASCII), the others hold none. ``hit`` is the first such character
    (:func:`first_beyond`; -1: the whole range is one plain stretch).

    For a pattern that reads no line break and has an ASCII twin read by ``re``
    (faster at many short matches), which matches alike where no character of
    ``wide`` stands: the twin reads the plain stretches, the pattern the wide ones,
    and the matches are the pattern's over the whole text. A long document is mostly
    plain lines; its few wide ones are found from their characters, not line by line.

    >>> list(line_stretches("Ana\\nZoë met\\nBo", 6, _NOT_PLAIN))
    [(0, 4, False), (4, 11, True), (11, 14, False)]
    """
    stop = len(text) if end is None else end
    done = start  # the text before this is covered
    while hit >= 0:
        line = text.rfind("\n", done, hit) + 1 or done
        after = text.find("\n", hit, stop)
        after = stop if after < 0 else after
        yield done, line, False
        yield line, after, True
        done = after
        hit = first_beyond(text, after, wide, stop)
    yield done, stop, False


# A character outside ASCII and the common typographic punctuation: the no-break
# space, guillemets and U+2010 to U+2027 and U+2030 to U+203E (dashes, curly quotes,
# ellipsis, bullets, primes); NUL too. A string with none of them holds no letter,
# digit, mark or format character outside ASCII (tests/test_layer.py checks every
# code point listed), which this ``re`` search tells faster than _NOT_PLAIN (news windows
# mostly hold curly quotes and dashes, nothing else outside ASCII).
BEYOND_PUNCTUATION = re.compile(r"[^\x01-\x7f\u00a0\u00ab\u00bb\u2010-\u2027\u2030-\u203e]")
# What a word's lower-case form drops: format characters, NUL, and the marks that
# composing (NFC) leaves, which have no letter of their own.
_UNPRINTED = regex.compile(rf"[\p{{M}}{_FORMAT}]")
_FORMAT_RE = regex.compile(f"[{_FORMAT}]")


# A character that a word's lookaheads read on into: a letter, digit, mark,
# apostrophe, hyphen or format character (see _TOKEN_RE).
_READ_ON = regex.compile(rf"[\p{{L}}\p{{N}}\p{{M}}'’\-{_FORMAT}]")


def cut_reads_on(text: str, start: int, end: int, limit: int) -> bool:
    """False when ``tokenize(text, start, end)`` surely reads every token that ends by
    ``end`` as a scan that goes on to ``limit`` does: the word pattern's lookaheads
    (a hyphen not before another, format characters before a word character) read
    past a hyphen or format character only. True when a hyphen or format character
    ends ``text[start:end]`` and one of the characters they read on into follows:
    read on, ``S--`` is a word and a dash, cut after ``S-`` one word, and ``S\x00-``
    keeps its NUL in the word only when the hyphen is read.

    >>> cut_reads_on("S--", 0, 2, 3), cut_reads_on("S-", 0, 2, 2), cut_reads_on("S- x", 0, 2, 4)
    (True, False, False)
    """
    if end >= limit or end <= start:
        return False
    before = text[end - 1]
    if before != "-" and _FORMAT_RE.match(before) is None:
        return False
    return _READ_ON.match(text, end) is not None


def _utf8_alternatives(spelt: str) -> re.Pattern[bytes]:
    """A pattern of the characters of the class ``spelt`` (single characters and
    ranges ``a-b``, as :data:`_FORMAT` spells them) as UTF-8 byte strings, one
    alternative each (each at most four bytes long: linear)."""
    chars = spelt.encode().decode("unicode_escape")
    points: list[int] = []
    i = 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            points.extend(range(ord(chars[i]), ord(chars[i + 2]) + 1))
            i += 3
        else:
            points.append(ord(chars[i]))
            i += 1
    return re.compile(b"|".join(re.escape(chr(p).encode()) for p in points))


_FORMAT_UTF8 = _utf8_alternatives(_FORMAT)
# Characters per format character below which visible() splits with _FORMAT_RE.
_DENSE_FORMAT = 1000
_MARK_RE = regex.compile(r"\p{M}")

_new_tuple = tuple.__new__

# What keeps a token's lower-case form from being its word's str.lower(): the
# characters _lexical drops or composes (marks, format characters, NUL), and the two
# letters outside ASCII whose lower-case forms hold an ASCII letter (U+0130, U+212A).
_LOWERS_APART = regex.compile(rf"[\p{{M}}{_FORMAT}\u0130\u212a]")


def lowers_as_typed(text: str, start: int, end: int) -> bool:
    """True when every token of ``text[start:end]`` has its word's own ``str.lower()``
    for its lower-case form (``Token.lower``), and no character outside ASCII there
    lower-cases to an ASCII letter: then a word of ASCII letters is a token's form only
    where the window spells it, in any case.

    >>> lowers_as_typed("When Ana spoke", 0, 14), lowers_as_typed("Jose\u0301 spoke", 0, 12)
    (True, False)
    """
    return _LOWERS_APART.search(text, start, end) is None


def _lexical(lower: str) -> str:
    """A word's lower-case form without what it does not print: format characters and
    NUL dropped, marks composed with their letters, those that compose with none dropped.

    >>> _lexical("said\u200d"), _lexical("jose\u0301"), _lexical("said\u0301")
    ('said', 'josé', 'said')
    """
    # A word of letters and digits alone, or one punctuation character, holds none.
    if lower.isalnum() or len(lower) == 1 or _UNPRINTED.search(lower) is None:
        return lower
    return _MARK_RE.sub("", unicodedata.normalize("NFC", _FORMAT_RE.sub("", lower)))


def visible(text: str) -> tuple[str, list[int]]:
    """``text`` as a reader sees it: its format characters and NUL dropped (the soft
    hyphen kept, as the tokens keep it), and where each dropped character stood, as
    an offset into the reader's text (the one it stood before), in order. Offset
    ``p`` of the reader's text is ``p + bisect_right(cuts, p)`` in ``text`` for a
    character, ``p + bisect_left(cuts, p)`` for the end of a span. A text with none
    comes back as it is, with no cuts.

    >>> visible("Marta\u200d Oye\u200blaran said.")
    ('Marta Oyelaran said.', [5, 9])
    """
    if text.isascii():
        if "\x00" not in text:
            return text, []
        pieces = text.split("\x00")  # (NUL is the one such character in ASCII)
    else:
        # Found in the UTF-8 bytes, as has_invisible finds them: the character class
        # over a long text with a few of them costs about four times as much. Each
        # match is one whole character, and the bytes between two matches decode to
        # the characters between them. (Where they are dense, the class's split in
        # one call costs less than a decode per character.)
        data = text.encode("utf-8", "surrogatepass")
        if not _has_format_utf8(data):
            return text, []  # (most texts: told from their bytes outside ASCII)
        # Here the search below finds at least one character: _has_format_utf8 is true
        # exactly when _FORMAT_UTF8 matches in data (tests/test_layer.py, on any text).
        spans: list[tuple[int, int]] = []
        most = len(text) // _DENSE_FORMAT
        for m in _FORMAT_UTF8.finditer(data):
            spans.append(m.span())
            if len(spans) > most:
                break
        if len(spans) > most:
            pieces = _FORMAT_RE.split(text)
        else:
            pieces = []
            done = at = 0  # bytes read, and the text's offset there
            for start_byte, end_byte in spans:
                start = at + len(data[done:start_byte].decode("utf-8", "surrogatepass"))
                pieces.append(text[at:start])
                done, at = end_byte, start + 1
            pieces.append(text[at:])
    # (The i-th dropped character stands after pieces 0..i: in C, not a loop per match.)
    return "".join(pieces), list(itertools.accumulate(map(len, pieces[:-1])))


def has_invisible(text: str) -> bool:
    """True when ``text`` holds a character :func:`visible` drops (the name registry
    asks it of every article: searched in the text's UTF-8 form, about eight times
    faster than the character class).

    >>> has_invisible("Oye\u200blaran"), has_invisible("Oyelaran\u00ad"), has_invisible("a\ufeffb")
    (True, False, True)
    """
    if text.isascii():
        return "\x00" in text
    return _has_format_utf8(text.encode("utf-8", "surrogatepass"))


# Every byte of ASCII, deleted from a text's UTF-8 form by :func:`_has_format_utf8`.
_ASCII_BYTES = bytes(range(0x80))


def _has_format_utf8(data: bytes) -> bool:
    """True when the UTF-8 bytes ``data`` hold a character of :data:`_FORMAT`: NUL, or
    one of the others in what is left with every ASCII byte deleted (in C, many times
    faster than the search of the whole: news holds one character outside ASCII in
    about forty). Each character outside ASCII is a lead byte and its continuation
    bytes, none of them ASCII, so the bytes left are those characters whole, one
    after the other, and each match of :data:`_FORMAT_UTF8` there (a lead byte first)
    is one such character (``tests/test_layer.py`` checks every code point, through
    :func:`has_invisible`).

    >>> _has_format_utf8("“Oye\u200blaran”".encode()), _has_format_utf8("“Oyelaran”".encode())
    (True, False)
    """
    if b"\x00" in data:
        return True
    return _FORMAT_UTF8.search(data.translate(None, _ASCII_BYTES)) is not None


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with their offsets."""
    return _tokenize(text, start, end)[0]


def _tokenize(text: str, start: int, end: int) -> tuple[list[Token], bool]:
    """:func:`tokenize`, and whether the window is plain (read by the ASCII pattern:
    nothing outside ASCII but common punctuation, no NUL)."""
    # tuple.__new__ makes the same Token without the Python frame of Token.__new__
    # (a third of this function's time: attribution makes hundreds of thousands).
    out: list[Token] = []
    append = out.append
    # The ASCII pattern's tokens cover every character but spaces and format
    # characters (neither starts a token), so a token starts at the first place at or
    # after the last one's end where its text is found: findall and str.find cost less
    # than a match object per token.
    find = text.find
    pos = max(start, 0)  # (``re`` reads a negative start as 0; str.find would not)
    if start >= 0 and BEYOND_PUNCTUATION.search(text, start, end) is None:
        # Nothing outside ASCII but common punctuation, no NUL: no word holds a
        # character that its lower-case form drops (_lexical).
        for word in _ASCII_TOKEN_RE.findall(text, start, end):
            at = find(word, pos)
            pos = at + len(word)
            append(_new_tuple(Token, (at, pos, word, word.lower())))
        return out, True
    if _NOT_PLAIN.search(text, start, end) is None:
        # No letter, digit or mark outside ASCII, but maybe a format character or NUL
        # (spacing, or inside a word, which _lexical drops from its lower-case form;
        # a word of letters and digits alone holds none).
        for word in _ASCII_TOKEN_RE.findall(text, start, end):
            at = find(word, pos)
            pos = at + len(word)
            low = word.lower()
            append(_new_tuple(Token, (at, pos, word, low if low.isalnum() else _lexical(low))))
        return out, False
    for m in _TOKEN_RE.finditer(text, start, end):
        at, stop = m.span()
        word = text[at:stop]
        append(_new_tuple(Token, (at, stop, word, _lexical(word.lower()))))
    return out, False


# Plain windows kept per layer for the windows inside them or running on from them.
_SOURCES = 4
_token_start = operator.itemgetter(0)
_token_end = operator.itemgetter(1)


def shared_tokens(
    text: str, start: int, end: int, source: tuple[int, int, list[Token]]
) -> list[Token] | None:
    """``tokenize(text, start, end)`` read from the tokens of a plain window
    ``[s0, e0)`` that ``start`` lies in (``source``: a layer's remembered window, or
    :func:`tokenize_plain`'s), or ``None`` when they give none of it.

    A scan that starts where the window's scan stood (its start, a token's start or
    end, or any of the spaces between two tokens, where no token can start) reads on
    as that scan did, until a token whose match looks at a character the window
    does not hold. In a plain window a token that starts at ``p`` and ends at ``x``
    looked at ``x`` and ``x + 1`` (a hyphen is part of a word unless a hyphen
    follows; initials go on while a capital and a dot follow) and at ``p + 3`` at
    most before it (initials are tried first: ``U.S.``, not ``U``, where the text
    goes on), so the tokens that end at least two characters, and start at least
    four, before either window's end are the same, and the rest is tokenised from
    where the last of them ends. (Where the new window runs on into text that is
    not plain, its scan reads them by the Unicode pattern: on plain text the two
    patterns give the same tokens and lower-case forms.)"""
    s0, e0, toks = source
    if not s0 <= start < e0 - 2:
        return None  # outside the window, or too near its end to take a token
    j = bisect.bisect_left(toks, start, key=_token_start)
    if j and toks[j - 1].end > start:
        return None  # inside one of its tokens
    bound = min(end, e0)
    k = bisect.bisect_right(toks, bound - 2, lo=j, key=_token_end)
    while k > j and toks[k - 1].start > bound - 4:
        k -= 1  # initials looked at up to four characters from its start
    if k == j:
        return None
    return toks[j:k] + tokenize(text, toks[k - 1].end, end)


def tokenize_plain(text: str, start: int, end: int) -> list[Token] | None:
    """``tokenize(text, start, end)`` when the window is plain (the ASCII pattern read
    it: a window :func:`shared_tokens` may take tokens from), else None."""
    got, plain = _tokenize(text, start, end)
    return got if plain else None


# Windows remembered per layer: a rule asks again for a window another rule read.
_MEMO = 4096
# A window with no line break in this many characters before it reads its sentence
# breaks from the text's BreakIndex (on news, whose lines are short, the windows
# overlap little and reading them alone costs less than reading whole chunks).
_LONG_LINE = 2048


class TextLayer:
    """Tokens and sentence breaks of one text, each window computed once.

    ``stops``: the :class:`.sentences.StopIndex` of ``text`` already made (by
    :func:`.article.parse`, for the kinds), else ``None`` for one of the layer's own;
    anything else raises (:func:`.sentences.stops_of`).
    """

    __slots__ = (
        "_break_ends",
        "_break_index",
        "_break_memo",
        "_sources",
        "_stops",
        "_token_memo",
        "text",
    )

    def __init__(self, text: str, *, stops: StopIndex | None = None) -> None:
        self.text = text
        self._token_memo: dict[tuple[int, int], list[Token]] = {}
        # the last plain windows tokenised whole: (start, end, tokens), newest first
        self._sources: list[tuple[int, int, list[Token]]] = []
        self._break_memo: dict[tuple[int, int], list[int]] = {}
        self._break_ends: array[int] | None = None
        # The StopIndex of this text that the kinds read (handed on by parse: its stops
        # are listed once per text), else one of the layer's own.
        self._stops = stops_of(text, stops)
        # made for the first window, when the text's stops are listed, else for the
        # first window deep in a long line
        self._break_index: BreakIndex | None = None

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` with their offsets (``tokenize``), as a new
        list the caller may change."""
        key = (start, end)
        got = self._token_memo.get(key)
        if got is None:
            got = self._read(start, end)
            if len(self._token_memo) < _MEMO:
                self._token_memo[key] = got
        return list(got)

    def _read(self, start: int, end: int) -> list[Token]:
        """The tokens of a window not asked before: its part inside one of the last
        plain windows read taken from that window's tokens (the windows around a
        quote, and those of neighbouring quotes, overlap), the rest tokenised."""
        if end - start > 2:
            for source in self._sources:
                if source[0] <= start < source[1] - 2:
                    got = shared_tokens(self.text, start, end, source)
                    if got is not None:
                        return got
        got, plain = _tokenize(self.text, start, end)
        if plain and got:
            self._sources.insert(0, (start, end, got))
            del self._sources[_SOURCES:]
        return got

    def breaks(self, start: int, end: int) -> list[int]:
        """Offsets in ``[start, end]`` where a sentence begins (``break_ends``: titles,
        initials and abbreviations end no sentence)."""
        key = (start, end)
        got = self._break_memo.get(key)
        if got is None:
            # A break opens with sentence punctuation read within [start, end + 3).
            if not self.has_stop(start, end + 3):
                return []
            listed = self._stops.listed
            if (listed is not None and start >= 0 and end >= 0) or (
                start >= _LONG_LINE and self.text.rfind("\n", start - _LONG_LINE, start) < 0
            ):
                # A text with few stops (news): each stop read once, for every window
                # that holds it. Deep in a long line (no paragraph edge cuts the
                # windows short, so those of neighbouring quotes overlap): the breaks
                # of chunks read once.
                if self._break_index is None:
                    self._break_index = BreakIndex(self.text, listed)
                got = [after for _, after in self._break_index.spans(start, end)]
            else:
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


@functools.cache
def _entry_line() -> regex.Pattern[str]:
    """A live blog's timestamp line, matched at a line's start: an optional label
    (``lexicons/entry_labels.txt``), a clock time (*14:05*, *10.52pm*, *3:40 p.m.*),
    an optional zone (``lexicons/time_zones.txt``), then the line's end, or a dash or
    a colon and the entry's first words."""
    labels, zones = (
        "|".join(sorted((regex.escape(w) for w in load(name)), key=len, reverse=True))
        for name in ("entry_labels", "time_zones")
    )
    return regex.compile(
        rf"(?im)^[ \t]*(?:(?:{labels})[ \t]*:?[ \t]*(?:at[ \t]+)?)?"
        r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
        r"(?:[ \t]?(?:a\.m\.|p\.m\.|am|pm))?"
        rf"(?:[ \t]+(?:{zones})\b)?"
        r"[ \t\r]*(?:$|[-\u2013\u2014:][ \t])"
    )


def entry_starts(text: str) -> list[int]:
    """Where each entry of a live blog opens: the start of every line that is a
    timestamp (a time alone, *14:05 GMT*, *3:40 p.m.*; a time and a dash or a colon
    before the entry's words, *10:31 - The hearing resumed*; a time after a label,
    *Updated 10.52pm*), in text order. Each entry, its time and a short paragraph or
    two, is a unit as a paragraph is: the text before the first time is none. An
    article with no such line has none (most news: a time inside a sentence is not
    at a line's start).

    >>> entry_starts("Live\\n14:05 GMT\\nShe spoke.\\n13:50\\nHe left.")
    [5, 26]
    >>> entry_starts("Updated 3:40 p.m. ET\\nThe jury is back.")
    [0]
    >>> entry_starts("The vote is at 10:30 today.\\n2:1 was the score.")
    []
    """
    if ":" not in text and "." not in text:
        return []
    # Only a line with a clock time's digits in it can be one: each such line is
    # tried at its start once, and the search goes on from the next line, so the
    # text is read about once, not tried at every line's start (most news has no
    # entries, and most lines no time). The same starts as the line pattern's
    # finditer over the whole text: a match lies within one line, at its start.
    line, out, pos, n = _entry_line(), [], 0, len(text)
    while pos < n:
        m = _CLOCK_DIGITS.search(text, pos)
        if m is None:
            break
        start = text.rfind("\n", pos, m.start()) + 1 or pos
        if line.match(text, start) is not None:
            out.append(start)
        pos = text.find("\n", m.end()) + 1 or n
    return out


# Digits, a stop or colon and two digits: what every time _entry_line reads holds.
_CLOCK_DIGITS = regex.compile(r"\d[:.][0-5]\d")
