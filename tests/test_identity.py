"""Speaker identity across articles: Speaker.matches."""

from __future__ import annotations

import pytest

from quoteverify import Speaker
from quoteverify.model import SpeakerKind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vladimir Putin", "Putin"),
        ("Vladimir Putin", "Mr Putin"),
        ("Vladimir Putin", "President Putin"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Zelsky"),
        ("Sergei Lavrov", "Sergei Lawrow"),
        ("Yuri Ushakov", "Juri Uschakow"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    sa, sb = Speaker(name=a), Speaker(name=b)
    assert sa.matches(sb) and sb.matches(sa)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Donald Trump", "Melania Trump"),
        ("Vladimir Putin", "Donald Trump"),
        ("Marco Rubio", "Mario Rubin"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not Speaker(name=a).matches(Speaker(name=b))


def test_anonymous_sources_never_match_by_similarity() -> None:
    a = Speaker(name="a senior official", kind=SpeakerKind.ANONYMOUS)
    b = Speaker(name="a senior aide", kind=SpeakerKind.ANONYMOUS)
    assert not a.matches(b)
    assert a.matches(Speaker(name="a senior official", kind=SpeakerKind.ANONYMOUS))


def test_organisations_match_by_alias() -> None:
    a = Speaker(name="Kremlin", kind=SpeakerKind.ORGANIZATION, aliases=("the Kremlin",))
    b = Speaker(name="the Kremlin", kind=SpeakerKind.ORGANIZATION)
    assert a.matches(b)
    assert not a.matches(Speaker(name="White House", kind=SpeakerKind.ORGANIZATION))


def test_a_person_and_an_organisation_do_not_match_by_similarity() -> None:
    assert not Speaker(name="Kremlin", kind=SpeakerKind.ORGANIZATION).matches(
        Speaker(name="Kremlinov")
    )
