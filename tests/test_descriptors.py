"""Definite descriptors that refer back to a person named earlier (issue 14).

"the minister said" names the person the article introduced with that role: by the
head noun of a title (*Foreign Minister Anna Berg*), of a role in apposition after the
name (*Tom Hale, the party leader,*) or of a descriptor before it (*the actress Lena
Fox*, *the company's chief executive, Sam Reed,*). Every sentence here is our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.lexicons import load, load_table
from quoteverify.speakers.identity import (
    _contest_descriptor,
    _descriptor_state,
    _distinguishing_words,
    _Entity,
    _nations,
    _office_kinds,
    _parties,
    _party_clash,
    _party_member,
    _party_tag_at,
    _resolving_heads,
    _role_head,
    _title_states,
)
from quoteverify.speakers.mentions import find_names


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(resolved name, mention as printed) of each quote of ``text``."""
    return [
        (
            q.speaker_name,
            q.speaker_mention.text if q.speaker_mention is not None else None,
        )
        for q in parse(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The head noun of a title of several words.
        (
            "Foreign Minister Anna Berg met her neighbours' envoys in Oslo on Monday. "
            "“We made real progress,” the minister told reporters.",
            "Anna Berg",
        ),
        (
            "Police Commissioner Dan Moss spoke outside the station. "
            "“We have a suspect in custody,” the commissioner said.",
            "Dan Moss",
        ),
        (
            "Chief Executive Sam Reed opened the plant. “Orders are up,” the executive said.",
            "Sam Reed",
        ),
        # A descriptor before the name, in apposition.
        (
            "The actress Lena Fox won the prize on Sunday night. "
            "“I am thrilled,” the actress said.",
            "Lena Fox",
        ),
        (
            "The company's chief executive, Sam Reed, wrote to the staff. "
            "“Profits are up again,” the executive said.",
            "Sam Reed",
        ),
        # A role after the name, between commas.
        (
            "Tom Hale, the party leader, spoke first. “We will win this seat,” the leader said.",
            "Tom Hale",
        ),
        (
            "Ivo Brant, a spokesman for the council, faced the press. "
            "“We are looking into it,” the spokesman said.",
            "Ivo Brant",
        ),
        # A demonstrative descriptor.
        (
            "Foreign Minister Anna Berg cut the ribbon at noon. "
            "“A fine day for the town,” that minister said.",
            "Anna Berg",
        ),
    ],
)
def test_a_descriptor_goes_back_to_the_person_given_its_head_noun(text: str, want: str) -> None:
    ((name, _mention),) = speakers(text)
    assert name == want


def test_the_exact_title_seen_with_a_name_still_resolves() -> None:
    text = "Judge Paul Grant heard the case. “Sit down,” the judge said."
    assert speakers(text) == [("Paul Grant", "the judge")]


def test_of_two_holders_of_a_role_the_one_named_last_is_meant() -> None:
    text = (
        "Foreign Minister Anna Berg arrived first. Health Minister Tom Lee came an hour "
        "later. “The talks were hard,” the minister said."
    )
    assert speakers(text) == [("Tom Lee", "the minister")]


def test_a_distinguishing_modifier_must_be_in_the_persons_title() -> None:
    # "prime" tells the prime minister from the foreign minister.
    text = (
        "Foreign Minister Anna Berg arrived first. “The talks were hard,” the prime minister said."
    )
    assert speakers(text) == [("the prime minister", "the prime minister")]
    # "former" tells nobody apart.
    text = (
        "Foreign Minister Anna Berg arrived first. “The talks were hard,” the former minister said."
    )
    assert speakers(text) == [("Anna Berg", "the former minister")]


def test_a_person_named_only_after_the_descriptor_is_not_meant() -> None:
    text = "“The talks were hard,” the minister said. Later, Foreign Minister Anna Berg left."
    assert speakers(text)[0][0] == "the minister"


def test_an_indefinite_descriptor_is_someone_new() -> None:
    text = "Foreign Minister Anna Berg arrived first. “The talks were hard,” a minister said."
    assert speakers(text)[0][0] != "Anna Berg"


@pytest.mark.parametrize(
    "text",
    [
        # A relation to someone else, not a role the person holds alone.
        "Tom Hale, the mayor's son, came too. “It was cold,” the son said.",
        # A person by sex or age.
        "Tom Hale, a tall man from Leeds, stood at the door. “Let me in,” the man said.",
        # A body is resolved apart from the people (organisations).
        "Sam Reed, the company's chief executive, spoke first. “No comment,” the company said.",
    ],
)
def test_relational_heads_and_bodies_do_not_go_back_to_a_person(text: str) -> None:
    ((name, _mention),) = speakers(text)
    assert name not in ("Tom Hale", "Sam Reed")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Acme Corp cut 300 jobs on Monday. “We regret the decision,” the company said.",
            "Acme Corp",
        ),
        (
            "The Dover City Council met on Friday. “The budget is balanced,” the council said.",
            "Dover City Council",
        ),
        # A person named in between does not take the body's words.
        (
            "Acme Corp cut 300 jobs. Sam Reed, its chief executive, spoke to staff. "
            "“We regret it,” the company said in a statement.",
            "Acme Corp",
        ),
    ],
)
def test_a_body_described_again_is_the_organisation_named_before(text: str, want: str) -> None:
    ((name, _mention),) = speakers(text)
    assert name == want


def test_a_body_named_only_after_its_description_is_not_meant() -> None:
    text = "“We regret it,” the company said. Acme Corp cut 300 jobs on Monday."
    assert speakers(text)[0][0] == "the company"


def test_a_head_known_only_from_another_word_stays_a_descriptor() -> None:
    # That an epidemiologist is a scientist needs knowledge of words: left alone.
    text = (
        "Dr Maria Costa, an epidemiologist, studied the data. "
        "“It is spreading,” the scientist said."
    )
    assert speakers(text) == [("the scientist", "the scientist")]


