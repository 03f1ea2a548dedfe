"""A corpus saved in one SQLite file: reopen it without re-parsing, add to it later.

:func:`save` writes a :class:`~quoteverify.corpus.Corpus` to a path and
:func:`open_corpus` reads it back; :class:`CorpusStore` adds articles to a
stored corpus without rewriting it. Every write is one SQLite transaction,
so a save that is interrupted (even by ``kill -9`` or a power cut) leaves
the file as it was before. Articles are stored as their text, metadata and
:mod:`quoteverify.surfaces.records` records, and read back into equal objects; the
word index is rebuilt from the quotes on opening. See ``docs/store.md``.

>>> import pathlib, tempfile
>>> from quoteverify import Corpus, parse
>>> corpus = Corpus()
>>> _ = corpus.add('"Next time in Moscow," Putin said.', doc_id="a", outlet="Wire")
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp) / "summit.sqlite"
...     save(corpus, path)
...     with CorpusStore(path) as store:
...         store.add(parse('Trump laughed when Putin said "next time in Moscow".', doc_id="b"))
...     again = open_corpus(path)
True
>>> [a.doc_id for a in again], again.article("a") == corpus.article("a")
(['a', 'b'], True)
>>> again.verify("Next time in Moscow", speaker="Trump").verdict.value
'misattributed'
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs

from .._version import __version__
from ..config import Config, resolve_config
from ..corpus import Corpus
from ..errors import (
    InputFormatError,
    QuoteVerifyError,
    TextValueError,
    UnknownDocError,
    check_unicode,
    escape_surrogates,
)
from ..model import Article
from .records import (
    SCHEMA_VERSION,
    article_from_records,
    diagnostic_record,
    quote_record,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "CorpusStore",
    "StoreError",
    "open_corpus",
    "save",
]

#: The ``format`` a quoteverify store names in its ``meta`` table.
FORMAT = "quoteverify-corpus"

#: The version of the table layout written here; stores of older versions are upgraded.
FORMAT_VERSION = 1

#: SQLite's ``application_id`` header field for a quoteverify store ("QVcs"), for file(1).
APPLICATION_ID = 0x51566373

StrPath = str | os.PathLike[str]

_SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    position INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL
);
CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES articles (doc_id),
    position INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE diagnostics (
    doc_id TEXT NOT NULL REFERENCES articles (doc_id),
    position INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
);
"""

#: Upgrades of the table layout: ``_MIGRATIONS[v]`` turns a version ``v`` store into ``v + 1``.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


class StoreError(QuoteVerifyError, ValueError):
    """A corpus store cannot be opened, read or written; the message names the file.

    ``path`` is the store's path as given.
    """

    def __init__(self, path: StrPath, message: str) -> None:
        self.path = os.fspath(path)
        super().__init__(f"{escape_surrogates(self.path)}: {message}")


def _library_version() -> str:
    return __version__


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


# --------------------------------------------------------------------------- the store


