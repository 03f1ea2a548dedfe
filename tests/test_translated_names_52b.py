"""Names and offices of translated and Commonwealth copy (h52b-translated).

- a name read on over its lower-case particles between capitalised words
  (*Ahmed bin Salem*, *Banco de la Costa*): by the descriptor's name reader
  (``mentions._past_particles``) and by a body's kind before its name
  (``identity._KIND_NAME``);
- a royal title before a patronymic particle is the person's given name
  (*Sultan bin Rashid*: ``mentions._royal_given_name``);
- an office's chain through *for* and then *of* before its holder with no comma
  (``offices.read_office``, ``mentions._office_chain_link``);
- a capitalised portfolio read as a name closes an office's chain before an apposed
  holder (*the Special Adviser to the Governor on Trade and Industry, Mr X,*);
- West African given names that tell a pronoun the holder's sex
  (``given_names.tsv``);
- *the strategist*, *the tactician* for a coach, as translated sports copy
  names one again (``role_synonyms.tsv``).
"""

from quoteverify import parse
from quoteverify.speakers.mentions import _names_in_run
from quoteverify.speakers.offices import Shape, read_office

from .conftest import speakers


def test_a_royal_title_before_bin_is_the_given_name() -> None:
    text = (
        "On Monday the Qamari trade minister Sultan bin Rashid al-Kindi praised the "
        "deal and said: «We came to build, and we found partners.»"
    )
    assert speakers(text) == ["Sultan bin Rashid al-Kindi"]


def test_a_royal_title_before_a_given_name_stays_a_title() -> None:
    (found,) = _names_in_run("Prince Sultan bin Fahd", lone=True)
    assert (found.head, found.title) == ("Sultan bin Fahd", "Prince")
    (found,) = _names_in_run("Sultan Qaboos", lone=True)
    assert (found.head, found.title) == ("Qaboos", "Sultan")


def test_a_descriptor_reads_the_name_on_over_its_particle() -> None:
    text = (
        "For her part, the Velarian minister Ana de la Rosa Ibarra thanked the hosts for "
        "«the open welcome» and said: «We came to listen.»"
    )
    quote = parse(text).quotes[1]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "the Velarian minister Ana de la Rosa Ibarra"
    assert quote.speaker_name == "Ana de la Rosa Ibarra"


def test_a_body_after_its_kind_keeps_its_particle() -> None:
    text = (
        "The company Talleres del Orzan kept to a short notice in which it said that it "
        '"is weighing every option" for the plant.'
    )
    assert speakers(text) == ["Talleres del Orzan"]


def test_an_office_for_a_portfolio_of_a_body_before_its_holder() -> None:
    text = (
        "The chief secretary for press affairs of the Cabinet Office Han Ji-woo told "
        'reporters that the premier "shares the grief" of the families.'
    )
    assert speakers(text) == ["Han Ji-woo"]


def test_for_without_a_later_of_reads_no_chain() -> None:
    words = ["the", "secretary", "for", "press", "affairs"]
    office = read_office(words, 5, Shape.CHAIN)
    assert office is None
    words += ["of", "the", "Cabinet"]
    office = read_office(words, 8, Shape.CHAIN)
    assert office is not None and office.text == "secretary for press affairs of the Cabinet"


def test_a_capitalised_portfolio_closes_the_office_before_the_holder() -> None:
    text = (
        "At the briefing, the Special Adviser to the Governor on Trade and Industry, "
        'Mr Femi Alade, called the charges "empty noise".'
    )
    assert speakers(text) == ["Femi Alade"]


def test_a_west_african_given_name_tells_she() -> None:
    text = (
        "In a communique, the Presidency of the Republic indicated that the President Sako "
        "« holds to the calendar ». The spokesman of the opposition front, Maître Fatou "
        "Ndour-Sarr, judged these pledges « empty ». « We want deeds », has she declared."
    )
    assert speakers(text)[1:] == ["Fatou Ndour-Sarr"] * 2


def test_the_strategist_names_the_coach_again() -> None:
    text = (
        "HANOI, 3 May - Head coach of the national team Park Min-jae said after the win "
        'that the players "ran for every ball".\n'
        'The strategist also praised the young striker Vo Tan as "a gift for the future".'
    )
    assert speakers(text) == ["Park Min-jae"] * 2


def test_a_strategist_so_titled_stays_the_strategist() -> None:
    text = (
        'Coach Tom Hale said the team was "ready". Party strategist Ana Roe doubted it.\n'
        'The strategist called the plan "a long shot".'
    )
    assert speakers(text)[1] == "Ana Roe"
