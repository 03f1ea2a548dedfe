"""The command line: inputs, outputs and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.errors import InputFormatError, OptionError
from quoteverify.model import Document
from quoteverify.strategies import PlantedArticle, planted_articles
from quoteverify.surfaces.cli import build_parser, main
from quoteverify.surfaces.records import SCHEMA_VERSION
from quoteverify.surfaces.sources import MAX_RECORD_BYTES, iter_documents, read_jsonl
from quoteverify.surfaces.store import StoreError


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
    (rec,) = json.loads(out.getvalue())  # one JSON list of the records, as everywhere
    assert code == 1 and rec["type"] == "verification" and rec["verdict"] == "misattributed"
    assert rec["real_speaker"]["name"] == "Vladimir Putin" and rec["evidence"]


def test_check_and_variants(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    article = tmp_path / "new.txt"
    article.write_text("“Next time in Moscow,” Trump joked.", encoding="utf-8")
    out = io.StringIO()
    code = main(["check", str(article), "--against", str(folder), "--format", "jsonl"], out=out)
    assert code == 1  # a quote not supported: misattributed
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


@pytest.mark.parametrize(("command", "flag"), [("evaluate", "FILE"), ("train", "GOLD")])
def test_evaluate_and_train_say_that_they_take_a_path_not_stdin(
    command: str, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "-" read as a file name said "-: cannot read: No such file or directory".
    assert main([command, "-"]) == 2
    err = capsys.readouterr().err
    assert f"argument {flag}:" in err and "not standard input (-)" in err
    assert "No such file" not in err


# --------------------------------------------------------------------------- hostile input
# Every failure is one line on standard error, "quoteverify: FILE:LINE: message",
# exit 2, never a traceback, and everything written is valid UTF-8.


def run_shell(
    script: str, *argv: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``script`` in sh with $Q as the command (for redirections such as <&-)."""
    return subprocess.run(
        ["sh", "-c", f'Q="$0 -m quoteverify"; {script}', sys.executable, *argv],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def assert_one_error(proc: subprocess.CompletedProcess[bytes], where: str) -> str:
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode("utf-8")  # valid UTF-8, or this raises
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith(f"quoteverify: {where}"), err
    return err


def test_a_deeply_nested_json_value_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "deep.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    f.write_text('{"id": "ok", "text": "fine"}\n{"id": "a", "text": "x", "n": ' + deep + "}\n")
    err = assert_one_error(run("extract", str(f)), f"{f}:2: ")
    assert "nested too deeply" in err
    proc = run("extract", "-", stdin=f.read_bytes())
    assert_one_error(proc, "<stdin>:2: ")


def test_an_integer_too_long_for_python_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text('{"id": "a", "text": "x", "n": ' + "7" * 5000 + "}\n")
    assert_one_error(run("extract", str(f)), f"{f}:1: not valid JSON")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (r'{"id": "a", "text": "\ud800 hi, he said."}', '"text"'),
        (r'{"id": "a\udc80", "text": "fine"}', '"id"'),
        (r'{"id": "a", "text": "fine", "outlet": ["ok", "\udfff"]}', "a string in the record"),
    ],
)
def test_a_lone_surrogate_in_jsonl_exits_2_with_file_and_line(
    tmp_path: Path, line: str, field: str
) -> None:
    f = tmp_path / "s.jsonl"
    f.write_text('{"id": "first", "text": "fine"}\n\n' + line + "\n", encoding="utf-8")
    for command in (["extract"], ["variants"], ["verify", "--quote", "hi"]):
        err = assert_one_error(run(*command, str(f)), f"{f}:3: ")
        assert f"{field} holds a lone surrogate" in err


def test_a_lone_surrogate_in_a_text_argument_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text('"We go," she said.', encoding="utf-8")
    err = assert_one_error(run("verify", "--quote", "We \udcff go", str(f)), "argument --quote")
    assert "lone surrogate U+DCFF" in err


def test_closed_standard_input_exits_2() -> None:
    assert_one_error(run_shell("$Q extract - <&-"), "<stdin>: standard input is closed")
    assert_one_error(run_shell("$Q extract <&-"), "<stdin>: standard input is closed")


def test_closed_standard_output_exits_2() -> None:
    proc = run_shell("$Q extract - >&-", stdin=b'"Hi," she said.')
    assert_one_error(proc, "<stdout>: standard output is closed")
    assert run_shell("$Q demo >&- 2>&-").returncode == 2  # nowhere to say it, still no crash


def test_a_full_disk_on_standard_output_exits_2() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    assert_one_error(run_shell("$Q demo >/dev/full"), "<stdout>: cannot write")


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteverify", "demo", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    json.loads(proc.stdout.readline())
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert err == b""


