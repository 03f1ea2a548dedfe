"""The quote index: its compact layout gives the lists a plain dict of lists would give."""

from __future__ import annotations

import itertools
import pickle
import random
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.matching.index import QuoteIndex
from quoteverify.text.normalize import GAP


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
    import quoteverify.matching.index as index_module

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


def test_word_ids_read_together_are_those_read_one_by_one() -> None:
    index = QuoteIndex()
    index.add(["a", "b", GAP, "c"])
    index.add([])
    index.add(["c", "a"])
    assert index.word_ids_of([2, 0, 1, 2]) == [index.word_ids(q) for q in (2, 0, 1, 2)]
    assert index.word_ids_of([]) == []
    assert [index.words_for(ids) for ids in index.word_ids_of([0, 2])] == [
        index.words_of(0),
        index.words_of(2),
    ]
    for bad in ([0, 3], [-1]):
        with pytest.raises(IndexError):
            index.word_ids_of(bad)
    for wrong in ([0, 3], [-1]):
        with pytest.raises(IndexError):
            index.words_for(wrong)


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
    assert [old.letters_of(q) for q in range(3)] == [len("wewillsee"), len("willsee"), 5]


# --------------------------------------------------------------------------- retrieval


def bench_scale_module() -> object:
    from tests.conftest import benchmark_module

    return benchmark_module("bench_scale")


def old_candidates(index: QuoteIndex, words: list[str], *, limit: int) -> list[int]:
    """Retrieval as it was before issue 13's rework (kept in the benchmark that compares them)."""
    bench: Any = bench_scale_module()
    return list(bench.old_candidates(index, words, limit=limit))


def index_of(quotes: list[list[str]]) -> QuoteIndex:
    """An index of ``quotes``, added in order."""
    index = QuoteIndex()
    for words in quotes:
        index.add(words)
    return index


def keys_of(index: QuoteIndex, ids: list[int]) -> set[tuple[int, ...]]:
    return {(w,) for w in ids} | set(itertools.pairwise(ids))


@settings(max_examples=150)
@given(
    st.lists(st.lists(vocabulary, max_size=12), max_size=40),
    st.lists(vocabulary, max_size=14),
    st.integers(1, 50),
)
def test_a_small_index_finds_every_quote_sharing_enough_keys(
    quotes: list[list[str]], query: list[str], limit: int
) -> None:
    # Fewer than 50 quotes: no key is common, so every key of the query is read and
    # the candidates are exactly the quotes sharing enough distinct keys, most first.
    index = index_of(quotes)
    found = index.candidates(query, limit=limit)
    # A word no quote holds breaks the query's pairs, as in candidates(): the words on
    # either side of it are not a pair.
    all_ids = [index.word_id(x) for x in query if x != GAP]
    ids = [w for w in all_ids if w is not None]
    need = 1 if len(set(ids)) <= 3 else 2
    query_keys = {(w,) for w in ids} | {
        (a, b) for a, b in itertools.pairwise(all_ids) if a is not None and b is not None
    }
    shared = {
        qid: len(query_keys & keys_of(index, list(index.word_ids(qid))))
        for qid in range(len(index))
    }
    expected = {qid for qid, n in shared.items() if n >= need}
    assert len(found) == len(set(found)) == min(limit, len(expected))
    assert set(found) <= expected
    counts = [shared[q] for q in found]
    assert counts == sorted(counts, reverse=True)
    # the ones left out by the limit share no more keys than the last one kept
    if found:
        assert all(shared[q] <= counts[-1] for q in expected - set(found))


def test_common_pairs_are_read_only_when_the_query_has_few_informative_keys() -> None:
    index = QuoteIndex()
    for n in range(2_000):  # "it is" and "is what" in every quote, "what it" in half of them
        index.add(["it", "is", "what", "it" if n % 2 else "we", f"w{n}", f"v{n}"])
    index.add(["it", "is", "what", "it", "is"])
    # Every key of this query is common: its rarest pairs are read all the same.
    assert 2_000 in index.candidates(["it", "is", "what", "it", "is"], limit=5_000)
    # With rare words (four rare keys), the common pairs are not read: only the quote
    # holding them is a candidate, where every quote shared two common pairs before.
    query = ["it", "is", "what", "it", "w7", "v7"]
    assert index.candidates(query) == [7]
    assert len(old_candidates(index, query, limit=100)) == 100


def linked_candidates_kept(corpus: object, claims: list[str]) -> tuple[int, int]:
    """Check every candidate the old retrieval gave and the new one drops: none is linked.

    Returns the number of claims and of old candidates linked to them (read by the test).
    """
    from quoteverify import Corpus
    from quoteverify.matching.compare import compare
    from quoteverify.text.normalize import words

    assert isinstance(corpus, Corpus)
    index = corpus.index
    linked = 0
    for claim in claims:
        norms = [w.norm for w in words(claim)]
        old = old_candidates(index, norms, limit=200)
        new = set(index.candidates(norms, limit=200))
        for qid in old:
            if compare(claim, corpus.indexed_quote(qid)).linked:
                linked += 1
                assert qid in new, (claim, corpus.indexed_quote(qid).text)
    return len(claims), linked


