"""Word lists and word tables that steer the parser, kept as data apart from the logic.

Every lexicon is a UTF-8 file in this folder, declared once in :data:`LEXICONS`
with its columns. ``#`` starts a comment (provenance, meaning) anywhere in a
file. A lexicon of one column is a plain list, ``NAME.txt``, one entry per line.
A lexicon of several columns is a table, ``NAME.tsv``: its first row names the
columns (exactly those declared), and each further row gives one value per
column, separated by tabs. Each column has a type: free text, a yes/no flag, or
one of a few allowed values; an empty cell is allowed only in a column declared
optional (empty cells at the end of a row may be left out). Loading checks every
row and raises :class:`LexiconError` naming the file and the line of the first
bad row; each lexicon is read once and cached.

>>> "said" in load("cue_verbs")
True
>>> row = rows("titles")[0]
>>> row["title"], row["gender"], row["abbreviation"], row["kind"]
('mr', 'male', True, 'honorific')
>>> sorted(select("titles", gender="female", kind="honorific", language="en"))
['madam', 'miss', 'mrs', 'ms']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources

import attrs

from ..errors import InputFormatError

__all__ = [
    "LEXICONS",
    "Column",
    "Lexicon",
    "LexiconError",
    "Value",
    "entries",
    "load",
    "load_table",
    "load_zipf",
    "markdown",
    "parse",
    "rows",
    "select",
]

Value = str | bool | None
"""A cell's value: text, a flag (``yes``/``no`` in the file) or None (an empty optional cell)."""


class LexiconError(InputFormatError):
    """A lexicon file is malformed: ``source`` names the file, ``line`` the row.

    Also a :class:`ValueError`, like every :class:`~quoteverify.errors.InputFormatError`.
    """


@attrs.frozen
class Column:
    """One typed column of a lexicon.

    ``values`` lists the allowed values of an enumerated column (empty: free
    text); ``flag`` makes the column a yes/no flag read as a bool; ``optional``
    allows an empty cell (read as None).
    """

    name: str
    doc: str
    values: tuple[str, ...] = ()
    flag: bool = attrs.field(default=False, kw_only=True)
    optional: bool = attrs.field(default=False, kw_only=True)

    @property
    def type_name(self) -> str:
        """The column's type as the docs print it."""
        kind = "yes/no" if self.flag else " \\| ".join(self.values) if self.values else "text"
        return f"{kind}, optional" if self.optional else kind

    def read(self, cell: str) -> Value:
        """The value of ``cell``, or a ValueError saying why it does not fit."""
        if not cell:
            if self.optional:
                return None
            raise ValueError(f"column {self.name!r} is empty")
        if self.flag:
            if cell not in ("yes", "no"):
                raise ValueError(f"column {self.name!r} takes yes or no, not {cell!r}")
            return cell == "yes"
        if self.values and cell not in self.values:
            allowed = ", ".join(self.values)
            raise ValueError(f"column {self.name!r} takes one of {allowed}, not {cell!r}")
        return cell


@attrs.frozen
class Lexicon:
    """A lexicon's declaration: its name, what it holds and its columns.

    The first column is the key: lower case, one entry per row. One column
    makes a plain list (``NAME.txt``), more make a table (``NAME.tsv``).
    """

    name: str
    doc: str
    columns: tuple[Column, ...] = attrs.field(default=(), kw_only=True)

    @property
    def table(self) -> bool:
        """True for a lexicon of more than one column (a TSV file with a header)."""
        return len(self.columns) > 1

    @property
    def filename(self) -> str:
        """The file in this folder that holds the lexicon."""
        return f"{self.name}.tsv" if self.table else f"{self.name}.txt"


def _pair(key: str, key_doc: str, value: str, value_doc: str) -> tuple[Column, ...]:
    return (Column(key, key_doc), Column(value, value_doc))


_LIST = (Column("entry", "one entry (a word or a phrase, lower case)"),)

