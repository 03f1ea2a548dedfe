"""Kinds and the speech/non-speech decision on invented news paragraphs.

Each group follows one convention of the Wikinews gold set (``../shared/data``
README): titles, terms, nicknames, slogans and words cited as words are
non-speech and get no speaker; a fragment inside reported speech is partial and
keeps its speaker; both halves of a split quote are direct. Every sentence and
every name here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Quote, QuoteKind, parse

D, P, N = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.NON_SPEECH


def quote_of(text: str, quoted: str) -> Quote:
    """The quote of ``parse(text)`` whose text begins with ``quoted``."""
    quotes = parse(text).quotes
    for q in quotes:
        if q.text.startswith(quoted):
            return q
    raise AssertionError(f"{quoted!r} not found in {[q.text for q in quotes]}")


def describe(q: Quote) -> str:
    speaker = q.speaker_name
    return f"{q.kind.value} ({q.kind_reason}); speaker {speaker!r}"


# A title of a film, a book, a law, a programme, a song.
TITLES = [
    ('The director Mara Voss premiered her film "Winter Harbour" in Lyon on Friday.', "Winter"),
    ('Critics praised "Winter Harbour", the second feature by Mara Voss.', "Winter"),
    ('Voss, whose debut "Salt and Iron" won a prize in 2019, said the film was hard.', "Salt"),
    ('Senator Hal Brenner wrote the book "The Long Road Home" after his defeat.', "The Long"),
    ('In his memoir "Paper Ships", Brenner recalls the campaign.', "Paper"),
    ('The bill, known as the "Clean Rivers Act", passed the senate on Tuesday.', "Clean"),
    ('Field appeared on the programme "Morning Desk" to defend the law.', "Morning"),
    ('Speaking on BBC Radio\'s "The Daily Round", Field said the vote was close.', "The Daily"),
    ('Speaking to "Morning Desk", Hale said the plan was fair.', "Morning"),
    ('Hale told "The Evening Post" that he would stand again.', "The Evening"),
    ('Hale told the BBC programme "Inside Politics" that he would stand again.', "Inside"),
    ('Hale said he had watched "Deep Water Stories" every week.', "Deep"),
    ('Voss said her next film, "The Orchard", would be shot in Chile.', "The Orchard"),
    ('The minister said the band, "Iron Tide", would play at the event.', "Iron"),
    ('"Crossing Lines," a documentary about border towns, opens in May.', "Crossing"),
    ('The single "Rain on Tin" was released on Friday, the label said.', "Rain"),
    ('Voss starred as "Nurse Grey" in the series, her agent said.', "Nurse"),
    ('Voss, who played "Captain Fog" for six years, said she would miss the show.', "Captain"),
    ('The song "Rain on Tin" topped the charts for six weeks, the label announced.', "Rain"),
    (
        'Hale\'s debut novel "The Quiet Pier" sold a million copies, his publisher said.',
        "The Quiet",
    ),
    # After a verb that also reports speech, a title-cased name with the comma
    # printed inside its marks and the narrator's sentence running on.
    ('Tomas Lind, who wrote "Salt and Iron," said the book took ten years.', "Salt"),
    ('The singer, who recorded "Blue Water Blues," was in town on Friday.', "Blue"),
    ('Ana Ruiz, who published "A Winter in Porto," told reporters it sold well.', "A Winter"),
    # A title right after the noun of its kind, the narrator's comma or stop
    # printed inside the marks, in a sentence with a speech cue (h29).
    ('The results appear in the newsletter "Tide Tables." Its editor said more would come.', "T"),
    ('Ida Venn, who writes the blog "Quiet Kitchens," told the panel she had no regrets.', "Q"),
    # A speech verb some words before a comma does not hand over to a title after
    # the noun of its kind (h29).
    (
        'The novelist Tia Coyle will read on Friday from her new novel, "The Glass '
        'Quay," at the town library.',
        "The Glass",
    ),
]

# A term introduced, a nickname, a name a place or a group goes by.
TERMS_AND_NAMES = [
    ('Police described the tactic as the so-called "kettle and wait" method.', "kettle"),
    ('The disease, known as "white spot", has spread to three farms.', "white"),
    ('Economists refer to this as "stagflation".', "stagflation"),
    ('Officials said the so-called "blue zone" would close at midnight.', "blue"),
    ('Jonah Pell, nicknamed "the Hammer", won his fourth title.', "the Hammer"),
    ('Fans call the striker "Little Lion".', "Little"),
    ('The storm, dubbed "the Beast" by forecasters, hit the coast on Monday.', "the Beast"),
    ('Pell, known to his fans as "Iron Jon", said he would retire next year.', "Iron"),
    ('Pell, whom fans call "the Hammer", said he would retire next year.', "the Hammer"),
    (
        'The pope will visit the region, which locals call "the End of the World", in May.',
        "the End",
    ),
    ('The bay, which the old crews call "the Kettle", froze over, the coastguard said.', "the K"),
    ('Gang leader Rico "Bones" Delgado was arrested on Sunday.', "Bones"),
    ('Protesters, who call themselves "the yellow coats", blocked the bridge, police said.', "the"),
    ('The company said its new vaccine, dubbed "VX-9", was safe.', "VX-9"),
]

# A slogan or a sign, a word quoted as a word.
SLOGANS_AND_WORDS = [
    ('Protesters carried signs reading "No More Cuts" outside the hall.', "No More"),
    ('A banner that read "Save Our Library" hung from the roof.', "Save"),
    ('Her campaign slogan, "Homes First", appeared on every bus.', "Homes"),
    ('The word "resilience" appears 40 times in the report.', "resilience"),
    ('Dictionary editors chose "doomscrolling" as the word of the year.', "doomscrolling"),
    ('The club picked "Harbour Blues" as its new name, the chairman said.', "Harbour"),
    ('The term "gig worker" was not defined in the law, the judge said.', "gig"),
    # A gloss: the sense of a word cited before *means* (quoted, or after a noun citing it).
    ('The word Lammas, from Old English, means "loaf mass."', "loaf"),
    ('In Gaelic, the island\'s name, "Eilean Dubh," means "black isle."', "black"),
    ('The river\'s old name "Tame" meant "dark water" to the Romans.', "dark"),
    # A heading printed on a message or a poster names it (*headings like "..."*).
    (
        'Mails carry headings like "Your Invoice" and "Re: Meeting", experts said.',
        "Your",
    ),
    (
        'Mails carry headings like "Your Invoice" and "Re: Meeting", experts said.',
        "Re:",
    ),
    ('Leaflets show a bed under the heading "Phones Down, Lights Out." Tests follow.', "Phones"),
]


# A title-cased name that opens its sentence and modifies the noun after it (a show
# before a role and a name, a film before a verb of a headline), and a work or a
# headline followed by *by* and its author (h27).
OPENING_NAMES_AND_BYLINES = [
    ('"Night Shift" host Corin Bale said on Friday that the show would end.', "Night"),
    ('"Paper Lanterns" star Ida Venn told reporters the shoot was hard.', "Paper"),
    ('"Dry Country" opens in cinemas next week, its distributor said.', "Dry"),
    ('On his desk sits "Cold Harbour Nights," by Petra Lund, a gift.', "Cold"),
    ('"Ferry strike ends after six days," by Kolja Brandt of the Coast Times.', "Ferry"),
    ('According to "The Long Tide," by Abel Sorn, the town was founded in 1610.', "The Long"),
]


@pytest.mark.parametrize(
    ("text", "quoted"),
    TITLES + TERMS_AND_NAMES + SLOGANS_AND_WORDS + OPENING_NAMES_AND_BYLINES,
)
def test_names_titles_terms_and_slogans_are_non_speech_with_no_speaker(
    text: str, quoted: str
) -> None:
    q = quote_of(text, quoted)
    assert q.kind is N and q.speaker is None, describe(q)


# A fragment inside reported speech keeps its speaker: the namer's own words.
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            'Mayor Tia Coyle said the plan was "a disaster waiting to happen".',
            "a disaster",
            "Coyle",
        ),
        ('Tia Coyle described the budget as "the best in a decade".', "the best", "Coyle"),
        ('The coach, Ana Ruiz, called the defeat "painful but deserved".', "painful", "Ruiz"),
        ('Hal Brenner warned that the cuts would "hurt the poorest first".', "hurt", "Brenner"),
        ('According to Ona Field, the vote was "a victory for renters".', "a victory", "Field"),
        ('Dan Oyelaran urged residents to "stay indoors and keep warm".', "stay", "Oyelaran"),
        ('The storm caused "widespread damage", Dan Oyelaran said.', "widespread", "Oyelaran"),
        # 'which X called' (past) and 'what X calls' report a phrase X used.
        ('Ana Ruiz criticised the plan, which she called "a fantasy".', "a fantasy", "Ruiz"),
        ('Ana Ruiz backs what she calls "green growth".', "green growth", "Ruiz"),
        ('Ana Ruiz fought the law, which she calls "a gift to landlords".', "a gift", "Ruiz"),
        # *portray ... as* reports a description as *describe ... as* does.
        ('The mayor portrayed the levy as "cruel" on Monday.', "cruel", "mayor"),
        ('Ministers have portrayed the strike as "reckless" all week.', "reckless", "Ministers"),
        # A noun naming an attack in words presents them as its owner's.
        ('Ana Ruiz\'s criticism that the board had "lost its way" drew applause.', "lost", "Ruiz"),
        ('Hal Brenner\'s broadside against "armchair planners" ended it.', "armchair", "Brenner"),
        # Every inflection of a verb of praise or blame is a cue, the present one too.
        ('The mayor slams the "lazy thinking" of planners.', "lazy", "mayor"),
        ('The bishop denounced the "throwaway economy" on Sunday.', "throwaway", "bishop"),
        ('The coach routinely mocks the "armchair experts" online.', "armchair", "coach"),
        # *means* glosses a word cited before it, not a speaker's reading of a change.
        ('Ana Ruiz said the name change means "a fresh start".', "a fresh", "Ruiz"),
    ],
)
def test_a_fragment_in_reported_speech_is_partial_and_keeps_its_speaker(
    text: str, quoted: str, speaker: str
) -> None:
    q = quote_of(text, quoted)
    assert q.kind is P, describe(q)
    assert q.speaker is not None and speaker in q.speaker.name, describe(q)


# Either half of a split quote is direct and has the first half's speaker (issue 14,
# item 9), however short the second half, whether the cue ends a sentence or not.
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We will not give up," Tia Coyle said. "The city deserves better than this."', "The c"),
        ('"We will not give up," said Tia Coyle. "The city deserves better."', "The city"),
        ('"It was a long night," Tia Coyle told reporters after the count. "But we won."', "But"),
        ('"The roads are closed," Tia Coyle said, "and they will stay closed."', "and they"),
        ('"This is not over," Tia Coyle said. "Not by a long way."', "Not by"),
        ('"This is not over," Tia Coyle said. "Not yet."', "Not yet"),
        ('"It is over", Tia Coyle said. "We go home."', "We go"),
        (
            '"We are sorry," Tia Coyle said in a statement. "Every customer will be '
            'contacted by the end of the week, and refunds will follow."',
            "Every",
        ),
        # Verbs of speech the lexicon lacked until h29 (elaborated, countered, ...).
        ('"The way I see it," Tia Coyle elaborated, "nobody lost."', "nobody"),
        ('"The rules are clear," Tia Coyle countered, "and they bind us all."', "and they"),
        # The cue, then an aside before the second half: no cue in the aside itself.
        (
            '"The harbour is full," said Tia Coyle, a pilot who has worked the port for '
            'thirty years, "and the ships keep coming."',
            "and the ships",
        ),
        ('"The rules are clear," Tia Coyle said, speaking of the fleet, "and fair."', "and fair"),
        (
            '"What matters most," the harbour master Tia Coyle told the Kell Gazette in '
            'March, "is who turns up."',
            "is who",
        ),
    ],
)
def test_the_second_half_of_a_split_quote_is_direct_with_the_same_speaker(
    text: str, quoted: str
) -> None:
    first = parse(text).quotes[0]
    q = quote_of(text, quoted)
    assert first.kind is D and q.kind is D, describe(q)
    assert q.speaker is not None and q.speaker.name == "Tia Coyle", describe(q)


def test_a_quote_continuing_across_paragraphs_keeps_its_speaker() -> None:
    text = (
        'Coach Ana Ruiz spoke after the final. "This is the best day of my career," '
        'she said. "We worked for years for this.\n\n"I want to thank the fans. They '
        'never stopped believing."\n\nThe club will parade on Sunday.'
    )
    quotes = parse(text).quotes
    assert quotes and all(q.kind is D for q in quotes), [describe(q) for q in quotes]
    assert all(q.speaker is not None and q.speaker.name == "Ana Ruiz" for q in quotes)


_TITLE_WORD = st.sampled_from(["Salt", "Winter", "Harbour", "Iron", "Lantern", "Quiet", "Road"])
_WORK = st.sampled_from(["film", "documentary", "song", "book", "album", "single", "band"])
_SPEAKER = st.sampled_from(["Ana Ruiz", "Tia Coyle", "Hal Brenner"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_TITLE_WORD, min_size=1, max_size=3), _WORK, _SPEAKER)
def test_a_title_with_its_work_noun_after_it_is_never_given_a_speaker(
    title: list[str], work: str, speaker: str
) -> None:
    """Whatever the title and whoever speaks in the sentence, a title-cased quote
    followed by an apposition naming its kind of work (*"...", her new film,*) is
    non-speech, and so are the quotes nested in it."""
    name = " ".join(title)
    text = f'{speaker} said "{name}", her new {work}, would open in May.'
    q = quote_of(text, name)
    assert q.kind is N and q.speaker is None, describe(q)


# A quote nested in another is read in the words of the quote around it: a scare
# quote or a title inside somebody's words is non-speech and gets no speaker (the
# cue outside is the outer quote's), words reported inside them keep theirs.
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Hal Brenner wrote on Twitter: \"The 'fake' polls are wrong. We will win.\"", "fake"),
        ("\"The so-called 'experts' were wrong again,\" Hal Brenner said.", "experts"),
        ("\"We watched 'Deep Water Stories' every night,\" said Ana Ruiz.", "Deep"),
        ("Ana Ruiz said: \"The word 'crisis' is used too often.\"", "crisis"),
        ("\"Their 'reform' is a cut by another name,\" Hal Brenner said on Monday.", "reform"),
    ],
)
def test_a_non_speech_quote_inside_a_quote_gets_no_speaker(text: str, quoted: str) -> None:
    outer = parse(text).quotes[0]
    q = quote_of(text, quoted)
    assert q.parent is not None and outer.speaker is not None
    assert q.kind is N and q.speaker is None, describe(q)


def test_words_reported_inside_a_quote_keep_a_speaker() -> None:
    text = "\"I told him, 'You are fired,' and he left,\" Hal Brenner said."
    q = quote_of(text, "You are fired")
    assert q.kind is D and q.speaker is not None, describe(q)


_SCARE = st.sampled_from(
    ["fake", "reform", "experts", "plan", "savings", "help", "pilot scheme", "Fresh Start"]
)
_FRAME = st.sampled_from(
    [
        "\"The '{w}' was a mistake,\" {s} said.",
        "{s} wrote: \"Their '{w}' will cost us all.\"",
        "\"Nobody believes the '{w}' any more,\" said {s}.",
        # A speech verb inside the outer quote that does not hand over to the word.
        "\"We were told the '{w}' would end soon,\" {s} said.",
        "\"I was reading about the '{w}' when the call came,\" said {s}.",
        "{s} said: \"Nobody asked about the '{w}' at the meeting.\"",
    ]
)


@settings(max_examples=40, deadline=None)
@given(_SCARE, _FRAME, _SPEAKER)
def test_a_nested_fragment_after_a_determiner_is_never_given_a_speaker(
    word: str, frame: str, speaker: str
) -> None:
    """Whatever the cue around the outer quote or inside it, a word after a
    determiner inside somebody's quote is non-speech with no speaker."""
    for q in parse(frame.format(w=word, s=speaker)).quotes:
        if q.parent is not None:
            assert q.kind is N and q.speaker is None, describe(q)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A second half in lower case, or opening with an ellipsis, after its cue.
        ('"We will not give up," Tia Coyle said. "and the city deserves better."', "and the"),
        ('"We will not give up," Tia Coyle said. "...and the city deserves better."', "...and"),
        # A clause after a name and a colon, with no stop printed (a headline).
        ('Tia Coyle: "We will win this fight"\n\nThe mayor spoke on Monday.', "We will win"),
    ],
)
def test_speech_with_no_capital_or_no_stop_is_direct(text: str, quoted: str) -> None:
    q = quote_of(text, quoted)
    assert q.kind is D and q.speaker is not None and q.speaker.name == "Tia Coyle", describe(q)


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        # An answer after a speech verb, its stop printed after the mark.
        ('Asked whether she would resign, Tia Coyle replied "No".', "No", D),
        ('Asked again, Tia Coyle answered "Not this year".', "Not this", D),
        ('Tia Coyle shouted "Stop the count"!', "Stop", D),
        # A cleft: the word opening the sentence is the one somebody used.
        ('"Illegal" was how Tia Coyle described the vote.', "Illegal", P),
        ('"Reckless" is what Tia Coyle called the plan.', "Reckless", P),
    ],
)
def test_answers_and_clefts_are_speech(text: str, quoted: str, kind: QuoteKind) -> None:
    q = quote_of(text, quoted)
    assert q.kind is kind and q.speaker is not None, describe(q)
    assert q.speaker.name == "Tia Coyle", describe(q)


