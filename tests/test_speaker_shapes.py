"""Speaker shapes users see (issue 14): a paper whose name ends on a time word
(*USA Today*), the person named after *was the message from*, and names that must
never hold a clause or a time word."""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse


@pytest.mark.parametrize("cue", ["reported", "said", "wrote"])
@pytest.mark.parametrize("paper", ["USA Today", "USA TODAY"])
def test_a_paper_named_for_today_speaks_after_the_quote(paper: str, cue: str) -> None:
    text = f"The ferry was late again. “The timetable is a fiction,” {paper} {cue}."
    (q,) = parse(text).quotes
    assert q.speaker_name == "USA Today"
    assert q.speaker is not None and q.speaker.kind is SpeakerKind.ORGANIZATION


def test_a_time_word_after_a_name_is_still_no_word_of_it() -> None:
    (q,) = parse("“The pier stays shut,” Ana Ruiz said Today.").quotes
    assert q.speaker_name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("was the message from Ana Ruiz, the harbour master.", "Ana Ruiz"),
        ("was the blunt reply from Tom Hale.", "Tom Hale"),
        ("was the statement by the ferry company.", "the ferry company"),
    ],
)
def test_the_person_after_was_the_message_from_speaks(tail: str, speaker: str) -> None:
    (q,) = parse(f"“We will not pay the new fee,” {tail}").quotes
    assert q.speaker_name == speaker


def test_was_the_message_with_no_author_names_nobody() -> None:
    (q,) = parse("“Keep the pier open,” was the message of the morning.").quotes
    assert q.speaker_name is None
