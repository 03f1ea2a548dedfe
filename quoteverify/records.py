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

from .model import Article, Diagnostic, Quote

__all__ = ["SCHEMA_VERSION", "article_records", "diagnostic_record", "quote_record"]

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
