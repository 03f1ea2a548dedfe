"""Measure the parser against annotated data (PolNeAR, PDNC, Wikinews, or your own gold JSONL).

A gold file has one document per line: ``{"doc_id", "text", "quotes": [...]}``,
each quote with ``start`` and ``end`` character offsets *including* its marks
(``0 <= start <= end <= len(text)``; :func:`check_gold` says what else is
checked). A quote may add ``speaker`` (and ``speaker_alts``), ``kind``, and a
document ``not_quotes`` and ``characters`` (PDNC's cast: each ``name`` with its
``aliases``, read by :func:`character_aliases`).

Speakers are scored strictly first (:class:`SpeakerScores`: is the resolved name
the gold speaker, by :func:`strict_speaker_match`), then leniently (does the
chosen mention overlap the annotated one). Kinds are scored by
:class:`KindScores`.

Span recall counts a gold quote as found when a predicted quote has the same
boundaries once quote marks, surrounding punctuation and spaces are stripped
from both ("exact"), or covers at least half of it ("overlap"). Precision is the
same from the predicted side; ``speech_precision`` restricts the predictions to
those the parser calls speech (direct or partial), which is the fair measure on
corpora such as PolNeAR that annotate only attributed quotes.

>>> gold = [{"doc_id": "d", "text": 'He said "yes" and left.',
...          "quotes": [{"start": 8, "end": 13}]}]
>>> scores = evaluate_spans(gold)
>>> scores.exact_recall, scores.gold
(1.0, 1)
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeGuard

import attrs

from .. import lexicons
from ..article import parse
from ..errors import InputFormatError
from ..model import Article, Quote
from ..speakers.offices import office_opening

__all__ = [
    "Evaluation",
    "KindScores",
    "PairScores",
    "SpanScores",
    "SpeakerScores",
    "cast_match",
    "cast_says",
    "character_aliases",
    "check_gold",
    "evaluate",
    "evaluate_pairs",
    "evaluate_spans",
    "gold_name",
    "miss_category",
    "read_gold",
    "read_jsonl",
    "read_pairs",
    "strict_speaker_match",
]

_STRIP = frozenset(" \t\r\n\u00a0\"'“”‘’«»„‚‹›「」『』`.,;:!?-—–…()[]")


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past marks, punctuation and spaces at both ends."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Spans:
    """Spans indexed by where they start, to ask which of them share characters with
    a span, in time that grows with the spans starting before its end and reaching
    past its start, not with all of them (a novel holds thousands of quotes).

    >>> spans = _Spans([(0, 10), (2, 4), (12, 20), (30, 31)])
    >>> spans.overlapping((3, 13)), spans.overlapping((10, 12)), spans.overlapping((40, 50))
    ([0, 1, 2], [], [])
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._order = sorted(range(len(self.spans)), key=lambda i: self.spans[i][0])
        self._starts = [self.spans[i][0] for i in self._order]
        # _reach[k]: the furthest end among the first k + 1 spans by start, so a
        # backward walk stops where no earlier span can reach a given start.
        self._reach = list(itertools.accumulate((self.spans[i][1] for i in self._order), max))

    def overlapping(self, span: tuple[int, int]) -> list[int]:
        """The indices, in the order given, of the spans sharing a character with ``span``."""
        start, end = span
        found = []
        k = bisect.bisect_left(self._starts, end)
        while k > 0 and self._reach[k - 1] > start:
            k -= 1
            i = self._order[k]
            if self.spans[i][1] > start:
                found.append(i)
        found.sort()
        return found


