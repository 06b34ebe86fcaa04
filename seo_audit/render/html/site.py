"""The site view of the HTML index: keyphrases, titles and links between articles, as the
site pass found them (`seo_audit.site.view`); formatting only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...site.view import SiteView
from .shared import _e, _plural


def _article(path: str, names: Mapping[str, str], shown: Mapping[str, str]) -> str:
    label = _e(shown.get(path, path))
    name = names.get(path)
    return f'<a href="{_e(name)}" title="{_e(path)}">{label}</a>' if name else f'<span title="{_e(path)}">{label}</span>'


def _list(paths: Sequence[str], names: Mapping[str, str], shown: Mapping[str, str]) -> str:
    return ", ".join(_article(p, names, shown) for p in paths) or "—"


def render_site_view(view: SiteView, names: Mapping[str, str], shown: Mapping[str, str]) -> str:
    """`names`: page file of each audited path; `shown`: the label of each path."""
    out = ['<section class="site" aria-labelledby="site-title">',
           '<h2 id="site-title">Le site</h2>',
           f'<p class="totals">{_e(_plural(len(view.rows), "article"))} lus ensemble : '
           f'{_e(_plural(len(view.shared_keyphrases), "expression clé partagée", "expressions clés partagées"))}, '
           f'{_e(_plural(len(view.duplicate_titles), "titre en double", "titres en double"))}, '
           f'{_e(_plural(sum(1 for r in view.rows if not r.linked_from), "article orphelin", "articles orphelins"))}, '
           f'{_e(_plural(sum(r.broken for r in view.rows), "lien cassé", "liens cassés"))}.</p>']
    for caption, groups in (("Expressions clés partagées (cannibalisation)", view.shared_keyphrases),
                            ("Titres en double", view.duplicate_titles)):
        if groups:
            out.append(f"<h3>{_e(caption)}</h3>\n<ul>")
            out += [f"<li><q>{_e(text)}</q> : {_list(paths, names, shown)}</li>" for text, paths in groups]
            out.append("</ul>")
    out.append("<h3>Liens entre articles</h3>")
    out.append('<table class="site-links">\n<thead><tr><th><button type="button">Article</button></th>'
               '<th><button type="button">Expression clé</button></th>'
               '<th class="n"><button type="button">Reçus</button></th><th>Depuis</th>'
               '<th class="n"><button type="button">Émis</button></th><th>Vers</th>'
               '<th class="n"><button type="button">Cassés</button></th></tr></thead>\n<tbody>')
    for row in view.rows:
        keyphrase = (f'{_e(row.keyphrase)}{" <small>(suggérée)</small>" if row.suggested else ""}'
                     if row.keyphrase else "—")
        out.append(f'<tr><td class="file" data-v="{_e(shown.get(row.path, row.path))}">'
                   f'{_article(row.path, names, shown)}</td>'
                   f'<td data-v="{_e(row.keyphrase or "")}">{keyphrase}</td>'
                   f'<td class="n {"" if row.linked_from else "w"}" data-v="{len(row.linked_from)}">{len(row.linked_from)}</td>'
                   f'<td>{_list(row.linked_from, names, shown)}</td>'
                   f'<td class="n" data-v="{len(row.links_to)}">{len(row.links_to)}</td>'
                   f'<td>{_list(row.links_to, names, shown)}</td>'
                   f'<td class="n {"e" if row.broken else "z"}" data-v="{row.broken}">{row.broken}</td></tr>')
    out.append("</tbody>\n</table>\n</section>")
    return "\n".join(out) + "\n"
