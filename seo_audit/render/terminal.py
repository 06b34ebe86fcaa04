"""The terminal report (rich): a summary panel per file, then findings grouped by family."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..report import SEVERITIES, FileReport, FAMILY_NAMES, family_of

FAMILY_ORDER = list(FAMILY_NAMES)
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_LABEL = {"error": "erreur", "warning": "avertissement", "info": "info"}


def _score_text(label: str, value: int | None) -> Text:
    if value is None:
        return Text.assemble((f"{label} ", "bold"), ("—", "dim"))
    style = "green" if value >= 70 else "yellow" if value >= 40 else "red"
    return Text.assemble((f"{label} ", "bold"), (f"{value}/100", f"bold {style}"))


def _header(report: FileReport) -> Panel:
    m = report.metrics
    lines: list[Text] = []
    if report.title:
        lines.append(Text(f"« {report.title} »", style="italic"))
    else:
        lines.append(Text("(sans titre)", style="dim italic"))
    lines.append(Text(" · ".join(_count(m.get(key) or 0, word) for key, word in (
        ("words", "mot"), ("sentences", "phrase"), ("paragraphs", "paragraphe"), ("subheadings", "sous-titre")))))
    scores = report.scores
    line = Text.assemble(_score_text("SEO", scores["seo"]), "   ",
                         _score_text("Lisibilité", scores["readability"]))
    if report.keyphrase:
        line.append(f"   expression clé{' suggérée' if report.keyphrase_suggested else ''} : "
                    f"« {report.keyphrase} »")
    lines.append(line)
    if report.keyphrase_alternatives:
        lines.append(Text("autres expressions possibles : "
                          + ", ".join(f"« {a} »" for a in report.keyphrase_alternatives), style="dim"))
    return Panel(Group(*lines), title=Text(report.path, style="bold"), title_align="left", expand=True)


def _count(value: int, word: str) -> str:
    """French agreement: « 0 sous-titre », « 1 mot », « 2 mots »."""
    return f"{value} {word}{'s' if value > 1 else ''}"


def _quoted(excerpt: str) -> tuple[str, int]:
    """The excerpt between guillemets, unless it already opens with one; and its offset."""
    if excerpt.startswith("«"):
        return excerpt, 0
    return f"« {excerpt} »", 2


def _passed_text(passed: int, total: int) -> str:
    if passed == total:
        return f"✓ {'la règle est respectée' if total == 1 else f'les {total} règles sont respectées'}"
    return f"✓ {passed} règle{'s' if passed > 1 else ''} sur {total} respectée{'s' if passed > 1 else ''}"


def _family_view(report: FileReport, family: str) -> Group:
    codes = [c for c in sorted(report.outcomes) if family_of(c) == family]
    ran = [c for c in codes if report.outcomes[c] != "skip"]
    findings = [f for f in report.findings if family_of(f.code) == family]
    passed = sum(1 for c in ran if report.outcomes[c] == "pass")
    heading = Text(FAMILY_NAMES.get(family, family), style="bold underline")
    if passed:
        heading.append("  ")
        heading.append(_passed_text(passed, len(ran)), style="green")
        heading.append(f" ({', '.join(c for c in ran if report.outcomes[c] == 'pass')})", style="dim green")
    skipped = [c for c in codes if c not in ran]
    if not ran:
        heading.append("  — sans objet pour cet article", style="dim")
    elif skipped:
        heading.append(f"  · sans objet : {', '.join(skipped)}", style="dim")
    table = Table(show_header=False, box=None, pad_edge=False, expand=True, padding=(0, 1, 0, 0))
    table.add_column(width=1, no_wrap=True)
    table.add_column(width=6, no_wrap=True)
    table.add_column(width=7, no_wrap=True, justify="right")
    table.add_column(ratio=1)
    for f in sorted(findings, key=lambda f: (-SEVERITIES.index(f.severity), f.sort_key())):
        where = f"{f.line}:{f.column}" if f.line else "—"
        body = Text(f.message)
        if f.excerpt:
            shown, shift = _quoted(f.excerpt)
            body.append("\n" + shown, style="italic dim")
            if f.highlight:  # the exact characters at fault, inside the excerpt
                start = len(body) - len(shown) + shift + f.highlight[0]
                body.stylize("bold reverse", start, start + max(f.highlight[1] - f.highlight[0], 1))
        body.append(f"\n→ {f.advice}", style="dim")
        table.add_row(Text("●", style=SEVERITY_STYLE[f.severity]),
                      Text(f.code, style=SEVERITY_STYLE[f.severity]), where, body)
    return Group(heading, table) if findings else Group(heading)


def _findings_view(report: FileReport) -> Group:
    families = sorted({family_of(c) for c in report.outcomes},
                      key=lambda f: (FAMILY_ORDER.index(f) if f in FAMILY_ORDER else 99, f))
    return Group(*(_family_view(report, family) for family in families))


def render(reports: Sequence[FileReport], console: Console) -> None:
    for report in reports:
        if report.error:
            continue
        console.print(_header(report))
        console.print(_findings_view(report))
        console.print()
    counts = {s: sum(1 for r in reports for f in r.findings if f.severity == s) for s in SEVERITIES}
    unreadable = sum(1 for r in reports if r.error)
    summary = Text(f"{len(reports)} fichier{'s' if len(reports) > 1 else ''} : ")
    summary.append(f"{counts['error']} erreur{'s' if counts['error'] > 1 else ''}", style=SEVERITY_STYLE["error"])
    summary.append(", ")
    summary.append(f"{counts['warning']} avertissement{'s' if counts['warning'] > 1 else ''}",
                   style=SEVERITY_STYLE["warning"])
    summary.append(f", {counts['info']} info{'s' if counts['info'] > 1 else ''}")
    if unreadable:
        summary.append(f", {unreadable} illisible{'s' if unreadable > 1 else ''}", style="bold red")
    console.print(summary)
