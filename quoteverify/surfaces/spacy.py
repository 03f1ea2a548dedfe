"""A spaCy pipeline component: the ``quoteverify[spacy]`` extra.

``nlp.add_pipe("quoteverify")`` adds a component that parses each ``Doc``'s
text with :func:`quoteverify.parse` and sets:

``doc._.quotes``
    the quotes as spaCy :class:`~spacy.tokens.Span` objects, in text order,
    each covering the quote's words without its marks (``doc.char_span`` with
    ``alignment_mode="expand"``, so a quote that starts or ends inside a token
    takes the whole token); the same spans are in ``doc.spans["quotes"]`` with
    the label ``QUOTE``.
``span._.speaker``
    the resolved speaker's name (``"Maria Rossi"``), or ``None``.
``span._.cue``
    the words that attribute the quote (``said``, ``according to``) as a
    ``Span``, or ``None``.
``span._.kind``
    ``"direct"``, ``"partial"`` or ``"non_speech"``.
``span._.quote``
    the :class:`~quoteverify.model.Quote` itself, with its offsets, marks,
    speaker mention and confidence.
``doc._.quote_diagnostics``
    the :class:`~quoteverify.model.Diagnostic` objects of the text (unclosed
    quotes, stray marks, a text that looks like HTML...).

A spaCy ``Span`` has its own ``start_char`` and ``end_char``, so
:class:`~quoteverify.model.Quote` needs no aliases for them.

The component's config takes the :class:`~quoteverify.config.Config` options
(``paragraphs``, ``max_depth``, ``attribute``) and ``clean``: when true the
text is cleaned first (:mod:`quoteverify.clean`) and every span is mapped back
to ``doc.text``, so entities and tags stay inside the spans that cover them;
the offsets of ``span._.quote`` and of the diagnostics are then those of the
cleaned text, ``quoteverify.parse(doc.text, clean=True).text``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("quoteverify", config={"paragraphs": "newline"})
>>> doc = nlp("“We will build it,” said Maria Rossi.")
>>> [(s.text, s._.speaker, s._.cue.text, s._.kind) for s in doc._.quotes]
[('We will build it,', 'Maria Rossi', 'said', 'direct')]

Only plain data is stored on the ``Doc`` (the spans in ``doc.spans``, the
quote and diagnostic records in ``doc.user_data``); ``._.quote``, ``._.cue``
and ``doc._.quotes`` are rebuilt when read. So ``Doc.to_bytes``, ``DocBin``
and ``nlp.pipe(texts, n_process=2)`` keep everything.

The factory is registered when this module is imported and, through the
``spacy_factories`` entry point, whenever spaCy looks for ``"quoteverify"``.
Importing this module without spaCy raises
:class:`~quoteverify.errors.MissingExtraError`.
"""

from __future__ import annotations

from typing import Any

from ..article import parse
from ..config import Config
from ..errors import MissingExtraError, OptionError
from ..model import Article, Diagnostic, Quote
from .records import diagnostic_from_record, diagnostic_record, quote_from_record, quote_record

try:
    from spacy.language import Language  # type: ignore[import-not-found, unused-ignore]
    from spacy.tokens import Doc, Span  # type: ignore[import-not-found, unused-ignore]
except ImportError as err:  # pragma: no cover - exercised by a test with spacy hidden
    raise MissingExtraError(
        f"quoteverify.surfaces.spacy needs spaCy, which could not be imported ({err}): "
        "pip install 'quoteverify[spacy]'",
        name="spacy",
    ) from err

__all__ = ["SPANS_KEY", "QuoteComponent", "make_quoteverify"]

#: The key of the quotes in ``doc.spans``.
SPANS_KEY = "quotes"


def _quotes(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else ()


def _quote(span: Span) -> Quote | None:
    record = span._.qv_record
    return None if record is None else quote_from_record(record)


def _cue(span: Span) -> Span | None:
    chars = span._.qv_cue_chars
    if chars is None:
        return None
    cue: Span | None = span.doc.char_span(chars[0], chars[1], alignment_mode="expand")
    return cue


def _diagnostics(doc: Doc) -> tuple[Diagnostic, ...]:
    return tuple(diagnostic_from_record(r) for r in doc._.qv_diagnostics or ())


# What is stored is plain data (strings, numbers, lists, dicts), so Doc.to_bytes,
# DocBin and nlp.pipe(n_process=...) keep it; the objects are rebuilt on access.
_DOC_EXTENSIONS: dict[str, dict[str, Any]] = {
    "quotes": {"getter": _quotes},
    "quote_diagnostics": {"getter": _diagnostics},
    "qv_diagnostics": {"default": None},
}
_SPAN_EXTENSIONS: dict[str, dict[str, Any]] = {
    "speaker": {"default": None},
    "kind": {"default": None},
    "cue": {"getter": _cue},
    "quote": {"getter": _quote},
    "qv_record": {"default": None},
    "qv_cue_chars": {"default": None},
}
for _name, _spec in _DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_spec)
for _name, _spec in _SPAN_EXTENSIONS.items():
    if not Span.has_extension(_name):
        Span.set_extension(_name, **_spec)


class QuoteComponent:
    """The ``quoteverify`` pipeline component (see the module docstring)."""

    def __init__(self, name: str, *, config: Config, clean: bool) -> None:
        self.name = name
        self.config = config
        self.clean = clean

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` and set the quote extensions on ``doc``."""
        article = parse(doc.text, config=self.config, clean=self.clean)
        spans = []
        for q in article.quotes:
            span = _span(doc, article, q.start, q.end, label="QUOTE")
            if span is None:  # pragma: no cover - a quote is never empty or blank
                continue
            span._.qv_record = quote_record(q)
            span._.kind = q.kind.value
            span._.speaker = q.speaker_name
            if q.cue is not None:
                span._.qv_cue_chars = list(article.to_original(q.cue.start, q.cue.end))
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc._.qv_diagnostics = [diagnostic_record(d) for d in article.diagnostics]
        return doc


def _span(doc: Doc, article: Article, start: int, end: int, label: str = "") -> Span | None:
    start, end = article.to_original(start, end)
    span: Span | None = doc.char_span(start, end, label=label, alignment_mode="expand")
    return span


def make_quoteverify(
    nlp: Language,
    name: str,
    *,
    paragraphs: str,
    max_depth: int,
    attribute: bool,
    clean: bool,
) -> QuoteComponent:
    """Build the component: spaCy calls this for ``nlp.add_pipe("quoteverify", config=...)``."""
    if not isinstance(clean, bool):
        raise OptionError(f"clean must be true or false, not {clean!r}")
    config = Config(paragraphs=paragraphs, max_depth=max_depth, attribute=attribute)  # type: ignore[arg-type]
    return QuoteComponent(name, config=config, clean=clean)


_DEFAULTS: dict[str, Any] = {
    "paragraphs": Config().paragraphs,
    "max_depth": Config().max_depth,
    "attribute": Config().attribute,
    "clean": False,
}

if not Language.has_factory("quoteverify"):
    Language.factory("quoteverify", default_config=_DEFAULTS, func=make_quoteverify)
