"""Sport and the courts, the genres of blind set 28 (issue 14, h52-blind28).

A charge, a count, a civil wrong or an inquest's conclusion printed in marks after
*charged with*, *count of*, *liable for* or *conclusion of* names the term, not
anybody's words (``lexicons/naming_frames.tsv``). A message read out in evidence is
its writer's, also when a lawyer reports it: *texted*, *messaged* and *emailed* are
cues (``lexicons/cue_verbs.tsv``), so the words after *said X had texted her:* are
X's. *The club said* names again a British or Irish club printed bare, without
*the*, its name ending in a club's word (``lexicons/club_suffixes.txt``: *Rovers*,
*Athletic*, *Town*).
"""

from __future__ import annotations

from quoteverify import parse
from quoteverify.model import QuoteKind

from .conftest import speakers


def _kinds(text: str) -> list[QuoteKind]:
    return [q.kind for q in parse(text).quotes]


def test_a_charge_after_charged_with_is_a_term() -> None:
    text = (
        "Halvard Ness, 52, was charged with \u2018dangerous driving\u2019 after the "
        "crash on the ring road, police said."
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH]
    assert speakers(text) == [None]


def test_a_charge_in_the_speakers_own_words_is_said() -> None:
    # A term has no "I" or "we": the accused's own clause after the frame is theirs.
    text = (
        "Ilse Varga told reporters she had been charged with \u201ca theft I never "
        "committed, and we will prove it\u201d before leaving the court."
    )
    quote = parse(text).quotes[0]
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker is not None and quote.speaker.name == "Ilse Varga"


def test_a_count_and_a_civil_wrong_are_terms() -> None:
    text = (
        'Mira Solberg admitted one count of "unlawful wounding" on Monday. A '
        'separate jury found the landlord liable for "negligence" in March. The '
        'inquest jury returned a verdict of "unlawful killing" and the court heard '
        'two charges of "witness intimidation" would lie on file.'
    )
    assert _kinds(text) == [QuoteKind.NON_SPEECH] * 4


def test_an_inquest_conclusion_is_a_term_and_the_coroner_still_speaks() -> None:
    text = (
        "Recording a conclusion of \u2018accidental death\u2019, the coroner, Petra "
        "Lund, said: \u2018Nobody could have foreseen the rockfall.\u2019"
    )
    kinds = _kinds(text)
    assert kinds[0] is QuoteKind.NON_SPEECH
    assert speakers(text)[1] == "Petra Lund"


def test_a_text_message_reported_by_a_prosecutor_is_its_writers() -> None:
    text = (
        "Prosecutor Ines Varga said the defendant, Oskar Brandt, 41, had texted "
        'his neighbour two hours before the fire: "Enjoy your last night there."'
    )
    assert speakers(text) == ["Oskar Brandt"]


def test_a_message_and_an_email_named_in_a_clause_are_their_writers() -> None:
    text = (
        "The prosecutor, Ines Varga, told jurors that Oskar Brandt messaged his "
        'cousin the next morning: "Sorted. Say nothing."\n\n'
        "Ines Varga said the site manager, Rolf Hagen, had emailed the office a week "
        'earlier: "The scaffold on the east side is not safe."'
    )
    assert speakers(text) == ["Oskar Brandt", "Rolf Hagen"]


def test_the_club_names_again_a_british_club_printed_bare() -> None:
    text = (
        "Dunmere Rovers have parted company with manager Alan Kiely after a "
        "sixth straight defeat.\n\n"
        "In a statement, the club said: \u2018We thank Alan for his efforts and "
        "wish him well.\u2019"
    )
    assert speakers(text) == ["Dunmere Rovers"]


def test_the_club_after_a_bare_club_and_a_quote_after_it() -> None:
    text = (
        "Eastholm Athletic condemned the abuse sent to their goalkeeper, Jonah "
        "Mbeki, after Sunday\u2019s game. \u2018Jonah has our full support,\u2019 the "
        "club said."
    )
    assert speakers(text) == ["Eastholm Athletic"]


def test_the_club_after_two_bare_clubs_names_neither() -> None:
    text = (
        "Eastholm Athletic beat Dunmere Rovers 3-1 on Saturday. \u2018We are "
        "delighted with the result,\u2019 the club said."
    )
    assert speakers(text) == ["the club"]
