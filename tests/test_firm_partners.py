"""*The firm said* after a partnership whose name does not hold the noun.

A firm is often named by its founders and *Partners* (*Brightwell Partners*). That
last word makes a name a body's (``lexicons/org_suffixes.txt``), and
``lexicons/body_nouns.tsv`` lets *the firm* and *the company* name such a body back:
*the firm said in a statement* is the firm named earlier, an organisation, not a
person called *the firm*; and *Mr. Vale* after *Orrin Vale Partners, a fund started
by Orrin Vale,* is the founder, not the fund.

(A club's words, *Rovers*, *Athletic*, *Wanderers*, *Albion*, were tried as body
endings too and dropped: *Rovers striker Dwayne Pollard* then lost its descriptor's
link in a blind set.)
"""

from __future__ import annotations

import pytest

from .test_court_documents import _speaker


@pytest.mark.parametrize("noun", ["firm", "company"])
def test_the_firm_is_the_partnership_named_before(noun: str) -> None:
    text = (
        "Brightwell Partners won the contract to rebuild the bridge. "
        f'"We are delighted," the {noun} said in a statement.'
    )
    assert _speaker(text) == ("Brightwell Partners", "organization")


def test_the_founder_named_after_his_partnership_is_still_the_founder() -> None:
    text = (
        "Orrin Vale Partners, a fund started by Orrin Vale, sold its shares. "
        'Later, Mr. Vale told investors the fears were "overdone."'
    )
    assert _speaker(text) == ("Orrin Vale", "person")


def test_the_firm_is_the_partnership_named_after_a_corporation() -> None:
    # (h47b-review) the *firm* row's *partners* makes the partnership a firm by its
    # name, so the one named last wins over a corporation named before it (without
    # the row, only *Corp* said "firm" and the corporation took the quote).
    text = (
        "Lumo Corp hired Brightwell Partners to run the sale.\n\n"
        '"We expect bids by June," the firm said.'
    )
    assert _speaker(text) == ("Brightwell Partners", "organization")
