"""Speakers whose cue stands far from the quote in a long wire sentence (h49-blind21).

Two shapes from blind set 21 (invented news whose names, cues and quotes are kept
apart by long appositions and clauses):

- a quote opening the sentence after one whose speaker reports a *that* clause with a
  subject and a cue of its own (*Ada Lund said costs rose, and that the firm expected
  savings.*): the clause's subject is what was talked about, and the quote is the
  reporting speaker's, not the firm's;
- an analyst *of the broker* or *at the brokerage* a firm's name follows: the
  analyst speaks, the broker is where the analyst works (``lexicons/body_kinds.tsv``,
  as *the bank* and *the lender* were);
- a rebel or militia spokesman who gives his name only as *Commander X*: the rank is
  a title (``lexicons/titles.tsv``), the name after it the speaker;
- a lead whose subject acts on a second person named after a comma with a relative
  clause of its own, then a participle (*The mayor sacked her deputy, Owen Pike, who
  had served since 2019, saying ...*): the participle is the subject's.
"""

from .conftest import speaker_of, speakers


def test_a_that_clause_subject_does_not_take_the_next_quote() -> None:
    text = (
        "Finance chief Oona Telford said fuel bills had doubled, and that the group "
        'expected a weaker spring. "We are not cutting for the sake of it."'
    )
    assert speaker_of(text) == "Oona Telford"


def test_a_that_clause_after_a_long_apposition() -> None:
    text = (
        "Marten Sále, who chairs the harbour board and has sat on it since 2009, said "
        "ticket sales were flat and that the ferry company had warned of a poor summer "
        'again. "I am less sure of that than they are."'
    )
    assert speaker_of(text) == "Marten Sále"


def test_a_subject_with_its_own_cue_still_speaks() -> None:
    # No "that" clause: the sentence's last cue and its subject are the speaker's.
    text = 'The hearing went on for hours. Later the judge, Ilse Marr, said it again. "Enough."'
    assert speaker_of(text) == "Ilse Marr"


def test_an_analyst_of_the_broker_speaks() -> None:
    text = (
        "Shares in Dorrel fell 6 percent. Mining analyst Ravi Okafor of the broker "
        "Hesketh Lane, who has covered the group since 2012, called the figures "
        '"a clear miss".'
    )
    assert speaker_of(text) == "Ravi Okafor"


def test_an_analyst_at_the_brokerage_speaks() -> None:
    text = (
        "Gold rose for a third day. Cara Nyberg of the brokerage Voss Amberley said "
        'the rally had "some way to run".'
    )
    assert speakers(text) == ["Cara Nyberg"]


def test_a_commander_named_as_the_group_gave_him_speaks() -> None:
    # "Commander" is a rank before a name (lexicons/titles.tsv), so the name an
    # unnamed spokesman gives himself is read past it.
    text = (
        "A spokesman for the militia, who gave his name only as Commander Jarro, "
        'told a local station by phone that the fighters wanted "safe passage".'
    )
    assert speaker_of(text) == "Jarro"


def test_the_commander_in_chief_is_still_a_role() -> None:
    text = 'Senator Ilka Brandt said the commander in chief had been "badly advised".'
    assert speaker_of(text) == "Ilka Brandt"


def test_a_participle_after_an_object_and_its_relative_clause() -> None:
    # The lead's subject acts; the object named after a comma has a clause of its own.
    text = (
        "The governor on Tuesday dismissed her housing adviser, Piet Amsel, who had "
        'held the post since 2021, saying his plan was "never going to work".'
    )
    assert speaker_of(text) == "The governor"


def test_a_name_after_an_opening_phrase_still_speaks() -> None:
    # No past verb between the opening phrase and its comma: the name is the subject.
    text = (
        "The morning after the count, Dora Wilk, who won the seat, said the result "
        'was "a surprise to everyone".'
    )
    assert speaker_of(text) == "Dora Wilk"
