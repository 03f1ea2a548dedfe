"""A cleft puts the speaker of the participle after it forward (h38-inner).

*It is the mayor standing up and saying, '...'*: the mayor speaks, not *it* (which the
pronoun rules would resolve to whatever thing or outlet was named last). Every
sentence here is our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import attribution
from quoteverify.text.layer import tokenize

from .conftest import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('It was the mayor standing on the quay and shouting "stay back."', "the mayor"),
        ("It's not just Ana Ruiz saying 'we need a new bridge.'", "Ana Ruiz"),
        ('It is also Tom Hale, the ferry captain, insisting "the pier must reopen."', "Tom Hale"),
    ],
)
def test_the_person_a_cleft_puts_forward_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text, 0) == speaker


def test_inside_a_quote_the_cleft_names_the_inner_speaker_not_an_outlet() -> None:
    text = (
        '"It\'s not just me saying it," Ana Ruiz told the Gazette. "It is Tom Hale '
        "standing up and saying, 'We will rebuild the pier.'\""
    )
    inner = [q for q in parse(text).quotes if q.depth]
    assert [q.speaker_name for q in inner] == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        # no -ing verb after the phrase: no cleft of a speaker
        'It is the mayor who said "no" to the plan, and Tom Hale agreed, adding "rightly."',
        # "it" that is no cleft opener keeps the ordinary reading
        'The report, it seems, was shelved, Ana Ruiz said, calling it "a scandal."',
    ],
)
def test_without_a_cleft_the_participle_keeps_the_sentence_subject(text: str) -> None:
    assert speaker_of(text) in ("Tom Hale", "Ana Ruiz")


def test_cleft_focus_needs_the_opener_at_the_sentence_start() -> None:
    words = "Ana said it is the mayor standing up and saying"
    toks = tokenize(words, 0, len(words))
    k = len(toks) - 1
    assert attribution._cleft_focus(toks, 0, k, words) is None
    assert attribution._cleft_focus(toks, 2, k, words) is not None
    curly = "It’s the mayor standing up and saying"
    toks = tokenize(curly, 0, len(curly))
    found = attribution._cleft_focus(toks, 0, len(toks) - 1, curly)
    assert found is not None and found.text == "the mayor"


NAMES = ["Ana Ruiz", "Tom Hale", "Kay Lund", "Omar Haddad"]
OPENERS = ["It is", "It was"]  # "It's Kay Lund" is read as a name by the registry (left)
BETWEEN = ["", "not ", "just ", "not just ", "also "]
VERBS = ["saying", "shouting", "insisting", "declaring"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(OPENERS),
    st.sampled_from(BETWEEN),
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
)
def test_any_cleft_opener_gives_the_named_person(
    opener: str, between: str, name: str, verb: str
) -> None:
    text = f'The pier is closed. {opener} {between}{name} standing up and {verb} "fix it now."'
    assert speaker_of(text) == name
