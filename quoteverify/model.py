"""The data model: every object quoteverify hands back, in one module.

All classes are frozen attrs classes: immutable, hashable where their fields
are, comparable, picklable. Offsets are half-open ``(start, end)`` character
offsets into the original text, so ``text[obj.start:obj.end]`` is always the
thing the object describes.

>>> from quoteverify import parse
>>> article = parse('He said, "We will see." Then he left.', doc_id="a1")
>>> q = article.quotes[0]
>>> q.text, q.start, q.end, q.kind.value
('We will see.', 10, 22, 'direct')
>>> article.text[q.start:q.end] == q.text
True
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

import attrs

from .errors import TextTypeError, check_span

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    from .text.clean import Cleaned

_A = TypeVar("_A", bound=attrs.AttrsInstance)

__all__ = [
    "Article",
    "Cue",
    "Diagnostic",
    "DiagnosticCode",
    "Document",
    "Edit",
    "EditKind",
    "Evidence",
    "Extraction",
    "Gap",
    "GapKind",
    "GroupMember",
    "Mark",
    "Match",
    "Mention",
    "Quote",
    "QuoteKind",
    "Relation",
    "Significance",
    "Speaker",
    "SpeakerKind",
    "VariantGroup",
    "Verdict",
    "Verification",
    "WordPair",
]


class QuoteKind(str, enum.Enum):
    """What a quoted span is.

    ``DIRECT``: a clause or sentence of speech. ``PARTIAL``: a fragment of
    somebody's words inside reported speech (*described the talks as
    "constructive"*). ``NON_SPEECH``: a quoted string nobody is reported to
    have said: a title, a sign, a nickname, a scare quote.
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    NON_SPEECH = "non_speech"

    @property
    def is_speech(self) -> bool:
        """True for the kinds that report somebody's words."""
        return self is not QuoteKind.NON_SPEECH


class GapKind(str, enum.Enum):
    """An editorial mark inside a quote, where matching must allow a gap."""

    ELLIPSIS = "ellipsis"  # "..." or "…": words left out
    BRACKET = "bracket"  # "[the summit]": words put in by the editor
    BRACKETED_ELLIPSIS = "bracketed_ellipsis"  # "[...]"


class DiagnosticCode(str, enum.Enum):
    """Why a quote mark could not be paired the ordinary way, or why the text needs cleaning."""

    UNCLOSED = "unclosed"  # an opening mark never closed; the span was recovered
    UNCLOSED_INNER = "unclosed_inner"  # an inner opening mark never closed; no span
    STRAY_CLOSER = "stray_closer"  # a closing mark with nothing open
    EMPTY = "empty"  # a pair of marks around nothing
    TOO_DEEP = "too_deep"  # nesting deeper than the parser follows
    MIXED_MARKS = "mixed_marks"  # closed by a mark of another style, e.g. “ ... "
    LOOKS_LIKE_HTML = "looks_like_html"  # tags or entities left in: parse(text, clean=True)
    LOOKS_LIKE_MOJIBAKE = "looks_like_mojibake"  # UTF-8 read as cp1252: parse(text, clean=True)


class SpeakerKind(str, enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"
    DOCUMENT = "document"  # a report, a letter, a ruling: "the report said"


def builder(cls: type[_A]) -> Callable[..., _A]:
    """A constructor of the frozen, slotted attrs class ``cls`` that takes every
    field by name, none left to its default, and sets each through its slot, without
    what ``__init__`` does for a frozen class (a bound ``object.__setattr__`` per
    field): two to three times cheaper, for the stages that build many objects (the
    quotes and marks of a text dense with quotes). It gives an object equal to
    ``cls(**fields)``. A field's validator is not run: the checks are for the objects
    users build (``Speaker(name=None)``), and the stages that build many pass fields
    of the right types already. A class whose fields convert, or that has a hook
    after ``__init__``, is refused.

    >>> builder(Mark)(start=3, end=4, char='"') == Mark(start=3, end=4, char='"')
    True
    """
    fields = attrs.fields(cls)
    if any(f.converter is not None for f in fields) or hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"{cls.__name__} converts its fields: build it with its __init__")
    names = [f.name for f in fields]
    setters = {f"_set_{n}": getattr(cls, n).__set__ for n in names}  # the slots' setters
    lines = [f"def build(*, {', '.join(names)}):", "    obj = _new(_cls)"]
    lines += [f"    _set_{n}(obj, {n})" for n in names]
    lines.append("    return obj")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, **setters}
    exec("\n".join(lines), namespace)  # code made from the class's own field names
    built: Callable[..., _A] = namespace["build"]
    return built


