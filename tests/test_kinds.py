"""The kinds classifier: direct, partial or non-speech, each rule by example.

Every sentence here is written for these tests. Each example names the rule
it checks; the classifier's reason is shown when an assertion fails.
"""

from __future__ import annotations

import random

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteverify import QuoteKind, extract_quotes, parse
from quoteverify.text import kinds as kinds_module

D, P, N = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.NON_SPEECH


def kinds(text: str) -> list[tuple[str, QuoteKind, str]]:
    return [(q.text, q.kind, q.kind_reason) for q in extract_quotes(text)]


def kind_of(text: str, quoted: str) -> tuple[QuoteKind, str]:
    """The kind and reason of the quote in ``text`` that begins with ``quoted``."""
    for body, kind, reason in kinds(text):
        if body.startswith(quoted):
            return kind, reason
    raise AssertionError(f"{quoted!r} not found in {kinds(text)}")


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        # A quote that opens a sentence after another sentence ended.
        (
            'The meeting ran late into the evening. "Nobody wanted to leave before '
            'the vote was taken."',
            "Nobody wanted to leave before the vote was taken.",
            D,
        ),
        # The same after a sentence that ends in a closing mark of its own.
        (
            'Roe called the plan "bold." "We will see whether the money comes in time."',
            "We will see whether the money comes in time.",
            D,
        ),
        # The second part of a split quote is direct, whatever its first word.
        ('"The vote is over," Ruiz said, "and it is time to move on."', "and it is time", D),
        ('"That," she said, "is the end of the matter."', "is the end of the matter.", D),
        # Reported words after a cue and a comma, even in lower case.
        (
            'In the end, she said, "the town will have to pay for every repair."',
            "the town will have to pay for every repair.",
            D,
        ),
        ('Asked twice, the minister shook her head and said, "No."', "No.", D),
        # A clause after a speech verb (and "that") is what was said.
        (
            'Ruiz told reporters that "we have enough money for two more years."',
            "we have enough money for two more years.",
            D,
        ),
        ('The coach kept saying "we never gave up on each other."', "we never gave up", D),
        # ...but a fragment after one is partial, and so is anything after "called".
        ('Ruiz said that "a lot" had changed since May.', "a lot", P),
        (
            'She called the deal "a step we should have taken years ago."',
            "a step we should have taken years ago.",
            P,
        ),
        # A verb phrase after a cue and a comma continues the narrator's clause.
        ('The mayor, an aide said, "is ready for a long fight."', "is ready for a long fight.", P),
        # A lead of connectives only ("Still,", "But") leaves the quote its own sentence.
        ('Still, "nobody here is surprised."', "nobody here is surprised.", D),
        # A clause after an opening phrase, with its cue right after, is direct.
        ('After the storm, "we had no power for a week," Ruiz said.', "we had no power", D),
        # A short sentence of its own after a quoted one.
        ('"The lights went out," Ruiz said. "Twice."', "Twice.", D),
        # A bracket or a dash opens an aside that may quote a sentence.
        (
            "Residents were angry (“We paid for that road,” one wrote) and the council met.",
            "We paid for that road,",
            D,
        ),
        # A clause may open with a contraction ("let's") after a speech verb...
        ('The coach urged "let\'s keep our heads."', "let's keep our heads", D),
        # ...but with the narrator's words after it, it is a piece of that sentence.
        ('The coach urged "let\'s keep our heads" before the final.', "let's keep our heads", P),
        # A short exclamation before its cue.
        ('"Enough," she snapped.', "Enough,", D),
        # A fragment inside the narrator's sentence is partial, even with a cue after it...
        (
            'The mayor and her staff are "working around the clock to fix it," Ruiz said.',
            "working around the clock to fix it,",
            P,
        ),
        # ...and even when it is capitalised and long.
        (
            'Officials fear "The Long Winter Plan will collapse within a year," Ruiz said.',
            "The Long Winter Plan will collapse within a year,",
            P,
        ),
        # A quote that runs on into the narrator's sentence is a fragment of it.
        (
            '"Nobody in this town wants a new car park" was the mood of the evening.',
            "Nobody in this town wants a new car park",
            P,
        ),
        # A title-cased quote after a preposition or a possessive is a title...
        (
            'The senator spoke at length on "Harbour Morning" before the vote.',
            "Harbour Morning",
            N,
        ),
        ('Ruiz said she had read the channel\'s "Weekly Ledger" for years.', "Weekly Ledger", N),
        # ...unless a crowd chants it.
        ('The rally ended with chants of "Lower The Fares" from the crowd.', "Lower The Fares", P),
        # A gloss translates or spells out a word: nobody said it.
        ('The village is called Aldeia, Portuguese for "hamlet," by its people.', "hamlet", N),
        ('The town is called Villanova, Italian for "new town," by its people.', "new town", N),
        ('The group took the name "Tidewatch" in its first year.', "Tidewatch", N),
        # Punctuation printed after the closing mark ends the quote all the same.
        ('"The bridge stays shut", the engineer said.', "The bridge stays shut", D),
        ('The council met at noon. "Nobody has the money".', "Nobody has the money", D),
        ('"It floods", Ruiz said. "Every spring".', "Every spring", D),
        # ...and a fragment inside the narrator's sentence stays a fragment.
        ('Residents called the road "a mess", Ruiz said.', "a mess", P),
        # A work named by its kind, or a name given, is nobody's words...
        ('Ruiz said the town felt like the movie "Jaws" that summer.', "Jaws", N),
        ("Roe told us she hosts the podcast “Tide Tables” on Fridays.", "Tide Tables", N),
        ('The ferry was renamed "Harbour Queen" after the fire, Roe said.', "Harbour Queen", N),
        # ...and so is a title-cased work after a verb of publishing or performing.
        ('Roe said that Ruiz published "Salt and Stone" in 2019.', "Salt and Stone", N),
        ('The choir performed "Northern Lights" as the mayor said goodbye.', "Northern Lights", N),
        # A title-cased work set off by commas after the noun it names.
        ('Her campaign ran a new ad, "Fair Play," on Monday.', "Fair Play,", N),
        ('Ruiz, whose first collection, "Salt Roads", sold well, said little.', "Salt Roads", N),
        # ...but not after a cue, an adverb or a function word.
        ('She told the crowd, "Not Our Fight," and left the stage.', "Not Our Fight,", D),
        # A title at the opening of a sentence written in ordinary case.
        ('On Channel Four\'s "Morning Desk," Roe said the plan was dead.', "Morning Desk,", N),
        # A speech cue and a comma after such a noun hand over to reported words.
        ('Ruiz said of the film, "We loved every minute."', "We loved every minute.", D),
        # A value in markup is nobody's speech.
        ('<tweet id="4412" author="@harbourwatch">Ferry late again</tweet>', "4412", N),
        # ...nor the text between an empty value and the next one.
        ('<img alt="" src="harbour.png"> The mayor said the ferry was late.', "src=", N),
        # A title-cased name used as a modifier names something, even near a cue...
        (
            'The mayor said she backed the "Clean Streets" campaign from the start.',
            "Clean Streets",
            N,
        ),
        ('Roe said volunteers handed out a "Buy Local" sticker to each stall.', "Buy Local", N),
        # Words printed, painted or carved on something are nobody's speech,
        # even in a sentence with a speech cue.
        (
            'The mayor stood by a wall painted with "no more cuts" and said little.',
            "no more cuts",
            N,
        ),
        ('Roe spoke under a banner printed with "Harbour 2030" and left.', "Harbour 2030", N),
        ('The old stone is inscribed with "rest here", the guide told us.', "rest here", N),
        # A short quote or a title opening its sentence, then "is" or "was": the
        # sentence is about the term or the title, which nobody says there.
        ('The ferry runs late. "Red tape" is the reason, Roe said.', "Red tape", N),
        ('Roe wrote the play. "Low Tide at Morro" was a hit in May.', "Low Tide at Morro", N),
        # ...but a longer quote in lower case runs on as a fragment of speech.
        ('The mayor spoke. "Nobody wants a car park" was her line.', "Nobody wants a car park", P),
        # A title keeps its short function words in lower case (with, from, into).
        (
            'Roe told us on Channel Nine\'s "Tea with the Mayor" that the plan was dead.',
            "Tea with the Mayor",
            N,
        ),
        (
            'The choir performed "Songs from the Harbour" as the mayor left.',
            "Songs from the Harbour",
            N,
        ),
        # An exclamation or a question after a speech verb is what was said, word
        # for word, however short.
        ('When the mayor rose to speak, a man in the back shouted "Go home!"', "Go home!", D),
        ('Ruiz waved her sign and cried "Not again!" at the buses.', "Not again!", D),
        # A cue, an aside and a comma, or a number written with a comma, still
        # hand over to the words reported.
        (
            'Ruiz admitted, however, "As they say, the tide waits for nobody."',
            "As they say, the tide waits for nobody.",
            D,
        ),
        (
            'Roe wrote to her 3,000 readers, "It is time to close the pier," and left.',
            "It is time to close the pier,",
            D,
        ),
        # A slogan printed on hats, shirts or signs is nobody's speech there.
        ('Fans in "Harbour First" hats cheered as Ruiz said goodbye.', "Harbour First", N),
        ('Roe said the crowd waved "no more cuts" signs at the council.', "no more cuts", N),
        # ...but a sentence that ends before the noun is still said.
        ('Roe told the crowd, "We won." T-shirts were handed out.', "We won.", D),
        # A name someone goes by: a pseudonym, an alias, a stage name.
        ('Roe said she blogged under the pseudonym "Tide Watcher" for years.', "Tide Watcher", N),
        (
            'Ruiz told us he performs under the stage name "Little Pier" on Fridays.',
            "Little Pier",
            N,
        ),
        # ...but not before a function word, nor in lower case (with no article before
        # it: after *the* a title-cased quote stands where a name stands, see
        # tests/test_kinds_quoted_names.py).
        ('The mayor said she backed "Clean Streets" and left.', "Clean Streets", P),
        ('The mayor said the "clean streets" campaign was a slogan.', "clean streets", P),
        # A frame noun that is the subject of the quoted words names nothing: the words
        # open with an auxiliary ('the program "is ..."', a surname such as Song).
        ('The Safe Homes program "is gaining ground," Ana Ruiz told us.', "is gaining", P),
        ('Roe said the remark by Dr. Tom Song "was rude and unkind."', "was rude", P),
        # ...nor one that a comma closes before words in lower case.
        ('After the grant program, "farms were broke. They took it," Roe said.', "farms", D),
        # A title after the frame stays a title.
        ('She loved the show "Is It Me" as a child.', "Is It Me", N),
    ],
)
def test_kind_rules(text: str, quoted: str, kind: QuoteKind) -> None:
    got, reason = kind_of(text, quoted)
    assert got is kind, reason