def test_a_title_of_several_words_before_a_name_is_its_title() -> None:
    (found,) = find_names("Prime Minister Ann May spoke.")
    assert (found.head, found.title) == ("Ann May", "Prime Minister")
    (found,) = find_names("Vice President Tom Lee spoke.")
    assert (found.head, found.title) == ("Tom Lee", "Vice President")


@pytest.mark.parametrize(
    ("text", "head", "title"),
    [
        ("Health Minister Tom Lee spoke.", "Tom Lee", "Health Minister"),
        ("Senate Majority Leader Ann Roe spoke.", "Ann Roe", "Senate Majority Leader"),
        ("Dover Sen. Roe spoke.", "Roe", "Dover Sen"),
        # Not a title before one word that is no short title, nor before a function
        # word, nor a royal title inside a name.
        ("Has Colonel Brandon come?", "Has Colonel Brandon", ""),
        ("Acme President On Trade: a headline.", "Acme President On Trade", ""),
        ("Martin Luther King Jr. spoke.", "Martin Luther King Jr", ""),
    ],
)
def test_an_office_after_a_bodys_name_is_the_title(text: str, head: str, title: str) -> None:
    found = find_names(text)[0]
    assert (found.head, found.title) == (head, title)


def test_the_head_of_a_role_is_read_before_its_complement() -> None:
    assert _role_head("The company's chief executive") == ("executive", ("chief",))
    assert _role_head("a spokesman for the council") == ("spokesman", ())
    assert _role_head("the party leader") == ("leader", ("party",))
    assert _role_head("the") == ("", ())


_HEADS = sorted(_resolving_heads() & {"minister", "leader", "mayor", "judge", "spokesman"})
_FIRST = ["Anna", "Tom", "Ivo", "Lena", "Sam"]
_LAST = ["Berg", "Hale", "Brant", "Fox", "Reed"]


@given(
    st.lists(
        st.tuples(st.sampled_from(_HEADS), st.sampled_from(_FIRST), st.sampled_from(_LAST)),
        min_size=1,
        max_size=4,
        unique_by=lambda row: row[2],
    ),
    st.sampled_from(_HEADS),
)
def test_a_descriptor_names_the_last_person_named_with_its_head_or_nobody(
    people: list[tuple[str, str, str]], head: str
) -> None:
    # Each person is introduced with a role after the name; the quote's descriptor
    # is the last of them given that role, or stays a descriptor.
    intro = " ".join(f"{first} {last}, the {role}, arrived." for role, first, last in people)
    text = f"{intro} “We are ready,” the {head} said."
    ((name, _mention),) = speakers(text)
    named = [f"{first} {last}" for role, first, last in people if role == head]
    assert name == (named[-1] if named else f"the {head}")


def test_the_distinguishing_words_come_from_the_lexicons() -> None:
    words = _distinguishing_words()
    assert {"prime", "foreign", "deputy", "minister"} <= words
    assert "former" not in words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sen. Mara Quist (D-Ore.) defended her housing bill on Tuesday. "
            "“Nobody should pay half their wage in rent,” the senator said.",
            "Mara Quist",
        ),
        (
            "Gov. Ellis Varga signed the budget late on Friday. "
            "“It was not easy,” the governor told reporters.",
            "Ellis Varga",
        ),
        (
            "Rep. Dina Holm and Gen. Piet Aalders toured the base. "
            "“We saw what we came to see,” the congresswoman said.",
            "Dina Holm",
        ),
        (
            "Rep. Dina Holm and Gen. Piet Aalders toured the base. "
            "“The runway needs work,” the general said.",
            "Piet Aalders",
        ),
        (
            "The vote came late.\n\nPres. Oda Lindqvist vetoed the bill, and Ana Roe, "
            "the speaker, objected.\n\nThe chamber emptied.\n\n"
            "“It spends money we do not have,” the president said.",
            "Oda Lindqvist",
        ),
        # A distinguishing modifier still has to be in the title.
        (
            "Ohio Sen. Lyle Dorn and Utah Sen. Rosa Imber spoke first. "
            "“We have the votes,” the Ohio senator said.",
            "Lyle Dorn",
        ),
    ],
)
def test_a_title_in_its_short_form_gives_its_full_head_noun(text: str, want: str) -> None:
    # "Sen.", "Gov.", "Rep.", "Gen." stand for the nouns a descriptor uses again.
    ((name, _mention),) = speakers(text)
    assert name == want


def test_a_short_presidential_title_is_no_part_of_the_name() -> None:
    # "Pres." is a title printed short, as "Sen." is: a person named by it is a
    # person a pronoun can stand for (read as a name, "Pres. Lindqvist" was not).
    text = "Pres. Lindqvist spoke on Friday. “We are ready,” he said."
    assert speakers(text) == [("Lindqvist", "he")]


def test_a_country_in_the_possessive_names_its_leader() -> None:
    # "Russia's president" is a leader of the nation, as "Russian President" is.
    assert _nations("Russia's president") == _nations("Russian president") == {"RU"}
    text = (
        "Ivan Petrov, Russia's president, met the envoys on Monday.\n\n"
        "The talks ran late into the night.\n\n"
        "“We will keep talking,” the Russian president said."
    )
    assert speakers(text) == [("Ivan Petrov", "the Russian president")]


def test_a_short_title_does_not_outrank_the_full_one() -> None:
    # Both hold the office, one in full and one short: the one named last is meant.
    text = (
        "Sen. Mara Quist met Senator Ivo Brandt on Monday. "
        "“We will vote together,” the senator said."
    )
    assert speakers(text) == [("Ivo Brandt", "the senator")]


