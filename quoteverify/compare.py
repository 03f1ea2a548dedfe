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

import functools
import itertools
from array import array
from collections import Counter
from collections.abc import Container, Hashable, Sequence
from collections.abc import Set as AbstractSet

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq, Levenshtein

from .lexicons import load
from .model import Edit, EditKind, Match, Quote, Relation
from .normalize import Word, content_words, words

__all__ = ["Edit", "EditKind", "Match", "Relation", "compare", "relate_words"]

QuoteLike = str | Quote


# Thresholds, tuned on MSRP training pairs (docs/accuracy.md).
VARIANT_SCORE = 60.0  # word-level similarity at which two quotes are variants
VARIANT_CONTAINMENT = 0.75  # or: share of the shorter quote found in order in the longer
PARAPHRASE_SHARED = 3  # content words two paraphrases must share ...
PARAPHRASE_COVERAGE = 0.5  # ... covering this share of the shorter's content words,
PARAPHRASE_SCORE = 40.0  # or two shared content words and this word-level similarity
SPELLING_SCORE = 85.0  # character similarity of the joined words: a spelling variant
MEANING_CAP = 50.0  # the highest score a match that changes meaning can have
SHARED_RUN = 2  # content words in a run of three or more words printed alike: a paraphrase
_SHORT_ECHO = 4  # words up to which a quote echoing half its content words is a paraphrase
_ONE_WORD = 3  # letters a one-word quote needs to be a fragment or echo of another
_LOCAL_EDIT = 3  # words on a side up to which an edit can be a negation or number change


def _text(x: QuoteLike) -> str:
    return x.text if isinstance(x, Quote) else x


@functools.cache
def _negations() -> frozenset[str]:
    return load("negations") | {"not"}


def _is_number(word: str) -> bool:
    return not word.isalpha() and any(c.isdigit() for c in word)


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
    a_pos = aw[i].start if i < len(aw) else len(ta)
    b_pos = bw[k].start if k < len(bw) else len(tb)
    a_s, a_e = _span(aw, i, j, a_pos)
    b_s, b_e = _span(bw, k, l_, b_pos)

    def edit(kind: EditKind, sa: int = a_s, ea: int = a_e, sb: int = b_s, eb: int = b_e) -> Edit:
        return Edit(
            kind=kind,
            a_start=sa,
            a_end=ea,
            b_start=sb,
            b_end=eb,
            a_text=ta[sa:ea],
            b_text=tb[sb:eb],
        )

    if op == "equal":
        out = []
        for x, y in zip(aw[i:j], bw[k:l_], strict=True):
            ra, rb = ta[x.start : x.end], tb[y.start : y.end]
            if ra == rb:
                continue
            kind = EditKind.CASE if ra.casefold() == rb.casefold() else EditKind.SPELLING
            if ra.casefold().replace("’", "'") == rb.casefold().replace("’", "'"):
                kind = EditKind.CASE
            out.append(edit(kind, x.start, x.end, y.start, y.end))
        return _dedupe(out)
    a_words = [w.norm for w in aw[i:j]]
    b_words = [w.norm for w in bw[k:l_]]
    touched = set(a_words) | set(b_words)
    # A negation or number inside a long stretch of other words is part of added
    # material, not a change to the words both quotes share.
    local = max(len(a_words), len(b_words)) <= _LOCAL_EDIT
    if local and flags["negation"] and touched & _negations():
        return [edit(EditKind.NEGATION)]
    if local and flags["number"] and any(_is_number(w) for w in touched):
        return [edit(EditKind.NUMBER)]
    if op == "replace":
        if len(a_words) == len(b_words) and all(
            fuzz.ratio(x, y) >= 75 for x, y in zip(a_words, b_words, strict=True)
        ):
            return [edit(EditKind.SPELLING)]
        raw_a = [ta[w.start : w.end] for w in aw[i:j]]
        raw_b = [tb[w.start : w.end] for w in bw[k:l_]]
        if any(r[:1].isupper() for r in raw_a[(1 if i == 0 else 0) :]) and any(
            r[:1].isupper() for r in raw_b[(1 if k == 0 else 0) :]
        ):
            return [edit(EditKind.NAME)]
        return [edit(EditKind.SUBSTITUTED)]
    return [edit(EditKind.DELETED if op == "delete" else EditKind.INSERTED)]


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
def _prepared(text: str) -> tuple[list[Word], frozenset[int], list[str]]:
    """A text's words without gaps, where the gaps were, and the normalised words.

    Cached: a claim is compared with many candidates, a canonical form with many
    members. The lists are shared between calls and never changed.
    """
    ws, gaps = _gap_positions(words(text))
    return ws, frozenset(gaps), [w.norm for w in ws]


