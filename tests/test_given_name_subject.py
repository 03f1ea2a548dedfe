"""A title's sex bonus does not let a person named further back beat a nearer
subject whose given name says the pronoun's sex (*Mr. Ode spoke. Tom Hale rose.
He said*: Hale), unless the titled person is named again after that subject, or
the subject is a name after a quoted epithet (issue 14, h40b-pron). Every sentence
here is our own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _QUOTED_EPITHET


def _last(text: str) -> str | None:
    return parse(text).quotes[-1].speaker_name


def test_a_nearer_subject_with_a_male_given_name_takes_the_next_he() -> None:
    text = (
        'Mr. Ode opened the hearing with a short statement. "We are ready," Ode said.\n\n'
        "Later that morning, the board turned to the budget. Tom Hale, the treasurer, "
        'read out the figures. He said the town "cannot keep borrowing at this pace."'
    )
    assert _last(text) == "Tom Hale"


def test_a_nearer_subject_with_a_female_given_name_takes_the_next_she() -> None:
    text = (
        'Mrs. Vance chaired the meeting. "Let us begin," Vance said.\n\n'
        "The first item was the new library. Karen Ruiz, who runs the branch, "
        'spoke at length. She said the roof "leaks every spring."'
    )
    assert _last(text) == "Karen Ruiz"


def test_the_titled_person_named_after_the_subject_keeps_the_bonus() -> None:
    # Ode is named again after Hale (the object of his question): still in view.
    text = (
        'Mr. Ode gave a speech on Friday. "Taxes will fall," Ode said.\n\n'
        "Radio host Tom Hale asked Ode about remarks he had made a week earlier, "
        'when he called the plan "a gift to the town."'
    )
    assert _last(text) == "Ode"


def test_an_owner_named_after_the_subject_is_not_in_view() -> None:
    # Ode's name as an owner after Hale does not keep Ode's bonus.
    text = (
        'Mr. Ode gave a speech on Friday. "Taxes will fall," Ode said.\n\n'
        "Tom Hale, the county clerk, praised Ode's plan at a meeting on Monday. "
        'He said it "will help every family."'
    )
    assert _last(text) == "Tom Hale"


def test_a_name_after_a_quoted_epithet_is_no_sure_subject() -> None:
    text = (
        'Mr. Ode spoke for an hour. "Nobody works harder," Ode said. '
        'Then he turned to "sleepy" Tom Hale. He called the plan "a disaster."'
    )
    assert _last(text) == "Ode"


def test_a_title_still_beats_a_subject_whose_sex_nothing_says() -> None:
    # Kit is no given name the list sexes: the title's bonus decides.
    text = 'Mrs. Roux sat down. Kit Ellery came in. "You again," she said.'
    assert _last(text) == "Roux"


def test_the_epithet_shape() -> None:
    for text in ('to "little" ', 'called "lyin\u201d ', 'the "crooked" '):
        assert _QUOTED_EPITHET.search(text, max(0, len(text) - 4), len(text))
    for text in ('the end." ', 'it," ', "the senator "):
        assert not _QUOTED_EPITHET.search(text, max(0, len(text) - 4), len(text))


@given(
    st.sampled_from(["Tom", "Paul", "James", "Peter"]), st.sampled_from(["Hale", "Lamb", "Crane"])
)
def test_any_male_given_name_subject_beats_a_farther_mister(given_name: str, surname: str) -> None:
    text = (
        f'Mr. Ode opened the hearing. "We are ready," Ode said.\n\n'
        f"The board then turned to the budget. {given_name} {surname} read out the "
        f'figures. He said the town "cannot keep borrowing."'
    )
    assert _last(text) == f"{given_name} {surname}"
