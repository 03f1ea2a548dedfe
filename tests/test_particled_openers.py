"""A surname of two particles that opens its sentence (h58b-names): *Van der Brink*,
*De la Mora*, whose particles the article prints in lower case beside the given name,
is read whole, so it stays the sentence's subject that a *he* or *she* after it takes
(``identity._particles_open``, asked by ``_Registry._strip_openers``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.lexicons import select
from quoteverify.speakers import identity
from quoteverify.speakers.identity import _particles_open


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in qv.parse(text).quotes]


def test_van_der_opening_a_sentence_is_the_subject_a_later_he_takes() -> None:
    text = (
        "The talks will go on next week, the mediator, Joost van der Brink, said on "
        'Tuesday.\n"Both delegations have agreed to meet without conditions. That was '
        'not so last spring," Mr van der Brink said after seeing each side on its own.\n'
        '"We will not accept a deal that closes our harbour," Camilleri said.\n'
        "Van der Brink refused to name a date. "
        '"A date only makes everyone dig in," he said.'
    )
    assert _names(text)[-1] == "van der Brink"


def test_de_la_opening_a_sentence_is_the_subject_a_later_she_takes() -> None:
    text = (
        "The prisons are full beyond their design, the ombudswoman, Lucía de la Mora, "
        'said on Monday.\n"The cells hold twice their number. Nobody planned for that," '
        "Ms de la Mora said after touring them separately.\n"
        '"We have built two new wings, and a third is planned," Herrera said.\n'
        "De la Mora was not persuaded. "
        '"Two wings will be full by spring," she said.'
    )
    assert _names(text)[-1] == "de la Mora"


def test_a_first_surname_with_particles_opening_a_sentence_keeps_the_full_name() -> None:
    # A Spanish double surname cut to its first surname, with its particles
    # capitalised to open the sentence: still the woman named in full, and the
    # subject her "she" takes (not the other woman quoted between).
    text = (
        "The cooperative's president, Rosa María de la Peña Soler, called the vote "
        'for Friday.\n"We could have held out for one more harvest, maybe two," de la '
        "Peña told growers outside the hall.\nThe buyer's director, Teresa del Río, "
        'promised to keep both presses running. "No grower will be dropped," she said.\n'
        "De la Peña said the price per crate would be fixed for three years. "
        '"Nobody loses a contract because of this," she said.'
    )
    assert _names(text)[-1] == "Rosa María de la Peña Soler"


def test_the_mention_opens_on_the_capitalised_particle() -> None:
    # The registry's mention starts at "Van", where the sentence starts, not at
    # the surname's last word.
    text = (
        "The mediator, Joost van der Brink, arrived on Tuesday. Mr van der Brink met "
        "both sides. Van der Brink refused to name a date."
    )
    starts = [text[p:s] for p, _, s in identity._Registry(text).every_mention()]
    assert starts[-1] == "Van der Brink"


def test_a_single_capitalised_particle_then_a_name_is_not_read_as_two_particles() -> None:
    # Near miss: one particle before the surname ("Van Brink") and a given name *Al*
    # are no run of particles.
    assert not _particles_open("Van", "Brink")
    assert not _particles_open("Al", "Hale")
    assert not _particles_open("De", "Facto")


def test_a_common_opening_word_before_a_particle_is_still_dropped() -> None:
    # Near miss: "Poor" opens the sentence; it is no particle.
    assert not _particles_open("Poor", "de")


def test_al_as_a_given_name_opening_a_sentence_keeps_its_speaker() -> None:
    text = (
        "Al Hale coached the team for a decade. "
        '"We never had the money," Al Hale said. '
        "The club's new owner, Mona al Sabah, disagreed. "
        '"There was money, badly spent," she said.'
    )
    assert _names(text) == ["Al Hale", "Mona al Sabah"]


def test_a_van_at_a_sentence_start_is_no_name() -> None:
    text = (
        "Van drivers blocked the bridge on Friday. "
        '"We cannot pay the new toll," said Piet Smit, who drives a van for a bakery.'
    )
    assert _names(text) == ["Piet Smit"]


_JOINING = sorted(select("name_particles", joins=True))


@given(st.sampled_from(_JOINING), st.sampled_from(_JOINING))
def test_two_particles_open_only_when_the_second_is_lower_case(first: str, second: str) -> None:
    assert _particles_open(first.capitalize(), second)
    assert not _particles_open(first.capitalize(), second.capitalize())
