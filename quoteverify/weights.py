"""A linear ranker's weights: plain data, read from and written to JSON.

The weights belong with the data model, below every stage, because a
:class:`~quoteverify.Config` carries them (``Config(attribution_weights=...)``)
and reads a weights file when it is built. What the weights score, and how they
are fitted, is :mod:`quoteverify.speakers.ranker`'s business (``features``,
``choose_by_weights``, ``fit``), which also exports these names as before.

>>> w = Weights(values={"rule=after-quote": 2.0}, description="by hand")
>>> Weights.from_json(w.to_json()) == w
True
>>> Weights(values={"order=0": "high"})
Traceback (most recent call last):
...
quoteverify.errors.InputFormatError: the weight of 'order=0' must be a finite number, not 'high'
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import attrs

from .errors import InputFormatError

__all__ = ["FORMAT_VERSION", "Weights", "default_weights", "load_weights"]

FORMAT_VERSION = 1
"""The version of the weights file format this module reads and writes."""


def _check_values(values: object) -> dict[str, float]:
    if not isinstance(values, Mapping):
        raise InputFormatError(
            f'"weights" must be an object of feature names to numbers, not {type(values).__name__}'
        )
    out: dict[str, float] = {}
    for key, value in values.items():
        if not isinstance(key, str):
            raise InputFormatError(f"a feature name must be a string, not {key!r}")
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            raise InputFormatError(f"the weight of {key!r} must be a finite number, not {value!r}")
        out[key] = float(value)
    return out


@attrs.frozen(kw_only=True)
class Weights:
    """A linear ranker's weights: feature name -> weight, with what they were fitted on.

    ``values`` maps the names :func:`quoteverify.speakers.ranker.features` gives
    to weights (a missing name weighs 0); ``description`` says what data they
    were fitted on and how; ``version`` is the file format's (:data:`FORMAT_VERSION`).
    """

    values: Mapping[str, float] = attrs.field(converter=_check_values, hash=False)
    description: str = ""
    version: int = FORMAT_VERSION

    def to_json(self) -> str:
        """The weights as a JSON document (sorted, so refits diff cleanly)."""
        doc = {
            "format": "quoteverify-attribution-weights",
            "version": self.version,
            "description": self.description,
            "weights": {k: round(v, 6) for k, v in sorted(self.values.items())},
        }
        return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str | None = None) -> Weights:
        """Read :meth:`to_json`'s output; a malformed document raises
        :class:`~quoteverify.errors.InputFormatError` naming ``source``."""
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputFormatError(f"not valid JSON ({err.msg})", source=source) from None
        return cls.from_dict(doc, source=source)

    @classmethod
    def from_dict(cls, doc: object, *, source: str | None = None) -> Weights:
        """Weights from a parsed JSON object (as :meth:`to_json` writes, or ``attrs.asdict``)."""
        if not isinstance(doc, Mapping):
            raise InputFormatError(
                f"a weights file must hold a JSON object, not {type(doc).__name__}", source=source
            )
        version = doc.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise InputFormatError(
                f"weights format version {version!r} is not supported "
                f"(this quoteverify reads version {FORMAT_VERSION})",
                source=source,
            )
        values = doc.get("weights", doc.get("values"))
        description = doc.get("description", "")
        if not isinstance(description, str):
            raise InputFormatError('"description" must be a string', source=source)
        try:
            return cls(values=values, description=description)
        except InputFormatError as err:
            raise InputFormatError(str(err), source=source) from None


def load_weights(path: str | Path) -> Weights:
    """Read a weights file; a missing or malformed one raises
    :class:`~quoteverify.errors.InputFormatError` (a ``ValueError``) naming it."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise InputFormatError(f"cannot read the weights: {err.strerror}", source=name) from None
    except UnicodeDecodeError:
        raise InputFormatError("the weights file is not UTF-8 text", source=name) from None
    return Weights.from_json(text, source=name)


def default_weights() -> Weights:
    """The weights shipped with the package (fitted on PolNeAR train; see docs/accuracy.md)."""
    ref = resources.files("quoteverify").joinpath("data/attribution-weights.json")
    return Weights.from_json(ref.read_text(encoding="utf-8"), source=str(ref))
