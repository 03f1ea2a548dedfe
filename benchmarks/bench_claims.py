#!/usr/bin/env python
"""Claims benchmark (issue 13): does ``Corpus.verify`` support true claims and only those?

A corpus is built from the articles of one split (``--split``: ``train`` =
``polnear-train.jsonl``, the file to fit and inspect on; ``dev`` =
``polnear-dev.jsonl``, the file to report; ``wikinews`` =
``wikinews-quotes.jsonl``, a second report corpus from other years and outlets).
Every article text is added with ``Corpus.add``. Claims are then made from the
split's *gold* speech quotes (PolNeAR ``direct``/``partial``, Wikinews
``direct``/``partial``) whose gold speaker is a name (capitalised, not a
pronoun; the name is read out of the mention by ``claimed_name``), seeded and
deterministic:

true claims (should be supported)
    ``excerpt`` (5-15 consecutive words of the quote), and the excerpt with one
    light edit: ``spelling`` (a US/UK spelling variant), ``contraction`` (a
    contraction made or expanded), ``function_word_dropped`` (an article,
    ``that`` or an intensifier left out) and ``ellipsis`` (one to four words in
    the middle replaced by ``...``).

fabricated claims (should not be supported)
    ``content_swapped`` (one content word replaced by another word of the
    corpus vocabulary of similar frequency), ``negation_flipped`` (``not`` /
    ``never`` / ``n't`` removed, or ``not`` added after an auxiliary),
    ``number_changed``, ``name_changed`` (a capitalised name replaced by a
    surname of another gold speaker), ``words_appended`` and
    ``words_prepended`` (a clause of 3-6 words from another gold quote), and
    ``speaker_swapped`` (the excerpt's own words, claimed for another gold
    speaker of the corpus whose name shares no word with the right one), and
    ``speaker_swapped_nearby`` (the excerpt claimed for another gold speaker of
    the *same article*, the one whose quote stands nearest, so a person the
    article names, usually in the paragraphs around the quote: a swap that
    "the claimed person is named nearby" cannot tell from a true claim).

A fabricated claim whose words are printed anywhere in the corpus (a run of
the same normalised words) is not used. Each claim is asked as
``corpus.verify(words, speaker=gold_speaker)`` (the swapped speaker for
``speaker_swapped``); its verdict counts as support when its name is in
``SUPPORTED`` below, the set ``Verdict.supported`` documents today. Unknown
verdict names count as unsupported, so new verdicts from the rework need no
change here unless they are meant as support.

The naive baseline: the best ``rapidfuzz.fuzz.token_set_ratio`` of the claim
against every gold speech-quote text of the corpus (``process.extractOne`` with
``score_cutoff=70``, rapidfuzz's default processing); a hit counts as support.
It ignores the speaker. The "words sourced" column counts support plus the
verdicts that find the words but question the speaker (``SPEAKER_VERDICTS``),
to tell word matching from speaker matching.

Speaker swaps (both types) are counted where the source's speaker is right, as
issue 13's target reads ("speaker swaps answered misattributed wherever the source's speaker
is right"): the gold quote, as our parser reads it in its own article, has a
speaker (not of kind ``unknown``) whose name shares a capitalised name word with
the gold speaker. The swap rows of the table and the fabricated
total hold those claims only. The others are reported beside it, never dropped:
swaps whose source quote our parser gives no speaker (verify then finds the words
and no name to hold against the claim, which is how a true claim of that quote
looks too) and swaps whose source quote it gives to somebody else (a wrong or
only descriptive attribution). The share answered ``misattributed`` is given for
each.

Usage (from the repository root)::

    python benchmarks/bench_claims.py --split dev
    python benchmarks/bench_claims.py --split wikinews
    python benchmarks/bench_claims.py --split train --limit 100
    python benchmarks/bench_claims.py --split train --misses   # the claims it gets wrong

It prints a markdown table and writes ``benchmarks/results/claims-<split>.json``
and ``claims-<split>.md`` (``--out`` changes the folder).
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import random
import string
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _machine import dirty_files, git_head

# The verdict names that count as "the sources support the claim". Keep this the
# set that quoteverify documents as support (``Verdict.supported``); anything not
# listed, including verdict names this script has never seen, is unsupported.
SUPPORTED = frozenset({"exact", "fragment", "variant"})
# Verdicts that say the words are sourced but the speaker is not: with SUPPORTED
# they make the "words sourced" column, which separates word matching from
# speaker matching.
SPEAKER_VERDICTS = frozenset({"misattributed", "disputed"})

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "benchmarks" / "results"
SPLITS = {
    "train": "polnear-train.jsonl",
    "dev": "polnear-dev.jsonl",
    "wikinews": "wikinews-quotes.jsonl",
}
BASELINE_CUTOFF = 70.0

TRUE_TYPES = ("excerpt", "spelling", "contraction", "function_word_dropped", "ellipsis")
FAKE_TYPES = (
    "content_swapped",
    "negation_flipped",
    "number_changed",
    "name_changed",
    "words_appended",
    "words_prepended",
    "speaker_swapped",
    "speaker_swapped_nearby",
)
# The swaps: counted only where our parser gives the source quote its right speaker.
SWAP_TYPES = ("speaker_swapped", "speaker_swapped_nearby")


def wordset(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


MARKS = "\"'“”‘’«»„‟‹›`"
EDGE = MARKS + string.punctuation + " \n\t…—–"
PRONOUNS = wordset(
    "i me my we us our you your he him his she her it its they them their who whom "
    "which that this these those one someone somebody"
)
FUNCTION_WORDS = wordset(
    """a an the and or but if then so as of to in on at by for with from into onto about
    over under than that this these those there here it its is are was were be been being
    am do does did done has have had having will would shall should can could may might
    must not no nor never n't i me my we us our you your he him his she her they them their
    who whom which what when where why how all any some each every both either neither
    very just also really only even still too more most much many such up out off own
    again once ever because while though although whether until unless since after
    before during against between through without within upon i'm it's don't we're
    that's i've we've they're you're he's she's isn't aren't wasn't weren't can't won't
    didn't doesn't haven't hasn't let's"""
)
DROPPABLE = ("the", "a", "an", "that", "very", "really", "just", "also")
AUXILIARIES = wordset(
    "is are was were will would can could should does did do has have had must might may"
)
NEGATIONS = {
    "not": "",
    "never": "",
    "don't": "do",
    "doesn't": "does",
    "didn't": "did",
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "won't": "will",
    "wouldn't": "would",
    "can't": "can",
    "couldn't": "could",
    "shouldn't": "should",
    "haven't": "have",
    "hasn't": "has",
    "cannot": "can",
}
CONTRACTIONS = {
    ("do", "not"): "don't",
    ("does", "not"): "doesn't",
    ("did", "not"): "didn't",
    ("is", "not"): "isn't",
    ("are", "not"): "aren't",
    ("was", "not"): "wasn't",
    ("will", "not"): "won't",
    ("would", "not"): "wouldn't",
    ("can", "not"): "can't",
    ("i", "am"): "I'm",
    ("we", "are"): "we're",
    ("they", "are"): "they're",
    ("you", "are"): "you're",
    ("it", "is"): "it's",
    ("that", "is"): "that's",
    ("we", "have"): "we've",
    ("i", "have"): "I've",
    ("they", "have"): "they've",
    ("we", "will"): "we'll",
    ("i", "will"): "I'll",
    ("let", "us"): "let's",
}
EXPANSIONS = {v.lower(): " ".join(k) for k, v in CONTRACTIONS.items()} | {"cannot": "can not"}
# US -> UK spellings; the reverse direction is used for UK texts.
SPELLINGS = {
    "favor": "favour",
    "favorite": "favourite",
    "honor": "honour",
    "labor": "labour",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "color": "colour",
    "behavior": "behaviour",
    "humor": "humour",
    "rumor": "rumour",
    "harbor": "harbour",
    "vigor": "vigour",
    "endeavor": "endeavour",
    "center": "centre",
    "defense": "defence",
    "offense": "offence",
    "theater": "theatre",
    "program": "programme",
    "gray": "grey",
    "traveled": "travelled",
    "canceled": "cancelled",
    "judgment": "judgement",
    "license": "licence",
    "catalog": "catalogue",
    "dialog": "dialogue",
    "fulfill": "fulfil",
    "enrollment": "enrolment",
    "skeptical": "sceptical",
    "toward": "towards",
}
SPELLINGS_BACK = {v: k for k, v in SPELLINGS.items()}
IZE = ("ize", "izes", "ized", "izing", "ization", "izations")
NUMBER_WORDS = sorted(
    wordset(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
        "fifty hundred thousand million billion trillion"
    )
)


