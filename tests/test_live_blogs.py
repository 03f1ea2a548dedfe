"""Live blogs: each timestamped entry is a unit for a pronoun.

A live blog prints short entries, each opened by a line that is only its time
(*14:05 GMT*, *3:40 p.m.*, *10.52pm*), a time and a dash, or a label and a time
(*Updated 10:02*): ``text.layer.entry_starts`` finds those lines. A *he* or *she* in an
entry that names a person who may be theirs is that person's, not someone's named
further back in an earlier entry (the walk of ``identity._Registry.resolve_pronoun``
stops at the entry's timestamp once the entry has given it a candidate). In an entry
that names nobody the pronoun goes on with the nearest person the blog says is of
its sex (a title, a quote's cue with that pronoun), before someone nearer whose sex
nothing says.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.text.layer import _entry_line, entry_starts

_HEARING = (
    "Live: Depot fire hearing\n"
    "10:02\n"
    "The hearing has resumed. The chair, Mr. Ian Moss, opened by reminding everyone "
    "that 'this room is not a court'.\n"
    "10:15\n"
    "The next witness is Tomas Hale, who ran the depot for a decade. Asked by counsel, "
    "Helen Lane, whether he read the audit, he said: 'Only the summary. Nobody sent the "
    "rest.'\n"
    "10:31\n"
    "He told the hearing that the alarms were tested 'most weeks'.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_a_pronoun_in_an_entry_takes_the_person_that_entry_names() -> None:
    # Without the entry's wall: the chair, a subject with a title, an entry before.
    assert _speakers(_HEARING)[1] == "Tomas Hale"


def test_an_entry_naming_nobody_goes_on_with_the_speaker_before() -> None:
    assert _speakers(_HEARING)[2] == "Tomas Hale"


def test_an_entry_naming_nobody_passes_someone_whose_sex_nothing_says() -> None:
    text = (
        "Live: Flooded streets downtown\n"
        "2:05 p.m.\n"
        "Mayor Nadia Okafor is holding a briefing at the town hall. 'Our crews have "
        "worked all night,' she said.\n"
        "2:12 p.m.\n"
        "Councilor Kim Harte posted online that residents 'want answers today.'\n"
        "2:20 p.m.\n"
        "She closed the briefing with a promise: 'We will fix this by Friday.'\n"
    )
    assert _speakers(text) == ["Nadia Okafor", "Kim Harte", "Nadia Okafor"]


def test_a_time_and_a_dash_or_a_label_opens_an_entry() -> None:
    text = "Intro\n10:31 - The hearing resumed.\nUpdated 3:40 p.m. ET\nOk\n9.48pm\nDone."
    assert entry_starts(text) == [6, 35, 59]


def test_a_time_inside_a_sentence_or_a_score_opens_none() -> None:
    text = "The vote is at 10:30 today.\n2:1 was the score.\n2016 was a good year.\n"
    assert entry_starts(text) == []


def test_a_pronoun_before_a_quote_says_the_sex_as_a_tag_after_does() -> None:
    text = (
        "Live: Flooded streets downtown\n"
        "2:05 p.m.\n"
        "Mayor Nadia Okafor is holding a briefing at the town hall. Asked about the "
        "pumps, she said: 'Our crews have worked all night.'\n"
        "2:12 p.m.\n"
        "Councilor Kim Harte posted online that residents 'want answers today.'\n"
        "2:20 p.m.\n"
        "She closed the briefing with a promise: 'We will fix this by Friday.'\n"
    )
    assert _speakers(text) == ["Nadia Okafor", "Kim Harte", "Nadia Okafor"]


def test_entries_are_found_on_any_line_after_lines_with_times_in_them() -> None:
    # Several times on one line, a time that opens no entry, then entries later on:
    # each line is tried once at its start, the search going on from the next line.
    text = "At 9:15 and 9:30 she left.\n10:45 - Back.\nScore 2.15\r\n11.20pm\nEnd 3:05"
    assert entry_starts(text) == [27, 53]
    assert entry_starts("x 1:00\n") == []
    assert entry_starts("14:05") == [0]


_ENTRY_PIECES = ["\n", "\r\n", "\r", " ", "\t", "1", "2", ":", ".", "0", "5", "a"]
_ENTRY_WORDS = [" p.m.", " GMT", "Updated ", "- ", "\u2028", "14:05", "3:40 pm", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ENTRY_PIECES + _ENTRY_WORDS), max_size=20).map("".join))
def test_entry_starts_are_the_line_patterns_matches_over_the_whole_text(text: str) -> None:
    # The time-led search gives what one finditer of the line pattern gives.
    whole = [m.start() for m in _entry_line().finditer(text)]
    assert entry_starts(text) == (whole if ":" in text or "." in text else [])
