"""The person a cue clause names (issue 14, h29-names).

A cue was found and the wrong person chosen: a name inside an object or after
*to*, a name inside an opening phrase, a quote inside a subordinate clause that
opens the sentence, a participle behind a filler word or after a quoted title, a
cue set off by commas, an apposition that lost its closing comma, two titles
joined by *and*. Every text is invented. Each case failed at ``2ed2933`` unless
marked as a control.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name right after a preposition is inside its object, not a subject.
        (
            "Port chairman Osric Vane has egged on Dunmore traders with slogans like "
            "“not one penny more.”",
            "Osric Vane",
        ),
        # After "to": the one written to; the participle has the sentence's subject.
        (
            "Dover Mayor Lisa Varga wrote a letter to Attorney General Amos E. Tredd asking "
            "the ministry to look into the “fiasco.”",
            "Lisa Varga",
        ),
        # An opening phrase with a comma inside it.
        (
            "In a long, frank interview with reporter Maja Odu last spring, Petr Hallam said "
            "he welcomed the trial and added, “I will plead guilty.”",
            "Petr Hallam",
        ),
        # A quote inside a subordinate clause that opens the sentence.
        (
            "Even as Mayor Tobin Wray claimed on Monday that “the bridge is safe,” a retired "
            "inspector said the two surveys differ.",
            "Tobin Wray",
        ),
        (
            "Although forecaster Ilse Marr warned that the storm would be “the worst in a "
            "decade,” many residents stayed put.",
            "Ilse Marr",
        ),
        # A participle after a quote that closed its clause, behind a filler word.
        (
            "Clem Ashby told investors that fears about firms like Pellcor were “overblown,” "
            "adding that Pellcor had “years of growth ahead.”",
            "Clem Ashby",
        ),
        # A possessive before a quoted title owns the title, not the participle.
        (
            "Former mayor Rob Quill trashed the plan on Kent FM’s “Morning Show,” calling it "
            "a “no-brainer” to scrap.",
            "Rob Quill",
        ),
        # A cue set off by commas names the sentence's speaker.
        (
            "The real problem, said Ana Roemer, is that the council has been “asleep for years.”",
            "Ana Roemer",
        ),
        (
            "Any fair reading of the plan, says Tom Halder, an expert on ports, would see "
            "it as a retreat, calling the deal “the best of a bad lot.”",
            "Tom Halder",
        ),
        # An apposition that lost its closing comma.
        (
            "Ana Lisle, president and CEO of Kent Hotel Association stated, “It is not a "
            "political problem.”",
            "Ana Lisle",
        ),
        # Two titles joined by "and" before the name.
        (
            "“He is doing it again,” said former Kent Gov. and Liberal Party Chairman Ed Rendle.",
            "Ed Rendle",
        ),
    ],
)
def test_the_person_the_cue_clause_names(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Controls: the nearest subject and cue are right.
        ("Tom Hale says Ruiz supporters are “angry and tired.”", "Tom Hale"),
        (
            "The Council on Harbour Affairs Director Nihad Awan says in a statement that "
            "the plan is “reckless.”",
            "Nihad Awan",
        ),
        ("In Dover, Kent, Ana Ruiz said the plan was “dead.”", "Ana Ruiz"),
        ("While Ivo Brant said the repairs were late, “we are ready,” Ana Ruiz said.", "Ana Ruiz"),
        ("As Ana Ruiz put it, the plan is “dead in the water.”", "Ana Ruiz"),
        (
            "The problem, said Ana Ruiz, is that Tom Hale told voters the port was “safe.”",
            "Tom Hale",
        ),
        ("Ana Ruiz, a nurse from Dover, said the plan was “dead.”", "Ana Ruiz"),
        ("“We won,” said Kent Gov. Ed Rendle.", "Ed Rendle"),
        (
            "Mr. Hale, recalling weekly talks with Ms. Ruiz, described himself as her "
            "“harbour whisperer.”",
            "Hale",
        ),
    ],
)
def test_controls_keep_their_speaker(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


_GIVEN = st.sampled_from(["Ana", "Tom", "Ivo", "Lena", "Omar", "Rosa", "Piet", "Kofi"])
_FAMILY = st.sampled_from(["Ruiz", "Hale", "Brant", "Okafor", "Lindqvist", "Marr", "Quill"])
_OPENING = st.sampled_from(
    ["The real problem", "The paradox of the plan", "What worries the town", "The question"]
)
_VERB = st.sampled_from(["said", "says", "argued", "added"])


@settings(max_examples=25, deadline=None)
@given(_GIVEN, _FAMILY, _OPENING, _VERB)
def test_a_cue_set_off_by_commas_names_the_sentence_speaker(
    given_name: str, family: str, opening: str, verb: str
) -> None:
    # Whatever the opening phrase and the cue verb, the person the cue set off by
    # commas names speaks, never a word of the phrase it interrupts.
    name = f"{given_name} {family}"
    text = f"{opening}, {verb} {name}, is that the council has been “asleep for years.”"
    assert speaker_of(text) == name


@settings(max_examples=25, deadline=None)
@given(_GIVEN, _FAMILY, _GIVEN, _FAMILY)
def test_a_quote_in_an_opening_subordinate_clause_is_its_own(
    given_a: str, family_a: str, given_b: str, family_b: str
) -> None:
    # The clause's own cue takes the quote; the main clause's person is never chosen.
    a, b = f"{given_a} {family_a}", f"{given_b} {family_b}"
    text = f"Even as {a} claimed that “the port is safe,” {b} said the reports differ."
    assert speaker_of(text) == a


# h39-claims: two shapes where the parser gave a quote to a word that is no subject.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A place and its state before the subject; the subject's party tag in
        # brackets runs up to the cue set off by a comma: the subject speaks.
        (
            "On Friday in Dover, KS, after the count, Gov. Lena Marr (R-KS), said, “We "
            "will take the wagon west and keep going.”",
            "Lena Marr",
        ),
        (
            "At a fair in Salem, OR, Rep. Piet Quill (D-OR), said, “Nobody here wants the toll.”",
            "Piet Quill",
        ),
    ],
)
def test_a_bracketed_tag_before_the_cue_keeps_its_subject(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A country's adjective before a plural noun, after a dash that closes an
        # aside: part of an object ("of the Syrian families"), no subject and verb.
        "Several - though not all - of the Syrian families who came last year are "
        "Christian, no surprise since “the church ran the camp.”",
        "Many — though not all — of the Chilean miners were young, which fits, since "
        "“the mines hire the young.”",
    ],
)
def test_an_adjective_inside_an_object_after_a_dash_is_no_speaker(text: str) -> None:
    assert speaker_of(text) is None


def test_a_dash_before_a_name_that_opens_a_clause_keeps_its_verb() -> None:
    # Control: a name after a dash that is not inside an object still speaks.
    text = "The vote was late - Ana Ruiz urged members to “stay and finish the job.”"
    assert speaker_of(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # A place after "in", "at", "near" or "from" is inside the object of the
        # preposition (h44-ns): not the subject of the verb after it.
        "Tenants of a tower block in Kelby have waited a month while a “temporary” lift "
        "is repaired.",
        "Ana Ruiz met families who in Kelby waited a month for a “temporary” lift.",
        "Two cafes near Harrowgate Station closed for a week after the “pop-up” market opened.",
        # A determiner capitalised because it opens the sentence is no name (h44-ns).
        "Other names on the shortlist included “rage bait” and “sadfishing.”",
        "Multiple stalls on the quay offered a “harbour special” all summer.",
    ],
)
def test_a_place_after_a_preposition_or_a_capitalised_determiner_is_no_speaker(
    text: str,
) -> None:
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Controls: the subject before the place, or after a preposition that opens
        # the sentence, still speaks.
        (
            "Ana Ruiz toured a tower block in Kelby and found tenants waiting for a "
            "“temporary” lift.",
            "Ana Ruiz",
        ),
        ("In Kelby, Ana Ruiz described the lift as “a death trap.”", "Ana Ruiz"),
        ("Families from Kelby described the lift as “a death trap.”", "Families from Kelby"),
    ],
)
def test_a_subject_beside_a_place_keeps_its_quote(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker
