"""A cause read from the fit half of the PolNeAR quote-mark check (h35-gold): a short
title whose comma sits inside the marks. Every sentence here is our own."""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind
from quoteverify.text.kinds import SHORT_NAME, names_by_form
from tests.test_kinds_news import quote_of

N = QuoteKind.NON_SPEECH

# A short title with the comma inside its marks, the sentence running on in lower case.
TITLES_WITH_COMMA = [
    ('The channel has big plans for "Night Desk," which returns in May.', "Night"),
    ('Last year "Harbour Lights," with its cast of unknowns, drew ten million viewers.', "Harbour"),
    ('Even "Dust Bowl Days," once a flop, sells well now.', "Dust"),
]


@pytest.mark.parametrize(("text", "start"), TITLES_WITH_COMMA)
def test_a_short_title_with_its_comma_inside_the_marks_is_no_speech(text: str, start: str) -> None:
    q = quote_of(text, start)
    assert q.kind is N and q.kind_reason == SHORT_NAME, q.kind_reason
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a speech cue right after the comma: the words of the one it names
        ('"Not Now," said Ana Ruiz, and left.', "Not"),
        ('Ruiz called the deal "Unfair," adding that she would vote no.', "Unfair"),
        # a speech cue anywhere in the sentence leaves the quote to the cue's rules
        ('Ruiz told the council it was "Too Late," and walked out.', "Too"),
    ],
)
def test_speech_with_a_comma_inside_the_marks_stays_speech(text: str, start: str) -> None:
    assert quote_of(text, start).kind is not N


def test_names_by_form_leaves_naming_frames_to_the_echo() -> None:
    assert names_by_form(SHORT_NAME) and names_by_form("a title after 'on'")
    assert not names_by_form("named by the frame 'called'")
    assert not names_by_form("a short fragment with no speech cue (a scare quote)")
