"""A title-case line's capitalised runs name people only as far as the text confirms.

In a headline printed in title case every word is capitalised, so a run such as
*Ana Ruiz Defends Her Budget Again* once gave the registry names like *Budget
Again*, and a headline's description or verb became part of the name of a person
the body names properly. On such a line (``mentions._title_line``) a run is
cut into the stretches of its words that the rest of the text prints
(``mentions._confirmed_names``); the words printed nowhere else name nobody.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers.mentions import _title_line, name_rows


def _heads(text: str, end: int | None = None) -> list[str]:
    return [row[4] for row in name_rows(text, lone=True) if end is None or row[0] < end]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a description before the name, a verb and an object after it
        (
            "Harbour Chief Ana Ruiz Defends Her Budget Again\n\n"
            "Ana Ruiz, who runs the harbour board, spoke on Monday.\n\n"
            "\u201cWe kept every promise we made,\u201d Ruiz said.",
            "Ana Ruiz",
        ),
        (
            "Mayor Tom Vance Backs Ferry Plan\n\n"
            "The council voted on Tuesday. \u201cThis is a good day for the bay,\u201d said "
            "Tom Vance, the mayor.",
            "Tom Vance",
        ),
    ],
)
def test_only_the_name_the_body_prints_is_read_from_the_title(text: str, name: str) -> None:
    heads = _heads(text, text.index("\n"))
    # A run is read seven words at a time: a word the cut leaves alone
    # ("Again") is a lone word, which names nobody the text knows.
    assert heads[0] == name
    assert all(" " not in head for head in heads[1:])
    assert [q.speaker_name for q in quoteverify.parse(text).quotes] == [name]


def test_the_subject_is_read_before_a_function_word() -> None:
    # Nothing the body prints begins with "Tom Vance": the words that open the
    # run up to "On" name the title's subject.
    text = "Tom Vance On How The Port Grew\n\nThe port, he said, grew fast."
    heads = _heads(text, text.index("\n"))
    assert heads[0] == "Tom Vance"
    assert all(" " not in head for head in heads[1:])  # (a lone word names nobody known)


def test_a_run_the_text_never_prints_names_nobody_past_the_lines_start() -> None:
    text = "Ana Ruiz Defends Her Budget Again\n\nAna Ruiz spoke at the hall."
    assert "Budget Again" not in _heads(text)


def test_a_run_opening_the_line_keeps_its_name_when_nothing_confirms_it() -> None:
    # The title is then the only place that names its subject.
    text = "Ana Ruiz Slams Council And The Press\n\nThe mayor said the budget was fair."
    assert _heads(text)[0] == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # prose: lower-case words
        "Ana Ruiz Backs the plan for the ferry\n\nAna Ruiz spoke.",
        # a line in capitals is read as before
        "ANA RUIZ BACKS FERRY PLAN\n\nAna Ruiz spoke.",
        # a line of prose wrapped by hand: a line with letters before it
        "the meeting was opened by\nHarbour Chief Ana Ruiz Of Eastport\n\nAna Ruiz spoke.",
    ],
)
def test_other_lines_are_not_title_lines(text: str) -> None:
    at = text.index("Ana") if not text.startswith("ANA") else 0
    line = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    assert not _title_line(text, line, len(text) if end < 0 else end)


def test_a_listed_subhead_after_its_number_is_a_title_line() -> None:
    text = "Intro.\n\n1\nAna Ruiz On Why The Port Matters\n\nRuiz spoke."
    assert _title_line(text, text.index("Ana"), text.index("\n\nRuiz"))


_WORDS = ["Backs", "Defends", "Plan", "Budget", "Again", "Harbour", "Ferry", "Vote", "Local"]


@given(
    st.lists(st.sampled_from(_WORDS), min_size=0, max_size=2),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4),
)
def test_every_name_of_a_confirmed_title_line_is_printed_in_the_body(
    before: list[str], after: list[str]
) -> None:
    # The body prints Ana Ruiz and none of the other words capitalised: the
    # title line gives her name and no other name of several words (a lone word
    # only ever names a person the text knows already).
    headline = " ".join([*before, "Ana", "Ruiz", *after])
    text = f"{headline}\n\nAna Ruiz spoke to the board on Monday."
    assert [head for head in _heads(text, len(headline)) if " " in head] == ["Ana Ruiz"]


def _headline_rows(text: str, at: int) -> list[tuple[int, str]]:
    line_end = text.find("\n", at)
    # (a lone word the seven-word cut leaves, "Again", names nobody the text knows)
    rows = name_rows(text, lone=True)
    return [(r[0] - at, r[4]) for r in rows if at <= r[0] < line_end and " " in r[4]]


def test_a_document_of_many_articles_confirms_each_headline_in_its_own_article() -> None:
    # The second article's body never prints the name: its headline must not be
    # confirmed by the first article's body, before it or after it.
    printed = (
        "Harbour Chief Ana Ruiz Defends Her Budget Again\n\n"
        "Ana Ruiz, who runs the harbour board, spoke on Monday.\n\n"
        "\u201cWe kept every promise we made,\u201d Ruiz said."
    )
    unprinted = (
        "Harbour Chief Ana Ruiz Defends Her Budget Again\n\n"
        "The board met on Monday. \u201cWe kept every promise,\u201d the chief said."
    )
    alone = {article: _headline_rows(article, 0) for article in (printed, unprinted)}
    assert alone[printed] != alone[unprinted]
    articles = [unprinted, printed] * 4
    document = "\n\n".join(articles)
    at = 0
    for article in articles:
        assert _headline_rows(document, at) == alone[article]
        at += len(article) + 2


def test_a_body_confirms_a_title_line_within_a_fixed_reach() -> None:
    # Past the reach, a name the body prints confirms nothing.
    filler = "The board met again and voted on the budget.\n\n" * 500
    near = "Harbour Chief Ana Ruiz Defends Her Budget Again\n\nAna Ruiz spoke.\n\n" + filler
    far = "Harbour Chief Ana Ruiz Defends Her Budget Again\n\n" + filler + "Ana Ruiz spoke."
    assert _headline_rows(near, 0) == [(14, "Ana Ruiz")]
    assert _headline_rows(far, 0) != [(14, "Ana Ruiz")]
