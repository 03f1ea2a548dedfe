"""Words that name a speaker: names, pronouns, descriptors, organisations, unnamed sources.

Attribution asks two questions of a small window of text: *which noun phrase
ends right here?* (the subject before a cue: "Mr Putin said") and *which noun
phrase starts right here?* (after a cue: "said one diplomatic source"). Both
read a bounded list of tokens with the lexicons, no tagger.

>>> from quoteverify.text.layer import tokenize
>>> text = "Russian President Vladimir Putin said"
>>> found = phrase_before(tokenize(text, 0, len(text)), 4, text=text)
>>> found.kind.value, found.head, found.title
('name', 'Vladimir Putin', 'Russian President')
>>> text = "said one diplomatic source familiar with the talks."
>>> phrase_after(tokenize(text, 0, len(text)), 1, text=text).text
'one diplomatic source familiar with the talks'
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from ..lexicons import entries, load, load_table, load_zipf, rows, select
from ..model import builder
from ..text.layer import (
    DIGIT,
    LETTER,
    MARK,
    MOJIBAKE_IN_WORD,
    Token,
    beyond_ascii,
    first_beyond,
    line_stretches,
)
from ..text.marks import DOUBLE_OR_SINGLE, mark_chars
from .offices import (
    CHAIN_WORDS,
    JOINS,
    RELATIONS,
    SHORT_TITLES,
    Shape,
    body_kind_nouns,
    complement_word,
    holder_cut,
    holder_start,
    office_opening,
    office_words,
    opens_holder,
    person_role,
    read_office,
    role_forms,
    role_plurals,
    tail_holder,
)

__all__ = [
    "COMMON_OPENER_ZIPF",
    "Found",
    "PhraseKind",
    "Reads",
    "find_names",
    "phrase_after",
    "phrase_before",
    "staff_of_body",
]


class PhraseKind(str, enum.Enum):
    """What kind of noun phrase names the speaker."""

    NAME = "name"
    PRONOUN = "pronoun"
    DESCRIPTOR = "descriptor"  # "the Russian president": a definite role, resolvable
    ANONYMOUS = "anonymous"  # "a senior official", "officials"
    ORGANIZATION = "organization"


# The members as module names, for the checks made once or more per token or per
# phrase: on Python 3.11 reading ``PhraseKind.NAME`` runs the enum's descriptor (about
# ten times the cost of a global, as in ``identity``).
_NAME = PhraseKind.NAME
_PRONOUN = PhraseKind.PRONOUN
_DESCRIPTOR = PhraseKind.DESCRIPTOR
_ANONYMOUS = PhraseKind.ANONYMOUS
_ORGANIZATION = PhraseKind.ORGANIZATION
_NAMED = (_NAME, _ORGANIZATION)  # a person's or a body's name


@attrs.frozen(kw_only=True)
class Found:
    """A noun phrase found at a place: its span, kind, head name and title words."""

    start: int
    end: int
    text: str
    kind: PhraseKind
    head: str  # the name without titles ("Vladimir Putin"), or the phrase itself
    title: str = ""  # title words before the head ("Russian President")


# Found with every field given, built through its slots (cheaper than its __init__:
# attribution makes one or more per quote).
_new_found = builder(Found)


def _token_found(tok: Token, kind: PhraseKind) -> Found:
    """A phrase of one token (a pronoun, *Some*, a name spelled as a modal)."""
    return _new_found(
        start=tok.start, end=tok.end, text=tok.text, kind=kind, head=tok.text, title=""
    )


PRONOUNS = select("pronouns", case="subject") - select("pronouns", person="2")
# "He's", "they're": a personal subject pronoun (not "it") and a clitic.
_CONTRACTED_PRONOUN = regex.compile(
    f"({'|'.join(sorted(PRONOUNS - select('pronouns', gender='neuter')))})['’](?:s|re|m|ve|d|ll)$"
)
_DETERMINERS = load("determiners")
_PARTICLES = load("name_particles")


def _particle(tok: Token, particles: frozenset[str] = _PARTICLES) -> bool:
    """True when ``tok`` is a name's particle of ``particles`` (*van*, *de*, Catalan
    *i*): one of one letter only as printed in lower case (the capital *I* is the
    pronoun: *Maybe I said*).

    >>> from quoteverify.text.layer import tokenize
    >>> [_particle(t) for t in tokenize("Ferrer i Puig I van", 0, 19)]
    [False, True, False, False, True]
    """
    return tok.lower in particles and (len(tok.text) > 1 or tok.text.islower())


_LOOSE_DETERMINERS = load("loose_determiners")
# "this", "those": a demonstrative opens a loose descriptor only at its clause's start.
_DEMONSTRATIVES = select("pronouns", case="demonstrative")
_POST_MODIFIERS = frozenset(tuple(p.split()) for p in load("post_modifiers"))
_POST_MODIFIER_FIRST = frozenset(pair[0] for pair in _POST_MODIFIERS)
# "an official at the finance ministry": only before a body's noun (_extend_post_modifier)
_BODY_POST_MODIFIERS = frozenset(tuple(p.split()) for p in load("body_post_modifiers"))
_ROLE_PREPOSITIONS = load("role_prepositions")
_DOCUMENT_NOUNS = load("document_nouns")
# Documents named in two words (*blog post*, *press release*).
_DOCUMENT_PAIRS = frozenset(
    (words[0], words[1]) for words in (n.split() for n in _DOCUMENT_NOUNS) if len(words) == 2
)


def document_pair(first: str, second: str) -> bool:
    """True when the lower-case words ``first`` and ``second`` name a document
    together (``document_nouns.txt``), so that the second, a cue verb's form too
    (*post*), is the document's noun there, no verb: *the blog post said*.

    >>> document_pair("blog", "post"), document_pair("will", "post")
    (True, False)
    """
    return (first, second) in _DOCUMENT_PAIRS


_ORGANIZATIONS = load_table("organizations")
# Modals and auxiliaries, which end a noun phrase ("a spokesman for Roe could quip").
_MODALS = load("modals")
_VERB_WORDS = _MODALS | {"did", "does"}
_CUE_WORDS = load("cue_verbs")
# "said", "told", "writes": a cue verb's inflected forms, never a noun ("tweet" is both)
_INFLECTED_CUES = frozenset(r["cue"] for r in rows("cue_verbs") if r["cue"] != r["lemma"])
# A person's age as a modifier ("the 38-year-old", "a 71-year-old retired nurse").
_AGE_WORD = regex.compile(r"\d{1,3}+-year-old")
_COMPLEMENT_PREPOSITIONS = load("descriptor_prepositions") | load("author_links")
_DASH_TOKENS = frozenset({"-", "—", "–", "―", "--"})
# Quantifiers that stand for part of a crowd as a subject ("Some chanted"); a number
# word alone is one too ("Two said", "One would require ..."), never a name.
_QUANTIFIERS = load("quantifiers") | frozenset(load_table("number_words"))
_CROWD_JOINERS = load("crowd_joiners")  # "and", "but", "yet" before "others"
_STOP_PUNCT = frozenset('.!?;:"()[]—–' + mark_chars(weights=DOUBLE_OR_SINGLE, straight=False))
_MAX_APPOSITION = 25
_UNNAMED = (PhraseKind.DESCRIPTOR, PhraseKind.ANONYMOUS)
_TITLE_PHRASES = select("titles")  # with the titles of several words ("prime minister")


@functools.cache
def _lex() -> dict[str, frozenset[str]]:
    titles = load("titles")
    return {
        "titles": frozenset(t for t in titles if " " not in t),
        "title_phrases": frozenset(t for t in titles if " " in t),
        "roles": role_forms(),
        "plural_roles": (role_plurals() - load("role_nouns")) | {"people", "men", "women"},
        "nations": frozenset(load_table("nations")),
        "stop": load("stopwords"),
        "fillers": load("attribution_fillers"),
        "anon": load("anonymous_determiners"),
        "org_suffixes": load("org_suffixes"),
        # the last words of organisations' names (org_suffixes are also read after a
        # possessive: "Reed's campaign")
        "org_heads": load("org_suffixes") | load("org_name_heads"),
        "name_suffixes": load("name_suffixes"),
        "time": load("time_words"),
        "first_titles": load("first_name_titles"),
        "given_titles": load("given_name_titles"),
        "indefinite": load("indefinite_speakers"),
    }


# Nouns in -ly, which are not adverbs: "Reed's family said", "a close ally said".
_LY_NOUNS = load("ly_nouns")


def adverb_word(word: str) -> bool:
    """A lower-case word in -ly that is not a noun ("quickly", not "family").

    >>> adverb_word("regularly"), adverb_word("family"), adverb_word("Early")
    (True, False, False)
    """
    return word.islower() and word.endswith("ly") and word not in _LY_NOUNS


def is_adverb(tok: Token) -> bool:
    """:func:`adverb_word` for a token (inlined: attribution asks it in loops)."""
    return tok.text.islower() and tok.lower.endswith("ly") and tok.lower not in _LY_NOUNS


# The stop words (``_lex()["stop"]``), read by _is_cap up to ten times per quote.
_STOP_WORDS = load("stopwords")


def _is_cap(tok: Token) -> bool:
    """A capitalised word that may be part of a name: not a stop word, unless it is
    spelled in capitals as an acronym is (*the WHO*, *the US*; not *I*); or a name
    word after its prefix (*al-Bashir*, *el-Sayed*)."""
    if tok.text[:1].isupper():
        return tok.lower not in _STOP_WORDS or (len(tok.text) > 1 and tok.text.isupper())
    # (most words in lower case hold no hyphen: settled without the call)
    return "-" in tok.text and _prefixed_name(tok.text)


_NAME_PREFIXES = load("name_prefixes")


def _function_word_surname(toks: list[Token], k: int, hi: int) -> bool:
    """A capitalised common word printed as a surname: right after a name word and
    right before a comma, a stop or the window's end (*said Al From, a strategist*,
    *said Ann Will.*); a capitalised *From* anywhere else opens a title or a sentence.

    >>> from quoteverify.text.layer import TextLayer
    >>> text = 'said Al From, an adviser'
    >>> toks = TextLayer(text).tokens(0, len(text))
    >>> _function_word_surname(toks, 2, len(toks))
    True
    """
    if not _stop_word_name(toks, k):
        return False
    if _after_honorific(toks, k):
        return True  # "Mrs Last said", "said Mr. Still": an honorific makes it a name
    return (
        _is_cap(toks[k - 1])
        and not _is_titleish(toks[k - 1])
        and (k + 1 >= hi or toks[k + 1].text in (",", ".", ";"))
    )


def _stop_word_name(toks: list[Token], k: int) -> bool:
    """A stop word capitalised as a name is, not its first token nor in capitals."""
    tok = toks[k]
    return (
        k > 0
        and tok.lower in _STOP_WORDS
        and len(tok.text) > 1
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.lower not in PRONOUNS
    )


_HONORIFICS = select("titles", kind="honorific")
_SEXED_HONORIFICS = _HONORIFICS - select("titles", gender="any")  # not "Dr", "Mx"


def _addressed_after(toks: list[Token], k: int, hi: int) -> bool:
    """True when ``toks[k]`` opens a name titled as a man or a woman is addressed
    (*Mrs. Hale*, *Mr Grant*): after *of*, a person, not a place or a body (*asked
    Tom of Mrs. Hale*, *said Ana Lee of Mr. Grant*; not *of Dr Pepper*).

    >>> from quoteverify.text.layer import TextLayer
    >>> text = 'asked Tom of Mrs. Hale'
    >>> toks = TextLayer(text).tokens(0, len(text))
    >>> _addressed_after(toks, 3, len(toks)), _addressed_after(toks, 1, len(toks))
    (True, False)
    """
    return (
        k + 1 < hi
        and toks[k].lower in _SEXED_HONORIFICS
        and toks[k].text[:1].isupper()
        and (toks[k + 1].text == "." or toks[k + 1].text[:1].isupper())
    )


def _after_honorific(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` follows an honorific, its dot allowed between them
    (*Mrs Last*, *Mr. Still*): a title of address stands only before a name.

    >>> from quoteverify.text.layer import TextLayer
    >>> text = 'Mr. Last said'
    >>> _after_honorific(TextLayer(text).tokens(0, len(text)), 2)
    True
    """
    h = k - 1
    if toks[h].text == "." and h > 0 and toks[h].start == toks[h - 1].end:
        h -= 1  # "Mr. Last": a short form's dot (not "answered Madame. The two ...")
        if toks[h].lower not in SHORT_TITLES:
            return False
    title = toks[h]
    return title.lower in _HONORIFICS and title.text[:1].isupper() and title.end < toks[k].start


def _prefixed_name(word: str) -> bool:
    """True for a name word after a lower-case prefix and a hyphen (*al-Bashir*)."""
    prefix, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and prefix in _NAME_PREFIXES


def _is_titleish(tok: Token) -> bool:
    return tok.lower in _titleish_words()


@functools.cache
def _titleish_words() -> frozenset[str]:
    """Titles, role nouns and nations in one set: the words a name's title is made of."""
    lex = _lex()
    return lex["titles"] | lex["roles"] | lex["nations"]


def _is_plural_role(word: str) -> bool:
    return word in _lex()["plural_roles"]


# Countries, capitals and seats of government: a word wholly one of these that
# speaks is its government ("Russia insisted", "Tokyo protested"; not an adjective or
# a demonym, "Russian"): read by _land_speaks.
_STATES = select("nations", kind="country") | select("nations", kind="capital")
# Large cities that are no capital (``lexicons/cities.txt``): "Chicago said" speaks
# for the city's government as "Tokyo protested" for Japan's.
_CITIES = load("cities")


def _national_body(phrase: str, low: str) -> str | None:
    """A nation's adjective before a body of the organisations lexicon names that
    nation's body, as printed without its article (``low``: ``phrase`` lower-cased,
    its *the* dropped); None for any other phrase.

    >>> _national_body("the Chinese foreign ministry", "chinese foreign ministry")
    'Chinese foreign ministry'
    >>> _national_body("the Chinese campaign", "chinese campaign") is None
    True
    """
    nation, _, body = low.partition(" ")
    if nation in _NATION_ADJECTIVES and _ORGANIZATIONS.get(body, "")[:1].isupper():
        return phrase[len(phrase) - len(low) :]
    return None


def _body_named(phrase: str, low: str) -> str | None:
    """The organisation ``phrase`` names (``low``: lower-cased, its *the* dropped): a
    row of the organisations lexicon (*the Kremlin*) or a nation's body (*the Chinese
    foreign ministry*); None for any other phrase.

    >>> _body_named("the Kremlin", "kremlin"), _body_named("the mayor", "mayor")
    ('Kremlin', None)
    """
    org = _ORGANIZATIONS.get(low)
    return org if org is not None or " " not in low else _national_body(phrase, low)


def _nation_words_only(words: list[str]) -> bool:
    """True for capitalised nation words and nothing else (*European*, *United
    States*): before a body's head word they are part of its name."""
    nations = _lex()["nations"]
    return bool(words) and all(w[:1].isupper() and w.lower() in nations for w in words)


def _members_before_body(words: list[Token]) -> bool:
    """True when ``words``, the capitalised words before a body's head word, end on
    a role noun with no apostrophe, the members the body is named for (*The Farmers
    Union*, *the Kestrel Teachers Association*, *the Nurses Council*) or the trade it
    serves (*GP Holdings*, *Dentist Supplies Ltd*): part of the body's name, not a
    title. No word of them may be a title (*Minister*)."""
    last = words[-1].lower if words else ""
    if not (_is_plural_role(last) or last in _lex()["roles"]):
        return False
    titles = _lex()["titles"]
    return all(t.text[:1].isupper() and t.lower not in titles for t in words)


def _organization(head: str) -> bool:
    words = head.lower().split()
    if not words:
        return False
    if " ".join(words) in _ORGANIZATIONS:
        return True
    if len(words) == 2 and words[1] in load("surname_heads") and words[0] in _GIVEN_NAMES:
        # "Ana Steel": a given name before a head that is also a surname is a
        # person's (a company is "Orla Steel"; "Victoria Wireless" keeps its head)
        return False
    return words[-1] in _lex()["org_heads"]


# Countries (``places``, kind *country*) and the states of the United States: a name
# wholly one of these that speaks is its government, an organisation.
# (with the nations' capitals of several words, "New Delhi", "Buenos Aires": a capital of
# one word speaks as a row of _STATES: _land_speaks)
_LANDS = (
    select("places", kind="country")
    | load("us_states")
    | {name for name in select("nations", kind="capital") if " " in name}
)
# The last two words of the places' names of several words (*new mexico*, *south
# sudan*, *new guinea*): a land's name after such a word is no surname.
_PLACE_TAILS = frozenset(
    " ".join(name.split()[-2:])
    for name in (*entries("places"), *entries("nations"), *load("us_states"))
    if " " in name
)
_SURNAME_REACH = 3000  # characters read back for a land's name printed as a surname
# A word with a capital in it, then a space: before a land's name, that name printed
# as a surname (*Rep. Jim Jordan*). The match starts only at a word's first letter
# (inside a word, the look-behind fails at once), reads the word's other letters up
# to its first capital, then the rest of it: each word is read once, so the search
# is linear (a match tried at every capital of a long word of capitals read the rest
# of the word from each). The word is the first group.
_CAPITALISED_WORD = r"(?<![\p{L}\-])([\p{Ll}\p{Lt}\p{Lm}\p{Lo}\-]*+\p{Lu}[\p{L}\-]*+)[ ]"
_WORD_BACK = regex.compile(r"[\p{L}\-]*+", flags=regex.REVERSE)  # a word's letters before
_LAST_CAPITAL = regex.compile(r"\p{Lu}", flags=regex.REVERSE)
_LETTER = regex.compile(r"\p{L}")


@attrs.define(slots=True, eq=False)
class Reads:
    """What the look-backs of one text have read, handed down from cue to cue of
    ``text`` (made per text by its caller and dropped with it, never kept in a
    module; read only for cues of that very text): per land's name, ``(done,
    last)`` of :func:`_printed_as_surname`.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Rep. Ann Israel spoke. Israel said"
    >>> reads = Reads(text)
    >>> phrase_before(tokenize(text, 0, len(text)), 7, text=text, reads=reads).kind.value
    'name'
    >>> reads.surnames
    {'Israel': (23, 5)}
    """

    text: str
    surnames: dict[str, tuple[int, int]] = attrs.field(factory=dict)
    titles: dict[str, _Printed] = attrs.field(factory=dict)
    # the capitalised words ``text`` prints inside a sentence (None: not read yet)
    inner: set[str] | None = None
    # per word, where ``text`` prints a space then it (:func:`_given_name_before`)
    spaced: dict[str, _Spaced] = attrs.field(factory=dict)
    # a memo only: :func:`_classify` reads it as no Reads but for :attr:`spaced`
    # (for the callers whose answers are those of no Reads: :meth:`memo_only`)
    plain: bool = attrs.field(default=False, kw_only=True)

    def memo_only(self) -> Reads:
        """A view of these reads for a caller that hands down no Reads: the same
        :attr:`spaced` places (read once per word per text for both), none of the
        rules that read the text whole (:meth:`printed_inside`) nor the look-backs'
        kept searches, so every answer is the plain reading's.

        >>> reads = Reads("Ruth Pole spoke.")
        >>> view = reads.memo_only()
        >>> view.plain, view.spaced is reads.spaced, view.text is reads.text
        (True, True, True)
        """
        return Reads(self.text, spaced=self.spaced, plain=True)

    def spaced_at(self, word: str) -> _Spaced:
        """Where ``text`` prints a space then ``word``, the run of letters before each
        and which of them print a given name then ``word`` (:class:`_Spaced`): read
        once per word per text, with one pass of ``str.find`` and one match per place.

        >>> read = Reads("Ann Pole and Ruth Pole. Poles").spaced_at("Pole")
        >>> read.at, read.firsts, read.good
        ([3, 17, 23], [0, 13, 23], [0, 0, 1, 1])
        """
        found = self.spaced.get(word)
        if found is None:
            found = self.spaced[word] = _Spaced()
            text, needle, pattern = self.text, " " + word, _name_then(word)
            at = text.find(needle)
            while at != -1:
                first = at
                while first > 0 and text[first - 1].isalpha():
                    first -= 1  # (the runs before two places never overlap: linear)
                m = pattern.match(text, first)
                good = m is not None and m.group(1).lower() in _GIVEN_NAMES
                found.at.append(at)
                found.firsts.append(first)
                found.good.append(found.good[-1] + good)
                at = text.find(needle, at + 1)
        return found

    def printed_inside(self, word: str) -> bool:
        """True when ``text`` prints ``word``, a capitalised word of letters ending
        in *s* (all that :func:`_common_plural` lets ask), where no sentence opens
        (*met Residents*): read once per text, at its first asking, and only at
        such words, so a long text costs one pattern pass, not a look at each of its
        capitalised words.

        >>> Reads("Ann met Residents. Voters left.").printed_inside("Residents")
        True
        >>> Reads("Ann met Residents. Voters left.").printed_inside("Voters")
        False
        """
        if self.inner is None:
            text = self.text
            found = _CAPITALISED_IN_S.finditer(text)
            self.inner = {m.group() for m in found if not _sentence_opens(text, m.start())}
        return word in self.inner


