"""Stage 2, quote spans → attribution: find the cue and the words that name the speaker.

For each quote, rules are tried from the strongest to the weakest; the first
that fires gives the quote a speaker mention (a :class:`.mentions.Found`)
and a cue with the rule's name and a confidence. Who the mention *is* (``he``
→ Vladimir Putin) is decided afterwards by :mod:`.identity`.

The rules are the rows of the table :data:`.rules.RULES` (the page
``docs/attribution-rules.md`` lists them with an example each): :func:`attribute`
tries them on each quote in order of priority, and the first whose ``find``
returns an attribution wins. The finders (``find_*``) read one quote as a
:class:`Site`; the patterns they share (the cue right after the quote, a cue
and its subject before it, a headline, the sentence before) are the private
functions below.

A quote that closes with a full stop a sentence it did not open leaves what
follows to the next sentence (*said "the question is timing." Gov. Pat Doe said
it would be ...*).

>>> from quoteverify import parse
>>> q = parse("“We had a very good meeting,” Mr Trump told reporters.").quotes[0]
>>> q.speaker_mention.text, q.cue.text, q.cue.rule
('Mr Trump', 'told reporters', 'quote-X-said')
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs
import regex

from ..lexicons import load, load_table, load_zipf, rows, select
from ..model import Cue, Quote, QuoteKind, builder
from ..text.kinds import fragment_in_quote, names_not_speech
from ..text.layer import TextLayer, Token, cut_reads_on, lowers_as_typed, tokenize
from ..text.marks import CLOSERS, DOUBLE_OR_SINGLE, OPENERS, Weight, mark_chars
from ..text.paragraphs import ParagraphCursor
from ..text.sentences import STOP, StopIndex, ends_sentence
from .mentions import (
    _FINITE_VERBS,  # "was", "had", "came": a lower-case finite verb
    _JOINING_PARTICLES,  # "de", "von der": the particles that join a surname
    COMMON_OPENER_ZIPF,
    PRONOUNS,
    Found,
    PhraseKind,
    Reads,
    _body_heads,  # the nouns of lexicons/body_nouns.tsv: a body's head
    _passive_after,  # "The agency was criticised by ...": a subject acted on
    _person_apposition,  # "Tom Hale, a welder": a person's apposition
    apposed_name,
    body_description_after,
    document_pair,
    is_adverb,
    loose_before_none,
    modal_as_name,
    phrase_after,
    phrase_before,
    token_before,
    transcript_role,
)

if TYPE_CHECKING:
    from .rules import Choice, Rule

__all__ = ["Attribution", "Site", "attribute", "attribute_rows", "never_attributed"]

# Enum members read once or more per quote or per phrase, as module names (a class's
# member costs about ten times a global on Python 3.11; see ``mentions``).
_NAME = PhraseKind.NAME
_PRONOUN = PhraseKind.PRONOUN
_NAMED = (PhraseKind.NAME, PhraseKind.ORGANIZATION)
_NON_SPEECH = QuoteKind.NON_SPEECH
_DIRECT = QuoteKind.DIRECT

_BEFORE = 320  # characters of context read before a quote
_AFTER = 200  # and after it
# A quote with no sentence break in the _BEFORE characters before it reads its
# sentence from the paragraph's start when that is at most _FAR characters back,
# else from the first word in the _BEFORE window: the bound on every look-back.
_FAR = 1000
# A paragraph with this many quotes, at least one in every _DENSE_SPAN characters
# on average, is tokenised once and its tokens sliced for each window; windows of
# other paragraphs are tokenised on their own. (A text of news printed as one line
# holds thousands of quotes, one in about 180 characters: read whole, it tokenised
# every character where its windows read about a third, for no answer changed.)
_DENSE_QUOTES = 8
_DENSE_SPAN = 64
# _before reads the last tokens before a quote one by one, and further back only the
# tokens near a word that can start a cue.
_NEAR_TOKENS = 8
_NO_BOUND = 1 << 62  # past any offset (para_of)
_LEAD_PUNCT = frozenset(",—–-―")
_DASHES = frozenset("—–-―")
_CLOSERS = CLOSERS
# Punctuation and double marks before a capital that opens a clause, not a name.
_ENDS_CLAUSE = ".!?:" + mark_chars(weights=frozenset({Weight.DOUBLE}))
_QUOTE_MARKS = mark_chars(weights=DOUBLE_OR_SINGLE)
_VERBISH = regex.compile(r"\p{Ll}{2,}(?:ed|s)")
_SPACE = regex.compile(r"\s++")
_NOT_TRAILER = regex.compile(r"[^ .,\t]")
_WORD_RUN = regex.compile(r"[\p{L}\p{N}]++")


@attrs.frozen(kw_only=True)
class Attribution:
    """The mention and cue found for one quote (either may be ``None``)."""

    mention: Found | None
    cue: Cue | None


_NONE = Attribution(mention=None, cue=None)


@functools.cache
def _cues() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    single: set[str] = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for cue in load("cue_verbs"):
        words = tuple(cue.split())
        if len(words) == 1:
            single.add(cue)
        else:
            multi.setdefault(words[0], []).append(words[1:])
    return frozenset(single), {k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()}


@functools.cache
def _cue_starts() -> frozenset[str]:
    """The lower-case words a cue may start with (:func:`_cue_at` answers ``k`` at
    every other token): one set test in a loop over tokens instead of a call.

    >>> "said" in _cue_starts(), "went" in _cue_starts(), "the" in _cue_starts()
    (True, True, False)
    """
    single, multi = _cues()
    return single | frozenset(multi)


@functools.cache
def _bare_cues() -> frozenset[str]:
    """The one-word cues in their bare form, the lemma itself (*say*, *signal*,
    *answer*), which a noun may share: never a verb right before a finite one.

    >>> "signal" in _bare_cues(), "signalled" in _bare_cues(), "says" in _bare_cues()
    (True, False, False)
    """
    lemmas = {str(row["cue"]): str(row["lemma"]) for row in rows("cue_verbs")}
    return frozenset(cue for cue, lemma in lemmas.items() if cue == lemma and " " not in cue)


# The finite verbs that, right after a bare cue word, make it a noun (the verbs after a
# quoted term that is its sentence's subject: *is*, *was*, *has*, *remains*).
_FINITE_AFTER = load("term_copulas")


def _cue_at(toks: list[Token], k: int, hi: int) -> int:
    """If a cue starts at token ``k``, return the index just past it; else ``k``."""
    if k >= hi:
        return k
    single, multi = _cues()
    word = toks[k].lower
    if word not in single and word not in multi:
        return k  # most words: no cue starts here
    if toks[k].text[:1].isupper() and k > 0 and toks[k - 1].text not in _ENDS_CLAUSE:
        return k  # "the United States", "Islamic State": part of a name, not a verb
    for rest in multi.get(word, ()):
        end = k + 1 + len(rest)
        if end <= hi and tuple(t.lower for t in toks[k + 1 : end]) == rest:
            if word.endswith("ing") and k > 0 and _gerund_as_noun(toks[k - 1]):
                # "the court's ruling that", "a finding that": a noun, not a gerund
                # ("with Judge Roe ruling that ...", ", finding that ...").
                continue
            if (
                rest == ("on",)
                and end < hi
                and toks[end].text[0].isalpha()
                and toks[end].lower not in ("to", "about")
            ):
                # "went on:", "went on to say", "went on about" go on speaking; "the
                # Senate goes on recess", "went on the offensive" do not.
                continue
            return end
    if word in single:
        if k + 1 < hi and toks[k + 1].lower in _FINITE_AFTER and word in _bare_cues():
            # "the outermost signal was", "her answer is": a bare form right before a
            # finite verb is a noun, the subject's head, not a verb of its own.
            return k
        # "told reporters", "said in a statement": keep the object in the cue.
        if k + 1 < hi and toks[k + 1].lower in ("reporters", "journalists"):
            return k + 2
        return k + 1
    return k


def _gerund_as_noun(before: Token) -> bool:
    """Whether ``before``, the word before a form in *-ing*, makes it a noun: a
    determiner (*the*, *a*, *her*; ``determiners.txt``) or a possessive (*the
    court's*)."""
    return before.lower in _OPENING_DETERMINERS or before.lower.endswith(_POSSESSIVE_ENDS)


def _cue(toks: list[Token], span: tuple[int, int], text: str, rule: str, confidence: float) -> Cue:
    """The cue made of tokens ``span`` (half-open token indices)."""
    start, end = toks[span[0]].start, toks[span[1] - 1].end
    return _new_cue(start=start, end=end, text=text[start:end], rule=rule, confidence=confidence)


_new_cue = builder(Cue)  # (one per attributed quote: without the frozen __init__'s cost)
_new_found = builder(Found)  # (a lead-in reading moved to another window: _shifted)
_new_attribution = builder(Attribution)  # (the same: one per quote of a dense run)


# A paragraph dense with quotes is tokenised this many characters at a time, as far
# as the windows asked of it reach (_ParaTokens); its first chunk is a quarter of
# that, and each next one twice the one before, up to _CHUNK (the quotes before the
# attribution budget ask a few hundred characters of a long run: all its rows read).
_CHUNK = 2048
_FIRST_CHUNKS = 4  # _CHUNK // _FIRST_CHUNKS: the first chunk
# How far past what a paragraph's reader has read a window may start and still be
# sliced from it (_Context.tokens); further on, the window is tokenised alone.
_READ_AHEAD = _CHUNK


def _word_start(text: str, window: int, pos: int) -> int:
    """Where a window cut at ``window`` begins reading: after the first run of spaces
    from ``window - 1`` (so that no word is read from its middle), or ``pos`` when
    none comes before it."""
    space = _SPACE.search(text, window - 1, pos)
    return space.end() if space is not None else pos


def _initial_piece(word: str) -> bool:
    """True for a token that may be a piece of a run of initials cut short: a full
    stop, or capitals with or without full stops ("U", "S.S."), which
    ``(?:\\p{Lu}\\.){2,}`` reads whole when the run goes on (some that never can,
    "AB", are read again for nothing)."""
    return word == "." or word.replace(".", "").isupper()


class _ParaTokens:
    """One paragraph's tokens, read as far as the windows asked so far reach: offsets
    for bisecting, and the indices of those outside quotes.

    The paragraph is tokenised a chunk at a time, each chunk's last token (which the
    chunk's end may cut) read again as the next chunk's first: the tokens are those
    of one ``tokenize`` of the whole paragraph (a scan that starts where one of its
    tokens starts reads on as it did), but a paragraph whose quotes past the
    attribution budget read only the gaps beside them (:class:`_Gap`) is not read
    to its end for the few quotes before them.
    """

    __slots__ = (
        "_gap",
        "_gaps",
        "_next",
        "_size",
        "_text",
        "end",
        "ends",
        "outside",
        "outside_toks",
        "starts",
        "toks",
    )

    def __init__(self, text: str, para: tuple[int, int], gaps: Iterator[tuple[int, int]]):
        self._text = text
        self.end = para[1]
        self._next = para[0]  # where the next chunk starts (self.end: all read)
        self._size = max(1, _CHUNK // _FIRST_CHUNKS)  # the next chunk's length
        self._gaps = gaps  # the stretches between the paragraph's quotes, in order
        self._gap = next(gaps, None)
        self.toks: list[Token] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.outside: list[int] = []  # indices (into toks) of the tokens outside every quote
        self.outside_toks: list[Token] = []  # those tokens, so that a run of them is one slice

    @property
    def read_to(self) -> int:
        """Where the next chunk starts: every token before it is read (the end: all)."""
        return self._next

    def upto(self, pos: int) -> _ParaTokens:
        """Read on until a token that starts at or after ``pos`` is read, or the
        paragraph's end: every token that starts before ``pos`` is then known, and
        the one after them."""
        size = self._size
        while self._next < self.end and (not self.starts or self.starts[-1] < pos):
            stop = min(self.end, self._next + size)
            got = tokenize(self._text, self._next, stop)
            if stop < self.end:
                if not got:
                    self._next = stop  # only spaces
                    continue
                if len(got) == 1:
                    size *= 2  # one token as long as the chunk: read a longer one
                    continue
                # The chunk's end may cut its last token, and a run of initials
                # ("U.S.") that the cut leaves short is read in pieces ("U", ".", "S";
                # "S.S." of "S.S.S."): the next chunk reads them again, from the start
                # of the pieces (every token before them is one tokenize reads).
                at = got.pop().start
                while got and got[-1].end == at and _initial_piece(got[-1].text):
                    at = got.pop().start
                if at <= self._next:
                    size *= 2  # the chunk is all such pieces: read a longer one
                    continue
                self._next = at
            else:
                self._next = self.end
            self._add(got)
            size = self._size = min(_CHUNK, 2 * self._size)
        return self

    def _add(self, got: list[Token]) -> None:
        first = len(self.toks)
        self.toks += got
        self.starts += [t.start for t in got]
        self.ends += [t.end for t in got]
        starts = self.starts
        # The tokens that start in the gaps between the paragraph's quotes: a slice
        # of token indices per gap, not a bisect per token.
        while self._gap is not None:
            gap_start, gap_end = self._gap
            a = bisect.bisect_left(starts, gap_start, lo=first)
            b = bisect.bisect_left(starts, gap_end, lo=a)
            self.outside.extend(range(a, b))
            self.outside_toks.extend(self.toks[a:b])
            first = b
            if b == len(starts) and self._next < self.end:
                break  # the gap may go on past the tokens read so far
            self._gap = next(self._gaps, None)


class _Gap:
    """The text between two quotes, read once for the quote before it (what follows
    that quote) and the quote after it (what leads to that quote): where its first
    letter or digit is, and its tokens, made on first need.

    Past the attribution budget the rows beside a quote read only between its
    neighbours (:func:`_gap_bounds`), so the gap after quote *i* is the gap before
    quote *i + 1*: both quotes' rows read their windows from this one reading.
    """

    __slots__ = ("_ends", "_starts", "_text", "_toks", "end", "first_word", "start")

    def __init__(self, text: str, start: int, end: int, first_word: int):
        self._text = text
        self.start, self.end = start, end
        # Where the first run of letters or digits starts (``end``: none).
        self.first_word = first_word
        self._toks: list[Token] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []

    def window(self, start: int, end: int) -> list[Token]:
        """``tokenize(text, start, end)`` for ``start <= end`` within the gap: a slice of
        the gap's tokens, or the window tokenised on its own when a token of the gap
        runs across either edge or the gap's reading looked past the window's end (a
        scan that starts where a gap token starts reads on as the gap's did, and one cut
        at a token's end stops where it did unless a lookahead read past the cut:
        :func:`.layer.cut_reads_on`)."""
        toks = self._toks
        if toks is None:
            toks = self._toks = tokenize(self._text, self.start, self.end)
            self._starts = [t.start for t in toks]
            self._ends = [t.end for t in toks]
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_right(self._ends, end)
        if (i > 0 and self._ends[i - 1] > start) or (j < len(toks) and self._starts[j] < end):
            return tokenize(self._text, start, end)
        if cut_reads_on(self._text, start, end, self.end):
            return tokenize(self._text, start, end)  # a lookahead read past the cut
        return toks[i:j]


class _WordRuns:
    """The runs of letters and digits in a paragraph's gaps between quotes, found gap
    by gap from the first window asked, and as far as the windows reach (quotes ask
    in text order; a window that starts before the first asked reads the paragraph
    again from its start, once)."""

    __slots__ = ("_from", "_gaps", "_read", "_text", "ends", "starts")

    def __init__(self, text: str, gaps: Callable[[int], Iterator[tuple[int, int]]]):
        self._text = text
        self._gaps = gaps  # the gaps that end after a position (_Context._gaps)
        self._read: Iterator[tuple[int, int]] | None = None  # None: all read
        self._from: int | None = None  # the runs of every gap ending after it are read
        self.starts: list[int] = []
        self.ends: list[int] = []

    def any_in(self, start: int, end: int) -> bool:
        """True when a run lies (at least in part) in ``[start, end)``. Every run of a
        gap that ends after ``start`` and starts before ``end`` is found first."""
        starts, ends = self.starts, self.ends
        if self._from is None or start < self._from:
            self._from = start if self._from is None else -1  # again: from the start
            self._read = self._gaps(self._from)
            starts.clear()
            ends.clear()
        gaps = self._read
        while gaps is not None and (not starts or starts[-1] < end):
            gap = next(gaps, None)
            if gap is None:
                gaps = self._read = None
                break
            for m in _WORD_RUN.finditer(self._text, gap[0], gap[1]):
                starts.append(m.start())
                ends.append(m.end())
            if gap[1] >= end:
                break
        j = bisect.bisect_right(ends, start)
        # (An empty window holds no run, though a run may stand over its place.)
        return start < end and j < len(starts) and starts[j] < end


class _Context:
    """What attribution needs to know about an article.

    Every look-back and look-ahead is bounded: a sentence start is searched for
    at most ``_BEFORE`` characters back and a sentence end ``_AFTER`` ahead (a
    paragraph with no break in that window is read from the window's edge), and
    paragraph tokens are made once and sliced, so one quote costs the same
    whatever the length of its paragraph or the number of quotes around it.
    """

    def __init__(
        self,
        text: str,
        quotes: list[Quote],
        paras: list[tuple[int, int]],
        stops: StopIndex | None = None,
    ):
        self.text = text
        # tokens and sentence breaks, one scan each (stops: the kinds' StopIndex)
        self.layer = TextLayer(text, stops=stops)
        self.reads = Reads(text)  # what the mentions' look-backs read, cue to cue
        # the same reads as a memo only, for the readers that hand no Reads down
        self.plain_reads = self.reads.memo_only()
        self.quotes = quotes
        self.paras = paras
        self._para_index = ParagraphCursor(paras, len(text)).index  # quotes come in order
        self._owned = (0, 0)  # para_of: the positions of the paragraph found last
        self._owned_para = (0, len(text))
        # Each quote's outer_start and outer_end, read once (the rows read them often
        # per quote; each reading of the property is a call).
        self.quote_starts = [q.open_mark.start for q in quotes]
        self.quote_ends = [q.end if q.close_mark is None else q.close_mark.end for q in quotes]
        # reach[i]: the furthest outer end among quote i and the quotes before it back
        # to the last one at depth 0, so "is pos inside a quote" is one bisect.
        self.reach: list[int] = []
        furthest = -1
        for q, end in zip(quotes, self.quote_ends, strict=True):
            furthest = end if q.depth == 0 else max(furthest, end)
            self.reach.append(furthest)
        # parent[i]: the innermost quote whose outer span holds quote i (-1 for none).
        # When the spans nest and the depths agree with them, the quotes holding a
        # position are quote i's chain of parents, walked instead of every sibling.
        self.parent: list[int] = []
        stack: list[int] = []
        self.nested = True
        starts, ends = self.quote_starts, self.quote_ends
        for i, q in enumerate(quotes):
            while stack and ends[stack[-1]] <= starts[i]:
                stack.pop()
            if stack and ends[stack[-1]] < ends[i]:
                self.nested = False  # crossing spans: scan as before
            self.parent.append(stack[-1] if stack else -1)
            if (self.parent[-1] == -1) != (q.depth == 0):
                self.nested = False
            stack.append(i)
        self.headlines: dict[tuple[int, int], Attribution | None] = {}  # by paragraph
        self._tokens: dict[int, _ParaTokens] = {}  # by paragraph start
        self._starts: dict[tuple[int, int], int] = {}  # sentence_start, memoised
        self._dense_paras: dict[int, bool] = {}  # by paragraph start
        self._calm: dict[int, bool] = {}  # by paragraph start: no sentence punctuation
        self._word_runs: dict[int, _WordRuns] = {}  # by paragraph start
        self._gap_memo: dict[tuple[int, int], _Gap] = {}  # gap, for the last quotes asked
        self._first_words: dict[tuple[int, int], int] = {}  # first_word, the same way
        # Past the budget, the readings of windows beside quotes, by their characters:
        # before a quote (Site.lead_in_reading), after it (Site.after_adjacent).
        self.lead_ins: dict[str, _LeadIn] = {}
        self.trails: dict[_TrailKey, tuple[Attribution | None, int]] = {}
        # Past the budget, a quote's row and answer by what the rows read (_answer_key).
        self.answers: dict[_AnswerKey, tuple[Rule | None, Attribution | None, int]] = {}

    def previous_sibling(self, idx: int) -> int:
        """When the spans nest (:attr:`nested`), the last quote before quote ``idx`` with
        the same holder, or ``-1`` for none. The quote just before it is its holder, or
        that sibling or a quote inside it: the walk up from there is as long as the
        quote before is deep.

        >>> from quoteverify.text.spans import extract_with_paragraphs
        >>> from quoteverify.config import Config
        >>> text = "Ana said: “Lee told me ‘a’, ‘b «c» d’ and ‘e’.”"
        >>> ex, paras = extract_with_paragraphs(text, Config())
        >>> ctx = _Context(text, list(ex.quotes), paras)
        >>> [q.text for q in ctx.quotes][1:]
        ['a', 'b «c» d', 'c', 'e']
        >>> [ctx.previous_sibling(i) for i in range(5)]
        [-1, -1, 1, -1, 2]
        """
        parent = self.parent
        holder = parent[idx]
        j = idx - 1
        while j > holder:
            if parent[j] == holder:
                return j
            j = parent[j]
        return -1

    def first_word(self, start: int, end: int) -> int:
        """Where the first run of letters or digits in ``[start, end)`` starts (``end``
        when there is none), found once for the quote on either side of a gap."""
        key = (start, end)
        got = self._first_words.get(key)
        if got is None:
            if len(self._first_words) >= 4:
                self._first_words.clear()
            word = _WORD_RUN.search(self.text, start, end)
            got = self._first_words[key] = end if word is None else word.start()
        return got

    def gap(self, start: int, end: int) -> _Gap:
        """The reading of ``[start, end)``, the text between two quotes (:class:`_Gap`),
        made once for the quote on either side of it (only the last few are kept:
        quotes ask in text order)."""
        key = (start, end)
        got = self._gap_memo.get(key)
        if got is None:
            if len(self._gap_memo) >= 4:
                self._gap_memo.clear()
            got = _Gap(self.text, start, end, self.first_word(start, end))
            self._gap_memo[key] = got
        return got

    def para_of(self, pos: int) -> tuple[int, int]:
        """The paragraph holding ``pos`` (the last one starting at or before it), or the
        whole text before the first. The positions owned by the paragraph found last
        (from its start to the next one's) are answered without a search."""
        if self._owned[0] <= pos < self._owned[1]:
            return self._owned_para
        i = self._para_index(pos)
        paras = self.paras
        self._owned = (
            paras[i][0] if i >= 0 else -_NO_BOUND,
            paras[i + 1][0] if i + 1 < len(paras) else _NO_BOUND,
        )
        self._owned_para = paras[i] if i >= 0 else (0, len(self.text))
        return self._owned_para

    def inside_quote(self, pos: int, *, around: Quote | None = None) -> bool:
        """True if ``pos`` is inside a quote (one that does not contain ``around``)."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i < 0 or self.reach[i] <= pos:
            return False
        if around is None:
            return True
        # (Where the spans nest, the tokens of a window go through outside_around,
        # which walks each chain of parents once per stretch, not this walk per token.)
        while i >= 0:
            q = self.quotes[i]
            if q.outer_start <= pos < q.outer_end and not (
                q.start <= around.outer_start and around.outer_end <= q.end
            ):
                return True
            if q.depth == 0:
                return False
            i -= 1
        return False

    def opens_quote(self, start: int, end: int) -> bool:
        """True when the first quote that opens in ``[start, end)`` opens with a token
        of ``tokens(start, end)``: its mark, which :meth:`inside_quote` calls inside, so
        :meth:`last_inside` of those tokens is not -1. ``False`` when no quote opens
        there, or when a word may run on into its mark (an apostrophe glued to a
        letter): nothing is then known.

        >>> from quoteverify.text.spans import extract_with_paragraphs
        >>> from quoteverify.config import Config
        >>> text = 'Ruiz said “yes” and left. Roe’s “no” came later.'
        >>> ex, paras = extract_with_paragraphs(text, Config())
        >>> ctx = _Context(text, list(ex.quotes), paras)
        >>> ctx.opens_quote(0, 12), ctx.opens_quote(0, 10), ctx.opens_quote(16, 48)
        (True, False, True)
        """
        starts = self.quote_starts
        i = bisect.bisect_left(starts, start)
        if i >= len(starts) or starts[i] >= end:
            return False
        at = starts[i]
        # No token holds a space, and only a word runs on into an apostrophe: past
        # either, a token starts at the mark (the window's own scan starts at ``start``).
        return at == start or self.text[at] not in "'’" or self.text[at - 1].isspace()

    def outside_of_quotes(self, toks: list[Token]) -> list[Token]:
        """The tokens of ``toks`` (in text order) that :meth:`inside_quote` says are
        outside every quote (asked with no ``around``).

        Between two quotes' starts every position finds the same quote by the bisect,
        and is inside exactly when it lies before that quote's ``reach``: so one bisect
        is made for each stretch the tokens fall in, not one call for each token.
        """
        starts, reach = self.quote_starts, self.reach
        out: list[Token] = []
        following = -1  # the start of the quote after the stretch read last
        limit = -1  # positions before it are inside a quote
        for t in toks:
            pos = t.start
            if pos >= following:
                i = bisect.bisect_right(starts, pos) - 1
                following = starts[i + 1] if i + 1 < len(starts) else _NO_BOUND
                limit = reach[i] if i >= 0 else -1
            if pos >= limit:
                out.append(t)
        return out

    def last_inside(self, toks: list[Token]) -> int:
        """The index of the last token of ``toks`` (in text order) that
        :meth:`inside_quote` says is inside a quote, or -1: read stretch by stretch
        from the end, as :meth:`outside_of_quotes` reads them."""
        starts, reach = self.quote_starts, self.reach
        k = len(toks) - 1
        while k >= 0:
            i = bisect.bisect_right(starts, toks[k].start) - 1
            if i < 0:
                return -1  # before the first quote: this token and those before it
            # Back to the quote's start every token finds the same quote.
            first, limit = starts[i], reach[i]
            while k >= 0 and toks[k].start >= first:
                if toks[k].start < limit:
                    return k
                k -= 1
        return -1

    def outside_around(self, toks: list[Token], around: Quote) -> list[Token]:
        """The tokens of ``toks`` (in text order) that :meth:`inside_quote` says are
        outside every quote not holding ``around``, when the spans nest.

        Between two quotes' starts every position finds the same quote by the bisect
        and so the same chain of parents: it is inside a quote that does not hold
        ``around`` exactly when it lies before the furthest end among the chain's
        quotes that do not hold it (each ends within the chain's reach). So the chain
        is walked once for each stretch the tokens fall in, not once for each token.
        """
        starts, ends, quotes, parent = self.quote_starts, self.quote_ends, self.quotes, self.parent
        lo, hi = around.open_mark.start, around.outer_end
        out: list[Token] = []
        following = -1  # the start of the quote after the stretch read last
        limit = -1  # positions before it are inside a quote that does not hold ``around``
        for t in toks:
            pos = t.start
            if pos >= following:
                i = bisect.bisect_right(starts, pos) - 1
                following = starts[i + 1] if i + 1 < len(starts) else _NO_BOUND
                limit = -1
                while i >= 0:
                    if ends[i] > limit:
                        q = quotes[i]
                        if not (q.start <= lo and hi <= q.end):
                            limit = ends[i]
                    i = parent[i]
            if pos >= limit:
                out.append(t)
        return out

    def sentence_start(self, lo: int, pos: int) -> int:
        """Start of the sentence holding ``pos`` (breaks inside quotes do not count).

        With no break in the ``_BEFORE`` characters before ``pos``, the sentence is
        read from ``lo`` when that is at most ``_FAR`` characters back, else from
        the first word that starts in the window.
        """
        key = (lo, pos)
        start = self._starts.get(key)
        if start is not None:
            return start
        window = max(lo, pos - _BEFORE)
        start = -1
        for end in self.layer.breaks(window, pos):
            if not self.inside_quote(end - 1):
                start = end
        if start < 0:
            start = window
            if pos - lo <= _FAR:
                start = lo  # a long sentence: read from its paragraph's start
            elif window > lo:
                start = _word_start(self.text, window, pos)
        self._starts[key] = start
        return start

    def calm(self, para: tuple[int, int]) -> bool:
        """True when paragraph ``para`` holds no sentence punctuation (:data:`STOP`):
        no window within it holds a sentence break (searched once per paragraph)."""
        got = self._calm.get(para[0])
        if got is None:
            got = self._calm[para[0]] = STOP.search(self.text, para[0], para[1]) is None
        return got

    def sentence_end(self, pos: int, hi: int) -> int:
        for end in self.layer.breaks(pos, min(hi, pos + _AFTER)):
            if not self.inside_quote(end - 1):
                stop = end
                while stop > pos and self.text[stop - 1].isspace():
                    stop -= 1
                return stop
        return min(hi, pos + _AFTER)

    def _gaps(self, para: tuple[int, int], after: int = -1) -> Iterator[tuple[int, int]]:
        """The non-empty stretches ``(start, end)`` of the paragraph between its quotes:
        the positions :meth:`inside_quote` calls outside (a quote opened before the
        paragraph may run into it); with ``after``, only those that end after it."""
        lo = bisect.bisect_left(self.quote_starts, para[0])
        hi = bisect.bisect_left(self.quote_starts, para[1])
        first = lo
        if after >= para[0]:
            # The first quote that starts after ``after``: the gap before it is the
            # first that ends after ``after``.
            first = bisect.bisect_right(self.quote_starts, after, lo, hi)
        if first > lo:
            gap_start = max(self.quote_starts[first - 1], self.reach[first - 1])
        else:
            gap_start = max(para[0], self.reach[lo - 1]) if lo > 0 else para[0]
        for i in range(first, hi + 1):
            gap_end = self.quote_starts[i] if i < hi else para[1]
            if gap_start < gap_end and gap_end > after:
                yield gap_start, gap_end
            if i < hi:
                gap_start = max(gap_end, self.reach[i])

    def _para_tokens(self, para: tuple[int, int], upto: int) -> _ParaTokens:
        """The tokens of paragraph ``para``, read at least until one starts at or after
        ``upto`` (:meth:`_ParaTokens.upto`)."""
        got = self._tokens.get(para[0])
        if got is None:
            got = self._tokens[para[0]] = _ParaTokens(self.text, para, self._gaps(para))
        return got.upto(upto)

    def _slice(
        self, para: tuple[int, int], start: int, end: int
    ) -> tuple[_ParaTokens, int, int, list[Token], list[Token]]:
        """The tokens of paragraph ``para`` (the one holding ``start``) wholly inside
        ``[start, end)`` as indices ``[j, k)``, and the pieces of the tokens cut by
        either edge, tokenised on their own."""
        pt = self._para_tokens(para, end)
        n = len(pt.toks)
        j = bisect.bisect_left(pt.starts, start)
        first = pt.starts[j] if j < n else para[1]
        if first >= end:
            return pt, 0, 0, tokenize(self.text, start, end), []
        head = tokenize(self.text, start, first) if j > 0 and pt.ends[j - 1] > start else []
        k = bisect.bisect_right(pt.ends, end)
        tail = tokenize(self.text, pt.starts[k], end) if k < n and pt.starts[k] < end else []
        return pt, j, k, head, tail

    def _dense(self, para: tuple[int, int]) -> bool:
        """True when the paragraph holds enough quotes, close enough together, to
        tokenise it once for all."""
        got = self._dense_paras.get(para[0])
        if got is None:
            lo = bisect.bisect_left(self.quote_starts, para[0])
            hi = bisect.bisect_left(self.quote_starts, para[1])
            got = hi - lo >= _DENSE_QUOTES and para[1] - para[0] <= _DENSE_SPAN * (hi - lo)
            self._dense_paras[para[0]] = got
        return got

    def words_outside(self, para: tuple[int, int], start: int, end: int) -> bool:
        """True when a letter or digit outside every quote lies in ``[start, end)``.

        "Outside" is as :meth:`inside_quote` says. The runs of letters and digits
        between the quotes of the paragraph are found gap by gap, as far as the calls
        so far reach (each gap read once), then each call is one bisect.
        """
        runs = self._word_runs.get(para[0])
        if runs is None:
            runs = self._word_runs[para[0]] = _WordRuns(
                self.text, functools.partial(self._gaps, para)
            )
        return runs.any_in(start, end)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The same tokens as ``tokenize(text, start, end)``: sliced from the paragraph's
        in a paragraph dense with quotes, else read from the text layer."""
        para = self.para_of(start)
        if end <= start or end > para[1] or not self._dense(para):
            return self.layer.tokens(start, end)
        read = self._tokens.get(para[0])
        if start - (para[0] if read is None else read.read_to) > _READ_AHEAD:
            # Far past what the paragraph's reader has read (the last quote of a long
            # run, after the budget's rows read only between neighbours): the window
            # alone, not the paragraph up to it.
            return self.layer.tokens(start, end)
        pt, j, k, head, tail = self._slice(para, start, end)
        return head + pt.toks[j:k] + tail

    def outside_tokens(self, start: int, end: int, q: Quote | None = None) -> list[Token]:
        """The tokens of ``[start, end)`` outside other quotes (see ``_strip_quote_tokens``)."""
        para = self.para_of(start)
        if end <= start or end > para[1] or not self._dense(para):
            # (what :meth:`tokens` reads there, without finding the paragraph again)
            return _strip_quote_tokens(self.layer.tokens(start, end), self, q)
        if q is not None and q.depth > 0:
            return _strip_quote_tokens(self.tokens(start, end), self, q)
        pt, j, k, head, tail = self._slice(para, start, end)
        a = bisect.bisect_left(pt.outside, j)
        b = bisect.bisect_left(pt.outside, k)
        middle = pt.outside_toks[a:b]
        edges = [t for t in head if not self.inside_quote(t.start)]
        return edges + middle + [t for t in tail if not self.inside_quote(t.start)]


def _end_before(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end``."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _last_char_before(text: str, end: int) -> str:
    """``text[:end].rstrip()[-1:]`` without copying the text before ``end``."""
    i = _end_before(text, end)
    return text[i - 1 : i]


def _words_only(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.text[0].isalnum()]


def _strip_quote_tokens(toks: list[Token], ctx: _Context, q: Quote | None = None) -> list[Token]:
    """Drop tokens inside other quotes: a speaker is never named inside quoted words.

    Tokens inside a quote that contains ``q`` stay: an inner quote's cue is in
    its outer quote ("He said: 'The president greeted him with «Hello»'").
    """
    if q is None or q.depth == 0:
        if not toks:
            return toks
        # No quote opens among the tokens (after the first one's start): one bisect
        # tells for them all, since every token finds the quote the first one finds.
        starts = ctx.quote_starts
        first, last = toks[0].start, toks[-1].start
        i = bisect.bisect_right(starts, first) - 1
        if i + 1 >= len(starts) or starts[i + 1] > last:
            if i < 0 or ctx.reach[i] <= first:
                return toks  # every token outside (inside_quote says no to each)
            if ctx.reach[i] > last:
                return []  # every token inside
        return ctx.outside_of_quotes(toks)
    if ctx.nested:
        return ctx.outside_around(toks, q)
    return [t for t in toks if not ctx.inside_quote(t.start, around=q)]


def _leads_in(toks: list[Token], k: int, text: str) -> str:
    """The colon or comma that ends the clause from ``toks[k]`` (its first) right before
    an opening quote mark, or ``""``: 'He added: "..."' introduces the next quote, not the one
    before it. The full stop of a title (*Mr. Hale said:*) ends no clause.

    >>> text = 'Mr. Hale said: "No."'
    >>> _leads_in(tokenize(text, 0, 14), 0, text)
    ':'
    """
    for t in toks[k:]:
        if t.text in ".!?;" and (t.text != "." or ends_sentence(text, t.end)):
            return ""
        if t.text in ":,":
            # The clause's first comma or colon: '"...," he said, adding, "..."' leads
            # the next quote in with "adding", not with "he said".
            return t.text if text[t.end : t.end + 2].lstrip()[:1] in OPENERS else ""
    return ""


def _leads_next(q: Quote, ctx: _Context, toks: list[Token], k: int) -> bool:
    """True when the cue clause after ``q`` (from ``toks[k]``) leads in the next quote
    and so is not ``q``'s: after a quote that ends its sentence ('"We are not
    beaten." Mr. Hale said: "..."', '"Why now?" Hale writes back, "..."') or before a
    colon. A quote that ends in a comma keeps a cue that ends in one: '"We won," she
    said, "and ..."' is one quote split by its cue."""
    lead = _leads_in(toks, k, ctx.text)
    if not lead:
        return False
    return lead == ":" or q.text.rstrip().rstrip(_CLOSERS)[-1:] in (".", "?", "!")


_AFTER_REACH = 80  # characters after a quote _after_adjacent reads at least (within hi)


def _after_stop(ctx: _Context, end: int, hi: int) -> int:
    """Where :func:`_after_adjacent` stops reading after a quote that ends at ``end``:
    its sentence's end, or 80 characters on (within ``hi``) when that is further.

    The sentence's end is never past ``hi`` (:meth:`_Context.sentence_end` reads
    breaks within ``[end, hi]``), so when ``hi`` is at most 80 characters on it is
    the answer, and the sentence's end is not searched (the quote before another
    one close after it, in every dense run)."""
    reach = end + _AFTER_REACH
    if hi <= reach:
        return hi
    return max(ctx.sentence_end(end, hi), reach)


def _no_speaker_openers() -> frozenset[str]:
    """The words in lower case that settle :func:`_after_adjacent` as ``None`` when
    they are the first word after a quote (*and*, *for*, *because*): stop words
    (:func:`.mentions.phrase_after` reads no phrase from one, and the unknown verb of
    *"...," droned Ann* is no stop word) that the phrase reader does not skip or read
    (fillers, adverbs in *-ly*, pronouns, determiners and demonstratives, quantifiers,
    the adjectives before a name), that open no cue (:func:`_cue_starts`) and no owner's words
    (*was Ann's reply*). Every other row of :func:`_after_adjacent` then gives
    ``None`` (a test reads each of them after drawn quotes).

    >>> [w in _no_speaker_openers() for w in ("and", "because", "said", "the", "she")]
    [True, True, False, False, False]
    """
    read = (
        load("attribution_fillers")
        | PRONOUNS
        | load("determiners")
        | load("quantifiers")
        | frozenset(load_table("number_words"))
        | load("name_adjectives")
        | load("possessive_links")
        | select("pronouns", case="demonstrative")  # '"...," this group said'
        | _cue_starts()
    )
    return frozenset(
        w
        for w in load("stopwords")
        if w.isascii() and w.isalpha() and w.islower() and not w.endswith("ly") and w not in read
    )


_NO_SPEAKER_OPENERS = _no_speaker_openers()

# After a quote: commas and spaces, then a word of ASCII letters in lower case between
# two spaces (group 1), or one of a few punctuation characters that the phrase reader
# reads no phrase from and no cue starts with (a quote mark, a bracket, a stop). The
# tokens of any window that holds it are the commas, then that word or character
# (white space starts no token, a word in lower case ends at a space, and each of
# these characters is a token of its own).
_FIRST_PLAIN_WORD = regex.compile(r"[ ,]*+(?:(?<= )([a-z]++) |[\"“”‘’'(.;?!])")


def _opens_no_speaker(text: str, end: int, hi: int) -> bool:
    """True when the first token after a quote that ends at ``end``, after commas
    and spaces alone, is one of :func:`_no_speaker_openers` or one of
    :data:`_FIRST_PLAIN_WORD`'s punctuation characters, within the characters
    :func:`_after_adjacent` reads (``hi``, or 80 characters on): its answer is then
    ``None``, found without the window's sentence end or tokens.

    >>> text = '"We stay," and then they left. "Go," said Ann. "No," "ever."'
    >>> _opens_no_speaker(text, 10, 30), _opens_no_speaker(text, 36, 46)
    (True, False)
    >>> _opens_no_speaker(text, 52, 60)
    True
    """
    reach = end + _AFTER_REACH
    m = _FIRST_PLAIN_WORD.match(text, end, hi if hi < reach else reach)
    if m is None:
        return False
    word = m.group(1)
    return word is None or word in _NO_SPEAKER_OPENERS


# After a quote, what may stand before a dash token that its leading punctuation
# holds (_after_adjacent's run of _LEAD_PUNCT tokens): commas and characters that make
# no token of their own (white space, marks, format characters; a few control and
# private characters that do are let through too), then a dash of _DASHES (a test
# checks the class). A letter, digit, other punctuation or symbol ends the run first.
_DASH_BEFORE_WORD = regex.compile(r"(?:[^\p{L}\p{N}\p{P}\p{S}]|,)*+[\-–—―]")


def _dash_leads(text: str, end: int, hi: int) -> bool:
    """False when the tokens of ``[end, hi)`` cannot open with commas and dashes
    ending in a dash (:data:`_DASH_BEFORE_WORD`): a letter or digit starts a word
    token, any other punctuation or symbol is a token of one character, and each
    ends the run of leading punctuation :func:`_after_adjacent` skips, so no *"...."
    - Name* follows a quote that ends at ``end``. The run read is short: it stops at
    the next quote's mark at the latest.

    >>> _dash_leads('"We lost." - Ann Roe', 10, 20), _dash_leads('"We lost." Ann - Roe', 10, 20)
    (True, False)
    """
    return _DASH_BEFORE_WORD.match(text, end, hi) is not None


def _after_adjacent(
    q: Quote, ctx: _Context, hi: int, gap: _Gap | None = None
) -> Attribution | None:
    """The cue right after ``q``, read up to ``hi``; ``gap``, when given, is the
    reading of ``[q.outer_end, hi)`` (the same tokens, from the gap's).

    A quote that closes its sentence (:func:`_closes_its_sentence`) can only take a
    name after a dash here (the colon's row is for a quote that opens its paragraph,
    so its sentence): with no dash before the first word after it
    (:func:`_dash_leads`), nothing is read."""
    text = ctx.text
    closes = _closes_its_sentence(q, ctx)
    if closes and not _dash_leads(text, q.outer_end, hi):
        return None
    stop = _after_stop(ctx, q.outer_end, hi)
    toks = ctx.tokens(q.outer_end, stop) if gap is None else gap.window(q.outer_end, stop)
    k = 0
    while k < len(toks) and toks[k].text in _LEAD_PUNCT:
        k += 1
    if k >= len(toks):
        return None
    last_char = q.text.rstrip().rstrip(_CLOSERS)[-1:]
    n = len(toks)
    if toks[k].text in ":" and q.start == ctx.para_of(q.start)[0] + len(q.open_mark.char):
        found = phrase_after(toks, k + 1, text=text, reads=ctx.reads)
        if found is not None and found.kind is not PhraseKind.PRONOUN:
            return Attribution(
                mention=found, cue=_cue(toks, (k, k + 1), text, "quote-colon-X", 0.6)
            )
        return None
    if k > 0 and toks[k - 1].text in _DASHES and _last_char_before(text, q.outer_start) in _DASHES:
        # '... gaffes - "does she ...?" - Democrats said they were calm': a quote
        # between two dashes is an aside; the words after it go on with the sentence.
        return None
    if k > 0 and toks[k - 1].text in _DASHES and q.text.rstrip()[-1:] not in ",":
        found = phrase_after(toks, k, text=text, reads=ctx.reads)
        if found is not None and found.kind is PhraseKind.NAME:
            return Attribution(mention=found, cue=_cue(toks, (k - 1, k), text, "quote-dash-X", 0.8))
    if closes or _leads_next(q, ctx, toks, k):
        return None
    if _participle_clause(toks, k):
        return None
    owner = _possessive_after(toks, k, n, text)
    if owner is not None:
        return owner
    cue_end = _cue_at(toks, k, n)
    ends_open = last_char in (",", "?", "!", "—", "–", "-")
    if cue_end == k and (ends_open or (k and toks[k - 1].text == ",")):
        perfect = _perfect_cue(toks, k, n, text)
        if perfect is not None:
            return perfect
    lead = toks[k]
    if (
        last_char == ","
        and lead.lower in _WORD_SURNAMES
        and lead.lower != lead.text  # capitalised (checked whole below)
        and _word_surname(toks, k, n, text)
    ):
        # '"...," From said': a surname spelled as a word the mention reader skips.
        end = _cue_at(toks, k + 1, n)
        return Attribution(
            mention=_word_found(toks[k]), cue=_cue(toks, (k + 1, end), text, "quote-X-said", 0.9)
        )
    if cue_end > k:
        found = phrase_after(toks, cue_end, text=text, reads=ctx.reads, loose=ends_open)
        if found is not None:
            return Attribution(
                mention=found, cue=_cue(toks, (k, cue_end), text, "quote-said-X", 0.9)
            )
        return None
    if (
        ends_open
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in load("stopwords")
        and toks[k].lower not in _JOINING_PARTICLES  # '"...," de Gaulle said'
        and not toks[k].lower.endswith("ing")
        and toks[k].lower not in load("anonymous_determiners")
        and toks[k].lower not in load("name_adjectives")
    ):
        # '"...," droned Miss Bartlett': an unknown verb, then a name.
        found = _utterance_author(toks, k, n, text)
        if found is not None:
            return Attribution(
                mention=found, cue=_cue(toks, (k, k + 1), text, "quote-verbed-X", 0.7)
            )
        found = phrase_after(toks, k + 1, text=text, reads=ctx.reads, loose=True)
        if found is not None and found.kind is not PhraseKind.PRONOUN:
            return Attribution(
                mention=found, cue=_cue(toks, (k, k + 1), text, "quote-verbed-X", 0.7)
            )
    found = phrase_after(toks, k, text=text, reads=ctx.reads)
    if found is None and ends_open:
        # '"...," the statement said': a determiner phrase the lexicons do not know,
        # accepted only because a cue follows it (checked below).
        found = phrase_after(toks, k, text=text, reads=ctx.reads, loose=True)
    if found is None:
        return None
    m = k
    while m < n and toks[m].end <= found.end:
        m += 1
    if m + 1 < n and toks[m].text == "." and toks[m + 1].text == ",":
        m += 1  # "James B. Comey Jr., the director ..., said"
    elif (
        m + 1 < n
        and toks[m].text == "."
        and found.kind is PhraseKind.NAME
        and toks[m - 1].lower in _NAME_SUFFIXES
        and toks[m + 1].text.islower()
    ):
        m += 1  # '"...," Hank Ruiz Jr. said': the stop is the suffix's
    fillers = load("attribution_fillers")
    # "one person who claimed to have been in the room told": a relative clause.
    if (
        m < n
        and toks[m].lower in ("who", "which", "that")
        and found.kind in (PhraseKind.ANONYMOUS, PhraseKind.DESCRIPTOR)
    ):
        for c in range(m + 1, min(n, m + 14)):
            if toks[c].text in ",.;:!?":
                break
            if c > m + 1 and _cue_at(toks, c, n) > c:
                found = attrs.evolve(
                    found, end=toks[c - 1].end, text=text[found.start : toks[c - 1].end]
                )
                m = c
                break
    # "Sen. Claire McCaskill (D-Mo.) said": a parenthesis after the name.
    if m < n and toks[m].text == "(":
        c = m + 1
        while c < n and c - m <= 8 and toks[c].text != ")":
            c += 1
        if c < n and toks[c].text == ")":
            m = c + 1
    # "Mr. Morgan of the Sierra Club said": a short prepositional phrase after the name.
    if m + 1 < n and toks[m].lower in ("of", "from", "at") and found.kind is _NAME:
        c = m + 1
        while c < n and c - m <= 6 and (toks[c].lower == "the" or _cap_word(toks[c])):
            c += 1
        if c > m + 1:
            m = c
    # "a narrator in the Clinton ad asks": a descriptor's prepositional phrase, when a
    # cue follows it.
    elif (
        m + 1 < n
        and toks[m].lower in load("descriptor_prepositions")
        and found.kind in (PhraseKind.DESCRIPTOR, PhraseKind.ANONYMOUS)
    ):
        for c in range(m + 2, min(n, m + 7)):
            if not toks[c - 1].text[0].isalnum():
                break
            if _cue_at(toks, c, n) > c:
                if found.kind is PhraseKind.DESCRIPTOR and toks[m].lower == "of":
                    # '"...," chief of staff Dana Ito said': the office titles the
                    # name that ends it, read back from the cue as before a quote
                    titled = phrase_before(toks, c, text=text, lo=k, reads=ctx.reads)
                    if titled is not None and titled.kind is _NAME and titled.start == found.start:
                        found = titled
                m = c
                break
    # "Scott Pruitt, the attorney general of Oklahoma, one of the states, said": skip
    # up to five comma-separated appositions after the name ("Al Bo, 30, of Dover, Del.,").
    if m < n and toks[m].text == "," and found.kind is not _PRONOUN:
        c = m
        for _ in range(5):
            d = c + 1
            while d < n and d - m <= 45 and toks[d].text not in ",;:!?":
                d += 1
            if d >= n or toks[d].text != ",":
                break
            if found.kind is PhraseKind.DESCRIPTOR and c == m:
                # "His aunt, Mary Jones, shouted": the name the apposition gives.
                named = apposed_name(toks, c + 1, d, text)
            else:
                named = None
            c = d
            h = _heard_chain(toks, c + 1, n)
            if _cue_at(toks, h, n) > h or (c + 2 < n and toks[c + 1].lower in fillers):
                m = c + 1
                found = named or found
                break
        if toks[m].text == "," and ends_open and found.kind is PhraseKind.NAME:
            # '"...," Ann Roe, who chairs the trust said': an apposition whose closing
            # comma is missing; the name after the quote still speaks.
            for c in range(m + 3, min(n, m + 16)):
                if toks[c].text in ",;:!?.":
                    break
                if _cue_at(toks, c, n) > c and toks[c - 1].text[:1].isalnum():
                    m = c
                    break
    while m < n and (toks[m].lower in fillers or is_adverb(toks[m])):
        m += 1
    m = _heard_chain(toks, m, n)
    if m >= n:
        return None
    cue_end = _cue_at(toks, m, n)
    if cue_end > m and _hearer_passive(toks, m):
        # '"Will you run?" Roe was asked': Roe hears the question; its speaker is the
        # agent after *by*, if any.
        cue = _cue(toks, (m, cue_end), text, "quote-X-said", 0.9)
        return Attribution(mention=_by_agent(toks, cue_end, text), cue=cue)
    if cue_end > m:
        if last_char == "." and _clause_follows(toks, cue_end):
            # 'said "the question is timing." Gov. Pat Doe said it would be ...': the
            # quote closed its sentence; the name and cue open the next one.
            return None
        return Attribution(mention=found, cue=_cue(toks, (m, cue_end), text, "quote-X-said", 0.9))
    if ends_open and _VERBISH.fullmatch(toks[m].text):
        return Attribution(mention=found, cue=_cue(toks, (m, m + 1), text, "quote-X-verbed", 0.75))
    return None


def _heard_chain(toks: list[Token], m: int, n: int) -> int:
    """The index of the participle cue after a verb of hearing or seeing in the passive
    that opens at ``m`` (``perception_verbs``: '"...," Ana Ruiz can be heard shouting',
    '"...," the officer is seen telling him'): a 999 or 911 call, a bodycam or a phone
    video quoted, its speaker the name before the chain; ``m`` when no such chain
    opens there.

    >>> text = "can be heard shouting on the call"
    >>> _heard_chain(tokenize(text, 0, len(text)), 0, 7)
    3
    >>> text = "heard shouting on the call"
    >>> _heard_chain(tokenize(text, 0, len(text)), 0, 5)
    0
    """
    j = m
    while j < n and toks[j].lower in _MODALS:
        j += 1
    aux = j
    while j < n and toks[j].lower in _PASSIVE:
        j += 1
    if j == aux or j + 1 >= n or toks[j].lower not in _PERCEPTION:
        return m
    return j + 1 if toks[j + 1].lower.endswith("ing") else m


def _perfect_cue(toks: list[Token], k: int, n: int, text: str) -> Attribution | None:
    """'« ... », has declared the minister', '"...," has he affirmed': French or
    Portuguese copy translated word by word (*a déclaré le ministre*, *a-t-il
    affirmé*) keeps the perfect's auxiliary (``perfect_auxiliaries.txt``) at
    ``toks[k]`` before an inverted cue. The speaker is the phrase after the verb, or
    a pronoun between the auxiliary and the verb; None when neither stands there.

    >>> from quoteverify import parse
    >>> lead = "The minister of trade, Paul Brenet, spoke on Monday. "
    >>> quote = '"We will hold the line on prices," has declared the minister.'
    >>> parse(lead + quote).quotes[0].speaker_name
    'Paul Brenet'
    """
    if toks[k].lower not in _PERFECT_AUXILIARIES or k + 2 >= n:
        return None
    cue_end = _cue_at(toks, k + 1, n)
    if cue_end > k + 1 or _participle(toks[k + 1]):
        # a participle that is no cue verb speaks only before a name
        found = phrase_after(toks, max(cue_end, k + 2), text=text)
        if found is None or (
            cue_end == k + 1 and (found.kind is not PhraseKind.NAME or not _cap_word(toks[k + 2]))
        ):
            return None
        return Attribution(
            mention=found, cue=_cue(toks, (k, max(cue_end, k + 2)), text, "quote-said-X", 0.85)
        )
    found = phrase_after(toks, k + 1, text=text)
    if found is None or found.kind is not _PRONOUN:
        return None
    at = next((x for x in range(k + 1, n) if toks[x].start >= found.end), n)
    if at >= n or not (_cue_at(toks, at, n) > at or _participle(toks[at])):
        return None
    return Attribution(mention=found, cue=_cue(toks, (k, at + 1), text, "quote-X-said", 0.85))


def _participle(tok: Token) -> bool:
    """Whether ``tok`` is a past participle by its form: a lower-case word in *-ed*
    or an irregular past (``irregular_pasts.txt``)."""
    return tok.text.islower() and (
        (tok.text.endswith("ed") and len(tok.text) > 4) or tok.lower in _IRREGULAR_PASTS
    )


_PERFECT_AUXILIARIES = load("perfect_auxiliaries")


def _utterance_author(toks: list[Token], k: int, n: int, text: str) -> Found | None:
    """'"...," was the message from Ana Ruiz': after a quote, a form of *be* at
    ``k``, a determiner and up to two lower-case words ending on a word for an
    utterance (``speech_nouns``), then *from* or *by* (or *of* before a name: *an
    angry cry of Ana Ruiz*): the name or description after it, who said the quote;
    else ``None``.

    >>> text = ' was the final message from Ana Ruiz, the mayor.'
    >>> _utterance_author(tokenize(text, 0, len(text)), 0, 10, text).text
    'Ana Ruiz'
    >>> text = ' was the message of the day.'
    >>> _utterance_author(tokenize(text, 0, len(text)), 0, 7, text) is None
    True
    """
    if toks[k].lower not in _BE:
        return None
    j = k + 1
    while j < n and j - k <= 3 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].lower in _SPEECH_NOUNS:
            break
        j += 1
    else:
        return None
    link = toks[j + 1].lower if j + 2 < n else ""
    if j == k + 1 or (link not in _AUTHOR_LINKS and link != "of"):
        return None
    found = phrase_after(toks, j + 2, text=text)
    if found is None or found.kind is PhraseKind.PRONOUN:
        return None
    if link == "of" and found.kind is not PhraseKind.NAME:
        return None  # "the message of the day": only a name owns the words after *of*
    return found


# Words the mention reader skips or reads as a cue that are also surnames (*From*, *Read*).
_WORD_SURNAMES = load("stopwords") | load("cue_verbs")
_NAME_SUFFIXES = load("name_suffixes")  # "jr", "sr": a name's last word, with a stop


def _word_surname(toks: list[Token], k: int, n: int, text: str) -> bool:
    """True when token ``k``, right after a quote that ends on a comma, is a
    capitalised word the mention reader takes for a function word or a cue
    (*From*, *Read*), a cue verb follows it, and the text before the quote has
    printed it as the last word of a name (*Al From*, *Ian Read*): that person's
    surname, the subject of the cue.

    >>> text = 'Banker Ian Read spoke. "We stay," Read said.'
    >>> _word_surname(tokenize(text, 33, 44), 0, 3, text)
    True
    >>> text = 'Banker Ian Roe spoke. "We stay," Read said.'
    >>> _word_surname(tokenize(text, 32, 43), 0, 3, text)
    False
    """
    tok = toks[k]
    word = tok.text
    if (
        k + 1 >= n
        or not word.istitle()
        or not word.isalpha()
        or tok.lower not in _WORD_SURNAMES
        or tok.lower in PRONOUNS
        or not toks[k + 1].text.islower()
        or _cue_at(toks, k + 1, n) == k + 1
    ):
        return False
    return _printed_before(text, _word_found(tok), after_name=True)


def _word_found(tok: Token) -> Found:
    """A one-word name found at ``tok``."""
    return Found(start=tok.start, end=tok.end, text=tok.text, kind=_NAME, head=tok.text)


def _participle_clause(toks: list[Token], k: int) -> bool:
    """True when the words after a quote open a participle clause ('"...," telling
    Fox 35 that ...', '"...," naming Israel'): the words after the participle are its
    object, and its subject is the speaker before the quote. A preposition that ends
    in *-ing* (*according to*, *during*) opens no clause.

    >>> _participle_clause(tokenize(", telling the radio host", 0, 24), 1)
    True
    >>> _participle_clause(tokenize(", specifically naming Dover", 0, 27), 1)
    True
    >>> _participle_clause(tokenize(", according to Ruiz", 0, 19), 1)
    False
    """
    while k + 1 < len(toks) and is_adverb(toks[k]):
        k += 1  # "..., specifically naming Israel"
    word = toks[k].text
    return (
        len(word) > 4
        and word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and toks[k].lower not in _STOPWORDS
    )


def _clause_follows(toks: list[Token], k: int) -> bool:
    """True when a clause of its own follows the cue ending at token ``k``."""
    if k >= len(toks):
        return False
    if toks[k].lower in _CLAUSE_OPENERS:
        return True  # "said it would be", "said the plan was"
    # "said North Korea had ...": a name, then the clause's verb.
    for j in range(k + 1, min(len(toks), k + 4)):
        if not _cap_word(toks[j - 1]) or toks[j].text in ".,;:!?":
            return False
        if toks[j].lower in _AUXILIARIES or (
            toks[j].text.islower() and _VERBISH.fullmatch(toks[j].text)
        ):
            return True
    return False


def _dash_paragraph(q: Quote, ctx: _Context, end_para: tuple[int, int]) -> Attribution | None:
    """'A quote paragraph, then a paragraph "- Jane Doe, at a rally."': the byline."""
    text = ctx.text
    if _NOT_TRAILER.search(text, q.outer_end, end_para[1]) is not None:
        return None
    i = bisect.bisect_left(ctx.paras, end_para) + 1
    if i >= len(ctx.paras):
        return None
    nxt = ctx.paras[i]
    if text[nxt[0] : nxt[0] + 1] not in _DASHES:
        return None
    toks = ctx.layer.tokens(nxt[0], min(nxt[1], nxt[0] + 120))
    if len(toks) < 2 or toks[0].text not in _DASHES:
        return None
    if text[nxt[0] + 1 : nxt[1]].rstrip().rstrip(".")[-1:] in _DASHES:
        return None  # "- Harbour plans -": a subheading between dashes, not a byline
    found = phrase_after(toks, 1, text=text, reads=ctx.reads)
    if found is None or found.kind in (PhraseKind.PRONOUN, PhraseKind.ANONYMOUS):
        return None
    return Attribution(mention=found, cue=_cue(toks, (0, 1), text, "quote-dash-X", 0.75))


_TRANSCRIPT_SPEAKER = regex.compile(
    r"\p{Lu}[\p{Lu}'’\-]++(?:[ \u00a0]\p{Lu}[\p{Lu}'’\-]++){0,2}(?=:\s)"
)


def _transcript_speaker(q: Quote, ctx: _Context) -> Attribution | None:
    """'"WALLACE: But, Governor, ..."': a transcript names its speaker inside the quote."""
    end = min(q.end, q.start + 40)
    if ctx.text.find(":", q.start, end) < 0:
        return None  # the pattern's colon is read within the window (its end is endpos)
    m = _TRANSCRIPT_SPEAKER.match(ctx.text, q.start, end)
    if m is None or len(m.group()) < 3:
        return None
    toks = ctx.layer.tokens(m.start(), m.end() + 1)
    name = m.group()
    found = Found(start=m.start(), end=m.end(), text=name, kind=PhraseKind.NAME, head=name)
    return Attribution(
        mention=found, cue=_cue(toks, (len(toks) - 1, len(toks)), ctx.text, "transcript-name", 0.8)
    )


def _closes_its_sentence(q: Quote, ctx: _Context) -> bool:
    """True for a quote ending in a full stop in a sentence it did not open.

    'Cruz said that "the way is to ask." He smiled.': what follows such a quote
    belongs to the next sentence, not to the quote.
    """
    if q.text.rstrip().rstrip(_CLOSERS)[-1:] != ".":
        return False
    para_start = ctx.para_of(q.outer_start)[0]
    return bool(ctx.text[ctx.sentence_start(para_start, q.outer_start) : q.outer_start].strip())


def _after_sentence(q: Quote, ctx: _Context, hi: int) -> Attribution | None:
    """ "'...' of the plan, Mr Holtz-Eakin said.": a cue later in the same sentence."""
    text = ctx.text
    if _closes_its_sentence(q, ctx):
        return None
    end = ctx.sentence_end(q.outer_end, hi)
    toks = ctx.outside_tokens(q.outer_end, end)
    n = len(toks)
    if n and q.text.rstrip().rstrip(_CLOSERS)[-1:] == "." and toks[0].text[:1].isupper():
        return None  # '"... you get." That is why, he added, ...': a new sentence
    single, multi = _cues()
    if not any(t.lower in single or t.lower in multi for t in toks[:30]):
        return None  # no cue can start in reach (_cue_at would answer k for each)
    for k in range(min(n, 30)):
        if not toks[k].text[0].isalpha():
            continue
        cue_end = _cue_at(toks, k, n)
        if cue_end == k or _noun_before_cue_clause(toks, k, cue_end, text):
            continue
        if k and document_pair(toks[k - 1].lower, toks[k].lower):
            continue  # '"...," her blog post said': *post* ends a document's name
        found = phrase_before(toks, k, text=text, reads=ctx.reads) or _as_one_put_it(
            toks, k, text, reads=ctx.plain_reads
        )
        if found is not None and _name_modifies_noun(toks, k, found):
            continue
        rule = "quote-then-X-said"
        if (
            found is None
            and (k == 0 or not toks[k - 1].text[0].isalnum())
            and not _participle_clause(toks, k)
        ):
            # '"...," of the plan, said Mr Holtz-Eakin' -- but not "the tycoon told
            # Reuters", whose name after the cue is the one spoken to.
            found = phrase_after(toks, cue_end, text=text, reads=ctx.reads)
            rule = "quote-then-said-X"
        if found is not None:
            return Attribution(mention=found, cue=_cue(toks, (k, cue_end), text, rule, 0.7))
        return None
    return None


# The single-word cues that are their own lemma (*rate*, *report*, *claim*): the
# forms that may be a noun, where *rated* or *said* may not. Read in one pass over
# the rows (a ``select`` per cue read them all once per cue: a third of a second of
# every fresh process's import).
_BASE_CUES = frozenset(
    cue
    for cue, lemma in ((str(row["cue"]).lower(), row["lemma"]) for row in rows("cue_verbs"))
    if " " not in cue and cue == lemma
)


def _name_modifies_noun(toks: list[Token], k: int, found: Found) -> bool:
    """True when the name ``found`` before the cue word at ``k`` follows *a* or *an*
    and the cue is a bare form: the name qualifies a noun (*in a Facebook post*, *an
    NBC interview*); a singular subject would take *posts*.

    >>> text = "in a Facebook post."
    >>> toks = tokenize(text, 0, len(text))
    >>> _name_modifies_noun(toks, 3, phrase_before(toks, 3, text=text))
    True
    """
    if found.kind not in (PhraseKind.NAME, PhraseKind.ORGANIZATION):
        return False
    if toks[k].lower not in _BASE_CUES:
        return False
    at = next((x for x in range(k) if toks[x].end > found.start), k)
    return at > 0 and toks[at - 1].lower in ("a", "an")


def _noun_before_cue_clause(toks: list[Token], k: int, cue_end: int, text: str) -> bool:
    """True when the cue word at ``toks[k]`` is a noun closing a phrase before a comma
    and a cue clause of its own subject: *"...", because of the growth rate, Ann Roe
    said*. A bare form (:data:`_BASE_CUES`) after a word, then a comma, then a phrase
    that is the subject of a cue: that cue is the sentence's, and *rate* only names a
    thing (*critics say, citing ...* has no subject after its comma).

    >>> text = "of the growth rate, Ann Roe said."
    >>> _noun_before_cue_clause(tokenize(text, 0, len(text)), 3, 4, text)
    True
    """
    if cue_end != k + 1 or k == 0 or toks[k].lower not in _BASE_CUES:
        return False
    if not toks[k - 1].text[0].isalpha() or cue_end + 1 >= len(toks) or toks[cue_end].text != ",":
        return False
    start = cue_end + 1
    for k2 in range(start + 1, min(len(toks), start + 1 + _CUE_CLAUSE_WORDS)):
        if _cue_at(toks, k2, len(toks)) != k2:
            found = phrase_before(toks, k2, text=text)
            return found is not None and found.start == toks[start].start
    return False


def _as_one_put_it(
    toks: list[Token], k: int, text: str, *, reads: Reads | None = None
) -> Found | None:
    """A cue after *as* (*"...", as an astronaut once put it*): right after the quote
    or a comma, a determiner and words the lexicons do not know before the cue at
    ``toks[k]`` name the speaker, as a loose phrase does where syntax says one stands."""
    found = phrase_before(toks, k, text=text, loose=True, reads=reads)
    if found is None:
        return None
    at = token_before(toks, found.start)
    if at is None or toks[at].lower != "as" or (at > 0 and toks[at - 1].text != ","):
        return None
    return found


def _may_end_sentence(q: Quote, text: str) -> bool:
    """False when no cue that :func:`_after_sentence` can find for ``q`` passes
    :func:`_ends_sentence`: that cue lies in ``[q.outer_end, q.outer_end + _AFTER)``,
    and passing needs a comma in the 40 characters before it and a stop in the 80
    after it. (A paragraph of cues with no comma or stop, as *the mayor called it
    "plan 1" and then "step 1" while ...*, skips the search.)

    >>> from quoteverify import parse
    >>> q = parse('He said "yes" and left while she called it that').quotes[0]
    >>> _may_end_sentence(q, 'He said "yes" and left while she called it that')
    False
    """
    end = q.outer_end
    if "," not in text[max(0, end - _CUE_CLAUSE_REACH) : end + _AFTER]:
        return False
    rest = text[end : end + _AFTER + 80]  # (sliced once for the four stops)
    return "." in rest or "\n" in rest or "?" in rest or "!" in rest


# A cue that closes its quote's sentence (_ends_sentence): the comma that opens its
# clause stands within this many characters before it, with at most this many words
# between them.
_CUE_CLAUSE_REACH = 40
_CUE_CLAUSE_WORDS = 4


def _ends_sentence(ctx: _Context, cue: Cue) -> bool:
    """True when the cue's clause opens with a comma and closes the sentence."""
    text = ctx.text
    before = text[max(0, cue.start - _CUE_CLAUSE_REACH) : cue.start].rstrip()
    lead = before.rsplit(",", 1)
    if len(lead) < 2 or len(lead[1].split()) > _CUE_CLAUSE_WORDS:
        return False
    stop_words = load("stopwords") - {"the", "a", "an"}
    if any(w.lower() in stop_words for w in lead[1].split()):
        return False  # "..., while President Putin described": another clause
    rest = text[cue.end : cue.end + 80]
    stop = next((i for i, c in enumerate(rest) if c in ".!?\n"), -1)
    tail = rest[:stop]
    return (
        stop >= 0
        and len(tail.split()) <= 6
        and "," not in tail
        and not any(c in tail for c in _QUOTE_MARKS)
    )


_IRREGULAR_PASTS = load("irregular_pasts")  # "gave", "stood": verbs not in -ed
_DETERMINER_WORDS = load("determiners")
_PARTY_WORDS = load("party_words")


_HEARING_VERBS = load("hearing_verbs")  # "hears", "told": a headline's subject hears
_HEARER_NOUNS = load("hearer_nouns")  # "inquest", "jury", "MPs"


def _headline_hearer(toks: list[Token], k: int, found: Found, lo: int = 0) -> bool:
    """*Inquest hears driver was 'unavoidable'*, *Jury told ...*, *MPs told ...*: a
    UK headline's bare subject before *hears* or a bare *told* (``hearing_verbs.txt``)
    is a body that heard the quote (``hearer_nouns.txt``, its last word), so nobody
    in the headline said it. Only the shape of a headline: the subject opens the
    sentence with no article and stands right before the verb.

    >>> for text in ("Inquest hears rider was 'unseen'", "Reeves hears rider was 'unseen'"):
    ...     toks = tokenize(text, 0, len(text))
    ...     found = phrase_before(toks, 1, text=text)
    ...     print(found is not None and _headline_hearer(toks, 1, found))
    True
    False
    """
    if toks[k].lower not in _HEARING_VERBS or k == 0 or toks[k - 1].end != found.end:
        return False
    words = found.text.split()
    if words[-1].lower() not in _HEARER_NOUNS or words[0].lower() in _DETERMINER_WORDS:
        return False
    return token_before(toks, found.start, lo) is None


def _heard_clause(ctx: _Context, toks: list[Token], found: Found) -> bool:
    """*MPs told NHS faces 'a perfect storm'*: ``found`` stands in the clause after a
    headline's hearer and its *told* or *hears* (:func:`_headline_hearer`), so it is
    the clause's subject, not one who spoke the words."""
    for at in range(1, min(4, len(toks))):  # the hearer's verb: the headline's 2nd to 4th word
        if toks[at].start >= found.start:
            return False
        if toks[at].lower in _HEARING_VERBS:
            before = phrase_before(toks, at, text=ctx.text, reads=ctx.reads)
            return before is not None and _headline_hearer(toks, at, before)
    return False


def _verbed_before(ctx: _Context, toks: list[Token]) -> Attribution | None:
    """ "Cruz exhorted Republicans to 'vote your conscience'": a name and a verb, in
    ``toks``, the quote's sentence up to it outside quotes (:func:`_verb_window`)."""
    text = ctx.text
    skip = load("verbish_words")
    framed = _complement_frame(toks, text)
    if framed is not None:
        return framed
    participle = -1  # the last participle after a comma ("went further, endorsing")
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k].text
        # "Reed has gone after Roe as ...", "Roe is questioning ...": a verb after
        # an auxiliary, whatever its ending.
        after_aux = (
            k > 0
            and toks[k - 1].lower in _AUXILIARIES
            and word.isalpha()
            and word != "be"  # "it would be": no speech act
            and toks[k].lower not in _DETERMINER_WORDS  # "it was a 'disaster'": no verb
        )
        if (
            participle < 0
            and k > 1
            and toks[k - 1].text == ","
            and word.endswith("ing")
            and _participle_clause(toks, k)
            and toks[k].lower not in skip
        ):
            participle = k
        verbish = _VERBISH.fullmatch(word) or after_aux or word in _IRREGULAR_PASTS
        if not (word.islower() and verbish) or word in skip:
            continue
        if not after_aux and _noun_before_cue(toks, k):
            continue  # "Mission controllers said", "Aid groups warned": the subject's noun
        if after_aux and _copula_complement(toks, k):
            continue  # "the farmers were young, which fits, since": no speech act
        if _receives_words(toks, k):
            return None  # "His letter drew a blunt reply:": the reply is another's
        found = phrase_before(toks, k - 1 if after_aux else k, text=text, reads=ctx.reads)
        if found is None and not after_aux:
            # "Roe at the weekly briefing on Monday expressed 'deep regret'": the
            # sentence's subject before an aside (not an object: "indicting Roe at
            # a hearing even though he found").
            found = _subject_before_aside(toks, k, 0, text)
            at = token_before(toks, found.start) if found is not None else None
            if at is not None and not _subject_may_follow(toks[at]):
                found = None
        if found is not None and found.text.lower() in _PARTY_WORDS:
            continue  # "thrill young Democratic crowds": a party's adjective, a plural noun
        if found is not None and found.text.lower() in _DETERMINER_WORDS:
            continue  # "Other words on the list included": a capital for the sentence's start
        if found is not None and _inside_object(toks, found):
            continue  # "egged on Ruiz supporters with": a name inside a noun phrase
        if found is not None and _headline_hearer(toks, k, found):
            return None  # "Inquest hears ... '...'": the subject heard the words
        if found is not None and _heard_clause(ctx, toks, found):
            continue  # "MPs told NHS faces '...'": a clause of what the hearer heard
        if found is not None and found.kind is not PhraseKind.ANONYMOUS:
            return _reporter(toks, found, text) or Attribution(
                mention=found, cue=_cue(toks, (k, k + 1), text, "X-verbed-quote", 0.55)
            )
    if participle > 0:
        # "On Tuesday Kay went further, endorsing eight candidates '...'": with no
        # other verb to go by, a participle after a comma has the sentence's subject.
        first = _sentence_subject(toks, 0, participle - 1, text)
        if first is not None and first.kind in (PhraseKind.NAME, PhraseKind.PRONOUN):
            cue = _cue(toks, (participle, participle + 1), text, "X-verbed-quote", 0.55)
            return Attribution(mention=first, cue=cue)
    return None


def _noun_before_cue(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]``, a word in *-s* that reads like a verb, stands right
    before a one-word speech cue (``lexicons/cue_verbs.tsv``): a plural noun heading
    the cue's subject (*Mission controllers said*, *Aid groups warned*), since two
    verbs do not meet with nothing between them, so the capitalised word before it
    is the noun's modifier and no speaker. Only after a capitalised word, and never
    a word in *-ss* (*he nevertheless said*).

    >>> def read(text): return _noun_before_cue(tokenize(text, 0, len(text)), 1)
    >>> read("Aid groups warned of a gap"), read("Ruiz urges voters to stay home")
    (True, False)
    >>> read("he nevertheless said so"), read("she always said so")
    (False, False)
    """
    word = toks[k].text
    if k == 0 or k + 1 >= len(toks) or not word.endswith("s") or word.endswith("ss"):
        return False  # ("he nevertheless said": an adverb in -ss, its subject lower-case)
    nxt = toks[k + 1]
    return (
        toks[k - 1].text[:1].isupper()
        and nxt.start == toks[k].end + 1
        and nxt.text.islower()
        and nxt.lower in _cues()[0]
    )


def _subject_may_follow(tok: Token) -> bool:
    """True when a subject may follow ``tok``: a clause's opening word, or a mark
    other than a comma (a dateline's dash, a parenthesis)."""
    return tok.lower in _CLAUSE_START or not (tok.text[0].isalnum() or tok.text == ",")


def _copula_complement(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` after a form of *be* is an adjective or a noun (no
    participle: not in *-ing* or *-ed*, no irregular past) whose clause a comma
    closes before the quote's lead-in ends: *the farmers were young, which fits,
    since "..."*, *Ruiz was late, and no wonder, since*. A copula names a state, not
    a speech act. The adjective still leads in words it takes: a clause or a phrase
    after it (*was adamant that the levy is "..."*, *was confident the bridge*) or a
    colon or a comma that ends the lead-in (*was blunt: "..."*).

    >>> text = 'Ruiz was young, which fits, since'
    >>> _copula_complement(tokenize(text, 0, len(text)), 2)
    True
    >>> text = 'Ruiz was adamant that the levy'
    >>> _copula_complement(tokenize(text, 0, len(text)), 2)
    False
    """
    word = toks[k].lower
    if toks[k - 1].lower not in _BE or word in _IRREGULAR_PASTS:
        return False
    if word.endswith(("ing", "ed")):
        return False
    return k + 2 < len(toks) and toks[k + 1].text == ","


def _receives_words(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` is a verb whose subject receives words
    (``receiving_verbs.txt``: *drew*, *got*, *heard*) and its object, after at most
    three lower-case words, is a word for an utterance (``speech_nouns.txt``) that
    ends the lead-in or comes before *from*: *His letter drew a blunt reply*, *Ruiz
    got a curt answer from*: the quote after is the reply, not the subject's words.

    >>> text = "His letter drew a blunt reply"
    >>> _receives_words(tokenize(text, 0, len(text)), 2)
    True
    >>> text = "His letter drew a crowd"
    >>> _receives_words(tokenize(text, 0, len(text)), 2)
    False
    """
    if toks[k].lower not in _RECEIVING:
        return False
    for j in range(k + 1, min(len(toks), k + 5)):
        if not (toks[j].text.isalpha() and toks[j].text.islower()):
            return False
        if toks[j].lower in _SPEECH_NOUNS:
            return (
                j + 1 == len(toks) or toks[j + 1].lower == "from" or not toks[j + 1].text.isalnum()
            )
    return False


_COMPLEMENTIZERS = load("complementizers")
_BE = load("passive_auxiliaries")
_SPEECH_NOUNS = load("speech_nouns")


def _reporter(toks: list[Token], found: Found, text: str) -> Attribution | None:
    """ "Two analysts found in 2014 that the air force is '...'", "Roe is asking
    whether Hale would '...'": when the subject ``found`` opens a clause after *that*
    or *whether*, the verb that takes the clause (up to four words before it, not a
    form of *be*: "so many that ...") and its subject report the words."""
    c = token_before(toks, found.start)
    if c is None or toks[c].lower not in _COMPLEMENTIZERS:
        return None
    for v in range(c - 1, max(-1, c - 6), -1):
        word = toks[v].text
        if word in ",;:" or word.lower() in _BE:
            return None
        after_aux = v > 0 and toks[v - 1].lower in _AUXILIARIES and word.endswith("ing")
        if word.endswith("ing") and word.islower() and not after_aux:
            return None  # "..., alleging that police ...": a participle's subject is elsewhere
        verbish = _VERBISH.fullmatch(word) or after_aux or word in _IRREGULAR_PASTS
        if not (word.islower() and verbish) or word in load("verbish_words"):
            continue
        outer = phrase_before(toks, v - 1 if after_aux else v, text=text)
        if outer is None or outer.kind is PhraseKind.ANONYMOUS:
            return None
        return Attribution(mention=outer, cue=_cue(toks, (v, v + 1), text, "X-verbed-quote", 0.55))
    return None


def _complement_frame(toks: list[Token], text: str) -> Attribution | None:
    """ "Cruz is praising Bush, who quit on Saturday, as '...'": a verb, its object and
    *as* before the quote; the words are what the sentence's subject calls the object,
    so the subject speaks, not the object nor a name in a clause about it."""
    n = len(toks)
    if n < 4 or toks[-1].lower != "as" or toks[-2].lower in _STOPWORDS:
        return None  # ("such as", "as well as": no frame)
    # "..., while Trump refers to him as": the subject of the last clause.
    lo = max(
        (
            i + 1
            for i in range(1, n - 2)
            if toks[i].lower in _CLAUSE_WORDS
            # after a comma, or after a quote (whose comma is inside it)
            and (toks[i - 1].text == "," or text[toks[i - 1].end : toks[i].start].strip())
        ),
        default=0,
    )
    first = _sentence_subject(toks, lo, n - 1, text)
    if first is None or first.kind not in (
        PhraseKind.NAME,
        PhraseKind.PRONOUN,
        PhraseKind.DESCRIPTOR,
    ):
        return None
    v = next((i for i in range(n - 2) if toks[i].start >= first.end), None)
    while v is not None and v < n - 2 and (is_adverb(toks[v]) or toks[v].lower in _AUXILIARIES):
        v += 1
    if v is None or v >= n - 2 or not (toks[v].text.isalpha() and toks[v].text.islower()):
        return None
    return Attribution(mention=first, cue=_cue(toks, (v, v + 1), text, "X-verbed-quote", 0.55))


_HEADLINE_SPEAKER = regex.compile(
    r"(?:\p{Lu}[\p{L}.'’\-]*+[ \u00a0]++){0,3}\p{Lu}[\p{L}.'’\-]*+(?=:\s)"
)


def _headline_speaker(q: Quote, ctx: _Context, para: tuple[int, int]) -> Attribution | None:
    """ "Sanders: Clinton needs to 'get away from' it" -- a headline naming its speaker."""
    text = ctx.text
    # A bounded window: the regex engine may scan up to its end position. The colon
    # its lookahead reads lies inside the window (its end is endpos): looked for first.
    end = min(q.outer_start, para[0] + 80)
    if text.find(":", para[0], end) < 0:
        return None
    m = _HEADLINE_SPEAKER.match(text, para[0], end)
    if m is None:
        return None
    toks = ctx.layer.tokens(m.start(), m.end() + 1)
    found = phrase_before(toks, len(toks) - 1, text=text, reads=ctx.reads)
    if found is None or found.kind is PhraseKind.PRONOUN:
        return None
    return Attribution(
        mention=found, cue=_cue(toks, (len(toks) - 1, len(toks)), text, "headline-name-colon", 0.7)
    )


def _title_case(toks: list[Token]) -> bool:
    """True for a headline in title case ("Senator Rips Plan As ‘Reckless’")."""
    stop = load("stopwords")
    words = [t for t in toks if t.text[0].isalpha() and t.lower not in stop]
    return len(words) >= 3 and 5 * sum(_cap_word(t) for t in words) >= 4 * len(words)


def _headline_verb(q: Quote, ctx: _Context, para: tuple[int, int]) -> Attribution | None:
    """ "Senator Rips Plan As ‘Reckless’", "Plan ‘Could Work,’ Senator Says": a
    title-case headline's subject and verb, wherever its quote stands."""
    if para[1] - para[0] > 240:
        return None
    if para not in ctx.headlines:
        # Most paragraphs are plain sentences: a cheap look at their words first.
        stop = load("stopwords")
        content = [w for w in ctx.text[para[0] : para[1]].split() if w.lower() not in stop]
        plain = 5 * sum(map(str.islower, content)) > 2 * len(content)
        ctx.headlines[para] = None if plain else _headline_verb_of(ctx, para)
    return ctx.headlines[para]


_HEADLINE_ADVERBS = load("headline_adverbs") | load("auxiliaries")


def _headline_verb_of(ctx: _Context, para: tuple[int, int]) -> Attribution | None:
    text = ctx.text
    toks = ctx.layer.tokens(para[0], para[1])
    if not _title_case([t for t in toks if not ctx.inside_quote(t.start)]):
        return None
    single, _multi = _cues()
    verbs = load("headline_verbs")
    for k in range(1, len(toks)):
        tok = toks[k]
        if not (_cap_word(tok) and (tok.lower in single or tok.lower in verbs)):
            continue
        if ctx.inside_quote(tok.start) or not toks[k - 1].text[0].isalnum():
            continue
        # "Ruiz Is Now Calling ...", "Hale Just Shared ...": the subject before them.
        s = k
        while s > 1 and toks[s - 1].lower in _HEADLINE_ADVERBS:
            s -= 1
        found = phrase_before(toks, s, text=text, reads=ctx.reads)
        if found is not None and found.kind is not PhraseKind.PRONOUN:
            return Attribution(
                mention=found, cue=_cue(toks, (k, k + 1), text, "headline-verb", 0.6)
            )
    return None


def _possessive_after(toks: list[Token], k: int, n: int, text: str) -> Attribution | None:
    """'"...," had been Anne's reply' / 'was Joe's opportune remark' / 'was Mrs. Ann
    Lee's emphatic comment' (a name of up to three words after its title), or with
    the apostrophe lost, 'were Ann Lee s first words'."""
    if toks[k].lower not in load("possessive_links"):
        return None
    nouns = load("speech_nouns")
    first = -1  # the first word of a name run after the link (its title, if any)
    for o in range(k + 1, min(n, k + 4 + _NAME_RUN)):
        word = toks[o].text
        if first < 0 and o - k > 3:
            return None  # no name run: the reach of a one-word owner only
        # "Lee s": the apostrophe printed as a space after a name of the run.
        lost = word == "s" and first >= 0 and toks[o].start == toks[o - 1].end + 1
        if lost or (word.endswith(("'s", "’s")) and word[:1].isupper()):
            if any(toks[x].lower in nouns for x in range(o + 1, min(n, o + 4))):
                start = toks[first if first >= 0 else o].start
                stop = toks[o - 1].end if lost else toks[o].end - 2
                head = first if first >= 0 else o
                while head < o and (toks[head].lower in _TITLES or toks[head].text == "."):
                    head += 1
                found = Found(
                    start=start,
                    end=stop,
                    text=text[start:stop],
                    kind=PhraseKind.NAME,
                    head=text[toks[head].start : stop],
                    title=text[start : toks[head].start].strip(),
                )
                return Attribution(
                    mention=found, cue=_cue(toks, (k, o + 1), text, "quote-was-X's-words", 0.7)
                )
            return None
        if word[:1].isupper() or (word == "." and first >= 0):
            if first < 0:
                first = o
        else:
            first = -1
    return None


_NAME_RUN = 3  # words of a name (and the dot of its title) before an owner's 's
_TITLES = load("titles")


def _cap_word(tok: Token) -> bool:
    return tok.text[:1].isupper()


_NOMINAL_BEFORE = load("nominal_before")
_MODALS = load("modals") | {"to"}


_SUBJECT_PRONOUNS = PRONOUNS - select("pronouns", gender="neuter")
_PARTICIPLE_LINKS = load("participle_prepositions")
_OPENING_DETERMINERS = load("determiners")
_STOPWORDS = load("stopwords")
_CLAUSE_WORDS = load("turn_conjunctions")
_CLAUSE_OPENERS = load("subject_openers")
# Words after which a noun phrase opens a clause (and may be its subject).
_CLAUSE_START = frozenset({",", ";", ":"}) | load("clause_starts")
_AUXILIARIES = load("auxiliaries")


_TIME_OPENERS = load("time_openers")
_TIME_NOUNS = load("time_nouns")


def _time_phrase_start(toks: list[Token], k: int, lo: int) -> int:
    """Where a time phrase right before token ``k`` starts ("Roe on Monday said",
    "who in 2010 said", "Reed last week told"), or ``k`` when there is none. With no
    opener, the phrase holds a day's or a month's name ("Roe Thursday said", "Reed
    later Monday told")."""
    times = load("time_words")
    named = False  # a day's or a month's name in the phrase so far
    for s in range(k - 1, max(lo, k - 4) - 1, -1):
        word = toks[s].lower
        if word in _TIME_OPENERS and s < k - 1:
            return s
        if not (word in times or word in _TIME_NOUNS or word.isdigit()):
            return s + 1 if named else k
        named = named or (word in times and toks[s].text[:1].isupper())
    return k


_PASSIVE = load("passive_auxiliaries")


def _passive_agent(toks: list[Token], k: int, cue_end: int, lo: int, text: str) -> Found | None:
    """ "The team was praised by police for 'calm thinking'", "Roe was asked by the
    host whether ...": a cue in the passive speaks for the agent after *by*."""
    if k <= lo or toks[k - 1].lower not in _PASSIVE or not toks[k].lower.endswith(("ed", "en")):
        return None
    return _by_agent(toks, cue_end, text)


def _by_agent(toks: list[Token], at: int, text: str) -> Found | None:
    """The agent *by* names at token ``at`` (a name or a description, not a pronoun)."""
    if at >= len(toks) or toks[at].lower != "by":
        return None
    agent = phrase_after(toks, at + 1, text=text, loose=True)
    if agent is None or agent.kind is PhraseKind.PRONOUN:
        return None
    return agent


_HEARER_PASSIVES = load("hearer_passives")  # "asked", "told": the subject hears


def _hearer_passive(toks: list[Token], k: int) -> bool:
    """True when the cue at ``k`` is a verb of asking or telling in the passive (*was
    asked*, *were told*): its subject is the one who hears, not the speaker.

    >>> text = "Roe was asked"
    >>> _hearer_passive(tokenize(text, 0, len(text)), 2)
    True
    >>> text = "Roe has asked"
    >>> _hearer_passive(tokenize(text, 0, len(text)), 2)
    False
    """
    return k > 0 and toks[k - 1].lower in _PASSIVE and toks[k].lower in _HEARER_PASSIVES


_ASIDE_PREPOSITIONS = load("aside_prepositions")
_COORDINATORS = load("coordinators")  # "and", "but"
# Lower-case words of an aside between a subject and its cue, at most: "Roe on the
# sidelines of the cabinet meeting told" (translated agency copy prints such asides
# without commas).
_ASIDE_WORDS = 7


# A quoted title that closes an apposition, its comma printed inside the marks.
_TITLE_CLOSES_ASIDE = regex.compile(r",\s*[\"”'’]{1,2}\s*$")
_ASIDE_REACH = 12  # tokens of an apposition between a name and its cue


def _subject_before_titled_aside(
    toks: list[Token], p: int, k: int, lo: int, ctx: _Context
) -> Found | None:
    """ "Ana Roe, author of 'The Long Road,' said", "As Ana Roe, a historian and
    author of 'Salt,' put it": the name before an apposition that ends in a quoted
    title whose comma stands inside its marks, so that no comma token closes the
    apposition once the title is left out; None for any other cue. ``p`` is the
    last token before the cue at ``k`` past fillers and adverbs."""
    text = ctx.text
    if p < lo or p + 1 > k or not _TITLE_CLOSES_ASIDE.search(text[toks[p].end : toks[p + 1].start]):
        return None
    comma = next(
        (c for c in range(p, max(lo, p - _ASIDE_REACH) - 1, -1) if toks[c].text == ","), None
    )
    if comma is None or comma <= lo:
        return None
    found = phrase_before(toks, comma, text=text, reads=ctx.reads, lo=lo)
    if found is None or found.kind is not PhraseKind.NAME:
        return None
    return found


def _subject_before_aside(toks: list[Token], k: int, lo: int, text: str) -> Found | None:
    """ "Roe in his opening speech called": the name or pronoun before a short
    prepositional aside between a subject and its verb (else None).

    >>> text = "Roe in his opening speech called"
    >>> _subject_before_aside(tokenize(text, 0, len(text)), 5, 0, text).text
    'Roe'
    >>> text = "Roe met Ana Lee at the door and said"
    >>> print(_subject_before_aside(tokenize(text, 0, len(text)), 8, 0, text))
    None
    """
    if k > lo and toks[k - 1].lower in _COORDINATORS:
        # "Roe met Ana Lee at the door and said": the cue joins an earlier verb, whose
        # subject speaks, not the object before the aside.
        return None
    # "Roe at the weekly briefing on Monday said": a time phrase after the aside.
    k = _time_phrase_start(toks, k, lo)
    for s in range(k - 2, max(lo, k - _ASIDE_WORDS) - 1, -1):
        word = toks[s].lower
        if word in _ASIDE_PREPOSITIONS:
            # "Roe in response to the senators said": a preposition of three words
            # (``aside_prepositions``), then the determiner.
            three = " ".join(t.lower for t in toks[s : s + 3])
            d = s + 3 if three in _ASIDE_PREPOSITIONS else s + 1
            if d >= k or toks[d].lower not in load("determiners"):
                return None
            found = phrase_before(toks, s, text=text, lo=lo)
            if found is not None and found.kind in (PhraseKind.NAME, PhraseKind.PRONOUN):
                return found
            return None
        if not (toks[s].text.isalpha() and toks[s].text.islower()):
            return None
    return None


def _reduced_relative_subject(toks: list[Token], lo: int, k: int, text: str) -> Found | None:
    """ "Protesters marching through the streets chanted": the subject before a
    participle phrase that ends at the cue."""
    for i in range(k - 1, max(lo, k - 7) - 1, -1):
        word = toks[i].text
        if not word[0].isalnum() or toks[i].lower in _SUBJECT_PRONOUNS:
            # ("insisting he had long warned": the participle's clause has its own
            # subject, and the cue is not the participle phrase's.)
            return None
        if word.islower() and word.endswith("ing") and i > lo:
            found = phrase_before(toks, i, text=text, lo=lo)
            at = next((x for x in range(lo, i) if toks[x].start >= found.start), i) if found else i
            if found is not None and (at == lo or toks[at - 1].lower in _CLAUSE_START):
                return found
            return None
    return None


def _relative_clause_subject(toks: list[Token], lo: int, k: int, text: str) -> Found | None:
    """ "A city official who spoke on condition of anonymity said": the subject before
    a relative clause opened by *who* that ends at the cue, when that subject opens
    its clause."""
    for i in range(k - 1, max(lo, k - 14) - 1, -1):
        word = toks[i].text
        if not word[0].isalnum():
            return None
        if toks[i].lower == "who" and i > lo:
            found = phrase_before(toks, i, text=text, lo=lo, loose=True)
            if found is None or found.kind is PhraseKind.PRONOUN:
                return None
            at = next((x for x in range(lo, i) if toks[x].start >= found.start), i)
            if at == lo or toks[at - 1].lower in _CLAUSE_START:
                return found
            return None
    return None


def _clause_pronoun(toks: list[Token], lo: int, k: int) -> Found | None:
    """The nearest subject pronoun before a coordinated cue.

    'Years ago, he backed Obama and said, "..."', 'When Trump ran, he laughed and
    said': the pronoun is the subject of the clause the cue joins.
    """
    for i in range(k - 1, lo - 1, -1):
        # A clause opener: after an opening phrase's comma, "and" or "but" (not
        # "when he", "saw that he": a pronoun inside another clause).
        opens = i == lo or toks[i - 1].lower in (",", "and", "but")
        if toks[i].lower in _SUBJECT_PRONOUNS and opens:
            t = toks[i]
            return Found(
                start=t.start, end=t.end, text=t.text, kind=PhraseKind.PRONOUN, head=t.text
            )
    return None


def _gerund_owner(toks: list[Token], k: int, lo: int, text: str) -> Found | None:
    """The name whose possessive comes right before the gerund ``toks[k]``: 'broken by
    Nell Hardy's saying', or with the apostrophe lost, 'Nell Hardy s saying'."""
    if k - 1 <= lo:
        return None
    tok = toks[k - 1]
    if toks[k].start - tok.end > 1:
        return None  # 'on Kent FM's "Morning Show," calling': a quote between them
    if tok.text == "s" and tok.start == toks[k - 2].end + 1:
        end = k - 1  # "Hardy s": the apostrophe printed as a space
    elif tok.text.endswith(("'s", "’s")) and len(tok.text) > 2 and tok.text[0].isupper():
        bare = Token(tok.start, tok.end - 2, tok.text[:-2], tok.lower[:-2])
        toks = [*toks[: k - 1], bare]
        end = k
    else:
        return None
    found = phrase_before(toks, end, text=text, lo=lo, appositions=False)
    return found if found is not None and found.kind is PhraseKind.NAME else None


def _coordinated_subject(
    toks: list[Token], lo: int, p: int | None, k: int, text: str
) -> Found | None:
    """The subject of a participle or a coordinated cue at ``toks[k]``.

    That is the clause pronoun, the subject of a clause a subordinator opens before
    ``p`` (the last word before the cue that is no filler; None skips this), or the
    sentence's subject, unless a name opens a later clause of the sentence, right
    before its verb ('He was pacing when Nell Hardy came in, calling out, "..."':
    Nell Hardy, not he)."""
    first = (
        _clause_pronoun(toks, lo, k)
        or (None if p is None else _subordinate_subject(toks, lo, p, text))
        or _sentence_subject(toks, lo, k, text)
    )
    later = (
        _last_clause_name(toks, lo, k, text)
        or _perceived_actor(toks, lo, k, text)
        or _cleft_focus(toks, lo, k, text)
    )
    if later is not None and (first is None or later.start > first.start):
        return later
    return first


_CLEFT_OPENERS = load("cleft_openers")
_NEGATIONS = load("negations")


def _cleft_focus(toks: list[Token], lo: int, k: int, text: str) -> Found | None:
    """The person a cleft opening the sentence puts forward, when an *-ing* verb
    follows them before ``toks[k]`` ('It is Nell Hardy standing up and saying,
    "..."', 'It's not just the mayor saying "..."': Nell Hardy, the mayor, not
    *it*); the opening words are ``lexicons/cleft_openers.txt``."""
    if k - lo < 3:
        return None
    if toks[lo].lower in _CLEFT_OPENERS:
        i = lo + 1
    elif f"{toks[lo].lower} {toks[lo + 1].lower}" in _CLEFT_OPENERS:
        i = lo + 2
    else:
        return None
    fillers = load("attribution_fillers")
    while i < k and (toks[i].lower in _NEGATIONS or toks[i].lower in fillers):
        i += 1  # "not just", "not only", "also"
    found = phrase_after(toks, i, text=text, hi=k)
    if found is None or found.kind not in (*_NAMED_SUBJECTS, PhraseKind.DESCRIPTOR):
        return None
    nxt = next((t for t in toks[i:k] if t.start >= found.end), None)
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower() and nxt.lower.endswith("ing")):
        return None
    return found


def _perceived_actor(toks: list[Token], lo: int, k: int, text: str) -> Found | None:
    """The person a verb of perception (``lexicons/perception_verbs.txt``) before
    ``toks[k]`` shows acting: its object when an *-ing* verb follows it ('We recall
    Nell Hardy going on air, declaring "..."': Nell Hardy declares, not we)."""
    v = next((i for i in range(k - 2, lo - 1, -1) if toks[i].lower in _PERCEPTION), None)
    if v is None:
        return None
    found = phrase_after(toks, v + 1, text=text, hi=k)
    if found is None or found.kind not in (*_NAMED_SUBJECTS, PhraseKind.DESCRIPTOR):
        return None
    nxt = next((t for t in toks[v + 1 : k] if t.start >= found.end), None)
    if nxt is None or not (nxt.text.isalpha() and nxt.text.islower() and nxt.lower.endswith("ing")):
        return None
    return found


def _last_clause_name(toks: list[Token], lo: int, k: int, text: str) -> Found | None:
    """The name that opens the last clause before ``toks[k]`` (after *when*, *while*,
    a semicolon...) when a lower-case word (its verb) follows it, or, after a
    semicolon (and *and*, *but*), an aside set off by a comma ('...; and Nell
    Hardy, shaking her head, said'). A clause after a semicolon that opens on its
    verb has no subject of its own: the clause before it lends one ('... when Nell
    Hardy came in; sat down; and, smiling, said': Nell Hardy). After *when*, *while*
    and the like, a person named by a role or a kinship noun counts too (*when the
    nurse came in and said*).

    >>> text = "Tom slept when Nell Hardy came in; sat down; and, smiling, said"
    >>> toks = tokenize(text, 0, len(text))
    >>> _last_clause_name(toks, 0, len(toks) - 1, text).text
    'Nell Hardy'
    """
    i = k
    while True:
        i = next((j for j in range(i - 1, lo, -1) if _opens_clause(toks, j)), lo)
        if i == lo:
            return None
        after_semicolon = toks[i - 1].text == ";"
        if after_semicolon and toks[i].lower in _COORDINATORS and i + 1 < k:
            i += 1
        if not after_semicolon:
            break
        first = i + 1 if toks[i].text == "," and i + 1 < k else i  # "; and, smiling,"
        if not _opens_on_verb(toks[first]):
            break
        i = next(j for j in range(i, lo - 1, -1) if toks[j - 1].text == ";")
    found = phrase_after(toks, i, text=text, hi=k)
    if found is None:
        return None
    nxt = next((t for t in toks[i:k] if t.start >= found.end), None)
    if nxt is None:
        return None
    if found.kind in _CLAUSE_PERSONS and not after_semicolon:
        # "..., when the nurse came in and said", "..., when her aunt stopped her, by
        # saying": a person named by a role or a kinship noun the lexicons know, then
        # a verb, in a clause a comma sets off (without it the clause is the main
        # one's background: "stood up when the spokesman finished and said", "left
        # while the minister spoke and said": who stood up or left speaks), and no
        # comma before a finite cue ("waited until the nurse left, then said").
        closed = not toks[k].lower.endswith("ing") and any(
            t.text == "," for t in toks[i:k] if t.start >= found.end
        )
        set_off = i >= 2 and toks[i - 2].text == ","
        return found if set_off and _opens_on_verb(nxt) and not closed else None
    if not _cap_word(toks[i]) or found.kind is not PhraseKind.NAME:
        return None
    if nxt.text == ",":
        return found if after_semicolon else None
    return found if nxt.text.isalpha() and nxt.text.islower() else None


def _opens_on_verb(tok: Token) -> bool:
    """Whether ``tok``, the first word of a clause, is a verb in lower case (a past
    form, an auxiliary, a word in *-ed* or *-ing*): the clause has no subject."""
    word = tok.text
    return (
        word.isalpha()
        and word.islower()
        and (word in _FINITE_VERBS or word.endswith(("ed", "ing")))
    )


# A person a clause opener may name besides a name: "the nurse", "his sister", "an aide".
_CLAUSE_PERSONS = (PhraseKind.DESCRIPTOR, PhraseKind.ANONYMOUS)


def _opens_clause(toks: list[Token], i: int) -> bool:
    """Whether a clause opens at ``toks[i]``: after *when*, *while*..., a semicolon,
    or *but* after a comma."""
    before = toks[i - 1].lower
    if before == "but":
        return i >= 2 and toks[i - 2].text == ","
    return before in _CLAUSE_NAME_OPENERS


_CLAUSE_NAME_OPENERS = frozenset({";"}) | load("time_clause_openers")
_CONNECTIVES = load("connectives")
_SUBORDINATORS = load("subordinate_openers")


def _subordinate_subject(toks: list[Token], lo: int, p: int, text: str) -> Found | None:
    """ "..., when Roe's fans interrupted her speech, shouting", "as she echoed the
    charge, saying": the participle after a clause that a subordinator opens has that
    clause's subject (a noun phrase or a pronoun, and a verb in lower case after it),
    not the sentence's. "As" before a role of a place or body in lower case opens no
    clause ("X was sworn in as president of Avalon on Monday, promising": the
    capacity X holds, not a clause whose subject is Avalon)."""
    for i in range(p - 1, lo, -1):
        if toks[i].lower not in _SUBORDINATORS:
            continue
        found = phrase_after(toks, i + 1, text=text, hi=p)
        if found is None:
            return None
        nxt = next((t for t in toks[i + 1 : p] if t.start >= found.end), None)
        if _capacity_as(toks[i], found, nxt):
            continue
        nxt = next((t for t in toks[i + 1 : p] if t.start >= found.end), None)
        if nxt is not None and nxt.text.isalpha() and nxt.text.islower():
            return found
        return None
    return None


def _capacity_as(word: Token, found: Found, nxt: Token | None) -> bool:
    """True when ``word`` is *as* and ``found``, the phrase after it, is a role in
    lower case of a place or a body (*as president of Avalon*, *as head of the
    agency*, *as chief executive of Acme*; ``nxt`` the word after ``found``): a
    capacity, which opens no clause."""
    if (
        word.lower != "as"
        or not found.text[:1].islower()
        or found.text.split(" ", 1)[0] in _OPENING_DETERMINERS  # "as the minister of X rose"
    ):
        return False
    return found.title.endswith(" of") or (
        found.kind is PhraseKind.DESCRIPTOR and nxt is not None and nxt.lower == "of"
    )


def _dateline_end(toks: list[Token], lo: int, k: int) -> int:
    """The first token after a dateline that opens the sentence ("PARIS --", "Dover,
    Kent (Reuters) --"; a date between the place and the dash, "LAGOS, Nov. 3
    (Reuters) -", "KORVALA, 25 November (PNA) —"; and a place in capitals before a
    colon, "NEW DELHI:"), or ``lo`` when there is none."""
    i = lo
    words = dated = 0  # the place's words and the date's
    while i < k and (
        ((_cap_word(toks[i]) or toks[i].text in ",.") and words < 5)
        or (_date_word(toks[i]) and dated < 4 and any(t.text == "," for t in toks[lo:i]))
    ):
        if _date_word(toks[i]):
            dated += 1
        else:
            words += 1
        i += 1
    if i == lo:
        return lo
    if any(t.text[:1].isdigit() for t in toks[lo:i]) and not any(
        t.lower in _TIME_WORDS or t.text == "May" for t in toks[lo:i]
    ):
        return lo  # a figure with no month ("Roe, 45 —") is no date
    if i < k and toks[i].text == "(":
        close = next((c for c in range(i + 1, min(k, i + 5)) if toks[c].text == ")"), None)
        if close is None:
            return lo
        i = close + 1
    if i < k and toks[i].text in _DASHES:
        return i + 1
    if i < k and toks[i].text == ":" and _colon_dateline(toks[lo:i]):
        return i + 1
    return lo


def _date_word(tok: Token) -> bool:
    """A word of a dateline's date: a day or a year in figures, or a month."""
    word = tok.text
    return (word.isdigit() and len(word) <= 4) or tok.lower in _TIME_WORDS or word == "May"


def _colon_dateline(place: list[Token]) -> bool:
    """Whether ``place``, the words that open a sentence before a colon, is a dateline
    of the form South Asian and Gulf papers print at a paragraph's start
    (*BENGALURU:*, *NEW DELHI:*): one to four words in capitals, of two letters or
    more. A name before a colon in title case (a headline's *Ruiz:*) is not one; a
    label in capitals inside a paragraph (*UPDATE:*, *WATCH:*) is no speaker
    either, and is skipped the same way (a quote right after the colon, a
    transcript's *WALLACE: "..."*, never reaches here)."""
    return 0 < len(place) <= 4 and all(
        len(t.text) > 1 and t.text.isupper() and t.text.replace("-", "").isalpha() for t in place
    )


def _colon_headline(toks: list[Token], text: str) -> Attribution | None:
    """ "Ruiz Praises Reporter Tom Hale: '...'", "Farm Chief on Ruiz: '...'": a
    sentence that opens on a name, then a verb or *on*, and ends in the colon before
    the quote; the name is the speaker, not the object before the colon."""
    n = len(toks)
    if any(t.text in _DASHES or t.text == "-" for t in toks):
        return None  # "Polls overhyped - Ana Ruiz:": the name after the dash is the source
    if any(_cue_at(toks, c, n - 1) > c for c in range(n - 1)):
        return None  # "Wirth praised the staff and said ...:": the cue's rows decide
    for v in range(1, min(n - 2, 6)):
        word = toks[v].text
        on = word in ("on", "On")
        # A lower-case verb, or a title-case one the lexicons know (not "POLLS").
        verb = bool(_VERBISH.fullmatch(word)) or (
            word.istitle() and word.lower() in load("headline_verbs")
        )
        if not (on or verb):
            continue
        found = phrase_before(toks, v, text=text)
        if found is None or found.start != toks[0].start:
            return None
        if _headline_hearer(toks, v, found):
            return None  # "Royal commission hears from survivor:": the hearer is no speaker
        if found.kind in (PhraseKind.NAME, PhraseKind.ORGANIZATION) or (
            on and found.kind is PhraseKind.DESCRIPTOR
        ):
            return Attribution(
                mention=found, cue=_cue(toks, (v, v + 1), text, "colon-lead-in", 0.7)
            )
        return None
    return None


def _apposed_subject(toks: list[Token], comma: Token, first: Found) -> bool:
    """Whether a name followed by ``comma`` opens "Roe, the mayor, is ...", not "the
    Treaty, which Roe called ...": a relative "which" names a thing."""
    after = next((t for t in toks if t.start > comma.start), None)
    return first.kind is PhraseKind.NAME and (after is None or after.lower != "which")


def _sentence_subject(
    toks: list[Token], lo: int, k: int, text: str, *, reads: Reads | None = None
) -> Found | None:
    """The first noun phrase of the sentence, after an opening phrase ("During X,");
    ``reads``: a :meth:`Reads.memo_only` view of the text's reads, or None."""
    lo = _dateline_end(toks, lo, k)
    if lo >= k and not toks[k].text.isupper():
        # 'Adding, "..."': a cue that opens its sentence has no subject before it (a
        # headline in capitals is read as a name: "TELLING OF THE FLOOD, IN ...").
        return None
    # "And then Roe went on the attack, saying": connectives before the subject.
    i = lo
    while i < k and toks[i].lower in _CONNECTIVES:
        i += 1
    if lo < i < k:
        first = phrase_after(toks, i, text=text, reads=reads)
        nxt = next((t for t in toks[i : k + 1] if first and t.start >= first.end), None)
        if (
            first is not None
            and first.kind in (PhraseKind.NAME, PhraseKind.PRONOUN)
            and nxt is not None
            # "Now Roe, the mayor, is promising": a name and its apposition.
            and (nxt.text[:1].isalpha() or (nxt.text == "," and _apposed_subject(toks, nxt, first)))
        ):
            return first
    word = toks[lo].lower
    # "Recalling ...,", "Early in his campaign,": a participle or an adverb opens a phrase.
    opener = (
        word in load("stopwords")
        or word in load("attribution_fillers")
        or word in load("opening_adverbs")
        # "Outside the arena, ...": a place opens the sentence before its clause.
        or word in load("fronted_place_prepositions")
        or (toks[lo].text[:1].isupper() and word.endswith(("ing", "ly")) and len(word) > 4)
        # "Reached by phone, Roe said", "Asked about the levy, Roe ...": a participle.
        or (
            toks[lo].text[:1].isupper()
            and word.endswith("ed")
            and lo + 1 < k
            and toks[lo + 1].lower in _PARTICIPLE_LINKS
        )
    )
    if not opener or word in _SUBJECT_PRONOUNS:
        return phrase_after(toks, lo, text=text, reads=reads)
    # The opening phrase ends at a comma, or at a later one: "On May 2, 2019, Okafor
    # made ...", "At a fair in Dover, Delaware, on Sunday, Roe tried ...". The subject
    # is the phrase a verb follows, not a place in the opening phrase.
    commas = [c for c in range(lo, k) if toks[c].text == ","][:3]
    fallback = opening = None
    if word in _OPENING_DETERMINERS:
        # "A campaign official later walked back the remarks, saying ...": a phrase
        # that a determiner opens and a verb follows is the subject when no phrase
        # after a comma is one.
        first = phrase_after(toks, lo, text=text, reads=reads)
        body = body_description_after(toks, lo, k, text)
        if body is not None and (first is None or first.end <= body.end):
            # "The ministry rejected the claim, calling it ...", "The general staff
            # backed ..., saying": a body in lower case, not a rank word alone.
            first = body
        at = next((j for j in range(lo, k + 1) if first and toks[j].start >= first.end), None)
        if (
            first is not None
            and at is not None
            and toks[at].text[:1].isalpha()
            # "The agency was criticised by Ruiz, calling it": acted on, the
            # participle is not its own.
            and not _passive_after(toks, at, k)
        ):
            opening = first
    worded = None  # the first phrase a word follows, when no verb follows any
    for comma in commas or [lo - 1]:
        first = phrase_after(toks, comma + 1, text=text, reads=reads)
        # ("A spokesman declined ... but said": an unnamed source opening the sentence.)
        if first is None or (first.kind is PhraseKind.ANONYMOUS and commas):
            continue
        if commas and k < len(toks) and first.start >= toks[k].start:
            continue  # "..., ruling that": the cue itself, a noun too, is no subject
        j = next((j for j in range(comma + 1, k + 1) if toks[j].start >= first.end), None)
        if j is None:
            return first
        if toks[j].text[:1].isalpha():
            # "In a long, frank interview with Tom Hale last year, Brant said": the
            # phrase a verb follows, not the name in the opening phrase.
            if _verb_like(toks, j, k + 1):
                return first
            worded = worded or first
            continue
        if _aside_then_cue(toks, j, k):
            # "In Dover, OH, after the vote, Gov. Ana Ruiz (R-OH), said": the phrase
            # whose aside in brackets runs up to the cue, not a place before it.
            return first
        fallback = fallback or first
    if (
        not worded
        and fallback is not None
        and opening is not None
        and _object_described(toks, opening, fallback, k)
    ):
        return opening
    return worded or fallback or opening


def _object_described(toks: list[Token], opening: Found, later: Found, k: int) -> bool:
    """True when the phrase ``opening`` the sentence is followed by its verb, a past
    or a cue, before the first comma, and the ``later`` phrase after a comma goes on
    with a relative clause of its own (*who*, *which*): *The mayor on Monday sacked
    her deputy, Owen Pike, who had served since 2019, saying ...*. The shape of a
    wire lead that names a second person as the object: the participle at ``k`` is
    the opening subject's, not the object's."""
    comma = next((i for i, t in enumerate(toks[:k]) if t.text == ","), None)
    after = next((i for i in range(k) if toks[i].start >= later.end), None)
    if comma is None or after is None or after + 1 >= k or toks[after].text != ",":
        return False
    if toks[after + 1].lower not in ("who", "which"):
        return False
    return any(
        t.start >= opening.end
        and t.text.islower()
        and (t.text in _IRREGULAR_PASTS or (len(t.text) > 4 and t.text.endswith("ed")))
        for t in toks[:comma]
    )


def _aside_then_cue(toks: list[Token], j: int, k: int) -> bool:
    """True when ``toks[j]`` opens an aside in brackets whose close stands right
    before the cue ``toks[k]``, or before a comma right before it: *Ruiz (R-OH), said*.

    >>> toks = tokenize("Gov. Ana Ruiz (R-OH), said", 0, 26)
    >>> _aside_then_cue(toks, 4, len(toks) - 1)
    True
    """
    if toks[j].text != "(":
        return False
    close = next((c for c in range(j + 1, k) if toks[c].text == ")"), None)
    return close is not None and (
        close + 1 == k or (close + 2 == k and toks[close + 1].text == ",")
    )


def _verb_like(toks: list[Token], j: int, hi: int) -> bool:
    """Whether ``toks[j]`` reads as a verb: a cue, an auxiliary or modal, a past
    not in -ed, a lower-case word in -ed or -s, or a word when no later comma in
    ``toks[j:hi]`` opens another phrase that a verb could follow."""
    word = toks[j].text
    if not word.islower():
        return False
    if _cue_at(toks, j, hi) > j or word in _AUXILIARIES or word in _MODALS:
        return True
    if word in _IRREGULAR_PASTS or _VERBISH.fullmatch(word):
        return True
    return not any(t.text == "," for t in toks[j:hi])


_OBJECT_CUES = select("cue_verbs", object=True)
_REPORTED_PRONOUNS = load("reported_pronouns")  # "he", "she": a reporter named again
_TELLING = select("cue_verbs", lemma="tell")  # "told Reuters in a statement"
_NESTED_SPEECH = select("cue_verbs", lemma="say") | _TELLING  # "officers said he said"
# Verbs whose reported clause's partials are the reporter's: "said", "told", and
# "added that ..." too (``outer_reporting_lemmas.txt``).
_OUTER_REPORTING = frozenset().union(
    *(select("cue_verbs", lemma=lemma) for lemma in load("outer_reporting_lemmas"))
)
# One-word cues that take a clause with no object before it ("said", "recalled"),
# and "that": what a reported clause's subject may follow.
_REPORTING = frozenset({"that"}) | frozenset(
    c for c in select("cue_verbs", object=False) if " " not in c
)


def _outer_reporter(
    toks: list[Token], cue: tuple[int, int], found: Found, ctx: _Context
) -> tuple[Found, tuple[int, int], str] | None:
    """The speaker of a verb of saying whose reported clause ``found`` opens, with
    that verb's cue and rule, or None: in *the lawyer said her client had asked for
    it "as soon as possible"* the partial is printed by the lawyer, who reports the
    clause, not by *her client*, its subject (the source of the outer attribution,
    PolNeAR's convention). The verb (*said*, *says*, *told*) stands right before the
    clause's subject, before *that*, or before a share that opens it (*said most
    patients*). Not for a pronoun subject of a cue other than *say* or *tell*
    (*Ann Lee says she thinks ...*: the pronoun is the reporter again, and the
    words are hers whichever is read; *sources said he said ...* is the sources').
    Nor when the quote follows the inner cue at once (*Owen Tull said the foreman
    had announced "We are agreed"*): the words are the clause subject's utterance,
    what its cue prints (``cue``: the inner cue's tokens)."""
    k, cue_end = cue
    if not any(t.text[0].isalnum() for t in toks[cue_end:]):
        return None
    if found.kind is PhraseKind.PRONOUN and toks[k].lower not in _NESTED_SPEECH:
        return None
    s = token_before(toks, found.start)
    if s is not None and toks[s].lower in _QUANTIFIERS:
        s -= 1  # "said most patients ...": the share opens the clause
    if s is not None and toks[s].lower == "that":
        s -= 1
        if s > 0 and toks[s].lower not in _OUTER_REPORTING:
            # "said on Wednesday that allies had agreed to '...'": a time phrase
            # between the verb and *that* (:func:`_time_phrase_start`)
            t = _time_phrase_start(toks, s + 1, 0)
            s = t - 1 if t <= s else s
    if s is None or s < 0 or toks[s].lower not in _OUTER_REPORTING:
        return None
    end = _cue_at(toks, s, len(toks))
    if end <= s:
        return None
    outer, rule = _subject_of_cue(toks, s, end, ctx, 0)
    if outer is None:
        return None
    return outer, (s, end), rule


def _unnamed_reporter(toks: list[Token], k: int, found: Found, lo: int, text: str) -> Found | None:
    """ "The mayor said he was hoping "...", "Another said she hoped ...": a pronoun
    that opens the clause a cue reports, as the subject of the cue ``toks[k]``,
    stands for the reporting cue's subject; when that subject is a description, a
    body or an unnamed source (not a name, which the pronoun's resolution finds), it
    is the mention. Not when ``toks[k]`` says or tells ("Officers said he told them,
    '...'"): the words are then the pronoun's, a nested attribution."""
    if found.kind is not _PRONOUN or found.text.lower() not in _REPORTED_PRONOUNS:
        return None
    if toks[k].lower in _NESTED_SPEECH:
        return None
    at = token_before(toks, found.start)
    if at is not None and at >= lo and toks[at].lower == "that":
        at = at - 1 if at > lo else None
    if at is None or at < lo or toks[at].lower == "that" or toks[at].lower not in _REPORTING:
        return None
    reporter = phrase_before(toks, _time_phrase_start(toks, at, lo), text=text, lo=lo)
    if reporter is None or reporter.kind in (PhraseKind.NAME, PhraseKind.PRONOUN):
        return None
    return reporter


def _cue_before_comma(toks: list[Token], p: int, ctx: _Context, lo: int) -> Found | None:
    """ "They will meet, Kim said, adding, '...'" (or "said Kim, adding"): the
    speaker of the cue that ends at the comma ``toks[p]`` before a participle."""
    if toks[p].text != ",":
        return None
    for s in range(p - 1, max(lo - 1, p - 5), -1):
        cue_end = _cue_at(toks, s, p)
        if cue_end == p:
            return _subject_of_cue(toks, s, p, ctx, lo)[0]
        # "said Kim, adding" (not "had mocked the plan, saying": a verb and its object)
        if cue_end > s and _no_subject(toks, s) and toks[s].lower not in _OBJECT_CUES:
            after = phrase_after(toks, cue_end, text=ctx.text, reads=ctx.reads, hi=p)
            return after if after is not None and after.end == toks[p - 1].end else None
    return None


_RELATIVES = load("naming_relatives")  # which, whom, who, that


def _unclosed_apposition(toks: list[Token], lo: int, found: Found, text: str) -> Found | None:
    """The name that opens the sentence at ``toks[lo]`` when a comma follows it and
    the words after that comma, a role in lower case (*president and CEO of ...*),
    run with no other comma up to ``found``, the phrase before the cue: the
    apposition's closing comma is missing, and the name is the cue's subject.

    The comma must come before ``found`` or be the token ``found`` opens on; when
    no comma is there (*Ana Ruiz said*), the name is not read.

    >>> text = "Ana Lisle, president of the club stated"
    >>> toks = tokenize(text, 0, len(text))
    >>> _unclosed_apposition(toks, 0, phrase_before(toks, 7, text=text), text).text
    'Ana Lisle'
    >>> _comma_until(toks, 0, 11), _comma_until(toks, 3, 33)
    (True, False)
    """
    if lo >= len(toks) or not _cap_word(toks[lo]) or not _comma_until(toks, lo, found.start):
        return None
    name = phrase_after(toks, lo, text=text)
    if name is None or name.kind is not _NAME or name.end >= found.start:
        return None
    c = next((i for i in range(lo, len(toks)) if toks[i].start >= name.end), None)
    if c is None or toks[c].text != "," or c + 1 >= len(toks):
        return None
    role = toks[c + 1]
    if not (role.text.isalpha() and role.text.islower()) or role.lower in _DETERMINER_WORDS:
        return None
    if role.lower in _RELATIVES:
        return None  # "Nordwind, which said ...": a relative clause, read where it is
    if any(t.text == "," for t in toks[c + 1 :] if t.start < found.start):
        return None
    return name


def _comma_until(toks: list[Token], lo: int, end: int) -> bool:
    """True when a comma is among ``toks`` from ``lo`` up to the first token that
    starts at ``end`` or later, that token included."""
    for i in range(lo, len(toks)):
        tok = toks[i]
        if tok.text == ",":
            return True
        if tok.start >= end:
            return False
    return False


def _restrictive_relative(toks: list[Token], found: Found, lo: int) -> bool:
    """True when ``found`` is the pronoun opening a relative clause with no comma or
    dash before it ("voters who wonder", "rivals who think"), not "Roe, who said"."""
    if found.text.lower() not in ("who", "which", "that"):
        return False
    at = next((i for i in range(len(toks)) if toks[i].start == found.start), None)
    return at is not None and at > lo and toks[at - 1].text not in (",", "--", *_DASHES)


# What a participle's subject may be: a person named, a pronoun, or a body named
# whole ("with the American Federation of Teachers calling her ...").
_NAMED_SUBJECTS = (PhraseKind.NAME, PhraseKind.PRONOUN, PhraseKind.ORGANIZATION)


_QUOTING = load("quoting_verbs")
_PERCEPTION = load("perception_verbs")
_QUOTED_REACH = 6  # tokens from "quoted" to "as": a name and its title


def _quoted_as(toks: list[Token], k: int, lo: int, text: str) -> Found | None:
    """ "The Gazette quoted Ana Ruiz as saying ...": the person named between a verb of
    quoting (``lexicons/quoting_verbs.txt``) and the *as* before the participle cue at
    ``k`` speaks, not the source that passes the words on; None for any other cue."""
    if k - 2 <= lo or toks[k - 1].lower != "as" or not toks[k].lower.endswith("ing"):
        return None
    for j in range(k - 3, max(lo - 1, k - 3 - _QUOTED_REACH), -1):
        if toks[j].lower in _QUOTING:
            found = phrase_after(toks, j + 1, text=text)
            if (
                found is not None
                and found.end == toks[k - 2].end
                and found.kind in (*_NAMED_SUBJECTS, PhraseKind.DESCRIPTOR)
            ):
                return found
            return None
    return None


# "his", "her", "their": the pronouns the nominal words list as determiners.
_POSSESSIVES = _NOMINAL_BEFORE & (
    select("pronouns", case="possessive") | select("pronouns", case="object")
)


def _owned_role_name(toks: list[Token], at: int, found: Found, lo: int) -> bool:
    """True when ``found`` is a role and a name after a possessive pronoun that opens a
    clause (*and her rival Tom Hale said*, *His aide, Ana Ruiz, said*): the person
    named is the subject, not a noun after *her* (*of her rival Tom Hale*)."""
    return (
        found.kind is _NAME
        and toks[at].lower in _POSSESSIVES
        and found.text[:1].islower()
        and (at == lo or toks[at - 1].lower in _CLAUSE_START)
    )


_INFINITIVE = load("infinitive_markers")


def _purpose_cue(toks: list[Token], k: int, cue_end: int, lo: int) -> bool:
    """True when the cue at ``k`` is an infinitive of purpose or of sequence right
    before its quote (or before *that* and the quote), after a capitalised word or
    *on*: *Ruiz took to Twitter to say "..."*, *went on to say that "..."*; not
    *declined to say*, *wants to say*, whose saying may never have happened."""
    if k - 2 < lo or toks[k - 1].lower not in _INFINITIVE:
        return False
    n = len(toks)
    if not (cue_end == n or (cue_end + 1 == n and toks[cue_end].lower == "that")):
        return False
    before = toks[k - 2]
    return before.text[:1].isupper() or before.lower == "on"


def _quantified_noun(toks: list[Token], k: int, found: Found, lo: int) -> bool:
    """True when a quantifier (``quantifiers``: *many*, *several*) stands right before
    the name ``found`` and the cue at ``k`` is a singular form in *-s*: the two do not
    agree, so the cue word is a plural noun the name qualifies (*in many Senate
    reports*), not a verb with its subject (*many Democrats say* agrees).

    >>> text = "in many Senate reports"
    >>> toks = tokenize(text, 0, len(text))
    >>> _quantified_noun(toks, 3, phrase_before(toks, 3, text=text), 0)
    True
    >>> text = "Many Democrats say"
    >>> toks = tokenize(text, 0, len(text))
    >>> _quantified_noun(toks, 2, phrase_before(toks, 2, text=text), 0)
    False
    """
    word = toks[k].lower
    if not word.endswith("s") or (word[:-1] not in _BASE_CUES and word[:-2] not in _BASE_CUES):
        return False
    at = next((i for i in range(k - 1, lo - 1, -1) if toks[i].start < found.start), None)
    return at is not None and toks[at].lower in _QUANTIFIERS


_QUANTIFIERS = load("quantifiers")


_ISSUE_LINKS = frozenset({"from", "by"})
_DOCUMENT_WORDS = load("document_nouns")


def _issued_by(toks: list[Token], opens: int, lo: int) -> bool:
    """True when the phrase opening at token ``opens`` follows *from* or *by* after a
    document noun that, with its determiner and up to two lower-case words, opens
    the clause: *A statement from the ministry said*, *A brief note by the council
    said*, the shape in which a report names the body whose statement speaks; the
    body then speaks (``lexicons/document_nouns.txt``).

    >>> text = "A statement from the ministry said"
    >>> _issued_by(tokenize(text, 0, len(text)), 3, 0)
    True
    >>> text = "Roe found a statement from the ministry"
    >>> _issued_by(tokenize(text, 0, len(text)), 5, 0)
    False
    """
    d = opens - 2
    if d < lo or toks[opens - 1].lower not in _ISSUE_LINKS or toks[d].lower not in _DOCUMENT_WORDS:
        return False
    for k in range(d - 1, max(lo, d - 3) - 1, -1):
        if toks[k].lower in ("a", "an", "the"):
            return k == lo or toks[k - 1].lower in _CLAUSE_START or toks[k - 1].lower in _REPORTING
        if not (toks[k].text.isalpha() and toks[k].text.islower()):
            return False
    return False


def _fronted_document(toks: list[Token], opens: int, lo: int) -> bool:
    """True when the phrase opening at token ``opens`` follows a fronted *In a* (or
    *an*) and a document noun, up to two lower-case words between, with no comma
    before the phrase: *In a statement the commission said*, *In a brief letter the
    council said*, the shape in which a report gives the body whose statement it
    quotes (``lexicons/document_nouns.txt``; the comma form opens a clause anyway).

    >>> text = "In a statement the commission said"
    >>> _fronted_document(tokenize(text, 0, len(text)), 3, 0)
    True
    >>> text = "In a park the commission met"
    >>> _fronted_document(tokenize(text, 0, len(text)), 3, 0)
    False
    """
    d = opens - 1
    if d - 2 < lo or toks[lo].lower != "in" or toks[d].lower not in _DOCUMENT_WORDS:
        return False
    if toks[lo + 1].lower not in ("a", "an") or d - (lo + 1) > 3:
        return False
    return all(t.text.isalpha() and t.text.islower() for t in toks[lo + 2 : d])


def _modal_told_hearer(toks: list[Token], cue_end: int) -> bool:
    """True when the cue after a modal ends at the quote past one object pronoun and
    a comma or a colon: *my father would tell me, "..."*, *she used to warn us:
    "..."*, a habit of saying the words, as *could only quip:* is a saying."""
    return (
        cue_end + 2 == len(toks)
        and toks[cue_end].lower in _OBJECT_PRONOUNS
        and toks[cue_end + 1].text in ":,"
    )


def _subject_of_cue(
    toks: list[Token], k: int, cue_end: int, ctx: _Context, lo: int
) -> tuple[Found | None, str]:
    text = ctx.text
    if k > lo and toks[k - 1].lower in ("a", "an"):
        return None, ""  # "told Reuters in a written statement": an adjective, no cue
    if toks[k].lower == "according":
        # "according to the budget office": a source the lexicons need not know.
        return phrase_after(toks, cue_end, text=text, reads=ctx.reads, loose=True), "according-to-X"
    if (
        k > lo
        and toks[k - 1].lower in _MODALS
        and not (cue_end + 1 == len(toks) and toks[cue_end].text in ":,")
        and not _modal_told_hearer(toks, cue_end)
        and not _purpose_cue(toks, k, cue_end, lo)
        and not modal_as_name(toks, k - 1, k, lo)
    ):
        # "will seek", "to accuse": not an attribution (but "could only quip:" right
        # before the quote is one, and "which Will claims" names Will).
        return None, ""
    agent = _passive_agent(toks, k, cue_end, lo, text)
    if agent is not None:
        return agent, "X-said-quote"
    quoted = _quoted_as(toks, k, lo, text)
    if quoted is not None:
        return quoted, "X-said-quote"
    if (
        k > lo
        and toks[k - 1].lower in _PASSIVE
        and not toks[k].lower.endswith("ing")
        and any(toks[i].lower in _REPORTING for i in range(lo, k - 1))
    ):
        # "Lund said workers had been told about it 'by email'": a verb of telling
        # in the passive inside a reported clause, its subject the hearer; the
        # reporter speaks ("She was asked:" alone still names who answers). So for
        # any cue in the passive there ("Lund said the song had been written 'about
        # our town'"): its subject is what was written or said, never a speaker.
        return None, ""
    p = k - 1
    fillers = load("attribution_fillers")
    while p > lo and (toks[p].lower in fillers or is_adverb(toks[p])):
        p -= 1
    participle = toks[k].lower.endswith("ing")
    if participle:
        owner = _gerund_owner(toks, k, lo, text)
        if owner is not None:
            return owner, "X-said-quote"
    coordinated = (
        p >= lo
        and (
            toks[p].lower in ("and", "but", "then", ",")
            # 'Roe said that Lee "had no plan," adding': a quote closed the clause.
            or (participle and bool(text[toks[p].end : toks[p + 1].start].strip()))
            # 'worries were "overblown," adding': the quote stands after a filler.
            or (participle and k > lo and bool(text[toks[k - 1].end : toks[k].start].strip()))
        )
    )
    if participle and (coordinated or p < lo):
        said = _cue_before_comma(toks, p, ctx, lo)
        if said is not None:
            return said, "participle-subject"
        # "He pushed for talks, insisting that ...": the sentence's subject.
        first = _coordinated_subject(toks, lo, p, k, text)
        if first is not None:
            return first, "participle-subject"
    found = _subject_before_titled_aside(toks, p, k, lo, ctx)
    strict_none = False  # the strict reading to ``k`` gave None (the loose one below)
    if found is None:
        until = _time_phrase_start(toks, k, lo)
        found = phrase_before(toks, until, text=text, reads=ctx.reads, lo=lo)
        strict_none = found is None and until == k
    if found is None:
        found = _subject_before_aside(toks, k, lo, text)
    if found is None:
        # "The clip says", "a Times article hailed": a determiner phrase the lexicons
        # do not know is the subject when it opens its clause and a cue follows it
        # (not "reprised the caustic chant", "an inspector general's report").
        loose = (
            loose_before_none(toks, k, text=text, reads=ctx.reads, lo=lo)
            if strict_none
            else phrase_before(toks, k, text=text, reads=ctx.reads, lo=lo, loose=True)
        )
        opens = (
            next((i for i in range(lo, k) if toks[i].start >= loose.start), k)
            if loose is not None
            else k
        )
        if (
            loose is not None
            and (
                opens == lo
                or toks[opens - 1].lower in _CLAUSE_START
                # "Sato said (that) the gunman had shouted": the subject of a clause
                # reported by a cue before it.
                or toks[opens - 1].lower in _REPORTING
                or _issued_by(toks, opens, lo)
                or _fronted_document(toks, opens, lo)
            )
            and not loose.text.endswith(("'s", "’s"))
        ):
            found = loose
        else:
            found = (
                _reduced_relative_subject(toks, lo, k, text)
                or _relative_clause_subject(toks, lo, k, text)
                or _owned_body(toks, lo, p, text)
            )
    if found is not None and _quantified_noun(toks, k, found, lo):
        return None, ""
    if found is not None:
        # "of Republican claims": a noun, not a verb with its subject.
        at = next((i for i in range(k - 1, lo - 1, -1) if toks[i].start < found.start), None)
        # "with Senator Jane Roe telling reporters", "with hundreds of fans chanting":
        # a phrase after "with" is the subject of the participle that follows it.
        absolute = participle and at is not None and toks[at].lower == "with"
        if (
            at is not None
            and toks[at].lower in _NOMINAL_BEFORE
            # "footage of Hillary Clinton asking": a name heard speaking; "Speaker of
            # the House Paul Ryan said": "of" inside a title.
            and not (
                toks[at].lower == "of"
                and found.kind is PhraseKind.NAME
                and (participle or (at > lo and _cap_word(toks[at - 1])))
            )
            and not absolute
            and not _owned_role_name(toks, at, found, lo)
        ):
            # "A council source speaking to the Herald said": the object of a participle
            # phrase that ends at the cue; the subject before that phrase speaks.
            found = None if participle else _reduced_relative_subject(toks, lo, k, text)
        elif (
            participle
            and found.kind not in _NAMED_SUBJECTS
            and not absolute
            # "the crew heard two passengers shouting": a perceived object acts.
            and not (at is not None and toks[at].lower in _PERCEPTION)
        ):
            found = None  # "issued a statement calling": the object, not the speaker
    if found is not None and toks[k].lower == "in":
        # "The firm told Reuters in a statement that ...": the cue "in a statement"
        # follows the hearer that a verb of telling leads; that verb's subject speaks.
        at = token_before(toks, found.start)
        if at is not None and at >= lo and toks[at].lower in _TELLING:
            return _subject_of_cue(toks, at, _cue_at(toks, at, k), ctx, lo)
    if found is not None and found.kind in _NAMED:
        # "Ana Lisle, president and CEO of Kent Hotel Association stated": an
        # apposition whose closing comma is missing; the name it follows speaks.
        found = _unclosed_apposition(toks, lo, found, text) or found
    if found is not None:
        if _headline_hearer(toks, k, found, lo):
            return None, ""  # "Jury told ... '...'": the subject heard the words
        if _restrictive_relative(toks, found, lo):
            # "tells voters who wonder ... that he 'was not raised that way'": the cue of
            # a clause that describes someone inside the sentence, not its speaker.
            return None, ""
        return _unnamed_reporter(toks, k, found, lo, text) or found, "X-said-quote"
    if k > lo and toks[k - 1].lower == "to":
        # "Roe went so far as to say:", "Roe took to the radio to warn,": the cue is
        # an infinitive right before the quote; its speaker is the sentence's subject.
        first = _clause_pronoun(toks, lo, k) or _sentence_subject(toks, lo, k, text)
        if first is not None and (
            first.kind in (PhraseKind.NAME, PhraseKind.PRONOUN)
            or first.text.rsplit(" ", 1)[-1].lower() in load("role_nouns")
        ):
            return first, "X-said-quote"
    if participle or coordinated:
        first = _coordinated_subject(toks, lo, None, k, text)
        if first is not None:
            return first, "participle-subject"
    return None, ""


_OWNED_BODY_WORDS = 3  # lower-case modifiers between the owner and the body's noun, at most


def _owned_body(toks: list[Token], lo: int, end: int, text: str) -> Found | None:
    """A body owned by a place or another body and described by lower-case words,
    opening its clause and ending at ``toks[end]``, the noun of
    ``lexicons/body_nouns.tsv`` right before the cue (*Aldoria's justice ministry
    said*, *the region's largest farm union warned*): the body as printed. ``None``
    for a person's name before the possessive (*Ana Ruiz's campaign office*, which
    the name scan reads), no modifier (*Aldoria's ministry*, read before this), or a
    word that is no modifier (a stop word, a verb).

    >>> t = "Aldoria's justice ministry said"
    >>> _owned_body(tokenize(t, 0, len(t)), 0, 2, t).text
    "Aldoria's justice ministry"
    >>> t = "Ana Ruiz's campaign office said"
    >>> _owned_body(tokenize(t, 0, len(t)), 0, 3, t) is None
    True
    """
    if end <= lo or not toks[end].text.islower() or toks[end].lower not in _body_heads():
        return None
    x = end - 1
    while (
        x > lo
        and end - x <= _OWNED_BODY_WORDS
        and toks[x].text.isalpha()
        and toks[x].text.islower()
        and toks[x].lower not in _STOPWORDS
        and toks[x].lower not in _FINITE_VERBS
    ):
        x -= 1
    owner = toks[x].text
    if x == end - 1 or not owner.endswith(("'s", "’s")) or not owner[0].isalpha():
        return None
    start = x
    if owner[0].islower():
        # "the country's": a common noun owns the body only after "the"
        if x == lo or toks[x - 1].lower != "the":
            return None
        start = x - 1
    if start > lo and toks[start - 1].lower not in _CLAUSE_START:
        return None  # "Ana Ruiz's": the owner is a name of more than one word
    phrase = text[toks[start].start : toks[end].end]
    return Found(
        start=toks[start].start,
        end=toks[end].end,
        text=phrase,
        kind=PhraseKind.ORGANIZATION,
        head=phrase,
    )


def _before_tokens(q: Quote, ctx: _Context, lo: int) -> list[Token]:
    """The tokens :func:`_before` reads: its sentence up to the quote, outside other quotes."""
    return ctx.outside_tokens(ctx.sentence_start(lo, q.outer_start), q.outer_start, q)


def _before(
    q: Quote, ctx: _Context, lo: int, toks: list[Token] | None = None
) -> Attribution | None:
    if toks is None:
        toks = _before_tokens(q, ctx, lo)
    if not toks:
        return None
    found = _before_in(q, ctx, toks)
    aside = _parenthetical_cue(toks, ctx.text)
    if aside is not None and (
        found is None
        or (
            found.mention is not None
            and found.mention.start < aside.cue_start
            and found.cue is not None
            and found.cue.rule in _ASIDE_YIELDS
        )
    ):
        # "The real problem, said Ana Ruiz, is that the council has been '...'": the
        # cue set off by commas inside the sentence names its speaker, not the phrase
        # it interrupts.
        return aside.attribution
    return found


# The rules whose subject, read before a cue set off by commas, yields to that cue.
_ASIDE_YIELDS = frozenset({"X-said-quote", "participle-subject"})


@attrs.frozen
class _Aside:
    """A cue set off by commas inside the sentence (*, said X,*), its first token's
    offset and what it attributes."""

    cue_start: int
    attribution: Attribution


def _parenthetical_cue(toks: list[Token], text: str) -> _Aside | None:
    """ "The real problem, said Ana Ruiz, is that ...", "Any fair reading, says Tom Hale,
    an expert on ports, would ...": after the sentence's first phrase and a comma, a
    cue that takes no object, then its speaker's name (or pronoun) and a comma, with
    the sentence going on after it, one word or more (*The levy, said Ana Ruiz, is
    "..."*)."""
    n = len(toks)
    for c in range(1, min(n - 3, 12)):
        if toks[c].text != ",":
            continue
        k = c + 1
        if toks[k].lower in _OBJECT_CUES or toks[k].lower.endswith("ing"):
            return None  # "Mr. Hale, recalling breakfasts with Ms. Roe, ...": a participle
        cue_end = _cue_at(toks, k, n)
        if cue_end != k + 1:
            return None  # a cue of one word only, right after the first comma
        after = phrase_after(toks, cue_end, text=text)
        if (
            after is None
            or after.kind not in (PhraseKind.NAME, PhraseKind.PRONOUN)
            or after.start != toks[cue_end].start
            or not (toks[cue_end].text[0].isupper() or after.kind is PhraseKind.PRONOUN)
        ):
            return None
        nxt = next((i for i in range(cue_end, n) if toks[i].start >= after.end), None)
        if nxt is None or toks[nxt].text != "," or nxt >= n - 1:
            return None
        cue = _cue(toks, (k, cue_end), text, "said-X-quote", 0.8)
        return _Aside(toks[k].start, Attribution(mention=after, cue=cue))
    return None


_PAIRED_OPENERS = load("clause_starts")
_NOT_OWN_VERBS = _AUXILIARIES | _MODALS | _PASSIVE
_SUBJECT_REACH = 16  # tokens from a clause's first word to its verb: a name, an aside


def _cue_of_earlier_quote(
    toks: list[Token], text: str, cue_end: int, seen: dict[int, bool]
) -> bool:
    """True when the cue ending at token ``cue_end`` comes before a quote left out of
    ``toks`` that a clause with a subject and a verb of its own follows ('Roe called it
    "fair," and Lee vowed to "fight it"', 'At the hearing Roe called it "vile," Lee urged
    ...'): the cue is that quote's, not a later one's. A *that* after the cue and
    before such a quote opens the one clause the cue reports ("Roe said that Kay was
    '...' but Lee ..."): False. ``seen`` keeps each quote's answer by the index of the
    token after it, for the other cues of the same sentence."""
    n = len(toks)
    for g in range(max(cue_end, 1), n):
        if toks[g - 1].lower == "that":
            return False
        if toks[g].start - toks[g - 1].end <= 1:
            continue
        got = seen.get(g)
        if got is None:
            got = seen[g] = _clause_after_quote(toks, text, g)
        if got:
            return True
    return False


def _clause_after_quote(toks: list[Token], text: str, g: int) -> bool:
    """True when a quote left out of ``toks`` ends before token ``g`` and a clause
    with a subject of its own opens after it, after a comma or a semicolon (after the
    quote, or inside it before its closer) or a clause opener (*and*, *while*)."""
    n = len(toks)
    gap = text[toks[g - 1].end : toks[g].start].rstrip()
    if not gap:
        return False
    j = g + 1 if toks[g].text in (",", ";") else g
    if j < n and toks[j].lower in _PAIRED_OPENERS:
        j += 1
    if j >= n or (j == g and gap.rstrip(_CLOSERS).rstrip()[-1:] not in (",", ";")):
        return False
    return _clause_subject(toks, j, text)


def _clause_subject(toks: list[Token], j: int, text: str) -> bool:
    """True when a named subject opens at token ``j`` and a verb of its own follows
    it, after its apposition or affiliation if any (*Lee vowed*, *Lee, who runs the
    ferries, derided*, *Dr Lee of the union branded*); a copula or an auxiliary is not
    such a verb: *while Lee is "..."* goes on the clause a cue reports (*Roe said Kay
    was "..." while Lee is "..."*)."""
    first = phrase_after(toks, j, text=text)
    if first is None or first.kind not in _NAMED_SUBJECTS:
        return False
    for v in range(j + 1, min(len(toks), j + _SUBJECT_REACH)):
        verb = toks[v]
        if verb.start < first.end:
            continue
        if verb.lower in _NOT_OWN_VERBS:
            return False
        if not (_VERBISH.fullmatch(verb.text) is not None or verb.text in _IRREGULAR_PASTS):
            continue
        found = phrase_before(toks, v, text=text, lo=j)
        if found is not None and found.start == first.start and found.kind in _NAMED_SUBJECTS:
            return True
    return False


_NUMBER_WORDS = frozenset(load_table("number_words"))


def _before_in(q: Quote, ctx: _Context, toks: list[Token]) -> Attribution | None:
    """:func:`_before` on the tokens of the sentence before the quote, without the
    cue set off by commas (:func:`_parenthetical_cue`)."""
    text = ctx.text
    n = len(toks)
    if toks[-1].text == ":":
        label = _transcript_label(toks, text)
        if label is not None:
            return label
        held = _held_words(toks, text)
        if held is not None:
            return held
        # "Caddell continued:", "And from the chairwoman:", "Peskov:"
        k = n - 2
        found = None
        for c in range(n - 2, max(-1, n - 8), -1):
            cue_end = _cue_at(toks, c, n - 1)
            if cue_end == n - 1 and _hearer_passive(toks, c):
                # 'Roe was asked:' hears the quote; nobody is named to speak it.
                cue = _cue(toks, (c, cue_end), text, "colon-lead-in", 0.85)
                return Attribution(mention=None, cue=cue)
            if cue_end > c and not (
                c and _cue_at(toks, c, c + 1) == c and _cue_at(toks, c - 1, n - 1) == c
            ):
                # (a cue phrase whose first word is no cue, *in a statement*, right
                # after a verb that is one, *said in a statement:*: the subject is
                # that verb's, read at ``c - 1``; else *The mother of Ana Ruiz said*
                # reads as the subject of *in a statement*)
                found, rule = _subject_of_cue(toks, c, cue_end, ctx, 0)
                if found is not None:
                    return Attribution(
                        mention=found, cue=_cue(toks, (c, cue_end), text, "colon-lead-in", 0.85)
                    )
        headline = _colon_headline(toks, text)
        if headline is not None:
            return headline
        if n >= 3 and toks[n - 2].text.islower() and _VERBISH.fullmatch(toks[n - 2].text):
            # "Asked which county he liked, he demurred:": a verb the lexicon does not
            # know, right before the colon, after its subject.
            found = phrase_before(toks, n - 2, text=text, reads=ctx.reads)
            if found is not None and found.kind in (PhraseKind.NAME, PhraseKind.PRONOUN):
                return Attribution(
                    mention=found, cue=_cue(toks, (n - 2, n), text, "colon-lead-in", 0.7)
                )
        found = phrase_before(toks, n - 1, text=text, reads=ctx.reads)
        if found is not None and found.text.lower() in _NUMBER_WORDS:
            found = None  # "Two: ..." counts the points of a list; it names nobody
        # "... and said she has the quality for the job of president:" names its
        # speaker at the cue, not before the colon (a cue at n - 8 or before: the
        # loop above read those after it; "said on a picket line in Leeds:").
        far_cue = n > 6 and any(_cue_at(toks, c, n - 1) > c for c in range(n - 7))
        if not far_cue and found is not None and (found.kind is not PhraseKind.PRONOUN or n <= 3):
            subject = _object_before_colon(toks, found, text)
            if subject is not None:
                return subject
            return Attribution(
                mention=found, cue=_cue(toks, (n - 1, n), text, "colon-lead-in", 0.75)
            )
        del k
    owned = _that_clause_owner(toks, text)
    if owned is not None:
        return owned
    tried = 0
    last = n
    cue_ends: dict[int, int] = {}  # _cue_at(toks, k, n) by k: each k is asked up to 4 times
    cue_end_at = cue_ends.get  # (read inline below: once or more per token)
    starts = _cue_starts()
    # Past the last few tokens (where most cues are found), the tokens where a cue may
    # start (its first word is a cue's) are listed once: a cue ending at ``last``
    # starts at most 3 tokens before it, so a ``last`` more than 3 tokens past the
    # nearest of them finds none and is skipped at once (the same answer).
    openers: list[int] | None = None
    clauses: dict[int, bool] = {}  # _cue_of_earlier_quote's answers, by quote
    o = -1
    while last > 0:
        last -= 1
        if last < n - _NEAR_TOKENS:
            if openers is None:
                openers = _cue_openers(toks)
                o = len(openers) - 1
            while o >= 0 and openers[o] > last:
                o -= 1
            if o < 0:
                break
            last = min(last, openers[o] + 3)
        if not toks[last].text[0].isalpha():
            continue
        # The longest cue that ends here: "was quoted as saying", not "saying". A
        # token whose word starts no cue is passed over at once (_cue_at gives its
        # own index, which ends no cue past ``last``).
        end_here = cue_end_at(last)
        if end_here is None:
            end_here = cue_ends[last] = (
                _cue_at(toks, last, n) if toks[last].lower in starts else last
            )
        k, cue_end = last, end_here
        for s in range(last - 3 if last > 3 else 0, last):
            if toks[s].lower not in starts:
                continue
            e = cue_end_at(s)
            if e is None:
                e = cue_ends[s] = _cue_at(toks, s, n)
            if e > last:
                k, cue_end = s, e
                break
        if cue_end == k:
            continue
        if toks[k].lower == "in":
            # "said in a statement", "put it in a statement": one cue, whose subject
            # is before its first word.
            k = next((s for s in range(max(0, k - 2), k) if _cue_at(toks, s, n) == k), k)
        last = k  # the next cue tried ends before this one
        if _cue_of_earlier_quote(toks, text, cue_end, clauses):
            break
        agent = _agent_after_quote(q, ctx, toks, k, cue_end)
        if agent is not None:
            return Attribution(
                mention=agent, cue=_cue(toks, (k, cue_end), text, "X-said-quote", 0.85)
            )
        if (
            _hearer_passive(toks, k)
            and not any(t.text[0].isalnum() for t in toks[cue_end:])
            and not any(t.lower in _REPORTING for t in toks[: k - 1])
        ):
            # 'Roe was asked, "Will you run?"': Roe hears it; nobody is named to speak
            # (but 'Lee said Roe was told "..."' is Lee's: _subject_of_cue reads it).
            cue = _cue(toks, (k, cue_end), text, "X-said-quote", 0.85)
            return Attribution(mention=None, cue=cue)
        found, rule = _subject_of_cue(toks, k, cue_end, ctx, 0)
        if found is not None and _conditional(toks, found):
            # "He says if people think ...": a cue inside a condition is no attribution.
            found = None
        if found is not None and q.kind is QuoteKind.PARTIAL:
            outer = _outer_reporter(toks, (k, cue_end), found, ctx)
            if outer is not None:
                found, (k, cue_end), rule = outer
        if found is not None:
            confidence = max(0.5, 0.85 - 0.1 * tried)
            return Attribution(mention=found, cue=_cue(toks, (k, cue_end), text, rule, confidence))
        # "said Mr Smith, '...'": the speaker after the cue, right before the quote
        # (not "The clip says Kaine ...", where Kaine is the object).
        # A cue that takes an object ("call the Saudis", "told Fox") names the one
        # spoken of or to after it, never the speaker.
        after = (
            phrase_after(toks, cue_end, text=text, reads=ctx.reads)
            if _no_subject(toks, k) and (cue_end > k + 1 or toks[k].lower not in _OBJECT_CUES)
            else None
        )
        rest = [t for t in toks if t.start >= after.end] if after is not None else []
        if after is not None and _participle_clause_subject(q, text, toks[k:cue_end], after):
            after = None
        # The speaker may be followed by a short aside: 'said Elinor, with a smile, "..."'.
        if after is not None and (
            all(not t.text[0].isalnum() for t in rest)
            or (len(rest) <= 10 and rest[-1].text == "," and toks[-1].text == ",")
        ):
            return Attribution(
                mention=after, cue=_cue(toks, (k, cue_end), text, "said-X-quote", 0.8)
            )
        tried += 1
        if tried >= 3:
            break
    # Read only when no cue was found (it reads every token back to a speech noun).
    possessive = _possessive_speech_noun(toks, text) or _owner_of_words(q, ctx, toks)
    if possessive is None and toks[-1].text == ":":
        return _colon_subject(toks, text)
    return possessive


_AGENT_REACH = 80  # characters read after a quote for a passive cue's agent


def _participle_clause_subject(q: Quote, text: str, cue: list[Token], after: Found) -> bool:
    """True when ``after``, the phrase right after a participle cue of one word
    (``cue``: its tokens) and right before the quote, is the subject of the clause
    the participle reports, the quote going on with its verb in lower case: *Berg
    said the levy was unfair, noting the council "has spent the reserve"*. A
    participle never stands before its own speaker (that inversion is *said Berg*,
    not *noting Berg*), so the speaker is read at the cue before it; the words are
    the reporter's (PolNeAR gives a quote in a reported clause to the outer
    reporter)."""
    if len(cue) != 1 or not cue[0].lower.endswith("ing") or not cue[0].text.islower():
        return False
    if text[after.end : q.outer_start].strip():
        return False
    first = next((c for c in text[q.outer_start : q.outer_end] if c.isalpha()), "")
    return first.islower()


def _agent_after_quote(
    q: Quote, ctx: _Context, toks: list[Token], k: int, cue_end: int
) -> Found | None:
    """ "The plan was described as 'reckless' by Tom Hale", "was branded 'a fraud'
    by critics": a cue in the passive right before the quote (only *as* between
    them) speaks for the agent that *by* names right after the quote."""
    n = len(toks)
    if k == 0 or toks[k - 1].lower not in _PASSIVE or not toks[k].lower.endswith(("ed", "en")):
        return None
    if not (cue_end == n or (cue_end == n - 1 and toks[-1].lower == "as")):
        return None
    hi = min(ctx.para_of(q.outer_end)[1], q.outer_end + _AGENT_REACH)
    after = ctx.tokens(q.outer_end, hi)
    if not after or after[0].lower != "by":
        return None
    agent = phrase_after(after, 1, text=ctx.text, reads=ctx.reads, loose=True)
    if agent is None or agent.kind is PhraseKind.PRONOUN:
        return None
    return agent


def _cue_openers(toks: list[Token]) -> list[int]:
    """Indices of the tokens at which :func:`_cue_at` may find a cue (its first word
    starts one), in order; at every other index it returns the index itself.

    >>> _cue_openers(tokenize("Ana told reporters on Monday", 0, 28))
    [1]
    """
    single, multi = _cues()
    return [i for i, t in enumerate(toks) if t.lower in single or t.lower in multi]


def _conditional(toks: list[Token], found: Found) -> bool:
    """True when ``found`` opens a condition ("if people think", "unless they say")."""
    at = token_before(toks, found.start)
    return at is not None and toks[at].lower in ("if", "unless", "whether")


def _object_before_colon(toks: list[Token], found: Found, text: str) -> Attribution | None:
    """The subject of a sentence that a colon ends, when the phrase before the colon
    is its verb's object: "She then addressed the crowd again:", "Roe delivered a
    message to Hale:" (the subject and a verb in -ed or -s, :func:`_colon_subject`).
    ``None`` when the phrase may speak itself (*And from the chairwoman:*, *Polls got
    it wrong - Ana Ruiz:*)."""
    at = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= found.start), None)
    if at is None or any(t.text in _DASHES for t in toks[: at + 1]):
        return None
    before = toks[at].lower
    addressed = before == "to" or _said_to(toks, at)
    if not (addressed or before in _OBJECT_CUES or before == "on" or _VERBISH.fullmatch(before)):
        return None
    subject = _colon_subject(toks, text, any_verb=addressed)
    if subject is None or subject.mention is None or subject.mention.end > found.start:
        return None
    return subject


_ADDRESSEE_WORDS = 4  # words between "to the" and the name the words were said to


def _said_to(toks: list[Token], at: int) -> bool:
    """True when the name after token ``at`` is the one the words were said to:
    *to* and a determiner stand at most four words before it (*explained it to the
    weekly Harbour Times:*, *to a local radio station, WKRP:* is not read: a comma
    stops it)."""
    for j in range(at, max(-1, at - _ADDRESSEE_WORDS - 2), -1):
        if not toks[j].text[:1].isalpha():
            return False
        if toks[j].lower == "to":
            return j < at and toks[j + 1].lower in _DETERMINER_WORDS
    return False


_RECEIVING = load("receiving_verbs")
_HELD_REACH = 5  # words between a speech noun's "for" or "to" and the colon


# Subjects that hold words for an utterance: a name, pronoun or body, or a description
# (*A rally's organisers had one message:*, *The striking nurses had a warning:*).
_HOLDING_SUBJECTS = (*_NAMED_SUBJECTS, PhraseKind.DESCRIPTOR, PhraseKind.ANONYMOUS)


def _transcript_label(toks: list[Token], text: str) -> Attribution | None:
    """A question-and-answer transcript's label alone before the colon at a line's
    start (*Q: "..."*, *A: "..."*; ``transcript_labels.tsv``): a question names the
    interviewer its piece's lead names (:func:`_interviewer`), else no one; an answer's
    label is the mention the registry gives the person the article is about, once a
    question's label came before (:func:`transcript_role`). None for anything else, a
    name before the colon included (*Ruiz:*), and a list's *A:* with no *Q:* before."""
    if len(toks) != 2:
        return None
    label = toks[0].text
    role = transcript_role(text, toks[0].start, label)
    if role is None:
        return None
    cue = _cue(toks, (1, 2), text, "colon-lead-in", 0.75)
    if role == "question":
        return Attribution(mention=_interviewer(text, label), cue=cue)
    found = Found(start=toks[0].start, end=toks[0].end, text=label, kind=_NAME, head=label)
    return Attribution(mention=found, cue=cue)


_FRAME_REACH = 2_000  # characters of the lead read back from the first question
_INTERVIEWER_WORDS = 5  # at most so many words in the interviewer's name
_LEAD_WORD = regex.compile(r"[^\s,.;:!?()\"“”‘]+")


@functools.cache
def _interviewer_frame() -> regex.Pattern[str]:
    words = sorted(load("interviewer_frames"), key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")\s+")


def _interviewer(text: str, label: str) -> Found | None:
    """The interviewer a question-and-answer piece's lead names, for whom its
    question label stands: the capitalised name after the last frame of
    ``interviewer_frames.txt`` (*She spoke with Courier reporter Jo Kay at ...*,
    *He talked to the Hartwell Ledger on Monday.*) before the transcript's first line
    opened by ``label``, a determiner and role nouns (*reporter*) before it passed
    over. None when no frame stands there, or the name ends on a possessive (*the
    Ledger's editor*: the person is named after it, if at all).

    >>> text = 'Ann Roe spoke with reporter Jo Kay at home.\\nQ: "Why?"\\nA: "Cost."'
    >>> _interviewer(text, "Q").text
    'Jo Kay'
    >>> _interviewer('Ann Roe spoke at home.\\nQ: "Why?"', "Q") is None
    True
    """
    first = regex.search(rf"(?m)^{regex.escape(label)}[ \t]*:", text)
    if first is None:
        return None
    lo = max(0, first.start() - _FRAME_REACH)
    frames = list(_interviewer_frame().finditer(text, lo, first.start()))
    if not frames:
        return None
    at = frames[-1].end()
    stop = at
    while stop < first.start() and text[stop] not in ",.;:!?\n":
        stop += 1
    best: list[regex.Match[str]] = []
    run: list[regex.Match[str]] = []
    for w in _LEAD_WORD.finditer(text, at, stop):
        word = w.group()
        if word[0].isupper():
            run.append(w)
            continue
        if run:
            best, run = run, []
        if word == "the" or word in load("role_nouns"):
            continue
        break
    best = run or best
    if not best or len(best) > _INTERVIEWER_WORDS or best[-1].group().endswith(("'s", "’s")):
        return None
    start, end = best[0].start(), best[-1].end()
    name = text[start:end]
    return Found(start=start, end=end, text=name, kind=_NAME, head=name)


def _held_words(toks: list[Token], text: str) -> Attribution | None:
    """ "Ana Ruiz had a warning for the board:": a sentence that a colon ends, whose
    subject (a name, pronoun or body, or a description: *A rally's organisers had
    one message:*) opens it and whose object is a word for an utterance
    (``speech_nouns.txt``: *a warning*, *harsh words*, *one message*, *a simple
    answer*), after one verb and up to three lower-case words, with whom it is for
    or to (*for the board*, *to voters*) at most; the subject says what follows.
    Read before the lead-in's cue (*warning*, *answer* are also cue verbs, with no
    subject here) and before the name right before the colon (whom the words are for).

    >>> text = "Ana Ruiz had a stark warning for the board:"
    >>> _held_words(tokenize(text, 0, len(text)), text).mention.text
    'Ana Ruiz'
    >>> text = "The board heard a warning from Ana Ruiz:"
    >>> _held_words(tokenize(text, 0, len(text)), text) is None
    True
    """
    n = len(toks) - 1  # the colon
    j = n - 1
    for back in range(n - 1, max(0, n - _HELD_REACH - 1), -1):
        if not toks[back].text[:1].isalnum():
            break
        if toks[back].lower in ("for", "to"):
            j = back - 1
            break
    if j < 2 or toks[j].lower not in _SPEECH_NOUNS:
        return None
    found = _who_clause_subject(toks, j, text) or _sentence_subject(toks, 0, j, text)
    if found is None or found.kind not in _HOLDING_SUBJECTS:
        return None
    verb = next((i for i, t in enumerate(toks) if t.start >= found.end), j)
    if not 0 < j - verb <= 4 or not all(
        toks[i].text.isalpha() and toks[i].text.islower() for i in range(verb, j)
    ):
        return None
    if toks[verb].lower in _RECEIVING or _cue_at(toks, verb, j) > verb:
        return None  # "Ruiz heard a warning", "Ruiz issued a warning": other rows read them
    return Attribution(mention=found, cue=_cue(toks, (verb, j + 1), text, "colon-lead-in", 0.7))


def _who_clause_subject(toks: list[Token], j: int, text: str) -> Found | None:
    """The person named before a *who* set off by a comma when the clause it opens
    holds ``toks[j]`` (words only between them, no stop, no clause of its own
    opening: *..., who nodded as he made this remark* gives None): *..., joined by
    Ana Ruiz, who offered this assessment:* gives Ana Ruiz, not the sentence's subject.

    >>> text = "Tom was joined by Ana Ruiz, who offered this assessment"
    >>> toks = tokenize(text, 0, len(text))
    >>> _who_clause_subject(toks, len(toks) - 1, text).head
    'Ana Ruiz'
    """
    for i in range(j - 1, 0, -1):
        word = toks[i]
        if word.lower == "who" and toks[i - 1].text == ",":
            found = phrase_before(toks, i + 1, text=text)
            return found if found is not None and found.kind is PhraseKind.NAME else None
        if not word.text.isalpha() or word.lower in _INNER_CLAUSE_OPENERS:
            return None
    return None


# Words that open a clause with its own subject inside a *who* clause ("who nodded
# as he spoke", "who sat down while he offered this comment").
_INNER_CLAUSE_OPENERS = _SUBORDINATORS | load("time_clause_openers")


def _colon_subject(toks: list[Token], text: str, *, any_verb: bool = False) -> Attribution | None:
    """ "Okafor has since apologized for it: '...'": a named subject and its verb
    open a sentence that a colon ends (``any_verb``: any lower-case word after the
    subject is its verb, when the phrase before the colon is whom it was said to)."""
    found = _sentence_subject(toks, 0, len(toks) - 1, text)
    if found is None or found.kind not in (PhraseKind.NAME, PhraseKind.PRONOUN):
        return None
    after = next((i for i, t in enumerate(toks) if t.start >= found.end), len(toks))
    if after < len(toks) and toks[after].text == "," and found.start == toks[0].start:
        # "Ana Ruiz, of Dover, delivered ...": past an apposition between commas, after
        # a subject that opens the sentence (not "At a rally in Dover, Kent, some ...").
        close = next(
            (i for i in range(after + 1, min(after + 9, len(toks))) if toks[i].text == ","), None
        )
        if close is not None:
            after = close + 1
    for v in range(after, min(after + 3, len(toks) - 1)):  # "has since apologized"
        word = toks[v].text
        progressive = word.endswith("ing") and v > after and toks[v - 1].lower in _AUXILIARIES
        if (
            word.islower()
            and (any_verb or _VERBISH.fullmatch(word) or progressive)  # "is rolling out"
            and toks[v].lower not in ("has", "was", "is")
        ):
            if _headline_hearer(toks, v, found):
                return None  # "Inquest hears rider's last words:": the hearer is no speaker
            return Attribution(
                mention=found, cue=_cue(toks, (v, v + 1), text, "colon-lead-in", 0.6)
            )
    return None


def _no_subject(toks: list[Token], k: int) -> bool:
    """True when nothing before the cue at ``k`` can be its subject."""
    if k == 0:
        return True
    prev = toks[k - 1]
    return (
        not prev.text[0].isalnum()
        or prev.lower in load("attribution_fillers")
        or (prev.lower in load("subjectless_links"))
    )


def _owner_of_words(q: Quote, ctx: _Context, toks: list[Token]) -> Attribution | None:
    """ "Hale's "60 percent" remark": a possessive name right before the quote and a
    speech noun right after it; the owner said the words (at a confidence too low for
    a non-speech span: *Roe's "Blue Harbour" speech* names a title)."""
    owner = toks[-1]
    if not (owner.text.endswith(("'s", "’s")) and owner.text[:1].isupper()):
        return None
    if ctx.text[owner.end : q.outer_start].strip():
        return None
    text = ctx.text
    after = ctx.layer.tokens(q.outer_end, min(len(text), q.outer_end + 30))
    if not after or after[0].lower not in load("speech_nouns"):
        return None
    name = tokenize(text, toks[0].start, owner.end - 2)
    found = phrase_before(name, len(name), text=text, reads=ctx.reads)
    if found is None or found.kind not in (PhraseKind.NAME, PhraseKind.ORGANIZATION):
        return None
    return Attribution(mention=found, cue=_cue(after, (0, 1), text, "X's-words-quote", 0.55))


_WORDS_OWNERS = (PhraseKind.NAME, PhraseKind.ORGANIZATION, PhraseKind.DESCRIPTOR)


def _words_of(toks: list[Token], k: int, text: str) -> Attribution | None:
    """ "In the words of Ana Ruiz, '...'": the person or body named after the speech
    noun at ``k`` and *of*, when the name runs to the quote (a comma or a colon
    between); None when more words follow it (*the words of Ruiz were ...*)."""
    found = phrase_after(toks, k + 2, text=text)
    if found is None or found.kind not in _WORDS_OWNERS:
        return None
    rest = [t for t in toks if t.start >= found.end]
    if len(rest) > 1 or (rest and rest[0].text not in ",:"):
        return None
    return Attribution(mention=found, cue=_cue(toks, (k, k + 1), text, "X's-words-quote", 0.65))


_AUTHOR_LINKS = frozenset({"by", "from"})


def _that_clause_owner(toks: list[Token], text: str) -> Attribution | None:
    """ "The minister rejected a claim by Tom Hale that she was 'out of touch'",
    "dismissed Hale's claim that ...": a quote in the *that* clause of a speech
    noun whose owner the article names (after *by* or *from*, or as a possessive)
    is the owner's, not the main verb's subject. No cue may stand in the clause."""
    t = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].lower == "that"), None)
    n = len(toks)
    if t is None or any(i > t and _cue_at(toks, i, n) > i for i in _cue_openers(toks)):
        return None
    if any(tok.lower == "that" for tok in toks[:t]):
        # "Frazier said that Rubio's claim that Cruz is ... is 'not true'": the noun
        # inside a reported clause of its own, whose quote may be its predicate.
        return None
    nouns = load("speech_nouns")
    if toks[t - 1].lower in nouns:
        return _possessive_speech_noun(toks[:t], text)
    # "a claim by Tom Hale that", "the warning from the Met Office that"
    for b in range(t - 2, max(0, t - 7), -1):
        if toks[b].lower in _AUTHOR_LINKS and toks[b - 1].lower in nouns:
            owner = phrase_after(toks, b + 1, text=text, hi=t)
            if owner is None or owner.end != toks[t - 1].end or owner.kind is PhraseKind.PRONOUN:
                return None
            return Attribution(
                mention=owner, cue=_cue(toks, (b - 1, b), text, "X's-words-quote", 0.7)
            )
        if not toks[b].text[:1].isalnum():
            return None
    return None


