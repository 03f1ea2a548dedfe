"""UK headlines whose subject heard the quote (issue 14, h53c-titles).

*Inquest hears ...*, *Tribunal hears ...*, *Jury told ...*, *MPs told ...*: the
bare body before *hears* or a headline's passive *told*
(``lexicons/hearing_verbs.txt``, ``lexicons/hearer_nouns.txt``) heard the words,
so it is no speaker, and neither is the subject of the clause it heard
(``speakers.attribution._headline_hearer``, ``_heard_clause``).
"""

from __future__ import annotations

import pytest

from .conftest import speakers

_BODY = "\n\nThe hearing in Carlisle went on into a second day."


@pytest.mark.parametrize(
    "headline",
    [
        "Inquest hears ferry crossing was 'badly planned'",
        "Tribunal hears porter was 'pushed out'",
        "Jury told accountant 'hid the ledgers'",
        "Peers told new levy is 'unworkable'",
        "Murder trial hears of 'frantic' call",
    ],
)
def test_a_hearing_body_in_a_headline_is_no_speaker(headline: str) -> None:
    assert speakers(headline + _BODY) == [None]


def test_the_clause_the_hearer_heard_has_no_speaker() -> None:
    text = "MSPs told water board faces 'a lean decade'" + _BODY
    assert speakers(text) == [None]


def test_near_miss_a_person_who_hears_is_still_read() -> None:
    # Only bodies that hear evidence: a named person before "hears" keeps the quote.
    text = "Halvorsen hears 'enough is enough' from rail unions" + _BODY
    assert speakers(text) != [None]


def test_near_miss_a_body_that_tells_someone_speaks() -> None:
    # "The committee told ministers": an article and an object, no headline passive.
    text = (
        "Funding for ferries was cut again this spring. "
        'The committee told ministers the plan was "not credible."'
    )
    assert speakers(text) != [None]