def test_a_short_title_named_last_outranks_a_full_one_named_before() -> None:
    # Roe was given the full noun in apposition, Hale the short title later, and Hale
    # is the one in view when the descriptor comes (h35-desc: before, only Roe).
    text = (
        "Ana Roe, the former governor, backed the bill last year. On Monday Gov. Tom "
        "Hale signed it. “It is a good day,” the governor said."
    )
    assert speakers(text)[-1] == ("Tom Hale", "the governor")


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Brant called the mayor "reckless," attacked her record as governor and '
        "said she should step aside.",
        'Ivo Brant called the plan "a mess," mocked his years as minister and left.',
    ],
)
def test_a_thing_held_as_a_role_is_no_speaker(text: str) -> None:
    # "her record as governor" is a record, not a governor: the words after the
    # quote are no inverted cue, and the quote is the subject's.
    assert speakers(text)[0][0] == "Ivo Brant"


# --- descriptors of a person running for office (h31b-desc) --------------------
# Election coverage names a candidate again by the contest (*the candidate*, *the
# front-runner*, *the Democratic nominee*) or by the party alone (*the Republican
# said*), often without ever printing that noun as the person's title. Such a
# descriptor is the one person the paragraph names, else the person a pronoun there
# would be, never a person named earlier in its own sentence; failing that, the person
# given a contest noun as a title before it.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A party noun alone, the person introduced in the paragraph before.
        (
            "Governor Ana Roe spoke in Dover on Monday.\n\n"
            "“We will win this state,” the Republican said this week.",
            ("Ana Roe", "the Republican"),
        ),
        (
            "Ana Roe toured three factories on Monday.\n\n"
            "“Jobs come first,” the Democrat told the crowd.",
            ("Ana Roe", "the Democrat"),
        ),
        # A contest noun nobody holds as a title: the speaker in view, whatever
        # office she holds.
        (
            "Sen. Mara Quist spoke to a radio host on Friday. "
            "“I'll tell you what, we will win,” the candidate said.",
            ("Mara Quist", "the candidate"),
        ),
        (
            "“A deal is good for both sides,” Quist told Channel 9's Morning Hour. "
            "“I'll tell you what, it is,” the front-runner said.",
            ("Quist", "the front-runner"),
        ),
        # With a party word before the contest noun.
        (
            "Dina Holm wants the county to build more homes.\n\n"
            "The Democratic nominee told voters that rents were “far too high.”",
            ("Dina Holm", "The Democratic nominee"),
        ),
    ],
)
def test_a_contest_descriptor_is_the_person_in_view(text: str, want: tuple[str, str]) -> None:
    assert speakers(text)[-1] == want


def test_a_person_given_a_contest_title_before_is_meant_when_none_is_in_view() -> None:
    # Hale is named in the descriptor's own sentence, so he is not "the candidate";
    # Roe was introduced as a nominee before it.
    text = (
        "On Monday, Democratic nominee Ana Roe held a rally in Dover.\n\n"
        "Tom Hale, who runs her campaign, was on stage when the candidate said the race "
        "was “wide open.”"
    )
    assert speakers(text) == [("Ana Roe", "the candidate")]


def test_a_contest_title_printed_only_later_introduces_nobody() -> None:
    # Hale is named before the descriptor but given the noun "candidate" only after
    # it, and the paragraph names nobody: the descriptor stays as printed.
    text = (
        "Ana Roe and Tom Hale met in Dover.\n\n"
        "On Friday, the nominee said the plan was “a friend to farmers.”\n\n"
        "Later, candidate Tom Hale left for the airport."
    )
    assert speakers(text)[0] == ("the nominee", "the nominee")


def test_the_party_itself_is_no_member() -> None:
    # "the Republicans", "the GOP": the party speaks, not one person.
    assert not _party_member("the Republicans")
    assert not _party_member("the GOP")
    assert not _party_member("the republican")
    assert _party_member("the Democrat")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the candidate", True),
        ("the GOP front-runner", True),
        ("The Democratic nominee", True),
        ("the Republican", True),
        ("a candidate", False),
        ("the former candidate", False),
        ("the candidate's wife", False),
        ("the minister", False),
        # Words that say which race (h32-desc).
        ("the Democratic presidential candidate", True),
        ("the presumptive Republican presidential nominee", True),
        ("the gubernatorial hopeful", True),
        # A running mate's race is one too (never the head of the ticket: see below).
        ("the Republican vice-presidential nominee", True),
        ("the presidential presidential nominee", False),
        ("the careful candidate", False),
    ],
)
def test_which_descriptors_name_someone_running(text: str, want: bool) -> None:
    assert _contest_descriptor(text) is want


@given(st.text(alphabet="abcdefghij -", max_size=30))
def test_an_indefinite_or_bare_phrase_is_never_a_contest_descriptor(words: str) -> None:
    # Only a definite descriptor ("the ...") names someone again.
    assert not _contest_descriptor(words)
    assert not _contest_descriptor("a " + words)


# --- the race named, two people in view (h32-desc) -------------------------------
# A contest descriptor may say which race (*the presumptive Republican presidential
# nominee*). When the paragraph in view names two people, the one it names first is
# meant, unless a party word of the descriptor says another party than that person's
# titles; a name read where a place goes (*in Kessel Dorn*) is no person.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Two people in the paragraph before; the first named is the one running.
        (
            "Mara Quist called on Governor Tom Hale to step aside.\n\n"
            "“He has had his chance,” the Democratic presidential candidate said.",
            ("Mara Quist", "the Democratic presidential candidate"),
        ),
        # The descriptor's own sentence names two others after a preposition.
        (
            "WASHINGTON — Ana Roe rejected the plan of Senator Tom Hale.\n\n"
            "In a talk with hosts Ida Lum and Ben Orr, the presumptive Republican "
            "nominee said the plan was “a gift to nobody.”",
            ("Ana Roe", "the presumptive Republican nominee"),
        ),
        # A place read as a name comes first: passed over.
        (
            "After a storm hit homes in Kessel Dorn, Ana Roe asked Tom Hale for aid.\n\n"
            "“We need it now,” the Republican nominee said.",
            ("Ana Roe", "the Republican nominee"),
        ),
    ],
)
def test_a_contest_descriptor_is_the_first_person_the_paragraph_names(
    text: str, want: tuple[str, str]
) -> None:
    assert speakers(text)[-1] == want


