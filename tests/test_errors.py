"""Misuse raises a QuoteVerifyError that is also the builtin a caller expects."""

from __future__ import annotations

import importlib
import inspect
import pathlib
import pickle
import pkgutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify
from quoteverify import Config, Corpus, QuoteVerifyError, extract_quotes, iter_parse, parse
from quoteverify.errors import (
    InputFormatError,
    OptionError,
    TextTypeError,
    TextValueError,
    check_unicode,
)
from quoteverify.model import Speaker, SpeakerKind
from quoteverify.surfaces.store import CorpusStore, StoreError


def test_bytes_raise_a_type_error_that_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode it first") as info:
        parse(b'He said "hi".')  # type: ignore[arg-type]
    assert isinstance(info.value, QuoteVerifyError) and isinstance(info.value, TextTypeError)


@pytest.mark.parametrize("bad", [None, 42, ["a"], bytearray(b"x")])
def test_non_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        extract_quotes(bad)  # type: ignore[arg-type]


def test_doc_id_must_be_text() -> None:
    with pytest.raises(TextTypeError, match="doc_id"):
        parse("x", doc_id=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs", [{"max_depth": 0}, {"max_depth": 100}, {"paragraphs": "sometimes"}]
)
def test_bad_options_raise_value_error(kwargs: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError, match="must be") as info:
        Config(**kwargs)
    assert isinstance(info.value, OptionError)


def test_input_format_error_names_file_and_line() -> None:
    err = InputFormatError("not valid JSON", source="a.jsonl", line=3)
    assert str(err) == "a.jsonl:3: not valid JSON"
    assert isinstance(err, ValueError) and isinstance(err, QuoteVerifyError)


def test_malformed_text_is_not_an_error() -> None:
    article = parse("“ ” “ ‘ » ' \" `` '' [ ] ...")
    assert article.diagnostics  # reported, not raised


# --------------------------------------------------------------------------- lone surrogates


@pytest.mark.parametrize(
    ("text", "offset"),
    [('"\ud800 hi," he said.', 1), ('Line one.\nShe said "ok" \udc80.', 24), ("\udfff", 0)],
)
def test_a_lone_surrogate_is_refused_where_it_enters(text: str, offset: int) -> None:
    with pytest.raises(TextValueError, match=f"offset {offset}") as info:
        parse(text)
    err = info.value
    assert isinstance(err, ValueError) and isinstance(err, QuoteVerifyError)
    assert err.position == offset
    assert 'errors="replace"' in str(err)
    str(err).encode("utf-8")  # the message itself is valid UTF-8


def test_a_doc_id_with_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(TextValueError, match="doc_id"):
        parse('"Fine," she said.', doc_id="file-\udc80")


def test_corpus_entries_refuse_lone_surrogates() -> None:
    corpus = Corpus()
    with pytest.raises(TextValueError):
        corpus.add('"\ud800," he said.', doc_id="a")
    with pytest.raises(TextValueError):
        corpus.add_many([("b", "ok \udcff")])
    with pytest.raises(TextValueError):
        list(iter_parse(["fine", "not \ud834 fine"]))
    assert len(corpus) == 0


def test_the_fix_the_message_names_keeps_every_offset() -> None:
    text = 'Pre \udc80 "We go," she said.'
    cleaned = text.encode("utf-8", "replace").decode("utf-8")
    assert len(cleaned) == len(text)
    assert parse(cleaned).quotes[0].text == "We go,"


def test_valid_unicode_passes_the_check_untouched() -> None:
    text = "emoji \U0001f600, CJK \u4e2d, RTL \u05d0, NUL \x00, U+FFFF \uffff"
    assert check_unicode(text, "text") is text


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_any_encodable_text_passes_the_check(text: str) -> None:
    assert check_unicode(text, "text") is text


@given(st.text(), st.integers(0xD800, 0xDFFF), st.text())
def test_any_surrogate_is_found_at_its_offset(before: str, code: int, after: str) -> None:
    text = before + chr(code) + after
    try:
        before.encode("utf-8")
    except UnicodeEncodeError as enc:
        first = enc.start
    else:
        first = len(before)
    with pytest.raises(TextValueError) as info:
        check_unicode(text, "text")
    assert info.value.position == first


