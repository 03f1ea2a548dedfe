"""The Sphinx documentation builds with warnings as errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import quoteverify

from .conftest import ROOT


def test_sphinx_builds_the_docs_without_warnings(tmp_path: Path) -> None:
    pytest.importorskip("sphinx", reason="the docs extra is not installed: pip install '.[docs]'")
    pytest.importorskip("myst_parser", reason="the docs extra is not installed")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            "-d",
            str(tmp_path / "doctrees"),
            str(ROOT / "docs"),
            str(tmp_path / "html"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("index", "quickstart", "concepts", "api"):
        assert (tmp_path / "html" / f"{page}.html").is_file(), page
    # The API reference documents every public name and the modules users import.
    api = (tmp_path / "html" / "api.html").read_text(encoding="utf-8")
    names = [f"quoteverify.{name}" for name in quoteverify.__all__]
    names += ["quoteverify.surfaces.records.quote_record", "quoteverify.strategies.variants"]
    names += ["quoteverify.surfaces.evaluate.evaluate", "quoteverify.synthetic.synthetic_articles"]
    missing = [name for name in names if f'id="{name}"' not in api]
    assert not missing, f"docs/api.md does not document {missing}"
