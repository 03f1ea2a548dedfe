"""The small demo corpus shipped inside the package.

Five short articles, written for this project, about the August 2025 Alaska
summit: they reuse the summit's short quotes and contain every hard case the
parser handles (mixed marks, apostrophes, nesting, a quote over several
paragraphs, an unclosed quote, a stray mark, ellipses and brackets, titles and
signs, and one utterance printed differently by different outlets).

>>> docs = demo_documents()
>>> len(docs) >= 4 and all(d.text for d in docs)
True
"""

from __future__ import annotations

import json
from importlib import resources

from ..model import Document

__all__ = ["demo_documents"]


def demo_documents() -> list[Document]:
    """Return the demo articles in order, with their outlet as metadata."""
    folder = resources.files("quoteverify").joinpath("data").joinpath("demo")
    manifest = json.loads(folder.joinpath("manifest.json").read_text(encoding="utf-8"))
    docs = []
    for entry in manifest["articles"]:
        text = folder.joinpath(entry["file"]).read_text(encoding="utf-8")
        metadata = {k: v for k, v in entry.items() if k not in ("doc_id", "file")}
        docs.append(
            Document(doc_id=entry["doc_id"], text=text, metadata=metadata, source=entry["file"])
        )
    return docs
