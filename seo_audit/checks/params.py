"""A rule's parameters, declared once: a frozen dataclass per rule.

Each field gives a parameter's type (`int`, `float`, `bool`, `str` or a `Literal` of the
allowed values), its default, its bounds and the source of the default, as data. The
rule set is validated against it (`ruleset.py`), `rules/default.toml` is generated from
it (`defaults.py`), and `seo-audit rule CODE`, SARIF's rule metadata and the HTML
checklist read it: no threshold lives anywhere else.

    @dataclass(frozen=True)
    class SectionLength(Params):
        max_words: int = param(300, "Yoast SEO subheading distribution", minimum=1)

A check receives an instance and reads `p.max_words`. A `float` between 0 and 1 is a share
(`ParamSpec.is_share`): a rule set writes 0.3, a reader of a summary reads « 30 % ».
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from typing import Any, Literal

_TYPE_NAMES = {int: "un entier", float: "un nombre", str: "un texte", bool: "un booléen"}


def param(default: Any, source: str = "", *, minimum: float | None = None,
          maximum: float | None = None) -> Any:
    """A parameter's default, the source of that default (shown by `seo-audit rule` and
    written next to it in `rules/default.toml`) and its inclusive bounds."""
    return dataclasses.field(default=default,
                             metadata={"source": source, "minimum": minimum, "maximum": maximum})


@dataclass(frozen=True)
class Params:
    """Base of every rule's parameters (a rule without parameters uses it as is)."""

    @classmethod
    def specs(cls) -> dict[str, "ParamSpec"]:
        """`{name: ParamSpec}` in declaration order."""
        return _specs(cls)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.specs()}


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: type
    default: Any
    source: str = ""
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def is_share(self) -> bool:
        """A fraction of a whole (0.3 of the subheadings), which prose says as a percentage."""
        return self.type is float and self.minimum == 0 and self.maximum == 1

    def allowed(self) -> str:
        """What the parameter accepts, in French (« un entier ≥ 1 », « auto, article »…)."""
        if self.choices is not None:
            return ", ".join(f"« {c} »" if c != "" else "« » (vide)" for c in self.choices)
        kind = _TYPE_NAMES.get(self.type, self.type.__name__)
        low, high = (_show(self.minimum), _show(self.maximum))
        if self.minimum is not None and self.maximum is not None:
            return f"{kind} entre {low} et {high}"
        if self.minimum is not None:
            return f"{kind} ≥ {low}"
        if self.maximum is not None:
            return f"{kind} ≤ {high}"
        return kind

    def problem(self, value: Any) -> str | None:
        """None when `value` fits; else what is wrong, in French, to follow the key's name."""
        if not _has_type(value, self.type):
            return f"doit être {_TYPE_NAMES.get(self.type, self.type.__name__)}, pas {value!r}"
        if self.choices is not None and value not in self.choices:
            return f"vaut {value!r} ; valeurs permises : {self.allowed()}"
        if ((self.minimum is not None and value < self.minimum)
                or (self.maximum is not None and value > self.maximum)):
            return f"vaut {value!r} ; attendu : {self.allowed()}"
        return None

    def coerce(self, value: Any) -> Any:
        """A valid TOML value as the rule reads it (an integer given for a float)."""
        return float(value) if self.type is float else value


def _show(bound: float | None) -> str:
    return "" if bound is None else (str(int(bound)) if float(bound).is_integer() else str(bound))


def _has_type(value: Any, expected: type) -> bool:
    if isinstance(value, bool):
        return expected is bool
    if expected is float:
        return isinstance(value, (int, float))
    return isinstance(value, expected)


_CACHE: dict[type, dict[str, ParamSpec]] = {}


def _specs(cls: type) -> dict[str, ParamSpec]:
    if cls not in _CACHE:
        hints = typing.get_type_hints(cls)
        specs = {}
        for f in dataclasses.fields(cls):
            hint, choices = hints[f.name], None
            if typing.get_origin(hint) is Literal:
                choices = typing.get_args(hint)
                hint = type(choices[0])
            if hint not in _TYPE_NAMES:
                raise TypeError(f"{cls.__name__}.{f.name}: parameter type {hint!r} is not int, float, "
                                "bool, str or a Literal of them")
            if f.default is dataclasses.MISSING:
                raise TypeError(f"{cls.__name__}.{f.name}: a parameter needs a default (use param())")
            meta = f.metadata
            specs[f.name] = ParamSpec(f.name, hint, f.default, meta.get("source", ""), choices,
                                      meta.get("minimum"), meta.get("maximum"))
            if specs[f.name].problem(f.default) is not None:
                raise TypeError(f"{cls.__name__}.{f.name}: default {f.default!r} "
                                f"{specs[f.name].problem(f.default)}")
        _CACHE[cls] = specs
    return _CACHE[cls]