def test_a_descriptor_of_one_party_is_no_titled_member_of_another() -> None:
    # Hale, named first, is a titled Republican: "the Democratic nominee" is not him.
    text = (
        "Republican Senator Tom Hale met Ana Roe in Dover.\n\n"
        "“We disagree on taxes,” the Democratic nominee said."
    )
    assert speakers(text)[-1][0] != "Tom Hale"


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("the GOP front-runner", {"republican"}),
        ("the Democratic nominee", {"democratic"}),
        ("Sen. Ana Roe (D-Vt.)", {"democratic"}),
        ("Ana Roe, R-Tex.", {"republican"}),
        ("the gop nominee", set()),
        ("a D grade", set()),
    ],
)
def test_the_parties_a_descriptor_or_a_title_names(words: str, want: set[str]) -> None:
    assert _parties(words.split()) == want


@given(st.lists(st.sampled_from(["the", "GOP", "Democratic", "nominee", "R-Fla.", "x"])))
def test_a_descriptor_with_no_party_clashes_with_nobody(words: list[str]) -> None:
    # With no party on the descriptor's side there is nothing to clash with.
    entity = _Entity(name="Ana Roe", kind=SpeakerKind.PERSON, titles=[" ".join(words)])
    assert not _party_clash(frozenset(), entity)
    parties = _parties(words)
    assert _party_clash(parties, entity) is False


# --- a state before the noun (h32-desc) -------------------------------------------
# *The Florida senator*, *the former New Jersey governor*: the state is checked on its
# own. A holder of the noun whose titles name that state is meant; else the one holder
# whose titles name no state; else the person in view, unless their titles name
# another state.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Titles name other states for the other holders: the stateless one is meant.
        (
            "Sen. Mara Quist and Ohio Sen. Tom Hale spoke in Dover.\n\n"
            "“It went well,” the Vermont senator said.",
            "Mara Quist",
        ),
        (
            "Gov. Ana Roe and New Jersey Gov. Ben Orr met in Trenton.\n\n"
            "“We agreed on roads,” the former Maine governor said.",
            "Ana Roe",
        ),
        # The title names the state: that holder, even named earlier.
        (
            "Texas Sen. Tom Hale met Sen. Mara Quist.\n\n"
            "“We talked about water,” the Texas senator said.",
            "Tom Hale",
        ),
        # Nobody holds the noun: the person in view.
        (
            "Tom Hale warned against a long fight.\n\n"
            "“It would be a disaster,” the Texas senator said.",
            "Tom Hale",
        ),
    ],
)
def test_a_state_descriptor_finds_the_person_of_that_state(text: str, want: str) -> None:
    assert speakers(text)[-1][0] == want


def test_a_state_descriptor_is_not_a_person_whose_titles_name_another_state() -> None:
    # Hale is in view but was introduced as Ohio's: "the Texas senator" stays printed.
    text = "Ohio Gov. Tom Hale warned against a long fight. “It is a risk,” the Texas senator said."
    assert speakers(text)[-1][0] != "Tom Hale"


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("the Florida senator", "florida"),
        ("the former New Jersey governor", "new jersey"),
        ("the independent Vermont senator", "vermont"),
        ("The Texas senator", "texas"),
        ("the voters of Florida since being", ""),
        ("the Florida Senate", ""),
        ("a Texas senator", ""),
        ("the Gotham senator", ""),
    ],
)
def test_which_descriptors_name_a_state(phrase: str, want: str) -> None:
    assert _descriptor_state(phrase) == want


def test_the_states_titles_name() -> None:
    assert _title_states(["Texas Sen", "the former New Hampshire governor"]) == {
        "texas",
        "new hampshire",
    }
    assert _title_states(["Sen", "Gov"]) == frozenset()


@given(st.text(alphabet="abcdefghij ABCDEFG-", max_size=30))
def test_only_a_definite_phrase_names_a_state(words: str) -> None:
    # "a Texas senator" is someone new, whatever follows the article.
    assert _descriptor_state("a " + words) == ""
    assert _descriptor_state("a Texas " + words) == ""


# --- an office or an epithet nobody holds as a title (h35-desc) --------------------
# News names a person again by the office they hold even when it never printed that
# office beside their name (*the minority leader*, *the justice*), and by an epithet
# (*the business mogul*). Such a descriptor, whose head noun nobody in the article
# holds, is the person in view (the one person the paragraph names, else the person a
# pronoun there would be), unless that person was given another office or role.


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # The subject in view, with two other people named after her as objects.
        (
            "Mara Quist, asked about Tom Hale and Ben Orr, only shrugged. "
            "“They have no plan for the harbour,” the minority leader said.",
            "Mara Quist",
            "the minority leader",
        ),
        # The one person the paragraph names, the office with modifiers before it.
        (
            "Ivo Brant read the ruling twice before he spoke.\n\n"
            "In a later interview, the retired justice said it was “a sad day.”",
            "Ivo Brant",
            "the retired justice",
        ),
        (
            "Rosa Lind visited the port on Friday. "
            "“We need the ferry back,” the Senate lawmaker told reporters.",
            "Rosa Lind",
            "the Senate lawmaker",
        ),
        # An epithet, with a second person named in the paragraph (the one person
        # the paragraph names is no longer the only reading).
        (
            "Ivo Brant hired Dana Kerr to run his new hotel on Monday. "
            "“She is the best in the trade,” the billionaire hotel mogul told the Herald.",
            "Ivo Brant",
            "the billionaire hotel mogul",
        ),
    ],
)
def test_an_office_or_an_epithet_nobody_holds_is_the_person_in_view(
    text: str, name: str, mention: str
) -> None:
    assert speakers(text)[-1] == (name, mention)


