"""Records: round trips back to equal objects, the JSON Schemas, and pickling."""

from __future__ import annotations

import functools
import io
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Article, Config, Corpus, extract_quotes, parse
from quoteverify.errors import InputFormatError, OptionError, QuoteVerifyError, TextValueError
from quoteverify.matching.compare import compare
from quoteverify.model import (
    Cue,
    Diagnostic,
    DiagnosticCode,
    Edit,
    EditKind,
    Evidence,
    Extraction,
    GapKind,
    GroupMember,
    Match,
    Mention,
    Quote,
    QuoteKind,
    Relation,
    Significance,
    Speaker,
    SpeakerKind,
    VariantGroup,
    Verdict,
    Verification,
)
from quoteverify.strategies import PlantedArticle, planted_articles
from quoteverify.surfaces.cli import main
from quoteverify.surfaces.demo import demo_documents
from quoteverify.surfaces.records import (
    SCHEMA_NAMES,
    SCHEMA_VERSION,
    article_from_records,
    diagnostic_from_record,
    diagnostic_record,
    group_from_record,
    group_record,
    quote_from_record,
    quote_record,
    schema,
    to_records,
    verification_from_record,
    verification_record,
)

# Short texts written for these tests, one per shape of quote the records must carry.
EXAMPLES = {
    "nested": "The mayor said, \"My aunt told me 'keep the bridge open' and I listened.\"",
    "paragraphs": (
        '"The ferry will run all winter," the harbour master said.\n\n'
        '"We have two boats ready.\n\n"And a third one is coming," she added.'
    ),
    "unclosed": 'Ms Okafor said "the budget is final\n\nThe council met. A stray ” is here.',
    "organization": '"The bridge stays shut," Harbor Ferries Inc said.',
    "anonymous": '"We were never consulted," a senior council official said.',
    "document": '"Repairs are overdue," the inspectors\' report said.',
    "pronoun": 'Ravi Patel spoke first. "We need the funds," he said.',
    "gaps": 'She said: "The plan ... will go ahead [in March] as agreed."',
    "title": 'The film "Night Harbour" opened on Friday.',
    "guillemets": "Le maire a dit « oui » hier.",
    "empty": 'He said "" and left.',
    "none": "No quotes at all here.",
}


def articles() -> list[Article]:
    return [parse(text, doc_id=name) for name, text in EXAMPLES.items()]


