"""Project configuration: `seo-audit.toml` (or `.seo-audit.toml`, or `[tool.seo-audit]` in
`pyproject.toml`), found by walking up from the audited paths.

    ruleset = "default"            # base rule set: a shipped name or a path (relative to this file)
    select = ["LEN", "TTL", "STR"] # codes or families to run (default: all)
    ignore = ["STR005"]            # codes or families not to run
    fail-on = "error"              # error | warning | info | never
    exclude = ["brouillons/", "*.txt"]

    [rules.LEN001]                 # parameters and severity over the base set
    min_words = 900

    [[overrides]]                  # for some paths only (patterns relative to this file)
    paths = ["news/**"]
    ignore = ["MET"]
    [overrides.rules.LEN001]
    min_words = 400

    [[overrides]]
    paths = ["guides/**"]
    cornerstone = true             # rules/cornerstone.toml, as `cornerstone: true` in front matter

Selection works as in ruff: the most specific of `select` and `ignore` wins (`STR005` is
more specific than `STR`), `ignore` wins a tie. A layer with `select` (the file, the
command line's `--select`, an override) starts the selection afresh; one with only
`ignore` adds to what it inherits. Every mistake is a `ConfigError` naming the file and
the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checks import all_rules
from .engine.paths import Exclusion, glob_match, relative_to
from .errors import ConfigError
from .readers.source import read_text_limited
from .report import family_of
from .ruleset import RuleSet, RuleSetting, load_ruleset, validate_rule

CONFIG_NAMES = ("seo-audit.toml", ".seo-audit.toml")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
_TOP_KEYS = ("ruleset", "select", "ignore", "fail-on", "exclude", "rules", "overrides")
_OVERRIDE_KEYS = ("paths", "select", "ignore", "rules", "cornerstone")


@dataclass(frozen=True)
class Selection:
    """One layer of select/ignore; `select` None means « keep what was selected before »."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()


@dataclass
class Override:
    paths: tuple[str, ...]
    selection: Selection
    rules: dict[str, dict[str, Any]]
    label: str
    #: Apply the cornerstone profile (`profiles.py`) to these paths.
    cornerstone: bool = False


@dataclass
class ProjectConfig:
    """The configuration in force: the file's (if any), then the command line's flags."""

    source: str | None = None
    root: Path = field(default_factory=lambda: Path(os.getcwd()))
    ruleset_spec: str = "default"
    ruleset: RuleSet = field(default_factory=load_ruleset)
    selections: list[Selection] = field(default_factory=list)
    fail_on: str = "error"
    exclude: list[Exclusion] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    rule_tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    _cache: dict[tuple[int, ...], RuleSet] = field(default_factory=dict, repr=False)

    # -- per file ------------------------------------------------------------------
    def matching_overrides(self, path: str) -> tuple[int, ...]:
        if path in ("-", "<stdin>") or not self.overrides:
            return ()
        relative = relative_to(path, self.root)
        if relative is None:
            return ()
        return tuple(i for i, o in enumerate(self.overrides)
                     if any(glob_match(p, relative) for p in o.paths))

    def ruleset_for(self, path: str) -> RuleSet:
        """The rule set for one file: base set, file and flag selection, path overrides."""
        key = self.matching_overrides(path)
        if key not in self._cache:
            self._cache[key] = self._resolve(key)
        return self._cache[key]

    def _resolve(self, indices: tuple[int, ...]) -> RuleSet:
        rules = all_rules()
        settings = dict(self.ruleset.settings)
        layers = list(self.selections)
        sources = list(self.ruleset.sources)
        for i in indices:
            override = self.overrides[i]
            for code, table in override.rules.items():
                settings[code] = validate_rule(override.label, code, table, rules, settings.get(code))
            layers.append(override.selection)
            sources.append(f"{override.label} ({', '.join(override.paths)})")
        resolved = {code: s if enabled(code, layers) else RuleSetting("off", s.params)
                    for code, s in settings.items()}
        result = RuleSet(name=self.ruleset.name, sources=sources, settings=resolved)
        if any(self.overrides[i].cornerstone for i in indices):
            from .profiles import CORNERSTONE, apply_profile

            result = apply_profile(result, CORNERSTONE)
        return result


def _specificity(code: str, entries: tuple[str, ...]) -> int:
    best = -1
    for entry in entries:
        if entry == "ALL":
            best = max(best, 0)
        elif code.startswith(entry):
            best = max(best, len(entry))
    return best


def enabled(code: str, layers: list[Selection]) -> bool:
    """Is `code` selected after applying the layers in order?"""
    on = True
    for layer in layers:
        ignored = _specificity(code, layer.ignore)
        if layer.select is not None:
            selected = _specificity(code, layer.select)
            on = selected >= 0 and not (ignored >= selected)
        elif ignored >= 0:
            on = False
    return on


# -- reading ---------------------------------------------------------------------------

