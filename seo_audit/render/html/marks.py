"""Placing findings on the article's text: which block and characters each finding's span
covers, and the text escaped with well-nested ``<mark>`` elements over those spans.

A finding's span becomes one ``<mark id="m-N">`` (its first fragment) that ends with a
link ``<a class="ref" href="#f-N">N</a>`` to the finding ``<li id="f-N">``. When two spans
cross, the inner one is split: its other fragments are ``<mark class="… cont">`` without
an id, so tags always nest. A span over several blocks is marked in its first block; the
following blocks carry a side bar (``data-zone``). Positions come from the report
(`FileReport.text_view`, `Finding.line/column`): nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...report import FileReport, Finding, family_of
from .shared import _css_id, _e, _sev


@dataclass(frozen=True)
class Mark:
    number: int
    finding: Finding
    block: int
    start: int
    end: int


@dataclass
class Placement:
    marks: dict[int, list[Mark]]          # block index → marks
    zones: dict[int, list[int]]           # block index → finding numbers spanning into it
    marked: dict[int, Mark]               # finding number → its mark


def place(report: FileReport) -> Placement:
    """Where each finding with a span goes in the document view (no span, no mark)."""
    placement = Placement({}, {}, {})
    document = report.text_view
    if document is None:
        return placement
    for number, finding in enumerate(report.findings, 1):
        if not finding.line:
            continue
        hits = document.text_range(finding.line, finding.column or 1, finding.end_line, finding.end_column)
        if not hits:
            continue
        block, start, end = hits[0]
        mark = Mark(number, finding, block, start, end)
        placement.marks.setdefault(block, []).append(mark)
        placement.marked[number] = mark
        for other, _, _ in hits[1:]:
            placement.zones.setdefault(other, []).append(number)
    return placement


def _open(mark: Mark, first: bool) -> str:
    code = _css_id(mark.finding.code)
    classes = f"m {_sev(mark.finding.severity)} r-{code} fam-{_css_id(family_of(mark.finding.code))}"
    title = f"{mark.number}. {mark.finding.code} — {mark.finding.message}"
    if first:
        return f'<mark class="{classes}" id="m-{mark.number}" data-f="{mark.number}" title="{_e(title)}">'
    return f'<mark class="{classes} cont" data-f="{mark.number}" title="{_e(title)}">'


def _ref(mark: Mark) -> str:
    return (f'<a class="ref {_sev(mark.finding.severity)}" href="#f-{mark.number}" '
            f'aria-label="constat {mark.number}">{mark.number}</a>')


def marked_text(text: str, marks: Sequence[Mark]) -> str:
    """`text` escaped, with `marks` as well-nested ``<mark>`` elements (crossing spans are
    split into fragments; zero-width spans become an empty mark with its link)."""
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, m.number))
    starts: dict[int, list[Mark]] = {}
    for mark in ordered:
        starts.setdefault(min(mark.start, len(text)), []).append(mark)
    positions = sorted({0, len(text)} | set(starts) | {min(m.end, len(text)) for m in ordered})
    out: list[str] = []
    stack: list[Mark] = []
    cursor = 0
    for position in positions:
        out.append(_e(text[cursor:position]))
        cursor = position
        if any(min(m.end, len(text)) == position for m in stack):
            reopen: list[Mark] = []
            while any(min(m.end, len(text)) == position for m in stack):
                top = stack.pop()
                if min(top.end, len(text)) == position:
                    out.append(_ref(top) + "</mark>")
                else:
                    out.append("</mark>")
                    reopen.append(top)
            for top in reversed(reopen):
                out.append(_open(top, first=False))
                stack.append(top)
        for mark in starts.get(position, []):
            if mark.end <= mark.start:
                out.append(_open(mark, first=True) + _ref(mark) + "</mark>")
            else:
                out.append(_open(mark, first=True))
                stack.append(mark)
    while stack:  # spans past the end of the text
        out.append(_ref(stack.pop()) + "</mark>")
    return "".join(out)