def test_dev_zero_is_read_no_further_than_the_limit() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    err = assert_one_error(run("extract", "--max-record-bytes", "1M", "/dev/zero"), "/dev/zero:1: ")
    assert "larger than the limit of 1048576 bytes" in err and "--max-record-bytes" in err


def test_the_record_limit_names_the_file_and_line(tmp_path: Path) -> None:
    ok = json.dumps({"id": "a", "text": "x" * 60})
    big = json.dumps({"id": "b", "text": "x" * 61})
    limit = str(len(ok))  # a line may hold that many bytes, and its newline
    f = tmp_path / "r.jsonl"
    f.write_text(f"{ok}\n\n{ok}\n{big}\n", encoding="utf-8")
    assert_one_error(run("extract", "--max-record-bytes", limit, str(f)), f"{f}:4: ")
    proc = run("extract", "--max-record-bytes", limit, "-", stdin=f.read_bytes())
    assert_one_error(proc, "<stdin>:4: ")
    assert run("extract", "--max-record-bytes", str(len(big)), str(f)).returncode == 0
    t = tmp_path / "t.txt"
    t.write_bytes(b"line one\nline two\nline three\n")  # 29 bytes
    assert_one_error(run("extract", "--max-record-bytes", "12", str(t)), f"{t}:2: ")
    proc = run("extract", "--max-record-bytes", "12", "-", stdin=t.read_bytes())
    assert_one_error(proc, "<stdin>:2: ")
    assert run("extract", "--max-record-bytes", "28", str(t)).returncode == 2
    assert run("extract", "--max-record-bytes", "29", str(t)).returncode == 0
    assert run("extract", "--max-record-bytes", "29", "-", stdin=t.read_bytes()).returncode == 0


@pytest.mark.parametrize(
    ("given", "size"),
    [("1000", 1000), ("512k", 512 * 1024), ("64M", MAX_RECORD_BYTES), ("1GiB", 1 << 30)],
)
def test_record_limit_sizes(given: str, size: int) -> None:
    args = build_parser().parse_args(["extract", "--max-record-bytes", given])
    assert args.max_record_bytes == size


@pytest.mark.parametrize("given", ["0", "-5", "12x", "M", ""])
def test_bad_record_limits_are_usage_errors(given: str) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["extract", "--max-record-bytes", given])
    assert info.value.code == 2


def test_the_default_record_limit_is_64_mib() -> None:
    assert build_parser().parse_args(["extract"]).max_record_bytes == MAX_RECORD_BYTES == 1 << 26


def test_a_line_separator_inside_a_jsonl_text_works_on_stdin_as_from_a_file(
    tmp_path: Path,
) -> None:
    text = 'First part\u2028second part, "We are ready," she said.\u2029End \x85 and \x0c.'
    f = tmp_path / "u.jsonl"
    f.write_text(json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    from_file, from_stdin = run("extract", str(f)), run("extract", "-", stdin=f.read_bytes())
    assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
    assert from_file.stdout == from_stdin.stdout
    assert [r["text"] for r in records(from_stdin.stdout.decode())] == ["We are ready,"]


def _undecodable_name(folder: Path, name: bytes) -> Path:
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + name))
    try:
        path.write_text('"Hi," she said.', encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def test_a_file_name_that_is_not_utf8_gives_valid_output(tmp_path: Path) -> None:
    _undecodable_name(tmp_path, b"caf\xe9.txt")
    proc = run("extract", "--format", "table", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "caf\\xe9" in proc.stdout.decode("utf-8")  # the byte, escaped
    proc = run("extract", str(tmp_path))
    assert [r["doc_id"] for r in records(proc.stdout.decode("utf-8"))] == ["caf\\xe9"]
    out = io.StringIO()
    assert main(["extract", str(tmp_path)], out=out) == 0
    assert [r["doc_id"] for r in records(out.getvalue())] == ["caf\\xe9"]


def test_a_missing_file_whose_name_is_not_utf8_is_named_escaped(tmp_path: Path) -> None:
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gone-\xff.txt")
    err = assert_one_error(run("extract", missing), "")
    assert "gone-\\xff.txt: no such file" in err


def test_errors_in_process_are_written_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gone-\xff.txt")
    assert main(["extract", missing], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    err.encode("utf-8")
    assert err.startswith("quoteverify: ") and "gone-\\xff.txt: no such file" in err


def test_metadata_named_like_a_parameter_is_kept(tmp_path: Path) -> None:
    f = tmp_path / "m.jsonl"
    rec = {"id": "m", "text": '"Next time," Putin said.', "self": 1, "config": "x"}
    f.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["verify", "--quote", "Next time", str(f)], out=out) == 0


# --------------------------------------------------------------------------- the readers


def test_read_jsonl_reports_a_deep_value_with_its_line() -> None:
    lines = ['{"text": "a"}', "[" * 50_000 + "]" * 50_000]
    with pytest.raises(InputFormatError, match=r"mem:2: .*nested too deeply"):
        list(read_jsonl(lines, "mem"))


def test_stdin_decides_jsonl_on_its_first_non_blank_line() -> None:
    data = b'\xef\xbb\xbf\n  \n{"id": "x", "text": "T"}\n\n{"text": "U"}\n'  # a BOM first
    docs = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert [(d.doc_id, d.text) for d in docs] == [("x", "T"), ("<stdin>:5", "U")]
    text = b"\n\nNot JSON {at all}\n"
    (doc,) = iter_documents(["-"], stdin=io.BytesIO(text))
    assert (doc.doc_id, doc.text) == ("stdin", text.decode())
    assert list(iter_documents(["-"], stdin=io.BytesIO(b""))) == [
        Document(doc_id="stdin", text="", source="<stdin>")
    ]


@pytest.mark.parametrize("bad", [0, -1, 1.5, "64M", True])
def test_a_bad_record_limit_is_an_option_error(bad: object) -> None:
    with pytest.raises(OptionError, match="max_record_bytes"):
        list(iter_documents(["-"], stdin=io.BytesIO(b"x"), max_record_bytes=bad))  # type: ignore[arg-type]


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "id": st.text(st.characters(codec="utf-8"), max_size=5),
                "text": st.text(st.characters(codec="utf-8"), max_size=40),
            }
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["\n", "\r\n"]),
)
@settings(max_examples=60, deadline=None)
def test_stdin_and_a_file_read_the_same_jsonl(rows: list[dict[str, str]], end: str) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + end for r in rows).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "rows.jsonl"
        f.write_bytes(data)
        from_file = [(d.doc_id, d.text) for d in iter_documents([f])]
    from_stdin = [(d.doc_id, d.text) for d in iter_documents(["-"], stdin=io.BytesIO(data))]
    assert from_file == from_stdin == [(r["id"], r["text"]) for r in rows]


