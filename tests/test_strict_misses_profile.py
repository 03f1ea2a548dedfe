"""``benchmarks/strict_misses.py --profile``: counts of the misses' features, never
their text, so that a held-out file can be profiled without being read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import benchmark_module

# A speaker the parser cannot find (a view from a sentence before, no cue near the
# quote) and one it finds; invented text.
_TEXT = (
    "Maren Holt toured the flooded quarter on Tuesday.\n"
    'The clean-up, by every account, would take "the best part of a decade."\n'
    'Omar Velde said: "We will rebuild every street."'
)
_GOLD = [
    {"start": _TEXT.index("the best"), "end": _TEXT.index("decade") + 7, "kind": "partial"},
    {"start": _TEXT.index("We will"), "end": _TEXT.index("street") + 7, "kind": "direct"},
]


def _gold_file(tmp_path: Path) -> Path:
    quotes = [
        dict(q, speaker=name, speaker_alts=[])
        for q, name in zip(_GOLD, ["Maren Holt", "Omar Velde"], strict=True)
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": _TEXT, "quotes": quotes}) + "\n", encoding="utf-8")
    return path


def test_profile_says_where_the_speaker_was_printed_and_nothing_else() -> None:
    module = benchmark_module("strict_misses")
    from quoteverify import parse

    quote = next(q for q in parse(_TEXT).quotes if q.text.startswith("the best"))
    assert module.profile(_TEXT, "Maren Holt", quote) == {
        "kind given": quote.kind.value,
        "depth": "0",
        "length in words": "5-15",
        "name printed": "an earlier paragraph",
        "cue word in own sentence": "no",
    }


def test_the_profile_prints_counts_and_no_word_of_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = benchmark_module("strict_misses")
    assert module.main([str(_gold_file(tmp_path)), "--profile"]) == 0
    out, err = capsys.readouterr()
    printed = out + err
    assert "name printed: an earlier paragraph: 1" in out
    assert "strict misses: 1" in err
    for word in ("clean-up", "decade", "Maren", "Holt", "rebuild"):
        assert word not in printed
