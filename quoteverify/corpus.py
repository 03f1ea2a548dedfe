"""Stage 4, article → corpus: many parsed articles and an index over their quotes.

>>> from quoteverify import Corpus
>>> corpus = Corpus()
>>> _ = corpus.add('"Next time in Moscow," Putin said.', doc_id="a")
>>> _ = corpus.add('Trump laughed when Putin said "next time in Moscow".', doc_id="b")
>>> [(q.doc_id, m.relation.value) for q, m in corpus.find("Next time in Moscow")]
[('a', 'exact'), ('b', 'exact')]
>>> corpus.verify("Next time in Moscow", speaker="Trump").verdict.value
'misattributed'
"""

from __future__ import annotations

import bisect
import heapq
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence, Sized
from typing import Any

from ._inputs import documents
from .article import parse
from .config import Config, resolve_config
from .errors import OptionError, TextTypeError, UnknownDocError, check_min_size
from .matching.compare import QueryComparer, _prepared, meaning_changed, text_of
from .matching.groups import variant_groups
from .matching.index import QuoteIndex
from .matching.prune import QueryBound
from .matching.verify import check as check_article
from .matching.verify import verify as verify_claim
from .model import (
    Article,
    Document,
    Match,
    Quote,
    Relation,
    Speaker,
    VariantGroup,
    Verification,
)
from .progress import Progress, Step, track
from .text.normalize import Prepared, words

__all__ = ["Corpus"]

_RANK = {"exact": 0, "fragment": 1, "variant": 2, "paraphrase": 3, "unrelated": 4}
# compare() rounds its score to two decimals: a ceiling on it allows for that
_SCORE_SLACK = 0.01


