"""Stage 6, matching → verdicts: answer a claimed quote with a verdict and its evidence.

A claim is a quote, with or without a speaker: ``"Next time in Moscow"``, or a
sentence such as ``Trump said "Next time in Moscow"`` that is parsed for both.
The corpus is searched for the claim's words; the evidence is every linked
source quote, best first. The verdict is read from the edits of each comparison
(:class:`~quoteverify.model.Significance`, with the claim as ``a``), then from
what the sources say about the speaker:

* the words: exact, fragment (the claim inside a source) or variant only when one
  source prints every content word of the claim with neutral edits alone;
  ``altered`` when the nearest source differs in a content word, a negation, a
  number, a name or a modal; ``partly_sourced`` when the claim adds words no
  source prints; paraphrase; or ``not_found``. When no speech quote prints the
  claim, a title or a term (a non-speech quote: *a memo titled "..."*) that
  prints all of it in a sentence naming the claimed person is the evidence, of a
  lower grade: the verdict is its relation, and the explanation says the words
  are printed as a title or term, not as speech;
* the speaker: ``misattributed`` when the sources name somebody else (the
  ``real_speaker``), ``disputed`` when they disagree evenly among themselves.
  The sources that print the whole claim name its speaker before looser
  variants; names agree by :meth:`~quoteverify.model.Speaker.matches` (a surname
  and the full name, a title or an outlet more or less); a source that only
  describes its speaker ("the former mayor") agrees when its article prints the
  claimed surname. A source whose
  speaker is an uncertain reading (a cue weaker than :data:`WEAK_CUE`, or a pronoun
  or description taken to be somebody named elsewhere) does not count against a
  claimed person that another row of the attribution table proposed for the same
  quote, or that the quote's own sentence names when the reading is a pronoun or a
  description taken to be somebody named elsewhere: the claim is supported, and the
  explanation says the speaker is uncertain. A source whose cue names the claimed
  person beside its speaker (*Ana Ruiz and Omar Haddad said*) names both.
  The speaker is read from the claimed person's own utterance: a source of another
  speaker whose quote is not linked to a quote firmly naming the claimed person
  (another utterance of common words) and a quote that prints only part of the
  claim do not count against the claim. The claimed person's own quote, firmly
  attributed and printing every word of the claim with a word or two of its own
  among them, is such a source even when another person's quote prints the words
  more closely (a claim with a function word dropped).

>>> from quoteverify import Corpus
>>> corpus = Corpus()
>>> _ = corpus.add('"Next time in Moscow," Vladimir Putin said.', doc_id="wire")
>>> v = corpus.verify('Trump said "Next time in Moscow"')
>>> v.verdict.value, v.real_speaker.name
('misattributed', 'Vladimir Putin')
>>> print(v.explanation)  # doctest: +NORMALIZE_WHITESPACE
The words are printed in 1 article (exact in wire), but the sources name
Vladimir Putin as the speaker, not Trump.
"""

from __future__ import annotations

import functools
import itertools
import operator
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol

import regex

from ..article import parse
from ..config import Config
from ..errors import OptionError, TextTypeError, check_text, check_unicode
from ..lexicons import load
from ..model import (
    Article,
    EditKind,
    Evidence,
    Match,
    Quote,
    Relation,
    Significance,
    Speaker,
    SpeakerKind,
    Verdict,
    Verification,
    builder,
)
from ..speakers.rules import candidates
from ..text.marks import MARKS
from ..text.normalize import content_words, is_function_word, words
from ..text.sentences import PARAGRAPH_REACH, break_spans, last_sentence_end, paragraph_start
from .compare import QueryComparer, _prepared, compare, edit_neutral, text_of
from .index import QuoteIndex

__all__ = ["COUNT_LIMIT", "WEAK_CUE", "Sources", "check", "parse_claim", "verify"]


class Sources(Protocol):
    """What verification reads its evidence from: a :class:`~quoteverify.Corpus`, or
    anything else that finds the quotes reporting some words, best first."""

    def find(
        self, text: str | Quote, *, limit: int = ..., exclude_doc: str | None = ...
    ) -> list[tuple[Quote, Match]]:
        """Quotes that report the same words as ``text``, with their matches, best first."""
        ...


def _check_sources(corpus: object, func: str, then: str) -> None:
    """Refuse a first argument that is not sources, naming the order of the arguments."""
    if isinstance(corpus, (str, bytes)) or not callable(getattr(corpus, "find", None)):
        raise TextTypeError(
            f"{func}() takes the sources first, a Corpus (or anything with its find()), "
            f"then the {then}: {func}(corpus, {then}), not {type(corpus).__name__} first"
        )


_VERDICT_OF = {
    Relation.EXACT: Verdict.EXACT,
    Relation.FRAGMENT: Verdict.FRAGMENT,
    Relation.VARIANT: Verdict.VARIANT,
    Relation.PARAPHRASE: Verdict.PARAPHRASE,
}
_STRONG = (Relation.EXACT, Relation.FRAGMENT, Relation.VARIANT)


def parse_claim(claim: str) -> tuple[str, Speaker | None]:
    """Split a claim into its quoted words and the speaker it names, if any.

    >>> parse_claim('Trump said "Next time in Moscow"')
    ('Next time in Moscow', Speaker(name='Trump', kind=<SpeakerKind.PERSON: 'person'>))
    >>> parse_claim("Next time in Moscow")
    ('Next time in Moscow', None)

    A quote inside the claim is taken only when the rest of the claim is its
    attribution (the speaker and the cue, and function words): in ``the word
    'judgement' is the same`` the marks are part of what is claimed,
    so the whole claim is the quote.

    >>> parse_claim("they called it 'a disgrace' for the city")
    ("they called it 'a disgrace' for the city", None)
    """
    check_text(claim, "parse_claim")
    if _MARK_CHARACTERS.isdisjoint(claim):
        # No quote mark at all: parse() would find no quote (spans open and close at
        # marks), so the whole claim is the quote; its checks are still made.
        check_unicode(claim, "parse() text")
        return claim.strip(), None
    article = parse(claim)
    speech = [q for q in article.quotes if q.depth == 0]
    if not speech:
        return claim.strip(), None
    quote = max(speech, key=lambda q: len(q.text))
    if not _only_attribution(claim, quote):
        return claim.strip(), None
    return quote.text, quote.speaker


