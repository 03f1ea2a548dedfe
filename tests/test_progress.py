"""progress=: a user's function, a tqdm bar, no report; and the command line's bar."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from quoteverify import iter_parse, progress
from quoteverify.errors import MissingExtraError, OptionError, QuoteVerifyError
from quoteverify.progress import track
from quoteverify.surfaces.cli import main

TEXTS = [f"“Point {i} stands,” Official {i} said. A sign read “Gate {i}”." for i in range(12)]


class Recorder:
    """A progress function that keeps every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int | None]] = []

    def __call__(self, done: int, total: int | None) -> None:
        self.calls.append((done, total))

    @property
    def counts(self) -> list[int]:
        return [done for done, _ in self.calls]


def test_function_gets_growing_counts_ending_at_the_total(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress, "_INTERVAL", 0.0)  # report every step
    seen = Recorder()
    with track(seen, total=5, desc="t") as step:
        for _ in range(5):
            step()
    assert seen.calls == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_function_calls_are_throttled_and_the_last_one_is_final() -> None:
    seen = Recorder()
    with track(seen, total=200_000, desc="t") as step:
        for _ in range(100_000):
            step(2)
    assert seen.calls[0] == (0, 200_000) and seen.calls[-1] == (200_000, 200_000)
    assert len(seen.calls) < 1000  # every 0.1 s at most, not once per step
    assert seen.counts == sorted(set(seen.counts))  # strictly growing


def test_unknown_total_and_no_work() -> None:
    seen = Recorder()
    with track(seen, total=None, desc="t"):
        pass
    assert seen.calls == [(0, None)]  # the start; nothing more was done


def test_function_is_told_how_far_the_work_got_on_an_error() -> None:
    seen = Recorder()

    def work() -> None:
        with track(seen, total=10, desc="t") as step:
            step(3)
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        work()
    assert seen.calls[-1] == (3, 10)


def test_a_failing_function_is_not_called_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "_INTERVAL", 0.0)
    calls: list[int] = []

    def fn(done: int, total: int | None) -> None:
        calls.append(done)
        if done:
            raise KeyError(done)

    def work() -> None:
        with track(fn, total=None, desc="t") as step:
            step()
            step()

    with pytest.raises(KeyError):
        work()
    assert calls == [0, 1]


@pytest.mark.parametrize("value", [None, False])
def test_none_and_false_report_nothing(value: object, capsys: pytest.CaptureFixture[str]) -> None:
    with track(value, total=3, desc="t") as step:  # type: ignore[arg-type]
        step()
        step(2)
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("value", ["yes", "bar", 1, 0, 2.5, object(), Recorder])
def test_bad_values_raise_option_error(value: object) -> None:
    with pytest.raises(OptionError, match=r"None, False, True, 'tqdm' or a function") as info:
        track(value, total=None, desc="t")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [True, "tqdm"])
def test_tqdm_missing_names_the_extra(value: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'quoteverify\[progress\]'") as info:
        track(value, total=None, desc="t")  # type: ignore[arg-type]
    assert isinstance(info.value, ImportError) and isinstance(info.value, QuoteVerifyError)
    assert info.value.name == "tqdm"


@pytest.mark.parametrize("value", [True, "tqdm"])
def test_tqdm_bar_on_stderr(value: object, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    with track(value, total=4, desc="counting") as step:  # type: ignore[arg-type]
        for _ in range(4):
            step()
    out, err = capsys.readouterr()
    assert out == ""
    assert "counting" in err and "4/4" in err


def test_iter_parse_with_progress_gives_the_same_articles() -> None:
    plain = list(iter_parse(TEXTS))
    seen = Recorder()
    assert list(iter_parse(TEXTS, progress=seen)) == plain
    assert seen.calls[0] == (0, 12) and seen.calls[-1] == (12, 12)
    assert seen.counts == sorted(set(seen.counts))

    streamed = Recorder()  # a generator has no length: the total is unknown
    assert list(iter_parse((t for t in TEXTS), progress=streamed, chunksize=5)) == plain
    assert streamed.calls[0] == (0, None) and streamed.calls[-1] == (12, None)

    parallel = Recorder()
    assert list(iter_parse(TEXTS, workers=2, chunksize=4, progress=parallel)) == plain
    assert parallel.calls[-1] == (12, 12)


def test_iter_parse_progress_counts_what_was_taken_and_checks_the_value() -> None:
    seen = Recorder()
    articles = iter_parse(TEXTS, progress=seen)
    assert [a.doc_id for a in (next(articles), next(articles))] == ["doc-1", "doc-2"]
    articles.close()
    assert seen.calls[-1] == (2, 12)
    with pytest.raises(OptionError):
        list(iter_parse(TEXTS, progress="yes"))  # type: ignore[arg-type]


def test_iter_parse_with_tqdm(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    assert list(iter_parse(TEXTS, progress=True)) == list(iter_parse(TEXTS))
    out, err = capsys.readouterr()
    assert out == "" and "parse" in err and "12/12" in err
    assert " articles/s" in err  # the bar counts articles, not "it"


@pytest.fixture
def texts(tmp_path: Path) -> list[str]:
    paths = []
    for n, text in enumerate(TEXTS[:4]):
        path = tmp_path / f"story{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_cli_draws_no_bar_off_a_terminal(
    texts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    quiet, default = io.StringIO(), io.StringIO()
    assert main(["extract", "--no-progress", *texts], out=quiet) == 0
    assert main(["extract", *texts], out=default) == 0  # stderr is not a terminal here
    assert default.getvalue() == quiet.getvalue() != ""
    assert capsys.readouterr().err == ""


def test_cli_progress_goes_to_stderr_only(
    texts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    quiet, shown = io.StringIO(), io.StringIO()
    assert main(["extract", "--no-progress", *texts], out=quiet) == 0
    assert main(["extract", "--progress", *texts], out=shown) == 0
    assert shown.getvalue() == quiet.getvalue()
    out, err = capsys.readouterr()
    assert out == "" and "parse" in err and "4 articles" in err
    assert main(["variants", "--progress", *texts], out=io.StringIO()) == 0
    assert "load" in capsys.readouterr().err


def test_cli_progress_without_tqdm_says_what_to_install(
    texts: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    out = io.StringIO()
    assert main(["extract", "--progress", *texts], out=out) == 2
    assert "pip install 'quoteverify[progress]'" in capsys.readouterr().err
    assert out.getvalue() == ""
    assert main(["extract", *texts], out=out) == 0  # by default: no bar, no error
