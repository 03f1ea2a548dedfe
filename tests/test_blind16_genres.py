"""The news genres of blind set 16 (issue 14, h47b-blind16): culture, crime, business,
disasters and obituaries.

Irish given names say their bearer's sex (``lexicons/given_names.tsv``), so *he
replied* after a woman named with one (*Aoife*, *Gráinne*, accents read plain) goes
past her to the man she questioned, the shape of an inquiry's or a tribunal's counsel
asking a witness.
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
