"""Offices printed before their holders' names, read one way.

News names a person by an office set before the name, with no comma: *Secretary
of State Ann Lee*, *chief of staff Dana Ito*, *Minister for Housing Ann Lee*, *The
head of the National Bank Taras Melnyk*, *the head of the Ministry of Foreign
Affairs of Velaria Ivan Orlov*. An office is an office word (:func:`office_words`,
a title or a role), a link (*of*, or *for* after a capitalised office word) and a
complement; the holder's name begins where the complement ends. This module holds
that reading once, on plain words: :func:`read_office` (the office that ends where
a holder's name begins, an :class:`Office`), :func:`holder_start` (where a holder's
name begins in a run of capitalised words), and the text readers built on the two
that the mention reader (``mentions``: the name reader, a cue's subject and the
phrase after a cue), the registry's title walk and the office-alone resolver
(``identity``) call: :func:`office_opening`, :func:`holder_office`,
:func:`holder_cut`, :func:`opens_holder`, :func:`bracketed_office` (an office and
its initials in brackets before its holder; the initials spelled by
:func:`spelled_by`, which the registry's initialisms of bodies also read). The
words are data: ``titles.tsv``, ``role_nouns.txt``, ``office_chain_joins.txt``,
``seat_directions.txt`` (a seat's compass words and tags), ``relational_heads.txt``,
``office_equivalents.tsv``.

>>> office_opening("Minister for Housing Ann Lee", 13, "Housing Ann Lee")
(8, 'Minister for Housing')
>>> holder_office("The head of the National Bank Taras Melnyk", 30)
'head of the National Bank'
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Sequence

import attrs
import regex

from ..lexicons import load, load_table, rows, select

__all__ = [
    "CHAIN_WORDS",
    "JOINS",
    "RELATIONS",
    "SHORT_TITLES",
    "Office",
    "Shape",
    "body_kind_nouns",
    "bracketed_office",
    "complement_word",
    "holder_cut",
    "holder_office",
    "holder_start",
    "lower_noun",
    "office_equivalents",
    "office_opening",
    "office_words",
    "opens_holder",
    "person_role",
    "read_office",
    "role_forms",
    "role_plurals",
    "spelled_by",
    "style_after_office",
    "tail_holder",
    "title_head",
    "titles_for_office",
]

JOINS = load("office_chain_joins")  # the joining words of a complement: of, the, and, in
RELATIONS = load("relational_heads")  # (no office: "the wife of farmer Tom Hale")
SHORT_TITLES = select("titles", abbreviation=True)  # "Mr.", "Sen.": titles written short
CHAIN_WORDS = 10  # words of an office's complement before its holder, at most
_CHAIN_CHARS = 100  # how far back an office's chain is read in text, in characters
_SEAT_DIRECTIONS = load("seat_directions")
_STOP = load("stopwords")
_FINITE_VERBS = load("auxiliaries") | load("past_forms")
_CUE_WORDS = load("cue_verbs")
_INFLECTED_CUES = frozenset(r["cue"] for r in rows("cue_verbs") if r["cue"] != r["lemma"])
_STATES = select("nations", kind="country") | select("nations", kind="capital")
_LAND_NAME_WORDS = 3  # the most words of a country's name that fill a run's front
# Heads of a lower-case office (*chief of staff*): a role or a title, no relation.
_LOWER_HEADS = (load("role_nouns") | load("titles")) - RELATIONS
_CAPITAL_JOINS = ("of", "the", "and")  # the only lower-case words of a capitalised chain


@functools.cache
def _courtesy() -> frozenset[str]:
    """Honorifics, nobility and royal titles (``titles.tsv``): words that open a
    person's name, never an office's.

    >>> "mr" in _courtesy(), "minister" in _courtesy()
    (True, False)
    """
    return (
        select("titles", kind="honorific")
        | select("titles", kind="nobility")
        | select("titles", kind="royal")
    )


@functools.cache
def office_words() -> frozenset[str]:
    """Title and role words of one word that may head an office (*Minister*,
    *head*, *Senate Majority Leader*'s *Leader*): no honorific, nobility or royal
    title, no nation's word.

    >>> "minister" in office_words(), "mrs" in office_words()
    (True, False)
    """
    return frozenset(
        w for w in (load("titles") - _courtesy()) | load("role_nouns") if " " not in w
    ) - frozenset(load_table("nations"))


@functools.cache
def role_plurals() -> frozenset[str]:
    """The role nouns with their plurals (*farmers*, *deputies*, *chairmen*).

    >>> "farmers" in role_plurals(), "farmer" in role_plurals()
    (True, True)
    """
    roles = load("role_nouns")
    return (
        roles
        | frozenset(r + "s" for r in roles)
        | frozenset(r[:-1] + "ies" for r in roles if r.endswith("y"))
        | frozenset(r[:-3] + "men" for r in roles if r.endswith("man"))
    )


@functools.cache
def role_forms() -> frozenset[str]:
    """The words a mention reader takes for a role: :func:`role_plurals`, the forms
    with *co-* of the roles and titles of one word (*co-owner*, *co-chair*: the
    singular only, a plural *co-hosts* names nobody), and *people*, *men*, *women*.
    None is a word of an office's complement (*head of the farmers* is none).

    >>> "farmers" in role_forms(), "co-chair" in role_forms(), "staff" in role_forms()
    (True, True, False)
    """
    roles = load("role_nouns")
    return (
        role_plurals()
        | frozenset(f"co-{r}" for r in roles | load("titles") if " " not in r and r.islower())
        | {"people", "men", "women"}
    )


@functools.cache
def body_kind_nouns() -> frozenset[str]:
    """The nouns that name a kind of body: the kinds of ``body_kinds.tsv`` and the
    nouns of ``body_nouns.tsv``.

    >>> "charity" in body_kind_nouns(), "baker" in body_kind_nouns()
    (True, False)
    """
    return frozenset(load_table("body_kinds")) | frozenset(load_table("body_nouns"))


def person_role(word: str) -> bool:
    """A role noun that names a person, not a kind of body (*farmer*, *candidate*;
    not *regulator*, *board*): right before a name it titles that name (*of farmer
    Tom Hale*), so the name holds no office before it.

    >>> person_role("farmer"), person_role("regulator")
    (True, False)
    """
    return word in role_forms() and word not in body_kind_nouns()


def lower_noun(word: str) -> bool:
    """A lower-case word that can be a noun of an office's complement: no function
    word, no finite verb, no inflected cue and no *-ed* word (*the secretary of state
    mocked Lee*, *president of policy in*).

    >>> lower_noun("staff"), lower_noun("mocked"), lower_noun("the"), lower_noun("Staff")
    (True, False, False, False)
    """
    return (
        word.isalpha()
        and word.islower()
        and word not in _STOP
        and word not in _FINITE_VERBS
        and word not in _INFLECTED_CUES
        and not word.endswith("ed")
    )


def complement_word(word: str) -> bool:
    """A lower-case word of an office's complement: a joining word
    (``office_chain_joins.txt``) or a noun (:func:`lower_noun`) that is no cue.

    >>> complement_word("the"), complement_word("bank"), complement_word("said")
    (True, True, False)
    """
    return word in JOINS or (lower_noun(word) and word not in _CUE_WORDS)


def _capitalised(word: str) -> bool:
    return word.isalpha() and word[:1].isupper()


class Shape(enum.Enum):
    """How the complement of an office read by :func:`read_office` is printed."""

    LOWER = "lower"  # a lower-case office: *chief of staff*, *minister of finance*
    CHAIN = "chain"  # any complement: *head of the National Bank*, *governor of the central bank*
    CAPITAL = "capital"  # a chain in capitals: *head of the Ministry of Foreign Affairs of*


@attrs.frozen
class Office:
    """An office read before its holder's name: its words, its office word first
    (*head of the National Bank*), and the word that links the office word to its
    complement (*of*, *for*).

    >>> Office(("chief", "of", "staff"), "of").text
    'chief of staff'
    """

    words: tuple[str, ...]
    link: str = "of"

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def head(self) -> str:
        """The office word (*head*, *Minister*)."""
        return self.words[0]


def read_office(words: Sequence[str], end: int, shape: Shape) -> Office | None:
    """The office whose words end right before ``words[end]``, where a holder's name
    begins, read in its ``shape``; ``None`` when the words there spell none.

    - ``LOWER``: an office word of ``titles.tsv`` or ``role_nouns.txt`` that names
      no relation (not *the wife of*), *of*, then one to three lower-case nouns, no
      role among them (*chief of staff*, *minister of finance*; not *the lawyer of
      farmer*, whose complement is another person): the nearest such office (a
      comma after a word, as text split at spaces keeps it, is read past).
    - ``CHAIN``: an office word (:func:`office_words`) and *of*, then capitalised
      words and complement words (:func:`complement_word`), one at least no joining
      word, up to the holder: the farthest office word within :data:`CHAIN_WORDS`
      words (*chairman of the board of Tamsin Steel*).
    - ``CAPITAL``: an office word in either case, then capitalised words and *of*,
      *the*, *and* only, one *of* at least: the nearest office word (*head of the
      Ministry of Foreign Affairs* before *of Velaria*); ``words[end]`` is that last
      *of*'s complement, so the office's words end before the last *of*.

    >>> read_office(["then", "chief", "of", "staff"], 4, Shape.LOWER).text
    'chief of staff'
    >>> read_office(["the", "wife", "of", "farmer"], 4, Shape.LOWER) is None
    True
    >>> read_office("The governor of the central bank".split(), 6, Shape.CHAIN).text
    'governor of the central bank'
    >>> read_office("the secretary for press affairs of the Cabinet".split(), 8, Shape.CHAIN).text
    'secretary for press affairs of the Cabinet'
    >>> words = "the head of the Ministry of Foreign Affairs of".split()
    >>> read_office(words, 9, Shape.CAPITAL).text
    'head of the Ministry of Foreign Affairs'
    """
    if shape is Shape.LOWER:
        for n in range(3, 6):
            if end >= n and _lower_office(read := [w.strip(",") for w in words[end - n : end]]):
                return Office(tuple(read))
        return None
    if shape is Shape.CHAIN:
        offices = office_words()
        office = -1  # (the farthest office word: "chairman of the board of Acme")
        for k in range(end - 1, max(0, end - CHAIN_WORDS), -1):
            word = words[k]
            if (
                # "of", or "for" before a chain that goes on through "of" ("the
                # secretary for press affairs of the Cabinet Office Ken Sato")
                (word == "of" or (word == "for" and "of" in words[k + 1 : end]))
                and words[k - 1].lower() in offices
                and words[k - 1].lower() not in RELATIONS
                # (a complement before the name: "the leader of the Reform Party" names no holder)
                and any(w not in JOINS for w in words[k + 1 : end])
            ):
                office = k - 1
            if not (_capitalised(word) or complement_word(word)):
                break
        return Office(tuple(words[office:end])) if office >= 0 else None
    offices = office_words()
    chain = words[: end - 1]
    joins = 0
    for k in range(len(chain) - 1, -1, -1):
        word = chain[k]
        if word.lower() in offices and joins and k < len(chain) - 1:
            return Office(tuple(chain[k:]))
        if word in _CAPITAL_JOINS:
            joins += word == "of"
        elif not (word[:1].isupper() and word[-1:].isalpha()):
            return None
    return None


def _lower_office(words: Sequence[str]) -> bool:
    """``words`` spell a lower-case office whole (:func:`read_office`'s ``LOWER``)."""
    if len(words) < 3 or len(words) > 5 or words[1] != "of":
        return False
    roles = role_forms()  # (with their plurals: "head of the farmers" is none)
    return words[0].lower() in _LOWER_HEADS and all(
        lower_noun(w) and w not in roles for w in words[2:]
    )


def holder_start(run: Sequence[str]) -> int:
    """Where a holder's name begins in ``run``, capitalised words printed after an
    office's complement with no comma (*National Bank Taras Melnyk*): at the run's
    first given name after its first word (``given_names.tsv``), else right after
    its last body's head word (*Bank*, *Ministry*) that leaves two words after it;
    0 when neither stands.

    >>> holder_start(["National", "Bank", "Taras", "Melnyk"])
    2
    >>> holder_start(["England"])
    0
    """
    n = _first_given(run)
    if not n:
        heads = _body_heads()
        last = [x for x in range(len(run) - 2) if run[x].lower() in heads]
        n = last[-1] + 1 if last else 0
    return n


def _first_given(words: Sequence[str]) -> int:
    """The first word after the first, and before the last, that is a given name
    (``given_names.tsv``); 0 when there is none: where a holder's name begins.

    >>> _first_given(["Housing", "Maria", "Lee"]), _first_given(["Kent", "West", "Lee"])
    (1, 0)
    """
    given = load_table("given_names")
    return next((x for x in range(1, len(words) - 1) if words[x].lower() in given), 0)


@functools.cache
def _body_heads() -> frozenset[str]:
    """The head words that end a body's name (``org_suffixes``, ``org_name_heads``:
    *Bank*, *Authority*): an office word among them is the body's, no holder's."""
    return load("org_suffixes") | load("org_name_heads")


def opens_holder(run: Sequence[str]) -> bool:
    """True when the capitalised words that open ``run`` (the words after a place
    after *of* in a body's name) open with a given name and are two or more: the holder
    of an office the body's name ends, printed after it with no comma, as
    translated agency copy does (*Ministry of Foreign Affairs of Velaria Ivan
    Orlov*).

    >>> opens_holder(["Ivan", "Orlov", "said"]), opens_holder(["Velaria", "and"])
    (True, False)
    """
    names = list(itertools.takewhile(lambda w: w[:1].isupper(), run))
    return len(names) >= 2 and names[0].lower() in load_table("given_names")


def office_opening(text: str, at: int, run: str) -> tuple[int, str]:
    """How many characters of ``run`` (a run of capitalised words at ``at``, right
    after *of* or *for*) end an office named before it (*Secretary of State* before
    *John Kerry*), and the office: the words up to a given name the lexicon knows,
    or the first word when there is none and two words or more follow it; ``(0,
    "")`` when the word before *of* is no office (*Bank of England*).

    Translated agency copy names the office through a chain of *of* (*Minister of
    Finance of Poland Anna Nowak*, *the head of the Ministry of Foreign Affairs of
    Velaria Ivan Orlov*): the office word may stand further back, before capitalised
    words and *of*, *the*, *and* only (:func:`read_office`, ``CAPITAL``), when the
    run holds three words or more and no body's head; there a country the lexicon
    knows may fill more than the run's first word (*of New Zealand Ann Lee*).

    >>> office_opening("Secretary of State Ann Lee", 13, "State Ann Lee")
    (6, 'Secretary of State')
    >>> office_opening("Minister of Finance of Velaria Ann Lee", 23, "Velaria Ann Lee")
    (8, 'Minister of Finance of Velaria')

    Commonwealth copy names a portfolio or a seat after *for* the same way
    (*Minister for Housing Ann Lee*, *Labour MP for Kent West Ann Lee*, *Sinn Féin TD
    for Cork North Ann Lee*): there the office word stands right before *for*, and a
    seat's compass word stays with the seat (``seat_directions.txt``).

    >>> office_opening("Minister for Housing Ann Lee", 13, "Housing Ann Lee")
    (8, 'Minister for Housing')
    >>> office_opening("a Fund for Peace Ann Lee", 11, "Peace Ann Lee")
    (0, '')

    A seat of two compass words (*MP for Leeds South West, Ann Lee*) holds no
    holder in the run: the words after its place, all ``seat_directions.txt``, are
    the seat's, and the holder is read after the comma.

    >>> office_opening("MP for Leeds South West", 7, "Leeds South West")
    (0, '')

    The office ends before a function word or a courtesy title (``stopwords.txt``,
    ``titles.tsv``), capitalised as they open a name or a sentence (*Secretary of
    State Mr Hale*, *of Health and But Ann Lee*): a run that opens on one ends no
    office.

    >>> office_opening("Secretary of State Mr Ann Lee", 13, "State Mr Ann Lee")
    (6, 'Secretary of State')
    >>> office_opening("Minister of Health and The Ann Lee", 23, "The Ann Lee")
    (0, '')

    Nor does a given name go into a portfolio after *and* (as :func:`_office_lead`
    keeps none before it):

    >>> office_opening("Minister of Health and Ana Ruiz Ana Ruiz", 23, "Ana Ruiz Ana Ruiz")
    (0, '')

    The holder's name opens at its own place when its first word is the
    portfolio's too:

    >>> office_opening("Minister for Victoria Victoria Lee", 13, "Victoria Victoria Lee")
    (9, 'Minister for Victoria')
    """
    link = "of" if text.endswith(" of ", 0, at) else "for"
    opening = _office_lead(text[max(0, at - _CHAIN_CHARS) : at].split())
    words = run.split()
    if not opening:
        if not text.endswith(" of ", 0, at):
            return 0, ""  # ("Fund for Peace Ann Lee": no office, no chain read)
        heads = _body_heads()
        if len(words) < 3 or any(w.lower() in heads for w in words):
            return 0, ""
        lead = text[max(0, at - _CHAIN_CHARS) : at].split()
        chain = read_office(lead, len(lead), Shape.CAPITAL)
        if chain is None:
            return 0, ""
        n = next(
            (
                k
                for k in range(min(_LAND_NAME_WORDS, len(words) - 2), 1, -1)
                if " ".join(words[:k]).lower() in _STATES
            ),
            1,
        )
        skip = _word_offset(run, n)
        return skip, f"{chain.text} of {run[:skip].strip()}"
    n = _first_given(words)
    if not n and len(words) >= 3:
        n = 1
        # "MP for Kent West Ann Lee", "TD for Cork North ...": a seat's compass word
        while link == "for" and n < len(words) - 2 and words[n].lower() in _SEAT_DIRECTIONS:
            n += 1
        if link == "for" and all(w.lower() in _SEAT_DIRECTIONS for w in words[n:]):
            return 0, ""  # ("MP for Leeds South West, Ann Lee": the run is all seat)
    # "Department of Health and The Ana Ruiz", "... and But Ana Ruiz", "Secretary of
    # State Mr Hale": a function word or a courtesy title is no portfolio's last word,
    # nor a title's short form with its dot ("... of Health and Sen. Ann Roe")
    n = next((x for x in range(n) if _opens_name(words[x])), n)
    if not n or (text.endswith(" and ", 0, at) and words[0].lower() in load_table("given_names")):
        return 0, ""  # (a portfolio's words after "and" hold no name: "Health and Ana Ruiz")
    skip = _word_offset(run, n)
    return skip, f"{opening} {run[:skip].strip()}"


def tail_holder(text: str, start: int, end: int) -> int:
    """Where the holder's name begins in a body's name read at ``start:end`` that an
    office word and *of* stand before and whose last *of* is a place then two or
    three capitalised words: translated agency copy names the office, the body, the
    body's country, then the holder, with no comma (*The spokesman of the Ministry
    of Foreign Affairs of the Republic of Velaria Ruslan Tarkovi-Dan said*), and the
    holder's given name may be one the lexicon does not know. The place is one word
    or a country of the lexicon of up to three; -1 for any other phrase.

    >>> text = "the envoy of the Ministry of Trade of Velaria Ruslan Tarkovi-Dan"
    >>> text[tail_holder(text, 13, len(text)) :]
    'Ruslan Tarkovi-Dan'
    >>> tail_holder("the head of the Bank of England", 12, 31)
    -1
    """
    lead = text[max(0, start - 24) : start].split()
    if lead and lead[-1] == "the":
        lead.pop()
    if len(lead) < 2 or lead[-1] != "of" or lead[-2].lower() not in office_words():
        return -1
    if text[start : start + 4].lower() != "the " and text.endswith(" the ", 0, start):
        start -= 4  # (the body's article, before the phrase read)
    last = text.rfind(" of ", start, end)
    if last < 0:
        return -1
    words = text[last + 4 : end].split()
    if not 3 <= len(words) <= 2 + _LAND_NAME_WORDS or not all(map(_capitalised_word, words)):
        return -1
    n = next(
        (
            k
            for k in range(min(_LAND_NAME_WORDS, len(words) - 2), 1, -1)
            if " ".join(words[:k]).lower() in _STATES
        ),
        1,
    )
    heads = _body_heads()
    if len(words) - n > 3 or any(w.lower() in heads for w in words[n:]):
        return -1
    return last + 4 + _word_offset(text[last + 4 : end], n)


def _word_offset(run: str, n: int) -> int:
    """Where the ``n``-th word of ``run`` (``str.split``'s words) starts; a word
    said twice is found at its own place, not at its first.

    >>> _word_offset("Ana Ruiz Ana Ruiz", 2), _word_offset("  Ana  Lee", 1)
    (9, 7)
    """
    return len(run) - len(run.split(None, n)[n])


def _capitalised_word(word: str) -> bool:
    """A word in capitals of letters and hyphens (*Tarkovi-Dan*)."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


_PORTFOLIO_WORDS = 6  # capitalised words of a portfolio before its last *and*, at most


@functools.cache
def _name_openers() -> frozenset[str]:
    """Words that end an office read into a run (:func:`office_opening`)."""
    return _STOP | _courtesy()


def _opens_name(word: str) -> bool:
    """Whether ``word`` (as printed) opens a name, so ends an office read before it:
    a function word or a courtesy title (*The*, *Mr*), or any title's short form
    with its dot (*Sen.*, *Gov.*), which stands before a name, never in a portfolio.

    >>> _opens_name("Mr"), _opens_name("Sen."), _opens_name("Sen"), _opens_name("Health")
    (True, True, False, False)
    """
    bare = word.rstrip(".").lower()
    return bare in _name_openers() or (word.endswith(".") and bare in SHORT_TITLES)


def _office_lead(lead: Sequence[str]) -> str:
    """The words of an office up to the link that ``lead`` (words before a run of
    capitalised words) ends on, or "" when they spell none:

    - an office word in capitals and *of* or *for* (*Minister for*);
    - a chain in capitals from an office word to *for* (*Minister of State for*,
      *Senior Minister of State for Manpower Dr Ana Lim*);
    - a portfolio of several capitalised words, commas and *and* after the link,
      the run being its last words (*Minister for Planning, Development and*,
      *Minister of Science and*, before *Technology Ravi Kumar*).

    >>> _office_lead("the Minister of State for".split())
    'Minister of State for'
    >>> _office_lead("Minister for Planning, Development and".split())
    'Minister for Planning, Development and'
    >>> _office_lead("the Fund for".split()), _office_lead("Tom and".split())
    ('', '')

    A given name followed by another word inside the portfolio is a person's name,
    which a portfolio never holds:

    >>> _office_lead("the Department of Health Ana Ruiz and".split())
    ''
    >>> _office_lead("the Department of Health Mr Hale and".split())
    ''

    nor a function word (``stopwords.txt``), which opens a sentence or a name:

    >>> _office_lead("the Department of Health The and".split())
    ''
    """
    if len(lead) < 2 or lead[-1] not in ("of", "for", "and"):
        return ""
    offices = office_words()
    k = len(lead) - 1
    if lead[-1] == "and":
        # back over the portfolio to its link: "for Planning, Development and"
        k -= 1
        while k > 0 and len(lead) - k <= _PORTFOLIO_WORDS + 1:
            word = lead[k].rstrip(",")
            if word in ("for", "of"):
                break
            if not (_capitalised(word) or word == "and"):
                return ""
            k -= 1
        if k <= 0 or lead[k] not in ("for", "of") or len(lead) - k < 3:
            return ""
        portfolio = [w.rstrip(",") for w in lead[k + 1 : -1]]
        if _first_given(portfolio) or any(
            w[:1].isupper() and w.rstrip(".").lower() in _name_openers() for w in portfolio
        ):  # (its lower-case "and" is the portfolio's own)
            return ""  # "of Health Ana Ruiz and", "of Health Mr Hale and", "of Health The and"
    link = lead[k]
    first = k - 1
    if not _capitalised(lead[first]):
        return ""
    if lead[first].lower() not in offices:
        if link != "for":
            return ""
        # "Minister of State for": the office word before a chain in capitals
        while first > 1 and lead[first - 1] in _CAPITAL_JOINS and k - first < 5:
            first -= 2
            if not _capitalised(lead[first]):
                return ""
            if lead[first].lower() in offices:
                break
        if lead[first].lower() not in offices or "of" not in lead[first:k]:
            return ""
    return " ".join(lead[first:])


def holder_office(text: str, at: int) -> str:
    """The office printed right before a holder's name at ``at`` with no comma
    (:func:`read_office`, ``CHAIN``): the office's words from the office word on
    (*head of the National Bank* before *Taras Melnyk*), or "" when the text before
    ``at`` is not that, or ends on a joining word (*the president of policy in
    Europe*) or a person's role (*the wife of farmer Tom Hale*: Hale is the farmer).
    Read by the name reader (:func:`holder_cut`) and by the registry, which gives
    the holder that office as a title for a later *the head of the bank said*.

    >>> holder_office("The governor of the central bank Li Wen", 33)
    'governor of the central bank'
    >>> holder_office("He met the bank Li Wen", 16)
    ''
    """
    if text.find(" of ", max(0, at - _CHAIN_CHARS), at) < 0:
        return ""  # (most names: no office's "of" before them)
    lead = text[max(0, at - _CHAIN_CHARS) : at].split()
    if len(lead) < 3 or text[at - 1 : at] != " " or lead[-1] in JOINS or person_role(lead[-1]):
        return ""
    office = read_office(lead, len(lead), Shape.CHAIN)
    return office.text if office is not None else ""


def holder_cut(text: str, at: int, run: str) -> int:
    """How many characters of ``run`` (capitalised words at ``at``) a body's name
    takes before the holder of an office over it, printed with no comma, when an
    office word and *of* stand before the run with only a complement's words between
    (*the head of the National Bank Taras Melnyk*, *the chairman of the board of
    Tamsin Steel Joe Park*): the holder opens where :func:`holder_start` says and is
    two or three words. 0 for any other run.

    >>> text = "the head of the National Bank Taras Melnyk"
    >>> holder_cut(text, 16, "National Bank Taras Melnyk")
    14
    >>> holder_cut("the Bank of England said", 12, "England")
    0
    """
    words = run.split()
    if len(words) < 3 or not text.endswith((" the ", " of "), 0, at):
        return 0
    n = holder_start(words)
    if not n or len(words) - n > 3 or not holder_office(text, at + _word_offset(run, n)):
        return 0
    return _word_offset(run, n)


def spelled_by(words: Sequence[str], letters: str, joins: frozenset[str]) -> int:
    """Where the capitalised words at the end of ``words`` that ``letters`` (a set
    of initials, full stops left out) spell in order begin, the joining words
    ``joins`` between them skipped (*Director General of Police* for *DGP*); -1
    when they spell none. Read by the registry's initialisms of bodies and by
    :func:`bracketed_office`.

    >>> spelled_by(["the", "Director", "General", "of", "Police"], "DGP", frozenset({"of"}))
    1
    >>> spelled_by(["the", "Police"], "DGP", frozenset({"of"}))
    -1
    """
    taken = 0
    at = len(words)
    while at and taken < len(letters):
        at -= 1
        word = words[at]
        if _NAME_WORD.fullmatch(word):
            if word[0] != letters[-1 - taken]:
                return -1
            taken += 1
        elif word not in joins or taken == 0:
            return -1
    return at if taken == len(letters) else -1


# A word of a name in capitals (*Police*, *O'Neill*, *Asante-Boateng*).
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*+")
# Initials in brackets right before a name: *(DGP) *, *(CS) *.
_INITIALS_BEFORE = regex.compile(r"[ ]\((\p{Lu}{2,6}+)\)[ ]$")


def bracketed_office(text: str, at: int) -> tuple[str, ...]:
    """The office and its initials printed in brackets right before a holder's name
    at ``at``, as news of Commonwealth countries introduces a post it goes on to
    call by its initials (*Director General of Police (DGP) Ravi Kumar*, *Cabinet
    Secretary (CS) Jane Wambui*, then *the DGP said*, *the CS said*): the office's
    capitalised words, which the initials spell (:func:`spelled_by`), one of them an
    office word (:func:`office_words`), and the initials in lower case, as the
    holder's titles; () for any other text.

    >>> bracketed_office("Director General of Police (DGP) Ravi Kumar", 33)
    ('Director General of Police', 'dgp')
    >>> bracketed_office("the Kenya Ports Authority (KPA) Ravi Kumar", 32)
    ()
    """
    m = _INITIALS_BEFORE.search(text, max(0, at - 12), at)
    if m is None or not text[at : at + 1].isupper():
        return ()
    letters = m.group(1)
    words = text[max(0, m.start() - 24 * len(letters)) : m.start()].split(" ")
    first = spelled_by(words, letters, _BRACKET_JOINS)
    office = words[first:] if first >= 0 else []
    # its head: the last word before a joining word (*General* of *Director General
    # of Police*), an office's and no body's (not *the Kenya Ports Authority (KPA)*)
    head = next((w for w, n in itertools.pairwise([*office, "of"]) if n in _BRACKET_JOINS), "")
    low = head.lower()
    if low not in office_words() or low in _body_heads():
        return ()
    return " ".join(office), letters.lower()


_BRACKET_JOINS = frozenset({"of", "for", "and"})


@functools.cache
def _styles() -> frozenset[str]:
    """The courtesy and academic titles a name carries whatever office it holds, and
    the titles said with a first name alone (*Sir*, *Dame*, *Sheikh*:
    ``lexicons/first_name_titles.txt``), which news prints after an office too
    (*Foreign Secretary Sir Tom Hale* ... *Sir Tom said*)."""
    return (
        select("titles", kind="honorific")
        | select("titles", kind="academic")
        | load("first_name_titles")
    )


def style_after_office(title: str) -> int:
    """Where a courtesy or academic style (*Dr*, *Prof.*, *Mrs*) that ends ``title``
    begins, when an office word stands before it: news of many countries prints the
    office, then the style, then the name (*Interior Cabinet Secretary Prof. Jane
    Wambui*, *Minister for Manpower Dr Ana Lim*), and a later *the CS said* or *the
    minister said* reads the office alone. 0 for any other title.

    >>> style_after_office("Interior Cabinet Secretary Prof.")
    27
    >>> style_after_office("Minister for Manpower Dr"), style_after_office("Mrs")
    (22, 0)
    """
    words = title.split()
    if len(words) < 2 or words[-1].rstrip(".").lower() not in _styles():
        return 0
    offices = office_words()
    if not any(w.lower() in offices for w in words[:-1]):
        return 0
    return len(title) - len(words[-1])


def title_head(title: str) -> str:
    """The head noun of a title: its last word, or the last before *of* (*secretary
    of state*: *secretary*; *state* names no person, and *the governor of the state
    of X, Ana Ruiz,* is the governor).

    >>> title_head("secretary of state"), title_head("deputy prime minister")
    ('secretary', 'minister')
    """
    return title.split(" of ", 1)[0].rsplit(None, 1)[-1]


@functools.cache
def office_equivalents() -> tuple[tuple[str, frozenset[str]], ...]:
    """The descriptors of ``lexicons/office_equivalents.tsv`` (words after the
    article, lower case) with the titles each stands for, the longest first.

    >>> dict(office_equivalents())["head of state"] >= {"president", "king"}
    True
    """
    table = load_table("office_equivalents")
    return tuple(
        (words, frozenset(o.strip() for o in table[words].split(",")))
        for words in sorted(table, key=len, reverse=True)
    )


def titles_for_office(office: str) -> list[str]:
    """The titles an office printed before its holder stands for
    (``office_equivalents.tsv``), when it is one of its rows, or one and *of* and a
    country (*head of the Ministry of Foreign Affairs of Velaria*: foreign minister,
    foreign secretary), so that a later *the minister said* names the holder as
    *the head of the ministry said* does.

    >>> titles_for_office("head of the Ministry of Foreign Affairs of Velaria")
    ['foreign minister', 'foreign secretary']
    >>> titles_for_office("head of the National Bank")
    []
    """
    low = office.lower()
    for words, titles in office_equivalents():
        if low == words or low.startswith(words + " of "):
            return sorted(titles)
    return []
