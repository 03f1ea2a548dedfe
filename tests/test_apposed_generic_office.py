"""A male office news gives women too (*chairman*), described before the comma of a
name (*The chairman of the inquiry, Justice Ifeoma Adeyi,*), says no sex of its own:
the *she* after it may be hers (set 36's tribunal; h57b-review)."""

from __future__ import annotations

import quoteverify


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteverify.parse(text).quotes]


_COUNSEL = (
    'A lawyer for the bidders, Barrister Emeka Dozie, told the panel that the tallies were "'
    'made up later." "We will prove every figure," Dozie said.\n'
)


def test_she_after_an_apposed_chairman_is_the_chairman() -> None:
    text = (
        _COUNSEL + "The chairman of the inquiry, Justice Ifeoma Adeyi, put the hearing off"
        ' to May 2. "Nobody will hurry this panel," she said.\n'
    )
    assert _speakers(text)[-1] == "Ifeoma Adeyi"


def test_she_after_a_trusts_apposed_chairman_is_the_chairman() -> None:
    text = (
        "Tom Brake, the mayor, opened the fair. The chairman of the trust, Funmi Dare,"
        ' answered the critics. "The money was spent well," she said.\n'
    )
    assert _speakers(text)[-1] == "Funmi Dare"


def test_near_miss_an_apposed_spokesman_still_says_a_man() -> None:
    # news calls a woman who speaks for a body a spokeswoman: *spokesman* keeps
    # his sex, so the *she* is not his
    text = (
        '"We will win," Ana Ruiz said. The spokesman of the council, Funmi Dare,'
        ' answered the critics. "We will win again," she said.\n'
    )
    assert _speakers(text)[-1] == "Ana Ruiz"


def test_near_miss_he_after_an_apposed_chairman_is_still_the_chairman() -> None:
    text = (
        "Ana Ruiz, the mayor, opened the fair. The chairman of the board, Dede Kalu,"
        ' closed it. "We made money," he said.\n'
    )
    assert _speakers(text)[-1] == "Dede Kalu"


def test_near_miss_a_chairman_printed_on_the_name_still_says_a_man() -> None:
    # no comma between the office and the name: the title says his sex as before,
    # so the *she* stays with the woman quoted before him
    text = (
        '"We will win," Ana Ruiz said. Chairman Dede Kalu left the room.'
        ' "We will win again," she said.\n'
    )
    assert _speakers(text)[-1] == "Ana Ruiz"
