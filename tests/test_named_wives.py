"""A wife named by her husband's full name, when the husband is named too.

Older news and novels print a married couple as *Ray Marlow and Mrs. Ray Marlow*:
two people. When the text has named a person by a full name with no title, and a
married woman's title later stands before that same full name, she is his wife, a
person of her own (``identity._Registry._named_husband``), even when the given name
says no sex (*Ray*, *Dale*; a man's given name such as *Hubert* was already read so:
``_wife_name``). A later *Mrs. Marlow* is the wife, not the man.
"""

from __future__ import annotations

from quoteverify import parse

_COUPLE = "Ray Marlow and Mrs. Ray Marlow bought the mill in 1988. "


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in parse(text).quotes]


def test_the_wife_by_her_husbands_full_name_is_her_own_person() -> None:
    text = _COUPLE + '"We mended the wheel ourselves," Mrs. Ray Marlow said.'
    assert _speakers(text) == ["Mrs Ray Marlow"]


def test_mrs_and_the_surname_later_is_the_wife() -> None:
    text = _COUPLE + '"It felt like home at once," Mrs. Marlow said.'
    assert _speakers(text) == ["Mrs Ray Marlow"]


def test_the_husband_keeps_his_own_quotes() -> None:
    text = (
        _COUPLE + '"It felt like home at once," Mrs. Marlow said. '
        '"The roof leaked for a year," Ray Marlow said.'
    )
    assert _speakers(text) == ["Mrs Ray Marlow", "Ray Marlow"]


def test_mr_and_the_surname_is_the_husband() -> None:
    text = _COUPLE + '"The roof leaked for a year," Mr. Marlow said.'
    assert _speakers(text) == ["Ray Marlow"]


def test_a_woman_named_first_is_not_split_from_herself() -> None:
    text = 'Dana Orme, a nurse, spoke first. "We stay," said Mrs. Dana Orme.'
    assert _speakers(text) == ["Dana Orme"]


def test_a_man_titled_before_and_his_wife_later_are_two() -> None:
    text = (
        "Mr. Ray Marlow opened the mill in spring. By June, Mrs. Ray Marlow ran its shop. "
        '"We sell flour now," Mrs. Marlow said.'
    )
    assert _speakers(text) == ["Mrs Ray Marlow"]
