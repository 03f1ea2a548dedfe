"""render: notebook HTML for articles, verifications and variant groups.

The HTML is read back with :class:`html.parser.HTMLParser`, as a browser
would, so the tests check what a reader sees: the text, the attributes, the
elements, never a string that merely looks escaped.
"""

from __future__ import annotations

import functools
import html
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, compare, parse
from quoteverify.model import Article, Speaker, VariantGroup, Verdict, Verification, WordPair
from quoteverify.surfaces.demo import demo_documents
from quoteverify.surfaces.render import (
    PALETTE,
    _align,
    _assign_colors,
    _nest,
    _Span,
    article_html,
    corpus_html,
    group_html,
    match_html,
    quote_html,
    speaker_color,
    to_html,
    verification_html,
)

HOSTILE = """She said, “<script>alert(1)</script> & "dq" 'sq' </span><b>”, and left."""
ALLOWED_TAGS = {"div", "span", "style", "p", "ul", "li", "pre"}
ALLOWED_TAGS |= {"table", "thead", "tbody", "tr", "th", "td"}
ALLOWED_ATTRS = {"class", "style", "title"}


@attrs.define
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Reader(HTMLParser):
    """Every element in document order, each with its whole text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.text += data


def read(page: str) -> list[Element]:
    reader = Reader()
    reader.feed(page)
    reader.close()
    assert not reader.stack, "unclosed elements"
    return reader.elements


def check_safe(page: str) -> list[Element]:
    """The fragment is balanced, uses only known tags and attributes, loads nothing."""
    elements = read(page)
    assert elements[0].tag == "div"
    assert "qv-root" in elements[0].classes
    for e in elements:
        assert e.tag in ALLOWED_TAGS, e.tag
        assert set(e.attrs) <= ALLOWED_ATTRS, e.attrs
    # No script, no event handler, no link: nothing runs and nothing is fetched.
    assert "<script" not in page.lower()
    for e in elements:
        css = (e.text if e.tag == "style" else e.attrs.get("style", "")).lower()
        assert "url(" not in css and "@import" not in css and "expression(" not in css
    return elements


def only(elements: list[Element], cls: str) -> list[Element]:
    return [e for e in elements if cls in e.classes]


@functools.cache
def demo() -> Corpus:
    corpus = Corpus()
    corpus.add_many(demo_documents())
    return corpus


def hostile_article() -> Article:
    article = parse(HOSTILE, doc_id='<i onclick="x">doc</i>')
    q = article.quotes[0]
    name = """Ev"il 'Name' <img src=x> & co"""
    quote = attrs.evolve(q, speaker=Speaker(name=name))
    return attrs.evolve(article, quotes=(quote, *article.quotes[1:]))


# --------------------------------------------------------------------------- escaping


def test_hostile_quote_is_escaped_in_text_and_attributes() -> None:
    article = hostile_article()
    page = article_html(article)
    assert "<script>" not in page and "<b>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in page
    elements = check_safe(page)
    # What a browser reads back is exactly the article's text ...
    (text,) = only(elements, "qv-text")
    assert text.text == article.text
    # ... and the title attribute is the speaker's name exactly, quotes and all.
    titles = [e.attrs["title"] for e in only(elements, "qv-q")]
    assert any(t.startswith("""Ev"il 'Name' <img src=x> & co · """) for t in titles)
    assert '<i onclick="x">doc</i>' in elements[0].text
    assert "&quot;" in page and "&#x27;" in page


def test_every_view_escapes_a_hostile_quote() -> None:
    article = hostile_article()
    q = article.quotes[0]
    corpus = Corpus()
    corpus.add_article(article)
    claim = "<script>alert(1)</script> & dq"
    views = [
        to_html(article),
        to_html(q),
        to_html(corpus.verify(claim, speaker='Ev"il')),
        to_html(compare(claim, q)),
        to_html(VariantGroup(canonical=q, members=(), speakers=(q.speaker,))),  # type: ignore[arg-type]
        to_html("<script>alert(1)</script>"),
        to_html(corpus),
    ]
    for page in views:
        assert "<script>" not in page
        check_safe(page)
    verification = read(views[2])
    assert verification[0].text.count(claim) >= 1


