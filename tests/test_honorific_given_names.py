"""An honorific before the given name of an Arab name (h43-names): *Sheikh Tamim*
after *Emir Tamim bin Hamad Al Thani* is the same person, whatever title the
text first gave him, and never a person of that given name without a
patronymic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.lexicons import load


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


def test_sheikh_and_given_name_join_an_emir_named_in_full() -> None:
    text = (
        "Emir Hamid bin Saud Al Karim opened the summit in the capital on Monday.\n\n"
        '"Our doors stay open to every party," Emir Hamid said.\n\n'
        'Later, "The ceasefire must hold," Sheikh Hamid told the delegates.'
    )
    names = _names(text)
    assert len(names) == 2
    assert all(n is not None and "Hamid bin Saud Al Karim" in n for n in names)


def test_sheikha_joins_a_woman_named_with_bint_and_no_title() -> None:
    text = (
        "Noura bint Faisal Al Sabah chaired the foundation's board this year.\n\n"
        '"We will fund forty new schools," Sheikha Noura said on Tuesday.'
    )
    (name,) = _names(text)
    assert name is not None and "Noura bint Faisal Al Sabah" in name


def test_sheikh_does_not_join_a_man_of_that_given_name_without_a_patronymic() -> None:
    text = (
        "Hamid Karimov, a trader, watched the vote from the gallery.\n\n"
        '"The market will settle," Sheikh Hamid said.'
    )
    (name,) = _names(text)
    assert name is None or "Karimov" not in name


_GIVEN = st.sampled_from(["Hamid", "Faisal", "Khalid", "Rashid", "Tarek"])
_FATHER = st.sampled_from(["Saud", "Zayed", "Nasser", "Hamad"])


@settings(max_examples=40, deadline=None)
@given(
    _GIVEN,
    _FATHER,
    st.sampled_from(["Emir", "Sultan", "Crown Prince"]),
    st.sampled_from(sorted(load("patronymic_particles"))),
)
def test_the_short_form_names_the_full_name_whatever_the_first_title(
    given_name: str, father: str, title: str, particle: str
) -> None:
    # every particle of the lexicon: one no name holds would be a row read by nothing
    full = f"{given_name} {particle} {father} Al Mansour"
    text = (
        f"{title} {full} arrived in the capital on Sunday.\n\n"
        f'"The talks went well," Sheikh {given_name} said afterwards.'
    )
    (name,) = _names(text)
    assert name is not None and full in name