class _Shown:
    """``to_records()``, ``to_pandas()`` and notebook HTML, shared by the objects users look at."""

    __slots__ = ()

    def to_records(self) -> list[dict[str, Any]]:
        """Flat JSON-safe records (the CLI's JSONL schema).

        See :mod:`quoteverify.surfaces.records`.
        """
        from .surfaces.records import to_records  # noqa: PLC0415 - records imports this module

        return to_records(self)

    def to_pandas(self, *, table: str | None = None) -> pandas.DataFrame:
        """A tidy ``pandas.DataFrame``: a row per quote, evidence item or group member.

        ``table="diagnostics"`` gives an article's diagnostics instead. Needs
        pandas, an optional extra: ``pip install 'quoteverify[pandas]'``
        (without it, :class:`~quoteverify.errors.MissingExtraError` says so).
        See :func:`quoteverify.surfaces.records.to_pandas` for the columns.
        """
        from .surfaces.records import to_pandas  # noqa: PLC0415 - records imports this module

        return to_pandas(self, table=table)  # type: ignore[arg-type]

    def _repr_html_(self) -> str:
        """HTML for notebooks; see :mod:`quoteverify.surfaces.render`."""
        from .surfaces.render import to_html  # noqa: PLC0415 - render imports this module

        return to_html(self)


@attrs.frozen(kw_only=True)
class Mark:
    """One quote mark as printed: ``text[start:end] == char``."""

    start: int
    end: int
    char: str


