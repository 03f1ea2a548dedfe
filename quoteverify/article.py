"""Stage 3, quote spans + attribution → article: :func:`parse` a whole text.

>>> from quoteverify import parse
>>> article = parse("“Next time in Moscow,” Putin said.", doc_id="demo-1")
>>> article.doc_id, [q.text for q in article.quotes]
('demo-1', ['Next time in Moscow,'])
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .attribution import attribute
from .config import DEFAULT_CONFIG, Config
from .errors import TextTypeError, check_text
from .identity import resolve_speakers
from .model import Article, Quote, QuoteKind
from .spans import extract_with_paragraphs

__all__ = ["parse"]


def parse(
    text: str,
    doc_id: str | None = None,
    *,
    config: Config | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Article:
    """Parse ``text`` into an :class:`~quoteverify.model.Article`: quotes and diagnostics.

    ``doc_id`` is copied onto the article and each of its quotes.
    ``metadata`` (outlet, date, URL...) is kept on the article as given.
    """
    check_text(text, "parse")
    if doc_id is not None and not isinstance(doc_id, str):
        raise TextTypeError(f"doc_id must be str or None, not {type(doc_id).__name__}")
    config = config or DEFAULT_CONFIG
    extraction, paras = extract_with_paragraphs(text, config)
    quotes = list(extraction.quotes)
    if config.attribute and quotes:
        quotes = _attribute(text, quotes, paras)
    if doc_id is not None:
        quotes = [attrs.evolve(q, doc_id=doc_id) for q in quotes]
    return Article(
        text=text,
        doc_id=doc_id,
        quotes=quotes,
        diagnostics=extraction.diagnostics,
        metadata=dict(metadata or {}),
    )


def _attribute(text: str, quotes: list[Quote], paras: list[tuple[int, int]]) -> list[Quote]:
    """Fill ``speaker``, ``speaker_mention`` and ``cue`` of each quote."""
    found = attribute(text, quotes, paras)
    speakers = resolve_speakers(
        text,
        [f.mention for f in found],
        quote_spans=[(q.outer_start, q.outer_end) for q in quotes],
    )
    out = []
    for q, f, (resolved, mention) in zip(quotes, found, speakers, strict=True):
        speaker = resolved
        if speaker is None:
            out.append(q)
            continue
        kind, confidence, reason = q.kind, q.kind_confidence, q.kind_reason
        if kind is QuoteKind.NON_SPEECH:
            # A cue right next to it outweighs its form: "'Too early,' Peskov said."
            kind, confidence = QuoteKind.PARTIAL, 0.6
            reason = f"attributed by {f.cue.rule if f.cue else 'a cue'} despite its form"
        if (
            mention is not None
            and mention.text.lower() in ("i", "we")
            and q.parent is not None
            and out[q.parent].speaker is not None
        ):
            # 'I said to him, "Hello"' inside Putin's own quote: "I" is Putin.
            speaker = out[q.parent].speaker
        out.append(
            attrs.evolve(
                q,
                speaker=speaker,
                speaker_mention=mention,
                cue=f.cue,
                kind=kind,
                kind_confidence=confidence,
                kind_reason=reason,
            )
        )
    return out
