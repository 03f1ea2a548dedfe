"""The name a speaker is given is the person's own name, whole and alone (issue 14):
an owner's possessive before it (*the Ledger's Jo Hale*, *Reuters' Ana Ruiz*) is no
word of the name, and a short word in capitals that ends a sentence (*a PAC.*) does
not run into the name that opens the next one; a day of the week after a name is no
word of it (*asked Ruiz Friday*), and a person's role set after her name ends before
another person's title (*an aide to Mr. Hale*), so a later *Ms. Ruiz* is the same
woman, shown by her full name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import Corpus, Verdict, parse, verify
from quoteverify.speakers.mentions import find_names
from quoteverify.surfaces.evaluate import gold_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We will not wait for the board,” the Ledger’s Jo Hale said.", "Jo Hale"),
        ("The Ledger's Jo Hale said the board “can wait a year.”", "Jo Hale"),
        ("“The count is slow,” wrote Reuters’ Ana Ruiz on Monday.", "Ana Ruiz"),
        ("The Harbour Gazette’s Tomas Velde said the ferry was “late again.”", "Tomas Velde"),
        ("“It is a fair levy,” the Dover Trust’s Gov. Ruth Okafor said.", "Ruth Okafor"),
        ("Coast Radio’s Mirel Tanaka Ode noted the vote was “very close.”", "Mirel Tanaka Ode"),
    ],
)
def test_an_owners_possessive_is_no_word_of_the_name(text: str, name: str) -> None:
    (q,) = parse(text).quotes
    assert q.speaker_name == name


def test_the_mention_keeps_the_owner_where_the_name_drops_it() -> None:
    (found,) = find_names("Later the Ledger’s Jo Hale called.")
    assert (found.text, found.head) == ("Ledger’s Jo Hale", "Jo Hale")


@pytest.mark.parametrize(
    "phrase",
    [
        "Ada Lowe’s New York",  # a state or its city, not a person
        "Miss Pell’s Kettle Was So Loud",  # a heading's words
        "Pell’s Rose Cottage",  # a place
        "Ada Lowe’s European Union",  # a body of nations
        "Dora’s Acme Foundation",  # a body
    ],
)
def test_what_a_possessive_owns_stays_whole_when_it_is_no_person(phrase: str) -> None:
    heads = [f.head for f in find_names(f"It was {phrase} then.")]
    assert all("’s" in h for h in heads if len(h.split()) > 1), heads


@pytest.mark.parametrize("word", ["PAC", "FBI", "NATO"])
def test_a_short_word_in_capitals_ends_a_sentence_before_a_name(word: str) -> None:
    heads = [f.head for f in find_names(f"Funds went to the {word}. Dana Pell denied it.")]
    assert "Dana Pell" in heads, heads


def test_a_short_form_in_capitals_ends_no_sentence() -> None:
    # "INC." is a company's suffix (lexicons/abbreviations.txt), not a sentence end
    heads = [f.head for f in find_names("Shares of ACME INC. Holdings fell.")]
    assert "Holdings" not in heads, heads


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Reuters’ Ana Ruiz", "Ana Ruiz"),
        ("Harbour News' Jo Hale", "Jo Hale"),
        ("the Ledger's Jo Hale", "Jo Hale"),
    ],
)
def test_the_gold_name_drops_an_owner_with_a_bare_apostrophe(mention: str, name: str) -> None:
    assert gold_name(mention) == name


_WORD = st.sampled_from(["Harbour", "Ledger", "Coast", "Velde", "Reuters", "Acme", "Gazette"])
_GIVEN = st.sampled_from(["Jo", "Ana", "Tomas", "Ruth", "Mirel", "Dana"])
_SURNAME = st.sampled_from(["Hale", "Ruiz", "Okafor", "Pell", "Lowe", "Tanaka"])


@given(
    owner=st.lists(_WORD, min_size=1, max_size=3),
    mark=st.sampled_from(["'s", "’s"]),
    first=_GIVEN,
    last=_SURNAME,
)
def test_no_owner_word_is_left_in_a_persons_name(
    owner: list[str], mark: str, first: str, last: str
) -> None:
    text = f"Later the {' '.join(owner)}{mark} {first} {last} called."
    heads = [f.head for f in find_names(text)]
    assert heads == [f"{first} {last}"], heads


@pytest.mark.parametrize("opener", ["Enter", "Then came"])
def test_a_body_named_at_a_sentence_end_keeps_its_place_word(opener: str) -> None:
    # "Enter" opens a sentence as a verb (lexicons/stopwords.txt), never a name word;
    # a nation's word before a body's head is the body's, also before a full stop
    text = f"The plan stalled in May. {opener} The Moscow Post. Its editors wrote at once."
    heads = [f.head for f in find_names(text, lone=True)]
    assert "Moscow Post" in heads, heads


def test_a_claim_naming_the_person_matches_the_quote_an_owner_introduced() -> None:
    corpus = Corpus()
    corpus.add(
        "“The ferry will run all winter,” the Harbour Gazette’s Tomas Velde said.", doc_id="g"
    )
    assert verify(corpus, "The ferry will run all winter", speaker="Tomas Velde").verdict is (
        Verdict.EXACT
    )
    wrong = verify(corpus, "The ferry will run all winter", speaker="Ana Ruiz")
    assert wrong.verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dana Pell spoke first. “We are not done,” Pell told the Beacon Friday.", "Dana Pell"),
        ("“The count is slow,” said Omar Velde Tuesday.", "Omar Velde"),
        ("A radio host asked Dana Pell Sunday about the levy. “It stays,” said Pell.", "Dana Pell"),
    ],
)
def test_a_day_of_the_week_after_a_name_is_no_word_of_it(text: str, name: str) -> None:
    assert [q.speaker_name for q in parse(text).quotes] == [name]


@pytest.mark.parametrize("day", ["Monday", "Wednesday", "Saturday"])
def test_the_day_ends_the_run_of_capitalised_words(day: str) -> None:
    heads = [f.head for f in find_names(f"The mayor asked Rhea Tomlin {day} about it.")]
    assert heads == ["Rhea Tomlin"], heads


@pytest.mark.parametrize("month", ["April", "June"])
def test_a_month_that_is_a_given_name_stays_in_the_name(month: str) -> None:
    # months are given names too (*April*, *June*): only the days are cut
    heads = [f.head for f in find_names(f"The mayor asked {month} Tomlin about it.")]
    assert heads == [f"{month} Tomlin"], heads


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        ("Rhea Tomlin, a backer of Mr. Okafor,", "Ms. Tomlin", "Rhea Tomlin"),
        ("Rhea Tomlin, an adviser to Mr. Okafor,", "Ms. Tomlin", "Rhea Tomlin"),
        ("Omar Velde, a pollster for Mrs. Pell,", "Mr. Velde", "Omar Velde"),
    ],
)
def test_a_role_after_a_name_takes_no_sex_from_another_persons_title(
    intro: str, later: str, name: str
) -> None:
    text = f"{intro} spoke at the hall.\n\n“We will keep going,” {later} said."
    assert [q.speaker_name for q in parse(text).quotes] == [name]
