"""Flat, JSON-safe records: the one schema shared by the CLI's JSONL and ``to_records()``.

Every record has ``type`` and ``schema_version``. Offsets are character
offsets into the article text, half-open. The readers (``*_from_record``)
turn records back into objects equal to the ones that were written, and
:func:`schema` returns the JSON Schema of each record type; see
``docs/records.md`` for every field.

>>> from quoteverify import parse
>>> article = parse('"Yes," she said.', doc_id="d1")
>>> rec = quote_record(article.quotes[0])
>>> rec["type"], rec["schema_version"], rec["doc_id"], rec["text"], rec["start"]
('quote', 2, 'd1', 'Yes,', 1)
>>> quote_from_record(rec) == article.quotes[0]
True
>>> article_from_records(article.to_records(), text=article.text) == article
True
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import attrs

from .errors import InputFormatError, OptionError, check_text, require_extra
from .model import (
    Article,
    Cue,
    Diagnostic,
    DiagnosticCode,
    Edit,
    EditKind,
    Evidence,
    Gap,
    GapKind,
    GroupMember,
    Mark,
    Match,
    Mention,
    Quote,
    QuoteKind,
    Relation,
    Speaker,
    SpeakerKind,
    VariantGroup,
    Verdict,
    Verification,
)

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "SCHEMA_NAMES",
    "SCHEMA_VERSION",
    "article_from_records",
    "article_records",
    "diagnostic_from_record",
    "diagnostic_record",
    "edit_record",
    "evidence_record",
    "group_from_record",
    "group_record",
    "quote_from_record",
    "quote_record",
    "schema",
    "to_pandas",
    "to_records",
    "verification_from_record",
    "verification_record",
]

#: The version of the record format written here; readers accept it and older ones.
SCHEMA_VERSION = 2  # 2: verdict partly_sourced; edits list significance and neutral

#: The record types that have a JSON Schema, by their ``type`` field.
SCHEMA_NAMES = ("quote", "diagnostic", "verification", "variant_group")


# --------------------------------------------------------------------------- writing


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
        "kind_confidence": quote.kind_confidence,
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
        "speaker_aliases": list(speaker.aliases) if speaker is not None else None,
        "speaker_mention": _span(quote.speaker_mention),
        "cue": None
        if cue is None
        else {
            "start": cue.start,
            "end": cue.end,
            "text": cue.text,
            "rule": cue.rule,
            "confidence": cue.confidence,
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
    return {"name": speaker.name, "kind": speaker.kind.value, "aliases": list(speaker.aliases)}


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
        "significance": edit.significance.value,
        "neutral": edit.neutral,
    }


def evidence_record(evidence: Evidence) -> dict[str, Any]:
    """One source quote behind a verdict, with the full quote record under ``quote``."""
    q = evidence.quote
    match = evidence.match
    return {
        "doc_id": q.doc_id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "speaker": _speaker_record(q.speaker),
        "relation": evidence.relation.value,
        "score": evidence.score,
        "meaning_changed": match.meaning_changed,
        "edits": [edit_record(e) for e in match.edits],
        "a": match.a,
        "b": match.b,
        "containment": match.containment,
        "quote": quote_record(q),
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
        "quote": quote_record(q) if q is not None else None,
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
                "quote": quote_record(m.quote),
            }
            for m in group.members
        ],
        "canonical": quote_record(group.canonical),
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


_Recorded = Article | Quote | VariantGroup | Verification


def to_pandas(objects: _Recorded | Iterable[_Recorded]) -> pandas.DataFrame:
    """The records of one object, or of many, as one ``pandas.DataFrame``.

    ``objects`` is an article, a quote, a variant group or a verification, or
    an iterable of them (``corpus.articles``, a list of verifications...). The
    rows are their :func:`to_records`, in order; the columns are the records'
    keys in the order written (records of several types, like an article's
    quotes and diagnostics, give the union, with missing values where a record
    has no such key). Nested parts (marks, a cue, evidence) stay whole, one
    ``dict`` or ``list`` per cell. ``obj.to_pandas()`` is ``to_pandas(obj)``.

    Needs pandas, an optional extra: ``pip install 'quoteverify[pandas]'``;
    without it, :class:`~quoteverify.errors.MissingExtraError` says so.
    """
    if isinstance(objects, (Article, Quote, VariantGroup, Verification)):
        return _records_frame(to_records(objects))
    return _records_frame([r for obj in objects for r in to_records(obj)])


def _records_frame(records: Sequence[Mapping[str, Any]]) -> pandas.DataFrame:
    """A ``pandas.DataFrame``: a row per record, a column per key in first-seen order."""
    pd = require_extra("pandas", extra="pandas", feature="to_pandas()")
    columns = list(dict.fromkeys(key for record in records for key in record))
    frame: pandas.DataFrame = pd.DataFrame(list(records), columns=columns)
    return frame


# --------------------------------------------------------------------------- reading

_E = TypeVar("_E", bound=enum.Enum)


def _short(value: object, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


@attrs.frozen
class _Fields:
    """One mapping of a record being read, with where it is for error messages."""

    data: Mapping[str, Any]
    where: str
    source: str | None = None
    line: int | None = None

    def fail(self, message: str) -> NoReturn:
        raise InputFormatError(f"{self.where}: {message}", source=self.source, line=self.line)

    def get(self, key: str) -> Any:
        if key not in self.data:
            self.fail(f"missing field {key!r}")
        return self.data[key]

    def int_(self, key: str) -> int:
        value = self.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"{key!r} must be an integer, not {_short(value)}")
        if value < 0:
            self.fail(f"{key!r} must not be negative, not {value}")
        return value

    def opt_int(self, key: str) -> int | None:
        return None if self.get(key) is None else self.int_(key)

    def float_(self, key: str) -> float:
        value = self.get(key)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.fail(f"{key!r} must be a number, not {_short(value)}")
        return float(value)

    def str_(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str):
            self.fail(f"{key!r} must be a string, not {_short(value)}")
        return value

    def opt_str(self, key: str) -> str | None:
        return None if self.get(key) is None else self.str_(key)

    def enum(self, key: str, cls: type[_E]) -> _E:
        value = self.get(key)
        for member in cls:
            if member.value == value:
                return member
        allowed = ", ".join(repr(m.value) for m in cls)
        return self.fail(f"{key!r} must be one of {allowed}, not {_short(value)}")

    def list_(self, key: str) -> list[Any]:
        value = self.get(key)
        if not isinstance(value, (list, tuple)):
            self.fail(f"{key!r} must be a list, not {_short(value)}")
        return list(value)

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.list_(key)
        for n, value in enumerate(values):
            if not isinstance(value, str):
                self.fail(f"{key}[{n}] must be a string, not {_short(value)}")
        return tuple(values)

    def sub(self, key: str) -> _Fields:
        return self._wrap(self.get(key), key)

    def opt_sub(self, key: str) -> _Fields | None:
        return None if self.get(key) is None else self.sub(key)

    def subs(self, key: str) -> list[_Fields]:
        return [self._wrap(v, f"{key}[{n}]") for n, v in enumerate(self.list_(key))]

    def _wrap(self, value: object, key: str) -> _Fields:
        if not isinstance(value, Mapping):
            self.fail(f"{key!r} must be an object, not {_short(value)}")
        return _Fields(value, f"{self.where}, {key}", self.source, self.line)


def _open(
    record: object, expected: str, *, where: str, source: str | None, line: int | None
) -> _Fields:
    """Check a record's ``type`` and ``schema_version`` and wrap it for reading."""
    f = _Fields({}, where, source, line)
    if not isinstance(record, Mapping):
        f.fail(f"a record must be a JSON object (dict), not {type(record).__name__}")
    f = _Fields(record, where, source, line)
    if f.get("type") != expected:
        f.fail(f"expected a {expected!r} record, not type {_short(f.data['type'])}")
    version = f.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        f.fail(f"'schema_version' must be a positive integer, not {_short(version)}")
    if version > SCHEMA_VERSION:
        f.fail(
            f"schema_version {version} is newer than this version of quoteverify reads "
            f"({SCHEMA_VERSION}); upgrade quoteverify to read it"
        )
    return f


