"""Flat, JSON-safe records: the one schema shared by the CLI's JSONL and ``to_records()``.

Every record has ``type`` and ``schema_version``. Offsets are character
offsets into the article text, half-open.

>>> from quoteverify import parse
>>> rec = quote_record(parse('"Yes," she said.', doc_id="d1").quotes[0])
>>> rec["type"], rec["schema_version"], rec["doc_id"], rec["text"], rec["start"]
('quote', 1, 'd1', 'Yes,', 1)
"""

from __future__ import annotations

from typing import Any

from .model import Article, Diagnostic, Edit, Evidence, Quote, Speaker, VariantGroup, Verification

__all__ = [
    "SCHEMA_VERSION",
    "article_records",
    "diagnostic_record",
    "edit_record",
    "evidence_record",
    "group_record",
    "quote_record",
    "to_records",
    "verification_record",
]

SCHEMA_VERSION = 1


def _span(obj: Any) -> dict[str, Any] | None:
    if obj is None:
        return None
    out = {"start": obj.start, "end": obj.end, "text": getattr(obj, "text", None)}
    if out["text"] is None:
        out["text"] = obj.char
    return out


def quote_record(quote: Quote) -> dict[str, Any]:
    """A quote as a flat dict (nested only for its small parts: marks, gaps, cue)."""
    speaker = quote.speaker
    cue = quote.cue
    return {
        "type": "quote",
        "schema_version": SCHEMA_VERSION,
        "doc_id": quote.doc_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind.value,
        "kind_confidence": round(quote.kind_confidence, 4),
        "kind_reason": quote.kind_reason,
        "closed": quote.closed,
        "open_mark": _span(quote.open_mark),
        "close_mark": _span(quote.close_mark),
        "reopen_marks": [_span(m) for m in quote.reopen_marks],
        "gaps": [
            {"start": g.start, "end": g.end, "kind": g.kind.value, "text": g.text}
            for g in quote.gaps
        ],
        "depth": quote.depth,
        "parent": quote.parent,
        "speaker": speaker.name if speaker is not None else None,
        "speaker_kind": speaker.kind.value if speaker is not None else None,
        "speaker_mention": _span(quote.speaker_mention),
        "cue": None
        if cue is None
        else {
            "start": cue.start,
            "end": cue.end,
            "text": cue.text,
            "rule": cue.rule,
            "confidence": round(cue.confidence, 4),
        },
    }


def diagnostic_record(diagnostic: Diagnostic, doc_id: str | None = None) -> dict[str, Any]:
    """A diagnostic as a flat dict."""
    return {
        "type": "diagnostic",
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc_id,
        "code": diagnostic.code.value,
        "start": diagnostic.start,
        "end": diagnostic.end,
        "message": diagnostic.message,
    }


def article_records(article: Article, *, diagnostics: bool = True) -> list[dict[str, Any]]:
    """The records of one article: its quotes, then (optionally) its diagnostics."""
    out = [quote_record(q) for q in article.quotes]
    if diagnostics:
        out.extend(diagnostic_record(d, article.doc_id) for d in article.diagnostics)
    return out


def _speaker_record(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {"name": speaker.name, "kind": speaker.kind.value}


def edit_record(edit: Edit) -> dict[str, Any]:
    """One labelled edit of an alignment."""
    return {
        "kind": edit.kind.value,
        "changes_meaning": edit.changes_meaning,
        "a_start": edit.a_start,
        "a_end": edit.a_end,
        "b_start": edit.b_start,
        "b_end": edit.b_end,
        "a_text": edit.a_text,
        "b_text": edit.b_text,
    }


def evidence_record(evidence: Evidence) -> dict[str, Any]:
    """One source quote behind a verdict."""
    q = evidence.quote
    return {
        "doc_id": q.doc_id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "speaker": _speaker_record(q.speaker),
        "relation": evidence.relation.value,
        "score": evidence.score,
        "meaning_changed": evidence.match.meaning_changed,
        "edits": [edit_record(e) for e in evidence.match.edits],
    }


def verification_record(v: Verification) -> dict[str, Any]:
    """A verdict with its evidence, best first."""
    q = v.quote
    return {
        "type": "verification",
        "schema_version": SCHEMA_VERSION,
        "claim": v.claim,
        "claimed_speaker": _speaker_record(v.claimed_speaker),
        "verdict": v.verdict.value,
        "supported": v.verdict.supported,
        "real_speaker": _speaker_record(v.real_speaker),
        "explanation": v.explanation,
        "doc_id": q.doc_id if q is not None else None,
        "start": q.start if q is not None else None,
        "end": q.end if q is not None else None,
        "evidence": [evidence_record(e) for e in v.evidence],
    }


def group_record(group: VariantGroup, number: int | None = None) -> dict[str, Any]:
    """A variant group: its fullest form, members and speakers."""
    return {
        "type": "variant_group",
        "schema_version": SCHEMA_VERSION,
        "group": number,
        "text": group.text,
        "doc_ids": list(group.doc_ids),
        "speakers": [_speaker_record(s) for s in group.speakers],
        "speaker_conflict": group.speaker_conflict,
        "members": [
            {
                "doc_id": m.quote.doc_id,
                "start": m.quote.start,
                "end": m.quote.end,
                "text": m.quote.text,
                "relation": m.relation.value,
                "score": m.score,
                "speaker": _speaker_record(m.quote.speaker),
            }
            for m in group.members
        ],
    }


def to_records(obj: object) -> list[dict[str, Any]]:
    """The records of an article, a quote, a variant group or a verification."""
    if isinstance(obj, Article):
        return article_records(obj)
    if isinstance(obj, Quote):
        return [quote_record(obj)]
    if isinstance(obj, VariantGroup):
        return [group_record(obj)]
    if isinstance(obj, Verification):
        return [verification_record(obj)]
    raise TypeError(f"no records for {type(obj).__name__}")