# --------------------------------------------------------------------------- words


def core(token: str) -> tuple[str, str, str]:
    """``(leading punctuation, word, trailing punctuation)`` of a whitespace token."""
    word = token.strip(EDGE)
    if not word:
        return token, "", ""
    i = token.index(word)
    return token[:i], word, token[i + len(word) :]


def norm_words(text: str) -> list[str]:
    """Lower-case words with punctuation and marks stripped (for the not-in-corpus check)."""
    out = []
    for tok in text.replace("’", "'").replace("…", " ").replace("—", " ").split():
        w = tok.strip(EDGE).lower()
        if w:
            out.append(w)
    return out


def strip_marks(text: str) -> str:
    return text.strip().strip(MARKS).strip()


def is_name(speaker: str | None) -> bool:
    """A gold speaker that names somebody (not a pronoun, not lower-case)."""
    if not speaker or not speaker[0].isupper():
        return False
    return speaker.lower() not in PRONOUNS and speaker.lower() not in {"the", "said"}


TITLES = wordset(
    """mr mrs ms dr rep sen gov president chancellor secretary chief director executive
    vice senator governor speaker judge attorney general minister prime former the
    representative mayor leader chairman chairwoman spokesman spokeswoman candidate
    nominee democratic republican gop u.s. us economist professor lt gen retired rival
    sgt col capt officer commissioner ambassador"""
)
# A mention's name ends before these (*Jane Roe of the Example Institute*,
# *a user from Hanover*, *an adviser to Jane Roe*, *the exit polls in Ohio*).
PREPOSITIONS = ("of", "from", "for", "to", "in", "at", "on", "by", "with")
# Capitalised words that name nobody who speaks.
NOT_NAMES = wordset(
    "monday tuesday wednesday thursday friday saturday sunday another other others one"
)