@attrs.frozen(kw_only=True)
class Gap:
    """An ellipsis or editorial bracket inside a quote's text."""

    start: int
    end: int
    kind: GapKind
    text: str


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser noticed and recovered from; never raised.

    ``code`` says what (each code is described in docs/records.md), ``start`` and
    ``end`` where, usually the mark itself, and ``message`` says it in words.

    >>> from quoteverify import parse
    >>> (d,) = parse('She said "we will see and left.').diagnostics
    >>> d.code.value, d.start, d.end
    ('unclosed', 9, 10)
    """

    code: DiagnosticCode
    start: int
    end: int
    message: str = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class Mention:
    """Words of the text that name a speaker in one place (``"he"``, ``"Mr Putin"``)."""

    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True)
class Cue:
    """The words that attribute a quote (``"said"``, ``"according to"``).

    ``rule`` names the pattern that fired and ``confidence`` is in ``[0, 1]``.
    """

    start: int
    end: int
    text: str
    rule: str
    confidence: float


# Speaker's checks: run by its __init__ (what users call), not by builder(Speaker).


def _check_name(_inst: object, _attr: object, value: Any) -> None:
    if not isinstance(value, str):
        raise TextTypeError(f"Speaker(name=...) takes str, not {type(value).__name__}")


def _check_kind(_inst: object, _attr: object, value: Any) -> None:
    if not isinstance(value, SpeakerKind):
        hint = ""
        if isinstance(value, str) and value in SpeakerKind._value2member_map_:
            hint = f": SpeakerKind({value!r})"
        raise TextTypeError(
            f"Speaker(kind=...) takes a SpeakerKind, not {type(value).__name__} {value!r}{hint}"
        )


def _check_aliases(_inst: object, _attr: object, value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, str) for a in value):
        raise TextTypeError(
            f"Speaker(aliases=...) takes a tuple of str, not {type(value).__name__} {value!r}"
        )


@attrs.frozen(kw_only=True)
class Speaker:
    """A resolved source: a person, an organisation or an unnamed source.

    ``name`` is a ``str``, ``kind`` a :class:`SpeakerKind` and ``aliases`` a tuple
    of ``str``; another type raises :class:`~quoteverify.errors.TextTypeError`
    (a ``TypeError``) at once, not an ``AttributeError`` in a later ``verify``.

    >>> Speaker(name=None)
    Traceback (most recent call last):
    ...
    quoteverify.errors.TextTypeError: Speaker(name=...) takes str, not NoneType
    """

    name: str = attrs.field(validator=_check_name)
    kind: SpeakerKind = attrs.field(default=SpeakerKind.PERSON, validator=_check_kind)
    aliases: tuple[str, ...] = attrs.field(default=(), repr=False, validator=_check_aliases)

    def matches(self, other: Speaker) -> bool:
        """True when ``other`` can be the same source, e.g. from another article:
        symmetric (``a.matches(b) == b.matches(a)``) and reflexive; the rules are
        :func:`~quoteverify.speakers.identity.same_speaker`'s.

        >>> Speaker(name="Vladimir Putin").matches(Speaker(name="Mr Putin"))
        True
        >>> Speaker(name="Ms Dana Lee").matches(Speaker(name="Lee"))
        True
        """
        from .speakers.identity import same_speaker  # noqa: PLC0415 - identity imports this module

        return same_speaker(self, other)


@attrs.frozen(kw_only=True)
class Quote(_Shown):
    """One quoted span.

    ``text`` is exactly ``article_text[start:end]``: the content between the
    marks, marks excluded. A quote that runs over several paragraphs (each
    reopened with a mark, only the last closed) is one quote; its
    ``reopen_marks`` and :attr:`pieces` say where the paragraphs are.
    ``speaker``, ``speaker_mention`` and ``cue`` are filled by attribution and
    stay ``None`` when nobody is named (titles, signs, scare quotes).

    >>> from quoteverify import parse
    >>> q = parse("“We start on Monday,” said Ines Berg.").quotes[0]
    >>> q.text, q.kind.value, q.speaker_name, q.cue.text
    ('We start on Monday,', 'direct', 'Ines Berg', 'said')
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    kind_confidence: float = attrs.field(default=1.0, repr=False)
    kind_reason: str = attrs.field(default="", repr=False)
    doc_id: str | None = attrs.field(default=None, repr=False)
    open_mark: Mark = attrs.field(repr=False)
    close_mark: Mark | None = attrs.field(default=None, repr=False)
    reopen_marks: tuple[Mark, ...] = attrs.field(default=(), repr=False)
    gaps: tuple[Gap, ...] = attrs.field(default=(), repr=False)
    depth: int = attrs.field(default=0, repr=False)
    parent: int | None = attrs.field(default=None, repr=False)
    speaker: Speaker | None = None
    speaker_mention: Mention | None = attrs.field(default=None, repr=False)
    cue: Cue | None = attrs.field(default=None, repr=False)

    @property
    def closed(self) -> bool:
        """False when the closing mark was missing and the span was recovered."""
        return self.close_mark is not None

    @property
    def outer_start(self) -> int:
        """Offset of the opening mark."""
        return self.open_mark.start

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or past the recovered end)."""
        return self.close_mark.end if self.close_mark is not None else self.end

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each paragraph's part, without reopening marks.

        >>> from quoteverify import parse
        >>> q = parse('"One.\\n\\n"Two."').quotes[0]
        >>> [q.text[s - q.start:e - q.start] for s, e in q.pieces]
        ['One.', 'Two.']
        """
        if not self.reopen_marks:
            return ((self.start, self.end),)
        out = []
        start = self.start
        for mark in self.reopen_marks:
            piece = self.text[start - self.start : mark.start - self.start]
            out.append((start, start + len(piece.rstrip())))
            start = mark.end
        out.append((start, self.end))
        return tuple(out)

    @property
    def plain_text(self) -> str:
        """The words of the quote with paragraph breaks and reopening marks removed."""
        return " ".join(self.text[s - self.start : e - self.start] for s, e in self.pieces)

    @property
    def is_speech(self) -> bool:
        """True unless the quote is a title, a sign, a nickname or a scare quote."""
        return self.kind.is_speech

    @property
    def speaker_name(self) -> str | None:
        """The resolved speaker's name, or None when the quote has no speaker.

        >>> from quoteverify import parse
        >>> text = '"We won," said Ana Ruiz. Nobody knew what "won" meant.'
        >>> [q.speaker_name for q in parse(text).quotes]
        ['Ana Ruiz', None]
        """
        return None if self.speaker is None else self.speaker.name


def _quote_tuple(value: Any) -> tuple[Quote, ...]:
    return tuple(value)


def _diagnostic_tuple(value: Any) -> tuple[Diagnostic, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Extraction:
    """What :func:`quoteverify.extract_quotes` found: the spans and the diagnostics.

    It behaves as a sequence of :class:`Quote`, so ``len()``, indexing and
    iteration work on the spans directly.
    """

    quotes: tuple[Quote, ...] = attrs.field(converter=_quote_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostic_tuple)

    def __len__(self) -> int:
        return len(self.quotes)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Quote, ...]: ...

    def __getitem__(self, index: int | slice) -> Quote | tuple[Quote, ...]:
        return self.quotes[index]


