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
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from ..text.normalize import Prepared, is_function_word
from .compare import (
    _SHORT_ECHO,
    MAX_CELLS,
    SPELLING_SCORE,
    THRESHOLDS,
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


def _shares_content(shorter: _Side, longer: _Side) -> bool:
    """Two of the shorter's distinct content words in the longer (or its only one)."""
    return len(shorter.content.intersection(longer.ids)) >= min(2, len(shorter.content))


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
        self._side: _Side | None = None
        self._letters = "".join(query.norms)

    def _query(self) -> _Side:
        if self._side is None:
            self._side = _Side(self._norms, self._ids)
        return self._side

    def _variant_wording(self, common: int, pairs: list[tuple[_Side, _Side]]) -> bool:
        """``Thresholds.is_variant`` as ``compare()`` reads it, on ``common`` words in order:
        the score, the containment and (only when those fall short) the aligned window,
        read from the same alignment ``compare()`` makes (both ways round when the two
        texts have as many words)."""
        n_a, n_b = len(pairs[0][0].ids), len(pairs[0][1].ids)
        if n_a * n_b > MAX_CELLS:
            return True  # compare() approximates such long texts: leave them to it
        s = min(n_a, n_b)

        def window() -> float:
            best = max(
                _window_score(a.norms, b.norms, _opcodes(a.norms, b.norms)) for a, b in pairs
            )
            return best + _SLACK

        score = 200.0 * common / (n_a + n_b) + _SLACK
        return THRESHOLDS.is_variant(s, score=score, containment=common / s + _SLACK, window=window)

    def allows(self, qid: int) -> bool:
        """False only when ``compare()`` of the query and quote ``qid`` is sure to be unrelated."""
        ids = self._index.word_ids(qid)
        n_query, n_other = len(self._ids), len(ids)
        s = min(n_query, n_other)
        if s <= _SHORT_ECHO:
            return True
        common = LCSseq.similarity(self._ids, ids)
        if common >= s:
            return True  # exact, or the shorter printed whole in the other
        query = self._query()
        other = _Side(self._index.words_of(qid), ids)
        # Either text may play the shorter when both have as many words.
        pairs = [(query, other)] if n_query < n_other else []
        if n_other <= n_query:
            pairs.append((other, query))
        if (
            common >= THRESHOLDS.min_common(s) - _SLACK
            and any(_shares_content(a, b) for a, b in pairs)
            and self._variant_wording(common, pairs)
        ):
            return True
        if any(_spelled_within(a, b) for a, b in pairs):
            return True  # a fragment, possibly with spelling variants
        if _paraphrase_content(query, other):
            return True
        letters = "".join(other.norms)
        short, long_ = sorted((len(self._letters), len(letters)))
        if 200.0 * short < SPELLING_SCORE * (short + long_):
            return False  # too different in length to reach the spelling score
        return bool(fuzz.ratio(self._letters, letters) >= SPELLING_SCORE)
