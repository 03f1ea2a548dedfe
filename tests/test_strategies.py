"""quoteverify.strategies: ``st.from_type`` gives a valid object of every public class."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify import (
    Article,
    Config,
    Corpus,
    Cue,
    Diagnostic,
    Edit,
    Evidence,
    Extraction,
    GroupMember,
    Match,
    Mention,
    Quote,
    Speaker,
    VariantGroup,
    Verdict,
    Verification,
)
from quoteverify.strategies import STRATEGIES

SLOW = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))


def test_every_public_class_has_a_strategy() -> None:
    public = {
        obj
        for name in quoteverify.__all__
        if isinstance(obj := getattr(quoteverify, name), type)
        and not issubclass(obj, (BaseException, str))  # errors; enums are drawn by Hypothesis
    }
    assert public <= set(STRATEGIES), public - set(STRATEGIES)


@pytest.mark.parametrize("cls", sorted(STRATEGIES, key=lambda c: c.__name__))
@SLOW
@given(data=st.data())
def test_from_type_gives_an_instance(cls: type, data: st.DataObject) -> None:
    assert isinstance(data.draw(st.from_type(cls)), cls)


def _offsets_hold(article: Article) -> None:
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert article.text[m.start : m.end] == m.text
        if q.cue is not None:
            assert article.text[q.cue.start : q.cue.end] == q.cue.text


@SLOW
@given(st.from_type(Corpus))
def test_corpora_hold_valid_articles(corpus: Corpus) -> None:
    assert len(corpus) >= 1
    for article in corpus:
        _offsets_hold(article)


@SLOW
@given(st.from_type(Verification))
def test_verifications_are_consistent(v: Verification) -> None:
    assert isinstance(v.verdict, Verdict)
    assert bool(v.evidence) == (v.verdict is not Verdict.NOT_FOUND)
    for ev in v.evidence:
        assert isinstance(ev, Evidence) and ev.quote.text


@SLOW
@given(st.from_type(Match))
def test_matches_carry_edits_that_point_into_both_texts(m: Match) -> None:
    assert 0 <= m.score <= 100
    for p in m.alignment:
        assert 0 <= p.a_start < p.a_end <= len(m.a) and 0 <= p.b_start < p.b_end <= len(m.b)
    for e in m.edits:
        assert isinstance(e, Edit)
        assert m.a[e.a_start : e.a_end] == e.a_text
        assert m.b[e.b_start : e.b_end] == e.b_text


@SLOW
@given(st.from_type(Extraction), st.from_type(Diagnostic))
def test_extractions_and_diagnostics_have_sane_offsets(x: Extraction, d: Diagnostic) -> None:
    assert all(q.start <= q.end for q in x)
    assert 0 <= d.start <= d.end


@SLOW
@given(st.from_type(Cue), st.from_type(Mention), st.from_type(Speaker))
def test_attribution_parts_are_non_empty(cue: Cue, mention: Mention, speaker: Speaker) -> None:
    assert cue.text and cue.rule and 0 < cue.confidence <= 1
    assert mention.text and mention.start < mention.end
    assert speaker.name


@SLOW
@given(st.from_type(VariantGroup), st.from_type(GroupMember))
def test_groups_hold_several_linked_quotes(group: VariantGroup, member: GroupMember) -> None:
    assert len(group.members) >= 2
    assert any(m.quote == group.canonical for m in group.members)
    assert member.relation.linked


@SLOW
@given(st.from_type(Config), st.from_type(Quote))
def test_configs_parse(config: Config, quote: Quote) -> None:
    assert isinstance(quoteverify.parse('"Fine," she said.', config=config), Article)
    assert quote.text
