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
import signal
import threading
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence, Sized
from typing import Any

from ._collector import paused
from ._inputs import documents
from .config import Config, resolve_config
from .errors import (
    OptionError,
    OptionTypeError,
    TextTypeError,
    check_strings,
    check_text,
    check_unicode,
)
from .model import (
    Article,
    Cue,
    Diagnostic,
    DiagnosticCode,
    Document,
    Mention,
    Quote,
    QuoteKind,
    Speaker,
    builder,
)
from .progress import Progress, track
from .speakers.attribution import attribute
from .speakers.identity import LowerWordCounts, resolve_speakers
from .speakers.mentions import PhraseKind
from .speakers.ranker import choose_by_weights
from .speakers.turns import alternate_turns, hearer_names, lower_words, vocatives
from .text.clean import DEFAULT_STEPS, Cleaned, check_steps, html_hint, mojibake_hint
from .text.clean import clean as clean_text
from .text.kinds import NESTED_TERM, UNATTRIBUTED_NAME, fragment_in_quote, unattributed_name
from .text.sentences import StopIndex
from .text.spans import extract_with_paragraphs

__all__ = ["iter_parse", "parse"]

# Enum members read once per quote, as module names (cheaper than the class's member
# on Python 3.11).
_PRONOUN = PhraseKind.PRONOUN
_NON_SPEECH = QuoteKind.NON_SPEECH

# How long a stopped pool's manager thread is waited for: it ends as soon as it sees
# its workers gone, well under a second; the bound only keeps a wedged pool from
# holding the exit for ever.
_MANAGER_JOIN_SECONDS = 10.0


def parse(
    text: str,
    doc_id: str | None = None,
    *,
    config: Config | None = None,
    metadata: Mapping[str, Any] | None = None,
    clean: bool | Sequence[str] = False,
) -> Article:
    """Parse ``text`` into an :class:`~quoteverify.model.Article`: quotes and diagnostics.

    ``doc_id`` is copied onto the article and each of its quotes.
    ``metadata`` (outlet, date, URL...) is kept on the article as given.
    A text, ``doc_id`` or metadata string holding a lone surrogate is not
    valid Unicode and raises :class:`~quoteverify.errors.TextValueError`.

    ``clean`` cleans scraped text first (:func:`quoteverify.text.clean.clean`):
    ``True`` for the default steps (tags, entities, mojibake), or a sequence
    of step names. The article then holds the *cleaned* text, every offset
    points into it, and :meth:`Article.to_original
    <quoteverify.model.Article.to_original>` maps a span back to the text
    given. Text left uncleaned that looks like HTML or mojibake gets a
    ``looks_like_html`` or ``looks_like_mojibake`` diagnostic.

    The cyclic garbage collector is paused while the text is parsed (and resumed
    after, if it was running): parsing makes many small objects and almost no
    reference cycles, and on a long document the collector's passes over them
    cost a tenth or more of the time (:mod:`quoteverify._collector`).

    >>> parse("&ldquo;Soon,&rdquo; he said.").diagnostics[0].code.value
    'looks_like_html'
    >>> article = parse("&ldquo;Soon,&rdquo; he said.", clean=True)
    >>> article.quotes[0].text, article.to_original(0, 7)
    ('Soon,', (0, 19))
    """
    check_unicode(check_text(text, "parse"), "parse() text")
    if doc_id is not None and not isinstance(doc_id, str):
        raise TextTypeError(f"doc_id must be str or None, not {type(doc_id).__name__}")
    if doc_id is not None:
        check_unicode(doc_id, "doc_id")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise OptionTypeError(
            f"parse() takes metadata as a dict such as {{'outlet': 'Wire'}} or None, "
            f"not {type(metadata).__name__}"
        )
    check_strings(metadata, "metadata")
    config = resolve_config(config, "parse")
    with paused():  # many small objects, few cycles: see quoteverify._collector
        return _parse(text, doc_id, config, metadata, clean)