@attrs.frozen(kw_only=True)
class SpanScores:
    """Span recall and precision over a gold corpus, with the counts behind them."""

    documents: int
    gold: int
    predicted: int
    predicted_speech: int
    exact_found: int
    overlap_found: int
    exact_correct: int
    overlap_correct: int
    speech_correct: int
    speech_found: int
    not_quote_documents: int = 0
    not_quote_checked: int = 0
    not_quote_hits: int = 0

    @property
    def exact_recall(self) -> float:
        """Share of gold quotes found with the same boundaries."""
        return self.exact_found / self.gold if self.gold else 1.0

    @property
    def overlap_recall(self) -> float:
        """Share of gold quotes at least half covered by a predicted quote."""
        return self.overlap_found / self.gold if self.gold else 1.0

    @property
    def speech_recall(self) -> float:
        """Share of gold quotes found (overlap) by a quote the parser calls speech."""
        return self.speech_found / self.gold if self.gold else 1.0

    @property
    def exact_precision(self) -> float:
        """Share of predicted quotes that are gold quotes, same boundaries."""
        return self.exact_correct / self.predicted if self.predicted else 1.0

    @property
    def overlap_precision(self) -> float:
        """Share of predicted quotes that overlap a gold quote by half."""
        return self.overlap_correct / self.predicted if self.predicted else 1.0

    @property
    def speech_precision(self) -> float:
        """Share of predicted *speech* quotes (direct, partial) that are gold quotes."""
        return self.speech_correct / self.predicted_speech if self.predicted_speech else 1.0

    @property
    def not_quote_precision(self) -> float:
        """Share of predicted quotes (in documents with ``not_quotes``) whose marks are marks.

        A predicted quote is wrong here when its opening or closing mark sits at
        an offset the gold lists in ``not_quotes`` (an apostrophe, a stray mark).
        """
        if not self.not_quote_checked:
            return 1.0
        return 1 - self.not_quote_hits / self.not_quote_checked

    #: The ratios, in the order reports list them.
    RATIOS = (
        "exact_recall",
        "overlap_recall",
        "speech_recall",
        "exact_precision",
        "overlap_precision",
        "speech_precision",
        "not_quote_precision",
    )

    def as_dict(self) -> dict[str, float | int]:
        """Counts and ratios as a flat JSON-safe dict."""
        out: dict[str, float | int] = dict(attrs.asdict(self))
        for name in self.RATIOS:
            out[name] = round(getattr(self, name), 4)
        return out


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the documents of a gold JSONL file, with a clear error on a bad line.

    Every record is checked by :func:`check_gold`; a bad one raises
    :class:`~quoteverify.errors.InputFormatError` naming the file and line.
    """
    for number, doc in _numbered_jsonl(path):
        check_gold(doc, source=str(path), line=number)
        yield doc


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_span(
    quote: Mapping[str, Any], start_key: str, end_key: str, size: int, *, required: bool
) -> str | None:
    """What is wrong with ``quote[start_key]:quote[end_key]`` as offsets into a text."""
    start, end = quote.get(start_key), quote.get(end_key)
    if start is None and end is None and not required:
        return None
    if not _is_int(start):
        return f'"{start_key}" must be a whole number, not {start!r}'
    if not _is_int(end):
        return f'"{end_key}" must be a whole number, not {end!r}'
    if start < 0:
        return f'"{start_key}" ({start}) is negative'
    if end < start:
        return f'"{end_key}" ({end}) is before "{start_key}" ({start})'
    if end > size:
        return f'"{end_key}" ({end}) is beyond the text ({size} characters)'
    return None


def _gold_problem(doc: object) -> str | None:
    """What is wrong with one gold record, or None when it is well formed."""
    if not isinstance(doc, dict):
        return f"a gold record must be a JSON object, not {type(doc).__name__}"
    text, quotes = doc.get("text"), doc.get("quotes")
    if not isinstance(text, str) or not isinstance(quotes, list):
        return 'a gold record needs "text" (str) and "quotes" (list)'
    for n, q in enumerate(quotes):
        if not isinstance(q, dict):
            return f"quote {n}: must be a JSON object, not {type(q).__name__}"
        problem = _check_span(q, "start", "end", len(text), required=True)
        problem = problem or _check_span(
            q, "speaker_start", "speaker_end", len(text), required=False
        )
        if problem is None and q.get("speaker") is not None and not isinstance(q["speaker"], str):
            problem = f'"speaker" must be a string or null, not {q["speaker"]!r}'
        alts = q.get("speaker_alts")
        if (
            problem is None
            and alts is not None
            and not (isinstance(alts, list) and all(isinstance(a, str) for a in alts))
        ):
            problem = f'"speaker_alts" must be a list of strings, not {alts!r}'
        if problem is None and q.get("kind") is not None and not isinstance(q["kind"], str):
            problem = f'"kind" must be a string or null, not {q["kind"]!r}'
        if problem is not None:
            return f"quote {n}: {problem}"
    not_quotes = doc.get("not_quotes")
    if not_quotes is not None and not (
        isinstance(not_quotes, list) and all(_is_int(x) and 0 <= x < len(text) for x in not_quotes)
    ):
        return '"not_quotes" must be a list of offsets into the text'
    characters = doc.get("characters")
    if characters is not None and not (
        isinstance(characters, list)
        and all(
            isinstance(c, dict)
            and isinstance(c.get("name"), str)
            and isinstance(c.get("aliases", []), list)
            and all(isinstance(a, str) for a in c.get("aliases", []))
            for c in characters
        )
    ):
        return '"characters" must be a list of {"name": str, "aliases": [str, ...]} objects'
    return None


def check_gold(doc: object, *, source: str | None = None, line: int | None = None) -> None:
    """Raise :class:`~quoteverify.errors.InputFormatError` unless ``doc`` is a gold record.

    A gold record has ``text`` (str) and ``quotes`` (a list of objects whose
    ``start`` and ``end`` are whole-number offsets with
    ``0 <= start <= end <= len(text)``); ``speaker_start``/``speaker_end``,
    ``speaker``, ``speaker_alts``, ``kind``, ``not_quotes`` and ``characters``
    are checked when present.

    >>> check_gold({"text": "ab", "quotes": [{"start": 1, "end": 0}]}, source="g.jsonl", line=3)
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputFormatError: g.jsonl:3: quote 0: "end" (0) is before "start" (1)
    """
    problem = _gold_problem(doc)
    if problem is not None:
        raise InputFormatError(problem, source=source, line=line)


@functools.cache
def _gold_words() -> dict[str, frozenset[str]]:
    """The evaluation's own words by group (lexicon ``gold_words``): a frozen copy
    apart from the parser's lexicons, so that editing those never moves the measure."""
    groups: dict[str, set[str]] = {}
    for row in lexicons.rows("gold_words"):
        for group in str(row["groups"]).split():
            groups.setdefault(group, set()).add(str(row["word"]))
    return {group: frozenset(words) for group, words in groups.items()}


def _gold(group: str) -> frozenset[str]:
    """The evaluation's words of one group.

    >>> "he" in _gold("pronoun"), "senator" in _gold("title"), "senator" in _gold("stop")
    (True, True, False)
    """
    words = _gold_words()
    if group not in words:
        known = ", ".join(sorted(words))
        raise lexicons.LexiconError(
            f"no word in group {group!r} ({known})", source="gold_words.tsv"
        )
    return words[group]


_TITLE_WORDS = _gold("title_word")


def _name_tokens(name: str) -> set[str]:
    words = (w.strip(".,;:'’\"()").casefold() for w in name.replace("’s", "").split())
    return {w for w in words if w and w[:1].isalpha() and w not in _TITLE_WORDS}


def _capitalised_tokens(name: str) -> set[str]:
    return _name_tokens(" ".join(x for x in name.split() if x[:1].isupper()))


# --- the strict measure: is the resolved name the gold speaker? ---

_PRONOUNS = _gold("pronoun")
# The pronouns of the lenient measure's named/pronoun split (kept as measured before).
_LENIENT_PRONOUNS = _gold("lenient_pronoun")
_DETERMINERS = _gold("determiner")
_PARTY_WORDS = _gold("party")
# Letters and digits, so "Mr." and "Mr" are one word and "Trump's" is "trump".
_WORD = re.compile(r"[^\W_]+")
# (A plural's or a name's bare apostrophe too: "Reuters' Ana Ruiz" names Ana Ruiz.)
_POSSESSIVE = re.compile(r"['’]s\b|(?<=[sS])['’](?!\w)")


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(_POSSESSIVE.sub("", name))]


@functools.cache
def _titles() -> frozenset[str]:
    return _gold("title") | _TITLE_WORDS | _DETERMINERS


