"""Markets copy from blind set 27: a firm's note as a source, an analyst of a firm
named with *&*.

Markets and economics reports quote a bank's or a broker's research note as often
as its analysts: *according to a note from Kestrel Research, flows were "..."*, *a
note from the bank said*. ``lexicons/document_nouns.txt``, ``role_nouns.txt`` and
``relational_heads.txt`` list *note* beside *memo*, so the note is a document whose
source is the firm after *from*. Brokers and law firms are often named by partners'
surnames joined by *&*; an analyst *of* such a firm is the speaker, not the firm's
last surname (``mentions._past_ampersand_firm``).
"""

from __future__ import annotations

from .test_court_documents import _speaker


def test_according_to_a_note_from_a_firm_gives_the_firm() -> None:
    text = (
        "Copper fell for a fourth session. According to a note from Pellan Research, "
        'warehouse stocks in Rotterdam were "the highest in three years."'
    )
    assert _speaker(text)[0] == "Pellan Research"


def test_a_note_from_a_bank_said_gives_the_bank() -> None:
    text = (
        "The lira slid again on Monday. A note from Ostrava Bank said the currency "
        'looked "badly oversold" after the budget.'
    )
    assert _speaker(text)[0] == "Ostrava Bank"


def test_a_musical_note_is_not_a_source() -> None:
    text = (
        "Ivo Brandt of Selwyn Capital struck a gloomy note on Friday. "
        '"Nothing in these numbers says the slump is over," Brandt said.'
    )
    assert _speaker(text) == ("Ivo Brandt", "person")


def test_an_analyst_of_a_firm_named_with_an_ampersand_is_the_speaker() -> None:
    text = (
        "Shares in the chipmaker rose 4%. Nadia Petrov of Hollis & Crewe said the "
        'results were "cleaner than anyone expected."'
    )
    assert _speaker(text) == ("Nadia Petrov", "person")


def test_said_an_analyst_of_a_three_word_ampersand_firm() -> None:
    text = '"The guidance is cautious, not weak," said Omar Reyes of Dunmore Platt & Sons.'
    assert _speaker(text) == ("Omar Reyes", "person")
