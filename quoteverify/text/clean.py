"""Stage 0, scraped text → plain text: :func:`clean`, with a map back to the original offsets.

Text copied out of web pages often reaches us with its HTML still in it
(``&ldquo;``, ``&quot;``, ``<b>``) or decoded with the wrong codec (UTF-8 bytes
read as Windows-1252 turn ``“`` into ``â€œ``). Neither is a quote mark, so the
parser finds nothing. :func:`clean` repairs such text in named steps, and keeps,
for every character of the cleaned text, where it came from in the original:

>>> cleaned = clean("<p>&ldquo;We <b>will</b> win,&rdquo; she said.</p>")
>>> cleaned.text
'\\n\\n“We will win,” she said.\\n\\n'
>>> cleaned.steps
('tags', 'entities', 'mojibake')
>>> start, end = cleaned.span_to_original(2, 3)   # the opening mark
>>> cleaned.original[start:end]
'&ldquo;'

The steps, applied in this order whatever order they are given in:

``tags``
    HTML tags are removed. Block tags (``<p>``, ``</p>``, ``<br>``, ``<div>``,
    headings, list items...) become a paragraph break (a blank line); inline
    tags (``<b>``, ``<i>``, ``<a href=...>``, ``<span>``...) vanish; comments
    vanish; ``<script>`` and ``<style>`` elements are dropped with their content.
``entities``
    Character references are decoded with :func:`html.unescape`'s rules
    (``&amp;``, ``&quot;``, ``&#8220;``, ``&#x201D;``, even ``&amp`` without its
    semicolon), by our own scanner so that each one maps back to its place.
    With ``tags`` too, both run in one pass over the text, so a reference is
    decoded where a browser would: between tags (``&am<b>p;`` stays as it is).
``mojibake``
    A small built-in repair of the commonest mojibake: UTF-8 punctuation read
    as Windows-1252 (``â€œ`` ``â€`` ``â€˜`` ``â€™`` ``â€"`` ``â€¦``...) and the
    Latin-1 letters and guillemets (``Ã©`` for ``é``, ``Â«`` for ``«``).
``ftfy``
    The full repair of `ftfy <https://ftfy.readthedocs.io>`_
    (:func:`ftfy.fix_encoding`, run on each word that holds a non-ASCII
    character; the word before and after is aligned character by character,
    so a run ftfy rewrote maps to all of its source and the rest to itself).
    Needs the optional extra: ``pip install 'quoteverify[clean]'``; without it
    :class:`~quoteverify.errors.MissingExtraError` is raised.

The default is :data:`DEFAULT_STEPS`, which needs nothing beyond the standard
library. Every pattern here runs in linear time: tags, comments and references
are bounded in length, and a missing comment or ``</script>`` end is looked
for once.
"""

from __future__ import annotations

import bisect
import html
import html.entities
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
import regex

from ..errors import OptionError, check_offset, check_span, check_text, require_extra
from ..lexicons import select

__all__ = ["DEFAULT_STEPS", "STEPS", "Cleaned", "clean"]

#: Every step :func:`clean` knows, in the order it applies them.
STEPS: tuple[str, ...] = ("tags", "entities", "mojibake", "ftfy")
#: The steps of ``clean(text)`` and ``parse(text, clean=True)``: no extra needed.
DEFAULT_STEPS: tuple[str, ...] = ("tags", "entities", "mojibake")

_Edit = tuple[int, int, str]  # replace original[start:end] with the string
# (clean start, clean end, source start, source end, copy): one run of characters
_Segment = tuple[int, int, int, int, bool]


