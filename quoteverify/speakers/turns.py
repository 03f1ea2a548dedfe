"""Turn-taking in dialogue: who speaks the quotes that no cue names.

A novel, or an interview printed as an exchange, gives most of its quotes no
cue: the reader follows the turns. This is the second pass of attribution, run
after identity (:func:`alternate_turns`), and every way it gives a quote a
speaker is a row of :data:`TURN_RULES`, with examples that run as tests:

- ``parity``: in a run of paragraphs that open with quotes, between two cued
  speakers, a turn with no cue takes the speaker of the turn two places away
  (the only row that runs on news);
- in a text of dialogue (several exchanges that alternate), :func:`converse`
  reads the turns from start to end as one conversation, keeping who spoke last
  and who spoke before that person: ``narrator`` names a first-person
  narrator's *I said*; ``pronoun-left`` gives a *he said* that identity could
  not place to the last speaker of that sex; a turn that no cue names goes to
  the subject of the narration beside it or just before it (``beat``), to the
  hearer the turn before named (``addressee``), or to the person who spoke
  before the last speaker (``alternation``);
- ``echo``: last, in news as in dialogue, a headline's or a subhead's quote with no
  speaker takes the speaker of a later quote that prints its words (:func:`echoes`).

A person is one whom the text gives a quote by a cue of its own; a subject is
the first such name (or *he*, *she* naming exactly one of the last two
speakers) among the first words of a sentence.

>>> from quoteverify import parse
>>> tea = ('"Tea?" asked Ann Lee.\\n\\n"Please," said Tom Hale.\\n\\n'
...        '"Milk?" asked Ann Lee.\\n\\n"No," said Tom Hale.\\n\\nThe kettle sang.\\n\\n')
>>> text = tea * 3 + 'Ann Lee took her coat.\\n\\n"I am going out."\\n\\n"In this rain?"'
>>> [(q.speaker.name, q.cue.rule) for q in parse(text).quotes[-2:]]
[('Ann Lee', 'dialogue-beat'), ('Tom Hale', 'dialogue-turn')]
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections.abc import Callable, Container, Iterator

import attrs
import regex
from rapidfuzz import fuzz

from ..lexicons import load, select
from ..model import Cue, Quote, QuoteKind, Speaker, SpeakerKind
from ..text.kinds import names_by_form
from ..text.sentences import break_spans
from .identity import _ALL_LOWER, LowerWordCounts, _direct_reads, _findall_by_lines, _norm

__all__ = [
    "TURN_RULES",
    "Turn",
    "TurnExample",
    "TurnRule",
    "alternate_turns",
    "converse",
    "cue_hearer",
    "echoes",
    "hearer_names",
    "inner_echoes",
    "lower_words",
    "vocatives",
]

_FEMALE_TITLES = select("titles", gender="female")
_MALE_TITLES = select("titles", gender="male")
_SUBJECT_WORDS = 8  # words at a sentence's start read for its subject
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*+")
# A name said to someone: capitalised words after the quote's start or a
# comma, closed by a comma, a stop or the quote's end ("Come, Tom!", "Tell me,
# Hastings, ...").
_VOCATIVE = regex.compile(
    r"(?:^|[,;!?.]\s++)((?:\p{Lu}[\p{L}\p{M}'’.-]*+\s++){0,2}+\p{Lu}[\p{L}\p{M}'’-]*+)(?=\s*+(?:[,!?.;]|$))"
)
# The word that ends a text (before a title's full stop).
_TITLE_WORD = regex.compile(r"([\p{L}\p{M}]++)$")
_LOWER = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*+")
# _LOWER on a line with no letter or mark outside ASCII, read by ``re``.
_ASCII_LOWER = re.compile(r"(?<![A-Za-z])[a-z][A-Za-z]*+")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\p{M}]*+")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_NARRATION_GAP = 1  # narration paragraphs between two turns that keep their alternation
_RECENT = 4  # speakers a pronoun left unresolved looks back over
_NARRATOR_CUES = 10  # quotes cued by a first-person narrator's "I" that make one


# Rules whose speaker was not found beside the quote itself: a dialogue turn may
# overrule them.
_CARRIED_RULES = frozenset({"continuation", "framing-paragraph"})
_TURN_REACH = 8  # turns a cue-less turn looks either way for a speaker of its parity


def _first_ink(text: str, start: int, memo: dict[int, int], key: int) -> int:
    """The offset of the first character at or after ``start`` that is not a space
    (``str.isspace``), remembered in ``memo`` under ``key``.

    ``text[start:pos].strip()`` is empty exactly when ``pos`` is at or before it.

    >>> _first_ink("  \u2003“Hi”", 0, {}, 0)
    3
    """
    got = memo.get(key)
    if got is None:
        i, n = start, len(text)
        while i < n and text[i].isspace():
            i += 1
        got = memo[key] = i
    return got


def alternate_turns(
    text: str,
    quotes: list[Quote],
    paragraphs: list[tuple[int, int]],
    *,
    common: Container[str] | None = None,
) -> list[Quote]:
    """Give cue-less turns of a two-person exchange the speaker of their parity.

    A *turn* is a paragraph that opens with a quote; turns in consecutive
    paragraphs make a run. In a run where two different speakers have their own
    cues, the speakers alternate: a turn with no cue of its own (no speaker, or
    one carried from the quote before) takes the speaker of the nearest turn two,
    four, ... places away, unless a neighbouring turn has that speaker. The same
    logic serves an interview printed as alternating quotes. In a run with one
    cued speaker only the turns with no speaker at all are filled: in news,
    quotes in consecutive paragraphs are mostly one speaker's. A text with
    several exchanges that alternate (a novel, an interview) is read as dialogue
    throughout (see ``_fill_run``).

    >>> from quoteverify import parse
    >>> art = parse('"Ready?" asked Ann Lee.\\n\\n"Almost," said Tom Hale.\\n\\n'
    ...             '"Then hurry."\\n\\n"I am hurrying."')
    >>> [q.speaker.name for q in art.quotes]
    ['Ann Lee', 'Tom Hale', 'Ann Lee', 'Tom Hale']
    >>> art.quotes[2].cue.rule
    'dialogue-turn'
    """
    starts = [p[0] for p in paragraphs]
    # Each turn: (paragraph index, indexes of its top-level quotes).
    turns: list[tuple[int, list[int]]] = []
    # Paragraph index -> offset of its first character that is not a space: a quote
    # opens its paragraph when it starts there (one look per paragraph, not a copy of
    # the paragraph up to each of its quotes).
    ink: dict[int, int] = {}
    for i, q in enumerate(quotes):
        if q.depth:
            continue
        p = bisect.bisect_right(starts, q.outer_start) - 1
        if p < 0:
            continue
        if turns and turns[-1][0] == p:
            turns[-1][1].append(i)
        elif _first_ink(text, paragraphs[p][0], ink, p) >= q.outer_start:
            turns.append((p, [i]))
    out = list(quotes)
    runs: list[list[tuple[int, list[int]]]] = []
    for turn in turns:
        if runs and turn[0] == runs[-1][-1][0] + 1:
            runs[-1].append(turn)
        else:
            runs.append([turn])
    # A text of many exchanges that alternate (a novel, an interview) alternates
    # in its shorter or less certain runs too.
    dialogue = sum(_alternates(out, run) for run in runs) >= _DIALOGUE_RUNS
    if dialogue and any(r.name == "lead-in" for r in TURN_RULES):
        _lead_ins(text, out, runs, paragraphs)
    parity = any(r.name == "parity" for r in TURN_RULES)
    for run in runs:
        if parity and len(run) >= (2 if dialogue else 3):
            _fill_run(out, run, _speakers_before(out, run[0][1][0]), dialogue=dialogue)
    out = converse(text, out, paragraphs, dialogue=dialogue, common=common)
    if any(r.name == "echo" for r in TURN_RULES):
        out = echoes(text, out, paragraphs)
    if any(r.name == "inner-echo" for r in TURN_RULES):
        out = inner_echoes(out)
    return out


_DIALOGUE_RUNS = 3  # alternating runs that make a text one of dialogue
_CLAUSE_BREAK = regex.compile(r"[,;—–]")
_NOT_CAST = load("pronouns") | load("determiners")  # words that open a clause's other subject


def _lead_ins(
    text: str,
    out: list[Quote],
    runs: list[list[tuple[int, list[int]]]],
    paragraphs: list[tuple[int, int]],
) -> None:
    """A turn that the paragraph before leads in, its narration ending on a colon
    (*At last Ann rose from her chair, and said:*), when no cue of its own names its
    speaker, goes to the subject of that narration's last clause that opens with a
    person of the cast (:func:`_lead_in`): the colon hands the words on, so the
    turn's place in its run does not decide it."""
    cast: _Cast | None = None
    ends = sorted(q.outer_end for q in out if not q.depth)
    for run in runs:
        for p, idxs in run:
            if p < 1 or not _open(out[idxs[0]]):
                continue
            lo, hi = paragraphs[p - 1]
            if not text[lo:hi].rstrip().endswith(":"):
                continue
            k = bisect.bisect_right(ends, hi) - 1
            narration = _sentences(text[max(lo, ends[k]) if k >= 0 else lo : hi])
            if not narration:
                continue
            if cast is None:
                cast = _Cast(out)
            key = _lead_in(cast, narration[-1])
            if key is None:
                continue
            source = cast.people[key].source
            for i in idxs:
                if _open(out[i]):
                    out[i] = _assign(out[i], source, "dialogue-lead-in")


