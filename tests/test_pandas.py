"""to_pandas(): the records of to_records() as a DataFrame, and a clear error without pandas."""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

import pytest

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
