"""Hypothesis strategies for property tests of code that handles quotes.

Import this module in your own tests: it is the only place quoteverify uses
Hypothesis at run time. Generated articles carry their ground truth, so a test
can check that a parser recovers exactly the quotes that were planted.

>>> from hypothesis import given
>>> from quoteverify import parse
>>> @given(planted_articles())
... def test_recovers_planted_quotes(article):
...     found = [(q.start, q.end) for q in parse(article.text).quotes]
...     assert found == [(q.start, q.end) for q in article.quotes]
>>> test_recovers_planted_quotes()

Installed with the package, the entry point registers a strategy for every
public class, so ``st.from_type(Verification)`` (or ``Quote``, ``Corpus``,
``Match``, ...) gives valid objects: each is made by the library itself from
generated text (a parsed article, a comparison, a verified claim), never
assembled field by field, so its offsets and relations always hold. The table
is :data:`STRATEGIES`.

>>> from quoteverify import Verification
>>> @given(st.from_type(Verification))
... def test_verdicts_have_evidence_unless_not_found(v):
...     assert bool(v.evidence) or v.verdict.value == "not_found"
>>> test_verdicts_have_evidence_unless_not_found()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from .config import Config
from .model import (
    Article,
    Cue,
    Diagnostic,
    Document,
    Edit,
    Evidence,
    Extraction,
    GroupMember,
    Match,
    Mention,
    Quote,
    Speaker,
    VariantGroup,
    Verification,
    WordPair,
)

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = [
    "MARK_PAIRS",
    "STRATEGIES",
    "PlantedArticle",
    "PlantedQuote",
    "Variant",
    "articles",
    "claims",
    "configs",
    "corpora",
    "cues",
    "diagnostics",
    "documents",
    "edits",
    "evidence",
    "extractions",
    "group_members",
    "mark_pairs",
    "matches",
    "mentions",
    "planted_articles",
    "quote_texts",
    "quotes",
    "speakers",
    "variant_groups",
    "variants",
    "verifications",
    "word_pairs",
]

#: Opening and closing marks that pair in every style the parser reads.
MARK_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'),
    ("“", "”"),
    ("‘", "’"),
    ("«", "»"),
    ("« ", " »"),
    ("»", "«"),
    ("„", "“"),
    ("‹", "›"),
    ("``", "''"),
    ("''", "''"),
    ("「", "」"),
    ("『", "』"),
    ("'", "'"),
)

_WORDS = (
    "peace",
    "talks",
    "summit",
    "the",
    "we",
    "will",
    "meet",
    "again",
    "Moscow",
    "Alaska",
    "neighbour",
    "security",
    "deal",
    "it's",
    "don't",
    "time",
    "next",
    "good",
    "very",
    "constructive",
    "progress",
    "agreement",
    "of",
    "and",
    "in",
    "a",
    "2025",
)
_NAMES = ("Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Marco Rubio", "Yuri Ushakov")


@attrs.frozen(kw_only=True)
class PlantedQuote:
    """A quote placed in a generated text: its content offsets, marks and speaker."""

    start: int
    end: int
    text: str
    open_mark: str
    close_mark: str
    speaker: str | None


@attrs.frozen(kw_only=True)
class PlantedArticle:
    """A generated article and the quotes known to be in it, in text order."""

    text: str
    quotes: tuple[PlantedQuote, ...]


def mark_pairs() -> st.SearchStrategy[tuple[str, str]]:
    """An ``(open, close)`` pair of quote marks of one style."""
    return st.sampled_from(MARK_PAIRS)


def quote_texts(*, min_words: int = 1, max_words: int = 12) -> st.SearchStrategy[str]:
    """Quote content: words with inner apostrophes, no quote marks, no line breaks."""
    words = st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words)

    def build(ws: list[str]) -> str:
        text = " ".join(ws)
        return text[:1].upper() + text[1:]

    return words.map(build)


def _sentence(draw: Any) -> str:
    ws = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=10))
    text = " ".join(ws)
    return text[:1].upper() + text[1:] + "."


@st.composite
def planted_articles(
    draw: Any, *, max_paragraphs: int = 5, max_quotes_per_paragraph: int = 3
) -> PlantedArticle:
    """An article of plain sentences with quotes planted at known offsets.

    Each quote stands in one of the forms news uses (``“...,” X said.``,
    ``X said: “...”``, ``X called it “...” again.``) in a random mark style.
    """
    parts: list[str] = []
    planted: list[PlantedQuote] = []
    pos = 0

    def add(chunk: str) -> None:
        nonlocal pos
        parts.append(chunk)
        pos += len(chunk)

    n_paras = draw(st.integers(min_value=1, max_value=max_paragraphs))
    for p in range(n_paras):
        if p:
            add("\n\n")
        add(_sentence(draw))
        for _ in range(draw(st.integers(min_value=0, max_value=max_quotes_per_paragraph))):
            opener, closer = draw(mark_pairs())
            content = draw(quote_texts())
            speaker = draw(st.sampled_from(_NAMES))
            form = draw(st.sampled_from(("after", "colon", "called")))
            if form == "after":
                add(" " + opener)
                start = pos
                add(content + ",")
                planted.append(
                    PlantedQuote(
                        start=start,
                        end=pos,
                        text=content + ",",
                        open_mark=opener,
                        close_mark=closer,
                        speaker=speaker,
                    )
                )
                add(f"{closer} {speaker} said.")
            elif form == "colon":
                add(f" {speaker} said: {opener}")
                start = pos
                add(content + ".")
                planted.append(
                    PlantedQuote(
                        start=start,
                        end=pos,
                        text=content + ".",
                        open_mark=opener,
                        close_mark=closer,
                        speaker=speaker,
                    )
                )
                add(closer)
            else:
                add(f" {speaker} called it {opener}")
                start = pos
                add(content.lower())
                planted.append(
                    PlantedQuote(
                        start=start,
                        end=pos,
                        text=content.lower(),
                        open_mark=opener,
                        close_mark=closer,
                        speaker=speaker,
                    )
                )
                add(f"{closer} again.")
    return PlantedArticle(text="".join(parts), quotes=tuple(planted))


def articles() -> st.SearchStrategy[Article]:
    """Parsed :class:`~quoteverify.model.Article` objects of generated texts."""
    from .article import parse  # noqa: PLC0415 - the article stage imports kinds; keep this light

    return planted_articles().map(lambda a: parse(a.text))


def quotes() -> st.SearchStrategy[Quote]:
    """Single :class:`~quoteverify.model.Quote` objects, parsed from generated text."""
    return articles().filter(lambda a: bool(a.quotes)).flatmap(lambda a: st.sampled_from(a.quotes))


_CONTENT = (
    "summit",
    "security",
    "peace",
    "agreement",
    "meeting",
    "neighbour",
    "Moscow",
    "Alaska",
    "progress",
    "ceasefire",
    "sanctions",
    "talks",
    "leaders",
    "future",
)
_FILLER = ("the", "we", "will", "our", "a", "and", "in", "of", "very", "for")
_NUMBERS = ("two", "three", "four", "five", "12", "100")


@attrs.frozen(kw_only=True)
class Variant:
    """A quote, a variant of it, and the edit that was made (the expected relation)."""

    original: str
    variant: str
    edit: str  # dropped, inserted, swapped, spelling, truncated, ellipsis, negation, number
    relation: str  # the Relation value compare() should find


@st.composite
def _base_quote(draw: Any) -> list[str]:
    """Eight to fourteen words, at least five of them content words, no negation."""
    n = draw(st.integers(min_value=8, max_value=14))
    ws = []
    for i in range(n):
        pool = _CONTENT if i % 2 == 0 else _FILLER
        ws.append(draw(st.sampled_from(pool)))
    return ws


@st.composite
def variants(draw: Any) -> Variant:
    """A quote and a variant made by one known edit, for property tests of ``compare``."""
    ws = draw(_base_quote())
    original = " ".join(ws)
    edit = draw(
        st.sampled_from(
            (
                "dropped",
                "inserted",
                "swapped",
                "spelling",
                "truncated",
                "ellipsis",
                "negation",
                "number",
            )
        )
    )
    i = draw(st.integers(min_value=1, max_value=len(ws) - 3))
    out = list(ws)
    relation = "variant"
    if edit == "dropped":
        del out[i]
    elif edit == "inserted":
        out.insert(i, draw(st.sampled_from(("really", "truly", "certainly"))))
    elif edit == "swapped":
        out[i], out[i + 1] = out[i + 1], out[i]
    elif edit == "spelling":
        out = [("neighbor" if w == "neighbour" else w) for w in out]
        if out == ws:
            out[i] = out[i].upper()
        relation = "exact"
    elif edit == "truncated":
        out = out[i:]
        relation = "fragment"
    elif edit == "ellipsis":
        out = [*out[:i], "...", *out[i + 2 :]]
        relation = "fragment"
    elif edit == "negation":
        out.insert(i, "not")
    else:
        out.insert(i, draw(st.sampled_from(_NUMBERS)))
    return Variant(original=original, variant=" ".join(out), edit=edit, relation=relation)


def claims() -> st.SearchStrategy[str]:
    """Claims as users write them: 'Name said "words"'."""
    return st.builds(
        lambda name, q: f'{name} said "{q}"', st.sampled_from(_NAMES), quote_texts(min_words=2)
    )


# --------------------------------------------------------------------------- every public class
# Each object below is made by the library from generated text, so it is valid by
# construction: offsets point into its text, relations are what compare() says.


def configs() -> st.SearchStrategy[Config]:
    """Valid :class:`~quoteverify.Config` objects (every option within its range)."""
    return st.builds(
        Config,
        paragraphs=st.sampled_from(("auto", "newline", "blank_line")),
        max_depth=st.integers(min_value=1, max_value=64),
        attribute=st.booleans(),
        attribution_budget=st.none() | st.integers(min_value=1, max_value=64),
    )


def _attributed_article(draw: Any) -> Article:
    """A parsed article with at least one attributed quote (a planted one, if need be)."""
    from .article import parse  # noqa: PLC0415 - as in articles()

    planted = draw(planted_articles())
    name = draw(st.sampled_from(_NAMES))
    content = draw(quote_texts(min_words=2))
    opener, closer = draw(mark_pairs())
    text = f"{planted.text}\n\n{opener}{content},{closer} {name} said."
    return parse(text)


def _attributed_quote(draw: Any) -> Quote:
    article = _attributed_article(draw)
    quote: Quote = draw(st.sampled_from([q for q in article.quotes if q.speaker is not None]))
    return quote


@st.composite
def speakers(draw: Any) -> Speaker:
    """Resolved :class:`~quoteverify.Speaker` objects, as the parser resolves them."""
    speaker = _attributed_quote(draw).speaker
    assert speaker is not None
    return speaker


@st.composite
def mentions(draw: Any) -> Mention:
    """:class:`~quoteverify.Mention` objects: the words that name a quote's speaker."""
    mention = _attributed_quote(draw).speaker_mention
    assume(mention is not None)
    assert mention is not None
    return mention


