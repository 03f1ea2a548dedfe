"""Bodies, documents and their voices left by blind sets 17 and 18 (issue 14,
h48b-bodies).

A body's branch or seat named after it (*the Ferry Workers' Union in Hull*, *the
Green Party in Galway*, *the Water Ministry in Accra*) is the body, not the place:
a place preposition after a capitalised body's last word (``org_suffixes.txt``)
ends the phrase the way it does after a role noun (``_body_at_place`` in
``speakers/mentions.py``). *Inspectorate* is a role and a body's noun, as
*regulator* is. A role's descriptor with a body in apposition (*the fair's organiser,
the Lund Reading Trust,*) is the body (``_body_apposed``). *Radioed* is a cue: a
pilot's call read from a transcript is the pilot's. A body described by its noun
in lower case (*The ministry rejected ..., calling it*, *The general staff backed
..., saying*) is the subject a participle's quote goes to
(``body_description_after``; *staff* is a body's noun). A naming frame opening the
apposition after a body's description gives its short name (*The flood agency,
known as BKPD, said*). Ukrainian given names and the
Kikuyu women's clan names say their bearer's sex (``lexicons/given_names.tsv``).
"""

from __future__ import annotations

import pytest

from .conftest import speakers


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("the Ferry Workers' Union", "Hull"),
        ("the Green Party", "Galway"),
        ("the Water Ministry", "Accra"),
        ("the Marine Institute", "Bergen"),
        ("the Kessler Foundation", "Denver"),
    ],
)
def test_a_spokesperson_for_a_body_in_a_place_is_not_the_place(body: str, place: str) -> None:
    text = f'A spokesperson for {body} in {place} called the plan "a cut dressed up as a reform".'
    # The spokesperson of the body's branch, as "a spokesperson for the County
    # Council in Leeds" already was; never the place alone.
    assert speakers(text) == [f"A spokesperson for {body} in {place}"]


def test_a_body_in_a_place_as_the_subject_is_the_body() -> None:
    text = (
        "The Ferry Workers' Union in Hull said on Monday that the new rota was "
        '"a danger to every crew".'
    )
    assert speakers(text) == ["Ferry Workers' Union"]


def test_a_body_named_after_of_keeps_its_whole_name() -> None:
    # "of" joins a body's name (org_connectors.txt): no place is cut off here.
    text = 'The Ministry of Transport said the line would reopen "within the month".'
    assert speakers(text) == ["Ministry of Transport"]


def test_a_ukrainian_given_name_says_he() -> None:
    text = (
        "The platoon's commander, Capt. Mykola Bondar, said the village was quiet. "
        '"We have not fired a shot since Tuesday," he said.\n\n'
        "Serhii said he had been a baker before the war. He still bakes for the unit. "
        '"Bread on Sunday, whatever happens," he said.'
    )
    assert speakers(text) == ["Mykola Bondar", "Serhii"]


def test_a_kikuyu_clan_name_says_she() -> None:
    text = (
        "The school's principal, Peter Otieno, praised the class. Wambui, a pupil in "
        'the top year, read her essay aloud. "I wrote it about my grandmother," she '
        "told reporters."
    )
    assert speakers(text) == ["Wambui"]


def test_a_report_by_a_body_apposed_to_an_inspectorate_is_the_body() -> None:
    # "inspectorate" is a role and a body's noun (role_nouns.txt, body_nouns.tsv), as
    # "regulator" is: the demonym before it is a modifier, not a name.
    text = (
        "The report by Scolara, the Flemish schools inspectorate, published on Monday, "
        'says older pupils "argue well and listen better". It adds that '
        '"the library is too small for a school of this size."'
    )
    assert speakers(text) == ["Scolara", "Scolara"]


def test_a_role_then_a_body_in_apposition_is_the_body() -> None:
    text = (
        "The festival's organiser, the Lund Reading Trust, said in a statement that "
        'ticket sales had been "brisk from the first morning".'
    )
    assert speakers(text) == ["Lund Reading Trust"]


def test_a_role_then_a_person_in_apposition_is_still_the_person() -> None:
    text = 'The festival\'s organiser, Nadia Holm, said sales had been "brisk".'
    assert speakers(text) == ["Nadia Holm"]


def test_a_radio_call_goes_to_the_pilot_not_the_transcript() -> None:
    # "radioed" is a cue (cue_verbs.tsv): the subject after the "According to"
    # phrase spoke; the transcript only records it.
    text = (
        "According to the transcript, the first officer, Tove Brandt, radioed the tower "
        'as the jet turned: "Bird strike, left engine, we are coming back."'
    )
    assert speakers(text) == ["Tove Brandt"]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("The ministry rejected the claim on Monday", "The ministry"),
        ("The Halvarian foreign ministry rejected the claim", "The Halvarian foreign ministry"),
        ("The general staff backed the colonel in a short statement", "The general staff"),
    ],
)
def test_a_body_described_in_lower_case_speaks_in_its_participle(opening: str, body: str) -> None:
    # A body's noun (body_nouns.tsv) after "the" and modifiers, then its verb: the
    # body replies in the participle ("calling it", "saying"); "staff" is such a noun,
    # so a rank word before it ("general") is a modifier, not the speaker.
    text = f'{opening}, calling it "a story with no facts in it".'
    assert speakers(text) == [body]


def test_a_body_named_after_of_speaks_in_its_participle() -> None:
    text = (
        "The interior ministry of Halvaria on Friday dismissed the report, saying it "
        'was "written by people who have never visited".'
    )
    assert speakers(text) == ["The interior ministry of Halvaria"]


def test_a_body_noun_before_a_role_is_not_the_body() -> None:
    # "the ministry official": a person the body employs, read as before.
    text = 'The ministry official rejected the claim, calling it "a story with no facts".'
    assert speakers(text) == ["The ministry official"]


def test_a_body_known_by_a_short_name_is_that_name() -> None:
    # A naming frame (naming_frames.tsv) opens the apposition: the short name after
    # it is the body's, not the villager named before.
    text = (
        "One villager, a farmer named Sutrisno, said he had left his goats behind. "
        '"A neighbour will feed them," Sutrisno said.\n\n'
        "The regional flood agency, known as BKPD, said in a statement that the levee "
        'was "holding for now".'
    )
    assert speakers(text) == ["Sutrisno", "BKPD"]


def test_a_company_also_known_by_a_brand_is_the_brand() -> None:
    text = 'The company, also known as Brightline, said the deal was "done".'
    assert speakers(text) == ["Brightline"]
