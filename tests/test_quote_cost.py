"""The per-quote shortcuts of attribution (issue 12's cue families, issue 14's parse
speed): each one's premise, and the answers it must keep. Invented sentences."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.article import _rebuilt
from quoteverify.model import Quote
from quoteverify.speakers import mentions
from quoteverify.speakers.mentions import PhraseKind, phrase_before
from quoteverify.text.layer import tokenize

_WORDS = [
    "Ana",
    "Ruiz",
    "Tom",
    "of",
    "the",
    "Dover",
    "Trust",
    "who",
    "founded",
    "a",
    "nurse",
    "from",
    "said",
    "he",
    "He's",
    "it",
    "its",
    "had",
    "was",
    ",",
    ".",
    "Mr.",
    "spokesman",
    "for",
    "familiar",
    "with",
    "talks",
]


def test_rebuilt_copies_every_field() -> None:
    # Each field holds its own object: a field _rebuilt forgot would come back as
    # its default, not as the object put in.
    values = {f.name: object() for f in attrs.fields(Quote)}
    q = Quote(**values)
    copy = _rebuilt(
        q,
        kind=q.kind,
        kind_confidence=q.kind_confidence,
        kind_reason=q.kind_reason,
        doc_id=q.doc_id,
        speaker=q.speaker,
        speaker_mention=q.speaker_mention,
        cue=q.cue,
    )
    assert all(getattr(copy, name) is value for name, value in values.items())


def test_parse_with_doc_id_keeps_the_speaker() -> None:
    art = parse('"The bridge opens in May," said Ana Ruiz.', "doc-7")
    (q,) = art.quotes
    assert q.doc_id == "doc-7"
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"
    assert q.cue is not None and q.cue.text == "said"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.integers(0, 11))
def test_no_token_before_the_phrase_no_reading_past_it(words: list[str], cut: int) -> None:
    # phrase_before asks _affiliated_person and _relative_antecedent only when a
    # token stands before the phrase: with none, both find nothing.
    text = " ".join(words)
    toks = tokenize(text, 0, len(text))
    end = min(cut, len(toks))
    found = mentions._phrase_before(toks, end, text=text)
    if found is None:
        return
    assert mentions._affiliated_person(toks, found, 0, text, None) is None
    assert mentions._relative_antecedent(toks, found, 0, text, None) is None


def test_the_readings_past_the_phrase_still_apply() -> None:
    text = "Ann Lee of the Dover Trust said"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, len(toks) - 1, text=text)
    assert found is not None and found.head == "Ann Lee"
    text = "Ann Roe, the pollster who founded the Dover Poll, said"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, len(toks) - 1, text=text)
    assert found is not None and found.text == "Ann Roe"


def test_a_body_that_refers_back_to_itself() -> None:
    text = "Nordwind said its ferries would run"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, 1, text=text)
    assert found is not None and found.kind is PhraseKind.ORGANIZATION
    text = "Nordwind said he would run"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, 1, text=text)
    assert found is not None and found.kind is PhraseKind.NAME


def test_contracted_pronoun_and_post_modifier() -> None:
    text = "He's claiming"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, 1, text=text)
    assert found is not None and found.text == "He" and found.kind is PhraseKind.PRONOUN
    text = "one diplomatic source familiar with the talks said"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, len(toks) - 1, text=text)
    assert found is not None and found.text == "one diplomatic source familiar with the talks"


def test_name_of_place_needs_room_for_of() -> None:
    text = "Mayor Ruth Okafor of Dunmore said"
    toks = tokenize(text, 0, len(text))
    found = phrase_before(toks, len(toks) - 1, text=text)
    assert found is not None and found.head == "Ruth Okafor"
    assert found.text == "Mayor Ruth Okafor of Dunmore"
    # One or two tokens leave no room for "of" between a name and its place.
    assert mentions._name_of_place(toks, 1, 2, text) is None
    assert mentions._name_of_place(toks, 1, 1, text) is None
