"""A title in marks after a work that a cue's words are in (issue 14, h59c-terms).

*She wrote in her weekly column, "...", that ...* names the column; the words she
wrote come after *that*. The title-cased quote set off by commas after a work noun
(``title_nouns``) is the work's title when the noun phrase follows *in* or *on*
(``work_prepositions``), as it already was right after the cue (*told the weekly
podcast, "..."*). After *of* (*said of the film*) the words are still said of it,
and a quote that is a sentence or follows a noun for no work stays speech.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.text.kinds import _apposition_lead


def _first(text: str) -> tuple[str, str | None]:
    q = parse(text).quotes[0]
    return q.kind.value, q.speaker_name


@pytest.mark.parametrize(
    "text",
    [
        'Ana Roe wrote in her weekly column, "Notes From the Desk", that the paper had erred.',
        'The charity said in a report, "Small Hands, Heavy Loads", that children dug in mines.',
        'Ana Roe said on her podcast, "Late Shift", that she would stand down in spring.',
        'Tomas Ek wrote in his newsletter, "Back Bench", that the vote was lost.',
    ],
)
def test_a_title_after_a_work_the_cue_is_in_is_no_ones_words(text: str) -> None:
    assert _first(text) == ("non_speech", None)


def test_the_rule_reads_the_preposition() -> None:
    lead = "Ana Roe wrote in her weekly column,"
    assert (
        _apposition_lead(
            lead, "Notes From the Desk", ["notes", "from", "the", "desk"], ", that", "comma"
        )
        == "column"
    )


@pytest.mark.parametrize(
    "text",
    [
        # near miss: about the film, not in it: her verdict
        'Ana Roe said of the film, "Grim," and left the room.',
        # near miss: a sentence in lower case, what she wrote
        'Ana Roe wrote in her column, "We got it wrong," and apologised.',
        # near miss: a speech is no titled work, the words are said
        'Ana Roe said in her speech, "We Will Win," to loud applause.',
    ],
)
def test_words_said_in_or_of_a_work_stay_speech(text: str) -> None:
    kind, speaker = _first(text)
    assert kind == "direct"
    assert speaker == "Ana Roe"


def test_a_partial_in_the_column_keeps_its_speaker() -> None:
    # near miss: the quote after 'that' in the same sentence is still hers
    text = 'Ana Roe wrote in her column, "Notes From the Desk", that we had "misread the figures".'
    quotes = parse(text).quotes
    assert quotes[-1].kind.value == "partial"
    assert quotes[-1].speaker_name == "Ana Roe"


@given(st.sampled_from(["of", "about", "for"]))
def test_no_other_preposition_turns_words_into_a_title(prep: str) -> None:
    lead = f"Ana Roe said {prep} the film,"
    assert _apposition_lead(lead, "Grim,", ["grim"], " and left.", "comma") is None
