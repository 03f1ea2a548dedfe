"""Stage 5, matching → variant groups: the quotes across articles that report one utterance.

Quotes are linked when their normalised words are exact, a fragment, or a
variant of each other (:func:`~quoteverify.matching.compare.relate_words`, the fast path
of :func:`~quoteverify.matching.compare.compare` with the same thresholds; paraphrases
are evidence, not group members). Grouping never compares all pairs: identical
quotes are joined at once, and the others are compared only when they share a
block key, a rare word or a pair of adjacent words held by few quotes (read
from the posting lists the corpus index already holds), and only when
:func:`may_link` allows it. The links between long quotes (three content words
or more; a variant between two of them must share two content words besides
negations and numbers) join them into components, and each component is split
into stars: its longest quote is a group's canonical form, every quote linked
to it joins it, and the rest are split the same way, so every member of a group
is linked to the canonical form and one shared fragment cannot chain unrelated
quotes together. A short quote ("constructive", "legitimate concerns") joins
only the one group it matches best. Each group names its fullest form, each
member's relation to it, the speakers the sources name, and whether they
disagree.

>>> from quoteverify import Corpus
>>> corpus = Corpus()
>>> _ = corpus.add('"We are sincerely interested in putting an end to it," Putin said.', doc_id="a")
>>> _ = corpus.add("Putin says Russia 'sincerely interested' in peace", doc_id="b")
>>> [(m.quote.doc_id, m.relation.value) for m in corpus.variant_groups()[0].members]
[('a', 'exact'), ('b', 'fragment')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from array import array
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, cast

from .._collector import paused as _no_cyclic_gc
from ..errors import OptionError
from ..lexicons import load
from ..model import (
    GroupMember,
    Quote,
    Relation,
    Speaker,
    SpeakerKind,
    VariantGroup,
    builder,
)
from ..progress import Progress, Step, track
from ..text.normalize import content_norms, is_function_word
from .compare import (
    IDF_MIN_QUOTES,
    THRESHOLDS,
    idf_weights,
    relate_words,
    word_weight,
)

if TYPE_CHECKING:
    from .index import Postings, QuoteIndex

__all__ = [
    "Grouping",
    "block_keys",
    "judge_pair",
    "may_link",
    "may_share",
    "variant_groups",
    "weight_table",
    "word_classes",
    "word_classes_of",
]

_LINKS = (Relation.EXACT, Relation.FRAGMENT, Relation.VARIANT)
_LONG = 3  # content words that make a quote long enough to link into components
BLOCK_CAP = 64  # a block key held by more distinct quotes than this finds nothing
SHORT_WORDS = 3  # words up to which one shared key makes two quotes worth comparing
_BIGRAM = 1 << 32  # bigram keys are offset past every word id
_member = builder(GroupMember)  # the members of every group: many


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = array("i", range(n))  # 4 bytes a quote, not a list of ints

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def word_classes_of(norms: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The function words among normalised words, and the negations and numbers.

    Each word is decided on its own, so the classes of any subset of a corpus's
    words are those the whole corpus gives them.

    >>> stop, sensitive = word_classes_of(["we", "will", "not", "meet", "4", "times"])
    >>> sorted(stop), sorted(sensitive)
    (['we', 'will'], ['4', 'not'])
    """
    negations = load("negations") | {"not"}
    distinct = list(set(norms))
    # content_norms keeps or drops each word on its own: the rest are function words
    stop = frozenset(distinct).difference(content_norms(distinct))
    sensitive = frozenset(w for w in distinct if w in negations or any(map(str.isdigit, w)))
    return stop, sensitive


