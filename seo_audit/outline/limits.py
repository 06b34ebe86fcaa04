"""The thresholds the structurer proposes against, read from the resolved rule set.

`outline` proposes what `check` will accept: a meta title within TTL002's characters and
TTL003's pixels, a description within MET002's lengths, blocks within STR002's section
words. The numbers live only in the rule set (`rules/default.toml`, overridden by the
project's configuration); nothing here has a default of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Limits:
    title_min_chars: int
    title_max_chars: int
    title_max_pixels: float
    title_font_px: float
    description_min_chars: int
    description_max_chars: int
    section_words: int

    @classmethod
    def from_ruleset(cls, ruleset) -> "Limits":
        """The limits of a rule set (a rule switched off still lends its parameters)."""
        def param(code: str, key: str):
            return ruleset.settings[code].params[key]

        return cls(
            title_min_chars=param("TTL002", "min_chars"),
            title_max_chars=param("TTL002", "max_chars"),
            title_max_pixels=param("TTL003", "max_pixels"),
            title_font_px=param("TTL003", "font_px"),
            description_min_chars=param("MET002", "min_chars"),
            description_max_chars=param("MET002", "max_chars"),
            section_words=param("STR002", "max_words"),
        )


    def by_rule(self) -> dict[str, dict[str, float | int]]:
        """The limits under the codes and parameter names of the rules they come from, as
        `check`'s JSON report gives each rule's `limits`."""
        return {
            "MET002": {"min_chars": self.description_min_chars, "max_chars": self.description_max_chars},
            "STR002": {"max_words": self.section_words},
            "TTL002": {"min_chars": self.title_min_chars, "max_chars": self.title_max_chars},
            "TTL003": {"max_pixels": self.title_max_pixels, "font_px": self.title_font_px},
        }


@lru_cache(maxsize=1)
def default_limits() -> Limits:
    """The limits of the shipped default rule set (when no configuration is given)."""
    from ..ruleset import load_ruleset

    return Limits.from_ruleset(load_ruleset("default"))
