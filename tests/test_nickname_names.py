"""A nickname in quote marks inside a name (h46b-names): *Harold "Hal" Brennick*
is one person, Harold Brennick, whatever the marks; the marked word is no quote of
anyone, and a later *Hal Brennick said* or *Hal said* names him by the nickname
(``identity._nickname_rows``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.speakers.identity import _name_rows_seen, _nickname_rows


def _spoken(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind.value, q.speaker_name) for q in qv.parse(text).quotes]


def test_the_full_name_leaves_the_nickname_out_and_the_nickname_names_him() -> None:
    text = (
        'The ferry\'s skipper, Harold "Hal" Brennick, said the crossing took an hour '
        'longer than planned. "The swell came from the west all morning," Hal Brennick '
        "said.\n\n"
        'Passengers clapped when the boat docked. "I have seen worse, but not often," '
        "Hal said."
    )
    assert _spoken(text) == [
        ("non_speech", None),
        ("direct", "Harold Brennick"),
        ("direct", "Harold Brennick"),
    ]


def test_curly_marks_and_a_woman_named_by_her_nickname_alone() -> None:
    text = (
        "The bakery's owner, Margaret “Peggy” Adewale, opened a second shop on Monday. "
        "“We ran out of rye by nine,” Peggy said. “Tomorrow we bake twice.”"
    )
    assert _spoken(text)[1:] == [("direct", "Margaret Adewale"), ("direct", "Margaret Adewale")]


def test_a_word_in_marks_after_a_word_that_is_no_given_name_joins_nothing() -> None:
    text = 'The ship Zorvane "Tern" Kalloway sailed at dawn.'
    rows = _name_rows_seen(text)[0]
    heads = [row[4] for row in rows]
    assert _nickname_rows(text, rows) == {}
    assert [row[4] for row in rows] == heads


def test_a_phrase_in_marks_between_names_is_no_nickname() -> None:
    # Two words in the marks: a title, not a nickname.
    text = 'Critics praised Laura "Salt Roads" Penhallow for the book.'
    rows = _name_rows_seen(text)[0]
    assert _nickname_rows(text, rows) == {}


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(["Robert", "Elizabeth", "William", "Katherine", "Joseph"]),
    nick=st.sampled_from(["Rob", "Betsy", "Billy", "Kit", "Joe"]),
    surname=st.sampled_from(["Tallow", "Okonjo", "Vasquez-Reid", "Hammarby"]),
    marks=st.sampled_from([('"', '"'), ("“", "”")]),
)
def test_property_the_joined_name_is_the_given_name_and_surname(
    first: str, nick: str, surname: str, marks: tuple[str, str]
) -> None:
    opening, closing = marks
    text = f"The panel heard {first} {opening}{nick}{closing} {surname} on Monday."
    rows = _name_rows_seen(text)[0]
    nicks = _nickname_rows(text, rows)
    start = text.index(first)
    assert nicks == {start: nick}
    joined = [row for row in rows if row[0] == start]
    assert [row[4] for row in joined] == [f"{first} {surname}"]
    assert joined[0][2] == f"{first} {opening}{nick}{closing} {surname}"


# h60d-nickname: a rank or title before the given name, and single marks.


def test_a_rank_before_the_given_name_keeps_the_nickname_out_of_the_name() -> None:
    text = (
        'Corporal Leonard "Len" Mawby was 20 when his unit crossed the river. '
        '"We waited two days for the bridge," he said.\n\n'
        'Len still walks the bank each spring. "It is quieter now," Mawby said.'
    )
    assert _spoken(text) == [
        ("non_speech", None),
        ("direct", "Leonard Mawby"),
        ("direct", "Leonard Mawby"),
    ]


def test_single_marks_around_the_nickname() -> None:
    text = (
        "The club's captain, Rebecca 'Becks' Ferrand, lifted the cup. "
        '"Nobody gave us a chance in March," she said. '
        '"We proved them wrong," Becks added.'
    )
    assert _spoken(text) == [
        ("non_speech", None),
        ("direct", "Rebecca Ferrand"),
        ("direct", "Rebecca Ferrand"),
    ]


def test_curly_single_marks_join_the_name() -> None:
    text = "The crowd cheered Daniel ‘Danny’ Oakes on Monday."
    rows = _name_rows_seen(text)[0]
    assert _nickname_rows(text, rows) == {text.index("Daniel"): "Danny"}
    assert "Daniel Oakes" in [row[4] for row in rows]


def test_near_misses_keep_their_reading() -> None:
    # A title of a work after the full name, a nickname after the surname, a
    # quote opening right after a name and marks around a whole name.
    for text in (
        'The singer Ana Roe "Live" topped the chart, the label said.',
        'The boxer Ana Roe, "the Hammer", won again on Friday.',
        'Ana Roe "We will win," she said, waving.',
        'Dennis "Ana Roe" Mawby appeared on the poster.',
        "The fans of Jones' 'Best' Tour queued.",
    ):
        rows = _name_rows_seen(text)[0]
        heads = [row[4] for row in rows]
        assert _nickname_rows(text, rows) == {}, text
        assert [row[4] for row in rows] == heads


@settings(max_examples=40, deadline=None)
@given(
    rank=st.sampled_from(["", "Sergeant ", "Captain ", "Dr. "]),
    first=st.sampled_from(["Walter", "Harold", "Gerald", "Katherine"]),
    nick=st.sampled_from(["Wally", "Hal", "Gerry", "Kit"]),
    surname=st.sampled_from(["Tallow", "Okonjo", "Hammarby"]),
    marks=st.sampled_from([('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’")]),
)
def test_property_any_marks_and_a_rank_give_one_titled_name(
    rank: str, first: str, nick: str, surname: str, marks: tuple[str, str]
) -> None:
    opening, closing = marks
    text = f"The panel heard {rank}{first} {opening}{nick}{closing} {surname} on Monday."
    rows = _name_rows_seen(text)[0]
    start = text.index(rank + first)
    assert _nickname_rows(text, rows) == {start: nick}
    joined = [row for row in rows if row[0] == start]
    assert [(row[4], row[5]) for row in joined] == [(f"{first} {surname}", rank.strip(" ."))]
    assert not [row for row in rows if row[0] > start and row[0] < joined[0][1]]