def test_a_term_that_opens_its_sentence_is_still_non_speech() -> None:
    q = quote_of('"Red tape" is the reason the bridge is late, Tia Coyle said.', "Red")
    assert q.kind is N and q.speaker is None, describe(q)


# A fragment nested in a quote whose only cue is the outer quote's (*"...," Roe
# said*), or a cue inside that does not hand over to it (*we were told the
# "..."*): a term, a title or a scare quote of the outer speaker's, non-speech
# with no speaker, even where the outer quote holds a speech verb.
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("\"We were told the 'temporary' closure would last a week,\" said Ines Marlow.", "temp"),
        ("\"I was listening to 'Blue Monday' when the call came,\" Ines Marlow said.", "Blue"),
        ("\"They told us the 'review' was over before it began,\" Ines Marlow said.", "review"),
        ("Ines Marlow said: \"Nobody asked about the 'pilot' scheme at the hearing.\"", "pilot"),
        ("\"Ask the families what the 'support package' meant,\" said Ines Marlow.", "support"),
    ],
)
def test_a_fragment_inside_a_quote_with_only_the_outer_cue_gets_no_speaker(
    text: str, quoted: str
) -> None:
    outer = parse(text).quotes[0]
    q = quote_of(text, quoted)
    assert q.parent is not None and outer.speaker is not None
    assert q.kind is N and q.speaker is None, describe(q)


