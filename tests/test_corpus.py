"""Corpus, variant groups and verification: on the seeds, the demo corpus and examples."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Corpus, Relation, Verdict, parse
from quoteverify.errors import OptionError, QuoteVerifyError
from quoteverify.strategies import PlantedArticle, planted_articles
from quoteverify.surfaces.demo import demo_documents

from .conftest import SEEDS, shared_file


def seed_corpus() -> Corpus:
    shared_file("seeds")
    corpus = Corpus()
    for path in sorted(SEEDS.glob("*.txt")):
        corpus.add(path.read_text(encoding="utf-8"), doc_id=path.name[:3])
    return corpus


def demo_corpus() -> Corpus:
    corpus = Corpus()
    corpus.add_many(demo_documents())
    return corpus


def group_texts(corpus: Corpus) -> list[set[str]]:
    return [{m.quote.text.strip(" ,.") for m in g.members} for g in corpus.variant_groups()]


def test_seed_groups_join_the_variants_of_one_utterance() -> None:
    groups = group_texts(seed_corpus())

    def together(*parts: str) -> bool:
        return any(all(any(p in t for t in g) for p in parts) for g in groups)

    assert together("sincerely interested", "sincerely interested in putting an end")
    assert any(sum(t == "legitimate concerns" for t in g) == 1 and len(g) == 1 for g in groups)
    assert together(
        "fundamental threats to our security", "fundamental threats to our national security"
    )
    assert together("pave the path towards peace", "pave the way for peace in Ukraine")
    assert together("there is no deal until there is a deal", "No Deal Until A Deal")


def test_seed_groups_hold_no_unrelated_quotes() -> None:
    corpus = seed_corpus()
    for texts in group_texts(corpus):
        # "very good talks" (reports of the envoy's meeting) is not Trump's "very good chance".
        assert not ({"very good talks"} & texts and any("good chance" in t for t in texts))
    for g in corpus.variant_groups():
        for m in g.members:
            assert m.relation in (Relation.EXACT, Relation.FRAGMENT, Relation.VARIANT)
        assert not g.speaker_conflict, g.speakers


def test_seed_claims() -> None:
    corpus = seed_corpus()
    assert corpus.verify("Next time in Moscow", speaker="Putin").verdict is Verdict.EXACT
    v = corpus.verify("Next time in Moscow", speaker="Trump")
    assert v.verdict is Verdict.MISATTRIBUTED
    assert v.real_speaker is not None and v.real_speaker.name == "Vladimir Putin"
    assert corpus.verify('Trump said "Next time in Moscow"').verdict is Verdict.MISATTRIBUTED
    hello = corpus.verify("hello neighbor", speaker="Vladimir Putin")
    assert hello.verdict in (Verdict.EXACT, Verdict.VARIANT)
    assert corpus.verify("We will build a bridge to Alaska by winter").verdict is (
        Verdict.NOT_FOUND
    )


def test_demo_groups_and_claims() -> None:
    corpus = demo_corpus()
    groups = corpus.variant_groups()
    moscow = next(g for g in groups if g.text.startswith("Next time in Moscow"))
    assert len(moscow.members) == 5 and moscow.speaker_conflict
    assert len(moscow.doc_ids) == 4
    putin = corpus.verify("Next time in Moscow", speaker="Vladimir Putin")
    assert putin.verdict is Verdict.EXACT and "1 of 5" in putin.explanation
    trump = corpus.verify("Next time in Moscow", speaker="Donald Trump")
    assert trump.verdict is Verdict.MISATTRIBUTED
    assert trump.real_speaker is not None and trump.real_speaker.name == "Vladimir Putin"
    security = corpus.verify("fundamental threats to our security")
    assert security.verdict in (Verdict.EXACT, Verdict.FRAGMENT, Verdict.VARIANT)


def test_altered_meaning_is_its_own_verdict() -> None:
    corpus = Corpus()
    corpus.add("“We will not sign any deal,” the minister said.", doc_id="a")
    v = corpus.verify("We will sign any deal", speaker="the minister")
    assert v.verdict is Verdict.ALTERED
    assert "negation" in v.explanation


def test_disputed_when_sources_disagree_evenly() -> None:
    corpus = Corpus()
    corpus.add("“Peace is close,” Donald Trump said.", doc_id="a")
    corpus.add("“Peace is close,” Vladimir Putin said.", doc_id="b")
    assert corpus.verify("Peace is close", speaker="Donald Trump").verdict is Verdict.DISPUTED


def test_a_short_generic_fragment_does_not_chain_groups() -> None:
    corpus = Corpus()
    corpus.add("“The talks were constructive and long,” Yuri Ushakov said.", doc_id="a")
    corpus.add("“Sanctions must stay constructive,” Kaja Kallas said.", doc_id="b")
    corpus.add("Analysts called it “constructive”.", doc_id="c")
    for g in corpus.variant_groups():
        assert len({m.quote.doc_id for m in g.members} - {"c"}) <= 1


def test_check_gives_every_quote_a_verdict() -> None:
    corpus = demo_corpus()
    new = parse("“Next time in Moscow,” Trump said. “Our cats are fine,” Putin said.", doc_id="new")
    verdicts = [v.verdict for v in corpus.check(new)]
    assert verdicts == [Verdict.MISATTRIBUTED, Verdict.NOT_FOUND]


def test_check_skips_the_article_itself() -> None:
    corpus = demo_corpus()
    own = corpus.article("05_headline_hopper")
    results = corpus.check(own)
    salmon = next(v for v in results if v.claim.startswith("The salmon"))
    assert salmon.verdict is Verdict.NOT_FOUND  # printed only by the article itself


def test_every_quote_verifies_exact_against_a_corpus_holding_it() -> None:
    corpus = demo_corpus()
    for article in corpus.articles:
        for q in article.speech:
            v = corpus.verify(q, speaker=q.speaker)
            assert v.best is not None and v.best.relation is Relation.EXACT, q


@settings(max_examples=40, deadline=None)
@given(planted_articles(max_paragraphs=3))
def test_planted_quotes_verify_as_exact(article: PlantedArticle) -> None:
    corpus = Corpus()
    corpus.add(article.text, doc_id="x")
    for q in corpus.article("x").speech:
        assert corpus.verify(q.text).verdict is Verdict.EXACT


def test_duplicate_doc_id_is_an_error() -> None:
    corpus = Corpus()
    corpus.add("“A,” he said.", doc_id="a")
    with pytest.raises(ValueError, match="already") as info:
        corpus.add("“B,” she said.", doc_id="a")
    assert isinstance(info.value, OptionError)


def test_add_many_accepts_several_shapes() -> None:
    corpus = Corpus()
    corpus.add_many(
        [
            "“One,” he said.",
            ("b", "“Two,” she said."),
            {"id": "c", "text": "“Three,” they said.", "outlet": "X"},
        ]
    )
    assert [a.doc_id for a in corpus.articles] == ["doc-1", "b", "c"]
    assert corpus.article("c").metadata == {"outlet": "X"}


def test_verifications_and_groups_pickle() -> None:
    corpus = demo_corpus()
    v = corpus.verify("Next time in Moscow", speaker="Donald Trump")
    assert pickle.loads(pickle.dumps(v)) == v
    g = corpus.variant_groups()[0]
    assert pickle.loads(pickle.dumps(g)) == g


def test_msrp_paraphrase_pairs() -> None:
    from quoteverify.matching.compare import compare
    from quoteverify.text.normalize import words

    path = shared_file("data", "msrp-quotes-train.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    def text(qs: list[dict]) -> str:  # type: ignore[type-arg]
        return " ".join(q["text"] for q in qs)

    def norm(t: str) -> list[str]:
        return [w.norm for w in words(t)]

    pairs = [
        (text(r["quotes_a"]), text(r["quotes_b"]))
        for r in rows
        if r["label"] == 1 and not r["unbalanced_a"] and not r["unbalanced_b"]
    ]
    pairs = [(a, b) for a, b in pairs if norm(a) != norm(b)]
    linked = sum(compare(a, b).linked for a, b in pairs) / len(pairs)
    # 0.942 measured since the link became content-aware (issue 13: a variant or a
    # paraphrase must share most of its informative content); 0.994 before, when a
    # shared frame was enough. The trade is in docs/journal/accuracy.md. 0.965 (164 of 170)
    # since an ordinal in digits counts as its number in the link (Sept. 11th / 11).
    assert linked >= 0.96


def test_blocked_grouping_matches_all_pairs_grouping() -> None:
    import itertools

    from quoteverify.matching.groups import Grouping, judge_pair
    from quoteverify.synthetic import synthetic_articles

    corpus = Corpus()
    corpus.add_many(synthetic_articles(120, seed=5))
    grouping = Grouping.of_index(corpus.index, corpus.indexed_quotes())
    for r, v in itertools.combinations(grouping.representatives, 2):
        link = judge_pair(grouping, r, v)
        if link is not None:
            grouping.link(r, v, link)

    def members(groups: list) -> set:  # type: ignore[type-arg]
        return {frozenset((m.quote.doc_id, m.quote.start) for m in g.members) for g in groups}

    assert members(corpus.variant_groups()) == members(grouping.groups())
    assert len(corpus.variant_groups()) > 20


def test_add_many_and_grouping_report_progress() -> None:
    from quoteverify.synthetic import synthetic_articles

    added: list[tuple[int, int | None]] = []
    corpus = Corpus()
    corpus.add_many(
        list(synthetic_articles(30, seed=4)), progress=lambda d, t: added.append((d, t))
    )
    assert added[0] == (0, 30) and added[-1] == (30, 30)
    grouped: list[tuple[int, int | None]] = []
    groups = corpus.variant_groups(progress=lambda d, t: grouped.append((d, t)))
    total = grouped[-1][1]
    assert total is not None and grouped[-1] == (total, total) and 0 < total <= len(corpus.index)
    assert groups == corpus.variant_groups()  # the report changes nothing


# ------------------------------------------------------------- add_many is all or none


def _state(corpus: Corpus) -> tuple[object, ...]:
    """Everything a failed batch must leave alone, index included."""
    found = [(q.doc_id, q.start) for q, _ in corpus.find("the bridge opens in June")]
    return (corpus.articles, len(corpus.index), corpus.quotes, found, repr(corpus))


def _started() -> Corpus:
    corpus = Corpus()
    corpus.add('"The bridge opens in June," the mayor said.', doc_id="a")
    corpus.add("A note without quotes.", doc_id="b")
    return corpus


@pytest.mark.parametrize(
    ("batch", "error", "message"),
    [
        ([("c", '"The bridge opens in June," he said.'), ("a", "Again.")], ValueError, "'a'"),
        ([("c", '"The bridge opens in June."'), ("c", "Twice.")], ValueError, "twice"),
        (['"The bridge opens in June," she said.', 7], TypeError, "not int"),
        ([("c", '"The bridge opens in June," he said.'), ("d", None)], TypeError, "NoneType"),
    ],
)
def test_a_failed_batch_leaves_the_corpus_as_it_was(
    batch: list[object], error: type[Exception], message: str
) -> None:
    corpus = _started()
    before = _state(corpus)
    with pytest.raises(error, match=message) as info:
        corpus.add_many(batch)
    assert isinstance(info.value, QuoteVerifyError)
    assert _state(corpus) == before
    # The corpus still works, and numbers new articles as if nothing had happened.
    (added,) = corpus.add_many(['"The bridge opens in June," she said.'])
    assert added.doc_id == "doc-3" and len(corpus.find("the bridge opens in June")) == 2


@settings(max_examples=30, deadline=None)
@given(planted=st.lists(planted_articles(), min_size=1, max_size=4), at=st.integers(0, 4))
def test_any_batch_with_a_clash_adds_nothing(planted: list[PlantedArticle], at: int) -> None:
    corpus = _started()
    before = _state(corpus)
    batch: list[object] = [(f"p{n}", p.text) for n, p in enumerate(planted)]
    batch.insert(min(at, len(batch)), ("b", "A clash with an id already added."))
    with pytest.raises(OptionError):
        corpus.add_many(batch)
    assert _state(corpus) == before


def test_a_store_batch_that_fails_midway_writes_nothing(tmp_path: Path) -> None:
    from quoteverify.surfaces.store import CorpusStore, StoreError

    path = tmp_path / "batch.sqlite"
    corpus = _started()
    corpus.save(path)

    def batch() -> Iterator[object]:
        yield parse('"The bridge opens in June," he said.', "c")
        yield "not an article"

    with CorpusStore(path) as store, pytest.raises(StoreError, match="not str"):
        store.add_many(batch())  # type: ignore[arg-type]
    again = Corpus.open(path)
    assert again.articles == corpus.articles and len(again.index) == len(corpus.index)


@pytest.mark.parametrize("bad", [0, -1, "2", 2.0, True])
def test_variant_groups_refuses_a_min_size_that_is_not_a_whole_number_of_one_or_more(
    bad: object,
) -> None:
    # The command line refused these; the method used to fail deep in the
    # grouping with "'>=' not supported" (for "2"), or take 0 as if it were 1.
    corpus = Corpus()
    corpus.add('"The bridge opens in June," the mayor said.', "a")
    with pytest.raises(OptionError, match="min_size of 1 or more"):
        corpus.variant_groups(min_size=bad)  # type: ignore[arg-type]


def test_a_doc_id_is_in_a_corpus_as_it_is_in_a_saved_store(tmp_path: Path) -> None:
    # "morning" in corpus was False (membership walked the articles, comparing
    # each to the string), while the same test on the saved store was True.
    from quoteverify.surfaces.store import CorpusStore

    corpus = Corpus()
    article = corpus.add('"We close at six," the grocer said.', "morning")
    corpus.save(tmp_path / "news.sqlite")
    store = CorpusStore(tmp_path / "news.sqlite")
    for held in (corpus, store):
        assert "morning" in held and "evening" not in held and 3 not in held
    assert article in corpus
    assert parse('"We close at six," the grocer said.', "evening") not in corpus
    assert parse("Another text.", "morning") not in corpus