@functools.cache
def _not_names() -> frozenset[str]:
    """Words that never make a gold mention "named": pronouns, titles, roles, nations, days."""
    # "On Monday the board": "stop" holds the capitals that open sentences
    places_and_times = _gold("nation") | _gold("time") | _gold("stop")
    return _titles() | _PRONOUNS | _PARTY_WORDS | _gold("role") | places_and_times


_HONORIFICS = _gold("honorific")


def _name_runs(clause: str) -> list[str]:
    """The runs of name words in one clause of a mention, each kept only as a head.

    A run that a possessive ends (*Reed's aide*) or that another noun follows
    (*the Reed campaign*, *Ohio Gov. Ann Roe*) modifies that noun: it is dropped.
    """
    runs: list[str] = []
    run: list[str] = []
    after_honorific = False
    tokens = clause.split()
    for i, token in enumerate([*tokens, ""]):
        last = i == len(tokens) - 1
        possessive = bool(_POSSESSIVE.search(token)) and not last
        core = _POSSESSIVE.sub("", token).strip(".,;:!?\"'’‘“”()[]-—")
        words = _words(core)
        named = bool(
            core[:1].isupper()
            and words
            # "Mr. King"; "Amy Pope" at the end of its clause
            and (after_honorific or (run and last) or not all(w in _not_names() for w in words))
        )
        after_honorific = len(words) == 1 and words[0] in _HONORIFICS
        if named and not possessive:
            run.append(core)
            continue
        modifies = possessive or bool(words and words[0] not in _gold("stop"))
        if run and not modifies:
            runs.append(" ".join(run))
        run = []
    return runs


def gold_name(mention: str) -> str | None:
    """The name in a gold source *mention*, or None when it names nobody.

    PolNeAR's gold source is the mention as printed ("he", "the Republican
    nominee", "Reed campaign spokeswoman Ann Roe"). The name is a run of
    capitalised words that are not pronouns, determiners, titles, role nouns,
    nations or party words (a word after *Mr* always counts), that is the head
    of its phrase rather than a modifier (*the Reed campaign* names nobody).
    The first clause (up to a comma or a bracket) that holds such a run is read; of its runs
    the longest, the last of equally long ones.

    >>> gold_name("Reed campaign spokeswoman Ann Roe")
    'Ann Roe'
    >>> gold_name("Ann Roe, a spokeswoman for Mayor Bo Li,"), gold_name("Mr. King")
    ('Ann Roe', 'King')
    >>> gold_name("the Republican nominee"), gold_name("He"), gold_name("Reed's aide")
    (None, None, None)
    >>> gold_name("Rep. Bo Li (D-Vt.)"), gold_name("Reed's")
    ('Bo Li', 'Reed')

    A person's name before *of*, *from*, *at*, *for*, *to* or *in* heads the
    mention, and a role before one names nobody (its complement is someone else):

    >>> gold_name("Ann Roe of the Dover Policy Institute"), gold_name("an aide to Bo Li")
    ('Ann Roe', None)

    An office with *of* before a name is no part of it:

    >>> gold_name("Secretary of State Ann Roe")
    'Ann Roe'
    """
    role = False  # a clause before named a role and its complement ("an aide to Reed")
    for clause in re.split(r"[,(]", mention):
        head = _COMPLEMENT.split(clause, maxsplit=1)[0]
        runs = []
        if head != clause:
            # "Ann Roe of the Dover Trust": the head names the person; "an aide to Reed",
            # "a nurse from Dover": a role whose complement names someone else.
            runs = [r for r in _name_runs(head) if _person_run(r, head)]
            if not runs and _words(head)[-1:] and _words(head)[-1] in _role_words():
                role = True
                continue
        runs = runs or _name_runs(clause)
        if role:  # then only a person's name in apposition: "the aide to Reed, Ann Roe"
            runs = [r for r in runs if _person_run(r, clause)]
        if runs:
            best = max(reversed(runs), key=lambda r: len(r.split()))
            at = clause.find(" of " + best.split()[0])
            if at >= 0:
                # "Secretary of State Ann Roe": the office's last word is no name word
                # (a run is read without its full stops: found by its first word).
                best = best[office_opening(clause, at + 4, best)[0] :]
            return best
    return None


_COMPLEMENT = re.compile(r"\s(?:" + "|".join(sorted(_gold("complement"))) + r")\s(?=the\s|[A-Z])")


def _person_run(run: str, head: str) -> bool:
    """A run of name words that reads as a person's name: two words or more, or
    one after an honorific ("Mr. Nevins"), and no organisation's last word."""
    words = _words(run)
    if not words or words[-1] in _gold("org_suffix"):
        return False
    if len(words) >= 2:
        return True
    before = _words(head[: head.rfind(run)])
    return bool(before) and before[-1] in _HONORIFICS


@functools.cache
def _role_words() -> frozenset[str]:
    """Role nouns that are not titles of office: "aide", "adviser", "nurse" (not
    "Speaker", "Secretary": "Secretary of State Ann Roe" names Roe)."""
    offices = _titles() - _gold("title_role")
    return _gold("role") - offices


