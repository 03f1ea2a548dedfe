"""The second pass of attribution: turns in dialogue (``speakers/turns.py``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.model import Article
from quoteverify.speakers import turns
from quoteverify.speakers.rules import markdown, turn_example_tail
from quoteverify.speakers.turns import TURN_RULES, TurnExample, TurnRule, vocatives
from quoteverify.surfaces.evaluate import evaluate

EXAMPLES = [
    pytest.param(row, ex, id=f"{row.name}-{i}")
    for row in TURN_RULES
    for i, ex in enumerate(row.examples)
]


def _speaker(text: str, index: int, rows: tuple[TurnRule, ...] = TURN_RULES) -> str | None:
    with mock.patch.object(turns, "TURN_RULES", rows):
        # parse() caches identity per text: a trailing space makes each call its own
        q = parse(text + " " * len(rows)).quotes[index]
    return q.speaker_name


@pytest.mark.parametrize(("row", "example"), EXAMPLES)
def test_each_example_gets_its_speaker_by_its_row(row: TurnRule, example: TurnExample) -> None:
    assert _speaker(example.text, example.quote) == example.speaker
    without = tuple(r for r in TURN_RULES if r is not row)
    assert _speaker(example.text, example.quote, without) != example.speaker


@pytest.mark.parametrize(("row", "example"), EXAMPLES)
def test_a_row_with_a_cue_name_writes_it(row: TurnRule, example: TurnExample) -> None:
    q = parse(example.text).quotes[example.quote]
    assert q.cue is not None
    if row.cue_rule:
        assert q.cue.rule == row.cue_rule


@pytest.mark.parametrize("row", TURN_RULES, ids=lambda r: r.name)
def test_every_turn_row_has_examples(row: TurnRule) -> None:
    assert row.examples, f"turn row {row.name} has no example"


def test_turn_rows_are_ordered_and_named_once() -> None:
    assert [r.priority for r in TURN_RULES] == sorted(r.priority for r in TURN_RULES)
    assert len({r.name for r in TURN_RULES}) == len(TURN_RULES)


def test_the_docs_page_lists_every_turn_row_and_example() -> None:
    page = markdown()
    assert "# Second pass: turns in dialogue" in page
    for row in TURN_RULES:
        assert f"## {row.name}" in page
        for ex in row.examples:
            assert turn_example_tail(ex) in page


def test_vocatives_name_the_hearer_not_interjections() -> None:
    assert vocatives("Well, Ned, shall we go?", common=frozenset({"well"})) == ["Ned"]
    assert vocatives("Come here, Dr. Rao!") == ["Dr. Rao"]
    assert vocatives("We met Ned at noon.") == []


def test_a_name_after_a_title_is_not_said_to_the_hearer() -> None:
    # The full stop of "Mr." is no sentence end before a name said to someone.
    assert vocatives("Do you think I should marry Mr. Hale?") == []
    assert vocatives("It was late.\nMr. Hale, are you there?") == ["Mr. Hale"]
    assert vocatives("It was late. Hale, are you there?") == ["Hale"]


def test_a_name_beside_i_is_the_speakers_own_not_the_hearers() -> None:
    assert vocatives("Only I, Ned Rao, know the way.") == []
    assert vocatives("Tell me, Ned, where it is.") == ["Ned"]
    assert vocatives("Say it, Ned.") == ["Ned"]


def _hearers(text: str) -> list[tuple[str, ...]]:
    return [turns.cue_hearer(text, q) for q in parse(text).quotes]


def test_a_cue_names_its_hearer_after_a_verb_of_asking_or_after_to() -> None:
    assert _hearers('"Is it far?" she asked Ned Rao.') == [("Ned Rao",)]
    assert _hearers('"It is late," Ann said to Dr. Rao, and rose.') == [("Dr. Rao",)]
    assert _hearers('"It is late," Ann told Ned.') == [("Ned",)]


def test_a_cue_whose_subject_follows_its_verb_names_no_hearer() -> None:
    # *asked Ned*: Ned asks; *said Monday* is no hearer, *said Ned* the speaker
    assert _hearers('"Is it far?" asked Ned Rao.') == [()]
    assert _hearers('"It is late," Ann said Monday in a note.') == [()]
    assert _hearers('"It is late," she said, Ned nodding.') == [()]
    # a name after a verb that takes no hearer, or after a preposition other than *to*
    assert _hearers('"It is late," Ann said Monday.') == [()]
    assert _hearers('"It is late," Ann said from Paris.') == [()]


def test_the_reply_to_words_said_to_a_named_hearer_is_the_hearers() -> None:
    talk = (
        '"Hi," said Sam Roe.\n\n'
        + ('"Tea?" asked Mrs Ann Lee.\n\n"Yes," said Tom Hale.\n\nThe tea came.\n\n') * 3
    )
    told = talk + '"You look cold," she said to Sam Roe, smiling.\n\n"I walked here."'
    assert parse(told).quotes[-1].speaker_name == "Sam Roe"
    # the same turn with no hearer after its cue goes by the run's parity
    untold = talk + '"You look cold," she said, smiling.\n\n"I walked here."'
    assert parse(untold).quotes[-1].speaker_name == "Tom Hale"


def test_news_is_left_to_the_parity_row() -> None:
    text = '"We will appeal," said Ana Ruiz.\n\n"The ruling was fair," said Tom Hale.'
    quotes = list(parse(text).quotes)
    assert turns.converse(text, quotes, [(0, 33), (35, len(text))], dialogue=False) == quotes


def test_an_interview_alternates_after_a_line_of_narration() -> None:
    exchange = (
        '"How did it start?" asked Mrs Lena Park.\n\n'
        '"With a leak in the roof," said Omar Diaz.\n\n'
        '"And then?" asked Mrs Lena Park.\n\n"Then the rain came," said Omar Diaz.\n\n'
        "The recorder clicked.\n\n"
    )
    text = exchange * 3 + '"Did you call anyone?"\n\n"Nobody came."'
    names = [q.speaker_name for q in parse(text).quotes[-2:]]
    assert names == ["Lena Park", "Omar Diaz"]


# Three exchanges between two people whose surnames end in "s", so that they are
# the cast the beat looks for; lines of a hard-wrapped book's width.
_CHESS = (
    '"Is it your move yet, or are we still waiting?" asked Mrs Ada Collins.\n\n'
    '"Not yet, I am still thinking about the rook," said Jonas Innes.\n\n'
    '"Will you be much longer over it, do you think?" asked Mrs Ada Collins.\n\n'
    '"Patience is a virtue at this board," said Jonas Innes.\n\n'
    "The fire crackled in the grate and the clock ticked on.\n\n"
) * 3


def test_a_beat_finds_a_surname_that_ends_in_s() -> None:
    # The subject was looked up with its last letters stripped ("innes" as "inne").
    text = _CHESS + 'Innes leaned back in his chair and looked at the board.\n\n"I resign."'
    assert parse(text).quotes[-1].speaker.name == "Jonas Innes"


def test_a_beat_reads_its_sentence_across_the_line_breaks() -> None:
    # A hard-wrapped novel breaks lines inside sentences: the subject of the
    # sentence before the turn is the name that opens it, not the name that opens
    # its last line.
    text = _CHESS + (
        "Mrs. Ada Collins swept the pieces into the box and spoke across the board\n"
        "to Jonas Innes without looking up\n\n"
        '"Another game tomorrow."'
    )
    q = parse(text).quotes[-1]
    assert (q.speaker.name, q.cue.rule) == ("Ada Collins", "dialogue-beat")


_LEAD = turns._TEA + '"More tea?" asked Mrs Ann Lee.\n\n"Two cups," said Tom Hale. '


def test_a_lead_in_reads_back_over_clauses_led_by_their_verb() -> None:
    text = _LEAD + 'The rain fell, and at last Tom rose, and said:\n\n"I must go."'
    q = parse(text).quotes[-1]
    assert (q.speaker_name, q.cue.rule if q.cue else None) == ("Tom Hale", "dialogue-lead-in")


def test_a_lead_in_whose_clause_opens_with_a_determiner_names_nobody() -> None:
    # *her sister* is the speaker: Tom, who opens the clause before, is not
    text = _LEAD + 'Tom looked away, and her sister said quietly:\n\n"I must go."'
    q = parse(text).quotes[-1]
    assert q.cue is None or q.cue.rule != "dialogue-lead-in"


def test_a_lead_in_needs_the_colon() -> None:
    text = _LEAD + 'The rain fell, and at last Tom rose.\n\n"I must go."'
    q = parse(text).quotes[-1]
    assert q.cue is None or q.cue.rule != "dialogue-lead-in"


def test_narration_sentences_end_at_stops_not_at_titles_or_lines() -> None:
    assert turns._sentences("Then Mrs. Lee came in,\nand Tom left. He ran!") == [
        "Then Mrs. Lee came in,\nand Tom left.",
        "He ran!",
    ]


_NAMES = ("Mrs Ada Vance", "Bo Quill", "Mr Cy Dunn")


@st.composite
def dialogues(draw: st.DrawFn) -> str:
    """A dialogue of our own: turns by three people, some cued, some not."""
    paragraphs = []
    for k in range(draw(st.integers(4, 24))):
        who = draw(st.sampled_from(_NAMES))
        form = draw(st.sampled_from(("cued", "bare", "narration", "vocative")))
        if form == "cued":
            paragraphs.append(f'"Line {k} here," said {who}.')
        elif form == "bare":
            paragraphs.append(f'"Line {k} here."')
        elif form == "narration":
            paragraphs.append(f"{who} looked out of the window.")
        else:
            paragraphs.append(f'"Line {k}, {who.split()[-2]}?"')
    return "\n\n".join(paragraphs)


@settings(max_examples=40, deadline=None)
@given(dialogues())
def test_the_second_pass_keeps_named_cues_and_names_only_the_cast(text: str) -> None:
    before = parse(text + " ")
    with mock.patch.object(turns, "TURN_RULES", ()):
        bare = parse(text + "  ")
    cast = {
        q.speaker.name
        for q in bare.quotes
        if q.speaker is not None and q.cue is not None and q.cue.rule == "quote-said-X"
    }
    for q, b in zip(before.quotes, bare.quotes, strict=True):
        if b.cue is not None and b.cue.rule == "quote-said-X":
            assert q.speaker == b.speaker
        if q.cue is not None and q.cue.rule.startswith("dialogue-"):
            assert q.speaker is not None and q.speaker.name in cast


@pytest.mark.slow
def test_pdnc_held_out_novels_strict(
    pdnc_novels: list[Mapping[str, Any]], parse_once: Callable[[str], Article]
) -> None:
    # The 11 novels at odd lines were never read while fitting the turn rows
    # (docs/journal/accuracy.md: 0.539 strict, 0.480 before them); the threshold guards it.
    held_out = pdnc_novels[1::2]
    assert evaluate(held_out, parser=parse_once).speakers.strict_accuracy >= 0.53


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\u2003\x1ca“", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_first_ink_says_whether_only_spaces_come_before(text: str, start: int, pos: int) -> None:
    # A quote opens its paragraph when only spaces stand before it: the test that
    # alternate_turns makes once per paragraph instead of once per quote.
    start, pos = min(start, len(text)), min(max(start, pos), len(text))
    assert (turns._first_ink(text, start, {}, 0) >= pos) == (not text[start:pos].strip())
