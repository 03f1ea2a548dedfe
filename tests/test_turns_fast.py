"""The dialogue pass's shortcuts give what the plain computations give.

``turns.converse`` reads a long text as one conversation when it holds many
alternating exchanges (a novel, or many news articles joined into one). Two of
its steps no longer read the whole text per question: the narration beside a
turn skips the quote spans before it by bisection, and the words the text writes
in lower case are looked up one at a time, until the words asked have cost more
than collecting them all (read by ``re`` on the lines with no letter outside
ASCII). Each test runs both ways on generated input; each fails when its shortcut
answers differently.
"""

from __future__ import annotations

import collections
import itertools

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Mention, Quote, Speaker, parse
from quoteverify.speakers import identity, turns

_WORDS = ["Will", "will", "come", "Come", "é", "Émile", "émile", "o'neil", "ß", "x", ""]
_WORDS += ["iPad", "e\u0301mile", "ǅ", "wilL"]
_GLUE = [" ", ", ", ". ", "\n", "’", "-", "\u0301", "1"]
_TEXTS = st.lists(st.sampled_from(_WORDS + _GLUE), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    _TEXTS,
    st.lists(st.sampled_from([*_WORDS, "ill", "wil", "e"]), max_size=12),
    st.integers(0, 4),
    st.sampled_from([1, 4, 1024]),
)
def test_lower_words_is_the_set_of_lower_case_words(
    text: str, asked: list[str], direct: int, reach: int
) -> None:
    # (reach 1 or 4: the whole set is made once the words asked were found inside
    # other words or at a capital about as often as the text has characters.)
    whole = frozenset(turns._LOWER.findall(text))
    words = turns._LowerWords(text, direct=direct, reach=reach)
    shared = identity.LowerWordCounts(text)
    shared.counts()  # as the name registry of a long text leaves them
    again = turns._LowerWords(text, direct=direct, reach=reach, counts=shared)
    for word in asked:  # before and after it has switched to the whole set
        assert (word in words) == (word in whole), word
        assert (word in again) == (word in whole), word


def test_lower_words_of_a_long_text_switch_to_the_whole_set_on_many_hits() -> None:
    text = "The annual plan. " * 400 + "Ann said it on her iPad. annie"
    counts = identity.LowerWordCounts(text)
    words = turns._LowerWords(text, reach=1024, counts=counts)
    assert "ann" not in words  # 400 hits inside "annual", more than the 64 allowed
    assert not words._whole and counts._counts is None
    # The next word: read from the counts of every lower-case word (the registry's).
    assert "annual" in words and words._whole and counts._counts is not None
    assert "annie" in words and "said" in words and "ann" not in words
    assert words._all is None  # ... which answer every word of lower-case letters
    assert "iPad" in words and "iP" not in words  # a capital inside: _LOWER's own set
    assert words._all is not None


# Lines in and out of ASCII: letters, marks, NUL, punctuation outside ASCII that is
# no letter (a curly quote, a dash, a no-break space), and line breaks.
_LINE_TEXTS = st.text(
    alphabet=st.sampled_from(list("abAB zZ,\n.éÉ\u0301\x00\u201c\u2014\u00a0ªǅ1")), max_size=60
)


@settings(max_examples=500, deadline=None)
@given(_LINE_TEXTS)
def test_lower_words_read_by_lines_are_the_pattern_s_matches(text: str) -> None:
    got = identity._findall_by_lines(text, turns._ASCII_LOWER, turns._LOWER)
    assert collections.Counter(got) == collections.Counter(turns._LOWER.findall(text))


def test_hearers_and_the_dialogue_pass_share_one_reading_of_the_text() -> None:
    text = "Come here, Will. Will you come?"
    common = turns.lower_words(text)
    assert turns.hearer_names(text, ["Come here, Will."], common=common) == [("Will",)]
    assert turns.hearer_names(text, ["Come here, Will."]) == [("Will",)]
    assert "come" in common and "will" not in common