class CorpusStore:
    """A connection to one store file: add articles, read them, or replace them all.

    ``CorpusStore(path)`` opens the store at ``path``, creating it (with
    ``config`` as the parser options it records) when there is no file
    there, or an empty one; ``create=False`` refuses to create it. A file
    that is not a quoteverify store, or is one of a newer format than this
    version reads, raises :class:`StoreError` and is never written to. Use it
    as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: StrPath, *, create: bool = True, config: Config | None = None) -> None:
        if not isinstance(path, (str, os.PathLike)):
            raise StoreError(str(path), f"a store path is a str or os.PathLike, not {path!r}")
        config = resolve_config(config, "CorpusStore")
        self.path = Path(path)
        mode = "rwc" if create else "rw"
        try:
            uri = f"{self.path.resolve().as_uri()}?mode={mode}"
            self._conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as err:
            if not create and not self.path.exists():
                raise StoreError(path, "no such file: there is no corpus store here") from err
            raise StoreError(path, f"cannot open it as a corpus store: {err}") from err
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._open(create, config)
        except BaseException:
            self._conn.close()
            raise

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CorpusStore({str(self.path)!r})"

    def close(self) -> None:
        """Close the connection (every write is already committed)."""
        self._conn.close()

    # ----------------------------------------------------------------- transactions

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction: ``BEGIN IMMEDIATE`` takes the write lock at once."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.DatabaseError as err:
            raise self._error(err) from err
        try:
            yield conn
        except BaseException as exc:
            conn.rollback()
            if isinstance(exc, sqlite3.Error):
                raise self._error(exc) from exc
            raise
        try:
            conn.commit()
        except sqlite3.Error as err:
            conn.rollback()
            raise self._error(err) from err

    def _error(self, err: sqlite3.Error) -> StoreError:
        text = str(err)
        if "not a database" in text:
            return StoreError(self.path, "not a quoteverify corpus store (not an SQLite file)")
        if "locked" in text or "busy" in text:
            return StoreError(self.path, f"the store is busy (another process writes it): {text}")
        return StoreError(self.path, f"SQLite error: {text}")

    def _open(self, create: bool, config: Config) -> None:
        """Check the file is a store this version reads: create it, or upgrade it."""
        with self._transaction(write=False) as conn:
            meta = self._meta(conn)
        if meta is None and not create:
            raise StoreError(
                self.path, "empty SQLite file, not a corpus store (a first save was interrupted?)"
            )
        if meta is not None and self._check_version(meta) == FORMAT_VERSION:
            self._meta_cache = meta
            return
        with self._transaction(write=True) as conn:
            meta = self._meta(conn)  # again, under the write lock
            if meta is None:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                version = _library_version()
                meta = {
                    "format": FORMAT,
                    "format_version": str(FORMAT_VERSION),
                    "created_by": version,
                    "written_by": version,
                    "record_schema_version": str(SCHEMA_VERSION),
                    "config": _json(attrs.asdict(config)),
                }
                conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            else:
                found = self._check_version(meta)
                for v in range(found, FORMAT_VERSION):
                    _MIGRATIONS[v](conn)
                meta["format_version"] = str(FORMAT_VERSION)
                self._set_meta(conn, meta)
        self._meta_cache = meta

    def _meta(self, conn: sqlite3.Connection) -> dict[str, str] | None:
        """The ``meta`` table, or ``None`` for an empty file; refuse anything else."""
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if "meta" not in tables:
            raise StoreError(
                self.path, "not a quoteverify corpus store (an SQLite file without a meta table)"
            )
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        if meta.get("format") != FORMAT:
            raise StoreError(
                self.path,
                f"not a quoteverify corpus store (its meta table names the format "
                f"{meta.get('format')!r}, not {FORMAT!r})",
            )
        return meta

    def _check_version(self, meta: Mapping[str, str]) -> int:
        """The store's format version, if this version of quoteverify reads it."""
        try:
            found = int(meta["format_version"])
        except (KeyError, ValueError):
            raise StoreError(
                self.path, f"damaged store: format_version {meta.get('format_version')!r}"
            ) from None
        writer = meta.get("written_by", "an unknown version")
        if found > FORMAT_VERSION:
            raise StoreError(
                self.path,
                f"this corpus store has format version {found}, written by quoteverify "
                f"{writer}; this quoteverify ({_library_version()}) reads format versions up "
                f"to {FORMAT_VERSION}: upgrade quoteverify to open it",
            )
        if found < 1 or any(v not in _MIGRATIONS for v in range(found, FORMAT_VERSION)):
            raise StoreError(
                self.path, f"format version {found} (written by quoteverify {writer}) is unknown"
            )
        records = meta.get("record_schema_version", "1")
        if not records.isdigit() or int(records) > SCHEMA_VERSION:
            raise StoreError(
                self.path,
                f"its records have schema_version {records}, written by quoteverify {writer}; "
                f"this quoteverify reads up to {SCHEMA_VERSION}: upgrade quoteverify to open it",
            )
        return found

    def _set_meta(self, conn: sqlite3.Connection, meta: Mapping[str, str]) -> None:
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())

    def _writable(self, conn: sqlite3.Connection) -> dict[str, str]:
        """The meta table, checked again under the write lock (another process may write)."""
        meta = self._meta(conn)
        if meta is None or self._check_version(meta) != FORMAT_VERSION:
            raise StoreError(self.path, "the store was emptied or changed by another process")
        return meta

    def _touch(
        self, conn: sqlite3.Connection, meta: dict[str, str], config: Config | None = None
    ) -> None:
        """Record who wrote last (and the corpus's parser options, on a replace)."""
        meta["written_by"] = _library_version()
        old = meta.get("record_schema_version", "1")
        meta["record_schema_version"] = str(max(int(old), SCHEMA_VERSION))
        if config is not None:
            meta["config"] = _json(attrs.asdict(config))
        self._set_meta(conn, meta)
        self._meta_cache = meta

    # ----------------------------------------------------------------- what it holds

    @property
    def format_version(self) -> int:
        """The store's format version (this library's :data:`FORMAT_VERSION` once opened)."""
        return int(self._meta_cache["format_version"])

    @property
    def written_by(self) -> str:
        """The quoteverify version that last wrote to the store."""
        return self._meta_cache.get("written_by", "")

    @property
    def config(self) -> Config:
        """The parser options of the stored corpus (those of the corpus last saved)."""
        raw = self._meta_cache.get("config", "{}")
        try:
            data = json.loads(raw)
            known = {f.name for f in attrs.fields(Config)}
            return Config(**{k: v for k, v in data.items() if k in known})
        except (ValueError, TypeError, AttributeError) as err:
            raise StoreError(self.path, f"damaged store: config {raw!r} ({err})") from err

    def __len__(self) -> int:
        with self._transaction(write=False) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        with self._transaction(write=False) as conn:
            row = conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return row is not None

    def doc_ids(self) -> list[str]:
        """The stored articles' ids, in the order they were added."""
        with self._transaction(write=False) as conn:
            return [r[0] for r in conn.execute("SELECT doc_id FROM articles ORDER BY position")]

    def article(self, doc_id: str) -> Article:
        """The stored article ``doc_id``, read back (not re-parsed).

        :class:`~quoteverify.errors.UnknownDocError` (a ``KeyError``) if there is none.
        """
        with self._transaction(write=False) as conn:
            row = conn.execute(
                "SELECT doc_id, text, metadata FROM articles WHERE doc_id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                raise UnknownDocError(
                    doc_id,
                    where=f"the store {escape_surrogates(str(self.path))}",
                    listing="store.doc_ids()",
                )
            return self._read_article(conn, *row)

    def load(self, *, config: Config | None = None, corpus_class: type[Corpus] = Corpus) -> Corpus:
        """A new corpus of the stored articles, in their order (the index is rebuilt).

        ``config`` defaults to the stored corpus's parser options, which the
        corpus uses for the articles added to it later.
        """
        corpus = corpus_class(config=self.config if config is None else config)
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT doc_id, text, metadata FROM articles ORDER BY position")
            for row in rows.fetchall():
                corpus.add_article(self._read_article(conn, *row))
        return corpus

    def _read_article(
        self, conn: sqlite3.Connection, doc_id: str, text: str, metadata: str
    ) -> Article:
        records: list[Any] = []
        try:
            for table in ("quotes", "diagnostics"):
                # fetchall(): a cursor left half read by an error would keep a read
                # lock for as long as the traceback lives (and make saves "busy").
                rows = conn.execute(
                    f"SELECT record FROM {table} WHERE doc_id = ? ORDER BY position", (doc_id,)
                ).fetchall()
                records.extend(json.loads(r[0]) for r in rows)
            meta = json.loads(metadata)
            if not isinstance(meta, dict):
                shown = json.dumps(meta)[:40]
                raise InputFormatError(f"its metadata is {shown}, not a JSON object")
            article = article_from_records(records, text=text, metadata=meta)
        except (InputFormatError, ValueError, TypeError, RecursionError) as err:
            raise StoreError(self.path, f"damaged article {doc_id!r}: {err}") from err
        if article.doc_id != doc_id:  # quotes that carry no doc_id, or another one
            article = attrs.evolve(article, doc_id=doc_id)
        return article

    # ----------------------------------------------------------------- writing

    def add(self, article: Article) -> bool:
        """Add one article, in one transaction; see :meth:`add_many`."""
        return self.add_many([article]) == 1

    def add_many(self, articles: Iterable[Article]) -> int:
        """Append the articles not stored yet, all in one transaction; return how many.

        An article whose ``doc_id`` is stored already is skipped if it equals
        the stored one; if it differs, :class:`StoreError` is raised and
        nothing of this call is written. A :class:`~quoteverify.corpus.Corpus`
        is an iterable of articles.
        """
        added = 0
        with self._transaction(write=True) as conn:
            meta = self._writable(conn)
            (last,) = conn.execute("SELECT coalesce(max(position), -1) FROM articles").fetchone()
            for article in articles:
                rows = self._rows(article)
                found = conn.execute(
                    "SELECT doc_id, text, metadata FROM articles WHERE doc_id = ?", (rows[0],)
                ).fetchone()
                if found is not None:
                    if self._read_article(conn, *found) != article:
                        raise StoreError(
                            self.path,
                            f"doc_id {rows[0]!r} is already stored, with another text, "
                            "metadata or quotes; give the new article another doc_id",
                        )
                    continue
                last += 1
                _insert_article(conn, last, rows)
                added += 1
            self._touch(conn, meta)
        return added

    def replace(self, corpus: Corpus) -> None:
        """Make the store hold exactly ``corpus``'s articles (and options), in one transaction."""
        with self._transaction(write=True) as conn:
            meta = self._writable(conn)
            for table in ("diagnostics", "quotes", "articles"):
                conn.execute(f"DELETE FROM {table}")
            for position, article in enumerate(corpus.articles):
                _insert_article(conn, position, self._rows(article))
            self._touch(conn, meta, corpus.config)

    def _rows(self, article: Article) -> _Rows:
        """The rows of one article; refuse what would not read back equal."""
        if not isinstance(article, Article):
            raise StoreError(self.path, f"a store holds Articles, not {type(article).__name__}")
        doc_id = article.doc_id
        if doc_id is None:
            raise StoreError(self.path, "an article in a corpus store needs a doc_id")
        metadata = dict(article.metadata)
        try:
            meta_json = _json(metadata)
            same = json.loads(meta_json) == metadata
        except (TypeError, ValueError):
            same = False
        if not same:
            raise StoreError(
                self.path,
                f"article {doc_id!r}: its metadata must be JSON values (str keys; str, int, "
                f"float, bool, None, list, dict) to be stored, not {metadata!r}",
            )
        quote_ids = {q.doc_id for q in article.quotes}
        if len(quote_ids) > 1:
            raise StoreError(
                self.path, f"article {doc_id!r}: its quotes name several doc_ids {quote_ids!r}"
            )
        # Diagnostics carry the quotes' doc_id so that the records read back as written.
        record_id = next(iter(quote_ids)) if quote_ids else doc_id
        rows = (
            doc_id,
            article.text,
            meta_json,
            [_json(quote_record(q)) for q in article.quotes],
            [_json(diagnostic_record(d, record_id)) for d in article.diagnostics],
        )
        # SQLite stores UTF-8: refuse a lone surrogate with a clear error, never a
        # bare UnicodeEncodeError (parse() refuses them; an Article built by hand may not).
        for what, value in (("doc_id", doc_id), ("text", article.text), ("metadata", meta_json)):
            self._check_unicode(doc_id, what, value)
        for record in rows[3] + rows[4]:
            self._check_unicode(doc_id, "records", record)
        return rows

    def _check_unicode(self, doc_id: str, what: str, value: str) -> None:
        try:
            check_unicode(value, f"its {what}")
        except TextValueError as err:
            raise StoreError(self.path, f"article {doc_id!r}: {err}") from err


