"""Tell speech from non-speech: is a quoted span direct, partial, or neither?

The decision reads the quote's form (length, capitals, closing punctuation)
and a bounded window of context on each side (a cue verb such as *said*, a
colon lead-in, a naming frame such as *dubbed* or *a sign reading*). Each
answer carries a confidence and the reason that decided it.

The conventions are those of the Wikinews gold set: ``direct`` when the quoted
words are the reported content (a sentence of its own, either part of a split
quote, the words after *she said,*, a clause after *saying* or *noting that*);
``partial`` for a fragment inside the narrator's sentence, even a long or
capitalised one, or one that runs on into the narrator's words; ``non_speech``
for titles, names, glosses, nicknames, scare quotes and values in markup. The
word lists are lexicons (``clause_verbs``, ``clause_subjects``, ``naming_verbs``,
``naming_frames``, ``connectives``, ``title_leads``, ``chant_nouns``,
``term_copulas``, ``carrier_nouns``).

>>> from quoteverify import extract_quotes
>>> [(q.text, q.kind.value) for q in extract_quotes(
...     'She called the plan "a disaster" at a rally under a banner reading "Vote".')]
[('a disaster', 'partial'), ('Vote', 'non_speech')]
>>> [q.kind.value for q in extract_quotes('"We lost," he said, "and we know why."')]
['direct', 'direct']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from ..lexicons import load, select
from ..model import Quote, QuoteKind
from .layer import BEYOND_PUNCTUATION, DIGIT, LETTER, beyond_ascii
from .marks import CLOSERS, DOUBLE_OR_SINGLE, OPENERS, Weight, char_class, mark_chars
from .paragraphs import ParagraphCursor
from .sentences import (
    _END_REACH,
    StopIndex,
    break_spans,
    ends_sentence,
    last_break_end,
    stops_of,
)

__all__ = [
    "classify",
    "classify_all",
    "fragment_in_quote",
    "inside_a_name",
    "names_not_speech",
    "nested_fragment",
]

_WINDOW = 160  # characters of context read on each side
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# _WORD where every letter and digit is ASCII (’ may be the closing single mark)
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_NON_ASCII_WORD_CHAR = regex.compile(beyond_ascii(LETTER, DIGIT), regex.V1)
# Up to three words, each followed by spaces or commas, that end the text. Matched
# from the end ("(?r)"): the same longest suffix as a forward search, without trying
# every start position (tests/test_kinds.py checks the two agree).
_TRAILING_WORDS = regex.compile(r"(?r)((?:[\p{L}\p{N}][\p{L}\p{N}'’\-]*[\s,]++){0,3})$")
_TERMINAL = frozenset(".!?,…—–-:;")
# "Peskov: talks 'too early'" -- a headline that names its speaker before a colon.
# Read only at the text's start, its headline (_headline_names). (Measured on
# PolNeAR train at stop 30: reading it at every paragraph's start changes one quote,
# a term in a transcript's "A: ..." answer, from non-speech to partial, for the worse.)
_NAME_COLON = regex.compile(r"(?:\p{Lu}[\p{L}.'’\-]*\s+){0,2}\p{Lu}[\p{L}.'’\-]*:\s")


def _headline_names(text: str, start: int, end: int) -> bool:
    """True when the paragraph at ``start`` is the text's first and opens with a
    name and a colon, read up to ``end`` (*Peskov: talks 'too early'*).

    >>> _headline_names("Ruiz: 'no deal'", 0, 15), _headline_names("x\\nRuiz: 'no'", 2, 12)
    (True, False)
    """
    return start == 0 and _NAME_COLON.match(text, 0, end) is not None


# 'Mary "Mo" Jones': a nickname between a given name and a surname.
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]*+[ \u00a0]$")
# (Not in a title-case headline: 'Roe Calls ‘Mocking’ Reed Camp'.)
_NAME_AFTER = regex.compile(
    r"[ \u00a0]\p{Lu}[\p{L}'’\-]*+(?![\p{L}\p{N}])(?![ \u00a0]*+[\p{Lu}\p{N}])"
)
NICKNAME = "a nickname inside a name"
MARKUP = 'a value in markup (name="...")'
# What spans.py writes before the reason a quote takes from the one it is joined to.
JOINED = "joined to the quote before it: "
# ... and before the reason of the title or name a quote is nested in.
INSIDE = "inside a name or title: "
TERM_SUBJECT = "a term or title as the subject of its sentence"
SHORT_NAME = "a short capitalised name or title with no speech cue"
SCARE_QUOTE = "a short fragment with no speech cue (a scare quote)"
CUE_CLOSES = "a short fragment in a sentence that a speech cue closes"
RUNS_ON_AFTER_CUE = "a quote after a speech cue that runs on into the narrator's sentence"
VOICED_INSIDE = "words voiced inside a quote, after a speech cue or a quotative and a comma"
SENTENCE_INSIDE = "a whole sentence quoted inside a quote, with no speech cue of its own"
# Reasons that say, whole, that nobody said the span: a nickname, a value in
# markup, a term or a title that its sentence is about.
BY_AUTHOR = "a work or headline followed by its author ('by ...')"
NAME_OPENS = "a name used as a modifier, opening its sentence"
VALUE_PAIR = 'one of two values a change runs between (to "..." from "...")'
MEASURE_NAME = "a name that holds its kind of thing (a bill, a plan, an operation)"
NAME_OF_THING = "a quoted name standing where a noun phrase's head stands (after 'the', 'its' ...)"
MADE_PUBLIC = "a title set off by a comma before a participle of its publishing"
_UNSAID = frozenset(
    {
        NICKNAME,
        MARKUP,
        TERM_SUBJECT,
        BY_AUTHOR,
        NAME_OPENS,
        VALUE_PAIR,
        MEASURE_NAME,
        MADE_PUBLIC,
        NAME_OF_THING,
    }
)
# The reasons that say a span names something rather than reports words: a
# naming frame (*dubbed*, *a sign reading*), a title (*on NBC's "..."*), a
# nickname. Attribution gives such spans no speaker.
_FRAMED = "named by the frame"
_TITLED = "a title after"
_NAME_USED = "a name used as a modifier, after"
_PRODUCT_NAMED = "the name of a product before"
_PRODUCT_NAMED_AFTER = "the name of a product after"
_SLOGAN = "a slogan printed on"
_TITLE_NAMED = "a title that a noun after it names"
# The last phrase before a comma: after the previous comma, colon, dash, bracket or quote mark.
# (A comma between two digits, as in *2,000*, separates nothing.)
_LAST_PHRASE = regex.compile(
    r"(?<!\p{N}),|,(?!\p{N})"
    rf"|[;:—–({char_class(mark_chars(weights=frozenset({Weight.DOUBLE})))}]"
    r"|''|(?<![\p{L}])'|'(?![\p{L}])|’(?![\p{L}])"
)
# The same separators matched from the end ("(?r)"): the last one, without splitting
# the whole lead (see _last_phrase).
_LAST_PHRASE_R = regex.compile("(?r)" + _LAST_PHRASE.pattern)
_LAST_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+$")
# The characters of ASCII but letters and digits that may end a text where _LAST_WORD
# matches (a word may end with ' . -, and "$" matches before a final newline).
_ASCII_WORD_END = frozenset("'.-\n")
_POSSESSIVE = regex.compile(r"\p{L}(?:['’][sS]|[sS]['’])$")
_CLOSERS = tuple(CLOSERS)
_CLOSER_CHARS = "".join(CLOSERS)
_OPENERS = frozenset(OPENERS)
_CONTRACTION = regex.compile(r"['’](?:s|re|ve|ll|d|m|t)$")


def names_not_speech(reason: str) -> bool:
    """True when a ``kind_reason`` from :func:`classify` says the span is a name.

    Titles, nicknames and spans in a naming frame are nobody's words, however
    close a speech cue stands.

    >>> names_not_speech("a title after 'on'"), names_not_speech("a sentence of its own")
    (True, False)

    A span joined to such a one (*"Salt" and "Stone"*) takes its reason, and a
    value in markup is nobody's words either:

    >>> names_not_speech(JOINED + "a title after 'on'"), names_not_speech(MARKUP)
    (True, True)
    """
    reason = reason.removeprefix(JOINED).removeprefix(INSIDE)
    return reason in _UNSAID or reason.startswith(
        (_FRAMED, _TITLED, _SLOGAN, _TITLE_NAMED, _PRODUCT_NAMED, _PRODUCT_NAMED_AFTER)
    )


def names_by_form(reason: str) -> bool:
    """True when a ``kind_reason`` calls the span a name: :func:`names_not_speech`, or
    a short capitalised name or title that no speech cue stands beside.

    >>> names_by_form(SHORT_NAME), names_by_form("named by the frame 'titled'")
    (True, True)
    >>> names_by_form(SCARE_QUOTE)
    False
    """
    return reason.removeprefix(JOINED) == SHORT_NAME or names_not_speech(reason)


def inside_a_name(parent_kind: QuoteKind, parent_reason: str) -> bool:
    """True when a quote nested in a quote of this kind and reason is part of a name
    (*the film "The 'Best' Years"*): the inner quote is no more said than the title.

    >>> inside_a_name(QuoteKind.NON_SPEECH, "a title after 'on'")
    True
    >>> inside_a_name(QuoteKind.DIRECT, "a sentence of its own")
    False
    """
    return parent_kind is QuoteKind.NON_SPEECH and names_not_speech(parent_reason)


# A fragment nested in a quote that no cue inside that quote attributes.
NESTED_TERM = "a fragment inside a quote, with no cue of its own (a term, title or scare quote)"
_NESTED_MOST = 4  # words at most in such a fragment
# Pronouns that point at a speaker or a listener (first and second person, any
# case) or at somebody acted on (object case): words that hold one are said.
_PERSONAL = (
    select("pronouns", person="1")
    | select("pronouns", person="2")
    | select("pronouns", case="object")
)


# The subject pronouns a speaker says of themselves (*I*, *we*): lower-case words
# framed as a name or a term that hold one are somebody's words.
_SPEAKERS_SELF = select("pronouns", person="1", case="subject")

# The two reasons of a fragment left partial, read again once attribution is done.
FRAGMENT_CUED = "a fragment in a sentence with a speech cue"
FRAGMENT_UNCUED = "a fragment with no speech cue nearby"
# A short capitalised fragment of the two that no row of attribution gave a speaker.
UNATTRIBUTED_NAME = "a capitalised fragment of one or two words that no cue attributes (a name)"
_UNATTRIBUTED_MOST = 2  # words at most in such a fragment
_CUE_AFTER_REACH = 40  # characters after it read for a speech verb


def unattributed_name(kind: QuoteKind, reason: str, content: str, text: str, end: int) -> bool:
    """True when a quote that ``classify`` left a fragment (``kind`` and ``reason``)
    is one or two words opening with a capital, for a quote attribution gave no
    speaker: a name, a title or a term (*a ban on "Green Belt" homes*, *the "Iron
    Lady"*), which Wikinews' conventions call non-speech. A capitalised fragment
    with a speaker, one of three words or more, or one that a speech verb follows
    (in the first words of ``text`` after ``end``, its closing mark: *"Never Again"
    chanted the crowd*) stays partial.

    >>> unattributed_name(QuoteKind.PARTIAL, FRAGMENT_UNCUED, "Green Belt", " homes", 0)
    True
    >>> unattributed_name(QuoteKind.PARTIAL, FRAGMENT_CUED, "green belt", " homes", 0)
    False
    >>> unattributed_name(QuoteKind.PARTIAL, FRAGMENT_CUED, "Not On My Watch", "", 0)
    False
    >>> unattributed_name(QuoteKind.PARTIAL, FRAGMENT_CUED, "No Way", " chanted the crowd", 0)
    False
    """
    return (
        kind is QuoteKind.PARTIAL
        and reason in (FRAGMENT_CUED, FRAGMENT_UNCUED)
        and content[:1].isupper()
        and len(content.split()) <= _UNATTRIBUTED_MOST
        and not _has_cue(_words(text[end : end + _CUE_AFTER_REACH])[:2])
    )


# How far before and after a nested quote nested_fragment reads its outer quote's words.
_FRAGMENT_REACH = 40


def nested_fragment(content: str, lead: str, tail: str) -> bool:
    """True when the words ``content`` of a quote nested in another are a fragment:
    at most four words, no stop, question or exclamation mark at their end, and no
    clause (no subject and finite verb) and no pronoun of a speaker, a listener or
    an object (*me*, *you*, *her*), and no speech cue among the last three words of
    ``lead`` (the outer quote's words before it) unless a determiner ends them. An
    outer quote with no word but the fragment's (``lead`` and ``tail``, its words
    after the fragment, hold none) reports the fragment as said: *"'Salt Roads,'"
    she answered*.

    Such a span inside somebody's quote (*"We were told the 'temporary' closure
    would last a week," Roe said*) is a word the speaker marks, not words somebody
    else said, unless a cue inside the quote gives it a speaker of its own (*"He
    called it 'a farce,'" Roe said*). Whole sentences nested in a quote are
    remembered speech (*"I heard 'Go home!' from the back," Roe said*).

    >>> nested_fragment("temporary", "We were told the ", " closure would last")
    True
    >>> nested_fragment("Blue Monday,", "I was listening to ", " when it rang")
    True
    >>> nested_fragment("Go home!", "a man yelled ", ""), nested_fragment("no way,", "I said ", "")
    (False, False)
    >>> nested_fragment("Lock her up", "I heard ", ""), nested_fragment("Salt Roads,", "", "")
    (False, False)
    """
    content = content.strip()
    if not content or (content[-1] in ".!?…" and not _outer_stop(content, tail)):
        return False
    words = _words(content)
    if not 0 < len(words) <= _NESTED_MOST or _is_clause(words):
        return False
    before = _words(lead[-_FRAGMENT_REACH:])[-3:]
    if not before and not _words(tail[:_FRAGMENT_REACH]):
        return False  # the outer quote is the fragment and nothing else
    if not _PERSONAL.isdisjoint(words):
        return False  # 'Lock her up', 'Spare me': somebody's words to somebody
    if _after_determiner(before):
        return True  # 'told the "temporary" closure': a word in the outer speaker's phrase
    return not _has_cue(before)  # 'I said "no way"', 'to say it is "fine"'


def _outer_stop(content: str, tail: str) -> bool:
    """True when the one stop or question mark that ends ``content`` (a quote nested
    in another) is the outer quote's, printed inside the inner marks by house style:
    no word of the outer quote follows (``tail``) and no other sentence punctuation
    stands inside (*"... was listed as a 'main sponsor.'"*, *"... or only 'careless?'"*).
    An exclamation mark is the inner words' own.

    >>> _outer_stop("main sponsor.", ""), _outer_stop("main sponsor.", " I think")
    (True, False)
    >>> _outer_stop("Go home!", ""), _outer_stop("No. Never.", "")
    (False, False)
    """
    return (
        content[-1] in ".?"
        and not any(c in ".!?…" for c in content[:-1])
        and not _words(tail[:_FRAGMENT_REACH])
    )


def fragment_in_quote(text: str, q: Quote, outer: Quote) -> str | None:
    """:func:`nested_fragment` for the quote ``q`` of ``text``, nested in ``outer``:
    None when it is not one, else what may still give it a speaker: ``"inside"``, a
    cue inside ``outer`` (*"He called the plan 'a farce'"*), or ``"none"`` when a
    determiner stands right before it (*"They told us the 'review' was over"*: a
    word in the outer speaker's noun phrase, whatever verb the sentence holds)."""
    # nested_fragment reads the last _FRAGMENT_REACH characters of the lead and the
    # first of the tail, no more: a quote nested late in a long outer quote copies
    # those, not the outer quote's words from its start (quadratic in a quote left
    # open before many quoted phrases).
    lead = text[max(outer.start, q.outer_start - _FRAGMENT_REACH) : q.outer_start]
    tail = text[q.outer_end : min(outer.end, q.outer_end + _FRAGMENT_REACH)]
    if not nested_fragment(q.text, lead, tail):
        return None
    return "none" if _after_determiner(_words(lead[-20:])) else "inside"


def _quotative_lead(lead: str, words_of: Callable[[str], list[str]]) -> bool:
    """True when ``lead`` ends with a quotative word and a comma (*he's like,*;
    ``lexicons/quotatives.txt``): what follows is voiced for somebody.

    >>> _quotative_lead("and he's like,", _words), _quotative_lead("things I like", _words)
    (True, False)
    """
    if not lead.endswith(","):
        return False
    last = words_of(lead[-20:-1])[-1:]
    return bool(last) and last[0] in load("quotatives")


def _voiced_inside(
    lead: str, lead_kind: str | None, *, words_of: Callable[[str], list[str]]
) -> bool:
    """True when a quote nested in another stands right after a speech cue and a
    comma (:func:`_reporting_lead`'s ``"comma"``) or a quotative and a comma
    (:func:`_quotative_lead`)."""
    return lead_kind == "comma" or _quotative_lead(lead, words_of)


def _sentence_inside(content: str, words: list[str], last_char: str) -> bool:
    """True when the words of a nested quote are a sentence of their own: a capital,
    three words or more, a stop or a comma at the end, and a clause (a subject and a
    verb) or a question or an order (a capitalised verb first: *Don't go, please,*);
    not title-cased with three capitals or more, as a headline or a show's name is
    (*Who Wants to Be Rich?*).

    >>> _sentence_inside("Who is at the door?", ["who", "is", "at", "the", "door"], "?")
    True
    >>> _sentence_inside("Don't wait for me,", ["don't", "wait", "for", "me"], ",")
    True
    >>> _sentence_inside("The Long Road Home.", ["the", "long", "road", "home"], ".")
    False
    >>> _sentence_inside("who let you in?", ["who", "let", "you", "in"], "?")
    False
    >>> _sentence_inside("Can You Beat the Clock?", ["can", "you", "beat", "the", "clock"], "?")
    False
    >>> _sentence_inside("I'm with her,", ["i'm", "with", "her"], ",")
    True
    """
    return (
        content[:1].isupper()
        and len(words) >= 3
        and last_char in _TERMINAL
        and (_is_clause(words) or words[0].replace("’", "'") in load("clause_verbs"))
        and not (_title_cased(content) and sum(w[:1].isupper() for w in _cased_words(content)) > 2)
    )


def _after_determiner(before: list[str]) -> bool:
    """True when the last of ``before`` is a determiner of a noun phrase (*the*,
    *their*), not *that* opening a clause (*told us that "..."* reports it)."""
    return (
        bool(before)
        and before[-1] in load("descriptor_articles")
        and before[-1] not in load("complementizers")
    )


def _words(s: str) -> list[str]:
    """The words of ``s``, lower-cased.

    Where every letter and digit of ``s`` is ASCII (quote marks, dashes and other
    non-word characters may be anything), the words are found by ``re``, which is
    several times faster than ``regex`` at many short matches, with the same result.

    >>> _words("Ana's plan—“Go”, 2 x-rays"), _words("Ana’s plan")
    (["ana's", 'plan', 'go', '2', 'x-rays'], ['ana’s', 'plan'])
    """
    if s.isascii():
        return _ASCII_WORD.findall(s.lower())
    if BEYOND_PUNCTUATION.search(s) is None or _NON_ASCII_WORD_CHAR.search(s) is None:
        return [w.lower() for w in _ASCII_WORD.findall(s)]
    return [w.lower() for w in _WORD.findall(s)]


def _plain_words(s: str) -> list[str]:
    """:func:`_words` for a string with no letter or digit outside ASCII.

    Lower-casing such a string turns no character into a word character or out of
    one (``tests/test_kinds.py`` checks every code point), so its words are found
    in one ``re`` call.

    >>> _plain_words("“Go”, 2 X-rays") == _words("“Go”, 2 X-rays")
    True
    """
    return _ASCII_WORD.findall(s.lower())


def _cased_words(s: str) -> list[str]:
    """``_WORD.findall(s)``: the words of ``s`` as printed, found by ``re`` when ``s``
    is ASCII (the same words: ``tests/test_kinds.py``).

    >>> _cased_words("Low Tide's 2 x-rays"), _cased_words("Zoë’s Café")
    (['Low', "Tide's", '2', 'x-rays'], ['Zoë’s', 'Café'])
    """
    return _ASCII_WORD.findall(s) if s.isascii() else _WORD.findall(s)


@functools.cache
def _cue_index() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Single-word cues, and multi-word cues keyed by their first word."""
    single = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for cue in load("cue_verbs") | load("speech_nouns"):
        words = tuple(cue.split())
        if len(words) == 1:
            single.add(cue)
        else:
            multi.setdefault(words[0], []).append(words[1:])
    return frozenset(single), {k: tuple(v) for k, v in multi.items()}


def _has_cue(words: list[str]) -> bool:
    """True when a cue (one word, or several in a row) is among ``words``.

    Two set tests answer most calls: no word is a cue, and none begins a multi-word one.
    """
    single, multi = _cue_index()
    if not single.isdisjoint(words):
        return True
    if multi.keys().isdisjoint(words):
        return False
    for i, w in enumerate(words):
        for rest in multi.get(w, ()):
            if tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
                return True
    return False


def _frame_before(before: str, *, words_of: Callable[[str], list[str]] = _words) -> str | None:
    """The naming frame ending right before the quote, if any ("dubbed", "a sign reading")."""
    m = _TRAILING_WORDS.search(before[-60:])
    if m is None:
        return None
    return _frame_ending(words_of(m.group(1)))


def _frame_ending(words: list[str]) -> str | None:
    """The naming frame (``naming_frames``) that the words end with, if any."""
    frames = load("naming_frames")
    for size in (3, 2, 1):
        if len(words) >= size:
            tail = " ".join(words[-size:])
            if tail in frames:
                return tail
    return None


def _names_document(words: list[str]) -> bool:
    """True when a written source (``lexicons/document_nouns.txt``) stands among
    ``words``, the sentence's last words before a frame such as *read*."""
    nouns = load("document_nouns")
    return any(w in nouns for w in words)


# Up to four words, each followed by spaces, that end the text ("(?r)": from the end).
_TRAILING_PLAIN = regex.compile(r"(?r)((?:[\p{L}\p{N}][\p{L}\p{N}'’\-]*[ \u00a0]++){1,4})$")


@functools.lru_cache(maxsize=16)
def _trailing_run(tail: str) -> str | None:
    """The last one to four plain words of ``tail``, each followed by spaces, or
    None. Cached: a quote's naming rules each ask it of the same text.

    >>> _trailing_run("fans call him the "), _trailing_run("it was (")
    ('fans call him the ', None)
    """
    m = _TRAILING_PLAIN.search(tail)
    return None if m is None else m.group(1)


def _short_name(content: str, words: list[str], *, most: int = 6) -> bool:
    """True when the quoted string is short enough to be a name, a label or a term:
    one to ``most`` words, not ending in sentence punctuation.

    >>> _short_name("Salt Roads", ["salt", "roads"]), _short_name("We won.", ["we", "won"])
    (True, False)
    """
    return 1 <= len(words) <= most and bool(content) and content[-1] not in _TERMINAL


def _frame_then_determiner(
    before: str, content: str, words: list[str], *, words_of: Callable[[str], list[str]] = _words
) -> str | None:
    """A naming frame, then a determiner, right before a short quote (*known as the
    "..."*, *dubbed a "..."*): the frame of :func:`_frame_before` with the article
    of the noun phrase that the quoted name heads.

    >>> _frame_then_determiner("a pier known as the ", "Long Finger", ["long", "finger"])
    'known as'
    >>> _frame_then_determiner("a pier near the ", "Long Finger", ["long", "finger"])
    """
    if not _short_name(content, words):
        return None
    run = _trailing_run(before[-60:])
    if run is None:
        return None
    lead = words_of(run)
    if len(lead) < 2 or lead[-1] not in load("determiners"):
        return None
    return _frame_ending(lead[:-1])


def _object_phrase(tokens: list[str]) -> bool:
    """True when ``tokens`` (as printed) read as the object a name is given to: a
    pronoun (*it*, *him*), a determiner and up to two words (*the plan*), or a
    capitalised name of up to three words (*Ana Ruiz*).

    >>> _object_phrase(["it"]), _object_phrase(["the", "new", "pier"])
    (True, True)
    >>> _object_phrase(["Ana", "Ruiz"])
    True
    >>> _object_phrase(["quickly"]), _object_phrase(["them", "a"])
    (False, False)
    """
    low = [t.lower() for t in tokens]
    if len(low) == 1 and (
        low[0] in select("pronouns", case="object")
        or low[0] in select("pronouns", case="demonstrative")
        or low[0] in select("pronouns", case="subject", gender="neuter")  # it
    ):
        return True
    if low[0] in load("determiners") and len(low) >= 2 and low[-1] not in load("determiners"):
        return True
    return all(t[:1].isupper() for t in tokens) and low[0] not in load("stopwords")


def _renamed_by(
    lead: str, content: str, words: list[str], *, past_stop: bool = False
) -> str | None:
    """The verb that gives its object the quoted name (*fans dubbed him "..."*), if any.

    ``renaming_verbs``: the verb, then its object (:func:`_object_phrase`), then a
    short quoted string; after *called* or *named* only a title-cased name counts
    (*called it "a disaster"* is a partial quote: what somebody said of it), and
    none when the narrator's stop was printed inside the marks (``past_stop``:
    *called Ruiz "The Best Mayor in Years."* is still somebody's verdict).

    >>> _renamed_by("Fans soon dubbed him ", "the Tide", ["the", "tide"])
    'dubbed'
    >>> _renamed_by("Locals dubbed the storm a ", "grey wall", ["grey", "wall"])
    'dubbed'
    >>> _renamed_by("Roe called the plan ", "a disaster", ["a", "disaster"])
    >>> _renamed_by("Roe called the plan ", "Project Driftwood", ["project", "driftwood"])
    'called'
    """
    if not _short_name(content, words):
        return None
    run = _trailing_run(lead[-60:])
    if run is None:
        return None
    tokens: list[str] = _cased_words(run)
    printed = len(tokens)
    if len(tokens) > 2 and tokens[-1].lower() in load("determiners"):
        tokens = tokens[:-1]  # 'dubbed the storm a "..."': the name's own article
    verbs = load("renaming_verbs")
    for k in range(min(3, len(tokens) - 1), 0, -1):
        verb = tokens[-k - 1].lower()
        if verb in verbs and _object_phrase(tokens[-k:]):
            if (
                verb in select("renaming_verbs", title=True)
                and (past_stop or not _named(content))
                and not _as_a_habit(lead, printed - len(tokens) + k + 1)
            ):
                return None
            return verb
    return None


def _as_a_habit(lead: str, back: int) -> bool:
    """True when the two words before the last ``back`` words of ``lead`` say that
    people now use a name as a habit (``habit_leads``: *have taken to calling the
    lanes "..."*, *have come to call the bridge "..."*): a name that a group gives,
    not one speaker's verdict, whatever its case or the stop inside the marks.

    >>> _as_a_habit("Fans have taken to calling the lanes ", 3)
    True
    >>> _as_a_habit("Roe was quick to call the lanes ", 3)
    False
    """
    words = _words(lead[-80:])
    if len(words) < back + 2:
        return False
    return " ".join(words[-back - 2 : -back]) in load("habit_leads")


def _noun_then_called(lead: str, content: str, words: list[str], after: str = "") -> str | None:
    """*called* or *named* after a noun, before a title-cased name (*a ferry called
    "Sea Lark"*, *a group named "Friends of the Pier"*) or a short term
    (:func:`_term_after_called`): the name of that thing.

    The noun may stand before a comma that sets the participle off (*the plan,
    called "Drive Home",*).

    >>> _noun_then_called("they sailed a ferry called ", "Sea Lark", ["sea", "lark"])
    'called'
    >>> _noun_then_called("The new ferry, named ", "Sea Lark", ["sea", "lark"])
    'named'
    >>> _noun_then_called("the show adds a round called the ", "Quick Bake", ["quick", "bake"])
    'called'
    >>> _noun_then_called("what she called ", "Sea Lark", ["sea", "lark"])
    >>> _noun_then_called("what the firm calls ", "soft power", ["soft", "power"])
    """
    titled = _short_name(content, words, most=8) and _named(content)
    if not titled and not _term_after_called(content, words, after):
        return None
    tail = lead[-60:]
    run = _trailing_run(tail)
    if run is None:
        return None
    tokens: list[str] = _cased_words(run)
    if titled and len(tokens) > 2 and tokens[-1].lower() in load("determiners"):
        tokens = tokens[:-1]  # 'a boat called the "Sea Lark"': the name's own article
    if len(tokens) == 1 and titled:
        # 'The plan, called "Drive Home",': the noun before the comma.
        head = tail[: len(tail) - len(run)]
        if head.endswith(", "):
            noun_run = _trailing_run(head[:-2] + " ")
            tokens = [*(_cased_words(noun_run)[-1:] if noun_run else []), *tokens]
    verb = tokens[-1]
    if len(tokens) < 2 or verb not in select("renaming_verbs", title=True):
        return None
    if not verb.endswith("ed"):
        return None  # 'what her firm calls "..."': a finite verb, its subject before it
    noun = tokens[-2]
    if not noun.islower() or noun.endswith("ly") or _CONTRACTION.search(noun):
        return None
    if any(
        noun in load(name)
        for name in (
            "stopwords",
            "clause_verbs",
            "auxiliaries",
            "modals",
            "clause_subjects",
            "attribution_fillers",  # 'is often called': an adverb, not a noun
        )
    ) or noun in select("pronouns", case="object"):
        return None
    return verb


_BY = regex.compile(r"[\s,]*+by\b", regex.IGNORECASE)


def _term_after_called(content: str, words: list[str], after: str) -> bool:
    """True when a quote after *called* or *named* is a short term in lower case
    (*a tactic called "slow walking"*): one to three words, not followed by *by*
    (*a move called "reckless" by critics* is what the critics said).

    >>> _term_after_called("slow walking", ["slow", "walking"], " in the press.")
    True
    >>> _term_after_called("reckless", ["reckless"], " by critics.")
    False
    """
    return (
        _short_name(content, words, most=3)
        and not content[:1].isupper()
        and _BY.match(after) is None
    )


def _passive_naming(lead: str, content: str, words: list[str]) -> str | None:
    """A renaming verb in the passive right before a short quote (*the pier is
    called "Long Finger"*, *the ferry was named "Sea Lark"*): a name the text
    gives, said by nobody in particular. After *called* or *named* only a
    title-cased name counts (*was called "a disgrace"* reports a verdict).

    >>> _passive_naming("The old pier is often called ", "Long Finger", ["long", "finger"])
    'called'
    >>> _passive_naming("The ruling was called ", "a disgrace", ["a", "disgrace"])
    """
    if not _short_name(content, words):
        return None
    run = _trailing_run(lead[-60:])
    if run is None:
        return None
    tokens = [str(t).lower() for t in _cased_words(run)]
    if len(tokens) < 2 or tokens[-1] not in load("renaming_verbs"):
        return None
    aux = tokens[-2] if tokens[-2] in load("passive_auxiliaries") or len(tokens) < 3 else tokens[-3]
    if aux not in load("passive_auxiliaries"):
        return None
    if aux != tokens[-2] and not (
        tokens[-2].endswith("ly") or tokens[-2] in load("attribution_fillers")
    ):
        return None  # one adverb may stand between: 'is often called'
    if tokens[-1] in select("renaming_verbs", title=True) and not _named(content):
        return None
    return tokens[-1]


def _naming_noun(lead: str, content: str, words: list[str]) -> str | None:
    """A noun that cites the short quote after it as a word or a name
    (``naming_nouns``: *the Spanish word "..."*, *a new term "..."*), if any.

    >>> _naming_noun("the old Cornish word ", "porth", ["porth"])
    'word'
    >>> _naming_noun("Ruiz coined a new term ", "pier creep", ["pier", "creep"])
    'term'
    >>> _naming_noun("her words ", "we will win", ["we", "will", "win"])
    """
    if not _short_name(content, words):
        return None
    m = _LAST_WORD.search(lead.rstrip()[-30:])
    if m is None or not lead[-1:].isspace() or m.group(0).lower() not in load("naming_nouns"):
        return None
    return m.group(0).lower()


# A short string in quote marks, then the narrator's comma, ending the text: the word
# or name a gloss verb after it explains (at most 40 characters, no stop inside).
_CITED_BEFORE = regex.compile(
    rf"[{char_class(OPENERS)}][^.!?;:\n{char_class(OPENERS)}]{{1,40}}+"
    rf"[{char_class(CLOSERS)}][ \u00a0]*+,?$"
)


_GLOSS = "the sense of a word cited before it"
_GLOSS_VERBS = load("gloss_verbs")
_GLOSS_ENDS = tuple(sorted(_GLOSS_VERBS))


def _gloss(lead: str, content: str, words: list[str]) -> str | None:
    """A verb that gives the sense of the word or name cited right before it
    (``gloss_verbs``), if the short quote after it is that sense: the word is in
    quote marks itself or a naming noun (``naming_nouns``) stands among the eight
    words before the verb, and no speech cue stands there.

    >>> _gloss('In Welsh, the name "Aber Du," means ', "black estuary.", ["black", "estuary"])
    'means'
    >>> _gloss("The word Lammas, from Old English, means ", "loaf mass", ["loaf", "mass"])
    'means'
    >>> _gloss("Ruiz said the name change means ", "a fresh start", ["a", "fresh", "start"])
    """
    rest = lead.rstrip()
    if not rest.endswith(_GLOSS_ENDS):
        return None  # (most quotes: one test, before the words are read)
    m = _LAST_WORD.search(rest[-30:])
    if m is None or not lead[-1:].isspace() or m.group(0) not in _GLOSS_VERBS:
        return None
    if content[-1:] in _INSIDE_PUNCTUATION:
        content = content[:-1]  # the narrator's comma or stop printed inside the marks
    if not _short_name(content, words):
        return None
    before = rest[: len(rest) - len(m.group(0))].rstrip()
    near = _words(before[-80:])[-8:]
    if _has_cue(near):
        return None  # 'Ruiz said "we lost," meant "..."': her words, glossed by her
    if _CITED_BEFORE.search(before[-48:]) is None and load("naming_nouns").isdisjoint(near):
        return None
    return m.group(0).lower()


def _noun_then_copula(lead: str, content: str, words: list[str]) -> str | None:
    """A noun citing a word or a name, then a copula, before a short quote (*a group
    whose motto is "..."*, *the new name was "..."*): the word or name it is.

    >>> _noun_then_copula("a group whose motto is ", "Never Give Up", ["never", "give", "up"])
    'motto'
    >>> _noun_then_copula("the problem is ", "cost", ["cost"])
    """
    rest = lead.rstrip()
    m = _LAST_WORD.search(rest[-30:])
    if m is None or not lead[-1:].isspace():
        return None
    if m.group(0).lower() not in load("passive_auxiliaries"):  # the forms of *be*
        return None
    return _naming_noun(rest[: len(rest) - len(m.group(0))], content, words)


def _title_after_noun(lead: str, content: str, words: list[str]) -> str | None:
    """A noun that a title-cased quote right after it is the title of (``title_nouns``:
    *the report "Water for All"*, *a bill "Safe Harbours Act"*), if any.

    The noun must be in lower case (a title-case headline capitalises it).

    >>> _title_after_noun("the council's report ", "Water for All", ["water", "for", "all"])
    'report'
    >>> _title_after_noun("the council's report ", "we were wrong", ["we", "were", "wrong"])
    """
    if not _short_name(content, words, most=8) or not content[:1].isupper():
        return None
    if not _title_cased(content):
        return None
    m = _LAST_WORD.search(lead.rstrip()[-30:])
    if m is None or m.group(0) not in load("title_nouns") or not lead[-1:].isspace():
        return None
    return m.group(0)


# Up to eight plain words, each followed by spaces, that end the text ("(?r)": from the end).
_TRAILING_EIGHT = regex.compile(r"(?r)((?:[\p{L}\p{N}][\p{L}\p{N}'’\-]*[ \u00a0]++){1,8})$")


def _words_before_name(lead: str, content: str, words: list[str]) -> list[str]:
    """The last one to eight plain words before a quote short enough to be a name
    (:func:`_short_name`), lower-cased; none for a longer quote.

    >>> _words_before_name("the bay, which locals call ", "the Kettle", ["the", "kettle"])
    ['which', 'locals', 'call']
    """
    if not _short_name(content, words):
        return []
    return list(_trailing_eight(lead[-90:]))


@functools.lru_cache(maxsize=16)
def _trailing_eight(tail: str) -> tuple[str, ...]:
    """The last one to eight plain words of ``tail``, each followed by spaces,
    lower-cased. Cached: two naming rules of a quote ask it of the same text.

    >>> _trailing_eight("the bay, which locals call "), _trailing_eight("it was (")
    (('which', 'locals', 'call'), ())
    """
    m = _TRAILING_EIGHT.search(tail)
    return () if m is None else tuple(str(t).lower() for t in _cased_words(m.group(1)))


def _relative_naming(lead: str, content: str, words: list[str]) -> str | None:
    """A relative pronoun (``naming_relatives``), its subject of one to three words
    and a renaming verb in the present tense right before a short quote (*the bay,
    which locals call "..."*; *the striker, whom fans call "..."*): the name the
    noun before them goes by, said by nobody in particular. *what Roe calls "..."*
    is left alone: it stands for a phrase Roe uses (a partial quote).

    >>> _relative_naming("the bay, which locals call ", "the Kettle", ["the", "kettle"])
    'call'
    >>> _relative_naming("the bay, which the old crews call ", "Kettle", ["kettle"])
    'call'
    >>> _relative_naming("the firm, which Roe called ", "a scam", ["a", "scam"])
    >>> _relative_naming("what locals call ", "the Kettle", ["the", "kettle"])

    As after *called*, only a title-cased name counts (``renaming_verbs``, column
    ``title``): *which critics call "a gift to landlords"* is the critics' verdict.

    >>> _relative_naming("the law, which critics call ", "a gift", ["a", "gift"])

    A verb in the past, perhaps after an auxiliary, and perhaps *the* after it, counts
    before a proper name only (:func:`_named`): the name that was given (*the fire,
    which crews named the "Cedar Run Fire"*), not a label somebody used (*which Roe
    called "a scam"*, above).

    >>> _relative_naming("the scheme, which the firm has named ", "Fast Lane", ["fast", "lane"])
    'named'
    >>> _relative_naming("the fire, which crews named the ", "Cedar Run Fire", ["cedar"])
    'named'
    """
    tokens = _words_before_name(lead, content, words)
    proper = _named(content)
    if len(tokens) > 1 and tokens[-1] == "the" and proper:
        tokens = tokens[:-1]
    verb = tokens[-1] if tokens else ""
    if verb not in load("renaming_verbs") or verb.endswith("ing"):
        return None
    if verb.endswith("ed") and not proper:
        return None
    if verb in select("renaming_verbs", title=True) and not (
        _title_cased(content) and any(w[:1].isupper() for w in _cased_words(content))
    ):
        return None  # 'which critics call "a gift to landlords"': the critics' verdict
    relatives = load("naming_relatives")
    cues = load("cue_verbs")
    for r in range(len(tokens) - 3, max(-1, len(tokens) - 6), -1):
        if tokens[r] in relatives:
            subject = tokens[r + 1 : -1]
            return None if any(w in cues for w in subject) else verb
    return None


def _group_naming(lead: str, content: str, words: list[str]) -> str | None:
    """A group's own name for a thing: a plural subject (a plural noun, *farmers*,
    or *they*), a verb of ``group_naming_verbs`` in the plural present (*call*),
    perhaps its object (*the practice*, *this*) and the name's own article, right
    before a short quote that opens on no determiner (*Farmers call the practice
    "milk at a loss"*, *what they call "tech neck"*, *the tower its opponents call
    the "Spike"*): a term that people use, which the Wikinews convention reads as
    nobody's words, whatever its case.

    Not a quote that opens on a determiner (*critics call it "a gift to
    landlords"*: a verdict), nor one after *calls* or *called* (*what Roe calls
    "..."*, one speaker's phrase, a partial quote), nor after a subject of one
    speaker or *we*, nor a quote that reads as a verdict (:func:`_verdict_words`:
    *critics call it "reckless"*, *teachers call the rules "deeply unfair"*).

    >>> _group_naming("what farmers call ", "dry rot", ["dry", "rot"])
    'call'
    >>> _group_naming("Rowers call the bend the ", "Elbow", ["elbow"])
    'call'
    >>> _group_naming("what Roe calls ", "dry rot", ["dry", "rot"])
    >>> _group_naming("critics call it ", "a gift", ["a", "gift"])
    >>> _group_naming("we call ", "dry rot", ["dry", "rot"])
    >>> _group_naming("critics call it ", "reckless", ["reckless"])
    """
    determiners = load("determiners")
    if not words or words[0] in determiners or _verdict_words(words):
        return None
    tokens = _words_before_name(lead, content, words)
    if len(tokens) > 2 and tokens[-1] in determiners:
        tokens = tokens[:-1]  # 'call the pier a "..."': the name's own article
    verbs = load("group_naming_verbs")
    for at in range(len(tokens) - 1, max(0, len(tokens) - 5), -1):
        if tokens[at] not in verbs:
            continue
        if at + 1 < len(tokens) and not _object_phrase(tokens[at + 1 :]):
            return None
        return tokens[at] if _plural_subject(tokens[at - 1]) else None
    return None


def _verdict_words(words: list[str]) -> bool:
    """True when a short quote reads as a judgement, not a term: a word ending in a
    suffix of ``verdict_suffixes`` with four letters or more before it (*reckless*,
    *unworkable*, *dangerous*, *shameful*), or an adverb in *-ly* opening two words
    or more (*deeply worrying*, *plainly wrong*). A term that people use names a
    thing (*dry rot*, *bed block*); an adjective is what they think of it, their
    words.

    >>> _verdict_words(["unworkable"]), _verdict_words(["deeply", "worrying"])
    (True, True)
    >>> _verdict_words(["dry", "rot"]), _verdict_words(["table"])
    (False, False)
    """
    suffixes = load("verdict_suffixes")
    if len(words) > 1 and words[0].endswith("ly") and len(words[0]) > 4:
        return True
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 4
        for word in words
        for suffix in suffixes
    )


def _plural_subject(word: str) -> bool:
    """True when ``word`` (lower case) reads as the subject of a group: *they*, or a
    plain plural noun (*farmers*, *locals*), no verb, possessive or function word.

    >>> _plural_subject("economists"), _plural_subject("they")
    (True, True)
    >>> _plural_subject("sanders's"), _plural_subject("was"), _plural_subject("we")
    (False, False, False)
    """
    if word in select("pronouns", case="subject", person="3", number="plural"):
        return True
    if len(word) < 4 or not word.isalpha() or not word.endswith("s"):
        return False
    if word.endswith(("ss", "us", "is")):
        return False
    return not any(
        word in load(name)
        for name in ("stopwords", "auxiliaries", "modals", "clause_verbs", "cue_verbs")
    )


def _frame_with_aside(lead: str, content: str, words: list[str]) -> str | None:
    """A two-word naming frame that ends in *as* (*known as*) with one to four
    words inside it, before a short quote (*known to his fans as "..."*, *known in
    the valley as the "..."*). Words that say by whom (*known by critics as*) or
    for what (*known for his role as the "..."*) are left alone: the article then
    says who used the words, or the words are a role.

    >>> _frame_with_aside("a boxer known to his fans as ", "Iron Jon", ["iron", "jon"])
    'known as'
    >>> _frame_with_aside("a plan known by critics as the ", "Big Grab", ["big", "grab"])
    """
    tokens = _words_before_name(lead, content, words)
    if len(tokens) > 3 and tokens[-1] in load("determiners"):
        tokens = tokens[:-1]
    if len(tokens) < 3 or tokens[-1] != "as":
        return None
    for frame in load("naming_frames"):
        head, *rest = frame.split()
        if rest != ["as"]:
            continue  # 'referred to Roe as "..."': an object inside, the namer's words
        for i in range(len(tokens) - 3, max(-1, len(tokens) - 7), -1):
            if tokens[i] == head:
                inside = tokens[i + 1 : -1]
                namers = load("namer_prepositions")
                return None if any(w in namers for w in inside) else frame
    return None


# After a closing mark: a comma, a determiner or possessive, then one to three words
# of which one is the noun ('"Salt Roads", the second film by ...'); the words may be
# capitalised ('"Low Tide," an HBO series ...'), the determiner may not.
_APPOSITION_AFTER = regex.compile(
    r",?[ \u00a0]++(\p{Ll}++)((?:[ \u00a0]++[\p{L}\p{N}\-]++){1,3})(?=[ \u00a0,.;:)]|$)"
)


@functools.cache
def _work_nouns() -> frozenset[str]:
    """Nouns for a work or a named thing: ``title_nouns`` and the one-word naming
    frames (*film*, *song*, *banner*)."""
    return load("title_nouns") | {f for f in load("naming_frames") if " " not in f}


def _title_before_apposition(content: str, words: list[str], after: str) -> str | None:
    """The noun of an apposition right after a title-cased quote that it names
    (*"Salt Roads", the second film by ...*; *"Low Tide," a documentary about ...*),
    if any. A speech verb right after the noun (*"Great Work," the report said*)
    makes the quote the noun's words.

    >>> _title_before_apposition("Salt Roads", ["salt", "roads"], ", the second film by Roe.")
    'film'
    >>> _title_before_apposition("Great Work,", ["great", "work"], " the report said.")
    >>> _title_before_apposition("We Won", ["we", "won"], ", the coach said.")
    """
    if not 1 <= len(words) <= 8 or not content[:1].isupper():
        return None
    if content.rstrip(",")[-1:] in _TERMINAL or not (
        content.endswith(",") or after.startswith(",")
    ):
        return None
    m = _APPOSITION_AFTER.match(after)
    if m is None or m.group(1) not in _noun_openers():
        return None
    if not _title_cased(content):
        return None
    nouns = _work_nouns()
    tail: list[str] = m.group(2).split()
    for k, word in enumerate(tail):
        if word in nouns:
            rest = after[m.end(2) :].split(None, 1) if k == len(tail) - 1 else tail[k + 1 : k + 2]
            if rest and rest[0].strip(",.") in load("cue_verbs"):
                return None
            return word
    return None


# After a closing mark: a comma and the word after it ('"Salt Roads," published').
_COMMA_WORD = regex.compile(r",?[ \u00a0]++(\p{Ll}[\p{Ll}\-]*+)(?![\p{L}\p{N}'’])")


def _made_public(content: str, words: list[str], after: str) -> bool:
    """True when a title-cased quote of at most eight words, set off by a comma, is
    followed by a participle of its publishing (``work_participles``): *a report,
    "Empty Shelves," published on Monday*, *"Low Tide," directed by Ana Ruiz*.

    >>> _made_public("Empty Shelves,", ["empty", "shelves"], " published on Monday")
    True
    >>> _made_public("We Are Done,", ["we", "are", "done"], " said Roe")
    False
    >>> _made_public("Empty Shelves", ["empty", "shelves"], " published on Monday")
    False
    """
    if not 1 <= len(words) <= _TITLE_MOST or not (content.endswith(",") or after[:1] == ","):
        return False
    if content.rstrip(",")[-1:] in _TERMINAL or not _title_cased(content):
        return False
    m = _COMMA_WORD.match(after)
    return m is not None and m.group(1) in load("work_participles")


# After a closing mark: an optional comma, *by* and a capitalised word.
_BY_NAME = regex.compile(r",?[ \u00a0]++by[ \u00a0]++\p{Lu}")
_BY_MOST = 12  # words at most in a title or a headline


def _by_author(
    content: str, words: list[str], after: str, lead_words: list[str], *, set_off: bool = False
) -> bool:
    """True when a quote is a work or a headline followed by its author: *by* and a
    capitalised name right after it (*his favourite novel, "Cold Harbour," by Ana
    Ruiz*; *"Port strike ends," by the Herald's Tom Hale*), the quote of at most
    twelve words with no stop at its end. A speech or renaming verb among
    ``lead_words``, the last words before the quote, makes the name after *by*
    the speaker of a passive (*was called "Reckless" by Roe*), unless the quote is
    ``set_off`` by commas on both sides, a title in apposition to the noun before
    it, which may look like a verb (*one of her recent reads, "Cold Harbour," by
    Ana Ruiz*).

    >>> _by_author("Cold Harbour,", ["cold", "harbour"], " by Ana Ruiz.", ["his", "novel"])
    True
    >>> _by_author("Reckless", ["reckless"], " by Roe.", ["was", "called"])
    False
    >>> _by_author("Cold Harbour,", ["cold", "harbour"], " by Ana Ruiz", ["recent", "reads"])
    False
    >>> _by_author(
    ...     "Cold Harbour,", ["cold", "harbour"], " by Ana Ruiz", ["recent", "reads"], set_off=True
    ... )
    True
    >>> _by_author("We Are Done,", ["we", "are", "done"], " by June", ["roe"], set_off=True)
    False
    """
    by = _BY_NAME.match(after)
    if not 1 <= len(words) <= _BY_MOST or content[-1:] in ".!?" or by is None:
        return False
    if set_off and (content.endswith(",") or after.startswith(",")):
        # (Not *by Tuesday*, *by March*: a time after *by* names no author.)
        name = _WORD.match(after, by.end() - 1)
        return name is None or name.group(0).lower() not in load("time_words")
    return not _has_cue(lead_words) and load("renaming_verbs").isdisjoint(lead_words)


def _after_complementizer(lead: str) -> bool:
    """True when ``lead`` ends with a word that opens a reported clause (``complementizers``).

    >>> _after_complementizer("A survey found that"), _after_complementizer("Critics praised")
    (True, False)
    """
    m = _LAST_WORD.search(lead[-20:])
    return m is not None and m.group(0).lower() in load("complementizers")


def _cited_as(content: str, words: list[str], after: str) -> str | None:
    """The noun after *as* that cites a short quote as a word or a name (*chose
    "..." as the word of the year*, *picked "..." as its new name*), if any
    (``naming_nouns``).

    >>> _cited_as("doomscroll", ["doomscroll"], " as the word of the year.")
    'word'
    >>> _cited_as("a fraud", ["a", "fraud"], " as he left.")

    A possessive needs no *as* before it (*named "..." its word of the year*).

    >>> _cited_as("doomscroll", ["doomscroll"], " its word of the year.")
    'word'
    >>> _cited_as("fair", ["fair"], " the word of the year.")
    """
    if not _short_name(content, words):
        return None
    possessives = select("pronouns", case="possessive")
    if after.startswith(" as "):
        m = _APPOSITION_AFTER.match(after, 3)
        if m is None or m.group(1) not in load("determiners") | possessives:
            return None
    else:
        m = _APPOSITION_AFTER.match(after)
        if m is None or after[:1] == "," or m.group(1) not in possessives:
            return None
    tail = m.group(2).split()[:2]
    nouns = load("naming_nouns")
    return next((w for w in tail if w in nouns), None)


_CLOSING_CUE = 3  # words at most after a comma, up to the cue that closes a sentence
# A comma and the words after it, up to the next comma.
_COMMA_CLAUSES = regex.compile(r",[ \u00a0]++([^,]++)")


def _cue_closes(sentence_after: str, *, words_of: Callable[[str], list[str]] = _words) -> bool:
    """True when the sentence after a quote ends with a speech cue's clause set off by a
    comma (*, she said.*, *, said Ana Ruiz, a pollster.*, *, Roe told the BBC on
    Monday.*): after one of its commas a speech verb (``cue_verbs``, one word), first
    or after a subject of one or two words that are no function words (a subject
    pronoun aside), and the sentence's stop after it. A clause that opens with a
    function word (*, since Roe spoke ...*, *, was dedicated to ...*) is not the cue's.

    >>> _cue_closes(" for the region, she said on Monday.")
    True
    >>> _cue_closes(" for the region, said Ana Ruiz, a pollster.")
    True
    >>> _cue_closes(" for the region, she said, and more")
    False
    >>> _cue_closes(" for the region, since Roe spoke of it.")
    False
    """
    if sentence_after.rstrip()[-1:] not in ".!?":
        return False
    verbs, stop = load("cue_verbs"), load("stopwords")
    subjects = select("pronouns", case="subject")
    for m in _COMMA_CLAUSES.finditer(sentence_after):
        for w in words_of(m.group(1))[:_CLOSING_CUE]:
            if w in verbs:
                return True
            if w in stop and w not in subjects:
                break
    return False


def _cue_ends(words: list[str]) -> bool:
    """True when ``words`` end with a speech cue ("he said", "told reporters", "pointed out")."""
    if not words:
        return False
    single, _multi = _cue_index()
    if words[-1] in single:
        return True
    return any(
        len(words) >= len(cue) and tuple(words[-len(cue) :]) == cue
        for cue in _cues_by_last_word().get(words[-1], ())
    )


@functools.cache
def _cues_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word cues (as in :func:`_cue_index`) keyed by their last word."""
    _single, multi = _cue_index()
    out: dict[str, list[tuple[str, ...]]] = {}
    for first, rests in multi.items():
        for rest in rests:
            out.setdefault(rest[-1], []).append((first, *rest))
    return {k: tuple(v) for k, v in out.items()}


def _last_phrase(head: str) -> str:
    """``_LAST_PHRASE.split(head)[-1]``: the words after the last separator.

    The last separator is found from the end. Only an ASCII apostrophe can be read
    two ways (``''`` is one separator, ``'`` another), so when the last one found
    holds one the whole string is split from the start instead.

    >>> _last_phrase("Roe, who ran (twice): it was")
    ' it was'
    """
    m = _LAST_PHRASE_R.search(head)
    if m is None:
        return head
    if "'" in m.group():
        return _LAST_PHRASE.split(head)[-1]
    return head[m.end() :]


# The cue after a short sentence that opens its own ('"Not yet," the chief executive,
# Ana Ruiz, said'): among the first words after the quote.
_CUE_AFTER_SHORT = 8
_LONG_AFTER_PHRASE = 6  # words at least in a quote after an opening phrase read as direct
_COMMA_CUE = 10  # the last words of the phrase before a comma that may hold its cue


_ASIDE_PHRASE = 12  # words at most in an aside between a cue's phrase and the quote


def _phrase_cue(words: list[str]) -> bool:
    """True when the words of the phrase before a comma hold the cue that hands over
    to the quote after it: among its first four words, its last four, or its last
    ten when it does not end with the noun of a work (*her new novel,* names a title)."""
    return (
        _has_cue(words[:4])
        or _has_cue(words[-4:])
        or (words[-1] not in _work_nouns() and _has_cue(words[-_COMMA_CUE:]))
    )


def _reporting_lead(
    lead: str,
    *,
    words_of: Callable[[str], list[str]] = _words,
    tail_words: list[str] | None = None,
) -> str | None:
    """How the narrator's words right before a quote hand over to it, if they do.

    ``"split"``: the second half of a split quote (*"...," Ruiz said, "..."*).
    ``"comma"``: a speech cue opens or closes the last phrase before a comma
    (*he said,* *adding,* *she told the mayors who came,*). ``"aside"``: the same
    cue, then a short aside and a comma (*she said on Monday, after the count,*;
    the quote may also continue the aside: *he said his wife, Rosa, "said ..."*,
    so only a capitalised one is handed over). ``"verb"``: the words
    end with a speech verb, or a speech verb and *that* (*saying*, *noting that*,
    *told reporters that*). A verb that names rather than reports (*called*)
    never counts. ``tail_words``, when given, are ``words_of(lead[-80:])`` (read
    only when the lead does not end with a comma).
    """
    naming = load("naming_verbs")
    if lead.endswith(","):
        head = lead[:-1]
        last = _last_phrase(head)
        words = words_of(last)
        if len(words) == 1 and words[0] in load("connectives") and head[: -len(last)].endswith(","):
            # 'Ruiz admitted, however, "..."': the phrase before the aside.
            head = head[: -len(last) - 1]
            last = _last_phrase(head)
            words = words_of(last)
        if not words or words[-1] in naming:
            return None
        if not _phrase_cue(words):
            if _split_around_aside(head, words_of=words_of):
                return "split"
            # 'Ruiz said on Monday, after the votes were counted, "We won."': an aside
            # between the cue's phrase and the quote.
            before_aside = head[: -len(last)]
            if (
                len(words) > _ASIDE_PHRASE
                or not before_aside.endswith(",")
                or not load("complementizers").isdisjoint(words)
            ):
                return None
            head = before_aside[:-1]
            last = _last_phrase(head)
            words = words_of(last)
            if not words or words[-1] in naming or not _phrase_cue(words):
                return None
            if not head[: len(head) - len(last)].rstrip(" ,").endswith(_CLOSERS):
                return "aside"
        rest = head[: len(head) - len(last)].rstrip(" ,")
        return "split" if rest.endswith(_CLOSERS) else "comma"
    words = words_of(lead[-80:]) if tail_words is None else tail_words
    if words and words[-1] == "that":
        words = words[:-1]
        for cut in range(len(words), max(0, len(words) - 4), -1):
            if words[cut - 1] not in naming and _cue_ends(words[:cut]):
                return "verb"
        return None
    if words and words[-1] not in naming and _cue_ends(words):
        return "verb"
    return None


@functools.cache
def _noun_openers() -> frozenset[str]:
    """The words that open a noun phrase before its noun: determiners and possessive
    pronouns (*the*, *its*, *her*), read by the readers of a name in apposition or
    after its noun.

    >>> {"the", "its"} <= _noun_openers(), "said" in _noun_openers()
    (True, False)
    """
    return frozenset(load("determiners") | select("pronouns", case="possessive"))


_FRAME_NOUN_PHRASE = 4  # words at most in the noun phrase of a frame after "that"


def _frame_after_that(lead: str, *, words_of: Callable[[str], list[str]] = _words) -> bool:
    """True when the phrase before a quote's comma ends with a cue's *that* and a
    short noun phrase whose noun is a naming frame (*ruled that its motto,*, *found
    that the campaign's slogan,*, *said that the hashtag,*): the quote after the
    comma stands in apposition to that noun, a name or a text, not the cue's
    reported words. A cue whose clause has no frame after *that* (*found that the
    plan,*), or a frame with no *that* before it (*said of her book,*), is left to
    :func:`_reporting_lead`.

    >>> _frame_after_that("The board ruled, after finding that its slogan,")
    True
    >>> _frame_after_that("Roe said of her book,"), _frame_after_that("found that the plan,")
    (False, False)
    """
    if not lead.endswith(","):
        return False
    words = words_of(_last_phrase(lead[:-1]))
    if "that" not in words:
        return False
    tail = words[len(words) - words[::-1].index("that") :]
    openers = _noun_openers()
    return (
        0 < len(tail) <= _FRAME_NOUN_PHRASE
        and (tail[0] in openers or tail[0].endswith(("'s", "’s")))
        and _frame_ending(tail) is not None
    )


_CUE_CLAUSE_MOST = 8  # words at most in a cue's clause that is the narrator's whole sentence
# Characters at most in the sentence before a quote whose words _decide splits once:
# the shortest window of it read there (its last 40 characters) holds all of it.
_SHORT_LEAD = 40
_PHRASE_AFTER_CUE = 4  # words at most between a speech verb and the quote it hands over


def _cue_then_phrase(lead: str, *, words_of: Callable[[str], list[str]] = _words) -> bool:
    """True when ``lead`` ends with a speech verb and a short phrase that completes
    it: the hearer or object of a verb that takes one (*told the crowd*, *warned
    voters*), or a phrase of time or place (*said after the vote*, *wrote to
    supporters on Friday*; ``cue_adjuncts``, ``time_words``). At most four words,
    none of them a finite verb, a cue or *that*/*whether*, the last not a function
    word (*told the council's* leaves the phrase open). After a verb that takes no
    object, other words are the subject of the quote's clause (*said the old name
    "no longer fits"*: a fragment).

    >>> _cue_then_phrase("Ruiz told the budget committee")
    True
    >>> _cue_then_phrase("Ruiz said after the vote")
    True
    >>> _cue_then_phrase("Ruiz said the plan was"), _cue_then_phrase("Ruiz said the old name")
    (False, False)
    """
    words = words_of(lead[-80:])
    if not words or (words[-1] in load("stopwords") and words[-1] not in load("time_words")):
        return False
    verbs = load("cue_verbs")
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _PHRASE_AFTER_CUE), -1):
        if words[k] in verbs:
            phrase = words[k + 1 :]
            if words[k] in load("naming_verbs") or not _plain_phrase(phrase):
                return False
            return words[k] in _OBJECT_CUES or phrase[0] in _ADJUNCT_OPENERS
    return False


_OBJECT_CUES = select("cue_verbs", object=True)
_ADJUNCT_OPENERS = load("cue_adjuncts") | load("time_words")


def _plain_phrase(words: list[str]) -> bool:
    """True when ``words`` hold no finite verb, cue or complementizer."""
    clause_verbs = load("clause_verbs")
    return (
        not _has_cue(words)
        and load("complementizers").isdisjoint(words)
        and not any(w.replace("’", "'") in clause_verbs or _CONTRACTION.search(w) for w in words)
    )


# The closing mark of a first half that ends in a comma, ! ? or a dash (inside the
# marks or, for the comma, after them), found from the end of the words before a quote.
_FIRST_HALF_CLOSE = regex.compile(
    rf"(?r)(?<=[,!?…—–])[{char_class(CLOSERS)}]|[{char_class(CLOSERS)}](?=,)"
)
_DOUBLE_MARKS = frozenset(mark_chars(weights=frozenset({Weight.DOUBLE})))
_ASIDE_REACH = 200  # characters read back for the first half of a split quote
_ASIDE_MOST = 30  # words at most between the two halves
_ASIDE_CUE = 8  # the cue among the first words after the first half


def _split_around_aside(head: str, *, words_of: Callable[[str], list[str]] = _words) -> bool:
    """True when ``head`` (the words before a quote, without their last comma) is the
    first half of a split quote and a cue followed by an aside.

    *"The risk," said Ana Ruiz, an economist at the Kell Institute, "is ..."*: the
    cue stands right after the first half (among its first eight words), so the
    phrase before the comma, the aside, need not hold one. The words between the
    two halves hold no other double quote mark, at most thirty words and no
    *that* or *whether*: an aside that reports again (*..., noting that he and
    his wife "have talked"*) hands the quote to its own clause.
    """
    tail = head[-_ASIDE_REACH:]
    m = _FIRST_HALF_CLOSE.search(tail)
    if m is None:
        return False
    between = tail[m.end() :]
    if not _DOUBLE_MARKS.isdisjoint(between):
        return False
    words = words_of(between)
    return (
        2 <= len(words) <= _ASIDE_MOST
        and _has_cue(words[:_ASIDE_CUE])
        and load("complementizers").isdisjoint(words)
    )


# '"We lost," Roe said.' -- a quote that ends in a comma (or ! ? or a dash),
# its closing mark, then a short tail up to the full stop.
# The comma may also follow the closing mark ('"We lost", Roe said.'), as in
# newspapers that print punctuation where the sense puts it.
_QUOTE_THEN_TAIL = regex.compile(
    rf"(?:[,!?…—–][{char_class(CLOSERS)}]++|[{char_class(CLOSERS)}]++,)"
    rf"([^{char_class(mark_chars(weights=DOUBLE_OR_SINGLE))}]{{1,80}})\.$"
)


def _split_after_cue(
    previous: str, *, cut: bool = False, words_of: Callable[[str], list[str]] = _words
) -> bool:
    """True when ``previous`` is a quote and its speech cue (*"...," she said.*).

    The quote that opens the next sentence is then the second part of the
    same utterance, whatever its length or form. ``cut`` says that the window
    read began inside that sentence, so its opening mark is out of sight.
    """
    previous = previous.strip()
    if previous[:1] not in _OPENERS and not cut:
        return False
    m = _QUOTE_THEN_TAIL.search(previous[-120:])
    if m is None:
        return False
    tail = words_of(m.group(1))
    return 0 < len(tail) <= 10 and _has_cue(tail)


def _is_clause(words: list[str]) -> bool:
    """True when quoted ``words`` read as a clause: a subject and its verb, not a fragment.

    The first word must not be a finite verb (*is very confident* continues the
    narrator's clause) nor open an infinitive (*to stand up and be counted*,
    ``infinitive_markers``); the words must open with a subject pronoun or hold a
    finite verb (auxiliaries, copulas, modals, contractions).
    """
    if not _may_open_clause(words):
        return False
    if words[0].replace("’", "'") in load("clause_subjects"):
        return True
    verbs = load("clause_verbs")
    return any(w.replace("’", "'") in verbs or _CONTRACTION.search(w) for w in words)


def _participle_then_that(words: list[str]) -> bool:
    """True when ``words`` end with a speech cue in *-ing* and *that* (*adding that*,
    *noting that*), which open a reported clause.

    >>> _participle_then_that(["she", "left", "adding", "that"])
    True
    >>> _participle_then_that(["she", "said", "that"])
    False
    """
    return (
        len(words) >= 2
        and words[-1] == "that"
        and words[-2].endswith("ing")
        and words[-2] in load("cue_verbs")
    )


def _may_open_clause(words: list[str]) -> bool:
    """True when quoted ``words`` (three or more) do not open with a finite verb or
    an infinitive, which would make them the rest of a clause the narrator opened
    (*An economic downturn, he said, "could be ..."*)."""
    if len(words) < 3:
        return False
    first = words[0].replace("’", "'")
    return first not in load("clause_verbs") and first not in load("infinitive_markers")


_MEASURE_MOST = 8  # words at most in the name of a law, a plan or an operation


def _measure_name(content: str, words: list[str]) -> bool:
    """True when a title-cased quote is the name of a law, a plan or an operation
    that holds its own kind of thing (*the "Right to Repair Bill"*, *"Operation
    Lantern"*): its last word in ``measure_nouns`` or its first in
    ``operation_words``; two to eight words, no clause, no question or exclamation,
    not all in capitals (a shouted post), no first- or second-person pronoun.

    >>> _measure_name("Right to Repair Bill,", ["right", "to", "repair", "bill"])
    True
    >>> _measure_name("Operation Safe Harbour", ["operation", "safe", "harbour"])
    True
    >>> _measure_name("We Need A Plan", ["we", "need", "a", "plan"])
    False
    """
    if not 2 <= len(words) <= _MEASURE_MOST or content.rstrip(_CLOSER_CHARS)[-1:] in "!?":
        return False
    if words[-1] not in load("measure_nouns") and words[0] not in load("operation_words"):
        return False
    return (
        content[:1].isupper()
        and not content.isupper()
        and _title_cased(content)
        and _PERSONAL.isdisjoint(words)
        and not _is_clause(words)
    )


def _lowered(s: str) -> bool:
    """True when ``s`` holds a word of four letters or more in lower case."""
    return any(len(w) > 3 and w[:1].islower() for w in _cased_words(s))


_RANGE_WORDS = load("range_prepositions")
_OPEN_CLASS = f"[{char_class(OPENERS)}]"
_CLOSE_CLASS = f"[{char_class(CLOSERS)}]"
# The end of a lead that names the first value: 'to "buy" from ' (a closing mark,
# perhaps a comma, one word).
_FIRST_VALUE = regex.compile(
    rf"(\p{{L}}++)[ \u00a0]++{_OPEN_CLASS}[^\n]{{1,40}}?{_CLOSE_CLASS},?+[ \u00a0]++(\p{{L}}++)$"
)
# The start of what follows the first value: ' from "', ', to "'.
_SECOND_VALUE = regex.compile(rf",?+[ \u00a0]++(\p{{L}}++)[ \u00a0]++{_OPEN_CLASS}")


def _value_pair(lead: str, content: str, n_words: int, after: str) -> bool:
    """True when the quote is one of two short quoted values that a change runs
    between, each right after one end of it (``range_prepositions``): *cut the
    shares to "hold" from "buy"*, *moved from "amber" to "red"*. A rating or a
    label: nobody's words, though a cue (*saying*) stands in the sentence. Only a
    value in lower case: after *to*, a capital may open a verb's words (*urged Kent
    to "Turn Away" from "Boasters"*), and a capitalised name has rules of its own.

    >>> _value_pair('cut the shares to', 'hold', 1, ' from "buy," citing costs')
    True
    >>> _value_pair('cut the shares to "hold" from', 'buy,', 1, ' citing costs')
    True
    >>> _value_pair('she said to', 'stay home', 2, ' and rest')
    False
    >>> _value_pair('urged Kent to', 'Turn Away', 2, ' from "Boasters"')
    False
    """
    if n_words > 3 or content[-1:] in ".!?…" or not content[:1].islower():
        return False
    last = _LAST_WORD.search(lead[-12:])
    if last is None:
        return False
    word = last.group(0).lower()
    if word not in _RANGE_WORDS:
        return False
    m = _SECOND_VALUE.match(after)
    if m is not None and m.group(1).lower() in _RANGE_WORDS - {word}:
        return True
    m = _FIRST_VALUE.search(lead[-80:])
    return m is not None and m.group(1).lower() in _RANGE_WORDS - {word}


def _reply(words: list[str]) -> bool:
    """Whether a quote's words are a short spoken answer alone (lexicon
    ``reply_words``): *Yes*, *No, sir*, never the title of a work.

    >>> _reply(["Yes"]), _reply(["No", "sir"]), _reply(["Salt", "and", "Iron"])
    (True, True, False)
    """
    replies = load("reply_words")
    return bool(words) and all(w.lower() in replies for w in words)


@functools.lru_cache(maxsize=64)
def _title_cased(content: str) -> bool:
    """True when every word of ``content`` of four letters or more is capitalised,
    function words and numbers aside (``stopwords``: *with*, *from*, *into* stay lower
    case in a title; a year is neither case: *Rivers in 2030*). Cached: one quote's
    rules ask it of the same content up to six times.

    >>> _title_cased("This Week with Ana Ruiz"), _title_cased("We will fight them")
    (True, False)
    """
    stop = load("stopwords")
    return all(
        w[:1].isupper() or w.isdigit() or w in stop for w in _cased_words(content) if len(w) > 3
    )


def _named(content: str) -> bool:
    """True when ``content`` reads as a proper name: title-cased and capitalised,
    or *the* before a capitalised name (*the Bowl*, *the Rebel Crust*), which
    *called* and *named* give a thing (not *a disaster*, a verdict).

    >>> _named("Sea Lark"), _named("the Bowl"), _named("the bowl"), _named("a Disaster")
    (True, True, False, False)
    """
    if content[:4] in ("the ", "The "):
        content = content[4:]
    return content[:1].isupper() and _title_cased(content)


def _no_last_word(s: str) -> bool:
    """True when ``_LAST_WORD.search(s)`` finds nothing because of ``s``'s last
    character alone: an ASCII character that is no letter, digit, ``'``, ``.``, ``-``
    or newline (or none). A character outside ASCII is left to the pattern.

    >>> _no_last_word('the films "A",'), _no_last_word("on"), _no_last_word("Zoë")
    (True, False, False)
    """
    last = s[-1:]
    return last.isascii() and not last.isalnum() and last not in _ASCII_WORD_END


def _opens_title(content: str) -> bool:
    """True when ``content`` opens as a title may: with a capital, or with a number
    that a capitalised word follows (*"60 Minutes"*, *"9 to 5"* is no title).

    >>> _opens_title("Meet the Press"), _opens_title("60 Minutes"), _opens_title("9 to 5")
    (True, True, False)
    """
    if content[:1].isupper():
        return True
    return content[:1].isdigit() and any(w[:1].isupper() for w in _cased_words(content))


_TITLE_MOST = 8  # words at most in a title, or in a title before its subtitle's colon


def _title_length(content: str, n_words: int) -> bool:
    """True when ``content``, of ``n_words`` words, is as long as a title may be: at
    most eight words, or at most eight before a colon and sixteen in all (a title
    and its subtitle).

    >>> _title_length("Salt Roads: Inside the World of the Fen Drainers", 10)
    True
    >>> _title_length("We came to the hall and we will stay there all night", 11)
    False
    """
    if 1 <= n_words <= _TITLE_MOST:
        return True
    colon = content.find(": ")
    return (
        n_words <= 2 * _TITLE_MOST
        and colon > 0
        and len(_cased_words(content[:colon])) <= _TITLE_MOST
        and len(_cased_words(content[colon:])) <= _TITLE_MOST
    )


def _title_lead(lead: str, content: str, words: list[str], tail: str = "") -> str | None:
    """The word before a title-cased quote that makes it a title (*on*, *NBC's*), if any.

    Only inside a sentence written in ordinary case (a title-case headline
    capitalises every word: the words before the quote, or else the rest of its
    sentence ``tail``, must hold one in lower case) and only for a quote that is
    not an exclamation. A title of up to eight words, or one of up to eight before
    its subtitle's colon, of up to sixteen in all (*a co-author of "Salt Roads:
    Inside the World of the Fen Drainers"*).

    >>> _title_lead("Tom Hale, the co-author of",
    ...             "Salt Roads: Inside the World of the Fen Drainers.", [""] * 10)
    'of'
    """
    # (The length test inline first: most quotes are short.)
    if (
        not (
            1 <= len(words) <= _TITLE_MOST
            or (": " in content and _title_length(content, len(words)))
        )
        or not _opens_title(content)
        or content[-1:] in "!?"
    ):
        return None
    if _no_last_word(lead) or not _title_cased(content):
        return None
    m = _LAST_WORD.search(lead[-40:])
    if m is None:
        return None
    last = m.group(0)
    lowered = [w for w in _cased_words(lead[: -len(last)]) if len(w) > 3 and w[:1].islower()]
    if not lowered and not _lowered(tail):
        return None  # a headline, or nothing to read
    if _POSSESSIVE.search(last):
        return last
    if last.lower() in load("title_leads"):
        if lowered and lowered[-1].lower() in load("chant_nouns"):
            return None  # 'chants of "Home Team Home"': what a crowd said
        return last
    pair = _LAST_PAIR.search(lead[-40:])
    if pair is not None and pair.group(0).lower() in load("title_leads"):
        return pair.group(0)  # 'speaking to "Morning Desk"'
    return None


_NAME_MODIFIERS = 2  # lower-case words at most between a determiner and a quoted name
_NAME_MOST = 6  # words at most in a quoted name of a thing
# The last words of a lead: a determiner's phrase may end it ('the cycling group ').
_LAST_FOUR = regex.compile(r"(?r)((?:\p{L}[\p{L}'’\-]*[ \u00a0]++){1,4})$")


def _name_after_determiner(lead: str, content: str, words: list[str], tail: str) -> bool:
    """True when a short title-cased quote stands where a name stands in a noun
    phrase: right after a determiner or a possessive (``descriptor_articles``), or
    after one with one or two lower-case words between (*shortlisted for the
    "..."*, *told the "..."*, *its painkiller "..."*, *her hit "..."*, *the next
    "..." film*). Speech is not brought in by *the*: a quote so placed names a
    thing, a work or an outlet. Not when a word between is a speech cue (*the
    crowd chanted "..."*) or an auxiliary, nor for an exclamation, a question, a
    clause, words holding *I* or *we*, a quote all in capitals, a single word
    (*his "Mexican" lunch*, *her "Ronnie"*: one word so placed is often the
    speaker's own choice of word), or a sentence in title case (a headline). The
    words between are nouns or adjectives: no function word (*the governor as
    "..."*) and no adverb in *-ly*. A renaming verb among the words before
    (*Ruiz called the "..." a triumph*, *calling her "..."*) leaves the quote to
    the naming rules, and *her* right before the quote may be an object.

    >>> _name_after_determiner("It was shortlisted for the ", "Tern Prize", ["tern", "prize"], ".")
    True
    >>> _name_after_determiner("the crowd chanted ", "Home Again", ["home", "again"], " as")
    False
    """
    if not 2 <= len(words) <= _NAME_MOST or not content[:1].isupper() or content.isupper():
        return False
    if content.rstrip(_CLOSER_CHARS + ",.")[-1:] in _TERMINAL or not _title_cased(content):
        return False
    if not lead[-1:].isspace() or not _PERSONAL.isdisjoint(words) or _is_clause(words):
        return False
    m = _LAST_FOUR.search(lead[-60:])
    if m is None:
        return False
    run = _cased_words(m.group(1))
    for back in range(min(len(run), _NAME_MODIFIERS + 1)):
        between = run[len(run) - back :]
        if not all(w.islower() for w in between):
            return False
        det = run[len(run) - back - 1].lower()
        if _after_determiner([det]):
            lowered = [w.lower() for w in between]
            if (
                _has_cue(lowered)
                or not load("auxiliaries").isdisjoint(lowered)
                or not load("stopwords").isdisjoint(lowered)
                or any(w.endswith("ly") for w in lowered)
            ):
                return False
            if back == 0 and det == "her":
                return False  # 'gave her "Top Marks"': an object pronoun, not a possessive
            if not load("renaming_verbs").isdisjoint(w.lower() for w in run[: len(run) - back - 1]):
                return False  # 'calling her "..."', 'called the mayor "..."': the naming rules'
            return _lowered(lead[-160:]) or _lowered(tail)
    return False


# The last two words of a lead, one space between them ('speaking to').
_LAST_PAIR = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{L}++[ ]\p{L}++$")


# A comma and *the* that end the text before a title in apposition ('a new handset,
# the "Pebble Two",'): the name's own article.
_APPOSED_ARTICLE = regex.compile(r",[ \u00a0]the$", regex.IGNORECASE)


def _said_after(after: str) -> bool:
    """True when a speech verb and its inverted subject follow the closing comma
    (*, said Ada*).

    >>> _said_after(", said Ada."), _said_after(", which won")
    (True, False)
    """
    first = after.lstrip(", ").split(None, 2)
    return bool(first) and first[0].lower() in load("cue_verbs") and _inverted_subject(first[1:2])


def _title_in_apposition(lead: str, content: str, words: list[str], after: str) -> str | None:
    """The noun before a title-cased quote set off by commas (*his memoir, "..."*,), if any.

    The word before the first comma must be a lower-case word that no function
    word, contraction or adverb in *-ly* (*the new ad, "Fair Play," ran*).

    >>> _title_in_apposition("ran a new ad,", "Fair Play,", ["fair", "play"], " on Monday")
    'ad'
    >>> _title_in_apposition("Not just,", "We Win,", ["we", "win"], " but more")

    The name may take its own *the* after the comma (*its new handset, the "Pebble
    Two",*: a product, a prize, a building named in apposition).

    >>> _title_in_apposition("a new handset, the", "Pebble Two", ["pebble", "two"], ", which")
    'handset'

    A speech verb and its subject after the comma (:func:`_said_after`) may make
    the quote said after all: :func:`_apposition_lead` decides.
    """
    if not 1 <= len(words) <= 8 or not content[:1].isupper():
        return None
    article = _APPOSED_ARTICLE.search(lead[-8:])
    if article is not None:
        lead = lead[: len(lead) - len(article.group()) + 1]
    # 'the hit play, "Low Tide."': a title ending its sentence, the stop inside the
    # marks the narrator's; only a work noun names it (below).
    closes = content.endswith(".") and content[-2:-1] not in _TERMINAL
    if not closes and (
        content.rstrip(",")[-1:] in _TERMINAL
        or not (content.endswith(",") or after.startswith(","))
    ):
        return None
    if not lead.endswith(",") or _no_last_word(lead[-40:-1]) or not _title_cased(content):
        return None
    m = _LAST_WORD.search(lead[-40:-1])
    if m is None:
        return None
    noun = m.group(0)
    if (
        not noun.islower()
        or noun.endswith("ly")
        or _CONTRACTION.search(noun)
        or noun in load("stopwords")
    ):
        return None
    if closes and noun not in _work_nouns():
        return None
    return noun


def _inverted_subject(words: list[str]) -> bool:
    """True when the word after a speech verb that follows a quote may open the
    verb's subject (*said Ada*, *said the mayor*, *said she*), so that the verb is
    the quote's cue; not an object or an adjunct (*said in a statement*, *asks
    drivers to ...*: the quote's name is the verb's subject).

    >>> _inverted_subject(["Ada"]), _inverted_subject(["the"]), _inverted_subject(["in"])
    (True, True, False)
    """
    if not words:
        return True
    word = words[0].strip(",.;:")
    low = word.lower()
    return (
        not word
        or word[:1].isupper()
        or low in load("determiners")
        or low in select("pronouns", case="subject")
    )


def _apposition_lead(
    lead: str, content: str, words: list[str], after: str, lead_kind: str | None
) -> str | None:
    """:func:`_title_in_apposition`, asked where no speech cue hands over to the
    quote, and after one (*Roe said her new film, "...", opens in May*) only when
    the noun names a work (:func:`_work_nouns`) and its noun phrase follows the cue
    directly (*she said of the film, "..."* reports what she said of it).

    >>> _apposition_lead("Roe said her new film,", "Salt Roads,", ["salt", "roads"],
    ...                  " opens in May.", "comma")
    'film'
    >>> _apposition_lead("Roe said of the film,", "Grim,", ["grim"], " and left.", "comma")

    A work's noun phrase that opens the sentence is no cue's object: its noun is the
    cue the comma follows (*The report, "Water for All," found ...*).

    >>> _apposition_lead("The report,", "Water for All,", ["water", "for", "all"],
    ...                  " found gaps.", "comma")
    'report'
    """
    if lead_kind is not None and lead_kind != "comma":
        return None
    noun = _title_in_apposition(lead, content, words, after)
    if noun is None:
        return None
    # 'Another pair, "Snap," said Ada': a cue follows, so it is said, unless the work
    # is the sentence's subject, as the phrase test below finds it ('The study,
    # "...", warns the county': the work speaks, the title names it).
    said = _said_after(after)
    if lead_kind is None and not said:
        return noun
    if noun not in _work_nouns():
        return None
    last = _last_phrase(lead[:-1])
    phrase = [str(w).lower() for w in _cased_words(last)][:-1]
    openers = _noun_openers()
    for k in range(len(phrase) - 1, max(-1, len(phrase) - 4), -1):
        if phrase[k] in openers:
            if k == 0:
                # 'The report, "...", found': the work's noun phrase opens the
                # sentence, its noun the only cue; the title names it, also before
                # a verb of speech whose subject the work is ('The report, "...",
                # says the board failed').
                return noun if last.strip() == lead[:-1].strip() else None
            if said or lead_kind is None:
                return None
            # 'she wrote in her column, "...",': the cue's words are in the work,
            # whose title the marks hold; 'she said of the film, "..."' is hers.
            before = phrase[k - 1]
            if before in load("stopwords") and before not in load("work_prepositions"):
                return None
            return noun
    return None


# The lower-case word right after a closing mark: '"Clean Streets" campaign'.
_OPENS = "a sentence start"
_NEXT_WORD = regex.compile(r"[ \u00a0](\p{Ll}[\p{Ll}\-]*+)(?![\p{L}\p{N}'’])")


def _name_before_noun(
    lead: str, content: str, words: list[str], after: str, *, opens: bool = False
) -> str | None:
    """The determiner before a title-cased quote that modifies the noun after it, if any.

    *the "Clean Streets" campaign*, *a "Buy Local" sticker*: a name put to use
    as a modifier names a campaign, a slogan or a show; nobody says it there.
    The quote must be title-cased (every word of four letters or more capitalised),
    follow a determiner, and precede a lower-case word that is no function word.

    >>> _name_before_noun("backed the ", "Clean Streets", ["clean", "streets"], " campaign.")
    'the'
    >>> _name_before_noun("backed the ", "Clean Streets", ["clean", "streets"], " and more")

    A quote that opens its sentence (``opens``) needs no determiner: *"Night
    Shift" host Ana Ruiz said ...* (the answer is then ``"a sentence start"``),
    unless a speech verb follows it (*"Never Again" said Roe*). Nobody is
    quoted there, whatever cue follows (:data:`NAME_OPENS` names no speech).

    >>> _name_before_noun("", "Night Shift", ["night", "shift"], " host Ana Ruiz", opens=True)
    'a sentence start'
    >>> _name_before_noun("", "Go Home", ["go", "home"], " shouted Roe.", opens=True)
    """
    if not 1 <= len(words) <= 5 or not content[:1].isupper() or content[-1:] in _TERMINAL:
        return None
    lead = lead.rstrip()
    if not _title_cased(content):
        return None
    if opens:
        found = _OPENS
    else:
        if _no_last_word(lead):
            return None
        m = _LAST_WORD.search(lead[-30:])
        if m is None or m.group(0) not in load("determiners"):
            return None
        found = m.group(0)
    nxt = _NEXT_WORD.match(after)
    if nxt is None:
        return None
    noun = nxt.group(1)
    if any(noun in load(name) for name in ("stopwords", "clause_verbs", "auxiliaries", "modals")):
        return None
    if opens and noun in load("cue_verbs"):
        return None
    return found


def _product_after(after: str) -> str | None:
    """The noun right after a quoted name used as a modifier when it names a made or
    offered thing (``product_nouns``): *its "Pocket Pro" tablet*, *the "Wayfarer"
    probe*, *the "Smart Saver" account*. A brand's or an agency's label is said by
    nobody, even in a sentence whose cue reports other words (*X said it would stop
    selling its "Pocket Pro" tablet*), so attribution gives it no speaker
    (:func:`names_not_speech`). A campaign, a movement, a bill or a camp is not such
    a thing: its name is often its backers' words, and PolNeAR's gold gives them one.

    >>> _product_after(" tablet next year"), _product_after(" probe."), _product_after(" campaign")
    ('tablet', 'probe', None)
    """
    nxt = _NEXT_WORD.match(after)
    if nxt is None or nxt.group(1) not in load("product_nouns"):
        return None
    return nxt.group(1)


_PRODUCT_NAME_WORDS = 4  # words at most in a product's name after its noun


def _product_before(lead: str, content: str, n_words: int) -> str | None:
    """The noun of a made or offered thing (``product_nouns``) right before a quoted
    title-cased name of four words at most: *the energy drink "Volt Rush"*, *its new
    tablet "Pocket Pro"*, *a savings account "Smart Saver"*. The name is the thing's,
    said by nobody, even where the sentence's cue reports other words (*after finding
    that ...*): the counterpart of :func:`_product_after`. A lower-case quote after
    the noun (*the drink "tasted of nothing"*) is somebody's words, and is left.

    >>> _product_before("for the energy drink ", "Volt Rush", 2)
    'drink'
    >>> _product_before("for the energy drink ", "tasted of nothing", 3)
    >>> _product_before("she drank ", "Volt Rush", 2)
    """
    if not 0 < n_words <= _PRODUCT_NAME_WORDS or not _title_cased(content):
        return None
    words = lead[-60:].split()
    if not words or not words[-1].isalpha() or words[-1].lower() not in load("product_nouns"):
        return None
    openers = _noun_openers()
    for at in (-2, -3):  # the noun, or one modifier and the noun, after the opener
        if len(words) < -at:
            break
        word = words[at]
        if word.lower() in openers or word.endswith(("'s", "’s")):
            return words[-1].lower()
        if not word.replace("-", "").isalpha():
            break
    return None


# The word right after a closing mark and a space, in any case ('"Go Home" T-shirts').
_WORD_AFTER = regex.compile(r"[ \u00a0]++(\p{L}[\p{L}\-]*+)(?![\p{L}\p{N}'’])")
_WORD_AFTER_OPENS = frozenset(" \u00a0")


def _term_as_subject(content: str, words: list[str], after: str) -> bool:
    """True when a short quote opening a sentence is what the sentence is about.

    *"Red tape" is the council's favourite phrase*, *"Low Tide" was a hit*: one or
    two words, or a title-cased name of up to five, then a verb such as *is* or
    *was* (``term_copulas``) makes the quote the subject, a term or a title.

    >>> _term_as_subject("Low Tide", ["low", "tide"], " was a hit in May.")
    True
    >>> _term_as_subject("we tried our best", ["we", "tried", "our", "best"], " is what she said.")
    False
    >>> _term_as_subject("Illegal", ["illegal"], " was how Roe put it.")
    False
    """
    short = len(words) <= 2 or (len(words) <= 5 and content[:1].isupper() and _title_cased(content))
    if not words or not short:
        return False
    m = _WORD_AFTER.match(after)
    if m is None or m.group(1) not in load("term_copulas"):
        return False
    # '"Illegal" was how Roe described it': a cleft, the word is Roe's.
    cleft = _WORD_AFTER.match(after, m.end())
    return cleft is None or cleft.group(1).lower() not in load("cleft_words")


def _carrier_before_colon(
    lead: str, *, words_of: Callable[[str], list[str]] = _words
) -> str | None:
    """The sign, banner or shirt (``carrier_nouns``) whose printed words a colon
    presents (*A sign outside the shop reads: "..."*): a naming frame right before
    the colon (*reads*, *read*), its carrier among the eight words before that.

    >>> _carrier_before_colon("A sign outside the Kelby Inn reads:")
    'sign'
    >>> _carrier_before_colon("The mayor said:")

    A speech verb right after the carrier (*that*, *which* between them) says what
    it prints too (*they waved banners proclaiming:*, *a shirt that says:*); not
    with words between (*Ruiz, holding a sign, said:* is Ruiz speaking).

    >>> _carrier_before_colon("Marchers carried placards declaring:")
    'placards'
    >>> _carrier_before_colon("Ruiz, who held a sign, said:")
    """
    lead_words = words_of(lead[-80:].rstrip(":"))
    frame = _frame_ending(lead_words)
    if frame is None:
        return _carrier_speaking(lead)
    before = lead_words[-len(frame.split()) - 8 : -len(frame.split())]
    nouns = load("carrier_nouns")
    return next((w for w in reversed(before) if w in nouns), None)


# The last three words before a colon, spaces only between them ('banners that read:').
_WORDS_AT_COLON = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(\p{L}[\p{L}\-]*+)[ \u00a0]++"
    r"(?:(\p{L}++)[ \u00a0]++)?(\p{L}++)[ \u00a0]*+:$"
)


def _carrier_speaking(lead: str) -> str | None:
    """The carrier (``carrier_nouns``) right before the speech verb (``cue_verbs``)
    that ends ``lead`` at its colon, *that* or *which* (``naming_relatives``)
    allowed between them (*banners proclaiming:*, *a shirt that says:*), if any;
    nothing but spaces between the words, and a verb in *-ing* unless a relative
    stands before it (*Marchers with banners chanted:* is the marchers speaking).

    >>> _carrier_speaking("a shirt that says:"), _carrier_speaking("a sign, said:")
    ('shirt', None)
    >>> _carrier_speaking("with banners chanted:"), _carrier_speaking("banners saying:")
    (None, 'banners')
    """
    m = _WORDS_AT_COLON.search(lead[-60:])
    if m is None or m.group(3).lower() not in _cue_index()[0]:
        return None
    noun, verb = m.group(1) if m.group(2) is None else m.group(2), m.group(3).lower()
    if noun.lower() in load("naming_relatives") and m.group(2) is not None:
        noun = m.group(1)
    elif not verb.endswith("ing"):
        return None  # 'Marchers with banners chanted:': the marchers spoke
    noun = noun.lower()
    return noun if noun in load("carrier_nouns") else None


def _carrier_after(content: str, after: str) -> str | None:
    """The noun after a quote that the quoted words are printed on, if any.

    *"Harbour First" hats*, *waved "no more cuts" signs*: a slogan on a hat, a
    sign or a shirt (``carrier_nouns``). A quote that ends a sentence or a clause
    (*"We lost." T-shirts appeared*) carries no such noun.

    >>> _carrier_after("Harbour First", " hats were sold out.")
    'hats'
    >>> _carrier_after("We lost.", " T-shirts appeared.")
    """
    # (_WORD_AFTER opens with a space: most quotes are followed by punctuation.)
    if not content or content[-1] in _TERMINAL or after[:1] not in _WORD_AFTER_OPENS:
        return None
    m = _WORD_AFTER.match(after)
    if m is None or m.group(1).lower() not in load("carrier_nouns"):
        return None
    return m.group(1).lower()


def _naming(
    sentence_before: str,
    content: str,
    words: list[str],
    after: str,
    *,
    words_of: Callable[[str], list[str]],
    nested: bool = False,
) -> str | None:
    """The reason a short quote is a name by the words around it, if it is one: a
    frame and a determiner, a renaming verb and its object, a noun and *called*, a
    renaming verb in the passive, a noun citing a word or a name, a relative
    pronoun and *call*, a plural subject and *call* (:func:`_group_naming`), a
    frame ending in *as* with words inside it, *as* and a noun citing it after the quote,
    or a noun that a title names (tried in that order).

    Every rule reads a quote of one to eight words that ends with no sentence
    punctuation (:func:`_short_name`, six words for most): any other is no name.

    ``nested``: the quote stands inside another quote. A renaming verb's title-cased
    name with the stop printed inside its marks is then a name all the same
    (*"He keeps calling me 'Tiny Tom.' I laugh," Roe said*): the stop is the outer
    speaker's, and the verdict reading of :func:`_renamed_by` is the one a news
    corpus's gold gives a name the narrator reports, which it never gives the words
    a speaker cites inside a quote.
    """
    if content[-1:] in _INSIDE_PUNCTUATION:
        # 'a play called "Salt Roads," which ...', 'fans dubbed him "the Rocket."':
        # the comma or the stop inside the marks is the narrator's. The rules whose
        # frame or verb names the quote read past it, and the title after a noun.
        bare = content[:-1]
        if not _short_name(bare, words, most=8):
            return None
        # (The gate reads only the words before the quote, which past_stop leaves as
        # they are: the rules it rules out find nothing there either.)
        got = _naming_rules(
            sentence_before,
            bare,
            words,
            after,
            words_of=words_of,
            gate=_naming_gate_at(sentence_before),
            past_stop=True,
            nested=nested,
        )
        return got if got is not None else _titled_by_noun(sentence_before, bare, words)
    if not _short_name(content, words, most=8):
        return None
    return _naming_rules(
        sentence_before,
        content,
        words,
        after,
        words_of=words_of,
        gate=_naming_gate_at(sentence_before),
    )


# What _naming_gate says may fire before a quote: no rule that reads the words
# before it, only _renamed_by and _noun_then_copula among them, or every rule.
_NO_RULE_BEFORE, _RENAMED_ONLY, _EVERY_RULE = 0, 1, 2
# The words right before a quote that a naming rule reads: letters, digits, the
# apostrophes and hyphens inside words, and spaces ("(?r)": from the end).
_NAMING_TAIL = regex.compile(r"(?r)[\p{L}\p{N}'’\-\s]*+$")


@functools.cache
def _naming_suffixes() -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The naming words (:func:`_naming_words`), and those with the determiners, as
    suffixes for ``str.endswith``; None when one of them holds a character that
    :data:`_NAMING_TAIL` does not read (then :func:`_naming_gate` rules nothing out)."""
    naming = _naming_words()
    last = tuple(sorted(set(naming) | load("determiners")))
    if any(_NAMING_TAIL.fullmatch(w) is None or not w.strip() for w in last):
        return None
    return naming, last


def _naming_gate(sentence_before: str) -> int:
    """Which of :func:`_naming_rules` that read the words before a quote can fire
    (``_NO_RULE_BEFORE``, ``_RENAMED_ONLY``, ``_EVERY_RULE``): a check on those words
    that gives the rules' answer with fewer of them tried.

    Every rule but the last two reads a run of plain words that ends the text
    before the quote (its last 30, 60 or 90 characters), and fires only on a naming
    word there (:func:`_naming_words`: a frame's last word, a renaming verb, a naming
    noun). Each word it reads is the end of a word of ``tail``, the letters, digits,
    apostrophes, hyphens and spaces that end the last 90 characters (a word that the
    rule's window cuts keeps its end), so when no word of ``tail`` ends with a naming
    word, none of them fires, whatever the last word is (a determiner with no naming
    word before it, *walked past the "..."*, rules them all out). All but
    :func:`_renamed_by` and :func:`_noun_then_copula` fire only when the last word is
    a naming word or a determiner (the name's own article, *known as the "..."*):
    when the last word of ``tail`` ends with neither, only those two are left. The
    rules read the same words before the quote whether or not the narrator's comma or
    stop was printed inside its marks, so the gate serves both of :func:`_naming`'s
    calls.

    >>> _naming_gate('the mayor called it "plan 3" and then ')
    0
    >>> _naming_gate("the mayor called it "), _naming_gate("a ferry called ")
    (1, 2)
    >>> _naming_gate("he walked past the "), _naming_gate("a pier known as the ")
    (0, 2)
    """
    suffixes = _naming_suffixes()
    if suffixes is None:
        return _EVERY_RULE
    naming, last = suffixes
    # From 90 characters before the end with its spaces stripped: the windows of the
    # rules (the text's last 60 or 90 characters, its last 30 once stripped) lie in it.
    window = sentence_before[max(0, len(sentence_before.rstrip()) - 90) :]
    m = _NAMING_TAIL.search(window)
    tail = (m.group() if m is not None else "").lower().split()
    if not any(w.endswith(naming) for w in tail):
        return _NO_RULE_BEFORE
    assert m is not None  # a word of the tail ends with a naming word
    # A word that only ends with a naming word (*was*, *into*) is read as that word
    # only where a rule's window may cut it (:func:`_end_read`).
    uncut_from = len(window) - m.start() - _NAMING_WINDOW_LEAST
    if _naming_sets()[0].isdisjoint(tail) and not _end_read(m.group(), uncut_from, naming):
        return _NO_RULE_BEFORE
    if tail[-1] in _naming_sets()[1]:
        return _EVERY_RULE
    if tail[-1].endswith(last) and _end_read(m.group(), uncut_from, last, last_only=True):
        return _EVERY_RULE
    return _RENAMED_ONLY


@functools.cache
def _naming_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The two tuples of :func:`_naming_suffixes` as sets, to look whole words up."""
    naming, last = _naming_suffixes() or ((), ())
    return frozenset(naming), frozenset(last)


# The fewest characters of the text before a quote that a naming rule's window holds
# (the last 30 once stripped, 60 or 90: see :func:`_naming_gate`).
_NAMING_WINDOW_LEAST = 30
_NON_SPACE = re.compile(r"\S+")


def _end_read(
    tail: str, uncut_from: int, ends: tuple[str, ...], *, last_only: bool = False
) -> bool:
    """True when a naming rule may read a word of ``tail`` (its last word with
    ``last_only``) as one of ``ends``: the end of a word after an apostrophe or a
    hyphen (*ex-alias*), or any end of a word that starts before ``uncut_from``.

    Every window of a rule ends at or before the end of the text before the quote
    and holds :data:`_NAMING_WINDOW_LEAST` characters or more, so a word that starts
    later in ``tail``, its last characters, is read whole or from a mark in it.

    >>> _end_read("the plan was ", 0, ("as",)), _end_read("the plan was ", 10, ("as",))
    (False, True)
    >>> _end_read("an ex-alias ", 0, ("as", "alias"))
    True
    """
    found = list(_NON_SPACE.finditer(tail))
    for w in found[-1:] if last_only else found:
        word = w.group().lower()
        if not word.endswith(ends):
            continue
        if w.start() < uncut_from:
            return True
        if word.isalnum():
            continue
        if any(not ch.isalnum() and word[i + 1 :] in ends for i, ch in enumerate(word)):
            return True
    return False


# The characters a naming frame or a naming rule reads right before a quote: those
# of their patterns (_TRAILING_WORDS, _TRAILING_PLAIN, _TRAILING_EIGHT, _NAMING_TAIL,
# _LAST_WORD: letters, digits, ', ’, -, ., commas and spaces) and every character
# that str.isspace() counts (str.rstrip strips them; \x1c to \x1f are no regex \s).
# "(?r)": read from the end.
_NAMING_READS = regex.compile(r"(?r)[\p{L}\p{N}'’.,\-\s\x1c-\x1f]*+$")


def _naming_tail(sentence_before: str) -> str:
    """The end of the text before a quote that :func:`_frame_before`,
    :func:`_naming` and :func:`_word_last` read: the run of the characters they
    read (:data:`_NAMING_READS`) that ends it, and the one character before that run.

    Each of them gives the same answer on it as on ``sentence_before``: no pattern
    they search can take in a character outside the run, ``str.rstrip`` stops at
    it, and a test of the last character reads at most that one
    (``tests/test_naming_tail.py``). In a dense run the same words stand before many
    quotes (*the mayor called it "plan 3" and then ...*): their tail is one string,
    read once by :func:`_frame_at` and :func:`_naming_gate_at`.

    >>> _naming_tail('"step 3" while the mayor called it ')
    '" while the mayor called it '
    """
    m = _NAMING_READS.search(sentence_before)
    start = m.start() if m is not None else len(sentence_before)
    return sentence_before[start - 1 :] if start > 0 else sentence_before


@functools.lru_cache(maxsize=256)
def _frame_at(tail: str) -> str | None:
    """:func:`_frame_before` of a quote's :func:`_naming_tail`, kept for the next
    quote with the same tail."""
    return _frame_before(tail)


# _naming_gate kept for the next quote with the same text before it (a tail).
_naming_gate_at = functools.lru_cache(maxsize=256)(_naming_gate)


def _naming_rules(
    sentence_before: str,
    content: str,
    words: list[str],
    after: str,
    *,
    words_of: Callable[[str], list[str]],
    gate: int = _EVERY_RULE,
    past_stop: bool = False,
    nested: bool = False,
) -> str | None:
    """:func:`_naming`'s rules (:data:`_NAMING_RULES`) in their order, past its test
    of the quote's length; ``gate`` (:func:`_naming_gate`) leaves out those that
    cannot fire (with ``_EVERY_RULE``, every rule is tried: the reference the gate
    is tested against); with ``past_stop`` (the narrator's comma or stop printed
    inside the marks) only the rules whose frame or verb names the quote, each told
    of the stop unless the quote is ``nested`` (:func:`_naming`)."""
    for needs, test, answer, reads_past_stop in _NAMING_RULES:
        if gate < needs or (past_stop and not reads_past_stop):
            continue
        found = test(sentence_before, content, words, after, words_of, past_stop and not nested)
        if found is not None:
            return answer.format(found)
    return None


# One naming rule: (the words before the quote, its content, its words, the text
# after it, the word splitter, whether the narrator's comma or stop was printed
# inside the marks) -> the frame, verb or noun that names it, or None.
_NamingTest = Callable[[str, str, list[str], str, Callable[[str], list[str]], bool], "str | None"]

_INSIDE_PUNCTUATION = frozenset(",.")
_CALLED_AFTER_NOUN = _FRAMED + " {!r} after a noun"
_TITLED_BY_NOUN = _TITLED + " the noun {!r}"

# :func:`_naming`'s rules in the order they are tried: the least that
# :func:`_naming_gate` must allow for the rule to be tried (a rule that reads the
# last word before the quote needs ``_EVERY_RULE``), the rule, the reason it gives
# (``{!r}``: what the rule found), and whether it still reads a quote with the
# narrator's comma or stop printed inside its marks (*known locally as the "Gut,"*,
# *fans dubbed him "the Rocket."*; each test is told so by its last argument): a
# frame or a renaming verb names it whatever the typesetter's habit, though
# *called* with its object then reports a verdict; a noun citing a word does not
# (*the old name "no longer fits."* is a clause about it), nor do the rules that
# read after the quote.
_NAMING_RULES: tuple[tuple[int, _NamingTest, str, bool], ...] = (
    (
        _EVERY_RULE,
        lambda b, c, w, a, of, ps: _frame_then_determiner(b, c, w, words_of=of),
        _FRAMED + " {!r} and a determiner",
        True,
    ),
    (
        _RENAMED_ONLY,
        lambda b, c, w, a, of, ps: _renamed_by(b, c, w, past_stop=ps),
        _FRAMED + " {!r} and its object",
        True,
    ),
    (
        _EVERY_RULE,
        lambda b, c, w, a, of, ps: _noun_then_called(b, c, w, a),
        _CALLED_AFTER_NOUN,
        True,
    ),
    (
        _EVERY_RULE,
        lambda b, c, w, a, of, ps: _passive_naming(b, c, w),
        _FRAMED + " {!r} in the passive",
        True,
    ),
    (
        _EVERY_RULE,
        lambda b, c, w, a, of, ps: _naming_noun(b, c, w),
        _FRAMED + " {!r}, a word or name cited",
        False,
    ),
    (
        _RENAMED_ONLY,
        lambda b, c, w, a, of, ps: _noun_then_copula(b, c, w),
        _FRAMED + " {!r} and a copula",
        False,
    ),
    (
        _EVERY_RULE,
        lambda b, c, w, a, of, ps: _relative_naming(b, c, w),
        _FRAMED + " {!r} after a relative pronoun",
        True,
    ),
    (
        _RENAMED_ONLY,
        lambda b, c, w, a, of, ps: _group_naming(b, c, w),
        _FRAMED + " {!r} after a plural subject",
        True,
    ),
    (
        _EVERY_RULE,
        lambda b, c, w, a, of, ps: _frame_with_aside(b, c, w),
        _FRAMED + " {!r} with words inside it",
        True,
    ),
    (
        _NO_RULE_BEFORE,
        lambda b, c, w, a, of, ps: _cited_as(c, w, a),
        _FRAMED + " {!r} after it, the word or name it is cited as",
        False,
    ),
    (
        _NO_RULE_BEFORE,
        lambda b, c, w, a, of, ps: _title_after_noun(b, c, w),
        _TITLED_BY_NOUN,
        False,
    ),
)


def _titled_by_noun(sentence_before: str, content: str, words: list[str]) -> str | None:
    """The reason of :func:`_title_after_noun`, the last of :func:`_naming`'s rules
    (the only one left to ask where a paragraph has no naming word: see
    :meth:`_Reader.quiet`). The narrator's comma or stop may be printed inside the
    marks (*in the newsletter "Tide Tables."*)."""
    if content[-1:] in _INSIDE_PUNCTUATION:
        content = content[:-1]
    noun = _title_after_noun(sentence_before, content, words)
    return None if noun is None else _TITLED_BY_NOUN.format(noun)


# A paragraph asked about for more quotes than this is checked once for the words the
# decision looks for (_Reader.quiet); real paragraphs rarely hold so many quotes.
_QUIET_AFTER = 16
# ... when its distinct runs of letters hold at most this many characters in all.
_QUIET_RUNS = 2000
# The characters a word looked for is made of (lexicon entries: a-z, ' and -), and
# the runs of them that hold every such word read in a paragraph.
_LETTER_RUN = regex.compile(r"[\p{L}'’\-]++")
# Its twin for ASCII text, where \p{L} is [A-Za-z] and ’ stands nowhere (``re`` reads
# such a text about twice as fast: tests/test_kinds_quiet.py compares the two).
_ASCII_LETTER_RUN = re.compile(r"[A-Za-z'\-]+")


def _letter_runs(lowered: str) -> list[str]:
    """``_LETTER_RUN.findall(lowered)``, by the ``re`` twin when ``lowered`` is ASCII."""
    if lowered.isascii():
        return _ASCII_LETTER_RUN.findall(lowered)
    return _LETTER_RUN.findall(lowered)


@functools.cache
def _cue_words() -> tuple[str, ...]:
    """The words a cue test can find (:func:`_has_cue`, :func:`_cue_ends`): the
    single-word cues and the first word of each longer one."""
    single, multi = _cue_index()
    return tuple(sorted(set(single) | set(multi)))


@functools.cache
def _naming_words() -> tuple[str, ...]:
    """The words a frame or a naming rule can find: the last word of each naming
    frame (:func:`_frame_before`, :func:`_frame_then_determiner`), the renaming verbs,
    the naming nouns and a group's naming verbs (:func:`_naming`'s rules but the
    last; the title nouns of :func:`_title_after_noun`, *show*, *film*, are common in
    lists of titles, so that rule is asked as before)."""
    words = {frame.split()[-1] for frame in load("naming_frames")}
    for name in ("renaming_verbs", "naming_nouns", "gloss_verbs", "group_naming_verbs"):
        words |= set(load(name))
    return tuple(sorted(words))


# The characters other than letters and digits that may end the word before a quote
# that a frame or a naming rule reads (_TRAILING_WORDS, _TRAILING_PLAIN, _LAST_WORD).
_WORD_END = frozenset("'’-.")


def _word_last(before: str) -> bool:
    """False when the text before a quote, its spaces and commas stripped, does not
    end with a letter, a digit, ``'``, ``’``, ``-`` or ``.``: no naming frame
    (:func:`_frame_before`) and no naming rule (:func:`_naming`) can then find the
    words they read right before the quote (a list of quoted titles, *"A", "B"*).

    >>> _word_last("a pier known as "), _word_last('the films "A", ')
    (True, False)
    """
    tail = before.rstrip()
    while tail.endswith(","):
        tail = tail[:-1].rstrip()
    last = tail[-1:]
    return last.isalnum() or last in _WORD_END


class _Quiet(NamedTuple):
    """What a paragraph dense with quotes lacks (:meth:`_Reader.quiet`)."""

    cues: bool  # no cue word, and no speaker named before a colon at its start
    names: bool  # no word of a naming frame or rule (title nouns aside)
    connectives: bool  # no connective (*but*, *so*) that may open a sentence


_LOUD = _Quiet(cues=False, names=False, connectives=False)
# A paragraph with none of them: :meth:`_Reader.quiet` gives this one object.
_QUIET = _Quiet(cues=True, names=True, connectives=True)
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# A dense run's answers are kept by their windows (_Reader.shared_key).
_SHARED_MEMO = 256  # distinct windows kept per text (all dropped when full)
# Every ASCII digit but 0, which a key writes as 0 (_Reader.shared_key).
_NONZERO_DIGIT = re.compile(r"[1-9]")
_ASCII_DIGIT = re.compile(r"[0-9]")
_SharedKey = tuple[int, int, int, int, int, str, tuple[int, int] | None]


class _Reader:
    """What :func:`classify_all` works out once for all the quotes of a text.

    The paragraph of each quote is found by a pointer that only moves forward
    (quotes come in text order), and a paragraph's letters are checked for
    non-ASCII word characters once, not once per quote. A window with no
    sentence punctuation in it (``.``, ``!``, ``?``, ``…``) holds no sentence
    break and ends no sentence, which one bounded search tells without running
    the splitter.

    Paragraphs dense with quotes are also checked once for the words the decision
    looks for (:meth:`quiet`): where none can be read, the tests that look for them
    are skipped for all their quotes, since each would find nothing.
    """

    __slots__ = (
        "_answers",
        "_asked",
        "_calm",
        "_dense",
        "_plain",
        "_quiet",
        "calm",
        "n",
        "para",
        "paras",
        "quiet_after",
        "shared",
        "stops",
        "tails",
        "text",
    )

    def __init__(
        self,
        text: str,
        paras: list[tuple[int, int]],
        *,
        quiet_after: int | None = _QUIET_AFTER,
        tails: bool = True,
        calm: bool = True,
        shared: bool = True,
        stops: StopIndex | None = None,
    ) -> None:
        self.text = text
        # The quotes of a dense run whose windows differ only in ASCII digits share
        # one answer (shared_key; False: each is decided, the reference it is
        # tested against).
        self.shared = shared
        self._answers: dict[_SharedKey, tuple[QuoteKind, float, str]] = {}
        # (first paragraph, last paragraph) of a dense run -> where they start, whether
        # they are calm, their characters with each ASCII digit written 0 (shared_key)
        self._dense: dict[tuple[int, int], tuple[int, bool, str]] = {}
        # Paragraphs with no sentence punctuation are found once (calm_from; False:
        # never, the reference that check is tested against).
        self.calm = calm
        self._calm: dict[tuple[int, int], int] = {}
        # The frames and naming rules read a quote's _naming_tail (False: the whole
        # text before it, the reference the tails are tested against).
        self.tails = tails
        self.paras = paras
        self.n = len(text)
        self.para = ParagraphCursor(paras, len(text)).index
        # Is there punctuation in a window: the stops listed once, or each stretch read
        # once (given: the StopIndex of the text that the caller hands on to attribution).
        self.stops = stops_of(text, stops)
        # (first paragraph, last paragraph) -> no non-ASCII word character in them
        self._plain: dict[tuple[int, int], bool] = {}
        # (first paragraph, last paragraph) -> quotes asked there; what they lack
        self.quiet_after = quiet_after
        self._asked: dict[tuple[int, int], int] = {}
        self._quiet: dict[tuple[int, int], _Quiet] = {}

    def quiet(self, i: int, j: int) -> _Quiet:
        """Which words paragraphs ``i`` to ``j`` lack: any cue word (and a speaker's
        name and a colon at their start), any word of a naming frame or rule.

        Every window :func:`_classify` reads for a quote lies in its paragraphs, and
        every word it reads there (a whole word, or one cut by the window's edge) lies
        in one run of letters, apostrophes and hyphens of the lower-cased paragraphs:
        when no run holds a cue word (:func:`_cue_words`), the cue tests and the
        reporting lead find nothing; when none holds a naming word
        (:func:`_naming_words`), the frame and the naming rules (but the last) find
        nothing; when none holds a connective, no lead is made of connectives alone.
        Checked only for paragraphs asked about more than ``quiet_after``
        times (a dense run of quotes), and only when their distinct runs are few (each
        word looked for is searched in them); elsewhere nothing is said to be missing.
        """
        key = (i, j)
        known = self._quiet.get(key)
        if known is not None:
            return known
        if self.quiet_after is None:
            return _LOUD
        asked = self._asked[key] = self._asked.get(key, 0) + 1
        if asked <= self.quiet_after:
            return _LOUD
        a = self.paras[i][0] if i >= 0 else 0
        b = self.paras[j][1] if j >= 0 else self.n
        runs = "\n".join(set(_letter_runs(self.text[a:b].lower())))
        if len(runs) > _QUIET_RUNS:
            quiet = _LOUD
        else:
            quiet = _Quiet(
                cues=not any(word in runs for word in _cue_words())
                and not _headline_names(self.text, a, a + 80),
                names=not any(word in runs for word in _naming_words()),
                connectives=not any(word in runs for word in load("connectives")),
            )
        if quiet == _QUIET:
            quiet = _QUIET
        self._quiet[key] = quiet
        return quiet

    def calm_from(self, i: int, j: int) -> int:
        """Where paragraphs ``i`` to ``j`` begin when they hold no sentence
        punctuation (:data:`~quoteverify.text.sentences.STOP`), else -1: then no
        window in them holds any, and :func:`_classify` asks ``stops`` of none
        (the quotes of a dense run joined by commas and words: one search for all
        of them, not three per quote)."""
        key = (i, j)
        calm = self._calm.get(key)
        if calm is None:
            a = self.paras[i][0] if i >= 0 else 0
            b = self.paras[j][1] if j >= 0 else self.n
            none = self.calm and not self.stops.holds(a, b)
            calm = self._calm[key] = a if none else -1
        return calm

    def shared_key(
        self,
        i: int,
        j: int,
        *,
        lo: int,
        hi: int,
        start: int,
        end: int,
        outer: tuple[int, int],
        inside: tuple[int, int] | None = None,
    ) -> _SharedKey | None:
        """What :func:`_classify` reads for a quote of a dense run, as a key shared by
        every quote that reads the same, or ``None`` where the quote is decided alone.

        In paragraphs ``i`` to ``j`` asked about for more than ``quiet_after`` quotes
        (what they lack, ``quiet``, is then known and fixed) and holding no sentence
        punctuation (:meth:`calm_from`) or none within the quote's reach (its window
        and the :data:`~.sentences._END_REACH` characters before it: a list of titles
        that ends on a stop), a quote whose window ``[lo, hi)`` starts at
        least :data:`~.sentences._END_REACH` characters into the paragraph is decided
        on that window's characters and on what the reader knows of paragraphs ``i``
        to ``j``, nothing else: no sentence break is searched, the lead's sentence end
        is not read (its reach lies in the paragraph, which has no stop), the window
        before the quote is whole (``lo`` past the paragraph's start), so the test for
        a speaker and a colon reads the paragraph's first 80 characters whatever the
        quote, and the one character read past the quote lies in ``[lo, hi)`` or, at
        the paragraph's end, after it, the same for every quote there. The key holds
        ``i``, ``j``, the quote's offsets in the window and the window's characters
        with every ASCII digit written 0: no test reads which digit stands
        (``tests/test_shared_answers.py`` writes other digits and compares), so a run
        of quotes numbered ``b1``, ``b2``, ... gets one answer, kept only when its
        reason prints no digit (a reason quoting the window would print its own).
        ``quiet`` is not in the key: it is fixed once ``i`` and ``j`` are dense.

        A quote nested in another (``inside``, the words of the quote around it) is
        read in those words: its window stops at their edges and the speaker-and-colon
        test reads from their start. The key holds ``inside`` too, so the quotes that
        share an answer share what is read at those edges (the quoted phrases of one
        quote left open share their answers, those of two quotes do not)."""
        ij = (i, j)
        dense = self._dense.get(ij)
        if dense is None:
            if not self.shared or self.quiet_after is None:
                return None
            if self._asked.get(ij, 0) <= self.quiet_after:
                return None  # not (yet) a dense run
            # Read once for the paragraphs: where they start, whether they are calm,
            # and their characters with every ASCII digit written 0.
            a = self.calm_from(i, j)
            calm = a >= 0
            if not calm:
                a = self.paras[i][0] if i >= 0 else 0
            b = self.paras[j][1] if j >= 0 else self.n
            dense = self._dense[ij] = (a, calm, _NONZERO_DIGIT.sub("0", self.text[a:b]))
        a, calm, zeroed = dense
        if lo - a < _END_REACH:
            return None
        if not calm and self.stops.any(lo - _END_REACH, hi):
            # Sentence punctuation stands somewhere in the paragraphs: a quote none
            # stands near reads what it would read in calm ones (_decide asks the
            # stops only of windows within [lo - _END_REACH, hi), and each of those
            # asks then finds nothing, as in calm paragraphs).
            return None
        return (i, j, start - lo, end - lo, outer[1] - lo, zeroed[lo - a : hi - a], inside)

    def remember(self, key: _SharedKey, answer: tuple[QuoteKind, float, str]) -> None:
        """Keep ``answer`` for the quotes whose :meth:`shared_key` is ``key``, unless its
        reason prints a digit (then each quote's own digits stand there)."""
        if _ASCII_DIGIT.search(answer[2]) is not None:
            return
        if len(self._answers) >= _SHARED_MEMO:
            self._answers.clear()
        self._answers[key] = answer

    def plain(self, i: int, j: int, lo: int, hi: int) -> bool:
        """True when ``text[lo:hi]`` has no letter or digit outside ASCII. When the
        window lies in paragraphs ``i`` to ``j``, they are checked once for all the
        quotes in them, and the window itself only when they fail."""
        a = self.paras[i][0] if i >= 0 else 0
        b = self.paras[j][1] if j >= 0 else self.n
        if a <= lo and hi <= b:
            key = (i, j)
            whole = self._plain.get(key)
            if whole is None:
                seg = self.text[a:b]
                whole = self._plain[key] = _plain(seg)
            if whole:
                return True
        read = self.text[lo:hi]
        return _plain(read)


def _plain(s: str) -> bool:
    """True when ``s`` has no letter or digit outside ASCII (its punctuation may be
    curly quotes and dashes: one fast ``re`` search tells most news)."""
    return (
        s.isascii()
        or BEYOND_PUNCTUATION.search(s) is None
        or _NON_ASCII_WORD_CHAR.search(s) is None
    )


def _last_break(text: str, lo: int, hi: int, stops: StopIndex) -> int:
    """Where the last sentence break in ``text[lo:hi]`` (read as a string of its own) ends."""
    if not stops.any(lo, hi):
        return 0
    return last_break_end(text[lo:hi])


def classify(
    text: str,
    start: int,
    end: int,
    *,
    outer: tuple[int, int],
    paras: list[tuple[int, int]],
    inside: tuple[int, int] | None = None,
) -> tuple[QuoteKind, float, str]:
    """Return ``(kind, confidence, reason)`` for the quote ``text[start:end]``.

    ``outer`` is the span with the quote marks; ``paras`` the paragraphs of ``text``;
    ``inside``, for a quote nested in another, the words of the quote around it:
    the nested quote's sentence is read there (*"The 'fake' polls are wrong," Roe
    said*: the words around *fake* hold no cue).
    """
    return _classify(_Reader(text, paras), start, end, outer, inside)


def classify_all(
    text: str,
    quotes: Sequence[tuple[int, int, tuple[int, int]]],
    paras: list[tuple[int, int]],
    inside: Sequence[tuple[int, int] | None] | None = None,
    *,
    stops: StopIndex | None = None,
) -> list[tuple[QuoteKind, float, str]]:
    """:func:`classify` for each ``(start, end, outer)`` of ``quotes``, in one pass
    (``inside``: for each quote, the words of the quote it is nested in, or None;
    ``stops``: the text's :class:`.sentences.StopIndex`, when the caller made it to
    hand on to the text layer of attribution, else ``None`` and one is made here;
    anything else raises, :func:`.sentences.stops_of`).

    The answers are those of :func:`classify` called quote by quote
    (``tests/test_kinds.py`` checks it); what depends only on a quote's paragraph
    is worked out once per paragraph. Quotes in text order are cheapest.

    >>> text = '"Yes," she said, "and no."'
    >>> [k.value for k, _, _ in classify_all(text, [(1, 5, (0, 6)), (18, 25, (17, 26))],
    ...                                      [(0, len(text))])]
    ['direct', 'direct']
    """
    reader = _Reader(text, paras, stops=stops)
    if inside is None:
        return [_classify(reader, start, end, outer) for start, end, outer in quotes]
    return [
        _classify(reader, start, end, outer, bound)
        for (start, end, outer), bound in zip(quotes, inside, strict=True)
    ]


def _term_or_run_on(
    content: str,
    words: list[str],
    after: str,
    *,
    at_start: bool,
    colon_lead: bool,
    runs_on: bool,
) -> tuple[QuoteKind, float, str] | None:
    """The first answers for a quote opening its sentence or after a colon: a term
    that the sentence is about, or words that run on into the narrator's sentence."""
    if at_start and not colon_lead and runs_on and _term_as_subject(content, words, after):
        return QuoteKind.NON_SPEECH, 0.65, TERM_SUBJECT
    if (at_start or colon_lead) and runs_on and len(words) >= 2:
        where = " after a colon" if colon_lead else ""
        return QuoteKind.PARTIAL, 0.65, "a quote that runs on into the narrator's sentence" + where
    return None


def _lower_case_in_quiet(
    content: str, words: list[str], before: str, after: str, lead: str, *, nested: bool = False
) -> tuple[QuoteKind, float, str]:
    """:func:`_classify` for a quote that opens with an ASCII lower-case letter, in
    paragraphs with no cue word, no naming word and no connective (``_QUIET``).

    Only the tests that need none of those words are left, in the same order: a
    value in markup, a slogan's carrier, a headline's colon, a term as subject, a
    sentence of its own or one that runs on, a scare quote. Every other test needs a
    capital (titles, names, nicknames) or a word the paragraph lacks (cues, frames,
    naming rules, a lead of connectives). ``tests/test_kinds.py`` checks the answers
    against the full path.
    """
    n_words = len(words)
    ends_terminal = content[-1] in _TERMINAL  # (content opens with a letter)
    if before.endswith("=") or (content.endswith("=") and n_words <= 2):
        return QuoteKind.NON_SPEECH, 0.9, MARKUP
    if _value_pair(lead, content, n_words, after):
        return QuoteKind.NON_SPEECH, 0.75, VALUE_PAIR
    at_sentence_start = not lead.strip("([—–- \t") or lead.endswith(("(", "—", "–", " -", "--"))
    colon_lead = lead.endswith(":")
    carrier = _carrier_after(content, after)
    if carrier is not None:
        return QuoteKind.NON_SPEECH, 0.75, f"{_SLOGAN} {carrier!r}"
    if at_sentence_start and n_words >= 2 and after.lstrip(" \t").startswith(":"):
        return QuoteKind.DIRECT, 0.7, "a headline quote before a colon and its speaker"
    next_char = after.lstrip(" \t\u00a0")[:1]
    runs_on = not ends_terminal and next_char.isalpha() and next_char.islower()
    if nested and not runs_on and _quotative_lead(lead, _words):
        return QuoteKind.DIRECT, 0.75, VOICED_INSIDE
    opening = _term_or_run_on(
        content, words, after, at_start=at_sentence_start, colon_lead=colon_lead, runs_on=runs_on
    )
    if opening is not None:
        return opening
    if (at_sentence_start or colon_lead) and n_words >= 3 and ends_terminal:
        return (
            QuoteKind.DIRECT,
            0.9,
            "a sentence of its own" + (" after a colon" if colon_lead else ""),
        )
    if n_words <= 4 and not ends_terminal:
        return QuoteKind.NON_SPEECH, 0.55, SCARE_QUOTE
    if _scare_quote_with_stop(content, words, at_start=at_sentence_start or colon_lead):
        return QuoteKind.NON_SPEECH, 0.55, SCARE_QUOTE
    if at_sentence_start and n_words >= 3:
        return QuoteKind.DIRECT, 0.6, "a sentence with no cue nearby"
    return QuoteKind.PARTIAL, 0.5, FRAGMENT_UNCUED


_SCARE_MOST = 2  # words at most in a scare quote with the narrator's comma or stop inside


def _scare_quote_with_stop(content: str, words: list[str], *, at_start: bool) -> bool:
    """True when a quote that no cue, frame or title rule claimed is a scare quote
    although a comma or a full stop is printed inside its marks: one or two words
    opening in lower case, no pronoun that points at a speaker or a listener (*"spare
    me,"*), no lone letter that is no word first (*do 't.*, *It 's all.*: the tail
    of a contraction, its apostrophe read as a mark), neither opening a sentence nor
    following a colon. The
    stop is the narrator's, set inside the marks by house style (*would give the
    firm "scale," which ...*; *plenty of "grumbling."*), not the end of words
    somebody said. (A lower-case quote with no such stop is one already; a longer
    one, or one after a colon, may be a fragment of speech.)

    >>> _scare_quote_with_stop("scale,", ["scale"], at_start=False)
    True
    >>> _scare_quote_with_stop("scale,", ["scale"], at_start=True)
    False
    >>> _scare_quote_with_stop("not a journalist,", ["not", "a", "journalist"], at_start=False)
    False
    >>> _scare_quote_with_stop("Scale.", ["scale"], at_start=False)
    False
    >>> _scare_quote_with_stop("spare me,", ["spare", "me"], at_start=False)
    False
    >>> _scare_quote_with_stop("s all.", ["s", "all"], at_start=False)
    False
    """
    return (
        not at_start
        and 1 <= len(words) <= _SCARE_MOST
        and content[-1:] in _INSIDE_PUNCTUATION
        and content[:1].islower()
        and _PERSONAL.isdisjoint(words)
        and (len(words[0]) > 1 or words[0] in load("stopwords"))
    )


def _cue_beside(
    sentence_before: str,
    sentence_after: str,
    *,
    short_words: list[str] | None,
    words_of: Callable[[str], list[str]],
    after_words: list[str] | None = None,
) -> bool:
    """True when a speech cue stands beside a quote: among the last 12 words of the
    sentence before it (``short_words`` when that sentence is short, else its last
    100 characters) or among the first 8 of the sentence after it (``after_words``
    when already split, else its first 70 characters). Asked only by the tests that
    read it (a quote opening a sentence of its own is decided without it).

    >>> _cue_beside("Ana said ", "", short_words=None, words_of=_words)
    True
    >>> _cue_beside("the sign ", ", a new one", short_words=None, words_of=_words)
    False
    """
    return _has_cue(
        (short_words if short_words is not None else words_of(sentence_before[-100:]))[-12:]
    ) or _has_cue((after_words if after_words is not None else words_of(sentence_after[:70]))[:8])


def _classify(
    reader: _Reader,
    start: int,
    end: int,
    outer: tuple[int, int],
    inside: tuple[int, int] | None = None,
) -> tuple[QuoteKind, float, str]:
    text, paras = reader.text, reader.paras
    i = reader.para(start)
    p_start = paras[i][0] if i >= 0 else 0
    j = reader.para(outer[1])
    a_end = paras[j][1] if j >= 0 else len(text)
    if inside is not None:
        # A nested quote: its sentence is in the words of the quote around it.
        p_start, a_end = max(p_start, inside[0]), min(a_end, inside[1])
    lo = max(p_start, outer[0] - _WINDOW)
    hi = min(a_end, outer[1] + _WINDOW)
    # No word in the paragraphs that the cue tests (or the frame and naming rules) look
    # for: those tests would all find nothing, so none is run (_Reader.quiet).
    quiet = reader.quiet(i, j)
    # A quote of a dense run that reads what one before it read gets its answer
    # (after quiet(): the paragraphs' count of quotes asked is kept there).
    key = reader.shared_key(i, j, lo=lo, hi=hi, start=start, end=end, outer=outer, inside=inside)
    answer = None if key is None else reader._answers.get(key)
    if answer is not None:
        return answer
    nested = inside is not None
    answer = _decide(
        reader, quiet, i, j, p_start, lo=lo, hi=hi, start=start, end=end, outer=outer, nested=nested
    )
    if key is not None:
        reader.remember(key, answer)
    return answer


def _decide(
    reader: _Reader,
    quiet: _Quiet,
    i: int,
    j: int,
    p_start: int,
    *,
    lo: int,
    hi: int,
    start: int,
    end: int,
    outer: tuple[int, int],
    nested: bool,
) -> tuple[QuoteKind, float, str]:
    """:func:`_classify` once the quote's paragraphs (``i`` to ``j``, the first
    starting at ``p_start`` or at the words of the quote it is nested in, when
    ``nested``), its windows (``[lo, hi)``) and what the paragraphs lack (``quiet``)
    are known."""
    text = reader.text
    content = text[start:end].strip()
    # Every string read below lies in text[lo:hi] or the content: when none of it holds
    # a letter or digit outside ASCII, one plain ``re`` call finds the words of each.
    plain = reader.plain(i, j, min(lo, start), max(hi, end))
    words_of = _plain_words if plain else _words
    words = words_of(content)
    n_words = len(words)
    # A quote nested at the end closes with its own mark after the punctuation
    # ("The sign said 'No entry,'" Roe said): the punctuation ends the outer one too.
    last_char = (
        content.rstrip(_CLOSER_CHARS)[-1:] if content[-1:] in _CLOSER_CHARS else content[-1:]
    )
    ends_terminal = bool(last_char) and last_char in _TERMINAL
    b_end = max(p_start, outer[0])
    before = text[lo:b_end]
    after = text[outer[1] : hi]
    # Only the sentence around the quote counts.
    # Every window of stops asked below lies in the paragraphs (the third may start
    # before them): in calm ones, none holds a stop (_Reader.calm_from).
    calm = reader.calm_from(i, j)
    last_break = (
        _last_break(text, lo, b_end, reader.stops)
        if calm < 0 and reader.stops.any(lo, b_end)
        else 0
    )
    sentence_before = before[last_break:]
    lead = sentence_before.rstrip()
    if quiet is _QUIET and content[:1] in _ASCII_LOWER:
        return _lower_case_in_quiet(content, words, before, after, lead, nested=nested)
    # (Most quotes open with a letter: the generator only when one does not.)
    first_alpha = (
        content[0] if content[:1].isalpha() else next((c for c in content if c.isalpha()), "")
    )
    starts_upper = first_alpha.isupper()
    # Punctuation printed right after the closing mark ('"We lost", Roe said.'; '"We
    # will win".'): where the sense, not the typesetter's habit, puts it.
    outside = text[outer[1] : outer[1] + 1] if not ends_terminal else ""
    # The sentence after the quote is read only by the cue tests and, for a capitalised
    # quote, by the title test (_title_lead): in a quiet paragraph a quote that is not
    # capitalised has no use for it.
    capitalised = content[:1].isupper()
    if not quiet.cues or capitalised:
        m_after = (
            None
            if calm >= 0 or not reader.stops.any(outer[1], hi)
            else next(break_spans(after, 0, len(after)), None)
        )
        sentence_after = after[: m_after[0] + 1] if m_after else after
    else:
        sentence_after = ""
    # Read in the text itself, where the splitter sees the quote that follows.
    lead_end = b_end - len(sentence_before) + len(lead)
    # Read below only for a quote opening with a capital or no letter, or by a cue test
    # (the split quote's first half, ``previous_sentence``).
    lead_ends_sentence = (
        (starts_upper or not first_alpha or not quiet.cues)
        and (calm < 0 or lead_end - _END_REACH < calm)
        and reader.stops.any(max(0, lead_end - _END_REACH), lead_end)
        and ends_sentence(text, lead_end)
    )
    # A capitalised quote right after a sentence end opens a sentence of its own
    # (the break before it has no capital in ``before`` to be found by).
    at_sentence_start = (
        not lead.strip("([—–- \t")
        or bool((starts_upper or not first_alpha) and lead_ends_sentence)
        # "(" or a dash opens an aside of its own: '... (“We are ready,” Roe wrote)'.
        or lead.endswith(("(", "—", "–", " -", "--"))
    )
    colon_lead = lead.endswith(":")
    # A sentence before the quote of at most 40 characters is the whole of each window
    # of it read below (its last 40, 80 or 100 characters, with or without the spaces
    # that end it), so each has its words: split once (tests/test_kinds.py).
    short_words = words_of(sentence_before) if len(sentence_before) <= _SHORT_LEAD else None
    # The sentence that ends right before a quote opening a sentence of its own.
    previous_sentence = lead if at_sentence_start and lead_ends_sentence else ""
    # Only a lead of one or two words counts: its last 40 characters hold at least
    # as many words as the whole, so three there settle it.
    if not at_sentence_start and not quiet.connectives:
        lead_words = short_words if short_words is not None else words_of(lead[-40:])
        if len(lead_words) < 3 and short_words is None:
            lead_words = words_of(lead)
        if 0 < len(lead_words) <= 2 and all(w in load("connectives") for w in lead_words):
            at_sentence_start = True  # 'But "we will win," she said.'

    if before.endswith("=") or (content.endswith("=") and n_words <= 2):
        # The second: the text between two values ('<a id="" href="'), an empty one first.
        return QuoteKind.NON_SPEECH, 0.9, MARKUP
    if _value_pair(lead, content, n_words, after):
        return QuoteKind.NON_SPEECH, 0.75, VALUE_PAIR
    # The words after the quote and whether a cue stands near it are read late (a
    # quote opening a sentence of its own, most of them, is decided before either).
    after_words: list[str] | None = None
    quote_then_colon = at_sentence_start and after.lstrip(" \t").startswith(":")

    if (
        1 <= n_words <= 3
        and not ends_terminal
        and after[:1] in _WORD_AFTER_OPENS
        and _NAME_AFTER.match(after)
        and all(w[:1].isupper() for w in _cased_words(content))
        and _NAME_BEFORE.search(before[-40:])
    ):
        return QuoteKind.NON_SPEECH, 0.8, NICKNAME
    if colon_lead and not quiet.names:
        carrier = _carrier_before_colon(lead, words_of=words_of)
        if carrier is not None:
            return QuoteKind.NON_SPEECH, 0.75, f"{_SLOGAN} {carrier!r}"
    # 'she said of the film, "We loved it"': a speech cue before the comma hands over.
    lead_kind = (
        None if quiet.cues else _reporting_lead(lead, words_of=words_of, tail_words=short_words)
    )
    if lead_kind == "aside":
        lead_kind = "comma" if starts_upper else None
    if lead_kind == "comma" and starts_upper and _frame_after_that(lead, words_of=words_of):
        lead_kind = None  # 'finding that its slogan, "Sleep Is Optional," ...': a name
    # A frame or a naming rule reads a word right before the quote (_word_last), and
    # names no quote that opens a sentence, follows a colon or a cue and a comma. In a
    # paragraph with no naming word only the last rule is left, and it needs a capital.
    if (
        not (at_sentence_start or colon_lead or lead_kind == "comma")
        and (not quiet.names or capitalised)
        and _word_last(sentence_before)
    ):
        # What the frame and the naming rules read of it (the same answers, shared by
        # the quotes of a dense run that the same words stand before: _naming_tail).
        if not quiet.names and reader.tails:
            named_from = _naming_tail(sentence_before)
            frame = _frame_at(named_from)
        else:
            named_from = sentence_before
            frame = None if quiet.names else _frame_before(sentence_before, words_of=words_of)
        if (
            frame is not None
            and first_alpha.islower()
            and (
                words[0] in load("auxiliaries")
                or sentence_before.rstrip().endswith(",")
                or (content[:1].islower() and frame in load("work_frames"))
                or not _SPEAKERS_SELF.isdisjoint(words)
            )
        ):
            # 'the new program "is gaining ground"': the noun is the words' subject;
            # 'the grant program, "states were broke"': a comma closes the noun phrase;
            # 'called the film "quiet and merciless"': a work's title opens with a
            # capital or a digit (the film "9 Lives"); 'charged with "a crime I did
            # not commit"': a speaker's own I or we, in lower-case words, says them.
            frame = None
        if frame in load("document_frames") and _names_document(words_of(sentence_before[-80:])):
            frame = None  # 'The decree signed by the Pope read "..."': a document's words
        if frame is not None:
            if (
                frame in select("naming_frames", speech=True)
                and not quiet.cues
                and (
                    _cue_beside(
                        sentence_before, sentence_after, short_words=short_words, words_of=words_of
                    )
                    or _headline_names(text, p_start, min(outer[0], p_start + 80))
                )
            ):
                return QuoteKind.PARTIAL, 0.7, f"fragment framed by {frame!r} in reported speech"
            return QuoteKind.NON_SPEECH, 0.75, f"{_FRAMED} {frame!r}"
        named = (
            _titled_by_noun(named_from, content, words)
            if quiet.names
            else _naming(named_from, content, words, after, words_of=words_of, nested=nested)
        )
        if named is not None:
            return QuoteKind.NON_SPEECH, 0.7, named
        # (Not one of _naming's rules: the word glossed may be in quote marks of its
        # own, which the tail they share stops at.)
        gloss = None if quiet.names else _gloss(sentence_before, content, words)
        if gloss is not None:
            return QuoteKind.NON_SPEECH, 0.7, f"{_FRAMED} {gloss!r}, {_GLOSS}"

    if capitalised and lead_kind != "comma" and _measure_name(content, words):
        # 'the gang was caught in "Operation Lantern," police said': a name.
        return QuoteKind.NON_SPEECH, 0.7, MEASURE_NAME
    # (Each title and name test below needs a capitalised quote.)
    title_lead = (capitalised or _opens_title(content)) and (
        _title_lead(lead, content, words, sentence_after)
        or _apposition_lead(lead, content, words, after, lead_kind)
    )
    if title_lead:
        return QuoteKind.NON_SPEECH, 0.7, f"{_TITLED} {title_lead!r}"
    # (Right after *that*, *found that "...", a show ...*, a source is reported.)
    # (The title test first: it rarely finds a noun, and the lead is read only then.)
    work = _title_before_apposition(content, words, after) if capitalised else None
    if work is not None and _after_complementizer(lead):
        work = None
    if work is not None:
        return QuoteKind.NON_SPEECH, 0.7, f"{_TITLE_NAMED} ({work!r})"
    if capitalised and _by_author(
        content,
        words,
        after,
        (short_words if short_words is not None else words_of(lead[-40:]))[-3:],
        set_off=lead_kind == "comma" and _title_cased(content),
    ):
        return QuoteKind.NON_SPEECH, 0.7, BY_AUTHOR
    # (A comma after it first: most quotes are not set off by one.)
    if (
        capitalised
        and (content[-1:] == "," or after[:1] == ",")
        and _made_public(content, words, after)
    ):
        return QuoteKind.NON_SPEECH, 0.7, MADE_PUBLIC
    carrier = _carrier_after(content, after)
    if carrier is not None:
        return QuoteKind.NON_SPEECH, 0.75, f"{_SLOGAN} {carrier!r}"
    modifier = (
        _name_before_noun(lead, content, words, after, opens=at_sentence_start and not colon_lead)
        if capitalised
        else None
    )
    if modifier is not None:
        if modifier == _OPENS:
            return QuoteKind.NON_SPEECH, 0.7, NAME_OPENS
        product = _product_after(after)
        if product is not None:
            return QuoteKind.NON_SPEECH, 0.7, f"{_PRODUCT_NAMED} {product!r}"
        return QuoteKind.NON_SPEECH, 0.7, f"{_NAME_USED} {modifier!r} and before a noun"
    product = _product_before(lead, content, n_words) if capitalised else None
    if product is not None:
        return QuoteKind.NON_SPEECH, 0.7, f"{_PRODUCT_NAMED_AFTER} {product!r}"
    if (
        capitalised
        and lead_kind != "comma"
        and _name_after_determiner(lead + " ", content, words, sentence_after)
    ):
        # 'shortlisted for the "Tern Prize"', 'its painkiller "Dolorex XR"': a name.
        return QuoteKind.NON_SPEECH, 0.7, NAME_OF_THING

    if quote_then_colon and n_words >= 2:
        return QuoteKind.DIRECT, 0.7, "a headline quote before a colon and its speaker"
    # '"... as we can" to win, Roe said': the narrator's sentence goes on after the quote.
    next_char = after.lstrip(" \t\u00a0")[:1]
    runs_on = not ends_terminal and next_char.isalpha() and next_char.islower()
    if runs_on and not quiet.cues:
        after_words = words_of(sentence_after[:70])
        runs_on = not _has_cue(after_words[:3])
    sentence_like = n_words >= 3 and (ends_terminal or (starts_upper and n_words >= 6))
    opening = _term_or_run_on(
        content, words, after, at_start=at_sentence_start, colon_lead=colon_lead, runs_on=runs_on
    )
    if opening is not None:
        return opening
    if (at_sentence_start or colon_lead) and (
        sentence_like or (starts_upper and content[-1:] in ".!?")
    ):
        return (
            QuoteKind.DIRECT,
            0.9,
            "a sentence of its own" + (" after a colon" if colon_lead else ""),
        )
    # (Read only for the cues in them: in quiet paragraphs there are none.)
    if after_words is None:
        after_words = [] if quiet.cues else words_of(sentence_after[:70])
    # A cue before the quote, after it, or a speaker named before a colon at the
    # paragraph's start (a bounded window: the regex engine may scan up to its end).
    cue = not quiet.cues and (
        _cue_beside(
            sentence_before,
            sentence_after,
            short_words=short_words,
            words_of=words_of,
            after_words=after_words,
        )
        or _headline_names(text, p_start, min(outer[0], p_start + 80))
    )
    if at_sentence_start or colon_lead:
        where = " after a colon" if colon_lead else ""
        if starts_upper and n_words >= 2 and outside in (".", "!", "?"):
            return QuoteKind.DIRECT, 0.8, "a sentence of its own, its stop after the mark" + where
        if colon_lead and starts_upper and not runs_on and _is_clause(words):
            # 'Roe: "We will win this fight"' (a headline prints no stop).
            return QuoteKind.DIRECT, 0.75, "a clause after a colon, no stop printed"
        # A long first half starts before the window: its opening mark is not in it.
        cut = last_break == 0 and outer[0] - _WINDOW > p_start
        if (
            not colon_lead
            and not runs_on
            and not quiet.cues
            and _split_after_cue(previous_sentence, cut=cut, words_of=words_of)
        ):
            return QuoteKind.DIRECT, 0.85, "the second part of a split quote, after its cue"
        if (
            n_words
            and (last_char in ",!?…—" or outside == ",")
            and _has_cue(after_words[:_CUE_AFTER_SHORT])
        ):
            return QuoteKind.DIRECT, 0.8, "a short sentence before its speech cue"
    if runs_on and n_words >= 2 and lead_kind in ("comma", "verb"):
        # 'Roe said, "We have not heard that" from the board': the narrator's sentence
        # goes on after the quote, a fragment of it however it opens.
        return QuoteKind.PARTIAL, 0.7, RUNS_ON_AFTER_CUE
    if lead_kind == "split":
        return QuoteKind.DIRECT, 0.85, "the second part of a split quote"
    if (
        not at_sentence_start
        and lead_ends_sentence
        and not runs_on
        and not quiet.cues
        and _split_after_cue(lead, words_of=words_of)
    ):
        # '"...," Roe said. "...and the rest."': a second half in lower case.
        return QuoteKind.DIRECT, 0.8, "the second part of a split quote, after its cue"
    if lead_kind == "comma" and (starts_upper or _is_clause(words)):
        return QuoteKind.DIRECT, 0.85, "reported words after a speech cue and a comma"
    if nested and not runs_on and n_words and _voiced_inside(lead, lead_kind, words_of=words_of):
        # '"They just say, 'fix it,' and leave," Roe said': inside a quote, words
        # voiced after a cue and a comma, or after a quotative (*he's like,*), are
        # somebody's words given whole, however they open.
        return QuoteKind.DIRECT, 0.75, VOICED_INSIDE
    if (
        nested
        and cue
        and lead.endswith(",")
        and starts_upper
        and ends_terminal
        and n_words >= 3
        and not runs_on
    ):
        # '"She told me, as I left, 'It will be fine,'" Roe said': a sentence of its
        # own after a comma, a cue earlier in the outer quote's sentence.
        return QuoteKind.DIRECT, 0.7, VOICED_INSIDE
    if (
        lead_kind == "comma"
        and ends_terminal
        and not runs_on
        and "," not in lead[:-1]
        and len(words_of(lead[-80:])) <= _CUE_CLAUSE_MOST
        and _may_open_clause(words)
    ):
        # 'It added, "the visit comes as ..."': the cue's short clause is the
        # narrator's whole sentence, so the words after it are what was said (not
        # 'There was, she said, "an implicit bargain."', where the narrator's clause
        # goes on, nor a long clause of the narrator's own before the comma).
        return QuoteKind.DIRECT, 0.75, "words ending their sentence after a speech cue and a comma"
    if (
        lead.endswith(",")
        and ends_terminal
        and (
            (_is_clause(words) and _has_cue(after_words[:3]))
            # 'In the end, "Our depots need a new schedule ...," said Ola Berg of
            # ...': a long capitalised quote after an opening phrase, its cue after
            # a name and a role.
            or (starts_upper and n_words >= _LONG_AFTER_PHRASE and _has_cue(after_words[:8]))
        )
    ):
        return QuoteKind.DIRECT, 0.7, "a clause after an opening phrase, then its speech cue"
    if (
        lead_kind == "verb"
        and starts_upper
        and content.endswith(",")
        and next_char.isalpha()
        and next_char.islower()
        and n_words <= 8
        and _title_cased(content)
        and not _is_clause(words)
        and _PERSONAL.isdisjoint(words)
        and not _reply(words)
    ):
        # 'who wrote "Salt and Iron," said ...': a name, the comma inside the marks
        # the narrator's, whose sentence runs on after it; not after a word of
        # chanting ('marched on, chanting "Jobs Not Cuts," as ...': what a crowd said),
        # nor a short answer ('Ana said "No," again': what she said).
        verb = _LAST_WORD.search(lead[-40:])
        if verb is None or verb.group(0).lower() not in load("chant_nouns"):
            return QuoteKind.NON_SPEECH, 0.7, f"{_TITLED} {verb.group(0) if verb else lead!r}"
    if lead_kind == "verb" and (_is_clause(words) or (starts_upper and sentence_like)):
        return QuoteKind.DIRECT, 0.75, "a clause after a speech verb"
    if (
        lead_kind == "verb"
        and ends_terminal
        and not runs_on
        and _may_open_clause(words)
        and _participle_then_that(words_of(lead[-40:]))
    ):
        # 'adding that "no money left any account."': after *saying*, *adding*,
        # *noting* and *that*, the words ending the sentence are the clause
        # reported, whatever their verb.
        return QuoteKind.DIRECT, 0.7, "a clause after a speech participle and 'that'"
    if lead_kind == "verb" and starts_upper and (content[-1:] in "!?" or outside in ("!", "?")):
        # 'a man yelled "Go home!"': what was shouted or asked, word for word.
        return QuoteKind.DIRECT, 0.75, "an exclamation or a question after a speech verb"
    if lead_kind == "verb" and starts_upper and outside == "." and not runs_on:
        # 'Asked again, Roe replied "No".': the answer whole, its stop after the mark.
        return QuoteKind.DIRECT, 0.75, "a sentence after a speech verb, its stop after the mark"
    if (
        lead_kind is None
        and cue
        and not (at_sentence_start or colon_lead or runs_on)
        and (
            _is_clause(words)
            or (starts_upper and content[-1:] in ".!?" and n_words >= 3)
            or (_may_open_clause(words) and not load("past_forms").isdisjoint(words[1:]))
        )
        and _cue_then_phrase(lead, words_of=words_of)
    ):
        # 'Ruiz told the crowd "we will not close a single ward."': the verb's object
        # or a time stands between the cue and the clause it reports; its verb may be
        # a past form with no auxiliary ('"every penny we raised came back."').
        return QuoteKind.DIRECT, 0.7, "a clause after a speech verb and a short phrase"
    if (
        not cue
        and starts_upper
        and content.endswith(",")
        and n_words <= 4
        and next_char.isalpha()
        and next_char.islower()
        and not (at_sentence_start or colon_lead)
        and _title_cased(content)
        and not _is_clause(words)
        and _PERSONAL.isdisjoint(words)
        and not _has_cue(after_words[:3])
    ):
        # 'the new "Harbour Lights," which returns in May': with no speech cue in its
        # sentence, a short title whose comma inside the marks is the narrator's, the
        # sentence running on after it in lower case, as for the title printed bare.
        return QuoteKind.NON_SPEECH, 0.6, SHORT_NAME
    if nested and not runs_on and _sentence_inside(content, words, last_char):
        # '"My first thought was 'Who is at the door?'" Roe said': a
        # capitalised sentence, stopped, inside a quote is what someone said or
        # thought, given whole, though no cue of its own stands beside it.
        return QuoteKind.DIRECT, 0.6, SENTENCE_INSIDE
    if n_words >= 8 and cue:
        return QuoteKind.PARTIAL, 0.7, "a long span in the narrator's sentence with a speech cue"
    if cue:
        return QuoteKind.PARTIAL, 0.7, FRAGMENT_CUED
    if n_words <= 4 and not ends_terminal:
        if starts_upper and _title_cased(content):
            return QuoteKind.NON_SPEECH, 0.6, SHORT_NAME
        if sentence_after and _cue_closes(sentence_after, words_of=words_of):
            # 'We had "turned a corner" on costs, she said on Monday.': a fragment of
            # the words the cue that closes its sentence reports.
            return QuoteKind.PARTIAL, 0.6, CUE_CLOSES
        return QuoteKind.NON_SPEECH, 0.55, SCARE_QUOTE
    if _scare_quote_with_stop(content, words, at_start=at_sentence_start or colon_lead):
        return QuoteKind.NON_SPEECH, 0.55, SCARE_QUOTE
    if at_sentence_start and n_words >= 3:
        return QuoteKind.DIRECT, 0.6, "a sentence with no cue nearby"
    return QuoteKind.PARTIAL, 0.5, FRAGMENT_UNCUED