def weight_table(words: Sequence[str], frequencies: Sequence[int], quotes: int) -> list[float]:
    """How informative each word is, for grouping a corpus of ``quotes`` quotes.

    ``frequencies[i]`` is the number of quotes that hold ``words[i]``. From
    :data:`~quoteverify.matching.compare.IDF_MIN_QUOTES` quotes up the weights are the
    corpus's own inverse document frequencies
    (:func:`~quoteverify.matching.compare.idf_weights`); below that they come from the
    shipped background table (:func:`~quoteverify.matching.compare.word_weight`). Function
    words weigh nothing either way.

    >>> weight_table(["the", "ceasefire"], [2, 1], 2) == [0.0, word_weight("ceasefire")]
    True
    >>> [round(w, 2) for w in weight_table(["the", "truce"], [900, 3], 1000)]
    [0.0, 5.66]
    """
    if quotes < IDF_MIN_QUOTES:
        return [word_weight(w) for w in words]
    idf = idf_weights(frequencies, quotes)
    return [0.0 if is_function_word(w) else x for w, x in zip(words, idf, strict=True)]


def word_classes(index: QuoteIndex) -> tuple[frozenset[int], frozenset[int]]:
    """The ids of the index's function words, and of its negations and numbers."""
    vocabulary = index.vocabulary()
    stop, sensitive = word_classes_of(vocabulary)
    return (
        frozenset(wid for wid, w in enumerate(vocabulary) if w in stop),
        frozenset(wid for wid, w in enumerate(vocabulary) if w in sensitive),
    )


def block_keys(ids: Sequence[Hashable], stop: AbstractSet[Hashable]) -> set[Hashable]:
    """The block keys of one quote's words (or word ids): content words and adjacent pairs.

    Two quotes are compared only when they share a key held by few quotes.

    >>> sorted(block_keys("next time in moscow".split(), {"in"}), key=str)
    [('in', 'moscow'), ('next', 'time'), ('time', 'in'), 'moscow', 'next', 'time']
    """
    keys: set[Hashable] = {w for w in ids if w not in stop}
    if isinstance(ids, array):  # word ids: a pair is one int, past every word id
        keys.update((a + 1) * _BIGRAM + b for a, b in itertools.pairwise(ids))
    else:
        keys.update(itertools.pairwise(ids))
    return keys


def variant_groups(
    index: QuoteIndex,
    quotes: Sequence[Quote],
    *,
    min_size: int = 2,
    progress: Progress = None,
) -> list[VariantGroup]:
    """Group indexed speech quotes by utterance; groups of ``min_size`` or more.

    ``quotes[i]`` is the quote of id ``i`` in ``index`` (a corpus's
    :meth:`~quoteverify.Corpus.indexed_quotes`). ``progress`` counts the
    representatives (distinct quotes) whose candidate pairs have been judged (see
    :mod:`quoteverify.progress`).
    """
    with _no_cyclic_gc():
        grouping = Grouping.of_index(index, quotes)
        with track(progress, total=len(grouping.representatives), desc="group") as step:
            content, find = grouping.content, grouping._uf.find
            for r, v in grouping.candidates(step=step):
                if content[r] >= _LONG and content[v] >= _LONG and find(r) == find(v):
                    continue  # settled: already one group, the link would add nothing
                link = judge_pair(grouping, r, v)
                if link is not None:
                    grouping.link(r, v, link)
        return grouping.groups(min_size=min_size)


