"""A word with mojibake inside it (UTF-8 read as Windows-1252 or Latin-1) is one token,
and a name spelt so is read whole as the speaker's."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

import quoteverify as qv
from quoteverify.speakers.mentions import find_names
from quoteverify.text.layer import TextLayer, tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text, 0, len(text))]


def test_a_letter_read_as_two_characters_stays_in_its_word() -> None:
    assert _words("Lucía PeÃ±a Olmos spoke") == ["Lucía", "PeÃ±a", "Olmos", "spoke"]
    assert _words("the Ã©lection day") == ["the", "Ã©lection", "day"]
    assert _words("PapÃ¡, he wrote") == ["PapÃ¡", ",", "he", "wrote"]
    # The soft hyphen and the C1 controls that Latin-1 leaves read on too.
    assert _words("Ana GarcÃ\xada left") == ["Ana", "GarcÃ\xada", "left"]
    # Read wrong twice: each pair is a lead and what a continuation byte reads as.
    assert _words("Rafael BasÃ\x83Â¡Ã\x83Â±ez") == ["Rafael", "BasÃ\x83Â¡Ã\x83Â±ez"]
    # An apostrophe read as three characters.
    assert _words("we donâ€™t know") == ["we", "donâ€™t", "know"]


def test_decomposed_leads_read_on_as_composed_ones() -> None:
    text = unicodedata.normalize("NFD", "Lucía PeÃ±a Olmos")
    assert _words(text) == [unicodedata.normalize("NFD", w) for w in ("Lucía", "PeÃ±a", "Olmos")]


def test_quote_marks_dashes_and_other_letters_still_end_a_word() -> None:
    # A quote mark after the lead stays a mark; a dash or an ellipsis after any
    # capital stays punctuation; a symbol after a letter that leads no mojibake too.
    assert _words("Ã“scar") == ["Ã", "“", "scar"]
    assert _words("JOSÉ—and CAFÉ…") == ["JOSÉ", "—", "and", "CAFÉ", "…"]
    assert _words("NESCAFÉ® jars") == ["NESCAFÉ", "®", "jars"]
    assert _words("SÃO PAULO") == ["SÃO", "PAULO"]
    # A curly opening mark read as three characters is no apostrophe.
    assert _words("said â€œWe")[:3] == ["said", "â", "€"]


def test_the_name_reader_reads_a_name_in_mojibake_whole() -> None:
    text = "Envoy Arturo SarukhÃ\x83Â¡n met Ana PeÃ±a in Lyon."
    assert [f.head for f in find_names(text)] == ["Arturo SarukhÃ\x83Â¡n", "Ana PeÃ±a"]


def test_a_speaker_named_in_mojibake_is_read_whole() -> None:
    article = qv.parse(
        '"We will rebuild the pier by spring," said Inés JuÃ¡rez, the harbour chief.'
    )
    assert [q.speaker_name for q in article.quotes] == ["Inés JuÃ¡rez"]
    article = qv.parse('Port chief FranÃ\x83Â§ois Marchetti said: "The pier opens in May."')
    assert [q.speaker_name for q in article.quotes] == ["FranÃ\x83Â§ois Marchetti"]


_TAILS = st.sampled_from(
    ["\u00b1", "\u00a9", "\u00a1", "\u00a7", "\x83", "\xad", "\u20ac", "\u2122"]
)
_LEADS = st.sampled_from(["\u00c3", "\u00c2", "\u00c5", "A\u0303", "A\u0302"])
_LETTERS = st.text("abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=6)


@given(
    before=_LETTERS,
    lead=_LEADS,
    tail=_TAILS,
    after=_LETTERS,
    gap=st.sampled_from([" ", ", ", "\n"]),
)
def test_a_word_with_mojibake_inside_is_one_token_and_offsets_round_trip(
    before: str, lead: str, tail: str, after: str, gap: str
) -> None:
    word = before.capitalize() + lead + tail + after
    text = f"Ana{gap}{word}{gap}said"
    toks = tokenize(text, 0, len(text))
    assert word in [t.text for t in toks]
    for t in toks:  # half-open offsets into the text as given
        assert text[t.start : t.end] == t.text
    for a in range(len(text)):  # any window's tokens are the text's own
        assert all(text[t.start : t.end] == t.text for t in tokenize(text, a, len(text)))


_PIECES = st.sampled_from(
    ["Pe", "Ã", "A\u0303", "Â", "±", "\x83", "©", "a", " ", "-", "’", "“", "â€™", "Ana", ". "]
)


@given(pieces=st.lists(_PIECES, max_size=40), data=st.data())
def test_the_layer_answers_windows_with_mojibake_as_tokenize_does(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    layer = TextLayer(text)
    for _ in range(4):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert layer.tokens(start, end) == tokenize(text, start, end)