def _possessive_speech_noun(toks: list[Token], text: str) -> Attribution | None:
    """ "Trump's own statement regarding a 'good chance'", "Roe's most explosive
    claim is that ...": the owner of the words (or, right before the quote, *In the
    words of Ana Ruiz,*)."""
    nouns = load("speech_nouns")
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower not in nouns:
            continue
        if k + 2 < len(toks) and toks[k + 1].lower == "of":
            return _words_of(toks, k, text)
        for o in range(k - 1, max(-1, k - 6), -1):
            word = toks[o].text
            possessive = word.endswith(("'s", "’s")) and word[:1].isupper()
            if not possessive and o < k - 1 and not (word.islower() or word == "-"):
                break  # "Hale's most explosive claim": only modifiers in between
            if possessive:
                name_end = toks[o].end - 2
                owner = tokenize(text, toks[0].start, name_end)
                found = phrase_before(owner, len(owner), text=text)
                if found is not None and found.kind in (PhraseKind.NAME, PhraseKind.ORGANIZATION):
                    return Attribution(
                        mention=found, cue=_cue(toks, (k, k + 1), text, "X's-words-quote", 0.65)
                    )
        break
    return None


def _reported_subject(toks: list[Token], found: Found) -> bool:
    """True when ``found``, the subject of a later cue in the sentence before a
    quote, opens a *that* clause which an earlier cue of that sentence reports
    (the row then reads on to that cue, or leaves the quote to the far row):
    *Ada Lund said costs rose, and that the firm expected savings.* The shape of
    reported speech in news: the clause's subject is what the speaker talked
    about, and the quote after the sentence is the speaker's. Only a name or a
    description (a pronoun may be the speaker again), and only a *that* right
    after the cue or after *and* or *but* (not a result clause: *so glad that he
    asked*)."""
    if found.kind is PhraseKind.PRONOUN:
        return False
    i = next((j for j, t in enumerate(toks) if t.start == found.start), -1)
    if i < 2 or toks[i - 1].lower not in _COMPLEMENTIZERS:
        return False
    if toks[i - 2].lower not in _COORDINATORS and _cue_at(toks, i - 2, i - 1) == i - 2:
        return False
    return any(_cue_at(toks, j, i - 1) != j for j in range(i - 1))