def _compatible_first(a: str, b: str) -> bool:
    """Two first names that may be one person's ("J" and "John" may)."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def strict_speaker_match(predicted: str | None, gold: str, alts: Iterable[str] = ()) -> bool:
    """True when the resolved name ``predicted`` is the gold speaker ``gold`` (or an alt).

    It is when it contains the gold name or one of ``alts`` (as words, case
    ignored), or ends in the gold's surname without a clashing first name. No
    name, or a pronoun, is wrong; so is a job title, unless the gold is one.

    >>> strict_speaker_match("Donald J. Trump", "Donald Trump")
    True
    >>> strict_speaker_match("Ivanka Trump", "Donald Trump"), strict_speaker_match("he", "he")
    (False, False)
    >>> strict_speaker_match("the president", "Donald Trump")
    False
    """
    if predicted is None:
        return False
    said = _words(predicted)
    if not said or all(w in _PRONOUNS for w in said):
        return False
    said_names = [w for w in said if w not in _titles()]
    for name in (gold, *alts):
        want = _words(name)
        if not want:
            continue
        if _contains(said, want):
            return True
        want_names = [w for w in want if w not in _titles()]
        if not want_names or not said_names or said_names[-1] != want_names[-1]:
            continue
        if (
            len(want_names) > 1
            and len(said_names) > 1
            and not _compatible_first(want_names[0], said_names[0])
        ):
            continue
        return True
    return False


def character_aliases(characters: Iterable[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    """Each character's names that belong to nobody else in the cast, normalised.

    A novel's cast list (PDNC's ``characters``) gives every character the names
    the text calls them by (*Tom* for *Young Thomas*). A resolved name that is
    exactly one of them names that character, unless the list gives it to
    another character too, or it has no capitalised word (*the stranger* is a
    description, not a name). Two more forms of a listed name count when no
    other character's names make them (see :func:`_name_forms`): the name
    without its titles (*Mrs. Quill* read as *Quill*, *Mrs. Jo Quill* as *Jo
    Quill*, unless another cast member's name ends in *Quill*, since a wife may
    be listed under her husband's name; a title alone before one word stays,
    so *Mr Quill* is not her), and a one-word alias in place of the given name of
    the full name (*Ned Lamb* for *Edward Lamb*, who is also *Edward* and
    *Ned*). The sets are also found under each alias only one character has,
    since the gold may name the speaker by one (*Meg Lamb* for *Margaret Lamb*).

    >>> cast = [{"name": "Young Thomas", "aliases": ["Tom", "the boy"]},
    ...         {"name": "Thomas Gradgrind", "aliases": ["Mr. Gradgrind", "Tom"]}]
    >>> sorted(character_aliases(cast)["Young Thomas"])
    ['young thomas']
    >>> sorted(character_aliases(cast)["Thomas Gradgrind"])
    ['gradgrind', 'mr gradgrind', 'thomas gradgrind']
    >>> cast = [{"name": "Francis Hale", "aliases": ["Francis", "Frank", "Mr. Hale"]},
    ...         {"name": "Ada Hale", "aliases": ["Ada", "Mrs. Hale"]}]
    >>> sorted(character_aliases(cast)["Frank"])
    ['francis', 'francis hale', 'frank', 'frank hale', 'mr hale']
    """
    owners: dict[str, set[str]] = {}
    formed: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    family: set[str] = set()
    cast = list(characters)
    for c in cast:
        listed = [n for n in (c["name"], *c.get("aliases", ())) if _capitalised(n)]
        keys = {" ".join(_words(n)) for n in listed} - {""}
        for key in keys:
            owners.setdefault(key, set()).add(c["name"])
            rest = [w for w in key.split() if w not in _titles()]
            for word in rest:
                words.setdefault(word, set()).add(c["name"])
            if len(rest) > 1:
                surnames.setdefault(rest[-1], set()).add(c["name"])
        untitled, nicknamed = _name_forms(c["name"], keys)
        for key in untitled | nicknamed:
            formed.setdefault(key, set()).add(c["name"])
        family.update(untitled)
    out: dict[str, set[str]] = {c["name"]: set() for c in cast}
    for key, names in owners.items():
        if len(names) == 1:
            out[next(iter(names))].add(key)
    for key, names in formed.items():
        first, *more = key.split()
        if (
            len(names) == 1
            and owners.get(key, names) == names
            and owners.get(first, names) == names
            and (more or words.get(first, names) <= names)
            and (key not in family or surnames.get(key.split()[-1], names) <= names)
        ):
            out[next(iter(names))].add(key)
    found = {name: frozenset(keys) for name, keys in out.items()}
    for c in cast:
        for alias in c.get("aliases", ()):
            if alias not in found and owners.get(" ".join(_words(alias))) == {c["name"]}:
                found[alias] = found[c["name"]]
    return found


def cast_says(
    cast: Mapping[str, frozenset[str]], speaker: str, predicted: str | None
) -> bool | None:
    """What a novel's cast list (:func:`character_aliases`) says of the resolved
    name ``predicted`` for the gold ``speaker``: True when it is one of the
    speaker's names; False when it is a full name (two words or more besides
    titles) only another character has, such as a son's *Ned Hale* for a gold
    printed *Mr. Hale*, which the surname rule of :func:`strict_speaker_match`
    would take since the gold shows no first name to clash; None otherwise (the
    gold is not listed, or the list gives the name to nobody alone, or it is a
    title and a surname, *Mrs. Hale*, whose holder the strict rule decides).

    >>> cast = character_aliases([{"name": "Mr. Hale", "aliases": ["Old Hale"]},
    ...                           {"name": "Ned Hale", "aliases": ["Ned", "Mrs. Hale"]}])
    >>> [cast_says(cast, "Mr. Hale", n) for n in ("Old Hale", "Ned Hale", "Mrs. Hale", "Jo")]
    [True, False, None, None]
    """
    mine = cast.get(speaker)
    if mine is None or predicted is None:
        return None
    key = " ".join(_words(predicted))
    if key in mine:
        return True
    if sum(w not in _titles() for w in key.split()) < 2:
        return None
    return False if any(key in keys for keys in cast.values()) else None


def cast_match(
    predicted: str | None,
    gold: str,
    alts: Iterable[str] = (),
    *,
    cast: Mapping[str, frozenset[str]] | None = None,
) -> bool:
    """The strict test of a quote whose document lists its cast:
    :func:`strict_speaker_match`, unless :func:`cast_says` decides.

    >>> cast = character_aliases([{"name": "Mr. Hale", "aliases": []},
    ...                           {"name": "Ned Hale", "aliases": ["Ned"]}])
    >>> cast_match("Ned Hale", "Mr. Hale"), cast_match("Ned Hale", "Mr. Hale", cast=cast)
    (True, False)
    """
    said = cast_says(cast, gold, predicted) if cast else None
    return strict_speaker_match(predicted, gold, alts) if said is None else said


def _capitalised(name: str) -> bool:
    return any(w[:1].isupper() for w in name.split())


def _name_forms(name: str, keys: set[str]) -> tuple[set[str], set[str]]:
    """The other forms of one character's listed names (``keys``, normalised):
    each without its titles, and a one-word alias before the full name's surname
    when the full name's given name is an alias too (a nickname in its place).

    >>> _name_forms("Kitty Hale", {"kitty hale", "kit", "kitty", "miss hale"})
    ({'hale'}, {'kit hale'})
    """
    untitled = {" ".join(w for w in key.split() if w not in _titles()) for key in keys}
    full = [w for w in _words(name) if w not in _titles()]
    nicknamed = set()
    if len(full) > 1 and full[0] in keys:
        nicknamed = {f"{key} {full[-1]}" for key in keys if " " not in key}
    return untitled - keys - {""}, nicknamed - keys


@attrs.frozen(kw_only=True)
class SpeakerScores:
    """Speaker accuracy on found gold quotes, strict first, then lenient.

    **Strict** (``strict_accuracy``): on found gold speech quotes with a gold
    speaker, the parser's *resolved* name (``Quote.speaker.name``) must be the
    gold speaker by :func:`strict_speaker_match`. Where the gold speaker is a
    resolved name (PDNC, Wikinews) every such quote counts. Where it is the
    source mention as printed (PolNeAR: the quote has ``speaker_start`` and no
    ``speaker_alts``), only the quotes whose mention holds a name
    (:func:`gold_name`) count: ``mention_found`` of them were found,
    ``mention_named`` of those are named; that figure is the *strict
    named-speaker accuracy*.

    **Lenient** (``accuracy``: mention overlap or shared capitalised word): the
    mention the parser chose overlaps the annotated source's span, or its
    resolved name (or an alias) shares a capitalised name token with that source.
    ``named`` and ``pronoun`` split these quotes by whether the gold source is
    a pronoun.

    ``non_speech_found`` gold non-speech spans were found, and
    ``non_speech_attributed`` of them were given a speaker.
    """

    strict_found: int
    strict_correct: int
    mention_found: int
    mention_named: int
    gold_with_speaker: int
    found: int
    correct: int
    named_found: int
    named_correct: int
    pronoun_found: int
    pronoun_correct: int
    attributed: int
    attributed_gold: int
    non_speech_found: int = 0
    non_speech_attributed: int = 0

    @property
    def strict_accuracy(self) -> float:
        """Share of the strict-scored quotes whose resolved name is the gold speaker."""
        return self.strict_correct / self.strict_found if self.strict_found else 1.0

    @property
    def strict_is_named_only(self) -> bool:
        """True when every strict-scored quote came from a named gold *mention* (PolNeAR)."""
        return bool(self.mention_named) and self.mention_named == self.strict_found

    @property
    def accuracy(self) -> float:
        """Lenient: share of found gold quotes (with a gold speaker) given the right speaker."""
        return self.correct / self.found if self.found else 1.0

    @property
    def named_accuracy(self) -> float:
        """Lenient accuracy on found gold quotes whose gold source is a name or descriptor."""
        return self.named_correct / self.named_found if self.named_found else 1.0

    @property
    def pronoun_accuracy(self) -> float:
        """Lenient accuracy on found gold quotes whose gold source is a pronoun."""
        return self.pronoun_correct / self.pronoun_found if self.pronoun_found else 1.0

    @property
    def attributed_precision(self) -> float:
        """Share of quotes given a speaker that are gold quotes."""
        return self.attributed_gold / self.attributed if self.attributed else 1.0

    @property
    def non_speech_attributed_share(self) -> float:
        """Share of found gold non-speech spans that the parser gave a speaker."""
        return self.non_speech_attributed / self.non_speech_found if self.non_speech_found else 0.0

    RATIOS = (
        "strict_accuracy",
        "accuracy",
        "named_accuracy",
        "pronoun_accuracy",
        "attributed_precision",
        "non_speech_attributed_share",
    )

    def as_dict(self) -> dict[str, float | int]:
        """Counts and ratios as a flat JSON-safe dict, the strict figure first."""
        out: dict[str, float | int] = {"strict_accuracy": round(self.strict_accuracy, 4)}
        out.update(attrs.asdict(self))
        for name in self.RATIOS:
            out[name] = round(getattr(self, name), 4)
        return out


_KINDS = ("direct", "partial", "non_speech")
#: Each wrong answer a kind score counts: (gold kind, kind given).
WRONG_KINDS = tuple((g, w) for g in _KINDS for w in _KINDS if g != w)


@attrs.frozen(kw_only=True)
class KindScores:
    """Whether found gold quotes get the gold kind (direct, partial, non_speech).

    Counted on found gold quotes whose gold ``kind`` is one of the three; the
    parser's kind is that of the predicted quote with the same boundaries, else
    the one overlapping most. ``*_found`` / ``*_correct`` split by gold kind;
    ``wrong`` counts the wrong ones by the kind given (the confusion, in the order
    of :data:`WRONG_KINDS`): :meth:`wrong_as` reads it, and :meth:`as_dict` gives
    each as ``GOLD_as_GIVEN`` (``non_speech_as_partial``: gold non-speech spans
    read as partial).
    """

    direct_found: int = 0
    direct_correct: int = 0
    partial_found: int = 0
    partial_correct: int = 0
    non_speech_found: int = 0
    non_speech_correct: int = 0
    wrong: tuple[int, ...] = (0,) * len(WRONG_KINDS)

    def wrong_as(self, gold: str, given: str) -> int:
        """How many found gold quotes of kind ``gold`` were given the kind ``given``."""
        return self.wrong[WRONG_KINDS.index((gold, given))]

    @property
    def found(self) -> int:
        """Found gold quotes with a gold kind."""
        return self.direct_found + self.partial_found + self.non_speech_found

    @property
    def correct(self) -> int:
        """Of :attr:`found`, those given the gold kind."""
        return self.direct_correct + self.partial_correct + self.non_speech_correct

    @property
    def accuracy(self) -> float:
        """Share of found gold quotes given their gold kind."""
        return self.correct / self.found if self.found else 1.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and the accuracy as a flat JSON-safe dict."""
        out: dict[str, float | int] = {"accuracy": round(self.accuracy, 4), "found": self.found}
        out["correct"] = self.correct
        out.update(attrs.asdict(self, filter=lambda a, _: a.name != "wrong"))
        out.update({f"{g}_as_{w}": n for (g, w), n in zip(WRONG_KINDS, self.wrong, strict=True)})
        return out


