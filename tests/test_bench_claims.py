"""The claims benchmark's reading of a gold speaker mention (``claimed_name``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import benchmark_module


def bench() -> Any:
    return benchmark_module("bench_claims")


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
