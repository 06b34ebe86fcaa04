"""What an article contains is shown, never emitted: one sanitising step for every output.

An article, its file name or a tampered cache entry can hold terminal escapes
(`ESC ] 0 ; … BEL`, `ESC [ 2 J`), characters XML forbids (U+FFFE, U+FFFF, C0 controls)
or lone surrogates (a file name that is not UTF-8, decoded with `surrogateescape`).
Every renderer passes the strings it shows through `visible` (or a whole report through
`clean_report`), so that:

- C0 and C1 control characters and DEL, except tab and newline, become a visible
  `⟨U+001B⟩`; so do the non-characters U+FFFE and U+FFFF;
- a lone surrogate becomes U+FFFD (the replacement character), as a file name whose
  bytes are not UTF-8 is shown by file managers;
- the bidirectional controls that reorder what follows them (embeddings and overrides
  U+202A–U+202E, isolates U+2066–U+2069: « Trojan Source », CVE-2021-42574) become a
  visible `⟨U+202E⟩` in every text format (terminal, `-q`, GitHub annotations, JUnit,
  HTML, messages), so that a file name or a quoted sentence cannot make a line read in
  another order than it is. JSON and SARIF keep the character, written as the JSON escape
  `\u202e` (`json_text`): a program gets the article's exact text, a person reading the
  file sees the escape. The marks U+200E, U+200F and U+061C are left alone: they reorder
  nothing beyond the neutral characters next to them, and right-to-left quotations in a
  French article use them.

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
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"
#: Bidirectional embeddings, overrides and isolates (see the module's docstring).
BIDI = "\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI}]")


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return f"⟨U+{ord(char):04X}⟩"


#: (one_line, bidi) → the characters `visible` replaces.
_PATTERNS = {
    (one_line, bidi): re.compile(f"[{_CONTROLS}{'' if not one_line else chr(9) + chr(10)}{BIDI if bidi else ''}]")
    for one_line in (False, True) for bidi in (False, True)
}


def visible(text: str, one_line: bool = False, bidi: bool = True) -> str:
    """`text` with control characters made visible and lone surrogates replaced;
    `one_line`: tab and newline too (a file name, a one-line message); `bidi=False`
    leaves the bidirectional controls to `json_text` (JSON and SARIF)."""
    pattern = _PATTERNS[one_line, bidi]
    return pattern.sub(_shown, text) if pattern.search(text) else text


def json_text(dumped: str) -> str:
    """A JSON document with its bidirectional controls written as JSON escapes (`\\u202e`):
    the same data, which no longer reorders the lines of a person reading it. They can
    only sit inside JSON strings, where the escape means the same character."""
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) if _BIDI.search(dumped) else dumped


def _value(value: Any, bidi: bool = True) -> Any:
    if isinstance(value, str):
        return visible(value, bidi=bidi)
    if isinstance(value, dict):
        return {visible(str(k), bidi=bidi): _value(v, bidi) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_value(v, bidi) for v in value)
    return value


def _finding(finding: Finding, one_line: bool = False, bidi: bool = True) -> Finding:
    excerpt, highlight = finding.excerpt, finding.highlight
    if excerpt is not None:
        shown = visible(excerpt, bidi=bidi)
        if highlight is not None and shown != excerpt:  # offsets move with the longer text
            start, end = highlight
            highlight = (len(visible(excerpt[:start], bidi=bidi)), len(visible(excerpt[:end], bidi=bidi)))
        excerpt = shown
    return dataclasses.replace(
        finding, code=visible(finding.code, True, bidi), message=visible(finding.message, one_line, bidi),
        advice=visible(finding.advice, one_line, bidi), excerpt=excerpt, highlight=highlight,
        value=_value(finding.value, bidi), threshold=_value(finding.threshold, bidi))


def clean_report(report: FileReport, one_line: bool = False, bidi: bool = True) -> FileReport:
    """A copy of `report` whose every shown string is `visible` (the document view, drawn
    by the HTML page through its own escaping, is kept as it is). Paths and errors are
    always one line; `one_line`: messages and advice too (the `-q` format); `bidi=False`
    for JSON and SARIF (see `json_text`)."""
    def text(value: str | None, one: bool = False) -> str | None:
        return None if value is None else visible(value, one, bidi)

    clean = dataclasses.replace(
        report, path=text(report.path, True), error=text(report.error, True),
        keyphrase=text(report.keyphrase), title=text(report.title),
        metrics=_value(report.metrics, bidi), outcomes=_value(report.outcomes, bidi),
        keyphrase_alternatives=_value(report.keyphrase_alternatives, bidi), keywords=_value(report.keywords, bidi),
        findings=[_finding(f, one_line, bidi) for f in report.findings])
    clean.text_view = report.text_view
    return clean


def clean_reports(reports: Sequence[FileReport], one_line: bool = False, bidi: bool = True) -> list[FileReport]:
    return [clean_report(r, one_line, bidi) for r in reports]


def clean_outline(outline: "Outline", bidi: bool = True) -> "Outline":
    """A copy of `outline` whose every shown string is `visible` (the path on one line),
    for the outline's text and JSON renderers (`bidi=False` for JSON). The outline itself
    keeps the article's characters: `--emit markdown` inserts its subheadings into the
    article as written."""
    def texts(values: Sequence[str]) -> list[str]:
        return [visible(v, bidi=bidi) for v in values]

    def text(value: str | None) -> str | None:
        return None if value is None else visible(value, bidi=bidi)

    blocks = [dataclasses.replace(b, keywords=texts(b.keywords), subheading=text(b.subheading),
                                  alternatives=texts(b.alternatives), existing_heading=text(b.existing_heading))
              for b in outline.blocks]
    return dataclasses.replace(
        outline, path=visible(outline.path, True, bidi), title=text(outline.title),
        keyphrase=text(outline.keyphrase), meta_title=text(outline.meta_title),
        meta_title_alternatives=texts(outline.meta_title_alternatives),
        meta_description=text(outline.meta_description),
        meta_description_alternatives=texts(outline.meta_description_alternatives), blocks=blocks)
