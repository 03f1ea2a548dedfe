"""The public surface: every type a user touches is importable from ``quoteverify``."""

from __future__ import annotations

import importlib

import quoteverify

# Where each public name is defined; the package re-exports it under the same object.
HOMES = {
    "Cue": "model",
    "Edit": "model",
    "EditKind": "model",
    "Evidence": "model",
    "GroupMember": "model",
    "Mention": "model",
    "SpeakerKind": "model",
    "check": "matching.verify",
    "parse_claim": "matching.verify",
    "verify": "matching.verify",
}


def test_every_name_in_all_is_importable() -> None:
    for name in quoteverify.__all__:
        assert getattr(quoteverify, name) is not None, name


def test_types_users_touch_are_exported_as_the_same_objects() -> None:
    for name, module in HOMES.items():
        assert name in quoteverify.__all__, name
        home = importlib.import_module(f"quoteverify.{module}")
        assert getattr(quoteverify, name) is getattr(home, name), name


def test_every_public_model_class_is_exported() -> None:
    from quoteverify import model

    # Mark and Gap are parts of Quote users reach through it; the rest are exported.
    internal = {"Mark", "Gap", "GapKind", "DiagnosticCode"}
    missing = set(model.__all__) - internal - set(quoteverify.__all__)
    assert not missing


def test_the_verify_functions_work_from_the_package() -> None:
    corpus = quoteverify.Corpus()
    corpus.add('"Next time in Moscow," Putin said.', doc_id="a")
    text, speaker = quoteverify.parse_claim('Trump said "Next time in Moscow"')
    assert text == "Next time in Moscow" and speaker is not None and speaker.name == "Trump"
    v = quoteverify.verify(corpus, "Next time in Moscow", speaker="Putin")
    assert v.verdict.supported
    assert [x.verdict.supported for x in quoteverify.check(corpus, '"Next time in Moscow."')]


def test_the_version_is_the_one_pyproject_gives() -> None:
    import re
    from pathlib import Path

    pyproject = Path(quoteverify.__file__).parent.parent / "pyproject.toml"
    if not pyproject.exists():
        return  # an installed copy: no pyproject beside it
    declared = re.search(r'^version = "([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
    assert declared is not None and declared.group(1) == quoteverify.__version__
