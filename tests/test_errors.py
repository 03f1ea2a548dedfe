"""Misuse raises a QuoteVerifyError that is also the builtin a caller expects."""

from __future__ import annotations

import pytest

from quoteverify import Config, QuoteVerifyError, extract_quotes, parse
from quoteverify.errors import InputFormatError, OptionError, TextTypeError


def test_bytes_raise_a_type_error_that_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode it first") as info:
        parse(b'He said "hi".')  # type: ignore[arg-type]
    assert isinstance(info.value, QuoteVerifyError) and isinstance(info.value, TextTypeError)


@pytest.mark.parametrize("bad", [None, 42, ["a"], bytearray(b"x")])
def test_non_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        extract_quotes(bad)  # type: ignore[arg-type]


def test_doc_id_must_be_text() -> None:
    with pytest.raises(TextTypeError, match="doc_id"):
        parse("x", doc_id=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs", [{"max_depth": 0}, {"max_depth": 100}, {"paragraphs": "sometimes"}]
)
def test_bad_options_raise_value_error(kwargs: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError, match="must be") as info:
        Config(**kwargs)
    assert isinstance(info.value, OptionError)


def test_input_format_error_names_file_and_line() -> None:
    err = InputFormatError("not valid JSON", source="a.jsonl", line=3)
    assert str(err) == "a.jsonl:3: not valid JSON"
    assert isinstance(err, ValueError) and isinstance(err, QuoteVerifyError)


def test_malformed_text_is_not_an_error() -> None:
    article = parse("“ ” “ ‘ » ' \" `` '' [ ] ...")
    assert article.diagnostics  # reported, not raised
