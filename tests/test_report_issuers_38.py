"""A document named again (*the report said*) as the body whose cue put it out
after the reported clause, and past a modified renaming (issue 14, h55c-blind38).

``test_issuer_after_the_reported_clause``, ``test_issuer_with_initials`` and
``test_issuer_past_a_modified_renaming`` fail without
``identity._Registry._cued_name`` (checked by making it return None); the last also
fails without ``_DEFINITE_BEFORE`` in ``_document_issuer``, and
``test_issuer_whose_name_holds_a_possessive`` without ``_cued_name``'s test of the
entity's printed name; the rest are guards that hold either way.
"""

from __future__ import annotations

from quoteverify import parse


def _last(text: str) -> str | None:
    return parse(text).quotes[-1].speaker_name


def test_issuer_after_the_reported_clause() -> None:
    text = (
        "Wells in four districts have run dry, the Tessel Water Alliance said in a "
        "report on Friday.\n\n"
        '"Villages that had water all year now have it for two months," the report said.'
    )
    assert _last(text) == "Tessel Water Alliance"


def test_issuer_with_initials() -> None:
    text = (
        "Food prices doubled in a year, the Marrow Relief Council (MRC) said in a "
        "statement.\n\n"
        '"Families are skipping meals," the statement said.'
    )
    assert _last(text) == "Marrow Relief Council"


def test_issuer_past_a_modified_renaming() -> None:
    text = (
        "Detainees were beaten in three prisons, Civic Rights Forum said in a report "
        "published on Monday.\n\n"
        "The 60-page report draws on interviews with former prisoners and guards.\n\n"
        '"The abuse was routine," the report said.'
    )
    assert _last(text) == "Civic Rights Forum"


def test_role_between_commas_is_no_issuer() -> None:
    # guard: a role after the name stands before the verb, so no name does
    text = (
        "Fees will rise, Dana Holt, the charity's director, said in a statement.\n\n"
        '"We had no choice," the statement said.'
    )
    assert _last(text) == "the statement"


def test_name_not_after_a_comma_is_left_to_other_readings() -> None:
    # guard: a name that opens the sentence is read as before (its opening subject)
    text = (
        "The Tessel Water Alliance said in a report that wells had run dry.\n\n"
        '"Villages have water for two months," the report said.'
    )
    assert _last(text) == "Tessel Water Alliance"


def test_verb_that_is_no_cue_gives_no_issuer() -> None:
    # guard: "worked in a report" is no cue verb before "in"
    text = (
        "Costs rose, and Dana Holt worked in a report office for years.\n\n"
        '"Costs rose again," the report said.'
    )
    assert _last(text) == "the report"


def test_issuer_whose_name_holds_a_possessive() -> None:
    text = (
        "Half the valley's schools are shut, the National Children's Relief Fund said "
        "in a report.\n\n"
        '"A generation is missing lessons," the report said.'
    )
    assert _last(text) == "National Children's Relief Fund"
