"""Cleaning scraped text: entities, tags, mojibake, the offset map, and parse(clean=...)."""

from __future__ import annotations

import html
import json
import sys
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import parse
from quoteverify.errors import MissingExtraError, OptionError, QuoteVerifyError, TextTypeError
from quoteverify.model import DiagnosticCode
from quoteverify.surfaces.records import diagnostic_from_record, diagnostic_record
from quoteverify.text.clean import (
    _HTML5,
    _HTML_ENTITY,
    _HTML_TAG,
    DEFAULT_STEPS,
    STEPS,
    Cleaned,
    clean,
    html_hint,
    mojibake_hint,
)

# Invented sentences in the shapes scraped pages take.
ENTITIES = "The mayor said: &ldquo;We will open the bridge in May,&rdquo; at a briefing."
QUOT = "&quot;The pool stays shut until the repairs end,&quot; Ms Okafor said."
MOJIBAKE = "â€œThe trains will run late all week,â€ said Jan Kowalski."
BOLD = (
    '<p>“The harbour <b>must</b> stay open,” said Ana Lind.</p><p>“We <a href="/x">agree</a>,”'
    " the port chief replied.</p>"
)


def covered(article: Any) -> list[str]:
    """Each quote's outer span, mapped back to the original text."""
    assert article.cleaning is not None
    original = article.cleaning.original
    return [
        original[slice(*article.to_original(q.outer_start, q.outer_end))] for q in article.quotes
    ]


# ------------------------------------------------------------------ the four shapes


def test_entity_quotes_are_found_only_when_cleaned() -> None:
    plain = parse(ENTITIES)
    assert plain.quotes == ()
    assert [d.code for d in plain.diagnostics] == [DiagnosticCode.LOOKS_LIKE_HTML]
    cleaned = parse(ENTITIES, clean=True)
    assert [q.text for q in cleaned.quotes] == ["We will open the bridge in May,"]
    assert covered(cleaned) == ["&ldquo;We will open the bridge in May,&rdquo;"]
    assert cleaned.diagnostics == ()


def test_quot_entities_pair_and_attribute() -> None:
    assert parse(QUOT).quotes == ()
    article = parse(QUOT, clean=True)
    (q,) = article.quotes
    assert q.text == "The pool stays shut until the repairs end,"
    assert q.speaker is not None and q.speaker.name == "Okafor"
    assert covered(article) == ["&quot;The pool stays shut until the repairs end,&quot;"]
    assert article.cleaning is not None
    name = article.to_original(q.speaker_mention.start, q.speaker_mention.end)  # type: ignore[union-attr]
    assert article.cleaning.original[slice(*name)] == "Ms Okafor"


def test_mojibake_quotes_are_repaired_by_default() -> None:
    plain = parse(MOJIBAKE)
    assert plain.quotes == ()
    assert [d.code for d in plain.diagnostics] == [DiagnosticCode.LOOKS_LIKE_MOJIBAKE]
    assert plain.diagnostics[0].start == 0
    article = parse(MOJIBAKE, clean=True)
    (q,) = article.quotes
    assert q.text == "The trains will run late all week,"
    assert q.speaker is not None and q.speaker.name == "Jan Kowalski"
    assert covered(article) == ["â€œThe trains will run late all week,â€"]


def test_tags_inside_quotes_vanish_and_paragraphs_stay_apart() -> None:
    plain = parse(BOLD)
    assert [d.code for d in plain.diagnostics][:1] == [DiagnosticCode.LOOKS_LIKE_HTML]
    article = parse(BOLD, clean=True)
    assert [q.text for q in article.quotes] == ["The harbour must stay open,", "We agree,"]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "Ana Lind"
    assert covered(article) == [
        "“The harbour <b>must</b> stay open,”",
        '“We <a href="/x">agree</a>,”',
    ]
    assert "\n\n" in article.text[article.quotes[0].end : article.quotes[1].start]