# A capitalised word of letters ending in "s", whole: not part of a run of letters,
# apostrophes and hyphens (*Residents'*, *Residents-only* are other runs).
_CAPITALISED_IN_S = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{L}*+(?<=s)(?![\p{L}'’-])")


# Words that make a run of capitalised words before a land's name a body's name
# (*Air France*, *Team Kenya*, *Radio Free Asia*, *Bank Indonesia*)
_BODY_WORDS = load("org_openers") | load("org_suffixes") | load("org_name_heads")
_RUN_BACK = 40  # characters read back for the capitalised words before a land's name


def _body_run(text: str, start: int, end: int) -> bool:
    """True when the capitalised word ``text[start:end]``, or a capitalised word right
    before it in one run (at most :data:`_RUN_BACK` characters back), is a body's word
    (``lexicons/org_openers.txt``, ``org_suffixes.txt``, ``org_name_heads.txt``): the
    land's name after it ends a body's name, not a person's.

    A title or a given name in the run says a person's name (*Party Chairman Ngozi
    Kenya*).

    >>> text = "Radio Free Asia and Ruth Kenya"
    >>> _body_run(text, 6, 10), _body_run(text, 20, 24)
    (True, False)
    >>> text = "Party Chairman Ngozi Kenya"
    >>> _body_run(text, 15, 20)
    False
    """
    words = text[max(0, start - _RUN_BACK) : start].split(" ")[:-1]
    words.append(text[start:end])
    for word in reversed(words):
        low = word.lower().rstrip(".")
        if not word[:1].isupper() or low in _lex()["titles"] or low in _GIVEN_NAMES:
            return False  # "the Kenya", "Party Chairman Ngozi Kenya", "Ruth Kenya": a person's
        if low in _BODY_WORDS:
            return True
    return False


@functools.lru_cache(maxsize=256)
def _surname_pattern(phrase: str) -> regex.Pattern[str]:
    """``phrase`` after a capitalised word and a space, no letter after it."""
    return regex.compile(_CAPITALISED_WORD + regex.escape(phrase) + r"(?![\p{L}])")


def _printed_as_surname(
    phrase: str,
    text: str,
    start: int,
    reads: dict[str, tuple[int, int]],
    *,
    reach: int = _SURNAME_REACH,
) -> bool:
    """True when ``text[max(0, start - reach):start]`` (a slice: a word cut at its
    edge starts there) holds ``phrase`` after a capitalised word and a space
    (:func:`_surname_pattern`), reading again none of what the cue before settled.

    Matches are ordered: the word of a later match starts after the word of an
    earlier one, so the slice holds a match when the last match of the text ending
    by ``start`` (its look-ahead read as the slice reads it, at ``start`` with
    nothing after) has a capital of its word at or past the slice's edge (from a
    cut word, the slice reads the word's letters from the edge). ``reads`` keeps,
    per phrase, ``done`` (every match ending by it is known) and the place of the
    last capital of the last of them (-1 for none; or any place before the window
    that asked, when only places before it were skipped: windows only move on). A
    window ending by ``done`` or past it reads only from the word running into the
    character before ``done``'s last ``len(phrase)`` characters (a match ending at
    ``done`` or past it holds that word: its capitalised word ends there or later)
    or from its own edge's word, whichever is later; a window ending before
    ``done`` is read whole from its edge.

    >>> text = "Rep. Ed Jordan spoke. Jordan said. Jordan added"
    >>> reads = {}
    >>> [_printed_as_surname("Jordan", text, s, reads, reach=r) for s, r in ((22, 30), (35, 9))]
    [True, False]
    >>> reads
    {'Jordan': (35, 5)}
    """
    lo = max(0, start - reach)
    done, last = reads.get(phrase, (0, -1))
    if done > start:
        done, last = 0, -1
    floor = max(lo, done - len(phrase) - 1)
    word = _WORD_BACK.match(text, 0, floor)
    at = last
    for m in _surname_pattern(phrase).finditer(
        text, floor if word is None else word.start(), start, overlapped=True
    ):
        if f"{m[1]} {phrase}".lower() in _PLACE_TAILS:
            continue  # "New Mexico", "South Sudan": the end of a place's name, no surname
        if _body_run(text, m.start(1), m.end(1)):
            continue  # "Air France", "Radio Free Asia": a body's name, no surname
        capital = _LAST_CAPITAL.search(text, m.start(1), m.end(1))
        at = -1 if capital is None else capital.start()
        if m.end() < start or start == len(text) or _LETTER.match(text, start) is None:
            last = at  # a match in the text too, not only in the slice
    reads[phrase] = (start, last)
    return at >= lo


def _land_speaks(
    span: list[Token], phrase: str, text: str, surnames: dict[str, tuple[int, int]]
) -> PhraseKind | None:
    """How ``span``, a state's name that speaks, is read: ORGANIZATION, its government,
    as *Russia insisted* is; NAME for a one-word nation the text printed as a person's
    surname first; None when ``span`` is read as no state here.

    It speaks when it is wholly a country's or a US state's name (``_LANDS``), each
    word capitalised and none in capitals, its article allowed before it (*New
    Hampshire said*, *Japan warned*, *the Netherlands objected*), or one word, a
    country or a capital of the nations lexicon (``_STATES``: *Tokyo protested*), or
    a large city's name (``lexicons/cities.txt``: *Chicago said*, *Los Angeles sued*). A
    name of ``_LANDS`` does not when a given name says a person (*Georgia*,
    *Carolina*, ``given_names``), nor after a town and its comma, where it says where
    a person is from (*Ana Roe of Dover, Delaware says*); nor when the text before it
    prints the name as a surname, after a capitalised word (*Rep. Jim Jordan ...
    Jordan said*; read only for a state's name, at most :data:`_SURNAME_REACH`
    characters back, past what an earlier cue of the text read into ``surnames``:
    :func:`_printed_as_surname`), where a one-word nation is that person's name.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "New Hampshire said"
    >>> _land_speaks(tokenize(text, 0, 13), "New Hampshire", text, {}).value
    'organization'
    >>> text = "the United States said"
    >>> _land_speaks(tokenize(text, 0, 17), "the United States", text, {}).value
    'organization'
    >>> text = "Rep. Ruth Kenya spoke. Kenya said"
    >>> _land_speaks(tokenize(text, 23, 28), "Kenya", text, {}).value
    'name'
    >>> text = "Tokyo protested"
    >>> _land_speaks(tokenize(text, 0, 5), "Tokyo", text, {}).value
    'organization'
    >>> text = "Ana Roe of Dover, Delaware says"
    >>> _land_speaks(tokenize(text, 18, 26), "Delaware", text, {}) is None
    True
    """
    # one word of the nations lexicon, never in capitals (*WASHINGTON --*: a dateline)
    one = len(span) == 1
    nation = one and (span[0].lower in _STATES or span[0].lower in _CITIES)
    nation = nation and span[0].text[:1].isupper()
    nation = nation and not span[0].text.isupper()
    if not one and span[0].lower == "the":
        # "the United States said", "the Netherlands warned": a land printed with its article
        phrase = phrase[span[1].start - span[0].start :]
        span = span[1:]
    low = phrase.lower()
    land = (
        (low in _LANDS or (low in _CITIES and " " in low))
        and low not in _GIVEN_NAMES
        and all(t.text[:1].isupper() and not t.text.isupper() for t in span)
    )
    start = span[0].start
    if land and text[max(0, start - 2) : start] == ", ":
        word = text[text.rfind(" ", 0, start - 2) + 1 : start - 2]
        land = not word[:1].isupper()  # "Ana Roe of Columbia, South Carolina says": her home
    if not (land or nation):
        return None
    if _printed_as_surname(phrase, text, start, surnames):
        # "Ruth Kenya ... Kenya said": the text printed it as a person's surname first
        return _NAME if nation else None
    if nation and _printed_as_given_name(phrase, text, start):
        # "Kampala Moyo, a teacher, ... Kampala said": her given name
        return _NAME
    return PhraseKind.ORGANIZATION


def _printed_as_given_name(word: str, text: str, start: int) -> bool:
    """True when the :data:`_SURNAME_REACH` characters before ``start`` print the
    one ``word`` (a capital's name) before one capitalised word and an apposition
    that says a person: a comma and an article or an age (*Kampala Moyo, a
    teacher,*; *Lima Osei, 34,*): a person's given name and surname, so the word
    alone is that person, not the city (*Lima Hotel, the landmark,* is a place's
    name: its second word is a place's head).

    >>> _printed_as_given_name("Kampala", "Kampala Moyo, a teacher, spoke. Kampala", 32)
    True
    >>> _printed_as_given_name("Kampala", "Kampala Hotel, a landmark, shut. Kampala", 33)
    False
    """
    lo = max(0, start - _SURNAME_REACH)
    for m in regex.finditer(
        rf"(?<!\p{{L}}){regex.escape(word)}[ ](\p{{Lu}}\p{{Ll}}++),[ ](?:an?[ ]|the[ ]|\d)",
        text[lo:start],
    ):
        if m[1].lower() not in _PLACE_HEADS and m[1].lower() not in _lex()["org_suffixes"]:
            return True
    return False


_CIVIC_HEADS = load("civic_heads")


def _civic_speaks(span: list[Token]) -> bool:
    """True when ``span`` is two capitalised words or more, none in capitals, none a
    title, the last a governed place's (``lexicons/civic_heads.txt``): *New York City*,
    *Salt Lake City*, *Orange County* speak as their government, never a person.

    >>> from quoteverify.text.layer import tokenize
    >>> [_civic_speaks(tokenize(t, 0, len(t))) for t in ("Salt Lake City", "City", "Mayor City")]
    [True, False, False]
    """
    return (
        len(span) > 1
        and span[-1].lower in _CIVIC_HEADS
        and all(t.text[:1].isupper() and not t.text.isupper() for t in span)
        and not any(t.lower.rstrip(".") in _lex()["titles"] for t in span)
    )


# Every place of the lexicons by name, a continent and a region too (*Asia*, *Europe*)
_PLACE_NAMES = frozenset(entries("places")) | load("us_states")


def _body_land_speaks(span: list[Token]) -> bool:
    """True when ``span`` is two capitalised words or more, none in capitals, the first
    a body's word (``org_openers``, ``org_suffixes``, ``org_name_heads``) and the last a
    place's name: *Air France*, *Radio Free Asia*, *Bank Indonesia* speak as the body
    they name, never a person.

    >>> from quoteverify.text.layer import tokenize
    >>> [_body_land_speaks(tokenize(t, 0, len(t))) for t in ("Radio Free Asia", "Ruth Kenya")]
    [True, False]
    """
    return _body_land_words([t.text for t in span])


def transcript_role(text: str, start: int, label: str) -> str | None:
    """The turn a transcript's label ``label``, printed at ``start`` alone before a
    colon at a line's start, opens (``transcript_labels.tsv``: *question* for *Q:*,
    *answer* for *A:*), or None. An answer's label opens a turn only after a
    question's label opened a line before it: a transcript pairs them, while *A:*
    and *B:* alone are a list's options (*A: "Build more homes." B: "Keep the
    fields."*), or a headline's or a plan's letter.

    >>> transcript_role('Q: "Why?"\\nA: "Cost."', 10, "A"), transcript_role('A: "x"', 0, "A")
    ('answer', None)
    """
    if not label.isupper() or not text.startswith(":", start + len(label)):
        return None
    if start and text[start - 1] != "\n":
        return None
    labels = load_table("transcript_labels")
    role = labels.get(label.lower())
    if role != "answer":
        return role
    asked = (f"\n{q.upper()}:" for q, r in labels.items() if r == "question")
    if any(text.startswith(q[1:]) or text.find(q, 0, start) >= 0 for q in asked):
        return role
    return None


def _body_land_words(words: list[str]) -> bool:
    """:func:`_body_land_speaks` on the words of a name as printed: two capitalised
    words or more, none in capitals, the first a body's word and the last a place's.
    A run of the text read as a name (:func:`_name_of`) of this shape is the body's:
    *Radio Free Asia reported it* makes a body, so a later *Asia said* names it.

    >>> _body_land_words(["Radio", "Free", "Asia"]), _body_land_words(["Ruth", "Kenya"])
    (True, False)
    """
    return (
        len(words) > 1
        and words[0].lower() in _BODY_WORDS
        and words[-1].lower() in _PLACE_NAMES
        and all(w[:1].isupper() and not w.isupper() for w in words)
    )


_SINGLE_DETERMINERS = load("single_determiners")


def _person_apposition(
    toks: list[Token],
    j: int,
    *,
    articles: frozenset[str] = _SINGLE_DETERMINERS,
    given: bool = False,
) -> bool:
    """True when the name ending at token ``j`` is set off by a comma and a description
    of one person, opening on one of ``articles``, a role or a title among its first
    three words (*Ruth City, a teacher*; *Tom Bank, an Acme driver*): the name is a
    person's, whatever its last word. Not when a noun of a body's or a place's kind
    comes first (*Kansas City, a city whose mayor ...*; *Bank Indonesia, a regulator*: the body's
    description, ``body_kind_nouns``, ``place_heads``), nor when a cue's verb follows
    the role (*Kansas City, one official said*: a new clause). When ``given`` (the
    name opens on a given name), also True when the first three words hold neither
    kind of noun (*Ada Lin, a weaver*; but *Victoria, a state*, False).

    >>> from quoteverify.text.layer import tokenize
    >>> text = "said Ruth City, a retired teacher, on Monday"
    >>> _person_apposition(tokenize(text, 0, len(text)), 2)
    True
    >>> text = "said Kansas City, a city whose mayor is new"
    >>> _person_apposition(tokenize(text, 0, len(text)), 2)
    False
    """
    if j + 3 >= len(toks) or toks[j + 1].text != "," or toks[j + 2].lower not in articles:
        return False
    lex = _lex()
    for k in range(j + 3, min(j + 6, len(toks))):
        low = toks[k].lower
        if low in body_kind_nouns() or low in _PLACE_HEADS or low in _CUE_WORDS:
            return False  # the body's or the place's own description, or a new clause
        if low in lex["roles"] or low in lex["titles"]:
            return k + 1 >= len(toks) or toks[k + 1].lower not in _CUE_WORDS
    return given


@functools.lru_cache(maxsize=256)
def _title_surname_pattern(word: str) -> regex.Pattern[str]:
    """``word`` after a capitalised word and a space, no letter after it; the
    capitalised word and the word after (a space between) are the two groups."""
    return regex.compile(
        r"(?<![\p{L}\-])(\p{Lu}[\p{L}\-]*+)[ ]" + regex.escape(word) + r"(?![\p{L}])[ ]?+(\S*+)"
    )


def _ends_a_name(m: regex.Match[str]) -> bool:
    """A match of :func:`_title_surname_pattern` that prints its word as a surname:
    its capitalised word no title, and ending the name (a lower-case word or a
    suffix after it)."""
    after = m.group(2).rstrip(".,;:")
    return m.group(1).lower() not in _lex()["titles"] and (
        not after[:1].isupper() or after.lower() in _lex()["name_suffixes"]
    )


@attrs.define(slots=True, eq=False)
class _Spaced:
    """What :meth:`Reads.spaced_at` read of one word in one text: where the text
    prints a space then the word (``at``, in order), where the run of letters before
    each starts (``firsts``), and how many of the places before each index print a
    given name then the word whole as the whole text reads it (``good``, one more
    entry than ``at``)."""

    at: list[int] = attrs.field(factory=list)
    firsts: list[int] = attrs.field(factory=list)
    good: list[int] = attrs.field(factory=lambda: [0])


@attrs.define(slots=True, eq=False)
class _Printed:
    """What :func:`_surname_before` read of one word in one text: the matches of its
    pattern in the search from ``origin`` over the whole text, in order (their starts
    and ends, the start of the last one that prints a surname, -1 for none), all of
    them up to ``pos`` (every place of the search before it is settled, whatever
    reads past it), and the last cue asked."""

    origin: int
    pos: int
    last: int
    starts: list[int] = attrs.field(factory=list)
    ends: list[int] = attrs.field(factory=list)
    printed: int = -1


def _given_name_before(
    word: str,
    text: str,
    start: int,
    reads: Reads | None = None,
    *,
    reach: int = _SURNAME_REACH,
) -> bool:
    """True when the ``reach`` characters before ``start`` print ``word`` right after a
    given name of ``lexicons/given_names.tsv`` (*Ruth Pole*): a people's noun as a
    person's surname, not after any capitalised word (*Han Chinese*, *Mandarin
    Chinese*).

    With ``reads`` (the text's :class:`Reads`), the answer is read off
    :meth:`Reads.spaced_at`: every match of the window's search ends at a place
    where it prints a space then ``word``, one match at most per place (from the
    start of the run of letters before it), and no match hides another unless
    ``word`` itself is a given name (*Ann Ruth Ruth*), which the plain reading
    answers. The places inside the window read as the whole text reads them, but
    the first, when its run reaches the window's edge (the window reads no letter
    before it), and the last, when its word ends the window (no letter after it):
    those two are matched again as the window reads them.

    >>> _given_name_before("Pole", "Ruth Pole spoke. Pole said", 17)
    True
    >>> _given_name_before("Chinese", "Han Chinese live here. Chinese said", 23)
    False
    >>> text = "Ruth Pole spoke. Pole said"
    >>> _given_name_before("Pole", text, 17, Reads(text))
    True
    """
    lo = max(0, start - reach)
    pattern = _name_then(word)
    if reads is None or word.lower() in _GIVEN_NAMES:
        window = text[lo:start]
        return any(m.group(1).lower() in _GIVEN_NAMES for m in pattern.finditer(window))
    read = reads.spaced_at(word)
    at, firsts, size = read.at, read.firsts, len(word) + 1
    i = bisect.bisect_left(at, lo)
    j = bisect.bisect_right(at, start - size)  # the places whose word ends by start
    if i < j and lo > 0 and firsts[i] <= lo:
        # the run reaches the window's edge: the window reads no letter before it
        m = pattern.match(text[lo : min(start, at[i] + size + 1)])
        if m is not None and m.group(1).lower() in _GIVEN_NAMES:
            return True
        i += 1
    if i < j and at[j - 1] + size == start:
        # the word ends the window: the window reads no letter after it
        m = pattern.match(text, firsts[j - 1], start)
        if m is not None and m.group(1).lower() in _GIVEN_NAMES:
            return True
        j -= 1
    return i < j and read.good[j] > read.good[i]


@functools.lru_cache(maxsize=256)
def _name_then(word: str) -> regex.Pattern[str]:
    """A capitalised word (the first group), a space, then ``word`` whole."""
    return regex.compile(
        r"(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}++) " + regex.escape(word) + r"(?![\p{L}\p{M}])"
    )


def _surname_before(
    word: str,
    text: str,
    start: int,
    kept: dict[str, _Printed] | None = None,
    *,
    reach: int = _SURNAME_REACH,
) -> bool:
    """True when ``text[max(0, start - reach):start]`` (the text before ``start``, read
    as ending there) prints ``word`` as a surname: after a capitalised word that is no
    title, and ending the name, a lower-case word or a suffix after it (*Rep. Pete
    King spoke*, *Martin Luther King Jr.*; not *Vice President Ruiz*, *Court Justice
    Ana Roe*): a match that :func:`_ends_a_name` in the search over the window.

    The search steps from match to match, so a match passed over (*Pete King Ann
    King spoke*: *Ann* ends the first match, which is no surname) makes its answer
    hang on the window's edge. ``kept`` (the text's :attr:`Reads.titles`) carries one
    search, from the first cue's edge over the whole text, from cue to cue: its
    matches that end before the cue are the window's search's, once the window's
    edge cuts none of them; past its last match only the places whose reading runs
    into the cue (the word running into the cue's last ``len(word) + 2``
    characters, or a match read up to the cue) are read again, as the window reads
    them. A cue before one asked already, an edge before the kept search's start, or
    one that cuts a kept match is read whole.

    >>> _surname_before("King", "Rep. Pete King spoke. King said", 22)
    True
    >>> _surname_before("President", "Vice President Ruiz spoke. President said", 27)
    False
    >>> text = "Pete King Ann King spoke. King said. King said"
    >>> kept = {}
    >>> [_surname_before("King", text, s, kept, reach=r) for s, r in ((26, 40), (37, 27))]
    [False, True]
    """
    lo = max(0, start - reach)
    pattern = _title_surname_pattern(word)
    read = kept.get(word) if kept is not None else None
    if kept is not None and read is None:
        read = kept[word] = _Printed(origin=lo, pos=lo, last=start)
    if read is None or start < read.last or lo < read.origin:
        return any(_ends_a_name(m) for m in pattern.finditer(text, lo, start))
    read.last = start
    # every place before the word running into start - len(word) - 2 is read whole
    # before start (a capitalised word, a space, the word, one letter after it)
    floor = max(read.pos, start - len(word) - 2)
    word_back = _WORD_BACK.match(text, 0, floor)
    floor = floor if word_back is None else word_back.start()
    while True:
        m = pattern.search(text, read.pos, start)
        if m is not None and m.end() < start:
            read.starts.append(m.start())
            read.ends.append(m.end())
            if _ends_a_name(m):
                read.printed = m.start()
            read.pos = m.end()
            continue
        cut = max(read.pos, floor)
        read.pos = cut if m is None else min(m.start(), cut)
        break
    at = bisect.bisect_left(read.starts, lo)
    if (at and read.ends[at - 1] > lo) or read.pos < lo:
        return any(_ends_a_name(m) for m in pattern.finditer(text, lo, start))
    if read.printed >= lo:
        return True
    return any(_ends_a_name(m) for m in pattern.finditer(text, read.pos, start))


def _classify(toks: list[Token], i: int, j: int, text: str, reads: Reads | None) -> Found | None:
    """Make a :class:`Found` of tokens ``toks[i..j]`` (inclusive); ``reads``: what
    earlier cues of ``text`` read back (None: nothing kept)."""
    lex = _lex()
    if reads is not None and reads.text is not text:
        reads = None  # (another text's reads: none of it holds here)
    memo = reads  # the given-name places (Reads.spaced_at), which every reads may keep
    if reads is not None and reads.plain:
        reads = None  # (a memo only: the answers are those of no Reads)
    span = toks[i : j + 1]
    start, end = span[0].start, span[-1].end
    phrase = text[start:end]
    low = phrase.lower().removeprefix("the ")
    # "the Kremlin", "the White House": before "Kremlin" reads as a nation; "the
    # Chinese foreign ministry": a nation's body
    org = _body_named(phrase, low)
    if org is not None:
        return _new_found(
            start=span[0].start,
            end=span[-1].end,
            text=phrase,
            kind=PhraseKind.ORGANIZATION,
            head=org,
            title="",
        )
    surnames = {} if reads is None else reads.surnames
    land = _land_speaks(span, phrase, text, surnames)
    if land is not None:
        # "New Hampshire said", "Japan warned", "Washington warned", "Kuala Lumpur said": a
        # state speaks as an organisation (its name without the article: "the United
        # States" is "United States"); "Ruth Kenya ... Kenya said": her name
        head = text[span[1].start : end] if span[0].lower == "the" and len(span) > 1 else phrase
        return _new_found(start=start, end=end, text=phrase, kind=land, head=head, title="")
    if (_civic_speaks(span) or _body_land_speaks(span)) and not _person_apposition(toks, j):
        # "Kansas City said", "Orange County warned": a governed place speaks as an
        # organisation, its government; "Air France said": the body a place ends
        return _new_found(
            start=start, end=end, text=phrase, kind=PhraseKind.ORGANIZATION, head=phrase, title=""
        )
    # The head: the trailing run of capitalised words that are not titles or roles.
    h = len(span)
    if h > 1 and span[-1].lower in _STOP_WORDS and _function_word_surname(span, h - 1, h):
        h -= 1  # "Al From": a common word as the surname (read so by _phrase_after only)
    while h > 0 and (
        _is_cap(span[h - 1])
        or span[h - 1].text == "."
        or (_particle(span[h - 1]) and h < len(span))
    ):
        # "David French", "Ann English": a nation word after a given name is a surname;
        # "Ms. Kenya", "Dr. Japan": after a form of address, too
        surname = (
            span[h - 1].lower in lex["nations"]
            and h >= 2
            and (
                (_is_cap(span[h - 2]) and not _is_titleish(span[h - 2]))
                or _after_honorific(span, h - 1)
            )
        )
        if (
            h == 1 < len(span)
            and span[0].lower in load("headline_epithets")  # (the cheap test first)
            and _epithet_opens(phrase.split(), 0, _titleish_words())
        ):
            break  # "Under-fire Pryce:", "Embattled Ana Hale": an epithet opens, no name
        if (
            not surname
            and span[h - 1].text != "."
            and _is_titleish(span[h - 1])
            and (
                h == len(span)
                or not span[h - 1].text.isupper()
                or span[h - 1].lower in lex["roles"]  # "MP Sue Lin" (not "US")
            )
        ):
            break
        h -= 1
    if 0 < h < len(span) and _royal_given_name(span[h - 1].text, span[h].text):
        h -= 1  # "the minister Sultan bin Rashid": Sultan is his given name
    while h < len(span) and (span[h].text == "." or _particle(span[h])):
        h += 1
    h = _past_title_phrase(span, h)
    if h == len(span) - 1 == 1 and span[0].lower in lex["given_titles"]:
        h = 0  # "Oba Hale said": a man called Oba, not the oba Hale (see _name_of)
    first = span[0].lower
    titled = h  # where the title's words end: an owner's words are no title
    for p in range(len(span) - 2, h - 1, -1):
        if span[p].text.endswith(_POSSESSIVE_ENDS) and _owned_person(
            text[span[p + 1].start : end].split()
        ):
            h = p + 1  # "the Ledger's Jo Hale": the owner is no word of the name
            break
    if (
        h < len(span)
        and span[-1].lower in _DEMONYM_LASTS
        and _demonym_words([t.text for t in span[h:]])
    ):
        return None  # "the South African said": a demonym as a noun is no name
    if first == "the" and h < len(span) - 1 and span[-1].lower in load("party_members"):
        # "the Ohio Republican said": a party's member as a noun, a descriptor, no name
        return _new_found(
            start=start, end=end, text=phrase, kind=PhraseKind.DESCRIPTOR, head=phrase, title=""
        )
    if span[-1].text[-1:] == "s" and _plural_demonym(span):
        # "Venezuelans say", "the Kenyans said", "many Saudis": a people, no person's
        # name; a crowd is its words as written, an unnamed source.
        return _new_found(
            start=start, end=end, text=phrase, kind=PhraseKind.ANONYMOUS, head=phrase, title=""
        )
    if h < len(span):
        # "Sir Thomas": a knight's first name keeps its title (see _name_of).
        knight = h == len(span) - 1 and h > 0 and span[h - 1].lower in lex["first_titles"]
        head_tokens = span[h - 1 :] if knight else span[h:]
        head = text[head_tokens[0].start : head_tokens[-1].end]
        if head.endswith(("'s", "’s")) or head.lower().rstrip(".") in lex["time"]:
            return None  # "Roe's", "August", "Monday": not a speaker
        title = " ".join(
            [t.text for t in span[:titled] if t.lower not in _DETERMINERS and t.text != "."]
        )
        if first == "the" and _role_at_body(span, h, lex) and _organization(head):
            # "The CEO of Harlow Foods said": a person's role at a body, a descriptor
            # as "the chief executive of Harlow Foods" is; the person speaks (after
            # "the" only: "Ana Lisle, president and CEO of Kent Hotel Association
            # stated" is an unclosed apposition, read by attribution)
            return _new_found(
                start=start,
                end=end,
                text=phrase,
                kind=PhraseKind.DESCRIPTOR,
                head=text[start : span[h - 2].end],
                title="",
            )
        if _organization(head) or (first == "the" and _organization("the " + head)):
            named = [t for t in span[:h] if t.lower not in _DETERMINERS and t.text != "."]
            if _nation_words_only([t.text for t in named]) or _members_before_body(named):
                # "the European Space Agency": a nation word is part of a body's name
                head, title = text[named[0].start : end], ""
            return _new_found(
                start=start,
                end=end,
                text=phrase,
                kind=PhraseKind.ORGANIZATION,
                head=head,
                title=title,
            )
        if not title and _cue_beside(text, start, end) and _initialism_body(head, text):
            # "the FBI confirmed", "NASA said": an initialism speaks as a body
            return _new_found(
                start=start, end=end, text=phrase, kind=PhraseKind.ORGANIZATION, head=head, title=""
            )
        if (
            reads is not None
            and len(span) == 1
            and _common_plural(phrase)
            and _sentence_opens(text, start)
            and not reads.printed_inside(phrase)
        ):
            # "Controllers said": a common plural that opens its sentence and that the
            # text never prints as a name inside one is a group of unnamed people
            return _new_found(
                start=start, end=end, text=phrase, kind=PhraseKind.ANONYMOUS, head=phrase, title=""
            )
        return _new_found(start=start, end=end, text=phrase, kind=_NAME, head=head, title=title)
    last = span[-1].lower
    if (
        len(span) == 1
        and last not in _HONORIFICS  # "Mrs", "Mlle": forms of address, never a surname
        and last not in SHORT_TITLES
        and span[0].text[:1].isupper()
        and not span[0].text.isupper()
        and (
            (
                last in lex["titles"]
                and _surname_before(phrase, text, start, None if reads is None else reads.titles)
            )
            or (last in _DEMONYM_LASTS and _given_name_before(phrase, text, start, memo))
        )
    ):
        # "Pete King ... King said": a title word the text printed before as a surname;
        # "Ruth Pole ... Pole said": a people's noun printed before after a given name
        return _new_found(start=start, end=end, text=phrase, kind=_NAME, head=phrase, title="")
    if last in lex["roles"] or last in lex["titles"] or _owned_document(span, len(span) - 1, 0):
        if first in lex["anon"] or (first not in _DETERMINERS and _is_plural_role(last)):
            kind = PhraseKind.ANONYMOUS
        elif _organization(phrase.lower().removeprefix("the ")):
            kind = PhraseKind.ORGANIZATION
            if first == "the" and len(span) > 1 and _is_cap(span[1]):
                # "The Metropolitan Police": the body's name is "Metropolitan Police"
                head = text[span[1].start : end]
                return _new_found(start=start, end=end, text=phrase, kind=kind, head=head, title="")
        else:
            kind = PhraseKind.DESCRIPTOR
        return _new_found(start=start, end=end, text=phrase, kind=kind, head=phrase, title="")
    return None


# An inflected cue verb right after a subject (one adverb allowed between: *NASA also
# said*, *the FBI later confirmed*), or right before it (*said the FBI*).
_CUE_AFTER = regex.compile(r"[ ]++(?:(?:also|then|later|\p{Ll}{4,}ly)[ ]++)?(\p{Ll}+)\b")
_CUE_BEFORE = regex.compile(r"\b(\p{Ll}+),?+[ ]++(?:the[ ]++)?$")


def _cue_beside(text: str, start: int, end: int) -> bool:
    """True when an inflected cue verb (``lexicons/cue_verbs.tsv``) stands right after
    the words from ``start`` to ``end`` or right before them: the words are a cue's
    subject (*the FBI confirmed*, *said NASA*), not a modifier (*the FOIA reply*, *NLD
    headquarters*), an item of a list or a transcript's label (*BUSH:*).

    >>> _cue_beside("the FBI also confirmed", 4, 7), _cue_beside("NLD headquarters", 0, 3)
    (True, False)
    """
    after = _CUE_AFTER.match(text, end)
    if after is not None and after[1] in _INFLECTED_CUES:
        return True
    before = _CUE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[1] in _INFLECTED_CUES


_INITIALISM = regex.compile(r"\p{Lu}{3,5}")  # "FBI", "NASA", "WHO": a word of capitals


def _initialism_body(head: str, text: str) -> bool:
    """True when ``head``, a cue's subject, is one word of three to five capitals (*the
    FBI confirmed*, *NASA said*, *the WHO said*): news prints a body's initialism so,
    and a person by name; unless the article prints a name of two to four capitalised
    words whose initials the word spells (*John Fitzgerald Kennedy ... JFK said*,
    *Alexandria Ocasio-Cortez ... AOC said*: a double surname's two capitals count), a
    person's initials, or prints the word with only its first capital (*Senator Bush
    ... BUSH: ...*), a surname set in capitals, as transcripts print speakers. (A
    role or title so printed, *the MVP said*, *the CFO said*, is read as a
    descriptor before this: ``role_nouns.txt``, ``titles.tsv``.)

    >>> _initialism_body("NASA", "NASA said")
    True
    >>> _initialism_body("JFK", "John Fitzgerald Kennedy spoke. JFK said")
    False
    >>> _initialism_body("BUSH", "Mr Bush spoke. BUSH: No.")
    False
    >>> _initialism_body("AOC", "Alexandria Ocasio-Cortez spoke. AOC said")
    False
    >>> _initialism_body("KRT", "KRT, the singer, spoke. KRT said")
    False
    """
    if _INITIALISM.fullmatch(head) is None:
        return False
    if _stage_name(head, text):
        return False
    if regex.search(rf"(?<!\p{{L}}){head[0]}{head[1:].lower()}(?!\p{{L}})", text):
        return False
    letters = r"(?:[ ]++|-)".join(rf"{c}[\p{{Ll}}']++" for c in head)
    return regex.search(rf"(?<!\p{{L}}){letters}(?!\p{{L}})", text) is None


# A word of capitals beside a person's noun: in apposition after it (*KRT, the
# singer,*; *DMX, a rapper*; one modifier allowed: *the veteran rapper*) or after it
# (*the rapper DMX*, *singer KRT*). The nouns are ``epithet_nouns.txt``'s (people only).
_EPITHETS = load("epithet_nouns")
_APPOSED_NOUN = regex.compile(r",[ ]++(?:the|a|an)[ ]++(?:[\p{Ll}-]++[ ]++)?+(\p{Ll}++)\b")
_NOUN_BEFORE = regex.compile(r"\b(\p{Ll}++)[ ]++$")


def _stage_name(head: str, text: str) -> bool:
    """True when the text prints ``head``, a word of capitals, beside a noun that only
    a person is (``epithet_nouns.txt``): in apposition after it (*KRT, the singer,*,
    *DMX, a veteran rapper,*) or right after the noun (*the rapper DMX*): a stage name
    or a person's initials, no body's (*NASA, the agency,* is no person's noun).

    >>> _stage_name("KRT", "KRT, the singer, closed the night")
    True
    >>> _stage_name("KRT", "the singer KRT closed the night")
    True
    >>> _stage_name("NASA", "NASA, the space agency, said")
    False
    """
    for m in regex.finditer(rf"(?<!\p{{L}}){head}(?!\p{{L}})", text):
        apposed = _APPOSED_NOUN.match(text, m.end())
        if apposed is not None and apposed[1] in _EPITHETS:
            return True
        before = _NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before[1] in _EPITHETS:
            return True
    return False


_ORG_CONNECTORS = load("org_connectors")


def _org_word(tok: Token) -> bool:
    """A capitalised word that may be part of an organisation's name: not a function
    word, a person's title ("Governor"), a possessive or a full stop."""
    return (
        _is_cap(tok)
        and tok.text[:1].isalpha()
        and tok.lower not in _lex()["titles"]
        and not tok.text.endswith(("'s", "’s"))
    )


_FIELD_ZIPF = 4.0  # a field of a body's remit is a common word (health 5.4, sciences 4.4)
# A capitalised word this common in English (Zipf) opens a sentence rather than
# naming someone (*Police*, *Officials*): read by attribution and by identity.
COMMON_OPENER_ZIPF = 3.5


def _list_word(word: str) -> bool:
    """A word that may stand in the list of a body's remit (*Sciences*, *Culture*):
    capitalised, a common word in lower case (``lexicons/word_frequency.tsv``, at
    least :data:`_FIELD_ZIPF`: not *Barclays*, *Hale*, so *the Bank of England,
    Barclays and Lloyds* stays three bodies), no title, no function word, no given
    name, not in capitals (*FBI*: a body of its own)."""
    low = word.lower()
    return (
        load_zipf().get(low, 0.0) >= _FIELD_ZIPF
        and word[:1].isupper()
        and word[:1].isalpha()
        and low not in _lex()["titles"]
        and low not in _lex()["stop"]
        and low not in _GIVEN_NAMES
        and not word[1:].isupper()  # "FBI": a body of its own
    )


def _org_list_end(toks: list[Token], e: int, hi: int) -> int:
    """The index of the last word of a list of one-word fields that carries on a
    body's name past its connector (*National Academies of Sciences*, then *,
    Engineering and Medicine*; *Department for Digital, Culture, Media and Sport*):
    one word after each comma, the last after *and* or *&* (a comma before it or
    not); ``e`` when no such list closes there (*the Ministry of Defence, Ana Roe
    and ...*: an item of two words is no field)."""
    k = e + 1
    items = 0
    while (
        k + 2 < hi
        and toks[k].text == ","
        and _list_word(toks[k + 1].text)
        and toks[k + 2].text in (",", "and", "&")
    ):
        k += 2
        items += 1
    if items and k < hi and toks[k].text == ",":
        k += 1
    if items and k + 1 < hi and toks[k].text in ("and", "&") and _list_word(toks[k + 1].text):
        if not (k + 2 < hi and _is_cap(toks[k + 2])):
            return k + 1
        if _list_word(toks[k + 2].text) and not (k + 3 < hi and _is_cap(toks[k + 3])):
            return k + 2  # "Communities and Local Government": a last field of two words
    return e


def _org_tail(toks: list[Token], h: int, hi: int) -> int:
    """The index of the last token of the organisation name whose head word is
    ``toks[h]``: its connectors and the capitalised words after each ("Department"
    + "of Health and Human Services"), and a list of fields after them
    (:func:`_org_list_end`); ``h`` itself when no connector follows."""
    e = h
    while True:
        k = e + 1
        while (
            k < hi
            and k - e <= 2
            and toks[k].lower in _ORG_CONNECTORS
            and not toks[k].text[:1].isupper()
            and not (k > e + 1 and toks[k - 1].lower == "and")  # "... and the Treasury"
        ):
            k += 1
        if (
            k == e + 1
            or k >= hi
            or not (
                _org_word(toks[k]) or (toks[k].text[:1].isupper() and _office_token(toks, k, k, hi))
            )
        ):
            return e
        if toks[k - 1].lower in ("and", "&") and _person_opens(_cap_run(toks, k, hi)):
            return e  # "the Harbor Council and Ana Roe": the council, then a person
        first = k
        while k < hi and (
            _org_word(toks[k]) or (toks[k].text[:1].isupper() and _office_token(toks, k, first, hi))
        ):
            k += 1
        e = _org_list_end(toks, k - 1, hi)


def _office_in_name(word: str, before: str | None, name_after: bool) -> bool:
    """Whether the title word ``word`` (lower case) is a word of a body's name after a
    connector: it opens the run of capitalised words there (``before`` None) or ends a
    title of several words begun there with ``before`` (*Ministry of Justice*, *Office
    of the High Commissioner for Refugees*), and no name follows it (``name_after``:
    *Ministry of Justice Ana Roe* is the body, then a judge). One rule for the token
    reading (:func:`_office_token`) and the text reading (:func:`_org_tail_at`).

    >>> _office_in_name("justice", None, False), _office_in_name("justice", None, True)
    (True, False)
    >>> _office_in_name("commissioner", "high", False), _office_in_name("mayor", "city", False)
    (True, False)
    """
    if word not in _lex()["titles"]:
        return False
    if before is not None and f"{before} {word}" not in _lex()["title_phrases"]:
        return False
    return not name_after


def _office_token(toks: list[Token], k: int, first: int, hi: int) -> bool:
    """:func:`_office_in_name` for the capitalised token ``toks[k]`` of a run opened at
    ``first`` after a connector, the run read up to ``hi``."""
    return _office_in_name(
        toks[k].lower,
        None if k == first else toks[k - 1].lower,
        k + 1 < hi and _is_cap(toks[k + 1]),
    )


def _org_found(toks: list[Token], s: int, e: int, lo: int, text: str) -> Found:
    """An organisation named by ``toks[s..e]``, its span opened by a "the" before it."""
    start = toks[s - 1].start if s - 1 >= lo and toks[s - 1].lower == "the" else toks[s].start
    head = text[toks[s].start : toks[e].end]
    return _new_found(
        start=start,
        end=toks[e].end,
        text=text[start : toks[e].end],
        kind=PhraseKind.ORGANIZATION,
        head=head,
        title="",
    )


_ORG_INNER_WORDS = load("org_inner_words")


def _inner_word(toks: list[Token], k: int, lo: int) -> bool:
    """True when ``toks[k]`` is a lower-case word that a body's name holds between
    two of its capitalised words (``lexicons/org_inner_words.txt``: *Healthcare
    products Regulatory*)."""
    return (
        k - 1 >= lo
        and k + 1 < len(toks)
        and toks[k].text in _ORG_INNER_WORDS
        and _org_word(toks[k - 1])
        and _org_word(toks[k + 1])
    )


def _org_before(toks: list[Token], j: int, lo: int, text: str) -> Found | None:
    """The organisation whose name, read whole with its connectors, ends at token
    ``j`` ("The Bank of England", "the United States Commission on International
    Religious Freedom", "the Food and Drug Administration"), or ``None``. A name
    with no connector after its head word, nor *and* or *&* before it, is left to the
    ordinary reading."""
    heads = []
    k = j
    while k >= lo and j - k <= 16:
        tok = toks[k]
        if _org_word(tok):
            if tok.lower in _lex()["org_heads"]:
                heads.append(k)
        elif not tok.text[:1].isupper():
            if (
                tok.lower not in _ORG_CONNECTORS
                and tok.text != ","
                and not _inner_word(toks, k, lo)
            ):
                break  # (a comma of a list of fields: read again whole by _org_tail)
        elif not _office_token(toks, k, k, j + 1):  # (read again whole by _org_tail)
            break
        k -= 1
    for h in reversed(heads):  # the leftmost head whose name runs to ``j``
        if _org_tail(toks, h, j + 1) != j:
            continue
        s, joined = h, False
        while s - 1 >= lo:
            if _org_word(toks[s - 1]):
                s -= 1  # "United States" before "Department of State"
            elif s - 2 >= lo and toks[s - 1].text in ("and", "&") and _org_word(toks[s - 2]):
                s -= 2  # "Food and Drug" before "Administration"
                joined = True
            elif _inner_word(toks, s - 1, lo):
                s -= 2  # "Healthcare products" before "Regulatory Agency"
                joined = True
            else:
                break
        if h < j or joined:  # else the ordinary reading names it
            return _org_found(toks, s, j, lo, text)
    return None


def _org_after(toks: list[Token], i: int, hi: int, text: str) -> Found | None:
    """The organisation named from token ``i`` (a "the" may open it): capitalised
    words up to a head word, then its connectors and their words ("the Ministry of
    Defence", "the World Health Organization"), or ``None``."""
    s = i + 1 if i < hi and toks[i].lower == "the" else i
    r = s
    while r < hi and _org_word(toks[r]):
        r += 1
    if r == s or toks[r - 1].lower not in _lex()["org_heads"]:
        return None
    e = _org_tail(toks, r - 1, hi)
    if e == r - 1 and s == i:
        return None  # no "the" and no connector: the ordinary reading
    return _org_found(toks, s, e, i, text)


def _currency_code(toks: list[Token], k: int, hi: int) -> bool:
    """True when token ``k`` is a currency's code fused to its sign (*NZ$2.4
    million*, *US$40*, *A$*, *HK$*: two or three capitals with ``$`` right after
    them, no space): the start of a sum, which ends a name run before it, so *Harbour
    Link NZ$2.4 million* names *Harbour Link*.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Harbour Link NZ$2.4 million"
    >>> toks = tokenize(text, 0, len(text))
    >>> _currency_code(toks, 2, len(toks)), _currency_code(toks, 1, len(toks))
    (True, False)
    """
    tok = toks[k]
    return (
        k + 1 < hi
        and 2 <= len(tok.text) <= 3
        and tok.text.isupper()
        and tok.text.isalpha()
        and toks[k + 1].text == "$"
        and toks[k + 1].start == tok.end
    )


def _name_word(toks: list[Token], k: int, hi: int) -> bool:
    """True when token ``k`` may carry on a capitalised run read as a name: a
    capitalised word, not a currency's code (:func:`_currency_code`)."""
    return _is_cap(toks[k]) and not _currency_code(toks, k, hi)


def _past_particles(toks: list[Token], k: int, hi: int) -> int:
    """Token ``k`` of a name, or the last of the joining particles after it
    (``name_particles.tsv``, up to two) when a name word follows them: a name read
    word by word goes on over its particles between capitalised words (*Juan del
    Valle*, *Ahmed bin Salem*, *Anna van der Berg*), as the name pattern does.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("Ahmed bin Salem said", 0, 20)
    >>> _past_particles(toks, 0, 4), _past_particles(toks, 2, 4)
    (1, 2)
    """
    n = 0
    while n < 2 and k + n + 2 < hi and _particle(toks[k + n + 1], _JOINING_PARTICLES):
        n += 1
        if _name_word(toks, k + n + 1, hi):
            return k + n
    return k


def _np_tokens_ok(toks: list[Token], k: int) -> bool:
    """True when token ``k`` may carry on a run read as a noun phrase with a name (a
    capitalised word, a title, a role, a nation, a particle, a dot or *of*), and is
    not a currency's code fused to its sign (:func:`_currency_code`: *Calder Line
    NZ$3 million* names *Calder Line*): every run of these tokens, read ahead or back,
    ends there."""
    tok = toks[k]
    lex = _lex()
    return (
        _is_cap(tok)
        or tok.lower in lex["titles"]
        or tok.lower in lex["roles"]
        or tok.lower in lex["nations"]
        or _particle(tok)
        or tok.text == "."
        or tok.lower == "of"
        or (tok.text.isupper() and tok.text.isalpha())
    ) and not _currency_code(toks, k, len(toks))


def phrase_before(
    toks: list[Token],
    end: int,
    *,
    text: str,
    lo: int = 0,
    appositions: bool = True,
    loose: bool = False,
    reads: Reads | None = None,
) -> Found | None:
    """The speaker noun phrase that ends right before token index ``end``.

    ``toks`` are tokens of ``text`` (see :func:`tokenize`). Fillers ("also",
    "had", "later") and -ly adverbs are skipped; an apposition between commas
    ("Hugh Hill, a doctor, said") is passed over. ``loose`` also accepts a
    determiner and up to three unknown words ("The waiter said, ..."). ``reads``:
    the :class:`Reads` of ``text``, which its cues' look-backs carry on (None:
    each reads its whole reach).
    """
    found = _phrase_before(toks, end, text=text, lo=lo, appositions=appositions, reads=reads)
    if found is None or found.kind is not _PRONOUN:
        # "The head of the National Bank Taras Melnyk said": the holder after the office
        found = office_holder_before(toks, end, lo, text) or found
    if found is not None and found.kind is _ORGANIZATION:
        # "the spokesman of the Ministry of Trade of Velaria Ruslan Tarkovi-Dan said"
        found = _holder_after_body(toks, found, lo, text) or found
    if found is None or found.kind is _NAME:
        # "Minister of State for Manpower Dr Ana Lim said": an office further back
        held = capital_office_holder(toks, end, lo, text)
        if held is not None and (found is None or held.start < found.start):
            found = held
    if found is None and loose:
        found = _loose_before(toks, end, text=text, lo=lo)
    return _finish_before(toks, end, found, text=text, lo=lo, appositions=appositions, reads=reads)


def loose_before_none(
    toks: list[Token],
    end: int,
    *,
    text: str,
    lo: int = 0,
    appositions: bool = True,
    reads: Reads | None = None,
) -> Found | None:
    """What :func:`phrase_before` with ``loose=True`` gives when the same call
    without ``loose`` gave None: the strict reading is then None at the loose step
    (no step after it turns a phrase into None), so only the loose reading and the
    steps after it are left to run (a caller that tried the strict reading first
    need not read it twice).

    >>> from quoteverify.text.layer import tokenize
    >>> t = "The waiter said"
    >>> toks = tokenize(t, 0, len(t))
    >>> phrase_before(toks, 2, text=t) is None, loose_before_none(toks, 2, text=t).text
    (True, 'The waiter')
    """
    found = _loose_before(toks, end, text=text, lo=lo)
    return _finish_before(toks, end, found, text=text, lo=lo, appositions=appositions, reads=reads)


def _finish_before(
    toks: list[Token],
    end: int,
    found: Found | None,
    *,
    text: str,
    lo: int,
    appositions: bool,
    reads: Reads | None,
) -> Found | None:
    """:func:`phrase_before`'s steps after the loose reading: each keeps a phrase
    (a body's owner, an apposition's holder, a group's body), none makes one."""
    if found is not None and found.kind is not _NAME:
        found = _partitive(toks, found, lo, text) or _owned_body(toks, found, lo, text) or found
    if found is not None and found.kind is not _PRONOUN:
        found = _linked_body(toks, found, lo, text) or found
    if found is not None and appositions and found.kind is not _PRONOUN:
        # The token before the phrase, which both readings below start from: with
        # none (the phrase opens the window), neither finds anything.
        at = _index_before(toks, found.start, lo)
        if at is not None:
            found = (
                _affiliated_person(toks, found, lo, text, at)
                or _relative_antecedent(toks, found, lo, text, at)
                or found
            )
        if found.kind is _NAME and _refers_back_as_body(toks, end):
            found = _as_organization(found)  # "Acme said it had recalled ..."
    if found is not None and found.kind is _ANONYMOUS:
        found = _role_group_at_body(toks, found, end, text, reads) or found
    if found is not None and found.kind in _NAMED:
        found = _comma_body(found, text) or found
    return found


def _holder_of_office_at_body(
    toks: list[Token], k: int, j: int, found: Found, *, lo: int, text: str
) -> Found | None:
    """The person's name that fills the apposition ``toks[k + 1 : j]`` when the body
    ``found`` before it closes an office's complement through a joining word (*The
    leader of the opposition in the Senate, deputy Caio Rocha, said*: the leader is
    Rocha, not the Senate); an office word (``office_words``) stands at most
    ``CHAIN_WORDS`` lower-case or joining words before the joining word, and no comma
    right before the office's phrase. ``None`` otherwise (*Lee met the Senate, Ana
    Ruiz said*: no office; *Vian, the editor of the daily, Il Foglio, said*: Vian).

    >>> from quoteverify.text.layer import tokenize
    >>> t = "The leader of the bloc in the Senate, Caio Rocha, said"
    >>> toks = tokenize(t, 0, len(t))
    >>> found = phrase_before(toks, 8, text=t, appositions=False)
    >>> _holder_of_office_at_body(toks, 8, 11, found, lo=0, text=t).head
    'Caio Rocha'
    """
    at = token_before(toks, found.start, lo)
    if at is None or toks[at].lower not in JOINS:
        return None
    for x in range(at - 1, max(lo, at - CHAIN_WORDS - 1) - 1, -1):
        if toks[x].lower in office_words():
            first = x
            while (
                first - 1 >= lo
                and toks[first - 1].text.isalpha()
                and toks[first - 1].text.islower()
            ):
                first -= 1
            if first - 1 >= lo and toks[first - 1].text == ",":
                # "Vian, the editor in chief of the daily, Il Foglio, said": a chain of
                # appositions, the name before it holds the office
                return None
            named = apposed_name(toks, k + 1, j, text)
            if named is None or " " not in named.head or _region_of(toks, k, named):
                return None
            return named
        if not (
            toks[x].text.isalpha()
            and (complement_word(toks[x].text) or _portfolio_word(toks[x], found))
        ):
            return None
    return None


_PORTFOLIO_LINKS = load("portfolio_links")  # "to", "on", "for"


def _portfolio_word(tok: Token, found: Found) -> bool:
    """True when ``tok`` may stand in the capitalised chain of an office whose last
    words were read as a name ``found`` (*the Special Adviser to the Governor on Trade
    and Industry*, *Industry* read as a name): a capitalised word, or *to*, *on*,
    *for* linking the office to its superior and its portfolio
    (``lexicons/portfolio_links.txt``). Only a name's chain:
    a body's (*the leader of the bloc in the Senate*) keeps to the complement's
    words.
    """
    return found.kind is PhraseKind.NAME and (_is_cap(tok) or tok.lower in _PORTFOLIO_LINKS)


_BODY_LINKS = load("body_links")
_LINK_REACH = 5  # words between a body's link word and the phrase read before the cue


def _linked_body(toks: list[Token], found: Found, lo: int, text: str) -> Found | None:
    """The body that speaks when ``found`` ends a phrase saying what the body stands
    for: *The union representing 4,000 dock workers in Vell said*, *the agency
    covering the coast said*, *the group for tenants in Arle said*. A link word
    (``body_links.txt``) after a body (a name, or a description headed by a body's
    noun, :func:`body_kind_nouns`) opens a phrase of at most five lower-case words
    or numbers before ``found`` (or inside it, where the reading ran over the link
    word); that phrase ends the body's name, so neither the people (*workers in
    Vell*) nor the place at its end is the subject.

    >>> from quoteverify.text.layer import tokenize
    >>> t = "The union representing 4,000 dock workers in Vell said"
    >>> toks = tokenize(t, 0, len(t))
    >>> phrase_before(toks, len(toks) - 1, text=t).text
    'The union'
    """
    first = bisect.bisect_left(toks, found.start, key=lambda t: t.start)
    for m in range(first + 1, len(toks)):
        if toks[m].start >= found.end:
            break
        if toks[m].text in _BODY_LINKS and m + 1 < len(toks) and _link_phrase_word(toks[m + 1]):
            return _body_before_link(toks, m, lo, text)
    at = _index_before(toks, found.start, lo)
    for n in range(_LINK_REACH + 1):
        if at is None:
            return None
        word = toks[at]
        if word.text in _BODY_LINKS:
            # (at least one lower-case word after it: "Organisation for Electoral
            # Standards" is one name, not a body and what it stands for)
            return _body_before_link(toks, at, lo, text) if n else None
        digits = word.text == "," and text[word.start - 1 : word.end + 1][::2].isdigit()
        if not (word.text.isalpha() and word.text.islower()) and not (
            digits or word.text.isdigit()
        ):
            return None  # a capital, a comma or a dash: not inside the body's phrase
        at = _index_before(toks, word.start, lo)
    return None


def _link_phrase_word(tok: Token) -> bool:
    """True when ``tok`` may open the phrase after a body's link word: a lower-case
    word or a number (*representing dock workers*, *representing 4,000*), not a
    capital that goes on with a name (*Organisation for Electoral Standards*)."""
    return (tok.text.isalpha() and tok.text.islower()) or tok.text.isdigit()


def _body_before_link(toks: list[Token], link: int, lo: int, text: str) -> Found | None:
    """The body's name or description that ends right before the link word at
    ``toks[link]`` (:func:`_linked_body`), or None when no body stands there."""
    if link <= lo:
        return None
    body = phrase_before(toks, link, text=text, lo=lo, appositions=False, loose=True)
    if body is None or body.end != toks[link - 1].end:
        return None
    if body.kind is _ORGANIZATION:
        return body
    if body.kind is not _PRONOUN and body.text.rsplit(None, 1)[-1].lower() in body_kind_nouns():
        return body
    return None


# A firm's name of surnames with commas: capitalised words, each after a comma, then
# *and* or *&* and capitalised words (*Smith, Jones and Partners*; *Hale, Marsh &
# Partners Group*). Possessive runs: linear.
_COMMA_BODY = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+(?:,[ ]\p{Lu}[\p{L}\p{M}'’\-]*+)++,?+"
    r"[ ](?:and|&)[ ]\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]*+)*+"
)
_COMMA_BODY_REACH = 80  # characters on each side of a name read for the firm it is in


def _comma_body(found: Found, text: str) -> Found | None:
    """The firm whose name ``found`` (a name or a body's) is a part of, when the text
    prints that name with commas and ends it on a body's suffix (``org_suffixes.txt``:
    *Smith, Jones and Partners said*, *said Smith, Jones and Partners*): the whole
    name, an organisation, not its first surname (*Smith*) nor its tail after the
    last comma. None when no comma touches ``found`` or the run ends on no suffix
    (*Ruiz, Lee and Shaw said*: three people).

    >>> t = '"No," Smith, Jones and Partners said.'
    >>> _comma_body(_new_found(start=6, end=11, text="Smith", kind=_NAME, head="Smith",
    ...     title=""), t).head
    'Smith, Jones and Partners'
    """
    if text[found.end : found.end + 2] != ", " and text[found.start - 2 : found.start] != ", ":
        return None
    lo = max(0, found.start - _COMMA_BODY_REACH)
    for m in _COMMA_BODY.finditer(text, lo, min(len(text), found.end + _COMMA_BODY_REACH)):
        if m.start() > found.start:
            break
        if m.end() < found.end:
            continue
        if m.group().rsplit(None, 1)[-1].lower().rstrip(".") not in _lex()["org_suffixes"]:
            return None
        return _new_found(
            start=m.start(),
            end=m.end(),
            text=m.group(),
            kind=PhraseKind.ORGANIZATION,
            head=m.group(),
            title="",
        )
    return None


_OWN_VOICE_GROUPS = load("own_voice_groups")


def staff_of_body(word: str) -> bool:
    """True when ``word`` (lower case) is a plural role noun whose holders, printed
    before *at* and a body's name, speak as that body (*Analysts at Brightbank*,
    *Economists at Harwick Bank*); not one of ``lexicons/own_voice_groups.txt``
    (*Nurses at Hale Hospital* speak for themselves).

    >>> staff_of_body("economists"), staff_of_body("nurses"), staff_of_body("economist")
    (True, False, False)
    """
    return _is_plural_role(word) and word not in _OWN_VOICE_GROUPS


def _role_group_at_body(
    toks: list[Token], found: Found, hi: int, text: str, reads: Reads | None
) -> Found | None:
    """The body a group of its staff speaks for: *Analysts at Brightbank said*,
    *Forecasters at the Lund Weather Service said* (a plural role noun with no
    determiner, *at*, and a capitalised body's name; the shape of wire copy quoting
    a bank's, an agency's or an institute's staff as one voice) is the body, an
    organisation. ``found`` is the group as read (the role alone, or the role and
    its *at* phrase, an unnamed source); ``hi`` the token the phrase may not reach.
    None for any other shape (*Two analysts at ...*, *analysts at the bank*), and for
    people who speak for themselves (``lexicons/own_voice_groups.txt``: *Nurses at
    Hale Hospital said* is a group of nurses, an unnamed source)."""
    s = bisect.bisect_left(toks, found.start, key=lambda t: t.start)
    if (
        s + 2 >= hi
        or toks[s].start != found.start
        or not staff_of_body(toks[s].lower)
        or toks[s + 1].lower != "at"
    ):
        return None
    body = phrase_after(toks, s + 2, text=text, hi=hi, reads=reads)
    if (
        body is None
        or (body.kind not in (_NAME, PhraseKind.ORGANIZATION) and not _firm_of_plurals(body))
        or body.title
        or body.end < found.end
    ):
        return None
    return attrs.evolve(body, kind=PhraseKind.ORGANIZATION)


def _firm_of_plurals(body: Found) -> bool:
    """True when ``body``, read as a group, is two or more capitalised words that
    end on a plural: a firm named for its founders or partners (*Rowan Brothers*,
    *Keel Partners*), which after *Economists at* is the body the staff speak for,
    not a group of brothers (:func:`_role_group_at_body`).

    >>> rowan = Found(start=0, end=14, text="Rowan Brothers", kind=_ANONYMOUS, head="")
    >>> _firm_of_plurals(rowan)
    True
    >>> _firm_of_plurals(attrs.evolve(rowan, text="some officials"))
    False
    """
    words = body.text.split()
    return (
        body.kind is _ANONYMOUS
        and len(words) >= 2
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and words[-1].endswith("s")
    )


_FRONTED_PREPOSITIONS = load("fronted_place_prepositions")


def _fronted_opener(toks: list[Token], found: Found, lo: int) -> bool:
    """True when ``found`` is not a subject but the phrase that opens its sentence
    before the clause: an adverb in *-ly* alone, made from a common word (*Lately,*,
    not *Emily*, *Kelly* or *Connolly*) or a name after a preposition that opens the
    sentence (*In May,*, ``lexicons/fronted_place_prepositions.txt``). The words
    after its comma are then the clause, not an apposition.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Lately, the row drew a reply from Roe, who"
    >>> toks = tokenize(text, 0, len(text))
    >>> _fronted_opener(toks, _token_found(toks[0], PhraseKind.NAME), 0)
    True
    >>> text = "Emily, a baker, said"
    >>> toks = tokenize(text, 0, len(text))
    >>> _fronted_opener(toks, _token_found(toks[0], PhraseKind.NAME), 0)
    False
    """
    at = _index_before(toks, found.start, lo)
    word = found.text.lower()
    if at is None or toks[at].text in _SENTENCE_STOPS:
        return (
            " " not in word
            and len(word) > 4
            and word.endswith("ly")
            and word.isalpha()
            and word not in _GIVEN_NAMES
            and _adverb_of_common_word(word)
        )
    if toks[at].lower not in _FRONTED_PREPOSITIONS:
        return False
    before = _index_before(toks, toks[at].start, lo)
    return (
        before is None or toks[before].text in _SENTENCE_STOPS or _in_fronted_phrase(toks, at, lo)
    )


_SENTENCE_STOPS = frozenset(".!?")
_FRONTED_REACH = 12  # tokens of a fronted phrase before the place's preposition, at most


def _in_fronted_phrase(toks: list[Token], at: int, lo: int) -> bool:
    """True when the preposition at ``at`` ends a phrase of place that opens its
    sentence with a preposition (``fronted_place_prepositions``) and holds no comma
    or quote mark: the place closes the fronted phrase (*At a rally in Leeds,*, *At
    question time at Holyrood,*), and the words after its comma are the clause, not
    an apposition of the place.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "At a rally in Leeds, the leader, Jo Roe, said"
    >>> _in_fronted_phrase(tokenize(text, 0, len(text)), 3, 0)
    True
    >>> text = "Ann Lee met voters in Leeds, the leader, Jo Roe, said"
    >>> _in_fronted_phrase(tokenize(text, 0, len(text)), 4, 0)
    False
    """
    x = at - 1
    while x >= lo and at - x <= _FRONTED_REACH:
        tok = toks[x]
        if tok.text in _SENTENCE_STOPS:
            break
        if not (tok.text[:1].isalnum() or tok.text in ("’", "'")):
            return False  # a comma, a quote mark, a dash: no one fronted phrase
        x -= 1
    else:
        if x >= lo:
            return False  # the phrase reaches further back than a fronted one does
    first = toks[x + 1]
    return x + 1 < at and first.text[:1].isupper() and first.lower in _FRONTED_PREPOSITIONS


def _opening_word(toks: list[Token], found: Found, lo: int) -> bool:
    """True when ``found`` is one word that opens its sentence as a clause of its own
    before a comma, not a name: an adverb in *-ly* (:func:`_fronted_opener`) or a
    participle in *-ing* (*Responding,*, *Separately,*). Read only where a chain of
    appositions after it ends on a full name (*Responding, a spokesman, Jo Roe,
    said*), which a surname in *-ing* never heads.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Responding, a spokesman, Jo Roe, said"
    >>> toks = tokenize(text, 0, len(text))
    >>> _opening_word(toks, _token_found(toks[0], PhraseKind.NAME), 0)
    True
    >>> text = "Jo Roe, a spokesman, said"
    >>> toks = tokenize(text, 0, len(text))
    >>> _opening_word(toks, _token_found(toks[0], PhraseKind.NAME), 0)
    False
    """
    if _fronted_opener(toks, found, lo):
        return True
    word = found.text
    at = _index_before(toks, found.start, lo)
    return (
        (at is None or toks[at].text in _SENTENCE_STOPS)
        and len(word) > 5
        and word.endswith("ing")
        and word.isalpha()
    )


def _adverb_of_common_word(word: str) -> bool:
    """True when ``word`` (lower case, in *-ly*) is an adverb made from a common word
    (Zipf 3.5 or more in ``lexicons/word_frequency.tsv``): *lately* (*late*),
    *ironically* (*ironic*), *happily* (*happy*), *notably* (*notable*); not a name
    such as *Kelly* or *Beverly*.

    >>> _adverb_of_common_word("domestically"), _adverb_of_common_word("lilly")
    (True, False)
    """
    if word.endswith("lly") and not word.endswith(("ally", "fully")):
        return False  # "Lilly", "Tully": names; adverbs in "-lly" end "-ally", "-fully"
    stems = [word[:-2]]
    if word.endswith("ally"):
        stems.append(word[:-4])
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")
    if word.endswith(("ably", "ibly")):
        stems.append(word[:-1] + "e")
    zipf = load_zipf()
    return any(zipf.get(stem, 0.0) >= 3.5 for stem in stems)


def _loose_before(toks: list[Token], end: int, *, text: str, lo: int) -> Found | None:
    """A determiner and up to three words the lexicons do not know or an age
    (*The 38-year-old*), ending right before token ``end`` (*The waiter said,
    ...*), or a body read whole before its noun; no phrase runs over an
    inflected cue verb (*The carmaker said in a statement* is *The carmaker*;
    *One tweet said* keeps *tweet*)."""
    while end - 1 > lo and toks[end - 1].lower in _lex()["fillers"]:
        end -= 1  # "The family has said": not "The family has"
    k = end - 1
    while (
        k >= lo
        and end - k <= 4
        and (toks[k].text[0].isalpha() or _AGE_WORD.fullmatch(toks[k].text) is not None)
    ):
        if toks[k].lower in _INFLECTED_CUES:
            break
        if k < end - 1 and (
            toks[k].lower in _LOOSE_DETERMINERS
            or (toks[k].lower in _DEMONSTRATIVES and _opening_demonstrative(toks, k, lo))
        ):
            phrase = text[toks[k].start : toks[end - 1].end]
            kind = (
                PhraseKind.ANONYMOUS if toks[k].lower in _lex()["anon"] else PhraseKind.DESCRIPTOR
            )
            return _new_found(
                start=toks[k].start,
                end=toks[end - 1].end,
                text=phrase,
                kind=kind,
                head=phrase,
                title="",
            )
        if k < end - 1 and _org_word(toks[k]):
            # "The Department of Health and Human Services report": the body read whole
            org = _org_before(toks, k, lo, text)
            if org is not None and org.start < toks[k].start:
                k = bisect.bisect_left(toks, org.start, lo=lo, hi=k, key=lambda t: t.start)
                if toks[k].lower in _LOOSE_DETERMINERS:
                    phrase = text[org.start : toks[end - 1].end]
                    return _new_found(
                        start=org.start,
                        end=toks[end - 1].end,
                        text=phrase,
                        kind=PhraseKind.DESCRIPTOR,
                        head=phrase,
                        title="",
                    )
        if toks[k].lower in _lex()["stop"] and not _is_cap(toks[k]):
            break  # (an acronym spelled as a stop word goes on: "the WHO website")
        k -= 1
    return None


_BODY_DESCRIPTION_WORDS = 3  # lower-case modifiers before the noun: "the foreign ministry"


def body_description_after(toks: list[Token], start: int, hi: int, text: str) -> Found | None:
    """A body described by its noun that opens its clause before its verb: *the*, up
    to three modifiers (a nation's adjective may be one) and a lower-case body's noun
    (``lexicons/body_nouns.tsv``), with *of* and its capitalised name when printed,
    then a verb or an adjunct (*The ministry rejected ...*, *The foreign ministry of
    Arvania on Monday rejected ...*, *The general staff backed ...*): the organisation
    as printed. The shape of news that gives a body's reply in a participle (*...,
    calling it "..."*, *..., saying ...*). None when a role or another noun follows
    the body's noun (*the ministry official*, *the union leaders*) or no body's noun
    ends the words.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "The general staff backed the plan"
    >>> body_description_after(tokenize(text, 0, len(text)), 0, 6, text).text
    'The general staff'
    >>> text = "The ministry official rejected it"
    >>> body_description_after(tokenize(text, 0, len(text)), 0, 5, text) is None
    True
    """
    lex = _lex()
    if start + 2 >= hi or toks[start].lower != "the":
        return None
    x = start + 1
    while (
        x < hi
        and x - start <= _BODY_DESCRIPTION_WORDS + 1
        and toks[x].text.isalpha()
        and (toks[x].text.islower() or (_is_cap(toks[x]) and x + 1 < hi))
        and toks[x].lower not in lex["stop"]
        and toks[x].lower not in _FINITE_VERBS
    ):
        if toks[x].lower in _body_heads() and toks[x].text.islower():
            break
        x += 1
    if x >= hi - 1 or toks[x].lower not in _body_heads() or not toks[x].text.islower():
        return None
    end = x
    if toks[x + 1].lower == "of" and x + 2 < hi and _is_cap(toks[x + 2]):
        end = x + 2  # "the foreign ministry of Arvania"
        while end + 1 < hi and _is_cap(toks[end + 1]):
            end += 1
    if end + 1 >= hi:
        return None
    nxt = toks[end + 1]
    word = nxt.lower
    verb = nxt.text.islower() and (
        word in _FINITE_VERBS
        or word in _VERB_WORDS
        or word in _INFLECTED_CUES
        or (_VERB_FORM.fullmatch(word) is not None and not word.endswith("ly"))
    )
    if not (verb or word == "on" or word in lex["fillers"]) or word in lex["roles"]:
        return None
    if _is_plural_role(word) or word in _body_heads() or _passive_after(toks, end + 1, hi):
        return None
    return _new_found(
        start=toks[start].start,
        end=toks[end].end,
        text=text[toks[start].start : toks[end].end],
        kind=PhraseKind.ORGANIZATION,
        head=text[toks[start].start : toks[end].end],
        title="",
    )


_PASSIVE_BE = load("passive_auxiliaries")
_PERFECT_AUXILIARIES = load("perfect_auxiliaries")


def _passive_after(toks: list[Token], k: int, hi: int) -> bool:
    """True when ``toks[k]`` is a form of *be* (``passive_auxiliaries.txt``) and a
    past participle follows, one adverb allowed between (*was criticised*, *was
    sharply criticised*, *were told*, *has been criticised*): the body before it is acted on, and a
    participle after a comma (*..., calling it*) is the agent's, not the body's.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("was sharply criticised by", 0, 25)
    >>> _passive_after(toks, 0, 4), _passive_after(tokenize("was quick", 0, 9), 0, 2)
    (True, False)
    """
    if k + 1 < hi and toks[k].lower in _PERFECT_AUXILIARIES and toks[k + 1].lower == "been":
        k += 1  # "has been criticised"
    if k >= hi or toks[k].lower not in _PASSIVE_BE:
        return False
    x = k + 1
    if x < hi and is_adverb(toks[x]):
        x += 1
    if x >= hi or not toks[x].text.islower():
        return False
    word = toks[x].lower
    return word.endswith("ed") or word in _PAST_FORMS


def _opening_demonstrative(toks: list[Token], k: int, lo: int) -> bool:
    """True when ``toks[k]`` is a demonstrative that opens its clause and names a body
    by its noun (``lexicons/body_nouns.tsv``) right before a cue, after at most one
    word in lower case (*"...," this group said*, *That small firm said*): not *that*
    after a verb (*argued that the firm said*), where it joins a clause, nor a
    thing (*This question was put*), nor a named person (*this Hale look-alike*).

    >>> from quoteverify.text.layer import tokenize
    >>> text = 'Roe argued that group said so. "No," this group said. This plan was set.'
    >>> toks = tokenize(text, 0, len(text))
    >>> [t.start for i, t in enumerate(toks) if _opening_demonstrative(toks, i, 0)]
    [37]
    """
    if toks[k].lower not in _DEMONSTRATIVES or (k > lo and toks[k - 1].text[0].isalnum()):
        return False
    for j in range(k + 1, min(k + 3, len(toks) - 1)):
        if not toks[j].text.islower():
            return False
        if toks[j].lower in _body_heads():
            return toks[j + 1].lower in _CUE_WORDS
    return False


@functools.cache
def _partitive_openers() -> frozenset[str]:
    """Words that take a share of a group: *one*, *two*, *some*, *several*, *many*."""
    shares = load("anonymous_determiners") | _QUANTIFIERS  # number words among them
    return shares - load("descriptor_articles") - {"a", "an"}


_GROUP_PRONOUNS = frozenset({"them", "us", "those"})


def _partitive(toks: list[Token], found: Found, lo: int, text: str) -> Found | None:
    """A share of a group, unnamed: *one of the nurses*, *some of the residents*,
    *two of the victims' relatives*, *many of them*, *a number of economists*
    (``lexicons/collective_shares.txt``). ``found`` is the group (a
    descriptor, or *them*); the phrase from the share's word on is anonymous."""
    if found.kind is _PRONOUN and found.text.lower() not in _GROUP_PRONOUNS:
        return None
    at = _index_before(toks, found.start, lo)
    if at is None or at - 1 < lo or toks[at].lower != "of":
        return None
    share = toks[at - 1]
    if (
        share.lower in load("collective_shares")
        and at - 2 >= lo
        and toks[at - 2].lower in ("a", "the")
    ):
        share = toks[at - 2]  # "a number of economists": from its article on
    elif share.lower not in _partitive_openers():
        return None
    phrase = text[share.start : found.end]
    return _new_found(
        start=share.start,
        end=found.end,
        text=phrase,
        kind=PhraseKind.ANONYMOUS,
        head=phrase,
        title="",
    )


def _owned_body(toks: list[Token], found: Found, lo: int, text: str) -> Found | None:
    """A body named with a capitalised possessive, read whole: *the Kerrow County
    Sheriff's Office*, *the Attorney General's Office* (not *Office*). ``found``
    is the body's one-word name, or a lower-case word and its body's noun
    (*Ruiz's campaign office*: the office named with its owner, not *campaign
    office*); the possessive and the capitalised words before it join it, a *the*
    before them opens it."""
    if found.kind is not _ORGANIZATION or found.head.count(" ") > 1:
        return None
    if " " in found.head and not found.head.islower():
        return None
    at = _index_before(toks, found.start, lo)
    if at is not None and found.head.islower() and " " not in found.head:
        word = toks[at]  # "Ruiz's press office", read as "office" alone
        if word.text.isalpha() and word.text.islower() and word.lower not in _lex()["stop"]:
            at = _index_before(toks, word.start, lo)
    if at is None or not toks[at].text.endswith(("'s", "’s")) or not _is_cap(toks[at]):
        return None
    s = at
    while s - 1 >= lo and (
        _org_word(toks[s - 1]) or (_is_cap(toks[s - 1]) and _is_titleish(toks[s - 1]))
    ):
        s -= 1  # "Kerrow County", "Attorney General"
    start = toks[s - 1].start if s - 1 >= lo and toks[s - 1].lower == "the" else toks[s].start
    head = text[toks[s].start : found.end]
    return _new_found(
        start=start,
        end=found.end,
        text=text[start : found.end],
        kind=PhraseKind.ORGANIZATION,
        head=head,
        title="",
    )


_TOKEN_END = operator.attrgetter("end")


def _index_before(toks: list[Token], pos: int, lo: int) -> int | None:
    """:func:`token_before` by bisection (token ends rise through ``toks``)."""
    i = bisect.bisect_right(toks, pos, lo=lo, key=_TOKEN_END) - 1
    return i if i >= lo else None


_AFFILIATION = load("affiliation_prepositions")
_VERB_FORM = regex.compile(r"\p{Ll}++(?<=ed|s|ing|ly)")
_RELATIVE_LINKS = frozenset({("who", "is"), ("who", "was")})


def _affiliated_person(
    toks: list[Token], found: Found, lo: int, text: str, at: int | None
) -> Found | None:
    """The person a place or a body after a preposition belongs to, or ``None``.

    "Ann Lee of the Dover Trust said": the trust is Lee's; "Roe, a nurse from
    Dover, Delaware, says" and "Roe, who is a pastor at Grace Church, said": the
    descriptor is Roe's. Up to three prepositions are walked back ("Ann Lee of the
    Centre for Policy Studies"). A one-word name needs a title or an apposition
    ("Bank of America" stays whole). ``at`` is the token before ``found``
    (:func:`_index_before`).
    """
    titles = _lex()["titles"]
    if any(w.lower().rstrip(".") in titles for w in found.title.split()):
        return None  # "Speaker of the House Rep. Ann Lee": a titled name is a person
    cur = found
    if found.title and found.title.islower() and found.title in body_kind_nouns():
        # "Ana Roe of the water company Hydrocorp": the kind was read as the name's title
        at = _index_before(toks, found.start + len(found.title), lo)
    for step in range(3):
        if step:
            at = _index_before(toks, cur.start, lo)
        if at is not None and at > lo:
            at = _past_ampersand_firm(toks, _past_body_kind(toks, at, lo), lo)
        if at is None or at <= lo or toks[at].lower not in _AFFILIATION:
            return None
        head = phrase_before(toks, at, text=text, lo=lo, appositions=False, loose=True)
        if head is None or head.kind is PhraseKind.PRONOUN:
            return None
        if head.kind is PhraseKind.NAME and (len(head.head.split()) >= 2 or head.title):
            return head
        if head.kind in (PhraseKind.DESCRIPTOR, PhraseKind.ANONYMOUS):
            b = token_before(toks, head.start, lo)
            if (
                b is not None
                and b - 2 >= lo
                and (toks[b - 1].lower, toks[b].lower) in _RELATIVE_LINKS
            ):
                b -= 2  # "Roe, who is a pastor at ..."
            if b is None or b <= lo or toks[b].text != ",":
                return None
            named = _phrase_before(toks, b, text=text, lo=lo, appositions=False)
            if named is None or named.kind is not PhraseKind.NAME:
                return None
            # Not "Speaking to The Herald, a spokesman from ...": a name after a word.
            opens = token_before(toks, named.start, lo)
            return named if opens is None or not toks[opens].text[:1].isalnum() else None
        cur = head  # "the Centre" of "the Centre for Policy Studies": walk on
    return None


def _past_body_kind(toks: list[Token], at: int, lo: int) -> int:
    """The token before the description of a body's kind that ends at ``at`` (*the
    group*, *the rights charity*: a determiner, up to two lower-case words and a noun
    of :func:`body_kind_nouns`), so that the preposition of "Ana Roe of the group
    Sea Watch" is read before the body's name; ``at`` itself when no such
    description ends there.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Ana Roe of the rights group Sea Watch"
    >>> toks = tokenize(text, 0, len(text))
    >>> toks[_past_body_kind(toks, 5, 0)].text, _past_body_kind(toks, 2, 0)
    ('of', 2)
    """
    if not toks[at].text.islower() or toks[at].lower not in body_kind_nouns():
        return at
    k = at - 1
    while k > lo and at - k <= 2 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].lower in _ARTICLES:
            return k - 1
        k -= 1
    return k - 1 if k > lo and toks[k].lower in _ARTICLES else at


_ARTICLES = frozenset({"the", "a", "an"})


def _past_ampersand_firm(toks: list[Token], at: int, lo: int) -> int:
    """The token before a firm's name of capitalised words joined by *&* that ends
    at ``at`` with the *&* (*Crane &* before *Ardley*), so that the preposition of
    "Sofia Marchetti of Crane & Ardley said" (the shape of an analyst named with a
    firm of partners' surnames, as brokers and law firms are) is read before the
    firm and the speaker is the person, not the firm's last word; ``at`` itself
    when no *&* stands there. People are joined by *and*, never by *&*, in news
    copy, so *and* is left to the ordinary reading (*Ruiz of Dover and Lee said*).

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Ana Roe of Crane & Ardley"
    >>> toks = tokenize(text, 0, len(text))
    >>> toks[_past_ampersand_firm(toks, 4, 0)].text, _past_ampersand_firm(toks, 2, 0)
    ('of', 2)
    """
    if at <= lo or toks[at].text != "&":
        return at
    k = at - 1
    while k > lo and _is_cap(toks[k]):
        k -= 1
    return k if k < at - 1 else at


def _thousands_comma(toks: list[Token], k: int) -> bool:
    """True when the comma at token ``k`` stands between two digits with no space,
    the thousands separator of *4,000 staff*: it closes no apposition
    (*The bank, which employs 4,000 people, said*).

    >>> from quoteverify.text.layer import Token
    >>> toks = [Token(0, 1, "4", "4"), Token(1, 2, ",", ","), Token(2, 5, "000", "000")]
    >>> _thousands_comma(toks, 1), _thousands_comma([Token(0, 1, ",", ",")], 0)
    (True, False)
    """
    if not 0 < k < len(toks) - 1:
        return False
    left, comma, right = toks[k - 1], toks[k], toks[k + 1]
    return (
        left.end == comma.start
        and right.start == comma.end
        and left.text[-1:].isdigit()
        and right.text[:1].isdigit()
    )


# A finite verb, which no apposition holds: auxiliaries and past forms not in -ed.
_FINITE_VERBS = load("auxiliaries") | load("past_forms")
_RELATIVES = load("relative_pronouns")


def _document_addressee(toks: list[Token], found: Found, j: int, text: str) -> Found | None:
    """The person a document is sent to when ``found``, read before the relative
    pronoun at ``toks[j]``, is that document (*the letter to Ana Ruiz, who*, *a
    report to Mayor Lee, who*): a letter is no *who*, its addressee is; None for any
    other phrase (*the envoy to Ana Ruiz*).

    >>> from quoteverify.text.layer import tokenize
    >>> text = "He showed the letter to Ana Ruiz, who"
    >>> toks = tokenize(text, 0, len(text))
    >>> found = phrase_before(toks, len(toks) - 2, text=text, appositions=False)
    >>> _document_addressee(toks, found, len(toks) - 1, text).text
    'Ana Ruiz'
    """
    if found.kind not in _UNNAMED or found.head.rsplit(" ", 1)[-1].lower() not in _DOCUMENT_NOUNS:
        return None
    at = bisect.bisect_left(toks, found.start, hi=j, key=lambda t: t.start)
    prep = next((i for i in range(at, j) if toks[i].lower in _ROLE_PREPOSITIONS), None)
    if prep is None:
        return None
    end = j - 1 if toks[j - 1].text == "," else j
    person = phrase_before(toks, end, text=text, lo=prep + 1, appositions=False)
    return person if person is not None and person.kind is PhraseKind.NAME else None


def _clause_verb(toks: list[Token], start: int, end: int) -> int | None:
    """The index of the last lower-case finite verb (``auxiliaries``, ``past_forms``)
    between character offset ``start`` and token index ``end``, the words there a
    clause and not an apposition; None when there is none, or when a relative
    pronoun comes first inside them (*Roe, an aide who was fired,*: the verb is the
    apposition's own clause).

    >>> from quoteverify.text.layer import tokenize
    >>> def verb(text: str) -> str | None:
    ...     toks = tokenize(text, 0, len(text))
    ...     k = _clause_verb(toks, toks[0].end, len(toks) - 2)
    ...     return None if k is None else toks[k].text
    >>> verb("Iowa, the senator met voters, who"), verb("Roe, a baker, who")
    ('met', None)
    >>> verb("Roe, an aide who was fired, who") is None
    True
    """
    first = bisect.bisect_left(toks, start, hi=end, key=lambda t: t.start)
    while first < end and not toks[first].text[:1].isalnum():
        first += 1  # the comma that opens the words
    last = None
    for k in range(first, end):
        word = toks[k].lower
        if last is None and k > first and word in _RELATIVES:
            return None
        if word in _FINITE_VERBS and toks[k].text.islower():
            last = k
    return last


def _relative_antecedent(
    toks: list[Token], found: Found, lo: int, text: str, at: int | None
) -> Found | None:
    """The person a relative clause describes, when ``found`` is that clause's object.

    "Ann Roe, the pollster who founded the Dover Poll, tweeted": the poll is what
    Roe founded, so the speaker is Roe (the descriptor's name in apposition, or the
    person named right before "who"). An unnamed person described before "who"
    speaks too: "A nurse in Leeds who took part in the survey said" (local news
    quotes residents, parents and staff by a description alone). ``at`` is the
    token before ``found`` (:func:`_index_before`).
    """
    # One to three words of the relative clause between "who" and the object.
    for who in range(at - 1 if at is not None else lo, max(lo, (at or lo) - 3) - 1, -1):
        word = toks[who].lower
        if word == "who":
            break
        if not toks[who].text.isalpha() or not toks[who].text.islower():
            return None
    else:
        return None
    if who <= lo or who == at:
        return None
    head = phrase_before(toks, who, text=text, lo=lo, appositions=False, loose=True)
    if head is None or head.kind is PhraseKind.PRONOUN:
        return None
    if head.kind is PhraseKind.NAME and head.text.split()[0].lower() not in _DETERMINERS:
        return head
    b = token_before(toks, head.start, lo)  # "the Kent Liberal who ...": an apposition
    named = (
        _phrase_before(toks, b, text=text, lo=lo, appositions=False)
        if b is not None and b > lo and toks[b].text == ","
        else None
    )
    if named is not None and named.kind is PhraseKind.NAME:
        return named
    # "A nurse in Leeds who read the report said": the clause is the unnamed
    # person's, whom news names by a description alone (a resident, a parent).
    return head if head.kind in _UNNAMED else None


# Verbs a modal never stands before: past forms, and cue verbs in -s or in the past.
_PAST_FORMS = load("irregular_pasts") | frozenset(
    cue
    for cue, lemma in load_table("cue_verbs").items()
    if cue != lemma and " " not in cue and not cue.endswith("ing")
)


def modal_as_name(toks: list[Token], j: int, end: int, lo: int) -> bool:
    """True when token ``j``, right before the verb at ``end``, is a capitalised modal
    (``modals``) that opens its clause (or follows a relative pronoun, its object:
    *the speech, which Will claims affirmed ...*) and the verb is in the past or a cue
    in -s: *Will wrote*, *May said*, not *Will Roe win?*."""
    tok = toks[j]
    if j != end - 1 or end >= len(toks) or not tok.text.istitle() or tok.lower not in _MODALS:
        return False
    verb = toks[end].lower
    if not (toks[end].text.islower() and (verb.endswith("ed") or verb in _PAST_FORMS)):
        return False
    return j == lo or not toks[j - 1].text[:1].isalnum() or toks[j - 1].lower in _RELATIVES


_BRACKET_WORDS = 5  # tokens a short bracket inside an apposition may hold


def _bracket_open(toks: list[Token], close: int, lo: int) -> int:
    """The index of the ``(`` that opens the short bracket closed at ``close``: an
    acronym or a party label inside an apposition (*director of the Harbour Trust
    (HT),*), up to :data:`_BRACKET_WORDS` tokens, no quote mark or bracket among them;
    ``lo - 1`` when there is none.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Ana Ruiz, director of the Harbour Trust (HT), said"
    >>> toks = tokenize(text, 0, len(text))
    >>> toks[_bracket_open(toks, 10, 0)].text
    '('
    """
    k = close - 1
    while k >= lo and close - k <= _BRACKET_WORDS + 1:
        if toks[k].text == "(":
            return k if k < close - 1 else lo - 1
        if toks[k].text in _STOP_PUNCT and toks[k].text != ".":
            break
        k -= 1
    return lo - 1


def _phrase_before(
    toks: list[Token],
    end: int,
    *,
    text: str,
    lo: int = 0,
    appositions: bool = True,
    reads: Reads | None = None,
) -> Found | None:
    lex = _lex()
    j = end - 1
    if j >= lo and modal_as_name(toks, j, end, lo):
        # "Will described him as ...": a name spelled as a modal, before a verb in the past
        tok = toks[j]
        return _token_found(tok, PhraseKind.NAME)
    while j >= lo and (toks[j].lower in lex["fillers"] or is_adverb(toks[j])):
        j -= 1
    if j < lo:
        return None
    tok = toks[j]
    if (
        tok.text == "."
        and j - 1 >= lo
        and toks[j - 1].end == tok.start
        and _is_cap(toks[j - 1])
        and (toks[j - 1].lower in lex["org_heads"] or toks[j - 1].lower in lex["name_suffixes"])
    ):
        # "Acme Corp. said", "Hank Ruiz Jr. said": the short form's full stop ends no
        # sentence.
        found = _phrase_before(toks, j, text=text, lo=lo, appositions=appositions, reads=reads)
        suffix = toks[j - 1].lower in lex["name_suffixes"]
        kind = PhraseKind.NAME if suffix else PhraseKind.ORGANIZATION
        return found if found is not None and found.kind is kind else None
    if tok.text == ")":
        k = j - 1
        while k >= lo and j - k <= 8 and toks[k].text != "(":
            k -= 1
        if k < lo or toks[k].text != "(":
            return None
        j = k - 1
        if j < lo:
            return None
        tok = toks[j]
    if tok.text in _DASH_TOKENS and appositions:
        # "Jane Roe -- a teacher from Dover -- says": the name before the dash pair.
        k = j
        while k - 1 >= lo and toks[k - 1].text in _DASH_TOKENS:
            k -= 1
        d = k - 1
        while d >= lo and k - d <= _MAX_APPOSITION and toks[d].text not in _DASH_TOKENS:
            if toks[d].text in _STOP_PUNCT and toks[d].text not in ".":
                return None
            d -= 1
        if d < lo:
            return None
        inner = d + 1
        while d - 1 >= lo and toks[d - 1].text in _DASH_TOKENS:
            d -= 1
        found = phrase_before(toks, d, text=text, lo=lo, appositions=False)
        if found is not None and found.kind in _UNNAMED and inner < k:
            # "A former senator -- Jo Roe, who lost in 2008 -- said": the name the
            # dashes give, alone or before a relative clause or its party.
            named = phrase_after(toks, inner, text=text, hi=k)
            if (
                named is not None
                and named.kind is PhraseKind.NAME
                and named.start == toks[inner].start
            ):
                rest = next((t for t in toks[inner:k] if t.start >= named.end), None)
                if rest is None or rest.text in (",", "("):
                    return named
        return found if found is not None and found.kind is not PhraseKind.PRONOUN else None
    if (
        tok.lower in _QUANTIFIERS
        and (j == lo or not toks[j - 1].text[:1].isalnum() or toks[j - 1].lower in _CROWD_JOINERS)
        and (tok.text[:1].isupper() or j > lo)
        and not (j > lo and _after_honorific(toks, j))  # "Ms. Most said": a surname
    ):
        # "Some chanted", "..., and others said": part of a crowd, unnamed.
        return _token_found(tok, PhraseKind.ANONYMOUS)
    if tok.text == "," and appositions:
        k = j - 1
        while (
            k >= lo
            and j - k <= _MAX_APPOSITION
            and (toks[k].text != "," or _thousands_comma(toks, k))
        ):
            initial = toks[k].text == "." and k > lo and len(toks[k - 1].text) <= 2
            if toks[k].text == ")":
                k = _bracket_open(toks, k, lo)  # "director of the Harbour Trust (HT),"
                if k < lo:
                    return None
            elif toks[k].text in _STOP_PUNCT and not initial:  # "Laurence H. Tribe" passes
                return None
            k -= 1
        if k < lo or toks[k].text != ",":
            return None
        found = phrase_before(toks, k, text=text, lo=lo, appositions=False)
        if found is not None and _fronted_opener(toks, found, lo):
            return None  # "Lately, the row drew a reply from Roe, who": no apposition
        if found is None:
            # "The statement, released by the ministry, said": a document the role
            # lexicons do not know, read loosely when its head is a document noun.
            found = _loose_before(toks, k, text=text, lo=lo)
            if found is not None and not (
                toks[k - 1].lower in _DOCUMENT_NOUNS
                # "The 24-year-old, who joined in May, said", "The Brazilian, who
                # ..., said": an age or a nationality, said of a person in view.
                or _AGE_WORD.fullmatch(toks[k - 1].text) is not None
                or (_is_cap(toks[k - 1]) and toks[k - 1].lower in _lex()["nations"])
                # "the union, which represents the crews, said", "the coastguard, which
                # is investigating, said": a definite description before "which" that
                # a cue follows names a body, whether body_nouns.tsv lists its noun or
                # not (not "a long pause came, which ended when ...").
                or (
                    toks[k + 1].lower == "which"
                    and (
                        toks[k - 1].lower in _body_heads()
                        or found.text.split(" ", 1)[0].lower() == "the"
                    )
                )
            ):
                found = None
        head = _relative_head(toks, k, lo, text)
        if head is not None:
            return head  # "Roe, whose firm, Mapwell, sells maps, said"
        if found is None or found.kind in _UNNAMED:
            withheld = _withheld_name(toks, k + 1, j, text)
            if withheld is not None:
                return withheld  # "A nurse, who asked to be identified only as Priya, said"
        opens_share = _share_opener(toks, k, lo)
        if (found is None or opens_share) and (opens_share or _owned_relation(toks, k, lo)):
            # "Rourke's opposite number, Dan Pike, said", "Her old friend, Jo Ward,
            # said": an owner's relation the lexicons do not know, named after it;
            # "One, Mary Gill, said": a share of a group, whatever was found before.
            named = apposed_name(toks, k + 1, j, text, affiliated=True)
            if named is not None and len(named.head.split()) >= 2:
                return named
        if found is not None and found.kind is PhraseKind.NAME and toks[k + 1].lower == "which":
            found = _as_organization(found)  # "Acme, which makes toys, said": a body
        if found is not None and found.kind in (PhraseKind.NAME, PhraseKind.ORGANIZATION):
            outer = _head_before_place(toks, found, lo, text)
            if outer is not None:
                return outer  # "Roe, a baker from Dover, Kent, said": Roe, not Dover
        before = token_before(toks, found.start, lo) if found is not None else None
        if (
            found is not None
            and found.kind is PhraseKind.ORGANIZATION
            and (before is None or toks[before].text != ",")
        ):
            named = _body_apposed(toks, k, j, found, text)
            if named is not None:
                return named  # "The company, Acme Corp, said": the body's own name
            named = _holder_of_office_at_body(toks, k, j, found, lo=lo, text=text)
            if named is not None:
                return named  # "The leader of the bloc in the Senate, Ana Ruiz, said"
        if (
            found is not None
            and found.kind is PhraseKind.NAME
            and (before is None or toks[before].text != ",")
        ):
            # "the Special Adviser to the Governor on Trade and Industry, Mr Ade Ojo,
            # said": a capitalised portfolio read as a name closes the office's chain
            named = _holder_of_office_at_body(toks, k, j, found, lo=lo, text=text)
            if named is not None:
                return named
        if (
            found is not None
            and found.kind is PhraseKind.DESCRIPTOR
            and (before is None or toks[before].text != ",")
        ):
            # "His aunt, Mary Jones, said": the name the apposition gives (not "Moss,
            # the editor of the weekly, The Lantern, said", a chain of appositions).
            named = apposed_name(toks, k + 1, j, text)
            if named is not None and not _region_of(toks, k, named):
                return named
            body = _body_apposed(toks, k, j, found, text, bodies_only=True)
            if body is not None:
                return body  # "The fair's organiser, the Lund Reading Trust, said"
        elif found is not None and found.kind in _UNNAMED and before is not None:
            # "Ida Moss, the editor of the weekly, The Lantern, said", "Ed Roe, a baker
            # in Dover, who ...": the name that heads the chain of appositions.
            outer = phrase_before(toks, before, text=text, lo=lo, appositions=False)
            if outer is not None and outer.kind is PhraseKind.NAME:
                # "Responding, a ministry spokesperson, Wang Li, said": a word that
                # opens the sentence heads no chain; the apposition's full name speaks.
                named = (
                    apposed_name(toks, k + 1, j, text) if _opening_word(toks, outer, lo) else None
                )
                if named is not None and " " in named.head and not _region_of(toks, k, named):
                    return named
                return outer
        return found if found is not None and found.kind is not PhraseKind.PRONOUN else None
    if tok.lower in PRONOUNS:
        return _token_found(tok, PhraseKind.PRONOUN)
    if tok.lower in lex["indefinite"]:
        # "Then someone shouted": one unnamed person, named by the word as written.
        return _token_found(tok, PhraseKind.ANONYMOUS)
    share = _share_before(toks, j, lo, text)
    if share is not None:
        return share
    if tok.lower in ("who", "which") and j - 1 >= lo and not tok.text.isupper():
        # "Willoughby, who said": the relative pronoun names the speaker here; the
        # name before it says who that is.
        antecedent = None
        if toks[j - 1].text in _DASH_TOKENS:
            # "Jane Roe - who previously said": the name before the dash.
            d = j - 1
            while d - 1 >= lo and toks[d - 1].text in _DASH_TOKENS:
                d -= 1
            antecedent = phrase_before(toks, d, text=text, lo=lo, appositions=False)
        elif toks[j - 1].text == ",":
            # "Okafor, now the city manager, who said": past the apposition; not past
            # a clause ("Before Iowa, the senator met voters, who said": voters).
            antecedent = phrase_before(toks, j, text=text, lo=lo)
            verb = None if antecedent is None else _clause_verb(toks, antecedent.end, j - 1)
            if verb is not None:
                # The head is the verb's object: "met voters", not "the senator met voters".
                antecedent = phrase_before(toks, j - 1, text=text, lo=verb + 1, appositions=False)
                if antecedent is None:
                    return None
        if antecedent is None:
            antecedent = phrase_before(
                toks, j if toks[j - 1].text != "," else j - 1, text=text, lo=lo, appositions=False
            )
        if antecedent is None or antecedent.kind is PhraseKind.PRONOUN:
            return None
        if tok.lower == "who":
            antecedent = _document_addressee(toks, antecedent, j, text) or antecedent
        if antecedent.kind is PhraseKind.DESCRIPTOR and toks[j - 1].text != ",":
            # "Ana Ruiz, the city's mayor who ...": the name the descriptor is apposed to.
            comma = token_before(toks, antecedent.start, lo)
            if comma is not None and toks[comma].text == ",":
                outer = phrase_before(toks, comma, text=text, lo=lo, appositions=False)
                if outer is not None and outer.kind is PhraseKind.NAME:
                    antecedent = outer
        if tok.lower == "which" and antecedent.kind is PhraseKind.NAME:
            antecedent = _as_organization(antecedent)  # "Acme, which said": a body
        return attrs.evolve(antecedent, start=tok.start, end=tok.end, text=tok.text)
    # (The pattern needs an apostrophe: most words are not tried.)
    contracted = (
        _CONTRACTED_PRONOUN.match(tok.lower) if "'" in tok.text or "’" in tok.text else None
    )
    if contracted:  # "He's claiming that ..."
        stop = tok.start + len(contracted.group(1))
        return _new_found(
            start=tok.start,
            end=stop,
            text=text[tok.start : stop],
            kind=PhraseKind.PRONOUN,
            head=text[tok.start : stop],
            title="",
        )
    # "one diplomatic source familiar with the talks said": strip the post-modifier.
    for k in range(j - 1, max(lo, j - 8) - 1, -1):
        if toks[k].lower not in _POST_MODIFIER_FIRST:
            continue  # no pair of _POST_MODIFIERS starts here
        pair = (toks[k].lower, toks[k + 1].lower)
        if pair in _POST_MODIFIERS and k - 1 >= lo and toks[k - 1].lower in lex["roles"]:
            found = phrase_before(toks, k, text=text, lo=lo, appositions=False)
            if found is not None and found.kind in (PhraseKind.ANONYMOUS, PhraseKind.DESCRIPTOR):
                return attrs.evolve(found, end=tok.end, text=text[found.start : tok.end])
            break
    body = _land_body(toks, j, lo, text)
    if body is not None:
        return body
    # "Smith's lawyer said", and "Smith's defense counsel said": an owner's role,
    # up to two lower-case words before its noun when the noun ends the subject.
    for o in range(j - 1, max(lo, j - 3) - 1, -1):
        if not toks[o].text.endswith(("'s", "’s")):
            continue  # (no owner here: _possessed would read nothing)
        owned = _possessed(toks, o, text, subject_end=j)
        if owned is not None and (o == j - 1 or owned.end == tok.end):
            return owned
    # "a spokesman for the buyer", "the secretary of state": a role and its complement
    # (after a spokesperson, lower-case words of the body's kind may stand before the
    # name: "a spokeswoman for the trade body Water UK").
    for k in range(j, max(lo + 1, j - 6) - 1, -1):
        if not toks[k].text[:1].isalnum():
            break
        if (
            (k >= j - 4 or _kind_then_name(toks, k, j))
            and toks[k].lower in _ROLE_PREPOSITIONS
            and k < j
            and (
                toks[k - 1].lower in lex["roles"]
                or _body_at_place(toks, k)
                or _bodies_at_place(toks, k)
            )
            and tok.lower not in lex["stop"]
            and tok.lower not in _VERB_WORDS
            # "Ruiz's letter to members was short": a verb ends the complement
            and not any(toks[x].lower in _FINITE_VERBS for x in range(k + 1, j))
        ):
            head = phrase_before(toks, k, text=text, lo=lo, appositions=False)
            if toks[k - 1].lower not in lex["roles"] and _bodies_at_place(toks, k):
                # "Unions in Leeds said": the bodies of a kind at the place, a group
                # with no name (as "teachers in Leeds" is), never the place
                first = toks[k - 1].start if head is None else head.start
                return _new_found(
                    start=first,
                    end=tok.end,
                    text=text[first : tok.end],
                    kind=PhraseKind.ANONYMOUS,
                    head=text[first : toks[k - 1].end],
                    title="",
                )
            if head is not None and head.kind is PhraseKind.DESCRIPTOR:
                named = _name_after_office(toks, k, j, head, text)
                if named is not None:
                    return named  # "chief of staff Dana Ito said": Dana Ito, so titled
            if head is not None and head.kind in (PhraseKind.ANONYMOUS, PhraseKind.DESCRIPTOR):
                return attrs.evolve(head, end=tok.end, text=text[head.start : tok.end])
            if (
                head is not None
                and head.kind is PhraseKind.ORGANIZATION
                and tok.text[:1].isupper()
                and toks[k].lower not in _ORG_CONNECTORS
            ):
                # "police in Kent said": the force, not the place (not "the Department
                # of Justice": a preposition that joins a body's name keeps it whole).
                return head
            break
    org = _org_before(toks, j, lo, text)
    if org is not None:
        return _spokesperson_for(toks, org, lo, text) or org
    body = _body_of(toks, j, lo, text)
    if body is not None:
        return body
    if tok.lower == "of" or tok.text == ".":
        return None
    if (
        not _np_tokens_ok(toks, j)
        and not (
            tok.lower in _STOP_WORDS and _stop_word_name(toks, j) and _after_honorific(toks, j)
        )
        and not _owned_document(toks, j, lo)
    ):
        return None  # (a stop word may end the phrase as a surname: "Mrs Last said")
    i = j
    # (A possessive ends the phrase: "on WRKO's Gov. Ruth Okafor" is Okafor.)
    while (
        i - 1 >= lo
        and _np_tokens_ok(toks, i - 1)
        and not (i - 1 < j and toks[i - 1].text.endswith(("'s", "’s")))
    ):
        i -= 1
    while i < j and (toks[i].lower == "of" or toks[i].text == "."):
        i += 1
    # A descriptor may carry adjectives the lexicons do not know: "a senior official".
    if (
        toks[j].lower in lex["roles"]
        or toks[j].lower in lex["titles"]
        or _owned_document(toks, j, lo)
    ):
        k = i - 1
        steps = 0
        listed = False  # a comma between modifiers was passed
        while k >= lo and steps < 4 and toks[k].text not in _STOP_PUNCT:
            if toks[k].text == ",":
                # "the bespectacled, 71-year-old diplomat": modifiers a comma parts.
                if listed or k + 1 >= j or k - 1 < lo or not _listed_modifier(toks[k - 1]):
                    break
                listed = True
            elif listed and toks[k].lower not in _DETERMINERS and not _listed_modifier(toks[k]):
                break  # not "the bill passed, officials said"
            if toks[k].lower in _DETERMINERS:
                i = k
                if _counted_group(toks, k, lo):
                    i = k - 1  # "the two ministers": a group, read whole
                break
            if toks[k].lower == "and":
                # "the Ohio senator and Republican presidential candidate said": one
                # person given two roles under one article, read whole.
                i = _joined_roles(toks, k, lo, i)
                break
            if toks[k].lower in PRONOUNS or (
                toks[k].lower in lex["stop"]
                and toks[k].lower not in _DETERMINERS
                and not _degree_quantifier(toks, k, lo)
            ):
                break
            k -= _nation_run(toks, k, lo)  # "the United Arab Emirates foreign minister"
            steps += 1
    elif i - 1 >= lo and toks[i - 1].lower == "the":
        i -= 1
    if i < j and _month_opens_run(toks, i, lo):
        i += 1  # "In March Lopez said", "Since May Lopez has argued": the month is the time's
    if i < j and _org_word(toks[j - 1]):
        # "The Department of Health and Human Services report": the body read whole
        org = _org_before(toks, j - 1, lo, text)
        if org is not None and org.start < toks[i].start:
            i = bisect.bisect_left(toks, org.start, lo=lo, hi=i, key=lambda t: t.start)
            if i > lo and toks[i - 1].lower in _SINGLE_DETERMINERS:
                # "A Department of Health and Social Care spokesperson said": the
                # article before a body named with "and", as before one without it
                i -= 1
    found = _classify(toks, i, j, text, reads)
    if found is not None and found.kind is not _NAME:
        found = _surname_title(toks, i, j, text, initial_only=True) or found
    return _name_of_place(toks, i, j, text, reads) or found


_DEGREE_QUANTIFIERS = load("quantifiers")


def _degree_quantifier(toks: list[Token], k: int, lo: int) -> bool:
    """True when ``toks[k]`` is a quantifier that a determiner stands right before
    and a modifier right after: a degree of the modifier, no share of a group (*the
    most senior civil servant*, *the most powerful Democrat*; a quantifier that opens
    the phrase, *most officials*, still ends it).

    >>> from quoteverify.text.layer import tokenize
    >>> text = "The most senior official said"
    >>> _degree_quantifier(tokenize(text, 0, len(text)), 1, 0)
    True
    >>> text = "Most senior officials said"
    >>> _degree_quantifier(tokenize(text, 0, len(text)), 0, 0)
    False
    """
    return (
        toks[k].lower in _DEGREE_QUANTIFIERS
        and k - 1 >= lo
        and toks[k - 1].lower in _DETERMINERS
        and k + 1 < len(toks)
        and toks[k + 1].text.isalpha()
        and toks[k + 1].text.islower()
    )


def _name_after_office(toks: list[Token], of: int, j: int, role: Found, text: str) -> Found | None:
    """The person a lower-case office of the shape *role of complement* titles when
    a personal name ends the phrase right after it: *chief of staff Dana Ito*,
    *minister of finance Rui Costa*, *secretary of state Al Mora* (news prints the
    office before the name in lower case as often as in capitals). ``of`` is the
    index of *of*, ``j`` the phrase's last token, ``role`` the descriptor before
    *of*. The complement is one to three lower-case words (*the* among them), the
    name a capitalised run of two words or more that reads as a name (not a body:
    *the head of marketing Acme Corp*); in capitals (*Chief of Staff Dana Ito*) the
    office ends where :func:`.offices.office_opening` ends it (the office read by
    :mod:`.offices`). ``None`` for any other phrase.

    >>> from quoteverify.text.layer import TextLayer
    >>> text = "chief of staff Dana Ito"
    >>> toks = TextLayer(text).tokens(0, len(text))
    >>> found = _name_after_office(toks, 1, 4, _token_found(toks[0], PhraseKind.DESCRIPTOR), text)
    >>> found.head, found.title
    ('Dana Ito', 'chief of staff')
    """
    if toks[of].lower != "of" and not (toks[of].lower == "for" and toks[of - 1].text[:1].isupper()):
        return None  # (after *for*, a capitalised office only: "Minister for Housing Ann Lee")
    s = j
    while s > of and _is_cap(toks[s]):
        s -= 1
    s += 1
    if toks[of - 1].text[:1].isupper():
        # "Chief of Staff Dana Ito": in capitals, where the office ends is read as
        # the name reader reads it (office_opening)
        if s != of + 1:
            return None
        at = toks[s].start
        skip, _ = office_opening(text, at, text[at : toks[j].end])
        while s <= j and toks[s].start < at + skip:
            s += 1
        if not skip or j - s < 1:
            return None
    elif j - s < 1 or not _lower_office([t.text for t in toks[of - 1 : s]]):
        return None
    name = _classify(toks, s, j, text, None)
    if name is None or name.kind is not PhraseKind.NAME or name.title:
        return None
    # "deputy chief of staff Dana Ito", "The Minister of Culture Ana Roe": the whole
    # phrase, its office without the article
    words = [w for w in role.text.split()[:-1] if w.lower() not in _DETERMINERS]
    words += [t.text for t in toks[of - 1 : s] if t.lower not in _DETERMINERS]
    return _titled_name(text, role.start, toks[j].end, name.head, " ".join(words))


def _titled_name(text: str, start: int, end: int, head: str, title: str) -> Found:
    """A person's name read with the office before it, from ``start`` to ``end``."""
    return _new_found(
        start=start, end=end, text=text[start:end], kind=PhraseKind.NAME, head=head, title=title
    )


def _lower_office(words: list[str]) -> bool:
    """True when ``words`` are, whole, a lower-case office of a role, *of* and its
    complement (:func:`.offices.read_office`, ``LOWER``: *chief of staff*).

    >>> _lower_office(["chief", "of", "staff"]), _lower_office(["wife", "of", "farmer"])
    (True, False)
    """
    office = read_office(words, len(words), Shape.LOWER)
    return office is not None and len(office.words) == len(words)


def _body_at_place(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` is a preposition of place (a role preposition that joins
    no body's name: *in*, *at*, *from*, not *of* or *for*) right after a capitalised
    body's last word (``lexicons/org_suffixes.txt``), and a capitalised word follows:
    *the Ferry Workers' Union in Hull*, *the Green Party in Galway*, *the Water Ministry
    in Accra*. A body's branch or seat, which news names by the body, then the place;
    the phrase before the cue is the body (or its spokesperson), not the place, as
    with a role noun (*Council*, *police in Kent*).

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("the Green Party in Cork", 0, 23)
    >>> _body_at_place(toks, 3)
    True
    >>> toks = tokenize("the Ministry of Health", 0, 22)
    >>> _body_at_place(toks, 2)
    False
    """
    body, nxt = toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    return (
        toks[k].lower not in _ORG_CONNECTORS
        and _is_cap(body)
        and body.lower in _lex()["org_suffixes"]
        and nxt is not None
        and _is_cap(nxt)
    )


def _bodies_at_place(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` is a preposition of place (*in*, *at*, *from*: a role
    preposition that joins no body's name) after the plural of a kind of body
    (:func:`body_kind_nouns`: *unions*, *charities*, *firms*) and before a
    capitalised word or *the* and a lower-case noun: *Unions in Leeds*, *the
    charities in Hale*, *firms from Dover*, *Unions at the plant*. Bodies of a kind
    at a place speak as a group; the place is no speaker.

    >>> from quoteverify.text.layer import tokenize
    >>> _bodies_at_place(tokenize("Unions in Leeds", 0, 15), 1)
    True
    >>> _bodies_at_place(tokenize("Unions at the plant", 0, 19), 1)
    True
    >>> _bodies_at_place(tokenize("Bank of England", 0, 15), 1)
    False
    """
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    after = toks[k + 2] if k + 2 < len(toks) else None
    word = toks[k - 1].lower
    return (
        k > 0
        and nxt is not None
        and (
            _is_cap(nxt)
            or (
                nxt.lower == "the"
                and after is not None
                and after.text.isalpha()
                and after.text.islower()
                and after.lower not in _lex()["stop"]
            )
        )
        and toks[k].lower in _PLACE_PREPOSITIONS
        and word.endswith("s")
        and (
            word[:-1] in body_kind_nouns()
            or (word.endswith("ies") and word[:-3] + "y" in body_kind_nouns())
        )
    )


_PLACE_PREPOSITIONS = _ROLE_PREPOSITIONS - _ORG_CONNECTORS


_JOINED_ROLE_WORDS = 4  # modifiers read before the first role of "the A and B"


def _joined_roles(toks: list[Token], k: int, lo: int, i: int) -> int:
    """Where a descriptor of two roles joined by the *and* at ``toks[k]`` starts
    (*the Ohio senator and Republican presidential candidate*, *the front-runner and
    former secretary of state*): the *the* before a role noun or title ending right
    before *and*, up to four modifiers before it and none of them a determiner
    other than that *the*, nor a stop word or punctuation; ``i`` (the second role
    alone) otherwise, and when a determiner follows *and*: two articles (*the
    senator and the candidate*) name two people.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("the Ohio senator and Republican nominee", 0, 40)
    >>> _joined_roles(toks, 3, 0, 4)
    0
    >>> toks = tokenize("Roe and Republican nominee", 0, 30)
    >>> _joined_roles(toks, 1, 0, 2)
    2
    """
    lex = _lex()
    role = k - 1
    if k + 1 < len(toks) and toks[k + 1].lower in _DETERMINERS:
        return i
    if role < lo or not (toks[role].lower in lex["roles"] or toks[role].lower in lex["titles"]):
        return i
    for x in range(role - 1, max(lo, role - 1 - _JOINED_ROLE_WORDS) - 1, -1):
        word = toks[x]
        if word.lower == "the":
            return x
        if word.text in _STOP_PUNCT or word.text == "," or word.lower in lex["stop"]:
            return i
        if word.lower in _DETERMINERS or word.lower in PRONOUNS:
            return i
        if not word.text[:1].isalpha():
            return i
    return i


def _nation_run(toks: list[Token], k: int, lo: int) -> int:
    """How many tokens end at ``toks[k]`` as one modifier: the words of a nation's
    name of two or three capitalised words (*United Arab Emirates*, *New Zealand*),
    read as one, else 1.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("the United Arab Emirates envoy", 0, 30)
    >>> _nation_run(toks, 3, 0), _nation_run(toks, 4, 0)
    (3, 1)
    """
    for n in (3, 2):
        first = k - n + 1
        run = toks[first : k + 1] if first >= lo else []
        if (
            run
            and all(_is_cap(t) for t in run)
            and " ".join(t.lower for t in run) in _lex()["nations"]
        ):
            return n
    return 1


def _body_apposed(
    toks: list[Token], k: int, j: int, found: Found, text: str, *, bodies_only: bool = False
) -> Found | None:
    """ "The company, Acme Corp, said": the name that fills the apposition between the
    commas at ``k`` and ``j``, read as a body, when ``found`` (before ``k``) describes a
    body in lower case after a determiner (*the company*, *the firm*); None
    otherwise. With ``bodies_only`` (``found`` a role's descriptor, *the contest's
    organiser*, *the event's sponsor*), only a name read as an organisation fills it
    (*the Lund Reading Trust*): a role that a body holds, the way news introduces an
    organiser, a sponsor or an operator; a person's name there is read by
    :func:`apposed_name`. A naming frame may open the apposition (*The flood agency,
    known as BKPD, said*; ``lexicons/naming_frames.tsv``): the name after it, the short
    name by which news from many countries prints a body its readers do not know."""
    words = found.text.split()
    if len(words) < 2 or words[0].lower() not in _DETERMINERS or not words[-1].islower():
        return None
    i = _after_naming_frame(toks, k + 1, j)
    named = phrase_after(toks, i, text=text, hi=j)
    kinds = (_ORGANIZATION,) if bodies_only else (PhraseKind.NAME, _ORGANIZATION)
    if (
        named is None
        or named.kind not in kinds
        or named.start != toks[i].start
        or named.end != toks[j - 1].end
    ):
        return None
    return _as_organization(named)


_FRAME_WORDS = 3  # words of a naming frame: "also known as"


def _after_naming_frame(toks: list[Token], i: int, j: int) -> int:
    """The index after a naming frame (``lexicons/naming_frames.tsv``: *known as*,
    *also known as*, *dubbed*) that opens ``toks[i:j]`` and a capitalised word
    follows; ``i`` when none does.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize(", known as BKPD,", 0, 16)
    >>> _after_naming_frame(toks, 1, 4)
    3
    """
    frames = load("naming_frames")
    for n in range(min(_FRAME_WORDS, j - i - 1), 0, -1):
        if " ".join(t.lower for t in toks[i : i + n]) in frames and _is_cap(toks[i + n]):
            return i + n
    return i


_BODY_OF_WORDS = 3  # lower-case words after "of" in "the ministry of the interior"


def _body_of(toks: list[Token], j: int, lo: int, text: str) -> Found | None:
    """ "The ministry of health said", "the department of the interior": a body's
    noun (``lexicons/body_nouns.tsv``) after a determiner, then *of* and up to three
    lower-case words ending at ``j``, read whole as a descriptor of the body (its
    name written in lower case); None for anything else."""
    for k in range(j - 1, max(lo + 1, j - 1 - _BODY_OF_WORDS), -1):
        word = toks[k]
        if word.lower == "of":
            noun, det = toks[k - 1], toks[k - 2] if k - 2 >= lo else None
            if (
                det is None
                or det.lower not in _DETERMINERS
                or not noun.text.islower()
                or noun.lower not in _body_heads()
            ):
                return None
            return _new_found(
                start=det.start,
                end=toks[j].end,
                text=text[det.start : toks[j].end],
                kind=PhraseKind.DESCRIPTOR,
                head=text[det.start : noun.end],
                title="",
            )
        if not (word.text.isalpha() and word.text.islower()):
            return None
    return None


@functools.cache
def _body_heads() -> frozenset[str]:
    """The nouns of ``lexicons/body_nouns.tsv``: the head of a body's description."""
    return frozenset(load_table("body_nouns"))


@functools.cache
def _self_references() -> dict[tuple[str, ...], str]:
    """``lexicons/self_references.tsv``: the words after a cue, as a tuple, -> the
    form of the word that must follow them."""
    return {tuple(str(row["link"]).split()): str(row["next"]) for row in rows("self_references")}


@functools.cache
def _self_reference_openers() -> frozenset[str]:
    """The first words of the links of :func:`_self_references` ("its", "it")."""
    return frozenset(link[0] for link in _self_references())


def _refers_back_as_body(toks: list[Token], cue: int) -> bool:
    """Whether the one-word cue at ``toks[cue]`` is followed by words that refer
    back to its subject as a body ("said its", "announced it was cutting")."""
    if cue >= len(toks) or toks[cue].lower not in _CUE_WORDS:
        return False
    if cue + 1 >= len(toks) or toks[cue + 1].lower not in _self_reference_openers():
        return False  # no link starts after the cue (most quotes: "said Roe", "said ,")
    for link, form in _self_references().items():
        at = cue + 1 + len(link)
        if at >= len(toks) or tuple(t.lower for t in toks[cue + 1 : at]) != link:
            continue
        word = toks[at].text
        if form == "any" or (word.islower() and word.endswith(form)):
            return True
    return False


def _as_organization(found: Found) -> Found:
    """A name typed as an organisation, because "which" refers back to it (a person
    is "who") or the words after its cue do ("said its"), unless a title makes it a
    person's ("Dr Roe, which ...": a slip)."""
    return found if found.title else attrs.evolve(found, kind=PhraseKind.ORGANIZATION)


def _region_of(toks: list[Token], comma: int, named: Found) -> bool:
    """Whether the one-word ``named`` after ``comma`` is the region of the place that
    ends the descriptor before it ("the mayor of Dover, Kent,"), not its name."""
    return (
        " " not in named.head
        and not named.title
        and comma - 2 >= 0
        and _is_cap(toks[comma - 1])
        and toks[comma - 2].lower in _AFFILIATION
    )


def _head_before_place(toks: list[Token], found: Found, lo: int, text: str) -> Found | None:
    """The name heading an apposition that ends on a place and its region: Roe in
    "Roe, a baker from Dover, Kent, said" and "Roe, on a visit to Leeds, Yorkshire,
    said", where ``found`` is the place after its preposition; a role with that place
    for its complement, "the mayor of Dover, Kent," (else None)."""
    b = token_before(toks, found.start, lo)
    if b is None or toks[b].lower not in _AFFILIATION:
        return None
    c = b - 1
    while c >= lo and b - c <= _MAX_APPOSITION and toks[c].text != ",":
        if toks[c].text in _STOP_PUNCT and toks[c].text != ".":
            return None
        c -= 1
    if c >= lo and toks[c].text == ",":
        outer = phrase_before(toks, c, text=text, lo=lo, appositions=False)
        return outer if outer is not None and outer.kind is PhraseKind.NAME else None
    if b - 1 >= lo and toks[b - 1].lower in _lex()["roles"]:
        # "the mayor of Dover, Kent, said": the role and its complement.
        role = phrase_before(toks, b, text=text, lo=lo, appositions=False)
        if role is not None and role.kind in (PhraseKind.DESCRIPTOR, PhraseKind.ANONYMOUS):
            return attrs.evolve(role, end=found.end, text=text[role.start : found.end])
    return None


def _past_title_phrase(span: list[Token], h: int) -> int:
    """Where a name's head starts when a title of several capitalised words reaches
    into it from ``h`` (where the title words read alone end): past *Tan Sri* and
    *Datuk Seri*, Malaysian titles whose last word is no title alone, so that the
    head is *Musa Kamal*, not *Tan Sri Musa Kamal* or *Seri Musa Kamal*. A word of
    the name is left after the title; ``h`` itself when no such title straddles it.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Datuk Seri Rosli Omar"
    >>> _past_title_phrase(tokenize(text, 0, len(text)), 1)
    2
    >>> text = "Prime Minister Ana Roe"
    >>> _past_title_phrase(tokenize(text, 0, len(text)), 2)
    2
    """
    phrases = _lex()["title_phrases"]
    for s in range(max(0, h - 2), h + 1):
        for n in (3, 2):
            words = span[s : s + n]
            if (
                h < s + n < len(span)
                and all(_is_cap(t) for t in words)
                and " ".join(t.lower for t in words) in phrases
            ):
                return s + n
    return h


def _surname_title(
    toks: list[Token], i: int, j: int, text: str, *, initial_only: bool = False
) -> Found | None:
    """ "Representative Paul T. King": a title word after a given name or an initial
    is a surname (not "Prime Minister", a title of two words), as a name (else None).
    With ``initial_only``, after an initial only ("Fed Chairman" stays a role)."""
    last, prev = toks[j], toks[j - 1] if j - 1 >= i else None
    if prev is None or not _is_titleish(last) or not _is_cap(last):
        return None  # a surname is capitalised: "Hong Kong director of ..." is a role
    initial = prev.text == "." and j - 2 >= i and len(toks[j - 2].text) == 1
    given = _is_cap(prev) and not _is_titleish(prev) and not initial_only
    if not (initial or given) or f"{prev.lower} {last.lower}" in _TITLE_PHRASES:
        return None
    h = j
    while h - 1 >= i and (
        toks[h - 1].text == "." or (_is_cap(toks[h - 1]) and not _is_titleish(toks[h - 1]))
    ):
        h -= 1
    if h == j:
        return None
    start, end = toks[i].start, last.end
    title = " ".join(t.text for t in toks[i:h] if t.text != "." and t.lower not in _DETERMINERS)
    return _new_found(
        start=start,
        end=end,
        text=text[start:end],
        kind=PhraseKind.NAME,
        head=text[toks[h].start : end],
        title=title,
    )


def _name_of_place(
    toks: list[Token], i: int, j: int, text: str, reads: Reads | None
) -> Found | None:
    """ "Chancellor Angela Merkel of Germany", "Mayor Ruth Okafor of Dunmore": the
    name before "of" and its place (not "Bank of America", "Secretary of State")."""
    if j - 1 <= i:
        return None  # no room for "of" between a name and a place
    of = next((x for x in range(j - 1, i, -1) if toks[x].lower == "of"), None)
    if of is None:
        return None
    named = _classify(toks, i, of - 1, text, reads)
    if named is not None and named.kind is not PhraseKind.NAME:
        named = _surname_title(toks, i, of - 1, text) or named
    if (
        named is not None
        and named.kind is PhraseKind.NAME
        and (len(named.head.split()) >= 2 or named.title or _surname_of(toks, i, of, j))
    ):
        return attrs.evolve(named, end=toks[j].end, text=text[named.start : toks[j].end])
    return None


def _surname_of(toks: list[Token], i: int, of: int, j: int) -> bool:
    """ "Daschle of South Dakota": one capitalised word before "of" that no lexicon
    reads as a title, a role or a body's head (not "Duke of Kent", "Bank of
    Kent"), and a capitalised place after it: a person and where they are from."""
    if of != i + 1 or of + 1 > j:
        return False
    word = toks[i].lower
    lex = _lex()
    return (
        _is_cap(toks[i])
        and not toks[i].text.isupper()  # "TELLING OF THE ...": a heading in capitals
        # "Dave Leip's Atlas of U.S. Elections": a work someone owns, not a person
        and not (i > 0 and toks[i - 1].text.endswith(("'s", "’s")))
        and word not in lex["titles"]
        and word not in lex["roles"]
        and word not in lex["org_heads"]
        and all(_is_cap(t) for t in toks[of + 1 : j + 1])
    )


def phrase_after(
    toks: list[Token],
    start: int,
    *,
    text: str,
    hi: int | None = None,
    loose: bool = False,
    reads: Reads | None = None,
) -> Found | None:
    """The speaker noun phrase that starts at token index ``start``.

    ``loose`` accepts a determiner and up to three words the lexicons do not
    know ("said the genial passenger"): for places where syntax alone says a
    speaker follows. A descriptor that hides a name gives the name: "the gentle
    Mrs Thorpe", "the voice of Mr Haq", "the staring Gregory". ``reads`` as for
    :func:`phrase_before`.
    """
    hi = len(toks) if hi is None else hi
    found = _phrase_after(toks, start, text=text, hi=hi, loose=loose, reads=reads)
    if found is not None and found.kind is _ANONYMOUS:
        found = _role_group_at_body(toks, found, hi, text, reads) or found
    if found is None or found.kind is not _PRONOUN:
        org = _org_after(toks, start, hi, text)
        if org is not None and (found is None or found.end <= org.end):
            found = org  # "the Bank of England", not "England"
    if found is not None and found.kind in (_NAME, _DESCRIPTOR) and found.text[:1].isupper():
        found = _capital_office_after(toks, found, start, hi, text) or found
    if found is not None and found.kind in _NAMED:
        found = _comma_body(found, text) or found
        return _name_after_body(toks, found, start, hi, text) or found
    if found is not None and found.kind is _DESCRIPTOR:
        at = next((x for x in range(start, hi) if toks[x].start >= found.end), hi)
        held = office_holder_after(toks, found, at, hi, text)
        if held is not None:
            return held  # "said the head of the regulator Ana Ruiz"
        titled = _second_title(toks, at, hi, text) or _second_role(toks, found, at, hi, text)
        if titled is not None:
            return titled
        if at < hi and _role_of(toks, at, hi) and toks[at - 1].lower in _lex()["roles"]:
            # "Dutch minister of finance Ann Roe": the role's complement, then the name
            named = _name_after_body(toks, found, start, hi, text)
            if named is not None:
                return named
    lex = _lex()
    at = next((x for x in range(start, hi) if found is None or toks[x].start >= found.end), hi)
    if found is not None:
        last = toks[at - 1].lower if toks[at - 1].text != "." else toks[at - 2].lower
        if last in lex["titles"] and at < hi and _is_cap(toks[at]):
            # "the gentle Mrs" + "Thorpe": the name from its title on.
            t = at - 1 if toks[at - 1].text != "." else at - 2
            name = _phrase_after(toks, t, text=text, hi=hi)
            if name is not None and name.kind is PhraseKind.NAME:
                return name
        voices = load("voice_nouns")
        voice = [x for x in range(start, at) if toks[x].lower in voices]
        of = (voice[-1] + 1) if voice else at
        if (voice or (at > start and toks[at - 1].lower in voices)) and (
            of < hi and toks[of].lower == "of"
        ):
            name = _phrase_after(toks, of + 1, text=text, hi=hi)
            if name is not None and name.kind in (PhraseKind.NAME, PhraseKind.DESCRIPTOR):
                return name  # "the voice of Mr Haq"
    if (
        (found is None or found.kind is _DESCRIPTOR)
        and start + 2 < hi
        and toks[start].lower in ("the", "a")
    ):
        k = start + 1
        while (
            k < hi
            and k - start <= 2
            and toks[k].text.isalpha()
            and toks[k].text.islower()
            and toks[k].lower not in lex["stop"]
            and toks[k].lower not in _PAST_VERBS  # "the mayor met Tom Hale": a verb
            # "the mayor praised Tom Hale": a role, then its verb
            and not (
                k > start + 1
                and toks[k - 1].lower in lex["roles"]
                and _VERB_FORM.fullmatch(toks[k].lower) is not None
            )
        ):
            k += 1
        if (
            start + 1 < k < hi
            and _is_cap(toks[k])
            and not _is_titleish(toks[k])
            and (found is None or found.end <= toks[k].start)
        ):
            name = _phrase_after(toks, k, text=text, hi=hi)
            if name is not None and name.kind is PhraseKind.NAME:
                return name  # "the staring Gregory"
    return found


def _second_title(toks: list[Token], at: int, hi: int, text: str) -> Found | None:
    """ "former Kent Gov. and Liberal Party Chairman Ed Rendle": a role read as a
    descriptor up to ``toks[at]``, then *and* and a second title with the person's
    name (a name with a title, not a second person named alone), gives that name."""
    if at < hi and toks[at].text == ".":
        at += 1
    if at + 1 >= hi or toks[at].lower != "and" or not _is_cap(toks[at + 1]):
        return None
    name = _phrase_after(toks, at + 1, text=text, hi=hi)
    if name is None or name.kind is not PhraseKind.NAME or not name.title:
        return None
    return name


_SECOND_ROLE_REACH = 8  # tokens after "and" read for a second role and the name


def _second_role(toks: list[Token], found: Found, at: int, hi: int, text: str) -> Found | None:
    """ "board member and Nobel-winning Kent physicist Ed Rendle": a bare role (no
    determiner: one person's two roles, not *the mayor and councillor X*, two
    people), then *and*, a few words of a second role ending in a lower-case noun
    (not a verb: *coach and thanked Ed Rendle*),
    and a name of two words or more, gives that name."""
    if at + 2 >= hi or toks[at].lower != "and" or found.text.split()[0].lower() in _DETERMINERS:
        return None
    lex = _lex()
    cues = load("cue_verbs")
    for k in range(at + 2, min(hi, at + 2 + _SECOND_ROLE_REACH)):
        word = toks[k - 1]
        if not (word.text[:1].isalnum() or word.text == "-") or word.lower in cues:
            return None
        noun = word.text.isalpha() and word.text.islower() and word.lower not in lex["stop"]
        if (
            noun
            and (word.lower in lex["roles"] or not _VERB_FORM.fullmatch(word.lower))
            and _is_cap(toks[k])
        ):
            name = _phrase_after(toks, k, text=text, hi=hi)
            if name is not None and name.kind is PhraseKind.NAME and len(name.head.split()) >= 2:
                return name
            return None
    return None


def _name_after_body(
    toks: list[Token], found: Found, start: int, hi: int, text: str
) -> Found | None:
    """ "Navy 1st Lt. Ann Roe", "Blaze co-host Ann Roe", "FBI agent Ann Roe": the
    person's name after a body or a place and the lowercase words of their role,
    or ``None``."""
    at = next((x for x in range(start, hi) if toks[x].start >= found.end), hi)
    if _full_personal_name(found) or found.title.rpartition(" ")[2].lower() in _HONORIFICS:
        # "Ana Ruiz met Tom Hale", "(Upstairs) Mrs. Hale held Ana Ruiz by the hand": a
        # person before a verb (a surname an honorific opens names no body)
        return None
    lex = _lex()
    cues = load("cue_verbs")
    k = at
    while (
        k < hi
        and k - at < 5
        and (toks[k].text.islower() or toks[k].text[:1].isdigit())
        and toks[k].text[:1].isalnum()
        and toks[k].lower not in cues
        and toks[k].lower not in _PAST_VERBS  # "Ruiz met Tom Hale": a verb, no role
        and (
            toks[k].lower not in lex["stop"]
            # "Dutch minister of finance Ann Roe": a role's own complement
            or (_role_of(toks, k, hi) and k > 0 and toks[k - 1].lower in lex["roles"])
        )
        # not a verb: "Roe endorsed Mr. Lee", "Roe, insisting ..."; but a modifier
        # in -ing before a role: "Finance Committee ranking member Ann Roe"
        and (
            toks[k].lower in lex["roles"]
            or not _VERB_FORM.fullmatch(toks[k].lower)
            or _before_role(toks, k, hi)
        )
    ):
        k += 1
    if k == at or k >= hi or not (_is_cap(toks[k]) or toks[k].lower in lex["titles"]):
        return None
    if toks[k].lower in _PARTY_WORDS and k + 1 < hi and _is_cap(toks[k + 1]):
        k += 1  # "ranking Democrat Ann Roe": the party is the role's, not the name's
    name = _phrase_after(toks, k, text=text, hi=hi)
    if name is None or name.kind is not PhraseKind.NAME:
        return None
    return name if len(name.head.split()) >= 2 or name.title else None


_PARTY_WORDS = load("party_words")
_GIVEN_NAMES = load("given_names")
_PAST_VERBS = load("past_forms")


def _full_personal_name(found: Found) -> bool:
    """True when ``found`` is a person's name in two or three words whose first is a
    given name (``lexicons/given_names.tsv``) and whose others are not all capitals:
    *Ana Ruiz*, never a body or a place such as *Fox News* or *Virginia* alone."""
    words = found.head.split()
    return (
        found.kind is PhraseKind.NAME
        and 2 <= len(words) <= 3
        and words[0].lower() in _GIVEN_NAMES
        and not any(w.isupper() for w in words[1:])
    )


def _role_of(toks: list[Token], k: int, hi: int) -> bool:
    """ "of" then a lower-case noun at ``toks[k]``: "minister of finance"."""
    return (
        toks[k].lower == "of"
        and k + 1 < hi
        and toks[k + 1].text.isalpha()
        and toks[k + 1].text.islower()
        and toks[k + 1].lower not in _lex()["stop"]
    )


def _before_role(toks: list[Token], k: int, hi: int) -> bool:
    """A modifier of a role at ``toks[k]``: a lower-case role noun follows ("press
    secretary", "acting director"), or a party word after a word in -ing ("ranking
    Democrat"; not "Lee pressed Republican ...")."""
    if k + 1 >= hi:
        return False
    nxt = toks[k + 1]
    if nxt.text.islower() and nxt.lower in _lex()["roles"]:
        return True
    return toks[k].lower.endswith("ing") and nxt.lower in _PARTY_WORDS


def _chain_word(tok: Token) -> bool:
    """A word of an office's complement (:func:`office_holder`): a capitalised word,
    a joining word (``office_chain_joins.txt``) or a lower-case noun (no verb, no
    other function word)."""
    return tok.text.isalpha() and (_is_cap(tok) or complement_word(tok.text))


def office_holder(toks: list[Token], first: int, of: int, j: int, text: str) -> Found | None:
    """The holder named right after an office of the shape *office of complement*,
    with no comma: *The head of the National Bank Taras Melnyk*, *the governor of the
    central bank Li Wen*, *the chairman of the board of Tamsin Steel Joe Park*, *the
    leader of the Green bloc in parliament Ana Ruiz* (plain news and translated
    agency copy print an office so before its holder, before or after the cue).
    ``first`` is the phrase's first token (its article), ``of`` the index of *of*
    after an office word (``office_words``), ``j`` the phrase's last token. The complement
    is capitalised words, lower-case nouns and joining words; the holder is the last
    run of capitalised words when a lower-case noun stands before it (*the regulator
    Ana Ruiz*), else the part of that run from its first given name on
    (``given_names.tsv``) or after a body's head word (*Bank*, *Ministry*); two or
    three words that read as a person's name. The result is that name, titled with the
    office (no article); ``None`` for any other phrase (*the head of the Bank of
    England*, *the mayor of New York*).

    >>> from quoteverify.text.layer import TextLayer
    >>> text = "The head of the National Bank Taras Melnyk"
    >>> found = office_holder(TextLayer(text).tokens(0, len(text)), 0, 2, 7, text)
    >>> found.head, found.title
    ('Taras Melnyk', 'head of the National Bank')
    """
    if (
        not _office_chain_link(toks, of, j)
        or of == 0
        or toks[of - 1].lower not in office_words()
        or j - of < 3
        or j - of > CHAIN_WORDS + 3
        or not _is_cap(toks[j])
        # "the chief executive of the miner Tessaly Resources, Graham Ostrow,": the
        # name apposed after the comma holds the office; the run before it is the body
        or (j + 2 < len(toks) and toks[j + 1].text == "," and _is_cap(toks[j + 2]))
    ):
        return None
    c = j
    while c > of + 1 and _is_cap(toks[c - 1]) and toks[c - 1].text.isalpha():
        c -= 1
    if c <= of + 1 or not all(_chain_word(toks[x]) for x in range(of + 1, c)):
        return None
    if any(toks[x].start - toks[x - 1].end > 1 for x in range(of + 1, j + 1)):
        return None  # (a mark or a line between two words: no one phrase)
    if toks[of - 1].lower in RELATIONS or person_role(toks[c - 1].lower):
        return None  # "the wife of farmer Tom Hale": no office; Hale is the farmer
    if toks[c - 1].lower not in JOINS:
        s = c  # "the regulator Ana Ruiz": a lower-case noun, then the name
    else:
        n = holder_start([t.text for t in toks[c : j + 1]])
        s = c + n if n else 0
    if not s or not 1 <= j - s <= 2:
        return None
    name = _classify(toks, s, j, text, None)
    if name is None or name.kind is not PhraseKind.NAME or name.title or _organization(name.head):
        return None
    if toks[s].lower not in load_table("given_names") and name.head.lower() in _STATES:
        return None  # "the mayor of the city New York": a place
    office = [
        t.text for t in toks[first:s] if t.lower not in _DETERMINERS or t.start > toks[of].start
    ]
    return _new_found(
        start=toks[first].start,
        end=toks[j].end,
        text=text[toks[first].start : toks[j].end],
        kind=PhraseKind.NAME,
        head=name.head,
        title=" ".join(office),
    )


def _office_chain_link(toks: list[Token], of: int, j: int) -> bool:
    """True when ``toks[of]`` links an office word to its complement before a holder
    at ``j``: *of*, or *for* when an *of* follows in the chain (*the secretary for
    press affairs of the Cabinet Office Ken Sato*, as translated copy prints a
    portfolio and then the body; not *the minister for trade Ken Sato*, which the
    capitalised readers take).

    >>> from quoteverify.text.layer import tokenize
    >>> t = "the secretary for press affairs of the Cabinet Office Ken Sato"
    >>> toks = tokenize(t, 0, len(t))
    >>> [_office_chain_link(toks, at, 11) for at in (2, 5, 3)]
    [True, True, False]
    """
    word = toks[of].lower
    return word == "of" or (word == "for" and any(t.lower == "of" for t in toks[of + 1 : j]))


def office_holder_before(toks: list[Token], end: int, lo: int, text: str) -> Found | None:
    """:func:`office_holder` for a phrase that ends right before token ``end`` (a cue):
    the farthest office word before *of* within reach, its modifiers and article
    with it (*The deputy head of the National Bank Taras Melnyk said*)."""
    j = end - 1
    if j - 4 < lo or not _is_cap(toks[j]):
        return None
    for of in range(max(lo + 1, j - CHAIN_WORDS - 3), j - 2):
        if not _office_chain_link(toks, of, j) or toks[of - 1].lower not in office_words():
            continue
        first = of - 1
        while first - 1 >= lo and (
            toks[first - 1].lower in _lex()["roles"] or toks[first - 1].lower in _lex()["titles"]
        ):
            first -= 1
        if first - 1 >= lo and toks[first - 1].lower in _DETERMINERS:
            first -= 1
        return office_holder(toks, first, of, j, text)
    return None


_CAPITAL_OFFICE_RUN = 7  # capitalised words after an office's link up to a cue, at most


def capital_office_holder(toks: list[Token], end: int, lo: int, text: str) -> Found | None:
    """The holder named after an office in capitals that ends right before token
    ``end`` (a cue), when the office reaches further back than the role reader's
    four words: a chain of *of* then *for* (*Senior Minister of State for Manpower
    Dr Ana Lim said*), a seat and its tag then a holder of three words (*MP for
    Tampines GRC Tan Boon Lim said*), a portfolio with *and* (*Minister for Science
    and Technology Ravi Kumar said*). The office is read where the name reader reads
    it (:func:`.offices.office_opening`) and becomes the holder's title; ``None``
    when the words before the capitalised run spell no office or the holder is no
    name of two words or more."""
    j = end - 1
    s = j
    while s >= lo and j - s <= _CAPITAL_OFFICE_RUN and _is_cap(toks[s]):
        s -= 1
    if s <= lo or j - s < 3 or toks[s].lower not in ("of", "for", "and"):
        return None
    at = toks[s + 1].start
    skip, office = office_opening(text, at, text[at : toks[j].end])
    h = s + 1
    while h <= j and toks[h].start < at + skip:
        h += 1
    if not skip or j - h < 1:
        return None
    name = _classify(toks, h, j, text, None)
    if name is None or name.kind is not _NAME:
        return None
    first = text.rfind(office.split(None, 1)[0], max(0, at - len(office) - 2), at)
    start = first if first >= 0 else at
    o = bisect.bisect_left(toks, start, lo=lo, hi=s, key=lambda t: t.start)
    if lo < o and toks[o - 1].lower in _DETERMINERS:
        start = toks[o - 1].start  # "The spokesman of ...": the office's article with it
    title = " ".join(filter(None, (office, name.title)))
    return _titled_name(text, start, toks[j].end, name.head, title)


def _holder_after_body(toks: list[Token], org: Found, lo: int, text: str) -> Found | None:
    """The holder whose name ends the body's name ``org`` read before a cue, when an
    office over the body stands before it (:func:`.offices.tail_holder`): the
    holder, titled with the office and the body."""
    at = tail_holder(text, org.start, org.end)
    if at < 0:
        return None
    s = bisect.bisect_left(toks, at, lo=lo, key=lambda t: t.start)
    j = bisect.bisect_left(toks, org.end, lo=s, key=lambda t: t.end)
    if j >= len(toks) or toks[s].start != at:
        return None
    name = _classify(toks, s, j, text, None)
    if name is None or name.kind is not _NAME:
        return None
    before = text[: org.start].rstrip()
    before = before.removesuffix(" the") if not org.text.lower().startswith("the ") else before
    before = before.removesuffix(" of")  # (the office word ends it)
    first = before.rfind(" ") + 1
    return _titled_name(text, at, org.end, name.head, text[first:at].strip())


def _capital_office_after(
    toks: list[Token], found: Found, start: int, hi: int, text: str
) -> Found | None:
    """:func:`capital_office_holder` after a cue: when the name read (*Senior
    Minister*) is an office's first words and *of* or *for* follows it, the holder at
    the end of the capitalised chain (*said Senior Minister of State for Manpower Dr
    Ana Lim*), the phrase read from ``found`` on."""
    at = next((x for x in range(start, hi) if toks[x].start >= found.end), hi)
    if at >= hi or toks[at].lower not in ("of", "for"):
        return None
    e = at
    while e < hi and e - at <= CHAIN_WORDS + 3 and (_is_cap(toks[e]) or _office_link(toks[e])):
        e += 1
    while e > at and not _is_cap(toks[e - 1]):
        e -= 1
    held = capital_office_holder(toks, e, start, text)
    if held is None or held.start > found.end + 1:
        return None
    return attrs.evolve(held, start=found.start, text=text[found.start : held.end])


def _office_link(tok: Token) -> bool:
    """A word between an office's capitalised words: a joining word, *for*, a comma."""
    return tok.lower in JOINS or tok.lower == "for" or tok.text == ","


def office_holder_after(
    toks: list[Token], found: Found, at: int, hi: int, text: str
) -> Found | None:
    """:func:`office_holder` for a descriptor ``found`` read after a cue and ending
    before token ``at`` (*of*): *said the head of the regulator Ana Ruiz*. The phrase
    runs over the complement's words to the last capitalised word before anything
    else."""
    if at >= hi or toks[at].lower != "of":
        return None
    e = at + 1
    while e < hi and e - at <= CHAIN_WORDS + 3 and _chain_word(toks[e]):
        e += 1
    j = e - 1
    first = at - 1
    while first > 0 and toks[first - 1].start >= found.start:
        first -= 1
    while j > at and not _is_cap(toks[j]):
        j -= 1
    return office_holder(toks, first, at, j, text) if j > at else None


_DESCRIPTOR_BREAKS = load("descriptor_breaks")


_JOINING_PARTICLES = select("name_particles", joins=True)


def _particled_surname(toks: list[Token], i: int, *, text: str, hi: int) -> Found | None:
    """A surname that opens with its particles in lower case, read from them (up to
    two, *de Gaulle*, *von der Leyen*, ``lexicons/name_particles.tsv``) as
    :func:`phrase_before` reads it: the particles as the title, the capitalised
    words as the head. None unless a name with no title of its own follows them.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "von der Leyen said"
    >>> found = _particled_surname(tokenize(text, 0, len(text)), 0, text=text, hi=4)
    >>> found.text, found.head, found.title
    ('von der Leyen', 'Leyen', 'von der')
    """
    c = i + 1
    if c < hi and _particle(toks[c], _JOINING_PARTICLES):
        c += 1
    if c >= hi or not _is_cap(toks[c]) or toks[c].start != toks[c - 1].end + 1:
        return None
    found = _phrase_after(toks, c, text=text, hi=hi)
    if found is None or found.kind is not _NAME or found.start != toks[c].start or found.title:
        return None
    start = toks[i].start
    title = text[start : toks[c - 1].end]
    return attrs.evolve(found, start=start, text=text[start : found.end], title=title)


_HYPHENED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}{0,5}+-\p{Ll}{1,5}+")


def family_before_given(word: str, after: str) -> bool:
    """True when ``word`` is a family name that is also an English word or an
    interjection (``lexicons/family_name_words.txt``: *Oh*, *Young*) and
    ``after`` a romanised given name of two syllables joined by a hyphen, the
    second in lower case (*Mi-ran*, *Jong-un*): the family name of an East Asian
    name printed family name first, not a word that opens the sentence before it.

    >>> family_before_given("Oh", "Mi-ran"), family_before_given("Oh", "Anne-Marie")
    (True, False)
    >>> family_before_given("Well", "Mi-ran")
    False
    """
    return (
        word.lower() in load("family_name_words") and _HYPHENED_GIVEN.fullmatch(after) is not None
    )


def _phrase_after(
    toks: list[Token],
    start: int,
    *,
    text: str,
    hi: int,
    loose: bool = False,
    reads: Reads | None = None,
) -> Found | None:
    lex = _lex()
    i = start
    while i < hi and (toks[i].lower in lex["fillers"] or is_adverb(toks[i])):
        i += 1
    if i >= hi:
        return None
    tok = toks[i]
    if tok.lower in PRONOUNS:
        return _token_found(tok, PhraseKind.PRONOUN)
    if tok.text in _JOINING_PARTICLES and not loose:
        # (printed in lower case: *Der Spiegel*, *Le Monde* are names of their own)
        particled = _particled_surname(toks, i, text=text, hi=hi)
        if particled is not None:
            return particled
    if tok.lower in _QUANTIFIERS and (i + 1 >= hi or toks[i + 1].text in _STOP_PUNCT):
        # "..., tweeted another.", "..., said others.": part of a crowd, unnamed.
        return _token_found(tok, PhraseKind.ANONYMOUS)
    j = i
    # '"...," this group said': a demonstrative that opens the clause, read loosely
    demonstrative = loose and tok.lower in _DEMONSTRATIVES and _opening_demonstrative(toks, i, 0)
    if tok.lower in _DETERMINERS or demonstrative:
        # determiner + up to four modifiers + role noun(s)
        k = first = i + 1
        last_role = -1
        if k < hi and _is_cap(toks[k]):
            body = _org_after(toks, k, hi, text)
            last = _index_before(toks, body.end, k) if body is not None else None
            after = k if last is None else last + 1
            if k < after < hi and toks[after].lower in lex["roles"]:
                # "a Department of Health and Social Care spokesperson": the body's
                # name read whole with its connectors, the role after it
                k = first = after
        while (
            k < hi
            and k - first <= 5
            and toks[k].text not in _STOP_PUNCT
            and toks[k].text != ","
            # not past a cue to its object: "the business mogul told People" (but "a
            # report", "the annual report.", "the inspectors' report said", "a State
            # Department official")
            and not (
                k > i + 1
                and toks[k].text.islower()
                and toks[k].lower in _CUE_WORDS
                and k + 1 < hi
                and toks[k + 1].text[:1].isalnum()
                and toks[k + 1].lower not in _CUE_WORDS
            )
        ):
            if toks[k].lower in lex["roles"] or toks[k].lower in lex["titles"]:
                last_role = k
            elif last_role >= 0 and not _is_cap(toks[k]):
                break
            elif toks[k].lower in _DESCRIPTOR_BREAKS:
                break  # "her record as mayor": a thing, its complement names the role
            k += 1
        if last_role < 0 and loose and (tok.lower in _LOOSE_DETERMINERS or demonstrative):
            cues = load("cue_verbs")
            k = i + 1
            while (
                k < hi
                and k - i <= 3
                and toks[k].text[0].isalnum()
                and (
                    toks[k].lower not in lex["stop"]
                    # "a Monday editorial": a day before a lower-case noun
                    or (
                        k == i + 1
                        and toks[k].lower in lex["time"]
                        and k + 1 < hi
                        and toks[k + 1].text.islower()
                    )
                )
                and (toks[k].lower not in cues or document_pair(toks[k - 1].lower, toks[k].lower))
                # "a Democrat familiar with the talks": a post-modifier ends the noun
                and not (
                    k > i + 1
                    and k + 1 < hi
                    and (toks[k].lower, toks[k + 1].lower) in _POST_MODIFIERS
                )
                # "the weekly wrote": a noun in -ly right before the cue; "the gambling
                # tycoon told": an adjective in -ing before a noun.
                and not (
                    _adverb_or_participle(toks[k].lower)
                    and not (k + 1 < hi and toks[k + 1].lower in cues)
                    and not (
                        k + 2 < hi
                        and toks[k + 1].text.isalpha()
                        and toks[k + 1].text.islower()
                        and toks[k + 1].lower not in lex["stop"]
                        and toks[k + 1].lower not in cues
                        and toks[k + 2].lower in cues
                    )
                )
            ):
                k += 1
            if k == i + 1 and k + 1 < hi and toks[k].lower in cues and toks[k + 1].lower in cues:
                k += 1  # "the note says": a noun that is also a cue, then the cue
            if k > i + 1:
                c = next((x for x in range(i + 1, k) if not toks[x].text.islower()), k)
                if (
                    i + 1 < c < k
                    and _is_cap(toks[c])
                    and not _is_titleish(toks[c])
                    and toks[c].lower not in lex["time"]  # "a Monday editorial"
                ):
                    # "said the unsympathetic Marilla": a narrator's adjectives, then
                    # the name (as "said old Horace Talbot").
                    return _phrase_after(toks, c, text=text, hi=hi, reads=reads)
                end = _complement_end(toks, k, hi)
                phrase = text[tok.start : end]
                org = _body_named(phrase, phrase.lower().removeprefix("the "))
                if org is not None:
                    # "said the Kremlin", "said the White House": a seat of
                    # government after a cue is the body, as before its cue.
                    return _new_found(
                        start=tok.start,
                        end=end,
                        text=phrase,
                        kind=_ORGANIZATION,
                        head=org,
                        title="",
                    )
                kind = PhraseKind.ANONYMOUS if tok.lower in lex["anon"] else PhraseKind.DESCRIPTOR
                loose_found = _new_found(
                    start=tok.start, end=end, text=phrase, kind=kind, head=phrase, title=""
                )
                return _extend_post_modifier(toks, k - 1, hi, loose_found, text)
        if last_role < 0:
            if tok.lower == "the":
                j = i + 1
                while j < hi and _np_tokens_ok(toks, j) and toks[j].text != ".":
                    j += 1
                if j > i + 1:
                    return _classify(toks, i, j - 1, text, reads)
            return None
        j = last_role
        if j > i and j + 1 < hi and _royal_given_name(toks[j].text, toks[j + 1].text):
            j -= 1  # "the minister Sultan bin Rashid": a given name, no second title
        while tok.lower not in lex["anon"] and j + 1 < hi:
            if _name_word(toks, j + 1, hi):
                # "the Kremlin spokesman Dmitry Peskov" (not "one source AFP"); on
                # over a particle between a name's words ("the minister Ana de Rojas")
                j = _past_particles(toks, j + 1, hi)
            elif (
                toks[j + 1].text == "."
                and (
                    toks[j].lower in SHORT_TITLES
                    # "the Rev. Ann J. Roe": nor does a middle initial's
                    or (j > last_role and len(toks[j].text) == 1 and toks[j].text.isupper())
                )
                and j + 2 < hi
                and _is_cap(toks[j + 2])
            ):
                j += 2  # "the younger Mr. Hale": a title's full stop ends no name
            else:
                break
        found = _classify(toks, i, j, text, reads)
        if found is not None and found.kind in (PhraseKind.ANONYMOUS, PhraseKind.DESCRIPTOR):
            found = _extend_post_modifier(toks, j, hi, found, text)
            found = _with_complement(toks, j, hi, found, text)
        return found
    owned = _owner_role_name(toks, i, hi, text) or (
        _possessed(toks, i, text) if i + 1 < hi else None
    )
    if owned is not None:
        return owned
    o = i + 1
    while o < hi and o - i <= 2 and _is_cap(toks[o]) and not toks[o].text.endswith(("'s", "’s")):
        o += 1
    if o + 1 < hi and o - i <= 2 and _is_cap(toks[i]) and toks[o].text.endswith(("'s", "’s")):
        # "Harbour Council's managing director Ann Roe": an owner of several words
        owned = _owner_role_name(toks, o, hi, text)
        if owned is not None:
            return owned
    if (
        tok.lower in load("name_adjectives")
        and i + 1 < hi
        and _is_cap(toks[i + 1])
        and not _is_titleish(toks[i + 1])
        # (not "said Young Mi-ran": a family name, the given name after it)
        and not family_before_given(tok.text, toks[i + 1].text)
    ):
        return phrase_after(toks, i + 1, text=text, hi=hi)  # "said old Horace Talbot"
    w = i
    while w < hi and w - i < 4 and (toks[w].text[:1].isdigit() or toks[w].text in ("/", "-")):
        w += 1
    if w > i and w < hi and toks[w].text.islower():
        # "said 9/11 widow Terry Doe", "said 34-year-old nurse Ann Roe".
        found = _phrase_after(toks, w, text=text, hi=hi, loose=loose, reads=reads)
        if found is not None and found.kind is PhraseKind.NAME:
            return attrs.evolve(found, start=tok.start, text=text[tok.start : found.end])
        return None
    if tok.text.islower() and tok.lower in lex["stop"]:
        return None  # "about women", "on people": a preposition, not a speaker
    if tok.text.islower():
        # "diplomatic sources": modifiers and a plural role; "conservative talk
        # radio host Rush Limbaugh": modifiers, a role, then the name.
        k = i
        while (
            k < hi
            and k - i < 5
            and toks[k].text not in _STOP_PUNCT
            and (toks[k].text.islower() or _is_cap(toks[k]))
        ):
            if _is_plural_role(toks[k].lower):
                found = _classify(toks, i, k, text, reads)
                if found is not None:
                    return _extend_post_modifier(toks, k, hi, found, text)
            if toks[k].lower in lex["roles"] or toks[k].lower in lex["titles"]:
                e = k
                while e + 1 < hi and (_name_word(toks, e + 1, hi) or toks[e + 1].text == "."):
                    if toks[e + 1].text == "." and e > k and _sentence_end_word(toks[e].text):
                        break  # "says co-owner Ann Lee. Prices ...": the name ends there
                    e = _past_particles(toks, e + 1, hi)
                while e > k and toks[e].text == "." and len(toks[e - 1].text) > 2:
                    e -= 1  # a full stop, not the point of an initial ("J.") or "Jr."
                if e > k:
                    return _classify(toks, i, e, text, reads)
            k += 1
        if loose:
            # 'said retired neurosurgeon Ben Carson', 'said former secretary of state
            # Hillary Clinton': lowercase words the lexicons do not know, then a name.
            k = i
            while (
                k < hi
                and k - i < 5
                and toks[k].text.isalpha()
                and toks[k].text.islower()
                and (toks[k].lower == "of" or toks[k].lower not in lex["stop"])
            ):
                k += 1
            e = k
            while e < hi and (_name_word(toks, e, hi) or (toks[e].text == "." and e > k)):
                e += 1
            while e > k and toks[e - 1].text == ".":
                e -= 1
            if k > i and e > k:
                found = _classify(toks, i, e - 1, text, reads)
                if found is not None and found.kind is PhraseKind.NAME:
                    return found
        if tok.lower not in lex["roles"] and tok.lower not in lex["titles"]:
            return None
    if not _np_tokens_ok(toks, i) or tok.text == "." or tok.lower == "of":
        return None
    while j + 1 < hi and (
        _np_tokens_ok(toks, j + 1)
        or (toks[j + 1].lower in _STOP_WORDS and _function_word_surname(toks, j + 1, hi))
        or _office_for(toks, j + 1, hi)
    ):
        if toks[j + 1].text == "." and _sentence_end_word(toks[j].text):
            break  # "explains Ruiz. Marketing ...": a name never runs over a sentence end
        if toks[j + 1].lower in _WEEKDAYS:
            break  # "told Ruiz Friday": a day after a name is no word of it
        if toks[j + 1].lower == "of" and _addressed_after(toks, j + 2, hi):
            break  # "asked Tom of Mrs. Hale": the person asked, no place of Tom's
        j += 1
    if j + 1 < hi and _name_time_word(toks[j + 1], toks[i].start, text):
        j += 1  # "USA Today": an outlet whose name ends on a time word
    while j > i and (
        (
            toks[j].lower in ("of", ".")
            and not (toks[j].text == "." and toks[j - 1].lower in _lex()["titles"])
        )
        or _particle(toks[j])
    ):
        j -= 1
    if toks[j].text == "." and j > i and not toks[j - 1].text[:1].isupper():
        j -= 1
    while toks[j].text == "." and j > i:
        j -= 1
    found = _classify(toks, i, j, text, reads)
    if found is not None and found.kind is not _NAME:
        found = _surname_title(toks, i, j, text, initial_only=True) or found
    named = _name_of_place(toks, i, j, text, reads)
    if named is not None:
        return named  # "said Ruth Hale of Laramie"
    if found is not None and found.kind is _ANONYMOUS:
        found = _extend_post_modifier(toks, j, hi, found, text)
    return found


def _office_for(toks: list[Token], k: int, hi: int) -> bool:
    """True when ``toks[k]`` is the *for* of a capitalised office and its portfolio
    or seat before the holder's name (*said Minister for Housing Ann Lee*, *said
    Labour MP for Kent West Ann Lee*): a capitalised office word (:func:`.offices.office_words`)
    before it and capitalised words after it, so the name reader reads on to the
    holder, whose office the registry cuts off (:func:`.offices.office_opening`)."""
    return (
        toks[k].lower == "for"
        and k + 2 < hi
        and _is_cap(toks[k - 1])
        and toks[k - 1].lower in office_words()
        and _is_cap(toks[k + 1])
        and _is_cap(toks[k + 2])
    )


_SHARE_OPENERS = load("share_openers")


def _share_before(toks: list[Token], j: int, lo: int, text: str) -> Found | None:
    """ "63 percent", "63 percent of voters", "a third of Republicans": a share of a
    poll's respondents, an anonymous source, ending at token ``j``."""
    k = j
    if k - 2 >= lo and toks[k - 1].lower == "of" and toks[k].text.isalpha():
        k -= 2  # "... percent of voters"
    if toks[k].lower not in ("percent", "%") or k - 1 < lo:
        return None
    if not (toks[k - 1].text[:1].isdigit() or toks[k - 1].lower in load("number_words")):
        return None
    if k - 2 >= lo and toks[k - 2].text.isalpha() and toks[k - 2].lower not in _SHARE_OPENERS:
        return None  # "PolitiFact rated 32% of claims": an object, not a subject
    start = toks[k - 1].start
    phrase = text[start : toks[j].end]
    return _new_found(
        start=start, end=toks[j].end, text=phrase, kind=PhraseKind.ANONYMOUS, head=phrase, title=""
    )


def token_before(toks: list[Token], pos: int, lo: int = 0) -> int | None:
    """The index of the last token (from ``lo`` on) that ends at or before ``pos``.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("if people think", 0, 15)
    >>> token_before(toks, 3), token_before(toks, 0)
    (0, None)
    """
    return next((i for i in range(len(toks) - 1, lo - 1, -1) if toks[i].end <= pos), None)


# "his", "her", "their", "its", "our", "my": the determiners that are pronouns.
_OWNER_DETERMINERS = _DETERMINERS & select("pronouns")


def _owned_document(toks: list[Token], j: int, lo: int) -> bool:
    """True when token ``j`` ends a document's noun (``document_nouns.txt``, one word
    or two) right after its owner's pronoun (*her statement said*, *his blog post
    read*): read back as a descriptor is, so that the document-author row gives the
    document to the person the pronoun stands for.

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("Her statement said", 0, 18)
    >>> _owned_document(toks, 1, 0), _owned_document(toks, 0, 0)
    (True, False)
    >>> _owned_document(tokenize("his blog post", 0, 13), 2, 0)
    True
    """
    if j - 1 < lo or toks[j].lower not in _DOCUMENT_NOUNS:
        return False
    if toks[j - 1].lower in _OWNER_DETERMINERS:
        return True
    return (
        j - 2 >= lo
        and toks[j - 2].lower in _OWNER_DETERMINERS
        and document_pair(toks[j - 1].lower, toks[j].lower)
    )


def _owned_relation(toks: list[Token], comma: int, lo: int) -> bool:
    """True when the words before the comma at ``comma`` are an owner (a
    capitalised possessive, *Rourke's*, or *his*, *her*, *their*) or a share of a
    group (*one of the*) and one to three lower-case words that are not function
    words (*opposite number*, *old friend*, *signatories*)."""
    k = comma - 1
    while (
        k >= lo
        and comma - k <= 3
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in _lex()["stop"]
    ):
        k -= 1
    if k < lo or k == comma - 1:
        return False
    owner = toks[k]
    if owner.lower == "the" and k - 2 >= lo and toks[k - 1].lower == "of":
        # "One of the signatories, Dr Oren Falk, said": a share of a group.
        return toks[k - 2].lower in _partitive_openers()
    return owner.lower in _OWNER_DETERMINERS or (
        _is_cap(owner) and owner.text.endswith(("'s", "’s"))
    )


def _share_opener(toks: list[Token], comma: int, lo: int) -> bool:
    """True when the words before the comma at ``comma`` are a capitalised share of
    a group named before, alone or *of them* (*One, Mary Gill, said*; *One of
    them, Mary Gill, said*)."""
    k = comma - 1
    if k - 2 >= lo and toks[k].lower in _GROUP_PRONOUNS and toks[k - 1].lower == "of":
        k -= 2
    return (
        k >= lo
        and toks[k].text[:1].isupper()
        and toks[k].lower in _partitive_openers()
        and (k == lo or toks[k - 1].text in _STOP_PUNCT)
    )


def _relative_head(toks: list[Token], k: int, lo: int, text: str) -> Found | None:
    """The name before a relative clause that runs up to the comma at ``k`` and holds
    commas of its own ("Roe, whose firm, Mapwell, sells maps, said")."""
    for r in range(k - 1, max(lo, k - 40), -1):
        if toks[r].text in _STOP_PUNCT or text[toks[r].end : toks[r + 1].start].strip():
            # (A quote left out of the tokens ends the clause: 'Roe, who runs the
            # trust, said "..." and Lee, who ..., said' is two clauses, not one.)
            return None
        if toks[r].lower in ("whose", "who") and toks[r - 1].text == ",":
            if not any(toks[x].text == "," for x in range(r + 1, k)):
                return None  # one clause, no inner commas: the usual apposition path
            name = phrase_before(toks, r - 1, text=text, lo=lo, appositions=False)
            return name if name is not None and name.kind is PhraseKind.NAME else None
    return None


def apposed_name(
    toks: list[Token], i: int, j: int, text: str, *, affiliated: bool = False
) -> Found | None:
    """The name that fills the apposition ``toks[i:j]`` by itself ("Mary Jones",
    "state Del. Mary Jones (D-Va.)"), or ``None``. With ``affiliated``, the name
    may go on with its affiliation ("Dr Oren Falk of Haifa University")."""
    named = phrase_after(toks, i, text=text, hi=j)
    if named is None or named.kind is not PhraseKind.NAME:
        return None
    rest = [t for t in toks[i:j] if t.start >= named.end]
    if not rest or (rest[0].text == "(" and rest[-1].text == ")"):
        return named
    affiliation = (
        affiliated
        and len(rest) >= 2
        and rest[0].lower in _AFFILIATIONS
        and all(_is_cap(t) or t.lower == "the" for t in rest[1:])
    )
    return named if affiliation else None


_AFFILIATIONS = load("affiliation_prepositions")


_WITHHOLDING_WORDS = 5  # words of a frame: "identified only by the name"


def _withheld_name(toks: list[Token], i: int, j: int, text: str) -> Found | None:
    """ "A nurse, who asked to be identified only as Priya, said": the name that
    closes a relative clause ``toks[i:j]`` (opened by *who*) after a frame of
    ``lexicons/name_withholding_frames.txt``, the only name a source who keeps the
    rest back lets news print; ``None`` otherwise.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "who gave her name as Priya"
    >>> _withheld_name(tokenize(text, 0, len(text)), 0, 6, text).text
    'Priya'
    >>> text = "who gave her name as Priya Lal"
    >>> _withheld_name(tokenize(text, 0, len(text)), 0, 7, text).text
    'Priya Lal'
    """
    if j - i < 3 or toks[i].lower != "who":
        return None
    frames = load("name_withholding_frames")
    for last in range(j - 1, i, -1):
        if not _is_cap(toks[last]):
            continue
        a = last
        while a - 1 > i and _is_cap(toks[a - 1]):
            a -= 1  # back to the name's first word: "identified only as Lee Park"
        said = any(
            " ".join(t.lower for t in toks[a - n : a]) in frames
            for n in range(1, min(_WITHHOLDING_WORDS, a - i - 1) + 1)
        )
        named = apposed_name(toks, a, j, text) if said else None
        return named if named is not None and named.start == toks[a].start else None
    return None


def _owner_role_name(toks: list[Token], o: int, hi: int, text: str) -> Found | None:
    """ "Hale's top aide Ann Roe", "Kay's campaign manager Jo Ward": the person a
    named owner's role words lead to (a name of two words or with a title), or ``None``."""
    owner = toks[o]
    if not (_is_cap(owner) and owner.text.endswith(("'s", "’s"))):
        return None
    lex = _lex()
    k, role = o + 1, -1
    while (
        k < hi
        and k - o <= 4
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in lex["stop"]
    ):
        if toks[k].lower in lex["roles"]:
            role = k
        k += 1
    if role < 0 or role != k - 1 or k >= hi or not _is_cap(toks[k]):
        return None
    name = _phrase_after(toks, k, text=text, hi=hi)
    if name is None or name.kind is not PhraseKind.NAME:
        return None
    return name if len(name.head.split()) >= 2 or name.title else None


_LAND_BODY_WORDS = 3  # lower-case words after a land's possessive: "foreign ministry"


def _land_body(toks: list[Token], j: int, lo: int, text: str) -> Found | None:
    """ "Russia's foreign ministry", "the UN's refugee agency": a land's or a
    body's possessive, then up to three lower-case words ending at ``j`` in a body's
    noun (``lexicons/body_nouns.tsv``), is that body, named as printed; None for
    anything else (a person's possessive before a role, *Ruiz's spokesman*, is read
    by :func:`_possessed`).

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Russia's foreign ministry said"
    >>> found = _land_body(tokenize(text, 0, len(text)), 2, 0, text)
    >>> found.text, found.kind.name
    ("Russia's foreign ministry", 'ORGANIZATION')

    A land's possessive before an office noun (``lexicons/office_nouns.txt``) is that
    nation's office, a descriptor the registry gives to its holder (*Germany's
    finance minister*, *Russia's top diplomat*), read as *the German finance
    minister* is.
    """
    if toks[j].lower in _body_heads():
        kind = PhraseKind.ORGANIZATION
    elif toks[j].lower in load("office_nouns"):
        kind = PhraseKind.DESCRIPTOR
    else:
        return None
    for o in range(j - 1, max(lo, j - 1 - _LAND_BODY_WORDS) - 1, -1):
        owner = toks[o]
        if owner.text.endswith(("'s", "’s")):
            land = owner.lower[:-2]
            first = _land_name_start(toks, o, lo) if _is_cap(owner) else None
            if first is None:
                if not _is_cap(owner) or not (
                    land in _LANDS or (land in _ORGANIZATIONS and kind is PhraseKind.ORGANIZATION)
                ):
                    return None
                first = o
            phrase = text[toks[first].start : toks[j].end]
            return _new_found(
                start=toks[first].start,
                end=toks[j].end,
                text=phrase,
                kind=kind,
                head=phrase,
                title="",
            )
        if not (owner.text.isalpha() and owner.text.islower()) or owner.lower in _lex()["stop"]:
            return None
    return None


def _land_name_start(toks: list[Token], o: int, lo: int) -> int | None:
    """The token where the country, capital or seat of government whose possessive is
    token ``o`` starts: ``o`` for a name of one word (*Germany's*), an earlier
    capitalised token for a name of several (*New Zealand's*, *the Czech
    Republic's*); None when no row of ``lexicons/nations.tsv`` ends there.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "New Zealand's envoy"
    >>> _land_name_start(tokenize(text, 0, len(text)), 1, 0)
    0
    """
    land = toks[o].lower[:-2]
    if land in _STATES:
        return o
    for first in range(o - 1, max(lo, o - _LAND_NAME_WORDS) - 1, -1):
        if not _is_cap(toks[first]):
            return None
        land = f"{toks[first].lower} {land}"
        if land in _STATES:
            return first
    return None


_LAND_NAME_WORDS = 3  # the most words of a country's name before its possessive's


def _possessed(
    toks: list[Token], o: int, text: str, *, subject_end: int | None = None
) -> Found | None:
    """ "Powell's office", "Smith's lawyer": a named owner's office or agent (tokens o,
    o+1); "Norway's foreign minister, Ann Roe", "Tesco's chief executive, Ann Roe":
    before a name in apposition, up to two words before the role noun, the phrase up
    to the last role noun of the run; so too when that noun is the last word of a
    cue's subject (token ``subject_end``, or a cue right after it: *Smith's defense
    counsel said*)."""
    if o + 1 >= len(toks):
        return None
    owner, noun = toks[o], toks[o + 1]
    if not (_is_cap(owner) and owner.text.endswith(("'s", "’s")) and noun.text.islower()):
        return None
    lex = _lex()
    roles = load("role_nouns")
    k, last = o + 1, -1
    while (
        k < len(toks)
        and k - o <= 3
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in lex["stop"]
        # a cue's lemma that is a document's noun ending the subject is the noun
        # ("Roe's report said", "Roe's note read"), not a verb
        and (
            toks[k].lower not in _CUE_WORDS
            or (
                k == subject_end
                and toks[k].lower in _DOCUMENT_NOUNS
                # "Monday's report said": a time owns no document
                and owner.lower[:-2] not in lex["time"]
            )
        )
    ):
        if toks[k].lower in roles:
            last = k
        k += 1
    apposed = last + 2 < len(toks) and toks[last + 1].text == "," and _is_cap(toks[last + 2])
    # "Smith's defense counsel said": the role ends the subject of a cue (not a
    # body: "Ohio's health department said" is the body's, read elsewhere)
    subject = toks[last].lower not in _body_heads() and (
        last == subject_end or (last + 1 < len(toks) and toks[last + 1].lower in _CUE_WORDS)
    )
    if noun.lower in lex["org_suffixes"] and not (last > o + 1 and subject):
        # "Ruiz's campaign": the owner's body, unless a role after it ends the
        # subject of a cue ("Ruiz's campaign manager said" is the manager)
        kind = PhraseKind.ORGANIZATION
    else:
        if last > o + 1 and not apposed and not subject:
            # the longer role only where a name follows it ("Minty's young man" alone
            # stays unread, as it was: a descriptor pronouns would take as a person)
            last = o + 1 if toks[o + 1].lower in roles else -1
        if last < 0:
            return None
        noun, kind = toks[last], PhraseKind.DESCRIPTOR
    start = owner.start
    if kind is PhraseKind.DESCRIPTOR and noun.lower in _DOCUMENT_NOUNS:
        # "The Tarn Council's report", "Ana Roe's letter": a document's owner read
        # whole, so that the document-author row names all of it
        start = toks[_owner_start(toks, o)].start
    elif kind is PhraseKind.ORGANIZATION:
        # "Van der Wielen's office", "de Luca's campaign": the owner's particles
        start = toks[_particles_start(toks, o)].start
    phrase = text[start : noun.end]
    return _new_found(start=start, end=noun.end, text=phrase, kind=kind, head=phrase, title="")


def _particles_start(toks: list[Token], o: int) -> int:
    """The first of up to two joining particles (``lexicons/name_particles.tsv``)
    printed right before the surname ``toks[o]``, in either case (*Van der
    Wielen's*, *de Luca's*); ``o`` when none is.

    >>> from quoteverify.text.layer import tokenize
    >>> text = "Van der Wielen's office"
    >>> toks = tokenize(text, 0, len(text))
    >>> _particles_start(toks, 2), _particles_start(tokenize("Roe's", 0, 5), 0)
    (0, 0)
    """
    p = o
    while (
        p > 0
        and o - p < 2
        and _particle(toks[p - 1], _JOINING_PARTICLES)
        and toks[p].start - toks[p - 1].end == 1
    ):
        p -= 1
    return p


_OWNER_WORDS = 4  # the most capitalised words read back before a document's owner


def _owner_start(toks: list[Token], o: int) -> int:
    """The first token of the capitalised name whose last word (with its
    possessive) is ``toks[o]``, past a determiner before it: *The Tarn Council's*,
    *Ana Roe's*; at most :data:`_OWNER_WORDS` words, joined by spaces only."""
    p = o
    while (
        p > 0
        and o - p < _OWNER_WORDS
        and _is_cap(toks[p - 1])
        and not toks[p - 1].text.endswith(("'s", "’s"))
        and toks[p].start - toks[p - 1].end == 1
    ):
        p -= 1
    if p > 0 and toks[p - 1].lower in _DETERMINERS and toks[p].start - toks[p - 1].end == 1:
        p -= 1
    return p


def _adverb_or_participle(word: str) -> bool:
    """ "quickly", "saying" -- but not "conservative-leaning", an adjective."""
    return (word.endswith("ly") and word not in _LY_NOUNS) or (
        word.endswith("ing") and "-" not in word
    )


def _complement_end(toks: list[Token], k: int, hi: int) -> int:
    """Where a loose descriptor ending before ``toks[k]`` ends once its complement is
    read: "a 2013 article in the journal Judgment and Decision Making", "the exit
    polls in New Hampshire" (a preposition, then words up to the next punctuation,
    cue or quote, with a capitalised word among them, or up to an *and* that opens a
    person's name, :func:`_person_opens`); else where it ends now."""
    end = toks[k - 1].end
    if k + 1 >= hi or toks[k].lower not in _COMPLEMENT_PREPOSITIONS:
        return end
    e = k + 1
    named = False
    person = False
    while (
        e < hi
        and e - k <= 8
        and toks[e].text[:1].isalnum()
        and toks[e].lower not in _CUE_WORDS
        and toks[e].start - toks[e - 1].end <= 2
    ):
        if named and toks[e].lower in ("and", "&") and _person_opens(_cap_run(toks, e + 1, hi)):
            person = True  # "said the Bank of Vale and Ana Roe": the body, then a person
            break
        named = named or _is_cap(toks[e])
        e += 1
    if not named or (not person and e < hi and toks[e].text[:1].isalnum()):
        return end  # no name in it, or it runs on past what was read
    return toks[e - 1].end


_COMPOUND_WORD = regex.compile(r"[\p{Ll}\d][\p{Ll}\d]*+(?:-[\p{Ll}\d]++)+")
_PARTICIPLE_WORD = regex.compile(r"\p{Ll}{3,}+(?<=[^e]ed)")
_MODIFIER_ENDINGS = tuple(entries("modifier_endings"))


def _listed_modifier(tok: Token) -> bool:
    """True when ``tok`` has the shape of a modifier that a comma may part from the
    next one before a role: a lower-case participle or a compound ending like one
    (*bespectacled*, *silver-haired*, *soft-spoken*, *71-year-old*; not *sit-in*,
    *speed* or a role).

    >>> from quoteverify.text.layer import tokenize
    >>> words = "embattled long-serving 71-year-old bill sit-in"
    >>> [_listed_modifier(t) for t in tokenize(words, 0, len(words))]
    [True, True, True, False, False]
    """
    lex = _lex()
    word = tok.text
    return (
        (
            _PARTICIPLE_WORD.fullmatch(word) is not None
            or (_COMPOUND_WORD.fullmatch(word) is not None and word.endswith(_MODIFIER_ENDINGS))
        )
        and tok.lower not in lex["roles"]
        and tok.lower not in lex["titles"]
    )


def _counted_group(toks: list[Token], k: int, lo: int) -> bool:
    """True when ``toks[k]`` is a number word right after a *The* that opens its
    sentence (*The two ministers*, *The three companies*: a group, read as one
    descriptor; not *and the two men continued ... till Archer said*, where the
    cue's own subject comes later)."""
    return (
        k - 1 >= lo
        and toks[k - 1].text == "The"
        and toks[k].lower in load_table("number_words")
        and toks[k].lower not in ("zero", "one")
    )


def _kind_then_name(toks: list[Token], k: int, j: int) -> bool:
    """True when a spokesperson noun stands before the preposition at ``k`` and only
    lower-case words (a determiner, the body's kind) stand between it and a name
    that ends at ``j`` (*a spokesman for the industry body Anglian Rivers*); or any
    role noun does and those words end on a noun of a body's kind
    (:func:`body_kind_nouns`): *the chief executive of the copper miner Tessaly
    Resources*, *the head of the aid group Medica Frontline*, the shape wire copy
    gives a company's or a group's officer before the officer's name in apposition.
    """
    spokesperson = toks[k - 1].lower in load("spokesperson_nouns")
    if not spokesperson and toks[k - 1].lower not in _lex()["roles"]:
        return False
    e = k + 1
    while e < j and toks[e].text.isalpha() and toks[e].text.islower():
        e += 1
    if not (k + 1 < e < j and all(_is_cap(toks[i]) for i in range(e, j + 1))):
        return False
    return spokesperson or toks[e - 1].lower in body_kind_nouns()


def _spokesperson_for(toks: list[Token], org: Found, lo: int, text: str) -> Found | None:
    """ "A spokesman for the Food and Drug Administration": the unnamed spokesperson
    for the body ``org`` read whole before a cue (as "a spokeswoman for Acme Corp"
    is read), when a determiner, a spokesperson noun and *for* stand before it;
    else None."""
    s = bisect.bisect_left(toks, org.start, lo=lo, key=lambda t: t.start)
    if s - 3 < lo or toks[s - 1].lower != "for":
        return None
    noun, det = toks[s - 2], toks[s - 3]
    if noun.lower not in load("spokesperson_nouns") or det.lower not in _DETERMINERS:
        return None
    return _new_found(
        start=det.start,
        end=org.end,
        text=text[det.start : org.end],
        kind=PhraseKind.ANONYMOUS,
        head=text[det.start : noun.end],
        title="",
    )


def _with_complement(toks: list[Token], j: int, hi: int, found: Found, text: str) -> Found:
    """Grow "a spokeswoman" into "a spokeswoman for Acme Corp" or "a spokesman for
    the firm" when the role noun at ``j`` ends the phrase and *for* and a body or a
    name follow it (as :func:`phrase_before` reads them before a cue); an unnamed
    source also by *of* and a name (*a resident of Mill Street*), not by *of* and a
    lower-case phrase (*a member of the board*)."""
    if (
        found.end != toks[j].end
        or j + 2 >= hi
        or toks[j + 1].lower not in ("for", "of")
        or toks[j].lower in _DOCUMENT_NOUNS  # "a report for Oxfam" is not Oxfam's
    ):
        return found
    complement = phrase_after(toks, j + 2, text=text, hi=hi, loose=True)
    if complement is None or complement.kind is PhraseKind.PRONOUN:
        return found
    if toks[j + 1].lower == "of" and (
        found.kind is not PhraseKind.ANONYMOUS or complement.kind is not PhraseKind.NAME
    ):
        return found  # "a resident of Ashe Road"; not "a member of the board"
    end = complement.end
    return attrs.evolve(found, end=end, text=text[found.start : end], head=text[found.start : end])


# Words that open a clause after a post-modifier's object ("who asked", "as the vote
# began"): the clause is no part of the source's description
_CLAUSE_OPENERS = _RELATIVES | load("fronted_subordinators")


def _extend_post_modifier(toks: list[Token], j: int, hi: int, found: Found, text: str) -> Found:
    """Grow "a source" into "a source familiar with the talks" (to the next punctuation,
    cue, relative pronoun or subordinating conjunction: "a Republican involved in the
    plan said", "a source close to the mayor who asked not to be named", "an aide close
    to the leadership as the vote began"); a cue word after a determiner is a noun
    ("an aide familiar with the report").

    >>> from quoteverify.text.layer import tokenize
    >>> text = "an aide familiar with the report who asked"
    >>> toks = tokenize(text, 0, len(text))
    >>> found = phrase_after(toks, 0, text=text, loose=True)
    >>> found.text if found is not None else None
    'an aide familiar with the report'
    """
    pair = (toks[j + 1].lower, toks[j + 2].lower) if j + 2 < hi else None
    at_body = pair in _BODY_POST_MODIFIERS and found.kind is PhraseKind.ANONYMOUS
    if pair in _POST_MODIFIERS or at_body:
        k = j + 2
        while (
            k + 1 < hi
            and k - j < 10
            and toks[k + 1].text not in _STOP_PUNCT
            and toks[k + 1].text != ","
            and not (
                toks[k + 1].text.islower()
                and toks[k + 1].lower in _CUE_WORDS
                and toks[k].lower not in _DETERMINERS
            )
            # a clause of its own (a relative or a subordinate one) ends the run; "with
            # that plan": a determiner right after the preposition
            and not (k > j + 2 and toks[k + 1].lower in _CLAUSE_OPENERS)
        ):
            k += 1
        if at_body and not _ends_on_body(toks, j + 3, k):
            return found  # "an official at the briefing": a place or an event, no body
        end = toks[k].end
        return attrs.evolve(found, end=end, text=text[found.start : end])
    return found


def _ends_on_body(toks: list[Token], lo: int, k: int) -> bool:
    """Whether ``toks[lo : k + 1]``, after *at the*, name a body: they end on a body's
    noun (*the finance ministry*), or a capitalised one opens a body's name whose
    other words are capitalised or *of*, *the*, *and* (*the Ministry of Finance*,
    *the Bank of Korvala*); not a place or an event (*the briefing*, *the Ministry's
    briefing*).

    >>> from quoteverify.text.layer import tokenize
    >>> toks = tokenize("at the Ministry of Finance", 0, 26)
    >>> _ends_on_body(toks, 2, 4), _ends_on_body(tokenize("at the briefing", 0, 15), 2, 2)
    (True, False)
    """
    if toks[k].lower in body_kind_nouns():
        return True
    head = next((x for x in range(lo, k) if toks[x].lower in body_kind_nouns()), -1)
    return (
        head >= 0
        and toks[head].text[:1].isupper()
        and all(
            toks[x].text[:1].isupper() or toks[x].text in ("of", "the", "and")
            for x in range(head + 1, k + 1)
        )
    )


# A hyphen joins two parts of one word ("Jean-Paul") only before a letter, so a
# dash written as two hyphens ("Marilla--especially") ends the word. Words of a
# name stand one or two spaces apart: a wider gap is a dash or a column lost in
# the text ("You found Miss Gradgrind   I really cannot"), not a name going on.
# (A run of letters, then each hyphen with the run after it: the same words as one
# loop over single characters or hyphens, which the engine tries a third slower.)
# A name word's letters read on through mojibake, as the text layer's words do
# (PeÃ±a is one word, not PeÃ).
_NAME_LETTERS = rf"[\p{{L}}\p{{M}}'’]*+(?:(?:{MOJIBAKE_IN_WORD})[\p{{L}}\p{{M}}'’]*+)*+"
_NAME_WORD = (
    rf"(?:(?:\p{{Lu}}\.){{2,}}|\p{{Lu}}{_NAME_LETTERS}(?:-(?=\p{{L}}){_NAME_LETTERS})*+\.?)"
)
# A name word after a lower-case prefix and a hyphen ("al-Bashir", "el-Sayed").
_PREFIXES = "|".join(sorted(_NAME_PREFIXES))
_PREFIXED_NAME_WORD = rf"(?:(?:{_PREFIXES})-(?=\p{{Lu}}))?+{_NAME_WORD}"
_NAME_GAP = r"[ \u00a0]{1,2}+(?![ \u00a0])"
# Up to two particles between two words of a name ("von der Leyen", "de la Vega");
# possessive: a particle is lower-case, a name word capitalised.
_PARTICLE_RUN = (
    rf"(?:(?:{'|'.join(sorted(select('name_particles', joins=True)))}){_NAME_GAP}){{0,2}}+"
)


# A run holds seven words at most (_ASCII_NAME_RE too): a body's name, its office and
# a person's full name ("Harbour Workers Union Deputy Chair Lina Osei") or an office,
# an honorific and three names; name_rows reads the office and honorific off it.
def _name_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}\p{N}'’\-])"
        + word
        + rf"(?:{_NAME_GAP}{_PARTICLE_RUN}"
        + word
        + r"(?!\$)){0,6}"  # not a currency's code: "Harbour Link NZ$2 million"
    )


_NAME_RE = _name_pattern(_NAME_WORD)
# The same with prefixed name words, for the few texts that hold one: the prefix
# would make the engine try every word that starts with its letters.
_PREFIXED_NAME_RE = _name_pattern(_PREFIXED_NAME_WORD)
_PREFIXED_WORD = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{_PREFIXES})-\p{{Lu}}")

# _NAME_RE for a line with no letter, digit or mark outside ASCII, read by ``re``:
# there a letter is one of A-Z and a-z, a capital one of A-Z, and no mark stands, so
# it matches where _NAME_RE does (tests/test_name_lines.py). Its first word opens
# with the capital and looks behind it after (the lookbehind first, as _NAME_RE
# writes it, makes ``re`` try it at every character; a capital first lets it skip to
# the next one).
_ASCII_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z'’]*+(?:-(?=[A-Za-z])[A-Za-z'’]*+)*+\.?)"
_ASCII_NAME_RE = re.compile(
    r"[A-Z](?<![A-Za-z0-9'’\-][A-Z])"
    r"(?:\.(?:[A-Z]\.)++|[A-Za-z'’]*+(?:-(?=[A-Za-z])[A-Za-z'’]*+)*+\.?)"
    rf"(?:{_NAME_GAP}{_PARTICLE_RUN}{_ASCII_NAME_WORD}(?!\$)){{0,6}}"
)
# What sends a line to _NAME_RE: a letter, digit or mark outside ASCII.
_NON_ASCII_WORD_CHAR = regex.compile(beyond_ascii(LETTER, DIGIT, MARK), regex.V1)


