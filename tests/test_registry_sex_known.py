"""The sex the text has said of a person guards every rename (h41-said).

One place reads what the text has said of a person's sex so far
(``_Registry._sex_known``): the titles matched to the person (``_Entity.said``,
grown only through ``_Entity.say``: a name the registry matches, or a cue's name
read at attribution time), else the pronouns that follow the person's names as
a subject (*Governor Vell said he*), when they all say one sex. A full name whose
given name says the other sex neither renames nor joins that person. Invented
articles only; each test reads the resolved name (``q.speaker.name``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.model import SpeakerKind
from quoteverify.speakers import identity
from quoteverify.speakers.mentions import Found, PhraseKind

from .conftest import resolved


def _people(text: str) -> dict[str, str]:
    """Each person of ``text``'s registry by name, with the sex known of them (the
    text's quotes, from one double quote mark to the next, given to the registry)."""
    marks = [i for i, ch in enumerate(text) if ch == '"']
    reg = identity._Registry(
        text, quoted=[(a, b + 1) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    )
    return {e.name: reg._sex_known(e) for e in reg.entities if e.kind is SpeakerKind.PERSON}


def test_a_pronoun_after_a_role_keeps_a_womans_full_name_apart() -> None:
    # No title says the governor's sex; the *he* after his name as a subject does.
    text = (
        "Governor Vell said he would sign the bill on Monday. "
        '"The bridge will be built," Vell said.\n\n'
        '"The bridge can wait," said Ana Vell, who chairs the council.'
    )
    assert _people(text) == {"Vell": "m", "Ana Vell": ""}
    assert resolved(text, "will be built") == "Vell"
    assert resolved(text, "can wait") == "Ana Vell"


def test_a_pronoun_that_says_her_keeps_a_mans_full_name_apart() -> None:
    text = (
        "Mayor Quist said she would run again. "
        '"We fixed the roads," Quist said.\n\n'
        '"They are still broken," said John Quist, a local builder.'
    )
    assert resolved(text, "fixed the roads") == "Quist"
    assert resolved(text, "still broken") == "John Quist"


@pytest.mark.parametrize(
    ("opening", "reason"),
    [
        ("Governor Vell met him. He said", "no pronoun in the name's own sentence"),
        ('"Governor Vell said he would," a clerk said. He', "a name inside a quote"),
        ("Governor Vell said it would", "no pronoun of a sex"),
    ],
)
def test_what_says_no_sex_lets_the_full_name_rename(opening: str, reason: str) -> None:
    text = f"{opening} stay. Later Ana Vell spoke."
    assert "Ana Vell" in _people(text) and "Vell" not in _people(text), reason


def test_pronouns_of_both_sexes_say_no_sex() -> None:
    text = "Senator Orr said he would stay. Senator Orr said she left."
    assert _people(text) == {"Orr": ""}


def test_a_cue_name_read_at_attribution_records_its_title() -> None:
    # A name first met where a quote's cue names it (the first pass never saw
    # it): its title's sex is recorded as a matched name's is.
    reg = identity._Registry("The hall was full on Monday.")
    found = Found(start=0, end=8, text="Mr. Vell", kind=PhraseKind.NAME, head="Vell", title="Mr.")
    vell = reg.resolve(found)
    assert vell is not None and vell.said == "m" and reg._sex_known(vell) == "m"
    assert reg.match_name("Ana Vell", SpeakerKind.PERSON, before=20) is None
    assert reg.match_name("Tom Vell", SpeakerKind.PERSON, before=20) is vell


def test_say_records_each_sex_once() -> None:
    roe = identity._Entity(name="Roe", kind=SpeakerKind.PERSON)
    for sex in ("f", "", "f", "m"):
        roe.say(sex)
    assert roe.said == "fm"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Governor", "Senator", "Mayor", "Judge"]),
    st.sampled_from(["he", "she"]),
    st.sampled_from(["Ana", "Nora", "John", "Peter", "Kerry"]),
)
def test_a_full_name_joins_only_a_person_of_no_other_sex(
    role: str, pronoun: str, given_name: str
) -> None:
    text = (
        f"{role} Pell said {pronoun} would stay. "
        '"Taxes stay," Pell said.\n\n'
        f'"Taxes must fall," said {given_name} Pell, a council member.'
    )
    heard = {"he": "m", "she": "f"}[pronoun]
    other = identity._OTHER_SEX.get(identity._given_gender(given_name), "")
    if other == heard:  # the text says the role's holder is of the other sex
        assert resolved(text, "Taxes stay") == "Pell"
        assert resolved(text, "must fall") == f"{given_name} Pell"
    else:  # the full name is the holder's, as before
        assert resolved(text, "Taxes stay") == resolved(text, "must fall")
