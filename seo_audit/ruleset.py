"""Rule sets: TOML files giving each rule its severity and parameters.

A set may `extends` another (a shipped name such as "default", or a path relative to
itself) and override only what differs. Every mistake is reported with the file and key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .checks import SEVERITIES, Rule, all_rules
from .errors import ConfigError
from .readers.source import read_text_limited

SEVERITY_CHOICES = SEVERITIES
_TOP_KEYS = {"name", "description", "extends", "rules"}


@dataclass(frozen=True)
class RuleSetting:
    severity: str
    params: dict[str, Any]


@dataclass
class RuleSet:
    name: str
    sources: list[str] = field(default_factory=list)
    settings: dict[str, RuleSetting] = field(default_factory=dict)

    def active(self) -> dict[str, RuleSetting]:
        return {code: s for code, s in sorted(self.settings.items()) if s.severity != "off"}

    def param(self, code: str, key: str) -> Any:
        """A rule's parameter in this set, or its declared default when the set lacks the
        rule: how code outside the rule (the summary, the outline, a renderer) reads a
        threshold, so that the user's configuration reaches it."""
        setting = self.settings.get(code)
        if setting is not None and key in setting.params:
            return setting.params[key]
        return all_rules()[code].defaults[key]


def builtin_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("seo_audit.rules").iterdir()
                  if p.name.endswith(".toml"))


def _read(spec: str, relative_to: Path | None) -> tuple[str, dict[str, Any]]:
    if spec in builtin_names() and not spec.endswith(".toml"):
        resource = resources.files("seo_audit.rules") / f"{spec}.toml"
        label, text = f"rules/{spec}.toml", resource.read_text(encoding="utf-8")
    else:
        path = Path(spec) if relative_to is None else relative_to / spec
        path = Path(os.path.normpath(path))  # `../d/a.toml` from d/ is d/a.toml: a loop is seen as one
        label = str(path)
        try:
            text = read_text_limited(path)
        except FileNotFoundError:
            known = ", ".join(builtin_names())
            raise ConfigError(f"{label} : jeu de règles introuvable (jeux fournis : {known}).") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"{label} : jeu de règles illisible ({error}).") from None
    try:
        return label, tomllib.loads(text)
    except RecursionError:
        raise ConfigError(f"{label} : TOML trop imbriqué.") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{label} : TOML invalide ({error}).") from None


def validate_rule(label: str, code: str, table: Any, rules: dict[str, Rule],
                  base: RuleSetting | None) -> RuleSetting:
    """One `[rules.CODE]` table checked against the rule's declared parameters (type,
    allowed values, bounds: see `checks/params.py`) and merged over its base."""
    if code not in rules:
        raise ConfigError(f"{label} : règle inconnue « rules.{code} » (voir « seo-audit rules »).")
    if not isinstance(table, dict):
        raise ConfigError(f"{label} : « rules.{code} » doit être une table.")
    specs = rules[code].specs
    params = dict(base.params) if base else {}
    severity = base.severity if base else None
    for key, value in table.items():
        if key == "severity":
            if value not in SEVERITY_CHOICES:
                raise ConfigError(f"{label} : « rules.{code}.severity » vaut {value!r} ; "
                                  f"valeurs permises : {', '.join(SEVERITY_CHOICES)}.")
            severity = value
        elif key not in specs:
            known = ", ".join(sorted(specs)) or "aucun"
            raise ConfigError(f"{label} : paramètre inconnu « rules.{code}.{key} » "
                              f"(paramètres de {code} : {known}).")
        elif (problem := specs[key].problem(value)) is not None:
            raise ConfigError(f"{label} : « rules.{code}.{key} » {problem}.")
        else:
            params[key] = specs[key].coerce(value)
    if severity is None:
        raise ConfigError(f"{label} : « rules.{code} » n’a pas de « severity ».")
    missing = sorted(set(specs) - set(params))
    if missing:
        raise ConfigError(f"{label} : « rules.{code} » : paramètre manquant « {missing[0]} ».")
    return RuleSetting(severity, params)


def load_ruleset(spec: str = "default", _relative_to: Path | None = None, _seen: tuple[str, ...] = ()) -> RuleSet:
    """Load a shipped set by name or a TOML file by path, following `extends`."""
    label, data = _read(spec, _relative_to)
    if label in _seen or (not label.startswith("rules/")
                          and os.path.realpath(label) in {os.path.realpath(s) for s in _seen}):
        raise ConfigError(f"{label} : « extends » forme une boucle.")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ConfigError(f"{label} : clé inconnue « {unknown[0]} » "
                          f"(clés permises : {', '.join(sorted(_TOP_KEYS))}).")
    rules = all_rules()
    if "extends" in data:
        if not isinstance(data["extends"], str):
            raise ConfigError(f"{label} : « extends » doit être un nom de jeu ou un chemin.")
        here = None if label.startswith("rules/") else Path(label).parent
        base = load_ruleset(data["extends"], here, _seen + (label,))
    else:
        base = RuleSet(name="")
    table = data.get("rules", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{label} : « rules » doit être une table de règles.")
    settings = dict(base.settings)
    for code, rule_table in table.items():
        settings[code] = validate_rule(label, code, rule_table, rules, base.settings.get(code))
    if "extends" not in data:
        missing = sorted(set(rules) - set(settings))
        if missing:
            raise ConfigError(f"{label} : la règle « {missing[0]} » n’est pas configurée ; "
                              "un jeu sans « extends » doit configurer toutes les règles.")
    name = data.get("name", Path(label).stem)
    return RuleSet(name=str(name), sources=base.sources + [label], settings=settings)