def find_names(text: str, *, lone: bool = False) -> list[Found]:
    """Every capitalised name in ``text`` with its title words, in order.

    With ``lone``, single capitalised words with no title are returned too
    (the caller keeps those that match a surname it knows).

    >>> text = "Then Russian President Vladimir Putin met Mr Trump."
    >>> [(f.head, f.title) for f in find_names(text)]
    [('Vladimir Putin', 'Russian President'), ('Trump', 'Mr')]
    """
    return [
        _new_found(start=start, end=end, text=phrase, kind=kind, head=head, title=title)
        for start, end, phrase, kind, head, title in name_rows(text, lone=lone)
    ]


_CLAUSE_AFTER = regex.compile(r"[ ]++\p{Ll}")  # a lower-case word next: a verb, after "I"


def _regnal(run: str) -> bool:
    """True when a run that ends in "I" holds a royal title (*King Carl I*): the
    numeral of a name, not the pronoun."""
    return any(w.rstrip(".").lower() in _ROYALS for w in run.split()[:-1])


_ROYALS = select("titles", kind="royal")
_PATRONYMIC_PARTICLES = load("patronymic_particles")


def _royal_given_name(title: str, after: str) -> bool:
    """True when ``title``, a royal title of ``titles.tsv`` read before ``after``, is
    a given name: a patronymic particle (``patronymic_particles.txt``) follows it,
    and a patronymic only ever follows the person's own given name (*the minister
    Sultan bin Rashid al-Kindi*: a man called Sultan; *Prince Sultan bin Fahd*: the
    prince called Sultan). Arabic and Malay names of this shape are common in
    translated copy, and *Sultan* is a given name as well as a ruler's style.

    >>> _royal_given_name("Sultan", "bin"), _royal_given_name("Sultan", "Hale")
    (True, False)
    >>> _royal_given_name("Dr", "bin")
    False
    """
    return after.lower() in _PATRONYMIC_PARTICLES and title.rstrip(".").lower() in _ROYALS


