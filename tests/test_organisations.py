"""Organisations as speakers: a name read whole with its connectors, typed as a body."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quoteverify import SpeakerKind, parse
from quoteverify.speakers import mentions
from quoteverify.speakers.identity import initialisms
from quoteverify.speakers.mentions import PhraseKind, name_rows
from quoteverify.text.layer import tokenize

from .conftest import speakers


def _speaker(text: str, at: int = 0) -> tuple[str, SpeakerKind]:
    """The name and kind of the speaker of the ``at``-th quote of ``text``."""
    speaker = parse(text).quotes[at].speaker
    assert speaker is not None
    return speaker.name, speaker.kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The Bank of England said prices were "rising too fast".', "Bank of England"),
        (
            'The University of Oxford issued a note on Friday, saying "the trial worked".',
            "University of Oxford",
        ),
        (
            'The United States Department of State said it was "gravely worried" by the vote.',
            "United States Department of State",
        ),
        (
            "The United States Commission on International Religious Freedom called the "
            'ban "a step backwards".',
            "United States Commission on International Religious Freedom",
        ),
        ('The Ministry of Defence said the flights were "part of a drill".', "Ministry of Defence"),
        (
            'The Department of Health and Human Services said the change was "overdue".',
            "Department of Health and Human Services",
        ),
        (
            'According to the World Health Organization, the strain is "less severe".',
            "World Health Organization",
        ),
        ('"We are monitoring it," said the Bank of England.', "Bank of England"),
        ('The Kent Police said officers were "on the scene".', "Kent Police"),
        (
            'The Food and Drug Administration said the pill was "safe".',
            "Food and Drug Administration",
        ),
        ('The World Food Programme said stocks were "running out".', "World Food Programme"),
        (
            'A statement issued by the Ministry of Defence said "no crew were hurt".',
            "Ministry of Defence",
        ),
        # A body named for its aim: "to" and the verb after it are part of the name.
        (
            'The Committee to Save the Lakes called the permit "a disgrace".',
            "Committee to Save the Lakes",
        ),
        (
            'The Coalition to End Child Labour said the law was "a start".',
            "Coalition to End Child Labour",
        ),
    ],
)
def test_an_organisation_is_named_whole_and_typed(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person before the body they belong to stays the speaker.
        ('Ann Lee of the Centre for Policy Studies said the cut was "reckless".', "Ann Lee"),
        # A title after the body's name opens the person's name.
        ('Bank of England Governor Tom Hale said rates would "stay put".', "Tom Hale"),
        # The body's kind between the preposition and its name is passed over.
        ('Ines Kovac of the group Clear Rivers told reporters it was "too late".', "Ines Kovac"),
        (
            'Omar Diallo of the aid charity Open Hands said the camps were "full".',
            "Omar Diallo",
        ),
    ],
)
def test_a_person_beside_an_organisation_keeps_the_quote(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.PERSON)


_HEADS = st.sampled_from(["Ministry", "Department", "Commission", "Council", "Agency"])
_JOINS = st.sampled_from(["of", "for", "on", "of the"])
_FIELDS = st.lists(
    st.sampled_from(["Health", "Rural Affairs", "Transport", "Energy", "Water Safety", "Justice"]),
    min_size=1,
    max_size=2,
    unique=True,
)


@given(head=_HEADS, join=_JOINS, fields=_FIELDS)
def test_the_whole_name_of_a_body_speaks(head: str, join: str, fields: list[str]) -> None:
    name = f"{head} {join} {' and '.join(fields)}"
    text = f'The {name} said the plan was "not yet ready".'
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The Ministry of Justice said the transfers were "under way".', "Ministry of Justice"),
        ('"We will appeal the verdict," the Department of Justice said.', "Department of Justice"),
        (
            '"Three wells have failed," the Office of the United Nations High Commissioner '
            "for Refugees said.",
            "Office of the United Nations High Commissioner for Refugees",
        ),
        (
            "The Ministry of Justice said in a statement that it had moved 90 inmates. "
            '"The wing was unsafe," the statement said.',
            "Ministry of Justice",
        ),
    ],
)
def test_a_title_word_after_a_connector_ends_a_body_name(text: str, name: str) -> None:
    # "Justice", "High Commissioner": a title right after "of" (or a title of two
    # words begun there) is a word of the body's name when no name follows it.
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The Chamber of Commerce President Ada Lin said sales were "flat".', "Ada Lin"),
        ('Ministry of Justice spokesman Ivo Brant said the jail was "full".', "Ivo Brant"),
        # no article before the body: "Chamber" is a body's head word as "Board" is
        ('"Orders are up," Chamber of Commerce President Ada Lin said.', "Ada Lin"),
        ('Chamber of Industry Director Omar Sadiq said: "Exports slowed."', "Omar Sadiq"),
    ],
)
def test_a_title_before_a_name_after_a_body_still_opens_the_person(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Acme Corp. said the recall was "a precaution".', "Acme Corp"),
        ('Acme Ltd said the recall was "a precaution".', "Acme Ltd"),
        # an industry's plural noun as the last word (as Pharmaceuticals, Motors)
        ('Brennan Chemicals said the leak was "contained".', "Brennan Chemicals"),
        ('Acme, which makes toys, said the recall was "a precaution".', "Acme"),
        ('Nordwind, which said the fares were "fair", has cut its routes.', "Nordwind"),
    ],
)
def test_a_company_is_typed_by_its_short_form_or_by_which(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


def test_it_finds_the_company_that_which_typed() -> None:
    text = (
        'Acme, which makes toys, said the recall was "a precaution". '
        'It added that "no child was hurt".'
    )
    assert _speaker(text, 1) == ("Acme", SpeakerKind.ORGANIZATION)


def test_who_keeps_a_person() -> None:
    text = 'Ann Roe, who makes toys, said the recall was "a precaution".'
    assert _speaker(text) == ("Ann Roe", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        'Facebook said it had removed "hundreds of fake accounts".',
        'Nordwind announced it was cutting "a third of its routes".',
        'Acme said its toys were "safe".',
    ],
)
def test_a_name_that_refers_to_itself_as_it_is_a_body(text: str) -> None:
    assert _speaker(text)[1] is SpeakerKind.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        'Maher said it was wrong to "ignore the data".',  # "it" before an adjective: no one
        'Ruiz said it had been "a long week".',  # "been" is no participle in -ed
        'Ruiz said he had removed "the worst posts".',
    ],
)
def test_an_it_that_is_no_one_leaves_a_person(text: str) -> None:
    assert _speaker(text)[1] is SpeakerKind.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Bank of England said rates were "on hold". "Prices still rise," the bank said.',
            "Bank of England",
        ),
        (
            'The Dover City Council met on Monday. "We will act," the council said.',
            "Dover City Council",
        ),
        # "the group" or "the organization" may name any body of members or donors.
        (
            'The Marsh Otter Foundation wrote to the mayor. "We will not sell," the group said.',
            "Marsh Otter Foundation",
        ),
        (
            "The Kessel Tenants Association met on Friday. "
            '"Rents must fall," the organization said in a note.',
            "Kessel Tenants Association",
        ),
        # A group of firms named again as "the organization" (h47-desc).
        (
            "Copper Lane Group said it had dropped the sale.\n\n"
            '"Our aim is a fair market," the organization wrote.',
            "Copper Lane Group",
        ),
        # The British spelling's row holds "group" too (h47b-review).
        (
            'Ardent Group signed the pact.\n\n"Our aim is a fair market," the organisation wrote.',
            "Ardent Group",
        ),
        # "the agency" for a government department, bureau, administration or
        # service (h47-desc).
        (
            'The Labor Department said it had missed the deadline. "We did our best," '
            "said the agency, which fell short by a week.",
            "Labor Department",
        ),
        (
            "The Bureau of Land Records will close two offices. "
            '"Budgets are tight," the agency said.',
            "Bureau of Land Records",
        ),
        (
            "The Food Safety Administration recalled the cheese on Monday. "
            '"No one fell ill," the agency said.',
            "Food Safety Administration",
        ),
    ],
)
def test_the_body_named_before_is_the_one_its_head_word_refers_to(text: str, name: str) -> None:
    assert _speaker(text, -1) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(("name", "is_body"), [("Lumo", True), ("Mabel", False)])
def test_a_one_word_name_with_no_kind_is_the_company_named_again(name: str, is_body: bool) -> None:
    # (h47-desc) a brand printed alone is read as a person's name for want of a kind;
    # "the company" a sentence on names it. A given name (Mabel) is a person's.
    text = (
        f"Shares rose after {name} cut the prices. "
        f'"Our work goes on," {name} said in a statement. The company said its new '
        'plans had "already paid off."'
    )
    assert (speakers(text)[-1] == name) is is_body


def test_a_one_word_name_given_a_role_is_a_person_not_the_company() -> None:
    # (h47b-review) a surname printed alone with a person's role in apposition is
    # a person: "the company" later is not that name.
    text = (
        "Shares fell after Okonkwo, the chief executive, left. "
        '"I am proud of what we built," Okonkwo said in a statement. The company said '
        'its plans had "not changed."'
    )
    assert speakers(text)[-1] != "Okonkwo"
    # A comma after the name that opens no role (a clause) leaves the brand a body.
    text = (
        "On Lumo, people can flag posts to staff. "
        '"Our work goes on," Lumo said in a statement. The company said its new plans '
        'had "already paid off."'
    )
    assert speakers(text)[-1] == "Lumo"


def test_another_body_described_in_between_is_not_passed_over() -> None:
    text = (
        'Acme Group said sales were "flat". Later the trade group for small shops '
        'filed a note. "Rents are too high," the group wrote.'
    )
    last = parse(text).quotes[-1]
    assert last.speaker is not None and last.speaker.name != "Acme Group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Amnesty International said the trial was "a sham".', "Amnesty International"),
        ('The Arab League called the raid "a grave breach".', "Arab League"),
        (
            'With the American Federation of Teachers calling her "a friend", Roe won.',
            "American Federation of Teachers",
        ),
        ('"The vote stands," Chamber of Deputies said in a note.', "Chamber of Deputies"),
    ],
)
def test_a_name_ending_in_a_body_word_is_an_organisation(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


def test_a_body_word_after_a_possessive_names_no_body() -> None:
    text = 'Roe spoke of Lee\'s authority. They called it "a myth".'
    quote = parse(text).quotes[0]
    assert quote.speaker is None or quote.speaker.kind is not SpeakerKind.ORGANIZATION


def test_the_names_an_article_holds_read_a_body_whole() -> None:
    text = (
        "The Bank of England and the Treasury met, and Bank of England Governor Ann "
        "Lee spoke for the Department of Health and Human Services."
    )
    rows = [(row[2], row[3]) for row in name_rows(text, lone=True)]
    assert ("Bank of England", PhraseKind.ORGANIZATION) in rows
    assert ("Department of Health and Human Services", PhraseKind.ORGANIZATION) in rows
    assert ("Governor Ann Lee", PhraseKind.NAME) in rows
    assert not any("Treasury" in name and "England" in name for name, _kind in rows)


def test_a_body_named_in_passing_is_found_again_by_its_head_word() -> None:
    text = 'Shares fell after the Bank of England moved. "We acted early," the bank said.'
    assert _speaker(text) == ("Bank of England", SpeakerKind.ORGANIZATION)


@given(
    words=st.lists(
        st.sampled_from(["Bank", "of", "the", "and", "England", "Governor", "&", "Lee", ","]),
        max_size=30,
    )
)
@example(words=["the", "Bank", "and", "Governor", "Bank"])  # a title opens the second
def test_reading_a_body_whole_keeps_rows_inside_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for start, end, phrase, _kind, head, _title in name_rows(text, lone=True):
        assert text[start:end] == phrase and head in phrase


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Kenya Wildlife Service (KWS) moved six rhinos north. "The move went '
            'smoothly," the KWS said.',
            "Kenya Wildlife Service",
        ),
        (
            'The Committee to Protect Journalists (CPJ) kept a tally. "It was a dark '
            'year for reporters," CPJ said.',
            "Committee to Protect Journalists",
        ),
        (
            'The United Nations (U.N.) sent food. "More is needed," the U.N. said.',
            "United Nations",
        ),
        (
            'Health ministers met the World Health Organization (WHO) on Tuesday. "Cases '
            'are falling," the WHO said.',
            "World Health Organization",
        ),
        (
            '"We will study the wreck," the NTSB said on Monday. The National '
            "Transportation Safety Board (NTSB) sent a team.",
            "National Transportation Safety Board",
        ),
    ],
)
def test_initials_in_brackets_name_the_body_before_them(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        # initials that do not spell the words before them
        'The Harbour Safety Board (NTSB) met. "We will study it," the NTSB said.',
        # no brackets anywhere: the initials stay as printed
        'The NTSB opened an inquiry. "We will study it," the NTSB said.',
    ],
)
def test_initials_not_introduced_stay_as_printed(text: str) -> None:
    assert _speaker(text)[0] == "NTSB"


def test_initialisms_reads_the_capitalised_words_skipping_joins() -> None:
    assert initialisms(
        "Staff of the Office for Budget and Audit (OBA) and the Port of Lome (PL) met."
    ) == {"OBA": "Office for Budget and Audit", "PL": "Port of Lome"}
    assert initialisms("a review (NB) and the talks (UN) ended") == {}


@given(
    st.lists(st.sampled_from(["Water", "Board", "of", "Fund", "Ports", "and", "the"]), max_size=8)
)
def test_initialisms_spell_the_names_they_map(words: list[str]) -> None:
    letters = "".join(w[0] for w in words if w[0].isupper())
    found = initialisms(" ".join(["The", *words, f"({letters})", "met."]))
    for initials, name in found.items():
        assert initials == "".join(w[0] for w in name.split() if w[0].isupper())
        assert name.split()[0][0].isupper() and name.split()[-1][0].isupper()


@pytest.mark.parametrize(
    ("text", "in_name"),
    [
        ("the Ministry of Justice said", True),
        ("the Ministry of Justice Ana Roe said", False),
        ("the Office of the High Commissioner said", True),
    ],
)
def test_a_title_after_a_connector_is_the_bodys_only_before_no_name(
    text: str, in_name: bool
) -> None:
    # One rule (_office_in_name) read from tokens (_office_token) and from text
    # (_org_tail_at): "Justice" ends the body's name unless a capitalised name follows it.
    toks = tokenize(text, 0, len(text))
    k = max(i for i, t in enumerate(toks) if t.lower in ("justice", "commissioner"))
    first = k - 1 if toks[k - 1].text[:1].isupper() else k
    assert mentions._office_token(toks, k, first, len(toks)) is in_name
    body = "Ministry" if "Ministry" in text else "Office"
    head = text.index(body) + len(body)
    # the text reading stops before the title when a name follows (the body's own word)
    assert mentions._org_tail_at(text, head) == (text.index(" said") if in_name else head)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senior staff at Dunlin Wireless had raised the risk, the paper found. "
            '"We spent two billion on resilience," the company said.',
            "Dunlin Wireless",
        ),
        (
            "Talbot Networks will shed 300 jobs in Leeds. "
            '"This was a hard call," the company said on Tuesday.',
            "Talbot Networks",
        ),
        (
            "Orla Steel raised its prices for a third time. "
            '"Our own costs keep rising," the company said.',
            "Orla Steel",
        ),
    ],
)
def test_a_trade_word_last_types_a_company(text: str, name: str) -> None:
    """A name ending in a trade word (*Wireless*, *Networks*, *Steel*) is the body
    that *the company said* goes back to."""
    assert _speaker(text, 0) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        'The plan leaned on cheap energy, Ann Roe said. "It was a bet," she added.',
        'Ann Roe, who runs a steel mill, said "prices are up".',
        'Steel prices rose, Ann Roe said. "It hurts," she said.',
    ],
)
def test_a_trade_word_in_lower_case_names_no_body(text: str) -> None:
    """The same words in lower case, or alone, leave a person a person."""
    assert _speaker(text, 0) == ("Ann Roe", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of the United Dock Workers voted to walk out at Tilbury. "
            '"Our patience has run out," the union said.',
            "United Dock Workers",
        ),
        (
            "The Harbour Workers asked port managers for a new rota. "
            '"Nobody can sleep on these shifts," the union said in a bulletin.',
            "Harbour Workers",
        ),
    ],
)
def test_a_union_named_for_its_workers_is_the_union(text: str, name: str) -> None:
    """A capitalised name ending in *Workers* is the body *the union said* goes
    back to."""
    assert _speaker(text, 0) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        'Dock workers walked out at dawn, Ann Roe said. "It was quiet," she added.',
        'Workers stayed home, Ann Roe said. "Nobody came," she said.',
        'Ann Roe, who speaks for the harbour workers, said "the rota is unsafe".',
    ],
)
def test_workers_in_lower_case_or_alone_names_no_body(text: str) -> None:
    """*workers* in lower case, or alone opening a sentence, leaves a person a
    person."""
    assert _speaker(text, 0) == ("Ann Roe", SpeakerKind.PERSON)