def _offsets(f: _Fields, text: str) -> tuple[int, int]:
    start, end = f.int_("start"), f.int_("end")
    if end < start:
        f.fail(f"'end' ({end}) is before 'start' ({start})")
    if len(text) != end - start:
        f.fail(f"text {_short(text)} has {len(text)} characters, but start-end spans {end - start}")
    return start, end


def _mark(f: _Fields) -> Mark:
    char = f.str_("text")
    start, end = _offsets(f, char)
    return Mark(start=start, end=end, char=char)


def _gap(f: _Fields) -> Gap:
    text = f.str_("text")
    start, end = _offsets(f, text)
    return Gap(start=start, end=end, kind=f.enum("kind", GapKind), text=text)


def _mention(f: _Fields) -> Mention:
    text = f.str_("text")
    start, end = _offsets(f, text)
    return Mention(start=start, end=end, text=text)


def _cue(f: _Fields) -> Cue:
    text = f.str_("text")
    start, end = _offsets(f, text)
    return Cue(
        start=start, end=end, text=text, rule=f.str_("rule"), confidence=f.float_("confidence")
    )


def _speaker(f: _Fields) -> Speaker:
    return Speaker(
        name=f.str_("name"), kind=f.enum("kind", SpeakerKind), aliases=f.strings("aliases")
    )


