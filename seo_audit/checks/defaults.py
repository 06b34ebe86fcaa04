"""`rules/default.toml`, written from the rules' declarations (`@rule` and their `Params`).

The shipped default set is generated so that each default and its source live in one
place; a test checks that the file matches. After adding or changing a rule:

    python -m seo_audit.checks.defaults > rules/default.toml
"""

from __future__ import annotations

from typing import Any

from ..report import FAMILY_NAMES
from . import Rule, all_rules

HEADER = """\
# seo-audit — the default rule set: every rule, its severity and its thresholds.
# GENERATED from the rules' declarations in seo_audit/checks/ (their `Params` classes):
# edit those, then run `python -m seo_audit.checks.defaults > rules/default.toml`.
#
# Severity: "error" fails the CI gate (exit code 1 with the default --fail-on error),
# "warning" and "info" are reported only, "off" disables the rule.
# Each threshold names its source. Override any of them in a set that says
# `extends = "default"`, or in the project's seo-audit.toml.

name = "default"
description = "Toutes les règles, seuils de Yoast SEO pour le français et du cahier des charges."
"""
COMMENT_COLUMN = 25


def toml_value(value: Any) -> str:
    """A TOML literal for a parameter value (bool, int, float or str)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def _line(key: str, value: Any, source: str) -> str:
    line = f"{key} = {toml_value(value)}"
    return f"{line:<{COMMENT_COLUMN - 1}} # {source}" if source else line


def _family_order(rule: Rule) -> tuple[int, str]:
    families = list(FAMILY_NAMES)
    return (families.index(rule.family) if rule.family in families else len(families), rule.code)


def default_toml() -> str:
    """The text of `rules/default.toml`."""
    out = [HEADER]
    family = None
    for spec in sorted(all_rules().values(), key=_family_order):
        if spec.family != family:
            family = spec.family
            title = f"# --- {family} : {FAMILY_NAMES.get(family, family)} "
            out.append(f"{title:-<86}")
        out.append(f"[rules.{spec.code}]")
        out.append(_line("severity", spec.severity, spec.severity_source))
        for name, param in spec.specs.items():
            out.append(_line(name, param.default, param.source))
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(default_toml(), end="")