_MARK_CHARACTERS = frozenset("".join(MARKS))  # every character of a quote mark
_WORD = regex.compile(r"\w++")


def _only_attribution(claim: str, quote: Quote) -> bool:
    """True when every word of ``claim`` outside ``quote`` is its speaker, its cue or a
    function word."""
    spans = [(quote.start, quote.end)]
    if quote.speaker_mention is not None:
        spans.append((quote.speaker_mention.start, quote.speaker_mention.end))
    if quote.cue is not None:
        spans.append((quote.cue.start, quote.cue.end))
    for m in _WORD.finditer(claim):
        if any(lo <= m.start() < hi for lo, hi in spans):
            continue
        if not is_function_word(m.group().casefold()):
            return False
    return True


def _flat(text: str) -> str:
    """Text on one line, shortened, for an explanation."""
    flat = " ".join(text.split()) or "(none)"
    return flat if len(flat) <= 60 else flat[:59] + "…"


def _as_speaker(speaker: str | Speaker | None) -> Speaker | None:
    if speaker is None or isinstance(speaker, Speaker):
        return speaker
    if isinstance(speaker, str):
        if not speaker.strip():  # a blank name would call every true claim misattributed
            raise OptionError(
                f"speaker {speaker!r} names no one: pass a name, or None to take the "
                "speaker from the claim, if it names one"
            )
        return Speaker(name=speaker.strip())
    raise TextTypeError(f"speaker must be str, Speaker or None, not {type(speaker).__name__}")


def _describe(evidence: list[Evidence]) -> str:
    parts = [f"{e.relation.value} in {e.doc_id}" for e in evidence[:3]]
    more = f" and {len(evidence) - 3} more" if len(evidence) > 3 else ""
    return ", ".join(parts) + more


def _sources(n: int) -> str:
    return f"{n} article" + ("" if n == 1 else "s")


_new_evidence = builder(Evidence)  # Evidence(...) through its slots: many per claim

# find() compares at most four times its limit of candidates: verify() asks for at
# least this many matches, so that an explanation counts the sources that print the
# words even when only ``limit`` of them are kept as evidence.
COUNT_LIMIT = 100


def _supports(e: Evidence, memo: dict[int, bool] | None = None) -> bool:
    """True when the source prints every content word of the claim, with neutral edits only.

    ``fragment`` counts one way only: the claim inside the source. ``memo`` keeps the
    answer by match object: a source printed word for word by many outlets has one
    match (:meth:`~quoteverify.corpus.Corpus.find` aligns it once).
    """
    if e.relation not in _STRONG:
        return False
    if memo is None:
        return e.match.neutral
    key = id(e.match)
    if key not in memo:
        # Match.neutral, each edit's significance read here rather than through its property
        memo[key] = all(map(edit_neutral, e.match.edits))
    return memo[key]


class _Claim:
    """The claim's words, read once: its content words and where they are printed."""

    def __init__(self, text: str) -> None:
        # the words find() normalised already (gaps left out: they are no content word and
        # share no word's place), not normalised again
        ws = _prepared(text).words
        self.text = text
        self.content = len(content_words(ws))
        # content words printed as one word of their own (not half of "won't"): when the
        # alignment pairs one with a source word, that word is the same content word
        spans = Counter((w.start, w.end) for w in ws)
        self.spans = {(w.start, w.end) for w in ws if spans[w.start, w.end] == 1}
        self.spans.intersection_update((w.start, w.end) for w in ws if content_words([w]))
        self._weak: dict[tuple[int, str], bool] = {}  # weak(), by match and source text

    def weak(self, e: Evidence) -> bool:
        """A source of one or two content words, for a claim of more: too little to name a
        speaker. Read from the match's alignment when it pairs three of the claim's content
        words with words of the source (which must then hold three), else from its words.
        Read once per match and source text (copies of a quote share their match)."""
        if self.content <= 2:
            return False
        key = (id(e.match), e.quote.text)
        known = self._weak.get(key)
        if known is None:
            known = self._weak[key] = self._read_weak(e)
        return known

    def _read_weak(self, e: Evidence) -> bool:
        if e.match.a == self.text:
            aligned = set(map(_CLAIM_SPAN, e.match.alignment))  # (a_start, a_end) of each pair
            if len(aligned & self.spans) > 2:
                return False
        return len(content_words(words(e.quote.text))) <= 2


_CLAIM_SPAN = operator.itemgetter(0, 1)  # a WordPair's (a_start, a_end), read in C


def _added_words(e: Evidence) -> list[str]:
    return [_flat(x.a_text) for x in e.match.edits if x.significance is Significance.ADDED]


def _changed_words(e: Evidence) -> list[str]:
    out = []
    for x in e.match.edits:
        if x.significance is not Significance.CHANGED:
            continue
        a, b = _flat(x.a_text), _flat(x.b_text)
        if not x.a_text.strip():
            what = f"the claim leaves out {b!r}"
        elif not x.b_text.strip():
            what = f"the claim adds {a!r}"
        else:
            what = f"the claim has {a!r} where the source has {b!r}"
        out.append(f"{x.kind.value}: {what}")
    return out


