"""parse() pauses the cyclic garbage collector while it works, and leaves it as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteverify.article
from quoteverify import parse
from quoteverify._collector import paused
from quoteverify.errors import OptionError, QuoteVerifyError


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_parse_runs_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    seen: list[bool] = []
    extract = quoteverify.article.extract_with_paragraphs

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return extract(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(quoteverify.article, "extract_with_paragraphs", spy)
    gc.enable()
    article = parse("“We will stay,” the mayor said on Monday.")
    assert seen == [False]
    assert gc.isenabled()
    assert article.quotes[0].speaker is not None


def test_a_disabled_collector_stays_disabled(collector_restored: None) -> None:
    gc.disable()
    parse("“Not now,” Ruiz said.")
    assert not gc.isenabled()


def test_the_collector_resumes_when_parse_raises(collector_restored: None) -> None:
    gc.enable()
    with pytest.raises(OptionError) as err:
        parse("“Soon,” he said.", clean=["no-such-step"])
    assert isinstance(err.value, QuoteVerifyError)
    assert isinstance(err.value, ValueError)
    assert gc.isenabled()


def test_paused_resumes_after_an_error(collector_restored: None) -> None:
    seen: list[bool] = []

    def fail_inside() -> None:
        with paused():
            seen.append(gc.isenabled())
            raise KeyError("inside")

    gc.enable()
    with pytest.raises(KeyError):
        fail_inside()
    assert seen == [False]
    assert gc.isenabled()


@given(text=st.text(alphabet=st.sampled_from(list("ab “”\"'., Said\n")), max_size=80))
def test_collector_state_is_kept_for_any_text(text: str) -> None:
    was = gc.isenabled()
    try:
        for state in (True, False):
            if state:
                gc.enable()
            else:
                gc.disable()
            parse(text)
            assert gc.isenabled() is state
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
