"""Property tests of the whole audit on generated articles (issue 8).

Each example goes the way a file does: bytes → `decode` → reader → directives → one spaCy
parse (`nlp.pipe`) → every rule (the default set plus typography) → JSON, SARIF and
HTML. Invariants: no exception escapes (an unusable input is an `InputError` naming the
file); no rule crashes (« Erreur interne »); every finding's line and column lie inside
the file; scores are in 0–100; counts are non-negative; words ≥ sentences when there is
text. Budget: see `hypothesis_budget.py` (SEO_AUDIT_HYPOTHESIS=long for more).
"""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st
from hypothesis_budget import budget
from helpers import HTML_PIECE, ODD

from seo_audit.audit import Options, check_directives, evaluate
from seo_audit.checks import all_rules
from seo_audit.errors import InputError
from seo_audit.nlp import annotate_many
from seo_audit.readers import read_stdin_bytes
from seo_audit.render import html as html_render
from seo_audit.render import json as json_render
from seo_audit.render import sarif
from seo_audit.report import FileReport
from seo_audit.ruleset import RuleSet, RuleSetting, load_ruleset

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

WORDS = st.sampled_from([
    "le", "la", "les", "de", "des", "un", "une", "et", "est", "a", "été", "qui", "que", "en",
    "président", "Poutine", "Russie", "canal", "retour", "négociations", "l’Ukraine", "d’abord",
    "cependant", "par", "ministre", "décision", "prise", "aujourd’hui", "été", "Élysée", "œuvre",
    "the", "of", "and", "is", "was", "for", "مرحبا", "بالعالم", "中文", "1914", "3,5", "%",
    "https://exemple.fr/a", "«", "»", "…", ".", ",", ";", ":", "!", "?", "(", ")", "-", "—",
    "\u200f", "\u200b", "e\u0301", "😀", "👩‍👩‍👧", "\u00a0", "\u202f", "\t", "ﬁ", "\u2028", "\u202e",
])
#: Odd characters, without NUL: a NUL makes the file binary (refused), so it is added
#: to a few whole articles only (see ARTICLE), not to most of them.
ODD_CHARS = ODD.filter(lambda c: c != "\x00")
PHRASE = st.lists(st.one_of(WORDS, WORDS, WORDS, ODD_CHARS, st.text(max_size=6).map(lambda t: t.replace("\x00", ""))), min_size=0, max_size=40).map(
    lambda parts: " ".join(parts))

BLOCK = st.one_of(
    PHRASE,
    PHRASE.map(lambda t: t + "."),
    st.builds(lambda level, t: "#" * level + " " + t, st.integers(1, 7), PHRASE),
    st.builds(lambda depth, t: "  " * depth + "- " + t, st.integers(0, 6), PHRASE),
    st.builds(lambda depth, t: "   " * depth + "1. " + t, st.integers(0, 4), PHRASE),
    PHRASE.map(lambda t: "> " + t),
    PHRASE.map(lambda t: f"```\n{t}\n```"),
    PHRASE.map(lambda t: f"| {t} | b |\n| --- | --- |\n| 1 | 2 |"),
    PHRASE.map(lambda t: f"<div>\n{t}\n</div>"),
    PHRASE.map(lambda t: f"![{t}](image.png) [{t}](https://exemple.fr) [x](/interne)"),
    PHRASE.map(lambda t: f"Texte *{t}* **gras** `code` <span>{t}</span>"),
    st.sampled_from(["<!-- seo-audit: disable=STR005 -->", "<!-- seo-audit: disable-next=RDB002 -->",
                     "---", "***", "    code indenté", "Titre\n=====", "Sous-titre\n-----"]),
)
ODD_VALUE = st.one_of(
    PHRASE, st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(),
    st.just("2024-01-31"), st.just("[a, b]"), st.just("{a: 1}"), st.just("!!binary aGVsbG8="),
    st.just("&x a"), st.just("*x"), st.just("|\n  bloc\n  littéral"), st.just("'"), st.just('"'),
)
FRONT_KEYS = st.sampled_from(["title", "description", "keyphrase", "focus_keyphrase", "slug", "meta_title",
                              "seo-audit", "tags", "date", "1", "null", "~"])


def _yaml_value(value) -> str:
    if isinstance(value, str):
        return value if "\n" in value else json.dumps(value, ensure_ascii=False) if value[:1] in "&*!'\"" else value
    return repr(value) if not isinstance(value, bool) else str(value).lower()


FRONT = st.one_of(
    st.just(""),
    st.dictionaries(FRONT_KEYS, ODD_VALUE, max_size=5).map(
        lambda d: "---\n" + "".join(f"{k}: {_yaml_value(v)}\n" for k, v in d.items()) + "---\n"),
    st.builds(lambda t: f"---\ntitle: [{t}]\n---\n", PHRASE),
    st.just("---\nseo-audit: {ignore: [RDB003]}\nkeyphrase: canal de retour\n---\n"),
    st.just("---\n---\n"),
    st.just("---\ntitle: non fermé\n"),
)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])
MARKDOWN = st.builds(
    lambda front, blocks, seps: front + "".join(b + seps[i % len(seps)] * 2 for i, b in enumerate(blocks)),
    FRONT, st.lists(BLOCK, max_size=14), st.lists(NEWLINE, min_size=1, max_size=3))
