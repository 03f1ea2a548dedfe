"""A headline printed with one line break after it (the byline or the lede on the next
line, no blank line) is still the text's headline for identity
(``_Registry._in_headline``): a role it prints with no article (*Westbury coach:*,
*Harbour board chair says*) names ahead, the person the body first gives that role."""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(text).quotes]


_COACH_BODY = (
    "LEEDS — Westbury Rovers coach Tom Hale called Saturday's 4-0 defeat at home "
    '"shameful" and said his players owed the fans an apology.\n'
    '"Nobody ran, nobody tackled," Hale said.'
)


@pytest.mark.parametrize("gap", ["\n", "\nBy Ann Lee, Sports Desk\n"])
def test_role_label_before_a_colon_takes_the_body_holder(gap: str) -> None:
    text = 'Westbury coach: "shameful" defeat a lesson for all' + gap + _COACH_BODY
    assert _speakers(text)[0] == "Tom Hale"


def test_role_subject_of_a_headline_verb_takes_the_body_holder() -> None:
    text = (
        "Harbour board chair admits plan \u2018went too far\u2019 on fares\n"
        "The chair of the harbour board, Rosa Lind, told councillors on Monday the "
        "new fares had been set too high.\n"
        '"We got the sums wrong and we will put it right," Lind said.'
    )
    assert _speakers(text)[0] == "Rosa Lind"


def test_a_blank_line_after_the_headline_reads_as_before() -> None:
    text = 'Westbury coach: "shameful" defeat a lesson for all\n\n' + _COACH_BODY.replace(
        "\n", "\n\n"
    )
    assert _speakers(text)[0] == "Tom Hale"


def test_role_the_body_gives_to_no_one_stays_as_printed() -> None:
    text = (
        'Westbury coach: "shameful" defeat a lesson for all\n'
        "LEEDS — Westbury Rovers lost 4-0 at home on Saturday, their third defeat in a row.\n"
        '"Nobody ran, nobody tackled," said the winger Sam Roe.'
    )
    assert _speakers(text)[0] != "Sam Roe"


def test_topic_label_before_a_colon_names_nobody_in_the_body() -> None:
    text = (
        'Budget 2027: council vows "no new taxes"\n'
        "The council's finance chief, Rosa Lind, set out the plan on Monday.\n"
        '"There will be no new taxes this year," Lind said.'
    )
    assert _speakers(text)[0] != "Budget"


def test_a_first_line_ending_in_a_full_stop_is_no_headline() -> None:
    # a one-line lede: its role is read back, as before, and names no one ahead
    text = (
        'The Westbury coach called the defeat "shameful" on Saturday.\n'
        "Tom Hale, the Westbury coach, said the players owed the fans an apology.\n"
    )
    assert _speakers(text)[0] != "Tom Hale"
