"""Speech quotes whose speaker is said without a cue verb beside them (issue 14, h40-nocue).

Every text is invented. Each case failed at ``af35cc8`` unless marked as a control.
"""

from __future__ import annotations

import pytest

from .conftest import speaker_of, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A word for an utterance as the object: its subject speaks.
        ("Ana Ruiz had a warning: “The bridge will not last another winter.”", "Ana Ruiz"),
        ("Tom Hale has a simple answer: “Build the road first.”", "Tom Hale"),
        # Whom the words are for is not the speaker.
        ("Ana Ruiz had one message for ministers: “Pay the nurses.”", "Ana Ruiz"),
        ("Ivo Brant had harsh words for Tom Hale: “You have failed every one of us.”", "Ivo Brant"),
    ],
)
def test_a_word_for_an_utterance_before_a_colon(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Controls: the subject receives the words; another row reads them, or none.
        "The board heard a warning for the future: “Dredge the harbour or lose it.”",
        "Tom Hale got a message from the board: “Your contract ends in May.”",
    ],
)
def test_a_subject_that_receives_the_words_does_not_speak(text: str) -> None:
    assert speaker_of(text) not in ("The board", "Tom Hale")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Banker Ian Read met analysts. “We will keep the plant open,” Read said.", "Ian Read"),
        ("Strategist Al From met donors. “We lost three elections,” From said.", "Al From"),
    ],
)
def test_a_surname_spelled_as_a_word(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


def test_a_surname_spelled_as_a_word_keeps_its_speaker_across_quotes() -> None:
    text = (
        "Strategist Al From met donors.\n\n“We lost three elections,” From said. "
        "“Our challenge was to win back the middle.”"
    )
    assert speakers(text) == ["Al From", "Al From"]


@pytest.mark.parametrize(
    "text",
    [
        # Controls: the word was never printed as a name's last word.
        "Banker Ian Roe met analysts. “We will keep the plant open,” Read said.",
        "From Here On is the title. “We lost three elections,” From said.",
    ],
)
def test_a_word_never_printed_as_a_surname_is_no_name(text: str) -> None:
    assert speaker_of(text) not in ("Read", "From", "From Here On")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Every village gets a doctor.” Those words from Mayor Ana Ruiz opened the session.",
            "Ana Ruiz",
        ),
        (
            "“Every village gets a doctor.” That message, from union leader Tom Hale, was read "
            "out at every rally.",
            "Tom Hale",
        ),
        (
            "“Every village gets a doctor.” That quote from Senator Ivo Brant ran on every "
            "front page.",
            "Ivo Brant",
        ),
    ],
)
def test_a_sentence_after_the_quote_says_whose_words_they_were(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


def test_words_from_a_body_not_named_give_no_echo_speaker() -> None:
    # Control: no capitalised name after "from".
    text = "“Every village gets a doctor.” That message from the union went out at noon."
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz speaking to the Gazette said, “The pier is unsafe.”", "Ana Ruiz"),
        (
            "A harbour official talking to reporters said “The pier is unsafe.”",
            "A harbour official",
        ),
    ],
)
def test_a_participle_phrase_between_the_subject_and_its_cue(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


def test_a_participle_cue_after_an_object_still_gives_no_speaker() -> None:
    # Control: the participle is the cue itself; its subject is elsewhere.
    text = "The council issued a statement to the press calling it “a sad day.”"
    assert speaker_of(text) != "the press"
