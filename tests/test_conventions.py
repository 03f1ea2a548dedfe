"""Speakers named by the news conventions, on invented articles (issue 14).

Who counts as a quote's speaker: the canonical full name of a person, an
organisation speaking as itself under its full name, an unnamed source as the
descriptor written, a document's author. Each case is an article of our own,
written to one convention or construction, in several phrasings; the test reads
the resolved name (``q.speaker.name``) as strict scoring does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.model import QuoteKind
from quoteverify.surfaces.evaluate import strict_speaker_match

from .conftest import resolved


def mention(text: str, words: str) -> str | None:
    """The speaker mention, as printed, of the quote of ``text`` that holds ``words``."""
    quote = next(q for q in parse(text).quotes if words in q.text)
    return quote.speaker_mention.text if quote.speaker_mention is not None else None


# Each convention's cases: (text, words of the quote, the exact resolved name).
NAMED = [
    # An unnamed share of a group speaks as the whole phrase, not "the nurses".
    ("One of the nurses said: “We have not slept for days.”", "slept", "One of the nurses"),
    (
        "Several of the passengers said the crew had been “real heroes” that night.",
        "heroes",
        "Several of the passengers",
    ),
    (
        "Two of the victims' relatives told the court: “We only want the truth.”",
        "truth",
        "Two of the victims' relatives",
    ),
    (
        "Some of the residents said they felt “left behind” by the council.",
        "left behind",
        "Some of the residents",
    ),
    ("One of the children said: “We saw the smoke first.”", "smoke", "One of the children"),
    # An organisation speaks under its full name, a nation word before its head word
    # included ("European Space Agency", not "Space Agency"); not a person's title.
    (
        "The European Space Agency launched the probe on Tuesday. “Everything went as "
        "planned,” the agency said.",
        "Everything went",
        "European Space Agency",
    ),
    (
        "The American Beekeeping Federation said the losses were “the worst on record”.",
        "worst on record",
        "American Beekeeping Federation",
    ),
    (
        "The United States Department of Energy said the plant had “met every standard”.",
        "every standard",
        "United States Department of Energy",
    ),
    ("Russian President Ivan Dolgov said the talks were “useful”.", "useful", "Ivan Dolgov"),
    # A full name keeps its particles, two included, so that the same name opening a
    # sentence later finds it.
    (
        "Greta von der Brenne chaired the summit. “We agreed on the text,” she said. "
        "Von der Brenne added: “Now we must deliver.”",
        "must deliver",
        "Greta von der Brenne",
    ),
    (
        "“The port stays open,” said Marco de la Serra, the harbour master.",
        "port stays",
        "Marco de la Serra",
    ),
    # A company named by a trade's last word (Foods, Motors, Airways) is an
    # organisation; "the company", "the carmaker", "the airline" go back to it.
    (
        "Greenleaf Foods announced the recall on Monday. “Customer safety comes first,” "
        "the company said.",
        "Customer safety",
        "Greenleaf Foods",
    ),
    (
        "Kestrel Motors recalled forty thousand cars last week. The carmaker said in a "
        "statement: “No injuries have been reported.”",
        "No injuries",
        "Kestrel Motors",
    ),
    (
        "Orvia Airways cancelled 80 flights. “We apologise to every passenger,” the airline said.",
        "apologise",
        "Orvia Airways",
    ),
    # A body named with a capitalised possessive speaks under its whole name.
    (
        "The Kerrow County Sheriff's Office said the man was “armed and dangerous”.",
        "armed and",
        "Kerrow County Sheriff's Office",
    ),
    (
        "The Attorney General's Office said the man was “armed and dangerous”.",
        "armed and",
        "Attorney General's Office",
    ),
    # Unnamed sources by trade or role speak as the descriptor written.
    ("Local media said the mayor was “furious”.", "furious", "Local media"),
    (
        "State media said the launch was “a complete success”.",
        "complete success",
        "State media",
    ),
    (
        "An employee, who did not want to be named, said the depot was “freezing”.",
        "freezing",
        "An employee",
    ),
    ("“It came out of nowhere,” one bystander said.", "out of nowhere", "one bystander"),
    # A pronoun goes to the salient person: one named in apposition to the subject
    # of the sentence before ("Her coach, Ben Ode, was ...") is that subject; a place
    # in apposition to a place is not.
    (
        "Kim Sato, the team's captain, scored twice. Her coach, Ben Ode, was delighted. "
        "“She was magnificent,” he said.",
        "magnificent",
        "Ben Ode",
    ),
    (
        "Rita Blum, a florist from Dunmore, New Kent, said the rules were unfair. "
        "“I feel cheated,” she said.",
        "cheated",
        "Rita Blum",
    ),
    # Nobody was introduced as 61: the descriptor stays as written.
    (
        "Tariq Aziz, 34, was cleared on Monday. “I was only passing by,” the 61-year-old "
        "said outside court.",
        "passing by",
        "the 61-year-old",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), NAMED)
def test_the_convention_names_the_speaker(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


def test_a_loose_descriptor_stops_at_the_cue_verb() -> None:
    text = (
        "Kestrel Motors recalled forty thousand cars last week. The carmaker said in a "
        "statement: “No injuries have been reported.”"
    )
    assert mention(text, "No injuries") == "The carmaker"
    # a noun that is also a cue verb's base form stays in the phrase
    text = "The vote was close. One tweet said: “Count them all again.”"
    assert mention(text, "Count them") == "One tweet"


# A definite descriptor yields to the name the article introduced with its noun or
# its age, before the name or in apposition after it.
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "Astronaut Karl Reiter returned to Earth on Friday. At a press conference, the "
            "astronaut said “the view never gets old”.",
            "view never",
            "Karl Reiter",
        ),
        (
            "The first prize went to Odile Barre, a potter from Lyon. “I did not expect it,” "
            "the potter said.",
            "expect it",
            "Odile Barre",
        ),
        (
            "Tariq Aziz, 34, was cleared on Monday. “I was only passing by,” the 34-year-old "
            "said outside court.",
            "passing by",
            "Tariq Aziz",
        ),
        (
            "The rescue was led by 52-year-old firefighter Dana Kerr. “The smoke was thick,” "
            "the 52-year-old said.",
            "smoke was",
            "Dana Kerr",
        ),
    ],
)
def test_a_descriptor_yields_to_the_name_it_introduced(text: str, words: str, want: str) -> None:
    assert strict_speaker_match(resolved(text, words), want)


def test_the_last_introduction_within_reach_wins_for_every_quote() -> None:
    # One scan per article serves each descriptor: the later introduction takes
    # the quotes after it, the earlier one those before it.
    first = "Astronaut Karl Reiter spoke first. “We saw the coast,” the astronaut said. "
    second = "Astronaut Mia Holm spoke next. “We saw the moon,” the astronaut said. "
    text = first + second + "“It was calm,” the astronaut added."
    assert strict_speaker_match(resolved(text, "the coast"), "Karl Reiter")
    assert strict_speaker_match(resolved(text, "the moon"), "Mia Holm")
    assert strict_speaker_match(resolved(text, "was calm"), "Mia Holm")


def test_an_introduction_beyond_the_reach_is_not_used() -> None:
    filler = "The crowd waited by the fence in the rain for a long while. " * 40
    text = "Astronaut Karl Reiter landed. " + filler + "“It was calm,” the astronaut said."
    assert not strict_speaker_match(resolved(text, "was calm"), "Karl Reiter")


def test_an_introduction_right_before_the_descriptor_is_cut_at_it() -> None:
    # The name run after "astronaut" would take the capital of "The astronaut".
    text = "The crew cheered astronaut Karl Reiter. The astronaut said “the view never gets old”."
    assert strict_speaker_match(resolved(text, "view never"), "Karl Reiter")


# The compound offices in "-general" are titles, so the name in apposition after
# them is the speaker.
@pytest.mark.parametrize(
    "office", ["Director-General", "director-general", "Inspector General", "Auditor-General"]
)
def test_a_general_office_yields_to_the_name_after_it(office: str) -> None:
    text = f"The agency's {office}, Dr Tomas Adane, said the outbreak was “a grave concern”."
    assert resolved(text, "grave concern") == "Tomas Adane"


# A group naming itself presents a name, not words it said, whoever speaks nearby.
@pytest.mark.parametrize(
    "text",
    [
        "The group called itself “the Watchers”, prosecutors said.",
        "The band, which calls itself “Low Orbit”, split up in May, its label said.",
        "Neighbours call themselves “the Lane Gang”.",
    ],
)
def test_a_self_given_name_has_no_speaker(text: str) -> None:
    quote = parse(text).quotes[0]
    assert quote.kind is QuoteKind.NON_SPEECH
    assert quote.speaker is None


@settings(max_examples=60, deadline=None)
@given(
    share=st.sampled_from(["One", "Two", "Some", "Several", "Many", "Three"]),
    group=st.sampled_from(["nurses", "passengers", "residents", "officials", "workers"]),
    cue=st.sampled_from(["said", "told reporters", "added"]),
)
def test_a_share_of_a_group_is_read_whole(share: str, group: str, cue: str) -> None:
    text = f"{share} of the {group} {cue}: “We were not warned.”"
    assert resolved(text, "not warned") == f"{share} of the {group}"