@pytest.mark.parametrize(
    "text",
    [
        # Somebody holds the office: the holder is meant, not the person in view.
        "Mayor Ana Roe opened the hall. Tom Hale spoke next. “It is a fine hall,” the mayor said.",
        # Somebody holds the office, though not with the descriptor's modifier: two
        # people may be meant, so neither is.
        "Foreign Minister Anna Berg flew home. Tom Hale met the press. "
        "“We will sign,” the prime minister said.",
        # The person in view was given another role: no guess.
        "Tom Hale, the club's coach, spoke on Monday. “We will win,” the senator said.",
        # An indefinite descriptor is somebody new.
        "Tom Hale spoke on Monday. “We will win,” a senator said.",
        # Two people named as one subject: the descriptor does not say which.
        "Tom Hale and Dana Kerr bought the old mill on Monday. "
        "“We will open it in May,” the billionaire said.",
        # An office that opens its paragraph does not reach back to the paragraph
        # before: it may be somebody the article never named.
        "Tom Hale met Dana Kerr in Lydd on Monday, and he said he liked her plan."
        "\n\n“It was a good talk,” the foreign minister said.",
    ],
)
def test_an_office_is_not_given_to_a_person_it_cannot_mean(text: str) -> None:
    assert speakers(text)[-1][0] != "Tom Hale"


@given(st.lists(st.sampled_from(["former", "Senate", "Russian", "Dover", "x9", "leader"])))
def test_only_an_office_or_epithet_with_modifiers_may_be_an_unheld_role(words: list[str]) -> None:
    # Whatever stands before it, a phrase whose last word is no office noun (or whose
    # modifiers are not lower-case words, nationalities or a body's word) is none.
    from quoteverify.speakers.identity import _Registry

    registry = _Registry("")
    got = registry._unheld_role([*words, "senator"])
    modifiers_ok = len(words) <= 2 and all(w not in ("Dover", "x9") for w in words)
    assert got == modifiers_ok
    assert registry._unheld_role([*words, "tycoon"]) == modifiers_ok
    assert not registry._unheld_role([*words, "plumber"])


# --- a holder whose title lacks the descriptor's capitalised word (h38-desc) ---------
# "the Senate minority leader" is not the person titled "Majority Leader" elsewhere in
# the article: a capitalised modifier tells holders apart, as *prime* does, so such a
# holder neither is the descriptor's person nor keeps it from the person in view. A
# party's name is no such modifier (it is read on its own).

_KERR_LATER = "\n\nTom Hale attacked the bill in a speech on Friday. “It will fail,” the {} said."


@pytest.mark.parametrize(
    ("opening", "descriptor", "want"),
    [
        # a holder titled without the capitalised word: the person in view
        (
            "Majority Leader Dana Kerr set the vote for Tuesday.",
            "Senate minority leader",
            "Tom Hale",
        ),
        ("Dana Kerr, the majority leader, set the vote.", "Senate minority leader", "Tom Hale"),
        # the holder's title has the word: the holder
        ("Senate Majority Leader Dana Kerr set the vote.", "Senate leader", "Dana Kerr"),
        # a party word is no distinguishing modifier: the holder
        ("Senate Minority Leader Dana Kerr set the vote.", "Senate Democratic leader", "Dana Kerr"),
        # no capitalised word: any holder of the noun keeps it
        ("Majority Leader Dana Kerr set the vote for Tuesday.", "minority leader", "Dana Kerr"),
    ],
)
def test_a_holder_lacking_the_descriptors_capitalised_word_does_not_hold_it(
    opening: str, descriptor: str, want: str
) -> None:
    assert _last_speaker(opening + _KERR_LATER.format(descriptor)) == want


_RALLY = (
    "DOVER - At a rally here on Friday, {who} showed the crowd a clip of Gov. Ana Hale "
    "dodging a question.\n\n“Governor, let me help you out,” the Republican "
    "vice-presidential nominee said."
)


def test_a_running_mates_descriptor_is_the_person_in_view() -> None:
    assert speakers(_RALLY.format(who="Tom Reyes"))[0][0] == "Tom Reyes"


def test_a_running_mates_descriptor_is_never_the_head_of_the_ticket() -> None:
    name = speakers(_RALLY.format(who="former President Tom Reyes"))[0][0]
    assert name == "the Republican vice-presidential nominee"


_HOSTS = (
    "In an interview with Evening Desk {role} Tom Reyes and Ana Hale, the senator was "
    "asked about the vote.\n\nShe said {named} would understand. “I said it was the "
    "right call,” the host said."
)


@pytest.mark.parametrize("named", ["Reyes", "Hale"])
def test_a_plural_role_before_a_pair_gives_each_the_role(named: str) -> None:
    # Both hold "host": the one named last before the descriptor is meant.
    name = speakers(_HOSTS.format(role="hosts", named=named))[0][0]
    assert name is not None
    assert name.endswith(named)


def test_a_plural_noun_that_is_no_role_gives_none() -> None:
    text = _HOSTS.format(role="friends", named="Reyes")
    assert speakers(text)[0][0] == "the host"


# --- a titled holder far back yields to the untitled person in view (h37-desc) --------
# "the senator" goes by its head noun to the holder named last (Sen. Tom Hale). When
# that holder is named neither in the descriptor's paragraph nor in the one before,
# while the paragraph names one person alone before the descriptor's sentence, its
# first subject, holding no office, that person is meant.

_HOLDER = "Sen. Tom Hale spoke in Dover on Monday.\n\n"
_QUIET = (
    "The tide came in slowly that week.\n\n",
    "Boats stayed in the harbour for days.\n\n",
    "The ferry ran late on Sunday.\n\n",
)
_IN_VIEW = "Ana Roe rallied her volunteers in Leeds. Walking into the hall, "
_SAID = 'the senator said the race was "very close".'


def _last_speaker(text: str) -> str | None:
    q = parse(text).quotes[-1]
    return q.speaker_name


@given(st.integers(min_value=1, max_value=3))
def test_the_untitled_person_in_view_when_the_holder_is_far_back(quiet: int) -> None:
    text = _HOLDER + "".join(_QUIET[:quiet]) + _IN_VIEW + _SAID
    assert _last_speaker(text) == "Ana Roe"