class Relation(str, enum.Enum):
    """How two quotes relate, from the closest to none."""

    EXACT = "exact"  # the same words once normalised
    FRAGMENT = "fragment"  # one is a contiguous part of the other (ellipses allowed)
    VARIANT = "variant"  # small edits
    PARAPHRASE = "paraphrase"  # heavily reworded, sharing a core of words
    UNRELATED = "unrelated"

    @property
    def linked(self) -> bool:
        """True for every relation but ``UNRELATED``."""
        return self is not Relation.UNRELATED


class EditKind(str, enum.Enum):
    """What one difference between two quotes is."""

    CASE = "case"  # the same word in other capitals
    SPELLING = "spelling"  # neighbour/neighbor, Zelensky/Zelenskyy
    INSERTED = "inserted"  # words only in b
    DELETED = "deleted"  # words only in a
    SUBSTITUTED = "substituted"  # other words in the same place
    REORDERED = "reordered"  # the same words in another order
    ELLIPSIS = "ellipsis"  # words left out where the other marks a gap
    TRUNCATED = "truncated"  # words cut at the start or the end
    NEGATION = "negation"  # a negation added or dropped
    NUMBER = "number"  # a number changed, added or dropped
    NAME = "name"  # a different name

    @property
    def changes_meaning(self) -> bool:
        """True for the edits that change what was said."""
        return self in (EditKind.NEGATION, EditKind.NUMBER, EditKind.NAME)


class Significance(str, enum.Enum):
    """What an edit does to the words, read with ``a`` as a claim and ``b`` as its source.

    ``FORM`` and ``OMITTED`` are neutral: the claim still says only what the source
    prints. ``ADDED`` and ``CHANGED`` bear meaning.
    """

    FORM = "form"  # case, punctuation, spelling, contraction, function words, a gap
    OMITTED = "omitted"  # content words b prints and a leaves out
    ADDED = "added"  # content words in a that b does not print
    CHANGED = "changed"  # content words substituted; a negation, number, name or modal differs

    @property
    def neutral(self) -> bool:
        """True for ``FORM`` and ``OMITTED``."""
        return self in (Significance.FORM, Significance.OMITTED)


@attrs.frozen(kw_only=True)
class Edit:
    """One labelled difference, with offsets into both compared texts.

    ``a_start``/``a_end`` index the first text and ``b_start``/``b_end`` the
    second; an empty range marks where words are missing on that side.
    ``significance`` (derived from the kind and the two texts) says whether the
    edit bears meaning when ``a`` is a claim and ``b`` its source.
    """

    kind: EditKind
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str

    @property
    def changes_meaning(self) -> bool:
        """True when this edit is a negation, number or name change (it caps the score)."""
        return self.kind.changes_meaning

    @property
    def significance(self) -> Significance:
        """Neutral or meaning-bearing, with ``a`` as the claim: see :class:`Significance`."""
        from .matching.compare import edit_significance  # noqa: PLC0415 - compare imports this module

        return edit_significance(self)

    @property
    def neutral(self) -> bool:
        """True when the claim (``a``) still says only what the source (``b``) prints."""
        return self.significance.neutral


