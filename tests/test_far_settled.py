"""The far reading of the sentence before a quote, settled by the near one (issue 12,
h57c-dense): ``find_previous_sentence`` leaves None for ``find_previous_sentence_far``
when its own walk over the cues took in every token the far walk reads and found
nothing. Each site must answer as the far reading done afresh. Invented text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteverify
from quoteverify.speakers import attribution
from quoteverify.text.spans import extract_with_paragraphs

_PIECES = st.sampled_from(
    [
        '"We will build it," Pole said. ',
        '"Not now." ',
        '"Maybe later," she said. ',
        "Ana Ruiz said that the plan for the new road would cost far more than the old one. ",
        "Ruiz spoke. ",
        "The mayor added: ",
        "Then the mayor said",
        "It rained all day on the hills near the old town and the river rose. ",
        "Lee, a nurse, replied: ",
        "Sanders made the following comment: ",
        "\n",
        "\n\n",
        " ",
    ]
)


def _sites(text: str) -> list[tuple[Any, Any]]:
    """Two fresh sites for every quote of ``text`` and every quote before it that
    may have been given a speaker (none, or each earlier quote)."""
    extraction, paras = extract_with_paragraphs(text, quoteverify.Config())
    quotes = list(extraction.quotes)
    ctx = attribution._Context(text, quotes, paras)
    pairs = []
    for idx, q in enumerate(quotes):
        para = ctx.para_of(q.outer_start)
        # Only the index of the quote spoken last is read (Site.spoken_end).
        for last in [None, *((i, None, 0) for i in range(idx))]:
            pairs.append(
                (
                    attribution.Site(q, ctx, para, quotes, last),  # type: ignore[arg-type]
                    attribution.Site(q, ctx, para, quotes, last),  # type: ignore[arg-type]
                )
            )
    return pairs


@settings(max_examples=300, deadline=None)
# a cue more than eight tokens back: the near walk stops short, the far one finds Ruiz
@example(
    ["Ana Ruiz said that the plan for the new road would cost far more than the old one. ", '"No."']
)
@example(["The mayor added: ", '"Not now." '])
@example(["Then the mayor said", "\n", '"Not now." '])
@example(['"We will build it," Pole said. ', '"Not now." ', '"Maybe later," she said. '])
@given(st.lists(_PIECES, max_size=10))
def test_the_far_reading_after_the_near_one_is_the_far_reading_alone(pieces: list[str]) -> None:
    text = "".join(pieces)
    for site, fresh in _sites(text):
        attribution.find_previous_sentence(site)
        alone = attribution._previous_sentence(
            fresh.q, fresh.ctx, fresh.para, far=True, spoken=fresh.spoken_end
        )
        assert attribution.find_previous_sentence_far(site) == alone


def test_a_cue_past_the_near_reach_is_left_to_the_far_reading() -> None:
    # The near walk reads the last eight tokens only: it finds nothing, says it did
    # not cover the sentence, and the far reading still names Ruiz.
    text = (
        'Ana Ruiz said that the plan for the new road would cost far more than the old one. "No."'
    )
    [(site, _)] = _sites(text)
    covers: list[bool] = []
    near = attribution._previous_sentence(site.q, site.ctx, site.para, covers=covers)
    assert near is None
    assert covers == [False]
    assert attribution.find_previous_sentence(site) is None
    far = attribution.find_previous_sentence_far(site)
    assert far is not None
    assert far.mention.text == "Ana Ruiz"


def test_a_near_reading_that_covers_the_sentence_settles_the_far_one() -> None:
    # "Pole" is no person: the near walk reads the whole short clause and finds no
    # speaker, so the far reading is settled without reading it again.
    text = '"We will build it," Pole said. "Not now."'
    site, _ = _sites(text)[-1]
    assert attribution.find_previous_sentence(site) is None
    assert site._memo[attribution._FAR_KEY] is None
