"""The check of PolNeAR's unannotated quote marks (``benchmarks/polnear_marks.py``): its
gold file, its offsets and its scoring. The articles in the scoring tests are our own."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from quoteverify.text.marks import mark_chars
from tests.conftest import ROOT, benchmark_module, shared_file

GOLD = ROOT / "benchmarks" / "polnear_marks" / "polnear-train-marks.tsv"
GOLD2 = GOLD.with_name("polnear-train-marks2.tsv")
BOTH = pytest.mark.parametrize("path", [GOLD, GOLD2], ids=["first", "second"])


@pytest.fixture(scope="module")
def marks() -> Any:
    return benchmark_module("polnear_marks")


def _rows(path: Path = GOLD) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@BOTH
def test_gold_file_parses_and_holds_no_text(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 300 and set(rows[0]) == {"doc_id", "start", "end", "kind", "speaker"}
    for row in rows:
        assert row["doc_id"].startswith("polnear:")
        assert 0 <= int(row["start"]) < int(row["end"])
        assert row["kind"] in {"direct", "partial", "non_speech"}
        assert row["kind"] != "non_speech" or row["speaker"] == "-"
        assert all(0 < len(name) < 60 for name in row["speaker"].split("|"))  # names only


@BOTH
def test_every_row_sits_on_a_mark_pair_of_its_article(path: Path) -> None:
    corpus = shared_file("data", "polnear-train.jsonl")
    wanted = {row["doc_id"] for row in _rows(path)}
    texts = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["doc_id"] in wanted:
                texts[doc["doc_id"]] = doc["text"]
    assert set(texts) == wanted
    quote_marks = mark_chars()
    spans = set()
    for row in _rows(path):
        text, start, end = texts[row["doc_id"]], int(row["start"]), int(row["end"])
        assert end <= len(text)
        assert text[start] in quote_marks and text[end - 1] in quote_marks, row
        spans.add((row["doc_id"], start, end))
    assert len(spans) == len(_rows(path))  # no span labelled twice


def test_the_second_file_holds_only_articles_the_first_does_not() -> None:
    first = {row["doc_id"] for row in _rows(GOLD)}
    second = {row["doc_id"] for row in _rows(GOLD2)}
    assert len(second) >= 100 and not first & second


def test_the_second_file_is_scored_whole_and_never_shown(marks: Any) -> None:
    for argv in (["--set", "2", "--show"], ["--set", "2", "--half", "fit"]):
        with pytest.raises(SystemExit) as refused:
            marks.main(argv)
        assert refused.value.code == 2


def test_halves_are_fixed_by_article(marks: Any) -> None:
    halves = {marks.half(row["doc_id"]) for row in _rows()}
    assert halves == {"fit", "check"}
    assert marks.half("polnear:x") == marks.half("polnear:x")


def test_a_row_becomes_a_gold_quote(marks: Any) -> None:
    row = {"start": "4", "end": "9", "kind": "partial", "speaker": "Ana Ruiz|City Hall"}
    assert marks.as_quote(row) == {
        "start": 4,
        "end": 9,
        "kind": "partial",
        "speaker": "Ana Ruiz",
        "speaker_alts": ["City Hall"],
    }
    unnamed = marks.as_quote({"start": "0", "end": "3", "kind": "non_speech", "speaker": "-"})
    assert unnamed["speaker"] is None and unnamed["speaker_alts"] == []


def test_scores_a_known_article(marks: Any) -> None:
    text = (
        'The mayor, Ana Ruiz, spoke on "Morning Call" for an hour. '
        '"We will open the bridge by June," Ruiz said.'
    )
    show, speech = text.index('"Morning'), text.index('"We will')
    rows = {
        "polnear:ours": [
            {"start": str(show), "end": str(show + 14), "kind": "non_speech", "speaker": "-"},
            {
                "start": str(speech),
                "end": str(text.index(" Ruiz said")),
                "kind": "direct",
                "speaker": "Ana Ruiz",
            },
        ]
    }
    docs = marks.gold_documents(rows, {"polnear:ours": text})
    assert text[show : show + 14] == '"Morning Call"'
    got = marks.scores(docs)
    assert (got["articles"], got["spans"]) == (1, 2)
    assert got["kinds"] == "2 of 2"
    assert got["non_speech_given_speaker"] == "0 of 1"
    assert got["strict"] == "1 of 1"
    # A wrong gold name is scored wrong: the scorer does not just count what it finds.
    rows["polnear:ours"][1]["speaker"] = "Tom Hale"
    assert marks.scores(marks.gold_documents(rows, {"polnear:ours": text}))["strict"] == "0 of 1"
