"""Hypothesis' entry point: register quoteverify's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` while it is being imported,
possibly from inside ``quoteverify.strategies`` itself, so the strategies are
looked up lazily, when a test first asks for them.
"""

from __future__ import annotations

from typing import Any


def _quotes(_type: type) -> Any:
    from .strategies import quotes  # noqa: PLC0415 - deferred: see the module docstring

    return quotes()


def _articles(_type: type) -> Any:
    from .strategies import articles  # noqa: PLC0415 - deferred: see the module docstring

    return articles()


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - only when Hypothesis asks

    from .model import Article, Quote  # noqa: PLC0415 - keep the hook import-light

    st.register_type_strategy(Quote, _quotes)
    st.register_type_strategy(Article, _articles)
