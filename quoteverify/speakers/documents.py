"""Documents as sources, and the authors an article gives them.

News quotes written sources as if they spoke: *the report said*, *a letter from
the council reads*. A mention headed by a document noun
(``lexicons/document_nouns.txt``) is a document speaker; when the article names
who wrote it in the same noun phrase, the author is the source instead:

* after the document, joined by a phrase of ``lexicons/author_links.txt``:
  *a report by the Audit Office*, *the report, written by Dr Ana Ruiz,*, *an
  editorial in the Dover Times* (after *in*, only an organisation);
* before the document noun, a name or an organisation: *the Audit Office report*;
  or a person's possessive pronoun opening the phrase (*his letter*, *her
  resignation statement*): the person the pronoun stands for.

The row ``document-author`` of :data:`.rules.RULES` asks :func:`document_author`
about what the rest of the table finds.

>>> from quoteverify import parse
>>> q = parse("“Costs rose,” said a report by the Audit Office.").quotes[0]
>>> q.speaker.name, q.speaker.kind.value
('Audit Office', 'organization')
>>> parse("“Costs rose,” said the report.").quotes[0].speaker.kind.value
'document'
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

from ..lexicons import load, load_table, select
from ..model import builder
from .mentions import Found, PhraseKind, phrase_after, phrase_before

if TYPE_CHECKING:
    from ..text.layer import Token
    from .attribution import _Context

__all__ = [
    "PARTICIPLE_GAP",
    "document_author",
    "is_document",
    "link_participles",
    "poll_of",
    "sender_of",
]

_REACH = 100  # characters read after a document for its author (past whom it was for)
PARTICIPLE_GAP = 4  # words at most between an author link's participle and its "by"
COMMISSIONER_GAP = 8  # words at most between "for" (whom a document was made for) and "by"
_SHARE_REACH = 8  # tokens before a mention read for the share of respondents it ends
_SHARE_CHARS = 80  # characters before a mention read for the share's number
_POLL_CHARS = 320  # characters before a mention looked through for a poll's noun
_DIGIT = regex.compile(r"\d")
# "according to" right before a document that opens on "a" or "an" (the sender's
# letter, named by no author): see sender_of.
_DATELINE_WORDS = 8  # tokens at most of a dateline before its dash
_DASHES = frozenset({"—", "–", "--", "-"})
_APPOSITION = 12  # tokens at most of an apposition after a sender's name
_ACCORDING_TO = regex.compile(r"(?i:according[ ]to)[ ]\Z")
_ADJECTIVES = 3  # words at most between a determiner and an author before the document
# A word an author before the document may follow: in lower case, or a number ("2013").
_ADJECTIVE = regex.compile(r"\p{Ll}[\p{Ll}-]*|\d[\d,]*")
# What an author may be: someone named, an organisation, or a definite body ("the council").
_AUTHORS = frozenset({PhraseKind.NAME, PhraseKind.ORGANIZATION, PhraseKind.DESCRIPTOR})
_NAMED = frozenset({PhraseKind.NAME, PhraseKind.ORGANIZATION})
# What a document's mention may be read as ("the statement by the council" may read
# as an organisation's).
# "his", "her", "its": a possessive pronoun of one owner, whose owner wrote the
# document it opens (a body's for *its*: *Its report found*). Not *their*: a plural
# pronoun resolves to one of several people, or to none.
_OWNER_POSSESSIVES = (
    select("pronouns", case="possessive", gender="male")
    | select("pronouns", case="object", gender="female")
    | select("pronouns", case="possessive", person="3", number="singular", gender="neuter")
)
_new_found = builder(Found)
# An owner's possessive before a document noun, and a plural's or a name's in *s*
# that takes the apostrophe alone (*Reuters' report*, *the Falcons' statement*).
_POSSESSIVE_ENDS = ("'s", "’s")
_BARE_POSSESSIVE_ENDS = ("s'", "s’")
_DOCUMENT_KINDS = frozenset({PhraseKind.ANONYMOUS, PhraseKind.DESCRIPTOR, PhraseKind.ORGANIZATION})


_POST_MODIFIERS = load("post_modifiers")
_POST_MODIFIER_FIRST = frozenset(p.split()[0] for p in _POST_MODIFIERS)


def _post_modifier(first: str, second: str) -> bool:
    """True when the words ``first`` and ``second`` (lower case) are a post-modifier
    (``lexicons/post_modifiers.txt``: *familiar with*, *close to*).

    >>> _post_modifier("close", "to"), _post_modifier("close", "by")
    (True, False)
    """
    return first in _POST_MODIFIER_FIRST and f"{first} {second}" in _POST_MODIFIERS


def is_document(phrase: str) -> bool:
    """True when the last word (or two) of ``phrase`` is a written source.

    >>> is_document("the council's annual report"), is_document("a press release")
    (True, True)
    >>> is_document("the reporter")
    False

    A post-modifier ends the head (``lexicons/post_modifiers.txt``): *an aide familiar
    with the report* is a person.

    >>> is_document("an aide familiar with the report")
    False
    """
    words = phrase.lower().split()
    words = next(
        (words[:i] for i in range(1, len(words) - 1) if _post_modifier(words[i], words[i + 1])),
        words,
    )
    nouns = load("document_nouns")
    return bool(words) and (words[-1] in nouns or " ".join(words[-2:]) in nouns)


def _link_at(toks: list[Token], k: int) -> int:
    """How many tokens from ``k`` are an author link ("by", "written by"), longest
    first; a participle of such a link may stand a few words before its *by*
    ("released in June by": see :func:`link_participles`)."""
    links = load("author_links")
    for n in (2, 1):
        if k + n <= len(toks) and " ".join(t.lower for t in toks[k : k + n]) in links:
            return n
    if k < len(toks) and toks[k].lower in load("commissioner_prepositions"):
        return _by_after(toks, k, COMMISSIONER_GAP)
    if k < len(toks) and toks[k].lower in link_participles():
        # (n tokens from k: the participle, up to PARTICIPLE_GAP words, then "by")
        for n in range(2, min(len(toks) - k, PARTICIPLE_GAP + 3)):
            word = toks[k + n - 1]
            if word.lower == "by":
                return n
            if not word.text[:1].isalnum():
                break  # a comma or a stop: the participle's phrase ended
    return 0


def _by_after(toks: list[Token], k: int, gap: int) -> int:
    """How many tokens from ``k`` up to and including a *by* at most ``gap`` words
    on, with no punctuation but a possessive's between (*for Oxfam on Germany's
    energy policy by*); 0 when there is none."""
    for n in range(2, min(len(toks) - k, gap + 3)):
        word = toks[k + n - 1]
        if word.lower == "by":
            return n
        if not word.text[:1].isalnum() and word.lower not in ("'s", "’s"):
            break  # a comma or a stop: the phrase ended
    return 0


@cache
def link_participles() -> frozenset[str]:
    """The participles of ``lexicons/author_links.txt`` that join an author with
    *by* ("written by", "released by"); between such a participle and its *by* a
    short phrase of time or place may stand (*a report released in June by the
    Audit Office*, at most :data:`PARTICIPLE_GAP` words)."""
    return frozenset(
        link.split()[0] for link in load("author_links") if link.endswith(" by") and " " in link
    )


def _full(name: Found) -> bool:
    """A name of two words or more, or one with a title ("Dr Ruiz")."""
    return bool(name.title) or len(name.head.split()) >= 2


def _document_nouns(toks: list[Token], end: int) -> list[int]:
    """The indexes of the tokens in lower case that name a document in a mention
    ending at ``end`` ("statement" in "a statement by the council"; not "Audit" in
    "the Audit Office report"); a post-modifier ends the mention's head (not "report"
    in "an aide familiar with the report")."""
    nouns = load("document_nouns")
    out = []
    for i, tok in enumerate(toks):
        if tok.end > end or (
            i and i + 1 < len(toks) and _post_modifier(tok.lower, toks[i + 1].lower)
        ):
            break
        pair = f"{toks[i - 1].lower} {tok.lower}" if i else ""
        if tok.text.islower() and (tok.lower in nouns or pair in nouns):
            out.append(i)
    return out


def _author_after(ctx: _Context, toks: list[Token], d: int) -> Found | None:
    """An author joined after the document noun at ``d``: "by X", ", written by X"."""
    k = d + 2 if d + 1 < len(toks) and toks[d + 1].text == "," else d + 1
    n = _link_at(toks, k)
    if n == 0:
        return None
    author = phrase_after(toks, k + n, text=ctx.text)
    if author is None or author.kind not in _AUTHORS or is_document(author.text):
        return None
    if author.kind is PhraseKind.DESCRIPTOR and not author.text[:1].islower():
        return None  # a capital word that the lexicons do not know
    if toks[k].lower == "from" and author.kind is PhraseKind.NAME and not _full(author):
        return None  # "a letter from Paris": a place as often as a person
    if toks[k].lower == "in" and author.kind is not PhraseKind.ORGANIZATION:
        return None  # "an editorial in The Times", not "a report in Leeds"
    if toks[k].lower in load("commissioner_prepositions") and author.kind not in _NAMED:
        return None  # past whom it was made for, only an author the article names
    return author


def _author_before(ctx: _Context, toks: list[Token], d: int, end: int) -> Found | None:
    """A name or organisation between the determiner and the document noun at ``d``,
    past up to three words in lower case or numbers after the determiner (*a new
    Gallup poll*, *the 2013 Audit Office report*), when the name then runs up to
    the document noun (not *a former Roe aide's memo*: the aide wrote it); or *his*,
    *her* or *its* opening a phrase that ends (at ``end``, the mention's end) on the
    document noun, up to three such words between (*his letter*, *her resignation
    letter*, *its annual report*): the pronoun, the person or body it stands for.

    >>> from quoteverify import parse
    >>> parse("A new Halden Institute poll says “most riders are content.”").quotes[0].speaker_name
    'Halden Institute'
    >>> parse("Ana Roe quit. Her letter said: “I am done.”").quotes[0].speaker_name
    'Ana Roe'
    """
    if (
        toks[0].lower in _OWNER_POSSESSIVES
        and toks[d].end == end
        and all(_ADJECTIVE.fullmatch(tok.text) for tok in toks[1:d])
    ):
        if d - 1 > _ADJECTIVES:
            return None
        # "His letter was short:", "her resignation letter said": an owner's
        # possessive pronoun opening the document's phrase, the document noun its
        # last word (``end``, where the mention ends: not "her senior policy
        # adviser"), names its author, the person the pronoun stands for.
        return _new_found(
            start=toks[0].start,
            end=toks[0].end,
            text=toks[0].text,
            kind=PhraseKind.PRONOUN,
            head=toks[0].text,
            title="",
        )
    owner = _possessive_owner(ctx, toks, d, end)
    if owner is not None:
        return owner
    k = 1 if toks[0].lower in load("determiners") else 0
    first = k
    while k < d and k - first < _ADJECTIVES and _ADJECTIVE.fullmatch(toks[k].text):
        k += 1
    if k >= d or not toks[k].text[:1].isupper():
        return None
    author = phrase_after(toks, k, text=ctx.text, hi=d)
    if author is None or author.kind not in _NAMED or author.end > toks[d].start:
        return None
    if k > first and ctx.text[author.end : toks[d].start].strip():
        return None  # past adjectives, only a name that runs up to the noun
    return author


def _possessive_owner(ctx: _Context, toks: list[Token], d: int, end: int) -> Found | None:
    """The owner a possessive names before the document noun at ``d``, past up to
    three words in lower case, the noun ending the mention (at ``end``): *the
    Foreign Ministry's statement*, *the summit's final declaration*, *Ana Roe's
    letter*; the phrase before the possessive must read whole as a name, an
    organisation or a descriptor (*the ministry*), not a document (*the report's
    summary* ends on no document noun; *the report's annex* would give no owner).

    >>> from quoteverify import parse
    >>> parse("The Halden Council's statement said “rents will fall.”").quotes[0].speaker_name
    'Halden Council'
    """
    if toks[d].end != end:
        return None
    p = d - 1
    while p >= 0 and d - 1 - p < _ADJECTIVES and _ADJECTIVE.fullmatch(toks[p].text):
        p -= 1
    if p < 0 or len(toks[p].text) < 3:
        return None
    if toks[p].text.endswith(_POSSESSIVE_ENDS):
        stop = toks[p].end - 2
    elif toks[p].text.endswith(_BARE_POSSESSIVE_ENDS):
        stop = toks[p].end - 1  # "Reuters'": the apostrophe alone, never the name's
    else:
        return None
    owner_toks = ctx.tokens(toks[0].start, stop)
    owner = phrase_before(owner_toks, len(owner_toks), text=ctx.text) if owner_toks else None
    if owner is None or owner.kind not in _AUTHORS or owner.end != stop:
        return None
    if stop == toks[p].end - 1 and owner.kind not in _NAMED:
        return None  # "the inspectors' report": a plural's, the document's own
    if is_document(owner.text):
        return None  # "the report's annex"
    return owner


def document_author(ctx: _Context, mention: Found, hi: int) -> Found | None:
    """The author the article names for the document ``mention``, or ``None``.

    ``hi`` bounds what is read after the mention (its paragraph's end). A mention
    that is not a document, or a document with no author named beside it, gives
    ``None``: the document itself is then the speaker (``SpeakerKind.DOCUMENT``).
    """
    if mention.kind not in _DOCUMENT_KINDS:
        return None
    toks = ctx.tokens(mention.start, max(mention.end, min(hi, mention.end + _REACH)))
    found = _document_nouns(toks, mention.end)
    for d in found:
        author = _author_after(ctx, toks, d)
        if author is not None:
            return author
    if not found or _modifier_noun(toks, found[-1], mention.end):
        return None
    return _author_before(ctx, toks, found[-1], mention.end)


def _modifier_noun(toks: list[Token], d: int, end: int) -> bool:
    """True when the document noun at ``d`` modifies a lower-case noun after it
    inside the mention (ending at ``end``): *the Tarn audit committee*, *the White
    House advisory council* name a body, not a document's author."""
    if d + 1 >= len(toks) or toks[d + 1].end > end:
        return False
    word = toks[d + 1]
    return word.text.isalpha() and word.text.islower() and word.lower not in load("stopwords")


def _share_at(toks: list[Token], i: int) -> bool:
    """True when ``toks[i]`` opens a share of a group: a number with its unit ("40
    percent", "40%", "six in 10")."""
    word = toks[i].lower
    if word[:1].isdigit() and word.endswith("%"):
        return True
    number = word[:1].isdigit() or word in load_table("number_words")
    return number and i + 1 < len(toks) and toks[i + 1].lower in load("share_units")


def poll_of(ctx: _Context, mention: Found, lo: int) -> Found | None:
    """The poll whose respondents ``mention`` is a share of, or ``None``.

    "In a May poll, 40 percent of voters said ...", "The survey finds that six in 10
    drivers say ...": a share (a number and its unit, ``lexicons/share_units.txt``)
    that opens the mention, or the phrase it ends, with no punctuation between, in a
    sentence that names a poll before it (``lexicons/poll_nouns.txt``). The poll
    reports what its respondents answered. ``lo`` is where the sentence may start
    (its paragraph's start).
    """
    if _DIGIT.search(ctx.text, max(lo, mention.start - _SHARE_CHARS), mention.end) is None:
        # Every share has a number in digits ("six in 10", "40 percent"); searched in
        # place (this row asks it of nearly every quote a row attributes).
        return None
    before = ctx.text[max(lo, mention.start - _POLL_CHARS) : mention.start].lower()
    polls = load("poll_nouns")
    if not any(noun in before for noun in polls):
        return None  # no poll named near enough to be in the sentence
    start = ctx.sentence_start(lo, mention.start)
    toks = ctx.tokens(start, mention.end)
    m = next((i for i, t in enumerate(toks) if t.start >= mention.start), len(toks))
    share = next(
        (i for i in range(max(0, m - _SHARE_REACH), m + 1) if i < len(toks) and _share_at(toks, i)),
        None,
    )
    if share is None or any(not t.text[:1].isalnum() and t.text != "%" for t in toks[share:m]):
        return None
    d = next((i for i in range(share - 1, -1, -1) if toks[i].text in polls), None)
    if d is None:
        return None
    poll = phrase_before(toks, d + 1, text=ctx.text, loose=True)
    return poll if poll is not None and is_document(poll.text) else None


def sender_of(ctx: _Context, mention: Found, lo: int) -> Found | None:
    """Who sent the document ``mention`` that a sentence's own subject told of: *Halden
    Bank has told investors that it expects "a hard year", according to a letter seen
    by the Courier*. A document that opens on *a* or *an* right after *according to*,
    with no author beside it, in a sentence that opens on a name or a body followed by
    a cue verb (``lexicons/cue_verbs.tsv``; auxiliaries between: *has told*) is that
    subject's: the document is how the subject said it, not who. None otherwise (*the
    letter*, named before, is :func:`document_author`'s or the document's own).
    ``lo`` is where the sentence may start (its paragraph's start).
    """
    words = mention.text.split(None, 1)
    if (
        len(words) < 2
        or words[0].lower() not in ("a", "an")
        or not is_document(mention.text)
        or _ACCORDING_TO.search(ctx.text, max(lo, mention.start - 16), mention.start) is None
    ):
        return None
    toks = ctx.tokens(ctx.sentence_start(lo, mention.start), mention.start)
    # (past a dateline: "LONDON —", "DOVER, Kent (Reuters) --")
    first = next(
        (
            i + 1
            for i, t in enumerate(toks[:_DATELINE_WORDS])
            if t.text in _DASHES and i and all(not w.text.islower() for w in toks[:i])
        ),
        0,
    )
    if first >= len(toks):
        return None
    subject = phrase_after(toks, first, text=ctx.text)
    if subject is None or subject.kind not in _NAMED or subject.start != toks[first].start:
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= subject.end), len(toks))
    if k < len(toks) and toks[k].text == ",":
        # "Halden Capital, the fund run by Ana Ruiz, has told": past the apposition
        k = next(
            (i + 1 for i in range(k + 1, min(len(toks), k + _APPOSITION)) if toks[i].text == ","), k
        )
    auxiliaries = load("auxiliaries")
    while k < len(toks) and toks[k].lower in auxiliaries:
        k += 1
    return subject if k < len(toks) and toks[k].lower in load("cue_verbs") else None
