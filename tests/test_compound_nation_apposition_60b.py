"""A body's apposition with a compound of two nations before its kind (h60b-review).

*Veltmark, the Anglo-Dutch company,*: ``identity._NAME_KIND`` took a capitalised
word with a lower-case tail after a hyphen (*Leeds-based*, h60-blind51); a tail
that is capitalised too (*Anglo-Dutch*, *Franco-German*, *Pan-African*) now counts
the same, so a later *the company said* names the body.
"""

from __future__ import annotations

import pytest

import quoteverify as qv


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in qv.parse(text).quotes]


@pytest.mark.parametrize(
    ("modifier", "kind"),
    [("Anglo-Dutch", "company"), ("Franco-German", "group"), ("Sino-Indian", "firm")],
)
def test_a_compound_of_nations_keeps_the_body(modifier: str, kind: str) -> None:
    text = (
        f"Veltmark, the {modifier} {kind}, said its profits fell by a third.\n\n"
        f'"It was a hard year for everyone," the {kind} said.'
    )
    assert _speakers(text) == ["Veltmark"]


@pytest.mark.parametrize(
    "text",
    [
        # a place of two words before the hyphen (already read)
        'Corvane, the New York-based company, said profits fell.\n\n"It was a hard year,"'
        " the company said.",
        # a name with a hyphen of its own, described by a kind
        'Al-Noor, the Qatar-based broadcaster, said its office was shut.\n\n"Our staff are'
        ' safe," the broadcaster said.',
    ],
)
def test_near_miss_other_hyphens_keep_the_body(text: str) -> None:
    assert _speakers(text)[0] in {"Corvane", "Al-Noor"}


def test_near_miss_a_person_before_a_compound_kind_is_not_a_body() -> None:
    # a person speaks and is described; the company is named in between
    text = (
        "Omar Haddad, who joined Veltmark, the Anglo-Dutch company, last year, said the"
        ' talks failed.\n\n"Nobody came," he said.'
    )
    assert _speakers(text) == ["Omar Haddad"]
