"""The attribution rule table: each row's examples fire that row; the docs page is its own."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quoteverify import QuoteKind
from quoteverify.speakers import attribution
from quoteverify.speakers.mentions import PhraseKind
from quoteverify.speakers.rules import (
    RULES,
    Candidate,
    Example,
    Rule,
    by_priority,
    candidates,
    fired,
    main,
    markdown,
)
from quoteverify.strategies import PlantedArticle, planted_articles

from .conftest import ROOT, shared_file

EXAMPLES = [
    pytest.param(rule, ex, id=f"{rule.name}-{i}")
    for rule in RULES
    for i, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_each_example_fires_its_own_rule(rule: Rule, example: Example) -> None:
    quote, row, found = fired(example.text)[example.quote]
    assert quote.kind in rule.applies_to
    assert row is rule, f"{example.text!r} fired {row.name if row else None}, not {rule.name}"
    assert found.mention is not None and found.cue is not None
    assert found.mention.text == example.speaker
    assert found.cue.text == example.cue
    assert found.cue.rule == example.cue_rule
    assert found.cue.rule in rule.cues
    assert found.cue.confidence <= rule.confidence


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_has_examples(rule: Rule) -> None:
    assert rule.examples, f"rule {rule.name} has no example"


def test_the_table_is_ordered_and_named_once() -> None:
    priorities = [r.priority for r in RULES]
    assert priorities == sorted(set(priorities))
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(r.applies_to and r.cues and r.doc for r in RULES)


def test_non_speech_spans_are_tried_by_their_own_rules_only() -> None:
    for_fragments = [r.name for r in RULES if QuoteKind.NON_SPEECH in r.applies_to]
    assert "headline-fragment" in for_fragments
    assert "continuation" not in for_fragments


def test_a_title_is_never_attributed() -> None:
    ((quote, rule, found),) = fired("She starred in the film “Blue Harbour” last year.")
    assert quote.kind is QuoteKind.NON_SPEECH
    assert rule is None and found.mention is None and found.cue is None


@pytest.mark.parametrize(
    "text",
    [
        # The second title takes the first one's reason, and with it no speaker.
        'Ruiz said she published "Salt Roads" and "Stone Paths" that year.',
        # The text between an empty value and the next is markup, whoever speaks.
        'Roe said the page <meta name="" content="harbour news"> was wrong.',
        # A slogan on a hat, whoever shows it off.
        'Ruiz said the fans wore "Harbour First" hats to the meeting.',
    ],
)
def test_a_title_joined_to_a_title_and_markup_are_never_attributed(text: str) -> None:
    for quote, rule, _found in fired(text):
        assert quote.kind is QuoteKind.NON_SPEECH
        assert rule is None


def test_docs_page_is_written_from_the_table() -> None:
    page = ROOT / "docs" / "attribution-rules.md"
    assert page.read_text(encoding="utf-8") == markdown(), (
        "docs/attribution-rules.md is stale: python -m quoteverify.speakers.rules --markdown "
        "> docs/attribution-rules.md"
    )


def test_markdown_lists_every_rule_and_example() -> None:
    page = markdown()
    for rule in RULES:
        assert f"## {rule.name}" in page
        for ex in rule.examples:
            assert ex.text.replace("\n", " ") in page


def test_main_prints_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--markdown"]) == 0
    assert capsys.readouterr().out == markdown()
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_a_candidate_carries_its_features() -> None:
    ((_quote, found),) = candidates("“We will try,” the mayor said.")
    first = found[0]
    assert first.rule.name == "after-quote"
    assert first.found.mention is not None and first.found.mention.text == "the mayor"
    assert (first.position, first.distance) == ("after", 1)
    assert first.same_sentence and first.same_paragraph and first.clause_start
    assert first.mention_kind is PhraseKind.DESCRIPTOR
    assert not first.previous_speaker
    assert first.confidence == 0.9


def test_a_continuation_names_the_previous_speaker() -> None:
    second = candidates("“We lost,” said Nell Ward. “Next year we win.”")[1][1]
    assert [c.rule.name for c in second] == ["continuation"]
    assert second[0].previous_speaker and second[0].position == "before"
    assert not second[0].same_sentence


def test_every_rule_that_fires_proposes_a_candidate() -> None:
    ((_quote, found),) = candidates("Ana Ruiz said, “We won,” the coach added.")
    names = [c.rule.name for c in found]
    assert names[:2] == ["lead-in", "after-quote"]
    assert names == [r.name for r in RULES if r.name in names]  # in the table's order


def test_another_choice_picks_another_candidate() -> None:
    text = "Ana Ruiz said, “We won,” the coach added."

    def after_first(found: Sequence[Candidate]) -> Candidate | None:
        return next((c for c in found if c.position == "after"), by_priority(found))

    ((_, rule, found),) = fired(text)
    assert rule is not None and rule.name == "lead-in"
    ((_, rule, found),) = fired(text, choose=after_first)
    assert rule is not None and rule.name == "after-quote"
    assert found.mention is not None and found.mention.text == "the coach"
    ((_, rule, found),) = fired(text, choose=lambda found: None)
    assert rule is None and found.mention is None and found.cue is None


def _same_as_the_default(text: str) -> None:
    default = fired(text)
    chosen = fired(text, choose=by_priority)
    assert [(r, f) for _, r, f in chosen] == [(r, f) for _, r, f in default]
    quotes = [q for q, _, _ in default]
    for (q, rule, _found), (_, props) in zip(default, candidates(text), strict=True):
        first = props[0] if props else None
        # A nested fragment's first candidate is dropped, after the choice, when it
        # is read outside the outer quote (it names the outer quote's speaker).
        if (
            first is not None
            and q.parent is not None
            and attribution._outer_speakers(text, q, quotes, first.found)
        ):
            first = None
        assert rule is (first.rule if first is not None else None)


@given(planted_articles())
def test_the_priority_choice_is_the_default_on_planted_articles(article: PlantedArticle) -> None:
    _same_as_the_default(article.text)


@given(st.text(alphabet=st.sampled_from(" .,:;\n\"'“”‘’—-aAbBhesaid"), max_size=80))
@example("''A:‘A:'\":B")  # a nested term whose only candidate reads outside its outer quote
def test_the_priority_choice_is_the_default_on_any_text(text: str) -> None:
    _same_as_the_default(text)


@pytest.mark.parametrize("name", ["000", "001", "002", "003"])
def test_the_priority_choice_is_the_default_on_the_seeds(name: str) -> None:
    (path,) = shared_file("seeds").glob(f"{name}_*.txt")
    _same_as_the_default(path.read_text(encoding="utf-8"))


def _cue_names_in_the_code() -> set[str]:
    """The rule names that attribution.py writes on a Cue as literals."""
    tree = ast.parse(Path(attribution.__file__).read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "_cue" and len(node.args) >= 4:
            arg = node.args[3]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                names.add(arg.value)
        names |= {
            kw.value.value
            for kw in node.keywords
            if kw.arg == "rule" and isinstance(kw.value, ast.Constant)
        }
    return names


def test_the_table_names_every_cue_the_code_writes() -> None:
    in_code = _cue_names_in_the_code()
    in_table = {name for rule in RULES for name in rule.cues}
    assert {"quote-said-X", "split-quote", "continuation"} <= in_code
    assert in_code <= in_table, in_code - in_table
    source = Path(attribution.__file__).read_text(encoding="utf-8")
    assert all(f'"{name}"' in source for name in in_table)
