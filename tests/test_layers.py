"""The package's folders are floors: every import goes to the same floor or one below.

``docs/architecture.md`` draws the floors; this test holds the code to them. An
import made only for type checking (under ``if TYPE_CHECKING:``) is not a dependency
at run time and is not checked. The few imports that go up are listed in
``ALLOWED`` with their reason; an entry that no longer matches an import fails too,
so the list cannot go stale.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quoteverify

PACKAGE = Path(quoteverify.__file__).parent

# From the ground floor up. A module's floor is the first prefix of its dotted name
# (inside the package) found here, longest first.
FLOORS = [
    ("_version", "_collector", "errors", "model", "weights", "config", "progress", "lexicons"),
    ("text",),
    ("speakers",),
    ("article", "_inputs"),
    ("matching",),
    ("corpus",),
    ("surfaces",),
    ("strategies", "_hypothesis", "synthetic", "__init__", "__main__"),
]

# (importing module, imported module): why this import may go up a floor.
ALLOWED = {
    # Methods that present a model object import their surface when called, as
    # pandas does for DataFrame.to_html.
    ("model", "surfaces.records"): "Article.to_records / to_pandas",
    ("model", "surfaces.render"): "_repr_html_ of the model objects",
    ("corpus", "surfaces.render"): "Corpus._repr_html_",
    ("corpus", "surfaces.store"): "Corpus.save / Corpus.open",
    # Behaviour users expect on a model object, computed by the floor that owns it.
    ("model", "speakers.identity"): "Speaker.matches compares two resolved speakers",
    ("model", "matching.compare"): "Edit.significance and Match.linked",
    # Training reads gold files the way the evaluation does (quoteverify train).
    ("speakers.ranker", "surfaces.evaluate"): "ranker.gold_choices matches gold spans",
}


def _floor(module: str) -> int:
    for level, prefixes in enumerate(FLOORS):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                return level
    raise AssertionError(f"{module} is on no floor: add it to FLOORS")


def _module_of(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _is_module(dotted: str, root: Path) -> bool:
    where = root.joinpath(*dotted.split("."))
    return where.is_dir() or where.with_suffix(".py").exists()


def _imports(path: Path, root: Path = PACKAGE) -> list[tuple[str, int]]:
    """(imported module inside the package, line) of every run-time import in ``path``."""
    module = _module_of(path, root)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if path.name == "__init__.py" and module == "__init__":
        package = []
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package[: len(package) - (child.level - 1)]
                    target = [*base, *(child.module.split(".") if child.module else [])]
                elif child.module and child.module.split(".")[0] == "quoteverify":
                    target = child.module.split(".")[1:]
                else:
                    continue
                if child.module is None:
                    # "from . import x": each name is a module, or a name of the package.
                    for alias in child.names:
                        name = ".".join([*target, alias.name])
                        owner = ".".join(target) or "__init__"
                        found.append((name if _is_module(name, root) else owner, child.lineno))
                else:
                    found.append((".".join(target), child.lineno))
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] == "quoteverify" and "." in alias.name:
                        found.append((alias.name.split(".", 1)[1], child.lineno))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _upward(root: Path = PACKAGE) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        source = _module_of(path, root)
        for target, line in _imports(path, root):
            if _floor(target) > _floor(source):
                out.setdefault((source, target), []).append(f"{path.name}:{line}")
    return out


def test_every_module_is_on_a_floor() -> None:
    for path in PACKAGE.rglob("*.py"):
        _floor(_module_of(path))


def test_imports_go_down_or_are_named_exceptions() -> None:
    up = _upward()
    unexplained = {pair: where for pair, where in up.items() if pair not in ALLOWED}
    assert unexplained == {}, "an import goes up a floor: see docs/architecture.md"


def test_every_named_exception_is_still_an_import() -> None:
    stale = set(ALLOWED) - set(_upward())
    assert stale == set()


def test_the_check_sees_an_import_that_goes_up(tmp_path: Path) -> None:
    # A module of text/ that imports the matching floor is caught.
    fake = tmp_path / "quoteverify"
    (fake / "text").mkdir(parents=True)
    (fake / "text" / "bad.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from ..matching.compare import compare\n"
        "if TYPE_CHECKING:\n"
        "    from ..corpus import Corpus\n",
        encoding="utf-8",
    )
    (fake / "matching").mkdir()
    (fake / "matching" / "compare.py").write_text("from ..text import bad\n", encoding="utf-8")
    assert _imports(fake / "text" / "bad.py", fake) == [("matching.compare", 2)]
    assert set(_upward(fake)) == {("text.bad", "matching.compare")}
