"""Lower-case particles inside a name (h46-blind13): *el*, *ter*, *dos* and *das*
join a given name to a surname in running text as *van*, *de* and *bin* do
(``lexicons/name_particles.tsv``), so that "Sanne ter Horst" is one person and a
later "Ter Horst said", its particle capitalised at the cue, names her."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.lexicons import select
from quoteverify.speakers.mentions import find_names


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


def test_a_capitalised_particle_at_the_cue_names_the_full_name() -> None:
    text = (
        "The harbour board met on Tuesday. Its new chair, Ruud ter Haar, said the "
        'budget was "tight but honest".\n\n'
        '"We will not sell the north quay," Ter Haar said.'
    )
    assert _names(text) == ["Ruud ter Haar", "Ruud ter Haar"]


def test_el_inside_a_name_after_a_role_and_an_inverted_cue() -> None:
    text = (
        '"The ferry timetable is a mess," said transport organiser Karim el Fassi.\n\n'
        '"We need two more boats," El Fassi added.'
    )
    assert _names(text) == ["Karim el Fassi", "Karim el Fassi"]


def test_dos_and_das_join_a_portuguese_name() -> None:
    rows = [f.head for f in find_names("Later Joana dos Reis met Lucas das Neves in Porto.")]
    assert "Joana dos Reis" in rows and "Lucas das Neves" in rows


def test_a_particle_still_joins_only_between_two_capitalised_words() -> None:
    # "el" after a lower-case word opens no name: the capitalised word stands alone
    heads = [f.head for f in find_names("The band played el Tango and left.", lone=True)]
    assert "Tango" in heads and not any("el" in h.split() for h in heads)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(sorted(select("name_particles", joins=True))),
    st.sampled_from(["Ilse", "Omar", "Tomas", "Marta"]),
    st.sampled_from(["Varela", "Kessing", "Brouwer", "Amrani"]),
)
def test_every_joining_particle_keeps_the_full_name(
    particle: str, given_name: str, surname: str
) -> None:
    # every joining particle of the lexicon, between a given name and a surname
    full = f"{given_name} {particle} {surname}"
    text = f'"The vote was close," said {full}.\n\n"We will count again," {full} added.'
    assert _names(text) == [full, full]
