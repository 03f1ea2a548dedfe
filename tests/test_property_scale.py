"""HYPOTHESIS_SCALE: each property's examples scaled once, whatever its items."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import scale_properties


def _property() -> object:
    @settings(max_examples=4, database=None)
    @given(st.integers())
    def prop(x: int) -> None:
        pass

    return prop


def _examples(test: object) -> int:
    test = getattr(test, "__func__", test)
    return int(test._hypothesis_internal_use_settings.max_examples)  # type: ignore[attr-defined]


def test_a_parametrised_property_is_scaled_once_not_once_per_item() -> None:
    # three parameters give three items sharing one function: 4 x 2, not 4 x 2 x 2 x 2
    prop = _property()
    scale_properties([SimpleNamespace(obj=prop) for _ in range(3)], 2)
    assert _examples(prop) == 8


def test_a_property_of_a_test_class_is_scaled_through_its_function() -> None:
    # a method's item holds a bound method, on which no attribute can be set
    class Holder:
        method = _property()

    bound = Holder().method  # type: ignore[attr-defined]
    scale_properties([SimpleNamespace(obj=bound), SimpleNamespace(obj=lambda: None)], 3)
    assert _examples(bound) == 12