def _gap_positions(ws: list[Word]) -> tuple[list[Word], set[int]]:
    """Words without gaps, and the indices (in that list) a gap stands before."""
    plain: list[Word] = []
    gaps: set[int] = set()
    for w in ws:
        if w.is_gap:
            gaps.add(len(plain))
        else:
            plain.append(w)
    return plain, gaps


def compare(a: QuoteLike, b: QuoteLike) -> Match:
    """Compare two quotes (strings or :class:`~quoteverify.model.Quote`)."""
    ta, tb = _text(a), _text(b)
    aw, a_gaps, na = _prepared(ta)
    bw, b_gaps, nb = _prepared(tb)
    if not na or not nb:
        relation = Relation.EXACT if na == nb and ta.strip() == tb.strip() else Relation.UNRELATED
        return Match(
            a=ta, b=tb, relation=relation, score=100.0 if relation.linked else 0.0, edits=()
        )
    negations = _negations()
    flags = {
        "negation": sum(w in negations for w in na) != sum(w in negations for w in nb),
        "number": Counter(w for w in na if _is_number(w))
        != Counter(w for w in nb if _is_number(w)),
    }
    opcodes = Levenshtein.opcodes(na, nb)
    edits: list[Edit] = []
    blocks = list(opcodes)
    for n, op in enumerate(blocks):
        block = _label(
            op.tag,
            aw,
            bw,
            ta,
            tb,
            a_rng=(op.src_start, op.src_end),
            b_rng=(op.dest_start, op.dest_end),
            flags=flags,
        )
        if op.tag in ("delete", "insert"):
            # Words cut at an end, or left out where the other quote marks a gap, are
            # not part of what is quoted: they cannot change its meaning.
            at_edge = n == 0 or n == len(blocks) - 1
            gap_side = b_gaps if op.tag == "delete" else a_gaps
            gap_at = op.dest_start if op.tag == "delete" else op.src_start
            if gap_at in gap_side:
                block = [attrs.evolve(block[0], kind=EditKind.ELLIPSIS)]
            elif at_edge:
                block = [attrs.evolve(block[0], kind=EditKind.TRUNCATED)]
        edits.extend(block)
    edits = _reorders(edits)
    if sorted(na) == sorted(nb) and na != nb:
        edits = _one_reordering(edits, (ta, tb))
    contiguous = _is_part(na, nb, a_gaps, b_gaps)
    if contiguous and any(e.kind in (EditKind.DELETED, EditKind.INSERTED) for e in edits):
        # Repeated words can make the alignment cut in the middle; the words are a
        # contiguous part all the same: call the missing ends a truncation.
        edits = [
            attrs.evolve(e, kind=EditKind.TRUNCATED)
            if e.kind in (EditKind.DELETED, EditKind.INSERTED)
            else e
            for e in edits
        ]
    score = Indel.normalized_similarity(na, nb) * 100.0
    lcs = (len(na) + len(nb) - Indel.distance(na, nb)) / 2
    containment = lcs / min(len(na), len(nb))
    window = _window_score(na, nb, opcodes)
    if len(na) == len(nb):  # either could be "the shorter": take the better reading
        window = max(window, _window_score(nb, na, Levenshtein.opcodes(nb, na)))
    relation = _relation(
        na, nb, edits, score=score, containment=containment, window=window, contiguous=contiguous
    )
    meaning = any(e.changes_meaning for e in edits)
    if meaning:
        score = min(score, MEANING_CAP)
    return Match(
        a=ta,
        b=tb,
        relation=relation,
        score=round(score, 2),
        edits=tuple(edits),
        containment=round(containment, 4),
    )


def _one_reordering(edits: list[Edit], texts: tuple[str, str]) -> list[Edit]:
    """The same words in another order: one reordering over the changed stretch."""
    changed = [e for e in edits if e.kind not in (EditKind.CASE, EditKind.SPELLING)]
    if not changed:
        return edits
    a_s = min(e.a_start for e in changed)
    a_e = max(e.a_end for e in changed)
    b_s = min(e.b_start for e in changed)
    b_e = max(e.b_end for e in changed)
    merged = Edit(
        kind=EditKind.REORDERED,
        a_start=a_s,
        a_end=a_e,
        b_start=b_s,
        b_end=b_e,
        a_text=texts[0][a_s:a_e],
        b_text=texts[1][b_s:b_e],
    )
    rest = [e for e in edits if e not in changed]
    return [*rest, merged]