@attrs.frozen(kw_only=True)
class Cleaned:
    """A cleaned text, the steps that made it, and the map back to the original.

    ``text`` is the cleaned text and ``original`` the text that was given.
    Offsets are half-open, as everywhere in quoteverify. A character copied
    unchanged maps to itself; a character that replaced something (a decoded
    ``&amp;``, a repaired ``â€œ``, the blank line that stands for ``</p>``)
    maps to the whole of what it replaced. Removed text (an inline tag, a
    ``<script>`` element) has no character of its own: it is inside a mapped
    span only when the span covers characters on both sides of it.

    >>> c = clean("Tom &amp; Jerry")
    >>> c.text, c.to_original(4), c.to_original(6), c.span_to_original(4, 5)
    ('Tom & Jerry', 4, 10, (4, 9))
    """

    text: str
    original: str = attrs.field(repr=False)
    steps: tuple[str, ...]
    # Runs of cleaned characters: (start, end) in ``text``, (start, end) of
    # their source in ``original``, and whether the run is a plain copy.
    _segments: tuple[_Segment, ...] = attrs.field(repr=False, eq=False, alias="segments")
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    @_starts.default
    def _starts_default(self) -> tuple[int, ...]:
        return tuple(s[0] for s in self._segments)

    @property
    def changed(self) -> bool:
        """Whether cleaning changed anything."""
        return self.text != self.original

    def _check(self, offset: object, name: str) -> int:
        return check_offset(offset, name, len(self.text), "cleaned text")

    def _char(self, offset: int) -> tuple[int, int]:
        """The original span of the cleaned character at ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        cstart, _, ostart, oend, copy = self._segments[i]
        if copy:
            at = ostart + offset - cstart
            return at, at + 1
        return ostart, oend

    def to_original(self, offset: int) -> int:
        """Where the character at ``offset`` of :attr:`text` starts in :attr:`original`.

        ``len(text)`` maps to ``len(original)``.
        """
        offset = self._check(offset, "offset")
        if offset == len(self.text):
            return len(self.original)
        return self._char(offset)[0]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of :attr:`original` that the span ``[start, end)`` of :attr:`text` came from.

        It runs from the start of the first character's source to the end of
        the last one's, so a decoded entity or a repaired mark at either end
        is covered whole. An empty span maps to an empty span.
        """
        start, end = check_span(start, end, len(self.text), "cleaned text")
        if start == end:
            at = self.to_original(start)
            return at, at
        return self._char(start)[0], self._char(end - 1)[1]


# --- building and composing offset maps ---------------------------------------


def _apply(text: str, edits: Iterable[_Edit]) -> tuple[str, list[_Segment]]:
    """Apply sorted, non-overlapping edits; return the new text and its segments."""
    parts: list[str] = []
    segments: list[_Segment] = []
    pos = 0
    size = 0
    for start, end, new in edits:
        if start > pos:
            segments.append((size, size + start - pos, pos, start, True))
            parts.append(text[pos:start])
            size += start - pos
        if new:
            segments.append((size, size + len(new), start, end, False))
            parts.append(new)
            size += len(new)
        pos = end
    if pos < len(text):
        segments.append((size, size + len(text) - pos, pos, len(text), True))
        parts.append(text[pos:])
    return "".join(parts), segments


class _Map:
    """Lookups in one list of segments."""

    def __init__(self, segments: Sequence[_Segment], source_length: int) -> None:
        self.segments = segments
        self.starts = [s[0] for s in segments]
        self.size = segments[-1][1] if segments else 0
        self.source_length = source_length

    def char(self, offset: int) -> tuple[int, int]:
        """The source span of the character at ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        cstart, _, ostart, oend, copy = self.segments[i]
        if copy:
            return ostart + offset - cstart, ostart + offset - cstart + 1
        return ostart, oend

    def at(self, offset: int) -> int:
        """Where the character at ``offset`` starts in the source (the end for the end)."""
        return self.source_length if offset >= self.size else self.char(offset)[0]


def _compose(first: _Map, second: Sequence[_Segment]) -> list[_Segment]:
    """The segments of ``second`` (into the text ``first`` maps) mapped on into the original."""
    out: list[_Segment] = []
    for cstart, cend, mstart, mend, copy in second:
        if not copy:
            if mstart == mend:  # inserted: an empty source, where it was inserted
                at = first.at(mstart)
                out.append((cstart, cend, at, at, False))
            else:
                out.append((cstart, cend, first.char(mstart)[0], first.char(mend - 1)[1], False))
            continue
        i = bisect.bisect_right(first.starts, mstart) - 1
        pos = mstart
        while pos < mend:
            fstart, fend, ostart, oend, fcopy = first.segments[i]
            stop = min(fend, mend)
            here = cstart + pos - mstart
            if fcopy:
                out.append(
                    (here, here + stop - pos, ostart + pos - fstart, ostart + stop - fstart, True)
                )
            else:
                out.append((here, here + stop - pos, ostart, oend, False))
            pos = stop
            i += 1
    return out


# --- tags ---------------------------------------------------------------------

# A tag: a name then, up to a bounded length, anything but angle brackets.
_TAG = regex.compile(
    r"<(?:(?P<comment>!--)"
    r"|(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]{0,40}+)(?:[\s/][^<>]{0,2000}+)?+>"
    r"|[!?][^<>]{0,2000}+>)"
)
_BLOCK = select("html_elements", display="block")
_CELL = select("html_elements", display="cell")
_DROPPED = select("html_elements", display="dropped")
_ENDS = {name: regex.compile(rf"</{name}\s{{0,100}}+>", regex.IGNORECASE) for name in _DROPPED}


def _tag_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    pos = 0
    missing: set[str] = set()  # ends looked for once and not found
    while True:
        m = _TAG.search(text, pos)
        if m is None:
            return edits
        start, end = m.span()
        if m["comment"]:
            close = -1 if "comment" in missing else text.find("-->", end)
            if close < 0:  # an unclosed comment is left as text
                missing.add("comment")
                pos = end
                continue
            end = close + 3
            edits.append((start, end, ""))
        else:
            name = (m["name"] or "").lower()
            if name in _DROPPED and not m["close"] and text[end - 2 : end - 1] != "/":
                found = None if name in missing else _ENDS[name].search(text, end)
                if found is None:
                    missing.add(name)
                else:
                    end = found.end()
            if name in _BLOCK:
                new = "\n\n"
            elif name in _CELL:
                new = " "
            else:
                new = ""
            edits.append((start, end, new))
        pos = end


# --- entities -----------------------------------------------------------------

# html.unescape's own pattern, with possessive digit runs.
_ENTITY = regex.compile(r"&(?:#[0-9]++;?|#[xX][0-9a-fA-F]++;?|[^\t\n\f <&#;]{1,32}+;?)")
_HTML5 = html.entities.html5


def _entity_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _ENTITY.finditer(text):
        start, end = m.span()
        name = m.group()[1:]
        if name[0] == "#":
            edits.append((start, end, html.unescape(m.group())))
        elif name in _HTML5:
            edits.append((start, end, _HTML5[name]))
        else:
            # As html.unescape: the longest known name without ';' that starts it.
            for x in range(len(name) - 1, 1, -1):
                if name[:x] in _HTML5:
                    edits.append((start, start + 1 + x, _HTML5[name[:x]]))
                    break
    return edits


# --- mojibake -----------------------------------------------------------------


def _byte_char(b: int) -> str:
    """The character a Windows-1252 decoder shows for byte ``b`` (C1 control if undefined)."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