_Rows = tuple[str, str, str, list[str], list[str]]


def _insert_article(conn: sqlite3.Connection, position: int, rows: _Rows) -> None:
    doc_id, text, metadata, quotes, diagnostics = rows
    conn.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", (position, doc_id, text, metadata))
    conn.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?)", ((doc_id, n, r) for n, r in enumerate(quotes))
    )
    conn.executemany(
        "INSERT INTO diagnostics VALUES (?, ?, ?)",
        ((doc_id, n, r) for n, r in enumerate(diagnostics)),
    )


# --------------------------------------------------------------------------- functions


def save(corpus: Corpus, path: StrPath) -> None:
    """Write ``corpus`` to the store at ``path``, creating the file if there is none.

    Afterwards the store holds exactly the corpus's articles, in order, and
    its parser options; the change is one transaction, so an interrupted save
    leaves the store as it was. A file that is not a quoteverify store is
    refused (:class:`StoreError`), never overwritten.
    """
    if not isinstance(corpus, Corpus):
        raise StoreError(path, f"save() takes a Corpus, not {type(corpus).__name__}")
    with CorpusStore(path, config=corpus.config) as store:
        store.replace(corpus)


def open_corpus(
    path: StrPath, *, config: Config | None = None, corpus_class: type[Corpus] = Corpus
) -> Corpus:
    """The corpus stored at ``path``, read back without parsing anything again.

    ``config`` defaults to the parser options the corpus was saved with.
    A missing file, a file that is not a quoteverify store, or one of a newer
    format than this version reads raises :class:`StoreError`.
    """
    with CorpusStore(path, create=False) as store:
        return store.load(config=config, corpus_class=corpus_class)
