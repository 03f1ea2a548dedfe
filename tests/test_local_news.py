"""Speakers in local news and in copy written from press releases (h51-blind25, blind
set 25): town and county papers, regional broadcasters' web copy, and the releases of
companies, police forces, councils and charities.

- short titles of local copy written with a dot that ends no sentence: *Coun.* (a
  Canadian city councillor), *Ald.* (a Chicago alderman), *Insp.* (a police
  inspector) (``lexicons/titles.tsv``), so the dot does not cut the name off;
- offices of town government and the police that stand before a name and are no word
  of it: *Selectman*, *Selectwoman*, *Supervisor*, *Constable* (*Detective
  Constable*) (``lexicons/role_nouns.txt``);
- words cited as words after *words such as*, *terms such as*, *phrases such as*
  (the forward-looking statements of a listed company's release) are nobody's
  speech (``lexicons/naming_frames.tsv``);
- an unnamed person described before a restrictive relative clause is the speaker,
  not the clause's object (*A nurse in Carlisle who took part in the survey said*:
  ``mentions._relative_antecedent``);
- *the company's board* in the sentence that names the company is that company
  again, so it does not stop *the company said* going back to it
  (``identity._noun_again``);
- *Cooperative*, *Co-op* and *Bancorp* end a body's name, and *the cooperative*,
  *the co-op* and *the bank* name it again (``lexicons/org_name_heads.txt``,
  ``lexicons/body_nouns.tsv``).
"""

import pytest

from quoteverify import parse
from quoteverify.model import QuoteKind

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


@pytest.mark.parametrize("frame", ["Terms such as", "Words such as", "Phrases such as"])
def test_words_such_as_presents_words_not_speech(frame: str) -> None:
    # (the boilerplate of a listed company's release: its words cited as words)
    text = (
        f"This release holds forward-looking statements. {frame} "
        '"projects," "intends" and "plans" are meant to identify such statements.'
    )
    quotes = parse(text).quotes
    assert [q.kind for q in quotes] == [QuoteKind.NON_SPEECH] * 3
    assert [q.speaker_name for q in quotes] == [None] * 3


def test_a_described_person_s_relative_clause_is_no_speaker() -> None:
    # The object of "who ..." before the cue is no speaker: the unnamed person is.
    text = (
        "The clinic shut its doors in May. "
        "A nurse in Carlisle who took part in the survey said: \u2018We are running on empty.\u2019"
    )
    assert speaker_of(text) == "A nurse in Carlisle"
    text = (
        "The bypass opened a week late. "
        'A driver who saw Councilman Ray Oduya at the ribbon said: "It was chaos."'
    )
    assert speaker_of(text) == "A driver"


def test_a_cooperative_and_a_bancorp_are_bodies_named_again() -> None:
    text = (
        "Members of Blue Ridge Valley Cooperative will pay the same next year. "
        'The cooperative said the freeze came from "a mild summer."'
    )
    assert speaker_of(text) == "Blue Ridge Valley Cooperative"
    text = (
        "Shares of Seabright Bancorp rose 4 percent on Tuesday. "
        'The bank said the deal was "a natural fit."'
    )
    assert speaker_of(text) == "Seabright Bancorp"


@pytest.mark.parametrize("name", ["North Valley Co-op", "Tri-Lake Co-operative"])
def test_a_hyphened_co_op_is_named_again(name: str) -> None:
    # (h51b-review: the registry's index of bodies split "Co-op" into "co op", so
    # the body_nouns rows of "co-op" and "co-operative" named nothing)
    text = f'{name} raised prices on Monday. "Costs rose," the co-op said.'
    assert speaker_of(text) == name


def test_the_body_s_own_description_in_between_names_it_again() -> None:
    # A release's lead: "the company's board" between the name and "the company said".
    text = (
        "Holders of Marrow Creek Foods Inc. will get a larger dividend, the company's "
        "board of directors said on Monday.\n"
        'The company said in a statement that the payout was "well earned."'
    )
    assert speaker_of(text) == "Marrow Creek Foods Inc"
    # In a later sentence than the body's name, another body may be the one meant.
    text = (
        "Pell Analytics Group tracks the market. Brightwell raised its forecast, and "
        "the company's shares rose.\n"
        'The company said the year had been "better than planned."'
    )
    assert speaker_of(text) != "Pell Analytics Group"
