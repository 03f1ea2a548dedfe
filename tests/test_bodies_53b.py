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


# A body's kind in apposition, after *a* or *the*, with a nation's or a place's
# name among its modifiers (identity._NAME_KIND), and the kinds *utility*,
# *regulator*, *watchdog* (body_kinds.tsv): the kind's noun names that body again,
# not the body named last.


def test_kind_in_apposition_after_a_nation_names_the_body_again() -> None:
    text = (
        "Ostervolt, a Danish firm, said it would appeal the fine. The Federal Trade "
        'Commission said it would not comment.\n\n"We disagree," the firm said.'
    )
    assert _speakers(text) == ["Ostervolt"]


def test_kind_in_apposition_after_the_names_the_body_again() -> None:
    text = (
        "Trellrail, the train operator, cancelled 30 services. The Office of Rail "
        'Review said it would look into it.\n\n"We apologise," the operator said.'
    )
    assert _speakers(text) == ["Trellrail"]


def test_utility_in_apposition_is_the_utility() -> None:
    text = (
        "Merevolt Energie, a Belgian utility, raised its tariffs on Monday.\n\n"
        '"Gas costs twice what it did," the utility said.'
    )
    assert _speakers(text) == ["Merevolt Energie"]


def test_regulator_before_its_name_is_the_regulator_past_a_company() -> None:
    text = (
        "The regulator Aquastand fined Brenmoor Water Ltd on Friday.\n\n"
        '"Customers were let down," the regulator said.'
    )
    assert _speakers(text) == ["Aquastand"]


def test_the_company_past_a_named_regulator_is_the_company() -> None:
    # guard: the regulator's kind keeps it from being "the company"
    text = (
        "Aquastand, the water regulator, fined Brenmoor Water Ltd on Friday.\n\n"
        '"We will appeal," the company said.'
    )
    assert _speakers(text) == ["Brenmoor Water Ltd"]


def test_person_in_apposition_after_a_place_is_no_body() -> None:
    # guard: a given name first keeps a person out of the bodies
    text = 'Ana Velloso, a Lisbon lawyer, said it would fail. "We disagree," the firm said.'
    assert _speakers(text) == ["the firm"]


def test_watchdog_before_its_name_is_the_watchdog() -> None:
    text = (
        "The watchdog Fairtill fined Corrigan Stores Ltd on Friday.\n\n"
        '"Shoppers paid too much," the watchdog said.'
    )
    assert _speakers(text) == ["Fairtill"]
