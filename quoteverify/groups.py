"""Stage 5, matching → variant groups: the quotes across articles that report one utterance.

Quotes are linked when :func:`~quoteverify.compare.compare` finds them exact,
a fragment, or a variant of each other (paraphrases are evidence, not group
members). Long quotes (three content words or more) are joined transitively;
a short quote ("constructive", "legitimate concerns") joins only the one group
it matches best, so a short generic fragment can never chain two different
quotes into one group. Each group names its fullest form, each member's
relation to it, the speakers the sources name, and whether they disagree.

>>> from quoteverify import Corpus
>>> corpus = Corpus()
>>> _ = corpus.add('"We are sincerely interested in putting an end to it," Putin said.', doc_id="a")
>>> _ = corpus.add("Putin says Russia 'sincerely interested' in peace", doc_id="b")
>>> [(m.quote.doc_id, m.relation.value) for m in corpus.variant_groups()[0].members]
[('a', 'exact'), ('b', 'fragment')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .compare import compare
from .model import GroupMember, Quote, Relation, Speaker, SpeakerKind, VariantGroup
from .normalize import content_words, words

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["variant_groups"]

_LINKS = (Relation.EXACT, Relation.FRAGMENT, Relation.VARIANT)
_LONG = 3  # content words that make a quote long enough to join groups transitively


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def variant_groups(corpus: Corpus, *, min_size: int = 2) -> list[VariantGroup]:
    """Group the corpus's speech quotes by utterance; groups of ``min_size`` or more."""
    index = corpus.index
    n = len(index)
    quotes = [corpus.indexed_quote(i) for i in range(n)]
    norms = [index.words_of(i) for i in range(n)]
    is_long = [len(content_words(words(q.text))) >= _LONG for q in quotes]
    uf = _UnionFind(n)
    best_for_short: dict[int, tuple[float, int]] = {}
    compared: set[tuple[int, int]] = set()
    # Quotes with the same normalised words are one utterance: join them at once and
    # compare only the first of each (repeated quotes are common in news).
    first_of: dict[tuple[str, ...], int] = {}
    for i in range(n):
        key = tuple(norms[i])
        if key in first_of and not _nested(quotes[first_of[key]], quotes[i]):
            uf.union(first_of[key], i)
        else:
            first_of.setdefault(key, i)
    representative = set(first_of.values())
    for i in sorted(representative):
        for j in index.candidates(norms[i], limit=200):
            a, b = min(i, j), max(i, j)
            if a == b or (a, b) in compared or j not in representative:
                continue
            compared.add((a, b))
            if _nested(quotes[a], quotes[b]):
                continue  # a quote inside another is part of it, not a report of it
            match = compare(quotes[a], quotes[b])
            if match.relation not in _LINKS or match.meaning_changed:
                continue
            if is_long[a] and is_long[b]:
                uf.union(a, b)
            elif not is_long[a] and not is_long[b]:
                if match.relation is Relation.EXACT:
                    uf.union(a, b)
            else:
                short, long_ = (a, b) if not is_long[a] else (b, a)
                if not _may_join(quotes[short], quotes[long_]):
                    continue
                rank = (match.score, -long_)
                if short not in best_for_short or rank > best_for_short[short]:
                    best_for_short[short] = rank
    # Short quotes join their best long match after the long ones are settled, a
    # cluster of identical short quotes as one: never two long groups through it.
    best_for_cluster: dict[int, tuple[float, int]] = {}
    for short, rank in best_for_short.items():
        root = uf.find(short)
        if root not in best_for_cluster or rank > best_for_cluster[root]:
            best_for_cluster[root] = rank
    for root, (_score, neg_long) in best_for_cluster.items():
        uf.union(root, -neg_long)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(uf.find(i), []).append(i)
    groups = [_group([quotes[i] for i in ids]) for ids in members.values() if len(ids) >= min_size]
    groups.sort(key=lambda g: (-len(g.members), g.canonical.doc_id or "", g.canonical.start))
    return groups


def _nested(a: Quote, b: Quote) -> bool:
    if a.doc_id != b.doc_id:
        return False
    return (a.start <= b.outer_start and b.outer_end <= a.end) or (
        b.start <= a.outer_start and a.outer_end <= b.end
    )


def _may_join(short: Quote, long_: Quote) -> bool:
    """A one-word fragment ("constructive") joins a quote only from the same speaker."""
    if len(content_words(words(short.text))) >= 2:
        return True
    s, t = short.speaker, long_.speaker
    return s is not None and t is not None and (s.matches(t) or t.matches(s))


def _group(quotes: list[Quote]) -> VariantGroup:
    canonical = max(quotes, key=lambda q: (len(words(q.text)), -(q.start)))
    members = []
    for q in quotes:
        m = compare(q, canonical)
        relation = m.relation if m.relation.linked else Relation.VARIANT
        members.append(GroupMember(quote=q, relation=relation, score=m.score))
    members.sort(key=lambda m: (m.quote.doc_id or "", m.quote.start))
    speakers: list[Speaker] = []
    for q in quotes:
        s = q.speaker
        if s is None or s.kind in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS):
            continue
        if not any(s.matches(t) or t.matches(s) for t in speakers):
            speakers.append(s)
    return VariantGroup(canonical=canonical, members=tuple(members), speakers=tuple(speakers))