# --------------------------------------------------------------------------- pickling


def _subclasses(cls: type[BaseException]) -> list[type[BaseException]]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def _import_every_module() -> None:
    for info in pkgutil.walk_packages(quoteverify.__path__, "quoteverify."):
        if info.name.endswith("__main__"):  # importing it runs the command line
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # a module of an optional extra that is not installed
            continue


def _sample(param: inspect.Parameter) -> object:
    """A value for one constructor parameter, by its annotation (a string, by default)."""
    annotation = str(param.annotation)
    if "int" in annotation and "str" not in annotation:
        return 7
    return f"<{param.name} \u00e9>"


def _instance(cls: type[BaseException]) -> BaseException:
    kwargs: dict[str, object] = {}
    args: list[object] = []
    try:
        params = inspect.signature(cls).parameters.values()
    except ValueError:  # Exception's own __init__: (*args)
        return cls("a message", 3)
    for param in params:
        if param.kind is param.VAR_POSITIONAL:
            args.append("a message")
        elif param.kind is param.VAR_KEYWORD:
            continue
        elif param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = _sample(param)
        else:
            args.append(_sample(param))
    return cls(*args, **kwargs)


def test_every_error_class_is_found() -> None:
    _import_every_module()
    names = {cls.__name__ for cls in _subclasses(QuoteVerifyError)}
    assert {"StoreError", "InputFormatError", "TextValueError", "MissingExtraError"} <= names