@st.composite
def cues(draw: Any) -> Cue:
    """:class:`~quoteverify.Cue` objects: the cue and rule that attributed a quote."""
    cue = _attributed_quote(draw).cue
    assume(cue is not None)
    assert cue is not None
    return cue


def extractions() -> st.SearchStrategy[Extraction]:
    """:class:`~quoteverify.Extraction` objects of generated text (damaged, sometimes)."""
    from .text.spans import extract_quotes  # noqa: PLC0415 - keep the module import-light

    return st.builds(_damaged, planted_articles(), st.integers(min_value=0)).map(extract_quotes)


def _damaged(article: PlantedArticle, where: int) -> str:
    """The article's text with a stray opening mark, and an unclosed quote at its end."""
    cut = where % (len(article.text) + 1)
    return article.text[:cut] + " “" + article.text[cut:] + "\n\nShe said “we"


@st.composite
def diagnostics(draw: Any) -> Diagnostic:
    """:class:`~quoteverify.Diagnostic` objects the parser reported on damaged text."""
    from .text.spans import extract_quotes  # noqa: PLC0415 - as above

    planted = draw(planted_articles())
    text = _damaged(planted, draw(st.integers(min_value=0)))
    reported = extract_quotes(text).diagnostics
    # The inserted mark may pair with a stray one of the article: then nothing is reported.
    assume(bool(reported))
    found: Diagnostic = draw(st.sampled_from(reported))
    return found


