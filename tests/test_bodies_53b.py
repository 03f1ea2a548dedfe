"""Bodies named again by *it* or *the company* (issue 14, h53b-bodies).

Each test below that is no guard fails without the change it names (checked by
removing the change).
"""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


# A one-word name opening its sentence before a cue, that the sentence calls *it*,
# is a body: *the company* and *it* after it name it
# (identity._Registry._opening_word, _opening_word_back).


def test_one_word_body_opening_a_sentence_is_the_company_in_its_paragraph() -> None:
    text = (
        "Brintavo said on Monday it would close two depots. "
        '"Fuel costs left no choice," the company said.'
    )
    assert _speakers(text) == ["Brintavo"]


def test_one_word_body_opening_the_paragraph_before_is_the_company() -> None:
    text = (
        "Quellmark announced on Thursday that it would shed 150 jobs.\n\n"
        '"Demand for our panels has fallen," the company said in a statement.'
    )
    assert _speakers(text) == ["Quellmark"]


def test_one_word_body_is_the_company_past_a_regulator_named_between() -> None:
    text = (
        "Sorvane said it would recall 9,000 kettles. The Consumer Product Safety "
        "Commission said the kettles could leak.\n\n"
        '"Nobody has been hurt," the company said.'
    )
    assert _speakers(text) == ["Sorvane"]


def test_one_word_body_is_it_in_the_next_sentence() -> None:
    text = 'Tarrowind said on Friday it had fixed the fault. "Every turbine is running," it said.'
    assert _speakers(text) == ["Tarrowind"]


def test_surname_of_a_person_named_before_is_no_body() -> None:
    # guard: "Oyelaran said it was fair" is the person named in full before
    text = (
        "Grace Oyelaran runs the depot.\n\n"
        'Oyelaran said on Friday it was a fair offer. "We will not sell," the company said.'
    )
    assert _speakers(text) == ["the company"]


def test_common_word_opening_a_sentence_is_no_body() -> None:
    # guard: "Police said it" is a group, not a firm's name
    text = 'Police said it was calm. "Stay indoors," the company said.'
    assert _speakers(text) == ["the company"]


def test_opening_word_followed_by_he_is_no_body() -> None:
    # guard: the sentence calls its subject "he", a person's pronoun
    text = 'Brasko said he was wrong.\n\n"We are sorry," the company said.'
    assert _speakers(text) == ["the company"]


# A name ending in *Labs* is a company's (org_name_heads.txt, body_nouns.tsv):
# *the company* names it again, past a regulator named between.


def test_labs_name_is_the_company() -> None:
    text = 'Pellory Labs released a new model on Tuesday. "It is our best yet," the company said.'
    assert _speakers(text) == ["Pellory Labs"]


def test_labs_name_is_the_company_past_a_regulator() -> None:
    text = (
        "Harwen Labs recalled a speaker on Monday. The Consumer Product Safety "
        "Commission said its battery could swell.\n\n"
        '"We are sorry for the trouble," the company said.'
    )
    assert _speakers(text) == ["Harwen Labs"]


def test_the_agency_past_a_labs_name_is_the_regulator() -> None:
    # guard: the agency's noun names the commission, not the company
    text = (
        "Harwen Labs recalled a speaker on Monday. The Consumer Product Safety "
        "Commission said its battery could swell.\n\n"
        '"Stop using it now," the agency said.'
    )
    assert _speakers(text) == ["Consumer Product Safety Commission"]