# ... but words a cue inside the quote hands over to are reported, and so are an
# outer quote that holds nothing but the fragment and a fragment that points at a
# speaker or a listener (*me*, *us*: a thought stays with its thinker).
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("\"He called the plan 'a farce' and walked out,\" Ines Marlow said.", "a farce", "He"),
        ("\"I said 'no way,' and that was it,\" Ines Marlow said.", "no way", "Ines Marlow"),
        ("\"'Salt Roads,'\" Ines Marlow answered when asked for a book.", "Salt", "Ines Marlow"),
        (
            "\"My hands were up, sort of 'spare me,' all night,\" Ines Marlow said.",
            "spare",
            "Ines Marlow",
        ),
    ],
)
def test_words_a_cue_inside_the_quote_hands_over_to_keep_a_speaker(
    text: str, quoted: str, speaker: str
) -> None:
    q = quote_of(text, quoted)
    assert q.parent is not None and q.kind is not N, describe(q)
    assert q.speaker is not None and q.speaker.name == speaker, describe(q)


# A short quote opening its sentence before its cue is direct (h29): an answer
# whose cue comes after a long subject (the words said, whole, however few), and a
# quote whose last words are a quote nested in it (the punctuation inside the inner
# marks ends the outer quote as well).
@pytest.mark.parametrize(
    "text",
    [
        '"Not yet," the ferry company\'s chief executive, Ana Ruiz, said on Monday.',
        '"Never again," the Kell Water chief executive said.',
        '"Not guilty," the jury foreman told the court.',
        "\"The gate said 'No entry,'\" Ivo Brandt said.",
        "\"Then she shouted 'Run!'\" Ivo Brandt recalled.",
    ],
)
def test_a_short_quote_before_its_cue_is_direct(text: str) -> None:
    q = parse(text).quotes[0]
    assert q.kind is D and q.speaker is not None, describe(q)


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz said "We Will Not Move," and the crowd cheered.',
        'Tomas Lind wrote "Thank You All," and signed the card.',
    ],
)
def test_a_clause_or_words_to_a_listener_after_a_speech_verb_stay_speech(text: str) -> None:
    """The title test after a speech verb leaves a clause and words that point at
    a listener (*you*) to the speaker."""
    q = parse(text).quotes[0]
    assert q.kind is not N and q.speaker is not None, describe(q)


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        # A speech verb after the opening name: the name is what was said.
        ('"Never Again" shouted the crowd as the minister arrived.', "Never", P),
        # The name after *by* says who used the words (a passive of a speech verb).
        ('The plan was described as "Reckless Folly" by Senator Ilse Marr.', "Reckless", P),
        ('"We Are Ready," said Ona Field, by then the only candidate left.', "We Are", D),
    ],
)
def test_words_before_a_speech_verb_or_a_namer_stay_speech(
    text: str, quoted: str, kind: QuoteKind
) -> None:
    q = quote_of(text, quoted)
    assert q.kind is kind, describe(q)


