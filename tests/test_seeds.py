"""The four seed articles: every quoted span with exact boundaries, nothing else.

The gold annotation (tests/data/seeds_gold.json) holds offsets and names only;
the articles themselves stay in ../shared/seeds and these tests skip without it.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from quoteverify import Speaker, parse
from quoteverify.model import DiagnosticCode, SpeakerKind

from .conftest import TEST_DATA, shared_file

GOLD = json.loads((TEST_DATA / "seeds_gold.json").read_text(encoding="utf-8"))
ARTICLES = {a["file"]: a for a in GOLD["articles"]}


def load(name: str) -> str:
    path = shared_file("seeds", name)
    data = path.read_bytes()
    if hashlib.sha1(data).hexdigest() != ARTICLES[name]["sha1"]:
        pytest.skip(f"{name} differs from the annotated version")
    return data.decode("utf-8")


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_quoted_span_exactly_and_nothing_else(name: str) -> None:
    text = load(name)
    article = parse(text, doc_id=name)
    gold = sorted((q["start"], q["end"]) for q in ARTICLES[name]["quotes"])
    found = sorted((q.start, q.end) for q in article.quotes)
    assert found == gold


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_unpaired_marks_are_exactly_the_annotated_ones(name: str) -> None:
    text = load(name)
    article = parse(text)
    gold = sorted(m["offset"] for m in ARTICLES[name]["unpaired_marks"])
    found = sorted(d.start for d in article.diagnostics)
    assert found == gold


def test_ndtv_unclosed_quote_costs_one_quote_not_the_rest() -> None:
    name = "002_176194e443555ec3.txt"
    text = load(name)
    article = parse(text)
    (diag,) = article.diagnostics
    assert diag.code is DiagnosticCode.UNCLOSED
    recovered = [q for q in article.quotes if not q.closed]
    assert len(recovered) == 1 and recovered[0].open_mark.start == diag.start
    # Every quote after the damage is still found, closed.
    later = [q for q in ARTICLES[name]["quotes"] if q["open"] > diag.start]
    assert len(later) > 5
    closed_after = {(q.start, q.end) for q in article.quotes if q.closed}
    assert all((q["start"], q["end"]) in closed_after for q in later if q["close"] is not None)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_non_speech_strings_are_not_called_direct(name: str) -> None:
    text = load(name)
    kinds = {(q.start, q.end): q.kind.value for q in parse(text).quotes}
    for q in ARTICLES[name]["quotes"]:
        if q["kind"] == "non_speech":
            assert kinds[(q["start"], q["end"])] != "direct"


def _right_speaker(pred: Speaker | None, gold: dict) -> bool:  # type: ignore[type-arg]
    if gold["speaker"] is None:
        return pred is None
    if pred is None:
        return False
    if gold["speaker_kind"] == "anonymous":
        words = gold["speaker"].lower().split()
        return pred.kind is SpeakerKind.ANONYMOUS and all(w in pred.name.lower() for w in words)
    return pred.matches(Speaker(name=gold["speaker"], kind=SpeakerKind(gold["speaker_kind"])))


def test_speech_quotes_get_the_right_speaker() -> None:
    total = right = 0
    for name, entry in ARTICLES.items():
        text = load(name)
        quotes = {(q.start, q.end): q for q in parse(text).quotes}
        for g in entry["quotes"]:
            if g["kind"] == "non_speech":
                continue
            total += 1
            right += _right_speaker(quotes[(g["start"], g["end"])].speaker, g)
    assert total >= 50
    assert right / total >= 0.95


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_no_title_sign_or_scare_quote_gets_a_speaker(name: str) -> None:
    text = load(name)
    quotes = {(q.start, q.end): q for q in parse(text).quotes}
    for g in ARTICLES[name]["quotes"]:
        if g["kind"] == "non_speech":
            assert quotes[(g["start"], g["end"])].speaker is None


def test_speaker_mentions_are_words_of_the_article() -> None:
    for name in ARTICLES:
        text = load(name)
        for q in parse(text).quotes:
            if q.speaker_mention is not None:
                m = q.speaker_mention
                assert text[m.start : m.end] == m.text