def test_hostile_metadata_and_diagnostics_are_escaped() -> None:
    article = parse('"<x>" and "unclosed <y>', doc_id="d")
    article = attrs.evolve(article, metadata={"outlet": "<b>Outlet</b> & 'co'"})
    page = article_html(article)
    elements = check_safe(page)
    assert "<b>" not in page and "<x>" not in page and "<y>" not in page
    assert "<b>Outlet</b> & 'co'" in elements[0].text
    assert only(elements, "qv-diag")


# --------------------------------------------------------------------------- article


@pytest.mark.parametrize("doc_id", [a.doc_id for a in demo().articles])
def test_article_shows_the_whole_text_and_every_quote(doc_id: str) -> None:
    article = demo().article(doc_id)
    page = article._repr_html_()
    assert page == to_html(article) == article_html(article)
    elements = check_safe(page)
    (text,) = only(elements, "qv-text")
    assert text.text == article.text  # paragraphs kept, nothing dropped or added
    shown = [e.text for e in only(elements, "qv-q")]
    for i, q in enumerate(article.quotes):
        # A quote over several paragraphs is highlighted one line at a time.
        for raw in q.text.splitlines():
            line = raw.strip()
            assert not line or any(line in s for s in shown), (q.text, line)
        if "\n" not in q.text:
            assert any(q.text in s for s in shown)
        nested = any(p.parent == i for p in article.quotes)
        if not nested and not q.gaps and "\n" not in q.text:
            assert html.escape(q.text) in page


def test_article_titles_carry_speaker_kind_cue_rule_and_confidence() -> None:
    article = demo().article("02_northern_ledger")
    elements = read(article_html(article))
    q = next(q for q in article.quotes if q.text.startswith("When I came down"))
    assert q.cue is not None
    title = next(e.attrs["title"] for e in only(elements, "qv-q") if q.text[:20] in e.text)
    assert title.startswith("Vladimir Putin · direct quote")
    assert f"cue: “{q.cue.text}” · rule {q.cue.rule} · confidence {q.cue.confidence:.2f}" in title
    mentions = [e.text for e in only(elements, "qv-mention")]
    cues = [e.text for e in only(elements, "qv-cue")]
    assert "Mr Putin" in mentions and "said" in cues


def test_nested_quote_is_nested_and_non_speech_is_dashed() -> None:
    article = demo().article("02_northern_ledger")
    page = article_html(article)
    # The nested quote's element opens inside the outer quote's element.
    depth_at_hello = None

    class Probe(Reader):
        def handle_data(self, data: str) -> None:
            nonlocal depth_at_hello
            super().handle_data(data)
            if "Hello" in data and depth_at_hello is None:
                depth_at_hello = sum("qv-q" in e.classes for e in self.stack)

    reader = Probe()
    reader.feed(page)
    assert depth_at_hello == 2
    ns = only(read(page), "qv-ns")
    assert [e.text for e in ns if "qv-q" in e.classes] == ["“the Beast”"]


def test_diagnostics_are_marked_and_listed() -> None:
    article = demo().article("05_headline_hopper")
    elements = check_safe(article_html(article))
    marked = only(elements, "qv-diag")
    codes = {e.attrs["title"].split(":")[0] for e in marked if "title" in e.attrs}
    assert codes == {d.code.value for d in article.diagnostics}
    (listing,) = only(elements, "qv-diags")
    assert all(d.code.value in listing.text for d in article.diagnostics)


def test_legend_lists_each_speaker_once() -> None:
    article = demo().article("02_northern_ledger")
    (legend,) = only(read(article_html(article)), "qv-legend")
    for name in ("Vladimir Putin", "Donald Trump", "Volodymyr Zelensky"):
        assert legend.text.count(name) == 1
    assert "non-speech" in legend.text


# --------------------------------------------------------------------------- colours


def test_speaker_colour_is_stable() -> None:
    color = speaker_color("Vladimir Putin")
    assert color in PALETTE
    assert speaker_color("Vladimir Putin") == color == speaker_color("  vladimir PUTIN ")
    # The same colour in two articles (neither has another speaker in its slot) ...
    bg, fg = _assign_colors(["Vladimir Putin", "Donald Trump", "Volodymyr Zelensky"])[
        "Vladimir Putin"
    ]
    assert (bg, fg) == color
    for doc_id in ("01_anchorage_wire", "02_northern_ledger"):
        page = article_html(demo().article(doc_id))
        putin = [
            e
            for e in only(read(page), "qv-q")
            if e.attrs.get("title", "").startswith("Vladimir Putin")
        ]
        assert putin
        assert all(f"background-color:{bg}" in e.attrs["style"] for e in putin)
    # ... and across calls and sessions: the colour comes from the name alone.
    assert article_html(demo().article("03_harbor_courier")) == article_html(
        demo().article("03_harbor_courier")
    )


