"""The command line: inputs, outputs and exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify.cli import build_parser, main
from quoteverify.errors import InputFormatError, OptionError
from quoteverify.sources import MAX_RECORD_BYTES, Document, iter_documents, read_jsonl
from quoteverify.store import StoreError


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
    assert rec["type"] == "quote" and rec["schema_version"] == 1
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
    assert recs[1]["code"] == "unclosed" and recs[1]["schema_version"] == 1
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