def _opt_speaker(f: _Fields | None) -> Speaker | None:
    return None if f is None else _speaker(f)


def _quote(f: _Fields) -> Quote:
    text = f.str_("text")
    start, end = _offsets(f, text)
    name = f.opt_str("speaker")
    speaker = None
    if name is not None:
        speaker = Speaker(
            name=name,
            kind=f.enum("speaker_kind", SpeakerKind),
            aliases=f.strings("speaker_aliases"),
        )
    close = f.opt_sub("close_mark")
    mention = f.opt_sub("speaker_mention")
    cue = f.opt_sub("cue")
    return Quote(
        text=text,
        start=start,
        end=end,
        kind=f.enum("kind", QuoteKind),
        kind_confidence=f.float_("kind_confidence"),
        kind_reason=f.str_("kind_reason"),
        doc_id=f.opt_str("doc_id"),
        open_mark=_mark(f.sub("open_mark")),
        close_mark=_mark(close) if close is not None else None,
        reopen_marks=tuple(_mark(m) for m in f.subs("reopen_marks")),
        gaps=tuple(_gap(g) for g in f.subs("gaps")),
        depth=f.int_("depth"),
        parent=f.opt_int("parent"),
        speaker=speaker,
        speaker_mention=_mention(mention) if mention is not None else None,
        cue=_cue(cue) if cue is not None else None,
    )


def _nested_quote(f: _Fields, key: str) -> Quote:
    value = f.get(key)
    return _quote(_open(value, "quote", where=f"{f.where}, {key}", source=f.source, line=f.line))


def _diagnostic(f: _Fields) -> Diagnostic:
    start, end = f.int_("start"), f.int_("end")
    if end < start:
        f.fail(f"'end' ({end}) is before 'start' ({start})")
    return Diagnostic(
        code=f.enum("code", DiagnosticCode), start=start, end=end, message=f.str_("message")
    )


def quote_from_record(
    record: Mapping[str, Any], *, source: str | None = None, line: int | None = None
) -> Quote:
    """The :class:`~quoteverify.model.Quote` a ``quote`` record was written from.

    ``source`` and ``line`` (a file name and a 1-based line number) only go
    into the message of the :class:`~quoteverify.errors.InputFormatError`
    raised for a malformed record, or one newer than this version reads.

    >>> quote_from_record({"type": "quote", "schema_version": 3})
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputFormatError: quote record: schema_version 3 is newer than ...
    """
    return _quote(_open(record, "quote", where="quote record", source=source, line=line))