def test_every_quote_text_is_its_slice_of_the_cleaned_text() -> None:
    for text in (ENTITIES, QUOT, MOJIBAKE, BOLD):
        article = parse(text, clean=True, doc_id="d")
        for q in article.quotes:
            assert article.text[q.start : q.end] == q.text


# -------------------------------------------------------------------------- steps


def test_entities_follow_html_unescape_edge_cases() -> None:
    text = "&amp &ampx &#8220;a&#x201D; &#0; &#1114112; &notin; &notit; &bogus; &# &"
    assert clean(text, steps=["entities"]).text == html.unescape(text)


def test_block_inline_cell_script_style_and_comment_tags() -> None:
    text = (
        "<div>one<br/>two</div><i>x</i><td>a</td><td>b</td>"
        "<script>var s = '<p>';</script><style>p{}</style><!-- note -->end"
    )
    assert clean(text, steps=["tags"]).text == "\n\none\n\ntwo\n\nx a  b end"


def test_unclosed_comment_and_script_are_kept_as_text() -> None:
    assert clean("a <!-- b", steps=["tags"]).text == "a <!-- b"
    assert clean("a <script>b <!-- c", steps=["tags"]).text == "a b <!-- c"


def test_angle_brackets_that_are_not_tags_stay() -> None:
    text = "3 < 4 and 5 > 2, <3 and a <-- arrow"
    assert clean(text).text == text
    assert html_hint(text) is None


def _html_hint_by_search(text: str) -> tuple[int, int] | None:
    """html_hint as two searches of the whole text, without its quick ``in`` tests."""

    found = [tag.span()] if (tag := _HTML_TAG.search(text)) is not None else []
    found += [
        m.span()
        for m in _HTML_ENTITY.finditer(text)
        if m.group()[1] == "#" or m.group()[1:] in _HTML5
    ][:1]
    return min(found) if found else None


@given(st.text(alphabet=st.sampled_from(list("<>&#;/ abpx1lt\n")), max_size=40))
def test_html_hint_equals_the_plain_searches(text: str) -> None:
    assert html_hint(text) == _html_hint_by_search(text)


def test_html_hint_without_the_opening_characters() -> None:
    assert html_hint("Tom and Jerry; 3 > 2 #1") is None
    assert html_hint("a <b>bold</b> &amp; more") == (2, 5)
    assert html_hint("Tom &amp; Jerry") == (4, 9)


def test_tags_first_so_escaped_markup_stays_text() -> None:
    assert clean("&lt;b&gt;bold&lt;/b&gt;").text == "<b>bold</b>"


def test_mojibake_table() -> None:
    text = "â€œaâ€\x9d â€˜bâ€™ câ€”d eâ€“f gâ€¦ Ã©tÃ© Â«hiÂ» â„¢ â€ x"
    assert clean(text, steps=["mojibake"]).text == "“a” ‘b’ c—d e–f g… été «hi» ™ ” x"


def test_mojibake_leaves_real_accents_alone() -> None:
    text = "Ça, déjà vu à São Paulo, â la carte, NÃO, café…”"
    assert clean(text).text == text
    assert mojibake_hint(text) is None


def test_steps_run_in_fixed_order_and_are_recorded() -> None:
    c = clean("x", steps=["mojibake", "tags"])
    assert c.steps == ("tags", "mojibake")
    assert clean("x").steps == DEFAULT_STEPS
    assert STEPS[: len(DEFAULT_STEPS)] == DEFAULT_STEPS
    assert not c.changed
    assert clean("", steps=[]).text == ""


def test_ftfy_step_repairs_what_the_table_does_not() -> None:
    pytest.importorskip("ftfy")
    text = "â€œHe wonâ€™t,â€ she said. The Ã¼ber tax. â€œNoÃ«l.â€"
    c = clean(text, steps=[*DEFAULT_STEPS, "ftfy"])
    assert c.text == "“He won’t,” she said. The über tax. “Noël.”"
    alone = clean("GrÃ¼ÃŸe aus KÃ¶ln", steps=["ftfy"])
    assert alone.text == "Grüße aus Köln"
    # a run ftfy rewrote maps to all of its source; the letters around it to themselves
    assert alone.original[slice(*alone.span_to_original(2, 3))] == "Ã¼ÃŸ"
    assert alone.original[slice(*alone.span_to_original(0, 2))] == "Gr"
    assert alone.original[slice(*alone.span_to_original(10, 14))] == "KÃ¶ln"