_THING = st.sampled_from(["play", "ferry", "comedy", "podcast", "horse", "boat", "cafe"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_TITLE_WORD, min_size=1, max_size=3), _THING, _SPEAKER, st.sampled_from(",."))
def test_a_name_after_a_noun_and_called_is_non_speech_whatever_punctuation_is_inside(
    title: list[str], thing: str, speaker: str, mark: str
) -> None:
    """*a play called "Salt Roads," which ...*: the comma or the stop printed
    inside the marks is the narrator's; the name is nobody's words, whoever
    speaks in the sentence (h27)."""
    name = " ".join(title)
    text = f'{speaker} said she had seen a {thing} called "{name}{mark}" It was new.'
    if mark == ",":
        text = f'{speaker} said she had seen a {thing} called "{name}," which was new.'
    q = quote_of(text, name)
    assert q.kind is N and q.speaker is None, describe(q)


# A name given by a frame, a renaming verb or the passive is non-speech, also when
# the narrator's comma or stop is printed inside the marks (American style); a noun
# citing a word does not read past it: what follows may be a clause about it; a
# clause with *cannot* after *adding that* is direct (h30).
NAMES_GIVEN = [
    ('Traders in Kell dubbed the slump "Grey Monday." Prices rose on Tuesday.', "Grey", N),
    ('Ana Ruiz said the estate, known locally as the "Warren," would be sold.', "Warren", N),
    ('The gallery has been named "The Lantern Room." It opens in May.', "The Lantern", N),
    ('Fans nicknamed the striker "the Heron." He scored twice.', "the Heron", N),
    # *the* before a capitalised name is still a name after *called* or *named*.
    ('Walkers have taken to calling the old quarry "the Bowl" since it closed.', "the Bowl", N),
    ('Regulars started calling the ferry "the Grey Lady" last year.', "the Grey", N),
    # A name a product or an event is sold under (*billed as*, *marketed as*).
    ('Ana Ruiz said the concert, billed as "A Night on the Pier," sold out.', "A Night", N),
    ('The phone, marketed as the "Pocket Ten", costs 300 euros, Tia Coyle said.', "Pocket", N),
    # A noun citing a name, then a form of *be*.
    ('The charity, whose motto is "Never Alone", opened a shop, Hal Brenner said.', "Never", N),
    ('Tia Coyle said the problem was "cost" and nothing else.', "cost", P),
    # The last name of a list ends the sentence with the stop inside its marks.
    ('Marchers carried banners reading "Open the Gates" and "Homes Not Hotels."', "Homes", N),
    ('Hal Brenner called the plan "reckless" and "a waste of money."', "a waste", P),
    # A title after the noun of its kind of work (*journal*, *quiz*).
    ('The study appeared on Monday in the journal "Tidal Science."', "Tidal", N),
    ('Hal Brenner, host of the radio quiz "Pier Pressure," will retire.', "Pier", N),
    # The noun before the comma is the thing named; in lower case, a verdict.
    ('Hal Brenner said the boat, named "Sea Lark", would sail on Friday.', "Sea", N),
    ('Tia Coyle said the boat, called "a wreck" by the crew, would sail.', "a wreck", P),
    # *cannot* is a finite verb: the quote after *adding that* is a clause.
    (
        'Ana Ruiz said the rules were "too strict", adding that "a ferry that sails '
        'at night cannot carry children."',
        "a ferry",
        D,
    ),
    # A verdict after *called* stays the words of whoever called it so, and with
    # its object a stop inside the marks leaves it so even when title-cased.
    ('Hal Brenner called the mayor "The Best Mayor in Years." She smiled.', "The Best", P),
    ('Ana Ruiz called the ferry "the worst in Europe." It was late again.', "the worst", P),
    ('Chief executive Ana Ruiz said the old name "no longer fits who we are."', "no longer", P),
]