def find_config(start: str | Path) -> Path | None:
    """The nearest configuration file in `start` (a folder) or a folder above it."""
    folder = Path(os.path.abspath(start))
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(read_text_limited(pyproject))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
                continue
            if isinstance(data.get("tool"), dict) and "seo-audit" in data["tool"]:
                return pyproject
    return None


def start_folder(paths: list[str]) -> Path:
    """Where discovery starts: the deepest folder containing every audited path."""
    real = [os.path.abspath(p) for p in paths if p != "-"]
    if not real:
        return Path(os.getcwd())
    folders = [p if os.path.isdir(p) else os.path.dirname(p) for p in real]
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:  # different drives
        return Path(folders[0])


def _read_table(path: Path) -> tuple[str, dict[str, Any]]:
    label = str(path)
    try:
        text = read_text_limited(path)
    except FileNotFoundError:
        raise ConfigError(f"{label} : fichier de configuration introuvable.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{label} : fichier de configuration illisible ({error}).") from None
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise ConfigError(f"{label} : TOML trop imbriqué.") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{label} : TOML invalide ({error}).") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("seo-audit") if isinstance(data.get("tool"), dict) else None
        if table is None:
            raise ConfigError(f"{label} : pas de table [tool.seo-audit].")
        if not isinstance(table, dict):
            raise ConfigError(f"{label} : « tool.seo-audit » doit être une table.")
        return f"{label} [tool.seo-audit]", table
    return label, data