def name_rows(text: str, *, lone: bool = False) -> list[tuple[int, int, str, PhraseKind, str, str]]:
    """:func:`find_names` as ``(start, end, text, kind, head, title)`` rows, for a
    caller that makes a :class:`Found` only of the names it keeps.

    >>> [(row[0], row[1], row[4], row[5]) for row in name_rows("Mr Li met Ann Lee.")]
    [(0, 5, 'Li', 'Mr'), (10, 17, 'Ann Lee', '')]
    """
    out = []
    covered = 0  # the end of an organisation's name read whole
    organization = PhraseKind.ORGANIZATION  # (a local: an enum member costs more on 3.11)
    run_names = _lone_run_names if lone else _titled_run_names  # (_run_names, one lookup)
    line_end, headed, reach = -1, False, 0  # the last line read: its end, a title?; a body's end
    for m in _name_matches(text):
        at, stop = m.span()
        group = m.group()
        if group.endswith(("s'", "s’")):
            # "Reuters' report", "Dana Sanders' aide": a possessive's apostrophe,
            # never the name's
            stop -= 1
            group = group[:-1]
        # (Most runs are one word: no " I" to cut, no office to read.)
        spaced = " " in group
        if (
            spaced
            and group.endswith(" I")
            and _CLAUSE_AFTER.match(text, stop)
            and not _regnal(group)
        ):
            # "Dora Vane I believe": the pronoun opens the next clause, no name word
            stop -= 2
            group = group[:-2]
            spaced = " " in group
        if at < covered:
            # "England Governor Ann Lee" after "Bank of": what follows the bank's name
            if stop <= covered + 1 or text[covered] != " ":
                continue
            at, group = covered + 1, text[covered + 1 : stop]
            spaced = " " in group
        office = ""
        if spaced and text.endswith((" of ", " for ", " and "), 0, at):
            # "Secretary of State John Kerry", "Minister for Housing Ann Lee": the
            # office's last words open the run.
            skip, office = office_opening(text, at, group)
            if skip:
                at, group = at + skip, group[skip:]
        names = run_names(group)
        if spaced and names:
            if at >= line_end:  # a new line: read once whether it is a title's
                if at < reach:  # (a title's body has none: _title_reach read it)
                    line_end, headed = reach, False
                else:
                    line_end = text.find("\n", at)
                    line_end = len(text) if line_end < 0 else line_end
                    line = text.rfind("\n", max(0, line_end - _TITLE_LINE_MAX - 1), at) + 1
                    headed = (
                        line > 0 or line_end <= _TITLE_LINE_MAX  # (found the line's start)
                    ) and _title_line(text, line, line_end)
                    if headed:
                        reach = _title_reach(text, line_end)
            if headed:
                names = _confirmed_names(text, at, group, run_names, reach)
        if office:
            names = tuple(
                (s, e, k, h, office if not t and not s else t, p) for s, e, k, h, t, p in names
            )
        if spaced and not office and (cut := holder_cut(text, at, group)):
            # "the head of the National Bank Taras Melnyk": the holder, not the bank
            at, group = at + cut, group[cut:]
            names = run_names(group)
        if not names and (org := _org_run(group)) and _org_tail_at(text, stop) > stop:
            names = org  # "the Department" + " of Health"
        # (Each name's text is cached with the run's names: a slice of the article
        # only where an organisation's name reads on past the run.)
        for start, end, kind, head, title, phrase in names:
            if kind is organization and at + end == stop:
                tail = _org_tail_at(text, stop)  # "Bank" + " of England"
                covered = max(covered, tail)
                if tail > stop:
                    out.append(
                        (
                            at + start,
                            tail,
                            text[at + start : tail],
                            kind,
                            head + text[stop:tail],
                            title,
                        )
                    )
                    continue
            if (
                not title
                and (skip := _month_before_name(text, at + start, phrase))
                and head.startswith(phrase[:skip])
            ):
                # "In March Ruiz moved": the month is the time phrase's, no given name
                out.append((at + start + skip, at + end, phrase[skip:], kind, head[skip:], title))
                continue
            out.append((at + start, at + end, phrase, kind, head, title))
    if " and " in text or " & " in text:
        _join_paired_bodies(text, out)
    return out