@attrs.frozen(kw_only=True)
class Evaluation:
    """Span, speaker and kind scores from one pass over a gold corpus."""

    spans: SpanScores
    speakers: SpeakerScores
    kinds: KindScores = attrs.field(factory=KindScores)
    #: With ``evaluate(..., misses=True)``: (cause, count) of the strict misses, most first.
    strict_misses: tuple[tuple[str, int], ...] = ()

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """The score sets as JSON-safe dicts (speakers: the strict figure first)."""
        out = {
            "spans": self.spans.as_dict(),
            "speakers": self.speakers.as_dict(),
            "kinds": self.kinds.as_dict(),
        }
        if self.strict_misses:
            out["strict_misses"] = dict(self.strict_misses)
        return out


class Predicted:
    """An article's predicted quotes by their core spans, and which of them answers a
    gold span: the one with the same core, else the one sharing most characters among
    those covering at least half of it (the matching :func:`evaluate` scores with).

    >>> from quoteverify import parse
    >>> text = '"Yes," said Ann Lee. "No," she said.'
    >>> found = Predicted(text, parse(text).quotes)
    >>> g = _core(text, 21, 26)
    >>> found.best(g, found.hits(g)).text, found.hits((7, 11))
    ('No,', [])
    """

    def __init__(self, text: str, quotes: Iterable[Quote]) -> None:
        pairs = [(_core(text, q.start, q.end), q) for q in quotes]
        #: (core span, quote) of every quote whose core is not empty, in text order.
        self.pairs = [(p, q) for p, q in pairs if p[0] < p[1]]
        #: The first quote of each core span.
        self.exact = dict(reversed(self.pairs))
        self._spans = _Spans(p for p, _ in self.pairs)

    def hits(self, gold: tuple[int, int]) -> list[tuple[tuple[int, int], Quote]]:
        """The predicted quotes that cover at least half of the core span ``gold``."""
        near = (self.pairs[i] for i in self._spans.overlapping(gold))
        return [(p, q) for p, q in near if 2 * _overlap(gold, p) >= gold[1] - gold[0]]

    def best(self, gold: tuple[int, int], hits: list[tuple[tuple[int, int], Quote]]) -> Quote:
        """The quote that answers ``gold`` among its non-empty ``hits``."""
        return self.exact.get(gold) or max(hits, key=lambda h: _overlap(gold, h[0]))[1]


