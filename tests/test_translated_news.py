"""Speakers in news translated by machine (h49b-blind22, blind set 22).

Shapes of agency copy run through a translation engine:

- the holder of an office printed right after it through a chain of *of*, with no
  comma (*the Minister of Finance of Velaria Anna Nowak*): the place is no word of
  the name (``offices.office_opening``);
- a body's name read on past its place (*the Ministry of Foreign Affairs of
  Velaria*) stops before the holder whose given name follows (*Pavel Lebed*);
- the *Marshal* of a parliament as a title (``lexicons/titles.tsv``);
- *by his words* and *according to her words* as view frames
  (``lexicons/view_frames.txt``): the literal rendering of a Russian or Polish
  *in his words*;
- *the governor of the state of X, Name,*: the title *secretary of state* no longer
  makes *state* a head noun that a descriptor goes back to a person by
  (``offices.title_head``).
"""

from quoteverify.speakers.mentions import find_names

from .conftest import speaker_of, speakers


def test_a_country_between_the_office_and_the_holder_is_no_name_word() -> None:
    text = (
        "The Minister of Finance of Ostravia Hanna Korwel presented the draft budget "
        "on Tuesday. «The deficit will fall next year», — said Korwel."
    )
    assert speaker_of(text) == "Hanna Korwel"


def test_a_known_country_of_two_words_before_the_holder() -> None:
    text = (
        "The Minister of Trade of New Zealand Irma Tolland Pike met the delegation on "
        'Monday. "The talks went well," Pike said.'
    )
    assert speaker_of(text) == "Irma Tolland Pike"


def test_the_holder_after_a_ministry_and_its_country() -> None:
    text = (
        "The head of the Ministry of Foreign Affairs of Ostravia Pavel Igorevich Lebed "
        "spoke on Friday. «We remain open to talks», — said Lebed."
    )
    assert speaker_of(text) == "Pavel Igorevich Lebed"


def test_a_ministry_of_a_country_still_speaks_as_a_body() -> None:
    names = find_names("The Ministry of Foreign Affairs of Ostravia said on Friday.")
    assert [f.head for f in names] == ["Ministry of Foreign Affairs of Ostravia"]


def test_an_office_with_no_chain_of_of_is_left_as_it_was() -> None:
    # "the leader of" a party: no office chain, the run is the party's name
    names = find_names("The leader of Ostravia Hanna Korwel spoke.")
    assert names[0].head == "Ostravia Hanna Korwel"


def test_the_marshal_of_a_parliament_is_a_title() -> None:
    text = (
        "The Marshal of the Sejm of Ostravia Jerzy Malczak met the visitors on Friday.\n"
        "„We share a history“, — said the Marshal after the meeting."
    )
    assert speaker_of(text) == "Jerzy Malczak"


def test_by_his_words_gives_the_quote_to_him() -> None:
    text = (
        "Gleb Ostrov opened the show on Thursday. «Art outlives us», — said Ostrov.\n"
        "By his words, the work on the show took «two years and many sleepless nights»."
    )
    assert speakers(text)[-1] == "Gleb Ostrov"


def test_the_governor_of_the_state_of_a_place_is_the_governor() -> None:
    text = (
        "The governor of the state of Velmora, Ines Cardona Pujol, said on Friday that "
        'the roads were open again. "We worked all night," said the governor.'
    )
    assert speaker_of(text) == "Ines Cardona Pujol"
