"""Who speaks after a verb of perception (issue 14).

In *the crew heard two passengers shouting "..."* or *we recall the mayor touring the
docks, promising "..."*, the one seen or heard acting is the subject of the participle
cue, not the person who saw or heard it (``lexicons/perception_verbs.txt``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse

from .conftest import speakers

_WITNESS = st.sampled_from(["Ana Ruiz", "Reporters", "The inspectors", "Old hands", "We"])
_VERB = st.sampled_from(["heard", "saw", "found", "recall", "remember", "watched"])
_ACTOR = st.sampled_from(["Tom Hale", "Mayor Ida Lund", "Sen. Dan Pike", "Rhian Moss"])
_ACT = st.sampled_from(
    ["touring the docks,", "leaving the hall,", "going on the radio in 1988,", "standing up,"]
)
_CUE = st.sampled_from(["saying", "promising", "declaring", "shouting"])


@settings(max_examples=40, deadline=None)
@given(parts=st.tuples(_WITNESS, _VERB, _ACTOR, _ACT, _CUE))
def test_the_one_perceived_acting_speaks(parts: tuple[str, ...]) -> None:
    witness, verb, actor, act, cue = parts
    text = f"{witness} {verb} {actor} {act} {cue} “the berths are all taken.”"
    (speaker,) = speakers(text)
    assert speaker is not None and actor.rsplit(maxsplit=1)[-1] in speaker, text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A description of a crowd after the verb of perception speaks too.
        ("Inspectors heard several angry tenants shouting “fix the heating!”", "tenants"),
        (
            "Tom Hale runs the depot. “Reporters find some local workers saying, "
            "‘This will be great,’ and then the jobs go,” said Hale.",
            "workers",
        ),
        # Another verb keeps its subject: the object does not act.
        ("Ana Ruiz thanked Tom Hale for the work, saying “we owe him a lot.”", "Ana Ruiz"),
        # A person before a verb the lexicons do not list is no body before a role
        # ("Fox News host Tom Hale"): the sentence's subject still speaks.
        ("Ana Ruiz met Tom Hale on Friday, saying “we owe him a lot.”", "Ana Ruiz"),
        ("Priya Nair beat Tom Hale in May, saying “we owe him a lot.”", "Priya Nair"),
        ("Harbour Radio host Tom Hale said “we owe him a lot.”", "Tom Hale"),
        # The perceived person is followed by no -ing verb: the subject speaks.
        ("Ana Ruiz found Tom Hale's letter, saying “we owe him a lot.”", "Ana Ruiz"),
    ],
)
def test_perception_examples(text: str, speaker: str) -> None:
    assert any(s is not None and speaker in s for s in speakers(text)[-1:]), (
        speakers(text),
        text,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The old quay is “the heart of the town”, as a welder once put it.", "a welder"),
        ("The old quay is “the heart of the town,” as a welder put it.", "a welder"),
        ("The old quay is “the heart of the town” as one retired welder put it.", "welder"),
    ],
)
def test_as_someone_put_it(text: str, speaker: str) -> None:
    """A cue after the quote and *as*: the loose phrase before it speaks."""
    (found,) = speakers(text)
    assert found is not None and speaker in found, text


def test_as_without_its_comma_or_quote_names_nobody_new() -> None:
    # "as" inside the sentence, not right after the quote or a comma: no loose phrase.
    text = "The quay is “a lifeline” and works as a welder put it in May, Tom Hale said."
    (found,) = speakers(text)
    assert found != "a welder"


_SUBJECT = st.sampled_from(["Ana Ruiz", "Ruiz", "The mayor", "Mayor Ana Ruiz", "She"])
_MAIN_VERB = st.sampled_from(["met", "beat", "praised", "thanked", "told", "hugged", "sent"])


@settings(max_examples=40, deadline=None)
@given(parts=st.tuples(_SUBJECT, _MAIN_VERB))
def test_the_main_clause_subject_says_the_participle(parts: tuple[str, str]) -> None:
    """*X met Y on Friday, saying "..."*: the participle's subject is X, whatever
    the main verb; Y is never read as a name after a body and a role."""
    subject, verb = parts
    text = f"{subject} {verb} Tom Hale on Friday, saying “we tried.”"
    (q,) = parse(text).quotes
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == subject, (q.speaker_mention.text, text)