class WordPair(NamedTuple):
    """Two words that :func:`~quoteverify.matching.compare.compare` aligned as the same word
    (once normalised): ``a[a_start:a_end]`` and ``b[b_start:b_end]``, half-open."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


@attrs.frozen(kw_only=True)
class Match:
    """The comparison of two quotes: relation, score (0-100) and the labelled edits.

    ``alignment`` is the word alignment the edits were read from: every pair of
    words aligned as the same word, in order (the words between them are in the
    edits). :func:`~quoteverify.surfaces.render.match_html` draws it.

    >>> from quoteverify import compare
    >>> m = compare("We will win", "we will not win")
    >>> [(m.a[p.a_start : p.a_end], m.b[p.b_start : p.b_end]) for p in m.alignment]
    [('We', 'we'), ('will', 'will'), ('win', 'win')]
    """

    a: str
    b: str
    relation: Relation
    score: float
    edits: tuple[Edit, ...] = attrs.field(repr=False)
    containment: float = attrs.field(default=0.0, repr=False)
    # True when the texts were too long to align word by word (compare's max_cells):
    # the alignment, score and relation then come from anchors on shared n-grams.
    approximate: bool = attrs.field(default=False, repr=False)
    alignment: tuple[WordPair, ...] = attrs.field(default=(), repr=False)

    @property
    def meaning_changed(self) -> bool:
        """True when an edit adds or drops a negation, changes a number or a name."""
        return any(e.changes_meaning for e in self.edits)

    @property
    def linked(self) -> bool:
        """True when the two quotes report one utterance: exact, fragment or
        paraphrase, or a variant that shares most of its informative content
        (:func:`quoteverify.matching.compare.match_links`, the one decision)."""
        from .matching.compare import match_links  # noqa: PLC0415 - compare imports this module

        return match_links(self)

    @property
    def neutral(self) -> bool:
        """True when every edit is neutral: ``a`` says nothing that ``b`` does not print."""
        return all(e.neutral for e in self.edits)

    def _repr_html_(self) -> str:
        """The two texts aligned word by word, for notebooks.

        See :mod:`quoteverify.surfaces.render`.
        """
        from .surfaces.render import to_html  # noqa: PLC0415 - render imports this module

        return to_html(self)


class Verdict(str, enum.Enum):
    """What the sources say about a claimed quote.

    Three verdicts back the claim as stated (:attr:`supported`): ``exact``,
    ``fragment`` and ``variant``; the other six do not. Each is explained, with
    an example, in docs/concepts.md ("Verdicts").

    >>> [v.value for v in Verdict if v.supported]
    ['exact', 'fragment', 'variant']
    """

    EXACT = "exact"  # a source prints these words (and the claimed speaker, if any)
    FRAGMENT = "fragment"  # the claim is part of what a source prints (never the reverse)
    VARIANT = "variant"  # a source prints these words with neutral edits only
    PARAPHRASE = "paraphrase"  # sources report something close, heavily reworded
    ALTERED = "altered"  # the nearest source differs in a content word, negation, number or name
    PARTLY_SOURCED = "partly_sourced"  # the claim adds words that no source prints
    MISATTRIBUTED = "misattributed"  # the words are sourced, but to someone else
    DISPUTED = "disputed"  # sources disagree about who said it
    NOT_FOUND = "not_found"  # no source prints anything like it

    @property
    def supported(self) -> bool:
        """True when the sources back the claim as stated (words and speaker)."""
        return self in (Verdict.EXACT, Verdict.FRAGMENT, Verdict.VARIANT)


@attrs.frozen(kw_only=True)
class Evidence:
    """A source quote that bears on a claim, with how it relates to the claim.

    ``quote`` is the source quote (its ``doc_id`` and offsets into its article)
    and ``match`` the word-by-word comparison, the claim as ``a`` and the source
    as ``b``; ``relation``, ``score`` and ``speaker`` read from them.
    """

    quote: Quote
    match: Match = attrs.field(repr=False)

    @property
    def doc_id(self) -> str | None:
        """The source article's id."""
        return self.quote.doc_id

    @property
    def relation(self) -> Relation:
        """How the source's words relate to the claim's."""
        return self.match.relation

    @property
    def score(self) -> float:
        """Word-level similarity, 0-100 (capped when the meaning changed)."""
        return self.match.score

    @property
    def speaker(self) -> Speaker | None:
        """Who the source says spoke."""
        return self.quote.speaker


@attrs.frozen(kw_only=True)
class Verification(_Shown):
    """The answer to a claim: a verdict, the evidence best first, and why.

    ``claim`` and ``claimed_speaker`` are what was asked, ``real_speaker`` who
    the sources name (``None`` when they name nobody or disagree),
    ``explanation`` one sentence in words, and ``quote`` the checked quote when
    the claim came from :meth:`Corpus.check <quoteverify.Corpus.check>`.

    >>> from quoteverify import Corpus
    >>> corpus = Corpus()
    >>> _ = corpus.add("“The pool stays open,” Mayor Ines Berg said.", doc_id="a")
    >>> v = corpus.verify('Ines Berg said "the pool stays open"')
    >>> v.verdict.value, v.verdict.supported, v.best.doc_id, v.real_speaker.name
    ('exact', True, 'a', 'Ines Berg')
    """

    claim: str
    claimed_speaker: Speaker | None
    verdict: Verdict
    evidence: tuple[Evidence, ...] = attrs.field(repr=False)
    real_speaker: Speaker | None = None
    explanation: str = attrs.field(default="", repr=False)
    quote: Quote | None = attrs.field(default=None, repr=False)  # the checked quote, if any

    @property
    def best(self) -> Evidence | None:
        """The strongest evidence, or ``None``."""
        return self.evidence[0] if self.evidence else None


