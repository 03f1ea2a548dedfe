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

import bisect
import heapq
import itertools
from array import array
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

from rapidfuzz.distance import LCSseq

from ..errors import TextTypeError
from ..text.normalize import GAP, Prepared, Word, prepare

__all__ = ["Postings", "QuoteIndex"]

_RARE_KEYS = 12  # rarest words of a query looked up
_COMMON_FLOOR = 50  # a word in more quotes than this (or a twentieth of them) is ignored,
_COMMON_CEILING = 1000  # ... and always one in more than this: query time stays flat
_SHORT_QUERY = 3  # a query this short takes any quote holding one of its rare words
_MIN_KEYS = 4  # a query reads at least this many keys (its rarest), common or not
_SEAL_MIN = 1 << 17  # pairs held in the dict of new pairs before a first seal


class Postings(NamedTuple):
    """The tables of a sealed :class:`QuoteIndex`, read-only (all ids ascending).

    * ``words[w]``: the quotes holding word id ``w``;
    * ``ids[starts[q]:starts[q + 1]]``: the word ids of quote ``q``;
    * the pairs ``(a, b)`` with first word ``a`` are at positions
      ``pair_first[a]`` to ``pair_first[a + 1] - 1`` of ``pair_next`` (which holds
      ``b``, ascending), and the quotes holding the pair at position ``i`` are
      ``pair_qids[pair_starts[i]:pair_starts[i + 1]]``.
    """

    words: Sequence[array[int]]
    ids: array[int]
    starts: array[int]
    pair_first: array[int]
    pair_next: array[int]
    pair_starts: array[int]
    pair_qids: array[int]


_new_tuple = tuple.__new__


