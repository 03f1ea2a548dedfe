"""Bodies and their people named once and then otherwise (issue 14, h53-bodies).

Each test below that is no guard fails without the change it names (checked by
removing the change).
"""

from __future__ import annotations

from quoteverify import parse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


# A seat made only of compass words after its place: the holder is read after the
# comma, never the compass words (offices.office_opening).


def test_seat_of_two_compass_words_reads_the_holder_after_the_comma() -> None:
    text = 'Labour MP for Bramford South West, Petra Quill, said: "The bypass can wait."'
    assert _speakers(text) == ["Petra Quill"]


def test_seat_of_two_compass_words_after_the_article() -> None:
    text = (
        "The Conservative MP for Halby North East, Owen Strake, called the scheme "
        '"a promise broken twice".'
    )
    assert _speakers(text) == ["Owen Strake"]


def test_seat_with_one_compass_word_keeps_a_holder_printed_without_a_comma() -> None:
    # guard: the holder printed right after the seat is still read
    text = 'Green MP for Tolvern West Mara Finch said: "We are not done yet."'
    assert _speakers(text) == ["Mara Finch"]


# Staff of a body who write its note: the note named again is the body's
# (identity._Registry._staff_opening), and a firm named for its partners or founders
# is the body its staff speak for (mentions._firm_of_plurals).


def test_note_named_again_after_economists_at_a_bank() -> None:
    text = (
        "Economists at Carrow Bank said in a note to clients that they now saw two cuts. "
        '"The labour market has turned," the note said.'
    )
    assert _speakers(text) == ["Carrow Bank"]


def test_letter_named_again_after_nurses_at_a_hospital_is_no_body() -> None:
    # guard: nurses speak for themselves, so their letter is not the hospital's
    text = (
        "Nurses at Penhallow Hospital said in a letter to the board that shifts ran too "
        'long. "We are asking for help," the letter said.'
    )
    assert _speakers(text) != ["Penhallow Hospital"]


def test_economists_at_a_firm_named_for_its_founders() -> None:
    text = (
        "Economists at Tavish Brothers wrote in a note that the jobs data was "
        '"the last piece of the puzzle".'
    )
    assert _speakers(text) == ["Tavish Brothers"]


def test_analysts_at_a_firm_named_for_its_partners() -> None:
    text = 'Analysts at Orrin Partners said the merger looked "cheap at twice the price".'
    assert _speakers(text) == ["Orrin Partners"]


def test_a_group_of_lower_case_plurals_after_at_stays_a_group() -> None:
    # guard: *analysts at the banks* names no one body
    text = 'Analysts at the big banks said the merger looked "cheap".'
    assert _speakers(text) != ["the big banks"]


# A document named again paragraphs after its introduction, through an earlier
# naming, or by another noun than its introduction's (identity._document_issuer,
# lexicons/document_renamings.tsv).

_RULING = (
    "In a 52-page ruling, Justice Marisol Quenby wrote that the council had "
    '"ignored its own consultation".\n\n'
    '"A plan that nobody was asked about is no plan," the ruling reads.\n\n'
    "Work on the depot will stop until a new plan is drawn up. The ruling said the "
    'halt would last "until the council starts again".'
)


def test_document_of_a_numbered_size_names_its_author() -> None:
    assert _speakers(_RULING)[1] == "Marisol Quenby"


def test_document_named_again_two_paragraphs_on_is_its_author() -> None:
    assert _speakers(_RULING)[2] == "Marisol Quenby"


_AUDIT = (
    'In a report titled "Lost in the Pipes", Auditor General Tobias Wrenfield found '
    'that the water board had paid twice for the same repairs. "We could trace '
    'no invoice for a third of the work," the report said.\n\n'
    "Wrenfield told reporters the figures were troubling.\n\n"
    "According to the report, the board met twice a year. The audit called its "
    'checks "a formality".'
)


def test_document_named_again_by_another_noun_is_its_author() -> None:
    assert _speakers(_AUDIT)[-1] == "Tobias Wrenfield"


def test_a_noun_without_a_renaming_row_stays_the_document() -> None:
    # guard: *the letter* names no report again
    text = _AUDIT.replace("The audit called", "The letter called")
    assert _speakers(text)[-1] != "Tobias Wrenfield"


def test_an_opening_sentence_paragraphs_back_is_no_author() -> None:
    # guard: read on from an earlier naming, only an introduction that names the
    # author beside the document counts, not the words opening its sentence
    text = (
        "LARKMOOR — Patients at Larkmoor Hospital wait up to nine hours for a bed, the "
        "region's health watchdog said in a report published on Thursday.\n\n"
        "The Care Standards Board called the delays dangerous. The report, titled "
        '"Corridor Care", was based on visits in June.\n\n'
        '"We saw patients on trolleys in every corridor," the report says.'
    )
    assert _speakers(text)[-1] != "Larkmoor Hospital"