def _lead_in(cast: _Cast, sentence: str) -> str | None:
    """The person of ``cast`` who opens the last clause of ``sentence`` that has a
    subject, read from the colon back: a clause led by its verb (*and said*) hands
    on to the one before it; one led by a pronoun or a determiner (*and her
    husband said*) names nobody of the cast.

    >>> from quoteverify import parse
    >>> cast = _Cast(parse('"Come," said Ann Lee. "Go," said Tom Hale.').quotes)
    >>> _lead_in(cast, "At last, with a sigh, Ann rose and said:")
    'ann lee'
    >>> _lead_in(cast, "Ann looked up, and her brother said:") is None
    True
    """
    for clause in reversed(_CLAUSE_BREAK.split(sentence)):
        words = _WORD.findall(clause)[:_SUBJECT_WORDS]
        lead = next(
            (w for w in words if (low := w.casefold()) in _NOT_CAST or low not in cast._stop), ""
        )
        if lead[:1].islower() and lead.casefold() not in _NOT_CAST:
            continue  # *and said*, *and lowered his voice*: the subject is before
        cut = next((k for k, w in enumerate(words) if w.casefold() in _NOT_CAST), len(words))
        return cast.subject(" ".join(words[:cut]), (None, None))
    return None


_HEADLINE_MOST = 200  # characters of a text's first paragraph read as its headline
_SUBHEAD_MOST = 60  # characters of a later paragraph read as a subhead
_PULL_AROUND = 10  # characters beside a quote that fills its paragraph (a pull quote)
_LETTER = regex.compile(r"\p{L}")
_ECHO_REACH = 80  # later quotes read for the words of a display line's quote
_ECHO_WORDS = 2  # words of three letters or more a display line's quote must hold
_ECHO_WORD = regex.compile(r"[\p{L}\p{N}]++(?:['’][\p{L}\p{N}]++)*+")


def _echo_words(s: str) -> str:
    """The words of ``s`` of three letters or more, lower case, one space apart (a
    hyphen parts two words; a curly apostrophe reads as a straight one)."""
    return " ".join(
        w for m in _ECHO_WORD.finditer(s) if len(w := m.group(0).lower().replace("’", "'")) >= 3
    )