def _previous_sentence(
    q: Quote,
    ctx: _Context,
    para: tuple[int, int],
    *,
    far: bool = False,
    spoken: int = -1,
    covers: list[bool] | None = None,
) -> Attribution | None:
    """The quote opens a sentence: was the sentence before a bare cue clause?

    'Poirot answered them.', 'Miss Bartlett, with equal vivacity, replied:', a
    paragraph that ends 'and then the Secretary said' with no stop at all. With
    ``far``, the cue may be anywhere in that sentence: 'Carter said that the region
    matters. "That is because ..."' -- the last resort for a quote with no cue of
    its own. ``spoken`` is where the last quote given a speaker ends: a sentence
    holding a quote is read only when none of its quotes was given one ('What "go
    after them" means is unclear, since Ruiz spoke only in vague terms.'), and then
    only after its last quote. ``covers`` (near only): told whether the near
    reading's walk over the cues took in every token the far one walks (``reach``
    at least the tokens read), so that a near None is the far answer too.
    """
    text = ctx.text
    start = ctx.sentence_start(para[0], q.outer_start)
    if text[start : q.outer_start].strip():
        return None
    if start <= para[0]:
        # It opens its paragraph: look at the end of the paragraph before.
        i = bisect.bisect_left(ctx.paras, para) - 1
        if i < 0:
            return None
        prev_para = ctx.paras[i]
        end = prev_para[0] + len(text[prev_para[0] : prev_para[1]].rstrip())
        last = text[end - 1 : end]
        if not last or (last not in ":,-—." and not last.isalpha()):
            return None
        lo = ctx.sentence_start(prev_para[0], end - 1)
        if prev_para[0] < spoken <= lo and not text[spoken:lo].strip():
            # '"Where were you?" I asked.' closing the paragraph before: the clause is
            # the cue of that paragraph's quote, and the reply opening this one is not
            # the asker's by it.
            return None
    else:
        end = start
        lo = ctx.sentence_start(para[0], max(para[0], start - 2))
        last = _last_char_before(text, end)
    if spoken > lo and ctx.opens_quote(lo, end):
        # Told before the sentence is read: a token of it stands inside a quote (the
        # mark that opens one), so its last such token is found below, and then this.
        return None  # a quote of that sentence has a speaker of its own
    toks = ctx.tokens(lo, end)
    last_inside = ctx.last_inside(toks)
    if last_inside >= 0:
        if spoken > lo:
            return None  # a quote of that sentence has a speaker of its own
        toks = toks[last_inside + 1 :]
    if not toks:
        return None
    while toks and toks[-1].text in ".:-—,;":
        toks.pop()
    n = len(toks)
    bare = last.isalpha()  # the paragraph stops on a word: only a closing cue will do
    reach = n if far or last == ":" else 8
    if covers is not None:
        covers.append(reach >= n)
    fillers = load("attribution_fillers")
    for k in range(n - 1, max(-1, n - reach), -1):
        cue_end = _cue_at(toks, k, n)
        if cue_end == k:
            continue
        closes = all(is_adverb(t) or t.lower in fillers or t.text in ",;" for t in toks[cue_end:])
        if bare and not closes:
            return None
        found, _rule = _subject_of_cue(toks, k, cue_end, ctx, 0)
        if found is not None and (_inside_noun_phrase(toks, found) or _names_event(found)):
            # "in a mostly Republican state.": a noun, not the cue "state"; "The
            # strike went on.": a happening, no speaker for the quote after it
            continue
        if found is not None and _reported_subject(toks, found):
            continue  # "Ada Lund said ... and that the firm expected": Lund's cue speaks
        if found is None and closes:
            # "Miss Bartlett, with equal vivacity, replied": the sentence's subject,
            # or the name opening its last clause ("It was late when Nell Hardy
            # came in and said:"), or who a *who* before the cue stands for ("...
            # handed it to Nell Hardy, who waved it off with the remark:").
            found = (
                _who_clause_subject(toks, k, text)
                or _last_clause_name(toks, 0, k, text)
                or _sentence_subject(toks, 0, k, text, reads=ctx.plain_reads)
            )
        if found is not None:
            confidence = 0.7 if n - k <= 8 else 0.55
            return Attribution(
                mention=found,
                cue=_cue(toks, (k, cue_end), text, "previous-sentence", confidence),
            )
        if bare:
            return None
    if far or bare or not toks:
        return None
    if last == ":":
        found = phrase_before(toks, n, text=text, reads=ctx.reads)
        at = token_before(toks, found.start) if found is not None else None
        if (
            found is not None
            and found.text.lower() == "it"
            and at is not None
            and toks[at].text.isalpha()
            and toks[at].text.islower()
            and toks[at].lower not in _CLAUSE_START
        ):
            # "Willoughby, rousing himself, broke it thus:": *it* after a verb is its
            # object; who does the verb speaks.
            found = _last_clause_name(toks, 0, at, text) or _sentence_subject(
                toks, 0, at, text, reads=ctx.plain_reads
            )
        noun = next((i for i in range(n - 1, -1, -1) if toks[i].lower in _SPEECH_NOUNS), None)
        if found is None and noun is not None:
            # "Sanders made the following comment:": who makes the remark ("..., met
            # Ana Ruiz, who waved it off with a remark:": she does).
            found = _who_clause_subject(toks, noun, text) or _sentence_subject(
                toks, 0, n, text, reads=ctx.plain_reads
            )
        if found is not None:
            return Attribution(
                mention=found, cue=_cue(toks, (n - 1, n), text, "previous-sentence", 0.65)
            )
    return None