def matches() -> st.SearchStrategy[Match]:
    """:class:`~quoteverify.Match` objects: a quote compared with an edited copy."""
    from .matching.compare import compare  # noqa: PLC0415 - as above

    return variants().map(lambda v: compare(v.original, v.variant))


def documents() -> st.SearchStrategy[Document]:
    """:class:`~quoteverify.Document` objects: planted article texts with an id and metadata.

    >>> from hypothesis import given
    >>> @given(documents())
    ... def test(doc): assert doc.doc_id and isinstance(doc.metadata, dict)
    >>> test()
    """
    return st.builds(
        Document,
        doc_id=st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12),
        text=planted_articles().map(lambda p: p.text),
        metadata=st.dictionaries(
            st.sampled_from(["outlet", "date", "url"]),
            st.text(st.characters(codec="utf-8"), max_size=12),
            max_size=3,
        ),
    )


def word_pairs() -> st.SearchStrategy[WordPair]:
    """:class:`~quoteverify.WordPair` objects: words a comparison aligned."""
    return (
        matches()
        .filter(lambda m: bool(m.alignment))
        .flatmap(lambda m: st.sampled_from(m.alignment))
    )


def edits() -> st.SearchStrategy[Edit]:
    """:class:`~quoteverify.Edit` objects from comparisons that differ."""
    return matches().filter(lambda m: bool(m.edits)).flatmap(lambda m: st.sampled_from(m.edits))


