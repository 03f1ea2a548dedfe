"""An unnamed person's description whose name the next sentences give.

News often opens on a person by role (*a federal judge wrote*, *said a resident*)
and names them a sentence or a paragraph later, with the role as the name's title
(*Judge Nora Blake*) or in apposition (*The resident, Ana Pell,*).
``identity._named_forward`` gives the description's quotes that name, looking once
and a short way forward (``identity._forward_window``); two people so named, a
name with another role, a hearer or an object, a group, a definite description and
a name beyond the next paragraph leave the quote as it was.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import identity


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text).quotes]


def test_a_judge_named_by_title_in_the_next_sentence() -> None:
    text = (
        '"The order stands," a federal judge wrote on Tuesday. Judge Nora Blake'
        " turned down the request for a delay."
    )
    assert _speakers(text) == ["Nora Blake"]


def test_a_titled_name_after_an_opening_phrase_in_the_next_paragraph() -> None:
    text = (
        "A county judge on Friday halted the sale of the park, saying the council had"
        ' "ignored its own rules".\n\n'
        "In a ruling posted late that night, Judge Tomas Ferrier wrote that the vote was"
        " void and that the land stays public."
    )
    assert _speakers(text) == ["Tomas Ferrier"]


def test_a_resident_named_in_apposition_keeps_the_description_as_an_alias() -> None:
    text = (
        '"It was loud all night," said a resident. The resident, Ana Pell, 40, lives'
        " next to the depot."
    )
    quote = quoteverify.parse(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Pell"
    assert "a resident" in quote.speaker.aliases


def test_two_judges_named_after_it_leave_the_description() -> None:
    text = (
        '"The rules are clear," a judge said. Judge Nora Blake and Judge Omar Reid heard'
        " the case together."
    )
    assert _speakers(text) == ["a judge"]


def test_a_name_with_another_role_is_not_the_described_person() -> None:
    text = '"The law is clear," a federal judge wrote. Prosecutor Ann Cole said she would appeal.'
    assert _speakers(text) == ["a federal judge"]


def test_a_titled_name_that_is_an_object_is_not_the_speaker() -> None:
    text = (
        '"You must wait," a judge said at the hearing. The lawyers thanked Judge Nora'
        " Blake for her time."
    )
    assert _speakers(text) == ["a judge"]


def test_a_definite_description_keeps_the_person_named_before() -> None:
    text = (
        'Judge Omar Reid heard the case. "The law is clear," the judge wrote. Judge Nora'
        " Blake will hear the appeal."
    )
    assert _speakers(text) == ["Omar Reid"]


def test_a_name_past_a_paragraph_about_someone_else_is_not_linked() -> None:
    text = (
        '"The order stands," a judge wrote.\n\n'
        "Tom Hale, the mayor, said he would appeal at once.\n\n"
        "Judge Nora Blake was appointed in 2019."
    )
    assert _speakers(text)[0] == "a judge"


def test_a_name_three_sentences_on_is_out_of_reach() -> None:
    text = (
        '"The order stands," a judge wrote. The mayor said he would appeal. His lawyer'
        " agreed with him. Judge Nora Blake was appointed in 2019."
    )
    assert _speakers(text)[0] == "a judge"


def test_a_group_is_not_given_one_name() -> None:
    text = (
        '"We were never asked," said residents of the street. The resident, Ana Pell,'
        " 40, runs the shop."
    )
    assert "Ana Pell" not in _speakers(text)


def test_the_window_ends_after_two_more_sentences_or_the_next_paragraph() -> None:
    text = "A judge spoke. One. Two. Three.\n\nNext.\n\nLast."
    assert text[: identity._forward_window(text, 2)] == "A judge spoke. One. Two."
    lines = "A judge spoke\n\nOne\n\nTwo"
    assert lines[: identity._forward_window(lines, 2)] == "A judge spoke\n\nOne"


@given(
    st.sampled_from(["judge", "resident", "witness", "nurse"]),
    st.sampled_from(["Prosecutor", "Mayor", "Coach", "Senator"]),
)
def test_a_name_titled_with_another_role_never_takes_the_quote(role: str, title: str) -> None:
    text = f'"We saw it all," said a {role}. {title} Ana Pell spoke later that day.'
    assert "Ana Pell" not in _speakers(text)
