"""Check records against the shipped JSON Schemas, with no dependency.

The readers of :mod:`quoteverify.surfaces.records` check every record against the
schema of its type (``quoteverify/schema/*.schema.json``) before they build
anything from it, so the schema files are the one statement of what a record
may hold. This module compiles each schema, once, into nested checking
functions. It knows the keywords those files use (``type``, ``const``,
``enum``, ``required``, ``properties``, ``items``, ``anyOf``, ``$ref``,
``minimum``, ``maximum``, ``minLength``) and refuses a schema with any other
validation keyword, so that a schema never says more than is checked. The
tests check that it accepts and refuses what ``jsonschema`` does on every
record written and on broken ones.

Messages name the field the way a reader finds it: ``quote record, cue:
'confidence' must be a number, not 'high'``.

>>> check = validator("diagnostic")
>>> record = {"type": "diagnostic", "schema_version": 2, "doc_id": None,
...           "code": "empty", "start": 3, "end": 5, "message": "an empty quote"}
>>> check(record, "diagnostic record") is None
True
>>> check({**record, "start": -1}, "diagnostic record")
"diagnostic record: 'start' must not be negative, not -1"
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["validator"]

# A compiled check: (value, where, label, path) -> the first error message, or None.
# ``where`` locates the object holding the value, ``label`` names the value in a
# message ('start', speaker_aliases[0]) and ``path`` extends ``where`` for what is
# inside the value (cue, evidence[0]); None at the top of a record.
_Check = Callable[[Any, str, str, "str | None"], "str | None"]

_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description"})
_KNOWN = _ANNOTATIONS | {
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "items",
    "anyOf",
    "$ref",
    "minimum",
    "maximum",
    "minLength",
}
_TYPE_WORDS = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _is(kind: str, value: object) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, (list, tuple))
    if kind == "object":
        return isinstance(value, Mapping)
    if kind == "null":
        return value is None
    raise ValueError(f"unknown JSON Schema type {kind!r}")  # pragma: no cover - our files


def _short(value: object, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _same(a: object, b: object) -> bool:
    """JSON equality: ``True`` is not ``1``."""
    return a == b and isinstance(a, bool) == isinstance(b, bool)


class _Compiler:
    """Compiles the schemas, resolving ``$ref`` by ``$id`` and JSON pointer."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        self.schemas = schemas  # by $id
        self.done: dict[tuple[str, str], _Check] = {}

    def ref(self, base: str, ref: str) -> _Check:
        target, _, pointer = ref.partition("#")
        key = (target or base, pointer)
        if key not in self.done:
            # Set a forwarder first, so that a schema referring to itself compiles.
            slot: list[_Check] = []

            def forward(value: Any, where: str, label: str, path: str | None) -> str | None:
                return slot[0](value, where, label, path)

            self.done[key] = forward
            node: Any = self.schemas[key[0]]
            for part in filter(None, pointer.split("/")):
                node = node[part]
            slot.append(self.compile(node, key[0]))
        return self.done[key]

    def compile(self, node: Mapping[str, Any], base: str) -> _Check:
        unknown = set(node) - _KNOWN
        if unknown:
            raise ValueError(f"schema keywords {sorted(unknown)} are not checked by quoteverify")
        checks: list[_Check] = []
        if "$ref" in node:
            checks.append(self.ref(base, node["$ref"]))
        if "type" in node:
            kinds = [node["type"]] if isinstance(node["type"], str) else list(node["type"])
            checks.append(_type_check(kinds))
        if "const" in node:
            checks.append(_const_check(node["const"]))
        if "enum" in node:
            checks.append(_enum_check(list(node["enum"])))
        if "minimum" in node or "maximum" in node:
            checks.append(_range_check(node.get("minimum"), node.get("maximum")))
        if "minLength" in node:
            checks.append(_length_check(node["minLength"]))
        if "required" in node or "properties" in node:
            props = {k: self.compile(v, base) for k, v in node.get("properties", {}).items()}
            checks.append(_object_check(list(node.get("required", ())), props))
        if "items" in node:
            checks.append(_items_check(self.compile(node["items"], base)))
        if "anyOf" in node:
            branches = [(b, self.compile(b, base)) for b in node["anyOf"]]
            checks.append(_any_of_check(branches))
        return _all(checks)