@pytest.mark.parametrize(
    "text",
    [
        # the holder named in the paragraph before
        _HOLDER + _IN_VIEW + _SAID,
        # two people in the paragraph
        _HOLDER
        + "".join(_QUIET)
        + "Ana Roe rallied her volunteers in Leeds. Ann Lee waved. Walking in, "
        + _SAID,
        # the person in view holds an office of her own
        _HOLDER + "".join(_QUIET) + "Gov. " + _IN_VIEW + _SAID,
        # nobody in view
        _HOLDER + "".join(_QUIET) + "The crowd cheered. Walking into the hall, " + _SAID,
    ],
)
def test_the_holder_stays_when_nobody_untitled_is_in_view(text: str) -> None:
    assert _last_speaker(text) == "Tom Hale"


# --- a role that serves someone named after it (h37-desc) -------------------------
# "said the former top aide to Senator Tom Hale": the role names its holder by whom
# they serve, so it goes to the paragraph's first subject (named before the
# descriptor's sentence, holding no office), never to the person served.

_AIDE_OPENING = "Ana Roe, who ran the campaign in 2012, said the party had changed. "
_WARNED = '"We warned them," said '


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_AIDE_OPENING + _WARNED + "the former top aide to Senator Tom Hale.", "Ana Roe"),
        (_AIDE_OPENING + _WARNED + "the longtime adviser to Hale.", "Ana Roe"),
        # the subject in view is the person served
        ("Tom Hale spoke on Monday. " + _WARNED + "the longtime adviser to Hale.", None),
        # the subject in view holds an office
        ("Gov. Ana Roe said it had changed. " + _WARNED + "the top aide to Tom Hale.", None),
        # the role names nobody it serves
        ("Ana Roe said the party had changed. " + _WARNED + "the former top aide.", None),
    ],
)
def test_a_role_serving_someone_named_is_the_subject_in_view(text: str, want: str | None) -> None:
    # (None: the description stays as printed.)
    name = _last_speaker(text)
    assert name == want if want else name is not None and name.startswith("the ")


# --- a descriptor of the passage's topic (h38-desc) ---------------------------------
# "the shipping magnate", "the careful candidate", "the former secretary": an office,
# an epithet, a race, an age or a role held before, left unresolved by the rules above
# (nobody holds it, nobody was introduced with it, the paragraph names somebody else
# first), is the person a pronoun there would be when the text names that person more
# often than anybody else in the stretch before it.

_BRANT = (
    "Ivo Brant said on Friday that he had bought the old harbour mill. Brant, who owns "
    "nine hotels, plans to reopen it in May.\n\nAlthough he would not give a price, he "
    "said Dana Kerr and Tom Lee had been glad to sell.\n\n"
)
_FAIR = "“It was a fair deal,” the {} told reporters."


# (the paragraph before names the topic: an age reaches no further back)
_BRANT_NAMED = _BRANT.replace("Although he would", "Although Brant would")


@pytest.mark.parametrize("descriptor", ["property tycoon", "former mayor"])
def test_a_descriptor_left_unresolved_is_the_topic_in_view(descriptor: str) -> None:
    assert _last_speaker(_BRANT + _FAIR.format(descriptor)) == "Ivo Brant"


def test_an_age_is_the_topic_named_in_the_paragraph_before() -> None:
    assert _last_speaker(_BRANT_NAMED + _FAIR.format("61-year-old")) == "Ivo Brant"
    # named two paragraphs up (a pronoun between): an age fits nobody that far back
    assert _last_speaker(_BRANT + _FAIR.format("61-year-old")) == "the 61-year-old"


@given(
    st.sampled_from(sorted(load("office_nouns") | load("epithet_nouns") | load("contest_nouns")))
)
def test_every_office_epithet_and_race_may_name_the_topic(head: str) -> None:
    assert _last_speaker(_BRANT + _FAIR.format(head)) == "Ivo Brant"


@pytest.mark.parametrize(
    "text",
    [
        # two people named as often: neither is the topic
        _BRANT.replace("in May", "with Dana Kerr in May").replace("said Dana Kerr", "said Kerr")
        + _FAIR.format("property tycoon"),
        # the person in view holds a role that is no office
        _BRANT.replace("Ivo Brant said", "Ivo Brant, the port's spokesman, said")
        + _FAIR.format("property tycoon"),
        # the stretch before gives another age: the age is somebody else's
        _BRANT_NAMED.replace("Ivo Brant said", "Ivo Brant, 58, said") + _FAIR.format("61-year-old"),
        # a noun that is no office, epithet or race may be somebody new
        _BRANT + _FAIR.format("plumber"),
        # a noun printed with a capital: a character the text never names
        _BRANT + _FAIR.format("Mayor"),
        # a role held before that is no office (an aide serves somebody)
        _BRANT + _FAIR.format("former aide"),
        # an indefinite descriptor is somebody new
        _BRANT + _FAIR.format("property tycoon").replace(" the ", " a "),
    ],
)
def test_a_descriptor_names_no_topic_it_cannot_mean(text: str) -> None:
    assert _last_speaker(text) != "Ivo Brant"


@pytest.mark.parametrize(
    ("opening", "descriptor", "want"),
    [
        # running for office clashes with nothing
        ("Republican candidate Ivo Brant said", "property tycoon", "Ivo Brant"),
        ("Republican candidate Ivo Brant said", "mayor", "Ivo Brant"),
        # an office goes with an epithet, an age, an office held before
        ("Sen. Ivo Brant said", "property tycoon", "Ivo Brant"),
        ("Sen. Ivo Brant said", "61-year-old", "Ivo Brant"),
        ("Sen. Ivo Brant said", "former mayor", "Ivo Brant"),
        # but not with another office held now
        ("Sen. Ivo Brant said", "mayor", None),
        # a role that is no office clashes with all of them
        ("Ivo Brant, the club's coach, said", "property tycoon", None),
    ],
)
def test_a_topic_whose_titles_clash_with_the_descriptor_is_not_meant(
    opening: str, descriptor: str, want: str | None
) -> None:
    text = _BRANT_NAMED.replace("Ivo Brant said", opening) + _FAIR.format(descriptor)
    name = _last_speaker(text)
    assert name == want if want else name == f"the {descriptor}"


