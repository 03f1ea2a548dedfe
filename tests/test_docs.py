"""The docs stay true to the package."""

from __future__ import annotations

from importlib import resources

from .conftest import ROOT


def test_published_schemas_are_the_packaged_ones() -> None:
    packaged = resources.files("quoteverify").joinpath("schema")
    names = sorted(p.name for p in packaged.iterdir() if p.name.endswith(".json"))
    assert names
    for name in names:
        published = (ROOT / "docs" / "schema" / name).read_text(encoding="utf-8")
        assert published == packaged.joinpath(name).read_text(encoding="utf-8"), name
