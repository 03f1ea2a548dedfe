"""The atheris fuzz target's checks, run over Hypothesis bytes (no atheris needed)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

TARGET = Path(__file__).with_name("fuzz_parse.py")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_parse", TARGET)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz = _load()

# Pieces that reach the interesting paths: marks of every style, JSONL records,
# escapes of lone surrogates, bytes that are not UTF-8, line and paragraph breaks.
PIECES = [
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "「", "」", "`", "``", "''",
    " said ", " he said.", " Putin ", "Mr. ", "...", " [sic] ", ",", ".", " ",
    "\n", "\n\n", "\r\n", "\u2028", "\u2029", "\x85", "\x00", "\u200d", "\u0301",
    '{"id": "a", "text": "', '"}', '{"text": 1}', "[[[[", "]]]]", "\\ud800", "\\udc80",
    "\\u2028", '\\"', "{", "}",
]  # fmt: skip
BYTES = [p.encode("utf-8") for p in PIECES] + [b"\xff", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xc3"]


inputs = st.one_of(
    st.binary(max_size=600),
    st.lists(st.sampled_from(BYTES), max_size=80).map(b"".join),
    st.lists(st.one_of(st.sampled_from(BYTES), st.binary(max_size=8)), max_size=60).map(b"".join),
)


@given(inputs)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(b'"\xed\xa0\x80 hi," he said.')  # a lone surrogate, as CESU bytes
@example(b'{"id": "a", "text": "one\xe2\x80\xa8two \\"hi,\\" she said."}\n')
@example(b'{"id": "a", "text": "\\ud800"}\n')
@example(b'{"text": "x", "n": ' + b"[" * 3000 + b"]" * 3000 + b"}\n")
@example(b"\n\n" + b"x" * 600)
def test_the_fuzz_target_holds_on_any_bytes(data: bytes) -> None:
    fuzz.one_input(data)


@pytest.mark.parametrize("seed", sorted(TARGET.with_name("corpus").iterdir()), ids=lambda p: p.name)
def test_the_fuzz_target_holds_on_its_seed_inputs(seed: Path) -> None:
    fuzz.one_input(seed.read_bytes())


def test_the_target_imports_and_says_so_without_atheris() -> None:
    if fuzz.atheris is not None:
        pytest.skip("atheris is installed here")
    proc = subprocess.run(
        [sys.executable, str(TARGET), "-runs=1"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 1 and b"pip install atheris" in proc.stderr


def test_the_target_fails_on_a_broken_check() -> None:
    broken = _load()
    broken.article_from_records = lambda records, *, text, doc_id: None  # as if reading back broke
    with pytest.raises(AssertionError, match="read back equal"):
        broken.one_input(b'"Hi," she said.')
