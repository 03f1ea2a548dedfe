"""The Dask path (``quoteverify[dask]``) gives the same articles and groups as the local one."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from quoteverify import Corpus, VariantGroup, parse
from quoteverify.errors import (
    MissingExtraError,
    OptionError,
    OptionTypeError,
    QuoteVerifyError,
    TextTypeError,
)
from quoteverify.matching.groups import Grouping
from quoteverify.surfaces.demo import demo_documents
from quoteverify.synthetic import synthetic_articles

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
qd = importlib.import_module("quoteverify.surfaces.dask")


@pytest.fixture(params=["synchronous", "threads"])
def scheduler(request: pytest.FixtureRequest) -> Iterator[str]:
    with dask.config.set(scheduler=request.param, num_workers=2):
        yield request.param


def signature(groups: list[VariantGroup]) -> list[tuple[Any, ...]]:
    """Members by (doc_id, start, end), their relation and score, and the canonical form."""

    def place(q: Any) -> tuple[str | None, int, int]:
        return (q.doc_id, q.start, q.end)

    return [
        (
            place(g.canonical),
            [(place(m.quote), m.relation, m.score) for m in g.members],
            [s.name for s in g.speakers],
        )
        for g in groups
    ]


def local_groups(items: list[Any]) -> list[VariantGroup]:
    corpus = Corpus()
    corpus.add_many(items)
    return corpus.variant_groups()


SYNTHETIC = list(synthetic_articles(150, seed=5))


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_synthetic_groups_are_the_local_groups(scheduler: str, npartitions: int) -> None:
    local = local_groups(SYNTHETIC)
    assert len(local) > 50  # the corpus has groups to find
    bag = db.from_sequence(SYNTHETIC, npartitions=npartitions)
    groups = qd.variant_groups(qd.parse_bag(bag))
    assert signature(groups) == signature(local)
    assert groups == local


@pytest.mark.parametrize("npartitions", [1, 3])
def test_demo_groups_are_the_local_groups(scheduler: str, npartitions: int) -> None:
    docs = demo_documents()
    bag = db.from_sequence(docs, npartitions=npartitions)
    groups = qd.variant_groups(qd.parse_bag(bag))
    assert groups == local_groups(docs)
    assert groups
    one = qd.variant_groups(qd.parse_bag(bag), min_size=1)
    assert one == _local_min1(docs)


def _local_min1(docs: list[Any]) -> list[VariantGroup]:
    corpus = Corpus()
    corpus.add_many(docs)
    return corpus.variant_groups(min_size=1)


def test_candidates_are_the_local_candidates() -> None:
    """The key shuffle finds exactly the pairs Grouping.candidates finds."""
    items = list(synthetic_articles(120, seed=11))
    corpus = Corpus()
    corpus.add_many(items)
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    local = set(grouping.candidates())
    with dask.config.set(scheduler="synchronous"):
        plan = qd._plan(qd.parse_bag(db.from_sequence(items, npartitions=4)))
        rows, candidates = dask.compute(plan.rows, plan.candidates)
    place = {row[0]: i for i, row in enumerate(sorted(rows))}
    assert len(local) > 100
    assert {(place[r], place[v]) for r, v in candidates} == local
    assert len(candidates) == len(local)  # each pair found once


def test_parse_bag_gives_the_articles_parse_gives(scheduler: str) -> None:
    items: list[Any] = [
        ("a", '"Next time in Moscow," Putin said.'),
        {"id": 7, "text": 'Trump said "we made progress".', "outlet": "Wire"},
        *demo_documents()[:2],
    ]
    articles = qd.parse_bag(db.from_sequence(items, npartitions=2)).compute()
    assert articles == Corpus().add_many(items)
    assert articles[0] == parse('"Next time in Moscow," Putin said.', "a")
    assert articles[1].doc_id == "7" and articles[1].metadata == {"outlet": "Wire"}


def test_parse_bag_refuses_items_without_an_id() -> None:
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(TextTypeError, match=r"\(doc_id, text\) pairs"):
            qd.parse_bag(db.from_sequence(['"Hi," he said.'])).compute()
        with pytest.raises(OptionError, match="needs an 'id'"):
            qd.parse_bag(db.from_sequence([{"text": '"Hi," he said.'}])).compute()
        with pytest.raises(TextTypeError, match="bag of Articles"):
            qd.variant_groups(db.from_sequence(["not an article"]))


def test_dataframe_groups_are_the_local_groups(scheduler: str) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    items = list(synthetic_articles(60, seed=2))
    frame = pd.DataFrame(
        {
            "key": [doc_id for doc_id, _ in items],
            "body": [text for _, text in items],
            "outlet": [f"outlet-{n % 3}" for n in range(len(items))],
        }
    )
    df = dd.from_pandas(frame, npartitions=3)
    articles = qd.parse_dataframe(df, id_column="key", text_column="body")
    dicts = [{"id": k, "text": t, "outlet": o} for k, t, o in frame.itertuples(index=False)]
    local = Corpus()
    local.add_many(dicts)
    assert articles.compute() == list(local.articles)
    assert qd.variant_groups(articles) == local.variant_groups()
    with pytest.raises(OptionError, match="no column 'id'"):
        qd.parse_dataframe(df)


def test_importing_quoteverify_does_not_import_dask() -> None:
    code = "import sys, quoteverify, quoteverify.corpus; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_dask_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "try:\n"
        "    import quoteverify.surfaces.dask\n"
        "except ImportError as err:\n"
        "    print(type(err).__name__, err)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("MissingExtraError")
    assert "pip install 'quoteverify[dask]'" in out.stdout
    assert issubclass(MissingExtraError, QuoteVerifyError)
    assert issubclass(MissingExtraError, ImportError)


def test_dask_variant_groups_refuses_a_bad_min_size_before_computing() -> None:
    # It failed at the end of the run, inside the grouping, on "2".
    bag = qd.parse_bag(db.from_sequence([("w", '"The pier is shut," the harbour master said.')]))
    for bad in ("2", 0):
        with pytest.raises(OptionError, match="min_size of 1 or more"):
            qd.variant_groups(bag, min_size=bad)


def test_dask_entry_points_name_the_container_they_take() -> None:
    # A plain list, or a bag where a dataframe goes, failed with an AttributeError
    # from deep inside Dask ('list' object has no attribute 'map_partitions').
    items = [("w", '"The ferry is late again," the skipper said.')]
    with pytest.raises(OptionTypeError, match=r"parse_bag\(\) takes a Dask bag, not list"):
        qd.parse_bag(items)
    with pytest.raises(OptionTypeError, match=r"variant_groups\(\) takes a Dask bag, not tuple"):
        qd.variant_groups(tuple(items))
    with pytest.raises(OptionTypeError, match=r"parse_dataframe\(\) takes a Dask dataframe"):
        qd.parse_dataframe(db.from_sequence(items))


def test_parse_bag_names_a_missing_text_key() -> None:
    # It raised a bare KeyError('text') from a worker.
    bag = db.from_sequence([{"id": "w", "body": '"Rain by noon," the forecaster said.'}])
    with (
        dask.config.set(scheduler="synchronous"),
        pytest.raises(OptionError, match=r"needs a 'text': \['body', 'id'\]"),
    ):
        qd.parse_bag(bag).compute()


def test_dask_variant_groups_refuses_a_doc_id_used_twice() -> None:
    # Two articles called "w" made one group whose members both named "w", where
    # a Corpus refuses the second article.
    said = '"We reopen the bridge in May," the mayor said.'
    for npartitions in (1, 2):
        bag = qd.parse_bag(db.from_sequence([("w", said), ("w", said)], npartitions=npartitions))
        with (
            dask.config.set(scheduler="synchronous"),
            pytest.raises(OptionError, match=r"doc_id 'w'.*used once"),
        ):
            qd.variant_groups(bag)
    ok = qd.parse_bag(db.from_sequence([("w", said), ("v", said)], npartitions=2))
    with dask.config.set(scheduler="synchronous"):
        assert [g.doc_ids for g in qd.variant_groups(ok)] == [("v", "w")]
