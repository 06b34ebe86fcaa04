"""What an audit produces: findings, per-rule outcomes and scores, per file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .article import Location
    from .textview import TextView

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
Outcome = Literal["pass", "fail", "skip"]
Value = int | float | str | None

#: Families whose rules make up each score; other families (language, typography) are
#: reported but do not move the scores.
SEO_FAMILIES = ("LEN", "TTL", "MET", "KW", "STR", "IMG", "LNK")
READABILITY_FAMILIES = ("RDB",)

#: A rule that passes is worth 1; one whose worst finding is of this severity is worth less.
SEVERITY_CREDIT: dict[str, float] = {"info": 0.75, "warning": 0.5, "error": 0.0}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)  # type: ignore[arg-type]


#: The rule families in report order, with their French names: the one table that the
#: terminal, HTML, JUnit and `seo-audit rule` read.
FAMILY_NAMES = {
    "LEN": "Longueur", "TTL": "Titre", "MET": "Meta description", "KW": "Expression clé",
    "STR": "Structure", "RDB": "Lisibilité", "IMG": "Images", "LNK": "Liens",
    "LNG": "Langue", "TYP": "Typographie", "SITE": "Site",
}


def family_of(code: str) -> str:
    return code.rstrip("0123456789")


@dataclass(frozen=True)
class Finding:
    """One fault found by one rule: what checks yield (through `checks.Problem`, before the
    engine stamps the code and the severity in force) and what every renderer reads."""

    code: str
    severity: Severity
    message: str
    advice: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str | None = None
    value: Value = None
    threshold: Value = None
    #: (start, end) of the exact characters at fault inside `excerpt` (terminal highlight).
    highlight: tuple[int, int] | None = None

    @property
    def location(self) -> "Location | None":
        """The source range, when the finding has one."""
        from .article import Location

        if self.line is None:
            return None
        return Location(self.line, self.column or 1, self.end_line or self.line,
                        self.end_column or self.column or 1)

    def sort_key(self) -> tuple:
        return (self.line or 0, self.column or 0, self.code, self.message)

    def one_line_message(self) -> str:
        """The message for a one-line format (`-q`, GitHub annotations, JUnit): a message that
        announces its excerpt (« Phrase la plus difficile (37 mots) : ») carries it, since
        these formats show no excerpt below the message."""
        if self.excerpt and self.message.rstrip().endswith(":"):
            excerpt = " ".join(self.excerpt.split())  # one line: its own newlines would split it
            excerpt = excerpt if excerpt.startswith("«") else f"« {excerpt} »"
            return f"{self.message.rstrip()} {excerpt}"
        return self.message


@dataclass
class FileReport:
    path: str
    metrics: dict[str, Value] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    error: str | None = None
    keyphrase: str | None = None
    #: True when `keyphrase` was suggested from the text (none was given).
    keyphrase_suggested: bool = False
    #: The next four suggestions, when the keyphrase was suggested.
    keyphrase_alternatives: list[str] = field(default_factory=list)
    #: The cleaned YAKE keywords (rank, text, score, count), when the keyphrase was suggested.
    keywords: list[dict[str, Value]] = field(default_factory=list)
    title: str | None = None
    #: The parameters each rule that ran was judged by (``{"STR002": {"max_words": 300}}``),
    #: so that a renderer draws the limit the user configured, not a default.
    limits: dict[str, dict[str, Value]] = field(default_factory=dict)
    #: The article's text and structure for renderers that draw over it (HTML); not in
    #: the JSON output. See `seo_audit.textview`.
    text_view: "TextView | None" = field(default=None, repr=False, compare=False)
    #: The article's summary for the site pass (`seo_audit.site.summary`), as plain data so
    #: that the cache holds it; not in the JSON output.
    site: dict | None = field(default=None, repr=False, compare=False)

    @property
    def scores(self) -> dict[str, int | None]:
        return {"seo": score(self, SEO_FAMILIES), "readability": score(self, READABILITY_FAMILIES)}

    @property
    def grades(self) -> dict[str, str | None]:
        """"good", "mid" or "bad" per score, as the checklist says it: a score whose rules
        have an error is "bad", one with a warning at best "mid", whatever its value."""
        return {"seo": grade(self, SEO_FAMILIES), "readability": grade(self, READABILITY_FAMILIES)}

    def worst(self) -> Severity | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=severity_rank)


def problems(findings: Iterable[Finding]) -> list[Finding]:
    """The findings a reader counts as problems: a rule that states a share (« 16 % des
    phrases sont au passif », a finding with no line) is one problem, the sentences it lists
    being its evidence; a rule without such a finding counts each of its located findings
    (two foreign passages are two problems). The mission article: 36 findings, 11 warnings.

    Each format's summary counts what its rows show, as ruff and Vale do: the terminal shows
    one entry per rule with its evidence below, so its last line counts problems; `-q`, the
    HTML page, JSON's `files[].findings` and SARIF's results list every finding, so they
    count findings. JSON's `summary` carries both numbers."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.code, []).append(finding)
    return [f for group in by_rule.values() for f in ([f for f in group if not f.line] or group)]


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per severity, worst first (« error », « warning », « info »)."""
    counts = dict.fromkeys(reversed(SEVERITIES), 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def score(report: FileReport, families: tuple[str, ...]) -> int | None:
    """0–100: the mean credit of the rules of these families that ran (skipped ones do not
    count); a rule's credit is 1 when it passes, else that of its worst finding's severity."""
    credits: list[float] = []
    for code, outcome in sorted(report.outcomes.items()):
        if outcome == "skip" or family_of(code) not in families:
            continue
        severities = [f.severity for f in report.findings if f.code == code]
        if not severities:
            credits.append(1.0)
        else:
            credits.append(SEVERITY_CREDIT[max(severities, key=severity_rank)])
    if not credits:
        return None
    return round(100 * sum(credits) / len(credits))


def grade(report: FileReport, families: tuple[str, ...]) -> str | None:
    """The colour of a score: its value (70 and over good, 40 and over mid), capped by the
    worst finding of its families, so that a page with errors never shows green."""
    value = score(report, families)
    if value is None:
        return None
    by_value = "good" if value >= 70 else "mid" if value >= 40 else "bad"
    severities = [f.severity for f in report.findings if family_of(f.code) in families]
    worst = max(severities, key=severity_rank) if severities else None
    if worst == "error":
        return "bad"
    if worst == "warning" and by_value == "good":
        return "mid"
    return by_value
