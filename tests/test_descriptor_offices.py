"""A person introduced with an office and its body, then named again by the office's
head noun; a coach's literal epithets; an unnamed holder of the noun brought in later
(issue 14, h53b-offices). Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import _office_with_body, _unnamed_holder

from .conftest import speaker_of

# Someone else named between the introduction and the descriptor, so that the one
# person in view is not the answer by itself.
BYSTANDER = (
    " Carl Moss, who owns a garage on the street, said nobody had asked him."
    ' "It came out of the blue," Moss said.\n\nThe council meets again in June. '
)


# --- an office of a body, then a second title, then the name -----------------------


def test_the_envoy_of_a_body_named_after_a_second_title() -> None:
    text = (
        "The president received the special envoy of the Coastal Union, the former"
        " Prime Minister Ruth Okonjo, on Monday."
        + BYSTANDER
        + "At the gate, the envoy declared that talks would go on "
        + '"without delay".'
    )
    assert speaker_of(text) == "Ruth Okonjo"


def test_the_envoy_of_a_named_leader_is_not_that_leader() -> None:
    # near miss: the name after "of" and a title word is the office's owner
    text = (
        "The special envoy for Governor Ada Finn arrived on Monday."
        + BYSTANDER
        + "At the gate, the envoy declared that talks would go on "
        + '"without delay".'
    )
    assert speaker_of(text) != "Ada Finn"


# --- an office of a body whose last word runs into the name ------------------------


def test_a_press_secretary_of_a_long_body_then_the_name() -> None:
    text = (
        "The press secretary of the President of the Republic of Veldra Ivo Marsh"
        " spoke on Sunday." + BYSTANDER + "Asked about a visit, the press secretary"
        ' answered: "No such plans exist."'
    )
    assert speaker_of(text) == "Ivo Marsh"


def test_two_press_secretaries_of_bodies_get_no_guess() -> None:
    # near miss: two people introduced with the noun; neither is guessed
    text = (
        "The press secretary of the Harbour Board Ivo Marsh and the press secretary"
        " of the Rail Board Lena Tobin spoke on Sunday."
        + BYSTANDER
        + 'Asked about a visit, the press secretary answered: "No such plans exist."'
    )
    assert speaker_of(text) not in ("Ivo Marsh", "Lena Tobin")


# --- a coach's literal epithets (office_kinds.tsv) ---------------------------------


@pytest.mark.parametrize("epithet", ["the specialist", "the mentor", "the technician"])
def test_a_coach_named_again_by_an_epithet(epithet: str) -> None:
    text = (
        "The head coach of the national side Tomas Brandt named his squad on Monday."
        + BYSTANDER
        + f'Asked about the veteran, {epithet} said the door "is not closed".'
    )
    assert speaker_of(text) == "Tomas Brandt"


def test_a_mayor_is_no_mentor() -> None:
    # near miss: the epithets are a coach's and a manager's, not any office's
    text = (
        "Mayor Tomas Brandt opened the new pitch on Monday."
        + BYSTANDER
        + 'Asked about the veteran, the mentor said the door "is not closed".'
    )
    assert speaker_of(text) != "Tomas Brandt"


# --- an unnamed holder of the noun brought in after the named one ------------------


def test_an_unnamed_specialist_is_not_the_coach() -> None:
    text = (
        "Rovers coach Tomas Brandt named his squad on Monday. A specialist in knee"
        " injuries who treats two of the players was less hopeful."
        + ' "It will take months," the specialist said.'
    )
    assert speaker_of(text) != "Tomas Brandt"


def test_an_unnamed_representative_is_not_the_named_one() -> None:
    text = (
        "The representative of the Health Agency, Ines Quill, spoke first."
        " A representative of the nurses' union spoke after her."
        + BYSTANDER
        + '"We want every receipt," the representative said.'
    )
    assert speaker_of(text) != "Ines Quill"


def test_a_representative_named_in_apposition_is_no_unnamed_one() -> None:
    # near miss: "a representative" in a sentence that names its holder
    text = (
        "The council heard two speakers. Ines Quill, a representative of the Health"
        " Agency, spoke first." + BYSTANDER + '"We want every receipt," the representative said.'
    )
    assert speaker_of(text) == "Ines Quill"


def test_the_patterns() -> None:
    assert _office_with_body("envoy").search("sent an envoy to Lima") is None
    assert _office_with_body("head").search("The head of the bank") is not None
    assert _unnamed_holder("official").search("said another trade official") is not None
    assert _unnamed_holder("official").search("the official said") is None
