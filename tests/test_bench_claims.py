"""The claims benchmark's reading of a gold speaker mention (``claimed_name``)."""

from __future__ import annotations

import functools
import importlib.util
import sys
from typing import Any

import pytest

from tests.conftest import ROOT


@functools.cache
def bench() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "bench_claims", ROOT / "benchmarks" / "bench_claims.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # an office named with "of" before the name: the office's words are not the name
        ("Former Secretary of Transport Lena Varga", "Lena Varga"),
        ("Minister of Fisheries Tomas K. Oduya", "Tomas K. Oduya"),
        ("Secretary of Harbour Works Ines Calder", "Ines Calder"),
        ("Secretary of State Calder", "Calder"),
        ("the former secretary of State", None),
        # unchanged readings
        ("Lena Varga of the Example Institute", "Lena Varga"),
        ("Gov. Ines Calder", "Ines Calder"),
        ("an adviser to Lena Varga", None),
        ("Ines Calder, a senior adviser", "Ines Calder"),
    ],
)
def test_claimed_name_leaves_out_an_office_before_the_name(mention: str, name: str | None) -> None:
    assert bench().claimed_name(mention) == name
