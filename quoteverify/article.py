"""Stage 3, quote spans + attribution → article: :func:`parse` a whole text.

>>> from quoteverify import parse
>>> article = parse("“Next time in Moscow,” Putin said.", doc_id="demo-1")
>>> article.doc_id, [q.text for q in article.quotes]
('demo-1', ['Next time in Moscow,'])
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
from collections.abc import Generator, Iterable, Iterator, Mapping, Sized
from typing import Any

import attrs

from .attribution import attribute
from .config import Config, resolve_config
from .errors import OptionError, TextTypeError, check_text
from .identity import resolve_speakers
from .model import Article, Quote, QuoteKind
from .progress import Progress, track
from .sources import Document
from .spans import extract_with_paragraphs

__all__ = ["iter_parse", "parse"]


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
    config = resolve_config(config, "parse")
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


_Item = str | Document | tuple[str, str]


def _as_document(item: _Item, number: int) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(doc_id=f"doc-{number}", text=item)
    if isinstance(item, tuple) and len(item) == 2:
        return Document(doc_id=str(item[0]), text=item[1])
    raise TextTypeError(
        f"iter_parse() takes str, (doc_id, text) pairs or Documents, not {type(item).__name__}"
    )


def _parse_chunk(chunk: list[Document], config: Config) -> list[Article]:
    return [parse(d.text, d.doc_id, config=config, metadata=d.metadata) for d in chunk]


def iter_parse(
    items: Iterable[_Item],
    *,
    workers: int = 1,
    config: Config | None = None,
    chunksize: int = 8,
    progress: Progress = None,
) -> Iterator[Article]:
    """Parse many texts, in input order, streaming: memory stays flat on large inputs.

    ``items`` are strings (ids ``doc-1``, ``doc-2``...), ``(doc_id, text)``
    pairs, or :class:`~quoteverify.sources.Document` objects (from
    :func:`~quoteverify.sources.iter_documents`). With ``workers`` above 1 the
    texts are parsed in a process pool, a bounded number of chunks ahead, and
    the results are identical to the serial run.

    ``progress`` counts the articles parsed: ``True`` for a tqdm bar, or a
    function ``fn(done, total)`` (see :mod:`quoteverify.progress`); the total
    is known when ``items`` has a length (a list), ``None`` otherwise.

    >>> [a.doc_id for a in iter_parse(['"One," he said.', ("b", '"Two," she said.')])]
    ['doc-1', 'b']
    >>> counts = []
    >>> articles = list(iter_parse(["a", "b"], progress=lambda done, total: counts.append(done)))
    >>> counts[0], counts[-1]
    (0, 2)
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise OptionError(f"workers must be a whole number of 1 or more, not {workers!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise OptionError(f"chunksize must be a whole number of 1 or more, not {chunksize!r}")
    # Checked here, when iter_parse() is called, not at the first article.
    return _iter_parse(items, workers, resolve_config(config, "iter_parse"), chunksize, progress)


def _iter_parse(
    items: Iterable[_Item], workers: int, config: Config, chunksize: int, progress: Progress
) -> Generator[Article, None, None]:
    total = len(items) if isinstance(items, Sized) else None
    docs = (_as_document(item, n) for n, item in enumerate(items, 1))
    articles = _parse_all(docs, workers, config, chunksize)
    with (
        contextlib.closing(articles),
        track(progress, total=total, desc="parse", unit="articles") as step,
    ):
        for article in articles:
            step()
            yield article


def _parse_all(
    docs: Iterator[Document], workers: int, config: Config, chunksize: int
) -> Generator[Article, None, None]:
    chunks = _chunks(docs, chunksize)
    if workers == 1:
        for chunk in chunks:
            yield from _parse_chunk(chunk, config)
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        pending: collections.deque[concurrent.futures.Future[list[Article]]] = collections.deque()
        for chunk in chunks:
            pending.append(pool.submit(_parse_chunk, chunk, config))
            if len(pending) >= workers * 4:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