class QuoteIndex:
    """An inverted index of normalised quote words (see the module docstring).

    Memory layout (a corpus of a million quotes holds some twenty million word
    occurrences): the word ids of all quotes lie end to end in one array, and
    the posting lists of adjacent pairs are *sealed* into one table sorted by
    pair, with the pairs' quote lists laid end to end; only the quotes added
    since the last seal sit in a dict of small arrays. A seal merges that dict
    into the table once it holds as many pairs as the table (and whenever
    :meth:`postings` is read), so the total cost of merging stays linear.
    """

    def __init__(self) -> None:
        self._vocab: dict[str, int] = {}
        self._words_by_id: list[str] = []  # word id -> word
        self._ids = array("I")  # the word ids of every quote, one quote after another
        self._starts = array("Q", [0])  # quote qid's word ids: _ids[_starts[qid]:_starts[qid + 1]]
        self._postings: list[array[int]] = []  # per word id, quote ids (ascending)
        # Sealed pairs: the pairs (a, b) with first word a are _pair_next[_pair_first[a]:
        # _pair_first[a + 1]] (the second words, ascending); the quotes holding the pair at
        # _pair_next[i] are _pair_qids[_pair_starts[i]:_pair_starts[i + 1]] (ascending).
        self._pair_first = array("Q", [0])
        self._pair_next = array("I")
        self._pair_starts = array("Q", [0])
        self._pair_qids = array("I")
        self._new_pairs: dict[int, array[int]] = {}  # (a << 32 | b) -> quotes since the seal
        self._sealed_pairs = 0
        # Where each word of _ids was printed: start and end in the quote's text, two
        # entries per word id (zeros for a quote added as plain strings, in _bare, or
        # whose offsets do not fit in 16 bits, in _wide); the gaps of the quotes that
        # have any. Quotes below _bare_below were indexed before offsets were kept.
        self._offsets = array("H")
        self._wide: dict[int, array[int]] = {}
        self._gaps: dict[int, frozenset[int]] = {}
        self._bare: set[int] = set()
        self._bare_below = 0
        self._letters = array("I")  # per quote, the letters of its words (gaps left out)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Unpickle, also an index pickled before the compact layout (one array per quote)."""
        if "_words" in state:  # the old layout: convert it
            old_words, old_pairs = state.pop("_words"), state.pop("_pairs")
            fresh = QuoteIndex()
            fresh._vocab, fresh._words_by_id = state["_vocab"], state["_words_by_id"]
            fresh._postings = state["_postings"]
            for ids in old_words:
                fresh._ids.extend(ids)
                fresh._starts.append(len(fresh._ids))
            fresh._new_pairs = dict(old_pairs)
            fresh._seal()
            state = fresh.__dict__
        if "_offsets" not in state:  # indexed before offsets were kept: none are known
            state["_offsets"] = array("H", itertools.repeat(0, 2 * len(state["_ids"])))
            state.update(_wide={}, _gaps={}, _bare=set(), _bare_below=len(state["_starts"]) - 1)
        if len(state.get("_letters", ())) != len(state["_starts"]) - 1:
            # indexed (or converted from the old layout) before the letters were kept
            lengths = array("I", map(len, state["_words_by_id"]))
            ids, starts = state["_ids"], state["_starts"]
            state["_letters"] = array(
                "I",
                (sum(map(lengths.__getitem__, ids[s:e])) for s, e in itertools.pairwise(starts)),
            )
        self.__dict__.update(state)

    def _id(self, word: str) -> int:
        wid = self._vocab.get(word)
        if wid is None:
            wid = self._vocab[word] = len(self._postings)
            self._postings.append(array("I"))
            self._words_by_id.append(word)
        return wid

    def add(self, words: Sequence[str] | Sequence[Word]) -> int:
        """Index one quote's normalised words; return its id (0, 1, 2, ...).

        Given as :class:`~quoteverify.text.normalize.Word` objects (``normalize.words(text)``),
        their offsets and gaps are kept too, and :meth:`prepared` gives the quote
        back ready to compare without normalising its text again.
        """
        qid = len(self)
        if any(not isinstance(w, str) for w in words):
            ws = [w for w in words if isinstance(w, Word)]
            if len(ws) != len(words):
                raise TextTypeError("QuoteIndex.add() takes normalised words: all str or all Word")
            self._keep_offsets(qid, ws)
            norms = [w.norm for w in ws if w.norm != GAP]
            ids = array("I", map(self._id, norms))
        else:
            norms = [w for w in words if isinstance(w, str) and w != GAP]
            ids = array("I", map(self._id, norms))
            self._bare.add(qid)
            self._offsets.extend(itertools.repeat(0, 2 * len(ids)))
        self._letters.append(sum(map(len, norms)))
        self._ids.extend(ids)
        self._starts.append(len(self._ids))
        for wid in set(ids):
            self._postings[wid].append(qid)
        new = self._new_pairs
        for key in {a << 32 | b for a, b in itertools.pairwise(ids)}:
            held = new.get(key)
            if held is None:
                new[key] = array("I", (qid,))
            else:
                held.append(qid)
        if len(new) > max(_SEAL_MIN, self._sealed_pairs):
            self._seal()
        return qid

    def _keep_offsets(self, qid: int, ws: list[Word]) -> None:
        """Keep where quote ``qid``'s words were printed, and where its gaps stand."""
        flat = array("I")
        gaps = []
        for w in ws:
            if w.norm == GAP:
                gaps.append(len(flat) // 2)
            else:
                flat.append(w.start)
                flat.append(w.end)
        if gaps:
            self._gaps[qid] = frozenset(gaps)
        if flat and max(flat) > 0xFFFF:
            self._wide[qid] = flat
            self._offsets.extend(itertools.repeat(0, len(flat)))
        else:
            self._offsets.extend(array("H", flat))

    def prepared(self, qid: int, text: str) -> Prepared:
        """Quote ``qid`` ready for :func:`~quoteverify.matching.compare.compare_prepared`.

        ``text`` must be the text whose words were indexed as ``qid``. The words
        come from the index (kept at :meth:`add`), so the text is not normalised
        again, unless the quote was added as plain strings (then it is).

        >>> from quoteverify.text.normalize import prepare, words
        >>> idx = QuoteIndex()
        >>> text = "We won't ... give up"
        >>> idx.add(words(text))
        0
        >>> idx.prepared(0, text) == prepare(text)
        True
        """
        n = len(self)
        if not 0 <= qid < n:
            raise IndexError(f"no quote {qid} in the index")
        if qid < self._bare_below or qid in self._bare:
            return prepare(text)
        lo, hi = self._starts[qid], self._starts[qid + 1]
        by_id = self._words_by_id
        norms = list(map(by_id.__getitem__, self._ids[lo:hi]))
        offsets = self._wide.get(qid) or self._offsets[2 * lo : 2 * hi]
        # Word(norm, start, end) built as a plain tuple of that class (the hot path of find)
        fields = zip(norms, offsets[0::2], offsets[1::2], strict=False)  # as map(Word, ...)
        ws: list[Word] = list(map(_new_tuple, itertools.repeat(Word), fields))
        return Prepared(text, ws, self._gaps.get(qid, frozenset()), norms)

    def _seal(self) -> None:
        """Merge the pairs added since the last seal into the sorted table.

        Python steps are spent on the new pairs only: the old pairs between two
        new ones are copied as slices (their offsets shifted in one pass).
        """
        new = self._new_pairs
        if not new:
            return
        first, nexts, starts, qids = (
            self._pair_first,
            self._pair_next,
            self._pair_starts,
            self._pair_qids,
        )
        n_words = len(self._postings)
        if len(first) < n_words + 1:  # words new since the seal have no old pairs
            first.extend(itertools.repeat(first[-1], n_words + 1 - len(first)))
        out_first, out_next, out_qids = array("Q"), array("I"), array("I")
        out_starts = array("Q", [0])

        def copy_pairs(i: int, j: int) -> None:
            """Old pairs ``i`` to ``j - 1`` and their quotes, as they are."""
            if j > i:
                shift = len(out_qids) - starts[i]
                out_next.extend(nexts[i:j])
                out_qids.extend(qids[starts[i] : starts[j]])
                out_starts.extend(x + shift for x in starts[i + 1 : j + 1])

        def copy_words(a0: int, a1: int) -> None:
            """Words ``a0`` to ``a1 - 1``, none with a new pair: their old pairs."""
            if a1 > a0:
                shift = len(out_next) - first[a0]
                out_first.extend(x + shift for x in first[a0:a1])
                copy_pairs(first[a0], first[a1])

        word = -1  # the first word of the pairs being merged
        i = hi = 0  # its old pairs not copied yet: i to hi - 1
        for key in sorted(new):
            a = key >> 32
            if a != word:
                copy_pairs(i, hi)  # the rest of the previous word's old pairs
                copy_words(word + 1, a)
                out_first.append(len(out_next))
                word, i, hi = a, first[a], first[a + 1]
            b = key & 0xFFFFFFFF
            j = bisect.bisect_left(nexts, b, i, hi) if hi > i else i
            if j > i:
                copy_pairs(i, j)
            out_next.append(b)
            if j < hi and nexts[j] == b:
                out_qids.extend(qids[starts[j] : starts[j + 1]])
                j += 1
            out_qids.extend(new[key])
            out_starts.append(len(out_qids))
            i = j
        copy_pairs(i, hi)
        copy_words(word + 1, n_words)
        out_first.append(len(out_next))
        self._pair_first, self._pair_next = out_first, out_next
        self._pair_starts, self._pair_qids = out_starts, out_qids
        self._new_pairs = {}
        self._sealed_pairs = len(out_next)

    def pair(self, a: int, b: int) -> array[int]:
        """The quotes (ascending) holding word ``a`` right before word ``b``, by word ids."""
        i = self._sealed_row(a, b)
        held = None if i < 0 else self._pair_qids[self._pair_starts[i] : self._pair_starts[i + 1]]
        new = self._new_pairs.get(a << 32 | b)
        if new is None:
            return held if held is not None else array("I")
        return held + new if held is not None else new

    def _sealed_row(self, a: int, b: int) -> int:
        """The row of the pair ``(a, b)`` in the sealed pair table, or -1 if it is not there.

        >>> idx = QuoteIndex()
        >>> _ = idx.add(["we", "will", "win"]), idx.add(["they", "will", "win"])
        >>> idx._seal()
        >>> idx._sealed_row(0, 1), idx._sealed_row(1, 2), idx._sealed_row(2, 1)
        (0, 1, -1)
        """
        first = self._pair_first
        if a + 1 < len(first):
            lo, hi = first[a], first[a + 1]
            if hi > lo:
                nexts = self._pair_next
                i = bisect.bisect_left(nexts, b, lo, hi)
                if i < hi and nexts[i] == b:
                    return i
        return -1

    def postings(self) -> Postings:
        """The index's tables, for fast reading (grouping); see :class:`Postings`.

        Reading them seals the pairs first, so every pair is in the sorted
        table; the tables are the index's own, valid until the next :meth:`add`.
        """
        self._seal()
        return Postings(
            self._postings,
            self._ids,
            self._starts,
            self._pair_first,
            self._pair_next,
            self._pair_starts,
            self._pair_qids,
        )

    def frequency(self, word: str) -> int:
        """How many indexed quotes hold ``word``."""
        wid = self._vocab.get(word)
        return len(self._postings[wid]) if wid is not None else 0

    def document_frequencies(self) -> list[int]:
        """How many indexed quotes hold each word, by word id (see :meth:`vocabulary`).

        >>> idx = QuoteIndex()
        >>> idx.add(["we", "will", "win", "win"]), idx.add(["they", "will", "lose"])
        (0, 1)
        >>> dict(zip(idx.vocabulary(), idx.document_frequencies()))
        {'we': 1, 'will': 2, 'win': 1, 'they': 1, 'lose': 1}
        """
        return [len(held) for held in self._postings]

    def words_of(self, qid: int) -> list[str]:
        """The normalised words of quote ``qid``."""
        return self.words_for(self.word_ids(qid))

    def words_for(self, ids: Sequence[int]) -> list[str]:
        """The normalised words of word ids ``ids`` (``words_for(word_ids(q))`` is
        ``words_of(q)``).

        >>> idx = QuoteIndex()
        >>> idx.add(["we", "will", "win"])
        0
        >>> idx.words_for([2, 0])
        ['win', 'we']
        """
        if ids and not 0 <= min(ids) <= max(ids) < len(self._words_by_id):
            raise IndexError(f"the index holds no word of id {min(ids)} or {max(ids)}")
        return list(map(self._words_by_id.__getitem__, ids))

    def word_ids(self, qid: int) -> array[int]:
        """The word ids of quote ``qid`` (gaps left out), a copy of the stored ones."""
        starts = self._starts
        n = len(starts) - 1
        if not -n <= qid < n:
            raise IndexError(f"no quote {qid} in the index")
        if qid < 0:
            qid += n
        return self._ids[starts[qid] : starts[qid + 1]]

    def word_ids_of(self, qids: Sequence[int]) -> list[array[int]]:
        """:meth:`word_ids` of each quote of ``qids`` (ids from 0 up), in one pass.

        >>> idx = QuoteIndex()
        >>> idx.add(["we", "will", "win"]), idx.add(["they", "will", "lose"])
        (0, 1)
        >>> [list(ids) for ids in idx.word_ids_of([1, 0])]
        [[3, 1, 4], [0, 1, 2]]
        """
        ids, starts = self._ids, self._starts
        if qids and (min(qids) < 0 or max(qids) >= len(starts) - 1):
            bad = next(q for q in qids if not 0 <= q < len(starts) - 1)
            raise IndexError(f"no quote {bad} in the index")
        return [ids[starts[q] : starts[q + 1]] for q in qids]

    def letters_of(self, qid: int) -> int:
        """How many letters the normalised words of quote ``qid`` hold (counted at
        :meth:`add`): ``len("".join(words_of(qid)))``.

        >>> idx = QuoteIndex()
        >>> idx.add(["we", "will", "win"])
        0
        >>> idx.letters_of(0)
        9
        """
        return self._letters[qid]

    def word_id(self, word: str) -> int | None:
        """The id of a normalised word, or ``None`` if no indexed quote holds it."""
        return self._vocab.get(word)

    def vocabulary(self, start: int = 0) -> list[str]:
        """Every indexed word, by id (from id ``start`` on: the words new since then)."""
        return self._words_by_id[start:]

    def overlap(self, words: Sequence[str], qid: int) -> int:
        """How many of ``words`` quote ``qid`` holds in the same order (a cheap pre-score)."""
        ids = [self._vocab.get(w, -1) for w in words if w != GAP]
        return int(LCSseq.similarity(ids, self.word_ids(qid)))

    def overlaps(self, words: Sequence[str], qids: Sequence[int]) -> list[int]:
        """:meth:`overlap` of ``words`` with each quote of ``qids``, the query read once.

        >>> idx = QuoteIndex()
        >>> idx.add(["we", "will", "win"]), idx.add(["they", "will", "win", "again"])
        (0, 1)
        >>> idx.overlaps(["we", "will", "win"], [0, 1])
        [3, 2]
        """
        ids = [self._vocab.get(w, -1) for w in words if w != GAP]
        similarity, all_ids, starts = LCSseq.similarity, self._ids, self._starts
        return [int(similarity(ids, all_ids[starts[q] : starts[q + 1]])) for q in qids]

    def _pair_frequency(self, a: int, b: int) -> int:
        """How many quotes hold the pair ``(a, b)``, read without copying its list."""
        i = self._sealed_row(a, b)
        held = 0 if i < 0 else self._pair_starts[i + 1] - self._pair_starts[i]
        new = self._new_pairs.get(a << 32 | b)
        return held + (len(new) if new is not None else 0)

    def candidates(self, words: Sequence[str], *, limit: int = 100) -> list[int]:
        """Ids of the indexed quotes that may match a quote with ``words``, best first.

        The keys of a query are its rarest words and its adjacent pairs. A
        candidate shares at least two keys (one, for a query of three words or
        fewer), and the candidates sharing more keys come first (ties: the
        quotes of the rarest key first, in id order).

        Only the informative keys are read: a key (word or pair) held by more
        than a twentieth of the quotes (and always by more than a thousand) is
        left out, since it finds everything. A query with fewer than
        ``_MIN_KEYS`` informative keys also reads its rarest common pairs, up to
        that many keys, so that a quote made of common words still finds its
        copies; common words are never read. The postings read are thus bounded
        by the query's length times that cap, whatever the corpus size. When two
        keys are needed, the last key read (the largest list) only adds to the
        counts of quotes met already: a quote that it alone holds cannot reach two.

        >>> idx = QuoteIndex()
        >>> for ws in (["the", "way", "to", "peace"], ["the", "way", "home"], ["peace", "now"]):
        ...     _ = idx.add(ws)
        >>> idx.candidates(["the", "way", "to", "peace", "talks"])
        [0, 1]
        >>> idx.candidates(["peace"])
        [0, 2]
        """
        ids = [self._vocab.get(w) for w in words if w != GAP]
        known = {w for w in ids if w is not None}
        if not known:
            return []
        postings = self._postings
        cap = min(max(_COMMON_FLOOR, len(self) // 20), _COMMON_CEILING)
        # keys as (frequency, first word id, second word id or -1 for a word)
        keys = [
            (len(postings[w]), w, -1)
            for w in sorted(known, key=lambda w: len(postings[w]))[:_RARE_KEYS]
            if len(postings[w]) <= cap
        ]
        pairs = {(a, b) for a, b in itertools.pairwise(ids) if a is not None and b is not None}
        keys.extend((self._pair_frequency(a, b), a, b) for a, b in pairs)
        keys.sort()
        # The keys read, in order: every one some quote holds, until enough informative
        # keys are read and the rest are common.
        reads: list[tuple[int, int]] = []
        for held, a, b in keys:
            if held > cap and len(reads) >= _MIN_KEYS:
                break  # the rest are common pairs: enough informative keys were read
            if held:
                reads.append((a, b))
        need = 1 if len(known) <= _SHORT_QUERY else 2
        hits: Counter[int] = Counter()
        # A quote first met in the last ``need - 1`` keys read cannot be counted ``need``
        # times: those keys count only the quotes met already (the largest lists, read
        # last: looked up, not added, and the quotes kept and their order are the same).
        fresh = len(reads) - (need - 1)
        for n, (a, b) in enumerate(reads):
            quotes = postings[a] if b < 0 else self.pair(a, b)
            hits.update(quotes if n < fresh else filter(hits.__contains__, quotes))
        # the quotes counted at least ``need`` times, in the order first counted (read in C:
        # a dict's keys and values come in the same order)
        ranked = list(itertools.compress(hits.keys(), map(need.__le__, hits.values())))
        if len(ranked) > limit:
            return heapq.nlargest(limit, ranked, key=hits.__getitem__)
        ranked.sort(key=hits.__getitem__, reverse=True)
        return ranked
