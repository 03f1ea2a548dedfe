"""Shared paths: the evaluation data beside the project, when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"


def shared_file(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (the evaluation data lives beside the project)")
    return path
