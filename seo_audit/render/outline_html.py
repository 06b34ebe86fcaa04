"""The outline as a page: the proposed structure drawn over the article's own text.

`seo-audit outline draft.txt --format html -o plan.html` writes one self-contained page
in the style of the check report (`render.html`: same stylesheet, escaping and
Content-Security-Policy, no script at all):

- at the top, the meta title and meta description proposals, each with its character
  count and its width in pixels at the search engine's font (`measures.serp`), their
  alternatives, and a SERP-style preview (title cut at 600 px, as a result shows it);
- the article's text, block by block: each topical block is framed and opens with a bar
  giving its number, source line range, word count (red over the section limit) and
  keywords (also highlighted in its paragraphs, the focus keyphrase apart); where a
  subheading is proposed, it is drawn before the block as a dashed « proposé » heading
  with its two alternatives: nothing of it is in the text until `--emit markdown`;
- beside the text, the plan: a strip of words per block against the limit and the list
  of blocks with their headings, each linking to its block.

Renderers only format: everything shown comes from the `Outline` and the `Article`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..article import Article, Block
from ..measures.serp import pixel_width
from ..outline import Outline, OutlineBlock
from ..outline.limits import Limits, default_limits
from .html import CSS, _e, _head, _plural

DESCRIPTION_FONT_PX = 14          # result snippets are shown in Arial 14 px
DESCRIPTION_MAX_PIXELS = 920      # about two lines of a desktop result
#: The article's own title is not the proposed meta title: label it as the article's.
BLOCK_LABEL = {"title": "Titre de l’article", "description": "Description de l’article"}
SOURCE_LABEL = {"given": "donnée (--keyphrase)", "front matter": "du front matter",
                "suggested": "suggérée d’après le texte"}

OUTLINE_CSS = """\
.doc .oblk{position:relative;margin:0 0 1.4rem;padding:.1rem 0 .1rem 3.2rem;border-left:4px solid var(--bc,#8ab4f8)}
.doc .oblk.odd{--bc:#b39ddb}
.doc .binfo{margin:0 0 .7rem;font-size:.85rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.1rem .9rem}
.doc .binfo b{color:var(--ink)}.doc .binfo .over{color:var(--err);font-weight:700}
.doc .binfo .kws{flex-basis:100%}
.doc>.blk,.doc>ul,.doc>figure{margin-left:calc(3.2rem + 4px)}
.doc li.blk .ln{left:-4.6rem}
.doc .ln{position:absolute;left:-3.2rem;width:2.6rem;text-align:right;font:.72rem/1.9 ui-monospace,"DejaVu Sans Mono",monospace;color:#80868b;white-space:nowrap}
.doc .proposal{margin:.2rem 0 .3rem;padding:.35rem .6rem;border:2px dashed var(--ok);border-radius:5px;background:#e6f4ea;color:#0d5223}
.doc .proposal .tag{color:var(--ok);border-color:var(--ok);background:#fff}
.doc .proposal .hashes{font:600 .85em ui-monospace,"DejaVu Sans Mono",monospace;color:var(--ok);margin-right:.35rem}
.doc .alts{margin:0 0 .8rem;font-size:.88rem;color:var(--muted)}
.doc .alts q{color:var(--ink);quotes:"« " " »"}
.doc .nohead{margin:.2rem 0 .6rem;font-size:.9rem;color:var(--muted);font-style:italic}
.doc .nohead q{font-style:normal;color:var(--ink);quotes:"« " " »"}
.doc .author{display:inline-block;font:600 .68rem/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .35rem;margin-left:.5rem;vertical-align:3px}
mark.kw{background:#e8f0fe;color:inherit;border-bottom:1px dotted #1a73e8;padding:0 1px}
mark.kp{background:#e8def8;color:inherit;border-bottom:2px solid #6a3fb5;padding:0 1px}
.metas{display:grid;grid-template-columns:minmax(0,1fr) minmax(22rem,44rem);gap:1.5rem;padding:1.5rem 1.5rem 0;align-items:start}
.metas h2{margin-top:0}
.metas dl{margin:0}.metas dt{font-weight:700;margin:.6rem 0 .15rem}.metas dt:first-child{margin-top:0}
.metas dd{margin:0 0 .2rem}
.metas .cand{font-size:1.02rem}
.metas .len{font-size:.85rem;color:var(--muted);white-space:nowrap}
.metas .len .bad{color:var(--err);font-weight:700}
.metas .alt{font-size:.9rem;color:var(--muted)}.metas .alt .t{color:var(--ink)}
.metas .none{color:var(--warn)}
.serp{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;background:#fff;font-family:Arial,"Liberation Sans",Helvetica,sans-serif}
.serp .url{margin:0;font-size:12px;line-height:1.4;color:#202124;word-break:break-all}
.serp .st{margin:.15rem 0 .2rem;font-size:TITLE_PXpx;line-height:1.3;color:#1a0dab;font-weight:400;white-space:nowrap;overflow:hidden}
.serp .sd{margin:0;font-size:DESCRIPTION_PXpx;line-height:1.58;color:#4d5156}
.serp-caption{margin:.4rem 0 0;font-size:.8rem;color:var(--muted)}
.plan ol{margin:0;padding-left:1.4rem;font-size:.92rem}
.plan li{margin:0 0 .55rem}
.plan li a{text-decoration:none;color:inherit}.plan li a:hover .h,.plan li a:focus .h{text-decoration:underline}
.plan .h{font-weight:600}.plan .h.new{color:var(--ok)}.plan .h.none{font-weight:400;font-style:italic;color:var(--muted)}
.plan .sub{display:block;font-size:.82rem;color:var(--muted)}
.plan .sub .over{color:var(--err);font-weight:700}
.plan .key{margin:1rem 0 0;font-size:.82rem;color:var(--muted)}
.plan .key span{display:inline-block;margin-right:.8rem}
.plan .key .sw{display:inline-block;width:.9rem;height:.75rem;vertical-align:-1px;margin-right:.25rem;border-radius:2px}
.plan .key .sw.p{border:2px dashed var(--ok);background:#e6f4ea}.plan .key .sw.k{background:#e8f0fe;border-bottom:1px dotted #1a73e8}
.plan .key .sw.kp{background:#e8def8;border-bottom:2px solid #6a3fb5}
@media (max-width:900px){.metas{grid-template-columns:1fr}}
@media print{.metas{display:block;padding:0}.metas .panel{margin:0 0 1rem}
.doc .proposal,mark.kw,mark.kp,.doc .oblk{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.doc .proposal{break-after:avoid}.plan{display:none}}
"""


# --- measures shown next to the candidates ---------------------------------------------

_BAD = ' class="bad"'


def _outline_css(limits: Limits) -> str:
    """The page's stylesheet, its search-result preview drawn at the font sizes its widths
    are measured at (the title's is TTL003's `font_px` in force)."""
    return (OUTLINE_CSS.replace("TITLE_PX", f"{limits.title_font_px:g}")
            .replace("DESCRIPTION_PX", f"{DESCRIPTION_FONT_PX:g}"))


def cut_at_pixels(text: str, limit: float, font_px: float) -> str:
    """`text` as a search result shows it: whole when it fits `limit` pixels, else cut
    at the last word boundary that leaves room for « … »."""
    if pixel_width(text, font_px) <= limit:
        return text
    room = limit - pixel_width(" …", font_px)
    kept = ""
    for match in re.finditer(r"\S+", text):
        candidate = text[: match.end()]
        if pixel_width(candidate, font_px) > room:
            break
        kept = candidate
    if not kept:  # one very wide word: cut by characters
        for end in range(len(text), 0, -1):
            if pixel_width(text[:end], font_px) <= room:
                kept = text[:end]
                break
    return kept.rstrip(" ,;:–—-") + " …"


def _title_lengths(text: str, limits: Limits) -> str:
    chars, pixels = len(text), round(pixel_width(text, limits.title_font_px))
    c_bad = _BAD if not limits.title_min_chars <= chars <= limits.title_max_chars else ""
    p_bad = _BAD if pixels > limits.title_max_pixels else ""
    return (f'<span class="len"><span{c_bad}>{chars} car.</span> (≤ {limits.title_max_chars}) · '
            f'<span{p_bad}>{pixels} px</span> (≤ {limits.title_max_pixels:g})</span>')


def _description_lengths(text: str, limits: Limits) -> str:
    chars, pixels = len(text), round(pixel_width(text, DESCRIPTION_FONT_PX))
    c_bad = _BAD if not limits.description_min_chars <= chars <= limits.description_max_chars else ""
    # no red for the width: the character limits are the rule; the ~920 px a result shows
    # is an estimate, and the preview shows where it would cut
    return (f'<span class="len"><span{c_bad}>{chars} car.</span> '
            f'({limits.description_min_chars}–{limits.description_max_chars}) · {pixels} px à '
            f'{DESCRIPTION_FONT_PX} px</span>')


# --- the text -------------------------------------------------------------------------


def _terms(block: OutlineBlock, keyphrase: str | None) -> list[tuple[str, str]]:
    """(term, css class) to highlight in a block: the keyphrase, then its keywords."""
    terms = [(keyphrase, "kp")] if keyphrase else []
    terms += [(k, "kw") for k in block.keywords if k and (not keyphrase or k.lower() != keyphrase.lower())]
    return terms


def highlighted(text: str, terms: Sequence[tuple[str, str]]) -> str:
    """`text` escaped, with whole-word, case-insensitive occurrences of `terms` in
    ``<mark class="…">``; overlaps go to the earlier, then the longer, term."""
    spans: list[tuple[int, int, str, str]] = []
    for term, css in terms:
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        spans += [(m.start(), m.end(), css, term) for m in pattern.finditer(text)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, cursor = [], 0
    for start, end, css, term in spans:
        if start < cursor:
            continue
        out.append(_e(text[cursor:start]))
        label = "expression clé" if css == "kp" else "mot-clé du bloc"
        out.append(f'<mark class="{css}" title="{_e(label)} : {_e(term)}">{_e(text[start:end])}</mark>')
        cursor = end
    out.append(_e(text[cursor:]))
    return "".join(out)


def _line(article: Article, block: Block) -> int:
    return article.locate(block).line if block.anchors else 0


def _body_block(article: Article, index: int, block: Block, terms: Sequence[tuple[str, str]]) -> str:
    line = _line(article, block)
    gutter = f'<span class="ln" aria-label="ligne {line}">l.\u00a0{line}</span>' if line else ""
    body = highlighted(block.text, terms)
    if block.kind == "heading":
        level = min(max(block.level, 1), 6)
        return (f'<h{level} class="blk" id="b-{index}">{gutter}<span class="lvl">H{block.level}</span>{body}'
                f'<span class="author">titre de l’auteur</span></h{level}>')
    if block.kind == "list_item":
        return f'<li class="blk" id="b-{index}">{gutter}{body}</li>'
    return f'<p class="blk" id="b-{index}">{gutter}{body}</p>'


def _alternatives(block: OutlineBlock, label: str = "ou") -> str:
    if not block.alternatives:
        return ""
    shown = " · ".join(f"<q>{_e(a)}</q>" for a in block.alternatives)
    return f'<p class="alts">{_e(label)} : {shown}</p>'


def _block_head(number: int, block: OutlineBlock, limit: int) -> str:
    """The bar that opens a block, then its proposed subheading (or why there is none)."""
    words = f'<span class="over">{block.words} mots</span> (limite {limit})' if block.words > limit \
        else f"<b>{block.words}</b> mots"
    lines = f"{block.start_line}–{block.end_line}" if block.end_line != block.start_line else f"{block.start_line}"
    keywords = ", ".join(_e(k) for k in block.keywords) or "—"
    out = [f'<p class="binfo"><span><b>Bloc {number}</b></span><span>lignes {lines}</span><span>{words}</span>'
           f'<span>{_plural(len(block.segment.blocks), "paragraphe")}</span>'
           f'<span class="kws">mots-clés : {keywords}</span></p>']
    if block.insert and block.subheading:
        level = min(max(block.level, 1), 6)
        out.append(f'<h{level} class="proposal" id="h-{number}"><span class="tag">proposé</span>'
                   f'<span class="hashes">{"#" * block.level}</span>{_e(block.subheading)}</h{level}>')
        out.append(_alternatives(block))
    elif block.existing_heading:
        out.append(f'<p class="nohead">Sous le titre de l’auteur <q>{_e(block.existing_heading)}</q> : '
                   "pas de sous-titre à ajouter.</p>")
        out.append(_alternatives(block, "groupes nominaux du bloc"))
    elif number == 1:
        possible = f" ; possible : <q>{_e(block.subheading)}</q>" if block.subheading else ""
        out.append(f'<p class="nohead">Introduction : pas de sous-titre{possible}.</p>')
        out.append(_alternatives(block))
    elif block.to_write:
        lead = f" Piste : <q>{_e(block.subheading)}</q>." if block.subheading else ""
        out.append('<p class="nohead">Sous-titre à écrire : aucun groupe nominal de ce bloc '
                   f"n’est assez sûr pour être proposé.{lead}</p>")
    else:
        out.append('<p class="nohead">Aucun groupe nominal de ce bloc ne fait un sous-titre.</p>')
    return "".join(out)


def _document(outline: Outline, article: Article, limit: int) -> str:
    starts = {b.segment.first: (n, b) for n, b in enumerate(outline.blocks, 1)}
    ends = {b.segment.last for b in outline.blocks}
    offsets = [b.anchors[0][1] if b.anchors else 0 for b in article.blocks]
    images: dict[int, list] = {}
    for image in article.images:
        images.setdefault(max(bisect.bisect_right(offsets, image.offset) - 1, -1), []).append(image)
    out = ['<article class="doc">']
    for block in (article.title, article.description):
        if block is not None:
            inner = f'<span class="b-{block.kind}">{_e(block.text)}</span>'
            line = _line(article, block)
            gutter = f'<span class="ln">l.\u00a0{line}</span>' if line else ""
            out.append(f'<p class="blk meta">{gutter}<span class="tag">{BLOCK_LABEL[block.kind]}</span>{inner}</p>')
    out.extend(_image(image) for image in images.get(-1, []))
    terms: list[tuple[str, str]] = []
    in_list = False
    for index, block in enumerate(article.blocks):
        if block.kind != "list_item" and in_list:
            out.append("</ul>")
            in_list = False
        if index in starts:
            number, current = starts[index]
            terms = _terms(current, outline.keyphrase)
            out.append(f'<section class="oblk{" odd" if number % 2 == 0 else ""}" id="bloc-{number}" '
                       f'aria-label="Bloc {number}">')
            out.append(_block_head(number, current, limit))
        if block.kind == "list_item" and not in_list:
            out.append("<ul>")
            in_list = True
        out.append(_body_block(article, index, block, terms if block.kind != "heading" else ()))
        out.extend(_image(image) for image in images.get(index, []))
        if index in ends:
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append("</section>")
    if in_list:
        out.append("</ul>")
    if not article.blocks:
        out.append('<p class="nohead">L’article n’a pas de texte à structurer.</p>')
    out.append("</article>")
    return "\n".join(out)


def _image(image) -> str:
    alt = _e(image.alt) if image.alt else "<em>(sans texte alternatif)</em>"
    return f'<figure class="blk"><span class="tag">Image</span>{alt}</figure>'


# --- around the text --------------------------------------------------------------------


def _header(outline: Outline) -> str:
    inserted = sum(1 for b in outline.blocks if b.insert and b.subheading)
    facts = [f"<li><b>{outline.words}</b> mots</li>", f"<li><b>{len(outline.blocks)}</b> "
             f"bloc{'s' if len(outline.blocks) > 1 else ''}</li>",
             f"<li><b>{inserted}</b> sous-titre{'s' if inserted > 1 else ''} proposé{'s' if inserted > 1 else ''}</li>"]
    to_write = sum(1 for b in outline.blocks if b.to_write)
    if to_write:
        facts.append(f"<li><b>{to_write}</b> sous-titre{'s' if to_write > 1 else ''} à écrire</li>")
    parts = ['<header class="top">', "<div>", f'<p class="file">{_e(outline.path)}</p>',
             f"<h1>Plan proposé — {_e(outline.title) if outline.title else '<em>(sans titre)</em>'}</h1>",
             f'<ul class="facts">{"".join(facts)}</ul>']
    if outline.keyphrase:
        origin = SOURCE_LABEL.get(outline.keyphrase_source or "", "")
        parts.append(f'<p class="kp">Expression clé : <span class="phrase">{_e(outline.keyphrase)}</span>'
                     + (f' <span class="alt">({_e(origin)})</span>' if origin else "") + "</p>")
    else:
        parts.append('<p class="kp">Expression clé : <span class="alt">aucune</span></p>')
    parts.append("</div>")
    parts.append('<p class="totals">Rien n’est rédigé : blocs, sous-titres, titre et description sont tirés '
                 "des mots de l’article ; <code>--emit markdown</code> insère les sous-titres proposés.</p>")
    parts.append("</header>")
    return "\n".join(parts)


def _metas(outline: Outline) -> str:
    from ..readers.slug import slugify

    limits = outline.limits or default_limits()
    out = ['<div class="metas">', '<section class="panel" aria-labelledby="meta-titre">',
           '<h2 id="meta-titre">Titre SEO et meta description proposés</h2><dl>']
    out.append("<dt>Titre SEO</dt>")
    if outline.meta_title:
        out.append(f'<dd class="cand" id="meta-title">{_e(outline.meta_title)} {_title_lengths(outline.meta_title, limits)}</dd>')
        out.extend(f'<dd class="alt">ou : <span class="t">{_e(a)}</span> {_title_lengths(a, limits)}</dd>'
                   for a in outline.meta_title_alternatives)
    else:
        out.append(f'<dd class="none">Aucun candidat de {limits.title_min_chars} à {limits.title_max_chars} caractères '
                   "dans le texte.</dd>")
    out.append("<dt>Meta description</dt>")
    if outline.meta_description:
        out.append(f'<dd class="cand" id="meta-description">{_e(outline.meta_description)} '
                   f'{_description_lengths(outline.meta_description, limits)}</dd>')
        out.extend(f'<dd class="alt">ou : <span class="t">{_e(a)}</span> {_description_lengths(a, limits)}</dd>'
                   for a in outline.meta_description_alternatives)
    else:
        out.append(f'<dd class="none">Aucune phrase ne donne {limits.description_min_chars} à '
                   f"{limits.description_max_chars} caractères.</dd>")
    out.append("</dl></section>")
    title = outline.meta_title or outline.title or ""
    slug = slugify(outline.meta_title or outline.title or "") or "article"
    description = outline.meta_description or ""
    out.append('<section class="panel" aria-labelledby="serp-titre"><h2 id="serp-titre">Aperçu dans un '
               'résultat de recherche</h2><div class="serp">'
               f'<p class="url">exemple.fr › {_e(slug)}</p>'
               f'<p class="st">{_e(cut_at_pixels(title, limits.title_max_pixels, limits.title_font_px))}</p>'
               f'<p class="sd">{_e(cut_at_pixels(description, DESCRIPTION_MAX_PIXELS, DESCRIPTION_FONT_PX))}</p>'
               f'</div><p class="serp-caption">Titre coupé à {limits.title_max_pixels:g} px '
               f'(Arial {limits.title_font_px:g} px), description à '
               f"environ {DESCRIPTION_MAX_PIXELS} px (Arial {DESCRIPTION_FONT_PX} px), comme un moteur les montre ; "
               "l’adresse est un exemple.</p></section>")
    out.append("</div>")
    return "\n".join(out)


def _strip(outline: Outline, limit: int) -> str:
    if not outline.blocks:
        return ""
    width, height, top = 320, 90, 12
    peak = max(limit * 1.25, max(b.words for b in outline.blocks))
    step = width / len(outline.blocks)
    bar = max(min(step * 0.7, 48), 2)
    shapes = []
    for n, block in enumerate(outline.blocks, 1):
        x = (n - 1) * step + (step - bar) / 2
        h = (height - top) * block.words / peak
        fill = "#c62828" if block.words > limit else "#8ab4f8" if n % 2 else "#b39ddb"
        shapes.append(f'<a href="#bloc-{n}"><rect x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" '
                      f'height="{max(h, 1):.1f}" fill="{fill}"><title>Bloc {n} — {_plural(block.words, "mot")}'
                      f'</title></rect></a><text x="{x + bar / 2:.1f}" y="{height + 12}" text-anchor="middle" '
                      f'font-size="11" fill="#5f6368">{n}</text>')
    limit_y = top + (height - top) * (1 - limit / peak)
    shapes.append(f'<line x1="0" x2="{width}" y1="{limit_y:.1f}" y2="{limit_y:.1f}" stroke="#c62828" '
                  f'stroke-dasharray="4 3"/><text x="{width}" y="{limit_y - 3:.1f}" text-anchor="end" '
                  f'font-size="11" fill="#c62828">{limit} mots</text>')
    caption = f"Mots par bloc (limite {limit})."
    return (f'<figure class="strip"><svg viewBox="0 0 {width} {height + 16}" role="img" '
            f'aria-label="{_e(caption)}">{"".join(shapes)}</svg><figcaption>{_e(caption)}</figcaption></figure>')


def _plan(outline: Outline, limit: int) -> str:
    out = ['<aside class="checklist panel plan" id="plan" aria-labelledby="plan-titre">',
           '<h2 id="plan-titre">Plan</h2>', _strip(outline, limit), "<ol>"]
    for n, block in enumerate(outline.blocks, 1):
        if block.insert and block.subheading:
            head = f'<span class="h new">{"#" * block.level} {_e(block.subheading)}</span>'
        elif block.existing_heading:
            head = f'<span class="h">{_e(block.existing_heading)}</span>'
        elif n == 1:
            head = '<span class="h none">introduction (sans sous-titre)</span>'
        elif block.to_write:
            head = '<span class="h none">(sous-titre à écrire)</span>'
        else:
            head = '<span class="h none">(pas de sous-titre)</span>'
        words = f'<span class="over">{block.words} mots</span>' if block.words > limit else f"{block.words} mots"
        out.append(f'<li><a href="#bloc-{n}">{head}</a><span class="sub">lignes {block.start_line}–'
                   f"{block.end_line} · {words}</span></li>")
    out.append("</ol>")
    out.append('<p class="key"><span><span class="sw p"></span>sous-titre proposé (absent du texte)</span>'
               '<span><span class="sw kp"></span>expression clé</span>'
               '<span><span class="sw k"></span>mot-clé du bloc</span></p>')
    out.append("</aside>")
    return "\n".join(out)


def render(outline: Outline, article: Article, version: str = "", limit: int | None = None) -> str:
    """One self-contained page: the outline of `article` drawn over its text; `limit` is
    the section length drawn (STR002 of the rule set the outline was made with)."""
    limits = outline.limits or default_limits()
    limit = limit or limits.section_words
    css = CSS + _outline_css(limits)
    parts = [_head(f"Plan proposé — {outline.path}", css), "<body>",
             '<a class="skip" href="#texte">Aller au texte</a>', _header(outline), _metas(outline),
             '<main class="layout">',
             '<section class="text panel" id="texte" aria-labelledby="texte-titre">',
             '<h2 id="texte-titre">Le texte et les blocs proposés</h2>',
             _document(outline, article, limit), "</section>", _plan(outline, limit), "</main>",
             f"<footer>Plan produit par seo-audit {_e(version)} · page autonome, sans ressource externe.</footer>",
             "</body>\n</html>\n"]
    return "\n".join(parts)


_INDEX_CSS = """
main.plans{max-width:1200px;margin:0 auto;padding:24px}
table.index{border-collapse:collapse;width:100%;background:#fff}
table.index th,table.index td{border-bottom:1px solid #dadce0;padding:6px 10px;text-align:left;vertical-align:top}
table.index th{background:#f1f3f4}
table.index td:nth-child(2),table.index td:nth-child(3),table.index td:nth-child(4){text-align:right}
"""


def render_index(results: Sequence[tuple[Article, Outline]], names: Sequence[str], version: str,
                 errors: Sequence[tuple[str, str]] = ()) -> str:
    """The batch's index: one row per article, linking to its page."""
    limits = (results[0][1].limits if results else None) or default_limits()  # the pages' stylesheet
    rows = []
    for (_, outline), name in zip(results, names):
        inserted = sum(1 for b in outline.blocks if b.insert)
        rows.append(f'<tr><td><a href="{_e(name)}">{_e(outline.path)}</a></td>'
                    f"<td>{outline.words}</td><td>{len(outline.blocks)}</td><td>{inserted}</td>"
                    f"<td>{_e(outline.meta_title or '—')}</td>"
                    f"<td>{_e(outline.keyphrase or '—')}</td></tr>")
    rows += [f'<tr><td>{_e(path)}</td><td colspan="5" class="none">{_e(message)}</td></tr>'
             for path, message in errors]
    return "\n".join([
        _head("Plans proposés", CSS + _outline_css(limits) + _INDEX_CSS), "<body>", '<main class="plans">',
        f"<h1>Plans proposés — {_plural(len(results), 'article')}</h1>",
        '<table class="index"><thead><tr><th scope="col">article</th><th scope="col">mots</th>'
        '<th scope="col">blocs</th><th scope="col">sous-titres proposés</th>'
        '<th scope="col">titre SEO proposé</th><th scope="col">expression clé</th></tr></thead><tbody>',
        *rows, "</tbody></table>", "</main>",
        f"<footer>Plans produits par seo-audit {_e(version)} · pages autonomes, sans ressource externe.</footer>",
        "</body>\n</html>\n"])


def write_batch(results: Sequence[tuple[Article, Outline]], folder, version: str = "",
                errors: Sequence[tuple[str, str]] = ()) -> list:
    """One page per article and index.html in `folder` (created if needed), written atomically."""
    from pathlib import Path

    from ..engine.files import write_atomic
    from .html.index import page_names

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    names = page_names([outline for _, outline in results])
    written = []
    for (article, outline), name in zip(results, names):
        write_atomic(target / name, render(outline, article, version))
        written.append(target / name)
    write_atomic(target / "index.html", render_index(results, names, version, errors))
    written.append(target / "index.html")
    return written
