"""One article's page: scores, the annotated text with its marks, and a Yoast-style
checklist grouped by family.

It works offline and with JavaScript off: no external resource of any kind, CSS inline,
a Content-Security-Policy that allows only the page's own inline style (by hash).
Showing or hiding the marks of one rule is done with checkboxes and CSS ``:has()``, not
script. Renderers only format: positions and figures come from the report.
"""

from __future__ import annotations

from ...textview import TextView
from ...report import FileReport, Finding, family_of, severity_rank
from ..figures import measured
from .marks import Mark, Placement, marked_text, place
from .shared import (CSS, FAMILY_NAMES, SEVERITY_LABEL, SEVERITY_PLURAL, _counts, _css_id, _e, _sev, _status,
                     _family_rank, _head, _number, _plural, _rules)

KIND_LABEL = {"title": "Titre SEO", "description": "Meta description", "image": "Image"}
#: Findings listed per rule before « N autres occurrences » (a <details>, opened by a
#: link to one of them).
SHOWN = 5


GRADE_COLOUR = {"good": "#2e7d32", "mid": "#b26a00", "bad": "#c62828"}
GRADE_WORD = {"good": "bon", "mid": "à améliorer", "bad": "insuffisant"}


def _gauge(label: str, value: int | None, grade: str | None) -> str:
    """A score ring, coloured as the checklist says (`FileReport.grades`): a page with
    errors is never green."""
    radius, width = 26, 7
    circumference = 2 * 3.14159 * radius
    if value is None or grade is None:
        colour, shown, filled = "#9aa0a6", "—", 0.0
    else:
        colour = GRADE_COLOUR[grade]
        shown, filled = str(value), circumference * value / 100
    arc = (f'<circle cx="32" cy="32" r="{radius}" fill="none" stroke="{colour}" stroke-width="{width}" '
           f'stroke-linecap="round" stroke-dasharray="{filled:.1f} {circumference:.1f}" '
           f'transform="rotate(-90 32 32)"/>' if filled else "")
    text = (f"{label} : {shown}/100, {GRADE_WORD[grade]}" if value is not None and grade
            else f"{label} : pas de règle évaluée")
    return (f'<figure class="gauge g-{grade or "none"}"><svg width="64" height="64" viewBox="0 0 64 64" role="img" '
            f'aria-label="{_e(text)}"><circle cx="32" cy="32" r="{radius}" fill="none" stroke="#e4e5e7" '
            f'stroke-width="{width}"/>{arc}<text x="32" y="39" text-anchor="middle" class="v" '
            f'fill="{colour}">{_e(shown)}</text></svg><figcaption>{_e(label)}</figcaption></figure>')


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
    grades = report.grades
    parts.append(f'<div class="gauges">{_gauge("SEO", scores["seo"], grades["seo"])}'
                 f'{_gauge("Lisibilité", scores["readability"], grades["readability"])}</div>')
    counts = _counts(report.findings)
    summary = " · ".join(
        f'<span class="sev-{s}"><span class="light"></span> <span class="n">{n}</span> '
        f'{SEVERITY_LABEL[s] if n < 2 else SEVERITY_PLURAL[s]}</span>' for s, n in counts.items())
    passed = sum(1 for o in report.outcomes.values() if o == "pass")
    parts.append(f'<p class="totals">{summary} · <span class="st-pass"><span class="light"></span> '
                 f'{_plural(passed, "règle respectée", "règles respectées")} sur {len(report.outcomes)}</span></p>')
    parts.append("</header>")
    return "\n".join(parts)


def _section_limit(report: FileReport, ruleset) -> int:
    """STR002's limit as the report was judged by it (a project's configuration reaches
    the page), else the rule set's, else its declared default."""
    for source in (lambda: report.limits["STR002"]["max_words"],
                   lambda: ruleset.settings["STR002"].params["max_words"]):
        try:
            return int(source())
        except (AttributeError, KeyError, TypeError, ValueError):
            continue
    from ...checks import all_rules

    return int(all_rules()["STR002"].defaults["max_words"])


def _strip(document: TextView, placement: Placement, limit: int) -> str:
    """Words per section against the limit, and where the marks fall, as an inline SVG.
    The words are the report's (`TextView.sections`, counted as STR002 counts them)."""
    sections: list[tuple[int, str, int, str | None]] = []  # first block, label, words, worst severity
    bounds = [first for first, _ in document.sections] + [len(document.blocks)]
    for (first, words), end in zip(document.sections, bounds[1:]):
        block = document.blocks[first]
        label = block.text if block.kind == "heading" else "(début)"
        severities = [m.finding.severity for i in range(first, end) for m in placement.marks.get(i, [])]
        worst = max(severities, key=severity_rank) if severities else None
        sections.append((first, label, words, worst))
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