def test_stdout_that_is_not_utf8_gets_escapes_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("“Déjà vu,” she said.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "quoteverify", "extract", "--format", "table", str(f)],
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "D\\xe9j\\xe0 vu," in proc.stdout.decode("ascii")


def test_evaluate_names_a_file_that_is_not_utf8_escaped(tmp_path: Path) -> None:
    gold = _undecodable_name(tmp_path, b"gold-\xff.jsonl")
    row = {"text": 'He said "yes".', "quotes": [{"start": 8, "end": 13}]}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    proc = run("evaluate", str(gold))
    assert proc.returncode == 0, proc.stderr
    assert "gold-\\udcff.jsonl: 1 documents" in proc.stdout.decode("utf-8")
    proc = run("evaluate", "--format", "json", str(gold))
    assert json.loads(proc.stdout)["file"].endswith("gold-\udcff.jsonl")


def test_error_messages_escape_file_names_but_keep_them_as_given() -> None:
    name = os.fsdecode(b"/data/caf\xe9.jsonl")
    err = InputFormatError("not valid JSON", source=name, line=3)
    assert str(err) == "/data/caf\\xe9.jsonl:3: not valid JSON" and err.source == name
    store_err = StoreError(name, "busy")
    assert str(store_err) == "/data/caf\\xe9.jsonl: busy" and store_err.path == name


# ------------------------------------------------------------------ one --format vocabulary

COMMANDS = {  # each command's arguments, as a function of a folder of sources
    "extract": lambda src: ["extract", str(src)],
    "demo": lambda src: ["demo"],
    "verify": lambda src: ["verify", "--quote", "Next time in Moscow", str(src)],
    "check": lambda src: ["check", str(src / "wire.txt"), "--against", str(src)],
    "variants": lambda src: ["variants", str(src)],
}
# The table each command's csv holds (quoteverify.surfaces.records.to_pandas's ``table=``).
CSV_TABLE = {
    "extract": "quotes",
    "demo": "quotes",
    "verify": "evidence",
    "check": "evidence",
    "variants": "members",
}


def output(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


@pytest.mark.parametrize("command", [*COMMANDS, "evaluate"])
@pytest.mark.parametrize("fmt", ["jsonl", "json", "table", "csv", "text"])
def test_every_command_takes_every_format(command: str, fmt: str) -> None:
    argv = COMMANDS[command](Path("src"))[:] if command in COMMANDS else ["evaluate", "g.jsonl"]
    args = build_parser().parse_args([*argv, "--format", fmt])
    assert args.format == fmt


@pytest.mark.parametrize("command", [*COMMANDS, "evaluate"])
def test_help_names_the_four_formats_and_the_deprecated_alias(command: str) -> None:
    proc = run(command, "--help")
    text = " ".join(proc.stdout.decode().split())
    assert proc.returncode == 0
    assert "{jsonl,json,table,csv}" in text and "text: a deprecated name for table" in text


@pytest.mark.parametrize("command", list(COMMANDS))
def test_json_is_one_list_of_the_jsonl_records(tmp_path: Path, command: str) -> None:
    argv = COMMANDS[command](_sources(tmp_path))
    code_l, lines = output([*argv, "--format", "jsonl"])
    code_j, document = output([*argv, "--format", "json"])
    assert code_l == code_j
    assert json.loads(document) == records(lines) != []
    assert all(r["schema_version"] == SCHEMA_VERSION and r["type"] for r in json.loads(document))


def test_json_of_nothing_is_an_empty_list(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("No quotes here at all.", encoding="utf-8")
    assert output(["extract", str(f), "--format", "json"]) == (0, "[]\n")


def flat_cells(rows: list[list[object]]) -> list[list[str]]:
    """flat_rows' values as the csv module writes them (missing: empty)."""
    return [["" if v is None else str(v) for v in row] for row in rows]


def command_objects(command: str, src: Path) -> list[Any]:
    """What each command makes, made here with the library, for its csv."""
    from quoteverify import Corpus, iter_parse, parse
    from quoteverify.surfaces.demo import demo_documents

    if command == "demo":
        return [parse(d.text, d.doc_id, metadata=d.metadata) for d in demo_documents()]
    docs = list(iter_documents([src]))
    if command == "extract":
        return list(iter_parse(docs))
    corpus = Corpus()
    for d in docs:
        corpus.add(d.text, d.doc_id, **d.metadata)
    if command == "verify":
        return [corpus.verify("Next time in Moscow")]
    if command == "check":
        return corpus.check(parse((src / "wire.txt").read_text(encoding="utf-8"), "wire"))
    return corpus.variant_groups()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_csv_is_the_to_pandas_table_of_the_command(tmp_path: Path, command: str) -> None:
    from quoteverify.surfaces.records import flat_rows, to_pandas

    src = _sources(tmp_path)
    code, text = output([*COMMANDS[command](src), "--format", "csv"])
    assert code == 0
    header, *rows = list(csv.reader(io.StringIO(text)))
    objects = command_objects(command, src)
    columns, flat = flat_rows(objects, table=CSV_TABLE[command])
    assert [header, *rows] == [columns, *flat_cells(flat)] and rows
    pytest.importorskip("pandas")
    frame = to_pandas(objects, table=CSV_TABLE[command])
    assert list(frame.columns) == header
    cells = frame.astype(object).where(frame.notna(), None)
    assert flat_cells(cells.values.tolist()) == rows


def test_extract_csv_has_the_metadata_columns_and_needs_no_pandas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "news.jsonl"
    rows = [
        {"id": "a1", "text": "“We sail at dawn,” Captain Ilse Moen said.", "outlet": "Tide"},
        {"id": "a2", "text": 'No quote, but a "word" here.', "date": "2025-08-15"},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pandas", None)  # csv never needs pandas
    code, text = output(["extract", str(f), "--format", "csv"])
    assert code == 0
    table = list(csv.DictReader(io.StringIO(text)))
    assert [(r["doc_id"], r["text"], r["outlet"], r["date"]) for r in table] == [
        ("a1", "We sail at dawn,", "Tide", ""),
        ("a2", "word", "", "2025-08-15"),
    ]
    assert table[0]["speaker_name"] == "Ilse Moen" and table[1]["speaker_name"] == ""
    assert list(table[0])[-2:] == ["outlet", "date"]


def test_evaluate_jsonl_and_csv_hold_the_json_report(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    row = {"text": 'He said "yes" twice "no".', "quotes": [{"start": 8, "end": 13}]}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    _, document = output(["evaluate", str(gold), "--format", "json"])
    _, line = output(["evaluate", str(gold), "--format", "jsonl"])
    assert line.count("\n") == 1 and json.loads(line) == json.loads(document)
    _, text = output(["evaluate", str(gold), "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(text)))
    report = json.loads(document)
    assert len(table) == sum(len(v) for v in report.values() if isinstance(v, dict))
    got = {(r["section"], r["measure"]): r["value"] for r in table}
    assert got[("spans", "exact_recall")] == "1.0" and got[("spans", "exact_precision")] == "0.5"
    assert {r["file"] for r in table} == {str(gold)}


def test_text_is_a_deprecated_alias_of_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _sources(tmp_path)
    for argv in (["variants", str(folder)], ["verify", "--quote", "Next time", str(folder)]):
        assert output([*argv, "--format", "text"]) == output([*argv, "--format", "table"])
        assert output([*argv, "--format", "table"]) == output(argv)  # still the default
    err = capsys.readouterr().err
    assert err.count("quoteverify: warning: --format text is deprecated; use --format table") == 2


def test_the_defaults_are_unchanged(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    assert output(["extract", str(folder)]) == output(["extract", str(folder), "--format", "jsonl"])
    assert output(["demo"]) == output(["demo", "--format", "table"])
    check = ["check", str(folder / "wire.txt"), "--against", str(folder)]
    assert output(check) == output([*check, "--format", "table"])
    assert "Verdict: EXACT" in output(check)[1]


def test_tables_never_cut_doc_ids(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    long_id = "wire-2025-08-15-alaska-summit-late-edition"
    (folder / "wire.txt").rename(folder / f"{long_id}.txt")
    _, table = output(["extract", "--format", "table", str(folder)])
    assert long_id in table
    widths = {line.index(" 1-") for line in table.splitlines()[2:] if " 1-" in line}
    assert len(widths) == 1  # the offsets column stays aligned
    _, groups = output(["variants", str(folder)])
    assert long_id in groups
    _, verdict = output(["verify", "--quote", "Next time in Moscow", str(folder)])
    assert long_id in verdict
    _, demo = output(["demo"])
    assert "04_leman_morgenblatt " in demo  # 20 characters, cut to 18 before


# ------------------------------------------------------------------ exit codes and bad values


def test_check_exits_1_when_a_quote_is_unsupported_and_0_when_all_are(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("“Next time in Moscow,” Putin told Trump.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "“Next time in Moscow,” Putin told Trump. “We will annex the moon,” he added.",
        encoding="utf-8",
    )
    for fmt in ("table", "jsonl", "json", "csv"):
        assert output(["check", str(good), "--against", str(folder), "--format", fmt])[0] == 0
        assert output(["check", str(bad), "--against", str(folder), "--format", fmt])[0] == 1
    assert run("check", str(tmp_path / "absent.txt"), "--against", str(folder)).returncode == 2


def test_check_leaves_out_only_the_article_itself_not_another_of_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # today/story.txt checked against archive/ holding another story.txt: the
    # archive's article was left out as if it were the one checked, and every
    # quote came back not_found (exit 1).
    for folder, verb in (("today", "said"), ("archive", "told the council")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(
            f'Ines Vale {verb}: "The ferry will run all winter."', encoding="utf-8"
        )
    today, archive = tmp_path / "today" / "story.txt", tmp_path / "archive"
    code, text = output(["check", str(today), "--against", str(archive), "--format", "jsonl"])
    assert code == 0 and json.loads(text)["verdict"] == "exact"
    # The article itself, in the folder checked against, is still no source of its own.
    code, text = output(["check", str(today), "--against", str(today.parent), "--format", "jsonl"])
    assert code == 1 and json.loads(text)["verdict"] == "not_found"
    # Two sources of one name: an input error naming both files, not the corpus's message.
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "story.txt").write_text("No quote.", encoding="utf-8")
    assert main(["variants", str(archive), str(tmp_path / "more")]) == 2
    err = capsys.readouterr().err
    assert "more/story.txt: doc_id 'story' is taken" in err and "archive/story.txt" in err


def test_check_says_when_no_source_is_left_to_check_against(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An article checked against a folder holding only itself came back
    # not_found with no word that nothing was left to check it against.
    alone, empty = tmp_path / "alone", tmp_path / "empty"
    alone.mkdir()
    empty.mkdir()
    story = alone / "quay.txt"
    story.write_text('"The quay reopens in March," Rosa Bell said.', encoding="utf-8")
    for fmt in ("table", "jsonl"):
        assert output(["check", str(story), "--against", str(alone), "--format", fmt])[0] == 1
        err = capsys.readouterr().err
        assert "quay is the only article in --against" in err and "no source is left" in err
    assert output(["check", str(story), "--against", str(empty)])[0] == 1
    assert "--against holds no articles" in capsys.readouterr().err
    # With another article beside it, nothing is said.
    (alone / "other.txt").write_text("The council met on Monday.", encoding="utf-8")
    assert output(["check", str(story), "--against", str(alone)])[0] == 1
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("name", "data", "advice"),
    [
        ("feed.json", '[{"id": "a", "text": "Ann said \\"go.\\""}]', "jq -c"),
        ("feed.csv", 'id,text\na,"Ann said ""go."""\n', "iter_parse(df)"),
        ("feed.tsv", "id\ttext\na\tAnn said go.\n", "iter_parse(df)"),
    ],
)
def test_a_json_or_csv_file_named_on_its_own_is_refused_not_parsed_as_news(
    tmp_path: Path, name: str, data: str, advice: str
) -> None:
    # Read as text, a JSON list gave a "quote" per field name ("id", "text")
    # and exit 0; a CSV, its quoted cells.
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    with pytest.raises(InputFormatError, match="is not read as articles") as info:
        list(iter_documents([path]))
    assert advice in str(info.value) and name in str(info.value)
    (tmp_path / "story.html").write_text('<p>Ann said "go."</p>', encoding="utf-8")
    assert [d.doc_id for d in iter_documents([tmp_path / "story.html"])] == ["story"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["verify", "--quote", "", "SRC"], "argument --quote: the claim '' has no words"),
        (["verify", "--quote", "   ", "SRC"], "argument --quote"),
        (["verify", "--quote", "…", "SRC"], "argument --quote"),
        (["verify", "--quote", "“ ... ”", "SRC"], "argument --quote"),
        (["verify", "--quote", "x", "--speaker", "", "SRC"], "argument --speaker: an empty name"),
        (["verify", "--quote", "x", "--speaker", " ", "SRC"], "argument --speaker"),
        (["variants", "--min-size", "0", "SRC"], "argument --min-size: expected a whole number"),
        (["variants", "--min-size", "-3", "SRC"], "argument --min-size"),
        (["variants", "--min-size", "two", "SRC"], "argument --min-size"),
        (["evaluate", "GOLD", "--filter", ""], "argument --filter: takes KEY=VALUE"),
        (["evaluate", "GOLD", "--filter", "=Explicit"], "argument --filter"),
        (["evaluate", "GOLD", "--filter", "quote_type"], "argument --filter"),
        (["evaluate", ""], "argument FILE: an empty path"),
        (["extract", ""], "argument PATH: an empty path"),
        (["variants", "SRC", ""], "argument PATH: an empty path"),
        (["check", "", "--against", "SRC"], "argument ARTICLE: an empty path"),
        (["check", "SRC/wire.txt", "--against", ""], "argument --against: an empty path"),
        (["extract", "--format", "xml"], "argument --format: expected one of jsonl, json"),
        (["extract", "--workers", "0"], "argument --workers"),
        (["extract", "--workers", "1000000"], "argument --workers: expected a whole number from"),
        (["extract", "-", "-"], "argument PATH: standard input (-) is given twice"),
        (["check", "-", "--against", "-"], "argument ARTICLE: standard input (-) is given twice"),
        (["extract", "--max-record-bytes", "0"], "argument --max-record-bytes"),
        (["demo", "--format", ""], "argument --format"),
    ],
)
def test_bad_values_are_usage_errors_on_one_line(
    tmp_path: Path, argv: list[str], message: str
) -> None:
    src = _sources(tmp_path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": 'He said "yes".', "quotes": []}) + "\n", encoding="utf-8")
    given = [a.replace("SRC", str(src)).replace("GOLD", str(gold)) for a in argv]
    err = assert_one_error(run(*given), "argument ")
    assert message in err


def test_variants_takes_a_min_size_of_one(tmp_path: Path) -> None:
    code, text = output(
        ["variants", str(_sources(tmp_path)), "--min-size", "1", "--format", "json"]
    )
    assert code == 0 and len(json.loads(text)) == 1


def test_an_empty_path_is_refused_by_the_reader_too() -> None:
    with pytest.raises(OptionError, match="empty path") as info:
        list(iter_documents([""]))
    assert isinstance(info.value, ValueError)


# ------------------------------------------------------------------ --clean

SCRAPED = "<p>&ldquo;Next time in <b>Moscow</b>,&rdquo; Putin said.</p>"
MOJIBAKE = "Later Putin said: â€œNext time in Moscow.â€\x9d"


def _scraped(tmp_path: Path) -> Path:
    folder = tmp_path / "scraped"
    folder.mkdir()
    rows = [{"id": "html", "text": SCRAPED, "clean": "no"}, {"id": "moji", "text": MOJIBAKE}]
    (folder / "pages.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    return folder


def test_extract_clean_finds_the_quotes_of_scraped_text(tmp_path: Path) -> None:
    folder = _scraped(tmp_path)
    _, plain = output(["extract", str(folder)])
    assert [r["type"] for r in records(plain) if r["doc_id"] == "html"] == ["diagnostic"]
    assert "looks_like_html" in plain and "looks_like_mojibake" in plain
    code, cleaned = output(["extract", "--clean", str(folder)])
    got = [(r["doc_id"], r["text"], r["speaker"]) for r in records(cleaned)]
    assert code == 0 and got == [
        ("html", "Next time in Moscow,", "Putin"),
        ("moji", "Next time in Moscow.", "Putin"),
    ]
    # a JSONL field named "clean" stays metadata: it neither clashes nor switches cleaning on
    assert records(cleaned)[0]["metadata"] == {"clean": "no"}


def test_verify_check_and_variants_clean_their_sources(tmp_path: Path) -> None:
    folder = _scraped(tmp_path)
    claim = ["verify", "--quote", "Next time in Moscow", "--speaker", "Putin", str(folder)]
    assert output(claim)[0] == 1  # nothing found in the raw HTML
    code, text = output([*claim, "--clean", "--format", "jsonl"])
    (rec,) = records(text)
    assert code == 0 and rec["verdict"] == "exact" and len(rec["evidence"]) == 2
    _, groups = output(["variants", "--clean", "--format", "jsonl", str(folder)])
    assert [len(g["members"]) for g in records(groups)] == [2]
    assert output(["variants", "--format", "jsonl", str(folder)]) == (0, "")
    article = tmp_path / "page.html.txt"
    article.write_text("<p>&ldquo;Next time in Moscow,&rdquo; Trump said.</p>", encoding="utf-8")
    check = ["check", str(article), "--against", str(folder), "--format", "jsonl"]
    assert output(check) == (0, "")  # no quotes seen in the raw page: nothing to check
    code, text = output([*check, "--clean"])
    assert code == 1 and [r["verdict"] for r in records(text)] == ["misattributed"]
    _, note = output(check[:-2])
    assert "no speech quotes to check" in note and "--clean" in note


def test_corpus_add_cleans_and_keeps_metadata() -> None:
    from quoteverify import Corpus

    corpus = Corpus()
    article = corpus.add(SCRAPED, "p", clean=True, outlet="Tide")
    assert [q.text for q in article.quotes] == ["Next time in Moscow,"]
    assert article.metadata == {"outlet": "Tide"} and article.cleaning is not None
    assert corpus.find("Next time in Moscow")
    raw = corpus.add(SCRAPED, "q")
    assert raw.quotes == () and raw.cleaning is None
    only = corpus.add(SCRAPED, "r", clean=["entities"])
    assert only.cleaning is not None and only.cleaning.steps == ("entities",)
    with pytest.raises(ValueError, match="unknown cleaning step"):
        corpus.add(SCRAPED, "s", clean=["html"])
    assert len(corpus) == 3


# ------------------------------------------------------------------ properties


@given(st.lists(planted_articles(max_paragraphs=3), min_size=1, max_size=3), st.data())
@settings(max_examples=25, deadline=None)
def test_every_format_holds_the_same_quotes(
    articles: list[PlantedArticle], data: st.DataObject
) -> None:
    outlets = data.draw(st.lists(st.sampled_from(["Tide", "Wire", None]), min_size=3, max_size=3))
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "in.jsonl"
        rows = []
        for n, (a, outlet) in enumerate(zip(articles, outlets, strict=False)):
            rows.append({"id": f"d{n}", "text": a.text, **({"outlet": outlet} if outlet else {})})
        f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        _, lines = output(["extract", str(f), "--no-diagnostics"])
        _, document = output(["extract", str(f), "--no-diagnostics", "--format", "json"])
        _, text = output(["extract", str(f), "--format", "csv"])
        _, table = output(["extract", str(f), "--no-diagnostics", "--format", "table"])
    jsonl = records(lines)
    assert json.loads(document) == jsonl
    table_rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["doc_id"], r["start"], r["end"], r["text"]) for r in table_rows] == [
        (r["doc_id"], str(r["start"]), str(r["end"]), r["text"]) for r in jsonl
    ]
    assert [r.get("outlet", "") for r in table_rows] == [
        (r["metadata"] or {}).get("outlet", "") for r in jsonl
    ]
    assert len(table.splitlines()) == 2 + len(jsonl)  # a header, a rule, a line per quote


class _StopsAfter(io.StringIO):
    """An output whose second write is cut by Ctrl-C, as a user stopping a long run."""

    def write(self, text: str) -> int:
        if self.getvalue():
            raise KeyboardInterrupt
        return super().write(text)


def test_ctrl_c_stops_with_one_line_and_status_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("“We sail at dawn,” Ida Berg said. “Not before,” she said.", encoding="utf-8")
    out = _StopsAfter()
    assert main(["extract", str(story)], out=out) == 130
    first = out.getvalue()
    assert json.loads(first)["text"] == "We sail at dawn,"  # what was written is kept
    err = capsys.readouterr().err
    assert err == "quoteverify: interrupted\n"


def _ignores_sigint(pid: int) -> bool:
    """True when process ``pid`` ignores SIGINT, read from Linux's ``/proc``."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    line = next((x for x in status.splitlines() if x.startswith("SigIgn:")), "SigIgn: 0")
    return bool(int(line.split()[1], 16) & (1 << 1))  # signal 2's bit


@pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="finds the workers through Linux's /proc"
)
def test_ctrl_c_with_workers_prints_one_line_and_no_worker_traceback(tmp_path: Path) -> None:
    # A terminal's Ctrl-C reaches the command and each of its workers, busy or idle:
    # the workers leave it to the command, which stops them and says one line.
    import signal
    import time

    batch = tmp_path / "batch.jsonl"
    story = "“The dam holds,” engineer Rui Costa said. " * 100_000  # seconds of work
    # Eight long records, so that a test process starved by a loaded machine still
    # finds the command at work when its Ctrl-C arrives (one record alone could be
    # done by then, and the command would exit 0).
    line = json.dumps({"id": "long", "text": story}) + "\n"
    batch.write_text(line * 8, encoding="utf-8")
    with subprocess.Popen(
        # A job that a non-interactive shell starts in the background inherits SIGINT
        # ignored, and so would the command: give it a terminal's Ctrl-C back first.
        [sys.executable, "-c", _WITH_CTRL_C, "extract", str(batch), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as proc:
        assert proc.stderr is not None
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        deadline = time.monotonic() + 60
        while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # until both workers are up: one parses, one waits
        # A forked worker ignores Ctrl-C once its initializer has run; under load that
        # can take longer than any fixed pause, so wait until the kernel says each
        # worker ignores SIGINT (bit 2 of SigIgn). A worker that never ignores it
        # keeps the wait to the deadline, and its traceback then fails the test.
        while time.monotonic() < deadline and not all(
            _ignores_sigint(int(child)) for child in children.read_text().split()
        ):
            time.sleep(0.05)
        time.sleep(0.5)
        os.killpg(proc.pid, signal.SIGINT)
        _, raw = proc.communicate(timeout=120)  # a lost Ctrl-C fails, never hangs
        status = proc.returncode
    assert status == 130
    assert raw.decode("utf-8") == "quoteverify: interrupted\n"


# ``python -m quoteverify`` with Ctrl-C raising KeyboardInterrupt, as in a terminal.
_WITH_CTRL_C = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('quoteverify', run_name='__main__', alter_sys=True)"
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["memo.txt", "memos.jsonl", "-"])
def test_a_utf16_file_is_named_as_utf16_with_the_way_to_convert_it(
    tmp_path: Path, name: str, encoding: str
) -> None:
    # Notepad's "Unicode" is UTF-16 with a byte order mark: say so, not "byte 0xff".
    text = (
        '{"id": "m", "text": "“Fine,” Ola said."}'
        if name.endswith("jsonl")
        else "“Fine,” Ola said."
    )
    data = (
        "\ufeff".encode(encoding) + text.encode(encoding)
        if encoding != "utf-16"
        else text.encode(encoding)
    )
    if name == "-":
        with pytest.raises(InputFormatError, match="is UTF-16") as info:
            list(iter_documents(["-"], stdin=io.BytesIO(data)))
    else:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputFormatError, match="is UTF-16") as info:
            list(iter_documents([path]))
    assert "iconv -f UTF-16 -t UTF-8" in str(info.value)
    assert str(info.value).startswith(f"{'<stdin>' if name == '-' else tmp_path / name}:1: ")


def test_verify_against_no_articles_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An empty folder (or one of the wrong files) gives not_found, as check does,
    # and a line on standard error saying why, not a silent verdict.
    (tmp_path / "today").mkdir()
    argv = ["verify", "--quote", "the tide is late", str(tmp_path / "today")]
    assert main(argv, out=io.StringIO()) == 1
    assert capsys.readouterr().err == (
        "quoteverify: the PATHs hold no articles: the claim is not_found\n"
    )
    (tmp_path / "today" / "a.txt").write_text("“The tide is late,” Bo said.", encoding="utf-8")
    assert main(argv, out=io.StringIO()) == 0
    assert capsys.readouterr().err == ""


def test_a_folder_of_only_other_files_is_an_error_not_nothing(tmp_path: Path) -> None:
    # Pages saved as .html in a folder are not read: say so, and how to read one,
    # instead of an empty result a pipeline would take for a quiet day.
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "front.html").write_text("<p>“Doors open at six,” Lena Holm said.</p>")
    (pages / ".hidden").write_text("not counted")
    with pytest.raises(InputFormatError, match=r"holds no \.txt, .* or \.ndjson file") as info:
        list(iter_documents([pages]))
    assert str(info.value).startswith(f"{pages}: ") and "front.html" in str(info.value)
    assert "--clean" in str(info.value)
    # an empty folder, or one with only hidden files, is no input to lose: nothing to read
    (pages / "front.html").unlink()
    assert list(iter_documents([pages])) == []
    # one file of a kind that is read is enough: the others are left as documented
    (pages / "front.html").write_text("<p>page</p>")
    (pages / "note.txt").write_text("“Doors open at six,” Lena Holm said.")
    assert [d.doc_id for d in iter_documents([pages])] == ["note"]
    proc = run("extract", str(tmp_path / "pages"), "--format", "table")
    assert proc.returncode == 0


def test_check_of_a_folder_with_no_article_says_there_was_nothing_to_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("“The tide is late,” Bo said.", encoding="utf-8")
    empty = tmp_path / "incoming"
    empty.mkdir()
    assert main(["check", str(empty), "--against", str(sources)], out=io.StringIO()) == 0
    assert capsys.readouterr().err == f"quoteverify: {empty}: holds no article: nothing to check\n"