def _sentence_opens(text: str, at: int) -> bool:
    """True when the word at ``at`` opens its sentence: only white space (up to
    :data:`_OPEN_REACH` characters) between it and the text's start, a sentence's stop
    or a paragraph's break. One line break is no opening: a wrapped line goes on with
    its sentence (*a shelf of\\nWoods prints*).

    >>> _sentence_opens("It fell. Residents said", 9), _sentence_opens("met Residents", 4)
    (True, False)
    >>> _sentence_opens("a row of\\nResidents", 9), _sentence_opens("A row\\n\\nResidents", 7)
    (False, True)
    """
    lo = max(0, at - _OPEN_REACH)
    before = text[lo:at]
    kept = before.rstrip()
    if not kept:
        return lo == 0 or before.count("\n") >= 2
    return kept[-1] in ".!?" or before.count("\n", len(kept)) >= 2


_OPEN_REACH = 4  # characters of white space read back before a sentence's first word


def _common_plural(word: str) -> bool:
    """True when ``word`` is the plural of a common noun (*Controllers*, *Residents*,
    *Observers*: itself and its singular Zipf 3 or more in
    ``lexicons/word_frequency.tsv``) and no given name: a word a sentence opens with as
    a group of people, not a name (*Madonna* is no plural; *Lloyds* has no common
    singular).

    >>> _common_plural("Residents"), _common_plural("Madonna"), _common_plural("Lloyds")
    (True, False, False)
    """
    low = word.lower()
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss") or not low.isalpha():
        return False
    zipf = load_zipf()
    if zipf.get(low, 0.0) < 3.0 or low in _GIVEN_NAMES:
        return False
    stems = [low[:-1]]
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    elif low.endswith("es"):
        stems.append(low[:-2])
    return any(zipf.get(stem, 0.0) >= 3.0 for stem in stems)


