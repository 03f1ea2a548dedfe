"""Stage 5, matching: rule out a query's candidates on their word ids, before aligning them.

:meth:`~quoteverify.corpus.Corpus.find` takes a few hundred candidates from the
index for each query, and most of them share a rare word or two with it and
nothing more. :func:`~quoteverify.matching.compare.compare` would call them
unrelated, but only after aligning them word by word and labelling every edit.
:class:`QueryBound` tells, from the word ids the index stores, which candidates
``compare()`` cannot relate to the query (any relation but unrelated), so that
only the others are aligned. It is a bound, not a decision: a candidate it
keeps may still turn out unrelated, but a candidate ``compare()`` relates is
never ruled out (a property test holds it to ``compare()``).

With ``s`` the number of words of the shorter text, ``compare()`` relates two
texts only when one of these holds, and the bound checks them cheapest first:

* ``s`` is at most four (a short quote may echo one word of the other);
* the words both print in order (counted on word ids, in C) are all of the
  shorter's (exact, fragment); or they reach
  :meth:`~quoteverify.matching.compare.Thresholds.min_common`, the shorter's
  content words are printed in the other, and the score, containment or aligned
  window pass :meth:`~quoteverify.matching.compare.Thresholds.is_variant` (variant
  wording; the window is read from the alignment ``compare()`` would make);
* every word of the shorter is printed in the other or is a spelling variant of
  one of its words (a fragment with spellings changed);
* most of the informative weight of the lighter side is printed in the other,
  counted on word stems as :func:`~quoteverify.matching.compare.compare` counts
  it for a paraphrase (:meth:`~quoteverify.matching.compare.Thresholds.is_paraphrase`);
* the joined letters are alike (:data:`~quoteverify.matching.compare.SPELLING_SCORE`).

Most candidates fail every test, so the last three are first read from tables of
the index's words by id (kept beside the index, each word read once): which
words are short, how much weight each has, and which indexed words share a stem
with the query; and from the letters of each quote, counted when it was indexed
(:meth:`~quoteverify.matching.index.QuoteIndex.letters_of`). Only a candidate that
these cannot rule out has its words read one by one.

>>> from quoteverify.matching.index import QuoteIndex
>>> from quoteverify.text.normalize import prepare, words
>>> idx = QuoteIndex()
>>> for text in ("the talks on the ceasefire went on late into the night",
...              "the ceasefire talks will resume in Cairo after the holiday weekend"):
...     _ = idx.add(words(text))
>>> bound = QueryBound(prepare("the talks on the ceasefire went on until the morning"), idx)
>>> bound.allows(0), bound.allows(1)
(True, False)
"""

from __future__ import annotations

import functools
import itertools
import weakref
from array import array
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from rapidfuzz.process import extractOne

from ..text.normalize import Prepared, is_function_word
from .compare import (
    _SHORT_ECHO,
    MAX_CELLS,
    SPELLING_SCORE,
    THRESHOLDS,
    _edged,
    _opcodes,
    _same_word,
    _stem,
    _window_score,
    word_weight,
)
from .index import QuoteIndex

__all__ = ["QueryBound"]

_SLACK = 1e-9  # the bound errs on the side of keeping a candidate when sums round
_SPELLING_LENGTH = 5  # letters from which a word may be a spelling variant of another
_SPELLING_RATIO = 85.0  # ... and the letters it shares with it (compare._same_word)


@functools.cache
def _min_common(shorter: int) -> float:
    """``THRESHOLDS.min_common(shorter)``, computed once per length."""
    return THRESHOLDS.min_common(shorter)


@functools.lru_cache(maxsize=1 << 16)
def _info(norm: str) -> tuple[bool, str, float]:
    """A normalised word's part in the decision: content word or not, stem, weight."""
    return not is_function_word(norm), _stem(norm), word_weight(norm)


