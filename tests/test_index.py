"""The quote index: its compact layout gives the lists a plain dict of lists would give."""

from __future__ import annotations

import itertools
import pickle
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.index import QuoteIndex
from quoteverify.normalize import GAP


class NaiveIndex:
    """The reference: every posting list a Python list, every quote a list of ids."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.quotes: list[list[int]] = []
        self.words: dict[int, list[int]] = {}
        self.pairs: dict[tuple[int, int], list[int]] = {}

    def add(self, words: list[str]) -> None:
        qid = len(self.quotes)
        ids = [self.vocab.setdefault(w, len(self.vocab)) for w in words if w != GAP]
        self.quotes.append(ids)
        for w in sorted(set(ids)):
            self.words.setdefault(w, []).append(qid)
        for p in sorted(set(itertools.pairwise(ids))):
            self.pairs.setdefault(p, []).append(qid)


def check_same(index: QuoteIndex, naive: NaiveIndex) -> None:
    assert len(index) == len(naive.quotes)
    for qid, ids in enumerate(naive.quotes):
        assert list(index.word_ids(qid)) == ids
    tables = index.postings()
    for w, held in naive.words.items():
        assert list(tables.words[w]) == held
    for qid, ids in enumerate(naive.quotes):
        assert list(tables.ids[tables.starts[qid] : tables.starts[qid + 1]]) == ids
    by_pair: dict[tuple[int, int], list[int]] = {}
    for a in range(len(tables.pair_first) - 1):
        for i in range(tables.pair_first[a], tables.pair_first[a + 1]):
            qids = tables.pair_qids[tables.pair_starts[i] : tables.pair_starts[i + 1]]
            by_pair[a, tables.pair_next[i]] = list(qids)
    assert by_pair == naive.pairs  # the sealed table holds every pair, and only those
    for (a, b), held in naive.pairs.items():
        assert list(index.pair(a, b)) == held
    n = len(naive.vocab)
    for a, b in [(0, n), (n, 0), (n + 5, n + 6)]:
        assert list(index.pair(a, b)) == naive.pairs.get((a, b), [])


vocabulary = st.sampled_from(["we", "will", "not", "go", "to", "the", "way", "peace", GAP, "x"])


@given(st.lists(st.lists(vocabulary, max_size=12), max_size=40), st.integers(0, 40))
@settings(max_examples=150, deadline=None)
def test_postings_match_a_dict_of_lists(quotes: list[list[str]], read_at: int) -> None:
    index, naive = QuoteIndex(), NaiveIndex()
    for i, words in enumerate(quotes):
        index.add(words)
        naive.add(words)
        if i == read_at:  # a seal in the middle, then more quotes added after it
            check_same(index, naive)
    for (a, b), held in naive.pairs.items():  # read before sealing: table and new pairs
        assert list(index.pair(a, b)) == held
    check_same(index, naive)


def test_many_seals_keep_every_list(monkeypatch: object) -> None:
    import quoteverify.index as index_module

    monkeypatch.setattr(index_module, "_SEAL_MIN", 8)  # type: ignore[attr-defined]
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(60)]
    index, naive = QuoteIndex(), NaiveIndex()
    for _ in range(800):
        words = [rng.choice(vocab[: rng.randint(2, 60)]) for _ in range(rng.randint(0, 9))]
        index.add(words)
        naive.add(words)
        if rng.random() < 0.01:
            check_same(index, naive)
    check_same(index, naive)
    assert index.candidates(["w1", "w2", "w3"]) == pickle.loads(pickle.dumps(index)).candidates(
        ["w1", "w2", "w3"]
    )


def test_word_ids() -> None:
    index = QuoteIndex()
    index.add(["a", "b", GAP, "c"])
    index.add([])
    index.add(["c", "a"])
    assert [list(index.word_ids(i)) for i in range(3)] == [[0, 1, 2], [], [2, 0]]
    assert list(index.word_ids(-1)) == [2, 0]
    assert index.words_of(2) == ["c", "a"]
    try:
        index.word_ids(3)
    except IndexError:
        pass
    else:  # pragma: no cover
        raise AssertionError("no IndexError")


def test_an_index_pickled_in_the_old_layout_still_loads() -> None:
    from array import array

    old = QuoteIndex.__new__(QuoteIndex)
    state = {  # the layout before the compact one: one array per quote, a dict of pairs
        "_vocab": {"we": 0, "will": 1, "see": 2},
        "_words": [array("I", [0, 1, 2]), array("I", [1, 2])],
        "_postings": [array("I", [0]), array("I", [0, 1]), array("I", [0, 1])],
        "_pairs": {0 << 32 | 1: array("I", [0]), 1 << 32 | 2: array("I", [0, 1])},
        "_words_by_id": ["we", "will", "see"],
    }
    old.__setstate__(state)
    assert len(old) == 2 and list(old.word_ids(1)) == [1, 2]
    assert list(old.pair(1, 2)) == [0, 1] and list(old.pair(0, 1)) == [0]
    assert old.candidates(["will", "see"]) == [0, 1]
    old.add(["we", "see"])
    assert list(old.pair(0, 2)) == [2] and len(old) == 3
