"""The row view-frame (*in her words*, *in Ana Roe's view*, *according to him,*) and
the habit of saying after a modal with a hearer (*my father would tell me, "..."*).

Invented sentences (issue 14). Each positive case fails with the row or the modal
check removed; the negatives keep a frame's pronoun that is a determiner, or a
frame that is not set off, from naming a speaker.
"""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speaker(text: str, piece: str) -> str | None:
    quote = max((q for q in parse(text).quotes if piece in q.text), key=lambda q: q.depth)
    return quote.speaker.name if quote.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        (
            "Mira Solberg ran the ferry line for a decade. The timetable, in her words, "
            'was "written for tourists, not for workers."',
            "written for tourists",
            "Mira Solberg",
        ),
        (
            'Arlo Pennick runs the co-op. In his view the new levy is "a tax on bread."',
            "a tax on bread",
            "Arlo Pennick",
        ),
        (
            "Dena Whitcombe chairs the schools panel. In her own words, the reform was "
            '"rushed, and everyone knew it."',
            "rushed, and everyone",
            "Dena Whitcombe",
        ),
        (
            "Ravi Anand met the growers on Tuesday. According to him, the price was "
            '"fair on paper and cruel in practice."',
            "fair on paper",
            "Ravi Anand",
        ),
        (
            'In Petra Hollis\'s estimation, the stadium is "a monument to vanity."',
            "a monument to vanity",
            "Petra Hollis",
        ),
        (
            'Kito Marsh spoke at the depot. By his own account the line was "one storm '
            'from collapse."',
            "one storm",
            "Kito Marsh",
        ),
    ],
)
def test_a_frame_names_the_quote_owner(text: str, piece: str, speaker: str) -> None:
    assert _speaker(text, piece) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "her" is the determiner of the plan, not the owner of the words.
        'Lia Brenner spoke. According to her "fast lane" plan, trucks pay double.',
        # "in her telling him": a gerund, not a frame (not in the lexicon).
        'Lia Brenner smiled. It came out in her telling him to stop "fussing" at once.',
    ],
)
def test_a_pronoun_that_is_no_owner_names_nobody_by_the_frame(text: str) -> None:
    quote = parse(text).quotes[0]
    assert quote.cue is None or quote.cue.rule != "view-frame"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"My uncle would tell me, 'Save the seeds,'\" said Juno Pike.", "uncle"),
        ("\"Our coach used to warn us: 'Eat before you run,'\" Ola Brandvik said.", "coach"),
    ],
)
def test_an_inner_quote_after_a_modal_and_a_hearer_is_the_cue_subjects(
    text: str, speaker: str
) -> None:
    inner = max(parse(text).quotes, key=lambda q: q.depth)
    assert inner.depth == 1
    name = inner.speaker.name if inner.speaker is not None else ""
    assert speaker in name.lower()
