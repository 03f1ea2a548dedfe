"""iter_parse: order, identity with the serial run, streaming, and bad options."""

from __future__ import annotations

import itertools

import pytest

from quoteverify import iter_parse, parse
from quoteverify.errors import OptionError, TextTypeError
from quoteverify.model import Document

TEXTS = [
    f"“Line {i} of the talks,” Official {i} said. A backdrop read “Alaska {i}”." for i in range(30)
]


def test_serial_and_parallel_runs_are_identical_and_ordered() -> None:
    serial = list(iter_parse(TEXTS))
    parallel = list(iter_parse(TEXTS, workers=2, chunksize=4))
    assert serial == parallel
    assert [a.doc_id for a in serial] == [f"doc-{i}" for i in range(1, 31)]
    assert serial[3] == parse(TEXTS[3], "doc-4")


def test_accepts_pairs_and_documents() -> None:
    got = list(
        iter_parse([("a", TEXTS[0]), Document(doc_id="b", text=TEXTS[1], metadata={"outlet": "X"})])
    )
    assert [a.doc_id for a in got] == ["a", "b"]
    assert got[1].metadata == {"outlet": "X"}


def test_streams_an_endless_input() -> None:
    endless = (f"“Number {i},” he said." for i in itertools.count())
    first = list(itertools.islice(iter_parse(endless, workers=2), 5))
    assert [a.quotes[0].text for a in first] == [f"Number {i}," for i in range(5)]


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"workers": True}, {"chunksize": 0}])
def test_bad_options(kwargs: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(OptionError):
        list(iter_parse(TEXTS, **kwargs))


def test_bad_items() -> None:
    with pytest.raises(TextTypeError):
        list(iter_parse([42]))  # type: ignore[list-item]
