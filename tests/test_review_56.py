"""A second read of stop 56's first wave (h56b-review).

h56-blind39's family rule (``identity._two_given_names``, read by
``_first_names_clash``) splits two listed given names of one initial that differ
in their second letter; these pin that spelling variants and transliterations of
one name (*Anna* and *Ana*, *Erik* and *Eric*, *Olga* and *Olha*) stay one person,
and that a *Mrs X* in news goes to the one woman of the family named in full.
h56-othername's affiliation after an apposed name (``_subject_at`` with
``_PREPOSITION_RUN``) gets near misses for its guards."""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers.identity import _first_names_clash, _subject_at


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


# Spelling variants and transliterations of one given name (both words listed in
# given_names.tsv for most of them): one person.
_VARIANTS = [
    ("anna", "ana"),
    ("eric", "erik"),
    ("olga", "olha"),
    ("ahmad", "ahmed"),
    ("aleksandr", "alexander"),
    ("mohammed", "muhammad"),
    ("john", "jon"),
    ("aisha", "ayesha"),
    ("dmitry", "dima"),
]


@pytest.mark.parametrize(("one", "other"), _VARIANTS)
def test_spelling_variants_of_a_given_name_do_not_clash(one: str, other: str) -> None:
    assert not _first_names_clash([one, "karimi"], [other, "karimi"])
    assert not _first_names_clash([other, "karimi"], [one, "karimi"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anna Petrova", "Ana Petrova"),
        ("Eric Lund", "Erik Lund"),
        ("Olga Melnyk", "Olha Melnyk"),
        ("Aleksandr Volkov", "Alexander Volkov"),
        ("Mohammed Saleh", "Muhammad Saleh"),
        ("Aisha Bello", "Ayesha Bello"),
    ],
)
def test_a_second_spelling_of_the_name_is_the_same_person(first: str, second: str) -> None:
    text = (
        f"{first}, who runs the harbour office, spoke to reporters on Monday.\n"
        f'"The cranes will be back by June," {second} said.'
    )
    assert _names(text) == [first]


def test_a_mrs_in_news_is_the_woman_of_the_family_named_in_full() -> None:
    # News names a woman in full before it calls her Mrs: with her husband named
    # too, the title says which of the two she is.
    text = (
        "Juan Ruiz, a baker, and his wife, Ana Ruiz, opened the shop in 1990.\n"
        'Juan Ruiz said the rent had doubled. "We cannot raise prices again," '
        "Mrs Ruiz said."
    )
    assert _names(text) == ["Ana Ruiz"]


def test_two_given_names_of_one_family_stay_two_people() -> None:
    # the near miss of the variants: Kofi is not a spelling of Kwame
    assert _first_names_clash(["kofi", "asante"], ["kwame", "asante"])
    assert _first_names_clash(["juan", "ruiz"], ["john", "ruiz"])


def _subject(text: str, name: str) -> bool:
    at = text.index(name)
    return _subject_at(text, at, at + len(name))


def test_an_affiliated_name_in_a_list_is_not_the_subject() -> None:
    # the apposition's comma and an affiliation, then no verb: a list of names
    text = "The prize went to two teams, Ines Holm of Open Door, and Tom Ode of Fair Rent."
    assert not _subject(text, "Ines Holm")


def test_an_affiliated_name_after_a_name_is_not_the_subject() -> None:
    text = "The panel heard Tom Ode, Ines Holm of Open Door, and the mayor."
    assert not _subject(text, "Ines Holm")


def test_an_affiliation_of_several_words_is_read_to_its_comma() -> None:
    text = "Her lawyer, Ines Holm of the firm Baird and Holm, told the court it was false."
    assert _subject(text, "Ines Holm")


def test_an_affiliated_name_after_another_name_before_a_cue_is_not_the_subject() -> None:
    # no description before the comma (a list of names): the verb after the
    # affiliation is the cue of the one who thanks them
    text = "The credit goes to Tom Ode, Ines Holm of Open Door, said the mayor."
    assert not _subject(text, "Ines Holm")