#: The one-column lexicons (``NAME.txt``, column ``entry``): name -> what it holds.
_LISTS = {
    "abbreviations": "short forms besides titles whose dot ends no sentence",
    "affiliation_prepositions": "prepositions tying a person to a place or body",
    "age_nouns": "nouns of an age or a stage of life that name a person again (the teenager)",
    "anonymous_determiners": "determiners of unnamed sources",
    "collective_shares": "nouns of an amount of people before of (a number of)",
    "aside_prepositions": "prepositions opening an aside between a subject and its verb",
    "attribution_fillers": "words between a cue and its speaker",
    "author_links": "words joining a document to its author ('a report by')",
    "auxiliaries": "auxiliary verbs before a main verb",
    "carrier_nouns": "things a slogan is printed on (hats, signs)",
    "chant_nouns": "nouns naming a chant or a slogan",
    "civic_heads": "last words of city and county names (City), which speak as a government",
    "cleft_openers": "words opening a cleft; the participle's speaker follows (it is X saying)",
    "cleft_words": "words after 'was' that make a quote opening its sentence somebody's words",
    "byline_openers": "words opening a byline's own line (By Ana Roe, The Courier)",
    "body_links": "words after a body that open what it stands for (the union representing ...)",
    "clause_conjunctions": "words after which a name may be a subject",
    "coordinators": "conjunctions joining a verb or clause to the one before (and said)",
    "clause_starts": "words after which a noun phrase opens a clause",
    "clause_subjects": "subjects that open a quoted clause",
    "clause_verbs": "verbs of a quoted clause",
    "connectives": "connectives before a quote or a subject name",
    "credit_agencies": "picture agencies ending a photo credit's line (via Getty Images)",
    "crowd_joiners": "words before a quantifier that opens a crowd's clause ('and others said')",
    "descriptor_articles": "words dropped from a descriptor",
    "descriptor_breaks": "words that end a descriptor before its role noun (her record as mayor)",
    "descriptor_prepositions": "prepositions after a descriptor",
    "determiners": "determiners and numerals that open a descriptor",
    "document_frames": "naming frames that give a document's own words after it (read)",
    "document_nouns": "nouns for written sources that speak (a report, a study, a letter)",
    "entry_labels": "labels before a live blog entry's time (Updated 3:40 p.m.)",
    "echo_openers": "demonstratives opening a sentence that points back to a quote (That was how)",
    "elisions": "words whose first letter an apostrophe replaces",
    "event_nouns": "nouns for a happening that never speaks (the strike went on)",
    "epithet_nouns": "nouns naming again a person not introduced with them (the entrepreneur)",
    "kin_nouns": "nouns of kin between a possessive name and a given name ('Hale's wife, Ann,')",
    "pair_kin_nouns": "plural kin nouns before given names sharing a surname (twins Jo and Al Li)",
    "contest_nouns": "nouns naming again a person running for office (the candidate)",
    "office_nouns": "offices naming again a person never given them as a title (the senator)",
    "contest_modifiers": "lower-case words before a contest noun (the presidential nominee)",
    "won_contests": "contests whose winner an -elect office names again (won the runoff)",
    "us_states": "the states of the United States (the Florida senator)",
    "company_nouns": "nouns calling a one-word name a company (the start-up Lumo)",
    "product_kinds": "kinds of body that may name a product (the chat app Lumo)",
    "cities": "large cities, no capitals, that speak for their government (Chicago said)",
    "issuing_verbs": "verbs by which an author puts out a document (released a statement)",
    "announcement_nouns": "documents a body speaks through, named again (the statement read)",
    "party_members": "party words that name one member as a noun (the Republican said)",
    "first_name_titles": "titles said with a first name alone (Sir Thomas)",
    "given_name_titles": "titles that are given names before one word (Oba Hale)",
    "portfolio_links": "words linking a capitalised office to its portfolio (Adviser on Trade)",
    "seat_directions": "compass words and tags ending a seat's name before its holder (Kent West)",
    "patronymic_particles": "particles joining a given name to the father's (bin, bint)",
    "range_prepositions": "the two ends of a change between quoted values (to 'buy' from 'hold')",
    "fronted_place_prepositions": "prepositions opening a sentence with a place before its clause",
    "own_voice_groups": "plural nouns for people at a body who speak as a group (nurses)",
    "viewpoint_prepositions": "prepositions opening a sentence on whose view it gives (For Ruiz)",
    "stance_nouns": "nouns for a stand a person takes, owned by her or his (her argument)",
    "asking_lemmas": "lemmas of cue verbs that put a question (ask, wonder)",
    "outer_reporting_lemmas": "lemmas of cue verbs whose reported clause's partials are theirs",
    "fronted_subordinators": "words opening a subordinate clause before the main clause (even as)",
    "family_nouns": "nouns of a family speaking as one, author of its statement",
    "commissioner_prepositions": "prepositions of whom a document was made for, before its 'by'",
    "complementizers": "words opening a reported clause after its verb ('found that')",
    "cue_adjuncts": "words opening a time or place phrase after a speech verb (said after)",
    "infinitive_markers": "words opening an infinitive, a verb's complement (to)",
    "institution_heads": "last words of schools' and clinics' names, which print with no article",
    "indefinite_speakers": "indefinite pronouns for one unnamed person as a cue's subject",
    "gloss_verbs": "verbs that give the sense of a cited word or name (means)",
    "object_verbs": "verbs whose object is a thing, never words (owed, oversees)",
    "habit_leads": "words before a renaming verb that make its name a habit (taken to calling)",
    "group_naming_verbs": "plural present verbs by which a group names a thing (farmers call)",
    "verdict_suffixes": "adjective endings that make a group's short quote a verdict (-less)",
    "quotatives": "words that hand over to voiced words with a comma, in a quote (like)",
    "headline_epithets": "epithets a headline prints before a surname (Embattled Hale)",
    "headline_adverbs": "adverbs between a title-case headline's subject and its verb",
    "hearer_passives": "participles whose subject in the passive hears the quote (was asked)",
    "hearer_prepositions": "prepositions leading the hearer after a verb of saying (said to)",
    "hearing_verbs": "verbs after which a headline's bare subject heard the quote (hears, told)",
    "hearer_nouns": "bodies that hear evidence, a headline's subject before hears or told",
    "headline_verbs": "verbs of title-case headlines",
    "irregular_pasts": "past forms not in -ed read as a subject's verb ('gave', 'stood')",
    "leader_roles": "roles that name a country's leader",
    "loose_determiners": "determiners of a loose descriptor",
    "ly_nouns": "nouns in -ly, not adverbs",
    "matching_stopwords": "words without content when quotes are compared",
    "modals": "modal verbs",
    "modifier_endings": "endings of a modifier a comma may part from the next (silver-haired)",
    "name_adjectives": "adjectives before a name in a narrator's voice",
    "name_breaking_verbs": "headline verbs a run of capitalised words ends before (Slams)",
    "name_openers": "capitalised words that open a sentence, not a name",
    "org_inner_words": "lower-case words inside a body's name before its head (products)",
    "family_name_words": "family names that are English words too (Oh, Young), before Mi-ran",
    "name_prefixes": "lower-case prefixes joined by a hyphen to a name word (al-Bashir)",
    "name_suffixes": "words that end a name with a full stop that ends no sentence (Jr.)",
    "measure_nouns": "last words of a law's or a plan's name printed in the marks (Bill)",
    "naming_nouns": "nouns before a quoted word or name cited as such (the word, its motto is)",
    "naming_relatives": "relative pronouns before a subject and 'call' that name a noun",
    "name_withholding_frames": "words in a relative clause before the only name a source gives",
    "naming_verbs": "verbs that give something a name",
    "namer_prepositions": "words inside 'known ... as' that say by whom or for what (by)",
    "negations": "negation words",
    "outlet_nouns": "nouns naming a newspaper or its voice again (the paper, the editorial board)",
    "team_nouns": "nouns naming again a sports team named bare (the club after the Hawks)",
    "club_suffixes": "last words of football clubs' names printed bare (Rovers, Athletic, Town)",
    "number_abbreviations": "short forms before a number, whose dot then ends no sentence",
    "nominal_before": "words after which a capital is inside a noun phrase",
    "office_copulas": "verbs joining a name and the office it holds (X is Qatar's emir)",
    "opening_adverbs": "adverbs that open a sentence's first phrase",
    "operation_words": "first words of an operation's name printed in the marks (Operation)",
    "ordinal_suffixes": "endings of an ordinal printed in digits (11th), which stems as its number",
    "org_name_heads": "last words of organisation names, never after a possessive",
    "org_openers": "first words of bodies' names before a land's name (Air, Team), no given name",
    "org_connectors": "words joining the parts of an organisation's name (Bank of England)",
    "org_suffixes": "last words of organisation names",
    "surname_heads": "organisation heads that are also surnames (Ana Steel is a person)",
    "passive_auxiliaries": "forms of 'be' before a participle in the passive",
    "participle_prepositions": "prepositions after a past participle opening a sentence",
    "party_words": "parties and 'former' before names (evaluation)",
    "past_forms": "past forms not in -ed: no role's words; a quoted verb; its name the subject",
    "perception_verbs": "verbs whose object acts in the participle after it (heard X saying)",
    "place_heads": "last words of place names (Street, Abbey), never a pronoun's antecedent",
    "poll_nouns": "nouns for a poll or survey, the source of its respondents' words",
    "possessive_links": "verbs before X's words after a quote",
    "perfect_auxiliaries": "auxiliaries of the perfect (has been told; has declared X)",
    "post_modifiers": "phrases that open a post-modifier after a role",
    "product_nouns": "nouns for a product, vehicle or account that a quoted name before them names",
    "body_post_modifiers": "phrases that open a source's post-modifier before a body's noun",
    "private_roles": "a private person's roles in a story (a witness), never an office's holder",
    "quantifiers": "quantifiers that stand for part of a crowd",
    "quoting_verbs": "verbs before 'X as saying' by which a source passes on X's words",
    "receiving_verbs": "verbs whose subject receives words, not says them (heard a warning)",
    "interviewer_frames": "words in a Q&A's lead before the interviewer its Q label stands for",
    "region_demonyms": "adjectives of a region or a people and compound demonyms (South African)",
    "relational_heads": "role nouns that never resolve a descriptor by its head ('the son')",
    "relative_pronouns": "relative pronouns whose clause inside an apposition holds a verb",
    "introducing_phrases": "phrases before a name at a sentence end that bring the person in",
    "person_relatives": "relative pronouns of a person between an apposed name and its verb",
    "reply_words": "words of a short spoken answer (yes, no, never), never a title alone",
    "reported_pronouns": "pronouns that stand for the subject of the cue reporting their clause",
    "month_prepositions": "words after which a month opens a time phrase, no given name",
    "office_chain_joins": "lower-case words joining an office's complement before its holder",
    "role_nouns": "nouns naming a person by role",
    "role_prepositions": "prepositions between a role and its complement",
    "role_verbs": "verbs that put a person in a role named after 'as' (served as)",
    "share_openers": "words before a poll share as subject",
    "share_units": "words after a number that make it a share ('40 percent', 'six in 10')",
    "speech_nouns": "nouns naming an utterance",
    "view_frames": "frames giving a quote to its owner in its own sentence (in her words)",
    "stem_suffixes": "suffixes cut by the light stemmer, in order",
    "stopwords": "function words",
    "inverted_openers": "words opening a sentence whose subject follows a form of 'be'",
    "subject_openers": "words that open a clause right after a cue",
    "subordinate_openers": "words opening a clause whose subject a participle shares",
    "subjectless_links": "words before a cue that has no subject",
    "time_clause_openers": "words after which a name opens a clause of time ('when Ruiz came')",
    "time_nouns": "words inside a time phrase",
    "time_openers": "words that open a time phrase",
    "time_words": "words of time phrases",
    "time_zones": "time zones after a live blog entry's time (14:05 GMT)",
    "term_copulas": "verbs after a quoted term that is its sentence's subject",
    "title_leads": "words before the title of a work",
    "title_nouns": "nouns before a title-cased quoted title (a report, a campaign)",
    "turn_conjunctions": "conjunctions before a second speaker",
    "work_frames": "naming frames for a titled work (the film): its title opens with a capital",
    "work_participles": "participles of making a work public, after its title ('published')",
    "work_prepositions": "prepositions before a work a cue's words are in (wrote in her column)",
    "verbish_words": "words ending like a verb that are not one",
    "voice_nouns": "nouns for a group's voice",
    "spokesperson_nouns": "nouns for someone who speaks for a body (spokesman)",
    "body_heads": "nouns for someone who heads a body and speaks for it (executive director)",
    "single_determiners": "determiners of one unnamed person (a, another)",
    "description_ends": "relative words that end an unnamed person's description (whose)",
}