def test_speakers_of_one_view_never_share_a_colour() -> None:
    names = [f"Speaker {i}" for i in range(60)]
    a, b = next(
        (x, y) for x in names for y in names if x < y and speaker_color(x) == speaker_color(y)
    )
    colors = _assign_colors([a, b])
    assert colors[a] != colors[b]
    many = _assign_colors(names[: len(PALETTE)])
    assert len(set(many.values())) == len(PALETTE)
    _assign_colors(names)  # more speakers than colours: colours repeat, nothing fails


# --------------------------------------------------------------------------- verification


def test_verification_shows_verdict_and_marks_a_negation() -> None:
    v = demo().verify("There is a deal until there is a deal", speaker="Donald Trump")
    page = v._repr_html_()
    assert page == to_html(v) == verification_html(v)
    elements = check_safe(page)
    (badge,) = only(elements, "qv-badge")
    assert badge.text == "altered" and "qv-v-altered" in badge.classes
    negations = [e for e in only(elements, "qv-e-negation") if "title" in e.attrs]
    assert negations and all("qv-e-meaning" in e.classes for e in negations)
    assert {e.text for e in negations} >= {"a", "no"}
    assert "negation" in negations[0].attrs["title"]
    (legend,) = only(elements, "qv-legend")
    assert "negation" in legend.text and "changes what was said" in legend.text


@pytest.mark.parametrize(
    ("claim", "speaker", "verdict"),
    [
        ("Next time in Moscow", "Donald Trump", "misattributed"),
        ("hello neighbor", "Vladimir Putin", "exact"),
        ("completely unrelated banana words", None, "not found"),
    ],
)
def test_verification_badges(claim: str, speaker: str | None, verdict: str) -> None:
    v = demo().verify(claim, speaker=speaker)
    elements = check_safe(verification_html(v))
    (badge,) = only(elements, "qv-badge")
    assert badge.text == verdict
    assert f"qv-v-{v.verdict.value}" in badge.classes
    assert len(only(elements, "qv-ev")) == min(len(v.evidence), 8)
    if v.real_speaker is not None and speaker and v.real_speaker.name != speaker:
        chips = [e.text for e in only(elements, "qv-chip")]
        assert speaker in chips and v.real_speaker.name in chips


def test_verification_aligns_case_and_spelling_word_by_word() -> None:
    v = demo().verify("hello neighbor", speaker="Vladimir Putin")
    elements = read(verification_html(v))
    cases = {e.text for e in only(elements, "qv-e-case")}
    spellings = {e.text for e in only(elements, "qv-e-spelling")}
    assert {"hello", "Hello"} <= cases and {"neighbor", "neighbour"} <= spellings
    # The long source is cut to the words around the claim; the rest is in a title.
    more = only(elements, "qv-more")
    assert more and more[0].attrs["title"].startswith("When I came down")


def test_long_evidence_lists_are_cut() -> None:
    v = demo().verify("Next time in Moscow", speaker="Donald Trump")
    cut = verification_html(v, max_evidence=2)
    assert len(only(read(cut), "qv-ev")) == 2
    assert f"{len(v.evidence) - 2} more sources" in cut


def test_verification_without_evidence() -> None:
    v = Verification(claim="x <y>", claimed_speaker=None, verdict=Verdict.NOT_FOUND, evidence=())
    elements = check_safe(verification_html(v))
    assert "x <y>" in elements[0].text


# --------------------------------------------------------------------------- groups


def test_group_lists_all_members() -> None:
    groups = demo().variant_groups()
    assert groups
    for g in groups:
        page = g._repr_html_()
        assert page == to_html(g) == group_html(g)
        elements = check_safe(page)
        members = only(elements, "qv-ev")
        assert len(members) == len(g.members)
        for element, member in zip(members, g.members, strict=True):
            assert (member.quote.doc_id or "") in element.text
            assert member.relation.value in element.text
            if member.quote.speaker is not None:
                assert member.quote.speaker.name in element.text
        (canon,) = only(elements, "qv-canon")
        assert canon.text == g.canonical.text


