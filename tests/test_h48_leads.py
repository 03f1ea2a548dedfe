"""Shapes of news leads (issue 14, h48-leads): a stage name in capitals beside a
person's noun, *the company* after two bodies; all sentences invented."""

from __future__ import annotations

import pytest

from quoteverify import SpeakerKind, parse


def _speaker(text: str, at: int = -1) -> tuple[str, SpeakerKind]:
    """The name and kind of the speaker of the ``at``-th quote of ``text``."""
    speaker = parse(text).quotes[at].speaker
    assert speaker is not None
    return speaker.name, speaker.kind


_BODY, _PERSON = SpeakerKind.ORGANIZATION, SpeakerKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        'KRT, the singer, closed the harbour festival.\n\n"This town is home," KRT said.',
        'The show sold out in an hour. "I missed the stage," the veteran rapper ZOLA '
        'told fans.\n\n"It felt new," ZOLA said.',
        'VEXA, a young pianist, toured all year. "No rest yet," VEXA said.',
    ],
)
def test_capitals_beside_a_persons_noun_are_a_person(text: str) -> None:
    name, kind = _speaker(text)
    assert kind is _PERSON, name


@pytest.mark.parametrize(
    "text",
    [
        'KRTA, the transit agency, cut two routes. "Costs are up," KRTA said.',
        'The singer left early. "The crowd was calm," the FBI said.',
    ],
)
def test_capitals_beside_no_persons_noun_stay_a_body(text: str) -> None:
    assert _speaker(text)[1] is _BODY


@pytest.mark.parametrize(
    "text",
    [
        # the body named later as the subject, its name saying no kind
        'Norvex bought Halden Ltd last year. "Sales fell," Norvex said on Friday.\n\n'
        '"We expect a better quarter," the company said.',
        "Norvex bought Halden Ltd last year. Norvex, which makes valves, said on Friday "
        'that sales fell.\n\n"We expect a better quarter," the company said.',
    ],
)
def test_the_company_is_the_body_the_paragraph_is_about(text: str) -> None:
    assert _speaker(text)[0] == "Norvex"


@pytest.mark.parametrize(
    "text",
    [
        # the other body is named inside the sentence, not as its subject
        "Halden Ltd signed a deal with Norvex last year.\n\n"
        '"We expect a better quarter," the company said.',
        "Halden Ltd sued Norvex last year. It fought the claim for months.\n\n"
        '"We expect a better quarter," the company said.',
    ],
)
def test_the_company_stays_with_the_named_kind_when_no_other_subject(text: str) -> None:
    assert _speaker(text)[0] == "Halden Ltd"
