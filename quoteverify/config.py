"""One frozen configuration object for parsing.

>>> from quoteverify import Config, parse
>>> parse('"Hi," she said.', config=Config(paragraphs="newline")).quotes[0].text
'Hi,'
>>> Config(max_depth=0)
Traceback (most recent call last):
...
quoteverify.errors.OptionError: max_depth must be between 1 and 64, not 0
>>> parse("text", config="newline")
Traceback (most recent call last):
...
quoteverify.errors.OptionTypeError: parse() takes config=Config(...) or None, not str
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import attrs

from .errors import OptionError, OptionTypeError
from .weights import Weights, load_weights

__all__ = ["DEFAULT_CONFIG", "Config", "resolve_config"]

ParagraphMode = Literal["auto", "blank_line", "newline"]
_PARAGRAPH_MODES = ("auto", "blank_line", "newline")


def _check_whole(name: str, value: object, *, none: bool = False) -> None:
    """A whole-number option given another type (``"3"``, ``2.0``, ``True``) is a type error."""
    if (value is None and none) or (isinstance(value, int) and not isinstance(value, bool)):
        return
    kind = "a whole number or None" if none else "a whole number"
    raise OptionTypeError(f"{name} must be {kind}, not {type(value).__name__} {value!r}")


def _check_depth(_inst: object, _attr: object, value: int) -> None:
    _check_whole("max_depth", value)
    if not 1 <= value <= 64:
        raise OptionError(f"max_depth must be between 1 and 64, not {value!r}")


def _check_bool(_inst: object, attr: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise OptionTypeError(
            f"{attr.name} must be True or False, not {type(value).__name__} {value!r}"
        )


def _to_weights(value: object) -> Weights | None:
    """``attribution_weights``: a path is read at once, so a bad file fails here."""
    if value is None or isinstance(value, Weights):
        return value
    if isinstance(value, (str, Path)):
        return load_weights(value)
    if isinstance(value, Mapping):  # as attrs.asdict writes it (a saved store's options)
        return Weights.from_dict(value)
    raise OptionTypeError(
        f"attribution_weights must be a path, Weights or None, not {type(value).__name__}"
    )


def _check_budget(_inst: object, _attr: object, value: int | None) -> None:
    _check_whole("attribution_budget", value, none=True)
    if value is not None and value < 1:
        raise OptionError(f"attribution_budget must be a whole number >= 1 or None, not {value!r}")


def _check_paragraphs(_inst: object, _attr: object, value: str) -> None:
    if not isinstance(value, str):
        raise OptionTypeError(
            f"paragraphs must be one of {_PARAGRAPH_MODES}, not {type(value).__name__} {value!r}"
        )
    if value not in _PARAGRAPH_MODES:
        raise OptionError(f"paragraphs must be one of {_PARAGRAPH_MODES}, not {value!r}")


@attrs.frozen(kw_only=True)
class Config:
    """How the parser reads a text.

    An option of the wrong type (``attribute=1``, ``max_depth="3"``) raises
    :class:`~quoteverify.errors.OptionTypeError` (a ``TypeError``); one of the
    right type out of its range or set (``max_depth=0``, ``paragraphs="lines"``)
    raises :class:`~quoteverify.errors.OptionError` (a ``ValueError``).

    ``paragraphs``: where paragraphs end, which is where an unclosed quote is
    closed and where a continued quote reopens. ``"newline"``: at every line
    break; ``"blank_line"``: at blank lines only (hard-wrapped text such as
    novels); ``"auto"`` (default): blank lines when the text looks
    hard-wrapped, every line break otherwise.

    ``max_depth``: how deep quotes may nest before inner marks are reported as
    ``too_deep`` instead of paired.

    ``attribute``: whether :func:`quoteverify.parse` looks for speakers.

    ``attribution_weights``: a :class:`~quoteverify.weights.Weights` or the path
    of a weights file (``quoteverify train`` writes one) by which to choose
    among the candidate speakers the rules propose; ``None`` (default) takes
    the candidate of the rule first in the table.

    ``attribution_budget``: in a run of quotes with no sentence punctuation
    between them (a paragraph of quotes and commas, such as a JSON dump or a list
    of titles), a quote with more than ``attribution_budget`` quotes before it is
    tried only on the rules that read a cue right beside it, so that a text
    dense with quotes costs less per quote. Quotes inside one quote count among
    themselves the same way (a quote left open before many quoted phrases). In
    news and novels a quote has at most seven before it in such a run, well below
    the default of 16; ``None`` tries every rule on every quote.

    >>> from quoteverify import parse
    >>> fast = Config(attribute=False)  # spans and kinds only: no speakers looked for
    >>> q = parse('"Yes," said Ann Lee.', config=fast).quotes[0]
    >>> q.text, q.kind.value, q.speaker
    ('Yes,', 'direct', None)
    """

    paragraphs: ParagraphMode = attrs.field(default="auto", validator=_check_paragraphs)
    max_depth: int = attrs.field(default=8, validator=_check_depth)
    attribute: bool = attrs.field(default=True, validator=_check_bool)
    attribution_weights: Weights | None = attrs.field(
        default=None, converter=_to_weights, hash=False
    )
    attribution_budget: int | None = attrs.field(default=16, validator=_check_budget)


DEFAULT_CONFIG = Config()


def resolve_config(value: object, func: str) -> Config:
    """``value`` if it is a :class:`Config`, the defaults for ``None``; otherwise raise.

    Every entry point that takes ``config=`` calls this, so a wrong value fails
    at once with :class:`~quoteverify.errors.OptionTypeError` (a ``TypeError``)
    naming the function, not later with an ``AttributeError`` deep inside it.

    >>> resolve_config(None, "parse") is DEFAULT_CONFIG
    True
    """
    if value is None:
        return DEFAULT_CONFIG
    if isinstance(value, Config):
        return value
    raise OptionTypeError(f"{func}() takes config=Config(...) or None, not {type(value).__name__}")
