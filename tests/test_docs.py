"""The docs stay true to the package."""

from __future__ import annotations

import argparse
import re
from importlib import resources
from typing import Any

from .conftest import ROOT


def test_published_schemas_are_the_packaged_ones() -> None:
    packaged = resources.files("quoteverify").joinpath("schema")
    names = sorted(p.name for p in packaged.iterdir() if p.name.endswith(".json"))
    assert names
    for name in names:
        published = (ROOT / "docs" / "schema" / name).read_text(encoding="utf-8")
        assert published == packaged.joinpath(name).read_text(encoding="utf-8"), name


def test_the_cli_page_names_every_option_of_every_command() -> None:
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


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    from quoteverify.surfaces.cli import build_parser

    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(commands.choices)


def test_the_cli_synopsis_gives_each_command_its_own_options() -> None:
    """Each line of the page's synopsis names exactly the options of its command."""
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    synopsis = page.split("```\n", 2)[1]
    lines = {line.split()[1]: line for line in synopsis.splitlines() if line}
    commands = _subcommands()
    assert set(lines) == set(commands)
    for name, sub in commands.items():
        options = {
            option
            for action in sub._actions
            for option in action.option_strings
            if option.startswith("--") and option != "--help"
        }
        shown = set(re.findall(r"--[a-z][\w-]*", lines[name]))
        assert shown == options, name


def test_the_cli_page_gives_every_default_the_help_gives() -> None:
    """An option's default (not a flag's) is written in a paragraph of the page that names it."""
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    paragraphs = re.split(r"\n\s*\n", page)
    sizes = {64 * 1024**2: "64M"}
    missing = []
    for name, sub in _subcommands().items():
        for action in sub._actions:
            default = action.default
            if not action.option_strings or default in (None, False, argparse.SUPPRESS):
                continue
            option = action.option_strings[0]
            if option == "--format":
                continue  # the table of output formats gives each command's default
            written = re.escape(str(sizes.get(default, default)))
            said = re.compile(rf"default(?: is)? `?{written}`?\b|`{written}` \(default\)")
            if not any(option in p and said.search(p) for p in paragraphs):
                missing.append(f"{name} {option} {default}")
    assert not missing, missing


