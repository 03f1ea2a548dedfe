"""Sentences built to be hard for attribution's look-backs and name readers: a
sentence of names and quotes that never ends, a cue followed by a long run of
capitalised words, a quote never closed that holds sentences with quotes of their
own, a country or a title word that speaks after a long word of capitals. Answers
only; their speed is measured in ``benchmarks/bench_adversarial.py``
(``names_no_stop``, ``capitalised_runs``, ``open_quote_sentences``,
``land_after_capitals``, ``title_after_capitals``, ``unnamed_openings``)."""

from __future__ import annotations

import quoteverify
from quoteverify.model import SpeakerKind

_PEOPLE = ("Hana Strid", "Oskar Mbeki", "Ruth Calloway", "Teodor Ng")
_BOARDS = ("the Water Board", "the Bus Company", "the Arts Trust")


def test_quotes_in_a_sentence_that_never_ends_keep_the_name_of_their_clause() -> None:
    # Past the first few quotes, a name far back in the sentence never takes a quote:
    # each goes to the person named in its own clause.
    clauses = [
        f'{_PEOPLE[i % 4]}, who runs {_BOARDS[i % 3]}, said "item {i}" and ' for i in range(300)
    ]
    art = quoteverify.parse("At the meeting " + "".join(clauses))
    assert len(art.quotes) == 300
    assert [q.speaker_name for q in art.quotes[-200:]] == [_PEOPLE[i % 4] for i in range(100, 300)]
    assert {q.cue.rule if q.cue else None for q in art.quotes[-200:]} == {"X-said-quote"}


def test_a_long_run_of_capitalised_words_after_a_cue_is_read_a_bounded_way() -> None:
    run = "Harbour Board Water Company Rail Union City Hall " * 40
    text = "".join(f'"Item {i}," said {_PEOPLE[i % 4]} {run}' for i in range(20))
    art = quoteverify.parse(text)
    assert len(art.quotes) == 20
    for q in art.quotes:
        m = q.speaker_mention
        assert m is not None and text[m.start - 5 : m.start] == "said "  # right after the cue
        assert len(m.text) < 300  # not the run to its end (2,000 characters)


def test_a_quote_never_closed_keeps_its_speaker_and_its_inner_quotes_theirs() -> None:
    inner = "".join(
        f"Judge {_PEOPLE[i % 4]} said the ruling was 'fair' and then "
        f"{_PEOPLE[(i + 1) % 4].split()[1]} said 'not so' "
        for i in range(80)
    )
    art = quoteverify.parse('Ana Ruiz said: "' + inner)
    outer, *nested = art.quotes
    assert outer.depth == 0 and outer.speaker is not None and outer.speaker.name == "Ana Ruiz"
    assert len(nested) == 160 and all(q.depth == 1 for q in nested)
    assert [q.speaker_name for q in nested] == [
        _PEOPLE[(i + k) % 4] for i in range(80) for k in (0, 1)
    ]


def test_a_country_speaks_after_a_long_word_of_capitals() -> None:
    # The look-back for the land's name printed as a surname crosses the word of
    # capitals and finds none: each cue's land speaks, as an organisation. (A US
    # state: the look-back is _land_speaks's, which reads the states and the
    # countries that lexicons/nations.tsv does not hold.)
    word = "K" * 2500
    text = f"{word} Western envoys met. " + "".join(f'"Step {i}," Nevada said. ' for i in range(30))
    art = quoteverify.parse(text)
    assert [(q.speaker_name, q.speaker.kind if q.speaker else None) for q in art.quotes] == [
        ("Nevada", SpeakerKind.ORGANIZATION)
    ] * 30
    # A capital word right before the name prints it as a surname, however long
    # the word: then the name is a person's.
    text = f'{word} Kal Nevada met us. "Step 1," Nevada said.'
    assert parse_speaker_kind(text) is SpeakerKind.PERSON


def parse_speaker_kind(text: str) -> SpeakerKind | None:
    (q,) = quoteverify.parse(text).quotes
    return q.speaker.kind if q.speaker is not None else None


def test_a_title_word_speaks_after_a_long_word_of_capitals() -> None:
    # "King said": the look-back for the word printed as a surname crosses the word
    # of capitals; it finds the surname when the text prints it, and none otherwise.
    word = "K" * 2500
    cues = "".join(f'"Step {i}," King said. ' for i in range(30))
    alone = quoteverify.parse(f"{word} Royal envoys met. {cues}")
    assert len(alone.quotes) == 30 and {q.speaker_name for q in alone.quotes} == {"King"}
    named = quoteverify.parse(f"{word} Royal envoys met. Rep. Pete King spoke. {cues}")
    assert [q.speaker_name for q in named.quotes] == ["Pete King"] * 30


def test_a_descriptor_after_many_unnamed_openings_takes_the_nearest_that_speaks() -> None:
    # Sentences open on unnamed people who say nothing ("An envoy 3 left."): none is a
    # speaker's description, so "the envoy" stays as printed; one opening that is a
    # cue's subject ("An envoy from the north said ...") is the one it names back,
    # however many silent openings come after it. Each opening is read once
    # (identity._Registry._unnamed_at); its cost is bench_adversarial's.
    silent = "".join(f"An envoy {i} left. A clerk {i} left. " for i in range(60))
    quotes = "".join(f'"Point {i}," the envoy said. ' for i in range(20))
    alone = quoteverify.parse(silent + quotes)
    assert {q.speaker_name for q in alone.quotes} == {"the envoy"}
    lead = "An envoy from the north said talks would go on. "
    clerks = "".join(f"A clerk {i} left. " for i in range(60))
    spoke = quoteverify.parse(lead + clerks[-400:] + quotes)
    assert [q.speaker_name for q in spoke.quotes][:1] == ["An envoy from the north"]
    # Another envoy between (*An envoy 59 left.*) may be the one "the envoy" names:
    # it names neither (identity._another_described, h49b-review).
    between = quoteverify.parse(lead + silent[-400:] + quotes)
    assert [q.speaker_name for q in between.quotes][:1] == ["the envoy"]
