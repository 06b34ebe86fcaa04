"""The terminal report (rich): per file, a summary panel, one line an editor can act on,
then the failing rules, errors first, then warnings, then infos.

Each rule is one entry: a glyph that survives without colour (✖ error, ▲ warning,
ℹ info), its code and its message; the occurrences (each long sentence, each passive…)
as one line each, quoted around the part at fault; the advice once. By default a rule
shows its first `SHOWN` occurrences and counts the rest, and each quote holds on one
line, so a typical article fits a screen; `--verbose` shows every occurrence and whole
quotes. The machine-readable formats always carry everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..checks import quote_around
from ..report import FAMILY_NAMES, FileReport, Finding, family_of, problems, severity_counts, severity_rank
from .safe import clean_reports

FAMILY_ORDER = list(FAMILY_NAMES)
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_LABEL = {"error": "erreur", "warning": "avertissement", "info": "info"}
GLYPH = {"error": "✖", "warning": "▲", "info": "ℹ"}
#: Occurrences shown per rule without --verbose.
SHOWN = 2
#: What a failing rule means, in a few words, for the summary line (« pas de sous-titres »).
SHORT = {
    "LEN001": "texte trop court", "TTL001": "pas de titre", "TTL002": "titre trop long",
    "TTL003": "titre trop large", "TTL004": "expression clé absente du titre",
    "TTL005": "expression clé loin dans le titre", "MET001": "pas de meta description",
    "MET002": "meta description de mauvaise longueur", "MET003": "expression clé absente de la description",
    "KW001": "pas d’expression clé déclarée", "KW002": "expression clé absente de l’introduction",
    "KW003": "densité de l’expression clé", "KW004": "expression clé absente des sous-titres",
    "KW005": "expression clé absente du slug", "KW006": "expression clé regroupée",
    "KW007": "expression clé trop longue", "STR001": "pas de sous-titres",
    "STR002": "section trop longue", "STR003": "plusieurs H1", "STR004": "niveau de titre sauté",
    "STR005": "paragraphe trop long", "RDB001": "lecture difficile", "RDB002": "phrases trop longues",
    "RDB003": "trop de passif", "RDB004": "peu de mots de liaison", "RDB005": "débuts de phrase répétés",
    "IMG001": "pas d’image", "IMG002": "image sans texte alternatif",
    "IMG003": "expression clé absente des textes alternatifs", "LNG001": "pas en français",
    "LNG002": "passage en langue étrangère", "TYP001": "espaces insécables",
    "TYP002": "guillemets droits", "TYP003": "phrase en minuscule", "TYP004": "espaces doubles",
    "TYP005": "débris de publication",
}
#: Failing rules that `seo-audit outline` answers (it proposes subheadings, a title, a description).
OUTLINE_HELPS = {"STR001", "STR002", "MET001", "TTL001", "TTL002", "TTL003"}


def nbsp(text: str) -> str:
    """Non-breaking spaces inside « », before ; : ! ? and between a number and its unit
    (« 30 % »), so that a guillemet or a unit never wraps apart from its words (same length: highlight offsets stay right)."""
    text = re.sub(r"(\d) (%|px)", "\\1\u00a0\\2", text)  # « 30 % » never wraps before « % »
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for mark in (" ;", " :", " !", " ?"):
        text = text.replace(mark, "\u00a0" + mark[1])
    return text


def wrapped(text: Text, width: int) -> Text:
    """`text` broken into lines of at most `width` cells at ordinary spaces only (rich
    would also break at no-break spaces, which Python counts as whitespace)."""
    plain = text.plain
    breaks: list[int] = []
    line_start, last_space = 0, -1
    for i, char in enumerate(plain):
        if char == "\n":
            line_start, last_space = i + 1, -1
            continue
        if char == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            breaks.append(last_space)
            line_start, last_space = last_space + 1, -1
    if not breaks:
        return text
    pieces, start = [], 0
    for cut in breaks:
        pieces.append(text[start:cut])
        start = cut + 1
    pieces.append(text[start:])
    result = Text("\n", style=text.style).join(pieces)
    result.no_wrap = True
    return result


def _count(value: int, word: str, plural: str | None = None) -> str:
    """French agreement: « 0 sous-titre », « 1 mot », « 2 mots »."""
    return f"{value} {word if value < 2 else plural or word + 's'}"


GRADE_STYLE = {"good": "green", "mid": "yellow", "bad": "red"}


def _score_text(label: str, value: int | None, grade: str | None) -> Text:
    """The score in the colour the checklist gives it (errors: red, whatever the value)."""
    if value is None:
        return Text.assemble((f"{label} ", "bold"), ("—", "dim"))
    return Text.assemble((f"{label} ", "bold"), (f"{value}/100", f"bold {GRADE_STYLE[grade or 'bad']}"))


def _header(report: FileReport, width: int, verbose: bool) -> Panel:
    """Title, counts, scores and keyphrase; the other keyphrases only with --verbose (KW001
    names them when the keyphrase was suggested)."""
    m = report.metrics
    room = max(width - 4, 20)
    lines: list[Text] = []
    if report.title:
        lines.append(wrapped(Text(nbsp(f"« {report.title} »"), style="italic"), room))
    else:
        lines.append(Text("(sans titre)", style="dim italic"))
    passed = sum(1 for o in report.outcomes.values() if o == "pass")
    ran = sum(1 for o in report.outcomes.values() if o != "skip")
    counts = " · ".join(_count(m.get(key) or 0, word) for key, word in (
        ("words", "mot"), ("sentences", "phrase"), ("paragraphs", "paragraphe"), ("subheadings", "sous-titre")))
    lines.append(wrapped(Text(f"{counts} · ✓ {passed} règle{'s' if passed > 1 else ''} sur {ran} "
                              f"respectée{'s' if passed > 1 else ''}"), room))
    scores = report.scores
    grades = report.grades
    line = Text.assemble(_score_text("SEO", scores["seo"], grades["seo"]), "   ",
                         _score_text("Lisibilité", scores["readability"], grades["readability"]))
    if report.keyphrase:
        line.append(nbsp(f"   expression clé{' suggérée' if report.keyphrase_suggested else ''} : "
                         f"« {report.keyphrase} »"))
    lines.append(wrapped(line, room))
    if report.keyphrase_alternatives and verbose:
        lines.append(wrapped(Text(nbsp("autres expressions possibles : "
                                       + ", ".join(f"« {a} »" for a in report.keyphrase_alternatives)),
                                  style="dim"), room))
    return Panel(Group(*lines), title=Text(report.path, style="bold"), title_align="left", expand=True)


def _by_rule(report: FileReport) -> list[tuple[str, list[Finding]]]:
    """Failing rules, worst severity first, then in family order and by code."""
    groups: dict[str, list[Finding]] = {}
    for finding in report.findings:
        groups.setdefault(finding.code, []).append(finding)

    def key(code: str) -> tuple:
        worst = max(severity_rank(f.severity) for f in groups[code])
        family = family_of(code)
        return (-worst, FAMILY_ORDER.index(family) if family in FAMILY_ORDER else 99, code)

    return [(code, groups[code]) for code in sorted(groups, key=key)]


def _counts(reports: Sequence[FileReport]) -> dict[str, int]:
    """Problems per severity, as the rows show them (`report.problems`: a share counts once)."""
    return severity_counts(f for report in reports for f in problems(report.findings))


def action_line(report: FileReport) -> Text:
    """One line an editor can act on: « 2 erreurs : pas de meta description, pas de
    sous-titres — lancez `seo-audit outline` »."""
    groups = _by_rule(report)
    counts = _counts([report])
    text = Text()
    if not groups:
        return Text("✓ aucun constat : l’article respecte toutes les règles appliquées.", style="green")
    worst = "error" if counts["error"] else "warning" if counts["warning"] else "info"
    codes = [code for code, findings in groups if any(f.severity == worst for f in findings)]
    words = {"error": ("erreur", None), "warning": ("avertissement", None), "info": ("info", None)}
    label = _count(counts[worst], *words[worst])
    if worst != "error":
        text.append("aucune erreur ; ", style="green")
    text.append(label, style=SEVERITY_STYLE[worst])
    text.append(nbsp(" : " + ", ".join(SHORT.get(c, c) for c in codes)))
    if OUTLINE_HELPS & {c for c, _ in groups}:
        text.append(" — lancez ")
        text.append("seo-audit outline", style="bold")
    return text


def _where(finding: Finding) -> str:
    return f"{finding.line}:{finding.column}" if finding.line else ""


def _quote_line(finding: Finding, room: int, verbose: bool) -> Text:
    """The excerpt between guillemets (unless it is itself a quotation), centred on its
    highlight and kept on one line of `room` cells unless `verbose`; the highlight in
    bold reverse."""
    excerpt, span = finding.excerpt or "", finding.highlight
    if not verbose:
        excerpt, span = quote_around(excerpt, *(span or (0, 0)), limit=max(room - 4, 20))
        span = span if finding.highlight else None
    shift = 0 if excerpt.startswith("«") else 2
    text = Text(nbsp(excerpt if shift == 0 else f"« {excerpt} »"), style="italic dim")
    if span and span[1] > span[0]:
        text.stylize("bold reverse", span[0] + shift, span[1] + shift)
    return text


def _rule_rows(table: Table, code: str, findings: list[Finding], width: int, verbose: bool,
               title: str | None) -> None:
    severity = max((f.severity for f in findings), key=severity_rank)
    style = SEVERITY_STYLE[severity]
    room = max(width - 10, 30)
    aggregate = [f for f in findings if not f.line]
    located = [f for f in findings if f.line]
    head = aggregate[0] if aggregate else located.pop(0)
    body = Text(nbsp(head.message))
    if head.line and len(findings) == 1 and head.excerpt != title:  # the title is in the header
        body.append(f" ({_where(head)})", style="dim")
    brief = severity == "info" and not verbose  # an info: one line, the rest with --verbose
    if brief:
        body.no_wrap, body.overflow = True, "ellipsis"
        table.add_row(Text(GLYPH[severity], style=style), Text(code, style=style), body)
        return
    rows: list[Text] = [wrapped(body, room)]
    if head.excerpt and head.excerpt != title:
        quoted = _quote_line(head, room, verbose)
        rows.append(wrapped(quoted, room) if verbose else quoted)
    shown = located if verbose else located[:SHOWN]
    for finding in shown:
        line = Text(f"{_where(finding):>7} ", style="dim")
        message = finding.message
        if message.startswith("Phrase de ") and finding.excerpt:
            line.append(message.split(" (")[0].removeprefix("Phrase de ").rstrip(".") + " ", style="dim")
        else:
            line.append(nbsp(message) + " ")
        if finding.excerpt and finding.excerpt != title and finding.excerpt not in message:
            line.append_text(_quote_line(finding, room - len(line), verbose))
        rows.append(wrapped(line, room) if verbose else line)
    hidden = len(located) - len(shown)
    if hidden:
        rows.append(Text(f"        … et {hidden} autre{'s' if hidden > 1 else ''} "
                         f"(--verbose pour tout voir)", style="dim"))
    advice = next((f.advice for f in findings if f.advice), "")
    if advice:
        rows.append(wrapped(Text(nbsp(f"→ {advice}"), style="dim"), room))
    for i, row in enumerate(rows):
        if not verbose and not row.no_wrap:
            row.no_wrap, row.overflow = True, "ellipsis"
        table.add_row(Text(GLYPH[severity], style=style) if i == 0 else "",
                      Text(code, style=style) if i == 0 else "", row)


def _findings_view(report: FileReport, width: int, verbose: bool) -> Table:
    table = Table(show_header=False, box=None, pad_edge=False, expand=True, padding=(0, 1, 0, 0))
    table.add_column(width=1, no_wrap=True)
    table.add_column(width=6, no_wrap=True)
    table.add_column(ratio=1)
    infos = []
    for code, findings in _by_rule(report):
        if not verbose and all(f.severity == "info" for f in findings):
            infos.append(code)
            continue
        _rule_rows(table, code, findings, width, verbose, report.title)
    if infos:  # without --verbose, the infos share one line
        line = Text(nbsp(", ".join(f"{code} {SHORT.get(code, code)}" for code in infos)))
        line.append(" (--verbose)", style="dim")
        line.no_wrap, line.overflow = True, "ellipsis"
        table.add_row(Text(GLYPH["info"], style=SEVERITY_STYLE["info"]),
                      Text("infos" if len(infos) > 1 else "info", style=SEVERITY_STYLE["info"]), line)
    return table


def _passed_line(report: FileReport, verbose: bool) -> Text:
    passed = sorted(c for c, o in report.outcomes.items() if o == "pass")
    skipped = sorted(c for c, o in report.outcomes.items() if o == "skip")
    text = Text(f"✓ {_count(len(passed), 'règle respectée', 'règles respectées')}", style="green")
    if passed and verbose:
        text.append(f" ({', '.join(passed)})", style="dim green")
    if skipped:
        text.append(f" · {len(skipped)} sans objet" + (f" ({', '.join(skipped)})" if verbose else ""),
                    style="dim")
    text.append(" · détail d’une règle : seo-audit rule CODE", style="dim")
    return text


def render(reports: Sequence[FileReport], console: Console, verbose: bool = False) -> None:
    reports = clean_reports(reports)  # nothing from the article reaches the terminal as a command
    for report in reports:
        if report.error:
            continue
        console.print(_header(report, console.width, verbose))
        console.print(wrapped(action_line(report), console.width - 1))
        if report.findings:
            console.print(_findings_view(report, console.width, verbose))
        if verbose:
            console.print(_passed_line(report, verbose))
        console.print()
    counts = _counts(reports)
    unreadable = sum(1 for r in reports if r.error)
    summary = Text(f"{len(reports)} fichier{'s' if len(reports) > 1 else ''} : ")
    summary.append(f"{GLYPH['error']} {_count(counts['error'], 'erreur')}", style=SEVERITY_STYLE["error"])
    summary.append(", ")
    summary.append(f"{GLYPH['warning']} {_count(counts['warning'], 'avertissement')}",
                   style=SEVERITY_STYLE["warning"])
    summary.append(f", {GLYPH['info']} {_count(counts['info'], 'info')}")
    if unreadable:
        summary.append(f", {unreadable} illisible{'s' if unreadable > 1 else ''}", style="bold red")
    console.print(summary)
