"""Stage 1, text → quote spans: pair the quote marks of a text into spans.

:func:`extract_quotes` pairs the marks found by :func:`.marks.scan` with one
stack, paragraph by paragraph, in a single pass:

* a closing mark closes the nearest open mark of the same weight (double,
  single, corner), so “ ... " pairs but “ ... ’ does not;
* a straight mark whose direction the context leaves open closes when a mark
  of its weight is open, and opens otherwise;
* an opening mark that repeats the innermost open mark right after a
  sentence end (``"One. "Two"``) means the first quote was never closed: it
  is closed at its sentence end and reported;
* at a paragraph end, a quote still open continues if the next paragraph
  opens with a mark of its weight (the newspaper convention); otherwise it is
  closed at the paragraph end and reported;
* a closing mark with nothing to close is reported, never dropped silently.

Every step touches each mark a bounded number of times, so the whole pass is
linear in the length of the text.

>>> ex = extract_quotes('He said "no. Then "yes," she said.')
>>> [q.text for q in ex]
['no.', 'yes,']
>>> [d.code.value for d in ex.diagnostics]
['unclosed']
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from typing import Any

import regex

from ..config import Config, resolve_config
from ..errors import check_text
from ..model import (
    Diagnostic,
    DiagnosticCode,
    Extraction,
    Gap,
    GapKind,
    Mark,
    Quote,
    QuoteKind,
    builder,
)
from .kinds import INSIDE, JOINED, classify_all, inside_a_name
from .marks import STYLE, MarkRole, ScannedMark, iter_marks
from .paragraphs import paragraphs
from .sentences import StopIndex, last_sentence_end

__all__ = ["extract_quotes"]

# Only character classes are repeated: a repeated group costs memory per
# repetition in the regex engine, and a run of six million dots must not.
_GAP_RE = regex.compile(
    r"\[\s*+(?:\.\s*+\.[.\s]*+|…\s*+)\]"  # [...] or […]
    r"|\[[^\[\]\n]{1,80}+\]"  # [an editor's words]
    r"|…"
    r"|(?<!\.)\.[.\s]*+"  # a run of dots and spaces, split into ellipses below
)
# Inside a run of dots and spaces, two spaces in a row end an ellipsis.
_SPACES_RE = regex.compile(r"\s\s++")
_LETTER_RE = regex.compile(r"\p{L}")
# The first and the last character of a quote's content that is not a space
# (str.isspace's spaces: Unicode's, and the separators U+001C to U+001F).
_FIRST_INK = regex.compile(r"[^\s\x1c-\x1f]")
_LAST_INK = regex.compile(r"(?r)[^\s\x1c-\x1f]")
# The ASCII characters that are ink to those patterns: a quote's first and last
# characters are mostly such, and then no pattern is run (_first_ink, _last_ink).
_ASCII_INK = frozenset(chr(c) for c in range(128)) - frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")


def _first_ink(text: str, start: int, end: int) -> int | None:
    """Where ``_FIRST_INK.search(text, start, end)`` matches (None: nowhere), for
    ``0 <= start <= end <= len(text)``.

    >>> _first_ink("  ab ", 0, 5), _first_ink("a b", 1, 2)
    (2, None)
    """
    if start >= end:
        return None
    if text[start] in _ASCII_INK:
        return start
    m = _FIRST_INK.search(text, start, end)
    return None if m is None else m.start()


def _last_ink(text: str, start: int, end: int) -> int | None:
    """Where the match of ``_LAST_INK.search(text, start, end)`` ends (None: no match),
    for ``0 <= start <= end <= len(text)``.

    >>> _last_ink("  ab ", 0, 5), _last_ink("a b", 1, 2)
    (4, None)
    """
    if start < end and text[end - 1] in _ASCII_INK:
        return end
    m = _LAST_INK.search(text, start, end)
    return None if m is None else m.end()


@functools.lru_cache(maxsize=256)
def _message(template: str, char: str, *args: str | int) -> str:
    """One shared string per kind of diagnostic and mark, each argument shown by its
    ``repr`` (an ``int``'s is its digits).

    A text of nothing but marks has a diagnostic for every other character;
    messages that repeat the diagnostic's offsets would cost a new string each.

    >>> _message("the quote marks {} and {} enclose nothing", "«", "»")
    "the quote marks '«' and '»' enclose nothing"
    """
    return template.format(repr(char), *map(repr, args))


# The quotes, marks and diagnostics of a text are built without the frozen classes'
# __init__ (model.builder: the same objects, at a third of the cost; a text dense
# with quotes or marks has many).
_new_quote = builder(Quote)
_new_mark = builder(Mark)
_new_diagnostic = builder(Diagnostic)


# The roles the pass reads for every mark, as module names (an enum member read
# through its class costs several times as much as a global).
_OPEN, _CLOSE, _EITHER = MarkRole.OPEN, MarkRole.CLOSE, MarkRole.EITHER
_CLOSE_OR_APOSTROPHE = MarkRole.CLOSE_OR_APOSTROPHE
_EMPTY = DiagnosticCode.EMPTY  # (a text of marks reports an empty quote every two)


class _Open:
    """A mark waiting for its closer."""

    __slots__ = ("checked", "depth", "ident", "inner_end", "mark", "parent", "reopens")

    def __init__(self, mark: ScannedMark, ident: int, depth: int, parent: int | None):
        self.mark = mark
        self.ident = ident
        self.depth = depth
        self.parent = parent
        self.reopens: list[ScannedMark] = []
        # Where the last quote nested in this one ends: a recovery never cuts it.
        self.inner_end = mark.end
        # How far the text after it is known to hold no sentence end: each stretch
        # is scanned once, however many openers follow (the pass stays linear).
        self.checked = mark.end


class _Pairer:
    """One pass of the pairing algorithm over one text."""

    def __init__(self, text: str, config: Config):
        self.text = text
        self.max_depth = config.max_depth
        self.stack: list[_Open] = []
        self.open_count = [0, 0, 0, 0]  # open marks per weight
        self.next_ident = 0
        self.parent_of: list[int | None] = []  # the parent ident of each ident
        # (ident, parent ident, depth, open mark, close mark or None, end, reopens,
        # where the first ink inside stands)
        self.spans: list[
            tuple[
                int, int | None, int, ScannedMark, ScannedMark | None, int, list[ScannedMark], int
            ]
        ] = []
        self.diagnostics: list[Diagnostic] = []

    # -- stack operations -------------------------------------------------
    def push(self, mark: ScannedMark) -> None:
        if len(self.stack) >= self.max_depth:
            self.report(
                DiagnosticCode.TOO_DEEP,
                mark,
                _message("opening mark {} nested deeper than {} levels", mark.char, self.max_depth),
            )
            return
        parent = self.stack[-1].ident if self.stack else None
        self.parent_of.append(parent)
        self.stack.append(_Open(mark, self.next_ident, len(self.stack), parent))
        self.next_ident += 1
        self.open_count[mark.weight] += 1

    def pop(self) -> _Open:
        entry = self.stack.pop()
        self.open_count[entry.mark.weight] -= 1
        return entry

    def close(self, entry: _Open, close: ScannedMark | None, end: int) -> None:
        # (_nested_until inline: it is asked for every quote of the text.)
        stack, until = self.stack, close.end if close is not None else end
        if stack and stack[-1].inner_end < until:
            stack[-1].inner_end = until
        first = _first_ink(self.text, entry.mark.end, end)
        if first is None:
            # Nothing but spaces inside: no span (and nothing nested in it).
            if close is not None:
                self.diagnostics.append(
                    _new_diagnostic(
                        code=_EMPTY,
                        start=entry.mark.start,
                        end=close.end,
                        message=_message(
                            "the quote marks {} and {} enclose nothing",
                            entry.mark.char,
                            close.char,
                        ),
                    )
                )
            return
        self.spans.append(
            (entry.ident, entry.parent, entry.depth, entry.mark, close, end, entry.reopens, first)
        )

    def _nested_until(self, end: int) -> None:
        if self.stack and self.stack[-1].inner_end < end:
            self.stack[-1].inner_end = end

    def report(self, code: DiagnosticCode, mark: ScannedMark, message: str) -> None:
        self.diagnostics.append(
            _new_diagnostic(code=code, start=mark.start, end=mark.end, message=message)
        )

    def abandon(self, entry: _Open) -> None:
        """An inner mark left open when an outer one closes: reported, no span."""
        self._nested_until(entry.inner_end)
        self.report(
            DiagnosticCode.UNCLOSED_INNER,
            entry.mark,
            _message("opening mark {} was never closed", entry.mark.char),
        )
        for reopen in entry.reopens:
            self.report(
                DiagnosticCode.UNCLOSED_INNER,
                reopen,
                _message("reopening mark {} belongs to an unclosed quote", reopen.char),
            )

    def recover(self, entry: _Open, end: int, why: str) -> None:
        """Close an unclosed outer quote at ``end`` and report it."""
        self.report(
            DiagnosticCode.UNCLOSED,
            entry.mark,
            f"opening mark {entry.mark.char!r} at {entry.mark.start} was never "
            f"closed; the quote was closed at {why} ({end})",
        )
        self.close(entry, None, end)

    # -- the pass ---------------------------------------------------------
    def close_with(self, mark: ScannedMark) -> None:
        """Close the nearest open mark of ``mark``'s weight, abandoning marks above it."""
        while self.stack[-1].mark.weight != mark.weight:
            self.abandon(self.pop())
        entry = self.stack.pop()  # self.pop() inline
        self.open_count[entry.mark.weight] -= 1
        self.close(entry, mark, mark.start)

    def open_with(self, mark: ScannedMark) -> None:
        if self.stack:
            top = self.stack[-1]
            if top.mark.char == mark.char and not top.reopens:
                end = self._last_sentence_end(max(top.inner_end, top.checked), mark.start)
                top.checked = max(top.checked, mark.start)
                if end is not None:
                    # "No. Then "yes": the first quote lost its closing mark.
                    self.pop()
                    self.recover(top, end, "the end of its sentence")
        self.push(mark)

    def _last_sentence_end(self, start: int, mark_start: int) -> int | None:
        """End of the last sentence in ``text[start:mark_start]``, if the mark follows a space."""
        text = self.text
        if not text[mark_start - 1 : mark_start].isspace():
            return None
        return last_sentence_end(text, start, mark_start)

    def end_paragraph(self, para_end: int, next_mark: ScannedMark | None) -> bool:
        """Settle what is open at a paragraph end. True if ``next_mark`` was used as a reopening."""
        if not self.stack:
            return False
        bottom = self.stack[0]
        if (
            next_mark is not None
            and bottom.mark.weight == next_mark.weight
            and STYLE[bottom.mark.char] == STYLE[next_mark.char]
        ):
            while len(self.stack) > 1:
                self.abandon(self.pop())
            bottom.reopens.append(next_mark)
            return True
        while len(self.stack) > 1:
            self.abandon(self.pop())
        self.recover(self.pop(), para_end, "the end of its paragraph")
        return False

    def run(self, marks: Iterable[ScannedMark], paras: list[tuple[int, int]]) -> None:
        p = 0  # index of the paragraph the scan is in
        n_paras = len(paras)
        # Where paragraph p ends (past the text when p is past the last): a mark before
        # it stays in p.
        para_end = paras[0][1] if n_paras else len(self.text) + 1
        # (The common steps inline, with the stack and the counts in locals: a text of
        # marks takes them once per mark. open_with, push and close_with do the rest.)
        stack, open_count, max_depth, parent_of = (
            self.stack,
            self.open_count,
            self.max_depth,
            self.parent_of,
        )
        for mark in marks:
            start, _, char, role, weight = mark
            if start >= para_end:
                # Leaving paragraph p: was this mark the first thing in the next one?
                while p + 1 < n_paras and start >= paras[p + 1][1]:
                    self.end_paragraph(paras[p][1], None)
                    p += 1
                if p + 1 < n_paras:
                    first = start == paras[p + 1][0] and role in (_OPEN, _EITHER)
                    reopened = self.end_paragraph(paras[p][1], mark if first else None)
                    p += 1
                    para_end = paras[p][1]
                    if reopened:
                        continue
                else:
                    self.end_paragraph(paras[p][1], None)
                    p += 1
                    para_end = len(self.text) + 1
            if role is _EITHER:
                role = _CLOSE if open_count[weight] else _OPEN
            elif role is _CLOSE_OR_APOSTROPHE:
                if not open_count[weight]:
                    continue  # an apostrophe after all: Jones' dog
                role = _CLOSE
            if role is _OPEN:
                if stack:
                    top = stack[-1]
                    if top.mark.char == char and not top.reopens:
                        self.open_with(mark)  # it may close the quote open before it
                        continue
                    parent: int | None = top.ident
                else:
                    parent = None
                if len(stack) >= max_depth:
                    self.push(mark)  # reported, not pushed
                    continue
                # self.push(mark), inline
                parent_of.append(parent)
                stack.append(_Open(mark, self.next_ident, len(stack), parent))
                self.next_ident += 1
                open_count[weight] += 1
            elif open_count[weight]:
                if stack[-1].mark.weight != weight:
                    self.close_with(mark)
                    continue
                # self.close_with(mark), inline: the top is the mark's weight
                entry = stack.pop()
                open_count[weight] -= 1
                self.close(entry, mark, start)
            else:
                self.report(
                    DiagnosticCode.STRAY_CLOSER,
                    mark,
                    _message("closing mark {} has no opening mark", char),
                )
        end = paras[-1][1] if paras else len(self.text)
        while p < n_paras - 1:
            self.end_paragraph(paras[p][1], None)
            p += 1
        self.end_paragraph(end, None)


def _gaps(text: str, start: int, end: int) -> tuple[Gap, ...]:
    out: list[Gap] = []
    for m in _GAP_RE.finditer(text, start, end):
        g = m.group()
        if g.startswith("."):
            _ellipses(text, m.start(), m.end(), out)
            continue
        if g.startswith("["):
            kind = (
                GapKind.BRACKETED_ELLIPSIS
                if ("." in g or "…" in g) and not _LETTER_RE.search(g)
                else GapKind.BRACKET
            )
        else:
            kind = GapKind.ELLIPSIS
        out.append(Gap(start=m.start(), end=m.end(), kind=kind, text=g))
    return tuple(out)


def _may_hold_gaps(body: str) -> bool:
    """False when ``body`` can hold no gap: no ``…``, no ``[`` and fewer than three
    full stops. Every gap but those starts with ``…`` or ``[``, and an ellipsis of
    dots holds three (:func:`_ellipsis`): the full stops of a sentence or two, most
    quotes, are no gap to look for.

    >>> _may_hold_gaps("w12"), _may_hold_gaps("so […] it"), _may_hold_gaps("We won. Go.")
    (False, True, False)
    >>> _may_hold_gaps("so . . . it"), _may_hold_gaps("A. B. C.")
    (True, True)
    """
    return "…" in body or "[" in body or ("." in body and body.count(".") >= 3)


def _ellipses(text: str, start: int, end: int, out: list[Gap]) -> None:
    """The ellipses (three or more dots, at most one space apart) in a run of dots and spaces."""
    piece_start = start
    for m in _SPACES_RE.finditer(text, start, end):
        _ellipsis(text, piece_start, m.start(), out)
        piece_start = m.end()
    _ellipsis(text, piece_start, end, out)


def _ellipsis(text: str, start: int, end: int, out: list[Gap]) -> None:
    piece = text[start:end].rstrip()
    if piece.count(".") >= 3:
        out.append(Gap(start=start, end=start + len(piece), kind=GapKind.ELLIPSIS, text=piece))


_COORDINATION = regex.compile(r"\s*+(?:,|and|or|&|, and|, or)\s*+", regex.IGNORECASE)


def _joined_to(text: str, prev: Quote | None, depth: int, open_start: int, body: str) -> bool:
    """True when a quote at ``depth`` opening at ``open_start`` is joined to ``prev`` by a
    comma (outside the marks or, closing ``prev``, inside them), *and*, *or* or ``&``
    (“Alaska 2025” and “Pursuing Peace”; “Salt,” “Iron”) and its ``body``
    ends no sentence: it then takes ``prev``'s kind, unless it is surer of its own."""
    if prev is None or depth != prev.depth or prev.close_mark is None:
        return False
    prev_end = prev.close_mark.end
    if open_start - prev_end > 6:
        return False
    # The pattern reads nothing outside the text between the marks: it is asked once
    # for each such text (a dense run joins its quotes with the same ", ").
    between = text[prev_end:open_start]
    joins = _JOINERS.get(between)
    if joins is None:
        joins = _COORDINATION.fullmatch(between) is not None
        if len(_JOINERS) >= _JOINERS_KEPT:
            _JOINERS.clear()
        _JOINERS[between] = joins
    if not joins and not (between.isspace() and prev.text.endswith(",")):
        # ('"Salt," "Iron" and "Ash"': a list whose commas are inside the marks.)
        return False
    if not body.rstrip().endswith((".", "!", "?")):
        return True
    # 'signs reading "No Tolls" and "Count Us In."': the last of a list of names
    # ends the narrator's sentence with its stop inside the marks.
    return prev.kind is QuoteKind.NON_SPEECH and len(body.split()) <= _LAST_NAME_WORDS


_LAST_NAME_WORDS = 6  # words at most in the last name of a list that ends its sentence


# The texts of at most 6 characters between two quotes, and whether _COORDINATION
# joins them (_joined_to; all dropped when full).
_JOINERS: dict[str, bool] = {}
_JOINERS_KEPT = 1024


_START = operator.attrgetter("start")
# Records by (start, -end, depth): outer before inner at the same place.
_RECORD_ORDER = operator.itemgetter(0, 1, 4)
_END = operator.attrgetter("end")


def _mark(m: ScannedMark) -> Mark:
    return _new_mark(start=m.start, end=m.end, char=m.char)


def _insides(
    records: list[Any], parent_of: list[int | None]
) -> list[tuple[int, int] | None] | None:
    """For each record, the words of the nearest quote with a span that encloses
    it (``(start, end)``), or None at depth 0; None for all when none is nested."""
    if all(r[3] is None for r in records):
        return None
    span_of = {r[2]: (r[0], r[7]) for r in records}
    out: list[tuple[int, int] | None] = []
    for r in records:
        parent = r[3]
        while parent is not None and parent not in span_of:
            parent = parent_of[parent]
        out.append(span_of[parent] if parent is not None else None)
    return out


def extract_quotes(text: str, *, config: Config | None = None) -> Extraction:
    """Find every quoted span in ``text``.

    Returns an :class:`~quoteverify.model.Extraction`: a sequence of
    :class:`~quoteverify.model.Quote` in text order (outer before inner at the
    same place) and the diagnostics for marks that could not be paired.
    Malformed text never raises.

    >>> [q.text for q in extract_quotes("“Hello, ‘neighbour’,” he said.")]
    ['Hello, ‘neighbour’,', 'neighbour']
    """
    check_text(text, "extract_quotes")
    return extract_with_paragraphs(text, resolve_config(config, "extract_quotes"))[0]


def extract_with_paragraphs(
    text: str, config: Config, *, stops: StopIndex | None = None
) -> tuple[Extraction, list[tuple[int, int]]]:
    """:func:`extract_quotes` and the paragraphs it used (for the attribution stage).

    ``stops`` is a :class:`.sentences.StopIndex` of ``text`` for the kinds to read:
    :func:`.article.parse` makes one and hands it on to attribution's text layer too,
    so the text's stops are listed once (``None``: the kinds make their own).
    """
    paras = paragraphs(text, config.paragraphs)
    pairer = _Pairer(text, config)
    pairer.run(iter_marks(text), paras)

    records = []
    diagnostics = pairer.diagnostics
    for ident, parent, depth, open_mark, close_mark, raw_end, reopens, first in pairer.spans:
        # Typographic spaces inside the marks (« oui », tokenised " text ") are not
        # content. The pairer kept only spans with some ink (``first``, its first), so
        # the search for the last finds it.
        end = _last_ink(text, open_mark.end, raw_end)
        assert end is not None
        # The offsets next to the marks share the marks' int objects (a quote
        # costs a few ints fewer: quotes are the bulk of what a parse keeps).
        start = open_mark.end if first == open_mark.end else first
        if close_mark is not None and end == close_mark.start:
            end = close_mark.start
        records.append((start, -end, ident, parent, depth, open_mark, close_mark, end, reopens))
    pairer.spans.clear()
    records.sort(key=_RECORD_ORDER)
    index_of = {r[2]: i for i, r in enumerate(records)}
    parent_of = pairer.parent_of

    # The kinds of all quotes in one pass (classify_all shares what each paragraph
    # holds between its quotes).
    kinds = classify_all(
        text,
        [(r[0], r[7], (r[5].start, r[6].end if r[6] is not None else r[7])) for r in records],
        paras,
        _insides(records, parent_of),
        stops=stops,
    )
    quotes: list[Quote] = []
    for (
        start,
        _neg_end,
        _ident,
        pairer_parent,
        _depth,
        open_mark,
        close_mark,
        end,
        reopens,
    ), kinded in zip(records, kinds, strict=True):
        # An enclosing mark left unclosed (or enclosing nothing) has no span: the
        # quote's parent is its nearest enclosing quote that has one, and its
        # depth one more than that quote's (0 when there is none).
        parent = pairer_parent
        while parent is not None and parent not in index_of:
            parent = parent_of[parent]
        parent_index = index_of[parent] if parent is not None else None
        depth = quotes[parent_index].depth + 1 if parent_index is not None else 0
        kind, confidence, reason = kinded
        body = text[start:end]
        open_start = open_mark[0]
        prev = quotes[-1] if quotes else None
        if (
            prev is not None
            and prev.kind_confidence >= confidence
            and _joined_to(text, prev, depth, open_start, body)
        ):
            # A chain of joined quotes shares the first one's reason: nesting the
            # prefix would make the reasons, and the time, grow with the chain.
            kind, confidence, reason = prev.kind, prev.kind_confidence, prev.kind_reason
            if not reason.startswith(JOINED):
                reason = JOINED + reason
        elif parent_index is not None and inside_a_name(
            quotes[parent_index].kind, quotes[parent_index].kind_reason
        ):
            # 'the film "The 'Best' Years"': quoted words inside a title are part of it.
            parent_quote = quotes[parent_index]
            kind, confidence = QuoteKind.NON_SPEECH, parent_quote.kind_confidence
            reason = INSIDE + parent_quote.kind_reason.removeprefix(INSIDE)
        quotes.append(
            _new_quote(
                text=body,
                start=start,
                end=end,
                kind=kind,
                kind_confidence=confidence,
                kind_reason=reason,
                doc_id=None,
                open_mark=_new_mark(start=open_start, end=open_mark[1], char=open_mark[2]),
                close_mark=None
                if close_mark is None
                else _new_mark(start=close_mark[0], end=close_mark[1], char=close_mark[2]),
                reopen_marks=tuple(_mark(r) for r in reopens) if reopens else (),
                gaps=_gaps(text, start, end) if _may_hold_gaps(body) else (),
                depth=depth,
                parent=parent_index,
                speaker=None,
                speaker_mention=None,
                cue=None,
            )
        )
    # By (start, end) in two stable passes: keys that are the offsets themselves
    # cost nothing, where a tuple per diagnostic would.
    diagnostics.sort(key=_END)
    diagnostics.sort(key=_START)
    return Extraction(quotes=quotes, diagnostics=diagnostics), paras
