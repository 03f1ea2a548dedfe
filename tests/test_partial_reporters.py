"""Leads h47-blind15 and h47b-blind16 left (issue 14, h47c-partial).

A group of a body's staff named by a plural role and *at* (*Economists at Halvard
Bank said*, *Forecasters at the Kestrel Weather Office said*) speaks as the body, an
organisation: the shape of wire copy quoting a bank's, an agency's or an institute's
staff as one voice (``mentions._role_group_at_body``). A partial quote inside a
clause that a verb of saying reports (*the lawyer said her client had asked for it
"as soon as possible"*) is the reporter's, not the clause subject's
(``attribution._outer_reporter``).
"""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers.mentions import find_names, phrase_after
from quoteverify.text.layer import tokenize


def _speaker(text: str) -> tuple[str | None, str | None]:
    (q,) = qv.parse(text).quotes
    sp = q.speaker
    return (None, None) if sp is None else (sp.name, sp.kind.value)


def test_staff_at_a_one_word_body_speak_as_the_body() -> None:
    text = 'Economists at Halvard said the fall in prices was "only a pause" this spring.'
    assert _speaker(text) == ("Halvard", "organization")


def test_staff_at_a_named_institute_speak_as_the_institute() -> None:
    text = 'Researchers at the Orrin Institute said the first trial looked "very hopeful."'
    assert _speaker(text) == ("Orrin Institute", "organization")


def test_forecasters_at_an_office_in_a_coordinated_cue() -> None:
    text = (
        "Forecasters at the Kestrel Weather Office said rain would ease by Friday but "
        'warned of "dangerous gales" on the coast.'
    )
    assert _speaker(text) == ("Kestrel Weather Office", "organization")


def test_a_counted_group_at_a_body_stays_the_group() -> None:
    text = 'Two analysts at Halvard said the fall was "only a pause" this spring.'
    name, _kind = _speaker(text)
    assert name != "Halvard"


def test_a_lawyer_reports_her_clients_request() -> None:
    text = (
        "Defence lawyer Pia Horvat said her client had asked for the second test to be "
        'run "as soon as possible" and would pay for it.'
    )
    assert _speaker(text)[0] == "Pia Horvat"


def test_a_doctor_reports_what_most_patients_were() -> None:
    text = (
        "A surgeon at the clinic, Ana Ruiz, said most patients admitted with burns were "
        '"young men on building sites".'
    )
    assert _speaker(text)[0] == "Ana Ruiz"


def test_a_reporter_reports_what_someone_called_it() -> None:
    text = 'Tomas Lind said the minister had called the plan "a disaster" last week.'
    assert _speaker(text)[0] == "Tomas Lind"


def test_a_currency_code_ends_a_name_run() -> None:
    text = "The regulator fined the ferry firm Calder Line NZ$3.1 million on Tuesday."
    assert [f.head for f in find_names(text)] == ["Calder Line"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("the ferry firm Calder Line US$40 million", "Calder Line"),  # read after a verb
        ("the Marlow Freight HK$9 million", "Marlow Freight"),  # read on after "the"
    ],
)
def test_a_currency_code_ends_a_phrase_read_after_a_verb(text: str, head: str) -> None:
    toks = tokenize(text, 0, len(text))
    found = phrase_after(toks, 0, text=text)
    assert found is not None
    assert found.head == head


def test_capitals_before_a_spaced_sign_stay_in_the_name() -> None:
    text = "Rosa Vale of Calder Line AB said it would pay."
    assert "Calder Line AB" in [f.head for f in find_names(text)]


def test_a_currency_code_after_a_kind_is_no_word_of_the_body() -> None:
    # the registry's reader of a name after a body's kind (identity._KIND_NAME)
    text = (
        "A tribunal fined the shipping company Marlow Freight NZ$1.8 million on Friday. "
        '"We respect the decision," the company said.'
    )
    assert _speaker(text)[0] == "Marlow Freight"