#: The tables (``NAME.tsv``), each with its typed columns.
_TABLES = (
    Lexicon(
        "contraction_tails",
        "clitics of contractions and the words they stand for",
        columns=_pair("clitic", "the clitic after the apostrophe", "expansion", "the word"),
    ),
    Lexicon(
        "contractions",
        "contractions and their expansions",
        columns=_pair("contraction", "the short form", "expansion", "the long form"),
    ),
    Lexicon(
        "cue_verbs",
        "verbs and phrases that introduce speech, every inflection",
        columns=(
            Column("cue", "the cue as printed (a word or a phrase)"),
            Column("lemma", "its dictionary form"),
            Column("object", "takes a hearer or an object (told reporters)", flag=True),
            Column("particle", "the particle of a phrasal cue", optional=True),
        ),
    ),
    Lexicon(
        "html_elements",
        "HTML elements that clean() knows",
        columns=(
            Column("element", "the element's name"),
            Column("display", "what clean() makes of it", ("block", "cell", "inline", "dropped")),
        ),
    ),
    Lexicon(
        "name_particles",
        "particles inside names",
        columns=(
            Column("particle", "the particle"),
            Column("joins", "may join two capitalised words into one name", flag=True),
        ),
    ),
    Lexicon(
        "naming_frames",
        "words before a quote that present it as a name, a title or a text",
        columns=(
            Column("frame", "the words ending right before the opening mark"),
            Column("speech", "with a cue nearby, the quote is still speech", flag=True),
        ),
    ),
    Lexicon(
        "renaming_verbs",
        "verbs that give their object a quoted name (dubbed it, nicknamed him)",
        columns=(
            Column("verb", "the verb as printed"),
            Column("title", "the quoted name must be title-cased", flag=True),
        ),
    ),
    Lexicon(
        "gold_words",
        "the evaluation's own words, frozen apart from the parser's (what a gold mention names)",
        columns=_pair(
            "word", "the word, lower case", "groups", "the groups it is in, space-separated"
        ),
    ),
    Lexicon(
        "nations",
        "words that tie a descriptor to a country",
        columns=(
            Column("word", "adjective, demonym, country, capital or seat, lower case"),
            Column("country", "its code"),
            Column("kind", "what the word names", ("demonym", "country", "capital")),
        ),
    ),
    Lexicon(
        "places",
        "countries, continents and regions: a place, never a person (South Africa)",
        columns=(
            Column("place", "the place's name, lower case"),
            Column("kind", "what sort of place", ("country", "continent", "region")),
        ),
    ),
    Lexicon(
        "sexed_nouns",
        "nouns for a person that say the person's sex (mother, widower)",
        columns=_pair("noun", "the noun", "sex", "m or f"),
    ),
    Lexicon(
        "gender_pronouns",
        "pronouns after a subject's name that vote on its gender",
        columns=_pair("pronoun", "the pronoun", "gender", "m or f"),
    ),
    Lexicon(
        "given_names",
        "given names that say their bearer's sex (Hubert, Harriet); one printed alone that"
        " matches nobody names a person of its own",
        columns=(
            Column("name", "the given name, lower case"),
            Column("gender", "the sex it says", ("m", "f")),
        ),
    ),
    Lexicon(
        "short_given_names",
        "short forms of given names that the letters alone do not tie to the full name"
        " (Jim of James); two listed given names not tied are two people's",
        columns=_pair("short", "the short form, lower case", "full", "the full given name"),
    ),
    Lexicon(
        "marital_titles",
        "women's titles that say whether she is married (Mrs, Miss)",
        columns=_pair(
            "title", "the title, lower case, without its dot", "state", "married or unmarried"
        ),
    ),
    Lexicon(
        "number_words",
        "number words and their digits",
        columns=_pair("word", "the number in words", "digits", "the number in digits"),
    ),
    Lexicon(
        "transcript_labels",
        "labels that open a question-and-answer transcript's turns (Q:, A:)",
        columns=(
            Column("label", "the label, lower case, without its colon"),
            Column("role", "whose turn it opens", ("question", "answer")),
        ),
    ),
    Lexicon(
        "body_nouns",
        "a body's common noun and the last words of its names ('the company': Corp, Inc)",
        columns=_pair(
            "noun",
            "the noun after 'the'",
            "name_words",
            "last words of such names, spaced; a word marked * only after a plural",
        ),
    ),
    Lexicon(
        "party_names",
        "the party a capitalised party word or a party tag's letter names (GOP, R-Fla.)",
        columns=_pair("word", "the party word or tag letter", "party", "the party it names"),
    ),
    Lexicon(
        "document_renamings",
        "a document noun naming again one introduced by another ('the audit' after 'a report')",
        columns=_pair(
            "noun", "the noun after 'the'", "introduced_as", "nouns it may name again, spaced"
        ),
    ),
    Lexicon(
        "body_kinds",
        "a body's kind before its name ('retailer CartHub') and the nouns naming it again",
        columns=_pair(
            "kind", "the noun before the name", "nouns", "nouns after 'the' for it, spaced"
        ),
    ),
    Lexicon(
        "organizations",
        "organisations by their short names",
        columns=_pair("name", "a name as printed", "canonical", "the name it stands for"),
    ),
    Lexicon(
        "pronouns",
        "pronouns",
        columns=(
            Column("pronoun", "the pronoun"),
            Column(
                "case",
                "its case",
                ("subject", "object", "possessive", "relative", "demonstrative"),
            ),
            Column("person", "its person", ("1", "2", "3")),
            Column("gender", "its gender", ("female", "male", "neuter", "any")),
            Column("number", "its number", ("singular", "plural", "any")),
            Column("lenient", "a pronoun for the lenient measure", flag=True),
        ),
    ),
    Lexicon(
        "british_spellings",
        "British spellings and their American forms (breame 0.1.2, Apache 2.0)",
        columns=_pair("british", "a British spelling", "american", "its American spelling"),
    ),
    Lexicon(
        "plain_letters",
        "letters decomposition keeps whole, with the plain letter printed for each",
        columns=_pair("letter", "a letter, lower case", "plain", "the plain letter"),
    ),
    Lexicon(
        "spelling_variants",
        "spellings folded to one form",
        columns=_pair("variant", "a spelling", "form", "the form it folds to"),
    ),
    Lexicon(
        "titles",
        "titles and honorifics that stand before a name",
        columns=(
            Column("title", "the title, lower case, without its dot"),
            Column("gender", "the sex the title gives", ("female", "male", "any")),
            Column("abbreviation", "a short form whose dot ends no sentence", flag=True),
            Column(
                "kind",
                "what the title says of its bearer",
                (
                    "honorific",
                    "nobility",
                    "academic",
                    "office",
                    "rank",
                    "royal",
                    "religious",
                    "role",
                ),
            ),
            Column(
                "language", "the language it comes from", ("en", "fr", "ha", "hi", "ms", "ta", "yo")
            ),
        ),
    ),
    Lexicon(
        "self_references",
        "words after a cue that refer back to its subject as a body (said it had)",
        columns=(
            Column("link", "the words right after the cue"),
            Column("next", "the form of the word after them", ("any", "ed", "ing")),
        ),
    ),
    Lexicon(
        "office_kinds",
        "an office and the nouns for its kind that name its holder ('senator': 'lawmaker')",
        columns=_pair("office", "the office", "kinds", "the nouns for its kind, by spaces"),
    ),
    Lexicon(
        "office_equivalents",
        "a descriptor naming an office by what it is and the titles it stands for"
        " ('head of state': 'president, king, ...')",
        columns=_pair(
            "descriptor",
            "the descriptor's words after its article",
            "offices",
            "the titles, by commas",
        ),
    ),
    Lexicon(
        "heading_verbs",
        "verbs of a relative clause that give a role of leading ('heads': 'head leader chief')",
        columns=_pair(
            "verb",
            "the verb after who",
            "nouns",
            "the role nouns, by spaces (two words joined by an underscore)",
        ),
    ),
    Lexicon(
        "role_synonyms",
        "a descriptor's head noun, or a generic head and the word before it, and the title"
        " it stands for ('pontiff': 'pope', 'un chief': 'un secretary-general')",
        columns=_pair(
            "noun", "the descriptor's head noun, or its last two words", "title", "the title"
        ),
    ),
    Lexicon(
        "transliteration",
        "spelling rules applied in order before names are compared",
        columns=_pair("spelling", "letters as written", "replacement", "what they become"),
    ),
    Lexicon(
        "word_frequency",
        "how common each English word is in general (wordfreq 3.1.1, CC BY-SA 4.0)",
        columns=_pair(
            "word", "the word, lower case", "zipf", "log10 of its uses per billion words"
        ),
    ),
)