def test_split_quote_second_half_is_direct_after_a_sentence_break_too() -> None:
    text = '"We are ready," she said. "The rest is up to the council."'
    assert [k for _, k, _ in kinds(text)] == [D, D]


@pytest.mark.parametrize(
    "text",
    [
        # Too short to read as a sentence of its own: still the same utterance.
        "“It was close,” the coach said. “Too close”",
        "“We tried,” said Ana Ruiz, the new coach. “Every week”",
        "Hale spoke first. “We tried,” Ruiz told the club. “Every single week”",
        # The comma after the closing mark, as some newspapers print it.
        "“It was close”, the coach said. “Too close”",
    ],
)
def test_a_short_second_half_after_its_speakers_sentence_is_direct(text: str) -> None:
    got = kinds(text)
    assert [k for _, k, _ in got][-1] is D, got[-1]


def test_a_scare_quote_opening_the_next_sentence_stays_a_fragment() -> None:
    # The word runs on into the narrator's own sentence: not a second half.
    text = "“We tried,” she said. “Luck” was how the papers put it."
    assert [k for _, k, _ in kinds(text)][-1] is not D


_PLAIN = st.text(alphabet="abcdefgh ABCD.,", min_size=0, max_size=60)


@given(prefix=_PLAIN, lead=_PLAIN, body=_PLAIN, tail=_PLAIN)
def test_kinds_read_only_their_own_paragraph(prefix: str, lead: str, body: str, tail: str) -> None:
    """A paragraph before the quote's own never changes its kind."""
    para = f'{lead} "{body}" {tail}'
    alone = [(q.kind, q.kind_reason) for q in extract_quotes(para)]
    joined = [(q.kind, q.kind_reason) for q in extract_quotes(f"{prefix}\n\n{para}")]
    assert joined == alone


@given(lead=_PLAIN, body=_PLAIN, tail=_PLAIN)
def test_every_kind_has_a_confidence_and_a_reason(lead: str, body: str, tail: str) -> None:
    for q in extract_quotes(f'{lead} "{body}" {tail}'):
        assert q.kind in set(QuoteKind)
        assert 0.0 < q.kind_confidence <= 1.0
        assert q.kind_reason


_WORDS = st.lists(st.sampled_from(["we", "lost", "it", "again", "never", "all", "too"]), min_size=1)


@given(first=_WORDS, second=_WORDS)
# A first half longer than the window kinds reads: its opening mark is out of sight.
@example(first=["we"] * 28 + ["lost"] * 12, second=["we"])
def test_the_half_after_a_quote_and_its_cue_is_direct(first: list[str], second: list[str]) -> None:
    """Whatever its length, the quote after '"...," Roe said.' continues the utterance."""
    opening = " ".join(second).capitalize()
    text = f"“{' '.join(first).capitalize()},” Ann Roe said. “{opening}”"
    assert [k for _, k, _ in kinds(text)][-1] is D


