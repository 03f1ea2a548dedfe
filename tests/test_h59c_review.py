"""Second read of stop 59's second wave (issue 14, h59c-review): a person after a
body's *and* read after *said the* (the loose reading's complement,
`mentions._complement_end`) and a person with an initial (*and J. Roe*,
`mentions._person_opens`, `_cap_run`, `_person_after_and`). Every story is invented."""

from __future__ import annotations

import pytest

import quoteverify as qv
from quoteverify.speakers.mentions import PhraseKind, name_rows


def _speaker(text: str) -> str | None:
    (quote,) = qv.parse(text).quotes
    return quote.speaker_name


def _rows(text: str) -> list[tuple[str, PhraseKind]]:
    return [(r[2], r[3]) for r in name_rows(text, lone=True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will rebuild the pier," said the Bank of Vale and Ana Roe.', "Bank of Vale"),
        ('"The levy stays," said the Board of Tides & Simon Kell.', "Board of Tides"),
    ],
)
def test_said_the_body_of_a_place_and_a_person_names_the_body(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no person after "and": the complement reads on as before
        (
            '"The data are thin," said a 2013 article in the journal Judgment and Decision Making.',
            "a 2013 article in the journal Judgment and Decision Making",
        ),
        (
            '"We will rebuild the pier," said the Bank of Vale and the Harbor Council.',
            "the Bank of Vale and the Harbor Council",
        ),
    ],
)
def test_near_miss_said_the_with_no_person_after_and_is_unchanged(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("They met the Harbor Council and J. Roe on Friday.", "Harbor Council", "J. Roe"),
        ("Officials of the Tidewater Board & K. Lund met today.", "Tidewater Board", "K. Lund"),
    ],
)
def test_an_initial_after_a_bodys_and_opens_a_person(text: str, body: str, person: str) -> None:
    rows = _rows(text)
    assert (body, PhraseKind.ORGANIZATION) in rows
    assert (person, PhraseKind.NAME) in rows


def test_near_miss_an_initial_before_a_head_word_is_no_person() -> None:
    # "J. Trust" ends on a body's head word: no person is read out of it.
    rows = _rows("They met the Harbor Council and J. Trust on Friday.")
    assert all(kind is not PhraseKind.NAME for _, kind in rows)


def test_near_miss_a_lone_given_name_after_and_is_no_person() -> None:
    # A place after a body's "and" may be a given name ("Victoria"): one word alone
    # opens no person's name (the run must have two words).
    rows = _rows("They met the Bank of Vale and Victoria on Friday.")
    assert ("Victoria", PhraseKind.NAME) not in rows


def test_near_miss_an_outer_quote_spoken_to_the_relation_is_not_read() -> None:
    # No sentence ends before the outer quote: Pike speaks it to her landlord, so the
    # "he" inside is someone else (attribution._narrated_relation's sentence end).
    text = (
        "Lorna Pike told her landlord, \"He said, 'Open a window, love,' "
        'and I did," and the man shrugged.'
    )
    speakers = {q.text: q.speaker_name for q in qv.parse(text).quotes}
    assert speakers["Open a window, love,"] != "her landlord"
