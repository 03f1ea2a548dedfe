"""A charity named once, then returned to as *the charity* (h60-bodynoun).

*the charity* goes back to the body named last whose name holds a word a charity's
name is made of (*Trust*, *Foundation*, *Fund*, *Relief*, *Institution*:
the ``charity`` row of ``lexicons/body_nouns.tsv``), or, as *the group* does, to a
body the paragraph named with no such word, through the one path *the company said*
takes (``identity._Registry._body_named``).
"""

from __future__ import annotations

import pytest

import quoteverify as qv


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Kestrel Coast Rescue Institution said two of its crews went out overnight.\n\n"
            '"They left warm beds for a gale," the charity said.',
            "Kestrel Coast Rescue Institution",
        ),
        (
            "Volunteers from the Bramble Lane Trust handed out blankets on Sunday.\n\n"
            '"Every bed was taken by nine," the charity said.',
            "Bramble Lane Trust",
        ),
        (
            "The Oswin Children's Fund said it would pay for the new ward.\n\n"
            '"Families should not have to wait," the charity said.',
            "Oswin Children's Fund",
        ),
        (
            'Shelterline said on Monday it had opened two more rooms.\n\n"We were full by nine,"'
            " the charity said.",
            "Shelterline",
        ),
    ],
)
def test_the_charity_names_the_charity_named_before(text: str, body: str) -> None:
    assert _speakers(text) == [body]


def test_the_charity_goes_to_the_last_charity_named() -> None:
    text = (
        "The Brenwick Foundation said it would help the town. The Dorley Trust said it"
        ' could not.\n\n"We were full by nine," the charity said.'
    )
    assert _speakers(text) == ["Dorley Trust"]


@pytest.mark.parametrize(
    "text",
    [
        # a person named last, no body: the description stays
        'Tom Hale, who runs a shelter, said he was tired.\n\n"We were full by nine,"'
        " the charity said.",
        # a company's name says another kind: no charity
        'Halden Motors Ltd cut its prices.\n\n"We were full by nine," the charity said.',
        # a court's name ends on a word some charities' names end on: no charity
        'The Court of Appeal ruled on Friday.\n\n"We will go on," the charity said.',
    ],
)
def test_near_miss_no_charity_named_keeps_the_description(text: str) -> None:
    assert _speakers(text) == ["the charity"]


def test_near_miss_the_charity_in_lower_case_between_may_be_another_body() -> None:
    text = (
        "The Wendle Trust gave the town a grant. A second charity, run from a church"
        ' hall, handed out food.\n\n"We were full by nine," the charity said.'
    )
    assert _speakers(text) == ["the charity"]
