"""Speakers in news translated by machine from French, Portuguese and Ukrainian copy
(h50-blind23, blind set 23).

- the perfect's auxiliary kept before an inverted cue (*« ... », has declared the
  minister*, *..., has she launched*; French *a déclaré le ministre*, *a-t-elle
  lancé*): ``attribution._perfect_cue`` reads the verb and its subject after the
  auxiliary (``lexicons/perfect_auxiliaries.txt``); a participle that is no cue
  verb speaks only before a capitalised name or after a pronoun;
- *informed* as a verb of saying (*The Minister of Energy X earlier informed that
  ...*, *«...», — informed X at the briefing*; Russian and Ukrainian *сообщил*,
  ``lexicons/cue_verbs.tsv``);
- *Maître*, the French honorific of a lawyer, as a title (``lexicons/titles.tsv``).
"""

from quoteverify import parse

from .conftest import speaker_of, speakers

_LEAD = (
    "The Minister of Transport, Odile Marchetti-Brun, estimated on Monday that the "
    "traffic will be heavy this winter.\n"
)


def test_the_perfect_before_an_inverted_cue_with_a_descriptor() -> None:
    text = _LEAD + "« The trains will run every ten minutes », has declared the minister."
    assert speaker_of(text) == "Odile Marchetti-Brun"


def test_the_perfect_before_an_inverted_cue_with_straight_marks() -> None:
    text = _LEAD + '"The trains will run every ten minutes", has declared the minister.'
    assert speaker_of(text) == "Odile Marchetti-Brun"


def test_a_participle_no_cue_verb_before_a_name() -> None:
    text = (
        "Gaspard Tillier, the mayor, visited the depot on Friday. "
        "« The depot will reopen in March », has specified Nadia Ferrat."
    )
    assert speaker_of(text) == "Nadia Ferrat"


def test_a_participle_no_cue_verb_before_a_descriptor_reads_nothing_there() -> None:
    text = (
        "Ana Lisle spoke first. Tomas Brey left early. "
        '"The deal is done," has prompted the question.'
    )
    assert speaker_of(text) != "the question"


def test_informed_makes_a_fragment_speech_of_the_body() -> None:
    text = (
        "The press service of the Ministry of Health informed that the new rules "
        "«will be published additionally»."
    )
    quote = parse(text).quotes[0]
    assert quote.kind.value == "partial"
    assert quote.speaker_name == "Ministry of Health"


def test_informed_after_a_dash_cue() -> None:
    text = (
        "The Minister of Economy of Ostravia Hanna Korwel presented the grants on "
        "Thursday. «The first payments will come in January», — informed Korwel at "
        "the briefing."
    )
    assert speakers(text) == ["Hanna Korwel"]


def test_maitre_is_a_title_not_a_name_word() -> None:
    text = "Maître Aïda Ndoye-Fall told the court: « My client was never in Dakar that night. »"
    assert speaker_of(text) == "Aïda Ndoye-Fall"


def test_maitre_without_its_accent_is_a_title_too() -> None:
    text = "Maitre Ousseynou Dieng-Lam told the court: « The file was never sent to us. »"
    assert speaker_of(text) == "Ousseynou Dieng-Lam"


def test_the_subject_of_was_informed_hears_the_words() -> None:
    """*informed* is a cue verb whose object hears (review of h50-blind23): in the
    passive its subject is the hearer, as after *was told* (``hearer_passives.txt``)."""
    text = 'The pilot Ines Varga was informed: "Your licence is suspended until May."'
    assert speaker_of(text) != "Ines Varga"