TEXT = st.builds(lambda blocks, nl: (nl * 2).join(blocks), st.lists(st.one_of(PHRASE, PHRASE.map(lambda t: t + ".")),
                                                                     max_size=12), NEWLINE)
HTML_TAGS = st.one_of(HTML_PIECE, PHRASE, st.sampled_from([
    "<h2>", "</h2>", "<h3>", "<p>", "</p>", "<table><tr><td>", "</td></tr></table>", "<pre>", "</pre>",
    "<link rel='canonical' href='https://exemple.fr/canal-retour'>", "<meta name='keyphrase' content='canal'>",
    "<!-- seo-audit: disable=STR005 -->", "<html lang='fr'>", "<body>", "</body>", "\r\n", "\n"]))
HTML = st.lists(HTML_TAGS, max_size=50).map("".join)
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])
FORMATTED = st.one_of(
    st.tuples(st.just("markdown"), MARKDOWN),
    st.tuples(st.just("text"), TEXT),
    st.tuples(st.just("html"), HTML),
)
#: One article in ten or so gets a NUL somewhere (the whole file is then refused as binary).
ARTICLE = st.builds(
    lambda article, roll, at: article if roll % 10 != 3 else (article[0], article[1][:at] + "\x00" + article[1][at:]),
    FORMATTED, st.integers(0, 99), st.integers(0, 2000))

_RULESET: RuleSet | None = None


def every_rule() -> RuleSet:
    """The typography set with every registered rule switched on (whatever its default)."""
    global _RULESET
    if _RULESET is None:
        base = load_ruleset("typographie")
        settings = dict(base.settings)
        for code in all_rules():
            setting = settings[code]
            if setting.severity == "off":
                settings[code] = RuleSetting("warning", setting.params)
        _RULESET = RuleSet(**{**base.__dict__, "settings": settings})
    return _RULESET


def lines_of(source: str) -> list[str]:
    """The file's lines as editors and GitHub count them (\\n, \\r\\n and \\r end a line)."""
    return _LINE_BREAK.split(source)


def check_report(report: FileReport, source: str) -> None:
    lines = lines_of(source)
    for finding in report.findings:
        assert not finding.message.startswith("Erreur interne"), finding
        if finding.line is None:
            assert finding.column is None and finding.end_line is None
            continue
        assert 1 <= finding.line <= len(lines), finding
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1, finding
        assert finding.line <= finding.end_line <= len(lines), finding
        assert 1 <= finding.end_column <= len(lines[finding.end_line - 1]) + 2, finding
        assert (finding.line, finding.column) <= (finding.end_line, finding.end_column), finding
        if finding.highlight is not None:
            start, end = finding.highlight
            assert finding.excerpt is not None and 0 <= start <= end <= len(finding.excerpt), finding
    for name, value in report.scores.items():
        assert value is None or 0 <= value <= 100, (name, value)
    for name, value in report.metrics.items():
        if name == "flesch" or value is None:
            continue
        assert isinstance(value, (int, float)) and value >= 0, (name, value)
        if name.endswith("_share"):
            assert value <= 100, (name, value)
    metrics = report.metrics
    if metrics["words"]:
        assert metrics["words"] >= metrics["sentences"], metrics
    assert set(report.outcomes) <= set(all_rules())
    assert all(outcome in ("pass", "fail", "skip") for outcome in report.outcomes.values())


def audit_bytes(data: bytes, fmt: str) -> tuple[FileReport | None, str | None]:
    """The report of one generated file, or None when the input is refused (InputError)."""
    name = {"markdown": "article.md", "text": "article.txt", "html": "article.html"}[fmt]
    try:
        article = check_directives(read_stdin_bytes(data, fmt, name))  # type: ignore[arg-type]
    except InputError as error:
        assert str(error).startswith(f"{name} : ") and "\n" not in str(error).rstrip()
        return None, None
    ruleset = every_rule()
    options = Options(ruleset=ruleset)
    (annotated,) = annotate_many([article])
    report = evaluate(annotated, options)
    return report, article.source


@budget(100)
@given(ARTICLE, ENCODING)
def test_audit_never_crashes_and_findings_lie_inside_the_file(article, encoding):
    fmt, text = article
    report, source = audit_bytes(text.encode(encoding, "surrogatepass"), fmt)
    if report is None:
        return
    check_report(report, source)
    ruleset = every_rule()
    document = json.loads(json_render.render([report], ruleset, "0"))
    assert document["files"][0]["path"] == report.path
    log = json.loads(sarif.render([report], ruleset, "0"))
    for result in log["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"].get("region", {})
        assert region.get("startLine", 1) >= 1
    assert html_render.render([report], ruleset, "0").startswith("<!DOCTYPE html>")


@budget(40)
@given(st.lists(st.one_of(PHRASE, PHRASE.map(lambda t: t + ".")), min_size=1, max_size=25), NEWLINE)
def test_plain_prose_counts_are_consistent(paragraphs, newline):
    """Prose without markup: words ≥ sentences, paragraphs counted, shares in 0–100."""
    text = (newline * 2).join(paragraphs)
    report, source = audit_bytes(text.encode("utf-8"), "text")
    if report is None:
        return
    check_report(report, source)
