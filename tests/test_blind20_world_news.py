"""The shapes of blind set 20 (issue 14, h49-blind20): the world news of 2019 and 2020.

A source who lets news print only one name (*A porter, who asked to be identified
only as Marta, said*) is that name, not the descriptor before it
(``_withheld_name`` in ``speakers/mentions.py``, ``lexicons/name_withholding_frames.txt``).
*As* before a role of a place or body in lower case (*stepped down as head of the
Lantern Trust on Friday, saying*) is a capacity, not a clause whose subject is the
body (``_capacity_as`` in ``speakers/attribution.py``). *In a statement the union
said*, without a comma, gives its cue to the union (``_fronted_document`` in
``speakers/attribution.py``) and names the issuer that a later *the statement said*
goes back to (``_fronted_issuer`` in ``speakers/identity.py``). Places whose names end in
*Hollow*, *Creek*, *Falls*, *Springs*, *Quay* or *Harbour* are no one a *he* stands
for (``lexicons/place_heads.txt``). Signs *with slogans including* or *such as* a
quoted string show words nobody is quoted as saying (``lexicons/naming_frames.tsv``).
"""

from __future__ import annotations

import pytest

from quoteverify import extract_quotes

from .conftest import speakers


@pytest.mark.parametrize(
    "frame",
    [
        "asked to be identified only as",
        "asked to be identified as",
        "would be identified only by the name",
        "was named only as",
        "gave her name only as",
        "gave her name as",
        "is known only as",
    ],
)
def test_a_source_identified_only_by_a_given_name_is_that_name(frame: str) -> None:
    text = (
        f"A porter at the central station, who {frame} Marta, "
        'said the night shift had been "quieter than any in ten years". '
        '"We saw four trains and a fox," she said.'
    )
    assert speakers(text) == ["Marta", "Marta"]


def test_a_source_who_gave_his_name_as_a_given_name() -> None:
    text = (
        "A fisherman on the harbour wall, who gave his name only as Kofi, said the "
        'catch was "half what it was in spring".'
    )
    assert speakers(text) == ["Kofi"]


def test_a_name_in_an_ordinary_relative_clause_is_not_the_speaker() -> None:
    text = 'Later a driver, who had worked with Paolo Renzi, said the road was "a disgrace".'
    assert speakers(text) != ["Paolo Renzi"]


def test_as_before_a_role_of_a_body_is_a_capacity() -> None:
    text = (
        "Ines Varga stepped down as head of the Lantern Trust on Friday, saying she "
        'was "tired of the fight".'
    )
    assert speakers(text) == ["Ines Varga"]


def test_as_before_a_role_of_a_place_is_a_capacity() -> None:
    text = (
        "Oskar Lind was sworn in as mayor of Corvel on Monday, promising to keep the "
        'libraries "open every single day".'
    )
    assert speakers(text) == ["Oskar Lind"]


def test_as_before_a_determiner_still_opens_a_clause() -> None:
    text = (
        "The talks began calmly.\n\nThe hall fell quiet as the chair of the panel, "
        'Hana Ruzicka, stood up, calling the offer "an insult".\n\nNobody replied.'
    )
    assert speakers(text) == ["Hana Ruzicka"]


def test_a_statement_fronted_without_a_comma_is_its_issuers() -> None:
    text = (
        "Dockers back new contract\n\n"
        "The Corvel Dockworkers Union voted on Sunday. In a statement the union said "
        'the vote had been "close but clear". '
        '"The members have spoken," the statement said.'
    )
    assert speakers(text) == ["Corvel Dockworkers Union"] * 2


def test_a_letter_fronted_without_a_comma_is_its_issuers() -> None:
    text = (
        "Park plan shelved\n\n"
        "The Lund Harbour Trust met on Tuesday. In a brief letter the trust said the "
        'plan was "unwise and far too costly".'
    )
    assert speakers(text) == ["Lund Harbour Trust"]


def test_a_fronted_place_is_no_document() -> None:
    text = 'In a park the gardeners said the old trees were "dying of thirst".'
    assert speakers(text) != ["the park"]


@pytest.mark.parametrize(
    "head", ["Hollow", "Creek", "Falls", "Springs", "Quay", "Harbour", "Harbor"]
)
def test_a_place_named_for_a_hollow_is_not_a_he(head: str) -> None:
    text = (
        "The meteor was filmed by Jon Pell, a potter who works in a barn near "
        f'Mossley {head}. "It lit up the whole yard," he told the local radio station.'
    )
    assert speakers(text) == ["Jon Pell"]


@pytest.mark.parametrize("name", ["Aurelio", "Tadeusz"])
def test_a_given_name_alone_after_among_them_was(name: str) -> None:
    text = (
        "Hundreds of cyclists blocked the ring road on Sunday.\n\n"
        f"Among them was {name}, 22, a courier who said he rides sixty kilometres a "
        'day. "The vans get the lanes and we get the potholes," he said.'
    )
    assert speakers(text) == [name]


def test_slogans_including_a_string_are_not_speech() -> None:
    quotes = extract_quotes(
        'Farmers waved banners with slogans including "There is no food without us" '
        'and "Our fields are drying up".'
    )
    assert [q.kind.value for q in quotes] == ["non_speech", "non_speech"]


def test_slogans_such_as_a_string_are_not_speech() -> None:
    (quote,) = extract_quotes('The crowd held signs with slogans such as "We want our buses back".')
    assert quote.kind.value == "non_speech"