def test_ftfy_step_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ftfy", None)
    with pytest.raises(MissingExtraError, match=r"quoteverify\[clean\]"):
        clean("Ã©", steps=["ftfy"])
    assert clean("Ã©").text == "é"  # the default never needs it


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: clean(b"<b>x</b>"), TextTypeError),  # type: ignore[arg-type]
        (lambda: clean("x", steps=["html"]), OptionError),
        (lambda: clean("x", steps=[3]), OptionError),  # type: ignore[list-item]
        (lambda: clean("x", steps=3), OptionError),  # type: ignore[arg-type]
        (lambda: clean("x", steps={"tags": 1}), OptionError),  # type: ignore[arg-type]
        (lambda: parse("x", clean="html"), OptionError),
        (lambda: parse("x", clean=1), OptionError),  # type: ignore[arg-type]
        (lambda: parse("x", clean=None), OptionError),  # type: ignore[arg-type]
        (lambda: clean("abc").to_original(4), OptionError),
        (lambda: clean("abc").to_original(-1), OptionError),
        (lambda: clean("abc").to_original(1.0), OptionError),  # type: ignore[arg-type]
        (lambda: clean("abc").span_to_original(2, 1), OptionError),
    ],
)
def test_bad_input_is_a_clear_error(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, QuoteVerifyError)


def test_a_step_name_alone_is_accepted() -> None:
    assert parse("<b>x</b>", clean="tags").text == "x"
    assert parse("<b>x</b>", clean=("tags",)).cleaning is not None


# ---------------------------------------------------------------------- diagnostics


def test_hints_name_the_first_spot_and_the_fix() -> None:
    text = "Plain start. AT&T and Q&A are fine. Then &eacute;t&eacute; and <em>this</em>."
    (d,) = parse(text).diagnostics
    assert d.code is DiagnosticCode.LOOKS_LIKE_HTML
    assert text[d.start : d.end] == "&eacute;"
    assert "clean=True" in d.message


def test_no_hint_for_plain_text_or_unknown_names() -> None:
    for text in ("Fish & chips; R&D; x &nosuch; y", "“Fine,” she said.", "<Reuters> said"):
        assert parse(text).diagnostics == ()


def test_partial_cleaning_still_hints_what_is_left() -> None:
    article = parse("<i>&ldquo;Hi,&rdquo;</i> he said. â€œ", clean=["tags"])
    assert [d.code for d in article.diagnostics][:2] == [
        DiagnosticCode.LOOKS_LIKE_HTML,
        DiagnosticCode.LOOKS_LIKE_MOJIBAKE,
    ]
    done = parse("<i>x</i> â€œ", clean=["tags", "entities", "mojibake"])
    assert [d.code for d in done.diagnostics] == [DiagnosticCode.UNCLOSED]


def test_hint_records_validate_and_round_trip() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    path = resources.files("quoteverify").joinpath("schema", "diagnostic.schema.json")
    validator = jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))
    for text in (ENTITIES, MOJIBAKE):
        (d,) = parse(text).diagnostics
        rec = json.loads(json.dumps(diagnostic_record(d, "x")))
        assert not list(validator.iter_errors(rec))
        assert diagnostic_from_record(rec) == d


def test_to_original_is_the_identity_without_cleaning() -> None:
    article = parse("“Yes,” he said.")
    assert article.cleaning is None
    assert article.to_original(1, 5) == (1, 5)


def test_cleaning_is_not_part_of_equality() -> None:
    a = parse("&quot;Yes,&quot; he said.", clean=True)
    b = parse('"Yes," he said.')
    assert a.text == b.text and a.quotes == b.quotes
    assert a == b


# ------------------------------------------------------------------------ properties

