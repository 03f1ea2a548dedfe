"""The attribution rules as a table: one :class:`Rule` a row, tried in order of priority.

:func:`.attribution.attribute` reads a quote's speaker and cue by trying the
rows of :data:`RULES` from the lowest ``priority`` to the highest; the first
row that applies to the quote's kind and whose ``find`` returns an attribution
wins. Each row carries its own examples: short sentences with the speaker and
cue the row must find there, run as tests, and printed on the documentation
page ``docs/attribution-rules.md``, which :func:`markdown` writes
(``python -m quoteverify.speakers.rules --markdown``).

>>> [rule.name for rule in RULES][:3]
['document-author', 'split-quote', 'transcript-name']
>>> quote, rule, found = fired("“We will try,” the mayor said.")[0]
>>> rule.name, found.mention.text, found.cue.rule
('after-quote', 'the mayor', 'quote-X-said')
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import attrs

from ..config import Config, resolve_config
from ..model import Quote, QuoteKind
from ..text.sentences import StopIndex
from ..text.spans import extract_with_paragraphs
from .attribution import (
    Attribution,
    Site,
    _attribute_one,
    attribute_rows,
    find_after_quote,
    find_cleft_after,
    find_colon_name,
    find_continuation,
    find_cue_before,
    find_cue_closes_sentence,
    find_cue_later,
    find_dash_paragraph,
    find_echo_sentence,
    find_framing_paragraph,
    find_framing_sentence,
    find_lead_in,
    find_named_after,
    find_nested_cue,
    find_next_sentence,
    find_previous_sentence,
    find_previous_sentence_far,
    find_pronoun_owner,
    find_split_quote,
    find_transcript_name,
    find_unclosed_cue,
    find_verb_before,
    find_view_frame,
    never_attributed,
)
from .documents import document_author, poll_of, sender_of
from .mentions import PhraseKind
from .turns import TURN_RULES, TurnExample

__all__ = [
    "RULES",
    "Candidate",
    "Choice",
    "Example",
    "Rule",
    "by_priority",
    "candidates",
    "fired",
    "markdown",
    "turn_example_tail",
]

SPEECH = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})
ANY = frozenset(QuoteKind)
NON_SPEECH = frozenset({QuoteKind.NON_SPEECH})


@attrs.frozen(kw_only=True)
class Example:
    """A sentence of our own and what its rule must find there.

    ``speaker`` and ``cue`` are the words of the text that the rule returns as
    the speaker mention and the cue; ``cue_rule`` the name written on the
    :class:`~quoteverify.model.Cue`; ``quote`` which quote of the text (the
    last by default).
    """

    text: str
    speaker: str
    cue: str
    cue_rule: str
    quote: int = -1


@attrs.frozen(kw_only=True)
class Rule:
    """One row of the attribution table.

    ``priority`` orders the table (the lowest is tried first), ``applies_to``
    names the quote kinds the rule is tried on, ``confidence`` is the highest
    confidence its cues carry, ``cues`` the names its cues may carry,
    ``find`` reads one quote (a :class:`.attribution.Site`) and returns an
    :class:`.attribution.Attribution` or ``None``, and ``examples`` show it
    firing (a rule without one fails the tests). ``reads_beside`` marks a rule
    that needs a word beside the quote (its cue): it is skipped for a quote with
    none within reach (``attribution._wordless``).
    """

    name: str
    priority: int
    applies_to: frozenset[QuoteKind]
    confidence: float
    find: Callable[[Site], Attribution | None] = attrs.field(repr=False)
    examples: tuple[Example, ...] = attrs.field(repr=False)
    cues: tuple[str, ...] = attrs.field(repr=False)
    doc: str = attrs.field(repr=False)
    reads_beside: bool = attrs.field(default=False, kw_only=True)


_BEFORE_CUES = (
    "colon-lead-in",
    "X-said-quote",
    "said-X-quote",
    "according-to-X",
    "participle-subject",
    "X's-words-quote",
)
_LATER_CUES = ("quote-then-X-said", "quote-then-said-X")
_HEADLINE_CUES = ("headline-name-colon", "headline-verb")

RULES: tuple[Rule, ...] = (
    Rule(
        name="split-quote",
        priority=10,
        applies_to=ANY,
        confidence=0.85,
        find=find_split_quote,
        cues=("split-quote",),
        doc="The second part of a quote split by its cue keeps the speaker of the first part.",
        examples=(
            Example(
                text="“Not today,” said Ana Ruiz, shrugging, “maybe next week.”",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="split-quote",
            ),
            Example(
                text="“Not today,” said Ana Ruiz, getting up   “I have a train.”",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="split-quote",
            ),
            Example(
                text="“Not today,” said Ana Ruiz, tapping her watch “for I have a train.”",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="split-quote",
            ),
            # The person spoken to between the speaker and the aside's comma.
            Example(
                text="“Not today,” said Ana Ruiz to her son, tapping her watch “for I am late.”",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="split-quote",
            ),
        ),
    ),
    Rule(
        name="transcript-name",
        priority=20,
        applies_to=ANY,
        confidence=0.8,
        find=find_transcript_name,
        cues=("transcript-name",),
        doc="A transcript names its speaker in capitals and a colon inside the quote.",
        examples=(
            Example(
                text="“HALE: Thank you all for coming tonight.”",
                speaker="HALE",
                cue=":",
                cue_rule="transcript-name",
            ),
        ),
    ),
    Rule(
        name="unclosed-cue",
        priority=22,
        applies_to=SPEECH,
        confidence=0.9,
        find=find_unclosed_cue,
        cues=("quote-said-X", "quote-X-said"),
        doc=(
            "A quote whose closing mark was lost before its cue (the parser closed it at"
            " its sentence or paragraph end): the cue after a comma inside it names the"
            " speaker; the span is left as the parser found it."
        ),
        examples=(
            Example(
                text="“The ferry runs twice a day, said Ivo Brandt, the harbour master.",
                speaker="Ivo Brandt",
                cue="said",
                cue_rule="quote-said-X",
            ),
            Example(
                text='The vote was close. "We counted every ballot twice, the clerk said.',
                speaker="the clerk",
                cue="said",
                cue_rule="quote-X-said",
            ),
        ),
    ),
    Rule(
        name="nested-cue",
        priority=25,
        applies_to=SPEECH,
        confidence=0.85,
        find=find_nested_cue,
        cues=_BEFORE_CUES,
        doc=(
            "A quote inside another quote, right after a cue in the outer quote's words, "
            "is said by that cue's subject, not by the outer speaker (a speaker quoting "
            "themself, *I told him*, keeps the outer quote's speaker, whatever cue follows "
            "the inner quote); a time phrase may stand "
            "between the cue and the quote (*as Ana said last week, '...'*, after a pronoun "
            "object too: *told me last week, '...'*); a *he* or *she* opening the inner cue "
            "is the outer speaker's own relation named before it in the outer quote with "
            "no name between (*My dad was a welder. He told me, '...'*: *My dad*), and a cue with "
            'no subject that opens a partial quote (*X said Y stopped her "and said, '
            "'...'\"*) has the subject of the clause the narration reports."
        ),
        examples=(
            Example(
                text="“My aunt always told me ‘never give up’, and I never did,” said Omar Haddad.",
                speaker="My aunt",
                cue="told",
                cue_rule="X-said-quote",
                quote=1,
            ),
            Example(
                text="“My gran ran a café. She told me ‘feed them first’,” said Omar Haddad.",
                speaker="My gran",
                cue="told",
                cue_rule="X-said-quote",
                quote=1,
            ),
            Example(
                text="Lina Osei said: “The guard shouted ‘get out now’ and we ran.”",
                speaker="The guard",
                cue="shouted",
                cue_rule="X-said-quote",
                quote=1,
            ),
            # A partial quote opening on a cue with no subject goes on the clause the
            # narration reports: that clause's subject speaks the inner quote.
            Example(
                text="Ana Ruiz said Tom Hale came up to her “and said, ‘we will fix the roof.’”",
                speaker="Tom Hale",
                cue="said",
                cue_rule="X-said-quote",
                quote=1,
            ),
            # The outer speaker quoting themself keeps the quote, though a cue of
            # another person's follows it.
            Example(
                text="“She looked up. I asked ‘are you sure?’ She says ‘yes.’” Hill said.",
                speaker="Hill",
                cue="asked",
                cue_rule="X-said-quote",
                quote=1,
            ),
            # A time phrase may stand between the inner cue and its quote.
            Example(
                text=(
                    "“As Kay Lund wrote last Monday morning, ‘the river keeps its own time,’” "
                    "Ana Ruiz said."
                ),
                speaker="Kay Lund",
                cue="wrote",
                cue_rule="X-said-quote",
                quote=1,
            ),
            Example(
                text=(
                    "“Then the captain said: ‘Nobody leaves the ship.’ So we stayed,” Ito recalled."
                ),
                speaker="the captain",
                cue="said",
                cue_rule="colon-lead-in",
                quote=1,
            ),
            # An excerpt over several paragraphs: the mark that reopens it on a new
            # paragraph is not part of the sentence whose subject speaks.
            Example(
                text=(
                    'Mina Varga wrote in the Harbour Gazette:\n\n"The vote was close.\n\n'
                    '"Councillor Ivo Brant mocked the plan as too timid and said, “We '
                    'should have gone further.”"'
                ),
                speaker="Councillor Ivo Brant",
                cue="said",
                cue_rule="participle-subject",
                quote=1,
            ),
        ),
    ),
    Rule(
        name="lead-in",
        reads_beside=True,
        priority=30,
        applies_to=ANY,
        confidence=0.85,
        find=find_lead_in,
        cues=_BEFORE_CUES,
        doc="A cue and its subject right before the comma or colon that opens the quote.",
        examples=(
            # A participle phrase between the subject and its cue: its object is the
            # hearer, the subject before it speaks.
            Example(
                text="A harbour official speaking to the Gazette said, “The pier is unsafe.”",
                speaker="A harbour official",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A word for an utterance as the object of the sentence a colon ends: its
            # subject speaks, not whom the words are for.
            Example(
                text="Ivo Brant had a blunt warning for the harbour board: “Dredge it or lose it.”",
                speaker="Ivo Brant",
                cue="had a blunt warning",
                cue_rule="colon-lead-in",
            ),
            # An apposition that lost its closing comma: the name it follows speaks,
            # not the body named at the end of the role.
            Example(
                text=(
                    "Ana Lisle, president and CEO of Kent Hotel Association stated, “It is "
                    "not a political problem.”"
                ),
                speaker="Ana Lisle",
                cue="stated",
                cue_rule="X-said-quote",
            ),
            # An opening phrase with a comma inside it: the subject is the phrase a verb
            # follows, not the name inside the opening phrase.
            Example(
                text=(
                    "In a long, frank interview with reporter Tom Hale last week, Brant said "
                    "he would stay and added, “I am not going anywhere.”"
                ),
                speaker="Brant",
                cue="added",
                cue_rule="participle-subject",
            ),
            Example(
                text="The coach told the team: “Run until you drop.”",
                speaker="The coach",
                cue="told",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="Tom Hale said, “We will build it.”",
                speaker="Tom Hale",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A headline naming its speaker, then a verb or "on", then the colon.
            Example(
                text="Nell Ward Praises Harbour Master Ivo Brant: “A Steady Hand.”",
                speaker="Nell Ward",
                cue="Praises",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="Farm Union Chief on the New Levy: “We Will Not Pay It.”",
                speaker="Farm Union Chief",
                cue="on",
                cue_rule="colon-lead-in",
            ),
            # The phrase before the colon is the verb's object: the subject speaks.
            Example(
                text="She then addressed the supporters again: “We will win this.”",
                speaker="She",
                cue="addressed",
                cue_rule="colon-lead-in",
            ),
            # ... past an apposition between the subject and its verb.
            Example(
                text=(
                    "Ana Ruiz, of Dover, delivered a blunt message to Hale: “It is time to stop.”"
                ),
                speaker="Ana Ruiz",
                cue="delivered",
                cue_rule="colon-lead-in",
            ),
            # ... and when the name before the colon is whom the words were said to
            # (*to* and a determiner up to four words before it), whatever the verb.
            Example(
                text=(
                    "Ana Ruiz laid out her case to the weekly paper Harbour Times: "
                    "“We will not stop.”"
                ),
                speaker="Ana Ruiz",
                cue="laid",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="Tom Hale sent word to Ana Ruiz: “The ferry sails at noon.”",
                speaker="Tom Hale",
                cue="sent",
                cue_rule="colon-lead-in",
            ),
            # An infinitive cue right before the quote: the sentence's subject speaks.
            Example(
                text="The farm columnist went so far as to say: “Farming as we know it is over.”",
                speaker="The farm columnist",
                cue="say",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="Ana Ruiz took to the radio to warn, “The river always wins.”",
                speaker="Ana Ruiz",
                cue="warn",
                cue_rule="X-said-quote",
            ),
            # A question-and-answer transcript's answer label, alone before the colon
            # at a line's start, after a question's label: the mention the registry
            # gives the person the piece is about (``transcript_labels.tsv``).
            Example(
                text="Ada Okon has kept the lighthouse since 1990.\n\nQ: “Any wrecks?”"
                "\n\nA: “Never a wreck.”",
                speaker="A",
                cue=":",
                cue_rule="colon-lead-in",
            ),
            # A question's label: the interviewer the lead names after a frame of
            # ``interviewer_frames.txt`` (*spoke with*, *talked to*).
            Example(
                text="Ada Okon spoke with reporter Jo Kay at the lighthouse.\n\n"
                "Q: “Any wrecks?”\n\nA: “Never a wreck.”",
                speaker="Jo Kay",
                cue=":",
                cue_rule="colon-lead-in",
                quote=0,
            ),
        ),
    ),
    Rule(
        name="after-quote",
        reads_beside=True,
        priority=40,
        applies_to=ANY,
        confidence=0.9,
        find=find_after_quote,
        cues=(
            "quote-colon-X",
            "quote-dash-X",
            "quote-was-X's-words",
            "quote-said-X",
            "quote-verbed-X",
            "quote-X-said",
            "quote-X-verbed",
        ),
        doc=(
            "A cue and a speaker right after the quote: *said X*, *X said*, a dash and a "
            "name, a possessive (*was Hale's reply*). A non-speech span takes only "
            "*said X* and *X said*. The name may open with its particles in lower case "
            "(*de Villepin said*) and end in a suffix with its full stop (*Jr. said*)."
        ),
        examples=(
            # Two titles joined by "and" before the name: the name, not the first title.
            Example(
                text=(
                    "“He is doing it again,” said former Kent Gov. and Liberal Party "
                    "Chairman Ed Rendle."
                ),
                speaker="Liberal Party Chairman Ed Rendle",
                cue="said",
                cue_rule="quote-said-X",
            ),
            # One person's two roles joined by "and", the second ending in a noun.
            Example(
                text=(
                    "“It was avoidable,” said panel member and award-winning Kelby "
                    "chemist Imogen Vale."
                ),
                speaker="Imogen Vale",
                cue="said",
                cue_rule="quote-said-X",
            ),
            Example(
                text="“The bridge stays shut,” said Mayor Jo Kay.",
                speaker="Mayor Jo Kay",
                cue="said",
                cue_rule="quote-said-X",
            ),
            Example(
                text="“The bridge stays shut,” the engineer said.",
                speaker="the engineer",
                cue="said",
                cue_rule="quote-X-said",
            ),
            # A surname spelled as a word the mention reader skips, once the text has
            # printed it as the last word of a name.
            Example(
                text=(
                    "The talks were led by banker Ned From. “We never had the votes,” From said."
                ),
                speaker="From",
                cue="said",
                cue_rule="quote-X-said",
            ),
            # A descriptor the lexicons do not know keeps a complement that names someone.
            Example(
                text="“Short talks tell us little,” said a 2019 paper in the journal Hiring Today.",
                speaker="a 2019 paper in the journal Hiring Today",
                cue="said",
                cue_rule="quote-said-X",
            ),
            # A descriptor stops at its cue, before a role word in the object ("People").
            Example(
                text="“My guilty pleasure is the news,” the billionaire shop mogul told People.",
                speaker="the billionaire shop mogul",
                cue="told",
                cue_rule="quote-X-said",
            ),
            # An owner's words: a titled name of up to three words before the 's.
            Example(
                text="“Not before the spring,” was Dr. Ines Kalb’s careful answer.",
                speaker="Dr. Ines Kalb",
                cue="was Dr. Ines Kalb’s",
                cue_rule="quote-was-X's-words",
            ),
            Example(
                text="“Keep calm and bake.” – Nell Ward",
                speaker="Nell Ward",
                cue="–",
                cue_rule="quote-dash-X",
            ),
            # A surname opened by its particles in lower case, read whole.
            Example(
                text="“The port will be rebuilt,” de Villepin said.",
                speaker="de Villepin",
                cue="said",
                cue_rule="quote-X-said",
            ),
            # The full stop of a name's suffix ends no sentence before the cue.
            Example(
                text="“The mill stays open,” Hollis Grant Jr. said.",
                speaker="Hollis Grant Jr",
                cue="said",
                cue_rule="quote-X-said",
            ),
        ),
    ),
    Rule(
        name="cleft-after",
        priority=45,
        applies_to=SPEECH,
        confidence=0.8,
        find=find_cleft_after,
        cues=("quote-it-was-X",),
        doc=(
            "A cleft sentence right after the quote puts its speaker forward: *It was X "
            "who spoke*, in the quote's paragraph or opening the next."
        ),
        examples=(
            Example(
                text="“The gate was open.” It was Ivo Brandt who spoke.",
                speaker="Ivo Brandt",
                cue="spoke",
                cue_rule="quote-it-was-X",
            ),
            Example(
                text="“Is anyone there?”\n\nIt was Nell Hardy who called out, her lamp raised.",
                speaker="Nell Hardy",
                cue="called out",
                cue_rule="quote-it-was-X",
            ),
        ),
    ),
    Rule(
        name="dash-paragraph",
        priority=50,
        applies_to=SPEECH,
        confidence=0.75,
        find=find_dash_paragraph,
        cues=("quote-dash-X",),
        doc=(
            "The paragraph after the quote is a dash and a name, a byline of the quote "
            "(not of a fragment whose own sentence names its speaker with a cue: the "
            "dash line then credits the story to an outlet or a reporter)."
        ),
        examples=(
            Example(
                text="“Every village deserves a library.”\n\n– Priya Nair, at the opening",
                speaker="Priya Nair",
                cue="–",
                cue_rule="quote-dash-X",
            ),
        ),
    ),
    Rule(
        name="headline-fragment",
        priority=60,
        applies_to=NON_SPEECH,
        confidence=0.7,
        find=Site.headline,
        cues=_HEADLINE_CUES,
        doc=(
            "A non-speech span in a headline takes the speaker that the headline names "
            "(*Name: ...*, a title-case subject and verb)."
        ),
        examples=(
            Example(
                text="Hale Rips ‘Waffle’ in Rival Plan",
                speaker="Hale",
                cue="Rips",
                cue_rule="headline-verb",
            ),
            # An adverb or an auxiliary between the subject and the verb (lexicons
            # headline_adverbs.txt and auxiliaries.txt).
            Example(
                text="Nell Ward Just Shared This ‘Quiet Warning’ About The Pier\n\nThe end.",
                speaker="Nell Ward",
                cue="Shared",
                cue_rule="headline-verb",
            ),
        ),
    ),
    Rule(
        name="cue-closes-sentence",
        reads_beside=True,
        priority=70,
        applies_to=ANY,
        confidence=0.7,
        find=find_cue_closes_sentence,
        cues=_LATER_CUES,
        doc=(
            "A short cue clause after a comma closes the quote's sentence: the whole "
            'sentence is reported speech (*took a "shortcut" in its audit, Roe has said.*).'
        ),
        examples=(
            Example(
                text="The plan was “a gamble” with public money, the auditor said.",
                speaker="the auditor",
                cue="said",
                cue_rule="quote-then-X-said",
            ),
        ),
    ),
    Rule(
        name="cue-before",
        reads_beside=True,
        priority=80,
        applies_to=ANY,
        confidence=0.85,
        find=find_cue_before,
        cues=_BEFORE_CUES,
        doc=(
            'A cue earlier in the quote\'s sentence and its subject (*X said that "..."*, '
            "*according to X*); a non-speech span takes it only at a confidence of 0.6 or more."
        ),
        examples=(
            # Two clauses, each a speaker described by a relative clause, a cue and a
            # quote: the second quote's subject is the second clause's, not a name read
            # back past the first quote.
            Example(
                text=(
                    "Ana Ruiz, who chairs the Harbour Trust, said “the quay is safe” and Tom "
                    "Hale, who runs the ferries, said “we will add two sailings.”"
                ),
                speaker="Tom Hale",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A role and a name after a possessive that opens the second clause: the
            # person named speaks.
            Example(
                text="Ana Ruiz said “yes” and her rival Tom Hale said “never.”",
                speaker="rival Tom Hale",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A body owned by a place and described by lower-case words before its
            # noun (lexicons/body_nouns.tsv) is the subject, as printed.
            Example(
                text="Velmar’s transport ministry said the rise was “hard on every driver.”",
                speaker="Velmar’s transport ministry",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A source that quotes somebody "as saying" passes on that person's words
            # (lexicons/quoting_verbs.txt).
            Example(
                text="The Harbour Times quoted Ana Ruiz as saying the ferry was “never safe.”",
                speaker="Ana Ruiz",
                cue="saying",
                cue_rule="X-said-quote",
            ),
            # A partial in the clause a verb of saying reports is the reporter's, a time
            # phrase between the verb and "that" or not, not the clause's subject's.
            Example(
                text="Ana Ruiz said on Monday that the owners had agreed to “a fair rent.”",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="X-said-quote",
            ),
            Example(
                text="Ana Ruiz added that the owners expected the board to set “a fair rent.”",
                speaker="Ana Ruiz",
                cue="added",
                cue_rule="X-said-quote",
            ),
            # A cue in the passive speaks for the agent that "by" names after the quote.
            Example(
                text="The levy was described as “daylight robbery” by Tom Hale.",
                speaker="Tom Hale",
                cue="described",
                cue_rule="X-said-quote",
            ),
            # A quote inside a subordinate clause that opens the sentence is what that
            # clause's cue takes, not the main clause's after it
            # (lexicons/fronted_subordinators.txt).
            Example(
                text=(
                    "Even as Ivo Brant claimed on Monday that “the port is safe,” a former "
                    "inspector said the two reports were quite different."
                ),
                speaker="Ivo Brant",
                cue="claimed",
                cue_rule="X-said-quote",
            ),
            # A participle after a quote that closed the clause, behind a filler word
            # ("were"), has the sentence's subject, not the name before the filler.
            Example(
                text=(
                    "Ana Ruiz told the board that fears about firms like Acme were "
                    "“overblown,” adding that Acme had “a bright future.”"
                ),
                speaker="Ana Ruiz",
                cue="adding",
                cue_rule="participle-subject",
                quote=1,
            ),
            # A cue set off by commas after the sentence's first phrase names the speaker
            # of the sentence, not the phrase it interrupts.
            Example(
                text=(
                    "The real problem, said Ana Ruiz, is that the council has been “asleep "
                    "for years.”"
                ),
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="said-X-quote",
            ),
            # ... with one word only between the aside and the quote.
            Example(
                text="The levy, said Ana Ruiz, is “a tax on the poor.”",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="said-X-quote",
            ),
            # A possessive before a title in quotes owns the title, not the participle
            # after it: the participle has the sentence's subject.
            Example(
                text=(
                    "Former mayor Tom Hale trashed the inspector on Kent FM’s “Morning "
                    "Show,” calling it a “no-brainer” to sack him."
                ),
                speaker="Former mayor Tom Hale",
                cue="calling",
                cue_rule="participle-subject",
                quote=1,
            ),
            # A cleft opening the sentence puts the participle's speaker forward, not
            # "it" (lexicons/cleft_openers.txt).
            Example(
                text="It was the mayor standing on the quay and shouting “stay back.”",
                speaker="the mayor",
                cue="shouting",
                cue_rule="participle-subject",
            ),
            # A name after "to" is the one written or spoken to: the participle after it
            # has the sentence's subject (lexicons/nominal_before.txt).
            Example(
                text="Ana Ruiz sent a note to Tom Hale asking for “a fair hearing” on the levy.",
                speaker="Ana Ruiz",
                cue="asking",
                cue_rule="participle-subject",
            ),
            # A quote in the "that" clause of a speech noun is its named owner's.
            Example(
                text="The minister rejected a claim by Tom Hale that she was “out of touch”.",
                speaker="Tom Hale",
                cue="claim",
                cue_rule="X's-words-quote",
            ),
            Example(
                text="The minister dismissed Hale's warning that the dam was “about to go”.",
                speaker="Hale",
                cue="warning",
                cue_rule="X's-words-quote",
            ),
            Example(
                text="Tom Hale said the deal was “dead in the water” after the vote.",
                speaker="Tom Hale",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # The subject of a clause reported by a cue before it speaks, when the
            # clause has its own cue: a noun the lexicons need not know.
            Example(
                text="Nell Ward said the bailiff had shouted “Open the door!” twice.",
                speaker="the bailiff",
                cue="shouted",
                cue_rule="X-said-quote",
            ),
            Example(
                text="According to the harbour master, the tide was “higher than ever”.",
                speaker="the harbour master",
                cue="According to",
                cue_rule="according-to-X",
            ),
            # A short aside between the subject and its cue.
            Example(
                text=(
                    "Nell Ward in her closing speech called the new fees “a tax on the young” "
                    "and sat down."
                ),
                speaker="Nell Ward",
                cue="called",
                cue_rule="X-said-quote",
            ),
            # A finding reported as such ("found that", lexicons/cue_verbs.tsv).
            Example(
                text="In 2019 the Farm Trust found that “most growers” expect a loss.",
                speaker="the Farm Trust",
                cue="found that",
                cue_rule="X-said-quote",
            ),
            # A cue in the passive: the agent after "by" speaks.
            Example(
                text=(
                    "The lifeguard was praised by the coroner for “great presence of mind” "
                    "at the lake."
                ),
                speaker="the coroner",
                cue="praised",
                cue_rule="X-said-quote",
            ),
            # A participle's subject: the name that opens the sentence, past its apposition.
            Example(
                text=(
                    "And then Nell Ward, the new head of the guild, went on the attack, "
                    "saying the fee was “a scandal.”"
                ),
                speaker="Nell Ward",
                cue="saying",
                cue_rule="participle-subject",
            ),
            # A sentence opened by a past participle and its phrase: the subject follows it.
            Example(
                text=(
                    "Reached by phone on Monday, Brant denied the report, explaining that "
                    "he had been “away all week.”"
                ),
                speaker="Brant",
                cue="explaining",
                cue_rule="participle-subject",
            ),
            # A subject that a determiner opens, before a comma and the participle.
            Example(
                text=(
                    "A club official later walked back the remarks, saying that Hale "
                    "“did not mean it.”"
                ),
                speaker="A club official",
                cue="saying",
                cue_rule="participle-subject",
            ),
            # A participle after a clause opened by "when", "where", "as": that clause's subject.
            Example(
                text=(
                    "Hale spoke at the town hall in Dover, when Roe's fans interrupted her "
                    "speech, shouting “she wins, we lose!”"
                ),
                speaker="Roe's fans",
                cue="shouting",
                cue_rule="participle-subject",
            ),
            Example(
                text=(
                    "It was a blow from the two leading women of the party, as Ann Roe "
                    "echoed the charge, saying Hale “is not in it for the town.”"
                ),
                speaker="Ann Roe",
                cue="saying",
                cue_rule="participle-subject",
            ),
            # A body's description, then a relative clause opened by "which".
            Example(
                text=(
                    "Ana Ruiz called the levy “fair,” while the union, which speaks for "
                    "the crews, said it was “a tax on work.”"
                ),
                speaker="the union",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A person's name before an unlisted verb is no body before a role.
            Example(
                text="Priya Nair met Tom Hale at the quay, saying “the deal is close.”",
                speaker="Priya Nair",
                cue="saying",
                cue_rule="participle-subject",
            ),
            # A role and its verb before a name: the role's bearer is the subject.
            Example(
                text="The new mayor met Tom Hale at the quay, saying “the deal is close.”",
                speaker="The new mayor",
                cue="saying",
                cue_rule="participle-subject",
            ),
            # A verb of perception and its object: the object acts, then speaks.
            Example(
                text=(
                    "Old hands still recall Mayor Ida Lund touring the docks in 1988, "
                    "promising the crews “a berth for every boat.”"
                ),
                speaker="Mayor Ida Lund",
                cue="promising",
                cue_rule="participle-subject",
            ),
            Example(
                text=(
                    "Inspectors heard several angry tenants shouting “fix the heating!” "
                    "outside the office."
                ),
                speaker="several angry tenants",
                cue="shouting",
                cue_rule="X-said-quote",
            ),
            # A possessive name right before the quote and a speech noun right after it.
            Example(
                text="Tom Hale’s “sixty percent” remark was nearly as harsh as the rest.",
                speaker="Tom Hale",
                cue="remark",
                cue_rule="X's-words-quote",
            ),
            # A quote between two dashes is an aside: the cue after it is the sentence's.
            Example(
                text=(
                    "Tom Hale lamented her habit of gaffes - “why give them so much to use?” "
                    "- Voters in Dover said they were calm."
                ),
                speaker="Tom Hale",
                cue="lamented",
                cue_rule="X-said-quote",
            ),
            # "with X" and a participle cue: X speaks (cue verbs have their -ing forms).
            Example(
                text="Rivals were quick to pile on, with Tom Hale tweeting that it was a “mess.”",
                speaker="Tom Hale",
                cue="tweeting",
                cue_rule="X-said-quote",
            ),
            # A subject, then a relative clause opened by "who", then the cue.
            Example(
                text=(
                    "A city official who spoke on condition of anonymity said the plan was "
                    "“dead in the water.”"
                ),
                speaker="A city official",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # A cue right before the quote outranks an unknown verb after it.
            Example(
                text=(
                    "As Dover gets ready for what Ana Ruiz called “the loudest year in "
                    "memory,” the former mayor is intrigued."
                ),
                speaker="Ana Ruiz",
                cue="called",
                cue_rule="X-said-quote",
            ),
            # A cue that takes an object ("called the trust") names no speaker after it.
            Example(
                text="Ana Ruiz is also reported to have called the Dover Trust “a closed shop.”",
                speaker="Ana Ruiz",
                cue="reported",
                cue_rule="X-said-quote",
            ),
            # A cue after the quote that leads in the next quote: after a question, or
            # before a colon.
            Example(
                text="Ruiz replies to Hale with, “Why now? Why me?” Hale then writes back, “Fine.”",
                speaker="Ruiz",
                cue="replies",
                cue_rule="X-said-quote",
                quote=0,
            ),
            Example(
                text=(
                    "After Roe said that pupils do better at “smaller schools,” Hale said: "
                    "“I do not like it.”"
                ),
                speaker="Roe",
                cue="said",
                cue_rule="X-said-quote",
                quote=0,
            ),
            # A participle clause after the quote ("telling", "naming"): the words after
            # the participle are its object, the speaker is the subject before the quote.
            Example(
                text="Ana Ruiz said the town must keep its “old friends,” chiefly naming Dover.",
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="X-said-quote",
            ),
            Example(
                text=(
                    "Tom Hale said he backs the “quiet majority,” telling the Harbour Post "
                    "that he will run."
                ),
                speaker="Tom Hale",
                cue="said",
                cue_rule="X-said-quote",
            ),
            # The owner of the words, with modifiers before the speech noun.
            Example(
                text=(
                    "Yet Ana Ruiz’s most explosive claim is that the board is “a closed shop” "
                    "run by friends."
                ),
                speaker="Ana Ruiz",
                cue="claim",
                cue_rule="X's-words-quote",
            ),
            # A speech noun that tells whose words a reported claim is (issue 14's
            # roles): the owner, not the subject of the clause after "that".
            Example(
                text=(
                    "Tom Hale’s accusation that Ana Ruiz is hiding “the real costs” of the "
                    "bridge angered the council."
                ),
                speaker="Tom Hale",
                cue="accusation",
                cue_rule="X's-words-quote",
            ),
            Example(
                text="Ana Ruiz’s dictum to new staff was, “Never sign what you have not read.”",
                speaker="Ana Ruiz",
                cue="dictum",
                cue_rule="X's-words-quote",
            ),
        ),
    ),
    Rule(
        name="headline",
        priority=90,
        applies_to=SPEECH,
        confidence=0.7,
        find=Site.headline,
        cues=_HEADLINE_CUES,
        doc="A headline names the speaker: *Name: ...*, or a title-case subject and verb.",
        examples=(
            Example(
                text="Kay: the bridge will “stay shut until spring”",
                speaker="Kay",
                cue=":",
                cue_rule="headline-name-colon",
            ),
            Example(
                text="Tom Hale Sides With The Port Board On ‘Open Quays.’\n\nThe council met.",
                speaker="Tom Hale",
                cue="Sides",
                cue_rule="headline-verb",
            ),
            Example(
                text="Harbour Mayor Ana Ruiz: Shut The Old Pier, ‘Before It Falls In.’",
                speaker="Harbour Mayor Ana Ruiz",
                cue=":",
                cue_rule="headline-name-colon",
            ),
            Example(
                text="Old Pier Is ‘Unsafe For Anyone,’ Harbour Board Finds.\n\nThe board met.",
                speaker="Harbour Board",
                cue="Finds",
                cue_rule="headline-verb",
            ),
        ),
    ),
    Rule(
        name="echo-sentence",
        priority=95,
        applies_to=frozenset({QuoteKind.DIRECT}),
        confidence=0.6,
        find=find_echo_sentence,
        cues=("echo-after",),
        doc=(
            "A direct quote that ends its sentence, followed in its paragraph by a "
            "sentence that points back to it (*That was*, *Those were*, *So said*, "
            "*Those words from*; `lexicons/echo_openers.txt`) and names, after a cue or a "
            'word for an utterance, who said it: that person (*"..." That was how Ruiz '
            "put it.*); or a word for an utterance after *The* or a possessive, a form of "
            "*be*, *those of* or *that of* and a name (*The words were those of Ruiz.*)."
        ),
        examples=(
            Example(
                text=(
                    "The ferry will not sail again. “We cannot risk another winter like "
                    "that.” That was how harbour master Ivo Brant put it on Friday."
                ),
                speaker="Ivo Brant",
                cue="That was",
                cue_rule="echo-after",
            ),
            Example(
                text=(
                    "Crews worked through the night. “Nobody is leaving until the road is "
                    "open.” Those were the words of Mayor Ana Ruiz as the rain went on."
                ),
                speaker="Mayor Ana Ruiz",
                cue="Those were",
                cue_rule="echo-after",
            ),
            # A word for an utterance and whose it is: "from", "by" or a comma.
            Example(
                text=(
                    "“Every village gets a doctor.” Those words from Mayor Ana Ruiz opened "
                    "the session."
                ),
                speaker="Mayor Ana Ruiz",
                cue="Those words from",
                cue_rule="echo-after",
            ),
            Example(
                text=(
                    "Not everyone was pleased. “The pool should never have closed.” The "
                    "words were those of Kim Lowe, a swimming coach in the town."
                ),
                speaker="Kim Lowe",
                cue="The words were those of",
                cue_rule="echo-after",
            ),
            Example(
                text="“The vote is a warning to every party.” So said Tom Hale on Sunday.",
                speaker="Tom Hale",
                cue="So said",
                cue_rule="echo-after",
            ),
        ),
    ),
    Rule(
        name="view-frame",
        priority=97,
        applies_to=SPEECH,
        confidence=0.55,
        find=find_view_frame,
        cues=("view-frame",),
        doc=(
            "A speech quote whose own sentence gives it, before it, to an owner by a "
            "frame of `view_frames.txt` and no cue verb (*The town, in her words, was "
            '"..."*, *In Ana Roe\'s view the cut was "..."*, *According to him, ...*): '
            "the owner speaks, a pronoun named as any pronoun is. The shape news uses "
            "to keep a speaker's words inside the writer's own sentence."
        ),
        examples=(
            Example(
                text=(
                    "Vera Lund toured the depot on Friday. The fleet, in her words, was "
                    "“held together with tape.”"
                ),
                speaker="her",
                cue="in her words",
                cue_rule="view-frame",
            ),
            Example(
                text="In Omar Selby’s view the new toll is “a tax on the poor.”",
                speaker="Omar Selby",
                cue="In Omar Selby’s view",
                cue_rule="view-frame",
            ),
        ),
    ),
    Rule(
        name="previous-sentence",
        priority=100,
        applies_to=SPEECH,
        confidence=0.7,
        find=find_previous_sentence,
        cues=("previous-sentence",),
        doc=(
            "The quote opens a sentence right after a bare cue clause (*X said in an "
            "interview.*), a paragraph ending in a colon, or one that stops on a cue; not "
            "when a cue follows later in the quote's own sentence, nor after a clause that "
            'closes the paragraph\'s last quote (*"Ready?" Kim asked.*: the reply opening '
            "the next paragraph is not Kim's by it). Before a colon, *it* after a verb is "
            "the verb's object (*broke it thus:*): the clause's subject speaks. A subject "
            "that names a happening (*The strike went on.*, `lexicons/event_nouns.txt`) "
            "is no speaker."
        ),
        examples=(
            Example(
                text="The coach spoke after the match. “We were simply too slow.”",
                speaker="The coach",
                cue="spoke",
                cue_rule="previous-sentence",
            ),
            Example(
                text="Nora Vance, lifting her cup, broke it thus:\n\n“We leave at dawn.”",
                speaker="Nora Vance",
                cue="thus",
                cue_rule="previous-sentence",
            ),
        ),
    ),
    Rule(
        name="cue-later",
        reads_beside=True,
        priority=110,
        applies_to=SPEECH,
        confidence=0.7,
        find=find_cue_later,
        cues=_LATER_CUES,
        doc="A cue later in the quote's sentence, with the speaker before or after it.",
        examples=(
            Example(
                text=(
                    "“The gap is closing” between north and south, the minister said "
                    "in a speech to the party faithful on a wet Monday in Leeds."
                ),
                speaker="the minister",
                cue="said",
                cue_rule="quote-then-X-said",
            ),
            # A cue later in the quote's own sentence wins over a cue in the sentence before.
            Example(
                text=(
                    "Rates are up, Ann Roe said. “It matters now that the fevers are gone,” "
                    "to focus on the quiet killer, she said."
                ),
                speaker="she",
                cue="said",
                cue_rule="quote-then-X-said",
            ),
            # After "as", a determiner and a noun the lexicons do not know still speak.
            Example(
                text="The old quay is “the heart of the town”, as a welder once put it.",
                speaker="a welder",
                cue="put it",
                cue_rule="quote-then-X-said",
            ),
        ),
    ),
    Rule(
        name="framing-sentence",
        priority=115,
        applies_to=SPEECH,
        confidence=0.6,
        find=find_framing_sentence,
        cues=("framing-sentence",),
        doc=(
            "A direct quote with no cue, opening a sentence right after a short sentence "
            "of its paragraph that opens on a person's name and holds no quote (*Roe was "
            "not convinced.*): that person's, not the previous quote's speaker's."
        ),
        examples=(
            Example(
                text="“We won,” said Nell Ward. Tom Hale shook his head. “Wait and see.”",
                speaker="Tom Hale",
                cue="shook",
                cue_rule="framing-sentence",
                quote=1,
            ),
            Example(
                text="Nell Ward was defiant. “The plan stands.”",
                speaker="Nell Ward",
                cue="was",
                cue_rule="framing-sentence",
            ),
        ),
    ),
    Rule(
        name="continuation",
        priority=120,
        applies_to=SPEECH,
        confidence=0.6,
        find=find_continuation,
        cues=("continuation",),
        doc=(
            "No cue of its own: the quote keeps the speaker of the speech quote just "
            "before it (same paragraph, or the paragraph before when it opens its own; "
            "in the quote's sentence, after a few words or an aside that names no one "
            "with a cue). After the writer's own question opening its paragraph "
            '(*"Why?" I asked.*) the next quote paragraph is the answer: the speaker '
            "of the speech before the question, or nobody. So too after a named "
            'asker\'s question that says *you* (*"Did you know?" Ruiz asked.*, a '
            "hearing's exchange), when someone else spoke before it: the answer is "
            "that speaker's."
        ),
        examples=(
            Example(
                text="“We lost,” said Nell Ward. “Next year we win.”",
                speaker="Nell Ward",
                cue="said",
                cue_rule="continuation",
            ),
            # The writer asks; the answer is the speaker's before the question.
            Example(
                text="“Eleven winters,” Ada Roe said.\n“Is it hard?” I asked.\n“Only in March.”",
                speaker="Ada Roe",
                cue="said",
                cue_rule="continuation",
            ),
            # A member asks the witness; the answer is the witness's.
            Example(
                text=(
                    "Ada Roe spoke first. “We shut the mill in May,” she said.\n"
                    "“Did you warn the town?” Kit Vane asked.\n“Nobody listened.”"
                ),
                speaker="she",
                cue="said",
                cue_rule="continuation",
                quote=2,
            ),
            # A cue that leads in the next quote is not the quote's own, even past a
            # title's full stop ("Mr. Hale said: ...").
            Example(
                text="“We are tired,” Ms. Ruiz said. “We are not done.” Mr. Hale said: “We lost.”",
                speaker="Ms. Ruiz",
                cue="said",
                cue_rule="continuation",
                quote=1,
            ),
            # A quote that is a whole sentence keeps the speaker before it: the next
            # sentence's cue leads in the quote after it ("He added: ...", "That is why,
            # he added, ...").
            Example(
                text=(
                    "“The bridge is falling apart,” Ann Roe said. “The old feuds go on.” "
                    "She added: “Nobody will fix it.”"
                ),
                speaker="Ann Roe",
                cue="said",
                cue_rule="continuation",
                quote=1,
            ),
            Example(
                text=(
                    "“The name is known,” Ann Roe said. “If you see it, you know what you get.” "
                    "That is why, she added, the studio makes “endless sequels.”"
                ),
                speaker="Ann Roe",
                cue="said",
                cue_rule="continuation",
                quote=1,
            ),
            # A participle that opens its sentence is not a name ("Adding, ...").
            Example(
                text="Nell Ward said the fee was “too high.” Adding, “We will fight it in May.”",
                speaker="Nell Ward",
                cue="said",
                cue_rule="continuation",
            ),
            # An aside of narration that ends in a comma, semicolon, colon or bracket
            # and names no one with a cue: the sentence goes on, and its speaker.
            Example(
                text=(
                    "“Here is my aunt,” cried Walter Pell, “and here is Nell,” turning "
                    "and leading her forward; “it is too dark to see her.”"
                ),
                speaker="Walter Pell",
                cue="cried",
                cue_rule="continuation",
            ),
            Example(
                text=(
                    "“So the rain came,” said Walter Pell. “Nobody will forget it; I hope "
                    "he never asks her for another song” (here was a glance at Nell); "
                    "“she is too kind for him.”"
                ),
                speaker="Walter Pell",
                cue="said",
                cue_rule="continuation",
            ),
        ),
    ),
    Rule(
        name="verb-before",
        reads_beside=True,
        priority=130,
        applies_to=ANY,
        confidence=0.55,
        find=find_verb_before,
        cues=("X-verbed-quote",),
        doc=(
            "A subject and a verb the lexicon does not know before the quote "
            '(*Ruiz urged voters to "stay home"*); a non-speech span takes only a name '
            "or a pronoun, and never by a verb whose object is a thing (*owed*, *oversees*: "
            "`lexicons/object_verbs.txt`). A name right after a preposition of place "
            "(*tenants in Kelby have waited*) and a determiner capitalised at the "
            "sentence's start (*Other words included*) are no subject, and a word in "
            "*-s* right before a one-word speech cue is the subject's plural noun, no verb "
            "(*Mission controllers said*: *Mission* speaks for nobody)."
        ),
        examples=(
            # A cue before an earlier quote is that quote's when a clause with a subject
            # and a verb of its own stands between the two quotes.
            Example(
                text=(
                    "Ana Ruiz called the levy “fair,” and Tom Hale voiced a hope to “scrap "
                    "it by spring.”"
                ),
                speaker="Tom Hale",
                cue="voiced",
                cue_rule="X-verbed-quote",
            ),
            # The same when the second subject has an aside before its verb.
            Example(
                text=(
                    "Ana Ruiz praised the levy as “overdue,” while Tom Hale, who runs the "
                    "ferries, derided it as “a tax on sailors.”"
                ),
                speaker="Tom Hale",
                cue="derided",
                cue_rule="X-verbed-quote",
            ),
            # A clause after "that" or "whether" reports the words of the subject of the
            # verb that takes it, not of its own subject.
            Example(
                text=(
                    "Tom Hale is questioning whether Ana Ruiz would have come “if it were "
                    "held in Dover.”"
                ),
                speaker="Tom Hale",
                cue="questioning",
                cue_rule="X-verbed-quote",
            ),
            # A verb, its object and "as": the subject calls the object so, not a name in
            # a clause about the object.
            Example(
                text="Kay is painting Bo Li, who ended his bid on Sunday, as “a fair rival.”",
                speaker="Kay",
                cue="painting",
                cue_rule="X-verbed-quote",
            ),
            Example(
                text=(
                    "Hale refers to the mayor, who is supposedly an old friend, as “Mr. Roe,” "
                    "while Roe refers to him as “Tom.”"
                ),
                speaker="Hale",
                cue="refers",
                cue_rule="X-verbed-quote",
                quote=0,
            ),
            # The subject of the last clause after a comma (or a quote) and a conjunction.
            Example(
                text=(
                    "Hale refers to the mayor, who is supposedly an old friend, as “Mr. Roe,” "
                    "while Roe refers to him as “Tom.”"
                ),
                speaker="Roe",
                cue="refers",
                cue_rule="X-verbed-quote",
            ),
            Example(
                text="Ana Ruiz pushed the council to “think again”.",
                speaker="Ana Ruiz",
                cue="pushed",
                cue_rule="X-verbed-quote",
            ),
            # A past form not in -ed (lexicons/irregular_pasts.txt).
            Example(
                text="Ana Ruiz gave the council a lecture on its “quiet deals” with builders.",
                speaker="Ana Ruiz",
                cue="gave",
                cue_rule="X-verbed-quote",
            ),
            # With no other verb to go by, a participle after a comma has the subject.
            Example(
                text=(
                    "Ana Ruiz, too, is a calm leader at heart, hoping the vote shows a need "
                    "for “steady hands.”"
                ),
                speaker="Ana Ruiz",
                cue="hoping",
                cue_rule="X-verbed-quote",
            ),
            # A verb after "did" or a modal, whatever its ending (lexicons/auxiliaries.txt).
            Example(
                text="Ana Ruiz did post on Sunday that her claims were “a joke” after all.",
                speaker="Ana Ruiz",
                cue="post",
                cue_rule="X-verbed-quote",
            ),
            # A name right after a preposition is inside its object ("Kay supporters"),
            # not a subject before its verb.
            Example(
                text="Tom Hale has egged on Kay supporters online with slogans like “Kay can win.”",
                speaker="Tom Hale",
                cue="egged",
                cue_rule="X-verbed-quote",
            ),
        ),
    ),
    Rule(
        name="framing-paragraph",
        priority=132,
        applies_to=frozenset({QuoteKind.DIRECT}),
        confidence=0.5,
        find=find_framing_paragraph,
        cues=("framing-paragraph",),
        doc=(
            "A framing sentence (see `framing-sentence`) read further, for a direct quote "
            "no row above attributes: it may open on a descriptor with a name in "
            "apposition, or on *he* or *she* in the quote's own paragraph; and a quote that "
            "is a paragraph of its own (closed by its mark, five words or more) is framed "
            "by the last sentence of the paragraph before, opening on a name (of one word: "
            "printed before after another word) or such a descriptor. A dialogue turn may "
            "overrule it. In the quote's own paragraph (the shape of profiles and "
            "explainers), the sentence may also give its view to a person by *For* or *To* "
            "and a name or *her* or *him* (*For Ruiz the answer came early.*; "
            "`viewpoint_prepositions.txt`), by *her* or *his* and a speech or stance noun "
            "(*Her argument is simple:*, *His advice is short.*; `stance_nouns.txt`; not when "
            "the sentence names another person, *His view is not shared by Kell.*) or by "
            "a view frame (*In Ruiz's view ...*); it may hold cues of its subject's own "
            "(*Ruiz laughs when asked.*, *She does not think so.*) but none of anyone else's "
            "and no question (`asking_lemmas.txt`); it may open on a fronted phrase before "
            "*he* or *she* (*Outside the hall, she ...*) or on *Asked ...,* before its "
            "subject. A capitalised word opening a sentence that was never printed as a "
            "name after another word (*Things changed.*) frames nothing. A scene sentence "
            "between (on an article, no capitalised word after it but a month or a day of "
            "`time_words.txt`, no pronoun of a person: *The boats leave at four.*, *The "
            "nets dry until June.*) is passed over for the sentence before it. A sentence on "
            "*he* or *she* in the quote's own paragraph may run to 40 tokens (a profile's "
            "long narration before a long quote); any other framing sentence to 24."
        ),
        examples=(
            Example(
                text=(
                    "Ivo Sandor carves decoys in a boathouse. The shavings pile up by the "
                    "door. “A duck only has to fool another duck.”"
                ),
                speaker="Ivo Sandor",
                cue="carves",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Lise Amundsen mends nets on the quay. The boats stay in until March. "
                    "“A torn net costs more than a lost day.”"
                ),
                speaker="Lise Amundsen",
                cue="mends",
                cue_rule="framing-paragraph",
            ),
            Example(
                text="Ann Roe joined the board in May.\n\n“Most of what we do is listen.”",
                speaker="Ann Roe",
                cue="joined",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Nell Ward crossed the line at noon. She was met by her brother. "
                    "“My legs are gone.”"
                ),
                speaker="She",
                cue="was",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Its founder, Dr Ana Ruiz, set it up in a bus.\n\n"
                    "“We see the people nobody else sees.”"
                ),
                speaker="Dr Ana Ruiz",
                cue="set",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Edda Morn has mended clocks for forty years. For Morn the trade was "
                    "never a choice. “My father handed me a screwdriver at six.”"
                ),
                speaker="Morn",
                cue="For",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Ivo Brant teaches tax law in Sarn. His advice to owners is short. "
                    "“Keep every receipt for six years.”"
                ),
                speaker="His",
                cue="His",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Lena Ortiz coached the team for a decade. She does not think the club "
                    "will change. “They have never listened to anyone.”"
                ),
                speaker="She",
                cue="does",
                cue_rule="framing-paragraph",
            ),
            Example(
                text=(
                    "Ivo Sandor carves decoys in a boathouse.\n\nHe sits on a low stool by "
                    "the window and turns a half-finished teal in his hands, looking for the "
                    "places where the grain of the cedar will fight the knife. "
                    "“A duck only has to fool another duck.”"
                ),
                speaker="He",
                cue="sits",
                cue_rule="framing-paragraph",
            ),
        ),
    ),
    Rule(
        name="pronoun-owner",
        priority=133,
        applies_to=SPEECH,
        confidence=0.55,
        find=find_pronoun_owner,
        cues=("X's-words-quote",),
        doc=(
            "A quote that no row above attributes, a few words after a speech noun that "
            '*his*, *her*, *its* or *their* owns (*her promise to stay "neutral"*, '
            '*his call for "a full inquiry"*): the pronoun speaks, named as any '
            "pronoun is. Not after a function word (*gave her a warning*), nor with a "
            "quote, a comma or a cue between the noun and the quote."
        ),
        examples=(
            Example(
                text=(
                    "Ana Ruiz toured the harbour on Friday. Her promise to keep the "
                    "ferry “running all winter” has cheered the islanders."
                ),
                speaker="Her",
                cue="promise",
                cue_rule="X's-words-quote",
            ),
            # A speech noun and its clause: "that" and a subject between.
            Example(
                text=(
                    "Tom Hale has not backed down. Critics cite his claim that the pier "
                    "was “perfectly safe.”"
                ),
                speaker="his",
                cue="claim",
                cue_rule="X's-words-quote",
            ),
        ),
    ),
    Rule(
        name="next-sentence",
        priority=135,
        applies_to=frozenset({QuoteKind.PARTIAL}),
        confidence=0.5,
        find=find_next_sentence,
        cues=("continuation",),
        doc=(
            "A fragment that no row above attributes, in the sentence right after a "
            "speech quote and its cue (same paragraph, nothing but punctuation between): "
            'that quote\'s speaker (*"...," Roe said. That makes it "a fair deal."*).'
        ),
        examples=(
            Example(
                text=(
                    "“Small towns never forget,” Ana Ruiz has said while touring the coast. "
                    "That makes them “by nature a loyal lot.”"
                ),
                speaker="Ana Ruiz",
                cue="said",
                cue_rule="continuation",
            ),
            Example(
                text=(
                    "“Few people read the rules,” Ivo Brant added. But that is not the same "
                    "as “fair under the law.”"
                ),
                speaker="Ivo Brant",
                cue="added",
                cue_rule="continuation",
            ),
            Example(
                text=(
                    "“The real worry is not the job,” Mr. Dunn said, “it is the pay.” For "
                    "older workers, on the other hand, “a raise is never certain.”"
                ),
                speaker="Mr. Dunn",
                cue="said",
                cue_rule="continuation",
            ),
        ),
    ),
    Rule(
        name="previous-sentence-far",
        priority=140,
        applies_to=SPEECH,
        confidence=0.7,
        find=find_previous_sentence_far,
        cues=("previous-sentence",),
        doc=(
            "The last resort: a cue anywhere in the sentence before the quote "
            '(*Kay said that the river matters. "That is because ..."*). A subject '
            "that opens a *that* clause an earlier cue of the sentence reports is what "
            "was talked about, not a speaker: both rows read on to the earlier cue "
            "(*Roe said costs rose, and that the firm expected savings.*)."
        ),
        examples=(
            # A cue word that heads a noun phrase ("a mostly Republican state") is no cue;
            # the cue is then read further back.
            Example(
                text=(
                    "Ann Roe praised the mayor's grit in a mostly Republican state.\n\n"
                    "“Our town needs a steady hand.”"
                ),
                speaker="Ann Roe",
                cue="praised",
                cue_rule="previous-sentence",
            ),
            Example(
                text=(
                    "Kay said that the river matters a great deal to all of the people "
                    "who live in this town. “That is because we live on it.”"
                ),
                speaker="Kay",
                cue="said",
                cue_rule="previous-sentence",
            ),
            Example(
                text=(
                    "Pia Lorne said rents had climbed, and that the agency expected "
                    "worse. “Nobody here can keep up.”"
                ),
                speaker="Pia Lorne",
                cue="said",
                cue_rule="previous-sentence",
            ),
        ),
    ),
    Rule(
        name="colon-name",
        priority=145,
        applies_to=frozenset({QuoteKind.DIRECT}),
        confidence=0.5,
        find=find_colon_name,
        cues=("colon-lead-in",),
        doc=(
            "A direct quote right after a colon whose lead-in holds no cue that a row "
            "above reads: the person named in the last few words before the colon "
            "(*Here is Ruiz on the budget:*, *faith in Ruiz's word:*, *with Ruiz "
            "yelling:*), read past a person's apposition between commas (*For Ruiz, "
            "the mayor, the answer is simple:*, *Ruiz, the clinic director, on the "
            "cuts:*)."
        ),
        examples=(
            Example(
                text="Here is Ana Ruiz on the budget: “We will not cut the schools.”",
                speaker="Ana Ruiz",
                cue=":",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="The board put its faith in Tom Hale's word:\n\n“The money is there.”",
                speaker="Tom Hale",
                cue=":",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="Ana Ruiz, the mayor, on the budget: “We will not cut the schools.”",
                speaker="Ana Ruiz",
                cue=":",
                cue_rule="colon-lead-in",
            ),
            Example(
                text=(
                    "Police broke up the crowd, with Ivo Brant reportedly yelling: "
                    "“Get them out of here!”"
                ),
                speaker="Ivo Brant",
                cue=":",
                cue_rule="colon-lead-in",
            ),
        ),
    ),
    Rule(
        name="named-after",
        priority=150,
        applies_to=frozenset({QuoteKind.DIRECT}),
        confidence=0.5,
        find=find_named_after,
        cues=("name-after",),
        doc=(
            "A direct quote that is a sentence of its own and that no row above gives a "
            "speaker, followed in its paragraph by a sentence that introduces a person: "
            "a name printed there for the first time, a comma, then an age or an "
            'apposition opening on *a*, *an*, *the* or *one* (*"..." Ana Ruiz, 72, has '
            "farmed here since 1980.*). After an article, a name of two words or more "
            "opens on a given name (`lexicons/given_names.tsv`) or the apposition holds "
            "a person's role or title before any noun of a body's or a place's kind "
            "(*Leeds, a city of 800,000,* and *Mount Hood, a volcano,* are no speakers). "
            "A name met before, a name in "
            "the next paragraph or a quote inside a narrator's sentence is left alone."
        ),
        examples=(
            Example(
                text=(
                    "The river rose overnight.\n\n“The water came in under the door.” "
                    "Ana Ruiz, 72, has farmed beside it since 1980."
                ),
                speaker="Ana Ruiz",
                cue=", 72",
                cue_rule="name-after",
            ),
            Example(
                text=(
                    "“We will not go back to the old shifts.” Tom Hale, a welder at the "
                    "yard, joined the strike on its first day."
                ),
                speaker="Tom Hale",
                cue=", a",
                cue_rule="name-after",
            ),
        ),
    ),
)


def find_document_author(site: Site) -> Attribution | None:
    """What the rest of the table finds, when it is a document whose author the
    article names beside it (:func:`.documents.document_author`): the author, with
    the cue the row found. Each row's result is kept on the ``Site``, so the table
    does not read the quote twice."""
    _rule, found = _attribute_one(site, _AFTER_DOCUMENT_AUTHOR)
    if found is None or found.mention is None:
        return None
    poll = poll_of(site.ctx, found.mention, site.lo)
    mention = found.mention if poll is None else poll
    author = document_author(site.ctx, mention, site.end_para[1]) or sender_of(
        site.ctx, mention, site.lo
    )
    if author is None:
        return None if poll is None else attrs.evolve(found, mention=poll)
    return attrs.evolve(found, mention=author)


# The row that reads the others comes first, so a document's author speaks for it.
_AFTER_DOCUMENT_AUTHOR = RULES
RULES = (
    Rule(
        name="document-author",
        priority=5,
        applies_to=ANY,
        confidence=max(rule.confidence for rule in RULES),
        find=find_document_author,
        cues=tuple(dict.fromkeys(cue for rule in RULES for cue in rule.cues)),
        doc=(
            "A document the other rows find (*the report*, *a letter*) yields to the author "
            "named beside it: *a report by the Audit Office*, *the report, written by Dr "
            "Ana Ruiz,*, *the Audit Office report*, the person *his* or *her* stands for "
            "(*His letter was short:*, *Her statement said*) and the body *its* stands for "
            "(*Its report found*), a name's or a body's possessive (*the Tarn Council's "
            "statement said*, *Ana Roe's report said*: the owner read whole, "
            ":func:`.documents._possessive_owner`), past whom it was "
            "made for (*a report for the Trust on rents by the Halden Institute*); "
            "*according to a letter* to the name or "
            "body that opens its sentence with a cue verb (*Halden Bank has told "
            "investors ...*; :func:`.documents.sender_of`); a share of a poll's "
            "respondents (*40 percent of riders said*) to the poll its sentence names "
            "before it. A document noun before a lower-case noun (*the Tarn audit "
            "committee*, *an advisory panel*) names a body, no author."
        ),
        examples=(
            Example(
                text="“Costs rose in every region,” said a report by the Audit Office.",
                speaker="the Audit Office",
                cue="said",
                cue_rule="quote-said-X",
            ),
            Example(
                text="Tom Hale quit the board. His letter was short: “I have no time left.”",
                speaker="His",
                cue="short",
                cue_rule="X-verbed-quote",
            ),
            Example(
                text="The Tarn Council's statement said rents would “fall sharply.”",
                speaker="The Tarn Council",
                cue="said",
                cue_rule="X-said-quote",
            ),
            Example(
                text="“Costs rose in every region,” said the report, written by Dr Ana Ruiz.",
                speaker="Dr Ana Ruiz",
                cue="said",
                cue_rule="quote-said-X",
            ),
            Example(
                text="The Audit Office report said: “Costs rose in every region.”",
                speaker="Audit Office",
                cue="said",
                cue_rule="colon-lead-in",
            ),
            Example(
                text="“Rents rose,” said a report for the Trust on rents by the Halden Institute.",
                speaker="the Halden Institute",
                cue="said",
                cue_rule="quote-said-X",
            ),
            Example(
                text="Halden Bank has told investors it expects “a slump”, according to a letter.",
                speaker="Halden Bank",
                cue="according to",
                cue_rule="quote-said-X",
            ),
            # A share of a poll's respondents reports the poll's answers.
            Example(
                text="In a ferry survey, 40 percent of riders said the boats were “always late.”",
                speaker="a ferry survey",
                cue="said",
                cue_rule="X-said-quote",
            ),
        ),
    ),
    *RULES,
)


def fired(
    text: str, *, config: Config | None = None, choose: Choice | None = None
) -> list[tuple[Quote, Rule | None, Attribution]]:
    """Each quote of ``text`` with the row of :data:`RULES` that attributed it.

    The quotes are those :func:`~quoteverify.parse` finds, before attribution;
    the row is ``None`` for a quote no rule fired on. ``choose`` picks among
    each quote's candidates instead of the first rule that fires
    (see :func:`.attribution.attribute`).
    """
    cfg = resolve_config(config, "fired")
    stops = StopIndex(text)  # listed once, for the kinds and the text layer (as parse)
    extraction, paras = extract_with_paragraphs(text, cfg, stops=stops)
    quotes = list(extraction.quotes)
    rows = attribute_rows(
        text, quotes, paras, choose=choose, budget=cfg.attribution_budget, stops=stops
    )
    return [(q, rule, found) for q, (rule, found) in zip(quotes, rows, strict=True)]


@attrs.frozen(kw_only=True)
class Candidate:
    """A speaker that one rule proposes for a quote, with what a choice may weigh.

    ``position`` is where the mention stands from the quote (``"before"``,
    ``"after"``, or ``"inside"`` for a transcript's name), ``distance`` the
    characters between the quote's marks and the mention, ``same_sentence`` and
    ``same_paragraph`` whether the mention is in the quote's own sentence and
    paragraph, ``clause_start`` whether only punctuation stands before the
    mention in its sentence (a subject), ``mention_kind`` what sort of phrase it
    is, ``previous_speaker`` whether the same words named the speaker of the
    speech quote before, and ``confidence`` the cue's.
    """

    rule: Rule
    found: Attribution = attrs.field(repr=False)
    position: str
    distance: int
    same_sentence: bool
    same_paragraph: bool
    clause_start: bool
    mention_kind: PhraseKind | None
    previous_speaker: bool
    confidence: float


Choice = Callable[[Sequence[Candidate]], "Candidate | None"]
"""Picks one of a quote's candidates (given in the table's order), or ``None``."""


def by_priority(found: Sequence[Candidate]) -> Candidate | None:
    """The hand-ordered choice: the candidate of the rule first in the table.

    It is what :func:`.attribution.attribute` does without ``choose``, where the
    rules after the first that fires are not even tried.
    """
    return found[0] if found else None


def _candidate(site: Site, rule: Rule, found: Attribution) -> Candidate:
    q, ctx, text = site.q, site.ctx, site.ctx.text
    m = found.mention
    position, distance = "inside", 0
    same_sentence = same_paragraph = clause_start = previous = False
    if m is not None:
        if m.end <= q.outer_start:
            position, distance = "before", q.outer_start - m.end
        elif m.start >= q.outer_end:
            position, distance = "after", m.start - q.outer_end
        lo = ctx.sentence_start(site.para[0], q.outer_start)
        hi = ctx.sentence_end(q.outer_end, site.end_para[1])
        same_sentence = lo <= m.start and m.end <= max(hi, q.outer_end)
        same_paragraph = site.para[0] <= m.start and m.end <= site.end_para[1]
        head = text[max(0, m.start - 40) : m.start].rstrip()
        clause_start = not head or head[-1] in ".!?:;,\n\"“”'‘’«»—–-"
        if site.last_speech is not None:
            prev = site.last_speech[1].mention
            previous = prev is not None and prev.text.casefold() == m.text.casefold()
    return Candidate(
        rule=rule,
        found=found,
        position=position,
        distance=distance,
        same_sentence=same_sentence,
        same_paragraph=same_paragraph,
        clause_start=clause_start,
        mention_kind=m.kind if m is not None else None,
        previous_speaker=previous,
        confidence=found.cue.confidence if found.cue is not None else 0.0,
    )


def candidates_at(site: Site, rules: Sequence[Rule]) -> list[Candidate]:
    """Every rule's candidate for one quote, in the table's order (none for a title)."""
    if never_attributed(site.q):
        return []
    out = []
    for rule in rules:
        if site.q.kind in rule.applies_to:
            found = site.find(rule)
            if found is not None:
                out.append(_candidate(site, rule, found))
    return out


def candidates(text: str, *, config: Config | None = None) -> list[tuple[Quote, list[Candidate]]]:
    """Each quote of ``text`` with the candidates every rule proposes for it.

    The quote before (for ``continuation`` and ``split-quote``) is attributed
    by the default choice, :func:`by_priority`.

    >>> quote, found = candidates("Ana Ruiz said, “We won,” the coach added.")[0]
    >>> [(c.rule.name, c.found.mention.text, c.position) for c in found]
    [('lead-in', 'Ana Ruiz', 'before'), ('after-quote', 'the coach', 'after'), ...]
    """
    seen: list[list[Candidate]] = []

    def record(found: Sequence[Candidate]) -> Candidate | None:
        seen.append(list(found))
        return by_priority(found)

    stops = StopIndex(text)
    cfg = resolve_config(config, "candidates")
    extraction, paras = extract_with_paragraphs(text, cfg, stops=stops)
    quotes = list(extraction.quotes)
    attribute_rows(text, quotes, paras, choose=record, stops=stops)
    return list(zip(quotes, seen, strict=True))


def _kinds(kinds: frozenset[QuoteKind]) -> str:
    return ", ".join(k.value for k in QuoteKind if k in kinds)


def markdown() -> str:
    """The documentation page of the table (``docs/attribution-rules.md``)."""
    lines = [
        "# Attribution rules",
        "",
        "<!-- Written by `python -m quoteverify.speakers.rules --markdown` from "
        "`quoteverify/speakers/rules.py`: edit the table there, not this page. -->",
        "",
        "For each quote, `attribute()` tries these rules from the first to the last;",
        "the first that applies to the quote's kind and finds a speaker wins, and the",
        "cue it returns carries one of the rule's cue names (`Quote.cue.rule`). A span",
        "that `kinds.py` calls a title, a sign or a nickname is never attributed.",
        "`quoteverify.speakers.rules.fired(text)` tells which rule attributed each quote.",
        "",
        "`quoteverify.speakers.rules.candidates(text)` runs every rule that applies instead and",
        "returns what each proposes, a `Candidate` with the features a choice may weigh",
        "(the rule, position and distance from the quote, same sentence or paragraph,",
        "whether the mention opens its clause, its kind, whether it named the previous",
        "quote's speaker, the cue's confidence). `fired(text, choose=...)` and",
        "`attribute(..., choose=...)` take a function that picks one; the default,",
        "`by_priority`, picks the first row's, so it gives what the table order gives.",
        "",
        "| priority | rule | applies to | confidence | cue names |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in RULES:
        cues = ", ".join(f"`{c}`" for c in rule.cues)
        lines.append(
            f"| {rule.priority} | `{rule.name}` | {_kinds(rule.applies_to)} "
            f"| {rule.confidence} | {cues} |"
        )
    for rule in RULES:
        lines += ["", f"## {rule.name}", "", rule.doc, ""]
        for ex in rule.examples:
            shown = ex.text.replace("\n", " ")
            lines.append(f"- {shown} → speaker *{ex.speaker}*, cue *{ex.cue}* (`{ex.cue_rule}`)")
    return "\n".join(lines + _turn_lines()) + "\n"


def turn_example_tail(ex: TurnExample) -> str:
    """The last paragraphs of a turn row's example, as the docs page shows them."""
    paragraphs = ex.text.split("\n\n")
    shown = [p.replace("\n", " ") for p in paragraphs[-3:]]
    tail = " / ".join(p if len(p) <= 120 else f"{p[:40]}… ({len(p)} characters)" for p in shown)
    return tail if len(paragraphs) <= 3 else f"… {tail}"


