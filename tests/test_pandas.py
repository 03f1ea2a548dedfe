"""to_pandas(): the records of to_records() as a DataFrame, and a clear error without pandas."""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, parse
from quoteverify.errors import MissingExtraError, QuoteVerifyError
from quoteverify.strategies import PlantedArticle, planted_articles
from quoteverify.surfaces.records import to_pandas

STORY = (
    '“We are ready to talk,” the envoy said on Monday. Officials called the plan "bold".\n\n'
    "The minister answered: “Not before spring.” A banner read “Peace Now."
)


@cache
def corpus() -> Corpus:
    c = Corpus()
    c.add('"We will reopen the old ferry line next spring," Mayor Dana Whitfield said.', "a")
    c.add('Whitfield said: "We will reopen the ferry line next spring."', "b")
    c.add('"We will reopen the old ferry line," Tom Reyes said.', "c")
    return c


def dtypes(frame: Any) -> dict[str, str]:
    return {str(c): str(t) for c, t in frame.dtypes.items()}


QUOTE_DTYPES = {
    "doc_id": "string",
    "quote_index": "Int64",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "kind": "string",
    "kind_confidence": "Float64",
    "is_speech": "boolean",
    "parent": "Int64",
    "speaker_name": "string",
    "speaker_kind": "string",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "cue_text": "string",
    "cue_rule": "string",
    "cue_confidence": "Float64",
}


def test_quote_tables_have_the_same_columns_and_dtypes_whatever_the_article() -> None:
    pd = pytest.importorskip("pandas")
    empty = parse("Nothing anybody said.", doc_id="e").to_pandas()
    quoted = parse(STORY, doc_id="s1").to_pandas()
    # A quote whose speaker nobody names: every speaker, mention and cue cell is missing.
    unnamed = parse('The film "Night Harbour" opened on Friday.', doc_id="u").to_pandas()
    assert len(empty) == 0 and len(quoted) == 4 and len(unnamed) == 1
    assert dtypes(empty) == dtypes(quoted) == dtypes(unnamed)
    for name, dtype in QUOTE_DTYPES.items():
        assert dtypes(empty)[name] == dtype, name
    row = unnamed.iloc[0]
    for name in ("speaker_name", "speaker_kind", "mention_start", "cue_text", "cue_rule"):
        assert row[name] is pd.NA, name
    assert row["text"] == "Night Harbour" and row["quote_index"] == 0


def test_quote_rows_hold_the_quote_its_speaker_mention_and_cue() -> None:
    pd = pytest.importorskip("pandas")
    article = parse(STORY, doc_id="s1")
    frame = article.to_pandas()
    for (_, row), q in zip(frame.iterrows(), article.quotes, strict=True):
        assert (row["doc_id"], row["start"], row["end"], row["text"]) == (
            "s1",
            q.start,
            q.end,
            q.text,
        )
        assert row["kind"] == q.kind.value and row["is_speech"] == q.is_speech
        if q.speaker is not None:
            assert row["speaker_name"] == q.speaker.name
            assert row["speaker_kind"] == q.speaker.kind.value
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert (row["mention_start"], row["mention_end"]) == (m.start, m.end)
            assert article.text[m.start : m.end] == row["mention_text"]
        if q.cue is not None:
            assert (row["cue_text"], row["cue_rule"]) == (q.cue.text, q.cue.rule)
    assert frame["closed"].tolist() == [q.closed for q in article.quotes]
    # A quote on its own has no place among its article's quotes.
    alone = article.quotes[0].to_pandas()
    assert len(alone) == 1 and alone.loc[0, "quote_index"] is pd.NA
    assert dtypes(alone) == dtypes(frame)