def test_the_cli_format_table_gives_each_command_its_default_format() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\w+)` \| `(\w+)` \|", page, re.MULTILINE))
    defaults = {
        name: action.default
        for name, sub in _subcommands().items()
        for action in sub._actions
        if "--format" in action.option_strings
    }
    assert table == defaults


def test_the_api_page_documents_the_public_names_and_real_modules() -> None:
    """Without Sphinx: every public name has its directive, and every target exists.

    Each ``## heading`` after the package is a module a user imports by name, each
    ``.. auto...::`` target an object of it and each ``:members:`` list names
    attributes of its module.
    """
    import importlib
    import importlib.util

    import quoteverify
    from quoteverify.errors import MissingExtraError

    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    targets = re.findall(r"^\.\. auto\w+:: ([\w.]+)$", api, re.MULTILINE)
    undocumented = [n for n in quoteverify.__all__ if f"quoteverify.{n}" not in targets]
    assert not undocumented, undocumented
    headings = re.findall(r"^## (quoteverify[\w.]*)$", api, re.MULTILINE)
    assert headings
    for module in headings:
        assert importlib.util.find_spec(module) is not None, module

    def resolve(target: str) -> object:
        try:
            return importlib.import_module(target)
        except ModuleNotFoundError as error:
            if error.name != target:
                raise
        owner, _, name = target.rpartition(".")
        return getattr(resolve(owner), name)

    for target in targets:
        try:
            resolve(target)
        except MissingExtraError:
            continue  # a module that needs an extra (dask): the Sphinx build checks it
    for module, members in re.findall(r"automodule:: ([\w.]+)\n   :members: (.+)", api):
        loaded = importlib.import_module(module)
        absent = [m for m in members.split(", ") if not hasattr(loaded, m)]
        assert not absent, (module, absent)


def test_the_records_page_tables_are_the_schemas_fields() -> None:
    """Each field table of records.md lists its schema's fields, in order, with their values.

    tests/test_records.py checks that every schema field is on the page; this is the
    other way round: no field the schemas dropped, the order the records are written in,
    each enumeration's values and each constant (the record type, the schema version).
    """
    import json

    from quoteverify.surfaces.records import SCHEMA_VERSION

    parts: dict[str, dict[str, Any]] = {}
    packaged = resources.files("quoteverify").joinpath("schema")
    for path in packaged.iterdir():
        if path.name.endswith(".schema.json"):
            schema = json.loads(path.read_text(encoding="utf-8"))
            parts[path.name.removesuffix(".schema.json")] = schema["properties"]
            for name, part in schema.get("$defs", {}).items():
                parts.setdefault(name, part["properties"])
    page = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    sections = re.split(r"^#{2,3} (\S+)\n", page, flags=re.MULTILINE)
    tables = {
        name: re.findall(r"^\| `(\w+)` \| (.+?) \| .+ \|$", body, re.MULTILINE)
        for name, body in zip(sections[1::2], sections[2::2], strict=True)
        if "| field | type | meaning |" in body
    }
    assert set(tables) == set(parts)
    for name, rows in tables.items():
        assert [field for field, _ in rows] == list(parts[name]), name
        for field, kind in rows:
            spec = parts[name][field]
            options = [spec, *spec.get("anyOf", [])]
            values = {v for o in options for v in o.get("enum", ()) if v is not None}
            if kind.startswith("one of "):
                assert set(re.findall(r"`(\w+)`", kind.split(" or null")[0])) == values, field
            if "const" in spec:
                assert kind == f"`{json.dumps(spec['const'])}`", (name, field)
    assert parts["quote"]["schema_version"]["const"] == SCHEMA_VERSION


def test_the_concepts_page_lists_every_verdict_and_kind() -> None:
    """The verdict table is `Verdict` in order, `supported` as each says; the kinds `QuoteKind`."""
    from quoteverify import QuoteKind, Verdict

    page = (ROOT / "docs" / "concepts.md").read_text(encoding="utf-8")
    verdicts = page.split("\n## Verdicts\n", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| (yes|no) \|", verdicts, re.MULTILINE)
    assert rows == [(v.value, "yes" if v.supported else "no") for v in Verdict]
    kinds = page.split("\n## Quote kinds\n", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^- `(\w+)`:", kinds, re.MULTILINE) == [k.value for k in QuoteKind]


def test_the_spark_sketch_names_functions_dask_py_has() -> None:
    """howto-dask.md's Spark sketch sends its reader to dask.py's functions by name."""
    page = (ROOT / "docs" / "howto-dask.md").read_text(encoding="utf-8")
    source = (ROOT / "quoteverify" / "surfaces" / "dask.py").read_text(encoding="utf-8")
    named = re.findall(r"`\w+_udf`\s+is\s+`(_\w+)`|`judge_pairs`\s+is\s+`(_\w+)`", page)
    functions = [name for pair in named for name in pair if name]
    assert len(functions) == 4
    for name in functions:
        assert f"\ndef {name}(" in source, name


def test_the_pandas_page_lists_each_tables_columns_in_order() -> None:
    """howto-pandas.md names the columns of every to_pandas() table, in order, with dtypes."""
    from quoteverify.surfaces.records import _COLUMNS

    page = (ROOT / "docs" / "howto-pandas.md").read_text(encoding="utf-8")
    quotes = page.split("The quote table's columns:", 1)[1].split("The diagnostic table", 1)[0]
    names: list[str] = []
    dtypes: list[str] = []
    for cell, kinds in re.findall(r"^\| (`[^|]+`) \| ([^|]+) \|", quotes, re.MULTILINE):
        row = re.findall(r"`(\w+)`", cell)
        given = [k.strip() for k in kinds.split(",")]
        names += row
        dtypes += given * len(row) if len(given) == 1 else given
    assert names == list(_COLUMNS["quotes"])
    assert dtypes == [str(_COLUMNS["quotes"][name]) for name in names]
    prose = {
        "diagnostics": ("The diagnostic table has", "then the metadata columns"),
        "evidence": ("A verification's table repeats", "in words):"),
        "members": ("A variant group's table has", "The evidence and\nmember rows"),
    }
    for table, (start, end) in prose.items():
        text = page.split(start, 1)[1].split(end, 1)[0]
        assert re.findall(r"`(\w+)`", text) == list(_COLUMNS[table]), table


def test_the_store_page_gives_the_tables_and_versions_the_store_writes() -> None:
    """store.md's table of tables is the store's SQL, and its versions are the current ones."""
    import sqlite3

    from quoteverify.surfaces.records import SCHEMA_VERSION
    from quoteverify.surfaces.store import _SCHEMA, APPLICATION_ID, FORMAT_VERSION

    page = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    shown = {
        table: re.findall(r"`(\w+)`(?: \([^)]*\))?(?:, |$)", columns)
        for table, columns in re.findall(r"^\| `(\w+)` \| ([^|]+?) \| .+ \|$", page, re.MULTILINE)
    }
    conn = sqlite3.connect(":memory:")
    conn.executescript(_SCHEMA)
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    written = {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    assert shown == written
    assert f"`format_version` (`{FORMAT_VERSION}`)" in page
    assert f"`record_schema_version` (`{SCHEMA_VERSION}`" in page
    assert f"`application_id` (`{APPLICATION_ID:#x}`" in page


def test_every_extra_the_pages_install_is_declared() -> None:
    """``pip install 'quoteverify[x]'`` on a user's page names an extra of pyproject.toml."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject.split("[project.optional-dependencies]", 1)[1].split("\n[", 1)[0]
    extras = set(re.findall(r"^(\w+) = ", section, re.MULTILINE))
    pages = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
    named = {
        (page.name, extra)
        for page in pages
        for extra in re.findall(r"(?:quoteverify|'\.)\[(\w+)\]", page.read_text(encoding="utf-8"))
    }
    assert named
    assert not {(page, extra) for page, extra in named if extra not in extras}


def test_the_pages_name_every_suffix_a_folder_is_read_for() -> None:
    """A folder walk reads exactly the suffixes of ``sources``; the pages that say which
    files it reads (and which a named file is read as) name every one of them."""
    from quoteverify.surfaces.sources import JSONL_SUFFIXES, TEXT_SUFFIXES

    cli = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    extract = cli.split("## `extract`", 1)[1].split("\n## ", 1)[0]
    corpus = (ROOT / "docs" / "howto-corpus.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, page in [("cli.md", extract), ("howto-corpus.md", corpus), ("README", readme)]:
        missing = [s for s in TEXT_SUFFIXES + JSONL_SUFFIXES if f"`{s}`" not in page]
        assert not missing, (name, missing)
    # and so does `quoteverify extract --help`
    from quoteverify.surfaces.cli import build_parser

    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    described = commands.choices["extract"].description or ""
    assert all(s in described for s in TEXT_SUFFIXES + JSONL_SUFFIXES), described
