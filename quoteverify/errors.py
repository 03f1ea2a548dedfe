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
import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any

__all__ = [
    "InputFormatError",
    "MissingExtraError",
    "OptionError",
    "OptionTypeError",
    "QuoteVerifyError",
    "TextTypeError",
    "TextValueError",
    "UnknownDocError",
    "check_min_size",
    "check_strings",
    "escape_surrogates",
]


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Rebuild a pickled exception without calling its ``__init__`` again."""
    err = cls.__new__(cls, *args)
    err.args = args
    for key, value in state.items():
        setattr(err, key, value)
    return err


class QuoteVerifyError(Exception):
    """Base class of every exception quoteverify raises on purpose.

    Every subclass survives :mod:`pickle` with its message and attributes
    (``source``, ``line``, ``path``...), whatever its ``__init__`` takes, so
    errors raised in worker processes (``iter_parse(workers=...)``, Dask)
    reach the caller intact.

    >>> import pickle
    >>> err = pickle.loads(pickle.dumps(InputFormatError("bad", source="a.jsonl", line=2)))
    >>> str(err), err.source, err.line
    ('a.jsonl:2: bad', 'a.jsonl', 2)
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(vars(self))
        if isinstance(self, ImportError):  # name and path are slots, not in __dict__
            state.update(name=self.name, path=self.path)
        return (_restore, (type(self), self.args, state))


class TextTypeError(QuoteVerifyError, TypeError):
    """A text argument was not a ``str`` (for example ``bytes`` or ``None``)."""


class TextValueError(QuoteVerifyError, ValueError):
    """A ``str`` argument is not valid Unicode: it holds a lone surrogate (U+D800..U+DFFF).

    Such a string cannot be written as UTF-8 (records, a store, the command
    line's output), so quoteverify refuses it where it enters, in ``parse()``,
    rather than failing later. ``position`` is the offset of the first
    surrogate. Lone surrogates come from decoding bytes with
    ``errors="surrogateescape"`` (file names, ``sys.argv``) or from JSON
    escapes such as ``"\\ud800"``.

    >>> check_unicode("ok \\udc80 no", "text")
    Traceback (most recent call last):
    ...
    quoteverify.errors.TextValueError: text holds a lone surrogate U+DC80 at offset 3, so ...
    """

    def __init__(self, message: str, *, position: int | None = None) -> None:
        self.position = position
        super().__init__(message)


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
        if source is not None:  # a file name from the OS may hold surrogates: escape them
            where = escape_surrogates(source)
            where = where if line is None else f"{where}:{line}"
            where += ": "
        super().__init__(where + message)


class UnknownDocError(QuoteVerifyError, KeyError):
    """No article has this ``doc_id`` (``Corpus.article``, ``CorpusStore.article``).

    A ``KeyError`` whose message is a sentence, not the bare key: where the id
    was looked for and how to list the ids there. ``doc_id`` is the id asked for.

    >>> str(UnknownDocError("nope", where="the corpus", listing="corpus.doc_ids()"))
    "no article has doc_id 'nope' in the corpus; corpus.doc_ids() lists the ids it holds"
    """

    def __init__(self, doc_id: object, *, where: str, listing: str) -> None:
        self.doc_id = doc_id
        super().__init__(
            f"no article has doc_id {doc_id!r} in {where}; {listing} lists the ids it holds"
        )

    def __str__(self) -> str:  # KeyError's own would print the message as a repr
        return str(self.args[0])


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