def test_a_topic_named_in_the_descriptors_own_sentence_is_not_meant() -> None:
    # one word of the name in the quote: somebody speaking of Brant, not Brant
    text = _BRANT + "“Ivo was always fair,” said the 61-year-old."
    assert _last_speaker(text) == "the 61-year-old"


# A party's member as a noun after a state (*the Ohio Republican*) is a descriptor of
# the person in view, as *the Ohio senator* is; read as a name before (h41-desc).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sen. Ana Roe toured a plant in Dover on Monday.\n\n"
            "“These jobs are staying here,” the Ohio Republican said.",
            ("Ana Roe", "the Ohio Republican"),
        ),
        (
            "Committee Chairman Tom Hale on Tuesday asked for a new inquiry into the "
            "port deal.\n\nIn the letter - sent to the state prosecutor, Ivo Brant - the "
            "Utah Republican asks whether “the board broke the rules on records.”",
            ("Tom Hale", "the Utah Republican"),
        ),
        (
            "Mia Lund spoke to farmers in Keene on Friday.\n\n"
            "“Prices have to come down,” said the New Hampshire Democrat.",
            ("Mia Lund", "the New Hampshire Democrat"),
        ),
        # A person whose title names another state is not meant.
        (
            "Texas Sen. Ana Roe toured a plant in Dover on Monday.\n\n"
            "“These jobs are staying here,” the Ohio Republican said.",
            ("the Ohio Republican", "the Ohio Republican"),
        ),
    ],
)
def test_a_party_member_of_a_state_is_the_person_in_view(text: str, want: tuple[str, str]) -> None:
    assert speakers(text)[-1] == want


def test_a_party_member_after_a_state_is_a_state_descriptor() -> None:
    assert _descriptor_state("the New Hampshire Democrat") == "new hampshire"
    assert _descriptor_state("the Ohio Republican") == "ohio"
    # Without a state the member is the party's (see _party_member), not a state's.
    assert _descriptor_state("the Republican") == ""


@given(
    st.sampled_from(sorted(load("us_states"))),
    st.sampled_from(sorted(load("party_members"))),
)
def test_every_state_and_party_member_is_a_state_descriptor(state: str, member: str) -> None:
    printed = " ".join(w.capitalize() for w in state.split())
    assert _descriptor_state(f"the {printed} {member.capitalize()}") == state


# h41b-roles: local offices in the role lexicon, roles given after "as" or with a
# possessive and a time, and a party tag kept among a person's titles.


@pytest.mark.parametrize("role", ["treasurer", "comptroller", "superintendent", "trustee"])
def test_a_local_office_names_its_holder_back(role: str) -> None:
    text = (
        f"Nadia Orlov, who was elected {role} in the spring, chaired the hearing. "
        "Mayor Glen Pratt sat beside her.\n\n"
        f'"The reserve fund is thinner than it looks," the {role} said.'
    )
    assert speakers(text)[0][0] == "Nadia Orlov"


@pytest.mark.parametrize(
    "intro",
    [
        "Nadia Orlov was named as treasurer last spring.",
        "Nadia Orlov, who served as the board's treasurer for a decade, stepped down.",
        "Nadia Orlov was sworn in as treasurer on Monday.",
        "Nadia Orlov, the board's treasurer since 2019, opened the hearing.",
    ],
)
def test_a_role_after_as_or_with_a_possessive_and_a_time_is_linked(intro: str) -> None:
    text = (
        f"{intro} Mayor Glen Pratt praised the choice.\n\n"
        '"The reserve fund is thinner than it looks," the treasurer said.'
    )
    assert speakers(text)[0][0] == "Nadia Orlov"


def test_as_as_a_conjunction_introduces_no_role() -> None:
    text = (
        "Nadia Orlov left the hall as the treasurer arrived. Mayor Glen Pratt waved.\n\n"
        '"The reserve fund is thinner than it looks," the treasurer said.'
    )
    assert speakers(text)[0][0] != "Nadia Orlov"


@pytest.mark.parametrize("tagged", ["Rep. Omar Vance (R-Ohio)", "Rep. Omar Vance, R-Ohio,"])
def test_a_party_tag_is_kept_and_the_other_party_is_not_him(tagged: str) -> None:
    text = (
        f"{tagged} filed the amendment on Tuesday. It would cap the fund.\n\n"
        '"Nobody asked the towns," the Democrat said.'
    )
    assert speakers(text)[0][0] != "Omar Vance"
    same = text.replace("the Democrat", "the Republican")
    assert speakers(same)[0][0] == "Omar Vance"


@pytest.mark.parametrize(
    ("member", "want"), [("Democrat", "Lena Marsh"), ("Republican", "Omar Vance")]
)
def test_a_party_member_goes_to_the_person_tagged_with_that_party(member: str, want: str) -> None:
    text = (
        "Sen. Lena Marsh (D-Iowa) spoke against the amendment. "
        "Rep. Omar Vance, R-Iowa, had filed it on Tuesday.\n\n"
        f'"Nobody asked the towns," the {member} said.'
    )
    assert speakers(text)[0][0] == want


_TAG_LETTERS = sorted(k.upper() for k in load_table("party_names") if len(k) == 1)


@given(
    letter=st.sampled_from(_TAG_LETTERS),
    place=st.sampled_from(["Ohio", "Texas", "Vt.", "Mass.", "Iowa"]),
    bracket=st.booleans(),
)
def test_every_party_tag_after_a_name_is_kept_with_its_party(
    letter: str, place: str, bracket: bool
) -> None:
    tag = f"{letter}-{place}"
    printed = f" ({tag})" if bracket else f", {tag},"
    entity = _Entity(name="Ana Roe", kind=SpeakerKind.PERSON)
    _party_tag_at(f"Rep. Ana Roe{printed} voted.", len("Rep. Ana Roe"), entity)
    assert entity.titles == [tag]
    assert _parties(entity.titles) == _parties([tag]) != frozenset()