#: Every lexicon, by name: the one place where files and their columns are declared.
LEXICONS: Mapping[str, Lexicon] = {
    lex.name: lex
    for lex in sorted(
        (*(Lexicon(name, doc, columns=_LIST) for name, doc in _LISTS.items()), *_TABLES),
        key=lambda lex: lex.name,
    )
}


def parse(
    text: str, lexicon: Lexicon, *, source: str = "<lexicon>"
) -> tuple[dict[str, Value], ...]:
    """The rows of ``text``, the content of a file of ``lexicon``, checked against its columns.

    Raises :class:`LexiconError` naming ``source`` and the line of a bad row.

    >>> parse("# a comment\\nframe\\tspeech\\ndubbed\\tmaybe\\n", LEXICONS["naming_frames"])
    Traceback (most recent call last):
    ...
    quoteverify.lexicons.LexiconError: <lexicon>:3: column 'speech' takes yes or no, not 'maybe'
    """
    columns = lexicon.columns
    header: list[str] | None = None if lexicon.table else [c.name for c in columns]
    out: list[dict[str, Value]] = []
    for number, line in enumerate(text.splitlines(), 1):
        content = line.split("#", 1)[0].rstrip()
        if not content.strip():
            continue
        cells = [cell.strip() for cell in content.split("\t")]
        if header is None:
            header = cells
            expected = [c.name for c in columns]
            if header != expected:
                raise LexiconError(
                    f"the header row must be {'<TAB>'.join(expected)!r}, "
                    f"not {'<TAB>'.join(header)!r}",
                    source=source,
                    line=number,
                )
            continue
        if len(cells) < len(columns) and all(c.optional for c in columns[len(cells) :]):
            cells += [""] * (len(columns) - len(cells))  # empty optional cells at the end
        if len(cells) != len(columns):
            raise LexiconError(
                f"a row needs {len(columns)} tab-separated cells, not {len(cells)}",
                source=source,
                line=number,
            )
        try:
            row = {c.name: c.read(cell) for c, cell in zip(columns, cells, strict=True)}
        except ValueError as err:
            raise LexiconError(str(err), source=source, line=number) from None
        out.append(row)
    return tuple(out)


