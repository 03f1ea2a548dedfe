"""The writer's own question in a profile, and the answer after it (issue 14, h54b-answers).

A profile prints the reporter's question with a first-person cue (*"Is the lake
rising?" I asked.*) and the answer as the next quote paragraph with no cue. The
answer is not the writer's: the continuation rule hands it to whoever spoke before
the question (when the question opens its paragraph), or to nobody. A
question put by a named person, a first-person cue that does not ask, or a
first-person asker whose quote is no question still carries on as before.
"""

from __future__ import annotations

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
