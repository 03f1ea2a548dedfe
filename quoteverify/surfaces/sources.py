"""Read articles from files, folders, JSONL and standard input, one at a time.

Every reader is a generator, so a large input streams with flat memory, and
no record (a text file, a JSONL line, a text on standard input) is read past
``max_record_bytes`` (:data:`MAX_RECORD_BYTES`, 64 MiB, by default). A
problem in the input raises :class:`~quoteverify.errors.InputFormatError`
naming the file and, where it has one, the line: bytes that are not UTF-8, a
line that is not JSON (or nested too deeply), a record too large, or a string
that is not valid Unicode (a JSON escape of a lone surrogate such as
``"\\ud800"``). A file name that is not UTF-8 gives an id with the bytes
escaped (``\\xff``).

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

from ..errors import (
    InputFormatError,
    OptionError,
    TextValueError,
    check_strings,
    check_unicode,
    escape_surrogates,
)
from ..model import Document

__all__ = ["MAX_RECORD_BYTES", "iter_documents", "read_jsonl", "read_text_file"]

#: The default largest record read, in bytes: a text file, one JSONL line, or standard
#: input read as one text (64 MiB). Larger ones raise ``InputFormatError``.
MAX_RECORD_BYTES = 64 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_READ_IN_FOLDERS = ", ".join(TEXT_SUFFIXES + JSONL_SUFFIXES[:-1]) + f" or {JSONL_SUFFIXES[-1]}"
#: Files of data, not of text, named on their own: refused rather than parsed as an
#: article (a JSON list of records read as news gives a quote per field name).
_JSONL_HINT = 'give JSONL, one {"id", "text"} object a line'
_TABLE_HINT = f"{_JSONL_HINT}, or read it with pandas and parse its rows with iter_parse(df)"
_NOT_ARTICLES = {
    ".json": f"a JSON file is not read as articles: {_JSONL_HINT} (for a JSON list of "
    "them: jq -c '.[]' FILE > FILE.jsonl), or the text alone as a .txt file",
    ".csv": f"a CSV file is not read as articles: {_TABLE_HINT}",
    ".tsv": f"a TSV file is not read as articles: {_TABLE_HINT}",
}


#: What a file saved as UTF-16 (Windows' "Unicode") opens with, either byte order.
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_UTF16_MESSAGE = (
    "is UTF-16 (it opens with a UTF-16 byte order mark), not UTF-8; re-encode it as "
    "UTF-8 (iconv -f UTF-16 -t UTF-8)"
)


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputFormatError(
            _UTF16_MESSAGE
            if data.startswith(_UTF16_MARKS)
            else f"is not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "re-encode it as UTF-8",
            source=source,
            line=line,
        ) from None


def _check_limit(max_record_bytes: int) -> int:
    if (
        not isinstance(max_record_bytes, int)
        or isinstance(max_record_bytes, bool)
        or max_record_bytes < 1
    ):
        raise OptionError(
            f"max_record_bytes must be a whole number of bytes, 1 or more, not {max_record_bytes!r}"
        )
    return max_record_bytes


def _too_large(limit: int, source: str, line: int) -> InputFormatError:
    return InputFormatError(
        f"a record is larger than the limit of {limit} bytes; split it, or raise the "
        "limit (max_record_bytes=, or --max-record-bytes on the command line)",
        source=source,
        line=line,
    )


def _read(handle: IO[bytes], size: int, source: str) -> bytes:
    """``handle.read(size)``, with an error that names the source."""
    try:
        return handle.read(size)
    except (OSError, ValueError) as err:  # EIO, EISDIR, a closed stream
        raise InputFormatError(f"cannot be read ({_reason(err)})", source=source) from None


def _readline(handle: IO[bytes], size: int, source: str, line: int) -> bytes:
    try:
        return handle.readline(size)
    except (OSError, ValueError) as err:
        raise InputFormatError(
            f"cannot be read ({_reason(err)})", source=source, line=line
        ) from None


def _reason(err: Exception) -> str:
    return (err.strerror if isinstance(err, OSError) else None) or str(err)


def read_text_file(
    path: str | os.PathLike[str],
    *,
    doc_id: str | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Document:
    """Read one UTF-8 text file as a document whose id is the file's stem.

    A file larger than ``max_record_bytes`` raises
    :class:`~quoteverify.errors.InputFormatError` after reading no more than
    that (``/dev/zero`` included). A stem that is not UTF-8 gives an id with its
    bytes escaped, ``\\xff``.
    """
    limit = _check_limit(max_record_bytes)
    p = Path(path)
    name = str(p)
    try:
        handle = open(p, "rb")  # noqa: SIM115 - closed below; open errors are named
    except OSError as err:
        raise InputFormatError(f"cannot be read ({err.strerror})", source=name) from None
    with handle:
        data = _read(handle, limit + 1, name)
    if len(data) > limit:
        raise _too_large(limit, name, data.count(b"\n", 0, limit) + 1)
    return Document(
        doc_id=doc_id or escape_surrogates(p.stem), text=_decode(data, name), source=name
    )


def _valid(value: str, field: str, source: str, line: int) -> str:
    try:
        return check_unicode(value, field)
    except TextValueError as err:
        raise InputFormatError(str(err), source=source, line=line) from None


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
        raw_id = f"{escape_surrogates(Path(source).stem)}:{line}"
    elif not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        raise InputFormatError('"id" must be a string or an integer', source=source, line=line)
    _valid(text, '"text"', source, line)
    if isinstance(raw_id, str):
        _valid(raw_id, '"id"', source, line)
    metadata = {k: v for k, v in obj.items() if k not in ("id", "doc_id", "text")}
    try:
        check_strings(metadata, "the record")
    except TextValueError as err:
        raise InputFormatError(str(err), source=source, line=line) from None
    return Document(doc_id=str(raw_id), text=text, metadata=metadata, source=source)


def read_jsonl(stream: IO[str] | Iterable[str], source: str) -> Iterator[Document]:
    """Yield a document per line of ``{"id", "text", ...}`` JSON; blank lines are skipped.

    Each item of ``stream`` is one line (a text file splits on ``\\n``, ``\\r``
    and ``\\r\\n`` only; a raw U+2028 inside a JSON string stays in its line).
    """
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputFormatError(
                f"not valid JSON ({err.msg} at column {err.colno})", source=source, line=number
            ) from None
        except RecursionError:
            raise InputFormatError(
                "a JSON value nested too deeply to read", source=source, line=number
            ) from None
        except ValueError as err:  # e.g. an integer of more digits than Python converts
            raise InputFormatError(f"not valid JSON ({err})", source=source, line=number) from None
        yield _record(obj, source, number)


def _over(line: bytes, limit: int) -> bool:
    """Whether a line holds more than ``limit`` bytes, its final newline not counted."""
    return len(line) - line.endswith(b"\n") > limit


def _lines(handle: IO[bytes], source: str, limit: int, first: int = 1) -> Iterator[str]:
    """The lines of a binary stream, split on ``\\n`` only, decoded, none over ``limit``."""
    number = first
    while True:
        raw = _readline(handle, limit + 2, source, number)
        if not raw:
            return
        if _over(raw, limit):
            raise _too_large(limit, source, number)
        yield _decode_line(raw, source, number)
        number += 1


def _read_jsonl_file(path: Path, limit: int) -> Iterator[Document]:
    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally, lines decoded one by one
    except OSError as err:
        raise InputFormatError(f"cannot be read ({err.strerror})", source=name) from None
    try:
        yield from read_jsonl(_lines(handle, name, limit), name)
    finally:
        handle.close()


def _decode_line(raw: bytes, source: str, number: int) -> str:
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as err:
        raise InputFormatError(
            _UTF16_MESSAGE
            if number == 1 and raw.startswith(_UTF16_MARKS)
            else f"is not UTF-8 (byte 0x{raw[err.start]:02x})",
            source=source,
            line=number,
        ) from None


def _stdin_bytes() -> IO[bytes]:
    stdin = sys.stdin
    if stdin is None:  # started with standard input closed (<&-)
        raise InputFormatError(
            "standard input is closed: give files or folders to read", source="<stdin>"
        )
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        raise InputFormatError("standard input cannot be read as bytes", source="<stdin>")
    return buffer  # type: ignore[no-any-return]


def _read_stdin(
    stream: IO[bytes] | None = None, limit: int = MAX_RECORD_BYTES
) -> Iterator[Document]:
    """Standard input: JSONL when its first non-blank line starts with ``{``, else one text."""
    handle = stream if stream is not None else _stdin_bytes()
    source = "<stdin>"
    head: list[bytes] = []  # the blank lines, then the first other one
    size = 0
    while True:
        raw = _readline(handle, limit + 2, source, len(head) + 1)
        if not raw:
            break
        head.append(raw)
        size += len(raw)
        if _over(raw, limit) or size > limit + 1:
            raise _too_large(limit, source, len(head))
        if _decode_line(raw, source, len(head)).strip():
            break
    if head and _decode_line(head[-1], source, len(head)).lstrip().startswith("{"):
        decoded = [_decode_line(raw, source, n) for n, raw in enumerate(head, 1)]
        rest = _lines(handle, source, limit, first=len(head) + 1)
        yield from read_jsonl(_chain(decoded, rest), source)
        return
    data = b"".join(head) + _read(handle, max(0, limit + 1 - size), source)
    if len(data) > limit:
        raise _too_large(limit, source, data.count(b"\n", 0, limit) + 1)
    yield Document(doc_id="stdin", text=_decode(data, source), source=source)


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from rest


def iter_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    stdin: IO[bytes] | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Document]:
    """Yield documents from each path: a text file, a JSONL file, a folder, or ``-``.

    A folder is walked in sorted order for ``.txt``/``.md`` and ``.jsonl``
    files (one that holds files but none of these raises
    :class:`~quoteverify.errors.InputFormatError`, rather than giving nothing);
    any other file named is read as text, but for a ``.json``, ``.csv`` or
    ``.tsv`` file, data rather than an article, which raises
    :class:`~quoteverify.errors.InputFormatError` saying what to give instead.
    ``-`` reads standard input (or ``stdin``, a binary stream), as JSONL
    when its first non-blank line starts with ``{`` and as one text otherwise.
    JSONL is split into lines on ``\\n`` only. An empty path is refused with an
    :class:`~quoteverify.errors.OptionError`. No record larger than
    ``max_record_bytes`` is read: it raises
    :class:`~quoteverify.errors.InputFormatError` naming the file and line.
    """
    limit = _check_limit(max_record_bytes)
    for raw in paths:
        name = os.fspath(raw)
        if not name:  # Path("") is the current folder: never read it by accident
            raise OptionError("an empty path names no file or folder (use . for this folder)")
        if name == "-":
            yield from _read_stdin(stdin, limit)
            continue
        path = Path(name)
        if path.is_dir():
            read, other = False, None  # a folder of only other files would give nothing
            for child in sorted(path.rglob("*")):
                if not child.is_file():
                    continue
                if child.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                    read = True
                    yield from iter_documents([child], max_record_bytes=limit)
                elif other is None and not child.name.startswith("."):
                    other = child
            if other is not None and not read:
                raise InputFormatError(
                    f"the folder holds no {_READ_IN_FOLDERS} file, so nothing in it is read "
                    f"(such as {escape_surrogates(other.name)}); name a file to read it as "
                    "one text (an .html page with --clean or clean=True)",
                    source=name,
                )
        elif not path.exists():
            raise InputFormatError("no such file or folder", source=name)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, limit)
        elif path.suffix.lower() in _NOT_ARTICLES:
            raise InputFormatError(_NOT_ARTICLES[path.suffix.lower()], source=name)
        else:
            yield read_text_file(path, max_record_bytes=limit)
