"""Sentence breaks that know abbreviations ("Sen. Tim Kaine" is one sentence).

A break is sentence-final punctuation (with any closing marks) followed by
space and a capital, a digit or an opening mark, unless the word before the
full stop is a title, an initial or a common abbreviation.

>>> text = "Sen. Tim Kaine spoke. Then Mr. Pence did. U.S. officials agreed."
>>> [text[e:e + 4] for e in break_ends(text, 0, len(text))]
['Then', 'U.S.']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from ..errors import OptionError, OptionTypeError
from ..lexicons import load, select
from .marks import CLOSERS, OPENERS, char_class

__all__ = [
    "PARAGRAPH_REACH",
    "STOP",
    "BreakIndex",
    "StopIndex",
    "break_ends",
    "break_spans",
    "ends_sentence",
    "last_break_end",
    "last_sentence_end",
    "paragraph_start",
    "stops_of",
]

# What may stand between a break's spaces and the capital that opens the next sentence.
OPENING = rf"[{char_class(OPENERS)}(\[]"
# A sentence's final punctuation with any closing marks and brackets after it: the
# one definition that the splitter and every question about a sentence end read.
_STOPS = ".!?…"
_END = rf"[{_STOPS}][{char_class(CLOSERS)})\]]*+"
# Any character that may begin an end: a window without one holds no break and ends
# no sentence, which one bounded search tells (callers skip the splitter with it).
STOP = regex.compile(rf"[{_STOPS}]")
_BREAK = regex.compile(rf"{_END}\s++(?={OPENING}*+[\p{{Lu}}\d])")
# The same end, read back from a given offset; the window it reads is bounded below.
_END_BEFORE = regex.compile(rf"(?r){_END}\Z")
_END_REACH = 12  # characters read back by ends_sentence (closing marks are few)
_PUNCTUATION = regex.compile(_END)
_NUMBER_NEXT = regex.compile(r"[ \t\u00a0]{0,3}+\p{N}")
# The word before a full stop, whole: no word when a digit or an apostrophe is part
# of it ("1970s.", "Polly's.", "do 't.").
# Read backwards from the stop ``(?r)``: the match ends where the window does, so the
# engine starts there rather than trying each of the 12 starts before it (the same
# match: ``tests/test_sentences.py``).
_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}.\-'’])[\p{L}.\-]{1,12}$")
# A capital letter is an initial ("Leonard E. Burman"), but not the pronoun after a
# word in lower case ("says I.").
_PRONOUN_I = select("pronouns", case="subject", person="1") & {"i"}
_LOWER_WORD_BEFORE = regex.compile(r"(?<!\p{L})\p{Ll}\p{L}*+\s++$")
# Letters in short pieces joined by dots ("U.S", "N.Y", "Ph.D"), not a web address
# ("Mic.com"); a prefix before a hyphen ("R-S.C") is left out. Such a short form
# ends its sentence when a quote opens after it ('from Fort Mill, S.C. "It was').
_DOTTED = regex.compile(r"(?:\p{L}{1,2}\.)++\p{L}{1,2}")
_QUOTE_NEXT = regex.compile(rf"\s{{1,3}}+[{char_class(OPENERS)}]")
# English short titles ("Sen.", "Dr."); French ones ("Mme.", "Mlle.") still end a
# sentence, as they always have here (reading them as short forms changes PDNC).
_ABBREVIATIONS = select("titles", abbreviation=True, language="en") | load("abbreviations")
# "No. 10", "vol. 3": short forms only before a number ("shook his head no. Then").
_BEFORE_NUMBERS = load("number_abbreviations")


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation, not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if m is None:
        return False
    word = m.group().lower().lstrip("-")
    if len(word) == 1 and word.isalpha():
        if not m.group().isupper():
            return word in _ABBREVIATIONS  # "Roe v. Wade"; not "Dolly s." (a lost apostrophe)
        # an initial: "Leonard E. Burman"; not "says I."
        return word not in _PRONOUN_I or not _LOWER_WORD_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        )
    if "." in word:
        dotted = _DOTTED.fullmatch(word.rpartition("-")[2]) is not None  # "U.S.", "R-S.C."
        return dotted and _QUOTE_NEXT.match(text, stop + 1) is None
    if len(word) <= 3 and m.group()[:1].isupper() and "-" in m.group():
        return True  # "D-Va."
    if word in _BEFORE_NUMBERS:
        return _NUMBER_NEXT.match(text, stop + 1) is not None
    return word in _ABBREVIATIONS


def ends_sentence(text: str, end: int) -> bool:
    """True when ``text[:end]`` ends with the end of a sentence: its final punctuation
    and any closing marks, unless the full stop ends a title, an initial or an
    abbreviation. What follows is the caller's to judge (a break also needs a space
    and a capital after it: :func:`break_spans`).

    >>> ends_sentence("We won.”", 8), ends_sentence("said Dr.", 8), ends_sentence("won,", 4)
    (True, False, False)
    """
    m = _END_BEFORE.search(text, max(0, end - _END_REACH), end)
    if m is None:
        return False
    return not (text[m.start()] == "." and _is_abbreviation(text, m.start()))


def last_sentence_end(text: str, start: int, end: int) -> int | None:
    """Where the last sentence in ``text[start:end]`` ends (after its punctuation and
    closing marks, before the spaces), or ``None``: at a break (:func:`break_spans`),
    or at the end of the range itself, past its spaces, when a sentence ends there
    (:func:`ends_sentence`: whatever comes at ``end`` is taken to open the next).

    >>> text = "No. Then “yes"
    >>> last_sentence_end(text, 0, text.index("“")), last_sentence_end("Dr. “Yes", 0, 4)
    (3, None)
    >>> last_sentence_end("That is all. “", 0, 13)
    12
    >>> last_sentence_end("We won. They lost", 0, 17)
    7
    """
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop < end and stop > start and ends_sentence(text, stop):
        return stop
    found = None
    for at, _after in break_spans(text, start, end):
        found = at
    if found is None:
        return None
    m = _PUNCTUATION.match(text, found)
    return m.end() if m is not None else None


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


def last_break_end(text: str) -> int:
    """Where the last sentence break of ``text`` ends (where the next sentence
    begins), or 0 when it has none: the last of :func:`break_spans` over the whole
    of ``text``, found from its end.

    A break starts at a character of :data:`STOP` and runs over closing marks and
    spaces, which hold no other, so the breaks are those stops where :data:`_BREAK`
    matches and no abbreviation ends, each read on its own: the last stop that
    passes is the last break, and the stops before it are not read
    (``tests/test_sentences.py`` compares the two). Only the last
    ``_FROM_END_TRIES`` stops are tried one by one; past them (a run of dots, a text
    of marks and stops) the splitter reads the text before them in one pass, as it
    read the whole text before: what a break ending before a stop reads lies before
    that stop.

    >>> last_break_end("Dr. Ruiz left. She won. Then Mr. Lee"), last_break_end("Mr. Lee")
    (24, 0)
    >>> last_break_end("She won. Then... and... so.. on")
    9
    """
    end = len(text)
    for _ in range(_FROM_END_TRIES):
        stop = _LAST_STOP.search(text, 0, end)
        if stop is None:
            return 0
        at = stop.start()
        m = _BREAK.match(text, at)
        if m is not None and not (text[at] == "." and _is_abbreviation(text, at)):
            return m.end()
        end = at
    return max((e for _, e in break_spans(text, 0, end)), default=0)


_FROM_END_TRIES = 2  # stops tried from the end by last_break_end before the splitter


# _BREAK again, with the opening marks before the capital as group 1: where a window's
# end must lie for its search to see that capital (BreakIndex).
_BREAK_SEEN = regex.compile(rf"{_END}\s++(?=({OPENING}*+)[\p{{Lu}}\d])")
_LAST_STOP = regex.compile(rf"(?r)[{_STOPS}]")
_BREAK_CHUNK = 512  # characters of text whose breaks BreakIndex finds at once
_BREAK_SLACK = 64  # read past a chunk's end for the breaks that start in it


class BreakIndex:
    """:func:`break_spans` of any window of one text, each stretch of it read once.

    Attribution asks for the breaks of a window before and after every quote; in a
    text of one long line those windows are never cut short by a paragraph's edge,
    so each full stop was read (and checked for an abbreviation) by every window
    around it, three to ten times. Here the text is read a chunk of
    ``_BREAK_CHUNK`` characters at a time, when a window first reaches it, and
    each break is kept with the offset of the capital that its look-ahead needs.

    A window's search (``_BREAK`` from ``start``, up to ``end + 3``) finds exactly
    the breaks of the whole text that start at or after ``start``, end at or before
    ``end`` and see their capital before ``end + 3``: a break starts at a
    character of :data:`STOP` and runs over closing marks, spaces and opening
    marks, none of which is a stop, so no break starts inside another, and cutting
    the text short can only make a break's look-ahead fail, never move it
    (``tests/test_break_index.py`` compares the two on any window).

    Given ``stops``, the offset of every character of :data:`STOP` in the text in
    order (a text with few, as :attr:`StopIndex.listed` gives them: news), the
    index reads no chunk. Only a stop can start a break, so a window's breaks are
    among the stops in ``[start, end + 3)``, found by a bisect, and each stop is
    read (the break pattern matched there, the word before a full stop checked for
    an abbreviation) once, when a window first holds it. On news the windows
    around a quote, and those of neighbouring quotes, overlap: each stop was read
    by one window in three again.
    """

    __slots__ = ("_chunks", "_read_stops", "_stops", "text")

    def __init__(self, text: str, stops: list[int] | None = None) -> None:
        self.text = text
        # chunk number -> the (start, end, capital) of each break that starts in it
        self._chunks: dict[int, list[tuple[int, int, int]]] = {}
        self._stops = stops
        # a listed stop -> (end, capital) of the break that starts there, or None
        self._read_stops: dict[int, tuple[int, int] | None] = {}

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """``list(break_spans(text, start, end))``."""
        text = self.text
        seen_to = min(len(text), end + 3)
        out = []
        stops = self._stops
        if stops is not None and start >= 0 and end >= 0:
            read = self._read_stops
            for i in range(bisect.bisect_left(stops, start), bisect.bisect_left(stops, seen_to)):
                at = stops[i]
                if at in read:
                    found = read[at]
                else:
                    found = read[at] = self._read_stop(at)
                if found is not None and found[0] <= end and found[1] < seen_to:
                    out.append((at, found[0]))
            return out
        for c in range(max(0, start) // _BREAK_CHUNK, max(0, end) // _BREAK_CHUNK + 1):
            got = self._chunks.get(c)
            if got is None:
                got = self._chunks[c] = self._read(c)
            for at, after, capital in got:
                if at >= start and after <= end and capital < seen_to:
                    out.append((at, after))
        return out

    def _read_stop(self, at: int) -> tuple[int, int] | None:
        """The end and the capital of the break that starts at stop ``at``, if any."""
        text = self.text
        m = _BREAK_SEEN.match(text, at)
        if m is None or (text[at] == "." and _is_abbreviation(text, at)):
            return None
        return m.end(), m.end(1)

    def _read(self, c: int) -> list[tuple[int, int, int]]:
        text = self.text
        lo = c * _BREAK_CHUNK
        hi = min(len(text), lo + _BREAK_CHUNK)
        out: list[tuple[int, int, int]] = []
        last = -1
        for m in _BREAK_SEEN.finditer(text, lo, min(len(text), hi + _BREAK_SLACK)):
            if m.start() >= hi:
                break
            last = m.start()
            if not (text[last] == "." and _is_abbreviation(text, last)):
                out.append((last, m.end(), m.end(1)))
        # A break whose spaces and marks run past the slack starts at the chunk's last
        # stop (there is no stop inside a break): that one is read on to its end.
        stop = _LAST_STOP.search(text, max(lo, last + 1), hi)
        if stop is not None:
            tail = self._read_stop(stop.start())
            if tail is not None:
                out.append((stop.start(), *tail))
        return out


# A text with at most one stop in this many characters has its stops listed (StopIndex).
_SPARSE = 16


def _sparse_stops(text: str) -> list[int] | None:
    """The offset of every character of :data:`STOP` in ``text``, in order, when they
    are at most one in ``_SPARSE`` characters; else ``None`` (the list would be long).

    >>> _sparse_stops("Yes. No! Why?" + " " * 40), _sparse_stops("...")
    ([3, 7, 12], None)
    """
    # (Only the full stops are counted first, in one pass: a text dense with them is
    # told at once, and any other is read once, left as soon as its stops pass the
    # bound, rather than counted for each of the four characters and then read.)
    most = len(text) // _SPARSE  # more stops than this: more than one in _SPARSE
    if text.count(".") > most:
        return None
    at: list[int] = []
    for stop in _STOPS:  # (single characters: str.find, in C, not a pattern)
        i = text.find(stop)
        while i >= 0:
            if len(at) == most:
                return None
            at.append(i)
            i = text.find(stop, i + 1)
    at.sort()
    return at


# The widest gap StopIndex reads across to join a window to the stretch it knows (the
# quote between a quote's look-back and its look-ahead): a bounded read per call.
_BRIDGE = 64


class StopIndex:
    """Where the sentence punctuation (:data:`STOP`) of one text stands.

    :meth:`any` answers ``STOP.search(text, start, end) is not None``. It remembers
    the last stretch of the text it read that holds no stop (and the stop that ends
    it, if it found one), so windows that overlap it, as the windows around the
    quotes of a text dense with quotes do, read only the part not read before. The
    stretch grows both ways, and across a gap of at most ``_BRIDGE`` characters
    between a window and it (a quote's look-back asked after its look-ahead, with
    the quote between them): so each character of a text dense with quotes is read
    about once, and no call reads more than ``_BRIDGE`` characters outside its own
    window.

    >>> stops = StopIndex("No stop here. One.")
    >>> stops.any(0, 12), stops.any(0, 13), stops.any(13, 17)
    (False, True, False)
    >>> stops.any(16, 17), stops.any(14, 16), stops.any(2, 9)
    (False, False, False)

    A text with few stops (at most one in ``_SPARSE`` characters: news prints about
    one in a hundred) has them all found once, with ``str.find``, and each window is
    answered by a bisect (:meth:`holds`); the stretch serves the texts dense with
    stops, where such a list would be as long as the text.
    """

    __slots__ = ("_at", "_hi", "_lo", "_stop_at_hi", "text")

    def __init__(self, text: str, *, listed: bool = True) -> None:
        self.text = text
        # text[_lo:_hi] holds no stop; _stop_at_hi: a stop stands at _hi.
        self._lo = self._hi = 0
        self._stop_at_hi = False
        # Every stop's offset, in order, when few (listed=False: never; the stretch
        # alone, as the tests read it).
        self._at = _sparse_stops(text) if listed else None

    @property
    def listed(self) -> list[int] | None:
        """The offset of every stop, in order, when the text has few; else ``None``."""
        return self._at

    def holds(self, start: int, end: int) -> bool:
        """:meth:`any`, without reading into the stretch: from the stops' offsets when
        the text has few, else by one search of the window (for a whole paragraph,
        asked once: :meth:`.kinds._Reader.calm_from`)."""
        at = self._at
        if at is None or start < 0 or end < 0:
            return STOP.search(self.text, start, end) is not None
        i = bisect.bisect_left(at, start)
        return i < len(at) and at[i] < end

    def any(self, start: int, end: int) -> bool:
        """True when a character of :data:`STOP` stands in ``text[start:end]``
        (offsets read as ``regex`` reads them: past the end is the end)."""
        if self._at is not None or start < 0 or end < 0:
            # (A negative offset counts from the text's end, as regex reads it.)
            return self.holds(start, end)
        end = min(end, len(self.text))
        if start >= end:
            return False
        if start < self._lo and self._lo - end <= _BRIDGE:
            # Before the stretch, at most _BRIDGE short of it: read up to it.
            m = STOP.search(self.text, start, self._lo)
            if m is not None:  # the first stop from start: a new stretch ends there
                self._lo, self._hi, self._stop_at_hi = start, m.start(), True
                return m.start() < end
            self._lo = start
        elif start > self._hi and (self._stop_at_hi or start - self._hi > _BRIDGE):
            self._lo = self._hi = start  # far from the stretch: a stretch of its own
            self._stop_at_hi = False
        elif start < self._lo:
            self._lo = self._hi = start
            self._stop_at_hi = False
        # Here _lo <= start, and text[_hi:start] is read below when start > _hi.
        if end <= self._hi:
            return False
        if self._stop_at_hi:
            return True  # the stop at _hi, which is at or after start
        m = STOP.search(self.text, self._hi, end)
        if m is None:
            self._hi = end
            return False
        if m.start() < start:  # a stop in the gap bridged: the window on its own
            self._lo = self._hi = start
            m = STOP.search(self.text, start, end)
            if m is None:
                self._hi = end
                return False
        self._hi = m.start()
        self._stop_at_hi = True
        return True


def stops_of(text: str, stops: object) -> StopIndex:
    """The :class:`StopIndex` of ``text`` that a caller handed on (``stops=`` of
    :class:`.layer.TextLayer`, :func:`.kinds.classify_all` and
    :func:`.attribution.attribute`), or a new one for ``None``. Anything else raises
    :class:`.errors.OptionTypeError`, and the index of another text
    :class:`.errors.OptionError`, before any work is done.

    >>> text = "It rained. We stayed in." + " " * 40
    >>> stops_of(text, None).listed, stops_of(text, StopIndex(text)).listed
    ([9, 23], [9, 23])
    >>> stops_of(text, "9, 23")
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionTypeError: stops= takes the StopIndex of the text, or None, not str
    >>> stops_of(text, StopIndex("Another text."))
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionError: stops= is the StopIndex of another text than the one read
    """
    if stops is None:
        return StopIndex(text)
    if not isinstance(stops, StopIndex):
        raise OptionTypeError(
            f"stops= takes the StopIndex of the text, or None, not {type(stops).__name__}"
        )
    if stops.text is not text and stops.text != text:
        raise OptionError("stops= is the StopIndex of another text than the one read")
    return stops


PARAGRAPH_REACH = 4000  # characters back to a paragraph's start, at most


def paragraph_start(text: str, end: int, reach: int = PARAGRAPH_REACH) -> int:
    r"""The newline that opens ``end``'s paragraph (-1 at the text's start), read no
    further back than ``reach`` characters: in a text of one long line, the character
    before that reach, so each quote reads a bounded stretch.

    >>> paragraph_start("One.\nTwo three.", 12)
    4
    >>> paragraph_start("x" * 5000, 4500)
    499
    """
    floor = max(0, end - reach)
    newline = text.rfind("\n", floor, end)
    return newline if newline >= 0 or floor == 0 else floor - 1
