"""Parse and group articles on a Dask cluster: the ``quoteverify[dask]`` extra.

:func:`parse_bag` parses a Dask bag of texts partition by partition;
:func:`parse_dataframe` does the same for a Dask dataframe with an id and a text
column. :func:`variant_groups` then builds the variant groups of the parsed
articles with shuffles on the quotes' words and block keys, and gives the same
groups as :meth:`Corpus.variant_groups <quoteverify.corpus.Corpus.variant_groups>`
on one machine:

1. each partition lists its speech quotes, each with its place in the bag
   (partition, article, quote) and its normalised words;
2. a shuffle on the words joins identical quotes: the first of each is the
   *representative* that takes part in pairs (as in
   :class:`~quoteverify.matching.groups.Grouping`);
3. a shuffle on the :func:`~quoteverify.matching.groups.block_keys` lists, for each key
   held by 2 to :data:`~quoteverify.matching.groups.BLOCK_CAP` representatives, the pairs
   that share it; a shuffle on the pairs counts the keys they share and keeps
   the candidates;
4. a join brings each candidate pair's two quotes together, and
   :func:`~quoteverify.matching.groups.judge_pair` judges it where it lands;
5. the driver collects the speech quotes and the links, and joins them in one
   :class:`~quoteverify.matching.groups.Grouping` (a union-find) as the local path does.

The driver holds the speech quotes (not the article texts) and the links; the
parsing, the shuffles and the pair judging run on the cluster. Every shuffle is
Dask's task-based one, so any scheduler works, local or distributed.

>>> import dask
>>> import dask.bag as db
>>> from quoteverify.surfaces.demo import demo_documents
>>> bag = db.from_sequence(demo_documents(), npartitions=2)
>>> with dask.config.set(scheduler="synchronous"):
...     groups = variant_groups(parse_bag(bag))
>>> [(m.quote.doc_id, m.relation.value) for m in groups[0].members][:3]
[('01_anchorage_wire', 'exact'), ('02_northern_ledger', 'exact'), ('04_leman_morgenblatt', 'exact')]
>>> from quoteverify import Corpus
>>> corpus = Corpus()
>>> _ = corpus.add_many(demo_documents())
>>> groups == corpus.variant_groups()
True

Importing this module without Dask installed raises
:class:`~quoteverify.errors.MissingExtraError`; ``import quoteverify`` never
imports Dask.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, TypeAlias, cast

from ..article import parse
from ..config import Config, resolve_config
from ..errors import (
    MissingExtraError,
    OptionError,
    OptionTypeError,
    TextTypeError,
    check_min_size,
)
from ..matching.groups import (
    BLOCK_CAP,
    SHORT_WORDS,
    Grouping,
    block_keys,
    is_nested,
    judge_pair,
    weight_table,
    word_classes_of,
)
from ..model import Article, Document, Quote, Relation, VariantGroup
from ..text.normalize import GAP, words

try:
    import dask
    import dask.bag as db
    from dask.delayed import delayed
except ImportError as err:  # pragma: no cover - the test suite runs with the extra
    raise MissingExtraError(
        f"quoteverify.surfaces.dask needs Dask, which could not be imported ({err}): "
        "pip install 'quoteverify[dask]'",
        name="dask",
    ) from err

# Dask ships type hints, but most of its functions are not annotated: calls go
# through these untyped names, so mypy --strict checks everything else here.
_dask: Any = dask
_db: Any = db
_delayed: Any = delayed

__all__ = ["parse_bag", "parse_dataframe", "variant_groups"]

_Pos: TypeAlias = tuple[int, int, int]  # (partition, article in it, speech quote in article)
_Row: TypeAlias = tuple[_Pos, tuple[str, ...], Quote]  # a speech quote and its words
_Link: TypeAlias = tuple[_Pos, _Pos, Relation, float]


def parse_bag(bag: db.Bag, *, config: Config | None = None) -> db.Bag:
    """A bag of :class:`~quoteverify.model.Article`, parsed partition by partition.

    Items are ``(doc_id, text)`` pairs, ``{"id", "text"}`` dicts (``doc_id`` may
    name the id; other keys become the article's metadata, as in
    :meth:`Corpus.add_many <quoteverify.corpus.Corpus.add_many>`) or
    :class:`~quoteverify.model.Document` objects. Bare strings are refused: an
    id made from an item's place would depend on how the bag is partitioned.
    The bag keeps its partitions and order.
    """
    parse_part = functools.partial(_parse_partition, config=resolve_config(config, "parse_bag"))
    return cast("db.Bag", _any(bag, "parse_bag").map_partitions(parse_part))


def parse_dataframe(
    df: Any,
    *,
    id_column: str = "id",
    text_column: str = "text",
    config: Config | None = None,
) -> db.Bag:
    """A bag of :class:`~quoteverify.model.Article` from a Dask dataframe, in row order.

    ``id_column`` holds the doc ids (converted with ``str``) and ``text_column``
    the texts; every other column goes into the article's metadata. The bag has
    one partition per dataframe partition; pass it to :func:`variant_groups`,
    or map it to records (``bag.map(Article.to_records).flatten()``) to write
    them out.
    """
    if not callable(getattr(df, "to_bag", None)) or not hasattr(df, "columns"):
        raise OptionTypeError(
            f"parse_dataframe() takes a Dask dataframe, not {type(df).__name__}: "
            "dask.dataframe.from_pandas(frame, npartitions=N) makes one"
        )
    for column in (id_column, text_column):
        if column not in df.columns:
            raise OptionError(f"the dataframe has no column {column!r}: {list(df.columns)}")
    rows = df.to_bag(index=False, format="dict")
    docs = rows.map(_row_document, id_column=id_column, text_column=text_column)
    return parse_bag(docs, config=config)


def variant_groups(articles: db.Bag, *, min_size: int = 2) -> list[VariantGroup]:
    """The variant groups of a bag of articles, the same as a local corpus of them gives.

    ``articles`` is a bag of :class:`~quoteverify.model.Article` (from
    :func:`parse_bag`, or read back with
    :func:`~quoteverify.surfaces.records.article_from_records`), each with a ``doc_id``
    used once (two articles with speech quotes and one ``doc_id`` raise
    :class:`~quoteverify.errors.OptionError`); their order in the bag is the order a
    :class:`~quoteverify.corpus.Corpus` would have added them in. Runs on the
    current Dask scheduler and returns groups of ``min_size`` members or more.
    """
    min_size = check_min_size(min_size, "variant_groups")  # before the bag is computed
    plan = _plan(articles)
    reps = _any(plan.reps, "variant_groups").map(_first)
    rows, reps, links = _dask.compute(plan.rows, reps, plan.links)
    return _build(rows, reps, links, min_size=min_size)


class _Plan(NamedTuple):
    """The lazy bags of one grouping run (tests compute ``candidates`` on their own)."""

    rows: db.Bag  # every speech quote: (place, words, quote)
    reps: db.Bag  # the representatives' rows
    candidates: db.Bag  # (place r, place v), r before v: the pairs worth judging
    links: db.Bag  # (place r, place v, relation, score): the pairs judged linked


def _plan(articles: db.Bag) -> _Plan:
    parts = _any(articles, "variant_groups").to_delayed()
    rows = _db.from_delayed([_delayed(_quote_rows)(part, n) for n, part in enumerate(parts)])
    reps = rows.groupby(_words_of, shuffle="tasks").map(_representatives).flatten()
    keyed = reps.map(_keyed).flatten()
    shared = keyed.groupby(_first, shuffle="tasks").map(_block_pairs).flatten()
    candidates = shared.groupby(_first, shuffle="tasks").map(_candidate).flatten()
    wanted = candidates.map(_wanted).flatten()
    tagged = _db.concat([reps.map(_tag_row), wanted])
    joined = tagged.groupby(_first, shuffle="tasks").map(_join).flatten()
    # Document frequencies of the words over every speech quote, as the corpus index
    # counts them: the weights of the one decision (groups.weight_table).
    counts = rows.reduction(_count_words, _add_counts)
    links = joined.groupby(_first, shuffle="tasks").map(_judge, counts).flatten()
    return _Plan(rows, reps, candidates, links)


def _any(bag: db.Bag, caller: str) -> Any:
    """``bag`` itself, once it is known to be a Dask bag (a list fails late and obscurely)."""
    if not isinstance(bag, db.Bag):
        raise OptionTypeError(
            f"{caller}() takes a Dask bag, not {type(bag).__name__}: "
            "dask.bag.from_sequence(items) makes one"
        )
    return bag


# Partition and shuffle steps: module-level functions, so any scheduler can pickle them.


def _parse_partition(items: Iterable[Any], config: Config) -> list[Article]:
    out = []
    for item in items:
        doc = _document(item)
        out.append(parse(doc.text, doc.doc_id, config=config, metadata=doc.metadata))
    return out


def _document(item: object) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        return Document(doc_id=str(item[0]), text=item[1])
    if isinstance(item, Mapping):
        raw_id = item.get("id", item.get("doc_id"))
        if raw_id is None:
            raise OptionError(f"a bag item needs an 'id' (or 'doc_id'): {sorted(item)}")
        if "text" not in item:
            raise OptionError(f"a bag item needs a 'text': {sorted(item)}")
        meta = {k: v for k, v in item.items() if k not in ("id", "doc_id", "text")}
        return Document(doc_id=str(raw_id), text=item["text"], metadata=meta)
    raise TextTypeError(
        "parse_bag() takes (doc_id, text) pairs, {'id', 'text'} dicts or Documents, "
        f"not {type(item).__name__}"
    )


def _row_document(row: Mapping[str, Any], *, id_column: str, text_column: str) -> Document:
    meta = {k: v for k, v in row.items() if k not in (id_column, text_column)}
    return Document(doc_id=str(row[id_column]), text=row[text_column], metadata=meta)


def _quote_rows(articles: Iterable[Article], part: int) -> list[_Row]:
    """Step 1: a partition's speech quotes with their place and their words."""
    out: list[_Row] = []
    for a, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TextTypeError(f"variant_groups() takes a bag of Articles, not of {article!r}")
        if article.doc_id is None:
            raise OptionError("an article grouped across a bag needs a doc_id")
        speech = (q for q in article.quotes if q.is_speech)
        for i, q in enumerate(speech):
            # Exactly the words the corpus index stores, as words rather than ids.
            norms = tuple(w.norm for w in words(q.text) if w.norm != GAP)
            out.append(((part, a, i), norms, q))
    return out


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


