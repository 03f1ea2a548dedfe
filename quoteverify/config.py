"""One frozen configuration object for parsing.

>>> from quoteverify import Config, parse
>>> parse('"Hi," she said.', config=Config(paragraphs="newline")).quotes[0].text
'Hi,'
>>> Config(max_depth=0)
Traceback (most recent call last):
...
quoteverify.errors.OptionError: max_depth must be between 1 and 64, not 0
"""

from __future__ import annotations

from typing import Literal

import attrs

from .errors import OptionError

__all__ = ["DEFAULT_CONFIG", "Config"]

ParagraphMode = Literal["auto", "blank_line", "newline"]
_PARAGRAPH_MODES = ("auto", "blank_line", "newline")


def _check_depth(_inst: object, _attr: object, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 64:
        raise OptionError(f"max_depth must be between 1 and 64, not {value!r}")


def _check_paragraphs(_inst: object, _attr: object, value: str) -> None:
    if value not in _PARAGRAPH_MODES:
        raise OptionError(f"paragraphs must be one of {_PARAGRAPH_MODES}, not {value!r}")


@attrs.frozen(kw_only=True)
class Config:
    """How the parser reads a text.

    ``paragraphs``: where paragraphs end, which is where an unclosed quote is
    closed and where a continued quote reopens. ``"newline"``: at every line
    break; ``"blank_line"``: at blank lines only (hard-wrapped text such as
    novels); ``"auto"`` (default): blank lines when the text looks
    hard-wrapped, every line break otherwise.

    ``max_depth``: how deep quotes may nest before inner marks are reported as
    ``too_deep`` instead of paired.

    ``attribute``: whether :func:`quoteverify.parse` looks for speakers.
    """

    paragraphs: ParagraphMode = attrs.field(default="auto", validator=_check_paragraphs)
    max_depth: int = attrs.field(default=8, validator=_check_depth)
    attribute: bool = True


DEFAULT_CONFIG = Config()
