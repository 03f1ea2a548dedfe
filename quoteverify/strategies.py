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

Installed with the package, the entry point registers :func:`quotes` for
``st.from_type(Quote)`` and :func:`planted_articles` for ``st.from_type(Article)``.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

from .model import Article, Quote

__all__ = [
    "MARK_PAIRS",
    "PlantedArticle",
    "PlantedQuote",
    "Variant",
    "articles",
    "claims",
    "mark_pairs",
    "planted_articles",
    "quote_texts",
    "quotes",
    "variants",
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