def verify(
    corpus: Sources,
    claim: str | Quote,
    *,
    speaker: str | Speaker | None = None,
    exclude_doc: str | None = None,
    limit: int = 10,
) -> Verification:
    """Check ``claim`` (and ``speaker``) against ``corpus``: a verdict, its evidence and why.

    ``claim`` is the claimed words, a sentence that names a speaker and quotes
    them (``Trump said "..."``), or a :class:`~quoteverify.model.Quote`, whose
    speaker is the one claimed; ``speaker`` overrides the speaker read from the
    claim. ``exclude_doc`` leaves one article out of the sources (:func:`check`
    leaves out the article it checks) and ``limit`` is the most evidence items
    kept. How the verdict is read: the module docstring, and docs/concepts.md.

    >>> from quoteverify import Corpus
    >>> corpus = Corpus()
    >>> _ = corpus.add("“The pool stays open,” Mayor Ines Berg said.", doc_id="a")
    >>> v = verify(corpus, 'Omar Haddad said "the pool stays open"')
    >>> v.verdict.value, v.real_speaker.name
    ('misattributed', 'Ines Berg')
    """
    _check_sources(corpus, "verify", "claim")
    claimed_quote = claim if isinstance(claim, Quote) else None
    if isinstance(claim, Quote):
        text, parsed_speaker = claim.text, claim.speaker
    else:
        text, parsed_speaker = parse_claim(text_of(claim, "verify"))
    claimed = _as_speaker(speaker) if speaker is not None else parsed_speaker
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise OptionError(f"verify() takes a limit of 1 or more, not {limit!r}")
    found = corpus.find(text, limit=max(limit, COUNT_LIMIT), exclude_doc=exclude_doc)
    matched = [_new_evidence(quote=q, match=m) for q, m in found]
    evidence = matched[:limit]

    def result(verdict: Verdict, explanation: str, real: Speaker | None = None) -> Verification:
        return Verification(
            claim=text,
            claimed_speaker=claimed,
            verdict=verdict,
            evidence=tuple(evidence),
            real_speaker=real,
            explanation=explanation,
            quote=claimed_quote,
        )

    memo: dict[int, bool] = {}
    support = [e for e in matched if _supports(e, memo)]
    if not support:
        # No speech quote prints the claim: a title or a term that prints all of it,
        # in a sentence naming the claimed person, is weaker evidence, said as such.
        term = _term_evidence(corpus, text, claimed, exclude_doc)
        if term is not None:
            term_e, in_sentence = term
            evidence = [term_e]
            naming = f", in a sentence that names {claimed.name}" if claimed and in_sentence else ""
            return result(
                _VERDICT_OF[term_e.relation],
                f"No speech quote prints these words; they are printed as a title or a "
                f"term that is not speech ({term_e.relation.value} in {term_e.doc_id}: "
                f"{_flat(term_e.quote.text)!r}, read as "
                f"{term_e.quote.kind_reason or 'non-speech'}){naming}.",
            )
    if not matched:
        if not any(c.isalnum() for c in text):  # '', '...', '“”': nothing was looked for
            return result(Verdict.NOT_FOUND, "The claim has no words to look for.")
        return result(Verdict.NOT_FOUND, "No source prints these words or anything close to them.")
    if not support:
        strong = [e for e in matched if e.relation in _STRONG]
        if strong:
            return _unsupported(strong, result)
    relation = support[0].relation if support else matched[0].relation
    verdict = _VERDICT_OF.get(relation, Verdict.PARAPHRASE)
    backing = support or matched
    n_docs = len({e.doc_id for e in backing})
    where = f"{len(backing)} times in " if len(backing) > n_docs else "in "
    words_part = f"The words are printed {where}{_sources(n_docs)} ({_describe(backing)})"

    # Who do the sources say spoke? Those that hold the claim best speak for it.
    claim_words = _Claim(text)
    counted = _voters(backing, claim_words)
    named = [
        (e, e.speaker)
        for e in counted
        if e.speaker is not None and e.speaker.kind is not SpeakerKind.UNKNOWN
    ]
    if claimed is None:
        who = _majority([s for _, s in named])
        tail = f", attributed to {who.name}." if who is not None else "."
        return result(verdict, words_part + tail, who)
    near = _ArticleNames(corpus)
    matches: dict[int, bool] = {}  # claimed.matches(s), by speaker object (shared in a corpus)

    def names_claimed(s: Speaker) -> bool:
        known = matches.get(id(s))
        if known is None:
            known = matches[id(s)] = claimed.matches(s) or _cut_at_initial(claimed.name, s.name)
        return known

    tally = _tally(named, claimed, near, names_claimed)
    agree, doubted, described = tally.agree, tally.doubted, tally.described
    if not agree and support:
        # The claimed person's own utterance, printed with neutral edits but by a source
        # that is not among the closest ones (a function word dropped, and somebody else
        # printing the common words word for word): it speaks for the claim when it is
        # a firm reading, against the others' utterances (_one_utterance below).
        own = _own_sources(support, counted, claim_words, names_claimed)
        named += own
        agree += [s for _, s in own]
    against = [(e, s) for e, s in named if not any(s is x for x in agree)]
    doubted_ids = {id(e.speaker) for e, _, _ in doubted}
    firm = [s for s in agree if id(s) not in doubted_ids]
    apart: list[Speaker] = []  # speakers of other utterances that print the words too
    if firm and len(agree) <= len(against):
        against, apart = _one_utterance(named, firm, against)
    disagree = [s for _, s in against]
    # A reading that only may be the claimed person (a description, a pronoun, a weak
    # cue) weighs half a name, in halves: a name 2, such a reading 1.
    weight = 2 * len(agree) - described - len(doubted)
    if not named or (agree and weight > 2 * len(disagree)):
        note = _agree_note(claimed, tally, n_named=len(named), disagree=disagree, apart=apart)
        who = _majority([s for s in firm if not _describes(s)] or firm)
        if who is not None:
            speaker_part = f", attributed to {who.name}{note}."
        elif doubted:
            speaker_part = "; " + _uncertain(doubted) + (f"{note}." if note else ".")
        else:
            speaker_part = "; no source names the speaker."
        return result(verdict, words_part + speaker_part, who)
    real = _majority(disagree)
    # the sources disagree while the claimed person's weight is over half the others'
    if agree and len(disagree) < weight:
        return result(
            Verdict.DISPUTED,
            f"{words_part}, but the sources disagree: {len(agree)} name "
            f"{claimed.name}, {len(disagree)} name {real.name if real else 'others'}.",
            real,
        )
    minority = f" ({len(agree)} of {len(named)} name {claimed.name})" if agree else ""
    return result(
        Verdict.MISATTRIBUTED,
        f"{words_part}, but the sources name {real.name if real else 'someone else'} "
        f"as the speaker, not {claimed.name}{minority}.",
        real,
    )


class _Tally(NamedTuple):
    """How the named readings of the evidence stand to the claimed speaker."""

    agree: list[Speaker]  # every reading that names, or may be, the claimed person
    # agree only as uncertain readings: why uncertain, and what names the claimed person
    doubted: list[tuple[Evidence, str, str]]
    described: int  # agree only as a description, in an article that names the claimed
    joint: list[tuple[Evidence, Speaker]]  # the cue names the claimed person beside them
    # the article ties the claimed person to the speaker: whom they speak for, who reports them
    related: list[tuple[Evidence, Speaker, str]]


