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
        ("was an angry cry of Tom Hale as he left.", "Tom Hale"),
    ],
)
def test_the_person_after_was_the_message_from_speaks(tail: str, speaker: str) -> None:
    (q,) = parse(f"“We will not pay the new fee,” {tail}").quotes
    assert q.speaker_name == speaker


@pytest.mark.parametrize("owner", ["of the morning", "of hope"])
def test_was_the_message_of_no_name_gives_no_owner(owner: str) -> None:
    (q,) = parse(f"“Keep the pier open,” was the message {owner}.").quotes
    assert q.speaker_name is None or not q.speaker_name.endswith(owner.rsplit(maxsplit=1)[-1])


def test_a_letter_to_members_is_no_name_its_writer_speaks() -> None:
    text = "Ana Ruiz’s letter to members was short: “We leave the league in June.”"
    (q,) = parse(text).quotes
    assert q.speaker_name == "Ana Ruiz"


def test_a_role_and_its_complement_still_speak_before_a_colon() -> None:
    (q,) = parse("The head of the ferry union was blunt: “We strike on Monday.”").quotes
    assert q.speaker_name == "The head of the ferry union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The college confirmed the loss on Facebook Friday. Hale taught there. "
            "“We remove such posts,” Facebook said.",
            "Facebook",
        ),
        (
            "The letter reached Tom Hale Friday. Hale read it twice. "
            "“It changes nothing,” Hale said.",
            "Tom Hale",
        ),
    ],
)
def test_a_weekday_before_a_full_stop_is_no_word_of_a_name(text: str, speaker: str) -> None:
    assert [q.speaker_name for q in parse(text).quotes] == [speaker]


@pytest.mark.parametrize("site", ["Facebook", "Twitter", "NBC"])
def test_a_name_after_a_before_a_bare_cue_qualifies_a_noun(site: str) -> None:
    text = (
        "Tom Hale taught at the college. A friend remembered him as "
        f"“the kindest man I knew” in a {site} post."
    )
    (q,) = parse(text).quotes
    assert q.speaker_name is None


def test_a_name_before_a_cue_in_the_same_sentence_still_speaks() -> None:
    (q,) = parse("He was “the kindest man,” Ana Ruiz said in a Facebook post.").quotes
    assert q.speaker_name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("A rally’s organisers had one message:", "A rally’s organisers"),
        ("The striking nurses had a simple message for ministers:", "The striking nurses"),
    ],
)
def test_a_description_holding_a_message_before_a_colon_speaks(lead: str, speaker: str) -> None:
    (q,) = parse(f"{lead} “Fund the wards now.”").quotes
    assert q.speaker_name == speaker


def test_a_description_that_heard_the_message_does_not_speak() -> None:
    (q,) = parse("The striking nurses heard a warning: “Go back to work.”").quotes
    assert q.speaker_name != "The striking nurses"


def test_a_quantified_name_before_a_plural_noun_is_no_subject() -> None:
    text = (
        "The river deal split many Baltic states, and it used “soft words” there, "
        "said Tom Hale, a trade analyst."
    )
    (q,) = parse(text).quotes
    assert q.speaker_name == "Tom Hale"


@pytest.mark.parametrize("cue", ["said", "say"])
def test_a_quantified_group_that_agrees_with_its_cue_speaks(cue: str) -> None:
    (q,) = parse(f"Many Democrats {cue} the plan is “a disgrace.”").quotes
    assert q.speaker_name == "Democrats"
