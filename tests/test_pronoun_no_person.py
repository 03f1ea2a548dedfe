"""*He* and *she* stand for a person, never for a phrase that names no one.

A cue read on narration can leave a lower-case descriptor nobody resolves as a
quote's speaker (*"Who is there?" was the sharp question*: *the sharp question*).
``identity._no_person`` tells such a phrase from a person's noun phrase (*the old
man*, *the visitor*), and the pronoun resolver passes over it for the person of
the pronoun's sex before it, or leaves the pronoun as printed when there is none.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.lexicons import load
from quoteverify.speakers import identity


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text).quotes]


def test_he_passes_over_a_phrase_that_names_no_one() -> None:
    text = (
        "Tom Hale walked up the lane to the farm.\n\n"
        '"Come in!" was the cheerful reply.\n\n'
        '"I will not stay long," he said.'
    )
    assert _speakers(text)[-1] == "Tom Hale"


def test_she_passes_over_a_question_read_as_a_speaker() -> None:
    text = (
        "Ana Ruiz came to the door.\n\n"
        '"Who is there?" was the sharp question.\n\n'
        '"Only me," she said.'
    )
    assert _speakers(text)[-1] == "Ana Ruiz"


def test_with_no_person_of_that_sex_the_pronoun_is_left_as_printed() -> None:
    text = (
        "Tom Hale walked up the lane.\n\n"
        '"Are you there?" was the question.\n\n'
        'The wind rose. "Nobody," she said.'
    )
    assert _speakers(text)[-1] == "she"


def test_nouns_of_people_and_names_stay_persons() -> None:
    for name in ("the old man", "the visitor", "her sister", "the 40-year-old", "Ann Hale"):
        assert not identity._no_person(identity._Entity(name=name, kind=identity._PERSON))
    titled = identity._Entity(name="the letter", kind=identity._PERSON, titles=["Mrs"])
    assert not identity._no_person(titled)
    for name in ("the tranquil air", "the letter", "the explanation"):
        assert identity._no_person(identity._Entity(name=name, kind=identity._PERSON))


@given(
    st.text(alphabet="abcdefghij ", min_size=1, max_size=12),
    st.sampled_from("ABCDEFGHIJ"),
)
def test_a_capitalised_name_is_never_passed_over(lower: str, capital: str) -> None:
    # A capital anywhere in the name (a proper name, a title) keeps it a person.
    name = lower + capital + lower
    assert not identity._no_person(identity._Entity(name=name, kind=identity._PERSON))


_PERSON_LEXICONS = (
    "role_nouns",
    "kin_nouns",
    "epithet_nouns",
    "office_nouns",
    "contest_nouns",
    "private_roles",
    "relational_heads",
)
_THINGS = load("document_nouns") | load("speech_nouns")


def _person(name: str, **kw: Any) -> identity._Entity:
    return identity._Entity(name=name, kind=identity._PERSON, **kw)


@given(st.sampled_from(_PERSON_LEXICONS), st.data(), st.booleans())
def test_every_noun_of_a_person_keeps_its_phrase_a_person(
    lexicon: str, data: st.DataObject, plural: bool
) -> None:
    # Each lexicon _person_nouns reads, and its plural: dropping one, or the plural's
    # -s, would leave *the quiet visitors* a phrase that names no one.
    noun = data.draw(st.sampled_from(sorted(load(lexicon) - _THINGS)))
    name = f"the quiet {noun}{'s' if plural and ' ' not in noun else ''}"
    assert not identity._no_person(_person(name))


@given(st.data())
def test_every_word_of_a_title_keeps_its_phrase_a_person(data: st.DataObject) -> None:
    words = sorted({w for t in load("titles") for w in identity._norm(t).split()} - _THINGS)
    word = data.draw(st.sampled_from([w for w in words if w.isalpha()]))
    assert not identity._no_person(_person(f"the old {word}"))


@given(st.sampled_from(sorted(n for n in _THINGS if n.isalpha() and n.islower())))
def test_a_document_or_speech_noun_names_no_one_unless_told(noun: str) -> None:
    # Some lists of people hold *letter* or *reply* for a speaker that is no person;
    # _person_nouns takes them out. A sex or another name says it is a person.
    assert identity._no_person(_person(f"the brief {noun}"))
    assert not identity._no_person(_person(f"the brief {noun}", gender="f"))
    assert not identity._no_person(_person(f"the brief {noun}", aliases=["Ann Hale"]))