def _parse(
    text: str,
    doc_id: str | None,
    config: Config,
    metadata: Mapping[str, Any] | None,
    clean: bool | Sequence[str],
) -> Article:
    """:func:`parse` after its arguments are checked."""
    cleaning = _clean(text, clean)
    if cleaning is not None:
        text = cleaning.text
        check_unicode(text, "the cleaned text")
    # The text's sentence stops, listed once: read by the kinds, then handed on to
    # attribution's text layer (and dropped with them when the call returns).
    stops = StopIndex(text)
    extraction, paras = extract_with_paragraphs(text, config, stops=stops)
    quotes = list(extraction.quotes)
    if config.attribute and quotes:
        # Attribution builds each quote it changes once, ``doc_id`` included.
        quotes = _attribute(text, quotes, paras, config, doc_id, stops=stops)
    elif doc_id is not None:
        quotes = [_with_doc_id(q, doc_id) for q in quotes]
    return Article(
        text=text,
        doc_id=doc_id,
        quotes=quotes,
        diagnostics=_hints(text, cleaning) + tuple(extraction.diagnostics),
        metadata=dict(metadata or {}),
        cleaning=cleaning,
    )


def _clean(text: str, steps: object) -> Cleaned | None:
    """Run the ``clean=`` option of :func:`parse`: ``None`` when it is ``False``."""
    if steps is False:
        return None
    if steps is True:
        return clean_text(text, steps=DEFAULT_STEPS)
    if isinstance(steps, (str, Sequence)) and not isinstance(steps, (bytes, bytearray)):
        return clean_text(text, steps=check_steps(steps))
    raise OptionError(
        f"clean must be True, False or a sequence of step names, not {type(steps).__name__}"
    )


def _hints(text: str, cleaning: Cleaned | None) -> tuple[Diagnostic, ...]:
    """Diagnostics for text that looks like it needs cleaning (after any cleaning done)."""
    steps = cleaning.steps if cleaning is not None else ()
    out = []
    html = html_hint(text, steps)
    if html is not None:
        out.append(
            Diagnostic(
                code=DiagnosticCode.LOOKS_LIKE_HTML,
                start=html[0],
                end=html[1],
                message=f"the text looks like HTML ({text[html[0] : html[1]]!r}): quote marks "
                "written as entities or split by tags are not found; "
                "parse(text, clean=True) decodes entities and strips tags",
            )
        )
    moji = mojibake_hint(text, steps)
    if moji is not None:
        out.append(
            Diagnostic(
                code=DiagnosticCode.LOOKS_LIKE_MOJIBAKE,
                start=moji[0],
                end=moji[1],
                message=f"the text looks like UTF-8 decoded as Windows-1252 "
                f"({text[moji[0] : moji[1]]!r}): its quote marks are not found; "
                "parse(text, clean=True) repairs them",
            )
        )
    return tuple(sorted(out, key=lambda d: d.start))


def _attribute(
    text: str,
    quotes: list[Quote],
    paras: list[tuple[int, int]],
    config: Config,
    doc_id: str | None,
    *,
    stops: StopIndex,
) -> list[Quote]:
    """Fill ``speaker``, ``speaker_mention`` and ``cue`` of each quote, and set its
    ``doc_id`` (in the same new quote, not in a second one). ``stops``: the text's
    stops, as the kinds read them."""
    weights = config.attribution_weights
    found = attribute(
        text,
        quotes,
        paras,
        choose=None if weights is None else choose_by_weights(weights),
        budget=config.attribution_budget,
        stops=stops,
    )
    # A pronoun is never the person its quote speaks to ("'Sit down, Nell,' she said").
    pronouns = [f.mention is not None and f.mention.kind is _PRONOUN for f in found]
    # The lower-case words, read by the hearers, the names and the dialogue pass alike.
    lower = LowerWordCounts(text)
    common = lower_words(text, lower)

    def heard(i: int) -> tuple[str, ...]:
        # Nor is a name of one word that fits several people ("'Come, Frank,' said
        # Oakley"); the names said are all of them, "Frank" though the text writes
        # "frank" too (what the name may be is checked against them alone).
        return tuple(vocatives(quotes[i].text))

    speakers = resolve_speakers(
        text,
        [f.mention for f in found],
        quote_spans=[(q.outer_start, q.outer_end) for q in quotes],
        hearers=hearer_names(
            text,
            [q.text if p else None for q, p in zip(quotes, pronouns, strict=True)],
            common=common,
        )
        if any(pronouns)
        else None,
        heard=heard,
        lower=lower,
    )
    out = []
    for q, f, (resolved, mention) in zip(quotes, found, speakers, strict=True):
        speaker = resolved
        if speaker is None:
            if (
                q.parent is not None
                and q.kind is not QuoteKind.NON_SPEECH
                and fragment_in_quote(text, q, quotes[q.parent])
            ):
                # "We were told the 'temporary' closure would last," Roe said.
                out.append(_as_term(q, doc_id))
            elif unattributed_name(q.kind, q.kind_reason, q.text, text, q.outer_end):
                # "''Harbour Lights,'' on Channel 9, is a drama": a name no cue attributes.
                out.append(_as_term(q, doc_id, UNATTRIBUTED_NAME))
            else:
                out.append(q if doc_id is None else _with_doc_id(q, doc_id))
            continue
        kind, confidence, reason = q.kind, q.kind_confidence, q.kind_reason
        if kind is _NON_SPEECH:
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
            _rebuilt(
                q,
                kind=kind,
                kind_confidence=confidence,
                kind_reason=reason,
                doc_id=doc_id,
                speaker=speaker,
                speaker_mention=mention,
                cue=f.cue,
            )
        )
    return alternate_turns(text, out, paras, common=common)