def test_retrieval_keeps_every_linked_candidate_on_real_sentence_families() -> None:
    from quoteverify import Corpus
    from quoteverify.article import iter_parse
    from tests.conftest import shared_file

    data = shared_file("data", "polnear-train.jsonl").parent
    bench: Any = bench_scale_module()
    sentences, _ = bench.real_sentences(data, 150, 3)
    corpus = Corpus()
    for article in iter_parse(bench.realistic_texts(sentences, 40, 3), workers=1):
        corpus.add_article(article)
    claims = [c for _kind, c in bench.realistic_claims(sentences, 120, 20, 3)]
    # and claims made of common words only, which read common pairs
    claims += []
    n, linked = linked_candidates_kept(corpus, claims)
    assert linked > 20 * n  # the families are found: the check is not vacuous


def test_retrieval_keeps_every_linked_candidate_on_the_synthetic_corpus() -> None:
    from quoteverify import Corpus
    from quoteverify.article import iter_parse
    from quoteverify.synthetic import synthetic_articles

    corpus = Corpus()
    for article in iter_parse(synthetic_articles(1_500, seed=4), workers=1):
        corpus.add_article(article)
    rng = random.Random(5)
    texts = [corpus.indexed_quote(q).text for q in range(len(corpus.index))]
    claims = []
    for text in rng.sample(texts, 150):
        ws = text.split()
        if len(ws) > 3:
            del ws[rng.randrange(len(ws))]
        claims.append(" ".join(ws))
    n, linked = linked_candidates_kept(corpus, claims)
    assert linked > n


def test_pairs_no_quote_holds_do_not_count_as_informative_keys() -> None:
    index = QuoteIndex()
    for n in range(2_000):
        index.add(["we", "will", "go", "home", f"w{n}"])
    index.add(["we", "will", "go", "home"])
    # Three pairs of known words that no quote holds, and two common pairs: the common
    # pairs are read, so the quotes holding both are found.
    query = ["home", "go", "will", "we", "will", "go"]
    assert len(index.candidates(query, limit=5_000)) == 2_001


def counted_in_full(index: QuoteIndex, words: list[str], *, limit: int) -> list[int]:
    """``candidates()`` with every key it reads counted in full (each of its quotes
    added to the count), as it was before the last keys counted only the quotes
    met already: the order and the cut of the result are those of a plain count."""
    ids = [index.word_id(w) for w in words if w != GAP]
    known = {w for w in ids if w is not None}
    if not known:
        return []
    cap = min(max(50, len(index) // 20), 1000)
    keys = [
        (index.frequency(index.vocabulary()[w]), w, -1)
        for w in sorted(known, key=lambda w: index.frequency(index.vocabulary()[w]))[:12]
        if index.frequency(index.vocabulary()[w]) <= cap
    ]
    pairs = {(a, b) for a, b in itertools.pairwise(ids) if a is not None and b is not None}
    keys.extend((len(index.pair(a, b)), a, b) for a, b in pairs)
    keys.sort()
    hits: Counter[int] = Counter()
    read = 0
    tables = index.postings()
    for held, a, b in keys:
        if held > cap and read >= 4:
            break
        if held:
            hits.update(tables.words[a] if b < 0 else index.pair(a, b))
            read += 1
    need = 1 if len(known) <= 3 else 2
    ranked = [q for q, n in hits.items() if n >= need]
    return sorted(ranked, key=hits.__getitem__, reverse=True)[:limit]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(vocabulary, max_size=12), max_size=120), st.data())
def test_the_last_keys_count_only_quotes_met_already_and_lose_none(
    quotes: list[list[str]], data: st.DataObject
) -> None:
    query = data.draw(st.lists(vocabulary, max_size=14), label="query")
    limit = data.draw(st.integers(1, 60), label="limit")
    # A quote first met in the last key read is counted once at most: candidates()
    # looks the last key's quotes up instead of adding them. The candidates, their
    # order and the cut by ``limit`` are those of counting every key in full (a query
    # of three words or fewer, which needs one key, counts its last key in full).
    index = index_of(quotes)
    assert index.candidates(query, limit=limit) == counted_in_full(index, query, limit=limit)


def test_quotes_first_met_before_the_last_key_are_found() -> None:
    index = QuoteIndex()
    index.add(["rare", "stone", "wall"])  # 0
    for n in range(3):
        index.add(["open", "gate", f"x{n}"])  # 1-3: the pair (open, gate)
    index.add(["open", "field"])  # 4: the word open alone
    for n in range(5):
        index.add(["open", "door", f"y{n}", "gate"])  # 5-9: open and gate, apart
    # Keys read, rarest first: rare, stone, (rare, stone), (open, gate), gate, open. The
    # quotes 5-9 are first met at the key before the last one (gate) and counted
    # again at the last one (open); quote 4, met at the last key only, is counted once.
    query = ["rare", "stone", "open", "gate"]
    assert index.candidates(query, limit=50) == [0, 1, 2, 3, 5, 6, 7, 8, 9]
    assert index.candidates(query, limit=50) == counted_in_full(index, query, limit=50)
    # A query of three known words needs one key: the last key is counted in full.
    assert 4 in index.candidates(["open", "gate", "rare"], limit=50)