@pytest.mark.parametrize(
    ("intro", "said"),
    [
        ("Ines Falk, a witness, saw the bus leave the road.", "the mayor"),
        ("Ines Falk, a resident of the hill estate, lost her fence.", "the mayor"),
        ("Ines Falk, a passenger, walked home from the depot.", "the Ohio senator"),
        ("Ines Falk, the owner of a bakery on Main Street, closed early.", "the Ohio senator"),
        ("Ines Falk, a voter in the suburbs, waited an hour.", "the Republican candidate"),
        ("Ines Falk, a witness, saw the bus leave the road.", "the Ohio Republican"),
    ],
)
def test_an_office_nobody_holds_is_not_a_private_person_in_view(intro: str, said: str) -> None:
    # An official's words go to nobody named, not to the witness, the resident,
    # the passenger, the shop owner or the voter the story was about.
    text = f'{intro} Falk blamed the weather.\n\n"We will review the road," {said} said.'
    assert speakers(text)[0][0] == said


@pytest.mark.parametrize("said", ["the mayor", "the Ohio senator", "the Republican candidate"])
def test_an_office_nobody_holds_is_still_the_untitled_person_in_view(said: str) -> None:
    # Named with no role, the person in view is still the one an office stands for.
    text = (
        f'Ines Falk toured the plant on Friday. Falk spoke for an hour.\n\n"We won," {said} said.'
    )
    assert speakers(text)[0][0] == "Ines Falk"


def test_a_private_standing_keeps_an_age_on_the_person_in_view() -> None:
    text = (
        "Ines Falk, a witness, saw the bus leave the road. Falk called for help.\n\n"
        '"It happened so fast," the 52-year-old said.'
    )
    assert speakers(text)[0][0] == "Ines Falk"


@given(noun=st.sampled_from(sorted(load("private_roles"))))
def test_every_private_role_is_a_role_noun_that_names_nobody_by_itself(noun: str) -> None:
    assert noun in load("role_nouns")
    assert noun in load("relational_heads")


# --- professions news renames a known person by (h42-desc) -------------------------
# "the retired neurosurgeon", "the real estate developer": a profession the article
# never gave as a title, said of the one person in view, as any epithet is.


@pytest.mark.parametrize("said", ["the retired neurosurgeon", "the neurosurgeon"])
def test_a_neurosurgeon_nobody_was_introduced_as_is_the_person_in_view(said: str) -> None:
    text = (
        "Ines Falk backed the new clinic on Tuesday, saying the county needed it.\n\n"
        f'"Nobody should drive two hours for a scan," {said} told a radio station.'
    )
    assert speakers(text)[0][0] == "Ines Falk"


def test_a_real_estate_developer_is_the_topic_in_view() -> None:
    assert _last_speaker(_BRANT + _FAIR.format("real estate developer")) == "Ivo Brant"


def test_a_developer_with_a_role_named_in_view_stays_a_descriptor() -> None:
    # the person in view holds a role that is no office: the epithet is somebody else
    text = _BRANT.replace("Ivo Brant said", "Ivo Brant, the port's spokesman, said")
    assert _last_speaker(text + _FAIR.format("real estate developer")) != "Ivo Brant"


# --- the first lady as an office (h42-desc) -------------------------------------------
# "First Lady Ana Roe" is titled with the office, so "the first lady" goes back to her,
# and "the former first lady" is an office held before, said of the person in view.


def test_the_first_lady_goes_back_to_the_woman_titled_so() -> None:
    text = (
        "First Lady Mira Solis opened a library in the valley on Monday.\n\n"
        '"Every child deserves books," the first lady said.'
    )
    assert speakers(text)[0][0] == "Mira Solis"


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        ("Mira Solis has a wider lead than she had in the spring.", "Mira Solis"),
        # the title is a woman's: a man named alone before keeps it a descriptor
        ("Mr. Tom Brandt has a wider lead than he had in the spring.", "the former first lady"),
    ],
)
def test_the_former_first_lady_is_the_woman_in_view(opening: str, want: str) -> None:
    said = '"I would rather be careful," the former first lady said.'
    text = f"{opening} The rival fills halls.\n\n{said}"
    assert speakers(text)[0][0] == want


# --- a noun for a kind of office (h42-desc) -------------------------------------------
# "the lawmaker" may be a senator, "the diplomat" an ambassador or a secretary general
# (office_kinds.tsv): the kind's noun does not clash with an office of that kind.

_KIND = "{} Tomas Brandt met the visitors on Friday. Brandt spoke for an hour.\n\n"


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Sen.", "the lawmaker"),
        ("Rep.", "the veteran lawmaker"),
        ("Congresswoman", "the legislator"),
        ("Ambassador", "the diplomat"),
        ("U.N. Secretary-General", "the soft-spoken diplomat"),
        ("Foreign Minister", "the diplomat"),
    ],
)
def test_a_kind_of_office_is_the_holder_in_view(title: str, said: str) -> None:
    text = _KIND.format(title) + f'"We have work to do," {said} said.'
    assert speakers(text)[0][0] == "Tomas Brandt"


@pytest.mark.parametrize(
    ("title", "said"),
    [("Mayor", "the lawmaker"), ("Gen.", "the diplomat"), ("Judge", "the diplomat")],
)
def test_an_office_of_another_kind_still_clashes(title: str, said: str) -> None:
    text = _KIND.format(title) + f'"We have work to do," {said} said.'
    assert speakers(text)[0][0] == said


@given(st.sampled_from(sorted(_office_kinds())))
def test_every_kind_of_office_is_an_office_noun(pair: tuple[str, str]) -> None:
    # the kind's noun must reach the topic rule, and its office be one a title ends on
    noun, office = pair
    assert noun in load("office_nouns")
    assert office.rsplit(None, 1)[-1] in _resolving_heads()
