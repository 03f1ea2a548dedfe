"""Sphinx configuration: the Markdown pages of docs/ (MyST) and an API reference from docstrings.

Build with ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` after
``pip install '.[docs]'``. The same pages run as doctests under pytest.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import quoteverify

HERE = Path(__file__).resolve().parent

project = "quoteverify"
author = "quoteverify developers"
copyright = "quoteverify developers"
release = quoteverify.__version__
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc"]

source_suffix = {".md": "markdown"}
root_doc = "index"
# Not pages: the build output, the screenshot script, the JSON Schemas (copied as they are,
# see setup() below).
exclude_patterns = ["_build", "images/*.py", "schema", "Thumbs.db", ".DS_Store"]

# MyST: anchors for headings down to ### so that [text](#a-heading) links resolve.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

# autodoc: members in source order; a class's docstring only (attrs writes the __init__).
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autoclass_content = "class"
autodoc_preserve_defaults = True  # show `parser=parse`, not a function repr

nitpicky = False

html_theme = "alabaster"
html_static_path: list[str] = []
html_title = f"quoteverify {release}"


def _copy_schemas(app: Any, exception: Exception | None) -> None:
    """Publish docs/schema/*.json unchanged at schema/ in the HTML output."""
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "schema"
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted((HERE / "schema").glob("*.json")):
        shutil.copyfile(path, target / path.name)


def setup(app: Any) -> dict[str, Any]:
    app.connect("build-finished", _copy_schemas)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
