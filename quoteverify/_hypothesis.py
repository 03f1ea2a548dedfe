"""Hypothesis' entry point: register quoteverify's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` while it is being imported,
possibly from inside ``quoteverify.strategies`` itself, so the strategies are
looked up lazily, when a test first asks for them.
"""

from __future__ import annotations

from typing import Any

# The public classes, by module and name; each gets the strategy that
# ``quoteverify.strategies.STRATEGIES`` names for it.
_CLASSES = (
    ("model", "Article"),
    ("model", "Cue"),
    ("model", "Diagnostic"),
    ("model", "Document"),
    ("model", "Edit"),
    ("model", "Evidence"),
    ("model", "Extraction"),
    ("model", "GroupMember"),
    ("model", "Match"),
    ("model", "Mention"),
    ("model", "Quote"),
    ("model", "Speaker"),
    ("model", "VariantGroup"),
    ("model", "Verification"),
    ("model", "WordPair"),
    ("config", "Config"),
    ("corpus", "Corpus"),
)


def _deferred(cls: type) -> Any:
    from .strategies import STRATEGIES  # noqa: PLC0415 - deferred: see the module docstring

    return STRATEGIES[cls]()


def _hypothesis_setup_hook() -> None:
    import importlib  # noqa: PLC0415 - only when Hypothesis asks

    from hypothesis import strategies as st  # noqa: PLC0415 - only when Hypothesis asks

    for module, name in _CLASSES:
        cls = getattr(importlib.import_module(f"quoteverify.{module}"), name)
        st.register_type_strategy(cls, _deferred)
