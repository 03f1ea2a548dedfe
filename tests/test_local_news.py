"""Speakers in local news and in copy written from press releases (h51-blind25, blind
set 25): town and county papers, regional broadcasters' web copy, and the releases of
companies, police forces, councils and charities.

- short titles of local copy written with a dot that ends no sentence: *Coun.* (a
  Canadian city councillor), *Ald.* (a Chicago alderman), *Insp.* (a police
  inspector) (``lexicons/titles.tsv``), so the dot does not cut the name off;
- offices of town government and the police that stand before a name and are no word
  of it: *Selectman*, *Selectwoman*, *Supervisor*, *Constable* (*Detective
  Constable*) (``lexicons/role_nouns.txt``).
"""

from .conftest import speaker_of, speakers


def test_coun_is_a_title_with_a_dot() -> None:
    text = (
        "The library will stay open on Sundays. "
        "\u201cFamilies asked for this for years,\u201d said Coun. Odile Marchand, who chairs "
        "the library board."
    )
    assert speaker_of(text) == "Odile Marchand"


def test_ald_is_a_title_with_a_dot() -> None:
    text = (
        "The ordinance passed the zoning committee. "
        '"This block deserves a grocery store," said Ald. Kenji Oduya, who wrote it.'
    )
    assert speaker_of(text) == "Kenji Oduya"


def test_insp_is_a_title_with_a_dot() -> None:
    text = (
        "Two men were charged after the raid. "
        '"We will keep knocking on doors," Insp. Bronwen Tait said in a news release.'
    )
    assert speaker_of(text) == "Bronwen Tait"


def test_town_offices_are_no_word_of_the_name() -> None:
    text = (
        "The board met on Tuesday. "
        'Selectman Horace Pennock said the roof was "beyond patching." '
        'Selectwoman Irene Vasko said the town could "not wait another winter." '
        '"We voted no on the rezoning," Supervisor Wade Lindgren said.'
    )
    assert speakers(text) == ["Horace Pennock", "Irene Vasko", "Wade Lindgren"]


def test_detective_constable_is_no_word_of_the_name() -> None:
    text = (
        "A van was stolen from a yard in Hove overnight. "
        "Detective Constable Ruth Ashdown said: \u2018We want to hear from anyone who saw it.\u2019"
    )
    assert speaker_of(text) == "Ruth Ashdown"
