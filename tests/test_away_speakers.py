"""Speakers that are a body, a body's spokesperson, or a document's issuer, and a
place after the cue (issue 14, h35-away).

Every text is invented. Each case failed at ``e2dcc32`` unless marked as a control.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse

from .conftest import speaker_of


# A cue seven tokens before a colon was in neither the rows that read a cue right
# before the colon nor the test for a cue further back, so the name before the colon
# (a place) was taken for the speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Priya Olafsen said on a picket line in Leeds: “We have run out of patience.”",
        "The union’s treasurer, Priya Olafsen, said at the depot gates in Hull: "
        "“We have run out of patience.”",
        # Controls: the cue nearer the colon, and further from it.
        "Priya Olafsen said at a rally in Leeds: “We have run out of patience.”",
        "Priya Olafsen said on a cold and wet picket line outside the depot in Leeds: "
        "“We have run out of patience.”",
    ],
)
def test_a_place_after_the_cue_is_no_speaker(text: str) -> None:
    assert speaker_of(text) == "Priya Olafsen"


_PLACE = st.sampled_from(["Leeds", "Cardiff", "Port Talbot", "Stoke-on-Trent", "Glasgow"])
_WORDS = st.lists(st.sampled_from(["a", "the", "picket", "line", "rally", "near", "old"]))


@settings(max_examples=60, deadline=None)
@given(place=_PLACE, words=_WORDS.filter(lambda w: len(w) <= 6))
def test_a_place_before_the_colon_never_speaks(place: str, words: list[str]) -> None:
    # However many words stand between the cue and the place, the speaker is the
    # person before the cue.
    lead = " ".join(["Priya Olafsen said on", *words, "in", place])
    assert speaker_of(f"{lead}: “We have run out of patience.”") == "Priya Olafsen"


# "A spokesperson for the industry body X": lower-case words of the body's kind between
# "for" and the name kept the phrase from being read, so the quote fell back to the
# speaker of the sentence before.
_BEFORE = "Campaigner Ruth Amadi said the rivers were “a disgrace”. "


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("the industry body Anglian Rivers", "Anglian Rivers"),
        ("the trade association Brickworks UK", "Brickworks UK"),
        # A representative speaks for a body as a spokeswoman does.
        ("the lobby group Brickworks UK", "Brickworks UK"),
        # Controls: no kind, or a kind short enough to be read before.
        ("the online grocer FreshCart", "FreshCart"),
        ("Anglian Rivers", "Anglian Rivers"),
        ("the charity Anglian Rivers", "Anglian Rivers"),
    ],
)
def test_a_spokesperson_for_a_body_named_with_its_kind(body: str, name: str) -> None:
    noun = "representative" if "lobby" in body else "spokeswoman"
    text = _BEFORE + f"A {noun} for {body} said the figures were “out of date”."
    got = speaker_of(text)
    assert got is not None and got.endswith(name) and got.lower().startswith(f"a {noun}")


def test_a_columnist_for_a_site_keeps_its_reading() -> None:
    # Control: only a spokesperson noun reaches past the kind's words (a columnist
    # for a site is not the site speaking).
    text = "Eli Ward writes for the tech news site Byteline. He called it “a mess”."
    assert speaker_of(text) != "a columnist for the tech news site Byteline"


# "The health board said in a statement ... the statement said": the statement's
# issuer is the body the sentence opens with, named again by a description.
@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Hartwell Water Trust plans to shut the reservoir.\n\nThe trust", "Hartwell Water Trust"),
        ("Pellow Foods Ltd plans to shut the plant.\n\nThe company", "Pellow Foods Ltd"),
        # Never named: the body speaks as printed.
        ("Crowds gathered outside the clinic.\n\nThe health board", "the health board"),
    ],
)
def test_the_statement_of_a_body_named_by_description(opening: str, speaker: str) -> None:
    text = (
        f"{opening} said in a statement that it had no choice. "
        "“We cannot run a site we cannot afford,” the statement said."
    )
    assert speaker_of(text) == speaker


def test_a_statement_with_no_body_opening_its_sentence_stays_a_document() -> None:
    # Control: the sentence opens with no body's noun.
    text = (
        "The long dry summer said little in a statement of its own. "
        "“We cannot run a site we cannot afford,” the statement said."
    )
    assert speaker_of(text) == "the statement"


# "Her record label, Saltmarsh Records," introduces a body by its kind with a comma
# between them; "it" names it again.
@pytest.mark.parametrize(
    "lead",
    [
        "Her record label, Saltmarsh Records, said the shows were off.",
        "The charity, Open Doors Lewes, said the shows were off.",
        # The kind right before the name, read as before, once "label" is a kind.
        "Record label Saltmarsh Records said the shows were off.",
    ],
)
def test_it_names_a_body_set_off_after_its_kind(lead: str) -> None:
    text = f"The singer cancelled her tour. {lead} “Refunds will follow,” it said."
    got = speaker_of(text)
    assert got in ("Saltmarsh Records", "Open Doors Lewes")


def test_a_person_after_a_kind_and_a_comma_is_no_body() -> None:
    # Control: a given name after the comma is a person, not the body.
    text = "The company, Maria Lund said, was sold. “We are sad,” it said."
    assert speaker_of(text) != "Maria Lund"


# "The two ministers said": a number word after "the" made the phrase start at the
# number, and the quote was left with no speaker.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The two mayors said the bridge would “open by June”.", "The two mayors"),
        ("The three companies said the merger would “save jobs”.", "The three companies"),
        # Controls: no "the", and a number that is no group.
        ("Two mayors said the bridge would “open by June”.", "Two mayors"),
        ("The mayors said the bridge would “open by June”.", "The mayors"),
    ],
)
def test_a_counted_group_speaks_as_printed(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


# "it" or "they" after a sentence that a body opens, when no organisation is named
# before it: the body, named again or as printed.
@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        ("Police said the path was closed.", "they", "police"),
        ("The ministry said the path was closed.", "it", "the ministry"),
        ("The county council said the path was closed.", "it", "the county council"),
        # Control: a body named in full was found before.
        ("Wrexham Police said the path was closed.", "they", "Wrexham Police"),
    ],
)
def test_a_pronoun_after_a_body_opening_the_sentence_before(
    lead: str, pronoun: str, speaker: str
) -> None:
    text = f"A walker fell on the cliff. {lead} “Please keep away from the edge,” {pronoun} said."
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "lead",
    [
        # Controls: a person opens the sentence before, and a body's noun that is
        # no subject of its sentence.
        "Ana Ruiz said the path was closed.",
        "Council staff said the path was closed.",
    ],
)
def test_a_pronoun_after_no_body_stays_unresolved(lead: str) -> None:
    text = f"A walker fell on the cliff. {lead} “Please keep away from the edge,” they said."
    assert speaker_of(text) == "they"


def test_a_statement_a_body_put_out() -> None:
    # An issuing verb after the body's description, as a cue verb.
    text = (
        "Crowds gathered outside the clinic. The health board issued a statement "
        "late on Friday. “We cannot run a site we cannot afford,” the statement said."
    )
    assert speaker_of(text) == "the health board"


# "A spokesperson from the company": *from* names the body a spokesperson speaks for
# as *for* does (h36-names).
@pytest.mark.parametrize("link", ["for", "from"])
def test_a_spokesperson_from_the_body_named_before(link: str) -> None:
    text = (
        "Pellow Foods Ltd closed its plant on Friday. "
        f"A spokesperson {link} the company later said, “The site could not be saved.”"
    )
    assert speaker_of(text) == "Pellow Foods Ltd"


# A body that speaks by a description in lower case: "The ministry of health said"
# (its noun and an "of" complement) was read as no phrase at all, and "The company,
# Pellow Group, said" kept the description over the name the apposition gives (h36-names).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministry of health said in a statement that the outbreak was “under control.”",
            "The ministry of health",
        ),
        (
            "The department of the interior said the march was “not allowed.”",
            "The department of the interior",
        ),
        ("The company, Pellow Group, said sales were “flat.”", "Pellow Group"),
        (
            "The agency, the Harbour Safety Board, said the pier was “sound.”",
            "Harbour Safety Board",
        ),
        # Controls: a role and its complement, a body named in capitals, and a
        # person's description between the commas.
        ("The head of the agency said the outbreak was “under control.”", "The head of the agency"),
        ("The Ministry of Health said the outbreak was “under control.”", "Ministry of Health"),
        ("Ana Ruiz, the firm’s founder, said sales were “flat.”", "Ana Ruiz"),
    ],
)
def test_a_body_described_in_lower_case(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The plan was new to voters, who asked "who pays for it?"', "voters"),
        ('Nobody told a junior clerk, who wrote "this is a mistake."', "a junior clerk"),
        # A verb between the commas makes a clause, not an apposition: the head is
        # the last phrase, never the fronted place.
        ('Before Ohio, the mayor spoke to farmers, who told him "we need rain."', "farmers"),
        ('After the vote, the clerk was thanked by tenants, who said "at last."', "tenants"),
        ('Like Dover, the town had met a widow, who wrote "never again."', "a widow"),
    ],
)
def test_a_relative_pronoun_is_named_by_its_unnamed_head(text: str, name: str) -> None:
    # "voters, who asked": the speaker is the voters, never the word "who".
    quote = parse(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.kind is SpeakerKind.ANONYMOUS
    assert quote.speaker_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ann Okafor, now the city manager, who joined in May, said "we are ready."', "Ann Okafor"),
        ('Ed Roe, a baker in Dover, who opened in 2001, said "bread is back."', "Ed Roe"),
        (
            'The mayor thanked Ann Roe, an aide who was fired in May, who said "it is over."',
            "Ann Roe",
        ),
        ('We met Ed Roe, a nurse who met the governor, who said "not again."', "Ed Roe"),
    ],
)
def test_a_relative_pronoun_after_an_apposition_is_still_named(text: str, name: str) -> None:
    assert parse(text).quotes[0].speaker_name == name


@settings(max_examples=30, deadline=None)
@given(
    place=st.sampled_from(["Ohio", "Dover", "Leeds", "Kent", "Perth"]),
    verb=st.sampled_from(["spoke to", "met", "was thanked by", "had left"]),
    group=st.sampled_from(["farmers", "tenants", "nurses", "a widow", "the drivers"]),
)
def test_a_fronted_place_never_names_the_group_after_a_clause(
    place: str, verb: str, group: str
) -> None:
    # Whatever the place and the verb, "who" stands for the group before it.
    text = f'Before {place}, the mayor {verb} {group}, who said "we are tired."'
    assert parse(text).quotes[0].speaker_name == group
