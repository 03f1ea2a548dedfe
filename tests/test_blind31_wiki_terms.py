"""Names and terms beside real quotes, the shapes of blind set 31 (issue 14,
h53-blind31).

A caption, a title given after *under the title*, and a status
after *listed as* name a thing, not anybody's words (``lexicons/naming_frames.tsv``).
A title-cased quote right after *weekly*, *daily*, *monthly* or *tabloid* is a
paper's name (``lexicons/title_nouns.txt``), as after *newspaper*; a lower-case one
is still words said of it.
"""

from __future__ import annotations

from quoteverify import parse
from quoteverify.model import QuoteKind

from .conftest import speakers


def _kinds(text: str) -> list[QuoteKind]:
    return [q.kind for q in parse(text).quotes]


def test_a_caption_is_no_speech() -> None:
    text = (
        "Commuters posted pictures of the flooded platform captioned "
        '"Is this the sea?" on Tuesday, Orla Brandt said. "We waited two hours," '
        "she said."
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH, QuoteKind.DIRECT]
    assert speakers(text) == [None, "Orla Brandt"]


def test_a_title_after_under_the_title_is_no_speech() -> None:
    text = (
        "Pavel Hruby's memoir sold 8,000 copies in its first week, his publisher "
        "said. A German edition will follow in May under the title "
        '"Winter Roads." Hruby said the book was "the hardest thing I have written."'
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH, QuoteKind.PARTIAL]
    assert speakers(text) == [None, "Pavel Hruby"]


def test_a_status_after_listed_as_is_no_speech() -> None:
    text = (
        'Two patients remain listed as "serious but stable," hospital spokeswoman Dana Pruitt said.'
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH]
    assert speakers(text) == [None]


def test_a_papers_name_after_weekly_or_daily_is_no_speech() -> None:
    text = (
        'Ines Barta, 58, edited the student weekly "Campus Voice" for a decade. '
        '"We never missed a Friday," she said. Her brother wrote for the daily '
        '"Morning Ledger" until it closed.'
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH, QuoteKind.DIRECT, QuoteKind.NON_SPEECH]
    assert speakers(text) == [None, "Ines Barta", None]


def test_lower_case_words_after_weekly_are_still_said() -> None:
    text = 'Mayor Teodor Lind called the weekly "a nuisance we cannot do without."'
    quote = parse(text).quotes[0]
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker is not None and quote.speaker.name == "Teodor Lind"


def test_a_cue_in_the_passive_inside_a_reported_clause_is_the_reporters() -> None:
    # "had been written" has the hymn for its subject: what was written, never a
    # speaker; the partial is the director's, who reports the clause.
    text = (
        "The choir's director, Ole Brekke, said the hymn had been written "
        '"for the miners of our valley" in 1921.'
    )
    assert speakers(text) == ["Ole Brekke"]
    text = (
        "Nadia Osei, who chairs the trust, told reporters the will was written "
        '"in the last week of his life" and read aloud in May.'
    )
    assert speakers(text) == ["Nadia Osei"]