def claimed_name(mention: str | None) -> str | None:
    """The name a user would claim, from a gold speaker mention.

    PolNeAR's speaker is the annotated mention, often with a role around the
    name (*Jane Roe, a senior adviser to ...*): the first clause's last run of
    capitalised words, after its last title word, at most four words. The
    clause ends before a quote mark (a book's title is not a speaker), and before
    a preposition when a person is named there (*Jane Roe of the Example
    Institute* is claimed for Jane Roe, not the institute); a mention whose head
    names nobody (*an adviser to Jane Roe*, *the polls in Ohio*) or only a day
    gives no claim.
    """
    if not mention or mention.lower() in PRONOUNS:
        return None
    clause = mention.replace("’", "'")
    for cut in (",", "(", " who ", " and ", '"', "“"):
        clause = clause.split(cut)[0]
    head = clause
    for p in PREPOSITIONS:
        head = head.split(f" {p} ")[0]
    if head != clause:
        name = _name_run(head)
        titled = any(w.lower().strip(".") in TITLES for w in head.split())
        if name and (len(name.split()) >= 2 or titled):
            return name  # the person before "of the Example Institute"
        if not any(w[:1].isupper() for w in head.split()):
            return None  # described, not named: "an adviser to Jane Roe"
    return _name_run(clause)


def _name_run(clause: str) -> str | None:
    """The last run of capitalised words of ``clause`` after its last title word, at
    most four (``None`` for a day or a word such as *another*).

    A run right after a title and *of* starts with the office's own words
    (*Secretary of State Jane Roe*, *the minister of Home Affairs Jane Roe*): its
    first word is dropped, and of the rest only a name's shape is kept, a given name,
    its initials and the surname (*Jane Roe*, *Jane Q. Roe*; nothing for *the
    secretary of State* alone).
    """
    run: list[str] = []
    after_office = False
    before: list[str] = []  # the two words before the current run
    for tok in clause.split():
        w = tok.strip(',;:()"')
        if w[:1].isupper() and not w.endswith("'s"):
            if not run:
                after_office = (
                    len(before) == 2
                    and before[1].lower() == "of"
                    and before[0].lower().strip(".") in TITLES
                )
            run.append(w)
        else:
            run = []
        before = [*before[-1:], w]
    titled = [i for i, w in enumerate(run) if w.lower().strip(".") in TITLES]
    if titled:
        run = run[titled[-1] + 1 :]
        after_office = False
    if after_office:
        run = _name_shape(run[1:])
    if run and run[-1].lower().strip(".") in NOT_NAMES:
        return None
    return " ".join(run[-4:]) or None


def _name_shape(run: list[str]) -> list[str]:
    """The end of ``run`` shaped as a name: the surname, the initials before it and one
    given name before those."""
    if not run:
        return []
    i = len(run) - 1
    while i > 0 and len(run[i - 1].rstrip(".")) == 1:
        i -= 1  # initials: "Q."
    return run[max(0, i - 1) :]


def name_words(speaker: str) -> set[str]:
    return {w.strip(".,").lower() for w in speaker.split() if w[:1].isupper()} - {
        "mr",
        "mrs",
        "ms",
        "dr",
        "the",
        "sen",
        "gov",
        "president",
    }


