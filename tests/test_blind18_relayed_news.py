"""The shapes of blind set 18 (issue 14, h48-blind18): news written from other news.

An officer of a body described in lower case before its name (*the chief executive
of the copper miner Tessaly Resources, Graham Ostrow, said*) is the name in
apposition, not the body (``_kind_then_name`` in ``speakers/mentions.py``: any role
noun, when the lower-case words end on a body's kind). A statement *from* or *by* a
body that opens its clause (*A statement from the ministry said*) is the body's
(``_issued_by`` in ``speakers/attribution.py``). Given names of the languages wire
news prints often (Hungarian, Polish, Czech, Portuguese, Kenyan, Ghanaian and more,
with their accents) say their bearer's sex (``lexicons/given_names.tsv``), so *he
wrote* after a man named with one is his, not an earlier man's. *The agency* names
again the body printed after *news agency* (``lexicons/body_kinds.tsv``), and a
description whose noun that kind does not name (*the national bank*) is not that
body (``_unkinded_body`` in ``speakers/identity.py``).
"""

from __future__ import annotations

from .conftest import speakers


def test_an_officer_after_a_body_described_in_lower_case_speaks() -> None:
    text = (
        "The head of the budget airline Skylark Air, Petra Holm, said on Monday that "
        'the fares were "lower than last winter".'
    )
    assert speakers(text) == ["Petra Holm"]


def test_an_officer_after_a_two_word_kind_and_a_two_word_body_speaks() -> None:
    text = (
        "The finance director of the shoe retailer Stepwell Stores, Omar Quist, said "
        'sales had been "flat since the spring".'
    )
    assert speakers(text) == ["Omar Quist"]


def test_a_statement_from_a_ministry_is_the_ministrys() -> None:
    text = (
        "Two engineers held near the border were freed on Saturday.\n\n"
        "A statement from the ministry said both men were "
        '"tired but unhurt" and would fly home on Monday.'
    )
    (name,) = speakers(text)
    assert name is not None and name.lower() == "the ministry"


def test_a_statement_from_a_ministry_after_a_reporting_verb() -> None:
    text = (
        "Officials said a short statement from the transport ministry said the line "
        'would reopen "within a fortnight".'
    )
    (name,) = speakers(text)
    assert name is not None and name.lower() == "the transport ministry"


def test_a_hungarian_given_name_says_a_man() -> None:
    text = (
        'The chairman, Liu Bao, said the deal was "done". "We shook hands," Liu said.\n\n'
        "The trade minister, Zoltán Berki, welcomed the deal online. "
        '"A good day for the north," he wrote.'
    )
    assert speakers(text)[-1] == "Zoltán Berki"


def test_a_polish_given_name_says_a_man() -> None:
    text = (
        'A spokesman for the builder, Harmon Works, welcomed the vote. "It is fair," he '
        "said.\n\n"
        "Councillor Tomasz Wrona said the plan should be dropped. "
        '"Nobody asked the tenants," he told reporters.'
    )
    assert speakers(text)[-1] == "Tomasz Wrona"


def test_the_agency_is_the_news_agency_named_with_its_kind() -> None:
    text = (
        "The news agency Tidewire pulled a report on Monday about the harbour sale.\n\n"
        'In a note to clients, the agency said the report "should not have run".'
    )
    assert speakers(text) == ["Tidewire"]


def test_a_bank_is_not_the_agency_named_before_it() -> None:
    text = (
        "The news agency Tidewire pulled a report on Monday. The agency said the "
        'report "should not have run".\n\n'
        'The national bank said its governor had "made no such promise".'
    )
    names = speakers(text)
    assert names[0] == "Tidewire"
    assert names[1] is not None and names[1].lower() == "the national bank"