def _words_of(row: _Row) -> tuple[str, ...]:
    return row[1]


def _representatives(group: tuple[tuple[str, ...], list[_Row]]) -> list[_Row]:
    """Step 2: the first of identical quotes, and any twin nested inside it (as Grouping)."""
    rows = sorted(group[1], key=_first)
    first = rows[0]
    return [first, *(r for r in rows[1:] if is_nested(first[2], r[2]))]


def _keyed(row: _Row) -> list[tuple[object, tuple[_Pos, bool]]]:
    """Step 3: one item per block key of a representative, with whether it is short."""
    pos, norms, _quote = row
    stop, _sensitive = word_classes_of(norms)
    short = len(norms) <= SHORT_WORDS
    return [(key, (pos, short)) for key in block_keys(norms, stop)]


def _block_pairs(
    group: tuple[object, list[tuple[object, tuple[_Pos, bool]]]],
) -> list[tuple[tuple[_Pos, _Pos], tuple[bool, bool]]]:
    """The pairs of representatives sharing a key held by 2 to BLOCK_CAP of them."""
    held = sorted(holder for _key, holder in group[1])
    if not 1 < len(held) <= BLOCK_CAP:
        return []
    return [
        ((r, v), (short_r, short_v))
        for (r, short_r), (v, short_v) in itertools.combinations(held, 2)
    ]