def _tally(
    named: list[tuple[Evidence, Speaker]],
    claimed: Speaker,
    near: _ArticleNames,
    names_claimed: Callable[[Speaker], bool],
) -> _Tally:
    """:func:`verify`'s vote: which named readings agree with ``claimed``.

    A reading agrees when its name is the claimed person's, when its article prints it
    as a description of them, names them beside it in the cue, or ties them to it;
    an uncertain reading (:func:`_weak_reading`) agrees, as a doubt, when its article
    reads the quote as theirs another way or its own sentence names them. The others
    are against.

    >>> from quoteverify import Corpus
    >>> corpus = Corpus()
    >>> _ = corpus.add("“The pool stays open,” Mayor Ines Berg said.", doc_id="a")
    >>> _ = corpus.add("“The pool stays open,” said Omar Haddad.", doc_id="b")
    >>> named = [(e, e.speaker) for e in (Evidence(quote=q, match=m)
    ...          for q, m in corpus.find("the pool stays open"))]
    >>> berg = Speaker(name="Ines Berg")
    >>> [s.name for s in _tally(named, berg, _ArticleNames(corpus), berg.matches).agree]
    ['Ines Berg']
    """
    agree: list[Speaker] = []
    doubted: list[tuple[Evidence, str, str]] = []
    described = 0
    joint: list[tuple[Evidence, Speaker]] = []
    related: list[tuple[Evidence, Speaker, str]] = []
    for e, s in named:
        if names_claimed(s):
            agree.append(s)
            continue
        if near.prints(e, s, claimed):
            agree.append(s)
            described += 1
            continue
        if near.co_named(e, claimed):
            agree.append(s)
            joint.append((e, s))
            continue
        tie = near.related(e, claimed)
        if tie is not None:
            agree.append(s)
            related.append((e, s, tie))
            continue
        why = _weak_reading(e.quote, s)
        if why is None:
            continue
        if near.considered(e, claimed):
            doubted.append((e, why, f"another reading of that article gives {claimed.name}"))
        elif _read_from_elsewhere(e.quote, s) and near.in_sentence(e, claimed):
            doubted.append((e, why, f"the quote's own sentence names {claimed.name}"))
        else:
            continue
        agree.append(s)
    return _Tally(agree, doubted, described, joint, related)


def _agree_note(
    claimed: Speaker,
    tally: _Tally,
    *,
    n_named: int,
    disagree: list[Speaker],
    apart: list[Speaker],
) -> str:
    """What :func:`verify` adds to a speaker it upholds: the sources that name others,
    other utterances that print the words, a joint cue, a tie in the article.

    >>> ada, ben = Speaker(name="Ada Lind"), Speaker(name="Ben Ortiz")
    >>> _agree_note(ada, _Tally([ada], [], 0, [], []), n_named=2, disagree=[ben], apart=[])
    ' (1 of 2 name Ben Ortiz instead)'
    """
    note = ""
    if disagree:
        others = ", ".join(sorted({s.name for s in disagree}))
        note = f" ({len(disagree)} of {n_named} name {others} instead)"
    if apart:
        others = ", ".join(sorted({s.name for s in apart}))
        note += f" (other quotes, by {others}, print these words too)"
    if tally.joint:
        e, s = tally.joint[0]
        note += f" ({e.doc_id} names {claimed.name} together with {s.name} as its speakers)"
    if tally.related:
        e, s, tie = tally.related[0]
        note += f" ({e.doc_id}: spoken by {s.name}, {tie})"
    return note


def _own_sources(
    support: list[Evidence],
    counted: list[Evidence],
    claim: _Claim,
    names_claimed: Callable[[Speaker], bool],
) -> list[tuple[Evidence, Speaker]]:
    """The sources of ``support`` left out of ``counted`` that firmly name the claimed
    person (a name beside a cue of :data:`WEAK_CUE` or more), hold more than one or two
    of the claim's content words (:meth:`_Claim.weak`) and print every word of the
    claim, none replaced by another word, with at most :data:`_OWN_PUT_IN` words of
    their own among them (not the claim's words scattered through another sentence)."""
    voted = {id(e) for e in counted}
    out = []
    for e in support:
        s = e.speaker
        if id(e) in voted or s is None or s.kind is SpeakerKind.UNKNOWN or claim.weak(e):
            continue
        if not _prints_every_word(e, claim.text) or _words_put_in(e, claim.text) > _OWN_PUT_IN:
            continue
        if any(x.kind is EditKind.SUBSTITUTED for x in e.match.edits):
            continue  # another word in the place of one of the claim's: another sentence
        if names_claimed(s) and _weak_reading(e.quote, s) is None:
            out.append((e, s))
    return out


# Words a source may print inside the claim's words and still be the claimed person's own
# utterance for _own_sources: on PolNeAR train, the source a claim with a function word
# dropped was made from puts in one word 311 times of 312 (h27b-claims).
_OWN_PUT_IN = 2


def _one_utterance(
    named: list[tuple[Evidence, Speaker]],
    firm: list[Speaker],
    against: list[tuple[Evidence, Speaker]],
) -> tuple[list[tuple[Evidence, Speaker]], list[Speaker]]:
    """The sources of ``against`` (naming somebody else) that report the utterance of a
    source firmly naming the claimed person (linked to it: :func:`compare`), and the
    speakers of the others: other utterances that happen to print the claimed words too.

    Common words (*we are going to have to*) are said by many people: a quote of
    another speaker that is no copy or variant of the claimed person's quote says
    nothing about who said that one. At most :data:`_UTTERANCE_LIMIT` quotes a side
    are compared (a source past them is kept as one of the same utterance).
    """
    mine = _distinct_texts(e for e, s in named if any(s is x for x in firm))
    theirs = _distinct_texts(e for e, _ in against)
    other = {t for t in theirs if not any(compare(m, t).linked for m in mine)}
    same = [(e, s) for e, s in against if e.quote.text not in other]
    return same, [s for e, s in against if e.quote.text in other]


_UTTERANCE_LIMIT = 8  # quote texts compared a side, in _one_utterance


def _distinct_texts(evidence: Iterable[Evidence]) -> list[str]:
    """The first :data:`_UTTERANCE_LIMIT` distinct quote texts of ``evidence``."""
    out: dict[str, None] = {}
    for e in evidence:
        out.setdefault(e.quote.text)
        if len(out) == _UTTERANCE_LIMIT:
            break
    return list(out)


