"""The `--quiet` report: one line per finding, then a one-line summary; nothing else.

    content/a.md:12:1: STR005 [avertissement] Paragraphe de 180 mots (maximum 150).
    2 fichiers : 1 erreur, 3 avertissements, 0 info

Lines use the `path:line:column:` form editors and CI logs turn into links; a finding
about the whole file has line and column 1. An unreadable file gets an `erreur de lecture`
line; its message also goes to standard error as usual.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from ..lang.fr.grammar import plural as _plural
from ..report import FileReport, severity_counts
from .safe import clean_reports

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
LABEL = {"error": "erreur", "warning": "avertissement", "info": "info"}


def summary(reports: Sequence[FileReport]) -> Text:
    counts = severity_counts(f for r in reports for f in r.findings)  # one per line above
    text = Text(f"{_plural(len(reports), 'fichier')} : ")
    text.append(_plural(counts["error"], "erreur"), style=STYLE["error"] if counts["error"] else "")
    text.append(", ")
    text.append(_plural(counts["warning"], "avertissement"), style=STYLE["warning"] if counts["warning"] else "")
    text.append(f", {_plural(counts['info'], 'info')}")
    unreadable = sum(1 for r in reports if r.error)
    if unreadable:
        text.append(f", {_plural(unreadable, 'illisible')}", style="bold red")
    return text


def render(reports: Sequence[FileReport], console: Console) -> None:
    reports = clean_reports(reports, one_line=True)  # shown, not run; one line per finding
    for report in reports:
        if report.error:
            line = Text(f"{report.path}: ")
            line.append("erreur de lecture", style="bold red")
            # the sentence starts with the path, already at the head of the line
            line.append(f" : {report.error.removeprefix(f'{report.path} : ')}")
            console.print(line, soft_wrap=True)
            continue
        for f in report.findings:
            line = Text(f"{report.path}:{f.line or 1}:{f.column or 1}: ")
            line.append(f.code, style=STYLE[f.severity])
            line.append(f" [{LABEL[f.severity]}] ", style=STYLE[f.severity])
            line.append(f.one_line_message())
            console.print(line, soft_wrap=True)
    console.print(summary(reports), soft_wrap=True)