# "the Food and Drug " right before "Drug Administration": a capitalised word or
# three, joined by *and* or *&*, after *the*, ending where a body's name starts.
_PAIRED_BODY_LEAD = re.compile(
    r"(?:^|(?<=\W))[Tt]he[ \u00a0]+((?:[A-Z][\w'’-]*[ \u00a0]+){1,3})(?:and|&)[ \u00a0]+$"
)
_PAIRED_BODY_REACH = 60  # characters read back for the lead


def _join_paired_bodies(text: str, rows: list[tuple[int, int, str, PhraseKind, str, str]]) -> None:
    """Join in place, in ``rows`` (:func:`name_rows`), the words before an
    organisation's name that share its head through *and*: a body named for two
    fields, "the Food and Drug Administration", "the Alcohol and Tobacco Bureau",
    whose name run breaks at the lower-case *and*, so the run after it read alone
    ("Drug Administration") is no body the article names. Only a name that opens on a
    word other than its head (a field, not "Bank" of "the Treasury and Bank of
    England") and only after *the*: two bodies listed are seldom one determiner's.
    Words before *and* that end on a head word are a body named whole, so two
    bodies, as :func:`_two_bodies_at` reads them without *the* ("the Harbor Council
    and Tide University"; a head word alone, "the University and College Union",
    was read on through *and* by :func:`_org_tail_at` and never comes here).
    A name read with a title before its head ("the Bank and Governor Bank") opens
    on the title, no field, and is left as it is.

    >>> [r[2] for r in name_rows("The Food and Drug Administration said so.", lone=True)]
    ['Food and Drug Administration']
    >>> [r[2] for r in name_rows("The Treasury and Bank of England agreed.", lone=True)]
    ['Treasury', 'Bank of England']
    """
    heads = _lex()["org_heads"]
    n = len(rows) - 1
    while n >= 0:
        start, end, phrase, kind, head, title = rows[n]
        n -= 1
        if (
            kind is not PhraseKind.ORGANIZATION
            or title  # "the Bank and Governor Bank": a title, not a field, opens it
            or phrase.split(" ", 1)[0].lower() in heads
        ):
            continue
        m = _PAIRED_BODY_LEAD.search(text, max(0, start - _PAIRED_BODY_REACH), start)
        if m is None:
            continue
        if m.group(1).split()[-1].lower() in heads:
            continue  # "the Harbor Council and Tide University": two bodies, each named whole
        at = m.start(1)
        rows[n + 1] = (at, end, text[at:end], kind, text[at:start] + head, title)
        while n >= 0 and rows[n][0] >= at:  # "Food", read as a name of its own
            del rows[n]
            n -= 1


