"""Example-based tests of the quoted-span parser, one behaviour each."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Config, QuoteKind, extract_quotes, parse
from quoteverify.model import DiagnosticCode, GapKind
from quoteverify.text import spans as spans_module


def texts(source: str, **kw: object) -> list[str]:
    return [q.text for q in extract_quotes(source, **kw)]  # type: ignore[arg-type]


def codes(source: str) -> list[str]:
    return [d.code.value for d in extract_quotes(source).diagnostics]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('He said "we are ready" today.', ["we are ready"]),
        ("He said 'we are ready' today.", ["we are ready"]),
        ("He said “we are ready” today.", ["we are ready"]),
        ("He said ‘we are ready’ today.", ["we are ready"]),
        ("Il a dit « nous sommes prêts » hier.", ["nous sommes prêts"]),
        ("Il a dit «nous sommes prêts» hier.", ["nous sommes prêts"]),
        ("Er sagte »wir sind bereit« gestern.", ["wir sind bereit"]),
        ("Er sagte „wir sind bereit“ gestern.", ["wir sind bereit"]),
        ("Er sagte ‚wir sind bereit‘ gestern.", ["wir sind bereit"]),
        ("Il a dit ‹ oui › hier.", ["oui"]),
        ("彼は「準備ができた」と言った。", ["準備ができた"]),
        ("彼は『準備ができた』と言った。", ["準備ができた"]),
        ("He said ``we are ready'' today.", ["we are ready"]),
        ("''We are ready,'' he said.", ["We are ready,"]),
    ],
)
def test_every_mark_style_pairs(source: str, expected: list[str]) -> None:
    assert texts(source) == expected
    assert codes(source) == []


@pytest.mark.parametrize(
    "source",
    [
        "They don't know it's Trump’s plan.",
        "Jones' dog met the Joneses' cat.",
        "Music of the ’90s and the '80s.",
        "A night of rock 'n' roll and rock ’n’ roll.",
        "'Tis the season, ’twas the night.",
        "They met at five o'clock, and 'em too.",
    ],
)
def test_apostrophes_never_open_quotes(source: str) -> None:
    ex = extract_quotes(source)
    assert list(ex) == []
    assert ex.diagnostics == ()


def test_apostrophes_inside_a_quote_do_not_close_it() -> None:
    assert texts("“It’s the ’90s again, isn’t it,” she said.") == ["It’s the ’90s again, isn’t it,"]
    assert texts("'We don't know,' he said of Jones' plan.") == ["We don't know,"]


def test_possessive_s_closes_an_open_single_quote() -> None:
    assert texts("The word 'Joneses' appears twice.") == ["Joneses"]


def test_straight_marks_take_direction_from_context() -> None:
    ex = extract_quotes('"First," she said, "and second." Then "third".')
    assert [q.text for q in ex] == ["First,", "and second.", "third"]


def test_tokenised_text_with_spaces_around_marks() -> None:
    # MSRP-style text puts spaces on both sides of every mark.
    assert texts('He called it " the witness " in court .') == ["the witness"]


def test_nesting_with_the_other_mark() -> None:
    ex = extract_quotes("“I told him, ‘Hello, neighbour,’ and he smiled,” Putin said.")
    outer, inner = ex
    assert outer.text == "I told him, ‘Hello, neighbour,’ and he smiled,"
    assert inner.text == "Hello, neighbour,"
    assert (outer.depth, inner.depth) == (0, 1)
    assert inner.parent == 0 and outer.parent is None


def test_nesting_with_the_same_mark() -> None:
    ex = extract_quotes("«Il a dit «non» très vite», raconte-t-il.")
    assert [q.text for q in ex] == ["Il a dit «non» très vite", "non"]
    assert ex[1].parent == 0


def test_newspaper_multi_paragraph_quote_is_one_quote() -> None:
    source = (
        "The envoy spoke at length:\n\n"
        "“We came to listen.\n\n"
        "“We leave with more questions than answers.\n\n"
        "“Still, it was worth the flight,” he said.\n\nLater, nothing."
    )
    (q,) = parse(source).quotes
    assert q.text.startswith("We came to listen.") and q.text.endswith("worth the flight,")
    assert len(q.reopen_marks) == 2 and q.closed
    assert [source[s:e] for s, e in q.pieces] == [
        "We came to listen.",
        "We leave with more questions than answers.",
        "Still, it was worth the flight,",
    ]
    assert q.plain_text == (
        "We came to listen. We leave with more questions than answers. "
        "Still, it was worth the flight,"
    )


def test_a_new_paragraph_in_another_style_does_not_continue_a_quote() -> None:
    source = '"Block quote starts here.\n\n“Here he is,” she said.'
    ex = extract_quotes(source)
    assert [q.text for q in ex] == ["Block quote starts here.", "Here he is,"]
    assert codes(source) == ["unclosed"]


def test_unclosed_quote_is_closed_at_its_sentence_end_before_the_next_quote() -> None:
    source = 'They called it "calm and useful. "We hope for peace," he said. "Yes," she said.'
    ex = extract_quotes(source)
    assert [q.text for q in ex] == ["calm and useful.", "We hope for peace,", "Yes,"]
    (d,) = ex.diagnostics
    assert d.code is DiagnosticCode.UNCLOSED and source[d.start] == '"'
    assert not ex[0].closed and ex[1].closed


def test_unclosed_quote_is_closed_at_the_paragraph_end() -> None:
    source = 'He shouted "stop the talks now\n\nThe next paragraph has "a quote" too.'
    ex = extract_quotes(source)
    assert [q.text for q in ex] == ["stop the talks now", "a quote"]
    assert codes(source) == ["unclosed"]


def test_stray_closer_is_reported_and_the_rest_is_kept() -> None:
    source = "A stray” mark, then “a real quote” later."
    ex = extract_quotes(source)
    assert [q.text for q in ex] == ["a real quote"]
    (d,) = ex.diagnostics
    assert d.code is DiagnosticCode.STRAY_CLOSER and source[d.start : d.end] == "”"


def test_odd_number_of_marks_loses_one_quote_not_the_article() -> None:
    good = " ".join(f'Speaker {i} said "line {i}" today.' for i in range(20))
    source = 'Early on "one mark never closes. ' + good
    found = texts(source)
    assert [f"line {i}" for i in range(20)] == [t for t in found if t.startswith("line")]


def test_unclosed_inner_mark_is_reported_without_a_span() -> None:
    source = "“He said ‘no and left,” she recalled."
    ex = extract_quotes(source)
    assert [q.text for q in ex] == ["He said ‘no and left,"]
    assert codes(source) == ["unclosed_inner"]


def test_a_quote_inside_an_unclosed_inner_mark_takes_the_enclosing_quote_as_parent() -> None:
    # The ‘ never closes, so it has no span: «best» sits one level inside quote 0.
    ex = extract_quotes("“He called it ‘the «best» deal, and left,” she said.")
    assert [(q.text, q.depth, q.parent) for q in ex][1:] == [("best", 1, 0)]
    assert codes("“He called it ‘the «best» deal, and left,” she said.") == ["unclosed_inner"]


def test_empty_quote_is_a_diagnostic() -> None:
    ex = extract_quotes('An empty "" pair.')
    assert list(ex) == [] and codes('An empty "" pair.') == ["empty"]


def test_separator_guillemets_are_not_quotes() -> None:
    ex = extract_quotes("Home » News » World\n\nBody text.")
    assert list(ex) == [] and ex.diagnostics == ()


def test_too_deep_nesting_is_reported() -> None:
    source = "“‘“‘deep’”’”"
    ex = extract_quotes(source, config=Config(max_depth=2))
    assert [q.depth for q in ex] == [0, 1]
    assert "too_deep" in [d.code.value for d in ex.diagnostics]


@pytest.mark.parametrize(
    ("run", "gaps"),
    [
        (".", []),
        ("..", []),
        ("...", ["..."]),
        (". . .", [". . ."]),
        (". .  . . .", [". . ."]),
        ("[. .]", ["[. .]"]),
        ("[.]", ["[.]"]),
    ],
)
def test_ellipsis_runs(run: str, gaps: list[str]) -> None:
    (q,) = extract_quotes(f"“Wait {run} go,” he said.")
    assert [g.text for g in q.gaps] == gaps


@given(st.text(alphabet=". \t\u00a0\n[]…ab,", max_size=30))
def test_a_body_passed_over_for_gaps_has_none(body: str) -> None:
    # The gap search is skipped for a quote with no "…", no "[" and fewer than
    # three full stops: it would find nothing there.
    if not spans_module._may_hold_gaps(body):
        assert spans_module._gaps(body, 0, len(body)) == ()


def test_two_sentences_quoted_hold_no_gap() -> None:
    (q,) = extract_quotes("“We lost. Then we won.” she said.")
    assert q.gaps == ()
    (q,) = extract_quotes("“We lost. Then. . . we won.” she said.")
    assert [g.text for g in q.gaps] == [". . ."]


@pytest.mark.parametrize("run", ["." * 300_000, ". " * 200_000, "[" + ". " * 200_000 + "]"])
def test_a_huge_ellipsis_is_one_gap_in_bounded_memory(run: str) -> None:
    # A run of dots once made the gap pattern keep about 100 bytes of state per
    # dot (a MemoryError at a few million dots); now the pattern repeats only
    # character classes, and the memory left is the text's own copies.
    tracemalloc.start()
    try:
        (q,) = extract_quotes(f"“{run}")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(g.start, g.text) for g in q.gaps] == [(1, run.rstrip())]
    assert peak < 20 * len(run)


@pytest.mark.parametrize("source", ['"' * 40_000, "”" * 40_000, "“‘" * 20_000])
def test_memory_per_diagnostic_is_bounded(source: str) -> None:
    # A text of nothing but marks has a diagnostic for every mark or two. Each
    # costs its object and two offsets (messages are shared), and no list of
    # every mark is kept on the side: this peaked at 350 to 760 bytes a diagnostic.
    tracemalloc.start()
    try:
        ex = extract_quotes(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(ex.diagnostics) >= len(source) // 2
    assert peak < 250 * len(ex.diagnostics)


def test_repeated_diagnostics_share_their_message() -> None:
    first, second = extract_quotes("a ” b ” c").diagnostics
    assert first.message == "closing mark '”' has no opening mark"
    assert first.message is second.message


def test_ellipses_and_brackets_are_kept_and_marked() -> None:
    source = "“It [the summit] went well... and […] we will meet again … soon [...] ok,” he said."
    (q,) = extract_quotes(source)
    assert "[the summit]" in q.text
    kinds = [(g.kind, g.text) for g in q.gaps]
    assert kinds == [
        (GapKind.BRACKET, "[the summit]"),
        (GapKind.ELLIPSIS, "..."),
        (GapKind.BRACKETED_ELLIPSIS, "[…]"),
        (GapKind.ELLIPSIS, "…"),
        (GapKind.BRACKETED_ELLIPSIS, "[...]"),
    ]
    for g in q.gaps:
        assert source[g.start : g.end] == g.text


def test_offsets_round_trip_and_marks_are_recorded() -> None:
    source = "Intro. “One,” he said, ‘two’ and «three»."
    for q in extract_quotes(source):
        assert source[q.start : q.end] == q.text
        assert source[q.open_mark.start : q.open_mark.end] == q.open_mark.char
        assert q.close_mark is not None
        assert source[q.close_mark.start : q.close_mark.end] == q.close_mark.char
        assert q.outer_start == q.open_mark.start and q.outer_end == q.close_mark.end


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("“We will meet again next year,” the minister said.", QuoteKind.DIRECT),
        ("The minister said: “We will meet again next year.”", QuoteKind.DIRECT),
        ("She described the talks as “constructive” and left.", QuoteKind.PARTIAL),
        ("He warned of “very severe consequences” for Moscow.", QuoteKind.PARTIAL),
        ("A banner reading “Alaska 2025” hung behind them.", QuoteKind.NON_SPEECH),
        ("The limousine, nicknamed “the Beast”, waited outside.", QuoteKind.NON_SPEECH),
        ("He read “The Art of the Deal” on the plane.", QuoteKind.NON_SPEECH),
        ("Critics mocked the so-called “reset” with Russia.", QuoteKind.NON_SPEECH),
    ],
)
def test_kind_from_form_and_context(source: str, kind: QuoteKind) -> None:
    (q,) = extract_quotes(source)
    assert q.kind is kind, q.kind_reason
    assert 0.0 < q.kind_confidence <= 1.0 and q.kind_reason


def test_coordinated_quotes_share_a_frame() -> None:
    ex = extract_quotes("A backdrop reading “Alaska 2025” and “Pursuing Peace” stood there.")
    assert [q.kind for q in ex] == [QuoteKind.NON_SPEECH, QuoteKind.NON_SPEECH]


def test_paragraph_modes() -> None:
    wrapped = '"This quote runs on\nto the next line," she said.'
    assert texts(wrapped, config=Config(paragraphs="blank_line")) == [
        "This quote runs on\nto the next line,"
    ]
    assert texts(wrapped, config=Config(paragraphs="newline")) == ["This quote runs on"]


def test_hard_wrapped_text_is_detected() -> None:
    line = "This is a hard wrapped line of prose that goes on for a while"
    body = "\n".join([line] * 6)
    source = f'"{body}," she said.\n\nNext paragraph here.'
    (q,) = extract_quotes(source)
    assert q.text == body + ","


def test_crlf_line_endings() -> None:
    assert texts('"One,"\r\nhe said.\r\n\r\n"Two," she said.') == ["One,", "Two,"]


def test_a_long_list_of_joined_titles_keeps_short_reasons() -> None:
    # A chain of coordinated quotes shares the first quote's reason instead of
    # nesting "joined to the quote before it" once per link (quadratic in the chain).
    text = "The shop sold " + ", ".join(f"“Tune {i}”" for i in range(300)) + " last year."
    quotes = extract_quotes(text).quotes
    assert len(quotes) == 300
    reasons = {q.kind_reason for q in quotes[1:]}
    assert len(reasons) == 1
    (reason,) = reasons
    assert reason.count("joined to the quote before it") == 1
    assert reason.endswith(quotes[0].kind_reason)


def test_the_quotes_marks_and_diagnostics_built_without_init_equal_those_built_with_it() -> None:
    import pickle

    import attrs

    from quoteverify.model import Diagnostic, Mark, Quote, builder

    text = '“Come back,” Ada Lind said, and ‘soon’ «now» "" then a stray ” here.'
    extraction = extract_quotes(text)
    assert len(extraction.quotes) == 3
    assert len(extraction.diagnostics) == 2
    for obj in [*extraction.quotes, *extraction.diagnostics]:
        fields = attrs.asdict(obj, recurse=False)
        by_init = type(obj)(**fields)
        assert obj == by_init
        assert hash(obj) == hash(by_init)
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert attrs.evolve(obj) == obj
    for quote in extraction.quotes:
        assert type(quote) is Quote
        assert type(quote.open_mark) is Mark
        assert quote.open_mark == Mark(
            start=quote.open_mark.start, end=quote.open_mark.end, char=quote.open_mark.char
        )
    assert all(type(d) is Diagnostic for d in extraction.diagnostics)
    # Frozen all the same, and every field must be given.
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        extraction.quotes[0].start = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        builder(Mark)(start=1, end=2)


def test_a_class_that_converts_its_fields_gets_no_builder() -> None:
    import attrs

    from quoteverify.model import builder

    @attrs.frozen(kw_only=True)
    class Converted:
        start: int = attrs.field(converter=int)

    with pytest.raises(TypeError, match="converts its fields"):
        builder(Converted)

    # A validator is the users' check, run by __init__ and not by the builder,
    # whose callers pass fields of the right types.
    @attrs.frozen(kw_only=True)
    class Checked:
        start: int = attrs.field(validator=attrs.validators.ge(0))

    with pytest.raises(ValueError, match="start"):
        Checked(start=-1)
    assert builder(Checked)(start=2) == Checked(start=2)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=" \t\n\x0b\x1c\x1f\u00a0\u2003\u200b\x00ab.\"'", max_size=12),
    st.integers(0, 12),
    st.integers(0, 12),
)
def test_the_ink_at_a_quotes_edges_is_where_the_patterns_find_it(
    text: str, start: int, end: int
) -> None:
    # The pairer and the span's trimming test the edge characters first.
    start, end = min(start, len(text)), min(end, len(text))
    first = spans_module._FIRST_INK.search(text, start, end)
    last = spans_module._LAST_INK.search(text, start, end)
    assert spans_module._first_ink(text, start, end) == (None if first is None else first.start())
    assert spans_module._last_ink(text, start, end) == (None if last is None else last.end())


def test_the_ascii_ink_is_what_the_patterns_call_ink() -> None:
    for c in map(chr, range(128)):
        assert (c in spans_module._ASCII_INK) == (spans_module._FIRST_INK.match(c) is not None)