def test_article_metadata_becomes_columns_of_both_tables() -> None:
    pytest.importorskip("pandas")
    meta = {"outlet": "Gazette", "date": "2024-05-01"}
    a = parse('"Ready," she said.', doc_id="a", metadata=meta)
    b = parse('He said "never', doc_id="b", metadata={"outlet": "Courier", "text": "clash"})
    c = parse("No quotes.", doc_id="c")
    frame = to_pandas([a, b, c])
    assert list(frame.columns[-3:]) == ["outlet", "date", "metadata_text"]
    assert frame["outlet"].tolist() == ["Gazette", "Courier"]
    assert frame["date"].tolist() == ["2024-05-01", None]
    assert frame["text"].tolist() == ["Ready,", "never"]  # the quote's text is not replaced
    diagnostics = to_pandas([a, b, c], table="diagnostics")
    assert list(diagnostics.columns) == [
        "doc_id",
        "diagnostic_index",
        "code",
        "start",
        "end",
        "message",
        "outlet",
        "date",
        "metadata_text",
    ]
    assert diagnostics["doc_id"].tolist() == ["b"] and diagnostics["code"].tolist() == ["unclosed"]
    assert dtypes(diagnostics)["start"] == "Int64"
    empty = c.to_pandas(table="diagnostics")
    assert len(empty) == 0 and dtypes(empty)["code"] == "string"


def test_verification_table_has_a_row_per_evidence_item() -> None:
    pytest.importorskip("pandas")
    v = corpus().verify("We will reopen the old ferry line next spring", speaker="Tom Reyes")
    frame = v.to_pandas()
    assert len(frame) == len(v.evidence) >= 2
    assert set(frame["verdict"]) == {v.verdict.value}  # repeated on every row
    assert set(frame["claim"]) == {v.claim}
    assert frame["evidence_rank"].tolist() == list(range(len(v.evidence)))
    assert frame["doc_id"].tolist() == [e.quote.doc_id for e in v.evidence]
    assert frame["relation"].tolist() == [e.relation.value for e in v.evidence]
    missing = corpus().verify("The moon is made of cheese")
    none = missing.to_pandas()
    assert len(none) == 1 and none.loc[0, "verdict"] == "not_found"
    assert none.loc[0, "evidence_count"] == 0 and none["doc_id"].isna().all()
    both = to_pandas([v, missing])
    assert both["verification_index"].tolist() == [0] * len(v.evidence) + [1]
    assert dtypes(none) == dtypes(frame) == dtypes(both)
    assert dtypes(frame)["score"] == "Float64" and dtypes(frame)["supported"] == "boolean"


def test_group_table_has_a_row_per_member() -> None:
    pytest.importorskip("pandas")
    groups = corpus().variant_groups()
    frame = to_pandas(groups)
    assert len(frame) == sum(len(g.members) for g in groups)
    first = groups[0]
    rows = frame[frame["group_index"] == 0]
    assert rows["doc_id"].tolist() == [m.quote.doc_id for m in first.members]
    assert set(rows["group_text"]) == {first.text}
    assert rows["is_canonical"].sum() == 1
    assert dtypes(first.to_pandas()) == dtypes(to_pandas([], table="members"))


def test_tables_of_many_objects_and_bad_input() -> None:
    pytest.importorskip("pandas")
    articles = corpus().articles
    frame = to_pandas(corpus())  # a corpus is an iterable of articles
    assert len(frame) == sum(len(a.quotes) for a in articles)
    assert frame.equals(to_pandas(articles))
    assert len(to_pandas([])) == 0 and list(to_pandas([]).columns) == list(frame.columns)
    v = corpus().verify("ferry line")
    for bad, message in [
        ([1], "not of int"),
        ([articles[0], v], "one kind of object"),
        ("text", "not str"),
    ]:
        with pytest.raises(TypeError, match=message) as info:
            to_pandas(bad)  # type: ignore[arg-type]
        assert isinstance(info.value, QuoteVerifyError)
    with pytest.raises(TypeError, match="made of Article objects"):
        to_pandas(v, table="diagnostics")
    with pytest.raises(ValueError, match="table must be one of") as err:
        to_pandas(articles, table="rows")
    assert isinstance(err.value, QuoteVerifyError)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    article = parse('"Yes," she said.')
    for call in (article.to_pandas, article.quotes[0].to_pandas, lambda: to_pandas([article])):
        with pytest.raises(ImportError, match=r"pip install 'quoteverify\[pandas\]'") as info:
            call()
        assert isinstance(info.value, MissingExtraError)
        assert isinstance(info.value, QuoteVerifyError)
        assert "to_pandas() needs pandas" in str(info.value)