# "the", "this", "its", "their" ...: a determiner opening a description of a happening.
_EVENT_DETERMINERS = load("descriptor_articles") | load("loose_determiners")


def _names_event(found: Found) -> bool:
    """True when ``found`` is a description whose head is a happening
    (``lexicons/event_nouns.txt``): *The strike went on.* has a subject that
    cannot speak, so it gives no speaker to a quote after it.

    >>> def d(t: str) -> Found:
    ...     return Found(start=0, end=len(t), text=t, kind=PhraseKind.DESCRIPTOR, head=t)
    >>> [_names_event(d(t)) for t in ("The strike", "the long talks", "The union")]
    [True, True, False]
    >>> _names_event(d("Two people close to the talks"))
    False
    """
    return _headed_by(found, load("event_nouns"))


def _headed_by(found: Found, heads: frozenset[str]) -> bool:
    """True when ``found`` is a description of a determiner, at most one word more and
    a head in ``heads`` (*Two people close to the talks* has its head elsewhere)."""
    if found.kind is not PhraseKind.DESCRIPTOR and found.kind is not PhraseKind.ANONYMOUS:
        return False
    words = found.text.split()
    return 1 < len(words) <= 3 and words[0].lower() in _EVENT_DETERMINERS and words[-1] in heads


def _names_cited_word(found: Found, text: str) -> bool:
    """True when ``found`` is a description whose head cites a word or a name
    (``lexicons/naming_nouns.txt``) and a quote opens right after it: *The word
    "glimmerlog" has been added to the dictionary, along with "snackwave"* has a
    subject that is the word cited, which says nothing, so it gives no speaker to the
    other words the sentence lists (a dictionary's or a glossary's new entries).

    >>> def d(t: str) -> Found:
    ...     return Found(start=0, end=len(t), text=t, kind=PhraseKind.DESCRIPTOR, head=t)
    >>> [_names_cited_word(d("The word"), t) for t in ('The word "x" was added', "The word is out")]
    [True, False]
    >>> _names_cited_word(d("The label"), "The label said")
    False
    """
    return text[found.end : found.end + 2].lstrip()[:1] in OPENERS and _headed_by(
        found, load("naming_nouns")
    )


