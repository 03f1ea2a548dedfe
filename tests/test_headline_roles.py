"""A headline's quote given only a role (*Ferry captain*, *she*) takes the person
the body names when a body quote prints its words (``turns.echoes``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import turns

_BODY = "The harbour board met on Monday to hear from its pilots.\n\n"


def _first(text: str) -> tuple[str | None, str | None]:
    q = parse(text).quotes[0]
    return (
        q.speaker.name if q.speaker is not None else None,
        q.cue.rule if q.cue is not None else None,
    )


def test_role_headline_takes_the_named_body_speaker() -> None:
    text = (
        "Harbour pilot says she 'will not sail again'\n\n"
        + _BODY
        + '"I will not sail again, not after that night," Tess Marlow said.'
    )
    assert _first(text) == ("Tess Marlow", "headline-echo")


def test_pronoun_headline_takes_the_named_body_speaker() -> None:
    text = (
        "At 80, a retired pilot on why she stayed: 'The sea was my office'\n\n"
        + _BODY
        + '"The sea was my office for fifty years," said Tess Marlow.'
    )
    assert _first(text)[0] == "Tess Marlow"


def test_most_of_the_words_will_do_for_a_long_quote() -> None:
    text = (
        "Ferry captain: 'They told me the engines were fine every single week'\n\n"
        + _BODY
        + '"They told me the old engines were fine every single week," said Tess Marlow.'
    )
    assert _first(text) == ("Tess Marlow", "headline-echo")


def test_near_miss_a_named_headline_speaker_is_kept() -> None:
    text = (
        "Ana Ruiz says port 'will not close this year'\n\n"
        + _BODY
        + '"The port will not close this year," said Tom Hale.'
    )
    assert _first(text)[0] == "Ana Ruiz"


_PILOT = "Harbour pilot says she 'will not sail again'"
_CLERKS = "".join(f'"Boat {n} is fine," said a clerk.\n\n' for n in range(7))


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # the body's speaker has no name
        (_PILOT, '"I will not sail again," a second pilot said.'),
        # the body never prints the headline's words
        (_PILOT, '"The tide tables were wrong," Tess Marlow said.'),
        # a short quote with a word changed
        (
            "Harbour pilot says boats 'must stay docked'",
            '"Boats must stay moored," Tess Marlow said.',
        ),
        # an organisation keeps its quote
        (
            "Port board says plan 'will not work this winter'",
            '"The plan will not work this winter," said Tess Marlow, its spokeswoman.',
        ),
        # a name of one word
        (_PILOT, '"I will not sail again," Marlow said.'),
        # the echo stands past the lead's quotes
        (_PILOT, _CLERKS + '"I will not sail again," Tess Marlow said.'),
    ],
)
def test_near_misses_keep_the_headline_reading(headline: str, body: str) -> None:
    assert _first(f"{headline}\n\n{_BODY}{body}")[1] != "headline-echo"


@given(st.lists(st.sampled_from(["tide", "pier", "boat", "harbour", "quay", "rope"]), max_size=8))
def test_most_words_prints_itself_and_never_reads_a_short_quote(words: list[str]) -> None:
    needle = " ".join(words)
    long = len(words) >= turns._MOST_WORDS
    assert turns._most_words(needle, needle) is long


def test_near_miss_a_speaker_quoting_the_words_back_is_not_their_author() -> None:
    text = (
        "The council leader promised 'cheaper fares for every rider' by May.\n\n"
        "Tess Marlow was not impressed. \"We heard 'cheaper fares for every rider' "
        'last spring too," she said.'
    )
    assert _first(text)[1] != "headline-echo"


def test_a_body_speaker_whose_name_holds_a_particle_is_named_in_full() -> None:
    # "van der" is lower case but no role: the name is taken (h54c-review; failed
    # while _lower_word counted a name's particles).
    text = (
        _PILOT + "\n\n" + _BODY + '"I will not sail again, not after that night," '
        "Tess van der Marlow said."
    )
    assert _first(text) == ("Tess van der Marlow", "headline-echo")


def test_near_miss_a_headline_pronoun_identity_resolved_is_kept() -> None:
    # "she" is Ana Ruiz already: not a role only, so a later quote of the same words
    # by someone else does not take it (fails without _role_only's name test).
    text = (
        "Ana Ruiz quits; she says the board 'never heard us at all'\n\n"
        + _BODY
        + '"The board never heard us at all," said Tom Hale, who left with her.'
    )
    assert _first(text)[0] == "Ana Ruiz"


def test_near_miss_a_role_past_the_texts_first_quotes_is_kept() -> None:
    # Four quotes come first, so the pilot's line is no headline's: its role stays
    # (fails with _ROLE_FIRST unbounded).
    lead = "".join(
        f'"{word} was the word at the meeting," said {name}.\n\n'
        for word, name in [
            ("Tides", "Ola Brenn"),
            ("Ropes", "Ivo Stamm"),
            ("Quays", "Lea Kord"),
            ("Piers", "Uma Falk"),
        ]
    )
    text = (
        "Harbour board meets\n\n" + lead + _PILOT + "\n\n"
        '"I will not sail again, not after that night," said Tess Marlow.'
    )
    assert parse(text).quotes[4].speaker_name == "Harbour pilot"


@pytest.mark.parametrize(
    "body",
    [
        "They told me the brakes were checked every single week",
        "They told me the engines were failing every other week",
    ],
)
def test_near_miss_a_long_quote_with_its_point_changed_is_no_echo(body: str) -> None:
    # Most of the frame, not most of the words: two content words changed keep the
    # headline's role (fails with _MOST_SCORE at 70; these score 80 and 84).
    text = "Ferry captain: 'They told me the engines were fine every single week'\n\n"
    text += _BODY + f'"{body}," said Tess Marlow.'
    assert _first(text)[0] != "Tess Marlow"