def _spans(draw: st.DrawFn, n: int) -> list[tuple[int, int]]:
    """Spans sorted by start, which may overlap or nest (converse's only promise)."""
    starts = sorted(draw(st.lists(st.integers(0, n), max_size=12)))
    return [(s, draw(st.integers(s, n))) for s in starts]


@st.composite
def _outside_case(draw: st.DrawFn) -> tuple[str, int, int, list[tuple[int, int]]]:
    text = draw(st.text("ab .", max_size=40))
    lo = draw(st.integers(0, len(text)))
    hi = draw(st.integers(lo, len(text)))
    return text, lo, hi, _spans(draw, len(text))


@settings(max_examples=300, deadline=None)
@given(_outside_case())
def test_outside_with_reach_is_the_plain_scan(
    case: tuple[str, int, int, list[tuple[int, int]]],
) -> None:
    text, lo, hi, spans = case
    reach = list(itertools.accumulate((e for _, e in spans), max))
    assert list(turns._outside(text, lo, hi, spans, reach)) == list(
        turns._outside(text, lo, hi, spans)
    )


def test_lower_words_reads_edges() -> None:
    words = turns._LowerWords("Will you come, Will? we will-see")
    assert "will" in words  # "will-see": the hyphen ends the word
    assert "ill" not in words and "wil" not in words and "Will" not in words


# Mentions as a cue gives them: a title or a pronoun first, or not, with or without
# words after it, full stops and capitals, spaces at either end.
_MENTION_WORDS = ["Mrs.", "mrs", "Ms", "Mr.", "MR", "Sir", "she", "She", "he", "HE", "he.", "they"]
_MENTION_WORDS += ["Tova", "Brill", "Sheikha", "Lord", "herself", "", " ", "\t"]
_MENTIONS = st.lists(st.sampled_from(_MENTION_WORDS), max_size=4).map(" ".join)


def _votes_read_word_by_word(quotes: list[Quote]) -> dict[str, str]:
    """``turns._gender_votes`` read the plain way: every word of each mention
    listed, the speaker's key made for every mention."""
    tally: dict[str, collections.Counter[str]] = {}
    for q in quotes:
        if q.speaker is None or q.speaker_mention is None:
            continue
        listed = [w.rstrip(".").casefold() for w in q.speaker_mention.text.split()]
        key = identity._norm(q.speaker.name)
        if listed and (listed[0] in turns._FEMALE_TITLES or listed == ["she"]):
            tally.setdefault(key, collections.Counter())["f"] += 1 if listed == ["she"] else 3
        elif listed and (listed[0] in turns._MALE_TITLES or listed == ["he"]):
            tally.setdefault(key, collections.Counter())["m"] += 1 if listed == ["he"] else 3
    settled = {}
    for key, counted in tally.items():
        ranked = counted.most_common()
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            settled[key] = ranked[0][0]
    return settled


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Tova Brill", "Ines Hart", "Hart", None]), _MENTIONS),
        max_size=12,
    )
)
def test_gender_votes_read_only_the_first_word_as_every_word_does(
    cues: list[tuple[str | None, str]],
) -> None:
    base = parse('"We left early," said Ines Hart.').quotes[0]
    quotes = [
        attrs.evolve(
            base,
            speaker=None if name is None else Speaker(name=name),
            speaker_mention=Mention(start=0, end=len(said), text=said),
        )
        for name, said in cues
    ]
    assert turns._gender_votes(quotes) == _votes_read_word_by_word(quotes)


def test_gender_votes_count_a_pronoun_only_alone() -> None:
    base = parse('"We left early," said Ines Hart.').quotes[0]
    hart = Speaker(name="Ines Hart")

    def said(*mentions: str) -> list[Quote]:
        return [
            attrs.evolve(base, speaker=hart, speaker_mention=Mention(start=0, end=1, text=m))
            for m in mentions
        ]

    assert turns._gender_votes(said("she", " she ")) == {"ines hart": "f"}
    assert turns._gender_votes(said("she Hart")) == {}  # a pronoun with more words: no vote
    assert turns._gender_votes(said("Mr. Hart", "she", "she")) == {}  # 3 to 2: not settled
    assert turns._gender_votes(said("Mrs Hart", "he")) == {"ines hart": "f"}