def echoes(text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Give a headline's, a subhead's or a pull quote's quote that has no speaker the
    speaker of a later quote that prints its words (row ``echo`` of :data:`TURN_RULES`).

    A display line is the text's first paragraph, of :data:`_HEADLINE_MOST`
    characters or fewer, a later one of :data:`_SUBHEAD_MOST` or fewer, or one that
    the quote fills (a pull quote). Its quote must hold :data:`_ECHO_WORDS` words of
    three letters or more, and a quote among the next :data:`_ECHO_REACH` that has a
    speaker and is not non-speech must print those words in that order. A non-speech
    span is read unless the kinds call it a name
    (:func:`~quoteverify.text.kinds.names_by_form`: a title, a nickname, a slogan, a
    span a naming frame presents); so named, it becomes partial. One of the text's
    first :data:`_ROLE_FIRST` quotes whose speaker is only a role or a pronoun as
    printed (:func:`_role_only`) is read too, and takes only a person named in full
    (:func:`_named_person`) among the next :data:`_ROLE_REACH` quotes; a long quote
    is echoed by most of its words as well (:func:`_most_words`).

    >>> from quoteverify import parse
    >>> art = parse("Ruiz 'not done yet' with council\\n\\nThe mayor spoke on Monday.\\n\\n"
    ...             '"We are not done yet with this council," said Ana Ruiz.')
    >>> art.quotes[0].speaker.name, art.quotes[0].cue.rule
    ('Ana Ruiz', 'headline-echo')
    """
    starts = [p[0] for p in paragraphs]
    words: dict[int, str] = {}
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.depth:
            continue
        role = q.speaker is not None
        if role and not (
            i < _ROLE_FIRST and (_role_only(q) or _headline_word(text, q, paragraphs))
        ):
            continue
        if q.kind is QuoteKind.NON_SPEECH and names_by_form(q.kind_reason):
            continue  # a title, a name or a slogan: nobody's words, however echoed
        p = bisect.bisect_right(starts, q.outer_start) - 1
        if p < 0 or not _display_line(text, q, paragraphs[p], first=p == 0):
            continue
        needle = _echo_words(q.text)
        if needle.count(" ") + 1 < _ECHO_WORDS:
            continue
        for j in range(i + 1, min(len(quotes), i + 1 + _ECHO_REACH)):
            r = quotes[j]
            if r.speaker is None or r.kind is QuoteKind.NON_SPEECH:
                continue
            if role and (j - i > _ROLE_REACH or not _named_person(r)):
                continue  # a role's quote takes only a person the lead's quotes name
            if j not in words:  # (each later quote's words made once, however many ask)
                words[j] = _echo_words(r.text)
            if role and (r.depth or _quoted_inside(quotes, j, needle)):
                continue  # "We were told 'the words'": the speaker quotes someone else
            if f" {needle} " in f" {words[j]} " or _most_words(needle, words[j]):
                if q.speaker is None or _norm(r.speaker.name) != _norm(q.speaker.name):
                    out[i] = _echoed(q, r)  # (a headline's surname keeps its own cue)
                break
    return out


_ROLE_FIRST = 4  # a text's first quotes, the only ones whose role the echo may name
_ROLE_REACH = 6  # later quotes (the lead's) read for a role's echo
_MOST_WORDS = 5  # words a display line's quote holds before most of them may do
_MOST_SCORE = 90.0  # rapidfuzz partial_ratio at which a later quote prints most of them
_PARTICLES = load("name_particles")  # "van", "de", "bin": lower case inside a name


def _lower_word(name: str) -> bool:
    """True when ``name`` holds a word all in lower case (*founder*, *she*) that is no
    particle of a name (*van der*, *de*, *bin*: ``name_particles.tsv``).

    >>> _lower_word("Commission chief"), _lower_word("Ursula van der Berg")
    (True, False)
    """
    return any(w.isalpha() and w.islower() and w not in _PARTICLES for w in name.split())


def _role_only(q: Quote) -> bool:
    """True when ``q``'s speaker is only a role or a pronoun as its mention printed
    it (*Startup founder*, *she*): identity gave it no name. An organisation (*campaign
    says ...*) or a document keeps its place: a body's spokesman speaks for it."""
    m = q.speaker_mention
    return (
        m is not None
        and q.speaker is not None
        and q.speaker.kind not in (SpeakerKind.ORGANIZATION, SpeakerKind.DOCUMENT)
        and _norm(q.speaker.name) == _norm(m.text)
        and _lower_word(m.text)
    )


def _headline_word(text: str, q: Quote, paragraphs: list[tuple[int, int]]) -> bool:
    """True when ``q`` is in the text's headline (its first paragraph) and its speaker
    was read from one capitalised word there: a place before a colon (*... to visit
    Kyiv: "..."*), a body or a noun phrase's first word (*Summit deal reached: "..."*,
    *ECOWAS summit: ...*), a surname the cue put to the wrong quote. A word that opens
    the headline right before its colon is a kicker label (*Pollster: "..."*), whose
    printed speaker PolNeAR's gold keeps, and is not read.

    >>> from quoteverify import parse
    >>> t = 'Hale to visit Leith: "We will not leave"\\n\\nTom Hale flew north.'
    >>> art = parse(t)
    >>> _headline_word(t, art.quotes[0], [(0, 40), (42, 62)])
    True
    """
    m = q.speaker_mention
    if m is None or not paragraphs or q.outer_start >= paragraphs[0][1]:
        return False
    if m.start >= paragraphs[0][1] or " " in m.text.strip() or not m.text[:1].isupper():
        return False
    return not (m.start == paragraphs[0][0] and text.startswith(":", m.end))


def _named_person(r: Quote) -> bool:
    """True when ``r``'s speaker is a person named in full (*Priya Raman*), no role
    and no single word (a capitalised *State* read as a name)."""
    return (
        r.speaker is not None
        and r.speaker.kind is SpeakerKind.PERSON
        and " " in r.speaker.name.strip()
        and not _lower_word(r.speaker.name)
    )


def _quoted_inside(quotes: list[Quote], j: int, needle: str) -> bool:
    """True when a quote inside ``quotes[j]`` prints the words ``needle``: its speaker
    quotes them back (*"We were told 'cheaper fares' last year"*), not their author."""
    end = quotes[j].outer_end
    k = j + 1
    while k < len(quotes) and quotes[k].outer_start < end:
        if needle in _echo_words(quotes[k].text):
            return True
        k += 1
    return False


def _most_words(needle: str, hay: str) -> bool:
    """True when ``hay`` prints most of a long ``needle``'s words in their order (a
    word or two changed: *I was told I was disloyal* against *I was called in and told
    I was disloyal*), by rapidfuzz's partial ratio on the words as :func:`_echo_words`
    lists them; a needle of fewer than :data:`_MOST_WORDS` words must be printed whole."""
    if needle.count(" ") + 1 < _MOST_WORDS or len(hay) < len(needle):
        return False
    return fuzz.partial_ratio(needle, hay, score_cutoff=_MOST_SCORE) >= _MOST_SCORE


def inner_echoes(quotes: list[Quote]) -> list[Quote]:
    """Give a partial quote inside another quote the speaker of the nearest earlier
    quote that prints its words (row ``inner-echo`` of :data:`TURN_RULES`).

    A speaker who repeats someone's phrase inside their own words (*"He calls the
    deal 'fair to all'? It is not."*) quotes the phrase's author: when an earlier
    quote outside the one that holds it, with a speaker and not non-speech, prints
    the phrase's words (two or more of three letters or more, in order), the
    nearest such quote's speaker is the phrase's. A phrase that no earlier quote
    prints keeps what the cues said, and so do words voiced inside a quote
    (``direct``) and spans the kinds call non-speech: a term that someone used
    before (*'gross negligence'*, a campaign's name) is nobody's words.

    >>> from quoteverify import parse
    >>> art = parse('Ana Ruiz called the budget “fair to all the wards” on Monday.\\n\\n'
    ...             '“Fair? He says it is ‘fair to all the wards’ and cuts two,” said Tom Hale.')
    >>> [(q.text, q.speaker.name) for q in art.quotes if q.depth]
    [('fair to all the wards', 'Ana Ruiz')]
    """
    out = list(quotes)
    words: dict[int, str] = {}
    for i, q in enumerate(quotes):
        if not q.depth or q.kind is not QuoteKind.PARTIAL or q.parent is None:
            continue
        needle = _echo_words(q.text)
        if needle.count(" ") + 1 < _ECHO_WORDS:
            continue
        holder = quotes[q.parent]
        longest = max(needle.split(), key=len)
        for j in range(i - 1, max(-1, i - 1 - _ECHO_REACH), -1):
            r = quotes[j]
            if r.depth or r.outer_end > holder.outer_start:
                continue  # the holder itself, or a quote inside it
            if r.speaker is None or r.kind is QuoteKind.NON_SPEECH:
                continue
            if longest not in r.text.lower().replace("’", "'"):
                continue  # (most quotes: no word list made)
            if j not in words:
                words[j] = _echo_words(r.text)
            if f" {needle} " in f" {words[j]} ":
                if q.speaker is None or r.speaker.name != q.speaker.name:
                    out[i] = _echoed(q, r, rule="inner-echo")
                break
    return out


def _display_line(text: str, q: Quote, para: tuple[int, int], *, first: bool) -> bool:
    """True when ``q`` stands in a headline, a subhead or a pull quote: the text's
    first paragraph, a short later one, or a paragraph the quote fills (no letter
    in the few characters beside it)."""
    if para[1] - para[0] <= (_HEADLINE_MOST if first else _SUBHEAD_MOST):
        return True
    if q.outer_start - para[0] + para[1] - q.outer_end > _PULL_AROUND:
        return False  # (measured before any copy: a long paragraph is never read)
    return not _LETTER.search(text[para[0] : q.outer_start] + text[q.outer_end : para[1]])


def _echoed(q: Quote, source: Quote, *, rule: str = "headline-echo") -> Quote:
    """``q`` with the speaker of the quote ``source`` that prints its words, its cue
    named ``rule``; a non-speech span so named becomes partial."""
    cue = Cue(start=q.outer_start, end=q.outer_start, text="", rule=rule, confidence=0.5)
    named = attrs.evolve(q, speaker=source.speaker, speaker_mention=source.speaker_mention, cue=cue)
    if q.kind is not QuoteKind.NON_SPEECH:
        return named
    reason = f"attributed by {rule} despite its form"
    return attrs.evolve(named, kind=QuoteKind.PARTIAL, kind_confidence=0.6, kind_reason=reason)


def _alternates(quotes: list[Quote], run: list[tuple[int, list[int]]]) -> bool:
    """True when two people or more have cues in ``run`` and no two turns in a
    row with cues have one speaker."""
    names = [
        _norm(q.speaker.name) if q is not None and q.speaker is not None else None
        for q in _cued_turns(quotes, run)
    ]
    if len({n for n in names if n is not None}) < 2:
        return False
    return all(a is None or a != b for a, b in itertools.pairwise(names))


def _cued_turns(quotes: list[Quote], run: list[tuple[int, list[int]]]) -> list[Quote | None]:
    """For each turn of ``run``, its first quote with a cue of its own, or None."""
    out: list[Quote | None] = []
    for _, idxs in run:
        own = [quotes[i] for i in idxs if _own_speaker(quotes[i]) is not None]
        out.append(own[0] if own else None)
    return out


def _speakers_before(quotes: list[Quote], end: int) -> list[Quote]:
    """The quotes with a person's own cue among the few before ``quotes[end]``, last first."""
    got = [q for q in quotes[max(0, end - _TURN_REACH) : end] if _own_speaker(q) is not None]
    return got[::-1]


def _fill_silent(
    out: list[Quote],
    run: list[tuple[int, list[int]]],
    known: list[Quote | None],
    before: list[Quote],
    *,
    carried: bool = False,
) -> None:
    """One speaker has a cue in the run: the turns that have no speaker at all
    go to that speaker at its parity, and at the other parity to the last other
    person who spoke just before the run. Turns carried from the quote before
    keep that speaker (in news one speaker's quotes follow each other) unless
    ``carried`` (a text of dialogue)."""
    first, one = next((k, q) for k, q in enumerate(known) if q is not None)
    name = _norm(one.speaker.name if one.speaker is not None else "")
    other = next(
        (q for q in before if q.speaker is not None and _norm(q.speaker.name) != name), None
    )
    for k, (_, idxs) in enumerate(run):
        source = one if (k - first) % 2 == 0 else other
        if known[k] is not None or source is None:
            continue
        for i in idxs:
            q = out[i]
            if q.kind is QuoteKind.NON_SPEECH and q.speaker is None:
                continue
            if q.speaker is None or (
                carried and q.cue is not None and q.cue.rule in _CARRIED_RULES
            ):
                out[i] = _turn(q, source)


def _turn(q: Quote, source: Quote) -> Quote:
    """``q`` with the speaker of the turn ``source``, by the dialogue-turn rule."""
    cue = Cue(start=q.outer_start, end=q.outer_start, text="", rule="dialogue-turn", confidence=0.5)
    return attrs.evolve(q, speaker=source.speaker, speaker_mention=source.speaker_mention, cue=cue)


def _own_speaker(q: Quote) -> Speaker | None:
    """The speaker a quote's own cue gives, or None."""
    if q.speaker is None or q.cue is None or q.cue.rule in _CARRIED_RULES:
        return None
    if q.speaker.kind is not SpeakerKind.PERSON:
        return None
    return q.speaker


def _fill_run(
    out: list[Quote],
    run: list[tuple[int, list[int]]],
    before: list[Quote],
    *,
    dialogue: bool = False,
) -> None:
    """Fill the cue-less turns of one run of turns (see :func:`alternate_turns`)."""
    known = _cued_turns(out, run)
    names = {_norm(q.speaker.name) for q in known if q is not None and q.speaker is not None}
    if len(names) == 1:
        _fill_silent(out, run, known, before, carried=dialogue)
    if len(names) < 2:
        return
    if dialogue:
        # "she said" in an exchange: the parity of the named turns outweighs
        # the nearest name a pronoun would take.
        named = [q if q is not None and not _pronoun_cue(q) else None for q in known]
        for k, (_, idxs) in enumerate(run):
            q = known[k]
            source = _parity_source(named, k) if q is not None and _pronoun_cue(q) else None
            if source is None or source.speaker is None:
                continue
            for i in idxs:
                if _own_speaker(out[i]) is not None and _pronoun_cue(out[i]):
                    out[i] = attrs.evolve(out[i], speaker=source.speaker)
            known[k] = out[idxs[0]]
    for k, (_, idxs) in enumerate(run):
        source = _parity_source(known, k) if known[k] is None else None
        if source is None:
            continue
        for i in idxs:
            q = out[i]
            if q.kind is QuoteKind.NON_SPEECH and q.speaker is None:
                continue
            if q.speaker is not None and q.cue is not None and q.cue.rule not in _CARRIED_RULES:
                continue
            out[i] = _turn(q, source)


def _pronoun_cue(q: Quote) -> bool:
    return q.speaker_mention is not None and q.speaker_mention.text.lower() in ("he", "she")


def _parity_source(known: list[Quote | None], k: int) -> Quote | None:
    """The nearest turn two, four, ... places from turn ``k`` with a speaker, unless
    a turn next to ``k`` has that speaker."""
    source = None
    for step in range(2, _TURN_REACH + 1, 2):
        for j in (k - step, k + step):
            if 0 <= j < len(known) and known[j] is not None:
                source = known[j]
                break
        if source is not None:
            break
    if source is None or source.speaker is None:
        return None
    name = _norm(source.speaker.name)
    for j in (k - 1, k + 1):
        n = known[j] if 0 <= j < len(known) else None
        if n is not None and n.speaker is not None and _norm(n.speaker.name) == name:
            return None
    return source


@attrs.frozen
class _Person:
    source: Quote  # a quote whose own cue gives this person
    gender: str  # "m", "f" or ""


def _gender_votes(quotes: list[Quote]) -> dict[str, str]:
    """Each cued person's gender, from the titles and pronouns of their cues."""
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for q in quotes:
        if q.speaker is None or q.speaker_mention is None:
            continue
        # (Only the mention's first word votes, and "he" or "she" only alone: the
        # rest of the mention is not read, and the speaker's key only for a vote. A
        # long document read as dialogue makes its cast of every quote twice.)
        words = q.speaker_mention.text.split(None, 1)
        if not words:
            continue
        first, alone = words[0].rstrip(".").casefold(), len(words) == 1
        if first in _FEMALE_TITLES or (alone and first == "she"):
            votes[_norm(q.speaker.name)]["f"] += 3 if first != "she" else 1
        elif first in _MALE_TITLES or (alone and first == "he"):
            votes[_norm(q.speaker.name)]["m"] += 3 if first != "he" else 1
    out = {}
    for key, c in votes.items():
        (best, n), *rest = c.most_common()
        if not rest or n >= 2 * rest[0][1]:
            out[key] = best
    return out


class _Cast:
    """The people who have quotes of their own, found by the words of their names."""

    def __init__(self, quotes: list[Quote]) -> None:
        genders = _gender_votes(quotes)
        self.counts: collections.Counter[str] = collections.Counter()
        counts = self.counts
        self.people: dict[str, _Person] = {}
        for q in quotes:
            own = _own_speaker(q)
            if own is None:
                continue
            key = _norm(own.name)
            counts[key] += 1
            if key not in self.people:
                self.people[key] = _Person(q, genders.get(key, ""))
        titles = load("titles")
        self.by_word: dict[str, list[str]] = collections.defaultdict(list)
        for key in sorted(self.people, key=lambda k: -counts[k]):
            for w in key.split():
                if w not in titles and len(w) > 1:
                    self.by_word[w].append(key)
        self._stop = load("stopwords")

    def lookup(self, name: str) -> str | None:
        """The cued person a name of one to three words (a vocative) names, or None."""
        words = [w.casefold().rstrip(".") for w in name.split()]
        for w in reversed(words):
            if w in self.by_word and w not in self._stop:
                return self.by_word[w][0]
        return None

    def gender(self, key: str) -> str:
        return self.people[key].gender if key in self.people else ""

    def subject(self, sentence: str, talking: tuple[str | None, str | None]) -> str | None:
        """The cued person a sentence opens with, or None."""
        words = _WORD.findall(sentence)[:_SUBJECT_WORDS]
        for k, word in enumerate(words):
            low = word.casefold()
            if low in ("he", "she") and k == 0:
                want = "m" if low == "he" else "f"
                fits = [t for t in talking if t is not None and self.gender(t) == want]
                return fits[0] if len(fits) == 1 else None
            if not word[:1].isupper() or low in self._stop:
                continue
            keys = self.by_word.get(_possessor(low))
            if keys:
                title = words[k - 1].casefold() if k else ""
                want = "f" if title in _FEMALE_TITLES else "m" if title in _MALE_TITLES else ""
                fits = [key for key in keys if not want or self.gender(key) in (want, "")]
                return fits[0] if fits else None
        return None


def _possessor(word: str) -> str:
    """``word`` without a possessive ending (*norris's*, *james'*), not its final *s*.

    >>> _possessor("norris"), _possessor("ann's"), _possessor("james’"), _possessor("hale")
    ('norris', 'ann', 'james', 'hale')
    """
    word = word.replace("’", "'")
    if word.endswith("'s"):
        return word[:-2]
    return word.removesuffix("'")


def _outside(
    text: str, lo: int, hi: int, spans: list[tuple[int, int]], reach: list[int] | None = None
) -> Iterator[str]:
    """The stretches of ``text[lo:hi]`` outside the quote spans, in order.

    ``reach``, when given, is the running maximum of the spans' ends, and the spans
    are sorted by start: the spans wholly before ``lo`` are then skipped by a
    bisection and the scan stops at the first span at or after ``hi`` (the same
    stretches, without reading every span of a long text per turn).

    >>> list(_outside("ab cd ef", 0, 8, [(3, 5)], [5]))
    ['ab ', ' ef']
    """
    pos = lo
    first = 0 if reach is None else bisect.bisect_right(reach, lo)
    for k in range(first, len(spans)):
        s, e = spans[k]
        if reach is not None and s >= hi:
            break
        if e <= lo or s >= hi:
            continue
        if s > pos:
            yield text[pos:s]
        pos = max(pos, e)
    if pos < hi:
        yield text[pos:hi]


def _sentences(stretch: str) -> list[str]:
    """The sentences of a stretch of narration, read across its line breaks (a
    hard-wrapped novel breaks its lines inside sentences) and past the full stops
    of titles and initials (:func:`break_spans`).

    >>> _sentences("Then Mrs. Lee came in, and\\nTom left. He ran.")
    ['Then Mrs. Lee came in, and\\nTom left.', 'He ran.']
    """
    out, pos = [], 0
    for _, nxt in break_spans(stretch, 0, len(stretch)):
        out.append(stretch[pos:nxt])
        pos = nxt
    out.append(stretch[pos:])
    return [s for s in (piece.strip() for piece in out) if s]


def _assign(q: Quote, source: Quote, rule: str) -> Quote:
    cue = Cue(start=q.outer_start, end=q.outer_start, text="", rule=rule, confidence=0.4)
    return attrs.evolve(q, speaker=source.speaker, speaker_mention=source.speaker_mention, cue=cue)


def _open(q: Quote) -> bool:
    """True when no cue of its own gives ``q`` a speaker."""
    if q.kind is QuoteKind.NON_SPEECH and q.speaker is None:
        return False
    return q.speaker is None or (q.cue is not None and q.cue.rule in _CARRIED_RULES)


def _pronoun_left(q: Quote, cast: _Cast, recent: list[str]) -> Quote:
    """*he said* that identity left unresolved, or gave a person of the other sex:
    the last speaker of that sex."""
    m, s = q.speaker_mention, q.speaker
    if m is None or s is None:
        return q
    want = {"he": "m", "she": "f"}.get(m.text.casefold())
    if s.kind is SpeakerKind.PERSON and cast.gender(_norm(s.name)) in ("", want):
        return q
    key = next((k for k in recent if want and cast.gender(k) == want), None)
    return q if key is None else attrs.evolve(q, speaker=cast.people[key].source.speaker)


def _the_other(turn: Turn) -> None:
    """*said the other* in a turn of a conversation: the one of the last two speakers
    who did not speak last."""
    other = turn.before
    if other is None or turn.prev < turn.p - 1 - _NARRATION_GAP:
        return
    for i in turn.idxs:
        q = turn.out[i]
        m = q.speaker_mention
        if m is None or q.cue is None or q.cue.rule in _FILLED_RULES:
            continue
        if " ".join(m.text.casefold().split()) == "the other":
            turn.out[i] = attrs.evolve(q, speaker=turn.cast.people[other].source.speaker)


_FILLED_RULES = frozenset({"dialogue-turn", "dialogue-beat", "dialogue-addressee"})


def _own_turn(turn: Turn, source: Quote) -> None:
    """A quote that a cue of an earlier paragraph carries into the turn (``continuation``)
    takes the speaker a cue of the turn's own paragraph names (``source``, the turn's
    first quote with a speaker of its own): in a dialogue, each paragraph is one
    speaker's turn."""
    out, lo = turn.out, turn.paragraphs[turn.p][0]
    for i in turn.idxs:
        q = out[i]
        if q.outer_start >= source.outer_start:
            break
        if q.cue is not None and q.cue.rule in _CARRIED_RULES and q.cue.start < lo:
            out[i] = _assign(q, source, "dialogue-turn")


def vocatives(quote: str, *, common: Container[str] = frozenset()) -> list[str]:
    """The names a quote says to its hearer.

    A capitalised word the text also writes in lower case (``common``: *Come*,
    *Well*) is not one.

    >>> vocatives("Tell me, Hastings, what you saw. Come, Tom!", common=frozenset({"come"}))
    ['Hastings', 'Tom']
    """
    stop = load("stopwords")
    out = []
    for m in _VOCATIVE.finditer(quote):
        words = [w.casefold() for w in m.group(1).split()]
        if (
            words[0] not in stop
            and words[-1] not in common
            and not _after_title(quote, m)
            and not _names_self(quote, m)
        ):
            out.append(m.group(1))
    return out


_SELF = select("pronouns", person="1", number="singular", case="subject")
# The word before a vocative's comma.
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]++)\s*+$")


