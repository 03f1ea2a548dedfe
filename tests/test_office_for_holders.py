"""Offices read through *for* to their holder, and titles of two words (issue 14,
h50c-for): *Minister for Housing Ann Lee*, *Labour MP for Kent West Ann Lee*,
*Congress MLA for Hubli East ...* (a capitalised office, *for*, a portfolio or a
seat, then the holder, before or after the cue), *Tan Sri* and *Datuk Seri*
(Malaysian titles, no words of the name), and *Oba* before one word (a given name,
not the Yoruba title)."""

from .conftest import speaker_of, speakers


def test_inverted_cue_reads_the_office_for_to_the_holder() -> None:
    text = '"The rents will fall," said Minister for Housing Bram Tiernan.'
    assert speaker_of(text) == "Bram Tiernan"


def test_cue_after_the_office_for_and_holder() -> None:
    text = '"The rents will fall," Minister for Housing Bram Tiernan said.'
    assert speaker_of(text) == "Bram Tiernan"


def test_subject_office_for_and_holder_before_the_quote() -> None:
    text = 'Minister for Housing Bram Tiernan said, "The rents will fall."'
    assert speaker_of(text) == "Bram Tiernan"


def test_the_minister_goes_back_to_the_holder() -> None:
    text = (
        '"The rents will fall," said Minister for Housing Bram Tiernan. '
        'Later the minister said "not this year".'
    )
    assert speakers(text) == ["Bram Tiernan", "Bram Tiernan"]


def test_a_party_mp_for_a_seat_with_a_compass_word() -> None:
    text = 'Labour MP for Dunmore West Nell Carrow called the levy "a tax on work".'
    assert speaker_of(text) == "Nell Carrow"


def test_a_party_mp_for_a_seat_after_the_cue() -> None:
    text = '"It is a tax on work," said Labour MP for Dunmore West Nell Carrow.'
    assert speaker_of(text) == "Nell Carrow"


def test_the_mp_goes_back_to_the_holder() -> None:
    text = (
        'Labour MP for Dunmore West Nell Carrow called the levy "a tax on work". '
        'The MP said "we will vote it down".'
    )
    assert speakers(text) == ["Nell Carrow", "Nell Carrow"]


def test_an_mla_for_a_seat_before_the_holder() -> None:
    text = 'Congress MLA for Hubli East Vikram Desai said, "The drains are blocked."'
    assert speaker_of(text) == "Vikram Desai"


def test_a_role_then_for_a_time_is_no_office() -> None:
    text = '"We need the money," said Mayor Tobin Ashe for the third time.'
    assert speaker_of(text) == "Tobin Ashe"


def test_tan_sri_is_no_word_of_the_name() -> None:
    text = '"We will not move the port," said Tan Sri Halim Yusof at the launch.'
    assert speaker_of(text) == "Halim Yusof"


def test_datuk_seri_is_one_title() -> None:
    text = 'Datuk Seri Rosli Hamdan said, "The ministry has no such plan."'
    assert speaker_of(text) == "Rosli Hamdan"


def test_oba_before_one_word_is_a_given_name() -> None:
    text = 'Oba Treadwell said, "I was at home all night." Treadwell said "ask anyone".'
    assert speakers(text) == ["Oba Treadwell", "Oba Treadwell"]


def test_oba_before_two_words_is_the_title() -> None:
    text = 'Oba Adewale Okunade said, "The palace gates stay open."'
    assert speaker_of(text) == "Adewale Okunade"


def test_dato_seri_with_its_apostrophe_is_one_title() -> None:
    text = 'Dato\' Seri Rosli Hamdan said, "The ministry has no such plan."'
    assert speaker_of(text) == "Rosli Hamdan"
