"""Documents as sources: a document speaks unless the article names its author beside it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers.documents import is_document
from quoteverify.speakers.rules import RULES, fired


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("“Costs rose,” said a report by the Audit Office.", "Audit Office", "organization"),
        ("“Costs rose,” said the report, written by Dr Ana Ruiz.", "Ana Ruiz", "person"),
        ("The Audit Office report said: “Costs rose.”", "Audit Office", "organization"),
        (
            "According to a study led by Professor Tom Hale, sleep is “worth more than diet”.",
            "Tom Hale",
            "person",
        ),
        ("“We cannot pay,” said a letter from the council.", "the council", "organization"),
        ("“We cannot pay,” said the letter, signed by Mayor Jo Kay.", "Jo Kay", "person"),
        (
            "“The rules are weak,” reads an editorial in the Dover Times.",
            "Dover Times",
            "organization",
        ),
        (
            "“The rules are weak,” reads a Monday editorial in the Kent Gazette.",
            "Kent Gazette",
            "organization",
        ),
    ],
)
def test_a_named_author_speaks_for_the_document(text: str, name: str, kind: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == (name, kind)
    ((_q, rule, _found),) = fired(text)
    assert rule is not None and rule.name == "document-author"


@pytest.mark.parametrize(
    "text",
    [
        "“Costs rose,” said the report.",
        "“Costs rose,” said a report commissioned by the Audit Office.",  # not its writer
        "“We cannot pay,” said a letter from Paris.",  # a place as often as a person
        "“It rose,” said a study by researchers in Leeds.",  # nobody named
        "“It rose,” said a report in Leeds.",  # after "in", only a body writes
        "“Costs rose,” said the annual report.",
    ],
)
def test_a_document_without_a_named_author_is_the_speaker(text: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is not None and quote.speaker.kind is SpeakerKind.DOCUMENT
    ((_q, rule, _found),) = fired(text)
    assert rule is not None and rule.name != "document-author"


def test_a_person_who_speaks_is_not_taken_for_a_document() -> None:
    (quote,) = parse("“Costs rose,” said the reporter from the Daily Post.").quotes
    assert quote.speaker is not None and quote.speaker.kind is not SpeakerKind.DOCUMENT
    assert not is_document("the reporter")


def test_the_row_keeps_the_cue_the_table_found() -> None:
    text = "“Costs rose,” said a report by the Audit Office."
    ((_q, _rule, with_author),) = fired(text)
    rest = tuple(r for r in RULES if r.name != "document-author")
    assert with_author.cue is not None and with_author.cue.rule == "quote-said-X"
    assert with_author.cue.rule in {c for r in rest for c in r.cues}


_DOCUMENTS = st.sampled_from(["report", "study", "letter", "memo", "statement", "audit"])
_LINKS = st.sampled_from(["by", "written by", "published by", "from", "issued by"])
_AUTHORS = st.sampled_from(
    [
        ("the Audit Office", "Audit Office"),
        ("Dr Ana Ruiz", "Ana Ruiz"),
        ("the council", "the council"),
        ("Tom Hale", "Tom Hale"),
    ]
)
_WORDS = st.sampled_from(["Costs rose", "We will appeal", "The plan failed", "Sales fell"])


@given(_WORDS, st.sampled_from(["a", "the"]), _DOCUMENTS, _LINKS, _AUTHORS)
def test_any_document_with_a_named_author_gives_the_author(
    words: str, det: str, doc: str, link: str, author: tuple[str, str]
) -> None:
    written, name = author
    text = f"“{words},” said {det} {doc} {link} {written}."
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert quote.speaker.kind is not SpeakerKind.DOCUMENT
    # Without the author, the document itself speaks.
    (alone,) = parse(f"“{words},” said {det} {doc}.").quotes
    assert alone.speaker is not None and alone.speaker.kind is SpeakerKind.DOCUMENT


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('The order signed by Governor Ann Roe read "all parks are closed".', "Ann Roe", "person"),
        ('The letter from Mayor Jo Kay read "we will rebuild".', "Jo Kay", "person"),
        (
            'A statement issued by the Ministry of Defence read "no crew were hurt".',
            "Ministry of Defence",
            "organization",
        ),
        ('The memo read "staff must leave by noon".', "The memo", "document"),
        (
            'The Department of Health and Human Services report read "costs are rising".',
            "Department of Health and Human Services",
            "organization",
        ),
        (
            'The Bank of England filing read "costs are rising".',
            "Bank of England",
            "organization",
        ),
    ],
)
def test_a_document_that_reads_gives_its_words_to_its_author(
    text: str, name: str, kind: str
) -> None:
    (quote,) = parse(text).quotes
    assert quote.kind.value == "direct"
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == (name, kind)


@pytest.mark.parametrize(
    "text", ['The sign on the gate read "keep out".', 'Her shirt read "vote early".']
)
def test_words_printed_on_a_thing_still_read_as_no_speech(text: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.kind.value == "non_speech" and quote.speaker is None


# --- a document put out by its author, or never introduced (h32-desc) -----------------
# "Ana Roe released a brief statement" makes Roe the author of "the statement" that
# follows: the name right before an issuing verb (lexicons/issuing_verbs.txt), even when
# the sentence opens on someone else, with up to two words between "a" and the noun. A
# statement the article never introduces is the word of the organisation that opens the
# sentence before it is first named (lexicons/announcement_nouns.txt), a body only.


def _speaker(text: str) -> tuple[str | None, str | None]:
    q = parse(text).quotes[-1]
    return (
        q.speaker_name,
        q.speaker.kind.value if q.speaker is not None else None,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Gazette said Dan Cook provided a written statement on Friday.\n\n"
            "“It was a mistake,” the statement said.",
            ("Dan Cook", "person"),
        ),
        (
            "Late on Monday, the Harbour Trust issued a brief statement.\n\n"
            "“We regret the delay,” the statement said.",
            ("Harbour Trust", "organization"),
        ),
        (
            "Acme Corp confirmed the sale.\n\n"
            "According to the statement, the deal closed on Friday.\n\n"
            "“We are glad,” the statement read.",
            ("Acme Corp", "organization"),
        ),
        # introduced by a fronted "In a ..." phrase (h33-carry, below)
        (
            "In a letter to members, union chief Ana Roe said the vote was close.\n\n"
            "The letter went on: “We will ballot again in May.”",
            ("Ana Roe", "person"),
        ),
        (
            "In a statement on its website, Harbour Trust said the pier would shut.\n\n"
            "“We regret the delay,” the statement said.",
            ("Harbour Trust", "organization"),
        ),
    ],
)
def test_the_author_of_a_statement_put_out_or_never_introduced(
    text: str, want: tuple[str, str]
) -> None:
    assert _speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Harbour Trust said in a press release that the pier would shut. "
            "“We regret the delay,” the press release said.",
            ("Harbour Trust", "organization"),
        ),
        (
            "Dr Ana Roe put out a press release on Friday.\n\n"
            "“The trial is over,” the press release said.",
            ("Ana Roe", "person"),
        ),
    ],
)
def test_a_document_noun_of_two_words_goes_to_its_issuer(text: str, want: tuple[str, str]) -> None:
    # "the press release", named again, is the one its issuer put out, as "the
    # statement" is.
    assert _speaker(text) == want


def test_two_words_that_are_no_document_noun_stay_as_printed() -> None:
    # "the draft plan" is no document noun of two words: no issuer is looked for.
    text = (
        "Harbour Trust said in a draft plan that the pier would shut. "
        "“It is old,” the draft plan said."
    )
    assert _speaker(text)[0] != "Harbour Trust"


def test_a_statement_never_introduced_is_no_persons_word() -> None:
    # A person opens the sentence before: the statement stays a document.
    text = "Ana Roe visited the plant.\n\n“We are glad,” the statement read."
    assert _speaker(text) == ("the statement", "document")


def test_a_verb_that_puts_nothing_out_names_no_author() -> None:
    # "mocked" is no issuing verb: Cook did not write what he mocked.
    text = (
        "The Gazette said Dan Cook mocked a written statement on Friday.\n\n"
        "“It was weak,” the statement said."
    )
    assert _speaker(text)[0] != "Dan Cook"


# --- a document introduced by a phrase that opens its sentence (h33-carry) ------------
# "In a letter to members, union chief Ana Roe said ..." makes Roe the author of "the
# letter" named again later: the first person or body after the comma that closes the
# fronted "In a ..." phrase, past lower-case role words only.


@pytest.mark.parametrize(
    "text",
    [
        # the fronted phrase names its document, but an owner follows the comma
        "In a letter, Ana Roe's lawyer said the deal was off.\n\n"
        "“We will appeal,” the letter said.",
        # the phrase opens with another preposition
        "After a letter to members, union chief Ana Roe said the vote was close.\n\n"
        "“We will ballot again,” the letter said.",
    ],
)
def test_a_fronted_phrase_of_another_shape_names_no_author(text: str) -> None:
    assert _speaker(text)[0] != "Ana Roe"


# A description in lower case after the fronted phrase's comma names the body again,
# as one that opens the sentence does (*The trust said in a statement*): the body the
# article named before, or the description as printed when it named none (h46-left).


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Osterby Savings Bank kept its rate at 4 per cent.\n\n"
            "In a statement after the vote, the bank said wages were “still climbing”. "
            "“A cut now would come too early,” the statement said.",
            ("Osterby Savings Bank", "organization"),
        ),
        (
            "Kelso Harbour Trust shut the north pier on Monday.\n\n"
            "In a short statement, the trust said the pier was unsafe. "
            "“We will reopen when the divers are done,” the statement added.",
            ("Kelso Harbour Trust", "organization"),
        ),
        (
            "A lorry overturned on the ring road.\n\n"
            "In a statement, police said two drivers were hurt. "
            "“Please keep away from the area,” the statement said.",
            ("police", "organization"),
        ),
        # a person after lower-case role words still comes first
        (
            "In a memo to staff, the chief executive Ana Roe said cuts would come. "
            "“We must save money,” the memo said.",
            ("Ana Roe", "person"),
        ),
    ],
)
def test_a_fronted_phrase_then_a_description_of_a_body(text: str, want: tuple[str, str]) -> None:
    assert _speaker(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # no body noun after the comma: no author is read off the description
        "In a statement, the minister said costs were rising. "
        "“It is too early,” the statement said.",
        "In a statement, officials said the road was shut. “Keep away,” the statement said.",
    ],
)
def test_a_fronted_phrase_then_no_body_leaves_the_document(text: str) -> None:
    assert _speaker(text) == ("the statement", "document")


# One capitalised word opening the sentence that introduces the document is no mention of
# its own; when a quote in that sentence went to a speaker of that very name, the word
# names that speaker, who issued the document (h46-left).


@pytest.mark.parametrize(
    "opening",
    ["", "Regulators fined the online florist Petalwick on Monday.\n\n"],
)
def test_a_one_word_issuer_whose_quote_ends_in_the_sentence(opening: str) -> None:
    text = (
        opening + "Petalwick said in a statement that it would “contest every word”. "
        "“Our prices were shown plainly,” the statement said."
    )
    assert _speaker(text)[0] == "Petalwick"


@pytest.mark.parametrize(
    "text",
    [
        # no quote in the introducing sentence: nothing says the word is a name
        "Petalwick said in a statement that it would contest the fine. "
        "“Our prices were shown plainly,” the statement said.",
        # the sentence's quote is another speaker's
        "Petalwick said in a statement that Dr Ana Roe had called the fine “absurd”. "
        "“Our prices were shown plainly,” the statement said.",
    ],
)
def test_a_one_word_opener_without_its_own_quote_names_no_issuer(text: str) -> None:
    assert _speaker(text)[0] != "Petalwick"


# --- an author named a few words after the participle, and far back (h37-desc) -------
# "a report released in June by the Audit Office": between a participle of
# lexicons/author_links.txt and its "by" a short phrase of time or place may stand (at
# most four words). Named again by "the report" further back than the paragraph before
# (within the document's reach), only such an introduction with its author counts.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“Costs rose,” said a report released on Monday by the Audit Office.", "Audit Office"),
        ("“Costs rose,” said a study published last year by Dr Ana Ruiz.", "Ana Ruiz"),
        # four words between, the most (documents.PARTICIPLE_GAP)
        (
            "“Costs rose,” said a report released late in June 2024 by the Audit Office.",
            "Audit Office",
        ),
    ],
)
def test_a_participle_may_stand_a_few_words_before_its_by(text: str, name: str) -> None:
    assert _speaker(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # six words between the participle and "by": too far
        "“Costs rose,” said a report released in the town on a Monday by the Audit Office.",
        # a comma closes the participle's phrase first
        "“Costs rose,” said a report released in June, by all accounts late.",
    ],
)
def test_a_participle_too_far_from_its_by_names_no_author(text: str) -> None:
    assert _speaker(text)[1] == "document"


_FILLER = "The tide came in slowly that week.\n\nBoats stayed in the harbour.\n\n"
_CONCLUDED = "“The pier is unsafe,” the report concluded."


@pytest.mark.parametrize(
    ("introduction", "want"),
    [
        # the author named after the noun: found three paragraphs back
        ("A report released in May by the Harbour Trust counted the boats.", "Harbour Trust"),
        # an introduction that far back without an author after the noun: none
        ("Ana Roe released a report in May.", "the report"),
    ],
)
def test_a_report_introduced_paragraphs_back(introduction: str, want: str) -> None:
    assert _speaker(introduction + "\n\n" + _FILLER + _CONCLUDED)[0] == want


# A statement never introduced, after a sentence that a body's description opens:
# the body that description names again (h37-desc); a description the article names
# nowhere else gives no author.


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        (
            "Ana Roe worked at Harbour Freight Ltd in Dover. ",
            ("Harbour Freight Ltd", "organization"),
        ),
        ("", ("the statement", "document")),  # the company is named nowhere
    ],
)
def test_a_statement_after_a_description_of_a_body(opening: str, want: tuple[str, str]) -> None:
    text = (
        opening + "The company confirmed she was on the ferry. "
        'She was "a valued colleague," the statement added.'
    )
    assert _speaker(text) == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A new Halden Institute poll says “most riders are content.”", "Halden Institute"),
        ("The 2013 Audit Office report said, “Costs rose in every region.”", "Audit Office"),
        ("“The bridge is unsafe,” said a leaked Dover Council memo.", "Dover Council"),
        ("The latest annual Kent Water Board report says, “No leaks.”", "Kent Water Board"),
    ],
)
def test_an_author_before_the_document_past_words_in_lower_case(text: str, name: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # A name that owns another noun: the aide, not Roe, wrote the memo.
        "A former Roe aide’s memo says “the plan is dead.”",
        # A name cut short of the noun ("Dover/Kent"): no author rather than half of one.
        "A fresh Dover/Kent poll says “most riders are content.”",
    ],
)
def test_no_author_past_lower_case_words_unless_the_name_meets_the_noun(text: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is not None and quote.speaker.kind is SpeakerKind.DOCUMENT


@given(
    # (Two at most: a mention after the cue is read to a bounded length.)
    st.lists(st.sampled_from(["new", "recent", "2014", "latest", "leaked"]), max_size=2),
    st.sampled_from(["poll", "report", "survey", "memo"]),
    st.sampled_from(["Halden Institute", "Audit Office", "Kent Water Board"]),
)
def test_any_few_adjectives_before_a_body_leave_the_body_the_author(
    adjectives: list[str], doc: str, body: str
) -> None:
    words = " ".join([*adjectives, body, doc])
    (quote,) = parse(f"“Costs rose,” said a {words}.").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (body, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        ("The dairy's owner, Brennock Farms, said in a statement", "Brennock Farms"),
        ("The club's chairman, Ivo Marsh, said in a statement", "Ivo Marsh"),
        ("The city's largest employer, Tarrow Steel, said in a memo", "Tarrow Steel"),
    ],
)
def test_a_statement_named_back_after_a_name_in_apposition_to_the_opening(
    opening: str, want: str
) -> None:
    # h46b-blind14: the name between commas after a lower-case description that
    # opens the sentence is its subject, and so the document's issuer.
    noun = opening.rsplit(None, 1)[-1]
    text = (
        f'{opening} that it had "kept every promise". The talks would go on. '
        f'"We will not be rushed," the {noun} said.'
    )
    assert parse(text).quotes[-1].speaker_name == want


def test_no_issuer_from_an_opening_that_is_no_description() -> None:
    # the sentence opens on a name, not a description: the apposition there is the
    # name's own, and the issuer is read as before (the name that opens it)
    text = (
        'Ivo Marsh, the chairman, said in a statement that the club had "no debts". '
        '"We are in good health," the statement said.'
    )
    assert parse(text).quotes[-1].speaker_name == "Ivo Marsh"
