"""The attribution rule table: every row's examples fire that row, and the docs page is its own."""

from __future__ import annotations

import pytest

from quoteverify import QuoteKind
from quoteverify.rules import RULES, Example, Rule, fired, main, markdown

from .conftest import ROOT

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


def test_docs_page_is_written_from_the_table() -> None:
    page = ROOT / "docs" / "attribution-rules.md"
    assert page.read_text(encoding="utf-8") == markdown(), (
        "docs/attribution-rules.md is stale: python -m quoteverify.rules --markdown "
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
