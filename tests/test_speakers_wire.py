"""The wire speaker check (``benchmarks/speakers_wire.py``): its detokeniser, its
gold file and its halves. The sentences here are our own, tokenised as wire corpora
print them."""

from __future__ import annotations

import csv
import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT, benchmark_module


@pytest.fixture(scope="module")
def wire() -> Any:
    return benchmark_module("speakers_wire")


@pytest.mark.parametrize(
    ("tokens", "plain"),
    [
        ('" We can \'t wait , " said Ana Ruiz .', '"We can\'t wait," said Ana Ruiz.'),
        ('The mayor \'s office called it " absurd . "', 'The mayor\'s office called it "absurd."'),
        ("Fares rose 4.5 % ( to $ 3 ) , she said .", "Fares rose 4.5% (to $3), she said."),
        ("Dara O 'Brien said : \" Fine .", "Dara O'Brien said: \"Fine."),
        ("We 're done , \" Kay said .", "We're done,\" Kay said."),
        ('It held , " he said .', 'It held," he said.'),
        (
            'Prices will rise again next year , " Kay Lund said .',
            'Prices will rise again next year," Kay Lund said.',
        ),
        ('He said " no " to it .', 'He said "no" to it.'),
    ],
)
def test_detokenise_examples(wire: Any, tokens: str, plain: str) -> None:
    assert wire.detokenise(tokens)[0] == plain


def test_an_odd_mark_after_punctuation_before_a_capital_opens(wire: Any) -> None:
    # `said , " We ...`: a mark after a comma opens when a capital follows it.
    assert wire.detokenise('Kay said , " We won .')[0] == 'Kay said, "We won.'


def test_offsets_map_back(wire: Any) -> None:
    tokens = 'Kay said , " We won \'t go . "'
    plain, at = wire.detokenise(tokens)
    start, end = tokens.index('"'), len(tokens)
    assert plain[at[start] : at[end - 1] + 1] == '"We won\'t go."'


_TOKEN = st.sampled_from(
    ['"', ",", ".", "'s", "'t", "don", "O", "'Neill", "(", ")", "$", "5", "%", "Ann", "said"]
)


@given(st.lists(_TOKEN, min_size=1, max_size=12))
def test_only_spaces_are_dropped_and_offsets_follow(tokens: list[str]) -> None:
    wire = benchmark_module("speakers_wire")
    text = " ".join(tokens)
    plain, at = wire.detokenise(text)
    assert plain.replace(" ", "") == text.replace(" ", "")
    assert len(at) == len(text) + 1 and at[-1] == len(plain)
    assert all(a <= b for a, b in itertools.pairwise(at))
    for i, ch in enumerate(text):
        if ch != " ":
            assert plain[at[i]] == ch


def test_gold_file_holds_no_text(wire: Any) -> None:
    with (ROOT / "benchmarks" / "speakers_wire" / "msrp-gold.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert rows and set(rows[0]) == {"id", "start", "end", "kind", "speaker"}
    for row in rows:
        assert row["id"].isdigit() and int(row["start"]) < int(row["end"])
        assert row["kind"] in {"direct", "partial", "non_speech", "broken"}
        assert (row["kind"] == "non_speech") == (row["speaker"] == "-")
        assert len(row["speaker"]) < 60  # a name, never a sentence


def test_halves_by_group(wire: Any) -> None:
    assert wire.half("702876") == "fit" and wire.half("702977") == "check"
