"""Descriptor subjects of cues (h44-desc). A body named again with a demonstrative:
*"...," this group said*, *That firm said: "..."* go back to the body the article
named, as *the group* does; *that* after a verb joins a clause and points at nothing,
and a demonstrative before a thing or a named person's description reads no speaker.
An owner's role of several words (*Hale's defense counsel said*) is read whole, an
amount of people (*a number of economists said*) is an unnamed source, and a document
named with *a* speaks for the author printed after it. Every sentence
here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers.mentions import _opening_demonstrative, phrase_after, phrase_before
from quoteverify.text.layer import tokenize


def _speakers(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    return [
        (q.speaker_name, q.speaker.kind if q.speaker is not None else None)
        for q in parse(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Tidewater Alliance marched on Friday. "We will be back," this group said.',
            "Tidewater Alliance",
        ),
        (
            'Marlow Foods Inc. closed a plant. "It was a hard choice," that firm said.',
            "Marlow Foods Inc",
        ),
        (
            'Marlow Foods Inc. closed a plant. "It was a hard choice," that small firm said.',
            "Marlow Foods Inc",
        ),
        (
            'Marlow Foods Inc. closed a plant. This company said: "It was a hard choice."',
            "Marlow Foods Inc",
        ),
        (
            'Marlow Foods Inc. closed a plant. "It was a hard choice," this company said.',
            "Marlow Foods Inc",
        ),
        (
            'The Eastport Transit Agency raised fees. That agency said: "Costs rose."',
            "Eastport Transit Agency",
        ),
    ],
)
def test_a_demonstrative_body_goes_back_to_the_body_named(text: str, name: str) -> None:
    assert _speakers(text) == [(name, SpeakerKind.ORGANIZATION)]


def test_the_demonstrative_reads_as_the_article_does() -> None:
    # the same body, whichever word opens the description
    for article in ("the", "this", "that"):
        text = f'Marlow Foods Inc. closed a plant. "It was a hard choice," {article} firm said.'
        assert _speakers(text) == [("Marlow Foods Inc", SpeakerKind.ORGANIZATION)]


def test_that_after_a_verb_points_at_no_body() -> None:
    # "alleged that police used": "that" joins a clause; "police" is not the city's
    # police department named before.
    text = (
        "The Eastport Police Department watched them. "
        'A suit alleged that police used "a proxy for guilt."'
    )
    assert _speakers(text) == [("police", SpeakerKind.ORGANIZATION)]


@pytest.mark.parametrize(
    "text",
    [
        # a thing, not a body
        '"We will go," they agreed. This plan was set in motion.',
        # a named person's description keeps no demonstrative reading
        '"I will win," this Hale look-alike said.',
        # "that" after a word joins a clause
        'Roe argued that group said "no" twice.',
    ],
)
def test_a_demonstrative_opens_a_loose_phrase_only_before_a_body_and_a_cue(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert not any(_opening_demonstrative(toks, i, 0) for i in range(len(toks)))


def test_the_loose_readers_take_the_demonstrative_with_the_body() -> None:
    text = '"We will be back," this group said.'
    toks = tokenize(text, 0, len(text))
    at = next(i for i, t in enumerate(toks) if t.lower == "this")
    cue = next(i for i, t in enumerate(toks) if t.lower == "said")
    after = phrase_after(toks, at, text=text, loose=True)
    before = phrase_before(toks, cue, text=text, loose=True)
    assert after is not None and after.text == "this group"
    assert before is not None and before.text == "this group"
    # read strictly, neither takes it: the loose reading is asked for only after a quote
    assert phrase_after(toks, at, text=text) is None


@given(
    demonstrative=st.sampled_from(["this", "that"]),
    noun=st.sampled_from(["group", "firm", "company", "agency"]),
    verb=st.sampled_from(["said", "added", "argued", "warned"]),
)
def test_a_demonstrative_body_never_becomes_a_person(
    demonstrative: str, noun: str, verb: str
) -> None:
    text = f'Marlow Group Ltd. met the union. "We are ready," {demonstrative} {noun} {verb}.'
    for name, kind in _speakers(text):
        assert kind is not SpeakerKind.PERSON, (text, name)


# An owner's role of several words as a cue's subject (h44-desc): the owner and every
# word of the role, not the role noun alone ("counsel", which names nobody).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Tom Hale was charged. "It was a mistake," Hale\'s defense counsel said.',
            "Hale's defense counsel",
        ),
        (
            "Tom Hale was charged. In a filing, Hale's public defense counsel asked for mercy,"
            ' calling it "a lapse."',
            "Hale's public defense counsel",
        ),
        (
            'Ana Ruiz spoke. Ruiz\'s longtime campaign manager said: "We are ready."',
            "Ruiz's longtime campaign manager",
        ),
        (
            'Tom Hale was charged. "It was a mistake," Hale\'s defense counsel also said.',
            "Hale's defense counsel",
        ),
    ],
)
def test_an_owners_role_of_several_words_before_a_cue_is_read_whole(text: str, name: str) -> None:
    assert _speakers(text) == [(name, SpeakerKind.PERSON)]


def test_an_owners_role_of_several_words_with_no_cue_after_it_stays_unread() -> None:
    # after the cue, with no cue after the noun: the owner's longer role is not read
    # whole (a novel's "said Minty's young man" is no subject of its own)
    text = 'The lamp was lit. "Come in," said Minty\'s young man.'
    toks = tokenize(text, 0, len(text))
    at = next(i for i, t in enumerate(toks) if t.text.startswith("Minty"))
    found = phrase_after(toks, at, text=text)
    assert found is None or found.text != "Minty's young man"


# A share of a group named by an amount (h44-desc): "a number of economists said" is
# an unnamed source read whole, as "some of the economists" is; before, the noun
# after "of" was refused as the object of a preposition and the quote had no speaker.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Shares slid. A number of economists said: "Growth will stall."',
            "A number of economists",
        ),
        ('Shares slid. A lot of analysts warned: "Growth will stall."', "A lot of analysts"),
        ('Shares slid. "Growth will stall," a handful of analysts said.', "a handful of analysts"),
    ],
)
def test_an_amount_of_people_is_an_unnamed_source(text: str, name: str) -> None:
    assert _speakers(text) == [(name, SpeakerKind.ANONYMOUS)]


def test_an_amount_needs_its_article() -> None:
    # "number of" with no article before it opens no share
    text = "Their number of economists said so."
    toks = tokenize(text, 0, len(text))
    cue = next(i for i, t in enumerate(toks) if t.lower == "said")
    found = phrase_before(toks, cue, text=text)
    assert found is not None and found.text == "economists"


# A document named with "a" and its author right after it (h44-desc): the author
# speaks, as for "the report" the article introduced with its author before.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            '"Costs will rise," noted a report by the Tidewater Institute.',
            "Tidewater Institute",
            SpeakerKind.ORGANIZATION,
        ),
        (
            'A report by the Tidewater Institute said: "Costs will rise."',
            "Tidewater Institute",
            SpeakerKind.ORGANIZATION,
        ),
        (
            'Prices fell "sharply," according to a study published last year by the'
            " Tidewater Institute.",
            "Tidewater Institute",
            SpeakerKind.ORGANIZATION,
        ),
        (
            '"Costs will rise," said a statement from Marlow Foods Inc.',
            "Marlow Foods Inc",
            SpeakerKind.ORGANIZATION,
        ),
    ],
)
def test_an_indefinite_document_speaks_for_its_author(
    text: str, name: str, kind: SpeakerKind
) -> None:
    assert _speakers(text) == [(name, kind)]


def test_a_document_someone_only_obtained_stays_the_document() -> None:
    # "reviewed by", "obtained by": a reader of the document, not its author
    text = '"Costs will rise," said a copy of the memo reviewed by The Ledger.'
    assert _speakers(text) == [("a copy of the memo", SpeakerKind.DOCUMENT)]
