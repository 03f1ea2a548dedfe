"""A name in apposition to a role at a body printed without an article (h46c-left).

*A nurse at Kelburn General Hospital, Rita Osei, said*: the capitalised words after
*at* are a body's name (its last word an organisation's or an institution's,
``lexicons/institution_heads.txt``), not a place with its region after the comma, so
the name after the comma is the sentence's subject and a pronoun's quote after it
goes to her.
"""

import pytest

from quoteverify.speakers.identity import _descriptor_before

from .conftest import speaker_of

LEAD = (
    "The district's superintendent, Dr. Mona Feld, said buses would run late. \"We "
    'have twelve drivers short," Feld said.\n\n'
)


def test_a_nurse_at_a_hospital_is_the_subject() -> None:
    text = LEAD + (
        "A nurse at Kelburn General Hospital, Rita Osei, said the ward had been "
        'short of beds all winter. "We put patients in the corridor," she said.'
    )
    assert speaker_of(text) == "Rita Osei"


def test_a_teacher_at_a_school_is_the_subject() -> None:
    text = LEAD + (
        "A maths teacher at Ridgeway Primary School, Anna Brell, said the pupils "
        'waited outside in the rain. "Some of them cried," she said.'
    )
    assert speaker_of(text) == "Anna Brell"


def test_the_descriptor_holds_the_body() -> None:
    text = "A doctor at Hallam Street Clinic, Iris Vane, said"
    at = text.index("Iris")
    assert _descriptor_before(text, at) == "doctor at Hallam Street Clinic"


def test_a_place_and_its_region_stay_no_descriptor() -> None:
    # a town and its province after "from": no body's last word, no apposition
    text = "a lorry driver from Port Alder, Nova Scotia, said"
    assert _descriptor_before(text, text.index("Nova")) == ""


def test_a_school_with_its_article_was_read_before() -> None:
    text = LEAD + (
        "A maths teacher at the school, Anna Brell, said the pupils waited outside. "
        '"Some of them cried," she said.'
    )
    assert speaker_of(text) == "Anna Brell"


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Brandt of the water company Aqualine said the mains "will hold".',
        'Ivo Brandt of the think tank Northgate said the mains "will hold".',
        'Ivo Brandt at the rights group Open Door said the mains "will hold".',
    ],
)
def test_a_body_named_after_its_kind_noun_is_the_persons_affiliation(text: str) -> None:
    # The kind noun before the body's name ("the water company Aqualine") is not
    # read as the name's title: the person before "of" is the subject.
    assert speaker_of(text) == "Ivo Brandt"


def test_the_kind_noun_alone_still_names_the_body() -> None:
    text = 'The water company Aqualine said the mains "will hold".'
    assert speaker_of(text) == "Aqualine"
