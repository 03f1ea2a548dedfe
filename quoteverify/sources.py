"""Read articles from files, folders, JSONL and standard input, one at a time.

Every reader is a generator, so a large input streams with flat memory. A
problem in the input raises :class:`~quoteverify.errors.InputFormatError`
naming the file and, where it has one, the line.

>>> import io
>>> docs = list(read_jsonl(io.StringIO('{"id": "a", "text": "Hi.", "outlet": "X"}\\n'), "mem"))
>>> docs[0].doc_id, docs[0].text, docs[0].metadata
('a', 'Hi.', {'outlet': 'X'})
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .errors import InputFormatError

__all__ = ["Document", "iter_documents", "read_jsonl", "read_text_file"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@attrs.frozen(kw_only=True)
class Document:
    """A text to parse, with its id and whatever else its record carried."""

    doc_id: str
    text: str = attrs.field(repr=False)
    metadata: dict[str, Any] = attrs.field(factory=dict, repr=False, hash=False)
    source: str = attrs.field(default="", repr=False)


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputFormatError(
            f"is not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "re-encode it as UTF-8",
            source=source,
            line=line,
        ) from None


def read_text_file(path: str | os.PathLike[str], *, doc_id: str | None = None) -> Document:
    """Read one UTF-8 text file as a document whose id is the file's stem."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputFormatError(f"cannot be read ({err.strerror})", source=str(p)) from None
    return Document(doc_id=doc_id or p.stem, text=_decode(data, str(p)), source=str(p))


def _record(obj: Any, source: str, line: int) -> Document:
    if not isinstance(obj, dict):
        raise InputFormatError("a record must be a JSON object", source=source, line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputFormatError(
            'a record needs a "text" field holding a string', source=source, line=line
        )
    raw_id = obj.get("id", obj.get("doc_id"))
    if raw_id is None:
        raw_id = f"{Path(source).stem}:{line}"
    elif not isinstance(raw_id, (str, int)):
        raise InputFormatError('"id" must be a string or an integer', source=source, line=line)
    metadata = {k: v for k, v in obj.items() if k not in ("id", "doc_id", "text")}
    return Document(doc_id=str(raw_id), text=text, metadata=metadata, source=source)


def read_jsonl(stream: IO[str] | Iterable[str], source: str) -> Iterator[Document]:
    """Yield a document per line of ``{"id", "text", ...}`` JSON; blank lines are skipped."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputFormatError(
                f"not valid JSON ({err.msg} at column {err.colno})", source=source, line=number
            ) from None
        yield _record(obj, source, number)


def _read_jsonl_file(path: Path) -> Iterator[Document]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally, lines decoded one by one
    except OSError as err:
        raise InputFormatError(f"cannot be read ({err.strerror})", source=str(path)) from None
    try:
        lines = (_decode_line(raw, str(path), n) for n, raw in enumerate(handle, 1))
        yield from read_jsonl(lines, str(path))
    finally:
        handle.close()


def _decode_line(raw: bytes, source: str, number: int) -> str:
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as err:
        raise InputFormatError(
            f"is not UTF-8 (byte 0x{raw[err.start]:02x})", source=source, line=number
        ) from None


def _read_stdin(stream: IO[bytes] | None = None) -> Iterator[Document]:
    data = (stream or sys.stdin.buffer).read()
    text = _decode(data, "<stdin>")
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.splitlines(), "<stdin>")
    else:
        yield Document(doc_id="stdin", text=text, source="<stdin>")


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], *, stdin: IO[bytes] | None = None
) -> Iterator[Document]:
    """Yield documents from each path: a text file, a JSONL file, a folder, or ``-``.

    A folder is walked in sorted order for ``.txt``/``.md`` and ``.jsonl``
    files. ``-`` reads standard input, as JSONL when it starts with ``{`` and
    as one text otherwise.
    """
    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            yield from _read_stdin(stdin)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                    yield from iter_documents([child])
        elif not path.exists():
            raise InputFormatError("no such file or folder", source=name)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path)
        else:
            yield read_text_file(path)