def _turn_lines() -> list[str]:
    """The second pass (``speakers/turns.py``), written from ``turns.TURN_RULES``."""
    lines = [
        "",
        "# Second pass: turns in dialogue",
        "",
        "After every quote has been tried by the rules above and its speaker resolved,",
        "`speakers.turns.alternate_turns` reads the paragraphs as turns. A text with three",
        "exchanges or more whose cued turns alternate between two people (a novel, an",
        "interview) is read as *dialogue*; news is read by the `parity` row only. The rows",
        "with a cue name are tried in order on each turn that no cue of its own names; the",
        "first that finds a person wins. The examples run as tests: each must get its",
        "speaker with its row and lose it without (they open with three short exchanges",
        "that make the text a dialogue, shown here as *…*).",
        "",
        "| priority | row | cue name |",
        "| --- | --- | --- |",
    ]
    for row in TURN_RULES:
        cue = f"`{row.cue_rule}`" if row.cue_rule else "(keeps its cue)"
        lines.append(f"| {row.priority} | `{row.name}` | {cue} |")
    for row in TURN_RULES:
        lines += ["", f"## {row.name}", "", row.doc, ""]
        for ex in row.examples:
            lines.append(f"- {turn_example_tail(ex)} → speaker *{ex.speaker}*")
    return lines


def main(argv: list[str] | None = None) -> int:
    """``python -m quoteverify.speakers.rules --markdown``: print the documentation page."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["--markdown"]:
        print("usage: python -m quoteverify.speakers.rules --markdown", file=sys.stderr)
        return 2
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