class Grouping:
    """One grouping run: quotes, their normalised word ids, and the links found so far.

    :func:`variant_groups` drives it on one machine; ``quoteverify.surfaces.dask`` finds
    and judges the candidate pairs on a cluster and feeds the same links here, so
    both paths give the same groups. Quotes with identical words are joined at
    once; only the first of each (a *representative*) takes part in pairs.
    """

    def __init__(
        self,
        quotes: Sequence[Quote],
        ids: Sequence[Sequence[Hashable]],
        *,
        stop: AbstractSet[Hashable],
        sensitive: AbstractSet[Hashable],
        weight: Callable[[Hashable], float] | None = None,
    ) -> None:
        self.quotes = quotes
        self.ids = ids
        self.stop = stop
        self.sensitive = sensitive
        # How informative each word (or word id) is, for the one decision
        # (compare.relate_words); None: the background table.
        self.weight = weight
        n = len(quotes)
        self._uf = _UnionFind(n)
        self._best_for_short: dict[int, tuple[float, int]] = {}
        # Every link recorded (link()), by pair (r << 32 | v, r < v): the star split
        # and the short quotes' joining judge many of these pairs again, and
        # judge_pair is a pure function of the two quotes, the same either way round.
        self._links: dict[int, tuple[Relation, float]] = {}
        self._index: QuoteIndex | None = None  # set by of_index: its postings are the blocks
        self.representatives: list[int] = []
        self._rep_of = array("i", range(n))  # each quote's representative
        for i, first in enumerate(_firsts(ids)):
            if first != i and not is_nested(quotes[first], quotes[i]):
                self._uf.union(first, i)
                self._rep_of[i] = first
            else:
                self.representatives.append(i)
        # content words of each representative (0 for the others), by quote id
        self.content = array("I", bytes(4 * n))
        for r in self.representatives:
            self.content[r] = len(ids[r]) - sum(map(stop.__contains__, ids[r]))

    @classmethod
    def of_index(cls, index: QuoteIndex, quotes: Sequence[Quote]) -> Grouping:
        """A grouping of indexed speech quotes (``quotes[i]`` has id ``i``), by their word ids."""
        if len(quotes) != len(index):
            raise OptionError(
                f"of_index() takes one quote per indexed quote: {len(quotes)} for {len(index)}"
            )
        stop, sensitive = word_classes(index)
        tables = index.postings()
        flat = tables.ids
        # One array per quote for the run (the index keeps them end to end): grouping
        # reads them a million times, and a list is the fastest to read from.
        table = weight_table(index.vocabulary(), index.document_frequencies(), len(index))
        grouping = cls(
            list(quotes),
            [flat[a:b] for a, b in itertools.pairwise(tables.starts)],
            stop=stop,
            sensitive=sensitive,
            # word ids are ints, each with its weight in the table
            weight=cast("Callable[[Hashable], float]", table.__getitem__),
        )
        grouping._index = index
        return grouping

    def is_long(self, r: int) -> bool:
        """True when representative ``r`` has enough content words to link into components."""
        return self.content[r] >= _LONG

    def candidates(self, *, step: Step | None = None) -> Iterator[tuple[int, int]]:
        """Pairs ``(r, v)``, ``r < v``, of representatives sharing enough block keys.

        ``step()`` is called once per representative, for progress reports.
        """
        if self._index is not None:
            yield from self._indexed_candidates(self._index, step)
            return
        ids, stop = self.ids, self.stop
        postings: dict[Hashable, list[int]] = {}
        for r in self.representatives:
            for k in block_keys(ids[r], stop):
                postings.setdefault(k, []).append(r)
        is_short = {r: len(ids[r]) <= SHORT_WORDS for r in self.representatives}
        for r in self.representatives:
            if step is not None:
                step()
            hits: Counter[int] = Counter()
            for k in block_keys(ids[r], stop):
                held = postings[k]
                if 1 < len(held) <= BLOCK_CAP and held[-1] > r:
                    hits.update(held[bisect.bisect_right(held, r) :])  # later quotes only
            need = 1 if is_short[r] else 2
            for v, shared in hits.items():
                if shared >= need or is_short[v]:
                    yield r, v

    def _indexed_candidates(
        self, index: QuoteIndex, step: Step | None
    ) -> Iterator[tuple[int, int]]:
        """:meth:`candidates` read from the index's posting lists, built once with the corpus.

        The index lists every quote under each of its words and adjacent pairs;
        the block of a key is the representatives in its list. A list of up to
        ``BLOCK_CAP`` quotes holds no more representatives than that and is read
        as it is (the other quotes are dropped from the hits); a longer one is
        filtered once and kept only if few enough representatives remain. Each
        key's block is decided once, before the quotes are read (:func:`word_blocks`,
        :func:`pair_blocks`), and a quote finds the blocks of its keys by lookups
        made in C: its pairs as the keys ``a | b << 32`` of :func:`pair_keys`.
        """
        ids = self.ids
        n = len(ids)
        is_rep = bytearray(n)
        is_short = bytearray(n)
        for r in self.representatives:
            is_rep[r] = 1
            is_short[r] = len(ids[r]) <= SHORT_WORDS

        def block_of(held: array[int]) -> array[int] | None:
            """The representatives of a list, or None when too many (or too few)."""
            reps = array("I")
            for q in held:
                if is_rep[q]:
                    reps.append(q)
                    if len(reps) > BLOCK_CAP:
                        break
            return reps if 1 < len(reps) <= BLOCK_CAP else None

        tables = index.postings()
        flat, starts = tables.ids, tables.starts
        word_block = word_blocks(tables.words, self.stop, block_of).__getitem__
        pair_block = pair_blocks(tables, block_of).get
        bisect_right, chain = bisect.bisect_right, itertools.chain
        compress, islice, eq = itertools.compress, itertools.islice, operator.eq
        short_at = is_short.__getitem__
        for r in self.representatives:
            if step is not None:
                step()
            ids_r = flat[starts[r] : starts[r + 1]]  # ids[r]
            # Every block of r's keys, whole (r once in each): a quote is listed once
            # per key it shares with r, and the later quotes are those after r.
            blocks = chain(map(word_block, set(ids_r)), map(pair_block, pair_keys(ids_r)))
            held = array("I")
            held.frombytes(b"".join(filter(None, blocks)))
            listed = sorted(held)
            later = listed[bisect_right(listed, r) :]
            if not later:
                continue
            if is_short[r]:  # one shared key is enough
                found = set(later)
            else:  # two shared keys (listed twice), or one with a short quote
                found = set(compress(later, map(eq, later, islice(later, 1, None))))
                found.update(compress(later, map(short_at, later)))
            for v in sorted(found):
                yield r, v

    def settled(self, r: int, v: int) -> bool:
        """True when two long quotes are already in one group."""
        return self.is_long(r) and self.is_long(v) and self._uf.find(r) == self._uf.find(v)

    def link(self, r: int, v: int, link: tuple[Relation, float]) -> None:
        """Record a judged link between representatives ``r`` and ``v``."""
        relation, score = link
        self._links[r << 32 | v if r < v else v << 32 | r] = link
        long_r, long_v = self.is_long(r), self.is_long(v)
        if long_r and long_v:
            self._uf.union(r, v)
        elif not long_r and not long_v:
            if relation is Relation.EXACT or THRESHOLDS.is_near_duplicate(score):
                # Two short quotes join when one prints the other word for word but
                # a word or two ("a zoo" / "a [sic] zoo"): a stock phrase shared by
                # two statements is exact, and joins the same way.
                self._uf.union(r, v)
        else:
            short, long_ = (r, v) if not long_r else (v, r)
            rank = (score, -long_)
            best = self._best_for_short.get(short)
            if best is None or rank > best:
                self._best_for_short[short] = rank

    def judged(self, r: int, v: int) -> tuple[Relation, float] | None:
        """:func:`judge_pair` of ``r`` and ``v``, read from the links recorded when
        :meth:`link` was given it (a pair that is not there is judged now)."""
        found = self._links.get(r << 32 | v if r < v else v << 32 | r)
        return found if found is not None else judge_pair(self, r, v)

    def groups(self, *, min_size: int = 2) -> list[VariantGroup]:
        """The groups: linked quotes split into stars, short quotes join their best long match.

        The links join quotes into components (a union-find); a component is a
        block of candidates, not a group, since one shared fragment can link two
        unrelated quotes through a third. Each component is split into stars
        (:meth:`_stars`): every member of a group is linked by :func:`judge_pair`
        to the group's canonical form, its longest member.
        """
        uf, rep_of = self._uf, self._rep_of
        n = len(self.quotes)
        components: dict[int, list[int]] = {}
        for r in self.representatives:
            components.setdefault(uf.find(r), []).append(r)
        center = array("i", range(n))  # each representative's star centre
        relation: dict[int, tuple[Relation, float]] = {}  # a member's link to its centre
        for reps in components.values():
            if len(reps) > 1:
                self._stars(reps, center, relation)
        # Short quotes join their best long match's star after the long ones are
        # settled, a cluster of identical short quotes as one (never two stars
        # through it), when they link to that star's centre too.
        best_for_cluster: dict[int, tuple[tuple[float, int], list[int]]] = {}
        for short, rank in self._best_for_short.items():
            cluster = center[short]
            best = best_for_cluster.get(cluster)
            if best is None or rank > best[0]:
                best_for_cluster[cluster] = (rank, [])
        for r in self.representatives:
            if center[r] in best_for_cluster:
                best_for_cluster[center[r]][1].append(r)
        for cluster, ((_score, neg_long), shorts) in best_for_cluster.items():
            target = center[-neg_long]
            for s in shorts:
                link = self.judged(target, s)
                if link is not None:
                    center[s], relation[s] = target, link
            left = [s for s in shorts if center[s] == cluster]
            if left and center[cluster] != cluster:
                # The cluster's centre joined the long star without them: those left
                # are split into stars of their own, never left pointing at it.
                for s in left:
                    center[s] = s
                    relation.pop(s, None)
                if len(left) > 1:
                    self._stars(left, center, relation)
        roots = array("i", map(center.__getitem__, rep_of))  # each quote's centre
        sizes = Counter(roots)
        members: dict[int, list[int]] = {}  # only the groups kept, in order of first member
        for i, root in enumerate(roots):
            if sizes[root] >= min_size:
                members.setdefault(root, []).append(i)
        groups = [self._group(root, qids, relation) for root, qids in members.items()]
        groups.sort(key=lambda g: (-len(g.members), g.canonical.doc_id or "", g.canonical.start))
        return groups

    def _stars(
        self, reps: list[int], center: array[int], relation: dict[int, tuple[Relation, float]]
    ) -> None:
        """Split one component's representatives into stars around their longest members.

        The longest representative (the earliest of equals) is a centre; every
        other one that :func:`judge_pair` links to it joins it; the rest are split
        the same way. A group is thus never held together by a chain ("...
        trust the polls" to "the polls and the referee" to "... the referee"),
        and the split depends on the quotes alone, not on the order the links
        were found. Time: for each centre, the members sharing a content word
        with it (a component is one star but for chains).
        """
        ids, quotes, stop = self.ids, self.quotes, self.stop
        order = sorted(reps, key=lambda r: (-len(ids[r]), quotes[r].start, r))
        # Every link needs a content word in common, so each centre is judged only
        # against the members holding one of its words: a long chain of unrelated
        # quotes costs the pairs that share words, not its size squared.
        holders: dict[Hashable, list[int]] = {}
        for r in order:
            for w in set(ids[r]).difference(stop):
                holders.setdefault(w, []).append(r)
        placed: set[int] = set()
        for c in order:
            if c in placed:
                continue
            placed.add(c)
            tried: set[int] = set()
            for w in set(ids[c]).difference(stop):
                for r in holders[w]:
                    if r in placed or r in tried:
                        continue
                    tried.add(r)
                    link = self.judged(c, r)
                    if link is not None:
                        center[r], relation[r] = c, link
                        placed.add(r)

    def _group(
        self, root: int, qids: list[int], relation: dict[int, tuple[Relation, float]]
    ) -> VariantGroup:
        quotes, ids, rep_of = self.quotes, self.ids, self._rep_of
        # the centre's words, printed first by the earliest quote among its copies
        canonical = max(
            (i for i in qids if rep_of[i] == root), key=lambda i: (len(ids[i]), -quotes[i].start)
        )
        members = []
        for i in qids:
            link_relation, score = relation.get(rep_of[i], (Relation.EXACT, 100.0))
            members.append(_member(quote=quotes[i], relation=link_relation, score=score))
        members.sort(key=lambda m: (m.quote.doc_id or "", m.quote.start))
        speakers: list[Speaker] = []
        names: set[str] = set()
        for i in qids:
            s = quotes[i].speaker
            if s is None or s.kind in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS):
                continue
            if s.name not in names:
                names.add(s.name)
                if not any(s.matches(t) for t in speakers):
                    speakers.append(s)
        return VariantGroup(
            canonical=quotes[canonical], members=tuple(members), speakers=tuple(speakers)
        )