# The months in full (``time_words`` less the days and the short forms; *May*,
# which ``time_words`` leaves out for *Mrs May said*, is one here: only a
# preposition of time right before it makes it a month), and the words that make
# one open a time phrase.
_MONTHS = frozenset(
    w for w in load("time_words") if not w.endswith("day") and (len(w) > 4 or w in ("june", "july"))
) | {"may"}
_MONTH_PREPOSITIONS = load("month_prepositions")
_MONTH_PREPOSITION = re.compile(
    r"(?:^|(?<=[^\w'’-]))(?:" + "|".join(sorted(_MONTH_PREPOSITIONS)) + r")[ \u00a0]+$",
    re.IGNORECASE,
)
_MONTH_LEAD_REACH = 12  # characters read back for the preposition before a month


def _month_before_name(text: str, at: int, name: str) -> int:
    """How many characters of a name at ``at`` to skip when a month after a
    preposition of time (``month_prepositions.txt``) opens it: *In March Ruiz moved
    to Hull*, *since April Lee took over*, *Last September Ann Hale won*: the month
    is the time phrase's and the name starts after it; 0 for any other name. A
    month that is also a given name is kept everywhere else (*June Carter said*,
    *a song by June Carter*, *with April Lee*).

    >>> _month_before_name("In March Ruiz moved", 3, "March Ruiz")
    6
    >>> _month_before_name("a song by June Carter", 10, "June Carter")
    0
    >>> _month_before_name("June Carter said", 0, "June Carter")
    0
    """
    # (``str.split`` cuts where ``\S+`` does; most names open with no month, so
    # the words past the second are never cut.)
    words = name.split(None, 2)
    if len(words) < 2 or words[0].lower() not in _MONTHS:
        return 0
    if _MONTH_PREPOSITION.search(text, max(0, at - _MONTH_LEAD_REACH), at) is None:
        return 0
    return name.index(words[1], len(words[0]))


def _month_opens_run(toks: list[Token], i: int, lo: int) -> bool:
    """True when token ``i`` is a month (*May* too, ``_MONTHS``) right after a preposition of time
    (``month_prepositions.txt``) and before another capitalised word: the shape
    *In March Lopez said*, *Since May Lopez has argued*, where the month closes the
    time phrase and the speaker's name follows it. The token reader's twin of
    :func:`_month_before_name`, which reads names from text; both want the
    preposition right before the month, so *Theresa May said*, *Mrs May said* and
    *June Carter said* are names.

    >>> from quoteverify.text.layer import TextLayer
    >>> text = "Since May Lopez has argued"
    >>> _month_opens_run(TextLayer(text).tokens(0, len(text)), 1, 0)
    True
    >>> text = "Mrs May Lopez argued"
    >>> _month_opens_run(TextLayer(text).tokens(0, len(text)), 1, 0)
    False
    """
    low = toks[i].lower
    return (
        low in _MONTHS
        and i - 1 >= lo
        and toks[i - 1].lower in _MONTH_PREPOSITIONS
        and i + 1 < len(toks)
        and _is_cap(toks[i + 1])
    )


def _role_at_body(span: list[Token], h: int, lex: dict[str, frozenset[str]]) -> bool:
    """True when the words of ``span`` before its head (at ``h``) end in a role or a
    title and *of* (*The CEO of*, *the Chairman of*: ``titles``, ``role_nouns``): the
    head after them is the body the person holds the role at, not the speaker. A
    body whose own name holds *of* (*The Bank of England*) has no role word there.

    >>> from quoteverify.text.layer import TextLayer
    >>> text = "The CEO of Harlow Foods"
    >>> _role_at_body(TextLayer(text).tokens(0, len(text)), 3, _lex())
    True
    """
    return (
        h >= 2
        and span[h - 1].lower == "of"
        and (span[h - 2].lower in lex["roles"] or span[h - 2].lower in lex["titles"])
    )


def _title_line(text: str, start: int, end: int) -> bool:
    """True when the line from ``start`` to ``end`` is printed in title case (a
    headline, a title): every word capitalised but the short function words
    (``lexicons/stopwords.txt``), three such words at least, not all of them in
    capitals (a line in capitals is read as before), and a paragraph of one line
    (after the text's start or a line with no letter, a blank one or a list's
    number; before a blank line or the text's end: no line of prose wrapped by hand),
    in a text with letters outside it (a body to confirm its names).

    >>> _title_line("Ana Ruiz Slams Port Plan\\n\\nAna Ruiz spoke.", 0, 24)
    True
    >>> _title_line("Ana Ruiz spoke to the port board.", 0, 33)
    False
    >>> _title_line("ANA RUIZ SLAMS PORT PLAN\\n\\nAna Ruiz spoke.", 0, 24)
    False
    >>> _title_line("Ana Ruiz Slams Port Plan", 0, 24)
    False
    >>> _title_line("Ana Ruiz spoke.\\n\\nShe won.", 0, 15)
    False
    """
    stop = _lex()["stop"]
    for lower in _LOWER_WORD.finditer(text, start, end):  # (most lines read are prose)
        if lower.group().lower() not in stop:
            return False
    if not (end == len(text) or text.startswith("\n\n", end)) or (
        start and _LETTER.search(text, text.rfind("\n", 0, start - 1) + 1, start)
    ):
        return False  # (a line of a paragraph of several)
    count, capitals = 0, True
    for word in text[start:end].split():
        if not word[0].isalpha() or word.lower() in stop:
            continue
        if not word[0].isupper():
            return False
        count += 1
        capitals = capitals and word.isupper()
    return (
        count >= 3
        and not capitals
        # a text of one line has no body to confirm its names
        and (_LETTER.search(text, end) is not None or _LETTER.search(text, 0, start) is not None)
    )


# a word opening in lower case (ASCII: re is the faster here, and a word it misses
# is read word by word after it)
_LOWER_WORD = re.compile(r"(?<!\S)[a-z]\S*")
_TITLE_LINE_MAX = 200  # a headline's or a title's length at most, in characters
_TITLE_REACH = 20_000  # how far a title line's body reaches at most, in characters


def _title_reach(text: str, end: int) -> int:
    """Where the body of the title line ending at ``end`` ends: at the next title
    line, or ``_TITLE_REACH`` characters on, whichever comes first (a document of
    many articles confirms a headline's names in its own article only).

    >>> text = "Ana Ruiz Wins Port Vote\\n\\nShe won.\\n\\nTom Vance Backs Ferry Plan\\n\\nHe did."
    >>> text[_title_reach(text, 23) :]
    'Tom Vance Backs Ferry Plan\\n\\nHe did.'
    """
    limit = min(len(text), end + _TITLE_REACH)
    at = end  # (a line feed, or the text's end)
    while (brk := text.find("\n\n", at + 1, limit)) >= 0:  # (a title ends its paragraph)
        line = text.rfind("\n", at, brk) + 1
        if brk - line <= _TITLE_LINE_MAX and _title_line(text, line, brk):
            return line
        at = brk + 1
    if limit == len(text) > at:  # the text's last line
        line = text.rfind("\n", at, limit) + 1
        if line and limit - line <= _TITLE_LINE_MAX and _title_line(text, line, limit):
            return line
    return limit