@pytest.mark.parametrize(("text", "quoted", "kind"), NAMES_GIVEN)
def test_names_and_clauses_by_the_conventions(text: str, quoted: str, kind: QuoteKind) -> None:
    q = quote_of(text, quoted)
    assert q.kind is kind, describe(q)
    assert (q.speaker is None) == (kind is N), describe(q)


# Where a name follows its namer, after a sentence of reported speech: a frame or a
# renaming verb (the narrator's comma or stop inside the marks), or a noun and a
# participle set off by commas (*The plan, called "Drive Home",*; the mark unused).
_NAMER = st.sampled_from(
    [
        'Fans dubbed him the "{}{}" It was new.',
        'The pier is known locally as the "{}{}" It was new.',
        'Locals nicknamed it the "{}{}" It was new.',
        'The ferry, called "{}", sails in May.',
        'The play, named "{}", opens in May.',
    ]
)


@settings(max_examples=60, deadline=None)
@given(_SPEAKER, _NAMER, st.lists(_TITLE_WORD, min_size=1, max_size=3), st.sampled_from(",."))
def test_a_name_after_its_namer_is_never_given_a_speaker(
    speaker: str, namer: str, title: list[str], mark: str
) -> None:
    """Whoever speaks in the sentence before, a name after a naming frame, a
    renaming verb or a noun and *called*/*named* set off by commas is non-speech,
    whatever punctuation the marks hold (h30)."""
    name = " ".join(title)
    text = f'"We are ready," {speaker} said. ' + namer.format(name, mark)
    q = quote_of(text, name)
    assert q.kind is N and q.speaker is None, describe(q)


