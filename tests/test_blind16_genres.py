"""The news genres of blind set 16 (issue 14, h47b-blind16): culture, crime, business,
disasters and obituaries.

Irish given names say their bearer's sex (``lexicons/given_names.tsv``), so *he
replied* after a woman named with one (*Aoife*, *Gráinne*, accents read plain) goes
past her to the man she questioned, the shape of an inquiry's or a tribunal's counsel
asking a witness. A name in apposition after a person's affiliation to a body
described in lower case (*Katrin Vos of the regional water authority, HWA Nord,
said*) is the body's, so no *she* stands for it (``_body_named_after`` in
``speakers/identity.py``): the shape of a forecaster or a scientist at an agency
whose name looks like a person's (an acronym and a place).
"""

from __future__ import annotations

from .conftest import speakers


def test_he_replies_past_a_counsel_with_an_irish_womans_name() -> None:
    text = (
        "Detective Ronan Keogh gave evidence to the tribunal on Monday.\n\n"
        "The tribunal's counsel, Aoife Brennan, asked whether he had kept notes of the "
        'meetings. "Every day, in a blue notebook," he replied.'
    )
    assert speakers(text) == ["Ronan Keogh"]


def test_an_accented_irish_given_name_says_a_woman() -> None:
    text = (
        "Site manager Tadhg Furlong told the hearing the crane had been inspected.\n\n"
        "The panel's counsel, Gráinne Tuohy, asked whether the inspection had covered "
        'the cables. "Every cable, and the hook twice," he replied.'
    )
    assert speakers(text) == ["Tadhg Furlong"]


def test_a_body_named_after_her_affiliation_is_no_one_she_stands_for() -> None:
    text = (
        "Heavy rain flooded the valley on Sunday.\n\n"
        "Hydrologist Katrin Vos of the regional water authority, HWA Nord, said the "
        'river rose two metres overnight. "We have not seen it this high since 1993," '
        "she said."
    )
    (name,) = speakers(text)
    assert name is not None and name.endswith("Katrin Vos")


def test_a_spokeswomans_name_after_her_body_is_still_hers() -> None:
    text = (
        "Heavy rain flooded the valley on Sunday.\n\n"
        "A spokeswoman for the fire service, Lena Borg, said crews had rescued six "
        'people. "Two were on a roof," she said.'
    )
    assert speakers(text) == ["Lena Borg"]
