"""A document the body put out *in its* report or statement, named again later as
*the report said*, and a cue with its day between the verb and *in* (issue 14,
h59d-documents).

``test_issuer_of_its_own_report`` and ``test_issuer_of_its_own_statement`` fail
without ``its`` after *in* in ``identity._INDEFINITE_BEFORE``;
``test_issuer_with_the_day_before_in`` and the property fail without the day skipped
in ``identity._Registry._cued_name``; the rest are guards that hold either way.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse


def _last(text: str) -> str | None:
    return parse(text).quotes[-1].speaker_name


def test_issuer_of_its_own_report() -> None:
    text = (
        "The Brennock Water Agency said in its annual report that leaks had doubled.\n\n"
        '"Repairs fell behind in every district," the report said.'
    )
    assert _last(text) == "Brennock Water Agency"


def test_issuer_of_its_own_statement() -> None:
    text = (
        "Palworth Foods said in its statement that the recall covered two batches. "
        '"No illness has been reported," the statement said.'
    )
    assert _last(text) == "Palworth Foods"


def test_issuer_with_the_day_before_in() -> None:
    text = (
        "Signals at the junction had failed twice that week, the Harl Rail Safety "
        "Board (HRSB) said on Tuesday in its interim report.\n\n"
        '"The driver had no warning," the report said.'
    )
    assert _last(text) == "Harl Rail Safety Board"


def test_its_without_in_is_no_introduction() -> None:
    # guard: "published its report" is read as before (no "in" before "its")
    text = (
        "Pay gaps had widened, the Tarrow Pay Forum noted as it published its report.\n\n"
        '"Nobody is closing the gap," the report said.'
    )
    assert _last(text) == "the report"


def test_a_word_after_on_that_is_no_day_is_not_skipped() -> None:
    # guard: "said on air in its report" has no day between the verb and "in"
    text = (
        "Queues had grown, the Orlen Health Trust said on air in its report.\n\n"
        '"Waits are the longest on record," the report said.'
    )
    assert _last(text) == "the report"


def test_a_statement_from_the_family_keeps_its_description() -> None:
    # guard: a statement given out by nobody the sentence names as its issuer
    text = (
        "A statement from her family was read out in its place at the hearing.\n\n"
        '"She loved the sea," the statement said.'
    )
    assert _last(text) == "the statement"


_BODIES = ("Harl Rail Safety Board", "Brennock Water Agency", "Tessel Relief Council")
_DAYS = ("Monday", "Wednesday", "Friday", "Sunday")


@given(st.sampled_from(_BODIES), st.sampled_from(_DAYS), st.sampled_from(("a", "its")))
def test_a_day_between_the_cue_and_in_names_the_same_issuer(
    body: str, day: str, article: str
) -> None:
    clause = "Costs rose by a third, the {} said{} in {} report.\n\n"
    quote = '"We warned of this," the report said.'
    plain = _last(clause.format(body, "", article) + quote)
    dated = _last(clause.format(body, f" on {day}", article) + quote)
    assert dated == plain == body
