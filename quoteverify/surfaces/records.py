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
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import attrs

from .._inputs import json_safe
from ..errors import (
    InputFormatError,
    OptionError,
    TextTypeError,
    TextValueError,
    check_strings,
    check_text,
    check_unicode,
    require_extra,
)
from ..model import (
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
    WordPair,
)
from ._validate import validator

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "SCHEMA_NAMES",
    "SCHEMA_VERSION",
    "TABLES",
    "article_from_records",
    "article_records",
    "diagnostic_from_record",
    "diagnostic_record",
    "edit_record",
    "evidence_record",
    "flat_rows",
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


def quote_record(quote: Quote, *, metadata: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A quote as a flat dict (nested only for its small parts: marks, gaps, cue).

    ``metadata`` is its article's (outlet, date...), written under
    ``metadata`` as JSON values; ``null`` when not given (a quote alone does
    not know its article's). :func:`article_records` gives it.
    """
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
        "metadata": _metadata(metadata),
    }


def _metadata(metadata: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Article metadata as JSON values (see :func:`quoteverify._inputs.json_safe`).

    A value JSON cannot hold (an object of the user's own type) is written as its ``str``.
    """
    if metadata is None:
        return None
    safe = json_safe(dict(metadata))
    return {str(k): _json_value(v) for k, v in safe.items()}


def _json_value(value: object) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return str(value)


def diagnostic_record(
    diagnostic: Diagnostic, doc_id: str | None = None, *, metadata: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A diagnostic as a flat dict; ``metadata`` is its article's, as for :func:`quote_record`."""
    return {
        "type": "diagnostic",
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc_id,
        "code": diagnostic.code.value,
        "start": diagnostic.start,
        "end": diagnostic.end,
        "message": diagnostic.message,
        "metadata": _metadata(metadata),
    }


def article_records(article: Article, *, diagnostics: bool = True) -> list[dict[str, Any]]:
    """The records of one article: its quotes, then (optionally) its diagnostics.

    Each record carries the article's ``metadata`` (outlet, date...), so that
    a JSONL file of them, or a table made from it, keeps them.
    """
    meta = _metadata(article.metadata)
    out = [quote_record(q, metadata=meta) for q in article.quotes]
    if diagnostics:
        out.extend(diagnostic_record(d, article.doc_id, metadata=meta) for d in article.diagnostics)
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
        "alignment": [list(p) for p in match.alignment],
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
    raise TextTypeError(
        f"to_records() takes an article, quote, variant group or verification, not "
        f"{type(obj).__name__}; for many, call it on each (or use to_pandas())"
    )


_Recorded = Article | Quote | VariantGroup | Verification

#: The tables :func:`to_pandas` makes, by the ``table=`` that names them.
TABLES = ("quotes", "diagnostics", "evidence", "members")

# The columns of each table and their pandas dtypes: the same whatever the objects,
# nullable ("Int64", "Float64", "boolean", "string") so that a missing value is <NA>.
_QUOTE_COLUMNS = {
    "doc_id": "string",
    "quote_index": "Int64",
    "start": "Int64",
    "end": "Int64",
    "outer_start": "Int64",
    "outer_end": "Int64",
    "text": "string",
    "kind": "string",
    "kind_confidence": "Float64",
    "kind_reason": "string",
    "is_speech": "boolean",
    "closed": "boolean",
    "open_mark": "string",
    "close_mark": "string",
    "reopen_count": "Int64",
    "gap_count": "Int64",
    "depth": "Int64",
    "parent": "Int64",
    "speaker_name": "string",
    "speaker_kind": "string",
    "speaker_aliases": "string",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "mention_text": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "cue_text": "string",
    "cue_rule": "string",
    "cue_confidence": "Float64",
}
_DIAGNOSTIC_COLUMNS = {
    "doc_id": "string",
    "diagnostic_index": "Int64",
    "code": "string",
    "start": "Int64",
    "end": "Int64",
    "message": "string",
}
_EVIDENCE_COLUMNS = {
    "verification_index": "Int64",
    "claim": "string",
    "claimed_speaker": "string",
    "verdict": "string",
    "supported": "boolean",
    "real_speaker": "string",
    "explanation": "string",
    "claim_doc_id": "string",
    "claim_start": "Int64",
    "claim_end": "Int64",
    "evidence_count": "Int64",
    "evidence_rank": "Int64",
    "doc_id": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "speaker_name": "string",
    "speaker_kind": "string",
    "relation": "string",
    "score": "Float64",
    "containment": "Float64",
    "meaning_changed": "boolean",
    "edits": "string",
}
_MEMBER_COLUMNS = {
    "group_index": "Int64",
    "group_text": "string",
    "group_size": "Int64",
    "speakers": "string",
    "speaker_conflict": "boolean",
    "member_index": "Int64",
    "is_canonical": "boolean",
    "doc_id": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "speaker_name": "string",
    "speaker_kind": "string",
    "relation": "string",
    "score": "Float64",
}
_COLUMNS = {
    "quotes": _QUOTE_COLUMNS,
    "diagnostics": _DIAGNOSTIC_COLUMNS,
    "evidence": _EVIDENCE_COLUMNS,
    "members": _MEMBER_COLUMNS,
}
_TABLE_OF = {Article: "quotes", Quote: "quotes", Verification: "evidence", VariantGroup: "members"}
_ACCEPTS: dict[str, tuple[type, ...]] = {
    "quotes": (Article, Quote),
    "diagnostics": (Article,),
    "evidence": (Verification,),
    "members": (VariantGroup,),
}


def to_pandas(
    objects: _Recorded | Iterable[_Recorded], *, table: str | None = None
) -> pandas.DataFrame:
    """A tidy ``pandas.DataFrame`` of one object or many, flat columns of stable dtypes.

    ``objects`` is an article, a quote, a variant group or a verification, or
    an iterable of them of one kind (``corpus.articles``, a corpus, a list of
    verifications). ``table`` chooses the rows:

    - ``"quotes"`` (the default for articles and quotes): one row per quote;
    - ``"diagnostics"`` (articles only): one row per diagnostic;
    - ``"evidence"`` (the default for verifications): one row per evidence
      item, the verdict repeated on each; a verification without evidence
      (``not_found``) still has one row, its evidence columns missing;
    - ``"members"`` (the default for variant groups): one row per member.

    Every table has the same columns in the same order with the same dtypes
    whatever the objects, even with no rows: pandas' nullable ``"Int64"``,
    ``"Float64"``, ``"boolean"`` and ``"string"``, so a missing value (a
    quote without a speaker or a cue) is ``<NA>``. The quote and diagnostic
    tables end with one column per metadata key of the articles (``outlet``,
    ``date``...; ``metadata_<key>`` if the key names a column of either table),
    values as given (dtype ``object``). ``docs/records.md`` lists every
    column. ``obj.to_pandas(table=...)`` is ``to_pandas(obj, table=...)``;
    ``pandas.DataFrame(obj.to_records())`` gives the records themselves.

    Needs pandas, an optional extra: ``pip install 'quoteverify[pandas]'``;
    without it, :class:`~quoteverify.errors.MissingExtraError` says so.

    >>> from quoteverify import parse
    >>> text = '"Soon," Ann Lee said. The sign read "Closed".'
    >>> df = to_pandas(parse(text, doc_id="n1", metadata={"outlet": "Daily"}))
    >>> df[["doc_id", "text", "speaker_name", "cue_rule", "outlet"]]
      doc_id    text speaker_name      cue_rule outlet
    0     n1   Soon,      Ann Lee  quote-X-said  Daily
    1     n1  Closed         <NA>          <NA>  Daily
    >>> str(df["mention_start"].dtype), str(df["speaker_name"].dtype)
    ('Int64', 'string')
    """
    chosen, columns, rows = _flat(objects, table, "to_pandas()")
    pd = require_extra("pandas", extra="pandas", feature="to_pandas()")
    dtypes = _COLUMNS[chosen]
    frame: pandas.DataFrame = pd.DataFrame(
        {
            name: pd.Series([row[n] for row in rows], dtype=dtypes.get(name, object))
            for n, name in enumerate(columns)
        },
        columns=columns,
    )
    return frame


def flat_rows(
    objects: _Recorded | Iterable[_Recorded], *, table: str | None = None
) -> tuple[list[str], list[list[Any]]]:
    """The columns and rows of :func:`to_pandas`'s table, as plain Python values.

    The same table as ``to_pandas(objects, table=table)``: the same columns in
    the same order (the metadata columns last), the same rows, made by the same
    code, without pandas; a missing value is ``None``. ``objects`` may be a
    generator: it is read once and only the rows are kept. The command line's
    ``--format csv`` writes these.

    >>> from quoteverify import parse
    >>> columns, rows = flat_rows(parse('"Soon," Ann Lee said.', doc_id="n1"))
    >>> columns[:3], rows[0][:3]
    (['doc_id', 'quote_index', 'start'], ['n1', 0, 1])
    >>> dict(zip(columns, rows[0]))["speaker_name"]
    'Ann Lee'
    """
    _, columns, rows = _flat(objects, table, "flat_rows()")
    return columns, rows


# A metadata key that names a column of either article table gets a ``metadata_`` prefix.
_ARTICLE_COLUMNS = frozenset(_QUOTE_COLUMNS) | frozenset(_DIAGNOSTIC_COLUMNS)


def _flat(objects: object, table: str | None, func: str) -> tuple[str, list[str], list[list[Any]]]:
    """Check the objects of one table as they come and make its rows: (table, columns, rows)."""
    if isinstance(objects, (Article, Quote, VariantGroup, Verification)):
        items: Iterable[object] = [objects]
    elif isinstance(objects, Iterable) and not isinstance(objects, (str, bytes, Mapping)):
        items = objects
    else:
        raise TextTypeError(
            f"{func} takes an article, quote, variant group or verification, or an "
            f"iterable of them, not {type(objects).__name__}"
        )
    if table is not None and table not in _COLUMNS:
        raise OptionError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    chosen = table
    first_kind = ""  # the class of the first object, when it chose the table
    rows: list[dict[str, Any]] = []
    metadata: dict[str, str] = {}  # metadata key -> its column name
    for number, item in enumerate(items):
        if not isinstance(item, (Article, Quote, VariantGroup, Verification)):
            raise TextTypeError(
                f"{func} makes a table of articles, quotes, variant groups or "
                f"verifications, not of {type(item).__name__}"
            )
        if chosen is None:
            chosen, first_kind = _TABLE_OF[type(item)], type(item).__name__
        elif table is None and _TABLE_OF[type(item)] != chosen:
            raise TextTypeError(
                f"{func} makes one table of one kind of object, not of {first_kind}, "
                f"{type(item).__name__}: make one table per kind"
            )
        if not isinstance(item, _ACCEPTS[chosen]):
            raise TextTypeError(
                f"a {chosen!r} table is made of "
                f"{' or '.join(c.__name__ for c in _ACCEPTS[chosen])} objects, "
                f"not {type(item).__name__}"
            )
        if isinstance(item, Article) and chosen in ("quotes", "diagnostics"):
            for key in item.metadata:
                column = f"metadata_{key}" if str(key) in _ARTICLE_COLUMNS else str(key)
                metadata.setdefault(key, column)
        rows.extend(_table_rows(item, chosen, number))
    chosen = chosen or "quotes"
    fixed = list(_COLUMNS[chosen])
    columns = [*fixed, *metadata.values()]
    flat = [
        [row.get(name) for name in fixed] + [row.get("metadata", {}).get(k) for k in metadata]
        for row in rows
    ]
    return chosen, columns, flat


def _table_rows(item: object, table: str, number: int) -> list[dict[str, Any]]:
    """The rows of one object in one table, as dicts keyed by column name."""
    if isinstance(item, Article):
        meta = dict(item.metadata)
        if table == "diagnostics":
            return [
                {
                    "doc_id": item.doc_id,
                    "diagnostic_index": n,
                    "code": d.code.value,
                    "start": d.start,
                    "end": d.end,
                    "message": d.message,
                    "metadata": meta,
                }
                for n, d in enumerate(item.diagnostics)
            ]
        return [{**_quote_row(q, n), "metadata": meta} for n, q in enumerate(item.quotes)]
    if isinstance(item, Quote):
        return [{**_quote_row(item, None), "metadata": {}}]
    if isinstance(item, Verification):
        return _evidence_rows(item, number)
    assert isinstance(item, VariantGroup)
    return _member_rows(item, number)


def _quote_row(q: Quote, number: int | None) -> dict[str, Any]:
    speaker, mention, cue = q.speaker, q.speaker_mention, q.cue
    return {
        "doc_id": q.doc_id,
        "quote_index": number,
        "start": q.start,
        "end": q.end,
        "outer_start": q.outer_start,
        "outer_end": q.outer_end,
        "text": q.text,
        "kind": q.kind.value,
        "kind_confidence": q.kind_confidence,
        "kind_reason": q.kind_reason,
        "is_speech": q.is_speech,
        "closed": q.closed,
        "open_mark": q.open_mark.char,
        "close_mark": q.close_mark.char if q.close_mark is not None else None,
        "reopen_count": len(q.reopen_marks),
        "gap_count": len(q.gaps),
        "depth": q.depth,
        "parent": q.parent,
        **_speaker_cells(speaker),
        "speaker_aliases": "; ".join(speaker.aliases) if speaker is not None else None,
        "mention_start": mention.start if mention is not None else None,
        "mention_end": mention.end if mention is not None else None,
        "mention_text": mention.text if mention is not None else None,
        "cue_start": cue.start if cue is not None else None,
        "cue_end": cue.end if cue is not None else None,
        "cue_text": cue.text if cue is not None else None,
        "cue_rule": cue.rule if cue is not None else None,
        "cue_confidence": cue.confidence if cue is not None else None,
    }


def _speaker_cells(speaker: Speaker | None) -> dict[str, Any]:
    if speaker is None:
        return {"speaker_name": None, "speaker_kind": None}
    return {"speaker_name": speaker.name, "speaker_kind": speaker.kind.value}


def _evidence_rows(v: Verification, number: int) -> list[dict[str, Any]]:
    checked = v.quote
    head = {
        "verification_index": number,
        "claim": v.claim,
        "claimed_speaker": v.claimed_speaker.name if v.claimed_speaker is not None else None,
        "verdict": v.verdict.value,
        "supported": v.verdict.supported,
        "real_speaker": v.real_speaker.name if v.real_speaker is not None else None,
        "explanation": v.explanation,
        "claim_doc_id": checked.doc_id if checked is not None else None,
        "claim_start": checked.start if checked is not None else None,
        "claim_end": checked.end if checked is not None else None,
        "evidence_count": len(v.evidence),
    }
    if not v.evidence:
        return [head]
    return [
        {
            **head,
            "evidence_rank": rank,
            "doc_id": e.quote.doc_id,
            "start": e.quote.start,
            "end": e.quote.end,
            "text": e.quote.text,
            **_speaker_cells(e.quote.speaker),
            "relation": e.relation.value,
            "score": e.score,
            "containment": e.match.containment,
            "meaning_changed": e.match.meaning_changed,
            "edits": "; ".join(_edit_words(x) for x in e.match.edits),
        }
        for rank, e in enumerate(v.evidence)
    ]


def _edit_words(edit: Edit) -> str:
    return f"{edit.kind.value}: {edit.a_text!r} → {edit.b_text!r}"


def _member_rows(group: VariantGroup, number: int) -> list[dict[str, Any]]:
    head = {
        "group_index": number,
        "group_text": group.text,
        "group_size": len(group.members),
        "speakers": "; ".join(s.name for s in group.speakers),
        "speaker_conflict": group.speaker_conflict,
    }
    return [
        {
            **head,
            "member_index": n,
            "is_canonical": m.quote == group.canonical,
            "doc_id": m.quote.doc_id,
            "start": m.quote.start,
            "end": m.quote.end,
            "text": m.quote.text,
            **_speaker_cells(m.quote.speaker),
            "relation": m.relation.value,
            "score": m.score,
        }
        for n, m in enumerate(group.members)
    ]


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

    # The record was checked against its JSON Schema when it was opened (see _open):
    # these only read it, with the types the schema guarantees.

    def get(self, key: str) -> Any:
        if key not in self.data:
            self.fail(f"missing field {key!r}")
        return self.data[key]

    def int_(self, key: str) -> int:
        value: int = self.get(key)
        return value

    def opt_int(self, key: str) -> int | None:
        value: int | None = self.get(key)
        return value

    def float_(self, key: str) -> float:
        return float(self.get(key))

    def str_(self, key: str) -> str:
        value: str = self.get(key)
        return self._unicode(key, value)

    def _unicode(self, key: str, value: str) -> str:
        try:
            return check_unicode(value, repr(key))
        except TextValueError as err:
            return self.fail(str(err))

    def opt_str(self, key: str) -> str | None:
        value: str | None = self.get(key)
        return None if value is None else self._unicode(key, value)

    def enum(self, key: str, cls: type[_E]) -> _E:
        value = self.get(key)
        for member in cls:
            if member.value == value:
                return member
        allowed = ", ".join(repr(m.value) for m in cls)
        return self.fail(f"{key!r} must be one of {allowed}, not {_short(value)}")

    def list_(self, key: str) -> list[Any]:
        return list(self.get(key))

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.list_(key)
        for n, value in enumerate(values):
            self._unicode(f"{key}[{n}]", value)
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
    record: object,
    expected: str,
    *,
    where: str,
    source: str | None,
    line: int | None,
    checked: bool = False,
) -> _Fields:
    """Check a record's ``type``, ``schema_version`` and schema, and wrap it for reading.

    ``checked``: the record was checked already, as a part of the record holding it.
    """
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
    if not checked:
        if version < SCHEMA_VERSION:
            record = _upgraded(record)
        error = validator(expected)(record, where)
        if error is not None:
            raise InputFormatError(error, source=source, line=line)
    return f


def _upgraded(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record of an older ``schema_version`` as the current schema states it.

    Every older format is a subset of the current one (version 2 added the
    ``partly_sourced`` verdict and the derived ``significance`` and ``neutral``
    of each edit, which the readers compute again), so the upgrade only restamps
    the version, of the record and of the records it holds.
    """
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key == "schema_version":
            out[key] = SCHEMA_VERSION
        elif isinstance(value, Mapping):
            out[key] = _upgraded(value)
        elif isinstance(value, list):
            out[key] = [_upgraded(v) if isinstance(v, Mapping) else v for v in value]
        else:
            out[key] = value
    return out


def _read_span(f: _Fields) -> tuple[int, int, str]:
    """A record's ``start``, ``end`` and ``text``, checked to agree.

    >>> _read_span(_Fields({"start": 4, "end": 7, "text": "yes"}, "mark"))
    (4, 7, 'yes')
    >>> _read_span(_Fields({"start": 4, "end": 9, "text": "yes"}, "mark"))
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputFormatError: mark: text 'yes' has 3 characters, but start-end spans 5
    """
    text = f.str_("text")
    start, end = f.int_("start"), f.int_("end")
    if end < start:
        f.fail(f"'end' ({end}) is before 'start' ({start})")
    if len(text) != end - start:
        f.fail(f"text {_short(text)} has {len(text)} characters, but start-end spans {end - start}")
    return start, end, text


def _mark(f: _Fields) -> Mark:
    start, end, char = _read_span(f)
    return Mark(start=start, end=end, char=char)


def _gap(f: _Fields) -> Gap:
    start, end, text = _read_span(f)
    return Gap(start=start, end=end, kind=f.enum("kind", GapKind), text=text)


def _mention(f: _Fields) -> Mention:
    start, end, text = _read_span(f)
    return Mention(start=start, end=end, text=text)


def _cue(f: _Fields) -> Cue:
    start, end, text = _read_span(f)
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
    start, end, text = _read_span(f)
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
    where = f"{f.where}, {key}"
    return _quote(_open(value, "quote", where=where, source=f.source, line=f.line, checked=True))


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
    :func:`quoteverify.parse` would have set it). ``metadata`` defaults to
    the one the records carry (:func:`article_records` writes the article's
    on each; records of an older quoteverify, and those written one by one,
    carry none, which reads as ``{}``); if given, it is put on the article as
    given.

    >>> from quoteverify import parse
    >>> article = parse('Ann said: "We are ready." Bob said "no', doc_id="x")
    >>> article_from_records(article.to_records(), text=article.text) == article
    True
    >>> article_from_records(article.to_records(), text="Ann said no.")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputFormatError: record 1 (quote): its text 'We are ready.' is not ...
    """
    check_unicode(check_text(text, "article_from_records"), "article_from_records() text")
    quotes: list[Quote] = []
    diagnostics: list[Diagnostic] = []
    seen_ids: set[str] = set()
    carried: dict[str, Any] | None = None
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
        meta = f.data.get("metadata")
        try:
            check_strings(meta, "'metadata'")
        except TextValueError as err:
            f.fail(str(err))
        if meta is not None and metadata is None:
            if carried is not None and meta != carried:
                f.fail("its metadata differs from the metadata of the records before it")
            carried = dict(meta)
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
        metadata=dict(metadata if metadata is not None else carried or {}),
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
        alignment=_alignment(f),
    )
    return Evidence(quote=_nested_quote(f, "quote"), match=match)


def _alignment(f: _Fields) -> tuple[WordPair, ...]:
    """An evidence record's aligned words; none in a record written before they were kept."""
    pairs = f.data.get("alignment", [])
    for n, p in enumerate(pairs):
        if len(p) != 4:
            f.fail(f"alignment[{n}] must be [a_start, a_end, b_start, b_end], not {_short(p)}")
    return tuple(WordPair(*p) for p in pairs)


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