def is_content(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word.lower() not in FUNCTION_WORDS


# --------------------------------------------------------------------------- data


class Source:
    """One gold speech quote usable for claims."""

    def __init__(self, doc_id: str, speaker: str, text: str, start: int, end: int) -> None:
        self.doc_id = doc_id
        self.speaker = speaker
        self.tokens = strip_marks(text).split()
        self.start = start
        self.end = end


def load(path: Path) -> tuple[list[dict[str, Any]], list[Source], list[str]]:
    """Articles, the named-speaker speech quotes, and every speech-quote text."""
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    sources, texts = [], []
    for d in docs:
        for q in d["quotes"]:
            if q.get("kind") not in ("direct", "partial"):
                continue
            texts.append(strip_marks(q["text"]))
            name = claimed_name(q.get("speaker"))
            if name:
                sources.append(Source(d["doc_id"], name, q["text"], q["start"], q["end"]))
    return docs, sources, texts


class Vocab:
    """Corpus word frequencies, for swaps of a similar frequency."""

    def __init__(self, texts: Sequence[str]) -> None:
        counts: collections.Counter[str] = collections.Counter()
        for t in texts:
            for tok in t.split():
                w = core(tok)[1]
                if is_content(w) and w.islower():
                    counts[w] += 1
        self.ranked = [w for w, _ in counts.most_common()]
        self.rank = {w: i for i, w in enumerate(self.ranked)}

    def similar(self, word: str, rng: random.Random) -> str | None:
        """Another content word of about the same frequency rank (never ``word``'s stem)."""
        lw = word.lower()
        i = self.rank.get(lw, len(self.ranked) // 2)
        band = max(20, i // 10)
        lo, hi = max(0, i - band), min(len(self.ranked), i + band + 1)
        for _ in range(40):
            cand = self.ranked[rng.randrange(lo, hi)]
            if cand[:4] != lw[:4] and cand != lw:
                return cand
        return None


class Corpusline:
    """Normalised gold-corpus text, to reject fabrications that are printed somewhere."""

    def __init__(self, docs: Sequence[dict[str, Any]]) -> None:
        self.text = " " + " ".join(" ".join(norm_words(d["text"])) for d in docs) + " "

    def prints(self, claim: str) -> bool:
        return f" {' '.join(norm_words(claim))} " in self.text


# --------------------------------------------------------------------------- claims


def window(src: Source, rng: random.Random, must: int | None = None) -> tuple[int, int] | None:
    """A run of 5-15 tokens of ``src`` (holding token ``must`` when given)."""
    n = len(src.tokens)
    if n < 5:
        return None
    k = rng.randint(5, min(15, n))
    lo = 0 if must is None else max(0, must - k + 1)
    hi = n - k if must is None else min(n - k, must)
    if hi < lo:
        return None
    i = rng.randint(lo, hi)
    return i, i + k


def join(tokens: Sequence[str]) -> str:
    return " ".join(t for t in tokens if t).strip(EDGE.replace("…", "")).strip()


def positions(tokens: Sequence[str], test: Callable[[str, int], bool]) -> list[int]:
    return [i for i, t in enumerate(tokens) if test(core(t)[1], i)]


def replace_at(tokens: list[str], i: int, word: str) -> list[str]:
    lead, _, trail = core(tokens[i])
    out = list(tokens)
    out[i] = lead + word + trail if word else ""
    return out


def match_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def uk_spelling(word: str) -> str | None:
    lw = word.lower()
    if lw in SPELLINGS:
        return match_case(SPELLINGS[lw], word)
    if lw in SPELLINGS_BACK:
        return match_case(SPELLINGS_BACK[lw], word)
    for end in IZE:
        if lw.endswith(end) and len(lw) > len(end) + 3 and lw not in {"size", "prize", "seize"}:
            return word[: -len(end)] + end.replace("z", "s")
    return None


class Maker:
    """Makes one claim of each type from a source quote, or ``None`` when it cannot."""

    def __init__(
        self,
        sources: Sequence[Source],
        vocab: Vocab,
        printed: Corpusline,
        rng: random.Random,
        texts: dict[str, str] | None = None,
    ) -> None:
        self.sources = sources
        self.texts = texts or {}  # article text by doc_id (for speaker_swapped_nearby)
        self.by_doc: dict[str, list[Source]] = collections.defaultdict(list)
        for s in sources:
            self.by_doc[s.doc_id].append(s)
        self.vocab = vocab
        self.printed = printed
        self.rng = rng
        speakers = sorted({s.speaker for s in sources if len(name_words(s.speaker)) >= 1})
        self.speakers = speakers
        self.surnames = sorted(
            {s.split()[-1] for s in speakers if s.split()[-1][:1].isupper() and len(s) > 2}
        )

    # true claims ---------------------------------------------------------------

    def excerpt(self, src: Source) -> tuple[str, str] | None:
        w = window(src, self.rng)
        return None if w is None else (join(src.tokens[w[0] : w[1]]), src.speaker)

    def _edit_at(
        self, src: Source, test: Callable[[str, int], bool], edit: Callable[[list[str], int], Any]
    ) -> tuple[str, str] | None:
        spots = positions(src.tokens, test)
        if not spots:
            return None
        i = self.rng.choice(spots)
        w = window(src, self.rng, must=i)
        if w is None:
            return None
        toks = list(src.tokens[w[0] : w[1]])
        new = edit(toks, i - w[0])
        return None if new is None else (join(new), src.speaker)

    def spelling(self, src: Source) -> tuple[str, str] | None:
        return self._edit_at(
            src,
            lambda w, _i: uk_spelling(w) is not None,
            lambda toks, j: replace_at(toks, j, uk_spelling(core(toks[j])[1]) or ""),
        )

    def contraction(self, src: Source) -> tuple[str, str] | None:
        toks = src.tokens

        def can(w: str, i: int) -> bool:
            if w.lower().replace("’", "'") in EXPANSIONS:
                return True
            nxt = core(toks[i + 1])[1].lower() if i + 1 < len(toks) else ""
            return (w.lower(), nxt) in CONTRACTIONS and not core(toks[i])[2]

        def edit(t: list[str], j: int) -> list[str] | None:
            w = core(t[j])[1]
            lw = w.lower().replace("’", "'")
            if lw in EXPANSIONS:
                return replace_at(t, j, match_case(EXPANSIONS[lw], w))
            if j + 1 >= len(t):
                return None
            pair = (lw, core(t[j + 1])[1].lower())
            out = replace_at(t, j, match_case(CONTRACTIONS[pair], w))
            _lead, _, trail = core(t[j + 1])
            out[j] = out[j] + trail
            out[j + 1] = ""
            return out

        return self._edit_at(src, can, edit)

    def function_word_dropped(self, src: Source) -> tuple[str, str] | None:
        def can(w: str, i: int) -> bool:
            return w.lower() in DROPPABLE and 0 < i < len(src.tokens) - 1

        return self._edit_at(src, can, lambda toks, j: replace_at(toks, j, ""))

    def ellipsis(self, src: Source) -> tuple[str, str] | None:
        n = len(src.tokens)
        if n < 8:
            return None
        k = self.rng.randint(8, min(17, n))
        i = self.rng.randint(0, n - k)
        toks = list(src.tokens[i : i + k])
        cut = self.rng.randint(1, min(4, k - 6))
        at = self.rng.randint(3, k - cut - 3)
        left = join(toks[:at])
        right = join(toks[at + cut :])
        return f"{left} ... {right}", src.speaker

    # fabrications ---------------------------------------------------------------

    def _fake(self, made: tuple[str, str] | None) -> tuple[str, str] | None:
        if made is None or self.printed.prints(made[0]):
            return None
        return made

    def content_swapped(self, src: Source) -> tuple[str, str] | None:
        def edit(toks: list[str], j: int) -> list[str] | None:
            w = core(toks[j])[1]
            new = self.vocab.similar(w, self.rng)
            return None if new is None else replace_at(toks, j, match_case(new, w))

        return self._fake(
            self._edit_at(src, lambda w, i: is_content(w) and (w.islower() or i == 0), edit)
        )

    def negation_flipped(self, src: Source) -> tuple[str, str] | None:
        toks = src.tokens
        neg = positions(toks, lambda w, _i: w.lower().replace("’", "'") in NEGATIONS)
        if neg:
            return self._fake(
                self._edit_at(
                    src,
                    lambda w, _i: w.lower().replace("’", "'") in NEGATIONS,
                    lambda t, j: replace_at(
                        t,
                        j,
                        match_case(
                            NEGATIONS[core(t[j])[1].lower().replace("’", "'")], core(t[j])[1]
                        ),
                    ),
                )
            )

        def add_not(t: list[str], j: int) -> list[str] | None:
            lead, w, trail = core(t[j])
            if trail:
                return None
            out = list(t)
            out[j] = lead + w + " not"
            return out

        return self._fake(self._edit_at(src, lambda w, _i: w.lower() in AUXILIARIES, add_not))

    def number_changed(self, src: Source) -> tuple[str, str] | None:
        def is_num(w: str, _i: int) -> bool:
            return w.replace(",", "").replace(".", "").isdigit() or w.lower() in NUMBER_WORDS

        def edit(t: list[str], j: int) -> list[str] | None:
            w = core(t[j])[1]
            digits = w.replace(",", "")
            if digits.isdigit():
                n = int(digits)
                new = str(n + self.rng.randint(1, 9) if n < 100 else n * 2)
            elif w.replace(",", "").replace(".", "").isdigit():
                new = w + "5"
            else:
                choices = [x for x in NUMBER_WORDS if x != w.lower()]
                new = match_case(self.rng.choice(choices), w)
            return replace_at(t, j, new)

        return self._fake(self._edit_at(src, is_num, edit))

    def name_changed(self, src: Source) -> tuple[str, str] | None:
        toks = src.tokens

        def can(w: str, i: int) -> bool:
            if not (w[:1].isupper() and w.isalpha() and len(w) > 2) or i == 0:
                return False
            prev = toks[i - 1]
            return prev[-1:] not in '.!?:"“' and w.lower() not in FUNCTION_WORDS

        def edit(t: list[str], j: int) -> list[str] | None:
            w = core(t[j])[1]
            others = [s for s in self.surnames if s.lower() != w.lower()]
            return replace_at(t, j, self.rng.choice(others)) if others else None

        return self._fake(self._edit_at(src, can, edit))

    def _clause(self, src: Source) -> str | None:
        for _ in range(20):
            other = self.rng.choice(self.sources)
            if other.doc_id == src.doc_id or len(other.tokens) < 3:
                continue
            k = self.rng.randint(3, min(6, len(other.tokens)))
            i = self.rng.randint(0, len(other.tokens) - k)
            return join(other.tokens[i : i + k])
        return None

    def words_appended(self, src: Source) -> tuple[str, str] | None:
        made, clause = self.excerpt(src), self._clause(src)
        if made is None or not clause:
            return None
        return self._fake((f"{made[0]} and {clause[:1].lower()}{clause[1:]}", made[1]))

    def words_prepended(self, src: Source) -> tuple[str, str] | None:
        made, clause = self.excerpt(src), self._clause(src)
        if made is None or not clause:
            return None
        return self._fake((f"{clause} {made[0][:1].lower()}{made[0][1:]}", made[1]))

    def speaker_swapped(self, src: Source) -> tuple[str, str] | None:
        made = self.excerpt(src)
        if made is None:
            return None
        right = name_words(src.speaker)
        others = [s for s in self.speakers if not (name_words(s) & right)]
        return (made[0], self.rng.choice(others)) if others else None

    def speaker_swapped_nearby(self, src: Source) -> tuple[str, str] | None:
        """The excerpt claimed for the other gold speaker of the same article whose quote
        stands nearest to this one (a person the article names near the quote)."""
        right = name_words(src.speaker)
        text = self.texts.get(src.doc_id, "")
        others = [
            s
            for s in self.by_doc[src.doc_id]
            if name_words(s.speaker)
            and not (name_words(s.speaker) & right)
            and not one_name(text, s.speaker, src.speaker)
        ]
        if not others:
            return None
        made = self.excerpt(src)
        if made is None:
            return None
        near = min(others, key=lambda s: (gap(s, src), s.start))
        return made[0], near.speaker


def one_name(text: str, a: str, b: str) -> bool:
    """True when ``text`` prints ``a`` and ``b`` as one name (*Tom Ebeling*: a first name
    and a surname that gold gives two quotes of one person)."""
    return f"{a} {b}" in text or f"{b} {a}" in text


def gap(a: Source, b: Source) -> int:
    """Characters between two quotes of one article (0 when they overlap)."""
    return max(0, a.start - b.end, b.start - a.end)


def make_claims(
    sources: Sequence[Source], maker: Maker, limit: int, rng: random.Random
) -> list[dict[str, Any]]:
    claims = []
    for kind in TRUE_TYPES + FAKE_TYPES:
        make = getattr(maker, kind)
        order = list(range(len(sources)))
        rng.shuffle(order)
        n = 0
        for i in order:
            if n >= limit:
                break
            src = sources[i]
            made = make(src)
            if made is None or len(norm_words(made[0])) < 3:
                continue
            claims.append(
                {
                    "type": kind,
                    "true": kind in TRUE_TYPES,
                    "claim": made[0],
                    "speaker": made[1],
                    "gold_speaker": src.speaker,
                    "source": {"doc_id": src.doc_id, "start": src.start, "end": src.end},
                }
            )
            n += 1
    return claims


# --------------------------------------------------------------------------- run


def run(args: argparse.Namespace) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from rapidfuzz import fuzz, process, utils  # noqa: PLC0415

    from quoteverify import Corpus  # noqa: PLC0415

    path = args.data / SPLITS[args.split]
    if not path.exists():
        sys.exit(f"{path} not found: this benchmark needs ../shared/data")
    docs, sources, texts = load(path)
    rng = random.Random(args.seed)
    by_id = {d["doc_id"]: d["text"] for d in docs}
    maker = Maker(sources, Vocab(texts), Corpusline(docs), rng, by_id)
    claims = make_claims(sources, maker, args.limit, rng)

    t0 = time.perf_counter()
    corpus = Corpus()
    for d in docs:
        corpus.add(d["text"], doc_id=d["doc_id"])
    build_s = time.perf_counter() - t0
    print(f"corpus: {len(docs)} articles in {build_s:.1f} s; {len(claims)} claims", file=sys.stderr)

    for c in claims:
        c["source_speaker"], c["source_speaker_is"] = source_speaker(corpus, c)
        c["counted"] = c["type"] not in SWAP_TYPES or c["source_speaker_is"] == "right"
    choices = [utils.default_process(t) for t in texts]
    t0 = time.perf_counter()
    for c in claims:
        v = corpus.verify(c["claim"], speaker=c["speaker"])
        c["verdict"] = v.verdict.value
        c["supported"] = c["verdict"] in SUPPORTED
        c["words_sourced"] = c["verdict"] in SUPPORTED | SPEAKER_VERDICTS
        best = v.evidence[0] if v.evidence else None
        c["evidence_speaker"] = best.speaker.name if best and best.speaker else None
        hit = process.extractOne(
            utils.default_process(c["claim"]),
            choices,
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=BASELINE_CUTOFF,
        )
        c["baseline_score"] = None if hit is None else round(hit[1], 1)
        c["baseline_supported"] = hit is not None
    verify_s = time.perf_counter() - t0

    rows = []
    for kind in TRUE_TYPES + FAKE_TYPES:
        cs = [c for c in claims if c["type"] == kind and c["counted"]]
        row: dict[str, Any] = {
            "type": kind,
            "true": kind in TRUE_TYPES,
            "n": len(cs),
            "supported": rate(cs, "supported"),
            "words_sourced": rate(cs, "words_sourced"),
            "baseline_supported": rate(cs, "baseline_supported"),
            "verdicts": dict(collections.Counter(c["verdict"] for c in cs).most_common()),
        }
        if kind in SWAP_TYPES:
            swaps = [c for c in claims if c["type"] == kind]
            row["all_swaps"] = len(swaps)
            row["by_source_speaker"] = {
                who: swap_rates([c for c in swaps if c["source_speaker_is"] == who])
                for who in SOURCE_SPEAKER
            }
            row["misattributed"] = swap_rates(swaps)["misattributed"]
            row["source_speaker_right"] = row["by_source_speaker"]["right"]["n"]
            row["misattributed_where_source_speaker_right"] = row["by_source_speaker"]["right"][
                "misattributed"
            ]
        rows.append(row)
    trues = [c for c in claims if c["true"]]
    fakes = [c for c in claims if not c["true"] and c["counted"]]
    return {
        "split": args.split,
        "file": SPLITS[args.split],
        "seed": args.seed,
        "limit": args.limit,
        "supported_verdicts": sorted(SUPPORTED),
        "baseline": f"rapidfuzz token_set_ratio >= {BASELINE_CUTOFF:g} against any gold quote",
        "articles": len(docs),
        "gold_quotes": len(texts),
        "named_sources": len(sources),
        "quotes_indexed": len(corpus.index),
        "build_s": round(build_s, 2),
        "verify_and_baseline_s": round(verify_s, 2),
        "true_overall": {
            "n": len(trues),
            "supported": rate(trues, "supported"),
            "words_sourced": rate(trues, "words_sourced"),
            "baseline_supported": rate(trues, "baseline_supported"),
        },
        "fabricated_overall": {
            "n": len(fakes),
            "supported": rate(fakes, "supported"),
            "words_sourced": rate(fakes, "words_sourced"),
            "baseline_supported": rate(fakes, "baseline_supported"),
        },
        "rows": rows,
        "command": " ".join(["python", "benchmarks/bench_claims.py", *sys.argv[1:]]),
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "git_head": git_head(),
        "quoteverify_uncommitted": dirty_files(),
    }, claims


# What our parser makes of a speaker swap's source quote, in its own article.
SOURCE_SPEAKER = {
    "right": "names the gold speaker",
    "none": "names nobody",
    "other": "names somebody else",
}


def source_speaker(corpus: Any, claim: dict[str, Any]) -> tuple[str | None, str]:
    """The speaker our parser gives the claim's gold source quote, and whether it is
    ``right`` (shares a name word with the gold speaker), ``none`` (no quote found
    there, no speaker, or one of kind ``unknown``, which verify does not read) or
    ``other``."""
    src = claim["source"]
    article = corpus.article(src["doc_id"])
    overlap = [
        (min(q.end, src["end"]) - max(q.start, src["start"]), q)
        for q in article.quotes
        if q.is_speech and q.start < src["end"] and src["start"] < q.end
    ]
    if not overlap:
        return None, "none"
    speaker = max(overlap, key=lambda x: x[0])[1].speaker
    if speaker is None or speaker.kind.value == "unknown":
        return None, "none"
    right = name_words(speaker.name) & name_words(claim["gold_speaker"])
    return speaker.name, "right" if right else "other"


def swap_rates(cs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """n, support and ``misattributed`` shares and the verdicts of some speaker swaps."""
    mis = [c["verdict"] == "misattributed" for c in cs]
    return {
        "n": len(cs),
        "supported": rate(cs, "supported"),
        "misattributed": round(sum(mis) / len(mis), 3) if mis else None,
        "verdicts": dict(collections.Counter(c["verdict"] for c in cs).most_common()),
    }


def rate(cs: Sequence[dict[str, Any]], key: str) -> float | None:
    return round(sum(bool(c[key]) for c in cs) / len(cs), 3) if cs else None


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def markdown(res: dict[str, Any]) -> str:
    lines = [
        f"Claims on `{res['file']}` ({res['articles']} articles, {res['quotes_indexed']} "
        f"speech quotes indexed; seed {res['seed']}, up to {res['limit']} claims a type; "
        f"support = {', '.join(res['supported_verdicts'])}):",
        "",
        "| claim type | should be | n | quoteverify supported | baseline supported | "
        "words sourced | verdicts (quoteverify) |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in res["rows"]:
        verdicts = ", ".join(f"{k} {v}" for k, v in r["verdicts"].items())
        lines.append(
            f"| {r['type']} | {'supported' if r['true'] else 'not supported'} | {r['n']} | "
            f"{fmt(r['supported'])} | {fmt(r['baseline_supported'])} | "
            f"{fmt(r['words_sourced'])} | {verdicts} |"
        )
    for key, label in (("true_overall", "all true"), ("fabricated_overall", "all fabricated")):
        o = res[key]
        lines.append(
            f"| **{label}** | | {o['n']} | **{fmt(o['supported'])}** | "
            f"{fmt(o['baseline_supported'])} | {fmt(o['words_sourced'])} | |"
        )
    for sw in (r for r in res["rows"] if r["type"] in SWAP_TYPES):
        lines += [
            "",
            f"`{sw['type']}` ({sw['all_swaps']} made), by what our parser gives their source "
            "quote; the table's row and the fabricated total count the first line only:",
            "",
        ]
        for who, label in SOURCE_SPEAKER.items():
            b = sw["by_source_speaker"][who]
            verdicts = ", ".join(f"{k} {v}" for k, v in b["verdicts"].items())
            lines.append(
                f"- source {label}: {b['n']}, supported {fmt(b['supported'])}, "
                f"`misattributed` {fmt(b['misattributed'])} ({verdicts or 'none'})"
            )
        lines += [
            "",
            f"All `{sw['type']}` answered `misattributed`: {fmt(sw['misattributed'])} of "
            f"{sw['all_swaps']}.",
        ]
    lines += [
        "",
        "words sourced: the verdict is support, or says the words are printed but the "
        f"speaker is not ({', '.join(sorted(SPEAKER_VERDICTS))}).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev")
    ap.add_argument("--limit", type=int, default=200, help="claims per type (at most)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON and markdown")
    ap.add_argument(
        "--dump",
        type=Path,
        help="also write every claim and its verdict to this JSONL (corpus words: keep it "
        "outside the repository)",
    )
    ap.add_argument(
        "--misses",
        action="store_true",
        help="also print every true claim not supported, and every fabrication supported "
        "(type, verdict, claimed speaker, best source's speaker, claim): to stderr",
    )
    args = ap.parse_args(argv)
    res, claims = run(args)
    if args.misses:
        for c in claims:
            if c["true"] != c["supported"]:
                print(
                    f"{c['type']}\t{c['verdict']}\t{c['speaker']}\t{c['evidence_speaker']}\t"
                    f"{c['claim']}",
                    file=sys.stderr,
                )
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(c) + "\n" for c in claims)
    md = markdown(res)
    print(md)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"claims-{args.split}"
    stem.with_suffix(".json").write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    stem.with_suffix(".md").write_text(md, encoding="utf-8")
    print(f"wrote {stem}.json and {stem}.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
