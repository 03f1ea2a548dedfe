"""A word the given names lack, opening its sentence with an age after it, is a person
(h54b-blind35).

*Kerry, 38, held a placard. "...," she said*: reports from picket lines, floods and
crowds name people by a first name and an age, and many such names (*Kerry*,
*Eleni*) are not in ``lexicons/given_names.tsv``. The registry keeps such a word
as a person a later pronoun may stand for, unless it is a place, a time word, a
word the text also prints in lower case or a body the text describes, or it does
not open its sentence.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_a_striker_named_by_first_name_and_age() -> None:
    text = (
        "About thirty cleaners stood at the hospital gate before dawn. "
        'Kerry, 41, waved at passing cars. "We clean the wards and we cannot pay '
        'the rent," she said.'
    )
    assert _speakers(text) == ["Kerry"]


def test_a_resident_after_an_expert_is_not_the_expert() -> None:
    text = (
        "Dr Paula Venn, who studies heat at the university, said nights were the danger.\n\n"
        'Eleni, 72, spends her afternoons in a library with air conditioning. "At home '
        'I cannot breathe," she said.'
    )
    assert _speakers(text) == ["Eleni"]


def test_without_the_age_the_word_is_no_person() -> None:
    # (near miss: no age between commas, so "Kerry" is read as before: no person)
    text = (
        "About thirty cleaners stood at the hospital gate before dawn. "
        'Kerry waved at passing cars. "We cannot pay the rent," she said.'
    )
    assert _speakers(text) != ["Kerry"]


def test_a_place_with_a_number_is_no_person() -> None:
    text = (
        "Governor Dana Rusk spoke at noon. Ohio, 14, and Texas, 12, sent crews. "
        '"We will rebuild," she said.'
    )
    assert _speakers(text) == ["Dana Rusk"]


def test_a_word_inside_a_sentence_is_not_taken() -> None:
    # (near miss: the word does not open its sentence)
    text = (
        "Senator Ruth Ames toured the depot. Drivers met Kerry, 38, at the gate. "
        '"They deserve better," she said.'
    )
    assert _speakers(text) == ["Ruth Ames"]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=18, max_value=99))
def test_any_adult_age_names_the_same_person(age: int) -> None:
    text = f'Marlo Quint, 50, led the march. Tavi, {age}, held a flag. "We stay," she said.'
    assert _speakers(text) == ["Tavi"]


# h60-pronoun: the lone name with its age may stand in apposition to a description
# that opens the sentence with a single determiner and a role noun.


def test_a_passenger_named_after_her_description() -> None:
    text = (
        'The airline said every flight would leave by noon. "We are sorry," said '
        "Tom Reed, its duty manager.\n\n"
        "One passenger, Ulla, 38, slept on a bench by the gate. "
        '"Nobody brought us blankets," she said.'
    )
    assert _speakers(text) == ["Tom Reed", "Ulla"]


def test_a_resident_of_a_village_named_after_his_description() -> None:
    text = (
        "Health workers tested the wells on Monday.\n\n"
        "A resident of Kembu, Oduya, 54, said his family drank from the well. "
        '"We did not know," he said.'
    )
    assert _speakers(text) == ["Oduya"]


def test_a_description_without_a_role_noun_names_nobody() -> None:
    # near miss: "One day" is no description of a person
    text = (
        "Health workers tested the wells on Monday.\n\n"
        "One day, Kembu, 54, families lined up at the pump. "
        '"We did not know," a mother said.'
    )
    assert "Kembu" not in _speakers(text)


def test_an_age_inside_a_clause_is_still_a_count() -> None:
    # near miss: the name follows a verb's clause, not an apposed description
    text = 'Buses came from a town, Leith, 12, and Carrow, 9. "It was full," she said.'
    assert _speakers(text) != ["Leith"]