# What a UTF-8 continuation byte (80 to BF) reads as in Windows-1252 (C1 controls
# where it defines none, as Latin-1 reads them): the second character of every
# two-byte mojibake sequence (the text layer reads those inside a word as the word's).
CONTINUATION = "".join(_byte_char(b) for b in range(0x80, 0xC0))
_CONT_BYTE = {_byte_char(b): b for b in range(0x80, 0xC0)}
_CLASS = regex.escape(CONTINUATION)
# UTF-8 punctuation (E2 80 xx, E2 84 A2) and Latin-1 letters (C2/C3 xx) read as
# Windows-1252. A bare "â€" is a closing mark whose last byte (9D) was lost.
_MOJIBAKE = regex.compile(rf"â€[{_CLASS}]?+|â„¢|Â[\u00a0-\u00bf]|Ã[{_CLASS}]")


def _mojibake_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _MOJIBAKE.finditer(text):
        found = m.group()
        if found == "â€":
            new = "\u201d"
        else:
            data = bytes([found[0].encode("latin-1")[0], *(_CONT_BYTE[c] for c in found[1:])])
            new = data.decode("utf-8", errors="replace")
        edits.append((m.start(), m.end(), new))
    return edits


def _ftfy_edits(text: str) -> list[_Edit]:
    ftfy = require_extra("ftfy", extra="clean", feature='clean(steps=["ftfy"])')
    from rapidfuzz.distance import Levenshtein  # noqa: PLC0415 - only for this step

    edits: list[_Edit] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        fixed: str = ftfy.fix_encoding(word)
        if fixed == word:
            continue
        base = m.start()
        pending: list[int] | None = None  # [src start, src end, dest start, dest end]
        for op in Levenshtein.opcodes(word, fixed):
            if op.tag == "equal":
                if pending:
                    edits.append(
                        (base + pending[0], base + pending[1], fixed[pending[2] : pending[3]])
                    )
                    pending = None
                continue
            if pending is None:
                pending = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            else:
                pending[1], pending[3] = op.src_end, op.dest_end
        if pending:
            edits.append((base + pending[0], base + pending[1], fixed[pending[2] : pending[3]]))
    return edits


_WORD = regex.compile(r"[^ \t\n\r\f\v]++")


def _markup_edits(text: str) -> list[_Edit]:
    """The ``tags`` and ``entities`` steps in one pass: references inside tags are dropped."""
    tags = _tag_edits(text)
    out: list[_Edit] = []
    i = 0
    for edit in _entity_edits(text):
        while i < len(tags) and tags[i][1] <= edit[0]:
            out.append(tags[i])
            i += 1
        if i < len(tags) and tags[i][0] <= edit[0]:
            continue  # inside a tag (an attribute) or a dropped script: removed with it
        out.append(edit)
    out.extend(tags[i:])
    return out


