"""SARIF 2.1.0 output, for GitHub code scanning and other static-analysis dashboards.

One run: `tool.driver` lists every registered rule (id, name, short and full
descriptions from the rule's summary and docstring, default level from the rule set in
force); each finding is a result with its rule id, level, message and a physical location
(the file as a URI relative to `%SRCROOT%`, the current folder; a region with 1-based
lines and columns counted in Unicode code points, as `columnKind` says). A finding about
the whole file is put on line 1. Unreadable files become tool execution notifications.
Output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..checks import Rule, all_rules
from ..engine.paths import report_path
from ..report import FileReport, Finding
from ..ruleset import RuleSet
from .safe import clean_reports, json_text

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note", "off": "none"}


def artifact_uri(path: str) -> tuple[str, bool]:
    """(URI, relative?) for a report path: relative paths are percent-encoded POSIX
    references resolved against %SRCROOT%; paths outside the current folder are file URIs."""
    shown = report_path(path)
    if path in ("-", "<stdin>"):
        return "stdin", True
    if os.path.isabs(shown):
        return Path(shown).as_uri(), False
    return quote(shown, safe="/-._~"), True


def _location(uri: str, relative: bool, finding: Finding | None = None) -> dict[str, Any]:
    artifact: dict[str, Any] = {"uri": uri}
    if relative:
        artifact["uriBaseId"] = "%SRCROOT%"
    region: dict[str, Any] = {"startLine": 1}
    if finding is not None and finding.line:
        region = {"startLine": finding.line}
        if finding.column:
            region["startColumn"] = finding.column
        if finding.end_line and finding.end_line >= finding.line:
            region["endLine"] = finding.end_line
            if finding.end_column and (finding.end_line > finding.line or
                                       finding.end_column >= (finding.column or 1)):
                region["endColumn"] = finding.end_column
        if finding.excerpt and finding.highlight:  # the excerpt is the context, the highlight the region
            region["snippet"] = {"text": finding.excerpt[finding.highlight[0]:finding.highlight[1]]}
        elif finding.excerpt:
            region["snippet"] = {"text": finding.excerpt}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _rule_descriptor(spec: Rule, ruleset: RuleSet) -> dict[str, Any]:
    from ..ruledoc import _shown

    setting = ruleset.settings.get(spec.code)
    severity = setting.severity if setting else "off"
    # the values code scanning's reader is judged by (those of `parameters` below), as
    # `seo-audit rules` says them: « 0,5 et 3 % », not « min_percent et max_percent % »
    summary = spec.summary_with(setting.params if setting else spec.defaults, _shown)
    descriptor: dict[str, Any] = {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": spec.doc},
        "help": {"text": f"{summary}\n\n{spec.doc}\n\nDocumentation : seo-audit rule {spec.code}"},
        "defaultConfiguration": {"level": LEVELS[severity], "enabled": severity != "off"},
        "properties": {"tags": [spec.family]},
    }
    if setting and setting.params:
        descriptor["defaultConfiguration"]["parameters"] = dict(setting.params)
    return descriptor


def sarif_log(reports: Sequence[FileReport], ruleset: RuleSet, version: str) -> dict[str, Any]:
    rules = all_rules()
    index = {code: i for i, code in enumerate(rules)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for report in clean_reports(reports, bidi=False):  # shown names and texts: no control, no lone surrogate
        uri, relative = artifact_uri(report.path)
        if report.error:
            notifications.append({
                "level": "error",
                "message": {"text": report.error},
                "locations": [_location(uri, relative)],
                "descriptor": {"id": "input-error"},
            })
            continue
        for finding in report.findings:
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "level": LEVELS[finding.severity],
                "message": {"text": f"{finding.message} {finding.advice}".strip()},
                "locations": [_location(uri, relative, finding)],
            }
            if finding.code in index:
                result["ruleIndex"] = index[finding.code]
            if finding.value is not None or finding.threshold is not None:
                result["properties"] = {"value": finding.value, "threshold": finding.threshold}
            results.append(result)
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    root = Path(os.getcwd()).as_uri().rstrip("/") + "/"
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "seo-audit",
                "version": version,
                "semanticVersion": version,
                "rules": [_rule_descriptor(spec, ruleset) for spec in rules.values()],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": results,
        }],
    }


def render(reports: Sequence[FileReport], ruleset: RuleSet, version: str) -> str:
    return json_text(json.dumps(sarif_log(reports, ruleset, version), ensure_ascii=False, indent=2)) + "\n"