def _all(checks: list[_Check]) -> _Check:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks

        def both(value: Any, where: str, label: str, path: str | None) -> str | None:
            error = first(value, where, label, path)
            return error if error is not None else second(value, where, label, path)

        return both

    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        for one in checks:
            error = one(value, where, label, path)
            if error is not None:
                return error
        return None

    return check


_EXACT = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
    "null": (type(None),),
}


def _type_check(kinds: list[str]) -> _Check:
    words = " or ".join(_TYPE_WORDS[k] for k in kinds)
    exact = frozenset(t for k in kinds for t in _EXACT[k])  # the common case, fast

    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if type(value) in exact or any(_is(k, value) for k in kinds):
            return None
        return f"{where}: {label} must be {words}, not {_short(value)}"

    return check


def _const_check(const: object) -> _Check:
    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if _same(value, const):
            return None
        if label == "'schema_version'" and _is("integer", value) and value > const:
            return (
                f"{where}: schema_version {value} is newer than this version of quoteverify "
                f"reads ({const}); upgrade quoteverify to read it"
            )
        return f"{where}: {label} must be {const!r}, not {_short(value)}"

    return check


def _enum_check(allowed: list[object]) -> _Check:
    words = ", ".join("null" if v is None else repr(v) for v in allowed)
    strings = frozenset(v for v in allowed if type(v) is str)  # the common case, fast

    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if (type(value) is str and value in strings) or any(_same(value, v) for v in allowed):
            return None
        return f"{where}: {label} must be one of {words}, not {_short(value)}"

    return check


def _range_check(low: float | None, high: float | None) -> _Check:
    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if type(value) not in (int, float) and not _is("number", value):
            return None  # JSON Schema: bounds say nothing about other types
        if low is not None and value < low:
            least = "must not be negative" if low == 0 else f"must be at least {low}"
            return f"{where}: {label} {least}, not {value}"
        if high is not None and value > high:
            return f"{where}: {label} must be at most {high}, not {value}"
        return None

    return check


def _length_check(least: int) -> _Check:
    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if isinstance(value, str) and len(value) < least:
            return f"{where}: {label} must have at least {least} character(s), not {value!r}"
        return None

    return check


def _object_check(required: list[str], props: dict[str, _Check]) -> _Check:
    labelled = [(key, repr(key), prop) for key, prop in props.items()]

    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if not isinstance(value, Mapping):
            return None  # the "type" keyword speaks for the type
        inner = where if path is None else f"{where}, {path}"
        for key in required:
            if key not in value:
                return f"{inner}: missing field {key!r}"
        for key, quoted, prop in labelled:
            if key in value:
                error = prop(value[key], inner, quoted, key)
                if error is not None:
                    return error
        return None

    return check


def _items_check(item: _Check) -> _Check:
    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        if not isinstance(value, (list, tuple)):
            return None
        name = path if path is not None else "item"
        for n, element in enumerate(value):
            error = item(element, where, f"{name}[{n}]", f"{name}[{n}]")
            if error is not None:
                return error
        return None

    return check


def _any_of_check(branches: list[tuple[Mapping[str, Any], _Check]]) -> _Check:
    def check(value: Any, where: str, label: str, path: str | None) -> str | None:
        errors = []
        for _, branch in branches:
            error = branch(value, where, label, path)
            if error is None:
                return None
            errors.append(error)
        # Report the branch the value was meant for: the first not refused for its type.
        for (schema, _), error in zip(branches, errors, strict=True):
            if schema.get("type") != "null" and value is not None:
                return error
        return errors[0]

    return check


@functools.cache
def _compiled() -> dict[str, _Check]:
    from .records import SCHEMA_NAMES, schema  # noqa: PLC0415 - records imports this module

    loaded = {name: schema(name) for name in SCHEMA_NAMES}
    compiler = _Compiler({s["$id"]: s for s in loaded.values()})
    return {name: compiler.ref(s["$id"], "") for name, s in loaded.items()}


def validator(name: str) -> Callable[[object, str], str | None]:
    """The check of one record type: ``check(record, where)`` gives the first error, or None.

    ``where`` starts each message (``"quote record"``, ``"record 3 (quote)"``).
    """
    compiled = _compiled()[name]

    def check(record: object, where: str) -> str | None:
        return compiled(record, where, "the record", None)

    return check