def _codes(label: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{label} : « {key} » doit être une liste de codes, par exemple [\"KW\", \"RDB003\"].")
    return tuple(check_code(label, key, v) for v in value)


def check_code(label: str, key: str, entry: str) -> str:
    """A code or family prefix known to the registry (`KW`, `RDB003`, `ALL`), upper-cased."""
    entry = entry.strip().upper()
    if entry == "ALL":
        return entry
    codes = all_rules()
    families = {family_of(c) for c in codes}
    if family_of(entry) not in families or not any(c.startswith(entry) for c in codes):
        raise ConfigError(f"{label} : « {key} » : code ou famille inconnu « {entry} » "
                          "(voir « seo-audit rules »).")
    return entry


def _patterns(label: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{label} : « {key} » doit être une liste de motifs, par exemple [\"news/**\"].")
    return tuple(value)


def _rules_table(label: str, key: str, value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{label} : « {key} » doit être une table de règles ([{key}.LEN001]…).")
    return {str(code).upper(): table for code, table in value.items()}


def load_config(path: str | Path | None) -> ProjectConfig:
    """Read and validate a configuration file; None gives the defaults."""
    config = ProjectConfig()
    if path is None:
        return config
    path = Path(os.path.abspath(path))
    label, data = _read_table(path)
    config.source = label
    config.root = path.parent
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        hint = " (écrivez « fail-on »)" if unknown[0] == "fail_on" else ""
        raise ConfigError(f"{label} : clé inconnue « {unknown[0]} »{hint} "
                          f"(clés permises : {', '.join(_TOP_KEYS)}).")
    if "ruleset" in data:
        if not isinstance(data["ruleset"], str) or not data["ruleset"].strip():
            raise ConfigError(f"{label} : « ruleset » doit être le nom d’un jeu fourni ou un chemin.")
        config.ruleset_spec = data["ruleset"]
    config.ruleset = _load_base(config.ruleset_spec, config.root, label)
    rules = all_rules()
    config.rule_tables = _rules_table(label, "rules", data.get("rules", {}))
    config.ruleset = _with_rules(config.ruleset, config.rule_tables, label)
    if "select" in data or "ignore" in data:
        select = _codes(label, "select", data["select"]) if "select" in data else None
        config.selections.append(Selection(select, _codes(label, "ignore", data.get("ignore", []))))
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON_CHOICES:
            raise ConfigError(f"{label} : « fail-on » vaut {data['fail-on']!r} ; "
                              f"valeurs permises : {', '.join(FAIL_ON_CHOICES)}.")
        config.fail_on = data["fail-on"]
    if "exclude" in data:
        config.exclude = [Exclusion(p, config.root) for p in _patterns(label, "exclude", data["exclude"])]
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list) or not all(isinstance(o, dict) for o in overrides):
        raise ConfigError(f"{label} : « overrides » doit être une liste de tables ([[overrides]]).")
    for number, table in enumerate(overrides, 1):
        where = f"{label} [[overrides]] n° {number}"
        unknown = sorted(set(table) - set(_OVERRIDE_KEYS))
        if unknown:
            raise ConfigError(f"{where} : clé inconnue « {unknown[0]} » "
                              f"(clés permises : {', '.join(_OVERRIDE_KEYS)}).")
        if "paths" not in table:
            raise ConfigError(f"{where} : « paths » manque (par exemple paths = [\"news/**\"]).")
        override = Override(
            paths=_patterns(where, "paths", table["paths"]),
            selection=Selection(_codes(where, "select", table["select"]) if "select" in table else None,
                                _codes(where, "ignore", table.get("ignore", []))),
            rules=_rules_table(where, "rules", table.get("rules", {})),
            label=where,
            cornerstone=_flag(where, "cornerstone", table.get("cornerstone", False)),
        )
        # Validate now (unknown codes, parameters, types) rather than on the first matching file.
        base = config.ruleset.settings
        for code, rule_table in override.rules.items():
            validate_rule(where, code, rule_table, rules, base.get(code))
        config.overrides.append(override)
    return config


def _flag(label: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{label} : « {key} » doit être true ou false, pas {value!r}.")
    return value


def _load_base(spec: str, root: Path, label: str) -> RuleSet:
    try:
        return load_ruleset(spec, root)
    except ConfigError as error:
        raise ConfigError(f"{label} : « ruleset » : {error}") from None


def _with_rules(base: RuleSet, tables: dict[str, dict[str, Any]], label: str) -> RuleSet:
    """`base` with the `[rules.CODE]` tables of a configuration file merged over it."""
    if not tables:
        return base
    rules = all_rules()
    settings = dict(base.settings)
    for code, table in tables.items():
        settings[code] = validate_rule(label, code, table, rules, settings.get(code))
    return RuleSet(base.name, base.sources + [label], settings)


def resolve(paths: list[str], config_path: str | None = None, no_config: bool = False,
            ruleset: str | None = None, select: list[str] | None = None,
            ignore: list[str] | None = None, fail_on: str | None = None,
            exclude: list[str] | None = None) -> ProjectConfig:
    """The configuration for a run: the file (given, or found from the paths), then flags."""
    if no_config:
        found = None
    elif config_path is not None:
        found = Path(config_path)
        if not found.is_file():
            raise ConfigError(f"{config_path} : fichier de configuration introuvable (--config).")
    else:
        found = find_config(start_folder(paths))
    config = load_config(found)
    if ruleset is not None:
        # the set named on the command line, with the file's [rules] still on top
        config.ruleset_spec = ruleset
        config.ruleset = _with_rules(load_ruleset(ruleset), config.rule_tables, config.source or "")
    if select is not None:
        config.selections.append(Selection(tuple(check_code("--select", "--select", c) for c in select), ()))
    if ignore:
        config.selections.append(Selection(None, tuple(check_code("--ignore", "--ignore", c) for c in ignore)))
    if fail_on is not None:
        config.fail_on = fail_on
    if exclude:
        here = Path(os.getcwd())
        config.exclude = config.exclude + [Exclusion(p, here) for p in exclude]
    return config


def split_codes(values: list[str] | None) -> list[str] | None:
    """`--select KW,RDB003 --select STR` → ["KW", "RDB003", "STR"]."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


# -- printing --------------------------------------------------------------------------

def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return _toml_value(str(value))


def describe(config: ProjectConfig, path: str | None = None) -> str:
    """The resolved configuration as TOML (valid, so it can be copied into a file)."""
    ruleset = config.ruleset_for(path) if path else config.ruleset_for("-")
    lines = [f"# configuration : {config.source or 'aucun fichier (valeurs par défaut)'}"]
    if path:
        lines.append(f"# règles en vigueur pour : {path}")
    lines.append(f"# jeux de règles : {', '.join(ruleset.sources)}")
    lines.append(f"ruleset = {_toml_value(config.ruleset_spec)}")
    lines.append(f"fail-on = {_toml_value(config.fail_on)}")
    for number, selection in enumerate(config.selections, 1):
        lines.append(f"# sélection {number} : select = "
                     f"{_toml_value(list(selection.select)) if selection.select is not None else '(héritée)'}, "
                     f"ignore = {_toml_value(list(selection.ignore))}")
    active = [code for code, s in sorted(ruleset.settings.items()) if s.severity != "off"]
    lines.append(f"# règles actives : {len(active)} sur {len(ruleset.settings)}")
    lines.append(f"exclude = {_toml_value([e.pattern for e in config.exclude])}")
    for code, setting in sorted(ruleset.settings.items()):
        lines.append("")
        lines.append(f"[rules.{code}]")
        lines.append(f"severity = {_toml_value(setting.severity)}")
        for key, value in setting.params.items():
            lines.append(f"{key} = {_toml_value(value)}")
    for override in config.overrides:
        lines.append("")
        lines.append("[[overrides]]")
        lines.append(f"paths = {_toml_value(list(override.paths))}")
        if override.selection.select is not None:
            lines.append(f"select = {_toml_value(list(override.selection.select))}")
        if override.selection.ignore:
            lines.append(f"ignore = {_toml_value(list(override.selection.ignore))}")
        if override.cornerstone:
            lines.append("cornerstone = true")
        for code, table in override.rules.items():
            lines.append(f"[overrides.rules.{code}]")
            for key, value in table.items():
                lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"