def _mention_level(gq: Mapping[str, Any]) -> bool:
    """True when the gold speaker is the source mention as printed (PolNeAR)."""
    return gq.get("speaker_start") is not None and "speaker_alts" not in gq


def evaluate(
    documents: Iterable[Mapping[str, Any]],
    *,
    parser: Callable[[str], Article] = parse,
    gold_filter: Callable[[Mapping[str, Any]], bool] | None = None,
    misses: bool = False,
) -> Evaluation:
    """Score ``parser`` on gold ``documents`` (dicts as read by :func:`read_gold`).

    ``gold_filter`` keeps only the gold quotes it returns True for (for example
    PDNC's Explicit quotes); predictions are scored against the kept ones.
    Each document is checked by :func:`check_gold` first. With ``misses``, the
    quotes the strict measure scores wrong are counted by a guessed cause in
    :attr:`Evaluation.strict_misses` (see :func:`miss_category`).

    >>> docs = [{"text": '"Yes," said Ann Lee. "No," she said.', "quotes": [
    ...     {"start": 0, "end": 6, "speaker": "Ann Lee", "speaker_alts": []},
    ...     {"start": 21, "end": 26, "speaker": "Ann Lee", "speaker_alts": []}]}]
    >>> s = evaluate(docs).speakers
    >>> (s.strict_found, s.strict_correct)
    (2, 2)
    """
    c: Counter[str] = Counter()
    missed: Counter[str] | None = Counter() if misses else None
    for number, doc in enumerate(documents, 1):
        check_gold(doc, source="<documents>", line=number)
        c["docs"] += 1
        text = doc["text"]
        gold = [
            (_core(text, q["start"], q["end"]), q)
            for q in doc["quotes"]
            if gold_filter is None or gold_filter(q)
        ]
        gold = [(g, q) for g, q in gold if g[0] < g[1]]
        cast = character_aliases(doc.get("characters") or ())
        article = parser(text)
        found = Predicted(text, article.quotes)
        pred = found.pairs
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["pred_speech"] += sum(1 for _, q in pred if q.is_speech)
        exact_gold = {g for g, _ in gold}
        for g, gq in gold:
            c["exact_found"] += g in found.exact
            hits = found.hits(g)
            c["overlap_found"] += bool(hits)
            c["speech_found"] += any(q.is_speech for _, q in hits)
            if not hits:
                c["gws"] += bool(gq.get("speaker"))
                continue
            best = found.best(g, hits)
            _count_one(c, text, gq, best, [q for _, q in hits], missed=missed, cast=cast)
        not_quotes = set(doc.get("not_quotes") or ())
        c["nq_docs"] += "not_quotes" in doc
        gold_spans = _Spans(exact_gold)
        for p, q in pred:
            c["exact_correct"] += p in exact_gold
            close = (gold_spans.spans[i] for i in gold_spans.overlapping(p))
            hit = any(2 * _overlap(g, p) >= p[1] - p[0] for g in close)
            c["overlap_correct"] += hit
            c["speech_correct"] += hit and q.is_speech
            if "not_quotes" in doc:
                c["nq_checked"] += 1
                marks = (q.open_mark, q.close_mark)
                c["nq_hits"] += any(m is not None and m.start in not_quotes for m in marks)
            if q.speaker is not None:
                c["attributed"] += 1
                c["attributed_gold"] += hit
    spans = SpanScores(
        documents=c["docs"],
        gold=c["gold"],
        predicted=c["pred"],
        predicted_speech=c["pred_speech"],
        exact_found=c["exact_found"],
        overlap_found=c["overlap_found"],
        exact_correct=c["exact_correct"],
        overlap_correct=c["overlap_correct"],
        speech_correct=c["speech_correct"],
        speech_found=c["speech_found"],
        not_quote_documents=c["nq_docs"],
        not_quote_checked=c["nq_checked"],
        not_quote_hits=c["nq_hits"],
    )
    speakers = SpeakerScores(
        strict_found=c["strict_found"],
        strict_correct=c["strict_correct"],
        mention_found=c["mention_found"],
        mention_named=c["mention_named"],
        gold_with_speaker=c["gws"],
        found=c["sp_found"],
        correct=c["sp_correct"],
        named_found=c["named_found"],
        named_correct=c["named_correct"],
        pronoun_found=c["pron_found"],
        pronoun_correct=c["pron_correct"],
        attributed=c["attributed"],
        attributed_gold=c["attributed_gold"],
        non_speech_found=c["ns_found"],
        non_speech_attributed=c["ns_attributed"],
    )
    kinds = KindScores(
        **{f"{k}_{v}": c[f"kind_{k}_{v}"] for k in _KINDS for v in ("found", "correct")},
        wrong=tuple(c[f"kind_{g}_as_{w}"] for g, w in WRONG_KINDS),
    )
    return Evaluation(
        spans=spans,
        speakers=speakers,
        kinds=kinds,
        strict_misses=tuple(missed.most_common()) if missed is not None else (),
    )


