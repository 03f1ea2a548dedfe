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

import quoteverify as qv


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
