"""A named asker's question at a hearing, and the answer after it (issue 14, h56c-blind41).

A committee or an inquiry is reported as an exchange: a witness speaks, a member
puts a question that says *you* (*"And you knew in March?" Ruiz asked.*), and the
witness's answer opens the next paragraph with no cue. The answer is the witness's,
the speaker before the question, not the asker's. A question that puts nothing to
anyone (no *you*), a question asked by the one who spoke before it, and words in
the asker's own paragraph still carry on as before.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import speakers

_WITNESS = (
    "The managing director of Larch Valley Foods, Petra Olsen, gave evidence to the "
    "agriculture committee on Wednesday about the recall of its frozen pies.\n"
    "Olsen said the company had moved quickly. "
    '"We recalled every batch within a day of the first test," she said.\n'
)


def test_the_answer_after_a_members_question_is_the_witnesses() -> None:
    text = _WITNESS + (
        '"And you told the food agency on the same day?" Senator Ruth Kamara asked.\n'
        '"On the same afternoon. I rang them myself from the plant."'
    )
    assert speakers(text) == ["Petra Olsen", "Ruth Kamara", "Petra Olsen"]


def test_a_question_after_a_framing_sentence_is_answered_by_the_witness() -> None:
    # The member's question follows the sentence that frames it in its paragraph.
    text = _WITNESS + (
        "The committee's chair, Owen Teale, asked whether the agency had been told. "
        '"Did you ring them yourself?"\n'
        '"I did, from the plant, before the trucks had left the depot."'
    )
    assert speakers(text)[1:] == ["Owen Teale", "Petra Olsen"]


def test_near_miss_a_question_that_puts_nothing_to_anyone_carries_on() -> None:
    # No "you": a member's own rhetorical question, and her next paragraph is hers.
    text = _WITNESS + (
        '"Who pays for a recall of that size in the end?" Senator Ruth Kamara asked.\n'
        '"The farmers do, every time, and they were never at fault."'
    )
    assert speakers(text)[1:] == ["Ruth Kamara", "Ruth Kamara"]


def test_near_miss_the_answer_in_the_askers_paragraph_stays_the_askers() -> None:
    text = _WITNESS + (
        '"And you told the food agency?" Senator Ruth Kamara asked. "I would like a yes or a no."'
    )
    assert speakers(text)[1:] == ["Ruth Kamara", "Ruth Kamara"]


def test_near_miss_the_witness_asking_back_carries_on() -> None:
    # The one who spoke before asks the question herself: her next paragraph is hers.
    text = _WITNESS + (
        '"Would you have waited for a second test?" Olsen asked the committee.\n'
        '"I would not, and I will not apologise for moving quickly."'
    )
    assert speakers(text)[1:] == ["Petra Olsen", "Petra Olsen"]


_ASKERS = st.sampled_from(["Senator Ruth Kamara", "Owen Teale", "Dr Ines Vale"])
_QUESTIONS = st.sampled_from(
    [
        "Who pays for it?",
        "What happens to the farmers now?",
        "Is that the end of the matter?",
        "Where was the regulator?",
    ]
)


@settings(max_examples=20, deadline=None)
@given(asker=_ASKERS, question=_QUESTIONS)
def test_a_question_without_you_never_hands_on_the_next_paragraph(
    asker: str, question: str
) -> None:
    # Only a question put to someone (one that says "you") makes the next
    # paragraph an answer: without it the asker's words carry on.
    text = _WITNESS + f'"{question}" {asker} asked.\n"That is the point of this hearing."'
    got = speakers(text)
    assert got[2] == got[1]
    assert got[2] != "Petra Olsen"
