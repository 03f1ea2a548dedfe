"""The names the reference pages give in backticks are names the package has.

``docs/architecture.md`` is where a newcomer starts and ``docs/lexicons.md`` is
where words live; both name modules, functions, classes, options, lexicons and
files in backticks. Each such name must resolve, or the page sends its reader
to something that moved: a file in the tree, an importable module, an attribute
of a module or of a class (an attrs field counts), a parameter of a function or
a class, a diagnostic code or another enum value, a row of a rule table, a
subcommand of the ``quoteverify`` command, a lexicon, one of its columns or one
of its words (an example word the parser knows: *said*). What else is not code (an
example word no lexicon lists, a piece of syntax) is allowed by name below, each
with its reason.
"""

from __future__ import annotations

import builtins
import enum
import fnmatch
import functools
import importlib
import inspect
import pkgutil
import re
from types import ModuleType
from typing import Any

import attrs
import pytest

import quoteverify
from quoteverify.lexicons import LEXICONS, load

from .conftest import ROOT

PAGES = ("architecture.md", "lexicons.md")

# Written in backticks but not the package's: each with why it is not code.
NOT_CODE = {
    '“ ... "': "a mixed pair of quote marks, shown as printed",
    "#": "the comment character of a lexicon file",
    "NAME.txt": "the pattern of a list's file name, NAME standing for any lexicon",
    "NAME.tsv": "the pattern of a table's file name",
    "a": "the claim's side of a comparison (Match.a), named as a letter",
    "oui": "an example quote's text",
    "yes": "a flag's value as written in a lexicon file",
    "no": "a flag's value as written in a lexicon file",
    "text[q.start:q.end] == q.text": "an invariant written as Python, on any quote q",
    "DataFrame.to_html": "pandas' method, the model for a lazy import",
    "doc._.quotes": "the spaCy extension attributes the component sets",
    "span._.speaker": "the spaCy extension attributes the component sets",
    "._.cue": "the spaCy extension attributes the component sets",
    "._.kind": "the spaCy extension attributes the component sets",
    "._.quote": "the spaCy extension attributes the component sets",
    "spacy": "the name of an optional extra (pyproject.toml)",
    "spacy_factories": "spaCy's entry-point group (pyproject.toml)",
    "token_set_ratio": "rapidfuzz's scorer, named to show what compare avoids",
    "re": "Python's own regular expressions, the twin of the regex module",
    "st.from_type": "Hypothesis' strategy, which the package registers its types with",
}

# A one-letter name that stands for an object of the model in the prose.
ALIASES = {"q": "Quote"}

# Where a file name given without its folder is looked for.
FOLDERS = (
    "",
    "quoteverify/",
    "quoteverify/lexicons/",
    "quoteverify/text/",
    "quoteverify/speakers/",
    "quoteverify/matching/",
    "quoteverify/surfaces/",
    "docs/",
    "examples/",
    "tests/",
    "benchmarks/",
)

_FILE = re.compile(r"[\w.*/-]+\.(?:py|txt|tsv|json|jsonl|md|csv|toml)|[\w/-]+/")
_CALL = re.compile(r"(?P<name>[\w.]+)\((?P<inside>[^()]*)\)")


