"""A company named again by *the company* past the same noun used for it in between
(issue 14, h55b-orgs).

The first test fails without ``identity._Registry._named_in_paragraph`` (checked by
removing its use in ``_body_named``); the others are guards that hold either way.
"""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


_RULING = (
    "A court ordered the shipping company Varnholt to pay a fine.\n\n"
    'The judge said the company had "ignored every warning".\n\n'
)


def test_company_named_again_in_the_paragraph_is_the_company_past_the_noun_between() -> None:
    text = _RULING + (
        'Varnholt said it would appeal. "We disagree with the ruling," the company said.'
    )
    assert _speakers(text) == ["The judge", "Varnholt"]


def test_company_not_named_again_stays_a_description_past_the_noun_between() -> None:
    # guard: the paragraph of the quote does not name the firm again
    text = _RULING + '"We disagree with the ruling," the company said.'
    assert _speakers(text)[-1] == "the company"


def test_another_company_named_since_is_not_passed_over() -> None:
    # guard: a second company named after the first's own mention
    text = _RULING + (
        "Varnholt said it would appeal. A rival company, Brask, welcomed the ruling. "
        '"We disagree with it," the company said.'
    )
    assert _speakers(text)[-1] != "Varnholt"


def test_a_name_inside_a_longer_word_is_no_mention() -> None:
    # guard: "Varnholtsen" is not the firm's name printed whole
    text = _RULING + (
        'Varnholtsen said it would appeal. "We disagree with the ruling," the company said.'
    )
    assert _speakers(text)[-1] != "Varnholt"


# A description of a body right before a cue verb and "in a statement", after a
# comma, is the document's issuer: *the statement* later is that body
# (identity._Registry._cued_description).


def test_description_before_said_in_a_statement_owns_the_statement() -> None:
    text = (
        "The carmaker Velmont will cut 900 jobs, the company said in a statement on "
        'Monday. "Demand has fallen," the statement said.'
    )
    assert _speakers(text) == ["Velmont"]


def test_the_union_before_said_in_a_statement_is_no_company_named_first() -> None:
    # the description before the verb, not the sentence's opening name
    text = (
        "The Harlow Transport Union has 4,000 members at the plant. "
        "Velmont Motors will cut 900 jobs, the union said in a statement. "
        '"Our members were never asked," the statement said.'
    )
    assert _speakers(text) == ["Harlow Transport Union"]


def test_a_person_before_said_in_a_statement_is_still_read_by_name() -> None:
    # guard: no description opens the clause before the verb
    text = (
        "Ana Roe, the firm's chief, said in a statement that jobs would go. "
        '"It is a hard day," the statement said.'
    )
    assert _speakers(text) == ["Ana Roe"]


# *band* is a kind of body (lexicons/body_kinds.tsv): "the band" names again the
# band introduced by that noun.


def test_band_named_with_its_kind_owns_the_statement_it_announced() -> None:
    text = (
        "Leeds band Copper Owls will tour again, eight years after they split, the band "
        'announced in a statement. "We have missed the road," the statement said.'
    )
    assert _speakers(text) == ["Copper Owls"]


def test_band_as_a_crowd_of_people_is_no_body() -> None:
    # guard: "a band of" volunteers names no body
    text = (
        'A band of volunteers cleared the beach on Sunday. "We filled forty bags," the band said.'
    )
    assert _speakers(text) == ["the band"]
