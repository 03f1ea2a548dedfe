"""The cyclic garbage collector paused around work that makes many objects and few cycles.

Parsing an article or grouping a corpus makes hundreds of thousands of small
containers (tokens, candidates, index entries) and almost no reference cycles:
reference counting frees them as usual. Left running, the cyclic collector
walks the survivors again and again, and the more of them a call keeps alive
(one long document, a large corpus), the more each of its passes reads. Pausing
it for the call removes that cost; whatever cycles the call left are collected
at the first collection after it.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused"]


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cyclic garbage collector paused (if it runs) for the block, then resumed.

    Only a collector that was running when the block began is resumed, so a
    caller who disabled it keeps it disabled. The collector is process-wide: a
    thread that runs beside the block sees it paused too (it resumes when the
    block that paused it ends).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