# The forward pattern _frame_before used before it matched from the end: it tried
# every start position of its 60 characters. The two must find the same words.
_TRAILING_FORWARD = regex.compile(r"((?:[\p{L}\p{N}][\p{L}\p{N}'’\-]*[\s,]+){0,3})$")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1É ,-'’.\u00a0\x1c\u0301“", max_size=40))
def test_trailing_words_from_the_end_equal_the_forward_search(text: str) -> None:
    forward = _TRAILING_FORWARD.search(text)
    backward = kinds_module._TRAILING_WORDS.search(text)
    assert forward is not None and backward is not None
    assert backward.group(1) == forward.group(1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBz09 ,-'’.:\"“”é\u0301\x00", max_size=60))
def test_words_on_ascii_equal_the_unicode_pattern(text: str) -> None:
    assert kinds_module._words(text) == [w.lower() for w in kinds_module._WORD.findall(text)]
    # The same words as printed (the title and name tests read their case).
    assert kinds_module._cased_words(text) == kinds_module._WORD.findall(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ09 ,-'’.:\"“”é\u0301\x00\u00a0\u2160_\n", max_size=40))
def test_no_last_word_only_where_the_pattern_finds_none(text: str) -> None:
    # The title tests ask _no_last_word before _LAST_WORD: it may say "none" only
    # when the pattern would find none.
    if kinds_module._no_last_word(text):
        assert kinds_module._LAST_WORD.search(text) is None


def test_no_last_word_on_every_ascii_character() -> None:
    for c in map(chr, range(128)):
        for text in (c, "word" + c, "word" + c + "\n"):
            if kinds_module._no_last_word(text):
                assert kinds_module._LAST_WORD.search(text) is None, repr(text)
        # The last character alone decides, but for a newline (left to the pattern).
        if c != "\n":
            found = kinds_module._LAST_WORD.search("word" + c) is not None
            assert kinds_module._no_last_word("word" + c) != found, repr(c)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=60))
def test_cased_words_of_any_ascii_text_equal_the_unicode_pattern(text: str) -> None:
    assert kinds_module._cased_words(text) == kinds_module._WORD.findall(text)


def test_lower_casing_makes_no_word_character_outside_ascii_words() -> None:
    # What _plain_words relies on: outside the letters and digits that send a
    # string to the Unicode path, no code point lower-cases to a character that the
    # ASCII word pattern or the Unicode path would read. Every code point is tried.
    ascii_word = regex.compile(r"[A-Za-z0-9'’\-]")
    wrong = [
        hex(cp)
        for cp in range(0x80, 0x110000)
        if kinds_module._NON_ASCII_WORD_CHAR.match(chr(cp)) is None
        # ’ is a word character of the ASCII pattern itself, and its own lower case.
        and chr(cp) != "’"
        and (
            ascii_word.search(chr(cp).lower())
            or kinds_module._NON_ASCII_WORD_CHAR.search(chr(cp).lower())
        )
    ]
    assert wrong == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aBz09 ,-'’‘.:\"“”«»\u0301\u200f\x00İK\u2160—", max_size=80))
def test_plain_words_equal_words_where_no_word_character_is_outside_ascii(text: str) -> None:
    # classify reads its windows with _plain_words when they hold no letter or digit
    # outside ASCII (quote marks and invisible marks may be anything).
    if kinds_module._NON_ASCII_WORD_CHAR.search(text) is None:
        assert kinds_module._plain_words(text) == kinds_module._words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1É ,-'’.\u0301“", max_size=80), st.integers(0, 80))
def test_a_suffix_never_holds_more_words_than_the_whole(text: str, cut: int) -> None:
    # classify's test for a lead of one or two words reads the last 40 characters
    # first: three words there mean three or more in the whole lead.
    assert len(kinds_module._words(text[-cut:] if cut else "")) <= len(kinds_module._words(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab ,;:—–(\"“'’.-«", max_size=40))
@example(head="a" + "'" * 3 + "b")
@example(head="''a'")
def test_last_phrase_from_the_end_equals_the_split(head: str) -> None:
    assert kinds_module._last_phrase(head) == kinds_module._LAST_PHRASE.split(head)[-1]


def test_cue_ends_reads_multi_word_cues_at_the_end() -> None:
    assert kinds_module._cue_ends(["she", "pointed", "out"])
    assert not kinds_module._cue_ends(["pointed", "out", "the", "flaw"])
    assert not kinds_module._cue_ends(["out"])


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Dr.", "Gov."])
def test_kinds_split_sentences_with_the_one_splitter_that_knows_titles(title: str) -> None:
    # The full stop of a title ends no sentence: the cue after the name is in the
    # fragment's sentence.
    text = f'The plan is "a fiscal mess," {title} Jo Marsh said on Friday.'
    (q,) = extract_quotes(text)
    assert q.kind is QuoteKind.PARTIAL
    assert q.kind_reason == "a fragment in a sentence with a speech cue"


# Pieces of dense paragraphs: quotes with and without cues, sentence ends, titles,
# marks of several styles, letters outside ASCII and paragraph breaks.
_DENSE_PIECES = st.sampled_from(
    [
        '"Yes," Ana said, ',
        '"no" ',
        "“Plan B” ",
        "‘fine,’ he told them. ",
        "«oui» ",
        "「はい」 ",
        'the mayor called it "a mess" and ',
        "Dr. Ruiz said: ",
        '"We won." ',
        "She left. ",
        "Zoë said, ",
        '"key": "value", ',
        "\n\n",
        "dubbed ",
        'on NBC\'s "Meet Me" ',
        "\u200f",
        "\u0301",
        "... ",
        '"',
        "U.S. ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_DENSE_PIECES, max_size=40), st.randoms(use_true_random=False))
def test_classify_all_equals_classify_quote_by_quote(pieces: list[str], rnd: random.Random) -> None:
    from quoteverify.config import Config
    from quoteverify.text.spans import extract_with_paragraphs

    text = "".join(pieces)
    extraction, paras = extract_with_paragraphs(text, Config())
    spans = [
        (q.start, q.end, (q.outer_start, q.close_mark.end if q.close_mark else q.end))
        for q in extraction.quotes
    ]
    one_by_one = [kinds_module.classify(text, s, e, outer=o, paras=paras) for s, e, o in spans]
    assert kinds_module.classify_all(text, spans, paras) == one_by_one
    # Out of text order too (nested quotes send the paragraph pointer back).
    order = list(range(len(spans)))
    rnd.shuffle(order)
    shuffled = kinds_module.classify_all(text, [spans[i] for i in order], paras)
    assert shuffled == [one_by_one[i] for i in order]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab A.!?…”) \n"“Dr', max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_window_without_sentence_punctuation_skips_the_splitter(
    text: str, lo: int, hi: int
) -> None:
    from quoteverify.text.layer import TextLayer
    from quoteverify.text.sentences import StopIndex, break_ends, break_spans, ends_sentence

    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    before = text[lo:hi]
    full = max((e for _, e in break_spans(before, 0, len(before))), default=0)
    stops = StopIndex(text)
    assert kinds_module._last_break(text, lo, hi, stops) == full
    guarded = stops.any(max(0, hi - 12), hi)
    assert (guarded and ends_sentence(text, hi)) == ends_sentence(text, hi)
    assert TextLayer(text).breaks(lo, hi) == list(break_ends(text, lo, hi))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 5)), max_size=8),
    st.lists(st.integers(-2, 80), max_size=30),
)
def test_paragraph_cursor_equals_bisect(pieces: list[tuple[int, int]], asked: list[int]) -> None:
    import bisect

    from quoteverify.text.paragraphs import ParagraphCursor

    paras, at = [], 0
    for gap, length in pieces:
        paras.append((at + gap, at + gap + length))
        at += gap + length
    cursor = ParagraphCursor(paras, at)
    for pos in asked:
        assert cursor.index(pos) == bisect.bisect_right(paras, (pos, at + 1)) - 1


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab É.\n’“", max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
)
def test_the_paragraph_letter_check_equals_the_window_check(
    text: str, windows: list[tuple[int, int]]
) -> None:
    from quoteverify.text.paragraphs import paragraphs

    paras = paragraphs(text)
    reader = kinds_module._Reader(text, paras)
    for a, b in windows:
        lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
        i, j = reader.para(lo), reader.para(hi)
        read = text[lo:hi]
        expected = read.isascii() or kinds_module._NON_ASCII_WORD_CHAR.search(read) is None
        assert reader.plain(i, j, lo, hi) == expected