def check_text(value: object, func: str, *, expected: str = "str") -> str:
    """Return ``value`` if it is a ``str``; raise :class:`TextTypeError` otherwise.

    ``expected`` names what ``func`` takes in the message (``"str or Quote"``).
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TextTypeError(
            f"{func}() takes {expected}, not {type(value).__name__}: decode it first, "
            'e.g. data.decode("utf-8")'
        )
    raise TextTypeError(f"{func}() takes {expected}, not {type(value).__name__}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(value: str, what: str) -> str:
    """Return ``value`` if it is valid Unicode; raise :class:`TextValueError` otherwise.

    ``what`` names the argument in the message (``"parse() text"``,
    ``"doc_id"``). The check is one linear scan (none for ASCII): the text encoded
    as UTF-8, which fails on a lone surrogate and on nothing else (in C, about four
    times faster than the search that then finds where it stands).

    >>> check_unicode("naïve “quote”", "text")
    'naïve “quote”'
    """
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return value
    found = _SURROGATE.search(value)
    assert found is not None  # (only a surrogate fails to encode)
    at = found.start()
    line = value.count("\n", 0, at) + 1
    where = f"offset {at}" if line == 1 else f"offset {at} (line {line})"
    raise TextValueError(
        f"{what} holds a lone surrogate U+{ord(found.group()):04X} at {where}, so it is "
        "not valid Unicode and cannot be written as UTF-8; "
        'decode the bytes it came from with errors="replace" rather than '
        '"surrogateescape", or clean it with '
        'value.encode("utf-8", "replace").decode("utf-8") (offsets stay the same)',
        position=at,
    )


def check_strings(value: object, what: str) -> None:
    """Raise :class:`TextValueError` if any ``str`` inside ``value`` is not valid Unicode.

    Looks into dict keys and values, lists and tuples (iteratively: no depth
    limit), as in metadata; other values are not looked into.

    >>> check_strings({"outlet": "Wire", "tags": ["a", ("b",)], "n": 3}, "metadata")
    >>> check_strings({"outlet": ["ok", "bad \\udcff"]}, "metadata")
    Traceback (most recent call last):
    ...
    quoteverify.errors.TextValueError: a string in metadata holds a lone surrogate U+DCFF ...
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            check_unicode(item, f"a string in {what}")
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def check_min_size(value: object, func: str) -> int:
    """``value`` as the ``min_size`` of ``func()``: a whole number of 1 or more.

    Anything else raises :class:`OptionError`, before any work is done.

    >>> check_min_size(2, "variant_groups")
    2
    >>> check_min_size("2", "variant_groups")
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionError: variant_groups() takes a min_size of 1 or more, not '2'
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise OptionError(f"{func}() takes a min_size of 1 or more, not {value!r}")
    return value


def check_offset(offset: object, name: str, size: int, where: str = "text") -> int:
    """``offset`` as an offset ``name`` into a text of ``size`` characters.

    A non-int (or a bool) or an offset outside ``0..size`` raises
    :class:`OptionError` saying which; ``where`` names the text in the message.

    >>> check_offset(3, "start", 10)
    3
    >>> check_offset(11, "end", 10)
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionError: end 11 is outside the text (0..10)
    """
    if not isinstance(offset, int) or isinstance(offset, bool):
        raise OptionError(f"{name} must be an int offset, not {type(offset).__name__}")
    if not 0 <= offset <= size:
        raise OptionError(f"{name} {offset} is outside the {where} (0..{size})")
    return offset


def check_span(start: object, end: object, size: int, where: str = "text") -> tuple[int, int]:
    """``(start, end)`` as a half-open span of a text of ``size`` characters: each an
    offset (:func:`check_offset`), the end not before the start.

    >>> check_span(4, 2, 10)
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionError: end 2 is before start 4
    """
    first = check_offset(start, "start", size, where)
    last = check_offset(end, "end", size, where)
    if last < first:
        raise OptionError(f"end {last} is before start {first}")
    return first, last


def escape_surrogates(value: str) -> str:
    """``value`` as valid Unicode, every lone surrogate written as an escape.

    A surrogate that stands for an undecodable byte (``errors="surrogateescape"``,
    as in file names from the OS) is written as that byte, ``\\xff``; any other
    as ``\\udNNN``. Valid text is returned as it is. For messages and names
    that must be printable, never for texts to parse.

    >>> escape_surrogates("caf\\udcc3.txt"), escape_surrogates("a\\ud800b"), escape_surrogates("ok")
    ('caf\\\\xc3.txt', 'a\\\\ud800b', 'ok')
    """
    if value.isascii() or _SURROGATE.search(value) is None:
        return value
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte stands for
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