def _count_one(
    c: Counter[str],
    text: str,
    gq: Mapping[str, Any],
    best: Quote,
    hits: list[Quote],
    *,
    missed: Counter[str] | None = None,
    cast: Mapping[str, frozenset[str]] | None = None,
) -> None:
    """Add one found gold quote's speaker and kind counts to ``c``; ``cast`` is the
    document's :func:`character_aliases`."""
    kind = gq.get("kind")
    if kind in _KINDS:
        c[f"kind_{kind}_found"] += 1
        c[f"kind_{kind}_correct"] += best.kind.value == kind
        if best.kind.value != kind:
            c[f"kind_{kind}_as_{best.kind.value}"] += 1
    if kind == "non_speech":
        c["ns_found"] += 1
        c["ns_attributed"] += best.speaker is not None
        return
    speaker = gq.get("speaker")
    if not speaker:
        return
    c["gws"] += 1
    c["sp_found"] += 1
    ok = any(_speaker_ok(text, gq, q) for q in hits)
    c["sp_correct"] += ok
    mention = gq.get("speaker_mention") or speaker  # Wikinews names the mention apart
    key = "pron" if str(mention).strip().lower() in _LENIENT_PRONOUNS else "named"
    c[f"{key}_found"] += 1
    c[f"{key}_correct"] += ok
    predicted = best.speaker_name
    if _mention_level(gq):
        c["mention_found"] += 1
        name = gold_name(speaker)
        if name is None:
            return
        c["mention_named"] += 1
        right = strict_speaker_match(predicted, name)
    else:
        name = speaker
        right = cast_match(predicted, speaker, gq.get("speaker_alts") or (), cast=cast)
    c["strict_found"] += 1
    c["strict_correct"] += right
    if missed is not None and not right:
        missed[miss_category(text, name, best)] += 1


_CARRIED = frozenset({"continuation", "previous-sentence", "split-quote"})
_SENTENCE_END = re.compile(r"([^\W\d_]+)[.!?]\s+[^\W\d_]")


def miss_category(text: str, gold: str, quote: Quote) -> str:
    """A guess at why ``quote``'s resolved name is not the speaker ``gold``.

    Read from the prediction alone, in this order: no speaker; a pronoun as the
    name; a name running over a sentence end (*Ruiz. Marketing*); a pronoun
    resolved to someone else; the gold's first name alone (*Ana* for *Ana
    Ruiz*, wrong by :func:`strict_speaker_match`); a mention whose name words
    are the gold's resolved to someone else (*Ms Ruiz* to *Luis Ruiz*); a
    descriptor or title as the name (split by whether the gold name follows
    the mention within 60 characters); a speaker carried from the quote
    before; a nested quote; the same surname with another first name; an
    organisation or place; another person.

    >>> import attrs
    >>> from quoteverify import Speaker, parse
    >>> q = parse('"We won," explains Ruiz. Marketing, she says, is next.').quotes[0]
    >>> q = attrs.evolve(q, speaker=Speaker(name="Ruiz. Marketing"))  # a damaged name
    >>> miss_category('"We won," explains Ruiz.', "Ana Ruiz", q)
    'name running over a sentence end'
    """
    speaker, mention = quote.speaker, quote.speaker_mention
    if speaker is None:
        return "no speaker"
    said = _words(speaker.name)
    if not said or all(w in _PRONOUNS for w in said):
        return "pronoun left as the name"
    for m in _SENTENCE_END.finditer(speaker.name):
        if m.group(1).casefold() not in _titles() and len(m.group(1)) > 1:
            return "name running over a sentence end"
    mention_words = _words(mention.text) if mention is not None else []
    if mention_words and all(w in _PRONOUNS for w in mention_words):
        return "pronoun resolved to the wrong person"
    want = [w for w in _words(gold) if w not in _titles()]
    if len(want) > 1 and [w for w in said if w not in _titles()] == want[:1]:
        return "first name alone"
    named = [w for w in mention_words if w not in _not_names()]
    if named and set(named) <= set(_words(gold)):
        return "mention right, resolved to another person"
    if not any(ch.isupper() for ch in speaker.name) or all(w in _not_names() for w in said):
        after = text[mention.end : mention.end + 60] if mention is not None else ""
        if want and want[-1] in _words(after):
            return "descriptor kept where a name follows"
        return "descriptor or title as the name"
    if quote.cue is not None and quote.cue.rule in _CARRIED:
        return "carried from the quote before"
    if quote.depth > 0:
        return "quote inside a quote"
    names = [w for w in said if w not in _titles()]
    if want and names and want[-1] == names[-1]:
        return "same surname, another first name"
    nations, orgs = _gold("nation"), _gold("organization")
    if speaker.name.casefold() in orgs or all(w in nations for w in said):
        return "organisation or place named instead"
    return "another person named"


