"""Bodies as speakers (issue 14). Outlets named by their last word (*Harbour Sports
Weekly*, *Coast Radio*, *Sports Illustrated*) are organisations
(``lexicons/org_suffixes.txt``), so a *he* or *she* never resolves to one; a body's
description before *which* and a relative clause is the subject of the cue after it."""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse


@pytest.mark.parametrize(
    "outlet", ["Harbour Sports Weekly", "Coast Radio", "Sports Illustrated", "Garden Review"]
)
def test_a_pronoun_inside_a_quote_is_never_an_outlet(outlet: str) -> None:
    text = (
        f"Ana Ruiz played for the club and later wrote for {outlet}. "
        "“He always told me, ‘Keep the ball low,’” she said."
    )
    speakers = [q.speaker_name for q in parse(text).quotes]
    assert outlet not in speakers, speakers


def test_an_outlet_that_speaks_is_an_organisation() -> None:
    (q,) = parse("Coast Radio reported that the quay was “closed for good.”").quotes
    assert q.speaker is not None and q.speaker.kind is SpeakerKind.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "The union, which represents the crews, said the levy was “a tax on work.”",
        "Ana Ruiz called the levy “fair.” The ferry union, which represents the crews, "
        "said it was “a tax on work.”",
        "Ana Ruiz called the levy “fair,” while the union, which represents the crews, "
        "said it was “a tax on work.”",
    ],
)
def test_a_body_before_which_speaks(text: str) -> None:
    last = parse(text).quotes[-1]
    assert last.speaker_mention is not None
    assert last.speaker_mention.text.lower().endswith("union"), last.speaker_mention


# A newspaper named in full, then by its last word alone (h40-names): the shown name is
# the full one, the one named last when two papers share the word.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Harbour Street Journal ran a long piece on the ferries. "
            "“The service has failed its riders,” the Journal wrote.",
            "Harbour Street Journal",
        ),
        (
            "The Dover Post and the Kent Post both covered the vote. "
            "“The count was fair,” the Post reported.",
            "Kent Post",
        ),
        (
            "Readers of the Valley Times were angry. "
            "“We got this one wrong,” The Times said in a note.",
            "Valley Times",
        ),
    ],
)
def test_a_paper_named_by_its_last_word_is_the_paper_named_in_full(text: str, want: str) -> None:
    names = [q.speaker_name for q in parse(text).quotes]
    assert names == [want], names


def test_a_last_word_that_no_paper_ends_on_stays_itself() -> None:
    text = (
        "The Harbour Street Journal ran a long piece on the ferries. "
        "“We will appeal,” the Herald said."
    )
    assert [q.speaker_name for q in parse(text).quotes] == ["Herald"]