def _candidate(
    group: tuple[tuple[_Pos, _Pos], list[tuple[tuple[_Pos, _Pos], tuple[bool, bool]]]],
) -> list[tuple[_Pos, _Pos]]:
    """A pair is a candidate as in Grouping.candidates: enough shared keys, or v short."""
    pair, items = group
    short_r, short_v = items[0][1]
    need = 1 if short_r else 2
    return [pair] if len(items) >= need or short_v else []


def _wanted(pair: tuple[_Pos, _Pos]) -> list[tuple[_Pos, int, object]]:
    """Step 4: ask for each quote of a candidate pair (a join on the quote's place)."""
    return [(pair[0], 1, pair), (pair[1], 1, pair)]


def _tag_row(row: _Row) -> tuple[_Pos, int, object]:
    return (row[0], 0, row)


def _join(
    group: tuple[_Pos, list[tuple[_Pos, int, Any]]],
) -> list[tuple[tuple[_Pos, _Pos], _Row]]:
    rows = [item[2] for item in group[1] if item[1] == 0]
    if not rows:
        return []
    return [(item[2], rows[0]) for item in group[1] if item[1] == 1]


def _count_words(rows: Iterable[_Row]) -> tuple[Counter[str], int]:
    """A partition's document frequencies (quotes holding each word) and its quotes."""
    counts: Counter[str] = Counter()
    n = 0
    for row in rows:
        counts.update(set(row[1]))
        n += 1
    return counts, n