# ------------------------------------------------------------------ DataFrames in

# Short made-up texts for the DataFrame inputs below.
ROWS = [
    ("w-1", '"The dam will hold," engineer Ada Brook said.', "Valley Post", "2024-04-02"),
    ("w-2", "Nobody was quoted in this brief note.", "River Times", None),
    ("w-3", 'Brook said the dam "will hold" this spring.', None, "2024-04-05"),
]


def frame() -> Any:
    pd = pytest.importorskip("pandas")
    return pd.DataFrame(
        {
            "id": [r[0] for r in ROWS],
            "text": [r[1] for r in ROWS],
            "outlet": [r[2] for r in ROWS],
            "date": pd.to_datetime([r[3] for r in ROWS]),
            "pages": [3, 1, 2],
            "share": [0.5, float("nan"), 0.25],
        }
    )


def test_add_many_takes_a_dataframe_one_article_per_row() -> None:
    df = frame()
    corpus = Corpus()
    added = corpus.add_many(df)
    assert [a.doc_id for a in added] == ["w-1", "w-2", "w-3"]
    assert [a.text for a in added] == [r[1] for r in ROWS]
    first, second, third = (dict(a.metadata) for a in added)
    assert first == {
        "outlet": "Valley Post",
        "date": "2024-04-02T00:00:00",
        "pages": 3,
        "share": 0.5,
    }
    assert type(first["pages"]) is int and type(first["share"]) is float  # not numpy scalars
    assert second == {"outlet": "River Times", "pages": 1}  # NaN and NaT are left out
    assert third == {"date": "2024-04-05T00:00:00", "pages": 2, "share": 0.25}
    assert corpus.find("the dam will hold")  # the texts were parsed, not the column names


def test_iter_parse_takes_a_dataframe_and_a_series_keeping_the_ids() -> None:
    from quoteverify import iter_parse

    df = frame()
    by_rows = list(iter_parse(df))
    assert [a.doc_id for a in by_rows] == ["w-1", "w-2", "w-3"]
    assert by_rows[0].metadata["outlet"] == "Valley Post"
    series = list(iter_parse(df.set_index("id").text))
    assert [(a.doc_id, a.text) for a in series] == [(r[0], r[1]) for r in ROWS]
    assert all(a.metadata == {} for a in series)
    assert list(iter_parse(df, workers=2, chunksize=1)) == by_rows
    assert Corpus().add_many(df.set_index("id")["text"])[2].doc_id == "w-3"


def test_id_and_text_columns_can_be_named() -> None:
    df = frame().rename(columns={"id": "slug", "text": "body"})
    added = Corpus().add_many(df, id_column="slug", text_column="body")
    assert [a.doc_id for a in added] == ["w-1", "w-2", "w-3"]
    assert "slug" not in added[0].metadata and "body" not in added[0].metadata
    # Without an id column the index labels are the ids; "doc_id" is the second default.
    no_ids = frame().drop(columns="id").set_axis(["p", "q", "r"])
    assert [a.doc_id for a in Corpus().add_many(no_ids)] == ["p", "q", "r"]
    renamed = frame().rename(columns={"id": "doc_id"})
    assert [a.doc_id for a in Corpus().add_many(renamed)] == ["w-1", "w-2", "w-3"]
    # The same keywords name the fields of dict items.
    rows = [{"key": "d", "body": '"Fine," he said.', "lang": "en"}]
    (article,) = Corpus().add_many(rows, id_column="key", text_column="body")
    assert (article.doc_id, dict(article.metadata)) == ("d", {"lang": "en"})


