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
GOLD3 = GOLD.with_name("polnear-train-marks3.tsv")
GOLD4 = GOLD.with_name("polnear-train-calls.tsv")
BOTH = pytest.mark.parametrize(
    "path", [GOLD, GOLD2, GOLD3, GOLD4], ids=["first", "second", "third", "fourth"]
)


@pytest.fixture(scope="module")
def marks() -> Any:
    return benchmark_module("polnear_marks")


def _rows(path: Path = GOLD) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@BOTH
def test_gold_file_parses_and_holds_no_text(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 150 and set(rows[0]) == {"doc_id", "start", "end", "kind", "speaker"}
    for row in rows:
        assert row["doc_id"].startswith("polnear:")
        assert 0 <= int(row["start"]) < int(row["end"])
        assert row["kind"] in {"direct", "partial", "non_speech"}
        assert row["kind"] != "non_speech" or row["speaker"] == "-"
        assert all(0 < len(name) < 60 for name in row["speaker"].split("|"))  # names only


@BOTH
def _articles(path: Path) -> dict[str, dict[str, Any]]:
    """The PolNeAR train articles that the rows of ``path`` name, by id."""
    corpus = shared_file("data", "polnear-train.jsonl")
    wanted = {row["doc_id"] for row in _rows(path)}
    docs = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["doc_id"] in wanted:
                docs[doc["doc_id"]] = doc
    assert set(docs) == wanted
    return docs


@BOTH
def test_every_row_sits_on_a_mark_pair_of_its_article(path: Path) -> None:
    texts = {doc_id: doc["text"] for doc_id, doc in _articles(path).items()}
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


def test_the_third_file_reads_no_held_out_article(marks: Any) -> None:
    third = {row["doc_id"] for row in _rows(GOLD3)}
    held = marks.held_out()
    assert len(third) >= 100 and not third & held
    # held_out() names every article the first file's check half and the second file hold.
    assert {d for d in (r["doc_id"] for r in _rows()) if marks.half(d) == "check"} <= held
    assert {row["doc_id"] for row in _rows(GOLD2)} <= held


def test_every_third_file_span_lies_inside_a_gold_quote() -> None:
    docs = _articles(GOLD3)
    for row in _rows(GOLD3):
        start, end = int(row["start"]), int(row["end"])
        gold = [(q["start"], q["end"]) for q in docs[row["doc_id"]]["quotes"]]
        assert any(s <= start and end <= e and (s, e) != (start, end) for s, e in gold), row


def test_the_third_file_has_two_halves_and_shows_only_its_fit_half(
    marks: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    halves = {marks.half(row["doc_id"]) for row in _rows(GOLD3)}
    assert halves == {"fit", "check"}
    shared_file("data", "polnear-train.jsonl")  # skips without the data
    marks.main(["--set", "3", "--half", "check", "--show"])
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == ["check"]  # figures only, no errors shown
    marks.main(["--set", "3", "--list", "0"])
    listed = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}
    assert listed and {marks.half(d) for d in listed} == {"fit"}


def test_the_fourth_file_is_the_seeded_draw_of_gold_quotes_outside_the_held_out_parts(
    marks: Any,
) -> None:
    docs = _articles(GOLD4)
    rows = _rows(GOLD4)
    assert not {row["doc_id"] for row in rows} & marks.held_out()
    for row in rows:  # each row is a PolNeAR gold quote with a speaker
        gold = {(q["start"], q["end"]): q for q in docs[row["doc_id"]]["quotes"]}
        assert gold[int(row["start"]), int(row["end"])]["speaker"], row
    corpus = {}
    with shared_file("data", "polnear-train.jsonl").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            corpus[doc["doc_id"]] = doc
    drawn = marks.draw_calls(corpus, marks.held_out())
    assert [(d, str(s), str(e)) for d, s, e, _ in drawn] == [
        (row["doc_id"], row["start"], row["end"]) for row in rows
    ]
    assert sum(shape == "call" for *_, shape in drawn) == 75


def test_the_fourth_file_has_two_halves_and_lists_only_its_fit_half(
    marks: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert {marks.half(row["doc_id"]) for row in _rows(GOLD4)} == {"fit", "check"}
    shared_file("data", "polnear-train.jsonl")  # skips without the data
    marks.main(["--set", "4", "--half", "check", "--show"])
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == ["check"]
    marks.main(["--set", "4", "--list", "0"])
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 106 and {marks.half(line.split("\t")[0]) for line in listed} == {"fit"}


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
