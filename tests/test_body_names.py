"""A body's name as the article prints it, a body named by a land's possessive, and
*it* after a one-word seat (h42c-names): the registry compares names without their
accents, but the name it gives a speaker is the article's own spelling; *Russia's
foreign ministry* is one organisation, *Ruiz's spokesman* a person; *The Kremlin
denied the report. It said ...* is the Kremlin."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers.mentions import PhraseKind, _land_body
from quoteverify.text.layer import tokenize

from .test_seats import _ORG, _speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The talks went well," the Élysée said.', "Élysée"),
        ('"The talks went well," said the Élysée Palace.', "Élysée"),
        ('The Élysée Palace called it a good day. "We are pleased," the Élysée said.', "Élysée"),
        ('"The talks went well," the Elysee Palace said.', "Elysee"),
    ],
)
def test_a_body_is_named_as_the_article_spells_it(text: str, name: str) -> None:
    assert _speaker(text, -1) == (name, _ORG)


def test_an_abbreviation_the_lexicon_spells_out_keeps_its_full_name() -> None:
    assert _speaker('"Aid must reach the city," the UN said.') == ("United Nations", _ORG)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We reject the claim," Russia\'s foreign ministry said.', "Russia's foreign ministry"),
        ('China\'s commerce ministry said: "Tariffs hurt everyone."', "China's commerce ministry"),
        (
            '"The camps are full," the UN\'s refugee agency said on Monday.',
            "UN's refugee agency",
        ),
        ('"Wash your hands," Ohio\'s health department said.', "Ohio's health department"),
        ('"No comment," the Kremlin\'s press office said.', "Kremlin's press office"),
    ],
)
def test_a_lands_possessive_before_a_body_noun_names_the_body(text: str, name: str) -> None:
    assert _speaker(text) == (name, _ORG)


@pytest.mark.parametrize(
    "text",
    [
        '"We will appeal," Ruiz\'s spokesman said.',
        '"We will appeal," Ana Ruiz\'s lawyer said.',
    ],
)
def test_a_persons_possessive_before_a_role_stays_a_person(text: str) -> None:
    found = _speaker(text)
    assert found is not None and found[1] is SpeakerKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz's campaign office said",  # a person's possessive: no land's body
        "Russia's top spokesman said",  # a land's possessive before no body's or office's noun
        "Russia's, a nation, said",  # no lower-case words alone after it
    ],
)
def test_other_possessives_name_no_land_body(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    said = next(i for i, t in enumerate(toks) if t.text == "said")
    assert _land_body(toks, said - 1, 0, text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The Kremlin denied the report. "It is a fabrication," it said.', "Kremlin"),
        ('The Pentagon confirmed the flight. It said: "The jet landed safely."', "Pentagon"),
        ('Kremlin officials met. Élysée aides waited. "We wait," it said.', None),
    ],
)
def test_it_after_a_sentence_a_one_word_seat_opens(text: str, name: str | None) -> None:
    found = _speaker(text)
    if name is None:
        assert found is None or found[1] is not _ORG
    else:
        assert found == (name, _ORG)


def test_it_after_a_seat_named_as_an_owner_is_not_the_seat() -> None:
    found = _speaker('Police blocked the road. "Stay away," it said.')
    assert found is None or found[0] != "Kremlin"


_WORDS = ["Élysée", "Sánchez", "Mélenchon", "Zoë", "Ana", "Kremlin", "Ruiz", "Ørsted", "Ćosić"]
_SHAPES = [
    '"We will see," {name} said.',
    '{name} said: "We will see."',
    '"We will see," said the {name}.',
    'The {name} spoke first. "We will see," it said.',
    '"We will see," {name}\'s foreign ministry said.',
    '"We will see," {name} Palace said.',
]


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join),
        min_size=1,
        max_size=3,
    ),
    shapes=st.lists(st.sampled_from(_SHAPES), min_size=1, max_size=3),
)
def test_a_resolved_name_is_built_from_the_texts_words(names: list[str], shapes: list[str]) -> None:
    """A speaker's name is the article's spelling: every word of it is a word of the
    text as printed, accents and all (the lexicon's spelled-out abbreviations, *UN*
    as *United Nations*, are the one exception, and none is among these words)."""
    text = " ".join(shape.format(name=name) for shape, name in zip(shapes, names, strict=False))
    printed = {w.strip(".,:;\"'“”") for w in text.split()}
    for q in parse(text).quotes:
        if q.speaker is None:
            continue
        assert q.speaker.name in text or set(q.speaker.name.split()) <= printed, (
            text,
            q.speaker.name,
        )


# A nation's office in the possessive (h43-bodies): read as its adjective form is.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Monday, Russian Foreign Minister Pavel Orlov met Kim Dale. "
            '"We will not sign," Russia\'s foreign minister said.',
            "Pavel Orlov",
        ),
        (
            "On Monday, Russian Foreign Minister Pavel Orlov met Kim Dale. "
            '"We will not sign," Russia’s foreign minister said.',
            "Pavel Orlov",
        ),
        (
            "President Lena Varga of France met Kim Dale. "
            '"Our borders stay shut," France\'s president said.',
            "Lena Varga",
        ),
    ],
)
def test_a_nations_office_in_the_possessive_is_its_holder(text: str, name: str) -> None:
    assert _speaker(text, -1) == (name, SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # nobody holds the office: the descriptor whole, not its last noun
        ('"Prices will fall," Spain\'s economy minister said.', "Spain's economy minister"),
        ('"We reject the plan," Russia\'s top diplomat said.', "Russia's top diplomat"),
        # another nation's minister is not this one
        (
            "On Monday, French Foreign Minister Anne Joly met reporters. "
            '"We will not sign," Russia\'s foreign minister said.',
            "Russia's foreign minister",
        ),
    ],
)
def test_a_nations_office_in_the_possessive_held_by_nobody_stays_whole(
    text: str, name: str
) -> None:
    assert _speaker(text, -1) == (name, SpeakerKind.PERSON)


def test_a_nations_office_in_the_possessive_is_one_descriptor() -> None:
    text = "Russia's top diplomat said"
    found = _land_body(tokenize(text, 0, len(text)), 2, 0, text)
    assert found is not None
    assert (found.text, found.kind) == ("Russia's top diplomat", PhraseKind.DESCRIPTOR)
    text = "Ruiz's finance minister said"  # a person's possessive: no nation's office
    assert _land_body(tokenize(text, 0, len(text)), 2, 0, text) is None


# A named owner's body of two words (h43-bodies): the office keeps its owner.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will win this race," Ruiz\'s campaign office said.', "Ruiz's campaign office"),
        ('"The vote was fair," Ruiz’s press office said.', "Ruiz’s press office"),
        ('"The bill is flawed," Tom Hale\'s district office said.', "Tom Hale's district office"),
        ('"The bill is flawed," Hale\'s office said.', "Hale's office"),
        (
            '"The road stays shut," the Kerrow County Sheriff\'s Office said.',
            "Kerrow County Sheriff's Office",
        ),
    ],
)
def test_a_persons_body_keeps_its_owner_in_its_name(text: str, name: str) -> None:
    assert _speaker(text) == (name, _ORG)


def test_a_lower_case_owner_reads_no_body_of_its_own() -> None:
    # "the senator's press office": the office as printed, not "press office"
    found = _speaker('"The bill is flawed," the senator\'s press office said.')
    assert found == ("the senator's press office", _ORG)


# _owned_body's three guards, each told apart by a sentence (h43c-review).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a head of three words or more (here an article and two words) is a phrase
        # of its own, not a body the store's possessive owns
        ('"Pay is far too low," at Hale\'s the works council said.', "the works council"),
        # a conjunction, a stop word, between the possessive and the body's noun
        ('"We agreed," Hale\'s and council said.', "council"),
        # a capitalised body of two words keeps its own name when the subject comes
        # first (after the quote, another reading takes the land's possessive too)
        ('Norway\'s Supreme Court said the ban was "against the constitution".', "Supreme Court"),
    ],
)
def test_a_body_the_possessive_does_not_own_keeps_its_own_name(text: str, name: str) -> None:
    found = _speaker(text)
    assert found is not None and found[0] == name