def _confirmed_names(
    text: str, at: int, run: str, run_names: Callable[[str], _RunNames], reach: int
) -> _RunNames:
    """The names of ``run`` (at ``at``, on a title-case line) as far as the line's
    body (up to ``reach``: ``_title_reach``) confirms them: the run cut into the
    longest stretches of its words that the body prints, each read as a run of
    its own; words the body does not print name nobody ("Ana Ruiz Slams Port
    Plan" over a body that prints *Ana Ruiz*: Ana Ruiz). The words that open the
    run up to a function word, two or more, name the title's subject ("Ana Ruiz On
    How ...": Ana Ruiz). A run no stretch of which the body prints keeps its own
    names when it opens the
    line (the title is then the only place that names its subject), and names
    nobody further on ("... Defends Her Budget Again": no *Budget Again*).

    >>> text = "Ana Ruiz Slams Port Plan\\n\\nAna Ruiz spoke."
    >>> [row[3] for row in _confirmed_names(text, 0, text[:24], _lone_run_names, len(text))]
    ['Ana Ruiz']
    >>> text = "Tom Vance On How The Port Grew\\n\\nThe port, he said, grew."
    >>> [row[3] for row in _confirmed_names(text, 0, text[:30], _lone_run_names, len(text))]
    ['Tom Vance']
    >>> text = "Ana Ruiz Defends Her Budget Again\\n\\nThe mayor spoke."
    >>> [row[3] for row in _confirmed_names(text, 21, text[21:33], _lone_run_names, len(text))]
    []
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if _printed_elsewhere(text, run, end, reach):
        return run_names(run)  # (the most common case: the body prints the whole run)
    spans = [(m.start(), m.end()) for m in _NON_SPACE_RUN.finditer(run)]
    out: list[tuple[int, int, PhraseKind, str, str, str]] = []
    i, first = 0, -1  # the word the first confirmed stretch starts at
    while i < len(spans):
        # (A stretch printed elsewhere is printed with each of its first words: the
        # longest is found by adding words while the text prints them.)
        j = i
        while j < len(spans) and _printed_elsewhere(
            text, run[spans[i][0] : spans[j][1]], end, reach
        ):
            j += 1
        if j == i:
            i += 1
            continue
        if first < 0:
            first = i
            stop = _lex()["stop"]
            lead = next((x for x in range(i) if run[slice(*spans[x])].lower() in stop), 0)
            if lead >= 2:
                out.extend(run_names(run[: spans[lead - 1][1]]))
        base = spans[i][0]
        out.extend(
            (s + base, e + base, k, h, t, p)
            for s, e, k, h, t, p in run_names(run[base : spans[j - 1][1]])
        )
        i = j
    if first >= 0:
        return tuple(out)
    stop = _lex()["stop"]
    if all(w.lower() in stop for w in text[start:at].split()):
        return run_names(run)
    return ()


def _printed_elsewhere(text: str, words: str, start: int, end: int) -> bool:
    """True when ``text`` prints ``words`` as whole words within ``start:end``.

    >>> _printed_elsewhere("Ana Ruiz Wins\\n\\nAna Ruizova spoke.", "Ana Ruiz", 13, 32)
    False
    >>> _printed_elsewhere("Ana Ruiz Wins\\n\\nAna Ruiz spoke.", "Ana Ruiz", 13, 30)
    True
    """
    at = text.find(words, start, end)
    while at >= 0:
        after = at + len(words)
        if not ((at and text[at - 1].isalpha()) or (after < len(text) and text[after].isalpha())):
            return True
        at = text.find(words, after, end)
    return False


def _name_matches(text: str) -> Iterator[regex.Match[str] | re.Match[str]]:
    """The matches of the name pattern in ``text``: ``_NAME_RE``'s, and on the lines
    that hold a prefixed name word, ``_PREFIXED_NAME_RE``'s (no name crosses a line
    break, and where no prefixed word stands the two patterns match alike). A long
    document with one "al-" somewhere is read by the slower pattern on that line
    only, as its article alone would be.

    Where no prefixed word stands, the lines with no letter, digit or mark outside
    ASCII (most lines of news: curly quotes and dashes do not count) are read by
    ``_ASCII_NAME_RE``, the same matches found by ``re`` about twice as fast, and
    only the others by ``_NAME_RE`` (:func:`.layer.line_stretches`).
    """
    first = _PREFIXED_WORD.search(text)
    if first is not None:
        return _matches_by_line(text, first)
    if text.isascii():
        return _ASCII_NAME_RE.finditer(text)
    return _plain_or_wide(text, 0, len(text))


def _plain_or_wide(text: str, start: int, end: int) -> Iterator[regex.Match[str] | re.Match[str]]:
    """``_NAME_RE``'s matches in the lines from ``start`` to ``end``: those of
    ``_ASCII_NAME_RE`` on the lines with no letter, digit or mark outside ASCII, and
    of ``_NAME_RE`` on the others."""
    hit = first_beyond(text, start, _NON_ASCII_WORD_CHAR, end)
    if hit < 0:
        return _ASCII_NAME_RE.finditer(text, start, end)
    return itertools.chain.from_iterable(
        (_NAME_RE if wide else _ASCII_NAME_RE).finditer(text, a, b)
        for a, b, wide in line_stretches(text, hit, _NON_ASCII_WORD_CHAR, start, end)
    )


def _matches_by_line(
    text: str, first: regex.Match[str]
) -> Iterator[regex.Match[str] | re.Match[str]]:
    # (The stretches are found first and their matches chained in C: a generator
    # that passed on each match cost a long document about a microsecond a name.)
    done = 0  # the text before this is read
    hit: regex.Match[str] | None = first
    reads: list[Iterator[regex.Match[str] | re.Match[str]]] = []
    while hit is not None:
        line = text.rfind("\n", done, hit.start()) + 1 or done
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        reads.append(_plain_or_wide(text, done, line))
        reads.append(_PREFIXED_NAME_RE.finditer(text, line, end))
        done = end
        hit = _PREFIXED_WORD.search(text, end)
    reads.append(_plain_or_wide(text, done, len(text)))
    return itertools.chain.from_iterable(reads)


@functools.lru_cache(maxsize=1 << 12)
def _org_run(run: str) -> _RunNames:
    """A run that names nobody by itself but ends on an organisation's head word
    that is also a role ("The Department", "Commission"), as an organisation's row
    (for :func:`name_rows` to read on with the connectors after it); else no row."""
    words = run.split()
    if words[-1].lower() not in _lex()["org_heads"]:
        return ()
    first = next((w for w in words if w.lower() not in _lex()["stop"]), words[-1])
    start = run.index(first)
    return ((start, len(run), PhraseKind.ORGANIZATION, run[start:], "", run[start:]),)


# After an organisation's head word: connectors and the capitalised words after
# each, as often as they come ("Bank" + " of England", "Department" + " of Health
# and Human Services"). Linear: every repetition is possessive.
_ORG_TAIL_RE = regex.compile(
    r"(?:(?:[ ](?:"
    + "|".join(sorted(map(regex.escape, load("org_connectors")), key=len, reverse=True))
    + r")){1,2}+(?:[ ]\p{Lu}[\p{L}\p{M}\-]*+)++)++"
)

# A list of one-word fields after a body's name (", Engineering and Medicine"), read
# by _org_tail_at as _org_list_end reads tokens: one capitalised word after each
# comma, the last after "and" or "&", no capitalised word after it.
_FIELD = r"(?P<field>\p{Lu}[\p{L}\p{M}\-]*+)(?![\p{L}\p{M}\-])"
_ORG_LIST_RE = regex.compile(
    rf"(?:,[ ]{_FIELD})++,?+[ ](?:and|&)[ ]{_FIELD}(?:[ ]{_FIELD})?+(?![ ]\p{{Lu}})(?!['’]s)"
)

_NON_SPACE_RUN = regex.compile(r"\S++")  # (compiled once: regex.finditer looks a string up)


# The two capitalised words before a body's head word's end ("Halden College"): its
# name is whole before any connector.
_NAMED_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}\-])\p{Lu}[\p{L}\p{M}\-]*+[ ]\p{Lu}[\p{L}\p{M}\-]*+$"
)
_NAMED_BEFORE_REACH = 60  # characters read back for them


def _two_bodies_at(text: str, end: int, words: list[regex.Match[str]], i: int) -> bool:
    """True when the *and* or *&* before ``words[i]`` joins two bodies' whole names
    (*Halden College and Brook University*): two capitalised words before ``end``,
    no determiner first, the last a body's head word, and two or more after the
    connector, the last a head word too. One word before it is a field of one name
    (*the Police and Fire Department*, *the University and College Union*). Reads
    back a bounded stretch and on through the run: linear."""
    heads = _lex()["org_heads"]
    before = _NAMED_BEFORE.search(text[max(0, end - _NAMED_BEFORE_REACH) : end])
    if before is None:
        return False
    first, last = before.group().lower().split(" ")
    if last not in heads or first in _DETERMINERS:
        return False  # "The University and College Union": one body
    j = i
    while j < len(words) and words[j].group()[:1].isupper():
        j += 1
    return j - i >= 2 and words[j - 1].group().lower() in heads


def _org_tail_at(text: str, end: int) -> int:
    """Where an organisation's name whose head word ends at ``end`` ends once its
    connectors are read ("Bank" + " of England"); ``end`` when none follow. The
    tail stops before a title or a word that opens sentences ("Bank of England
    Governor Ann Lee": the bank's name ends at "England")."""
    m = _ORG_TAIL_RE.match(text, end)
    if m is None:
        return end
    stop = end
    joined = ""
    words = list(_NON_SPACE_RUN.finditer(m.group()))
    for i, w in enumerate(words):
        word = w.group()
        if word.islower() or word == "&":
            if joined == "and" and word == "the":
                break  # "the Bank of England and the Treasury": two bodies
            joined = word
            continue
        if (
            word.lower() in _lex()["stop"]
            or _short_title_at(text, end + w.end(), word)
            or (
                word.lower() in _lex()["titles"]
                and not _office_in_name(
                    word.lower(),
                    # (words[0] is a connector: a word after no connector follows a capital)
                    None if joined else words[i - 1].group().lower(),
                    i + 1 < len(words) and not words[i + 1].group().islower(),
                )
            )
        ):
            break
        if joined in ("and", "&") and stop == end and _two_bodies_at(text, end, words, i):
            break  # "Halden College and Brook University": two bodies, each named whole
        if joined in ("and", "&") and _person_after_and(words, i, text, end):
            break  # "the Harbor Council and Ana Roe": the council, then a person
        if joined or stop > end:
            stop = end + w.end()
        if joined == "of" and opens_holder([w.group() for w in words[i + 1 :]]):
            break  # "Ministry of Foreign Affairs of Velaria Ivan Orlov": its minister
        joined = ""
    fields = _ORG_LIST_RE.match(text, stop) if stop > end else None
    if fields is not None and all(map(_list_word, fields.captures("field"))):
        # "National Academies of Sciences" + ", Engineering and Medicine" (as
        # _org_list_end reads tokens)
        stop = fields.end()
    return stop


def _person_after_and(words: list[regex.Match[str]], i: int, text: str, at: int) -> bool:
    """:func:`_person_opens` for the text reading's words from ``words[i]`` (their
    offsets from ``at`` in ``text``); a lone capital letter there whose point and a
    capitalised word follow is an initial (*and J. Roe*: the tail stops at the point)."""
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), (w.group() for w in words[i:])))
    after = at + words[i].end()
    point = _INITIAL_POINT.match(text, after) if run == [words[i].group()] else None
    if point is not None and len(run[0]) == 1:
        run.append(point.group(1))
    return _person_opens(run)


# The point after an initial, a space and a capitalised word ("J" + ". Roe").
_INITIAL_POINT = regex.compile(r"\. (\p{Lu}[\p{L}\p{M}\-]*+)")


def _cap_run(toks: list[Token], k: int, hi: int) -> list[str]:
    """The capitalised tokens' words from ``toks[k]`` up to ``hi``: read up to the
    first other token only."""
    run = []
    j = k
    while j < hi and _is_cap(toks[j]):
        run.append(toks[j].text)
        j += 1
        if len(run) == 1 and len(run[0]) == 1 and j + 1 < hi and toks[j].text == ".":
            j += 1  # an initial's point: "J. Roe"
    return run


def _person_opens(run: Sequence[str]) -> bool:
    """True when a run of capitalised words after a body's *and* is a person's name:
    a given name of ``given_names.tsv`` or an initial (*J. Roe*) and a capitalised
    word after it, the run not ending on a body's head word (*the Rowntree and Grace
    Trust*, *the William and Flora Hewlett Foundation* are one body each). One rule
    for the text reading (:func:`_org_tail_at`) and the token reading
    (:func:`_org_tail`).

    >>> _person_opens(["Ana", "Roe"]), _person_opens(["Grace", "Trust"]), _person_opens(["Ana"])
    (True, False, False)
    >>> _person_opens(["J.", "Roe"]), _person_opens(["J", "Roe"]), _person_opens(["J.", "Trust"])
    (True, True, False)
    """
    first = run[0].removesuffix(".") if run else ""
    return (
        len(run) >= 2
        and (first.lower() in _GIVEN_NAMES or (len(first) == 1 and first.isupper()))
        and run[-1].lower() not in _lex()["org_heads"]
    )


def _short_title_at(text: str, end: int, word: str) -> bool:
    """Whether ``word``, ending at ``end``, is a title's short form whose dot and a
    capitalised word follow: a title before a name, never a word of a body's name
    (*the Department of Health and Sen. Ann Roe*: the department, then the senator).

    >>> _short_title_at("Health and Sen. Ann Roe", 14, "Sen")
    True
    >>> _short_title_at("Health and Senate Ann Roe", 17, "Senate")
    False
    """
    return (
        word.lower() in SHORT_TITLES
        and text.startswith(". ", end)
        and text[end + 2 : end + 3].isupper()
    )


# (start, end, kind, head, title, the name's text) of each name in a run, offsets in the run.
_RunNames = tuple[tuple[int, int, PhraseKind, str, str, str], ...]


def _run_names(run: str, lone: bool) -> _RunNames:
    """``_names_in_run`` as ``(start, end, kind, head, title, text)``, remembered: what a run
    of capitalised words holds depends on its spelling only, and news prints the
    same names ("Donald Trump") again and again."""
    return (_lone_run_names if lone else _titled_run_names)(run)


# One memo per value of ``lone``: a cache keyed on one string is found several times
# faster than one keyed on two arguments (a tuple made and hashed at every call).
@functools.lru_cache(maxsize=1 << 15)
def _lone_run_names(run: str) -> _RunNames:
    return _rows_of(run, _names_in_run(run, lone=True))


@functools.lru_cache(maxsize=1 << 15)
def _titled_run_names(run: str) -> _RunNames:
    return _rows_of(run, _names_in_run(run, lone=False))


def _rows_of(run: str, names: list[Found]) -> _RunNames:
    return tuple((f.start, f.end, f.kind, f.head, f.title, run[f.start : f.end]) for f in names)


def _names_in_run(run: str, *, lone: bool) -> list[Found]:
    """The names in one match of ``_NAME_RE``, with offsets into ``run``."""
    low = run.rstrip(".").lower()
    if low in _lex()["stop"]:
        return []  # "The", "He", "In": a lone function word opening a sentence
    titleish = _titleish_words()
    if " " not in run and "\u00a0" not in run:
        # One word (most runs): what _name_of makes of it, without its loops.
        if not lone or low in titleish or run.lower() in titleish:
            return []  # a lone title, or a lone word nobody asked for
        end = len(run)
        if run.endswith("."):
            end -= 1
        if run.endswith(("'s", "’s"), 0, end):
            end -= 2
        if end <= 0:
            return []
        head = run[:end]
        kind = _ORGANIZATION if _organization(head) else _NAME
        return [_new_found(start=0, end=end, text=head, kind=kind, head=head, title="")]
    out: list[Found] = []
    words = run.split()
    offs = []
    pos = 0
    for w in words:
        at = run.index(w, pos)
        offs.append((at, at + len(w)))
        pos = at + len(w)
    # "promised Matthew I'd be home": a first person's contraction is no name word;
    # nor is a headline's verb after a name of one or two words ("Ana Ruiz Slams
    # Port Plan": Ana Ruiz). After more words the run is left whole: they may hold
    # the headline's description of the person ("Local Hero Ana Ruiz Slams ..."),
    # which would be read as part of the name.
    mine = [
        x
        for x, w in enumerate(words)
        if _FIRST_PERSON.fullmatch(w) is not None
        or (0 < x <= 2 and w.lower() in _NAME_BREAKING_VERBS and w.istitle())
    ]
    if mine:
        for lo, hi in itertools.pairwise([-1, *mine, len(words)]):
            if hi - lo > 1:
                base = offs[lo + 1][0]
                part = run[base : offs[hi - 1][1]]
                out.extend(
                    attrs.evolve(f, start=f.start + base, end=f.end + base)
                    for f in _names_in_run(part, lone=lone)
                )
        return out
    # "Ruth Okafor. When they ...": a full stop after a word longer than an
    # initial or an abbreviation ends the name.
    cut = owner = 0  # where the name ahead starts; where its words start, an owner's too
    parts = []
    for x, w in enumerate(words[:-1]):
        if x > cut and honorific(w) and not honorific(words[x - 1]):
            # "At Mansfield Park Mr. Crawford": an honorific after other
            # capitalised words opens a new name.
            parts.append((owner, cut, x))
            cut = owner = x
        if w.endswith(".") and _sentence_end_word(w[:-1]):
            parts.append((owner, cut, x + 1))
            cut = owner = x + 1
        elif w.endswith(_POSSESSIVE_ENDS) and _owned_person(words[x + 1 :]):
            # "the Ledger's Jo Hale": the owner stays in the mention's text (where
            # the phrase starts), never in the person's name.
            cut = x + 1
    parts.append((owner, cut, len(words)))
    for first, cut, last in parts:
        end = last
        while end > cut + 1 and words[end - 1].rstrip(".").lower() in _WEEKDAYS:
            # "asked Clinton Friday", "posted on Facebook Friday. Then ...": the day
            # is when, not who (at the run's end or a sentence's)
            end -= 1
        found = _name_of(words[cut:end], offs[cut:end], run, lone=lone)
        if found is None:
            continue
        if first < cut:
            at = first
            while words[at].lower() in _lex()["stop"]:
                at += 1  # "The": no word of the owner's name
            start = offs[at][0]
            found = attrs.evolve(found, start=start, text=run[start : found.end])
        out.append(found)
    return out


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_PLACE_HEADS = load("place_heads")
_US_STATES = load("us_states")


def _owned_person(words: list[str]) -> bool:
    """True when ``words``, the capitalised words after an owner's possessive
    (*the Ledger's*, *Reuters'*), name a person: titles, then a name of one to three
    words (two at least with no title), none a function word, a possessive or a
    word in capitals, that names no body, no place (``lexicons/place_heads.txt``,
    ``us_states.txt``) and does not end in a nation's word.

    >>> _owned_person(["Jo", "Hale"]), _owned_person(["Gov.", "Ruth", "Okafor"])
    (True, True)
    >>> _owned_person(["Rose", "Cottage"]), _owned_person(["Virginia"])
    (False, False)
    """
    k = 0
    titleish = _titleish_words()
    while k < len(words) and words[k].lower().rstrip(".") in titleish:
        k += 1
    name = words[k:]
    return (
        (k > 0 or len(name) >= 2)
        and 1 <= len(name) <= 3
        and name[-1].lower() not in _lex()["nations"]
        and name[-1].lower() not in _PLACE_HEADS  # "Pell's Rose Cottage"
        and " ".join(name).lower() not in _US_STATES  # "Archer's New York"
        and not any(w.lower() in _lex()["stop"] for w in name)  # "Bartlett's Boiler Was So"
        and not any(
            (w.isupper() and len(w.rstrip(".")) > 1) or w.endswith(_POSSESSIVE_ENDS) for w in name
        )
        and not _organization(" ".join(name))
    )


def _epithet_opens(words: list[str], i: int, titleish: frozenset[str]) -> bool:
    """True when ``words[i]`` is a headline's epithet (``headline_epithets.txt``) before
    name words, none a title's and together no body's: *Jailed Hale*, *Embattled Ana
    Hale*, *Axed Ana Maria Ruiz Hale*, not *Ousted President Ana Hale* (the title's rows
    read it) nor *Troubled Asset Relief Program*. The one decision for both
    :func:`_classify`'s head walk and :func:`_name_of`.

    >>> none = frozenset[str]()
    >>> _epithet_opens(["Jailed", "Hale"], 0, none), _epithet_opens(["Jailed"], 0, none)
    (True, False)
    """
    rest = words[i + 1 :]
    return (
        bool(rest)
        and words[i].lower() in load("headline_epithets")
        and not any(w.lower().rstrip(".") in titleish for w in rest)
        and not _organization(" ".join(rest).rstrip("."))
    )


_FIRST_PERSON = regex.compile(r"I['’](?:d|m|ll|ve)")
_NAME_BREAKING_VERBS = load("name_breaking_verbs")


def honorific(title: str) -> bool:
    """True for a title whose words are all courtesy titles that open a person's name
    (*Mr.*, *Miss*, *Monsieur*), not a lord's or a knight's style (*Lord Henry* is how
    the text names him) nor an office (*Dr*, *Senator*): one word or a title's words.

    >>> honorific("Mr."), honorific("Miss"), honorific("Lord"), honorific("Mr. Senator")
    (True, True, False, False)
    """
    if " " not in title:  # (one word, most calls: settled without a split)
        return bool(title) and title.rstrip(".").lower() in _HONORIFICS
    words = title.split()
    return bool(words) and all(w.rstrip(".").lower() in _HONORIFICS for w in words)


def _sentence_end_word(word: str) -> bool:
    """True when ``word`` followed by a full stop ends a sentence, not an abbreviation."""
    lower = word.lower()
    return (
        len(word) > 2
        and lower not in _lex()["titles"]
        and "." not in word
        # "a scam PAC. Dan Backer": a short word in capitals ends a sentence too,
        # unless it is a short form (*INC.*, *JAN.*: ``lexicons/abbreviations.txt``).
        and not (word.isupper() and lower in _ABBREVIATIONS)
    )


_ABBREVIATIONS = load("abbreviations")
# Words for a time that are also stop words (*today*, *tonight*, *yesterday*): from
# ``time_nouns`` those that open a time phrase after a cue (``cue_adjuncts``).
_NAME_TIME_WORDS = load("time_nouns") & load("cue_adjuncts")


def _name_time_word(tok: Token, start: int, text: str) -> bool:
    """True when ``tok``, a capitalised time word that the name reader stops at, ends
    a known organisation's name whose words start at offset ``start`` of ``text``
    (``organizations``: *USA Today*); a time after a name is no word of it (*told
    Ruiz Today*).

    >>> from quoteverify.text.layer import tokenize
    >>> text = "USA Today reported"
    >>> [_name_time_word(t, 0, text) for t in tokenize(text, 0, len(text))]
    [False, True, False]
    >>> text = "Ana Ruiz Today"
    >>> _name_time_word(tokenize(text, 0, len(text))[-1], 0, text)
    False
    """
    return (
        tok.text[:1].isupper()
        and tok.lower in _NAME_TIME_WORDS
        and text[start : tok.end].lower() in _ORGANIZATIONS
    )


# The days of the week (*Friday*; not the months: *April*, *June* are given names,
# *March* a surname), from ``time_words``: each ends in *day*, its short forms do not.
_WEEKDAYS = frozenset(w for w in load("time_words") if w.endswith("day"))


def _title_phrase_at(words: list[str], k: int) -> int:
    """How many words from ``words[k]`` make a title of several words (*Foreign
    Minister*, *Prime Minister*, *Vice President*, *Datuk Seri*), or 0."""
    phrases = _lex()["title_phrases"]
    for n in (3, 2):
        if k + n < len(words) and " ".join(words[k : k + n]).lower() in phrases:
            return n
    return 0


def _office_after_body(words: list[str], i: int) -> int:
    """Where the name starts after the last office or role word that stands past
    ``words[i]`` and before the name (*Health Minister* in *Health Minister Tom Lee*),
    or ``i`` when there is none. Courtesy and royal titles do not count
    (*Martin Luther King Jr.*)."""
    offices = office_words()
    for j in range(len(words) - 2, i, -1):
        if words[j].lower().rstrip(".") in offices:
            # Before one word only as a short title (*Texas Sen. Cruz*: "Has Colonel
            # Brandon" opens a question); never before a function word (a headline's
            # "CNN President On Trump" names nobody).
            if words[j + 1].lower() in _lex()["stop"]:
                return i
            return j + 1 if j < len(words) - 2 or words[j].endswith(".") else i
    return i


def party_title_words(words: Sequence[str]) -> int:
    """How many of ``words`` (a run of capitalised words) are party words set
    before a person's name as a title (*Democrat*, *Liberal Democrat* before *Tom
    Hale*): none unless two or three words follow them, none a title or role word,
    and they name no organisation (*Democratic National Committee*).

    >>> party_title_words(["Liberal", "Democrat", "Tom", "Hale"])
    2
    >>> party_title_words(["Democratic", "National", "Committee"])
    0
    """
    n = 0
    while n < len(words) - 2 and words[n].lower() in _PARTY_WORDS:
        n += 1
    rest = words[n:]
    if (
        not n
        or len(rest) > 3
        or any(w.lower().rstrip(".") in _titleish_words() for w in rest)
        or _organization(" ".join(rest))
    ):
        return 0
    return n


_REGION_DEMONYMS = load("region_demonyms")
_NATION_ADJECTIVES = select("nations", kind="demonym")
# The last words of the demonyms: any other word ends no demonym (one test for most runs).
_DEMONYM_LASTS = _NATION_ADJECTIVES | frozenset(p.rsplit(" ", 1)[-1] for p in _REGION_DEMONYMS)


def _demonym_words(words: Sequence[str]) -> bool:
    """True when capitalised ``words`` are together a demonym or an adjective of
    nationality, which qualifies a noun and names nobody: a phrase of
    ``lexicons/region_demonyms.txt`` (*South African*, *Middle Eastern*) or only
    adjectives of the nations lexicon (*Chinese American*).

    >>> _demonym_words(["South", "African"]), _demonym_words(["Latin", "American"])
    (True, True)
    >>> _demonym_words(["Chinese", "American's"]), _demonym_words(["David", "French"])
    (True, False)
    """
    if _demonym_word(words[-1]) not in _DEMONYM_LASTS:
        return False
    low = [_demonym_word(w) for w in words]
    return " ".join(low) in _REGION_DEMONYMS or all(w in _NATION_ADJECTIVES for w in low)


def _plural_demonym(span: Sequence[Token]) -> bool:
    """True when ``span`` is a plural demonym after nothing but determiners
    (``lexicons/determiners.txt``, ``anonymous_determiners.txt``): *Venezuelans*, *the
    Kenyans*, *many South Africans*, a people (the demonym lexicons' words with *-s*).

    >>> from quoteverify.text.layer import tokenize
    >>> def read(text): return _plural_demonym(tokenize(text, 0, len(text)))
    >>> [read(t) for t in ("the Kenyans", "many South Africans", "Venezuelans")]
    [True, True, True]
    >>> [read(t) for t in ("Mark Cubans", "the Kenyan", "Democrats")]
    [False, False, False]
    """
    last = span[-1].text
    if len(last) < 5 or last[-1] != "s" or _demonym_word(last[:-1]) not in _DEMONYM_LASTS:
        return False
    k = 0
    while k < len(span) - 1 and (span[k].lower in _DETERMINERS or span[k].lower in _lex()["anon"]):
        k += 1
    words = [t.text for t in span[k:-1]] + [last[:-1]]
    return all(w[:1].isupper() for w in words) and _demonym_words(words)


def _demonym_word(word: str) -> str:
    """``word`` as the demonym lexicons spell it: lower case, no full stop or *'s*."""
    return word.rstrip(".").lower().removesuffix("'s").removesuffix("’s")


def _given_country(words: list[str], k: int) -> bool:
    """True when ``words[k]``, a country or a capital (``lexicons/nations.tsv``), opens
    a person's name rather than titling it: one or two capitalised words follow it,
    none a title, role or nation word (*India Walton*, *Kenya Odhiambo*), where a
    title after a country names an office (*Senegal President Macky Sall*).

    >>> _given_country(["India", "Walton"], 0), _given_country(["Japan", "Prime", "Minister"], 0)
    (True, False)
    """
    rest = words[k + 1 :]
    titleish = _titleish_words()
    return (
        words[k].lower() in _STATES
        and 1 <= len(rest) <= 2
        and all(w[:1].isupper() and w.lower().rstrip(".") not in titleish for w in rest)
        and not _organization(" ".join(rest).rstrip("."))
    )


def _name_of(
    words: list[str], offs: list[tuple[int, int]], text: str, *, lone: bool
) -> Found | None:
    """The name in one run of capitalised ``words`` (at ``offs``), or ``None``."""
    lex = _lex()
    # Drop leading function words ("Then", "The") and trailing dots.
    i = 0
    while i < len(words) and words[i].rstrip(".").lower() in lex["stop"]:
        i += 1
    titleish = _titleish_words()
    if _epithet_opens(words, i, titleish):
        i += 1  # "Jailed Hale:", "Embattled Ana Hale": the epithet is no name word
    titles = []
    k = i
    while k < len(words):
        low = words[k].lower()
        # The longer title first: *Datuk Seri* and *Dato Seri* are one title whose
        # first word is a title alone too (not the title *Datuk* and a name *Seri ...*).
        n = _title_phrase_at(words, k) or (
            1 if low in titleish or low.rstrip(".") in titleish else 0
        )
        if not n or (k == i and _given_country(words, k)):
            break
        titles.extend(words[k : k + n])
        k += n
    # (Not after "the": "The Democratic National Convention" is a body's name.)
    parties = i + party_title_words(words[i:]) if not i or words[i - 1].lower() != "the" else i
    if k == i < parties:
        # "Democrat Ana Ruiz", "Liberal Democrat Tom Hale": party words before a
        # name are the person's title, not name words.
        k = parties
        titles = words[i:k]
    elif len(words) - k >= 3 and (k == i or _nation_words_only(titles)):
        # "Health Minister Tom Lee", "House Speaker Ann Roe": a body or a place, then
        # an office or a role, then the name; after a nation's adjective too
        # ("German Finance Minister Olaf Brandt": not the name "Finance Minister ...").
        k = _office_after_body(words, k)
        while i < k < len(words) - 2 and words[k].lower() in lex["first_titles"]:
            k += 1  # "Culture Secretary Dame Ann Roe": the knight's style is a title too
        titles = words[i:k]
    if len(words) - k == 1 and titles == [words[i]] and words[i].lower() in lex["given_titles"]:
        # "Oba Hale": a title that is a given name too (lexicons/given_name_titles.txt)
        # is the first name before one word; the title before two ("Oba Ade Ajayi").
        k, titles = i, []
    if titles and k < len(words) and _royal_given_name(titles[-1], words[k]):
        k -= 1
        titles = titles[:-1]
    head_words = words[k:]
    if not head_words:
        return None
    if len(head_words) == 1 and titles and titles[-1].rstrip(".").lower() in lex["first_titles"]:
        # "Sir Thomas": a knight's first name, which names him only with the title
        # (Sir Thomas is not Thomas, nor Tom Bertram).
        k -= 1
        head_words = words[k:]
    if len(head_words) > 1 and all(len(w) > 1 and w.isupper() for w in head_words):
        return None  # "CHAPTER XV", "DU COTE DE CHEZ BEAVER": a heading in capitals
    if len(head_words) > 1 and not titles and _demonym_words(head_words):
        return None  # "a South African town", "Latin American writers": an adjective
    real_titles = [t for t in titles if t.rstrip(".").lower() in lex["titles"]]
    if len(head_words) == 1 and not real_titles:
        # A lone capitalised word is a sentence start as often as a name:
        # kept only as a candidate, for callers that know the surnames.
        if not lone:
            return None
        if not (titles and _organization(head_words[0].rstrip(".")) and _nation_words_only(titles)):
            # (not "Australian Bureau": a nation word before a body's head is its name's,
            # at a sentence's end too: "Enter The Washington Post.")
            titles = []
            k = len(words) - 1
    start = offs[k][0]
    end = offs[-1][1]
    head = text[start:end]
    if head.endswith("."):
        head = head[:-1]
        end -= 1
    if head.endswith(("'s", "’s")):
        head = head[:-2]
        end -= 2
    if not head:
        return None
    body = not titles and _body_land_words(head.split())  # "Radio Free Asia"
    kind = _ORGANIZATION if body or _organization(head) else _NAME
    if kind is _ORGANIZATION and _nation_words_only(titles):
        # "European Space Agency": the nation word is the body's, not a title
        start, titles = offs[i][0], []
        head = text[start:end]
    return _new_found(
        start=offs[i][0] if titles else start,
        end=end,
        text=text[offs[i][0] if titles else start : end],
        kind=kind,
        head=head,
        title=" ".join([t.rstrip(".") for t in titles]) if titles else "",
    )