def _lexicon(name: str) -> Lexicon:
    try:
        return LEXICONS[name]
    except KeyError:
        raise LexiconError(f"no lexicon is called {name!r}") from None


@functools.cache
def rows(name: str) -> tuple[Mapping[str, Value], ...]:
    """The checked rows of lexicon ``name``, each a mapping of column name to value."""
    lexicon = _lexicon(name)
    resource = resources.files(__name__).joinpath(lexicon.filename)
    text = resource.read_text(encoding="utf-8")
    return parse(text, lexicon, source=f"quoteverify/lexicons/{lexicon.filename}")


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of lexicon ``name`` (its first column, lower-cased) in file order.

    >>> entries("stem_suffixes")[:2]
    ('ing', 'ed')
    """
    key = _lexicon(name).columns[0].name
    return tuple(dict.fromkeys(str(row[key]).lower() for row in rows(name)))


@functools.cache
def load(name: str) -> frozenset[str]:
    """The entries of lexicon ``name`` as a set."""
    return frozenset(entries(name))


@functools.cache
def load_table(name: str) -> dict[str, str]:
    """Lexicon ``name`` as a mapping of its first column to its second, in file order.

    >>> load_table("nations")["kremlin"]
    'RU'
    """
    first, second = (c.name for c in _lexicon(name).columns[:2])
    return {str(row[first]).lower(): str(row[second]) for row in rows(name)}


@functools.cache
def select(name: str, **where: Value) -> frozenset[str]:
    """The keys (first column, lower-cased) of the rows of ``name`` matching ``where``.

    >>> sorted(select("html_elements", display="cell"))
    ['td', 'th']
    """
    lexicon = _lexicon(name)
    known = {c.name for c in lexicon.columns}
    unknown = sorted(set(where) - known)
    if unknown:
        raise LexiconError(f"lexicon {name!r} has no column {unknown[0]!r}")
    key = lexicon.columns[0].name
    found = (row for row in rows(name) if all(row[k] == v for k, v in where.items()))
    return frozenset(str(row[key]).lower() for row in found)


def markdown() -> str:
    """The lexicons and their columns as a Markdown table (``docs/lexicons.md`` prints it)."""
    lines = ["| lexicon | file | holds | columns |", "| --- | --- | --- | --- |"]
    for lex in LEXICONS.values():
        cols = "; ".join(f"`{c.name}` ({c.type_name}): {c.doc}" for c in lex.columns)
        lines.append(f"| `{lex.name}` | `{lex.filename}` | {lex.doc} | {cols} |")
    return "\n".join(lines) + "\n"


@functools.cache
def load_zipf(name: str = "word_frequency") -> dict[str, float]:
    """A word-frequency table (``word``, ``zipf``): word -> Zipf value (0 to 8).

    The shipped ``word_frequency`` table (its header gives its source and licence,
    CC BY-SA 4.0) says how common an English word is in general, so that words can
    be weighed by how informative they are when no corpus is at hand.

    >>> table = load_zipf()
    >>> table["the"] > table["summit"] > table["ceasefire"] > 0
    True
    """
    return {word: float(zipf) for word, zipf in load_table(name).items()}