def _names_self(quote: str, m: regex.Match[str]) -> bool:
    """True when the name after a comma stands beside the speaker's own *I* (*No
    one but I, Ann Lee, would try*): the speaker's name, not a hearer's. (After
    *me* it is a hearer's: *Tell me, Ann, ...*.)

    >>> vocatives("No one but I, Ann Lee, would try it."), vocatives("Try it, Ann Lee.")
    ([], ['Ann Lee'])
    """
    if m.start() == m.start(1) or quote[m.start()] != ",":
        return False
    before = _WORD_BEFORE.search(quote, 0, m.start())
    return before is not None and before.group(1).casefold() in _SELF


def _after_title(quote: str, m: regex.Match[str]) -> bool:
    """True when the stop before a vocative's match is a title's (*I love Mr.
    Bounderby?*: *Bounderby* is the title's name, not a hearer).

    >>> vocatives("Do you know Mr. Hale?"), vocatives("Go on. Hale, go on.")
    ([], ['Hale'])
    """
    if m.start() == m.start(1) or quote[m.start()] != ".":
        return False
    before = _TITLE_WORD.search(quote, 0, m.start())
    return before is not None and before.group(1).casefold() in load("titles")


def hearer_names(
    text: str, quotes: list[str | None], *, common: Container[str] | None = None
) -> list[tuple[str, ...]]:
    """The names each quote of ``text`` says to its hearer (:func:`vocatives`, the
    words ``text`` writes in lower case left out), () for a quote given as None.
    ``common``, when given, is ``lower_words(text)``, shared with the dialogue pass.

    >>> hearer_names("She would not come. Come, Nell!", ["Come, Nell!", None])
    [('Nell',), ()]
    """
    if common is None:
        common = _LowerWords(text)
    # Each distinct quote read once (a dense run repeats the same few).
    said: dict[str, tuple[str, ...]] = {}
    out: list[tuple[str, ...]] = []
    for q in quotes:
        if not q:
            out.append(())
            continue
        names = said.get(q)
        if names is None:
            names = said[q] = tuple(vocatives(q, common=common))
        out.append(names)
    return out


