"""The shortcuts of verify's eighth pass (issue 13, speed) give what the long way gives.

Each test holds one shortcut to the computation it replaces: an aligned stretch printed
alike in both texts has no edit, a deletion with no insertion beside it is no
reordering, an edit's kind settles its neutrality where it can, a speaker object
matches itself, a mirrored match is the match evolved, and the bound's cheap rule-out
reads the other side's weight only when it can matter. Each fails when its shortcut is
broken (checked by breaking it).
"""

from __future__ import annotations

from array import array
from collections import Counter
from unittest import mock

import attrs
from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from quoteverify import Corpus, compare
from quoteverify.matching import compare as compare_module
from quoteverify.matching import prune as prune_module
from quoteverify.matching import verify as verify_module
from quoteverify.matching.compare import (
    SPELLING_SCORE,
    THRESHOLDS,
    _reorders,
    _sorted_words,
    edit_neutral,
    edit_significance,
)
from quoteverify.matching.index import QuoteIndex
from quoteverify.matching.prune import QueryBound
from quoteverify.model import Edit, EditKind, Speaker, WordPair
from quoteverify.text.normalize import content_words, prepare, words

_WORDS = st.sampled_from(
    [
        "we",
        "We",
        "WE",
        "the",
        "will",
        "not",
        "won't",
        "Won’t",
        "taxes",
        "Taxes",
        "colour",
        "color",
        "Moscow",
        "peace",
        "...",
        ",",
        "2",
        "two",
        "cut",
        "never",
    ]
)
_TEXTS = st.lists(_WORDS, max_size=12).map(" ".join)
_SPACES = st.sampled_from([" ", "  ", ", ", " - "])


@st.composite
def _copies(draw: st.DrawFn) -> tuple[str, str]:
    """Two texts, the second mostly the first's words again, spaced or cased otherwise."""
    ws = draw(st.lists(_WORDS, min_size=1, max_size=12))
    other = [draw(st.sampled_from([w, w.lower(), w.upper()])) for w in ws]
    if draw(st.booleans()) and other:
        del other[draw(st.integers(0, len(other) - 1))]
    head = draw(st.lists(_WORDS, max_size=3))
    seps = [draw(_SPACES) for _ in range(len(head) + len(other))]
    joined = "".join(s + w for s, w in zip(seps, head + other, strict=True))
    return " ".join(ws), joined


def _word_by_word(*_args: object) -> bool:
    return False  # as if no stretch were printed alike: every word pair labelled


@given(_copies())
@example(("we will cut taxes", "We  will cut taxes"))
@example(("we will cut taxes", "Yes, we will cut taxes"))
@example(("colour of peace", "color of peace"))
def test_a_stretch_printed_alike_is_labelled_as_word_by_word(pair: tuple[str, str]) -> None:
    a, b = pair
    fast = compare(a, b), compare(b, a)
    compare_module._prepared.cache_clear()
    with mock.patch.object(compare_module, "_same_offsets", _word_by_word):
        slow = compare(a, b), compare(b, a)
    assert fast == slow