@attrs.frozen(kw_only=True)
class GroupMember:
    """A quote in a variant group, and how it relates to the group's fullest form."""

    quote: Quote
    relation: Relation
    score: float


@attrs.frozen(kw_only=True, repr=False)
class VariantGroup(_Shown):
    """Quotes, from one article or several, that report one utterance.

    Its ``repr`` shows the utterance's fullest form, the number of members and the
    articles they come from:

    >>> from quoteverify import Corpus
    >>> c = Corpus()
    >>> _ = c.add('"We will build the bridge by May," Ms Okafor said.', doc_id="a")
    >>> _ = c.add('Ms Okafor said: "We will build the bridge by May."', doc_id="b")
    >>> c.variant_groups()[0]
    VariantGroup(text='We will build the bridge by May,', members=2, doc_ids=('a', 'b'),
                 speakers=('Okafor',))
    """

    canonical: Quote
    members: tuple[GroupMember, ...]
    speakers: tuple[Speaker, ...] = ()

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 120 else self.text[:119] + "…"
        names = tuple(s.name for s in self.speakers)
        return (
            f"VariantGroup(text={text!r}, members={len(self.members)}, "
            f"doc_ids={self.doc_ids!r}, speakers={names!r})"
        )

    @property
    def text(self) -> str:
        """The fullest form of the utterance."""
        return self.canonical.text

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The articles the group's quotes come from, in first-seen order."""
        return tuple(dict.fromkeys(m.quote.doc_id or "" for m in self.members))

    @property
    def speaker_conflict(self) -> bool:
        """True when the sources name different speakers for the utterance."""
        return len(self.speakers) > 1


@attrs.frozen(kw_only=True)
class Article(_Shown):
    """A parsed text: its quotes in text order and what the parser noticed.

    After ``parse(text, clean=True)``, ``text`` is the *cleaned* text (every
    offset points into it) and ``cleaning`` holds the
    :class:`~quoteverify.text.clean.Cleaned` result with the original text;
    :meth:`to_original` maps a span back to it. ``cleaning`` is ``None`` when
    the text was parsed as given; it is not kept by records or the store.

    >>> from quoteverify import parse
    >>> article = parse('Ines Berg said the pool was "open". The sign read "Closed', doc_id="d1")
    >>> [q.text for q in article.quotes], [d.code.value for d in article.diagnostics]
    (['open', 'Closed'], ['unclosed'])
    >>> [q.text for q in article.speech]
    ['open']
    """

    text: str = attrs.field(repr=False)
    doc_id: str | None = None
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quote_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_diagnostic_tuple, repr=False
    )
    metadata: Mapping[str, Any] = attrs.field(factory=dict, repr=False, hash=False)
    cleaning: Cleaned | None = attrs.field(default=None, repr=False, eq=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text given to ``parse`` that ``text[start:end]`` came from.

        The identity when the text was not cleaned. Offsets outside the text,
        or an end before the start, raise
        :class:`~quoteverify.errors.OptionError`, cleaned or not.

        >>> from quoteverify import parse
        >>> article = parse("<p>&ldquo;Fine,&rdquo; she said.</p>", clean=True)
        >>> q = article.quotes[0]
        >>> start, end = article.to_original(q.outer_start, q.outer_end)
        >>> article.cleaning.original[start:end]
        '&ldquo;Fine,&rdquo;'
        """
        if self.cleaning is None:
            return check_span(start, end, len(self.text))
        return self.cleaning.span_to_original(start, end)

    @property
    def speech(self) -> tuple[Quote, ...]:
        """The quotes that report somebody's words (direct and partial)."""
        return tuple(q for q in self.quotes if q.is_speech)


@attrs.frozen(kw_only=True)
class Document:
    """A text to parse, with its id and whatever else its record carried."""

    doc_id: str
    text: str = attrs.field(repr=False)
    metadata: dict[str, Any] = attrs.field(factory=dict, repr=False, hash=False)
    source: str = attrs.field(default="", repr=False)
