"""A one-word country or capital of ``lexicons/nations.tsv`` that the text printed
before as a person's surname (a capitalised word right before it) is that person
when it speaks, not the country's government; with no such print, and after a
word that ends a place's longer name (*New Mexico*), it stays the government."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import select
from quoteverify.model import SpeakerKind
from quoteverify.speakers import mentions

# One-word countries and capitals of the table, as printed: not a seat of
# government the organisations lexicon names (*Kremlin*), nor a plural (*Philippines*),
# which reads as a people.
_STATES = sorted(
    w.title()
    for w in select("nations", kind="country") | select("nations", kind="capital")
    if w.isalpha() and not w.endswith("s") and mentions._body_named(w, w) is None
)
# Invented given names: syllables no lexicon holds as a title, a role or a place.
_GIVEN = st.lists(
    st.sampled_from(["ka", "lo", "mi", "ren", "tu", "vel", "sa", "dor"]), min_size=2, max_size=3
).map(lambda parts: "".join(parts).title())


def _speaker(text: str) -> tuple[str | None, SpeakerKind | None]:
    (quote,) = quoteverify.parse(text).quotes
    speaker = quote.speaker
    return (None, None) if speaker is None else (speaker.name, speaker.kind)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_STATES), _GIVEN)
@example("Kenya", "Ruth")
@example("Nairobi", "Tomas")
def test_a_country_printed_as_a_surname_is_the_person(state: str, given_name: str) -> None:
    text = f'{given_name} {state} ran the clinic for years. "We need more nurses," {state} said.'
    assert _speaker(text) == (f"{given_name} {state}", SpeakerKind.PERSON)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_STATES), _GIVEN)
@example("Kenya", "Ruth")
def test_a_country_not_printed_as_a_surname_is_its_government(state: str, given_name: str) -> None:
    text = f'{given_name} ran the clinic for years. "We need more nurses," {state} said.'
    assert _speaker(text) == (state, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Brian France met us. "We disagree," France said.', "Brian France"),
        ('Mayor Tom Lima opened the dam. "It holds," Lima said.', "Tom Lima"),
        ('"The talks are over," Russia said.', "Russia"),
        ('Envoys met at dawn. "We object," Tokyo protested.', "Tokyo"),
        ('"Stay away from the coast," Japan warned.', "Japan"),
        # "of" before the name: where she serves, no surname
        ('Prime Minister Ana Roe of Japan landed. "We object," Japan said.', "Japan"),
        # the end of a longer place's name: no surname either
        ('Floods hit New Mexico on Monday. "We will help," Mexico said.', "Mexico"),
        ('Talks with South Sudan stalled. "We will wait," Sudan said.', "Sudan"),
    ],
)
def test_whose_voice_a_lone_country_is(text: str, speaker: str) -> None:
    name, kind = _speaker(text)
    assert name == speaker
    assert kind is (SpeakerKind.ORGANIZATION if " " not in speaker else SpeakerKind.PERSON)


def test_a_country_as_a_surname_after_a_long_word_of_capitals() -> None:
    # The look-back crosses the word of capitals once per text (what a cue read is
    # carried to the next cue): every cue answers, the printed surname or none.
    word = "K" * 2500
    cues = "".join(f'"Step {i}," Kenya said. ' for i in range(30))
    alone = quoteverify.parse(f"{word} Western envoys met. {cues}")
    assert {(q.speaker_name, q.speaker.kind if q.speaker else None) for q in alone.quotes} == {
        ("Kenya", SpeakerKind.ORGANIZATION)
    }
    named = quoteverify.parse(f"{word} Western envoys met. Kal Kenya met us. {cues}")
    assert [q.speaker_name for q in named.quotes] == ["Kal Kenya"] * 30


@pytest.mark.parametrize(
    ("address", "given_name"), [("Ms.", "Ruth"), ("Mr", "Tom"), ("Dr.", "Ruth"), ("Mrs", "Ruth")]
)
def test_a_country_after_a_form_of_address_is_a_surname(address: str, given_name: str) -> None:
    # "Ms. Kenya" is never the country's government, printed before or not
    alone = f'"The well is dry," {address} Kenya said.'
    assert _speaker(alone) == ("Kenya", SpeakerKind.PERSON)
    named = f'{given_name} Kenya dug the well. "The well is dry," {address} Kenya said.'
    assert _speaker(named) == (f"{given_name} Kenya", SpeakerKind.PERSON)
