"""The docs stay true to the package."""

from __future__ import annotations

from importlib import resources

from .conftest import ROOT


def test_published_schemas_are_the_packaged_ones() -> None:
    packaged = resources.files("quoteverify").joinpath("schema")
    names = sorted(p.name for p in packaged.iterdir() if p.name.endswith(".json"))
    assert names
    for name in names:
        published = (ROOT / "docs" / "schema" / name).read_text(encoding="utf-8")
        assert published == packaged.joinpath(name).read_text(encoding="utf-8"), name


def test_the_cli_page_names_every_option_of_every_command() -> None:
    import argparse

    from quoteverify.surfaces.cli import build_parser

    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    missing = [
        f"{name} {option}"
        for name, sub in commands.choices.items()
        for action in sub._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help" and option not in page
    ]
    assert not missing, missing


def test_record_versions_written_in_the_docs_are_the_current_one() -> None:
    import json
    import re

    from quoteverify import parse
    from quoteverify.surfaces.records import SCHEMA_VERSION, article_records

    stated = re.compile(
        r'"schema_version": (\d+)|fixes `schema_version` to (?:the\s+current version, )?(\d+)'
        r"|`record_schema_version` \(`(\d+)`"
    )
    for page in [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]:
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith(">>>"):
                continue  # a doctest may build an old or a future record on purpose
            for match in stated.finditer(line):
                number = next(g for g in match.groups() if g is not None)
                assert int(number) == SCHEMA_VERSION, (page.name, line)
    # The extract example on the CLI page has the fields of the records written today.
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = page.split('```json\n{"type": "quote"', 1)[1].split("```", 1)[0]
    text = '{"type": "quote"' + block
    decoder, at, shown = json.JSONDecoder(), 0, []
    while text[at:].strip():
        record, at = decoder.raw_decode(text, at + len(text[at:]) - len(text[at:].lstrip()))
        shown.append(record)
    written = article_records(parse('"We are ready," she said. Then "more', doc_id="story"))
    fields = {r["type"]: list(r) for r in written}
    assert {r["type"] for r in shown} == set(fields)
    for record in shown:
        assert list(record) == fields[record["type"]], record["type"]


def test_the_docs_extra_is_enough_to_build_the_api_page() -> None:
    """``pip install '.[docs]'`` and the README's Sphinx command build the docs.

    autodoc imports every module that ``docs/api.md`` documents; one that refuses
    to import without an extra (a module-level ``raise MissingExtraError`` naming
    ``quoteverify[extra]``) needs that extra's requirements in ``docs`` too.
    """
    import re

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    extras = {
        name: set(re.findall(r'"([^"]+)"', body))
        for name, body in re.findall(r"^(\w+) = \[(.*)\]", pyproject, re.MULTILINE)
    }
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    needed: dict[str, str] = {}
    for module in re.findall(r"^## (quoteverify[\w.]*)$", api, re.MULTILINE):
        path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
        source = path.read_text(encoding="utf-8") if path.exists() else ""
        # Only a raise at module level (four spaces in: inside a top-level except).
        for extra in re.findall(
            r"^    raise MissingExtraError\((?:\n        .*)*?quoteverify\[(\w+)\]",
            source,
            re.MULTILINE,
        ):
            needed[module] = extra
    assert needed, "no module of api.md needs an extra: this test reads nothing"
    missing = {m: e for m, e in needed.items() if not extras[e] <= extras["docs"]}
    assert not missing, missing
