"""Question-and-answer pieces of blind set 33 (issue 14, h53c-blind33).

A printed interview's lead names who asked the questions (*She spoke with reporter
Jo Kay*, *He talked to the Harbour Gazette*): its *Q:* label stands for that
interviewer (``lexicons/interviewer_frames.txt``), while *A:* stands for the person
the piece is about. With no such frame, or a name ending on a possessive, *Q:*
names nobody.
"""

from __future__ import annotations

from .conftest import speakers


def test_q_stands_for_the_reporter_the_lead_names() -> None:
    text = (
        "Bettina Sorrell runs the only bakery left in Lower Tadley. She spoke with "
        "Gazette reporter Owen Faraday in her shop on Friday.\n\n"
        'Q: "How early do you start?"\n\n'
        'A: "Half past three, six days a week."\n\n'
        'Q: "Do you ever sleep in?"\n\n'
        'A: "On Sundays, until five."'
    )
    assert speakers(text) == ["Owen Faraday", "Bettina Sorrell", "Owen Faraday", "Bettina Sorrell"]


def test_q_stands_for_the_outlet_when_the_lead_names_no_reporter() -> None:
    text = (
        "Ilario Benassi took over the city orchestra in March. He talked to the "
        "Harbour Gazette after Saturday's concert.\n\n"
        'Q: "Why Mahler for your first night?"\n\n'
        'A: "Because it frightens me, and fear is useful."'
    )
    assert speakers(text) == ["Harbour Gazette", "Ilario Benassi"]


def test_q_names_nobody_when_the_interviewer_is_named_after_a_possessive() -> None:
    text = (
        "Ilario Benassi took over the city orchestra in March. He talked to the "
        "Gazette's arts editor after Saturday's concert.\n\n"
        'Q: "Why Mahler?"\n\n'
        'A: "Because it frightens me."'
    )
    assert speakers(text) == [None, "Ilario Benassi"]


def test_a_frame_inside_an_answer_names_no_interviewer() -> None:
    text = (
        "Nadia Ferreira-Holm has coached the national rowing eight since 2019. She "
        "took questions from readers.\n\n"
        'Q: "Who taught you to row?"\n\n'
        'A: "My uncle. I spoke with Coach Brandt once, years later, and he agreed."\n\n'
        'Q: "What next?"\n\n'
        'A: "The worlds."'
    )
    assert speakers(text) == [None, "Nadia Ferreira-Holm", None, "Nadia Ferreira-Holm"]
