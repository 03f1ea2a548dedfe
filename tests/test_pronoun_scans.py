"""The pronoun look-backs start their scans where a match can first be
(:func:`quoteverify.speakers.identity._scan_from`): the same matches, fewer
characters read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.speakers import identity
from quoteverify.speakers.identity import _scan_from

# Words the three look-back patterns read, and marks that open and close sentences.
_WORDS = ["the", "The", "she", "She", "he", "He", "Later", "But", "mayor", "said", "ran"]
_PIECES = st.lists(st.sampled_from([*_WORDS, " ", ". ", ", ", " - ", "\n", '"']), max_size=40)

_SCANS = [
    (identity._SUBJECT_DESCRIPTOR, ("the ", "The "), identity._DESCRIPTOR_LEAD),
    (identity._SUBJECT_PRONOUN["she"], ("She ",), 0),
    (identity._SUBJECT_PRONOUN["he"], ("He ",), 0),
    (identity._CUED_PRONOUN["she"], ("she ",), 0),
    (identity._CUED_PRONOUN["he"], ("he ",), 0),
]


def _spans(pattern: object, text: str, lo: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lo, end)]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(pieces=_PIECES, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_scan_from_finds_every_match(pieces: list[str], cut: tuple[int, int]) -> None:
    text = "".join(pieces)
    lo, end = min(cut[0], len(text)), min(cut[1], len(text))
    for pattern, needles, lead in _SCANS:
        start = _scan_from(text, lo, end, needles, lead)
        want = _spans(pattern, text, lo, end)
        got = _spans(pattern, text, start, end) if start >= 0 else []
        assert got == want, (pattern.pattern, text, lo, end)


def test_scan_from_starts_before_the_conjunction() -> None:
    text = "Votes came in. Later the county clerk spoke."
    start = _scan_from(text, 0, len(text), ("the ", "The "), identity._DESCRIPTOR_LEAD)
    assert start == text.index("Later")
    assert _scan_from("no article here", 0, 15, ("the ", "The "), 6) == -1


def test_descriptor_still_found_after_a_window_without_one() -> None:
    # The descriptor, as a subject, stands for the titled person; the quotes
    # before it hold no "the", so the scans there start nowhere.
    text = (
        "Admiral Ana Hale spoke first at the dock on Monday morning. "
        + '"Go," she said. ' * 3
        + "The talks had failed by noon, the admiral said on the radio. "
        + '"It is over," she said.'
    )
    last = parse(text).quotes[-1]
    assert last.speaker is not None and last.speaker.name == "Ana Hale"


def test_pronoun_in_a_text_that_names_nobody_stands_for_nobody() -> None:
    text = '"Not now," she said. "Later," he said. "Maybe," she said.'
    quotes = parse(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["she", "he", "she"]
    assert all(q.speaker is not None and q.speaker.kind.value == "unknown" for q in quotes)


def test_pronoun_after_a_name_still_reads_it() -> None:
    # The same quotes once somebody is named: the registry is no longer empty.
    text = 'Rosa Quint left the hall. "Not now," she said. "Maybe," she said.'
    quotes = parse(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Rosa Quint"] * 2
