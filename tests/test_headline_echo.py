"""Two causes read from the fit half of the PolNeAR quote-mark check (h35-gold): a short
title whose comma sits inside the marks, and a headline's, subhead's or pull quote's
words that a later quote with a speaker prints. Every sentence here is our own."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, parse
from quoteverify.speakers import turns
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


# Headlines, subheads and pull quotes whose words a later quote prints, with its speaker.
ECHOES = [
    (
        "Ruiz 'not done yet' with the council\n\nThe mayor spoke on Monday.\n\n"
        '"We are not done yet with this council," said Ana Ruiz.',
        "Ana Ruiz",
    ),
    (
        "Port reopens after the storm\n\nThe harbour opened at dawn.\n\n"
        "'Back to work at last'\n\nDock crews cheered as the first ship came in.\n\n"
        '"We are back to work at last, and glad of it," said Tom Hale, a crane driver.',
        "Tom Hale",
    ),
    (
        "Council votes on the budget\n\nThe vote is on Friday.\n\n"
        '"Every ward will lose a library."\n\n'
        'Ana Ruiz, who leads the opposition, put it bluntly. "Every ward will lose a '
        'library," she said.',
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ECHOES)
def test_a_display_line_takes_the_speaker_of_the_quote_that_echoes_it(
    text: str, speaker: str
) -> None:
    q = parse(text).quotes[0]  # the display line's quote is each text's first
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.rule == "headline-echo"
    assert q.kind is not N
    without = tuple(r for r in turns.TURN_RULES if r.name != "echo")
    with mock.patch.object(turns, "TURN_RULES", without):
        alone = parse(text + " ").quotes[0]
    assert alone.speaker is None or alone.speaker.name != speaker


@pytest.mark.parametrize(
    "text",
    [
        # a title by its form alone stays nobody's words, however echoed
        'Fans back "Harbour Lights"\n\nThe show returns.\n\n'
        '"I love Harbour Lights and always will," said Kay Lund.',
        # a title a naming frame presents is its writer's title, not a quote of them
        "Ana Ruiz sent the board a memo titled 'Keep the Night Buses'.\n\n"
        '"We must keep the night buses," Ruiz said later.',
        # one word is too little to know an echo from a coincidence
        "Mayor 'ready'\n\nThe vote is near.\n\n\"We are ready,\" said Ana Ruiz.",
        # a long body paragraph is no display line
        "Budget talks go on.\n\nNext year brings more 'deep cuts' to the library service "
        "and to the buses, and the parks will close at six in winter.\n\n"
        '"These are deep cuts to every ward," said Ana Ruiz.',
    ],
)
def test_no_echo_for_a_title_a_single_word_or_a_body_paragraph(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.cue is None or q.cue.rule != "headline-echo", q.cue


def test_names_by_form_takes_titles_frames_and_short_names_not_scare_quotes() -> None:
    assert names_by_form(SHORT_NAME) and names_by_form("a title after 'on'")
    assert names_by_form("named by the frame 'titled'")
    assert not names_by_form("a short fragment with no speech cue (a scare quote)")


_WORD = st.text(alphabet="abcdefghij", min_size=3, max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORD, min_size=2, max_size=4), st.integers(min_value=0, max_value=3))
def test_an_echo_gives_only_a_speaker_some_later_quote_has(words: list[str], gap: int) -> None:
    phrase = " ".join(words)
    text = (
        f"Council hears '{phrase}'\n\n"
        + "The council met on Monday.\n\n" * gap
        + f'"I said {phrase} and I meant it," said Ana Ruiz.'
    )
    quotes = parse(text).quotes
    head = quotes[0]
    later = {q.speaker.name for q in quotes[1:] if q.speaker is not None}
    if head.cue is not None and head.cue.rule == "headline-echo":
        assert head.speaker is not None and head.speaker.name in later
