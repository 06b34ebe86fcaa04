"""A measured value next to the threshold it is judged by, as a reader reads them: French
notation, the unit the parameter's name gives, a share as a percentage (« 0 %, minimum
30 % », never « 0 · 0,3 »). The editor's hover and the HTML report say them alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..checks.params import ParamSpec
    from ..report import Value

#: The unit of a parameter, from the end of its name.
_UNITS = (("content_words", "mots pleins"), ("words", "mots"), ("chars", "caractères"),
          ("pixels", "px"), ("images", "images"), ("run", "phrases"), ("score", ""),
          ("percent", "%"), ("share", "%"), ("position", "%"))


def number(value: float | int) -> str:
    """French notation: « 27,7 », « 0,43 », « 1 000 », no « .0 » (two decimals at most:
    the checks round what they measure, a density to the hundredth)."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return text.replace(",", "\u202f").replace(".", ",")


def _with_unit(value: float | int, unit: str, fraction: bool) -> str:
    if unit == "%":
        return f"{number(value * 100 if fraction else value)}\u00a0%"
    return f"{number(value)} {unit}".rstrip()


def measured(value: "Value", threshold: "Value", params: dict[str, Any],
             specs: "dict[str, ParamSpec] | None" = None) -> str | None:
    """« 46 mots, maximum 20 »: the measured value against the parameter it is judged by
    (found by its value among the rule's parameters), or None when there is none. With the
    rule's `specs`, a share is what its declaration says (`ParamSpec.is_share`), not a
    guess from the value: RDB002's `max_share = 1` is 1 %, not 100 %."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    if not isinstance(threshold, (int, float)) or isinstance(threshold, bool):
        return None
    for name, param in params.items():
        if isinstance(param, bool) or not isinstance(param, (int, float)) or param != threshold:
            continue
        bound = {"max": "maximum", "min": "minimum"}.get(name.split("_")[0])
        if bound is None:
            continue
        unit = next((u for suffix, u in _UNITS if name.endswith(suffix)), "")
        if specs is not None and name in specs:
            fraction = specs[name].is_share
        else:
            fraction = unit == "%" and threshold <= 1 and not name.endswith("percent") and value <= 1
        limit = _with_unit(threshold, unit, fraction) if unit == "%" else number(threshold)
        return f"{_with_unit(value, unit, fraction)}, {bound} {limit}"
    return None