def _as_term(q: Quote, doc_id: str | None, reason: str = NESTED_TERM) -> Quote:
    """``q`` called non-speech: a fragment nested in a quote that no cue inside it
    attributes (:func:`.text.kinds.nested_fragment`), or a short capitalised one that
    no row attributes (:func:`.text.kinds.unattributed_name`)."""
    return _rebuilt(
        q,
        kind=_NON_SPEECH,
        kind_confidence=0.6,
        kind_reason=reason,
        doc_id=doc_id,
        speaker=q.speaker,
        speaker_mention=q.speaker_mention,
        cue=q.cue,
    )


def _with_doc_id(q: Quote, doc_id: str) -> Quote:
    """``q`` with its ``doc_id`` set and every other field kept."""
    return _rebuilt(
        q,
        kind=q.kind,
        kind_confidence=q.kind_confidence,
        kind_reason=q.kind_reason,
        doc_id=doc_id,
        speaker=q.speaker,
        speaker_mention=q.speaker_mention,
        cue=q.cue,
    )


# Quotes rebuilt after attribution, every field by name (see _rebuilt).
_new_quote = builder(Quote)


def _rebuilt(
    q: Quote,
    *,
    kind: QuoteKind,
    kind_confidence: float,
    kind_reason: str,
    doc_id: str | None,
    speaker: Speaker | None,
    speaker_mention: Mention | None,
    cue: Cue | None,
) -> Quote:
    """``attrs.evolve(q, kind=kind, ..., cue=cue)``: ``q`` with the fields parse sets
    (its kind and speaker after attribution, its ``doc_id``), built directly rather
    than by evolve's walk over the fields by name (once per quote), through
    :func:`.model.builder`, which takes every field of :class:`Quote` by name
    (``tests/test_quote_cost.py`` checks that none is dropped)."""
    return _new_quote(
        text=q.text,
        start=q.start,
        end=q.end,
        kind=kind,
        kind_confidence=kind_confidence,
        kind_reason=kind_reason,
        doc_id=doc_id,
        open_mark=q.open_mark,
        close_mark=q.close_mark,
        reopen_marks=q.reopen_marks,
        gaps=q.gaps,
        depth=q.depth,
        parent=q.parent,
        speaker=speaker,
        speaker_mention=speaker_mention,
        cue=cue,
    )


_Item = str | Document | tuple[str, str] | Mapping[str, Any]


def _parse_chunk(
    chunk: list[Document], config: Config, clean: bool | Sequence[str] = False
) -> list[Article]:
    return [parse(d.text, d.doc_id, config=config, metadata=d.metadata, clean=clean) for d in chunk]


