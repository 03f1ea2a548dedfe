"""Stage 5, matching: compare two quotes word by word and say how they relate.

:func:`compare` normalises both texts (:mod:`.normalize`), aligns their words
with rapidfuzz's Levenshtein opcodes, and labels every difference: case or
spelling, words inserted, deleted, substituted or reordered, an ellipsis gap, a
truncation. Differences that change what was said -- a negation added or
dropped, a number changed, a different name -- are flagged, and a match that
has one is never reported as exact or given a high score.

>>> m = compare("fundamental threats to our security",
...             "fundamental threats to our national security")
>>> m.relation.value, round(m.score), [e.kind.value for e in m.edits]
('variant', 91, ['inserted'])
>>> m = compare("I am not a crook", "I am a crook")
>>> m.relation.value, m.meaning_changed, [e.kind.value for e in m.edits]
('variant', True, ['negation'])
>>> compare("sincerely interested", "Russia was sincerely interested in putting an end").relation
<Relation.FRAGMENT: 'fragment'>
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
from array import array
from collections import Counter
from collections.abc import Callable, Container, Hashable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq, Levenshtein

from ..errors import OptionError, TextTypeError, check_text
from ..lexicons import entries, load, load_zipf
from ..model import Edit, EditKind, Match, Quote, Relation, Significance, WordPair, builder
from ..text.normalize import (
    Prepared,
    Word,
    content_norms,
    is_function_word,
    prepare,
    words,
)

__all__ = [
    "IDF_MIN_QUOTES",
    "MAX_CELLS",
    "THRESHOLDS",
    "Edit",
    "EditKind",
    "Match",
    "QueryComparer",
    "Relation",
    "Significance",
    "Thresholds",
    "WordPair",
    "compare",
    "compare_prepared",
    "edit_neutral",
    "edit_significance",
    "idf_weights",
    "informative_overlap",
    "interior_substitutions",
    "match_links",
    "meaning_changed",
    "relate_words",
    "window_printed",
    "word_weight",
]

QuoteLike = str | Quote


@attrs.frozen(kw_only=True)
class Thresholds:
    """The matching thresholds, tuned on MSRP training pairs (docs/journal/accuracy.md).

    One object (:data:`THRESHOLDS`) read by :func:`compare`, :func:`relate_words`
    (and so grouping, on one machine or on Dask) and ``groups.may_link``, with
    one decision for a variant (:meth:`is_variant`) and the bound it implies
    (:meth:`min_common`).

    >>> THRESHOLDS.is_variant(5, score=55.0, containment=0.8, window=0.0)
    True
    >>> round(THRESHOLDS.min_common(7), 6)  # 3 of 7 words in common at least
    3.0
    """

    variant_score: float = 60.0  # word-level similarity at which two quotes are variants
    variant_containment: float = 0.75  # or: share of the shorter found in order in the longer
    paraphrase_shared: int = 3  # content words two paraphrases must share ...
    paraphrase_coverage: float = 0.5  # ... covering this share of the shorter's content words,
    paraphrase_score: float = 40.0  # or two shared content words and this similarity
    spelling_score: float = 85.0  # character similarity of the joined words: a spelling variant
    meaning_cap: float = 50.0  # the highest score a match that changes meaning can have
    shared_run: int = 2  # content words in a run of 3+ words printed alike: a paraphrase
    # Content, weighed by how informative each word is (:func:`word_weight`): a variant
    # shares this much of the lighter quote's weight, a paraphrase this much of it ...
    variant_informative: float = 0.75
    paraphrase_informative: float = 0.8
    paraphrase_balance: float = 0.6  # ... and this much of both quotes' weight together
    # A variant whose whole is less alike than this is loose (it rests on the shorter
    # found in order in the longer): inside the stretch it aligns with, the shorter may
    # swap no content word of its own (window_printed).
    loose_score: float = 50.0
    # Two quotes this alike as a whole are near-duplicates: grouping joins two short
    # quotes (under three content words) that link this closely, as it joins exact ones.
    near_duplicate: float = 85.0

    def is_variant(
        self, shorter: int, *, score: float, containment: float, window: float | Callable[[], float]
    ) -> bool:
        """The variant decision, for a shorter quote of ``shorter`` words (that shares
        content words with the other): the whole alike, most of the shorter in order,
        or (four words or more) the shorter alike with the stretch it aligns with.
        ``window`` may be a function, called only when needed. This is closeness of
        wording; a variant *links* only with enough informative content in common
        (:meth:`links`)."""
        if score >= self.variant_score:
            return True
        if shorter >= 3 and containment >= self.variant_containment:
            return True
        if shorter >= 4:
            return (window() if callable(window) else window) >= self.variant_score
        return False

    def min_common(self, shorter: int) -> float:
        """The fewest words in common (in order) that any exact, fragment or variant
        link of a shorter quote of ``shorter`` words needs.

        Exact and fragment need all of them; a score of ``t`` over both quotes
        needs ``t * shorter``; containment ``c * shorter``; the aligned window
        ``2L / (s + w) >= t`` with ``w >= L`` needs ``L >= t s / (2 - t)``, the
        weakest of all.
        """
        t = self.variant_score / 100.0
        return min(float(shorter), self.variant_containment * shorter, t * shorter / (2.0 - t))

    def links(self, relation: Relation, informative: float) -> bool:
        """Whether a pair of quotes in ``relation`` reports one utterance: exact,
        fragment and paraphrase link; a variant links when ``informative`` (the share
        of the lighter quote's informative weight the other prints) reaches
        :attr:`variant_informative`.

        >>> THRESHOLDS.links(Relation.VARIANT, 0.9), THRESHOLDS.links(Relation.VARIANT, 0.5)
        (True, False)
        """
        if relation is Relation.VARIANT:
            return informative >= self.variant_informative
        return relation.linked

    def is_loose(self, score: float) -> bool:
        """True when a variant of this similarity (``score``, over both whole quotes) is
        loose, and so must print the shorter quote's words inside its window
        (:func:`window_printed`).

        >>> THRESHOLDS.is_loose(35.0), THRESHOLDS.is_loose(72.0)
        (True, False)
        """
        return score < self.loose_score

    def is_near_duplicate(self, score: float) -> bool:
        """True when a link of this similarity joins two short quotes into one group
        (``groups.Grouping.link``), as an exact match does.

        >>> THRESHOLDS.is_near_duplicate(93.3), THRESHOLDS.is_near_duplicate(70.0)
        (True, False)
        """
        return score >= self.near_duplicate

    def is_paraphrase(self, informative: float, balance: float) -> bool:
        """The content a paraphrase needs besides shared words: most of the lighter
        quote's informative weight printed in the other (``informative``), and a
        fair share of both quotes' weight together (``balance``, a weighted Dice)."""
        return informative >= self.paraphrase_informative and balance >= self.paraphrase_balance


THRESHOLDS = Thresholds()
# The same values by their old names.
VARIANT_SCORE = THRESHOLDS.variant_score
VARIANT_CONTAINMENT = THRESHOLDS.variant_containment
PARAPHRASE_SHARED = THRESHOLDS.paraphrase_shared
PARAPHRASE_COVERAGE = THRESHOLDS.paraphrase_coverage
PARAPHRASE_SCORE = THRESHOLDS.paraphrase_score
SPELLING_SCORE = THRESHOLDS.spelling_score
MEANING_CAP = THRESHOLDS.meaning_cap
SHARED_RUN = THRESHOLDS.shared_run
_SHORT_ECHO = 4  # words up to which a quote echoing half its content words is a paraphrase
_ONE_WORD = 3  # letters a one-word quote needs to be a fragment or echo of another
_LOCAL_EDIT = 3  # words on a side up to which an edit can be a negation or number change

# The alignment is quadratic: above this many cells (words of one text times words of
# the other) compare() aligns on shared word n-grams instead (see _anchored).
MAX_CELLS = 250_000
_STRETCH_CELLS = 16_384  # the largest stretch between anchors aligned word by word
_ANCHOR_SIZES = (4, 2, 1)  # the n-grams tried as anchors, one level each
_LETTER_WORK = 1 << 22  # the words' letters are compared only below this many 64-bit steps


# Edit(...) and Match(...) built through their slots (model.builder: equal objects, at
# half the cost of a frozen class's __init__; compare() builds several per candidate)
_new_edit = builder(Edit)
_new_match = builder(Match)


def text_of(x: object, func: str) -> str:
    """The text of a ``str`` or :class:`Quote` argument of ``func``, or :class:`TextTypeError`."""
    if isinstance(x, Quote):
        return x.text
    return check_text(x, func, expected="str or Quote")


def _check_cells(max_cells: object) -> int:
    if isinstance(max_cells, bool) or not isinstance(max_cells, int):
        raise OptionError(f"max_cells must be an int, not {type(max_cells).__name__}")
    if max_cells < 1:
        raise OptionError(f"max_cells must be at least 1, not {max_cells}")
    return max_cells


@functools.cache
def _negations() -> frozenset[str]:
    return load("negations") | {"not"}


def _is_number(word: str) -> bool:
    return not word.isalpha() and any(c.isdigit() for c in word)


_MODALS = load("modals")


def _sensitive(word: str) -> bool:
    """A negation, a number or a modal: a word whose presence changes what is said."""
    return word in _negations() or _is_number(word) or word in _MODALS


@functools.lru_cache(maxsize=1 << 14)
def _edit_words(text: str, *, at_start: bool) -> tuple[Counter[str], set[str]]:
    """The normalised words of one side of an edit, and those of them that are names
    (cached: the copies of one quote share their edits' words; never change the result).

    A name is a capitalised word that is not a function word, not "I", and not
    the first word of the quote (which is capitalised anyway).
    """
    ws = [w for w in words(text) if not w.is_gap]
    names = {
        w.norm
        for n, w in enumerate(ws)
        if text[w.start : w.start + 1].isupper()
        and not (n == 0 and at_start)
        and w.norm != "i"
        and not is_function_word(w.norm)
    }
    return Counter(w.norm for w in ws), names


def edit_significance(edit: Edit) -> Significance:
    """Whether ``edit`` bears meaning, reading its ``a`` side as a claim and ``b`` as the source.

    Neutral (``FORM``): case, spelling, punctuation, contractions, function words,
    a gap. Neutral (``OMITTED``): content words the source prints and the claim
    leaves out, unless one is a negation, number, name or modal; but any words cut
    at the claim's ends or at an ellipsis it prints are neutral (the claim is an
    excerpt and says so). Meaning-bearing:
    content words only the claim holds (``ADDED``), or content words on both sides
    that differ, or a negation, number or modal that differs, or a name the claim
    drops (``CHANGED``).

    >>> [edit_significance(e).value for e in compare("we will trust the polls",
    ...     "we will never trust the polls and the judges").edits]
    ['changed', 'omitted']
    >>> [edit_significance(e).value for e in compare("we trust the referee",
    ...     "we trust the polls").edits]
    ['changed']
    >>> [edit_significance(e).value for e in compare("we trust the polls and the courts",
    ...     "we trust the polls").edits]
    ['added']
    """
    return _significance(edit.kind, edit.a_text, edit.b_text, edit.a_start == 0, edit.b_start == 0)


_CUTS = (EditKind.TRUNCATED, EditKind.ELLIPSIS)
_MEANING_KINDS = frozenset(k for k in EditKind if k.changes_meaning)  # read as a set: faster
_NEUTRAL = frozenset(x for x in Significance if x.neutral)


def edit_neutral(edit: Edit) -> bool:
    """``edit_significance(edit).neutral``, read without the edit's words where its kind
    settles it: case and spelling are neutral, a kind that changes the meaning is not,
    and so is a cut or an ellipsis with nothing on the claim's side (its source words
    are omitted or form, neutral either way).

    >>> [edit_neutral(e) for e in compare("we will trust the polls",
    ...     "we will never trust the polls and the judges").edits]
    [False, True]
    """
    kind = edit.kind
    if kind is EditKind.CASE or kind is EditKind.SPELLING:
        return True
    if kind in _MEANING_KINDS:  # (EditKind.changes_meaning, without the enum's property)
        return False
    if kind in _CUTS and not edit.a_text:
        return True
    return edit_significance(edit) in _NEUTRAL


def meaning_changed(m: Match) -> bool:
    """``m.meaning_changed``, read from a set of edit kinds (an enum's property is slow).

    >>> meaning_changed(compare("we will win", "we will not win"))
    True
    """
    return any(e.kind in _MEANING_KINDS for e in m.edits)


@functools.lru_cache(maxsize=1 << 14)
def _significance(
    kind: EditKind, a_text: str, b_text: str, a_at_start: bool, b_at_start: bool
) -> Significance:
    """:func:`edit_significance` of what it reads of an edit (cached: the copies of one
    quote share their edits, and a claim's evidence is read more than once)."""
    if kind in (EditKind.CASE, EditKind.SPELLING):
        return Significance.FORM
    if kind in _MEANING_KINDS:
        return Significance.CHANGED
    a, _ = _edit_words(a_text, at_start=a_at_start)
    b, b_names = _edit_words(b_text, at_start=b_at_start)
    if kind is EditKind.REORDERED:
        moved = [w for w in a if not is_function_word(w)]
        return Significance.CHANGED if moved else Significance.FORM
    if kind in (EditKind.TRUNCATED, EditKind.ELLIPSIS) and not a:
        # The claim is an excerpt (the source goes on before or after it), or it
        # marks the words it leaves out with an ellipsis: what it quotes is printed.
        return (
            Significance.OMITTED if any(not is_function_word(w) for w in b) else (Significance.FORM)
        )
    only_a, only_b = a - b, b - a
    content_a = [w for w in only_a if not is_function_word(w) or _sensitive(w)]
    content_b = [w for w in only_b if not is_function_word(w) or _sensitive(w)]
    if content_a and not b:
        return Significance.ADDED  # words the source does not print at all here
    if content_a and max(a.total(), b.total()) > _LOCAL_EDIT:
        # A long stretch of other words: the claim goes on with words of its own
        # (and leaves the source's out), rather than changing one of them.
        return Significance.ADDED
    if any(_sensitive(w) for w in (*only_a, *only_b)) or any(w in b_names for w in only_b):
        return Significance.CHANGED
    if content_a and content_b:
        return Significance.CHANGED
    if content_a:
        return Significance.ADDED
    if content_b:
        # Words the claim leaves out are neutral; words it puts in their place
        # (even function words: "we trust it" for "we trust the polls") are not.
        return Significance.CHANGED if only_a else Significance.OMITTED
    return Significance.FORM


# The negation count and numbers of each text compared lately: a claim is compared with
# many candidates, a popular quote with many claims (keyed by text, whose words it fixes).
_COUNTS: dict[str, tuple[int, Counter[str]]] = {}
_COUNTS_MAX = 1 << 14
_NO_NUMBERS: Counter[str] = Counter()  # shared, never changed


def _sensitive_counts(text: str, norms: Sequence[str]) -> tuple[int, Counter[str]]:
    """How many negations ``norms`` (the words of ``text``) hold, and their numbers."""
    got = _COUNTS.get(text)
    if got is None:
        negations = _negations()
        numbers = [w for w in norms if not w.isalpha() and _is_number(w)]
        got = (
            sum(map(negations.__contains__, norms)),
            Counter(numbers) if numbers else _NO_NUMBERS,
        )
        if len(_COUNTS) >= _COUNTS_MAX:
            _COUNTS.clear()
        _COUNTS[text] = got
    return got


def _span(ws: list[Word], i: int, j: int, fallback: int) -> tuple[int, int]:
    if i < j:
        return ws[i].start, ws[j - 1].end
    return fallback, fallback


def _label(
    op: str,
    aw: list[Word],
    bw: list[Word],
    ta: str,
    tb: str,
    *,
    a_rng: tuple[int, int],
    b_rng: tuple[int, int],
    flags: dict[str, bool],
) -> list[Edit]:
    """Label one opcode block (words ``aw[i:j]`` against ``bw[k:l]``)."""
    i, j = a_rng
    k, l_ = b_rng
    if op == "equal":  # the same words: only their case or spelling may differ
        return _label_equal(aw[i:j], bw[k:l_], ta, tb)

    a, b, rng = (ta, aw), (tb, bw), (i, j, k, l_)
    return [_block_edit(_block_kind(op, a, b, rng, flags), a, b, rng)]


def _block_kind(
    op: str,
    a: tuple[str, list[Word]],
    b: tuple[str, list[Word]],
    rng: tuple[int, int, int, int],
    flags: dict[str, bool],
) -> EditKind:
    """The kind of the one edit of a block that is not ``equal`` (words ``aw[i:j]``
    against ``bw[k:l_]``, of texts ``a = (ta, aw)`` and ``b``), read as :func:`_label` reads it."""
    (ta, aw), (tb, bw) = a, b
    i, j, k, l_ = rng
    a_words = [w.norm for w in aw[i:j]]
    b_words = [w.norm for w in bw[k:l_]]
    touched = set(a_words) | set(b_words)
    # A negation or number inside a long stretch of other words is part of added
    # material, not a change to the words both quotes share.
    local = max(len(a_words), len(b_words)) <= _LOCAL_EDIT
    if local and flags["negation"] and touched & _negations():
        return EditKind.NEGATION
    if local and flags["number"] and any(_is_number(w) for w in touched):
        return EditKind.NUMBER
    if op == "replace":
        if len(a_words) == len(b_words) and all(
            fuzz.ratio(x, y) >= 75 for x, y in zip(a_words, b_words, strict=True)
        ):
            return EditKind.SPELLING
        raw_a = [ta[w.start : w.end] for w in aw[i:j]]
        raw_b = [tb[w.start : w.end] for w in bw[k:l_]]
        if any(r[:1].isupper() for r in raw_a[(1 if i == 0 else 0) :]) and any(
            r[:1].isupper() for r in raw_b[(1 if k == 0 else 0) :]
        ):
            return EditKind.NAME
        return EditKind.SUBSTITUTED
    return EditKind.DELETED if op == "delete" else EditKind.INSERTED


def _label_equal(aw: list[Word], bw: list[Word], ta: str, tb: str) -> list[Edit]:
    """The edits of an ``equal`` block (words ``aw`` against ``bw``, as many): the case
    or spelling of the words printed otherwise."""
    out = []
    # each Word unpacked as (norm, start, end): the hot path of every comparison
    for (_, xs, xe), (_, ys, ye) in zip(aw, bw, strict=True):
        ra, rb = ta[xs:xe], tb[ys:ye]
        if ra == rb:
            continue
        kind = EditKind.CASE if ra.casefold() == rb.casefold() else EditKind.SPELLING
        if ra.casefold().replace("’", "'") == rb.casefold().replace("’", "'"):
            kind = EditKind.CASE
        out.append(
            _new_edit(kind=kind, a_start=xs, a_end=xe, b_start=ys, b_end=ye, a_text=ra, b_text=rb)
        )
    return _dedupe(out) if out else out


def _same_offsets(aw: list[Word], bw: list[Word], i: int, j: int, k: int) -> bool:
    """True when words ``aw[i:j]`` stand where ``bw[k:]`` stand, shifted by one amount
    (so that, their stretches of text being equal, each word prints the same)."""
    shift = bw[k].start - aw[i].start
    for (_, xs, xe), (_, ys, ye) in zip(aw[i:j], bw[k : k + j - i], strict=True):
        if ys - xs != shift or ye - xe != shift:
            return False
    return True


def _block_edit(
    kind: EditKind,
    a: tuple[str, list[Word]],
    b: tuple[str, list[Word]],
    rng: tuple[int, int, int, int],
) -> Edit:
    """One edit of ``kind`` over a block that is not ``equal`` (words ``aw[i:j]`` against
    ``bw[k:l]``, ``rng``, of texts ``a = (ta, aw)`` and ``b``), placed as :func:`_label`
    places it."""
    (ta, aw), (tb, bw) = a, b
    i, j, k, l_ = rng
    a_s, a_e = _span(aw, i, j, aw[i].start if i < len(aw) else len(ta))
    b_s, b_e = _span(bw, k, l_, bw[k].start if k < len(bw) else len(tb))
    return _new_edit(
        kind=kind,
        a_start=a_s,
        a_end=a_e,
        b_start=b_s,
        b_end=b_e,
        a_text=ta[a_s:a_e],
        b_text=tb[b_s:b_e],
    )


def _dedupe(edits: list[Edit]) -> list[Edit]:
    seen = set()
    out = []
    for e in edits:
        key = (e.kind, e.a_start, e.b_start)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


@functools.lru_cache(maxsize=4096)
def _prepared(text: str) -> Prepared:
    """:func:`~quoteverify.text.normalize.prepare`, cached: a claim is compared with many
    candidates, a canonical form with many members. The lists are shared, never changed."""
    return prepare(text)


def compare(a: QuoteLike, b: QuoteLike, *, max_cells: int = MAX_CELLS) -> Match:
    """Compare two quotes (strings or :class:`~quoteverify.model.Quote`).

    The result does not depend on the order of the arguments: ``compare(b, a)``
    has the relation and score of ``compare(a, b)``, and the same edits seen from
    the other side (an insertion becomes a deletion).

    The word-by-word alignment is quadratic, so it runs only while the words of
    ``a`` times the words of ``b`` are at most ``max_cells`` (by default
    :data:`MAX_CELLS`, 250,000: two quotes of 500 words each). Larger inputs are
    aligned on the word n-grams both print once (four words, then two, then
    one), and word by word only on the short stretches between those anchors;
    the score, containment and relation then come from that alignment, which
    takes time about linear in the size of the texts. Such a match has
    ``approximate=True``.

    >>> compare("Next time in Moscow", "next time in Moscow!").relation
    <Relation.EXACT: 'exact'>
    >>> a = "the talks on the ceasefire went on late into the night"
    >>> m = compare(a, a.replace("night", "morning"), max_cells=100)
    >>> m.approximate, m.relation.value, [e.kind.value for e in m.edits]
    (True, 'variant', ['substituted'])
    """
    ta, tb = text_of(a, "compare"), text_of(b, "compare")
    return compare_prepared(_prepared(ta), _prepared(tb), max_cells=max_cells)


def compare_prepared(a: Prepared, b: Prepared, *, max_cells: int = MAX_CELLS) -> Match:
    """:func:`compare` of two texts normalised already (:func:`.normalize.prepare`).

    The same result as ``compare(a.text, b.text)``, without normalising again: an
    index keeps its quotes prepared (:meth:`~quoteverify.matching.index.QuoteIndex.prepared`),
    so a claim checked against many candidates normalises only itself.

    >>> from quoteverify.text.normalize import prepare
    >>> compare_prepared(prepare("next time in Moscow"), prepare("Next time in Moscow!")).relation
    <Relation.EXACT: 'exact'>
    """
    for side in (a, b):
        if not isinstance(side, Prepared):
            raise TextTypeError(
                f"compare_prepared() takes texts made by normalize.prepare(), "
                f"not {type(side).__name__}"
            )
    cells = _check_cells(max_cells)
    if (len(a.norms), a.norms, a.text) > (len(b.norms), b.norms, b.text):
        # Compare in one canonical order (the shorter first), then turn the result
        # round: ties in the alignment are broken the same way whichever came first.
        return _mirror(_compare(b, a, cells))
    return _compare(a, b, cells)


_Side = Prepared


class QueryComparer:
    """:func:`compare_prepared` of one query with many texts, sharing what their words fix.

    Outlets print a popular quote with other case, punctuation or spelling that
    normalise alike: what the words and gaps alone fix (the alignment, the score, the
    contiguous part, the relation) is computed once per distinct words and gaps and
    shared; only the edits are read from each text. ``compare(other)`` equals
    ``compare_prepared(query, other)`` (a property test holds it).

    >>> from quoteverify.text.normalize import prepare
    >>> comparer = QueryComparer(prepare("we will cut taxes"))
    >>> texts = ("We will CUT taxes!", "we will cut taxes...", "we'll cut the taxes")
    >>> [comparer.compare(prepare(t)).relation.value for t in texts]
    ['exact', 'exact', 'variant']
    """

    def __init__(self, query: Prepared, *, max_cells: int = MAX_CELLS) -> None:
        if not isinstance(query, Prepared):
            raise TextTypeError(
                f"QueryComparer() takes a text made by normalize.prepare(), "
                f"not {type(query).__name__}"
            )
        self._query = query
        self._key = (len(query.norms), query.norms, query.text)
        self._cells = _check_cells(max_cells)
        self._frames: dict[tuple[bool, tuple[str, ...], frozenset[int]], _Frame] = {}

    def compare(self, other: Prepared) -> Match:
        """``compare_prepared(query, other)``."""
        query = self._query
        if not isinstance(other, Prepared):
            raise TextTypeError(
                f"compare() takes a text made by normalize.prepare(), not {type(other).__name__}"
            )
        if not query.norms or not other.norms:
            return compare_prepared(query, other, max_cells=self._cells)
        swap = self._key > (len(other.norms), other.norms, other.text)
        key = (swap, tuple(other.norms), other.gaps)
        first, second = (other, query) if swap else (query, other)
        frame = self._frames.get(key)
        if frame is None:
            frame = self._frames[key] = _Frame(first, second, self._cells)
        match = _compare(first, second, self._cells, frame)
        return _mirror(match) if swap else match


def _mirror(m: Match) -> Match:
    """The same match with ``a`` and ``b`` swapped."""
    swap = {EditKind.INSERTED: EditKind.DELETED, EditKind.DELETED: EditKind.INSERTED}
    edits = tuple(
        _new_edit(
            kind=swap.get(e.kind, e.kind),
            a_start=e.b_start,
            a_end=e.b_end,
            b_start=e.a_start,
            b_end=e.a_end,
            a_text=e.b_text,
            b_text=e.a_text,
        )
        for e in m.edits
    )
    # WordPair(p.b_start, p.b_end, p.a_start, p.a_end) of each pair, in C
    alignment = tuple(map(_new_tuple, itertools.repeat(WordPair), map(_MIRRORED, m.alignment)))
    # attrs.evolve(m, a=m.b, b=m.a, edits=edits, alignment=alignment), built directly
    return _new_match(
        a=m.b,
        b=m.a,
        relation=m.relation,
        score=m.score,
        edits=edits,
        containment=m.containment,
        approximate=m.approximate,
        alignment=alignment,
    )


def _aligned_words(blocks: Sequence[_Op], aw: list[Word], bw: list[Word]) -> tuple[WordPair, ...]:
    """The words of the alignment's equal blocks, one pair per printed word.

    Two normalised words from one printed word (*won't*: *will not*) are one pair.
    """
    out: list[WordPair] = []
    last = None
    for op in blocks:
        if op.tag == "equal":
            for (_, xs, xe), (_, ys, ye) in zip(
                aw[op.src_start : op.src_end], bw[op.dest_start : op.dest_end], strict=True
            ):
                pair = (xs, xe, ys, ye)
                if pair != last:
                    out.append(_new_tuple(WordPair, pair))
                    last = pair
    return tuple(out)


_MIRRORED = operator.itemgetter(2, 3, 0, 1)  # a WordPair's sides swapped, as a plain tuple

# WordPair(*pair) without the keyword handling of a named tuple's __new__ (the hot path
# builds one per aligned word)
_new_tuple = tuple.__new__


class _Frame:
    """What the words and gaps of two texts alone fix in :func:`_compare`: the numbers
    and negations that differ, the alignment, whether one is a contiguous part of the
    other, the score and containment, and the relation (it depends on the texts'
    edits only through whether one changes the meaning). Texts printing the same words
    with other case or punctuation share it (:class:`QueryComparer`)."""

    __slots__ = (
        "approximate",
        "blocks",
        "containment",
        "contiguous",
        "flags",
        "relations",
        "reordered",
        "score",
        "window",
    )

    def __init__(self, side_a: _Side, side_b: _Side, max_cells: int) -> None:
        ta, _aw, a_gaps, na = side_a
        tb, _bw, b_gaps, nb = side_b
        neg_a, num_a = _sensitive_counts(ta, na)
        neg_b, num_b = _sensitive_counts(tb, nb)
        # (most texts print no number: both then hold the one shared empty Counter)
        self.flags = {"negation": neg_a != neg_b, "number": num_a is not num_b and num_a != num_b}
        self.reordered = len(na) == len(nb) and na != nb and sorted(na) == sorted(nb)
        self.relations: dict[bool, Relation] = {}  # by whether an edit changes the meaning
        at = _only_place(na, nb) if len(na) * len(nb) <= max_cells else None
        if at is not None:
            # The shorter printed word for word at one place of the other: what the
            # alignment, moved to the ends, comes to (_run_blocks); a contiguous part;
            # the words in common are the shorter's.
            self.blocks = blocks = _gapped(
                _run_blocks(len(na), len(nb), at), na, nb, a_gaps, b_gaps
            )
            self.approximate = approximate = False
            self.contiguous = True
            lensum = len(na) + len(nb)
            self.score = (1.0 - (len(nb) - len(na)) / lensum) * 100.0  # Indel.distance: m - n
            self.containment = 1.0
            self.window = self._window(na, nb, blocks, approximate)
            return
        blocks, approximate = _align(na, nb, max_cells)
        self.blocks = blocks = _gapped(_edged(blocks, na, nb), na, nb, a_gaps, b_gaps)
        self.approximate = approximate
        if approximate:
            self.contiguous = _is_run_of(na, nb, a_gaps, b_gaps)
            lcs: float = sum(op.src_end - op.src_start for op in blocks if op.tag == "equal")
            self.score = 200.0 * lcs / (len(na) + len(nb))
        else:
            self.contiguous = _is_part(na, nb, a_gaps, b_gaps)
            # One Indel distance gives both (as Indel.normalized_similarity computes it).
            lensum = len(na) + len(nb)
            distance = Indel.distance(na, nb)
            self.score = (1.0 - distance / lensum) * 100.0
            lcs = (lensum - distance) / 2
        self.containment = lcs / min(len(na), len(nb))
        self.window = self._window(na, nb, blocks, approximate)

    @staticmethod
    def _window(
        na: list[str], nb: list[str], blocks: list[_Op], approximate: bool
    ) -> Callable[[], float]:
        def window() -> float:
            # Read only when the score and containment do not settle a variant.
            best = _window_score(na, nb, blocks, approximate=approximate)
            if len(na) == len(nb):  # either could be "the shorter": take the better reading
                back = _flip(blocks) if approximate else _opcodes(nb, na)
                best = max(best, _window_score(nb, na, back, approximate=approximate))
            return best

        return window


def _only_place(na: list[str], nb: list[str]) -> int | None:
    """Where ``nb`` prints the words of ``na`` (the shorter) as one run, when it does so
    at exactly one place; else None (equal lengths, no such place, or several)."""
    n, m = len(na), len(nb)
    if not 0 < n < m or type(na) is not list or type(nb) is not list:
        return None
    head, hi = na[0], m - n + 1
    found = None
    x = 0
    while True:
        try:
            x = nb.index(head, x, hi)
        except ValueError:
            return found
        if nb[x : x + n] == na:
            if found is not None:
                return None
            found = x
        x += 1


def _run_blocks(n: int, m: int, at: int) -> list[_Op]:
    """The alignment ``_edged(_opcodes(na, nb), na, nb)`` of ``na`` (``n`` words) printed
    whole at one place ``at`` of ``nb`` (``m`` words) and nowhere else: ``nb``'s words
    before and after it as insertions, the run as one equal block.

    The Levenshtein alignment of such a pair is made of insertions and equal blocks
    holding all of ``na`` (``m - n`` edits, none a substitution). When its equal words
    stand apart, a word of the run is left out and printed again among the aligned
    ones, so :func:`_edged` joins them (:func:`_whole_run`, at the first and only place
    ``nb`` prints them whole); when they stand together they are at ``at`` already.
    Either way no move applies after that (each needs the run printed once more)."""
    ops = (
        _Op("insert", 0, 0, 0, at),
        _Op("equal", 0, n, at, at + n),
        _Op("insert", n, n, at + n, m),
    )
    return [op for op in ops if op.dest_end > op.dest_start]


def _compare(side_a: _Side, side_b: _Side, max_cells: int, frame: _Frame | None = None) -> Match:
    """compare() of two prepared texts in canonical order; ``frame`` is :class:`_Frame`
    of these texts' words and gaps, computed already."""
    ta, aw, a_gaps, na = side_a
    tb, bw, b_gaps, nb = side_b
    if not na or not nb:
        relation = Relation.EXACT if na == nb and ta.strip() == tb.strip() else Relation.UNRELATED
        return Match(
            a=ta, b=tb, relation=relation, score=100.0 if relation.linked else 0.0, edits=()
        )
    if frame is None:
        frame = _Frame(side_a, side_b, max_cells)
    negations = _negations()
    flags = frame.flags
    blocks = frame.blocks
    edits: list[Edit] = []
    last = len(blocks) - 1
    for n, (tag, i, j, k, l_) in enumerate(blocks):
        if tag == "equal":
            # (the same characters, each word at the same place: no edit)
            same = ta[aw[i].start : aw[j - 1].end] == tb[bw[k].start : bw[l_ - 1].end]
            if not same or not _same_offsets(aw, bw, i, j, k):
                edits.extend(_label_equal(aw[i:j], bw[k:l_], ta, tb))
            continue
        kind: EditKind | None = None
        if tag != "replace":
            # Words cut at an end, or left out where the other quote marks a gap, are
            # not part of what is quoted: they cannot change its meaning. (Such a block
            # is one edit of that kind whatever _label() would call it: built once.)
            deleted = tag == "delete"
            side, lo = (aw, i) if deleted else (bw, k)
            if lo > 0 and side[lo].start == side[lo - 1].start and side[lo].norm in negations:
                # Cut inside one printed word: "does" kept of "doesn't" drops the "not".
                kind = EditKind.NEGATION
            elif (k if deleted else i) in (b_gaps if deleted else a_gaps):
                kind = EditKind.ELLIPSIS
            elif n in (0, last):
                kind = EditKind.TRUNCATED
        if kind is not None:
            edits.append(_block_edit(kind, (ta, aw), (tb, bw), (i, j, k, l_)))
            continue
        edits.extend(_label(tag, aw, bw, ta, tb, a_rng=(i, j), b_rng=(k, l_), flags=flags))
    edits = _reorders(edits)
    if frame.reordered:
        edits = _one_reordering(edits, (ta, tb))
    contiguous = frame.contiguous
    if contiguous and any(e.kind in (EditKind.DELETED, EditKind.INSERTED) for e in edits):
        # Repeated words can make the alignment cut in the middle; the words are a
        # contiguous part all the same: call the missing ends a truncation.
        edits = [
            _relabel(e, EditKind.TRUNCATED)
            if e.kind in (EditKind.DELETED, EditKind.INSERTED)
            else e
            for e in edits
        ]
    score, approximate = frame.score, frame.approximate
    meaning = any(e.kind in _MEANING_KINDS for e in edits)  # Edit.changes_meaning
    known = frame.relations.get(meaning)
    if known is None:
        known = frame.relations[meaning] = _relation(
            na,
            nb,
            edits,
            score=score,
            containment=frame.containment,
            window=frame.window,
            contiguous=contiguous,
            blocks=blocks if approximate else None,
        )
    if meaning:
        score = min(score, MEANING_CAP)
    return _new_match(
        a=ta,
        b=tb,
        relation=known,
        score=round(score, 2),
        edits=tuple(edits),
        containment=round(frame.containment, 4),
        approximate=approximate,
        alignment=_aligned_words(blocks, aw, bw),
    )


def _relabel(e: Edit, kind: EditKind) -> Edit:
    """``e`` as an edit of another kind (``attrs.evolve(e, kind=kind)``, built directly)."""
    return _new_edit(
        kind=kind,
        a_start=e.a_start,
        a_end=e.a_end,
        b_start=e.b_start,
        b_end=e.b_end,
        a_text=e.a_text,
        b_text=e.b_text,
    )


class _Op(NamedTuple):
    """One block of an alignment, as rapidfuzz's ``Opcode``: ``a[src] ~ b[dest]``."""

    tag: str  # equal, replace, delete, insert
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def _opcodes(na: Sequence[Hashable], nb: Sequence[Hashable]) -> list[_Op]:
    # the opcodes as plain tuples (as_list), each made an _Op without unpacking it
    return [_new_tuple(_Op, op) for op in Levenshtein.opcodes(na, nb).as_list()]


def _edged(blocks: list[_Op], na: Sequence[Hashable], nb: Sequence[Hashable]) -> list[_Op]:
    """The alignment ``compare()`` reads: ``blocks`` with the words only one side
    prints moved to the ends where they can be (:func:`_to_edges`, both ways).

    :func:`_to_edges` moves only the words one side alone prints (``insert`` blocks
    of the side it reads) and makes no ``delete`` block: a way with none of them is
    skipped (it would only join and drop blocks, as :func:`_merged` does). So are both
    ways when no word one side alone prints is among the aligned words
    (:func:`_nothing_to_move`), which holds for most pairs of copies.
    """
    tags = {op.tag for op in blocks}
    if ("insert" not in tags and "delete" not in tags) or _nothing_to_move(blocks, na, nb):
        return _merged(
            [op for op in blocks if op.src_end > op.src_start or op.dest_end > op.dest_start]
        )
    if "insert" in tags:
        blocks = _to_edges(blocks, nb)
    else:
        blocks = _merged(
            [op for op in blocks if op.src_end > op.src_start or op.dest_end > op.dest_start]
        )
    if "delete" not in tags:
        return blocks
    return _flip(_to_edges(_flip(blocks), na))


def _gapped(
    blocks: list[_Op],
    na: Sequence[Hashable],
    nb: Sequence[Hashable],
    a_gaps: frozenset[int],
    b_gaps: frozenset[int],
) -> list[_Op]:
    """The alignment ``blocks`` with the words only one side prints slid onto the
    other side's ellipses where they can be (:func:`_to_gaps`, both ways): the one
    last step of every path that aligns two texts."""
    if a_gaps and any(op.tag == "insert" for op in blocks):
        blocks = _to_gaps(blocks, na, nb, a_gaps)
    if b_gaps and any(op.tag == "delete" for op in blocks):
        blocks = _flip(_to_gaps(_flip(blocks), nb, na, b_gaps))
    return blocks


def _to_gaps(
    blocks: list[_Op], na: Sequence[Hashable], nb: Sequence[Hashable], gaps: frozenset[int]
) -> list[_Op]:
    """The same alignment with each run of words only ``b`` prints slid onto a gap of
    ``a`` (an ellipsis it prints), where the aligned words it slides over are printed
    again at its other end.

    A claim *fell to 41.5 ... the last festival* of *fell to 41.5% at the 2019 festival,
    the last festival*: the alignment may pair the claim's *the* with the first *the*,
    so that *2019 festival, the* stands apart from the gap; slid back by one word it
    joins the words the ellipsis leaves out. The number of words aligned is unchanged.

    >>> [op.tag for op in _to_gaps([_Op("equal", 0, 2, 0, 2), _Op("insert", 2, 2, 2, 4),
    ...     _Op("equal", 2, 3, 4, 5)], ["x", "y", "z"], ["x", "y", "w", "y", "z"],
    ...     frozenset({1}))]
    ['equal', 'insert', 'equal']
    """
    out: list[_Op] = []
    ops = list(blocks)
    for n, op in enumerate(ops):
        if op.tag != "insert" or op.src_start in gaps:
            out.append(op)
            continue
        i, k, l_ = op.src_start, op.dest_start, op.dest_end
        prev = out[-1] if out and out[-1].tag == "equal" and out[-1].src_end == i else None
        nxt = ops[n + 1] if n + 1 < len(ops) and ops[n + 1].tag == "equal" else None
        slid = None
        if prev is not None:
            for s in range(1, min(prev.src_end - prev.src_start, l_ - k) + 1):
                if i - s in gaps and na[i - s : i] == nb[l_ - s : l_]:
                    out[-1] = prev._replace(src_end=i - s, dest_end=k - s)
                    slid = [
                        _Op("insert", i - s, i - s, k - s, l_ - s),
                        _Op("equal", i - s, i, l_ - s, l_),
                    ]
                    break
        if slid is None and nxt is not None:
            for s in range(1, min(nxt.src_end - nxt.src_start, l_ - k) + 1):
                if i + s in gaps and na[i : i + s] == nb[k : k + s]:
                    slid = [
                        _Op("equal", i, i + s, k, k + s),
                        _Op("insert", i + s, i + s, k + s, l_ + s),
                    ]
                    ops[n + 1] = nxt._replace(src_start=i + s, dest_start=l_ + s)
                    break
        out.extend(slid or [op])
    return _merged([op for op in out if op.src_end > op.src_start or op.dest_end > op.dest_start])


def _nothing_to_move(blocks: list[_Op], na: Sequence[Hashable], nb: Sequence[Hashable]) -> bool:
    """True when no word that only one side prints (``insert`` and ``delete`` blocks) is
    also an aligned word: :func:`_to_edges` would then move nothing either way.

    Every move it makes (and :func:`_closed_up` and :func:`_whole_run` before it) finds
    aligned words printed again where a block of words one side alone prints stands,
    so that block's first (or last) word is one of the aligned words.
    """
    aligned: set[Hashable] = set()
    alone: set[Hashable] = set()
    for tag, a0, a1, b0, b1 in blocks:
        if tag == "equal":
            aligned.update(nb[b0:b1])
        elif tag == "insert":
            alone.update(nb[b0:b1])
        elif tag == "delete":
            alone.update(na[a0:a1])
    return aligned.isdisjoint(alone)


def _flip(blocks: list[_Op]) -> list[_Op]:
    """The alignment seen from the other side."""
    swap = {"delete": "insert", "insert": "delete"}
    return [_Op(swap.get(op.tag, op.tag), *op[3:], *op[1:3]) for op in blocks]


def _to_edges(blocks: list[_Op], nb: Sequence[Hashable]) -> list[_Op]:
    """The same alignment with words only ``b`` prints moved to its ends where they can.

    When the first words of ``a`` are matched to ``b`` and ``b`` prints those words
    again inside the words it alone holds next, they are matched at the last such
    place instead ("we can deal" in "we can try, or we can deal"): the words ``b``
    alone holds before it then stand before what ``a`` quotes, a cut rather than a
    gap inside it. The same at the end (the first such place). The number of words
    aligned is unchanged. Before that, :func:`_closed_up` joins an excerpt's words
    that the alignment spread over an earlier (later) copy of them.
    """
    blocks = _closed_up(blocks, nb)
    if len(blocks) >= 2:
        first, nxt = blocks[0], blocks[1]
        if first.tag == "insert" and first.src_end == 0 and len(blocks) >= 3:
            rest = _to_edges(blocks[1:], nb)
            if rest[0].tag == "insert":
                rest[0] = rest[0]._replace(dest_start=first.dest_start)
                return _merged(rest)
        elif first.tag == "equal" and nxt.tag == "insert":
            words = nb[first.dest_start : first.dest_end]
            n = len(words)
            at = next(
                (
                    x
                    for x in range(nxt.dest_end - n, nxt.dest_start - 1, -1)
                    if nb[x : x + n] == words
                ),
                None,
            )
            if at is not None:
                src = first.src_end
                blocks = [
                    _Op("insert", 0, 0, first.dest_start, at),
                    _Op("equal", first.src_start, src, at, at + n),
                    _Op("insert", src, src, at + n, nxt.dest_end),
                    *blocks[2:],
                ]
    if len(blocks) >= 2:
        last, prev = blocks[-1], blocks[-2]
        if last.tag == "equal" and prev.tag == "insert":
            words = nb[last.dest_start : last.dest_end]
            n = len(words)
            at = next(
                (
                    x
                    for x in range(prev.dest_start, prev.dest_end - n + 1)
                    if nb[x : x + n] == words
                ),
                None,
            )
            if at is not None:
                src = last.src_start
                blocks = [
                    *blocks[:-2],
                    _Op("insert", src, src, prev.dest_start, at),
                    _Op("equal", src, last.src_end, at, at + n),
                    _Op("insert", last.src_end, last.src_end, at + n, last.dest_end),
                ]
    return _merged(
        [op for op in blocks if op.src_end > op.src_start or op.dest_end > op.dest_start]
    )


def _closed_up(blocks: list[_Op], nb: Sequence[Hashable]) -> list[_Op]:
    """The alignment with ``a``'s first (last) words matched where ``b`` prints them together.

    ``a`` = *it is a sickness*, ``b`` = *it is not a crime, it is a sickness*: the
    alignment may pair *it is* and *a* with the first copy, so that ``b``'s *not*
    stands inside what ``a`` quotes, though ``b`` also prints *it is a* whole right
    before *sickness*. When every word of ``a`` before an aligned block (after one, at
    the end) is aligned, with only words of ``b`` between them, and ``b`` prints those
    words together just before (after) that block, they are matched there; the words
    of ``b`` they leave are a cut at the edge. The number of words aligned is unchanged.
    The head may also be matched around a function word or two (:func:`_head_at`).
    """
    if len(blocks) < 3:
        return blocks
    whole = _whole_run(blocks, nb)
    if whole is not None:
        return whole
    blocks = _head_at(blocks, nb)
    tail: list[Hashable] = []  # a's words after the block, last word first
    last: tuple[int, int] | None = None
    for j in range(len(blocks) - 1, -1, -1):
        op = blocks[j]
        if op.tag not in ("equal", "insert"):
            break
        if (
            op.tag == "equal"
            and tail
            and blocks[j + 1].tag == "insert"
            and _prints_at(nb, tail[::-1], op.dest_end, op.dest_end, blocks[-1].dest_end)
        ):
            last = (j, op.dest_end + len(tail))
        if op.tag == "equal":
            tail.extend(reversed(nb[op.dest_start : op.dest_end]))
    if last is not None:
        j, at = last
        anchor, a1, b1 = blocks[j], blocks[-1].src_end, blocks[-1].dest_end
        blocks = [
            *blocks[: j + 1],
            _Op("equal", anchor.src_end, a1, anchor.dest_end, at),
            _Op("insert", a1, a1, at, b1),
        ]
    return _merged(
        [op for op in blocks if op.src_end > op.src_start or op.dest_end > op.dest_start]
    )


def _head_at(blocks: list[_Op], nb: Sequence[Hashable]) -> list[_Op]:
    """:func:`_closed_up`'s head: ``a``'s first words, all aligned with only words of
    ``b`` between them, matched where ``b`` prints them just before a later aligned
    block, when the alignment has them at an earlier copy.

    One walk over the blocks records two candidates: the last block before which ``b``
    prints those words together, and the last before which it prints them with at
    most :data:`_HEAD_PUT_IN` function words of its own among them (no negation,
    number or modal). The first wins; the second serves an ``a`` that leaves out a
    function word or two.

    ``a`` = *it is a sickness*, ``b`` = *it is not a crime, it is a sickness*: *it is
    a* is matched whole before *sickness*.

    >>> na = ["it", "is", "a", "sickness"]
    >>> nb = ["it", "is", "not", "a", "crime", "it", "is", "a", "sickness"]
    >>> [op.tag + str(op[1:]) for op in _head_at(_opcodes(na, nb), nb)]
    ['insert(0, 0, 0, 5)', 'equal(0, 4, 5, 9)']

    ``a`` = *be council of libraries*, ``b`` = *to be the council of streets, and to be
    the council of libraries*: *be* and *council of* are paired with the first copy, so
    that *streets, and to be the council of* stands inside what ``a`` quotes; matched
    beside *libraries*, only *the* is put in.

    >>> na = ["be", "council", "of", "libraries"]
    >>> nb = ["to", "be", "the", "council", "of", "streets", "and", "to", "be", "the",
    ...     "council", "of", "libraries"]
    >>> [op.tag + str(op[1:]) for op in _head_at(_opcodes(na, nb), nb)]
    ['insert(0, 0, 0, 8)', 'equal(0, 1, 8, 9)', 'insert(1, 1, 9, 10)', 'equal(1, 4, 10, 13)']
    """
    head: list[Hashable] = []
    together: tuple[int, list[int]] | None = None
    put_in: tuple[int, list[int]] | None = None
    for j, op in enumerate(blocks):
        if op.tag not in ("equal", "insert"):
            break
        if op.tag == "equal":
            if head and blocks[j - 1].tag == "insert":
                at = _printed_before(nb, head, op.dest_start, blocks[0].dest_start)
                if at is not None and at[0] == op.dest_start - len(head):
                    together = (j, at)
                elif at is not None:
                    put_in = (j, at)
            head.extend(nb[op.dest_start : op.dest_end])
    found = together or put_in
    if found is None:
        return blocks
    j, at = found
    a0, b0, anchor = blocks[0].src_start, blocks[0].dest_start, blocks[j]
    out = [_Op("insert", a0, a0, b0, at[0])]
    for n, x in enumerate(at):
        nxt = at[n + 1] if n + 1 < len(at) else anchor.dest_start
        out.append(_Op("equal", a0 + n, a0 + n + 1, x, x + 1))
        out.append(_Op("insert", a0 + n + 1, a0 + n + 1, x + 1, nxt))
    return _merged(
        [
            op
            for op in [*out, *blocks[j:]]
            if op.src_end > op.src_start or op.dest_end > op.dest_start
        ]
    )


# function words of b that _head_at lets stand among a's first words
_HEAD_PUT_IN = 2


def _printed_before(
    nb: Sequence[Hashable], words: list[Hashable], end: int, low: int
) -> list[int] | None:
    """Where ``nb`` prints ``words`` in order, ending just before ``end`` (not before
    ``low``), with at most :data:`_HEAD_PUT_IN` function words of its own among or
    after them, none a negation, number or modal; each word's place, or None.

    >>> _printed_before(["to", "be", "the", "council"], ["be", "council"], 4, 0)
    [1, 3]
    >>> _printed_before(["to", "be", "the", "council"], ["to", "be"], 4, 0) is None
    True
    """
    at: list[int] = []
    x = end - 1
    put_in = 0
    for w in reversed(words):
        while x >= low and nb[x] != w:
            if put_in == _HEAD_PUT_IN or _is_content(nb[x]):
                return None
            put_in += 1
            x -= 1
        if x < low:
            return None
        at.append(x)
        x -= 1
    return at[::-1]


def _whole_run(blocks: list[_Op], nb: Sequence[Hashable]) -> list[_Op] | None:
    """The alignment of ``a`` as one run of ``b``, when ``b`` prints all of ``a``'s words
    together and the alignment has them apart (*we will cut taxes* in *we will not cut
    taxes for the rich, we will cut taxes for workers*), else None."""
    if not all(op.tag in ("equal", "insert") for op in blocks) or not any(
        op.tag == "insert" for op in blocks[1:-1]
    ):
        return None
    words = [w for op in blocks if op.tag == "equal" for w in nb[op.dest_start : op.dest_end]]
    a0, b0 = blocks[0].src_start, blocks[0].dest_start
    a1, b1 = blocks[-1].src_end, blocks[-1].dest_end
    for at in range(b0, b1 - len(words) + 1):
        if _prints_at(nb, words, at, b0, b1):
            run = [
                _Op("insert", a0, a0, b0, at),
                _Op("equal", a0, a1, at, at + len(words)),
                _Op("insert", a1, a1, at + len(words), b1),
            ]
            return [op for op in run if op.src_end > op.src_start or op.dest_end > op.dest_start]
    return None


def _prints_at(
    nb: Sequence[Hashable], words: list[Hashable], at: int, low: int, high: int | None = None
) -> bool:
    """True when ``nb`` prints ``words`` from ``at``, inside ``[low, high)``."""
    end = at + len(words)
    if at < low or end > (len(nb) if high is None else high):
        return False
    return nb[at] == words[0] and list(nb[at:end]) == words


def _align(
    na: Sequence[Hashable], nb: Sequence[Hashable], max_cells: int
) -> tuple[list[_Op], bool]:
    """The word alignment of two texts, and whether it was approximated.

    Exact (rapidfuzz's Levenshtein opcodes) up to ``max_cells``; above it,
    :func:`_anchored`.
    """
    if len(na) * len(nb) <= max_cells:
        return _opcodes(na, nb), False
    return _anchored(na, nb, min(max_cells, _STRETCH_CELLS)), True


def _anchored(na: Sequence[Hashable], nb: Sequence[Hashable], stretch: int) -> list[_Op]:
    """An alignment built on anchors, in time about linear in the words.

    A stretch (at first both whole texts) loses the words its two sides share at
    the start and the end; then the word n-grams that occur exactly once on each
    side become anchors, the longest chain of them in the same order on both
    sides is matched, and the stretches between anchors go to the next level with
    shorter n-grams (:data:`_ANCHOR_SIZES`). A stretch of at most ``stretch``
    cells is aligned word by word; a larger one left after the last level is one
    replacement. Each level reads every word a bounded number of times, and the
    chain costs ``k log k`` for ``k`` anchors.
    """
    pairs: list[tuple[int, int]] = []  # matched words (i in na, j in nb)
    todo = [(0, len(na), 0, len(nb), 0)]
    while todo:
        i0, i1, j0, j1, level = todo.pop()
        while i0 < i1 and j0 < j1 and na[i0] == nb[j0]:
            pairs.append((i0, j0))
            i0, j0 = i0 + 1, j0 + 1
        while i0 < i1 and j0 < j1 and na[i1 - 1] == nb[j1 - 1]:
            i1, j1 = i1 - 1, j1 - 1
            pairs.append((i1, j1))
        if level == len(_ANCHOR_SIZES) or (i1 - i0) * (j1 - j0) <= stretch:
            continue
        size = _ANCHOR_SIZES[level]
        pi, pj = i0, j0
        for ai, aj in _unique_chain(na, nb, (i0, i1, j0, j1), size):
            if ai < pi or aj < pj:
                continue  # overlaps the anchor before it
            todo.append((pi, ai, pj, aj, level + 1))
            pairs.extend((ai + t, aj + t) for t in range(size))
            pi, pj = ai + size, aj + size
        todo.append((pi, i1, pj, j1, level + 1))
    pairs.sort()
    out: list[_Op] = []
    pi, pj = 0, 0
    for i, j in [*pairs, (len(na), len(nb))]:
        out.extend(_stretch_ops(na, nb, (pi, i, pj, j), stretch))
        if i < len(na):
            out.append(_Op("equal", i, i + 1, j, j + 1))
        pi, pj = i + 1, j + 1
    return _merged(out)


def _stretch_ops(
    na: Sequence[Hashable], nb: Sequence[Hashable], rng: tuple[int, int, int, int], stretch: int
) -> list[_Op]:
    """The alignment of ``na[i0:i1]`` with ``nb[j0:j1]``, a stretch between anchors."""
    i0, i1, j0, j1 = rng
    if i0 == i1 and j0 == j1:
        return []
    if i0 == i1:
        return [_Op("insert", i0, i1, j0, j1)]
    if j0 == j1:
        return [_Op("delete", i0, i1, j0, j1)]
    # A stretch too large to align at once (no anchors: repetitive or unrelated
    # words) is cut into k pieces of each side, aligned piece against piece:
    # k * stretch cells in all, at most sqrt(stretch) times the words.
    k = math.ceil(math.sqrt((i1 - i0) * (j1 - j0) / stretch))
    out: list[_Op] = []
    for p in range(k):
        a0, a1 = i0 + (i1 - i0) * p // k, i0 + (i1 - i0) * (p + 1) // k
        b0, b1 = j0 + (j1 - j0) * p // k, j0 + (j1 - j0) * (p + 1) // k
        if a0 == a1 or b0 == b1:
            if a0 < a1 or b0 < b1:
                out.append(_Op("delete" if a0 < a1 else "insert", a0, a1, b0, b1))
            continue
        out.extend(
            _Op(op.tag, op.src_start + a0, op.src_end + a0, op.dest_start + b0, op.dest_end + b0)
            for op in Levenshtein.opcodes(na[a0:a1], nb[b0:b1])
        )
    return _merged(out)


def _merged(ops: list[_Op]) -> list[_Op]:
    """Adjacent blocks of one tag joined (pieces aligned apart meet at their ends)."""
    out: list[_Op] = []
    for op in ops:
        if out and out[-1].tag == op.tag:
            out[-1] = out[-1]._replace(src_end=op.src_end, dest_end=op.dest_end)
        else:
            out.append(op)
    return out


def _unique_chain(
    na: Sequence[Hashable], nb: Sequence[Hashable], rng: tuple[int, int, int, int], size: int
) -> list[tuple[int, int]]:
    """Starts of the ``size``-grams printed once on each side, longest chain in order."""
    i0, i1, j0, j1 = rng

    def once(seq: Sequence[Hashable], lo: int, hi: int) -> dict[Hashable, int]:
        grams: Iterable[Hashable] = seq[lo:hi]
        if size > 1:
            grams = (tuple(seq[k : k + size]) for k in range(lo, hi - size + 1))
        seen: dict[Hashable, int] = {}
        for k, g in enumerate(grams, lo):
            seen[g] = -1 if g in seen else k
        return {g: k for g, k in seen.items() if k >= 0}

    in_b = once(nb, j0, j1)
    candidates = [(i, in_b[g]) for g, i in once(na, i0, i1).items() if g in in_b]
    candidates.sort()
    # Longest chain increasing in both (patience sorting), k log k.
    tails: list[int] = []  # tails[n]: the smallest j ending a chain of n + 1
    ends: list[int] = []  # the candidate index of that tail
    back = [-1] * len(candidates)
    for c, (_i, j) in enumerate(candidates):
        n = bisect.bisect_left(tails, j)
        back[c] = ends[n - 1] if n else -1
        if n == len(tails):
            tails.append(j)
            ends.append(c)
        else:
            tails[n], ends[n] = j, c
    chain = []
    c = ends[-1] if ends else -1
    while c >= 0:
        chain.append(candidates[c])
        c = back[c]
    return chain[::-1]


def _one_reordering(edits: list[Edit], texts: tuple[str, str]) -> list[Edit]:
    """The same words in another order: one reordering over the changed stretch."""
    changed = [e for e in edits if e.kind not in (EditKind.CASE, EditKind.SPELLING)]
    if not changed:
        return edits
    a_s = min(e.a_start for e in changed)
    a_e = max(e.a_end for e in changed)
    b_s = min(e.b_start for e in changed)
    b_e = max(e.b_end for e in changed)
    merged = _new_edit(
        kind=EditKind.REORDERED,
        a_start=a_s,
        a_end=a_e,
        b_start=b_s,
        b_end=b_e,
        a_text=texts[0][a_s:a_e],
        b_text=texts[1][b_s:b_e],
    )
    rest = [e for e in edits if e.kind in (EditKind.CASE, EditKind.SPELLING)]
    return [*rest, merged]


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light stem for counting shared content words: pressure = pressured; an
    ordinal in digits stands for its number (*Sept. 11th* / *Sept. 11*, one date
    in two formats). Only the count of shared content reads stems: the edit between
    the two forms is still a number printed otherwise, as is *first* (``1st``) / *one*.

    >>> _stem("pressured"), _stem("11th"), _stem("north")
    ('pressu', '11', 'north')
    """
    if word[:1].isdigit() and word[-2:] in load("ordinal_suffixes") and word[:-2].isdigit():
        word = word[:-2]  # (a number has no suffix of stem_suffixes to cut)
    for suffix in entries("stem_suffixes"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:6]  # pressure / pressured / pressures: one stem


_SPELLING_MIN = 5  # letters from which a word may be a spelling variant of another
_SPELLING_WORD = 85  # ... and how alike its letters must be (fuzz.ratio)


def _same_word(x: str, y: str) -> bool:
    """Equal, or a spelling variant of a longer word (Zelensky/Zelenskyy)."""
    return x == y or (min(len(x), len(y)) >= _SPELLING_MIN and fuzz.ratio(x, y) >= _SPELLING_WORD)


def _is_part(na: list[str], nb: list[str], a_gaps: frozenset[int], b_gaps: frozenset[int]) -> bool:
    """True when the shorter word list is a contiguous run of the longer one.

    Gaps in the shorter (ellipses) split it into runs that must appear in order.
    """
    if len(na) == len(nb):
        return False
    short, long_, gaps = (na, nb, a_gaps) if len(na) < len(nb) else (nb, na, b_gaps)
    cuts = sorted(g for g in gaps if 0 < g < len(short))
    runs = [short[i:j] for i, j in zip([0, *cuts], [*cuts, len(short)], strict=True)]
    pos = 0
    for n, run in enumerate(runs):
        found = -1
        # only the places where the run's first word is printed (or spelt alike) are read
        for start in _heads(long_, run[0] if run else None, pos, len(long_) - len(run) + 1):
            stretch = long_[start : start + len(run)]
            if stretch == run or all(_same_word(x, y) for x, y in zip(stretch, run, strict=True)):
                found = start
                break
        if found < 0 or (n > 0 and not cuts and found != pos):
            return False
        pos = found + len(run)
    return True


def _heads(words_: list[str], head: str | None, lo: int, hi: int) -> Iterator[int]:
    """The positions ``x`` in ``[lo, hi)``, ascending, where ``_same_word(words_[x], head)``
    (all of them when ``head`` is None). A word under five letters has no spelling
    variant: only its own places are read (``list.index``, in C)."""
    if head is None:
        yield from range(lo, hi)
    elif len(head) < _SPELLING_MIN:
        x = lo
        while x < hi:
            try:
                x = words_.index(head, x, hi)
            except ValueError:
                return
            yield x
            x += 1
    else:
        for x in range(lo, hi):
            w = words_[x]
            if w == head or (len(w) >= _SPELLING_MIN and fuzz.ratio(w, head) >= _SPELLING_WORD):
                yield x


def _is_run_of(
    na: list[str], nb: list[str], a_gaps: frozenset[int], b_gaps: frozenset[int]
) -> bool:
    """:func:`_is_part` in linear time, for long texts: the words must be equal.

    The runs are found with ``str.find`` over the words joined by a separator no
    word holds, so a spelling variant (Zelensky/Zelenskyy) breaks a run here.
    """
    if len(na) == len(nb):
        return False
    short, long_, gaps = (na, nb, a_gaps) if len(na) < len(nb) else (nb, na, b_gaps)
    cuts = sorted(g for g in gaps if 0 < g < len(short))
    sep = "\x1f"
    hay = sep + sep.join(long_) + sep
    at = 0
    for i, j in zip([0, *cuts], [*cuts, len(short)], strict=True):
        needle = sep + sep.join(short[i:j]) + sep
        found = hay.find(needle, at)
        if found < 0:
            return False
        at = found + len(needle) - 1  # the separator after the run starts the next
    return True


def _reorders(edits: list[Edit]) -> list[Edit]:
    """A deletion and an insertion of the same words are one reordering."""
    dels = [e for e in edits if e.kind in (EditKind.DELETED, EditKind.TRUNCATED) and e.a_text]
    if not dels:
        return list(edits)
    ins = [e for e in edits if e.kind in (EditKind.INSERTED, EditKind.TRUNCATED) and e.b_text]
    if not ins or (len(ins) == 1 and ins[0] is dels[0] and len(dels) == 1):
        return list(edits)  # no insertion for a deletion to join: no words to read
    ins_by_words: dict[tuple[str, ...], list[Edit]] = {}
    for e in ins:
        ins_by_words.setdefault(_sorted_words(e.b_text), []).append(e)
    replaced: dict[int, Edit] = {}  # id of a deletion -> the reordering it becomes
    removed: set[int] = set()  # ids of the insertions merged into one
    for d in dels:
        if not d.a_text:
            continue
        i = next((i for i in ins_by_words.get(_sorted_words(d.a_text), ()) if i is not d), None)
        if i is None or id(d) in removed or id(i) in removed or id(i) in replaced:
            continue
        replaced[id(d)] = _new_edit(
            kind=EditKind.REORDERED,
            a_start=d.a_start,
            a_end=d.a_end,
            b_start=i.b_start,
            b_end=i.b_end,
            a_text=d.a_text,
            b_text=i.b_text,
        )
        removed.add(id(i))
    return [replaced.get(id(e), e) for e in edits if id(e) not in removed]


@functools.lru_cache(maxsize=4096)
def _sorted_words(text: str) -> tuple[str, ...]:
    return tuple(sorted(w.norm for w in words(text)))


def _window_score(
    na: list[str], nb: list[str], opcodes: Sequence[_Op], *, approximate: bool = False
) -> float:
    """Similarity of the shorter quote to the stretch of the longer it aligns with.

    "pave the path towards peace" against a long quote that ends "... and so we
    pave the way for peace" is compared with "pave the way for peace" only.
    """
    equal = [op for op in opcodes if op.tag == "equal"]
    if not equal:
        return 0.0
    if len(na) <= len(nb):
        shorter, window = na, nb[equal[0].dest_start : equal[-1].dest_end]
    else:
        shorter, window = nb, na[equal[0].src_start : equal[-1].src_end]
    shared = content_norms(window)
    core = Counter(shared) & Counter(content_norms(shorter))
    if sum(core.values()) < 2:
        return 0.0  # two stretches that share only function words are not one quote
    if approximate:
        lcs = sum(op.src_end - op.src_start for op in equal)
        return 200.0 * lcs / (len(shorter) + len(window))
    return float(Indel.normalized_similarity(shorter, window) * 100.0)


# Zipf values on the background table's scale: the most common word ("the") is
# about 7.7; a word missing from the table is rarer than its last (about 2.7).
_ZIPF_TOP = 7.7
_ZIPF_UNLISTED = 2.5
# A corpus's own document frequencies replace the background table from this many
# quotes up: below it, a word's count says more about chance than about the word.
IDF_MIN_QUOTES = 1000


@functools.cache
def _zipf() -> dict[str, float]:
    return load_zipf("word_frequency")


@functools.lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """How informative a normalised word is, from the shipped background table.

    The inverse document frequency a word would have in a corpus of short news
    quotes, read from its general frequency (the Zipf scale of
    ``lexicons/word_frequency.tsv``): ``ln(10) * (7.7 - zipf)``. Function words
    weigh nothing; a word the table does not list (a rare word, a name) weighs
    the most. Numbers and negations weigh as words do.

    >>> word_weight("the"), word_weight("we")
    (0.0, 0.0)
    >>> word_weight("ceasefire") > word_weight("summit") > word_weight("said") > 0
    True
    """
    if is_function_word(word):
        return 0.0
    zipf = _zipf().get(word, _ZIPF_UNLISTED)
    return max(0.0, math.log(10.0) * (_ZIPF_TOP - zipf))


def idf_weights(frequencies: Sequence[int], quotes: int) -> list[float]:
    """Inverse document frequencies: ``ln((quotes + 1) / (df + 0.5))`` for each word's
    document frequency ``df`` (the number of quotes that hold it) among ``quotes``.

    >>> [round(w, 2) for w in idf_weights([1, 10, 100], 100)]
    [4.21, 2.26, 0.0]
    """
    return [max(0.0, math.log((quotes + 1) / (df + 0.5))) for df in frequencies]


def informative_overlap(
    a: Iterable[Hashable],
    b: Iterable[Hashable],
    weight: Callable[[Hashable], float],
    *,
    interior: tuple[float, float] = (0.0, 0.0),
) -> tuple[float, float]:
    """How much informative content two quotes' content words share, both ways.

    Returns ``(informative, balance)``: the weight of the words both hold (counted
    as often as both hold them) over the lighter quote's total weight, and over
    the mean of the two totals (a weighted Dice). Order does not matter, and
    ``overlap(a, b) == overlap(b, a)``. A lighter side whose words weigh nothing
    (function words only) is wholly printed in the other: ``(1.0, 0.0)``, or
    ``(1.0, 1.0)`` when neither side weighs anything.

    >>> w = {"proud": 1.0, "nurses": 2.0, "record": 2.0, "taxes": 2.0}.__getitem__
    >>> informative_overlap(["proud", "nurses"], ["proud", "record", "taxes"], w)
    (0.3333333333333333, 0.25)
    >>> informative_overlap(["proud", "nurses"], ["so", "proud", "nurses"][1:], w)
    (1.0, 1.0)
    """
    ca, cb = Counter(a), Counter(b)
    # Each sum adds weight(x) * n in the order of the words' first appearance (the
    # products and their order fixed, so the floats are the same however computed).
    wa = sum(map(operator.mul, map(weight, ca), ca.values()))
    wb = sum(map(operator.mul, map(weight, cb), cb.values()))
    if min(wa, wb) <= 0.0:
        # Nothing informative on the lighter side: nothing of it is left unprinted.
        return 1.0, 1.0 if max(wa, wb) <= 0.0 else 0.0
    both = ca & cb
    shared = sum(map(operator.mul, map(weight, both), both.values()))
    # Words swapped inside an aligned frame (interior_substitutions) count as printed
    # for the decision: "pave the path towards peace" / "pave the way for peace".
    covered = shared + (interior[0] if wa < wb else interior[1] if wb < wa else max(interior))
    return min(1.0, covered / min(wa, wb)), 2.0 * shared / (wa + wb)


def interior_substitutions(
    na: Sequence[Hashable], nb: Sequence[Hashable], weight: Callable[[Hashable], float]
) -> tuple[float, float]:
    """The weight of the words of each side that an alignment swaps *inside* a frame.

    A replacement of at most three words a side between two runs printed alike
    ("pave the **path towards** peace" / "pave the **way for** peace") is a
    rewording or a changed word within one statement; words that differ at an end
    ("we are proud of our **nurses**" / "... our **record on taxes**") are another
    statement in the same frame, and are not counted. Quadratic in the words, so
    nothing is counted above :data:`MAX_CELLS`.

    >>> one = {"pave": 1.0, "path": 1.0, "towards": 1.0, "way": 1.0, "peace": 1.0}
    >>> interior_substitutions("pave the path towards peace".split(),
    ...                        "pave the way for peace".split(), lambda w: one.get(w, 0.0))
    (2.0, 1.0)
    """
    if len(na) * len(nb) > MAX_CELLS:
        return 0.0, 0.0
    if _after(na, nb):
        # One canonical order, so that ties in the alignment fall the same way.
        back = interior_substitutions(nb, na, weight)
        return back[1], back[0]
    ops = _opcodes(na, nb)
    wa = wb = 0.0
    for before, op, after in zip(ops, ops[1:], ops[2:], strict=False):
        if op.tag != "replace" or before.tag != "equal" or after.tag != "equal":
            continue
        if max(op.src_end - op.src_start, op.dest_end - op.dest_start) > _LOCAL_EDIT:
            continue
        wa += sum(weight(w) for w in na[op.src_start : op.src_end])
        wb += sum(weight(w) for w in nb[op.dest_start : op.dest_end])
    return wa, wb


def _stem_weight(words_: Iterable[str]) -> Callable[[Hashable], float]:
    """The weight of a stem: that of the most informative word it stands for."""
    best: dict[Hashable, float] = {}
    for w in words_:
        k = _stem(w)
        best[k] = max(best.get(k, 0.0), word_weight(w))
    return best.__getitem__


def _after(na: Sequence[Hashable], nb: Sequence[Hashable]) -> bool:
    """True when ``na`` comes after ``nb`` in one fixed order (length, then words);
    words that cannot be ordered keep the order given."""
    if len(na) != len(nb):
        return len(na) > len(nb)
    try:
        return tuple(na) > tuple(nb)
    except TypeError:
        return False


def _stem_overlap(
    content_a: list[str], content_b: list[str], *, interior: tuple[float, float] = (0.0, 0.0)
) -> tuple[float, float]:
    """:func:`informative_overlap` of two lists of content words, read on their stems
    (pressure = pressured), each stem weighing as its most informative word."""
    ca, cb = [_stem(w) for w in content_a], [_stem(w) for w in content_b]
    return informative_overlap(ca, cb, _stem_weight([*content_a, *content_b]), interior=interior)


def match_links(m: Match) -> bool:
    """The one decision for a pair: do the two quotes of ``m`` report one utterance?

    Exact and fragment always link (one quote prints the other's words); a
    paraphrase links (:func:`compare` calls a pair a paraphrase only when it
    shares informative content); a variant links only when the informative
    content of the lighter quote is mostly printed in the other
    (:meth:`Thresholds.links`). ``Match.linked`` reads this.

    >>> match_links(compare("We are proud of our nurses", "We are proud of our record on taxes"))
    False
    >>> match_links(compare("we are proud of our nurses", "We are so proud of our nurses."))
    True
    """
    if m.relation is not Relation.VARIANT:
        return m.relation.linked
    na, nb = _prepared(m.a).norms, _prepared(m.b).norms
    # m.score is capped at MEANING_CAP (50) only from above it: below the loose score
    # it is the similarity itself.
    if THRESHOLDS.is_loose(m.score) and not window_printed(na, nb, _is_content):
        return False
    content_a = content_norms(na)
    content_b = content_norms(nb)
    informative, _balance = _stem_overlap(content_a, content_b)
    if THRESHOLDS.links(m.relation, informative):
        return True
    interior = interior_substitutions(na, nb, word_weight)
    informative, _balance = _stem_overlap(content_a, content_b, interior=interior)
    if THRESHOLDS.links(m.relation, informative):
        return True
    ja, jb = "".join(na), "".join(nb)  # the same letters, spaced or bracketed otherwise
    return _letters_affordable(ja, jb, exact=not m.approximate) and (
        fuzz.ratio(ja, jb) >= SPELLING_SCORE
    )


def _relation(
    na: list[str],
    nb: list[str],
    edits: list[Edit],
    *,
    score: float,
    containment: float,
    window: float | Callable[[], float],
    contiguous: bool,
    blocks: Sequence[_Op] | None = None,
) -> Relation:
    """The relation, from measures that do not depend on which quote came first.

    ``blocks`` is the alignment when it was approximated (long texts): the longest
    run printed alike is then read from it, and the letters are not compared.
    """
    meaning = any(e.kind in _MEANING_KINDS for e in edits)  # Edit.changes_meaning
    if na == nb:
        return Relation.EXACT
    shorter, longer = (na, nb) if len(na) <= len(nb) else (nb, na)
    content = content_norms(shorter)
    if len(shorter) == 1 and any(x + y == shorter[0] for x, y in itertools.pairwise(longer)):
        return Relation.FRAGMENT  # "multitool" inside "multi-tool knife": one compound
    if (
        not meaning
        and contiguous
        and (len(content) >= 2 or (len(content) == 1 and len(content[0]) >= _ONE_WORD))
    ):
        return Relation.FRAGMENT
    shares = _shares_content(content, longer)
    if len(na) == len(nb):
        # Neither is the shorter: each must hold the other's content words.
        shares = shares and _shares_content(content_norms(longer), shorter)
    if shares and THRESHOLDS.is_variant(
        len(shorter), score=score, containment=containment, window=window
    ):
        # Close in wording: a variant. Whether it is one utterance (a link) also asks
        # for shared informative content: Thresholds.links, Match.linked.
        return Relation.VARIANT
    ja, jb = "".join(na), "".join(nb)
    if _letters_affordable(ja, jb, exact=blocks is None) and fuzz.ratio(ja, jb) >= SPELLING_SCORE:
        return Relation.VARIANT  # "Eleonora [67]" / "Eleonora67": the same letters
    content_a = content_norms(na)
    content_b = content_norms(nb)
    ca, cb = [_stem(w) for w in content_a], [_stem(w) for w in content_b]
    if len(ca) == 1 and len(ca[0]) >= _ONE_WORD and ca[0] in cb and len(na) <= 2:
        return Relation.PARAPHRASE  # a one-word scare quote ("realistic") echoing the other
    if not THRESHOLDS.is_paraphrase(*_stem_overlap(content_a, content_b)):
        return Relation.UNRELATED  # too little informative content in common
    shared = sum((Counter(ca) & Counter(cb)).values())
    coverage = shared / min(len(ca), len(cb)) if ca and cb else 0.0
    if (shared >= PARAPHRASE_SHARED and coverage >= PARAPHRASE_COVERAGE) or (
        shared >= 2 and score >= PARAPHRASE_SCORE
    ):
        return Relation.PARAPHRASE
    run = _shared_run(na, nb) if blocks is None else _aligned_run(na, blocks)
    if run >= SHARED_RUN:
        return Relation.PARAPHRASE  # "after what happened here" printed in both
    if len(shorter) <= _SHORT_ECHO and shared and shared * 2 >= min(len(ca), len(cb)):
        long_shared = set(ca) & set(cb)
        if any(len(w) >= 6 for w in long_shared):
            return Relation.PARAPHRASE  # "terrorist attack" / "criminal and terrorist"
    return Relation.UNRELATED


def _letters_affordable(ja: str, jb: str, *, exact: bool) -> bool:
    """True when the letters of two texts can be compared: always for an exact
    alignment, else while rapidfuzz's bit-parallel ratio stays under ``_LETTER_WORK``."""
    short, long_ = sorted((len(ja), len(jb)))
    return exact or (short // 64 + 1) * long_ <= _LETTER_WORK


def _aligned_run(na: list[str], blocks: Sequence[_Op]) -> int:
    """:func:`_shared_run` over the equal blocks of an alignment (linear)."""
    best = 0
    for op in blocks:
        if op.tag == "equal" and op.src_end - op.src_start >= 3:
            run = na[op.src_start : op.src_end]
            content = len(content_norms(run))
            best = max(best, content + (len(run) >= 4))
    return best


def _shared_run(na: list[str], nb: list[str]) -> int:
    """Content words in the longest run of three or more words printed alike in both.

    A run of four words or more counts one more: "after what happened here".
    """
    where: dict[str, list[int]] = {}
    for j, w in enumerate(nb):
        where.setdefault(w, []).append(j)
    best = 0
    prev: dict[int, int] = {}
    for w in na:
        cur = {j: prev.get(j - 1, 0) + 1 for j in where.get(w, ())}
        for j, length in cur.items():
            if length >= 3:
                run = nb[j - length + 1 : j + 1]
                content = len(content_norms(run))
                best = max(best, content + (length >= 4))
        prev = cur
    return best


def relate_words(
    na: Sequence[Hashable],
    nb: Sequence[Hashable],
    *,
    stop: Container[Hashable] = frozenset(),
    sensitive: AbstractSet[Hashable] = frozenset(),
    max_cells: int = MAX_CELLS,
    weight: Callable[[Hashable], float] | None = None,
) -> tuple[Relation, float, bool]:
    """The relation, score and meaning-change flag of two normalised word sequences.

    The fast path of :func:`compare` for grouping many quotes: the same thresholds,
    applied to words (or word ids) with no alignment and no edits. ``stop`` holds
    the function words, ``sensitive`` the negations and numbers whose count must
    agree. Only exact, fragment, variant and unrelated are told apart, and a
    variant here is a link (:meth:`Thresholds.links`): it must share most of the
    informative weight of its lighter side, each content word weighing
    ``weight(word)`` (by default :func:`word_weight` for a string, 1 for an id;
    grouping passes the corpus's inverse document frequencies). Like
    :func:`compare`, the answer does not depend on the order of the two
    sequences, and above ``max_cells`` the measures come from the anchored
    alignment (time about linear in the words). A loose variant must print its
    shorter side's words (:func:`window_printed`).

    >>> relate_words("our security".split(), "to our national security".split())
    (<Relation.VARIANT: 'variant'>, 66.67, False)
    >>> relate_words("i am a crook".split(), "i am not a crook".split(), sensitive={"not"})
    (<Relation.VARIANT: 'variant'>, 50.0, True)
    """
    if len(na) == len(nb) and tuple(na) == tuple(nb):
        return Relation.EXACT, 100.0, False
    if not na or not nb:
        return Relation.UNRELATED, 0.0, False
    big = len(na) * len(nb) > _check_cells(max_cells)
    blocks = _anchored(na, nb, min(max_cells, _STRETCH_CELLS)) if big else None
    if blocks is None:
        score = Indel.normalized_similarity(na, nb) * 100.0
        lcs = -1  # computed below, only when needed
    else:
        lcs = sum(op.src_end - op.src_start for op in blocks if op.tag == "equal")
        score = 200.0 * lcs / (len(na) + len(nb))
    shorter, longer = (na, nb) if len(na) <= len(nb) else (nb, na)
    content = [w for w in shorter if w not in stop]
    if content and _holds_run(longer, shorter):
        return Relation.FRAGMENT, round(score, 2), False
    meaning = False
    if not sensitive.isdisjoint(na) or not sensitive.isdisjoint(nb):
        meaning = _sensitive_differ(na, nb, sensitive) and _sensitive_differ(
            *_aligned_spans(na, nb, max_cells), sensitive
        )
    relation = Relation.UNRELATED
    shares = _shares_content(content, longer)
    readings = [(shorter, longer, content)]
    if len(na) == len(nb):
        # Neither is the shorter: each must hold the other's content words, and the
        # aligned window is read both ways.
        other = [w for w in longer if w not in stop]
        shares = shares and _shares_content(other, shorter)
        readings.append((longer, shorter, other))
    if not shares:
        return relation, round(min(score, MEANING_CAP) if meaning else score, 2), meaning
    if lcs < 0:
        lcs = LCSseq.similarity(na, nb)
    containment = lcs / len(shorter)

    def window() -> float:
        return max(
            (_window_value(x, y, big=big) for x, y, c in readings if len(c) >= 2), default=0.0
        )

    if THRESHOLDS.is_variant(
        len(shorter), score=score, containment=containment, window=window
    ) and _enough_content(na, nb, stop, weight or _default_weight):
        relation = Relation.VARIANT
        if THRESHOLDS.is_loose(score) and not window_printed(
            na,
            nb,
            lambda w: w not in stop or w in sensitive,
            max_cells=max_cells,
        ):
            relation = Relation.UNRELATED
    if meaning:
        score = min(score, MEANING_CAP)
    return relation, round(score, 2), meaning


def _sensitive_differ(
    na: Sequence[Hashable], nb: Sequence[Hashable], sensitive: AbstractSet[Hashable]
) -> bool:
    """True when the two lists hold their negations and numbers (``sensitive``) a
    different number of times: as multisets, compared sorted (in C) when the words
    can be ordered."""
    in_a = list(filter(sensitive.__contains__, na))
    in_b = list(filter(sensitive.__contains__, nb))
    if len(in_a) != len(in_b):
        return True
    try:
        return sorted(in_a) != sorted(in_b)  # type: ignore[type-var]
    except TypeError:  # words of kinds that do not order
        return Counter(in_a) != Counter(in_b)


def _aligned_spans(
    na: Sequence[Hashable], nb: Sequence[Hashable], max_cells: int
) -> tuple[Sequence[Hashable], Sequence[Hashable]]:
    """Each list from its first to its last word aligned alike with the other: what
    both quote, without the words either goes on with at its ends (which
    :func:`compare` calls a truncation, never a change of meaning).

    >>> _aligned_spans("we will not stop".split(), "no we will stop them".split(), 100)
    (['we', 'will', 'not', 'stop'], ['we', 'will', 'stop'])
    """
    if _after(na, nb):
        back = _aligned_spans(nb, na, max_cells)
        return back[1], back[0]
    if len(na) * len(nb) <= max_cells:
        blocks = [_Op(*op) for op in Indel.opcodes(na, nb)]
    else:
        blocks = _anchored(na, nb, min(max_cells, _STRETCH_CELLS))
    runs = [op for op in blocks if op.tag == "equal"]
    if not runs:
        return na, nb
    first, last = runs[0], runs[-1]
    return (
        na[first.src_start : last.src_end],
        nb[first.dest_start : last.dest_end],
    )


def _enough_content(
    na: Sequence[Hashable],
    nb: Sequence[Hashable],
    stop: Container[Hashable],
    weight: Callable[[Hashable], float],
) -> bool:
    """The content half of the variant decision for :func:`relate_words`: the
    informative weight the two share, and (only when that is not enough, as the
    alignment costs more) the words swapped inside an aligned frame."""
    content_a = [w for w in na if w not in stop]
    content_b = [w for w in nb if w not in stop]
    informative, _balance = informative_overlap(content_a, content_b, weight)
    if informative >= THRESHOLDS.variant_informative:
        return True

    def content_weight(w: Hashable) -> float:
        return 0.0 if w in stop else weight(w)

    interior = interior_substitutions(na, nb, content_weight)
    if interior == (0.0, 0.0):
        return False
    informative, _balance = informative_overlap(content_a, content_b, weight, interior=interior)
    return informative >= THRESHOLDS.variant_informative


def _spelt_alike(a: Sequence[Hashable], b: Sequence[Hashable]) -> bool:
    """True when two runs of normalised words are one spelling apart (their letters
    joined reach :data:`SPELLING_SCORE`); word ids are never."""
    if not a or not b or not all(isinstance(w, str) for w in (*a, *b)):
        return False
    return fuzz.ratio("".join(map(str, a)), "".join(map(str, b))) >= SPELLING_SCORE


def _is_content(word: Hashable) -> bool:
    """A normalised content word, negation, number or modal."""
    return isinstance(word, str) and (not is_function_word(word) or _sensitive(word))


def window_printed(
    na: Sequence[Hashable],
    nb: Sequence[Hashable],
    is_content: Callable[[Hashable], bool],
    *,
    max_cells: int = MAX_CELLS,
) -> bool:
    """True when the shorter word list is printed in the stretch of the longer it
    aligns with: between its first and last word aligned alike, it says no
    content word (``is_content``) that the longer does not print, and puts no
    word in place of a content word that it does not print itself; but a swap
    of at most three words a side between two runs printed alike is a rewording
    inside one frame (as :func:`interior_substitutions` counts it).

    The test a loose variant (:meth:`Thresholds.is_loose`) must pass to link, in
    :func:`match_links` and :func:`relate_words` alike: the words cut at the ends
    are the other quote's context, and words the shorter leaves out inside are an
    excerpt's cuts, but words it adds inside, or says where the longer goes on
    about something else, make another statement in the same frame. "many people
    like the plan" is not printed in "many people out there, pundits and
    politicians, say the plan is dead"; "bomb them into oblivion" is printed in
    "bomb the enemy's militants into oblivion" (an editor's words for *them*),
    and "pave the path towards peace" in "we will pave the way for peace" (a
    rewording). The answer does not depend on the order of the lists.

    >>> content = lambda w: w not in {"and", "the", "out", "there", "them", "is", "like"}
    >>> window_printed("many people like the plan".split(),
    ...     "many people out there pundits and politicians say the plan is dead".split(),
    ...     content)
    False
    >>> window_printed("bomb them into oblivion".split(),
    ...     "we will bomb the enemy militants into oblivion".split(), content)
    True
    """
    if _after(na, nb):
        return window_printed(nb, na, is_content, max_cells=max_cells)
    # na is now the shorter (or the first in the fixed order of two of one length)
    # The most words in common, in order (an LCS alignment, not the Levenshtein one,
    # which would rather swap a word than skip one on each side); then each stretch
    # between two runs aligned alike, from both sides.
    if len(na) * len(nb) <= _check_cells(max_cells):
        blocks = [_Op(*op) for op in Indel.opcodes(na, nb)]
    else:
        blocks = _anchored(na, nb, min(max_cells, _STRETCH_CELLS))
    runs = [op for op in blocks if op.tag == "equal"]
    in_a, in_b = set(na), set(nb)  # a word printed elsewhere was moved, not swapped
    for before, after in itertools.pairwise(runs):
        mine, theirs = na[before.src_end : after.src_start], nb[before.dest_end : after.dest_start]
        if _spelt_alike(mine, theirs):
            continue  # "day s" / "days": one word printed two ways
        if mine and theirs and max(len(mine), len(theirs)) <= _LOCAL_EDIT:
            continue  # a rewording inside a frame, as interior_substitutions counts it
        if any(is_content(w) and w not in in_b for w in mine):
            return False  # the shorter says a content word of its own here
        if mine and any(is_content(w) and w not in in_a for w in theirs):
            return False  # ... or another word where the longer says one
    return True


def _default_weight(word: Hashable) -> float:
    return word_weight(word) if isinstance(word, str) else 1.0


def _window_value(shorter: Sequence[Hashable], longer: Sequence[Hashable], *, big: bool) -> float:
    """Similarity of ``shorter`` to the stretch of ``longer`` it aligns with (0 when
    fewer than two words line up)."""
    ops = _anchored(shorter, longer, _STRETCH_CELLS) if big else _opcodes(shorter, longer)
    blocks = [op for op in ops if op.tag == "equal"]
    if not blocks:
        return 0.0
    window = longer[blocks[0].dest_start : blocks[-1].dest_end]
    shared = sum(b.src_end - b.src_start for b in blocks)
    if shared < 2:
        return 0.0
    if big:
        return 200.0 * shared / (len(shorter) + len(window))
    return float(Indel.normalized_similarity(shorter, window) * 100)


def _shares_content(content: Sequence[Hashable], longer: Sequence[Hashable]) -> bool:
    """True when the longer quote holds two of the shorter's distinct content words
    (or its only one, however often it is repeated).

    Function words alone ("not not" / "to the") never make two quotes variants.
    Distinct words on both sides: "summit ... summit ... summit" has one content
    word, which the other quote holds.
    """
    distinct = set(content)
    return len(distinct.intersection(longer)) >= min(2, len(distinct))


def _holds_run(longer: Sequence[Hashable], shorter: Sequence[Hashable]) -> bool:
    """True when ``shorter`` appears as a contiguous run of ``longer``."""
    if isinstance(longer, array) and isinstance(shorter, array):
        hay, needle, size = longer.tobytes(), shorter.tobytes(), longer.itemsize
        at = hay.find(needle)
        while at >= 0 and at % size:
            at = hay.find(needle, at + 1)
        return at >= 0
    n = len(shorter)
    if n * len(longer) > MAX_CELLS:
        return _kmp_find(longer, shorter)
    first = shorter[0]
    for i in range(len(longer) - n + 1):
        if longer[i] == first and all(longer[i + k] == shorter[k] for k in range(1, n)):
            return True
    return False


def _kmp_find(hay: Sequence[Hashable], needle: Sequence[Hashable]) -> bool:
    """Knuth-Morris-Pratt: ``needle`` as a run of ``hay``, in linear time."""
    fail = [0] * len(needle)
    k = 0
    for i in range(1, len(needle)):
        while k and needle[i] != needle[k]:
            k = fail[k - 1]
        if needle[i] == needle[k]:
            k += 1
        fail[i] = k
    k = 0
    for x in hay:
        while k and x != needle[k]:
            k = fail[k - 1]
        if x == needle[k]:
            k += 1
            if k == len(needle):
                return True
    return False
