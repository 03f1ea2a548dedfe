"""The ``quoteverify`` command line: extract, demo, verify, check, variants, evaluate.

Every command takes ``--format jsonl|json|table|csv`` with one meaning:
``jsonl`` one record per line (:mod:`quoteverify.surfaces.records`), ``json`` one JSON
list of the same records (``evaluate``: its report object), ``table`` aligned
text for reading (``text`` is a deprecated alias), ``csv`` the rows of
:func:`quoteverify.surfaces.records.to_pandas` for what the command makes, written
without pandas.

Exit status: 0 on success (``verify`` and ``check``: 1 when a quote is not
supported), 2 on a usage or input error. An error is one line on standard
error, ``quoteverify: FILE:LINE: message``, never a traceback; what is written
(records, ids, file names in messages) is always valid UTF-8. A reader that goes
away (``| head``) ends the command quietly.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any, NoReturn, cast

from .._version import __version__
from ..article import iter_parse, parse
from ..config import Config
from ..corpus import Corpus
from ..errors import (
    InputFormatError,
    OptionError,
    QuoteVerifyError,
    TextValueError,
    check_unicode,
    escape_surrogates,
)
from ..matching.verify import parse_claim
from ..model import Article, Document, VariantGroup, Verification
from ..progress import track
from ..speakers.ranker import fit, training_examples
from .demo import demo_documents
from .evaluate import (
    WRONG_KINDS,
    Evaluation,
    evaluate,
    evaluate_pairs,
    read_gold,
    read_jsonl,
    read_pairs,
)
from .records import article_records, flat_rows, group_record, verification_record
from .sources import JSONL_SUFFIXES, MAX_RECORD_BYTES, TEXT_SUFFIXES, iter_documents

__all__ = ["DEPRECATED_FORMATS", "FORMATS", "main"]


#: The output formats every command takes (see the module docstring).
FORMATS = ("jsonl", "json", "table", "csv")
#: Old names still accepted, each with a warning: ``text`` is ``table``.
DEPRECATED_FORMATS = {"text": "table"}


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _shown_id(doc_id: str | None) -> str:
    """A doc id for a table: whole, never cut; a line break or tab in it is escaped."""
    if not doc_id:
        return "-"
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", doc_id)


def write_table(articles: Iterable[Article], out: IO[str], *, diagnostics: bool = True) -> None:
    """Print articles' quotes as an aligned, human-readable table.

    The ``doc`` column is as wide as the longest doc id (at least 18), so ids
    are never cut; the articles are read before the first row is written.
    """
    articles = list(articles)
    width = max([18, *(len(_shown_id(a.doc_id)) for a in articles)])
    header = f"{'doc':<{width}} {'offsets':>13}  {'kind':<10} {'speaker':<20} text"
    out.write(header + "\n" + "-" * len(header) + "\n")
    for article in articles:
        doc = _shown_id(article.doc_id)
        for q in article.quotes:
            speaker = _shorten(q.speaker.name, 20) if q.speaker else "-"
            offsets = f"{q.start}-{q.end}"
            indent = "  " * q.depth
            flag = "" if q.closed else " (unclosed)"
            out.write(
                f"{doc:<{width}} {offsets:>13}  {q.kind.value:<10} {speaker:<20} "
                f"{indent}{_shorten(q.text, 70)}{flag}\n"
            )
        if diagnostics:
            for d in article.diagnostics:
                out.write(
                    f"{doc:<{width}} {d.start:>13}  {'!' + d.code.value:<10} {'':<20} {d.message}\n"
                )


class _RecordWriter:
    """Records as JSON Lines (``jsonl``) or as one JSON list (``json``), written as they come."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self._out = out
        self._list = fmt == "json"
        self._count = 0

    def write(self, record: Mapping[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False)
        if self._list:  # one record a line inside the list: still one JSON document
            self._out.write(("[\n" if self._count == 0 else ",\n") + line)
        else:
            self._out.write(line + "\n")
        self._count += 1

    def close(self) -> None:
        if self._list:
            self._out.write("\n]\n" if self._count else "[]\n")


def _csv_cell(value: object) -> object:
    """A value as a CSV cell: missing is empty, a list or dict (metadata) is JSON."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(objects: Iterable[Any], out: IO[str], *, table: str) -> None:
    """The rows of ``to_pandas(objects, table=table)`` as CSV, without pandas.

    The header is the table's columns (:func:`quoteverify.surfaces.records.flat_rows`);
    a missing value is an empty cell.
    """
    columns, rows = flat_rows(objects, table=table)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])


def _tqdm_installed() -> bool:
    try:
        return importlib.util.find_spec("tqdm") is not None
    except (ImportError, ValueError):  # a broken or blocked install: no bar
        return False


def _show_progress(args: argparse.Namespace, out: IO[str] | None = None) -> bool:
    """Whether to draw a progress bar on standard error.

    ``--progress`` and ``--no-progress`` decide; by default a bar is drawn when
    standard error is a terminal and tqdm is installed, and ``out`` (the
    records, as they stream) is not written to a terminal too.
    """
    choice: bool | None = getattr(args, "progress", None)
    if choice is not None:
        return choice  # --progress without tqdm: MissingExtraError, which names the extra

    def tty(stream: IO[str] | None) -> bool:
        try:
            return stream is not None and stream.isatty()
        except ValueError:  # closed
            return False

    return tty(sys.stderr) and not tty(out) and _tqdm_installed()


def _parse_all(
    docs: Iterable[Document],
    config: Config,
    workers: int = 1,
    *,
    progress: bool = False,
    clean: bool = False,
) -> Iterable[Article]:
    return iter_parse(docs, workers=workers, config=config, progress=progress, clean=clean)


def _emit(articles: Iterable[Article], fmt: str, out: IO[str], *, diagnostics: bool) -> None:
    if fmt == "table":
        write_table(articles, out, diagnostics=diagnostics)
        return
    if fmt == "csv":  # one row per quote: the diagnostics have a table of their own
        write_csv(articles, out, table="quotes")
        return
    writer = _RecordWriter(out, fmt)
    for article in articles:
        for record in article_records(article, diagnostics=diagnostics):
            writer.write(record)
    writer.close()


def _cmd_extract(args: argparse.Namespace, out: IO[str]) -> int:
    paths = args.paths or ["-"]
    if paths == ["-"] and sys.stdin is not None and sys.stdin.isatty():
        raise QuoteVerifyError("no input: give files or folders, or pipe text to standard input")
    config = Config(paragraphs=args.paragraphs)
    docs = iter_documents(paths, max_record_bytes=args.max_record_bytes)
    articles = _parse_all(
        docs, config, args.workers, progress=_show_progress(args, out), clean=args.clean
    )
    _emit(articles, args.format, out, diagnostics=not args.no_diagnostics)
    return 0


def _load_corpus(
    paths: Sequence[str],
    config: Config,
    *,
    limit: int,
    progress: bool = False,
    clean: bool = False,
) -> Corpus:
    corpus = Corpus(config=config)
    sources: dict[str, str] = {}  # doc_id -> the file it came from
    with track(progress, total=None, desc="load", unit="articles") as step:
        for doc in iter_documents(paths, max_record_bytes=limit):
            if doc.doc_id in sources:  # two files of one name in two folders, or a JSONL id twice
                raise InputFormatError(
                    f"doc_id {doc.doc_id!r} is taken by an earlier article (from "
                    f"{escape_surrogates(sources[doc.doc_id])}); every article needs its own "
                    'id: rename one of the files, or give each JSONL record a distinct "id"',
                    source=doc.source or None,
                )
            sources[doc.doc_id] = doc.source
            # parse() then add_article(): a metadata field may be named "clean" or "doc_id"
            article = parse(doc.text, doc.doc_id, config=config, metadata=doc.metadata, clean=clean)
            corpus.add_article(article)
            step()
    return corpus


def write_verification(v: Verification, out: IO[str]) -> None:
    """A verdict as a few readable lines, with the edits of the best evidence."""
    who = f" (claimed speaker: {v.claimed_speaker.name})" if v.claimed_speaker else ""
    out.write(f"Claim: {_shorten(v.claim, 90)}{who}\n")
    out.write(f"Verdict: {v.verdict.value.upper()}\n{v.explanation}\n")
    for e in v.evidence[:5]:
        sp = e.speaker.name if e.speaker else "no speaker"
        out.write(
            f"  - {_shown_id(e.doc_id)} [{e.quote.start}:{e.quote.end}] {e.relation.value} "
            f"{e.score:.0f} ({sp}): {_shorten(e.quote.text, 70)}\n"
        )
        for edit in e.match.edits:
            flag = " (changes meaning)" if edit.changes_meaning else ""
            out.write(f"      {edit.kind.value}{flag}: {edit.a_text!r} -> {edit.b_text!r}\n")


def write_groups(groups: Sequence[VariantGroup], out: IO[str]) -> None:
    """Variant groups as readable blocks: fullest form, then each member.

    The doc column is as wide as the longest doc id (at least 22): ids are never cut.
    """
    width = max([22, *(len(_shown_id(m.quote.doc_id)) for g in groups for m in g.members)])
    for n, g in enumerate(groups, 1):
        names = ", ".join(s.name for s in g.speakers) or "no speaker"
        flag = "  ! sources disagree on the speaker" if g.speaker_conflict else ""
        out.write(f"[{n}] {_shorten(g.text, 80)}\n    said by: {names}{flag}\n")
        for m in g.members:
            sp = m.quote.speaker.name if m.quote.speaker else "-"
            out.write(
                f"    {_shown_id(m.quote.doc_id):<{width}} {m.relation.value:<9} "
                f"{m.score:>5.0f}  {_shorten(sp, 18):<18} {_shorten(m.quote.text, 50)}\n"
            )


_DEMO_CLAIMS = (
    ("Next time in Moscow", "Vladimir Putin"),
    ("Next time in Moscow", "Donald Trump"),
    ("hello neighbor", "Vladimir Putin"),
    ("fundamental threats to our security", None),
    ("We will build a bridge to Alaska by winter", None),
)


def _cmd_demo(args: argparse.Namespace, out: IO[str]) -> int:
    corpus = Corpus()
    for d in demo_documents():
        corpus.add_article(parse(d.text, d.doc_id, metadata=d.metadata))
    articles = corpus.articles
    if args.format == "csv":  # the demo's quotes; the groups and verdicts are in the records
        write_csv(articles, out, table="quotes")
        return 0
    groups = corpus.variant_groups()
    if args.format in ("jsonl", "json"):
        writer = _RecordWriter(out, args.format)
        for article in articles:
            for record in article_records(article):
                writer.write(record)
        for n, g in enumerate(groups, 1):
            writer.write(group_record(g, n))
        for claim, speaker in _DEMO_CLAIMS:
            writer.write(verification_record(corpus.verify(claim, speaker=speaker)))
        writer.close()
        return 0
    out.write(
        f"quoteverify {__version__} demo: {len(articles)} short articles about the "
        "August 2025 Alaska summit, shipped inside the package.\n\n"
    )
    out.write("1. Every quoted span, its kind and its speaker\n\n")
    write_table(articles, out)
    n_quotes = sum(len(a.quotes) for a in articles)
    n_speech = sum(len(a.speech) for a in articles)
    n_diag = sum(len(a.diagnostics) for a in articles)
    out.write(
        f"\n{n_quotes} quoted spans ({n_speech} speech), {n_diag} marks the parser "
        "could not pair the ordinary way (shown with '!').\n\n"
    )
    out.write("2. The same words across outlets (variant groups)\n\n")
    write_groups(groups, out)
    out.write("\n3. Claims checked against the corpus\n\n")
    for claim, speaker in _DEMO_CLAIMS:
        write_verification(corpus.verify(claim, speaker=speaker), out)
        out.write("\n")
    return 0


def _write_verifications(verifications: Iterable[Verification], fmt: str, out: IO[str]) -> bool:
    """Write verdicts as they come in ``fmt``; True when every one is supported."""
    supported = True

    def seen(items: Iterable[Verification]) -> Iterable[Verification]:
        nonlocal supported
        for v in items:
            supported = supported and v.verdict.supported
            yield v

    if fmt == "csv":
        write_csv(seen(verifications), out, table="evidence")
    elif fmt == "table":
        for v in seen(verifications):
            write_verification(v, out)
            out.write("\n")
    else:
        writer = _RecordWriter(out, fmt)
        for v in seen(verifications):
            writer.write(verification_record(v))
        writer.close()
    return supported


def _cmd_verify(args: argparse.Namespace, out: IO[str]) -> int:
    corpus = _load_corpus(
        args.paths,
        Config(),
        limit=args.max_record_bytes,
        progress=_show_progress(args),
        clean=args.clean,
    )
    if not len(corpus):  # as check says of an empty --against
        _report("the PATHs hold no articles: the claim is not_found")
    v = corpus.verify(args.quote, speaker=args.speaker)
    if args.format == "table":
        write_verification(v, out)
        return 0 if v.verdict.supported else 1
    return 0 if _write_verifications([v], args.format, out) else 1


def _cmd_check(args: argparse.Namespace, out: IO[str]) -> int:
    limit = args.max_record_bytes
    corpus = _load_corpus(
        args.against, Config(), limit=limit, progress=_show_progress(args), clean=args.clean
    )

    def verdicts() -> Iterable[Verification]:
        seen = False
        for doc in iter_documents([args.article], max_record_bytes=limit):
            seen = True
            article = parse(doc.text, doc.doc_id, clean=args.clean)
            if not article.speech and args.format == "table":
                out.write(
                    f"{_shown_id(article.doc_id)}: no speech quotes to check{_hint(article)}\n"
                )
            if doc.doc_id in corpus and corpus.article(doc.doc_id).text != article.text:
                # Another article of the same name (a file of one name in another folder)
                # is a source like any other: only ARTICLE itself is left out.
                yield from (corpus.verify(q, q.speaker) for q in article.speech)
                continue
            if article.speech and not len(corpus):
                _report("--against holds no articles: every quote is not_found")
            elif article.speech and len(corpus) == 1 and doc.doc_id in corpus:
                _report(
                    f"{_shown_id(doc.doc_id)} is the only article in --against, and an article "
                    "is not its own source: no source is left, so every quote is not_found"
                )
            yield from corpus.check(article)
        if not seen:  # an empty folder: say so, rather than a silent success
            _report(f"{args.article}: holds no article: nothing to check")

    return 0 if _write_verifications(verdicts(), args.format, out) else 1


def _hint(article: Article) -> str:
    """What to try when a text that looks scraped gave no quotes."""
    codes = {d.code.value for d in article.diagnostics}
    if codes & {"looks_like_html", "looks_like_mojibake"}:
        return " (it looks like scraped HTML or mojibake: try --clean)"
    return ""


def _cmd_variants(args: argparse.Namespace, out: IO[str]) -> int:
    show = _show_progress(args)
    corpus = _load_corpus(
        args.paths, Config(), limit=args.max_record_bytes, progress=show, clean=args.clean
    )
    groups = corpus.variant_groups(min_size=args.min_size, progress=show)
    if args.format == "table":
        write_groups(groups, out)
    elif args.format == "csv":
        write_csv(groups, out, table="members")
    else:
        writer = _RecordWriter(out, args.format)
        for n, g in enumerate(groups, 1):
            writer.write(group_record(g, n))
        writer.close()
    return 0


def _write_report(payload: Mapping[str, Any], fmt: str, out: IO[str]) -> None:
    """``evaluate``'s report object: indented (json), on one line (jsonl), or as CSV rows.

    The CSV has one row per measure: ``file``, ``filter``, ``section`` (spans,
    speakers, kinds, strict_misses, pairs), ``measure`` and ``value``.
    """
    if fmt == "json":
        out.write(json.dumps(payload, indent=2) + "\n")
    elif fmt == "jsonl":
        out.write(json.dumps(payload) + "\n")
    else:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["file", "filter", "section", "measure", "value"])
        for section, measures in payload.items():
            if isinstance(measures, Mapping):
                for measure, value in measures.items():
                    writer.writerow(
                        [payload["file"], payload.get("filter") or "", section, measure, value]
                    )


def _cmd_evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    first = next(read_jsonl(args.file), {})
    if isinstance(first, dict) and "text_a" in first and "quotes_a" in first:
        pairs = evaluate_pairs(read_pairs(args.file))
        if args.format != "table":
            payload = {"file": args.file, "pairs": pairs.as_dict()}
            _write_report(payload, args.format, out)
        else:
            out.write(
                f"{args.file}: {pairs.pairs} same-meaning pairs whose quotes differ "
                f"({pairs.balanced_pairs} balanced), {pairs.random_pairs} random pairs\n"
            )
            out.write(f"  linked                 {pairs.linked:.4f}\n")
            out.write(f"  linked_balanced        {pairs.linked_balanced:.4f}\n")
            out.write(
                f"  linked_raw             {pairs.linked_raw:.4f}  "
                f"({pairs.raw_pairs} pairs whose quote texts differ at all)\n"
            )
            out.write(f"  random_link_rate       {pairs.random_link_rate:.5f}\n")
        return 0
    gold_filter = None
    if args.filter is not None:
        key, _, value = args.filter.partition("=")

        def gold_filter(q: Mapping[str, Any]) -> bool:
            return bool(str(q.get(key)) == value)

    result = evaluate(read_gold(args.file), gold_filter=gold_filter, misses=args.misses)
    if args.format != "table":
        payload = {"file": args.file, "filter": args.filter, **result.as_dict()}
        _write_report(payload, args.format, out)
        return 0
    _write_evaluation(args.file, result, out)
    return 0


def _cmd_train(args: argparse.Namespace, out: IO[str]) -> int:
    examples = list(training_examples(read_gold(args.file)))
    if not examples:
        raise InputFormatError(
            "no quote to learn from: the gold quotes need speaker_start/speaker_end, "
            "and the parser must find two or more candidate speakers for some",
            source=args.file,
        )
    name = os.path.basename(args.file)
    weights = fit(
        examples,
        epochs=args.epochs,
        seed=args.seed,
        description=f"fitted on {name} ({len(examples)} quotes with a choice), "
        f"{args.epochs} epochs, seed {args.seed}",
    )
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write(weights.to_json())
    out.write(f"{args.out}: {len(weights.values)} weights from {len(examples)} quotes\n")
    return 0


def _write_evaluation(name: str, result: Evaluation, out: IO[str]) -> None:
    """The text report of ``evaluate``: the strict speaker figure first."""
    s, p, k = result.spans, result.speakers, result.kinds
    out.write(
        f"{name}: {s.documents} documents, {s.gold} gold quotes, "
        f"{s.predicted} predicted ({s.predicted_speech} as speech)\n"
    )
    if p.strict_is_named_only:
        out.write(
            f"speakers, strict named-speaker accuracy {p.strict_accuracy:.4f} "
            f"({p.strict_correct} of {p.strict_found}: the found gold quotes whose gold "
            f"source names someone, of {p.mention_found} with a source)\n"
        )
    else:
        out.write(
            f"speakers, strict resolved-name accuracy {p.strict_accuracy:.4f} "
            f"({p.strict_correct} of {p.strict_found} found gold speech quotes with a speaker)\n"
        )
    out.write(
        f"  lenient (mention overlap or shared capitalised word) {p.accuracy:.4f} "
        f"({p.correct} of {p.found})\n"
    )
    for ratio in ("named_accuracy", "pronoun_accuracy", "attributed_precision"):
        out.write(f"    {ratio:<22} {getattr(p, ratio):.4f}\n")
    if p.non_speech_found:
        out.write(
            f"  non-speech gold spans given a speaker {p.non_speech_attributed_share:.4f} "
            f"({p.non_speech_attributed} of {p.non_speech_found})\n"
        )
    if k.found:
        out.write(
            f"kinds right (direct/partial/non_speech) {k.accuracy:.4f} "
            f"({k.correct} of {k.found}; direct {k.direct_correct}/{k.direct_found}, "
            f"partial {k.partial_correct}/{k.partial_found}, "
            f"non_speech {k.non_speech_correct}/{k.non_speech_found})\n"
        )
        out.write(
            "  wrong, by the kind given: "
            + ", ".join(f"{g} as {w} {n}" for (g, w), n in zip(WRONG_KINDS, k.wrong, strict=True))
            + "\n"
        )
    if result.strict_misses:
        out.write("strict misses by guessed cause\n")
        for cause, count in result.strict_misses:
            out.write(f"  {count:>6}  {cause}\n")
    out.write("spans\n")
    for ratio in s.RATIOS:
        if ratio == "not_quote_precision":
            if s.not_quote_documents:
                out.write(
                    f"  {ratio:<22} {s.not_quote_precision:.4f}  ({s.not_quote_hits} of "
                    f"{s.not_quote_checked} predicted quotes open or close at a non-quote mark)\n"
                )
            continue
        out.write(f"  {ratio:<22} {getattr(s, ratio):.4f}\n")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {value!r}")
    return number


def _workers(value: str) -> int:
    """``--workers``: 1 or more, and at most four per CPU (a pool forks them all at once)."""
    number = _positive(value)
    limit = max(8, 4 * (os.cpu_count() or 1))
    if number > limit:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 1 to {limit} (four per CPU, at least 8), not {value!r}"
        )
    return number


_SIZE = re.compile(r"(\d{1,19})([kmg]?)(?:i?b)?", re.IGNORECASE)


def _size(value: str) -> int:
    """A number of bytes: ``1000000``, ``512k``, ``64M``, ``1GiB`` (k, M, G are powers of 1024)."""
    found = _SIZE.fullmatch(value.strip())
    number = 0
    if found:
        number = int(found.group(1)) * 1024 ** ("", "k", "m", "g").index(found.group(2).lower())
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"expected a size in bytes such as 1000000, 512k or 64M, not {value!r}"
        )
    return number


def _add_reading_flags(parser: argparse.ArgumentParser) -> None:
    """The flags of a command that reads articles: --clean, --max-record-bytes, --progress.

    >>> parser = argparse.ArgumentParser()
    >>> _add_reading_flags(parser)
    >>> args = parser.parse_args(["--clean", "--max-record-bytes", "2M"])
    >>> args.clean, args.max_record_bytes, args.progress
    (True, 2097152, None)
    """
    parser.add_argument(
        "--clean",
        action="store_true",
        help="clean scraped text before parsing it: strip HTML tags, decode entities "
        "(&ldquo;), repair mojibake (â€œ); offsets are then into the cleaned text",
    )
    parser.add_argument(
        "--max-record-bytes",
        type=_size,
        default=MAX_RECORD_BYTES,
        metavar="SIZE",
        help="refuse a record larger than SIZE (a text file, a JSONL line, or standard "
        "input read as one text), naming its file and line; k, M, G suffixes "
        "(default: 64M)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="draw a progress bar on standard error, never on standard output (default: "
        "when standard error is a terminal and tqdm is installed: "
        "pip install 'quoteverify[progress]')",
    )


_FORMAT_HELP = (
    "jsonl: one record per line; json: one JSON list of the same records; table: an "
    "aligned table to read; csv: {csv}, the columns of to_pandas() (text: a deprecated "
    "name for table). Default: {default}"
)


def _format(value: str) -> str:
    """A ``--format`` value: one of :data:`FORMATS`, or a deprecated name (kept as given)."""
    if value not in FORMATS and value not in DEPRECATED_FORMATS:
        raise argparse.ArgumentTypeError(f"expected one of {', '.join(FORMATS)}, not {value!r}")
    return value


_FORMAT_METAVAR = "{" + ",".join(FORMATS) + "}"


def _add_format_flag(parser: argparse.ArgumentParser, *, default: str, csv_rows: str) -> None:
    parser.add_argument(
        "--format",
        type=_format,
        default=default,
        metavar=_FORMAT_METAVAR,
        help=_FORMAT_HELP.format(csv=csv_rows, default=default),
    )


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line: ``quoteverify: message (see ... --help)``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"quoteverify: {escape_surrogates(message)} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, exposed for documentation and tests."""
    parser = _Parser(
        prog="quoteverify",
        description="Find, attribute, link and verify quotations in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"quoteverify {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="find every quoted span in texts",
        description=f"Read text files ({', '.join(TEXT_SUFFIXES)}), folders and their "
        f'subfolders, JSONL ({", ".join(JSONL_SUFFIXES)}: one {{"id", "text"}} object a '
        "line) or standard input ('-') and write one record per quote.",
    )
    ex.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")
    _add_format_flag(ex, default="jsonl", csv_rows="one row per quote (no diagnostics)")
    ex.add_argument(
        "--no-diagnostics",
        action="store_true",
        help="leave out the records of marks that could not be paired",
    )
    ex.add_argument(
        "--paragraphs",
        choices=("auto", "blank_line", "newline"),
        default="auto",
        help="where paragraphs end (default: auto)",
    )
    ex.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="parse in N processes (output order and content unchanged)",
    )
    _add_reading_flags(ex)
    ex.set_defaults(func=_cmd_extract)

    demo = sub.add_parser(
        "demo",
        help="run on the small corpus shipped with the package",
        description="Parse the five demo articles shipped with the package and print their "
        "quotes, the variant groups they hold and a few claims checked against them.",
    )
    _add_format_flag(demo, default="table", csv_rows="one row per quote of the demo articles")
    demo.set_defaults(func=_cmd_demo)

    ve = sub.add_parser(
        "verify",
        help="check a claimed quote against articles",
        description="Exit 0 when the sources back the quote (and speaker), 1 when they "
        "do not, 2 on an error.",
    )
    ve.add_argument(
        "--quote",
        required=True,
        metavar="TEXT",
        help="the claimed words, or a claim such as 'Trump said \"...\"'",
    )
    ve.add_argument("--speaker", metavar="NAME", help="who is claimed to have said it")
    ve.add_argument("paths", nargs="+", metavar="PATH", help="the source articles")
    _add_format_flag(ve, default="table", csv_rows="one row per evidence item, the verdict on each")
    _add_reading_flags(ve)
    ve.set_defaults(func=_cmd_verify)

    ch = sub.add_parser(
        "check",
        help="verify every quote of an article against others",
        description="Exit 0 when the sources back every speech quote of ARTICLE, 1 when "
        "any is not supported (not found included), 2 on an error.",
    )
    ch.add_argument("article", metavar="ARTICLE", help="the article to check (a file, or -)")
    ch.add_argument(
        "--against", nargs="+", required=True, metavar="PATH", help="the source articles"
    )
    _add_format_flag(ch, default="table", csv_rows="one row per evidence item, the verdict on each")
    _add_reading_flags(ch)
    ch.set_defaults(func=_cmd_check)

    va = sub.add_parser(
        "variants",
        help="group the quotes that report one utterance",
        description="Group the speech quotes of the articles that report one utterance, "
        "each member with its relation to the group's fullest form.",
    )
    va.add_argument("paths", nargs="+", metavar="PATH", help="the articles")
    va.add_argument(
        "--min-size",
        type=_positive,
        default=2,
        metavar="N",
        help="the smallest group shown, 1 or more (default: 2)",
    )
    _add_format_flag(va, default="table", csv_rows="one row per member of each group")
    _add_reading_flags(va)
    va.set_defaults(func=_cmd_variants)

    ev = sub.add_parser(  # evaluate
        "evaluate",
        help="score the parser on a gold JSONL file",
        description="Speaker accuracy (strict resolved names first, then lenient), kinds, "
        "span recall and precision on a gold JSONL file "
        '({"text", "quotes": [{"start", "end", "speaker"...}...]} per line; '
        "docs/howto-gold.md), or quote linking on an MSRP-style pairs file. A malformed "
        "record exits 2 with its file:line.",
    )
    ev.add_argument("file", metavar="FILE", help="the gold JSONL file (a path: not -)")
    ev.add_argument(
        "--filter",
        metavar="KEY=VALUE",
        help="score only gold quotes whose KEY equals VALUE, e.g. quote_type=Explicit",
    )
    ev.add_argument(
        "--format",
        type=_format,
        default="table",
        metavar=_FORMAT_METAVAR,
        help="json: the report as one JSON object; jsonl: the same object on one line; "
        "table: the report to read; csv: one row per measure (file, filter, section, "
        "measure, value) (text: a deprecated name for table). Default: table",
    )
    ev.add_argument(
        "--misses",
        action="store_true",
        help="also count the strict speaker misses by a guessed cause",
    )
    ev.set_defaults(func=_cmd_evaluate)

    tr = sub.add_parser(
        "train",
        help="fit the attribution ranker's weights on a gold JSONL file",
        description="Fit the weights by which the parser chooses among the candidate "
        "speakers of each quote, on gold quotes with speaker_start/speaker_end "
        "(the format `evaluate` reads; docs/howto-gold.md). Load them with "
        "Config(attribution_weights=PATH). Exit 2 when no gold quote has a choice to learn from.",
    )
    tr.add_argument("file", metavar="GOLD", help="the gold JSONL file (a path: not -)")
    tr.add_argument(
        "--out",
        default="weights.json",
        metavar="FILE",
        help="where to write the weights (default: weights.json)",
    )
    tr.add_argument(
        "--epochs",
        type=_positive,
        default=10,
        metavar="N",
        help="passes over the data (default: 10)",
    )
    tr.add_argument("--seed", type=int, default=0, metavar="S", help="shuffling seed (default: 0)")
    tr.set_defaults(func=_cmd_train)
    return parser


def _report(message: str) -> None:
    """One line on standard error, valid UTF-8 whatever the message holds."""
    line = f"quoteverify: {escape_surrogates(message)}\n"
    try:
        if sys.stderr is not None:
            sys.stderr.write(line)
            sys.stderr.flush()
    except (OSError, ValueError):  # standard error closed or gone too: nowhere to say it
        pass


def _discard_output(stream: IO[str]) -> None:
    """Point standard output at the null device, so that nothing fails again at exit."""
    if stream is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _check_arguments(args: argparse.Namespace) -> None:
    """Refuse what argparse lets through: empty values, and text that is not valid Unicode.

    Text arguments (not paths) must be valid Unicode, as parsed texts are; a
    claim must hold a word to look for, a speaker a name, a filter a key and a
    value, and a path must not be empty.
    """
    for name in ("quote", "speaker", "filter"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            check_unicode(value, f"argument --{name}")
    quote = getattr(args, "quote", None)
    if quote is not None and not any(c.isalnum() for c in parse_claim(quote)[0]):
        raise OptionError(f"argument --quote: the claim {quote!r} has no words to look for")
    speaker = getattr(args, "speaker", None)
    if speaker is not None and not speaker.strip():
        raise OptionError(
            "argument --speaker: an empty name; leave --speaker out to take the speaker "
            "from the claim, if it names one"
        )
    gold_filter = getattr(args, "filter", None)
    if gold_filter is not None:
        key, equals, value = gold_filter.partition("=")
        if not (key.strip() and equals and value):
            raise OptionError(f"argument --filter: takes KEY=VALUE, not {gold_filter!r}")
    if getattr(args, "file", None) == "-":
        flag = "GOLD" if args.command == "train" else "FILE"
        raise OptionError(
            f"argument {flag}: {args.command} reads a gold file by its path, not standard "
            "input (-); save the records to a file and give its path"
        )
    stdin = 0
    for name in ("paths", "against", "article", "file"):
        given = getattr(args, name, None)
        for path in [given] if isinstance(given, str) else given or ():
            flag = f"--{name}" if name == "against" else name.rstrip("s").upper()
            if not path:
                raise OptionError(f"argument {flag}: an empty path names no file or folder")
            stdin += path == "-"
            if stdin > 1:
                raise OptionError(
                    f"argument {flag}: standard input (-) is given twice; it can be read once"
                )


class _Escaping:
    """An output stream that writes what its encoding cannot hold as escapes, never failing.

    What is parsed is checked where it enters, so this is the last line of
    defence: a lone surrogate (a file name from the OS, say) is written as a
    ``\\udcff`` escape, which is also a valid escape inside a JSON string, and
    so is a character that a non-UTF-8 standard output cannot encode.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            check_unicode(text, "output")
        except TextValueError:  # even where the stream would take it (surrogateescape)
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        try:
            return self._stream.write(text)
        except UnicodeEncodeError:  # raised before anything of ``text`` is written
            encoding = getattr(self._stream, "encoding", None) or "utf-8"
            return self._stream.write(text.encode(encoding, "backslashreplace").decode(encoding))

    def __getattr__(self, name: str) -> Any:  # flush, isatty, ...
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Every error the user can cause is reported as one line on standard error,
    ``quoteverify: FILE:LINE: message``, with status 2; an interruption
    (Ctrl-C) as one line too, with status 130.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    fmt = getattr(args, "format", None)
    if fmt in DEPRECATED_FORMATS:
        args.format = DEPRECATED_FORMATS[fmt]
        _report(f"warning: --format {fmt} is deprecated; use --format {args.format}")
    stream = out if out is not None else sys.stdout
    if stream is None:  # started with standard output closed (>&-)
        _report("<stdout>: standard output is closed: nowhere to write the results")
        return 2
    try:
        _check_arguments(args)
        status: int = args.func(args, cast(IO[str], _Escaping(stream)))
        stream.flush()
    except QuoteVerifyError as err:
        _report(str(err))
        return 2
    except KeyboardInterrupt:
        # Ctrl-C: what was written is kept; one line, no traceback, and the
        # status a shell gives a command stopped by SIGINT (128 + 2).
        try:
            stream.flush()
        except (OSError, ValueError):
            _discard_output(stream)
        _report("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
        _discard_output(stream)
        return 0
    except OSError as err:
        if err.filename is not None:
            _report(f"{os.fsdecode(err.filename)}: {err.strerror or err}")
        else:
            _report(f"<stdout>: cannot write the results ({err.strerror or err})")
        _discard_output(stream)
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
