"""The examples run as shipped: the notebook, the scripts and the property tests."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

EXAMPLES = ROOT / "examples"


def _notebook() -> dict[str, Any]:
    nb: dict[str, Any] = json.loads((EXAMPLES / "quickstart.ipynb").read_text(encoding="utf-8"))
    return nb


def _run_cell(source: str, namespace: dict[str, Any]) -> object:
    """Run a cell as Jupyter would: everything, then the value of a last bare expression."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "<cell>", "exec"), namespace)
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)


def test_notebook_is_stored_without_outputs() -> None:
    nb = _notebook()
    assert nb["nbformat"] == 4
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell["outputs"] == [], "strip the outputs before committing the notebook"
        assert cell["execution_count"] is None


def test_notebook_cells_run_in_order(capsys: Any) -> None:
    namespace: dict[str, Any] = {"__name__": "__main__"}
    shown = []
    for cell in _notebook()["cells"]:
        if cell["cell_type"] != "code":
            continue
        value = _run_cell("".join(cell["source"]), namespace)
        html = getattr(value, "_repr_html_", None)
        if html is not None:
            page = html()
            assert page.startswith('<div class="qv-root'), page[:80]
            shown.append(type(value).__name__)
    assert shown == ["Corpus", "Article", "Verification", "VariantGroup"]
    assert namespace["verification"].verdict.value == "misattributed"
    assert namespace["match"].relation.value == "variant"
    assert "misattributed - The words are printed" in capsys.readouterr().out


def _pipeline(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``examples/pipeline.py`` as a user would, its output read as UTF-8."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "pipeline.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_pipeline_writes_a_verification_record_per_speech_quote(tmp_path: Path) -> None:
    rows = [
        {
            "id": "wire",
            "outlet": "Polar Wire",
            "text": "Russian President Vladimir Putin spoke first. "
            "“Next time in Moscow,” he said in English.",
        },
        {
            "id": "blog",
            "text": "Donald Trump laughed. “Next time in Moscow,” Trump said as he left.",
        },
        {"id": "ledger", "text": "Mr Putin warned of “fundamental threats to our security”."},
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    by_path = _pipeline(str(source))
    assert by_path.returncode == 0, by_path.stderr
    records = [json.loads(line) for line in by_path.stdout.splitlines()]
    assert [r["type"] for r in records] == ["verification"] * 3
    assert {r["schema_version"] for r in records} == {2}
    assert [(r["doc_id"], r["verdict"]) for r in records] == [
        ("wire", "misattributed"),
        ("blog", "misattributed"),
        ("ledger", "not_found"),
    ]
    assert "3 articles, 3 quotes checked" in by_path.stderr

    by_stdin = _pipeline(
        "-", "--output", str(tmp_path / "out.jsonl"), stdin=source.read_text(encoding="utf-8")
    )
    assert by_stdin.returncode == 0, by_stdin.stderr
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in written] == records


def test_pipeline_help_and_bad_input(tmp_path: Path) -> None:
    script = str(EXAMPLES / "pipeline.py")
    shown = subprocess.run(
        [sys.executable, script, "--help"], capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0 and "JSONL" in shown.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, script, str(bad)], capture_output=True, text=True, check=False
    )
    assert failed.returncode == 2
    assert "bad.jsonl:1" in failed.stderr


def test_property_example_passes(tmp_path: Path) -> None:
    # Run from tmp_path so that Hypothesis keeps its example database out of the checkout.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(EXAMPLES / "test_property_example.py"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


def test_scraped_csv_gives_a_tidy_frame_of_verdicts(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    script = str(EXAMPLES / "scraped_csv.py")
    out = tmp_path / "verdicts.csv"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, script, "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    frame = pd.read_csv(out)
    assert list(frame.columns) == [
        "doc_id",
        "outlet",
        "date",
        "speaker",
        "claim",
        "verdict",
        "supported",
        "sources",
    ]
    # the sample's quotes are written as entities, tags and mojibake: all are found
    assert frame["doc_id"].value_counts().to_dict() == {
        "courier-tram": 2,
        "herald-tram": 2,
        "post-tram": 1,
        "gazette-tram": 1,
    }
    verdict = dict(
        zip(frame["doc_id"] + "/" + frame["claim"].str[:20], frame["verdict"], strict=True)
    )
    assert verdict["post-tram/The tram line will o"] == "misattributed"
    assert verdict["gazette-tram/The tram line will n"] == "altered"
    assert not any("&" in c or "<" in c or "â" in c for c in frame["claim"])
    shown = subprocess.run(
        [sys.executable, script], capture_output=True, text=True, check=False, env=env
    )
    assert shown.returncode == 0 and "misattributed" in shown.stdout
    missing = subprocess.run(
        [sys.executable, script, str(tmp_path / "none.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2 and "none.csv" in missing.stderr
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,body\na,text\n", encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, script, str(wrong)], capture_output=True, text=True, check=False
    )
    assert refused.returncode == 2 and "wrong.csv:2: needs the columns" in refused.stderr


def test_scraped_csv_stops_quietly_when_its_reader_goes_away() -> None:
    """``python examples/scraped_csv.py | head -3``: no traceback, status 0, as the
    pipeline and the ``quoteverify`` command stop (the reader here leaves before the
    table is written, so the write always meets a closed pipe)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, str(EXAMPLES / "scraped_csv.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        error = proc.stderr.read().decode("utf-8")
        status = proc.wait(timeout=300)
    assert status == 0, error
    assert "Traceback" not in error and "BrokenPipe" not in error, error


def test_pipeline_stops_quietly_when_its_reader_goes_away() -> None:
    """``python examples/pipeline.py articles.jsonl | head -1``: no traceback."""
    from quoteverify.surfaces.demo import demo_documents

    lines = "".join(
        json.dumps({"id": d.doc_id, "text": d.text}, ensure_ascii=False) + "\n"
        for d in demo_documents()
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, str(EXAMPLES / "pipeline.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        proc.stdin.write(lines.encode("utf-8"))
        proc.stdin.close()
        first = proc.stdout.readline()
        proc.stdout.close()  # the reader leaves after one record
        error = proc.stderr.read().decode("utf-8")
        status = proc.wait(timeout=300)
    assert json.loads(first)["type"] == "verification"
    assert status == 0, error
    assert "Traceback" not in error and "BrokenPipe" not in error, error


def test_pipeline_on_a_folder_writes_what_check_writes_for_each_file(tmp_path: Path) -> None:
    """docs/cli.md: a loop of ``quoteverify check`` over a folder, or the pipeline once."""
    import io

    from quoteverify.surfaces.cli import main

    folder = tmp_path / "folder"
    folder.mkdir()
    texts = {
        "harbour": "“The ferry will run all winter,” Dana Lee said on the quay.",
        "paper": "Mayor Omar Haddad said “the ferry will run all winter”, and left.",
        "radio": "“We will see about the ferry,” a deckhand said.",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    looped = io.StringIO()
    for name in sorted(texts):
        main(
            ["check", str(folder / f"{name}.txt"), "--against", str(folder), "--format", "jsonl"],
            out=looped,
        )
    once = _pipeline(str(folder))
    assert once.returncode == 0, once.stderr
    records = [json.loads(line) for line in once.stdout.splitlines()]
    assert [r["verdict"] for r in records] == ["misattributed", "misattributed", "not_found"]
    assert records == [json.loads(line) for line in looped.getvalue().splitlines()]