_FRAMING_REACH = 24  # tokens: a framing sentence is short ("Roe was not convinced.")
# tokens: in the quote's own paragraph a profile's framing sentence on *he* or *she*
# may run longer ("She leans on the bench and looks at the hull taking shape ...").
_FRAMING_REACH_OWN = 40
# "he" and "she": a person's subject pronoun, from the pronouns' table.
_FRAMING_PRONOUNS = select("pronouns", case="subject", person="3", number="singular") - select(
    "pronouns", gender="neuter"
)


def _framing_sentence(
    q: Quote, ctx: _Context, para: tuple[int, int], *, beyond: bool = False
) -> Attribution | None:
    """A direct quote opening a sentence with no cue, right after a short sentence of
    the same paragraph that opens on a person's name and holds no quote ("Raj Patel
    was not convinced. 'It is built on sand.'"): that person frames the quote, not
    the speaker of the quote before (item 4 of issue 14).

    With ``beyond``, the framing sentence may also open on a descriptor with a name
    in apposition (*Its founder, Dr Ana Ruiz, set it up.*) or, in the quote's own
    paragraph, on *he* or *she*; and a quote that is a paragraph of its own, closed
    by its own mark and of five words or more, is framed by the last sentence of the
    paragraph before, when that opens on a name or a descriptor: a name of one word
    there must have been printed before within reach after another word (*Ana
    Ruiz*, *said Ruiz*), so that a capitalised word opening a sentence (*Based on
    ...*) is not taken for one."""
    text = ctx.text
    start = ctx.sentence_start(para[0], q.outer_start)
    lead = text[start : q.outer_start].rstrip()
    if lead and not (beyond and lead.endswith(":")):
        return None
    # The quote is a sentence of its own: it ends on a stop, or its paragraph ends
    # after it (not "'Tales of the Deep,' an HBO series, returns": a title).
    after = text[q.outer_end : q.outer_end + 1]
    if not q.text.rstrip().endswith((".", "!", "?")) and after not in (".", "!", "?", "\n", ""):
        return None
    opens = start <= para[0]
    if opens:
        i = bisect.bisect_left(ctx.paras, para) - 1
        if not beyond or i < 0 or not _own_paragraph(q, text, para):
            return None
        prev = ctx.paras[i]
        hi = prev[0] + len(text[prev[0] : prev[1]].rstrip()) - 1
        if text[hi : hi + 1] != ".":
            return None
        lo = ctx.sentence_start(prev[0], hi)
    elif lead:
        lo, hi = start, start + len(lead) - 1  # "Her argument is simple: '...'"
    else:
        if _last_char_before(text, start) != ".":
            return None
        lo = ctx.sentence_start(para[0], max(para[0], start - 2))
        hi = start
        if beyond and lo > para[0] and _scene_sentence(ctx.tokens(lo, hi)):
            # "Ana Ruiz fishes off the point. The boats leave at four. '...'": a
            # sentence that names nobody sets the scene; the one before frames.
            if ctx.opens_quote(lo, hi) or _last_char_before(text, lo) != ".":
                return None
            lo, hi = ctx.sentence_start(para[0], max(para[0], lo - 2)), lo
    if ctx.opens_quote(lo, hi):
        return None  # a token of that sentence inside a quote (read below), told at once
    toks = ctx.tokens(lo, hi)
    # A profile's long sentence on *he* or *she* in the quote's own paragraph may
    # run to the longer reach; one on a name, a lead-in or the paragraph before may not.
    own = beyond and not opens and not lead and bool(toks) and toks[0].lower in _FRAMING_PRONOUNS
    reach = _FRAMING_REACH_OWN if own else _FRAMING_REACH
    if not 3 <= len(toks) <= reach or any(ctx.inside_quote(t.start) for t in toks):
        return None
    if beyond and not opens:
        held = _viewpoint(toks, text, ctx)
        if held is not None:
            return Attribution(mention=held, cue=_cue(toks, (0, 1), text, "framing-paragraph", 0.5))
        if lead:
            return None  # a lead-in before a colon: the rows that read cues decide
        if toks[0].lower in _ASKING and "," in (t.text for t in toks):
            # "Asked what comes next, Ruiz does not hesitate.": the clause after
            # the comma frames the answer.
            toks = toks[[t.text for t in toks].index(",") + 1 :]
            if len(toks) < 3:
                return None
    cued = [i for i in range(len(toks)) if _cue_at(toks, i, len(toks)) > i]
    if cued and not (beyond and not opens and _own_cues(toks, cued)):
        return None  # a cue in that sentence: the rows that read cues decide
    found = phrase_after(toks, 0, text=text, reads=ctx.reads)
    if found is not None and _unprinted_word(found, text, common=not opens):
        found = None  # "Things changed.", "Standing at the door, she ...": no name
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if found is None and beyond and not opens and commas and commas[0] + 3 < len(toks):
        # "Outside the hall, she was close to tears.": a fronted phrase, then the
        # subject pronoun of the sentence's clause.
        toks = toks[commas[0] + 1 :]
        found = phrase_after(toks, 0, text=text, reads=ctx.reads)
        if found is not None and found.kind is not PhraseKind.PRONOUN:
            return None
    if found is None or found.start != toks[0].start or not _frames(found, beyond):
        return None
    if opens and found.kind is PhraseKind.PRONOUN:
        return None  # a pronoun frames a quote of its own paragraph only
    k = next((i for i, t in enumerate(toks) if t.start >= found.end), len(toks))
    if k < len(toks) and toks[k].text == ",":
        # "Lena Ortiz, the mayor, opened the session.": past a short apposition.
        comma = k
        k = next((i + 1 for i in range(k + 1, min(len(toks), k + 9)) if toks[i].text == ","), k)
        if found.kind is PhraseKind.DESCRIPTOR:
            # "Its founder, Dr Ana Ruiz, set it up.": the name in apposition
            found = phrase_after(toks, comma + 1, text=text, reads=ctx.reads, hi=k - 1)
            if k == comma or found is None or found.kind is not PhraseKind.NAME:
                return None
    elif found.kind is PhraseKind.DESCRIPTOR:
        return None  # a descriptor alone: the rows that resolve them decide
    if _unprinted_word(found, text, common=not opens):
        return None
    # The name is the subject: a verb (a lower-case word) follows it, not a comma
    # list or a possessive ("Patel's plan was ...": the plan, no speaker).
    if k >= len(toks) - 1 or not toks[k].text.islower() or toks[k].text[:1] == "'":
        return None
    rule, confidence = ("framing-paragraph", 0.5) if beyond else ("framing-sentence", 0.6)
    return Attribution(mention=found, cue=_cue(toks, (k, k + 1), text, rule, confidence))