@pytest.mark.parametrize("protocol", [0, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_every_error_survives_pickle_with_its_attributes(protocol: int) -> None:
    _import_every_module()
    classes = [QuoteVerifyError, *_subclasses(QuoteVerifyError)]
    for cls in classes:
        err = _instance(cls)
        if isinstance(err, ImportError):
            err.name, err.path = "some_module", "/somewhere/some_module.py"
        back = pickle.loads(pickle.dumps(err, protocol=protocol))
        assert type(back) is cls, cls
        assert str(back) == str(err) and back.args == err.args, cls
        assert vars(back) == vars(err), cls
        if isinstance(err, ImportError):
            assert isinstance(back, ImportError)
            assert (back.name, back.path) == (err.name, err.path), cls


def test_a_pickled_store_error_keeps_its_path_and_message() -> None:
    err = StoreError("/data/corpus.sqlite", "the store is busy")
    back = pickle.loads(pickle.dumps(err))
    assert back.path == "/data/corpus.sqlite"
    assert str(back) == "/data/corpus.sqlite: the store is busy"


def test_a_pickled_input_format_error_keeps_source_and_line() -> None:
    back = pickle.loads(pickle.dumps(InputFormatError("bad", source="in.jsonl", line=4)))
    assert (back.source, back.line, str(back)) == ("in.jsonl", 4, "in.jsonl:4: bad")


def test_an_error_raised_in_a_worker_process_reaches_the_caller_intact() -> None:
    texts = [f'"Item {n}," she said.' for n in range(40)] + ['"\udc80," he said.']
    with pytest.raises(TextValueError, match="offset 1") as info:
        list(iter_parse(texts, workers=2))
    assert info.value.position == 1


def test_metadata_with_a_lone_surrogate_is_refused_where_it_enters() -> None:
    with pytest.raises(TextValueError, match="a string in metadata holds a lone surrogate"):
        parse('"Fine," she said.', metadata={"tags": ["ok", {"deep": "x\udc80"}]})
    with pytest.raises(TextValueError, match="metadata"):
        Corpus().add('"Fine," she said.', "a", **{"outlet\ud800": "Wire"})
    article = parse('"Fine," she said.', metadata={"outlet": "Wire", "n": 3, "when": None})
    assert article.metadata == {"outlet": "Wire", "n": 3, "when": None}


@pytest.mark.parametrize("bad", [["outlet", "Wire"], "outlet=Wire", 7])
def test_metadata_that_is_not_a_mapping_is_refused_by_name(bad: object) -> None:
    # A list of pairs or a string used to fail inside dict() with a message
    # about "dictionary update sequence elements", naming nothing of ours.
    with pytest.raises(TypeError, match="metadata as a dict") as info:
        parse('"Soon," the clerk said.', metadata=bad)  # type: ignore[arg-type]
    assert isinstance(info.value, QuoteVerifyError)


@pytest.mark.parametrize("sources", ["Ann said she would go.", [parse('"Go," Ann said.')], None])
def test_verify_and_check_with_the_arguments_swapped_or_no_corpus_say_the_order(
    sources: object,
) -> None:
    # verify("text", claim) failed inside str.find ("takes no keyword arguments"),
    # and check("text", article) returned [] for an article without quotes.
    with pytest.raises(TypeError, match=r"verify\(corpus, claim\)") as info:
        quoteverify.verify(sources, "Go")  # type: ignore[arg-type]
    assert isinstance(info.value, QuoteVerifyError)
    with pytest.raises(TypeError, match=r"check\(corpus, article\)"):
        quoteverify.check(sources, "No quote here.")  # type: ignore[arg-type]


@pytest.mark.parametrize(("start", "end"), [(6, 2), (0, 500), (-1, 3), (1.5, 3)])
def test_to_original_refuses_a_span_outside_the_text_cleaned_or_not(start: int, end: int) -> None:
    # Uncleaned, the identity handed back any numbers; cleaned, the same call
    # raised, so code tested on plain text broke on scraped pages.
    plain = parse('"Late again," the driver said.')
    scraped = parse("&ldquo;Late again,&rdquo; the driver said.", clean=True)
    for article in (plain, scraped):
        with pytest.raises(ValueError, match=r"offset|outside the|before start") as info:
            article.to_original(start, end)
        assert isinstance(info.value, QuoteVerifyError)
    assert plain.to_original(1, 12) == (1, 12)


def test_an_unknown_doc_id_is_a_key_error_that_says_where_and_how_to_list_the_ids(
    tmp_path: pathlib.Path,
) -> None:
    # Both raised a bare KeyError('late-edition'), which prints as just the quoted id.
    corpus = Corpus()
    corpus.add('"We close at six," the grocer said.', "morning")
    corpus.save(tmp_path / "news.sqlite")
    lookups = [
        (corpus.article, "[a.doc_id for a in corpus]"),
        (CorpusStore(tmp_path / "news.sqlite").article, "store.doc_ids()"),
    ]
    for lookup, listing in lookups:
        with pytest.raises(KeyError) as info:
            lookup("late-edition")
        err = info.value
        assert isinstance(err, QuoteVerifyError) and err.doc_id == "late-edition"  # type: ignore[attr-defined]
        assert str(err).startswith("no article has doc_id 'late-edition' in the ")
        assert listing in str(err)
        assert str(pickle.loads(pickle.dumps(err))) == str(err)
    assert corpus.article("morning").doc_id == "morning"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": None}, r"Speaker\(name=\.\.\.\) takes str, not NoneType"),
        ({"name": b"Ada Obi"}, r"takes str, not bytes"),
        ({"name": "Ada Obi", "kind": "person"}, r"not str 'person': SpeakerKind\('person'\)"),
        ({"name": "Ada Obi", "kind": "chief"}, r"takes a SpeakerKind, not str 'chief'$"),
        ({"name": "Ada Obi", "aliases": ["Obi"]}, r"takes a tuple of str, not list"),
        ({"name": "Ada Obi", "aliases": "Obi"}, r"takes a tuple of str, not str 'Obi'"),
        ({"name": "Ada Obi", "aliases": ("Obi", 7)}, r"takes a tuple of str"),
    ],
)
def test_a_speaker_of_the_wrong_types_is_refused_where_it_is_built(
    fields: dict[str, object], message: str
) -> None:
    # Speaker(name=None) was accepted, and verify() failed later with an
    # AttributeError ('NoneType' object has no attribute 'replace').
    with pytest.raises(TextTypeError, match=message):
        Speaker(**fields)  # type: ignore[arg-type]


def test_a_speaker_of_the_right_types_is_built_and_verified() -> None:
    corpus = Corpus()
    corpus.add('"The vote is on Friday," Ada Obi said.', doc_id="obi")
    who = Speaker(name="Ada Obi", kind=SpeakerKind.PERSON, aliases=("Obi",))
    assert corpus.verify("The vote is on Friday", speaker=who).verdict.value == "exact"
