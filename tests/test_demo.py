"""The demo corpus shipped in the package, against its gold annotation."""

from __future__ import annotations

import json

import pytest

from quoteverify import Speaker, parse
from quoteverify.model import QuoteKind, SpeakerKind
from quoteverify.surfaces.demo import demo_documents

from .conftest import TEST_DATA

GOLD = json.loads((TEST_DATA / "demo_gold.json").read_text(encoding="utf-8"))
DOCS = {d.source: d for d in demo_documents()}


def gold_spans_in_order(entry: dict) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """The gold quotes' (start, end) in the order the gold file lists them."""
    text = DOCS[entry["file"]].text
    spans = []
    for q in entry["quotes"]:
        at = -1
        for _ in range(q["occurrence"] + 1):
            at = text.index(q["text"], at + 1)
        spans.append((at, at + len(q["text"])))
    return spans


def gold_spans(entry: dict) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return sorted(gold_spans_in_order(entry))


def test_demo_corpus_has_five_articles_with_manifest_metadata() -> None:
    assert len(DOCS) == 5
    for doc in DOCS.values():
        assert doc.metadata["outlet"]


@pytest.mark.parametrize("entry", GOLD["articles"], ids=lambda e: e["file"])
def test_demo_spans_match_gold(entry: dict) -> None:  # type: ignore[type-arg]
    doc = DOCS[entry["file"]]
    found = sorted((q.start, q.end) for q in parse(doc.text).quotes)
    assert found == gold_spans(entry)


@pytest.mark.parametrize("entry", GOLD["articles"], ids=lambda e: e["file"])
def test_demo_unpaired_marks_are_reported(entry: dict) -> None:  # type: ignore[type-arg]
    doc = DOCS[entry["file"]]
    assert len(parse(doc.text).diagnostics) == len(entry["unpaired_marks"])


def test_demo_speakers_match_gold() -> None:
    total = right = 0
    for entry in GOLD["articles"]:
        doc = DOCS[entry["file"]]
        quotes = {q.start: q for q in parse(doc.text).quotes}
        text = doc.text
        for g, (start, _end) in zip(entry["quotes"], _spans_in_order(entry, text), strict=True):
            q = quotes[start]
            if g["kind"] == "non_speech":
                assert q.speaker is None, q
                continue
            total += 1
            pred = q.speaker
            if g["speaker"] is None:
                right += pred is None
            elif pred is None:
                continue
            elif g["speaker_kind"] == "anonymous":
                right += pred.kind is SpeakerKind.ANONYMOUS
            else:
                right += pred.matches(
                    Speaker(name=g["speaker"], kind=SpeakerKind(g["speaker_kind"]))
                )
    assert right / total >= 0.95


def _spans_in_order(entry: dict, text: str) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    del text  # the helper above finds the spans in the document itself
    return gold_spans_in_order(entry)


def test_demo_non_speech_spans_are_called_non_speech() -> None:
    """Slogans on a backdrop, titles and the like come out as non-speech."""
    wrong = []
    for entry in GOLD["articles"]:
        doc = DOCS[entry["file"]]
        quotes = {q.start: q for q in parse(doc.text).quotes}
        for g, (start, _end) in zip(entry["quotes"], gold_spans_in_order(entry), strict=True):
            if g["kind"] == "non_speech" and quotes[start].kind is not QuoteKind.NON_SPEECH:
                wrong.append((g["text"], quotes[start].kind_reason))
    assert not wrong
