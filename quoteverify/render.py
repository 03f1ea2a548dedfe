"""Rendering for notebooks: HTML for articles, verifications and variant groups.

(The full renderer is being written; until then each object renders as its
escaped ``repr`` so notebooks never show untrusted text unescaped.)
"""

from __future__ import annotations

import html
from typing import Any

__all__ = ["to_html"]


def to_html(obj: Any) -> str:
    """HTML for ``obj``: every piece of text escaped."""
    return f"<pre>{html.escape(repr(obj))}</pre>"
