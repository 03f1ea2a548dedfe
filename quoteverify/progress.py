"""Progress reports for long work: a tqdm bar, or a function of your own.

Every function that takes ``progress=`` accepts the same values:

- ``None`` or ``False`` (the default): no report;
- ``True`` or ``"tqdm"``: a `tqdm <https://tqdm.github.io>`_ bar on standard error
  (``tqdm.auto``, so a widget in Jupyter when ipywidgets is installed); tqdm
  is an optional extra, ``pip install 'quoteverify[progress]'``;
- a function ``fn(done, total)``: called with the number of items done so far
  and the total (``None`` when it is not known in advance): once with ``0`` at
  the start, then at most every 0.1 s while the count grows, and once more at
  the end with the final count if that was not reported yet. The counts only
  grow, so ``fn`` can be cheap and simple.

Inside quoteverify, long loops use :func:`track`:

>>> seen = []
>>> with track(lambda done, total: seen.append((done, total)), total=3, desc="demo") as step:
...     for _ in range(3):
...         step()
>>> seen[0], seen[-1]
((0, 3), (3, 3))
"""

from __future__ import annotations

import contextlib
import importlib
import time
from collections.abc import Callable, Iterator
from typing import Literal, Protocol, TypeAlias

from .errors import OptionError, require_extra

__all__ = ["Progress", "Step", "track"]

#: What a ``progress=`` option accepts (the module's docstring says what each means).
Progress: TypeAlias = bool | Literal["tqdm"] | Callable[[int, int | None], object] | None

#: Seconds between two calls of a user's progress function.
_INTERVAL = 0.1


class Step(Protocol):
    """What :func:`track` yields: call it with the number of items just done (default 1)."""

    def __call__(self, n: int = 1) -> None:
        """Count ``n`` more items done."""


def _noop(n: int = 1) -> None:
    """Count nothing: the step of ``progress=None``."""


class _Throttled:
    """A user's ``fn(done, total)``, called with growing counts, at most every ``_INTERVAL`` s."""

    __slots__ = ("_done", "_fn", "_next", "_reported", "_total")

    def __init__(self, fn: Callable[[int, int | None], object], total: int | None) -> None:
        self._fn = fn
        self._total = total
        self._done = 0
        self._reported = 0
        self._next = 0.0

    def start(self) -> None:
        self._fn(0, self._total)
        self._next = time.monotonic() + _INTERVAL

    def __call__(self, n: int = 1) -> None:
        self._done += n
        now = time.monotonic()
        if now >= self._next:
            self._next = now + _INTERVAL
            self._reported = self._done
            self._fn(self._done, self._total)

    def finish(self) -> None:
        if self._done != self._reported:
            self._reported = self._done
            self._fn(self._done, self._total)


@contextlib.contextmanager
def _callback(fn: Callable[[int, int | None], object], total: int | None) -> Iterator[Step]:
    counter = _Throttled(fn, total)
    counter.start()
    try:
        yield counter
    finally:
        # Also after an error or an abandoned generator: report how far the work got.
        # (If ``fn`` itself raised, its count was already marked reported.)
        counter.finish()


@contextlib.contextmanager
def _bar(total: int | None, desc: str, unit: str) -> Iterator[Step]:
    auto = importlib.import_module("tqdm.auto")
    bar = auto.tqdm(total=total, desc=desc, unit=f" {unit}")
    try:
        yield bar.update
    finally:
        bar.close()


def track(
    progress: Progress, *, total: int | None, desc: str, unit: str = "items"
) -> contextlib.AbstractContextManager[Step]:
    """A context manager that reports progress; it yields ``step(n=1)`` to count work done.

    ``progress`` is any value a ``progress=`` option accepts (see the module's
    docstring); ``total`` is the number of items expected, or ``None`` when
    unknown; ``desc`` labels the tqdm bar and ``unit`` names what it counts
    ("articles", "quotes"; a function is given neither). The value is checked here,
    so a bad one fails before any work starts:

    >>> track("yes", total=None, desc="parse")
    Traceback (most recent call last):
    ...
    quoteverify.errors.OptionError: progress must be None, False, True, 'tqdm' or a function ...
    >>> with track(None, total=10, desc="parse") as step:
    ...     step(10)

    ``True`` and ``"tqdm"`` raise :class:`~quoteverify.errors.MissingExtraError`
    when tqdm is not installed. The bar is closed, and a function is given the
    final count, when the block ends, also by an error.
    """
    if progress is None or progress is False:
        return contextlib.nullcontext(_noop)
    if progress is True or (isinstance(progress, str) and progress == "tqdm"):
        require_extra("tqdm", extra="progress", feature=f"progress={progress!r}")
        return _bar(total, desc, unit)
    if callable(progress) and not isinstance(progress, type):
        return _callback(progress, total)
    raise OptionError(
        "progress must be None, False, True, 'tqdm' or a function fn(done, total) "
        f"called with the count done and the total, not {progress!r}"
    )