# After a speech cue, a quote whose closing mark is followed by the narrator's own
# lower-case words is a piece of the narrator's sentence, however it opens; ending
# its sentence, or handing over to a cue after it, it stays direct.
RUNS_ON_AFTER_CUE = [
    ('Mayor Ines Dorado said, "We have not seen that report" from the county yet.', "We have", P),
    ('Dorado said "the budget is tighter than it looks" in every district.', "the budget", P),
    ('Coach Tobin Reyes admitted, "we lost our nerve" in the last ten minutes.', "we lost", P),
    ('Reyes told reporters that "nobody trained harder" than his goalkeeper.', "nobody", P),
    ('Mayor Ines Dorado said, "We have not seen that report from the county yet."', "We have", D),
    ('"We have not seen that report," Dorado said, "and we will not guess."', "and we", D),
]


# A comma after a long phrase whose speech verb stands several words before it
# (a listener and an adjunct between) hands over as a cue right before it does:
# the sentence after it is reported, direct. So does a cue's phrase followed by a
# short aside; but a lower-case quote may go on from the aside (the narrator's
# words), and an aside that reports again (*noting that*) hands the quote to its
# own clause (h29).
CUE_SOME_WORDS_BACK = [
    (
        "The fleet came up late in the evening when Tia Coyle told Mark Bell of the "
        'Kell Gazette, "We are not selling. Not this year."',
        "We are",
        D,
    ),
    (
        'As the critic Ivo Brandt had written a few years earlier, "Nobody paints '
        'rain like she does."',
        "Nobody",
        D,
    ),
    ('Tia Coyle said on Monday, after the votes were counted, "We won fairly."', "We won", D),
    ('Tia Coyle wrote in a post, which she later deleted, "I did nothing wrong."', "I did", D),
    (
        'Tia Coyle said her deputy, Ivo Brandt, "told me he\'s sure of it, and I believe him."',
        "told me",
        P,
    ),
    (
        '"I know the mayor well," Tia Coyle told the council, noting that she and '
        'her deputy, Ivo Brandt, "have met him every month since May."',
        "have met",
        P,
    ),
]