def _modules() -> dict[str, ModuleType]:
    found = {"quoteverify": quoteverify}
    for info in pkgutil.walk_packages(quoteverify.__path__, "quoteverify."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the command
        try:
            found[info.name] = importlib.import_module(info.name)
        except ImportError:
            continue  # an optional extra (spaCy) not installed here
    return found


@functools.cache
def _index() -> tuple[dict[str, ModuleType], set[str], dict[str, Any], set[str]]:
    """The package's modules, every name a bare word may be, the top-level objects, the commands."""
    import json
    from importlib import resources

    from quoteverify.speakers.rules import RULES
    from quoteverify.speakers.turns import TURN_RULES
    from quoteverify.surfaces.cli import build_parser

    modules = _modules()
    names: set[str] = set(dir(builtins))
    objects: dict[str, Any] = {}
    for module in modules.values():
        for name, value in vars(module).items():
            if not _ours(value):
                continue  # imported from elsewhere: not a name the package gives
            objects.setdefault(name, value)
            names.add(name)
            if inspect.isclass(value):
                names.update(dir(value))
                if attrs.has(value):
                    names.update(f.name for f in attrs.fields(value))
                if issubclass(value, enum.Enum):
                    names.update(str(member.value) for member in value)
            if callable(value):
                names.update(_parameters(value))
                for member in vars(value).values() if inspect.isclass(value) else ():
                    names.update(_parameters(member))
    names.update(rule.name for rule in (*RULES, *TURN_RULES))
    commands = {c for a in build_parser()._actions for c in getattr(a, "choices", None) or ()}
    names.update(commands)
    for schema in resources.files("quoteverify").joinpath("schema").iterdir():
        if schema.name.endswith(".json"):
            names.update(json.loads(schema.read_text(encoding="utf-8")).get("properties", {}))
    for lexicon in LEXICONS.values():
        names.add(lexicon.name)
        names.update(column.name for column in lexicon.columns)
        if lexicon.name != "word_frequency":  # every English word: it would allow any
            names.update(load(lexicon.name))  # a word the parser knows, as an example
    return modules, names, objects, commands


def _ours(value: Any) -> bool:
    """Whether a module's global is the package's own (a constant, or defined in it)."""
    if inspect.ismodule(value):
        return value.__name__.startswith("quoteverify")
    if inspect.isclass(value) or inspect.isroutine(value):
        return (getattr(value, "__module__", None) or "").startswith("quoteverify")
    return True


def _parameters(value: Any) -> set[str]:
    target = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
    if isinstance(target, property) or not callable(target):
        return set()
    try:
        return set(inspect.signature(target).parameters) - {"self", "cls"}
    except (TypeError, ValueError):
        return set()


def _takes_any_keyword(value: Any) -> bool:
    try:
        parameters = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


def _has(owner: Any, name: str) -> bool:
    if hasattr(owner, name):
        return True
    return inspect.isclass(owner) and attrs.has(owner) and name in attrs.fields_dict(owner)


def _dotted(name: str) -> Any:
    """The object a dotted name leads to: a module's path, or its tail, then attributes."""
    modules, _, objects, _ = _index()
    parts = name.split(".")
    parts[0] = ALIASES.get(parts[0], parts[0])
    starts: list[tuple[Any, list[str]]] = []
    for module_name, module in modules.items():
        path = module_name.split(".")
        starts += [(module, parts[k:]) for k in range(len(parts), 0, -1) if path[-k:] == parts[:k]]
    if parts[0] in objects:
        starts.append((objects[parts[0]], parts[1:]))
    for start, rest in starts:
        owner = start
        for part in rest:
            if not _has(owner, part):
                break
            owner = getattr(owner, part, None)  # None: an attrs field with no class default
        else:
            return owner if owner is not None else True
    return None


def _file(token: str) -> bool:
    token = token.rstrip("/")
    for folder in FOLDERS:
        candidates = (
            sorted(ROOT.glob(folder + token)) if "*" in token else [ROOT / (folder + token)]
        )
        if any(path.exists() for path in candidates):
            return True
    return False


def resolves(token: str) -> bool:
    """Whether one backticked token names something in the tree or the package."""
    modules, names, _, commands = _index()
    token = token.strip()
    if token in NOT_CODE:
        return True
    if _FILE.fullmatch(token):
        return _file(token)
    if token.startswith("python -m "):
        return token.split()[2] in modules
    if token.startswith("quoteverify "):
        return token.split()[1] in commands
    if token.endswith("=") and token[:-1].isidentifier():
        return token[:-1] in names  # a keyword argument
    call = _CALL.fullmatch(token)
    if call:
        target = _dotted(call["name"])
        if target is None:
            return False
        # A keyword is a parameter; a call that names a lexicon first (`select("titles",
        # gender="female")`) names a lexicon, and, for a function of **columns, its columns.
        keywords = set(re.findall(r"(\w+)=", call["inside"]))
        parameters = _parameters(target)
        lexicon = re.match(r'"([^"]*)"', call["inside"])
        if lexicon and lexicon[1] not in LEXICONS:
            return False
        if lexicon and _takes_any_keyword(target):
            parameters |= {column.name for column in LEXICONS[lexicon[1]].columns}
        elif _takes_any_keyword(target):
            return True  # a sketch of the call: `select(name, column=value, ...)`
        return keywords <= parameters
    if "*" in token:
        return any(fnmatch.fnmatchcase(name, token) for name in names)
    if token.isidentifier() or re.fullmatch(r"[\w-]+", token):
        return token in names or _dotted(token) is not None
    if re.fullmatch(r"\w+(?:\.\w+)+", token):
        return _dotted(token) is not None
    return False


def _tokens(page: str) -> list[tuple[int, str]]:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return [
        (number, token)
        for number, line in enumerate(text.splitlines(), 1)
        for token in re.findall(r"`([^`\n]+)`", line)
    ]


@pytest.mark.parametrize("page", PAGES)
def test_every_backticked_name_of_the_page_resolves(page: str) -> None:
    tokens = _tokens(page)
    assert len(tokens) > 100, "the page names almost nothing: this test reads nothing"
    missing = [f"{page}:{number}: {token}" for number, token in tokens if not resolves(token)]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize(
    "token",
    [
        "text/sentences.py",
        "lexicons/cue_verbs.tsv",
        "surfaces/",
        "rules.RULES",
        "layer.TextLayer",
        "Speaker.matches",
        "q.open_mark",
        "parse()",
        "Config(attribution_weights=)",
        'select("titles", gender="female")',
        "looks_like_html",
        "document-author",
        "quoteverify train",
        "python -m quoteverify.speakers.rules --markdown",
        "find_*",
        "progress=",
        "said",
        "so-called",
    ],
)
def test_names_the_package_has_resolve(token: str) -> None:
    assert resolves(token)


@pytest.mark.parametrize(
    "token",
    [
        "text/sentence.py",
        "lexicons/cue_verb.tsv",
        "rules.RULE",
        "layer.TextLayers",
        "Speaker.match",
        "Config(weights=)",
        "looks_like_xml",
        "document-writer",
        "quoteverify run",
        "python -m quoteverify.rules",
        "nowhere_*",
        'select("title", gender="female")',
        'select("titles", sex="female")',
        "schema_versions",
        "progres=",
        "sayed",
    ],
)
def test_names_that_moved_do_not_resolve(token: str) -> None:
    assert not resolves(token)


def test_the_map_names_every_module_of_the_package() -> None:
    """Each module file has its row in architecture.md (a package's ``__init__`` aside)."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "quoteverify"
    files = [p.relative_to(package).as_posix() for p in sorted(package.rglob("*.py"))]
    missing = [f for f in files if f"`{f}`" not in page and not f.endswith("/__init__.py")]
    assert not missing, missing


def test_the_map_tree_is_in_the_order_of_the_floors_test_layers_checks() -> None:
    """Each line of the tree is on one floor of test_layers.FLOORS, lower lines never lower."""
    from .test_layers import FLOORS

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    tree = page.split("```\nquoteverify/\n", 1)[1].split("```", 1)[0]
    floor_of = {module: level for level, modules in enumerate(FLOORS) for module in modules}
    floors = []
    for line in tree.splitlines():
        names = re.findall(r"(?:^|\s)(\w+)(?:\.py|/)(?=\s)", line.split("  ", 2)[1] + " ")
        if names:
            levels = {floor_of[name] for name in names}
            assert len(levels) == 1, line
            floors.append(levels.pop())
    assert floors == sorted(floors)
    assert floors[:3] == [0, 0, 0]
    assert set(floors) == set(range(len(FLOORS)))


def test_the_model_row_names_every_public_class_of_the_model() -> None:
    """A newcomer looking for `Match` or `Verification` finds them in model.py's row."""
    from quoteverify import model

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    (row,) = [line for line in page.splitlines() if line.startswith("| `model.py` |")]
    classes = [
        name
        for name in model.__all__
        if inspect.isclass(getattr(model, name)) and not issubclass(getattr(model, name), enum.Enum)
    ]
    assert classes
    assert [name for name in classes if f"`{name}`" not in row] == []
