"""A *he* or *she* opening a sentence after a quote about another person of that sex
(*"She never ...," said X.*) goes with the person talked about, not with the quote's
speaker (issue 14, h49-salience). Every sentence here is our own.
"""

from __future__ import annotations

import pytest

from quoteverify import parse


def last_speaker(text: str) -> str | None:
    return parse(text).quotes[-1].speaker_name


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a colleague's quote about the subject, then the subject's reaction
        (
            'Petra Lund coaches the under-twelves at the rowing club. "She is never '
            'late to the water," said Anna Briggs, a parent. She laughed at that. '
            '"The river does not wait for me," she said.',
            "Petra Lund",
        ),
        # the same with *he*, and the name before the cue verb
        (
            'Hugo Strand keeps the lighthouse on the point. "He knows every rock out '
            'there," Nils Berg, a fisherman, said. He shrugged. "Rocks do not move," '
            "he said.",
            "Hugo Strand",
        ),
    ],
)
def test_the_person_talked_about_is_the_next_pronoun(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the quote opens on the other pronoun: the speaker goes on (*He added*)
        (
            'Karin Holm has led the council for a year. "She will keep her seat if '
            'the budget holds," said Tom Ecker, an analyst. He added that "nothing is '
            'certain in a town this size."',
            "Tom Ecker",
        ),
        # a cue's *he said* right after the speaker's next quote: still the speaker
        (
            'Otto Brand ran the depot for years. "He told us the trucks were safe," '
            'said Leo Marsh, a driver. "They were not, and he knew it," he said.',
            "Leo Marsh",
        ),
        # a quote that opens on no pronoun: the speaker goes on
        (
            'Vera Stone runs the ferry. "The timetable is hers," said Ida Moss, a '
            'deckhand. She smiled. "I only follow it," she said.',
            "Ida Moss",
        ),
    ],
)
def test_the_quote_speaker_goes_on_otherwise(text: str, want: str) -> None:
    assert last_speaker(text) == want
