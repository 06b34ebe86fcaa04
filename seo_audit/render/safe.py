"""What an article contains is shown, never emitted: one sanitising step for every output.

An article, its file name or a tampered cache entry can hold terminal escapes
(`ESC ] 0 ; … BEL`, `ESC [ 2 J`), characters XML forbids (U+FFFE, U+FFFF, C0 controls)
or lone surrogates (a file name that is not UTF-8, decoded with `surrogateescape`).
Every renderer passes the strings it shows through `visible` (or a whole report through
`clean_report`), so that:

- C0 and C1 control characters and DEL, except tab and newline, become a visible
  `⟨U+001B⟩`; so do the non-characters U+FFFE and U+FFFF;
- a lone surrogate becomes U+FFFD (the replacement character), as a file name whose
  bytes are not UTF-8 is shown by file managers.

The file is still opened under its real name: only what is shown changes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..report import FileReport, Finding

if TYPE_CHECKING:
    from ..outline import Outline

#: Everything that must not reach a terminal or an XML/JSON document as is.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return f"⟨U+{ord(char):04X}⟩"


_UNSAFE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def visible(text: str, one_line: bool = False) -> str:
    """`text` with control characters made visible and lone surrogates replaced;
    `one_line`: tab and newline too (a file name, a one-line message)."""
    pattern = _UNSAFE_IN_NAME if one_line else _UNSAFE
    return pattern.sub(_shown, text) if pattern.search(text) else text


def _value(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {visible(str(k)): _value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_value(v) for v in value)
    return value


def _finding(finding: Finding, one_line: bool = False) -> Finding:
    excerpt, highlight = finding.excerpt, finding.highlight
    if excerpt is not None:
        shown = visible(excerpt)
        if highlight is not None and shown != excerpt:  # offsets move with the longer text
            start, end = highlight
            highlight = (len(visible(excerpt[:start])), len(visible(excerpt[:end])))
        excerpt = shown
    return dataclasses.replace(
        finding, code=visible(finding.code, one_line=True), message=visible(finding.message, one_line),
        advice=visible(finding.advice, one_line), excerpt=excerpt, highlight=highlight,
        value=_value(finding.value), threshold=_value(finding.threshold))


def clean_report(report: FileReport, one_line: bool = False) -> FileReport:
    """A copy of `report` whose every shown string is `visible` (the document view, drawn
    by the HTML page through its own escaping, is kept as it is). Paths and errors are
    always one line; `one_line`: messages and advice too (the `-q` format)."""
    clean = dataclasses.replace(
        report, path=visible(report.path, one_line=True),
        error=None if report.error is None else visible(report.error, one_line=True),
        keyphrase=None if report.keyphrase is None else visible(report.keyphrase),
        title=None if report.title is None else visible(report.title),
        metrics=_value(report.metrics), outcomes=_value(report.outcomes),
        keyphrase_alternatives=_value(report.keyphrase_alternatives), keywords=_value(report.keywords),
        findings=[_finding(f, one_line) for f in report.findings])
    clean.text_view = report.text_view
    return clean


def clean_reports(reports: Sequence[FileReport], one_line: bool = False) -> list[FileReport]:
    return [clean_report(r, one_line) for r in reports]


def clean_outline(outline: "Outline") -> "Outline":
    """A copy of `outline` whose every shown string is `visible` (the path on one line),
    for the outline's text and JSON renderers. The outline itself keeps the article's
    characters: `--emit markdown` inserts its subheadings into the article as written."""
    def texts(values: Sequence[str]) -> list[str]:
        return [visible(v) for v in values]

    def text(value: str | None) -> str | None:
        return None if value is None else visible(value)

    blocks = [dataclasses.replace(b, keywords=texts(b.keywords), subheading=text(b.subheading),
                                  alternatives=texts(b.alternatives), existing_heading=text(b.existing_heading))
              for b in outline.blocks]
    return dataclasses.replace(
        outline, path=visible(outline.path, one_line=True), title=text(outline.title),
        keyphrase=text(outline.keyphrase), meta_title=text(outline.meta_title),
        meta_title_alternatives=texts(outline.meta_title_alternatives),
        meta_description=text(outline.meta_description),
        meta_description_alternatives=texts(outline.meta_description_alternatives), blocks=blocks)
