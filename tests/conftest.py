"""Shared paths (the evaluation data beside the project) and the Hypothesis profiles."""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from quoteverify import parse
from quoteverify.model import Article
from quoteverify.surfaces.evaluate import read_gold

# CI runs the property tests derandomised: the same examples on every run, so a
# red build is reproducible and never a matter of luck; no deadline, since a
# shared runner's timing says nothing about the code (speed is measured in
# benchmarks/). Set HYPOTHESIS_PROFILE to choose another profile by name.
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=200,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

# HYPOTHESIS_SCALE=N runs every property N times as many examples as it asks
# for (its own ``@settings(max_examples=...)`` or the profile's): with
# ``--hypothesis-seed`` varied, the way to hunt the failures the derandomised
# CI profile never draws (docs/howto-property-tests.md).
EXAMPLES_SCALE = float(os.environ.get("HYPOTHESIS_SCALE") or 1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Scale each collected property's ``max_examples`` by HYPOTHESIS_SCALE."""
    if EXAMPLES_SCALE != 1:
        scale_properties(items, EXAMPLES_SCALE)


def scale_properties(items: Sequence[object], scale: float) -> None:
    """Multiply the ``max_examples`` of each property among ``items`` (pytest items)
    by ``scale``, once per test function: the items of a parametrised property share
    it, and a method's settings are its function's."""
    done: set[int] = set()
    for item in items:
        test = getattr(item, "obj", None)
        test = getattr(test, "__func__", test)  # a test class's method: its function
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if test is None or own is None or not hasattr(test, "hypothesis") or id(test) in done:
            continue
        done.add(id(test))
        scaled = max(1, round(own.max_examples * scale))
        test._hypothesis_internal_use_settings = settings(own, max_examples=scaled)


ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def benchmark_module(name: str) -> Any:
    """The script ``benchmarks/<name>.py`` loaded as a module (its folder on the path
    while it loads, for the helpers it imports)."""
    folder = str(ROOT / "benchmarks")
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module


def shared_file(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (the evaluation data lives beside the project)")
    return path


@pytest.fixture(scope="session")
def pdnc_novels() -> list[Mapping[str, Any]]:
    """The 22 PDNC novels with their gold quotes (skips when ../shared is absent)."""
    return list(read_gold(shared_file("data", "pdnc-train.jsonl")))


@pytest.fixture(scope="session")
def parse_once() -> Callable[[str], Article]:
    """``quoteverify.parse``, each text parsed once per session.

    The PDNC tests score one parse of the novels several ways (span recall,
    Explicit and all quote types, the held-out half); parsing the corpus again
    for each took minutes. ``parse`` is a function of the text alone, so a
    cached answer is the answer.
    """
    cache: dict[str, Article] = {}

    def parse_cached(text: str) -> Article:
        if text not in cache:
            cache[text] = parse(text)
        return cache[text]

    return parse_cached


def speaker_of(text: str, index: int = -1) -> str | None:
    """The resolved speaker name of the quote at ``index`` of ``text`` (the last by default)."""
    return parse(text).quotes[index].speaker_name


def speakers(text: str) -> list[str | None]:
    """The resolved speaker name of each quote of ``text``, in order (None for none)."""
    return [q.speaker_name for q in parse(text).quotes]


def resolved(text: str, words: str) -> str | None:
    """The resolved speaker name (``q.speaker.name``, as strict scoring reads it) of
    the innermost quote of ``text`` that holds ``words``."""
    quote = max((q for q in parse(text).quotes if words in q.text), key=lambda q: q.depth)
    return quote.speaker_name


def plain_sex_known(reg: Any, entity: Any) -> str:
    """The sex the registry ``reg`` knows of ``entity`` while the names are matched, read
    the plain way (h41-said; the reference of ``_Registry._sex_known``): its matched
    titles', else that of every first pronoun after a name matched to it outside
    quotes where the name is a subject, each subject test read afresh and first."""
    from quoteverify.speakers import identity

    if entity.said:
        return str(entity.said)
    text, starts, sexes = reg.text, reg._voter.starts, set()
    for start, end in reg._met.get(id(entity), []):
        if identity._inside(start, reg._quoted) or not identity._subject_at(text, start, end):
            continue
        nxt = [s for s in starts if s > start]
        stop = min(end + identity._VOTE_REACH, nxt[0] if nxt else len(text))
        m = identity._VOTE_PRONOUN.search(text, end, max(end, stop))
        if m is not None and m.group(1) is not None:
            sexes.add(identity._PRONOUN_GENDER[m.group(1).lower()])
    return sexes.pop() if len(sexes) == 1 else ""