def _voters(backing: list[Evidence], claim: _Claim) -> list[Evidence]:
    """The evidence whose speakers count: the sources that print the whole claim
    (``exact`` or ``fragment``) when there are any, else the variants; a one- or
    two-word fragment does not count against a longer claim, unless it is all there is,
    and among variants a source that leaves out some of the claim's words does not
    count against one that prints them all.

    A claim of common words ("we are going to have to") is a variant of many
    quotes; the one that prints it word for word says who spoke. Among variants,
    those that print the claim with the fewest words of their own inside it speak
    (*we need big change* is *we need a big change*, one word put in, rather than a
    quote that prints *we need*, *big* and *change* a sentence apart).
    """
    strong = [e for e in backing if not claim.weak(e)] or backing
    whole = [
        e
        for e in strong
        if e.relation in (Relation.EXACT, Relation.FRAGMENT) and _prints_every_word(e, claim.text)
    ]
    if whole:
        return whole
    # A source that prints every word of the claim outweighs one that prints only part
    # of it (a quote of three of its words inside a claim of five): issue 13.
    strong = [e for e in strong if _prints_every_word(e, claim.text)] or strong
    inside = [_words_put_in(e, claim.text) for e in strong]
    fewest = min(inside)
    return [e for e, n in zip(strong, inside, strict=True) if n == fewest]


def _prints_every_word(e: Evidence, claim: str) -> bool:
    """True when the source prints every word of the claim: no word of the claim (a
    function word, which is no meaning-bearing edit) stands against nothing in the
    source. A quote of two words inside a claim of six is a fragment the other way."""
    claim_is_a = e.match.a == claim
    for x in e.match.edits:
        mine, theirs = (x.a_text, x.b_text) if claim_is_a else (x.b_text, x.a_text)
        if mine.strip() and not theirs.strip():
            return False
    return True


def _words_put_in(e: Evidence, claim: str) -> int:
    """How many words the source prints inside the stretch that holds the claim's words,
    beyond them (words cut at either end are not inside)."""
    claim_is_a = e.match.a == claim
    n = 0
    for x in e.match.edits:
        mine, theirs = (x.a_text, x.b_text) if claim_is_a else (x.b_text, x.a_text)
        if x.kind is not EditKind.TRUNCATED and not mine.strip():
            n += len(theirs.split())
    return n


_DESCRIBED = (SpeakerKind.ANONYMOUS, SpeakerKind.DOCUMENT)


def _describes(s: Speaker) -> bool:
    """True when ``s`` describes its speaker without a name: "the former governor",
    "a spokesman", "the report"."""
    if s.kind in _DESCRIBED:
        return True
    first = s.name.split()[0] if s.name.split() else ""
    return s.kind is SpeakerKind.PERSON and (
        not first[:1].isupper() or first.casefold() in load("determiners")
    )


class _ArticleNames:
    """What a source's own article says about the claimed speaker.

    Only sources that can give an article back (``article(doc_id)``, as a
    :class:`~quoteverify.Corpus` does) are read; for others every test is false.
    """

    def __init__(self, corpus: Sources) -> None:
        self._article_of = getattr(corpus, "article", None)
        self._config = getattr(corpus, "config", None)
        self._texts: dict[str, str | None] = {}
        self._candidates: dict[str, dict[tuple[int, int], list[str]]] = {}

    def _text(self, doc_id: str | None) -> str | None:
        if doc_id is None:
            return None
        if doc_id not in self._texts:
            article_of = self._article_of
            try:
                self._texts[doc_id] = article_of(doc_id).text if callable(article_of) else None
            except (KeyError, LookupError, AttributeError):
                self._texts[doc_id] = None
        return self._texts[doc_id]

    def prints(self, e: Evidence, s: Speaker, claimed: Speaker) -> bool:
        """True when ``s`` describes its speaker without a name ("the former governor")
        and ``e``'s article prints the claimed surname."""
        surname = _surname_of(claimed) if _describes(s) else None
        text = self._text(e.doc_id) if surname else None
        if not text or not surname:
            return False
        return _surname_pattern(surname).search(text) is not None

    def considered(self, e: Evidence, claimed: Speaker) -> bool:
        """True when a rule of the attribution table proposed, for ``e``'s quote in its
        article, a speaker mention that prints the claimed surname (a candidate that
        lost to the rule that fired; :func:`~quoteverify.speakers.rules.candidates`)."""
        surname = _surname_of(claimed)
        text = self._text(e.doc_id) if surname else None
        if not text or not surname or e.doc_id is None:
            return False
        by_span = self._candidates.get(e.doc_id)
        if by_span is None:
            config = self._config if isinstance(self._config, Config) else None
            by_span = self._candidates[e.doc_id] = {
                (q.start, q.end): [c.found.mention.text for c in found if c.found.mention]
                for q, found in candidates(text, config=config)
            }
        pattern = _surname_pattern(surname)
        return any(pattern.search(m) for m in by_span.get((e.quote.start, e.quote.end), ()))

    def co_named(self, e: Evidence, claimed: Speaker) -> bool:
        """True when ``e``'s speaker mention is one of names joined by *and* (*Ana Ruiz and
        Omar Haddad said*, *said Ruiz and Haddad*, *Lee, Ruiz and Haddad wrote:*) and
        another of them is the claimed surname: the cue names both as the speakers."""
        mention = e.quote.speaker_mention
        surname = _surname_of(claimed)
        text = self._text(e.doc_id) if surname and mention is not None else None
        if not text or not surname or mention is None:
            return False
        before, after = _joint_patterns(surname)
        lo = max(0, mention.start - _JOINT_REACH)
        return (
            before.search(text, lo, mention.start) is not None
            or after.match(text, mention.end, mention.end + _JOINT_REACH) is not None
        )

    def in_sentence(self, e: Evidence, claimed: Speaker) -> bool:
        """True when the sentence that holds ``e``'s quote prints the claimed surname
        outside the quote (:func:`_sentence_around`)."""
        surname = _surname_of(claimed)
        text = self._text(e.doc_id) if surname else None
        if not text or not surname:
            return False
        sentence = _sentence_around(text, e.quote.start, e.quote.end)
        return _surname_pattern(surname).search(sentence) is not None

    def related(self, e: Evidence, claimed: Speaker) -> str | None:
        """How ``e``'s article ties the claimed surname to the speaker of its quote, in
        the article's words, or None: the body the speaker speaks for (*Ana Ruiz, a
        spokeswoman for the Harbour Board,*; *Harbour Board spokeswoman Ana Ruiz*), the
        outlet that reports the quote after its cue (*Ruiz said, according to the
        Ledger*), or the speaker of the quote that holds it."""
        surname = _surname_of(claimed)
        text = self._text(e.doc_id) if surname else None
        if not text or not surname:
            return None
        mention = e.quote.speaker_mention
        after, before, reported, ahead = _relation_patterns(surname, heads=_names_body(claimed))
        if mention is not None:
            hi = min(len(text), mention.end + _JOINT_REACH)
            lo = max(0, mention.start - _JOINT_REACH)
            end = mention.end if ahead is not None else mention.start  # see _relation_patterns
            found = after.match(text, mention.end, hi) or before.search(text, lo, end)
            if found is None and ahead is not None:
                found = ahead.search(text, lo, mention.start)
            if found is not None:
                return _flat(found.group("rel"))
        # the outlet, after the cue or after the quote, in the same sentence
        for at in sorted({e.quote.end} | ({mention.end} if mention is not None else set())):
            found = reported.match(text, at, min(len(text), at + _REPORT_REACH))
            if found is not None:
                return _flat(found.group("rel"))
        outer = self._outer(e)
        if outer is not None and outer.speaker is not None and claimed.matches(outer.speaker):
            return f"inside a quote by {outer.speaker.name}"
        return None

    def _outer(self, e: Evidence) -> Quote | None:
        """The quote of ``e``'s article that holds ``e``'s quote, if any."""
        q = e.quote
        article_of = self._article_of
        if q.depth == 0 or e.doc_id is None or not callable(article_of):
            return None
        try:
            quotes = article_of(e.doc_id).quotes
        except (KeyError, LookupError, AttributeError):
            return None
        holding = [o for o in quotes if o.start <= q.start and q.end <= o.end and o.depth < q.depth]
        return max(holding, key=operator.attrgetter("start"), default=None)