def _speaker_ok(text: str, gold: Mapping[str, Any], quote: Quote) -> bool:
    """The lenient test: mention overlap or a shared capitalised name token."""
    if quote.speaker is None:
        return False
    g_start, g_end = gold.get("speaker_start"), gold.get("speaker_end")
    m = quote.speaker_mention
    if (
        m is not None
        and g_start is not None
        and g_end is not None
        and (_overlap((m.start, m.end), (g_start, g_end)) > 0)
    ):
        return True
    gold_tokens = _capitalised_tokens(str(gold["speaker"]))
    names = (quote.speaker.name, *quote.speaker.aliases)
    return any(gold_tokens & _name_tokens(n) for n in names)


def evaluate_spans(
    documents: Iterable[Mapping[str, Any]],
    *,
    parser: Callable[[str], Article] = parse,
    gold_filter: Callable[[Mapping[str, Any]], bool] | None = None,
) -> SpanScores:
    """Span scores only (see :func:`evaluate`)."""
    return evaluate(documents, parser=parser, gold_filter=gold_filter).spans


@attrs.frozen(kw_only=True)
class PairScores:
    """How :func:`~quoteverify.matching.compare.compare` links paraphrase pairs (MSRP format).

    ``linked``: share of same-meaning pairs (label 1) whose quotes differ once
    normalised that compare links; ``linked_raw``: the same over every pair whose
    quote texts differ at all (normalising may make them equal);
    ``linked_balanced``: the same over pairs whose quotes are balanced on both
    sides (the corpus marks the others, whose extracted "quote" is often the
    text around the quote). ``random_link_rate``:
    share of random pairs of quotes from different pairs that compare links.
    """

    pairs: int
    balanced_pairs: int
    linked: float
    linked_balanced: float
    raw_pairs: int  # same-meaning pairs whose quote texts differ at all (before normalising)
    linked_raw: float
    random_pairs: int
    random_link_rate: float

    def as_dict(self) -> dict[str, float | int]:
        """The scores as a flat JSON-safe dict."""
        out: dict[str, float | int] = {}
        for k, v in attrs.asdict(self).items():
            out[k] = round(v, 5) if isinstance(v, float) else v
        return out


def _pair_problem(row: object) -> str | None:
    """What is wrong with one MSRP-style pair record, or None when it is well formed."""
    if not isinstance(row, dict):
        return f"a pair record must be a JSON object, not {type(row).__name__}"
    for side in ("quotes_a", "quotes_b"):
        quotes = row.get(side)
        if not isinstance(quotes, list):
            return f'a pair record needs "{side}" (a list of quotes)'
        for n, q in enumerate(quotes):
            if not isinstance(q, dict) or not isinstance(q.get("text"), str):
                return f'{side}[{n}]: a quote needs "text" (str)'
    label = row.get("label")
    if label is not None and not _is_int(label):
        return f'"label" must be 0, 1 or null, not {label!r}'
    return None


def read_pairs(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the pair records of an MSRP-style JSONL file, each checked (file:line on error)."""
    for number, row in _numbered_jsonl(path):
        problem = _pair_problem(row)
        if problem is not None:
            raise InputFormatError(problem, source=str(path), line=number)
        yield row


def evaluate_pairs(
    rows: Iterable[Mapping[str, Any]], *, random_pairs: int = 20000, seed: int = 0
) -> PairScores:
    """Score quote linking on MSRP-style rows (``quotes_a``, ``quotes_b``, ``label``).

    A malformed row raises :class:`~quoteverify.errors.InputFormatError`.
    """
    import random  # noqa: PLC0415 - only this measurement draws random pairs

    from ..matching.compare import compare  # noqa: PLC0415 - evaluate sits below the matching stage
    from ..text.normalize import words  # noqa: PLC0415 - same

    rows = list(rows)
    for number, row in enumerate(rows, 1):
        problem = _pair_problem(row)
        if problem is not None:
            raise InputFormatError(problem, source="<pairs>", line=number)

    def text(qs: list[Mapping[str, Any]]) -> str:
        return " ".join(str(q["text"]) for q in qs)

    def norm(t: str) -> list[str]:
        return [w.norm for w in words(t)]

    diff = []
    raw_linked = []
    for r in rows:
        a, b = text(r["quotes_a"]), text(r["quotes_b"])
        if r.get("label") != 1 or a == b:
            continue
        if norm(a) == norm(b):
            raw_linked.append(compare(a, b).linked)
        else:
            diff.append((a, b, not r.get("unbalanced_a") and not r.get("unbalanced_b")))
    linked = [compare(a, b).linked for a, b, _ in diff]
    raw_linked.extend(linked)
    balanced = [ok for (_, _, bal), ok in zip(diff, linked, strict=True) if bal]
    pool = [
        (i, str(q["text"])) for i, r in enumerate(rows) for q in [*r["quotes_a"], *r["quotes_b"]]
    ]
    rng = random.Random(seed)
    n = hits = 0
    while n < random_pairs and len(pool) > 1:
        (i, a), (j, b) = rng.sample(pool, 2)
        if i == j:
            continue
        n += 1
        hits += compare(a, b).linked
    return PairScores(
        pairs=len(diff),
        balanced_pairs=len(balanced),
        linked=sum(linked) / len(linked) if linked else 1.0,
        linked_balanced=sum(balanced) / len(balanced) if balanced else 1.0,
        raw_pairs=len(raw_linked),
        linked_raw=sum(raw_linked) / len(raw_linked) if raw_linked else 1.0,
        random_pairs=n,
        random_link_rate=hits / n if n else 0.0,
    )


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, with a clear error on a bad line."""
    for _number, obj in _numbered_jsonl(path):
        yield obj


def _numbered_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-blank line of a JSONL file."""
    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; open errors are named
    except OSError as err:
        raise InputFormatError(f"cannot read: {err.strerror}", source=name) from None
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InputFormatError("not UTF-8 text", source=name, line=number) from None
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                raise InputFormatError(
                    f"not valid JSON ({err.msg})", source=name, line=number
                ) from None
