"""Stop 50's leads on agency and court copy (issue 14, h51-leads). Every story is
invented.

A dateline whose date and agency stand between the place and the dash (*KORVALA,
25 November (PNA) —*, *KORVALA, Nov. 3 (Reuters) -*), or a place in capitals
before a colon at a paragraph's start (*NEW KORVALA:*), is skipped before the
sentence's subject is read: at the base the place was the speaker. A court's
finding after an absolute *with* (*with Justice X ruling that ... "..."*) is the
judge's: *ruling that* and *finding that* are cue phrases, unless a determiner or a
possessive makes the form a noun (*the court's ruling that*)."""

from __future__ import annotations

import pytest

from .conftest import speakers

PARTICIPLE = (
    'The harbour master Tomas Brek on Tuesday outlined the plan, calling it "a first step."'
)

DATELINES = [
    "KORVALA, 25 November (PNA) — ",
    "KORVALA, Nov. 3 (Reuters) - ",
    "KORVALA, Nov 3, 2019 (Kestrel News) — ",
    "PORT ELSA, May 12 — ",
    "KORVALA: ",
    "NEW KORVALA: ",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_with_a_date_or_a_colon_is_not_the_subject(dateline: str) -> None:
    assert speakers(dateline + PARTICIPLE) == ["Tomas Brek"]


def test_a_figure_with_no_month_is_no_date() -> None:
    # "Tomas Brek, 45 —" is a name and an age, not a dateline: the name stays.
    text = 'Tomas Brek, 45 — a harbour master — outlined the plan, calling it "a first step."'
    assert speakers(text) == ["Tomas Brek"]


def test_a_title_case_name_before_a_colon_is_still_a_headline_speaker() -> None:
    # Only capitals at a paragraph's start make a dateline: "Brek:" still speaks.
    assert speakers('Brek: the port will "stay open all winter"') == ["Brek"]


RULINGS = [
    (
        "The High Court halted the transfer of nurses, with Justice Amara Kidd ruling that"
        ' the petition raised "serious questions of law".',
        "Amara Kidd",
    ),
    (
        "The court quashed the eviction order, with Judge Piet Vos finding that the"
        ' consultation had been "deeply flawed".',
        "Piet Vos",
    ),
    (
        "In May the Court of Appeal for the North reversed the order, ruling that it could"
        ' not accept "public order" as a reason.',
        "Court of Appeal for the North",
    ),
]


@pytest.mark.parametrize(("text", "name"), RULINGS)
def test_ruling_that_and_finding_that_are_cues(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize("owner", ["The court's", "The", "Her"])
def test_a_ruling_after_a_determiner_is_a_noun(owner: str) -> None:
    text = f'{owner} ruling that the levy was "unlawful" came in May.'
    assert speakers(text) == [None]


# A body named for its members: a plural role noun with no apostrophe before the
# body's head word is part of the name, not a title (base: *Union*, *Association*).
BODIES = [
    ('The Farmers Union said the price was "far too low."', "Farmers Union"),
    ('The Teachers Association said the plan came "far too late."', "Teachers Association"),
    ('The Kestrel Farmers Union said the price was "far too low."', "Kestrel Farmers Union"),
]


@pytest.mark.parametrize(("text", "name"), BODIES)
def test_a_body_named_for_its_members_keeps_the_members(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_a_members_body_before_a_named_officer_still_titles_her() -> None:
    text = 'Farmers Union president Ana Roe said the price was "far too low."'
    assert speakers(text) == ["Ana Roe"]


# An unnamed source's description through *at the* and a body's noun is kept whole
# after an inverted cue (base: *an official*); before an event, or after a named
# role, *at the* says where, and ends the speaker.
@pytest.mark.parametrize(
    "body",
    [
        "the finance ministry",
        # a body's name in capitals, its noun first (h51b-review: the base read only
        # a body's noun at the end, and cut these to "an official")
        "the Ministry of Finance",
        "the Bank of Korvala",
    ],
)
def test_an_official_at_a_ministry_is_described_whole(body: str) -> None:
    text = f'"The budget is tight," said an official at {body}.'
    assert speakers(text) == [f"an official at {body}"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The budget is tight," said an official at the briefing.', "an official"),
        ('"The budget is tight," said the mayor at the rally.', "the mayor"),
        ('"The budget is tight," said an official at the Ministry\'s briefing.', "an official"),
    ],
)
def test_at_an_event_ends_the_speaker(text: str, name: str) -> None:
    assert speakers(text) == [name]


# A cue's *that* before a naming noun (*finding that its slogan,*) does not hand the
# quote in apposition to that noun over as the cue's words: the name stays
# non-speech, as it is with no cue (h51b-review; at the merge of *finding that* the
# slogan became the regulator's direct quote).
@pytest.mark.parametrize(
    "text",
    [
        'The watchdog fined the brewer after finding that its slogan, "Drink Till Dawn," '
        "urged heavy drinking.",
        'Judge Maria de la Cruz found that the hashtag, "#SaveTheBay," had spread.',
        'The regulator ruled that its slogan, "Eat Late, Sleep Less," misled buyers.',
        'The court, ruling that the campaign motto, "Vote Early," was fair, let it run.',
        'Olu Adeyemi Okafor wrote that the group\'s new slogan, "No More Waiting," was his.',
    ],
)
def test_a_name_after_that_and_a_naming_noun_is_no_speech(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ana van der Berg said of her book, "It took ten years."', "Ana van der Berg"),
        ('The board ruled that the plan, "Full of holes," must go.', "The board"),
    ],
)
def test_a_cue_and_a_comma_with_no_naming_noun_still_hand_over(text: str, name: str) -> None:
    assert speakers(text) == [name]


# A label in capitals before a colon inside a paragraph is no speaker either: it is
# skipped as the colon dateline at a paragraph's start is (h51b-review; the base
# skipped it only at a paragraph's start, and *UPDATE* spoke).
def test_a_label_in_capitals_inside_a_paragraph_is_no_speaker() -> None:
    text = "Boats waited at the quay. UPDATE: " + PARTICIPLE
    assert speakers(text) == ["Tomas Brek"]


def test_rules_that_in_the_present_is_a_cue() -> None:
    # (cue_verbs' "rules that" row: without it the fragment is read as uncued)
    from quoteverify import parse
    from quoteverify.text.kinds import FRAGMENT_CUED

    text = 'In the draft, Judge Ana van der Berg rules that the fee "has no basis in law."'
    (quote,) = parse(text).quotes
    assert (quote.kind_reason, quote.speaker_name) == (FRAGMENT_CUED, "Ana van der Berg")
