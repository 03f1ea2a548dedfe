"""Exceptions raised by quoteverify.

Every exception subclasses :class:`QuoteVerifyError` *and* a builtin, so callers
can catch either ``QuoteVerifyError`` or the builtin they already expect.

Malformed text is never an error: unclosed or stray quote marks are reported in
``Article.diagnostics``. Errors are for misuse: the wrong type, a bad option, a
file that cannot be read.

>>> import quoteverify
>>> try:
...     quoteverify.parse(b"bytes")
... except TypeError as err:
...     print(err)
parse() takes str, not bytes: decode it first, e.g. data.decode("utf-8")
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = [
    "InputFormatError",
    "MissingExtraError",
    "OptionError",
    "OptionTypeError",
    "QuoteVerifyError",
    "TextTypeError",
]


class QuoteVerifyError(Exception):
    """Base class of every exception quoteverify raises on purpose."""


class TextTypeError(QuoteVerifyError, TypeError):
    """A text argument was not a ``str`` (for example ``bytes`` or ``None``)."""


class OptionError(QuoteVerifyError, ValueError):
    """An option has a value outside its allowed range or set."""


class OptionTypeError(QuoteVerifyError, TypeError):
    """An option is of the wrong type (for example ``config="x"`` where a ``Config`` goes)."""


class InputFormatError(QuoteVerifyError, ValueError):
    """An input file or record is malformed (bad JSONL line, undecodable bytes).

    ``source`` names the file (or ``"<stdin>"``) and ``line`` the 1-based line
    number when known, so a message can point the user at the problem.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            where = source if line is None else f"{source}:{line}"
            where += ": "
        super().__init__(where + message)


class MissingExtraError(QuoteVerifyError, ImportError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra that installs it, e.g.
    ``pip install 'quoteverify[pandas]'`` for ``to_pandas()``.
    """


def require_extra(module: str, *, extra: str, feature: str) -> ModuleType:
    """Import ``module`` for ``feature``, or raise :class:`MissingExtraError` naming ``extra``.

    >>> require_extra("json", extra="none", feature="this example").__name__
    'json'
    >>> require_extra("nomod_qv", extra="demo", feature="f()")
    Traceback (most recent call last):
    ...
    quoteverify.errors.MissingExtraError: f() needs nomod_qv, ...: pip install 'quoteverify[demo]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise MissingExtraError(
            f"{feature} needs {module}, which could not be imported ({err}): "
            f"pip install 'quoteverify[{extra}]'",
            name=module,
        ) from err


def check_text(value: object, func: str) -> str:
    """Return ``value`` if it is a ``str``; raise :class:`TextTypeError` otherwise."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TextTypeError(
            f"{func}() takes str, not {type(value).__name__}: decode it first, "
            'e.g. data.decode("utf-8")'
        )
    raise TextTypeError(f"{func}() takes str, not {type(value).__name__}")