EYE = ('<svg class="eye-i" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">'
       '<path d="M12 5C6.5 5 2.7 9.4 1.5 12c1.2 2.6 5 7 10.5 7s9.3-4.4 10.5-7C21.3 9.4 17.5 5 12 5z" '
       'fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="3.2" fill="currentColor"/></svg>')


def _marked_codes(placement: Placement) -> dict[str, list[Mark]]:
    """Codes with marks in the text, worst severity first, then in checklist order."""
    codes: dict[str, list[Mark]] = {}
    for mark in placement.marked.values():
        codes.setdefault(mark.finding.code, []).append(mark)

    def key(code: str) -> tuple:
        worst = max(severity_rank(m.finding.severity) for m in codes[code])
        return (-worst, _family_rank(family_of(code)), code)

    return {code: codes[code] for code in sorted(codes, key=key)}


def _legend(report: FileReport, placement: Placement, rules: dict) -> str:
    """The radio buttons that choose which marks the text shows: one rule (the eye of each
    checklist line points here), one family, all, or none. One rule's marks show at first:
    the worst rule's. Works with CSS ``:has()`` alone, no script."""
    codes = _marked_codes(placement)
    if not codes:
        return ('<div class="legend"><p>Aucun constat ne porte sur un passage précis du texte ; '
                'voir la liste des vérifications.</p></div>')
    first = next(iter(codes))
    families: dict[str, int] = {}
    for code, marks in codes.items():
        families[family_of(code)] = families.get(family_of(code), 0) + len(marks)

    def choice(ident: str, label: str, checked: bool = False) -> str:
        return (f'<span class="eyes-c"><input type="radio" name="oeil" id="oeil-{ident}"{" checked" if checked else ""}>'
                f'<label for="oeil-{ident}">{label}</label></span>')

    rules_html = []
    for code, marks in codes.items():
        worst = max((m.finding.severity for m in marks), key=severity_rank)
        name = rules[code].name if code in rules else ""
        rules_html.append(choice(f"r-{_css_id(code)}", f'<mark class="sample {_sev(worst)}">{_e(code)}</mark> '
                                 f'{_e(name)} ({len(marks)})', code == first))
    family_html = [choice(f"f-{_css_id(f)}", f"{_e(FAMILY_NAMES.get(f, f))} ({n})")
                   for f, n in sorted(families.items(), key=lambda item: _family_rank(item[0]))]
    total = sum(families.values())
    return ('<div class="legend" id="marques"><p>Marques dans le texte : une règle à la fois (l’œil de '
            'chaque ligne des vérifications), une famille ou toutes ; le numéro renvoie au constat.</p>'
            '<div class="eyes" role="radiogroup" aria-label="Règles">' + "".join(rules_html) + "</div>"
            '<div class="eyes" role="radiogroup" aria-label="Familles et ensemble">'
            + "".join(family_html) + choice("tout", f"toutes les marques ({total})") + choice("aucune", "aucune")
            + "</div></div>")


def _block_html(index: int, block, marks: list[Mark], zones: list[int], report: FileReport) -> str:
    body = marked_text(block.text, marks)
    attributes = f'id="b-{index}"'
    classes = ["blk"]
    if zones:
        worst = max((report.findings[n - 1].severity for n in zones), key=severity_rank)
        classes.append(_sev(worst))
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
    document = report.text_view
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


def _value_line(finding: Finding, params: dict | None, specs: dict | None = None) -> str:
    if finding.value is None and finding.threshold is None:
        return ""
    figure = measured(finding.value, finding.threshold, params or {}, specs)
    if figure:  # with its unit, a share as a percentage (« 0 %, minimum 30 % »)
        return f'<p class="vs">mesuré : <b>{_e(figure)}</b></p>'
    parts = []
    if finding.value is not None:
        parts.append(f"mesuré : <b>{_e(_number(finding.value))}</b>")
    if finding.threshold is not None:
        parts.append(f"seuil : <b>{_e(_number(finding.threshold))}</b>")
    return f'<p class="vs">{" · ".join(parts)}</p>'


def _finding_html(number: int, finding: Finding, placement: Placement, params: dict | None = None,
                  specs: dict | None = None) -> str:
    parts = [f'<li class="finding {_sev(finding.severity)}" id="f-{number}" value="{number}">',
             f'<p class="msg">{_e(finding.message)}</p>', _value_line(finding, params, specs)]
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


def _params(code: str, ruleset, limits: dict | None = None) -> dict | None:
    """The values of a rule's parameters the report was judged by, else this rule set's."""
    if limits and code in limits:
        return limits[code]
    try:
        return ruleset.settings[code].params
    except (AttributeError, KeyError):
        return None