def lower_words(text: str, counts: LowerWordCounts | None = None) -> Container[str]:
    """The words ``text`` writes in lower case, asked one at a time (what
    :func:`hearer_names` and :func:`alternate_turns` read; one of them made per
    article serves both). ``counts``, when given, are the text's lower-case word
    counts that the name registry shares.

    >>> "come" in lower_words("Come here. Will you come?"), "will" in lower_words("Will?")
    (True, False)
    """
    return _LowerWords(text, counts=counts)


class _LowerWords:
    """The words a text writes in lower case (``_LOWER``'s matches), asked one at a
    time: ``word in _LowerWords(text)`` is ``word in frozenset(_LOWER.findall(text))``.

    A word is looked for where the text holds it (``str.find``, its edges checked)
    when it is first asked, so a long text whose dialogue asks about a few names is
    not read word by word; after ``direct`` words asked, or once the words asked
    have been found inside other words or at a capital more than once per
    ``reach`` characters of the text (a long document holds *ann* in every
    *annual*, each hit checked in Python), every lower-case word of the text is
    collected once, as the set would be. A word of lower-case letters alone is then
    looked up in the text's :class:`.identity.LowerWordCounts` (``counts``, which
    the name registry may have made already): such a word is one of ``_LOWER``'s
    matches exactly when it is one of ``_LOWER_WORD``'s there, since a match of
    either is a whole run of letters and marks. Only a word of letters and marks
    with a mark or a capital in it needs the set of ``_LOWER``'s own matches.

    >>> words = _LowerWords("Come here. Will you come, Will?")
    >>> "come" in words, "will" in words, "here" in words, "Come" in words
    (True, False, True, False)
    """

    def __init__(
        self,
        text: str,
        counts: LowerWordCounts | None = None,
        *,
        direct: int = 64,
        reach: int = 1024,
    ) -> None:
        self.text = text
        self.direct = direct = _direct_reads(text, direct)  # (fewer for a long text)
        self._memo: dict[str, bool] = {}
        self._all: frozenset[str] | None = None
        self._whole = False  # True once every word is answered from whole-text reads
        self._counts = counts if counts is not None else LowerWordCounts(text)
        # Hits that _find may check, in all, before the whole set is made.
        self._hits_left = max(direct, len(text) // reach)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if not self._whole:
            got = self._memo.get(word)
            if got is not None:
                return got
            if len(self._memo) < self.direct and self._hits_left > 0:
                got = self._memo[word] = self._find(word)
                return got
            self._whole = True
        if _LOWER_WORD.fullmatch(word) is None:
            return False  # no match of _LOWER is this string ("o'neil", "Will")
        if _ALL_LOWER.fullmatch(word) is not None:
            return self._counts.counts()[word] > 0
        if self._all is None:
            self._all = frozenset(_findall_by_lines(self.text, _ASCII_LOWER, _LOWER))
        return word in self._all

    def _find(self, word: str) -> bool:
        if _LOWER_WORD.fullmatch(word) is None:
            return False  # no match of _LOWER is this string
        text, n, pos = self.text, len(word), self.text.find(word)
        while pos >= 0:
            self._hits_left -= 1
            end = pos + n
            if (pos == 0 or not _LETTER_OR_MARK.match(text, pos - 1)) and (
                end == len(text) or not _LETTER_OR_MARK.match(text, end)
            ):
                return True
            pos = text.find(word, pos + 1)
        return False


def _by_narrator(q: Quote) -> bool:
    """True when the narrator's own *I* is ``q``'s unresolved speaker."""
    m = q.speaker_mention
    return (
        q.speaker is not None
        and q.speaker.kind is not SpeakerKind.PERSON
        and m is not None
        and m.text == "I"
    )


def _narrator(
    out: list[Quote], by_para: dict[int, list[int]], common: Container[str]
) -> list[Quote]:
    """A first-person narrator's *I said*: named as the others address them.

    The name is the one said most often to someone in the turns beside the
    narrator's, of those that cues name less often than that.
    """
    mine = [p for p, idxs in by_para.items() if any(_by_narrator(out[i]) for i in idxs)]
    if len(mine) < _NARRATOR_CUES:
        return out
    titles, cast = load("titles"), _Cast(out)
    said: collections.Counter[str] = collections.Counter()
    for p in mine:
        for near in (p - 1, p + 1):
            for i in by_para.get(near, ()):
                for name in vocatives(out[i].text, common=common):
                    words = [w for w in name.split() if w.casefold().rstrip(".") not in titles]
                    if words:
                        said[" ".join(words)] += 1
    # a name given quotes of its own as often as it is spoken to is somebody else's
    said = collections.Counter(
        {n: k for n, k in said.items() if cast.counts[cast.lookup(n) or ""] < k}
    )
    if not said:
        return out
    narrator = Speaker(name=said.most_common(1)[0][0], aliases=("I",))
    for p in mine:
        for i in by_para[p]:
            if _by_narrator(out[i]):
                out[i] = attrs.evolve(out[i], speaker=narrator)
    return out


@attrs.define
class Turn:
    """One paragraph of a conversation holding quotes, as the turn rows read it.

    ``idxs`` are its top-level quotes (indexes into ``out``); ``last`` and
    ``before`` who spoke the last turn and the one before that (keys of the
    ``cast``); ``prev`` the paragraph of the last turn.
    """

    text: str
    out: list[Quote]
    paragraphs: list[tuple[int, int]]
    by_para: dict[int, list[int]]
    spans: list[tuple[int, int]]
    cast: _Cast
    common: Container[str]
    p: int = -1
    idxs: list[int] = attrs.Factory(list)
    last: str | None = None
    before: str | None = None
    prev: int = -2
    # The running maximum of the ends of ``spans`` when they are sorted by start
    # (see _outside), else None.
    reach: list[int] | None = None

    def said_to(self, idxs: list[int]) -> list[str]:
        """The cast the quotes ``idxs`` name as their hearers, in the quote or
        after its cue (:func:`cue_hearer`)."""
        found = (
            self.cast.lookup(v)
            for i in idxs
            for v in (
                *vocatives(self.out[i].text, common=self.common),
                *cue_hearer(self.text, self.out[i]),
            )
        )
        return [k for k in found if k is not None]


_OBJECT_CUES = select("cue_verbs", object=True)  # "asked", "told": a hearer follows
_HEARER_PREPOSITIONS = load("hearer_prepositions")  # "said to"
# A name of one to three capitalised words right after a cue, with one lower-case
# word before it at most, closed by a comma or a stop ("asked Ann Lee.").
_AFTER_CUE = regex.compile(
    r"\s++(?:(\p{Ll}++)\s++)?((?:\p{Lu}[\p{L}\p{M}'’.-]*+\s++){0,2}\p{Lu}[\p{L}\p{M}'’-]*+)"
    r"(?=\s*+[,!?.;])"
)


def cue_hearer(text: str, q: Quote) -> tuple[str, ...]:
    """The name a quote's cue gives its hearer: the object of a verb of asking or
    telling, or the name after *to*, when the cue's subject stands before its verb
    (*he asked Rosa*, *she said to Tom Hale*; in *asked Rosa* alone Rosa speaks).

    >>> from quoteverify import parse
    >>> text = '"Is it far?" he asked Ann Lee. "Not very," said Tom.'
    >>> [cue_hearer(text, q) for q in parse(text).quotes]
    [('Ann Lee',), ()]
    """
    cue = q.cue
    if cue is None or cue.rule != "quote-X-said":
        return ()
    m = _AFTER_CUE.match(text, cue.end)
    if m is None:
        return ()
    lead = m.group(1)
    if (lead is None and cue.text.casefold() in _OBJECT_CUES) or lead in _HEARER_PREPOSITIONS:
        return (m.group(2),)
    return ()


def beat(turn: Turn) -> str | None:
    """The subject of the narration in the turn's paragraph, else of the paragraph before."""
    lo, hi = turn.paragraphs[turn.p]
    talking = (turn.last, turn.before)
    first = turn.out[turn.idxs[0]].outer_start
    lead = _sentences(turn.text[lo:first])[::-1]  # nearest the quote first
    stretches = _outside(turn.text, first, hi, turn.spans, turn.reach)
    rest = [s for st in stretches for s in _sentences(st)]
    for sentence in lead + rest:
        if (key := turn.cast.subject(sentence, talking)) is not None:
            return key
    if turn.prev < turn.p - 1:
        lo, hi = turn.paragraphs[turn.p - 1]
        narration = _sentences(turn.text[lo:hi])
        return turn.cast.subject(narration[-1], talking) if narration else None
    return None


def addressee(turn: Turn) -> str | None:
    """The person the turn just before named as its hearer."""
    if turn.prev != turn.p - 1:
        return None
    return next((k for k in turn.said_to(turn.by_para[turn.prev]) if k != turn.last), None)


def _answer(turn: Turn, speaker: str) -> str:
    """A turn that its run's parity gave ``speaker`` goes to the hearer the turn just
    before named (:func:`addressee`), when that is someone else; the turn's speaker."""
    out = turn.out
    if any((c := out[i].cue) is None or c.rule != "dialogue-turn" for i in turn.idxs):
        return speaker
    key = addressee(turn)
    if key is None or key == speaker or key in turn.said_to(turn.idxs):
        return speaker
    source = turn.cast.people[key].source
    for i in turn.idxs:
        out[i] = _assign(out[i], source, "dialogue-addressee")
    return key


def alternation(turn: Turn) -> str | None:
    """The person who spoke before the last speaker, when at most one narration
    paragraph separates the turns."""
    return turn.before if turn.prev >= turn.p - 1 - _NARRATION_GAP else None


def converse(
    text: str,
    quotes: list[Quote],
    paragraphs: list[tuple[int, int]],
    *,
    dialogue: bool,
    common: Container[str] | None = None,
) -> list[Quote]:
    """Give the quotes of a dialogue that no cue names the speaker its turn implies.

    Each turn no cue names is tried by the rows of :data:`TURN_RULES` that have a
    ``find``, in order; ``narrator`` and ``pronoun-left`` run when in the table.
    ``common``, when given, is :func:`lower_words` of ``text``.
    """
    if not dialogue:
        return quotes
    use = list(TURN_RULES)
    out = list(quotes)
    starts = [p[0] for p in paragraphs]
    by_para: dict[int, list[int]] = collections.defaultdict(list)
    for i, q in enumerate(out):
        if not q.depth:
            by_para[bisect.bisect_right(starts, q.outer_start) - 1].append(i)
    if common is None:
        common = _LowerWords(text)
    if any(r.name == "narrator" for r in use):
        out = _narrator(out, by_para, common)
    cast = _Cast(out)
    if len(cast.people) < 2:
        return out
    spans = [(q.outer_start, q.outer_end) for q in out if not q.depth]
    turn = Turn(text, out, paragraphs, by_para, spans, cast, common)
    if all(a[0] <= b[0] for a, b in itertools.pairwise(spans)):
        turn.reach = list(itertools.accumulate((e for _, e in spans), max))
    recent: list[str] = []
    pronouns = any(r.name == "pronoun-left" for r in use)
    others = any(r.name == "the-other" for r in use)
    answers = any(r.name == "addressee" for r in use)
    own_turns = any(r.name == "own-turn" for r in use)
    for p in sorted(by_para):
        if p < 0:
            continue
        turn.p, turn.idxs = p, by_para[p]
        if pronouns:
            for i in turn.idxs:
                out[i] = _pronoun_left(out[i], cast, recent)
        if others:
            _the_other(turn)
        source = next((out[i] for i in turn.idxs if _own_speaker(out[i]) is not None), None)
        own = _own_speaker(source) if source is not None else None
        speaker = _norm(own.name) if own is not None else None
        if own_turns and source is not None:
            _own_turn(turn, source)
        if answers and speaker is not None:
            speaker = _answer(turn, speaker)
        if speaker is None and _open(out[turn.idxs[0]]):
            heard = turn.said_to(turn.idxs)  # nobody speaks to themselves by name
            for row in use:
                if (
                    row.find is not None
                    and (key := row.find(turn)) is not None
                    and key not in heard
                ):
                    speaker = key
                    source = cast.people[key].source
                    for i in turn.idxs:
                        if _open(out[i]):
                            out[i] = _assign(out[i], source, row.cue_rule)
                    break
        if speaker is None:
            first = out[turn.idxs[0]].speaker
            if first is not None and first.kind is SpeakerKind.PERSON:
                speaker = _norm(first.name)
        if speaker is not None and speaker != turn.last:
            turn.last, turn.before = speaker, turn.last
            recent = [speaker, *(k for k in recent if k != speaker)][:_RECENT]
        turn.prev = p
    return out


@attrs.frozen(kw_only=True)
class TurnExample:
    """A dialogue of our own, and the speaker its ``quote`` (an index) must get."""

    text: str
    speaker: str
    quote: int = -1


@attrs.frozen(kw_only=True)
class TurnRule:
    """One row of the second pass: how a quote of a dialogue gets its speaker from
    the turns around it.

    Rows with a ``find`` are tried in order of ``priority`` on each turn that no
    cue names (the first that returns a person wins, and its cue carries
    ``cue_rule``); rows without one run once over the text at the place their
    ``doc`` says. Each example must get its speaker with the row and lose it
    without (a test checks both).
    """

    name: str
    priority: int
    cue_rule: str
    doc: str
    examples: tuple[TurnExample, ...] = attrs.field(repr=False)
    find: Callable[[Turn], str | None] | None = attrs.field(default=None, repr=False)


# Three short exchanges of our own: enough alternating runs to make a text dialogue.
_TEA = (
    '"Tea?" asked Mrs Ann Lee.\n\n"Please," said Tom Hale.\n\n'
    '"Milk?" asked Mrs Ann Lee.\n\n"No," said Tom Hale.\n\nThe kettle sang.\n\n'
) * 3

TURN_RULES: tuple[TurnRule, ...] = (
    TurnRule(
        name="lead-in",
        priority=5,
        cue_rule="dialogue-lead-in",
        doc=(
            "In a dialogue, a turn with no cue of its own that the paragraph before leads "
            "in, its narration ending on a colon, goes to the person who opens the last "
            "clause of that narration with a subject (a clause led by its verb, *and said*, "
            "hands on to the one before it; one led by a pronoun or a determiner, *and her "
            "brother said*, names nobody): *At last, with a sigh, Ann rose and said:* then "
            '*"I must go."* This runs before parity, which would give the turn to the '
            "other speaker."
        ),
        examples=(
            TurnExample(
                text=_TEA + '"More tea?" asked Mrs Ann Lee.\n\n"Two cups," said Tom Hale. The '
                "fire sank low, the clock struck ten, and at last Tom stood up and said:\n\n"
                '"I must go."\n\n"So soon?" asked Mrs Ann Lee.',
                speaker="Tom Hale",
                quote=-2,
            ),
        ),
    ),
    TurnRule(
        name="parity",
        priority=10,
        cue_rule="dialogue-turn",
        doc=(
            "In a run of paragraphs that open with quotes, where two people have cues of "
            "their own, a turn with no cue takes the speaker of the nearest turn two, four, "
            "... places away (news: runs of three turns or more; a text of dialogue: two). "
            "Runs first, over the whole text."
        ),
        examples=(
            TurnExample(
                text='"Ready?" asked Ann Lee.\n\n"Almost," said Tom Hale.\n\n'
                '"Then hurry."\n\n"I am hurrying."',
                speaker="Ann Lee",
                quote=2,
            ),
        ),
    ),
    TurnRule(
        name="narrator",
        priority=20,
        cue_rule="",
        doc=(
            "In a dialogue, a first-person narrator's *I said* (ten such turns or more) "
            "names the narrator by the name the turns beside theirs say to them most "
            "often. It keeps the cue of the quote."
        ),
        examples=(
            TurnExample(
                text=_TEA
                + "\n\n".join(['"Are you awake, Kit?" asked Tom Hale.\n\n"Barely," I said.'] * 10),
                speaker="Kit",
            ),
        ),
    ),
    TurnRule(
        name="pronoun-left",
        priority=30,
        cue_rule="",
        doc=(
            "In a dialogue, a *he said* or *she said* that identity left unresolved, or "
            "gave a person of the other sex, goes to the last speaker of that sex (a sex "
            "read from the titles and pronouns of their cues). It keeps the cue of the quote."
        ),
        examples=(
            TurnExample(
                text=_TEA + "The rain went on. " * 60 + '\n\n"Enough," she said.',
                speaker="Ann Lee",
            ),
        ),
    ),
    TurnRule(
        name="the-other",
        priority=36,
        cue_rule="",
        doc=(
            "In a dialogue, *said the other* goes to the one of the last two speakers who "
            "did not speak last, when at most one paragraph of narration stands between "
            "the turns. It keeps the cue of the quote."
        ),
        examples=(
            TurnExample(
                text=_TEA + '"Is it late?" asked Tom Hale.\n\n"Nearly nine," said Mrs Ann Lee.'
                '\n\n"Then I must go," said the other.',
                speaker="Tom Hale",
            ),
        ),
    ),
    TurnRule(
        name="own-turn",
        priority=38,
        cue_rule="dialogue-turn",
        doc=(
            "In a dialogue, a quote that opens a paragraph with no cue of its own, carried "
            "on from the speaker of the paragraph before (``continuation``), goes to the "
            "person a cue later in its own paragraph names: each paragraph is one "
            'speaker\'s turn (*"Where to?" asked Ann.* then *"Home." Tom yawned. "It '
            'is late."*)'
        ),
        examples=(
            TurnExample(
                text=_TEA + '"Is there more cake?" asked Mrs Ann Lee.\n\n"None." Tom Hale '
                'shook his head. "I ate the last slice."',
                speaker="Tom Hale",
                quote=-2,
            ),
        ),
    ),
    TurnRule(
        name="beat",
        priority=40,
        cue_rule="dialogue-beat",
        doc=(
            "A turn with no cue goes to the person a sentence of narration opens with: "
            "in its own paragraph, else in the narration paragraph just before it "
            '(*Ann took her coat.* then *"I am going out."*).'
        ),
        examples=(
            TurnExample(
                text=_TEA + 'Mrs Ann Lee took her coat.\n\n"I am going out."',
                speaker="Ann Lee",
            ),
        ),
        find=beat,
    ),
    TurnRule(
        name="addressee",
        priority=50,
        cue_rule="dialogue-addressee",
        doc=(
            'A turn with no cue right after a turn that names its hearer (*"Sugar, Sam?"*, '
            'or after its cue: *"Sugar?" he asked Sam.*, *she said to Sam*) goes to that '
            "hearer, also when the parity of its run gave it another speaker."
        ),
        examples=(
            TurnExample(
                text='"Hello," said Sam Roe.\n\n'
                + _TEA
                + '"Cake?" asked Tom Hale.\n\n"Yes," said Mrs Ann Lee.\n\n'
                'Tom Hale turned round.\n\n"Sugar, Sam?"\n\n"Two lumps."',
                speaker="Sam Roe",
            ),
            TurnExample(
                text='"Hello," said Sam Roe.\n\n'
                + _TEA
                + '"Cake?" asked Tom Hale.\n\n"Yes," said Mrs Ann Lee.\n\n'
                '"And you, Sam?"\n\n"Just a slice."\n\n"Here you are," said Tom Hale.',
                speaker="Sam Roe",
                quote=-2,
            ),
            TurnExample(
                text='"Hello," said Sam Roe.\n\n'
                + _TEA
                + '"Cake?" asked Tom Hale.\n\n"Yes," said Mrs Ann Lee.\n\n'
                '"And some for you?" she asked Sam Roe.\n\n"Just a slice."',
                speaker="Sam Roe",
            ),
        ),
        find=addressee,
    ),
    TurnRule(
        name="alternation",
        priority=60,
        cue_rule="dialogue-turn",
        doc=(
            "A turn with no cue goes to the person who spoke before the last speaker, "
            "when at most one paragraph of narration stands between the turns; a turn "
            "never goes to the person it names as its hearer."
        ),
        examples=(
            TurnExample(
                text=_TEA + '"Biscuit?" asked Mrs Ann Lee.\n\n"Thanks," said Tom Hale.\n\n'
                'The clock struck four.\n\n"More tea?"',
                speaker="Ann Lee",
            ),
        ),
        find=alternation,
    ),
    TurnRule(
        name="echo",
        priority=70,
        cue_rule="headline-echo",
        doc=(
            "A quote with no speaker in a headline, a subhead or a pull quote (the text's "
            "first paragraph, of 200 characters or fewer, a later one of 60 or fewer, or one "
            "that the quote fills) whose words, two or more of three letters or more, a later "
            "quote with a speaker prints in the same order (among the next 80 quotes) takes "
            "that quote's speaker; a non-speech span so named becomes partial (one the kinds "
            "call a name, a title, a slogan or a span a naming frame presents, is left "
            "alone). One of the text's first four quotes whose speaker is only a role or a "
            "pronoun as printed (*Startup founder*, *she*; no organisation or document) takes "
            "the person, named in two words or more, of one of the next 6 quotes; "
            "so does a headline quote whose speaker is one capitalised word of the headline "
            "(a place before a colon, a noun phrase's first word, a surname put to the wrong "
            "quote), unless that word opens the headline before its colon (a kicker label) "
            "or the body's person bears the same name. A quote of five such words or more "
            "is echoed by most of them too (rapidfuzz's partial ratio 90). Reads the text's "
            "first headline only: in many articles joined, later headlines are subheads. "
            "Last, over the whole text."
        ),
        examples=(
            TurnExample(
                text="Ruiz 'not done yet' with council\n\nThe mayor spoke on Monday.\n\n"
                '"We are not done yet with this council," said Ana Ruiz.',
                speaker="Ana Ruiz",
                quote=0,
            ),
            TurnExample(
                text="Harbour plan: 'A vote for jobs'\n\nThe port board met on Friday.\n\n"
                'Tom Hale, its chair, called the plan "a vote for jobs and for the town."',
                speaker="Tom Hale",
                quote=0,
            ),
            TurnExample(
                text="Ferry pilot says she 'will not sail again'\n\nThe board met on Monday.\n\n"
                '"I will not sail again," said Tess Marlow.',
                speaker="Tess Marlow",
                quote=0,
            ),
            TurnExample(
                text="Marlow to visit Leith: 'The pier must be saved'\n\nThe board met on "
                'Monday.\n\n"The pier must be saved," said Tess Marlow.',
                speaker="Tess Marlow",
                quote=0,
            ),
        ),
    ),
    TurnRule(
        name="inner-echo",
        priority=80,
        cue_rule="inner-echo",
        doc=(
            "A partial quote inside another quote whose words, two or more of three letters "
            "or more, an earlier quote outside it prints in the same order (the nearest of "
            "the 80 quotes before it that has a speaker and is not non-speech) takes that "
            "quote's speaker: the outer speaker repeats someone else's phrase. Last, over "
            "the whole text."
        ),
        examples=(
            TurnExample(
                text='The port board said the fee was "a fair price for every berth."\n\n'
                "\"A 'fair price for every berth'? Not for us,\" said Tom Hale.",
                speaker="The port board",
                quote=2,
            ),
        ),
    ),
)
