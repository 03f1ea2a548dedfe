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

from .config import DEFAULT_CONFIG, Config
from .errors import TextTypeError, check_text
from .model import Article
from .spans import extract_quotes

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
    extraction = extract_quotes(text, config=config)
    quotes = extraction.quotes
    if doc_id is not None:
        quotes = tuple(attrs.evolve(q, doc_id=doc_id) for q in quotes)
    return Article(
        text=text,
        doc_id=doc_id,
        quotes=quotes,
        diagnostics=extraction.diagnostics,
        metadata=dict(metadata or {}),
    )
