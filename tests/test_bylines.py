"""A byline on its own line under a headline (issue 14, h56b-blind40). Every sentence
here is our own, with invented names.

- *By Ana Roe, The Courier*: the reporter and the outlet named on that line are
  nobody the story speaks of, so a descriptor, a *he* or an *it* later in the story
  does not go back to them (:func:`quoteverify.speakers.identity._off_bylines`).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers.identity import _name_rows_seen, _off_bylines


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text).quotes]


def test_descriptor_not_given_to_the_reporter() -> None:
    text = (
        "Test flight delayed again\nBy Owen Pryce, Skyline Weekly\n"
        "The first test flight of the new airliner was put off on Monday.\n"
        '"We are not happy with one of the hydraulic pumps," the test director said.'
    )
    assert _speakers(text) == ["the test director"]


def test_pronoun_not_given_to_a_two_name_byline() -> None:
    # (a guard: the base gives "he" to the driver here too; two names joined by "and")
    text = (
        "Tram drivers walk out\nBy Mirela Dobre and Sean Walsh, Metro Herald\n"
        "LYON - Drivers stopped work on Tuesday.\n"
        "A 41-year-old driver who has worked on the network for ten years said the rotas "
        'were unsafe. "Nobody can drive nine hours without a break," he said at the depot.'
    )
    assert "Mirela Dobre" not in _speakers(text)
    assert "Sean Walsh" not in _speakers(text)


def test_it_not_given_to_the_outlet() -> None:
    text = (
        "Harbour dredging to start\nBy Staff Reporter, Coast Gazette\n"
        "The board's engineers said work would start in May.\n"
        '"Ships will be diverted to the north quay," it said.'
    )
    assert _speakers(text) != ["Coast Gazette"]


def test_named_speaker_in_the_story_kept() -> None:
    # The story names its speaker: the byline's going changes nothing.
    text = (
        "Ferry fares rise\nBy Owen Pryce, Skyline Weekly\n"
        '"Fuel has doubled," said Carla Mendes, the operator\'s finance director.'
    )
    assert _speakers(text) == ["Carla Mendes"]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, three flights had left.",  # a sentence, no byline
        "By Tuesday, the airline said, the backlog would clear.",
        "Stand By Me, the film, was shown on the flight.",
    ],
)
def test_sentences_opening_with_by_are_no_byline(line: str) -> None:
    text = f"Headline here\n{line}\nMore text follows."
    assert _off_bylines(text, _name_rows_seen(text)[0]) == _name_rows_seen(text)[0]


def test_byline_names_dropped_from_the_rows() -> None:
    text = "Strike ends\nBy Ana Roe, The Courier\nThe union's leader, Tom Hale, spoke."
    names = [r[2] for r in _off_bylines(text, _name_rows_seen(text)[0])]
    assert "Ana Roe" not in names
    assert "Tom Hale" in names


@given(st.text(alphabet="By AnaRoe,Th\n.x", max_size=80))
def test_off_bylines_keeps_a_subset_in_order(text: str) -> None:
    rows = _name_rows_seen(text)[0]
    kept = _off_bylines(text, rows)
    it = iter(rows)
    assert all(any(r == s for s in it) for r in kept)
