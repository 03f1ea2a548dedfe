"""The lexicon registry: every file declared, typed, checked, used; no word lists in code."""

from __future__ import annotations

import ast
import importlib
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import QuoteVerifyError, lexicons
from quoteverify.lexicons import LEXICONS, Column, Lexicon, LexiconError, parse

PACKAGE = Path(lexicons.__file__).parent.parent
FOLDER = Path(lexicons.__file__).parent
DOCS = PACKAGE.parent / "docs" / "lexicons.md"


def _data_files() -> set[str]:
    return {p.name for p in FOLDER.iterdir() if p.suffix in (".txt", ".tsv")}


def test_every_file_is_declared_and_every_declaration_has_its_file() -> None:
    declared = {lex.filename for lex in LEXICONS.values()}
    assert _data_files() == declared


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_every_lexicon_parses_into_rows_of_its_columns(name: str) -> None:
    lex = LEXICONS[name]
    found = lexicons.rows(name)
    assert found, f"{lex.filename} has no rows"
    names = [c.name for c in lex.columns]
    for row in found:
        assert list(row) == names
        key = row[names[0]]
        assert isinstance(key, str) and key == key.lower() and key.strip() == key


@pytest.mark.parametrize("name", sorted(n for n, lex in LEXICONS.items() if lex.table))
def test_a_table_has_no_key_twice(name: str) -> None:
    keys = [row[LEXICONS[name].columns[0].name] for row in lexicons.rows(name)]
    assert len(keys) == len(set(keys))


def test_every_file_keeps_a_comment_saying_what_it_holds() -> None:
    for lex in LEXICONS.values():
        first = resources.files(lexicons).joinpath(lex.filename).read_text(encoding="utf-8")
        assert first.startswith("# "), lex.filename


def _string_constants(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_every_lexicon_is_used_by_some_module() -> None:
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.parent != FOLDER:
            used |= _string_constants(path)
    assert sorted(set(LEXICONS) - used) == []


# --- typed columns ------------------------------------------------------------


def test_columns_are_read_as_their_types() -> None:
    said = next(r for r in lexicons.rows("cue_verbs") if r["cue"] == "told")
    assert (said["lemma"], said["object"], said["particle"]) == ("tell", True, None)
    pointed = next(r for r in lexicons.rows("cue_verbs") if r["cue"] == "pointed out")
    assert (pointed["lemma"], pointed["object"], pointed["particle"]) == ("point out", False, "out")
    assert "mrs" in lexicons.select("titles", gender="female")
    assert "sen" in lexicons.select("titles", abbreviation=True)
    assert "senator" not in lexicons.select("titles", abbreviation=True)


def test_derived_sets_follow_their_columns() -> None:
    from quoteverify.speakers import identity, mentions
    from quoteverify.text import sentences

    clean = importlib.import_module("quoteverify.text.clean")  # the package's clean is a function

    assert lexicons.select("titles", gender="female") == identity._FEMALE_TITLES
    assert lexicons.select("titles", gender="male") == identity._MALE_TITLES
    assert lexicons.select("titles", kind="honorific") == mentions._HONORIFICS
    assert lexicons.select("titles", abbreviation=True, language="en") <= sentences._ABBREVIATIONS
    assert {"he", "she", "they", "i", "we", "it"} == mentions.PRONOUNS
    assert {"script", "style"} == clean._DROPPED


def test_a_title_column_reaches_the_parser() -> None:
    # "Sen." is an abbreviated title: its dot does not end the sentence.
    from quoteverify.text.sentences import break_ends

    text = "The bill passed. Sen. Ann Roe voted. Then Dr. Roy left."
    assert list(break_ends(text, 0, len(text))) == [17, 37]


def test_table_order_is_kept_for_ordered_rules() -> None:
    rules = list(lexicons.load_table("transliteration"))
    assert rules.index("sch") < rules.index("shch")  # applied in file order
    assert lexicons.entries("stem_suffixes")[:2] == ("ing", "ed")


# --- malformed files ----------------------------------------------------------

_TABLE = Lexicon(
    "sample",
    "a table for the tests",
    columns=(
        Column("word", "a word"),
        Column("flag", "a flag", flag=True),
        Column("size", "a size", ("small", "big")),
        Column("note", "a note", optional=True),
    ),
)


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("word\tflag\n", 1, "header row must be"),
        ("# c\nword\tflag\tsize\tnote\nfoo\tyes\n", 3, "needs 4 tab-separated cells, not 2"),
        ("word\tflag\tsize\tnote\nfoo\tyes\tbig\tx\ty\n", 2, "not 5"),
        ("word\tflag\tsize\tnote\nfoo\tmaybe\tbig\n", 2, "takes yes or no, not 'maybe'"),
        ("word\tflag\tsize\tnote\n\nfoo\tno\thuge\n", 3, "takes one of small, big, not 'huge'"),
        ("word\tflag\tsize\tnote\n\tno\tbig\n", 2, "column 'word' is empty"),
    ],
)
def test_a_malformed_row_names_its_file_and_line(text: str, line: int, says: str) -> None:
    with pytest.raises(LexiconError) as info:
        parse(text, _TABLE, source="sample.tsv")
    err = info.value
    assert isinstance(err, QuoteVerifyError) and isinstance(err, ValueError)
    assert (err.source, err.line) == ("sample.tsv", line)
    assert str(err).startswith(f"sample.tsv:{line}: ") and says in str(err)


