"""A *He* or *She* opening the sentence after a subject's name says its sex (issue 14).

A person named first in a sentence, as its subject, with no pronoun after the name
in that sentence gets a vote from a *He* or *She* that opens the next one (*Vale
thanked the crowd. She left.*; a quote may end the sentence). In a run of turns
that sentence is often about the hearer, so these votes are counted apart: they bar
the other sex only when nothing else says one (a title, a given name, the pronouns
after the name), and they give no sex bonus. Every sentence here is our own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers.identity import _PERSON, _Entity, _Voter


def _votes(text: str, name: str, *others: str) -> dict[str, int]:
    start = text.index(name)
    voter, votes = _Voter(text), {}
    voter.starts = sorted([start, *(text.index(o) for o in others)])
    voter.count([(start, start + len(name))], votes)
    return votes


def test_a_she_opening_the_next_sentence_votes_apart() -> None:
    assert _votes("Noor Hale signed the lease. She moved in.", "Noor Hale") == {"F": 1}
    assert _votes("Noor Hale signed the lease. He moved in.", "Noor Hale") == {"M": 1}


def test_a_pronoun_in_the_sentence_votes_as_before() -> None:
    assert _votes("Noor Hale said she would sign. He left.", "Noor Hale") == {"f": 1}


def test_a_name_that_ends_its_sentence_gets_no_vote() -> None:
    # "turned to Noor Hale." names no subject: the next *She* may be anyone's.
    assert _votes("The mayor turned to Noor Hale. She nodded.", "Noor Hale") == {}


def test_a_quote_that_ends_the_sentence_is_passed_over() -> None:
    assert _votes('Noor Hale replied: "Not today." She left.', "Noor Hale") == {"F": 1}
    assert _votes("Noor Hale replied: \u201cNot today.\u201d He left.", "Noor Hale") == {"M": 1}


def test_a_quote_inside_the_sentence_stops_the_vote() -> None:
    assert _votes('Noor Hale called it "a stunt" and left. She sat.', "Noor Hale") == {}


def test_a_name_after_another_in_its_sentence_gets_no_vote() -> None:
    # The next sentence's *He* is more likely the first name's, the main subject.
    text = "Tom Reyes walked out when Noor Hale spoke. He was angry."
    assert _votes(text, "Noor Hale", "Tom Reyes") == {}
    assert _votes(text, "Tom Reyes", "Noor Hale") == {"M": 1}


def test_the_next_sentence_she_bars_a_later_he() -> None:
    text = (
        "Casey Ames spoke first. Taylor Vale says she will appeal. Vale thanked the "
        'crowd at length. She then left the stage. "We lost," he said.'
    )
    assert [q.speaker.name if q.speaker else None for q in parse(text).quotes] == ["Casey Ames"]


def test_votes_apart_say_a_sex_only_when_nothing_else_does() -> None:
    kit = _Entity(name="Kit Ames", kind=_PERSON, votes={"F": 2})
    assert kit.pronoun_gender() == "f"
    # No sex bonus: the sex the text itself says does not read them.
    assert kit.pronoun_gender(given_names=False) == ""
    one = _Entity(name="Kit Ames", kind=_PERSON, votes={"f": 1, "F": 1})
    assert one.pronoun_gender() == "f"
    split = _Entity(name="Kit Ames", kind=_PERSON, votes={"f": 1, "M": 1})
    assert split.pronoun_gender() == ""
    hubert = _Entity(name="Hubert Crane", kind=_PERSON, votes={"F": 3})
    assert hubert.pronoun_gender() == "m"


@given(
    m=st.integers(0, 5),
    f=st.integers(0, 5),
    apart_m=st.integers(0, 5),
    apart_f=st.integers(0, 5),
    name=st.sampled_from(["Kit Ames", "Hubert Crane", "Harriet Crane"]),
)
def test_votes_apart_never_change_a_sex_said_otherwise(
    m: int, f: int, apart_m: int, apart_f: int, name: str
) -> None:
    without = _Entity(name=name, kind=_PERSON, votes={"m": m, "f": f})
    both = _Entity(name=name, kind=_PERSON, votes={"m": m, "f": f, "M": apart_m, "F": apart_f})
    said = without.pronoun_gender()
    if said:
        assert both.pronoun_gender() == said
    assert both.pronoun_gender(given_names=False) == without.pronoun_gender(given_names=False)
