"""GitHub Actions workflow commands: one annotation per finding, on the file and line.

    ::error file=content/a.md,line=12,col=1,endLine=12,endColumn=80,title=STR005::Paragraphe de 180 mots…

Levels: error → `error`, warning → `warning`, info → `notice`. A finding about the whole
file (no line) is a file-level annotation, `file=` without `line=`, as the runner accepts:
on line 1 it would point at the first line as if that line were at fault. Values are escaped as the runner expects (`%`, CR and LF in the
message; also `:` and `,` in properties); columns are given only for a finding on one
line, as the runner accepts them only then; paths are relative to the current folder (the
repository root in a workflow). An unreadable file gives an `error` without a line.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..engine.paths import report_path
from ..report import FileReport, Finding
from .safe import clean_reports

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(path: str, finding: Finding) -> str:
    properties: dict[str, object] = {"file": path, "line": finding.line or None}
    if finding.line and finding.end_line and finding.end_line > finding.line:
        properties["endLine"] = finding.end_line  # GitHub takes columns on one line only
    elif finding.line and finding.column:
        properties["col"] = finding.column
        if finding.end_column and finding.end_column > finding.column:
            properties["endColumn"] = finding.end_column
    properties["title"] = finding.code
    return command(COMMANDS[finding.severity], f"{finding.one_line_message()} {finding.advice}".strip(), **properties)


def render(reports: Sequence[FileReport]) -> str:
    lines: list[str] = []
    for report in clean_reports(reports):  # no ESC/BEL in the log
        path = report_path(report.path)
        if report.error:
            lines.append(command("error", report.error, file=path, title="seo-audit"))
            continue
        lines.extend(annotation(path, f) for f in report.findings)
    return "".join(line + "\n" for line in lines)
