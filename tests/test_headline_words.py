"""A headline quote whose speaker was read from one capitalised word of the headline
(a place before a colon, a noun phrase's first word, a surname the cue put to the
wrong quote) takes the person the body names when a body quote prints its words
(``turns.echoes``, ``turns._headline_word``)."""

from __future__ import annotations

import pytest

from quoteverify import parse

_BODY = "The harbour board met on Monday to hear from the crews.\n\n"


def _first(text: str) -> tuple[str | None, str | None]:
    q = parse(text).quotes[0]
    return (
        q.speaker.name if q.speaker is not None else None,
        q.cue.rule if q.cue is not None else None,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place before the colon (read as Leith)
        (
            "Hale to visit Leith: 'The crews must be heard'\n\n"
            + _BODY
            + 'Tom Hale will travel north this week. "The crews must be heard," he said.',
            "Tom Hale",
        ),
        # the first word of the headline's noun phrase (read as Harbour)
        (
            "Harbour deal reached: 'We kept the fleet afloat, just,' says union negotiator\n\n"
            + _BODY
            + 'Mara Quill, who led the talks, said: "We kept the fleet afloat, just."',
            "Mara Quill",
        ),
        # a surname that the cue put to the other candidate's quote (read as Hale)
        (
            "Quill wins, Hale concedes: 'The town voted for change'\n\n"
            + _BODY
            + '"The town voted for change and I will serve it," said Mara Quill.',
            "Mara Quill",
        ),
    ],
)
def test_a_headline_word_takes_the_named_body_speaker(text: str, speaker: str) -> None:
    assert _first(text) == (speaker, "headline-echo")


def test_near_miss_a_kicker_label_before_the_colon_is_kept() -> None:
    text = (
        "Pollwatch: a 'sharp swing' among the voters\n\n"
        + _BODY
        + 'Tom Hale said the data showed "a sharp swing" in the final week.'
    )
    assert _first(text)[0] == "Pollwatch"


def test_near_miss_a_headline_surname_keeps_its_own_cue() -> None:
    text = (
        "Hale vows the port 'will stay open'\n\n"
        + _BODY
        + '"The port will stay open," said Tom Hale.'
    )
    assert _first(text) == ("Tom Hale", "X-said-quote")


@pytest.mark.parametrize(
    "body",
    [
        # the body's speaker has no name in full
        '"The crews must be heard," a second pilot said.',
        # the body never prints the headline's words
        '"The tide tables were wrong," Tom Hale said.',
    ],
)
def test_near_miss_a_headline_place_without_a_named_echo_is_kept(body: str) -> None:
    text = "Hale to visit Leith: 'The crews must be heard'\n\n" + _BODY + body
    assert _first(text)[0] != "Tom Hale"
