"""The batch: one page per file, named after its path, and an index table of them all
(sortable by a small script allowed by hash in the page's Content-Security-Policy)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from ...report import FileReport, family_of
from .page import render_page
from .shared import (FAMILY_NAMES, INDEX_CSS, INDEX_JS, _counts, _e, _family_rank, _head, _number,
                     _plural)


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


def _score_cell(value: int | None, grade: str | None) -> str:
    if value is None:
        return '<td class="n" data-v="">—</td>'
    return f'<td class="n score {grade}" data-v="{value}">{value}</td>'


def render_index(reports: Sequence[FileReport], names: Sequence[str], version: str = "", site=None) -> str:
    """The index table; with `site` (a `seo_audit.site.view.SiteView`), the site view below it."""
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
                 _score_cell(report.scores["seo"], report.grades["seo"]),
                 _score_cell(report.scores["readability"], report.grades["readability"])]
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
            + "\n</tbody>\n</table>\n" + _site_view(site, reports, names)
            + f"<p class=\"totals\">seo-audit {_e(version)}</p>\n"
            f"<script>{INDEX_JS}</script>\n</body>\n</html>\n")


def _site_view(site, reports: Sequence[FileReport], names: Sequence[str]) -> str:
    if site is None or not site.rows:
        return ""
    from .site import render_site_view

    paths = [row.path for row in site.rows]
    return render_site_view(site, {r.path: n for r, n in zip(reports, names)},
                            dict(zip(paths, _relative_paths(paths))))


def render(reports: Sequence[FileReport], ruleset=None, version: str = "") -> str:
    """The page of the first report (single-file use; a batch goes through `write_batch`)."""
    if not reports:
        return render_index([], [], version)
    return render_page(reports[0], ruleset, version)


def write_batch(reports: Sequence[FileReport], folder: str | Path, ruleset=None, version: str = "",
                site=None, inputs: Sequence[str] = ()) -> list[Path]:
    """One page per report plus index.html in `folder` (created if needed), written as one
    (`files.AtomicBatch`: all renamed into place at the end, none over one of `inputs`);
    `ruleset` is a RuleSet or a function of the path giving one. Returns the paths
    written, index last."""
    from ...engine.files import AtomicBatch

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    names = page_names(reports)
    written = []
    with AtomicBatch(inputs) as batch:
        for report, name in zip(reports, names):
            rules = ruleset(report.path) if callable(ruleset) else ruleset  # per-file rule sets
            batch.add(target / name, render_page(report, rules, version, index_href="index.html"))
            written.append(target / name)
        batch.add(target / "index.html", render_index(reports, names, version, site))
        written.append(target / "index.html")
        batch.commit()
    return written


def is_batch(paths: Sequence[str], output: str | None, count: int) -> bool:
    """A batch (a folder of pages) when several files (`count`) are audited, a folder was
    named, or the output is an existing folder or ends with a separator."""
    if count > 1 or any(os.path.isdir(p) for p in paths):
        return True
    return bool(output) and (os.path.isdir(output) or output.endswith(("/", os.sep)))