def _reorders_every_way(edits: list[Edit]) -> list[Edit]:
    """``_reorders`` as it was: every insertion's words read, whatever the deletions."""
    dels = [e for e in edits if e.kind in (EditKind.DELETED, EditKind.TRUNCATED) and e.a_text]
    if not dels:
        return list(edits)
    ins_by_words: dict[tuple[str, ...], list[Edit]] = {}
    for e in edits:
        if e.kind in (EditKind.INSERTED, EditKind.TRUNCATED) and e.b_text:
            ins_by_words.setdefault(_sorted_words(e.b_text), []).append(e)
    replaced: dict[int, Edit] = {}
    removed: set[int] = set()
    for d in dels:
        i = next((i for i in ins_by_words.get(_sorted_words(d.a_text), ()) if i is not d), None)
        if i is None or id(d) in removed or id(i) in removed or id(i) in replaced:
            continue
        replaced[id(d)] = Edit(
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


_KINDS = st.sampled_from(
    [EditKind.DELETED, EditKind.INSERTED, EditKind.TRUNCATED, EditKind.SUBSTITUTED]
)
_EDIT_TEXT = st.sampled_from(["", "cut taxes", "taxes cut", "peace", "the", "we will"])


@st.composite
def _edits(draw: st.DrawFn) -> list[Edit]:
    out = []
    for n in range(draw(st.integers(0, 4))):
        a_text, b_text = draw(_EDIT_TEXT), draw(_EDIT_TEXT)
        out.append(
            Edit(
                kind=draw(_KINDS),
                a_start=10 * n,
                a_end=10 * n + len(a_text),
                b_start=10 * n,
                b_end=10 * n + len(b_text),
                a_text=a_text,
                b_text=b_text,
            )
        )
    return out


@given(_edits())
def test_reorderings_are_found_as_when_every_insertion_is_read(edits: list[Edit]) -> None:
    assert _reorders(edits) == _reorders_every_way(edits)


@given(_TEXTS, _TEXTS)
@example("we will cut taxes", "yes we will cut taxes for all")
@example("we will cut taxes for all", "we will cut taxes")
@example("we will ... taxes", "we will never cut taxes")
def test_an_edit_is_neutral_as_its_significance_says(a: str, b: str) -> None:
    for m in (compare(a, b), compare(b, a)):
        for e in m.edits:
            assert edit_neutral(e) is edit_significance(e).neutral


@given(st.sampled_from(list(EditKind)), _EDIT_TEXT, _EDIT_TEXT, st.booleans())
def test_any_edit_is_neutral_as_its_significance_says(
    kind: EditKind, a_text: str, b_text: str, at_start: bool
) -> None:
    start = 0 if at_start else 5
    edit = Edit(
        kind=kind,
        a_start=start,
        a_end=start + len(a_text),
        b_start=start,
        b_end=start + len(b_text),
        a_text=a_text,
        b_text=b_text,
    )
    assert edit_neutral(edit) is edit_significance(edit).neutral


class _Counting(Speaker):
    """A speaker that counts the times it is asked whether it matches another."""

    asked = 0

    def matches(self, other: Speaker) -> bool:
        type(self).asked += 1
        return super().matches(other)


def test_the_majority_asks_no_speaker_about_itself() -> None:
    lee = _Counting(name="Dana Lee")
    assert verify_module._majority([lee, lee, lee]) is lee
    assert _Counting.asked == 0
    ray = Speaker(name="Ray")
    assert verify_module._majority([lee, ray, ray]) is ray


@given(st.lists(st.sampled_from(["Dana Lee", "Lee", "Ms Lee", "Ray Hart", "Hart"]), min_size=1))
def test_the_majority_is_the_same_with_speakers_shared_or_not(names: list[str]) -> None:
    shared = {n: Speaker(name=n) for n in names}
    one_each = [Speaker(name=n) for n in names]
    assert verify_module._majority([shared[n] for n in names]) == verify_module._majority(one_each)


def test_a_claimed_speaker_is_asked_once_about_each_source_speaker() -> None:
    corpus = Corpus()
    for n in range(4):
        corpus.add(f"“We will cut taxes for every family,” Dana Lee said in town {n}.", f"d{n}")
    claimed = _Counting(name="Ray Hart")
    _Counting.asked = 0
    v = corpus.verify("We will cut taxes for every family", speaker=claimed)
    assert v.verdict.value == "misattributed"
    assert _Counting.asked == 1  # four sources, one shared speaker object


@given(_TEXTS, _TEXTS)
@example("we will cut taxes", "yes we will cut taxes for all")
def test_a_mirrored_match_is_the_match_evolved(a: str, b: str) -> None:
    m = compare(a, b)
    swap = {EditKind.INSERTED: EditKind.DELETED, EditKind.DELETED: EditKind.INSERTED}
    edits = tuple(
        attrs.evolve(
            e,
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
    pairs = tuple(WordPair(p.b_start, p.b_end, p.a_start, p.a_end) for p in m.alignment)
    expected = attrs.evolve(m, a=m.b, b=m.a, edits=edits, alignment=pairs)
    mirrored = compare_module._mirror(m)
    assert mirrored == expected
    # built through slots and itemgetter: still the model's classes, not plain tuples
    assert type(mirrored) is type(m)
    assert all(type(p) is WordPair for p in mirrored.alignment)
    assert all(type(e) is Edit for e in mirrored.edits)


@given(_TEXTS)
@example("We won't ... cut taxes, never")
@example("... two colour peace ...")
def test_the_claim_read_from_its_prepared_words_is_the_claim_read_from_all_its_words(
    text: str,
) -> None:
    # verify() reads the claim's content words and their places from the words find()
    # normalised (gaps left out), not from words(text) again: the same figures
    claim = verify_module._Claim(text)
    ws = words(text)
    spans = Counter((w.start, w.end) for w in ws)
    single = {(w.start, w.end) for w in ws if spans[w.start, w.end] == 1}
    single &= {(w.start, w.end) for w in ws if content_words([w])}
    assert claim.content == len(content_words(ws))
    assert claim.spans == single


def _ruled_out_reading_every_weight(bound: QueryBound, ids: array[int]) -> bool:
    """``QueryBound._ruled_out_cheaply`` as it was: the other side's weight always read."""
    held = set(ids)
    side, vocabulary = bound._side, bound._vocabulary
    n_query, n_other = len(bound._ids), len(ids)
    norms = bound._index.words_for(ids)
    if n_query <= n_other and side.short <= held:
        missing = [w for i, w in zip(bound._ids, bound._norms, strict=True) if i not in held]
        if prune_module._partners(missing, norms):
            return False
    if n_other <= n_query and (held - bound._id_set).isdisjoint(vocabulary.short):
        missing = [w for i, w in zip(ids, norms, strict=True) if i not in bound._id_set]
        if prune_module._partners(missing, bound._norms):
            return False
    if side.weight <= 0.0:
        return False
    mine, other = side.weight, sum(vocabulary.weight[i] for i in ids)
    needed = max(
        THRESHOLDS.paraphrase_balance / 2.0 * (mine + other),
        THRESHOLDS.paraphrase_informative * min(mine, other),
    )
    shared = {bound._mates[i] for i in bound._mates.keys() & held}
    if sum(bound._most[s] for s in shared) >= needed - prune_module._SLACK:
        return False
    short, long_ = sorted((len(bound._letters), sum(len(w) for w in norms)))
    if 200.0 * short < SPELLING_SCORE * (short + long_):
        return True
    return bool(fuzz.ratio(bound._letters, "".join(norms)) < SPELLING_SCORE)


_INDEXED = st.lists(_TEXTS, min_size=1, max_size=6)


@given(_INDEXED, _TEXTS)
@example(["the ceasefire talks in Cairo went on", "taxes will never be cut"], "the talks on taxes")
def test_the_cheap_rule_out_reads_the_other_weight_only_when_it_can_matter(
    texts: list[str], query: str
) -> None:
    index = QuoteIndex()
    for text in texts:
        index.add(words(text))
    bound = QueryBound(prepare(query), index)
    for qid in range(len(index)):
        ids = index.word_ids(qid)
        expected = _ruled_out_reading_every_weight(bound, ids)
        assert bound._ruled_out_cheaply(qid, ids) is expected


class _WindowAlwaysWhole:
    """The thresholds as they are, except that the bound's window never stops early
    (its own check reads ``variant_score``; the decision reads the real thresholds)."""

    variant_score = float("inf")

    def __getattr__(self, name: str) -> object:
        return getattr(THRESHOLDS, name)


@given(_INDEXED, _TEXTS)
@example(
    ["we will never trust the polls and we will not pay the fine", "the polls were wrong"],
    "we will never trust the polls we will not pay",
)
# the window of the alignment moved to the ends passes where the plain one does not
@example(
    ["workers into late workers cut the workers rich or late ceasefire rich"],
    "workers cut workers night can",
)
@example(
    ["the taxes the cut cut into on into deal night deal the night cut"],
    "cut into night cut taxes on deal",
)
def test_the_bound_window_stops_once_it_passes_as_the_whole_window_decides(
    texts: list[str], query: str
) -> None:
    index = QuoteIndex()
    for text in texts:
        index.add(words(text))
    fast = [QueryBound(prepare(query), index).allows(q) for q in range(len(index))]
    with mock.patch.object(prune_module, "THRESHOLDS", _WindowAlwaysWhole()):
        slow = [QueryBound(prepare(query), index).allows(q) for q in range(len(index))]
    assert fast == slow
