"""Quotes inside a quote left open share their answers too (issue 12): past the
attribution budget, a quote nested in another whose rows read the same things as an
earlier quote's (:func:`attribution._answer_key`) takes that quote's row and answer,
moved, as a quote at depth 0 does; and a window before a quote that holds a passive
auxiliary with no participle after it (*the plan was*) is read once for every quote
whose window holds the same characters (:func:`attribution._reads_only_window`).
Each answer must be the one the rows give the quote when nothing is shared."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify.speakers import attribution
from tests.test_dense_lead_in import _PIECE as LEAD_IN_PIECES
from tests.test_dense_lead_in import _checked, _rows
from tests.test_shared_quote_answers import rows_and_asked

# Phrases quoted inside a quote that is never closed, the cue clauses between them
# (a name with a title, a surname, a pronoun, a copula with no participle after it,
# a passive cue whose agent follows the phrase, a possessive before a phrase and a
# speech noun after it), and the double-quote pieces of the lead-in tests (which may
# close the outer quote, or open another).
_NESTED = st.sampled_from(
    ["Judge Hana Strid said the ruling was ", "'fair' ", "and then Mbeki said ", "'not so' ",
     "the plan was ", "the plan was praised ", "it was described as ", "'rushed' ",
     " by Tom Hale ", "Roe's ", " remark ", "they said ", "'I go,' ", "she said, ",
     "'a longer phrase' ", "was being ", "is ", " ", "\n\n"]
)  # fmt: skip
_PIECE = st.one_of(_NESTED, _NESTED, LEAD_IN_PIECES)
_OPEN = 'Ana Ruiz said: "'


def _unshared(text: str, budget: int) -> list[Any]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_answer_key", lambda *_, **__: None)
        mp.setattr(attribution, "_LEAD_IN_KEY", -1)
        return _rows(text, budget)


def _clauses(n: int, *, copula: str = "was") -> str:
    # The shape of the benchmark's open_quote_sentences: two people a clause, their
    # names coming round again every twelve clauses.
    people = ("Hana Strid", "Oskar Mbeki", "Ruth Calloway", "Teodor Ng")
    return _OPEN + "".join(
        f"Judge {people[i % 4]} said the ruling {copula} 'fair' and then "
        f"{people[(i + 1) % 3].split()[1]} said 'not so' "
        for i in range(n)
    )


# Windows of one length whose passive auxiliary has a participle after it or none.
_PASSIVES = [_OPEN] + ["the plan was ", "'fair' ", " by Tom Hale ", "it was praised ", "'fair' ",
                       " by Tom Hale "] * 6  # fmt: skip
# One window with a participle after its auxiliary before phrases followed by an
# agent, by another agent and by none: its reading is never shared.
_AGENTS = [_OPEN] + ["'x' it was praised 'fair' by Tom Hale ", "'x' it was praised 'fair' and ",
                     "'x' it was praised 'fair' by Ana Roe "] * 8  # fmt: skip
# Two phrases alike but for a first-person word: *they* is no speaker of the first.
_SINGULAR = [_OPEN] + ["'x', ", "'I go,' ", "they said ", "'x', ", "'A go,' ", "they said "] * 6


@settings(max_examples=200, deadline=None)
@given(
    opened=st.booleans(),
    pieces=st.lists(_PIECE, min_size=4, max_size=60),
    budget=st.sampled_from([1, 2, 3]),
)
@example(opened=False, pieces=[_clauses(30)], budget=2).via("the benchmark's shape")
@example(opened=False, pieces=[_clauses(30, copula="was praised")], budget=2)
@example(opened=False, pieces=_PASSIVES, budget=1).via("an auxiliary with and without a participle")
@example(opened=False, pieces=_AGENTS, budget=1).via("one passive window, three agents")
@example(opened=False, pieces=_SINGULAR, budget=1).via("a first-person word")
def test_a_nested_quote_shares_the_answer_its_rows_give_it(
    opened: bool, pieces: list[str], budget: int
) -> None:
    text = (_OPEN if opened else "") + "".join(pieces)
    assert _rows(text, budget) == _unshared(text, budget)
    for got, own in _checked(text, budget):
        assert got == own


def test_the_quotes_of_a_quote_left_open_ask_the_rows_once_per_shape() -> None:
    # 120 clauses whose names come round every twelve: past the budget, the rows are
    # asked for the quotes of the first round, not again for the rounds after it.
    text = _clauses(120)
    rows, asked = rows_and_asked(text, 16)
    assert len(rows) == 241
    assert asked <= 1 + 16 + 2 * 12 + 2
    nested = rows[1:]
    # Each phrase keeps the speaker of its own clause (a round later, the same name
    # twelve clauses on), at its own offsets.
    said = [f.mention.text for _q, _r, f in nested]
    assert said[-25:-1] == said[-49:-25]  # (the last has no clause after it)
    assert said[-2] == "Judge Teodor Ng"  # clause 119
    assert all(text[f.mention.start : f.mention.end] == f.mention.text for _q, _r, f in nested)
    assert rows == _unshared(text, 16)


def test_a_copula_with_no_participle_after_it_reads_only_its_window() -> None:
    tok = attribution.tokenize
    assert attribution._reads_only_window(tok("Judge Strid said the ruling was ", 0, 32))
    assert attribution._reads_only_window(tok("is ", 0, 3))
    assert not attribution._reads_only_window(tok("the plan was praised ", 0, 21))
    assert not attribution._reads_only_window(tok("she had been beaten ", 0, 20))
    # The agent after the quote still names the speaker of a passive cue.
    rows = _rows("".join(_PASSIVES), 1)
    said = [f.mention.text for _q, _r, f in rows if f.mention is not None]
    assert "Tom Hale" in said