def test_inputs_that_are_not_many_texts_are_refused_clearly() -> None:
    from quoteverify import iter_parse

    df = frame()
    bad: list[tuple[object, dict[str, Any], str]] = [
        ("one text", {}, "not one str"),
        ({"id": "a", "text": "A text."}, {}, "not a dict"),
        (b"bytes", {}, "decode it first"),
        (42, {}, "not int"),
        (df.drop(columns="text"), {}, "has no 'text' column"),
        (df, {"text_column": "body"}, "has no 'body' column"),
        (df, {"id_column": "slug"}, "has no 'slug' column"),
        (df.assign(text=[None, "x", "y"]), {}, "row 'w-1' has no text"),
        (df.assign(text=[1, 2, 3]), {}, "holds int"),
        (df.assign(id=[None, "b", "c"]), {}, "has no id"),
        ([("a", "b", "c")], {}, "not tuple"),
        ([{"id": "a", "body": "x"}], {}, "has no 'text' field"),
    ]
    for items, options, message in bad:
        for call in (Corpus().add_many, lambda *a, **k: list(iter_parse(*a, **k))):
            with pytest.raises(TypeError, match=message) as info:
                call(items, **options)
            assert isinstance(info.value, QuoteVerifyError), (items, message)


def test_a_dask_dataframe_is_pointed_to_the_dask_module() -> None:
    pytest.importorskip("dask.dataframe")
    import dask.dataframe as dd

    ddf = dd.from_pandas(frame(), npartitions=1)
    with pytest.raises(TypeError, match=r"quoteverify\.surfaces\.dask\.parse_dataframe") as info:
        Corpus().add_many(ddf)
    assert isinstance(info.value, QuoteVerifyError)


def test_plain_inputs_never_import_pandas() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from quoteverify import Corpus, iter_parse\n"
        "Corpus().add_many(['\"A,\" he said.', ('b', 'B.'), {'id': 'c', 'text': 'C.'}])\n"
        "list(iter_parse(['\"A,\" he said.']))\n"
        "assert 'pandas' not in sys.modules, 'pandas was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=40, deadline=None)
@given(
    ids=st.lists(st.text(min_size=1, max_size=6), min_size=0, max_size=6, unique=True),
    data=st.data(),
)
def test_any_frame_adds_the_same_articles_as_its_rows(ids: list[str], data: Any) -> None:
    pd = pytest.importorskip("pandas")
    texts = [data.draw(st.text(max_size=40)) for _ in ids]
    scores = [data.draw(st.one_of(st.none(), st.integers(-5, 5))) for _ in ids]
    df = pd.DataFrame({"id": ids, "text": texts, "score": pd.array(scores, dtype="Int64")})
    got = Corpus().add_many(df)
    expected = Corpus().add_many(
        [
            {"id": i, "text": t, **({} if s is None else {"score": s})}
            for i, t, s in zip(ids, texts, scores, strict=True)
        ]
    )
    assert got == expected


@settings(max_examples=40, deadline=None)
@given(planted=planted_articles())
def test_any_article_gives_a_row_per_quote_with_the_fixed_dtypes(planted: PlantedArticle) -> None:
    pytest.importorskip("pandas")
    article = parse(planted.text, doc_id="p", metadata={"outlet": "Any"})
    frame = article.to_pandas()
    assert len(frame) == len(article.quotes)
    assert dtypes(frame) == dtypes(parse("", doc_id="e", metadata={"outlet": "X"}).to_pandas())
    assert frame["text"].tolist() == [q.text for q in article.quotes]
    assert frame["speaker_name"].isna().tolist() == [q.speaker is None for q in article.quotes]
    diagnostics = article.to_pandas(table="diagnostics")
    assert diagnostics["code"].tolist() == [d.code.value for d in article.diagnostics]


def test_checked_quotes_name_their_place_in_the_evidence_table() -> None:
    pytest.importorskip("pandas")
    new = parse('"We will reopen the old ferry line next spring," the mayor said.', doc_id="new")
    verifications = corpus().check(new)
    frame = to_pandas(verifications)
    assert set(frame["claim_doc_id"]) == {"new"}
    assert set(frame["claim_start"]) == {q.start for q in new.speech}
    assert frame["evidence_count"].tolist() == [
        len(v.evidence) for v in verifications for _ in (v.evidence or [None])
    ]
