"""Blind set 21's leftover shapes (issue 14, h49b-cues):

- a copula and an adjective or a noun whose clause a comma closes is no speech verb
  (*the growers were young, which fits, since "..."*), while an adjective that takes
  a clause (*was adamant that*) or a colon (*was blunt:*) still leads words in;
- a body's name ends where a phrase on what it stands for opens (*The union
  representing dock workers in Vell said*): the body speaks, not the people or the
  place at the end of that phrase (``lexicons/body_links.txt``);
- a named go-between after the cue (*said through their lawyer, X, that*) speaks.
"""

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian growers were young, which fits, since “the orchards hire the young.”",
        "The pupils were quiet, and no wonder, since “the exam starts at nine.”",
        "Ana Ruiz was late, which is rare, because “the ferry never waits.”",
    ],
)
def test_a_copula_whose_clause_a_comma_closes_is_no_cue(text: str) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tomas Brink was adamant that the levy is “dead on arrival.”", "Tomas Brink"),
        ("The mayor is confident the quay will be “ready by June.”", "The mayor"),
        ("Ruth Kell was blunt: “The scheme is finished.”", "Ruth Kell"),
    ],
)
def test_an_adjective_that_takes_a_clause_or_a_colon_still_leads_in(
    text: str, speaker: str
) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The union representing 4,000 dock workers in Vell said the offer was “an insult.”",
        "The union representing dock workers said the offer was “an insult to every crew.”",
        "The union for cleaners in Vell said the offer was “an insult.”",
    ],
)
def test_a_body_speaks_not_the_people_it_stands_for(text: str) -> None:
    assert speaker_of(text) == "The union"


def test_an_agency_covering_a_region_speaks() -> None:
    # Control: a body read whole as an organisation before the link word.
    text = "The agency covering the north coast said the storm was “the worst in years.”"
    assert speaker_of(text) == "The agency"


def test_a_person_for_a_body_keeps_the_whole_description() -> None:
    # Control: a lawyer is no body, so "A lawyer for the family" stays as read.
    text = "A lawyer for the family said the verdict was “a relief.”"
    assert speaker_of(text) == "A lawyer for the family"


def test_a_link_word_inside_a_capitalised_name_splits_nothing() -> None:
    # Control: "for" inside a body's own name ("Institute for Coastal Research")
    # opens no phrase on what the body stands for.
    text = "Observers from the Institute for Coastal Research said the count was “slow.”"
    assert speaker_of(text) == "Institute for Coastal Research"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Vell family said through their lawyer, Petra Lind, that the fine was "
            "“a number on a page.”",
            "Petra Lind",
        ),
        (
            "Acme said through its spokeswoman, Jo Kay, that the recall was “a precaution.”",
            "Jo Kay",
        ),
    ],
)
def test_a_named_go_between_after_the_cue_speaks(text: str, speaker: str) -> None:
    # The named person a body or a family speaks through gives the words (the
    # spokesperson's own name is canonical, the body an accepted alternative).
    assert speaker_of(text) == speaker


def test_an_unnamed_go_between_leaves_the_subject() -> None:
    # Control: PolNeAR's gold gives the words to the subject when the go-between
    # is not named.
    text = "Tom Hale said through a spokesman that the charge was “baseless.”"
    assert speaker_of(text) == "Tom Hale"
