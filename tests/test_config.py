"""Every entry point that takes ``config=`` refuses anything but a Config, with our TypeError."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quoteverify import Config, Corpus, QuoteVerifyError, extract_quotes, iter_parse, parse
from quoteverify.config import DEFAULT_CONFIG, resolve_config
from quoteverify.errors import OptionError, OptionTypeError

ENTRY_POINTS: dict[str, Callable[[Any], object]] = {
    "parse": lambda c: parse("“Hi,” she said.", config=c),
    "extract_quotes": lambda c: extract_quotes("“Hi,” she said.", config=c),
    # Refused when called, before any article is asked for.
    "iter_parse": lambda c: iter_parse(["“Hi,” she said."], config=c),
    "Corpus": lambda c: Corpus(config=c),
}


@pytest.mark.parametrize("name", ENTRY_POINTS)
@pytest.mark.parametrize("bad", ["x", "newline", {"paragraphs": "newline"}, 8, False, Config])
def test_a_config_that_is_not_a_config_is_a_type_error(name: str, bad: object) -> None:
    with pytest.raises(TypeError, match=rf"{name}\(\) takes config=Config") as info:
        ENTRY_POINTS[name](bad)
    assert isinstance(info.value, QuoteVerifyError)
    assert isinstance(info.value, OptionTypeError)


@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_none_and_a_config_are_accepted(name: str) -> None:
    ENTRY_POINTS[name](None)
    ENTRY_POINTS[name](Config(paragraphs="newline"))


def test_none_means_the_defaults() -> None:
    assert resolve_config(None, "f") is DEFAULT_CONFIG
    custom = Config(max_depth=3)
    assert resolve_config(custom, "f") is custom


@pytest.mark.parametrize("bad", [1, 0, "yes", None])
def test_attribute_must_be_a_bool(bad: object) -> None:
    with pytest.raises(OptionTypeError, match="attribute must be True or False"):
        Config(attribute=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "bad"),
    [
        ("max_depth", "3"),
        ("max_depth", 2.0),
        ("max_depth", True),
        ("attribution_budget", "16"),
        ("attribution_budget", False),
        ("paragraphs", 1),
        ("paragraphs", None),
        ("attribute", "false"),
    ],
)
def test_an_option_of_the_wrong_type_is_a_type_error(option: str, bad: object) -> None:
    # These raised OptionError, a ValueError, as if only the value were out of range.
    with pytest.raises(OptionTypeError, match=rf"{option} must be .*not {type(bad).__name__}"):
        Config(**{option: bad})


@pytest.mark.parametrize(
    ("option", "bad"),
    [("max_depth", 0), ("max_depth", 65), ("attribution_budget", 0), ("paragraphs", "lines")],
)
def test_an_option_out_of_its_range_stays_a_value_error(option: str, bad: object) -> None:
    with pytest.raises(OptionError, match=rf"{option} must be") as info:
        Config(**{option: bad})
    assert not isinstance(info.value, TypeError)


def test_the_error_pickles() -> None:
    err = OptionTypeError("parse() takes config=Config(...) or None, not str")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is OptionTypeError and str(back) == str(err)


def test_parse_bag_checks_its_config_before_building_the_graph() -> None:
    db = pytest.importorskip("dask.bag")
    from quoteverify.surfaces.dask import parse_bag  # needs the optional extra

    bag = db.from_sequence([("a", "“Hi,” she said.")])
    with pytest.raises(OptionTypeError, match=r"parse_bag\(\) takes config=Config"):
        parse_bag(bag, config="newline")  # type: ignore[arg-type]


def test_a_store_refuses_a_config_that_is_not_one(tmp_path: Path) -> None:
    from quoteverify.surfaces.store import CorpusStore

    with pytest.raises(OptionTypeError, match=r"CorpusStore\(\) takes config="):
        CorpusStore(tmp_path / "s.sqlite", config="x")  # type: ignore[arg-type]
    assert not (tmp_path / "s.sqlite").exists()
