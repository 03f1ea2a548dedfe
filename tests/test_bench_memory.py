"""The memory benchmark: its warm-up texts, and 'kept' as what the result holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from tests.conftest import benchmark_module


def bench() -> Any:
    return benchmark_module("bench_memory")


def test_warm_up_reads_the_demo_and_synthetic_news_without_the_data(tmp_path: Path) -> None:
    texts = bench().warm_up_texts(tmp_path)  # an empty folder: no PolNeAR dev
    assert len(texts) == 6  # the five demo articles and the synthetic news
    assert max(len(t) for t in texts) >= 190_000
    assert all("\u201c" in t or '"' in t for t in texts)


@attrs.frozen
class _Result:
    quotes: list[str]
    diagnostics: list[str]


def test_kept_counts_the_result_not_a_cache_the_call_filled() -> None:
    cache: dict[str, bytearray] = {}

    def call(text: str) -> _Result:
        cache.setdefault("table", bytearray(4_000_000))  # a lexicon loaded on first use
        return _Result(quotes=[text + str(i) for i in range(10)], diagnostics=[])

    _, peak, kept, quotes, diagnostics = bench().traced_call(call, "x" * 1_000)
    assert peak > 4_000_000  # the load is in the peak ...
    assert 10_000 < kept < 100_000  # ... but the result holds ten short strings
    assert (quotes, diagnostics) == (10, 0)


def test_a_row_of_news(tmp_path: Path) -> None:
    row = bench().child("news", 20_000, False, tmp_path)
    assert row["quotes"] > 0
    assert 0 < row["kept_bytes"] <= row["peak_bytes"]
    assert row["ratio"] == row["peak_bytes"] / row["utf8_bytes"]