@functools.cache
def reprinted(copies: int) -> VariantGroup:
    """One wire quote carried by ``copies`` outlets: a group of ``copies`` members."""
    corpus = Corpus()
    line = '"The dam will hold through the spring thaw," the engineer told reporters.'
    for n in range(copies):
        corpus.add(f"Outlet {n} ran the story. {line}", doc_id=f"outlet-{n:03}")
    (group,) = corpus.variant_groups()
    return group


def test_a_large_group_is_cut_with_a_count_of_the_rest() -> None:
    # Every member was drawn: a wire story with a thousand reprints made a page of
    # more than half a megabyte that a notebook cell struggles to show.
    small, large = reprinted(30), reprinted(90)
    page = group_html(large)
    assert len(only(check_safe(page), "qv-ev")) == 20
    assert "… and 70 more members" in page
    # The page no longer grows with the group beyond the members it shows.
    assert abs(len(page) - len(group_html(small))) < 100
    cut = group_html(small, max_members=3)
    assert len(only(read(cut), "qv-ev")) == 3 and "… and 27 more members" in cut
    assert "more members" not in group_html(small, max_members=30)


def test_group_with_speaker_conflict_is_flagged() -> None:
    g = next(g for g in demo().variant_groups() if g.speaker_conflict)
    warn = only(read(group_html(g)), "qv-warn")
    assert warn and "different speakers" in warn[0].text


# --------------------------------------------------------------------------- quotes, matches


def test_quote_and_match_views() -> None:
    q = demo().article("02_northern_ledger").quotes[0]
    elements = check_safe(quote_html(q))
    assert q.text in elements[0].text and "Vladimir Putin" in elements[0].text
    m = compare("I am not a crook", "I am a crook")
    elements = check_safe(match_html(m, labels=("claim", "source")))
    negations = [e.text for e in only(elements, "qv-e-negation") if "title" in e.attrs]
    assert negations == ["not"]


# --------------------------------------------------------------------------- invariants


def side_text(cols: list, side: str) -> str:  # type: ignore[type-arg]
    out = []
    for c in cols:
        frags = getattr(c, side)
        if c.more and frags:
            out.append(c.more + "".join(f.text for f in frags[1:]))
        else:
            out.append("".join(f.text for f in frags))
    return "".join("".join(out).split())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A B C D", "B C D A"),
        ("we go now home", "we go home now"),
        ("hello neighbor", "When I came down, I said to him, ‘Hello, neighbour,’ and I meant it"),
        ("There is a deal until there is a deal", "No deal until a deal"),
        ("I'll see you", "I will see you"),
        ("We met two times", "We met 2 times."),
        ("“quoted” words, here", "quoted words here … and more"),
        ("", "x"),
        ("...", "!!"),
        # A mark before a run collapsed to "… n words" stays before it.
        ("will", "’ we we we we we we we we we we we"),
    ],
)
def test_alignment_keeps_every_character(a: str, b: str) -> None:
    m = compare(a, b)
    cols = _align(a, b, m.edits, m.alignment)
    assert side_text(cols, "a") == "".join(a.split())
    assert side_text(cols, "b") == "".join(b.split())


def test_alignment_draws_the_words_compare_paired() -> None:
    # "that" is printed twice in the first text; the columns pair whichever one the
    # match's alignment names, without aligning the words again.
    a, b = "that, it is that", "that"
    for pair, expected in ((WordPair(0, 4, 0, 4), "that,"), (WordPair(12, 16, 0, 4), "that")):
        cols = _align(a, b, (), (pair,))
        paired = [c for c in cols if c.a and c.b]
        assert [(c.a[0].text, c.b[0].text) for c in paired] == [(expected, "that")]
        assert side_text(cols, "a") == "".join(a.split())


def test_a_match_without_its_alignment_is_drawn_as_compare_aligns_it() -> None:
    m = compare("We will never trust the polls", "we will not trust the polls")
    bare = attrs.evolve(m, alignment=())
    assert match_html(bare) == match_html(m)


WORDS = st.sampled_from(
    ["we", "will", "not", "never", "see", "peace", "Moscow", "two", "2", "’", ",", "…", "the"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14), st.lists(WORDS, max_size=14))
