"""The annotated HTML report: one self-contained page per article, and a batch index.

The page shows the scores, a Yoast-style checklist grouped by family, and the article's
own text with every finding that has a span marked on that span. It works offline and
with JavaScript off: no external resource of any kind, CSS inline, a Content-Security-
Policy that allows only the page's own inline style (by hash) and, on the index, its
one small sorting script (by hash). Showing or hiding the marks of one rule is done
with checkboxes and CSS ``:has()``, not script.

Marks: a finding's span becomes one ``<mark id="m-N">`` (its first fragment) that ends
with a link ``<a class="ref" href="#f-N">N</a>`` to the finding ``<li id="f-N">``, which
links back with ``href="#m-N"``. When two spans cross, the inner one is split: its
other fragments are ``<mark class="… cont">`` without an id, so tags always nest.
A span over several blocks is marked in its first block; the following blocks carry a
side bar (``data-zone``). Renderers only format: positions come from the report
(`FileReport.document`, `Finding.line/column`).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..document import DocumentView
from ..report import SEVERITIES, FileReport, Finding, family_of, severity_rank
from .terminal import FAMILY_NAMES, FAMILY_ORDER

SEVERITY_LABEL = {"error": "erreur", "warning": "avertissement", "info": "info"}
SEVERITY_PLURAL = {"error": "erreurs", "warning": "avertissements", "info": "infos"}
KIND_LABEL = {"title": "Titre SEO", "description": "Meta description", "image": "Image"}
DEFAULT_SECTION_WORDS = 300


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _css_id(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", code)


def _number(value: object) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count < 2 else plural or singular + 's'}"


def _family_rank(family: str) -> tuple[int, str]:
    return (FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER), family)


def _rules() -> dict:
    from ..checks import all_rules

    return all_rules()


# --- placing the findings on the text -------------------------------------------------


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
    document = report.document
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
    classes = f"m sev-{mark.finding.severity} r-{code} fam-{_css_id(family_of(mark.finding.code))}"
    title = f"{mark.number}. {mark.finding.code} — {mark.finding.message}"
    if first:
        return f'<mark class="{classes}" id="m-{mark.number}" data-f="{mark.number}" title="{_e(title)}">'
    return f'<mark class="{classes} cont" data-f="{mark.number}" title="{_e(title)}">'


def _ref(mark: Mark) -> str:
    return (f'<a class="ref sev-{mark.finding.severity}" href="#f-{mark.number}" '
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


# --- the page ---------------------------------------------------------------------------

CSS = """\
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--ok:#2e7d32;--skip:#757575;--ink:#1d2327;
--muted:#5f6368;--line:#dcdcde;--bg:#f6f7f7;--card:#fff;--err-bg:#fde7e7;--warn-bg:#fff1c7;--info-bg:#e3f0fc}
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;background:var(--bg);color:var(--ink);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
a{color:#0b57d0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}
header.top{background:var(--card);border-bottom:1px solid var(--line);padding:1rem 1.5rem;display:grid;grid-template-columns:1fr auto;gap:.5rem 2rem;align-items:center}
header.top .back{grid-column:1/-1;margin:0;font-size:.9rem}
.file{margin:0;font:.85rem/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted);word-break:break-all}
header.top h1{margin:.2rem 0 .4rem;font-size:1.45rem;line-height:1.25}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0;list-style:none;font-size:.92rem;color:var(--muted)}
.facts b{color:var(--ink)}
.kp{margin:.5rem 0 0;font-size:.95rem}
.kp .phrase{background:#e8def8;border-radius:3px;padding:0 .3rem;font-weight:600}
.kp .alt{color:var(--muted)}
.gauges{display:flex;gap:1.25rem}
.gauge{display:flex;flex-direction:column;align-items:center;font-size:.85rem;color:var(--muted);margin:0}
.gauge svg{display:block}
.gauge .v{font:700 22px system-ui,sans-serif}
.totals{grid-column:1/-1;margin:0;font-size:.92rem}
.totals .n{font-weight:700}
.sev-error{--c:var(--err);--cb:var(--err-bg)}.sev-warning{--c:var(--warn);--cb:var(--warn-bg)}.sev-info{--c:var(--info);--cb:var(--info-bg)}
.st-pass{--c:var(--ok)}.st-skip{--c:var(--skip)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(22rem,30rem);gap:1.5rem;padding:1.5rem;align-items:start}
.text{order:1}.checklist{order:2}
.panel{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:1rem 1.5rem}
.checklist{position:sticky;top:.75rem;max-height:calc(100vh - 1.5rem);overflow:auto}
h2{font-size:1.15rem;margin:.2rem 0 .8rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;margin:0 0 1rem;padding:.6rem .8rem;background:var(--bg);border-radius:4px;font-size:.88rem}
.legend p{margin:0;width:100%;color:var(--muted)}
.legend label{cursor:pointer;white-space:nowrap}
.legend input{margin:0 .3rem 0 0;vertical-align:-2px}
.doc{max-width:46rem;font-size:1.02rem}
.doc .blk{position:relative;margin:0 0 .9rem;white-space:pre-wrap;overflow-wrap:anywhere}
.doc .tag{display:inline-block;font:600 .68rem/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .35rem;margin-right:.5rem;vertical-align:2px;white-space:nowrap}
.doc .meta{background:var(--bg);border-left:3px solid var(--line);padding:.4rem .7rem}
.doc .b-title{font-size:1.25rem;font-weight:700}
.doc h1,.doc h2,.doc h3,.doc h4,.doc h5,.doc h6{line-height:1.3;margin:1.4rem 0 .6rem}
.doc h1{font-size:1.5rem}.doc h2{font-size:1.3rem}.doc h3{font-size:1.13rem}.doc h4,.doc h5,.doc h6{font-size:1rem}
.doc .lvl{font:600 .68rem/1 system-ui,sans-serif;color:var(--muted);margin-right:.4rem;vertical-align:3px}
.doc ul{margin:0 0 .9rem;padding-left:1.4rem}.doc li.blk{margin:0 0 .3rem}
.doc figure.blk{margin:0 0 .9rem;padding:.5rem .7rem;border:1px dashed var(--line);border-radius:4px;color:var(--muted);font-size:.93rem}
.doc [data-zone]{box-shadow:-6px 0 0 -3px var(--zc,var(--warn))}
.doc [data-zone].sev-error{--zc:var(--err)}.doc [data-zone].sev-info{--zc:var(--info)}
mark.m{background:var(--cb);color:inherit;border-bottom:2px solid var(--c);padding:1px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.m mark.m{padding-bottom:4px;border-bottom-style:dashed}
mark.m mark.m mark.m{padding-bottom:7px}
mark.m:target,mark.m.on{outline:2px solid var(--c);outline-offset:1px}
a.ref{display:inline-block;min-width:1.2em;margin-left:1px;padding:0 .2em;border-radius:.6em;background:var(--c);color:#fff;font:700 .62rem/1.35 system-ui,sans-serif;text-align:center;text-decoration:none;vertical-align:.45em}
a.ref:focus{outline:2px solid var(--ink)}
.strip{margin:0 0 1rem}.strip figcaption{font-size:.85rem;color:var(--muted)}
.strip svg{display:block;width:100%;height:auto;max-width:46rem}
.filter{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.88rem;margin:0 0 .8rem}.filter label{white-space:nowrap}
.family{border-top:1px solid var(--line);padding:.6rem 0}
.family h3{font-size:1rem;margin:0 0 .4rem;display:flex;align-items:center;gap:.5rem}
.family h3 .sum{font-weight:400;font-size:.85rem;color:var(--muted);margin-left:auto}
.light{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;background:var(--c);flex:none;vertical-align:-1px}
.rules{list-style:none;margin:0;padding:0}
.rule{margin:0 0 .5rem}
.rule .head{display:flex;gap:.45rem;align-items:baseline}
.rule .code{font:600 .8rem ui-monospace,"DejaVu Sans Mono",monospace;color:var(--c)}
.rule .name{font-size:.92rem}
.findings{margin:.3rem 0 0;padding-left:2.1rem;font-size:.9rem}
.finding{margin:0 0 .55rem;padding:.25rem .4rem;border-radius:4px}
.finding::marker{font-weight:700;color:var(--c)}
.finding:target{background:var(--cb);outline:2px solid var(--c)}
.finding .msg{margin:0}
.finding .vs{margin:.1rem 0 0;color:var(--muted);font-size:.85rem}
.finding .vs b{color:var(--ink)}
.finding blockquote{margin:.2rem 0;padding:0 .5rem;border-left:3px solid var(--c);font-style:italic;color:#3c4043}
.finding .advice{margin:.15rem 0 0}
.finding .where{margin:.1rem 0 0;font-size:.82rem;color:var(--muted)}
details.passed{margin:.2rem 0 0;font-size:.9rem}
details.passed summary{cursor:pointer;color:var(--ok)}
details.passed .rule{margin:.25rem 0 0}
footer{padding:0 1.5rem 1.5rem;font-size:.8rem;color:var(--muted)}
.error-page{margin:1.5rem}
body:has(#only-problems:checked) details.passed{display:none}
body:has(#only-errors:checked) .finding:not(.sev-error),body:has(#only-errors:checked) .rule.sev-warning,body:has(#only-errors:checked) .rule.sev-info,body:has(#only-errors:checked) details.passed{display:none}
@media (max-width:900px){.layout{grid-template-columns:1fr}.checklist{position:static;max-height:none}header.top{grid-template-columns:1fr}}
@media print{
@page{margin:1.6cm 1.4cm}
body{background:#fff;font-size:10.5pt}
.skip,.legend input,.filter,header.top .back,.strip{display:none}
header.top{display:block;border:0;padding:0 0 .6rem}
.gauges{margin:.4rem 0}
.layout{display:flex;flex-direction:column;padding:0;gap:1rem}
.panel{border:0;padding:0}
.checklist{position:static;max-height:none;overflow:visible;break-before:page}
.checklist h2::after{content:" (notes)"}
details.passed{display:none}
.doc{max-width:none}
mark.m{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a.ref,.light{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
.finding{break-inside:avoid}.finding .where a{display:none}
.doc h1,.doc h2,.doc h3,.doc h4{break-after:avoid}
}
"""

INDEX_CSS = """\
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--ok:#2e7d32;--line:#dcdcde;--muted:#5f6368}
body{margin:0;padding:1.5rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1d2327;background:#f6f7f7}
h1{font-size:1.4rem;margin:0 0 .3rem}
.totals{margin:0 0 1rem;color:var(--muted)}
table{border-collapse:collapse;background:#fff;border:1px solid var(--line);font-size:.9rem}
th,td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f0f0f1;white-space:nowrap}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.file{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.82rem;word-break:break-all}
.score{font-weight:700}.good{color:var(--ok)}.mid{color:var(--warn)}.bad{color:var(--err)}
.e{color:var(--err);font-weight:700}.w{color:var(--warn)}.i{color:var(--info)}.z{color:#c3c4c7}
.unreadable{color:var(--err)}
@media print{body{background:#fff;padding:0}th button::after{content:""}}
"""

INDEX_JS = """\
document.querySelectorAll("th button").forEach(function (button) {
  button.addEventListener("click", function () {
    var th = button.parentNode, table = th.closest("table"), body = table.tBodies[0];
    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-v"), y = b.cells[column].getAttribute("data-v");
      var nx = parseFloat(x), ny = parseFloat(y), order;
      if (!isNaN(nx) && !isNaN(ny)) { order = nx - ny; } else if (!isNaN(nx)) { order = -1; }
      else if (!isNaN(ny)) { order = 1; } else { order = x.localeCompare(y, "fr"); }
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _head(title: str, css: str, script: str | None = None) -> str:
    policy = (f"default-src 'none'; style-src {_hash(css)}; img-src data:; "
              f"script-src {_hash(script) if script else chr(39) + 'none' + chr(39)}; "
              "base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{escape(policy, quote=False)}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n<style>{css}</style>\n</head>\n")


def _gauge(label: str, value: int | None) -> str:
    radius, width = 26, 7
    circumference = 2 * 3.14159 * radius
    if value is None:
        colour, shown, filled = "#9aa0a6", "—", 0.0
    else:
        colour = "#2e7d32" if value >= 70 else "#b26a00" if value >= 40 else "#c62828"
        shown, filled = str(value), circumference * value / 100
    arc = (f'<circle cx="32" cy="32" r="{radius}" fill="none" stroke="{colour}" stroke-width="{width}" '
           f'stroke-linecap="round" stroke-dasharray="{filled:.1f} {circumference:.1f}" '
           f'transform="rotate(-90 32 32)"/>' if filled else "")
    text = f"{label} : {shown}/100" if value is not None else f"{label} : pas de règle évaluée"
    return (f'<figure class="gauge"><svg width="64" height="64" viewBox="0 0 64 64" role="img" '
            f'aria-label="{_e(text)}"><circle cx="32" cy="32" r="{radius}" fill="none" stroke="#e4e5e7" '
            f'stroke-width="{width}"/>{arc}<text x="32" y="39" text-anchor="middle" class="v" '
            f'fill="{colour}">{_e(shown)}</text></svg><figcaption>{_e(label)}</figcaption></figure>')


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in reversed(SEVERITIES)}


def _header(report: FileReport, index_href: str | None) -> str:
    m = report.metrics
    parts = ['<header class="top">']
    if index_href:
        parts.append(f'<p class="back"><a href="{_e(index_href)}">← Tous les rapports</a></p>')
    parts.append("<div>")
    parts.append(f'<p class="file">{_e(report.path)}</p>')
    parts.append(f"<h1>{_e(report.title) if report.title else '<em>(sans titre)</em>'}</h1>")
    facts = [("words", "mots"), ("sentences", "phrases"), ("paragraphs", "paragraphes"),
             ("subheadings", "sous-titres"), ("images", "images"), ("links", "liens")]
    items = [f"<li><b>{_e(_number(m[key]))}</b> {label}</li>" for key, label in facts
             if m.get(key) is not None]
    parts.append(f'<ul class="facts">{"".join(items)}</ul>')
    if report.keyphrase:
        origin = " <span class=\"alt\">(suggérée d’après le texte)</span>" if report.keyphrase_suggested else ""
        parts.append(f'<p class="kp">Expression clé : <span class="phrase">{_e(report.keyphrase)}</span>{origin}')
        if report.keyphrase_alternatives:
            alternatives = ", ".join(f"« {_e(a)} »" for a in report.keyphrase_alternatives)
            parts.append(f' <span class="alt">· autres possibilités : {alternatives}</span>')
        parts.append("</p>")
    else:
        parts.append('<p class="kp">Expression clé : <span class="alt">aucune (front matter '
                     '<code>keyphrase</code> ou option <code>--keyphrase</code>)</span></p>')
    parts.append("</div>")
    scores = report.scores
    parts.append(f'<div class="gauges">{_gauge("SEO", scores["seo"])}{_gauge("Lisibilité", scores["readability"])}</div>')
    counts = _counts(report.findings)
    summary = " · ".join(
        f'<span class="sev-{s}"><span class="light"></span> <span class="n">{n}</span> '
        f'{SEVERITY_LABEL[s] if n < 2 else SEVERITY_PLURAL[s]}</span>' for s, n in counts.items())
    passed = sum(1 for o in report.outcomes.values() if o == "pass")
    parts.append(f'<p class="totals">{summary} · <span class="st-pass"><span class="light"></span> '
                 f'{_plural(passed, "règle respectée", "règles respectées")} sur {len(report.outcomes)}</span></p>')
    parts.append("</header>")
    return "\n".join(parts)


def _section_limit(ruleset) -> int:
    try:
        return int(ruleset.settings["STR002"].params["max_words"])
    except (AttributeError, KeyError, TypeError, ValueError):
        return DEFAULT_SECTION_WORDS


def _strip(document: DocumentView, placement: Placement, limit: int) -> str:
    """Words per section against the limit, and where the marks fall, as an inline SVG."""
    sections: list[tuple[int, str, int, str | None]] = []  # first block, label, words, worst severity
    for index, block in enumerate(document.blocks):
        if block.kind in ("title", "description", "image"):
            continue
        if block.kind == "heading" or not sections:
            label = block.text if block.kind == "heading" else "(début)"
            sections.append((index, label, 0, None))
        first, label, words, worst = sections[-1]
        if block.kind != "heading":
            words += block.words
        for mark in placement.marks.get(index, []):
            if worst is None or severity_rank(mark.finding.severity) > severity_rank(worst):
                worst = mark.finding.severity
        sections[-1] = (first, label, words, worst)
    if not sections:
        return ""
    width, height, top = 720, 110, 14
    peak = max(limit * 1.25, max(s[2] for s in sections))
    step = width / len(sections)
    bar = max(min(step * 0.8, 60), 2)
    colours = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0"}
    shapes = []
    limit_y = top + (height - top) * (1 - limit / peak)
    for i, (first, label, words, worst) in enumerate(sections):
        x = i * step + (step - bar) / 2
        h = (height - top) * words / peak
        fill = "#c62828" if words > limit else "#8ab4f8"
        tip = f"{label} — {_plural(words, 'mot')}"
        shapes.append(f'<a href="#b-{first}"><rect x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" '
                      f'height="{max(h, 1):.1f}" fill="{fill}"><title>{_e(tip)}</title></rect></a>')
        if worst:
            shapes.append(f'<rect x="{x:.1f}" y="{height + 4}" width="{bar:.1f}" height="6" '
                          f'fill="{colours[worst]}"><title>{_e(label)} : marques ({SEVERITY_LABEL[worst]})</title></rect>')
    shapes.append(f'<line x1="0" x2="{width}" y1="{limit_y:.1f}" y2="{limit_y:.1f}" stroke="#c62828" '
                  f'stroke-dasharray="4 3"/><text x="{width}" y="{limit_y - 3:.1f}" text-anchor="end" '
                  f'font-size="11" fill="#c62828">{limit} mots</text>')
    caption = (f"Mots par section (limite {limit}) ; dessous, la couleur de la marque la plus grave "
               "de chaque section.")
    return (f'<figure class="strip"><svg viewBox="0 0 {width} {height + 12}" role="img" '
            f'aria-label="{_e(caption)}">{"".join(shapes)}</svg><figcaption>{_e(caption)}</figcaption></figure>')


def _legend(report: FileReport, placement: Placement, rules: dict) -> str:
    codes: dict[str, list[Mark]] = {}
    for mark in placement.marked.values():
        codes.setdefault(mark.finding.code, []).append(mark)
    if not codes:
        return ('<div class="legend"><p>Aucun constat ne porte sur un passage précis du texte ; '
                'voir la liste des vérifications.</p></div>')
    items = []
    for code in sorted(codes, key=lambda c: (_family_rank(family_of(c)), c)):
        marks = codes[code]
        worst = max((m.finding.severity for m in marks), key=severity_rank)
        name = rules[code].name if code in rules else ""
        ident = _css_id(code)
        items.append(f'<label><input type="checkbox" id="t-{ident}" checked>'
                     f'<mark class="m sev-{_e(worst)}">{_e(code)}</mark> {_e(name)} ({len(marks)})</label>')
    return ('<div class="legend"><p>Marques dans le texte (décocher pour masquer une règle ; '
            'le numéro renvoie au constat) :</p>' + "".join(items) + "</div>")


def _block_html(index: int, block, marks: list[Mark], zones: list[int], report: FileReport) -> str:
    body = marked_text(block.text, marks)
    attributes = f'id="b-{index}"'
    classes = ["blk"]
    if zones:
        worst = max((report.findings[n - 1].severity for n in zones), key=severity_rank)
        classes.append(f"sev-{worst}")
        attributes += f' data-zone="{" ".join(str(n) for n in zones)}"'
        attributes += f' title="{_e("Suite des constats " + ", ".join(str(n) for n in zones))}"'
    cls = " ".join(classes)
    if block.kind == "heading":
        level = min(max(block.level, 1), 6)
        return f'<h{level} class="{cls}" {attributes}><span class="lvl">H{block.level}</span>{body}</h{level}>'
    if block.kind == "list_item":
        return f'<li class="{cls}" {attributes}>{body}</li>'
    if block.kind == "image":
        alt = body if block.text else "<em>(sans texte alternatif)</em>" + body
        return f'<figure class="{cls}" {attributes}><span class="tag">Image</span>{alt}</figure>'
    if block.kind in ("title", "description"):
        inner = f'<span class="b-{block.kind}">{body}</span>'
        return f'<p class="{cls} meta" {attributes}><span class="tag">{KIND_LABEL[block.kind]}</span>{inner}</p>'
    return f'<p class="{cls}" {attributes}>{body}</p>'


def _document_html(report: FileReport, placement: Placement) -> str:
    document = report.document
    if document is None:
        return '<p>Le texte de l’article n’est pas disponible dans ce rapport.</p>'
    out: list[str] = ['<article class="doc">']
    in_list = False
    for index, block in enumerate(document.blocks):
        if block.kind == "list_item" and not in_list:
            out.append("<ul>")
            in_list = True
        elif block.kind != "list_item" and in_list:
            out.append("</ul>")
            in_list = False
        out.append(_block_html(index, block, placement.marks.get(index, []),
                               placement.zones.get(index, []), report))
    if in_list:
        out.append("</ul>")
    if not any(b.kind == "description" for b in document.blocks):
        pass
    out.append("</article>")
    return "\n".join(out)


def _value_line(finding: Finding) -> str:
    if finding.value is None and finding.threshold is None:
        return ""
    parts = []
    if finding.value is not None:
        parts.append(f"mesuré : <b>{_e(_number(finding.value))}</b>")
    if finding.threshold is not None:
        parts.append(f"seuil : <b>{_e(_number(finding.threshold))}</b>")
    return f'<p class="vs">{" · ".join(parts)}</p>'


def _finding_html(number: int, finding: Finding, placement: Placement) -> str:
    parts = [f'<li class="finding sev-{finding.severity}" id="f-{number}" value="{number}">',
             f'<p class="msg">{_e(finding.message)}</p>', _value_line(finding)]
    if finding.excerpt and number not in placement.marked:
        parts.append(f"<blockquote>« {_e(finding.excerpt)} »</blockquote>")
    if finding.advice:
        parts.append(f'<p class="advice">→ {_e(finding.advice)}</p>')
    where = []
    if finding.line:
        where.append(f"ligne {finding.line}, colonne {finding.column or 1}")
    where.append(SEVERITY_LABEL[finding.severity])
    if number in placement.marked:
        where.append(f'<a href="#m-{number}">voir dans le texte ↑</a>')
    parts.append(f'<p class="where">{" · ".join(where)}</p></li>')
    return "".join(p for p in parts if p)


def _summary(code: str, rules: dict, ruleset) -> str:
    """The rule's one-line summary with its parameter names replaced by their values
    (« au plus max_share % » → « au plus 25 % »)."""
    if code not in rules:
        return ""
    text = rules[code].summary
    try:
        params = ruleset.settings[code].params
    except (AttributeError, KeyError):
        return text
    for key in sorted(params, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(key)}\b", _number(params[key]), text)
    return text


def _checklist(report: FileReport, placement: Placement, rules: dict, ruleset=None) -> str:
    numbers = {id(f): n for n, f in enumerate(report.findings, 1)}
    by_code: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_code.setdefault(finding.code, []).append(finding)
    codes = set(report.outcomes) | set(by_code)
    families = sorted({family_of(c) for c in codes}, key=_family_rank)
    out = ['<section class="checklist panel" id="constats" aria-labelledby="constats-titre">',
           '<h2 id="constats-titre">Vérifications</h2>',
           '<div class="filter"><label><input type="radio" name="filtre" id="show-all" checked> tout</label>'
           '<label><input type="radio" name="filtre" id="only-problems"> problèmes seulement</label>'
           '<label><input type="radio" name="filtre" id="only-errors"> erreurs seulement</label></div>']
    for family in families:
        family_codes = sorted(c for c in codes if family_of(c) == family)
        failing = [c for c in family_codes if c in by_code]
        others = [c for c in family_codes if c not in by_code]
        worst = max((f.severity for c in failing for f in by_code[c]), key=severity_rank, default=None)
        light = f"sev-{worst}" if worst else "st-pass" if any(report.outcomes.get(c) == "pass" for c in others) else "st-skip"
        passed = sum(1 for c in others if report.outcomes.get(c) == "pass")
        summary = (f"{len(failing)} à revoir · " if failing else "") + f"{passed}/{len(family_codes)} respectée{'s' if passed > 1 else ''}"
        out.append(f'<section class="family" id="fam-{_css_id(family)}">'
                   f'<h3 class="{light}"><span class="light"></span>{_e(FAMILY_NAMES.get(family, family))}'
                   f'<span class="sum">{_e(summary)}</span></h3>')
        if failing:
            out.append('<ul class="rules">')
            for code in failing:
                rule_worst = max((f.severity for f in by_code[code]), key=severity_rank)
                name = _summary(code, rules, ruleset)
                out.append(f'<li class="rule sev-{rule_worst}"><div class="head"><span class="light"></span>'
                           f'<span class="code">{_e(code)}</span><span class="name">{_e(name)}</span></div>'
                           '<ol class="findings">')
                out.extend(_finding_html(numbers[id(f)], f, placement) for f in by_code[code])
                out.append("</ol></li>")
            out.append("</ul>")
        if others:
            out.append(f'<details class="passed"><summary>{_e(_plural(passed, "règle respectée", "règles respectées"))}'
                       f'{_e(" · " + _plural(len(others) - passed, "non applicable", "non applicables")) if len(others) > passed else ""}'
                       '</summary><ul class="rules">')
            for code in others:
                outcome = report.outcomes.get(code, "pass")
                name = _summary(code, rules, ruleset)
                status = "respectée" if outcome == "pass" else "non applicable"
                out.append(f'<li class="rule st-{outcome}"><div class="head"><span class="light"></span>'
                           f'<span class="code">{_e(code)}</span><span class="name">{_e(name)} '
                           f'<em>({status})</em></span></div></li>')
            out.append("</ul></details>")
        out.append("</section>")
    out.append("</section>")
    return "\n".join(out)


def _toggle_css(placement: Placement) -> str:
    codes = sorted({_css_id(m.finding.code) for m in placement.marked.values()})
    rules = []
    for code in codes:
        off = f"body:has(#t-{code}:not(:checked))"
        rules.append(f"{off} mark.r-{code}{{background:none;border-bottom-color:transparent;padding:0}}"
                     f"{off} mark.r-{code}>a.ref{{display:none}}")
    return "\n".join(rules) + ("\n" if rules else "")


def render_page(report: FileReport, ruleset=None, version: str = "", index_href: str | None = None) -> str:
    """One self-contained page for one file report."""
    title = f"Rapport SEO — {report.path}"
    if report.error:
        css = CSS
        body = (f'<body>\n<main class="error-page panel"><p class="file">{_e(report.path)}</p>'
                f"<h1>Fichier illisible</h1><p>{_e(report.error)}</p>"
                + (f'<p><a href="{_e(index_href)}">← Tous les rapports</a></p>' if index_href else "")
                + "</main>\n</body>\n</html>\n")
        return _head(title, css) + body
    rules = _rules()
    placement = place(report)
    css = CSS + _toggle_css(placement)
    parts = [_head(title, css), "<body>", '<a class="skip" href="#constats">Aller aux vérifications</a>',
             _header(report, index_href), '<main class="layout">']
    parts.append('<section class="text panel" id="texte" aria-labelledby="texte-titre">')
    parts.append('<h2 id="texte-titre">Le texte annoté</h2>')
    parts.append(_legend(report, placement, rules))
    if report.document is not None:
        parts.append(_strip(report.document, placement, _section_limit(ruleset)))
    parts.append(_document_html(report, placement))
    parts.append("</section>")
    parts.append(_checklist(report, placement, rules, ruleset))
    parts.append("</main>")
    ruleset_name = getattr(ruleset, "name", "") or ""
    parts.append(f'<footer>Rapport produit par seo-audit {_e(version)}'
                 + (f" · jeu de règles « {_e(ruleset_name)} »" if ruleset_name else "")
                 + " · page autonome, sans ressource externe.</footer>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


# --- a batch --------------------------------------------------------------------------


def _relative_paths(paths: Sequence[str]) -> list[str]:
    """Each path relative to the files' common folder (what the index shows)."""
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    try:
        base = os.path.commonpath(folders) if folders else ""
    except ValueError:
        base = ""
    return [os.path.relpath(os.path.abspath(p), base).replace(os.sep, "/") if base else p for p in paths]


def page_names(reports: Sequence[FileReport]) -> list[str]:
    """A distinct, stable file name for each report's page: its path relative to the
    files' common folder, separators turned into « __ », plus « .html »."""
    paths = [r.path for r in reports]
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    try:
        base = os.path.commonpath(folders) if folders else ""
    except ValueError:
        base = ""
    names: list[str] = []
    seen: set[str] = {"index.html"}
    for path in paths:
        relative = os.path.relpath(os.path.abspath(path), base) if base else os.path.basename(path)
        stem = re.sub(r"[^\w.-]+", "_", relative.replace(os.sep, "__").replace("/", "__")).strip("._") or "article"
        name = f"{stem}.html"
        counter = 2
        while name.lower() in seen:
            name = f"{stem}-{counter}.html"
            counter += 1
        seen.add(name.lower())
        names.append(name)
    return names


def _score_cell(value: int | None) -> str:
    if value is None:
        return '<td class="n" data-v="">—</td>'
    grade = "good" if value >= 70 else "mid" if value >= 40 else "bad"
    return f'<td class="n score {grade}" data-v="{value}">{value}</td>'


def render_index(reports: Sequence[FileReport], names: Sequence[str], version: str = "") -> str:
    families = sorted({family_of(c) for r in reports for c in set(r.outcomes) | {f.code for f in r.findings}},
                      key=_family_rank)
    head = ['<th><button type="button">Fichier</button></th>', '<th><button type="button">Titre</button></th>',
            '<th class="n"><button type="button">Mots</button></th>',
            '<th class="n"><button type="button">SEO</button></th>',
            '<th class="n"><button type="button">Lisibilité</button></th>',
            '<th class="n"><button type="button">Erreurs</button></th>',
            '<th class="n"><button type="button">Avert.</button></th>',
            '<th class="n"><button type="button">Infos</button></th>']
    head += [f'<th class="n"><button type="button" title="{_e(FAMILY_NAMES.get(f, f))}">{_e(f)}</button></th>'
             for f in families]
    rows = []
    for report, name, shown in zip(reports, names, _relative_paths([r.path for r in reports])):
        link = f'<a href="{_e(name)}" title="{_e(report.path)}">{_e(shown)}</a>'
        if report.error:
            rows.append(f'<tr><td class="file" data-v="{_e(report.path)}">{link}</td>'
                        f'<td class="unreadable" data-v="" colspan="{6 + len(families) + 1}">'
                        f'illisible : {_e(report.error)}</td></tr>')
            continue
        counts = _counts(report.findings)
        words = report.metrics.get("words")
        cells = [f'<td class="file" data-v="{_e(report.path)}">{link}</td>',
                 f'<td data-v="{_e(report.title or "")}">{_e(report.title or "—")}</td>',
                 f'<td class="n" data-v="{_e(words if words is not None else "")}">{_e(_number(words)) if words is not None else "—"}</td>',
                 _score_cell(report.scores["seo"]), _score_cell(report.scores["readability"])]
        for severity, css in (("error", "e"), ("warning", "w"), ("info", "i")):
            n = counts[severity]
            cells.append(f'<td class="n {css if n else "z"}" data-v="{n}">{n}</td>')
        for family in families:
            n = sum(1 for f in report.findings if family_of(f.code) == family)
            cells.append(f'<td class="n {"" if n else "z"}" data-v="{n}">{n}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    totals = _counts([f for r in reports for f in r.findings])
    unreadable = sum(1 for r in reports if r.error)
    summary = (f"{_plural(len(reports), 'fichier')} · {_plural(totals['error'], 'erreur')} · "
               f"{_plural(totals['warning'], 'avertissement')} · {_plural(totals['info'], 'info')}"
               + (f" · {_plural(unreadable, 'illisible')}" if unreadable else ""))
    legend = " · ".join(f"{_e(f)} : {_e(FAMILY_NAMES.get(f, f))}" for f in families)
    return (_head("Rapports SEO", INDEX_CSS, INDEX_JS) + "<body>\n<h1>Rapports SEO</h1>\n"
            f'<p class="totals">{_e(summary)}. Cliquer un en-tête trie le tableau ; '
            f"colonnes de familles : constats par famille ({legend}).</p>\n"
            f'<table>\n<thead><tr>{"".join(head)}</tr></thead>\n<tbody>\n' + "\n".join(rows)
            + f"\n</tbody>\n</table>\n<p class=\"totals\">seo-audit {_e(version)}</p>\n"
            f"<script>{INDEX_JS}</script>\n</body>\n</html>\n")


def render(reports: Sequence[FileReport], ruleset=None, version: str = "") -> str:
    """The page of the first report (single-file use; a batch goes through `write_batch`)."""
    if not reports:
        return render_index([], [], version)
    return render_page(reports[0], ruleset, version)


def write_batch(reports: Sequence[FileReport], folder: str | Path, ruleset=None, version: str = "") -> list[Path]:
    """One page per report plus index.html in `folder` (created if needed), each written
    atomically; `ruleset` is a RuleSet or a function of the path giving one. Returns the
    paths written, index last."""
    from ..files import write_atomic

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    names = page_names(reports)
    written = []
    for report, name in zip(reports, names):
        rules = ruleset(report.path) if callable(ruleset) else ruleset  # per-file rule sets
        write_atomic(target / name, render_page(report, rules, version, index_href="index.html"))
        written.append(target / name)
    write_atomic(target / "index.html", render_index(reports, names, version))
    written.append(target / "index.html")
    return written


def is_batch(paths: Sequence[str], output: str | None, count: int) -> bool:
    """A batch (a folder of pages) when several files (`count`) are audited, a folder was
    named, or the output is an existing folder or ends with a separator."""
    if count > 1 or any(os.path.isdir(p) for p in paths):
        return True
    return bool(output) and (os.path.isdir(output) or output.endswith(("/", os.sep)))