class _Side:
    """One text's words, read as the decision reads them: its content word ids, its
    words too short to be spelling variants, and its content stems (with their counts
    and the weight of their most informative word)."""

    __slots__ = ("content", "ids", "norms", "short", "stem_count", "stem_weight", "weight")

    def __init__(self, norms: list[str], ids: Sequence[int]) -> None:
        self.norms, self.ids = norms, ids
        self.content: set[int] = set()
        self.short: set[int] = set()
        count: dict[str, int] = {}
        weight: dict[str, float] = {}
        for i, norm in zip(ids, norms, strict=True):
            if len(norm) < _SPELLING_LENGTH:
                self.short.add(i)
            content, stem, w = _info(norm)
            if content:
                self.content.add(i)
                count[stem] = count.get(stem, 0) + 1
                if w > weight.get(stem, -1.0):
                    weight[stem] = w
        self.stem_count, self.stem_weight = count, weight
        self.weight = sum(n * weight[s] for s, n in count.items())


def _spelled_within(shorter: _Side, longer: _Side) -> bool:
    """Every word of the shorter printed in the longer, or a spelling variant of one of
    its words (``compare``'s test for the words of a fragment)."""
    if not shorter.short.issubset(longer.ids):
        return False
    held = set(longer.ids)
    return all(
        any(_same_word(w, x) for x in longer.norms)
        for i, w in zip(shorter.ids, shorter.norms, strict=True)
        if i not in held
    )


def _partners(words: Iterable[str], other: list[str]) -> bool:
    """True when each of ``words`` has a word of ``other`` alike enough in letters to be
    its spelling variant (a bound on ``compare``'s ``_same_word``)."""
    return all(
        extractOne(w, other, scorer=fuzz.ratio, processor=None, score_cutoff=_SPELLING_RATIO)
        is not None
        for w in words
    )


def _paraphrase_content(a: _Side, b: _Side) -> bool:
    """The content test every paraphrase passes (``is_paraphrase`` of compare's
    ``informative_overlap`` on stems, each weighing as its most informative word
    on either side), computed from the two sides' stem counts."""
    wa, wb, shared = a.weight, b.weight, 0.0
    a_count, a_weight = a.stem_count, a.stem_weight
    for stem, n in b.stem_count.items():
        w = b.stem_weight[stem]
        held = a_count.get(stem)
        if held:
            own = a_weight[stem]
            if w > own:
                wa += held * (w - own)
            else:
                wb += n * (own - w)
                w = own
            shared += min(n, held) * w
    if min(wa, wb) <= 0.0:
        informative, balance = 1.0, 1.0 if max(wa, wb) <= 0.0 else 0.0
    else:
        informative, balance = min(1.0, shared / min(wa, wb)), 2.0 * shared / (wa + wb)
    return THRESHOLDS.is_paraphrase(informative + _SLACK, balance + _SLACK)


class _Vocabulary:
    """An index's words as the bound reads them, by word id: the short ones, the
    weight of each, and the content words by stem with the weight of each stem's
    most informative word. Kept beside the index and brought up to date with the
    words added since (each word is read once)."""

    def __init__(self) -> None:
        self.size = 0
        self.short: set[int] = set()
        self.weight = array("d")  # of a content word (0 for a function word)
        self.content = bytearray()  # 1 for a content word
        self.by_stem: dict[str, list[int]] = {}
        self.stem_weight: dict[str, float] = {}

    def update(self, index: QuoteIndex) -> _Vocabulary:
        new = index.vocabulary(self.size)
        for wid, norm in enumerate(new, self.size):
            if len(norm) < _SPELLING_LENGTH:
                self.short.add(wid)
            content, stem, weight = _info(norm)
            self.weight.append(weight if content else 0.0)
            self.content.append(content)
            if content:
                self.by_stem.setdefault(stem, []).append(wid)
                if weight > self.stem_weight.get(stem, -1.0):
                    self.stem_weight[stem] = weight
        self.size += len(new)
        return self


_VOCABULARIES: weakref.WeakKeyDictionary[QuoteIndex, _Vocabulary] = weakref.WeakKeyDictionary()