def through_json(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [json.loads(json.dumps(r, ensure_ascii=False)) for r in records]


def round_trip(article: Article) -> Article:
    return article_from_records(
        through_json(article.to_records()),
        text=article.text,
        doc_id=article.doc_id,
        metadata=article.metadata,
    )


# ----------------------------------------------------------------- quotes and articles


def test_examples_cover_every_shape() -> None:
    quotes = [q for a in articles() for q in a.quotes]
    assert any(q.depth > 0 and q.parent is not None for q in quotes)
    assert any(q.reopen_marks for q in quotes)
    assert any(not q.closed for q in quotes)
    assert any(q.gaps for q in quotes)
    assert {g.kind for q in quotes for g in q.gaps} >= {GapKind.ELLIPSIS, GapKind.BRACKET}
    assert any(q.cue is not None and q.speaker_mention is not None for q in quotes)
    assert {q.speaker.kind for q in quotes if q.speaker is not None} == set(SpeakerKind)
    assert {q.kind for q in quotes} == set(QuoteKind)
    assert any(q.speaker is not None and q.speaker.aliases for q in quotes)
    codes = {d.code for a in articles() for d in a.diagnostics}
    assert codes >= {DiagnosticCode.UNCLOSED, DiagnosticCode.STRAY_CLOSER, DiagnosticCode.EMPTY}


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_article_round_trip(name: str) -> None:
    article = parse(EXAMPLES[name], doc_id=name, metadata={"outlet": "Test Gazette"})
    assert round_trip(article) == article


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_quote_and_diagnostic_round_trip(name: str) -> None:
    article = parse(EXAMPLES[name], doc_id=name)
    for quote in article.quotes:
        (rec,) = through_json(to_records(quote))
        assert quote_from_record(rec) == quote
    for diagnostic in article.diagnostics:
        (rec,) = through_json([diagnostic_record(diagnostic, name)])
        assert diagnostic_from_record(rec) == diagnostic


def test_article_without_doc_id_and_without_records() -> None:
    article = parse(EXAMPLES["nested"])
    assert article_from_records(article.to_records(), text=article.text) == article
    empty = parse(EXAMPLES["none"])
    assert article_from_records([], text=empty.text) == empty


def test_doc_id_is_taken_from_records_or_given() -> None:
    article = parse(EXAMPLES["paragraphs"], doc_id="p")
    assert article_from_records(article.to_records(), text=article.text).doc_id == "p"
    # Records without a doc_id take the one given, as parse() would have set it.
    anonymous = parse(EXAMPLES["paragraphs"])
    named = article_from_records(anonymous.to_records(), text=anonymous.text, doc_id="p")
    assert named == article
    with pytest.raises(InputFormatError, match="belongs to article 'p', not 'q'"):
        article_from_records(article.to_records(), text=article.text, doc_id="q")


def test_records_of_another_text_are_refused() -> None:
    article = parse(EXAMPLES["anonymous"], doc_id="a")
    with pytest.raises(InputFormatError, match=r"record 1 \(quote\): its text .* is not text"):
        article_from_records(article.to_records(), text="Something else entirely, longer.")
    shifted = " " + article.text
    with pytest.raises(InputFormatError, match="another text"):
        article_from_records(article.to_records(), text=shifted)
    # Same words, other marks: the marks are checked as well.
    other_marks = article.text.replace('"', "'")
    with pytest.raises(InputFormatError, match="its mark"):
        article_from_records(article.to_records(), text=other_marks)


def test_article_records_must_be_of_one_article_and_complete() -> None:
    a, b = parse(EXAMPLES["anonymous"], doc_id="a"), parse(EXAMPLES["anonymous"], doc_id="b")
    with pytest.raises(InputFormatError, match="more than one article"):
        article_from_records([*a.to_records(), *b.to_records()], text=a.text)
    nested = parse(EXAMPLES["nested"], doc_id="n")
    with pytest.raises(InputFormatError, match="a record is missing"):
        article_from_records(nested.to_records()[1:], text=nested.text)
    groups = Corpus()
    groups.add(EXAMPLES["anonymous"], doc_id="a")
    groups.add(EXAMPLES["anonymous"], doc_id="b")
    (group,) = groups.variant_groups()
    with pytest.raises(InputFormatError, match="not 'variant_group'"):
        article_from_records(group.to_records(), text=a.text)


def test_newer_schema_version_is_refused() -> None:
    article = parse(EXAMPLES["unclosed"], doc_id="u")
    quote, diagnostic = article.to_records()[0], article.to_records()[-1]
    newer = SCHEMA_VERSION + 1
    for reader, rec in (
        (quote_from_record, quote),
        (diagnostic_from_record, diagnostic),
        (verification_from_record, {"type": "verification"}),
        (group_from_record, {"type": "variant_group"}),
    ):
        with pytest.raises(InputFormatError, match=f"schema_version {newer} is newer"):
            reader({**rec, "schema_version": newer})
    with pytest.raises(InputFormatError, match="upgrade quoteverify"):
        article_from_records([{**quote, "schema_version": newer}], text=article.text)


def test_malformed_records_raise_input_format_error() -> None:
    rec = quote_record(parse(EXAMPLES["anonymous"]).quotes[0])
    bad: list[tuple[object, str]] = [
        ([1, 2], "must be a JSON object"),
        ({**rec, "type": "diagnostic"}, "expected a 'quote' record"),
        ({k: v for k, v in rec.items() if k != "schema_version"}, "missing field"),
        ({**rec, "schema_version": "1"}, "positive integer"),
        ({k: v for k, v in rec.items() if k != "kind_reason"}, "missing field 'kind_reason'"),
        ({**rec, "kind": "shouted"}, "'kind' must be one of 'direct', 'partial'"),
        ({**rec, "start": "1"}, "'start' must be an integer"),
        ({**rec, "start": True}, "'start' must be an integer"),
        ({**rec, "end": rec["end"] + 1}, "has 24 characters, but start-end spans 25"),
        ({**rec, "open_mark": "“"}, "'open_mark' must be an object"),
        ({**rec, "speaker_aliases": [1]}, r"speaker_aliases\[0\] must be a string"),
        ({**rec, "cue": {**rec["cue"], "confidence": "high"}}, "cue: 'confidence' must be"),
        ({**rec, "gaps": None}, "'gaps' must be a list"),
    ]
    for record, message in bad:
        with pytest.raises(InputFormatError, match=message) as info:
            quote_from_record(record, source="quotes.jsonl", line=7)  # type: ignore[arg-type]
        assert str(info.value).startswith("quotes.jsonl:7: quote record")
        assert isinstance(info.value, (QuoteVerifyError, ValueError))


@settings(max_examples=150, deadline=None)
@given(planted_articles())
def test_planted_articles_round_trip(planted: PlantedArticle) -> None:
    article = parse(planted.text, doc_id="planted")
    assert round_trip(article) == article
    for quote in article.quotes:
        assert quote_from_record(quote_record(quote)) == quote


@settings(max_examples=150, deadline=None)
@given(st.from_type(Article))
def test_any_article_round_trips(article: Article) -> None:
    assert round_trip(article) == article


DAMAGED = st.lists(
    st.sampled_from(
        [*"ab .,\n'\"“”‘’«»„‹›「」[]…", "« ", " »", "''", "``", "\n\n", " said ", "Ms Lee", " he"]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(DAMAGED)
def test_damaged_text_round_trips(text: str) -> None:
    article = parse(text, doc_id="d")
    assert round_trip(article) == article


# ------------------------------------------------------------ verifications and groups


def corpus() -> Corpus:
    c = Corpus()
    c.add('"We will reopen the old ferry line next spring," Mayor Dana Whitfield said.', "one")
    c.add('Dana Whitfield promised: "We will reopen the old ferry line next spring."', "two")
    c.add('"We will reopen the ferry line next spring," councillor Tom Reyes said.', "three")
    c.add('"We will not reopen the ferry line," a spokesperson said.', "four")
    return c


def test_verifications_round_trip() -> None:
    c = corpus()
    results = [
        c.verify("We will reopen the old ferry line next spring", speaker="Dana Whitfield"),
        c.verify("We will reopen the old ferry line next spring", speaker="Tom Reyes"),
        c.verify("We will reopen the old ferry line"),
        c.verify("The moon is made of cheese"),
        *c.check(parse('"We will reopen the ferry line next spring," Reyes said.', "new")),
    ]
    verdicts = {v.verdict for v in results}
    assert Verdict.NOT_FOUND in verdicts and len(verdicts) >= 3
    assert any(v.quote is not None for v in results)
    assert any(e.match.edits for v in results for e in v.evidence)
    for v in results:
        (rec,) = through_json(v.to_records())
        assert verification_from_record(rec) == v
        assert verification_record(verification_from_record(rec)) == rec


def test_groups_round_trip() -> None:
    groups = corpus().variant_groups()
    assert groups
    for n, group in enumerate(groups, 1):
        (rec,) = through_json([group_record(group, n)])
        assert group_from_record(rec) == group
        assert group_record(group_from_record(rec), n) == rec


def test_nested_records_are_checked() -> None:
    (rec,) = corpus().variant_groups()[0].to_records()
    rec["members"][0]["quote"]["schema_version"] = SCHEMA_VERSION + 1
    newer = rf"members\[0\], quote: schema_version {SCHEMA_VERSION + 1} is newer"
    with pytest.raises(InputFormatError, match=newer):
        group_from_record(rec)
    v = corpus().verify("We will reopen the old ferry line next spring")
    (rec,) = v.to_records()
    rec["evidence"][0]["relation"] = "identical"
    with pytest.raises(InputFormatError, match=r"evidence\[0\]: 'relation' must be one of"):
        verification_from_record(rec)


def demo_records() -> list[dict[str, Any]]:
    out = io.StringIO()
    assert main(["demo", "--format", "jsonl"], out=out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_demo_records_read_back() -> None:
    recs = demo_records()
    docs = {d.doc_id: d for d in demo_documents()}
    c = Corpus()
    for d in docs.values():
        c.add(d.text, d.doc_id, **d.metadata)
    for article in c.articles:
        mine = [r for r in recs if r["type"] in ("quote", "diagnostic")]
        mine = [r for r in mine if r["doc_id"] == article.doc_id]
        assert article_from_records(mine, text=article.text, metadata=article.metadata) == article
    groups = [group_from_record(r) for r in recs if r["type"] == "variant_group"]
    assert groups == c.variant_groups()
    for r in recs:
        if r["type"] == "verification":
            v = verification_from_record(r)
            assert verification_record(v) == r
            assert v == c.verify(r["claim"], speaker=v.claimed_speaker)


# ----------------------------------------------------------------------- JSON Schemas


def validators() -> dict[str, Any]:
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    from referencing.jsonschema import DRAFT202012

    resources = [DRAFT202012.create_resource(schema(name)) for name in SCHEMA_NAMES]
    registry = referencing.Registry().with_resources((r.contents["$id"], r) for r in resources)
    out = {}
    for name in SCHEMA_NAMES:
        jsonschema.Draft202012Validator.check_schema(schema(name))
        out[name] = jsonschema.Draft202012Validator(schema(name), registry=registry)
    return out


def test_cli_records_validate_against_the_schemas() -> None:
    checks = validators()
    recs = demo_records()
    assert {r["type"] for r in recs} == set(SCHEMA_NAMES)
    for rec in recs:
        errors = [e.message for e in checks[rec["type"]].iter_errors(rec)]
        assert not errors, (rec["type"], errors)


def test_example_records_validate_and_bad_ones_do_not() -> None:
    checks = validators()
    c = corpus()
    recs = [r for a in articles() for r in a.to_records()]
    recs += [r for g in c.variant_groups() for r in g.to_records()]
    recs += c.verify("We will reopen the ferry line next spring", speaker="Reyes").to_records()
    for rec in through_json(recs):
        assert not list(checks[rec["type"]].iter_errors(rec))
    quote = recs[0]
    assert not checks["quote"].is_valid({**quote, "schema_version": SCHEMA_VERSION + 1})
    assert not checks["quote"].is_valid({**quote, "kind": "shouted"})
    assert not checks["quote"].is_valid({k: v for k, v in quote.items() if k != "start"})
    group = next(r for r in recs if r["type"] == "variant_group")
    broken = {**group, "canonical": {**group["canonical"], "open_mark": None}}
    assert not checks["variant_group"].is_valid(broken)


# Fields added after schema_version 1 was published: optional, so older records stay valid.
OPTIONAL = {"metadata"}


def test_schemas_list_every_field_written() -> None:
    article = parse(EXAMPLES["unclosed"], doc_id="u")
    quote, diagnostic = article.to_records()[0], article.to_records()[-1]
    group = corpus().variant_groups()[0].to_records()[0]
    verification = corpus().verify("We will reopen the ferry line next spring").to_records()[0]
    for rec in (quote, diagnostic, group, verification):
        s = schema(rec["type"])
        assert set(rec) == set(s["properties"]), rec["type"]
        assert set(s["required"]) == set(s["properties"]) - OPTIONAL, rec["type"]
        assert s["properties"]["schema_version"]["const"] == SCHEMA_VERSION
        assert s["properties"]["type"]["const"] == rec["type"]
        for key in ("$schema", "$id", "title", "description"):
            assert s[key]
        assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    defs = schema("quote")["$defs"]
    assert set(quote["open_mark"]) == set(defs["mark"]["properties"])
    assert set(quote["cue"]) == set(defs["cue"]["properties"])
    assert set(group["speakers"][0]) == set(defs["speaker"]["properties"])
    evidence = verification["evidence"][0]
    assert set(evidence) == set(schema("verification")["$defs"]["evidence"]["properties"])
    member = group["members"][0]
    assert set(member) == set(schema("variant_group")["$defs"]["member"]["properties"])


def _enums(node: object) -> list[list[Any]]:
    if isinstance(node, dict):
        found = [node["enum"]] if "enum" in node else []
        return found + [e for v in node.values() for e in _enums(v)]
    if isinstance(node, list):
        return [e for v in node for e in _enums(v)]
    return []


def test_schema_enums_match_the_model() -> None:
    expected = {
        frozenset(m.value for m in cls)
        for cls in (
            QuoteKind,
            SpeakerKind,
            DiagnosticCode,
            GapKind,
            Relation,
            EditKind,
            Significance,
            Verdict,
        )
    }
    found = {
        frozenset(v for v in values if v is not None)
        for name in SCHEMA_NAMES
        for values in _enums(schema(name))
    }
    assert found == expected


def test_docs_describe_every_field() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "records.md").read_text("utf-8")
    for name in SCHEMA_NAMES:
        s = schema(name)
        for part in (s, *s.get("$defs", {}).values()):
            for field, spec in part["properties"].items():
                assert f"| `{field}` |" in doc, (name, field)
                assert spec["description"] in doc, (name, field)


def test_schema_names_and_files() -> None:
    assert schema("quote.schema.json") == schema("quote")
    assert schema("variant_group")["$id"].endswith("variant_group")
    with pytest.raises(OptionError, match="no schema named 'article'"):
        schema("article")


# ---------------------------------------------------------------------------- pickling


def same_after_pickle(obj: object) -> bool:
    return bool(pickle.loads(pickle.dumps(obj)) == obj)


def test_every_public_object_pickles() -> None:
    c = corpus()
    article = parse(EXAMPLES["paragraphs"], doc_id="p", metadata={"outlet": "Gazette"})
    quote = next(q for q in article.quotes if q.cue is not None and q.speaker_mention)
    v = c.verify("We will reopen the old ferry line next spring", speaker="Tom Reyes")
    evidence = v.evidence[0]
    group = c.variant_groups()[0]
    match = compare("We will not reopen the line", "We will reopen the line")
    assert match.edits
    objects: list[object] = [
        article,
        quote,
        extract_quotes(EXAMPLES["unclosed"]),
        quote.speaker,
        quote.speaker_mention,
        quote.cue,
        parse(EXAMPLES["unclosed"]).diagnostics[0],
        match,
        match.edits[0],
        v,
        evidence,
        group,
        group.members[0],
        Config(paragraphs="blank_line", max_depth=3, attribute=False),
    ]
    kinds = {type(o) for o in objects}
    assert kinds == {
        Article,
        Quote,
        Extraction,
        Speaker,
        Mention,
        Cue,
        Diagnostic,
        Match,
        Edit,
        Verification,
        Evidence,
        VariantGroup,
        GroupMember,
        Config,
    }
    for obj in objects:
        assert same_after_pickle(obj), type(obj).__name__
    assert same_after_pickle(EditKind.NEGATION) and same_after_pickle(Relation.VARIANT)


def test_corpus_pickles_and_still_works() -> None:
    c = corpus()
    copy = pickle.loads(pickle.dumps(c))
    assert isinstance(copy, Corpus) and copy.articles == c.articles
    assert copy.config == c.config and len(copy) == len(c)
    claim = "We will reopen the old ferry line next spring"
    assert copy.verify(claim, speaker="Tom Reyes") == c.verify(claim, speaker="Tom Reyes")
    assert copy.variant_groups() == c.variant_groups()
    added = copy.add('"We will reopen the old ferry line next spring," Whitfield said.', "five")
    assert added.doc_id == "five" and len(copy) == len(c) + 1


def test_records_are_frozen_objects_equal_after_evolve() -> None:
    # A read-back quote is an ordinary frozen model object.
    quote = quote_from_record(quote_record(parse(EXAMPLES["pronoun"]).quotes[0]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.start = 0  # type: ignore[misc]
    assert attrs.evolve(quote, doc_id="x").doc_id == "x"


# ------------------------------------------------------- metadata and schema checks


def test_an_articles_records_carry_its_metadata() -> None:
    import datetime

    meta = {"outlet": "Harbour Gazette", "date": datetime.date(2024, 5, 1), "pages": 2}
    article = parse(EXAMPLES["unclosed"], doc_id="m", metadata=meta)
    records = through_json(article.to_records())
    assert {r["type"] for r in records} == {"quote", "diagnostic"}
    for rec in records:
        assert rec["metadata"] == {"outlet": "Harbour Gazette", "date": "2024-05-01", "pages": 2}
    back = article_from_records(records, text=article.text)
    assert back.metadata == {"outlet": "Harbour Gazette", "date": "2024-05-01", "pages": 2}
    json_meta = parse(EXAMPLES["pronoun"], doc_id="j", metadata={"outlet": "Courier"})
    assert article_from_records(through_json(json_meta.to_records()), text=json_meta.text) == (
        json_meta
    )
    # Given metadata wins; a quote written on its own carries none.
    assert article_from_records(records, text=article.text, metadata={}).metadata == {}
    assert quote_record(article.quotes[0])["metadata"] is None
    odd = [{**records[0], "metadata": {"outlet": "Other"}}, *records[1:]]
    with pytest.raises(InputFormatError, match="metadata differs"):
        article_from_records(odd, text=article.text)


def test_records_without_metadata_still_read_back() -> None:
    # Records written before the metadata field existed.
    for article in articles():
        old = [{k: v for k, v in r.items() if k != "metadata"} for r in article.to_records()]
        assert article_from_records(old, text=article.text, doc_id=article.doc_id) == article
        for rec in old:
            reader = quote_from_record if rec["type"] == "quote" else diagnostic_from_record
            reader(rec)


def test_the_readers_check_records_with_the_shipped_schemas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quoteverify.surfaces import _validate, records

    rec = quote_record(parse(EXAMPLES["anonymous"]).quotes[0])
    # A bound only the schema states: the reader refuses what the schema refuses.
    with pytest.raises(InputFormatError, match="'kind_confidence' must be at most 1"):
        quote_from_record({**rec, "kind_confidence": 1.5})
    with pytest.raises(InputFormatError, match="must have at least 1 character"):
        quote_from_record({**rec, "open_mark": {**rec["open_mark"], "text": ""}})
    # Change the schema and the reader changes with it: there is no second checker.
    stricter = schema("quote")
    stricter["required"] = [*stricter["required"], "metadata"]
    original = records.schema
    monkeypatch.setattr(
        records, "schema", lambda name: stricter if name == "quote" else original(name)
    )
    _validate._compiled.cache_clear()
    try:
        with pytest.raises(InputFormatError, match="missing field 'metadata'"):
            quote_from_record({k: v for k, v in rec.items() if k != "metadata"})
    finally:
        monkeypatch.undo()
        _validate._compiled.cache_clear()
    quote_from_record({k: v for k, v in rec.items() if k != "metadata"})


def test_a_schema_keyword_the_checker_does_not_know_is_refused() -> None:
    from quoteverify.surfaces._validate import _Compiler

    loose = {"$id": "urn:x", "type": "object", "properties": {"a": {"pattern": "^x$"}}}
    with pytest.raises(ValueError, match="'pattern'"):
        _Compiler({"urn:x": loose}).ref("urn:x", "")


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place in a record: keys of objects and indexes of lists, depth first."""
    out: list[tuple[object, ...]] = []
    items: Any = []
    if isinstance(node, dict):
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    for key, value in items:
        out.append((*prefix, key))
        out.extend(_paths(value, (*prefix, key)))
    return out


def _changed(record: Any, path: tuple[object, ...], value: object, delete: bool) -> Any:
    copy = json.loads(json.dumps(record))
    node = copy
    for key in path[:-1]:
        node = node[key]
    if delete and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return copy


JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 200),
    st.floats(-2, 150, allow_nan=False).filter(lambda x: not x.is_integer()),
    st.sampled_from(["", "x", "direct", "person", "ellipsis", "name", "exact", "quote"]),
    st.just([]),
    st.just(["a"]),
    st.just({}),
    st.just({"start": 0, "end": 1, "text": "x"}),
)


cached_validators = functools.cache(validators)


@functools.cache
def damage_samples() -> list[dict[str, Any]]:
    c = corpus()
    return through_json(
        [
            *articles()[0].to_records(),
            *parse(EXAMPLES["unclosed"], doc_id="u", metadata={"o": 1}).to_records(),
            *c.variant_groups()[0].to_records(),
            *c.verify("We will reopen the ferry line next spring", speaker="Reyes").to_records(),
        ]
    )


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_checker_agrees_with_jsonschema_on_damaged_records(data: Any) -> None:
    from quoteverify.surfaces._validate import validator

    checks = cached_validators()
    record = data.draw(st.sampled_from(damage_samples()))
    path = data.draw(st.sampled_from(_paths(record)))
    damaged = _changed(record, path, data.draw(JSON_VALUES), data.draw(st.booleans()))
    kind = damaged.get("type")
    if kind not in SCHEMA_NAMES:
        return
    ours = validator(kind)(damaged, "record")
    assert (ours is None) == checks[kind].is_valid(damaged), (path, ours)


def test_readers_refuse_a_lone_surrogate_with_the_field_and_line() -> None:
    article = parse('Ann Lee said: "We are ready."', doc_id="x")
    record = article.to_records()[0]
    assert record["speaker"] is not None
    for key, value in [("doc_id", "x\udc80"), ("speaker", "Ann \ud800Lee")]:
        with pytest.raises(InputFormatError, match=f"in.jsonl:5: .*'{key}' holds a lone surrogate"):
            quote_from_record({**record, key: value}, source="in.jsonl", line=5)
    aliases = {**record, "speaker_aliases": ["Ann", "\udfff"]}
    with pytest.raises(InputFormatError, match=r"speaker_aliases\[1\]"):
        quote_from_record(aliases)
    with pytest.raises(TextValueError, match="article_from_records"):
        article_from_records(article.to_records(), text=article.text + "\udc80")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
@settings(max_examples=60, deadline=None)
def test_records_of_any_parsed_text_are_valid_utf8(text: str) -> None:
    article = parse(text, doc_id="d")
    for record in article.to_records():
        json.dumps(record, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("bad", [None, "text", [parse('"Yes," Ann said.')]])
def test_to_records_of_something_without_records_says_what_it_takes(bad: object) -> None:
    # It raised a bare TypeError ("no records for list"), outside QuoteVerifyError.
    with pytest.raises(TypeError, match="takes an article, quote") as info:
        to_records(bad)
    assert isinstance(info.value, QuoteVerifyError)
