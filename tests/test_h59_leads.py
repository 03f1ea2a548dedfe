"""The lead's list of names read wrong at stop 59 (h59-leads): body heads the
registry missed, two bodies joined by *and*, and an *s*-possessive's bare
apostrophe."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers.mentions import name_rows


def _speaker(text: str) -> tuple[str | None, SpeakerKind | None]:
    (quote,) = parse(text).quotes
    if quote.speaker is None:
        return None, None
    return quote.speaker.name, quote.speaker.kind


# -- body heads (lexicons/org_name_heads.txt) ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The Potters Guild said "the kilns are cold" this winter.', "Potters Guild"),
        ('The Farmers Confederation said "prices must rise" on Friday.', "Farmers Confederation"),
        ('The Tanners Brotherhood said "we will strike" at noon.', "Tanners Brotherhood"),
        ('The Delta Mapping Consortium said "the data is open" today.', "Delta Mapping Consortium"),
        ('The Orrin Syndicate said "the bid stands" on Monday.', "Orrin Syndicate"),
    ],
)
def test_body_heads_name_an_organisation(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a given name before a head that is also a surname
        # (lexicons/surname_heads.txt), and a lower-case common noun
        ('Tom Guild said "the kilns are cold" this winter.', "Tom Guild"),
        ('Ana Roe, who flew in by air, said "the kilns are cold" today.', "Ana Roe"),
    ],
)
def test_body_heads_near_misses(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.PERSON)


# -- two bodies joined by "and" (mentions._two_bodies_at) ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Halden College and Brook University both closed. "We are shut," Halden College said.',
            "Halden College",
        ),
        (
            "Eastline Airways and Northwind Airways both cancelled flights. Eastline Airways "
            'said it had no crew. "We are sorry," the airline said.',
            "Eastline Airways",
        ),
        (
            'Eastline Airways and Northwind Airways both cut routes. "We are sorry," '
            "Eastline Airways said.",
            "Eastline Airways",
        ),
    ],
)
def test_two_bodies_joined_by_and_stay_two(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: one field before "and" is one body's name
        (
            'The Food and Drug Administration said "the pill is safe" today.',
            "Food and Drug Administration",
        ),
        (
            'The University and College Union said "we will strike" on Friday.',
            "University and College Union",
        ),
        (
            'The Police and Fire Department said "we are ready" on Friday.',
            "Police and Fire Department",
        ),
        (
            'The Department of Health and Human Services said "the pill is safe" today.',
            "Department of Health and Human Services",
        ),
    ],
)
def test_one_body_with_and_stays_whole(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


# -- an s-possessive's bare apostrophe (documents._possessive_owner, name_rows) ---


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'Inspectors visited on Monday. Reuters\' report said "the plant was shut" then.',
            "Reuters",
            SpeakerKind.ORGANIZATION,
        ),
        (
            'Inspectors visited on Monday. Reuters’ report said "the plant was shut" then.',
            "Reuters",
            SpeakerKind.ORGANIZATION,
        ),
        (
            'Inspectors visited on Monday. Dana Sanders\' report said "the plant was shut".',
            "Dana Sanders",
            SpeakerKind.PERSON,
        ),
    ],
)
def test_bare_possessive_owns_the_document(text: str, name: str, kind: SpeakerKind) -> None:
    assert _speaker(text) == (name, kind)


def test_a_plural_nouns_bare_possessive_leaves_the_document() -> None:
    text = 'The inspectors\' report said "the plant was shut" on Monday.'
    assert _speaker(text) == ("The inspectors' report", SpeakerKind.DOCUMENT)


@pytest.mark.parametrize("text", ["Dana Sanders' aide left.", "The Halden Times’ editor left."])
def test_bare_possessive_apostrophe_never_in_a_name(text: str) -> None:
    assert [row[2] for row in name_rows(text, lone=True) if row[2].endswith(("'", "’"))] == []


@given(st.sampled_from(["Reuters", "Dana Sanders", "The Halden Times", "Jo Ames"]))
def test_bare_and_full_possessive_agree(owner: str) -> None:
    tail = ' report said "the plant was shut" on Monday.'
    assert _speaker(owner + "'" + tail)[0] == _speaker(owner + "'s" + tail)[0]
