"""An office named before its holder in apposition (*The Emir of Qatar, Sheikh X,*,
*Jordan's Crown Prince, X,*, *the committee's chairman, Rep. X,*), then the office
alone as a later cue's subject (issue 14, h44c-holder). Every story is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers.identity import _office_before, _Registry


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text, "t").quotes]


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        ("The Emir of Qatar, Sheikh Tamim Al Thani,", "the Emir", "Sheikh Tamim Al Thani"),
        ("Saudi Arabia's Crown Prince, Faisal Khalid,", "the Crown Prince", "Faisal Khalid"),
        ("Jordan's Crown Prince, Hamza bin Talal,", "the Crown Prince", "Hamza bin Talal"),
        ("The Prime Minister of Malaysia, Aziz Rahman,", "the Prime Minister", "Aziz Rahman"),
        ("The committee's chairman, Rep. Dale Morrow,", "the chairman", "Dale Morrow"),
        ("The King of Lesotho, Moshoeshoe Letsie,", "the King", "Moshoeshoe Letsie"),
    ],
)
def test_an_office_before_its_holder_names_the_holder_later(
    intro: str, later: str, name: str
) -> None:
    text = (
        f"{intro} arrived in Geneva on Monday for two days of talks on the water treaty.\n\n"
        f'"We came to listen, and we will sign only what is fair," {later} told reporters.'
    )
    assert _speakers(text) == [name]


def test_the_office_is_the_holders_title() -> None:
    reg = _Registry("The Emir of Qatar, Sheikh Tamim Al Thani, landed in Rome.")
    assert [(e.name, e.titles) for e in reg.entities] == [
        ("Tamim Al Thani", ["Sheikh", "Emir of Qatar"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a fronted phrase before the subject: the apposition does not close
        "As the nominee, Ana Roe said she would win.",
        "With his win in the state, Ana Roe leads the count.",
        # a role the sentence gives after *as*, a fronted place
        "Voters backed Hale as the nominee, Ana Roe, too.",
        "In his state, Ana Roe, the governor, is liked.",
    ],
)
def test_no_office_where_the_name_is_no_apposition(text: str) -> None:
    start = text.index("Ana Roe")
    assert _office_before(text, start, start + len("Ana Roe")) == ""


def test_another_office_does_not_take_the_holder() -> None:
    # *the foreign minister* is not the prime minister named before (the
    # descriptor's words must be the holder's title's: h44b-world's rule).
    text = (
        "The Prime Minister of Malaysia, Aziz Rahman, arrived in Geneva on Monday.\n\n"
        '"We are close to a deal," the foreign minister said.'
    )
    assert _speakers(text) != ["Aziz Rahman"]


def test_two_offices_each_find_their_own_holder() -> None:
    text = (
        "The Emir of Qatar, Sheikh Tamim Al Thani, met Saudi Arabia's Crown Prince, "
        "Faisal bin Khalid, in Doha on Sunday.\n\n"
        '"The border is open again," the Emir said.\n\n'
        '"Trade will follow," the Crown Prince added.'
    )
    assert _speakers(text) == ["Sheikh Tamim Al Thani", "Faisal bin Khalid"]


_OFFICES = ["Emir", "King", "Prime Minister", "President", "Crown Prince", "Foreign Minister"]
_COUNTRIES = ["Qatar", "Jordan", "Kenya", "Bhutan", "Oman", "Peru"]


@settings(max_examples=25, deadline=None)
@given(
    office=st.sampled_from(_OFFICES),
    other=st.sampled_from(_OFFICES),
    country=st.sampled_from(_COUNTRIES),
    possessive=st.booleans(),
)
def test_the_office_alone_names_its_holder_and_no_other_office_does(
    office: str, other: str, country: str, possessive: bool
) -> None:
    # Invariant: the office printed before a name in apposition (*of* a country
    # or a country's possessive before it) is the name's later; another office
    # whose words the holder's title lacks never is.
    intro = f"{country}'s {office}" if possessive else f"The {office} of {country}"
    text = (
        f"{intro}, Tarek Haddadin, opened the summit on Monday.\n\n"
        f'"Our doors stay open," the {office} said.\n\n'
        f'"We will see," the {other} said.'
    )
    first, second = _speakers(text)
    assert first == "Tarek Haddadin"
    if not set(other.lower().split()) <= set(office.lower().split()):
        assert second != "Tarek Haddadin"


def test_an_affiliation_after_the_name_closes_the_apposition() -> None:
    text = "He was asked by the judge, Ana Roe of the county court, to wait."
    start = text.index("Ana Roe")
    assert _office_before(text, start, start + len("Ana Roe")) == "judge"


# --- an office given in a sentence of its own (h45-leads) ------------------------


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        ("The country's emir is Sheikh Tamim Rahal.", "the emir", "Sheikh Tamim Rahal"),
        ("Sheikh Tamim Rahal is Qatar's emir.", "the emir", "Sheikh Tamim Rahal"),
        ("The firm's chief executive is Dana Morrow.", "the chief executive", "Dana Morrow"),
        ("Dana Morrow became the party's treasurer.", "the treasurer", "Dana Morrow"),
        (
            "Lina Sorensen has been Norway's ambassador, since May.",
            "the ambassador",
            "Lina Sorensen",
        ),
    ],
)
def test_an_office_given_with_a_verb_of_being_is_the_holders(
    intro: str, later: str, name: str
) -> None:
    text = f'{intro} The talks went on all night.\n\n"We seek calm," {later} said.'
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    "intro",
    [
        "Dana Morrow was no treasurer.",  # no determiner: not the office
        "Dana Morrow is the party's chairman.",  # another office
        "Dana Morrow is the deputy treasurer.",  # the descriptor's head, not its modifier
    ],
)
def test_a_sentence_that_gives_no_such_office_names_no_holder(intro: str) -> None:
    text = f'{intro} The meeting ran late.\n\n"The books are sound," the chief treasurer said.'
    assert _speakers(text) != ["Dana Morrow"]


@pytest.mark.parametrize(
    ("intro", "later"),
    [
        ("The problem is Dana Morrow.", "the problem"),
        ("Her favourite writer's rival is Lina Sorensen.", "the rival"),
        ("The winner is Tamim Rahal.", "the winner"),
    ],
)
def test_a_noun_that_is_no_office_or_role_introduces_no_one_with_a_verb_of_being(
    intro: str, later: str
) -> None:
    # Only an office or a role is given in a sentence of its own: "the problem said"
    # after "The problem is Dana Morrow." is no quote of Dana Morrow's.
    text = f'{intro} The hall emptied slowly.\n\n"We will not move," {later} said.'
    assert _speakers(text) != [intro.split(" is ")[1].rstrip(".")]