def iter_parse(
    items: Iterable[_Item] | Any,
    *,
    id_column: str | None = None,
    text_column: str = "text",
    workers: int = 1,
    config: Config | None = None,
    chunksize: int = 8,
    progress: Progress = None,
    clean: bool | Sequence[str] = False,
) -> Iterator[Article]:
    """Parse many texts, in input order, streaming: memory stays flat on large inputs.

    ``items`` are strings (ids ``doc-1``, ``doc-2``...), ``(doc_id, text)``
    pairs, ``{"id", "text", ...}`` dicts (other keys become metadata), or
    :class:`~quoteverify.model.Document` objects (from
    :func:`~quoteverify.surfaces.sources.iter_documents`). ``items`` may also be a
    pandas ``DataFrame``, one article per row: its text from the
    ``text_column`` (``"text"``), its id from the ``id_column`` (by default
    ``"id"``, else ``"doc_id"``, else the row's index label), every other
    column kept as metadata (JSON values: numpy numbers as ``int``/``float``,
    timestamps as ISO strings, missing values left out). A pandas ``Series``
    gives one article per value, its index label as the id, so
    ``iter_parse(df.set_index("id").text)`` keeps the ids. ``id_column`` and
    ``text_column`` also name the fields of dict items. Anything else that is
    not an iterable of those (a bare ``str``, a ``dict``, ``bytes``, a
    DataFrame without its text column) raises
    :class:`~quoteverify.errors.TextTypeError`. With ``workers`` above 1 the
    texts are parsed in a process pool, a bounded number of chunks ahead, and
    the results are identical to the serial run.

    ``progress`` counts the articles parsed: ``True`` for a tqdm bar, or a
    function ``fn(done, total)`` (see :mod:`quoteverify.progress`); the total
    is known when ``items`` has a length (a list), ``None`` otherwise.

    ``clean`` cleans each text first, as in :func:`parse`.

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
    _clean("", clean)  # a bad value fails here, not in a worker
    # Checked here, when iter_parse() is called, not at the first article.
    config = resolve_config(config, "iter_parse")
    total = len(items) if isinstance(items, Sized) else None
    docs = documents(items, func="iter_parse", id_column=id_column, text_column=text_column)
    return _iter_parse(_parse_all(docs, workers, config, chunksize, clean), total, progress)


def _iter_parse(
    articles: Generator[Article, None, None], total: int | None, progress: Progress
) -> Generator[Article, None, None]:
    with (
        contextlib.closing(articles),
        track(progress, total=total, desc="parse", unit="articles") as step,
    ):
        for article in articles:
            step()
            yield article


def _parse_all(
    docs: Iterator[Document],
    workers: int,
    config: Config,
    chunksize: int,
    clean: bool | Sequence[str] = False,
) -> Generator[Article, None, None]:
    chunks = _chunks(docs, chunksize)
    if workers == 1:
        for chunk in chunks:
            yield from _parse_chunk(chunk, config, clean)
        return
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_leave_interrupts_to_the_caller
    )
    try:
        pending: collections.deque[concurrent.futures.Future[list[Article]]] = collections.deque()
        for chunk in chunks:
            pending.append(pool.submit(_parse_chunk, chunk, config, clean))
            if len(pending) >= workers * 4:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:  # stopped early (Ctrl-C, or the caller left): stop the workers now
        _stop_workers(pool)
        raise
    pool.shutdown()


def _stop_workers(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now, busy or not.

    Python 3.14's ``terminate_workers()`` does it; before it, the workers are read
    from the pool's private ``_processes`` (before ``shutdown()`` forgets them), and
    a pool without it is only shut down, its busy workers left to finish their chunk.
    Either way the pool's manager thread is joined before this returns: left running,
    it closes its wake-up pipe while the interpreter's exit hook may be writing to it,
    which Python 3.11 reports as an ignored ``OSError`` traceback after our one line.

    >>> pool = concurrent.futures.ProcessPoolExecutor(max_workers=1)
    >>> _ = pool.submit(abs, -1).result()
    >>> _stop_workers(pool)
    >>> pool.submit(abs, -1)
    Traceback (most recent call last):
    ...
    RuntimeError: cannot schedule new futures after shutdown
    """
    manager = getattr(pool, "_executor_manager_thread", None)
    terminate = getattr(pool, "terminate_workers", None)
    if callable(terminate):
        terminate()
    else:
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
    if isinstance(manager, threading.Thread):
        manager.join(timeout=_MANAGER_JOIN_SECONDS)


def _leave_interrupts_to_the_caller() -> None:
    """In a worker: ignore Ctrl-C, which the caller's process handles (one message, no
    traceback from each worker) by stopping the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
