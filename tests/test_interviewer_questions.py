"""The writer's own question in a profile, and the answer after it (issue 14, h54b-answers).

A profile prints the reporter's question with a first-person cue (*"Is the lake
rising?" I asked.*) and the answer as the next quote paragraph with no cue. The
answer is not the writer's: the continuation rule hands it to whoever spoke before
the question (when the question opens its paragraph), or to nobody. A
question put by a named person, a first-person cue that does not ask, or a
first-person asker whose quote is no question still carries on as before.
"""

from __future__ import annotations

import pytest

from .conftest import speakers

_LEAD = (
    "Dr. Tomasz Wielgosz has measured the lake at Hollin Mere every morning for a "
    "decade, in every weather the valley has had since the dam was raised again.\n"
    '"Nine years and four months. I missed two days, both for funerals," Wielgosz '
    "said, wading out to the gauge with a clipboard held above the water line.\n"
)


def test_answer_after_the_writers_question_is_not_the_writers() -> None:
    text = _LEAD + (
        '"Is the lake rising faster than it did when you began measuring it?" I asked.\n'
        '"Faster every spring. Slower every autumn. The sum is what worries me."'
    )
    assert speakers(text)[1:] == ["I", "Tomasz Wielgosz"]


def test_an_answer_goes_to_nobody_when_narration_leads_in_the_question() -> None:
    # The question follows a sentence of narration in its paragraph: who was asked
    # is not read from the quote before.
    text = _LEAD + (
        "A storm is due on Thursday. "
        '"Will you go out to the gauge in that kind of weather?" I asked.\n'
        '"Of course. The storms are the mornings that matter most."'
    )
    assert speakers(text)[2] is None


def test_the_same_with_the_present_tense_we_ask() -> None:
    text = _LEAD + (
        '"Would you ever stop, now that the grant has finally run out for good?" we ask.\n'
        '"Not while the gauge still stands. Somebody has to read it every day."'
    )
    assert speakers(text)[2] == "Tomasz Wielgosz"


def test_near_miss_a_named_asker_still_carries_on() -> None:
    # Not the writer: a named person's question may run on in her next paragraph.
    text = _LEAD + (
        '"Is the lake rising faster than it did when you began?" Wielgosz asked the '
        "group of students standing on the bank beside him.\n"
        '"Nobody here knows. That is why we keep on reading the gauge."'
    )
    assert speakers(text)[2] == "Tomasz Wielgosz"


def test_near_miss_the_writers_statement_carries_on() -> None:
    # A first-person cue that asks nothing: the writer goes on speaking.
    text = _LEAD + (
        '"I have never seen anyone keep a record this long by hand," I told him.\n'
        '"Most people give up in the first winter, when the path floods."'
    )
    got = speakers(text)
    assert got[1] == got[2]


def test_a_run_of_questions_hands_each_answer_to_the_one_asked() -> None:
    # Two rounds: the second question's answer goes to the speaker of the first
    # answer, which itself came from before the first question (h54c-review).
    text = _LEAD + (
        '"Is the lake rising faster than it did when you began?" I asked.\n'
        '"Faster every spring, and slower every autumn."\n'
        '"And does anyone in the county read your figures?" I asked.\n'
        '"The water board does, once a year, when the budget is set."'
    )
    assert speakers(text)[1:] == ["I", "Tomasz Wielgosz", "I", "Tomasz Wielgosz"]


def test_a_question_run_over_two_paragraphs_is_still_the_writers() -> None:
    # The question's first paragraph has no closing mark; the cue follows the second.
    text = _LEAD + (
        '"When you began, did you expect to keep at it this long?\n'
        '"And would you do it again, knowing what it costs?" I asked.\n'
        '"Yes, every morning of it, and I would start sooner."'
    )
    assert speakers(text)[1:] == ["I", "Tomasz Wielgosz"]


def test_near_miss_the_interviewee_asking_back_carries_on() -> None:
    # A pronoun asker, not the writer: her question runs on into her next paragraph.
    text = _LEAD + (
        '"Is that a fair way to spend a life, do you think?" he asked.\n'
        '"I think it is. Somebody has to read the gauge, whatever the weather."'
    )
    assert speakers(text)[1:] == ["Tomasz Wielgosz", "Tomasz Wielgosz"]


_WARDEN = (
    "Dr. Tomasz Wielgosz has measured the lake at Hollin Mere every morning for a "
    "decade, in every weather the valley has had since the dam was raised again.\n"
)


@pytest.mark.parametrize(
    "middle",
    [
        'Marta Oyelaran, who runs the boathouse, said: "He never takes a day off."\n'
        '"Is that so strange, for a man with nothing else to do?" Wielgosz asked.\n',
        '"He never takes a day off," said Marta Oyelaran, who runs the boathouse.\n'
        "Wielgosz laughed at that.\n"
        '"Is that so strange, for a man with nothing else to do?" he asked.\n',
    ],
)
def test_near_miss_an_asker_not_the_writer_keeps_the_next_paragraph(middle: str) -> None:
    # Someone else spoke before the question, so handing the answer back would give
    # it to her: only a first-person asker's question does that (h54c-review; fails
    # without the first-person test in _interviewer_question).
    text = _WARDEN + middle + '"I have the gauge, and the gauge has me. That is enough."'
    assert speakers(text)[1:] == ["Tomasz Wielgosz", "Tomasz Wielgosz"]
