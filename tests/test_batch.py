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


def _workers_left(deadline: float) -> list[object]:
    import multiprocessing
    import time

    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return list(multiprocessing.active_children())


def test_a_run_left_early_ends_its_busy_workers_at_once() -> None:
    # The caller takes one article and leaves while both workers parse long texts
    # (seconds each): the workers are ended, not left to finish in the background.
    import time

    long = "“The dam holds,” engineer Rui Costa said. " * 60_000
    run = iter_parse(
        itertools.chain(["“Go,” Ida said."], itertools.repeat(long, 4)), workers=2, chunksize=1
    )
    assert next(run).quotes[0].text == "Go,"
    time.sleep(0.3)  # the workers have taken the long texts
    run.close()
    assert _workers_left(time.monotonic() + 4) == []


def test_workers_are_stopped_on_a_python_whose_pool_has_no_private_processes() -> None:
    # `_processes` is private to ProcessPoolExecutor: on a Python without it the stop
    # must still shut the pool down (queued work cancelled), not raise AttributeError.
    import concurrent.futures

    from quoteverify.article import _stop_workers

    pool = concurrent.futures.ProcessPoolExecutor(max_workers=1)
    pool.submit(sum, [1, 2]).result()
    del pool._processes
    _stop_workers(pool)
    with pytest.raises(RuntimeError, match="shutdown"):
        pool.submit(sum, [3])