def _scene_sentence(toks: list[Token]) -> bool:
    """True for a sentence that names nobody and points at no one: it opens on an
    article or a number (``determiners.txt``, not a possessive), no word after the
    first is capitalised but a month or a day (``time_words.txt``: *since March*,
    *every Monday*), and none is a pronoun of a person (*The boats leave at four.*,
    *A kettle hisses on the stove.*, *The season opens in June.*)."""
    if len(toks) < 3 or toks[0].lower not in _OPENING_DETERMINERS:
        return False
    return toks[0].lower not in _PERSON_WORDS and not any(
        (t.text[:1].isupper() and t.lower not in _TIME_WORDS) or t.lower in _PERSON_WORDS
        for t in toks[1:]
    )


# Months and days: a capitalised word of a scene sentence that names no one.
_TIME_WORDS = load("time_words")


# The pronouns that point at a person, in any case (*she*, *him*, *their*).
_PERSON_WORDS = (
    _SUBJECT_PRONOUNS | select("pronouns", case="possessive") | select("pronouns", case="object")
) - select("pronouns", gender="neuter")


_GIVEN_NAME_TABLE = load("given_names")


def _unprinted_word(found: Found, text: str, *, common: bool) -> bool:
    """True when ``found`` is a name of one word that was not printed before within
    reach after another word (*Ana Ruiz*, *said Ruiz*); with ``common``, only when it
    is also a common English word and no given name (``word_frequency``,
    ``given_names``): a capitalised word opening a sentence (*Things changed.*,
    *Standing at the door*, *Economists call it*) is not taken for a framing
    sentence's subject, while a surname that only ever opens sentences in a novel
    (*Japp lowered his voice.*) still is."""
    if found.kind is not PhraseKind.NAME or " " in found.text:
        return False
    if common:
        low = found.text.lower()
        if low in _GIVEN_NAME_TABLE or load_zipf().get(low, 0.0) < COMMON_OPENER_ZIPF:
            return False
    return not _printed_before(text, found)


# The one-word cues that ask (*asked*, *wondered*): a framing sentence that asks
# is the question, and the quote after it may be someone else's answer.
_ASKING = frozenset(
    str(row["cue"]).lower()
    for row in rows("cue_verbs")
    if row["lemma"] in load("asking_lemmas") and " " not in str(row["cue"])
)
# Words between a subject and its cue verb ("she did not smile", "he will say").
_BEFORE_VERB = load("auxiliaries") | load("negations")
# "for" and "to" opening a sentence on whose view it gives ("For Ruiz the answer came
# early.", "To her the plan was a gamble.").
_VIEWPOINT_OPENERS = load("viewpoint_prepositions")
# Nouns for a stand someone takes ("Her argument is simple:"), with the speech nouns.
_STANCE_NOUNS = _SPEECH_NOUNS | load("stance_nouns")
_OBJECT_HE_SHE = select("pronouns", case="object", person="3", number="singular") - select(
    "pronouns", gender="neuter"
)


def _own_cues(toks: list[Token], cued: list[int]) -> bool:
    """True when every cue in a framing sentence is the framing subject's own, so
    that it frames the quote after it as a sentence with no cue would: each cue
    follows, past auxiliaries, negations and adverbs, the subject that
    opens the sentence or *he* or *she*, and none asks, unless in the passive after
    *when* (*Ruiz laughs when asked about it.*, *She does not think they will.*).
    A cue of anyone else (*a neighbour who added*) or a question put to someone
    (*Ruiz asked Hale why.*) leaves the quote to the rows that read cues."""
    for i in cued:
        j = i - 1
        while j > 0 and (toks[j].lower in _BEFORE_VERB or is_adverb(toks[j])):
            j -= 1
        before = toks[j].lower if j >= 0 else ""
        if toks[i].lower in _ASKING:
            if before != "when" or j != i - 1:
                return False
        elif not (before in _FRAMING_PRONOUNS or all(t.text[:1].isupper() for t in toks[: j + 1])):
            return False
    return True


def _is_capitalised(tok: Token) -> bool:
    """True when ``tok`` opens on a capital letter (a name, *I* aside)."""
    return tok.text[:1].isupper() and tok.text != "I"


