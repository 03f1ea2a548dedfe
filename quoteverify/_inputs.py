"""What the batch functions take: texts, pairs, dicts, Documents, or a pandas table.

:meth:`Corpus.add_many <quoteverify.corpus.Corpus.add_many>` and
:func:`~quoteverify.article.iter_parse` both read their input through
:func:`documents`. A pandas ``DataFrame`` gives one document per row (its id
from the ``id_column``, its text from the ``text_column``, every other
column as metadata) and a ``Series`` one per value, its index label as the
id. pandas is never imported here: a pandas object is recognised by the
module of its type, so users without pandas pay nothing.

Anything that would be iterated into nonsense (a bare ``str``, whose
characters are not texts; a ``dict``, whose keys are not; ``bytes``; a table
of another library, whose iteration yields its column names) is refused with
a :class:`~quoteverify.errors.TextTypeError` rather than parsed.

>>> [(d.doc_id, d.text) for d in documents(["One.", ("b", "Two.")], func="f")]
[('doc-1', 'One.'), ('b', 'Two.')]
>>> list(documents("One.", func="f"))
Traceback (most recent call last):
...
quoteverify.errors.TextTypeError: f() takes many texts, not one str: ...
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from .errors import TextTypeError
from .model import Document

__all__ = ["documents", "json_safe", "pandas_kind"]

#: ``json_safe`` returns this for a missing value (NaN, NA, NaT, None): the key is left out.
MISSING: Any = object()

_ID_KEYS = ("id", "doc_id")
_TABLE_NAMES = frozenset({"DataFrame", "Series", "LazyFrame", "Bag", "Index"})


def pandas_kind(obj: object) -> str | None:
    """``"DataFrame"`` or ``"Series"`` for a pandas one (or a subclass), else ``None``.

    Read from the types' modules, so that pandas is not imported to ask.

    >>> pandas_kind([1, 2]) is None
    True
    """
    for cls in type(obj).__mro__:
        root = cls.__module__.partition(".")[0]
        if root == "pandas" and cls.__name__ in ("DataFrame", "Series"):
            return cls.__name__
    return None


def _foreign_table(obj: object) -> str | None:
    """The library of a table-like object that is not pandas (Dask, Polars...), if it is one."""
    cls = type(obj)
    root = cls.__module__.partition(".")[0]
    if cls.__name__ in _TABLE_NAMES and root not in ("builtins", "pandas", "quoteverify"):
        return root
    return None


def json_safe(value: object) -> Any:
    """``value`` as a plain JSON value, or :data:`MISSING` when it stands for no value.

    numpy numbers become ``int``/``float``/``bool``, dates and timestamps ISO
    strings, arrays and tuples lists, and NaN, ``None``, pandas' ``NA`` and
    ``NaT`` are missing (inside a list they become ``None``, to keep the
    positions). Values of other types are kept as they are.

    >>> json_safe(float("nan")) is MISSING, json_safe(datetime.date(2024, 5, 1))
    (True, '2024-05-01')
    """
    if value is None:
        return MISSING
    kind = type(value)
    if kind.__name__ in ("NAType", "NaTType"):
        return MISSING
    if kind in (str, int, bool):
        return value
    if isinstance(value, float):
        return MISSING if math.isnan(value) else float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value)
    if kind.__module__.partition(".")[0] == "numpy":
        if kind.__name__ in ("datetime64", "timedelta64"):
            return MISSING if str(value) in ("NaT", "nat") else str(value)
        if hasattr(value, "tolist"):  # a numpy scalar or array: Python values
            return json_safe(value.tolist())
    if isinstance(value, (list, tuple)):
        return [None if (v := json_safe(item)) is MISSING else v for item in value]
    if isinstance(value, Mapping):
        return _safe_mapping(value)
    return value


def _safe_mapping(values: Mapping[Any, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        safe = json_safe(value)
        if safe is not MISSING:
            out[str(key)] = safe
    return out


def documents(
    items: object,
    *,
    func: str,
    id_column: str | None = None,
    text_column: str = "text",
    auto_id: Callable[[int], str] = "doc-{}".format,
) -> Iterator[Document]:
    """One :class:`~quoteverify.model.Document` per item of ``items``, lazily.

    ``items`` is an iterable of texts, ``(doc_id, text)`` pairs, dicts or
    Documents, or a pandas ``DataFrame`` or ``Series``. ``func`` names the
    caller in error messages; ``auto_id(n)`` is the id of the ``n``-th item
    (from 1) when it has none. ``id_column`` and ``text_column`` name the
    fields of a DataFrame's rows and of dict items; without ``id_column``
    the id is ``"id"``, else ``"doc_id"``, else (for a DataFrame) the index.
    """
    kind = pandas_kind(items)
    if kind == "DataFrame":
        return _frame_documents(items, func, id_column, text_column)
    if kind == "Series":
        return _series_documents(items, func)
    _check_iterable(items, func)
    assert isinstance(items, Iterable)
    return (
        _document(item, n, func=func, id_column=id_column, text_column=text_column, auto_id=auto_id)
        for n, item in enumerate(items, 1)
    )


def _check_iterable(items: object, func: str) -> None:
    what = type(items).__name__
    if isinstance(items, str):
        raise TextTypeError(
            f"{func}() takes many texts, not one str: its characters are not texts; "
            "wrap it in a list"
        )
    if isinstance(items, (bytes, bytearray, memoryview)):
        raise TextTypeError(f"{func}() takes an iterable of texts, not {what}: decode it first")
    if isinstance(items, Mapping):
        raise TextTypeError(
            f"{func}() takes an iterable of texts, (doc_id, text) pairs, dicts or Documents, "
            f"not a {what}: its keys are not texts; for one record pass [record], for "
            "{doc_id: text} pass its .items()"
        )
    library = _foreign_table(items)
    if library is not None:
        dask_hint = "quoteverify.surfaces.dask.parse_dataframe()"
        hint = dask_hint if library.startswith("dask") else "pandas"
        raise TextTypeError(
            f"{func}() takes a pandas DataFrame or Series, not a {library} {what}: "
            f"convert it to {hint} first (iterating it would give its column names)"
        )
    if not isinstance(items, Iterable):
        raise TextTypeError(
            f"{func}() takes an iterable of texts, (doc_id, text) pairs, dicts or Documents, "
            f"or a pandas DataFrame or Series, not {what}"
        )


def _document(
    item: object,
    number: int,
    *,
    func: str,
    id_column: str | None,
    text_column: str,
    auto_id: Callable[[int], str],
) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(doc_id=auto_id(number), text=item)
    if isinstance(item, tuple) and len(item) == 2:
        return Document(doc_id=str(item[0]), text=item[1])
    if isinstance(item, Mapping):
        id_key = _id_key(item, id_column)
        if text_column not in item:
            raise TextTypeError(
                f"{func}(): item {number} has no {text_column!r} field (fields: "
                f"{_names(item)}); name the text field with text_column="
            )
        raw_id = item.get(id_key) if id_key is not None else None
        doc_id = auto_id(number) if raw_id is None else str(raw_id)
        drop = {text_column, *_ID_KEYS} if id_column is None else {text_column, id_column}
        meta = {k: v for k, v in item.items() if k not in drop}
        return Document(doc_id=doc_id, text=item[text_column], metadata=meta)
    raise TextTypeError(
        f"{func}() takes str, (doc_id, text) pairs, dicts or Documents, "
        f"not {type(item).__name__} (item {number})"
    )


def _id_key(item: Mapping[Any, Any], id_column: str | None) -> str | None:
    if id_column is not None:
        return id_column
    return next((k for k in _ID_KEYS if k in item), None)


def _names(columns: Iterable[Any]) -> str:
    names = [repr(c) for c in columns]
    return ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")


def _frame_documents(
    frame: Any, func: str, id_column: str | None, text_column: str
) -> Iterator[Document]:
    columns = list(frame.columns)
    if len(set(columns)) != len(columns):
        raise TextTypeError(f"{func}(): the DataFrame has duplicate column names: {columns}")
    if text_column not in columns:
        raise TextTypeError(
            f"{func}(): the DataFrame has no {text_column!r} column (columns: "
            f"{_names(columns)}); name the text column with text_column="
        )
    if id_column is not None and id_column not in columns:
        raise TextTypeError(
            f"{func}(): the DataFrame has no {id_column!r} column for the ids (columns: "
            f"{_names(columns)}); leave id_column out to use the index"
        )
    id_key = _id_key(dict.fromkeys(columns), id_column)
    text_at = columns.index(text_column)
    id_at = None if id_key is None else columns.index(id_key)
    meta_at = [(n, str(c)) for n, c in enumerate(columns) if n not in (text_at, id_at)]
    return _rows(
        frame, func=func, text_at=text_at, id_at=id_at, meta_at=meta_at, text_column=text_column
    )


def _rows(
    frame: Any,
    *,
    func: str,
    text_at: int,
    id_at: int | None,
    meta_at: list[tuple[int, str]],
    text_column: str,
) -> Iterator[Document]:
    rows = frame.itertuples(index=True, name=None)
    for row in rows:
        label, values = row[0], row[1:]
        doc_id = _doc_id(label if id_at is None else values[id_at], func, label)
        text = _text(values[text_at], func, doc_id, repr(text_column))
        meta = {}
        for n, key in meta_at:
            value = json_safe(values[n])
            if value is not MISSING:
                meta[key] = value
        yield Document(doc_id=doc_id, text=text, metadata=meta)


def _series_documents(series: Any, func: str) -> Iterator[Document]:
    for label, value in series.items():
        doc_id = _doc_id(label, func, label)
        yield Document(doc_id=doc_id, text=_text(value, func, doc_id, "the Series"))


def _doc_id(raw: object, func: str, label: object) -> str:
    value = json_safe(raw)
    if value is MISSING:
        raise TextTypeError(f"{func}(): the row at index {label!r} has no id (a missing value)")
    return str(value)


def _text(value: object, func: str, doc_id: str, column: str) -> str:
    if isinstance(value, str):
        return str(value)
    if json_safe(value) is MISSING:
        raise TextTypeError(f"{func}(): row {doc_id!r} has no text in {column} (a missing value)")
    raise TextTypeError(
        f"{func}(): row {doc_id!r} holds {type(value).__name__} in {column}, not a text (str)"
    )
