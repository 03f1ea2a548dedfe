"""Who is who: resolve speaker mentions to speakers, in an article and across articles.

Inside one article, the names it prints are gathered first ("Russian
President Vladimir Putin", "Donald Trump, US president"), with their titles.
A mention is then resolved to one of them: a surname or a title and surname
("Mr Putin") by its last word, spelling variants (Zelensky, Zelenskyy, Zelsky)
by rapidfuzz; a descriptor ("the Kremlin leader", "his US counterpart") by the
country and role of the titles seen, or ("the minister") by the head noun of a
title, role or descriptor given to someone named before it ("Foreign Minister
Anna Berg", "Tom Hale, the party leader,"); a body's description ("the company")
by the organisation named before it ("Acme Corp"); a pronoun by the most salient
person before it. Two different people who share a surname stay apart: a surname goes
to the nearest of them, never to both.

Across articles, :func:`same_speaker` (also :meth:`Speaker.matches`) decides
whether two speakers are one.

>>> from quoteverify import parse
>>> art = parse("Russian President Vladimir Putin arrived. “Next time in Moscow,” "
...             "the Kremlin leader said. “It was useful,” Mr Putin added.")
>>> [(q.speaker.name, q.speaker_mention.text) for q in art.quotes]
[('Vladimir Putin', 'the Kremlin leader'), ('Vladimir Putin', 'Mr Putin')]
"""

from __future__ import annotations

import bisect
import collections
import enum
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
import regex
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from ..lexicons import entries, load, load_table, load_zipf, rows, select
from ..model import Mention, Speaker, SpeakerKind, builder
from ..text.layer import (
    LETTER,
    MARK,
    Token,
    beyond_ascii,
    entry_starts,
    first_beyond,
    has_invisible,
    line_stretches,
    shared_tokens,
    tokenize,
    tokenize_plain,
    visible,
)
from ..text.marks import QUOTE_CHARS
from ..text.sentences import PARAGRAPH_REACH, last_sentence_end, paragraph_start
from .documents import PARTICIPLE_GAP, is_document, link_participles
from .mentions import (
    COMMON_OPENER_ZIPF,
    Found,
    PhraseKind,
    adverb_word,
    family_before_given,
    honorific,
    name_rows,
    party_title_words,
    phrase_after,
    staff_of_body,
    transcript_role,
)
from .offices import (
    Office,
    Shape,
    body_kind_nouns,
    bracketed_office,
    holder_office,
    office_equivalents,
    office_opening,
    read_office,
    role_plurals,
    spelled_by,
    style_after_office,
    title_head,
    titles_for_office,
)

__all__ = ["resolve_speakers", "same_speaker"]

# Enum members as module names: on Python 3.11 reading ``SpeakerKind.PERSON`` runs the
# enum's descriptor in Python (about ten times a global's cost), and the registry asks
# such questions a few times for every name of an article.
_PERSON = SpeakerKind.PERSON
_ORGANIZATION = SpeakerKind.ORGANIZATION
_ANONYMOUS = SpeakerKind.ANONYMOUS
_UNKNOWN = SpeakerKind.UNKNOWN
_DOCUMENT = SpeakerKind.DOCUMENT
_NAME = PhraseKind.NAME
_PRONOUN = PhraseKind.PRONOUN
_DESCRIPTOR = PhraseKind.DESCRIPTOR
_ANONYMOUS_PHRASE = PhraseKind.ANONYMOUS
_ORGANIZATION_PHRASE = PhraseKind.ORGANIZATION
_new_found = builder(Found)  # (Found with every field given, built through its slots)
_build_speaker = builder(Speaker)
# Whitespace a printed name may hold that a speaker's name does not: a line break,
# a tab, a no-break space or two spaces in a row (a novel's *the\ngenial passenger*).
_LOOSE_SPACE = re.compile(r"[^\S ]|  ")


def _one_line(name: str) -> str:
    """``name`` with each run of whitespace made one space and none at its ends.

    >>> _one_line("the\\ngenial  passenger"), _one_line("Ana Ruiz")
    ('the genial passenger', 'Ana Ruiz')
    """
    if _LOOSE_SPACE.search(name) is None and name == name.strip():
        return name
    return " ".join(name.split())


def _new_speaker(*, name: str, kind: SpeakerKind, aliases: tuple[str, ...]) -> Speaker:
    """The :class:`Speaker` of a name read from the text, its whitespace made single
    spaces (a name printed over a line break is one name; speakers are compared as
    strings downstream): the one place the registry's speakers are built."""
    return _build_speaker(
        name=_one_line(name), kind=kind, aliases=tuple(_one_line(a) for a in aliases)
    )


_new_mention = builder(Mention)

_NAME_PREFIXES = load("name_prefixes")  # "al", "el": joined to a surname by a hyphen
_SURNAME_SCORE = 85.0  # rapidfuzz ratio at which two surnames are spellings of one
_FULLNAME_SCORE = 88.0
_PRONOUN_REACH = 900  # characters a pronoun looks back for its antecedent
# A pronoun's candidate scores its position, plus these when it is a sentence's
# subject and when the text says it is of the pronoun's sex (resolve_pronoun).
_SUBJECT_BONUS = 250
_SEX_BONUS = 100
_MOST_BONUS = _SUBJECT_BONUS + _SEX_BONUS
# A word in quotes right before a name ('the "little" Rubio'): an epithet, which
# the subject test reads as a quote closing a sentence before the name. Read only
# where a pronoun's given-name fit is weighed (resolve_pronoun), not in _subject_at:
# there (tried at stop 42) it also took the subject bonus from such a name, and two
# of the three quotes it moved went wrong (after 'she had "pardoned" Tom. He ...',
# the pronoun no longer found the object it had found by that bonus).
_QUOTED_EPITHET = regex.compile(r"[^\s.!?,][\"”][ ]$")
_HEADLINE_LINE = 200  # longest first line read as a headline with one line break after
_SUBJECT_SCAN = 64  # names read for a paragraph's first subject
_STATE_LEAD = 2  # lower-case words before a state in a descriptor ("the former")
_PAIR_WORDS = 5  # at most so many spaces in "Ana Roe and " (a name joined to the next)
# A lawmaker's party tag: "R-Fla.", "D-Mass." (its letter, a hyphen, a state).
_PARTY_TAG_TEXT = r"\p{Lu}-\p{Lu}[\p{L}.]*+"
_PARTY_TAG = regex.compile(_PARTY_TAG_TEXT)
_SUBJECT = -1  # a mention's subject field for a speaker noted as a subject (_Registry.note)
# A preposition that puts the name after it in a place (at, into, past, ...), with
# "the" between them or not.
_AT_PLACE = (
    r"(?<![\p{L}\p{M}])(?i:at|in|into|near|past|towards?|through|round|around|along|"
    r"across|outside|inside|beyond|reach(?:ed)?)\s++(?:the\s++)?"
)
# _AT_PLACE as the end of the text before a name: searched only in the
# _AT_PLACE_REACH characters before each place the name stands (with ``pos`` and
# ``endpos``, so the lookbehind still reads the character before the window).
_AT_PLACE_END = regex.compile(rf"{_AT_PLACE}\Z")
_AT_PLACE_REACH = 200


def _after_place_word(text: str, i: int) -> bool:
    """True when a word that puts a place (*at*, *in*, *into the*) ends the text right
    before ``i`` (:data:`_AT_PLACE_END`, read in the _AT_PLACE_REACH characters before).

    >>> _after_place_word("They met in Leeds", 12), _after_place_word("Ana Leeds", 4)
    (True, False)
    """
    return _AT_PLACE_END.search(text, max(0, i - _AT_PLACE_REACH), i) is not None


# The end of the text before a lone given name that is no person's name alone: a
# capitalised word right before it (*Clerk Dana James*: the rest of a longer
# name read apart; so too an opener, *Then Maria*, which cost more quotes of the
# even novels than it gained) or a noun and a comma (*her youngest son, Leo,*: an
# apposition, the noun's).
_GIVEN_NOT_ALONE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*+[ ]|\p{Ll}[,][ ])\Z")
_GIVEN_LEAD = 40  # characters before a lone given name read for _GIVEN_NOT_ALONE
# An age between commas right after a lone given name (*the runner-up, Brian, 12,*):
# news names children, soldiers and witnesses so, by given name and age alone.
_AGE_AFTER = regex.compile(r", \d{1,2},")
_DESCRIBED_BEFORE = 60  # characters an apposed description may take before a lone name


def _role_description_before(text: str, i: int) -> str:
    """The description when ``text[:i]`` ends with *, * after one opening its sentence
    with a single determiner and a role noun (*One passenger, Claire, 38,*; *A
    resident of Elton, Joe, 54,*: the lone name after it is that person), else "".

    >>> _role_description_before("One passenger, ", 15), _role_description_before("One day, ", 9)
    ('One passenger', '')
    >>> _role_description_before("Buses came from Leith, ", 23)
    ''
    """
    j = i - 1 if text.endswith(" ", 0, i) else i
    if j < 1 or text[j - 1] != ",":
        return ""
    j -= 1
    lo = max(0, j - _DESCRIBED_BEFORE)
    k = j
    while k > lo and text[k - 1] not in '.!?\n,;:"\u201c\u201d':
        k -= 1
    if k == lo and lo > 0:
        return ""
    words = text[k:j].split()
    if len(words) < 2 or not words[0][:1].isupper():
        return ""
    roles = load("role_nouns")
    if words[0].casefold() in load("single_determiners") and (
        words[1].casefold() in roles or words[1].casefold().rstrip("s") in roles
    ):
        return " ".join(words)
    return ""


# Post-nominal letters between commas after a name: a seat, a service, an honour
# (*Suresh Gowdar, MLA, said*; *Ana Roe, QC, told*; *Dr Asha Rao, IPS, said*).
_POST_NOMINAL = regex.compile(r", \p{Lu}{2,4}, ")
_NAME_GOES_ON = regex.compile(r"[\p{L}\p{M}'’]")
_WORDS = regex.compile(r"\p{L}++")  # the words of a stretch of text, letters only
# Words that bring a new referent into a sentence: an article (*the caller*, *a
# landlady*) or an indefinite pronoun (*someone*); read past a sentence's first word
_NEW_REFERENT = load("loose_determiners") | load("indefinite_speakers")
_FEMALE_TITLES = select("titles", gender="female")
_LANDS = load("places") | load("us_states")  # a name wholly one of these is a place
# Places of one word that no government speaks for (continents and regions: *Asia*,
# *Europe*): alone as a subject after a body whose name ends in one (*Radio Free
# Asia*), the word names that body (_Registry._body_by_last_word).
_UNGOVERNED = frozenset(p for p in select("places", kind="continent") if " " not in p) | frozenset(
    p for p in select("places", kind="region") if " " not in p
)
_PLACE_HEADS = load("place_heads")  # the last words of places' names (_place)
_MALE_TITLES = select("titles", gender="male")
# The male offices and roles news also gives a woman (*chairman*, *spokesman*): their
# female forms are never a man's, and these say no sex against a woman's given name.
_GENERIC_MALE_TITLES = select("titles", gender="male", kind="office") | select(
    "titles", gender="male", kind="role"
)


@functools.lru_cache(maxsize=1 << 16)
def _norm(name: str) -> str:
    """A name as the registry compares it: full stops dropped, lower case, and its
    letters' accents dropped and a hyphen before a lower-case syllable read as a
    space, so that one outlet's spelling of a name meets another's (*Sánchez*,
    *Sanchez*; *Kim Jong-un*, *Kim Jong Un*).

    >>> _norm("Jean-Luc Mélenchon"), _norm("J.D. Vance"), _norm("Kim Jong-un")
    ('jean-luc melenchon', 'j d vance', 'kim jong un')
    """
    if not name.isascii():
        name = _plain_letters(name)
    if "-" in name:
        name = _SYLLABLE_HYPHEN.sub(" ", name)
    return " ".join(name.replace("’", "'").replace(".", " ").split()).casefold()


def _organization_name(head: str) -> str:
    """The name an organisation phrase's ``head`` stands for in ``organizations.tsv``,
    spelled as the article prints it: the table is looked up by the registry's
    accent-free form, and its canonical name's words are taken back from ``head``
    where they are the same words (*Élysée Palace* is named *Élysée*, not *Elysee*).

    >>> _organization_name("Élysée Palace"), _organization_name("UN"), _organization_name("Acme")
    ('Élysée', 'United Nations', 'Acme')
    """
    canonical = load_table("organizations").get(_norm(head))
    if canonical is None:
        return head
    printed = {_norm(w): w for w in head.split()}
    return " ".join(printed.get(_norm(w), w) for w in canonical.split())


# Initials in brackets, two to eight capitals, each with or without its full stop:
# *(WHO)*, *(U.N.)*, *(AU)*, *(NTSB)*.
_BRACKETED_INITIALS = regex.compile(r"[ ]\(((?:\p{Lu}\.?+){2,8}+)\)")


def initialisms(text: str) -> dict[str, str]:
    """The bodies ``text`` introduces with their initials in brackets: each set of
    initials (full stops left out) mapped to the capitalised name printed right
    before it, whose capitalised words give the initials in order, the joining words
    of ``org_connectors.txt`` (*of*, *for*, *to*) skipped. One scan of the text;
    each name read back at most a few words.

    >>> initialisms("The Kenya Wildlife Service (KWS) and the U.N. (U.N.) met.")
    {'KWS': 'Kenya Wildlife Service'}
    >>> initialisms("the Committee to Protect Journalists (CPJ) and the United Nations (U.N.)")
    {'CPJ': 'Committee to Protect Journalists', 'UN': 'United Nations'}
    """
    found: dict[str, str] = {}
    joins = load("org_connectors")
    for m in _BRACKETED_INITIALS.finditer(text):
        letters = m.group(1).replace(".", "")
        words = text[max(0, m.start() - 24 * len(letters)) : m.start()].split(" ")
        at = spelled_by(words, letters, joins)
        if at >= 0 and text[m.end() : m.end() + 1] == " " and bracketed_office(text, m.end() + 1):
            continue  # "Cabinet Secretary (CS) Jane Wambui": an office, its holder after
        if at >= 0 and letters not in found:
            found[letters] = " ".join(words[at:])
    return found


_TEAM_REACH = 16  # mentions read back for a team a club noun names again
# A plural word ending a team's name (*Hawks*, *Lights*), not *Ross* or *Davis*.
_TEAM_PLURAL = regex.compile(r"\p{Lu}\p{Ll}+[^suiy's]s")
_LABEL_LETTERS = 4  # at most so many capitals in a transcript's label of initials


def _club_name(name: str) -> bool:
    """True when ``name`` is a British or Irish football club's as copy prints it
    bare, without *the* (*Kingsmere Rovers have sacked their manager*, *Portlane
    Athletic condemned the abuse*): two to four capitalised words, the last a
    club's (``club_suffixes.txt``), so *the club said* may name it again; it is
    no *he* nor *she*, nor a rival to the person a descriptor names again
    (:func:`_pronoun_fit`, :meth:`_Registry._topic_in_view`).

    >>> _club_name("Portlane Athletic"), _club_name("Ana Town"), _club_name("City")
    (True, True, False)
    """
    words = name.split()
    return 2 <= len(words) <= 4 and words[-1].lower() in load("club_suffixes")


def _initials_of(name: str) -> str:
    """The capitals that open the words of ``name`` and the parts of its hyphened
    words, lower-case particles left out: the label a transcript prints for it.

    >>> _initials_of("Kwame Asante-Boateng"), _initials_of("Pieter van Rooyen")
    ('KAB', 'PR')
    """
    return "".join(part[0] for part in regex.split(r"[ \-]", name) if part[:1].isupper())


def _spelled_apart(name: str, hyphened: str) -> bool:
    """True when ``name`` has no more words than ``hyphened`` with its romanised
    given name's syllables printed apart: no fuller a name (*Kim Jong Un* of *Kim
    Jong-un*).

    >>> _spelled_apart("Kim Jong Un", "Kim Jong-un"), _spelled_apart("Ana Ruiz-Bell", "Ruiz-Bell")
    (True, False)
    """
    return len(name.split()) <= len(_SYLLABLE_HYPHEN.sub(" ", hyphened).split())


# A hyphen before a lower-case syllable of a romanised given name (*Kim Jong-un*,
# *Lai Ching-te*), which another outlet prints as two words (*Kim Jong Un*). The
# given name follows a capitalised family name: a compound that opens a phrase
# (*governor-elect*, *Mayor-elect Ana Lee*, whose title rows keep the hyphen) is a
# word, not a name. The match starts at the hyphen, and only a hyphen right after a
# capitalised word looks back past it to the word before: linear.
_SYLLABLE_HYPHEN = regex.compile(r"-(?<=(?<!\p{L})\p{Lu}\p{Ll}*+[ ]\p{Lu}\p{Ll}*+-)(?=\p{Ll})")


@functools.cache
def _whole_letters() -> dict[int, str]:
    """The letters decomposition keeps whole (*ł*, *ı*), both cases, to their plain
    letters (``lexicons/plain_letters.tsv``)."""
    out: dict[int, str] = {}
    for letter, plain in load_table("plain_letters").items():
        out[ord(letter)] = plain
        if len(letter.upper()) == 1 and letter.upper() != letter:
            out[ord(letter.upper())] = plain.upper()
    return out


@functools.lru_cache(maxsize=1 << 12)
def _plain_letters(name: str) -> str:
    """``name`` with the accents of its letters dropped (*é* read *e*, *ğ* *g*), and
    the letters decomposition keeps whole read as their plain letters (*ł* *l*, *ı* *i*).

    >>> _plain_letters("Recep Erdoğan"), _plain_letters("Pedro Sánchez")
    ('Recep Erdogan', 'Pedro Sanchez')
    >>> _plain_letters("Łukasz Wróblewski"), _plain_letters("Yıldırım")
    ('Lukasz Wroblewski', 'Yildirim')
    """
    split = unicodedata.normalize("NFKD", name.translate(_whole_letters()))
    return "".join(c for c in split if not unicodedata.combining(c))


def _surname(name: str) -> str:
    words = _norm(name).split()
    return words[-1] if words else ""


@functools.cache
def _nation_words() -> dict[str, str]:
    return load_table("nations")


def _another_named(text: str, named: list[tuple[int, _Entity, int]], held: _Entity) -> bool:
    """True when ``named`` (mentions in order) names anybody but ``held``, save a
    name after *the* that follows ``held``'s first naming: *Dana Roe won the Harbor
    Open* names an event (read as a name), nobody that a person's descriptor
    after it (*the 29-year-old*, *the Spaniard*) could be."""
    first = next((at for at, e, _ in named if e is held), -1)
    return any(
        e is not held and not (0 <= first < at and _after_the(text, at)) for at, e, _ in named
    )


def _after_the(text: str, at: int) -> bool:
    """True when the word before ``at`` is *the* (any case)."""
    return text[max(0, at - 4) : at].lower() == "the "


def _paragraph_before(text: str, newline: int, floor: int = 0) -> int:
    """The newline before the paragraph that precedes the one opening after
    ``newline`` (blank lines between them skipped); -1 at the text's start, or
    when no newline lies between ``floor`` and there."""
    p = newline
    while p > floor and text[p - 1] in "\r\n\t ":
        p -= 1
    return text.rfind("\n", floor, p)


def _modifier_word(word: str) -> bool:
    """True for a word that may modify a title in a subject's phrase (*defence*,
    *Teachers'*, *Fishermen's*, *Civil*): letters (and a possessive's ending), not a
    stopword, a cue verb or a past form."""
    low = word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
    if not low.isalpha() or low in load("stopwords") or low in _CUE_VERBS or low in _PASTS:
        return False
    return not (word.islower() and low.endswith("ed"))


@functools.cache
def _nation_phrases() -> tuple[tuple[str, str], ...]:
    """The rows of ``lexicons/nations`` of several words (*new zealand*, *czech
    republic*) with their codes, the longest first."""
    rows = [(key, code) for key, code in _nation_words().items() if " " in key]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@functools.lru_cache(maxsize=1 << 10)
def _nation_phrase_words(words: str) -> dict[str, str]:
    """The words of ``words`` that belong to a nation's name of several words printed
    in them, each with that nation's code; such a name is read whole, its words no
    nation alone (the *Democratic* of a Senate leader is not the Congo's).

    >>> _nation_phrase_words("the New Zealand prime minister")
    {'new': 'NZ', 'zealand': 'NZ'}
    """
    return _read_nation_phrases(_norm(words))[1]


def _read_nation_phrases(low: str) -> tuple[str, dict[str, str], set[str]]:
    """``low`` with each nation's name of several words in it blanked out (the
    longest first: no part read again), the words of those names with their codes,
    and the codes.

    >>> _read_nation_phrases("south sudan's envoy")
    (" 's envoy", {'south': 'SS', 'sudan': 'SS'}, {'SS'})
    """
    words: dict[str, str] = {}
    codes: set[str] = set()
    for key, code in _nation_phrases():
        if key in low:
            low = low.replace(key, " ")
            words.update(dict.fromkeys(key.split(), code))
            codes.add(code)
    return low, words, codes


@functools.lru_cache(maxsize=1 << 10)
def _nations(words: str) -> frozenset[str]:
    """The nations (codes of ``lexicons/nations``) that ``words`` name, kept per
    phrase: a text asks it of the same descriptor (*the mayor*) for each of its quotes.
    A name of several words is read whole (*South Sudan* is not Sudan as well).

    >>> sorted(_nations("South Sudan's president")), sorted(_nations("the Russian envoy"))
    (['SS'], ['RU'])
    >>> sorted(_nations("U.S. President")), sorted(_nations("the U.S President"))
    (['US'], ['US'])
    """
    low, _, found = _read_nation_phrases(_norm(words))
    table = _nation_words()
    # "Russia's president": a country's possessive names it as its adjective does
    found.update(table[w] for w in (w.removesuffix("'s") for w in low.split()) if w in table)
    if "." in words:
        # "U.S. President": an abbreviation with full stops, which _norm splits into
        # letters, read as the table spells it
        # ("U.S President" as a title keeps no last stop)
        dotted = _dotted_nations()
        words_read = (w.lower().replace("’", "'").removesuffix("'s") for w in words.split())
        found.update(dotted[w] for w in (w.rstrip(".") for w in words_read) if w in dotted)
    return frozenset(found)


@functools.cache
def _dotted_nations() -> dict[str, str]:
    """The rows of ``lexicons/nations`` spelt with full stops (*u.s.*), each without
    its last stop, with their codes."""
    return {k.rstrip("."): code for k, code in _nation_words().items() if "." in k}


_OTHER_SEX = {"m": "f", "f": "m"}


@functools.lru_cache(maxsize=1 << 12)
def _title_gender(title: str) -> str:
    """ "f" or "m" for a title that says a person's sex ("Mrs", "Mr."), else ""."""
    low = {w.rstrip(".").lower() for w in title.split()}
    if low & _FEMALE_TITLES:
        return "f"
    if low & _MALE_TITLES:
        return "m"
    return ""


def _generic_male(title: str) -> bool:
    """True when every word of ``title`` that says a sex is a male office or role
    that news gives women too (*chairman*, *health spokesman*), not *Mr* or *King*.

    >>> _generic_male("club chairman"), _generic_male("Mr."), _generic_male("King")
    (True, False, False)
    """
    low = {w.rstrip(".").lower() for w in title.split()}
    sexed = low & (_MALE_TITLES | _FEMALE_TITLES)
    return bool(sexed) and sexed <= _GENERIC_MALE_TITLES


def _heads_a_body(title: str) -> bool:
    """True when a word of ``title`` is a noun of heading a body (*chairman*: the
    nouns of ``heading_verbs.tsv``), which news gives women too.

    >>> _heads_a_body("chairman of the tribunal"), _heads_a_body("police spokesman")
    (True, False)
    """
    nouns = _heading_nouns()
    return any(w.lower().strip(",.") in nouns for w in title.split())


@functools.cache
def _heading_nouns() -> frozenset[str]:
    """The role nouns of :func:`_heading_verbs`, read once."""
    return frozenset(n for held in _heading_verbs().values() for n in held)


@functools.cache
def _plain_given_names() -> frozenset[str]:
    """The given names of ``lexicons/given_names.tsv`` as :func:`_norm` writes them
    (accents dropped: *josé* is *jose*), for a name the registry compares.

    >>> "antonio" in _plain_given_names(), "jose" in _plain_given_names()
    (True, True)
    """
    return frozenset(_norm(name) for name in load_table("given_names"))


@functools.lru_cache(maxsize=1 << 12)
def _given_gender(name: str) -> str:
    """ "m" or "f" for a person's name whose first word after any titles is a given
    name that says its bearer's sex (``lexicons/given_names.tsv``), else "".

    >>> _given_gender("Hubert Crane"), _given_gender("Dr. Harriet Crane"), _given_gender("Crane")
    ('m', 'f', '')
    """
    titles = _title_words()
    words = [w for w in _norm(name).split() if w not in titles]
    return load_table("given_names").get(words[0], "") if words else ""


@functools.lru_cache(maxsize=1 << 10)
def _marital_state(title: str) -> str:
    """ "married" or "unmarried" for a title that says so (``lexicons/marital_titles.tsv``),
    else "".

    >>> _marital_state("Mrs."), _marital_state("Miss"), _marital_state("Dr.")
    ('married', 'unmarried', '')
    """
    states = load_table("marital_titles")
    return next((states[w] for w in _norm(title).split() if w in states), "")


def _wife_name(head: str, title: str) -> str:
    """The name of a wife a married woman's title names by her husband's full name
    (*Mrs. John Dashwood*: the title's last word, then the name), else "": the
    given name says a man (``lexicons/given_names.tsv``), so she is not he.

    >>> _wife_name("Hubert Crane", "Mrs."), _wife_name("Harriet Crane", "Mrs.")
    ('Mrs Hubert Crane', '')
    >>> _wife_name("Hubert Crane", "Dr."), _wife_name("Crane", "Mrs")
    ('', '')
    """
    if " " not in head or _marital_state(title) != "married" or _given_gender(head) != "m":
        return ""
    return f"{title.rsplit(maxsplit=1)[-1].rstrip('.')} {head}"


def _marital_clash(state: str, titles: Iterable[str]) -> bool:
    """True when ``state`` (a marital state a title asks for, or "" for none) clashes
    with one of ``titles``: *Mrs Morland* is not the woman called *Miss Morland*.

    >>> _marital_clash("married", ["Miss"]), _marital_clash("married", ["Dr.", "Mrs"])
    (True, False)
    """
    return bool(state) and any(_marital_state(t) not in ("", state) for t in titles)


@functools.cache
def _title_words() -> frozenset[str]:
    """Lower-case words that may stand as a title before a name: titles, nations, roles."""
    return load("titles") | frozenset(_nation_words()) | load("role_nouns")


def _is_leader(words: str) -> bool:
    leaders = load("leader_roles")
    low = _norm(words)
    return not leaders.isdisjoint(low.split()) or any(r in low for r in _leader_phrases())


@functools.cache
def _leader_phrases() -> tuple[str, ...]:
    """The leader roles of two words or more ("prime minister"), in file order."""
    return tuple(r for r in entries("leader_roles") if " " in r)


@functools.cache
def _long_titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The titles of several words (``titles.tsv``: *press secretary*, *attorney
    general*, *secretary of state*) by their last word, the longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for title in sorted(load("titles"), key=lambda t: -len(t.split())):
        words = tuple(title.split())
        if len(words) > 1:
            out.setdefault(words[-1], []).append(words)
    return {last: tuple(rows) for last, rows in out.items()}


def _lower_title_before(words: list[str], i: int) -> int:
    """How many of ``words`` ending before index ``i`` spell a title of several
    words (:func:`_long_titles`), in any case: 2 for *press secretary*, 0 when
    none does.

    >>> _lower_title_before(["White", "House", "press", "secretary"], 4)
    2
    >>> _lower_title_before(["the", "secretary"], 2)
    0
    """
    rows = _long_titles().get(words[i - 1].strip(",.").lower())
    for row in rows or ():
        n = len(row)
        if i >= n and tuple(w.strip(",.").lower() for w in words[i - n : i]) == row:
            return n
    return 0


def _ends_on_office(words: list[str]) -> bool:
    """True when ``words`` end on a lower-case office (:func:`.offices.read_office`,
    ``LOWER``: *the then chief of staff* before a name)."""
    return _lower_office_before(words, len(words)) is not None


def _lower_office_before(words: list[str], end: int) -> Office | None:
    """``read_office(words, end, Shape.LOWER)``, refused with no call where no *of*
    stands as the second of its three to five words (most leads before a name).

    >>> _lower_office_before("the then chief of staff".split(), 5).text
    'chief of staff'
    >>> _lower_office_before("a friend of the family".split(), 5) is None
    True
    """
    if not any(w.strip(",") == "of" for w in words[max(0, end - 4) : end - 1]):
        return None
    return read_office(words, end, Shape.LOWER)


@functools.cache
def _role_or_title_words() -> frozenset[str]:
    return load("role_nouns") | load("titles")


@functools.cache
def _person_words() -> frozenset[str]:
    """Words that name or stand for one person: roles (not a body's or a document's
    noun: *agency*, *report*), titles, nouns of a sex, and the forms of *he* and *she*
    (``pronouns.tsv``).

    >>> [w in _person_words() for w in ("her", "mayor", "agency", "report")]
    [True, True, False, False]
    """
    sexed = frozenset(load_table("sexed_nouns"))
    third = frozenset(
        str(r["pronoun"]) for r in rows("pronouns") if r["gender"] in ("male", "female")
    )
    things = load_table("body_nouns").keys() | load("document_nouns")
    return (_role_or_title_words() - things) | sexed | third | load_table("gender_pronouns").keys()


def _fronted_place(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a preposition that opens its sentence
    (``lexicons/fronted_place_prepositions.txt``): *In Mexico City, Ruiz met ...*
    names a place, and the words after its comma are the sentence, no role.

    >>> _fronted_place("Rain fell. In Dover City, Ruiz met", 14)
    True
    >>> _fronted_place("Rain fell. Ruiz met in Dover City, Ana Ruiz", 23)
    False
    """
    lo = max(0, start - 24)
    window = text[lo:start].rstrip()
    cut = max(window.rfind(" "), window.rfind("\n"))
    if window[cut + 1 :].lstrip("\"'“‘").lower() not in load("fronted_place_prepositions"):
        return False
    before = window[: cut + 1].rstrip(" \t\"'“‘")
    return before[-1:] in (".", "!", "?", "\n") if before else lo == 0


@functools.lru_cache(maxsize=1 << 14)
@functools.cache
def _heading_verbs() -> dict[str, tuple[str, ...]]:
    """The verbs of ``lexicons/heading_verbs.tsv`` and the role nouns each gives
    (*who heads the union*: its head, leader, chief; a noun of two words is spelled
    with "_" in the file: *chief executive*).

    >>> _heading_verbs()["leads"]
    ('leader', 'head')
    """
    return {
        str(r["verb"]): tuple(n.replace("_", " ") for n in str(r["nouns"]).split())
        for r in rows("heading_verbs")
    }


def _words_after_comma(tail: str) -> list[str]:
    """The words of ``tail`` (a comma and a space, then the text after a name) up to
    the first that a comma, stop or semicolon ends, five at most, that punctuation
    cut off: the apposition a name may have (*, the chief executive,*)."""
    words = []
    for w in tail[2:].split()[:5]:
        words.append(w.rstrip(",.;"))
        if w.endswith((",", ".", ";")):
            break
    return words


def _is_role_phrase(phrase: str) -> bool:
    """True for words set after a name that give a role ("US president", "a
    spokesman for the council"): a leader's role, or a role or title word."""
    # (No letter lower-cases to a space: the phrase lower-cased once splits into its
    # words lower-cased.)
    return _is_leader(phrase) or not _role_or_title_words().isdisjoint(phrase.lower().split(" "))


@functools.lru_cache(maxsize=1 << 14)
def _role_head(phrase: str) -> tuple[str, tuple[str, ...]]:
    """The head noun of a role or descriptor and the words before it, normalised:
    determiners and an owner (*the company's*) left out, and whatever follows a
    preposition (*a spokesman for the council*); ``("", ())`` when no word is left.

    >>> _role_head("The company's chief executive")
    ('executive', ('chief',))
    >>> _role_head("a spokesman for the council")
    ('spokesman', ())
    """
    cut = load("affiliation_prepositions")
    skip = load("determiners") | load("descriptor_articles")
    words: list[str] = []
    for w in _norm(phrase).split():
        if w in cut:
            break
        if w not in skip and not w.endswith("'s") and not w.endswith("'"):
            words.append(w)
    if not words:
        return "", ()
    return words[-1], tuple(words[:-1])


def _seat_phrase(words: list[str]) -> bool:
    """True when ``words`` (a descriptor without its article) are a noun, *for* and a
    seat in capitals (*member for Hale*, *member for Kent West*): Westminster-style
    copy calls a member of parliament so after naming them, and the seat tells
    which member it is.

    >>> _seat_phrase("member for Hale".split()), _seat_phrase("member of the family".split())
    (True, False)
    """
    return len(words) >= 3 and words[1] == "for" and all(w[:1].isupper() for w in words[2:])


@functools.cache
def _resolving_heads() -> frozenset[str]:
    """Head nouns by which a definite descriptor goes back to a person named before:
    the role nouns and the last words of the titles (offices, ranks, roles), less
    honorifics, nobility and the relational heads (*son*, *man*, *company*:
    ``lexicons/relational_heads.txt``)."""
    courtesy = select("titles", kind="honorific") | select("titles", kind="nobility")
    titles = {title_head(t) for t in load("titles") - courtesy}
    roles = load("role_nouns") | titles
    return frozenset(roles - load("relational_heads"))


@functools.cache
def _office_heads() -> frozenset[str]:
    """The last words of the titles of offices (``titles.tsv``, kind *office*:
    *secretary*, *governor*): what someone held before, as *the former secretary*."""
    return frozenset(title_head(t) for t in select("titles", kind="office"))


def _office_phrase_ends(after: str) -> bool:
    """True when ``after``, the text right after an office's words, ends the
    descriptor there: a mark or the text's end, a capitalised word (a name in
    apposition), or a function word, an auxiliary or modal, a cue verb or a past
    (*the head of state said*, *... also told*, *... will*); not a noun going on
    with the office (*the head of government relations*, *the head of state
    security*) nor a possessive (*the head of the Foreign Ministry's press office*).

    >>> [_office_phrase_ends(a) for a in ("", " said.", ", Ana Roe,", " also noted", " Ana")]
    [True, True, True, True, True]
    >>> [_office_phrase_ends(a) for a in (" relations said", "'s office", " security.")]
    [False, False, False]
    """
    if not after:
        return True
    if after[0] in "'’" or after[0].isalnum():
        return False
    word = regex.match(r"\s*(\p{L}*)", after)
    letters = word.group(1) if word else ""
    if not letters or letters[0].isupper():
        return True
    low = letters.lower()
    words = load("stopwords") | load("auxiliaries") | load("modals") | _CUE_VERBS | _PASTS
    return low in words or low.endswith("ed")


@functools.cache
def _office_equivalent_patterns() -> tuple[tuple[regex.Pattern[str], frozenset[str]], ...]:
    """For each descriptor of :func:`.offices.office_equivalents`, a pattern of its words (up
    to two words before them kept as a group: a nation's word or a possessive, *the
    French head of state*, *the country's head of government*) and its titles."""
    return tuple(
        (
            regex.compile(
                r"((?:\S+\s+){0,2}?)" + r"\s+".join(map(regex.escape, phrase.split())) + r"\b",
                regex.IGNORECASE,
            ),
            offices,
        )
        for phrase, offices in office_equivalents()
    )


def _title_is_office(title: str, offices: frozenset[str]) -> bool:
    """True when ``title`` is one of ``offices``, its own words before the office
    only a nation's (*French President*, *President of Ostravia*); not a rank
    (*vice president*, *deputy prime minister*, *former president*).

    >>> offices = frozenset({"president", "prime minister"})
    >>> [_title_is_office(t, offices) for t in ("French President", "Prime Minister")]
    [True, True]
    >>> [_title_is_office(t, offices) for t in ("Vice President", "deputy prime minister")]
    [False, False]
    """
    head, modifiers = _role_head(title)
    words = (*modifiers, head)
    nations = _nation_words()
    for n in range(len(words), 0, -1):
        if " ".join(words[-n:]) in offices:
            return all(w in nations for w in words[:-n])
    return False


@functools.cache
def _distinguishing_words() -> frozenset[str]:
    """Lower-case words that tell one holder of a role from another (*foreign*,
    *prime*, *deputy*, *Russian*): the words of the titles, the role nouns and
    the nations named by one word. A descriptor's modifier among them must be in the
    person's titles. A nation's name of several words is read whole, by
    :func:`_nation_phrase_words`: its words (*new*, *republic*) tell no holders apart."""
    words: set[str] = set(load("role_nouns"))
    for phrase in load("titles"):
        words.update(phrase.split())
    words.update(key for key in _nation_words() if " " not in key)
    return frozenset(words)


_JOINING_PARTICLES = select("name_particles", joins=True)


def _particles_open(word: str, after: str) -> bool:
    """True when ``word`` is a joining particle capitalised to open its sentence and
    ``after`` a second one in lower case (``lexicons/name_particles.tsv``): a
    surname such as *Van der Wielen* or *De la Cruz*, whose particles the article
    prints in lower case elsewhere (*Ana van der Wielen*). The particles drop from
    the name as opening words do, but its mention still opens the sentence
    (:meth:`_Registry._strip_openers`).

    >>> _particles_open("Van", "der"), _particles_open("De", "la")
    (True, True)
    >>> _particles_open("Van", "Wielen"), _particles_open("Poor", "de")
    (False, False)
    """
    return word[:1].isupper() and word.lower() in _JOINING_PARTICLES and after in _JOINING_PARTICLES


class _Voter:
    """What reads a name's subject test and gender vote when asked: the text, where
    every name starts, and the tests read so far. It holds no registry and no entity
    (the entities that hold it make no reference cycle with their registry, which is
    then freed as soon as it is dropped, not by the garbage collector)."""

    __slots__ = ("starts", "subjects", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []  # where every name starts, in order
        self.subjects: dict[tuple[int, int], bool] = {}  # by the name's (start, end)

    def subject(self, start: int, end: int) -> bool:
        """:func:`_subject_at` of the name at ``start:end``, read once."""
        key = (start, end)
        got = self.subjects.get(key)
        if got is None:
            got = self.subjects[key] = _subject_at(self.text, start, end)
        return got

    def count(self, names: list[tuple[int, int]], votes: dict[str, int]) -> None:
        """Add to ``votes`` the vote of each name of ``names`` (``(start, end)``): "m"
        or "f" for the first third-person pronoun after it, in its sentence and
        before the next name, when the name is a subject; with none there, "M" or
        "F" for a *He* or *She* that opens the next sentence when the name is the
        first of its own.

        >>> text = "Ann Roe signed the bill. She left."
        >>> voter, votes = _Voter(text), {}
        >>> voter.starts = [0]
        >>> voter.count([(0, 7)], votes)
        >>> votes
        {'F': 1}
        """
        text, starts = self.text, self.starts
        last, size = len(starts), len(text)
        after, search = bisect.bisect_right, _VOTE_PRONOUN.search
        next_opener = _NEXT_OPENER.search
        for start, end in names:
            nxt = after(starts, start)
            stop = min(end + _VOTE_REACH, starts[nxt] if nxt < last else size)
            m = search(text, end, max(end, stop))
            # (The pronoun first: most names have none after them, and the subject
            # test, the dearer of the two, is then not read.)
            if m is not None and m.group(1) is not None:
                if self.subject(start, end):
                    gender = _PRONOUN_GENDER[m.group(1).lower()]
                    votes[gender] = votes.get(gender, 0) + 1
                continue
            # No pronoun after the name in its sentence: a *He* or *She* that opens
            # the next one (past a quote that ends the sentence) votes apart
            # (upper-case keys: see _NEXT_VOTE) when the name is the sentence's first
            # and a word stands between it and the sentence's end (a name that ends
            # its sentence, *thanked Ann Roe.*, is no subject).
            n = next_opener(text, end, end + _VOTE_REACH)
            if n is None or n.group("p") is None:
                continue
            if nxt > 1 and _VOTE_SENTENCE_BREAK.search(text, starts[nxt - 2], start) is None:
                continue  # another name opens the sentence ("Roe left when Li came.")
            if " " in text[end : n.start()] and self.subject(start, end):
                gender = _NEXT_VOTE[n.group("p")]
                votes[gender] = votes.get(gender, 0) + 1


@attrs.define
class _Entity:
    name: str
    kind: SpeakerKind
    aliases: list[str] = attrs.field(factory=list)
    titles: list[str] = attrs.field(factory=list)
    gender: str = ""
    # Pronouns that follow the person's name as a sentence subject ("Ruiz said she
    # ..."): how many say "m" and how many "f" (see _Registry._vote_gender), counted
    # from ``unvoted`` when first asked (pronoun_gender).
    votes: dict[str, int] = attrs.field(factory=dict)
    keys: set[str] = attrs.field(factory=set)  # normalised name and aliases
    positions: list[int] = attrs.field(factory=list)  # where it is mentioned, sorted
    # Set by the registry that holds the entity: its order there, and where new
    # titles are logged for the registry's title index.
    seq: int = attrs.field(default=-1, eq=False, repr=False)
    title_log: list[tuple[_Entity, str]] | None = attrs.field(default=None, eq=False, repr=False)
    # Keys added since the registry last indexed the entity.
    unindexed: list[str] = attrs.field(factory=list, eq=False, repr=False)
    # The name the registry last indexed the entity under (its buckets follow the name).
    indexed_name: str | None = attrs.field(default=None, eq=False, repr=False)
    # The Speaker last made of the entity, with its (name, kind, number of aliases).
    made: tuple[tuple[str, SpeakerKind, int], Speaker] | None = attrs.field(
        default=None, eq=False, repr=False
    )
    # The person's names outside quotes, as (start, end), whose votes are not counted
    # yet, and what reads one name's vote ("m", "f" or ""), set with them.
    unvoted: list[tuple[int, int]] = attrs.field(factory=list, eq=False, repr=False)
    voter: _Voter | None = attrs.field(default=None, eq=False, repr=False)
    # The sexes ("m", "f", "mf" or "") of the *he* and *she* that tag a quote
    # right after it (*"...," she said*) and were resolved to the person: while
    # nothing else says the person's sex, one heard only as *she* is no *he*
    # (_pronoun_fit; set by hear_tag).
    heard: str = attrs.field(default="", eq=False, repr=False)
    # The sexes of every *he* and *she* that a quote's cue holds (before or after the
    # quote: *he said: "..."*, *she told reporters*) and that were resolved to the
    # person: what a live blog says of someone named entries back (resolve_pronoun,
    # in an entry that names nobody; set by resolve_speakers).
    cued: str = attrs.field(default="", eq=False, repr=False)
    # The sexes ("m", "f", "mf" or "") that the titles given to the person say,
    # every mention's and not only the first's (*President Obama*, then *Mr.
    # Obama*: "m"), recorded by :meth:`say` as the names are matched, before the
    # titles are read (_Registry._entity_for_name), and as a cue's name is
    # (*said Mr. Obama*: _Registry.resolve): a full name whose given name says the
    # other sex is not the person (_Registry.match_name, _Registry._sex_known).
    said: str = attrs.field(default="", eq=False, repr=False)

    def say(self, sex: str) -> None:
        """Record that the text says the person is of ``sex`` ("m", "f"; "" says
        nothing): the one place :attr:`said` grows.

        >>> roe = _Entity(name="Roe", kind=_PERSON)
        >>> roe.say("m"); roe.say(""); roe.say("m"); roe.said
        'm'
        """
        if sex and sex not in self.said:
            self.said += sex

    def hear_tag(self, text: str, quote_end: int, found: Found) -> None:
        """Add to :attr:`heard` the sex of the pronoun ``found`` resolved to this
        person when it tags the quote that ends at ``quote_end`` from right after it
        (a comma, a semicolon or a colon and one or two spaces between at most).

        >>> kit = _Entity(name="Kit Ames", kind=_PERSON)
        >>> text = '"We stay," she said.'
        >>> kit.hear_tag(text, 10, _new_found(start=11, end=14, text="she",
        ...     kind=_PRONOUN, head="she", title=""))
        >>> kit.heard
        'f'
        """
        sex = _TAG_SEX.get(found.text.lower(), "")
        if sex and sex not in self.heard and _TAG_GAP.fullmatch(text, quote_end, found.start):
            self.heard += sex

    def first_after(self, pos: int) -> int:
        """The first position at or after ``pos`` where this entity is mentioned, or -1."""
        i = bisect.bisect_left(self.positions, pos)
        return self.positions[i] if i < len(self.positions) else -1

    def last_before(self, pos: int) -> int:
        """The last position before ``pos`` where this entity is mentioned, or -1."""
        i = bisect.bisect_left(self.positions, pos)
        return self.positions[i - 1] if i else -1

    def __attrs_post_init__(self) -> None:
        self._add_key(_norm(self.name))
        for a in self.aliases:
            self._add_key(_norm(a))

    def _add_key(self, key: str) -> None:
        if key not in self.keys:
            self.keys.add(key)
            self.unindexed.append(key)

    def add_alias(self, alias: str) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
            self._add_key(_norm(alias))

    def rename(self, name: str) -> None:
        self.add_alias(self.name)
        self.name = name
        self._add_key(_norm(name))

    def add_title(self, title: str) -> None:
        if not title:
            return
        if cut := style_after_office(title):
            # "Interior Cabinet Secretary Prof.": the office and the style, each a title
            self.add_title(title[:cut].strip())
            title = title[cut:]
        if title not in self.titles:
            self.titles.append(title)
            if self.title_log is not None:
                self.title_log.append((self, title))
        if not self.gender:
            sex = _title_gender(title)
            if sex == "m" and _generic_male(title) and _given_gender(self.name) == "f":
                sex = ""  # "The club's chairman, Harriet Oyelaran,": a woman's office
            self.gender = sex

    def pronoun_gender(self, *, given_names: bool = True) -> str:
        """ "m" or "f": from the pronouns that follow the name when they are many
        and agree (a family's titles may have been merged into one member: "Mr
        Barry" into "Diana Barry"), else from a title, else from a given name that
        says a sex (*Hubert*, *Harriet*: ``lexicons/given_names.tsv``; not with
        ``given_names=False``, the sex the text itself says), else from fewer
        pronouns (at least two, four in five of them one way), else (not with
        ``given_names=False``) from those with the *He* and *She* that open the
        sentence after the name's, else ""."""
        if self.unvoted:
            self._count_votes()
        votes = self.votes
        named = given_names and self.kind is _PERSON
        given = self.gender or (_given_gender(self.name) if named else "")
        if not votes:
            return given
        m, f = votes.get("m", 0), votes.get("f", 0)
        agree = 5 * max(m, f) >= 4 * (m + f)
        voted = ("m" if m > f else "f") if agree and m + f >= 2 else ""
        if voted and m + f >= 4:
            return voted
        if given or voted or not given_names:
            return given or voted
        # Last, the *He* and *She* that open the sentence after the name's
        # (_Voter.count) join the count: in a run of turns that sentence is often
        # the hearer's, so they only bar the other sex when nothing else says one,
        # and give no sex bonus (_pronoun_fit reads ``given_names=False`` for it).
        m += votes.get("M", 0)
        f += votes.get("F", 0)
        agree = 5 * max(m, f) >= 4 * (m + f)
        return ("m" if m > f else "f") if agree and m + f >= 2 else ""

    def _count_votes(self) -> None:
        """Add the votes of the names in ``unvoted`` to ``votes`` (sums: the order
        they are read in does not matter), and forget them."""
        assert self.voter is not None  # (set with the names)
        self.voter.count(self.unvoted, self.votes)
        self.unvoted = []

    def speaker(self) -> Speaker:
        """The entity as a :class:`Speaker`: one object while its name, kind and
        aliases stay as they are (a speaker quoted many times is given it each time)."""
        key = (self.name, self.kind, len(self.aliases))  # (aliases are only added to)
        made = self.made
        if made is None or made[0] != key:
            made = self.made = (
                key,
                _new_speaker(name=self.known_name, kind=self.kind, aliases=tuple(self.aliases)),
            )
        return made[1]

    @property
    def known_name(self) -> str:
        """The name the entity is given as a speaker: its name, with the title that
        goes before a first name when the text gave one (*Sir Thomas Bertram*, known
        as *Sir Thomas*: the title is part of the name he is called by; see
        ``lexicons/first_name_titles.txt``).

        >>> _Entity(name="Thomas Bertram", kind=_PERSON, titles=["Sir"]).known_name
        'Sir Thomas Bertram'
        >>> _Entity(name="Thomas Bertram", kind=_PERSON, titles=["Mr"]).known_name
        'Thomas Bertram'
        """
        if self.kind is not _PERSON or " " not in self.name or not self.titles:
            return self.name
        knights = load("first_name_titles")
        if self.name.split(None, 1)[0].rstrip(".").lower() in knights:
            return self.name
        for title in self.titles:
            if title.rstrip(".").lower() in knights:
                return f"{title} {self.name}"
        return self.name


_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}++(?![\p{L}\p{M}])")
# A capitalised word right after a lowercase word or a comma ("met Ruth", not the
# "End" of "Putin End").
# (The condition is a lookbehind, tried only at capital letters: eight times faster than
# matching every lowercase word; each lookbehind reads back one word and its spaces.)
_CAPITALISED_MID = regex.compile(r"(?<=(?<![\p{L}\p{M}])(?:\p{Ll}++|[,;])[ \t]++)\p{Lu}\p{L}*+")


class LowerWordCounts:
    """How often each whole lower-case word (``_LOWER_WORD``) stands in a text, all
    counted at once on first need: made once per article and shared by the name
    registry's word use (:class:`_WordUse`, for a long text) and the dialogue pass's
    lower-case words (:func:`.turns.lower_words`), which would each count them.

    >>> LowerWordCounts("the cat and the Dog").counts()["the"]
    2
    """

    __slots__ = ("_counts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: collections.Counter[str] | None = None

    def counts(self) -> collections.Counter[str]:
        """Each lower-case word with its count (read, never changed, by its users)."""
        if self._counts is None:
            self._counts = collections.Counter(_lower_words(self.text))
        return self._counts


class _WordUse:
    """How an article uses each word: in lower case, and capitalised mid-sentence.

    Each count is made when a word is first asked about, by finding the word's
    occurrences with ``str.find`` and checking their edges, not by counting
    every word of the article (the registry asks about a few dozen words). The
    registry's questions ("used in lower case twice?", "ever capitalised
    mid-sentence?") read only as far as their answer.

    >>> use = _WordUse("Poor Tom. The poor man met Poor Tom, who was poor.")
    >>> use.lower_count("poor"), use.capitalised_mid_count("Poor")
    (2, 1)
    >>> use.lower_at_least("poor", 3), use.mid_seen("Poor"), use.mid_seen("Tom")
    (False, True, False)
    """

    def __init__(
        self,
        text: str,
        *,
        direct: int = 64,
        reach: int = 1024,
        lower: LowerWordCounts | None = None,
    ) -> None:
        self.text = text
        self._lower_counts = lower if lower is not None else LowerWordCounts(text)
        # word -> (uses counted, True when that is all of them)
        self._lower: dict[str, tuple[int, bool]] = {}
        self._mid: dict[str, tuple[int, bool]] = {}
        # After ``direct`` scans (a long text asks about many words, and each scan
        # reads the whole text), every word is counted once, with the two patterns;
        # so too once the scans have checked more places than one per ``reach``
        # characters of the text (a long document prints "will" inside every
        # "William", each place checked in Python), and at least 16 per scan.
        self.direct = direct = _direct_reads(text, direct)
        self._scans = 0
        self._hits_left = max(16 * direct, len(text) // reach)
        self._all_lower: collections.Counter[str] | None = None
        self._all_mid: collections.Counter[str] | None = None
        self._opens: dict[str, bool] = {}  # word -> opens_sentence_only(word)

    def lower_count(self, word: str) -> int:
        """How often ``word`` stands as a whole lower-case word (``_LOWER_WORD``)."""
        return self._count(self._lower, self._scan_lower, word, None)

    def capitalised_mid_count(self, word: str) -> int:
        """How often ``word`` is a capitalised word after a lower-case word or a comma
        (``_CAPITALISED_MID``)."""
        return self._count(self._mid, self._scan_mid, word, None)

    def lower_at_least(self, word: str, k: int) -> bool:
        """``lower_count(word) >= k``, reading up to the ``k``-th use only."""
        return self._count(self._lower, self._scan_lower, word, k) >= k

    def mid_seen(self, word: str) -> bool:
        """``capitalised_mid_count(word) > 0``, reading up to the first use only."""
        return self._count(self._mid, self._scan_mid, word, 1) > 0

    @staticmethod
    def _count(
        memo: dict[str, tuple[int, bool]],
        scan: Callable[[str, int | None], int],
        word: str,
        limit: int | None,
    ) -> int:
        """The uses of ``word`` (all of them, or at least ``limit`` when there are as
        many), from ``memo`` when it knows enough."""
        got = memo.get(word)
        if got is not None and (got[1] or (limit is not None and got[0] >= limit)):
            return got[0]
        n = scan(word, limit)
        memo[word] = (n, limit is None or n < limit)
        return n

    def _scan_lower(self, word: str, limit: int | None) -> int:
        if self._indexed():
            assert self._all_lower is not None
            return self._all_lower[word]
        got = 0
        if _ALL_LOWER.fullmatch(word) is not None:
            text, n = self.text, len(word)
            at = text.find(word)
            while at >= 0 and got != limit:
                self._hits_left -= 1
                if not (at and _is_letter_or_mark(text[at - 1])) and not (
                    at + n < len(text) and _is_letter_or_mark(text[at + n])
                ):
                    got += 1
                at = text.find(word, at + n)
        return got

    def _scan_mid(self, word: str, limit: int | None) -> int:
        if self._indexed():
            assert self._all_mid is not None
            return self._all_mid[word]
        got = 0
        if _CAPITALISED_WORD.fullmatch(word) is not None:
            text, n = self.text, len(word)
            at = text.find(word)
            while at >= 0 and got != limit:
                self._hits_left -= 1
                m = _CAPITALISED_MID.match(text, at)
                if m is not None and m.end() == at + n:
                    got += 1
                at = text.find(word, at + n)
        return got

    def _indexed(self) -> bool:
        """True once every word is counted (made after ``direct`` scans)."""
        if self._all_lower is None:
            self._scans += 1
            if self._scans <= self.direct and self._hits_left > 0:
                return False
            self._all_lower = self._lower_counts.counts()
            self._all_mid = collections.Counter(_CAPITALISED_MID.findall(self.text))
        return True

    def opens_sentence_only(self, word: str) -> bool:
        """True for a capitalised word that is no part of a name ("Poor", "O", "Whereas").

        It is one when it is a known opener or a single letter, or when the article
        writes it in lower case elsewhere and never capitalises it mid-sentence.
        """
        got = self._opens.get(word)
        if got is None:
            known, w = _opener_by_form(word)
            if known is None:
                # (Both counts are read only as far as they must be; the lower case
                # first: one search of the text, which most names' words are not in.)
                low = w.lower()
                if (
                    self._all_lower is None
                    and self._scans < self.direct
                    and low not in self._lower
                    and low not in self.text
                ):
                    # What lower_at_least's scan finds for a word the text never
                    # prints (most names' words), read with one `in`: counted as a
                    # scan, so that a long text's index is made when it was before.
                    self._scans += 1
                    self._lower[low] = (0, True)
                    known = False
                else:
                    known = self.lower_at_least(low, 2) and not self.mid_seen(w)
            got = self._opens[word] = known
        return got


# _LOWER_WORD for a text with no letter or mark outside ASCII, read by ``re`` (about
# three times faster at its many short matches).
_ASCII_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]++(?![A-Za-z])")
# (The text layer's _NOT_PLAIN less the digits: _LOWER_WORD reads no digit.)
_NON_ASCII_LETTER_OR_MARK = regex.compile(beyond_ascii(LETTER, MARK), regex.V1)


def _lower_words(text: str) -> list[str]:
    """``_LOWER_WORD.findall(text)``, the matches in a different order.

    >>> sorted(_lower_words("the Ana met\\nJosé and Zoë, dear"))
    ['and', 'dear', 'met', 'the']
    """
    return _findall_by_lines(text, _ASCII_LOWER_WORD, _LOWER_WORD)


def _findall_by_lines(
    text: str, ascii_pattern: re.Pattern[str], pattern: regex.Pattern[str]
) -> list[str]:
    """``pattern.findall(text)``, the matches in a different order, for a
    ``pattern`` that reads no line break and whose ``re`` twin ``ascii_pattern``
    matches alike on a line with no letter or mark outside ASCII (any other
    character is no letter to either).

    Those lines are read by ``re`` (about three times faster at many short
    matches), and the others by ``regex`` (a long document is mostly such lines;
    quote marks and dashes do not count): :func:`.layer.line_stretches`.
    """
    hit = -1 if text.isascii() else _wide_at(text, 0)
    if hit < 0:
        return ascii_pattern.findall(text)
    out: list[str] = []
    for start, end, wide in line_stretches(text, hit, _NON_ASCII_LETTER_OR_MARK):
        out += (pattern if wide else ascii_pattern).findall(text, start, end)
    return out


def _wide_at(text: str, pos: int) -> int:
    """The offset of the first letter or mark outside ASCII at or after ``pos``, or -1
    (:func:`.layer.first_beyond`)."""
    return first_beyond(text, pos, _NON_ASCII_LETTER_OR_MARK)


@functools.lru_cache(maxsize=1 << 14)
def _opener_by_form(word: str) -> tuple[bool | None, str]:
    """What :meth:`_WordUse.opens_sentence_only` says of ``word`` from its form alone
    (``None`` when the article's use of it decides), and the word without an
    apostrophe's tail, which the article's use is read for."""
    w = word.split("'", 1)[0].split("’", 1)[0]
    if not w.isalpha():
        return False, w
    openers = load("name_openers")
    if len(w) == 1 or w.lower() in openers or word.lower() in openers:
        return True, w
    return None, w


_ALL_LOWER = regex.compile(r"\p{Ll}++")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}\p{L}*+")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")


def _is_letter_or_mark(ch: str) -> bool:
    if ch < "\x80":  # ASCII (most text): a letter or not, and never a mark
        return ch.isalpha()
    return _LETTER_OR_MARK.match(ch) is not None


def _new_entity(name: str, kind: SpeakerKind) -> _Entity:
    """``_Entity(name=name, kind=kind)``, every field set through its slot: attrs'
    ``__init__`` (a factory call per list, set and dict) and its hook (a method call
    per key) cost about three times as much, and the registry makes one entity per
    new name, some 14,000 over PolNeAR train. ``tests/test_registry_entities.py``
    checks that the two agree field by field, so a field added to the class must be
    added here too."""
    entity = _NEW_OBJECT(_Entity)
    key = _norm(name)
    entity.name = name
    entity.kind = kind
    entity.aliases = []
    entity.titles = []
    entity.gender = ""
    entity.votes = {}
    entity.keys = {key}
    entity.positions = []
    entity.seq = -1
    entity.title_log = None
    entity.unindexed = [key]
    entity.indexed_name = None
    entity.made = None
    entity.unvoted = []
    entity.voter = None
    entity.heard = ""
    entity.cued = ""
    entity.said = ""
    return entity


_NEW_OBJECT = object.__new__


class _LastMentions:
    """The mentions of a group of entities that grows, kept sorted by position with
    each member's rank (the order a walk over the group meets it): which member
    was mentioned last before a position, read by bisection."""

    __slots__ = ("entries", "members", "rank", "read", "words")

    def __init__(self, words: tuple[str, ...], read: int) -> None:
        self.words = words
        self.read = read  # how much of the registry's log of moves it has read
        self.entries: list[tuple[int, int]] = []  # (position, id of the entity)
        self.members: dict[int, _Entity] = {}
        self.rank: dict[int, tuple[int, int]] = {}

    def join(self, entity: _Entity, rank: tuple[int, int] | None, positions: Iterable[int]) -> None:
        """Add ``entity`` (mentioned at ``positions``) to the group, once."""
        key = id(entity)
        if rank is None or key in self.members:
            return
        self.members[key] = entity
        self.rank[key] = rank
        for at in positions:
            bisect.insort(self.entries, (at, key))

    def move(self, entity: _Entity, at: int, step: int) -> None:
        """A member's mention added (``step`` 1) or taken away (-1) at ``at``."""
        key = id(entity)
        if key not in self.members:
            return
        if step > 0:
            bisect.insort(self.entries, (at, key))
        else:
            i = bisect.bisect_left(self.entries, (at, key))
            if i < len(self.entries) and self.entries[i] == (at, key):
                del self.entries[i]

    def last_before(self, pos: int) -> tuple[_Entity | None, int]:
        """The member mentioned last before ``pos`` (the first in rank of those
        mentioned there) and where; (None, -1) when none is."""
        i = bisect.bisect_left(self.entries, (pos, -1))
        if not i:
            return None, -1
        at = self.entries[i - 1][0]
        best = self.entries[i - 1][1]
        i -= 2
        while i >= 0 and self.entries[i][0] == at:
            if self.rank[self.entries[i][1]] < self.rank[best]:
                best = self.entries[i][1]
            i -= 1
        return self.members[best], at

    def nearest(self, pos: int, gone: set[int]) -> _Entity | None:
        """The member not in ``gone`` mentioned last before ``pos`` (the first in rank
        of those mentioned there), or, when none is, the first in rank of them all;
        None when every member is gone."""
        i = bisect.bisect_left(self.entries, (pos, -1))
        best, best_at = -1, -1
        while i > 0:
            i -= 1
            at, key = self.entries[i]
            if best >= 0 and at != best_at:
                break
            if key not in gone and (best < 0 or self.rank[key] < self.rank[best]):
                best, best_at = key, at
        if best < 0:
            living = [key for key in self.members if key not in gone]
            if not living:
                return None
            best = min(living, key=self.rank.__getitem__)
        return self.members[best]


@attrs.define
class _TieScan:
    """How far :meth:`_Registry._tied_to` has read one person's mentions for one
    country: the mention list read (``positions``), how many of its positions
    (``read``) and the last of them (``last``), and the first tied (``first``, -1
    for none yet). The person is held so that its ``id`` keys no other."""

    entity: _Entity
    positions: list[int]
    read: int = 0
    last: int = -1
    first: int = -1


class _Registry:
    """The people and organisations one article names."""

    def __init__(
        self,
        text: str,
        *,
        quoted: list[tuple[int, int]] = (),  # type: ignore[assignment]
        lower: LowerWordCounts | None = None,
    ):
        self.text = text
        self._quoted = quoted  # the quotes' spans, sorted (_inside reads them)
        # Where a live blog's entries open (text.layer.entry_starts), read when a
        # pronoun first asks (_entry_of).
        self._entries: list[int] | None = None
        # People named inside quotes, in text order (where, who): kept out of the
        # mentions, read only for a pronoun said in the same quote (_said_before).
        self._said: list[tuple[int, _Entity]] = []
        # Each sentence opening read for an unnamed person's description, by where it
        # starts (_unnamed_at): read once, however many pronouns and descriptors ask.
        self._openings: dict[int, tuple[Found | None, int]] = {}
        self._opening_starts: list[int] | None = None  # every such opening, found once
        # The plain window of tokens the openings a descriptor reads back over are
        # taken from (_share_openings): each stretch of them tokenised once.
        self._opening_source: tuple[int, int, list[Token]] | None = None
        # '"...," said a source close to him': the description after each such cue
        self._inverted: dict[int, Found | None] = {}
        self._headline_end = -1  # _in_headline: the headline's end, 0 for none
        self._lower = lower  # the text's lower-case word counts, when shared
        self._initials: dict[str, str] | None = None  # initialisms(text), when asked
        self.entities: list[_Entity] = []
        self.by_key: dict[str, _Entity] = {}  # any normalised name or alias
        self.by_prefix: dict[str, list[_Entity]] = {}  # people by their surname's first letters
        self.by_first: dict[str, list[_Entity]] = {}  # people of two names or more, by the first
        # Bodies by the first word of their name (a body's name and kind never change
        # once made): the bodies _named_in_full reads, not every entity.
        self.bodies_by_first: dict[str, list[_Entity]] = {}
        # People of three names or more by each inner word ("garcia" of "Ana Garcia
        # Lorca"): the first half of a compound surname, or the name a person is
        # known by ("Lula" of "Luiz Inacio Lula da Silva").
        self.by_inner: dict[str, list[_Entity]] = {}
        # (position, entity, subject): subject is _SUBJECT for a speaker noted as such,
        # else the end of the name, whose subject test is read when asked (_is_subject).
        self.mentions: list[tuple[int, _Entity, int]] = []
        # The mentions past the last position read or noted (see _through), latest
        # first: set aside when a speaker noted early in a long text would otherwise
        # move every mention after it, and brought back as reading moves on.
        self._later: list[tuple[int, _Entity, int]] = []
        # The subject tests and gender votes of names, read when asked.
        self._voter = _Voter(text)
        self._counts: _NameCounts | None = None
        # People by prefix bucket: ids (membership) and each one's index in the bucket.
        self._bucket_index: dict[str, dict[int, int]] = {}
        # match_name's candidates by normalised name: (bucket length and renames seen, ids).
        self._candidates: dict[str, tuple[int, int, list[_Entity]]] = {}
        self._renamed: list[_Entity] = []
        # _first_name_people by word: (people of by_first and renames seen, the people).
        self._firsts: dict[str, tuple[int, int, list[_Entity]]] = {}
        # _name_parts of the people of each bucket, as by_prefix, in two columns (the
        # normalised names, the surnames' spelling keys) that rapidfuzz reads as they are.
        self._bucket_norms: dict[str, list[str]] = {}
        self._bucket_keys: dict[str, list[str]] = {}
        # The same people indexed by what _names_fit reads first (_BucketFinder),
        # made for a bucket when a name first reads more than a few of its people.
        self._finders: dict[str, _BucketFinder] = {}
        self._memberships: dict[int, list[str]] = {}  # entity id -> prefixes of its buckets
        self._first_ids: dict[str, set[int]] = {}  # ids in by_first
        # Descriptor resolution: people by normalised title, and by the nation of a
        # leader's title, filled from the entities' title logs.
        self._title_log: list[tuple[_Entity, str]] = []
        self._titles_read = 0
        # Ids of the entities one of whose titles holds a word, or names a nation
        # (_titles_hold's two readings), read off the title log: the people who may
        # hold a descriptor's modifiers (see _holding).
        self._title_words: dict[str, set[int]] = {}
        self._title_codes: dict[str, set[int]] = {}
        self._title_words_read = 0
        # Introduction hints -> the last stretch (start, end) found to hold none of
        # them nor an apposition's opener (_may_introduce).
        self._no_introduction: dict[regex.Pattern[str], tuple[int, int]] = {}
        # Introduction patterns -> what their last reading settled (_last_match_carried).
        self._introductions: dict[regex.Pattern[str], _Carried] = {}
        # nouns whose introduction pattern a window of this text may match
        # (_noun_may_match held once): read with the pattern from then on
        self._introducible: set[str] = set()
        # nouns not (yet) introducible -> the last stretch (start, end) found to hold
        # no match that _noun_may_match takes: a window inside it is no introduction,
        # one that ends past it is read from near its end (_last_noun_introduction)
        self._no_noun_match: dict[str, tuple[int, int]] = {}
        self._by_title: dict[str, dict[int, _Entity]] = {}
        # The members of each _by_title group in the order they joined, and an index
        # of their mentions (_nearest_titled)
        self._title_joins: dict[str, list[_Entity]] = {}
        self._title_index: dict[str, _LastMentions] = {}
        # The title indexes each person belongs to, and how much of the log of moves
        # they have all been given: one walk over the log for every title, not one
        # per title (in a long document, many titles and many moves).
        # Only the moves of such members are logged for them (_moved), so a long
        # document's other mentions cost the title indexes nothing.
        self._title_member_of: dict[int, list[_LastMentions]] = {}
        self._title_moves: list[tuple[_Entity, int, int]] = []
        self._title_read = 0
        # People by the head noun of each title, role or descriptor given to them
        # ("Foreign Minister", "the party leader", "a spokesman for Acme": minister,
        # leader, spokesman).
        self._by_head: dict[str, dict[int, _Entity]] = {}
        # People by the noun for the kind of an office given to them as a title
        # ("Sen. Ana Roe", "Ambassador Tom Lee": lawmaker, diplomat).
        self._by_kind: dict[str, dict[int, _Entity]] = {}
        # Organisations by the words of their names that a body's noun stands for
        # ("Acme Corp" under corp: lexicons/body_nouns.tsv).
        self._bodies: dict[str, list[_Entity]] = {}
        # Each entity's place in the _bodies list of each word it is filed under.
        self._body_slots: dict[str, dict[int, int]] = {}
        # Every change to an entity's positions, in order: (entity, position, +1 or
        # -1), or (entity, -1, 0) with a copy of its positions when _bodies first
        # files it. The body indexes (_LastMentions, by the words a noun stands
        # for) read it to stay in step without a walk over their members.
        self._moves: list[tuple[_Entity, int, int, tuple[int, ...]]] = []
        self._body_index: dict[tuple[str, ...], _LastMentions] = {}
        self._leaders: dict[str, dict[int, _Entity]] = {}
        # Names right after a body's kind (_kinded_in), by block of the text.
        self._kinded: dict[int, list[tuple[int, str, str]]] = {}
        # One-word names -> whether the article calls them a company (_company), and
        # the names it calls a company anywhere (_company_names, read once).
        self._companies: dict[str, bool] = {}
        self._company_names: frozenset[str] | None = None
        # The unspaced names printed before a person's role in apposition
        # (_names_with_role, read once when _named_with_role first asks).
        self._with_role: frozenset[str] | None = None
        self._printed: dict[str, int] = {}  # a title -> where it is first printed
        self._gone: set[int] = set()  # ids of entities merged into others
        self._country_ties: dict[int, frozenset[str]] = {}  # per mention (_tied_to)
        # per person and country: how far _tied_to has read the person's mentions
        self._tie_scans: dict[tuple[int, str], _TieScan] = {}
        self._next_seq = 0
        self._word_use: _WordUse | None = None
        # name -> how many opening words to drop (_KEEP_NAME: none, and no role either)
        self._openers: dict[str, int] = {}
        # Bumped whenever a name may find an entity it did not find before (a key or a
        # bucket entry indexed, a rename, a merge): a lone word that matched nobody at
        # one generation matches nobody while it holds (see _match_lone).
        self._generation = 0
        self._lone_misses: dict[str, int] = {}  # lone word -> generation it missed at
        # One-word key of a lone word that missed -> (its surname bucket's length, its
        # first-name list's length, renames) when it missed (see _match_lone).
        self._lone_states: dict[str, tuple[int, int, int, int]] = {}
        # A name (head, kind, title) -> the entity that is its key (see _entity_for_name).
        self._by_found: dict[tuple[str, PhraseKind, str], _Entity] = {}
        # The same for a name whose title asks for a sex, with the number of titles
        # and the name its entity had then (see _by_sex_held).
        self._by_sex: dict[tuple[str, PhraseKind, str], tuple[_Entity, int, str]] = {}
        self._places: dict[int, bool] = {}  # entity seq -> _is_place
        # The ends of the names mentioned at each start outside quotes (a subject
        # of a clause after "that" or "whether" is one of them: _reported_at).
        self._named_ends: dict[int, list[int]] = {}
        # Ids of the names read as a person's that the text describes as a body
        # ("Xinhua, the news agency,", "Acme, which ..."): see _described_body.
        self._described: set[int] = set()
        # Ids of the people named by a given name after a relative (_kin_surname).
        self._kin: set[int] = set()
        # Where the names _entity_for_name matched to each person named by one word
        # (a surname, that a fuller name may rename) stand, by the person's id:
        # their pronoun votes say a sex before the votes are read (_sex_known).
        self._met: dict[int, list[tuple[int, int]]] = {}
        # Every name as a row; a lone capitalised word (one word, no title: most of
        # them) counts only as a surname known, and is made a Found only then.
        items: list[tuple[int, int, str, str] | Found] = []
        founds: list[Found] = []  # the Found items, in order
        kin: list[Found] = []  # given names after a relative, made full (_kin_surname)
        # "his wife, Jane,": (the pronoun's start, the name's start, end, text, head)
        owned_kin: list[tuple[int, int, int, str, str]] = []
        starts: list[int] = []
        self._name_at: dict[int, Found] = {}  # names of two words or more, or titled
        self._lone_at: dict[int, tuple[int, int, str, str]] = {}  # the lone words, as rows
        self._lone_starts: list[int] | None = None  # their starts, sorted (_lone_rival)
        # (And whether the text holds a character a reader does not see, read with them.)
        rows, self.invisible = _name_rows_seen(text)
        rows = _off_bylines(text, rows)
        # 'Michael "Mike" Oduya': one name, the marked word its nickname (by its start).
        nicks = _nickname_rows(text, rows) if _NICKNAME.search(text) else {}
        lone_at, add_item, add_start = self._lone_at, items.append, starts.append
        openers = self._openers
        for start, end, phrase, kind, head, title in rows:
            # (A head is one word when no space or no-break space is in it: the name
            # pattern joins words with nothing else.)
            if kind is _NAME and not title and " " not in head and "\u00a0" not in head and head:
                # (_kin_surname reads only a word with a comma after it: most have none.)
                family, owned, shared = "", -1, False
                if text.startswith(",", end):
                    family, owned = _kin_surname(text, start, end, head)
                elif text.startswith(" and ", end):
                    # "twins Priya and Anjali Raman": the surname both given names share
                    family = _shared_surname(text, end, head, rows)
                    shared = bool(family)
                if owned >= 0:
                    # "his wife, Jane,": read as a lone word, and named again when
                    # the pronoun's referent is known (after every name: _kin_owned)
                    owned_kin.append((owned, start, end, phrase, head))
                elif family:
                    # "Hale's wife, Ann,": Ann Hale, a full name (see _kin_surname)
                    f = _new_found(
                        start=start,
                        end=end,
                        text=phrase,
                        kind=kind,
                        head=f"{head} {family}",
                        title="",
                    )
                    add_item(f)
                    founds.append(f)
                    if not shared:
                        kin.append(f)
                    self._name_at[start] = f
                    add_start(start)
                    continue
                lone_at[start] = row = (start, end, phrase, head)
                add_item(row)
                add_start(start)
                continue
            f = _new_found(start=start, end=end, text=phrase, kind=kind, head=head, title=title)
            # "Poor Sissy" may leave one word. (_strip_openers keeps a name whole, with
            # no call, where its first tests say so: a title of one word, or an
            # untitled name it has already kept whole.)
            if kind is _NAME and (" " in title if title else openers.get(head) != _KEEP_NAME):
                f = self._strip_openers(f)
            if f.kind is _NAME and not f.title and len(f.head.split()) == 1:
                lone_at[f.start] = row = (f.start, f.end, f.text, f.head)
                add_item(row)
            else:
                items.append(f)
                founds.append(f)
                if f.kind is _NAME:
                    self._name_at[f.start] = f
            starts.append(f.start)
        if founds:
            split = _surname_then_name(items, founds)
            if split is not items:
                items = split
                founds = [i for i in items if isinstance(i, Found)]
        # Surnames given with a man's title and with a woman's: only titled names count.
        self._families = _families(founds)
        named: list[tuple[int, int, _Entity]] = []
        # Where the second name of a pair after a plural role starts -> the role.
        pair_roles: dict[int, str] = {}
        # Full names first, so that a lone surname earlier in the text still finds them;
        # a titled single word ("Miss Maria") after every full name, so that it
        # chooses among all the people of that first name, not the first printed.
        # (The first and last words are read once, when a titled name first asks:
        # most articles have no titled name of one word.)
        words: tuple[set[str], set[str]] | None = None
        title_words = _title_words()
        later = []
        self._voter.starts = starts  # (every name's start: _sex_known reads votes)
        for f in founds:  # two words or more, an organisation, or a title
            if f.title and _ranked_office(f):
                continue  # "Norvalia's Deputy First Minister, Ewan Dunmore,": no name
            if (
                f.title
                and f.kind is _NAME
                and " " not in f.head
                and f.head in (words := words or _first_and_last_words(founds))[0]
                and f.head not in words[1]
                and honorific(f.title)
            ):
                later.append(f)
            elif nicks and f.start in nicks:
                # (The nickname before the surname, and alone: *Mike Oduya said*, *Mike said*.)
                entity = self._entity_for_name(f)
                nick = nicks[f.start]
                entity.add_alias(f"{nick} {f.head.rsplit(' ', 1)[-1]}")
                entity.add_alias(nick)
                self._index(entity)
            else:
                self._entity_for_name(f)
        for f in later:
            self._entity_for_name(f)
        for f in kin:
            self._kin.add(id(self._entity_for_name(f)))
        # Whether each name stands inside a quote, read in one walk (not one search per name).
        # (``starts`` holds where each item starts, in order: _surname_then_name moves
        # no start, it only cuts a name's end.)
        hidden = _inside_each(starts, quoted)
        # A lone given name may name a person of its own (_lone_given), unless it is
        # a given name that follows a noun of kin (*his wife, Jane,*): _kin_owned names
        # that one, and the later *Jane said* is hers, not a person of its own.
        kin_given = {row[4] for row in owned_kin}
        given_names = load_table("given_names")
        # (The methods and the dict the loop calls per name, read once.)
        entity_for_name, match_lone = self._entity_for_name, self._match_lone
        add_mention, named_ends = self._mention, self._named_ends
        ranked: Found | None = None  # an office with its rank right before (_ranked_office)
        # _withheld_sex reads a withholding frame right before the name: a text that
        # prints none (most) gives no lone word a withheld name's sex, tested once
        # here, not per word.
        withholds = _withholds(text)
        for item, inside in zip(items, hidden, strict=True):
            if isinstance(item, Found):
                if item.title and _ranked_office(item):
                    ranked = item  # (an office, no name: skipped in the loop above too)
                    continue
                entity = entity_for_name(item)
                if ranked is not None and item.start == ranked.end + 2 and not inside:
                    # "Norvalia's Deputy First Minister, Ewan Dunmore,": the name holds
                    # the office and is the sentence's subject where the office stands.
                    entity.add_title(f"{ranked.title} {ranked.head}")
                    add_mention(ranked.start, entity, subject=ranked.end)
                ranked = None
                start, end, title = item.start, item.end, item.title
                entity.add_alias(item.text)
            else:  # a lone word: no Found made for it
                start, end, phrase, head = item
                known = match_lone(head, start)
                if known is None:
                    given = head.casefold() in given_names
                    if (
                        given
                        and not inside
                        and head not in kin_given
                        and self._lone_given(head, start, end)
                    ):
                        # "Maria spoke first. '...,' she said": a person the text
                        # names by a given name alone, whom a pronoun may stand for.
                        known = _new_entity(head, _PERSON)
                        self._add(known)
                    elif not given and not inside and self._aged_lone_name(head, start, end):
                        # "Kerry, 38, held a placard. '...,' she said": a word the
                        # given names do not hold, opening its sentence with an age
                        # between commas after it, is a person named so (a vox pop).
                        known = _new_entity(head, _PERSON)
                        # of the sex a description before it says ("A man, Ulla,
                        # 38,": not the *she* of a woman described after him)
                        known.gender = _sex_of(_role_description_before(text, start))
                        self._add(known)
                    elif (
                        withholds
                        and not given
                        and not inside
                        and (sex := _withheld_sex(text, start))
                    ):
                        # "One mother, who asked to be identified only as Jess,": the
                        # only name the source gives, of the sex her noun says
                        known = _new_entity(head, _PERSON)
                        known.gender = sex
                        self._add(known)
                    elif (
                        given
                        or not text.startswith(", ", end)  # (_described_body's first test)
                        or not _described_body(text, end)
                    ):
                        continue
                    else:
                        # "Velora, the carmaker,", "Velora, which makes ...": a body
                        # named by one word, which no person's name matched.
                        known = _new_entity(head, _ORGANIZATION)
                        self._add(known)
                # What _entity_for_name does with the entity it finds by this word.
                entity = known
                if head not in entity.aliases:
                    entity.add_alias(head)
                if entity.unindexed or entity.indexed_name != entity.name:
                    self._index(entity)
                if phrase != head:  # (mostly the same word, just given)
                    entity.add_alias(phrase)
                title = ""
            person = entity.kind is _PERSON  # (set when it is made, never changed)
            # (Each call below is made only where it may do something: most names
            # have no comma after them; title words before a name are read for people,
            # where the word right before the name is one.)
            if title:
                entity.add_title(title)
                if person and text.startswith(" of ", end):
                    # "President Ana Roe of France": the office is France's.
                    office = _office_of_nation(title, text, end + len(" of "))
                    if office:
                        entity.add_title(office)
                if person and _COUNTRY_OWNER.match(text, start, start + _OWNER_REACH) is not None:
                    # "Kenya's President Ana Roe": the office is Kenya's.
                    office = _office_of_owner(title, text, start)
                    if office:
                        entity.add_title(office)
            if person and text.startswith("-", end + 3):
                _party_tag_at(text, end, entity)  # " (D-Ohio)", ", R-Texas,"
            if text.startswith(", ", end) and not _fronted_place(text, start):
                if _described_body(text, end):
                    self._describe(entity)
                self._apposition_at(end, entity)
            if person and _body_named_after(text, start, end):
                # "Ana Roe of the weather agency, ARPA Veneto, said": a body's name.
                self._describe(entity)
            if person and not title and text[start - 1 : start] == " " and " " in text[start:end]:
                # "the head of the National Bank Taras Melnyk": the office, no comma
                office = holder_office(text, start)
                for held in (office, *titles_for_office(office)) if office else ():
                    entity.add_title(held)
                if text.endswith(") ", 0, start):
                    # "Director General of Police (DGP) Ravi Kumar": the office and
                    # its initials, by which a later "the DGP said" names him
                    for held in bracketed_office(text, start):
                        entity.add_title(held)
            if person and text.startswith(", ", start - 2):
                # "the chairwoman of the inquiry, Judith Ennis": the descriptor's
                # head noun names her later ("the chairwoman said").
                # "The Emir of Qatar, Sheikh Tamim,": the office alone names him later.
                office = _descriptor_before(text, start) or _office_before(text, start, end)
                gender = entity.gender
                entity.add_title(office)
                if office and _generic_male(office) and _heads_a_body(office):
                    # "The chairman of the tribunal, Justice Ada Obi,": the office a
                    # body's rules name (women chair as "chairman"), described before
                    # the comma, says no sex; a "spokesman", whose women news calls
                    # "spokeswoman", still does, as does "Chairman Tom Hale"
                    entity.gender = gender
            if not title and person:
                lead = text[start - 50 if start > 50 else 0 : start]
                last = lead.rsplit(None, 1)
                if last and (
                    last[-1].strip(",.").lower() in title_words
                    # "chief of staff Ana Roe": an office of a role and its complement
                    or (" of " in lead and _ends_on_office(lead.split()))
                ):
                    self._title_words_before(start, entity)
                elif last and text.startswith(" and ", end):
                    # "Morning Joe hosts Ana Roe and Tom Hale": each holds the role.
                    role = _plural_role(last[-1])
                    if role:
                        entity.add_title(role)
                        pair_roles[end + len(" and ")] = role
                elif start in pair_roles:
                    entity.add_title(pair_roles[start])
            if not inside:
                # Whether the name is its sentence's subject is read only when a
                # pronoun's resolution or a gender vote asks (_is_subject): the
                # mention keeps the name's end for that.
                add_mention(start, entity, subject=end)
                named_ends.setdefault(start, []).append(end)
                if person:
                    named.append((start, end, entity))
            elif person and not _owns_person(text, end):
                self._said.append((start, entity))
        self._vote_gender(named)
        self._merge_first_names()
        # "Okafor's campaign", "Reed's office": organisations a plural pronoun may
        # stand for ("what they call ...").
        for start, end in _possessed_orgs(text):
            if _inside(start, quoted):
                continue
            phrase = text[start:end]
            f = Found(start=start, end=end, text=phrase, kind=_ORGANIZATION_PHRASE, head=phrase)
            self._mention(start, self._entity_for_name(f), subject=end)
        for owned_row in owned_kin:
            if not _inside(owned_row[1], quoted):
                self._kin_owned(*owned_row)

    def _kin_owned(self, owner: int, start: int, end: int, phrase: str, head: str) -> None:
        """Name the given name ``head`` at ``start`` after *his* or *her* (at
        ``owner``) and a noun of kin (*his wife, Jane,*) by the surname of the person
        that pronoun stands for: *Jane Sanders* where *his* is Bernie Sanders, a
        person of her own (a relative, as with *Hale's wife, Ann,*). The pronoun's
        person is the name it is joined to (*Jim Brady and his wife, Sarah,*; *Gov.
        Jack Dalrymple, his wife, Betsy,*), else the one *he* or *she* there
        resolves to (:meth:`resolve_pronoun`); only a person named by two words or
        more whose sex is not the other one. The word stays as any lone word was
        read where it already names someone by that given name and a surname
        (*Bill* of a Bill Clinton named before), or where it is joined to a
        capitalised word that names no one (*Ruiz and her husband, Tom,*, Ruiz not
        yet known)."""
        text = self.text
        mentions = self._through(start)
        i = bisect.bisect_left(mentions, start, key=_position)
        if i < len(mentions) and mentions[i][0] == start:
            known = mentions[i][1]
            if known.kind is _PERSON and known.name.split()[0] == head and " " in known.name:
                return
        joined = (
            " and "
            if text.endswith(" and ", 0, owner)
            else ", "
            if text.endswith(", ", 0, owner)
            else ""
        )
        held: _Entity | None = None
        if joined:
            at = owner - len(joined)
            for pos, entity, _ in reversed(mentions[max(0, i - 8) : i]):
                if pos < at - _KIN_REACH:
                    break
                if at in self._named_ends.get(pos, ()):
                    held = entity
                    break
            if held is None and joined == " and " and _word_ending(text, at)[:1].isupper():
                return
        word = "he" if text[owner + 1] == "i" else "she"
        if held is None:
            held = self.resolve_pronoun(
                Found(start=owner, end=owner + 3, text=word, kind=_PRONOUN, head=word)
            )
        if (
            held is None
            or held.kind is not _PERSON
            or " " not in held.name
            or held.pronoun_gender() == ("f" if word == "he" else "m")
        ):
            return
        full = f"{head} {held.name.rsplit(None, 1)[-1]}"
        # (A person it would find under another full name, *Rafael Edward Cruz* for
        # *his father, Rafael,*, may be the owner under a name of birth: left alone.)
        found = self.match_name(full, _PERSON, before=start)
        if found is not None and found.name != full:
            return
        fresh = found is None
        entity = self._entity_for_name(
            _new_found(start=start, end=end, text=phrase, kind=_NAME, head=full, title="")
        )
        if entity is held:
            return
        if fresh:
            self._kin.add(id(entity))
        entity.add_alias(phrase)
        # The lone word's mention, where it found someone, becomes the relative's.
        if i < len(mentions) and mentions[i][0] == start:
            before = mentions[i][1]
            if start in before.positions:
                before.positions.remove(start)
                self._moved(before, start, -1)
            mentions[i] = (start, entity, mentions[i][2])
            bisect.insort(entity.positions, start)
            self._moved(entity, start, 1)
        else:
            self._mention(start, entity, subject=end)
            self._named_ends.setdefault(start, []).append(end)

    def _match_lone(self, head: str, start: int) -> _Entity | None:
        """``match_name`` of a lone capitalised word (no title) at ``start``: the same
        answer, but a word that matched nobody is not matched again until the
        registry has indexed something new (most lone words are sentence openers
        and places that match nobody, printed many times). One word with no title
        fits everyone, so ``match_name``'s first step, the word as a key, is taken
        here; and a word whose surname bucket and first-name list are empty can
        be nothing else."""
        if self._lone_misses.get(head) == self._generation:
            return None
        norm = _norm(head)
        if not norm or " " in norm:
            known = self.match_name(head, _PERSON, before=start)
            if known is None:
                self._lone_misses[head] = self._generation
            return known
        known = self.by_key.get(norm)
        if known is not None and known.kind is _PERSON and norm in known.keys:
            # (A family's surname alone may name one of its men: match_name decides.)
            return self.match_name(head, _PERSON, before=start) if norm in self._families else known
        bucket = self.by_prefix.get(_bucket_of(norm))
        firsts = self.by_first.get(norm)
        inner = self.by_inner.get(norm)
        if not bucket and not firsts and not inner:
            return None
        # Past the key, match_name reads only the word's surname bucket, the people
        # of that first name and of that inner word, which only grow, and the
        # renames: a word that missed misses again while all four hold their lengths.
        state = (len(bucket or ()), len(firsts or ()), len(inner or ()), len(self._renamed))
        if self._lone_states.get(norm) == state:
            return None
        known = self.match_name(head, _PERSON, before=start)
        if known is None:
            self._lone_misses[head] = self._generation
            self._lone_states[norm] = state
        return known

    def _lone_given(self, head: str, start: int, end: int) -> bool:
        """True when a lone word that matched nobody names a person by a given name
        alone (*Maria spoke first.*): a given name of ``lexicons/given_names.tsv``
        the text never prints in lower case (*Grace*, *Mark*), no place (*Victoria*)
        nor where a place goes (*in Florence*), no time (*May*), not the rest of a
        longer name read apart (*Clerk Dana James*) nor an apposition to a noun
        (*her son, Tom,*), and no body the text describes (*Adelaide, the port,*).

        >>> text = "Maria spoke first. Grace left; grace is a virtue. Tom met Ed Ann James."
        >>> reg = _Registry(text)
        >>> reg._lone_given("Maria", 0, 5), reg._lone_given("Grace", 19, 24)
        (True, False)
        >>> reg._lone_given("Tom", 50, 53), reg._lone_given("James", 65, 70)
        (True, False)
        """
        low = head.casefold()
        if low not in load_table("given_names") or low in _LANDS or low in load("time_words"):
            return False
        if self._words().lower_at_least(low, 1):
            return False
        text = self.text
        lead = _GIVEN_NOT_ALONE.search(text, max(0, start - _GIVEN_LEAD), start)
        if lead is not None and not (lead.group().endswith(", ") and _AGE_AFTER.match(text, end)):
            # (but "the runner-up, Brian, 12,": a given name and an age after a noun
            # is a pupil, a soldier or a witness the article names so, a person.)
            return False
        if _after_place_word(text, start):
            return False
        return not _described_body(text, end)

    def _aged_lone_name(self, head: str, start: int, end: int) -> bool:
        """True when a lone capitalised word that matched nobody and is no given name
        of the lexicon opens its sentence with an age between commas after it
        (*Kerry, 38, held a placard.*): a person named by a given name alone, as
        reports from picket lines and crowds name people; not a place (*Ohio*),
        a time word, a word the text prints in lower case, nor a word inside its
        sentence (*buses from Leith, 12, and ...*: a count). (No body the text
        describes can stand here: the age takes the place of *, the carmaker,*.)

        >>> text = "Kerry, 38, held a sign. Ohio, 12, rose. So, 12, went; so it goes."
        >>> reg = _Registry(text)
        >>> reg._aged_lone_name("Kerry", 0, 5), reg._aged_lone_name("Ohio", 24, 28)
        (True, False)
        >>> reg._aged_lone_name("So", 40, 42)
        False
        >>> _Registry("Buses came from Leith, 12, and Carrow, 9.")._aged_lone_name("Leith", 16, 21)
        False
        """
        text = self.text
        if not _AGE_AFTER.match(text, end):
            return False
        i = start
        while i > 0 and text[i - 1] in " \t\u00a0":
            i -= 1
        if i > 0 and text[i - 1] not in ".!?\n" and not _role_description_before(text, i):
            return False
        low = head.casefold()
        return not (
            low in _LANDS or low in load("time_words") or self._words().lower_at_least(low, 1)
        )

    def _vote_gender(self, named: list[tuple[int, int, _Entity]]) -> None:
        """Give each person named outside quotes (``named``; the voter already holds
        where every name starts) the votes of those names: each counts, when the name is a
        subject, the first third-person pronoun after it in the same sentence and
        before the next name ("Ruiz said she would stay": a vote for "f"), or with
        none there a *He* or *She* opening the next sentence, counted apart
        (:meth:`_Voter.count`). The count
        decides the gender that pronouns look for when no title gives it
        (:meth:`_Entity.pronoun_gender`), which reads a person's votes when first
        asked: the people it is never asked of (more than a third of the names'
        votes in news) are not read."""
        vote = self._voter
        for start, end, entity in named:
            entity.unvoted.append((start, end))
            entity.voter = vote

    def _strip_openers(self, f: Found) -> Found:
        """ "Poor Sissy" is Sissy: drop leading words that only open a sentence."""
        if f.kind is not _NAME:
            return f
        if f.title:
            # "Addressing Mayor Tom Quill, she said": a participle the lexicon
            # knows opens the sentence before the title; the name starts after it.
            first, _, rest = f.title.partition(" ")
            if not rest or first.lower() not in load("name_openers"):
                return f
            start = self.text.find(rest.split()[0], f.start + len(first), f.end)
            if start < 0:
                return f
            return attrs.evolve(f, start=start, text=self.text[start : f.end], title=rest)
        i = self._openers.get(f.head)
        if i == _KEEP_NAME:
            return f
        if i == 0 and not self._role_opens(f):
            return f
        words = f.head.split()
        if i is None:
            i = 0
            if len(words) >= 2:
                use = self._words()
                while (
                    i < len(words) - 1
                    and use.opens_sentence_only(words[i])
                    and not family_before_given(words[i], words[i + 1])
                ):
                    i += 1
            if i == 0 and not _role_words(words):
                # No opening word to drop, and no role before a given name wherever
                # the name stands (most names): kept as it is, here and at every
                # later mention of it, with no test of the text before it.
                self._openers[f.head] = _KEEP_NAME
                return f
            self._openers[f.head] = i
        if i == 0:
            if not self._role_opens(f):
                return f
            i = 1  # "Incumbent Sarah Quayle said": a role, capitalised to open the sentence
        start = self.text.find(words[i], f.start, f.end)
        if start < 0:  # a head not spelled as in the text: keep the offsets
            return attrs.evolve(f, head=" ".join(words[i:]))
        head = self.text[start : f.end]
        if i >= 2 and _particles_open(words[0], words[1]):
            # "Van der Wielen declined": the particles, which the article prints in
            # lower case elsewhere, drop from the name as opening words do, but the
            # mention still opens the sentence, whose subject it is.
            return attrs.evolve(f, text=self.text[f.start : f.end], head=head)
        return attrs.evolve(f, start=start, text=head, head=head)

    def _role_opens(self, f: Found) -> bool:
        """True when the name ``f`` opens its sentence with a common word before a
        given name, in three words or more (*Incumbent Sarah Quayle*, *Pensioner
        Edna Throssell*; see :func:`_word_before_given_name`)."""
        if not _role_words(f.head.split()):
            return False
        lead = self.text[max(0, f.start - 3) : f.start].rstrip(" \"'“‘")
        return not lead or lead[-1] in ".!?:\n"

    def _full_name(self, name: str) -> bool:
        """False for a run of capitals that is no full name: "Putin End" in the
        headline "Trump, Putin End Talks", whose last word the article writes in
        lower case."""
        use = self._words()
        last = name.rsplit(maxsplit=1)[-1]
        return use.mid_seen(last) or not use.lower_at_least(last.lower(), 1)

    def _words(self) -> _WordUse:
        """The article's word counts, made on first need."""
        if self._word_use is None:
            self._word_use = _WordUse(self.text, lower=self._lower)
        return self._word_use

    def _merge_first_names(self) -> None:
        """A person named by one word that is the first name of full names ("Philip",
        "Philip Herriton") is the most often named of those."""
        titles = load("titles")
        people = [e for e in self.entities if e.kind is _PERSON]
        ones = {words[0] for e in people if len(words := _norm(e.name).split()) == 1}
        if not ones:
            return  # no one-word person: nothing to merge
        full: dict[str, list[_Entity]] = {}
        for e in people:
            words = [w for w in _norm(e.name).split() if w not in titles]
            if len(words) >= 2 and words[0] in ones and self._full_name(e.name):
                full.setdefault(words[0], []).append(e)
        merged: dict[int, _Entity] = {}
        for e in self.entities:
            words = _norm(e.name).split()
            if e.kind is not _PERSON or len(words) != 1 or words[0] not in full:
                continue
            target = max(full[words[0]], key=lambda x: self._count(x.name))
            for alias in (e.name, *e.aliases):
                target.add_alias(alias)
            for title in e.titles:
                target.add_title(title)
            for sex in e.said:
                target.say(sex)
            for gender, n in e.votes.items():
                target.votes[gender] = target.votes.get(gender, 0) + n
            if e.unvoted:  # (votes not counted yet: counted with the target's)
                target.unvoted = target.unvoted + e.unvoted
                target.voter = e.voter
            target.positions = sorted(target.positions + e.positions)
            for p in e.positions:
                self._moved(target, p, 1)
            merged[id(e)] = target
        if not merged:
            return
        self._generation += 1
        self.entities = [e for e in self.entities if id(e) not in merged]
        self._gone.update(merged)
        for key, e in list(self.by_key.items()):
            self.by_key[key] = merged.get(id(e), e)
        for prefix, bucket in self.by_prefix.items():
            self.by_prefix[prefix] = [x for x in bucket if id(x) not in merged]
            self._bucket_index[prefix] = {id(x): i for i, x in enumerate(self.by_prefix[prefix])}
            parts = [_name_parts(x.name) for x in self.by_prefix[prefix]]
            self._bucket_norms[prefix] = [p[0] for p in parts]
            self._bucket_keys[prefix] = [p[1] for p in parts]
        self._finders.clear()  # (positions moved: made again when asked)
        self._candidates.clear()
        self._lone_states.clear()
        self._by_found.clear()
        self._by_sex.clear()
        self.mentions = [(p, merged.get(id(e), e), s) for p, e, s in self.mentions]
        self._later = [(p, merged.get(id(e), e), s) for p, e, s in self._later]

    def _count(self, name: str) -> int:
        """``self.text.count(name)``, from an index of the text's capitalised words."""
        if self._counts is None:
            self._counts = _NameCounts(self.text)
        return self._counts.count(name)

    def _add(self, entity: _Entity) -> None:
        entity.seq = self._next_seq
        self._next_seq += 1
        entity.title_log = self._title_log
        for title in entity.titles:
            self._title_log.append((entity, title))
        self.entities.append(entity)
        if entity.kind is _ORGANIZATION:
            self.bodies_by_first.setdefault(entity.name.split(" ", 1)[0], []).append(entity)
        self._index(entity)

    def _index(self, entity: _Entity) -> None:
        if not entity.unindexed and entity.indexed_name == entity.name:
            return  # nothing new: its keys are claimed and its buckets hold it
        self._generation += 1
        by_key = self.by_key
        for key in entity.unindexed:  # keys indexed before are claimed already
            if key not in by_key:
                by_key[key] = entity
        entity.unindexed.clear()
        if entity.indexed_name == entity.name:
            # Only new keys (an alias given since): its buckets follow its name, which
            # they hold already (a merge drops from the buckets only the entities it
            # retires, which nothing indexes again).
            return
        if entity.kind is _PERSON:
            words = _norm(entity.name).split()
            me = id(entity)
            if words:
                prefix = _bucket_of(words[-1])
                bucket = self.by_prefix.get(prefix)
                if bucket is None:  # (a new bucket: its columns are new too)
                    bucket = self.by_prefix[prefix] = []
                    index = self._bucket_index[prefix] = {}
                    self._bucket_norms[prefix] = []
                    self._bucket_keys[prefix] = []
                else:
                    index = self._bucket_index[prefix]
                if me not in index:
                    index[me] = len(bucket)
                    bucket.append(entity)
                    norm, key = _name_parts(entity.name)
                    self._bucket_norms[prefix].append(norm)
                    self._bucket_keys[prefix].append(key)
                    self._memberships.setdefault(me, []).append(prefix)
            if len(words) >= 2:
                ids = self._first_ids.get(words[0])
                if ids is None:
                    ids = self._first_ids[words[0]] = set()
                if me not in ids:
                    ids.add(me)
                    self.by_first.setdefault(words[0], []).append(entity)
                if len(words) > 2:  # (inner words: a name of three words or more)
                    for word in _inner_words(words):
                        inner = self.by_inner.setdefault(word, [])
                        if all(e is not entity for e in inner):
                            inner.append(entity)
        elif entity.kind is _ORGANIZATION and entity.indexed_name is None:
            words = _norm(entity.name).split()
            keys = set(words) & _body_words()
            if "-" in entity.name:
                # "North Valley Co-op": _norm splits a hyphened word, the nouns keep it
                keys |= {w.lower() for w in entity.name.split()} & _body_words()
            if len(words) > 1 and words[-1] in _UNGOVERNED:
                keys.add(words[-1])  # "Radio Free Asia" under "asia" (_body_by_last_word)
            for w in keys:
                filed = self._bodies.setdefault(w, [])
                self._body_slots.setdefault(w, {}).setdefault(id(entity), len(filed))
                filed.append(entity)
            if keys:
                self._moves.append((entity, -1, 0, tuple(entity.positions)))
        entity.indexed_name = entity.name

    def _title_words_before(self, start: int, entity: _Entity, *, shortcuts: bool = True) -> None:
        """ "the Russian president Vladimir Putin": title words in lower case before the
        untitled name at ``start``. ``shortcuts=False`` (for the tests only) walks
        back even where the word right before the name is no title word."""
        if entity.kind is not _PERSON:
            return
        lead = self.text[max(0, start - 50) : start]
        before = _title_words()
        last = lead.rsplit(None, 1)
        if shortcuts and (
            not last or (last[-1].strip(",.").lower() not in before and " of " not in lead)
        ):
            return  # (most names: no title word right before)
        words = lead.split()
        titles: list[str] = []
        i = len(words)
        while i > 0:
            # "press secretary Ana Roe": a title of several words (``titles.tsv``)
            # whose first words stand as no title alone is read whole; "chief of
            # staff Ana Roe": an office of a role and its complement, too
            n = _lower_title_before(words, i)
            if not n and (office := _lower_office_before(words, i)) is not None:
                n = len(office.words)
            if n == 0 and words[i - 1].strip(",.").lower() not in before:
                break
            n = n or 1
            titles[:0] = [w.strip(",") for w in words[i - n : i]]
            i -= n
        if titles:
            entity.add_title(" ".join(titles))

    def _apposition_at(self, end: int, entity: _Entity) -> None:
        """ "Donald Trump, US president, ...": keep the role after the name that ends at
        ``end`` as a title. A title that says a sex at the end of a role opened
        by an article opens another person's name (*Ana Ruiz, an aide to Mr.
        Hale*): it does not make her a man. A place's name takes none (*won in
        Ohio, Mr. Hale said*, *back at Marsh Cottage, and read*): what follows
        its comma is no role of a person's. (The place is read only where a role
        follows the comma: most commas after a name open none.)"""
        if not self.text.startswith(", ", end):
            return
        tail = self.text[end : end + 60]
        words = _words_after_comma(tail)
        phrase = " ".join(words)
        if phrase and words[0] in ("and", "or") and _NAMED_NEXT.match(tail, len(phrase) + 3):
            return  # "Ana Ruiz, and the town's police chief, Ed Roe,": another person's
        if (
            len(words) > 2
            and words[0] == "who"
            and words[1] in _heading_verbs()
            and (words[2] in ("the", "a", "an") or words[2][:1].isupper())
        ):
            # "Marta Quell, who heads the union,": the union's head, leader, chief
            # (what is led opens with an article or a capital: "who ran to the door"
            # leads nothing)
            rest, gender = " ".join(words[2:]), entity.gender
            for noun in _heading_verbs()[words[1]]:
                entity.add_title(f"{noun} of {rest}")
            entity.gender = gender  # "chairman" is one of the nouns, not her sex
            return
        if phrase and _is_role_phrase(phrase) and not self._place_named(entity):
            gender = entity.gender
            entity.add_title(phrase)
            if (
                len(words) > 2
                and words[0].lower() in ("a", "an", "the")
                and _title_gender(words[-1])
            ):
                entity.gender = gender  # "an aide to Mr.": his sex, not hers

    def _place_named(self, entity: _Entity) -> bool:
        """True when ``entity``'s name is a land's (:func:`_land`) or a place's
        (:func:`_place`) that the text puts where a place goes (:func:`_at_place`),
        read afresh (unlike :meth:`_is_place`, which keeps its first answer): no
        role follows its comma (:meth:`_apposition_at`).

        >>> reg = _Registry("They met at Marsh Cottage, a home, and Ana Roe, a nurse, spoke.")
        >>> [(e.name, reg._place_named(e)) for e in reg.entities]
        [('Marsh Cottage', True), ('Ana Roe', False)]
        """
        return _land(entity) or (_place(entity) and self._put_as_place(entity))

    def _put_as_place(self, entity: _Entity) -> bool:
        """True when the text puts one of ``entity``'s names where a place goes
        (:func:`_at_place`), read now."""
        return _at_place(self.text, {entity.name, *entity.aliases}, self._counts)

    def _entity_for_name(self, f: Found) -> _Entity:
        found_key = (f.head, f.kind, f.title)
        known = self._by_found.get(found_key)
        if known is None and f.title:
            known = self._by_sex_held(found_key)
        if known is not None:
            if known.unindexed or known.indexed_name != known.name:
                self._index(known)  # (the keys it was given since, as below)
            if known.kind is _PERSON and " " not in known.name:
                self._met.setdefault(id(known), []).append((f.start, f.end))
            return known
        head = f.head
        kind = _ORGANIZATION if f.kind is _ORGANIZATION_PHRASE else _PERSON
        if kind is _ORGANIZATION:
            head = _organization_name(head)
        # A married woman's title before a full name may name a wife by her husband's
        # name (_match_titled), found by where and after whom she stands and by what
        # the text said of him so far, not by the name alone: never remembered.
        wife = False
        if f.title and kind is _PERSON:
            head, entity = self._match_titled(head, f.title, f.start)
            wife = " " in f.head and _marital_state(f.title) == "married"
        else:
            entity = self.match_name(head, kind, before=f.start, title=f.title)
            if entity is None and kind is _ORGANIZATION:
                entity = self._named_in_full(head, f.start)
        if entity is None:
            entity = _new_entity(self._family_name(head, f.title), kind)
            entity.add_title(f.title)
            self._add(entity)
        elif (
            len(head.split()) > len(entity.name.split())
            and kind is _PERSON
            and not ("-" in entity.name and _spelled_apart(head, entity.name))
        ):
            entity.rename(head)  # a fuller form of the name seen first as a surname
            self._renamed.append(entity)
            self._generation += 1
            for prefix in self._memberships.get(id(entity), ()):
                at = self._bucket_index[prefix][id(entity)]
                norm, key = _name_parts(entity.name)
                self._bucket_norms[prefix][at] = norm
                self._bucket_keys[prefix][at] = key
                finder = self._finders.get(prefix)
                if finder is not None and at < finder.filed:  # (else filed when read)
                    finder.add(at, norm, key)
        if head not in entity.aliases:
            entity.add_alias(head)
        if kind is _PERSON:
            if " " not in entity.name:  # (a surname, that a fuller name may rename)
                self._met.setdefault(id(entity), []).append((f.start, f.end))
            sex = _title_gender(f.title) if f.title else ""
            if sex and sex not in entity.said:
                entity.say(sex)  # "Mr. Obama": the person matched is a man
        if entity.unindexed or entity.indexed_name != entity.name:
            self._index(entity)
        # When the name is now the key of the entity it found, with no title or
        # relative that asks for a sex, match_name finds it by that key from now on
        # (keys are claimed once and never dropped until a merge), names it no
        # fuller, and the alias is given: the same name again only indexes it.
        norm = _norm(head)
        if not wife and self.by_key.get(norm) is entity and norm in entity.keys:
            # (What _sex_asked says, read inline: a sex asked, or a relative.)
            title, families = f.title, self._families
            if not (families and " " in norm and norm.rsplit(" ", 1)[-1] in families):
                want = _title_gender(title) if title else ""
                if not want:
                    self._by_found[found_key] = entity
                elif (
                    kind is _PERSON
                    and not entity.unvoted
                    and not entity.votes
                    and entity.pronoun_gender() in ((want,) if norm in families else ("", want))
                    and not _marital_clash(
                        _marital_state(title) if want == "f" else "", entity.titles
                    )
                ):
                    # A title that asks for a sex ("Mrs Hale", "Mr Roe") finds by its
                    # key a person of that sex, or of none known (from a title or a
                    # given name: *Ann Hale*, *Roe*) where the surname is no family's:
                    # match_name's test of the sex holds while the person's titles
                    # and name stay as they are (the votes are read only once every
                    # name is: see _by_sex_held).
                    self._by_sex[found_key] = (entity, len(entity.titles), entity.name)
        return entity

    def _company(self, head: str) -> bool:
        """True when ``head``, a name no person of the text bears, is one capitalised
        word (no given name, not in capitals) that the article calls a company
        (:func:`_company_names`, read once per article) and never gives a person's role
        (:meth:`_named_with_role`: *Okonkwo, the chief executive, ... Okonkwo said in
        a statement* is a person), read once per name."""
        got = self._companies.get(head)
        if got is None:
            got = self._companies[head] = (
                " " not in head
                and head[:1].isupper()
                and not head.isupper()
                and head.casefold() not in load_table("given_names")
                and head in self._names_called_companies()
                and not self._named_with_role(head)
            )
        return got

    def _names_called_companies(self) -> frozenset[str]:
        """The names the text calls a company (:func:`_company_names`), read once."""
        if self._company_names is None:
            self._company_names = _company_names(self.text)
        return self._company_names

    def _by_sex_held(self, found_key: tuple[str, PhraseKind, str]) -> _Entity | None:
        """The entity a name with a title that asks for a sex (``found_key``, as in
        :meth:`_entity_for_name`) found by its key, when nothing match_name's test of
        the sex reads has changed since: the person's titles (a new one may give a
        sex or say another marital state), name (a fuller one may hold a given name
        that says a sex) and votes (none while the names are read). Else None."""
        held = self._by_sex.get(found_key)
        if held is None:
            return None
        entity, titles, name = held
        if len(entity.titles) != titles or entity.name != name or entity.unvoted or entity.votes:
            return None
        return entity

    def _sex_asked(self, norm: str, title: str) -> tuple[str, bool]:
        """The sex a name's ``title`` asks for ("m", "f" or ""), and whether the name
        (``norm``) is a full name whose surname is a family's (see :meth:`match_name`)."""
        want = _title_gender(title) if title else ""
        # (Most articles name no family: no surname to read.)
        families = self._families
        relative = bool(families) and " " in norm and norm.rsplit(" ", 1)[-1] in families
        return want, relative

    def _family_name(self, head: str, title: str) -> str:
        """The name of a person first met as a family's surname with a title
        that says their sex: "Mrs Archer" (the title kept, so that she and "Mr
        Archer" have two names), else ``head``."""
        if not title or _norm(head) not in self._families:
            return head
        word = title.rsplit(maxsplit=1)[-1].rstrip(".")
        return f"{word} {head}" if _title_gender(word) else head

    def match_name(
        self, head: str, kind: SpeakerKind, *, before: int, title: str = ""
    ) -> _Entity | None:
        """The entity ``head`` names, if known: by the whole name, by the surname,
        or ("Philip", "Mademoiselle Cynthia") by the first name of a full name.

        A ``title`` that says the person's sex keeps the name from a person of
        the other: "Mrs Archer" is not "Mr Archer" of the same family. Where the
        text gives a surname to a man and a woman both (a family), a surname with
        such a title names only a person already known to be of that sex, and a
        full name is not a surname known only with such a title: "Mr Archer" and
        "Ann Archer" stay apart, since nothing says which of them she is. A bare
        "Mrs Hale" is "Mrs John Hale" (:meth:`_husband_named`) only when she is the
        one such wife, no other woman fits and the text has no family of that
        surname: then a novel's older Mrs Hale is another woman."""
        norm = _norm(head)
        # "Edna Archer" is not the "Mr Archer" (or "Mrs Archer") met before her.
        # (What _sex_asked says, read inline.)
        families = self._families
        want = _title_gender(title) if title else ""
        relative = bool(families) and " " in norm and norm.rsplit(" ", 1)[-1] in families
        family = bool(want) and norm in families

        state = _marital_state(title) if want == "f" else ""

        def fits(e: _Entity) -> bool:
            if _marital_clash(state, e.titles):
                return False  # "Mrs Morland" is not the woman called "Miss Morland"
            gender = e.pronoun_gender()
            if relative and gender and len(_name_words(e.name)) == 1:
                return False
            return gender == want if family else gender in ("", want) or not want

        # No title that says a sex and no relative: everyone fits (most names).
        everyone = not want and not relative
        known = self.by_key.get(norm)
        if (
            known is not None
            and known.kind is kind
            and norm in known.keys
            and (everyone or fits(known))
            and not (state == "married" and " " not in norm and self._husband_named(known))
        ):
            if everyone and kind is _PERSON and norm in families:
                # A family's surname alone, with no title ("said Morland" where the
                # text has Mr, Mrs and Miss Morland), is one of its men, as novels
                # write it: the one named last, if the surname is another's key.
                # (A known man among the candidates is among the men: no list to
                # make; a long document's families have many candidates.)
                candidates = self._surname_candidates(norm, [norm])
                if known.last_before(before) < 0:
                    # Not a person the text names only later: of those it has named
                    # by a full name before ("Mayor Ana Roe ... Roe said", where her
                    # husband, Mr. Roe, comes later), its men, else the last named.
                    named = [
                        e
                        for e in candidates
                        if e.last_before(before) >= 0 and len(_name_words(e.name)) > 1
                    ]
                    men = [e for e in named if e.pronoun_gender() == "m"] or named
                    if men:
                        return max(men, key=lambda e: e.last_before(before))
                if known.pronoun_gender() != "m" or known not in candidates:
                    men = [e for e in candidates if e.pronoun_gender() == "m"]
                    if men and known not in men:
                        return max(men, key=lambda e: e.last_before(before))
            return known
        if kind is not _PERSON:
            return self._body_by_last_word(norm, before, place=False)
        if (
            norm in _UNGOVERNED
            and (body := self._body_by_last_word(norm, before, place=True)) is not None
        ):
            return body
        words = norm.split()
        if not words:
            return None
        candidates = self._surname_candidates(norm, words)
        if not everyone:
            candidates = [e for e in candidates if fits(e)]
        if state == "married" and " " not in norm:
            # "Mrs Hale" is not "Mrs John Hale" while John Hale is a person and the
            # text has another woman for her (his mother, in a novel); with none,
            # she is his wife, as news writes it ("John Hale and Mrs. John Hale").
            wives = [e for e in candidates if self._husband_named(e)]
            if wives:
                husbands = {_norm(e.name.partition(" ")[2]) for e in wives}
                others = [e for e in candidates if e not in wives and _norm(e.name) not in husbands]
                one = len(wives) == 1 and norm not in self._families
                candidates = others or (wives if one else [])
        if candidates and " " in norm:
            # "Michelle Obama" is not the person whom "Mr. Obama" or "President
            # Obama ... his" named: a full name whose given name says one sex, even
            # with no title of its own, neither renames nor joins a person the text
            # has said only the other of (_sex_known).
            other = _OTHER_SEX.get(_given_gender(head), "")
            if other:
                candidates = [e for e in candidates if self._sex_known(e) != other]
        if not candidates and len(words) == 1:
            # "Philip" for "Philip Herriton": a first name, when no surname matches.
            candidates = self._first_name_people(words[0])
            if candidates:
                return max(candidates, key=lambda e: (self._count(e.name), e.last_before(before)))
            # "Garcia" for "Ana Garcia Lorca": an inner word, when nothing else matches.
            inner = [e for e in self.by_inner.get(words[0], ()) if everyone or fits(e)]
            if inner:
                return max(inner, key=lambda e: e.last_before(before))
        if not candidates and len(words) == 2 and everyone:
            # "Antônio Carlos" after "Antônio Carlos Mendes", "Anna Maria" after "Anna
            # Maria Volpe": two given names that open a full name of three words or
            # more are its short form, as Portuguese, Spanish and Italian news print
            # a person by a double given name (_double_given_name).
            double = self._double_given_name(words)
            if double is not None:
                return double
        if not candidates and len(words) == 2 and words[0] in load("first_name_titles"):
            # "Sir Malcolm" after "Sir Malcolm Everard", "Sheikh Khalid" after "Sheikh
            # Khalid bin Rashid": the title and the first name of a person the text
            # gave that title (never another person of that first name), or of one
            # whose Arab name joins it to the father's ("Sheikh Tamim" after "Emir
            # Tamim bin Hamad Al Thani": _patronymic).
            candidates = [
                e
                for e in self._first_name_people(words[1])
                if (_knighted(e) or _patronymic(e)) and (everyone or fits(e))
            ]
        if not candidates:
            return None
        if len(words) == 1:
            # "Katharine" is Katharine Hilbery rather than a run of two first names
            # ("Cassandra Katharine") that ends in it, when the article names her
            # more often: a one-word name goes to the most named of both readings.
            firsts = self._first_name_people(words[0])
            if not everyone:
                firsts = [e for e in firsts if fits(e)]
            if firsts:
                first = max(firsts, key=lambda e: (self._count(e.name), e.last_before(before)))
                last = max(candidates, key=lambda e: e.last_before(before))
                if self._count(first.name) > self._count(last.name):
                    return first
        if len(candidates) == 1:
            return candidates[0]
        # Two people share a surname: the one named most recently before this mention,
        # but a relative named by a given name and kin (_kin_surname) only when no one
        # else of that surname is named ("Roe's son, Tom, ... Roe said": Ann Roe).
        if self._kin:
            others = [e for e in candidates if id(e) not in self._kin]
            candidates = others or candidates
        return max(candidates, key=lambda e: e.last_before(before))

    def _husband_named(self, e: _Entity) -> bool:
        """True when ``e`` is a wife named by her husband's full name (*Mrs John
        Hale*, see :func:`_wife_name`) and the text names that man as a person of
        his own: a married woman's title before the surname alone then names
        another woman of the family (his mother, his father's widow).

        >>> reg = _Registry("Tom Hale left, and Mrs. Tom Hale stayed.")
        >>> [(e.name, reg._husband_named(e)) for e in reg.entities]
        [('Tom Hale', False), ('Mrs Tom Hale', True)]
        >>> alone = _Registry("Mrs. Tom Hale stayed.")
        >>> [(e.name, alone._husband_named(e)) for e in alone.entities]
        [('Mrs Tom Hale', False)]
        """
        title, _, husband = e.name.partition(" ")
        if not husband or " " not in husband or _marital_state(title) != "married":
            return False  # (a person's name holds no title but a wife's: _match_titled)
        other = self.by_key.get(_norm(husband))
        return other is not None and other is not e and other.kind is _PERSON

    def _sex_known(self, entity: _Entity) -> str:
        """The sexes ("m", "f", "mf" or "") the text has said of a person so far: those
        its titles say (:attr:`_Entity.said`), else, for a person named by one word,
        the one the pronouns after the names matched to it say (*President Obama
        faced criticism over his speech*: "m"), when every such pronoun says it (see
        :meth:`_Voter.count`: a subject's first pronoun in its sentence; names
        inside quotes are not read). Read while the names are matched, before the
        votes are.

        >>> reg = _Registry("Mayor Roe said he would stay. Mr. Hale left. Dr. Cole spoke.")
        >>> [(e.name, reg._sex_known(e)) for e in reg.entities]
        [('Roe', 'm'), ('Hale', 'm'), ('Cole', '')]
        """
        if entity.said:
            return entity.said
        spans = self._met.get(id(entity))
        if not spans:
            return ""
        quoted = self._quoted
        votes: dict[str, int] = {}
        self._voter.count([s for s in spans if not _inside(s[0], quoted)], votes)
        m, f = votes.get("m", 0), votes.get("f", 0)
        return "m" if m and not f else "f" if f and not m else ""

    def _match_titled(self, head: str, title: str, before: int) -> tuple[str, _Entity | None]:
        """:meth:`match_name` for a person's name ``head`` after ``title``, and the
        name to give a new person: a married woman named by her husband's full
        name (*Mrs. John Dashwood*, see :func:`_wife_name`) is a person of her
        own, found by that whole name only, never the man himself."""
        wife = _wife_name(head, title) if title else ""
        if not wife and title:
            wife = self._named_husband(head, title, before)
        if wife:
            return wife, self.by_key.get(_norm(wife))
        return head, self.match_name(head, _PERSON, before=before, title=title)

    def _named_husband(self, head: str, title: str, before: int) -> str:
        """The wife's name (as :func:`_wife_name` gives it) when a married woman's
        title stands before the full name of a person the text named before
        without it, whose given name says no sex, whom nothing says is a woman, and
        who is named right before her with *and* or whose titles said a man: *Ray
        Marlow and Mrs. Ray Marlow* are a husband and his wife, two people, as older
        news and novels print them (*Dana Orme ... Mrs. Dana Orme* alone may be one
        woman). Else ""."""
        if " " not in head or _marital_state(title) != "married" or _given_gender(head):
            return ""
        man = self.by_key.get(_norm(head))
        if (
            man is None
            or not (self.text.endswith(f"{head} and ", 0, before) or "m" in man.said)
            or man.kind is not _PERSON
            or (man.positions and man.last_before(before) < 0)  # (read in order: none yet)
            or any(_marital_state(t) for t in man.titles)
            or man.pronoun_gender() == "f"
        ):
            return ""
        man.say("m")  # her husband: a *Mrs. Marlow* later is not he
        return f"{title.rsplit(maxsplit=1)[-1].rstrip('.')} {head}"

    def _body_by_last_word(self, norm: str, before: int, *, place: bool) -> _Entity | None:
        """The organisation whose name ends in the word ``norm`` that a subject of that
        word alone names again, the one named last before ``before``. Two shapes:

        - a newspaper's last word of ``body_nouns.tsv`` (``place`` false: *The Journal
          notes* after *the Harbour Street Journal*); before the names' places are read,
          the newspaper met last;
        - a place no government speaks for (``place`` true, ``_UNGOVERNED``: *Asia
          said* after *Radio Free Asia* is the broadcaster, not a person called Asia),
          only a body named before ``before``, and none when a person whose given name
          is that word was named before (*Its reporter, Asia Lin, ... Asia said*: a
          given name alone names its bearer).

        None when no such body was named."""
        if not place and norm not in _body_names()["newspaper"]:
            return None
        named = [
            e
            for e in self._bodies.get(norm, ())
            if e.kind is _ORGANIZATION
            and _norm(e.name).endswith(" " + norm)
            and (not place or e.last_before(before) >= 0)
        ]
        if not named or (
            place
            and any(
                e.kind is _PERSON
                and " " in e.name
                and _norm(e.name).split(None, 1)[0] == norm
                and e.last_before(before) >= 0
                for e in self.entities
            )
        ):
            return None
        return max(named, key=lambda e: (e.last_before(before), e.seq))

    def _unaddressed(
        self, found: Found, entity: _Entity, heard: Callable[[], tuple[str, ...]]
    ) -> _Entity | None:
        """Another person a short name (``found``, one word after any title) may
        name, when the quote speaks by name to ``entity``, the one
        :meth:`match_name` chose (``heard()``: the names the quote says to its
        hearer, read only when another person may be meant): of the people of
        that surname, or else of that first name, named before it, of the sex its
        title asks for (a family's surname alone, a man) and named to nobody in
        the quote, the one named last. None when there is no such person.

        A speaker does not say their own name to the person they speak to; in a
        family whose members share a surname, the one spoken to is another.
        """
        words = _norm(found.head).split()
        if len(words) != 1:
            return None
        people = self._surname_candidates(words[0], words) or self._first_name_people(words[0])
        if len(people) < 2:
            return None  # (most names: nobody else to be)
        want = _title_gender(found.title) if found.title else ""
        if not want and words[0] in self._families:
            want = "m"  # a family's surname alone is one of its men (see match_name)
        others = [
            e
            for e in people
            if e is not entity
            and e.kind is _PERSON
            and e.last_before(found.start) >= 0
            and (not want or e.pronoun_gender() in ("", want))
        ]
        if not others:
            return None
        hearers = heard()
        if not any(_addressed(entity, h) for h in hearers):
            return None
        others = [e for e in others if not any(_addressed(e, h) for h in hearers)]
        if not others:
            return None
        return max(others, key=lambda e: e.last_before(found.start))

    def _double_given_name(self, words: list[str]) -> _Entity | None:
        """The one person whose full name of three words or more opens with the two
        normalised ``words``, when the second is a given name
        (``lexicons/given_names.tsv``, accents dropped): *Anna Maria* for *Anna Maria
        Volpe*, *Jean Pierre* for *Jean Pierre Lacombe*. None when two people fit or
        the second word is no given name (*Ana Roe* of *Ana Roe Smith*: a second
        word that is a surname is read by the surname bucket, not here)."""
        if words[1] not in _plain_given_names():
            return None
        fits = [
            e
            for e in self._first_name_people(words[0])
            if (full := _norm(e.name).split())[1:2] == words[1:] and len(full) >= 3
        ]
        return fits[0] if len(fits) == 1 else None

    def _first_name_people(self, word: str) -> list[_Entity]:
        """The people of ``by_first[word]`` whose name opens with ``word`` and is a
        full name, in list order (do not change the list).

        Kept per word and brought up to date with the people added since; read
        again from the start after a rename. A word costs the same however many
        people of that first name a long document has named before it.
        """
        people = self.by_first.get(word, [])
        cached = self._firsts.get(word)
        seen = 0
        found: list[_Entity] = []
        if cached is not None and cached[1] == len(self._renamed):
            seen, _, found = cached
            if seen == len(people):
                return found
        found = found + [
            e for e in people[seen:] if _norm(e.name).split()[0] == word and self._full_name(e.name)
        ]
        self._firsts[word] = (len(people), len(self._renamed), found)
        return found

    def _surname_candidates(self, norm: str, words: list[str]) -> list[_Entity]:
        """The people of ``words``' surname bucket that the name may be, in bucket order
        (a list the caller must not change).

        Kept per name and brought up to date with the people added to the bucket
        and the people renamed since, so a name costs the same however many people
        the article has named before it.
        """
        prefix = _bucket_of(words[-1])
        bucket = self.by_prefix.get(prefix, [])
        cached = self._candidates.get(norm)
        found: list[_Entity]
        if cached is None:  # (not list[_Entity](): a generic alias's call is slow)
            seen, renamed, found = 0, len(self._renamed), []
        else:
            seen, renamed, found = cached
        if seen == len(bucket) and renamed == len(self._renamed):
            return found  # (read only: an update makes a new list)
        index = self._bucket_index.get(prefix, {})
        recheck = {id(e): e for e in self._renamed[renamed:] if id(e) in index}
        kept = [e for e in found if id(e) not in recheck]
        norms = self._bucket_norms.get(prefix, [])
        # The renamed people are read again whole; of those added since, only the
        # ones the bucket's finder says the name may fit (all of a few).
        todo = [(index[i], _norm(e.name)) for i, e in recheck.items()]
        if len(bucket) - seen <= 8:
            ats: Iterable[int] = range(seen, len(bucket))
        else:
            finder = self._finders.get(prefix)
            if finder is None:
                finder = self._finders[prefix] = _BucketFinder()
            keys = self._bucket_keys[prefix]
            for at in range(finder.filed, len(bucket)):  # the people added since
                finder.add(at, norms[at], keys[at])
            finder.filed = len(bucket)
            ats = finder.find(norm, words, seen, norms)
        todo += [(at, norms[at]) for at in ats if id(bucket[at]) not in recheck]
        yes, unless = _Fit.YES, _Fit.UNLESS_KNIGHTED
        for at, enorm in todo:
            fit = _names_fit(norm, enorm)
            if fit is yes or (fit is unless and not _knighted(bucket[at])):
                kept.append(bucket[at])
        if recheck:  # (else the people kept before and those added since are in order)
            kept.sort(key=lambda e: index[id(e)])
        self._candidates[norm] = (len(bucket), len(self._renamed), kept)
        return kept

    def _apposed(self, found: Found) -> Found | None:
        """The name that a descriptor stands in apposition to: "a delighted coach
        Ana Ruiz", "the bureau's director, James Comey," (a name of two words or
        more, or one with a title, right after the descriptor in its sentence; one
        word between commas, "Hale's son, Grant,"; a name that goes on with its
        affiliation or a relative clause, "a lawyer, Ana Ruiz of Ruiz Kay")."""
        end = found.end
        role = self._role_run(end)
        if found.kind in (_NAME, _ORGANIZATION_PHRASE):
            # "Green Party leader Tom Hale", "Post bureau chief Jo Kay": lower-case
            # role words between the mention and a name make the name its head.
            if role is None:
                return None
            end = role
        elif role is not None and self.text.startswith(",", role):
            # "Hale's deputy campaign manager, Rich Bowen,": the descriptor read short
            # of its role words, then the name in apposition.
            end = role
        else:
            # "the base chief known as Bob", "a man calling himself Ivo Brant": the
            # name the article gives an unnamed person (one word will do).
            # ("known" may end a loosely read descriptor: "the night guard known".)
            called = _NAMED_AS.match(self.text, end - 6 if found.text.endswith(" known") else end)
            if called is not None:
                at = called.end()
                name = self._name_at.get(at)
                if name is None and (row := self._lone_at.get(at)) is not None:
                    start, stop, phrase, head = row
                    name = Found(start=start, end=stop, text=phrase, kind=_NAME, head=head)
                if name is not None:
                    return name
            # "his best friend at college, Ivo Brant": a short prepositional phrase
            # between the descriptor and its apposition.
            run = _PREPOSITION_RUN.match(self.text, end)
            if run is not None:
                end = run.end()
        comma = self.text.startswith(", ", end)
        at = end + 2 if comma else end + 1
        if not comma and not self.text.startswith(" ", end):
            return None
        name = self._name_at.get(at)
        if name is None and comma and found.kind is not _NAME:
            # "A neighbour, retired teacher Ann Cole, said", "His partner, mountain
            # guide Lhakpa Tamang, said": the apposition's own lower-case words
            # before its name (a name of two words or more).
            role = self._apposed_role(at - 1)
            name = self._name_at.get(role + 1) if role is not None else None
            if name is not None and len(name.head.split()) < 2:
                name = None
        if name is None and comma and found.kind is not _NAME:
            # "Hale's son, Grant, said": one word will do between two commas.
            name = None if _ENDS_ON_PLACE.search(found.text) else self._lone_between_commas(at)
        if name is None or not (name.title or len(name.head.split()) >= 2 or comma):
            return None
        if any(len(w) > 2 and w.endswith(".") for w in name.head.split()[:-1]):
            return None  # "source AFP. Such a frame": a name never runs over a sentence end
        past = name.end
        if self.text.startswith(" (", past):
            # "Callahan's opponent, Mark Hulse (R), said": a short parenthetical
            # (a party, an age) after the name.
            close = self.text.find(")", past + 2, past + _PARENTHETICAL_REACH)
            if close > 0 and self.text.find("(", past + 2, close) < 0:
                past = close + 1
        after = self.text[past : past + 1]
        if (
            comma
            and after not in ("", ",", ".", ";", "\n")
            and not _AFFILIATION.match(self.text, name.end)
        ):
            return None  # "the director, John Smith and ...": a list, not an apposition
        return name

    def _document_issuer(self, found: Found, depth: int = 0) -> _Entity | None:
        """Who issued the document that a definite description names again (*the
        statement said*, *the report said*), when the paragraph or the one before
        introduced it with its author: *a report by the Audit Office*, *the Water
        Ministry said in a statement*, *... in its report*, *Ana Ruiz wrote a letter*
        (the subject that opens that sentence). Only the last introduction counts (the document
        named again by *the* is passed over); None when the description is not
        *the* or *this* and one lower-case noun (or a document noun of two words: *the
        press release*), or that introduction names nobody.

        A document named again in the paragraph or the one before, with no
        introduction there, is the one that earlier naming stands for: the reach
        runs on from it (up to :data:`_DOCUMENT_CHAIN` times), as a ruling
        introduced with its judge is then *the ruling reads* and a paragraph on *The
        ruling said*. A noun of ``lexicons/document_renamings.tsv`` that finds no
        introduction of its own reads as each noun of its row in turn (*a report by
        the Audit Office ... The audit found*)."""
        words = found.text.split()
        if (
            len(words) not in (2, 3)
            or words[0].lower() not in ("the", "this")
            or not all(w.islower() for w in words[1:])
            or (len(words) == 3 and f"{words[1]} {words[2]}" not in load("document_nouns"))
        ):
            return None
        noun = " ".join(words[1:])
        text = self.text
        # (At most _DOCUMENT_REACH characters back: a paragraph of one long line
        # repeating "the report said" reads each stretch a bounded number of times.)
        floor = max(0, found.start - _DOCUMENT_REACH)
        paragraph = text.rfind("\n", floor, found.start)
        lo = max(_paragraph_before(text, paragraph, floor) if paragraph > 0 else 0, floor)
        # Further back (still within the reach), only an introduction that names its
        # author after the noun counts: *A report released in June by the Audit
        # Office ...*, three paragraphs on: *the report concluded*.
        at = text.rfind(" " + noun, floor, found.start)
        first = found.start  # where the document is first named again, so far
        again = found.start  # the same, anywhere in the reach
        for _ in range(_DOCUMENT_STEPS):
            if at <= floor:
                at = lo
                break
            end = at + 1 + len(noun)
            if (
                text[end : end + 1] not in (" ", ",", ".", ":", ";")
                or text.endswith(("the", "The", "this", "This"), max(0, at - 4), at)
                or _DEFINITE_BEFORE.search(text, max(0, at - _ARTICLE_REACH), at)
            ):
                # another word ("statements"), or the document named again: further back
                if text[end : end + 1] in (" ", ",", ".", ":", ";"):
                    again = at
                    if at > lo:
                        first = at
                at = text.rfind(" " + noun, floor, at)
                continue
            by = _AUTHOR_AFTER.match(text, end)
            if by is not None:
                return self._named_at(by.start("name"))
            if at <= lo:
                break  # (an introduction further back that names no author)
            article = _INDEFINITE_BEFORE.search(text, max(0, at - _ARTICLE_REACH), at + 1)
            if article is not None and depth:
                # (read on from an earlier naming, paragraphs back: only an
                # introduction that names its author beside the document counts,
                # "In a 48-page ruling, Justice Ana Roe wrote", not a sentence's
                # opening, which may be no subject: "Inmates at X are held ..., the
                # inspectorate said in a report")
                return (
                    self._issuer_before(article.start())
                    or self._cued_name(article.start())
                    or self._fronted_issuer(found, article.start(), at)
                )
            if article is not None:
                # "the ministry said in a statement": the sentence's subject; "Ana
                # Roe released a brief statement": the name before the verb
                return (
                    self._issuer_before(article.start())
                    or self._cued_description(found, article.start())
                    or self._cued_name(article.start())
                    or self._opening_subject(at)
                    or self._staff_opening(at)
                    or self._apposed_opening(at)
                    or self._fronted_issuer(found, article.start(), at)
                    or self._issuing_family(article.start())
                    or self._opening_body(found, at)
                )
            return None
        else:
            again = found.start  # (the steps ran out: the bound holds, no reading on)
        if again < found.start and depth < _DOCUMENT_CHAIN:
            # named again before with no introduction in reach: what that naming
            # stands for ("the ruling reads" ... "The ruling said")
            det = 4 if text.endswith(("this", "This"), again - 4, again) else 3
            end = again + 1 + len(noun)
            # (read as "the report" too when modifiers stand between: "The 84-page report")
            earlier = attrs.evolve(found, start=again - det, end=end, text=f"the {noun}")
            issuer = self._document_issuer(earlier, depth + 1)
            if issuer is not None:
                return issuer
        renamed = load_table("document_renamings").get(noun) if depth == 0 else None
        for other in renamed.split() if renamed else ():
            # "a report by the Audit Office ... The audit found": the document named
            # again by another noun than its introduction's
            issuer = self._document_issuer(attrs.evolve(found, text=f"the {other}"), 1)
            if issuer is not None:
                return issuer
        if at <= lo and noun in load("announcement_nouns"):
            # Never introduced: "Acme confirmed the sale. / According to the
            # statement, ...": the body that opens the sentence before it is named.
            # (Named right after a quote, *"... Go now," the post said*: the sentence
            # before the quote's, not one of the quote's own.)
            i = bisect.bisect_left(self._quoted, (first, -1))
            if i and _SPEAKER_AFTER_QUOTE.fullmatch(text, self._quoted[i - 1][1], first):
                first = self._quoted[i - 1][0]
            before = self._sentence_start(first) - 1
            floor = max(0, before - _SENTENCE_REACH)
            while before > floor and text[before] in " \t\r\n":
                before -= 1  # (the blank lines between two paragraphs)
            body = self._opening_subject(before) if before > floor else None
            if body is None and before > floor:
                # "Acme Corp ... The company confirmed the sale. 'We are glad,' the
                # statement read": the body a description opening it names again
                # (a description named nowhere else is no author: its name is lower case).
                body = self._opening_body(found, before)
                if body is not None and not body.name[:1].isupper() and not self._issued(before):
                    body = None
            if body is not None and body.kind is _ORGANIZATION:
                return body
        return None

    def _issuing_family(self, article: int) -> _Entity | None:
        """A family that opens the sentence and puts out the document whose *a* or
        *an* starts at ``article``: *The family of Ana Ruiz has released a statement*,
        *Ana Ruiz's relatives issued a statement* (``lexicons/family_nouns.txt``,
        ``issuing_verbs.txt``), named as the article names it (*the family of Ana
        Ruiz*); None when the sentence opens otherwise.

        >>> text = "The family of Ana Ruiz has released a statement."
        >>> _Registry(text)._issuing_family(text.index(" a ") + 1).name
        'the family of Ana Ruiz'
        """
        text = self.text
        start = self._sentence_start(article)
        while start < article and text[start] in " \"'“”‘’":
            start += 1
        m = _ISSUING_FAMILY.fullmatch(text, start, article)
        if m is None:
            return None
        name = m.group("family")
        if name.startswith("The "):
            name = "the" + name[3:]
        return _Entity(name=name, kind=_ANONYMOUS, aliases=[name])

    def _issued(self, at: int) -> bool:
        """Whether the sentence of ``at`` opens on a description and an issuing verb
        (``lexicons/issuing_verbs.txt``: *The county sheriff's office posted on
        Facebook that ...*): the document a later *the post said* names is the one
        that sentence says the body put out, so the description, named nowhere else,
        is its author.

        >>> t = "The county sheriff's office posted on Facebook that the road was shut."
        >>> _Registry(t)._issued(t.index("shut")), _Registry("The mayor said so.")._issued(9)
        (True, False)
        """
        start = self._sentence_start(at)
        while start < at and self.text[start] in " \"'“”‘’":
            start += 1
        m = _OPENING_DESCRIPTION.match(self.text, start, at)
        return m is not None and m.group(0).rsplit(" ", 1)[-1] in load("issuing_verbs")

    def _issuer_before(self, article: int) -> _Entity | None:
        """The person or body named right before an issuing verb that ends at
        ``article`` (where *a* or *an* opens the document's phrase): *Ana Roe
        released* (``lexicons/issuing_verbs.txt``); None when the words before the
        article are no such verb after a name."""
        text = self.text
        lo = max(0, article - _ISSUER_REACH)
        verb = next(
            (v for v in load("issuing_verbs") if text.endswith(f" {v} ", lo, article)), None
        )
        if verb is None:
            return None
        end = article - len(verb) - 2
        last = self._mention_before(end)
        if last is None:
            return None
        pos, entity = last
        run = _NAME_RUN.match(text, pos, end)
        if run is None or run.end() != end or entity.kind not in (_PERSON, _ORGANIZATION):
            return None
        return entity

    def _cued_description(self, found: Found, article: int) -> _Entity | None:
        """The body that a description after a comma names again, when a cue verb
        and *in* follow it right before the document's ``article`` (*Velmont will cut
        jobs, the company said in a statement*, *..., the band announced in a
        statement*), read as :meth:`_opening_body` reads a description after a
        fronted phrase; None when the clause before *in a* opens otherwise (*Ana
        Roe, the firm's chief, said in a statement*: no description opens it) or the
        description names no body named before."""
        text = self.text
        if not text.endswith(" in ", max(0, article - 4), article):
            return None
        lo = max(self._sentence_start(article), article - _FRONTED_REACH)
        comma = text.rfind(", ", lo, article)
        if comma < 0:
            return None
        body = self._opening_body(found, article, start=comma + 2)
        # (a description that names no body before stays to the readings after this
        # one: "..., the country's interior ministry said in a statement")
        return body if body is not None and body.name[:1].isupper() else None

    def _mention_before(self, end: int) -> tuple[int, _Entity] | None:
        """Where the last mention before ``end`` starts, and its person or body;
        None when no mention stands before ``end``."""
        mentions = self._through(end)
        i = bisect.bisect_left(mentions, end, key=_position)
        if i == 0:
            return None
        pos, entity, _ = mentions[i - 1]
        return pos, entity

    def _cued_name(self, article: int) -> _Entity | None:
        """The person or body named right after a comma (and *the* at most), when a
        cue verb and *in* follow the name right before the document's ``article``:
        the reported clause comes first and its source after it (*Rents will rise,
        the Halden Trust said in a report*, *..., Ana Roe wrote in a letter*), past
        the name's initials in brackets (*the Halden Trust (HT)*) and a day after
        the verb (*said on Thursday in its report*); None when the
        words before *in a* are no such clause (*Ana Roe, the firm's chief, said in
        a statement*: a role, not a name, stands before the verb).

        >>> t = "Rents will rise, the Halden Trust (HT) said in a report."
        >>> _Registry(t)._cued_name(t.index(" a report") + 1).name
        'Halden Trust'
        """
        text = self.text
        if not text.endswith(" in ", max(0, article - 4), article):
            return None
        verb_end = article - 4
        space = text.rfind(" ", max(0, verb_end - _ISSUER_REACH), verb_end)
        if (
            space > 3
            and text.endswith(" on", 0, space)
            and text[space + 1 : verb_end].lower() in load("time_words")
        ):
            # "the board said on Thursday in its report": past the day
            verb_end = space - 3
            space = text.rfind(" ", max(0, verb_end - _ISSUER_REACH), verb_end)
        if space < 0 or text[space + 1 : verb_end] not in _CUE_VERBS:
            return None
        end = space
        if text.endswith(")", 0, end):
            m = _INITIALS_BEFORE.search(text, max(0, end - _PARENTHETICAL_REACH), end)
            if m is None:
                return None
            end = m.start()
        last = self._mention_before(end)
        if last is None:
            return None
        pos, entity = last
        run = _NAME_RUN.match(text, pos, end)
        if (
            (run is None or run.end() != end)
            and text[pos:end] not in (entity.name, *entity.aliases)  # "Children's Fund"
        ) or (
            entity.kind not in (_PERSON, _ORGANIZATION)
            or not text.endswith((", ", ", the "), max(0, pos - 6), pos)
        ):
            return None
        return entity

    def _fronted_issuer(self, found: Found, article: int, at: int) -> _Entity | None:
        """Who issued a document introduced by a phrase that opens its sentence
        with *In a* (``article`` is where *a* starts, ``at`` the document's noun):
        the person or body named first after the comma that closes the phrase, past
        lower-case role words only (*In a memo to staff, chief executive Ana Roe
        said*), or the body a description right after that comma names again, read
        as :meth:`_opening_body` reads one opening a sentence (*In a statement after
        its meeting, the bank said*); None otherwise (``found`` is the document's
        description named back: *the statement*)."""
        text = self.text
        start = self._sentence_start(at)
        while start < article and text[start] in " \"'“”‘’":
            start += 1
        if text[start:article] != "In ":
            return None
        end = at + len(found.text.split(" ", 1)[-1]) + 1  # past the document's noun
        if text.startswith(" ", end) and text[end + 1 : end + 2].islower():
            # "In a statement the commission said": no comma after the phrase, a body
            # described in lower case and its cue right after the noun.
            body = self._opening_body(found, end + _FRONTED_REACH, start=end + 1)
            if body is not None:
                return body
        comma = text.find(",", at, at + _FRONTED_REACH)
        if comma < 0 or text.find(".", at, comma) >= 0:
            return None
        if text.startswith(" ", comma + 1) and text[comma + 2 : comma + 3].islower():
            body = self._opening_body(found, comma + _FRONTED_REACH, start=comma + 2)
            if body is not None:
                return body  # (else "In a memo, the chief executive Ana Roe said": the name)
        # Every mention up to the reach past the comma (a later one is too far anyway).
        mentions = self._through(comma + _FRONTED_REACH)
        i = bisect.bisect_left(mentions, comma, key=_position)
        if i == len(mentions):
            return None
        pos, entity, _ = mentions[i]
        if pos - comma > _FRONTED_REACH or not all(
            w.islower() for w in text[comma + 1 : pos].split()
        ):
            return None
        run = _NAME_RUN.match(text, pos, pos + _SENTENCE_REACH)
        if run is None or text.startswith(("'s", "’s"), run.end()):
            return None  # an owner ("In a letter, Roe's lawyer said"): not the issuer
        return entity if entity.kind in (_PERSON, _ORGANIZATION) else None

    def _opening_at(self, at: int) -> int:
        """Where the first word of the sentence of ``at`` starts, past its opening
        quote marks and a *The*.

        >>> _Registry('Ana came. "The Kremlin said no."')._opening_at(20)
        15
        """
        text = self.text
        start = self._sentence_start(at)
        while start < at and text[start] in " \"'“”‘’":
            start += 1
        if text.startswith(("The ", "the "), start):
            start += 4
        return start

    def _opening_subject(self, at: int) -> _Entity | None:
        """The person or body named first in the sentence of ``at``, when that name
        opens the sentence (after *The* at most) and is no owner (*Clinton's
        campaign*)."""
        text = self.text
        start = self._opening_at(at)
        entity = self._named_at(start)
        m = _NAME_RUN.match(text, start, start + _SENTENCE_REACH)
        if m is None or text.startswith(("'s", "’s"), m.end()):
            return None
        if entity is None and " " not in m.group(0):
            entity = self._speaker_in_sentence(m.group(0), m.end(), at)
        return entity

    def _staff_opening(self, at: int) -> _Entity | None:
        """The body whose staff open the sentence of ``at`` as a plural role noun,
        *at* and the body's name: wire copy quotes a bank's or an institute's note
        through its staff (*Economists at Harwick Bank said in a note to clients
        ...*, then *the note said*), and the note is the body's, as the staff's
        own quote is (``mentions.staff_of_body``). None when the sentence opens
        otherwise, on a group that speaks for itself (*Nurses at ...*) or when no
        body is named right after *at*.

        >>> t = 'Economists at Harwick Bank said in a note that it would wait.'
        >>> _Registry(t)._staff_opening(t.index("note")).name
        'Harwick Bank'
        >>> t = 'Nurses at Hale Hospital said in a letter that it would wait.'
        >>> _Registry(t)._staff_opening(t.index("letter")) is None
        True
        """
        start = self._opening_at(at)
        m = _STAFF_AT.match(self.text, start, at)
        if m is None or not staff_of_body(m.group(1).lower()):
            return None
        entity = self._named_at(m.end())
        return entity if entity is not None and entity.kind is _ORGANIZATION else None

    def _apposed_opening(self, at: int) -> _Entity | None:
        """The person or body named between commas right after a description in
        lower case that opens the sentence of ``at`` (after *The* at most), and so its
        subject: *The mine's operator, Andes Cobre, said in a statement*; None when
        the sentence opens otherwise.

        >>> reg = _Registry("The firm's owner, Acme Corp, said in a statement that it would.")
        >>> reg._apposed_opening(40).name
        'Acme Corp'
        """
        text = self.text
        start = self._opening_at(at)
        comma = text.find(", ", start, min(at, start + _FRONTED_REACH))
        if comma < 0 or not all(w.islower() for w in text[start:comma].split()):
            return None
        pos = comma + 2
        mentions = self._through(pos + _FRONTED_REACH)
        i = bisect.bisect_left(mentions, pos, key=_position)
        if i == len(mentions) or mentions[i][0] != pos:
            return None
        entity = mentions[i][1]
        run = _NAME_RUN.match(text, pos, pos + _SENTENCE_REACH)
        if run is None or not text.startswith(",", run.end()):
            return None
        return entity if entity.kind in (_PERSON, _ORGANIZATION) else None

    def _speaker_in_sentence(self, word: str, end: int, at: int) -> _Entity | None:
        """The person or body that one capitalised word opening a sentence names,
        when a quote that ends in that sentence (of ``at``) was given to a speaker
        of that name: *Zentrix said in a statement that it would "appeal"* (the
        word, a sentence's first, is no mention of its own); None otherwise."""
        sentence = self._sentence_start(at)
        mentions = self._through(end + _SENTENCE_REACH)
        i = bisect.bisect_left(mentions, end, key=_position)
        want = _name_words(word)
        for pos, entity, _ in mentions[i:]:
            if pos > end + _SENTENCE_REACH or self._sentence_start(pos - 1) != sentence:
                break  # (a speaker is noted where its quote ends)
            if entity.kind in (_PERSON, _ORGANIZATION) and _name_words(entity.name) == want:
                return entity
        return None

    def _opening_body(self, found: Found, at: int, *, start: int = -1) -> _Entity | None:
        """The body that a description opening the sentence of ``at`` names again
        (*The trust said in a statement* after *Hartwell Water Trust*;
        *Police said*), as :meth:`_body_named` reads it, or else the description
        itself, as printed, as an organisation; None when the sentence opens
        otherwise. With ``start``, the description is the one in lower case that
        opens there, after a fronted phrase and its comma (*the bank*, *police*),
        and ends before ``at``."""
        if start < 0:
            start = self._sentence_start(at)
            while start < at and self.text[start] in " \"'“”‘’":
                start += 1
            m = _OPENING_DESCRIPTION.match(self.text, start, at)
        else:
            m = _FRONTED_DESCRIPTION.match(self.text, start, at)
        if m is None:
            return None
        words = m.group(0).split()
        nouns = _body_names().keys() | _kinds_named_by().keys()
        if words[0] in ("The", "the"):
            # The body's noun is the one its verb follows, past a noun that only
            # modifies it (*The county sheriff's office posted*: the office), else
            # the first.
            heads = [i for i in range(1, len(words) - 1) if words[i] in nouns]
            verbs = _CUE_VERBS | load("issuing_verbs")
            head = next((i for i in heads if words[i + 1] in verbs), heads[0] if heads else 0)
            phrase = "the " + " ".join(words[1 : head + 1])
        else:
            head = 0 if words[0].lower() in nouns else -1
            phrase = "the " + words[0].lower()  # "Police said": the police
        if head < 0 or (words[0] in ("The", "the") and not head):
            return None
        verb = words[head + 1]
        if verb not in _CUE_VERBS and verb not in load("issuing_verbs"):
            return None  # "Council staff said": the noun is no subject
        described = attrs.evolve(found, start=start, end=m.end(), text=phrase)
        named = self._body_named(described)
        if named is not None:
            return named
        # "The company's board said" after "Acme Corp": the body its owner names
        # again, the one the article is about, before the description as printed.
        for i in range(1, head):
            owner = words[i].removesuffix("'s").removesuffix("’s")
            if owner != words[i] and owner in nouns:
                said = " ".join(["the", *words[1:i], owner])
                named = self._body_named(attrs.evolve(found, start=start, end=m.end(), text=said))
                if named is not None:
                    return named
                break
        # A body the article never names otherwise speaks as printed: "the health
        # board", "police".
        printed = phrase if words[0] in ("The", "the") else phrase[4:]
        return _Entity(name=printed, kind=_ORGANIZATION, aliases=[printed])

    def _body_opening_before(self, found: Found) -> tuple[_Entity | None, int]:
        """The body that opens the sentence before the one of ``found`` (*it*,
        *they*), read as :meth:`_opening_body` reads it, and where that sentence
        starts: *Police said the road was closed. "Stay away," they said.* (None,
        -1) when no body opens it."""
        text = self.text
        start = self._sentence_start(found.start)
        end = start
        while end > max(0, start - 8) and text[end - 1] in " \t\r\n\"'“”‘’":
            end -= 1
        if end <= 0 or text[end - 1] not in ".!?":
            return None, -1
        body = self._opening_body(found, end - 1)
        if body is None and found.text.lower() == "it":
            # "The Kremlin denied it.", "Velta said it would cut jobs.": then *it*
            body = self._opening_seat(end - 1) or self._opening_word(end - 1)
        return body, (-1 if body is None else self._sentence_start(end - 1))

    def _opening_seat(self, at: int) -> _Entity | None:
        """The body a one-word name of ``organizations.tsv`` names when it opens the
        sentence of ``at`` (after *The* at most) before a cue or issuing verb: *The
        Kremlin denied the report.*, which *it* in the next sentence stands for; None
        when the sentence opens otherwise.

        >>> r = _Registry("The Kremlin denied it. Police came.")
        >>> r._opening_seat(21).name, r._opening_seat(34)
        ('Kremlin', None)
        """
        start = self._opening_at(at)
        m = self._opening_cue(start, at)
        if m is None:
            return None  # "Kremlin aides met": the seat names no subject
        if not load_table("organizations").get(_norm(m.group(1)), "")[:1].isupper():
            return None  # (not a lower-case row: "campaign")
        return self._body_named_at(_organization_name(m.group(1)), start)

    def _opening_cue(self, start: int, end: int) -> regex.Match[str] | None:
        """One capitalised word opening the sentence at ``start`` (after *The* at
        most) and a lower-case cue or issuing verb after it, read no further than
        ``end``: the shape :meth:`_opening_seat` and :meth:`_opening_word` read a
        body from (*The Kremlin denied*, *Velta said*). None when the sentence
        opens otherwise.

        >>> r = _Registry("Velta said it would. Kremlin aides met.")
        >>> r._opening_cue(0, 40).group(1), r._opening_cue(21, 40)
        ('Velta', None)
        """
        m = _SEAT_OPENING.match(self.text, start, end)
        if m is None or (m.group(2) not in _CUE_VERBS and m.group(2) not in load("issuing_verbs")):
            return None
        return m

    def _body_named_at(self, name: str, start: int) -> _Entity:
        """The body called ``name`` the text named before ``start``, else a new one."""
        entity = self.match_name(name, _ORGANIZATION, before=start)
        if entity is None:
            entity = _Entity(name=name, kind=_ORGANIZATION)
            self._add(entity)
        return entity

    def _named_in_full(self, head: str, start: int) -> _Entity | None:
        """The one body named before ``start`` whose full name ``head`` cuts short at
        a connector (``lexicons/org_connectors.txt``): *the National Academies
        report* after *the National Academies of Sciences, Engineering and
        Medicine*; a head of two words or more (*the Department* is any
        department), else None.

        >>> r = _Registry("x")
        >>> r._add(_Entity(name="Halden Institute of Marine Science", kind=_ORGANIZATION))
        >>> r.entities[0].positions.append(0)
        >>> r._named_in_full("Halden Institute", 10).name
        'Halden Institute of Marine Science'
        >>> r._named_in_full("Institute", 10) is None
        True
        """
        if " " not in head:
            return None
        prefix = head + " "
        full = [
            e
            # (a name that starts with the head shares its first word)
            for e in self.bodies_by_first.get(head.split(" ", 1)[0], ())
            if e.name.startswith(prefix)
            and e.name[len(prefix) :].split(" ", 1)[0] in load("org_connectors")
            # (no positions yet: the names are being read in text order, so an
            # entity that exists was named before)
            and (not e.positions or e.last_before(start) >= 0)
        ]
        return full[0] if len(full) == 1 else None

    def _spelled_out(self, initials: str) -> str | None:
        """The full name of the body the article introduces with ``initials`` in
        brackets (:func:`initialisms`), or None.

        >>> r = _Registry("The African Union (AU) met. The A.U. said no.")
        >>> r._spelled_out("A.U."), r._spelled_out("UN")
        ('African Union', None)
        """
        if self._initials is None:
            self._initials = initialisms(self.text)
        return self._initials.get(initials.replace(".", ""))

    def _labelled(self, found: Found) -> _Entity | None:
        """The person a transcript's speaker label stands for, when ``found`` is one:
        capitals opening a line, a colon right after. An answer's label
        (``transcript_labels.tsv``, *A:* once a *Q:* came before:
        :func:`transcript_role`) stands for the first person the article names, whom
        a question-and-answer piece is about; initials, two to four
        capitals, for the one person named before whose initials they are (*LM:
        "Why?"* after *reporter Lea Marchetti*, *KAB:* after *Kwame Asante-Boateng*).
        None for any other mention, or when no person or more than one has those
        initials.

        >>> r = _Registry('Lea Marchetti met Kwame Asante-Boateng.\\nKAB: "No."')
        >>> label = Found(start=40, end=43, text="KAB", kind=_NAME, head="KAB")
        >>> r._labelled(label).name
        'Kwame Asante-Boateng'
        """
        label, start = found.text, found.start
        if not (label.isalpha() and label.isupper() and len(label) <= _LABEL_LETTERS):
            return None
        if not self.text.startswith(":", found.end) or (start and self.text[start - 1] != "\n"):
            return None
        before = self._through(start)
        if transcript_role(self.text, start, label) == "answer":
            return next((e for _, e, _ in before if e.kind is _PERSON), None)
        if len(label) < 2:
            return None
        people = {
            id(e): e for _, e, _ in before if e.kind is _PERSON and _initials_of(e.name) == label
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _named_at(self, start: int) -> _Entity | None:
        """The person or body of the mention that starts at ``start``, or None."""
        mentions = self._through(start)
        i = bisect.bisect_left(mentions, start, key=_position)
        if i < len(mentions) and mentions[i][0] == start:
            entity = mentions[i][1]
            if entity.kind in (_PERSON, _ORGANIZATION):
                return entity
        return None

    def _apposed_role(self, end: int) -> int | None:
        """Where lower-case words right after ``end`` stop before a name (*retired
        teacher*, *mountain guide*), or None when one of them is a function word or
        a cue verb (*and*, *told*)."""
        m = _ROLE_RUN.match(self.text, end)
        if m is None or not self.text.startswith(" ", m.end(1)):
            return None
        words = m.group(1).split()
        if any(w in load("stopwords") or w in load("cue_verbs") for w in words):
            return None
        return m.end(1)

    def _role_run(self, end: int) -> int | None:
        """Where lower-case role words right after ``end`` stop (*deputy campaign
        manager* before a name or a comma), or None."""
        m = _ROLE_RUN.match(self.text, end)
        if m is None or m.group(1).rsplit(" ", 1)[-1] not in load("role_nouns"):
            return None
        if any(w in load("cue_verbs") for w in m.group(1).split()):
            return None  # "Roe told host Jo Kay": a verb, not a role run
        return m.end(1)

    def _lone_between_commas(self, at: int) -> Found | None:
        """The lone capitalised word at ``at`` when a comma closes it right after."""
        row = self._lone_at.get(at)
        if row is None or not self.text.startswith(",", row[1]):
            return None
        start, stop, phrase, head = row
        if head.casefold() in load("time_words"):
            return None
        return Found(start=start, end=stop, text=phrase, kind=_NAME, head=head)

    def resolve(
        self,
        found: Found,
        *,
        hearers: tuple[str, ...] = (),
        outer: _Entity | None = None,
        heard: Callable[[], tuple[str, ...]] | None = None,
    ) -> _Entity | None:
        """The entity ``found`` names; a pronoun never goes to a person its quote
        says by name to its hearer (``hearers``: "'Sit down, Nell,' she said"), nor
        to ``outer``, the speaker of the quote it stands inside (*"She told me, 'We
        will fix it,'" Roe said*: Roe would say *I*); a name of one word that
        several people bear, not to one its quote says by name (``heard()``, asked
        only then: "'Come, Frank,' said Oakley")."""
        if found.kind is not _PRONOUN:
            apposed = self._apposed(found)
            if apposed is not None:
                found = apposed
            body = self._body_named(found)
            if body is not None:
                body.add_alias(found.text)
                return body  # "the council said": the council named before
        if found.kind in (_NAME, _ORGANIZATION_PHRASE) and found.head.isupper():
            full = self._spelled_out(found.head)
            if full is not None:  # "the KWS said" after "the Kenya Wildlife Service (KWS)"
                found = attrs.evolve(found, kind=_ORGANIZATION_PHRASE, head=full)
            elif found.kind is _NAME:
                person = self._labelled(found)
                if person is not None:  # "KAB: ..." after "Kofi Ama Boateng"; "A: ..."
                    person.add_alias(found.text)
                    return person
        if (
            found.kind is _NAME
            and not found.title
            and self._company(found.head)
            and self.match_name(found.head, _PERSON, before=found.start) is None
        ):
            # "Zentrix said in a statement", "the start-up Lumo ... Lumo said": a
            # company's name of one word, which no person bears (as _entity_for_name)
            found = attrs.evolve(found, kind=_ORGANIZATION_PHRASE)
        if found.kind is _ANONYMOUS_PHRASE:
            body = self._spoken_for(found)
            if body is not None:
                body.add_alias(found.text)
                return body  # "a spokesman for the company" after "Acme Corp"
            # "voters, who wondered": a relative pronoun is named by its head.
            words = found.head if found.text.lower() in ("who", "which", "that") else found.text
            kind = _DOCUMENT if is_document(_norm(words)) else _ANONYMOUS
            return _Entity(name=words, kind=kind, aliases=[words])
        if found.kind is _ORGANIZATION_PHRASE:
            head = _organization_name(found.head)
            entity = self.match_name(
                head, _ORGANIZATION, before=found.start
            ) or self._named_in_full(head, found.start)
            if entity is None:
                entity = _Entity(name=head, kind=_ORGANIZATION)
                self._add(entity)
            entity.add_alias(found.text)
            self._index(entity)
            return entity
        if found.kind is _NAME and _party_member(found.text):
            # "the Republican said": one member of a party, a descriptor.
            found = attrs.evolve(found, kind=_DESCRIPTOR)
        if found.kind is _NAME:
            found = self._strip_openers(found)
            parties = party_title_words(found.head.split())
            if parties and found.text.split(None, 1)[0].lower() != "the":
                # "said Democrat Ana Ruiz": read as a cue's name, title and all.
                *party, head = found.head.split(None, parties)
                title = " ".join([found.title, *party]).strip()
                found = attrs.evolve(found, head=head, title=title)
            at = found.end - len(found.head)
            if self.text.endswith((" of ", " for ", " and "), 0, at) and self.text.startswith(
                found.head, at
            ):
                # "said Secretary of State Ana Ruiz": the office's last word opens
                # the head a cue's reading gives.
                skip, office = office_opening(self.text, at, found.head)
                if skip:
                    found = attrs.evolve(found, head=found.head[skip:], title=office)
            head, entity = self._match_titled(found.head, found.title, found.start)
            if head != found.head:
                found = attrs.evolve(found, head=head)  # a wife's own name
            if entity is not None and heard is not None:
                # "'Come, Frank,' said Oakley": not the Oakley the quote speaks to.
                entity = self._unaddressed(found, entity, heard) or entity
            if entity is None:
                name = self._family_name(found.head, found.title)
                entity = _Entity(name=name, kind=_PERSON)
                entity.add_title(found.title)
                self._add(entity)
            entity.add_alias(found.text)
            entity.add_title(found.title)
            entity.say(_title_gender(found.title))  # "said Mr. Roe" as a name matched
            self._index(entity)
            if _described_body(self.text, found.end):
                self._describe(entity)
            return entity
        if found.kind is _DESCRIPTOR:
            return self.resolve_descriptor(found)
        if outer is None:
            # "A spokeswoman for the agency said it would act. '...,' she said": the
            # unnamed subject of the sentence before, whom the registry keeps no
            # mention of, is the pronoun's person.
            unnamed = self._unnamed_before(found)
            if unnamed is not None:
                return unnamed
        return self.resolve_pronoun(found, hearers=hearers, outer=outer)

    def resolve_descriptor(self, found: Found) -> _Entity:
        if found.text.lower() in ("who", "which", "that"):
            # "the majority leader, who said": the relative pronoun stands for its head.
            found = attrs.evolve(found, text=found.head)
        words = [w for w in found.text.split() if w.lower() not in load("descriptor_articles")]
        phrase = " ".join(words)
        low = _norm(phrase)
        joined = self._joined_roles(found)
        if joined is not None:
            return joined
        if is_document(low):
            author = self._document_issuer(found)
            if author is not None:
                author.add_alias(found.text)
                return author
            return _Entity(name=found.text, kind=_DOCUMENT, aliases=[found.text])
        self._read_titles()
        # 1. The exact title seen with a name: "the Russian President"; an owner's
        # role as the title it gave ("Ruiz's campaign manager" after "Ruiz's
        # campaign manager, Tom Hale,", whose title is *campaign manager*).
        exact = self._nearest_titled(low, found.start)
        if exact is None and _owner_possessive(words):
            exact = self._nearest_titled(_norm(" ".join(words[1:])), found.start)
        if exact is None and _seat_phrase(words):
            # "the member for Hale" after "Tom Brack, the member for Hale,": a seat
            # names one member, though *member* alone goes back to nobody
            exact = self._nearest_titled(_norm(found.text), found.start)
        if exact is not None:
            exact.add_alias(found.text)
            return exact
        # 2. Same country and a leader's role: "the Kremlin leader" ~ "Russian President".
        nations = _nations(phrase)
        if "counterpart" in low and not nations:
            nations = frozenset()
        fuzzy = []
        if nations and _is_leader(phrase):
            leaders: dict[int, _Entity] = {}
            for code in nations:
                leaders.update(self._leaders.get(code, {}))
            fuzzy = self._people(leaders)
        if fuzzy:
            entity = self._nearest(fuzzy, found.start)
            entity.add_alias(found.text)
            return entity
        # 3. The head noun of a title or role given to someone named before:
        # "the minister" after "Foreign Minister Anna Berg", "the leader" after
        # "Tom Hale, the party leader,".
        held = (
            self._office_equivalent(found)
            or self._by_role_head(found)
            or self._introduced_as(found)
            or self._named_after_lead(found)
        )
        if held is not None and held.kind is _PERSON:
            held = self._untitled_in_view(found, held)
        if held is None:
            held = self._by_nation(found, words)
        if (
            held is None
            and len(words) == 2
            and words[1] == "leader"
            and found.text.split()[0].lower() == "the"
            and _parties(words[:1])
        ):
            # "Tom Hale, who leads the Labour Party ... the Labour leader said":
            # a party's leader nobody holds as a title is the person in view,
            # never a member titled with another party
            held = self._in_view(found, self._sentence_start(found.start), words)
            if held is not None and _parties(self._printed_before(held)) - _parties(words):
                held = None  # "Conservative leader Tom Hale": another party's leader
        role_held = held
        # "the teenager", "the Japanese pensioner": a noun of age read as an age is
        # (lexicons/age_nouns.txt)
        age_noun = found.text.split()[0].lower() == "the" and _age_noun_phrase(words)
        if held is None and (
            age_noun
            or (
                (
                    len(words) == 1
                    # "the 18-year-old from Aberdeen": an age and where the person is from
                    or (_AGE.fullmatch(words[0]) is not None and words[1] in ("from", "of"))
                    # "the 21-year-old Brazilian": an age and a nationality
                    or (
                        len(words) == 2
                        and _AGE.fullmatch(words[0]) is not None
                        and _demonym(words[1])
                    )
                )
                and (_AGE.fullmatch(words[0]) is not None or _demonym(words[0]))
            )
        ):
            # "Kofi Adjei scored twice. 'We'll be back,' the 24-year-old said": an
            # age the article never gave is said of the person in view, as "he" is,
            # when the paragraph named them (not a name paragraphs before, nor a
            # photo credit or a place the paragraph before ends on). The one person
            # the paragraph names comes first ("Beaten finalist Sofia Marchetti ...
            # the Italian said", with the winner named as a subject before).
            held = self._sole_person(found.start) or self.resolve_pronoun(found)
            paragraph = paragraph_start(self.text, found.start)
            if held is not None and held.last_before(found.start) <= paragraph:
                # The paragraph before, when it named that person alone and this
                # one names nobody before the descriptor: "Morag Fleming won her
                # third title.\n\n'I'm emotional,' said the 33-year-old."
                before = self._sole_person_paragraph(held, paragraph, found.start)
                if (
                    before == paragraph
                    and held
                    is self._paragraph_subject(found.start, self._sentence_start(found.start))
                    and _AGE.fullmatch(words[0]) is None
                ):
                    # Or, for a nation's word, the subject that paragraph opens with,
                    # whoever else its sentence names after it: "Ana Roe beat the top
                    # seed, Lena Ortiz, in three sets.\n\n'I was lucky,' the
                    # Spaniard said" (an age picks among nobody: test_news_names).
                    before = _paragraph_before(self.text, paragraph)
                paragraph = before
            if held is not None and (
                held.kind is not _PERSON
                or held.last_before(found.start) <= paragraph
                or (
                    _AGE.fullmatch(words[0]) is not None
                    and _another_age(self.text, paragraph + 1, found.start, words[0])
                )
                # "Ana Roe spoke; a teenager in the crowd shouted": somebody new
                or (
                    age_noun
                    and _newly_introduced(
                        self.text, held.last_before(found.start), found.start, words
                    )
                )
            ):
                held = None
        if (
            held is None
            and found.text.split()[0].lower() == "the"
            and words[-1].lower() in load("epithet_nouns")
            and (
                len(words) == 1
                # "the Japanese teenager", "the 19-year-old pianist", "the veteran
                # actor": one word that says no other person before the epithet
                or (
                    len(words) == 2
                    and (
                        _demonym(words[0])
                        or _AGE.fullmatch(words[0]) is not None
                        or _lower_word(words[0])
                    )
                )
            )
        ):
            # "Tech investor Howard Linscott ... 'I want to give back,' the
            # entrepreneur said": an epithet nobody was introduced with is the one
            # person the paragraph names, as an age is (see _sole_person_paragraph),
            # when no role was given to them (that an epidemiologist is "the
            # scientist" needs knowledge of words: left alone).
            held = self._sole_person(found.start)
            if (
                held is not None
                and not all(honorific(t) for t in held.titles)
                and not self._introduced_with(held, words[-1])
            ):
                held = None
        if held is None and found.text.split()[0].lower() == "the" and self._unheld_role(words):
            # "Roe, asked about Lee and Orr, shrugged. 'They can wait,' the minority
            # leader said", "Roe hired Lee on Monday. 'She is the best,' the hotel
            # tycoon told us": an office or an epithet nobody holds as a title, when the
            # paragraph names more than one person, is the person in view, as a
            # pronoun there would be, when no office or role was given to them, and
            # when that person is also the first subject the paragraph names ("Roe
            # and Hale bought it. 'I love it,' the billionaire said" names neither).
            sentence = self._sentence_start(found.start)
            held = self._near_person(found, sentence)
            if held is not None and (
                _holds_role(held, office=words[-1] in load("office_nouns"))
                or held is not self._paragraph_subject(found.start, sentence)
            ):
                held = None
        state = "" if held is not None else _descriptor_state(found.text)
        if state:
            # "Hale warned against it. 'It would be a disaster,' the Texas senator
            # said": a state and a noun nobody holds with it is said of the person in
            # view, unless that person's titles name another state or a role that
            # is not it ("Tom Lee, the owner of a diner,", "Ana Roe, a witness,").
            printed = found.text.split()
            held = self._in_view(found, self._sentence_start(found.start), printed)
            if held is not None and (
                _title_states(held.titles) - {state} or _role_clash(held, printed)
            ):
                held = None
        if held is None and _contest_descriptor(found.text):
            # "Ana Roe spoke in Dover. 'We will win,' the Republican said", "the
            # GOP front-runner said": a person running for office named again by
            # the contest or the party, which nobody holds as a title, is the one
            # person the paragraph names, whatever office they hold.
            held = self._contest_holder(found)
        if held is None:
            held = self._spoken_for(found)
        if held is None and found.text.split()[0].lower() == "the":
            held = self._aide_in_view(found, words)
        if held is None and found.text.split()[0].lower() == "the":
            held = self._topic_in_view(found, words)
        if held is not None and held is not role_held and _foreign_office(words, held):
            # "Tom Hale spoke. '...,' the Russian leader said": a nation's office is
            # nobody in view the article did not give that nation's title.
            held = None
        if held is not None and self._unnamed_since(found, held):
            # "Coach Ian Holt ... A specialist in knee injuries said ... the
            # specialist said": the unnamed holder brought in since, not the person
            # named before it (set 16's shape), whichever rule found that person.
            held = None
        if held is not None:
            held.add_alias(found.text)
            if held is not role_held:
                self._held_as_described(held, found.text)
            return held
        if found.text.split()[0].lower() == "the":
            # "A senior diplomat said ... '...,' the diplomat said": the unnamed
            # person described before with the same noun, by that description.
            described = self._described_before(found, words)
            if described is not None:
                return described
        return _Entity(name=found.text, kind=_PERSON, aliases=[found.text])

    def _by_nation(self, found: Found, words: list[str]) -> _Entity | None:
        """The person a descriptor opened by a demonym names (*the Spaniard*, *the
        Kenyan runner*) when the article tied one person, and one only, to that
        country before it: by a country's possessive before the name (*Spain's
        Lucia Ferrer*), a country after it (*Lucia Ferrer of Spain*, *Tom Kreja, from
        Kenya,*) or a title naming the country (*Kenyan Foreign Minister Ana Oduya*).
        The descriptor is *the*, the demonym and lower-case words; a head that is an
        office (*the Spanish minister*) must be among the person's titles, and a head
        must be a role's or an epithet's noun (not *the Italian lady*). The person
        must be named in the ``_INTRODUCTION_REACH`` characters before. None when
        nobody or two people are tied to that country: two Spaniards, no guess."""
        if (
            not found.text.lower().startswith("the ")
            or not words
            or not _demonym(words[0])
            or words[0].lower() not in select("nations", kind="demonym")
            or not all(w.islower() and w.isalpha() for w in words[1:])
        ):
            return None
        code = _nation_words()[words[0].lower()]
        head = words[-1].lower() if len(words) > 1 else ""
        if head and head not in _resolving_heads() and head not in load("epithet_nouns"):
            return None  # "the Italian lady": a noun that may bring in somebody new
        reach = max(found.start - _INTRODUCTION_REACH, 0)
        # Those mentioned in reach, each once and in any order (only a count of one
        # names somebody), read off the mentions in reach, not every entity's.
        mentions = self._through(found.start)
        lo = bisect.bisect_left(mentions, reach, key=_position)
        hi = bisect.bisect_left(mentions, found.start, lo, key=_position)
        people = {id(e): e for _, e, _ in mentions[lo:hi] if id(e) not in self._gone}
        tied = [
            e
            for e in people.values()
            if e.kind is _PERSON
            and e.last_before(found.start) >= reach
            and self._tied_to(e, code, found.start)
        ]
        if len(tied) != 1:
            return None
        person = tied[0]
        if head in load("office_nouns") and not any(
            head in _norm(t).split() for t in person.titles
        ):
            return None
        return person

    def _tied_to(self, entity: _Entity, code: str, before: int) -> bool:
        """True when the article ties ``entity`` to the country of ``code``
        (``lexicons/nations.tsv``) before ``before``: by one of the person's titles
        (:func:`_title_nations`), or by a country printed beside one of the person's
        mentions (:func:`_country_ties`). Each mention's ties are read once per text
        and the walk stops at the first tie, so a person named on every line, asked
        of by every *the Spaniard*, costs a look-up a mention, not a reading.

        >>> t = "Spain's Lucia Ferrer won. Ana Roe was second."
        >>> r = _Registry(t)
        >>> [r._tied_to(e, "ES", len(t)) for e in r.entities]
        [True, False]
        """
        if code in _title_nations(entity):
            return True
        positions, ties = entity.positions, self._country_ties
        # The mentions read for this person and country so far, and the first tied
        # (positions only grow at their end as the text is read on; a merge makes a
        # new list and a removal or an insertion among those read moves the last
        # one read, so either starts the reading again).
        key = (id(entity), code)
        scan = self._tie_scans.get(key)
        if (
            scan is None
            or scan.positions is not positions
            or scan.read > len(positions)
            or (scan.read and positions[scan.read - 1] != scan.last)
        ):
            scan = self._tie_scans[key] = _TieScan(entity, positions)
        if scan.first < 0:
            n = scan.read
            while n < len(positions) and positions[n] < before:
                pos = positions[n]
                n += 1
                codes = ties.get(pos)
                if codes is None:
                    codes = ties[pos] = _country_ties(self.text, pos)
                if code in codes:
                    scan.first = pos
                    break
            scan.read, scan.last = n, positions[n - 1] if n else -1
        return 0 <= scan.first < before

    def _joined_roles(self, found: Found) -> _Entity | None:
        """The person a descriptor of two roles under one article names (*the Ohio
        senator and Republican presidential candidate*, read whole by the mention
        reader): the first role read as *the* and its words, a descriptor of its
        own, else the second (the first is the more particular: *the Vermont
        senator and Democratic presidential candidate* is one of two Democrats
        running); the description itself when neither names a person the article
        named, or when the first does and the second was printed beside another
        person (*the mayor and fire chief*: two people); None when the phrase is
        not *the A and B* (one *and*, no second article)."""
        words = found.text.split()
        if len(words) < 4 or words[0].lower() != "the" or words.count("and") != 1:
            return None
        cut = words.index("and")
        if cut < 2 or cut == len(words) - 1 or words[cut + 1].lower() in load("determiners"):
            return None
        first, second = " ".join(["the", *words[1:cut]]), " ".join(["the", *words[cut + 1 :]])
        for text in (first, second):
            entity = self.resolve_descriptor(attrs.evolve(found, text=text, head=text))
            if entity.kind is not _PERSON or entity.name == text or not entity.name[:1].isupper():
                continue
            if text == first and any(
                e is not entity and e.kind is _PERSON and second in e.titles for e in self.entities
            ):
                # The second role was printed beside another person (*the mayor and
                # fire chief* after *Pilar Munoz, the mayor* and *Dan Munoz, the fire
                # chief*): two people, named as printed. (The second role is not
                # resolved for this: resolving gives the person found its words.)
                break
            entity.add_alias(found.text)
            return entity
        # Neither role names anyone, or each another: the description as printed (the
        # whole, read by the other readings, went to whoever held its last noun with
        # other words).
        return _Entity(name=found.text, kind=_PERSON, aliases=[found.text])

    def _unnamed_before(self, found: Found) -> _Entity | None:
        """Who *he* or *she* (``found``) stands for when the sentence right before its
        quote (the pronoun tags the quote: *"...," she said*) or right before the
        pronoun (which opens its sentence) opens on one unnamed person's description
        as a speech cue's subject (:func:`_unnamed_opening`: *A spokeswoman for the
        agency said ...*, *A mother of two said ...*), or the sentence before that
        one does and the one between holds no quote and brings in no one
        (:meth:`_unnamed_over`), those sentences name no person,
        and no word of the description says the other sex: the description, resolved
        (the body a spokesperson speaks for, or the unnamed source); else None.

        >>> r = _Registry("A mother of two said it failed. She said no more.")
        >>> f = _new_found(start=32, end=35, text="She", kind=_PRONOUN, head="She", title="")
        >>> r._unnamed_before(f).name
        'A mother of two'
        >>> r._unnamed_before(attrs.evolve(f, text="He", head="He")) is None
        True
        """
        want = {"he": "m", "she": "f"}.get(found.text.lower())
        if want is None:
            return None
        text, start = self.text, found.start
        i = bisect.bisect_left(self._quoted, (start, -1))
        if i and _TAG_GAP.fullmatch(text, self._quoted[i - 1][1], start):
            anchor = self._quoted[i - 1][0]  # '"...," she said': the quote's sentence
        elif _opens_sentence(text, start):
            anchor = start
        else:
            return None
        stop = anchor
        while stop > 0 and text[stop - 1] in " \t\n\u00a0":
            stop -= 1
        if stop < 2 or text[stop - 1] not in ".!?":
            return None
        lo = max(0, stop - _SENTENCE_REACH)
        opening = max(text.rfind("\n", lo, stop) + 1, lo)
        if _SINGLE_OPENING.search(text, opening, stop) is None:
            return None  # (no sentence there opens on "A", "An", "One", "Another")
        end = last_sentence_end(text, opening, stop - 1)
        sentence = opening if end is None else end
        while sentence < stop and text[sentence] in " \t\u00a0":
            sentence += 1
        if sentence == lo and lo > 0:
            return None
        phrase = None
        if _SINGLE_OPENING.match(text, sentence) is not None:
            phrase = self._unnamed_at(sentence, stop)
        if phrase is None and end is not None:
            sentence, phrase = self._unnamed_over(opening, end, stop, cut=lo > 0 and opening == lo)
        if phrase is None or _sex_of(phrase.text) not in ("", want):
            return None
        mentions = self._through(anchor)
        first = bisect.bisect_left(mentions, sentence, key=_position)
        last = bisect.bisect_left(mentions, anchor, key=_position)
        if any(entity.kind is _PERSON for _, entity, _ in mentions[first:last]):
            return None  # "A spokesman said Roe would go. '...,' he said": Roe may be
        entity = self.resolve(phrase)
        return entity if entity is not None and entity.kind is not _DOCUMENT else None

    def _unnamed_over(
        self, opening: int, end: int, stop: int, *, cut: bool
    ) -> tuple[int, Found | None]:
        """The start of the sentence ending at ``end`` and its unnamed subject
        (:meth:`_unnamed_at`), when the sentence after it, up to ``stop``, holds no
        quote and brings in no one: no word of a person (:func:`_person_words`) and,
        past its first word, no capitalised word, article or *someone* (*The clinic
        thanked the caller.* may bring in the speaker): *A spokeswoman for the agency
        said ... . The agency did not say when. "...," she said.* The sentence no
        earlier than ``opening``, nor at it when ``cut`` (the reach cut a sentence
        there); (0, None) for none.

        >>> r = _Registry("A nurse said it failed. The clinic shut. She said no more.")
        >>> sentence, phrase = r._unnamed_over(0, 23, 40, cut=False)
        >>> sentence, phrase.text
        (0, 'A nurse')
        """
        i = bisect.bisect_left(self._quoted, (end, -1))
        if i < len(self._quoted) and self._quoted[i][0] < stop:
            return 0, None  # a quote between: its speaker is nearer
        words = _WORDS.findall(self.text, end, stop)
        if any(
            w.lower() in _person_words() or (k and (w[:1].isupper() or w.lower() in _NEW_REFERENT))
            for k, w in enumerate(words)
        ):
            # "The mayor left.", "His office ...", a name: a person nearer; "The clinic
            # thanked the caller.", "... a landlady.", "... someone.": a referent the
            # sentence brings in past its subject, whom no lexicon may hold as a person
            return 0, None
        back = last_sentence_end(self.text, opening, end - 1)
        sentence = opening if back is None else back
        while sentence < end and self.text[sentence] in " \t\u00a0":
            sentence += 1
        if (back is None and cut) or _SINGLE_OPENING.match(self.text, sentence) is None:
            return 0, None
        return sentence, self._unnamed_at(sentence, end)

    def _unnamed_at(self, start: int, end: int) -> Found | None:
        """:func:`_unnamed_opening` of this text, each opening read once.

        >>> r = _Registry("A spokeswoman for the agency said no. Then more.")
        >>> r._unnamed_at(0, 40).text, r._unnamed_at(0, 30) is None, len(r._openings)
        ('A spokeswoman for the agency', True, 1)
        """
        read = self._openings.get(start)
        if read is None:
            read = self._openings[start] = _unnamed_read(
                self.text, start, tokens=self._opening_tokens
            )
        phrase, cue_end = read
        return phrase if cue_end <= end else None

    def _opening_tokens(self, start: int, end: int) -> list[Token]:
        """``tokenize(self.text, start, end)``, taken from the window the last
        :meth:`_share_openings` tokenised when it holds ``start`` (:func:`.layer.shared_tokens`:
        the same tokens)."""
        source = self._opening_source
        if source is not None:
            got = shared_tokens(self.text, start, end, source)
            if got is not None:
                return got
        return tokenize(self.text, start, end)

    def _share_openings(self, starts: Sequence[int]) -> None:
        """Tokenise once the stretch that the openings at ``starts`` not read yet
        (in text order) first read (:data:`_UNNAMED_FIRST` characters each), when
        there are two or more: a descriptor reads them back to front, each window
        overlapping the next."""
        unread = [at for at in starts if at not in self._openings]
        if len(unread) < 2:
            return
        source = self._opening_source
        stop = unread[-1] + _UNNAMED_FIRST
        if source is not None and source[0] <= unread[0] and stop <= source[1]:
            return  # (already tokenised)
        toks = tokenize_plain(self.text, unread[0], stop)
        self._opening_source = None if toks is None else (unread[0], stop, toks)

    def _described_before(self, found: Found, words: list[str]) -> _Entity | None:
        """The unnamed person a definite descriptor (``found``, its ``words`` without
        the article) names again with the noun of their description (*the diplomat*
        after *A senior diplomat ... said*, *the aid worker* after *An aid worker in
        the camp, who ..., said*), when a sentence within :data:`_PRONOUN_REACH`
        characters before it opens on that description as a speech cue's subject
        (:func:`_unnamed_opening`), or a quote's clause ends on it (*"...," a source
        close to him said.*: :data:`_UNNAMED_AFTER_QUOTE`); the nearest such,
        resolved, or None.

        >>> r = _Registry("A senior diplomat said so. Talks went on, the diplomat said.")
        >>> f = _new_found(start=43, end=55, text="the diplomat", kind=_DESCRIPTOR,
        ...                head="the diplomat", title="")
        >>> r._described_before(f, ["diplomat"]).name
        'A senior diplomat'
        >>> r._described_before(f, ["envoy"]) is None
        True
        """
        if not words or not all(w.islower() for w in words):
            return None
        text = self.text
        want = [w.lower() for w in words]
        lo = max(0, found.start - _PRONOUN_REACH)
        if self._opening_starts is None:
            # (and '"...," a source close to him said.': a quote's speaker after it)
            inverted = [m.start() for m in _after_quote_and_cue(text)]
            self._opening_starts = sorted(
                [m.start() for m in _SINGLE_OPENING.finditer(text)]
                + [m.start() for m in _UNNAMED_AFTER_QUOTE.finditer(text)]
                + inverted
            )
            self._inverted = {at: _unnamed_after_cue(text, at) for at in inverted}
        starts = self._opening_starts
        first = bisect.bisect_left(starts, lo)
        within = starts[first : bisect.bisect_left(starts, found.start)]
        self._share_openings(within)
        for at in reversed(within):
            phrase = self._unnamed_at(at, found.start)
            if phrase is None and at in self._inverted:
                phrase = self._inverted[at]
            if phrase is None or phrase.end > found.start:
                continue
            core = _core_words(phrase.text)
            if core[-len(want) :] == want and len(core) > len(want):
                if _another_described(text, phrase.end, found.start, want[-1]):
                    return None  # "A second source disagreed.": two the noun may name
                entity = self.resolve(phrase)
                if entity is not None and entity.kind is not _DOCUMENT:
                    entity.add_alias(found.text)
                    return entity
        return None

    def _aide_in_view(self, found: Found, words: list[str]) -> _Entity | None:
        """The person a definite role that serves someone named after it stands for
        (*the former top aide to President Tom Hale*, *the longtime adviser to Hale*):
        the paragraph's first subject, named before the descriptor's sentence, when
        it is a person who holds no office or role as a title and is not the person
        served; None otherwise."""
        if not 1 <= len(words) <= 4 or words[-1] not in _resolving_heads():
            return None
        m = _SERVED.match(self.text, found.end)
        if m is None:
            return None
        sentence = self._sentence_start(found.start)
        near = self._paragraph_subject(found.start, sentence)
        if near is None or _holds_role(near, office=False):
            return None
        served = self._named_at(m.end())
        if served is near or (
            served is None and near.name.split()[-1] in self.text[m.end() : m.end() + 60]
        ):
            return None
        return near

    def _topic_in_view(self, found: Found, words: list[str]) -> _Entity | None:
        """The person a definite descriptor the rules above left unresolved names
        when it is an office, an epithet or a race (*the senator*, *the shipping
        magnate*, *the careful candidate*: ``office_nouns.txt``,
        ``epithet_nouns.txt``, ``contest_nouns.txt``), an age, or an office held
        before (*the former secretary*: :func:`_office_heads`), in at most four
        words: the person a pronoun there would be, when the text names that person
        more often than anybody else in the ``_TOPIC_REACH`` characters before it,
        named within a pronoun's reach and not in the descriptor's own sentence,
        not even by one word of the name (*Roe said the candidate lied*, *"Ana is
        wrong," said the 46-year-old*: neither is Ana Roe); never a place, a described body, a
        person whose titles clash with it (:func:`_role_clash`), nor, for an
        age, when that stretch gives another age or the person was last named
        before the paragraph before (an age fits nobody further back). The noun is
        read as printed: one with a capital (*the Mayor* of a novel, a character
        never named) is none of the lexicons'. None otherwise."""
        head = words[-1]
        if not 1 <= len(words) <= 4 or not (
            head in load("office_nouns")
            or head in load("epithet_nouns")
            or head in load("contest_nouns")
            or _AGE.fullmatch(head) is not None
            or (words[0].lower() == "former" and head in _office_heads())
        ):
            return None
        near = self.resolve_pronoun(found)
        if (
            near is None
            or near.kind is not _PERSON
            or not near.name[:1].isupper()
            or id(near) in self._described
            or self._is_place(near)
            or _role_clash(near, words)
        ):
            return None
        last = near.last_before(found.start)
        sentence = self._sentence_start(found.start)
        if (
            found.start - last > _PRONOUN_REACH
            or last >= sentence
            or _name_word_in(self.text[sentence : found.start], near.name)
        ):
            return None  # ("'Tom is a fine man,' said the 46-year-old": not Tom Hale)
        floor = max(0, found.start - _TOPIC_REACH)
        if _AGE.fullmatch(head) is not None and (
            _another_age(self.text, floor, found.start, head)  # "Ana Roe, 31, ..."
            or last <= _paragraph_before(self.text, paragraph_start(self.text, found.start), floor)
        ):
            return None  # an age somebody else was given, or said of nobody near
        mentions = self._through(found.start)
        lo = bisect.bisect_left(mentions, floor, key=_position)
        hi = bisect.bisect_left(mentions, found.start, key=_position)
        counts = collections.Counter(
            id(e)
            for _, e, _ in mentions[lo:hi]
            if e.kind is _PERSON
            and not _club_name(e.name)  # (no club: "as Lynmouth United manager")
        )
        most = counts.most_common(2)
        if not most or most[0][0] != id(near) or (len(most) == 2 and most[1][1] == most[0][1]):
            return None
        return near

    def _untitled_in_view(self, found: Found, held: _Entity) -> _Entity:
        """The person a descriptor of a public office (*the senator*;
        ``lexicons/office_nouns.txt``) names when the holder of
        that title chosen by its head noun, ``held``, is named neither in the
        descriptor's paragraph nor in the one before, while that paragraph, before
        the descriptor's sentence, names one person alone, its first subject, who
        holds no office or role as a title (*Sen. Roe* named far back, then *Hale
        rallied his volunteers. Walking in, the senator said ...*: Hale); else
        ``held``."""
        if _role_head(found.text)[0] not in load("office_nouns"):
            return held  # a public office only (not "the old servant" of a novel)
        text = self.text
        paragraph = paragraph_start(text, found.start)
        if paragraph < 0 or held.last_before(found.start) > _paragraph_before(
            text, paragraph, max(0, paragraph - PARAGRAPH_REACH)
        ):
            return held
        sentence = self._sentence_start(found.start)
        near = self._sole_person(found.start)
        if (
            near is None
            or near is held
            # (a description the registry keeps as a person, "the 55-year-old")
            or not near.name[:1].isupper()
            or near.name.split()[0].lower() in load("descriptor_articles")
            or near.last_before(found.start) >= sentence
            or near.last_before(found.start) <= paragraph
            or _holds_role(near, office=True)
            or near is not self._paragraph_subject(found.start, sentence)
        ):
            return held
        return near

    def _unheld_role(self, words: list[str]) -> bool:
        """True when ``words`` (a definite descriptor without its article) name a
        public office (``lexicons/office_nouns.txt``: *minority leader*, *the
        justice*) or an epithet (``lexicons/epithet_nouns.txt``: *the hotel
        tycoon*) that nobody in the article holds as a title, printed in full or
        short (*Sen.* for *senator*), with at most two modifiers before it, each a
        lower-case word, a nationality or a body's word (*the Senate minority
        leader*, *the Russian leader*, *the billionaire hotel tycoon*). A holder
        whose titles lack a modifier that tells holders apart (a capitalised one, or
        one of :func:`_distinguishing_words`) does not hold it: *the Senate
        minority leader* is not *Majority Leader Ana Roe*, whom
        :meth:`_by_role_head` refused for it."""
        head = words[-1]
        if not 1 <= len(words) <= 3 or not _lower_word(head):
            return False
        if head not in load("office_nouns") and head not in load("epithet_nouns"):
            return False
        short = load_table("role_synonyms").get(head, "").rsplit(None, 1)[-1:]
        wanted = _wanted_modifiers(words, _role_head(" ".join(words))[1], headline=False)
        if any(
            _titles_hold(e, wanted)
            for h in (head, *short)
            for e in self._people(self._by_head.get(h, {}))
        ):
            return False  # somebody holds it: _by_role_head's choice, or none
        return all(
            _lower_word(w) or _demonym(w) or (w[:1].isupper() and w.lower() in _body_words())
            for w in words[:-1]
        )

    def _contest_holder(self, found: Found) -> _Entity | None:
        """The person a descriptor of someone running for office (:func:`_contest_descriptor`)
        names: the one person the paragraph names, else the person a pronoun there
        would be; failing that, or when that person is named earlier in the
        descriptor's own sentence (*Ruiz said the candidate could win* is not Ruiz),
        the person named last before it who was given a contest noun as a title
        before it (*Democratic nominee Ana Roe*, *Ana Roe, the candidate,*); None
        when there is none."""
        sentence = self._sentence_start(found.start)
        parties = _parties(found.text.split())
        if any(w.lower().startswith("vice") for w in found.text.split()):
            # "the vice-presidential nominee": never the head of the ticket.
            return self._running_mate(found, sentence, parties)
        near = self._near_person(found, sentence)
        if near is not None and not _party_clash(parties, near) and not _private(near):
            return near
        best, best_at = None, -1
        for noun in load("contest_nouns"):
            for e in self._people(self._by_head.get(noun, {})):
                at = e.last_before(found.start)
                if (
                    best_at < at < sentence
                    and self._titled_before(e, noun, found.start)
                    and not _party_clash(parties, e)
                ):
                    best, best_at = e, at
        if best is None:
            # "Ana Roe called on Tom Lee to quit. / 'He must go,' the Republican
            # nominee said": two people named, the first one the subject.
            best = self._paragraph_subject(found.start, sentence)
            if best is not None and (_party_clash(parties, best) or _private(best)):
                best = None
        if best is None and parties:
            best = self._party_tagged(parties, found.start, sentence)
        return best

    def _party_tagged(self, parties: frozenset[str], end: int, sentence: int) -> _Entity | None:
        """The person named last before ``sentence`` (and within
        ``_INTRODUCTION_REACH`` of ``end``) whose titles name one of ``parties`` and
        no other (*Rep. Ana Roe (D-Ohio)* for *the Democrat* after *Tom Lee
        (R-Ohio)*); None when there is none."""
        best, best_at = None, max(-1, end - _INTRODUCTION_REACH)
        for e in self.entities:
            if e.kind is not _PERSON or not e.titles:
                continue
            held = _parties(w for t in e.titles for w in t.split())
            if not held or not held <= parties:
                continue
            at = e.last_before(end)
            if best_at < at < sentence:
                best, best_at = e, at
        return best

    def _running_mate(self, found: Found, sentence: int, parties: frozenset[str]) -> _Entity | None:
        """The person a running mate's descriptor (*the vice-presidential nominee*)
        names: the person in view (:meth:`_near_person`, else the first subject the
        paragraph names: :meth:`_paragraph_subject`), when no title of theirs is
        an office or a race above it (*president*, *presidential* without *vice*) and
        no party clashes; None otherwise."""
        near = self._near_person(found, sentence) or self._paragraph_subject(found.start, sentence)
        if near is None or _party_clash(parties, near):
            return None
        for title in near.titles:
            words = _norm(title).replace("-", " ").split()
            if "vice" not in words and ("president" in words or "presidential" in words):
                return None
        return near

    def _in_view(self, found: Found, sentence: int, words: list[str]) -> _Entity | None:
        """The person in view at a descriptor: the one person the paragraph names,
        else the person a pronoun there would be, named before the descriptor's
        ``sentence``; failing that, the first person the paragraph names
        (:meth:`_paragraph_subject`); never a titled member of a party other than
        one ``words`` name. None when there is none."""
        near = self._near_person(found, sentence) or self._paragraph_subject(found.start, sentence)
        if near is None or _party_clash(_parties(words), near):
            return None
        return near

    def _near_person(self, found: Found, sentence: int) -> _Entity | None:
        """The one person the paragraph names before a descriptor ``found``, else the
        person a pronoun there would be, when named before the descriptor's
        ``sentence`` (where it starts); None otherwise."""
        near = self._sole_person(found.start) or self._salient_person(found)
        if near is None or near.last_before(found.start) >= sentence:
            return None
        return near

    def _paragraph_subject(self, end: int, sentence: int) -> _Entity | None:
        """The first sentence subject named in ``end``'s paragraph before ``sentence``
        (where ``end``'s sentence starts) or, when that stretch names nobody, in the
        paragraph before, if it is a person not named again in ``end``'s sentence;
        None otherwise. Read no further back than a pronoun looks."""
        text = self.text
        floor = max(0, end - _PRONOUN_REACH)
        paragraph = text.rfind("\n", floor, sentence)
        mentions = self._through(sentence)
        at = bisect.bisect_left(mentions, sentence, key=_position)
        lo = bisect.bisect_right(mentions, paragraph, key=_position)
        if lo == at and paragraph > floor:
            lo = bisect.bisect_right(
                mentions, _paragraph_before(text, paragraph, floor), key=_position
            )
        named = mentions[lo : min(at, lo + _SUBJECT_SCAN)]
        for i, (pos, e, _) in enumerate(named):
            if pos < floor or e.kind is not _PERSON or id(e) in self._gone or self._is_place(e):
                continue
            if _after_place_word(text, pos):
                continue  # "an attack in New York City": a place, read as a name
            if i + 1 < len(named) and named[i + 1][1] is not e:
                # "Ana Roe and Tom Hale met": two people first, neither is meant.
                after = text[pos : named[i + 1][0]]
                if after.endswith(" and ") and after.count(" ") <= _PAIR_WORDS:
                    return None
            return None if e.last_before(end) >= sentence else e
        return None

    def _describe(self, entity: _Entity) -> None:
        """Mark a name read as a person's that the text describes as a body
        (:func:`_described_body`) as nobody *he* or *she* may stand for, unless it
        opens with a given name or holds a title (*Mrs. Clinton, which ...*: the
        relative goes with another noun)."""
        if entity.kind is not _PERSON or entity.titles:
            return
        if entity.name.split(None, 1)[0].casefold() in load_table("given_names"):
            return
        self._described.add(id(entity))

    def _titled_before(self, entity: _Entity, head: str, end: int) -> bool:
        """True when a title of ``entity`` whose head noun is ``head`` is printed
        before ``end`` (a title the article gives only later introduces nobody)."""
        return any(
            _role_head(t)[0] == head and 0 <= self._first_printed(t) <= end - len(t)
            for t in entity.titles
        )

    def _first_printed(self, title: str) -> int:
        """Where ``title`` is first printed in the text (-1 if nowhere), found once per
        title: each descriptor asking would otherwise read the text from its start."""
        at = self._printed.get(title)
        if at is None:
            at = self._printed[title] = self.text.find(title)
        return at

    def _sentence_start(self, at: int) -> int:
        """Where the sentence of ``at`` starts (read back at most ``_SENTENCE_REACH``
        characters, and never past a line break)."""
        text = self.text
        opening = max(text.rfind("\n", max(0, at - _SENTENCE_REACH), at), at - _SENTENCE_REACH)
        stop = last_sentence_end(text, opening + 1, at)
        return (stop if stop is not None else opening) + 1

    def _salient_person(self, found: Found) -> _Entity | None:
        """The person a pronoun at ``found`` would be (the salient subject, the
        speaker of the quotes before), when the paragraph names them before
        ``found``; None for a body, or a person named only further back."""
        held = self.resolve_pronoun(found)
        paragraph = paragraph_start(self.text, found.start)
        if held is None or held.kind is not _PERSON or held.last_before(found.start) <= paragraph:
            return None
        return held

    def _sole_person(self, end: int) -> _Entity | None:
        """The one person named from the start of ``end``'s paragraph to ``end``, or,
        when that stretch names nobody, the one the paragraph before names; None when
        anybody else (a person or a body) is named there, or when that person was
        last named further back than a pronoun looks."""
        text = self.text
        paragraph = paragraph_start(text, end)
        mentions = self._through(end)
        at = bisect.bisect_left(mentions, end, key=_position)
        lo = bisect.bisect_right(mentions, paragraph, key=_position)
        named = [m for m in mentions[lo:at] if not _in_credit(text, m[0])]
        if not named:
            # (a photo credit's line between is passed over: "Mira Tolk via Getty
            # Images." names nobody the story is about)
            last = at - 1
            while last > 0 and _after_the(text, mentions[last][0]):
                last -= 1  # (an event named after the person: "won the Harbor Open")
            while last >= 0 and _in_credit(text, mentions[last][0]):
                last -= 1
            if paragraph < 0 or last < 0:
                return None
            held = mentions[last][1]
            if self._sole_person_paragraph(held, paragraph, end) == paragraph:
                return None
        else:
            held = named[0][1]
            if _another_named(text, named, held):
                return None
        if held.kind is not _PERSON or end - held.last_before(end) > _PRONOUN_REACH:
            return None  # (as far back as a pronoun looks, no further)
        return held

    def _sole_person_paragraph(self, held: _Entity, paragraph: int, end: int) -> int:
        """Where the paragraph before the one that opens after ``paragraph`` (a
        newline) begins, when every name from there to ``end`` is ``held``'s and
        that paragraph names ``held``; else ``paragraph`` itself. A photo credit's
        line (:func:`_in_credit`) is no paragraph here, and its names are nobody's:
        *Ana Roe won.* / *Jo Brae via Getty Images.* / *"...," the 40-year-old said*
        looks back to the paragraph that names Ana Roe."""
        text = self.text
        floor = max(0, paragraph - PARAGRAPH_REACH)
        before = _paragraph_before(text, paragraph, floor)
        while before >= 0 and _in_credit(text, before + 1):
            before = _paragraph_before(text, before, floor)
        mentions = self._through(end)
        lo = bisect.bisect_right(mentions, before, key=_position)
        hi = bisect.bisect_left(mentions, end, key=_position)
        named = [m for m in mentions[lo:hi] if not _in_credit(text, m[0])]
        if (
            named
            and named[0][1] is held
            and not _another_named(text, named, held)
            and named[0][0] < paragraph
        ):
            return before
        return paragraph

    def _spoken_for(self, found: Found) -> _Entity | None:
        """The body a spokesperson speaks for when the descriptor names it by its
        kind: *a spokesman for the company* (or *from the company*) after *Acme Corp*
        is Acme Corp (see :meth:`_body_named`); None for any other descriptor."""
        words = found.text.split()
        for i in range(1, len(words) - 2):
            if words[i].lower() in load("spokesperson_nouns") and words[i + 1] in ("for", "from"):
                body = " ".join(words[i + 2 :])
                at = found.end - len(body)
                return self._body_named(
                    _new_found(
                        start=at, end=found.end, text=body, kind=_DESCRIPTOR, head=body, title=""
                    )
                )
        return self._modifier_body(found, words)

    def _modifier_body(self, found: Found, words: list[str]) -> _Entity | None:
        """The body a spokesperson speaks for when the one word before the noun is a
        body's noun (``lexicons/body_nouns.tsv``): *a company spokesman* after *Acme
        Corp*, *a department spokesperson* after *the Department for Transport*,
        named back as *the company* is (:meth:`_body_named`, with its guards). None
        for any other descriptor: a capitalised modifier (*a Roe spokesman*), a
        modifier of two words (*a Roe campaign spokesman*), or no such body before."""
        if (
            len(words) != 3
            or words[0].lower() not in ("a", "an", "the")
            or words[2].lower() not in load("spokesperson_nouns")
            or not _lower_word(words[1])
        ):
            return None
        at = found.start + len(words[0]) + 1
        return self._body_named(
            _new_found(
                start=at,
                end=at + len(words[1]),
                text=f"the {words[1]}",
                kind=_DESCRIPTOR,
                head=words[1],
                title="",
            )
        )

    def _introduced_as(self, found: Found) -> _Entity | None:
        """The person a definite descriptor names because the article introduced
        them with its noun or age: *the astronaut* after *astronaut Karl Reiter* or
        *Karl Reiter, an astronaut,*; *the 34-year-old* after *Tariq Aziz, 34,* or
        *34-year-old Tariq Aziz*. The last such introduction in the
        ``_INTRODUCTION_REACH`` characters before it wins; None when there is
        none, when it lacks a modifier of the descriptor that tells one holder of
        a role from another (*prime*, *foreign*), or its name is nobody the
        registry knows."""
        words = found.text.split()
        if len(words) < 2 or words[0].lower() not in load("descriptor_articles"):
            return None
        head = words[-1].lower()
        age = _AGE.fullmatch(head)
        if age is None and not _elect_head(head):
            last = self._last_noun_introduction(head, found.start)
            if last is None and len(words) > 2:
                # "Rovers manager Phil Drury ... the Rovers boss": a noun for the
                # office's kind (lexicons/office_kinds.tsv) names the last person
                # introduced with one of its one-word offices whose words hold the
                # descriptor's modifiers ("City manager Ian Holt" is not the Rovers boss).
                found_at = (
                    self._last_noun_introduction(o, found.start) for o in _offices_of_kind(head)
                )
                last = next(
                    (
                        m
                        for m in sorted(
                            (m for m in found_at if m is not None), key=_match_start, reverse=True
                        )
                        if self._holds_wanted(words, found.text, m)
                    ),
                    None,
                )
        else:
            patterns = _introduction_pattern(head)
            if patterns is None:
                return None
            last = self._last_introduction(
                *patterns, found.start, None if age is None else age.group(1)
            )
        if last is None:
            return self._introduced_with_body(found, words) if age is None else None
        # "the prime minister" is not "Foreign Minister Anna Berg" (see _by_role_head).
        if not self._holds_wanted(words, found.text, last):
            return None
        name = next(g for g in last.groups() if g is not None)
        # "Astronaut Karl Reiter" may be the name the registry holds, title and all.
        return self.match_name(name, _PERSON, before=found.start) or self.match_name(
            last.group(0), _PERSON, before=found.start
        )

    def _unnamed_since(self, found: Found, held: _Entity) -> bool:
        """True when, since the last mention of ``held`` before the definite
        descriptor ``found``, the article brought in an unnamed holder of its head
        noun (*a*, *an* or *another*, up to three lower-case words and the noun, in a
        sentence that names no person): *Coach Ian Holt ... A specialist in knee
        injuries said ... the specialist said* is that specialist, not the coach.
        The unnamed one is the nearer and the commoner reading in news."""
        words = found.text.split()
        if len(words) < 2 or words[0].lower() != "the":
            return False
        head = words[-1].lower()
        if not head.isalpha():
            return False
        since = held.last_before(found.start)
        text = self.text
        # (The holder's pattern prints the noun in lower case: a plain find says
        # whether it can match, with no copy of the text made per descriptor.)
        if since < 0 or text.find(head, since, found.start) < 0:
            return False
        for m in _unnamed_holder(head).finditer(text, since, found.start):
            lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            stop = _CLAUSE_STOP.search(text, m.end())
            hi = found.start if stop is None else min(stop.end(), found.start)
            if not any(
                e.kind is _PERSON
                and id(e) not in self._gone
                and bisect.bisect_left(e.positions, lo) < bisect.bisect_left(e.positions, hi)
                for e in self.entities
            ):
                return True
        return False

    def _introduced_with_body(self, found: Found, words: list[str]) -> _Entity | None:
        """The person a definite descriptor's head noun names when the article gave
        them an office of that noun with its body before their name, the shape of
        agency copy: *the envoy* after *the special envoy of the Lake Union, the
        former premier Ruth Okonjo*, *the commander* after *The commander of the
        Northern Group Pavel Drozin*. The name is the first person the registry
        read after the noun and *of*, *for* or *to* in that clause
        (:data:`_BODY_BEFORE_NAME`), not one a title word stands right before with no
        comma between (*the envoy of President Ana Roe* is not Ana Roe). None when
        the reach holds two such people, when the introduction lacks the
        descriptor's distinguishing modifiers, or when none is found."""
        head = words[-1].lower()
        if not _hinted(head):
            return None
        lo = max(0, found.start - _INTRODUCTION_REACH)
        text = self.text
        if not _office_may_match(text, head, lo, found.start):
            return None  # (and the office's pattern is not compiled)
        wanted = _wanted_modifiers(words, _role_head(found.text)[1], headline=False)
        people: list[_Entity] = []
        for m in _office_with_body(head).finditer(text, lo, found.start):
            person = self._named_after_office(m.end(), found.start)
            if person is None:
                continue
            held = _norm(text[max(lo, m.start() - 60) : m.end()]).split()
            if any(w not in held for w in wanted):
                continue
            if person not in people:
                people.append(person)
        return people[0] if len(people) == 1 else None

    def _named_after_office(self, at: int, end: int) -> _Entity | None:
        """The first person mentioned after an office's noun and preposition (read
        from ``at``, before ``end``) whose name the words between may lead to
        (:data:`_BODY_BEFORE_NAME`): a body's words, then the name or a comma and a
        second title and the name; not a name a title word stands right before
        with no comma, nor an owner's (*'s*)."""
        text = self.text
        stop = _CLAUSE_STOP.search(text, at, min(end, at + 160))
        hi = stop.start() if stop is not None else min(end, at + 160)
        found: list[tuple[int, _Entity]] = []
        for e in self.entities:
            if e.kind is not _PERSON or id(e) in self._gone:
                continue
            i = bisect.bisect_left(e.positions, at)
            if i < len(e.positions) and e.positions[i] < hi:
                found.append((e.positions[i], e))
        for pos, e in sorted(found, key=lambda p: p[0]):
            gap = text[at:pos]
            if _BODY_BEFORE_NAME.fullmatch(gap) is None or gap.endswith(("the ", "The ")):
                continue  # (a name right after "the" is a body's: "of the State Gallery")
            before = _words_before(text, pos)
            if "," not in gap and before and before[-1] in _role_or_title_words():
                continue  # "the envoy of President Ana Roe": the office's owner
            if _OWNER_NAME.match(text, pos) is not None:
                continue  # "the envoy of Ana Roe's government"
            return e
        return None

    def _last_introduction(
        self,
        pattern: regex.Pattern[str],
        hint: regex.Pattern[str] | None,
        end: int,
        age: str | None = None,
    ) -> regex.Match[str] | None:
        """The last match of an introduction ``pattern`` in the
        ``_INTRODUCTION_REACH`` characters before ``end``. ``hint`` (a noun's
        pattern only) is what the pattern's first and third forms must hold, and the
        second form needs *, a*, *, an* or *, the* in the reach: when neither is
        there the slow pattern is not run. An ``age``'s pattern (*47* for *the
        47-year-old*) is run only around where the number is printed
        (:func:`_age_spans`), with the same last match. A paragraph that repeats one
        descriptor (*the mayor called it …*) then reads for each quote only the
        text since the one before (:meth:`_may_introduce`), and the noun's pattern
        reads only the text past what the quote before read
        (:func:`_last_match_carried`)."""
        lo = max(0, end - _INTRODUCTION_REACH)
        text = self.text
        if age is not None:
            # An age's pattern has no hint: it is matched only where its number is.
            return _last_match_in(pattern, text, _age_spans(text, age, lo, end))
        if hint is not None and not self._may_introduce(hint, lo, end):
            return None
        return _last_match_carried(pattern, text, lo, end, self._introductions)

    def _holds_wanted(self, words: list[str], descriptor: str, last: regex.Match[str]) -> bool:
        """True when the introduction ``last`` holds each modifier of the descriptor
        that tells one holder of a role from another (see :meth:`_introduced_as`)."""
        held = _norm(last.group(0)).split()
        wanted = _wanted_modifiers(words, _role_head(descriptor)[1], headline=False)
        if any(m not in held for m in wanted):
            # "Kelso captain Rory Dunmore ... the Kelso captain", "Talvex chief
            # executive Rory Dunmore ... the Talvex chief executive": the body and the
            # role's first words printed right before the introduction's noun.
            held += _words_before(self.text, last.start())
            missing = [m for m in wanted if m not in held]
            if missing and not self._body_of_article(words, missing, held, last.start()):
                return False
        return True

    def _body_of_article(
        self, words: list[str], missing: list[str], held: list[str], at: int
    ) -> bool:
        """True when the modifiers ``missing`` from an introduction (at ``at``) are
        the name of the body or place the article is about: *Castlebridge United
        lost ... Head coach Tomas Varga ... the Castlebridge head coach said*. Each
        must be printed with a capital in the descriptor ``words``, be no nation's
        word (*the French coach*: ``lexicons/nations.tsv``) and be printed so in
        the reach before the introduction; and the introduction's own clause must
        hold no capitalised word but the descriptor's (*Rovers head coach Phil
        Drury* is another body's), and every other modifier must be ``held``
        there (*the former Castlebridge coach* is not the one the article names)."""
        text = self.text
        printed = {_norm(w).removesuffix("'s").removesuffix("’s"): w for w in words[1:-1]}
        if any(w not in held and w not in missing for w in printed):
            return False
        nations = load("nations")
        lo = max(0, at - _INTRODUCTION_REACH)
        for m in missing:
            word = printed.get(m, "")
            if not word[:1].isupper() or m in nations:
                return False
            word = word.removesuffix("'s").removesuffix("’s")
            hit = text.rfind(word, lo, at)
            size = len(word)
            while hit >= 0 and any(
                c.isalnum() for c in text[max(0, hit - 1) : hit] + text[hit + size : hit + size + 1]
            ):
                hit = text.rfind(word, lo, hit)  # (a word of its own, not "Castlebridges")
            if hit < 0:
                return False
        own = set(printed)
        line = text.rfind("\n", max(0, at - 80), at) + 1 or max(0, at - 80)
        for raw in reversed(text[line:at].split()):
            if not raw.rstrip("'’\"”")[-1:].isalnum():
                break  # (a clause's end, a quotation's closing mark after it too)
            if raw[:1].isupper() and _norm(raw) not in own:
                return False
        return True

    def _last_noun_introduction(self, head: str, end: int) -> regex.Match[str] | None:
        """:meth:`_last_introduction` for a noun ``head`` (not an age, not an
        *-elect* office), whose pattern is compiled only once a window could hold a
        match of it (:func:`_noun_may_match`, asked until it holds once per text):
        a fresh process compiles the patterns of the few nouns an article
        introduces someone with, not of every noun a descriptor ends on."""
        if not _hinted(head):
            return None
        lo = max(0, end - _INTRODUCTION_REACH)
        text = self.text
        start = lo
        if head not in self._introducible:
            known = self._no_noun_match.get(head)
            if known is not None and known[0] <= lo <= known[1]:
                if end <= known[1]:
                    return None
                # a match starting before this lies in the known stretch (a match
                # is at most three characters of the text per letter of the noun)
                start = max(lo, known[1] - 3 * len(head))
            spans = _plain_noun_spans(text, head, start, end)
            if spans is not None and not _noun_spans_may_match(text, head, spans):
                self._no_noun_match[head] = (lo, end)
                return None  # (the same answer as below, with no pattern compiled)
        hint = _noun_hint(head)
        assert hint is not None  # (a hinted noun has a hint)
        if not self._may_introduce(hint, lo, end):
            return None
        if head not in self._introducible:
            if not _noun_may_match(text, head, hint, start, end):
                self._no_noun_match[head] = (lo, end)
                return None
            self._introducible.add(head)
        patterns = _introduction_pattern(head)
        assert patterns is not None  # (a noun with a hint has a pattern)
        return _last_match_carried(patterns[0], text, lo, end, self._introductions)

    def _may_introduce(self, hint: regex.Pattern[str], lo: int, end: int) -> bool:
        """The fast test of :meth:`_last_introduction`: True when a match of
        ``hint`` or one of *, the*, *, a*, *, an* (the openers of an apposition)
        lies in ``text[lo:end]``.

        The last stretch found to hold none is kept per hint (``hint`` reads no
        character past its match, and the strings none but their own). A window
        inside it holds none; a window that starts in it and ends past it is read
        only from where a match could reach past the stretch's end (the longest
        match: :func:`_hint_reach`), so a descriptor asked for each quote of a dense
        run reads the text about once, not its 2,000 characters each time."""
        text = self.text
        known = self._no_introduction.get(hint)
        start = lo
        if known is not None and known[0] <= lo <= known[1]:
            if end <= known[1]:
                return False
            start = max(lo, known[1] - _hint_reach(hint) + 1)
        if (
            hint.search(text, start, end) is not None
            or text.find(", the ", start, end) >= 0
            or text.find(", a ", start, end) >= 0
            or text.find(", an ", start, end) >= 0
        ):
            return True
        self._no_introduction[hint] = (lo, end)
        return False

    def _office_equivalent(self, found: Found) -> _Entity | None:
        """The person a descriptor naming an office by what it is stands for
        (``lexicons/office_equivalents.tsv``: *the head of state* for a president
        or a king, *the head of government* for a prime minister or chancellor,
        *the head of the Foreign Ministry* for the foreign minister): the one person
        named before it who holds one of its titles, with no rank before it (not a
        vice president). A nation's word or a possessive after the article (*the
        French head of state*, *the country's head of government*) is read past; a
        nation's keeps the holders whose titles name it (else those whose titles
        name no nation). None when nobody or two people hold one (a summit of two
        presidents: *the head of state* says not which), or when the descriptor
        opens with no article. The mention reader stops at *of*: the words after it
        are read from the text."""
        words = found.text.split()
        if len(words) < 2 or words[0].lower() not in load("descriptor_articles"):
            return None
        start = found.start + len(words[0]) + 1
        nations = _nation_words()
        offices, lead = None, ""
        for pattern, titles in _office_equivalent_patterns():
            m = pattern.match(self.text, start, start + 96)
            if (
                m is not None
                and all(_norm(w) in nations or _norm(w).endswith("'s") for w in m.group(1).split())
                and _office_phrase_ends(self.text[m.end() : m.end() + 40])
            ):
                offices, lead = titles, m.group(1)
                break
        if offices is None:
            return None
        heads = {o.rsplit(None, 1)[-1] for o in offices}
        holders: dict[int, _Entity] = {}
        for head in heads:
            for e in self._people(self._by_head.get(head, {})):
                if e.last_before(found.start) >= 0 and any(
                    _title_is_office(t, offices) for t in e.titles
                ):
                    holders[id(e)] = e
        codes = _nations(lead)
        if codes:
            named = {i: e for i, e in holders.items() if any(codes & _nations(t) for t in e.titles)}
            holders = named or {
                i: e for i, e in holders.items() if not any(_nations(t) for t in e.titles)
            }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _introduced_with(self, entity: _Entity, noun: str) -> bool:
        """True when ``noun`` is printed before ``entity``'s first naming (see
        :meth:`_printed_before`), in any case: *Rookie quarterback Tom Hale* was
        introduced with *rookie*, a role and an epithet at once."""
        low = noun.lower()
        return any(w.lower() == low for w in self._printed_before(entity))

    def _printed_before(self, entity: _Entity) -> list[str]:
        """The words printed in the 40 characters before ``entity``'s first mention
        and in it up to its last word (*Conservative leader Tom* before *Hale*):
        the party words an introduction set before the name, which its titles drop;
        never past the start of the mention's sentence (*... for the Liberals. Tom
        Hale* prints no party before *Tom*).

        >>> r = _Registry("Conservative leader Tom Hale spoke.")
        >>> r._printed_before(_Entity(name="Tom Hale", kind=_PERSON, positions=[0]))
        ['Conservative', 'leader', 'Tom']
        """
        if not entity.positions:
            return []
        at = entity.positions[0]
        last = entity.name.rsplit(None, 1)[-1]
        end = self.text.find(last, at, at + 80)
        stop = last_sentence_end(self.text, max(0, at - 40), at)
        start = stop + 1 if stop is not None else max(0, at - 40)
        return self.text[start : end if end >= 0 else at].split()

    def _by_role_head(self, found: Found) -> _Entity | None:
        """The person a definite descriptor (*the*, *this*, *that* or a possessive,
        then modifiers and a head noun) refers back to: among the people named before
        it who were given a title, role or descriptor with that head noun, and whose
        titles hold each of the descriptor's distinguishing modifiers (*the prime
        minister* is not the foreign minister; *the former minister* may be), the
        one named last; None when there is none."""
        words = found.text.split()
        articles = load("descriptor_articles")
        headline = self._in_headline(found.start)
        # "Germany's finance minister": the country is held by a title naming it
        land = _land_possessive(words[0]) if len(words) > 1 else ""
        if headline:
            pass  # "Eastport mayor says ...": a headline drops its articles
        elif len(words) == 1:
            if not self._article_before(found):
                return None
        elif words[0].lower() not in articles and not land:
            return None
        head, modifiers = _role_head(found.text)
        printed_head, printed_modifiers = head, modifiers
        group = self._by_head.get(head) if head else None
        required: list[str] = []
        paired = load_table("role_synonyms").get(f"{modifiers[-1]} {head}") if modifiers else None
        if paired is not None and not any(
            _titles_hold(e, held)
            for held in [_wanted_modifiers(words, modifiers, headline=headline)]
            for e in self._people(self._holding(group or {}, held))
        ):
            # "the UN chief" after "UN Secretary-General Ana Roe": a generic head
            # read with the word before it, as a row of two words; the title's
            # words before its head are then all wanted (*police*, *un*).
            *required, head = paired.split()
            modifiers = modifiers[:-1]
            group = self._by_head.get(head)
        elif head in load_table("role_synonyms"):
            # "the pontiff" after "Pope Leo": the title the noun stands for; "the
            # governor" may be "Gov. Ana Roe" as well as "the former governor" (a
            # state before the noun is read as before, see below).
            *more, short = load_table("role_synonyms")[head].split()
            if not group:
                head, modifiers = short, (*more, *modifiers)
                group = self._by_head.get(short)
            elif not more and self._by_head.get(short) and not _descriptor_state(found.text):
                group = {**group, **self._by_head[short]}
        if not group and printed_head in self._by_kind:
            # "the lawmaker" after "Sen. Ana Roe", "the diplomat" after "Ambassador
            # Tom Lee": a noun for a kind of office names its holders.
            head, modifiers = printed_head, printed_modifiers
            group = self._by_kind[head]
        if not group:
            return None
        wanted = _wanted_modifiers(words, modifiers, headline=headline)
        # "the Florida senator": the state is checked on its own (see below).
        state = "" if headline else _descriptor_state(found.text)
        if state:
            wanted = [m for m in wanted if m not in state.split()]
        if land:
            wanted = [*wanted, land]
        wanted.extend(required)
        group = self._holding(group, wanted)
        if not headline:
            near = self._role_holder_in_reach(found, group, wanted, state)
            if near is not None:
                return near
        # A headline names ahead: the person the article names first after it.
        best, best_at = None, -len(self.text) - 1 if headline else -1
        stateless: list[_Entity] = []
        for e in self._people(group):
            at = -e.first_after(found.end) if headline else e.last_before(found.start)
            if at <= best_at or (headline and at == 1):
                continue
            if not _titles_hold(e, wanted):
                continue
            if state:
                states = _title_states(e.titles)
                if state not in states:
                    if not states and at >= 0:
                        stateless.append(e)
                    continue
            best, best_at = e, at
        if best is None and len(stateless) == 1:
            # "Sen. Ana Roe and Texas Sen. Tom Hale ... the Vermont senator": the one
            # holder of the noun whose titles name no state.
            best = stateless[0]
        return best

    def _holding(self, group: dict[int, _Entity], wanted: list[str]) -> dict[int, _Entity]:
        """The people of ``group`` whose titles may hold every word of ``wanted``
        (:func:`_titles_hold` is still asked of each): those with the word in a
        title, or with a title naming the nation the word stands for, looked up by
        word rather than by reading every holder's titles. ``group`` itself when
        nothing is wanted. *the Rovers manager* on every line, with many managers
        named and none of Rovers, costs a look-up, not the managers.

        >>> r = _Registry("Finance Minister Tom Hale met Spanish Foreign Minister Ana Roe.")
        >>> r._read_titles()
        >>> [e.name for e in r._holding(r._by_head["minister"], ["finance"]).values()]
        ['Tom Hale']
        >>> [e.name for e in r._holding(r._by_head["minister"], ["spaniard"]).values()]
        ['Ana Roe']
        """
        if not wanted:
            return group
        log = self._title_log
        for entity, title in log[self._title_words_read :]:
            key = id(entity)
            for word in _norm(title).split():
                self._title_words.setdefault(word, set()).add(key)
            for nation in _nations(title):
                self._title_codes.setdefault(nation, set()).add(key)
        self._title_words_read = len(log)
        phrase, table = _nation_phrase_words(" ".join(wanted)), _nation_words()
        ids: set[int] | None = None
        for word in wanted:
            held = self._title_words.get(word, set())
            code = phrase.get(word) or table.get(word)
            if code is not None:
                held = held | self._title_codes.get(code, set())
            ids = held if ids is None else ids & held
            if not ids:
                return {}
        assert ids is not None
        if len(ids) < len(group):
            return {key: group[key] for key in ids if key in group}
        return {key: e for key, e in group.items() if key in ids}

    def _role_holder_in_reach(
        self, found: Found, group: dict[int, _Entity], wanted: list[str], state: str
    ) -> _Entity | None:
        """:meth:`_by_role_head`'s answer when it was named in the
        ``_INTRODUCTION_REACH`` characters before ``found``: of the people of
        ``group`` mentioned in reach, latest named first, the first whose titles hold
        ``wanted`` (and ``state``, when given) is the one the plain scan keeps (every
        person not mentioned in reach was named before it); of two named at one
        position, the first in the registry's order. None when nobody in
        reach holds the role: the caller then scans ``group`` as before (the one
        stateless holder, or one named before the reach). A descriptor per line with
        many holders of its noun named costs the mentions in reach, not the group.
        """
        reach = max(found.start - _INTRODUCTION_REACH, 0)
        mentions = self._through(found.start)
        lo = bisect.bisect_left(mentions, reach, key=_position)
        hi = bisect.bisect_left(mentions, found.start, lo, key=_position)
        near = {
            id(e): e for _, e, _ in mentions[lo:hi] if id(e) in group and id(e) not in self._gone
        }
        # (each was named at or after ``reach``: its last mention before ``found`` is)
        ranked = sorted(near.values(), key=lambda e: (-e.last_before(found.start), e.seq))
        for e in ranked:
            if _titles_hold(e, wanted) and (not state or state in _title_states(e.titles)):
                return e
        return None

    def _named_after_lead(self, found: Found) -> _Entity | None:
        """The person a lead's descriptor of a role at a named body describes when the
        article names that person only after it (cataphora, the news lead's shape):
        *The chief executive of Harlow Foods said ...* then, in that paragraph or the
        next, *Harlow's chief executive, Ana Ruiz,*, *Ana Ruiz, the firm's chief
        executive,* or *Ida Berg, who leads the force,*. The descriptor opens with
        *the* or a named owner's possessive, no person is named before it, and it
        gives a body (*of* ..., an owner); the person is the first named after it
        whose title gives the same role words and the same body
        (:func:`_same_body`). A role with no body (*the spokesman*) ties nobody: two
        people may hold it."""
        words = found.text.split()
        if len(words) < 2 or (
            words[0].lower() != "the" and not _owner_possessive(words) and not _named_owner(words)
        ):
            return None
        role, body = _role_and_body(found.text)
        bodies = [body] if body else []
        of = _BODY_AFTER_ROLE.match(self.text, found.end)
        if of is not None and not body:
            # "The head" read short of "of the Western police force on Monday": the
            # capitals, then each of up to two lower-case words after them
            caps, lower = _norm(of[1]).split(), _norm(of[2]).split()
            bodies = [(*caps, *lower[:k]) for k in range(len(lower) + 1)]
        if not role or not bodies:
            return None
        if any(
            e.kind is _PERSON and id(e) not in self._gone and e.last_before(found.start) >= 0
            for e in self.entities
        ):
            return None  # not a lead: somebody is named before it (stops at the first)
        people = [e for e in self._people({id(e): e for e in self.entities}) if e.kind is _PERSON]
        breaks = [
            m.start() for m in itertools.islice(_LINE_BREAKS.finditer(self.text, found.end), 2)
        ]
        reach = breaks[1] if len(breaks) > 1 else len(self.text)  # the next paragraph's end
        later = sorted(
            (e.first_after(found.end), e.seq, e)
            for e in people
            if found.end <= e.first_after(found.end) < reach
        )
        for _, _, e in later:
            if any(
                r == role and any(_same_body(lead, b) for lead in bodies)
                for r, b in (_role_and_body(t) for t in e.titles)
            ):
                return e
        return None

    def _in_headline(self, pos: int) -> bool:
        """True when ``pos`` is in the article's headline: a first line with no
        full stop at its end, a blank line after it, or one line break after it when
        the line is short (:data:`_HEADLINE_LINE`: a byline or the lede printed on the
        next line, *Westbury coach: "..."* above *Westbury Rovers coach Tom Hale ...*).
        The headline's end is found once per article (a text with no line break
        was searched whole per call)."""
        end = self._headline_end
        if end < 0:
            line = self.text.find("\n")
            headline = (
                line > 0
                and (self.text.startswith("\n\n", line) or line <= _HEADLINE_LINE)
                and not self.text[:line].rstrip().endswith(".")
            )
            end = self._headline_end = line if headline else 0
        return 0 <= pos < end

    def _held_as_described(self, entity: _Entity, descriptor: str) -> None:
        """Give ``entity`` the role of ``descriptor`` (a definite description just
        resolved to them by who is in view, not by a title) as a title, so that a
        later descriptor goes back to them as a title's would (:meth:`_by_role_head`):
        *the independent Vermont senator* said of Bo Hale makes a later *the
        senator* Hale, and not *the Ohio senator* (the state is read from the
        role as from a title). Only a role whose head resolves descriptors
        (:func:`_resolving_heads`) is given; the article is left out."""
        words = descriptor.split()
        if entity.kind is _PERSON and _role_head(descriptor)[0] in _resolving_heads():
            entity.add_title(" ".join(words[1:]))

    def _read_titles(self) -> None:
        """Index the titles given to people since the last call."""
        for entity, title in self._title_log[self._titles_read :]:
            if entity.kind is not _PERSON:
                continue
            key = _norm(title)
            group = self._by_title.setdefault(key, {})
            if id(entity) not in group:
                group[id(entity)] = entity
                self._title_joins.setdefault(key, []).append(entity)
            head, modifiers = _role_head(title)
            if head in _resolving_heads():
                self._by_head.setdefault(head, {})[id(entity)] = entity
            for noun in _kinds_of(head, modifiers):
                self._by_kind.setdefault(noun, {})[id(entity)] = entity
            if _is_leader(title):
                for code in _nations(title):
                    self._leaders.setdefault(code, {})[id(entity)] = entity
        self._titles_read = len(self._title_log)

    def _article_before(self, found: Found, *, opening: bool = False) -> bool:
        """True when the word right before a one-word mention is an article, a
        demonstrative or a possessive (``lexicons/descriptor_articles.txt``): *this
        minister*, *That company*, read by the mention reader without it. With
        ``opening``, that word must also open its clause (no word right before it:
        *alleged that police ...* joins a clause, it points at no body)."""
        before = self.text[max(0, found.start - 16) : found.start].split()
        if not before or before[-1].lower() not in load("descriptor_articles"):
            return False
        return not opening or len(before) < 2 or not before[-2][-1].isalnum()

    def _body_named(self, found: Found) -> _Entity | None:
        """The organisation that a description of a body refers back to (*the company*
        after *Acme Corp*, *the ministry* after *the Foreign Ministry*): the one named
        last before it whose name holds a word that the description's head noun
        stands for (``lexicons/body_nouns.tsv``); None when there is none, when the
        description is not *the*, *its*, *this* or *that* and lower-case words, or
        when its noun, in lower case, comes again between that name and it (it may
        name another body)."""
        words = found.text.split()
        if len(words) == 1 and self._article_before(found, opening=True):
            words = ["this", *words]  # "This company said": read without its demonstrative
        if len(words) < 2 or words[0].lower() not in load("descriptor_articles"):
            return None
        outlets = load("outlet_nouns")
        if words[-1] in outlets or " ".join(words[-2:]) in outlets:
            # "the paper's editorial board": an outlet's noun may own its voice
            if not all(_lower_word(_possessor(w)) for w in words[1:-1]):
                return None
            return self._outlet_named(found)
        if not all(_lower_word(w) for w in words[1:-1]):
            return None
        # The noun may be capitalised as the body's own short name: "the Commission"
        # after "the European Commission".
        noun = words[-1] if _lower_word(words[-1]) else words[-1].lower()
        names = _body_names().get(noun)
        kinds = _kinds_named_by().get(noun)
        if names is None and kinds is None:
            return None
        best, best_at = None, -1
        if names is not None:
            best, best_at = self._last_body(names, found.start)
            weak = _people_words().get(noun)
            if best is not None and weak and not _names_people(best.name, names, weak):
                best, best_at = None, -1  # "the Football Association ... the union said"
            if best is None:
                best, best_at = self._unkinded_body(found.start, noun)
        if kinds is not None:
            # "Online retailer CartHub ... the company said": a name its kind
            # introduced, when no body named otherwise comes after it.
            kinded, at = self._kind_introduced(kinds, found.start)
            if kinded is not None and at > best_at:
                best, best_at = kinded, at
        if best is not None and names is not None:
            # "Norvex bought Halden Ltd. Norvex, which makes valves, said ... the
            # company said": a body named later as a sentence's subject, whose name
            # says no kind, is the one the paragraph is about, not the named kind
            # before it. Only a name typed a body: a bare word typed a person for want
            # of a kind may be a person's surname ("Okafor said").
            about, about_at = self._unkinded_body(found.start)
            if (
                about is not None
                and about.kind is _ORGANIZATION
                and about_at > best_at
                and self._mention_is_subject(about_at, about)
            ):
                best, best_at = about, about_at
        if best is None and noun in load("team_nouns"):
            return self._team_named(found.start)  # "The Hawks ... the club said"
        if best is None:
            # "Korlund Vasse said it would appeal. '...,' the company said": a
            # name read as a person's for want of a kind, that its sentence calls *it*.
            best, best_at = self._called_it(found.start)
            if best is not None:
                self._describe(best)  # (a body: no "he" or "she" stands for it)
        if best is None and names is not None:
            # "Noordgas said on Monday it would raise prices. ... the company said":
            # a one-word name opening its sentence is no mention of its own.
            best, best_at = self._opening_word_back(found.start)
        # "UnitedHealth Group ... the trade group for the insurers ... the group
        # wrote": the noun, in lower case in between, may name another body (not
        # in the apposition that gave the body its kind: "Harbour Watch, a group,").
        if best is None:
            return None
        # (read no further than a kind's name may run, as _kinded_in reads it: the
        # pattern's required words are otherwise looked for to the text's end, each
        # description again)
        own = _NAME_KIND.match(self.text, best_at, best_at + _KIND_NAME_SPAN)
        since = best_at if own is None else own.end()
        # "the energy company Noordgas ... the company had ... Noordgas said it
        # would appeal. '...,' the company said": the noun is read for another body
        # only after the body's own last mention, in its paragraph
        since = max(since, self._named_in_paragraph(best, found.start))
        if self._noun_again(words[-1], best, since, found.start):
            return None
        return best

    def _named_in_paragraph(self, entity: _Entity, end: int) -> int:
        """Where ``entity``'s last mention by name before ``end`` ends, when it is in
        the paragraph of ``end`` (the last 64 mentions read at most, then the name
        printed whole); -1 otherwise.

        >>> r = _Registry("Varnholt grew.\\n\\nVarnholt said it would appeal. It said so.")
        >>> body = _Entity(name="Varnholt", kind=_ORGANIZATION)
        >>> r._named_in_paragraph(body, 50), r._named_in_paragraph(body, 16)
        (24, -1)
        """
        paragraph = paragraph_start(self.text, end)
        mentions = self._through(end)
        at = bisect.bisect_left(mentions, end, key=_position)
        for pos, e, name_end in reversed(mentions[max(0, at - 64) : at]):
            if pos < paragraph:
                break
            if e is entity:
                return name_end
        # a one-word name opening its sentence is no mention of its own
        # ("Varnholt said it would appeal"): its name printed whole, as a word
        at = self.text.rfind(entity.name, paragraph, end)
        stop = at + len(entity.name)
        if (
            at >= 0
            and (at == 0 or not self.text[at - 1].isalnum())
            and (stop == len(self.text) or not self.text[stop].isalnum())
        ):
            return stop
        return -1

    def _called_it(self, end: int) -> tuple[_Entity | None, int]:
        """The name printed last before ``end``, in its paragraph or the one before,
        that is read as a person's only for want of a kind (:func:`_plain_name`: no
        title, no sex, no given name) and that its own sentence, as its subject, calls
        *it* (:func:`_it_follows`: *Korlund Vasse said it would appeal*, *Vanta Relief
        confirmed the release on its website*): a body, which *the company*, *the
        group* may name again. (None, -1) when a body's name comes first going back
        (the other readings of :meth:`_body_named` have weighed it) or none is found.

        >>> r = _Registry("Korlund Vasse said it would appeal. We are ready, the company said.")
        >>> r._called_it(50)[0].name
        'Korlund Vasse'
        >>> r = _Registry("Tomas Korlund said it would rain. We are ready, the firm said.")
        >>> r._called_it(50)
        (None, -1)
        """
        for pos, e, name_end in self._named_back(end, 64):
            if e.kind is _ORGANIZATION:
                break
            if (
                id(e) not in self._gone
                and _plain_name(e)
                and self._is_subject(pos, name_end)
                and _it_follows(self.text, name_end)
            ):
                return e, pos
        return None, -1

    def _opening_word_back(self, end: int) -> tuple[_Entity | None, int]:
        """The body that a one-word name opening a sentence names, in the paragraph of
        ``end`` or the one before, the last such sentence first (:meth:`_opening_word`:
        *Noordgas said on Monday it would raise prices.*), and where the name
        starts; the shape of business news that names a firm once, bare, then calls
        it *the company*. (None, -1) when no sentence there opens so."""
        paragraph = paragraph_start(self.text, end)
        floor = max(0, paragraph - PARAGRAPH_REACH)
        lo = _paragraph_before(self.text, paragraph, floor) if paragraph > 0 else -1
        at = end
        for _ in range(_OPENING_WORD_SENTENCES):
            start = self._sentence_start(at)
            if start <= lo or at < 0:
                break
            body = self._opening_word(start)
            if body is not None:
                return body, self._opening_at(start)
            at = start - 1
        return None, -1

    def _opening_word(self, at: int) -> _Entity | None:
        """The body named by one capitalised word opening the sentence of ``at``
        before a cue or issuing verb, that the sentence calls *it* (:func:`_it_follows`:
        *Velta said on Tuesday it would cut 200 jobs.*); None when the word is a
        given name, a time word, a common English word (Zipf
        :data:`COMMON_OPENER_ZIPF` or more: *Police said it*, *Officials*), or a
        person the text named before (*Okonkwo said it was over* after *Ada
        Okonkwo*).

        >>> r = _Registry("Velta said it would cut jobs. Police said it was calm.")
        >>> r._opening_word(3).name, r._opening_word(40)
        ('Velta', None)
        """
        start = self._opening_at(at)
        m = self._opening_cue(start, start + _SENTENCE_REACH)
        if m is None:
            return None
        word = m.group(1)
        low = word.casefold()
        if (
            word.isupper()
            or low in load_table("given_names")
            or low in load("time_words")
            or load_zipf().get(low, 0.0) >= COMMON_OPENER_ZIPF
            or not _it_follows(self.text, m.end(1))
            or self.match_name(word, _PERSON, before=start) is not None
        ):
            return None
        return self._body_named_at(word, start)

    def _named_back(self, end: int, most: int) -> Iterator[tuple[int, _Entity, int]]:
        """The mentions printed before ``end`` in its paragraph and the one before,
        ``most`` of them at most, the last printed first: where a description's
        body or team is looked for (:meth:`_called_it`, :meth:`_team_named`,
        :meth:`_unkinded_body`).

        >>> r = _Registry("Ana Roe met Tom Lee.\\n\\nJo Brae left.\\n\\nThe club said so.")
        >>> [e.name for _, e, _ in r._named_back(40, 64)]
        ['Jo Brae']
        """
        paragraph = paragraph_start(self.text, end)
        floor = max(0, paragraph - PARAGRAPH_REACH)
        lo = _paragraph_before(self.text, paragraph, floor) if paragraph > 0 else -1
        mentions = self._through(end)
        at = bisect.bisect_left(mentions, end, key=_position)
        for mention in reversed(mentions[max(0, at - most) : at]):
            if mention[0] <= lo:
                return
            yield mention

    def _noun_again(self, noun: str, body: _Entity, start: int, end: int) -> bool:
        """True when ``noun`` comes again between ``start`` and ``end`` and may name
        another body than ``body``: with words of its own before it (*UnitedHealth
        Group ... the trade group for the insurers ... the group wrote*), or with
        another body or one-word name printed since ``start`` that the noun may stand
        for, in the body's sentence or a later one (:func:`_may_be_the_noun`: not
        *Air Line Pilots Union* nor the bare *Skyvale* for *the airline* after *Skyvale
        Airways*). A bare description after *the*, *its*, *this* or *that*
        (:func:`_bare_description_at`) with no such name before it names that
        body again (*Members of Acme Co-op will pay less, the cooperative's board
        said. ... The cooperative said*), as the one being resolved does."""
        at = self.text.find(" " + noun, start, end)
        while at >= 0:
            if not _bare_description_at(self.text, at, start):
                return True
            # in a later sentence than the body's name, a rival printed after the
            # noun counts too (*Theranos ... the company's value ... Bloomberg says
            # ... The company says*): the text has moved on to more than one body
            later = last_sentence_end(self.text, start, at) is not None
            stop = end if later else at
            if later and self._lone_rival(body, start, stop):
                return True
            mentions = self._through(stop)
            lo = bisect.bisect_right(mentions, start, key=_position)
            hi = bisect.bisect_left(mentions, stop, key=_position)
            if any(
                e is not body and _may_be_the_noun(e, noun, body) for _, e, _ in mentions[lo:hi]
            ):
                return True
            at = self.text.find(" " + noun, at + 1, end)
        return False

    def _lone_rival(self, body: _Entity, start: int, stop: int) -> bool:
        """True when a lone capitalised word that names no entity is printed between
        ``start`` and ``stop`` (:attr:`_lone_at`), neither a word of ``body``'s name
        nor a common English word (``word_frequency.tsv``): *Brightwell raised its
        forecast, and the company's shares rose*. Read off the rows' starts, sorted
        once per registry."""
        starts = self._lone_starts
        if starts is None:
            starts = self._lone_starts = sorted(self._lone_at)
        mentions = self._through(stop)
        named = {p for p, _, _ in mentions[bisect.bisect_right(mentions, start, key=_position) :]}
        own = set(body.name.split())
        zipf = load_zipf()
        for at in starts[bisect.bisect_right(starts, start) : bisect.bisect_left(starts, stop)]:
            head = self._lone_at[at][3]
            if (
                at not in named
                and head not in own
                # (each part of a hyphened word: *Ninety-six* is no name)
                and not all(
                    zipf.get(part, 0.0) >= _COMMON_WORD_ZIPF for part in head.lower().split("-")
                )
            ):
                return True
        return False

    def _mention_is_subject(self, pos: int, entity: _Entity) -> bool:
        """True when ``entity``'s mention at ``pos`` is its sentence's subject, read as
        every mention is (:meth:`_is_subject`, :func:`_subject_at` of the name printed
        there): *Norvex reported a loss*, *..., Norvex said*; not a body named inside a
        sentence about another (*a deal with Norvex*). False when ``entity`` has no
        mention at ``pos``.

        >>> r = _Registry("Norvex grew. A deal with Dalvik was signed.")
        >>> norvex = _Entity(name="Norvex", kind=_ORGANIZATION)
        >>> dalvik = _Entity(name="Dalvik", kind=_ORGANIZATION)
        >>> r._mention(0, norvex, subject=6); r._mention(25, dalvik, subject=31)
        >>> r._mention_is_subject(0, norvex), r._mention_is_subject(25, dalvik)
        (True, False)
        """
        mentions = self._through(pos)
        at = bisect.bisect_left(mentions, pos, key=_position)
        for p, e, subject in mentions[at:]:
            if p != pos:
                break
            if e is entity:
                return self._is_subject(p, subject)
        return False

    def _team_named(self, end: int) -> _Entity | None:
        """The sports team a description of a club or team (``team_nouns.txt``)
        refers back to when no body's name says its kind: the name printed last
        before ``end``, in its paragraph or the one before, after *the* and ending
        in a plural word (*The Daegu Hawks sacked their coach. In a statement, the
        club said*), which no person's name is; None when the name printed last
        is another, or when two teams are named there (*the Hawks beat the
        Lights*: either may be *the club*).

        >>> r = _Registry("The Daegu Hawks sacked Ana Roe.\\n\\nThe club said so.")
        >>> r._team_named(38).name
        'Daegu Hawks'

        A British or Irish club's name needs no *the* nor a plural when its last word
        is a club's (``club_suffixes.txt``: *Kingsmere Rovers*, *Portlane Athletic*,
        :func:`_club_name`).
        """
        team: _Entity | None = None
        for pos, e, _ in self._named_back(end, _TEAM_REACH):
            last = e.name.rsplit(None, 1)[-1]
            if (
                e.kind is _PERSON
                and not e.titles
                and (
                    (
                        _TEAM_PLURAL.fullmatch(last) is not None
                        and self.text[max(0, pos - 4) : pos].lower() == "the "
                    )
                    or _club_name(e.name)
                )
                and id(e) not in self._gone
            ):
                if team is not None and team is not e:
                    return None  # two teams named (a match's report): the noun says not which
                team = e
        return team

    def _outlet_named(self, found: Found) -> _Entity | None:
        """The newspaper or magazine that a description of an outlet or of its voice
        (*the paper*, *the editorial board*, *the column*: ``lexicons/outlet_nouns.txt``)
        refers back to: the outlet named last within :data:`_DOCUMENT_REACH`
        characters before it, a body whose name holds a newspaper's last word (*the
        Daily Herald*) or a name printed with an outlet noun (*the national Kobe
        Shimbun newspaper*, *The Valley Ledger, the state's largest newspaper,*, *the
        editors of The Beacon*); None when there is none. Where the text names who
        wrote the thing the description names (*Ana Roe wrote a column*, *a paper by
        Ana Roe*: :meth:`_document_issuer`), the writer is meant instead.

        Unlike other bodies, the noun printed again in between does not stop the
        search: the outlet's voice is named by the same nouns as the outlet."""
        author = self._document_issuer(found)
        if author is not None:
            return author  # "Ana Roe wrote a column ... the column said": the writer
        best, best_at = None, -1
        for e in {
            id(e): e for w in _body_names().get("newspaper", ()) for e in self._bodies.get(w, ())
        }.values():
            at = e.last_before(found.start)
            if at > best_at:
                best, best_at = e, at
        last = _last_of(
            _OUTLET_NAMED, self.text, max(0, found.start - _DOCUMENT_REACH), found.start
        )
        if last is None or last.start(last.lastgroup or 0) <= best_at:
            return best
        at = last.start(last.lastgroup or 0)
        name = last.group(last.lastgroup or 0)
        if name.casefold() in load("time_words") or (
            name.split(None, 1)[0].casefold() in load_table("given_names")
        ):
            return best  # "the Sunday paper", "Ana Roe, the paper's editor": no outlet
        entity = self.match_name(name, _ORGANIZATION, before=at)
        if entity is None:
            entity = _Entity(name=name, kind=_ORGANIZATION)
            self._add(entity)
        return entity

    def _kind_introduced(self, kinds: frozenset[str], end: int) -> tuple[_Entity | None, int]:
        """The body whose name came last before ``end`` right after one of ``kinds``
        (*retailer CartHub*, *Budget carrier SkyWren*: ``lexicons/body_kinds.tsv``),
        within :data:`_KIND_REACH` characters, as an organisation, and where its name
        starts; (None, -1) when there is none. The text is read in blocks, each once
        and only when a mention asks for it, so a long document of many articles is not
        scanned whole for one *the company*."""
        pos, name = -1, ""
        lo = max(0, end - _KIND_REACH)
        for block in range(lo // _KIND_BLOCK, end // _KIND_BLOCK + 1):
            for at, kind, got in self._kinded_in(block):
                if at >= end:
                    break
                if at >= lo and kind in kinds:
                    pos, name = at, got
        if pos < 0:
            return None, -1
        entity = self.match_name(name, _ORGANIZATION, before=pos)
        if entity is None:
            entity = _Entity(name=name, kind=_ORGANIZATION)
            self._add(entity)
        return entity, pos

    def _kinded_in(self, block: int) -> list[tuple[int, str, str]]:
        """The names right after a body's kind whose kind word starts in the text's
        ``block``-th stretch of :data:`_KIND_BLOCK` characters: (where the name starts,
        the kind, the name), read once (a name may run on past the stretch). Together
        the blocks hold what one scan of the whole text finds, wherever a kind and its
        name are shorter than :data:`_KIND_NAME_SPAN` (``tests/test_wire_names.py``)."""
        got = self._kinded.get(block)
        if got is None:
            text = self.text
            a, b = block * _KIND_BLOCK, (block + 1) * _KIND_BLOCK
            got = self._kinded[block] = []
            # (From a little before the stretch: a match that starts there and runs into
            # it is skipped as the whole text's scan would, not read again from within.)
            for m in _KIND_NAME.finditer(
                text, max(0, a - _KIND_NAME_SPAN), min(len(text), b + _KIND_NAME_SPAN)
            ):
                if m.start() < a:
                    continue
                if m.start() >= b:
                    break
                found = m.group(2)
                # "the company Tom Roe founded": a person's given name, no body;
                # "Secret Service Director Ann Roe": a capitalised kind after a
                # capitalised word is the end of a body's name, not a kind
                if (
                    found.casefold() in load("time_words")
                    or found.split(None, 1)[0].casefold() in load_table("given_names")
                    or _in_capitalised_name(text, m.start(1))
                    or (
                        m.group(1).lower() in load("product_kinds")
                        and not _kind_opens_sentence(text, m.start(1))
                    )
                ):
                    continue
                got.append((m.start(2), m.group(1).lower(), _possessor(found)))
            after = [
                (m.start(1), m.group(2).lower(), m.group(1))
                for m in _NAME_KIND.finditer(
                    text, max(0, a - _KIND_NAME_SPAN), min(len(text), b + _KIND_NAME_SPAN)
                )
                if a <= m.start() < b and _apposed_body_name(m.group(1))
            ]
            if after:
                got.extend(after)
                got.sort()
        return got

    def _unkinded_body(self, end: int, noun: str = "") -> tuple[_Entity | None, int]:
        """The organisation named last before ``end``, and where, when its name says
        no kind (*NASA*, *Human Rights Watch*: no word of ``body_nouns.tsv``'s names)
        and it was named in the paragraph of ``end`` or the one before: *the space
        agency*, *the group* may name it; so may a one-word name read as a person's
        for want of a kind (:func:`_bare_word_name`). (None, -1) when the last organisation's
        name says its kind (*the company* is not *the Labor Department*) or no
        organisation is named there, or when the text introduced that organisation by a
        kind that the description's ``noun`` does not name again (*the news agency
        Baltwire* is not *the central bank*: :meth:`_introduced_kinds`)."""
        for pos, e, _ in self._named_back(end, 64):
            if e.kind is _ORGANIZATION and id(e) not in self._gone:
                if set(_norm(e.name).split()) & _body_words():
                    return None, -1
                kinds = self._introduced_kinds(e.name, end)
                if noun and kinds and not kinds & _kinds_named_by().get(noun, frozenset()):
                    return None, -1
                return e, pos
            if _bare_word_name(e) and id(e) not in self._gone and not self._named_with_role(e.name):
                # "Lumo said in a statement ... The company said": a one-word name
                # with no title, no given name and no sex, read as a person's only
                # for want of a kind, is the body the description names.
                return e, pos
        return None, -1

    def _introduced_kinds(self, name: str, end: int) -> frozenset[str]:
        """The kinds (``lexicons/body_kinds.tsv``) right before which the text printed
        ``name`` within :data:`_KIND_REACH` characters before ``end`` (*the news agency
        Baltwire*: *agency*); empty when it printed none there."""
        lo = max(0, end - _KIND_REACH)
        return frozenset(
            kind
            for block in range(lo // _KIND_BLOCK, end // _KIND_BLOCK + 1)
            for at, kind, got in self._kinded_in(block)
            if lo <= at < end and got == name
        )

    def _named_with_role(self, name: str) -> bool:
        """True when a person's role, opened by an article or an owner, stands in
        apposition to the one-word ``name`` where the text prints it (*Okonkwo, the chief
        executive,*, *Okonkwo, its founder,*): a one-word name the registry does not
        index has its apposition read nowhere else (:meth:`_apposition_at` reads
        those of the names it indexes), and a role says a person, not a brand (*On
        Lumo, people can report posts* opens no apposition)."""
        if not name or " " in name:  # (the callers ask of one word: see _names_with_role)
            return _named_with_role_in(self.text, name)
        if self._with_role is None:
            self._with_role = _names_with_role(self.text)
        return name in self._with_role

    def _last_body(self, names: frozenset[str], pos: int) -> tuple[_Entity | None, int]:
        """The organisation filed under one of ``names`` (:attr:`_bodies`) mentioned
        last before ``pos``, and where; (None, -1) when none is. Of two mentioned
        there, the one a walk over ``names`` and their lists meets first. Read off an
        index of their mentions kept sorted (:class:`_LastMentions`), not a walk over
        every body (``tests/test_linear_walks.py`` holds it to that walk)."""
        words = tuple(names)  # (in the order the walk reads them: ties go by it)
        index = self._body_index.get(words)
        if index is None:
            index = self._body_index[words] = _LastMentions(words, len(self._moves))
            for e in {id(e): e for w in index.words for e in self._bodies.get(w, ())}.values():
                index.join(e, self._body_rank(index.words, e), e.positions)
        for e, at, step, held in itertools.islice(self._moves, index.read, None):
            if step == 0:
                rank = self._body_rank(index.words, e)
                if rank is not None:
                    index.join(e, rank, held)
            else:
                index.move(e, at, step)
        index.read = len(self._moves)
        return index.last_before(pos)

    def _body_rank(self, words: tuple[str, ...], entity: _Entity) -> tuple[int, int] | None:
        """Where a walk over ``words`` and their :attr:`_bodies` lists first meets
        ``entity``; None when it is filed under none of them."""
        for k, w in enumerate(words):
            slot = self._body_slots.get(w, {}).get(id(entity))
            if slot is not None:
                return k, slot
        return None

    def _moved(self, entity: _Entity, at: int, step: int) -> None:
        """Log a mention of ``entity`` added (``step`` 1) or taken away (-1) at ``at``:
        for the body indexes, and for the title indexes when it is in one."""
        self._moves.append((entity, at, step, ()))
        if id(entity) in self._title_member_of:
            self._title_moves.append((entity, at, step))

    def _nearest_titled(self, title: str, pos: int) -> _Entity | None:
        """:meth:`_nearest` of the people given ``title`` (:attr:`_by_title`, a key
        of :func:`_norm`) and not merged away: the one mentioned last before
        ``pos``, of two there the first added; None when there is none. Read off
        an index of their mentions kept in step with the log of moves
        (:class:`_LastMentions`), not a walk over every holder of the title."""
        joined = self._title_joins.get(title)
        if not joined:
            return None
        # Each move goes to the indexes its person is a member of at the time, as
        # each index reading the log for itself since its last question would.
        member_of = self._title_member_of
        for e, at, step in itertools.islice(self._title_moves, self._title_read, None):
            for held in member_of[id(e)]:
                held.move(e, at, step)
        self._title_read = len(self._title_moves)
        index = self._title_index.get(title)
        if index is None:
            index = self._title_index[title] = _LastMentions((title,), len(self._moves))
        index.read = len(self._moves)
        for e in joined[len(index.members) :]:
            if id(e) not in index.members:
                member_of.setdefault(id(e), []).append(index)
            index.join(e, (e.seq, len(index.members)), e.positions)
        return index.nearest(pos, self._gone)

    def _people(self, group: dict[int, _Entity]) -> list[_Entity]:
        """The people of ``group`` still in the registry, in the registry's order."""
        return sorted((e for key, e in group.items() if key not in self._gone), key=lambda e: e.seq)

    def _nearest(self, group: list[_Entity], pos: int) -> _Entity:
        return max(group, key=lambda e: e.last_before(pos))

    def resolve_pronoun(
        self,
        found: Found,
        *,
        hearers: tuple[str, ...] = (),
        outer: _Entity | None = None,
        chain: bool = True,
    ) -> _Entity | None:
        word = found.text.lower()
        if word in ("i", "we", "you"):
            return _Entity(name=found.text, kind=_UNKNOWN, aliases=[found.text])
        word = _owner_subjects().get(word, word)  # "His answer was short:" as "he" is
        want = {"he": "m", "she": "f"}.get(word, "")
        if outer is not None and want:
            said = self._said_before(found.start, outer, word, want, hearers)
            if said is not None:
                return said
        best = None
        best_score = -1.0
        best_at = -1
        # Whether the best so far is a subject whose sex no title or pronoun says
        # but its given name does; for each person, where the walk first read it
        # named, not as an owner (its nearest such mention).
        best_given = False
        first_read: dict[int, int] = {}
        # Mentions are kept sorted: start just before the pronoun, walk back.
        mentions = self._through(found.start)
        first_after = bisect.bisect_left(mentions, found.start, key=_position)
        # What the tests below read of an entity alone, read once per entity in this
        # call (an entity is mentioned many times within the reach, and nothing here
        # changes it): None when it cannot be the pronoun's, else the bonus of a sex
        # the text says.
        fits: dict[int, int | None] = {}
        heard_other: tuple[_Entity, int] | None = None  # the nearest such person
        # A *he* or *she* opening a sentence outside the quotes (not a cue's *she said*).
        opens = (
            word in _SUBJECT_PRONOUN
            and _SUBJECT_PRONOUN[word].match(self.text, found.start) is not None
            and not _inside(found.start, self._quoted)
        )
        text, start = self.text, found.start
        entry = self._entry_of(start)
        for pos, entity, subject in reversed(mentions[max(0, first_after - 64) : first_after]):
            if start - pos > _PRONOUN_REACH or pos < entry <= best_at:
                break  # (nor past the pronoun's live blog entry, once it names one)
            if entity is outer:
                continue
            me = id(entity)
            crossed = pos < entry  # (in an entry before the pronoun's, which names nobody)
            if pos + (_PRONOUN_REACH if crossed else _MOST_BONUS) <= best_score:
                # The score is at most pos + _MOST_BONUS and only a higher one wins: a
                # mention this far back cannot win, nor any before it (the walk goes
                # back), so neither its subject test nor its person's fit is read.
                # Except for a place's name: _is_place remembers its answer per entity
                # when first asked, and the aliases it reads grow as names are
                # resolved, so when it is first asked must not move (the fit asks it
                # as before). Anything else the fit reads is the text's, or votes
                # counted when first asked, whose sum does not depend on when.
                if want and me not in fits:
                    fits[me] = (
                        _pronoun_fit(self, entity, word, want, hearers) if _place(entity) else None
                    )
                continue
            if me in fits:
                bonus = fits[me]
            else:
                bonus = fits[me] = _pronoun_fit(self, entity, word, want, hearers)
            if bonus is None:
                continue
            if want and not entity.titles and text.endswith(("the ", "The "), 0, pos):
                continue  # "defeating the Islamic State": a thing's name, no person's
            if bonus == _HEARD_OTHER or (opens and self._spoke_of_another(pos, word)):
                # Tagged before with the other pronoun, or, for a *she* (*he*) opening a
                # sentence, named last as the speaker of a quote that opens on another
                # *she* (*"She never ...," said Lucy Roe. She laughed.*): the
                # pronoun's person only when no one else may be.
                if heard_other is None:
                    heard_other = (entity, pos)
                continue
            # A subject counts most; a person the text says is of the pronoun's sex
            # a little more than one whose sex nothing says ("Mrs. Roux sat down. Kit
            # Ellery came in. 'You again,' she said": Mrs. Roux). A given name only
            # rules out (below): the list knows English names, and a bonus from it
            # would favour them over every name it lacks (Donald over Vladimir).
            is_subject = outer is None and self._is_subject(pos, subject)
            if subject == _SUBJECT or not text.startswith(("'s", "’s"), subject):
                first_read.setdefault(me, pos)
            if bonus and best_given and first_read.get(me, pos) <= best_at:
                # "Mr. Ode spoke first. Tom Hale rose next. He said ...": a subject
                # nearer whose given name says the pronoun's sex is as sure a fit
                # as a title further back, unless the titled person is named again
                # after that subject ("Hale asked Ode about what he said").
                bonus = 0
            score = pos + (_SUBJECT_BONUS if is_subject else 0) + bonus
            if crossed:
                # An entry that names nobody goes on with the nearest person the blog
                # says is of the pronoun's sex (a title, a quote's cue with this
                # pronoun given to them), whether a subject or not, before anyone whose
                # sex nothing says (*2:26 Councilor Ray Soto posted ... 2:33 She ended
                # the briefing*: the mayor, whose quotes *she* cued entries before).
                sexed = bonus or (want and want in entity.heard + entity.cued)
                score = pos + (_PRONOUN_REACH if sexed else 0)
            if score > best_score:
                best, best_score, best_at = entity, score, pos
                best_given = (
                    is_subject
                    and not bonus
                    and entity.pronoun_gender() == want
                    and not _QUOTED_EPITHET.search(text, max(0, pos - 4), pos)
                )
        if best is None and heard_other is not None:
            best, best_at = heard_other
        if want and chain:
            # "Roe took the stage. He mocked the plan Hale wrote, which he said was
            # 'a joke'": a subject pronoun of the same word before, outside the
            # quotes, stands for whom it stands for, as a subject there.
            held, at = self._chained(start, word, hearers)
            # (In an entry before the pronoun's, the pronoun before says its person's
            # sex as a cue's does: scored as a crossed candidate of that sex is.)
            if (
                held is not None
                and held is not outer
                and at + (_PRONOUN_REACH if at < entry else _SUBJECT_BONUS) > best_score
                and not at < entry <= best_at
            ):
                best, best_at, best_score = held, at, at + _SUBJECT_BONUS
        if want and start - best_at > _DESCRIBED_GAP:
            # "Admiral Ana Hale spoke first. ... The talks failed, the admiral said.
            # 'It is over,' she said": a descriptor the article gives a titled person,
            # as a subject after the last name, is that person.
            held, at = self._subject_descriptor(best_at, start, word, want, hearers)
            # (it reads only after best_at, so never across the pronoun's entry
            # once the entry gave the candidate: no entry test here)
            if held is not None and held is not outer and at + _SUBJECT_BONUS > best_score:
                best, best_at = held, at
        kinded, kinded_at = None, -1
        if word == "it":
            # "Power company Electra Sur said ... 'We expect ...,' it said": a name
            # its kind introduced is a body, though the registry read a person's.
            kinded, kinded_at = self._kind_introduced(_body_kinds(), found.start)
            if kinded is None or kinded is outer or found.start - kinded_at > _PRONOUN_REACH:
                kinded, kinded_at = None, -1
        if (best is not None or kinded is not None) and word in ("it", "they"):
            # "The commission said it would appeal. 'We will win,' it said.": a body
            # opening the sentence before, with its verb, outranks one named before
            # that sentence, unless that sentence names the other again ("The court
            # dismissed Zeta Inc's claim. 'We will appeal,' it said": Zeta Inc).
            body, opening = self._body_opening_before(found)
            if (
                body is not None
                and body is not outer
                and max(best_at, kinded_at) < opening
                and not self._named_between(opening, start, best, kinded)
            ):
                return body
        if kinded is not None and kinded_at > best_at:
            return kinded
        if best is not None and self._reported_at(best_at):
            reporter = self._reporter(best_at, want, hearers)
            return best if reporter is None or reporter is outer else reporter
        if word == "they":
            # (a pair opening a sentence after the body named last: *the National
            # Academies report ... Professors Ruiz and Hale suggest ... they write*)
            pair, pair_at = self._pair_before(found.start, outer)
            if pair is not None and (best is None or pair_at > best_at):
                return pair
        if best is None and word in ("it", "they"):
            body, _ = self._body_opening_before(found)
            return None if body is outer else body
        return best

    def _entry_of(self, at: int) -> int:
        """Where the live blog entry holding ``at`` opens (its timestamp line's
        start), or -1 outside any entry (a text with no timestamp lines, or before
        its first). An entry is a unit for a pronoun as a short article is: one
        whose entry names a person who may be theirs is that person's, not someone's
        named further back in an entry before (*10:02 The chair, Sir Ian Moss, opened
        ... 10:15 The first witness is Tom Hale. Asked ..., he said*: Hale).

        >>> r = _Registry("Live\\n10:02\\nAna Roe spoke.\\n10:15\\nShe left.")
        >>> r._entry_of(3), r._entry_of(12), r._entry_of(30)
        (-1, 5, 26)
        """
        if self._entries is None:
            self._entries = entry_starts(self.text)
        k = bisect.bisect_right(self._entries, at)
        return self._entries[k - 1] if k else -1

    def names_nobody(self) -> bool:
        """True while the registry holds no mention and no titled person: then *he*
        and *she* stand for nobody, since each answer :meth:`resolve_pronoun` gives
        them is a person mentioned before the pronoun, or one a chained pronoun or a
        titled descriptor stands for. Once False it stays so (mentions and titles
        are only added). A text that names no one and gives a pronoun to every quote
        (a hostile input, a transcript without names) reads nothing for them.

        >>> _Registry('"Go," she said.').names_nobody()
        True
        >>> _Registry('Ana Ruiz came. "Go," she said.').names_nobody()
        False
        """
        return not self.mentions and not self._later and not self._title_log

    def _pair_before(self, start: int, outer: _Entity | None) -> tuple[_Entity | None, int]:
        """The person *they* stands for when no body may: the nearest two people named
        together as the opening of a sentence before it (*Ana Ruiz and Tom Hale wrote*,
        *Professors Ruiz and Hale suggest*), within the pronoun's reach; of the two, the
        one the article named first (a joint speaker goes by the first name given). None
        when no such pair is there (two names inside a sentence may be a list, objects,
        or the words before a noun: *Ruiz and Hale supporters*). With the person, where
        the pair opens (-1 with None)."""
        mentions = self._through(start)
        first_after = bisect.bisect_left(mentions, start, key=_position)
        window = mentions[max(0, first_after - 64) : first_after]
        text = self.text
        for k in range(len(window) - 1, 0, -1):
            (at_a, a, _sa), (at_b, b, _sb) = window[k - 1], window[k]
            if start - at_a > _PRONOUN_REACH:
                break
            if (
                a is b
                or a.kind is not _PERSON
                or b.kind is not _PERSON
                or outer in (a, b)
                or at_b - at_a > _PAIR_SPAN
                or _PAIR_GAP.fullmatch(text, at_a, at_b) is None
                or not _opens_sentence(text, at_a)
            ):
                continue
            return (a if a.positions[:1] <= b.positions[:1] else b), at_a
        return None, -1

    def _chained(self, end: int, word: str, hearers: tuple[str, ...]) -> tuple[_Entity | None, int]:
        """The person the last subject pronoun ``word`` (at a sentence's or a line's
        start, outside the quotes, within :data:`_CHAIN_REACH` characters before
        ``end``) stands for, read without a chain further back, and where it stands;
        (None, -1) when there is none."""
        text = self.text
        pattern = _SUBJECT_PRONOUN.get(word)
        if pattern is None:
            return None, -1
        at = -1
        lo = max(0, end - _CHAIN_REACH)
        # (Each match starts on its pronoun and a space: the scans start at the first.)
        capital = text.find(_CAPITALISED[word], lo, end)
        for m in pattern.finditer(text, capital, end) if capital >= 0 else ():
            if not _inside(m.start(), self._quoted):
                at = m.start()
        # "..., he told me. He said ...": a pronoun before a cue verb, with no quote
        # opening between it and ``end`` (in a run of turns the next "he said" is
        # another speaker's): read only after the last quote that opens before
        # ``end`` (a pronoun and its verb, letters and a space, never span a mark).
        cues = load_table("cue_verbs")
        since = _last_opening_before(self._quoted, end)
        cued = text.find(word + " ", max(lo, at + 1, since), end)
        for m in _CUED_PRONOUN[word].finditer(text, cued, end) if cued >= 0 else ():
            if m.group("verb") in cues and not _inside(m.start(), self._quoted):
                at = m.start()
        if at < 0:
            return None, -1
        f = _new_found(start=at, end=at + len(word), text=word, kind=_PRONOUN, head=word, title="")
        held = self.resolve_pronoun(f, hearers=hearers, chain=False)
        if held is None or held.kind is not _PERSON:
            return None, -1
        return held, at

    def _subject_descriptor(
        self, after: int, end: int, word: str, want: str, hearers: tuple[str, ...]
    ) -> tuple[_Entity | None, int]:
        """The titled person a definite descriptor names (:meth:`_by_role_head`: *the
        admiral* after *Admiral Ana Hale*), when it stands as a subject outside the
        quotes between ``after`` and ``end`` (at most :data:`_DESCRIBED_SUBJECT_REACH`
        characters before ``end``): at a sentence's start or after a dash, or before a
        cue verb after a comma (*..., the admiral said.*), and the pronoun ``word`` may
        be theirs; the last such, with where it starts, or (None, -1)."""
        text = self.text
        lo = max(after + 1, end - _DESCRIBED_SUBJECT_REACH)
        got: tuple[_Entity | None, int] = (None, -1)
        lo = _scan_from(text, lo, end, ("the ", "The "), _DESCRIPTOR_LEAD)
        for m in _SUBJECT_DESCRIPTOR.finditer(text, lo, end) if lo >= 0 else ():
            if _inside(m.start(), self._quoted):
                continue
            words = m.group("d").split(" ")
            # "the former president showed": the longest opening that names somebody,
            # the word after it read as its verb; or the whole descriptor when an
            # aside in lower case follows its comma ("The former minister, who sat
            # in the front row, was asked").
            top = len(words) - 1
            if m.group("comma") is None and _LOWER_ASIDE.match(text, m.end()):
                top = len(words)
            for k in range(top, 1, -1):
                if m.group("comma") is not None and words[k] not in load_table("cue_verbs"):
                    continue  # after a comma, only "..., the admiral said"
                phrase = " ".join(words[:k])
                f = _new_found(
                    start=m.start(),
                    end=m.start() + len(phrase),
                    text=phrase,
                    kind=_DESCRIPTOR,
                    head=phrase,
                    title="",
                )
                self._read_titles()
                held = self._by_role_head(f)
                if held is not None:
                    if (
                        held.kind is _PERSON
                        and _pronoun_fit(self, held, word, want, hearers) is not None
                    ):
                        got = (held, m.start())
                    break
        return got

    def _reporter(self, at: int, want: str, hearers: tuple[str, ...]) -> _Entity | None:
        """The person named as the subject of the sentence before the reported
        clause whose subject is named at ``at`` (*Tyler said that Cruz has*:
        Tyler; the last such subject before it: *Cruz spokesman Rick Tyler said*),
        when one is named there and may be the pronoun's (sex, hearers);
        None otherwise."""
        text = self.text
        lo = max(0, at - _SENTENCE_REACH)
        opening = max(text.rfind("\n", lo, at), lo - 1)
        # (The sentence's own start: not the full stop of "Mr. Trump".)
        stop = last_sentence_end(text, opening + 1, at)
        if stop is not None:
            opening = stop
        mentions = self._through(at)
        first = bisect.bisect_right(mentions, opening, key=_position)
        last = bisect.bisect_left(mentions, at, key=_position)
        for pos, entity, subject in reversed(mentions[first:last]):
            if (
                self._is_subject(pos, subject)
                and not self._reported_at(pos)
                and entity.kind is _PERSON
                and (not want or entity.pronoun_gender() in ("", want))
                and not (hearers and any(_addressed(entity, h) for h in hearers))
            ):
                return entity
        return self._pronoun_reporter(opening, at, want, hearers)

    def _pronoun_reporter(
        self, opening: int, at: int, want: str, hearers: tuple[str, ...]
    ) -> _Entity | None:
        """The person a *he* or *she* of the pronoun's sex stands for when it opens the
        sentence (after ``opening``) whose reported clause names a subject at ``at``
        and no one is named before that clause: *She says Julia Tran showed her the
        data. She was not convinced.* (the second *she* is whom the first stands
        for, not the reported subject). None for any other opening, or when that
        pronoun stands for nobody the registry knows as a person."""
        word = {"m": "he", "f": "she"}.get(want)
        if word is None:
            return None
        lead = self.text[opening + 1 : at]
        first = len(lead) - len(lead.lstrip())
        if not lead.startswith(_CAPITALISED[word], first):
            return None
        start = opening + 1 + first
        f = _new_found(
            start=start, end=start + len(word), text=word, kind=_PRONOUN, head=word, title=""
        )
        held = self.resolve_pronoun(f, hearers=hearers, chain=False)
        return held if held is not None and held.kind is _PERSON else None

    def _is_place(self, entity: _Entity) -> bool:
        """True when ``entity`` has a place's name (:func:`_place`) and the text puts
        it where a place goes at least once (*at Marsh Cottage*, *into Quarry Lane*:
        :data:`_AT_PLACE`); a person named *Robin Park* is not. Also a name that is
        wholly a country, a continent, a region or a state (:func:`_land`)."""
        if _land(entity):
            return True
        if not _place(entity):
            return False
        got = self._places.get(entity.seq)
        if got is None:
            got = self._places[entity.seq] = self._put_as_place(entity)
        return got

    def release(self) -> None:
        """Break the reference cycles between the registry's entities and its title
        log once the article's speakers are made (nothing reads the titles after)."""
        self._title_log.clear()
        self._titles_read = 0
        self._title_words_read = 0

    def note(self, pos: int, entity: _Entity) -> None:
        """Record that ``entity`` was the speaker named at ``pos`` (salience for pronouns)."""
        if entity.kind is _ANONYMOUS:
            return
        self._mention(pos, entity, subject=_SUBJECT)

    def _named_between(self, lo: int, hi: int, *entities: _Entity | None) -> bool:
        """Whether a mention from ``lo`` up to ``hi`` names one of ``entities``.

        >>> r = _Registry("Zeta Inc sued. The court fined Zeta Inc.")
        >>> zeta = r.mentions[0][1]
        >>> r._named_between(15, 40, zeta), r._named_between(5, 30, zeta)
        (True, False)
        """
        mentions = self._through(hi)
        k = bisect.bisect_left(mentions, lo, key=_position)
        end = bisect.bisect_left(mentions, hi, key=_position)
        return any(any(e is x for x in entities) for _, e, _ in mentions[k:end])

    def _said_before(
        self, start: int, outer: _Entity, word: str, want: str, hearers: tuple[str, ...]
    ) -> _Entity | None:
        """The person a *he* or *she* at ``start`` inside a quote stands for when the
        same quote named them before it (*"I called Dr. Ode. He said, 'Wait,'" Roe
        said*: Ode): the nearest such person who may be the pronoun's and is not
        ``outer``, the quote's speaker, nor named in a quote nested in that one;
        None when the quote names none."""
        said, quoted = self._said, self._quoted
        k = bisect.bisect_left(said, start, key=_first)
        if not k:
            return None
        # Where the outermost of the few quotes before ``start`` that hold it opens.
        j = bisect.bisect_left(quoted, start, key=_first)
        near = quoted[max(0, j - _OUTER_REACH) : j]
        first = min((s for s, e in near if s < start < e), default=-1)
        if first < 0:
            return None
        # Quotes nested in that one: a name said there is a quoted person's word
        # ("He said, 'Ask Ode,' and he left": not Ode).
        nested = [(s, e) for s, e in near if s > first]
        for i in range(k - 1, -1, -1):  # (no copy of said[:k]: one per pronoun is quadratic)
            pos, entity = said[i]
            if pos <= first:
                return None
            if entity is outer or any(s < pos < e for s, e in nested):
                continue
            fit = _pronoun_fit(self, entity, word, want, hearers)
            if fit is not None and fit != _HEARD_OTHER:
                return entity
        return None

    def _is_subject(self, start: int, subject: int) -> bool:
        """Whether the mention at ``start`` (its ``subject`` as :attr:`mentions`
        holds it) is a sentence subject: :func:`_subject_at` of the name that ends
        at ``subject``, read once per name and only when asked (a pure test of the
        text: read late, it answers as it would have read early)."""
        return subject == _SUBJECT or self._voter.subject(start, subject)

    def _spoke_of_another(self, pos: int, word: str) -> bool:
        """Whether the name at ``pos`` is the speaker of the quote right before it, in
        its cue (*"...," said Lucy Roe*, *"...," Lucy Roe said*), and that quote opens
        on the subject pronoun ``word``: the speaker talked about another person of
        that sex (*"She never misses a shift," said Lucy Roe. She laughed when
        told.*: the second *she* is the one talked about).

        >>> r = _Registry('Ana Ruiz came. "She is late," said Eva Hale.', quoted=[(15, 29)])
        >>> r._spoke_of_another(35, "she"), r._spoke_of_another(0, "she")
        (True, False)
        >>> r = _Registry('"It is late," said Eva Hale.', quoted=[(0, 13)])
        >>> r._spoke_of_another(19, "she")
        False
        """
        i = bisect.bisect_left(self._quoted, (pos, -1))
        if not i:
            return False
        start, end = self._quoted[i - 1]
        text = self.text
        return (
            end <= pos
            and _SPEAKER_AFTER_QUOTE.fullmatch(text, end, pos) is not None
            and text.startswith(_CAPITALISED[word], start + 1)
        )

    def _reported_at(self, pos: int) -> bool:
        """Whether a name mentioned at ``pos`` outside quotes is the subject of a
        clause after *that* or *whether* (*Hale said that Ode has ...*: the subject
        of what Hale reported, which a pronoun after it may not go on with)."""
        ends = self._named_ends.get(pos)
        return (
            ends is not None
            and _reported(self.text, pos)
            and any(self._is_subject(pos, end) for end in ends)
        )

    def _through(self, pos: int) -> list[tuple[int, _Entity, int]]:
        """:attr:`mentions`, holding every mention at or before ``pos`` (those set
        aside in ``_later`` brought back up to there): the list to bisect and slice
        for a window that ends at ``pos``."""
        mentions, later = self.mentions, self._later
        while later and later[-1][0] <= pos:
            mentions.append(later.pop())
        return mentions

    def every_mention(self) -> list[tuple[int, _Entity, int]]:
        """Every mention, in order of position (those set aside brought back)."""
        self.mentions.extend(reversed(self._later))
        self._later.clear()
        return self.mentions

    def _mention(self, pos: int, entity: _Entity, *, subject: int) -> None:
        # Names come in text order: most mentions go at the end, where insort
        # (to the right of equal positions) would put them too. A speaker noted
        # before many mentions (a quote early in a long text: the notes come in
        # text order, after every name is read) sets those aside in _later rather
        # than moving them all; later notes then go at the end of the shorter list.
        mentions = self.mentions
        if self._later:
            self._through(pos)
        if not mentions or mentions[-1][0] <= pos:
            mentions.append((pos, entity, subject))
        else:
            i = bisect.bisect_right(mentions, pos, key=_position)
            if len(mentions) - i > _SET_ASIDE:
                self._later.extend(reversed(mentions[i:]))
                del mentions[i:]
                mentions.append((pos, entity, subject))
            else:
                mentions.insert(i, (pos, entity, subject))
        positions = entity.positions
        if not positions or positions[-1] <= pos:
            positions.append(pos)
        else:
            bisect.insort(positions, pos)
        self._moved(entity, pos, 1)


def _pronoun_fit(
    registry: _Registry, entity: _Entity, word: str, want: str, hearers: tuple[str, ...]
) -> int | None:
    """What :meth:`_Registry.resolve_pronoun` reads of ``entity`` alone for the pronoun
    ``word`` (lower case; ``want``, the sex it asks, "m", "f" or ""): None when the
    entity cannot be the pronoun's (its kind, its sex, a place's, a group's or a
    club's name, a hearer's), :data:`_HEARD_OTHER` when it may be only as the last
    resort (a quote tagged it with the other pronoun alone), else the bonus its score
    gets from a sex the text says (``_SEX_BONUS``) or 0."""
    kind = entity.kind
    if word == "they" and kind is _PERSON:
        return None
    if word in ("he", "she") and kind is not _PERSON:
        return None
    if word == "it" and kind is not _ORGANIZATION:
        return None
    if want and entity.pronoun_gender() not in ("", want):
        return None
    if want and _no_person(entity):
        return None  # "the tranquil air", "the letter": a thing a cue was read to
    if want and registry._is_place(entity):
        return None
    if want and _group_name(entity.name):
        return None  # "Muslim Americans", "Iowa Democrats": people, no one person
    if want and _club_name(entity.name):
        return None  # "Lynmouth United", "Harwick Athletic": a club, no he or she
    if want and id(entity) in registry._described:
        return None  # "Xinhua, the state news agency,": a body, whatever its name
    if hearers and any(_addressed(entity, h) for h in hearers):
        return None
    if want and entity.heard and want not in entity.heard and not entity.pronoun_gender():
        return _HEARD_OTHER  # ("'Go,' she said." earlier: she is no later *he*)
    return _SEX_BONUS if want and entity.pronoun_gender(given_names=False) == want else 0


# How far back a pronoun reads for a subject pronoun before it (_Registry._chained),
# and the patterns of such a pronoun, by the pronoun's word.
_CHAIN_REACH = 400
_CAPITALISED = {"he": "He ", "she": "She "}  # what each match of _SUBJECT_PRONOUN holds
_SUBJECT_PRONOUN = {
    w: regex.compile(rf"(?:(?<=[.!?][\"”’']?[ ]{{1,2}})|(?<=\n)){w.capitalize()}(?=[ ])")
    for w in ("he", "she")
}
# A lower-case subject pronoun and the word after it, read as a subject when that
# word is a cue verb (", he said.", "he added"): the person just quoted.
_CUED_PRONOUN = {
    w: regex.compile(rf"(?<![\p{{L}}'’-]){w}[ ](?<verb>\p{{Ll}}++)") for w in ("he", "she")
}
# How far back before a pronoun a descriptor is read as a subject
# (_Registry._subject_descriptor), and how far the last name must be for it to be read.
_DESCRIBED_SUBJECT_REACH = 600
_DESCRIBED_GAP = 40
# A definite descriptor of one to three lower-case words as a subject and the word
# after it: at a sentence's or a line's start or after a dash that closes an aside,
# maybe after a conjunction, or after a comma (then that word must be a cue verb,
# checked in code).
_SUBJECT_DESCRIPTOR = regex.compile(
    r"(?:(?<=[.!?][\"”’']?[ ]{1,2})|(?<=\n)|(?<=[ ][-–—][ ])|(?<comma>(?<=,[ ])))"
    r"(?:(?:But|And|Yet|Still|Then|Later)[ ])?"
    r"(?<d>[Tt]he(?:[ ]\p{Ll}[\p{Ll}-]*+){2,4})(?![\p{L}'’])"
)
# A comma and a word in lower case after a descriptor: an aside (*, who sat ...,*).
_LOWER_ASIDE = regex.compile(r",[ ]\p{Ll}")
# The most characters before its "the " or "The " a match of _SUBJECT_DESCRIPTOR
# starts: its longest conjunction and the space after it.
_DESCRIPTOR_LEAD = len("Later ")


def _scan_from(text: str, lo: int, end: int, needles: tuple[str, ...], lead: int) -> int:
    """Where a scan of ``text[lo:end]`` may start for a pattern each of whose matches
    holds one of ``needles`` (literally) at most ``lead`` characters after its start:
    ``lead`` characters before the first needle there, never before ``lo``; -1 when
    no needle is there, so no match is. A pronoun's look-backs scan hundreds of
    characters with look-behinds at every one; where a quote comes every few words
    (a transcript, a hostile input), most of those windows hold no match at all.

    >>> _scan_from("so far The end", 0, 14, ("the ", "The "), 6)
    1
    >>> _scan_from("so far the end", 0, 9, ("the ", "The "), 6)
    -1
    """
    first = -1
    for needle in needles:
        at = text.find(needle, lo, end)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first if first < 0 else max(lo, first - lead)


# How far after a name its apposition is read for a body's noun (_described_body).
_DESCRIBED_REACH = 60

# Mentions after a noted speaker beyond which they are set aside (_Registry._mention).
_SET_ASIDE = 64

# The word before a comma at the end of a text: "Her coach," -> "coach".
_WORD_BEFORE_COMMA = regex.compile(r"(\p{L}++)[ ]*+,[ ]*+$")


def _at_place(text: str, names: Iterable[str], counts: _NameCounts | None = None) -> bool:
    """True when one of ``names`` stands in ``text`` where a place goes: after
    *at*, *in*, *into*, *towards* ... and maybe *the* (:data:`_AT_PLACE`, read over
    the :data:`_AT_PLACE_REACH` characters before the name), and not as the start
    of a longer word. Each name is found with ``str.find`` and only the text before
    it is read, so the cost is the text's length per name plus a bounded read per
    occurrence, whatever the text (one pattern over the whole text for each place
    made a document of many articles quadratic in its places). Where ``counts``
    (of ``text``) has indexed the text's capitalised words, a name is looked for
    only where its first word stands (:meth:`_NameCounts.starts`): in a long
    document, one search of the whole text per name costs more than the index.

    >>> _at_place("They met at Marsh Cottage on Sunday.", ["Marsh Cottage"])
    True
    >>> _at_place("Marsh Cottage said nothing.", ["Marsh Cottage"])
    False
    >>> _at_place("He drove into the Quarry Lanes.", ["Quarry Lane"])
    False
    """
    for name in names:
        if not name:
            continue
        starts = None if counts is None else counts.starts(name)
        found = (
            _found_at(text, name)
            if starts is None
            else (i for i in starts if text.startswith(name, i))
        )
        for i in found:
            if _NAME_GOES_ON.match(text, i + len(name)) is None and _after_place_word(text, i):
                return True
    return False


def _name_word_in(stretch: str, name: str) -> bool:
    """True when a word of ``name`` of two letters or more stands whole in
    ``stretch`` (a given name or a surname the registry left unlinked).

    >>> _name_word_in("“Tom is a fine man,” said ", "Tom Hale"), _name_word_in("Tomas", "Tom Hale")
    (True, False)
    """
    for word in name.split():
        if len(word) < 2:
            continue
        for i in _found_at(stretch, word):
            j = i + len(word)
            if (i == 0 or not stretch[i - 1].isalnum()) and (
                j == len(stretch) or not stretch[j].isalnum()
            ):
                return True
    return False


def _found_at(text: str, name: str) -> Iterator[int]:
    """Each offset where ``name`` stands in ``text`` (``str.find``, overlapping)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


def _land(e: _Entity) -> bool:
    """True when ``e``'s name is wholly a country, a continent or a region
    (``lexicons/places.tsv``) or a state (``us_states.txt``), and no title makes it
    a person: *the beaches of North Carolina*, *South Africa*. The pronouns after
    the name do not (*In Iowa, he won*: a vote for *he* that a place is given).

    >>> [_land(_Entity(name=n, kind=_PERSON)) for n in ("South Africa", "Iowa", "Ana Iowa")]
    [True, True, False]
    >>> _land(_Entity(name="Kenya", kind=_PERSON, titles=["Ms"]))
    False
    """
    return not e.titles and not e.gender and _norm(e.name) in _LANDS


def _no_person(e: _Entity) -> bool:
    """True when ``e`` is named only by lower-case phrases that say no person: no
    title, no capital, and no word among the nouns of people (roles, kin, epithets,
    private roles, relational heads such as *man*; :func:`_person_nouns`), nor a
    digit (an age in figures: *the 40-year-old*). Such an entity is a descriptor
    nobody resolved (*the tranquil air* read as a cue's subject), which *he* or
    *she* never stands for.

    >>> [_no_person(_Entity(name=n, kind=_PERSON)) for n in ("the tranquil air", "the old man")]
    [True, False]
    >>> [_no_person(_Entity(name=n, kind=_PERSON)) for n in ("the 40-year-old", "Ann Hale")]
    [False, False]
    """
    if e.titles or e.gender:
        return False
    nouns = _person_nouns()
    for name in (e.name, *e.aliases):
        if not name[:1].islower() or any(c.isupper() or c.isdigit() for c in name):
            return False
        for word in _norm(name).split():
            if word in nouns or word.removesuffix("s") in nouns:
                return False
    return True


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Lower-case nouns that name a person (*man*, *visitor*, *sister*, *senator*):
    the role, kin, epithet, office, contest and private-role nouns, the relational
    heads and the words of the titles, less the nouns of documents and of speech,
    which some of those lists hold for a speaker that is no person (*the letter*,
    *the reply*).

    >>> sorted({"man", "visitor", "sister", "senator", "letter", "reply"} & _person_nouns())
    ['man', 'senator', 'sister', 'visitor']
    """
    words: set[str] = set()
    for lexicon in (
        "role_nouns",
        "kin_nouns",
        "epithet_nouns",
        "office_nouns",
        "contest_nouns",
        "private_roles",
        "relational_heads",
    ):
        words |= load(lexicon)
    for title in load("titles"):
        words.update(_norm(title).split())
    return frozenset(words - load("document_nouns") - load("speech_nouns"))


def _place(e: _Entity) -> bool:
    """True when ``e`` is named as a place: two words or more, the last a place's
    (``lexicons/place_heads.txt``: *Conduit Street*, *Rose Cottage*), and no title
    or sex that says a person (*Lena Park* is a woman by her given name).

    >>> _place(_Entity(name="Marsh Cottage", kind=_PERSON))
    True
    >>> _place(_Entity(name="Lena Park", kind=_PERSON, titles=["Mrs"]))
    False
    >>> [_place(_Entity(name=n, kind=_PERSON)) for n in ("Hubert Park", "Park")]
    [False, False]
    """
    words = _norm(e.name).split()
    return len(words) > 1 and words[-1] in _PLACE_HEADS and not e.titles and not e.pronoun_gender()


_DESCRIPTOR_REACH = 100  # characters before a name read for a descriptor in apposition
_AFFILIATIONS = load("affiliation_prepositions")
_ASIDE_PREPOSITIONS = load("aside_prepositions")
# Last words of a body's name, a school's or a clinic's among them.
_BODY_ENDS = load("org_suffixes") | load("org_name_heads") | load("institution_heads")
_DESCRIPTOR_DETERMINERS = load("determiners") | load("descriptor_articles")


# A sentence opened by "To" and up to four words before a name ("To Florida
# consultant ", "To "): the name's is the view the sentence gives.
_TO_FRAME = regex.compile(r"(?:(?<=[.!?][\"”’']?[ ]{1,2})|(?<=\n)|^)To(?:[ ][\p{L}'’-]++){0,4}[ ]$")


_ROLE_BEFORE_NAME = regex.compile(r"[ ]((?:\p{Ll}++[ ]){1,3})\p{Lu}")


def _names_owner_of_role(text: str, end: int) -> bool:
    """True when the name ending at ``end`` only says whose role the next name
    holds: lower-case words after it end on a role or a title right before a
    capitalised word, and the first of them is no verb (*Roe campaign manager Ed
    Hale called*, *Roe spokesman Ed Hale said*: Hale is the subject, not Roe; not
    *Roe told reporter Ed Hale*, *Roe thanked aide Ed Hale*).

    >>> _names_owner_of_role("Roe campaign manager Ed Hale called it silly.", 3)
    True
    >>> _names_owner_of_role("Roe told reporter Ed Hale it was silly.", 3)
    False
    """
    m = _ROLE_BEFORE_NAME.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    first = words[0]
    return (
        words[-1] in _role_or_title_words()
        and _modifier_word(first)
        and first not in _CUE_VERBS
        and not first.endswith("s")
    )


_REPORTED_LEAD = regex.compile(r"[ ](?:that|whether)[ ][^,.!?\"“”\n]{0,60}+,[ ]$")


def _reported_earlier(text: str, start: int) -> bool:
    """True when a *that* or *whether* and a fronted phrase with its comma stand right
    before ``start``, in its sentence (*recalled that before the vote, Roe wasn't
    trusted*): the name opens what someone reports, not the sentence's own clause.

    >>> _reported_earlier("Ed said that before the vote, Roe wasn't trusted.", 30)
    True
    >>> _reported_earlier("Before the vote, Roe wasn't trusted.", 17)
    False
    """
    return _REPORTED_LEAD.search(text, max(0, start - 80), start) is not None


def _verb_after(words: list[str], word: str) -> bool:
    """True when the word after ``word`` among ``words`` (a name's next words) is a
    lower-case word of letters that is no stopword: the verb an auxiliary opens.

    >>> _verb_after(["wouldn't", "say", "when"], "wouldn't")
    True
    >>> _verb_after(["isn't", "a", "fan"], "isn't")
    False
    """
    k = words.index(word) + 1 if word in words else len(words)
    nxt = words[k] if k < len(words) else ""
    return nxt.isalpha() and nxt.islower() and nxt not in load("stopwords")


def _subject_at(text: str, start: int, end: int, *, shortcuts: bool = True) -> bool:
    """Whether the name at ``start:end`` of ``text`` opens its sentence or stands
    right before a verb (a test of the text alone: :class:`_Voter` reads it late,
    for the names something asks about). ``shortcuts=False`` (for the tests only)
    skips the cheap character tests that spare a helper which would say no."""
    lead = text[start - 6 if start > 6 else 0 : start]
    stripped = lead.rstrip()
    if start == 0 or not stripped or stripped[-1] in '.!?:"”' or "\n" in lead:
        return not _names_owner_of_role(text, end)  # it opens its sentence
    if _introduced_at_end(text, start, end):
        # "The top award went to the singer Ana Ruiz, 79.": the one the sentence
        # brings in is the one a pronoun after it goes on with.
        return True
    if _after_opening_connective(text, start):
        # "And Roe, then in college, did not approve": a name after a connective
        # that opens its sentence is the sentence's first name, as at its start.
        return not _names_owner_of_role(text, end)
    if (not shortcuts or stripped.endswith(_BE_FORMS)) and _inverted_sentence(text, start):
        # "Among the strikers is Kim Soo-ah": the subject after its verb; not its
        # owner ("Among the dead was Kim's son": the son).
        return not text.startswith(("'s", "’s"), end)
    comma = stripped[-1] == ","  # (stripped holds a character: read above)
    if text.startswith(",", end) and _TO_FRAME.search(text, max(0, start - 50), start):
        return True  # "To Florida consultant Hale, the plan is silly": whose view it is
    if (not shortcuts or comma) and _PLACE_CHAIN.search(text, max(0, start - 60), start):
        # "Stacy Baker of Columbia, South Carolina says": the region of a place
        # after a person's name, not the subject.
        return False
    if (
        text[end : end + 1] in _NAME_CLOSERS
        # (a lower-case word and spaces before it: most names have none)
        and (not shortcuts or stripped[-1:].islower())
        and _after_inverted_cue(text, start)
    ):
        # "..., said Wilcox, an Orlando Republican": the subject of a cue with
        # no object set after what was said (not "said Hale had", nor "told
        # Hale.").
        return True
    # "On the trail, Mrs. Roe regularly pledges", "Roe also says": fillers and
    # -ly adverbs stand between a subject and its verb.
    after = end
    apposed = text.startswith(", ", end)
    # "The jury president, the Danish actor Ana Ruiz, said": a titled name that is
    # itself the apposition of a description reads as the bare name there would.
    titled = apposed and not comma and _apposed_title_start(text, start) is not None
    # "The camp manager, Ana Ruiz of Open Door, said": the apposed name's
    # affiliation, then its closing comma.
    run = None if apposed or not comma else _PREPOSITION_RUN.match(text, end)
    if titled or (
        comma
        and (apposed or run is not None)
        and (_described(text[max(0, start - 40) : start]) or _descriptor_before(text, start))
    ):
        # "Her coach, Ben Ode, was delighted": a name in apposition to a
        # description, between commas, then the sentence's verb, is its subject's
        # name (not "from Monsey, New York, said": a place after a place).
        # (after an affiliation, the closing comma and then the verb)
        after = end + 2 if run is None else run.end() + 2
        if run is None and _AGE_AFTER.match(text, end):
            # "The runner-up, Brian, 12, from Arusha, was knocked out": the age, and
            # a short phrase after it, between the name and the verb.
            after = _past_apposition(text, end)
            if not _verb_word(text, after):
                # (not past a verb: "The first witness, Ana Ruiz, 78, spoke of her
                # son, who ...": *spoke* is the verb, not a phrase before it)
                further = _past_apposition(text, after - 2)
                after = after if further == after - 2 else further
        elif (letters := _POST_NOMINAL.match(text, end)) is not None:
            # "The party's State unit president, Suresh Gowdar, MLA, said": the
            # letters of a seat, a service or an honour between commas after the
            # name, then the verb.
            after = letters.end()
        elif (past := _past_relative(text, after)) > after:
            # "The winner, Ana Ruiz, who played a nurse, wept": a relative clause on
            # the name, between commas, then the sentence's verb.
            after = past
        # (An auxiliary or a modal opens its verb: "Her co-founder, Dev Patel,
        # will stay on".)
        if text[after : after + 12].split(None, 1)[:1] in _APPOSITION_VERBS:
            return True
        if text[after : after + 5].split(None, 1)[:1] in _ARTICLES_BEFORE_ROLE:
            # "The club's captain, Kofi Larsen, a postman, says": a second
            # apposition, of the name, between it and the verb.
            after = max(after, _past_apposition(text, end))
    elif apposed and not (
        text.endswith(_CONJUNCTIONS, 0, start)
        and _CONJUNCT.search(text, max(0, start - 40), start) is not None
    ):
        # "Obama consultant Cornell Belcher, the party's pollster, picked up":
        # the verb after the name's apposition (not a second name joined to a
        # first: "Wilcox and Beruff, a Sarasota Republican, argued").
        letters = _POST_NOMINAL.match(text, end)
        after = _past_apposition(text, end) if letters is None else letters.end()
        if after > end and text[after : after + 12].split(None, 1)[:1] in _APPOSITION_VERBS:
            return True  # "Herman Cain, the radio host, was asked"
    words = text[after : after + 60].split(None, 3)[:3]
    first = ""
    for word in words:
        first = word.strip(".,;:!?")
        if word != first or first in _AUXILIARIES:
            break
        if first not in _SUBJECT_FILLERS and not (first.endswith("ly") and adverb_word(first)):
            break
    verbish = (
        first.isalpha()
        and first.islower()
        and (
            first in _CUE_VERBS
            or first in _PASTS
            or (first in _SUBJECT_PASTS and _opens_with_titles(text, start))
            or first.endswith(("ed", "s"))
        )
    ) or (
        # "Hale wouldn't say", "Hale doesn't want": an auxiliary with its negation
        # before a verb (not "Hale isn't a fan": a copula, said of Hale)
        first.endswith(("n't", "n’t"))
        and first[:-3] in _AUXILIARIES
        and _verb_after(words, first)
        and not _reported_earlier(text, start)
    )
    if not verbish and first not in _AUXILIARIES:
        return False
    # "which represents New York City educators": a name after a verb or a
    # preposition is its object, whatever word follows it.
    before = stripped.rsplit(None, 1)[-1] if stripped else ""
    if before.isalpha() and before.islower() and before not in _CLAUSE_OPENERS:
        before = text[max(0, start - 40) : start].rsplit(None, 1)[-1]
    if titled:
        return verbish
    if before in _title_words():
        # "Health minister Rosa Delgado met ...": lower-case title words belong
        # to the name's phrase; the word before the phrase decides. A phrase that
        # opens the sentence makes the name its first, as a name at the start is,
        # before a modal or an auxiliary too ("Assistant coach Mick Farrant will
        # take charge").
        opener = _title_phrase_opener(text, start)
        if opener is None:
            return True
        before = opener
    if not verbish:
        return False
    return not (
        before.isalpha()
        and before.islower()
        and before not in _CLAUSE_OPENERS
        and not _opens_unmarked_clause(text, start)
    )


_TITLED_APPOSITION_WORDS = 4  # words of a title phrase in apposition before a name
_TITLED_APPOSITION_REACH = 80  # characters read back for it
_TITLED_APPOSITION_LEAD = regex.compile(r"\S++")


def _title_run_start(words: list[str], titles: frozenset[str] | set[str]) -> int:
    """Where the run that ends ``words`` opens: up to ``_TITLED_APPOSITION_WORDS``
    words, each of ``titles`` (in lower case) or a capitalised word of letters (the
    look-back of :func:`_apposed_title_start` and :func:`_introduced_at_end`).

    >>> _title_run_start(["met", "the", "Danish", "actor"], {"actor"})
    2
    """
    k = len(words)
    while k > 0 and len(words) - k < _TITLED_APPOSITION_WORDS:
        word = words[k - 1]
        if word.lower() in titles or (word[:1].isupper() and word.isalpha()):
            k -= 1
            continue
        break
    return k


def _apposed_title_start(text: str, start: int) -> int | None:
    """Where the title phrase before the name at ``start`` opens when the phrase is
    the apposition of a description after a comma (*The jury president, the Danish
    actor Ana Ruiz,*; *The host, the comedian Ana Ruiz,*): a title word
    (``_title_words``) right before the name, up to four words of titles or
    capitalised modifiers in all, opened by *the*, *a* or *an* after a lower-case
    word and a comma. ``None`` otherwise (*She met the actor Ana Ruiz*: no comma;
    *In Ely, the actor Ana Ruiz*: a place before the comma).

    >>> _apposed_title_start("The host, the comedian Ana Ruiz, said", 23)
    10
    >>> _apposed_title_start("In Ely, the comedian Ana Ruiz, said", 21)
    """
    lo = max(0, start - _TITLED_APPOSITION_REACH)
    words = list(_TITLED_APPOSITION_LEAD.finditer(text, lo, start))
    titles = _title_words()
    if not words or words[-1].end() != start - 1 or words[-1][0].lower() not in titles:
        return None
    k = _title_run_start([w[0] for w in words], titles)
    if k >= 1 and k < len(words) and _opening_description(text, words[:k]):
        # "The chairman, Justice Ana Ruiz, adjourned": no article after the comma
        # of a short description that opens its sentence.
        return words[k].start()
    if k < 2 or k == len(words) or words[k - 1][0] not in ("the", "a", "an"):
        return None
    if not _described(text[max(0, words[k - 2].start() - 40) : words[k - 1].start()]):
        return None
    return words[k - 1].start()


_OPENING_DESCRIPTION_WORDS = 8  # at most, the determiner and the comma's word included


def _opening_description(text: str, words: list[regex.Match[str]]) -> bool:
    """Whether ``words`` (the text's words before an apposed title run) end on a
    description that opens its sentence: a determiner, up to three lower-case words
    ending on a role noun, then the comma or a complement opened by a preposition of
    affiliation (*The chairman,*; *The chairman of the tribunal,*), not a reported
    clause's object (*She said the headline act,*) nor a sentence whose verb comes
    before (*The mayor thanked the chairman,*).

    >>> _apposed_title_start("The chairman, Justice Ana Ruiz, said", 22)
    14
    >>> _apposed_title_start("He said the chairman, Justice Ana Ruiz, was", 30)
    """
    if not words[-1][0].endswith(","):
        return False
    j = len(words) - 1
    while not _word_opens_sentence(text, words[j].start()):
        j -= 1
        if j < 0 or len(words) - j > _OPENING_DESCRIPTION_WORDS:
            return False
    description = [w[0] for w in words[j:]]
    description[-1] = description[-1][:-1]
    if not (
        description[0][:1].isupper() and description[0].lower() in _DESCRIPTOR_DETERMINERS
    ) or not all(
        w.islower() and w.replace("'", "").replace("-", "").isalpha() for w in description[1:]
    ):
        return False
    heads = _resolving_heads()
    for h in range(1, min(4, len(description))):
        if description[h] in heads:
            return h == len(description) - 1 or description[h + 1] in _AFFILIATIONS
    return False


def _word_opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence: nothing but spaces back to the
    text's start, a line break or a sentence's closing mark."""
    lead = text[max(0, at - 6) : at].rstrip(" \t\u00a0")
    return at == 0 or not lead or lead[-1] in '.!?:"”\n'


def _title_phrase_opener(text: str, start: int) -> str | None:
    """The word before the title phrase that ends at the name at ``start``, or
    ``None`` when the phrase opens its sentence: its title words and capitalised
    words back to a sentence's end, or a few modifiers before them back to a
    capitalised word that opens the sentence or follows a comma ("Civil defence
    chief Ana Ruiz", "After the vote, City Hall press secretary Ana Ruiz").

    >>> _title_phrase_opener("Assistant coach Mick Farrant will", 16)
    >>> _title_phrase_opener("He met leader Ana Ruiz.", 14)
    'met'
    >>> _title_phrase_opener("In the town of Ely, teacher Ana Ruiz", 28)
    'Ely,'
    """
    phrase = text[max(0, start - 80) : start].split()
    k = len(phrase)
    while (
        k > 0
        and (
            phrase[k - 1] in _title_words()
            # (not back past a sentence's end: "... for Obama. McConnell aide Ed Hale",
            # nor past the comma that closes a phrase set before it: "In the village
            # of Dunmore, farmer Ed Hale", whose phrase opens after the comma)
            or (phrase[k - 1][:1].isupper() and phrase[k - 1][-1:] not in '.!?:"”,')
        )
    ):
        k -= 1
    if k == 0 or phrase[k - 1][-1:] in '.!?:"”':
        return None
    j = k
    while j > max(0, k - 3) and _modifier_word(phrase[j - 1]):
        j -= 1
    if (
        j < k
        and (j == 0 or phrase[j - 1][-1:] in '.!?:"”,')
        # (a lower-case run opens the phrase after a comma: "In Ely, local farmer")
        and (phrase[j][:1].isupper() or (j > 0 and phrase[j - 1][-1:] == ","))
    ):
        return None
    return phrase[k - 1]


def _inverted_sentence(text: str, start: int) -> bool:
    """True when the sentence around ``start`` opens on a word of
    ``lexicons/inverted_openers.txt`` (*Among*) and ``start`` follows a form of *be*
    (``passive_auxiliaries``) and one space: the name there is the sentence's subject,
    set after its verb.

    >>> _inverted_sentence("Ed left. Among the dead was Ana Ruiz, 30.", 28)
    True
    >>> _inverted_sentence("Ed left. The winner was Ana Ruiz.", 24)
    False
    """
    head = text[max(0, start - _INVERTED_REACH) : start]
    word = head.rsplit(None, 1)[-1] if head.strip() else ""
    if word not in _BE_WORDS:
        return False
    cut = max(head.rfind(c) for c in ".!?\n")
    if cut < 0 and start > _INVERTED_REACH:
        return False  # (the sentence opens further back than is read)
    opening = head[cut + 1 :].lstrip(' "“”')
    first = opening.split(None, 1)[0] if opening else ""
    return first[:1].isupper() and first.lower() in load("inverted_openers")


def _after_opening_connective(text: str, start: int) -> bool:
    """True when the name at ``start`` follows one capitalised connective
    (``lexicons/connectives.txt``: *And*, *But*, *Yet*, *Still*) and a space, and that
    word opens its sentence or line.

    >>> _after_opening_connective("Ed left. But Roe stayed.", 13)
    True
    >>> _after_opening_connective("Ed left, but Roe stayed.", 13)
    False
    >>> _after_opening_connective("Ed left. Bea Roe stayed.", 13)
    False
    """
    m = _OPENING_CONNECTIVE.search(text, max(0, start - _CONNECTIVE_REACH), start)
    if m is None or m.group("w").lower() not in _CONNECTIVE_WORDS:
        return False
    at = m.start("w")
    lead = text[max(0, at - 6) : at].rstrip(" ")
    return not lead or lead[-1] in '.!?:"”\n'


# A capitalised word and one space right before a name (read by
# _after_opening_connective), and how far back it may start.
_OPENING_CONNECTIVE = regex.compile(r"(?<![\p{L}\p{M}'’])(?<w>\p{Lu}\p{Ll}++)[ ]\Z")
_CONNECTIVE_WORDS = load("connectives")
_CONNECTIVE_REACH = 16


def _plural_role(word: str) -> str:
    """The role noun of ``word`` when it is one in the plural, in lower case
    (*hosts*, *senators*: ``lexicons/role_nouns.txt`` and the titles' last words,
    less the relational heads); "" otherwise.

    >>> _plural_role("hosts"), _plural_role("friends"), _plural_role("host")
    ('host', '', '')
    """
    low = word.lower()
    if len(low) < 4 or not low.endswith("s") or not low.isalpha():
        return ""
    return low[:-1] if low[:-1] in _resolving_heads() else ""


def _described_body(text: str, end: int) -> bool:
    """True when the name that ends at ``end`` is followed by a comma and a space, then
    *which* or an apposition with an article whose head noun names a kind of body
    (``lexicons/body_kinds.tsv``, ``body_nouns.tsv``): *Xinhua, the state news
    agency,*, *Velora, which makes*. Reads at most :data:`_DESCRIBED_REACH`
    characters.

    >>> _described_body("Velora, the carmaker, said", 6)
    True
    >>> _described_body("Ana Roe, the company's founder, said", 7)
    False
    """
    if not text.startswith(", ", end):
        return False
    tail = text[end + 2 : end + _DESCRIBED_REACH]
    if tail.startswith("which "):
        return True
    words = tail.split(" ", 6)[:6]
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return False
    for w in words[1:]:
        noun = w.rstrip(",.;")
        if noun in load("affiliation_prepositions"):
            return False  # "Ana Roe, a spokeswoman for the campaign,": a person's role
        if noun.endswith(("'s", "\u2019s", "'", "\u2019")):
            return False  # "Ana Roe, the company's founder,": the body is another's
        if noun != w:  # the apposition ends with its head
            return noun in body_kind_nouns()
    return False


def _body_named_after(text: str, start: int, end: int) -> bool:
    """True when the name from ``start`` to ``end``, between commas, follows a person's
    name, a preposition of affiliation (``lexicons/affiliation_prepositions.txt``)
    and a description of a body in lower case that opens on an article and ends on
    a noun that names a kind of body (``lexicons/body_kinds.tsv``,
    ``body_nouns.tsv``): *Ana Roe of the regional weather agency, ARPA Veneto,
    said*: the apposition names where she works, and the name is the body's, as
    :func:`_described_body` reads one named first. Not after a role word (*a
    spokesman for the road agency, Milo Ferri*: his name), nor when no comma closes
    the name (*about unifying the party, Reed said*). Reads at most
    :data:`_DESCRIBED_REACH` characters.

    >>> _body_named_after("Ana Roe of the regional weather agency, ARPA Veneto, said", 40, 51)
    True
    >>> _body_named_after("the head of the agency, Ana Roe, said", 24, 31)
    False
    >>> _body_named_after("the agency's chief, Ana Roe, said", 20, 27)
    False
    >>> _body_named_after("A spokesman for the road agency, Milo Ferri, said", 33, 43)
    False
    """
    if not text.startswith(", ", start - 2) or not text.startswith(",", end):
        return False
    words = text[max(0, start - _DESCRIBED_REACH) : start - 2].split()
    if len(words) < 2 or words[-1] not in body_kind_nouns():
        return False
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        low = w.lower()
        if low in ("the", "a", "an"):
            # "a spokesman for the road agency, Milo Ferri,": the role's holder;
            # "about unifying the party, Reed said": no apposition.
            prep = words[k - 1] if k >= 1 else ""
            return prep in _AFFILIATIONS and k >= 2 and words[k - 2][:1].isupper()
        if not w.isalpha() or not w.islower() or low in _AFFILIATIONS:
            return False
    return False


def _descriptor_before(text: str, start: int) -> str:
    """The descriptor with a complement that a name at ``start`` stands in
    apposition to (*A spokeswoman for Norvale Water, Helen Carrick*, *the chairwoman
    of the inquiry, Judith Ennis*): a determiner or an owner's possessive, up to
    three lower-case words ending on a role noun, a preposition of affiliation and
    up to five words, then a comma; the words after the determiner, or "" when the
    text before ``start`` is not that. A place's complement of capitalised words
    after *in*, *from* or *at* is not one (*a host in Cape Breton, Nova Scotia*: a
    place and its region), unless its last word is a body's (*a nurse at Dale General
    Hospital*).

    >>> _descriptor_before("A spokeswoman for Norvale Water, Helen Carrick, said", 33)
    'spokeswoman for Norvale Water'
    >>> _descriptor_before("a radio host in Cape Breton, Nova Scotia", 29)
    ''
    >>> _descriptor_before("A nurse at Dale General Hospital, Ana Ruiz, said", 34)
    'nurse at Dale General Hospital'
    """
    if not text.startswith(", ", start - 2):
        return ""
    words = text[max(0, start - _DESCRIPTOR_REACH) : start - 2].split()
    prepositions = _AFFILIATIONS
    # The complement: up to five words back to a preposition after a role noun
    # (*the director of the Bureau of Prisons*: the first "of" from the left).
    k = len(words) - 1
    heads = _resolving_heads()
    while k >= 1 and len(words) - k <= 6:
        if words[k][-1:] in '.,;:!?"“”()':
            return ""  # a sentence or clause boundary inside: no complement
        if words[k] in prepositions and (words[k - 1] in heads or _seat_phrase(words[k - 1 :])):
            break  # (a seat names one member: "The member for Hale, Tom Brack,")
        k -= 1
    else:
        return ""
    complement = words[k + 1 :]
    # (*in*, *from*, *at*: the prepositions of affiliation that also open an
    # aside of place, lexicons/aside_prepositions.txt.)
    if not complement or (
        words[k] in _ASIDE_PREPOSITIONS
        and all(w[:1].isupper() for w in complement)
        # (not a body's name: *a teacher at Ridgeway Primary School*, whose last
        # word is a body's: org_suffixes, org_name_heads, institution_heads)
        and complement[-1].lower() not in _BODY_ENDS
    ):
        return ""  # a place, and the region after it
    j = _role_start(words, k, capital=False)
    return " ".join(words[j:]) if j else ""


def _role_start(words: list[str], k: int, *, capital: bool) -> int:
    """Where the words of a role whose head noun is ``words[k - 1]`` start: after a
    determiner or a possessive, with at most two words between it and the head,
    lower case (or capitalised, when ``capital``); 0 when no determiner or
    possessive opens them. A lower-case role may open on one capitalised word right
    after its determiner, the team, party or town it serves (*the Ballybeg
    manager*, *the Labour leader*).

    >>> _role_start(["met", "the", "Crown", "Prince"], 4, capital=True)
    2
    >>> _role_start(["met", "Crown", "Prince"], 3, capital=True)
    0
    >>> _role_start(["The", "Ballybeg", "manager"], 3, capital=False)
    1
    """
    j = k - 1
    while j > 0 and k - j < 3:
        w = words[j - 1]
        if (
            not w.isalpha()
            or w.lower() in _DESCRIPTOR_DETERMINERS
            or not (w[:1].isupper() if capital else w.islower())
        ):
            break
        j -= 1
    if (
        not capital
        and 1 < j < k
        and k - j < 3
        and words[j - 1].isalpha()
        and words[j - 1][:1].isupper()
        and words[j - 2].lower() in _DESCRIPTOR_DETERMINERS
    ):
        j -= 1  # "The Ballybeg manager": the one capitalised word after "The"
    if j == 0:
        return 0
    det = words[j - 1]
    if det.lower() not in _DESCRIPTOR_DETERMINERS and not det.endswith(("'s", "’s")):
        return 0
    return j


def _office_before(text: str, start: int, end: int) -> str:
    """The office a name at ``start:end`` stands in apposition to, printed before
    it with no complement but capitalised words after *of* (*The Emir of Qatar,
    Sheikh Tamim,*, *Jordan's Crown Prince, Hussein,*, *the committee's chairman,
    Rep. Tom Hale,*): a determiner or a possessive, up to two words before a
    role's head noun (lower case, or capitalised as a title of several words is:
    *Crown Prince*), then *of* and up to three capitalised words (*of Jordan*, *of
    Saudi Arabia*) or nothing, then the comma; the office's words (*Emir of
    Qatar*, *Crown Prince*), or "" when the text is not that. The holder's titles
    then hold the office's words, which a later *the Crown Prince said* wants
    (:func:`_titles_hold`).

    The apposition must close after the name (a comma, a full stop, a semicolon,
    a bracket, or *of* and the name's affiliation: *the judge, Ana Roe of the
    district court*): a fronted phrase before a subject is not one (*As the nominee, Roe
    said*, *With his win in the state, Roe leads*); nor is an office after *as*
    (*backed Roe as the nominee, Hale, too*), nor one after a preposition of place
    that opens its sentence (*In his state, Roe, ...*).

    >>> _office_before("The Emir of Qatar, Sheikh Tamim, arrived", 19, 31)
    'Emir of Qatar'
    >>> _office_before("The King of Saudi Arabia, Ali Saud, spoke", 26, 34)
    'King of Saudi Arabia'
    >>> _office_before("Saudi Arabia's Crown Prince, Ali Saud, spoke", 29, 37)
    'Crown Prince'
    >>> _office_before("As the nominee, Ana Roe said", 16, 23)
    ''
    >>> _office_before("It rained in the capital, Ali Saud, too", 26, 34)
    ''
    >>> _office_before("Ana Roe, Ali Saud, came", 9, 17)
    ''
    """
    if not text.startswith(", ", start - 2) or (
        text[end : end + 1] not in (",", ".", ";")
        and not text.startswith(" (", end)
        and not text.startswith(" of ", end)
    ):
        return ""
    words = text[max(0, start - _DESCRIPTOR_REACH) : start - 2].split()
    if len(words) < 2:
        return ""
    k = len(words)  # the office's words end before k
    for n in (1, 2, 3):
        # "... of Saudi Arabia": a run of capitalised words after *of*
        if n >= k or not words[k - n][:1].isupper():
            break
        if k - n >= 2 and words[k - n - 1] == "of":
            k -= n + 1
            break
    head = words[k - 1]
    if not head.isalpha() or head.lower() not in _resolving_heads():
        return ""
    j = _role_start(words, k, capital=head[:1].isupper())
    if j == 0:
        return ""
    lead = words[j - 2] if j > 1 else ""
    if lead.lower() == "as" or (
        lead[:1].isupper() and lead.lower() in load("fronted_place_prepositions")
    ):
        return ""  # "as the nominee, Roe,": a role the sentence gives; "In the state, Roe,"
    owner = words[j - 1]
    if (
        owner[:1].isupper()
        and owner.endswith(("'s", "’s"))
        and owner[:-2].isalpha()
        and not (lead[:1].isupper() and lead.isalpha())
    ):
        # "Ballybeg's captain, Eoin Walsh,": a one-word owner is held as a
        # modifier, so that "the Ballybeg captain" names him later, as "the
        # captain" does (not "Saudi Arabia's": an owner of two words).
        return " ".join([owner[:-2], *words[j:]])
    return " ".join(words[j:])


_SENTENCE_REACH = 400  # characters back to the start of a sentence
# A family opening a sentence, then an issuing verb (an auxiliary before it) and the
# space before the document's "a": "The family of Ana Ruiz has released ", "Ana
# Ruiz's relatives issued " (see _Registry._issuing_family).
_FAMILY_NOUNS = "|".join(sorted(map(regex.escape, load("family_nouns")), key=len, reverse=True))
_ISSUING_FAMILY = regex.compile(
    r"(?P<family>[Tt]he[ ](?:\p{Ll}++[ ]){0,2}?(?:" + _FAMILY_NOUNS + r")"
    r"(?:[ ]of[ ][^,.;:\n]{1,60}?)?"
    r"|\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+){0,3}['’]s[ ](?:" + _FAMILY_NOUNS + r"))"
    r"[ ](?:(?:has|have|had)[ ])?(?:"
    + "|".join(sorted(map(regex.escape, load("issuing_verbs")), key=len, reverse=True))
    + r")[ ]"
)
# "to" or "for" and a capitalised word after a role: whom the role serves.
_SERVED = regex.compile(r"[ ](?:to|for)[ ](?:the[ ])?+(?=\p{Lu})")
_KIN_REACH = 48  # characters before a given name read for "Hale's wife, "
# A possessive name (or "his" or "her"), at most one lower-case word, a noun of kin
# and a comma, ending where a given name starts: "Hale's wife, ", "Roe’s younger
# brother, ", "his wife, ".
_KIN_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?P<owner>\p{Lu}[\p{Ll}\p{M}\-]++)(?:'s|’s)|(?P<pronoun>[Hh](?:is|er)))"
    + r"[ ](?:\p{Ll}++[ ])?+(?:"
    + "|".join(sorted(load("kin_nouns")))
    + r"),[ ]\Z"
)


def _kin_surname(text: str, start: int, end: int, head: str) -> tuple[str, int]:
    """The surname a given name set between commas after a possessive name and a
    noun of kin takes from that name (``lexicons/kin_nouns.txt``): *Hale's wife,
    Ann,* or *Hale's son, Tom, and ...* name Ann Hale and Tom Hale, ``("Hale", -1)``;
    after *his* or *her* (*his wife, Jane,*), ``("", where the pronoun starts)``: its
    referent gives the surname (see ``_Registry._kin_owned``); ``("", -1)`` for any
    other word (not a given name, no comma after it, another shape before it).

    >>> _kin_surname("Hale's son, Tom, said", 12, 15, "Tom")
    ('Hale', -1)
    >>> _kin_surname("with his wife, Jane, at", 15, 19, "Jane")
    ('', 5)
    """
    if not text.startswith(",", end) or head.casefold() not in load_table("given_names"):
        return "", -1
    m = _KIN_BEFORE.search(text, max(0, start - _KIN_REACH), start)
    if m is None:
        return "", -1
    owner = m.group("owner")
    return (owner, -1) if owner is not None else ("", m.start("pronoun"))


_PAIR_KIN_REACH = 16  # characters back from a given name to a plural noun of kin
# "twins ", "the couple ": a plural noun of kin (``pair_kin_nouns``) right before a name.
_PAIR_KIN = regex.compile(
    r"(?<![\p{L}\p{M}])(?:" + "|".join(sorted(load("pair_kin_nouns"))) + r")[ ]\Z", regex.IGNORECASE
)


def _shared_surname(
    text: str, end: int, head: str, rows: list[tuple[int, int, str, PhraseKind, str, str]]
) -> str:
    """The surname a lone given name ``head`` (ending at ``end``) shares with the
    full name right after *and* (*twins Priya and Anjali Raman*, *the couple Tom
    and Ada Lin*): that name's surname, when a plural noun of kin stands right
    before ``head`` (``lexicons/pair_kin_nouns.txt``: without one, *Louisa and James
    Harthouse* may be two families), ``head`` is a given name
    (``lexicons/given_names.tsv``) and the name after *and* is two words with no
    title; else "".

    >>> text = "The twins Priya and Anjali Raman won; Tom and Ada Lin lost."
    >>> rows = _name_rows_seen(text)[0]
    >>> _shared_surname(text, 15, "Priya", rows), _shared_surname(text, 41, "Tom", rows)
    ('Raman', '')
    """
    start = end - len(head)
    if head.casefold() not in load_table("given_names") or not _PAIR_KIN.search(
        text, max(0, start - _PAIR_KIN_REACH), start
    ):
        return ""
    at = end + len(" and ")
    row = rows[bisect.bisect_left(rows, (at,))] if rows and rows[-1][0] >= at else None
    if row is None or row[0] != at or row[3] is not _NAME or row[5]:
        return ""
    words = row[4].split()
    if len(words) != 2:
        return ""
    return words[1]


_DOCUMENT_REACH = 3000  # characters back to where a document was introduced
_DOCUMENT_STEPS = 16  # the document's noun read at most this many times back
_DOCUMENT_CHAIN = 2  # earlier namings of a document read on from (_document_issuer)
_ARTICLE_REACH = 24  # characters from "a" or "an" to the document's noun
_ISSUER_REACH = 16  # characters of an issuing verb before "a" (see _issuer_before)
_FRONTED_REACH = 120  # characters from a fronted "In a statement" to its comma, and past it
# "a" or "an" (or "its" after "in": "said in its annual report") and at most two
# lower-case words right before a document's noun ("a statement", "a brief written
# statement"), from the article to the end; a word may open on a figure ("a 48-page
# ruling", "a 2019 report").
# "The 84-page report", "this annual report": a document named again by "the" or
# "this" and lower-case modifiers, as "the report" is (see _document_issuer).
_DEFINITE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:the|The|this|This)(?:[ ][\p{Ll}\d][\p{Ll}\d\-]*+){1,2}+\Z"
)
_INDEFINITE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:a|an|(?<=in[ ])its)(?:[ ][\p{Ll}\d][\p{Ll}\d\-]*+){0,2}+[ ]\Z"
)
_KIND_REACH = 6000  # characters back to a body introduced by its kind (an article)
_KIND_BLOCK = 2048  # the stretch of text read at once for such names
# "The health board said", "Police said": *the* or a capitalised word, and up to
# four lower-case words after it, among which a body's noun and the word after it
# (the verb).
# A capitalised word, then a lower-case word: a one-word name opening a sentence
# before its verb (*Kremlin denied*; not *Kremlin aides*), for _Registry._opening_seat.
_SEAT_OPENING = regex.compile(r"(\p{Lu}\p{L}*+)[ ](\p{Ll}++)")
# Sentences read back for a one-word body opening one (_Registry._opening_word_back);
# how common a capitalised word may be and still be read as a body's name there is
# mentions.COMMON_OPENER_ZIPF (*Police*, *Officials*, *Critics* are more common).
_OPENING_WORD_SENTENCES = 8
# A plural role noun and *at* opening a sentence before a body's name: *Economists
# at Harwick Bank said in a note* (_Registry._staff_opening).
_STAFF_AT = regex.compile(r"(\p{Lu}\p{Ll}++)[ ]at[ ]")
_OPENING_DESCRIPTION = regex.compile(r"\p{Lu}[a-z\-]*+(?:[ ][a-z][a-z\-]*+(?:['’]s)?+){1,4}+")
# The same in lower case, after a fronted phrase's comma ("In a statement after its
# meeting, the bank said"; "In a statement, police said").
_FRONTED_DESCRIPTION = regex.compile(r"[a-z][a-z\-]*+(?:[ ][a-z][a-z\-]*+(?:['’]s)?+){1,4}+")
_KIND_NAME_SPAN = 200  # characters a kind and its name may run past a stretch's end
# A document's author named after it: "a report by the Audit Office", "a letter,
# signed by Dr Ana Ruiz,", "a statement from the council" (lexicons/author_links.txt;
# not "in": "a report in Leeds" names a place as often as a paper).
_AUTHOR_AFTER = regex.compile(
    r",?+[ ](?:"
    + "|".join(
        sorted((regex.escape(w) for w in load("author_links") - {"in"}), key=len, reverse=True)
    )
    + r")[ ](?:the[ ])?+(?P<name>\p{Lu})"
    # or a participle of such a link a few words before its "by" ("a report
    # released in June by the Audit Office"; at most PARTICIPLE_GAP words, none "by")
    + r"|,?+[ ](?:"
    + "|".join(sorted(link_participles()))
    + rf")(?:[ ](?!by[ ])[\p{{L}}\p{{N}}]++){{1,{PARTICIPLE_GAP}}}+"
    + r"[ ]by[ ](?:the[ ])?+(?P<name>\p{Lu})"
)
# An outlet's name printed with one of its nouns (lexicons/outlet_nouns.txt): after
# "the" and at most two lower-case words, right before the noun ("the national Kobe
# Shimbun newspaper"); set off by a comma before up to four words that end on the
# noun, none a preposition ("The Valley Ledger, the state's largest newspaper,"); or
# after the noun and "of" ("the editors of The Beacon").
_OUTLET_NOUN = (
    r"(?:"
    + "|".join(sorted((regex.escape(w) for w in load("outlet_nouns")), key=len, reverse=True))
    + r")"
)
_OUTLET_CAPS = r"\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+){0,3}+"
_OUTLET_NAMED = regex.compile(
    r"(?<![\p{L}\-])(?:"
    + r"(?:the|The)[ ](?:[a-z\-]++[ ]){0,2}+"
    + rf"(?P<before>{_OUTLET_CAPS})[ ]{_OUTLET_NOUN}(?![\p{{L}}])"
    + rf"|(?P<apposed>{_OUTLET_CAPS}),[ ](?:(?!(?:"
    + "|".join(sorted(load("descriptor_prepositions")))
    + rf")[ ])[\p{{L}}'’\-]++[ ]){{1,4}}+{_OUTLET_NOUN}[,.]"
    + rf"|{_OUTLET_NOUN}[ ]of[ ](?P<of>(?:The[ ])?+{_OUTLET_CAPS})"
    + r")"
)
# A run of capitalised words (and the connectors of a body's name) from a name's start.
_NAME_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{N}\-.]*+(?:[ ](?:(?:of|for|and)[ ](?:the[ ])?+)?+\p{Lu}[\p{L}\p{N}\-.]*+)*+"
)
# After an apposition's comma, a capitalised name: the apposition is its role.
_NAMED_NEXT = regex.compile(r"[ ]\p{Lu}\p{Ll}")
_PARENTHETICAL_REACH = 16  # characters a parenthetical after an apposed name may run
# A name's initials in brackets right before a cue verb: "the Halden Trust (HT) said".
_INITIALS_BEFORE = regex.compile(r"[ ]\(\p{Lu}[\p{Lu}\p{N}\-.&]{1,9}\)\Z")
_APPOSITION_REACH = 120  # characters an apposition after a name may run


def _past_apposition(text: str, end: int) -> int:
    """Where the words after the apposition that follows the name ending at
    ``end`` begin (*Ana Ruiz, the club's coach, said*: at *said*): the apposition
    opens on a lower-case word, a number or an owner's possessive, holds no
    sentence punctuation and closes with a comma within reach; ``end`` itself when
    there is none."""
    close = text.find(", ", end + 2, end + _APPOSITION_REACH)
    if close < 0:
        return end
    inside = text[end + 2 : close]
    first = inside.split(None, 1)[:1]
    if not first or _SENTENCE_PUNCTUATION.search(inside) is not None:
        return end
    word = first[0]
    if not (word[:1].islower() or word[:1].isdigit() or word.endswith(("'s", "’s"))):
        return end
    if word in _CLAUSE_OPENERS:
        return end  # "the Islamic State, or ISIS, has": another name, no apposition
    return close + 2


# (the phrase and up to four title words or modifiers are read back as far as a
# title phrase in apposition is: _title_run_start)
_INTRODUCED_END = regex.compile(r"(?:, \d{1,3})?+\.(?:\s|$)")


def _introduced_at_end(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the person its sentence brings in at its
    end: the one a prize goes to (*The top award went to the singer Ana Ruiz,
    79.*), the real name behind a stage name (*whose real name is Ana Ruiz.*). A
    phrase of ``introducing_phrases`` right before the name, or before up to four
    title words, epithets (*painter*) or capitalised modifiers after *the*, *a* or
    *an*; then the sentence's end, an age between. Not *went to Ana Ruiz and Tom Hale* (two
    people), nor *went to Ana Ruiz for her role* (the sentence goes on), nor
    *she went to Ana Ruiz.* (a pronoun's errand).

    >>> _introduced_at_end("The prize went to the singer Ana Ruiz, 79. She", 29, 37)
    True
    >>> _introduced_at_end("It went to Ana Ruiz and Tom Hale.", 11, 19)
    False
    """
    if _INTRODUCED_END.match(text, end) is None:
        return False
    lo = max(0, start - _TITLED_APPOSITION_REACH)
    words = [w[0] for w in _TITLED_APPOSITION_LEAD.finditer(text, lo, start)]
    k = _title_run_start(words, _title_words() | load("epithet_nouns"))
    if k < len(words):
        if k == 0 or words[k - 1] not in ("the", "a", "an"):
            return False
        k -= 1
    phrases = load("introducing_phrases")
    n = next((n for n in (2, 3, 4) if " ".join(words[max(0, k - n) : k]) in phrases), 0)
    # Not after a pronoun (*Then she went to Ana Ruiz.*: someone's errand, whose
    # subject is the one a pronoun after it goes on with).
    return n > 0 and (k == n or words[k - n - 1].lower() not in load("stopwords"))


_RELATIVE_REACH = 100  # characters of a relative clause on a name, to its comma
_RELATIVE_BREAK = regex.compile(r"[.;:!?()\n]")
_PERSON_RELATIVES = load("person_relatives")


def _past_relative(text: str, at: int) -> int:
    """Where the words after a relative clause on a person's name begin, when one
    opens at ``at`` (*who played a nurse in "Ward Nine",* then *wept*): a relative
    pronoun of persons, no sentence punctuation (quotes may stand inside) and a
    comma within ``_RELATIVE_REACH``; ``at`` itself when there is none.

    >>> _past_relative("who sang, wept", 0)
    10
    >>> _past_relative("who sang. She wept, then", 0)
    0
    """
    word = text[at : at + 8].split(None, 1)[:1]
    if not word or word[0] not in _PERSON_RELATIVES:
        return at
    close = text.find(", ", at, at + _RELATIVE_REACH)
    if close < 0 or _RELATIVE_BREAK.search(text, at, close) is not None:
        return at
    return close + 2


def _verb_word(text: str, at: int) -> bool:
    """True when the word at ``at`` is a verb the subject test reads: a cue verb, a
    past form (``irregular_pasts``, ``past_forms``) or a lower-case word in *-ed*.

    >>> _verb_word("spoke of her son", 0), _verb_word("from Arusha, was", 0)
    (True, False)
    """
    word = text[at : at + 20].split(None, 1)[:1]
    if not word or not word[0].isalpha() or not word[0].islower():
        return False
    w = word[0]
    return w in _CUE_VERBS or w in _PASTS or w in _SUBJECT_PASTS or w.endswith("ed")


_SENTENCE_PUNCTUATION = regex.compile(r"[.;:!?\"“”()]")
# A capitalised word and "and" or "or" at the end of the text before a name (looked
# for where the text ends with one of the two words and a space).
_CONJUNCTIONS = (" and ", " or ")
_CONJUNCT = regex.compile(r"\p{Lu}[\p{L}'’\-]*+[ ](?:and|or)[ ]$")


def _after_inverted_cue(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a comma or a closing quote and a
    cue verb with no object, spaces between them (*..., said Wilcox*), within the
    24 characters before it."""
    before = text[max(0, start - 24) : start]
    if not before.endswith(" "):
        return False
    words = before.rstrip(" ")
    space = words.rfind(" ")
    if space < 0 or words[space + 1 :] not in _INVERTED_VERBS:
        return False
    return words[:space].rstrip(" ")[-1:] in _QUOTE_OR_COMMA


def _reported(text: str, start: int) -> bool:
    """True when the name at ``start`` opens a clause after *that* or *whether*
    (``lexicons/complementizers.txt``) and one space, or after a cue verb with no
    *that* (:func:`_opens_unmarked_clause`): the subject of what someone reports."""
    if text.endswith(_COMPLEMENTIZER_ENDS, 0, start):
        return True
    return _opens_unmarked_clause(text, start)


def _opens_unmarked_clause(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a cue verb with no object
    (``lexicons/cue_verbs.tsv``) and one space, and that verb does not follow a
    comma or a quote: the subject of what someone reports with no *that* (*Aides
    say Roe advises*, *The remarks suggest Roe is*), not the cue's own subject set
    after it (*..., said Roe*).

    >>> _opens_unmarked_clause("Aides say Roe advises him.", 10)
    True
    >>> _opens_unmarked_clause('"No," said Roe.', 11)
    False
    >>> _opens_unmarked_clause("Aides thanked Roe.", 14)
    False
    >>> _opens_unmarked_clause("But state Rep. Roe spoke.", 10)
    False
    """
    words = text[max(0, start - 16) : start]
    return (
        words.endswith(" ")
        and words.rstrip(" ").rsplit(None, 1)[-1:] in _INVERTED_LISTS
        and not _after_inverted_cue(text, start)
        and not _office_first(text[start : start + 16])
    )


def _office_first(name: str) -> bool:
    """True when ``name`` opens on a title that is no honorific (*Rep.*, *Senator*):
    the word before it is then a noun of the title's phrase (*state Rep. Ana Roe*),
    though the same word is a verb elsewhere (*officials state Roe is*)."""
    words = name.split(None, 1)
    first = words[0] if words else ""
    return first.strip(".").lower() in _title_words() and not honorific(first)


# " that ", " whether ", "\nthat ": a complementizer and a space at the end of a text.
_COMPLEMENTIZER_ENDS = tuple(
    f"{edge}{word} " for word in sorted(load("complementizers")) for edge in (" ", "\n")
)


def _described(lead: str) -> bool:
    """True when ``lead`` ends on a lower-case word and a comma (*Her coach,*): a
    name after it is in apposition to a description, not to a place (*Monsey,*)."""
    m = _WORD_BEFORE_COMMA.search(lead)
    return m is not None and m.group(1).islower()


# What may stand between a quote's end and the pronoun that tags it (_Entity.hear_tag),
# and the sex each tagging pronoun says.
_TAG_GAP = regex.compile(r"[,;:]?[ ]{1,2}")
# Between a quote's end and its speaker's name in the cue after it: a comma and one
# lower-case word or none (*," said Ana Roe*, *," Ana Roe said*).
_SPEAKER_AFTER_QUOTE = regex.compile(r"[,;:]?[ ]{1,2}(?:\p{Ll}++[ ]{1,2})?")
_TAG_SEX = {"he": "m", "she": "f"}
# What _pronoun_fit answers for a person tagged only with the other pronoun.
_HEARD_OTHER = -1
_VOTE_REACH = 160  # characters after a subject's name read for its pronoun
# The first third-person pronoun after a name, unless a sentence end or a quote
# mark comes first (then group 1 is None). Linear: one pass of a character class
# and a bounded alternation at each word start.
_PRONOUN_GENDER = load_table("gender_pronouns")


@functools.cache
def _owner_subjects() -> dict[str, str]:
    """A third person's possessive determiner and the subject pronoun of its gender and
    number (``lexicons/pronouns.tsv``): the owner of words (*his answer*, the row
    ``pronoun-owner``) is resolved as that subject is.

    >>> sorted(_owner_subjects().items())
    [('her', 'she'), ('his', 'he'), ('its', 'it'), ('their', 'they')]
    """
    table = rows("pronouns")
    third = [r for r in table if r["person"] == "3"]
    subjects = {
        (r["gender"], r["number"]): str(r["pronoun"]) for r in third if r["case"] == "subject"
    }
    owners = load("determiners")
    return {
        str(r["pronoun"]): subjects[r["gender"], r["number"]]
        for r in third
        if r["pronoun"] in owners
        and r["case"] != "subject"
        and (r["gender"], r["number"]) in subjects
    }


_VOTE_PRONOUN = regex.compile(
    r"[.!?\"“”]|(?<![\p{L}\p{M}'’])("
    + "|".join(sorted(_PRONOUN_GENDER, key=len, reverse=True))
    + r")(?![\p{L}\p{M}'’])",
    regex.IGNORECASE,
)
# The end of a name's sentence (maybe a quote that ends it) or a quote mark, whichever
# comes first, and (group p) a *He* or *She* opening the next sentence right after
# that end (_Voter.count); a sentence's end before a name's start; the key a *He* or
# *She* votes under (apart from the pronouns after the name: _Entity.pronoun_gender).
# Linear: a quote is read once, with a possessive class and no backtracking.
_NEXT_OPENER = regex.compile(
    r"(?:“[^“”\n]*+”(?<=[.!?]”)|\"[^\"\n]*+\"(?<=[.!?]\")|[.!?][\"”’']?)"
    r"[ ]{1,2}(?<p>He|She)[ ]|[\"“”]|[.!?]"
)
_VOTE_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’']?\s")
_NEXT_VOTE = {w.capitalize(): _PRONOUN_GENDER[w].upper() for w in ("he", "she")}
# "her" and "him" do not vote: "Ruiz thanked him", "Ruiz met her" say nothing of
# Ruiz ("his" is mostly the subject's own: "Ruiz and his team").


# "of Columbia, ": a capitalised name, a preposition of affiliation, one to three
# capitalised words and a comma, at the end of the text before a name.
_PLACE_CHAIN = regex.compile(
    r"\p{Lu}[\p{L}'’\-]*+[ ](?:"
    + "|".join(sorted(load("affiliation_prepositions")))
    + r")(?:[ ]\p{Lu}[\p{L}'’\-]*+){1,3}+,[ ]++$"
)
_SUBJECT_FILLERS = load("attribution_fillers")
_AUXILIARIES = load("auxiliaries")
# The forms of "be" after which an inverted sentence sets its subject (_inverted_sentence),
# and how far back its opening word is read.
_BE_WORDS = load("passive_auxiliaries")
_BE_FORMS = tuple(sorted(_BE_WORDS))  # (the whole word is read after this test)
_INVERTED_REACH = 200
# The first word after a name in apposition to a description that makes the name
# its sentence's subject (as lists, the way _subject_at compares them).
_APPOSITION_VERBS = [[w] for w in sorted(_AUXILIARIES)]
_ARTICLES_BEFORE_ROLE = [["a"], ["an"]]  # "Kofi Larsen, a postman, says"
_PASTS = load("irregular_pasts")
# Past forms not in -ed after a name make it a subject as any verb does (*Green
# candidate Moira Dunleavy lost by 88 votes*, *... came second*): wider than _PASTS,
# which the rules read as a speaker's own verb.
_SUBJECT_PASTS = load("past_forms")
# How far back _opens_with_titles looks for the sentence's start.
_OPENING_REACH = 80


def _opens_with_titles(text: str, start: int) -> bool:
    """Whether only capitalised words and role nouns (``role_nouns.txt``) stand
    between the sentence's start, or a comma, and the name at ``start`` (*In the
    riding, Green candidate Moira Dunleavy lost*), not a clause before it (*even
    though Sanders won*).

    >>> _opens_with_titles("Green candidate Moira Dunleavy lost.", 16)
    True
    >>> _opens_with_titles("He ran even though Sanders won.", 19)
    False
    """
    lo = max(0, start - _OPENING_REACH)
    head = text[lo:start]
    cut = max(head.rfind(mark) for mark in ".!?\n,")  # (or a fronted phrase's comma)
    if cut < 0 and lo > 0:
        return False  # the sentence opens further back than the reach
    roles = load("role_nouns")
    for printed in head[cut + 1 :].split():
        word = printed.strip(",;:'’\"“”()")
        if word and not word[:1].isupper() and word.lower() not in roles:
            return False
    return True


# Lower-case words after which a name may open a clause and be its subject.
_CLAUSE_OPENERS = load("clause_conjunctions")
_CUE_VERBS = load("cue_verbs")
# Cue verbs with no object (lexicons/cue_verbs.tsv), set after what was said:
# "..., said Wilcox" (_after_inverted_cue).
_INVERTED_VERBS = frozenset(w for w in select("cue_verbs", object=False) if w.isalpha())
_INVERTED_LISTS = [[w] for w in sorted(_INVERTED_VERBS)]
_QUOTE_OR_COMMA = frozenset(",”\"'’")
_NAME_CLOSERS = frozenset(",.;")  # what may follow the name of an inverted cue


# One to three lower-case words after a mention, right before a capital.
_NAMED_AS = regex.compile(
    r",?+[ ](?:who[ ])?+(?:known[ ]as|call(?:ing|s|ed)[ ](?:him|her)self|identified[ ]"
    r"(?:only[ ])?+as|(?:gave|giving)[ ](?:his|her)[ ](?:first[ ])?+name[ ](?:only[ ])?+as)[ ]"
)
_PREPOSITION_RUN = regex.compile(
    r"[ ](?:"
    + "|".join(sorted(load("affiliation_prepositions")))
    + r")(?:[ ][\p{L}\p{N}'’\-]++){1,6}+(?=,[ ])"
)
_ROLE_RUN = regex.compile(r"[ ](\p{Ll}++(?:[ ]\p{Ll}++){0,2}+)(?=[ ]\p{Lu}|,[ ]\p{Lu})")
# "the mayor of Dover, Kent,": a descriptor ending on a place; one word after it
# is the place's region, not the name.
_ENDS_ON_PLACE = regex.compile(
    r"[ ](?:"
    + "|".join(sorted(load("affiliation_prepositions")))
    + r")(?:[ ]\p{Lu}[\p{L}'’\-]*+){1,3}+$"
)
# "the farm lawyer, Ana Ruiz of the Ruiz firm": an apposed name may go on with its
# affiliation, or a relative clause.
_AFFILIATION = regex.compile(
    r"[ ](?:" + "|".join(sorted(load("affiliation_prepositions"))) + r"|who)[ ]"
)
# "Reed's campaign": a capitalised owner that no letter or number precedes, its
# letters and hyphens, "'s", spaces and an organisation's last word (the plain
# pattern is in tests/test_registry_speed.py); what follows the owner:
_POSSESSED_TAIL = regex.compile(
    r"['’]s[ \u00a0]++("
    + "|".join(sorted(load("org_suffixes"), key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)
_OWNER_CHAR = regex.compile(r"[\p{L}\-]")
_CAPITAL = regex.compile(r"\p{Lu}")
_LETTER_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")


_INTRODUCTION_REACH = 2000  # characters a descriptor looks back for its introduction
_TOPIC_REACH = 3000  # characters in which the person a descriptor's topic is counted


@functools.lru_cache(maxsize=256)
def _hint_reach(hint: regex.Pattern[str]) -> int:
    """At least the length of the longest match of ``hint`` and of *, the*,
    *, a*, *, an* (what :meth:`_Registry._may_introduce` looks for): a hint matches
    a noun, each character of its pattern at most three of the text's (a case
    folding may spell one letter with more), and reads no character past its match."""
    return max(3 * len(hint.pattern), len(", the "))


_INTRODUCED_NAME = r"(\p{Lu}[\p{L}\p{M}'’\-]*+\.?+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]*+\.?+){1,3}+)"
_AGE = regex.compile(r"(\d{1,3})-year-old")
# A country's possessive right before a person's name (*Spain's Lucia Ferrer*), a
# person's name read at its mention, and a country after the name through *of* or
# *from* (*Lucia Ferrer of Spain*, *Tom Kreja, from Kenya,*): see _country_ties.
_COUNTRY_OWNER = regex.compile(r"(\p{Lu}\p{L}+(?:[ ]\p{Lu}\p{L}+)?)['’]s[ ](?=\p{Lu})")
# Characters a country's possessive is read in: `regex` looks for the possessive's
# letters to the end of what it may read before it tries a match, so an unbounded
# match at each mention would read the rest of the text each time.
_OWNER_REACH = 64
_NAME_AT = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-.]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-.]*+)*+")
_COUNTRY_AFTER = regex.compile(
    r",?[ ](?:of|from)[ ](?:the[ ])?(\p{Lu}\p{L}+(?:[ ]\p{Lu}\p{L}+)?)(?![ ]?\p{Lu})"
)


def _country_ties(text: str, pos: int) -> frozenset[str]:
    """The countries (codes of ``lexicons/nations.tsv``) that ``text`` ties the name
    mentioned at ``pos`` to: a country's possessive holding the mention or right
    before it (*Spain's Lucia Ferrer*), or a country after the name through *of* or
    *from* (*Lucia Ferrer of Spain*, *Tom Kreja, from Kenya,*); see
    :meth:`_Registry._tied_to`.

    >>> t = "Spain's Lucia Ferrer met Tom Kreja, from Kenya, and Ana Roe."
    >>> [sorted(_country_ties(t, t.index(n))) for n in ("Lucia", "Tom", "Ana")]
    [['ES'], ['KE'], []]
    """
    countries = select("nations", kind="country")
    table = _nation_words()
    codes: set[str] = set()
    # the mention may hold the possessive ("Spain's Lucia Ferrer") or follow it
    owner = _COUNTRY_OWNER.match(text, pos, pos + _OWNER_REACH) or next(
        (m for m in _COUNTRY_OWNER.finditer(text, max(0, pos - 40), pos + 1) if m.end() == pos),
        None,
    )
    at = pos
    if owner is not None and _norm(owner[1]) in countries:
        codes.add(table[_norm(owner[1])])
        at = max(at, owner.end())
    name = _NAME_AT.match(text, at)
    if name is not None:
        origin = _COUNTRY_AFTER.match(text, name.end())
        if origin is not None and _norm(origin[1]) in countries:
            codes.add(table[_norm(origin[1])])
    return frozenset(codes)


@functools.cache
def _credit_pattern() -> regex.Pattern[str]:
    """A photo credit's whole line: up to five capitalised words, then *via* or a
    slash, and an agency of ``lexicons/credit_agencies.txt`` (*Mira Tolk via Getty
    Images.*, *Handout/AFP.*); or a dash and the agency alone (*- Reuters.*)."""
    longest = sorted(load("credit_agencies"), key=len, reverse=True)
    agencies = "|".join("[ ]".join(map(regex.escape, a.split())) for a in longest)
    return regex.compile(
        r"(?:(?:\p{Lu}[\p{L}\p{M}.'’\-]*+[ ]?){0,5}(?:[ ]via[ ]|[ ]?/[ ]?)|-[ ])?"
        rf"(?i:{agencies})[ ]?\.?"
    )


def _in_credit(text: str, pos: int) -> bool:
    """True when the line that holds ``pos`` is a photo credit printed as a paragraph
    of its own (:func:`_credit_pattern`): its names are nobody the story is about.

    >>> text = "Ana Roe won.\\n\\nJo Brae via Getty Images.\\n\\nShe said so."
    >>> _in_credit(text, text.index("Jo")), _in_credit(text, 0)
    (True, False)
    >>> _in_credit("He told it to Reuters.", 0), _in_credit("Handout/AFP.", 2)
    (False, True)
    """
    # (the line's ends are looked for at most _CREDIT_LINE characters from ``pos``: a
    # text of one long line stays linear, each of its mentions asks)
    floor = max(0, pos - _CREDIT_LINE - 1)
    start = text.rfind("\n", floor, pos) + 1
    if start == 0 and floor > 0:
        return False  # no line break that near before: a line longer than a credit's
    end = text.find("\n", pos, start + _CREDIT_LINE + 1)
    if end < 0:
        if len(text) - start > _CREDIT_LINE:
            return False
        end = len(text)
    return _credit_pattern().fullmatch(text[start:end].strip()) is not None


_CREDIT_LINE = 90  # characters of a photo credit's line, at most


@functools.cache
def _byline_pattern() -> regex.Pattern[str]:
    """A byline's whole line: an opener of ``lexicons/byline_openers.txt``, a name of
    one to five capitalised words (or two joined by *and*), then at most a comma and an
    outlet of one line that opens on a capital (*By Ana Roe, The Courier*)."""
    openers = "|".join(map(regex.escape, sorted(load("byline_openers"), key=len, reverse=True)))
    name = r"\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*+){0,4}+"
    return regex.compile(
        rf"^[ \t]*+(?i:{openers})[ ]{name}(?:[ ]and[ ]{name})?+"
        r"(?:,[ ]\p{Lu}[^\n,]{0,40}+)?+[ \t]*+$",
        regex.MULTILINE,
    )


def _off_bylines(
    text: str, rows: list[tuple[int, int, str, PhraseKind, str, str]]
) -> list[tuple[int, int, str, PhraseKind, str, str]]:
    """``rows`` without the names on a byline's own line (:func:`_byline_pattern`):
    the reporter and the outlet are nobody the story speaks of.

    >>> text = "Strike ends\\nBy Ana Roe, The Courier\\nTom Hale said so."
    >>> [r[2] for r in _off_bylines(text, _name_rows_seen(text)[0])]
    ['Strike', 'Tom Hale']
    """
    spans = [m.span() for m in _byline_pattern().finditer(text)]
    if not spans:
        return rows
    starts = [s for s, _ in spans]
    kept = []
    for row in rows:
        i = bisect.bisect_right(starts, row[0]) - 1
        if i < 0 or row[0] >= spans[i][1]:
            kept.append(row)
    return kept


# An age given in the text: "Tariq Aziz, 34," or "34-year-old" (group 1 or 2).
_GIVEN_AGE = regex.compile(r",[ ](?:aged[ ])?+(\d{1,3}+),|(?<![\p{L}\d\-])(\d{1,3}+)-year-old")


@functools.lru_cache(maxsize=1 << 12)
def _group_name(name: str) -> bool:
    """True when ``name`` ends on a plural of a party word or of a nation's
    demonym (*Iowa Democrats*, *Muslim Americans*): a group, never *he* or *she*.

    >>> _group_name("Iowa Democrats"), _group_name("Muslim Americans"), _group_name("Ana Ross")
    (True, True, False)
    """
    words = name.split()
    last = words[-1].lower().rstrip("'’") if words else ""
    if len(last) < 4 or not last.endswith("s"):
        return False
    return (last in load("party_words") and last[:-1] in load("party_words")) or (
        last[:-1] in _nation_words()
    )


def _party_member(text: str) -> bool:
    """True for *the* and one capitalised party noun (*the Republican*, *the
    Democrat*: ``lexicons/party_members.txt``), one member of a party."""
    words = text.split()
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and words[1][:1].isupper()
        and words[1].lower() in load("party_members")
    )


def _contest_descriptor(text: str) -> bool:
    """True for a definite descriptor of a person running for office: *the*, at most
    three words that say which race (a capitalised party word, or a word of
    ``lexicons/contest_modifiers.txt``: *presidential*, *presumptive*), each once, and
    a contest noun (*the candidate*, *the GOP front-runner*, *the presumptive Republican
    presidential nominee*: ``lexicons/contest_nouns.txt``), or a party member (*the
    Republican*)."""
    words = text.split()
    if _party_member(text):
        return True
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return False
    if words[-1].lower() not in load("contest_nouns"):
        return False
    middle = words[1:-1]
    return len(set(middle)) == len(middle) and all(
        # (A party word capitalised: "former" and "then" are in that lexicon too.)
        (w[:1].isupper() and w.lower() in load("party_words")) or w in load("contest_modifiers")
        for w in middle
    )


def _descriptor_state(phrase: str) -> str:
    """The state of the United States that a definite descriptor names before its
    lower-case noun (*the Florida senator*, *the former New Jersey governor*:
    ``lexicons/us_states.txt``), lower case; "" when it names none.

    >>> _descriptor_state("the former New Jersey governor"), _descriptor_state("the senator")
    ('new jersey', '')
    """
    words = phrase.split()
    if len(words) < 3 or words[0].lower() != "the":
        return ""
    if not _lower_word(words[-1]) and words[-1].lower() not in load("party_members"):
        return ""  # (a party's member is a noun too: "the Ohio Republican")
    # The state's words stand right before the noun, lower-case words before them:
    # "the independent Vermont senator", not "the voters of Florida since being".
    middle = words[1:-1]
    lower = 0
    while lower < len(middle) and _lower_word(middle[lower]):
        lower += 1
    state = " ".join(middle[lower:]).lower()
    return state if lower <= _STATE_LEAD and state in load("us_states") else ""


def _title_states(titles: Iterable[str]) -> frozenset[str]:
    """The states of the United States that ``titles`` name by their full names
    (*Texas Sen*, *the independent Vermont senator who*)."""
    states = load("us_states")
    got = set()
    for title in titles:
        words = _norm(title).split()
        for i, word in enumerate(words):
            if word in states:
                got.add(word)
            if i + 1 < len(words) and f"{word} {words[i + 1]}" in states:
                got.add(f"{word} {words[i + 1]}")
    return frozenset(got)


def _parties(words: Iterable[str]) -> frozenset[str]:
    """The parties that capitalised party words among ``words`` name, and the letter
    of a party tag (*R-Fla.*, *(D-Mass.)*): ``lexicons/party_names.tsv``.

    >>> sorted(_parties("the GOP front-runner".split())), sorted(_parties(["(D-Vt.)"]))
    (['republican'], ['democratic'])
    """
    names = load_table("party_names")
    got = set()
    for printed in words:
        word = printed.strip("(),.")
        if not word[:1].isupper():
            continue
        tag = _PARTY_TAG.fullmatch(word)
        key = word[0].lower() if tag is not None else word.lower()  # a tag: its letter
        if (tag is not None or len(key) > 1) and key in names:
            got.add(names[key])
    return frozenset(got)


# A lawmaker's party tag right after the name: "Ana Roe (D-Ohio)", "Tom Lee, R-Texas,".
_PARTY_TAG_AFTER = regex.compile(
    rf"[ ]\(({_PARTY_TAG_TEXT})\)|,[ ]({_PARTY_TAG_TEXT})(?=[,;]|[ ]\p{{Ll}})"
)


def _party_tag_at(text: str, end: int, entity: _Entity) -> None:
    """Keep the party tag printed right after the name that ends at ``end``
    (*(D-Ohio)*, *, R-Texas,*) among ``entity``'s titles, when its letter names a
    party (``lexicons/party_names.tsv``): *the Democrat* is then no tagged
    Republican (:func:`_party_clash`).

    >>> e = _new_entity("Ana Roe", SpeakerKind.PERSON)
    >>> _party_tag_at("Rep. Ana Roe (D-Ohio) voted no.", 12, e)
    >>> e.titles
    ['D-Ohio']
    """
    m = _PARTY_TAG_AFTER.match(text, end)
    if m is None:
        return
    tag = m.group(1) or m.group(2)
    if _parties([tag]):
        entity.add_title(tag)


def _party_clash(parties: frozenset[str], entity: _Entity) -> bool:
    """True when ``parties`` (a descriptor's) and the parties ``entity``'s titles name
    are both known and share none: *the Democratic nominee* is no titled Republican."""
    if not parties:
        return False
    held = _parties(w for t in entity.titles for w in t.split())
    return bool(held) and not held & parties


def _demonym(word: str) -> bool:
    """True for a capitalised word of the nations lexicon (*the Italian*, *the
    Kenyan*): said of a person, an epithet of someone the article named."""
    return word[:1].isupper() and word.lower() in _nation_words()


def _another_age(text: str, start: int, end: int, age: str) -> bool:
    """True when ``text[start:end]`` gives an age other than the descriptor ``age``
    (*N-year-old*): *the 61-year-old* is not *Tariq Aziz, 34,*."""
    n = age.split("-", 1)[0]
    return any((m.group(1) or m.group(2)) != n for m in _GIVEN_AGE.finditer(text, start, end))


# The characters a name of _INTRODUCED_NAME is made of, and the lower-case words and
# spaces an age's first form may put before it: a run of them read on or back.
_NAME_RUN_AHEAD = regex.compile(r"[\p{L}\p{M}'’\-. ]*+")
_NAME_RUN_BACK = regex.compile(r"(?r)[\p{L}\p{M}'’\-. ]*+")


def _age_spans(text: str, age: str, lo: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text[lo:end]`` outside which the pattern that
    :func:`_introduction_pattern` makes for the ``age`` (*47*) cannot match, sorted
    and apart: a match of its first form opens with *N-year-old* and runs on over
    letters and spaces only; one of its second or third form ends with *, N*, *,
    aged N* or *, a N-year-old* and its name runs back over letters and spaces only
    (its look-ahead reads six characters more). Every match lies inside one
    stretch, and none reaches past its stretch's end, so ``finditer`` from a
    stretch's start finds what it finds from ``lo`` there (:func:`_last_match_in`).
    Found with ``str.find``: the 2,000 characters before each *the 47-year-old* are
    read by the pattern only around the number 47.

    >>> text = "At 9, Ana Ruiz, 47, spoke; the 47-year-old Ben Lee too."
    >>> [text[a:b] for a, b in _age_spans(text, "47", 0, len(text))]
    [' Ana Ruiz, 47, spok', '47-year-old Ben Lee too.']
    """
    spans = []
    first = f"{age}-year-old "
    at = text.find(first, lo, end)
    while at >= 0:
        ahead = _NAME_RUN_AHEAD.match(text, at + len(first), end)  # (never None)
        spans.append((at, end if ahead is None else ahead.end()))
        at = text.find(first, at + 1, end)
    for second in (f", {age}", f", aged {age}", f", a {age}-year-old", f", an {age}-year-old"):
        at = text.find(second, lo, end)
        while at >= 0:
            back = _NAME_RUN_BACK.match(text, lo, at)  # (never None)
            spans.append((lo if back is None else back.start(), min(end, at + len(second) + 6)))
            at = text.find(second, at + 1, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, stop in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def _last_match_in(
    pattern: regex.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> regex.Match[str] | None:
    """The last match of ``pattern`` in the last of ``spans`` that holds one: the
    last of ``pattern.finditer(text, lo, end)`` when every match lies inside one of
    the spans (sorted and apart, inside ``[lo, end)``), as :func:`_age_spans` gives."""
    for start, stop in reversed(spans):
        last = _last_of(pattern, text, start, stop)
        if last is not None:
            return last
    return None


# Characters no introduction pattern of a noun matches, reads past, or starts a match
# at (its names, roles, verbs and commas are letters, marks, spaces, ' ’ - . and ,).
_BARRIER = regex.compile(r'[0-9"“”\n;:()!?]')
_BARRIER_BACK = regex.compile(r'(?r)[0-9"“”\n;:()!?]')

# What a reading of a noun's introduction pattern settled: ``(first, last, match)``,
# two barriers (:data:`_BARRIER`) and the last match that starts between them.
_Carried = tuple[int, int, "regex.Match[str] | None"]


def _last_of(pattern: regex.Pattern[str], text: str, lo: int, end: int) -> regex.Match[str] | None:
    """The last match of ``pattern.finditer(text, lo, end)``, None when none.

    >>> _last_of(regex.compile("a."), "ab ac ad", 0, 7).group()
    'ac'
    """
    last = None
    for m in pattern.finditer(text, lo, end):
        last = m
    return last


def _last_match_carried(
    pattern: regex.Pattern[str],
    text: str,
    lo: int,
    end: int,
    carried: dict[regex.Pattern[str], _Carried],
) -> regex.Match[str] | None:
    """The last of ``pattern.finditer(text, lo, end)`` for a noun's introduction
    pattern, reading again none of what the window before it settled.

    No match holds a barrier (a digit, a quote mark, a line break, ``;:()!?``:
    :data:`_BARRIER`) nor starts at one, and a try from before a barrier reads no
    character past it. So ``finditer`` from anywhere before a barrier finds from it
    on what it finds from the barrier, and what it finds between two barriers does
    not depend on where the window ends past the second. ``carried`` keeps, per
    pattern, the first and last barriers of the last window and the last match
    between them; a window whose first barrier is not before that first and whose
    last is not before that last reads only the text before its first barrier and
    after the last kept one. Another window is read whole (and kept).

    >>> pattern, _hint = _introduction_pattern("mayor")
    >>> text = 'Mayor Ana Ruiz said "no" (1) and the mayor said "yes" (2) '
    >>> kept = {}
    >>> [_last_match_carried(pattern, text, 0, e, kept).group(1) for e in (30, 58)]
    ['Ana Ruiz', 'Ana Ruiz']
    """
    first_b = _BARRIER.search(text, lo, end)
    last_b = _BARRIER_BACK.search(text, lo, end)
    if first_b is None or last_b is None:
        return _last_of(pattern, text, lo, end)
    first, last = first_b.start(), last_b.start()
    known = carried.get(pattern)
    if known is not None and known[0] <= first and known[1] <= last:
        kept = known[2]
        between = _last_of(pattern, text, max(known[1], first), last + 1)
        if between is None and kept is not None and kept.start() > first:
            between = kept
    else:
        between = _last_of(pattern, text, first, last + 1)
    carried[pattern] = (first, last, between)
    return _last_of(pattern, text, last, end) or between or _last_of(pattern, text, lo, first + 1)


@functools.lru_cache(maxsize=256)
def _introduction_pattern(
    head: str,
) -> tuple[regex.Pattern[str], regex.Pattern[str] | None] | None:
    """Where a name is introduced with the noun ``head`` of a descriptor (a
    lower-case word, not a relational head such as *son* or *man*, a body's noun
    or a document's, or *N-year-old*):
    before it (*astronaut Karl Reiter*, *34-year-old Tariq Aziz*), in
    apposition after it (*Karl Reiter, an astronaut*, *Karl Reiter, the crew's
    astronaut since 2019*, *Tariq Aziz, 34,*, *Tariq Aziz, a 34-year-old pilot*),
    or after a verb of office and *as*
    (*Karl Reiter was named as astronaut*, *Karl Reiter, who served as the
    astronaut*; ``lexicons/role_verbs.txt``); the name is the match's first group
    that took part. An office's *-elect* form (*mayor-elect*) is introduced by
    *elected* and the office (*Ana Lee was elected mayor*) or by *won the* and a
    contest (*Ana Lee won the runoff*, ``lexicons/won_contests.txt``). None for
    another head.
    Linear: possessive runs of letters; the words before the noun in
    apposition, at most three, are tried from the fewest (a bounded choice).

    With the pattern comes a hint for a noun (None for an age): the noun, which
    the first and the third forms hold, a fast necessary test.

    >>> pattern, hint = _introduction_pattern("astronaut")
    >>> hint.search("named as astronaut") is not None
    True
    >>> hint.search("the cosmonaut said") is None
    True
    """
    age = _AGE.fullmatch(head)
    if _elect_head(head):
        # "Ana Lee was elected mayor", "Lee, who was elected as the city's mayor":
        # *the mayor-elect* is the one the article says won the office
        office = regex.escape(head.removesuffix("-elect"))
        # or the winner of the contest the article reports: "Ana Lee won the
        # second round" (``lexicons/won_contests.txt``)
        contests = "|".join(regex.escape(w) for w in sorted(load("won_contests")))
        return regex.compile(
            rf"{_INTRODUCED_NAME},?+[ ](?:\p{{Ll}}++[ ]){{0,2}}?(?:(?:re-)?elected[ ]"
            rf"(?:as[ ])?(?:the[ ])?(?:\p{{Ll}}[\p{{L}}'’\-]*+[ ]){{0,3}}?{office}"
            rf"|won[ ]the[ ](?:\p{{Ll}}[\p{{L}}'’\-]*+[ ]){{0,3}}?(?:{contests}))(?![\p{{L}}\-])"
        ), regex.compile(r"(?<![\p{L}\-])(?:elected|won[ ]the)[ ]")
    if age is not None:
        n = age.group(1)
        pattern = regex.compile(
            rf"(?<![\p{{L}}\d\-]){n}-year-old[ ](?:\p{{Ll}}++[ ]){{0,2}}+{_INTRODUCED_NAME}"
            rf"|{_INTRODUCED_NAME},[ ](?:aged[ ])?{n}(?=,|[ ]years)"
            rf"|{_INTRODUCED_NAME},[ ]an?[ ]{n}-year-old(?![\p{{L}}\d\-])"
        )
        return pattern, None
    hint = _noun_hint(head)
    if hint is None:
        return None  # a relation, a body ("the group") or a document is no one's role
    word = regex.escape(head)
    opener = rf"(?<![\p{{L}}\-])(?i:{word})[ ]"
    # up to three lower-case words (possessives too: "the club's") before the noun
    before = r"(?:\p{Ll}[\p{L}'’\-]*+[ ]){0,3}?"
    role = rf"{before}{word}(?![\p{{L}}\-])"
    # the holder of an office in a sentence of its own, either way round: "Tamim
    # Rahal is Qatar's emir", "The country's emir is Tamim Rahal" (an owner's
    # possessive of up to three capitalised words: "Saudi Arabia's", "Qatar's")
    owner = r"(?:an?[ ]|the[ ]|\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+){0,2}['’]s[ ])"
    # Only an office or a role is given so ("The problem is John Smith" introduces
    # no one): other heads get a copula that never matches, the groups kept.
    copula = _verbs_alternation("office_copulas") if head in _role_or_title_words() else "(?!)"
    pattern = regex.compile(
        rf"{opener}{_INTRODUCED_NAME}"
        rf"|(?<![\p{{L}}\-])(?:The|the|\p{{Lu}}[\p{{L}}\-]*+['’]s)[ ]{role}[ ]{copula}[ ]"
        r"(\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]*+){1,3}+)(?=[.,;])"
        rf"|{_INTRODUCED_NAME}(?:,[ ](?:an?|the)[ ]{role}"
        rf"|,?+[ ](?:\p{{Ll}}++[ ]){{0,2}}?{_verbs_alternation('role_verbs')}(?:[ ]in)?[ ]as[ ]"
        rf"(?:an?[ ]|the[ ])?{role}"
        rf"|[ ]{copula}[ ]{owner}{role}(?=[.,;]))"
    )
    return pattern, hint


# Where an office's body ends and its holder's name begins in agency copy: the words
# of a body after "of", "for" or "to" (capitalised words, "the" and up to two
# lower-case words after it, the joining words), then, after an optional comma, "the"
# and up to two lower-case words and capitalised title words before the name: "of
# the Lake Union, the former Prime Minister ", "of the regional government ".
_BODY_WORD = (
    r"(?:of|for|to|and|in|on|at|the(?:[ ]\p{Ll}[\p{L}\-]*+){0,2}|\p{Lu}[\p{L}\p{M}'’.\-]*+)"
)
_BODY_BEFORE_NAME = regex.compile(
    rf"(?:of|for|to)[ ](?:{_BODY_WORD}[ ]){{0,8}}?{_BODY_WORD}"
    r"(?:[ ]|,[ ](?:the[ ])?(?:\p{Ll}[\p{L}\-]*+[ ]){0,2}(?:\p{Lu}[\p{L}.\-]*+[ ]){0,3})"
)

# A name printed as an owner's: "Ana Roe's".
_OWNER_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}.\-]*+)*+['’]s(?!\p{L})"
)

# What ends the clause an office's holder is named in
# (:meth:`_Registry._named_after_office`).
_CLAUSE_STOP = regex.compile(r"[;:!?\n\"“”«»‹›]|(?<!(?<!\p{L})\p{Lu}\p{Ll}{0,3})[.][ ]")


@functools.lru_cache(maxsize=256)
def _unnamed_holder(head: str) -> regex.Pattern[str]:
    """An unnamed person brought in with the noun ``head``: *a*, *an* or *another*,
    up to three lower-case words, the noun (:meth:`_Registry._unnamed_since`).

    >>> _unnamed_holder("official").search("said a senior trade official on Monday").group()
    'a senior trade official'
    """
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?:[Aa]n?|[Aa]nother)[ ](?:\p{{Ll}}[\p{{L}}\-]*+[ ]){{0,3}}?"
        rf"{regex.escape(head)}(?![\p{{L}}\-])"
    )


@functools.lru_cache(maxsize=256)
def _any_case(word: str) -> regex.Pattern[str]:
    """``word`` in any case, searched within a window of the text (a whole-text
    ``lower()`` per call made a long document's parse quadratic).

    >>> _any_case("envoy").search("The Envoy of the Union", 0, 9).group()
    'Envoy'
    """
    return regex.compile(regex.escape(word), regex.IGNORECASE)


# What follows an office's noun in :func:`_office_with_body` (its lookahead).
_OFFICE_BODY_OPENERS = (" of ", " for ", " to ")


def _office_may_match(text: str, head: str, lo: int, end: int) -> bool:
    """False only when :func:`_office_with_body` of ``head`` has no match in
    ``text[lo:end]``: the noun, in any case, then *of*, *for* or *to*. A noun
    printed with none is no office's, and its pattern is not compiled (a new
    capitalised word read as a descriptor's head compiled one each).

    >>> _office_may_match("the envoy of the Union", "envoy", 0, 22)
    True
    >>> _office_may_match("the Tarvik Agency envoy said", "tarvik", 0, 28)
    False
    """
    if all(text.find(o, lo, end + len(o)) < 0 for o in _OFFICE_BODY_OPENERS):
        # No opener starts in the window (where every match ends): none follows a
        # match, and the noun's pattern is not compiled.
        return False
    return any(
        text.startswith(_OFFICE_BODY_OPENERS, m.end())
        for m in _any_case(head).finditer(text, lo, end, overlapped=True)
    )


@functools.lru_cache(maxsize=256)
def _office_with_body(head: str) -> regex.Pattern[str]:
    """An office's noun ``head`` after *the* (and up to three lower-case words) or a
    capitalised word, then *of*, *for* or *to* and a space: where
    :meth:`_Registry._introduced_with_body` reads for a holder's name.

    >>> _office_with_body("envoy").search("met the special envoy of the Union").group()
    'the special envoy '
    >>> _office_with_body("envoy").search("sent an envoy to Lima") is None
    True
    """
    word = regex.escape(head)
    return regex.compile(
        r"(?<![\p{L}\-])(?:[Tt]he[ ](?:\p{Ll}[\p{L}\-]*+[ ]){0,3}?|\p{Lu}[\p{L}\-]*+[ ])"
        rf"(?i:{word})[ ](?=(?:of|for|to)[ ])"
    )


def _elect_head(head: str) -> bool:
    """True for an office's *-elect* form (*mayor-elect*), which
    :func:`_introduction_pattern` reads with *elected*."""
    return head.endswith("-elect") and head.removesuffix("-elect").isalpha()


@functools.lru_cache(maxsize=256)
def _noun_hint(head: str) -> regex.Pattern[str] | None:
    """The hint of a noun's introduction pattern (:func:`_introduction_pattern`):
    the noun itself, which every form of the pattern holds (one pattern without
    alternatives, which the regex engine searches fast); None for a head that no
    one is introduced with (not a lower-case word, a relational head such as
    *son*, a body's noun or a document's).

    >>> _noun_hint("astronaut").search("Astronaut Karl Reiter").group()
    'Astronaut'
    >>> _noun_hint("son") is None
    True
    """
    if not _hinted(head):
        return None
    return regex.compile(rf"(?<![\p{{L}}\-])(?i:{regex.escape(head)})")


def _hinted(head: str) -> bool:
    """True when :func:`_noun_hint` of ``head`` is a pattern, asked without compiling
    it (a new capitalised word read as a descriptor's head compiled one each).

    >>> _hinted("astronaut"), _hinted("son"), _hinted("Reiter")
    (True, False, False)
    """
    return (
        head.isalpha()
        and head.islower()
        and head not in load("relational_heads")
        and head not in _body_names()
        and not is_document(head)
    )


# A run of a word's characters read back (a role's word before its noun), and a
# capital letter (a name's first).
_ROLE_WORD_BACK = regex.compile(r"(?r)[\p{L}'’\-]++")
# The name an introduction's first form reads after its noun (*astronaut Karl Reiter*).
_NAME_INTRODUCED = regex.compile(_INTRODUCED_NAME)

# What stands just before the words (at most three) before a noun in apposition
# (*Ana Roe, the city's mayor*) or after a verb of office and *as* (*was named as
# the treasurer*): the openers of those forms of :func:`_introduction_pattern`.
_STOPS = (".", ",", ";")  # what may follow an office in a sentence of its own
_APPOSITION_OPENERS = (", a ", ", an ", ", the ", " as ", " as a ", " as an ", " as the ")


@functools.cache
def _office_openers() -> tuple[str, ...]:
    """What stands before the words before an office in a sentence of its own
    (*Tamim Rahal is Qatar's emir*, *Ana Roe became the treasurer*): a copula of
    ``office_copulas`` and an article, or a possessive's *'s*.

    >>> " is the " in _office_openers(), "’s " in _office_openers()
    (True, True)
    """
    copulas = sorted(load("office_copulas"))
    return (
        *(f" {c} {a} " for c in copulas for a in ("a", "an", "the")),
        "'s ",
        "’s ",
    )


@functools.cache
def _copulas_spaced() -> tuple[str, ...]:
    """Each copula of ``office_copulas`` between spaces, what may follow an office's
    noun in :func:`_noun_may_match` (*The emir is Tamim Rahal*).

    >>> " is " in _copulas_spaced()
    True
    """
    return tuple(f" {c} " for c in sorted(load("office_copulas")))


def _opened(text: str, at: int, openers: tuple[str, ...]) -> bool:
    """True when one of ``openers`` ends at ``at`` or before one, two or three
    words (runs of letters, *'* and *-*, each followed by a space) that end there:
    where the words before a noun in :func:`_introduction_pattern` may begin.

    >>> text = "Ana Roe, the club's new coach"
    >>> _opened(text, text.index("coach"), (", the ",))
    True
    >>> _opened(text, text.index("club"), (", a ",))
    False
    """
    for _ in range(4):
        if text.endswith(openers, 0, at):  # any of them (a tuple: one call)
            return True
        if at < 2 or text[at - 1] != " ":
            return False
        run = _ROLE_WORD_BACK.match(text, 0, at - 1)
        if run is None:
            return False
        at = run.start()
    return False


def _noun_may_match(text: str, head: str, hint: regex.Pattern[str], lo: int, end: int) -> bool:
    """False only when the introduction pattern of the noun ``head``
    (:func:`_introduction_pattern`) has no match in ``text[lo:end]``: a test,
    compiled once for every noun, of what each form needs around the noun (the
    ``hint``'s match): a space and a name after it (*astronaut Karl Reiter*),
    or the noun as printed in lower case with an apposition's or *as*'s opener at
    most three words before it (*Karl Reiter, the crew's astronaut*, *named as
    astronaut*); for an office or a role also a copula after it (*The emir is
    Tamim Rahal*) or, with a stop after it, a copula and an article or a
    possessive before its words (*Tamim Rahal is Qatar's emir.*). A window that
    fails it needs no pattern, so a noun no article introduces anyone with is
    never compiled.

    >>> hint = _noun_hint("astronaut")
    >>> _noun_may_match("The astronaut said so.", "astronaut", hint, 0, 22)
    False
    >>> _noun_may_match("Karl Reiter, an astronaut, said", "astronaut", hint, 0, 31)
    True
    """
    return _noun_spans_may_match(text, head, (m.span() for m in hint.finditer(text, lo, end)))


# The characters other than ASCII letters that a case-insensitive pattern of ASCII
# letters matches (dotted capital I, long s, Kelvin sign): a window holding none
# of them is searched for an ASCII noun with ``str.lower`` (see _plain_noun_spans).
_ASCII_FOLDS = ("\u0130", "\u017f", "\u212a")


def _plain_noun_spans(text: str, head: str, lo: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the matches of :func:`_noun_hint` of ``head`` in
    ``text[lo:end]``, found with no pattern compiled: the case-insensitive
    occurrences of an ASCII noun, with no letter or hyphen before them. None when
    that reading could differ from the pattern's (a noun not in ASCII, a window
    whose lower case changes its length or that holds a character of
    ``_ASCII_FOLDS``): ask the pattern then.

    >>> _plain_noun_spans("The Jinak and the jinak-born", "jinak", 0, 28)
    [(4, 9), (18, 23)]
    """
    if not head.isascii():
        return None
    window = text[lo:end]
    low = window.lower()
    if len(low) != len(window) or any(c in window for c in _ASCII_FOLDS):
        return None
    spans, at = [], low.find(head)
    while at >= 0:
        start = lo + at
        if start == 0 or not (text[start - 1].isalpha() or text[start - 1] == "-"):
            spans.append((start, start + len(head)))
        at = low.find(head, at + 1)
    return spans


def _noun_spans_may_match(text: str, head: str, spans: Iterable[tuple[int, int]]) -> bool:
    """:func:`_noun_may_match` given the spans of its hint's matches."""
    office = head in _role_or_title_words()
    for start, stop in spans:
        if text.startswith(" ", stop) and _NAME_INTRODUCED.match(text, stop + 1) is not None:
            # (the whole name, not a capital alone: "the Tarvik and Omsel Agency
            # spokesman" holds no noun before a name, and compiles no pattern)
            return True
        if text[start:stop] != head:
            continue
        if _opened(text, start, _APPOSITION_OPENERS):
            return True
        if office and (
            text.startswith(_copulas_spaced(), stop)
            or (text[stop : stop + 1] in _STOPS and _opened(text, start, _office_openers()))
        ):
            return True
    return False


@functools.cache
def _verbs_alternation(lexicon: str) -> str:
    """The verbs of ``lexicon`` as one alternation, longest first: ``role_verbs``
    stand before *as* when a name is introduced with its role (*was named as
    treasurer*), ``office_copulas`` join a name and its office in a sentence of its
    own (*is*, *has been*).

    >>> regex.fullmatch(_verbs_alternation("role_verbs"), "served") is not None
    True
    >>> regex.fullmatch(_verbs_alternation("office_copulas"), "has been") is not None
    True
    """
    verbs = sorted(load(lexicon), key=lambda v: (-len(v), v))
    return "(?:" + "|".join(regex.escape(v) for v in verbs) + ")"


def _possessed_orgs(text: str) -> list[tuple[int, int]]:
    """Where a capitalised owner and an organisation's last word stand
    (``lexicons/org_suffixes.txt``: *Reed's campaign*), as ``(start, end)``.

    Found from the possessive's tail, which is rare, then back over the owner's
    letters to its first capital that no letter or number precedes (the start
    the plain pattern's ``finditer`` gives), rather than by trying the owner's
    pattern at every position. Each stretch of letters is read back once: linear.

    >>> text = "Reed's campaign and Hale-Lee's office, not Reed's dog."
    >>> [text[a:b] for a, b in _possessed_orgs(text)]
    ["Reed's campaign", "Hale-Lee's office"]
    """
    out = []
    for m in _possessed_tails(text):
        tail = m.start()
        first = tail
        while first > 0 and _OWNER_CHAR.match(text, first - 1) is not None:
            first -= 1
        for at in range(first, tail):
            if _CAPITAL.match(text, at) is not None and (
                at == 0 or _LETTER_OR_NUMBER.match(text, at - 1) is None
            ):
                out.append((at, m.end()))
                break
    return out


def _possessed_tails(text: str) -> list[regex.Match[str]]:
    """``list(_POSSESSED_TAIL.finditer(text))``, tried only where a possessive's
    "'s" or "’s" stands (found by ``str.find``; a news article has a few dozen)
    rather than by the pattern's scan of every character. Every match starts at
    one, and no two overlap (an organisation's last word holds no apostrophe)."""
    out = []
    for mark in ("'s", "’s"):
        at = text.find(mark)
        while at >= 0:
            m = _POSSESSED_TAIL.match(text, at)
            if m is not None:
                out.append(m)
            at = text.find(mark, at + 2)
    if len(out) > 1:
        out.sort(key=_match_start)
    return out


def _match_start(m: regex.Match[str]) -> int:
    return m.start()


def _role_clash(entity: _Entity, words: list[str]) -> bool:
    """True when a title of ``entity`` says it is not the person a descriptor of
    ``words`` (an office, an epithet, a race or an age, :meth:`_Registry._topic_in_view`)
    names: a role that is no office (*the club's coach* is no senator) or, for a
    present office, another office (*Gov. Roe* is no senator). Running for office
    clashes with nothing (*candidate Roe* may be *the businessman*), nor does an
    office with an epithet, an age or an office held before (*Sen. Roe*, *the
    former congressman*). A private standing (:func:`_private`: *Ana Roe, a
    witness,*) clashes with anything but an epithet or an age. A descriptor whose
    title says a sex (*the former first lady*) clashes with a person of the other.

    >>> man = _Entity(name="Tom Roe", kind=_PERSON, aliases=[], titles=["Mr."])
    >>> _role_clash(man, ["former", "first", "lady"]), _role_clash(man, ["senator"])
    (True, False)
    """
    sex = _title_gender(" ".join(words))
    if sex and entity.pronoun_gender() not in ("", sex):
        return True  # "the former first lady" is no "Mr. Roe"
    allowed = load("contest_nouns")
    if words[-1] not in load("office_nouns") or "former" in (w.lower() for w in words):
        allowed = allowed | load("office_nouns") | _office_heads()
    for title in entity.titles:
        head, modifiers = _role_head(title)
        if (
            head in _resolving_heads()
            and head not in allowed
            and not _of_kind(words[-1], head, modifiers)
        ):
            return True
    # "Ana Roe, a witness, ...": a private standing holds no office and runs in no
    # race (an epithet or an age may still be theirs).
    head = words[-1]
    return head not in load("epithet_nouns") and _AGE.fullmatch(head) is None and _private(entity)


@functools.cache
def _office_kinds() -> frozenset[tuple[str, str]]:
    """The (kind's noun, office) pairs of ``lexicons/office_kinds.tsv``.

    >>> kinds = _office_kinds()
    >>> ("lawmaker", "senator") in kinds, ("diplomat", "secretary general") in kinds
    (True, True)
    """
    return frozenset(
        (noun, office)
        for office, kinds in load_table("office_kinds").items()
        for noun in kinds.split()
    )


@functools.cache
def _office_kind_table() -> dict[str, frozenset[str]]:
    """Each office of ``lexicons/office_kinds.tsv`` with the nouns for its kind."""
    return {
        office: frozenset(kinds.split()) for office, kinds in load_table("office_kinds").items()
    }


@functools.cache
def _offices_of_kind(noun: str) -> tuple[str, ...]:
    """The one-word offices of ``lexicons/office_kinds.tsv`` that ``noun`` names the
    kind of, in the table's order.

    >>> _offices_of_kind("boss")
    ('manager', 'coach')
    """
    return tuple(o for o, kinds in _office_kind_table().items() if noun in kinds and " " not in o)


def _kinds_of(head: str, modifiers: tuple[str, ...]) -> frozenset[str]:
    """The nouns for the kind of office a title of head noun ``head`` (after
    ``modifiers``) is (:func:`_of_kind`'s, all at once).

    >>> sorted(_kinds_of("sen", ())), sorted(_kinds_of("general", ("secretary",)))
    (['lawmaker', 'legislator'], ['diplomat'])
    >>> _kinds_of("general", ()), _kinds_of("mayor", ())
    (frozenset(), frozenset())
    """
    table = _office_kind_table()
    kinds = table.get(head, frozenset())
    if modifiers:
        kinds = kinds | table.get(f"{modifiers[-1]} {head}", frozenset())
    return kinds


def _of_kind(noun: str, head: str, modifiers: tuple[str, ...]) -> bool:
    """True when a title of head noun ``head`` (after ``modifiers``) is an office of
    the kind ``noun`` names (``lexicons/office_kinds.tsv``): a senator is a
    *lawmaker*, a secretary general a *diplomat*, a general no diplomat.

    >>> _of_kind("lawmaker", "sen", ()), _of_kind("diplomat", "general", ("secretary",))
    (True, True)
    >>> _of_kind("diplomat", "general", ()), _of_kind("lawmaker", "mayor", ())
    (False, False)
    """
    kinds = _office_kinds()
    return (noun, head) in kinds or (bool(modifiers) and (noun, f"{modifiers[-1]} {head}") in kinds)


_COMPANY = "(?:" + "|".join(map(regex.escape, sorted(load("company_nouns")))) + ")"
# A company noun right before the name ("the start-up Lumo", "carmaker Velora,").
_COMPANY_BEFORE = regex.compile(rf"(?<![\p{{L}}\-])(?i:{_COMPANY}),?+[ ]$")
# After the name: the noun in apposition or after a copula, up to three words of
# description before it, ending the phrase (a mark, or a relative word of
# ``lexicons/description_ends.txt``: "Zentrix, a Danish firm,", "Lumo is a start-up
# that ..."), not a noun's modifier ("Roe, a company spokesman"); or "said in a
# statement" (``lexicons/announcement_nouns.txt``), as a body is quoted.
_COMPANY_AFTER = regex.compile(
    rf"(?:,[ ]|[ ](?:is|was)[ ])(?:a|an|the)(?:[ ][\p{{L}}\-]++){{0,3}}?[ ]{_COMPANY}"
    r"(?:[,.;:)]|[ ](?:" + "|".join(sorted(load("description_ends"))) + r")\b)"
    r"|[ ]said[ ]in[ ]an?[ ](?:\p{Ll}++[ ])?(?:"
    + "|".join(sorted(load("announcement_nouns")))
    + r")\b"
)


# The last word of a company noun and what may follow it before a name (_COMPANY_BEFORE's
# ``,?+[ ]$`` ends the noun's phrase right before the name, or before the line break right
# before it): every place _COMPANY_BEFORE may accept a name starts right after one of these.
_COMPANY_NOUN_END = regex.compile(
    r"(?<![\p{L}\-])(?i:"
    + "|".join(sorted({regex.escape(noun.split()[-1]) for noun in load("company_nouns")}))
    + r")(?![\p{L}\-]),?+[ ]\n?"
)
# The words _COMPANY_NOUN_END opens with, in lower case: each of its matches starts
# where the lower-cased text prints one (see _company_noun_ends).
_COMPANY_NOUN_WORDS = tuple(sorted({noun.split()[-1].lower() for noun in load("company_nouns")}))
# The characters beyond ASCII that a case-blind pattern matches to an ASCII letter
# (tests/test_registry_speed.py checks every code point): where one stands, or where
# lower-casing changes the text's length, _company_noun_ends reads by the pattern alone.
_FOLDS_TO_ASCII = ("\u0130", "\u017f", "\u212a")
_SPACE = regex.compile(r"\s")
_LAST_SPACE = regex.compile(r"(?r)\s")
_NAME_EDGE = regex.compile(r"[^\p{L}\-]")


def _company_names(text: str) -> frozenset[str]:
    """The capitalised names ``text`` calls a company somewhere, read in one pass:
    after a company noun (``lexicons/company_nouns.txt``: *the start-up Lumo*), with
    one in apposition or after *is* (*Zentrix, a Danish firm,*), or quoted *in a
    statement* (*Zentrix said in a statement*). News introduces a person by a full
    name; a bare word so called is a brand or a company printed without its kind.

    Each place a cue allows a name is read once (after a company noun's last word,
    then :data:`_COMPANY_BEFORE`'s test; at every :data:`_COMPANY_AFTER` match) and
    every word-bounded stretch of the unspaced run beside it is kept (*Lumo* and
    *Lumo's* of *Lumo's,*), so asking about a name is a set look-up, not a scan of the
    text per name: a long document of many one-word names is read in time linear in
    its length.

    >>> sorted(_company_names("Zentrix, a Danish firm, fell. Roe, a company spokesman, spoke."))
    ['Zentrix']
    >>> sorted(_company_names("The start-up Lumo grew. Vela said in a statement it agreed."))
    ['Lumo', 'Vela']
    """
    names: set[str] = set()
    for m in _company_noun_ends(text):
        start = m.end()
        if (
            start == len(text)
            or not text[start].isupper()
            or not _COMPANY_BEFORE.search(text, max(0, start - 24), start)
        ):
            continue
        space = _SPACE.search(text, start)
        run_end = space.start() if space else len(text)
        for edge in _NAME_EDGE.finditer(text, start + 1, run_end):
            names.add(text[start : edge.start()])
        names.add(text[start:run_end])
    for m in _company_afters(text):
        end = m.start()
        space = _LAST_SPACE.search(text, 0, end)
        run_start = space.end() if space else 0
        if run_start < end:
            names.add(text[run_start:end])
        for edge in _NAME_EDGE.finditer(text, run_start, end - 1):
            names.add(text[edge.end() : end])
    return frozenset(names)


def _ranked_office(found: Found) -> bool:
    """True when the mention reader read an office with a rank before it as a name
    and its title: *Deputy First Minister* as *First Minister* titled *Deputy*. The
    whole is an office of ``titles.tsv`` (ranks and all), held by the name beside it,
    and names nobody: *Norvalia's Deputy First Minister, Ewan Dunmore,* is Dunmore.

    >>> _ranked_office(Found(start=0, end=22, text="Deputy First Minister", kind=_NAME,
    ...                      head="First Minister", title="Deputy"))
    True
    """
    return (
        found.kind is _NAME
        and bool(found.title)
        and found.head.lower() in _OFFICE_TITLES
        and f"{found.title} {found.head}".lower().rsplit("'s ", 1)[-1] in _OFFICE_TITLES
    )


_OFFICE_TITLES = select("titles", kind="office")


def _role_apposed(text: str, comma: int) -> bool:
    """True when the comma at ``comma`` opens a person's role in apposition, opened
    by an article or an owner (*, the chief executive,*, *, its founder,*)."""
    words = _words_after_comma(text[comma : comma + 60])
    return (
        len(words) > 1
        and words[0].lower() in _DESCRIPTOR_DETERMINERS
        and _is_role_phrase(" ".join(words[1:]))
    )


def _named_with_role_in(text: str, name: str) -> bool:
    """True when ``text`` prints ``name``, no letter or digit before it, right before
    a comma that opens a person's role (:func:`_role_apposed`): the plain scan for
    one name, which :func:`_names_with_role` answers for every unspaced name at once.

    >>> _named_with_role_in("Okonkwo, the chief executive, left.", "Okonkwo")
    True
    >>> _named_with_role_in("On Lumo, people post.", "Lumo")
    False
    """
    comma = name + ", "
    at = text.find(comma)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and _role_apposed(text, end):
            return True
        at = text.find(comma, end)
    return False


def _names_with_role(text: str) -> frozenset[str]:
    """Every name with no space in it for which :func:`_named_with_role_in` holds,
    read in one pass: at each comma that opens a person's role, every stretch that
    ends there and starts after the last space before it, with no letter or digit
    before it. A name is then a set look-up, not a scan of the text per name (a long
    document asks about many).

    >>> sorted(_names_with_role("Ana Okonkwo, the chief executive, left. Lumo, its app, grew."))
    ['Okonkwo']
    """
    names: set[str] = set()
    # (Only the commas whose next word may be a determiner: a role in apposition
    # opens with one, and most commas of a long document open none.)
    for m in _determiner_after_comma().finditer(text):
        comma = m.start()
        if _role_apposed(text, comma):
            for start in range(text.rfind(" ", 0, comma) + 1, comma):
                if start == 0 or not text[start - 1].isalnum():
                    names.add(text[start:comma])
    return frozenset(names)


@functools.cache
def _determiner_after_comma() -> re.Pattern[str]:
    """Every ``", "`` after which, past any white space, a word of
    :data:`_DESCRIPTOR_DETERMINERS` stands, then white space or the punctuation
    :func:`_words_after_comma` cuts off, case-blind: every comma :func:`_role_apposed`
    can accept, and few others. (``re``'s ``\\s`` is
    ``str.isspace``, the white space ``str.split`` cuts at; ``tests/test_registry_scans.py``.)"""
    words = "|".join(sorted(map(re.escape, _DESCRIPTOR_DETERMINERS), key=len, reverse=True))
    return re.compile(r", (?=\s*(?:" + words + r")(?![^\s,.;]))", re.IGNORECASE)


def _company_noun_ends(text: str) -> list[regex.Match[str]]:
    """``list(_COMPANY_NOUN_END.finditer(text))``, tried only where the lower-cased
    text prints a company noun's word (found by ``str.find``: an article prints a
    few), rather than by the case-blind pattern at every character. Every match
    starts at such a place, so the places tried in order, each past the last match's
    end, give the same matches; a text where lower-casing would move a letter or
    where a character beyond ASCII folds to one (:data:`_FOLDS_TO_ASCII`) is read by
    the pattern.

    >>> [m.group() for m in _company_noun_ends("The Carmaker Velora and a FIRM, Hale")]
    ['Carmaker ', 'FIRM, ']
    """
    low = text.lower()
    if len(low) != len(text) or (
        not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII)
    ):
        return list(_COMPANY_NOUN_END.finditer(text))
    out = []
    reached = 0
    for at in _places(low, _COMPANY_NOUN_WORDS):
        if at < reached:
            continue
        m = _COMPANY_NOUN_END.match(text, at)
        if m is not None:
            out.append(m)
            reached = m.end()
    return out


# What every match of _COMPANY_AFTER opens with: its three branches' first characters.
_COMPANY_AFTER_OPENERS = (", ", " is ", " was ", " said in a")


def _company_afters(text: str) -> list[regex.Match[str]]:
    """``list(_COMPANY_AFTER.finditer(text, overlapped=True))``, tried only where one
    of :data:`_COMPANY_AFTER_OPENERS` stands (found by ``str.find``) rather than at
    every character: every match opens with one, and no two of them start at the
    same place, so the places tried in order give the same matches.

    >>> [m.group() for m in _company_afters("Vela, a firm, and Lumo is the start-up.")]
    [', a firm,', ' is the start-up.']
    """
    match = _COMPANY_AFTER.match
    return [m for at in _places(text, _COMPANY_AFTER_OPENERS) if (m := match(text, at)) is not None]


def _places(text: str, needles: tuple[str, ...]) -> list[int]:
    """Every place where ``text`` prints one of ``needles``, overlapping ones too, in
    order (a place twice when two needles start there).

    >>> _places("carmaker maker", ("maker", "carmaker"))
    [0, 3, 9]
    """
    places: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            places.append(at)
            at = text.find(needle, at + 1)
    places.sort()
    return places


def _words_before(text: str, at: int) -> list[str]:
    """Up to four words printed right before ``at`` in its clause (none past a
    comma, a stop, a colon, a bracket or a quotation mark), normalised, a
    possessive's ending dropped: what an introduction's noun was printed after.

    >>> _words_before("On Friday, Kelso's captain Rory Dunmore", 26)
    ['kelso', 'captain']
    """
    words: list[str] = []
    for word in reversed(text[max(0, at - 80) : at].split()):
        if len(words) == 4 or (not word[-1:].isalnum() and word[-1:] not in "'’"):
            break
        words.insert(0, _norm(word).removesuffix("'s").removesuffix("’s").rstrip("'’"))
    return words


def _age_noun_phrase(words: list[str]) -> bool:
    """True for a descriptor's words (its article left out) that are a noun of age
    (``lexicons/age_nouns.txt``) alone or after a nationality: *teenager*, *Japanese
    teenager*; not *star teenager* (a word that may say another person).

    >>> _age_noun_phrase(["teenager"]), _age_noun_phrase(["Japanese", "pensioner"])
    (True, True)
    >>> _age_noun_phrase(["star", "teenager"]), _age_noun_phrase(["pianist"])
    (False, False)
    """
    if not words or len(words) > 2 or words[-1].lower() not in load("age_nouns"):
        return False
    return len(words) == 1 or _demonym(words[0])


def _newly_introduced(text: str, start: int, end: int, words: list[str]) -> bool:
    """True when someone new is brought in between ``start`` and ``end`` by an
    indefinite article and the last word of ``words`` (a descriptor's, without its
    article), up to two lower-case words between (*a young teenager*): *the
    teenager* after it is that person, not a person named before.

    >>> _newly_introduced("Roe spoke, and a young teenager shouted.", 0, 40, ["teenager"])
    True
    >>> _newly_introduced("Roe, a teacher, spoke.", 0, 20, ["teenager"])
    False
    """
    if not words or start < 0:
        return False
    noun = regex.escape(words[-1].lower())
    found = regex.search(
        rf"(?<![\p{{L}}])(?i:an?)(?:[ ]\p{{Ll}}[\p{{Ll}}\-]*+){{0,2}}[ ]{noun}(?![\p{{L}}])",
        text,
        pos=start,
        endpos=end,
    )
    return found is not None


def _plain_name(entity: _Entity) -> bool:
    """True when ``entity`` is a person only by default, a name of one word or more:
    no title, no sex known, not all capitals, and a first word that is no
    given name (``lexicons/given_names.tsv``): *Korlund Vasse*, *Vanta Relief*.

    >>> _plain_name(_Entity(name="Vanta Relief", kind=_PERSON))
    True
    >>> _plain_name(_Entity(name="Tomas Korlund", kind=_PERSON))
    False
    """
    name = entity.name
    return (
        entity.kind is _PERSON
        and name[:1].isupper()
        and not name.isupper()
        and not entity.titles
        and not entity.gender
        and name.split(" ", 1)[0].casefold() not in load_table("given_names")
    )


@functools.cache
def _third_person() -> regex.Pattern[str]:
    """The personal pronouns of the third person (``lexicons/pronouns.tsv``: not the
    relatives nor the demonstratives), in lower case, as words.

    >>> _third_person().findall("Its staff said they met her, not itself or hers.")
    ['they', 'her', 'hers']
    """
    words = {
        str(r["pronoun"])
        for r in rows("pronouns")
        if r["person"] == "3" and r["case"] in ("subject", "object", "possessive")
    }
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}'’])(?:{alternation})(?![\p{{L}}'’])")


def _it_follows(text: str, start: int) -> bool:
    """True when the first pronoun of the third person after ``start``, in the
    sentence that holds it, is *it* or *its* (*... said it would appeal*, *... on its
    website*): the name before it is a body's.

    >>> _it_follows("Vanta Relief said its staff were safe.", 12)
    True
    >>> _it_follows("Vanta Relief said he was safe and it was over.", 12)
    False
    >>> _it_follows("Vanta. It was over.", 5)
    False
    >>> _it_follows('Ana Roe said: "I lost." The trust said it would act.', 7)
    False
    """
    end = _CLAUSE_STOP.search(text, start)
    found = _third_person().search(text, start, len(text) if end is None else end.start())
    return found is not None and found.group().startswith("it")


# Where a name's sentence stops for _it_follows: a stop, a line's end, or a quotation
# mark of the double kind (a quote's words are not the narrator's; an apostrophe is
# no stop: "Weiner’s future").
_CLAUSE_STOP = regex.compile(r"[.!?\n\"“”„«»「」『』]")


def _may_be_the_noun(entity: _Entity, noun: str, body: _Entity) -> bool:
    """True when ``entity``, printed between ``body`` and a bare *the* ``noun``, may
    be what the noun names instead: a body whose name holds a word the noun stands
    for (``lexicons/body_nouns.tsv``) or no such word at all (*Norvex*), or a
    name typed a person for want of a kind (:func:`_plain_name`: *Tarvik*, *Ostrava
    Ventures*) that is not made of ``body``'s own name's words. Not a body whose
    name says another kind (*Air Line Pilots Union* for *the airline*), nor
    ``body``'s short form (*Skyvale* after *Skyvale Airways*).

    >>> body = _Entity(name="Skyvale Airways", kind=_ORGANIZATION)
    >>> union = _Entity(name="Air Line Pilots Union", kind=_ORGANIZATION)
    >>> other = _Entity(name="Northwind Airlines", kind=_ORGANIZATION)
    >>> short = _Entity(name="Skyvale", kind=_PERSON)
    >>> [_may_be_the_noun(e, "airline", body) for e in (union, other, short)]
    [False, True, False]
    """
    if entity.kind is _ORGANIZATION:
        words = {w.lower() for w in entity.name.split()}
        names = _body_names().get(noun)
        return (names is not None and not words.isdisjoint(names)) or words.isdisjoint(
            _body_words()
        )
    return _plain_name(entity) and not set(entity.name.split()) <= set(body.name.split())


def _bare_word_name(entity: _Entity) -> bool:
    """True when ``entity`` is a person only by default: one capitalised word, no
    title, no sex known, and not a given name (``lexicons/given_names.tsv``): a
    brand or a body printed without its kind (*Lumo said*), never introduced as a
    person with a full name, as news introduces people (:func:`_plain_name`, of
    one word).

    >>> _bare_word_name(_Entity(name="Lumo", kind=_PERSON))
    True
    >>> _bare_word_name(_Entity(name="Ana", kind=_PERSON))
    False
    """
    return " " not in entity.name and _plain_name(entity)


def _private(entity: _Entity) -> bool:
    """True when a title of ``entity`` places a private person in the story
    (``lexicons/private_roles.txt``: *Ana Roe, a witness,*, *a resident of the
    town*): no office or race nobody holds names them.

    >>> _private(_Entity(name="Ana Roe", kind=_PERSON, aliases=[], titles=["a witness"]))
    True
    """
    return any(_role_head(t)[0] in load("private_roles") for t in entity.titles)


def _holds_role(entity: _Entity, *, office: bool) -> bool:
    """True when ``entity`` was given a role as a title: an office, a rank or a role
    by which a descriptor resolves (:func:`_resolving_heads`) or, for a descriptor
    of an ``office``, a private standing (:func:`_private`). Such a person is not
    the one an office or an epithet nobody holds names."""
    return any(_role_head(t)[0] in _resolving_heads() for t in entity.titles) or (
        office and _private(entity)
    )


# " of the Western police force" after a descriptor the mention reader cut at "of":
# its capitals, and up to two lower-case words after them (which may be the body's
# or the sentence's: _named_after_lead tries each length).
_BODY_AFTER_ROLE = regex.compile(
    r" of (?:the )?+(\p{Lu}[\p{L}'’]*+(?: \p{Lu}[\p{L}'’]*+)*+)((?: \p{Ll}++){0,2})"
)


_LINE_BREAKS = regex.compile(r"\n+")


def _role_and_body(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The role words and the body words of a role printed with its body,
    normalised, articles left out: *the chief executive of Harlow Foods* and *Harlow
    Foods' chief executive* both give ``(("chief", "executive"), ("harlow", "foods"))``;
    *Harlow chief executive* (a name's capitals before lower-case role words) gives
    the same body; a role with no body gives ``()`` as its body.

    >>> _role_and_body("the head of the force")
    (('head',), ('force',))
    >>> _role_and_body("Harlow chief executive")
    (('chief', 'executive'), ('harlow',))
    >>> _role_and_body("a spokesman")
    (('spokesman',), ())
    >>> _role_and_body("the CEO of Harlow")
    (('chief', 'executive'), ('harlow',))
    """
    articles = load("descriptor_articles") | load("determiners")
    printed = phrase.split()
    owner: list[str] = []
    at = 0
    while at < len(printed) - 1 and printed[at][:1].isupper():
        word = _norm(printed[at])
        at += 1
        if word not in articles:
            owner.append(word.removesuffix("'s").rstrip("'’"))
        if printed[at - 1].endswith(("'s", "'", "’s", "’")):
            break
    rest = [_norm(w) for w in printed[at:]]
    cut = next((k for k, w in enumerate(rest) if w in ("of", "at", "for")), len(rest))
    role = tuple(w for w in rest[:cut] if w not in articles and not w.endswith(("'s", "'")))
    # "CEO" and "chief executive" one role (lexicons/role_synonyms.tsv)
    role = tuple(load_table("role_synonyms").get(" ".join(role), " ".join(role)).split())
    owned = [w.removesuffix("'s").rstrip("'") for w in rest[:cut] if w.endswith(("'s", "'"))]
    body = (*owner, *owned, *(w for w in rest[cut + 1 :] if w not in articles))
    return role, body


def _same_body(lead: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """True when the body a later title names (``later``, its words) is the lead
    descriptor's (``lead``): the words of one hold the other's (*Harlow* in *Harlow
    Foods*; *Western police* and *national police* share a word, not a body), or the
    later one is a single common noun that names the lead's body again, the lead's
    last word (*the force* after *the Western police force*) or a body noun of
    ``lexicons/body_nouns.tsv`` whose name words hold it (*the firm* after *Harlow
    Foods*).

    >>> _same_body(("harlow", "foods"), ("firm",)), _same_body(("harlow", "foods"), ("union",))
    (True, False)
    """
    if not lead or not later:
        return False
    if len(later) == 1 and (
        later[0] == lead[-1] or lead[-1] in _body_names().get(later[0], frozenset())
    ):
        return True
    return set(later) <= set(lead) or set(lead) <= set(later)


def _wanted_modifiers(words: list[str], modifiers: tuple[str, ...], *, headline: bool) -> list[str]:
    """The ``modifiers`` of a descriptor (its words ``words``) that a holder's titles
    must hold: those that tell one holder of a role from another
    (:func:`_distinguishing_words`: *prime*, *foreign*) and, outside a headline, which
    capitalises every word, those printed with a capital (*the Senate minority
    leader*).

    >>> words = ["the", "Senate", "Democratic", "minority", "leader"]
    >>> _wanted_modifiers(words, ("senate", "democratic", "minority"), headline=False)
    ['senate']
    """
    distinguishing = _distinguishing_words()
    printed = {w.casefold().strip(".,") for w in words if w[:1].isupper()}
    printed -= load("party_words")  # (a party is read on its own: _party_clash)
    return [m for m in modifiers if m in distinguishing or (m in printed and not headline)]


_NATION_AFTER_OF = regex.compile(r"(?:the )?+(\p{Lu}[\p{L}.]*+(?: \p{Lu}[\p{L}.]*+){0,2})")


def _office_of_nation(title: str, text: str, at: int) -> str:
    """The office a leader's ``title`` names when a country follows the name and *of*
    (read from ``at``): *President* and *Russia* give *President of Russia*; "" when
    the title is no leader's or no country follows (*Sen. Ana Roe of Texas*).

    >>> _office_of_nation("President", "Ana Roe of France said", 11)
    'President of France'
    >>> _office_of_nation("President", "Ana Roe of Acme Corp said", 11)
    ''
    """
    if not _is_leader(title):
        return ""
    found = _NATION_AFTER_OF.match(text, at)
    if found is None:
        return ""
    words = found[1].split()
    countries = select("nations", kind="country")
    for n in range(len(words), 0, -1):  # the longest run of words that names a country
        run = " ".join(words[:n])
        if run.lower() in countries or run.lower().rstrip(".") in countries:
            return f"{title} of {run.rstrip('.') if run.lower() not in countries else run}"
    return ""


def _office_of_owner(title: str, text: str, at: int) -> str:
    """The office a leader's ``title`` names when the name's mention (at ``at``) opens
    with a country's possessive: *Kenya's* and *President* give *Kenya's President*;
    "" when the title is no leader's or the owner is no country (*Acme's President
    Ana Roe*).

    >>> _office_of_owner("President", "Kenya's President Ana Roe said", 0)
    "Kenya's President"
    >>> _office_of_owner("President", "Acme's President Ana Roe said", 0)
    ''
    """
    owner = _COUNTRY_OWNER.match(text, at, at + _OWNER_REACH)
    if (
        owner is None
        or not _is_leader(title)
        or _norm(owner[1]) not in select("nations", kind="country")
    ):
        return ""
    return f"{owner[1]}'s {title}"


def _owner_possessive(words: list[str]) -> bool:
    """True when a descriptor's ``words`` open with a named owner's possessive, not a
    country's, before its role (*Ruiz's campaign manager*, not *Germany's finance
    minister*).

    >>> _owner_possessive(["Ruiz's", "lawyer"]), _owner_possessive(["Germany's", "envoy"])
    (True, False)
    """
    first = words[0] if len(words) > 1 else ""
    return (
        first[:1].isupper()
        and first.endswith(("'s", "’s"))
        and not _land_possessive(first)
        and first.lower() not in load("descriptor_articles")
    )


def _named_owner(words: list[str]) -> bool:
    """True when a descriptor's ``words`` open with a body's name of two or three
    capitalised words whose last is a possessive (*Harlow Foods' chief executive*,
    *Penmore Mills's chairman*, *Harlow Foods' CEO*), before lower-case role words or
    an initialism.

    >>> _named_owner(["Harlow", "Foods'", "chief", "executive"])
    True
    >>> _named_owner(["The", "Foods'", "chief"]), _named_owner(["Harlow", "Foods'"])
    (False, False)
    """
    for k in (1, 2):
        if len(words) > k + 1 and words[k].endswith(("'", "’", "'s", "’s")):
            owner = words[: k + 1]
            return (
                all(w[:1].isupper() for w in owner)
                and owner[0].lower() not in load("descriptor_articles")
                and (words[k + 1][:1].islower() or words[k + 1].isupper())  # ("CEO")
            )
    return False


def _land_possessive(word: str) -> str:
    """The country a possessive names, as a row of ``lexicons/nations`` (*Germany's*
    gives *germany*); "" for any other word (*Ruiz's*, *the*).

    >>> _land_possessive("Germany's"), _land_possessive("Ruiz's")
    ('germany', '')
    """
    low = _norm(word)
    if not low.endswith("'s"):
        return ""
    land = low.removesuffix("'s")
    return land if land in _nation_words() else ""


def _foreign_office(words: list[str], entity: _Entity) -> bool:
    """True when descriptor ``words`` name a nation's office (an office noun after a
    nation word: *the Russian leader*, *the Kremlin chief*) and none of ``entity``'s
    titles names that nation (no title at all, or another country's).

    >>> _foreign_office(["Russian", "leader"], _Entity(name="Ana Roe", kind=_PERSON))
    True
    >>> e = _Entity(name="Ivan Sokol", kind=_PERSON)
    >>> e.add_title("Kremlin envoy")
    >>> _foreign_office(["Russian", "leader"], e), _foreign_office(["Italian"], e)
    (False, False)
    """
    if not _is_leader(words[-1]) and words[-1].lower() not in load("office_nouns"):
        return False
    nations = _nations(" ".join(words))
    return bool(nations) and not nations & _title_nations(entity)


def _title_nations(entity: _Entity) -> frozenset[str]:
    """The nations (codes of ``lexicons/nations``) that ``entity``'s titles name."""
    return frozenset().union(*(_nations(t) for t in entity.titles))


def _titles_hold(entity: _Entity, wanted: list[str]) -> bool:
    """True when every word of ``wanted`` is a word of one of ``entity``'s titles, or
    a nation word for a country one of the titles names (*the American envoy* after
    *US envoy Tom Hale*, *the Kremlin envoy* after *Russian envoy Ivan Sokol*)."""
    if not wanted:
        return True
    held = {w for t in entity.titles for w in _norm(t).split()}
    missing = [m for m in wanted if m not in held]
    if not missing:
        return True
    phrase, table = _nation_phrase_words(" ".join(wanted)), _nation_words()
    wanted_codes = [phrase.get(m) or table.get(m) for m in missing]
    codes = _title_nations(entity)
    return all(code is not None and code in codes for code in wanted_codes)


@functools.cache
def _body_names() -> dict[str, frozenset[str]]:
    """``lexicons/body_nouns.tsv`` as noun -> the words of the names it stands for."""
    return {
        noun: frozenset(w.rstrip("*") for w in words.split())
        for noun, words in load_table("body_nouns").items()
    }


@functools.cache
def _people_words() -> dict[str, frozenset[str]]:
    """The name words of ``lexicons/body_nouns.tsv`` marked ``*``, by noun: a body's
    noun stands for them only in a name of people (*the union* for *the Nurses
    Association*, not for *the Football Association*: :func:`_names_people`)."""
    return {
        noun: frozenset(w[:-1] for w in words.split() if w.endswith("*"))
        for noun, words in load_table("body_nouns").items()
    }


def _names_people(name: str, names: frozenset[str], weak: frozenset[str]) -> bool:
    """Whether a body's ``name`` holds one of ``names`` not in ``weak``, or a plural
    word before one of ``weak`` (*Nurses*, *Writers'*: a body of people).

    >>> w = frozenset({"association"})
    >>> _names_people("Nurses Association", w, w), _names_people("Football Association", w, w)
    (True, False)
    """
    words = name.split()
    lower = [w.lower().rstrip("'’") for w in words]
    if any(w in names and w not in weak for w in lower):
        return True
    return any(
        w in weak and k > 0 and lower[k - 1].endswith("s") and not lower[k - 1].endswith("ss")
        for k, w in enumerate(lower)
    )


_COMMON_WORD_ZIPF = 2.5  # an English word at least this common is no part of a name


# _Registry._openers' mark of a name that _strip_openers keeps whole wherever it stands.
_KEEP_NAME = -1


def _role_words(words: list[str]) -> bool:
    """Whether a name of these words may open with a role before a given name (the
    part of :meth:`_Registry._role_opens` that reads the name alone)."""
    return len(words) >= 3 and _word_before_given_name(words[0], words[1])


def _word_ending(text: str, at: int) -> str:
    """The word (a run of characters other than white space) that ends last before
    ``at``, or "" when only white space stands there; read back from ``at``, with no
    copy of the text before it.

    >>> _word_ending("Ruiz and her", 8), _word_ending("   and", 3)
    ('and', '')
    >>> _word_ending("Tom Ruiz  and", 10)
    'Ruiz'
    """
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _word_before_given_name(word: str, given: str) -> bool:
    """True when ``word``, before the given name ``given`` in a name of three words
    or more, is a common English word that is no given name (*Incumbent Sarah
    Quayle*, *Coroner Alison Fairweather*): a role written with a capital where it
    opens the sentence, not the first of the person's names."""
    names = load_table("given_names")
    low = word.lower()
    return (
        given.lower() in names
        and low not in names
        and word[1:].islower()
        and load_zipf().get(low, 0.0) >= _COMMON_WORD_ZIPF
    )


@functools.cache
def _body_kinds() -> frozenset[str]:
    """Every kind of ``lexicons/body_kinds.tsv`` (*retailer*, *carrier*)."""
    return frozenset(load_table("body_kinds"))


@functools.cache
def _kinds_named_by() -> dict[str, frozenset[str]]:
    """``lexicons/body_kinds.tsv`` turned round: a noun after *the* -> the kinds
    before a body's name (*retailer*, *carrier*) that it may name again."""
    out: dict[str, set[str]] = {}
    for kind, nouns in load_table("body_kinds").items():
        for noun in nouns.split():
            out.setdefault(noun, set()).add(kind)
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


# A body's kind, then its name of up to four capitalised words ("online retailer
# CartHub", "Carmaker Velora Motors"; or set off by a comma: "her record label,
# Saltmarsh Records,"); the kind read in any case, at a word start.
# A word of two or three capitals fused to a dollar sign is a currency's code (*NZ$2.4
# million*, *HK$30*): the start of a sum, no word of the name before it
# (mentions._currency_code reads the same on tokens).
_NOT_A_CURRENCY_CODE = r"(?!(?<![\p{L}\p{N}]\p{Lu}{2,3}+)\$)"
_KIND_NAME_WORD = r"\p{Lu}[\p{L}\p{N}&'’\-]*+" + _NOT_A_CURRENCY_CODE
# Up to two lower-case particles between two words of the name (*the shipyard
# Astilleros del Sur*, *the firm Banco de la Costa*), as a person's name has them
# (``name_particles.tsv``, the joining ones).
_KIND_NAME_PARTICLES = (
    r"(?:(?:" + "|".join(sorted(select("name_particles", joins=True))) + r")[ ]){0,2}+"
)
_KIND_NAME = regex.compile(
    r"(?<![\p{L}\-])((?i:"
    + "|".join(sorted(map(regex.escape, load_table("body_kinds")), key=len, reverse=True))
    + rf"))(?:,)?+[ ]({_KIND_NAME_WORD}(?:[ ]{_KIND_NAME_PARTICLES}{_KIND_NAME_WORD}){{0,3}}+)"
)

# A body's name, then its kind in an apposition of at most three words before the
# kind's noun (lower case, or capitalised as a nation's or a place's name is, with a
# tail after a hyphen: "Leeds-based", "Anglo-Dutch"), set off by commas and opened by *a*
# or *the* ("Harbour Watch, a residents' group,"; "Ferrow, a regional insurer.";
# "Noordgas, a Dutch firm,"; "Brakkel, a Leeds-based company,"; "Railwise, the train
# operator,"): the name is the body's as after a kind.
_NAME_KIND = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-])({_KIND_NAME_WORD}(?:[ ]{_KIND_NAME_WORD}){{0,3}}+), (?:an?+|the)[ ]"
    r"(?:(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}++(?:-\p{L}\p{Ll}++)?+)(?:'s|’s|'|’)?+[ ]){0,3}?"
    r"("
    + "|".join(sorted(map(regex.escape, load_table("body_kinds")), key=len, reverse=True))
    + r")(?=[,.;])"
)


def _in_capitalised_name(text: str, at: int) -> bool:
    """Whether the kind word at ``at`` is capitalised and follows a capitalised word
    on its line (*Secret Service Director*, *Royal Mail Service*): part of a name,
    not a kind that introduces one. Reads one word back.

    >>> _in_capitalised_name("Secret Service Director Ann Roe", 7)
    True
    >>> _in_capitalised_name("Carmaker Velora said", 0), _in_capitalised_name("the service Lumo", 4)
    (False, False)
    """
    if not text[at : at + 1].isupper() or at < 2 or text[at - 1] != " ":
        return False
    word = _WORD_BEFORE.search(text, max(0, at - 40), at - 1)
    return word is not None and word.group(0)[:1].isupper()


_WORD_BEFORE = regex.compile(r"[\p{L}\-]++$")
# A sentence's opening, then *the* and up to three lower-case words, up to a kind. A
# dateline's dash opens one too: a spaced hyphen, an em dash, or an en dash or a
# doubled hyphen, spaced or not, before a capitalised *The* ("LONDON--The chat app";
# not "ride-hailing", nor the lower-case aside of "bought it -- the chat app").
_OPENING_KIND = regex.compile(
    r"(?:^|(?<=[.!?:\n\u2014\u201d\"][ ]*+)|(?<=[ ]-[ ])|(?<=(?:--|\u2013)[ ]?+)(?=The[ ]))"
    r"(?:[Tt]he[ ])?+(?:[\p{Ll}\-]++[ ]){0,3}+$"
)


def _kind_opens_sentence(text: str, at: int) -> bool:
    """Whether the kind word at ``at`` stands in the subject that opens a sentence:
    after the sentence's start, *the* and at most three lower-case words (*The chat
    app Lumo said*), not in an object (*Harlow launched the chat app Lumo*). Reads at
    most 60 characters back.

    >>> _kind_opens_sentence("The chat app Lumo said", 9)
    True
    >>> _kind_opens_sentence("Harlow launched the app Lumo", 20)
    False
    >>> _kind_opens_sentence("Harlow bought the ride-hailing app Lumo", 31)
    False
    """
    return _OPENING_KIND.search(text, max(0, at - 60), at) is not None


def _apposed_body_name(name: str) -> bool:
    """Whether ``name``, before a body's kind in apposition (:data:`_NAME_KIND`), may
    be the body's: not a person's given name first (*Tom Hale, a ...*), nor a word
    that opens a sentence before its subject (*Meanwhile, a trade group, said*: a
    stop word, a time word, a connective or an adverb in *-ly*).

    >>> _apposed_body_name("Harbour Watch"), _apposed_body_name("Meanwhile")
    (True, False)
    >>> _apposed_body_name("Separately"), _apposed_body_name("Monday")
    (False, False)
    """
    first = name.split(None, 1)[0].casefold()
    return not (
        first in load_table("given_names")
        or first in load("stopwords")
        or first in load("time_words")
        or first in load("connectives")
        or first in load("opening_adverbs")
        or adverb_word(first)
    )


def _possessor(name: str) -> str:
    """``name`` without a possessive ending (*CartHub's* -> *CartHub*)."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


@functools.cache
def _body_words() -> frozenset[str]:
    """Every word of a body's name that some noun of ``body_nouns`` stands for."""
    return frozenset().union(*_body_names().values())


def _lower_word(word: str) -> bool:
    """A word of lower-case letters, hyphens allowed (*company*, *state-run*)."""
    bare = word.replace("-", "")
    return bare.isalpha() and bare.islower()


def _position(mention: tuple[int, _Entity, int]) -> int:
    return mention[0]


def _first(row: tuple[int, object]) -> int:
    return row[0]


_OWNED_WORD = regex.compile(r"['’]s\s++(\p{Ll}++)")


def _owns_person(text: str, end: int) -> bool:
    """True when the name ending at ``end`` owns a person (*Ode's sister*, *Ode's
    lawyer*): a pronoun after it stands for that person, not for the name's, as it
    may after *Ode's idea*.

    >>> _owns_person("I met Ode's sister", 9), _owns_person("Ode's funny way", 3)
    (True, False)
    """
    m = _OWNED_WORD.match(text, end)
    return m is not None and m.group(1) in _person_nouns()


_INF = float("inf")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True if ``pos`` falls inside one of the (sorted, nested or disjoint) spans."""
    i = bisect.bisect_right(spans, (pos, _INF)) - 1
    while i >= 0:
        start, end = spans[i]
        if start <= pos < end:
            return True
        if end <= pos and i and spans[i - 1][1] <= start:
            return False
        i -= 1
    return False


def _last_opening_before(spans: list[tuple[int, int]], hi: int) -> int:
    """Where the last of the sorted ``spans`` that opens before ``hi`` opens, or 0."""
    i = bisect.bisect_left(spans, (hi, -1))
    return spans[i - 1][0] if i else 0


def _inside_each(positions: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """``[_inside(p, spans) for p in positions]``, in one walk when it can be.

    The registry asks this of every name, in text order. For spans sorted (as
    :func:`_inside` needs them) and positions that never go back, one pointer over
    the spans answers each position, nested spans or not: :func:`_inside` starts at
    the last span that opens at or before the position and walks back while the span
    before overlaps the one it stands on, and says True when one of them ends after
    the position. So the furthest end along that walk, kept per span in one pass
    (``reach``), answers it. A quote nested in another in one article of a long
    document thus costs its names no search each. Spans out of order, or positions
    that go back, are read one by one by :func:`_inside`.

    >>> _inside_each([0, 3, 5, 9], [(2, 5), (8, 10)])
    [False, True, False, True]
    >>> _inside_each([3, 6, 13], [(0, 12), (2, 4)])
    [True, True, False]
    """
    if not spans:
        return [False] * len(positions)
    if sorted(positions) != positions:  # (one C pass over the sorted list most are)
        return [_inside(p, spans) for p in positions]
    if any(a[1] > b[0] or a[0] > b[0] for a, b in itertools.pairwise(spans)):
        if any(a > b for a, b in itertools.pairwise(spans)):
            return [_inside(p, spans) for p in positions]
        reach: list[int] = []
        before = -1  # the end of the span before
        for start, end in spans:
            reach.append(max(end, reach[-1]) if before > start else end)
            before = end
    else:  # sorted and disjoint (most texts): each span's own end
        reach = [end for _, end in spans]
    out = []
    j, n = 0, len(spans)
    for p in positions:
        while j < n and spans[j][0] <= p:
            j += 1
        out.append(j > 0 and reach[j - 1] > p)
    return out


@functools.lru_cache(maxsize=1 << 14)
def _spelling_key(word: str) -> str:
    """``word`` with the transliteration rules applied (``lexicons/transliteration.tsv``);
    a rule marked inner (*ay-*) leaves the word's last letters alone, so *Ayesha* meets
    *Aisha* but *Day* stays apart from *Dai*.

    >>> _spelling_key("ayesha"), _spelling_key("day"), _spelling_key("zelenskiy")
    ('aiesha', 'day', 'zelensky')
    """
    for old, new, inner in _TRANSLITERATION:
        if inner and word.endswith(old):
            word = word[: -len(old)].replace(old, new) + old
        else:
            word = word.replace(old, new)
    return word


def _rules() -> tuple[tuple[str, str, bool], ...]:
    """The transliteration rules: letters, replacement, and whether the rule holds only
    inside a word (its spelling ends in ``-``)."""
    raw = load_table("transliteration")
    return tuple((old.removesuffix("-"), new, old.endswith("-")) for old, new in raw.items())


_TRANSLITERATION = _rules()


def _inner_words(words: list[str]) -> list[str]:
    """The inner words of a normalised name of three words or more that a person
    may be called by alone: not an initial, not a particle ("da", "von").

    >>> _inner_words(["ana", "garcia", "lorca"]), _inner_words(["ana", "lorca"])
    (['garcia'], [])
    >>> _inner_words(["luiz", "inacio", "lula", "da", "silva"])
    ['inacio', 'lula']
    """
    particles = load("name_particles")
    return [w for w in words[1:-1] if len(w) > 2 and w not in particles]


@functools.lru_cache(maxsize=1 << 14)
def _name_parts(name: str) -> tuple[str, str]:
    """A name normalised, and its surname's spelling key."""
    norm = _norm(name)
    words = norm.split()
    return norm, _spelling_key(_bare_surname(words[-1])) if words else ""


def _bucket_of(surname: str) -> str:
    """The registry's bucket of a normalised surname: its first two letters, past
    an article joined by a hyphen (*al-Assad* and *Assad* share one).

    >>> _bucket_of("al-assad"), _bucket_of("assad"), _bucket_of("ocasio-cortez")
    ('as', 'as', 'oc')
    """
    return surname[:2] if "-" not in surname else _bare_surname(surname)[:2]


def _bare_surname(word: str) -> str:
    """A normalised surname without the article joined to it by a hyphen
    (``lexicons/name_prefixes.txt``): news names *Bashar al-Assad* *Assad* later.

    >>> _bare_surname("al-assad"), _bare_surname("ocasio-cortez"), _bare_surname("al-")
    ('assad', 'ocasio-cortez', 'al-')
    """
    head, hyphen, rest = word.partition("-")
    return rest if hyphen and rest and head in _NAME_PREFIXES else word


class _BucketFinder:
    """The people of one surname bucket, by position, indexed by what
    :func:`_names_fit` reads first, so that a name reads only the people it may fit
    (:meth:`find`), not the whole bucket: by surname spelling key, and within a key
    by the spelling key's initial of the first name ("" for a one-word name); the
    people of three words or more by their last two words; those of two or more by
    their whole name. A rename adds the person under its new name and leaves the
    old entries (read again, they fit or not by the name in the column)."""

    __slots__ = ("filed", "groups", "keys", "similar", "tails", "whole")

    def __init__(self) -> None:
        self.filed = 0  # the bucket's people filed: its first ``filed`` positions
        self.keys: list[str] = []  # the distinct surname keys, as they came
        self.groups: dict[str, dict[str, list[int]]] = {}
        self.tails: dict[str, list[int]] = {}
        self.whole: dict[str, list[int]] = {}
        # A name's surname key -> (keys read, the keys it may match among them).
        self.similar: dict[str, tuple[int, list[str]]] = {}

    def add(self, at: int, norm: str, key: str) -> None:
        """File the person at position ``at`` (positions come in order, but a
        renamed person's comes again, late)."""
        words = norm.split()
        by_initial = self.groups.get(key)
        if by_initial is None:
            by_initial = self.groups[key] = {}
            self.keys.append(key)
        initial = _spelling_key(words[0])[:1] if len(words) >= 2 else ""
        _file(by_initial.setdefault(initial, []), at)
        if len(words) >= 3:
            _file(self.tails.setdefault(" ".join(words[-2:]), []), at)
        if len(words) >= 2:
            _file(self.whole.setdefault(norm, []), at)

    def _similar(self, key: str) -> list[str]:
        """The bucket's surname keys that ``key`` may match (equal, or as
        :func:`_surnames_match` reads them, alike at ``_SURNAME_SCORE``), each
        distinct key compared once per name key."""
        read, found = self.similar.get(key, (0, []))
        if read < len(self.keys):
            found = found + [
                k
                for k, _, _ in process.extract(
                    key,
                    self.keys[read:],
                    scorer=fuzz.ratio,
                    score_cutoff=_SURNAME_SCORE - 1,
                    limit=None,
                )
            ]
            self.similar[key] = (len(self.keys), found)
        return found

    def find(self, norm: str, words: list[str], seen: int, norms: list[str]) -> list[int]:
        """The positions from ``seen`` on (``norms`` the bucket's names column) of
        the people that :func:`_names_fit` may accept for ``norm``, in order: the
        surname's alike keys (past a one-word name, only those whose first name
        has the same initial or who have none), the fuller names that end with
        the name, the shorter ones that end it, and the whole names alike at
        ``_FULLNAME_SCORE``."""
        hits: set[int] = set()
        initial = _spelling_key(words[0])[:1] if len(words) >= 2 else None
        for key in self._similar(_spelling_key(_bare_surname(words[-1]))):
            by_initial = self.groups[key]
            lists = (
                by_initial.values()
                if initial is None
                else (by_initial.get(initial), by_initial.get(""))
            )
            for ats in lists:
                if ats:
                    hits.update(ats[bisect.bisect_left(ats, seen) :])
        if len(words) >= 2:
            ends = [self.tails.get(" ".join(words[-2:]))]
            ends += [self.whole.get(" ".join(words[-n:])) for n in range(2, len(words))]
            for ats in ends:
                if ats:
                    hits.update(ats[bisect.bisect_left(ats, seen) :])
            hits.update(
                seen + i
                for _, _, i in process.extract(
                    norm,
                    norms[seen:],
                    scorer=fuzz.ratio,
                    score_cutoff=_FULLNAME_SCORE - 1,
                    limit=None,
                )
            )
        return sorted(hits)


def _file(ats: list[int], at: int) -> None:
    """Add ``at`` to the sorted list ``ats`` (at the end but for a rename)."""
    if not ats or ats[-1] < at:
        ats.append(at)
    elif at not in ats:
        bisect.insort(ats, at)


@functools.cache
def _surname_titles() -> frozenset[str]:
    """Short titles that go before a surname only: "Mr", "Mrs", "Ms", "Dr"."""
    return select("titles", kind="honorific", abbreviation=True, language="en")


def _surname_title(title: str) -> bool:
    return bool(title) and title.rsplit(None, 1)[-1].rstrip(".").lower() in _surname_titles()


def _surname_then_name(
    items: list[tuple[int, int, str, str] | Found],
    founds: Sequence[Found] | None = None,
) -> list[tuple[int, int, str, str] | Found]:
    """ "With Mrs. Allan Anne fell in love": a surname that the text gives with "Mr" or
    "Mrs" alone, then a word it never gives so, is that person's surname and the
    next sentence's first word, not one name ("Allan Anne"). ``founds``, when given,
    are the :class:`Found` items of ``items`` (the registry keeps them apart): the
    surnames given with such a title are read from them alone."""
    if founds is None:
        founds = [i for i in items if isinstance(i, Found)]
    # (Most names have no title: the title is tested before the call that reads it.)
    titled = {f.head for f in founds if f.title and " " not in f.head and _surname_title(f.title)}
    if not titled:
        return items
    out: list[tuple[int, int, str, str] | Found] = []
    for item in items:
        if isinstance(item, Found) and _surname_title(item.title):
            f, words = item, item.head.split()
            if len(words) == 2 and words[0] in titled and words[1] not in titled:
                cut = f.text[: len(f.text) - len(f.head) + len(words[0])]
                if f.text.endswith(f.head) and cut.endswith(words[0]):
                    end = f.end - len(f.head) + len(words[0])
                    out.append(attrs.evolve(f, end=end, text=cut, head=words[0]))
                    continue
        out.append(item)
    return out


def _first_and_last_words(
    items: Sequence[tuple[int, int, str, str] | Found],
) -> tuple[set[str], set[str]]:
    """The first words and the last words of the untitled names of two words or more
    among ``items`` (people's first names and surnames, as printed)."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for item in items:
        if isinstance(item, Found) and item.kind is _NAME and not item.title:
            words = item.head.split()
            if len(words) >= 2:
                firsts.add(words[0])
                lasts.add(words[-1])
    return firsts, lasts


def _families(names: list[Found]) -> frozenset[str]:
    """The surnames that the text gives with a man's title and with a woman's
    ("Mr Archer", "Mrs Archer"): a family's, normalised."""
    seen: dict[str, set[str]] = {}
    for f in names:
        gender = _title_gender(f.title) if f.title else ""
        if gender and " " not in f.head:
            seen.setdefault(_norm(f.head), set()).add(gender)
    return frozenset(name for name, genders in seen.items() if len(genders) == 2)


def _knighted(e: _Entity) -> bool:
    """True when ``e`` was named with a title that goes before a first name (*Sir
    Thomas Bertram*): such a person is called by that first name as written, and
    *Tom Bertram* is another member of the family (his son), not a short form."""
    knights = load("first_name_titles")
    return any(t.rstrip(".").lower() in knights for t in e.titles)


def _patronymic(e: _Entity) -> bool:
    """True when ``e``'s name joins a given name to the father's by a particle of
    ``lexicons/patronymic_particles.txt`` (*Tamim bin Hamad Al Thani*): news calls
    such a person by the given name after an honorific (*Sheikh Tamim*), whatever
    title the text first gave.

    >>> _patronymic(_Entity(name="Tamim bin Hamad Al Thani", kind=_PERSON))
    True
    >>> _patronymic(_Entity(name="Thomas Bertram", kind=_PERSON))
    False
    """
    particles = load("patronymic_particles")
    return any(w in particles for w in e.name.split()[1:-1])


def _may_name(norm: str, e: _Entity) -> bool:
    """True when the normalised name ``norm`` may name ``e``."""
    fit = _names_fit(norm, _norm(e.name))
    return fit is _Fit.YES or (fit is _Fit.UNLESS_KNIGHTED and not _knighted(e))


class _Fit(enum.Enum):
    """What two normalised names say of whether one may name the other's bearer."""

    NO = 0
    YES = 1
    UNLESS_KNIGHTED = 2  # yes, unless the bearer has a title before a first name


@functools.lru_cache(maxsize=1 << 15)
def _names_fit(norm: str, enorm: str) -> _Fit:
    """:func:`_may_name` of the name ``norm`` and a person named ``enorm``, read from
    the two strings alone (remembered: news prints the same names in many articles);
    the person's titles decide only :attr:`_Fit.UNLESS_KNIGHTED`."""
    words, ewords = norm.split(), enorm.split()
    if (
        len(ewords) > len(words) >= 2
        and ewords[-len(words) :] == words
        and words[0] not in load("name_particles")
    ):
        # "Lopez Obrador" of "Andres Manuel Lopez Obrador" (not "Mohammed bin Salman"
        # of a name read with its title, "Crown Prince Mohammed bin Salman"). A
        # surname with its particle ("van der Berg", "de Vries") is a family's name,
        # which several people share: the surname rules below weigh it.
        titles = _title_words()
        if not any(w in titles for w in ewords[: -len(words)]):
            return _Fit.YES
    if len(words) > len(ewords) >= 2 and words[-len(ewords) :] == ewords:
        # "Tesla CEO Elon Musk" read with its title as a name is "Elon Musk"
        titles = _title_words()
        if any(w in titles for w in words[: -len(ewords)]):
            return _Fit.YES
    if len(words) >= 2 and len(ewords) >= 2:
        if _first_names_clash(words, ewords):
            return _Fit.NO
        fit = fuzz.ratio(norm, enorm) >= _FULLNAME_SCORE or (
            _surnames_match(words[-1], ewords[-1])
            and _spelling_key(words[0])[:1] == _spelling_key(ewords[0])[:1]
        )
        if not fit:
            return _Fit.NO
        return _Fit.YES if words[0] == ewords[0] else _Fit.UNLESS_KNIGHTED
    return _Fit.YES if _surnames_match(words[-1], ewords[-1]) else _Fit.NO


class _NameCounts:
    """How often each name occurs in a text, as ``str.count`` says, without
    scanning the whole text per name: after the first ``direct`` names, the
    positions of every capitalised run of letters are indexed once, and a name is
    looked for only where its first run stands."""

    def __init__(self, text: str, *, direct: int = 16) -> None:
        self.text = text
        # Names counted with str.count before the index is made.
        self.direct = _direct_reads(text, direct)
        self._at: dict[str, list[int]] | None = None
        self.memo: dict[str, int] = {}
        # Run -> the two characters after it -> its positions (see _where).
        self._after: dict[str, dict[str, list[int]]] = {}

    def _index(self) -> dict[str, list[int]]:
        if self._at is None:
            self._at = {}
            for m in _CAPITAL_RUN.finditer(self.text, overlapped=True):
                self._at.setdefault(m.group(), []).append(m.start())
        return self._at

    def _where(self, first: str, name: str) -> list[int]:
        """The positions of the run ``first`` where ``name`` may start: in a long
        text, only those followed by the two characters that follow ``first`` in
        ``name`` (grouped once per run), so that counting "Donald Trump" does not
        read every "Donald" of a long document."""
        at = self._index().get(first, [])
        n = len(first)
        if len(at) <= _SUB_INDEX or len(name) < n + 2:
            return at
        groups = self._after.get(first)
        if groups is None:
            groups = self._after[first] = {}
            text = self.text
            for pos in at:
                groups.setdefault(text[pos + n : pos + n + 2], []).append(pos)
        return groups.get(name[n : n + 2], [])

    def starts(self, name: str) -> list[int] | None:
        """Once the index is made, positions in text order that hold every place
        where ``name`` stands with no letter or mark after it (and maybe others:
        the caller checks each); None before the index is made, or for a name that
        does not open with a capitalised run it indexes."""
        if self._at is None:
            return None
        run = _LETTER_RUN.match(name)
        first = run.group() if run is not None else ""
        if not first or not first[0].isupper() or len(first) > _RUN_CAP:
            return None
        # (A name that is one run stands where its run does; a longer one, where
        # its first run does with the two characters after it.)
        return self._at.get(first, []) if first == name else self._where(first, name)

    def count(self, name: str) -> int:
        got = self.memo.get(name)
        if got is not None:
            return got
        run = _LETTER_RUN.match(name)
        first = run.group() if run is not None else ""
        if (
            len(self.memo) < self.direct
            or not first
            or first == name
            or not first[0].isupper()
            or len(first) > _RUN_CAP
        ):
            # A few names, or one with no word break to index on: str.count itself.
            got = self.text.count(name)
        else:
            got, free = 0, 0
            for pos in self._where(first, name):
                if pos >= free and self.text.startswith(name, pos):
                    got += 1
                    free = pos + len(name)
        self.memo[name] = got
        return got


def _direct_reads(text: str, direct: int) -> int:
    """How many words or names a lazy count of ``text`` reads with whole-text scans
    (``str.find``, ``str.count``) before it indexes the text once: ``direct`` for a
    text of up to ``_DIRECT_TEXT`` characters (any article), proportionally fewer
    beyond. A long document asks about words and names in proportion to its length,
    so it makes its index anyway, and each scan before it reads all of the document.

    >>> _direct_reads("x" * 1000, 16), _direct_reads("x" * 4 * _DIRECT_TEXT, 16)
    (16, 4)
    """
    n = len(text)
    return direct if n <= _DIRECT_TEXT else direct * _DIRECT_TEXT // n


_DIRECT_TEXT = 1 << 16  # characters: the texts a lazy count reads directly in full

_SUB_INDEX = 32  # positions of a run beyond which they are grouped by what follows
_RUN_CAP = 40  # longer first words are counted with str.count (_CAPITAL_RUN's bound)
# A capital and the rest of its run of letters, at every capital (runs overlap:
# "McDonald" gives "McDonald" and "Donald"); each try reads at most _RUN_CAP letters.
_CAPITAL_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}]{0,39}+(?![\p{L}\p{M}])")
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]++")


def _first_names_clash(a: list[str], b: list[str]) -> bool:
    """True when two names give first names that cannot be one person's: both
    written out, neither a short form of the other nor a spelling of it ("Tracy
    Lee" is not "Trayvon Lee"; "Tom" may be "Thomas", "Mike" "Michael").

    >>> _first_names_clash(["tracy", "lee"], ["trayvon", "lee"])
    True
    >>> _first_names_clash(["tom", "lee"], ["thomas", "lee"])
    False
    """
    titles = _title_words()
    first_a = next((w for w in a[:-1] if w not in titles), "")
    first_b = next((w for w in b[:-1] if w not in titles), "")
    if min(len(first_a), len(first_b)) < 3 or first_a == first_b:
        return False
    short, long = sorted((first_a, first_b), key=len)
    if short[0] == long[0] and (
        _subsequence(short, long) or (len(short) <= 4 and not _two_given_names(short, long))
    ):
        return False
    return fuzz.ratio(_spelling_key(first_a), _spelling_key(first_b)) < 75


def _two_given_names(short: str, long: str) -> bool:
    """True when ``short``, four letters or fewer and not spelt by ``long``'s letters
    in order, is a given name of its own rather than a short form of ``long``: both
    are listed given names (``lexicons/given_names.tsv``) that say different sexes or
    differ in their second letter, and ``lexicons/short_given_names.tsv`` does not
    pair them. A family's members share a surname and often an initial: "Kofi Asante"
    is not "Kwame Asante", "Mark Lee" not "Maria Lee"; "Jim Lee" may be "James Lee",
    "Mike Lee" "Michael Lee".

    >>> _two_given_names("kofi", "kwame"), _two_given_names("mark", "maria")
    (True, True)
    >>> _two_given_names("jim", "james"), _two_given_names("mike", "michael")
    (False, False)
    """
    sexes = load_table("given_names")
    if short not in sexes or long not in sexes:
        return False
    if load_table("short_given_names").get(short) == long:
        return False
    return short[1:2] != long[1:2] or sexes[short] != sexes[long]


def _subsequence(short: str, long: str) -> bool:
    """True when the letters of ``short`` appear in ``long`` in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def _surnames_match(a: str, b: str) -> bool:
    """True when two normalised surnames are one, or spellings of one; a family's
    plural is not a person's surname ("the Miss Steeles" are not Miss Steele).

    >>> _surnames_match("zelensky", "zelenskyy"), _surnames_match("steele", "steeles")
    (True, False)
    """
    if a == b:
        return True
    if "-" in a or "-" in b:
        a, b = _bare_surname(a), _bare_surname(b)
    short, long = sorted((a, b), key=len)
    if long in (short + "s", short + "es"):
        return False
    a, b = _spelling_key(a), _spelling_key(b)
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[:2] != b[:2]:
        return False
    return fuzz.ratio(a, b) >= _SURNAME_SCORE


def _addressed(e: _Entity, hearer: str) -> bool:
    """True when the name ``hearer``, said to someone in a quote, may be ``e``: the
    same name words, or one word that is ``e``'s first name or surname (with a title,
    one of ``e``'s sex).

    >>> _addressed(_Entity(name="Ellery Voss", kind=_PERSON), "Ellery")
    True
    >>> _addressed(_Entity(name="Nell Voss", kind=_PERSON, gender="f"), "Mr. Voss")
    False
    """
    said, have = _name_words(hearer), _name_words(e.name)
    if not said or not have:
        return False
    if said == have:
        return True
    if len(said) != 1 or said[0] not in (have[0], have[-1]):
        return False
    want = _title_gender(hearer)
    return not want or e.pronoun_gender() in ("", want)


def resolve_speakers(
    text: str,
    mentions: list[Found | None],
    *,
    quote_spans: list[tuple[int, int]] | None = None,
    hearers: list[tuple[str, ...]] | None = None,
    heard: Callable[[int], tuple[str, ...]] | None = None,
    lower: LowerWordCounts | None = None,
) -> list[tuple[Speaker | None, Mention | None]]:
    """Resolve each quote's speaker mention (in text order) to a :class:`Speaker`.

    ``quote_spans`` (``(outer_start, outer_end)`` of each quote, parallel to
    ``mentions``) keeps names inside quotes out of pronoun resolution, and
    makes each resolved speaker salient where its quote ends. ``hearers``
    (parallel too) are the names each quote says to its hearer: its pronoun
    is none of them. ``heard(i)``, asked only where a name of one word may be
    another person's, gives the names quote ``i`` says to its hearer: the name
    is none of them. The article's names are read only when some quote has a
    mention. ``lower``, when given, is the text's :class:`LowerWordCounts`,
    shared with the dialogue pass.
    """
    if all(found is None for found in mentions):
        return [(None, None)] * len(mentions)  # no mention to resolve: no registry
    spans = quote_spans or []
    registry = _Registry(text, quoted=spans, lower=lower)
    # A name with a format character or NUL in it is read as a reader reads it,
    # without them ("Oye" + U+200B + "laran" is Oyelaran; see _name_rows_seen).
    invisible = registry.invisible
    resolved: list[tuple[Found, Found, _Entity | None] | None] = []
    nobody = registry.names_nobody()  # (asked again only while it holds)
    reach = -1  # where the quotes before the one read end, the furthest
    spanned = len(spans)
    for i, found in enumerate(mentions):
        # A quote inside another (*"He told me, 'Run,'" she said*) opens before the
        # end of one before it: its speaker is said inside that quote, and is no
        # more salient for a pronoun outside it than a name said there is.
        nested = False
        if i < spanned:
            opening, closing = spans[i]
            nested = opening < reach
            reach = max(reach, closing)
        if found is None:
            resolved.append(None)
            continue
        read = found
        if invisible and not found.text.isprintable() and has_invisible(found.text):
            read = _new_found(
                start=found.start,
                end=found.end,
                text=visible(found.text)[0],
                kind=found.kind,
                head=visible(found.head)[0],
                title=visible(found.title)[0],
            )
        if nobody and found.kind is _PRONOUN and read.text.lower() in ("he", "she"):
            resolved.append((found, read, None))  # what resolve_pronoun answers, read at once
            continue
        said_to = hearers[i] if hearers is not None and i < len(hearers) else ()
        outer = _outer_speaker(found, i, spans, resolved) if found.kind is _PRONOUN else None
        ask = None
        if heard is not None and found.kind is _NAME and " " not in found.head:
            ask = functools.partial(heard, i)  # (a name of one word: see _unaddressed)
        entity = registry.resolve(read, hearers=said_to, outer=outer, heard=ask)
        if entity is not None:
            end = spans[i][1] if i < len(spans) else found.start
            if not nested:
                registry.note(max(found.start, end), entity)
            if found.kind is _PRONOUN:
                entity.hear_tag(text, end, read)
                sex = _TAG_SEX.get(read.text.lower(), "")
                if sex and sex not in entity.cued:
                    entity.cued += sex
        nobody = nobody and registry.names_nobody()
        resolved.append((found, read, entity))
    _named_forward(registry, resolved)
    out: list[tuple[Speaker | None, Mention | None]] = []
    # A mention resolved to nobody is its own unknown speaker; one per wording, shared
    # (a speaker is frozen, and equal ones are alike: a transcript's every "she").
    unknown: dict[str, Speaker] = {}
    for item in resolved:
        if item is None:
            out.append((None, None))
            continue
        found, read, entity = item
        mention = _new_mention(start=found.start, end=found.end, text=found.text)
        if entity is None:
            speaker = unknown.get(read.text)
            if speaker is None:
                speaker = unknown[read.text] = _new_speaker(
                    name=read.text, kind=_UNKNOWN, aliases=(read.text,)
                )
        else:
            entity.add_alias(read.text)
            speaker = entity.speaker()
        out.append((speaker, mention))
    # The registry's entities and its title log hold each other: the log emptied, the
    # registry, its entities and what they hold (their votes' voter) are freed as
    # soon as they are dropped, not left to the garbage collector.
    registry.release()
    return out


def _named_forward(
    registry: _Registry, resolved: list[tuple[Found, Found, _Entity | None] | None]
) -> None:
    """Give each quote whose speaker is one unnamed person's indefinite description
    (*a federal judge*, *a border guard*) the person the next sentences name with
    that role: the role's noun as the name's title (*Judge Nora Blake ordered*) or
    the role before the name in apposition (*The guard, Ivo Brant, 24,*), opening a
    sentence (a hearer or an object is named inside one), in the
    :func:`_forward_window` after the description. Two people named so, or none,
    leave the description. One bounded look per description, over the mentions
    in its window (bisected), so the pass is linear in the text."""
    mentions: list[tuple[int, _Entity, int]] | None = None
    linked: dict[int, _Entity | None] = {}
    for n, item in enumerate(resolved):
        if item is None:
            continue
        found, read, entity = item
        if entity is None:
            continue
        key = id(entity)
        if key not in linked:
            linked[key] = None
            words = read.text.split()
            if (
                entity.kind in (_PERSON, _ANONYMOUS)
                and entity.name == read.text
                and len(words) > 1
                and words[0].lower() in load("single_determiners")
                and _one_person(read.text)
            ):
                if mentions is None:
                    mentions = registry.every_mention()
                linked[key] = _forward_holder(registry, mentions, found, entity)
        target = linked[key]
        if target is not None:
            target.add_alias(read.text)
            resolved[n] = (found, read, target)


_FORWARD_REACH = 500  # characters read after an unnamed description for its name
_FORWARD_SENTENCES = 3  # sentence ends read: the description's own and two more
# A sentence's end, or a line break (a paragraph's end).
_FORWARD_STOP = regex.compile(r"[.!?][\"”’']?(?=\s)|\n++")
# A sentence's opening before an apposed role: "The guard, " (lower-case words and
# the role's noun), after a sentence's end, a line break or the text's start.
_APPOSED_OPENING = regex.compile(
    r"(?:^|(?<=[.!?][\"”’']?[ ]{1,2})|(?<=\n))The(?: [\p{Ll}\-]++)++, $"
)


def _forward_window(text: str, start: int) -> int:
    """Where the look for an unnamed description's name ends: after the sentence
    that holds ``start`` and two more, within the paragraph and the next one, and
    no more than ``_FORWARD_REACH`` characters on.

    >>> t = "A judge spoke. Judge Ana Roe ruled. It ended. Then more."
    >>> t[:_forward_window(t, 2)]
    'A judge spoke. Judge Ana Roe ruled. It ended.'
    """
    end = min(len(text), start + _FORWARD_REACH)
    sentences = lines = 0
    for stop in _FORWARD_STOP.finditer(text, start, end):
        if stop.group().startswith("\n"):
            lines += 1
            if lines == 2:
                return stop.start()
        else:
            sentences += 1
            if sentences == _FORWARD_SENTENCES:
                return stop.end()
    return end


def _forward_holder(
    registry: _Registry,
    mentions: list[tuple[int, _Entity, int]],
    found: Found,
    entity: _Entity,
) -> _Entity | None:
    """The one person named after ``found`` (an unnamed description) whom the
    article ties to its role (see :func:`_named_forward`); None for none or two."""
    text = registry.text
    head = _core_words(found.text)[-1]
    title = head.capitalize() + " "
    end = _forward_window(text, found.end)
    lo = bisect.bisect_left(mentions, found.end, key=_position)
    hi = bisect.bisect_left(mentions, end, lo, key=_position)
    holders: dict[int, _Entity] = {}
    others: dict[int, _Entity] = {}
    for pos, other, _ in mentions[lo:hi]:
        if (
            other is entity
            or other.kind is not _PERSON
            or id(other) in registry._gone
            or not other.name[:1].isupper()
            or other.name.split()[0].lower() in load("single_determiners")
        ):
            continue
        if text.startswith(title, pos):
            opening = pos  # "Judge Nora Blake": the mention holds its title
        elif text.endswith(title, 0, pos):
            opening = pos - len(title)
        else:
            apposed = _APPOSED_OPENING.search(text, max(0, pos - 60), pos)
            if apposed is None or apposed.group().split()[-1] != head + ",":
                continue
            holders[id(other)] = other
            continue
        # The titled name opens a sentence or follows a comma (*In a ruling on
        # Monday, Judge Nora Blake wrote*), not a verb or a preposition (*told
        # Judge Nora Blake*: a hearer, an object).
        before = text[max(0, opening - 3) : opening].rstrip(" \"”’'")
        if opening == 0 or not before or before[-1] in ".!?,\n":
            holders[id(other)] = other
        else:
            others[id(other)] = other  # another holder of the role, however named
    if len(holders) != 1 or not others.keys() <= holders.keys():
        return None
    return next(iter(holders.values()))


_OUTER_REACH = 8  # quotes read back for the one a pronoun stands inside
_PAIR_SPAN = 60  # characters from the first of two people named together to the second
# The first of two names joined by "and": capitalised words, then " and ".
_PAIR_GAP = regex.compile(r"\p{Lu}[\p{L}.'’\-]*+(?: \p{Lu}[\p{L}.'’\-]*+)*+ and ")


# The determiners of one unnamed person (*a*, *an*, *one*, *another*), longest first,
# as one alternation for the patterns below.
_SINGLE_DETERMINERS = "|".join(sorted(load("single_determiners"), key=len, reverse=True))
# One unnamed person's description opening a sentence or a line (_unnamed_opening).
_SINGLE_OPENING = regex.compile(
    r"(?:(?<=[.!?][\"”’']?[ ]{1,2})|(?<=\n)|^)(?:"
    + "|".join(sorted((w.capitalize() for w in load("single_determiners")), key=len, reverse=True))
    + r")(?=[ ])"
)
# An unnamed person's description as the subject of a cue after a quote that closes
# on a comma, a question or an exclamation mark: '"...," a source close to him
# said.' (read as a sentence's opening is: _unnamed_opening)
_UNNAMED_AFTER_QUOTE = regex.compile(r"(?<=[,!?][\"”’'][ ])(?:" + _SINGLE_DETERMINERS + r")(?=[ ])")
# An unnamed person's description after a quote that closes on a comma, a question or
# an exclamation mark and one lower-case word, a cue verb (_after_quote_and_cue):
# '"...," said a source familiar with the talks.'
_UNNAMED_AFTER_QUOTE_CUE = regex.compile(
    r"(?<=[,!?][\"”’'][ ](\p{Ll}+)[ ])(?:" + _SINGLE_DETERMINERS + r")(?=[ ])"
)


def _after_quote_and_cue(text: str) -> list[regex.Match[str]]:
    """Where an unnamed person's description follows a quote and its cue verb, the
    shape of inverted agency copy (*"...," said a source familiar with the talks.*):
    a later *the source* names that same person (:meth:`_Registry._described_before`).

    >>> [m.start() for m in _after_quote_and_cue('"No," said a source close to her.')]
    [11]
    >>> _after_quote_and_cue('"No," near a source close to her.')
    []
    """
    cues = load_table("cue_verbs")
    return [m for m in _UNNAMED_AFTER_QUOTE_CUE.finditer(text) if m.group(1) in cues]


def _unnamed_after_cue(text: str, start: int) -> Found | None:
    """The description of one unnamed person at ``start``, right after a quote's cue
    verb (:func:`_after_quote_and_cue`), as the words make it; None when they make no
    such person (*a report by the board*, *a week later*).

    >>> _unnamed_after_cue('"No," said a source close to her. Then more.', 11).text
    'a source close to her'
    >>> _unnamed_after_cue('"No," said a week later.', 10) is None
    True
    """
    toks = tokenize(text, start, min(len(text), start + _UNNAMED_REACH))
    found = phrase_after(toks, 0, text=text)
    if found is None or found.kind is not _ANONYMOUS_PHRASE or found.start != start:
        return None
    return found if _one_person(found.text) else None


def _one_person(description: str) -> bool:
    """True when an unnamed ``description``'s core ends on a role, a title or a sexed
    noun, not a document, with no dangling word inside (*a source*, not *a report by
    the board* nor *a week later the mayor*).

    *One of* a group is one person when the group's noun is a role's plural (*one of
    his aides*, *one of the nurses at the clinic*; not *one of the reports*).

    >>> _one_person("a source close to her"), _one_person("a report by the board")
    (True, False)
    >>> _one_person("One of his aides"), _one_person("One of the reports")
    (True, False)
    """
    words = description.lower().split()
    if words[:2] == ["one", "of"] and len(words) > 2:
        noun = _core_words(" ".join(words[2:]))[-1]
        documents = load("document_nouns")  # "report" is also a role ("a direct report")
        return noun in role_plurals() and noun.removesuffix("s") not in documents
    core = _core_words(description)
    return not (
        (core[-1] not in _role_or_title_words() and core[-1] not in load_table("sexed_nouns"))
        or core[-1] in load("document_nouns")
        or not _DANGLING.isdisjoint(core[1:])
    )


# Words that end no description (_unnamed_opening) and that a noun's complement opens
# with (_core_words).
_COMPLEMENT_WORDS = load("descriptor_prepositions")
_DANGLING = (
    _COMPLEMENT_WORDS
    | load("descriptor_articles")
    | load("single_determiners")
    | load("time_openers")
)
_UNNAMED_REACH = 400  # characters of a sentence read for its unnamed subject and cue
_QUOTE_MARKS = frozenset(QUOTE_CHARS)  # a quote opens or closes at such a token
_UNNAMED_FIRST = 120  # characters read first, which decide for most openings


def _unnamed_opening(text: str, start: int, end: int) -> Found | None:
    """The description of one unnamed person that opens the sentence at ``start`` as
    the subject of a speech cue before ``end``, read as printed up to a relative word,
    a comma, a filler, a time word or the cue (*A diplomat from a third country who
    ... said*, *A spokeswoman for the agency said*); None when the sentence opens
    otherwise (a name, a body) or no cue follows before it ends.

    >>> _unnamed_opening("A diplomat from a third country who knew said no.", 0, 50).text
    'A diplomat from a third country'
    >>> _unnamed_opening("A spokeswoman for the agency said no.", 0, 37).text
    'A spokeswoman for the agency'
    >>> _unnamed_opening("A storm hit the coast.", 0, 22) is None
    True
    >>> _unnamed_opening("A week later the mayor said no.", 0, 31) is None
    True
    >>> _unnamed_opening("A spokeswoman for the agency said no.", 0, 30) is None
    True
    """
    phrase, cue_end = _unnamed_read(text, start)
    return phrase if cue_end <= end else None


def _unnamed_read(
    text: str, start: int, *, tokens: Callable[[int, int], list[Token]] | None = None
) -> tuple[Found | None, int]:
    """:func:`_unnamed_opening` read as far as it ever reads (:data:`_UNNAMED_REACH`),
    with where its cue ends: the description stands for any ``end`` at or after that
    (the words before a cue are read alike however far the text goes on), so a
    registry reads each opening once (:meth:`_Registry._unnamed_at`). The words are
    made for its first :data:`_UNNAMED_FIRST` characters first, and for the whole
    reach only when those do not decide (most openings end or find their cue there),
    by ``tokens`` (``(start, end)`` to the words of ``text[start:end]``) when given.

    >>> phrase, cue_end = _unnamed_read("A spokeswoman for the agency said no.", 0)
    >>> phrase.text, cue_end
    ('A spokeswoman for the agency', 33)
    """
    words = functools.partial(tokenize, text) if tokens is None else tokens
    reach = start + _UNNAMED_REACH
    if start + _UNNAMED_FIRST < min(len(text), reach):
        read = _unnamed_words(text, words(start, start + _UNNAMED_FIRST), start)
        if read is not None:
            return read
    read = _unnamed_words(text, words(start, reach), start, whole=True)
    assert read is not None  # (whole: always decided)
    return read


def _unnamed_words(
    text: str, toks: list[Token], start: int, *, whole: bool = False
) -> tuple[Found | None, int] | None:
    """:func:`_unnamed_read` on the words ``toks`` made from ``start``; None, unless
    ``whole``, when the answer may hang on words past them: it is decided only by a
    word with three more after it, or a phrase that ends before those three."""
    nothing = (None, len(text) + 1)
    # The last word that decides for sure: three words before the end of a part.
    sure = len(toks) if whole else len(toks) - 4
    if len(toks) < 3:
        return nothing if whole else None
    if toks[0].lower not in load("single_determiners"):
        return nothing
    found = phrase_after(toks, 0, text=text)
    if not whole and (sure < 3 or (found is not None and found.end > toks[sure].start)):
        return None  # (no phrase at all is read within the first words)
    if found is None or found.kind is not _ANONYMOUS_PHRASE or found.start != start:
        return nothing
    if not _one_person(found.text):
        return nothing  # "A report by the board", "A week later the mayor": no one person
    cues = load_table("cue_verbs")
    stops = load("description_ends") | load("attribution_fillers") | load("time_words")
    kept: list[Token] = []
    reading = True
    for k, tok in enumerate(toks):
        if tok.start < found.end:
            continue
        if k > sure:
            return None  # (not whole: the words after these may decide)
        if tok.lower in cues and not (reading and cues[tok.lower] == tok.lower):
            cue_end = tok.end
            break  # (a bare form inside the description is a noun: "a coastal state")
        if tok.text in ".!?" or not tok.text[0].isalnum():
            if tok.text in ".!?" or tok.text in _QUOTE_MARKS:
                return nothing
            reading = False
        elif tok.lower in stops or adverb_word(tok.text):
            reading = False
        if reading:
            kept.append(tok)
    else:
        return nothing if whole else None
    # Not a preposition or an article left hanging ("A man in Kyiv on Monday").
    while kept and kept[-1].lower in _DANGLING:
        kept.pop()
    if not kept:
        return found, cue_end
    phrase = text[start : kept[-1].end]
    return attrs.evolve(found, end=start + len(phrase), text=phrase, head=phrase), cue_end


def _another_described(text: str, start: int, end: int, noun: str) -> bool:
    """True when ``text[start:end]`` introduces another unnamed person by ``noun``, a
    single determiner and at most two lower-case words before it (*A second source
    disagreed.*, *another official*, *a diplomatic source*): a definite descriptor
    after it (*the source said*) may stand for either, so it names neither.

    >>> _another_described("A source said so. A second source disagreed.", 17, 44, "source")
    True
    >>> _another_described("A source said so. The source disagreed.", 17, 39, "source")
    False
    """
    for m in _ANOTHER_DESCRIBED.finditer(text, start, end):
        words = m.group(1).split()
        if noun in words and all(w.islower() for w in words[: words.index(noun)]):
            return True
    return False


# A single determiner and the three words after it (_another_described).
_ANOTHER_DESCRIBED = regex.compile(
    r"(?<![\p{L}\-])(?i:"
    + "|".join(sorted(map(regex.escape, load("single_determiners")), key=len, reverse=True))
    + r")[ ]((?:[\p{L}\-]++[ ]?+){1,3})"
)


def _core_words(description: str) -> list[str]:
    """The words of an unnamed description up to its noun, lower case, without the
    complement a spokesperson noun or the words after the first lower-case word that
    follows the noun take (*a senior diplomat*; *a spokeswoman* of *a spokeswoman for
    the agency*; *an aid worker* of *an aid worker with a charity*), nor the
    post-modifier a source's noun takes (*a source* of *a source close to the talks*,
    ``post_modifiers.txt``).

    >>> _core_words("A spokeswoman for the agency"), _core_words("An aid worker with a charity")
    (['a', 'spokeswoman'], ['an', 'aid', 'worker'])
    >>> _core_words("An official familiar with the plan")
    ['an', 'official']
    """
    words = description.lower().split()
    for i, word in enumerate(words[1:], 1):
        if word in load("spokesperson_nouns") or word in _COMPLEMENT_WORDS:
            return words[: i + 1] if word not in _COMPLEMENT_WORDS else words[:i]
        if (word, words[i + 1] if i + 1 < len(words) else "") in _POST_MODIFIER_PAIRS:
            return words[:i]
    return words


_POST_MODIFIER_PAIRS = frozenset(tuple(p.split()) for p in load("post_modifiers"))


def _sex_of(description: str) -> str:
    """ "f" or "m" when a word of ``description`` says its person's sex (a noun of
    ``sexed_nouns.tsv`` or a title's: *a mother*, *a spokeswoman*), else "".

    >>> _sex_of("A mother of two"), _sex_of("A spokesman for the firm"), _sex_of("A neighbour")
    ('f', 'm', '')
    """
    sexed = load_table("sexed_nouns")
    for word in description.lower().split():
        sex = sexed.get(word) or _title_gender(word)
        if sex:
            return sex
    return ""


_WITHHELD_REACH = 120  # characters read back from a withheld name for its frame and noun
_DESCRIPTION_WORDS = 4  # words of the description before ", who": "One young mother"
# The last ", who " of a stretch, in any case (a reverse search: the one nearest the name).
_WHO_CLAUSE = regex.compile(r", [Ww][Hh][Oo] ", regex.REVERSE)


@functools.cache
def _withholding_frame() -> re.Pattern[str]:
    """Any frame of ``name_withholding_frames.txt`` between spaces, in lower case:
    searched in a lowered text by :func:`_withholds`.

    >>> bool(_withholding_frame().search("who asked to be identified only as jess"))
    True
    """
    frames = sorted(load("name_withholding_frames"), key=len, reverse=True)
    return re.compile("|".join(re.escape(f" {frame} ") for frame in frames))


def _withholds(text: str) -> bool:
    """True when ``text`` prints a frame of ``name_withholding_frames.txt``, in any
    case; a text for which this is False gives no word to :func:`_withheld_sex`,
    which reads the same frames in the lowered stretch before a name (a stretch's
    ``str.lower`` stands inside the text's, so the one search reads every frame
    that reader can find). One ``str.lower`` and a case-sensitive search take about
    half the time of one case-blind search.

    >>> _withholds("who asked to be Identified Only As Jess"), _withholds("who is Jess")
    (True, False)
    """
    return _withholding_frame().search(text.lower()) is not None


def _withheld_sex(text: str, start: int) -> str:
    """The sex that the noun of an unnamed source's description says ("f", "m"),
    when the word at ``start`` is the only name the source gives, after a frame of
    ``name_withholding_frames.txt`` in a relative clause on that description (*One
    mother, who asked to be identified only as Jess,*: "f"); "" for any other word
    or a noun of no sex (*A nurse, who gave her name as Sam*). A given name the list
    does not know is then a person of that sex, whom a later *she* may name.

    >>> text = "One mother, who asked to be identified only as Jess, said"
    >>> _withheld_sex(text, text.index("Jess")), _withheld_sex(text, 0)
    ('f', '')
    >>> text = "A nurse, who asked to be identified only as Jess, said"
    >>> _withheld_sex(text, text.index("Jess"))
    ''
    >>> text = "One İzmir mother, who asked to be identified only as Ayşe, said"
    >>> _withheld_sex(text, text.index("Ayşe"))
    'f'
    """
    lead = text[max(0, start - _WITHHELD_REACH) : start]
    low = lead.lower()
    if not any(low.endswith(f" {frame} ") for frame in load("name_withholding_frames")):
        return ""
    # (found in the stretch as printed, not its lower case: "İ" lowers to two
    # characters, so an offset in ``low`` may fall after the same place in ``lead``)
    who = _WHO_CLAUSE.search(lead)
    if who is None:
        return ""
    before = lead[: who.start()]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind(", "))
    return _sex_of(" ".join(before[cut + 1 :].split()[-_DESCRIPTION_WORDS:]))


def _opens_sentence(text: str, at: int) -> bool:
    """True when the name at ``at`` opens its sentence or paragraph, alone or after a
    capitalised title (*Professors Ruiz and Hale*): nothing but spaces between it and a
    full stop, a question or exclamation mark, or a line break."""
    m = _TITLE_BEFORE.search(text, max(0, at - _TITLE_REACH), at)
    i = m.start() if m is not None else at
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
        if at - i > _TITLE_REACH:
            return False
    return i == 0 or text[i - 1] in ".!?\n"


_TITLE_REACH = 24  # characters of a capitalised title read before a name
_TITLE_BEFORE = regex.compile(r"(?<![\p{L}.])\p{Lu}\p{Ll}++\.?+ ++$")


def _outer_speaker(
    found: Found,
    i: int,
    spans: list[tuple[int, int]],
    resolved: list[tuple[Found, Found, _Entity | None] | None],
) -> _Entity | None:
    """The speaker resolved for the quote that the pronoun ``found`` (the mention of
    quote ``i``) stands inside, among the few quotes before ``i``; None when it
    stands inside none (or that quote has no speaker)."""
    for j in range(i - 1, max(-1, i - 1 - _OUTER_REACH), -1):
        if j >= len(spans):
            continue
        start, end = spans[j]
        if start < found.start < end:
            item = resolved[j]
            return None if item is None else item[2]
    return None


# A word in quote marks between two names' words (*Michael "Mike" Oduya*, *Ana 'Nan'
# Roe*), the marks double or single, straight or curly, a space either side: the
# nickname form the registry reads. (``re`` and no lookbehind: one scan of every
# text, at about a quarter of the cost; the case of the words and the names either
# side are read from the rows. The word is a run of letters, an apostrophe inside
# only before a letter, so no run of marks is read twice. Two words in the marks
# are a title more often than a nickname: *Laura "Salt Roads" Penhallow*.)
_NICKNAME = re.compile(r"[ ](?:[\"“]|['‘](?=[^\W\d_]))([^\W\d_]+(?:['’][^\W\d_]+)?)[\"”'’][ ]")


def _nickname_rows(
    text: str, rows: list[tuple[int, int, str, PhraseKind, str, str]]
) -> dict[int, str]:
    """Join in place, in ``rows`` (:func:`.mentions.name_rows`), a given name (a
    rank or title before it kept), a capitalised word in quote marks and a surname
    into one name without the marked word (*Michael "Mike" Oduya*: "Michael
    Oduya", the printed text kept; *Sergeant Ann 'Nan' Roe*: "Ann Roe", titled);
    return the nickname by the joined name's start. The given name and the surname
    must be read as lone words and the given name must be one of
    ``lexicons/given_names.tsv``: a title in marks after an author's name is no
    nickname. A name read inside the marks is dropped.

    >>> text = 'Its director, Michael "Mike" Oduya, said so.'
    >>> rows = _name_rows_seen(text)[0]
    >>> _nickname_rows(text, rows), [row[4] for row in rows]
    ({14: 'Mike'}, ['Michael Oduya'])
    """
    given = load_table("given_names")
    by_end = {row[1]: i for i, row in enumerate(rows)}
    by_start = {row[0]: i for i, row in enumerate(rows)}
    starts = [row[0] for row in rows]
    out: dict[int, str] = {}
    cut: set[int] = set()
    for m in _NICKNAME.finditer(text):
        nick = m.group(1)
        if not nick[0].isupper():
            continue
        first, last = by_end.get(m.start()), by_start.get(m.end())
        if first is None or first in cut:
            continue
        if last is None and (last := by_start.get(m.start(1))) is not None:
            # *Daniel ‘Danny’ Oakes*: the closing mark read as an apostrophe, the
            # nickname and the surname one row; its surname is the part after the mark.
            end = rows[last][1]
            surname = text[m.end() : end]
            if end <= m.end() or rows[last][4] != text[m.start(1) : end] or " " in surname:
                continue
            pair = (rows[first], (m.end(), end, surname, rows[last][3], surname, ""))
        elif last is None:
            continue
        else:
            pair = (rows[first], rows[last])
        if any(row[3] is not _NAME or " " in row[4] for row in pair) or pair[1][5]:
            continue
        # (The row read inside the marks, if any: the nickname's word. Rows are sorted.)
        inside = range(bisect.bisect_left(starts, m.start(1)), last)
        if pair[0][4].casefold() not in given or any(rows[i][3] is not _NAME for i in inside):
            continue
        start, end = pair[0][0], pair[1][1]
        head = f"{pair[0][4]} {pair[1][4]}"
        rows[first] = (start, end, text[start:end], _NAME, head, pair[0][5])
        cut.update(inside)
        cut.add(last)
        out[start] = nick
    if cut:
        rows[:] = [row for i, row in enumerate(rows) if i not in cut]
    return out


def _name_rows_seen(
    text: str,
) -> tuple[list[tuple[int, int, str, PhraseKind, str, str]], bool]:
    """:func:`.mentions.name_rows` (``lone``) of ``text`` as a reader sees it: read
    without its format characters and NUL (:func:`.layer.visible`), so that a name
    with one inside or between its words is read whole and named without it
    ("Marta" + U+200D + " Oyelaran"); each row's offsets are ``text``'s own. And
    whether the text holds such a character (:func:`.layer.has_invisible`: a cut was
    made), which :func:`resolve_speakers` asks, read from the same pass."""
    seen, cuts = visible(text)
    rows = name_rows(seen, lone=True)
    if not cuts:
        return rows, False
    after, before = bisect.bisect_right, bisect.bisect_left
    return [
        (start + after(cuts, start), end + before(cuts, end), phrase, kind, head, title)
        for start, end, phrase, kind, head, title in rows
    ], True


_EDGE = ".,;:()[]\"'“”‘’"
# Kinds whose name is not a person's given names and surname: an organisation ("Pew
# Research Center"), or a description ("Clinton aides", "the Audit Office report").
_NOT_PERSONAL = (_ORGANIZATION, _ANONYMOUS, _DOCUMENT)
_VAGUE = (_ANONYMOUS, _UNKNOWN, _DOCUMENT)


def _past_article(token: str) -> str:
    """A printed name word past the article joined to it by a hyphen (*al-Assad*:
    *Assad*; ``lexicons/name_prefixes.txt``), else the word as printed.

    >>> _past_article("al-Hadi"), _past_article("Al-Hadi's"), _past_article("Ocasio-Cortez")
    ('Hadi', "Hadi's", 'Ocasio-Cortez')
    """
    head, hyphen, rest = token.partition("-")
    return rest if hyphen and rest[:1].isupper() and head.casefold() in _NAME_PREFIXES else token


def _bare_description_at(text: str, at: int, start: int) -> bool:
    """True when the noun printed after offset ``at`` (a space) follows right after
    *the*, *its*, *this* or *that* (``descriptor_articles``), no word of its own
    between, looking back no further than ``start``.

    >>> _bare_description_at("Acme rose; the company's board met.", 14, 0)
    True
    >>> _bare_description_at("Acme rose; a rival company's board met.", 18, 0)
    False
    """
    before = text[max(start, at - 12) : at].rsplit(None, 1)
    return bool(before) and before[-1].lower() in load("descriptor_articles")


@functools.lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> tuple[str, ...]:
    """The words that name somebody in ``name``, in order, compared loosely.

    Capitalised words only, case-folded and without accents; titles before a name
    ("Sen.", "Alderman", "Mr"), initials ("D.") and an owner before the name ("Fox's
    Chris Wallace") are left out; a possessive at the end loses its ``'s``. A title
    word with no name after it is a surname ("Peter King of New York"). A surname
    loses the article joined to it by a hyphen, as the registry reads it
    (``_bare_surname``): outlets print *al-Assad* and *Assad* for one man.

    >>> _name_words("Fox's Chris D. Wállace, a host")
    ('chris', 'wallace')
    >>> _name_words("Rep. Peter T. King of New York")
    ('peter', 'king', 'new', 'york')
    >>> _name_words("Bashar al-Assad"), _name_words("Al-Assad's")
    (('bashar', 'assad'), ('assad',))
    """
    titles = load("titles")
    raw = [_past_article(t.strip(_EDGE)) for t in name.replace("’", "'").replace(",", " ").split()]
    out: list[str] = []
    for i, tok in enumerate(raw):
        if not tok[:1].isupper() or (tok.endswith("'s") and i + 1 < len(raw)):
            continue  # lower case, or an outlet or an employer before the name
        word = unicodedata.normalize("NFKD", tok.removesuffix("'s").casefold())
        word = "".join(c for c in word if not unicodedata.combining(c)).rstrip(".")
        before_name = i + 1 < len(raw) and raw[i + 1][:1].isupper()
        if len(word) <= 1 or (word in titles and before_name) or word in out:
            continue
        out.append(word)
    return tuple(out)


def _nested(x: tuple[str, ...], y: tuple[str, ...], *, personal: bool) -> bool:
    """True when the name words of one name are all in the other's; for people, the
    shorter name must not end on the longer one's first word: a first name alone
    ("Tom") is not "Tom Giancola", though a surname is its full name."""
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    if not small or not set(small) <= set(big):
        return False
    return not personal or len(small) == len(big) or small[-1] != big[0]


def _names_of(s: Speaker) -> list[tuple[str, ...]]:
    """The name words of ``s``'s name, then of each alias that is not a pronoun (*He*,
    the mention a quote was read from, names nobody).

    >>> _names_of(Speaker(name="Dana Lee", aliases=("Lee", "She")))
    [('dana', 'lee'), ('lee',)]
    """
    pronouns = load("pronouns")
    return [_name_words(s.name)] + [_name_words(n) for n in s.aliases if _norm(n) not in pronouns]


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """True when two speakers, possibly from different articles, can be one; the
    symmetric, reflexive test of speaker agreement (:meth:`Speaker.matches`) that
    variant groups use and verification starts from (verification also lets a claimed
    name cut after a middle initial agree with the full name, in one direction).

    Two speakers are one when their names are the same once case and dots are set
    aside; or when the name words of one (its name or an alias) are all in the
    other's, titles, initials and an outlet before the name left out: a surname and
    the full name, a name typed as a claim and the organisation it names ("Pew", "Pew
    Research Center"), but for two people not a first name alone and the full name it
    starts; or, for two people, when their surnames are spellings of one
    (transliterations, a typo) and their first names start alike; or, for two
    organisations, when they share an alias or their names are 90 % alike. Unnamed
    sources and documents ("a senior official", "the report") are one only by their
    names and the capitalised names they hold ("Clinton aides").

    >>> same_speaker(Speaker(name="Vladimir Putin"), Speaker(name="Putin"))
    True
    >>> same_speaker(Speaker(name="Volodymyr Zelensky"), Speaker(name="Volodymyr Zelsky"))
    True
    >>> same_speaker(Speaker(name="Radio Ten's Omar Haddad"), Speaker(name="Mr Haddad"))
    True
    >>> same_speaker(Speaker(name="Donald Trump"), Speaker(name="Melania Trump"))
    False
    >>> same_speaker(Speaker(name="Tom"), Speaker(name="Tom Giancola"))
    False

    A bare surname among one speaker's aliases joins it to any bearer of that surname
    only when one of the two names gives no first name:

    >>> ana = Speaker(name="Ana Ferrow", aliases=("Ferrow",))
    >>> same_speaker(Speaker(name="Luis Ferrow"), ana), same_speaker(Speaker(name="Ferrow"), ana)
    (False, True)
    """
    na, nb = _norm(a.name), _norm(b.name)
    if na == nb:
        return True
    personal = a.kind not in _NOT_PERSONAL and b.kind not in _NOT_PERSONAL
    words_a, words_b = _names_of(a), _names_of(b)
    # Two people whose names both give a first name and a surname are told apart by
    # those names: a bare surname one of them is also called ("Clinton") names either
    # in its own article, so it does not make two first names under one surname one.
    full = personal and len(words_a[0]) >= 2 and len(words_b[0]) >= 2
    if any(
        _nested(x, y, personal=personal)
        for x in words_a
        for y in words_b
        if not (full and (len(x) == 1 or len(y) == 1))
    ):
        return True
    if a.kind in _VAGUE or b.kind in _VAGUE or a.kind is not b.kind:
        return False
    if a.kind is _ORGANIZATION:
        aliases_a = {_norm(x) for x in (a.name, *a.aliases)}
        aliases_b = {_norm(x) for x in (b.name, *b.aliases)}
        return bool(aliases_a & aliases_b) or Indel.normalized_similarity(na, nb) >= 0.9
    wa, wb = words_a[0], words_b[0]
    if not wa or not wb or not _surnames_match(wa[-1], wb[-1]):
        return False
    if len(wa) >= 2 and len(wb) >= 2:
        return _spelling_key(wa[0])[:1] == _spelling_key(wb[0])[:1]
    return True