class QueryBound:
    """Which indexed quotes ``compare()`` might relate to one query (see the module docstring).

    Built once per query; :meth:`allows` reads a candidate's stored word ids and,
    only when its words in order do not settle it, its words.
    """

    def __init__(self, query: Prepared, index: QuoteIndex) -> None:
        self._index = index
        self._norms = query.norms
        # A word the index does not hold gets an id no quote has (one per word).
        unknown: dict[str, int] = {}
        self._ids = [
            i if (i := index.word_id(w)) is not None else unknown.setdefault(w, -1 - len(unknown))
            for w in query.norms
        ]
        self._id_set = set(self._ids)
        self._letters = "".join(query.norms)
        self._side = side = _Side(self._norms, self._ids)
        vocabulary = _VOCABULARIES.get(index)
        if vocabulary is None:
            vocabulary = _VOCABULARIES[index] = _Vocabulary()
        self._vocabulary = vocabulary.update(index)
        # The indexed words that share a content stem with the query, and the most each
        # such stem can add to the weight a paraphrase shares (the query's count of it,
        # times its heaviest word in the index or the query).
        self._mates: dict[int, str] = {}
        self._answers: dict[bytes, bool] = {}  # allows() by the candidate's word ids
        self._most: dict[str, float] = {}
        for stem, n in side.stem_count.items():
            for wid in vocabulary.by_stem.get(stem, ()):
                self._mates[wid] = stem
            heaviest = max(side.stem_weight[stem], vocabulary.stem_weight.get(stem, 0.0))
            self._most[stem] = n * heaviest

    def _ruled_out_cheaply(self, qid: int, ids: Sequence[int]) -> bool:
        """True when, read on word ids alone, the pair is neither a fragment with
        spellings changed, nor a paraphrase, nor alike in letters (the other ways
        to a relation when too few words are printed in order)."""
        held = set(ids)
        n_query, n_other = len(self._ids), len(ids)
        norms: list[str] | None = None
        if n_query <= n_other and self._side.short <= held:
            norms = self._index.words_for(ids)
            missing = (w for i, w in zip(self._ids, self._norms, strict=True) if i not in held)
            if _partners(missing, norms):
                return False
        if n_other <= n_query and (held - self._id_set).isdisjoint(self._vocabulary.short):
            norms = norms or self._index.words_for(ids)
            missing = (w for i, w in zip(ids, norms, strict=True) if i not in self._id_set)
            if _partners(missing, self._norms):
                return False
        if self._side.weight <= 0.0:
            return False  # a query of weightless words: leave it to the full test
        # A paraphrase shares paraphrase_balance / 2 of both sides' weight, and
        # paraphrase_informative of the lighter side's; each side weighs at least its
        # own words' weight (a stem weighs as its heaviest word on either side).
        mine = self._side.weight
        mates = self._mates
        shared = {mates[i] for i in mates.keys() & held}
        most = sum(map(self._most.__getitem__, shared))
        # The other side weighs 0 or more, so the weight needed is at least the balance's
        # share of the query's own: below that, the other side's weight is not read.
        if most >= THRESHOLDS.paraphrase_balance / 2.0 * mine - _SLACK:
            other = sum(map(self._vocabulary.weight.__getitem__, ids))
            needed = max(
                THRESHOLDS.paraphrase_balance / 2.0 * (mine + other),
                THRESHOLDS.paraphrase_informative * min(mine, other),
            )
            if most >= needed - _SLACK:
                return False
        mine_letters, theirs = len(self._letters), self._index.letters_of(qid)  # kept at add()
        short, long_ = (mine_letters, theirs) if mine_letters <= theirs else (theirs, mine_letters)
        if 200.0 * short < SPELLING_SCORE * (short + long_):
            return True  # too different in length to reach the spelling score
        joined = "".join(norms or self._index.words_for(ids))
        return bool(fuzz.ratio(self._letters, joined) < SPELLING_SCORE)

    def _variant_wording(self, qid: int, ids: Sequence[int], common: int) -> bool:
        """Whether ``compare()`` may call the pair a variant, with ``common`` words in order:
        the shorter's content words printed in the other (both readings when the two have
        as many words), and ``Thresholds.is_variant`` on the score, the containment and
        (only when those fall short) the aligned window, read from the alignment
        ``compare()`` makes."""
        n_query, n_other = len(self._ids), len(ids)
        if n_query * n_other > MAX_CELLS:
            return True  # compare() approximates such long texts: leave them to it
        mine = self._side.content
        shares = n_query <= n_other and len(mine.intersection(ids)) >= min(2, len(mine))
        if not shares and n_other <= n_query:
            # (the other's content words read only when the query's do not settle it)
            theirs = set(itertools.compress(ids, map(self._vocabulary.content.__getitem__, ids)))
            shares = len(theirs & self._id_set) >= min(2, len(theirs))
        if not shares:
            return False
        s = min(n_query, n_other)

        def window() -> float:
            norms = self._index.words_for(ids)
            readings = [(self._norms, norms)] if n_query <= n_other else []
            if n_other <= n_query:
                readings.append((norms, self._norms))
            # With repeated words the alignment is not unique: read the plain one and the
            # one compare() reads (its sides in its order, words moved to the ends).
            plain = [_opcodes(a, b) for a, b in readings]
            best = max(
                _window_score(a, b, ops) for (a, b), ops in zip(readings, plain, strict=True)
            )
            if best + _SLACK >= THRESHOLDS.variant_score:
                return best + _SLACK  # is_variant asks window() >= variant_score: settled
            # compare()'s order is one of the readings: its plain alignment is made already,
            # and when no word moves to the ends its window is read already too
            n = 1 if len(readings) == 2 and (n_other, norms) < (n_query, self._norms) else 0
            x, y = readings[n]
            moved = _edged(plain[n], x, y)
            edged = best if moved == plain[n] else _window_score(x, y, moved)
            return max(best, edged) + _SLACK

        score = 200.0 * common / (n_query + n_other) + _SLACK
        return THRESHOLDS.is_variant(s, score=score, containment=common / s + _SLACK, window=window)

    def common(self, ids: Sequence[int]) -> int:
        """How many words the query and a quote of word ids ``ids`` print in the same order."""
        return int(LCSseq.similarity(self._ids, ids))

    def allows(self, qid: int, ids: array[int] | None = None) -> bool:
        """False only when ``compare()`` of the query and quote ``qid`` is sure to be unrelated.

        The answer depends on the quote's word ids only, so copies of one quote that
        print it with other punctuation, case or spelling are read once. ``ids``, when
        given, must be ``index.word_ids(qid)`` (a caller that has read them already).
        """
        if ids is None:
            ids = self._index.word_ids(qid)
        key = ids.tobytes()
        known = self._answers.get(key)
        if known is None:
            known = self._answers[key] = self._allows(qid, ids)
        return known

    def _allows(self, qid: int, ids: array[int]) -> bool:
        n_query, n_other = len(self._ids), len(ids)
        s = min(n_query, n_other)
        if s <= _SHORT_ECHO:
            return True
        common = LCSseq.similarity(self._ids, ids)
        if common >= s:
            return True  # exact, or the shorter printed whole in the other
        if common >= _min_common(s) - _SLACK and self._variant_wording(qid, ids, common):
            return True
        if self._ruled_out_cheaply(qid, ids):
            return False
        query, other = self._side, _Side(self._index.words_for(ids), ids)
        # Either text may play the shorter when both have as many words.
        pairs = [(query, other)] if n_query < n_other else []
        if n_other <= n_query:
            pairs.append((other, query))
        if any(_spelled_within(a, b) for a, b in pairs):
            return True  # a fragment, possibly with spelling variants
        if _paraphrase_content(query, other):
            return True
        letters = "".join(other.norms)
        short, long_ = sorted((len(self._letters), len(letters)))
        if 200.0 * short < SPELLING_SCORE * (short + long_):
            return False  # too different in length to reach the spelling score
        return bool(fuzz.ratio(self._letters, letters) >= SPELLING_SCORE)