@pytest.mark.parametrize(("text", "quoted", "kind"), RUNS_ON_AFTER_CUE + CUE_SOME_WORDS_BACK)
def test_the_kind_of_a_quote_after_its_cue(text: str, quoted: str, kind: QuoteKind) -> None:
    q = quote_of(text, quoted)
    assert q.kind is kind, describe(q)
    assert q.speaker is not None, describe(q)


_LEADS = ["Ines Dorado said, ", "Ines Dorado said ", "Dorado told reporters that "]
_TAIL_WORDS = ["from", "in", "about", "the", "county", "board", "before", "every", "vote", "week"]


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(_LEADS),
    tail=st.lists(st.sampled_from(_TAIL_WORDS), min_size=1, max_size=5),
)
def test_any_narrator_tail_after_the_mark_makes_it_partial(lead: str, tail: list[str]) -> None:
    """Whatever plain words of the narrator follow the closing mark, the quote is a
    piece of the narrator's sentence, and it keeps the speaker the cue gives."""
    text = f'{lead}"we have not seen the report" {" ".join(tail)} yet.'
    q = quote_of(text, "we have")
    assert q.kind is P, describe(q)
    assert q.speaker is not None and q.speaker.name.endswith("Dorado"), describe(q)


# A speech verb, then its hearer or a phrase of time or place, then a clause or a
# sentence with no comma before the mark: the clause is the reported content,
# direct. After a verb that takes no hearer, the words between are the subject of
# the quote's clause, which then opens outside the marks: a fragment. An infinitive
# is a verb's complement, never a clause (h31).
CUE_THEN_PHRASE = [
    ('Nurse Ola Brisk told the crowd "a ward like ours cannot close in winter."', "a ward", D),
    ('Ola Brisk told the health committee "every bed we have is full tonight."', "every bed", D),
    ('Ola Brisk said after the meeting "The board has heard us at last."', "The board", D),
    # A clause whose verb is a past form with no auxiliary (h42b-kinds).
    ('Ola Brisk told the health committee "every nurse we hired kept her job."', "every", D),
    ('Ola Brisk told reporters on Monday "the last surgeon left last week."', "the last", D),
    ('Ola Brisk said the old ward "lost its last surgeon last week."', "lost its", P),
    ('Ola Brisk wrote to supporters on Friday "we will be back next year."', "we will", D),
    ('Ola Brisk said the old ward "will never open again, whatever they say."', "will never", P),
    ('Ola Brisk said the petition "has done its job and more."', "has done", P),
    ('Ola Brisk urged nurses "to stand together and be heard."', "to stand", P),
    ('Ola Brisk told the crowd the plan "could cost more than the ward."', "could cost", P),
]


_HEARERS = ["the crowd", "reporters", "the council", "the Gazette", "voters"]
_WHEN = ["", " on Monday", " afterwards", " at night"]
_CLAUSES = [
    "we will not close a single ward",
    "the board has run out of time",
    "I can't promise that",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_HEARERS), st.sampled_from(_WHEN), st.sampled_from(_CLAUSES))
def test_a_whole_clause_told_to_a_hearer_is_direct(hearer: str, when: str, clause: str) -> None:
    """Whoever is told, and whenever (four words at most between the verb and the
    mark), a whole clause in the marks is direct and keeps the speaker of the verb."""
    text = f'Ola Brisk told {hearer}{when} "{clause}."'
    q = quote_of(text, clause[:6])
    assert q.kind is D, describe(q)
    assert q.speaker is not None and q.speaker.name == "Ola Brisk", describe(q)


# A short cue clause that is the narrator's whole sentence, then a comma: the words
# after it that end the sentence are what was said, direct, whatever their verb;
# when the narrator's clause goes on around the cue, or the words open with the
# clause's verb, they finish the narrator's sentence, partial. After *saying*,
# *adding* or *noting* and *that*, a quote that ends the sentence is the clause
# reported, direct, even when no auxiliary shows its verb; after *said that* the
# corpus we fit on calls such words partial, and they are left (h31).
AFTER_A_CUE_CLAUSE = [
    ('The board met. It added, "the ward comes back when the money returns."', "the ward", D),
    ('Ola Brisk wrote, "every nurse here gave up a weekend for this."', "every nurse", D),
    ('The ward was, Ola Brisk said, "a place the town forgot about."', "a place", P),
    ('Ola Brisk said, "could be the end of the ward, or the start."', "could be", P),
    ('Ola Brisk left early, adding that "no nurse lost a shift over the strike."', "no nurse", D),
    ('Ola Brisk spoke last, noting that "the ward reopened in March, as promised."', "the ward", D),
    ('Ola Brisk spoke last, noting that "could take years."', "could take", P),
]