# Pieces of a scraped page, each with what cleaning makes of it.
PIECES = st.one_of(
    st.text(alphabet="abc XYZ.,'\"“”\n", min_size=1, max_size=12).map(lambda s: (s, s)),
    st.sampled_from(
        [
            ("&amp;", "&"),
            ("&ldquo;", "“"),
            ("&#8221;", "”"),
            ("&#x2019;", "’"),
            ("&quot;", '"'),
            ("<b>", ""),
            ("</i>", ""),
            ('<a href="http://x.example/?a=1&amp;b=2">', ""),
            ("<p>", "\n\n"),
            ("</p>", "\n\n"),
            ("<br />", "\n\n"),
            ("<td>", " "),
            ("<!-- c -->", ""),
            ("<script>if (a < b) {}</script>", ""),
            ("â€œ", "“"),
            ("â€™", "’"),
            ("Ã©", "é"),
            ("Â«", "«"),
        ]
    ),
)


@given(st.lists(PIECES, max_size=25))
def test_every_character_maps_into_the_piece_it_came_from(pieces: list[tuple[str, str]]) -> None:
    original = "".join(p for p, _ in pieces)
    c = clean(original)
    assert c.text == "".join(out for _, out in pieces)
    at, pos = 0, 0
    for raw, out in pieces:
        for i in range(pos, pos + len(out)):
            start, end = c.span_to_original(i, i + 1)
            assert at <= start < end <= at + len(raw)
            if raw == out:  # copied text maps character for character
                assert (start, end) == (at + i - pos, at + i - pos + 1)
        if out and raw != out:  # a replacement covers its whole source
            assert c.span_to_original(pos, pos + len(out)) == (at, at + len(raw))
        at, pos = at + len(raw), pos + len(out)
    assert c.to_original(len(c.text)) == len(original)


@given(st.text(alphabet="&#;xXamp0123456789abcdefABCDEFlquotrd<> \n", max_size=60))
def test_entities_step_is_html_unescape(text: str) -> None:
    assert clean(text, steps=["entities"]).text == html.unescape(text)


@given(st.text(max_size=80), st.sets(st.sampled_from(STEPS[:3])))
def test_any_text_cleans_and_maps_monotonically(text: str, steps: set[str]) -> None:
    c = clean(text, steps=sorted(steps))
    assert isinstance(c, Cleaned)
    starts = [c.to_original(i) for i in range(len(c.text) + 1)]
    assert starts == sorted(starts)
    assert all(0 <= s <= len(text) for s in starts)
    if not steps:
        assert c.text == text and starts == list(range(len(text) + 1))


@given(st.text(max_size=200))
def test_parse_with_cleaning_never_fails(text: str) -> None:
    article = parse(text, clean=True)
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text
        start, end = article.to_original(q.start, q.end)
        assert 0 <= start <= end <= len(text)


def test_notebook_view_lists_the_hint_without_marking_the_text() -> None:
    page = parse(ENTITIES)._repr_html_()
    assert "looks_like_html at 16" in page
    assert '<span class="qv-diag" title=' not in page


def test_iter_parse_cleans_each_text_serially_and_in_workers() -> None:
    from quoteverify import iter_parse

    texts = [ENTITIES, ("b", QUOT), MOJIBAKE]
    serial = list(iter_parse(texts, clean=True))
    assert [len(a.quotes) for a in serial] == [1, 1, 1]
    pooled = list(iter_parse(texts, clean=True, workers=2, chunksize=1))
    assert pooled == serial
    assert [a.to_original(0, 1) for a in pooled] == [a.to_original(0, 1) for a in serial]
    with pytest.raises(OptionError):
        list(iter_parse(texts, clean="nope"))


def test_tags_and_entities_in_one_pass_decode_between_tags_only() -> None:
    text = "&am<b>p; <a title='x &amp; y'>z</a> &lt;i&gt;"
    assert clean(text).text == "&amp; z <i>"
    assert clean(text, steps=["tags"]).text == "&amp; z &lt;i&gt;"