def test_a_title_cased_quote_after_a_noun_and_comma_is_said_when_a_cue_follows() -> None:
    # Before, 'Another pair, "Snap,"' read as a title in apposition to "pair".
    text = 'Ada dealt again. Another pair, "Snap," said Ada Voss. "Your turn."'
    quote = parse(text).quotes[0]
    assert quote.is_speech and quote.speaker is not None and quote.speaker.name == "Ada Voss"
    assert parse('He ran a new ad, "Fair Play," on Monday.').quotes[0].kind.value == "non_speech"


# The definition of non-speech (issue 14): names, titles, terms and scare quotes are
# nobody's words, even with a namer in the clause. Each rule with its own examples
# (the reason names the rule), and the near misses that stay speech.
@pytest.mark.parametrize(
    ("text", "quoted", "kind", "why"),
    [
        # A naming frame, then a determiner.
        ('The old quay was known as the "Long Finger" until 1990.', "Long Finger", N, "determiner"),
        ('Locals dubbed the storm a "grey wall" within hours.', "grey wall", N, "'dubbed'"),
        ('Ruiz said the plan, known as the "Harbour Deal", was dead.', "Harbour Deal", N, "determ"),
        # A renaming verb and its object: the subject named it, nobody said it.
        ('Fans soon dubbed him "the Tide" after the final.', "the Tide", N, "its object"),
        ('Critics branded the scheme "Pier Tax" in their leaflets.', "Pier Tax", N, "its object"),
        ('The press nicknamed Ana Ruiz "Iron Anchor" that spring.', "Iron Anchor", N, "object"),
        ('Roe called her rival "Captain Fog" at the rally.', "Captain Fog", N, "its object"),
        # ...but what somebody called it, in lower case, is a partial quote.
        ('Roe called the plan "a disaster" on Monday.', "a disaster", P, ""),
        ('Ruiz named the budget "the worst in a decade" in her speech.', "the worst", P, ""),
        # A noun, then called or named, then a title-cased name.
        ('They sailed a ferry called "Sea Lark" to the island.', "Sea Lark", N, "after a noun"),
        ('Roe founded a group named "Friends of the Pier" in May.', "Friends", N, "after a noun"),
        # ...not after a pronoun: what she called it is hers.
        ('It was what she called "Plan B" on the radio.', "Plan B", P, ""),
        # ...or a short term in lower case, unless an agent follows (then it is a verdict).
        ('Dealers use a trick called "slow tide" at the market.', "slow tide", N, "after a noun"),
        ('It was a decision called "reckless" by two judges.', "reckless", P, ""),
        # A renaming verb in the passive: a name the text gives.
        ('The old pier is often called "Long Finger" by locals.', "Long Finger", N, "passive"),
        ('The ferry was named "Sea Lark" in 1990.', "Sea Lark", N, "passive"),
        ('The ruling was called "a disgrace" by the mayor.', "a disgrace", P, ""),
        # A noun that cites the word or name after it, whatever modifies it.
        ('Locals still use the old Cornish word "porth" for the cove.', "porth", N, "'word'"),
        ('Ruiz coined a new term "pier creep" for the sprawl.', "pier creep", N, "'term'"),
        # ...but somebody's words are speech.
        ('Roe repeated her words "we will win" to the crowd.', "we will win", P, ""),
        # A title-cased title right after the noun it names.
        ('The council published the report "Water for All" on Monday.', "Water", N, "'report'"),
        ('Roe tabled a bill "Safe Harbours Act" before the recess.', "Safe", N, "the noun 'bill'"),
        ('Ruiz launched the campaign "Clean Quays" with a speech.', "Clean Quays", N, "'campaign'"),
        # ...but words in ordinary case after such a noun may be what it says.
        ('The report "found nothing to worry about", Roe said.', "found nothing", P, ""),
        # A carrier right before a speech verb and a colon prints the words after it.
        ('Dockers marched with banners proclaiming: "Fair Pay Now!"', "Fair", N, "'banners'"),
        ('She wore a cap that says: "Harbour First."', "Harbour First.", N, "'cap'"),
        # ...but a speaker holding one speaks (a comma, or a past verb, between).
        ('Roe, who held a sign, said: "We will stay."', "We will stay.", D, ""),
        ('Dockers with banners chanted: "Fair pay now!"', "Fair pay now!", D, ""),
        # A title-cased quote set off by a comma before a participle of publishing.
        (
            'Pupils go hungry, according to a study, "Empty Shelves," published on Monday.',
            "Empty Shelves,",
            N,
            "publishing",
        ),
        ('Her short film, "Low Tide," directed by Ana Ruiz, won.', "Low Tide,", N, ""),
        # ...but not words that are said, nor a quote not set off by a comma.
        ('"We Are Done," said Roe, and left.', "We Are Done,", D, ""),
        # A short quote cited as a word or a name, with "as" or a possessive before it.
        ('The club chose "Tidewater" as its new name in May.', "Tidewater", N, "'name'"),
        ('The Fenby Dictionary named "doomscroll" its word of the year.', "doom", N, "'word'"),
        # A title after "of" keeps its subtitle after the colon.
        (
            'Ana Ruiz, the author of "Salt Roads: Inside the World of the Old Fen Drainers,"'
            " spoke first.",
            "Salt Roads",
            N,
            "'of'",
        ),
    ],
)
def test_non_speech_by_definition(text: str, quoted: str, kind: QuoteKind, why: str) -> None:
    got, reason = kind_of(text, quoted)
    assert got is kind, reason
    assert why in reason, reason


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Fans dubbed him "the Tide", Roe said.', "the Tide"),
        ('Roe called her rival "Captain Fog" at the rally.', "Captain Fog"),
        ('Ruiz, who runs the ferry, praised the report "Water for All" on Monday.', "Water"),
        ('Strikers will hold banners declaring: "No Cuts Here!" at the gate.', "No Cuts"),
        ('Pupils go hungry, according to a study, "Empty Shelves," issued in May.', "Empty"),
        ('The Fenby Dictionary has named "doomscroll" its word of the year.', "doomscroll"),
        (
            "''We have to be careful,'' said Tom Hale, a co-author of ''Salt Roads: Inside"
            " the World of the Old Fen Drainers.''\n\n''It is fair,'' he added.",
            "Salt Roads",
        ),
    ],
)
def test_a_name_or_a_term_gets_no_speaker(text: str, quoted: str) -> None:
    """A fact-checker asking who said a nickname or a term is told nobody did."""
    art = parse(text)
    (q,) = [q for q in art.quotes if q.text.startswith(quoted)]
    assert q.kind is N and q.speaker is None, (q.kind, q.kind_reason, q.speaker)


