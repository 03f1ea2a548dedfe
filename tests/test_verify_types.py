"""Arguments of the wrong type in the matching stage: one clear error, ours and a builtin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quoteverify import Corpus, QuoteVerifyError, Verdict, compare
from quoteverify.errors import OptionError, TextTypeError
from quoteverify.matching.verify import check, parse_claim, verify
from quoteverify.text.normalize import normal_form, words


def _corpus() -> Corpus:
    corpus = Corpus()
    corpus.add("“The ferry will run again in May,” the harbour master said.", doc_id="port")
    return corpus


# (the name the message must give, what it expects, the call)
CALLS: list[tuple[str, str, Callable[[Any], object]]] = [
    ("compare", "str or Quote", lambda x: compare(x, "the ferry")),
    ("compare", "str or Quote", lambda x: compare("the ferry", x)),
    ("find", "str or Quote", lambda x: _corpus().find(x)),
    ("verify", "str or Quote", lambda x: _corpus().verify(x)),
    ("verify", "str or Quote", lambda x: verify(_corpus(), x)),
    ("check", "an Article or str", lambda x: _corpus().check(x)),
    ("check", "an Article or str", lambda x: check(_corpus(), x)),
    ("parse_claim", "str", parse_claim),
    ("words", "str", words),
    ("normal_form", "str", normal_form),
]


@pytest.mark.parametrize(("func", "expected", "call"), CALLS)
@pytest.mark.parametrize("value", [None, 42, ["the", "ferry"], b"the ferry"])
def test_a_text_of_the_wrong_type_says_what_was_expected(
    func: str, expected: str, call: Callable[[Any], object], value: object
) -> None:
    with pytest.raises(TextTypeError) as info:
        call(value)
    err = info.value
    assert isinstance(err, QuoteVerifyError) and isinstance(err, TypeError)
    message = str(err)
    assert message.startswith(f"{func}() takes {expected}, not {type(value).__name__}")
    if isinstance(value, bytes):
        assert "decode" in message


@pytest.mark.parametrize("limit", [0, -1, "10", 2.5, None])
def test_find_needs_a_positive_int_limit(limit: object) -> None:
    with pytest.raises(OptionError, match="limit"):
        _corpus().find("the ferry", limit=limit)  # type: ignore[arg-type]


def test_find_needs_a_str_exclude_doc() -> None:
    with pytest.raises(TextTypeError, match="exclude_doc"):
        _corpus().find("the ferry", exclude_doc=3)  # type: ignore[arg-type]


def test_the_right_types_still_work() -> None:
    corpus = _corpus()
    assert corpus.find("the ferry will run again")
    assert corpus.verify("the ferry will run again in May").verdict.supported
    assert [w.norm for w in words("The Ferry")] == ["the", "ferry"]


def test_verify_reads_any_sources_that_can_find() -> None:
    # matching/ knows no Corpus: anything with find() is evidence enough.
    from quoteverify import Match, Quote, compare, parse
    from quoteverify.matching.verify import Sources, verify

    (printed,) = parse('"The dam will hold," Ines Varga said.', doc_id="x").quotes

    class OneQuote:
        def find(
            self, text: str | Quote, *, limit: int = 10, exclude_doc: str | None = None
        ) -> list[tuple[Quote, Match]]:
            return [(printed, compare(text if isinstance(text, str) else text.text, printed))]

    sources: Sources = OneQuote()
    v = verify(sources, "The dam will hold", speaker="Varga")
    assert v.verdict.supported and v.evidence[0].quote is printed


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_speaker_is_refused_not_read_as_someone_else(blank: str) -> None:
    # A speaker column left empty must not turn a true quote into "misattributed":
    # the call says to pass a name or None instead.
    corpus = _corpus()
    with pytest.raises(OptionError, match="pass a name, or None") as info:
        corpus.verify("the ferry will run again in May", speaker=blank)
    assert isinstance(info.value, QuoteVerifyError)
    assert isinstance(info.value, ValueError)
    assert corpus.verify("the ferry will run again in May", speaker=None).verdict.supported


@pytest.mark.parametrize("claim", ["", "   ", "...", "“”", 'Ola said "…"'])
def test_a_claim_with_no_words_is_not_found_and_says_it_had_nothing_to_look_for(
    claim: str,
) -> None:
    v = _corpus().verify(claim)
    assert v.verdict is Verdict.NOT_FOUND and not v.evidence
    assert v.explanation == "The claim has no words to look for."
