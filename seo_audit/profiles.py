"""Profiles: a rule set applied to some articles only, on top of their own configuration.

`cornerstone: true` in an article's front matter applies `rules/cornerstone.toml`,
Yoast SEO's stricter thresholds for a site's key pages. A profile set `extends` the
default set; only what it changes from the default (a severity, a parameter) is laid
over the file's rule set, so that a project's own thresholds for other rules and its
selection (`select`, `ignore`, `off`) still hold.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .ruleset import RuleSet, RuleSetting, load_ruleset

if TYPE_CHECKING:
    from .audit import Options

CORNERSTONE = "cornerstone"


@lru_cache(maxsize=8)
def _delta(name: str) -> tuple[tuple[str, str | None, tuple[tuple[str, object], ...]], ...]:
    """(code, severity if changed, changed parameters) of a shipped profile."""
    default, profile = load_ruleset("default"), load_ruleset(name)
    changes = []
    for code, setting in sorted(profile.settings.items()):
        base = default.settings.get(code)
        severity = setting.severity if base is None or base.severity != setting.severity else None
        params = tuple((k, v) for k, v in sorted(setting.params.items())
                       if base is None or base.params.get(k) != v)
        if severity is not None or params:
            changes.append((code, severity, params))
    return tuple(changes)


_applied: dict[tuple[int, str], tuple[RuleSet, RuleSet]] = {}


def apply_profile(ruleset: RuleSet, name: str) -> RuleSet:
    """`ruleset` with the profile's changes laid over it; a rule the ruleset turned off
    stays off."""
    key = (id(ruleset), name)
    cached = _applied.get(key)
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    settings = dict(ruleset.settings)
    for code, severity, params in _delta(name):
        current = settings.get(code)
        if current is None or current.severity == "off":
            continue
        settings[code] = RuleSetting(severity or current.severity, {**current.params, **dict(params)})
    result = RuleSet(ruleset.name, ruleset.sources + [f"rules/{name}.toml (profil)"], settings)
    _applied[key] = (ruleset, result)
    return result


def ruleset_of(options: "Options", path: str, cornerstone: bool) -> RuleSet:
    """The rule set for one article: the configuration's for its path, then its profile."""
    ruleset = options.ruleset_at(path)
    return apply_profile(ruleset, CORNERSTONE) if cornerstone else ruleset