def test_alignment_of_any_pair_keeps_every_character(xs: list[str], ys: list[str]) -> None:
    a, b = " ".join(xs), " ".join(ys)
    m = compare(a, b)
    cols = _align(a, b, m.edits, m.alignment)
    assert side_text(cols, "a") == "".join(a.split())
    assert side_text(cols, "b") == "".join(b.split())
    check_safe(match_html(compare(a, b)))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab<&\"'\n ", max_size=30),
    st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32), st.integers(0, 3)), max_size=8),
    st.lists(st.integers(-1, 31), max_size=3),
)
def test_any_overlapping_spans_nest_and_keep_the_text(
    text: str, raw: list[tuple[int, int, int]], points: list[int]
) -> None:
    spans = [_Span(s, e, r, f'<span class="k{r}">', "</span>") for s, e, r in raw]
    marks: dict[int, list[str]] = {}
    for p in points:
        marks.setdefault(p, []).append('<span class="pt"></span>')
    page = "<div>" + _nest(text, spans, marks) + "</div>"
    (root, *_) = read(page)
    assert root.text == text


def test_non_speech_quote_with_a_speaker_renders() -> None:
    article = demo().article("02_northern_ledger")
    beast = next(q for q in article.quotes if q.text == "the Beast")
    putin = next(q for q in article.quotes if q.speaker is not None)
    named = attrs.evolve(
        beast,
        speaker=Speaker(name="Nobody Else"),
        speaker_mention=putin.speaker_mention,
        cue=putin.cue,
    )
    quotes = tuple(named if q is beast else q for q in article.quotes)
    elements = check_safe(article_html(attrs.evolve(article, quotes=quotes)))
    (legend,) = only(elements, "qv-legend")
    assert "Nobody Else" not in legend.text  # the legend counts speech only


def test_quote_view_over_several_paragraphs_keeps_its_marks() -> None:
    q = next(q for q in demo().article("02_northern_ledger").quotes if q.reopen_marks)
    elements = check_safe(quote_html(q))
    (text,) = only(elements, "qv-text")
    assert text.text == q.open_mark.char + q.text + (q.close_mark.char if q.close_mark else "")
    assert len(only(elements, "qv-q")) == len(q.text.strip().split("\n\n"))


# --------------------------------------------------------------------------- corpus, match, colours


def test_corpus_view_lists_articles_with_whole_ids_and_speakers() -> None:
    corpus = demo()
    page = corpus._repr_html_()
    assert page == to_html(corpus) == corpus_html(corpus)
    elements = check_safe(page)
    cells = [e.text for e in elements if e.tag == "td"]
    for article in corpus.articles:
        assert article.doc_id in cells  # never cut
    (legend,) = only(elements, "qv-legend")
    assert "Vladimir Putin" in legend.text


def test_corpus_view_cuts_long_article_lists() -> None:
    corpus = Corpus()
    for i in range(5):
        corpus.add(f'"Item {i} is ready," Ms Ito said.', doc_id=f"d{i}")
    elements = check_safe(corpus_html(corpus, max_articles=2))
    assert len([e for e in elements if e.tag == "tr"]) == 3  # header and two rows
    assert "3 more articles" in elements[0].text


def test_match_has_a_notebook_view() -> None:
    m = compare(
        "fundamental threats to our security", "fundamental threats to our national security"
    )
    assert m._repr_html_() == match_html(m)


def test_claimed_speaker_and_sources_share_a_colour_when_they_are_one_person() -> None:
    corpus = Corpus()
    corpus.add('Donald Trump smiled. "We had a great meeting," Trump said.', doc_id="a")
    v = corpus.verify('Trump said "We had a great meeting"')
    assert v.claimed_speaker is not None and v.claimed_speaker.name == "Trump"
    assert v.evidence[0].speaker is not None and v.evidence[0].speaker.name == "Donald Trump"
    elements = check_safe(verification_html(v))
    chips = {e.text: e.attrs["style"] for e in only(elements, "qv-chip")}
    assert chips["Trump"] == chips["Donald Trump"]


def test_variant_group_repr_shows_its_text() -> None:
    group = demo().variant_groups()[0]
    assert repr(group).startswith(f"VariantGroup(text={group.text[:40]!r}"[:-1])
    assert f"members={len(group.members)}" in repr(group)