class Corpus:
    """Parsed articles and an index of their speech quotes.

    Add articles with :meth:`add` or :meth:`add_many`; then :meth:`find`
    quotes like a given text, :meth:`verify` a claim, :meth:`check` a whole
    new article, or list :meth:`variant_groups`.

    >>> corpus = Corpus()
    >>> _ = corpus.add("“The pool stays open,” Mayor Ines Berg said.", doc_id="a")
    >>> _ = corpus.add("Berg said the pool “stays open” all summer.", doc_id="b")
    >>> len(corpus), corpus.verify("the pool stays open", speaker="Berg").verdict.value
    (2, 'exact')
    """

    def __init__(self, *, config: Config | None = None) -> None:
        self.config = resolve_config(config, "Corpus")
        self._articles: list[Article] = []
        self._by_id: dict[str, Article] = {}
        self._quotes: list[Quote] = []  # indexed quotes, by index id
        self._index = QuoteIndex()
        self._speakers: dict[tuple[object, ...], Speaker] = {}  # one object per speaker

    def __len__(self) -> int:
        return len(self._articles)

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Unpickle, also a corpus pickled before it shared its speakers."""
        state.setdefault("_speakers", {})
        self.__dict__.update(state)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __contains__(self, item: object) -> bool:
        """``doc_id in corpus``, as for a saved store; ``article in corpus`` too.

        >>> corpus = Corpus()
        >>> article = corpus.add('"Soon," Ann said.', "wire-1")
        >>> "wire-1" in corpus, article in corpus, "wire-2" in corpus
        (True, True, False)
        """
        if isinstance(item, Article):
            return item.doc_id is not None and self._by_id.get(item.doc_id) == item
        return isinstance(item, str) and item in self._by_id

    def __repr__(self) -> str:
        return f"Corpus({len(self._articles)} articles, {len(self._quotes)} speech quotes)"

    def _repr_html_(self) -> str:
        """The corpus at a glance, for notebooks.

        See :func:`quoteverify.surfaces.render.corpus_html`.
        """
        from .surfaces.render import to_html  # noqa: PLC0415 - render imports this module

        return to_html(self)

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in the order they were added."""
        return tuple(self._articles)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote of every article, speech or not."""
        return tuple(q for a in self._articles for q in a.quotes)

    @property
    def index(self) -> QuoteIndex:
        """The index over the speech quotes (read-only use)."""
        return self._index

    def article(self, doc_id: str) -> Article:
        """The article with ``doc_id``; :class:`~quoteverify.errors.UnknownDocError`
        (a ``KeyError``) if there is none."""
        try:
            return self._by_id[doc_id]
        except (KeyError, TypeError):  # TypeError: an unhashable id such as a list
            raise UnknownDocError(
                doc_id, where="the corpus", listing="[a.doc_id for a in corpus]"
            ) from None

    def add(
        self,
        text: str,
        /,
        doc_id: str | None = None,
        *,
        clean: bool | Sequence[str] = False,
        **metadata: Any,
    ) -> Article:
        """Parse ``text`` and add it; ``metadata`` (outlet, date, ...) stays on the article.

        ``clean`` cleans scraped text first, as in :func:`~quoteverify.article.parse`
        (``True`` for the default steps, or a list of step names); the article
        then holds the cleaned text. ``doc_id`` and ``clean`` are options, so
        metadata of those names goes through :meth:`add_article`:
        ``corpus.add_article(parse(text, doc_id, metadata={"clean": ...}))``.

        >>> corpus = Corpus()
        >>> article = corpus.add("&ldquo;Soon,&rdquo; Ann said.", "a", clean=True, outlet="Wire")
        >>> article.quotes[0].text, article.metadata
        ('Soon,', {'outlet': 'Wire'})
        """
        if doc_id is None:
            doc_id = f"doc-{len(self._articles) + 1}"
        article = parse(text, doc_id, config=self.config, metadata=metadata, clean=clean)
        return self.add_article(article)

    def add_article(self, article: Article) -> Article:
        """Add an already parsed article (it must have a ``doc_id`` not used yet)."""
        if not isinstance(article, Article):
            raise TextTypeError(f"add_article() takes an Article, not {type(article).__name__}")
        if article.doc_id is None:
            raise OptionError("an article added to a corpus needs a doc_id")
        if article.doc_id in self._by_id:
            raise OptionError(f"doc_id {article.doc_id!r} is already in the corpus")
        self._articles.append(article)
        self._by_id[article.doc_id] = article
        for q in article.quotes:
            self._share_values(q)
            if q.is_speech:
                self._index.add(words(q.text))
                self._quotes.append(q)
        return article

    def _share_values(self, q: Quote) -> None:
        """Make the field values that repeat across quotes one shared object each.

        Memory layout only: a million quotes hold the same few quote marks, cue
        words, rule names and speaker names millions of times, and small offsets
        as separate int objects. Each value is replaced by an equal one (an
        interned str, one int object per small offset, one :class:`Speaker` object
        per distinct speaker in the corpus), so equality, hashes, records and
        pickles are unchanged; only ``is`` can tell. Done here, once per quote,
        not in the classes' constructors, so that parsing pays nothing for it.
        """
        speaker = q.speaker
        if speaker is not None:
            key = (speaker.name, speaker.kind, speaker.aliases)
            try:
                shared = self._speakers.setdefault(key, speaker)
            except TypeError:  # a field that cannot be hashed: nothing to share
                shared = speaker
            if shared is speaker:
                _share(speaker, ("name",), ())
                if type(speaker.aliases) is tuple:
                    _set(speaker, "aliases", tuple(_str(a) for a in speaker.aliases))
            else:
                _set(q, "speaker", shared)
        _share(q, ("kind_reason",), ("start", "end"))
        for mark in (q.open_mark, q.close_mark, *q.reopen_marks):
            if mark is not None:
                _share(mark, ("char",), ("start", "end"))
        if q.speaker_mention is not None:
            _share(q.speaker_mention, ("text",), ("start", "end"))
        if q.cue is not None:
            _share(q.cue, ("text", "rule"), ("start", "end"))
        for gap in q.gaps:
            _share(gap, ("text",), ("start", "end"))

    def add_many(
        self,
        items: Iterable[str | tuple[str, str] | Mapping[str, Any] | Document] | Any,
        *,
        id_column: str | None = None,
        text_column: str = "text",
        progress: Progress = None,
    ) -> list[Article]:
        """Add many texts, all or none: return the articles added, in order.

        ``items`` are strings (ids ``doc-N``, numbered on from the articles
        already in the corpus), ``(doc_id, text)`` pairs, ``{"id", "text"}``
        dicts (other keys become metadata) or
        :class:`~quoteverify.model.Document` objects; or a pandas
        ``DataFrame`` (one article per row, other columns as metadata) or
        ``Series`` (the index labels are the ids), read as
        :func:`~quoteverify.article.iter_parse` reads them, with the same
        ``id_column`` and ``text_column``.

        Every item is parsed and checked before any is added, so a batch that
        fails (a ``doc_id`` used twice or already in the corpus, an item that
        is not a text) raises and leaves the corpus as it was.

        ``progress`` reports the articles parsed (see :mod:`quoteverify.progress`).

        >>> corpus = Corpus()
        >>> [a.doc_id for a in corpus.add_many(["“One,” he said.", ("b", "“Two,” she said.")])]
        ['doc-1', 'b']
        >>> corpus.add_many([("c", "“Three.”"), ("b", "“Again.”")])
        Traceback (most recent call last):
        ...
        quoteverify.errors.OptionError: doc_id 'b' is already in the corpus
        >>> len(corpus)
        2
        """
        total = len(items) if isinstance(items, Sized) else None
        first = len(self._articles)
        docs = documents(
            items,
            func="add_many",
            id_column=id_column,
            text_column=text_column,
            auto_id=lambda n: f"doc-{first + n}",
        )
        with track(progress, total=total, desc="add") as step:
            articles = self._parse_batch(docs, step)
        for article in articles:
            self.add_article(article)
        return articles

    def _parse_batch(self, docs: Iterable[Document], step: Step) -> list[Article]:
        """Parse a batch and check its ids, adding nothing: the corpus is unchanged on error."""
        parsed: list[Article] = []
        seen: set[str] = set()
        for doc in docs:
            step()
            if not isinstance(doc.doc_id, str):
                raise TextTypeError(f"doc_id must be str, not {type(doc.doc_id).__name__}")
            if doc.doc_id in self._by_id:
                raise OptionError(f"doc_id {doc.doc_id!r} is already in the corpus")
            if doc.doc_id in seen:
                raise OptionError(f"doc_id {doc.doc_id!r} is used twice in the batch")
            seen.add(doc.doc_id)
            parsed.append(parse(doc.text, doc.doc_id, config=self.config, metadata=doc.metadata))
        return parsed

    def find(
        self, text: str | Quote, *, limit: int = 10, exclude_doc: str | None = None
    ) -> list[tuple[Quote, Match]]:
        """Indexed quotes that report the same words as ``text``, best first.

        Only linked matches are returned (any relation but unrelated), ordered by
        relation (exact, fragment, variant, paraphrase) and then by score.
        """
        query = text_of(text, "find")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise OptionError(f"find() takes a limit of 1 or more, not {limit!r}")
        if exclude_doc is not None and not isinstance(exclude_doc, str):
            raise TextTypeError(
                f"find() takes exclude_doc as str or None, not {type(exclude_doc).__name__}"
            )
        # (normalised once per text: verify() reads the claim's words again)
        return self._find(_prepared(query), limit, exclude_doc, cut=True)

    def _find(
        self, prepared: Prepared, limit: int, exclude_doc: str | None, *, cut: bool
    ) -> list[tuple[Quote, Match]]:
        """:meth:`find` of a prepared query; ``cut=False`` aligns every candidate the
        bound allows (the plain computation, which the cut must equal: a test holds it).

        With ``cut``, once ``limit`` matches are found, a candidate is not aligned when
        even its best possible rank cannot come before the ``limit``-th found: its
        relation is at best ``exact`` when it prints the query's words, else
        ``fragment``, and its score at most what the words both print in order give
        (:func:`~quoteverify.matching.compare.compare` scores that or less).
        """
        index = self._index
        norms = prepared.norms
        candidates = index.candidates(norms, limit=limit * 20)
        every_ids = index.word_ids_of(candidates)  # each candidate's word ids, read once
        bound = QueryBound(prepared, index)
        common: list[int] | None = None
        if len(candidates) > limit * 4:
            # Compare fully only the candidates sharing the most words in order (what
            # QuoteIndex.overlaps counts), the first by overlap, ties in their order
            # (as a stable sort, without sorting all).
            overlap = list(map(bound.common, every_ids))
            first = heapq.nlargest(limit * 4, range(len(candidates)), key=overlap.__getitem__)
            candidates = [candidates[i] for i in first]
            every_ids = [every_ids[i] for i in first]
            common = [overlap[i] for i in first]
        found = []
        # Outlets print a popular quote word for word: a text seen among the
        # candidates already gets the same match (compare() is a pure function).
        seen: dict[str, Match] = {}
        comparer = QueryComparer(prepared)  # copies printing the same words share work
        # The sort keys of the matches found (one per match object); with ``cut``, once
        # ``limit`` quotes are found, the best ``limit`` keys of those found, in order.
        rank: dict[int, tuple[int, bool, float]] = {}
        keys: list[tuple[int, bool, float, str, int]] = []  # the sort key of each found
        best: list[tuple[int, bool, float, str, int]] | None = None
        n_query = len(norms)
        quotes = self._quotes
        allows = bound.allows
        for n, (qid, ids) in enumerate(zip(candidates, every_ids, strict=True)):
            if best is not None:
                quote = quotes[qid]
                held = common[n] if common is not None else bound.common(ids)
                n_other = len(ids)
                ceiling = 200.0 * held / (n_query + n_other) + _SCORE_SLACK
                first_rank = 0 if held == n_query == n_other else 1
                if (first_rank, False, -ceiling, quote.doc_id or "", quote.start) > best[-1]:
                    continue  # cannot rank among the first ``limit``: not aligned
            # A candidate whose word ids cannot make a relation is not aligned at all
            # (asked first: most candidates are ruled out on the index's arrays, without
            # reading their quote); the others' words come from the index, not
            # normalised again.
            if not allows(qid, ids):
                continue
            quote = quotes[qid]
            if exclude_doc is not None and quote.doc_id == exclude_doc:
                continue
            text = quote.text
            match = seen.get(text)
            if match is None:
                match = seen[text] = comparer.compare(index.prepared(qid, text))
            # close enough to support or explain the claim (linked relation)
            if match.relation is Relation.UNRELATED:  # (not Relation.linked, an enum property)
                continue
            found.append((quote, match))
            key = rank.get(id(match))
            if key is None:
                key = rank[id(match)] = (
                    _RANK[match.relation.value],
                    meaning_changed(match),
                    -match.score,
                )
            full = (*key, quote.doc_id or "", quote.start)
            keys.append(full)
            if best is not None:
                if full < best[-1]:
                    bisect.insort(best, full)
                    best.pop()
            elif cut and len(found) == limit:
                best = sorted(keys)
        # Copies of one text share their match: each match is ranked once, each quote
        # sorted by its key (a stable sort, as found.sort(key=...) would).
        first = sorted(range(len(found)), key=keys.__getitem__)[:limit]
        return [found[i] for i in first]

    def verify(self, claim: str | Quote, speaker: str | Speaker | None = None) -> Verification:
        """Check a claimed quote (and speaker) against the corpus: :func:`quoteverify.verify`."""
        return verify_claim(self, claim, speaker=speaker)

    def check(self, article: Article | str) -> list[Verification]:
        """Give every speech quote of ``article`` its verdict against the other articles.

        See :func:`quoteverify.check`; ``article`` may already be in the corpus.
        """
        return check_article(self, article)

    def variant_groups(self, *, min_size: int = 2, progress: Progress = None) -> list[VariantGroup]:
        """Groups of quotes that report one utterance; see :mod:`.groups`.

        ``progress`` reports the quotes whose candidate pairs have been judged.
        """
        min_size = check_min_size(min_size, "variant_groups")
        return variant_groups(self._index, self._quotes, min_size=min_size, progress=progress)

    def indexed_quote(self, qid: int) -> Quote:
        """The speech quote with index id ``qid``."""
        return self._quotes[qid]

    def indexed_quotes(self) -> list[Quote]:
        """The speech quotes of the index, in the order of their ids."""
        return list(self._quotes)

    def save(self, path: Any) -> None:
        """Write the corpus to an SQLite file (a str or path); see :mod:`.store`."""
        from .surfaces.store import save  # noqa: PLC0415 - store imports this module

        save(self, path)

    @classmethod
    def open(cls, path: Any, *, config: Config | None = None) -> Corpus:
        """The corpus saved at ``path``, read back without re-parsing; see :mod:`.store`."""
        from .surfaces.store import open_corpus  # noqa: PLC0415 - store imports this module

        return open_corpus(path, config=config, corpus_class=cls)


_set = object.__setattr__  # the frozen classes' own way to set a field (attrs does the same)
_SHARED_INT_LIMIT = 1 << 15  # offsets below this share one int object each
_SHARED_INTS: dict[int, int] = {}


def _str(value: object) -> object:
    return sys.intern(value) if type(value) is str else value


def _share(obj: object, strs: tuple[str, ...], ints: tuple[str, ...]) -> None:
    """Replace ``obj``'s str fields ``strs`` and int fields ``ints`` by shared equal ones."""
    for name in strs:
        value = getattr(obj, name)
        if type(value) is str:
            _set(obj, name, sys.intern(value))
    for name in ints:
        value = getattr(obj, name)
        if type(value) is int and 256 < value < _SHARED_INT_LIMIT:
            _set(obj, name, _SHARED_INTS.setdefault(value, value))
