"""Second read of wave 2 (issue 14, h55c-review): the guards a branch claimed with no
test that fails without them, and the inverted cue read past two spaces.

Each test names the guard it holds; each was checked to fail with that guard taken
out of a copy of the tree.
"""

from __future__ import annotations

from quoteverify import parse
from quoteverify.speakers import identity


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def _subject(text: str, name: str) -> bool:
    at = text.index(name)
    return identity._subject_at(text, at, at + len(name))


# --- _subject_at: the inverted cue's name, whatever spaces stand before it ---------


def test_an_inverted_cue_with_two_spaces_before_the_name_makes_it_the_subject() -> None:
    # The cheap test before _after_inverted_cue read the character before one
    # space only: with two, the cue's own subject was read as no subject.
    assert _subject('"It is late," said  Ivo Brandt, a porter.', "Ivo Brandt")
    assert _subject('"It is late," said Ivo Brandt, a porter.', "Ivo Brandt")


def test_near_miss_a_name_after_a_cue_with_an_object_stays_no_subject() -> None:
    # "told" takes an object: the name after it is the one told, spaces or not.
    assert not _subject('"It is late," Mia told  Ivo Brandt, a porter.', "Ivo Brandt")


# --- _Registry._cued_description (h55b-orgs): its two guards -----------------------


def test_a_description_that_names_no_body_before_is_left_to_the_later_readings() -> None:
    # guard: the body found must be one the text named (a capitalised name); a
    # description naming none is not made the statement's issuer as printed.
    text = (
        "Ferry crossings to the islands will stop in May, the regional transport "
        'office said in a statement. "Crews are needed elsewhere," the statement said.'
    )
    assert _speakers(text)[-1] != "the regional transport office"


def test_near_miss_a_statement_not_after_in_is_no_cued_description() -> None:
    # guard: "in" must end the words before the document's article ("said in a
    # statement"); "noted after a statement" names no issuer by its description.
    text = (
        "The firm Quorlin cut prices. Rents will rise, the company noted after a "
        'statement. "It is a hard day," the statement said.'
    )
    assert _speakers(text)[-1] != "Quorlin"
    cued = text.replace("noted after a", "noted in a")
    assert _speakers(cued)[-1] == "Quorlin"
