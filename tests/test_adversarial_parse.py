"""Full parsing (attribution on) of hostile inputs: right answers, bounded work, no crash.

Speed itself is measured in ``benchmarks/bench_adversarial.py``; these tests
check behaviour, and that the work attribution does per quote does not grow
with the number of quotes around it (counted, not timed).
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import attribution
from quoteverify.speakers.identity import _NameCounts
from quoteverify.text.spans import extract_with_paragraphs


def _json_like(n: int) -> str:
    return "{" + ", ".join(f'"field{i}": "entry {i}"' for i in range(n)) + "}"


def test_json_like_run_gives_every_string_and_no_speaker() -> None:
    text = _json_like(300)
    art = quoteverify.parse(text)
    assert [q.text for q in art.quotes[:4]] == ["field0", "entry 0", "field1", "entry 1"]
    assert len(art.quotes) == 600
    assert all(q.speaker is None for q in art.quotes)


def test_quote_after_hundreds_of_quotes_in_one_sentence_keeps_its_speaker() -> None:
    # No sentence break anywhere: the cue right before the last quote still counts.
    text = " ".join(f'"w{i}"' for i in range(400)) + ' and Ana Ruiz said "we will win" today'
    last = quoteverify.parse(text).quotes[-1]
    assert last.text == "we will win"
    assert last.speaker is not None and last.speaker.name == "Ana Ruiz"
    assert last.cue is not None and last.cue.rule == "X-said-quote"


def test_list_of_titles_then_a_speaker() -> None:
    films = ", ".join(f'"Film {i}"' for i in range(200))
    text = f'The festival listed {films} and then Ana Ruiz said "we will win" today'
    art = quoteverify.parse(text)
    assert [q.text for q in art.quotes[:2]] == ["Film 0", "Film 1"]
    assert art.quotes[-1].speaker is not None and art.quotes[-1].speaker.name == "Ana Ruiz"


def test_transcript_of_short_quotes_each_with_its_cue() -> None:
    text = "; ".join(f'"Point {i}" Ana Ruiz said' for i in range(200))
    art = quoteverify.parse(text)
    assert len(art.quotes) == 200
    assert all(q.speaker is not None and q.speaker.name == "Ana Ruiz" for q in art.quotes)


def test_invisible_and_combining_characters_do_not_hide_the_cue() -> None:
    unit = '\u200f"Yes\u200d," Ana Ruiz said\x00 and\u0301 '
    art = quoteverify.parse(unit * 50)
    assert len(art.quotes) == 50
    assert all(q.speaker is not None and q.speaker.name == "Ana Ruiz" for q in art.quotes)


def _tokenised_chars(text: str, monkeypatch: object) -> int:
    """Characters attribution tokenises while parsing ``text``."""
    counted = [0]
    real = attribution.tokenize

    def counting(t: str, start: int, end: int) -> list[attribution.Token]:
        counted[0] += max(0, end - start)
        return real(t, start, end)

    monkeypatch.setattr(attribution, "tokenize", counting)  # type: ignore[attr-defined]
    quoteverify.parse(text)
    return counted[0]


def test_attribution_work_per_character_does_not_grow_with_the_quotes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Before the look-back was bounded, each quote tokenised its paragraph from the
    # start: four times the quotes meant sixteen times the characters tokenised.
    small, large = _json_like(150), _json_like(600)
    per_char_small = _tokenised_chars(small, monkeypatch) / len(small)
    per_char_large = _tokenised_chars(large, monkeypatch) / len(large)
    assert per_char_large <= 1.3 * per_char_small


def test_sentence_start_is_bounded() -> None:
    text = _json_like(400)
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    for q in quotes[::37]:
        start = ctx.sentence_start(paras[0][0], q.outer_start)
        assert q.outer_start - start <= max(attribution._FAR, attribution._BEFORE + 1)


def test_inside_quote_agrees_with_a_scan() -> None:
    text = '“He said ‘the «best» deal’ and left,” she said. "Yes," Ana said, "no."'
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    for pos in range(len(text)):
        scan = any(q.outer_start <= pos < q.outer_end for q in quotes)
        assert ctx.inside_quote(pos) is scan


@pytest.mark.parametrize("dense", [0, 10_000])
def test_context_tokens_equal_tokenize_on_any_window(dense: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 0: every paragraph's tokens are made once and sliced; 10,000: never.
    monkeypatch.setattr(attribution, "_DENSE_QUOTES", dense)
    text = "Ana’s plan, ‘rock’n’roll’, U.S.A. “Yes,” she said—and left.\nNext ‘line’ here."
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    ctx = attribution._Context(text, list(extraction.quotes), paras)
    for para in paras:
        for start in range(para[0], para[1]):
            for end in range(start, para[1] + 1):
                assert ctx.tokens(start, end) == attribution.tokenize(text, start, end)
                inside = [
                    t
                    for t in attribution.tokenize(text, start, end)
                    if not ctx.inside_quote(t.start)
                ]
                assert ctx.outside_tokens(start, end) == inside


_MARKS = "\"'“”‘’«»‹›「」『』„‚"
_HOSTILE = _MARKS + string.ascii_letters[:12] + " ,.;:!?-—\n\x00\u200f\u200d\u0301"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_HOSTILE, max_size=300))
def test_parse_never_crashes_on_text_full_of_marks(text: str) -> None:
    art = quoteverify.parse(text)
    for q in art.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="AaJjo hnSm'’\u0301.-", max_size=80),
    st.text(alphabet="AaJjo hnSm'’\u0301.-", min_size=1, max_size=12),
)
def test_name_counts_equal_str_count(text: str, name: str) -> None:
    assert _NameCounts(text, direct=0).count(name) == text.count(name)


def _inside_by_scan(quotes: list[quoteverify.Quote], pos: int, around: quoteverify.Quote) -> bool:
    """The scan back over every quote that ``_Context.inside_quote`` replaced."""
    for q in reversed([q for q in quotes if q.outer_start <= pos]):
        if q.outer_start <= pos < q.outer_end and not (
            q.start <= around.outer_start and around.outer_end <= q.end
        ):
            return True
        if q.depth == 0:
            return False
    return False


def test_inside_quote_around_an_inner_quote_agrees_with_a_scan() -> None:
    inner = " ".join(f"‘w{i}’ said Ana," for i in range(12))
    text = f"He said “{inner} and ‘more «deep» words’ here” she said. “Next,” Ana said."
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    assert ctx.nested
    for around in quotes:
        for pos in range(len(text)):
            assert ctx.inside_quote(pos, around=around) is _inside_by_scan(quotes, pos, around)


def _wordless_quotes(text: str) -> list[bool]:
    """For each quote of ``text``, whether attribution takes the wordless fast path."""
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    out = []
    for q in quotes:
        para = ctx.para_of(q.outer_start)
        end_para = ctx.para_of(max(q.outer_start, q.outer_end - 1))
        out.append(attribution._wordless(q, ctx, para, end_para))
    return out


def test_wordless_only_where_no_word_is_in_reach() -> None:
    text = _json_like(80) + ' and then Ana Ruiz said "we will win" today'
    words = text.index(" and then")
    quotes = quoteverify.extract_quotes(text).quotes
    for q, wordless in zip(quotes, _wordless_quotes(text), strict=True):
        # Wordless exactly when the words at the end are out of reach (_AFTER ahead).
        assert wordless is (q.outer_end + attribution._AFTER <= words)
    # A paragraph with few quotes is never asked: its rules are cheap already.
    assert _wordless_quotes('"a", "b", "c"') == [False, False, False]


def test_wordless_quotes_keep_the_speakers_their_context_gives() -> None:
    # A transcript's speaker inside the quote, and the speaker carried to the quotes
    # of a paragraph that opens after a colon-ended one.
    names = ("WALLACE", "OKAFOR")
    turns = ", ".join(f'"{names[i % 2]}: point {i}."' for i in range(12))
    art = quoteverify.parse(turns)
    assert all(_wordless_quotes(turns))
    assert [q.speaker_mention.text if q.speaker_mention else None for q in art.quotes[:3]] == [
        "WALLACE",
        "OKAFOR",
        "WALLACE",
    ]
    lead = "Ana Ruiz replied to each of them in turn:\n" + ", ".join(
        f'"Answer number {i}."' for i in range(12)
    )
    first = quoteverify.parse(lead).quotes[0]
    assert first.speaker is not None and first.speaker.name == "Ana Ruiz"


_SEPARATORS = st.sampled_from([", ", ": ", " ", "; ", " - ", " / ", " — ", ". ", ",\n", "\n\n"])
_INNER = st.sampled_from(
    ["key", "Film 3", "Yes,", "said Ana", "WALLACE: yes", "Ana Ruiz", "no.", "It was.", "w1"]
)
_PLAIN = st.sampled_from(["", "", "", "", " Ana Ruiz said ", " and ", " she told me "])
_QUOTE = st.tuples(st.sampled_from(['"', "“", "‘", "«"]), _INNER).map(
    lambda p: p[0] + p[1] + {'"': '"', "“": "”", "‘": "’", "«": "»"}[p[0]]
)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(_QUOTE, _SEPARATORS, _PLAIN), min_size=8, max_size=40))
def test_wordless_fast_path_gives_what_every_rule_gives(parts: list[tuple[str, str, str]]) -> None:
    # Dense runs of quotes with a few words between them: the fast path and the full
    # rules must agree on every quote (the fast path only skips rules that cannot fire).
    text = "{" + "".join(q + sep + plain for q, sep, plain in parts) + "}"
    fast = quoteverify.parse(text)
    real = attribution._wordless
    try:
        attribution._wordless = lambda *args: False  # type: ignore[assignment]
        slow = quoteverify.parse(text)
    finally:
        attribution._wordless = real  # type: ignore[assignment]
    assert fast.quotes == slow.quotes


def _rule_calls(text: str, monkeypatch: object) -> int:
    """Calls of the rules that read a cue around a quote, while parsing ``text``."""
    counted = [0]
    for name in ("_before", "_after_adjacent", "_after_sentence", "_verbed_before"):
        real = getattr(attribution, name)

        def counting(*args: object, _real: object = real) -> object:
            counted[0] += 1
            return _real(*args)  # type: ignore[operator]

        monkeypatch.setattr(attribution, name, counting)  # type: ignore[attr-defined]
    quoteverify.parse(text)
    return counted[0]


@pytest.mark.parametrize(
    "make",
    [
        _json_like,
        lambda n: "The festival shows " + ", ".join(f'"Film {i}"' for i in range(n)) + ".",
        lambda n: " ".join(f"“w{i}”" for i in range(n)),
    ],
    ids=["json_kv", "titles", "alt_curly"],
)
def test_cue_rules_run_for_a_bounded_number_of_wordless_quotes(make, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The costly rules run only for the quotes within reach of a word: as many for
    # 2,000 quotes as for 400 (before the fast path, four to five times as many).
    small, large = _rule_calls(make(400), monkeypatch), _rule_calls(make(2000), monkeypatch)
    assert large == small


def test_the_rules_skipped_for_a_wordless_quote_are_the_cue_rules() -> None:
    from quoteverify.speakers.rules import RULES

    skipped = {rule.name for rule in RULES if rule.reads_beside}
    # Every rule that reads a cue beside the quote, and no rule that takes the
    # speaker from the quote itself or from further away.
    assert skipped == {
        "lead-in",
        "after-quote",
        "cue-closes-sentence",
        "cue-before",
        "cue-later",
        "verb-before",
    }


# Words for long sentences with cues anywhere: single and multi-word cues, names,
# pronouns, capitals after and before punctuation, and quotes between them.
_CUE_WORDS = st.sampled_from(
    [
        "said",
        "Said",
        "told",
        "reporters",
        "was",
        "quoted",
        "as",
        "saying",
        "went",
        "on",
        "to",
        "in",
        "a",
        "statement",
        "Ana",
        "Ruiz",
        "she",
        "he",
        "the",
        "mayor",
        "added",
        "and",
        "if",
        ",",
        ":",
        "—",
        "'s",
        "United",
        "States",
    ]
)
_CUE_PIECE = st.one_of(_CUE_WORDS, _QUOTE)


@settings(max_examples=150, deadline=None)
@given(st.lists(_CUE_PIECE, min_size=4, max_size=120))
@example(pieces=["Ana", "Ruiz", "said", *(["and", "the", "mayor"] * 5)])
def test_cue_search_skipping_wordy_stretches_gives_what_every_token_gives(
    pieces: list[str],
) -> None:
    # ``_before`` jumps over tokens that cannot end a cue; asked at every token
    # instead (every index an opener), it must find the same cue and speaker.
    text = " ".join(pieces) + ' "last one" today.'
    fast = quoteverify.parse(text)
    real = attribution._cue_openers
    try:
        attribution._cue_openers = lambda toks: list(range(len(toks)))  # type: ignore[assignment]
        slow = quoteverify.parse(text)
    finally:
        attribution._cue_openers = real  # type: ignore[assignment]
    assert fast.quotes == slow.quotes


@given(
    pieces=st.lists(st.sampled_from(["a", " ", "\n\n", '"', "b."]), max_size=40),
    data=st.data(),
)
def test_para_of_equals_a_search_of_the_paragraphs(pieces: list[str], data: st.DataObject) -> None:
    # Asked in any order (the fast path remembers the paragraph found last), the
    # paragraph is the last one starting at or before the position.
    text = "".join(pieces)
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    ctx = attribution._Context(text, list(extraction.quotes), paras)
    for _ in range(8):
        pos = data.draw(st.integers(-2, len(text) + 2))
        i = bisect.bisect_right([p[0] for p in paras], pos) - 1
        assert ctx.para_of(pos) == (paras[i] if i >= 0 else (0, len(text)))


def test_rows_applying_to_a_kind_are_the_rows_in_order_that_take_it() -> None:
    from quoteverify.model import QuoteKind
    from quoteverify.speakers.rules import RULES

    for rules in (RULES, RULES[::-1], attribution._not_beside(RULES)):
        for kind in QuoteKind:
            want = tuple(r for r in rules if kind in r.applies_to)
            assert attribution._applying(rules, kind) == want
            assert attribution._applying(rules, kind) == want  # asked again: remembered


def _lead_in_without_precheck(site: attribution.Site) -> attribution.Attribution | None:
    """The lead-in row as it read before its precheck: always asks ``site.before()``."""
    q, text = site.q, site.ctx.text
    if (
        not text[max(site.para[0], q.outer_start - 40) : q.outer_start]
        .rstrip()
        .endswith((",", ":"))
    ):
        return None
    found = site.before()
    if (
        found is not None
        and found.cue is not None
        and (found.cue.rule == "colon-lead-in" or q.outer_start - found.cue.end <= 3)
    ):
        return found
    return None


_LEAD_PIECES = st.sampled_from(
    [
        '"Yes,"',
        "“no,”",
        "'maybe'",
        '"',
        "“",
        "”",
        " ",
        ", ",
        ": ",
        ". ",
        "\n\n",
        "Ana",
        "Ben Ruiz",
        "she",
        "said",
        "told reporters",
        "replied",
        "the report",
        "Roe's",
        "claim",
        "according to",
        "in a statement",
        "and",
        "then",
        "Mr.",
        "U.S.",
        "—",
        "\u200f",
        "\u0301",
        "asked",
        "wrote",
        "said:",
        "(",
        ")",
        "went on",
    ]
)


def _assert_rows_agree(
    text: str, fast: Callable[[Any], object], slow: Callable[[Any], object]
) -> None:
    """Every quote of ``text`` gets the same answer from a row and its reference."""
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    for q in quotes:
        para = ctx.para_of(q.outer_start)
        site = attribution.Site(q, ctx, para, quotes, None)
        assert fast(site) == slow(attribution.Site(q, ctx, para, quotes, None))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LEAD_PIECES, max_size=40))
@example(['"Yes,"', " ", "she", " ", "said", ", ", '"no,"', " ", "Ana", " ", "said", ", "])
@example(["Roe's", " ", "claim", ", ", '"', "Yes", '"'])
@example(["Ana", " ", "said", ": ", '"a"', ", ", '"b"'])
@example(["Ana", " ", "said", " ", ":", " ", " ", " ", '"a"'])  # a colon far from the words
@example(
    [
        '"a\u200fb0,"',
        " she said\u200f \u200f",
        '"c\u200f"',
        ", ",
        '"a\u200fb1,"',
        " she said\u200f \u200f",
        '"c\u200f"',
    ]
)
def test_lead_in_precheck_answers_as_the_row_without_it(pieces: list[str]) -> None:
    # The lead-in row skips before() when no cue it could keep can end beside the
    # quote; what it answers must be what it answered when it always asked.
    _assert_rows_agree("".join(pieces), attribution.find_lead_in, _lead_in_without_precheck)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_HOSTILE, max_size=300))
@example('“a ‘b «c» d’ e” f "g" h ‘i “j’ k” l')  # nested and crossing spans
@example("“a b\n\n“c d” e")  # a quote run on over paragraphs
def test_paragraph_tokens_outside_quotes_equal_the_filter(text: str) -> None:
    # A paragraph's tokens outside quotes are found gap by gap between its quotes;
    # they must be those inside_quote calls outside, token by token.
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    ctx = attribution._Context(text, list(extraction.quotes), paras)
    for para in paras:
        pt = ctx._para_tokens(para, para[1])
        assert pt.outside == [i for i, t in enumerate(pt.toks) if not ctx.inside_quote(t.start)]
        assert pt.outside_toks == [pt.toks[i] for i in pt.outside]


@settings(max_examples=300, deadline=None)
@given(st.lists(_LEAD_PIECES, max_size=30))
def test_a_cue_starts_only_at_a_word_that_opens_one(pieces: list[str]) -> None:
    # What the cue-later precheck relies on: where no token of the window is the
    # first word of a cue, _cue_at finds none at any of them.
    text = "".join(pieces)
    toks = attribution.tokenize(text, 0, len(text))
    single, multi = attribution._cues()
    for k, t in enumerate(toks):
        if t.lower not in single and t.lower not in multi:
            assert attribution._cue_at(toks, k, len(toks)) == k


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"Yes," of the plan, Ana said.', "said"),
        ('"Yes," of the plan, Ana s\u00e1id.', None),
        # A mark with no composed letter, or a joiner, inside the word: still *said*.
        ('"Yes," of the plan, Ana said\u0301.', "said\u0301"),
        ('"Yes," of the plan, Ana sa\u200did.', "sa\u200did"),
    ],
)
def test_cue_later_with_and_without_a_cue_word_in_reach(text: str, cue: str | None) -> None:
    q = quoteverify.parse(text).quotes[0]
    assert (q.cue.text if q.cue is not None else None) == cue


def _closes_sentence_without_precheck(site: attribution.Site) -> attribution.Attribution | None:
    """The cue-closes-sentence row as it read before its precheck."""
    found = site.later()
    if (
        found is not None
        and found.cue is not None
        and attribution._ends_sentence(site.ctx, found.cue)
    ):
        return found
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(_LEAD_PIECES, max_size=40))
@example(['"Yes,"', " of the plan", ", ", "Ana", " ", "said", ". "])
@example(['"Yes"', " and then ", '"no"', " while ", "the report", " ", "said", " it"])
@example(['"Yes,"', ", ", "she", " ", "said", "\n\n", "Ana"])  # a paragraph ends the tail
@example(['"Yes"', " of the plan for the new town hall", ", ", "Ana", " ", "said", "."])
@example(['"Yes"', " of the plan for the new town hall", ", ", "Ana", " ", "said", "\n"])
def test_cue_closes_sentence_precheck_answers_as_the_row_without_it(pieces: list[str]) -> None:
    _assert_rows_agree(
        "".join(pieces), attribution.find_cue_closes_sentence, _closes_sentence_without_precheck
    )
