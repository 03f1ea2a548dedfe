"""A pronoun after a person the sentence before brings in (issue 14, h55b-pronouns).

Two shapes of news copy introduce a new person in a sentence whose grammatical
subject the old reading missed, so a *she said* after it went back to the last
speaker: the one a prize goes to, or the real name behind a stage name, at the end
of a sentence (*The top award went to the painter Vera Holm, 84.*,
``identity._introduced_at_end``), and a name in
apposition with a relative clause before its verb (*The winner, Vera Holm, who
painted the harbour, cried.*, ``identity._past_relative``). Invented articles only;
each test reads the resolved name (``q.speaker.name``), as strict scoring does.
"""

from __future__ import annotations

import pytest

from quoteverify.speakers.identity import _introduced_at_end, _past_relative

from .conftest import resolved

# The host speaks first, then the sentence brings in the next person.
HOST = (
    "The gala's host, the presenter Greta Moll, welcomed the guests. "
    '"It is going to be a long night," she said.\n\n'
)

GAINED = [
    # the one a prize goes to, with a title phrase and an age, at the sentence's end
    (
        HOST + "The award for a life's work went to the painter Vera Holm, 84. "
        '"I only ever wanted to paint the sea," she said.',
        "paint the sea",
        "Vera Holm",
    ),
    # the bare name at the end of the sentence
    (
        HOST + "The first prize was presented to Vera Holm. "
        '"I only ever wanted to paint the sea," she said.',
        "paint the sea",
        "Vera Holm",
    ),
    # the real name behind a stage name, at the end of the sentence
    (
        HOST.replace("Greta Moll", "Jonas Moll").replace("she said", "he said")
        + 'The newcomer of the year was the drummer known as "Bongo", '
        "whose real name is Tariq Osei. He told the hall: "
        '"I still practise on my mother\'s pots."',
        "mother's pots",
        "Tariq Osei",
    ),
    # a relative clause on the apposed name, before the sentence's verb
    (
        HOST + "The winner, Vera Holm, who painted the harbour in a single winter, "
        'cried on the stage. "I only ever wanted to paint the sea," she said.',
        "paint the sea",
        "Vera Holm",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), GAINED)
def test_pronoun_goes_on_with_the_person_brought_in(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        # a person of the other sex brought in: the host still speaks
        (
            HOST + "The award for a life's work went to the painter Jonas Holm, 84. "
            '"That was a fine choice," she said.',
            "fine choice",
            "Greta Moll",
        ),
        # two people brought in at once: neither is the one meant
        (
            HOST + "The award for a life's work went to Vera Holm and Ada Brink. "
            '"That was a fine choice," she said.',
            "fine choice",
            "Greta Moll",
        ),
        # a pronoun's errand: the subject, not the one visited, speaks next
        (
            HOST + "After the interval she went to the painter Vera Holm. "
            '"That was a fine choice," she said.',
            "fine choice",
            "Greta Moll",
        ),
        # the sentence goes on past the name: the recipient is no longer at its end
        (
            HOST + "The first prize went to Vera Holm for a picture of a gull, "
            'and the host read out the jury\'s note. "That was a fine choice," she said.',
            "fine choice",
            "Greta Moll",
        ),
    ],
)
def test_near_misses_keep_the_earlier_speaker(text: str, words: str, want: str) -> None:
    assert resolved(text, words) == want


def test_introduced_at_end_reads_only_a_phrase_of_the_lexicon() -> None:
    text = "She went with the painter Vera Holm."
    assert not _introduced_at_end(text, text.index("Vera"), text.index("."))
    text = "The prize went to the painter Vera Holm, 84. Then"
    assert _introduced_at_end(text, text.index("Vera"), text.index(","))


def test_past_relative_needs_a_comma_before_any_sentence_end() -> None:
    assert _past_relative("who won, wept", 0) == len("who won, ")
    assert _past_relative("who won. Then, she", 0) == 0
    assert _past_relative("which won, wept", 0) == 0  # a thing's relative, not a person's