def word_blocks(
    words: Sequence[array[int]],
    stop: AbstractSet[Hashable],
    block_of: Callable[[array[int]], array[int] | None],
) -> list[array[int] | None]:
    """Each word's block, by word id: ``block_of(words[w])`` (the representatives
    of its posting list, or ``None`` when they are too many or too few), and
    ``None`` for a function word (in ``stop``) and a word one quote holds."""
    blocks: list[array[int] | None] = [None] * len(words)
    for w, held in enumerate(words):
        if len(held) > 1 and w not in stop:
            blocks[w] = block_of(held)
    return blocks


def pair_blocks(
    tables: Postings, block_of: Callable[[array[int]], array[int] | None]
) -> dict[int, array[int]]:
    """Each adjacent pair's block, by key ``a | b << 32`` (:func:`pair_keys`), for the
    pairs two quotes or more hold: ``block_of(quotes)`` (their representatives),
    when that is not ``None``."""
    first, nexts = tables.pair_first, tables.pair_next
    starts, qids = tables.pair_starts, tables.pair_qids
    held_by = map(operator.sub, itertools.islice(starts, 1, None), starts)
    blocks: dict[int, array[int]] = {}
    a = 0
    for i in itertools.compress(itertools.count(), map((2).__le__, held_by)):
        while first[a + 1] <= i:
            a += 1  # the first word of the pairs at i
        found = block_of(qids[starts[i] : starts[i + 1]])
        if found is not None:
            blocks[a | nexts[i] << 32] = found
    return blocks


