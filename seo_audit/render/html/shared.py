"""What every HTML page of seo-audit shares: escaping, French numbers and labels, the
stylesheets and script (package data files), and the head with its Content-Security-Policy.

The outline page (`render/outline_html.py`) imports these too, so the check report and
the outline look alike and are escaped alike.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib.resources import files

from ...report import FAMILY_NAMES, SEVERITIES, Finding, severity_counts
from ..safe import visible
from ..terminal import FAMILY_ORDER
from ...lang.fr.grammar import plural as _plural  # noqa: F401  (used by the page modules)

SEVERITY_LABEL = {"error": "erreur", "warning": "avertissement", "info": "info"}
SEVERITY_PLURAL = {"error": "erreurs", "warning": "avertissements", "info": "infos"}

__all__ = ["CSS", "INDEX_CSS", "INDEX_JS", "FAMILY_NAMES", "SEVERITY_LABEL", "SEVERITY_PLURAL",
           "_e", "_css_id", "_number", "_plural", "_family_rank", "_rules", "_head", "_counts"]


@cache
def asset(name: str) -> str:
    """A stylesheet or script shipped next to this module (package data)."""
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


CSS = asset("page.css")
INDEX_CSS = asset("index.css")
INDEX_JS = asset("index.js")


def _e(value: object) -> str:
    return escape(visible(str(value)), quote=True)


def _sev(severity: object) -> str:
    """The class of a severity, from a closed set: nothing from the data reaches markup."""
    return f"sev-{severity}" if severity in SEVERITIES else "sev-info"


def _status(outcome: object) -> str:
    return f"st-{outcome}" if outcome in ("pass", "skip") else "st-skip"


def _css_id(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", code)


def _number(value: object) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


def _family_rank(family: str) -> tuple[int, str]:
    return (FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER), family)


def _rules() -> dict:
    from ...checks import all_rules

    return all_rules()


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Every finding counts: the page numbers each one (`report.problems` says why)."""
    return severity_counts(findings)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _head(title: str, css: str, script: str | None = None) -> str:
    policy = (f"default-src 'none'; style-src {_hash(css)}; img-src data:; "
              f"script-src {_hash(script) if script else chr(39) + 'none' + chr(39)}; "
              "base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{escape(policy, quote=False)}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n<style>{css}</style>\n</head>\n")
