"""A court's written decision speaks as a document (``lexicons/document_nouns.txt``).

News quotes a court's paper as if it spoke: *the ruling said*, *the judgment read*,
*the verdict stated*. By the convention of ``speakers/documents.py`` the document is
the speaker (kind ``document``) unless its noun phrase names who wrote it (*the
verdict by Judge X*), even when a judge was named sentences before: the judge did not
say the words aloud.
"""

from __future__ import annotations

import pytest

from quoteverify import parse


def _speaker(text: str) -> tuple[str | None, str | None]:
    """The resolved speaker's name and kind of the last quote of ``text``."""
    quote = parse(text).quotes[-1]
    speaker = quote.speaker
    return quote.speaker_name, None if speaker is None else speaker.kind.value


@pytest.mark.parametrize(
    ("cue", "noun"),
    [
        ("the verdict stated", "the verdict"),
        ("the verdict read", "the verdict"),
        ("the judgment read", "the judgment"),
        ("the ruling said", "the ruling"),
    ],
)
def test_a_court_document_after_a_named_judge_is_the_document(cue: str, noun: str) -> None:
    text = (
        "Judge Mara Tolland heard the landlord's appeal in March. "
        f'"The tenants were misled at every turn," {cue}.'
    )
    assert _speaker(text) == (noun, "document")


def test_the_verdict_with_its_author_named_is_the_author() -> None:
    text = '"The tenants were misled," said the verdict by Judge Mara Tolland.'
    assert _speaker(text) == ("Mara Tolland", "person")


def test_a_person_who_heard_the_verdict_still_speaks() -> None:
    text = 'Oren Vail heard the verdict on Friday. "I am relieved," he said.'
    assert _speaker(text) == ("Oren Vail", "person")
