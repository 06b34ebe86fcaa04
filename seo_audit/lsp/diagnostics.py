"""Findings as the editor shows them: diagnostics, and the hover text that explains them.

A finding with a location gets that range; one about the whole file (no meta
description, no subheading) sits on the first line. The hover names the rule in French,
with its summary filled in with the thresholds in force and the measured value next to
the threshold (« 46 mots, maximum 20 »).

Messages show control characters as every text output does (`render.safe.visible`:
« ⟨U+202E⟩ »); the editor shows the document itself, so a bidirectional control in it
gets a diagnostic of its own, on the character (TYP005, as `check` reports it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from ..render.figures import measured, number
from ..render.safe import visible
from .positions import LineIndex

if TYPE_CHECKING:
    from ..report import Finding
    from ..ruleset import RuleSet
    from .analysis import Analysis

SOURCE = "seo-audit"
SEVERITIES = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
              "info": types.DiagnosticSeverity.Information}
SEVERITY_NAMES = {"error": "erreur", "warning": "avertissement", "info": "information"}
#: The code of the one diagnostic shown when a document cannot be analysed.
FAILURE_CODE = "seo-audit"


@lru_cache(maxsize=1)
def _ruleset_lines() -> tuple[str, dict[str, int]]:
    """URI of the shipped default rule set and the line of each `[rules.CODE]` table."""
    resource = resources.files("seo_audit.rules") / "default.toml"
    lines: dict[str, int] = {}
    try:
        for number, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), 1):
            match = re.match(r"\s*\[rules\.([A-Z]+[0-9]+)\]", line)
            if match:
                lines[match.group(1)] = number
        from pathlib import Path

        uri = Path(str(resource)).resolve().as_uri()
    except (OSError, ValueError):
        uri = ""
    return uri, lines


def documentation_url(code: str, template: str | None = None) -> str | None:
    """Where the editor's link on a code leads: the `documentation` template of the
    client's initialization options (``https://…/regles#{code}``) if it gave one, else
    the rule's table, with the source of each threshold, in the shipped rule set."""
    if template:
        return template.replace("{code}", code).replace("{code_lower}", code.lower())
    uri, lines = _ruleset_lines()
    if not uri:
        return None
    return f"{uri}#L{lines[code]}" if code in lines else uri


def finding_range(finding: "Finding", index: LineIndex) -> types.Range:
    if not finding.line:
        return index.line_range(0)
    start = index.position(finding.line, finding.column or 1)
    if finding.end_line and finding.end_column and (finding.end_line, finding.end_column) > (
            finding.line, finding.column or 1):
        end = index.position(finding.end_line, finding.end_column)
    else:  # a point: mark the rest of its line, so that the editor has something to underline
        end = index.line_range(start.line).end
        if end.character <= start.character:
            return index.line_range(start.line)
    return types.Range(start, end)


def to_diagnostic(finding: "Finding", index: LineIndex, template: str | None = None) -> types.Diagnostic:
    href = documentation_url(finding.code, template)
    return types.Diagnostic(
        range=finding_range(finding, index),
        message=visible(finding.message),  # a quoted control reorders nothing in the problems list
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
    )


def diagnostics(analysis: "Analysis", index: LineIndex, template: str | None = None) -> list[types.Diagnostic]:
    """Every diagnostic of one analysis; a document that could not be analysed gets one
    diagnostic saying why, on the line the message names (else the first)."""
    if analysis.failure is not None:
        line = (analysis.failure.line or 1) - 1
        return [types.Diagnostic(
            range=index.line_range(line), message=visible(f"seo-audit : {analysis.failure.message}"),
            severity=types.DiagnosticSeverity.Error, code=FAILURE_CODE, source=SOURCE)]
    if analysis.report is None:
        return []
    return [to_diagnostic(f, index, template) for f in analysis.report.findings]


# -- hover ------------------------------------------------------------------------------

def shown(value: Any) -> str:
    """A parameter's value in a rule's summary: numbers as French writes them."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return str(value)


def hover_text(finding: "Finding", ruleset: "RuleSet | None", template: str | None = None) -> str:
    """Markdown for one finding: rule, what it asks with the thresholds in force, what was
    measured, what to do, and where to read more."""
    from ..checks import all_rules

    spec = all_rules().get(finding.code)
    params = dict(ruleset.settings[finding.code].params) if ruleset and finding.code in ruleset.settings else {}
    title = f"**{finding.code}** · {spec.name}" if spec else f"**{finding.code}**"
    parts = [f"{title} ({SEVERITY_NAMES.get(finding.severity, finding.severity)})"]
    if spec:
        parts.append(f"Règle : {spec.summary_with(params, shown)}")
    parts.append(visible(finding.message))
    figure = measured(finding.value, finding.threshold, params, spec.specs if spec else None)
    if figure:
        parts.append(f"**{figure}**")
    if finding.advice:
        parts.append(visible(finding.advice))
    href = documentation_url(finding.code, template)
    more = f"Documentation : `seo-audit rule {finding.code}`"
    if href:
        more += f" · [seuils et sources]({href})"
    parts.append(more)
    return "\n\n".join(parts)


def contains(rng: types.Range, position: types.Position) -> bool:
    start, end = (rng.start.line, rng.start.character), (rng.end.line, rng.end.character)
    return start <= (position.line, position.character) <= end