_JOINT_REACH = 120  # characters read either side of a speaker mention for the names joined to it
# characters read after a cue or a quote, in its sentence, for the outlet that reports it
_REPORT_REACH = 200
_NAME_WORD = r"(?:\p{Lu}[\w’'.-]*+)"  # a capitalised word or an initial
_GAP = r"[^\S\n]++"  # spaces on one line


@functools.lru_cache(maxsize=256)  # claimed names, asked again in one session
def _joint_patterns(surname: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Two patterns for names joined by *and* to a speaker mention, one of them
    ``surname``: the text right before the mention (``surname``, names after commas,
    *and*, at most two words such as *24-year-old*) and the text right after it (names
    after commas, *and*, at most three name words, ``surname``). A comma before *and*
    only closes a list of three names or more: *Ruiz, and Haddad said* joins two
    clauses. Each part is bounded or possessive, so both run in linear time."""
    s = regex.escape(surname)
    name = rf"{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,3}}"
    joined = rf"(?:(?:,{_GAP}{name}){{1,4}},?)?{_GAP}(?:and|&){_GAP}"
    before = regex.compile(rf"(?<!\w){s}{joined}(?:[\w’'-]++{_GAP}){{0,2}}$")
    after = regex.compile(rf"{joined}(?:{_NAME_WORD}{_GAP}){{0,3}}{s}(?!\w)")
    return before, after


@functools.lru_cache(maxsize=256)  # claimed names, asked again in one session
def _relation_patterns(
    surname: str, *, heads: bool
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str] | None]:
    """Four patterns that tie ``surname`` to a speaker mention, each with a group
    ``rel``: after the mention, a spokesperson noun for a body that ends on it (*, a
    spokeswoman for the Harbour Board*); right before it, the body and the noun
    (*Harbour Board spokeswoman*, *the Board's spokesman*; for a body, the noun may
    stand inside the mention, before the name words it ends on); after the mention or the
    quote, in the same sentence, the outlet that reports the quote (*said on Monday,
    according to the Ledger*, *reports the Ledger*, *the Ledger first reported*); and,
    when ``heads`` (the claimed name is a body's), the head of the body named before
    the mention and set off by a comma (*the leader of the Harbour Board, Ana Ruiz*),
    else None. With ``heads``, the nouns of the first two are a head's too
    (``body_heads``: *Harbour Board executive director Ana Ruiz*).
    Bounded and possessive parts: linear time."""
    s = regex.escape(surname)
    nouns = load("spokesperson_nouns") | (load("body_heads") if heads else frozenset())
    spokes = "|".join(sorted(map(regex.escape, nouns), key=len, reverse=True))
    word = r"[\w’'.&-]++"
    role = "|".join(map(regex.escape, sorted(load("role_prepositions"))))
    # a body's words hold no sentence's end: a full stop only after one or two letters
    # (*U.S.*, *St.*), not after a word (*said on Monday. The Ledger reported*)
    in_body = r"[\w’'&-]++(?:\.[\w’'&-]++)*+\.?+(?<!\w{3}\.)"
    body = rf"(?:{in_body}{_GAP}){{0,5}}{s}(?!\w)"
    # the rest of a body's name after the claimed word, before the role (*the Council
    # on Open Streets executive director*): capitalised words and the words that join
    # the parts of a body's name (``org_connectors``, *the* aside)
    joins = "|".join(map(regex.escape, sorted(load("org_connectors") - {"the"})))
    named = rf"(?:{_GAP}(?:{_NAME_WORD}|{joins})){{0,5}}"
    after = regex.compile(
        rf",?{_GAP}(?P<rel>(?:a|an|the){_GAP}(?:{word}{_GAP}){{0,2}}(?:{spokes})"
        rf"{_GAP}(?:{role}){_GAP}{body})"
    )
    before = regex.compile(
        rf"(?<!\w)(?P<rel>{s}(?:['’]s)?{named}{_GAP}(?:{word}{_GAP}){{0,2}}(?i:{spokes}))"
        # a body's: the mention's own name words end it (a mention may hold the body's
        # name and the noun before the person's name); a person's: the mention starts after it
        + (rf",?(?:{_GAP}{_NAME_WORD}){{1,4}}$" if heads else rf",?{_GAP}$")
    )
    # the head named before the mention, set off by commas: *the leader of the Board, Ana Ruiz*
    ahead = (
        regex.compile(
            rf"(?<!\w)(?P<rel>(?i:a|an|the){_GAP}(?:{word}{_GAP}){{0,2}}(?i:{spokes}){_GAP}"
            rf"(?:{role}){_GAP}{body}),{_GAP}$"
        )
        if heads
        else None
    )
    reported = regex.compile(
        rf"[^\n.!?]{{0,{_REPORT_REACH - 40}}}?(?<!\w)"
        rf"(?P<rel>(?:according{_GAP}to|reports|reported{_GAP}by)"
        rf"{_GAP}{body}|{body}{_GAP}(?:first{_GAP})?reported(?!\w))"
    )
    return after, before, reported, ahead


# The words that end an organisation's name (*League*, *Council*, *Board*, *Inc.*).
_BODY_ENDS = load("org_name_heads") | load("org_suffixes")


def _names_body(s: Speaker) -> bool:
    """True when ``s`` names a body, not a person: an organisation, or a name holding
    a word that ends an organisation's name (:data:`_BODY_ENDS`)."""
    if s.kind is SpeakerKind.ORGANIZATION:
        return True
    return any(w.strip(_EDGE).casefold() in _BODY_ENDS for w in s.name.split())


@functools.lru_cache(maxsize=1024)  # claimed names, asked again in one session
def _surname_pattern(surname: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w){regex.escape(surname)}(?!\w)")


# A cue read at a confidence below this is a weak reading of who spoke (the verb before
# the quote, a turn of dialogue, a quote carried on from a weak one). Read from PolNeAR
# train (gold speech quotes with a named gold speaker): the readings _weak_reading calls
# uncertain name the gold speaker 0.83 of the time (324 quotes: a cue below 0.6, 218 at
# 0.835; a mention that does not print the name, 106 at 0.81), the firm ones 0.97 (4,882).
WEAK_CUE = 0.6


def _weak_reading(q: Quote, s: Speaker) -> str | None:
    """Why ``q``'s speaker ``s`` is an uncertain reading, or ``None`` when it is firm.

    Firm: a cue of confidence :data:`WEAK_CUE` or more whose speaker mention prints a
    word of the speaker's name. Uncertain: no cue, a weaker cue, or a mention that
    does not print the name (a pronoun or a description that attribution took to be
    somebody named elsewhere in the article).
    """
    cue, mention = q.cue, q.speaker_mention
    if cue is None or mention is None:
        return f"nothing beside the quote names {s.name}"
    if cue.confidence < WEAK_CUE:
        return f"{s.name} is read from a weak cue ({cue.rule}, confidence {cue.confidence:.2f})"
    if _read_from_elsewhere(q, s):
        return f"{_flat(mention.text)!r} is taken to be {s.name}"
    return None


def _read_from_elsewhere(q: Quote, s: Speaker) -> bool:
    """True when ``q``'s speaker mention does not print a word of the name of its speaker
    ``s``: a pronoun, a description or *who*, which attribution took to be somebody the
    article names elsewhere."""
    mention = q.speaker_mention
    if mention is None:
        return False
    names = _name_words(s.name)
    return bool(names) and names.isdisjoint(_name_words(mention.text, capitalised=False))


def _cut_at_initial(cut: str, full: str) -> bool:
    """True when ``cut`` is ``full`` cut after a middle initial: the same first words,
    the last of them an initial that ``full`` prints as one, with more of ``full``'s
    name after it (*Ana K* of *Ana K. Ruiz*; not of *Ana Kerr*, where the letter may
    stand for another surname).

    >>> _cut_at_initial("Ana K", "Ana K. Ruiz"), _cut_at_initial("Ana K", "Ana Kerr")
    (True, False)
    """
    short = [w.strip(_EDGE) for w in cut.split()]
    long = [w.strip(_EDGE) for w in full.split()]
    if len(short) < 2 or len(long) <= len(short):
        return False
    last = short[-1]
    if len(last) != 1 or not last.isupper() or long[len(short) - 1] != last:
        return False
    return short[:-1] == long[: len(short) - 1]


def _name_words(name: str, *, capitalised: bool = True) -> set[str]:
    """The words of ``name`` that can name a person (capitalised ones unless told, not
    titles), case set aside."""
    titles = load("titles")
    out = set()
    for tok in name.replace("’", "'").split():
        word = tok.strip(_EDGE).removesuffix("'s")
        keep = len(word) > 1 and (word[:1].isupper() or not capitalised)
        if keep and word.casefold() not in titles:
            out.add(word.casefold())
    return out


def _uncertain(doubted: list[tuple[Evidence, str, str]]) -> str:
    """The explanation's words for sources that agree only as uncertain readings."""
    e, why, other = doubted[0]
    more = f" ({len(doubted) - 1} more alike)" if len(doubted) > 1 else ""
    return f"the speaker is uncertain: in {e.doc_id} {why}{more}, and {other}"


_EDGE = ".,;:()[]\"'“”‘’"


def _surname_of(s: Speaker) -> str | None:
    """The last name word of ``s`` as printed (not a title, not a pronoun: a claim for
    *He* names nobody an article could print), if it has one."""
    titles, pronouns = load("titles"), load("pronouns")
    for tok in reversed(s.name.replace("’", "'").split()):
        word = tok.strip(_EDGE).removesuffix("'s")
        folded = word.casefold()
        if word[:1].isupper() and len(word) > 1 and folded not in titles and folded not in pronouns:
            return word
    return None


class _Terms:
    """The non-speech quotes of a corpus (titles, terms, scare quotes), indexed on first
    use and kept up to date as articles are added; the speech index never holds them."""

    def __init__(self) -> None:
        self.index = QuoteIndex()
        self.quotes: list[Quote] = []
        self.articles = 0  # articles read so far
        self.texts: dict[str, str] = {}  # article text by doc_id, for the sentence test

    def update(self, corpus: object) -> None:
        n = len(corpus)  # type: ignore[arg-type]
        if n <= self.articles:
            return
        for article in itertools.islice(iter(corpus), self.articles, None):  # type: ignore[call-overload]
            if not isinstance(article, Article):
                continue
            for q in article.quotes:
                if not q.is_speech:
                    self.index.add(words(q.text))
                    self.quotes.append(q)
                    if article.doc_id is not None:
                        self.texts[article.doc_id] = article.text
        self.articles = n


_TERMS: weakref.WeakKeyDictionary[object, _Terms] = weakref.WeakKeyDictionary()


def _terms_of(corpus: Sources) -> _Terms | None:
    """The non-speech quotes of ``corpus``, when it is a collection of articles (as a
    :class:`~quoteverify.Corpus` is: sized, and iterating over its articles)."""
    if not (hasattr(corpus, "__len__") and hasattr(corpus, "__iter__")):
        return None
    try:
        terms = _TERMS.get(corpus)
        if terms is None:
            terms = _TERMS[corpus] = _Terms()
    except TypeError:  # cannot be a weak key: nothing to keep the index on
        return None
    terms.update(corpus)
    return terms


def _term_evidence(
    corpus: Sources, text: str, claimed: Speaker | None, exclude_doc: str | None
) -> tuple[Evidence, bool] | None:
    """A non-speech quote that prints every content word of the claim with neutral edits
    only, and whether its sentence names the claimed person; ``None`` when there is no
    such quote, or when a person is claimed and no such quote's sentence names them."""
    terms = _terms_of(corpus)
    if terms is None or not terms.quotes:
        return None
    prepared = _prepared(text)
    comparer = QueryComparer(prepared)
    surname = _surname_of(claimed) if claimed is not None else None
    if claimed is not None and surname is None:
        return None
    for qid in terms.index.candidates(prepared.norms, limit=20):
        q = terms.quotes[qid]
        if exclude_doc is not None and q.doc_id == exclude_doc:
            continue
        e = _new_evidence(quote=q, match=comparer.compare(terms.index.prepared(qid, q.text)))
        if not _supports(e):
            continue
        if surname is None:
            return e, False
        sentence = _sentence_around(terms.texts.get(q.doc_id or "", ""), q.start, q.end)
        if _surname_pattern(surname).search(sentence):
            return e, True
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The rest of the sentence that holds the quote ``text[start:end]``, the quote's own
    words left out (a title that names somebody is not its author): from the sentence
    start to the quote, and from the quote to the sentence end, unless the quote ends
    its sentence itself (*a memo titled "We Will Win."*)."""
    if not text:
        return ""
    # the quote's paragraph, read no further than _PARAGRAPH_REACH either side (a text
    # of one long line would otherwise be read whole for each piece of evidence)
    para_start = paragraph_start(text, start, _PARAGRAPH_REACH) + 1
    ceiling = min(len(text), end + _PARAGRAPH_REACH)
    para_end = text.find("\n", end, ceiling)
    para_end = ceiling if para_end < 0 else para_end
    before = last_sentence_end(text, para_start, start)
    lo = para_start if before is None else before
    if _ENDS_SENTENCE.search(text, start, end):
        return text[lo:start]
    hi = next((at + 1 for at, _ in break_spans(text, end, para_end)), para_end)
    return text[lo:start] + " " + text[end:hi]


_PARAGRAPH_REACH = PARAGRAPH_REACH  # characters read either side of a quote for its sentence

# a quote whose words end on sentence punctuation (before its closing marks)
_ENDS_SENTENCE = regex.compile(r"[.!?][\p{Pf}\p{Pe}\"'’”»]*+$")


def _unsupported(
    strong: list[Evidence], result: Callable[[Verdict, str], Verification]
) -> Verification:
    """The verdict when close sources exist but none prints the claim: altered or partly sourced.

    The nearest source decides: a content word, negation, number, name or modal
    changed makes the claim ``altered``; words it adds that the source does not
    print make it ``partly_sourced``.
    """
    best = strong[0]
    changed = _changed_words(best)
    if changed:
        return result(
            Verdict.ALTERED,
            f"The nearest source ({best.doc_id}) differs in meaning: {'; '.join(changed)}.",
        )
    added = _added_words(best)
    n_docs = len({e.doc_id for e in strong})
    return result(
        Verdict.PARTLY_SOURCED,
        f"Part of the claim is printed in {_sources(n_docs)} ({_describe(strong)}), but no "
        f"source prints {'; '.join(repr(w) for w in added)}.",
    )


def _majority(speakers: list[Speaker]) -> Speaker | None:
    """The speaker the most sources name (names that match count as one)."""
    if not speakers:
        return None
    groups: list[list[Speaker]] = []
    for s in speakers:
        for g in groups:
            # a corpus shares one object per speaker, and a speaker matches itself
            if g[0] is s or g[0].matches(s):
                g.append(s)
                break
        else:
            groups.append([s])
    best = max(groups, key=len)
    # The fullest form of the name: "Vladimir Putin" rather than "Putin".
    return (
        Counter(s for s in best).most_common(1)[0][0]
        if len(best) == 1
        else max(best, key=lambda s: (len(s.name.split()), s.name))
    )


def check(corpus: Sources, article: Article | str) -> list[Verification]:
    """Verify every speech quote of ``article`` against the corpus's *other* articles.

    Each quote is claimed for the speaker the article names; a quote no other
    article prints is ``not_found``: unsourced. Each verification keeps the
    checked quote in ``quote``.

    >>> from quoteverify import Corpus
    >>> corpus = Corpus()
    >>> _ = corpus.add("“The pool stays open,” Mayor Ines Berg said.", doc_id="a")
    >>> new = "Ines Berg said “the pool stays open”. “We hired two lifeguards,” she added."
    >>> [(v.quote.text, v.verdict.value) for v in check(corpus, new)]
    [('the pool stays open', 'exact'), ('We hired two lifeguards,', 'not_found')]
    """
    _check_sources(corpus, "check", "article")
    if isinstance(article, str):
        article = parse(article, "checked")
    elif not isinstance(article, Article):
        hint = ""
        if isinstance(article, (bytes, bytearray, memoryview)):
            hint = ': decode it first, e.g. data.decode("utf-8")'
        raise TextTypeError(f"check() takes an Article or str, not {type(article).__name__}{hint}")
    return [
        verify(corpus, q, speaker=q.speaker, exclude_doc=article.doc_id)
        for q in article.quotes
        if q.is_speech
    ]