def _summary(code: str, rules: dict, ruleset, limits: dict | None = None) -> str:
    """The rule's one-line summary with the values of its parameters in force
    (« au plus max_share % » → « au plus 25 % »)."""
    if code not in rules:
        return ""
    params = _params(code, ruleset, limits)
    return rules[code].summary if params is None else rules[code].summary_with(params, _number)


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
        light = _sev(worst) if worst else "st-pass" if any(report.outcomes.get(c) == "pass" for c in others) else "st-skip"
        passed = sum(1 for c in others if report.outcomes.get(c) == "pass")
        summary = (f"{len(failing)} à revoir · " if failing else "") + f"{passed}/{len(family_codes)} respectée{'s' if passed > 1 else ''}"
        out.append(f'<section class="family" id="fam-{_css_id(family)}">'
                   f'<h3 class="{light}"><span class="light"></span>{_e(FAMILY_NAMES.get(family, family))}'
                   f'<span class="sum">{_e(summary)}</span></h3>')
        if failing:
            out.append('<ul class="rules">')
            for code in failing:
                rule_worst = max((f.severity for f in by_code[code]), key=severity_rank)
                name = _summary(code, rules, ruleset, report.limits)
                marked = any(numbers[id(f)] in placement.marked for f in by_code[code])
                eye = (f'<label class="eye" for="oeil-r-{_css_id(code)}" title="Voir les marques de '
                       f'{_e(code)} dans le texte">{EYE}<span class="sr">marques de {_e(code)}</span></label>'
                       if marked else "")
                out.append(f'<li class="rule {_sev(rule_worst)}"><div class="head"><span class="light"></span>'
                           f'<span class="code">{_e(code)}</span><span class="name">{_e(name)}</span>{eye}</div>'
                           '<ol class="findings">')
                findings = by_code[code]
                params = _params(code, ruleset, report.limits)
                specs = rules[code].specs if code in rules else None
                out.extend(_finding_html(numbers[id(f)], f, placement, params, specs) for f in findings[:SHOWN])
                out.append("</ol>")
                if len(findings) > SHOWN:
                    rest = findings[SHOWN:]
                    out.append(f'<details class="more"><summary>{_e(_plural(len(rest), "autre occurrence", "autres occurrences"))}'
                               f'</summary><ol class="findings" start="{numbers[id(rest[0])]}">')
                    out.extend(_finding_html(numbers[id(f)], f, placement, params, specs) for f in rest)
                    out.append("</ol></details>")
                out.append("</li>")
            out.append("</ul>")
        if others:
            out.append(f'<details class="passed"><summary>{_e(_plural(passed, "règle respectée", "règles respectées"))}'
                       f'{_e(" · " + _plural(len(others) - passed, "non applicable", "non applicables")) if len(others) > passed else ""}'
                       '</summary><ul class="rules">')
            for code in others:
                outcome = report.outcomes.get(code, "pass")
                name = _summary(code, rules, ruleset, report.limits)
                status = "respectée" if outcome == "pass" else "non applicable"
                out.append(f'<li class="rule {_status(outcome)}"><div class="head"><span class="light"></span>'
                           f'<span class="code">{_e(code)}</span><span class="name">{_e(name)} '
                           f'<em>({status})</em></span></div></li>')
            out.append("</ul></details>")
        out.append("</section>")
    out.append("</section>")
    return "\n".join(out)


def _toggle_css(placement: Placement) -> str:
    """The marks shown for the chosen eye: that rule's, that family's, or all."""
    codes = [_css_id(c) for c in _marked_codes(placement)]
    if not codes:
        return ""
    families = sorted({_css_id(family_of(m.finding.code)) for m in placement.marked.values()})
    shown = ([f"body:has(#oeil-r-{c}:checked) mark.r-{c}" for c in codes]
             + [f"body:has(#oeil-f-{f}:checked) mark.fam-{f}" for f in families]
             + ["body:has(#oeil-tout:checked) mark.m"])
    pressed = [f"body:has(#oeil-r-{c}:checked) label.eye[for=oeil-r-{c}]" for c in codes]
    return (",".join(shown) + "{background:var(--cb);border-bottom:2px solid var(--c);padding:1px 0}\n"
            + ",".join(f"{s}>a.ref" for s in shown) + "{display:inline-block}\n"
            + ",".join(pressed) + "{background:var(--c);color:#fff;border-color:var(--c)}\n")


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
    if report.text_view is not None:
        parts.append(_strip(report.text_view, placement, _section_limit(report, ruleset)))
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