def pair_keys(ids: Sequence[int]) -> set[int]:
    """The keys ``a | b << 32`` of the distinct adjacent pairs ``(a, b)`` of word ids.

    >>> pair_keys([1, 2, 1, 2]) == {1 | 2 << 32, 2 | 1 << 32}
    True
    """
    return set(map(operator.or_, ids, map(operator.lshift, itertools.islice(ids, 1, None), _32)))


_32 = itertools.repeat(32)


def judge_pair(grouping: Grouping, r: int, v: int) -> tuple[Relation, float] | None:
    """The link between representatives ``r`` and ``v`` (relation, score), or ``None``.

    A pure function of the two quotes and their words: a cluster can run it anywhere.
    """
    ids_r, ids_v = grouping.ids[r], grouping.ids[v]
    if not _may_relate(ids_r, ids_v, grouping.stop):
        return None  # too few words in common for any link relate_words makes
    a, b = grouping.quotes[r], grouping.quotes[v]
    if is_nested(a, b):
        return None  # a quote inside another is part of it, not a report of it
    relation, score, meaning = relate_words(
        ids_r,
        ids_v,
        stop=grouping.stop,
        sensitive=grouping.sensitive,
        weight=grouping.weight,
    )
    if relation not in _LINKS or meaning:
        return None
    long_r, long_v = grouping.is_long(r), grouping.is_long(v)
    if long_r and long_v:
        if relation is Relation.VARIANT and not _share_topic(ids_r, ids_v, grouping):
            return None  # "will not raise taxes" / "will not raise the age": no common topic
    elif long_r != long_v:
        short, long_ = (r, v) if not long_r else (v, r)
        if not _may_join(grouping.quotes[short], grouping.quotes[long_], grouping.content[short]):
            return None
    return relation, score


