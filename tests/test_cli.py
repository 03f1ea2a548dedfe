"""The command line: inputs, outputs and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteverify.cli import main


def run(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quoteverify", *argv],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def records(out: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_extract_text_file_writes_quote_records(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("“We are ready,” the envoy said.", encoding="utf-8")
    out = io.StringIO()
    assert main(["extract", str(f)], out=out) == 0
    (rec,) = records(out.getvalue())
    assert rec["type"] == "quote" and rec["schema_version"] == 2
    assert rec["doc_id"] == "story" and rec["text"] == "We are ready,"
    assert (rec["start"], rec["end"]) == (1, 14)


def test_extract_folder_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('He said "one".', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "She said 'two'."})
        + "\n\n"
        + json.dumps({"id": 7, "text": "They said «three»."})
        + "\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["extract", str(tmp_path)], out=out) == 0
    got = [(r["doc_id"], r["text"]) for r in records(out.getvalue())]
    assert got == [("a", "one"), ("b1", "two"), ("7", "three")]


def test_extract_reads_stdin_text_and_jsonl() -> None:
    proc = run("extract", "-", stdin=b'Yes, "stdin works".')
    assert proc.returncode == 0
    assert [r["text"] for r in records(proc.stdout.decode())] == ["stdin works"]
    proc = run("extract", stdin=b'{"id": "s", "text": "A \\"jsonl\\" line"}\n')
    assert proc.returncode == 0
    assert [(r["doc_id"], r["text"]) for r in records(proc.stdout.decode())] == [("s", "jsonl")]


def test_extract_reports_diagnostic_records() -> None:
    proc = run("extract", "-", stdin=b'He said "never closed\n\nNext.')
    recs = records(proc.stdout.decode())
    assert [r["type"] for r in recs] == ["quote", "diagnostic"]
    assert recs[1]["code"] == "unclosed" and recs[1]["schema_version"] == 2
    proc = run("extract", "--no-diagnostics", "-", stdin=b'He said "never closed')
    assert [r["type"] for r in records(proc.stdout.decode())] == ["quote"]


def test_table_format(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("“Next time in Moscow,” he said. A stray ” mark.", encoding="utf-8")
    out = io.StringIO()
    assert main(["extract", "--format", "table", str(f)], out=out) == 0
    table = out.getvalue()
    assert "Next time in Moscow," in table and "!stray_closer" in table


def test_bad_jsonl_line_exits_2_naming_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "ok", "text": "fine"}\n{not json}\n', encoding="utf-8")
    proc = run("extract", str(f))
    assert proc.returncode == 2
    assert f"{f}:2:" in proc.stderr.decode() and "not valid JSON" in proc.stderr.decode()


def test_record_without_text_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "notext.jsonl"
    f.write_text('{"id": "x"}\n', encoding="utf-8")
    proc = run("extract", str(f))
    assert proc.returncode == 2 and f"{f}:1:" in proc.stderr.decode()


def test_undecodable_bytes_exit_2_naming_the_file(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes('first line\ncaf\xe9 "x"'.encode("latin-1"))
    proc = run("extract", str(f))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert f"{f}:2:" in err and "not UTF-8" in err


def test_missing_file_exits_2() -> None:
    proc = run("extract", "/no/such/file.txt")
    assert proc.returncode == 2 and "no such file" in proc.stderr.decode()


def test_usage_error_exits_2() -> None:
    assert run("extract", "--format", "xml").returncode == 2
    assert run().returncode == 2


def test_demo_runs_on_the_shipped_corpus() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    text = out.getvalue()
    assert "Next time in Moscow" in text and "!unclosed" in text
    assert "quoted spans" in text


def test_demo_jsonl() -> None:
    out = io.StringIO()
    assert main(["demo", "--format", "jsonl"], out=out) == 0
    recs = records(out.getvalue())
    assert {r["type"] for r in recs} == {"quote", "diagnostic", "variant_group", "verification"}


def test_evaluate_command(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc_id": "g",
                "text": 'He said "yes" twice "no".',
                "quotes": [{"start": 8, "end": 13}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["evaluate", str(gold), "--format", "json"], out=out) == 0
    spans = json.loads(out.getvalue())["spans"]
    assert spans["exact_recall"] == 1.0 and spans["exact_precision"] == 0.5
    assert main(["evaluate", str(gold), "--filter", "nonsense"], out=io.StringIO()) == 2


@pytest.mark.parametrize("argv", [["--version"], ["extract", "--help"]])
def test_help_and_version(argv: list[str]) -> None:
    proc = run(*argv)
    assert proc.returncode == 0 and proc.stdout


def _sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "“Next time in Moscow,” Vladimir Putin said in English.", encoding="utf-8"
    )
    (folder / "paper.txt").write_text(
        "Putin smiled and said: “Next time in Moscow.” Trump laughed.", encoding="utf-8"
    )
    return folder


def test_verify_exits_0_when_supported_and_1_when_not(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    ok = run("verify", "--quote", "Next time in Moscow", "--speaker", "Putin", str(folder))
    assert ok.returncode == 0 and b"EXACT" in ok.stdout
    bad = run("verify", "--quote", "Next time in Moscow", "--speaker", "Trump", str(folder))
    assert bad.returncode == 1 and b"MISATTRIBUTED" in bad.stdout
    missing = run("verify", "--quote", "We will annex the moon", str(folder))
    assert missing.returncode == 1 and b"NOT_FOUND" in missing.stdout
    assert run("verify", "--quote", "x", str(tmp_path / "nope")).returncode == 2


def test_verify_json(tmp_path: Path) -> None:
    out = io.StringIO()
    code = main(
        [
            "verify",
            "--quote",
            'Trump said "Next time in Moscow"',
            "--format",
            "json",
            str(_sources(tmp_path)),
        ],
        out=out,
    )
    rec = json.loads(out.getvalue())
    assert code == 1 and rec["type"] == "verification" and rec["verdict"] == "misattributed"
    assert rec["real_speaker"]["name"] == "Vladimir Putin" and rec["evidence"]


def test_check_and_variants(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    article = tmp_path / "new.txt"
    article.write_text("“Next time in Moscow,” Trump joked.", encoding="utf-8")
    out = io.StringIO()
    assert (
        main(["check", str(article), "--against", str(folder), "--format", "jsonl"], out=out) == 0
    )
    (rec,) = records(out.getvalue())
    assert rec["verdict"] == "misattributed"
    out = io.StringIO()
    assert main(["variants", str(folder), "--format", "jsonl"], out=out) == 0
    (group,) = records(out.getvalue())
    assert group["type"] == "variant_group" and len(group["members"]) == 2


def test_demo_shows_groups_and_verdicts() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    text = out.getvalue()
    assert "variant groups" in text and "MISATTRIBUTED" in text and "NOT_FOUND" in text


def test_extract_with_workers_gives_the_same_records(tmp_path: Path) -> None:
    f = tmp_path / "many.jsonl"
    f.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": f"“Quote number {i},” Speaker {i} said."}) + "\n"
            for i in range(40)
        ),
        encoding="utf-8",
    )
    one, two = io.StringIO(), io.StringIO()
    assert main(["extract", str(f)], out=one) == 0
    assert main(["extract", "--workers", "2", str(f)], out=two) == 0
    assert one.getvalue() == two.getvalue() and len(records(one.getvalue())) == 40
    assert run("extract", "--workers", "0", str(f)).returncode == 2


def test_evaluate_missing_or_undecodable_file_exits_2(tmp_path: Path) -> None:
    proc = run("evaluate", str(tmp_path / "absent.jsonl"))
    assert (
        proc.returncode == 2 and b"absent.jsonl" in proc.stderr and b"Traceback" not in proc.stderr
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "a", "text": "fine", "quotes": []}\n\xff\xfe\n')
    proc = run("evaluate", str(bad))
    assert proc.returncode == 2 and b"bad.jsonl:2" in proc.stderr