def test_quoted_words_inside_a_title_are_part_of_it() -> None:
    text = "Roe reviewed the film \"The 'Best' Years\" for the island paper."
    got = {q.text: (q.kind, q.kind_reason) for q in parse(text).quotes}
    kind, reason = got["Best"]
    assert kind is N and reason.startswith(kinds_module.INSIDE), reason
    assert kinds_module.names_not_speech(reason)


def test_a_quote_inside_speech_is_not_made_a_name() -> None:
    text = "\"We never said 'Best' about it,\" Roe said."
    (inner,) = [q for q in parse(text).quotes if q.text == "Best"]
    assert not inner.kind_reason.startswith(kinds_module.INSIDE)


_NAMING_PIECES = st.sampled_from(
    [
        "Fans dubbed him ",
        "the old quay known as the ",
        "a ferry called ",
        "the report ",
        "Roe said, ",
        "Ruiz told the crowd ",
        "was named ",
        '"Sea Lark" ',
        "\"The 'Best' Years\" ",
        "\"the 'real' deal\" ",
        '"we will win," ',
        '"a disaster" ',
        "she said. ",
        "on Monday. ",
        "\n\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAMING_PIECES, max_size=20))
@example(["Roe said, ", "Fans dubbed him ", "\"the 'real' deal\" ", "on Monday. "])
def test_a_span_that_names_is_never_given_a_speaker(pieces: list[str]) -> None:
    """Whatever stands around it, a span whose reason says it names something is
    non-speech with no speaker, and so is every quote nested in it."""
    quotes = parse("".join(pieces)).quotes
    for q in quotes:
        if kinds_module.names_not_speech(q.kind_reason):
            assert q.kind is N and q.speaker is None, (q.kind_reason, q.speaker)
        if q.parent is not None and kinds_module.inside_a_name(
            quotes[q.parent].kind, quotes[q.parent].kind_reason
        ):
            assert q.kind is N and q.speaker is None, q.kind_reason


# Pieces of dense runs: wordless quotes of every style, keys and values, titles in a
# list, and the words that quiet paragraphs must not hold (cues, frames, naming verbs
# and nouns, some only inside longer words that a window may cut: *unsaid*, *rewording*).
_QUIET_PIECES = st.sampled_from(
    [
        '"w1" ',
        "'w2' ",
        "“w3” ",
        "‘w4’ ",
        "«w5» ",
        "「w6」 ",
        '"key7": "value 7", ',
        '"Film 8", ',
        '"Sea Lark", ',
        "The gala shows ",
        "{",
        "Oda Venn: ",
        "unsaid ",
        "rewording ",
        "said ",
        "told reporters ",
        "dubbed ",
        "fans dub him ",
        "known as the ",
        "the word ",
        "the euphemism ",
        "pointed out ",
        "the report ",
        "named ",
        "is called ",
        ", ",
        ": ",
        "\n\n",
        "Zoë ",
        "x" * 150,
        # Sentence ends, asides, connectives, a colon after a quote, a slogan's
        # carrier, markup: what a quiet paragraph's lower-case quotes still read.
        ". ",
        "! ",
        "(",
        "— ",
        "But ",
        '"we lost." ',
        '"we lost the vote." ',
        '"Go home" ',
        '"3 ways", ',
        '"Low Tide" was ',
        " hats ",
        '"Peace Now": ',
        'id="',
        "On ",
        "then ride home ",
        # Lower-case quotes: a term as subject, one running on, one before a colon.
        '"low tide" was ',
        '"go on" ',
        '"ride": ',
        "=",
    ]
)


@settings(max_examples=300, deadline=None)
@example(['"w1" '] * 30 + ["unsaid "] + ['"w1" '] * 10)
@example(['"key7": "value 7", '] * 20)
@example(["said ", '"w1" '])
@example(["Oda Venn: ", '"w1" ', '"w1" '])
@example(['"w1" ', "told reporters ", ", ", '"w1" '])
@example(['"w1" ', "known as the ", '"Sea Lark", '])
@example(['"w1" ', "dubbed ", '"w1" '])
@example(['"w1" ', "fans dub him ", '"w1" '])
@example(['"w1" ', "the euphemism ", '"w1" '])
@example(['"w1" ', "pointed out ", '"w1" '])
@example(['"w1" ', "the word ", '"w1" '])
@example(['"w1" ', "is called ", '"Sea Lark", '])
@example(['"w1" ', "the report ", '"Sea Lark", '])
@example(['"w1" ', ". ", '"Go home" ', '"we lost." ', "(", '"w1" ', "But ", '"w1" '])
@example(["But ", '"we lost the vote." '])  # a lead of connectives opens a sentence
@example(['"w1" ', ". ", '"low tide" was ', "(", '"go on" ', "hats ", ": ", '"we lost the vote." '])
@example(['"w1" ', '"ride": ', "— ", '"go on" ', "=", '"w1" ', '"key7": "value 7", '])
@example(["On ", '"Peace Now" ', "then ride home "])  # a title read by what follows
@example(['"w1" ', '"Peace Now": ', '"w1" ', " hats ", '"Low Tide" was ', "— ", '"w1" '])
@given(st.lists(_QUIET_PIECES, max_size=50))
def test_a_quiet_paragraph_skips_only_tests_that_would_find_nothing(pieces: list[str]) -> None:
    from quoteverify.config import Config
    from quoteverify.text.spans import extract_with_paragraphs

    text = "".join(pieces)
    extraction, paras = extract_with_paragraphs(text, Config())
    spans = [
        (q.start, q.end, (q.outer_start, q.close_mark.end if q.close_mark else q.end))
        for q in extraction.quotes
    ]
    # Every paragraph checked from its first quote, against a reader that never checks.
    quick = kinds_module._Reader(text, paras, quiet_after=0)
    full = kinds_module._Reader(text, paras, quiet_after=None)
    for s, e, o in spans:
        assert kinds_module._classify(quick, s, e, o) == kinds_module._classify(full, s, e, o)


def test_a_dense_run_of_wordless_quotes_is_quiet_and_a_cue_word_anywhere_is_not() -> None:
    def quiet(text: str) -> tuple[bool, ...]:
        reader = kinds_module._Reader(text, [(0, len(text))], quiet_after=0)
        return tuple(reader.quiet(0, 0))

    # (no cue word, no naming word, no connective)
    assert quiet('"w0" "w1" "w2" ') == (True, True, True)
    assert quiet('{"key0": "value 0", "key1": "value 1"}') == (True, True, True)
    # "film" and "show" end naming frames (the film "...").
    assert quiet('The gala shows "Film 0", "Film 1", "Film 2".') == (True, False, True)
    # A cue, or one inside a longer word that a window may cut.
    assert quiet('"w0" "w1" she said "w2" ') == (False, True, True)
    assert quiet('"w0" "w1" unsaid "w2" ') == (False, True, True)
    # A frame's last word, a naming noun (each holding a connective: kNOWn, wORd).
    assert quiet('"w0" "w1" known as "w2" ') == (True, False, False)
    assert quiet('"w0" "w1" the word "w2" ') == (True, False, False)
    # A speaker named before a colon at the paragraph's start.
    assert quiet('Oda Venn: "w0" "w1" ') == (False, True, True)
    # A connective, in any case.
    assert quiet('"w0" "w1" But "w2" ') == (True, True, False)


# Pieces of paragraphs with no cue word, naming word or connective (checked below):
# lower-case quotes of one to five words, with and without a stop, and what the short
# path reads around them: sentence ends, asides, colons, markup, a slogan's carrier,
# a copula, a lower-case word running on, a window's edge far away.
_LOWER_QUIET_PIECES = [
    '"w1" ',
    "'w2' ",
    "“w3” ",
    '"xy zq"',
    '"up, up" ',
    '"xy zq wv rk" ',
    '"xy zq wv rk pm" ',
    '"we lost the vote." ',
    '"xy zq." ',
    '"Xy" ',
    ". ",
    "! ",
    "A. ",
    "(",
    "— ",
    "-- ",
    ", ",
    ": ",
    "=",
    "\n\n",
    " ",
    "hats ",
    "is ",
    "runs ",
    "x" * 170,
]


def test_the_lower_case_pieces_are_quiet() -> None:
    text = "".join(_LOWER_QUIET_PIECES)
    reader = kinds_module._Reader(text, [(0, len(text))], quiet_after=0)
    assert reader.quiet(0, 0) is kinds_module._QUIET


@settings(max_examples=500, deadline=None)
@example(['"w1" ', ". ", '"xy zq wv rk" ', "(", '"xy zq"', " ", "runs ", '"we lost the vote." '])
@example(['"w1" ', "=", '"xy zq"', ": ", "— ", '"up, up" ', "hats ", '"w1" ', "is "])
@example(["— ", '"xy zq" ', ": ", '"xy zq wv rk pm" ', "x" * 170, '"w1" '])
@example(["(", '"xy zq." ', ". ", '"xy zq." '])
@given(st.lists(st.sampled_from(_LOWER_QUIET_PIECES), max_size=40))
def test_the_short_path_of_lower_case_quotes_equals_the_full_path(pieces: list[str]) -> None:
    from quoteverify.config import Config
    from quoteverify.text.spans import extract_with_paragraphs

    text = "".join(pieces)
    extraction, paras = extract_with_paragraphs(text, Config())
    quick = kinds_module._Reader(text, paras, quiet_after=0)
    full = kinds_module._Reader(text, paras, quiet_after=None)
    for q in extraction.quotes:
        outer = (q.outer_start, q.close_mark.end if q.close_mark else q.end)
        got = kinds_module._classify(quick, q.start, q.end, outer)
        assert got == kinds_module._classify(full, q.start, q.end, outer), q.text


def test_a_lower_case_quote_in_a_quiet_paragraph_takes_the_short_path(monkeypatch) -> None:
    # The property test above compares it with the full path; here, that it is taken.
    taken = []
    short = kinds_module._lower_case_in_quiet

    def counted(*args: object, **options: object) -> tuple[QuoteKind, float, str]:
        taken.append(args[0])
        return short(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(kinds_module, "_lower_case_in_quiet", counted)
    text = "'w0' 'w1' \"Low\" 'we lost the vote.' "
    reader = kinds_module._Reader(text, [(0, len(text))], quiet_after=0)
    assert reader.quiet(0, 0) is kinds_module._QUIET
    kinds = [
        kinds_module._classify(reader, s, e, (s - 1, e + 1))
        for s, e in ((1, 3), (6, 8), (11, 14), (17, 34))
    ]
    assert taken == ["w0", "w1", "we lost the vote."]  # not "Low": a capital
    assert [k for k, _, _ in kinds] == [QuoteKind.NON_SPEECH] * 3 + [QuoteKind.PARTIAL]


def test_a_paragraph_is_checked_only_once_it_has_many_quotes() -> None:
    text = '"w0" "w1" "w2" '
    reader = kinds_module._Reader(text, [(0, len(text))], quiet_after=2)
    asked = [tuple(reader.quiet(0, 0)) for _ in range(4)]
    assert asked == [(False,) * 3, (False,) * 3, (True,) * 3, (True,) * 3]
    never = kinds_module._Reader(text, [(0, len(text))], quiet_after=None)
    assert tuple(never.quiet(0, 0)) == (False,) * 3


_BEFORE_PIECES = st.sampled_from(
    [
        *"ab Z.,'’-\"“”\t\u00a0\u2003\x1c",
        *("known as ", "the word ", "dubbed ", "2", "a ferry called ", "is called "),
        *("fans call him the ", "report "),
    ]
)


@settings(max_examples=400, deadline=None)
@example("fans call him the ", "Sea Lark", " is here.")
@example("fans call Ana’ ", "Sea Lark", "")  # a word may end with an apostrophe
@example("fans call Ana' ", "Sea Lark", "")
@example('the films "Film 1", ', "Film 2", ", next")
@example("known as the\u2003, ", "Sea Lark", "")
@given(
    st.lists(_BEFORE_PIECES, max_size=20).map("".join),
    st.sampled_from(["Sea Lark", "slow walking", "w1", "We won.", "Film 2"]),
    st.sampled_from(["", " is a hit.", " by critics", " hats", ", she said"]),
)
def test_no_word_before_a_quote_means_no_frame_and_no_naming_rule(
    before: str, content: str, after: str
) -> None:
    if kinds_module._word_last(before):
        return
    words = kinds_module._words(content)
    assert kinds_module._frame_before(before) is None
    assert kinds_module._naming(before, content, words, after, words_of=kinds_module._words) is None


# Leads that end on the words the naming rules look for, and quotes of any length.
_NAMING_LEAD = st.lists(
    st.sampled_from(
        ["the", "a", "known", "as", "dubbed", "him", "called", "which", "fans", "call", "is",
         "often", "named", "word", "term", "report", "to", "his", "Ruiz", ",", "ferry"]
    ),
    max_size=8,
).map(lambda ws: " ".join(ws) + " ")  # fmt: skip
_NAMING_QUOTE = st.lists(
    st.sampled_from(["Sea", "Lark", "slow", "walking", "the", "Big", "Grab", "we", "won"]),
    min_size=1,
    max_size=12,
).map(" ".join)


@settings(max_examples=300)
@given(
    lead=_NAMING_LEAD,
    quoted=_NAMING_QUOTE,
    stop=st.sampled_from(["", ".", ","]),
    after=st.sampled_from(["", " as the word of the year.", " by critics.", ", the film"]),
)
def test_no_naming_rule_reads_a_quote_too_long_to_be_a_name(
    lead: str, quoted: str, stop: str, after: str
) -> None:
    # _naming gives up on a quote longer than eight words or ending with sentence
    # punctuation before it tries its rules: each rule must find nothing there.
    # A comma or a stop inside the marks is the narrator's for the rules whose frame
    # or verb names the quote (a noun and *called*, h27; the frames, renaming verbs
    # and the passive, h30) and a noun naming the title after it (h29): each rule
    # finds nothing on the content with the stop, and _naming reads them without it.
    k = kinds_module
    content = quoted + stop
    words = k._words(content)
    full = k._naming(lead, content, words, after, words_of=k._words)
    rules = [
        k._frame_then_determiner(lead, content, words),
        k._renamed_by(lead, content, words),
        k._noun_then_called(lead, content, words, after),
        k._passive_naming(lead, content, words),
        k._naming_noun(lead, content, words),
        k._noun_then_copula(lead, content, words),
        k._relative_naming(lead, content, words),
        k._group_naming(lead, content, words),
        k._frame_with_aside(lead, content, words),
        k._cited_as(content, words, after),
        k._titled_by_noun(lead, content, words),
    ]
    if stop:
        assert rules[:2] + rules[3:-1] == [None] * (len(rules) - 2)
        past_stop = (
            [
                k._frame_then_determiner(lead, quoted, words),
                k._renamed_by(lead, quoted, words, past_stop=True),
                k._noun_then_called(lead, quoted, words, after),
                k._passive_naming(lead, quoted, words),
                k._relative_naming(lead, quoted, words),
                k._group_naming(lead, quoted, words),
                k._frame_with_aside(lead, quoted, words),
                k._titled_by_noun(lead, quoted, words),
            ]
            if k._short_name(quoted, words, most=8)
            else []
        )
        assert (full is None) == all(r is None for r in past_stop)
    elif not k._short_name(content, words, most=8):
        assert full is None and rules == [None] * len(rules)
    else:
        assert (full is None) == (rules == [None] * len(rules))


def test_a_name_of_eight_words_after_called_is_read_and_one_of_nine_is_not() -> None:
    words8 = "Friends Of The Old Pier And Its Boats"
    lead = "they formed a group called "
    k = kinds_module
    assert k._naming(lead, words8, k._words(words8), "", words_of=k._words) is not None
    words9 = words8 + " Too"
    assert k._naming(lead, words9, k._words(words9), "", words_of=k._words) is None


# Pieces of the text before a short quote: naming words, words that end with one
# (a window may cut them), determiners, objects, relatives, punctuation, other marks,
# line breaks, a no-break space, letters outside ASCII and a word longer than 30.
_BEFORE_PIECE = st.sampled_from(
    [
        "called ",
        "Called ",
        "named ",
        "renamed ",
        "dubbed ",
        "known ",
        "as ",
        "was ",
        "the ",
        "a ",
        "it ",
        "him ",
        "the plan ",
        "Ana Ruiz ",
        "is ",
        "often ",
        "word ",
        "term ",
        "report ",
        "which ",
        "locals ",
        "call ",
        "to his fans ",
        "by ",
        "reading ",
        "and then ",
        "mayor ",
        ", ",
        ". ",
        '"plan 3" ',
        "“x” ",
        "-",
        "'",
        "’",
        "\n",
        "\u00a0",
        "Zoë ",
        "U.S. ",
        "x" * 35 + "named ",
        "Quickfoxjumpsoverthedogz ",
        # Words that end with a naming word (as, to, for) without being one, read
        # whole near the quote and cut by a rule's window further back.
        "was ",
        "into ",
        "ex-alias ",
        "x" * 27 + "was ",
        "Tremoloto ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_BEFORE_PIECE, max_size=30),
    st.sampled_from(["plan 3", "Sea Lark", "slow walking", "the Kettle", "a disaster", "Iron Jon"]),
    st.sampled_from(["", " and then", " as the word of the year.", " by critics.", ", she said"]),
)
@example(["the mayor called it ", '"plan 3" ', "and then "], "step 3", "")
@example(["a ferry ", "called "], "Sea Lark", "")
@example(["a boxer ", "known ", "to his fans ", "as "], "Iron Jon", "")
@example(["x" * 35 + "named "], "Sea Lark", "")
@example(["fans ", "dubbed "] + ["Quickfoxjumpsoverthedogz "] * 2, "Iron Jon", "")  # 50 back
@example(["the mayor said the plan ", "was "], "sound", "")
@example(["x" * 27 + "was "] * 3, "Sea Lark", "")
@example(["a pier ", "known ", "x" * 27 + "was ", "the "], "Long Finger", "")
def test_the_naming_gate_gives_what_every_naming_rule_gives(
    pieces: list[str], content: str, after: str
) -> None:
    # _naming leaves out the rules that its gate rules out; tried all in their order
    # (the reference), they must give the same reason, or none.
    before = "".join(pieces)
    words = kinds_module._words(content)
    if not kinds_module._short_name(content, words, most=8):
        return
    got = kinds_module._naming(before, content, words, after, words_of=kinds_module._words)
    every = kinds_module._naming_rules(
        before, content, words, after, words_of=kinds_module._words, gate=kinds_module._EVERY_RULE
    )
    assert got == every


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_BEFORE_PIECE, max_size=30),
    st.sampled_from(["plan 3", "Sea Lark", "slow walking", "the Kettle", "a disaster", "Iron Jon"]),
    st.sampled_from([",", "."]),
    st.sampled_from(["", " and then", " which opens in May.", " by critics.", " she said"]),
)
@example(["a ferry ", "called "], "Sea Lark", ",", "")
@example(["fans ", "dubbed ", "him ", "the "], "Rocket", ".", "")
@example(["she ", "sailed ", "to ", "the "], "Sea Lark", ",", " which opens in May.")
@example(["Roe ", "called ", "Ana Ruiz "], "The Best Mayor", ".", "")
def test_the_naming_gate_serves_a_quote_with_the_narrators_stop_inside(
    pieces: list[str], name: str, stop: str, after: str
) -> None:
    # With a comma or a full stop printed inside the marks, _naming asks only the
    # rules that read past it, behind the same gate; asked with no gate (every rule
    # that reads past the stop, then the title after a noun), the answer is the same.
    before = "".join(pieces)
    content = name + stop
    words = kinds_module._words(content)
    if not kinds_module._short_name(name, words, most=8):
        return
    got = kinds_module._naming(before, content, words, after, words_of=kinds_module._words)
    every = kinds_module._naming_rules(
        before,
        name,
        words,
        after,
        words_of=kinds_module._words,
        gate=kinds_module._EVERY_RULE,
        past_stop=True,
    )
    if every is None:
        every = kinds_module._titled_by_noun(before, name, words)
    assert got == every


def test_a_determiner_with_no_naming_word_before_it_rules_out_every_rule() -> None:
    gate = kinds_module._naming_gate
    assert gate("she walked past the ") == kinds_module._NO_RULE_BEFORE
    assert gate("a pier known as the ") == kinds_module._EVERY_RULE
    assert gate("fans dubbed him the ") == kinds_module._EVERY_RULE
    # The rules still fire where a naming word stands before the determiner.
    k = kinds_module
    assert k._naming("fans dubbed him the ", "Rocket,", ["rocket"], "", words_of=k._words)
    words = ["long", "finger"]
    assert k._naming("a pier known as the ", "Long Finger", words, "", words_of=k._words)


def test_the_naming_gate_reads_the_words_before_the_quote() -> None:
    gate = kinds_module._naming_gate
    assert gate("the mayor called it ") == kinds_module._RENAMED_ONLY
    assert gate('the mayor called it "plan 3" and then ') == kinds_module._NO_RULE_BEFORE
    assert gate("a pier known as the ") == kinds_module._EVERY_RULE
    assert gate("a pier renamed ") == kinds_module._EVERY_RULE  # the end of a word
    # A word near the quote that only ends with a naming word is read whole.
    assert gate("the mayor said the plan was ") == kinds_module._NO_RULE_BEFORE
    # Further back a rule's window may cut it and read its end.
    assert gate("the plan was " + "y" * 30 + " ") == kinds_module._RENAMED_ONLY
    # The names the rules give are kept: a name, a term, a cited word.
    for text, kind in [
        ('Locals dubbed him "the Tide" for years.', QuoteKind.NON_SPEECH),
        ('She sailed a ferry called "Sea Lark" home.', QuoteKind.NON_SPEECH),
        ('The mayor called it "a disaster" and then left.', QuoteKind.PARTIAL),
    ]:
        assert extract_quotes(text).quotes[0].kind is kind, text


# Pieces of a sentence before a quote whose kind reads its last words: cue verbs,
# "that" after a participle, connectives, a document, names, commas, colons, spaces
# of several kinds (the sentence's trailing spaces are stripped from its lead), a
# letter outside ASCII, and long words that move a 40-character cut.
_LEAD_PIECE = st.sampled_from(
    [
        "she said ",
        "Roe told reporters ",
        "adding that ",
        "noting ",
        "that ",
        "But ",
        "And ",
        "the report ",
        "a film called ",
        "in the end, ",
        "the mayor ",
        "Ana Ruiz ",
        "wrote ",
        "by ",
        ", ",
        ": ",
        ". ",
        "\u00a0",
        "\u3000",
        "\u2028",
        "Zoë ",
        "Quickfoxjumpsoverthedog ",
        "x" * 33 + " ",
    ]
)
_QUOTED = st.sampled_from(
    [
        "We will win.",
        "we will win,",
        "Salt Roads",
        "the worst year",
        "Go home!",
        "It is done",
        "no money left any account.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_LEAD_PIECE, max_size=8), _QUOTED), min_size=1, max_size=4))
@example([(["adding that "], "no money left any account.")])
@example([(["Quickfoxjumpsoverthedog ", "she said "], "We will win.")])
@example([(["x" * 33 + " ", "Roe told reporters "], "we will win,")])
@example([(["she said "] + ["Quickfoxjumpsoverthedog "] * 4, "the worst year")])
def test_a_short_lead_split_once_gives_the_kinds_of_each_window(
    sentences: list[tuple[list[str], str]],
) -> None:
    # A sentence before a quote of at most _SHORT_LEAD characters is split into words
    # once, for each window of it that _decide reads; split window by window (the
    # shortcut off), every quote gets the same kind, confidence and reason.
    text = " ".join("".join(pieces) + f"“{quoted}”" for pieces, quoted in sentences) + " Roe said."
    kinds = [(q.kind, q.kind_confidence, q.kind_reason) for q in extract_quotes(text).quotes]
    old = kinds_module._SHORT_LEAD
    kinds_module._SHORT_LEAD = -1
    try:
        each = [(q.kind, q.kind_confidence, q.kind_reason) for q in extract_quotes(text).quotes]
    finally:
        kinds_module._SHORT_LEAD = old
    assert kinds == each


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aZ9 ,.:'’-\u00a0\u3000\u2028\x1cé", min_size=1).map(
        # Up to the bound itself, most at it: a bound set too high fails.
        lambda s: (s * kinds_module._SHORT_LEAD)[: kinds_module._SHORT_LEAD]
    )
)
def test_the_windows_of_a_short_lead_hold_its_words(lead: str) -> None:
    # What the shortcut relies on: a lead of at most _SHORT_LEAD characters is the
    # whole of each window _decide reads of it, whose trailing spaces (stripped or
    # not) hold no word.
    k = kinds_module
    whole = k._words(lead)
    for window in (lead[-100:], lead.rstrip()[-80:], lead.rstrip()[-40:], lead.rstrip()):
        assert k._words(window) == whole