def test_a_good_table_reads_typed_rows_with_comments_anywhere() -> None:
    text = "# about\nword\tflag\tsize\tnote\nfoo\tyes\tbig\t# a comment\nbar\tno\tsmall\tx\n"
    assert parse(text, _TABLE) == (
        {"word": "foo", "flag": True, "size": "big", "note": None},
        {"word": "bar", "flag": False, "size": "small", "note": "x"},
    )


def test_unknown_names_are_clear_errors() -> None:
    with pytest.raises(LexiconError, match="no lexicon is called 'nope'"):
        lexicons.load("nope")
    with pytest.raises(LexiconError, match="has no column 'colour'"):
        lexicons.select("titles", colour="red")


_cell = st.text(
    alphabet=st.characters(blacklist_characters="\t\n\r#\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
)


@given(st.lists(st.tuples(_cell, st.booleans(), st.sampled_from(["small", "big"]), _cell)))
def test_written_rows_read_back(rows: list[tuple[str, bool, str, str]]) -> None:
    rows = [(w.strip(), f, s, n.strip()) for w, f, s, n in rows if w.strip()]
    lines = ["word\tflag\tsize\tnote"]
    lines += [f"{w}\t{'yes' if f else 'no'}\t{s}\t{n}" for w, f, s, n in rows]
    back = parse("\n".join(lines), _TABLE)
    assert back == tuple(
        {"word": w, "flag": f, "size": s, "note": n or None} for w, f, s, n in rows
    )


@given(st.text())
def test_any_text_parses_or_raises_a_lexicon_error(text: str) -> None:
    failed: LexiconError | None = None
    try:
        parse(text, _TABLE)
    except LexiconError as err:
        failed = err
    assert failed is None or failed.line is not None


# --- no word lists in code ----------------------------------------------------

_WORD = re.compile(r"[a-z][a-z'’ .-]*\Z")
_ALTERNATION = re.compile(r"(?:[a-z]{2,}\|){3,}[a-z]{2,}")
_REGEX_CALLS = {"compile", "match", "search", "fullmatch", "finditer", "findall", "sub", "split"}

# Literals of words that are not lexicons, each with why: (module, its first string).
ALLOWED = {
    # JSON Schema keywords the validator implements: a format's vocabulary, not language.
    ("_validate.py", "type"),
    # Names of options and of record fields, which the API and the CLI spell.
    ("clean.py", "tags"),
    ("cli.py", "jsonl"),
    ("cli.py", "paths"),
    ("cli.py", "file"),
    ("records.py", "quotes"),
    ("strategies.py", "articles"),
    ("strategies.py", "dropped"),
    # The vocabulary of generated test and benchmark articles: what they say, not
    # knowledge the parser uses.
    ("strategies.py", "peace"),
    ("strategies.py", "summit"),
    ("strategies.py", "the"),
    ("strategies.py", "two"),
    ("synthetic.py", "next week"),
    ("synthetic.py", "ka"),
    ("synthetic.py", "the"),
}


def _word_lists(path: Path) -> list[tuple[int, str]]:
    """(line, first word) of each literal of four or more lower-case words in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    named = {  # __all__ and __slots__ name the module's own objects
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in ("__all__", "__slots__") for t in node.targets)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in named:
            words = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and _WORD.match(e.value)
            ]
            if len(words) >= 4:
                found.append((node.lineno, words[0]))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _REGEX_CALLS
        ):
            for arg in ast.walk(node.args[0]) if node.args else ():
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    m = _ALTERNATION.search(arg.value)
                    if m:
                        found.append((arg.lineno, m.group().split("|")[0]))
    return found


def test_no_module_writes_a_word_list_in_code() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent == FOLDER:
            continue  # the registry: column types and value names, not word lists
        for line, first in _word_lists(path):
            if (path.name, first) not in ALLOWED:
                offenders.append(f"{path.name}:{line}: {first!r}...")
    assert offenders == [], "move these word lists into quoteverify/lexicons/"


def test_the_word_list_check_catches_a_set_a_tuple_and_a_regex(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text(
        "import regex\n"
        "A = frozenset({'he', 'she', 'they', 'we'})\n"
        "B = ('said', 'told', 'asked', 'added')\n"
        "C = regex.compile(r'(?:said|told|asked|added)')\n"
        "D = ('a', 'b')\n"
        "__all__ = ['load', 'parse', 'rows', 'select']\n"
    )
    assert sorted(_word_lists(src)) == [(2, "he"), (3, "said"), (4, "said")]


# --- docs ---------------------------------------------------------------------


def test_the_docs_list_every_lexicon_with_its_columns() -> None:
    if not DOCS.exists():
        pytest.skip("docs/ is not beside the package")
    assert lexicons.markdown() in DOCS.read_text(encoding="utf-8")