def _owned_noun(tok: Token) -> bool:
    """True when ``tok`` after *her* is a lower-case word that no determiner or
    pronoun is: the noun *her* owns as a possessive (*For her neighbours*), not the
    subject after *her* as an object (*For her the move*, *To her it was*)."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.lower not in _DETERMINER_WORDS
        and tok.lower not in PRONOUNS
    )


_DETERMINER_WORDS = load("determiners")


def _viewpoint(toks: list[Token], text: str, ctx: _Context) -> Found | None:
    """The person a framing sentence gives its view to, when it opens on *For* or
    *To* and a name or *her* or *him*, then goes on to its own subject with no
    comma list (*For Ruiz the answer came early.*, *For her the move was never a
    choice.*): the shape features use to hand a quote to the person they profile
    without a cue. A one-word name must have been printed before after a given
    name (*Ana Ruiz*), so that a place or a body (*For Dover the vote ...*) is not
    taken for the person."""
    if len(toks) < 4:
        return None
    if toks[0].lower in _OWNER_PRONOUNS and toks[1].lower in _STANCE_NOUNS:
        # "Her argument is simple:", "His advice to clients is short."; not when the
        # sentence names another person (a capitalised word, *her* or *him*) whose
        # answer the quote may be (*His view is not shared by Kell.*, *His letter to
        # her was returned:*).
        if any(_is_capitalised(t) or t.lower in _OBJECT_HE_SHE for t in toks[2:]):
            return None
        if any(_receives_words(toks, k) for k in range(2, len(toks))):
            return None  # "His letter drew a blunt reply:": the reply is another's
        return _token_pronoun(toks[0])
    framed = next(
        (
            (frame, owner)
            for frame in _VIEW_FRAMES
            if frame[0] == toks[0].lower and (owner := _frame_owner(toks, 0, frame)) is not None
        ),
        None,
    )
    if framed is not None:
        # "In Ruiz's view the vote matters most.", "In her view it is late."
        return _owner_found(toks, framed[1], text)
    if toks[0].lower not in _VIEWPOINT_OPENERS:
        return None
    if toks[1].lower in _OBJECT_HE_SHE:
        if toks[1].lower in _OWNER_PRONOUNS and _owned_noun(toks[2]):
            return None  # "For her neighbours the move ...": "her" owns the subject
        return _token_pronoun(toks[1])
    found = phrase_after(toks, 1, text=text, reads=ctx.reads)
    if found is None or found.kind is not PhraseKind.NAME or found.start != toks[1].start:
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= found.end), len(toks))
    if k >= len(toks) or toks[k].text[:1] in ("'", "’") or toks[k].text in (",", "and"):
        return None  # "For Ruiz's sake", "For Ruiz and Hale"
    if " " not in found.text and not _printed_before(text, found, after_name=True):
        return None
    return found


_OWN_PARAGRAPH_WORDS = 5  # words of a quote that is a paragraph of its own, at least
_PRINTED_REACH = 3000  # characters back to where a one-word name was printed after a word
_PRINTED_STEPS = 16  # places of that word read at most, nearest first


def _own_paragraph(q: Quote, text: str, para: tuple[int, int]) -> bool:
    """True when ``q`` is its paragraph, closed by its own mark, and no heading (at
    least five words: not *'A change of tack.'*)."""
    return (
        q.closed
        and not text[q.outer_end : para[1]].strip()
        and len(q.text.split()) >= _OWN_PARAGRAPH_WORDS
    )


def _frames(found: Found, beyond: bool) -> bool:
    """Whether the phrase opening a framing sentence may be its subject: a name, or
    with ``beyond`` also *he*, *she* or a descriptor (which needs a name in
    apposition)."""
    if found.kind is PhraseKind.NAME:
        return True
    if not beyond:
        return False
    if found.kind is PhraseKind.PRONOUN:
        return found.text.lower() in _FRAMING_PRONOUNS
    return found.kind is PhraseKind.DESCRIPTOR


def _printed_before(text: str, found: Found, *, after_name: bool = False) -> bool:
    """True when the one-word name ``found`` was printed within reach before it
    right after another word and a space or a line break (*Ana Ruiz*, *said Ruiz*,
    *a glance towards* at a line's end and *Ruiz* on the next, as novels and wire
    copy wrapped at a fixed width print it); with
    ``after_name``, right after a capitalised word and as a whole word that no
    capitalised word follows: the last word of a name (*Al From*, not *said From*
    or *From Here On*).

    >>> text = "Al From spoke. From then on, From Here On, From"
    >>> _printed_before(text, _word_found(tokenize(text, 43, 47)[0]), after_name=True)
    True
    >>> _printed_before(text[3:], _word_found(tokenize(text[3:], 40, 44)[0]), after_name=True)
    False
    """
    word = found.text
    floor = max(0, found.start - _PRINTED_REACH)
    at = text.rfind(word, floor, found.start)
    for _ in range(_PRINTED_STEPS):
        if at < floor + 2:
            return False
        if text[at - 1] in " \n" and text[at - 2].isalnum():
            if not after_name:
                return True
            end = at + len(word)
            if _name_word_ends(text, at - 1) and not (
                text[end : end + 1].isalnum() or _CAPITAL_NEXT.match(text, end, end + 2)
            ):
                return True
        at = text.rfind(word, floor, at)
    return False


_CAPITAL_NEXT = regex.compile(r" [A-Z]")
_NAME_WORD_REACH = 20  # letters read back for the word before a surname


def _name_word_ends(text: str, end: int) -> bool:
    """True when a capitalised word (*Al*, *O'Neill*, *J.*) ends at ``end``."""
    i = end
    while i > max(0, end - _NAME_WORD_REACH) and (text[i - 1].isalnum() or text[i - 1] in "'’.-"):
        i -= 1
    return text[i : i + 1].isupper()


def _inside_noun_phrase(toks: list[Token], found: Found) -> bool:
    """True when a determiner, past adverbs only, stands right before ``found`` but
    outside it: "a mostly Republican state" is one noun phrase, not a subject and
    its verb."""
    i = token_before(toks, found.start)
    while i is not None and i > 0 and is_adverb(toks[i]):
        i -= 1
    return i is not None and toks[i].lower in _OPENING_DETERMINERS and toks[i].end <= found.start


# Words after which a capitalised word is inside a noun phrase, not its subject.
_OBJECT_OPENERS = _NOMINAL_BEFORE | load("fronted_place_prepositions")


def _inside_object(toks: list[Token], found: Found) -> bool:
    """True when a preposition or determiner (``nominal_before``) or a preposition of
    place (``fronted_place_prepositions``) stands right before ``found`` but outside
    it: "egged on Ruiz supporters" reads *Ruiz supporters* as one noun phrase, the
    object of *on*, not a subject and its verb; in "tenants in Kelby have waited"
    the place is inside the subject *tenants in Kelby*."""
    i = token_before(toks, found.start)
    return (
        i is not None
        and i > 0
        and found.kind is PhraseKind.NAME
        and toks[i].lower in _OBJECT_OPENERS
        # "the Council on American-Islamic Relations": a connector inside a name;
        # "many - though not all - of the Chilean miners": a dash closes an aside
        and (toks[i - 1].text.islower() or toks[i - 1].text in _DASHES)
        and found.start - toks[i].end in (1, 2)  # a space, no quote between them
    )


_SPLIT_RULES = frozenset({"quote-said-X", "quote-X-said", "quote-X-verbed", "quote-verbed-X"})


def _opens_lower(text: str, q: Quote) -> bool:
    """Whether the quote's first letter is a lower-case one (it goes on a sentence)."""
    for ch in text[q.start : min(q.end, q.start + 8)]:
        if ch.isalpha():
            return ch.islower()
    return False


# After a split quote's speaker, the person spoken to (*said Ann to her sister one
# day,*) before the comma of the aside: *to* and a few words, no stop and no quote.
_TO_HEARER = regex.compile(r"[ \t\n]+to[ \t\n]+[^,;:.!?\"“”]{1,40}+,")


def _comma_after_speaker(text: str, end: int) -> bool:
    """True when a comma follows the speaker's mention ending at ``end``, right
    after it or after the person the cue speaks to (*said Ann to her sister,*).

    >>> _comma_after_speaker("said Ann to her one day, as", 8)
    True
    >>> _comma_after_speaker("said Ann.", 8), _comma_after_speaker("said Ann to her.", 8)
    (False, False)
    """
    return text.startswith(",", end) or _TO_HEARER.match(text, end) is not None


def _split_quote(
    q: Quote, ctx: _Context, last: tuple[int, Attribution, int] | None, quotes: list[Quote]
) -> Attribution | None:
    """The second part of a split quote: '"Yes," said Anna, with a nod, "and soon."'"""
    if last is None:
        return None
    prev_q = quotes[last[0]]
    prev = last[1]
    if prev.cue is None or prev.mention is None or prev.cue.rule not in _SPLIT_RULES:
        return None
    if not (prev.cue.end <= q.outer_start and q.outer_start - prev_q.outer_end <= 160):
        return None
    gap = ctx.text[prev_q.outer_end : q.outer_start]
    # '"Yes," said Anna, rising   "and soon."': a dash printed as spaces, or
    # '"Yes," said Anna, with a nod "and soon."': the quote goes on in lower case.
    # Then no other cue may stand in between.
    loose = gap.rstrip()[-1:] not in (",", ";", ":", "-", "—", "–")
    if loose and (
        not (gap.endswith("  ") or _opens_lower(ctx.text, q))
        or ctx.text[prev_q.start : prev_q.end].rstrip()[-1:] not in (",", ";")
        or prev.cue.rule not in _STRONG_AFTER
        or not _comma_after_speaker(ctx.text, prev.mention.end)
        or ctx.layer.has_stop(prev_q.outer_end, q.outer_start)
    ):
        return None
    if ctx.layer.breaks(prev_q.outer_end, q.outer_start):
        return None
    # '"Yes," said Anna, and Tom answered, "no."': a new speaker and cue in between.
    lo = max(prev.cue.end, prev.mention.end)
    toks = ctx.tokens(lo, q.outer_start)
    for k in range(1, len(toks)):
        if toks[k].text[0].isalpha() and _cue_at(toks, k, len(toks)) > k:
            other = phrase_before(toks, k, text=ctx.text, reads=ctx.reads)
            if other is not None and (
                loose
                or any(
                    t.lower in load("turn_conjunctions") or t.text == ";"
                    for t in toks
                    if t.end <= other.start
                )
            ):
                return None
    cue = attrs.evolve(prev.cue, rule="split-quote", confidence=min(prev.cue.confidence, 0.85))
    return Attribution(mention=prev.mention, cue=cue)


def attribute(
    text: str,
    quotes: list[Quote],
    paras: list[tuple[int, int]],
    *,
    choose: Choice | None = None,
    budget: int | None = None,
    stops: StopIndex | None = None,
) -> list[Attribution]:
    """Find the speaker mention and cue of each quote (``None`` for non-speech).

    By default the first rule of :data:`.rules.RULES` that fires wins. With
    ``choose``, every rule that applies proposes its candidate
    (:class:`.rules.Candidate`) and ``choose`` picks one of them, or ``None``.
    ``budget`` is :attr:`.Config.attribution_budget` (:func:`attribute_rows`).
    ``stops`` is the :class:`.sentences.StopIndex` of ``text`` that the caller also
    handed to :func:`.spans.extract_with_paragraphs` (its stops are then listed
    once); ``None`` makes one, and anything else but the index of this text raises
    (:func:`.sentences.stops_of`).
    """
    rows = attribute_rows(text, quotes, paras, choose=choose, budget=budget, stops=stops)
    return [found for _rule, found in rows]


def attribute_rows(
    text: str,
    quotes: list[Quote],
    paras: list[tuple[int, int]],
    *,
    choose: Choice | None = None,
    budget: int | None = None,
    stops: StopIndex | None = None,
) -> list[tuple[Rule | None, Attribution]]:
    """:func:`attribute`, with the row of :data:`.rules.RULES` that gave each quote's result.

    With a ``budget``, a quote that comes after ``budget`` others in one run
    (:func:`_run_lengths`) is tried only on the rows that read a cue right beside
    it (:data:`_BUDGET_ROWS`), and they read only the text between it and its
    neighbours (:func:`_gap_bounds`); ``None`` tries every row on every quote.
    """
    from .rules import RULES, candidates_at  # noqa: PLC0415 - rules imports this module

    ctx = _Context(text, quotes, paras, stops)
    out: list[tuple[Rule | None, Attribution]] = []
    last_speech: tuple[int, Attribution, int] | None = None  # (quote index, attribution, para)
    # The speech before the writer's own question (*"Why?" I asked.*): its answer's.
    asked_of: tuple[int, Attribution, int] | None = None
    runs = _run_lengths(text, quotes, ctx) if budget is not None else None
    starts, ends = ctx.quote_starts, ctx.quote_ends
    beside = _beside_rows(RULES)
    answers = ctx.answers
    for idx, q in enumerate(quotes):
        start, end = starts[idx], ends[idx]
        para = ctx.para_of(start)
        end_para = ctx.para_of(max(start, end - 1))  # the paragraph it ends in
        rules = RULES
        bounds = key = kept = None
        if runs is not None and budget is not None and runs[idx] > budget:
            rules = beside
            bounds = _gap_bounds(ctx, quotes, idx, para, end_para)
            if choose is None and _no_word_beside(ctx, idx, *bounds):
                out.append((None, _NONE))  # no row beside it can find a cue
                continue
            gaps = _gaps_beside(ctx, quotes, idx, *bounds)
            if choose is None:
                # The rows' answer, shared by every quote whose rows read the same. A
                # nested quote's too: the rows beside it read the gaps between it and
                # its siblings, nothing of the quote that holds it, and _outer_speakers
                # (below) is asked of the answer, taken or found, with its own parent.
                key = _answer_key(ctx, q, idx, para, bounds=bounds, gaps=gaps)
                kept = answers.get(key) if key is not None else None
        if kept is not None:
            rule, result = kept[0], _shifted(kept[1], start - kept[2])
        else:
            site = Site(q, ctx, para, quotes, last_speech, idx=idx, end_para=end_para)
            site.asked_of = asked_of
            if bounds is not None:
                site.lo, site.hi = bounds
                site.before_gap, site.after_gap = gaps
            if choose is None:
                rule, result = _attribute_one(site, rules)
                if (
                    bounds is None
                    and result is not None
                    and q.parent is not None
                    and _outer_speakers(text, q, quotes, result)
                ):
                    # '"Ruiz said the plan was 'dead,' and I agree," Vega said.': the
                    # first row read Vega, outside; a later row may read a cue inside.
                    rule, result = _inside_row(site, rules, quotes)
                if key is not None:
                    _remember(answers, key, (rule, result, start))
            else:
                found = candidates_at(site, rules)
                if bounds is None and q.parent is not None:
                    # As _inside_row does by default: a nested fragment chooses among
                    # the rows that read it inside the quote that holds it.
                    found = [c for c in found if not _outer_speakers(text, q, quotes, c.found)]
                chosen = choose(found)
                rule, result = (chosen.rule, chosen.found) if chosen is not None else (None, None)
        if result is not None and q.parent is not None and _outer_speakers(text, q, quotes, result):
            rule, result = None, None
        if result is not None:
            result = _go_between(text, result) or result
        out.append((rule, result or _NONE))
        if result is not None and result.mention is not None and q.depth == 0:
            # The paragraph the quote ends in: a quote run on over paragraphs is
            # continued from where it stops.
            asked = result.cue is not None and _interviewer_question(q, result.mention, result.cue)
            # The writer's question opens its paragraph; a named asker's may follow
            # the framing sentence (*Counsel asked whether ... "You did not?"*).
            opens = q.outer_start == para[0] or (
                result.mention.text.lower() not in _FIRST_PERSON_SUBJECTS
            )
            asked_of = last_speech if asked and opens else None
            last_speech = (idx, result, end_para[0])
    return out


@functools.cache
def _go_between_pattern() -> regex.Pattern[str]:
    """ ", through its information minister, Lena Voss," or " through their lawyer,
    Lena Voss,": an owner pronoun (:data:`_OWNER_PRONOUNS`), up to four lower-case
    words (the go-between's role) and a capitalised name between commas."""
    owners = "|".join(sorted(_OWNER_PRONOUNS))
    return regex.compile(
        rf"[ ]through[ ](?:{owners})[ ](?:[\p{{Ll}}\-]++[ ]){{0,3}}\p{{Ll}}[\p{{Ll}}\-]*+,[ ]"
        r"(\p{Lu}[\p{L}'’.\-]*+(?:[ ]\p{Lu}[\p{L}'’.\-]*+){0,3}),"
    )


def _go_between(text: str, found: Attribution) -> Attribution | None:
    """The person a body or a person speaks through when the text names that person:
    *The council, through its planning chief, Lena Voss, said*, *The family said
    through their lawyer, Lena Voss, that*. The words are the named go-between's
    (the canonical speaker of the stated conventions: a spokesperson's own name,
    the body an accepted alternative); an unnamed one (*through a spokesman*)
    leaves the subject, as PolNeAR's gold does. The phrase stands between the
    subject and the cue or right after the cue.

    >>> t = 'The family said through their lawyer, Lena Voss, that it was "a fraud".'
    >>> m = Found(start=0, end=10, text="The family", kind=PhraseKind.DESCRIPTOR,
    ...     head="The family", title="")
    >>> c = Cue(start=11, end=15, text="said", rule="X-said-quote", confidence=0.85)
    >>> _go_between(t, Attribution(mention=m, cue=c)).mention.text
    'Lena Voss'
    """
    mention, cue = found.mention, found.cue
    if mention is None or cue is None or "through" not in text[mention.end : cue.end + 12]:
        return None
    pattern = _go_between_pattern()
    m = pattern.match(text, cue.end, cue.end + 120)
    if m is None and mention.end <= cue.start:
        m = pattern.match(text, mention.end + 1, cue.start)
    if m is None:
        return None
    toks = tokenize(text, m.start(1), m.end(1))
    name = phrase_after(toks, 0, text=text)
    if name is None or name.kind not in _NAMED or name.start != m.start(1):
        return None
    return Attribution(mention=name, cue=cue)


def _outer_speakers(text: str, q: Quote, quotes: list[Quote], found: Attribution) -> bool:
    """True when ``found``, for a fragment nested in another quote, is read outside
    that quote (the cue, or with none the mention): it names whoever speaks the outer
    quote, whose own term, title or scare quote the fragment is
    (:func:`..text.kinds.nested_fragment`), not somebody it quotes. After a
    determiner, no cue gives the fragment a speaker (:func:`..text.kinds.fragment_in_quote`)."""
    assert q.parent is not None
    outer = quotes[q.parent]
    may = fragment_in_quote(text, q, outer)
    if may is None:
        return False
    if may == "none":
        return True
    at = found.cue.start if found.cue is not None else None
    if at is None and found.mention is not None:
        at = found.mention.start
    return at is None or not outer.start <= at < outer.end


def _inside_row(
    site: Site, rules: tuple[Rule, ...], quotes: list[Quote]
) -> tuple[Rule | None, Attribution | None]:
    """For a fragment nested in a quote whose first row read its cue outside that
    quote (:func:`_outer_speakers`), the first row of the table that reads one inside
    it: *"Ruiz said the plan was 'dead on arrival,' and I agree," Vega said* gives
    the fragment to Ruiz (``cue-before``), not to nobody because ``cue-closes-sentence``
    read Vega first. Each row's answer is already kept on ``site``."""
    q = site.q
    text = site.ctx.text
    assert q.parent is not None
    if fragment_in_quote(text, q, quotes[q.parent]) != "inside":
        return None, None  # after a determiner no row gives it a speaker
    for rule in _applying(_not_beside(rules) if site.wordless() else rules, q.kind):
        found = site.find(rule)
        if found is not None and not _outer_speakers(text, q, quotes, found):
            return rule, found
    return None, None


# The rows a quote past the budget is tried on: a cue right beside it.
_BUDGET_ROWS = frozenset({"lead-in", "after-quote", "cue-before"})
# id(rules) -> (rules, its rows named in _BUDGET_ROWS), kept as _NOT_BESIDE is.
_BESIDE_ROWS: dict[int, tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _beside_rows(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rows of ``rules`` named in :data:`_BUDGET_ROWS`, in their order."""
    got = _BESIDE_ROWS.get(id(rules))
    if got is None or got[0] is not rules:
        got = _BESIDE_ROWS[id(rules)] = (rules, tuple(r for r in rules if r.name in _BUDGET_ROWS))
    return got[1]


def _gap_bounds(
    ctx: _Context,
    quotes: list[Quote],
    idx: int,
    para: tuple[int, int],
    end_para: tuple[int, int] | None = None,
) -> tuple[int, int]:
    """Where a quote past the budget reads its cue: only between its neighbours. The
    rows beside it read back to where the quote before it ends and ahead to where the
    quote after it starts (within its paragraphs, ``para`` the one it opens in, which
    :class:`Site` reads by default, ``end_para`` the one it ends in), so each of its
    rows reads a bounded stretch however many quotes share the sentence."""
    starts, ends = ctx.quote_starts, ctx.quote_ends
    start, end = starts[idx], ends[idx]
    if end_para is None:
        end_para = ctx.para_of(max(start, end - 1))
    lo, hi = para[0], end_para[1]
    left = idx - 1
    if left >= 0 and ctx.nested and ctx.parent[idx] >= 0:
        # A quote inside another reads back to its sibling before it (not to a
        # quote inside that sibling), or to its paragraph's start with none.
        left = ctx.previous_sibling(idx)
    if left >= 0 and lo < (before := ends[left]) <= start:
        lo = before
    if idx + 1 < len(quotes) and end <= (after := starts[idx + 1]) < hi:
        hi = after
    return lo, hi


def _gaps_beside(
    ctx: _Context, quotes: list[Quote], idx: int, lo: int, hi: int
) -> tuple[_Gap | None, _Gap | None]:
    """The readings of the gaps between a quote past the budget and its neighbours
    (``lo`` and ``hi`` from :func:`_gap_bounds`): ``[lo, q.outer_start)`` when ``lo``
    is where the quote before ends and no quote but those holding the quote runs
    into it (its tokens are then the words outside the other quotes),
    ``[q.outer_end, hi)`` when ``hi`` is where the quote after starts, else ``None``.
    The one after a quote is the one before the next: read once for both."""
    starts, ends = ctx.quote_starts, ctx.quote_ends
    start, end = starts[idx], ends[idx]
    before = after = None
    if (
        idx > 0
        and lo == ends[idx - 1]
        # A quote that holds the one before and runs on into the gap: the rows read
        # the words outside it, which the gap's tokens do not tell. When the spans
        # nest, the quotes over the gap between two siblings are the ones that hold
        # the quote, whose words are read: the gap's tokens are the words outside.
        and (ctx.reach[idx - 1] <= lo or (ctx.nested and ctx.parent[idx] >= 0))
    ):
        # Most often the gap after the quote before: found in the memo, inline.
        before = ctx._gap_memo.get((lo, start)) or ctx.gap(lo, start)
    if idx + 1 < len(quotes) and hi == starts[idx + 1] and hi >= end:
        after = ctx.gap(end, hi)
    return before, after


def _no_word_beside(ctx: _Context, idx: int, lo: int, hi: int) -> bool:
    """True when no letter or digit stands between a quote past the budget and its
    neighbours (``lo`` and ``hi`` from :func:`_gap_bounds`): the rows it is tried on
    then find no cue and no speaker, so they are not asked, and no :class:`Site` is
    made for it (``{"key": "value", ...}``, a list of titles). Each gap between two
    quotes is searched once (:meth:`_Context.first_word`), for the quote on either
    side of it."""
    start, end = ctx.quote_starts[idx], ctx.quote_ends[idx]
    memo = ctx._first_words
    before = memo.get((lo, start))  # most often known: the gap after the quote before
    if before is None:
        before = ctx.first_word(lo, start)
    if before < start:
        return False
    hi = max(end, hi)
    return ctx.first_word(end, hi) == hi


def _run_lengths(text: str, quotes: list[Quote], ctx: _Context) -> list[int]:
    """For each quote, how many quotes at depth 0 came before it in its run: the
    quotes of one paragraph with no sentence punctuation (:data:`.sentences.STOP`)
    between one and the next. A nested quote counts as the quote that holds it, or,
    when the spans nest and more stand there, by the quotes beside it in that quote:
    its run among its siblings (the quotes with the same holder), counted the same
    way (a quote left open before many quoted phrases holds one long run).

    Each stretch between two quotes is read once, so this is linear in the text.
    In PolNeAR, Wikinews and PDNC a quote has at most seven before it in its run.

    >>> from quoteverify.text.spans import extract_with_paragraphs
    >>> from quoteverify.config import Config
    >>> text = '"a," "b," "c". Then "d."'
    >>> ex, paras = extract_with_paragraphs(text, Config())
    >>> _run_lengths(text, list(ex.quotes), _Context(text, list(ex.quotes), paras))
    [0, 1, 2, 0]
    """
    out: list[int] = []
    run = -1
    prev_end = -1
    prev_para: tuple[int, int] | None = None
    starts, ends = ctx.quote_starts, ctx.quote_ends
    beside: dict[int, int] = {}  # a nested quote's run among its siblings, by index
    for idx, (q, start, end) in enumerate(zip(quotes, starts, ends, strict=True)):
        if q.depth == 0 or run < 0:
            para = ctx.para_of(start)
            if (
                run < 0
                or para != prev_para
                or prev_end > start
                or STOP.search(text, prev_end, start) is not None
            ):
                run = 0
            else:
                run += 1
            prev_end, prev_para = end, para
            out.append(run)
            continue
        among = 0
        sibling = ctx.previous_sibling(idx) if ctx.nested else -1
        if (
            sibling >= 0
            and ctx.para_of(starts[sibling]) == ctx.para_of(start)
            and STOP.search(text, ends[sibling], start) is None
        ):
            among = beside.get(sibling, 0) + 1
        beside[idx] = among
        out.append(max(run, among))
    return out


_STRONG_AFTER = frozenset({"quote-said-X", "quote-X-said"})

# "they", "we": a subject pronoun that stands for more than one person; "it", for a
# thing (a sign, a letter or a voice may say "I" when "it" is the cue's own subject).
_PLURAL = select("pronouns", case="subject", number="plural")
_NEUTER = select("pronouns", case="subject", gender="neuter")
# "I", "me", "my" as words: a quote spoken by one person ("i" written as a capital).
_FIRST_SINGULAR = regex.compile(
    r"(?<![\p{L}\p{M}'’])(?:"
    + "|".join(
        "I" if w == "i" else f"[{w[0].upper()}{w[0]}]{regex.escape(w[1:])}"
        for w in sorted(select("pronouns", person="1", number="singular"))
    )
    + r")(?![\p{L}\p{M}])"
)


# The first letters of those words: a text holding none of them holds no such word.
_SINGULAR_FIRST = frozenset(
    char
    for w in select("pronouns", person="1", number="singular")
    for char in ("I" if w == "i" else w[0].upper() + w[0])
)


def _speaks_as_one(text: str) -> bool:
    """True when ``text`` holds *I*, *me* or *my* as a word (``_FIRST_SINGULAR``),
    the pattern run only on a text holding one of their first letters.

    >>> _speaks_as_one("give me that"), _speaks_as_one("ab17,"), _speaks_as_one("Mel")
    (True, False, False)
    """
    return not _SINGULAR_FIRST.isdisjoint(text) and _FIRST_SINGULAR.search(text) is not None


def _not_one_speaker(found: Attribution, q: Quote, text: str) -> bool:
    """True when the mention ``found`` gives the quote is a pronoun for no one person
    and the quote speaks as one (*I*, *me*, *my*): *"I am cold," they said* is not
    theirs, and *she read it and said, "I ..."* is not the letter's: the pronoun is
    the object or the subject of another clause, and the row finds no speaker.
    *it* right before its cue (*"I am here," it read*) is a sign or a letter
    speaking, and stays."""
    mention = found.mention
    if mention is None or mention.kind is not _PRONOUN:
        return False
    word = mention.text.lower()
    if word in _NEUTER:
        cue = found.cue
        if cue is not None and (
            not text[mention.end : cue.start].strip() or not text[cue.end : mention.start].strip()
        ):
            return False
    elif word not in _PLURAL:
        return False
    return _FIRST_SINGULAR.search(q.text) is not None


def _cue_near(toks: list[Token], end: int) -> bool:
    """:meth:`Site.cue_may_end_at_quote` for the tokens ``toks`` of the window before
    a quote that starts at ``end``."""
    if not toks:
        return False
    if toks[-1].text == ":":
        return True
    near = end - 3
    for t in toks[-4:]:  # noqa: SIM110 - a loop: no generator made per quote
        if t.end >= near and t.lower[:1].isalpha():
            return True
    return False


def _reads_only_window(toks: list[Token]) -> bool:
    """True when :func:`_before` reads nothing but the window whose tokens are ``toks``
    (the tokens themselves and the characters between them): it reads past the quote
    only for a passive cue's agent (:func:`_agent_after_quote`, whose cue is a word in
    *-ed* or *-en* right after a passive auxiliary) and for a possessive owner's words
    (:func:`_owner_of_words`, after a last token in *'s*). Neither can fire without
    those tokens; an auxiliary with no such word after it (*the plan was*) reads
    nothing more.

    >>> _reads_only_window(tokenize("Ana said,", 0, 9))
    True
    >>> _reads_only_window(tokenize("it was described as", 0, 19))
    False
    >>> _reads_only_window(tokenize("Ana said the plan was", 0, 21))
    True
    >>> _reads_only_window(tokenize("Hale's", 0, 6))
    False
    """
    if toks and toks[-1].text.endswith(("'s", "’s")):
        return False
    return not any(
        t.lower in _PASSIVE and toks[i + 1].lower.endswith(("ed", "en"))
        for i, t in enumerate(toks[:-1])
    )


def _shifted(found: Attribution | None, by: int) -> Attribution | None:
    """``found`` with every offset of its mention and cue moved by ``by``."""
    if found is None or by == 0:
        return found
    m, c = found.mention, found.cue
    return _new_attribution(
        mention=None
        if m is None
        else _new_found(
            start=m.start + by,
            end=m.end + by,
            text=m.text,
            kind=m.kind,
            head=m.head,
            title=m.title,
        ),
        cue=None
        if c is None
        else _new_cue(
            start=c.start + by,
            end=c.end + by,
            text=c.text,
            rule=c.rule,
            confidence=c.confidence,
        ),
    )


# A window before a quote (its sentence up to the quote) is keyed on its characters
# when it is at most this long: a cue clause between two quotes of a dense run (*Ana
# said,*, *she said* and an invisible character) is a few words; a longer window
# seldom repeats.
_LEAD_IN_KEY = 160
_SHARED_MEMO = 256  # distinct windows kept per article (all dropped when full)
_K = TypeVar("_K")
_V = TypeVar("_V")


class _LeadIn:
    """What the lead-in rows read in one window of text before a quote: whether a cue
    may end at the quote (:func:`_cue_near`), whether :func:`_before` reads only the
    window (:func:`_reads_only_window`) and, once asked, what it finds in the first
    window that asked, moved for the others. All three depend only on the window's
    characters: its tokens are ``tokenize`` of them alone (the token patterns look
    neither behind the window's start nor past its end), and :func:`_before` with
    ``pure`` reads its tokens and the characters between them."""

    __slots__ = ("_at", "_found", "_known", "cue_near", "pure")

    def __init__(self, toks: list[Token], end: int):
        self.cue_near = _cue_near(toks, end)
        self.pure = _reads_only_window(toks)
        self._known = False
        self._found: Attribution | None = None  # found in the window that starts at _at
        self._at = 0

    def found_at(self, site: Site) -> Attribution | None:
        """What :func:`_before` finds for ``site``, whose window reads as this one
        (the first window's answer, moved: not moved for the first window itself)."""
        start = site.lead_start()
        if not self._known:
            self._found = _before(site.q, site.ctx, site.lo, site.before_tokens())
            self._at, self._known = start, True
        return _shifted(self._found, start - self._at)


_TrailKey = tuple[str, int, str, str, bool, bool, bool]


def _trail_key(q: Quote, ctx: _Context, start: int, end: int, stop: int) -> _TrailKey:
    """What :func:`_after_adjacent` reads for quote ``q`` (its outer start and end
    ``start`` and ``end``), reading its window ``[end, stop)``: the window's
    characters and the two after it (where :func:`_leads_in` looks for the next
    quote's mark), and of the quote the last
    character of its words, with and without closing marks, whether it opens its
    paragraph, whether a dash stands before it, and whether it closes a sentence it
    did not open (:func:`_closes_its_sentence`). Its tokens are ``tokenize`` of the
    window alone, and every other reading is of them and the characters between
    them, so two quotes with the same key get the same answer, moved."""
    text = ctx.text
    words = q.text.rstrip()
    last = words.rstrip(_CLOSERS)[-1:]
    return (
        text[end : stop + 2],
        stop - end,
        words[-1:],
        last,
        q.start == ctx.para_of(q.start)[0] + len(q.open_mark.char),
        _last_char_before(text, start) in _DASHES,
        # (_closes_its_sentence, its first test read here.)
        last == "." and _closes_its_sentence(q, ctx),
    )


_AnswerKey = tuple[QuoteKind, int, str, _TrailKey, bool, bool, bool]


def _answer_key(
    ctx: _Context,
    q: Quote,
    idx: int,
    para: tuple[int, int],
    *,
    bounds: tuple[int, int],
    gaps: tuple[_Gap | None, _Gap | None],
) -> _AnswerKey | None:
    """For quote ``q`` (``quotes[idx]``, opening in ``para``, at any depth) past the
    budget (``bounds`` from :func:`_gap_bounds`, ``gaps`` from :func:`_gaps_beside`,
    no ``choose``), a key
    for what :func:`_attribute_one` gives it on the rows beside it, with every offset
    counted from the quote's start; ``None`` when the answer is not shared (a gap not
    read, a window too long to key on, a lead-in window that :func:`_before` reads
    past, a quote never attributed or whose :meth:`Site.wordless` the gaps do not
    settle). Two quotes with the same key get the same row and the same answer, moved.

    The three rows read, of the quote and the text around it: its kind (which rows
    apply, and ``find_after_quote``'s and ``find_cue_before``'s tests), its length
    (the after-quote window's offsets are counted from its end), the lead-in window
    ``[lead_start, start)``, on whose characters alone :class:`_LeadIn` decides what
    :meth:`Site.before` finds and :meth:`Site.cue_may_end_at_quote`, the after-quote
    window's :func:`_trail_key`, on which :meth:`Site.after_adjacent` is shared, the
    text up to 40 characters before it that ``find_lead_in`` tests for a comma or
    colon (it may reach past the lead-in window), whether the gap before it holds a
    word (``_fronted_clause_cue``'s first test), and whether the quote speaks as one
    person (``_FIRST_SINGULAR``, which :func:`_not_one_speaker` reads of its text).
    :meth:`Site.wordless` is settled from the gaps, as no word beside the quote.
    """
    before, after = gaps
    if before is None or after is None or never_attributed(q):
        return None
    start, end = ctx.quote_starts[idx], ctx.quote_ends[idx]
    if not (
        after.first_word < min(after.end, end + _AFTER) or start - _FAR <= before.first_word < start
    ):
        return None  # wordless() would read the paragraph
    lo, hi = bounds
    lead = _lead_start(ctx, lo, start, para)
    if start - lead > _LEAD_IN_KEY:
        return None
    text = ctx.text
    window = text[lead:start]
    if not _lead_in_at(ctx, before, lead, start, window).pure:
        return None
    stop = _after_stop(ctx, end, hi)
    if stop - end > _LEAD_IN_KEY:
        return None
    return (
        q.kind,
        end - start,
        window,
        _trail_key(q, ctx, start, end, stop),
        text[max(para[0], start - 40) : start].rstrip().endswith((",", ":")),
        before.first_word >= start,
        _speaks_as_one(q.text),
    )


def _lead_start(ctx: _Context, lo: int, start: int, para: tuple[int, int]) -> int:
    """:meth:`Site.lead_start` for a quote starting at ``start`` in ``para``, its rows
    reading back to ``lo``."""
    if start - lo <= _FAR and para[0] <= lo and start + 3 <= para[1] and ctx.calm(para):
        return lo
    return ctx.sentence_start(lo, start)


def _lead_in_at(ctx: _Context, gap: _Gap, lead: int, start: int, window: str) -> _LeadIn:
    """The reading of the window ``[lead, start)`` before a quote, within the gap
    ``gap`` before it (``window``: its characters), shared by every window of the
    article that holds the same characters (:class:`_LeadIn`)."""
    got = ctx.lead_ins.get(window)
    if got is None:
        got = _remember(ctx.lead_ins, window, _LeadIn(gap.window(lead, start), start))
    return got


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """``memo[key] = value`` in a memo of at most :data:`_SHARED_MEMO` entries (all
    dropped when full), and ``value``."""
    if len(memo) >= _SHARED_MEMO:
        memo.clear()
    memo[key] = value
    return value


class Site:
    """One quote as the rules see it: the quote, its article and the speech quote before.

    What several rules read (the attribution before the quote, the one later in
    its sentence, its paragraph as a headline) is worked out once, when a rule
    first asks for it.
    """

    def __init__(
        self,
        q: Quote,
        ctx: _Context,
        para: tuple[int, int],
        quotes: list[Quote],
        last_speech: tuple[int, Attribution, int] | None,
        *,
        idx: int | None = None,
        end_para: tuple[int, int] | None = None,
    ):
        self.q = q
        self.ctx = ctx
        self.para = para
        # The quote's outer_start and outer_end (``idx``: its place in ``quotes``).
        if idx is None:
            self.start, self.end = q.outer_start, q.outer_end
        else:
            self.start, self.end = ctx.quote_starts[idx], ctx.quote_ends[idx]
        # The paragraph it ends in (given, or found here).
        self.end_para = end_para or ctx.para_of(max(self.start, self.end - 1))
        # Where the cue rows beside the quote read from and to (narrowed past the budget).
        self.lo, self.hi = para[0], self.end_para[1]
        self.quotes = quotes
        self.last_speech = last_speech
        # The speech before ``last_speech`` when that is the writer's question.
        self.asked_of: tuple[int, Attribution, int] | None = None
        self._memo: dict[str, Attribution | None] = {}
        self._found: dict[str, Attribution | None] = {}  # by rule name
        self._wordless: bool | None = None
        self._before_toks: list[Token] | None = None
        # The last tokens :meth:`before_in` read, and what _before found in them.
        self._before_kept: tuple[list[Token], Attribution | None] | None = None
        # The last window start :meth:`words_before` read from, and its tokens.
        self._words_kept: tuple[int, list[Token]] | None = None
        # The rows the last run of _attribute_one on this quote asked, and the row and
        # answer it gave (a row that runs the rows after it leaves theirs here).
        self.ran: tuple[tuple[Rule, ...], Rule | None, Attribution | None] | None = None
        self._lead_in: _LeadIn | None = None  # past the budget: lead_in_reading()
        self._lead_start = -1  # past the budget: lead_start()
        # Past the budget, the readings of the gaps beside the quote (_gaps_beside):
        # the rows beside it read their windows from them.
        self.before_gap: _Gap | None = None
        self.after_gap: _Gap | None = None

    def _once(self, key: str, make: Callable[[], Attribution | None]) -> Attribution | None:
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def find(self, rule: Rule) -> Attribution | None:
        """What ``rule`` finds for the quote, worked out once (a row may read the others)."""
        found = self._found
        if rule.name in found:
            return found[rule.name]
        got = rule.find(self)
        if got is not None and _not_one_speaker(got, self.q, self.ctx.text):
            got = None
        found[rule.name] = got
        return got

    @property
    def spoken_end(self) -> int:
        """Where the last quote given a speaker before this one ends (-1: none)."""
        if self.last_speech is None:
            return -1
        return self.quotes[self.last_speech[0]].outer_end

    def wordless(self) -> bool:
        """:func:`_wordless` for the quote, worked out once (the first row reads the rest)."""
        if self._wordless is None:
            after = self.after_gap
            before = self.before_gap
            if after is not None and after.first_word < min(after.end, self.end + _AFTER):
                # A word right after the quote, where _wordless looks first.
                self._wordless = False
            elif before is not None and self.start - _FAR <= before.first_word < self.start:
                # A word in the gap before it (which no quote reaches into: see
                # attribute_rows), within the _FAR characters _wordless reads back.
                self._wordless = False
            else:
                self._wordless = _wordless(self.q, self.ctx, self.para, self.end_para)
        return self._wordless

    def before(self) -> Attribution | None:
        """A cue and its subject earlier in the quote's sentence (past the budget, from
        the reading of its window shared with every quote whose window reads the same:
        :meth:`lead_in_reading`)."""
        memo = self._memo
        if "before" not in memo:
            reading = self.lead_in_reading()
            if reading is None or not reading.pure:
                memo["before"] = self.before_in(self.before_tokens())
            else:
                memo["before"] = reading.found_at(self)
        return memo["before"]

    def words_before(self, start: int) -> list[Token]:
        """The tokens of ``[start, quote start)`` outside the quotes that do not hold
        the quote (:func:`_strip_quote_tokens`), for a quote inside another: the nested
        row and :meth:`before_tokens` most often read them from the same start."""
        kept = self._words_kept
        if kept is None or kept[0] != start:
            ctx = self.ctx
            kept = self._words_kept = (
                start,
                _strip_quote_tokens(ctx.tokens(start, self.start), ctx, self.q),
            )
        return kept[1]

    def before_in(self, toks: list[Token]) -> Attribution | None:
        """:func:`_before` on ``toks``, which it reads with the quote and the text
        alone (not ``lo``): the nested row reads the outer quote's words before the
        quote, and for a quote inside another they are most often the very tokens
        :meth:`before` reads, so the second reading of the same list is the first's."""
        kept = self._before_kept
        if kept is not None and kept[0] == toks:
            return kept[1]
        found = _before(self.q, self.ctx, self.lo, toks)
        self._before_kept = (toks, found)
        return found

    def lead_in_reading(self) -> _LeadIn | None:
        """Past the budget, with the gap before the quote read (:attr:`before_gap`), the
        reading of the window :meth:`before` reads, ``[sentence_start, quote start)``,
        shared by every quote of the article whose window holds the same characters
        (:class:`_LeadIns`); ``None`` elsewhere, and for a window too long to key on."""
        gap = self.before_gap
        if self._lead_in is None and gap is not None:
            start = self.lead_start()
            if self.start - start <= _LEAD_IN_KEY:
                window = self.ctx.text[start : self.start]
                self._lead_in = _lead_in_at(self.ctx, gap, start, self.start, window)
        return self._lead_in

    def lead_start(self) -> int:
        """``ctx.sentence_start(lo, start)``, where the window before the quote read
        past the budget begins (:meth:`lead_in_reading`, :meth:`before_tokens`), found
        once. In a paragraph with no sentence punctuation (:meth:`_Context.calm`) that
        holds the quote's start and the three characters after it, which
        :meth:`.layer.TextLayer.breaks` reads, no break is found, and the sentence is
        read from ``lo`` when that is at most ``_FAR`` characters back."""
        if self._lead_start < 0:
            self._lead_start = _lead_start(self.ctx, self.lo, self.start, self.para)
        return self._lead_start

    def before_tokens(self) -> list[Token]:
        """The tokens :meth:`before` reads (:func:`_before_tokens`), made once: none
        when nothing but white space stands between :attr:`lo` and the quote (every
        window read here starts at or after ``lo``: :meth:`blank_before`)."""
        if self._before_toks is None:
            gap = self.before_gap
            if self.blank_before():
                self._before_toks = []
            elif gap is None and self.q.depth > 0:
                start = self.ctx.sentence_start(self.lo, self.start)
                self._before_toks = self.words_before(start)
            elif gap is None:
                self._before_toks = _before_tokens(self.q, self.ctx, self.lo)
            else:
                # No quote stands in the gap: its tokens are the ones outside quotes.
                start = self.lead_start()
                self._before_toks = gap.window(start, self.start)
        return self._before_toks

    def cue_may_end_at_quote(self) -> bool:
        """False when :meth:`before` can give no cue that ends within 3 characters
        of the quote, nor one read before a colon: the last token is no colon and
        none of the last four tokens (the only ones that can end that close) is a
        word, as a cue's last word (cue verbs, *told reporters*, a speech noun) is.
        Read by the lead-in row before it asks :meth:`before`."""
        reading = self.lead_in_reading()
        if reading is not None:
            return reading.cue_near
        return _cue_near(self.before_tokens(), self.start)

    def after_adjacent(self) -> Attribution | None:
        """:func:`_after_adjacent` for the quote, read up to :attr:`hi`: past the budget,
        with the gap after it read (:attr:`after_gap`), shared by every quote of the
        article with the same :func:`_trail_key`."""
        gap, ctx = self.after_gap, self.ctx
        if self.blank_after(self.hi):
            return None  # no token to read (the window lies within [end, hi))
        if _opens_no_speaker(ctx.text, self.end, self.hi):
            return None  # '"...," and then ...': settled by its first word
        if gap is None:
            return _after_adjacent(self.q, ctx, self.hi)
        end = self.end
        stop = _after_stop(ctx, end, self.hi)
        if stop - end > _LEAD_IN_KEY:
            return _after_adjacent(self.q, ctx, self.hi, gap)
        memo = ctx.trails
        key = _trail_key(self.q, ctx, self.start, end, stop)
        if key in memo:
            kept, at = memo[key]
            return _shifted(kept, end - at)
        found = _after_adjacent(self.q, ctx, self.hi, gap)
        _remember(memo, key, (found, end))
        return found

    def later(self) -> Attribution | None:
        """A cue and its speaker later in the quote's sentence (none when nothing but
        white space follows the quote in its paragraph: :meth:`blank_after`)."""
        hi = self.end_para[1]
        return self._once(
            "later",
            lambda: None if self.blank_after(hi) else _after_sentence(self.q, self.ctx, hi),
        )

    def blank_before(self) -> bool:
        """True when nothing but white space stands between :attr:`lo` and the quote's
        start (or ``lo`` is not before it): a window that starts at or after ``lo``
        and ends at the quote (the sentence before it, :meth:`before_tokens`) has no
        token. A quote that opens its paragraph (or follows the quote before it past
        the budget with only spaces between) is settled here."""
        lo, start = self.lo, self.start
        return lo >= start or _SPACE.fullmatch(self.ctx.text, lo, start) is not None

    def blank_after(self, hi: int) -> bool:
        """True when nothing but white space stands between the quote's end and ``hi``
        (or ``hi`` is not past it). White space starts no token (``tokenize``), so a
        window that begins at the quote's end and stops by ``hi`` has no token, and the
        rows that read only such a window find nothing there: :meth:`after_adjacent`
        reads ``[end, _after_stop(end, hi))`` and :meth:`later` reads up to the
        sentence's end within ``[end, end_para[1]]``. Most quotes that close their
        paragraph (the second part of a split quote, a quote the next paragraph
        continues) are settled here without a window's tokens or sentence breaks."""
        end = self.end
        return end >= hi or _SPACE.fullmatch(self.ctx.text, end, hi) is not None

    def headline(self) -> Attribution | None:
        """The speaker a headline paragraph names (*Name: ...*, *Name Verbs ...*)."""
        return self._once(
            "headline",
            lambda: (
                _headline_speaker(self.q, self.ctx, self.para)
                or _headline_verb(self.q, self.ctx, self.para)
            ),
        )


def never_attributed(q: Quote) -> bool:
    """True for a span that no rule is tried on: a sign, a title, a nickname, and
    a non-speech span nested in another quote (*"The 'fake' polls are wrong," Roe
    wrote*): its kind was read in the words of that quote, so a cue outside them
    is the outer quote's."""
    return q.kind is _NON_SPEECH and (q.parent is not None or names_not_speech(q.kind_reason))


def _attribute_one(site: Site, rules: tuple[Rule, ...]) -> tuple[Rule | None, Attribution | None]:
    """The first rule of the table that fires for the quote, and what it found.

    A row may itself run the rows after it (``document-author``): when it then finds
    nothing, the rows after it give what they gave in that run (each row's answer is
    kept on the ``Site``: asked again, each would give it again), so that run's
    answer (:attr:`Site.ran`) is taken at once, without asking them one by one."""
    q = site.q
    if never_attributed(q):
        return None, None  # nobody said it
    if site.wordless():
        rules = _not_beside(rules)
    rows = _applying(rules, q.kind)
    for rule in rows:
        found = site.find(rule)
        if found is not None:
            site.ran = (rows, rule, found)
            return rule, found
        ran = site.ran
        if ran is not None and ran[0] == _after_first(rows):
            # The rows still to ask are the last of those: none before them fired.
            site.ran = (rows, ran[1], ran[2])
            return ran[1], ran[2]
    site.ran = (rows, None, None)
    return None, None


# id(rows) -> (rows, rows[1:]): kept with the tuple itself, as in _NOT_BESIDE.
_AFTER_FIRST: dict[int, tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _after_first(rows: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """``rows`` without its first row."""
    got = _AFTER_FIRST.get(id(rows))
    if got is None or got[0] is not rows:
        got = _AFTER_FIRST[id(rows)] = (rows, rows[1:])
    return got[1]


# (id(rules), kind) -> (rules, its rows that apply to quotes of that kind): kept with
# the tuple itself, as in _NOT_BESIDE.
_APPLYING: dict[tuple[int, QuoteKind], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _applying(rules: tuple[Rule, ...], kind: QuoteKind) -> tuple[Rule, ...]:
    """The rows of ``rules`` whose ``applies_to`` holds ``kind``, in their order."""
    key = (id(rules), kind)
    got = _APPLYING.get(key)
    if got is None or got[0] is not rules:
        got = _APPLYING[key] = (rules, tuple(r for r in rules if kind in r.applies_to))
    return got[1]


# id(rules) -> (rules, its rows that are not marked reads_beside): kept with the
# tuple itself, so an id is never reused while its entry stands.
_NOT_BESIDE: dict[int, tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _not_beside(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rows of ``rules`` that do not read a cue beside the quote, in their order."""
    got = _NOT_BESIDE.get(id(rules))
    if got is None or got[0] is not rules:
        got = _NOT_BESIDE[id(rules)] = (rules, tuple(r for r in rules if not r.reads_beside))
    return got[1]


# The finders of the rule table (.rules.RULES), in its order: each takes a Site and
# gives an Attribution, or None when its rule does not fire for that quote (the
# headline rules and cue-later use Site.headline and Site.later as they are).


def find_split_quote(site: Site) -> Attribution | None:
    """The second part of a split quote keeps the first part's speaker."""
    return _split_quote(site.q, site.ctx, site.last_speech, site.quotes)


def find_transcript_name(site: Site) -> Attribution | None:
    """A transcript's speaker named in capitals inside the quote."""
    return _transcript_speaker(site.q, site.ctx)


# How many commas inside an unclosed quote are tried as the place its closer was lost.
_UNCLOSED_TRIES = 3
# How many words after such a comma a cue verb may come (*, said*; *, Lee Park said*).
_UNCLOSED_REACH = 4
_CUE_VERB_WORDS = load("cue_verbs")
# How far into such a quote its first sentence is read (a longer one is left alone).
_UNCLOSED_WINDOW = 400
# What may follow the subject of such a cue: an apposition's comma, a stop, the span's end.
_CLAUSE_ENDS = frozenset({",", ".", ";", ""})


def find_unclosed_cue(site: Site) -> Attribution | None:
    """A quote whose closing mark was lost before its cue (*"We will win, said Lee.*).

    The parser closed it where its recovery could (its sentence's or its paragraph's
    end, reported as ``unclosed``), so its cue lies inside the span. A comma in its
    first sentence with a cue verb within four words after it is where the words
    spoken end: the cue read right after that comma, as after a closing mark, names
    the speaker if it is a *said X* or *X said* cue that ends its clause (a comma, a
    stop or the span's end after the subject and the verb). Later sentences are left alone: a
    letter or a story read aloud reports speech of its own (*Ann says she's well*).
    The span stays as the parser found it.
    """
    q = site.q
    if q.close_mark is not None or q.reopen_marks or q.depth:
        return None
    text, ctx = site.ctx.text, site.ctx
    toks = ctx.tokens(q.start, min(q.end, q.start + _UNCLOSED_WINDOW))
    n, tries = len(toks), 0
    for k in range(1, n - 1):
        if toks[k].text in _SENTENCE_ENDS:
            return None  # past the first sentence
        if toks[k].text != ",":
            continue
        ahead = toks[k + 1 : min(n, k + 1 + _UNCLOSED_REACH)]
        if not any(t.lower in _CUE_VERB_WORDS for t in ahead):
            continue
        tries += 1
        if tries > _UNCLOSED_TRIES:
            return None
        end = toks[k].end
        spoken = attrs.evolve(q, end=end, text=text[q.start : end])
        found = _after_adjacent(spoken, ctx, q.end)
        if found is None or found.mention is None or found.cue is None:
            continue
        clause_end = max(found.mention.end, found.cue.end)
        if (
            found.cue.rule in _STRONG_AFTER
            and text[clause_end : q.end].lstrip()[:1] in _CLAUSE_ENDS
        ):
            return found
    return None


def find_lead_in(site: Site) -> Attribution | None:
    """A cue and its subject right before a comma or colon that opens the quote."""
    start, text = site.start, site.ctx.text
    if not text[max(site.para[0], start - 40) : start].rstrip().endswith((",", ":")):
        return None
    if not site.cue_may_end_at_quote():
        return None  # the test below fails whatever before() finds
    # 'Milly said, "..."' and 'Mr Putin answered in English: "..."' come first.
    found = site.before()
    if (
        found is not None
        and found.cue is not None
        and (found.cue.rule == "colon-lead-in" or start - found.cue.end <= 3)
    ):
        return found
    return None


def find_after_quote(site: Site) -> Attribution | None:
    """A cue right after the quote (a non-speech span takes only *said X* / *X said*)."""
    q = site.q
    found = site.after_adjacent()
    if found is not None and (
        q.kind is not _NON_SPEECH or (found.cue is not None and found.cue.rule in _STRONG_AFTER)
    ):
        if found.cue is not None and found.cue.rule in _WEAK_AFTER and _cue_right_before(site):
            # 'what Roe called "the worst year," the mayor is sure': a cue right before
            # the quote outranks a verb after it that the lexicon does not know.
            return None
        if _fronted_clause_cue(site):
            # 'Even as Hale claimed that "...", an inspector said ...': the quote is
            # what the cue of the opening subordinate clause takes, not the main clause's.
            return None
        if _next_quote_cue(site, found):
            return None
        if found.cue is not None and found.cue.rule == "quote-dash-X" and _cued_fragment(site):
            return None
        return found
    return None


def _cued_fragment(site: Site) -> bool:
    """True when the quote is a fragment whose own sentence names its speaker with a
    cue before it ('Roe said the plan was "dead." - Tom Hale'): a dash and a name
    after it, in the sentence or on the next line, credit the story (an outlet, a
    reporter), not the fragment. A fragment with no cue of its own keeps the name
    after the dash as its source (*All she has is "the best of luck." - Ana Ruiz*)."""
    if site.q.kind is not QuoteKind.PARTIAL:
        return False
    before = site.before()
    return before is not None and before.cue is not None


def _next_quote_cue(site: Site, found: Attribution) -> bool:
    """True when the cue ``found`` after the quote leads in the next quote (a comma
    or a colon, then that quote's opening mark) while a cue with its subject stands
    before this one in its sentence: 'Ann said, quietly, "Tea?" Tom replied, "No."': *Tom replied*
    is the second quote's lead-in; the first has its own."""
    cue, mention = found.cue, found.mention
    if cue is None:
        return False
    end = cue.end if mention is None else max(cue.end, mention.end)
    ctx = site.ctx
    i = bisect.bisect_left(ctx.quote_starts, end)
    if i >= len(ctx.quote_starts) or ctx.quote_starts[i] - end > _LEAD_GAP:
        return False
    if ctx.text[end : ctx.quote_starts[i]].strip() not in (",", ":"):
        return False
    before = _cue_with_subject(site)
    return (
        before is not None
        and before.cue is not None
        and not ctx.layer.has_stop(before.cue.end, site.q.outer_start)
    )


_LEAD_GAP = 4  # characters between a lead-in cue and the quote it leads in: ", " and a line break


_FRONTED = load("fronted_subordinators")
# One of them as a word of its own, in any case: where a token of that form stands
# (in a window whose tokens lower-case as typed: layer.lowers_as_typed).
_FRONTED_WORD = regex.compile(
    r"(?<![A-Za-z0-9])(?:"
    + "|".join(regex.escape(w) for w in sorted(_FRONTED, key=len, reverse=True))
    + r")(?![A-Za-z0-9])",
    regex.IGNORECASE,
)


def _may_front(site: Site) -> bool:
    """False when no token of the sentence before the quote (what
    :meth:`Site.before_tokens` reads, not past the budget) can be a fronted
    subordinator: nothing but white space there, or a window whose tokens lower-case
    as typed and that spells none of them as a word (:data:`_FRONTED_WORD`). Asked by
    :func:`_fronted_clause_cue` before it reads the sentence's tokens.

    >>> from quoteverify import parse
    >>> text = 'Roe said the plan was "dead," and left.'
    >>> ctx = _Context(text, list(parse(text).quotes), [(0, len(text))])
    >>> _may_front(Site(ctx.quotes[0], ctx, (0, len(text)), ctx.quotes, None, idx=0))
    False
    """
    if site.blank_before():
        return False
    ctx, start = site.ctx, site.start
    lo = ctx.sentence_start(site.lo, start)
    if not lowers_as_typed(ctx.text, lo, start):
        return True
    return _FRONTED_WORD.search(ctx.text[lo:start]) is not None


def _fronted_clause_cue(site: Site) -> bool:
    """True when the quote's sentence opens on a subordinate clause (*Even as*, *While*,
    *Although*: ``lexicons/fronted_subordinators.txt``, after *But*, *And* or *Even*)
    that no comma has closed before the quote, and a cue of that clause, with its
    subject inside it, is found before the quote: the quote is that clause's."""
    gap = site.before_gap
    if gap is not None and gap.first_word >= site.start:
        # No letter or digit between the quote before and this one: no clause opens
        # there (the tokens read would be marks and punctuation only).
        return False
    if gap is None and site._before_toks is None and not _may_front(site):
        return False  # no token the test below looks for (the tokens are left unread)
    toks = site.before_tokens()
    if len(toks) < 3:
        return False
    i = 0
    while i < len(toks) - 1 and (toks[i].lower in _CONNECTIVES or toks[i].lower == "even"):
        i += 1
    if toks[i].lower not in _FRONTED or any(t.text == "," for t in toks[i:]):
        return False
    before = _cue_with_subject(site)
    return before is not None and before.mention is not None and before.mention.start >= toks[i].end


_WEAK_AFTER = frozenset({"quote-X-verbed", "quote-verbed-X"})


def _cue_right_before(site: Site) -> bool:
    """True when a cue of the lexicon ends right before the quote (*what Roe called
    "..."*), with its subject found."""
    if not site.cue_may_end_at_quote():
        return False
    before = _cue_with_subject(site)
    return (
        before is not None and before.cue is not None and site.q.outer_start - before.cue.end <= 3
    )


def _cue_with_subject(site: Site) -> Attribution | None:
    """What :meth:`Site.before` finds when it is a cue of the lexicon with its subject
    before it (the rule *X-said-quote*), else ``None``."""
    before = site.before()
    if before is None or before.cue is None or before.cue.rule != "X-said-quote":
        return None
    return before


def find_dash_paragraph(site: Site) -> Attribution | None:
    """A paragraph of its own after the quote that opens with a dash and a name (not
    after a fragment whose sentence names its speaker: :func:`_cued_fragment`)."""
    found = _dash_paragraph(site.q, site.ctx, site.end_para)
    return None if found is None or _cued_fragment(site) else found


def find_cleft_after(site: Site) -> Attribution | None:
    """'"There is a later will." It was Tom Ward who spoke.': the name that a cleft
    sentence right after the quote (*It was X who* and a cue) puts forward as the
    speaker, in the quote's paragraph or opening the next one."""
    q, ctx = site.q, site.ctx
    text = ctx.text
    gap = _CLEFT_GAP.match(text, q.outer_end)  # (it matches, maybe empty)
    at = q.outer_end if gap is None else gap.end()
    m = _CLEFT_HEAD.match(text, at) if text.startswith("It was", at) else None
    if m is None:
        return None
    toks = ctx.layer.tokens(m.end(), min(len(text), m.end() + _CLEFT_REACH))
    found = phrase_after(toks, 0, text=text)
    if found is None or found.kind is not PhraseKind.NAME:
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= found.end), len(toks))
    if k + 1 >= len(toks) or toks[k].lower != "who":
        return None
    cue_end = _cue_at(toks, k + 1, len(toks))
    if cue_end <= k + 1:
        return None
    return Attribution(mention=found, cue=_cue(toks, (k + 1, cue_end), text, "quote-it-was-X", 0.8))


# Spaces and at most one blank line after the quote, then "It was": a cleft sentence.
# (Two patterns, the gap matched first: one pattern that holds the words looks for
# them through the rest of the text before it tries the quote's end, which costs a
# long document a scan per quote. The gap is possessive, so the two read alike.)
_CLEFT_GAP = regex.compile(r"[ \t]*+(?:\r?+\n[ \t]*+){0,2}+")
_CLEFT_HEAD = regex.compile(r"It was[ \t]++")
_CLEFT_REACH = 80  # characters of the name and its cue after "It was"


def find_cue_closes_sentence(site: Site) -> Attribution | None:
    """A short cue clause after a comma that closes the quote's sentence."""
    if not _may_end_sentence(site.q, site.ctx.text):
        return None  # no cue site.later() finds could pass _ends_sentence
    if not _clause_comma_after(site):
        return None  # nor here: its comma is missing (site.later() is left unread)
    found = site.later()
    if found is not None and found.cue is not None and _ends_sentence(site.ctx, found.cue):
        return None if _fronted_clause_cue(site) or _next_quote_cue(site, found) else found
    return None


def _clause_comma_after(site: Site) -> bool:
    """False when no cue that :meth:`Site.later` can find for the quote has the comma
    :func:`_ends_sentence` asks for (:func:`_clause_comma`), or when it finds none
    (nothing but white space after the quote, or a quote that closes its sentence);
    the sentence's end is read as :func:`_after_sentence` reads it."""
    q, ctx = site.q, site.ctx
    hi = site.end_para[1]
    if site.blank_after(hi) or _closes_its_sentence(q, ctx):
        return False
    return _clause_comma(ctx.text, q.outer_end, ctx.sentence_end(q.outer_end, hi))


def _clause_comma(text: str, start: int, end: int) -> bool:
    """False when no cue found in ``text[start:end]`` (a quote's sentence after it)
    can open its clause with a comma as :func:`_ends_sentence` asks: one within
    :data:`_CUE_CLAUSE_REACH` characters before the cue, at most :data:`_CUE_CLAUSE_WORDS`
    words from it. Such a comma stands in ``[start, end)``, or before ``start``
    (inside the quote, or between its last words and its mark) with at most that
    many words up to ``start``: the last comma there has the fewest.

    >>> text = '"We lost, and the levy went through." It rained.'
    >>> _clause_comma(text, 37, 48), _clause_comma('"We lost," she said.', 10, 20)
    (False, True)
    """
    comma = text.rfind(",", max(0, start - _CUE_CLAUSE_REACH), start)
    if comma >= 0 and len(text[comma + 1 : start].split()) <= _CUE_CLAUSE_WORDS:
        return True
    return text.find(",", start, end) >= 0


def find_cue_later(site: Site) -> Attribution | None:
    """A cue later in the quote's sentence, unless it leads in the next quote while
    the quote has a cue of its own before it (:func:`_next_quote_cue`)."""
    found = site.later()
    if found is not None and _next_quote_cue(site, found):
        return None
    return found


def find_cue_before(site: Site) -> Attribution | None:
    """A cue earlier in the sentence and its subject (for a non-speech span, a firm one)."""
    found = site.before()
    if site.q.kind is _NON_SPEECH and (
        found is None or found.cue is None or found.cue.confidence < 0.6
    ):
        return None
    if (
        found is not None
        and found.mention is not None
        and _names_cited_word(found.mention, site.ctx.text)
    ):
        return None  # 'The word "x" was added to the list, along with "y"'
    return found


_FAR_KEY = "previous-sentence-far"  # Site._memo: the far reading, when settled


def find_previous_sentence(site: Site) -> Attribution | None:
    """A bare cue clause in the sentence or paragraph just before the quote, unless
    the quote's own sentence goes on to a cue ('"...," to focus on it, she said')."""
    if site.later() is not None:
        return None
    covers: list[bool] = []
    found = _previous_sentence(site.q, site.ctx, site.para, spoken=site.spoken_end, covers=covers)
    if found is None and all(covers):
        # Only ``reach`` tells the far reading from this one: every step before the
        # walk over the cues reads the same, and a walk that took in all the tokens
        # the far one walks (from the last down to the second) found nothing there.
        site._memo[_FAR_KEY] = None
    return found


def find_framing_sentence(site: Site) -> Attribution | None:
    """A short sentence opening on a name right before a direct quote with no cue."""
    if site.q.kind is not _DIRECT or site.q.depth > 0:
        return None
    return _framing_sentence(site.q, site.ctx, site.para)


def find_framing_paragraph(site: Site) -> Attribution | None:
    """A framing sentence read further: opening on *he*, *she* or a descriptor with a
    name in apposition, or closing the paragraph before a quote that is one."""
    if site.q.kind is not QuoteKind.DIRECT or site.q.depth > 0:
        return None
    return _framing_sentence(site.q, site.ctx, site.para, beyond=True)


# "his", "her", "its", "their": a third person's determiner, the owner of a speech noun
# after it ("her promise to stay 'neutral'"); "my" and "our" are the writer's.
_OWNER_PRONOUNS = load("determiners") & (
    select("pronouns", person="3") - select("pronouns", case="demonstrative")
)
_OWNED_REACH = 30  # characters from the owned speech noun to its quote
# After the noun: "of" names a topic (*his criticism of "..."*), a pronoun the object
# of a verb spelled as the noun (*her team calls her "..."*).
_NOT_WORDS_AFTER = (select("pronouns") - {"that"}) | {"of"}


def find_pronoun_owner(site: Site) -> Attribution | None:
    """ "Her promise to stay 'neutral' worried the unions": a quote no other row
    attributes, a few words after a speech noun that a third person's pronoun owns
    (only lower-case modifiers between them, no function word: *gave her a warning*
    names the hearer); no quote, comma or cue between the noun and the quote but a
    comma or colon right before it. The pronoun speaks, named as any pronoun is.

    >>> from quoteverify import parse
    >>> text = 'Ana Ruiz spoke on Friday. Her promise to stay "neutral" has worried many.'
    >>> parse(text).quotes[0].speaker.name
    'Ana Ruiz'
    """
    toks = site.before_tokens()
    q, text = site.q, site.ctx.text
    # The last speech noun within reach of the quote: token ends only fall going back,
    # so the walk stops at the first token too far off (any noun before it is too).
    reach = q.outer_start - _OWNED_REACH
    k = len(toks) - 1
    while k > 0 and toks[k].lower not in _SPEECH_NOUNS:
        if toks[k].end < reach:
            return None
        k -= 1
    if k <= 0 or toks[k].end < reach:
        return None
    between = text[toks[k].end : q.outer_start].rstrip().rstrip(",:")
    if any(not c.isalnum() and not c.isspace() and c not in "-'’" for c in between):
        return None  # a quote, a comma or a stop between: the noun is not the quote's
    n = len(toks)
    if any(_cue_at(toks, c, n) > c for c in range(k + 1, n)):
        return None
    if k + 1 < n and toks[k + 1].lower in _NOT_WORDS_AFTER:
        return None  # "his criticism of", "her team calls her": a topic, or a verb
    for o in range(k - 1, max(-1, k - 4), -1):
        word = toks[o]
        if word.lower in _OWNER_PRONOUNS:
            owner = word
            break
        if not word.text.islower() or word.lower in _STOPWORDS:
            return None
    else:
        return None
    if o < k - 1 and toks[k].lower.endswith("s") and _cue_at(toks, k, n) > k:
        return None  # "her economic plan promises to": the noun is the verb
    found = _new_found(
        start=owner.start, end=owner.end, text=owner.text, kind=_PRONOUN, head=owner.text, title=""
    )
    return Attribution(mention=found, cue=_cue(toks, (k, k + 1), text, "X's-words-quote", 0.55))


# "in her words", "according to him", "in Ana Roe's view": a frame a line, "*" its owner.
_VIEW_FRAMES = tuple(tuple(frame.split()) for frame in load("view_frames"))
_FRAME_OWNERS = _OWNER_PRONOUNS | (
    select("pronouns", case="object") & select("pronouns", person="3")
)
# A lower-case word right after a quote that opens the clause after a frame: the quote
# is that clause's subject, a name or a term the owner is said to hold, not words the
# owner spoke (*According to him, "Tiny" was his nickname*; *In her view, "reform" means
# cuts*); a coordinator there (``coordinators.txt``) goes on past the owner's words
# (*"the plan is dead" and*).
_QUOTE_AS_SUBJECT = regex.compile(r"[ ]++(\p{Ll}++)")
_OWNER_NAME_REACH = 4  # tokens of a possessive name in a frame (Ana Roe's)


def _frame_owner(toks: list[Token], at: int, frame: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the owner of ``frame`` matched at token ``at`` runs (its first and last
    token), or None when the frame does not match there: a third person's pronoun
    or a capitalised name ending in a possessive fills its ``*``, and a comma follows
    an owner that ends the frame (*according to him,*, not *according to her plan*)."""
    slot = frame.index("*")
    n = len(toks)
    if at + len(frame) > n or any(toks[at + i].lower != w for i, w in enumerate(frame[:slot])):
        return None
    first = at + slot
    if toks[first].lower in _FRAME_OWNERS:
        last = first
    else:
        last = next(
            (
                j
                for j in range(first, min(n, first + _OWNER_NAME_REACH))
                if toks[j].text.endswith(("'s", "’s"))
            ),
            -1,
        )
        if last < 0 or not all(toks[j].text[:1].isupper() for j in range(first, last + 1)):
            return None
    rest = frame[slot + 1 :]
    if last + len(rest) >= n or any(toks[last + 1 + i].lower != w for i, w in enumerate(rest)):
        return None
    if not rest and (last + 1 == n or toks[last + 1].text != ","):
        return None  # "according to her 'clawback' plan", "to its summary": a determiner
    return first, last


def find_view_frame(site: Site) -> Attribution | None:
    """ "The town, in her words, was 'living beyond its means'", "In Ana Roe's view
    the cut was '...'": a speech quote whose own sentence, before it, gives the words
    or the judgement to an owner by a frame of ``view_frames.txt`` (*in her words*,
    *according to him*, *by his own account*), no cue verb standing between the frame
    and the quote. The owner speaks: a pronoun named as any pronoun is, a possessive
    name read as a name."""
    q = site.q
    if q.kind not in (QuoteKind.DIRECT, QuoteKind.PARTIAL) or q.depth > 0:
        return None
    toks = site.before_tokens()
    text, n = site.ctx.text, len(toks)
    for at in range(n - 1, -1, -1):
        for frame in _VIEW_FRAMES:
            if toks[at].lower != frame[0]:
                continue
            owner = _frame_owner(toks, at, frame)
            if owner is None:
                continue
            last = owner[1]
            end = last + len(frame) - frame.index("*")
            if any(_cue_at(toks, c, n) > c for c in range(end, n)):
                return None  # a cue of its own after the frame: another row's
            if (
                all(t.text == "," for t in toks[end:])
                and (verb := _QUOTE_AS_SUBJECT.match(text, site.end)) is not None
                and verb[1] not in _COORDINATORS
            ):
                return None  # "According to him, 'Tiny' was his nickname": a name's
            found = _owner_found(toks, owner, text)
            if found is None:
                return None
            return Attribution(mention=found, cue=_cue(toks, (at, end), text, "view-frame", 0.55))
    return None


def _token_pronoun(tok: Token) -> Found:
    """The pronoun ``tok`` as a speaker's phrase."""
    return _new_found(
        start=tok.start, end=tok.end, text=tok.text, kind=_PRONOUN, head=tok.text, title=""
    )


def _owner_found(toks: list[Token], owner: tuple[int, int], text: str) -> Found | None:
    """The owner a view frame names (its first and last token): a pronoun, or a
    possessive name read as a name or a body; None for anything else."""
    first, last = owner
    tok = toks[first]
    if first == last and tok.lower in _FRAME_OWNERS:
        return _token_pronoun(tok)
    name = tokenize(text, tok.start, toks[last].end - 2)
    found = phrase_before(name, len(name), text=text)
    if found is None or found.kind not in (PhraseKind.NAME, PhraseKind.ORGANIZATION):
        return None
    return found


def find_continuation(site: Site) -> Attribution | None:
    """No cue of its own: the speaker of the speech quote just before."""
    return _continuation(
        site.q, site.ctx, site.para, site.quotes, site.last_speech, asked_of=site.asked_of
    )


_OBJECT_VERBS = load("object_verbs")


def _verb_window(site: Site) -> list[Token]:
    """The tokens :func:`_verbed_before` reads: the quote's sentence from its paragraph's
    start up to the quote, outside every quote. For a quote outside quotes whose rows
    read from its paragraph's start (not past the budget), these are the tokens
    :meth:`Site.before` reads, made once for both rows (``cue-before`` is asked first);
    a quote inside another keeps the outer quote's words there, so it reads its own."""
    q, ctx, lo = site.q, site.ctx, site.para[0]
    if q.depth == 0 and site.before_gap is None and site.lo == lo:
        return site.before_tokens()
    return ctx.outside_tokens(ctx.sentence_start(lo, site.start), site.start)


def find_verb_before(site: Site) -> Attribution | None:
    """A subject and a verb the lexicon does not know (for a non-speech span, a named one)."""
    found = _verbed_before(site.ctx, _verb_window(site))
    if site.q.kind is _NON_SPEECH and not (
        found is not None
        and found.mention is not None
        and found.mention.kind in (PhraseKind.NAME, PhraseKind.PRONOUN)
        and (found.cue is None or found.cue.text.lower() not in _OBJECT_VERBS)
    ):
        # 'Ruiz owed the firm $9,000 for "data work"': a verb whose object is a
        # thing (lexicons/object_verbs.txt) reports nobody's words.
        return None
    return found


def find_previous_sentence_far(site: Site) -> Attribution | None:
    """A cue anywhere in the sentence before the quote: the last resort (None without
    reading when :func:`find_previous_sentence` found that it reads nothing more)."""
    return site._once(
        _FAR_KEY,
        lambda: _previous_sentence(site.q, site.ctx, site.para, far=True, spoken=site.spoken_end),
    )


_ECHO_OPENERS = load("echo_openers")
# "The", "Her", "Their" before a word for an utterance: "The words were those of Ana
# Ruiz."
_UTTERANCE_DETERMINERS = load("descriptor_articles")
_ECHO_REACH = 24  # tokens of the echoing sentence read for the name
_SENTENCE_ENDS = frozenset(".!?")
_POSSESSIVE_ENDS = ("'s", "’s")


def _sentence_after(site: Site) -> int | None:
    """Where the sentence after a direct quote that ends its own sentence opens, in
    the quote's paragraph, on a capital; ``None`` when the quote is not direct, is
    inside another, or its sentence goes on (*"...," That ...*)."""
    q, text, hi = site.q, site.ctx.text, site.end_para[1]
    if q.kind is not _DIRECT or q.depth > 0:
        return None
    at = q.outer_end
    if q.text.rstrip()[-1:] not in _SENTENCE_ENDS and text[at : at + 1] != ".":
        return None
    while at < hi and text[at] in " .":
        at += 1
    return at if at < hi and text[at].isupper() else None


def find_echo_sentence(site: Site) -> Attribution | None:
    """A direct quote that ends its sentence, and a sentence right after it in its
    paragraph that points back to it and names who said it: *"...". That was how Ruiz
    put it.*, *"...". Those were the words of Mayor Ana Ruiz.*, *"...". So said Ruiz.*

    The next sentence opens on a demonstrative (``lexicons/echo_openers.txt``) and a
    form of *be* (or *So* and a cue verb), and holds a cue or a word naming an
    utterance (``speech_nouns.txt``) before the first person it names."""
    ctx = site.ctx
    at = _sentence_after(site)
    if at is None:
        return None
    text, hi = ctx.text, site.end_para[1]
    first = text[at : at + 9].split(" ", 1)[0].lower()
    if (
        first not in _ECHO_OPENERS
        and not (first.endswith(_POSSESSIVE_ENDS) and first[:-2] in _ECHO_OPENERS)
        and not (
            first in _UTTERANCE_DETERMINERS
            and text[at + len(first) + 1 : at + len(first) + 14].split(" ", 1)[0].lower()
            in load("speech_nouns")
        )
    ):
        return None  # (cheap: most quotes stop here, before any token is read)
    toks = ctx.tokens(at, ctx.sentence_end(at, hi))[:_ECHO_REACH]
    n = len(toks)
    opener = toks[0].lower if toks else ""
    if n < 3:
        return None
    if opener.endswith(_POSSESSIVE_ENDS) and opener[:-2] in _ECHO_OPENERS:
        first_word, said = 1, False  # "That's what Ruiz told reporters."
    elif opener in _ECHO_OPENERS and toks[1].lower in _BE:
        first_word, said = 2, False  # "That was how ...", "Those were the words of ..."
    elif opener in _ECHO_OPENERS and _cue_at(toks, 1, n) > 1:
        first_word, said = 2, True  # "So said Ruiz"
    elif (
        opener in _ECHO_OPENERS
        and toks[1].lower in load("speech_nouns")
        and (toks[2].text == "," or toks[2].lower in load("author_links"))
    ):
        first_word, said = 3, True  # "Those words from Ruiz ...", "That message, from Ruiz,"
    elif (
        n > 6
        and toks[1].lower in load("speech_nouns")
        and toks[2].lower in _BE
        and toks[3].lower in _ECHO_OPENERS
        and toks[4].lower == "of"
        and toks[5].text[:1].isupper()
    ):
        first_word, said = 5, True  # "The words were those of Ruiz ..."
    else:
        return None
    nouns = load("speech_nouns")
    for k in range(first_word, n):
        tok = toks[k]
        if ctx.inside_quote(tok.start):
            return None
        if tok.lower in _PERSON_SUBJECTS:
            return None  # "So saying he left, and Ana Ruiz ...": the pronoun speaks
        if tok.lower in nouns or _cue_at(toks, k, n) > k:
            said = True
        elif tok.text[:1].isupper():
            found = phrase_after(toks, k, text=text)
            if found is None or found.kind is not PhraseKind.NAME:
                return None
            after = next((j for j in range(k, n) if toks[j].start >= found.end), n)
            # "That was how Ruiz put it": the cue may follow the name.
            if said or (after < n and _cue_at(toks, after, n) > after):
                end = toks[first_word - 1].end
                cue = _new_cue(
                    start=toks[0].start,
                    end=end,
                    text=text[toks[0].start : end],
                    rule="echo-after",
                    confidence=0.6,
                )
                return Attribution(mention=found, cue=cue)
            return None
    return None


# "the", "a", "an", "one": a determiner opening an apposition that introduces a
# person ("Ada Lin, a weaver at the mill,").
_APPOSITION_ARTICLES = load("loose_determiners")


def find_named_after(site: Site) -> Attribution | None:
    """A direct quote that is a sentence of its own with no speaker found for it, and a
    sentence right after it in its paragraph that opens by introducing a person: a
    name, a comma, then an age (*Ada Lin, 72,*) or an apposition opening on an
    article (*Ada Lin, a weaver at the mill,*), the name printed there for the first
    time in the article. After an article, the apposition is a person's
    (:func:`.mentions._person_apposition`, a role or title there, or a given name of
    ``lexicons/given_names.tsv`` opening a name of two words or more and no body's or
    place's noun): *Leeds, a city of 800,000,*, *Victoria, a state,* and *Florence, a
    hurricane,* are no speakers."""
    q, ctx = site.q, site.ctx
    at = _sentence_after(site)
    if at is None:
        return None
    text, hi = ctx.text, site.end_para[1]
    if text[ctx.sentence_start(site.para[0], q.outer_start) : q.outer_start].strip():
        return None  # the quote ends a narrator's sentence
    toks = ctx.tokens(at, ctx.sentence_end(at, hi))[:_ECHO_REACH]
    found = phrase_after(toks, 0, text=text) if toks else None
    if found is None or found.kind is not PhraseKind.NAME:
        return None
    k = next((j for j in range(len(toks)) if toks[j].start >= found.end), len(toks))
    if k + 2 >= len(toks) or toks[k].text != ",":
        return None
    word = toks[k + 1]
    if not (word.text.isdigit() and toks[k + 2].text == ",") and not (
        word.lower in _APPOSITION_ARTICLES
        # (a person's: a role or title in the apposition, or a given name opening
        # a name of two words or more and no body's or place's noun; not "Leeds, a
        # city of ...", "Mount Hood, a volcano,", "Victoria, a state"; nor a lone
        # word that is a given name too: "Florence, a hurricane", "Austin, the capital")
        and _person_apposition(
            toks,
            k - 1,
            articles=_APPOSITION_ARTICLES,
            given=" " in found.head
            and found.head.split(None, 1)[0].casefold() in load_table("given_names"),
        )
    ):
        return None
    if text.find(found.head.rsplit(None, 1)[-1], 0, q.outer_start) >= 0:
        return None  # named before: the article does not introduce the person here
    cue = _new_cue(
        start=toks[k].start,
        end=word.end,
        text=text[toks[k].start : word.end],
        rule="name-after",
        confidence=0.5,
    )
    return Attribution(mention=found, cue=cue)


_COLON_NAME_REACH = 6  # words before a lead-in's colon read for the name it presents


_APPOSITION_REACH = 8  # tokens after a name's comma read for the comma closing its apposition
# A person's role or title, one word (``role_nouns.txt``, ``titles.tsv``).
_ROLE_WORDS = load("role_nouns") | frozenset(t for t in load("titles") if " " not in t)


def _without_appositions(toks: list[Token]) -> list[Token]:
    """``toks`` without the person's apposition set off by two commas after a
    capitalised word (*For Lena Brandt, the mayor, the answer is simple*; *Brandt,
    the director, on the shortage*), so that the name stands where a lead-in with no
    apposition prints it (*For Brandt the answer is simple*). The apposition is one
    :func:`.mentions._person_apposition` reads (an article, then a role or a title
    among its first words, no body's or place's noun, no cue verb after it), or an
    article's phrase that ends on a role or a title (*the hospital director*); the
    same list when there is none.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "For Lena Brandt, the mayor, the answer is simple"
    >>> " ".join(t.text for t in _without_appositions(tokenize(text, 0, len(text))))
    'For Lena Brandt the answer is simple'
    >>> text = "For Leeds, a city of mills, the answer is simple"
    >>> len(_without_appositions(tokenize(text, 0, len(text))))
    12
    """
    n = len(toks)
    for j in range(n - 3):
        if toks[j + 1].text != "," or not toks[j].text[:1].isupper():
            continue
        reach = min(n, j + 2 + _APPOSITION_REACH)
        close = next((k for k in range(j + 3, reach) if toks[k].text == ","), -1)
        if close < 0 or toks[j + 2].lower not in _APPOSITION_ARTICLES:
            continue
        if _person_apposition(toks[:close], j, articles=_APPOSITION_ARTICLES) or (
            # "the hospital director,": a role ending the apposition, a body's noun before it
            toks[close - 1].lower in _ROLE_WORDS
            and not any(_cue_at(toks, k, close) > k for k in range(j + 3, close))
        ):
            return toks[: j + 1] + toks[close + 1 :]
    return toks


def find_colon_name(site: Site) -> Attribution | None:
    """A direct quote right after a colon whose lead-in no row reads as a cue: the
    person named in the last few words before the colon (*Here is Ruiz on the
    budget:*, *a blind faith in Ruiz's word:*, *with Ruiz yelling:*)."""
    q, ctx = site.q, site.ctx
    if q.kind is not QuoteKind.DIRECT:
        return None
    text = ctx.text
    colon = _end_before(text, q.outer_start) - 1  # (no copy of the text before it)
    if colon < 0 or text[colon] != ":":
        return None
    lead = ctx.para_of(colon)
    toks = _without_appositions(ctx.tokens(ctx.sentence_start(lead[0], colon), colon))
    n = len(toks)
    reach = max(0, n - _COLON_NAME_REACH)
    if any(_cue_at(toks, k, n) > k for k in range(reach, n)):
        return None  # "the headline reads:", "her account posted:": the rows above decline
    for end in range(n, reach, -1):
        if ctx.inside_quote(toks[end - 1].start):
            return None
        last = toks[end - 1]
        if last.text.endswith(("'s", "’s")) and last.text[:1].isupper():
            owner = tokenize(text, toks[0].start, last.end - 2)  # "Ruiz's word:"
            found = phrase_before(owner, len(owner), text=text, appositions=False)
        else:
            found = phrase_before(toks, end, text=text, appositions=False)
        if (
            found is not None
            and found.kind is PhraseKind.NAME
            # "Wait, it gets better:", "Transcript as follows:": one capitalised word
            # opening the sentence may be any word.
            and (found.start != toks[0].start or " " in found.text)
        ):
            if _place_in_view(toks, found, text):
                return None
            cue = _new_cue(
                start=colon, end=colon + 1, text=":", rule="colon-lead-in", confidence=0.5
            )
            return Attribution(mention=found, cue=cue)
    return None


def _place_in_view(toks: list[Token], found: Found, text: str) -> bool:
    """True when ``found``, one word, is the name a sentence's opening *For* or *To*
    gives its view to (*For Dover, the cost is high:*) and the text has not printed it
    before after another name word (*Ana Dover*): a town, a county or a firm whose
    view the sentence frames, no speaker of the quote after its colon, as
    :func:`_viewpoint` reads a framing sentence.

    >>> from quoteverify.text.layer import tokenize
    >>> def read(t, at):
    ...     toks = tokenize(t, at, len(t))
    ...     return _place_in_view(toks, phrase_after(toks, 1, text=t), t)
    >>> read("For Dover, the cost is high:", 0), read("Ana Dover won. For Dover, it is:", 15)
    (True, False)
    """
    return (
        len(toks) > 1
        and toks[0].lower in _VIEWPOINT_OPENERS
        and found.start == toks[1].start
        and " " not in found.text
        and not _printed_before(text, found, after_name=True)
    )


def _wordless(q: Quote, ctx: _Context, para: tuple[int, int], end_para: tuple[int, int]) -> bool:
    """True when no word stands anywhere the cue rules would read one for ``q``.

    That is: no letter or digit outside quotes from ``_FAR`` characters before the
    quote (the furthest back its sentence is read) to ``_AFTER`` after it (the
    furthest forward), and none at all between it and the next quote (the one rule
    that reads on into the next quote stops at its first token). Asked only for a
    quote at depth 0 in a paragraph dense with quotes (``{"key": "value", ...}``,
    a list of quoted titles, marks in a row), where it saves most.

    >>> from quoteverify import parse
    >>> art = parse('{' + ', '.join(f'"k{i}": "v{i}"' for i in range(6)) + '}')
    >>> [q.speaker for q in art.quotes][:2]
    [None, None]
    """
    if q.depth > 0 or para != end_para or not ctx._dense(para):
        return False
    after = min(para[1], q.outer_end + _AFTER)
    nxt = bisect.bisect_left(ctx.quote_starts, q.outer_end)
    gap_end = min(ctx.quote_starts[nxt], after) if nxt < len(ctx.quote_starts) else after
    if _WORD_RUN.search(ctx.text, q.outer_end, max(q.outer_end, gap_end)) is not None:
        return False
    return not ctx.words_outside(para, max(para[0], q.outer_start - _FAR), after)


def _continuation(
    q: Quote,
    ctx: _Context,
    para: tuple[int, int],
    quotes: list[Quote],
    last_speech: tuple[int, Attribution, int] | None,
    *,
    asked_of: tuple[int, Attribution, int] | None = None,
) -> Attribution | None:
    """No cue of its own: the speaker of the speech quote just before. After the
    writer's own question (*"Why?" I asked.*) the next quote paragraph is the answer:
    the speaker of the speech before the question (``asked_of``: the question opened
    its paragraph), or nobody; after a named asker's question that says *you*, that
    speaker's when it is someone else (a hearing's exchange)."""
    before = _spoken_before(quotes, last_speech)
    if before is None:
        return None
    prev_q, mention, prev_cue, prev_para = before
    p = bisect.bisect_left(ctx.paras, para)
    same_para = prev_para == para[0]
    opens_para = q.outer_start == para[0] and p > 0 and ctx.paras[p - 1][0] == prev_para
    if opens_para and _interviewer_question(prev_q, mention, prev_cue):
        answerer = _spoken_before(quotes, asked_of)
        writer = mention.text.lower() in _FIRST_PERSON_SUBJECTS
        if answerer is None or answerer[1].text.lower() in _FIRST_PERSON_SUBJECTS:
            if writer:
                return None
        elif writer or answerer[1].text.lower() != mention.text.lower():
            # (A named asker who also spoke before the question asks on: no answer.)
            cue = attrs.evolve(answerer[2], rule="continuation", confidence=0.5)
            return Attribution(mention=answerer[1], cue=cue)
    starts_sentence = not ctx.text[
        ctx.sentence_start(para[0], q.outer_start) : q.outer_start
    ].strip()
    if (same_para or opens_para) and (
        starts_sentence
        or q.kind is QuoteKind.DIRECT
        # A quote inside the one before is its speaker's only in the paragraph that
        # quote opens: a later paragraph of an excerpt quotes the people it names.
        or (prev_q.depth < q.depth and ctx.para_of(prev_q.outer_start)[0] == para[0])
        or _bare_gap(ctx, max(prev_cue.end, mention.end, prev_q.outer_end), q.outer_start)
        or (
            same_para
            and ctx.sentence_start(para[0], q.outer_start) < prev_q.outer_end
            and _aside_gap(ctx, max(prev_cue.end, prev_q.outer_end), q.outer_start)
        )
    ):
        cue = attrs.evolve(prev_cue, rule="continuation", confidence=min(prev_cue.confidence, 0.6))
        return Attribution(mention=mention, cue=cue)
    return None


_PERSON_SUBJECTS = select("pronouns", case="subject") - select("pronouns", gender="neuter")
# "I", "we": the reporter's own voice in a profile or an interview.
_FIRST_PERSON_SUBJECTS = select("pronouns", case="subject", person="1")
# "you": a question that says it is put to someone.
_SECOND_PERSON = select("pronouns", person="2")
_WORDS = regex.compile(r"[a-z]++")


def _interviewer_question(prev_q: Quote, mention: Found, cue: Cue) -> bool:
    """True when ``prev_q`` is a question put to someone: a cue verb that asks
    (``asking_lemmas.txt``), a question mark closing the quote, and a first-person
    subject (*"Is it safe?" I asked.*, *"Why?" we ask.*) or a question that says
    *you* (*"Did you know?" Ruiz asked.*). The quote paragraph after it may be the
    answer, not the asker's words.

    >>> from quoteverify import parse
    >>> art = parse('"Can you sleep?" I asked.\\n"Not since May."')
    >>> [q.speaker.name if q.speaker else None for q in art.quotes]
    ['I', None]
    """
    verb = cue.text.split()[-1].lower() if cue.text.split() else ""
    if verb not in _ASKING or not prev_q.text.rstrip().endswith("?"):
        return False
    if mention.text.lower() in _FIRST_PERSON_SUBJECTS:
        return True
    # A named asker's question put to a witness across the table (*"Did you know?"
    # Ruiz asked.*): it says *you* to the one who answers.
    return any(w in _SECOND_PERSON for w in _WORDS.findall(prev_q.text.lower()))


def _spoken_before(
    quotes: list[Quote], last_speech: tuple[int, Attribution, int] | None
) -> tuple[Quote, Found, Cue, int] | None:
    """The speech quote before, its mention and cue, and the start of its paragraph;
    None when there is none (or it lacks a mention or a cue)."""
    if last_speech is None:
        return None
    prev_idx, prev, prev_para = last_speech
    if prev.mention is None or prev.cue is None:
        return None
    return quotes[prev_idx], prev.mention, prev.cue, prev_para


def find_next_sentence(site: Site) -> Attribution | None:
    """'"...," Roe said. That makes it "a fair deal."': a fragment that no row
    attributes, in the sentence that follows the one holding the speech quote just
    before it and its cue (same paragraph), goes on that quote's speaker."""
    q, ctx, para = site.q, site.ctx, site.para
    before = _spoken_before(site.quotes, site.last_speech)
    if q.kind is not QuoteKind.PARTIAL or before is None:
        return None
    prev_q, mention, prev_cue, prev_para = before
    if prev_para != para[0] or prev_cue.confidence < 0.7:
        return None  # 'It depended on "..." voters.': a guessed verb hands on nothing
    end = max(prev_cue.end, mention.end, prev_q.outer_end)
    start = ctx.sentence_start(para[0], q.outer_start)
    # The quote or its cue stands in the sentence just before: no break between.
    if not prev_q.outer_end <= end <= start or ctx.sentence_start(para[0], start - 1) > end:
        return None
    if any(t.lower in _PERSON_SUBJECTS for t in ctx.outside_tokens(start, q.outer_start)):
        return None  # 'He sat down at the table "so you came"': a person of its own
    cue = attrs.evolve(prev_cue, rule="continuation", confidence=min(prev_cue.confidence, 0.5))
    return Attribution(mention=mention, cue=cue)


def _aside_gap(ctx: _Context, start: int, end: int) -> bool:
    """True when an aside of narration goes on the sentence between ``start`` and
    ``end``: it ends in a comma, a semicolon, a colon or a bracket (or stands between
    two dashes printed as spaces), holds no sentence break, and names no one with a
    cue of their own.

    '"...here is Nell," turning and leading her forward; "it is dark."' and
    '"...as I ought" (here was a glance at Nell); "that I ..."': the quote after it
    goes on the sentence of the quote before, and on its speaker.
    """
    if end - start > _ASIDE_REACH or end <= start:
        return False
    gap = ctx.text[start:end]
    if gap.rstrip()[-1:] not in _ASIDE_ENDS and not (
        gap.startswith(_SPACED_DASH) and gap.endswith(_SPACED_DASH)
    ):
        return False
    if ctx.layer.breaks(start, end):
        return False
    toks = ctx.layer.tokens(start, end)
    return not any(
        toks[k].text[0].isalpha()
        and _cue_at(toks, k, len(toks)) > k
        and phrase_before(toks, k, text=ctx.text, reads=ctx.reads) is not None
        for k in range(1, len(toks))
    )


_ASIDE_REACH = 320  # characters of an aside between two parts of one sentence
_ASIDE_ENDS = frozenset({",", ";", ":", ")"})
# A dash printed as spaces (texts that lost their dashes): an aside opens and closes
# with a run of at least two spaces, where the sentence would have one.
_SPACED_DASH = "  "


def _bare_gap(ctx: _Context, start: int, end: int) -> bool:
    """True when at most a few words and no cue stand between ``start`` and ``end``.

    '"...," Trump said. Instead, "he ..."': the second quote has nothing of its own
    to attribute it, so it goes on the first one's speaker.
    """
    if end - start > 80 or end < start:
        return False
    toks = [t for t in ctx.layer.tokens(start, end) if t.text[0].isalpha()]
    return len(toks) <= 4 and not any(_cue_at(toks, k, len(toks)) > k for k in range(len(toks)))


def is_pronoun(found: Found) -> bool:
    """True when the mention is a personal pronoun."""
    return found.kind is PhraseKind.PRONOUN or found.text.lower() in PRONOUNS


# How far a cue inside a quote may end before the quote it holds ("told me '...'",
# "shouted at us: '...'"): a few characters, or an object pronoun and a colon.
_NESTED_CUE_GAP = 12
_SPEAKER_SELF = frozenset({"i", "we"})


def _holder(q: Quote, ctx: _Context) -> Quote | None:
    """The innermost quote whose words hold ``q``, or ``None`` (``q`` stands alone).

    When the spans nest (``ctx.nested``), every quote that holds ``q`` is on its chain
    of parents, latest start first, so the walk is as long as ``q`` is deep: a quote
    left open before a thousand quoted phrases costs each of them one step, not a walk
    over every quote before it.
    """
    if q.depth == 0:
        return None
    i = bisect.bisect_left(ctx.quote_starts, q.outer_start)
    chain = ctx.nested and i < len(ctx.quotes) and ctx.quotes[i] is q
    i = ctx.parent[i] if chain else i - 1
    while i >= 0:
        outer = ctx.quotes[i]
        if outer.start <= q.outer_start and q.outer_end <= outer.end:
            return outer
        i = ctx.parent[i] if chain else i - 1
    return None


def _reopens(tok: Token, ctx: _Context) -> bool:
    """True when ``tok`` is a quote mark that opens its paragraph: where a quote
    running over several paragraphs is reopened."""
    return tok.text in OPENERS and ctx.para_of(tok.start)[0] == tok.start


def find_nested_cue(site: Site) -> Attribution | None:
    """A quote inside another quote, right after a cue in the outer quote's words:
    the cue's subject, not the outer speaker ("My aunt always told me 'never give
    up'"). A speaker who quotes themself ("I told him 'no'") is left to the rows
    after, which find the outer quote's speaker."""
    q, ctx = site.q, site.ctx
    outer = _holder(q, ctx)
    if outer is None:
        return None
    # The outer quote's words before ``q``, at most ``_BEFORE`` characters of them
    # (from a word's start), as a quote at depth 0 reads its sentence.
    start = outer.start
    if q.outer_start - start > _BEFORE:
        start = _word_start(ctx.text, q.outer_start - _BEFORE, q.outer_start)
    toks = whole = site.words_before(start)
    # The inner quote's sentence inside the outer quote's words.
    stops = [i for i, t in enumerate(toks) if t.text in ".!?" and i < len(toks) - 1]
    if stops:
        toks = toks[stops[-1] + 1 :]
    if toks and outer.reopen_marks and _reopens(toks[0], ctx):
        # The mark that reopens the outer quote on a new paragraph (an excerpt of
        # several paragraphs) stands before the sentence, not in it: its subject is
        # the words after it.
        toks = toks[1:]
    found = site.before_in(toks) or _elided_nested_subject(toks, outer, site)
    if found is None or found.cue is None or found.mention is None:
        return None
    if (
        q.outer_start - found.cue.end > _NESTED_CUE_GAP
        and found.cue.rule != "colon-lead-in"
        and not _time_gap(ctx, found.cue.end, q.outer_start)
    ):
        return None
    own = _own_relation(whole, found.mention, ctx.text)
    if own is None and not stops and toks and toks[0].start == found.mention.start:
        # (the pronoun opens the outer quote: it names no one the outer quote named)
        own = _narrated_relation(site, outer, found.mention)
    if own is not None:
        return attrs.evolve(found, mention=own)
    if found.mention.kind is PhraseKind.PRONOUN and found.mention.text.lower() in _SPEAKER_SELF:
        # '"She asked me. I said, 'Not yet.' She nodded," Roe said': the outer
        # speaker's own words, not those of a cue read after the inner quote.
        held = site.last_speech
        if held is None or held[0] != q.parent:
            return None
        return attrs.evolve(held[1], cue=found.cue)
    return found


_OBJECT_PRONOUNS = select("pronouns", case="object")
# "my", "our": the outer speaker's own relation ("my dad", "our coach").
_OWN = select("pronouns", case="possessive", person="1")
_THIRD_SEX = {"he": "m", "she": "f"}


def _own_relation(toks: list[Token], pronoun: Found, text: str) -> Found | None:
    """The outer speaker's own relation that a *he* or *she* opening an inner cue
    stands for (*"I told my husband. He said, '...'"*: *my husband*): the nearest
    *my* or *our* and a role noun before the pronoun in the outer quote's words
    ``toks``, of the pronoun's sex or of none the noun says; None when a capitalised
    word inside a sentence (a name, left to the registry) stands between them."""
    want = _THIRD_SEX.get(pronoun.text.lower())
    if want is None or pronoun.kind is not PhraseKind.PRONOUN:
        return None
    k = bisect.bisect_left(toks, pronoun.start, key=lambda t: t.start)
    sexed = load_table("sexed_nouns")
    roles = load("role_nouns")  # (cached by the registry)
    for i in range(k - 1, 0, -1):
        tok = toks[i]
        if tok.text[:1].isupper() and tok.lower != "i" and toks[i - 1].text not in ".!?":
            return None
        if toks[i - 1].lower not in _OWN or tok.lower not in roles:
            continue
        if sexed.get(tok.lower, want) != want:
            continue
        found = phrase_after(toks, i - 1, text=text, hi=k)
        if found is None or found.kind is not PhraseKind.DESCRIPTOR:
            return None
        return found
    return None


# "his", "her": a third person's relation ("his son", "her manager").
_THIRD_OWNERS = select("pronouns", case="possessive", person="3", number="singular") | select(
    "pronouns", case="object", person="3", gender="female"
)


def _narrated_relation(site: Site, outer: Quote, pronoun: Found) -> Found | None:
    """The relation the narrator names in the sentence right before the outer quote
    that a *he* or *she* opening the outer quote's first cue stands for (*Roe said she
    had called her brother. "He said, '...'"*: *her brother*): the outer speaker says
    *I*, so the pronoun is someone they spoke of. The last *his* or *her* and a role
    noun of the pronoun's sex or of none in that sentence, in the outer quote's
    paragraph; None when a capitalised word inside the sentence (a name, left to the
    registry) comes after it."""
    want = _THIRD_SEX.get(pronoun.text.lower())
    if want is None or pronoun.kind is not PhraseKind.PRONOUN:
        return None
    ctx, text = site.ctx, site.ctx.text
    lo = ctx.para_of(outer.outer_start)[0]
    if outer.outer_start - lo > _BEFORE:
        lo = _word_start(text, outer.outer_start - _BEFORE, outer.outer_start)
    toks = ctx.outside_tokens(lo, outer.outer_start, outer)
    if not toks or toks[-1].text not in ".!?":
        return None
    stops = [i for i, t in enumerate(toks[:-1]) if t.text in ".!?"]
    first = stops[-1] + 1 if stops else 0
    sexed = load_table("sexed_nouns")
    roles = load("role_nouns")  # (cached by the registry)
    for i in range(len(toks) - 2, first, -1):
        tok = toks[i]
        if tok.text[:1].isupper() and tok.lower != "i":
            return None
        if toks[i - 1].lower not in _THIRD_OWNERS or tok.lower not in roles:
            continue
        if sexed.get(tok.lower, want) != want:
            return None
        found = phrase_after(toks, i - 1, text=text, hi=len(toks) - 1)
        if found is None or found.kind is not PhraseKind.DESCRIPTOR:
            return None
        return found
    return None


def _elided_nested_subject(toks: list[Token], outer: Quote, site: Site) -> Attribution | None:
    """The subject of a cue that opens a partial quote with no subject of its own
    ('Ruiz said the mayor stopped her "and said, 'we will fix it'"'): the outer
    speaker's words go on the clause the narration reports, so its subject speaks
    the inner quote (the mayor), not the one who reports it (Ruiz, who would say
    *I*). Only conjunctions may stand before the cue, and only an object pronoun
    and a comma or a colon after it."""
    if outer.depth or outer.kind is not QuoteKind.PARTIAL:
        return None
    # After an inner quote earlier in the outer one ("and said, '...' And said,"),
    # only the words since it.
    ctx, text = site.ctx, site.ctx.text
    closed = max(text.rfind(m, outer.start, site.q.outer_start) for m in "’'”\"")
    toks = [t for t in toks if t.start > closed]
    conj = load("clause_conjunctions")
    c = next((i for i, t in enumerate(toks) if t.lower not in conj), len(toks))
    end = _cue_at(toks, c, len(toks))
    if end == c or toks[c].lower not in _NESTED_SPEECH:
        return None
    rest = [t.lower for t in toks[end:]]
    if (
        rest[-1:] not in ([","], [":"])
        or len(rest) > 2
        or (len(rest) == 2 and rest[0] not in _OBJECT_PRONOUNS)
    ):
        return None
    start = ctx.sentence_start(site.lo, outer.outer_start)
    ntoks = ctx.outside_tokens(start, outer.outer_start, outer)
    for k in range(len(ntoks) - 2, -1, -1):
        after = _cue_at(ntoks, k, len(ntoks))
        if after == k or ntoks[k].lower not in _REPORTING:
            continue
        if after < len(ntoks) and ntoks[after].lower == "that":
            after += 1
        subject = phrase_after(ntoks, after, text=text)
        if subject is None or subject.kind not in (*_NAMED_SUBJECTS, PhraseKind.DESCRIPTOR):
            return None
        verb = next((t for t in ntoks[after:] if t.start >= subject.end), None)
        if verb is None or not (verb.text.isalpha() and verb.text.islower()):
            return None
        return Attribution(mention=subject, cue=_cue(toks, (c, end), text, "X-said-quote", 0.7))
    return None


_TIME_GAP_WORDS = 4  # words of a time phrase between a nested cue and its quote


def _time_gap(ctx: _Context, start: int, end: int) -> bool:
    """True when only a time phrase and a comma or a colon stand between a cue
    inside a quote and the quote it leads ('as Ana said the other day, "..."',
    'he told me last week: "..."'): words of ``time_words``, ``time_nouns`` and
    ``time_openers``, or numbers, :data:`_TIME_GAP_WORDS` at most, after the cue's
    object when it is a pronoun (*me*, *us*)."""
    gap = ctx.text[start:end].rstrip()
    if gap[-1:] not in (",", ":") or end - start > 40:
        return False
    words = gap[:-1].split()
    if len(words) > 1 and words[0].lower() in _OBJECT_PRONOUNS:
        words = words[1:]
    if not 0 < len(words) <= _TIME_GAP_WORDS:
        return False
    times = load("time_words")
    return all(
        (w := word.lower()) in times or w in _TIME_NOUNS or w in _TIME_OPENERS or w.isdigit()
        for word in words
    )