def _add_counts(parts: Iterable[tuple[Counter[str], int]]) -> tuple[Counter[str], int]:
    total: Counter[str] = Counter()
    n = 0
    for counts, size in parts:
        total.update(counts)
        n += size
    return total, n


def _weights(counts: tuple[Counter[str], int], vocab: Iterable[str]) -> dict[str, float]:
    """The weights of ``vocab`` from the bag's document frequencies (groups.weight_table)."""
    ordered = sorted(vocab)
    frequencies = [counts[0][w] for w in ordered]
    return dict(zip(ordered, weight_table(ordered, frequencies, counts[1]), strict=True))


def _judge(
    group: tuple[tuple[_Pos, _Pos], list[tuple[tuple[_Pos, _Pos], _Row]]],
    counts: tuple[Counter[str], int],
) -> list[_Link]:
    """Judge one candidate pair with judge_pair, in a Grouping of just its two quotes,
    with the words weighed as the whole bag's document frequencies give."""
    (r, v), items = group
    a, b = sorted((row for _pair, row in items), key=_first)
    stop, sensitive = word_classes_of(a[1] + b[1])
    table = _weights(counts, {*a[1], *b[1]})
    pair = Grouping(
        [a[2], b[2]],
        [a[1], b[1]],
        stop=stop,
        sensitive=sensitive,
        weight=lambda w: table[str(w)],
    )
    if pair.representatives != [0, 1]:  # pragma: no cover - representatives differ in words
        raise RuntimeError(f"quotes {r} and {v} were joined before judging")
    link = judge_pair(pair, 0, 1)
    return [] if link is None else [(r, v, link[0], link[1])]


def _build(
    rows: list[_Row], rep_positions: list[_Pos], links: list[_Link], *, min_size: int
) -> list[VariantGroup]:
    """Step 5, on the driver: the links joined in one Grouping over every speech quote."""
    rows = sorted(rows, key=_first)
    _check_doc_ids(rows)
    place = {row[0]: i for i, row in enumerate(rows)}
    ids = [row[1] for row in rows]
    stop, sensitive = word_classes_of(w for norms in ids for w in norms)
    table = _weights(_count_words(rows), {w for norms in ids for w in norms})
    grouping = Grouping(
        [row[2] for row in rows],
        ids,
        stop=stop,
        sensitive=sensitive,
        weight=lambda w: table[str(w)],
    )
    if sorted(place[p] for p in rep_positions) != grouping.representatives:  # pragma: no cover
        raise RuntimeError("the cluster and the driver chose different representatives")
    for r, v, relation, score in sorted(links, key=lambda link: (link[0], link[1])):
        grouping.link(place[r], place[v], (relation, score))
    return grouping.groups(min_size=min_size)


def _check_doc_ids(rows: list[_Row]) -> None:
    """Refuse two articles of the bag with one doc_id (the corpus refuses them too)."""
    seen: dict[str | None, tuple[int, int]] = {}
    for (part, a, _), _norms, quote in rows:
        first = seen.setdefault(quote.doc_id, (part, a))
        if first != (part, a):
            raise OptionError(
                f"two articles of the bag have the doc_id {quote.doc_id!r} "
                f"(partition {first[0]} item {first[1]}, partition {part} item {a}): "
                "variant_groups() needs each doc_id used once"
            )