def _share_topic(a: Sequence[Hashable], b: Sequence[Hashable], grouping: Grouping) -> bool:
    """True when two word lists share two content words that are not negations or numbers.

    Two long quotes are joined transitively, so a variant between them must rest
    on what they are about: a shared "not" (or "no", or a number) and one other
    word is too little. A word that both lists repeat counts as often as both
    hold it ("no ceasefire until there is a ceasefire"). On the benchmark's
    20,000 synthetic quotes this drops 133 of 17,604 links: 72 joined quotes of
    different utterances and chained unrelated groups together; the quotes of
    the other 61 mostly stay grouped through other links.
    """
    common = set(a).intersection(b)
    common.difference_update(grouping.stop)
    common.difference_update(grouping.sensitive)
    if len(common) != 1:
        return len(common) > 1
    (w,) = common
    return min(a.count(w), b.count(w)) >= 2


def may_link(a: Sequence[Hashable], b: Sequence[Hashable]) -> bool:
    """False when the two word lists share too few words to be linked at all.

    A bound, checked in a microsecond, that :func:`judge_pair` applies before
    the alignment. With ``s <= l`` the two lengths, every link
    :func:`~quoteverify.matching.compare.relate_words` makes needs a longest common
    subsequence ``L`` of words with ``L == s`` (exact, fragment), ``10L >= 3(s + l)``
    (a score of 60), ``4L >= 3s`` (containment) or ``7L >= 3s`` (the aligned
    window of a variant: ``2L / (s + w) >= 0.6`` with ``w >= L`` words). ``L`` is
    at most the words the shorter list shares with the longer, counted with
    repeats, which is at most the distinct shared words plus the shorter's repeats.
    The bound is read from the one decision's thresholds
    (:meth:`~quoteverify.matching.compare.Thresholds.min_common`), less a seventh of a word
    of slack for rounding.

    >>> may_link("we will not meet".split(), "they will meet again soon".split())
    True
    >>> may_link("we will not meet again".split(), "the talks ended in anger today".split())
    False
    """
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    s, distinct = len(shorter), set(shorter)
    most = len(distinct.intersection(longer)) + s - len(distinct)
    return most >= _least_common(s)


