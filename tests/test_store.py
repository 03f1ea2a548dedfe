"""The SQLite corpus store: round trips, adding later, versions, refusals and crash safety."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify.surfaces.store as store_module
from quoteverify import Article, Config, Corpus, QuoteVerifyError, VariantGroup, parse
from quoteverify.errors import OptionError
from quoteverify.strategies import PlantedArticle, claims, planted_articles
from quoteverify.surfaces.demo import demo_documents
from quoteverify.surfaces.store import (
    FORMAT,
    FORMAT_VERSION,
    CorpusStore,
    StoreError,
    open_corpus,
    save,
)
from quoteverify.text.spans import extract_quotes

ROOT = Path(__file__).resolve().parents[1]


def demo_corpus(config: Config | None = None) -> Corpus:
    corpus = Corpus(config=config)
    corpus.add_many(demo_documents())
    return corpus


def group_summary(groups: list[VariantGroup]) -> list[list[tuple[str | None, int, int, str]]]:
    return [
        [(m.quote.doc_id, m.quote.start, m.quote.end, m.relation.value) for m in g.members]
        for g in groups
    ]


def assert_same_corpus(again: Corpus, corpus: Corpus) -> None:
    assert [a.doc_id for a in again] == [a.doc_id for a in corpus]
    assert again.articles == corpus.articles
    assert again.quotes == corpus.quotes
    assert [dict(a.metadata) for a in again] == [dict(a.metadata) for a in corpus]
    assert len(again.index) == len(corpus.index)
    groups, expected = again.variant_groups(), corpus.variant_groups()
    assert group_summary(groups) == group_summary(expected)
    assert groups == expected


def meta(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT key, value FROM meta").fetchall()
    conn.close()
    return dict(rows)


def set_meta(path: Path, key: str, value: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    conn.close()


# --------------------------------------------------------------------------- round trips


def test_demo_corpus_round_trips_with_speakers_groups_and_verdicts(tmp_path: Path) -> None:
    corpus = demo_corpus()
    path = tmp_path / "demo.sqlite"
    save(corpus, path)
    again = open_corpus(path)
    assert_same_corpus(again, corpus)
    speakers = {q.speaker for q in again.quotes if q.speaker is not None}
    assert len(speakers) >= 3
    assert any(a.diagnostics for a in again)
    for quote in corpus.quotes[::7]:
        speaker = quote.speaker_name
        assert again.verify(quote.text, speaker=speaker) == corpus.verify(quote.text, speaker)
    assert again.verify("Next time in Moscow", speaker="Zelensky") == corpus.verify(
        "Next time in Moscow", speaker="Zelensky"
    )
    assert again.check(corpus.articles[0]) == corpus.check(corpus.articles[0])


@pytest.mark.parametrize("kind", [str, Path])
@pytest.mark.parametrize("name", ["c.sqlite", "my corpus #1 ?%20 ü.db"])
def test_paths_may_be_str_or_pathlib(tmp_path: Path, kind: type[Any], name: str) -> None:
    corpus = Corpus()
    corpus.add('"We will see," she said.', doc_id="a")
    path = kind(tmp_path / name)
    corpus.save(path)
    again = Corpus.open(path)
    assert isinstance(again, Corpus)
    assert again.articles == corpus.articles
    with CorpusStore(path) as store:
        assert store.doc_ids() == ["a"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_corpus_open_keeps_a_subclass(tmp_path: Path) -> None:
    class MyCorpus(Corpus):
        pass

    demo_corpus().save(tmp_path / "c.sqlite")
    assert type(MyCorpus.open(tmp_path / "c.sqlite")) is MyCorpus


def test_opening_does_not_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = demo_corpus()
    save(corpus, tmp_path / "c.sqlite")

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("opening a store must not parse")

    monkeypatch.setattr("quoteverify.article.parse", no_parsing)
    monkeypatch.setattr("quoteverify.corpus.parse", no_parsing)
    monkeypatch.setattr("quoteverify.article.extract_with_paragraphs", no_parsing)
    again = open_corpus(tmp_path / "c.sqlite")
    assert again.articles == corpus.articles
    with CorpusStore(tmp_path / "c.sqlite") as store:
        assert store.article("03_harbor_courier") == corpus.article("03_harbor_courier")


def test_parser_options_are_kept_and_may_be_overridden(tmp_path: Path) -> None:
    config = Config(paragraphs="newline", attribute=False)
    corpus = demo_corpus(config)
    path = tmp_path / "c.sqlite"
    save(corpus, path)
    again = open_corpus(path)
    assert again.config == config
    assert_same_corpus(again, corpus)
    other = Config(max_depth=3)
    assert open_corpus(path, config=other).config == other
    with CorpusStore(path) as store:
        assert store.config == config


def test_an_article_whose_quotes_carry_no_doc_id_reads_back_equal(tmp_path: Path) -> None:
    text = 'She said "yes." He said "later'
    found = extract_quotes(text)
    article = Article(
        text=text, doc_id="manual", quotes=found.quotes, diagnostics=found.diagnostics
    )
    assert article.diagnostics and all(q.doc_id is None for q in article.quotes)
    corpus = Corpus()
    corpus.add_article(article)
    save(corpus, tmp_path / "c.sqlite")
    assert open_corpus(tmp_path / "c.sqlite").articles == (article,)


def test_an_empty_corpus_round_trips(tmp_path: Path) -> None:
    save(Corpus(), tmp_path / "c.sqlite")
    again = open_corpus(tmp_path / "c.sqlite")
    assert len(again) == 0 and again.variant_groups() == []


# --------------------------------------------------------------------------- adding later


def test_add_later_then_reopen(tmp_path: Path) -> None:
    docs = demo_documents()
    path = tmp_path / "c.sqlite"
    first = Corpus()
    first.add_many(docs[:2])
    first.save(path)

    later = [parse(d.text, d.doc_id, metadata=d.metadata) for d in docs[2:]]
    with CorpusStore(path) as store:
        assert store.add(later[0]) is True
        assert store.add(later[0]) is False  # the same article again: nothing to do
        assert store.add_many([*later, first.articles[0]]) == len(later) - 1
        assert len(store) == len(docs)
        assert later[1].doc_id in store and "nope" not in store
    assert_same_corpus(open_corpus(path), demo_corpus())

    # Open, add through the corpus, save again.
    corpus = Corpus.open(path)
    corpus.add('"One more," she said.', doc_id="extra", outlet="Late")
    corpus.save(path)
    again = Corpus.open(path)
    assert again.articles[-1].doc_id == "extra" and dict(again.articles[-1].metadata) == {
        "outlet": "Late"
    }
    assert_same_corpus(again, corpus)


def test_a_corpus_is_added_as_its_articles(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as store:
        assert store.add_many(demo_corpus()) == len(demo_documents())
    assert_same_corpus(open_corpus(tmp_path / "c.sqlite"), demo_corpus())


def test_a_duplicate_doc_id_with_other_content_is_refused_and_nothing_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add(parse('"Yes," he said.', "a"))
        fresh = parse('"Maybe," she said.', "b")
        clash = parse('"No," he said.', "a")
        with pytest.raises(StoreError, match="doc_id 'a' is already stored") as info:
            store.add_many([fresh, clash])
        assert isinstance(info.value, ValueError) and isinstance(info.value, QuoteVerifyError)
        assert store.doc_ids() == ["a"]  # "b" was in the same transaction
        with pytest.raises(StoreError, match="already stored"):
            store.add(attrs.evolve(store.article("a"), metadata={"outlet": "X"}))
        with pytest.raises(KeyError):
            store.article("b")
    # A corpus refuses the duplicate too, before anything reaches the store.
    corpus = Corpus.open(path)
    with pytest.raises(OptionError):
        corpus.add('"No," he said.', doc_id="a")


def test_save_replaces_what_the_store_held(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    demo_corpus().save(path)
    small = Corpus()
    small.add('"Only this," she said.', doc_id="only")
    small.save(path)
    assert_same_corpus(Corpus.open(path), small)


def test_metadata_must_be_json_and_a_refused_article_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    save(demo_corpus(), path)
    before = path.read_bytes()
    bad: list[dict[Any, Any]] = [
        {"when": object()},
        {"pair": (1, 2)},  # would read back as a list
        {1: "int key"},  # would read back as "1"
        {"x": float("nan")},
    ]
    for metadata in bad:
        article = Article(text="x", doc_id="bad", metadata=metadata)
        corpus = demo_corpus()
        corpus.add_article(article)
        with pytest.raises(StoreError, match="'bad': its metadata must be JSON"):
            save(corpus, path)
        with pytest.raises(StoreError, match="metadata"), CorpusStore(path) as store:
            store.add(article)
    assert path.read_bytes() == before
    assert_same_corpus(open_corpus(path), demo_corpus())


def test_what_the_store_says_about_itself(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    save(demo_corpus(), path)
    import quoteverify

    with CorpusStore(path, create=False) as store:
        assert store.format_version == FORMAT_VERSION
        assert store.written_by == quoteverify.__version__
        assert repr(store) == f"CorpusStore({str(path)!r})"
        assert store.doc_ids() == [d.doc_id for d in demo_documents()]
    info = meta(path)
    assert info["format"] == FORMAT and info["format_version"] == str(FORMAT_VERSION)
    assert info["created_by"] == quoteverify.__version__
    with sqlite3.connect(path) as conn:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        # The tables are plain SQL: the speakers of the stored quotes, for example.
        speakers = conn.execute(
            "SELECT DISTINCT json_extract(record, '$.speaker') FROM quotes "
            "WHERE json_extract(record, '$.speaker') IS NOT NULL"
        ).fetchall()
    conn.close()
    assert app_id == store_module.APPLICATION_ID
    assert ("Vladimir Putin",) in speakers
    assert not Path(f"{path}-journal").exists()  # one file at rest


# --------------------------------------------------------------------------- versions


def test_a_newer_format_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    save(demo_corpus(), path)
    set_meta(path, "format_version", str(FORMAT_VERSION + 1))
    set_meta(path, "written_by", "9.9.9")
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_corpus(path)
    message = str(info.value)
    assert str(path) in message and "9.9.9" in message and "upgrade quoteverify" in message
    assert f"format version {FORMAT_VERSION + 1}" in message
    assert isinstance(info.value, ValueError) and isinstance(info.value, QuoteVerifyError)
    assert info.value.path == str(path)
    with pytest.raises(StoreError, match="upgrade quoteverify"):
        save(Corpus(), path)  # never overwritten either
    with pytest.raises(StoreError, match="upgrade quoteverify"), CorpusStore(path) as store:
        store.add(parse("x", "y"))
    assert path.read_bytes() == before


def test_newer_records_are_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    save(demo_corpus(), path)
    set_meta(path, "record_schema_version", "99")
    with pytest.raises(StoreError, match=r"schema_version 99.*upgrade quoteverify"):
        open_corpus(path)


@pytest.mark.parametrize("version", ["0", "-1", "one", ""])
def test_an_unknown_format_version_is_refused(tmp_path: Path, version: str) -> None:
    path = tmp_path / "c.sqlite"
    save(Corpus(), path)
    set_meta(path, "format_version", version)
    with pytest.raises(StoreError, match=r"format.version"):
        open_corpus(path)


def test_an_older_format_is_upgraded_in_place_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = demo_corpus()
    path = tmp_path / "c.sqlite"
    save(corpus, path)  # written as version 1

    def to_version_2(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE notes (doc_id TEXT, note TEXT)")

    monkeypatch.setattr(store_module, "FORMAT_VERSION", FORMAT_VERSION + 1)
    monkeypatch.setattr(store_module, "_MIGRATIONS", {FORMAT_VERSION: to_version_2})
    assert_same_corpus(open_corpus(path), corpus)
    assert meta(path)["format_version"] == str(FORMAT_VERSION + 1)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    conn.close()

    # A migration that fails leaves the file in its old version.
    set_meta(path, "format_version", str(FORMAT_VERSION))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE notes")
    conn.close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE notes (doc_id TEXT)")
        raise RuntimeError("migration failed")

    monkeypatch.setattr(store_module, "_MIGRATIONS", {FORMAT_VERSION: broken})
    with pytest.raises(RuntimeError):
        open_corpus(path)
    assert meta(path)["format_version"] == str(FORMAT_VERSION)
    monkeypatch.undo()
    assert_same_corpus(open_corpus(path), corpus)


# --------------------------------------------------------------------------- refusals


def test_a_missing_file_is_not_created_by_opening(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError, match="no such file") as info:
        open_corpus(path)
    assert str(path) in str(info.value)
    assert not path.exists()
    with pytest.raises(StoreError):
        CorpusStore(path, create=False)
    assert not path.exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("These are my notes, not a database. " * 100, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a quoteverify corpus store") as info:
        open_corpus(path)
    assert str(path) in str(info.value)
    with pytest.raises(StoreError, match="not an SQLite file"):
        save(demo_corpus(), path)
    assert path.read_bytes() == before


def test_another_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.execute("INSERT INTO people VALUES ('Ann')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="without a meta table"):
        open_corpus(path)
    with pytest.raises(StoreError, match="without a meta table"):
        save(demo_corpus(), path)
    assert path.read_bytes() == before

    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('format', 'someone-else')")
    conn.close()
    with pytest.raises(StoreError, match="names the format 'someone-else'"):
        open_corpus(path)


def test_an_empty_file_is_not_a_store_but_may_be_saved_to(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(StoreError, match="empty"):
        open_corpus(path)
    save(demo_corpus(), path)
    assert_same_corpus(open_corpus(path), demo_corpus())


def test_bad_paths_and_arguments(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        save(Corpus(), tmp_path / "no" / "such" / "folder" / "c.sqlite")
    with pytest.raises(StoreError, match="cannot open"):
        save(Corpus(), tmp_path)  # a folder
    with pytest.raises(StoreError, match=r"str or os\.PathLike"):
        open_corpus(42)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="takes a Corpus"):
        save([], tmp_path / "c.sqlite")  # type: ignore[arg-type]
    with CorpusStore(tmp_path / "c.sqlite") as store:
        with pytest.raises(StoreError, match="holds Articles"):
            store.add("text")  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="needs a doc_id"):
            store.add(parse('"Hi," he said.'))
        assert len(store) == 0


# --------------------------------------------------------------------------- property


def build(planted: list[PlantedArticle], repeats: int = 0) -> Corpus:
    """A corpus of the planted texts, the first one printed again `repeats` times."""
    corpus = Corpus()
    texts = [p.text for p in planted] + [planted[0].text] * repeats
    for n, text in enumerate(texts):
        corpus.add(text, doc_id=f"doc-{n}", n=n, outlet=["A", "B"][n % 2])
    return corpus


@settings(max_examples=25, deadline=None)
@given(
    st.lists(planted_articles(max_paragraphs=3), min_size=1, max_size=5),
    st.integers(min_value=0, max_value=2),
    st.integers(min_value=0, max_value=7),
    st.lists(claims(), max_size=2),
)
def test_save_and_reopen_give_the_same_quotes_groups_and_verdicts(
    planted: list[PlantedArticle], repeats: int, split: int, claimed: list[str]
) -> None:
    corpus = build(planted, repeats)
    first = Corpus()
    for article in corpus.articles[:split]:
        first.add_article(article)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.sqlite"
        save(first, path)  # some now, the rest later
        with CorpusStore(path) as store:
            store.add_many(corpus.articles[split:])
        again = open_corpus(path)
    assert_same_corpus(again, corpus)
    checks: list[tuple[str, str | None]] = [(c, None) for c in claimed]
    for quote in corpus.quotes[:3]:
        checks.append((quote.text, quote.speaker_name))
        checks.append((quote.text, "Marco Rubio"))
    for claim, speaker in checks:
        assert again.verify(claim, speaker=speaker) == corpus.verify(claim, speaker=speaker)


# --------------------------------------------------------------------------- crash safety

# Saves (or adds) `count` copies of the demo articles to an existing store; with
# "pause", it stops inside the transaction halfway through and says so.
_WRITER = textwrap.dedent(
    """
    import sys, time
    import attrs
    import quoteverify.surfaces.store as store
    from quoteverify import Corpus
    from quoteverify.surfaces.demo import demo_documents

    path, how, count, pause = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "pause"
    base = Corpus()
    base.add_many(demo_documents())
    articles = []
    for i in range(count):
        a = base.articles[i % len(base.articles)]
        doc_id = f"new-{i}"
        quotes = [attrs.evolve(q, doc_id=doc_id) for q in a.quotes]
        articles.append(attrs.evolve(a, doc_id=doc_id, quotes=quotes))
    insert = store._insert_article
    written = 0

    def insert_then_maybe_pause(conn, position, rows):
        global written
        insert(conn, position, rows)
        written += 1
        if pause and written == count // 2:
            print("inside the transaction", flush=True)
            time.sleep(600)

    store._insert_article = insert_then_maybe_pause
    corpus = Corpus()
    for a in articles:
        corpus.add_article(a)
    print("writing", flush=True)
    if how == "save":
        store.save(corpus, path)
    else:
        with store.CorpusStore(path) as s:
            s.add_many(articles)
    print("done", flush=True)
    """
)


def start_writer(tmp_path: Path, path: Path, how: str, count: int, pause: bool) -> Any:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script), str(path), how, str(count), "pause" if pause else "run"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def wait_for_line(proc: Any, expected: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline()
            if line.strip() == expected:
                return
            assert line, f"the writer ended before printing {expected!r}"
    proc.kill()
    pytest.fail(f"the writer did not print {expected!r} in {timeout} s")


def old_store(path: Path, copies: int) -> Corpus:
    """A previous corpus of `copies` demo articles under other ids, saved at `path`."""
    base = demo_corpus()
    corpus = Corpus()
    for i in range(copies):
        a = base.articles[i % len(base.articles)]
        quotes = [attrs.evolve(q, doc_id=f"old-{i}") for q in a.quotes]
        corpus.add_article(attrs.evolve(a, doc_id=f"old-{i}", quotes=quotes))
    save(corpus, path)
    return corpus


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("how", ["save", "add"])
def test_a_writer_killed_inside_its_transaction_leaves_the_previous_corpus(
    tmp_path: Path, how: str
) -> None:
    path = tmp_path / "c.sqlite"
    previous = old_store(path, 300)
    size = path.stat().st_size
    proc = start_writer(tmp_path, path, how, 3000, pause=True)
    try:
        wait_for_line(proc, "inside the transaction")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    # The kill left a hot journal, and the database file itself was being written.
    assert Path(f"{path}-journal").exists()
    assert path.stat().st_size != size
    again = open_corpus(path)  # rolls the journal back
    assert_same_corpus(again, previous)
    assert not Path(f"{path}-journal").exists()
    again.add('"After the crash," she said.', doc_id="after")
    again.save(path)
    assert open_corpus(path).articles[-1].doc_id == "after"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_corpus(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    previous = old_store(path, 100)
    old_ids = [a.doc_id for a in previous]
    new_ids = [f"new-{i}" for i in range(2000)]
    for delay in (0.0, 0.1, 0.3, 1.0):
        proc = start_writer(tmp_path, path, "save", 2000, pause=False)
        try:
            wait_for_line(proc, "writing")
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=60)
            assert proc.stdout is not None
            proc.stdout.close()
        again = open_corpus(path)
        ids = [a.doc_id for a in again]
        assert ids in (old_ids, new_ids)  # which one depends on timing; never a mixture
        if ids == old_ids:
            assert_same_corpus(again, previous)
        else:
            assert [len(a.quotes) for a in again] == [
                len(previous.articles[i % 5].quotes) for i in range(2000)
            ]
            save(previous, path)  # back to the old corpus for the next round


def test_a_damaged_record_is_reported_with_the_article(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    save(demo_corpus(), path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            'UPDATE quotes SET record = \'{"type": "quote"\' '
            "WHERE doc_id = '02_northern_ledger' AND position = 0"
        )
    conn.close()
    with pytest.raises(StoreError, match="damaged article '02_northern_ledger'"):
        open_corpus(path)


@pytest.mark.parametrize("metadata", ["[1, 2]", "null", '"outlet"'])
def test_metadata_that_is_not_an_object_is_reported_with_the_article(
    tmp_path: Path, metadata: str
) -> None:
    # A list there failed with Python's own words ("cannot convert dictionary
    # update sequence element #0 to a sequence"), null was let through.
    path = tmp_path / "c.sqlite"
    save(demo_corpus(), path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE articles SET metadata = ? WHERE doc_id = '02_northern_ledger'", (metadata,)
        )
    conn.close()
    with pytest.raises(StoreError, match=r"damaged article '02_northern_ledger': its metadata is"):
        open_corpus(path)


@pytest.mark.parametrize(
    "damage",
    [
        '\'{"type": "quote"\'',  # cut short
        "'[' || replace(hex(zeroblob(60000)), '00', '[')",  # nested deeper than json reads
        "'\"a string\"'",
    ],
)
@pytest.mark.parametrize("opener", [open_corpus, Corpus.open])
def test_a_failed_open_leaves_no_lock_behind(tmp_path: Path, damage: str, opener: Any) -> None:
    path = tmp_path / "c.sqlite"
    corpus = demo_corpus()
    save(corpus, path)
    conn = sqlite3.connect(path)
    with conn:  # the first of several quotes, so a reader would stop half way through
        conn.execute(
            f"UPDATE quotes SET record = {damage} "
            "WHERE doc_id = '02_northern_ledger' AND position = 0"
        )
    conn.close()
    with pytest.raises(StoreError, match="damaged article '02_northern_ledger'") as info:
        opener(path)
    assert info.value.__traceback__ is not None  # the traceback (and its frames) still live
    save(corpus, path)  # not "the store is busy"
    with CorpusStore(path) as store:
        assert store.add(parse('"Again," she said.', doc_id="later"))
    assert [a.doc_id for a in open_corpus(path)][-1] == "later"


def test_an_article_built_with_a_lone_surrogate_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    good = parse('"Fine," she said.', doc_id="good")
    bad_text = attrs.evolve(good, doc_id="bad", text=good.text + " \udc80")
    bad_id = attrs.evolve(good, doc_id="bad-\ud800")
    bad_meta = attrs.evolve(good, doc_id="meta", metadata={"outlet": "Wire \udcff"})
    for article, where in [(bad_text, "text"), (bad_id, "doc_id"), (bad_meta, "metadata")]:
        corpus = Corpus()
        corpus.add_article(good)
        corpus.add_article(article)
        with pytest.raises(StoreError, match=f"its {where} holds a lone surrogate") as info:
            save(corpus, path)
        str(info.value).encode("utf-8")  # the message names the id escaped
        with CorpusStore(path) as store, pytest.raises(StoreError, match="lone surrogate"):
            store.add(article)
    assert len(open_corpus(path)) == 0  # nothing of a refused save was written


def test_a_store_path_that_is_not_utf8_works(tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/store-\xff.sqlite"))
    corpus = demo_corpus()
    save(corpus, path)
    assert_same_corpus(open_corpus(path), corpus)
