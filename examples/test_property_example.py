"""Property tests with quoteverify's Hypothesis strategies: a file to copy into your suite.

Run it with ``pytest examples/test_property_example.py``. Each test states one
property and lets Hypothesis generate the inputs: articles with quotes planted at
known offsets, quotes with one known edit, claims, and parsed quotes. Replace
``parse`` and ``compare`` with your own code (a store, an API, a front end) to
test that it keeps what quoteverify found.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, Quote, compare, parse
from quoteverify.strategies import PlantedArticle, Variant, claims, planted_articles, variants
from quoteverify.surfaces.records import quote_from_record, quote_record

# No time limit per example: shared CI machines are slow now and then.
relaxed = settings(deadline=None)


@relaxed
@given(planted_articles())
def test_parse_recovers_every_planted_quote(planted: PlantedArticle) -> None:
    article = parse(planted.text)
    assert [(q.start, q.end) for q in article.quotes] == [(p.start, p.end) for p in planted.quotes]
    assert [q.text for q in article.quotes] == [p.text for p in planted.quotes]


@relaxed
@given(planted_articles())
def test_planted_quotes_keep_their_marks(planted: PlantedArticle) -> None:
    article = parse(planted.text)
    for quote, truth in zip(article.quotes, planted.quotes, strict=True):
        # A mark is its characters only: the space inside « ... » belongs to neither side.
        assert quote.open_mark.char == truth.open_mark.strip()
        assert quote.close_mark is not None
        assert quote.close_mark.char == truth.close_mark.strip()
        assert planted.text[quote.open_mark.start : quote.open_mark.end] == quote.open_mark.char


@relaxed
@given(variants())
def test_every_variant_compares_with_its_relation(v: Variant) -> None:
    match = compare(v.original, v.variant)
    assert match.relation.value == v.relation, (v.edit, match.edits)
    assert match.linked
    # A negation or a number changes what was said; no other edit does.
    assert match.meaning_changed == (v.edit in ("negation", "number"))


@relaxed
@given(variants())
def test_compare_is_symmetric_in_relation(v: Variant) -> None:
    assert compare(v.original, v.variant).relation == compare(v.variant, v.original).relation


@relaxed
@given(claims())
def test_a_claim_is_exact_against_a_source_that_prints_it(claim: str) -> None:
    corpus = Corpus()
    corpus.add(claim, doc_id="source")
    verification = corpus.verify(claim)
    assert verification.verdict.value == "exact"
    assert verification.verdict.supported


@relaxed
@given(st.from_type(Quote))
def test_quote_records_survive_json(quote: Quote) -> None:
    line = json.dumps(quote_record(quote), ensure_ascii=False)
    assert quote_from_record(json.loads(line)) == quote