_STEP_EDITS: dict[str, Callable[[str], list[_Edit]]] = {
    "tags": _tag_edits,
    "entities": _entity_edits,
    "mojibake": _mojibake_edits,
    "ftfy": _ftfy_edits,
}


def check_steps(steps: object) -> tuple[str, ...]:
    """Validate ``steps`` (a name or a sequence of names); return them in :data:`STEPS` order.

    >>> check_steps(["entities", "tags"])
    ('tags', 'entities')
    >>> check_steps(["html"])
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionError: unknown cleaning step 'html'; the steps are tags, ...
    """
    if isinstance(steps, str):
        steps = (steps,)
    if not isinstance(steps, Iterable) or isinstance(steps, (bytes, Mapping)):
        raise OptionError(f"steps must be a sequence of step names, not {type(steps).__name__}")
    names = list(steps)
    for name in names:
        if name not in _STEP_EDITS:
            raise OptionError(f"unknown cleaning step {name!r}; the steps are {', '.join(STEPS)}")
    return tuple(s for s in STEPS if s in names)


def clean(text: str, *, steps: Sequence[str] = DEFAULT_STEPS) -> Cleaned:
    """Clean scraped ``text`` with ``steps`` (see the module docstring); keep the offset map.

    ``steps`` is a sequence of names from :data:`STEPS` (they always run in
    that order). Text with nothing to clean comes back as it was.

    >>> clean("&quot;Yes,&quot; he said.").text
    '"Yes," he said.'
    >>> clean("â€œNo,â€ she said.").text
    '“No,” she said.'
    >>> clean("<b>x</b> &amp;", steps=["tags"]).text
    'x &amp;'
    """
    check_text(text, "clean")
    names = check_steps(steps)
    passes = [_STEP_EDITS[name] for name in names]
    if "tags" in names and "entities" in names:
        # One pass for both: references are decoded in the text between the tags.
        passes[0:2] = [_markup_edits]
    segments: list[_Segment] = [(0, len(text), 0, len(text), True)] if text else []
    current = text
    for edits_of in passes:
        edits = edits_of(current)
        if not edits:
            continue
        identity = current is text  # nothing changed yet: the step's map is the map
        current, step_segments = _apply(current, edits)
        segments = step_segments if identity else _compose(_Map(segments, len(text)), step_segments)
    return Cleaned(text=current, original=text, steps=names, segments=tuple(segments))


# --- hints for parse(): text that should have been cleaned ---------------------

# Inline tags common in scraped news (any other tag is stripped as inline too).
_INLINE = select("html_elements", display="inline")
_KNOWN_TAGS = "|".join(sorted(_BLOCK | _CELL | _DROPPED | _INLINE, key=lambda t: (-len(t), t)))
_HTML_TAG = regex.compile(rf"</?+(?:{_KNOWN_TAGS})(?:[\s/][^<>]{{0,500}}+)?+>", regex.IGNORECASE)
_HTML_ENTITY = regex.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}+|#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+);"
)


def html_hint(text: str, steps: Iterable[str] = ()) -> tuple[int, int] | None:
    """The first HTML tag or character reference in ``text`` that ``steps`` would not clean.

    One search per kind, in linear time; ``None`` when there is none.

    >>> html_hint("Tom &amp; Jerry"), html_hint("a <b>bold</b> word", steps=["tags"])
    ((4, 9), None)
    """
    done = set(steps)
    found: list[tuple[int, int]] = []
    # (A tag opens with "<" and a reference with "&": ``in`` is many times faster than
    # a search of the text that finds neither, as in most news.)
    if "tags" not in done and "<" in text and (tag := _HTML_TAG.search(text)) is not None:
        found.append(tag.span())
    if "entities" not in done and "&" in text:
        for m in _HTML_ENTITY.finditer(text):
            body = m.group()[1:]
            if body[0] == "#" or body in _HTML5:
                found.append(m.span())
                break
    return min(found) if found else None


def mojibake_hint(text: str, steps: Iterable[str] = ()) -> tuple[int, int] | None:
    """The first mojibake the built-in step repairs, unless ``steps`` repair it.

    >>> mojibake_hint("donâ€™t"), mojibake_hint("don’t")
    ((3, 6), None)
    """
    if {"mojibake", "ftfy"} & set(steps) or not any(c in text for c in "ÂÃâ"):
        return None  # (str.__contains__ is some twenty times faster than the search)
    m = _MOJIBAKE.search(text)
    return None if m is None else m.span()