def diagnostic_from_record(
    record: Mapping[str, Any], *, source: str | None = None, line: int | None = None
) -> Diagnostic:
    """The :class:`~quoteverify.model.Diagnostic` a ``diagnostic`` record was written from.

    The record's ``doc_id`` names the article; a diagnostic does not hold it.
    ``source`` and ``line`` are as for :func:`quote_from_record`.
    """
    where = "diagnostic record"
    return _diagnostic(_open(record, "diagnostic", where=where, source=source, line=line))


def article_from_records(
    records: Iterable[Mapping[str, Any]],
    *,
    text: str,
    doc_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Article:
    """The :class:`~quoteverify.model.Article` whose :func:`article_records` these are.

    Records do not carry the article's text: pass it as ``text``. Every quote
    must print exactly ``text[start:end]`` (and its marks their characters),
    so records of another text, or of another version of it, are refused with
    an :class:`~quoteverify.errors.InputFormatError`. ``records`` are the
    ``quote`` and ``diagnostic`` records of one article, in the order written.

    ``doc_id`` defaults to the records' own; if given, records that name a
    ``doc_id`` must name this one, and quotes without one get it (as
    :func:`quoteverify.parse` would have set it). ``metadata`` is put on the
    article as given (records do not carry it).

    >>> from quoteverify import parse
    >>> article = parse('Ann said: "We are ready." Bob said "no', doc_id="x")
    >>> article_from_records(article.to_records(), text=article.text) == article
    True
    >>> article_from_records(article.to_records(), text="Ann said no.")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputFormatError: record 1 (quote): its text 'We are ready.' is not ...
    """
    check_text(text, "article_from_records")
    quotes: list[Quote] = []
    diagnostics: list[Diagnostic] = []
    seen_ids: set[str] = set()
    for n, record in enumerate(records, 1):
        where = f"record {n}"
        kind = record.get("type") if isinstance(record, Mapping) else None
        if kind not in ("quote", "diagnostic"):
            f = _Fields({}, where)
            if not isinstance(record, Mapping):
                f.fail(f"a record must be a JSON object (dict), not {type(record).__name__}")
            f.fail(f"an article's records are 'quote' and 'diagnostic' records, not {kind!r}")
        f = _open(record, str(kind), where=f"{where} ({kind})", source=None, line=None)
        record_doc = f.opt_str("doc_id")
        if record_doc is not None:
            if doc_id is not None and record_doc != doc_id:
                f.fail(f"it belongs to article {record_doc!r}, not {doc_id!r}")
            seen_ids.add(record_doc)
            if len(seen_ids) > 1:
                ids = ", ".join(repr(i) for i in sorted(seen_ids))
                f.fail(f"the records are of more than one article ({ids}); read them one by one")
        if kind == "diagnostic":
            diagnostic = _diagnostic(f)
            if diagnostic.end > len(text):
                f.fail(f"'end' ({diagnostic.end}) is past the end of the text ({len(text)})")
            diagnostics.append(diagnostic)
            continue
        quote = _quote(f)
        _check_quote(f, quote, text)
        quotes.append(quote)
    article_id = doc_id if doc_id is not None else next(iter(seen_ids), None)
    for n, quote in enumerate(quotes):
        if quote.parent is not None and quote.parent >= n:
            raise InputFormatError(
                f"quote {n + 1}: its parent, quote {quote.parent + 1}, does not come before it "
                f"among the {len(quotes)} quote records; a record is missing or out of order"
            )
        if quote.doc_id is None and article_id is not None:
            quotes[n] = attrs.evolve(quote, doc_id=article_id)
    return Article(
        text=text,
        doc_id=article_id,
        quotes=quotes,
        diagnostics=diagnostics,
        metadata=dict(metadata or {}),
    )


def _check_quote(f: _Fields, quote: Quote, text: str) -> None:
    printed = text[quote.start : quote.end]
    if printed != quote.text:
        f.fail(
            f"its text {_short(quote.text)} is not text[{quote.start}:{quote.end}] "
            f"({_short(printed)}): the records are of another text, or another version of it"
        )
    for mark in (quote.open_mark, quote.close_mark, *quote.reopen_marks):
        if mark is not None and text[mark.start : mark.end] != mark.char:
            f.fail(
                f"its mark {_short(mark.char)} is not text[{mark.start}:{mark.end}] "
                f"({_short(text[mark.start : mark.end])})"
            )


def _evidence(f: _Fields) -> Evidence:
    match = Match(
        a=f.str_("a"),
        b=f.str_("b"),
        relation=f.enum("relation", Relation),
        score=f.float_("score"),
        edits=tuple(_edit(e) for e in f.subs("edits")),
        containment=f.float_("containment"),
    )
    return Evidence(quote=_nested_quote(f, "quote"), match=match)


def _edit(f: _Fields) -> Edit:
    return Edit(
        kind=f.enum("kind", EditKind),
        a_start=f.int_("a_start"),
        a_end=f.int_("a_end"),
        b_start=f.int_("b_start"),
        b_end=f.int_("b_end"),
        a_text=f.str_("a_text"),
        b_text=f.str_("b_text"),
    )


def verification_from_record(
    record: Mapping[str, Any], *, source: str | None = None, line: int | None = None
) -> Verification:
    """The :class:`~quoteverify.model.Verification` a ``verification`` record was written from.

    Each evidence item carries its source quote's full ``quote`` record and
    the compared texts (``a``, ``b``), so the evidence reads back whole.
    ``source`` and ``line`` are as for :func:`quote_from_record`.
    """
    f = _open(record, "verification", where="verification record", source=source, line=line)
    checked = f.get("quote")
    return Verification(
        claim=f.str_("claim"),
        claimed_speaker=_opt_speaker(f.opt_sub("claimed_speaker")),
        verdict=f.enum("verdict", Verdict),
        evidence=tuple(_evidence(e) for e in f.subs("evidence")),
        real_speaker=_opt_speaker(f.opt_sub("real_speaker")),
        explanation=f.str_("explanation"),
        quote=None if checked is None else _nested_quote(f, "quote"),
    )


def group_from_record(
    record: Mapping[str, Any], *, source: str | None = None, line: int | None = None
) -> VariantGroup:
    """The :class:`~quoteverify.model.VariantGroup` a ``variant_group`` record was written from.

    The fullest form is read from ``canonical`` and each member's quote from
    its ``quote``, both full quote records. ``source`` and ``line`` are as for
    :func:`quote_from_record`.
    """
    f = _open(record, "variant_group", where="variant_group record", source=source, line=line)
    members = tuple(
        GroupMember(
            quote=_nested_quote(m, "quote"),
            relation=m.enum("relation", Relation),
            score=m.float_("score"),
        )
        for m in f.subs("members")
    )
    return VariantGroup(
        canonical=_nested_quote(f, "canonical"),
        members=members,
        speakers=tuple(_speaker(s) for s in f.subs("speakers")),
    )


# --------------------------------------------------------------------------- schemas


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record type, read from the package.

    ``name`` is a record ``type`` (see :data:`SCHEMA_NAMES`) or the file name.

    >>> s = schema("quote")
    >>> s["$schema"], s["properties"]["schema_version"]["const"]
    ('https://json-schema.org/draft/2020-12/schema', 2)
    >>> schema("verification.schema.json")["title"]
    'quoteverify verification record'
    """
    key = name.removesuffix(".schema.json")
    if key not in SCHEMA_NAMES:
        raise OptionError(f"no schema named {name!r}; the schemas are {', '.join(SCHEMA_NAMES)}")
    path = resources.files("quoteverify") / "schema" / f"{key}.schema.json"
    loaded = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(loaded, dict):  # pragma: no cover - the files are ours
        raise TypeError(f"{key}.schema.json does not hold a JSON object")
    return loaded
