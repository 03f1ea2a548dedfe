"""Stage 4, corpus index: find the quotes worth comparing without comparing all pairs.

Every indexed quote is stored as a tuple of word ids. Posting lists map each
word id and each pair of adjacent words to the quotes that hold them. A query
looks up its rarest words (by document frequency) and its adjacent pairs, and
returns the quotes that share enough of them, so rapidfuzz runs on a few
candidates only. Short queries take every quote holding one of their rare
words: that is the path by which a two-word fragment finds the long quote it
was cut from.

>>> idx = QuoteIndex()
>>> idx.add(["we", "hope", "to", "pave", "the", "way", "for", "peace"])
0
>>> idx.add(["next", "time", "in", "moscow"])
1
>>> idx.candidates(["pave", "the", "path", "towards", "peace"])
[0]
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import LCSseq

from .normalize import GAP

__all__ = ["QuoteIndex"]

_RARE_KEYS = 12  # rarest words of a query looked up
_COMMON_FLOOR = 50  # a word in more quotes than this (or a twentieth of them) is ignored,
_COMMON_CEILING = 1000  # ... and always one in more than this: query time stays flat
_SHORT_QUERY = 3  # a query this short takes any quote holding one of its rare words


class QuoteIndex:
    """An inverted index of normalised quote words (see the module docstring)."""

    def __init__(self) -> None:
        self._vocab: dict[str, int] = {}
        self._words: list[array[int]] = []  # per quote, its word ids
        self._postings: list[array[int]] = []  # per word id, quote ids (ascending)
        self._pairs: dict[int, array[int]] = {}  # (id1 << 32 | id2) -> quote ids
        self._words_by_id: list[str] = []  # word id -> word

    def __len__(self) -> int:
        return len(self._words)

    def _id(self, word: str) -> int:
        wid = self._vocab.get(word)
        if wid is None:
            wid = self._vocab[word] = len(self._postings)
            self._postings.append(array("I"))
            self._words_by_id.append(word)
        return wid

    def add(self, words: Sequence[str]) -> int:
        """Index one quote's normalised words; return its id (0, 1, 2, ...)."""
        qid = len(self._words)
        ids = array("I", (self._id(w) for w in words if w != GAP))
        self._words.append(ids)
        for wid in set(ids):
            self._postings[wid].append(qid)
        seen = set()
        for a, b in itertools.pairwise(ids):
            key = a << 32 | b
            if key not in seen:
                seen.add(key)
                self._pairs.setdefault(key, array("I")).append(qid)
        return qid

    def frequency(self, word: str) -> int:
        """How many indexed quotes hold ``word``."""
        wid = self._vocab.get(word)
        return len(self._postings[wid]) if wid is not None else 0

    def words_of(self, qid: int) -> list[str]:
        """The normalised words of quote ``qid``."""
        return [self._words_by_id[w] for w in self._words[qid]]

    def word_ids(self, qid: int) -> array[int]:
        """The word ids of quote ``qid`` (gaps left out), as stored."""
        return self._words[qid]

    def word_id(self, word: str) -> int | None:
        """The id of a normalised word, or ``None`` if no indexed quote holds it."""
        return self._vocab.get(word)

    def vocabulary(self) -> list[str]:
        """Every indexed word, by id."""
        return list(self._words_by_id)

    def overlap(self, words: Sequence[str], qid: int) -> int:
        """How many of ``words`` quote ``qid`` holds in the same order (a cheap pre-score)."""
        ids = [self._vocab.get(w, -1) for w in words if w != GAP]
        return int(LCSseq.similarity(ids, self._words[qid]))

    def candidates(self, words: Sequence[str], *, limit: int = 100) -> list[int]:
        """Ids of the indexed quotes that may match a quote with ``words``, best first.

        A candidate shares at least two of the query's rarer words or adjacent
        pairs (one, for a query of three words or fewer). Words held by more
        than a twentieth of the quotes are ignored: they find everything.
        """
        ids = [self._vocab.get(w) for w in words if w != GAP]
        known = sorted({w for w in ids if w is not None}, key=lambda w: len(self._postings[w]))
        if not known:
            return []
        cap = min(max(_COMMON_FLOOR, len(self._words) // 20), _COMMON_CEILING)
        hits: Counter[int] = Counter()
        for wid in known[:_RARE_KEYS]:
            if len(self._postings[wid]) <= cap:
                hits.update(self._postings[wid])
        for a, b in itertools.pairwise(ids):
            if a is not None and b is not None:
                hits.update(self._pairs.get(a << 32 | b, ()))
        need = 1 if len(known) <= _SHORT_QUERY else 2
        ranked = [q for q, n in hits.most_common() if n >= need]
        return ranked[:limit]