@pytest.mark.parametrize(
    "text",
    [
        'Ola Brisk proclaimed at the rally, "every ward in this county stays open."',
        'Ola Brisk affirmed at the hearing, "nurses here are paid less than anywhere."',
    ],
)
def test_proclaim_and_affirm_are_speech_cues(text: str) -> None:
    """*proclaimed* and *affirmed* hand a sentence over like *said* (h31)."""
    q = parse(text).quotes[0]
    assert q.kind is D, describe(q)
    assert q.speaker is not None and q.speaker.name == "Ola Brisk", describe(q)


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    CUE_THEN_PHRASE + AFTER_A_CUE_CLAUSE,
)
def test_where_a_cue_hands_over_a_clause(text: str, quoted: str, kind: QuoteKind) -> None:
    """Each example's kind, and the speaker its cue names (h31)."""
    q = quote_of(text, quoted)
    assert q.kind is kind, describe(q)
    if "Ola Brisk" in text:
        assert q.speaker is not None and q.speaker.name == "Ola Brisk", describe(q)


# The rules of h32, one group each: a kind, and a speaker exactly when the span is
# speech.

# A naming frame for a work (the film, the show) before a quote opening in lower case:
# words said of the work, not its title; a capitalised one (or one opening with a
# digit) is still its title.
H32_EXAMPLES = [
    ('Critic Tova Lind called the film "slow, cold and worth every minute."', "slow", P),
    ('Tova Lind said she had heard the podcast "on every train to work."', "on every", P),
    ('Host Remi Sato said the show "had run its course" after ten years.', "had run", P),
    ('Tova Lind reviewed the film "Cold Quarter" for the Daily Lamp.', "Cold", N),
    ('Remi Sato said the show "Night Desk" would end in June.', "Night", N),
    ('Remi Sato praised the film "9th Street" on Friday.', "9th", N),
    # The name of a law, a plan or an operation printed whole in the marks, its own kind
    # of thing inside them: non-speech and no speaker, whoever speaks nearby; a clause or
    # a speaker's own words ending in such a noun stay speech.
    ('Police said "Operation Cold Shore" had led to nine arrests.', "Operation", N),
    ('MPs backed the "Safe Homes Bill," which caps rents, on Tuesday.', "Safe", N),
    ('The navy ended "Operation Grey Tern" in May, officials said.', "Operation", N),
    ('Edda Vik said the "Clean Air Strategy" had failed every town it touched.', "Clean", N),
    ('Edda Vik said, "We Need A New Plan," and sat down.', "We Need", D),
    ('"We have no plan," Edda Vik said.', "We have", D),
    ('Edda Vik called the rules "a plan for nobody" on Friday.', "a plan", P),
    # A name a group has taken to using: after *have taken to calling* or *have come to
    # call* and the verb's object, the quoted name is non-speech whatever its case and the
    # stop inside the marks; one speaker calling the thing so is still a verdict.
    ('Cyclists have taken to calling the junction "the meat grinder," police said.', "the meat", N),
    ('Nurses have come to call the night ward "the Lighthouse." The trust agreed.', "the Light", N),
    ('Commuters took to calling the bus "the snail" within a week.', "the snail", N),
    ('Edda Vik was quick to call the junction "a death trap."', "a death", P),
    ('Edda Vik called the junction "a death trap" on Friday.', "a death", P),
    # A title set off by commas after a noun is the subject of a speech verb after it when
    # the verb is followed by its object or an adjunct; a verb followed by a name, a
    # determiner or a pronoun is the quote's own cue.
    ('The council\'s scheme, "Walk to School," asks parents to leave the car.', "Walk", N),
    ('The fans\' trust, "Blue Bridge United," said in a statement it was sad.', "Blue", N),
    ('Another pair, "Snap Back," said the mayor, had worked.', "Snap", P),
    ('Another line, "Never Again," said Edda Vik, stayed with her.', "Never", P),
    # A title after a possessive may open with a number, and the possessive of a name in
    # capitals ending in S may be printed with the apostrophe alone.
    ('Edda Vik defended the plan on KBS\' "Evening Desk" on Sunday.', "Evening", N),
    ('Edda Vik defended the plan on Radio Kent\'s "24 Hours" on Sunday.', "24", N),
    ('Edda Vik defended the plan on WXS\' "60 Seconds" last night.', "60", N),
]


@pytest.mark.parametrize(("text", "quoted", "kind"), H32_EXAMPLES)
def test_names_and_titles_of_h32(text: str, quoted: str, kind: QuoteKind) -> None:
    q = quote_of(text, quoted)
    assert q.kind is kind, describe(q)
    assert (q.speaker is None) is (kind is N), describe(q)