@st.composite
def corpora(draw: Any, *, min_articles: int = 1, max_articles: int = 4) -> Corpus:
    """A :class:`~quoteverify.Corpus` of generated articles that print one utterance twice."""
    from .corpus import Corpus  # noqa: PLC0415 - corpus imports most of the package

    corpus = Corpus()
    n = draw(st.integers(min_value=min_articles, max_value=max_articles))
    variant = draw(variants())
    name = draw(st.sampled_from(_NAMES))
    for i in range(n):
        planted = draw(planted_articles(max_paragraphs=3))
        words = variant.original if i % 2 == 0 else variant.variant
        corpus.add(f"{planted.text}\n\n“{words},” {name} said.", doc_id=f"doc-{i}")
    return corpus


@st.composite
def verifications(draw: Any) -> Verification:
    """:class:`~quoteverify.Verification` objects: a claim checked against a corpus.

    The claim is a stored quote, an edited copy of one, or unrelated words, with or
    without a claimed speaker, so every verdict can occur.
    """
    corpus = draw(corpora())
    stored = [q.text for q in corpus.quotes]
    claim = draw(
        st.one_of(
            st.sampled_from(stored) if stored else st.nothing(),
            variants().map(lambda v: v.variant),
            quote_texts(min_words=2),
        )
    )
    speaker = draw(st.one_of(st.none(), st.sampled_from(_NAMES)))
    verification: Verification = corpus.verify(claim, speaker=speaker)
    return verification


def evidence() -> st.SearchStrategy[Evidence]:
    """:class:`~quoteverify.Evidence` objects: sources a verification found."""
    return (
        verifications()
        .filter(lambda v: bool(v.evidence))
        .flatmap(lambda v: st.sampled_from(v.evidence))
    )


def variant_groups() -> st.SearchStrategy[VariantGroup]:
    """:class:`~quoteverify.VariantGroup` objects from corpora that repeat an utterance."""
    return (
        corpora(min_articles=2)
        .map(lambda c: c.variant_groups())
        .filter(bool)
        .flatmap(st.sampled_from)
    )


def group_members() -> st.SearchStrategy[GroupMember]:
    """:class:`~quoteverify.GroupMember` objects of generated variant groups."""
    return variant_groups().flatmap(lambda g: st.sampled_from(g.members))


def _lazy_corpus_type() -> type:
    from .corpus import Corpus  # noqa: PLC0415 - corpus imports most of the package

    return Corpus


#: The strategy ``st.from_type`` uses for each public class (enums need none).
STRATEGIES: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Article: articles,
    Config: configs,
    Cue: cues,
    Diagnostic: diagnostics,
    Document: documents,
    Edit: edits,
    Evidence: evidence,
    Extraction: extractions,
    GroupMember: group_members,
    Match: matches,
    Mention: mentions,
    Quote: quotes,
    Speaker: speakers,
    VariantGroup: variant_groups,
    Verification: verifications,
    WordPair: word_pairs,
    _lazy_corpus_type(): corpora,
}