def _stem(word: str) -> str:
    """A light stem for counting shared content words: pressure = pressured."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:6]  # pressure / pressured / pressures: one stem


def _same_word(x: str, y: str) -> bool:
    """Equal, or a spelling variant of a longer word (Zelensky/Zelenskyy)."""
    return x == y or (min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85)


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
        for start in range(pos, len(long_) - len(run) + 1):
            if all(
                _same_word(x, y) for x, y in zip(long_[start : start + len(run)], run, strict=True)
            ):
                found = start
                break
        if found < 0 or (n > 0 and not cuts and found != pos):
            return False
        pos = found + len(run)
    return True


def _reorders(edits: list[Edit]) -> list[Edit]:
    """A deletion and an insertion of the same words are one reordering."""
    dels = [e for e in edits if e.kind in (EditKind.DELETED, EditKind.TRUNCATED)]
    ins = [e for e in edits if e.kind in (EditKind.INSERTED, EditKind.TRUNCATED)]
    out = list(edits)
    for d in dels:
        if not d.a_text:
            continue
        for i in ins:
            if i is d or not i.b_text:
                continue
            if sorted(w.norm for w in words(d.a_text)) == sorted(w.norm for w in words(i.b_text)):
                if d in out and i in out:
                    idx = out.index(d)
                    out[idx] = Edit(
                        kind=EditKind.REORDERED,
                        a_start=d.a_start,
                        a_end=d.a_end,
                        b_start=i.b_start,
                        b_end=i.b_end,
                        a_text=d.a_text,
                        b_text=i.b_text,
                    )
                    out.remove(i)
                break
    return out


def _window_score(na: list[str], nb: list[str], opcodes: object) -> float:
    """Similarity of the shorter quote to the stretch of the longer it aligns with.

    "pave the path towards peace" against a long quote that ends "... and so we
    pave the way for peace" is compared with "pave the way for peace" only.
    """
    equal = [op for op in opcodes if op.tag == "equal"]  # type: ignore[attr-defined]
    if not equal:
        return 0.0
    if len(na) <= len(nb):
        shorter, window = na, nb[equal[0].dest_start : equal[-1].dest_end]
    else:
        shorter, window = nb, na[equal[0].src_start : equal[-1].src_end]
    shared = content_words([Word(w, 0, 0) for w in window])
    core = Counter(shared) & Counter(content_words([Word(w, 0, 0) for w in shorter]))
    if sum(core.values()) < 2:
        return 0.0  # two stretches that share only function words are not one quote
    return float(Indel.normalized_similarity(shorter, window) * 100.0)


def _relation(
    na: list[str],
    nb: list[str],
    edits: list[Edit],
    *,
    score: float,
    containment: float,
    window: float,
    contiguous: bool,
) -> Relation:
    """The relation, from measures that do not depend on which quote came first."""
    meaning = any(e.changes_meaning for e in edits)
    if na == nb:
        return Relation.EXACT
    shorter, longer = (na, nb) if len(na) <= len(nb) else (nb, na)
    content = content_words([Word(w, 0, 0) for w in shorter])
    if len(shorter) == 1 and any(x + y == shorter[0] for x, y in itertools.pairwise(longer)):
        return Relation.FRAGMENT  # "multitool" inside "multi-tool knife": one compound
    if (
        not meaning
        and contiguous
        and (len(content) >= 2 or (len(content) == 1 and len(content[0]) >= _ONE_WORD))
    ):
        return Relation.FRAGMENT
    if _shares_content(content, longer) and (
        score >= VARIANT_SCORE
        or (len(shorter) >= 3 and containment >= VARIANT_CONTAINMENT)
        or (len(shorter) >= 4 and window >= VARIANT_SCORE)
    ):
        return Relation.VARIANT
    if fuzz.ratio("".join(na), "".join(nb)) >= SPELLING_SCORE:
        return Relation.VARIANT  # "Eleonora [67]" / "Eleonora67": the same letters
    ca = [_stem(w) for w in content_words([Word(w, 0, 0) for w in na])]
    cb = [_stem(w) for w in content_words([Word(w, 0, 0) for w in nb])]
    shared = sum((Counter(ca) & Counter(cb)).values())
    coverage = shared / min(len(ca), len(cb)) if ca and cb else 0.0
    if (shared >= PARAPHRASE_SHARED and coverage >= PARAPHRASE_COVERAGE) or (
        shared >= 2 and score >= PARAPHRASE_SCORE
    ):
        return Relation.PARAPHRASE
    if len(ca) == 1 and len(ca[0]) >= _ONE_WORD and ca[0] in cb and len(na) <= 2:
        return Relation.PARAPHRASE  # a one-word scare quote ("realistic") echoing the other
    if _shared_run(na, nb) >= SHARED_RUN:
        return Relation.PARAPHRASE  # "after what happened here" printed in both
    if len(shorter) <= _SHORT_ECHO and shared and shared * 2 >= min(len(ca), len(cb)):
        long_shared = set(ca) & set(cb)
        if any(len(w) >= 6 for w in long_shared):
            return Relation.PARAPHRASE  # "terrorist attack" / "criminal and terrorist"
    return Relation.UNRELATED


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
                content = len(content_words([Word(x, 0, 0) for x in run]))
                best = max(best, content + (length >= 4))
        prev = cur
    return best


def relate_words(
    na: Sequence[Hashable],
    nb: Sequence[Hashable],
    *,
    stop: Container[Hashable] = frozenset(),
    sensitive: AbstractSet[Hashable] = frozenset(),
) -> tuple[Relation, float, bool]:
    """The relation, score and meaning-change flag of two normalised word sequences.

    The fast path of :func:`compare` for grouping many quotes: the same thresholds,
    applied to words (or word ids) with no alignment and no edits. ``stop`` holds
    the function words, ``sensitive`` the negations and numbers whose count must
    agree. Only exact, fragment, variant and unrelated are told apart.

    >>> relate_words("our security".split(), "to our national security".split())
    (<Relation.VARIANT: 'variant'>, 66.67, False)
    >>> relate_words("i am a crook".split(), "i am not a crook".split(), sensitive={"not"})
    (<Relation.VARIANT: 'variant'>, 50.0, True)
    """
    if len(na) == len(nb) and tuple(na) == tuple(nb):
        return Relation.EXACT, 100.0, False
    if not na or not nb:
        return Relation.UNRELATED, 0.0, False
    score = Indel.normalized_similarity(na, nb) * 100.0
    shorter, longer = (na, nb) if len(na) <= len(nb) else (nb, na)
    content = [w for w in shorter if w not in stop]
    if content and _holds_run(longer, shorter):
        return Relation.FRAGMENT, round(score, 2), False
    meaning = False
    if not sensitive.isdisjoint(na) or not sensitive.isdisjoint(nb):
        meaning = Counter(w for w in na if w in sensitive) != Counter(
            w for w in nb if w in sensitive
        )
    relation = Relation.UNRELATED
    if not _shares_content(content, longer):
        return relation, round(min(score, MEANING_CAP) if meaning else score, 2), meaning
    containment = LCSseq.similarity(na, nb) / len(shorter)
    if score >= VARIANT_SCORE or (len(shorter) >= 3 and containment >= VARIANT_CONTAINMENT):
        relation = Relation.VARIANT
    elif len(shorter) >= 4 and len(content) >= 2:
        blocks = [op for op in Levenshtein.opcodes(shorter, longer) if op.tag == "equal"]
        if blocks:
            window = longer[blocks[0].dest_start : blocks[-1].dest_end]
            shared = sum(b.src_end - b.src_start for b in blocks)
            if shared >= 2 and Indel.normalized_similarity(shorter, window) * 100 >= VARIANT_SCORE:
                relation = Relation.VARIANT
    if meaning:
        score = min(score, MEANING_CAP)
    return relation, round(score, 2), meaning


def _shares_content(content: Sequence[Hashable], longer: Sequence[Hashable]) -> bool:
    """True when the longer quote holds two of the shorter's content words (or its only one).

    Function words alone ("not not" / "to the") never make two quotes variants.
    """
    return len(set(content).intersection(longer)) >= min(2, len(content))


def _holds_run(longer: Sequence[Hashable], shorter: Sequence[Hashable]) -> bool:
    """True when ``shorter`` appears as a contiguous run of ``longer``."""
    if isinstance(longer, array) and isinstance(shorter, array):
        hay, needle, size = longer.tobytes(), shorter.tobytes(), longer.itemsize
        at = hay.find(needle)
        while at >= 0 and at % size:
            at = hay.find(needle, at + 1)
        return at >= 0
    first = shorter[0]
    n = len(shorter)
    for i in range(len(longer) - n + 1):
        if longer[i] == first and all(longer[i + k] == shorter[k] for k in range(1, n)):
            return True
    return False