def may_share(a: Sequence[Hashable], b: Sequence[Hashable], stop: AbstractSet[Hashable]) -> bool:
    """False when :func:`~quoteverify.matching.compare.relate_words` of ``a`` and ``b``
    can only answer unrelated: the longer list does not hold two of the shorter's
    distinct content words (the first list's, of two of one length), or its only
    one. An exact copy and a fragment hold them all, and a variant needs them
    (``compare._shares_content``); checked before the alignment.

    >>> may_share("the talks failed".split(), "the talks will go on".split(), {"the"})
    False
    >>> may_share("the talks failed".split(), "talks failed again".split(), {"the"})
    True
    """
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    distinct = set(shorter).difference(stop)
    return len(distinct.intersection(longer)) >= min(2, len(distinct))


def _may_relate(a: Sequence[Hashable], b: Sequence[Hashable], stop: AbstractSet[Hashable]) -> bool:
    """``may_link(a, b) and may_share(a, b, stop)``, from one reading of the words
    the shorter list shares with the longer."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    s, distinct = len(shorter), set(shorter)
    common = distinct.intersection(longer)
    if len(common) + s - len(distinct) < _least_common(s):
        return False
    return len(common.difference(stop)) >= min(2, len(distinct.difference(stop)))


@functools.cache
def _least_common(shorter: int) -> float:
    """The bound of the one decision (``compare.THRESHOLDS.min_common``: 3s/7 today)
    for a shorter list of ``shorter`` words, less a seventh of a word of slack for
    rounding; computed once per length."""
    return THRESHOLDS.min_common(shorter) - 1 / 7 - 1e-9


def _key(ids: Sequence[Hashable]) -> object:
    return ids.tobytes() if isinstance(ids, array) else tuple(ids)


def _firsts(ids: Sequence[Sequence[Hashable]]) -> Iterator[int]:
    """For each quote, the first quote with the same words (itself if none before it).

    Keyed on the hash of the words, so that the table holds two ints a distinct
    quote and not a copy of its words; quotes whose hashes collide are told apart
    by their words.
    """
    first_of: dict[int, int] = {}
    collided: dict[object, int] = {}
    for i, words in enumerate(ids):
        key = _key(words)
        h = hash(key)
        first = first_of.setdefault(h, i)
        if first != i and _key(ids[first]) != key:
            first = collided.setdefault(key, i)  # another list of words with the same hash
        yield first


def is_nested(a: Quote, b: Quote) -> bool:
    """True when one quote lies inside the other in the same document (a quote
    inside a quote: the pair counts once among identical quotes)."""
    if a.doc_id != b.doc_id:
        return False
    return (a.start <= b.outer_start and b.outer_end <= a.end) or (
        b.start <= a.outer_start and a.outer_end <= b.end
    )


def _may_join(short: Quote, long_: Quote, content: int) -> bool:
    """A one-word fragment ("constructive") joins a quote only from the same speaker."""
    if content >= 2:
        return True
    s, t = short.speaker, long_.speaker
    return s is not None and t is not None and s.matches(t)
