"""Speakers in English-language news from outside the US and UK (h50-blind24, blind
set 24): the papers and agencies of South Asia, West and East Africa, southern
Africa, South-East Asia, Australia, New Zealand, Ireland and Canada.

- cue verbs of that copy: *averred*, *opines*, *informed that*, *disclosed that*
  (``lexicons/cue_verbs.tsv``; *inform* and *disclose* only before *that*, and
  *maintain* left out: *informed on Tuesday about the drill*, *did not disclose his
  plans*, *maintain order*);
- honorifics before a name: *Shri*, *Smt.*, *Thiru*, *Alhaji*, *Engr.*, *Hon.*,
  *Datuk*, *Oba* (``lexicons/titles.tsv``), so they are no word of the name; *the
  monarch* goes back to an *Oba* (``lexicons/office_equivalents.tsv``);
- post-nominal letters between commas after a name (*Ravi Nair, MLA, said*): the
  name is still the sentence's subject, whom a pronoun after it goes on with
  (``identity._subject_at``);
- an office whose portfolio or seat follows *for* before the holder (*Sinn Féin TD
  for Cork North Ann Lee*): the seat is no word of the name
  (``offices.office_opening``);
- given names of that copy whose sex is not in doubt (``lexicons/given_names.tsv``);
- *said its coordinator, Name*, *X however cautioned that*, *the judge* after
  *Justice X* (``role_nouns.txt``, ``attribution_fillers.txt``, ``role_synonyms.tsv``).
"""

from quoteverify import parse

from .conftest import speaker_of, speakers


def cue_of(text: str) -> str | None:
    """The cue's words of the last quote of ``text``."""
    cue = parse(text).quotes[-1].cue
    return None if cue is None else cue.text


def test_averred_is_a_cue() -> None:
    # (a dateline and its colon open the paragraph: with no cue read, the headline
    # rule would give the quote to the dateline)
    text = (
        "PUNE: Chief Minister Devika Rao on Friday averred that the dam would be finished "
        '"well before the monsoon".'
    )
    assert speaker_of(text) == "Devika Rao"


def test_informed_that_is_a_cue() -> None:
    text = 'MYSURU: The minister, Arvind Pillai, informed that the roads were "fully restored".'
    assert speaker_of(text) == "Arvind Pillai"
    assert cue_of(text) == "informed that"


def test_opines_is_a_cue() -> None:
    text = 'KARACHI: The veteran batter Kamal Haider opines that the side lacks "a real finisher".'
    assert speaker_of(text) == "Kamal Haider"
    assert cue_of(text) == "opines"


def test_disclosed_that_is_a_cue() -> None:
    text = (
        "The commissioner, Yusuf Bello, has disclosed that the bridge will open "
        '"in the second week of April".'
    )
    assert speaker_of(text) == "Yusuf Bello"
    assert cue_of(text) == "disclosed that"


def test_an_indian_honorific_is_no_name_word() -> None:
    text = 'Congress MP Shri Joseph Kurian termed the figures "cooked up".'
    assert speaker_of(text) == "Joseph Kurian"


def test_a_hausa_honorific_is_no_name_word() -> None:
    text = 'A trader, Alhaji Bashir Zaria, said the market would "reopen on Monday".'
    assert speaker_of(text) == "Bashir Zaria"


def test_a_tamil_honorific_is_no_name_word() -> None:
    text = 'Minister Thiru R. Senthil said camps would be held "in every ward".'
    assert speaker_of(text) == "R. Senthil"


def test_the_monarch_goes_back_to_an_oba() -> None:
    text = (
        "The Oba of Ilaro, Oba Adeyinka Odunsi, spoke at the palace. "
        '"Keep the drains clear," the monarch said.'
    )
    assert speaker_of(text) == "Adeyinka Odunsi"


def test_post_nominal_letters_keep_the_subject_for_the_pronoun() -> None:
    text = (
        'Dr. Venu Gopal Rao noted that the gangs were "well organised".\n'
        "The bureau's director, Tanvi Rathore, IPS, said the helpline had taken "
        '9,000 calls. "One call can save your savings," she said.'
    )
    assert speakers(text) == ["Venu Gopal Rao", "Tanvi Rathore"]


def test_post_nominal_letters_after_a_bare_name() -> None:
    text = (
        'Dr. Venu Gopal Rao noted that the gangs were "well organised".\n'
        "On Friday, Tanvi Rathore, IPS, said the helpline had taken 9,000 calls. "
        '"One call can save your savings," she said.'
    )
    assert speakers(text) == ["Venu Gopal Rao", "Tanvi Rathore"]


def test_the_seat_of_a_td_is_no_word_of_the_name() -> None:
    text = 'Labour TD for Cork North-Central Aoife Ní Dhuibhir called the plan "a gimmick".'
    assert speaker_of(text) == "Aoife Ní Dhuibhir"


def test_a_south_asian_given_name_says_the_sex() -> None:
    text = (
        '"They slept for a year," Mr. Menon said. '
        "Suresh Patil announced a hunger strike on Tuesday. "
        '"We will not move," he said.'
    )
    assert speakers(text) == ["Menon", "Suresh Patil"]


def test_said_its_coordinator_and_the_name() -> None:
    text = (
        "The residents' forum Ubuhle Action welcomed the order. "
        '"We were heard at last," said its coordinator, Thandi Mokoena.'
    )
    assert speaker_of(text) == "Thandi Mokoena"


def test_however_between_the_subject_and_the_cue() -> None:
    text = 'The MP for Ho West, Dr. Kwame Agbeko, however cautioned that the gains were "thin".'
    assert speaker_of(text) == "Kwame Agbeko"


def test_the_judge_goes_back_to_a_justice() -> None:
    text = (
        "Justice Miriam Otieno ruled for the nurses on Monday. "
        '"The union has made its case," the judge said.'
    )
    assert speaker_of(text) == "Miriam Otieno"
