"""Names as international news prints them, read whole and linked (issue 14, h42-intl).

Invented articles only, each a quote with its cue and a later quote under a short
form of the name: accents dropped by the later form (*Castellon* after *Inés
Castellón*), an Arabic article dropped (*Harbi* after *Tariq al-Harbi*), a royal
title before a name of three words (*Crown Prince*), a suffix written with a full
stop before the cue (*Jr. said*), and a surname whose particles open it right after
a quote (*"...," van Rijn said*). Each test reads the resolved name
(``q.speaker_name``), as strict scoring does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse

from .conftest import resolved


# A short form printed without the accents the full name carries, or with them
# when the full name came plain.
@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Inés Castellón", "Castellon"),
        ("Jean-Loïc Ménard", "Menard"),
        ("Kemal Aydoğan", "Aydogan"),
        ("Renata Ruíz Olmedo", "Ruiz Olmedo"),
        ("Bruno Lindqvist", "Lindqvíst"),
    ],
)
def test_a_short_form_without_accents_is_the_person_named_in_full(full: str, short: str) -> None:
    text = (
        f'The trade minister, {full}, said the talks were "going nowhere." '
        f'{short} said the next round would start "in the spring."'
    )
    assert resolved(text, "in the spring") == full


def test_accents_alone_do_not_join_two_first_names() -> None:
    # Accents dropped still leave two people when their first names differ.
    text = (
        'Inés Castellón said the port "must reopen." '
        'Marco Castellon, her rival, said it "can wait."'
    )
    assert resolved(text, "can wait") == "Marco Castellon"


# An Arabic article joined by a hyphen, dropped by the short form.
@pytest.mark.parametrize(
    ("full", "short"),
    [("Tariq al-Harbi", "Harbi"), ("Youssef el-Masri", "Masri"), ("Samir al-Qadi", "Qadi")],
)
def test_a_surname_without_its_article_is_the_person_named_in_full(full: str, short: str) -> None:
    text = (
        f'Militia commander {full} said the ceasefire was "holding for now." '
        f'{short} told reporters the roads "are open again."'
    )
    assert resolved(text, "open again") == full


def test_a_surname_with_its_article_still_meets_the_plain_one() -> None:
    text = (
        'Tariq Harbi, the council head, said the vote was "fair." '
        'Al-Harbi added that the count "took two days."'
    )
    assert resolved(text, "two days") == "Tariq Harbi"


# A royal title before a name of three words with a particle: the name is the
# person's, the title is not part of it, and its short forms find the person.
@pytest.mark.parametrize(
    ("later", "words"),
    [
        ('Later, bin Nayef said: "We are only beginning."', "only beginning"),
        ('Prince Faisal said the deal "is close."', "is close"),
    ],
)
def test_a_crown_prince_is_named_without_his_title(later: str, words: str) -> None:
    text = f'Crown Prince Faisal bin Nayef said the kingdom was "ready to invest." {later}'
    assert resolved(text, "ready to invest") == "Faisal bin Nayef"
    assert resolved(text, words) == "Faisal bin Nayef"


@pytest.mark.parametrize("title", ["Emir", "Sultan"])
def test_an_emir_or_a_sultan_is_a_title(title: str) -> None:
    text = f'{title} Nasser bin Hamad said the summit was "a success for the region."'
    assert resolved(text, "a success") == "Nasser bin Hamad"


# A name that ends in a suffix written with a full stop, before the cue.
@pytest.mark.parametrize(
    "text",
    [
        'Hollis Grant Jr. said, "The mill will stay open." Grant said the owners "agreed."',
        '"The mill will stay open," Hollis Grant Jr. said. "They agreed," Grant said.',
        'Mayor Hollis Grant Jr. told reporters: "The mill will stay open."',
    ],
)
def test_a_name_ending_in_jr_before_the_cue_is_the_speaker(text: str) -> None:
    assert resolved(text, "mill will stay open") == "Hollis Grant Jr"


def test_a_company_short_form_before_the_cue_is_still_read() -> None:
    # The suffixes of persons join those of companies: "Inc." keeps its reading.
    text = 'Brightmoor Inc. said, "We will appeal the fine."'
    assert resolved(text, "appeal the fine") == "Brightmoor Inc"


# A surname opened by its particles right after a quote is read whole.
@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Pieter van Rijn", "van Rijn"),
        ("Ilse von der Brinck", "von der Brinck"),
        ("Luc de Vaumont", "de Vaumont"),
        ("Khalid bin Saeed", "bin Saeed"),
    ],
)
def test_a_surname_with_its_particles_after_a_quote_is_read_whole(full: str, short: str) -> None:
    text = f'{full} said on Monday that the plan was "finished." "We move on," {short} said.'
    quote = next(q for q in parse(text).quotes if "move on" in q.text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == short
    assert quote.speaker_name == full


# Filipino and Italian particles join the name in running text as the others do.
@pytest.mark.parametrize("name", ["Rosario dela Paz", "Joel delos Reyes", "Marta della Valle"])
def test_a_filipino_or_italian_particle_keeps_the_name_whole(name: str) -> None:
    text = f'On Sunday, {name} called the staging "a gamble that paid off".'
    assert resolved(text, "a gamble") == name


@pytest.mark.parametrize("short", ["von der Brinck", "de la Vega", "bin Saeed"])
def test_a_particled_surname_in_apposition_is_the_speakers_mention(short: str) -> None:
    # The role before the commas is not the mention: the name between them is, read
    # from its first particle (the mention reader's apposition reads a name after it).
    text = f'Ilse {short} took office in May. The envoy, {short}, said: "We start now."'
    quote = parse(text).quotes[-1]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == short


_PARTICLES = ["van", "von der", "de", "de la", "bin", "da"]
_FIRSTS = ["Pieter", "Ilse", "Luc", "Khalid", "Marta"]
_LASTS = ["Rijn", "Brinck", "Vaumont", "Saeed", "Costa"]


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(_FIRSTS),
    particle=st.sampled_from(_PARTICLES),
    last=st.sampled_from(_LASTS),
    lead=st.sampled_from(["", "The mayor said nothing new. ", "On a wet Friday,\n\n"]),
)
def test_a_particled_surname_keeps_its_offsets_and_its_person(
    first: str, particle: str, last: str, lead: str
) -> None:
    # Wherever the article starts, the short form after a quote is read whole: the
    # mention's text is the text at its offsets, and it names the person given in full.
    full, short = f"{first} {particle} {last}", f"{particle} {last}"
    text = f'{lead}{full} said the plan was "finished." "We move on," {short} said.'
    quote = next(q for q in parse(text).quotes if "move on" in q.text)
    mention = quote.speaker_mention
    assert mention is not None
    assert text[mention.start : mention.end] == mention.text == short
    assert quote.speaker_name == full


_ACCENTED = {"e": "é", "a": "á", "o": "ö", "u": "ü", "i": "í", "c": "ç", "n": "ñ", "g": "ğ"}


@settings(max_examples=40, deadline=None)
@given(
    last=st.sampled_from(["Castelon", "Aydogan", "Menardier", "Gonzaga", "Ruisenor"]),
    marks=st.sets(st.sampled_from(sorted(_ACCENTED)), min_size=1),
)
def test_a_surname_meets_its_spelling_without_accents(last: str, marks: set[str]) -> None:
    # Any letters of the surname given accents, the plain spelling is the same person.
    accented = "".join(_ACCENTED[c] if c in marks else c for c in last)
    text = (
        f'Deputy Lucia {accented} said the vote was "a warning." '
        f'{last} said the party "will listen."'
    )
    assert resolved(text, "will listen") == f"Lucia {accented}"


# A romanised given name printed with a hyphen by one outlet and as two words by
# another is one person, named as the article first gave it.
@pytest.mark.parametrize(
    ("first", "later"),
    [("Park Seo-jin", "Park Seo Jin"), ("Park Seo Jin", "Park Seo-jin")],
)
def test_a_hyphenated_given_name_meets_its_spaced_spelling(first: str, later: str) -> None:
    text = (
        f'Opposition leader {first} said the vote was "rigged." '
        f'{later} said the party "will boycott the session."'
    )
    assert resolved(text, "rigged") == first
    assert resolved(text, "boycott") == first


def test_a_hyphenated_surname_is_not_split() -> None:
    # A capital after the hyphen is a double surname: its second half is no surname.
    text = (
        'Senator Maria Ortiz-Bell said the bill was "dead." '
        'Councillor Tom Bell said it "might pass."'
    )
    assert resolved(text, "might pass") == "Tom Bell"


def test_abu_opening_a_name_stays_in_it() -> None:
    # "Abu" (father of) opens a man's name, even as the text's first word.
    text = 'Abu Khalil al-Nasser said, "The camp needs water." Nasser said aid "is late."'
    assert resolved(text, "needs water") == "Abu Khalil al-Nasser"
    assert resolved(text, "is late") == "Abu Khalil al-Nasser"
