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
from quoteverify.records import to_pandas

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


def keys(records: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(k for r in records for k in r))


def check(frame: Any, records: list[dict[str, Any]]) -> None:
    import pandas as pd

    assert list(frame.columns) == keys(records)
    assert len(frame) == len(records)
    for column in ("type", "text", "start", "verdict"):
        if column in frame.columns:
            got = [None if pd.isna(v) else v for v in frame[column]]  # NaN: a missing key
            assert got == [r.get(column) for r in records]


def test_article_quote_group_and_verification_frames() -> None:
    pytest.importorskip("pandas")
    article = parse(STORY, doc_id="s1")
    assert article.quotes and article.diagnostics  # both record types
    check(article.to_pandas(), article.to_records())

    quote = article.quotes[0]
    frame = quote.to_pandas()
    (record,) = quote.to_records()
    assert list(frame.columns) == list(record) and len(frame) == 1
    assert frame.loc[0, "text"] == quote.text and frame.loc[0, "open_mark"] == record["open_mark"]

    (group, *_) = corpus().variant_groups()
    check(group.to_pandas(), group.to_records())
    v = corpus().verify("We will reopen the old ferry line next spring", speaker="Tom Reyes")
    frame = v.to_pandas()
    check(frame, v.to_records())
    assert frame.loc[0, "evidence"] == v.to_records()[0]["evidence"]  # nested parts kept whole


def test_quotes_only_give_exactly_the_record_keys() -> None:
    pytest.importorskip("pandas")
    article = parse('"One," he said. "Two," she said.', doc_id="d")
    records = article.to_records()
    assert {r["type"] for r in records} == {"quote"}
    assert list(article.to_pandas().columns) == list(records[0])


def test_module_function_takes_one_object_or_many() -> None:
    pytest.importorskip("pandas")
    articles = corpus().articles
    records = [r for a in articles for r in a.to_records()]
    check(to_pandas(articles), records)
    check(to_pandas(articles[0]), articles[0].to_records())
    verifications = [corpus().verify("ferry line"), corpus().verify("The moon is cheese")]
    check(to_pandas(verifications), [r for v in verifications for r in v.to_records()])
    assert len(to_pandas([])) == 0
    assert len(parse("No quotes here.").to_pandas()) == 0
    with pytest.raises(TypeError, match="no records for int"):
        to_pandas([1])  # type: ignore[list-item]


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
    with pytest.raises(TypeError, match=r"quoteverify\.dask\.parse_dataframe") as info:
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
