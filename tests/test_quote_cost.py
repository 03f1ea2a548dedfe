"""The per-quote shortcuts of attribution (issue 12's cue families, issue 14's parse
speed): each one's premise, and the answers it must keep. Invented sentences."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.article import _rebuilt
from quoteverify.config import Config
from quoteverify.model import Quote
from quoteverify.speakers import mentions
from quoteverify.speakers.mentions import PhraseKind, phrase_before
from quoteverify.strategies import PlantedArticle, planted_articles
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


# A fragment nested in a quote with no cue of its own (called a term after
# attribution), a quote no cue attributes, and an attributed one.
_DOC_ID_CASES = [
    "\u201cThey promised the \u2018interim\u2019 timetable would hold,\u201d Ana Ruiz said.",
    "The sign read \u201cclosed for the season\u201d all week.",
    '"We start on Monday," Tom Dover said. "Bring boots."',
]


@pytest.mark.parametrize("attribute", [True, False])
@pytest.mark.parametrize("text", _DOC_ID_CASES)
def test_doc_id_changes_no_other_field(text: str, attribute: bool) -> None:
    # parse sets doc_id in the quote attribution builds (not in a second copy): every
    # quote, attributed, left alone or called a term, gets it and keeps the rest.
    config = Config(attribute=attribute)
    plain = parse(text, config=config).quotes
    named = parse(text, "doc-3", config=config).quotes
    assert plain
    assert [attrs.evolve(q, doc_id="doc-3") for q in plain] == list(named)


@settings(max_examples=40, deadline=None)
@given(planted_articles(max_paragraphs=3))
def test_doc_id_changes_no_other_field_on_articles(article: PlantedArticle) -> None:
    plain = parse(article.text).quotes
    named = parse(article.text, "doc-9").quotes
    assert [attrs.evolve(q, doc_id="doc-9") for q in plain] == list(named)


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


def _before_word(text: str, word: str) -> mentions.Found | None:
    """The noun phrase :func:`phrase_before` reads before the last ``word`` of ``text``."""
    toks = tokenize(text, 0, len(text))
    at = max(i for i, t in enumerate(toks) if t.text == word)
    return phrase_before(toks, at, text=text)


@pytest.mark.parametrize(
    ("text", "word", "phrase", "kind"),
    [
        # past the phrase: the person a body after "of" belongs to
        ("Ann Lee of the Dover Trust said", "said", "Ann Lee", PhraseKind.NAME),
        # past the phrase: the person a relative clause describes
        ("Ann Roe, the pollster who founded the Dover Poll, said", "said", "Ann Roe", None),
        # a body that refers back to itself after the cue, and a person who does not
        ("Nordwind said its ferries would run", "said", "Nordwind", PhraseKind.ORGANIZATION),
        ("Nordwind said he would run", "said", "Nordwind", PhraseKind.NAME),
        # a contracted pronoun, and a role with its post-modifier
        ("He's claiming", "claiming", "He", PhraseKind.PRONOUN),
        (
            "one diplomatic source familiar with the talks said",
            "said",
            "one diplomatic source familiar with the talks",
            None,
        ),
        # a name and its place
        ("Mayor Ruth Okafor of Dunmore said", "said", "Mayor Ruth Okafor of Dunmore", None),
    ],
)
def test_phrase_before_keeps_its_readings(
    text: str, word: str, phrase: str, kind: PhraseKind | None
) -> None:
    found = _before_word(text, word)
    assert found is not None and found.text == phrase
    assert kind is None or found.kind is kind


def test_name_of_place_needs_room_for_of() -> None:
    text = "Mayor Ruth Okafor of Dunmore said"
    toks = tokenize(text, 0, len(text))
    # One or two tokens leave no room for "of" between a name and its place.
    assert mentions._name_of_place(toks, 1, 2, text, None) is None
    assert mentions._name_of_place(toks, 1, 1, text, None) is None
    assert mentions._name_of_place(toks, 1, 4, text, None) is not None
